"""Plain data classes of answers and fact-checks (see DESIGN.md, "Data flow").

Spans are character offsets (Python ``str`` indices).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from index.types import Hit


@dataclass(frozen=True)
class Figure:
    """A number as written in a text, and what it means.

    Attributes:
        surface: the text exactly as written, e.g. ``"USD148,76 juta"``.
        start, end: character span of ``surface`` in the text it was found in.
        value: the normalised value in base units (``148760000.0`` for the example;
            ``123.0`` for ``123%``; ``2.23`` for ``2.23 times``; ``2010.0`` for a year;
            ``1.0`` for "ranked first").
        kind: ``"amount"`` (money), ``"count"``, ``"percent"``, ``"multiple"``,
            ``"year"``, ``"rank"`` or ``"number"`` (none of those).
        unit: currency code (``"USD"``, ``"IDR"``, ``"KRW"``), ``"%"``, ``"x"`` or ``None``.
        scale: the scale word's factor (``1e6`` for juta/million) or ``1.0``.
        year: the year the figure refers to when its sentence says so, else ``None``.
        noun: what a count counts (``"smart work centers"``), else ``None``.
    """

    surface: str
    start: int
    end: int
    value: float
    kind: str
    unit: str | None = None
    scale: float = 1.0
    year: int | None = None
    noun: str | None = None


@dataclass(frozen=True)
class Citation:
    """Where a quote comes from.

    Attributes:
        passage_id, doc_id: ids in the index.
        title, year, paragraph, page, url, kind: for display (paragraph is 1-based).
        quote: the quoted text, exactly ``document_text[start:end]``.
        start, end: character span of the quote in the document's canonical text.
    """

    passage_id: int
    doc_id: str
    title: str
    quote: str
    start: int
    end: int
    paragraph: int
    year: int | None = None
    page: int | None = None
    url: str | None = None
    kind: str | None = None


@dataclass(frozen=True)
class Answer:
    """The engine's reply to one question.

    Attributes:
        question: the question as asked.
        language: ``"id"`` or ``"en"``: the language of the reply's own words.
        answered: ``False`` when the evidence was too weak and the reply declines.
        citations: the quoted sentences, best first (empty when declined, except
            ``closest`` below).
        closest: when declined, the nearest passage's citation shown only as
            "closest match", else ``None``.
        figures: figures found in the quotes (spans relative to each quote's text).
        confidence: the calibrated score the decision was made on (higher = surer).
        hits: the retrieved passages, best first (for "more" and for evaluation).
        timings: seconds spent per stage (``{"search": 0.012, ...}``).
    """

    question: str
    language: str
    answered: bool
    citations: list[Citation] = field(default_factory=list)
    closest: Citation | None = None
    figures: list[Figure] = field(default_factory=list)
    confidence: float = 0.0
    hits: list[Hit] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
