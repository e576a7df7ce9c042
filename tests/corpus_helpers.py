"""Small corpora written by tests: documents with a manifest, built into a real index."""

from __future__ import annotations

from pathlib import Path


def engine_over(root: Path, files: dict[str, tuple[str, ...]], embedder, kind: str = "report",
                manifest_extra: str = ""):
    """A warmed-up engine over a corpus written from ``files`` (file name -> (text,
    title, language, date[, publisher])) with a manifest, built into ``root / "index"``;
    ``manifest_extra`` is added to the manifest (entries of files already in
    ``root / "corpus"``, such as a PDF a test made)."""
    from bot.engine import Engine
    from index.build import build_index

    corpus = root / "corpus"
    corpus.mkdir(exist_ok=True)
    manifest = []
    for name, (text, title, lang, date, *publisher) in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
        entry = f'["{name}"]\ntitle = "{title}"\nkind = "{kind}"\nlanguage = "{lang}"\ndate = "{date}"\n'
        manifest.append(entry + "".join(f'publisher = "{p}"\n' for p in publisher))
    (corpus / "manifest.toml").write_text("\n".join([*manifest, manifest_extra]), encoding="utf-8")
    build_index(corpus, root / "index", embedder)
    eng = Engine(embedder, root / "index")
    eng.warm_up()
    return eng


def first_quote(text: str) -> str:
    """The first quoted line of a rendered reply (:func:`bot.render.render_text`): the line
    a reader on a phone reads first."""
    return next(line for line in text.splitlines() if line.strip().startswith("“"))
