"""Webhook mode: the bot registers its webhook with a secret token, answers pushed updates,
refuses requests without the secret, and reports its health."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.i18n import t
from bot.settings import Settings
from bot.telegram_app import TelegramOptions, build_application, start_webhook, stop_webhook

try:
    from tests.fakebotapi import FakeBotAPI, assert_telegram_html
except ImportError:  # tests/ is not a package: pytest put tests/ itself on sys.path
    from fakebotapi import FakeBotAPI, assert_telegram_html

pytestmark = pytest.mark.slow

TIMEOUT = 20.0
PUBLIC_URL = "https://bot.example.org/telegram"



@pytest.fixture
async def webhook(api: FakeBotAPI, engine: Any, tmp_path: Path) -> Any:
    """The bot in webhook mode on a free local port; yields its local base URL."""
    settings = api.settings()
    options = TelegramOptions(db_path=tmp_path / "bot.sqlite3", mode="webhook", webhook_url=PUBLIC_URL,
                              webhook_listen="127.0.0.1", webhook_port=0, webhook_secret="s3cret-Token_1")
    app = build_application(settings, engine, options)
    server = await start_webhook(app, options)
    yield f"http://127.0.0.1:{server.port}", app
    await stop_webhook(app, server)


async def test_webhook_is_registered_with_a_secret_and_answers_pushed_updates(api: FakeBotAPI, webhook: Any) -> None:
    base, _ = webhook
    [call] = api.calls_of("setWebhook", ok=True)
    assert call.params["url"] == PUBLIC_URL and call.params["secret_token"] == "s3cret-Token_1"
    assert "callback_query" in call.params["allowed_updates"]
    question = api.queue_text(1, 1, "Berapa nilai ekspor e-Government Korea pada tahun 2010?", language_code="id")
    assert await api.push_pending(base + "/telegram") == [200]
    [reply] = await api.wait_for_calls("sendMessage", 1, TIMEOUT, ok=True)
    assert reply.params["reply_parameters"]["message_id"] == question["message_id"]
    assert "148,76" in assert_telegram_html(reply.params["text"])
    assert not api.calls_of("getUpdates")  # no polling in webhook mode


@pytest.mark.parametrize("secret", ["wrong", ""])
async def test_requests_without_the_secret_are_refused(api: FakeBotAPI, webhook: Any, secret: str) -> None:
    base, _ = webhook
    api.queue_text(2, 2, "/start")
    assert await api.push_pending(base + "/telegram", secret=secret) == [403]
    assert api.pending_updates()  # not delivered: Telegram would retry it
    assert await api.push_pending(base + "/telegram") == [200]
    [reply] = await api.wait_for_calls("sendMessage", 1, TIMEOUT, ok=True)
    assert assert_telegram_html(reply.params["text"]) == t("start", "en")


async def test_health_endpoint_reports_the_index_version(webhook: Any, engine: Any) -> None:
    base, app = webhook
    async with httpx.AsyncClient() as client:
        response = await client.get(base + "/healthz")
        assert response.status_code == 200
        assert response.json() == {"ok": True, "bot": app.bot.username, "index_version": engine.version.name}
        garbage = await client.post(base + "/telegram", content=b"not json",
                                    headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-Token_1"})
        assert garbage.status_code == 400


async def test_webhook_options_are_checked(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="'polling' or 'webhook'"):
        TelegramOptions.from_settings(Settings(_env_file=None), mode="hook")
    settings = Settings(_env_file=None, telegram_bot_token="1:x", telegram_base_url="http://127.0.0.1:9/bot")
    app = build_application(settings, object(), TelegramOptions(db_path=tmp_path / "bot.sqlite3"))
    with pytest.raises(ValueError, match="webhook URL"):
        await start_webhook(app, TelegramOptions(mode="webhook"))
    with pytest.raises(ValueError, match="secret may only hold"):
        await start_webhook(app, TelegramOptions(mode="webhook", webhook_url=PUBLIC_URL, webhook_secret="a b"))
    app.bot_data["store"].close()
