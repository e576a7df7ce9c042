"""Plain data classes that cross the index's boundaries (see DESIGN.md, "Data flow").

Offsets are character offsets (Python ``str`` indices, not bytes) into a document's
canonical text: the text of its blocks joined with ``"\\n"`` in reading order.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Block:
    """One unit of a document as its reader found it.

    Attributes:
        text: the unit's text, cleaned (no trailing newline).
        kind: ``"paragraph"`` (prose; the chunker may join neighbours), ``"item"`` (a
            list item: chunked as a paragraph; a list asked for is quoted whole),
            ``"question"`` (an interview's or FAQ's question: starts a new passage that
            keeps its answer), ``"row"`` (a table row rendered with its headers:
            always a passage alone), or ``"note"`` (a note under a table's rows, its source
            or a correction: prose, but a passage alone, so that a table's notes do not
            join into one passage that outranks its rows).
        page: 1-based page number for paginated sources (PDF), else ``None``.
    """

    text: str
    kind: str = "paragraph"
    page: int | None = None


@dataclass(frozen=True)
class Document:
    """A source document and its metadata.

    Attributes:
        doc_id: stable id, ``sha256`` of the document's bytes (first 16 hex characters),
            so a renamed identical file keeps its id.
        path: path relative to the corpus folder (POSIX separators).
        title, kind (interview | report | press release | dataset | web page | ...),
        language (ISO 639-1, e.g. ``"id"``, ``"en"``), publisher, date (ISO 8601 text,
        ``"2011"`` or ``"2011-05-03"``), url, licence, notes: metadata from the corpus
        manifest or a sidecar, else inferred.
        content_hash: full sha256 hex of the file's bytes.
    """

    doc_id: str
    path: str
    title: str
    kind: str = "document"
    language: str = "und"
    publisher: str | None = None
    date: str | None = None
    url: str | None = None
    licence: str | None = None
    notes: str | None = None
    content_hash: str = ""

    @property
    def year(self) -> int | None:
        """The year of :attr:`date` (first four digits), or ``None``."""
        if self.date and len(self.date) >= 4 and self.date[:4].isdigit():
            return int(self.date[:4])
        return None


@dataclass(frozen=True)
class Passage:
    """A chunk of a document, the unit that is embedded, searched and cited.

    Attributes:
        passage_id: stable int64 id, also the FAISS id; never reused for other text.
        doc_id: the :class:`Document` it comes from.
        text: exactly ``document_text[start:end]``.
        start, end: character span in the document's canonical text.
        paragraph: 1-based index of the first block (paragraph or row) it covers.
        paragraph_end: 1-based index of the last block it covers.
        page: 1-based page of its first block for paginated sources, else ``None``.
        language: ISO 639-1 code of the document.
    """

    passage_id: int
    doc_id: str
    text: str
    start: int
    end: int
    paragraph: int
    paragraph_end: int
    page: int | None = None
    language: str = "und"


@dataclass(frozen=True)
class Hit:
    """A passage found by a search.

    Attributes:
        passage: the passage.
        document: its document.
        score: the search score (for dense search: cosine similarity in [-1, 1]).
        rank: 1-based rank in the result list.
        scores: the parts that made ``score`` (e.g. ``{"dense": 0.86, "bm25": 11.2}``).
    """

    passage: Passage
    document: Document
    score: float
    rank: int
    scores: dict[str, float] = field(default_factory=dict)
