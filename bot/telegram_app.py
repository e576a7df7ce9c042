"""The Telegram face of the bot: thin handlers over the engine (python-telegram-bot v22).

Handlers only translate: they take the text out of an update, ask the engine off the event
loop, and send what :func:`bot.render.render_html` made of the answer. All wiring is in
:func:`build_application`; :func:`serve` is what ``egov-bot serve`` runs (long polling by
default, or a webhook with a secret token and a health endpoint).

Example (what the tests do, against a fake Bot API server)::

    app = build_application(settings, engine)      # settings.telegram_base_url -> the server
    await start_polling(app, timeout=1)
    ...
    await stop_polling(app)

Behaviour:

- Commands (help texts in Indonesian and English, registered with ``setMyCommands`` for
  both): ``/start``, ``/help``, ``/check CLAIM`` and ``/cek CLAIM`` (fact-check a claim:
  :func:`bot.factcheck.check_claim`), ``/lang id|en`` (remembered per user),
  ``/sources``, ``/about``; for admins ``/reload`` and ``/stats`` (refused for everyone
  else).
- A question gets the engine's answer with buttons: Sources (full citations and quotes),
  More (the other passages found), and helpful / not helpful (stored once per user).
  Buttons keep working after a restart (answers are kept in :class:`bot.botstore.BotStore`)
  and say politely that they expired when the answer is unknown.
- Group chats: the bot answers commands, replies to its own messages and messages that
  mention its @username, and ignores other chatter. With privacy mode on (Telegram's
  default for bots), Telegram delivers only commands, replies to the bot and mentions
  anyway; with privacy mode off, the same rules keep the bot quiet.
- Stickers, photos, voice, documents, locations, edits, empty and very long messages get
  a short polite reply in the user's language.
- Limits: Telegram's flood limits via ``AIORateLimiter`` (``RetryAfter`` honoured), network
  errors and Telegram 5xx retried with backoff, a per-user question quota, optional
  allow-lists of users and chats, admin ids for admin commands.
- If Telegram rejects a message's HTML entities, it is resent as plain text.

Privacy: message texts are never logged and user and chat ids are logged only as keyed
hashes; the ``httpx`` logger is quieted because its request lines carry the bot token.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import dataclasses
import hashlib
import hmac
import html
import json
import logging
import re
import secrets
import signal
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import tornado.httpserver
import tornado.netutil
import tornado.web
from telegram import (
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatAction, ChatType, MessageEntityType, ParseMode
from telegram.error import BadRequest, Conflict, InvalidToken, NetworkError, TelegramError, TimedOut
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.botstore import BotStore, StoredAnswer, default_path
from bot.chatwords import has_words
from bot.i18n import detect_language, t
from bot.render import citation_label, render_html, render_verdict_html, split_html_pieces

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger(__name__)

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
TYPING_EVERY_S = 4.5  # Telegram shows "typing" for 5 s or until the next message
CONCURRENT_UPDATES = 64  # updates handled at once; engine calls share the default thread pool
#: Longer messages get a polite "too long" (the engine would cut them and answer a fragment);
#: :data:`bot.engine.MAX_QUESTION_CHARS`, written here so that this module does not import
#: the engine before serving (a test asserts they agree), as ``ask`` and ``chat`` refuse.
MAX_QUESTION_CHARS = 1000
#: Passage text shown per passage under "More" (cut at a word, marked with "…").
MORE_PASSAGE_CHARS = 700
#: Endpoints that are safe to repeat after a timeout (a repeated send could duplicate a message).
_REPEATABLE = {"getMe", "sendChatAction", "setMyCommands", "deleteWebhook", "setWebhook", "getMyCommands",
               "answerCallbackQuery", "editMessageText", "editMessageReplyMarkup"}


@dataclass(frozen=True)
class TelegramOptions:
    """How the Telegram face runs; :meth:`from_settings` reads them from the settings.

    Attributes:
        questions_per_minute: per-user question quota (0: unlimited).
        refuse_strangers: with allow-lists set, a stranger in a private chat gets a polite
            refusal (``True``) or silence (``False``); strangers in groups always get silence.
        db_path: the bot's SQLite database (``None``: :func:`bot.botstore.default_path`).
        mode: ``"polling"`` or ``"webhook"``.
        webhook_url: public HTTPS URL Telegram posts updates to (webhook mode).
        webhook_listen, webhook_port: where the local webhook server listens.
        webhook_path: the path of ``webhook_url`` the server answers on.
        webhook_secret: secret token Telegram sends in ``X-Telegram-Bot-Api-Secret-Token``.
        health_path: ``GET`` returns 200 and the index version (webhook mode).
        network_retries: retries of a Bot API call after a network error or Telegram 5xx.
        retry_backoff_s: first retry delay (doubles per retry).
        rate_limit_retries: retries after Telegram's ``RetryAfter`` (429).
        log_texts: let python-telegram-bot's DEBUG logs show updates and requests (with
            message texts); off by default, as officials' questions may be sensitive.
    """

    questions_per_minute: int = 10
    refuse_strangers: bool = True
    db_path: Path | None = None
    mode: str = "polling"
    webhook_url: str | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_path: str = "/telegram"
    webhook_secret: str | None = None
    health_path: str = "/healthz"
    network_retries: int = 3
    retry_backoff_s: float = 0.5
    rate_limit_retries: int = 3
    log_texts: bool = False

    @classmethod
    def from_settings(cls, settings: Any, **overrides: Any) -> "TelegramOptions":
        """Options from ``settings.telegram_<name>`` (and ``settings.bot_db``) where present."""
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            name = "bot_db" if f.name == "db_path" else f"telegram_{f.name}"
            value = getattr(settings, name, None)
            if hasattr(value, "get_secret_value"):
                value = value.get_secret_value()
            if value is not None:
                values[f.name] = value
        values.update(overrides)
        options = cls(**values)
        if options.mode not in ("polling", "webhook"):
            raise ValueError(f"telegram mode must be 'polling' or 'webhook', got {options.mode!r}")
        return options


class Quota:
    """At most ``limit`` questions per ``period`` seconds per user (sliding window, in memory).

    ``limit`` 0 means unlimited. :meth:`warn` is true once per window, so a user who keeps
    sending gets one "slow down" reply, not one per message.
    """

    def __init__(self, limit: int, period: float = 60.0, clock: Any = time.monotonic) -> None:
        self.limit = limit
        self.period = period
        self.clock = clock
        self._seen: dict[int, collections.deque[float]] = {}
        self._warned: dict[int, float] = {}

    def allow(self, key: int) -> bool:
        """Count one question for ``key``; false when over the quota (not counted)."""
        if self.limit <= 0:
            return True
        now = self.clock()
        seen = self._seen.setdefault(key, collections.deque())
        while seen and seen[0] <= now - self.period:
            seen.popleft()
        if len(seen) >= self.limit:
            return False
        seen.append(now)
        return True

    def warn(self, key: int) -> bool:
        """Whether to tell ``key`` to slow down now (once per window)."""
        now = self.clock()
        if now - self._warned.get(key, -self.period) < self.period:
            return False
        self._warned[key] = now
        return True


class RetryingRateLimiter(AIORateLimiter):
    """``AIORateLimiter`` (Telegram's flood limits, ``RetryAfter``) that also retries
    network errors and Telegram 5xx with exponential backoff.

    ``BadRequest`` is never retried (the request itself is wrong); a timeout is retried
    only for calls that are safe to repeat (a repeated ``sendMessage`` could arrive twice).
    """

    def __init__(self, network_retries: int = 3, backoff_s: float = 0.5, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.network_retries = network_retries
        self.backoff_s = backoff_s

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):  # type: ignore[no-untyped-def]
        delay = self.backoff_s
        for attempt in range(self.network_retries + 1):
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except BadRequest:
                raise
            except TimedOut:
                if endpoint not in _REPEATABLE or attempt == self.network_retries:
                    raise
                reason = "timed out"
            except NetworkError as exc:
                if attempt == self.network_retries:
                    raise
                reason = type(exc).__name__
            log.warning("Bot API %s failed (%s); retry %d of %d in %.1f s", endpoint, reason, attempt + 1,
                        self.network_retries, delay)
            await asyncio.sleep(delay)
            delay *= 2
        raise AssertionError("unreachable")  # pragma: no cover


# -- helpers -------------------------------------------------------------------------------


def user_language(update: Update) -> str:
    """``"id"`` when the user's Telegram language starts with ``id``, else ``"en"``."""
    user = update.effective_user
    code = (user.language_code or "") if user else ""
    return "id" if code.lower().startswith("id") else "en"


def ui_language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """The language for the bot's own words: the user's ``/lang`` choice, else Telegram's."""
    user = update.effective_user
    chosen = _store(context).language(user.id) if user else None
    return chosen or user_language(update)


def ui_text(key: str, lang: str, **kwargs: object) -> str:
    """The i18n message ``key`` (plain text) escaped for ``parse_mode=HTML``."""
    return html.escape(t(key, lang, **kwargs), quote=False)


def hash_id(value: int | None, key: bytes) -> str:
    """A short keyed hash of a Telegram id for logs (stable per deployment, not reversible)."""
    if value is None:
        return "-"
    return hmac.new(key, str(value).encode(), hashlib.sha256).hexdigest()[:12]


def html_to_text(text: str) -> str:
    """Telegram HTML made by this bot (escaped text in simple tags) back to plain text."""
    return html.unescape(re.sub(r"<[^>]*>", "", text))


def _store(context: ContextTypes.DEFAULT_TYPE) -> BotStore:
    return context.bot_data["store"]


def _options(context: ContextTypes.DEFAULT_TYPE) -> TelegramOptions:
    return context.bot_data["options"]


def _log_context(update: object, key: bytes) -> dict[str, Any]:
    """What a log line may say about an update: ids (users and chats hashed) and kinds, never text."""
    if not isinstance(update, Update):
        return {"update": type(update).__name__ if update is not None else None}
    chat, user, message = update.effective_chat, update.effective_user, update.effective_message
    return {
        "update_id": update.update_id,
        "chat_type": chat.type if chat else None,
        "chat": hash_id(chat.id, key) if chat else "-",
        "user": hash_id(user.id if user else None, key),
        "message_id": message.message_id if message else None,
        "callback": update.callback_query is not None,
        "text_length": len(message.text) if message and message.text else 0,
    }


async def _keep_typing(context: ContextTypes.DEFAULT_TYPE, chat_id: int, done: asyncio.Event) -> None:
    """Shows "typing" in the chat until ``done`` is set (best effort: errors are ignored)."""
    while not done.is_set():
        try:
            await context.bot.send_chat_action(chat_id=chat_id, action=ChatAction.TYPING)
        except TelegramError as exc:
            log.debug("typing action failed: %s", type(exc).__name__)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(done.wait(), TYPING_EVERY_S)


async def send_html(
    context: ContextTypes.DEFAULT_TYPE,
    chat_id: int,
    text: str,
    reply_to: int | None = None,
    markup: InlineKeyboardMarkup | None = None,
) -> Message:
    """Sends Telegram HTML without link previews; resends as plain text if Telegram rejects the HTML."""
    reply = ReplyParameters(message_id=reply_to, allow_sending_without_reply=True) if reply_to else None
    try:
        return await context.bot.send_message(
            chat_id=chat_id, text=text, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW,
            reply_parameters=reply, reply_markup=markup,
        )
    except BadRequest as exc:
        if "can't parse entities" not in str(exc).lower():
            raise
        log.warning("Telegram rejected a message's HTML (%s); resending it as plain text", exc)
        return await context.bot.send_message(
            chat_id=chat_id, text=html_to_text(text), link_preview_options=NO_PREVIEW,
            reply_parameters=reply, reply_markup=markup,
        )


async def _reply(update: Update, context: ContextTypes.DEFAULT_TYPE, key: str, lang: str | None = None,
                 **kwargs: object) -> None:
    """Replies to the update's message with the i18n message ``key``."""
    message = update.effective_message
    assert message is not None
    lang = lang or ui_language(update, context)
    await send_html(context, message.chat_id, ui_text(key, lang, **kwargs), reply_to=message.message_id)


def _answer_keyboard(answer_id: int, lang: str) -> InlineKeyboardMarkup:
    """Sources / More / helpful / not helpful; callback data like ``f:123:1`` (well under 64 bytes)."""
    return InlineKeyboardMarkup([
        [InlineKeyboardButton(t("btn_sources", lang), callback_data=f"s:{answer_id}"),
         InlineKeyboardButton(t("btn_more", lang), callback_data=f"m:{answer_id}")],
        [InlineKeyboardButton(t("btn_helpful", lang), callback_data=f"f:{answer_id}:1"),
         InlineKeyboardButton(t("btn_not_helpful", lang), callback_data=f"f:{answer_id}:0")],
    ])


def _cut_words(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, marked with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + " …"


def _question_of(message: Message, username: str | None) -> str:
    """The question in a message: its text without mentions of the bot; empty when it has
    no letter or digit ("?", "🤔🙏": answered with the "please type a question" prompt,
    not "I don't know")."""
    text = message.text or ""
    if username:
        text = re.sub(rf"(?<![\w@])@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE)
    return text.strip() if has_words(text) else ""


class _AddressedToBot(filters.MessageFilter):
    """Messages that reply to one of the bot's messages or mention its @username."""

    def filter(self, message: Message) -> bool:
        bot = message.get_bot()
        replied = message.reply_to_message
        if replied is not None and replied.from_user is not None and replied.from_user.id == bot.id:
            return True
        username = (bot.username or "").lower()
        mentions = message.parse_entities([MessageEntityType.MENTION]).values()
        return bool(username) and any(m.lower() == f"@{username}" for m in mentions)


ADDRESSED = _AddressedToBot(name="addressed_to_bot")
FOR_BOT = filters.ChatType.PRIVATE | (filters.ChatType.GROUPS & ADDRESSED)


# -- handlers ------------------------------------------------------------------------------


async def gate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stops updates from users and chats outside the allow-lists (refusing politely in private)."""
    settings = context.bot_data["settings"]
    users, chats = set(settings.allowed_user_ids), set(settings.allowed_chat_ids)
    if not users and not chats:
        return
    user, chat = update.effective_user, update.effective_chat
    uid, cid = (user.id if user else None), (chat.id if chat else None)
    if uid in set(settings.admin_ids) or (users and uid in users) or (chats and cid in chats):
        return
    log.info("refused an update from outside the allow-lists %s", _log_context(update, context.bot_data["log_key"]))
    lang = user_language(update)
    if update.callback_query is not None:
        await update.callback_query.answer(t("not_allowed", lang))
    elif chat is not None and chat.type == ChatType.PRIVATE and _options(context).refuse_strangers:
        await _reply(update, context, "not_allowed", lang)
    raise ApplicationHandlerStop


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greets the user and says what the bot does, in the user's language."""
    await _reply(update, context, "start")


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explains how to ask, the buttons and the commands, in the user's language."""
    await _reply(update, context, "tg_help", username=context.bot.username)


async def about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Says what the bot can and cannot do: answers are quotes from the sources."""
    await _reply(update, context, "about")


async def lang_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Sets the user's reply language (``/lang id`` or ``/lang en``), remembered across restarts."""
    choice = (context.args[0].lower() if context.args else "")[:2]
    user = update.effective_user
    if choice not in ("id", "en") or user is None:
        await _reply(update, context, "lang_usage")
        return
    await asyncio.to_thread(_store(context).set_language, user.id, choice)
    await _reply(update, context, "lang_set", choice)


async def sources_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Lists the documents in the corpus with title, kind and year."""
    lang = ui_language(update, context)
    engine = context.bot_data["engine"]
    documents = await asyncio.to_thread(lambda: engine.version.documents())
    if not documents:
        await _reply(update, context, "sources_empty", lang)
        return
    pieces = [f"<b>{ui_text('sources_header', lang, count=len(documents))}</b>"]
    for d in documents:
        details = ", ".join(str(x) for x in (d.kind, d.year) if x)
        pieces.append(f"• {html.escape(d.title, quote=False)}" + (f" <i>({html.escape(details)})</i>" if details else ""))
    message = update.effective_message
    assert message is not None
    for part in split_html_pieces(pieces):
        await send_html(context, message.chat_id, part, reply_to=message.message_id)


async def reload_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admin: switches to the newest published index version, and says which one serves."""
    engine = context.bot_data["engine"]
    switched = await asyncio.to_thread(engine.maybe_reload, True)
    version = engine.version
    log.info("admin %s reloaded the index: %s (switched: %s)",
             hash_id(update.effective_user.id if update.effective_user else None, context.bot_data["log_key"]),
             version.name, switched)
    await _reply(update, context, "reload_switched" if switched else "reload_same", version=version.name,
                 documents=len(version.documents()), passages=version.n_passages)


async def stats_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admin: questions answered and declined, feedback counts and the index version."""
    stats = await asyncio.to_thread(_store(context).stats)
    version = context.bot_data["engine"].version.name
    await _reply(update, context, "stats", version=version, **dataclasses.asdict(stats))


async def admin_only(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Refuses an admin command to a user who is not an admin."""
    await _reply(update, context, "admin_only")


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Points to /help when a private chat sends a command the bot does not have."""
    await _reply(update, context, "unknown_command")


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Says politely that only text questions are read (stickers, photos, voice, files...)."""
    await _reply(update, context, "not_text")


async def edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Asks the user to send a corrected question as a new message."""
    await _reply(update, context, "edited")


async def _within_quota(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Counts one question against the sender's quota; says "slow down" (once) when over it."""
    message, user = update.effective_message, update.effective_user
    assert message is not None
    quota: Quota = context.bot_data["quota"]
    uid = user.id if user else message.chat_id
    if quota.allow(uid):
        return True
    if quota.warn(uid):
        await _reply(update, context, "slow_down", limit=quota.limit)
    return False


async def _short_enough(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str, chosen: str | None) -> bool:
    """Whether ``text`` fits :data:`MAX_QUESTION_CHARS`; else replies "too long" in its language."""
    if len(text) <= MAX_QUESTION_CHARS:
        return True
    lang = chosen or detect_language(text[:MAX_QUESTION_CHARS])
    await _reply(update, context, "too_long", lang, limit=MAX_QUESTION_CHARS)
    return False


async def _while_typing(context: ContextTypes.DEFAULT_TYPE, chat_id: int, fn: Any, *args: Any) -> Any:
    """Runs blocking ``fn(*args)`` off the event loop while showing "typing" in the chat."""
    done = asyncio.Event()
    typing = asyncio.create_task(_keep_typing(context, chat_id, done))
    try:
        return await asyncio.to_thread(fn, *args)
    finally:
        done.set()
        await typing


#: How long a follow-up ("Dan tahun 2007?") is read against the same person's previous
#: question in the same chat, in seconds; after that it is asked again whole. An hour
#: covers one sitting; the reply says how a follow-up was read ("Read as: ...").
FOLLOWUP_WINDOW_S = 3600.0


def _previous_question(context: ContextTypes.DEFAULT_TYPE, user_id: int | None) -> str | None:
    """The question this person last had answered in this chat, within
    :data:`FOLLOWUP_WINDOW_S` (kept in memory in ``chat_data``, per person: in a group,
    one member's follow-up is not read against another's question)."""
    if context.chat_data is None:
        return None
    last = context.chat_data.get("previous", {}).get(user_id)
    if last is None or time.monotonic() - last[1] > FOLLOWUP_WINDOW_S:
        return None
    return last[0]


def _remember_question(context: ContextTypes.DEFAULT_TYPE, user_id: int | None, answer: Any) -> None:
    """Keep the question ``answer`` answered (as read, for a follow-up) for the next one."""
    if context.chat_data is None or answer.needs_previous or answer.small_talk:
        return  # (a greeting or thanks is nothing to follow up)
    context.chat_data.setdefault("previous", {})[user_id] = (answer.read_as or answer.question, time.monotonic())


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answers a question with cited quotes from the corpus, with Sources / More / feedback buttons."""
    message, user = update.effective_message, update.effective_user
    assert message is not None
    question = _question_of(message, context.bot.username)
    if not await _within_quota(update, context):
        return
    chosen = _store(context).language(user.id) if user else None
    if not question:
        await _reply(update, context, "empty", chosen or user_language(update))
        return
    if not await _short_enough(update, context, question, chosen):
        return
    engine = context.bot_data["engine"]
    previous = _previous_question(context, user.id if user else None)

    def answer_and_record() -> tuple[Any, int | None]:
        answer = engine.answer(question, chosen, previous=previous)
        _remember_question(context, user.id if user else None, answer)
        if answer.needs_previous or answer.small_talk:  # a hint or small talk: no answer to keep, no buttons
            return answer, None
        version = getattr(getattr(engine, "version", None), "name", None)
        return answer, _store(context).record_answer(answer, message.chat_id, user.id if user else None, version)

    answer, answer_id = await _while_typing(context, message.chat_id, answer_and_record)
    parts = render_html(answer)
    if answer_id is None:
        for part in parts:
            await send_html(context, message.chat_id, part, reply_to=message.message_id)
        return
    for i, part in enumerate(parts):
        markup = _answer_keyboard(answer_id, answer.language) if i == len(parts) - 1 else None
        await send_html(context, message.chat_id, part, reply_to=message.message_id, markup=markup)
    log.info("answer %d: lang=%s answered=%s confidence=%.3f parts=%d %s", answer_id, answer.language,
             answer.answered, answer.confidence, len(parts), _log_context(update, context.bot_data["log_key"]))


_COMMAND_PREFIX = re.compile(r"\A\s*/\w+(?:@\w+)?")


def _claim_of(message: Message) -> tuple[str, str]:
    """``(command, claim)`` of a ``/check CLAIM`` or ``/cek CLAIM`` message (the claim as typed)."""
    text = message.text or ""
    m = _COMMAND_PREFIX.match(text)
    command = m.group().strip().lstrip("/").split("@")[0].lower() if m else ""
    return command, (text[m.end():] if m else text).strip()


def _check_claim(engine: Any, claim: str, lang: str | None) -> Any:
    check = getattr(engine, "check", None)
    if check is not None:
        return check(claim, lang)
    from bot.factcheck import check_claim

    return check_claim(engine, claim, lang)


async def check_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Fact-checks a claim (``/check CLAIM``, ``/cek CLAIM``) against the corpus.

    The verdict (supported, contradicted, partly supported, not in my sources), with the
    source's figures and the quoted sentences, in the user's /lang choice or else the
    claim's language. An empty claim gets a usage hint; the question quota applies.
    """
    message, user = update.effective_message, update.effective_user
    assert message is not None
    command, claim = _claim_of(message)
    chosen = _store(context).language(user.id) if user else None
    if not has_words(claim):  # (no letter or digit: "/check 🤔")
        hint_lang = chosen or ("id" if command == "cek" else user_language(update))
        await _reply(update, context, "check_usage", hint_lang)
        return
    if not await _within_quota(update, context) or not await _short_enough(update, context, claim, chosen):
        return
    engine = context.bot_data["engine"]
    verdict = await _while_typing(context, message.chat_id, _check_claim, engine, claim, chosen)
    parts = render_verdict_html(verdict)
    for part in parts:
        await send_html(context, message.chat_id, part, reply_to=message.message_id)
    log.info("check: lang=%s verdict=%s inconsistencies=%d parts=%d %s", verdict.language, verdict.verdict,
             len(verdict.source_inconsistencies), len(parts), _log_context(update, context.bot_data["log_key"]))


async def _stored_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> StoredAnswer | None:
    """The answer a button belongs to; answers the press with "expired" when it is unknown."""
    query = update.callback_query
    assert query is not None and query.data is not None
    stored = await asyncio.to_thread(_store(context).answer, int(query.data.split(":")[1]))
    if stored is None or query.message is None:
        await query.answer(t("expired", ui_language(update, context)), show_alert=True)
        return None
    return stored


async def sources_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Sends the full citations and quotes of an answer ("Sources" pressed)."""
    query = update.callback_query
    stored = await _stored_answer(update, context)
    if stored is None:
        return
    await query.answer()
    lang = stored.lang
    pieces = [f"<b>{ui_text('answer_sources_header', lang)}</b>"]
    for c in stored.citations:
        label = html.escape(citation_label(c, lang), quote=False)
        details = ", ".join(html.escape(x, quote=False) for x in (c.kind, c.url) if x)
        pieces.append(f"<b>{label}</b>" + (f"\n<i>{details}</i>" if details else ""))
        pieces.append(f"<blockquote>{html.escape(c.quote, quote=False)}</blockquote>")
    for part in split_html_pieces(pieces):
        await send_html(context, query.message.chat.id, part, reply_to=query.message.message_id)


async def more_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Sends the other passages found for a question ("More" pressed)."""
    query = update.callback_query
    stored = await _stored_answer(update, context)
    if stored is None:
        return
    lang = stored.lang
    cited = {c.passage_id for c in stored.citations}
    rest = [p for p in stored.passages if p.passage_id not in cited]
    if not rest:
        await query.answer(t("no_more", lang))
        return
    await query.answer()
    pieces = [f"<b>{ui_text('more_header', lang)}</b>"]
    for p in rest:
        where = f"{t('page', lang)} {p.page}" if p.page else f"{t('paragraph', lang)} {p.paragraph}"
        label = f"{p.title}" + (f" ({p.year})" if p.year else "") + f", {where}"
        pieces.append(f"<blockquote>{html.escape(_cut_words(p.text, MORE_PASSAGE_CHARS), quote=False)}</blockquote>")
        pieces.append(f"<i>{html.escape(t('source', lang) + ': ' + label, quote=False)}</i>")
    for part in split_html_pieces(pieces):
        await send_html(context, query.message.chat.id, part, reply_to=query.message.message_id)


async def feedback_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Records a helpful / not helpful vote on an answer, once per user."""
    query = update.callback_query
    assert query is not None and query.data is not None
    _, answer_id, vote = query.data.split(":")
    result = await asyncio.to_thread(_store(context).record_feedback, int(answer_id), query.from_user.id, vote == "1")
    lang = ui_language(update, context)
    if result == "unknown":
        await query.answer(t("expired", lang), show_alert=True)
        return
    await query.answer(t({"new": "feedback_thanks", "changed": "feedback_changed", "same": "feedback_same"}[result], lang))


async def expired_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answers a press on a button this version of the bot does not know."""
    assert update.callback_query is not None
    await update.callback_query.answer(t("expired", ui_language(update, context)), show_alert=True)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Logs the error with context (no message text, hashed ids) and tells the user politely."""
    key = context.bot_data.get("log_key", b"")
    log.error("error while handling an update %s", _log_context(update, key), exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    message = update.effective_message
    lang = detect_language(message.text) if message and message.text else user_language(update)
    try:
        if update.callback_query is not None:
            with contextlib.suppress(TelegramError):
                await update.callback_query.answer()
        await context.bot.send_message(chat_id=update.effective_chat.id, text=ui_text("error", lang),
                                       parse_mode=ParseMode.HTML)
    except TelegramError as exc:
        log.warning("could not tell the user about the error: %s", type(exc).__name__)


# -- wiring --------------------------------------------------------------------------------

PUBLIC_COMMANDS = ("start", "help", "check", "cek", "lang", "sources", "about")
ADMIN_COMMANDS = ("reload", "stats")


async def set_commands(app: Application) -> None:
    """Registers the command menu in English (default) and Indonesian; admins also see theirs."""
    settings = app.bot_data["settings"]
    for lang, code in (("en", None), ("id", "id")):
        public = [BotCommand(c, t(f"cmd_{c}", lang)) for c in PUBLIC_COMMANDS]
        admin = public + [BotCommand(c, t(f"cmd_{c}", lang)) for c in ADMIN_COMMANDS]
        await app.bot.set_my_commands(public, language_code=code)
        for admin_id in settings.admin_ids:
            try:
                await app.bot.set_my_commands(admin, scope=BotCommandScopeChat(admin_id), language_code=code)
            except BadRequest as exc:  # the admin has not started a chat with the bot yet
                log.warning("could not set the admin command menu for %s: %s",
                            hash_id(admin_id, app.bot_data["log_key"]), exc)


async def _post_shutdown(app: Application) -> None:
    app.bot_data["store"].close()


def quiet_loggers(log_texts: bool = False) -> None:
    """Keeps the token (always) and message texts (unless ``log_texts``) out of logs.

    ``httpx``/``httpcore`` log request URLs (with the token); python-telegram-bot logs
    every update and every request's parameters (message texts) at DEBUG.
    """
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
    if not log_texts:
        for name in ("telegram.Bot", "telegram.ext.ExtBot", "telegram.ext.Application"):
            logging.getLogger(name).setLevel(logging.INFO)


class RedactFilter(logging.Filter):
    """Replaces a secret (the bot token) in log records with ``<token>``."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secret and self.secret in record.getMessage():
            record.msg = record.getMessage().replace(self.secret, "<token>")
            record.args = None
        if record.exc_info and record.exc_info[1] is not None and self.secret in str(record.exc_info[1]):
            record.msg = f"{record.msg} ({type(record.exc_info[1]).__name__}, details redacted)"
            record.exc_info = None
            record.exc_text = None
        return True


def build_application(
    settings: Settings,
    engine: Any,
    options: TelegramOptions | None = None,
    store: BotStore | None = None,
) -> Application:
    """Builds the Telegram application around one shared ``engine`` (nothing is sent yet).

    Args:
        settings: needs ``telegram_bot_token`` (``SecretStr``), ``telegram_base_url`` and
            ``telegram_base_file_url`` (a self-hosted Bot API server, or the tests' fake),
            ``admin_ids``, ``allowed_user_ids``, ``allowed_chat_ids``.
        engine: has ``answer(question, lang=None) -> Answer`` (blocking; called in a worker
            thread), ``version`` (``name``, ``documents()``, ``n_passages``) and
            ``maybe_reload(force)``; for ``/check`` ``check(claim, lang=None) -> Verdict``
            (else :func:`bot.factcheck.check_claim` is called on it).
        options: see :class:`TelegramOptions` (default: from ``settings``).
        store: the bot database (default: opened at ``options.db_path``); closed at shutdown.

    Raises:
        ValueError: no bot token in the settings.
    """
    if settings.telegram_bot_token is None:
        raise ValueError("no Telegram bot token: set TELEGRAM_BOT_TOKEN (from @BotFather)")
    token = settings.telegram_bot_token.get_secret_value()
    options = options or TelegramOptions.from_settings(settings)
    quiet_loggers(options.log_texts)
    app = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.telegram_base_url)
        .base_file_url(settings.telegram_base_file_url)
        .rate_limiter(RetryingRateLimiter(options.network_retries, options.retry_backoff_s,
                                          max_retries=options.rate_limit_retries))
        .concurrent_updates(CONCURRENT_UPDATES)
        .post_init(set_commands)
        .post_shutdown(_post_shutdown)
        .build()
    )
    app.bot_data.update(
        engine=engine,
        settings=settings,
        options=options,
        store=store or BotStore(options.db_path or default_path(settings)),
        quota=Quota(options.questions_per_minute),
        log_key=hashlib.sha256(b"egov-bot log key:" + token.encode()).digest(),
    )
    admins = filters.User(user_id=settings.admin_ids)
    message = filters.UpdateType.MESSAGE
    app.add_handler(TypeHandler(Update, gate), group=-1)
    app.add_handlers([
        CommandHandler("start", start),
        CommandHandler("help", help_command),
        CommandHandler("about", about),
        CommandHandler("lang", lang_command),
        CommandHandler("sources", sources_command),
        CommandHandler(["check", "cek"], check_command),
        CommandHandler("reload", reload_command, filters=admins),
        CommandHandler("stats", stats_command, filters=admins),
        CommandHandler(list(ADMIN_COMMANDS), admin_only),
        MessageHandler(filters.UpdateType.EDITED_MESSAGE & FOR_BOT, edited),
        MessageHandler(message & filters.ChatType.PRIVATE & filters.COMMAND, unknown_command),
        MessageHandler(message & FOR_BOT & filters.TEXT & ~filters.COMMAND, ask),
        MessageHandler(message & FOR_BOT & ~filters.TEXT & ~filters.StatusUpdate.ALL, not_text),
        CallbackQueryHandler(sources_button, pattern=r"^s:\d{1,18}$"),
        CallbackQueryHandler(more_button, pattern=r"^m:\d{1,18}$"),
        CallbackQueryHandler(feedback_button, pattern=r"^f:\d{1,18}:[01]$"),
        CallbackQueryHandler(expired_button),
    ])
    app.add_error_handler(on_error)
    return app


def _polling_error(exc: TelegramError) -> None:
    """Reports polling errors; a 409 Conflict means another instance polls with this token."""
    if isinstance(exc, Conflict):
        log.error(
            "Telegram refused to deliver updates (409 Conflict): another process is polling "
            "with this bot token, or a webhook is set. Stop the other instance; retrying."
        )
    else:
        log.warning("polling failed (%s); retrying with backoff", type(exc).__name__)


async def start_polling(app: Application, timeout: float = 10, poll_interval: float = 0.0) -> None:
    """Initialises and starts ``app`` and its long polling (``timeout`` seconds per poll)."""
    await app.initialize()
    if app.post_init:
        await app.post_init(app)
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(
        poll_interval=poll_interval,
        timeout=timeout,
        allowed_updates=Update.ALL_TYPES,
        error_callback=_polling_error,
    )


async def stop_polling(app: Application) -> None:
    """Stops polling and the application, and releases its connections and database."""
    if app.updater is not None and app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
    await app.shutdown()
    if app.post_shutdown:
        await app.post_shutdown(app)


async def _serve(app: Application, stop: asyncio.Event | None = None) -> None:
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):  # not main thread
            loop.add_signal_handler(sig, stop.set)
    try:
        await start_polling(app)
        log.info("polling for updates as @%s; stop with Ctrl+C", app.bot.username)
        await stop.wait()
    finally:
        await stop_polling(app)


def _prepare(settings: Settings) -> Application:
    if settings.telegram_bot_token is None:
        raise SystemExit("TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather, or use `egov-bot chat`.")
    redact = RedactFilter(settings.telegram_bot_token.get_secret_value())
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in root.handlers:
        handler.addFilter(redact)
    from bot.engine import Engine  # the engine loads the model: only when serving

    return build_application(settings, Engine.from_settings(settings))


def run_polling(settings: Settings) -> None:
    """Runs the bot with long polling until Ctrl+C or SIGTERM."""
    app = _prepare(settings)
    try:
        asyncio.run(_serve(app))
    except InvalidToken:
        raise SystemExit("Telegram rejected the bot token: check TELEGRAM_BOT_TOKEN.") from None
    except NetworkError as exc:  # includes TimedOut: Telegram unreachable at start-up
        raise SystemExit(
            f"cannot reach the Telegram Bot API at {settings.telegram_base_url} ({exc.message}); "
            "check the network or EGOV_TELEGRAM_BASE_URL, then start again."
        ) from None


def serve(settings: Settings) -> None:
    """Runs the bot in the configured mode (``egov-bot serve``): long polling or webhook."""
    if TelegramOptions.from_settings(settings).mode == "webhook":
        run_webhook(settings)
    else:
        run_polling(settings)


# -- webhook mode --------------------------------------------------------------------------

_SECRET_RE = re.compile(r"[A-Za-z0-9_-]{1,256}")


class _WebhookHandler(tornado.web.RequestHandler):
    """Receives updates from Telegram (``POST``), checking the secret token header."""

    def initialize(self, app: Application, secret: str) -> None:  # noqa: D401 - tornado hook
        self.app, self.secret = app, secret

    def check_xsrf_cookie(self) -> None:  # pragma: no cover - not a browser form
        return None

    async def post(self) -> None:
        """Queues one update for the application."""
        given = self.request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            log.warning("refused a webhook request without the right secret token")
            self.set_status(403)
            return
        try:
            update = Update.de_json(json.loads(self.request.body), self.app.bot)
        except (ValueError, TypeError, KeyError):
            log.warning("refused a webhook request whose body is not an update")
            self.set_status(400)
            return
        await self.app.update_queue.put(update)
        self.set_status(200)


class _HealthHandler(tornado.web.RequestHandler):
    """``GET``: 200 and the index version while the bot runs, 503 otherwise."""

    def initialize(self, app: Application) -> None:  # noqa: D401 - tornado hook
        self.app = app

    def get(self) -> None:
        """Reports whether the bot runs and which index version answers."""
        try:
            version = self.app.bot_data["engine"].version.name
        except Exception as exc:  # the index could not be opened
            self.set_status(503)
            self.finish({"ok": False, "error": type(exc).__name__})
            return
        ok = self.app.running
        self.set_status(200 if ok else 503)
        self.finish({"ok": ok, "bot": self.app.bot.username, "index_version": version})


@dataclass
class WebhookServer:
    """The running local webhook server (``port`` is the one actually bound)."""

    server: tornado.httpserver.HTTPServer
    port: int


async def start_webhook(app: Application, options: TelegramOptions) -> WebhookServer:
    """Starts ``app``, serves the webhook and health paths, and registers the webhook with Telegram.

    The secret token is ``options.webhook_secret`` or, if unset, a random one for this run
    (the bot registers the webhook itself, so nobody else needs to know it).

    Raises:
        ValueError: no ``webhook_url``, or a secret Telegram would refuse.
    """
    if not options.webhook_url:
        raise ValueError("webhook mode needs a webhook URL (the public HTTPS address Telegram posts to)")
    secret = options.webhook_secret or secrets.token_urlsafe(32)
    if not _SECRET_RE.fullmatch(secret):
        raise ValueError("the webhook secret may only hold A-Z, a-z, 0-9, _ and - (1 to 256 characters)")
    web = tornado.web.Application(
        [
            (re.escape(options.webhook_path), _WebhookHandler, {"app": app, "secret": secret}),
            (re.escape(options.health_path), _HealthHandler, {"app": app}),
        ],
        log_function=lambda handler: None,
    )
    await app.initialize()
    if app.post_init:
        await app.post_init(app)
    await app.start()
    sockets = tornado.netutil.bind_sockets(options.webhook_port, options.webhook_listen)
    server = tornado.httpserver.HTTPServer(web, xheaders=True)
    server.add_sockets(sockets)
    await app.bot.set_webhook(url=options.webhook_url, secret_token=secret, allowed_updates=Update.ALL_TYPES)
    port = sockets[0].getsockname()[1]
    log.info("webhook server on %s:%d (%s, health %s)", options.webhook_listen, port, options.webhook_path,
             options.health_path)
    return WebhookServer(server, port)


async def stop_webhook(app: Application, webhook: WebhookServer) -> None:
    """Stops the local server and the application (the webhook stays set: Telegram keeps updates)."""
    webhook.server.stop()
    await webhook.server.close_all_connections()
    if app.running:
        await app.stop()
    await app.shutdown()
    if app.post_shutdown:
        await app.post_shutdown(app)


async def _serve_webhook(app: Application, options: TelegramOptions, stop: asyncio.Event | None = None) -> None:
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):  # not main thread
            loop.add_signal_handler(sig, stop.set)
    webhook = await start_webhook(app, options)
    try:
        await stop.wait()
    finally:
        await stop_webhook(app, webhook)


def run_webhook(settings: Settings) -> None:
    """Runs the bot behind a webhook (with a secret token and a health path) until Ctrl+C or SIGTERM."""
    app = _prepare(settings)
    try:
        asyncio.run(_serve_webhook(app, app.bot_data["options"]))
    except InvalidToken:
        raise SystemExit("Telegram rejected the bot token: check TELEGRAM_BOT_TOKEN.") from None
