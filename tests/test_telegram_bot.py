"""The complete Telegram bot (issue 5), end to end: real Application, real engine, fake Bot API.

Commands, buttons and callbacks, feedback and ``/lang`` across restarts, group rules,
limits and allow-lists, admin refusal, non-text messages, long questions and answers,
Telegram refusing HTML, ``RetryAfter``, 5xx, ``409 Conflict``, and 50 chats at once.
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path
from typing import Any

import pytest

from bot.botstore import BotStore
from bot.i18n import t
from bot.render import render_html
from bot.telegram_app import (
    ADMIN_COMMANDS,
    PUBLIC_COMMANDS,
    TelegramOptions,
    build_application,
    html_to_text,
    start_polling,
    stop_polling,
)

try:
    from tests.fakebotapi import BOT_USER, CALLBACK_DATA_MAX_BYTES, FakeBotAPI, assert_telegram_html
except ImportError:  # tests/ is not a package: pytest put tests/ itself on sys.path
    from fakebotapi import BOT_USER, CALLBACK_DATA_MAX_BYTES, FakeBotAPI, assert_telegram_html

pytestmark = pytest.mark.slow

TIMEOUT = 20.0
BOT = "@" + BOT_USER["username"]
EXPORT_Q = "Berapa nilai ekspor e-Government Korea pada tahun 2010?"
CENTRES_Q = "How many smart work centers will Korea build, and by when?"
DECLINED_Q = "What is the budget of Japan's national tax office for online tax filing?"
ADMIN = 555


# -- fixtures and helpers ------------------------------------------------------------------



class Bot:
    """Starts and restarts the application against the fake server, with one database."""

    def __init__(self, api: FakeBotAPI, engine: Any, db: Path) -> None:
        self.api, self.engine, self.db = api, engine, db
        self.app: Any = None

    async def start(self, settings: dict[str, Any] | None = None, **options: Any) -> Any:
        settings_ = self.api.settings(**(settings or {}))
        opts = TelegramOptions(**{"db_path": self.db, "retry_backoff_s": 0.05, **options})
        self.app = build_application(settings_, self.engine, opts)
        await start_polling(self.app, timeout=1)
        return self.app

    async def stop(self) -> None:
        if self.app is not None:
            await stop_polling(self.app)
            self.app = None

    async def restart(self, settings: dict[str, Any] | None = None, **options: Any) -> Any:
        await self.stop()
        return await self.start(settings, **options)


@pytest.fixture
async def bot(api: FakeBotAPI, engine: Any, tmp_path: Path) -> Any:
    """A started bot (default settings); ``await bot.restart(...)`` for others."""
    b = Bot(api, engine, tmp_path / "bot.sqlite3")
    await b.start()
    yield b
    await b.stop()


def replies_to(api: FakeBotAPI, message: dict[str, Any], ok: bool | None = True) -> list[Any]:
    """``sendMessage`` calls replying to ``message``."""
    chat_id = message["chat"]["id"]
    return api.calls_of(
        "sendMessage", ok=ok,
        predicate=lambda c: c.params.get("chat_id") == chat_id
        and (c.params.get("reply_parameters") or {}).get("message_id") == message["message_id"],
    )


async def wait_replies(api: FakeBotAPI, message: dict[str, Any], n: int = 1) -> list[Any]:
    await api.wait_until(lambda: len(replies_to(api, message)) >= n, TIMEOUT)
    return replies_to(api, message)


async def reply_text(api: FakeBotAPI, message: dict[str, Any]) -> str:
    """The plain text of the first reply to ``message`` (checked as Telegram HTML when HTML)."""
    [call, *_] = await wait_replies(api, message)
    text = call.params["text"]
    return assert_telegram_html(text) if call.params.get("parse_mode") == "HTML" else text


async def answer_of(api: FakeBotAPI, engine: Any, message: dict[str, Any]) -> list[Any]:
    """Waits for every part of the answer to ``message``; returns the calls."""
    parts = render_html(engine.answer(message["text"]))
    return await wait_replies(api, message, len(parts))


async def press(api: FakeBotAPI, chat_id: int, user_id: int, message_id: int, data: str) -> Any:
    """Presses a button; returns the ``answerCallbackQuery`` call for it."""
    update = api.queue_callback(chat_id, user_id, message_id, data)
    qid = update["callback_query"]["id"]
    [call] = await api.wait_for_calls(
        "answerCallbackQuery", 1, TIMEOUT, predicate=lambda c: c.params.get("callback_query_id") == qid
    )
    return call


def buttons(call: Any) -> list[dict[str, Any]]:
    return [b for row in call.params["reply_markup"]["inline_keyboard"] for b in row]


# -- commands ------------------------------------------------------------------------------


async def test_command_menus_are_registered_in_both_languages(api: FakeBotAPI, bot: Bot) -> None:
    default = api.commands[('{"type": "default"}', "")]
    indonesian = api.commands[('{"type": "default"}', "id")]
    assert [c["command"] for c in default] == list(PUBLIC_COMMANDS) == [c["command"] for c in indonesian]
    assert default[0]["description"] == t("cmd_start", "en")
    assert indonesian[0]["description"] == t("cmd_start", "id")


async def test_admins_get_the_admin_commands_in_their_menu(api: FakeBotAPI, bot: Bot, caplog: Any) -> None:
    api.add_chat(ADMIN)
    await bot.restart({"admin_ids": [ADMIN, 556]})  # 556 never talked to the bot: a warning, no failure
    scope = f'{{"chat_id": {ADMIN}, "type": "chat"}}'
    for code in ("", "id"):
        assert [c["command"] for c in api.commands[(scope, code)]] == [*PUBLIC_COMMANDS, *ADMIN_COMMANDS]
    assert "could not set the admin command menu" in caplog.text


@pytest.mark.parametrize("language_code", ["id", "en"])
async def test_about_and_sources(api: FakeBotAPI, bot: Bot, language_code: str) -> None:
    lang = language_code
    about = api.queue_text(1, 1, "/about", language_code=language_code)
    assert await reply_text(api, about) == t("about", lang)
    sources = api.queue_text(1, 1, "/sources", language_code=language_code)
    text = await reply_text(api, sources)
    assert text.startswith(t("sources_header", lang, count=1))
    assert "Wawancara Wakil Menteri MOPAS Kim Nam-suk" in text and "interview, 2011" in text


async def test_lang_is_remembered_per_user_across_a_restart(api: FakeBotAPI, bot: Bot, engine: Any) -> None:
    usage = api.queue_text(1, 1, "/lang", language_code="en")
    assert await reply_text(api, usage) == t("lang_usage", "en")
    choose = api.queue_text(1, 1, "/lang id", language_code="en")
    assert await reply_text(api, choose) == t("lang_set", "id")
    await bot.restart()
    start = api.queue_text(1, 1, "/start", language_code="en")
    assert await reply_text(api, start) == t("start", "id")
    question = api.queue_text(1, 1, CENTRES_Q, language_code="en")
    text = await reply_text(api, question)
    assert text.startswith(t("answer_intro", "id")) and f"{t('source', 'id')}:" in text
    other = api.queue_text(2, 2, "/start", language_code="en")  # another user keeps English
    assert await reply_text(api, other) == t("start", "en")


async def test_a_follow_up_is_read_against_the_same_persons_question(api: FakeBotAPI, bot: Bot, engine: Any) -> None:
    alone = api.queue_text(5, 5, "Dan tahun 2007?", language_code="id")
    text = await reply_text(api, alone)
    assert "pertanyaan lengkapnya" in text
    [call] = replies_to(api, alone)
    assert "reply_markup" not in call.params  # a hint: no Sources / More buttons
    await answer_of(api, engine, api.queue_text(5, 5, EXPORT_Q, language_code="id"))
    follow = api.queue_text(5, 5, "Dan tahun 2007?", language_code="id")
    text = await reply_text(api, follow)
    assert text.startswith("Dibaca sebagai: Berapa nilai ekspor e-Government Korea pada tahun 2007?")
    assert "USD9,87 juta" in text
    # in a group, another member's follow-up is not read against this person's question
    group = -500
    asked = api.queue_text(group, 6, f"{BOT} {EXPORT_Q}", chat_type="group", language_code="id")
    await wait_replies(api, asked, len(render_html(engine.answer(EXPORT_Q))))
    other = api.queue_text(group, 7, f"{BOT} Dan tahun 2007?", chat_type="group", language_code="id")
    assert "pertanyaan lengkapnya" in await reply_text(api, other)


async def test_a_greeting_gets_the_introduction_and_no_buttons(api: FakeBotAPI, bot: Bot, engine: Any) -> None:
    # a blind tester's "halo" and "what can u do?" had got "I don't know"
    hello = api.queue_text(8, 8, "halo", language_code="id")
    assert await reply_text(api, hello) == t("start", "id")
    [call] = replies_to(api, hello)
    assert "reply_markup" not in call.params  # nothing to rate, no sources
    what = api.queue_text(8, 8, "what can u do?", language_code="en")
    assert await reply_text(api, what) == t("help_asked", "en")
    follow = api.queue_text(8, 8, "Dan tahun 2007?", language_code="id")  # not read against "halo"
    assert "pertanyaan lengkapnya" in await reply_text(api, follow)


async def test_admin_commands_work_for_admins_and_are_refused_to_others(api: FakeBotAPI, bot: Bot,
                                                                        engine: Any) -> None:
    await bot.restart({"admin_ids": [ADMIN]})
    answered = api.queue_text(3, 3, EXPORT_Q, language_code="id")
    declined = api.queue_text(3, 3, DECLINED_Q)
    await answer_of(api, engine, answered)
    await answer_of(api, engine, declined)
    stats = api.queue_text(ADMIN, ADMIN, "/stats")
    text = await reply_text(api, stats)
    assert text == t("stats", "en", answered=1, declined=1, helpful=0, not_helpful=0, version=engine.version.name)
    reload = api.queue_text(ADMIN, ADMIN, "/reload")
    assert engine.version.name in await reply_text(api, reload)
    for command in ADMIN_COMMANDS:
        refused = api.queue_text(4, 4, f"/{command}", language_code="id")
        assert await reply_text(api, refused) == t("admin_only", "id")


async def test_unknown_command_points_to_help(api: FakeBotAPI, bot: Bot) -> None:
    message = api.queue_text(1, 1, "/frobnicate")
    assert await reply_text(api, message) == t("unknown_command", "en")


# -- buttons -------------------------------------------------------------------------------


async def test_answer_buttons_sources_more_and_feedback_survive_a_restart(
    api: FakeBotAPI, bot: Bot, engine: Any
) -> None:
    question = api.queue_text(10, 10, EXPORT_Q, language_code="id")
    calls = await answer_of(api, engine, question)
    last = calls[-1]
    keyboard = buttons(last)
    assert [b["text"] for b in keyboard] == [t(k, "id") for k in ("btn_sources", "btn_more", "btn_helpful",
                                                                     "btn_not_helpful")]
    assert all(len(b["callback_data"].encode()) <= CALLBACK_DATA_MAX_BYTES for b in keyboard)
    assert all("reply_markup" not in c.params for c in calls[:-1])  # buttons on the last part only
    answer_message = last.result["message_id"]
    data = {b["text"]: b["callback_data"] for b in keyboard}

    # Sources: the full quotes and where they are
    await press(api, 10, 10, answer_message, data[t("btn_sources", "id")])
    [sources] = await wait_replies(api, last.result)
    text = assert_telegram_html(sources.params["text"])
    assert text.startswith(t("answer_sources_header", "id")) and "148,76" in text and "Wawancara" in text

    # More: the other passages found
    await press(api, 10, 10, answer_message, data[t("btn_more", "id")])
    more = await wait_replies(api, last.result, 2)
    assert assert_telegram_html(more[1].params["text"]).startswith(t("more_header", "id"))

    # Feedback: counted once per user, a change is an update
    store_path = bot.db
    helpful, not_helpful = data[t("btn_helpful", "id")], data[t("btn_not_helpful", "id")]
    assert (await press(api, 10, 10, answer_message, helpful)).params["text"] == t("feedback_thanks", "en")
    assert (await press(api, 10, 10, answer_message, helpful)).params["text"] == t("feedback_same", "en")

    # after a restart, the old message's buttons still work
    await bot.restart()
    assert (await press(api, 10, 10, answer_message, not_helpful)).params["text"] == t("feedback_changed", "en")
    await press(api, 10, 10, answer_message, data[t("btn_sources", "id")])
    await wait_replies(api, last.result, 3)
    await bot.stop()
    store = BotStore(store_path)
    answer_id = int(helpful.split(":")[1])
    assert store.feedback_of(answer_id) == (0, 1)
    assert store.answer(answer_id).question == EXPORT_Q
    store.close()


@pytest.mark.parametrize("data", ["s:999999", "m:999999", "f:999999:1", "x:1", "stale-button-from-v0"])
async def test_a_button_whose_answer_is_unknown_says_politely_it_expired(api: FakeBotAPI, bot: Bot,
                                                                         data: str) -> None:
    api.add_chat(11)
    old = api._store_bot_message(11, text="an old answer")
    call = await press(api, 11, 11, old["message_id"], data)
    assert call.params["text"] == t("expired", "en") and call.params["show_alert"] is True


# -- groups --------------------------------------------------------------------------------


async def test_in_groups_only_commands_mentions_and_replies_to_the_bot_are_answered(
    api: FakeBotAPI, bot: Bot, engine: Any
) -> None:
    group = -1001
    chatter = api.queue_text(group, 21, "Berapa nilai ekspor tahun 2010? kata bos", chat_type="supergroup")
    other_bot = api.queue_text(group, 21, "/help@some_other_bot", chat_type="supergroup")
    sticker = api.queue_message(group, 21, chat_type="supergroup", sticker={"file_id": "x", "file_unique_id": "y",
                                "type": "regular", "width": 1, "height": 1, "is_animated": False,
                                "is_video": False})
    mention = api.queue_text(group, 22, f"{BOT} {EXPORT_Q}", chat_type="supergroup", language_code="id")
    help_ = api.queue_text(group, 23, f"/help{BOT}", chat_type="supergroup", language_code="id")
    calls = await wait_replies(api, mention, len(render_html(engine.answer(EXPORT_Q))))
    assert "148,76" in assert_telegram_html(calls[0].params["text"])
    assert await reply_text(api, help_) == t("tg_help", "id", username=BOT_USER["username"])
    # a reply to the bot's answer is a question too
    follow_up = api.queue_text(group, 22, CENTRES_Q, chat_type="supergroup",
                               reply_to_message_id=calls[-1].result["message_id"])
    await wait_replies(api, follow_up)
    # only the mention, the command and the reply were answered (chatter was dispatched first)
    for ignored in (chatter, other_bot, sticker):
        assert replies_to(api, ignored, ok=None) == []
    assert {c.params["reply_parameters"]["message_id"] for c in api.calls_of("sendMessage")} == {
        mention["message_id"], help_["message_id"], follow_up["message_id"]}


async def test_a_mention_alone_asks_for_a_question(api: FakeBotAPI, bot: Bot) -> None:
    message = api.queue_text(-1002, 24, BOT, chat_type="group", language_code="id")
    assert await reply_text(api, message) == t("empty", "id")


# -- unusual messages ----------------------------------------------------------------------

NON_TEXT = {
    "sticker": {"file_id": "s", "file_unique_id": "s1", "type": "regular", "width": 512, "height": 512,
                "is_animated": False, "is_video": False},
    "photo": [{"file_id": "p", "file_unique_id": "p1", "width": 90, "height": 90}],
    "voice": {"file_id": "v", "file_unique_id": "v1", "duration": 3},
    "document": {"file_id": "d", "file_unique_id": "d1", "file_name": "laporan.pdf"},
    "location": {"latitude": -6.2, "longitude": 106.8},
}


@pytest.mark.parametrize("kind", sorted(NON_TEXT))
@pytest.mark.parametrize("language_code", ["id", "en"])
async def test_non_text_messages_get_a_polite_reply(api: FakeBotAPI, bot: Bot, kind: str,
                                                    language_code: str) -> None:
    message = api.queue_message(30, 30, language_code=language_code, **{kind: NON_TEXT[kind]})
    assert await reply_text(api, message) == t("not_text", language_code)


async def test_edits_long_and_empty_messages_get_a_polite_reply(api: FakeBotAPI, bot: Bot) -> None:
    edited = api.queue_text(31, 31, "Apa itu pusat kerja pintar?", language_code="id", edited=True)
    assert await reply_text(api, edited) == t("edited", "id")
    long = api.queue_text(31, 31, "Apa itu pusat kerja pintar? " * 358, language_code="en")  # 10,024 characters
    assert len(long["text"]) > 10_000
    assert await reply_text(api, long) == t("too_long", "id", limit=1000)
    blank = api.queue_text(32, 32, "   ", language_code="en")
    assert await reply_text(api, blank) == t("empty", "en")
    # no letter or digit: the prompt, not "I don't know" (a twelfth attack)
    for i, marks in enumerate(("?", "🤔🤔🙏")):
        wordless = api.queue_text(33 + i, 33 + i, marks, language_code="en")
        assert await reply_text(api, wordless) == t("empty", "en")


class _LongEngine:
    """The real engine, with each answer's quotes repeated so that it needs several messages."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.version = engine.version

    def answer(self, question: str, lang: str | None = None, previous: str | None = None) -> Any:
        a = self.engine.answer(question, lang, previous=previous)
        return dataclasses.replace(a, citations=a.citations * 40)


async def test_a_long_answer_is_split_into_valid_messages(api: FakeBotAPI, bot: Bot, engine: Any) -> None:
    long_engine = _LongEngine(engine)
    bot.engine = long_engine
    await bot.restart()
    expected = render_html(long_engine.answer(EXPORT_Q))
    assert len(expected) >= 3
    question = api.queue_text(40, 40, EXPORT_Q, language_code="id")
    calls = await wait_replies(api, question, len(expected))
    assert [c.params["text"] for c in calls] == expected
    for call in calls:
        assert_telegram_html(call.params["text"])
    assert [("reply_markup" in c.params) for c in calls] == [False] * (len(calls) - 1) + [True]


# -- Telegram refusing, throttling, failing ------------------------------------------------


async def test_rejected_html_is_resent_as_plain_text(api: FakeBotAPI, bot: Bot, caplog: Any) -> None:
    api.fail_next("sendMessage", 400, "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 9")
    question = api.queue_text(50, 50, EXPORT_Q, language_code="id")
    await api.wait_for_calls("sendMessage", 2, TIMEOUT)
    failed, resent = api.calls_of("sendMessage")[:2]
    assert failed.status == 400 and resent.ok
    assert "parse_mode" not in resent.params
    assert resent.params["text"] == html_to_text(failed.params["text"])
    assert "148,76" in resent.params["text"]
    assert resent.params["reply_parameters"]["message_id"] == question["message_id"]
    assert "resending it as plain text" in caplog.text


async def test_retry_after_is_honoured(api: FakeBotAPI, bot: Bot) -> None:
    api.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    question = api.queue_text(51, 51, "/about")
    await wait_replies(api, question)
    limited, sent = api.calls_of("sendMessage")
    assert limited.status == 429 and sent.ok
    assert sent.at - limited.at >= 1.0


@pytest.mark.parametrize("status", [500, 502, 503])
async def test_telegram_5xx_is_retried_with_backoff(api: FakeBotAPI, bot: Bot, status: int) -> None:
    api.fail_next("sendMessage", status, "Internal Server Error", times=2)
    question = api.queue_text(52, 52, "/about")
    await wait_replies(api, question)
    assert [c.status for c in api.calls_of("sendMessage")] == [status, status, 200]


async def test_a_conflict_at_start_up_is_reported_clearly(api: FakeBotAPI, engine: Any, tmp_path: Path,
                                                          caplog: Any) -> None:
    api.fail_next("getUpdates", 409, "Conflict: terminated by other getUpdates request; make sure that only one "
                  "bot instance is running")
    b = Bot(api, engine, tmp_path / "bot.sqlite3")
    await b.start()
    try:
        question = api.queue_text(53, 53, "/start")
        await wait_replies(api, question)  # polling recovered after the conflict
    finally:
        await b.stop()
    conflicts = [r for r in caplog.records if r.levelno == logging.ERROR and "409 Conflict" in r.getMessage()]
    assert conflicts and "another process is polling" in conflicts[0].getMessage()


# -- limits and allow-lists ----------------------------------------------------------------


async def test_per_user_quota_gets_one_friendly_message(api: FakeBotAPI, bot: Bot, engine: Any) -> None:
    await bot.restart(questions_per_minute=2)
    questions = [api.queue_text(60, 60, q, language_code="id") for q in (EXPORT_Q, CENTRES_Q, EXPORT_Q, CENTRES_Q)]
    other_user = api.queue_text(61, 61, EXPORT_Q, language_code="id")
    await answer_of(api, engine, questions[0])
    await answer_of(api, engine, questions[1])
    assert await reply_text(api, questions[2]) == t("slow_down", "id", limit=2)
    await answer_of(api, engine, other_user)  # other users are not affected
    assert replies_to(api, questions[3], ok=None) == []  # warned once per minute, not per message


@pytest.mark.parametrize("refuse", [True, False])
async def test_allow_lists_keep_strangers_out(api: FakeBotAPI, bot: Bot, engine: Any, refuse: bool) -> None:
    await bot.restart({"allowed_user_ids": [70], "allowed_chat_ids": [-1070], "admin_ids": [ADMIN]},
                      refuse_strangers=refuse)
    stranger = api.queue_text(71, 71, EXPORT_Q, language_code="id")
    stranger_in_other_group = api.queue_text(-1071, 71, f"{BOT} {EXPORT_Q}", chat_type="group")
    member_of_allowed_group = api.queue_text(-1070, 72, f"{BOT} {EXPORT_Q}", chat_type="group")
    allowed = api.queue_text(70, 70, EXPORT_Q, language_code="id")
    admin = api.queue_text(ADMIN, ADMIN, "/stats")
    await answer_of(api, engine, allowed)
    await answer_of(api, engine, member_of_allowed_group)
    await wait_replies(api, admin)
    if refuse:
        assert await reply_text(api, stranger) == t("not_allowed", "id")
    else:
        assert replies_to(api, stranger, ok=None) == []
    assert replies_to(api, stranger_in_other_group, ok=None) == []


async def test_declined_questions_are_kept_for_staff(api: FakeBotAPI, bot: Bot, engine: Any) -> None:
    for chat in (80, 81):
        await answer_of(api, engine, api.queue_text(chat, chat, DECLINED_Q))
    await answer_of(api, engine, api.queue_text(82, 82, EXPORT_Q, language_code="id"))
    store = bot.app.bot_data["store"]
    [row] = store.unanswered()
    assert (row.question, row.count) == (DECLINED_Q, 2)


# -- load ----------------------------------------------------------------------------------


async def test_fifty_chats_asking_at_once_all_get_their_own_answer(api: FakeBotAPI, bot: Bot, engine: Any) -> None:
    questions = [EXPORT_Q, CENTRES_Q, DECLINED_Q, "Apa itu pusat kerja pintar?", "Siapa Kim Nam-suk?"]
    expected = {q: render_html(engine.answer(q)) for q in questions}
    asked = [api.queue_text(1000 + i, 1000 + i, questions[i % len(questions)]) for i in range(50)]
    total = sum(len(expected[m["text"]]) for m in asked)
    await api.wait_for_calls("sendMessage", total, 60.0, ok=True)
    for message in asked:
        calls = replies_to(api, message)
        assert [c.params["text"] for c in calls] == expected[message["text"]]
        assert all(c.result["chat"]["id"] == message["chat"]["id"] for c in calls)
    assert len(api.calls_of("sendMessage")) == total  # nothing lost, nothing sent twice
