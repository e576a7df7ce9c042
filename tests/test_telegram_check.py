"""/check and /cek in Telegram: the real Application, the real engine, a fake Bot API.

Same set-up as tests/test_telegram_e2e.py: :func:`bot.telegram_app.build_application`
pointed at :class:`FakeBotAPI` on 127.0.0.1 and started with long polling. The bot must
send exactly what :func:`bot.render.render_verdict_html` makes of the engine's verdict.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.i18n import t
from bot.render import render_verdict_html
from bot.telegram_app import PUBLIC_COMMANDS, TelegramOptions, build_application, start_polling, stop_polling

try:
    from tests.fakebotapi import BOT_USER, FakeBotAPI, assert_telegram_html
except ImportError:  # tests/ is not a package: pytest put tests/ itself on sys.path
    from fakebotapi import BOT_USER, FakeBotAPI, assert_telegram_html

pytestmark = pytest.mark.slow

TIMEOUT = 30.0




@pytest.fixture
async def app(api: FakeBotAPI, engine: Any, tmp_path: Any) -> Any:
    application = build_application(
        api.settings(), engine, TelegramOptions(db_path=tmp_path / "bot.sqlite3", retry_backoff_s=0.05)
    )
    await start_polling(application, timeout=1)
    yield application
    await stop_polling(application)


def _replies_to(api: FakeBotAPI, message: dict[str, Any]) -> list[Any]:
    chat_id = message["chat"]["id"]
    return api.calls_of(
        "sendMessage", ok=True,
        predicate=lambda c: c.params.get("chat_id") == chat_id
        and (c.params.get("reply_parameters") or {}).get("message_id") == message["message_id"],
    )


async def check(api: FakeBotAPI, engine: Any, chat_id: int, command: str, claim: str, lang: str | None = None,
                **kwargs: Any) -> list[str]:
    """Sends ``/command claim``; checks the bot sent exactly the rendered verdict; returns its plain texts."""
    expected = render_verdict_html(engine.check(claim, lang))
    message = api.queue_text(chat_id=chat_id, user_id=chat_id, text=f"/{command} {claim}", **kwargs)
    await api.wait_until(lambda: len(_replies_to(api, message)) >= len(expected), TIMEOUT)
    calls = _replies_to(api, message)
    assert [c.params["text"] for c in calls] == expected
    for call in calls:
        assert call.params["parse_mode"] == "HTML"
        assert call.params["link_preview_options"] == {"is_disabled": True}
    return [assert_telegram_html(c.params["text"]) for c in calls]


async def test_check_an_english_claim_gets_the_verdict_with_the_source_figure(api, app, engine) -> None:
    claim = "Korea's e-government exports were USD 200 million in 2010"
    text = "\n".join(await check(api, engine, 301, "check", claim))
    assert f"{t('verdict', 'en')}: {t('verdict_contradicted', 'en')}" in text
    assert "USD148,76 juta (USD 148.76 million)" in text
    assert "Wawancara" in text and "paragraph" in text
    typing = api.calls_of("sendChatAction", predicate=lambda c: c.params["chat_id"] == 301)
    assert typing and typing[0].params["action"] == "typing"


async def test_cek_an_indonesian_claim_gets_an_indonesian_verdict(api, app, engine) -> None:
    claim = "Ekspor 2010 naik sekitar 123% dibanding tahun sebelumnya"
    text = "\n".join(await check(api, engine, 302, "cek", claim, language_code="en"))
    assert f"{t('verdict', 'id')}: {t('verdict_supported', 'id')}" in text
    assert "2,23 kali lipat" in text
    assert t("source_inconsistent", "id") in text and "2235" in text  # the source's self-contradiction


async def test_lang_choice_sets_the_verdicts_language(api, app, engine) -> None:
    lang = api.queue_text(303, 303, "/lang en", language_code="id")
    await api.wait_until(lambda: len(_replies_to(api, lang)) >= 1, TIMEOUT)
    claim = "Ekspor e-Government Korea pada 2007 mencapai USD 98,7 juta"
    text = "\n".join(await check(api, engine, 303, "cek", claim, lang="en", language_code="id"))
    assert f"{t('verdict', 'en')}: {t('verdict_contradicted', 'en')}" in text
    assert "USD9,87 juta (USD 9.87 million)" in text


@pytest.mark.parametrize(("command", "language_code", "lang"), [
    ("check", "en", "en"), ("check", "id", "id"), ("cek", "en", "id"), ("cek", "id", "id"),
])
async def test_an_empty_claim_gets_a_usage_hint(api, app, command, language_code, lang) -> None:
    message = api.queue_text(304, 304, f"/{command}", language_code=language_code)
    await api.wait_until(lambda: len(_replies_to(api, message)) >= 1, TIMEOUT)
    [call] = _replies_to(api, message)
    assert assert_telegram_html(call.params["text"]) == t("check_usage", lang)


async def test_check_in_a_group_with_the_bots_username(api, app, engine) -> None:
    group = -1003
    claim = "Korea plans 50 smart work centers by 2015"
    expected = render_verdict_html(engine.check(claim))
    message = api.queue_text(group, 31, f"/check@{BOT_USER['username']} {claim}", chat_type="supergroup")
    await api.wait_until(lambda: len(_replies_to(api, message)) >= len(expected), TIMEOUT)
    assert [c.params["text"] for c in _replies_to(api, message)] == expected
    assert "500 pusat kerja pintar" in "\n".join(assert_telegram_html(m) for m in expected)


async def test_a_claim_with_html_characters_gets_valid_html(api, app, engine) -> None:
    replies = await check(api, engine, 305, "check", "Korea <b>exported</b> USD 148.76 million & more in 2010")
    assert "<b>exported</b>" in "\n".join(replies)
    assert not api.calls_of("sendMessage", ok=False)


async def test_check_and_cek_are_in_the_menus_and_the_help(api, app) -> None:
    assert "check" in PUBLIC_COMMANDS and "cek" in PUBLIC_COMMANDS
    for code, lang in (("", "en"), ("id", "id")):
        menu = {c["command"]: c["description"] for c in api.commands[('{"type": "default"}', code)]}
        assert menu["check"] == t("cmd_check", lang) and menu["cek"] == t("cmd_cek", lang)
    message = api.queue_text(306, 306, "/help", language_code="id")
    await api.wait_until(lambda: len(_replies_to(api, message)) >= 1, TIMEOUT)
    [call] = _replies_to(api, message)
    assert "/cek KLAIM" in assert_telegram_html(call.params["text"])
