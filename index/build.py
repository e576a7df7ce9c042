"""Refresh the index from the corpus: incremental by content hash, published atomically.

``build_index(...)`` is what ``python build_index.py`` runs. Per refresh:

1. Take ``build.lock`` (one build at a time; a second gets :class:`BuildLockedError`).
2. Scan the corpus; fingerprint each file = sha256 of its bytes + its metadata.
3. Compare with the published version: a fingerprint already indexed is *unchanged*
   (also when the file was renamed: *renamed*), a known path with a new fingerprint is
   *changed*, a new path is *added*, an indexed path that is gone is *removed*; a file
   whose bytes equal another file's is a *duplicate* and is skipped. If the model, the
   dimension or the chunker settings differ from the published version's, everything is
   re-embedded (*full rebuild*), never mixed.
4. Read, chunk and embed only added and changed documents; vectors of unchanged ones are
   copied from the published version (FAISS ``IndexIDMap2.reconstruct``), keeping their
   passage ids, so a citation never points at other text after a refresh. New passages
   get ids above every id ever used (``next_passage_id`` in the manifest).
   A document that fails to read is reported and skipped; if it was indexed before, its
   previous passages are kept (nothing is lost).
5. Write the new version into ``versions/.tmp-NAME``, fsync, rename to ``versions/NAME``,
   then publish (``CURRENT`` replaced by rename). Every version but the new one and the
   one it replaced is then deleted. A crash or Ctrl-C at any point leaves the published
   version as it was; leftovers of an interrupted build (a ``.tmp-*`` folder, a complete
   but never published version) are removed by the next one.

``dry_run`` only plans: it reads the new and changed files (so one that cannot be read is
reported as failed, as a real build would), and embeds, creates, locks and deletes nothing.

Test hook: with the environment variable ``EGOV_BUILD_PAUSE_AT`` set to a stage name
(see :func:`_pause_point`), the build stops at that stage so a test can kill it there.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import shutil
import sqlite3
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import faiss
import numpy as np
from filelock import FileLock, Timeout

from index.bm25 import BM25Index
from index.chunking import (
    CHUNKER_VERSION, DEFAULT_MAX_CHARS, MAX_SENTENCE_CHARS, canonical_text, chunk_blocks, item_sentences, split_sentences,
)
from index.corpus import CorpusFile, invalid_fields, scan_corpus
from index.embedding import Embedder
from index.language import detect_language
from index.acronyms import ACRONYMS_FILE, defined_acronyms
from index.lexicon import LEXICON_DIR, Lexicon, build_lexicon
from index.readers import READER_VERSION, ReadError, content_matches_suffix, read_document
from index.store import (
    FORMAT_VERSION,
    SCHEMA,
    VERSIONS,
    IndexDamagedError,
    IndexVersion,
    current_version_dir,
    describe_failure,
    fsync_dir,
    fsync_file,
    publish,
    read_manifest,
)
from index.types import Block, Document

#: Versions kept after a refresh: the new one and the one it replaced (a bot that has not
#: switched yet still reads it).
KEEP_VERSIONS = 2


#: Stages where ``EGOV_BUILD_PAUSE_AT`` can stop a build (tests only; see :func:`_pause_point`).
PAUSE_STAGES = ("locked", "embedding", "written", "renamed", "published")


def _pause_point(stage: str, index_dir: Path) -> None:
    """Test hook: stop here when ``EGOV_BUILD_PAUSE_AT`` names ``stage``.

    Writes the marker file ``<index_dir>/.paused-<stage>`` (holding the process id) and
    waits while it exists: a test waits for the marker, then kills the build at exactly
    this stage (SIGKILL) or deletes the marker to let it go on. Stages: ``locked`` (lock
    held, nothing read), ``embedding`` (passages embedded, sentences not yet),
    ``written`` (new version complete in ``versions/.tmp-*``), ``renamed`` (version folder
    in place, not published), ``published`` (``CURRENT`` switched, old versions not yet
    pruned). Without the variable this costs one environment lookup.
    """
    if os.environ.get("EGOV_BUILD_PAUSE_AT") != stage:
        return
    marker = Path(index_dir) / f".paused-{stage}"
    marker.write_text(str(os.getpid()), encoding="utf-8")
    while marker.exists():
        time.sleep(0.02)


class BuildLockedError(RuntimeError):
    """Another build holds the lock on this index folder."""


class NothingToBuildError(RuntimeError):
    """No document could be indexed (empty corpus, or every file failed)."""


@dataclass
class BuildReport:
    """What a refresh did (or, with ``dry_run``, would do).

    Lists hold corpus-relative paths. ``failed`` and ``metadata_errors`` hold
    ``"path: reason"`` messages; ``renamed`` holds ``"old -> new"``; ``duplicates`` holds
    ``"path = same bytes as other"``. ``passages_by_document`` maps each document read
    this time (added or changed) to the passages it was cut into, so staff see at once a
    file that yielded next to nothing (a scanned PDF, a page of navigation). ``seconds`` is
    wall time of the whole refresh.
    """

    version: str | None = None
    previous_version: str | None = None
    full_rebuild: bool = False
    full_rebuild_reason: str | None = None
    dry_run: bool = False
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    renamed: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    metadata_errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    documents: int = 0
    passages: int = 0
    passages_embedded: int = 0
    sentences_embedded: int = 0
    passages_by_document: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when no document failed to read and all metadata was valid."""
        return not self.failed and not self.metadata_errors

    def to_dict(self) -> dict:
        """The report as JSON-ready data (``--json``)."""
        d = asdict(self)
        d["ok"] = self.ok
        return d


@dataclass
class _DocPlan:
    file: CorpusFile
    sha: str
    fingerprint: str
    status: str  # added | changed | unchanged | renamed | kept (bad metadata: previous version kept)
    old_doc_id: str | None = None


@dataclass
class _DocData:
    doc: Document
    text: str
    blocks: list[Block]
    block_spans: list[tuple[int, int]]
    passages: list[dict]  # passage rows (without vectors)
    vectors: np.ndarray  # (n_passages, dim) float32
    sentences: list[tuple[int, int, int]]  # (passage_id, start, end)
    sentence_vectors: np.ndarray  # (n_sentences, dim) float32
    fingerprint: str


def model_identity(configured: str) -> str:
    """The model id recorded in manifests: a resolved path for a local folder, else the id."""
    p = Path(configured).expanduser()
    return str(p.resolve()) if p.is_dir() else configured


def chunker_settings(max_chars: int) -> dict:
    """The chunker and reader settings recorded in the manifest (a change forces a full
    rebuild: :data:`index.chunking.CHUNKER_VERSION`, :data:`index.readers.READER_VERSION`)."""
    return {"version": CHUNKER_VERSION, "max_chars": max_chars, "readers": READER_VERSION}


def _fingerprint(sha: str, meta: dict, invalid: set[str] = frozenset()) -> str:
    """What decides whether a document must be read again: its bytes, its valid metadata
    and the names of its invalid metadata fields (an invalid date leaves the citation
    without a year; removing it lets the file's own date stand in, so it is a change)."""
    if invalid:
        meta = {**meta, "_invalid": sorted(invalid)}
    return hashlib.sha256((sha + json.dumps(meta, sort_keys=True)).encode()).hexdigest()


def _title_from(rel: str) -> str:
    stem = Path(rel).name
    for suffix in Path(rel).suffixes:
        stem = stem[: -len(suffix)] if stem.endswith(suffix) else stem
    return stem.replace("-", " ").replace("_", " ").strip() or rel


#: A word of two letters or more (any script).
_WORD = re.compile(r"[^\W\d_]{2,}")


def _read_failure(plan: _DocPlan, exc: Exception) -> str:
    """The report line for a file that could not be read."""
    if isinstance(exc, ReadError):
        return f"{plan.file.rel}: {exc.reason}"
    # a reader library failed in a way the reader did not foresee
    return f"{plan.file.rel}: cannot read it ({type(exc).__name__}: {exc})"


def _read(plan: _DocPlan, report: BuildReport) -> tuple[Document, list[Block]]:
    res = read_document(plan.file.path, plan.file.meta.get("language"))
    for w in res.warnings:
        report.warnings.append(f"{plan.file.rel}: {w}")
    meta = dict(plan.file.meta)
    date = meta.get("date")
    if not date and "date" not in invalid_fields(plan.file.meta_errors):
        # the file's own date (a PDF's creation date, a web page's published date) stands
        # in, and the report says so; a date the metadata gives wrongly is never replaced
        date = res.date
        if date and plan.file.meta_sources:
            report.warnings.append(
                f"{plan.file.rel}: no date in its metadata; citations show {date[:4]}, the date the file itself "
                "gives (set 'date' in the manifest if the document's date differs)"
            )
    if not plan.file.meta_sources:
        # a manifest that cannot be read is not "no metadata": say which, and the year shown
        why = "metadata could not be read (see metadata errors)" if plan.file.meta_errors else "no metadata"
        inferred = (
            f"title, language and date inferred; citations show {date[:4]}, the date the file itself gives"
            if date else "title and language inferred"
        )
        report.warnings.append(f"{plan.file.rel}: {why} ({inferred})")
    text = "\n".join(b.text for b in res.blocks)
    if not _WORD.search(text):
        report.warnings.append(
            f"{plan.file.rel}: no words, only numbers or symbols (indexed; only a question quoting them can find it)"
        )
    language = meta.get("language") or res.language or detect_language(text[:5000], default="en")
    doc = Document(
        doc_id=plan.sha[:16],
        path=plan.file.rel,
        title=meta.get("title") or res.title or _title_from(plan.file.rel),
        kind=meta.get("kind", "document"),
        language=language,
        publisher=meta.get("publisher"),
        date=date,
        url=meta.get("url"),
        licence=meta.get("licence"),
        notes=meta.get("notes"),
        content_hash=plan.sha,
    )
    return doc, res.blocks


def build_index(
    corpus_dir: Path,
    index_dir: Path,
    embedder: Embedder,
    max_chars: int = DEFAULT_MAX_CHARS,
    dry_run: bool = False,
    progress: bool = False,
    force_full: bool = False,
) -> BuildReport:
    """Refresh the index in ``index_dir`` from ``corpus_dir`` (see the module docstring).

    Args:
        corpus_dir: the corpus folder.
        index_dir: the index folder (created if missing).
        embedder: the embedder; its model id goes into the manifest.
        max_chars: chunker passage limit in characters.
        dry_run: plan only: new and changed files are read (failures reported), nothing
            is embedded or written.
        progress: show a progress bar while embedding (stderr).
        force_full: re-embed everything even if nothing changed.

    Returns:
        A :class:`BuildReport`.

    Raises:
        BuildLockedError: another build is running on ``index_dir``.
        NothingToBuildError: no document could be indexed and no index exists to keep.
        FileNotFoundError: ``corpus_dir`` does not exist.
        NotADirectoryError: ``index_dir`` is a file.
    """
    t0 = time.perf_counter()
    index_dir = Path(index_dir)
    if dry_run:  # plan only: no folder, no lock file, no clean-up
        report = _build_locked(corpus_dir, index_dir, embedder, max_chars, dry_run, progress, force_full)
        report.seconds = round(time.perf_counter() - t0, 3)
        return report
    if index_dir.exists() and not index_dir.is_dir():
        raise NotADirectoryError(f"the index folder {index_dir} is a file, not a folder")
    index_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(index_dir / "build.lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout as exc:
        raise BuildLockedError(
            f"another build is already running on {index_dir} (lock {index_dir / 'build.lock'}); "
            "wait for it to finish, then run again"
        ) from exc
    try:
        report = _build_locked(corpus_dir, index_dir, embedder, max_chars, dry_run, progress, force_full)
    finally:
        lock.release()
    report.seconds = round(time.perf_counter() - t0, 3)
    return report


def _build_locked(corpus_dir, index_dir, embedder, max_chars, dry_run, progress, force_full) -> BuildReport:
    report = BuildReport(dry_run=dry_run)
    vroot = index_dir / VERSIONS
    if not dry_run:
        _pause_point("locked", index_dir)
        vroot.mkdir(exist_ok=True)
        for leftover in vroot.glob(".tmp-*"):  # an interrupted build's partial version
            shutil.rmtree(leftover, ignore_errors=True)

    files, meta_errors, skipped = scan_corpus(Path(corpus_dir))
    report.metadata_errors = meta_errors
    report.warnings.extend(skipped)
    model_id = model_identity(embedder.configured)
    settings = chunker_settings(max_chars)

    prev_dir = current_version_dir(index_dir)
    prev: IndexVersion | None = None
    prev_manifest: dict | None = None
    reusable = False  # the published version's vectors can be reused (same model and settings)
    if prev_dir is not None:
        report.previous_version = prev_dir.name
        damaged = None  # why the published version cannot be read, if it cannot
        try:
            prev_manifest = read_manifest(prev_dir)
            if not isinstance(prev_manifest, dict):
                raise ValueError("the manifest is not a JSON object")
        except (OSError, ValueError) as exc:
            prev_manifest, damaged = None, describe_failure(exc)
        reasons = []
        if prev_manifest is not None:
            if prev_manifest.get("format_version") != FORMAT_VERSION:
                reasons.append(f"index format {prev_manifest.get('format_version')} -> {FORMAT_VERSION}")
            if prev_manifest.get("model_id") != model_id:
                reasons.append(f"model {prev_manifest.get('model_id')!r} -> {model_id!r}")
            if prev_manifest.get("chunker") != settings:
                reasons.append(f"chunker {prev_manifest.get('chunker')} -> {settings}")
            if force_full:
                reasons.append("--full requested")
            if not reasons and not dry_run:
                try:
                    prev = IndexVersion(prev_dir)
                except IndexDamagedError as exc:
                    damaged = describe_failure(exc.__cause__ or exc)
        if damaged is not None:
            # rebuild everything from the corpus; passage ids still go above every id used
            reasons.insert(0, f"the published version {prev_dir.name} is damaged ({damaged})")
            prev_manifest = {"next_passage_id": _next_passage_id(vroot)} if prev_manifest is None else prev_manifest
        if reasons:
            report.full_rebuild = True
            report.full_rebuild_reason = "; ".join(reasons)
        else:
            reusable = True

    # previous state: path -> (doc_id, fingerprint), fingerprint -> doc_id
    prev_docs: dict[str, dict] = (prev_manifest or {}).get("documents", {}) if prev_manifest else {}
    prev_by_path = {d["path"]: (doc_id, d["fingerprint"]) for doc_id, d in prev_docs.items()}
    prev_by_fp = {d["fingerprint"]: doc_id for doc_id, d in prev_docs.items()}

    hashed: list[tuple[CorpusFile, str]] = []
    for cf in files:
        try:
            hashed.append((cf, cf.sha256()))
        except OSError as exc:
            report.failed.append(f"{cf.rel}: cannot read the file: {exc.strerror or exc}")

    def already_indexed(item: tuple[CorpusFile, str]) -> bool:
        old = prev_by_path.get(item[0].rel)
        return old is not None and prev_docs[old[0]].get("content_hash") == item[1]

    # Among identical files, keep the one already indexed under its path (not re-embedded),
    # else one whose content is the format its name says (a PDF copied to "x.txt" cannot
    # be read as text), else one with metadata; the others are reported as duplicates of it.
    # (A file's first bytes are read only when another file has the same bytes.)
    copies = Counter(sha for _, sha in hashed)
    hashed.sort(key=lambda item: (
        not already_indexed(item), copies[item[1]] > 1 and not content_matches_suffix(item[0].path),
        not item[0].meta, item[0].rel,
    ))
    file_paths = {cf.rel for cf in files}
    plans: list[_DocPlan] = []
    seen_sha: dict[str, str] = {}
    duplicate_paths: set[str] = set()
    for cf, sha in hashed:
        if sha in seen_sha:
            report.duplicates.append(f"{cf.rel} = same bytes as {seen_sha[sha]}")
            duplicate_paths.add(cf.rel)
            continue
        seen_sha[sha] = cf.rel
        fp = _fingerprint(sha, cf.meta, invalid_fields(cf.meta_errors))
        if reusable and fp in prev_by_fp:
            old_id = prev_by_fp[fp]
            old_path = prev_docs[old_id]["path"]
            if old_path != cf.rel and old_path not in file_paths:
                status = "renamed"
            elif old_path == cf.rel:
                status = "unchanged"
            else:  # a copy under a new name while the original also stays: index the copy anew
                status = "added"
                old_id = None
            plans.append(_DocPlan(cf, sha, fp, status, old_id))
        elif cf.rel in prev_by_path:
            plans.append(_DocPlan(cf, sha, fp, "changed", prev_by_path[cf.rel][0]))
        else:
            plans.append(_DocPlan(cf, sha, fp, "added"))
    plans.sort(key=lambda p: p.file.rel)
    report.duplicates.sort()

    current_paths = {p.file.rel for p in plans} | duplicate_paths
    reused_ids = {p.old_doc_id for p in plans if p.status in ("unchanged", "renamed")}
    for path, (doc_id, _fp) in sorted(prev_by_path.items()):
        if path not in current_paths and doc_id not in reused_ids:
            report.removed.append(path)
    for p in plans:
        report.metadata_errors.extend(p.file.meta_errors)
        if p.file.meta_errors and p.status == "changed" and reusable:
            # Bad metadata must not replace a good indexed version (citations would lose
            # their title and year): keep what is published and report the file.
            report.failed.append(
                f"{p.file.rel}: invalid metadata (see metadata errors); kept the previously indexed version"
            )
            p.status = "kept"  # listed under failed only, like a changed file that cannot be read
        elif p.status == "renamed":
            report.renamed.append(f"{prev_docs[p.old_doc_id]['path']} -> {p.file.rel}")
            report.unchanged.append(p.file.rel)
        else:
            getattr(report, p.status).append(p.file.rel)

    report.metadata_errors = list(dict.fromkeys(report.metadata_errors))
    for p in plans:  # said on every build until fixed, not only when the file is read
        if p.status in ("unchanged", "renamed") and not p.file.meta_sources:
            why = "metadata could not be read (see metadata errors)" if p.file.meta_errors else "no metadata"
            report.warnings.append(f"{p.file.rel}: {why} (title and language inferred when it was indexed)")
    if dry_run:
        # Read what a real build would read (no embedding, no writing), so a file that
        # cannot be read is reported now and not listed as added.
        lost = 0  # added files that could not be read (a changed one keeps its old version)
        passages = 0  # the passages the new version would have (chunking is cheap; embedding is not done)
        for p in plans:
            if p.status not in ("added", "changed"):
                passages += int(prev_docs.get(p.old_doc_id or "", {}).get("passages", 0))
                continue
            try:
                doc, blocks = _read(p, report)
                n = len(chunk_blocks(blocks, title=doc.title, max_chars=max_chars))
                report.passages_by_document[p.file.rel] = n
                passages += n
            except Exception as exc:  # noqa: BLE001 - reported like a real build's failure
                msg = _read_failure(p, exc)
                if p.status == "changed":
                    msg += " (would keep the previously indexed version)"
                    passages += int(prev_docs.get(p.old_doc_id or "", {}).get("passages", 0))
                lost += p.status == "added"
                report.failed.append(msg)
                getattr(report, p.status).remove(p.file.rel)
        report.documents = len(plans) - lost
        report.passages = passages
        if prev_manifest is not None:
            report.version = prev_dir.name
        return report

    next_id = int((prev_manifest or {}).get("next_passage_id", 1))
    docs: list[_DocData] = []
    to_embed: list[tuple[_DocPlan, Document, list[Block]]] = []
    for p in plans:
        if p.status in ("unchanged", "renamed"):
            docs.append(_reuse(prev, p))
            continue
        if p.status == "kept":
            docs.append(_reuse(prev, _DocPlan(p.file, "", prev_docs[p.old_doc_id]["fingerprint"], "kept", p.old_doc_id)))
            continue
        try:
            doc, blocks = _read(p, report)
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the refresh
            msg = _read_failure(p, exc)
            if p.status == "changed" and prev is not None and p.old_doc_id in prev_docs:
                docs.append(_reuse(prev, _DocPlan(p.file, "", prev_docs[p.old_doc_id]["fingerprint"], "kept", p.old_doc_id)))
                msg += " (kept the previously indexed version)"
            report.failed.append(msg)
            getattr(report, p.status).remove(p.file.rel)
            continue
        to_embed.append((p, doc, blocks))

    nothing_changed = not (report.added or report.changed or report.removed or report.renamed or report.full_rebuild)
    if nothing_changed and prev is not None:
        prev.close()
        report.version = prev_dir.name
        report.documents = int(prev_manifest["counts"]["documents"])
        report.passages = int(prev_manifest["counts"]["passages"])
        return report

    new_docs, next_id = _embed_documents(to_embed, embedder, max_chars, next_id, progress, report, index_dir)
    docs.extend(new_docs)
    if prev is not None:
        prev.close()

    if not docs:
        # say why: a newcomer's first build must not hide each file's reason behind one line
        why = "".join(f"\n  failed: {line}" for line in [*report.failed, *report.metadata_errors][:20])
        if prev_dir is not None:
            report.version = prev_dir.name
            raise NothingToBuildError(
                f"no document could be indexed; the published index was left as it was{why}"
            )
        raise NothingToBuildError(f"no document could be indexed from {corpus_dir}{why}")

    # the model is needed only when something was embedded: a refresh that only removes or
    # renames documents runs without loading it
    dim = embedder.dim if to_embed or "dim" not in (prev_manifest or {}) else int(prev_manifest["dim"])
    name = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(3)
    lexicon = _lexicon(docs, embedder, prev_dir if reusable else None, report, progress)
    tmp = vroot / f".tmp-{name}"
    tmp.mkdir()
    try:
        manifest = _write_version(tmp, docs, dim, model_id, settings, next_id, lexicon)
        _pause_point("written", index_dir)
    except BaseException:  # an error or Ctrl-C while writing: leave no partial version behind
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    final = vroot / name
    tmp.rename(final)
    fsync_dir(vroot)
    _pause_point("renamed", index_dir)
    publish(index_dir, final)
    _pause_point("published", index_dir)
    _prune(vroot, keep={final.name, prev_dir.name if prev_dir is not None else ""})
    report.version = name
    report.documents = manifest["counts"]["documents"]
    report.passages = manifest["counts"]["passages"]
    return report


def _next_passage_id(vroot: Path) -> int:
    """The largest ``next_passage_id`` of any readable version manifest in ``vroot`` (1 if
    none): the first id a rebuild after a damaged version may use. Best effort: ids of a
    version whose own manifest is unreadable may be used again (the bot keeps each
    answer's passage texts, not only their ids, so its buttons still show what was cited)."""
    best = 1
    for d in vroot.glob("*"):
        try:
            best = max(best, int(read_manifest(d).get("next_passage_id", 1)))
        except (OSError, ValueError, AttributeError, TypeError):
            continue
    return best


def _reuse(prev: IndexVersion, p: _DocPlan) -> _DocData:
    """Copy a document's rows and vectors from the previous version (no re-embedding)."""
    db = prev._db  # noqa: SLF001 - same package, read-only
    with prev._lock:  # noqa: SLF001
        drow = db.execute("SELECT * FROM documents WHERE doc_id=?", (p.old_doc_id,)).fetchone()
        prows = db.execute("SELECT * FROM passages WHERE doc_id=? ORDER BY passage_id", (p.old_doc_id,)).fetchall()
        brows = db.execute("SELECT * FROM blocks WHERE doc_id=? ORDER BY idx", (p.old_doc_id,)).fetchall()
        srows = db.execute(
            "SELECT s.row, s.passage_id, s.start, s.end FROM sentences s JOIN passages p USING (passage_id) "
            "WHERE p.doc_id=? ORDER BY s.row",
            (p.old_doc_id,),
        ).fetchall()
    from index.store import _doc_from_row

    doc = _doc_from_row(drow)
    if p.status == "renamed":
        doc = Document(**{**asdict(doc), "path": p.file.rel})
    ids = np.array([r["passage_id"] for r in prows], dtype=np.int64)
    vectors = prev.faiss_index.reconstruct_batch(ids) if len(ids) else np.zeros((0, prev.dim), np.float32)
    srow_ids = [r[0] for r in srows]
    svecs = np.asarray(prev.sentence_vectors[srow_ids], dtype=np.float32) if srow_ids else np.zeros((0, prev.dim), np.float32)
    return _DocData(
        doc=doc,
        text=drow["text"],
        blocks=[Block("", r["kind"], r["page"]) for r in brows],
        block_spans=[(r["start"], r["end"]) for r in brows],
        passages=[dict(r) for r in prows],
        vectors=np.asarray(vectors, dtype=np.float32),
        sentences=[(r[1], r[2], r[3]) for r in srows],
        sentence_vectors=svecs,
        fingerprint=p.fingerprint,
    )


def _embed_documents(
    to_embed, embedder: Embedder, max_chars, next_id, progress, report, index_dir: Path | None = None
) -> tuple[list[_DocData], int]:
    """Chunk and embed new or changed documents; one batched encode for all of them.

    A passage that is a single sentence (a table row, a one-line paragraph) is embedded
    once: its passage vector also serves as its sentence vector.
    """
    staged = []
    passage_texts: list[str] = []
    sentence_texts: list[str] = []
    sentence_from: list[int] = []  # per sentence: row in sentence_texts, or -1 - row in passage_texts
    for p, doc, blocks in to_embed:
        text, spans = canonical_text(blocks)
        chunks = chunk_blocks(blocks, title=doc.title, max_chars=max_chars)
        rows, sents = [], []
        for c in chunks:
            pid = next_id
            next_id += 1
            ptext = text[c.start : c.end]
            rows.append({
                "passage_id": pid, "doc_id": doc.doc_id, "start": c.start, "end": c.end,
                "paragraph": c.first_block + 1, "paragraph_end": c.last_block + 1,
                "page": blocks[c.first_block].page, "language": doc.language, "context": c.context,
                "text": ptext,
            })
            passage_texts.append(f"{c.context}\n{ptext}" if c.context else ptext)
            if blocks[c.first_block].kind == "row" and c.end - c.start <= MAX_SENTENCE_CHARS:
                sentence_spans = [(c.start, c.end)]  # a table row is one sentence ("Tabel 1. Pagu ... — ...")
            else:
                sentence_spans = item_sentences(split_sentences(ptext, c.start), blocks, spans)
            if sentence_spans == [(c.start, c.end)]:
                sents.append((pid, c.start, c.end))
                sentence_from.append(-len(passage_texts))
                continue
            for s, e in sentence_spans:
                sents.append((pid, s, e))
                sentence_from.append(len(sentence_texts))
                sentence_texts.append(text[s:e])
        staged.append((p, doc, text, blocks, spans, rows, sents))
        report.passages_by_document[p.file.rel] = len(rows)
    if passage_texts:
        embedder.warm_up()
    pvecs = _encode_with_progress(embedder, passage_texts, progress, "passages")
    if index_dir is not None:
        _pause_point("embedding", index_dir)
    svecs = _encode_with_progress(embedder, sentence_texts, progress, "sentences")
    if sentence_from:
        pool = np.concatenate([svecs.reshape(len(sentence_texts), pvecs.shape[1]), pvecs])
        svecs = pool[[k if k >= 0 else len(sentence_texts) - 1 - k for k in sentence_from]]
    report.passages_embedded = len(passage_texts)
    report.sentences_embedded = len(sentence_texts)
    out = []
    pi = si = 0
    for p, doc, text, blocks, spans, rows, sents in staged:
        out.append(_DocData(
            doc=doc, text=text, blocks=blocks, block_spans=spans, passages=rows,
            vectors=pvecs[pi : pi + len(rows)], sentences=sents,
            sentence_vectors=svecs[si : si + len(sents)], fingerprint=p.fingerprint,
        ))
        pi += len(rows)
        si += len(sents)
    return out, next_id


def _encode_with_progress(embedder: Embedder, texts: list[str], progress: bool, what: str) -> np.ndarray:
    """``(len(texts), dim)`` float32 passage-prompt vectors; a progress bar when ``progress``."""
    if not texts:
        return np.zeros((0, embedder.dim if embedder._model is not None else 0), np.float32)  # noqa: SLF001
    return embedder.encode_passages(texts, progress=f"embedding {what}" if progress else None)


def _lexicon(
    docs: list[_DocData], embedder: Embedder, prev_dir: Path | None, report: BuildReport, progress: bool = False
) -> Lexicon | None:
    """The cross-language word table of the new version (:mod:`index.lexicon`), reusing the
    word vectors of ``prev_dir``'s table (same model) when given. A failure is reported
    as a warning and the version is written without a table: search then uses the
    question's own words only, as before the table existed."""
    try:
        previous = Lexicon.load(prev_dir / LEXICON_DIR, with_vectors=True) if prev_dir is not None else None
        return build_lexicon([r["text"] for d in docs for r in d.passages], embedder, previous, progress)
    except Exception as exc:  # noqa: BLE001 - the table is an aid; the passages must still publish
        report.warnings.append(f"cross-language word table not built ({type(exc).__name__}: {exc})")
        return None


def _write_version(
    folder: Path, docs: list[_DocData], dim: int, model_id: str, settings: dict, next_id: int,
    lexicon: Lexicon | None = None,
) -> dict:
    """Write FAISS, SQLite, sentence vectors, BM25, the word table, the acronyms and
    manifest into ``folder``, fsynced."""
    db_path = folder / "index.sqlite"
    db = sqlite3.connect(db_path)
    db.executescript(SCHEMA)
    all_ids, all_vecs, all_svecs = [], [], []
    srow = 0
    documents_manifest = {}
    for d in docs:
        doc = d.doc
        db.execute(
            "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (doc.doc_id, doc.path, doc.title, doc.kind, doc.language, doc.publisher, doc.date, doc.url,
             doc.licence, doc.notes, doc.content_hash, d.text, "{}"),
        )
        db.executemany(
            "INSERT INTO blocks VALUES (?,?,?,?,?,?)",
            [(doc.doc_id, i, s, e, b.kind, b.page) for i, (b, (s, e)) in enumerate(zip(d.blocks, d.block_spans))],
        )
        db.executemany(
            "INSERT INTO passages VALUES (:passage_id,:doc_id,:start,:end,:paragraph,:paragraph_end,:page,"
            ":language,:context,:text)",
            [{**r, "doc_id": doc.doc_id} for r in d.passages],
        )
        db.executemany(
            "INSERT INTO sentences VALUES (?,?,?,?)",
            [(srow + i, pid, s, e) for i, (pid, s, e) in enumerate(d.sentences)],
        )
        srow += len(d.sentences)
        all_ids.extend(r["passage_id"] for r in d.passages)
        all_vecs.append(d.vectors.reshape(-1, dim))
        all_svecs.append(d.sentence_vectors.reshape(-1, dim))
        documents_manifest[doc.doc_id] = {
            "path": doc.path, "content_hash": doc.content_hash, "fingerprint": d.fingerprint,
            "passages": len(d.passages),
        }
    db.commit()
    db.close()
    index = faiss.IndexIDMap2(faiss.IndexFlatIP(dim))
    vecs = np.ascontiguousarray(np.concatenate(all_vecs), dtype=np.float32)
    if len(all_ids):
        index.add_with_ids(vecs, np.array(all_ids, dtype=np.int64))
    faiss.write_index(index, str(folder / "passages.faiss"))
    np.save(folder / "sentences.npy", np.ascontiguousarray(np.concatenate(all_svecs), dtype=np.float32))
    bm25_texts = [f"{r['context']}\n{r['text']}" if r.get("context") else r["text"] for d in docs for r in d.passages]
    BM25Index.build(bm25_texts, all_ids).save(folder / "bm25")
    if lexicon is not None:
        lexicon.save(folder / LEXICON_DIR)
    # the acronyms the documents define, in path order (the first definition stands)
    acronyms = defined_acronyms(d.text for d in sorted(docs, key=lambda d: d.doc.path))
    (folder / ACRONYMS_FILE).write_text(json.dumps(acronyms, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    manifest = {
        "format_version": FORMAT_VERSION,
        "model_id": model_id,
        "dim": dim,
        "normaliser": "l2",
        "metric": "inner_product",
        "chunker": settings,
        "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "next_passage_id": next_id,
        "counts": {"documents": len(docs), "passages": len(all_ids), "sentences": srow},
        "documents": documents_manifest,
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for f in sorted(folder.rglob("*"), reverse=True):
        (fsync_dir if f.is_dir() else fsync_file)(f)
    fsync_dir(folder)
    return manifest


def _prune(vroot: Path, keep: set[str]) -> None:
    """Delete every version folder not named in ``keep`` (the new and the replaced one).

    That also removes a complete version that an interrupted build never published. A
    running bot that still has an older version open keeps reading it: on POSIX an open
    file stays readable after its folder is deleted.
    """
    for old in vroot.iterdir():
        if old.is_dir() and not old.name.startswith(".") and old.name not in keep:
            shutil.rmtree(old, ignore_errors=True)
