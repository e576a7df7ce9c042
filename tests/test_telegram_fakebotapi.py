"""The fake Bot API behaves like Telegram where the bot can tell (a real PTB ``Bot`` as client)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from telegram import Bot
from telegram.error import BadRequest, Conflict, InvalidToken, NetworkError, RetryAfter

try:
    from tests.fakebotapi import FakeBotAPI, TelegramHTMLError, parse_telegram_html
except ImportError:  # tests/ is not a package: pytest put tests/ itself on sys.path
    from fakebotapi import FakeBotAPI, TelegramHTMLError, parse_telegram_html



@pytest.fixture
async def bot(api: FakeBotAPI) -> Any:
    async with Bot(api.token, base_url=api.base_url) as client:
        yield client


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("<b>a &amp; b</b>", "a & b"),
        ("<blockquote>x &lt;y&gt;</blockquote>\n<i>src</i>", "x <y>\nsrc"),
        ('<a href="https://e.x/?a=1&amp;b=2">l</a>', "l"),
        ('<span class="tg-spoiler">s</span> &#169; &quot;', 's © "'),
    ],
)
def test_valid_telegram_html_is_parsed_to_plain_text(text: str, plain: str) -> None:
    assert parse_telegram_html(text)[0] == plain


@pytest.mark.parametrize(
    "text", ["<b>x", "x</b>", "<b><i>x</b></i>", "<div>x</div>", "a & b", "1 < 2", "a > b", "&nbsp;", "<a>x</a>",
             "<span>x</span>", "<br/>"],
)
def test_invalid_telegram_html_is_refused(text: str) -> None:
    with pytest.raises(TelegramHTMLError):
        parse_telegram_html(text)


def test_entities_use_utf16_offsets() -> None:
    _, entities = parse_telegram_html("😀 <b>x</b>")
    assert entities == [{"type": "bold", "offset": 3, "length": 1}]


async def test_updates_are_confirmed_by_offset(api: FakeBotAPI, bot: Bot) -> None:
    api.queue_text(1, 1, "/start")
    api.queue_text(1, 1, "hello")
    first = await bot.get_updates(timeout=0)
    assert [u.message.text for u in first] == ["/start", "hello"]
    assert first[0].message.entities[0].type == "bot_command"
    assert len(await bot.get_updates(offset=first[0].update_id + 1, timeout=0)) == 1
    assert await bot.get_updates(offset=first[-1].update_id + 1, timeout=0) == ()


async def test_send_message_returns_a_real_message_and_is_recorded(api: FakeBotAPI, bot: Bot) -> None:
    question = api.queue_text(7, 7, "hi")
    sent = await bot.send_message(7, "<b>hi</b> &amp;", parse_mode="HTML", reply_to_message_id=question["message_id"])
    assert sent.text == "hi &" and sent.chat.id == 7 and sent.reply_to_message.message_id == question["message_id"]
    [call] = await api.wait_for_calls("sendMessage", 1, timeout=5)
    assert call.params["chat_id"] == 7 and call.params["parse_mode"] == "HTML"


async def test_telegram_refusals_reach_the_client_as_ptb_exceptions(api: FakeBotAPI, bot: Bot) -> None:
    api.queue_text(7, 7, "hi")
    with pytest.raises(BadRequest, match="(?i)can't parse entities"):
        await bot.send_message(7, "a & b", parse_mode="HTML")
    with pytest.raises(BadRequest, match="(?i)chat not found"):
        await bot.send_message(8, "hello")
    with pytest.raises(BadRequest, match="(?i)message is too long"):
        await bot.send_message(7, "x" * 4097)
    api.fail_next("sendMessage", 429, "Too Many Requests: retry after 3", retry_after=3)
    with pytest.raises(RetryAfter) as excinfo:
        await bot.send_message(7, "hello")
    assert excinfo.value.retry_after in (3, dt.timedelta(seconds=3))  # int or timedelta (PTB setting)
    api.fail_next("sendMessage", 502, "Bad Gateway")
    with pytest.raises(NetworkError):
        await bot.send_message(7, "hello")
    api.fail_next("getUpdates", 409, "Conflict: terminated by other getUpdates request")
    with pytest.raises(Conflict):
        await bot.get_updates(timeout=0)
    assert (await bot.send_message(7, "hello")).text == "hello"  # each failure happened once


async def test_a_wrong_token_is_unauthorized(api: FakeBotAPI) -> None:
    with pytest.raises(InvalidToken):
        async with Bot("1:wrong", base_url=api.base_url):
            pass
