"""``egov-bot``: the console faces of the bot (chat, ask) and the Telegram server (serve).

Each command's docstring is its ``--help`` text.
"""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import asdict

import click

from bot.settings import Settings, load_settings


def _settings() -> Settings:
    try:
        return load_settings()
    except Exception as exc:  # pydantic ValidationError: show it as a short message
        raise click.ClickException(f"invalid settings: {exc}") from exc


def _setup_logging(settings: Settings) -> None:
    logging.basicConfig(
        level=getattr(logging, settings.log_level.upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    for noisy in ("httpx", "httpcore", "sentence_transformers", "transformers", "faiss"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def _engine(settings: Settings):
    from bot.engine import Engine
    from index.model import ModelError
    from index.store import IndexError_

    try:
        return Engine.from_settings(settings)
    except (IndexError_, ModelError) as exc:
        raise click.ClickException(str(exc)) from exc


def answer_to_dict(answer) -> dict:
    """An answer as JSON-ready data (``ask --json``): reply, citations, scores, timings."""
    from bot.render import render_text

    return {
        "question": answer.question,
        "language": answer.language,
        "answered": answer.answered,
        "reply": render_text(answer),
        "confidence": round(answer.confidence, 4),
        "citations": [asdict(c) for c in answer.citations],
        "closest": asdict(answer.closest) if answer.closest else None,
        "hits": [
            {
                "rank": h.rank,
                "score": round(h.score, 4),
                "scores": {k: round(v, 4) for k, v in h.scores.items()},
                "passage_id": h.passage.passage_id,
                "doc_id": h.passage.doc_id,
                "title": h.document.title,
                "paragraph": h.passage.paragraph,
                "page": h.passage.page,
            }
            for h in answer.hits
        ],
        "timings_ms": {k: round(v * 1000, 2) for k, v in answer.timings.items()},
    }


@click.group(invoke_without_command=True)
@click.pass_context
def main(ctx: click.Context) -> None:
    """Answer questions about Korea's e-Government from a cited corpus (Indonesian / English).

    With no command: the Telegram bot if TELEGRAM_BOT_TOKEN is set (in the environment
    or .env), else the console chat.

    \b
    Example usage:
      egov-bot ask "Berapa nilai ekspor e-Government Korea pada tahun 2010?"
      egov-bot ask --json "How many smart work centers will Korea build?"
      egov-bot chat
      TELEGRAM_BOT_TOKEN=123:abc egov-bot serve

    Build or refresh the index first with: python build_index.py
    """
    if ctx.invoked_subcommand is None:
        settings = _settings()
        if settings.telegram_bot_token is not None:
            ctx.invoke(serve)
        else:
            ctx.invoke(chat)


@main.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON (citations, scores, timings).")
@click.option("--lang", type=click.Choice(["id", "en"]), default=None, help="Reply language (default: the question's).")
def ask(question: str, as_json: bool, lang: str | None) -> None:
    """Answer one QUESTION and print the cited reply.

    \b
    Example usage:
      egov-bot ask "Berapa nilai ekspor e-Government Korea pada tahun 2010?"
      egov-bot ask --json "What is a smart work center?" | jq .citations
    """
    from bot.render import render_text

    settings = _settings()
    _setup_logging(settings)
    engine = _engine(settings)
    answer = engine.answer(question, lang=lang)
    if as_json:
        click.echo(json.dumps(answer_to_dict(answer), ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(answer))


@main.command()
def chat() -> None:
    """Interactive console chat: type a question, get a cited answer; Ctrl-D or 'exit' quits.

    Reads questions line by line from standard input, so it also answers piped input:
    echo "Berapa nilai ekspor e-Government Korea pada tahun 2010?" | egov-bot chat
    """
    from bot.i18n import t
    from bot.render import render_text

    settings = _settings()
    _setup_logging(settings)
    interactive = sys.stdin.isatty()
    if interactive:
        click.echo("Loading the model and the index...")
    engine = _engine(settings)
    if interactive:
        click.echo(t("start", settings.default_language).split("\n\n/help")[0])
        click.echo("(exit: Ctrl-D or 'exit')\n")
    while True:
        try:
            line = input("> " if interactive else "")
        except (EOFError, KeyboardInterrupt):
            if interactive:
                click.echo()
            break
        question = line.strip()
        if not question:
            continue
        if question.lower() in {"exit", "quit", "keluar", "/exit", "/quit"}:
            break
        if not interactive:
            click.echo(f"> {question}")
        try:
            click.echo(render_text(engine.answer(question)))
        except Exception:  # keep the chat alive; the log has the details
            logging.getLogger(__name__).exception("answering failed")
            click.echo(t("error", settings.default_language))
        click.echo()


@main.command()
def serve() -> None:
    """Run the Telegram bot (long polling). Needs TELEGRAM_BOT_TOKEN.

    The token comes from the environment or a .env file and is never logged. Stop with
    Ctrl-C.
    """
    settings = _settings()
    _setup_logging(settings)
    if settings.telegram_bot_token is None:
        raise click.ClickException(
            "TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather and put it in the environment or .env"
        )
    from bot.telegram_app import run_polling

    run_polling(settings)


if __name__ == "__main__":  # pragma: no cover
    main()
