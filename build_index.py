#!/usr/bin/env python
"""Refresh the search index from the corpus folder (the staff's one command)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click


def _fail(code: int, message: str, as_json: bool) -> None:
    """Say why nothing was built (stderr; also ``{"ok": false, "error": ...}`` on stdout
    with ``--json``) and exit with ``code``."""
    click.echo(f"error: {message}", err=True)
    if as_json:
        click.echo(json.dumps({"ok": False, "exit_code": code, "error": message}, ensure_ascii=False, indent=2))
    sys.exit(code)


def _shown(text: str) -> str:
    """``text`` with control characters escaped: a file named "a\\nfailed 0" must not
    print a line of its own in the report."""
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)


def _print_report(report) -> None:
    click.echo(f"index version: {report.version or '(none)'}" + (" (dry run: nothing written)" if report.dry_run else ""))
    if report.full_rebuild:
        click.echo(f"full rebuild: {report.full_rebuild_reason}")
    for label in ("added", "changed", "removed", "unchanged", "renamed", "duplicates", "failed"):
        items = getattr(report, label)
        click.echo(f"  {label:10} {len(items)}")
        if label not in ("unchanged",):
            for item in items:
                n = report.passages_by_document.get(item)
                count = "" if n is None else f" ({n} passage{'' if n == 1 else 's'})"
                click.echo(f"      {_shown(item)}{count}")
    for msg in report.metadata_errors:
        click.echo(f"  metadata error: {_shown(msg)}")
    for msg in report.warnings:
        click.echo(f"  warning: {_shown(msg)}")
    click.echo(
        f"documents: {report.documents}, passages: {report.passages}, embedded now: "
        f"{report.passages_embedded} passages + {report.sentences_embedded} sentences, time: {report.seconds:.1f} s"
    )


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--corpus", "corpus_dir", type=click.Path(path_type=Path), default=None,
              help="Corpus folder [default: EGOV_CORPUS_DIR or ./corpus].")
@click.option("--index", "index_dir", type=click.Path(path_type=Path), default=None,
              help="Index folder [default: EGOV_INDEX_DIR or ./var/index].")
@click.option("--dry-run", is_flag=True, help="Show what would change: new and changed files are read (to report the ones that fail); nothing is embedded or written.")
@click.option("--full", is_flag=True, help="Re-embed every document even if unchanged.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON (for scripts).")
@click.option("--if-missing", is_flag=True, help="Do nothing if an index is already published.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def main(corpus_dir, index_dir, dry_run, full, as_json, if_missing, quiet) -> None:
    """Refresh the index from the corpus folder: safe to re-run, never breaks the running bot.

    Only new and changed documents are read and embedded; removed ones disappear with
    all their passages; a renamed identical file is recognised. The new version is built
    beside the current one and published atomically, so the bot keeps answering from the
    old version until the new one is complete, then switches to it without a restart.
    A changed model or chunker setting rebuilds everything automatically.

    \b
    Corpus layout (see README.md, "Adding documents"):
      corpus/manifest.toml            metadata, one table per file:
                                        ["report-2012.pdf"]
                                        title = "..."  kind = "report"  language = "en"
                                        publisher = "..."  date = "2012-05"  url = "..."
      corpus/report-2012.pdf          .pdf .html .htm .docx .md .txt .csv .xlsx
      corpus/report-2012.pdf.meta.toml   optional sidecar with the same fields

    \b
    Exit codes: 0 ok; 1 a document failed or has invalid metadata (the rest was indexed); 2 nothing could be
    built (also: invalid settings); 3 another build is running; 130 interrupted (Ctrl-C). With --json, a failure
    that builds nothing prints {"ok": false, "exit_code": N, "error": "..."}.

    \b
    Example usage:
      .venv/bin/python build_index.py
      .venv/bin/python build_index.py --dry-run
      .venv/bin/python build_index.py --json > report.json
    """
    from bot.settings import load_settings
    from index.build import BuildLockedError, NothingToBuildError, build_index
    from index.embedding import Embedder
    from index.model import ModelError
    from index.store import current_version_dir

    from pydantic import ValidationError

    from bot.settings import describe_errors

    try:
        settings = load_settings()
    except ValidationError as exc:
        _fail(2, describe_errors(exc), as_json)
    corpus_dir = corpus_dir or settings.corpus_dir
    index_dir = index_dir or settings.index_dir
    if if_missing and current_version_dir(Path(index_dir)) is not None:
        if not as_json:
            click.echo(f"index already built in {index_dir}")
        return
    embedder = Embedder(settings.model, settings.model_cache_dir)
    try:
        report = build_index(
            Path(corpus_dir), Path(index_dir), embedder, dry_run=dry_run, progress=not quiet and not as_json,
            force_full=full,
        )
    except BuildLockedError as exc:
        _fail(3, str(exc), as_json)
    except (NothingToBuildError, FileNotFoundError, NotADirectoryError, ModelError) as exc:
        _fail(2, str(exc), as_json)
    except KeyboardInterrupt:
        _fail(130, "interrupted: the published index was left as it was", as_json)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_report(report)
    sys.exit(0 if report.ok else 1)


if __name__ == "__main__":
    main()
