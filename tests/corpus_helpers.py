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


def answered_with(engine, question: str, *parts: str) -> None:
    """Assert that ``question`` is answered, its first quote (:func:`first_quote`) holding
    every one of ``parts``; the rendered reply is the assertion's message."""
    from bot.render import render_text

    answer = engine.answer(question)
    text = render_text(answer)
    assert answer.answered and all(p in first_quote(text) for p in parts), text


def judged(engine, claim: str, verdict: str, *said: str) -> None:
    """Assert that ``claim`` gets ``verdict`` (:func:`bot.factcheck.check_claim`), its
    rendered reply showing every one of ``said``."""
    from bot.factcheck import check_claim
    from bot.render import render_verdict_text

    v = check_claim(engine, claim)
    text = render_verdict_text(v)
    assert v.verdict == verdict and all(s in text for s in said), text
