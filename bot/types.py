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
        also_years: other years the sentence gives the same figure for ("ranked 1st in
            2012, as it did in 2010": ``year`` 2012, ``also_years`` ``(2010,)``), else ``()``.
        range_span: for either end of a range ("forecast to grow 5-7% a year", "between
            USD 5 and 10 million"), the character span ``(start, end)`` of the whole range
            as written, in the same text as ``start``/``end``; the two ends share it and
            bound one figure. ``None`` for a figure that is no range's end.
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
    also_years: tuple[int, ...] = ()
    range_span: tuple[int, int] | None = None


@dataclass(frozen=True)
class Citation:
    """Where a quote comes from.

    Attributes:
        passage_id, doc_id: ids in the index.
        title, year, paragraph, page, url, kind: for display (paragraph is 1-based).
        paragraph_end, page_end: the last paragraph / page the quote reaches when it
            spans more than one, else ``None``.
        quote: the quoted text, exactly ``document_text[start:end]``.
        start, end: character span of the quote in the document's canonical text.
        superseded: character spans, relative to ``quote``, where it states figures its
            own source replaces: the figures an erratum withdraws
            (:func:`bot.quotes.withdrawn_part`: "tertulis 412.300 pengaduan; yang benar
            adalah 398.750") and the one a correction replaces
            (:func:`bot.quotes.replaced_figure`: the 3.2 of "4.1 days, not 3.2 days" in
            an erratum); the reply labels a figure starting inside one "superseded" /
            "sudah diralat" (:func:`bot.render.figures_line`).
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
    paragraph_end: int | None = None
    page_end: int | None = None
    superseded: tuple[tuple[int, int], ...] = ()


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
        closest_more: when declined because no source states a total or an average
            asked over several things of a table, the other things' rows shown after
            ``closest`` (:func:`bot.engine._aggregate_rows_quote`), or a whole year's
            figure asked of a table of its parts, the other parts' rows
            (:func:`bot.engine._year_parts_quote`); else empty.
        declined_because: when declined for a known reason, the key of the message
            saying it in :data:`bot.i18n.MESSAGES` (``"no_total"``, ``"no_average"``,
            ``"no_year_total"``),
            shown instead of the plain "I don't know"; else ``None``.
        figures: figures found in the quotes (spans relative to each quote's text).
        confidence: the calibrated score the decision was made on (higher = surer).
        hits: the retrieved passages, best first (for "more" and for evaluation).
        timings: seconds spent per stage (``{"search": 0.012, ...}``).
        signals: the :class:`bot.engine.Signals` the decline decision was made on.
        read_as: when ``question`` was a follow-up ("Dan tahun 2007?"), the whole
            question it was read as and answered (:mod:`bot.followup`), else ``None``.
        needs_previous: ``True`` when ``question`` was a follow-up with no previous
            question to read it against (declined with a hint to ask it whole).
        small_talk: when ``question`` was a greeting, thanks or a question about the
            bot itself (:func:`bot.engine.small_talk`), the key of its reply in
            :data:`bot.i18n.MESSAGES` (``"greeting"``, ``"thanks"``, ``"help_asked"``);
            such a message is no question to follow up; else ``None``.
    """

    question: str
    language: str
    answered: bool
    citations: list[Citation] = field(default_factory=list)
    closest: Citation | None = None
    closest_more: list[Citation] = field(default_factory=list)
    declined_because: str | None = None
    figures: list[Figure] = field(default_factory=list)
    confidence: float = 0.0
    hits: list[Hit] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    signals: object | None = None
    read_as: str | None = None
    needs_previous: bool = False
    small_talk: str | None = None


@dataclass
class Claim:
    """A claim to fact-check, as parsed (see :mod:`bot.factcheck`).

    Attributes:
        text: the claim as sent.
        language: ``"id"`` or ``"en"``: the language its numbers are read in.
        figures: its figures (spans relative to ``text``); ``year`` as the claim says it
            (relative years such as "this year" are resolved against each source's date
            while matching).
    """

    text: str
    language: str
    figures: list[Figure] = field(default_factory=list)


@dataclass(frozen=True)
class FigureMatch:
    """One claim figure compared with the source.

    Attributes:
        claim: the claim's figure (its ``year`` as resolved against the source's date).
        source: the source's figure it was compared with, exactly as the source writes it
            (spans are offsets in the document's canonical text); for a derived figure
            (growth, "doubled") the later of the two values it was recomputed from;
            ``None`` when the sources have no figure about the same thing and year.
        ok: ``True`` the source agrees (within the rounding the claim's own precision
            allows), ``False`` it says otherwise, ``None`` not in the sources.
        base: for a derived figure, the earlier value (``source`` / ``base`` = ratio).
        computed: for a derived figure, the value recomputed from the source (a ratio
            for multiples, a percentage change for percentages), else ``None``.
        citation: where ``source`` is (the sentence holding it).
        base_citation: where ``base`` is, for a derived figure.
    """

    claim: Figure
    source: Figure | None
    ok: bool | None
    base: Figure | None = None
    computed: float | None = None
    citation: Citation | None = None
    base_citation: Citation | None = None


@dataclass
class Verdict:
    """The result of checking a claim against the corpus.

    Attributes:
        claim: the claim as sent.
        language: ``"id"`` or ``"en"``: the language of the verdict's own words.
        verdict: ``"supported"``, ``"contradicted"``, ``"partly_supported"`` or
            ``"not_found"``.
        citations: the quoted source sentences the verdict rests on (exact document
            spans), in document order.
        matches: each claim figure with the source figure it was compared with.
        source_inconsistencies: places where a cited source contradicts its own figures
            (in ``language``); such statements are flagged, never trusted.
        source_conflicts: figures of other documents that disagree with the figure the
            verdict rests on, for the same thing and year (in ``language``; their
            sentences are among ``citations``).
        explanation: the verdict in words, in ``language``.
        parsed: the parsed :class:`Claim`.
        hits: the passages retrieved for the claim, best first.
        timings: seconds spent per stage.
    """

    claim: str
    language: str
    verdict: str
    citations: list[Citation] = field(default_factory=list)
    matches: list[FigureMatch] = field(default_factory=list)
    source_inconsistencies: list[str] = field(default_factory=list)
    source_conflicts: list[str] = field(default_factory=list)
    explanation: str = ""
    parsed: Claim | None = None
    hits: list[Hit] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
