"""Turning an :class:`bot.types.Answer` into text for a face: plain text or Telegram HTML.

Quotes are shown exactly as the source writes them (figures included); only the labels
around them are in the reader's language. Telegram HTML is escaped piece by piece and
split only between pieces, so every message is valid HTML on its own and under
Telegram's 4,096-character limit (https://core.telegram.org/bots/api#sendmessage).
"""

from __future__ import annotations

import html
import re

from bot.i18n import t
from bot.types import Answer, Citation, Figure, Verdict

TELEGRAM_LIMIT = 4096


def citation_label(c: Citation, lang: str) -> str:
    """``Title (2011), paragraph 15`` (``paragraphs 15-16``, ``page 3``, ``pages 3-4``) in ``lang``."""
    return sources_label([c], lang)


def sources_label(citations: list[Citation], lang: str) -> str:
    """One label for quotes of the same document (the first one's title and year):
    ``Title (2011), paragraphs 6, 10``, ``paragraph 6`` when they share it, ``paragraphs
    15-16`` for a quote over two; pages instead for paginated sources."""
    paged = all(c.page for c in citations)
    spans = sorted({(c.page, c.page_end or c.page) if paged else (c.paragraph, c.paragraph_end or c.paragraph)
                    for c in citations})
    parts = [str(a) if a == b else f"{a}-{b}" for a, b in spans]
    plural = len(parts) > 1 or "-" in parts[0]
    word = t(("pages" if plural else "page") if paged else ("paragraphs" if plural else "paragraph"), lang)
    first = citations[0]
    year = f" ({first.year})" if first.year else ""
    return f"{first.title}{year}, {word} {', '.join(parts)}"


def _pieces(answer: Answer) -> list[tuple[str, str]]:
    """The reply as ``(style, text)`` pieces: style is intro/quote/source/note/declined.
    A follow-up's reply starts with the question it was read as ("Read as: ...")."""
    lang = answer.language
    if answer.needs_previous:
        return [("declined", t("needs_previous", lang))]
    if answer.small_talk:
        return [("note", t(answer.small_talk, lang))]
    read_as = [("note", f"{t('read_as', lang)}: {answer.read_as}")] if answer.read_as else []
    if not answer.answered:
        out = read_as + [("declined", t(answer.declined_because or "declined", lang))]
        if answer.closest is not None:
            out.append(("note", t("closest", lang) + ":"))
            out += _quoted([answer.closest, *answer.closest_more], lang)
        return out
    languages = {h.passage.passage_id: h.passage.language for h in answer.hits}
    return read_as + [("intro", t("answer_intro", lang))] + _quoted(
        answer.citations, lang, lambda c: figures_line(c.quote, languages.get(c.passage_id), lang, c.superseded))


def _quoted(cits: list[Citation], lang: str, figures=None) -> list[tuple[str, str]]:
    """Pieces for quotes ``cits`` in order: each quote, its figures line when ``figures``
    (a function of the citation) gives one, and one source line per run of quotes of one
    document (:func:`sources_label`)."""
    out: list[tuple[str, str]] = []
    run: list[Citation] = []
    for i, c in enumerate(cits):
        run.append(c)
        out.append(("quote", c.quote))
        line = figures(c) if figures is not None else None
        if line:
            out.append(("figures", line))
        if i + 1 == len(cits) or cits[i + 1].doc_id != c.doc_id:  # one source line per document
            out.append(("source", f"{t('source', lang)}: {sources_label(run, lang)}"))
            run = []
    return out


#: Figure kinds listed on a quote's figures line (a rank too: a spreadsheet row's "UN
#: E-Government Survey rank: 3" had been left out while the row's other cells were listed).
FIGURE_LINE_KINDS = ("amount", "percent", "count", "rank")


def quote_figures(quote: str, quote_lang: str | None) -> list[Figure]:
    """The money, percentage, count and rank figures of a quote, and its numbers with a
    scale whose noun is left out ("grew from 10.2 million in 2019 to 20.5 million"; a
    tester's quote had no Figures line) or written in groups of thousands (:data:`_GROUPED`),
    spans relative to ``quote``.

    ``quote_lang`` is the language the source is written in (its decimal convention);
    when unknown it is detected from the quote.
    """
    from bot.figures import extract_figures
    from index.language import detect_language

    lang = quote_lang if quote_lang in ("id", "en") else detect_language(quote, "en")
    named = _row_names(quote)
    return [f for f in extract_figures(quote, lang)
            if (f.kind in FIGURE_LINE_KINDS or (f.kind == "number" and (f.scale != 1.0 or _GROUPED.fullmatch(f.surface))))
            and not any(a <= f.start < b for a, b in named)]


def _row_names(quote: str) -> list[tuple[int, int]]:
    """The spans of ``quote`` that name its table rows: the table's name before " — " on
    each line that is a row (:data:`bot.figures.ROW_LEAD`). Their figures are the table's,
    not the row's: "(lima provinsi)" in a workbook's title had been listed as "lima
    provinsi (5)" beside every channel's transactions (a blind probe of stop 58)."""
    from bot.figures import ROW_LEAD

    out, at = [], 0
    for line in quote.split("\n"):
        if ROW_LEAD.match(line) and " — " in line and ";" not in line[:line.index(" — ")]:
            out.append((at, at + line.index(" — ")))
        at += len(line) + 1
    return out


#: A bare number written in groups of thousands ("740,000", "1.250.000"): a figure, though
#: its noun stands elsewhere ("The number of households ... reached 740,000"; a blind probe
#: of stop 44 found it missing from the Figures line beside the quote's other counts).
_GROUPED = re.compile(r"[1-9]\d{0,2}(?:([.,])\d{3})(?:\1\d{3})*")  # (not "0,935", a decimal)


def figure_label(f: Figure, quote: str, reader_lang: str, quote_lang: str | None = None, note: str = "") -> str:
    """A figure exactly as the quote writes it (with the words bounding or approximating it
    before it, :func:`bot.figures.qualifier_start`: "Nearly 700", "lebih dari 9,2 juta";
    a count with its noun when the noun follows it, :func:`bot.figures.noun_end`), then its normalised form in the
    reader's language in brackets where that differs:
    ``USD148,76 juta (USD 148.76 million)``, ``2.000 sistem (2,000)``, ``500 pusat kerja pintar``.
    A rank the quote writes in words of the reader's language (``peringkat pertama``) is
    shown as written; a rank in digits or in the other language gets its normalised form
    (``3 (ranked 3rd)``, ``peringkat pertama (ranked 1st)``). A ``note`` goes in the
    brackets after the normalised form: ``412.300 pengaduan (412,300; superseded)``.
    """
    from bot.figures import format_figure, noun_end, qualifier_start, writes_form

    shown = f.surface
    end = noun_end(quote, f)
    if end is not None:  # "500 pusat kerja pintar", "7 (tujuh) hari kerja"
        shown = quote[f.start:end]
    q = qualifier_start(quote, f.start) if f.kind != "year" and quote[f.start:f.end] == f.surface else None
    if q is not None:  # "Nearly 700 public services", "lebih dari 9,2 juta": as the quote writes it
        shown = " ".join(quote[q:f.start].split()) + " " + shown
    norm = ""
    if not (f.kind == "rank" and quote_lang == reader_lang and re.search(r"[^\W\d_]", f.surface)):
        try:
            norm = format_figure(f, reader_lang)
        except ValueError:
            norm = ""
    if writes_form(f.surface, norm):  # ("five (5)": the 5 is written)
        norm = ""
    inside = "; ".join(part for part in (norm, note) if part)
    return f"{shown} ({inside})" if inside else shown


def figures_line(quote: str, quote_lang: str | None, reader_lang: str,
                 superseded: tuple[tuple[int, int], ...] = ()) -> str:
    """``Figures: USD9,87 juta (USD 9.87 million); ...`` for a quote, or ``""`` when it has none.

    Only figures of the quote are listed, each exactly as the quote writes it; the
    normalised form beside it states the same number (never a number of its own). A
    figure starting inside one of the ``superseded`` spans (characters of ``quote``,
    :attr:`bot.types.Citation.superseded`) is labelled so: an erratum's "tertulis 412.300
    pengaduan; yang benar adalah 398.750 pengaduan" had listed both figures alike.
    """
    figs = quote_figures(quote, quote_lang)
    if superseded:
        figs = sorted([*figs, *_correction_numbers(quote, quote_lang, superseded, figs)], key=lambda f: f.start)
    figs = sorted([*figs, *_not_only_numbers(quote, quote_lang, figs)], key=lambda f: f.start)
    if not figs:
        return ""
    from index.language import detect_language

    lang = quote_lang if quote_lang in ("id", "en") else detect_language(quote, "en")
    labels, i = [], 0
    while i < len(figs):
        f = figs[i]
        old = any(a <= f.start < b for a, b in superseded)
        if f.range_span is not None and i + 1 < len(figs) and figs[i + 1].range_span == f.range_span:
            label = range_label(f, figs[i + 1], quote, reader_lang)
            labels.append(f"{label} ({t('superseded', reader_lang)})" if old else label)
            i += 2
            continue
        labels.append(figure_label(f, quote, reader_lang, lang, t("superseded", reader_lang) if old else ""))
        i += 1
    return f"{t('figures', reader_lang)}: " + "; ".join(labels)


def _correction_numbers(quote: str, quote_lang: str | None, superseded: tuple[tuple[int, int], ...],
                        listed: list[Figure]) -> list[Figure]:
    """The bare numbers of a correction the Figures line would leave out (no noun, no
    scale, no thousands groups: :func:`quote_figures`): one starting inside a superseded
    span, and the right figure of its pair just before it ("dikoreksi menjadi 58, bukan
    64": ``58; 64 (sudah diralat)``; a blind probe of stop 44 had found neither listed)."""
    from bot.figures import extract_figures
    from bot.quotes import correction_pairs
    from index.language import detect_language

    lang = quote_lang if quote_lang in ("id", "en") else detect_language(quote, "en")
    starts = {f.start for f in listed}
    numbers = [f for f in extract_figures(quote, lang) if f.kind == "number" and f.start not in starts]
    olds = [f for f in numbers if any(a <= f.start < b for a, b in superseded)]
    rights = [f for a, _, right in correction_pairs(quote) if any(o.start == a for o in olds)
              for f in numbers if f.start == right]
    return olds + [f for f in rights if f not in olds]


def _not_only_numbers(quote: str, quote_lang: str | None, listed: list[Figure]) -> list[Figure]:
    """The bare number a "not only" pair gives as the figure (:func:`bot.quotes.not_only_pairs`)
    when the Figures line would leave it out while listing the figure it says understates:
    "not only 2 water utilities but 7" had listed ``2 water utilities`` alone (a blind
    probe of stop 44)."""
    from bot.quotes import not_only_pairs

    pairs = not_only_pairs(quote)
    if not pairs:
        return []
    from bot.figures import extract_figures
    from index.language import detect_language

    lang = quote_lang if quote_lang in ("id", "en") else detect_language(quote, "en")
    starts = {f.start for f in listed}
    news = {m.start("new") for m in pairs if m.start("old") in starts} - starts
    return [f for f in extract_figures(quote, lang) if f.kind == "number" and f.start in news]


def range_label(low: Figure, high: Figure, quote: str, reader_lang: str) -> str:
    """The two ends of one range as one figure: the range exactly as the quote writes it,
    then its normalised form in the reader's language where that differs (``5-7%``,
    ``antara 5 hingga 7 persen (5–7%)``, ``between USD 5 and 10 million (USD 5–10
    million)``). Before, "5-7%" was listed as two figures, ``5 (5%); 7%``.

    Args:
        low, high: the range's two ends, in text order, sharing ``range_span``.
        quote: the text their spans point into.
        reader_lang: ``"en"`` or ``"id"``.
    """
    from bot.figures import format_figure

    start, end = low.range_span or (low.start, high.end)  # from "between"/"antara" when it leads
    shown = quote[start:end]
    try:
        a, b = format_figure(low, reader_lang), format_figure(high, reader_lang)
    except ValueError:
        return shown
    pre = 0  # the words the two ends share before and after their numbers ("USD ", " million")
    while pre < min(len(a), len(b)) and a[pre] == b[pre] and not a[pre].isdigit():
        pre += 1
    post = 0
    while (post < min(len(a), len(b)) - pre and a[-1 - post] == b[-1 - post]
           and not a[-1 - post].isdigit()):
        post += 1
    norm = f"{a[:len(a) - post]}–{b[pre:]}"

    def key(s: str) -> str:
        return re.sub(r"[-–—]", "-", "".join(s.split())).casefold()

    return shown if key(norm) == key(shown) else f"{shown} ({norm})"


def _pieces_text(pieces: list[tuple[str, str]]) -> str:
    """Plain text of ``(style, text)`` pieces (answers and verdicts share the styles)."""
    lines = []
    for style, text in pieces:
        if style == "quote":
            lines.append("  “" + text.replace("\n", "\n   ") + "”")
        elif style == "source":
            lines.append("  — " + text)
        elif style == "figures":
            lines.append("  " + text)
        elif style == "warning":
            lines.append("! " + text)
        else:
            lines.append(text)
    return "\n".join(lines)


def _pieces_html(pieces: list[tuple[str, str]], limit: int) -> list[str]:
    """Telegram HTML messages of ``(style, text)`` pieces, each valid and at most ``limit``."""
    overhead = len("<blockquote></blockquote>") + len("<b>⚠️ </b>")
    html_pieces = []
    for style, text in pieces:
        for part in _cut_text(text, limit - overhead):
            html_pieces.append(_html_piece(style, part))
    return split_html_pieces(html_pieces, limit)


def render_text(answer: Answer) -> str:
    """The reply as plain text for the console and ``egov-bot ask``."""
    return _pieces_text(_pieces(answer))


def _html_piece(style: str, text: str) -> str:
    esc = html.escape(text, quote=False)
    if style == "quote":
        return f"<blockquote>{esc}</blockquote>"
    if style == "source":
        return f"<i>{esc}</i>"
    if style in ("declined", "verdict"):
        return f"<b>{esc}</b>"
    if style == "warning":
        return f"<b>⚠️ {esc}</b>"
    return esc


def split_html_pieces(pieces: list[str], limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Pack already-valid HTML pieces into messages of at most ``limit`` characters.

    Pieces are joined with a newline and never cut, unless one piece alone is longer than
    ``limit``; such a piece must be produced by :func:`_cut_text` first.
    """
    messages: list[str] = []
    cur = ""
    for p in pieces:
        candidate = f"{cur}\n{p}" if cur else p
        if len(candidate) <= limit:
            cur = candidate
        else:
            if cur:
                messages.append(cur)
            cur = p
    if cur:
        messages.append(cur)
    return messages


def _cut_text(text: str, limit: int) -> list[str]:
    """Cut raw text into parts whose escaped form fits ``limit``; prefers line and sentence ends."""
    parts = []
    rest = text
    while rest:
        if len(html.escape(rest, quote=False)) <= limit:
            parts.append(rest)
            break
        size = limit // 2  # escaping can grow text up to 5x for '&'; halve then check
        while len(html.escape(rest[:size], quote=False)) > limit:
            size //= 2
        cut = max(rest.rfind("\n", 0, size), rest.rfind(". ", 0, size) + 1)
        if cut <= 0:
            cut = size
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return [p for p in parts if p]


def render_html(answer: Answer, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """The reply as Telegram HTML messages, each valid and at most ``limit`` characters.

    Every text from a source or a user is escaped (``<``, ``>``, ``&``); ``*`` and ``_``
    need no escaping in HTML mode.
    """
    return _pieces_html(_pieces(answer), limit)


# -- fact-check verdicts (bot/factcheck.py) ------------------------------------------------


def _verdict_pieces(verdict: Verdict) -> list[tuple[str, str]]:
    """A verdict as ``(style, text)`` pieces: verdict, claim, explanation, warnings, quotes."""
    lang = verdict.language
    out = [
        ("verdict", f"{t('verdict', lang)}: {t('verdict_' + verdict.verdict, lang)}"),
        ("note", f"{t('claim', lang)}: {verdict.claim}"),
        ("note", verdict.explanation),
    ]
    for w in verdict.source_inconsistencies:
        out.append(("warning", f"{t('source_inconsistent', lang)}: {w}"))
    for w in verdict.source_conflicts:
        out.append(("warning", f"{t('sources_disagree', lang)}: {w}"))
    for c in verdict.citations:
        out.append(("quote", c.quote))
        out.append(("source", f"{t('source', lang)}: {citation_label(c, lang)}"))
    return out


def render_verdict_text(verdict: Verdict) -> str:
    """A fact-check verdict as plain text for the console and ``egov-bot check``."""
    return _pieces_text(_verdict_pieces(verdict))


def render_verdict_html(verdict: Verdict, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """A fact-check verdict as Telegram HTML messages (escaped, each at most ``limit``)."""
    return _pieces_html(_verdict_pieces(verdict), limit)
