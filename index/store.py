"""The index on disk: versioned folders of FAISS + SQLite + manifest, published atomically.

Layout of the index folder (``EGOV_INDEX_DIR``, default ``var/index``)::

    var/index/
      CURRENT              # name of the published version (replaced by rename)
      build.lock           # held by the one running build
      versions/
        20261130T101500-3f9a/
          manifest.json    # model id, dimension, chunker settings, hashes, counts
          passages.faiss   # IndexIDMap2(IndexFlatIP): ids = passage ids, L2-normalised rows
          index.sqlite     # documents, blocks, passages, sentences
          sentences.npy    # (n_sentences, dim) float32, row i = sentences.row i
          bm25/            # bm25s index of the same passages (ids.npy maps rows to ids)
          lexicon/         # English -> corpus word table (index/lexicon.py) and its word vectors
          acronyms.json    # {acronym: long form} the documents define (index/acronyms.py)

A version folder is complete (every file fsynced) before ``CURRENT`` names it, so a
reader never sees a half-built version, and a crash mid-build leaves the old one serving.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

from index.types import Document, Passage

#: Bumped when a version gains a part every reader expects (3: the word table), so
#: the next refresh rebuilds an older index fully.
FORMAT_VERSION = 3
CURRENT = "CURRENT"
VERSIONS = "versions"

SCHEMA = """
CREATE TABLE documents (
    doc_id TEXT PRIMARY KEY, path TEXT NOT NULL, title TEXT NOT NULL, kind TEXT, language TEXT,
    publisher TEXT, date TEXT, url TEXT, licence TEXT, notes TEXT, content_hash TEXT NOT NULL,
    text TEXT NOT NULL, meta_json TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE blocks (
    doc_id TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    kind TEXT NOT NULL, page INTEGER, PRIMARY KEY (doc_id, idx)
);
CREATE TABLE passages (
    passage_id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    paragraph INTEGER NOT NULL, paragraph_end INTEGER NOT NULL, page INTEGER, language TEXT,
    context TEXT NOT NULL DEFAULT '', text TEXT NOT NULL
);
CREATE INDEX passages_doc ON passages(doc_id);
CREATE TABLE sentences (
    row INTEGER PRIMARY KEY, passage_id INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL
);
CREATE INDEX sentences_passage ON sentences(passage_id);
"""


class IndexError_(RuntimeError):
    """The index cannot be used; the message says why and what to run."""


class IndexMismatchError(IndexError_):
    """The index was built with another model or chunker; it must be rebuilt."""


class NoIndexError(IndexError_):
    """No index has been built yet."""


def describe_failure(exc: BaseException) -> str:
    """``"Type: last line of the message"``: a library error in one line (faiss's messages
    run over several)."""
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[-1].strip() if lines else repr(exc)}"


class IndexDamagedError(IndexError_):
    """A published version's files cannot be read (cut short, overwritten); the next
    ``build_index.py`` rebuilds it."""


def fsync_dir(path: Path) -> None:
    """fsync a directory so a rename or new file in it survives a crash."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    """fsync one file's contents."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def current_version_dir(index_dir: Path) -> Path | None:
    """The published version's folder, or ``None`` when nothing is published."""
    try:
        name = (index_dir / CURRENT).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    path = index_dir / VERSIONS / name
    return path if (path / "manifest.json").is_file() else None


def publish(index_dir: Path, version_dir: Path) -> None:
    """Make ``version_dir`` the current version atomically.

    Writes ``CURRENT.tmp``, fsyncs it, renames it over ``CURRENT`` and fsyncs the folder:
    readers see either the old name or the new one, never a partial file.
    """
    tmp = index_dir / (CURRENT + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write(version_dir.name + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, index_dir / CURRENT)
    fsync_dir(index_dir)


def read_manifest(version_dir: Path) -> dict:
    """Load ``manifest.json`` of a version folder."""
    return json.loads((version_dir / "manifest.json").read_text(encoding="utf-8"))


def check_manifest(manifest: dict, model_id: str, dim: int | None = None) -> None:
    """Refuse an index built for another model, dimension or format.

    Raises:
        IndexMismatchError: with a message saying what differs and to rebuild.
    """
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexMismatchError(
            f"the index has format {manifest.get('format_version')}, this program reads {FORMAT_VERSION}: "
            "rebuild it with `.venv/bin/python build_index.py`"
        )
    if manifest.get("model_id") != model_id:
        raise IndexMismatchError(
            f"the index was built with model {manifest.get('model_id')!r} but the configured model is "
            f"{model_id!r}: rebuild it with `.venv/bin/python build_index.py` (it rebuilds in full automatically)"
        )
    if dim is not None and manifest.get("dim") != dim:
        raise IndexMismatchError(
            f"the index has dimension {manifest.get('dim')} but the model gives {dim}: rebuild it with "
            "`.venv/bin/python build_index.py`"
        )


@dataclass(frozen=True)
class SentenceRef:
    """A sentence of a passage: ``row`` in ``sentences.npy``, span in the document text,
    and the block it lies in (``block_kind``: paragraph | item | question | row; ``block_start``,
    ``block_end``: the block's span)."""

    row: int
    passage_id: int
    start: int
    end: int
    block_kind: str = "paragraph"
    block_start: int = 0
    block_end: int = 0


class IndexVersion:
    """One published index version, opened read-only.

    Attributes:
        path: the version folder.
        manifest: its manifest (dict).
        faiss_index: ``faiss.IndexIDMap2`` over ``IndexFlatIP``; ids are passage ids.
        sentence_vectors: ``(n_sentences, dim)`` float32, L2-normalised (memory-mapped).
        bm25: :class:`index.bm25.BM25Index` of the same passages, or ``None`` for a version
            built without one.
        lexicon: :class:`index.lexicon.Lexicon` (English -> corpus words, table only), or
            ``None`` for a version built without one.

    Thread-safe for reads: SQLite access is serialised by a lock.
    """

    def __init__(self, path: Path):
        """Open the version in ``path``.

        Raises:
            IndexDamagedError: one of its files cannot be read (a damaged manifest, FAISS
                index, SQLite database, sentence vectors, BM25 or word table).
        """
        self.path = Path(path)
        self._db = None
        self._lock = threading.Lock()
        try:
            self._open()
        except Exception as exc:  # noqa: BLE001 - faiss, sqlite3, json, numpy each raise their own
            self.close()
            raise IndexDamagedError(
                f"the index version {self.path.name} in {self.path.parent.parent} is damaged "
                f"({describe_failure(exc)}); rebuild it with `.venv/bin/python build_index.py`"
            ) from exc

    def _open(self) -> None:
        self.manifest = read_manifest(self.path)
        self.faiss_index = faiss.read_index(str(self.path / "passages.faiss"))
        sv = self.path / "sentences.npy"
        self.sentence_vectors = np.load(sv, mmap_mode="r") if sv.is_file() else np.zeros((0, self.dim), np.float32)
        self._db = sqlite3.connect(f"file:{self.path / 'index.sqlite'}?mode=ro", uri=True, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        self._docs: dict[str, Document] = {}
        with self._lock:
            for r in self._db.execute("SELECT * FROM documents"):
                self._docs[r["doc_id"]] = _doc_from_row(r)
            n_passages = self._db.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
            n_sentences, last_row = self._db.execute("SELECT COUNT(*), MAX(row) FROM sentences").fetchone()
        # the files must agree with each other: a missing or stale file is damage too
        if self.faiss_index.ntotal != n_passages:
            raise ValueError(f"passages.faiss holds {self.faiss_index.ntotal} vectors for {n_passages} passages")
        if n_sentences and (len(self.sentence_vectors) <= last_row or self.sentence_vectors.shape[1] != self.dim):
            raise ValueError(
                f"sentences.npy holds {len(self.sentence_vectors)} sentence vectors"
                f"{'' if sv.is_file() else ' (the file is missing)'} for {last_row + 1} sentences"
            )
        self._passage_cache: dict[int, Passage] = {}
        self._languages: dict[int, str] | None = None
        self._acronyms: dict[str, str] | None = None
        from index.bm25 import BM25Index

        self.bm25 = BM25Index.load(self.path / "bm25")
        from index.lexicon import LEXICON_DIR, Lexicon

        self.lexicon = Lexicon.load(self.path / LEXICON_DIR)

    @property
    def name(self) -> str:
        """The version's name (its folder name)."""
        return self.path.name

    @property
    def dim(self) -> int:
        """Embedding dimension recorded in the manifest."""
        return int(self.manifest["dim"])

    @property
    def n_passages(self) -> int:
        """Number of passages (= FAISS vectors)."""
        return int(self.faiss_index.ntotal)

    def documents(self) -> list[Document]:
        """All documents, sorted by path."""
        return sorted(self._docs.values(), key=lambda d: d.path)

    def document(self, doc_id: str) -> Document:
        """The document with id ``doc_id``. Raises ``KeyError`` if unknown."""
        return self._docs[doc_id]

    def document_text(self, doc_id: str) -> str:
        """The canonical text of a document (spans index into it)."""
        with self._lock:
            row = self._db.execute("SELECT text FROM documents WHERE doc_id=?", (doc_id,)).fetchone()
        if row is None:
            raise KeyError(doc_id)
        return row[0]

    def passages(self, ids: list[int]) -> list[Passage]:
        """Passages by id, in the order given. Raises ``KeyError`` for an unknown id."""
        missing = [i for i in ids if i not in self._passage_cache]
        if missing:
            q = ",".join("?" * len(missing))
            with self._lock:
                rows = self._db.execute(f"SELECT * FROM passages WHERE passage_id IN ({q})", missing).fetchall()
            for r in rows:
                self._passage_cache[r["passage_id"]] = Passage(
                    passage_id=r["passage_id"], doc_id=r["doc_id"], text=r["text"], start=r["start"],
                    end=r["end"], paragraph=r["paragraph"], paragraph_end=r["paragraph_end"], page=r["page"],
                    language=r["language"] or "und",
                )
        return [self._passage_cache[i] for i in ids]

    def acronyms(self) -> dict[str, str]:
        """``{acronym: long form}`` the documents define (:func:`index.acronyms.defined_acronyms`:
        "Pusat Data Nasional (PDN)"): the version's ``acronyms.json``, written by the
        build; for a version built before it existed, read from the document texts once,
        on first use (a regular-expression pass, about 70 ms per megabyte of text)."""
        if self._acronyms is None:
            from index.acronyms import ACRONYMS_FILE, defined_acronyms

            path = self.path / ACRONYMS_FILE
            if path.is_file():
                self._acronyms = json.loads(path.read_text(encoding="utf-8"))
            else:
                with self._lock:
                    texts = [r[0] for r in self._db.execute("SELECT text FROM documents ORDER BY path")]
                self._acronyms = defined_acronyms(texts)
        return self._acronyms

    def passage_languages(self) -> dict[int, str]:
        """Passage id -> its document's language code, for every passage (read once)."""
        if self._languages is None:
            with self._lock:
                rows = self._db.execute("SELECT passage_id, language FROM passages").fetchall()
            self._languages = {int(pid): lang or "und" for pid, lang in rows}
            self._language_set = frozenset(self._languages.values())
        return self._languages

    def languages(self) -> frozenset[str]:
        """The language codes of the passages (one for an index in one language)."""
        self.passage_languages()
        return self._language_set

    def all_passage_ids(self) -> list[int]:
        """Every passage id, ascending."""
        with self._lock:
            return [r[0] for r in self._db.execute("SELECT passage_id FROM passages ORDER BY passage_id")]

    def document_passage_ids(self, doc_id: str) -> list[int]:
        """The ids of a document's passages, in reading order (empty for an unknown id)."""
        with self._lock:
            rows = self._db.execute("SELECT passage_id FROM passages WHERE doc_id=? ORDER BY start", (doc_id,)).fetchall()
        return [int(r[0]) for r in rows]

    def sentences(self, passage_id: int) -> list[SentenceRef]:
        """The sentences of a passage in reading order."""
        with self._lock:
            rows = self._db.execute(
                "SELECT s.row, s.passage_id, s.start, s.end, b.kind, b.start, b.end FROM sentences s "
                "JOIN passages p ON p.passage_id = s.passage_id "
                "LEFT JOIN blocks b ON b.doc_id = p.doc_id AND b.start <= s.start AND s.start < b.end + 1 "
                "WHERE s.passage_id=? ORDER BY s.start",
                (passage_id,),
            ).fetchall()
        return [SentenceRef(r[0], r[1], r[2], r[3], r[4] or "paragraph", r[5] or 0, r[6] or 0) for r in rows]

    def sentence_rows(self, passage_ids: list[int]) -> dict[int, list[int]]:
        """Rows of :attr:`sentence_vectors` holding each passage's sentences (one query);
        a passage without sentences maps to an empty list."""
        out: dict[int, list[int]] = {pid: [] for pid in passage_ids}
        if not passage_ids:
            return out
        q = ",".join("?" * len(passage_ids))
        with self._lock:
            rows = self._db.execute(
                f"SELECT passage_id, row FROM sentences WHERE passage_id IN ({q}) ORDER BY row", list(passage_ids)
            ).fetchall()
        for pid, row in rows:
            out[pid].append(row)
        return out

    def table_rows(self, passage_ids: list[int]) -> dict[int, str]:
        """Of ``passage_ids``, the passages that are one table row (a ``row`` block:
        spreadsheets, CSV, tables in DOCX/HTML), each mapped to its document id (one
        query)."""
        if not passage_ids:
            return {}
        q = ",".join("?" * len(passage_ids))
        with self._lock:
            rows = self._db.execute(
                f"SELECT p.passage_id, p.doc_id FROM passages p JOIN blocks b ON b.doc_id = p.doc_id "
                f"AND b.idx = p.paragraph - 1 WHERE b.kind = 'row' AND p.passage_id IN ({q})",
                list(passage_ids),
            ).fetchall()
        return {int(pid): doc for pid, doc in rows}

    def rows_containing(self, doc_id: str, text: str, limit: int = 1000) -> list[int]:
        """Ids of the passages of document ``doc_id`` that start with a table row (a
        ``row`` block) and hold ``text`` (case-sensitive), in reading order; at most
        ``limit`` of them (one query; a spreadsheet may have hundreds of thousands of
        rows, the callers want one thing's rows over the years)."""
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        with self._lock:
            rows = self._db.execute(
                "SELECT p.passage_id, p.text FROM passages p JOIN blocks b ON b.doc_id = p.doc_id "
                "AND b.idx = p.paragraph - 1 WHERE b.kind = 'row' AND p.doc_id = ? "
                "AND p.text LIKE ? ESCAPE '\\' ORDER BY p.start",
                (doc_id, pattern),
            ).fetchall()
        return [int(pid) for pid, passage_text in rows if text in passage_text][:limit]

    def paragraph_of(self, doc_id: str, offset: int) -> tuple[int, int | None]:
        """1-based paragraph (block) number and page holding character ``offset``."""
        with self._lock:
            row = self._db.execute(
                "SELECT idx, page FROM blocks WHERE doc_id=? AND start<=? ORDER BY start DESC LIMIT 1",
                (doc_id, offset),
            ).fetchone()
        return (row[0] + 1, row[1]) if row else (1, None)

    def close(self) -> None:
        """Close the database connection."""
        if self._db is None:  # failed to open
            return
        with self._lock:
            self._db.close()


def _doc_from_row(r: sqlite3.Row) -> Document:
    return Document(
        doc_id=r["doc_id"], path=r["path"], title=r["title"], kind=r["kind"] or "document",
        language=r["language"] or "und", publisher=r["publisher"], date=r["date"], url=r["url"],
        licence=r["licence"], notes=r["notes"], content_hash=r["content_hash"],
    )


#: The index folder ``build_index.py`` and the bot use when none is set.
_DEFAULT_INDEX_DIR = Path(__file__).resolve().parent.parent / "var" / "index"


def build_command(index_dir: Path) -> str:
    """The command that builds the index in ``index_dir`` (with ``--index`` when it is not
    the default folder), for error messages."""
    command = ".venv/bin/python build_index.py"
    if Path(index_dir).resolve() != _DEFAULT_INDEX_DIR:
        command += f" --index {index_dir}"
    return f"`{command}`"


def open_current(index_dir: Path, model_id: str | None = None) -> IndexVersion:
    """Open the published version of the index in ``index_dir``.

    Raises:
        NoIndexError: nothing has been built yet.
        IndexMismatchError: built for another model (when ``model_id`` is given).
    """
    vdir = current_version_dir(Path(index_dir))
    if vdir is None:
        if (Path(index_dir) / CURRENT).is_file():  # published once, but the version is gone or damaged
            raise NoIndexError(
                f"the index in {index_dir} is damaged: {CURRENT} names no complete version; "
                f"rebuild it with {build_command(index_dir)}"
            )
        raise NoIndexError(f"no index in {index_dir}: build it with {build_command(index_dir)}")
    version = IndexVersion(vdir)
    if model_id is not None:
        try:
            check_manifest(version.manifest, model_id)
        except IndexMismatchError:
            version.close()
            raise
    return version
