"""Measuring answer quality: ``egov-bot eval SET``.

Two kinds of evaluation set:

* **JSON Lines** in the format of DESIGN.md ("Testing"): one question per line with
  ``lang``, ``kind`` (fact | why | unanswerable | claim), ``must_mention`` and
  ``support_quote``. The *gold passage* is the passage containing any support quote
  (whitespace-insensitive). Questions are asked against the engine given: the
  product's index, or, for a set that comes with its own documents
  (``tests/eval/corpora/``), a temporary index of those folders (:func:`corpus_index`,
  cached by their contents and the model under ``var/eval-cache``).
* **SQuAD 2.0** JSON (``../shared/data/idk_mrc/*.json``): every ``context`` becomes a
  document of a temporary index (cached per set and model under ``var/eval-cache``),
  and every question is asked against the whole pool; the gold passage is any passage
  of the question's context.

Metrics (answerable questions unless said otherwise):

* ``recall@k``: share whose gold passage is among the first k hits (k = 1, 3, 5).
* ``mrr``: mean of 1/rank of the first gold hit (0 when not in the top ``top_k``).
* ``answer_accuracy``: share whose reply satisfies every ``must_mention`` item
  (:func:`bot.figures.mentions`: case-insensitive, number formats normalised);
  for SQuAD sets ``answer_in_reply``: share whose reply contains a gold answer text.
* ``declined_unanswerable``: share of unanswerable questions the engine declined.
* ``declined_answerable``: share of answerable questions wrongly declined.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import shutil
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from bot.render import render_text

_WS = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _WS.sub(" ", text).strip().lower()


def mentions(reply: str, item: str) -> bool:
    """Whether one alternative of ``item`` (``a|b|c``) occurs in ``reply``.

    Case-insensitive; numbers are compared by value in either language's format
    (see :func:`bot.figures.mentions`).
    """
    from bot.figures import mentions as figure_mentions

    return any(figure_mentions(reply, alt.strip()) for alt in item.split("|") if alt.strip())


@dataclass
class Record:
    """One question's outcome.

    Attributes:
        qid, lang, kind: from the set.
        answerable: whether the set says the corpus answers it.
        gold_rank: 1-based rank of the first gold hit, or ``None``.
        declined: whether the engine declined.
        correct: answer satisfied ``must_mention`` / contains a gold answer (answerable only).
        confidence: the engine's confidence score.
    """

    qid: str
    lang: str
    kind: str
    answerable: bool
    gold_rank: int | None
    declined: bool
    correct: bool | None
    confidence: float


@dataclass
class Report:
    """Records and summary metrics of one evaluation run."""

    name: str
    records: list[Record] = field(default_factory=list)

    def summary(self, lang: str | None = None) -> dict:
        """Metrics (see module docstring) over all records, or one language's."""
        recs = [r for r in self.records if lang is None or r.lang == lang]
        ans = [r for r in recs if r.answerable]
        una = [r for r in recs if not r.answerable]
        with_gold = [r for r in ans if r.correct is not None]

        def share(xs, pred):
            return round(sum(1 for x in xs if pred(x)) / len(xs), 4) if xs else None

        out = {
            "questions": len(recs),
            "answerable": len(ans),
            "unanswerable": len(una),
            "recall@1": share(ans, lambda r: r.gold_rank is not None and r.gold_rank <= 1),
            "recall@3": share(ans, lambda r: r.gold_rank is not None and r.gold_rank <= 3),
            "recall@5": share(ans, lambda r: r.gold_rank is not None and r.gold_rank <= 5),
            "mrr": round(sum(1 / r.gold_rank for r in ans if r.gold_rank) / len(ans), 4) if ans else None,
            "answer_accuracy": share(with_gold, lambda r: r.correct and not r.declined),
            "declined_unanswerable": share(una, lambda r: r.declined),
            "declined_answerable": share(ans, lambda r: r.declined),
        }
        return out

    def to_dict(self) -> dict:
        """All metrics, overall and per language, as JSON-ready data."""
        langs = sorted({r.lang for r in self.records})
        return {
            "set": self.name,
            "overall": self.summary(),
            "by_language": {lang: self.summary(lang) for lang in langs},
        }

    def threshold_curve(self, thresholds: list[float]) -> list[dict]:
        """For each threshold: declined shares if the engine declined below it."""
        ans = [r for r in self.records if r.answerable]
        una = [r for r in self.records if not r.answerable]
        rows = []
        for t in thresholds:
            rows.append({
                "threshold": t,
                "declined_unanswerable": round(sum(r.confidence < t for r in una) / len(una), 4) if una else None,
                "declined_answerable": round(sum(r.confidence < t for r in ans) / len(ans), 4) if ans else None,
            })
        return rows


def load_jsonl(path: Path) -> list[dict]:
    """Read a JSON Lines set.

    Raises:
        ValueError: the file is not UTF-8 text, or a line is not a JSON object with a
            text ``question`` (the message names the line).
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not a UTF-8 text file") from exc
    items = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{n}: not valid JSON: {exc.msg}") from exc
        if not isinstance(item, dict) or not isinstance(item.get("question"), str):
            raise ValueError(f'{path}:{n}: each line must be a JSON object with a "question" text')
        items.append(item)
    return items


def load_squad(path: Path) -> list[dict]:
    """Read and check a SQuAD 2.0-style set (a list of ``{"context", "qas"}``).

    Raises:
        ValueError: not UTF-8 JSON of that shape (the message says what is wrong).
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not a UTF-8 text file") from exc
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not valid JSON: {exc.msg} (line {exc.lineno})") from exc
    if not isinstance(data, list) or not all(
        isinstance(e, dict) and isinstance(e.get("context"), str) and isinstance(e.get("qas"), list) for e in data
    ):
        raise ValueError(f'{path}: expected a SQuAD 2.0 list of {{"context": ..., "qas": [...]}} entries')
    return data


def evaluate_jsonl(engine, items: list[dict], name: str = "set") -> Report:
    """Ask every non-claim question of a JSON Lines set; see the module docstring."""
    report = Report(name)
    for it in items:
        kind = it.get("kind", "fact")
        if kind == "claim":
            continue
        answer = engine.answer(it["question"], lang=None)
        reply = render_text(answer) if answer.answered else ""
        quotes = [_squash(q) for q in it.get("support_quote") or []]
        gold_rank = None
        for h in answer.hits:
            text = _squash(h.passage.text)
            if quotes and any(q in text for q in quotes):
                gold_rank = h.rank
                break
        answerable = kind != "unanswerable"
        must = it.get("must_mention") or []
        correct = all(mentions(reply, m) for m in must) if answerable and must else (None if not answerable else True)
        report.records.append(Record(
            qid=str(it.get("id")), lang=it.get("lang", "und"), kind=kind, answerable=answerable,
            gold_rank=gold_rank, declined=not answer.answered, correct=correct, confidence=answer.confidence,
        ))
    return report


def squad_index(path: Path, embedder, cache_root: Path, progress: bool = False) -> tuple[Path, list[str]]:
    """Build (or reuse) a temporary index of a SQuAD set's contexts.

    Returns:
        ``(index_dir, doc_ids)`` where ``doc_ids[i]`` is the document id of context i.
        The index is cached under ``cache_root`` by the set's sha256 and the model id, so
        a second run embeds nothing.
    """
    from index.build import build_index, model_identity

    raw = Path(path).read_bytes()
    data = load_squad(path)
    key = hashlib.sha256(raw + model_identity(embedder.configured).encode()).hexdigest()[:16]
    root = Path(cache_root) / f"{Path(path).stem}-{key}"
    corpus = root / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    doc_ids = []
    for i, entry in enumerate(data):
        body = entry["context"].strip().encode("utf-8")
        f = corpus / f"ctx-{i:05d}.txt"
        if not f.exists() or f.read_bytes() != body:
            f.write_bytes(body)
        doc_ids.append(hashlib.sha256(body).hexdigest()[:16])
    manifest = "".join(f'["ctx-{i:05d}.txt"]\nkind = "dataset"\nlanguage = "id"\n\n' for i in range(len(data)))
    mpath = corpus / "manifest.toml"
    if not mpath.exists() or mpath.read_text(encoding="utf-8") != manifest:
        mpath.write_text(manifest, encoding="utf-8")
    build_index(corpus, root / "index", embedder, progress=progress)
    return root / "index", doc_ids


def squad_engine(path: Path, embedder, cache_root: Path, top_k: int = 5, progress: bool = False):
    """An answering engine over a SQuAD set's evaluation index (:func:`squad_index`),
    loaded and ready; Indonesian is the reply language when a question has no cues.

    Returns:
        ``(engine, doc_ids)`` with ``doc_ids`` as :func:`squad_index` gives them.
    """
    from bot.engine import Engine

    index_dir, doc_ids = squad_index(path, embedder, cache_root, progress=progress)
    engine = Engine(embedder, index_dir, top_k=top_k, default_language="id")
    engine.warm_up()
    return engine, doc_ids


def _toml_value(value) -> str:
    """One metadata value written as TOML (strings as JSON writes them: a TOML basic string)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return json.dumps(str(value), ensure_ascii=False)


def corpus_index(folders: list[Path], embedder, cache_root: Path, progress: bool = False, on_problem=None) -> Path:
    """Build (or reuse) a temporary index of the documents of several corpus folders.

    Every folder's documents keep their path relative to their folder, and their
    ``manifest.toml`` entries are merged into one manifest (sidecars travel with their
    documents). Used to evaluate a set against the documents it was written for, with the
    product's corpus beside them (``egov-bot eval SET --corpus DIR --corpus corpus``),
    never touching the product's index.

    ``on_problem``, when given, is called with each line of the build's report that says
    something went wrong (a document that could not be read, a metadata error, a
    warning), as ``build_index.py`` prints them: an evaluation over a broken document
    says so.

    Returns:
        The index folder, cached under ``cache_root`` by the folders' file names and
        bytes and the model id: a second run embeds nothing.

    Raises:
        ValueError: no folder given, two folders hold a file of the same relative path, a
            manifest is not valid TOML (the message names the file), or no document could
            be indexed.
        FileNotFoundError: a folder does not exist.
    """
    from index.build import NothingToBuildError, build_index, model_identity
    from index.corpus import MANIFEST

    if not folders:
        raise ValueError("no corpus folder given")
    files: dict[str, Path] = {}
    manifest: dict[str, dict] = {}
    digest = hashlib.sha256(model_identity(embedder.configured).encode())
    for folder in dict.fromkeys(Path(f).resolve() for f in folders):  # a folder given twice counts once
        if not folder.is_dir():
            raise FileNotFoundError(f"corpus folder not found: {folder}")
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            rel = path.relative_to(folder).as_posix()
            if rel == MANIFEST:
                try:
                    entries = tomllib.loads(path.read_text(encoding="utf-8"))
                except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                    raise ValueError(f"{path}: not valid TOML: {exc}") from exc
                manifest.update(entries)
            elif rel in files:
                raise ValueError(f"two corpus folders hold {rel}: {files[rel]} and {path}")
            else:
                files[rel] = path
            digest.update(rel.encode() + b"\0" + path.read_bytes())
    root = Path(cache_root) / f"corpora-{digest.hexdigest()[:16]}"
    corpus = root / "corpus"
    if not (corpus / MANIFEST).is_file():
        if corpus.exists():
            shutil.rmtree(corpus)
        corpus.mkdir(parents=True)
        for rel, path in files.items():
            (corpus / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, corpus / rel)
        lines = [
            f"[{json.dumps(rel, ensure_ascii=False)}]\n"
            + "".join(f"{k} = {_toml_value(v)}\n" for k, v in table.items() if not isinstance(v, dict))
            for rel, table in manifest.items()
            if isinstance(table, dict)
        ]
        (corpus / MANIFEST).write_text("\n".join(lines), encoding="utf-8")
    try:
        report = build_index(corpus, root / "index", embedder, progress=progress)
    except NothingToBuildError as exc:
        raise ValueError(f"no document could be indexed from {', '.join(map(str, folders))}") from exc
    if on_problem is not None:
        for line in (*report.failed, *report.metadata_errors, *report.warnings):
            on_problem(line)
    return root / "index"


def corpus_engine(
    folders: list[Path], embedder, cache_root: Path, top_k: int = 5, default_language: str = "en",
    progress: bool = False, on_problem=None,
):
    """An answering engine over :func:`corpus_index`'s index of ``folders``, loaded and ready."""
    from bot.engine import Engine

    index_dir = corpus_index(folders, embedder, cache_root, progress=progress, on_problem=on_problem)
    engine = Engine(embedder, index_dir, top_k=top_k, default_language=default_language)
    engine.warm_up()
    return engine


def evaluate_squad(engine, path: Path, doc_ids: list[str], limit: int | None = None, name: str | None = None) -> Report:
    """Ask every question of a SQuAD set against an engine over :func:`squad_index`'s index.

    ``limit`` keeps only the first ``limit`` questions (a fixed sample, for CI).
    """
    data = load_squad(path)
    report = Report(name or Path(path).name)
    n = 0
    for i, entry in enumerate(data):
        for qa in entry["qas"]:
            if limit is not None and n >= limit:
                return report
            n += 1
            answer = engine.answer(qa["question"], lang="id")
            reply = render_text(answer).lower() if answer.answered else ""
            gold_rank = next((h.rank for h in answer.hits if h.passage.doc_id == doc_ids[i]), None)
            answerable = not qa.get("is_impossible", False)
            correct = any(a["text"].lower() in reply for a in qa["answers"]) if answerable else None
            report.records.append(Record(
                qid=qa["id"], lang="id", kind="unanswerable" if not answerable else "fact",
                answerable=answerable, gold_rank=gold_rank, declined=not answer.answered, correct=correct,
                confidence=answer.confidence,
            ))
    return report


def format_table(report: Report) -> str:
    """The report as a plain-text table (overall and per language)."""
    cols = ["questions", "recall@1", "recall@3", "recall@5", "mrr", "answer_accuracy",
            "declined_unanswerable", "declined_answerable"]
    d = report.to_dict()
    rows = [("all", d["overall"])] + list(d["by_language"].items())
    head = f"{'set/lang':14}" + "".join(f"{c:>22}" for c in cols)
    lines = [f"evaluation: {report.name}", head]
    for label, m in rows:
        cells = "".join(f"{('-' if m[c] is None else m[c]):>22}" for c in cols)
        lines.append(f"{label:14}{cells}")
    return "\n".join(lines)


# -- fact-check claims (kind "claim"): verdict accuracy ------------------------------------

#: ``claim_verdict`` (DESIGN.md "Testing") when a claim has no ``expected_verdict``.
_CLAIM_VERDICT = {"true": "supported", "false": "contradicted"}


def expected_verdict(item: dict) -> str | None:
    """A claim's expected verdict: ``expected_verdict``, else ``claim_verdict`` true/false
    as supported/contradicted, else ``None`` (the claim is not scored)."""
    v = item.get("expected_verdict")
    if v:
        return str(v)
    return _CLAIM_VERDICT.get(str(item.get("claim_verdict")).lower())


@dataclass
class ClaimRecord:
    """One claim's outcome: expected and given verdict, flagged source inconsistencies."""

    qid: str
    lang: str
    expected: str
    verdict: str
    inconsistencies: int
    seconds: float

    @property
    def correct(self) -> bool:
        return self.verdict == self.expected


@dataclass
class ClaimReport:
    """Verdict accuracy of the fact-checker on the claims of a set."""

    name: str
    records: list[ClaimRecord] = field(default_factory=list)

    def accuracy(self, lang: str | None = None, expected: str | None = None) -> float | None:
        """Share of claims given their expected verdict (optionally of one language / verdict)."""
        recs = [r for r in self.records if (lang is None or r.lang == lang) and (expected is None or r.expected == expected)]
        return round(sum(r.correct for r in recs) / len(recs), 4) if recs else None

    def to_dict(self) -> dict:
        """Accuracy overall, per language and per expected verdict, the confusion counts and the misses."""
        langs = sorted({r.lang for r in self.records})
        verdicts = sorted({r.expected for r in self.records})
        confusion: dict[str, dict[str, int]] = {}
        for r in self.records:
            row = confusion.setdefault(r.expected, {})
            row[r.verdict] = row.get(r.verdict, 0) + 1
        return {
            "set": self.name,
            "claims": len(self.records),
            "verdict_accuracy": self.accuracy(),
            "by_language": {lang: {"claims": sum(r.lang == lang for r in self.records), "verdict_accuracy": self.accuracy(lang=lang)}
                            for lang in langs},
            "by_expected_verdict": {v: {"claims": sum(r.expected == v for r in self.records),
                                        "verdict_accuracy": self.accuracy(expected=v)} for v in verdicts},
            "confusion": confusion,
            "wrong": [{"id": r.qid, "expected": r.expected, "verdict": r.verdict} for r in self.records if not r.correct],
            "mean_seconds": round(sum(r.seconds for r in self.records) / len(self.records), 4) if self.records else None,
        }


def evaluate_claims(engine, items: list[dict], name: str = "set") -> ClaimReport:
    """Check every claim (``kind: claim`` with an expected verdict) of a JSON Lines set."""
    import time

    from bot.factcheck import check_claim

    report = ClaimReport(name)
    for it in items:
        if it.get("kind") != "claim":
            continue
        expected = expected_verdict(it)
        if expected is None:
            continue
        t0 = time.perf_counter()
        verdict = check_claim(engine, it["question"])
        report.records.append(ClaimRecord(
            qid=str(it.get("id")), lang=it.get("lang", "und"), expected=expected, verdict=verdict.verdict,
            inconsistencies=len(verdict.source_inconsistencies), seconds=time.perf_counter() - t0,
        ))
    return report


def format_claims_table(report: ClaimReport) -> str:
    """Claim verdict accuracy as a plain-text table (overall, per language, per expected verdict)."""
    d = report.to_dict()
    lines = [f"fact-check: {report.name}", f"{'claims':24}{'n':>6}{'verdict_accuracy':>20}"]

    def row(label: str, n: int, acc) -> str:
        return f"{label:24}{n:>6}{('-' if acc is None else acc):>20}"

    lines.append(row("all", d["claims"], d["verdict_accuracy"]))
    for lang, m in d["by_language"].items():
        lines.append(row(f"lang {lang}", m["claims"], m["verdict_accuracy"]))
    for v, m in d["by_expected_verdict"].items():
        lines.append(row(f"expected {v}", m["claims"], m["verdict_accuracy"]))
    for w in d["wrong"]:
        lines.append(f"  wrong: {w['id']} expected {w['expected']}, got {w['verdict']}")
    return "\n".join(lines)
