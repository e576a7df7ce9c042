"""The Telegram face of the bot: thin handlers over the engine (python-telegram-bot v22).

Handlers only translate: they take the text out of an update, ask the engine off the event
loop, and send what :func:`bot.render.render_html` made of the answer. All wiring is in
:func:`build_application`; :func:`run_polling` is what ``egov-bot serve`` runs.

Example (what the tests do, against a fake Bot API server)::

    app = build_application(load_settings(telegram_base_url="http://127.0.0.1:8081/bot"), engine)
    await start_polling(app, timeout=1)
    ...
    await stop_polling(app)

Privacy: message texts are never logged and user ids are logged only as keyed hashes; the
``httpx`` logger is quieted because its request lines carry the bot token in the URL.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import html
import logging
import signal
from typing import TYPE_CHECKING, Any

from telegram import LinkPreviewOptions, ReplyParameters, Update
from telegram.constants import ChatAction, ParseMode
from telegram.error import Conflict, InvalidToken, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.i18n import detect_language, t
from bot.render import render_html

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger(__name__)

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
TYPING_EVERY_S = 4.5  # Telegram shows "typing" for 5 s or until the next message
CONCURRENT_UPDATES = 16  # updates handled at once; engine calls share the default thread pool
RATE_LIMIT_RETRIES = 3  # AIORateLimiter retries after Telegram's RetryAfter (429)


# -- helpers -------------------------------------------------------------------------------


def user_language(update: Update) -> str:
    """``"id"`` when the user's Telegram language starts with ``id``, else ``"en"``."""
    user = update.effective_user
    code = (user.language_code or "") if user else ""
    return "id" if code.lower().startswith("id") else "en"


def ui_text(key: str, lang: str, **kwargs: object) -> str:
    """The i18n message ``key`` (plain text) escaped for ``parse_mode=HTML``."""
    return html.escape(t(key, lang, **kwargs), quote=False)


def hash_id(value: int | None, key: bytes) -> str:
    """A short keyed hash of a Telegram id for logs (stable per deployment, not reversible)."""
    if value is None:
        return "-"
    return hmac.new(key, str(value).encode(), hashlib.sha256).hexdigest()[:12]


def _log_context(update: object, key: bytes) -> dict[str, Any]:
    """What an error log may say about an update: ids (users hashed) and kinds, never text."""
    if not isinstance(update, Update):
        return {"update": type(update).__name__ if update is not None else None}
    chat, user, message = update.effective_chat, update.effective_user, update.effective_message
    return {
        "update_id": update.update_id,
        "chat_type": chat.type if chat else None,
        "chat": hash_id(chat.id, key) if chat else "-",
        "user": hash_id(user.id if user else None, key),
        "message_id": message.message_id if message else None,
        "is_command": bool(message and message.text and message.text.startswith("/")),
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


async def _reply_html(update: Update, text: str) -> None:
    """Sends ``text`` (Telegram HTML) as a reply to the update's message, without link previews."""
    message = update.effective_message
    assert message is not None
    await message.reply_text(
        text,
        parse_mode=ParseMode.HTML,
        link_preview_options=NO_PREVIEW,
        reply_parameters=ReplyParameters(message_id=message.message_id, allow_sending_without_reply=True),
    )


# -- handlers ------------------------------------------------------------------------------


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greets the user and says what the bot does, in the user's language."""
    await _reply_html(update, ui_text("start", user_language(update)))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explains how to ask and what the answers look like, in the user's language."""
    await _reply_html(update, ui_text("help", user_language(update)))


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answers a question with cited quotes from the corpus, in the question's language."""
    message = update.effective_message
    assert message is not None and message.text is not None
    engine = context.bot_data["engine"]
    done = asyncio.Event()
    typing = asyncio.create_task(_keep_typing(context, message.chat_id, done))
    try:
        answer = await asyncio.to_thread(engine.answer, message.text)
    finally:
        done.set()
        await typing
    for part in render_html(answer):
        await _reply_html(update, part)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Logs the error with context (no message text, hashed ids) and tells the user politely."""
    key = context.bot_data.get("log_key", b"")
    log.error("error while handling an update %s", _log_context(update, key), exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    message = update.effective_message
    lang = detect_language(message.text) if message and message.text else user_language(update)
    try:
        await context.bot.send_message(chat_id=update.effective_chat.id, text=ui_text("error", lang), parse_mode=ParseMode.HTML)
    except TelegramError as exc:
        log.warning("could not tell the user about the error: %s", type(exc).__name__)


# -- wiring --------------------------------------------------------------------------------


def quiet_loggers() -> None:
    """Keeps the bot token out of logs: ``httpx``/``httpcore`` log request URLs (with the token)."""
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)


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


def build_application(settings: Settings, engine: Any) -> Application:
    """Builds the Telegram application around one shared ``engine`` (nothing is sent yet).

    Args:
        settings: needs ``telegram_bot_token`` (``SecretStr``), ``telegram_base_url`` and
            ``telegram_base_file_url`` (a self-hosted Bot API server, or the tests' fake).
        engine: has ``answer(question: str, lang: str | None = None) -> Answer`` (blocking;
            called in a worker thread).

    Raises:
        ValueError: no bot token in the settings.
    """
    if settings.telegram_bot_token is None:
        raise ValueError("no Telegram bot token: set TELEGRAM_BOT_TOKEN (from @BotFather)")
    token = settings.telegram_bot_token.get_secret_value()
    quiet_loggers()
    app = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.telegram_base_url)
        .base_file_url(settings.telegram_base_file_url)
        .rate_limiter(AIORateLimiter(max_retries=RATE_LIMIT_RETRIES))
        .concurrent_updates(CONCURRENT_UPDATES)
        .build()
    )
    app.bot_data["engine"] = engine
    app.bot_data["log_key"] = hashlib.sha256(b"egov-bot log key:" + token.encode()).digest()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("help", help_command))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, ask))
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
    """Stops polling and the application, and releases its connections."""
    if app.updater is not None and app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
    await app.shutdown()


async def _serve(app: Application) -> None:
    stop = asyncio.Event()
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


def run_polling(settings: Settings) -> None:
    """Runs the bot with long polling until Ctrl+C or SIGTERM (``egov-bot serve``)."""
    if settings.telegram_bot_token is None:
        raise SystemExit("TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather, or use `egov-bot chat`.")
    redact = RedactFilter(settings.telegram_bot_token.get_secret_value())
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in root.handlers:
        handler.addFilter(redact)
    from bot.engine import Engine  # the engine loads the model: only when serving

    engine = Engine.from_settings(settings)
    app = build_application(settings, engine)
    try:
        asyncio.run(_serve(app))
    except InvalidToken:
        raise SystemExit("Telegram rejected the bot token: check TELEGRAM_BOT_TOKEN.") from None
