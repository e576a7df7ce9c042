"""A small fake Telegram Bot API server for tests: real HTTP on 127.0.0.1, no Telegram.

The bot under test is the real python-telegram-bot ``Application`` with its ``base_url``
pointed at this server, so everything between the handlers and the socket (request
encoding, response parsing, error mapping, polling, the rate limiter) runs for real.
Only Telegram's servers are replaced.

The server runs on the test's own event loop (tornado), serves ``/bot<token>/<method>``,
records every call (method and decoded parameters, form-encoded, multipart or JSON) and
answers the way Telegram does: realistic ``Message`` objects, ``getUpdates`` long polling
with offset confirmation, HTML checked like Telegram's parser (a bad tag or a bare ``&``
is a ``400 Bad Request: can't parse entities``), texts over 4,096 characters refused,
unknown chats and missing reply targets refused. Failures can be injected once.

Usage::

    api = FakeBotAPI()
    await api.start()
    app = build_application(load_settings(telegram_base_url=api.base_url, ...), engine)
    ...  # start polling
    api.queue_text(chat_id=1, user_id=1, text="/start", language_code="id")
    [call] = await api.wait_for_calls("sendMessage", 1, timeout=10)
    call.params["text"]
    await api.stop()

Synchronisation is by condition variable: ``wait_for_calls`` wakes on every recorded
call, with a bounded timeout; nothing here sleeps to wait for the bot.
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import re
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any, Callable

import tornado.httpserver
import tornado.iostream
import tornado.netutil
import tornado.web

DEFAULT_TOKEN = "123456789:TEST-token-AAAAAAAAAAAAAAAAAAAAAAAAAAAA"
BOT_USER = {
    "id": 123456789,
    "is_bot": True,
    "first_name": "eGov Korea",
    "username": "egov_korea_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
MAX_TEXT_LENGTH = 4096
CALLBACK_DATA_MAX_BYTES = 64

# Parameters that PTB sends as plain strings (everything else is JSON-encoded).
_STRING_PARAMS = {
    "text", "parse_mode", "caption", "action", "callback_query_id", "url", "secret_token",
    "language_code", "inline_message_id", "business_connection_id", "emoji",
}

# Telegram's HTML parse mode: https://core.telegram.org/bots/api#html-style
TELEGRAM_TAGS = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline",
    "ins": "underline", "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough",
    "a": "text_link", "code": "code", "pre": "pre", "blockquote": "blockquote",
    "span": "spoiler", "tg-spoiler": "spoiler",
}
_TAG_RE = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)"
    r"((?:\s+[a-zA-Z][a-zA-Z0-9_-]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>\"']+))?)*)\s*>"
)
_ATTR_RE = re.compile(r"([a-zA-Z][a-zA-Z0-9_-]*)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>\"']+))?")
_ENTITY_RE = re.compile(r"&(lt|gt|amp|quot|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")
_COMMAND_RE = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")
_MENTION_RE = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{3,32}")


class TelegramHTMLError(ValueError):
    """The text is not valid Telegram HTML (the message mirrors Telegram's wording)."""


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def parse_telegram_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Parse ``text`` as Telegram does in ``parse_mode=HTML``.

    Returns:
        ``(plain_text, entities)``: the text Telegram would show and its entities
        (offsets and lengths in UTF-16 code units, as in the Bot API).

    Raises:
        TelegramHTMLError: an unsupported or unbalanced tag, a bare ``<``, ``>`` or ``&``,
            an unknown named entity, ``<a>`` without ``href`` or ``<span>`` that is not a
            spoiler. Stricter than Telegram only where Telegram is lenient by accident.
    """
    out: list[str] = []
    entities: list[dict[str, Any]] = []
    stack: list[tuple[str, int, dict[str, str]]] = []  # tag, utf-16 offset, attrs
    pos16 = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        byte_offset = len(text[:i].encode("utf-8"))
        if ch == "<":
            m = _TAG_RE.match(text, i)
            if not m:
                raise TelegramHTMLError(f"Unexpected character '<' at byte offset {byte_offset}")
            closing, name, attr_text = m.group(1) == "/", m.group(2).lower(), m.group(3)
            if name not in TELEGRAM_TAGS:
                kind = "end" if closing else "start"
                raise TelegramHTMLError(f'Unsupported {kind} tag "{name}" at byte offset {byte_offset}')
            if closing:
                if not stack or stack[-1][0] != name:
                    raise TelegramHTMLError(
                        f'Unmatched end tag at byte offset {byte_offset}, expected "</{stack[-1][0]}>", '
                        f'found "</{name}>"' if stack else f'Unexpected end tag at byte offset {byte_offset}'
                    )
                tag, start16, attrs = stack.pop()
                entity: dict[str, Any] = {"type": TELEGRAM_TAGS[tag], "offset": start16, "length": pos16 - start16}
                if tag == "a":
                    entity["url"] = attrs["href"]
                if entity["length"] > 0:
                    entities.append(entity)
            else:
                attrs = {
                    a.lower(): html.unescape(v.strip("\"'")) if v else ""
                    for a, v in _ATTR_RE.findall(attr_text)
                }
                if name == "a" and not attrs.get("href"):
                    raise TelegramHTMLError(f"Can't find href attribute of tag a at byte offset {byte_offset}")
                if name == "span" and attrs.get("class") != "tg-spoiler":
                    raise TelegramHTMLError(f'Tag "span" must have class "tg-spoiler" at byte offset {byte_offset}')
                stack.append((name, pos16, attrs))
            i = m.end()
        elif ch == "&":
            m = _ENTITY_RE.match(text, i)
            if not m:
                raise TelegramHTMLError(f"Unsupported HTML entity or bare '&' at byte offset {byte_offset}")
            value = html.unescape(m.group(0))
            out.append(value)
            pos16 += _utf16_len(value)
            i = m.end()
        elif ch == ">":
            raise TelegramHTMLError(f"Unexpected character '>' at byte offset {byte_offset}")
        else:
            out.append(ch)
            pos16 += _utf16_len(ch)
            i += 1
    if stack:
        raise TelegramHTMLError(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


class _TagChecker(HTMLParser):
    """Checks with the standard library's parser that tags balance and are Telegram's."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TELEGRAM_TAGS:
            self.problems.append(f"tag <{tag}> is not allowed by Telegram")
        self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.problems.append(f"self-closing <{tag}/> is not allowed by Telegram")

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> does not close {self.stack[-1:] or 'anything'}")
        else:
            self.stack.pop()


def assert_telegram_html(text: str) -> str:
    """Asserts ``text`` is valid Telegram HTML of at most 4,096 characters; returns its plain text.

    Checked twice: by the standard library's ``html.parser`` (tags balance, only Telegram's
    tags) and by :func:`parse_telegram_html` (Telegram's stricter rules: bare ``&``, ``<``
    or ``>`` refused).
    """
    assert len(text) <= MAX_TEXT_LENGTH, f"message of {len(text)} characters"
    checker = _TagChecker()
    checker.feed(text)
    checker.close()
    assert not checker.problems, checker.problems
    assert not checker.stack, f"unclosed tags: {checker.stack}"
    plain, _ = parse_telegram_html(text)
    return plain


def _text_entities(text: str) -> list[dict[str, Any]]:
    """The entities Telegram adds to a user's text: bot commands and @mentions."""
    found = []
    for regex, kind in ((_COMMAND_RE, "bot_command"), (_MENTION_RE, "mention")):
        for m in regex.finditer(text):
            found.append({"type": kind, "offset": _utf16_len(text[: m.start()]), "length": _utf16_len(m.group(0))})
    return sorted(found, key=lambda e: e["offset"])


@dataclass
class Call:
    """One request the bot made.

    Attributes:
        method: the method as called (``"sendMessage"``).
        params: decoded parameters (JSON values decoded; text fields as strings).
        status: the HTTP status returned.
        response: the JSON body returned.
        at: ``time.monotonic()`` when it was answered.
    """

    method: str
    params: dict[str, Any]
    status: int
    response: dict[str, Any]
    at: float = field(default_factory=time.monotonic)

    @property
    def ok(self) -> bool:
        """Whether the call succeeded."""
        return self.status == 200

    @property
    def result(self) -> Any:
        """The ``result`` of a successful call (``None`` for a failed one)."""
        return self.response.get("result")


@dataclass
class _Failure:
    status: int
    description: str
    retry_after: int | None
    times: int


class _Conflict(Exception):
    pass


class FakeBotAPI:
    """The fake server; see the module docstring.

    Args:
        token: the only token accepted (others get ``401 Unauthorized``).
        bot_user: the ``getMe`` result.
    """

    def __init__(self, token: str = DEFAULT_TOKEN, bot_user: dict[str, Any] | None = None) -> None:
        self.token = token
        self.bot_user = dict(bot_user or BOT_USER)
        self.calls: list[Call] = []
        self.chats: dict[int, dict[str, Any]] = {}
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.webhook: dict[str, Any] = {"url": ""}
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1000)
        self._message_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._failures: dict[str, list[_Failure]] = {}
        self._changed: asyncio.Event | None = None
        self._poll_generation = 0
        self._closing = False
        self._server: tornado.httpserver.HTTPServer | None = None
        self.port = 0

    # -- lifecycle -------------------------------------------------------------------------

    async def start(self) -> "FakeBotAPI":
        """Listen on 127.0.0.1 on a free port, on the running event loop."""
        self._changed = asyncio.Event()
        app = tornado.web.Application(
            [(r"/bot([^/]*)/([A-Za-z_]+)", _Handler, {"api": self})],
            log_function=lambda handler: None,  # access lines would carry the token
        )
        sockets = tornado.netutil.bind_sockets(0, "127.0.0.1")
        self.port = sockets[0].getsockname()[1]
        self._server = tornado.httpserver.HTTPServer(app)
        self._server.add_sockets(sockets)
        return self

    async def stop(self) -> None:
        """Stop listening, wake long polls, close connections."""
        self._closing = True
        self._notify()
        if self._server is not None:
            self._server.stop()
            await self._server.close_all_connections()
            self._server = None

    @property
    def base_url(self) -> str:
        """Value for ``ApplicationBuilder.base_url`` (the token is appended by PTB)."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        """Value for ``ApplicationBuilder.base_file_url``."""
        return f"http://127.0.0.1:{self.port}/file/bot"

    def settings(self, **overrides: Any) -> Any:
        """Bot settings pointing at this server (token and base URLs; no ``.env`` read)."""
        from bot.settings import Settings

        return Settings(
            _env_file=None, telegram_bot_token=self.token, telegram_base_url=self.base_url,
            telegram_base_file_url=self.base_file_url, **overrides,
        )

    # -- queueing updates (what users do) ----------------------------------------------

    def _chat(self, chat_id: int, chat_type: str, user: dict[str, Any]) -> dict[str, Any]:
        if chat_type == "private":
            chat = {"id": chat_id, "type": "private", "first_name": user["first_name"]}
        else:
            chat = {"id": chat_id, "type": chat_type, "title": f"Group {chat_id}"}
        self.chats[chat_id] = chat
        return chat

    @staticmethod
    def _user(user_id: int, language_code: str | None) -> dict[str, Any]:
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}
        if language_code:
            user["language_code"] = language_code
        return user

    def add_chat(self, chat_id: int, chat_type: str = "private", language_code: str | None = "en") -> dict[str, Any]:
        """Make a chat known to the server (as if its user had started the bot earlier)."""
        return self._chat(chat_id, chat_type, self._user(chat_id, language_code))

    def queue_update(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue a raw update (``update_id`` is assigned if missing) for ``getUpdates``."""
        update = dict(update)
        update.setdefault("update_id", next(self._update_ids))
        self._updates.append(update)
        self._notify()
        return update

    def queue_message(
        self,
        chat_id: int,
        user_id: int,
        chat_type: str = "private",
        language_code: str | None = "en",
        reply_to_message_id: int | None = None,
        edited: bool = False,
        **fields: Any,
    ) -> dict[str, Any]:
        """Queue a message update from a user with any message ``fields`` (``sticker=...``).

        Returns the message dict (its ``message_id`` is what the bot should reply to).
        """
        user = self._user(user_id, language_code)
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "from": user,
            "chat": self._chat(chat_id, chat_type, user),
            "date": int(time.time()),
            **fields,
        }
        if reply_to_message_id is not None:
            message["reply_to_message"] = self.messages[(chat_id, reply_to_message_id)]
        if edited:
            message["edit_date"] = int(time.time())
        self.messages[(chat_id, message["message_id"])] = message
        self.queue_update({"edited_message" if edited else "message": message})
        return message

    def queue_text(
        self,
        chat_id: int,
        user_id: int,
        text: str,
        chat_type: str = "private",
        language_code: str | None = "en",
        **kwargs: Any,
    ) -> dict[str, Any]:
        """Queue a text message, with the ``bot_command``/``mention`` entities Telegram adds."""
        fields: dict[str, Any] = {"text": text}
        entities = _text_entities(text)
        if entities:
            fields["entities"] = entities
        return self.queue_message(chat_id, user_id, chat_type, language_code, **kwargs, **fields)

    def queue_callback(
        self, chat_id: int, user_id: int, message_id: int, data: str, language_code: str | None = "en"
    ) -> dict[str, Any]:
        """Queue a press on an inline button of the bot's message ``message_id``."""
        message = self.messages.get((chat_id, message_id))
        if message is None:
            raise KeyError(f"no message {message_id} in chat {chat_id}")
        query = {
            "id": str(next(self._callback_ids)),
            "from": self._user(user_id, language_code),
            "message": message,
            "chat_instance": str(chat_id),
            "data": data,
        }
        return self.queue_update({"callback_query": query})

    async def push_pending(self, url: str, secret: str | None = None) -> list[int]:
        """Deliver pending updates to a webhook, as Telegram does once ``setWebhook`` was called.

        ``url`` is where the bot's local webhook server listens (the registered URL is a
        public address); the secret token header is the one registered with ``setWebhook``
        unless ``secret`` is given. Delivered updates (HTTP 200) leave the queue. Returns the
        HTTP status of each delivery.
        """
        import httpx

        token = secret if secret is not None else self.webhook.get("secret_token")
        headers = {"X-Telegram-Bot-Api-Secret-Token": token} if token else {}
        statuses = []
        async with httpx.AsyncClient(timeout=10) as client:
            for update in list(self._updates):
                response = await client.post(url, json=update, headers=headers)
                statuses.append(response.status_code)
                if response.status_code == 200:
                    self._updates.remove(update)
        return statuses

    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates not yet confirmed by a ``getUpdates`` offset."""
        return list(self._updates)

    # -- injecting failures ------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        status: int = 400,
        description: str = "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 0",
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """Make the next ``times`` calls of ``method`` fail with ``status`` and ``description``.

        Examples: ``fail_next("sendMessage", 429, "Too Many Requests: retry after 1",
        retry_after=1)``; ``fail_next("getUpdates", 409, "Conflict: terminated by other
        getUpdates request; make sure that only one bot instance is running")``;
        ``fail_next("sendMessage", 502, "Bad Gateway")``.
        """
        self._failures.setdefault(method.lower(), []).append(_Failure(status, description, retry_after, times))

    # -- observing calls ---------------------------------------------------------------

    def calls_of(
        self,
        method: str,
        ok: bool | None = None,
        predicate: Callable[[Call], bool] | None = None,
    ) -> list[Call]:
        """Recorded calls of ``method`` (case-insensitive), optionally only (un)successful ones."""
        m = method.lower()
        return [
            c
            for c in self.calls
            if c.method.lower() == m and (ok is None or c.ok == ok) and (predicate is None or predicate(c))
        ]

    def sent_messages(self, chat_id: int | None = None) -> list[dict[str, Any]]:
        """Messages the bot sent successfully (``Message`` dicts), optionally to one chat."""
        return [
            c.result
            for c in self.calls_of("sendMessage", ok=True)
            if chat_id is None or c.result["chat"]["id"] == chat_id
        ]

    async def wait_for_calls(
        self,
        method: str,
        n: int = 1,
        timeout: float = 10.0,
        ok: bool | None = None,
        predicate: Callable[[Call], bool] | None = None,
    ) -> list[Call]:
        """Wait until at least ``n`` matching calls were recorded; return all matching calls.

        Raises:
            AssertionError: not reached within ``timeout`` seconds (lists the calls so far).
        """
        if not await self._wait(lambda: len(self.calls_of(method, ok, predicate)) >= n, timeout):
            got = len(self.calls_of(method, ok, predicate))
            summary = ", ".join(f"{c.method}:{c.status}" for c in self.calls[-30:] if c.method != "getUpdates")
            raise AssertionError(f"expected {n} {method} calls within {timeout}s, got {got}; recent calls: {summary}")
        return self.calls_of(method, ok, predicate)

    async def wait_until(self, condition: Callable[[], bool], timeout: float = 10.0) -> None:
        """Wait until ``condition()`` is true, re-checked after every call and queued update."""
        if not await self._wait(condition, timeout):
            raise AssertionError(f"condition not met within {timeout}s")

    async def _wait(self, condition: Callable[[], bool], timeout: float) -> bool:
        """Wait (bounded) until ``condition()``; wakes on every change. Returns whether it holds."""
        assert self._changed is not None, "start() the server first"
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not condition():
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            try:
                await asyncio.wait_for(self._changed.wait(), remaining)
            except TimeoutError:
                return condition()
        return True

    def _notify(self) -> None:
        """Wake every waiter (each holds the old event; the next wait gets a fresh one)."""
        if self._changed is not None:
            self._changed.set()
            self._changed = asyncio.Event()

    def _record(self, call: Call) -> None:
        self.calls.append(call)
        self._notify()

    # -- serving -----------------------------------------------------------------------

    async def handle(self, token: str, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """Answer one Bot API request; returns ``(http_status, json_body)`` and records it."""
        if token != self.token:
            status, body = 401, _error(401, "Unauthorized")
            self._record(Call(method, params, status, body))
            return status, body
        failures = self._failures.get(method.lower())
        if failures:
            failure = failures[0]
            failure.times -= 1
            if failure.times <= 0:
                failures.pop(0)
            body = _error(failure.status, failure.description)
            if failure.retry_after is not None:
                body["parameters"] = {"retry_after": failure.retry_after}
            self._record(Call(method, params, failure.status, body))
            return failure.status, body
        impl = getattr(self, f"_m_{method.lower()}", None)
        if impl is None:
            status, body = 404, _error(404, "Not Found")
        else:
            try:
                result = impl(params)
                if asyncio.iscoroutine(result):
                    result = await result
                status, body = 200, {"ok": True, "result": result}
            except _BadRequest as exc:
                status, body = 400, _error(400, f"Bad Request: {exc}")
            except _Conflict as exc:
                status, body = 409, _error(409, f"Conflict: {exc}")
        self._record(Call(method, params, status, body))
        return status, body

    # Bot API methods. Each takes the decoded params and returns the ``result``.

    def _m_getme(self, p: dict[str, Any]) -> dict[str, Any]:
        return dict(self.bot_user)

    async def _m_getupdates(self, p: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook.get("url"):
            raise _Conflict("can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first")
        offset = int(p.get("offset") or 0)
        limit = max(1, min(100, int(p.get("limit") or 100)))
        timeout = float(p.get("timeout") or 0)
        allowed = p.get("allowed_updates")
        if offset > 0:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        elif offset < 0:
            self._updates = self._updates[offset:]
        self._poll_generation += 1
        generation = self._poll_generation
        self._notify()  # an older poll still waiting sees the new generation and ends (409)

        def ready() -> bool:
            return bool(self._updates) or self._closing or self._poll_generation != generation

        if not self._updates and timeout > 0:
            await self._wait(ready, timeout)
        if self._poll_generation != generation:
            raise _Conflict("terminated by other getUpdates request; make sure that only one bot instance is running")
        updates = self._updates[:limit]
        if allowed:
            updates = [u for u in updates if any(k in allowed for k in u if k != "update_id")]
        return updates

    def _store_bot_message(self, chat_id: int, **fields: Any) -> dict[str, Any]:
        message = {
            "message_id": next(self._message_ids),
            "from": dict(self.bot_user),
            "chat": self.chats[chat_id],
            "date": int(time.time()),
            **fields,
        }
        self.messages[(chat_id, message["message_id"])] = message
        return message

    def _chat_id(self, p: dict[str, Any]) -> int:
        chat_id = p.get("chat_id")
        if chat_id is None:
            raise _BadRequest("chat_id is empty")
        if not isinstance(chat_id, int) or chat_id not in self.chats:
            raise _BadRequest("chat not found")
        return chat_id

    @staticmethod
    def _text_and_entities(p: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
        text = p.get("text")
        if text is None or not str(text).strip():
            raise _BadRequest("message text is empty")
        text = str(text)
        mode = (p.get("parse_mode") or "").lower()
        if mode == "html":
            try:
                text, entities = parse_telegram_html(text)
            except TelegramHTMLError as exc:
                raise _BadRequest(f"can't parse entities: {exc}") from None
        elif mode:
            raise _BadRequest(f"unsupported parse_mode {p.get('parse_mode')!r} in this fake")
        else:
            entities = p.get("entities") or []
        if not text.strip():
            raise _BadRequest("message text is empty")
        if _utf16_len(text) > MAX_TEXT_LENGTH:
            raise _BadRequest("message is too long")
        return text, entities

    @staticmethod
    def _check_markup(p: dict[str, Any]) -> dict[str, Any] | None:
        markup = p.get("reply_markup")
        if markup and "inline_keyboard" in markup:
            for row in markup["inline_keyboard"]:
                for button in row:
                    data = button.get("callback_data")
                    if data is not None and not 1 <= len(data.encode("utf-8")) <= CALLBACK_DATA_MAX_BYTES:
                        raise _BadRequest("BUTTON_DATA_INVALID")
                    if not button.get("text"):
                        raise _BadRequest("text buttons are unallowed in the inline keyboard")
        return markup

    def _m_sendmessage(self, p: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._chat_id(p)
        text, entities = self._text_and_entities(p)
        markup = self._check_markup(p)
        fields: dict[str, Any] = {"text": text}
        if entities:
            fields["entities"] = entities
        reply = p.get("reply_parameters") or (
            {"message_id": p["reply_to_message_id"]} if p.get("reply_to_message_id") else None
        )
        if reply:
            target = self.messages.get((reply.get("chat_id", chat_id), reply["message_id"]))
            if target is not None:
                fields["reply_to_message"] = target
            elif not reply.get("allow_sending_without_reply") and not p.get("allow_sending_without_reply"):
                raise _BadRequest("message to be replied not found")
        if markup and "inline_keyboard" in markup:
            fields["reply_markup"] = markup
        if p.get("link_preview_options"):
            fields["link_preview_options"] = p["link_preview_options"]
        return self._store_bot_message(chat_id, **fields)

    def _target(self, p: dict[str, Any], what: str) -> dict[str, Any]:
        chat_id = self._chat_id(p)
        message = self.messages.get((chat_id, p.get("message_id")))
        if message is None:
            raise _BadRequest(f"message to {what} not found")
        if message["from"]["id"] != self.bot_user["id"]:
            raise _BadRequest(f"message can't be {what}ed")
        return message

    def _m_editmessagetext(self, p: dict[str, Any]) -> dict[str, Any]:
        message = self._target(p, "edit")
        text, entities = self._text_and_entities(p)
        markup = self._check_markup(p)
        if text == message.get("text") and markup == message.get("reply_markup"):
            raise _BadRequest(
                "message is not modified: specified new message content and reply markup are exactly "
                "the same as a current content and reply markup of the message"
            )
        message["text"] = text
        message["edit_date"] = int(time.time())
        message.pop("entities", None)
        message.pop("reply_markup", None)
        if entities:
            message["entities"] = entities
        if markup:
            message["reply_markup"] = markup
        return message

    def _m_editmessagereplymarkup(self, p: dict[str, Any]) -> dict[str, Any]:
        message = self._target(p, "edit")
        markup = self._check_markup(p)
        if markup == message.get("reply_markup"):
            raise _BadRequest("message is not modified")
        message.pop("reply_markup", None)
        if markup:
            message["reply_markup"] = markup
        return message

    def _m_deletemessage(self, p: dict[str, Any]) -> bool:
        chat_id = self._chat_id(p)
        if self.messages.pop((chat_id, p.get("message_id")), None) is None:
            raise _BadRequest("message to delete not found")
        return True

    def _m_answercallbackquery(self, p: dict[str, Any]) -> bool:
        if not p.get("callback_query_id"):
            raise _BadRequest("query is too old and response timeout expired or query ID is invalid")
        if len(str(p.get("text") or "")) > 200:
            raise _BadRequest("MESSAGE_TOO_LONG")
        return True

    def _m_sendchataction(self, p: dict[str, Any]) -> bool:
        self._chat_id(p)
        if p.get("action") not in {
            "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
            "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note",
        }:
            raise _BadRequest("wrong parameter action in request")
        return True

    @staticmethod
    def _commands_key(p: dict[str, Any]) -> tuple[str, str]:
        scope = p.get("scope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True), p.get("language_code") or ""

    def _check_scope(self, p: dict[str, Any]) -> None:
        scope = p.get("scope") or {}
        if "chat_id" in scope and scope["chat_id"] not in self.chats:
            raise _BadRequest("chat not found")

    def _m_setmycommands(self, p: dict[str, Any]) -> bool:
        self._check_scope(p)
        commands = p.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise _BadRequest("commands must be a list of at most 100 BotCommand")
        for c in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", c.get("command", "")):
                raise _BadRequest("BOT_COMMAND_INVALID")
            if not 1 <= len(c.get("description", "")) <= 256:
                raise _BadRequest("BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands[self._commands_key(p)] = commands
        return True

    def _m_getmycommands(self, p: dict[str, Any]) -> list[dict[str, Any]]:
        return self.commands.get(self._commands_key(p), [])

    def _m_deletemycommands(self, p: dict[str, Any]) -> bool:
        self.commands.pop(self._commands_key(p), None)
        return True

    def _m_setwebhook(self, p: dict[str, Any]) -> bool:
        self.webhook = {"url": p.get("url") or "", "secret_token": p.get("secret_token")}
        if p.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _m_deletewebhook(self, p: dict[str, Any]) -> bool:
        self.webhook = {"url": ""}
        if p.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _m_getwebhookinfo(self, p: dict[str, Any]) -> dict[str, Any]:
        return {"url": self.webhook.get("url", ""), "has_custom_certificate": False,
                "pending_update_count": len(self._updates)}

    def _m_close(self, p: dict[str, Any]) -> bool:
        return True

    def _m_logout(self, p: dict[str, Any]) -> bool:
        return True


class _BadRequest(Exception):
    pass


def _error(code: int, description: str) -> dict[str, Any]:
    return {"ok": False, "error_code": code, "description": description}


def _decode_param(name: str, raw: str) -> Any:
    if name in _STRING_PARAMS:
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        return raw


class _Handler(tornado.web.RequestHandler):
    """Routes ``/bot<token>/<method>`` to :meth:`FakeBotAPI.handle`."""

    def initialize(self, api: FakeBotAPI) -> None:  # noqa: D401 - tornado hook
        self.api = api

    def check_xsrf_cookie(self) -> None:  # pragma: no cover - not used by tornado for APIs
        return None

    def _params(self) -> dict[str, Any]:
        params: dict[str, Any] = {}
        for name, values in self.request.query_arguments.items():
            params[name] = _decode_param(name, values[-1].decode("utf-8"))
        content_type = self.request.headers.get("Content-Type", "")
        if content_type.startswith("application/json") and self.request.body:
            params.update(json.loads(self.request.body))
        else:
            for name, values in self.request.body_arguments.items():
                params[name] = _decode_param(name, values[-1].decode("utf-8"))
        return params

    async def post(self, token: str, method: str) -> None:
        """Answer a Bot API call."""
        status, body = await self.api.handle(token, method, self._params())
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        try:
            self.finish(json.dumps(body))
        except tornado.iostream.StreamClosedError:  # the client gave up (e.g. a cancelled long poll)
            pass

    get = post
