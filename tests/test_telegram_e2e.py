"""End to end: the real python-telegram-bot Application, the real engine, a fake Bot API.

The application is built by :func:`bot.telegram_app.build_application` with its base URL
pointing at :class:`FakeBotAPI` (HTTP on 127.0.0.1) and started with long polling, the
way ``egov-bot serve`` starts it. Only Telegram's servers are replaced.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest

from bot.render import render_html
from bot.telegram_app import TelegramOptions, build_application, start_polling, stop_polling

try:
    from tests.fakebotapi import DEFAULT_TOKEN, FakeBotAPI, assert_telegram_html
except ImportError:  # tests/ is not a package: pytest put tests/ itself on sys.path
    from fakebotapi import DEFAULT_TOKEN, FakeBotAPI, assert_telegram_html

pytestmark = pytest.mark.slow

TIMEOUT = 20.0  # seconds any single wait may take before the test fails


# -- fixtures ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def tg_engine(engine: Any) -> Any:
    """The real engine over the real corpus (tests/conftest.py)."""
    return engine




def options_for(tmp_path: Any, **overrides: Any) -> TelegramOptions:
    """Options with the bot database in the test's folder and quick retries."""
    return TelegramOptions(**{"db_path": tmp_path / "bot.sqlite3", "retry_backoff_s": 0.05, **overrides})


@pytest.fixture
async def app(api: FakeBotAPI, tg_engine: Any, tmp_path: Any) -> Any:
    """The bot, polling the fake server (1-second long polls)."""
    application = build_application(api.settings(), tg_engine, options_for(tmp_path))
    await start_polling(application, timeout=1)
    yield application
    await stop_polling(application)


# -- helpers -------------------------------------------------------------------------------


def _replies_to(api: FakeBotAPI, question: dict[str, Any]) -> list[Any]:
    chat_id = question["chat"]["id"]
    return api.calls_of(
        "sendMessage",
        ok=True,
        predicate=lambda c: c.params.get("chat_id") == chat_id
        and (c.params.get("reply_parameters") or {}).get("message_id") == question["message_id"],
    )


async def ask(api: FakeBotAPI, engine: Any, chat_id: int, text: str, **kwargs: Any) -> list[str]:
    """Sends ``text`` as a user in ``chat_id``; returns the plain texts of the bot's replies.

    Waits for as many replies as :func:`render_html` makes of the engine's answer, and
    checks that the bot sent exactly those, as HTML without link previews.
    """
    expected = render_html(engine.answer(text))
    question = api.queue_text(chat_id=chat_id, user_id=chat_id, text=text, **kwargs)
    await api.wait_until(lambda: len(_replies_to(api, question)) >= len(expected), TIMEOUT)
    calls = _replies_to(api, question)
    assert [c.params["text"] for c in calls] == expected
    for call in calls:
        assert call.params["parse_mode"] == "HTML"
        assert call.params["reply_parameters"]["allow_sending_without_reply"] is True
        assert call.params["link_preview_options"] == {"is_disabled": True}
    return [assert_telegram_html(c.params["text"]) for c in calls]


# -- tests ---------------------------------------------------------------------------------


async def test_indonesian_question_gets_the_figure_and_the_citation(api: FakeBotAPI, app: Any, tg_engine: Any) -> None:
    """The 2010 export figure, as the source writes it, with the interview cited."""
    [reply, *_] = await ask(
        api, tg_engine, 101, "Berapa nilai ekspor e-Government Korea pada tahun 2010?", language_code="id"
    )
    assert "148,76" in reply
    assert "Wawancara" in reply
    # "typing" was shown in that chat before the answer arrived
    typing = api.calls_of("sendChatAction", predicate=lambda c: c.params["chat_id"] == 101)
    first_reply = api.calls_of("sendMessage", ok=True)[0]
    assert typing and typing[0].params["action"] == "typing"
    assert typing[0].at <= first_reply.at


async def test_english_question_about_smart_work_centers(api: FakeBotAPI, app: Any, tg_engine: Any) -> None:
    """How many centres and by when: both figures appear in the reply."""
    replies = await ask(api, tg_engine, 102, "How many smart work centers will Korea build, and by when?")
    text = "\n".join(replies)
    assert "500" in text
    assert "2015" in text


async def test_question_outside_the_corpus_is_declined_in_english(api: FakeBotAPI, app: Any, tg_engine: Any) -> None:
    """Japan's tax office is not in the corpus: an English "I don't know", not an answer."""
    from bot.i18n import t

    question = "What is the budget of Japan's national tax office for online tax filing?"
    assert not tg_engine.answer(question).answered
    replies = await ask(api, tg_engine, 103, question)
    assert t("declined", "en") in "\n".join(replies)


@pytest.mark.parametrize(
    ("language_code", "lang"), [("id", "id"), ("id-ID", "id"), ("en", "en"), ("ko", "en"), (None, "en")]
)
@pytest.mark.parametrize("command", ["start", "help"])
async def test_start_and_help_follow_the_users_telegram_language(
    api: FakeBotAPI, app: Any, command: str, language_code: str | None, lang: str
) -> None:
    """/start and /help reply in Indonesian for an ``id`` Telegram language, else English."""
    from bot.i18n import t

    question = api.queue_text(chat_id=104, user_id=104, text=f"/{command}", language_code=language_code)
    [call] = await api.wait_for_calls("sendMessage", 1, TIMEOUT, ok=True)
    assert call.params["chat_id"] == 104
    assert call.params["reply_parameters"]["message_id"] == question["message_id"]
    key = {"start": "start", "help": "tg_help"}[command]
    assert assert_telegram_html(call.params["text"]) == t(key, lang, username=app.bot.username)


async def test_question_with_html_characters_gets_a_valid_html_reply(api: FakeBotAPI, app: Any, tg_engine: Any) -> None:
    """``<b>&*`` in a question never breaks the reply's HTML (Telegram would refuse it)."""
    replies = await ask(api, tg_engine, 105, "Apa itu <b>smart work</b> & *pusat kerja pintar* <i>?")
    assert replies and all(r.strip() for r in replies)
    assert not api.calls_of("sendMessage", ok=False)


async def test_two_chats_asking_at_once_each_get_their_own_answer(api: FakeBotAPI, app: Any, tg_engine: Any) -> None:
    """Answers are not mixed up between chats asking at the same time."""
    export = "Berapa nilai ekspor e-Government Korea pada tahun 2010?"
    centres = "How many smart work centers will Korea build, and by when?"
    assert render_html(tg_engine.answer(export)) != render_html(tg_engine.answer(centres))
    # ask() checks that each chat got exactly the rendering of its own question
    first, _ = await asyncio.gather(
        ask(api, tg_engine, 201, export, language_code="id"),
        ask(api, tg_engine, 202, centres),
    )
    assert "148,76" in "\n".join(first)
    for message in api.sent_messages():
        # every reply went to the chat of the question it answers
        assert message["chat"]["id"] == message["reply_to_message"]["chat"]["id"]


class _BrokenEngine:
    """An engine that fails, to exercise the error handler."""

    def answer(self, question: str, lang: str | None = None, previous: str | None = None) -> Any:
        raise RuntimeError("index unavailable")


@pytest.mark.parametrize(("language_code", "text", "lang"), [
    ("id", "Apa itu pusat kerja pintar?", "id"),
    ("id", "What are smart work centers?", "en"),
])
async def test_an_error_is_logged_without_private_data_and_the_user_told_politely(
    api: FakeBotAPI, caplog: pytest.LogCaptureFixture, tmp_path: Any, language_code: str, text: str, lang: str
) -> None:
    """The error handler logs with context (no text, hashed user) and apologises in the question's language."""
    from bot.i18n import t

    caplog.set_level(logging.DEBUG)
    application = build_application(api.settings(), _BrokenEngine(), options_for(tmp_path))
    await start_polling(application, timeout=1)
    try:
        api.queue_text(chat_id=987654321, user_id=987654321, text=text, language_code=language_code)
        [call] = await api.wait_for_calls("sendMessage", 1, TIMEOUT, ok=True)
    finally:
        await stop_polling(application)
    assert call.params["chat_id"] == 987654321
    assert assert_telegram_html(call.params["text"]) == t("error", lang)
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR and r.name == "bot.telegram_app"]
    assert len(errors) == 1 and errors[0].exc_info is not None
    assert "RuntimeError" in caplog.text
    everything = "\n".join(r.getMessage() for r in caplog.records)  # ours and python-telegram-bot's, DEBUG up
    assert text not in everything
    assert "987654321" not in "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("bot."))
    assert "update_id" in everything
    assert api.token not in "\n".join(
        r.getMessage() for r in caplog.records if r.levelno >= logging.INFO
    )


async def test_the_bot_speaks_only_to_the_configured_server(api: FakeBotAPI, app: Any) -> None:
    """Start-up calls went to the fake server with the configured token (no other network)."""
    assert api.calls_of("getMe", ok=True)
    assert api.calls_of("deleteWebhook", ok=True)
    assert app.bot.base_url == api.base_url + DEFAULT_TOKEN
