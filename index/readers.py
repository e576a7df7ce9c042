"""Reading corpus files into blocks of clean text, one reader per format.

Every reader takes a path and returns a :class:`ReadResult`; a file that cannot be read
raises :class:`ReadError` with a message that names the file and says why, so the
refresh can report it and go on with the rest.

Formats (suffix -> reader, library):

- ``.txt`` -> :func:`read_text`; ``.md`` -> :func:`read_markdown` (charset-normalizer for
  files that are not UTF-8)
- ``.pdf`` -> :func:`read_pdf` (pypdf): paragraph blocks with ``page`` set
- ``.html``, ``.htm`` -> :func:`read_html` (trafilatura): the main text only
- ``.docx`` -> :func:`read_docx` (python-docx): paragraphs, and table rows as ``row``
  blocks
- ``.csv`` -> :func:`read_csv` (csv), ``.xlsx`` -> :func:`read_xlsx` (openpyxl): one
  ``row`` block per data row, carrying the table's name and its column headers

The heavy libraries are imported inside their readers, so importing this module is cheap.
"""

from __future__ import annotations

import codecs
import contextlib
import copy
import csv
import functools
import datetime as dt
import io
import itertools
import logging
import re
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.types import Block


#: What the readers make of a file, recorded in the index manifest with the chunker's
#: settings (:func:`index.build.chunker_settings`): a change forces a full rebuild, so
#: an index built by older readers is read again. 1: a PDF's ruled tables are read as
#: table rows (:func:`_pdf_tables`); before, pypdf had flattened them into one
#: paragraph. 2: a Markdown or DOCX table is named by the caption paragraph just above
#: it (:func:`_caption_above`), as a PDF's is. 3: a PDF's list items are paragraphs of
#: their own (:func:`_bullet_groups`); before, a list without blank lines between its
#: items became one paragraph. 4: a question heading (an FAQ's, an interview's without
#: "Q:") is a ``question`` block (:func:`question_headings`); a list item is an ``item``
#: block (DOCX list paragraphs, Markdown and HTML list items, lines opening with a
#: bullet or a number: :func:`list_items`). 5: a PDF's tables drawn with text are rows
#: (:func:`_text_tables`), its running heads are cut off each page's text before it is
#: made into paragraphs (:func:`_running_lines`), as are heads and feet naming their page
#: and a chart's labels, and a page in columns is cut after its headings
#: (:func:`_plain_heading`); a hard-wrapped text file's lines are joined
#: (:data:`WRAPPED_SHARE`); an HTML definition list's term and definition are one
#: paragraph (:func:`_definition_blocks`); a worksheet's title rows join its rows' table
#: name, and a column numbering the rows is left out of them (:func:`table_blocks`). 6:
#: an Indonesian workbook's numbers are shown with a decimal comma and a thousands dot
#: (:func:`read_xlsx`), a PDF's table of contents is left out and a numbered heading above
#: its paragraph is a paragraph of its own. 7: only a page headed "Daftar Isi"/"Contents"
#: loses its dot-leader lines (version 6 had also dropped a price list's), and a number
#: format's own text keeps its stops in an Indonesian workbook. 8: footnote marks set as
#: small raised numbers (PDF), ``<sup>`` (HTML) or superscript runs (DOCX) leave the text,
#: a note's own number leaves its note, and a unit's power is written "m²"; a slide's row
#: of big figures over their captions is read as figure-caption pairs; a form laid out as
#: a table with a column of colons ("Waktu | : | 09.00 WIB") gives one row of its fields.
#: 9: a web page's accordion buttons asking a question or heading a section (a FAQ's
#: questions) are read as text; a note alone in a table's row ("Sumber: ...") is a
#: paragraph and numbers no row; a slide's or an infographic's captions of two lines
#: under their big figures are read with them; "(a) ..." opens a list item. 10: an HTML
#: ordered list's items keep their numbers ("2. Bali (31,2%)"), and a PDF paragraph broken
#: by a page whose head (no repetition tells it: a two-page report) stands between its
#: parts is joined, the head kept after it (:func:`_join_across_pages`). 11: a PDF's
#: short numbered headings, running heads of a two-page report, captions closing a page,
#: Word's list numbers, a workbook's custom date formats (stop 57). 12: a plain-text
#: file's table laid out in columns of spaces ("Year    Documents processed" over "2020
#: 24.7 million") is read as table rows, named by the line leading into it
#: (:func:`read_text`). 13: a text table's cell of a number with its scale word ("6.1
#: million") is a number, so a table whose only figures are such cells is read as one.
#: 14: a CSV's delimiter is the one cutting its rows into the most cells (stop 64), and a
#: row's surplus cells from an unquoted delimiter join its last, free-text cell again; a
#: note under a table's rows (its source, "Sumber: ...", or a correction's label,
#: "Erratum (July 2024): ...", "Ralat: ...") is a ``note`` block, not a row of the first
#: column (stop 65). 15: such a note cut into cells by the delimiter it writes ("Ralat:
#: ... 1.487 site; yang benar adalah 1.511 site.") is joined again (stop 66).
READER_VERSION = 15


class ReadError(Exception):
    """A corpus file could not be read; ``str(err)`` names the file and the reason."""

    def __init__(self, path: Path | str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


@dataclass
class ReadResult:
    """What a reader found in a file.

    Attributes:
        blocks: the text in reading order (see :class:`index.types.Block`).
        title, date, language: metadata the file itself states, when it does.
        warnings: things the refresh report should mention (e.g. "not UTF-8: read as
            cp1252").
    """

    blocks: list[Block]
    title: str | None = None
    date: str | None = None
    language: str | None = None
    warnings: list[str] = field(default_factory=list)


# Lines that blogs append after an article: not content. Matched case-insensitively
# against whole lines at the end of a text file (Blogger's Indonesian and English UI).
_BOILERPLATE = re.compile(
    r"^\s*(tidak ada komentar:?|posting komentar|no comments:?|post a comment|"
    r"newer post|older post|posting lebih baru|posting lama|beranda|home|"
    r"subscribe to:.*|langganan:.*|share this:?|bagikan:?)\s*$",
    re.IGNORECASE,
)
# "Tanya :" / "T:" / "Q:" / "Question:" opens an interview question.
_QUESTION = re.compile(r"^\s*(tanya|pertanyaan|question|q|t)\s*:\s*", re.IGNORECASE)
_MAX_BYLINE_WORDS = 4


def strip_boilerplate(lines: list[str]) -> list[str]:
    """Drop blog boilerplate from the end of ``lines``.

    Removes trailing lines such as "Tidak ada komentar:" and "Posting Komentar", and the
    poster's name just above them (a short line of at most four capitalised words with
    no sentence punctuation). Nothing is removed when no boilerplate line is found.
    """
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    found = False
    while end and (_BOILERPLATE.match(lines[end - 1]) or not lines[end - 1].strip()):
        found = found or bool(lines[end - 1].strip())
        end -= 1
    if found and end:
        words = lines[end - 1].split()
        if (
            0 < len(words) <= _MAX_BYLINE_WORDS
            and all(w[:1].isupper() for w in words)
            and not re.search(r"[.:;?!()]", lines[end - 1])
        ):
            end -= 1
    return lines[:end]


def blocks_from_lines(lines: list[str]) -> list[Block]:
    """Turn text lines into blocks: one paragraph per non-empty line.

    Lines that open an interview question ("Tanya :", "Q:") become ``question`` blocks.
    A line broken inside a sentence (it ends without sentence punctuation and the next
    starts in lower case, or it is nearly as long as the file's wrap width,
    :data:`WRAPPED_SHARE` and :data:`WRAPPED_MIN_CHARS`, and the next follows it without a
    blank line and opens no list item, neither being a table's row) is joined to the next
    with a space.
    """
    lengths = sorted(len(raw.strip()) for raw in lines if raw.strip())
    wrap = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0  # the width a hard-wrapped file is cut at
    paras: list[str] = []
    previous = ""  # the line before, when not blank
    for raw in lines:
        line = raw.strip()
        if not line:
            previous = ""
            continue
        if (
            paras
            and not re.search(r"[.!?:;)\"'”]$", paras[-1])
            and (line[:1].islower() or (previous and len(previous) >= max(WRAPPED_MIN_CHARS, WRAPPED_SHARE * wrap)
                                         and not _BULLET_LINE.match(line)
                                         and not _CELL_GAP.search(previous) and not _CELL_GAP.search(line)))
            and not _QUESTION.match(line)
        ):
            paras[-1] = f"{paras[-1]} {line}"
        else:
            paras.append(line)
        previous = line
    return [Block(p, "question" if _QUESTION.match(p) else "paragraph") for p in _signature_blocks(paras)]


#: The line naming a party above its signatory ("FOR THE MINISTRY OF THE INTERIOR AND
#: SAFETY OF THE REPUBLIC OF KOREA", "On behalf of ...", "Untuk dan atas nama ...",
#: "PIHAK KEDUA,") or the witnesses ("Witnessed by:", "Disaksikan oleh:").
_SIGNATORY_LEAD = re.compile(
    r"(?:for(?:\s+and\s+on\s+behalf\s+of)?\s+the\s|on\s+behalf\s+of\s|untuk\s+dan\s+atas\s+nama\s|atas\s+nama\s|"
    r"pihak\s+(?:pertama|kedua)\b|witness(?:ed)?(?:\s+by)?\s*:|disaksikan\s+oleh\b|saksi(?:-saksi)?\s*:)",
    re.IGNORECASE)
#: Longest line (characters) read as a signatory's name or title under such a lead.
SIGNATORY_LINE_CHARS = 90


def _signature_blocks(paras: list[str]) -> list[str]:
    """``paras`` with each signature block joined into one paragraph: a party's line
    (:data:`_SIGNATORY_LEAD`, in capitals or ending with ":" or ",") and the short lines
    under it (at most four, none ending a sentence, none another lead) become "FOR THE
    MINISTRY ... OF KOREA: Kim Dong-hyun, Vice Minister of the Interior and Safety". A
    blind probe of stop 55's MoU had each line a sentence of its own, and "who signed for
    Korea?" could find no sentence naming both the ministry and its signatory."""
    out: list[str] = []
    i = 0
    while i < len(paras):
        lead = paras[i]
        names: list[str] = []
        if (_SIGNATORY_LEAD.match(lead) and len(lead) <= 2 * SIGNATORY_LINE_CHARS and not re.search(r"[.!?;]$", lead)
                and (lead.isupper() or lead.endswith((":", ",")))):
            j = i + 1
            while (j < len(paras) and len(names) < 4 and len(paras[j]) <= SIGNATORY_LINE_CHARS
                   and not re.search(r"[.!?;:]$", paras[j]) and not _SIGNATORY_LEAD.match(paras[j])
                   and not _QUESTION.match(paras[j])):
                names.append(paras[j])
                j += 1
        if names:
            joiner = "; " if any("," in n for n in names) else ", "
            out.append(f"{lead.rstrip(':,').rstrip()}: {joiner.join(names)}")
            i += 1 + len(names)
        else:
            out.append(lead)
            i += 1
    return out


#: A line at least this share of a file's wrap width (its 90th-percentile line length)
#: that ends no sentence is continued by the next line (no blank line between): a memo
#: wrapped at 95 characters had been read a line a paragraph ("... because the purchase
#: of" | "40 telemedicine devices ..."), and its reason lost from the quote (a blind tester).
WRAPPED_SHARE = 0.75
#: ... and at least this long (characters): text is wrapped at 60 or more; shorter lines
#: are a heading, an address, a list or verse. Lines of a table aligned with spaces (a gap
#: of three spaces or more) are never joined (an attack: a fee table had become one
#: paragraph, and a claim of one service's fee was supported with another's).
WRAPPED_MIN_CHARS = 60


# ---------------------------------------------------------------------------------------
# Shared helpers: decoding, whitespace, metadata, numbers, tables
# ---------------------------------------------------------------------------------------

_BINARY_SAMPLE = 8192
# C0 control characters that do not occur in text (tab, newlines, form feed are fine).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_WS = re.compile(r"\s+")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


#: Characters cp1252 text in a Western language (Indonesian, English, French...) has
#: beyond ASCII: Latin-1 letters and signs, the few Latin Extended-A letters cp1252 has
#: (Œ, š, ž...), typographic quotes and dashes, € and ™.
_WESTERN = re.compile(r"[\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2010-\u203a\u20ac\u2122]")
#: Most letters of Western text are ASCII; text whose letters are mostly accented is
#: another script's bytes read as cp1252 (Cyrillic cp1251 gives "Ïðèâåò").
_WESTERN_MAX_ACCENTED = 0.3


def _western(data: bytes) -> str | None:
    """``data`` read as cp1252 when that reads as Western text (only :data:`_WESTERN`
    characters beyond ASCII, at most :data:`_WESTERN_MAX_ACCENTED` of the letters
    accented); else None. charset-normalizer guesses a code page from letter statistics,
    which short Western text does not have: a cp1252 page of curly quotes and "café" was
    read as cp775 ("ōwe will invest Ć5 millionö ... cafķ")."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    beyond = [c for c in text if ord(c) > 127]
    if any(not _WESTERN.match(c) for c in beyond):
        return None
    letters = sum(1 for c in text if c.isalpha())
    accented = sum(1 for c in beyond if c.isalpha())
    return text if letters and accented <= letters * _WESTERN_MAX_ACCENTED else None


def decode_text(path: Path, data: bytes) -> tuple[str, list[str]]:
    """Decode the bytes of a text file (``.txt``, ``.md``, ``.csv``).

    UTF-8 (with or without a byte-order mark) is read as is; UTF-16/32 with a BOM are
    read too; bytes that read as Western text in cp1252 are read so (:func:`_western`);
    anything else is decoded with the encoding charset-normalizer finds (preferring cp1252
    where it decodes the bytes to the same text as the best guess).

    Args:
        path: the file, for error messages.
        data: its bytes.

    Returns:
        ``(text, warnings)``; warnings holds ``"not UTF-8: read as <encoding>"`` when the
        file was not UTF-8.

    Raises:
        ReadError: "the file is empty" (no bytes, or only whitespace), "binary data, not
            text" (NUL bytes, control characters, or no encoding fits).
    """
    if not data.strip():
        raise ReadError(path, "the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ReadError(path, f"broken {encoding.upper()} text ({exc.reason})") from exc
            return text.lstrip("\ufeff"), [f"not UTF-8: read as {encoding}"]
    sample = data[:_BINARY_SAMPLE]
    if b"\x00" in sample or len(_CONTROL.findall(sample.decode("latin-1"))) > len(sample) * 0.05:
        raise ReadError(path, "binary data, not text")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    western = _western(data)
    if western is not None:
        return western, ["not UTF-8: read as cp1252"]
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise ReadError(path, "binary data, not text (no character encoding fits)")
    encoding = best.encoding
    for match in matches:
        # Single-byte guesses that decode these bytes exactly as cp1252 would are
        # equally good; cp1252 is by far the most common of them.
        if (
            match.chaos <= best.chaos
            and match.coherence >= best.coherence
            and "cp1252" in match.could_be_from_charset
        ):
            encoding = "cp1252"
            break
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        text = str(best)
        encoding = best.encoding
    if len(_CONTROL.findall(text)) > max(1, len(text) * 0.05):
        raise ReadError(path, "binary data, not text")
    return text, [f"not UTF-8: read as {encoding}"]


def _clean(text: str) -> str:
    """Collapse runs of whitespace (newlines included) into single spaces and trim."""
    return _WS.sub(" ", text).strip()


def _language(code: str | None) -> str | None:
    """ISO 639-1 code from a language tag as files state it ("en-US" -> "en"), or None."""
    if not code:
        return None
    primary = re.split(r"[-_\s]", code.strip())[0].lower()
    if primary == "in":  # the old code for Indonesian, still seen in the wild
        primary = "id"
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else None


def table_title(path: Path) -> str:
    """A title for a table document: the file stem with hyphens/underscores as spaces.

    ``egdi-2014.csv`` -> ``"egdi 2014"``.
    """
    return _clean(path.stem.replace("_", " ").replace("-", " ")) or path.stem


_SIGNIFICANT = 15
_FLOAT_TEXT = re.compile(r"[-+]?(\d+\.\d*|\.\d+)([eE][-+]?\d+)?")


def format_number(value: float | int) -> str:
    """Render a number as its source means it.

    Floats are rounded to 15 significant digits, which removes binary artefacts, and
    shown in the shortest form that gives that float back (``0.9462299999999999`` ->
    ``"0.94623"``); whole floats lose the ``.0`` (``106.0`` -> ``"106"``). Integers
    are shown as they are. NaN and infinities are shown as Python writes them.
    """
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, int):
        return str(value)
    x = float(value)
    if x != x or x in (float("inf"), float("-inf")):
        return repr(x)
    x = float(f"{x:.{_SIGNIFICANT}g}")
    if x.is_integer() and abs(x) < 10**_SIGNIFICANT:
        return str(int(x))
    return repr(x)


def clean_number_text(text: str) -> str:
    """Trim a cell written as text and fix float artefacts only.

    A decimal with more than 15 significant digits (``"0.9462299999999999"``) is a float
    artefact and is shown via :func:`format_number` (``"0.94623"``); anything else is kept
    exactly as written (``"106.0"`` stays ``"106.0"``), less surrounding whitespace.
    """
    text = text.strip()
    m = _FLOAT_TEXT.fullmatch(text)
    if m:
        digits = m.group(1).replace(".", "").lstrip("0")
        if len(digits) > _SIGNIFICANT:
            return format_number(float(text))
    return text


#: Swaps a number's separators to the Indonesian convention ("1,500.50" -> "1.500,50").
_TO_DECIMAL_COMMA = str.maketrans(",.", ".,")


#: A number format's numeric part: digits placeholders with an optional thousands comma,
#: decimals and a percent sign ("0", "#,##0", "0.0%", "#,##0.00"), with literal text
#: around it (""$"#,##0", "0.0" pts"").
_NUMBER_FORMAT = re.compile(r'(?P<pre>(?:"[^"]*"|\\.|[$€£¥ ])*)(?P<int>[#,0]*0)(?:\.(?P<dec>0+))?(?P<pct>%?)(?P<post>(?:"[^"]*"|\\.|[$€£¥ ])*)')


def format_cell_number(value: float | int, number_format: str | None, decimal_comma: bool = False) -> str | None:
    """A number as a spreadsheet shows it under its cell's number format, for the common
    formats: fixed decimals, a thousands comma, a percentage, literal text around them
    (``0.973`` under ``0.0%`` -> ``"97.3%"``, ``1234567890`` under ``#,##0`` ->
    ``"1,234,567,890"``, ``1500.5`` under ``#,##0.00`` -> ``"1,500.50"``). The first of
    the format's sections is used for every sign, as written with "," and "." (the
    file does not record the reader's locale). None for "General", dates and anything
    else, which :func:`format_number` shows."""
    if not number_format or isinstance(value, bool):
        return None
    section = number_format.split(";")[0]
    section = re.sub(r"\[[^\]]*\]|_.|\*.", "", section)  # colours, conditions, padding
    m = _NUMBER_FORMAT.fullmatch(section.strip())
    if m is None or not section.strip() or section.strip().lower() == "general":
        return None
    x = float(value) * (100 if m["pct"] else 1)
    decimals = len(m["dec"] or "")
    # as Excel rounds: half away from zero, on the number as written (not its binary form)
    d = abs(Decimal(repr(x))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    body = f"{d:,.{decimals}f}" if "," in m["int"] else f"{d:.{decimals}f}"
    if decimal_comma:  # the number's separators only, not the format's text ("Rp. "#,##0)
        body = body.translate(_TO_DECIMAL_COMMA)

    def literal(part: str) -> str:
        return re.sub(r'"([^"]*)"|\\(.)', lambda g: g.group(1) if g.group(1) is not None else g.group(2), part)

    nonzero = any(ch in "123456789" for ch in body)
    return f"{'-' if x < 0 and nonzero else ''}{literal(m['pre'])}{body}{m['pct']}{literal(m['post'])}"


#: The parts of a spreadsheet's date format: quoted text, an escaped character, the date
#: and time codes (longest first), AM/PM, fractions of a second, any other character.
_DATE_CODE = re.compile(r'"[^"]*"|\\.|y{3,4}|y{1,2}|m{5}|m{4}|m{3}|m{1,2}|d{4}|d{3}|d{1,2}|h{1,2}|s{1,2}'
                        r'|am/pm|a/p|\.0+|.', re.IGNORECASE | re.DOTALL)
@functools.cache
def _date_names(lang: str) -> tuple[dict[int, str], dict[int, str], dict[int, str], dict[int, str]]:
    """Excel's month and day names in ``lang`` (CLDR, via babel; read on first use):
    wide and abbreviated months ("mmmm", "mmm": "Sep"; Indonesian "Agu", "Okt", "Des")
    keyed 1-12, wide and abbreviated days ("dddd", "ddd") keyed by weekday, 0 (Monday) to 6."""
    from babel.dates import get_day_names, get_month_names

    return (get_month_names("wide", locale=lang), get_month_names("abbreviated", locale=lang),
            get_day_names("wide", locale=lang), get_day_names("abbreviated", locale=lang))


#: A format's locale tag naming Indonesian: "[$-421]", "[$-id-ID]", "[$-in-ID]".
_INDONESIAN_TAG = re.compile(r"\[\$-(?:0*421|id|in)(?:-ID)?\]", re.IGNORECASE)


def format_cell_date(value: dt.date | dt.datetime | dt.time, number_format: str | None) -> str | None:
    """A date or time as a spreadsheet shows it under its cell's custom date format
    (``2024-09-01`` under ``dd-mmm-yyyy`` -> ``"01-Sep-2024"``, under ``d mmmm yyyy`` ->
    ``"1 September 2024"``, under ``[$-421]dd mmmm yyyy`` -> ``"01 September 2024"`` with
    Indonesian month names, under ``mmm-yy`` -> ``"Sep-24"``), so a figure keeps the form
    its source writes: a workbook's "01-Sep-2024" had been quoted as "2024-09-01" (a
    blind probe of stop 56). None (the caller writes ISO) for no format, "General", a
    format that starts with the year ("yyyy-mm-dd", openpyxl's default for dates) and
    Excel's built-in short date "mm-dd-yy" (format 14), which each reader's computer
    shows in its own locale's order, so the file does not say how it looks. Month and day
    names are English unless the format's locale tag names Indonesian
    (:data:`_INDONESIAN_TAG`); the file does not record the reader's locale. "m" and "mm"
    after an hour or before seconds are minutes, as in Excel."""
    if not number_format:
        return None
    section = number_format.split(";")[0]
    if re.search(r"\[[hms]+\]", section, re.IGNORECASE):
        return None  # elapsed time ("[h]:mm"), a duration rather than a clock time
    lang = "id" if _INDONESIAN_TAG.search(section) else "en"
    section = re.sub(r"\[[^\]]*\]|_.|\*.", "", section).strip()
    if not section or section.lower() in ("general", "mm-dd-yy", "@") or section.lower().startswith("y"):
        return None
    codes = [m.group() for m in _DATE_CODE.finditer(section)]
    kinds = [c[0].lower() if c[0].lower() in "ymdhs" and c.isalpha() else "" for c in codes]
    if not any(kinds):
        return None
    for i, kind in enumerate(kinds):
        if kind == "m" and len(codes[i]) <= 2 and (next((k for k in reversed(kinds[:i]) if k), "") == "h"
                                                   or next((k for k in kinds[i + 1:] if k), "") == "s"):
            kinds[i] = "minute"
    date = value.date() if isinstance(value, dt.datetime) else value if isinstance(value, dt.date) else None
    clock = value.time() if isinstance(value, dt.datetime) else value if isinstance(value, dt.time) else None
    if (date is None and any(k in "ymd" for k in kinds if k)) or (clock is None and any(k in "hs" for k in kinds if k)):
        return None
    twelve = any(c.lower() in ("am/pm", "a/p") for c in codes)
    months, short_months, days, short_days = _date_names(lang)
    out: list[str] = []
    for code, kind in zip(codes, kinds):
        low = code.lower()
        if kind == "y":
            out.append(f"{date.year:04d}" if len(code) > 2 else f"{date.year % 100:02d}")
        elif kind == "m":
            n = len(code)
            out.append(f"{date.month}" if n == 1 else f"{date.month:02d}" if n == 2
                       else short_months[date.month] if n == 3
                       else months[date.month] if n == 4 else months[date.month][0])
        elif kind == "d":
            n = len(code)
            out.append(f"{date.day}" if n == 1 else f"{date.day:02d}" if n == 2
                       else short_days[date.weekday()] if n == 3 else days[date.weekday()])
        elif kind == "minute":
            out.append(f"{clock.minute}" if len(code) == 1 else f"{clock.minute:02d}")
        elif kind == "h":
            hour = (clock.hour % 12 or 12) if twelve else clock.hour
            out.append(f"{hour}" if len(code) == 1 else f"{hour:02d}")
        elif kind == "s":
            out.append(f"{clock.second}" if len(code) == 1 else f"{clock.second:02d}")
        elif low in ("am/pm", "a/p"):
            pm = clock.hour >= 12
            text = ("PM" if pm else "AM") if low == "am/pm" else ("P" if pm else "A")
            out.append(text if code[0].isupper() else text.lower())
        elif low.startswith(".0"):
            out.append("." + f"{clock.microsecond:06d}"[: len(code) - 1])
        elif code.startswith('"'):
            out.append(code[1:-1])
        elif code.startswith("\\"):
            out.append(code[1:])
        else:
            out.append(code)
    return "".join(out)


def _cell_text(value: Any, number_format: str | None = None, decimal_comma: bool = False) -> str:
    """One spreadsheet cell as text: a number as its cell's format shows it
    (:func:`format_cell_number`) or else via :func:`format_number`, dates as their
    custom format shows them (:func:`format_cell_date`), else in ISO; with
    ``decimal_comma``, the number's separators as an Indonesian spreadsheet shows them
    (``"18.200"``, ``"97,3%"``, ``"3,781"``; :func:`read_xlsx`)."""
    if value is None:
        return ""
    if isinstance(value, (bool, int, float)):
        shown = format_cell_number(value, number_format, decimal_comma) if isinstance(value, (int, float)) else None
        if shown is None:
            shown = format_number(value)
            if decimal_comma and not isinstance(value, bool) and "e" not in shown.lower():
                shown = shown.translate(_TO_DECIMAL_COMMA)
        return shown
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        shown = format_cell_date(value, number_format)
        if shown is not None:
            return shown
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return _clean(str(value))


#: A column that numbers a table's rows ("No", "No.", "#", "Nr", "S/N"): its numbers are
#: no figures of the row. A minutes' attendee row "No: 6; Nama: Dewi Lestari" had answered
#: "who took the notes at the 6th meeting?" (a blind tester's corpus).
_ROW_NUMBER_HEADER = re.compile(r"(?:no\.?|nr\.?|#|s/?n|sl\.?\s*no\.?|no\.?\s*urut|urut)", re.IGNORECASE)


def _numbering_columns(rows: list[list[str]]) -> set[int]:
    """The columns of a table's ``rows`` that number them: headed "No", "#" ...
    (:data:`_ROW_NUMBER_HEADER`) in the header row (the first with two cells filled), and
    holding 1, 2, 3 ... down the rows (each at most one more than the one before; a
    column headed "No" that holds quantities or regulation numbers is data), a note alone
    in its row aside (:func:`_table_note`)."""
    header = next((i for i, r in enumerate(rows) if sum(1 for c in r if c) >= 2), None)
    if header is None:
        return set()
    out = set()
    for j, name in enumerate(rows[header]):
        if not _ROW_NUMBER_HEADER.fullmatch(name):
            continue
        # (a note under the table, alone in its row, is no row: "Sumber: Daftar hadir ...")
        values = [r[j].rstrip(".") for r in rows[header + 1:] if j < len(r) and r[j] and sum(1 for c in r if c) >= 2]
        if values and all(v.isdigit() for v in values) and all(
                0 < int(b) - int(a) <= 1 for a, b in zip(values, values[1:])) and int(values[0]) <= 1:
            out.add(j)
    return out


#: A note under a table's rows: its source, a remark, a footnote ("Sumber: Daftar hadir
#: pelatihan", "Note: figures are provisional", "* belum termasuk ...").
_NOTE_START = re.compile(r"(?:sumber|source|sources|catatan|note|notes|keterangan|ket\.|remarks?"
                         # ... and a correction's label, dated or not: "Erratum (July 2024): ...",
                         # "Ralat: Pada rilis Januari 2023 ..." (blind probes of stop 64)
                         r"|errat(?:um|a)|corrigend(?:um|a)|ralat|corrections?|koreksi|revisi|revisions?|updates?|pembaruan)"
                         r"\s*(?:\([^()]{1,40}\)\s*)?:|\*", re.IGNORECASE)


def _table_note(cells: list[str], filled: list[str], width: int) -> str | None:
    """The note a table row whose cells are ``cells`` (``filled``: the non-empty ones) is,
    under the table, not a row of it; ``None`` for a row. A note opens as a note or a
    correction does (:data:`_NOTE_START`; a blind probe of stop 52's workbook had "No:
    Sumber: Daftar hadir pelatihan, BKPSDM ..." as a row, and its row numbers kept; blind
    probes of stop 64 had "Year: Erratum (July 2024): ..." and "Tahun: Ralat: ...") and is
    one cell, or several cut by the delimiter it writes (a CSV's ";"), joined again by
    it: the first filled, at most half the header's ``width`` columns (two at least),
    each after the first writing words, not a bare value ("Ralat: realisasi BTS 4G Papua
    2022 sebelumnya tertulis 1.487 site; yang benar adalah 1.511 site." under a
    ";"-delimited table had been the row "Tahun: Ralat: ... 1.487 site; Provinsi: yang
    benar adalah 1.511 site", its correction unread; a blind probe of stop 66). A long
    cell alone is no note: a row under a merged cell ("Target: 45 desa terpencil ...")
    keeps its header (an attack on a first version that took six words or more for a
    note), and so does a sentence alone in the first column ("Year: Work24 opened to
    individual users on ..."): read as notes, passages alone, such sentences answered
    questions their rows answer (stop 65's first version, "Rank among 24 countries in the
    OECD review ..." for Korea's rank)."""
    if not filled or not _NOTE_START.match(filled[0]):
        return None
    if len(filled) == 1:
        return filled[0]
    cut = (bool(cells) and cells[0] == filled[0] and len(filled) <= max(2, width // 2)
           and all(len(re.findall(r"[^\W\d_]{2,}", c)) >= 2 for c in filled[1:]))
    return "; ".join(filled) if cut else None


def _field_value_rows(rows: list[list[str]]) -> list[tuple[str, str]] | None:
    """The ``(field, value)`` pairs of a form laid out as a table, a column of colons
    between its fields and their values ("Hari/Tanggal | : | Kamis, 12 September 2024",
    "Pimpinan Rapat | : | Drs. Hendra Wijaya"), as minutes, letters and decrees set their
    heads, or every field ending in its colon ("Waktu : | 09.00 WIB"); ``None`` for any
    other table.
    A blind probe of stop 52 had a meeting's head read as a table headed by its first row
    ("Hari/Tanggal: Notulis; :: :; Kamis, 12 September 2024: Rina Oktaviani")."""
    filled = [r for r in rows if any(r)]
    if len(filled) < 2:
        return None
    width = min(len(r) for r in filled)
    colon = next((k for k in range(1, width) if all(r[k] in (":", "：") for r in filled)), None)
    if colon is None:
        if width >= 2 and all(len(r[0]) > 1 and r[0].endswith(":") for r in filled):  # "Waktu :" | "09.00 WIB"
            return [(r[0][:-1].strip(), " ".join(c for c in r[1:] if c)) for r in filled if any(r[1:])]
        return None
    return [(" ".join(c for c in r[:colon] if c), " ".join(c for c in r[colon + 1:] if c)) for r in filled
            if any(r[colon + 1:])]


def table_blocks(prefix: str | None, rows: Iterable[Sequence[str]], titled: bool = False) -> list[Block]:
    """Turn table rows (cells already as text) into blocks, one ``row`` block per data row.

    The first row with at least two non-empty cells is the header row; single-cell rows
    above it (captions such as "Table 1. E-Government Development Index") become
    ``paragraph`` blocks. Each later non-empty row becomes
    ``"<prefix> — <header>: <value>; <header>: <value>; ..."`` (without ``"<prefix> — "``
    when prefix is None), leaving out empty cells and a column that numbers the rows
    (:func:`_numbering_columns`); a cell under no header is named ``column N``
    (1-based). Empty rows are skipped; a note under the rows (:func:`_table_note`:
    "Sumber: ...", also one cut into cells by a delimiter it writes) is a ``note`` block. A form's table, a column of colons between its
    fields and values (:func:`_field_value_rows`), gives one row block of its fields
    instead, ``"<field>: <value>; <field>: <value>; ..."`` (a field alone, "Waktu: 09:00 -
    12:00 WIB", had not been found for "Jam berapa rapat evaluasi SPBE dimulai?": an
    attack).

    Args:
        prefix: the table's name (file stem, or "workbook / sheet"), or None.
        rows: the rows, each a sequence of cell texts.
        titled: the single-cell rows above the header row also join the table's name,
            after a slash ("Desa Digital ... / Budget / Programme budget allocation by
            year (IDR million) — Programme: ...; 2024: 8,100"): a worksheet's title row
            says what its cells are and in what unit (a blind tester's workbook had
            shown bare numbers, its unit only in the title row).

    Returns:
        The blocks in row order (possibly empty).
    """
    lead = f"{prefix} — " if prefix else ""
    blocks: list[Block] = []
    headers: list[str] | None = None
    pending: list[list[str]] = []
    rows = [[_clean(c) for c in raw] for raw in rows]
    pairs = _field_value_rows(rows)
    if pairs is not None:  # one passage: a field alone ("Waktu: 09:00 - 12:00 WIB") says too little to be found
        return [Block(f"{lead}{'; '.join(f'{field}: {value}' for field, value in pairs)}", "row")]
    numbering = _numbering_columns(rows)
    for raw in rows:
        cells = [_clean(c) for c in raw]
        filled = [c for c in cells if c]
        if not filled:
            continue
        if headers is None:
            if len(filled) >= 2:
                headers = cells
                titles = [" ".join(c for c in p if c) for p in pending]
                blocks.extend(Block(t) for t in titles)
                if titled and titles and prefix:
                    lead = f"{prefix} / {' '.join(titles)} — "
                pending = []
            else:
                pending.append(cells)
            continue
        note = _table_note(cells, filled, len(headers))
        if note is not None:  # a note under the table: prose, a passage alone
            blocks.append(Block(note, "note"))
            continue
        pairs = [
            f"{headers[i] if i < len(headers) and headers[i] else f'column {i + 1}'}: {c}"
            for i, c in enumerate(cells)
            if c and i not in numbering
        ]
        blocks.append(Block(f"{lead}{'; '.join(pairs)}", "row"))
    if headers is None:
        # No header row at all: a one-column table; each line is a value.
        blocks.extend(Block(f"{lead}{' '.join(c for c in p if c)}", "row") for p in pending)
    return blocks


# ---------------------------------------------------------------------------------------
# Plain text and Markdown
# ---------------------------------------------------------------------------------------


def read_text(path: Path) -> ReadResult:
    """Read a ``.txt`` file (a ``.md`` file is handed to :func:`read_markdown`).

    Each non-empty line is a paragraph (a line broken inside a sentence is joined to the
    next); interview questions ("Tanya :", "Q:") are ``question`` blocks; blog
    boilerplate at the end is dropped. Files that are not UTF-8 are decoded with the
    encoding charset-normalizer detects, with a warning.

    Args:
        path: the file.

    Returns:
        A :class:`ReadResult` with paragraph/question blocks; its title is the first line
        when that reads as one (:func:`text_title`).

    Raises:
        ReadError: the file is empty, binary, or has no text left after cleaning.
    """
    if path.suffix.lower() in (".md", ".markdown"):
        return read_markdown(path)
    text, warnings = decode_text(path, path.read_bytes())
    lines = strip_boilerplate(text.splitlines())
    blocks = _text_blocks(lines)
    if not blocks:
        raise ReadError(path, "no text left after cleaning")
    return ReadResult(blocks=blocks, title=text_title(blocks), warnings=warnings)


def _text_blocks(lines: list[str]) -> list[Block]:
    """A plain-text file's blocks (:func:`blocks_from_lines`), each table laid out in
    columns of spaces (:func:`_text_tables`, as in a PDF page's layout text) read as
    table rows (:func:`table_blocks`) named by the paragraph just above it when that is a
    caption (:data:`_TABLE_CAPTION`) or a line leading into it, ending in a colon
    ("Documents processed through On-nara per year (central government):"), at most
    :data:`CAPTION_MAX_CHARS`. Before, such a table was read line by line ("2020    24.7
    million"), and its rows, cut across passages, named no column (a blind probe of stop
    58 had "On-nara processed 24.7 million documents in 2020" not in my sources)."""
    blocks: list[Block] = []
    last = 0
    for first, end, rows in _text_tables(lines):
        blocks.extend(blocks_from_lines(lines[last:first]))
        above = blocks[-1].text if blocks and blocks[-1].kind == "paragraph" else ""
        caption = None
        if len(above) <= CAPTION_MAX_CHARS and (_TABLE_CAPTION.match(above) or above.endswith(":")):
            caption = above.rstrip(":").strip() or None
        blocks.extend(table_blocks(caption, rows))
        last = end + 1
    blocks.extend(blocks_from_lines(lines[last:]))
    return blocks


#: Longest first line (characters) read as a plain-text document's title.
TITLE_MAX_CHARS = 100


def text_title(blocks: list[Block]) -> str | None:
    """A plain-text document's title: its first line when more text follows and the line
    reads as a heading (a paragraph block of at most :data:`TITLE_MAX_CHARS` characters
    not ending like a sentence or a clause), with a trailing separator ("|", "-")
    dropped; else ``None`` (the file name is used)."""
    if len(blocks) < 2 or blocks[0].kind != "paragraph":
        return None
    first = blocks[0].text.strip()
    if len(first) > TITLE_MAX_CHARS or re.search(r"[.!?:;,]$", first):
        return None
    return first.rstrip(" |-–—") or None


_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_MD_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_MD_ITEM = re.compile(r"^\s*([-*+]|\d{1,3}[.)])\s+")
_MD_QUOTE = re.compile(r"^\s{0,3}>\s?")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


_MARKDOWN = None


def _md_inline(text: str) -> str:
    """Inline Markdown to the text a reader sees (markdown-it-py, CommonMark): emphasis and
    code marks dropped ("**15**" -> "15", so the figure is read as a figure), links and
    images to their text, inline HTML tags dropped, backslash escapes resolved."""
    global _MARKDOWN
    if _MARKDOWN is None:
        from markdown_it import MarkdownIt

        _MARKDOWN = MarkdownIt("commonmark")
    out: list[str] = []
    for token in _MARKDOWN.parseInline(text):
        for child in token.children or []:
            if child.type in ("text", "code_inline", "image"):  # an image's content is its alt text
                out.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                out.append(" ")
    return _clean("".join(out))


def _md_cells(line: str) -> list[str]:
    """The cells of a Markdown pipe-table line."""
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|"):
        line = line[:-1]
    return [_md_inline(c) for c in line.split("|")]


def _caption_above(blocks: list[Block]) -> str | None:
    """The caption of a table that follows ``blocks``: the last block when it is a
    paragraph naming a table ("Table 1. Digital ID adoption ..., end-2024":
    :data:`_TITLED_CAPTION`, at most :data:`CAPTION_MAX_CHARS`), or a units note
    (:data:`_UNITS_NOTE`: "Angka dalam ribuan.") after such a caption or alone, else
    ``None``. Its rows are named by it, so that
    what it says of them (the year, the units) is read with each row, as in a PDF
    (:func:`_with_table_rows`). The caption stays a paragraph too."""
    if blocks and blocks[-1].kind == "paragraph" and len(blocks[-1].text) <= CAPTION_MAX_CHARS \
            and _TITLED_CAPTION.match(blocks[-1].text):
        return blocks[-1].text
    if blocks and blocks[-1].kind == "paragraph" and _UNITS_NOTE.match(blocks[-1].text.strip()):
        # a units note between the caption and the table ("Angka dalam ribuan."), as Word
        # documents set them: with the caption above it, else alone (an attack on stop 70 had
        # a DOCX table's "e-Form D dikirim: 412,3" read with no scale)
        titled = _caption_above(blocks[:-1])
        return f"{titled} {blocks[-1].text.strip()}" if titled else blocks[-1].text.strip()
    return None


#: A paragraph giving the units or scale of the table below it: "Angka dalam ribuan.",
#: "Figures in thousands of documents.", "(All values in KRW billion)".
_UNITS_NOTE = re.compile(
    r"\(?(?:(?:(?:semua|seluruh)\s+)?(?:angka|nilai|data)|(?:all\s+)?(?:figures|values|numbers|amounts|data))"
    r"(?:\s+(?:are|is|disajikan|dinyatakan))?\s+(?:in|dalam)\s+(?:ribu|ribuan|juta|jutaan|miliar|milyar|triliun|"
    r"thousands?|millions?|billions?|trillions?|rp|rupiah|krw|usd|idr|won|percent|persen|%)\b[^.()\n]{0,50}\.?\)?\.?\Z",
    re.IGNORECASE)


#: A caption naming a table: its number, then a title that starts with a capital ("Table
#: 4. Change in ranking", "Tabel 2: Realisasi hibah") or a name so written ("Tabel 1.
#: e-Form D dikirim ...", "Table 3. eKTP ..."); not a sentence about the table
#: ("Table 1 below was compiled in 2023 from ...", a tester's DOCX).
_TITLED_CAPTION = re.compile(r"^(?:Tabel|Table)\s+[\dIVX]+(?:\.\d+)*\.?\s*(?:[:–—-]\s*)?(?:[A-Z(\"'“]|[a-z]{1,2}-?[A-Z])")


def markdown_blocks(lines: list[str], name: str) -> tuple[list[Block], str | None]:
    """Strip Markdown syntax and cut the text into blocks.

    Headings lose their ``#`` marks and are paragraph blocks of their own; list items and
    block quotes are blocks of their own; other lines of one blank-line-separated
    paragraph are joined with spaces; inline syntax becomes the text a reader sees
    (:func:`_md_inline`: emphasis marks dropped, links to their text); rules, fences and a YAML
    front matter are dropped (code inside fences is kept, line by line); pipe tables
    become ``row`` blocks ``"<name> — <header>: <value>; ..."``, named by the caption
    paragraph just above (:func:`_caption_above`) or else ``name``. Interview questions are
    ``question`` blocks as in plain text.

    Args:
        lines: the file's lines.
        name: the table name used in row blocks (the file stem).

    Returns:
        ``(blocks, title)`` where title is the text of the first ``# `` heading, if any.
    """
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() in ("---", "..."):
                lines = lines[i + 1 :]
                break
    blocks: list[Block] = []
    title: str | None = None
    para: list[str] = []
    table: list[str] = []
    in_fence = False
    in_item = False  # whether ``para`` is a list item

    def flush() -> None:
        nonlocal in_item
        if para:
            text = _md_inline(" ".join(para))
            if text:
                blocks.append(Block(text, "question" if _QUESTION.match(text) else "item" if in_item else "paragraph"))
            para.clear()
        in_item = False
        if table:
            rows = [_md_cells(t) for t in table if not _MD_TABLE_RULE.match(t)]
            blocks.extend(table_blocks(_caption_above(blocks) or name, rows))
            table.clear()

    for i, raw in enumerate(lines):
        if _MD_FENCE.match(raw):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            if raw.strip():
                blocks.append(Block(raw.strip()))
            continue
        line = raw.rstrip()
        if not line.strip():
            flush()
            continue
        if line.lstrip().startswith("|") or (table and "|" in line):
            if para:
                flush()
            table.append(line)
            continue
        if table:
            flush()
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if _MD_TABLE_RULE.match(nxt) and "|" in line and "|" in nxt:
            flush()
            table.append(line)
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            flush()
            text = _md_inline(heading.group(2))
            if text:
                blocks.append(Block(text))
                if title is None and len(heading.group(1)) == 1:
                    title = text
            continue
        if para and _MD_SETEXT.match(line):
            # "Title\n=====" is a heading; "===" under a one-line paragraph.
            text = _md_inline(" ".join(para))
            para.clear()
            if text:
                blocks.append(Block(text))
                if title is None and line.strip().startswith("="):
                    title = text
            continue
        if _MD_RULE.match(line):
            flush()
            continue
        quote = _MD_QUOTE.match(line)
        if quote:
            line = line[quote.end() :]
        item = _MD_ITEM.match(line)
        if item:
            flush()
            para.append(line[item.end() :] if item.group(1) in "-*+" else line.strip())
            in_item = True
            continue
        para.append(line.strip())
    flush()
    return blocks, title


def read_markdown(path: Path) -> ReadResult:
    """Read a ``.md`` file: Markdown syntax stripped (see :func:`markdown_blocks`).

    Args:
        path: the file.

    Returns:
        A :class:`ReadResult`; its title is the first ``# `` heading, when there is one.

    Raises:
        ReadError: the file is empty, binary, or has no text left after cleaning.
    """
    text, warnings = decode_text(path, path.read_bytes())
    lines = strip_boilerplate(text.splitlines())
    blocks, title = markdown_blocks(lines, path.stem)
    if not blocks:
        raise ReadError(path, "no text left after cleaning")
    return ReadResult(blocks=blocks, title=title, warnings=warnings)


# ---------------------------------------------------------------------------------------
# PDF (pypdf)
# ---------------------------------------------------------------------------------------

_MIN_PDF_CHARS = 20
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_PAGE_NUMBER = re.compile(r"^(page\s*|halaman\s*|-\s*)?\d{1,4}(\s*(of|/|dari)\s*\d{1,4})?(\s*-)?$", re.I)
#: A running head or foot that names its page: "... - halaman 1", "... | Page 3 of 9".
_PAGED_EDGE = re.compile(r"(?:^|[\s|·•–—-])(?:page|halaman|hlm\.?|hal\.?)\s*\d{1,4}(?:\s*(?:of|/|dari)\s*\d{1,4})?\s*$",
                         re.IGNORECASE)
#: Running heads and feet are at most this long (characters): a report's "Rencana Induk
#: SPBE Kota Lestari Raya 2023-2027 | Dinas Komunikasi dan Informatika" (82) had been kept
#: at 80 and quoted with the page's first paragraph (a blind tester's corpus). What makes a
#: head is its repetition (:func:`_drop_running_heads`), not its length.
_MAX_HEAD_CHARS = 160
#: A line of a page laid out in columns holds at least this many characters, and letters,
#: on each side of its widest gap (:func:`_column_line`).
_COLUMN_MIN_CHARS = 25
_COLUMN_MIN_LETTERS = 15
#: A wide gap inside a layout-mode line: between columns, table cells, or justified words.
_WIDE_GAP = re.compile(r"\S {4,}\S")
#: A line that ends a sentence (or a clause before a list: ":", ";"). Not ")": "Sebanyak
#: 86.500 aparatur sipil negara (ASN)" ends a line mid-sentence (a blind tester's report
#: had been cut there, and its count quoted without "mengikuti pelatihan ...").
_SENTENCE_END = re.compile(r"(?:[.!?:;]|[.!?][)\"'”’]|[\"”’])$")


#: A superscript's digits (:func:`_superscripts`): a unit's power stays, written so.
_SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
#: A length unit after a number (or "per") that a superscript 2 or 3 raises to a power
#: ("1.200 m²", "2.315 Km²", "per m²", "40 m³", "38 µg/m³"), not a footnote; money in millions is no
#: unit ("US$ 4.9 m³" is the mark 3 after 4.9 million: an attack on a first version).
_POWER_UNIT = re.compile(r"(?:\d\s?|\bper\s|/)(?:[kcdm]?m)\Z", re.IGNORECASE)
_MONEY_BEFORE_UNIT = re.compile(r"(?:US\$|S\$|\$|€|£|Rp\.?|USD|IDR|EUR)\s?[\d.,]+\s?m\Z", re.IGNORECASE)
#: A superscript is at most this share of the size of the text before it (footnote marks
#: are set at about 58-70% of the body's size by Word, LibreOffice and fpdf2), and raised
#: at least :data:`_RAISED_SHARE` of that text's size above its baseline (or by a text
#: rise): a subscript ("CO₂") and a small list number on the line's baseline are no marks.
_SUPERSCRIPT_SHARE = 0.8
_RAISED_SHARE = 0.15


def superscript_text(before: str, digits: str) -> str:
    """What a superscript number ``digits`` after the text ``before`` is written as in a
    passage: a power in superscript digits, of a number ("10" + "6" -> "10⁶": the
    figures module tells an exponent from a mark after a number) or of a length unit
    (:data:`_POWER_UNIT`: "1.200 m" + "2" -> "m²"); else nothing, a footnote mark
    ("2022." + "3" and "SIMPEL." + "[4]" read "2022." and "SIMPEL."; a blind probe of stop
    51 had "2022.3" read as a figure). ``digits`` may be bracketed (a mark, never a
    power)."""
    bare = digits.strip()
    tail = before.rstrip()
    if not bare.isdigit() or tail != before:
        return ""
    if tail[-1:].isdigit() or (bare in ("2", "3") and _POWER_UNIT.search(tail) and not _MONEY_BEFORE_UNIT.search(tail)):
        return bare.translate(_SUPERSCRIPT_DIGITS)
    return ""


#: A superscript that is a number: a footnote mark or a power ("3", "[12]", "(4)").
SUPERSCRIPT_NUMBER = re.compile(r"\s*(?:[0-9]{1,3}|\[[0-9]{1,3}\]|\([0-9]{1,3}\))\s*")


@dataclass(frozen=True)
class _Superscript:
    """A small raised number on a PDF page (:func:`_superscripts`): ``before`` is the
    text it follows on its line, up to 30 characters ("tahun 2022.", "layanan SIMPEL.",
    "seluas 1.200 m"; empty for a note's own mark opening a line at the page's foot),
    ``digits`` the mark ("3"), ``after`` the start of the text after it (for a mark
    opening a line); ``wrapped`` when the mark opens the line after its word's."""

    before: str
    digits: str
    after: str = ""
    wrapped: bool = False


def _superscripts(page: Any) -> list[_Superscript]:
    """The footnote marks and powers set as small raised numbers on a pypdf ``page``, in
    content order.

    A mark is a text run of 1-3 digits alone, in a font at most :data:`_SUPERSCRIPT_SHARE`
    of the size of the run before it on the same line (sizes scaled by the text and
    transformation matrices), raised above that run's baseline (by a text rise, ``Ts``,
    or its position: :data:`_RAISED_SHARE`), glued to that run (no space between:
    "2022.³", "SIMPEL.⁴", "m²"). A mark the line's wrap put at the start of the next line
    is raised above the text after it; so is a note's own mark, which opens a line at the
    page's foot and is a number some mark on the page used ("³ Data log Portal SIMPEL
    ..."). pypdf writes a mark as plain digits run into the word before ("2022.3"): a
    blind probe of stop 51 had "2022.3" read as a figure and "SIMPEL.4" quoted. Any
    failure reads no marks.
    """
    runs: list[tuple[str, float, float, float]] = []  # text, size, baseline y (points), rise
    spaced = [True]  # whether blank runs came since the last run kept
    rise, saved = [0.0], []

    def operator(op: bytes, args: Any, cm: Any, tm: Any) -> None:
        if op == b"q":
            saved.append(rise[0])
        elif op == b"Q":
            rise[0] = saved.pop() if saved else 0.0
        elif op == b"Ts" and args:
            with contextlib.suppress(Exception):
                rise[0] = float(args[0])

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if not text.strip():
            spaced[0] = spaced[0] or bool(text)
            return
        scale = (abs(tm[3]) or abs(tm[0]) or 1.0) * (abs(cm[3]) or abs(cm[0]) or 1.0)
        text = (" " if spaced[0] else "") + text  # (a blank run before is kept as a space)
        runs.append((text, float(size) * scale, float(tm[5]) * (cm[3] or 1.0) + float(cm[5]), rise[0]))
        spaced[0] = False

    with contextlib.suppress(Exception):
        page.extract_text(visitor_text=visit, visitor_operand_before=operator)
    out: list[_Superscript] = []
    used: set[str] = set()

    def raised(y: float, r: float, ref: tuple[str, float, float, float]) -> bool:
        return r > ref[3] or y - ref[2] >= _RAISED_SHARE * ref[1]

    for i, (text, size, y, r) in enumerate(runs):
        if not re.fullmatch(r" ?[0-9]{1,3}", text):
            continue
        glued, text = text[0] != " ", text.strip()
        before = runs[i - 1] if i else None
        after = runs[i + 1] if i + 1 < len(runs) else None
        same_line = bool(after and abs(after[2] - y) < 0.6 * max(size, after[1]))
        lead = after[0].strip()[:12] if after else ""
        if before and abs(before[2] - y) < 0.6 * before[1]:  # on the run's line
            if size <= _SUPERSCRIPT_SHARE * before[1] and glued and not before[0][-1].isspace() \
                    and raised(y, r, before):
                out.append(_Superscript(before[0].strip()[-30:], text))
                used.add(text)
        elif not same_line or not lead or not raised(y, r, after):
            continue
        elif text in used:
            out.append(_Superscript("", text, lead))
        elif before and size <= _SUPERSCRIPT_SHARE * after[1]:
            # a mark the line's wrap put at the start of the next line ("teknis." | "⁷ Daerah")
            out.append(_Superscript(before[0].strip()[-30:], text, lead, wrapped=True))
            used.add(text)
    return out


def _without_superscripts(text: str, marks: list[_Superscript]) -> str:
    """A page's ``text`` (pypdf's) with its footnote marks (:func:`_superscripts`) taken
    out and a power written in superscript digits (:func:`superscript_text`: "m2" ->
    "m²"). Each mark is looked for after the last one found (else from the page's
    start), right after its word and not before another digit; a mark opening a line
    where the line opens with it and the text after it (a body line opening "1 hari
    kerja" keeps its figure: an attack on a first version); a mark wrapped to the next
    line there, any blank lines before it taken out (layout mode had read the raised mark
    as a gap between paragraphs). The characters a mark took are given back at the next
    gap of its line, so a layout-mode line's columns stay where they were."""
    at = 0
    for mark in marks:
        word = mark.before.split()[-1][-20:] if mark.before.split() else ""
        follows = r"(?=[ \t]+" + re.escape(mark.after) + ")"
        if mark.wrapped:
            pattern = re.escape(word) + r"[ \t]*(\n\s*?[ \t]*" + mark.digits + r")" + follows
        elif word:
            pattern = re.escape(word) + "(" + mark.digits + ")(?![0-9])"
        else:
            pattern = r"(?m)^[ \t]*(" + mark.digits + r")" + follows
        rx = re.compile(pattern)
        found = rx.search(text, at) or rx.search(text)
        if not found:
            continue
        a, b = found.span(1)
        power = superscript_text(mark.before, mark.digits) if word and not mark.wrapped else ""
        if power:
            text = text[:a] + power + text[b:]
            at = b
            continue
        if mark.wrapped:  # the line goes on after its word's (the raised mark had made a gap)
            text = text[:a] + "\n" + " " * len(text[a:b].rsplit("\n", 1)[1]) + text[b:]
            at = a
            continue
        if not word:  # a note's mark: spaces where it was
            text = text[:a] + " " * (b - a) + text[b:]
            at = b
            continue
        end = text.find("\n", b)
        end = len(text) if end < 0 else end
        gap = re.compile(r" {2,}").search(text, b, end)
        if gap:  # the characters go back at the line's next gap
            text = text[:a] + text[b : gap.start()] + " " * (b - a) + text[gap.start():]
        else:
            text = text[:a] + text[b:]
        at = a
    return text


class _LogCollector(logging.Handler):
    """Collects the messages a library logs while a file is read."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        msg = _clean(record.getMessage())
        if msg and msg not in self.messages and len(self.messages) < 5:
            self.messages.append(msg)


@contextlib.contextmanager
def _collect_logs(name: str) -> Iterator[_LogCollector]:
    """Capture warnings logged by library ``name`` (kept out of the console)."""
    logger = logging.getLogger(name)
    handler = _LogCollector()
    old_propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.propagate = old_propagate


def join_lines(lines: list[str]) -> str:
    """Join the lines of one paragraph, mending words hyphenated across line breaks.

    ``"local govern-" + "ments"`` -> ``"local governments"``; a short prefix keeps its
    hyphen (``"e-" + "government"`` -> ``"e-government"``); a soft hyphen always joins.
    Whitespace inside lines is collapsed.
    """
    out = ""
    for raw in lines:
        line = _clean(raw)
        if not line:
            continue
        if not out:
            out = line
        elif out.endswith("\u00ad"):
            out = out[:-1] + line
        elif re.search(r"(?<![\w-])[^\W\d_]{3,}[-\u2010]$", out) and line[:1].islower():
            out = out[:-1] + line
        elif out.endswith(("-", "\u2010")) and line[:1].isalpha():
            out += line
        else:
            out = f"{out} {line}"
    return out.replace("\u00ad", "")


def _column_line(line: str) -> bool:
    """Whether a layout-mode ``line`` holds text of two columns side by side: split at
    its widest gap of four spaces or more, each side holds at least
    :data:`_COLUMN_MIN_CHARS` characters, :data:`_COLUMN_MIN_LETTERS` of them letters.
    (The widest gap: justified text is laid out with gaps of four or five spaces between
    words, the gutter is wider.) A text table's row has a short first cell ("Tahap I
    2023  Konsolidasi ...") or figures on one side ("Pengembangan Portal LayananKu  520,0
    498,3  95,8"): a page of such rows had been read as columns, in plain mode, where its
    running head, headings and table ran into one paragraph (a blind tester's corpus)."""
    line = line.strip()
    gaps = [m for m in re.finditer(r" {4,}", line)]
    if not gaps:
        return False
    gap = max(gaps, key=lambda m: m.end() - m.start())
    sides = (line[: gap.start()], line[gap.end() :])
    return all(len(s) >= _COLUMN_MIN_CHARS and sum(c.isalpha() for c in s) >= _COLUMN_MIN_LETTERS for s in sides)


#: A rule line of a table drawn with characters: "+-------+-----+", "|---|---|", "=====".
_TEXT_RULE = re.compile(r"^\s*[+|]?[-=]{3,}[-=+| ]*$")
#: A wide gap inside a line of a table drawn with text: its cells are parted by three
#: spaces or more somewhere on each row.
_CELL_GAP = re.compile(r"\S {3,}\S")
#: A text table's cell is at most this long (characters): longer is prose.
TEXT_CELL_MAX_CHARS = 60
#: A text table has at least this many rows, its header row counted.
TEXT_TABLE_MIN_ROWS = 3


def _table_line(line: str) -> bool:
    """Whether ``line`` (a layout-mode line of a PDF page) may be a row of a table drawn
    with text: cells parted by "|" ("| 2023 | Rp 38,6 miliar |") or a wide gap
    (:data:`_CELL_GAP`), and no line of two text columns (:func:`_column_line`)."""
    text = line.strip()
    return text.startswith("|") or (bool(_CELL_GAP.search(text)) and not _column_line(line))


def _gutters(lines: list[str]) -> list[tuple[int, int]]:
    """The character columns that are blank (or "|") on every one of ``lines``, in runs of
    two or more between text, as ``(start, end)``: where a text table's columns part."""
    width = max(len(ln) for ln in lines)
    blank = [all(j >= len(ln) or ln[j] in " |" for ln in lines) for j in range(width)]
    first = min((len(ln) - len(ln.lstrip(" |")) for ln in lines if ln.strip(" |")), default=width)
    out, j = [], first
    while j < width:
        if blank[j]:
            k = j
            while k < width and blank[k]:
                k += 1
            if k < width and k - j >= 2 or (k < width and any(ln[j:k].strip() == "|" for ln in lines)):
                out.append((j, k))
            j = k
        else:
            j += 1
    return out


def _split_cells(line: str, gutters: list[tuple[int, int]]) -> list[str]:
    """``line`` cut at ``gutters`` (:func:`_gutters`) into its cells' texts ("|" dropped)."""
    bounds = [0, *[g for a, b in gutters for g in (a, b)], max(len(line), gutters[-1][1] if gutters else 0)]
    return [_clean(line[a:b].replace("|", " ")) for a, b in zip(bounds[::2], bounds[1::2])]


def _table_rows(lines: list[str]) -> list[list[str]] | None:
    """``lines`` (rows of a text table, :func:`_table_line`) cut into cells at their common
    gutters (:func:`_gutters`), or None when they stand in no columns: fewer than two, a
    cell holding a wide gap of its own (justified prose: its gaps fall anywhere), a cell
    over :data:`TEXT_CELL_MAX_CHARS`, a row whose first cell is empty, or a column filled
    on under half the rows. A header laid out otherwise than the rows under it (centred)
    is cut at the rows' gutters when that leaves no word across one."""
    def cut(rows: list[str], gutters: list[tuple[int, int]]) -> list[list[str]] | None:
        if not gutters:
            return None
        cells = [_split_cells(ln, gutters) for ln in rows]
        if any(_CELL_GAP.search(c) or len(c) > TEXT_CELL_MAX_CHARS for r in cells for c in r):
            return None
        if any(not r[0] for r in cells):
            return None
        if any(sum(1 for r in cells if r[j]) < len(cells) / 2 for j in range(len(cells[0]))):
            return None
        # prose is no table: no column of more than six words a cell (by the median), and
        # one column at least of numbers or years (a column of prose beside a sidebar of
        # facts had been read as a table; an attack on stop 50)
        for j in range(len(cells[0])):
            words = sorted(len(r[j].split()) for r in cells)
            if words[len(words) // 2] > 6:
                return None
        if not any(sum(_cell_kind(r[j]) != "text" for r in cells[1:] if r[j]) * 2 >= len(cells) - 1
                   for j in range(len(cells[0]))):
            return None
        return cells

    rows = cut(lines, _gutters(lines))
    if rows is None and len(lines) > TEXT_TABLE_MIN_ROWS:
        gutters = _gutters(lines[1:])
        header = lines[0]
        if gutters and all(header[a:b].strip() in ("", "|") for a, b in gutters if a < len(header)):
            rows = cut(lines, gutters)
    if rows is not None and _data_row(rows[0], rows[1:]):
        rows = [[f"column {j + 1}" for j in range(len(rows[0]))], *rows]
    return rows


def _cell_kind(cell: str) -> str:
    """"year", "number" (digits, with separators, signs, "%" or a currency) or "text"."""
    if re.fullmatch(r"(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?", cell):
        return "year"
    letters = sum(c.isalpha() for c in cell)
    if re.fullmatch(r"[-+−(]?\d[\d.,]*\s*(?:million|billion|trillion|thousand|juta|miliar|milyar|triliun|ribu)", cell,
                    re.IGNORECASE):
        return "number"  # "6.1 million": a number with its scale word (an attack on stop 58's text tables)
    return "number" if re.match(r"[-+−(]?\d", cell) and letters <= 3 else "text"  # ("Q1" is a name)


def _data_row(first: list[str], rest: list[list[str]]) -> bool:
    """Whether a text table's ``first`` row is a data row like ``rest``, not a header: each
    of its cells of the kind (:func:`_cell_kind`) most of its column's cells below are, and
    one column at least of years or numbers ("Tahap I  2023  Konsolidasi ..." over "Tahap
    II  2024  Peluncuran ..."; a header "Type  2021  2022" over "Goods  54.9  57.2" has
    years over numbers). Such a table's columns are named "column 1", "column 2" ..."""
    numeric = False
    for j, cell in enumerate(first):
        kinds = Counter(_cell_kind(r[j]) for r in rest if r[j])
        if not kinds:
            continue
        kind = kinds.most_common(1)[0][0]
        if _cell_kind(cell) != kind:
            return False
        numeric = numeric or kind != "text"
    return numeric


#: A cell of a layout-mode line: text between runs of three spaces or more.
_LAYOUT_CELL = re.compile(r"\S+(?:\s{1,2}\S+)*")
#: A figure shown big on a slide or an infographic ("42", "6,800", "1.2M", "IDR 9.6 bn",
#: "Rp 74,5 M", "97%", "4.3 / 5", "IDR 2.1 bn / yr", "3,8 hari"): a number, a currency
#: before it, a scale or unit (of time too) after it, and a rate.
_TILE_FIGURE = re.compile(
    r"(?:(?:[A-Z]{3}|Rp\.?|US\$|S\$|\$|€|£|¥|₩)\s?)?[<>~≈±+−-]?\d[\d.,]*\s?"
    r"(?:%|[KMBkmb]|bn|mn|jt|rb|T|juta|ribu|miliar|triliun|million|billion|trillion|x|"
    r"hari|days?|jam|hours?|menit|minutes?|mins?|detik|seconds?|minggu|weeks?|bulan|months?)?"
    r"(?:\s?/\s?[\w.]+)?")


def _tile_caption(cell: str) -> bool:
    """Whether a layout-mode cell may caption a big figure: it opens with a word and is
    short (at most five words), no label waiting for a value ("Catatan:")."""
    return bool(re.match(r"[^\W\d_]", cell)) and len(cell.split()) <= 5 and not cell.endswith(":")


def _stat_tiles(lines: list[str]) -> list[str]:
    """A layout-mode page's ``lines`` with each row of big figures over a row of their
    captions, column by column (a slide's or an infographic's tiles: "42      6,800
    1.2M" over "agencies      civil servants      e-letters signed"), made one line of
    figure-and-caption pairs: "42 agencies; 6,800 civil servants; 1.2M e-letters
    signed". The figures' row has two cells or more (:data:`_LAYOUT_CELL`), each a figure
    alone (:data:`_TILE_FIGURE`); the captions' row, right below it, as many cells, each
    opening with a word, each nearest (by its centre) to its own figure's (up to two
    blank lines between the rows), and the lines right below it that are such rows too
    (a caption of two lines or more). Not when a row of captions stands above the figures
    too (tiles captioned above their figures, two rows of them: the captions below are
    the next row's), nor for a table's column numbers "1 2 3 4" (attacks on a first
    version). A blind probe
    of stop 52 had the slide read as the paragraphs "42 6,800 1.2M" and "agencies civil
    servants e-letters signed", whose figures counted nothing."""
    out = list(lines)
    i = 0
    while i + 1 < len(out):
        figures = list(_LAYOUT_CELL.finditer(out[i]))
        j = i + 1
        while j < len(out) and j <= i + 2 and not out[j].strip():
            j += 1  # (a blank line or two between: the figures are set big)
        captions = list(_LAYOUT_CELL.finditer(out[j])) if len(figures) >= 2 and j < len(out) else []
        above = next((out[k] for k in (i - 1, i - 2, i - 3) if k >= 0 and out[k].strip()), "") if i else ""
        above_cells = [m.group() for m in _LAYOUT_CELL.finditer(above)]
        if (len(figures) >= 2 and len(captions) == len(figures)
                and all(_TILE_FIGURE.fullmatch(m.group()) for m in figures)
                and [m.group() for m in figures] != [str(k) for k in range(1, len(figures) + 1)]
                and all(_tile_caption(m.group()) for m in captions)
                and not (len(above_cells) == len(figures) and all(map(_tile_caption, above_cells)))):
            centres = [(m.start() + m.end()) / 2 for m in figures]

            def aligned(cells: list[re.Match], more: bool = False) -> bool:
                # (a caption's second line may be a bracket: "(skala 1-4)")
                return len(cells) == len(figures) and all(
                    _tile_caption(m.group()) or (more and m.group().startswith("(")) for m in cells) and [
                    min(range(len(centres)), key=lambda k: abs(centres[k] - (m.start() + m.end()) / 2)) for m in cells
                ] == list(range(len(figures)))

            if aligned(captions):
                texts = [c.group() for c in captions]
                end = j
                # a caption of two lines or more, each line under its figure ("aduan selesai"
                # over "ditindaklanjuti"; a blind probe of stop 52's infographic had the
                # two lines of three captions read as one line, their words interleaved)
                while end + 1 < len(out) and aligned(more := list(_LAYOUT_CELL.finditer(out[end + 1])), True):
                    texts = [f"{t} {m.group()}" for t, m in zip(texts, more)]
                    end += 1
                indent = len(out[i]) - len(out[i].lstrip())
                out[i] = " " * indent + "; ".join(f"{f.group()} {t}" for f, t in zip(figures, texts))
                del out[i + 1 : end + 1]
        i += 1
    return out


def _text_tables(lines: list[str]) -> list[tuple[int, int, list[list[str]]]]:
    """The tables drawn with text among a layout-mode page's ``lines``, as ``(first line,
    last line, rows)``: runs of at least :data:`TEXT_TABLE_MIN_ROWS` lines that may be
    rows (:func:`_table_line`; rule lines, :data:`_TEXT_RULE`, and single blank lines
    between them allowed) whose cells stand in columns (:func:`_table_rows`). A report's
    unruled table ("Tabel 4.2 Alokasi Anggaran per Komponen" over "Komponen  Porsi" /
    "Infrastruktur  41%" ...) had been one paragraph, "Komponen Porsi Infrastruktur 41%
    Aplikasi 33% ...", whose figures no row named (a blind tester's corpus); its rows are
    read as a table's now (:func:`table_blocks`)."""
    out: list[tuple[int, int, list[list[str]]]] = []
    i = 0
    while i < len(lines):
        if not _table_line(lines[i]):
            i += 1
            continue
        start = i - 1 if i > 0 and _TEXT_RULE.match(lines[i - 1]) else i
        rows, j, end = [lines[i]], i + 1, i
        while j < len(lines):
            line = lines[j]
            if _TEXT_RULE.match(line):
                end, j = j, j + 1
                continue
            if not line.strip():
                if j + 1 < len(lines) and _table_line(lines[j + 1]):
                    j += 1
                    continue
                break
            if not _table_line(line):
                break
            rows.append(line)
            end, j = j, j + 1
        cells = _table_rows(rows) if len(rows) >= TEXT_TABLE_MIN_ROWS else None
        if cells is not None:
            out.append((start, end, cells))
        i = max(end, i) + 1
    return out


def _page_text(page: Any, tables: list[tuple[int, list[list[str]]]] = (),
               add_table: Callable[[list[list[str]]], int] | None = None) -> tuple[str, bool]:
    """The text of one pypdf page and whether it is laid out in columns.

    Layout mode keeps vertical gaps as blank lines, which separate paragraphs. A page
    laid out in columns (over 30% of its lines with wide gaps, :data:`_WIDE_GAP`, and
    some of them, at least 3 and 10%, two columns of text side by side,
    :func:`_column_line`; a page of text tables alone is no such page; a table above
    two columns is one) is read in plain mode instead, which follows the content stream.
    The lines of each of the page's ``tables`` (``(key, rows)``, :func:`_pdf_tables`)
    become one line, its mark (:func:`_mark_tables`), and do not count as columns; on a
    page read in layout mode, each table drawn with text (:func:`_text_tables`) is
    marked too, its rows given to ``add_table`` (which returns its key).
    """
    text = None
    marks = _superscripts(page)
    with contextlib.suppress(Exception):
        text = page.extract_text(extraction_mode="layout")
    if text:
        text = _without_superscripts(_mark_tables(text, tables), marks)
        lines = [ln for ln in text.splitlines() if ln.strip()]
        gapped = sum(bool(_WIDE_GAP.search(ln.strip())) for ln in lines)
        columnar = len(lines) >= 5 and gapped > 0.3 * len(lines) and sum(map(_column_line, lines)) >= max(3, 0.1 * len(lines))
        if not columnar:
            if add_table is not None:
                all_lines = _stat_tiles(text.splitlines())
                for first, last, rows in reversed(_text_tables(all_lines)):
                    all_lines[first : last + 1] = ["", _TABLE_MARK.format(add_table(rows)), ""]
                text = "\n".join(all_lines)
            return text, False
    return _without_superscripts(_mark_tables(page.extract_text() or "", tables), marks), True


#: A table of contents' line: an entry, dot leaders and its page ("BAB 1 Pendahuluan
#: ........ 3"): no content of its own (a blind probe of stop 50 had it quoted).
_TOC_LINE = re.compile(r"[^\W\d_][^.…]*?(?:(?:\.\s?){4,}|…{2,})\s*\d{1,4}\s*$")


#: A table of contents' heading on a line of its own: only a page that has one loses its
#: dot-leader lines (a price list's "Legalisir salinan izin ...... 5000" is content: an
#: attack on a first version).
_TOC_HEADING = re.compile(r"^\s*(?:daftar\s+isi|(?:table\s+of\s+)?contents)\s*$", re.IGNORECASE | re.MULTILINE)


def _text_paragraphs(text: str, columnar: bool) -> list[str]:
    """The paragraphs of a page's ``text`` (:func:`_page_text`), in reading order: cut at
    blank lines (and before list items, :func:`_bullet_groups`) in layout mode; in plain
    mode (``columnar``), where a line ends a sentence and is clearly shorter than the
    page's full lines, after a heading (:func:`_plain_heading`), and before a numbered
    one (:data:`_NUMBERED_HEADING`: a signature line had run into "2. Ringkasan Kinerja
    2024" and its first paragraph). A table's mark is a paragraph alone. A table of
    contents' lines (:data:`_TOC_LINE`) are left out on a page headed by one
    (:data:`_TOC_HEADING`)."""
    if _TOC_HEADING.search(text):
        text = "\n".join(ln for ln in text.split("\n") if not _TOC_LINE.search(ln[-200:]))
    if not columnar:
        page_usual = _usual_width([ln.strip() for ln in text.splitlines()])
        chunks = [g for c in re.split(r"\n\s*\n", text) for g in _numbered_heading_groups(c.splitlines(), page_usual)]
        return [p for c in chunks for p in (join_lines(g) for g in _bullet_groups(c)) if p]
    paragraphs: list[str] = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [ln if _TABLE_MARK_RE.match(ln) else _clean(ln) for ln in chunk.splitlines() if ln.strip()]
        if not lines:
            continue
        full = max(len(ln) for ln in lines)
        usual = _usual_width(lines) or full
        current: list[str] = []
        for k, ln in enumerate(lines):
            if _TABLE_MARK_RE.match(ln) or (current and _NUMBERED_HEADING.match(ln) and _plain_heading(ln, "A", usual)):
                if current:  # a table's mark is a paragraph alone; a numbered heading opens one
                    paragraphs.append(join_lines(current))
                    current = []
                if _TABLE_MARK_RE.match(ln):
                    paragraphs.append(ln)
                    continue
            current.append(ln)
            if _SENTENCE_END.search(ln) and len(ln) < 0.8 * full:
                paragraphs.append(join_lines(current))
                current = []
            elif len(current) == 1 and _plain_heading(ln, lines[k + 1] if k + 1 < len(lines) else "", usual):
                paragraphs.append(ln)
                current = []
        if current:
            paragraphs.append(join_lines(current))
    return [p for p in paragraphs if p]


def _usual_width(lines: list[str]) -> int:
    """A page's usual line width (characters; a column's on a page of columns): the median
    of its lines of 20 characters or more (not a chart's labels, short headings and
    paragraphs' last lines); 0 when it has none."""
    longer = sorted(len(ln) for ln in lines if len(ln) >= 20)
    return longer[len(longer) // 2] if longer else 0


def _numbered_heading_groups(lines: list[str], usual: int = 0) -> list[list[str]]:
    """``lines`` (one paragraph of a page in layout mode) cut before and after a numbered
    heading (:data:`_NUMBERED_HEADING`, :func:`_plain_heading`) printed without a blank
    line below it: "3.3 Biaya dan Jangka Waktu" | "Penerbitan IUMD dikenakan retribusi ..."
    had been one paragraph, quoted with "3.3 Biaya (3,3)" as a figure (a blind probe of
    stop 50); an article's number alone keeps its title on the next line with it
    (:data:`_ARTICLE_ALONE`: "Article 4" | "Financing"). Only the first line, or one
    after a line ending a sentence, can be one. ``usual`` is the page's usual line width
    (characters, :func:`_usual_width` of all its lines; else this paragraph's): a short
    paragraph's own median is no line's width ("2. Evaluation methodology" over two lines,
    the second a sentence's end, had opened its first sentence: a blind probe of stop 56)."""
    stripped = [ln.strip() for ln in lines]
    usual = usual or _usual_width(stripped)
    groups: list[list[str]] = [[]]
    skip = -1
    for k, ln in enumerate(stripped):
        if k == skip:
            continue
        after = next((x for x in stripped[k + 1:] if x), "")
        if (_NUMBERED_HEADING.match(ln) and usual and _plain_heading(ln, after, usual)
                and (not groups[-1] or _SENTENCE_END.search(groups[-1][-1].strip()))):
            heading = [lines[k]]
            if _ARTICLE_ALONE.match(ln) and k + 1 < len(stripped) and _plain_heading(
                    stripped[k + 1], next((x for x in stripped[k + 2:] if x), ""), usual):
                heading.append(lines[k + 1])  # "Article 4" over its title "Financing"
                skip = k + 1
            groups.extend([heading, []])
            continue
        groups[-1].append(lines[k])
    return [g for g in groups if any(x.strip() for x in g)]


def _pdf_paragraphs(page: Any, tables: list[tuple[int, list[list[str]]]] = (),
                    add_table: Callable[[list[list[str]]], int] | None = None) -> list[str]:
    """The paragraphs of one pypdf page, in reading order (:func:`_page_text`,
    :func:`_text_paragraphs`)."""
    return _text_paragraphs(*_page_text(page, tables, add_table))


def _line_key(line: str) -> str:
    """A line compared with the other pages' lines: cleaned, lower case, digits as "#"."""
    return re.sub(r"\d+", "#", _clean(line).lower())


def _edge_lines(text: str) -> list[str]:
    """The first and last non-blank lines of a page's text (one when it has one), less
    table marks."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not _TABLE_MARK_RE.search(ln)]
    return lines[:1] + lines[-1:] if len(lines) >= 2 else []


def _running_lines(texts: list[str]) -> set[str]:
    """The keys (:func:`_line_key`) of the running heads and feet of a PDF's pages
    (``texts``, :func:`_page_text`): a first or last line of at most
    :data:`_MAX_HEAD_CHARS` characters, ending with no full stop, found on at least two
    pages and half of them (the same line, or one differing only by its page's number), in
    a document of two pages or more (a two-page report's "Bappeda Provinsi DKI Jakarta -
    Evaluasi E-Budgeting 2013-2023" and "ACRC | e-People Performance Report 2023 | 1" had
    been quoted, the foot inside a sentence broken by the page; a blind probe of stop 57).
    Cut off each page's text before it is made into
    paragraphs (:func:`_without_running_lines`): a page read in plain mode (columns) had
    run its head into its first heading and paragraph ("Laporan Tahunan 2024 | Badan
    Layanan Digital Nasional (BLDN) 6. Realisasi Anggaran Realisasi anggaran ...", a
    blind tester's corpus)."""
    if len(texts) < 2:
        return set()
    counts: Counter[str] = Counter()
    seen: dict[str, set[str]] = {}  # key -> the lines' texts
    paged: dict[str, bool] = {}  # key -> every line writes its page's number
    for number, text in enumerate(texts, 1):
        for ln in {_clean(ln) for ln in _edge_lines(text)}:
            if len(ln) > _MAX_HEAD_CHARS or ln.endswith("."):
                continue  # (a sentence ending every page is text: "... ditinjau ulang pada akhir tahun.")
            key = _line_key(ln)
            counts[key] += 1
            seen.setdefault(key, set()).add(ln)
            paged[key] = (paged.get(key, True) and str(number) in re.findall(r"\d+", ln)
                          and len(re.findall(r"[^\W\d_]+", ln)) >= 2)  # (not a heading "Bab 3" on page 3)
    # the same line on every page, or one that differs only by its page's number ("Laporan
    # ... - halaman 3"): not "Jumlah layanan aktif pada akhir tahun: 42" / ": 45" (an attack)
    return {k for k, n in counts.items() if k and n >= 2 and n >= 0.5 * len(texts)
            and (len(seen[k]) == 1 or paged[k])}


def _without_running_lines(text: str, keys: set[str]) -> str:
    """``text`` less its first and last non-blank lines when their keys are in ``keys``
    (:func:`_running_lines`) and other text remains."""
    if not keys:
        return text
    lines = text.splitlines()
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    left = len(filled)
    for i in dict.fromkeys(filled[:1] + filled[-1:]):
        if _line_key(lines[i]) in keys and left > 1:  # (a page of one line more: "memoranda of ...", its foot)
            lines[i] = ""
            left -= 1
    return "\n".join(lines)


#: An article's or a section's number alone on its line, its title on the next:
#: "Article 4" over "Financing" (:func:`_numbered_heading_groups` keeps both).
_ARTICLE_ALONE = re.compile(r"(?:Article|ARTICLE|Section|SECTION)\s+[\dIVX]{1,4}\.?\s*\Z")
#: A numbered heading: "2. Ringkasan Kinerja 2024", "4.1 Kebutuhan Anggaran", "BAB 4 ...",
#: and an agreement's or a law's article or section with its title, "Article 4 Financing",
#: "Pasal 7 Jangka Waktu", or its number alone (:data:`_ARTICLE_ALONE`; a blind probe of
#: stop 52's MoU had "Article 4 Financing The total indicative budget ..." quoted as one
#: sentence).
_NUMBERED_HEADING = re.compile(
    r"(?:\d{1,2}(?:\.\d{1,2})*\.?|BAB\s+[\dIVX]+|(?:Article|ARTICLE|Pasal|PASAL|Section|SECTION)\s+[\dIVX]{1,4}\.?)\s+[A-Z]"
    rf"|{_ARTICLE_ALONE.pattern}")


def _plain_heading(line: str, after: str, usual: int) -> bool:
    """Whether ``line``, opening a paragraph of a page read in plain mode, is a heading: at
    most 75% as long as the page's usual line (``usual`` characters, the median: a
    column's width on a page of columns), ending no sentence
    (:data:`_SENTENCE_END`) nor with a comma or a joining word's hyphen, and followed by a
    line that opens with a capital letter or a digit. Read as one paragraph, a two-column
    report's "Realisasi Anggaran" had opened its first sentence ("Realisasi Anggaran
    Realisasi anggaran BLDN ...", a blind tester's corpus)."""
    if not line or not after or len(line) > 0.75 * usual or _SENTENCE_END.search(line) or line.endswith((",", "-")):
        return False
    # (or a name written with a small letter first: "e-People (www.epeople.go.kr) was
    # launched ...", under "1. Overview"; a blind probe of stop 57)
    return after[0].isupper() or after[0].isdigit() or bool(_SMALL_FIRST_NAME.match(after))


#: A name written with a small letter first: "e-People", "mGov", "iPhone", "eKTP".
_SMALL_FIRST_NAME = re.compile(r"[a-z]{1,2}-?[A-Z]")


#: A list item's bullet at the start of a line: "-", "•", "*", "–", "1.", "2)", "a)", and a
#: letter in brackets, "(a)", as agreements and laws letter their items (a blind probe of
#: stop 52's MoU: "in the following areas:" had been quoted without its items "(a)" to "(e)").
_BULLET_LINE = re.compile(r"\s*(?:[-•*–▪◦]|\d{1,2}[.)]|[a-z][.)]|\([a-z]\))\s+\S")


def _bullet_groups(lines: list[str]) -> list[list[str]]:
    """``lines`` (one paragraph of a PDF page) cut before each line that opens a list
    item (:data:`_BULLET_LINE`), so each item is a paragraph of its own: an annual report's
    "- Registered vendors at year end: 1.04 million" and "- New vendors registered in
    2024: 118,400", printed without blank lines between them, had become one paragraph
    whose figures were no longer read under their labels (a blind tester's corpus). A
    paragraph with a single item, or none, is unchanged."""
    starts = [i for i, ln in enumerate(lines) if _BULLET_LINE.match(ln)]
    if len(starts) < 2:
        return [lines]
    cuts = sorted({0, *starts})
    return [lines[a:b] for a, b in zip(cuts, [*cuts[1:], len(lines)]) if lines[a:b]]


def _pdf_date(meta: Any) -> str | None:
    """The creation (else modification) date of a PDF's metadata as ISO text."""
    for attr, key in (("creation_date", "/CreationDate"), ("modification_date", "/ModDate")):
        with contextlib.suppress(Exception):
            value = getattr(meta, attr)
            if value:
                return value.date().isoformat()
        raw = str(meta.get(key) or "")
        m = re.match(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?", raw)
        if m and 1900 < int(m.group(1)) < 2200:
            return "-".join(g for g in m.groups() if g)
    return None


def _pdf_title(meta: Any) -> str | None:
    """A PDF's metadata title, less word-processor noise ("Microsoft Word - x.docx")."""
    with contextlib.suppress(Exception):
        title = _clean(str(meta.title or ""))
        title = re.sub(r"^microsoft (word|powerpoint|excel) - ", "", title, flags=re.I)
        title = re.sub(r"\.(docx?|pptx?|xlsx?|odt|rtf|indd)$", "", title, flags=re.I)
        if title and title.lower() not in ("untitled", "title", "document", "none"):
            return title
    return None


def _drop_running_heads(pages: list[list[str]], repeated: bool = True) -> list[list[str]]:
    """Remove page numbers, chart labels (two or more paragraphs without a letter in a
    row), heads and feet naming their page, and (with ``repeated``) running heads/feet
    repeated on most pages.

    A running head is a first or last paragraph of at most :data:`_MAX_HEAD_CHARS`
    characters (digits ignored) found on at least two pages and half of them, in a
    document of three pages or more; it is removed only from pages that have other text.
    (Running lines are mostly cut off each page's text before this, :func:`_running_lines`;
    this finds a head of several lines where none was.)
    """
    def kept(paras: list[str]) -> list[str]:
        # (a chart's labels: numbers without a word, "15,6", "2020 2021 2022", read as
        # paragraphs of their own, two or more in a row; a blind tester's chart had shown
        # "2024 Gambar (2,024)"; one alone, a key figure over its label, stays)
        bare = [not re.search(r"[^\W\d_]", p) for p in paras]
        label = [b and ((i > 0 and bare[i - 1]) or (i + 1 < len(bare) and bare[i + 1])) for i, b in enumerate(bare)]
        return [p for p, lab in zip(paras, label) if not lab and not _PAGE_NUMBER.match(p)]

    pages = [kept(paras) for paras in pages]
    # a head or foot that names its page ("Ringkasan Rencana Kerja ... - halaman 1", "ASEAN
    # Digital ID: Adoption Brief 2025 - page 1"), on a page with other text, in a document
    # of any length: a tester's two-page brief had quoted its foot
    pages = [[p for i, p in enumerate(paras) if not (len(paras) >= 2 and i in (0, len(paras) - 1)
                                                   and len(p) <= _MAX_HEAD_CHARS and _PAGED_EDGE.search(p))]
             for paras in pages]
    if len(pages) < 3 or not repeated:
        return pages
    key = lambda p: re.sub(r"\d+", "#", p.lower())  # noqa: E731
    edges: Counter[str] = Counter()
    for paras in pages:
        if len(paras) >= 2:
            edges.update({key(p) for p in (paras[0], paras[-1]) if len(p) <= _MAX_HEAD_CHARS})
    heads = {k for k, n in edges.items() if n >= 2 and n >= 0.5 * len(pages)}
    if not heads:
        return pages
    out = []
    for paras in pages:
        paras = list(paras)
        if len(paras) >= 2 and key(paras[0]) in heads:
            paras = paras[1:]
        if len(paras) >= 2 and key(paras[-1]) in heads:
            paras = paras[:-1]
        out.append(paras)
    return out


#: A paragraph broken off after a word (a letter, a comma), with no stop: "... pointed to poor".
_BROKEN_OFF = re.compile(r"[^\W\d_],?\s*\Z")
#: A list item or a figure's or table's caption: "- 148 villages ...", "• ...", "1. ...",
#: "Figure 3: ...", "Tabel 2. ...".
_LIST_OR_CAPTION = re.compile(r"\s*(?:[-•*–▪◦]\s|\(?\d{1,2}[.)]\s|(?:figure|fig\.|gambar|grafik|chart|table|tabel)\s*\d)",
                              re.IGNORECASE)
#: The rest of a broken sentence: a plain lower-case word first ("connectivity as ..."),
#: not a name written in lower case ("e-Government", "mGov").
_GO_ON = re.compile(r"[a-z]+(?=[\s,;:])")


def _join_across_pages(pages: list[list[str]]) -> list[Block]:
    """Paragraph blocks of a PDF's pages (``pages[i]`` holds page i + 1's paragraphs,
    running heads and page numbers dropped), a paragraph cut by a page break joined
    again: the last paragraph of a page that does not end a sentence
    (:data:`_SENTENCE_END`) and the first of the next page that begins in lower case or
    with a digit (not a numbered heading, :data:`_NUMBERED_HEADING`) are one paragraph, cited at the page where it starts. Read page by
    page, "... 34 provinsi pada | 2019 menurut ..." had lost its year to the next
    passage, and "2019 menurut" read as a count. A word hyphenated across the break
    is mended (:func:`join_lines`); a page without text ends any paragraph, and so does a
    table (its mark, :func:`_mark_tables`). A short line without a full stop between the
    two (a head no repetition told, :data:`_MAX_HEAD_CHARS`) is kept after the joined
    paragraph."""
    blocks: list[Block] = []
    last_page = 0  # the page where the last block ends
    for number, paras in enumerate(pages, 1):
        if (len(paras) >= 2 and blocks and last_page == number - 1 and _BROKEN_OFF.search(blocks[-1].text)
                and not _LIST_OR_CAPTION.match(blocks[-1].text)
                and len(paras[0]) <= _MAX_HEAD_CHARS and not _SENTENCE_END.search(paras[0])
                and not _NUMBERED_HEADING.match(paras[0]) and not _LIST_OR_CAPTION.match(paras[0])
                and _GO_ON.match(paras[1]) and not _TABLE_MARK_RE.match(blocks[-1].text)
                and not _TABLE_MARK_RE.match(paras[0])):
            # a head over the rest of a sentence the page before broke off ("Trainers and
            # village heads pointed to poor" | "Independent Evaluation of ... 2022-2023" |
            # "connectivity as the main reason: ..."; a two-page report has no repeated
            # head to find, a blind probe of stop 56): the sentence is joined, the head
            # kept after it. Only prose broken off after a word (not a list item nor a
            # caption), under a head that is no numbered heading, going on with a plain
            # lower-case word ("e-Government kiosks ..." under "3 Recommendations" is a
            # section of its own: an attack on the first version)
            paras = [paras[1], paras[0], *paras[2:]]
        for i, text in enumerate(paras):
            if (
                i == 0 and blocks and last_page == number - 1 and not _SENTENCE_END.search(blocks[-1].text)
                and (text[0].islower() or (text[0].isdigit() and not _NUMBERED_HEADING.match(text)))
                and not _TABLE_MARK_RE.match(blocks[-1].text)
            ):
                blocks[-1] = Block(join_lines([blocks[-1].text, text]), "paragraph", blocks[-1].page)
            else:
                blocks.append(Block(text, "paragraph", number))
            last_page = number
    return blocks


#: A table's caption as a PDF report writes it ("Tabel 1. Pagu indikatif per
#: kementerian/lembaga (Rp miliar)", "Table 2: ..."): it names the table's rows.
_TABLE_CAPTION = re.compile(r"^(?:Tabel|Table)\s+[\dIVX]+\b", re.IGNORECASE)
#: A caption longer than this (characters) is prose, not a table's name.
CAPTION_MAX_CHARS = 200
#: Share of a table's distinct cell words that its lines in the page text must hold for
#: them to be taken as the table (else the text is left as it is: nothing is read twice).
_TABLE_TEXT_SHARE = 0.5
#: A path operator in a page's content stream: a rectangle ("re") or a line ("l"), what a
#: ruled table is drawn with.
_DRAWING = re.compile(rb"(?<![^\s\]])(?:re|l)\s")
#: The line that stands for a table in a page's text until its rows replace it
#: (:func:`_mark_tables`), and the pattern that finds one (its key in group 1).
_TABLE_MARK = "\x00table {}"
_TABLE_MARK_RE = re.compile(r"\x00table (\d+)")


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _drawing_pages(pages: list[Any]) -> set[int]:
    """The 1-based numbers of the pypdf ``pages`` whose content stream draws lines or
    rectangles (:data:`_DRAWING`): only those can hold a ruled table. pdfplumber lays
    out a page in about 0.2 s, pypdf reads it in 0.01 s, so a report of prose is not laid
    out at all."""
    out = set()
    for number, page in enumerate(pages, 1):
        with contextlib.suppress(Exception):
            contents = page.get_contents()
            if contents is not None and _DRAWING.search(contents.get_data()):
                out.add(number)
    return out


def _pdf_tables(path: Path, candidates: set[int], warnings: list[str]) -> dict[int, list[list[list[str]]]]:
    """The ruled tables pdfplumber finds (its default "lines" strategy: cells drawn with
    lines or rectangles) on the pages ``candidates`` (1-based, :func:`_drawing_pages`):
    page number -> tables, each a list of rows of cell texts (at least two rows, one of
    them with two filled cells). A failure is reported in ``warnings`` and reads no table
    (the page's text stays as pypdf reads it)."""
    if not candidates:
        return {}
    out: dict[int, list[list[list[str]]]] = {}
    try:
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            for number in sorted(candidates):
                page = pdf.pages[number - 1]
                if not (page.lines or page.rects):
                    continue
                for table in page.find_tables():
                    rows = _merge_header_rows([[_clean(c or "") for c in row] for row in table.extract()])
                    rows = [r for r in rows if any(r)]
                    if len(rows) >= 2 and max(sum(1 for c in r if c) for r in rows) >= 2:
                        out.setdefault(number, []).append(rows)
    except Exception as exc:  # noqa: BLE001 - pdfplumber/pdfminer raise many kinds
        warnings.append(f"tables could not be read ({_clean(str(exc)) or type(exc).__name__}); kept as text")
        return {}
    return out


def _merge_header_rows(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` of a PDF table with a two-row header made one: when the first row has an
    empty cell (a merged cell: pdfplumber gives the text once, in the span's first cell)
    and the second holds no figure but years and words ("Kementerian | Anggaran SPBE |
    (empty)" over "(empty) | 2024 | 2025"), each header is the first row's text, carried
    right over the span, joined with the second's: "Anggaran SPBE 2024", "Anggaran SPBE
    2025". A tester's table had lost its years (the sub-header read as a data row)."""
    if len(rows) < 3 or all(rows[0]) or not any(rows[1]):
        return rows
    if any(re.search(r"\d", c) and not re.fullmatch(r"(?:19|20)\d{2}", c) for c in rows[1]):
        return rows
    top, sub, carried = rows[0], rows[1], ""
    header = []
    for j, cell in enumerate(top):
        carried = cell or (carried if j < len(sub) and sub[j] else "")
        below = sub[j] if j < len(sub) else ""
        header.append(" ".join(x for x in (carried, below) if x))
    return [header, *rows[2:]]


def _mark_tables(text: str, tables: list[tuple[int, list[list[str]]]]) -> str:
    """``text`` (a page's text from pypdf) with each table's lines replaced by one line
    :data:`_TABLE_MARK` (its key) between blank lines. ``tables`` are ``(key, rows)``.

    A table's lines are the longest run of lines (blank lines between them allowed) whose
    words are all the table's cell words, holding :data:`_TABLE_TEXT_SHARE` of its
    distinct cell words; a table with no such run is not marked (its text stays)."""
    lines = text.splitlines()
    for key, rows in tables:
        cell_words = {w for r in rows for c in r for w in _words(c)}
        if not cell_words:
            continue
        line_words = [set(_words(ln)) for ln in lines]
        best: tuple[int, int] | None = None
        best_words = 0
        i = 0
        while i < len(lines):
            if not line_words[i] or not line_words[i] <= cell_words:
                i += 1
                continue
            j, seen, end = i, set(), i
            while j < len(lines):
                words = line_words[j]
                if words and not words <= cell_words:
                    break
                if words:
                    seen |= words
                    end = j
                j += 1
            if len(seen) > best_words:
                best, best_words = (i, end), len(seen)
            i = end + 1
        if best is None or best_words < _TABLE_TEXT_SHARE * len(cell_words):
            continue
        lines = lines[:best[0]] + ["", _TABLE_MARK.format(key), ""] + lines[best[1] + 1:]
    return "\n".join(lines)


def _with_table_rows(blocks: list[Block], tables: dict[int, list[list[str]]]) -> list[Block]:
    """``blocks`` with each table mark (:func:`_mark_tables`) replaced by its table's rows
    (:func:`table_blocks`, ``tables``: key -> rows), named by the caption paragraph
    (:data:`_TABLE_CAPTION`, at most :data:`CAPTION_MAX_CHARS`) on the same page: the one
    just below it when the document's first table has its caption below, else the one just
    above it (or closing the page before, the table opening this one), or just below
    unless another table follows that caption (then it is that table's). A table
    continued from the page before (its mark right after the last table's) keeps that
    table's caption. The caption stays a paragraph too."""
    def is_mark(j: int) -> bool:
        return 0 <= j < len(blocks) and _TABLE_MARK_RE.fullmatch(blocks[j].text) is not None

    def is_caption(j: int) -> bool:
        return (0 <= j < len(blocks) and _TABLE_CAPTION.match(blocks[j].text) is not None
                and len(blocks[j].text) <= CAPTION_MAX_CHARS)

    # a document writes its captions above its tables or below them: its first table says which
    first = next((i for i in range(len(blocks)) if is_mark(i)), None)
    below = first is not None and not is_caption(first - 1) and is_caption(first + 1)
    out: list[Block] = []
    last_caption: str | None = None
    for i, b in enumerate(blocks):
        mark = _TABLE_MARK_RE.fullmatch(b.text)
        key = int(mark.group(1)) if mark else None
        if key not in tables:
            if _TABLE_MARK_RE.search(b.text):  # never a mark in the text (one that met other text: its table is lost)
                text = _clean(_TABLE_MARK_RE.sub(" ", b.text))
                if text:
                    out.append(Block(text, b.kind, b.page))
                continue
            out.append(b)
            continue
        # the caption just above; else just below, unless a table follows it (then it is
        # that table's); a table continued from the page before (its mark right after the
        # last table's) keeps that table's caption
        around = [i + 1] if below else [i - 1, i + 1]
        # (a caption closing the page before, its table opening this one: "Table 2. KONEPS
        # procurement by institution type, 2023" at a page's foot; a blind probe of stop 57)
        around = [j for j in around if 0 <= j < len(blocks)
                  and (blocks[j].page == b.page or (j == i - 1 and not below and blocks[j].page == (b.page or 0) - 1))
                  and (below or j == i - 1 or not is_mark(j + 1))]
        caption = next((blocks[j].text for j in around if is_caption(j)), None)
        if caption is None and is_mark(i - 1) and blocks[i - 1].page == b.page - 1:
            caption = last_caption
        last_caption = caption
        out.extend(Block(r.text, r.kind, b.page) for r in table_blocks(caption, tables[key]))
    return out


def _pypdf_reason(exc: Exception) -> str:
    """A short reason for a pypdf failure."""
    msg = _clean(str(exc)) or type(exc).__name__
    name = type(exc).__name__
    low = msg.lower()
    if "header" in low or "not a pdf" in low:
        return f"not a PDF ({msg})"
    if "password" in low or "decrypt" in low or "encrypt" in low or name in ("FileNotDecryptedError", "DependencyError"):
        return f"encrypted PDF, cannot be read without its password ({msg})"
    if name == "EmptyFileError":
        return "the file is empty"
    if "ended unexpectedly" in low or "eof" in low or "startxref" in low or "xref" in low:
        return f"broken PDF (truncated or damaged: {msg})"
    return f"broken PDF ({name}: {msg})"


def read_pdf(path: Path) -> ReadResult:
    """Read a PDF's text layer with pypdf.

    Args:
        path: the file.

    Returns:
        A :class:`ReadResult` whose blocks are paragraphs with ``page`` set (1-based);
        paragraphs are cut at blank lines of the page layout, words hyphenated across
        lines are joined, page numbers and running heads are dropped, and a paragraph
        continued over a page break is one block with the page where it starts
        (:func:`_join_across_pages`). Title and date come
        from the PDF's metadata (``/Title``, ``/CreationDate``) when present. Warnings
        list pages without text and problems pypdf worked around.

    Raises:
        ReadError: "no text layer (scanned PDF?): needs OCR" when all pages together
            hold under 20 characters of text; "encrypted PDF ..." when it needs a
            password; "broken PDF (...)" / "not a PDF (...)" with pypdf's reason for a
            truncated or garbage file.
    """
    import pypdf

    with path.open("rb") as fh:
        if b"%PDF-" not in fh.read(1024):
            raise ReadError(path, "not a PDF (no %PDF- header at the start)")
    with _collect_logs("pypdf") as logs:
        try:
            reader = pypdf.PdfReader(path, strict=False)
            if reader.is_encrypted:
                try:
                    ok = reader.decrypt("")
                except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds
                    raise ReadError(path, _pypdf_reason(exc)) from exc
                if not ok:
                    raise ReadError(path, "encrypted PDF, cannot be read without its password")
            pages = list(reader.pages)
        except ReadError:
            raise
        except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds
            reason = _pypdf_reason(exc)
            if logs.messages and reason.endswith(")"):
                reason = f"{reason[:-1]}; {'; '.join(logs.messages[:2])})"
            raise ReadError(path, reason) from exc
        if not pages:
            raise ReadError(path, "broken PDF (no pages found)")
        warnings: list[str] = []
        per_page: list[list[str]] = []
        texts: list[tuple[str, bool]] = []  # each page's text and whether it is in columns
        failed: list[str] = []
        page_tables = _pdf_tables(path, _drawing_pages(pages), warnings)
        tables = {}  # key -> rows

        def add_table(rows: list[list[str]]) -> int:  # a table drawn with text (_text_tables)
            tables[len(tables)] = rows
            return len(tables) - 1

        for number, page in enumerate(pages, 1):
            keyed = [(len(tables) + i, rows) for i, rows in enumerate(page_tables.get(number, []))]
            tables.update(keyed)
            try:
                texts.append(_page_text(page, keyed, add_table))
            except Exception as exc:  # noqa: BLE001
                failed.append(f"{number} ({_clean(str(exc)) or type(exc).__name__})")
                texts.append(("", False))
        running = _running_lines([text for text, _ in texts])
        for text, columnar in texts:
            per_page.append([p.translate(_LIGATURES) for p in _text_paragraphs(_without_running_lines(text, running), columnar)])
        total = sum(len(re.sub(r"\s", "", p)) for paras in per_page for p in paras)
        if total < _MIN_PDF_CHARS:
            if failed and len(failed) == len(pages):
                raise ReadError(path, f"broken PDF (no page could be read: page {failed[0]})")
            raise ReadError(path, "no text layer (scanned PDF?): needs OCR")
        if failed:
            warnings.append(f"text could not be extracted from page(s) {', '.join(failed)}")
        empty = [str(n) for n, paras in enumerate(per_page, 1) if not paras and str(n) not in {f.split()[0] for f in failed}]
        if empty:
            warnings.append(f"no text on page(s) {', '.join(empty)} (scanned images? needs OCR)")
        # (repeated first and last paragraphs are looked for only where no running line was
        # found: else a second pass took the text under a page's foot for another foot)
        blocks = _join_across_pages(_drop_running_heads(per_page, repeated=not running))
        blocks = _with_table_rows(blocks, tables)
        title = date = None
        with contextlib.suppress(Exception):
            meta = reader.metadata
            if meta:
                title, date = _pdf_title(meta), _pdf_date(meta)
    warnings.extend(f"pypdf: {m}" for m in logs.messages)
    return ReadResult(blocks=blocks, title=title, date=date, warnings=warnings)


# ---------------------------------------------------------------------------------------
# HTML (trafilatura)
# ---------------------------------------------------------------------------------------


def _xml_text(el: Any) -> str:
    """All text under an element of trafilatura's XML, whitespace collapsed."""
    return _clean("".join(el.itertext()))


def _definition_blocks(dl: Any) -> list[Block]:
    """A definition list's blocks (trafilatura's ``<list rend="dl">``, its items
    ``rend="dt-N"`` and ``"dd-N"``): each definition with its term as one paragraph,
    "OTP: One-Time Password, kode 6 angka ..." (a second definition too; two terms over
    one definition are both written: "NIB / Nomor Induk Berusaha: ..."). Read as separate
    items, a glossary's term and its definition had parted, and "what does OTP mean" was
    declined (a blind tester's FAQ page)."""
    out: list[Block] = []
    terms: list[str] = []  # the terms over the definitions that follow
    defined = False  # whether a definition followed the current terms
    for item in (c for c in dl if c.tag == "item"):
        text = _clean(" ".join(item.itertext()))
        rend = item.get("rend") or ""
        if not text:
            continue
        if rend.startswith("dt"):
            if terms and not defined and len(terms) < 2:  # two names of one term: "NIB", "Nomor Induk Berusaha"
                terms.append(text)
                continue
            if terms and not defined:
                out.append(Block(" / ".join(terms)))  # terms with no definition
            terms, defined = [text], False
        elif terms:  # each definition under its terms, a second one too
            out.append(Block(f"{' / '.join(terms)}: {text}"))
            defined = True
        else:
            out.append(Block(text))
    if terms and not defined:
        out.append(Block(" / ".join(terms)))
    return out


def _html_blocks(body: Any, captions: set[str] | frozenset[str] = frozenset()) -> list[Block]:
    """Blocks from trafilatura's XML body: paragraphs, headings, list items, table rows;
    a table's rows named by the paragraph above it when it names a table
    (:func:`_caption_above`) or is one of ``captions`` (the page's ``<caption>`` texts,
    :func:`_lift_table_captions`)."""
    blocks: list[Block] = []
    for el in body:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "list" and el.get("rend") == "dl":
            blocks.extend(_definition_blocks(el))
        elif tag == "list":
            # (an ordered list's items carry their numbers already: _number_ordered_lists)
            for item in el.iter("item"):
                text = _clean("".join(item.xpath("./text() | ./*[not(self::list)]//text()")))
                if text:
                    blocks.append(Block(text, "item"))
        elif tag == "table":
            rows = [[_xml_text(c) for c in row.iter("cell")] for row in el.iter("row")]
            if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
                above = blocks[-1].text if blocks and blocks[-1].kind == "paragraph" else None
                blocks.extend(table_blocks(_caption_above(blocks) or (above if above in captions else None), rows))
            else:
                blocks.extend(Block(" ".join(c for c in r if c)) for r in rows if any(r))
        elif tag in ("p", "head", "quote", "code"):
            text = _xml_text(el)
            if text:
                blocks.append(Block(text))
        elif tag in ("div", "section", "body"):
            blocks.extend(_html_blocks(el, captions))
        elif tag and tag not in ("graphic", "ref"):
            text = _xml_text(el)
            if text:
                blocks.append(Block(text))
    return blocks


#: A caption of a picture of someone else's text: "Tangkapan layar unggahan yang menyebut
#: biaya pembuatan e-KTP Rp 50.000" on a fact-check page is the hoax, not the page's word
#: (a tester's attack); also illustrations.
_IMAGE_OF_TEXT = re.compile(r"\s*(?:tangkapan layar|screenshot|screen shot|screengrab|ilustrasi|illustration)\b",
                            re.IGNORECASE)


def _unmark_superscripts(tree: Any) -> None:
    """Take each ``<sup>`` holding a number out of an HTML ``tree`` (lxml, changed in
    place), a unit's power written in superscript digits instead (:func:`superscript_text`):
    trafilatura reads ``2022.<sup>3</sup>`` as "2022.3" and ``m<sup>2</sup>`` as "m2"."""
    for sup in list(tree.iter("sup")):
        parent = sup.getparent()
        digits = "".join(sup.itertext())
        if parent is None or not SUPERSCRIPT_NUMBER.fullmatch(digits):
            continue
        prev = sup.getprevious()
        before = (prev.tail if prev is not None else parent.text) or ""
        if not before and prev is not None:
            before = "".join(prev.itertext())
        _remove_keeping(sup, superscript_text(before, digits) + (sup.tail or ""))


def _remove_keeping(element: Any, text: str) -> None:
    """Take ``element`` (lxml) out of its parent with its tail, ``text`` kept where it
    stood: onto the tail of the element before it, else the parent's text."""
    parent, prev = element.getparent(), element.getprevious()
    if text:
        if prev is not None:
            prev.tail = (prev.tail or "") + text
        else:
            parent.text = (parent.text or "") + text
    element.tail = None
    parent.remove(element)


def _unwrap_figures(tree: Any) -> None:
    """Lift each ``<figure>``'s content out of it, its ``<figcaption>`` as a paragraph.

    trafilatura drops ``<figure>`` elements with everything in them, so a figure stated
    only in a caption ("Gambar 1. Aktivasi IKD mencapai 41.200 pada akhir 2024") was never
    indexed (found by a tester's attack, stop 22). A screenshot's or an illustration's
    caption (:data:`_IMAGE_OF_TEXT`) is left out: it reports what someone else wrote. The
    tree (lxml) is changed in place; the text around the figure stays where it was, the
    image stays out of the text.
    """
    for fig in list(tree.iter("figure")):
        parent = fig.getparent()
        if parent is None:
            continue
        for cap in list(fig.iter("figcaption")):
            if _IMAGE_OF_TEXT.match("".join(cap.itertext())):
                cap.getparent().remove(cap)  # a screenshot's caption reports what the image says
            else:
                cap.tag = "p"
        if fig.text and fig.text.strip():  # bare text in the figure itself
            para = fig.makeelement("p", {})
            para.text = fig.text
            fig.addprevious(para)
        for child in list(fig):
            fig.addprevious(child)  # moves the child, with its tail, before the figure
        _remove_keeping(fig, fig.tail or "")  # the text after the figure: onto what now precedes it


#: An ``<aside>``'s class or id naming a correction note: "ralat", "koreksi", "erratum",
#: "correction", "editor-note", "catatan-redaksi" (:func:`_keep_correction_asides`).
_CORRECTION_MARKUP = re.compile(
    r"(?<![a-z])(?:ralat|koreksi|errat(?:um|a)|corrections?|editor'?s?[-_ ]?note|catatan[-_ ]?redaksi)(?![a-z])",
    re.IGNORECASE)


#: A correction note's words for the page it stands on: "siaran pers ini", "artikel ini",
#: "this article", "an earlier version of this story" (not "the second paragraph of a 2
#: May story": an attack on stop 61's first version).
_THIS_PAGE = re.compile(
    r"\b(?:(?:siaran\s+pers|artikel|berita|tulisan|laporan|halaman|rilis)\s+ini|"
    r"this\s+(?:article|story|release|press\s+release|report|page|item))\b",
    re.IGNORECASE)


#: A correction's words for what was wrong and what is right: "tertulis ...; yang benar
#: adalah", "seharusnya", "incorrectly stated", "the correct figure is".
_SETS_RIGHT = re.compile(
    r"\b(?:yang\s+benar|seharusnya|tertulis|keliru|salah|the\s+correct|incorrectly|erroneously|misstated|"
    r"should\s+have\s+(?:read|said|been)|was\s+wrong)\b", re.IGNORECASE)


def _keep_correction_asides(tree: Any) -> None:
    """Make each ``<aside>`` inside an ``<article>`` whose markup says it is the article's
    correction note (its class or id, :data:`_CORRECTION_MARKUP`: ``<aside
    class="ralat">``) and whose text speaks of this page (:data:`_THIS_PAGE`: "Pada paragraf
    keempat siaran pers ini tertulis ...") and sets something right (:data:`_SETS_RIGHT`:
    "yang benar adalah") a ``<section>``, so that it is read with the main text.

    trafilatura drops ``<aside>`` elements with everything in them, so a press release's
    erratum ("Ralat (26 Januari 2024): ... tertulis 62.418 advokat ...; yang benar adalah
    58.412 advokat") was never indexed, and the figure it takes back was answered and
    confirmed as the source's (a blind probe of stop 61). Only by markup and inside the
    article: an attack on a first version, which read any aside opening with such a word,
    had a sidebar's erratum about another story ("Ralat berita kemarin", a corrections
    feed) take back the page's own figure, a headline on a "Corrections agency" (prisons)
    indexed, and an editor's note on the article's first edition ("Saat itu ... diunduh
    2,1 juta kali") answer for the current figures. Other asides (related links,
    pull quotes, sidebars) stay out. A page's one article may be followed by its note,
    outside it ("</article><aside class="ralat">... Dalam artikel ini semula tertulis ...
    870.000 ...; yang benar adalah 780.000 ..."; two blind probes of stop 63 found it never
    indexed): the note is moved to the article's end; on a page of no article it is read
    where it stands; on a page of several articles only inside one. The tree (lxml) is
    changed in place."""
    articles = list(tree.iter("article"))
    for aside in list(tree.iter("aside")):
        if not _CORRECTION_MARKUP.search(f"{aside.get('class', '')} {aside.get('id', '')}"):
            continue
        inside = any(a.tag == "article" for a in aside.iterancestors())
        if not inside and (len(articles) > 1 or any(a.tag in ("nav", "header", "footer", "aside")
                                                    for a in aside.iterancestors())):
            continue
        text = " ".join(" ".join(aside.itertext()).split())
        if _THIS_PAGE.search(text) and _SETS_RIGHT.search(text):
            aside.tag = "section"
            if not inside and articles:
                _remove_keeping(aside, aside.tail or "")
                articles[0].append(aside)


def _lift_table_captions(tree: Any) -> set[str]:
    """Move each ``<table>``'s ``<caption>`` out of it, as a paragraph just above the
    table, and return the captions' texts (cleaned, :func:`_clean`).

    trafilatura glues a caption onto the end of the text before the table, so the rows of
    "<caption>Tabel 3. Hasil Ujian Sertifikasi Kompetensi PBJ 2022-2024</caption>" were
    indexed with no table name, their years and units unread (a blind probe of stop 54).
    :func:`_html_blocks` names the rows by the paragraph (numbered or not: markup says it
    is the caption). The tree (lxml) is changed in place."""
    captions: set[str] = set()
    for table in list(tree.iter("table")):
        for cap in [c for c in table if c.tag == "caption"]:
            text = _clean(" ".join(cap.itertext()))
            table.remove(cap)
            if text:
                para = table.makeelement("p", {})
                para.text = text
                table.addprevious(para)
                captions.add(text)
    return captions


def _number_ordered_lists(tree: Any) -> None:
    """Write each ``<ol>`` item's number before its text, as the browser shows it (from
    the list's ``start``, counting down in a ``reversed`` one, an item's own ``value``
    first), and make the list a ``<ul>``: the number is the item's text then, as a
    Markdown list's is ("2. Bali (31,2%)" under "lima provinsi ... tertinggi ...:", a
    rank; a blind probe of stop 56 had lost it, and an attack on the first version, which
    numbered from 1, had read the items of ``<ol start="6">`` as ranks 1, 2, 3). The tree
    (lxml) is changed in place; a nested list's items are numbered by their own list."""
    def number(text: str | None) -> int | None:
        with contextlib.suppress(TypeError, ValueError):
            return int(str(text).strip())
        return None

    for ol in list(tree.iter("ol")):
        items = [li for li in ol if li.tag == "li"]
        backwards = ol.get("reversed") is not None
        n = number(ol.get("start"))
        if n is None:
            n = len(items) if backwards else 1
        for li in items:
            n = number(li.get("value")) if number(li.get("value")) is not None else n
            li.text = f"{n}. " + (li.text or "").lstrip()
            n += -1 if backwards else 1
        ol.tag = "ul"


#: A button that opens a panel of the page (an accordion's or a FAQ's question): its
#: ARIA disclosure attributes, a toggle's data attribute, or such a class.
_DISCLOSURE_CLASS = re.compile(r"accordion|collapse|toggle|faq|question|expand", re.IGNORECASE)


#: A button's label that works the page, not a question: "Show 10 more services",
#: "Tampilkan 10 layanan lainnya", "Baca laporan lengkap", "Expand all answers" (an
#: attack on a first version had such a label quoted in support of a false claim).
_UI_LABEL = re.compile(
    r"(?i:show|hide|tampilkan|sembunyikan|lihat|baca|read|view|see|expand|collapse|buka|tutup|load|muat|more|"
    r"selengkapnya|lainnya|open|close|toggle|klik|click|unduh|download)\b")


def _disclosure_buttons_as_text(tree: Any) -> None:
    """Turn each ``<button>`` that opens a panel of the page (``aria-expanded``,
    ``aria-controls``, a ``data-*-toggle`` attribute or an accordion's class:
    :data:`_DISCLOSURE_CLASS`) and asks a question ("...?") or heads a section (inside a
    heading), in two words or more, into text: a paragraph, or plain text inside the
    heading holding it. trafilatura drops buttons, so a FAQ's accordion lost its
    questions and their answers ran together (a blind probe of stop 52). A search or
    menu button ("Cari") and a label that works the page (:data:`_UI_LABEL`: "Tampilkan
    10 layanan lainnya") stay out. The tree (lxml) is changed in place."""
    for button in list(tree.iter("button")):
        attrs = button.attrib
        disclosure = ("aria-expanded" in attrs or "aria-controls" in attrs
                      or any(k.startswith("data-") and k.endswith("toggle") for k in attrs)
                      or _DISCLOSURE_CLASS.search(attrs.get("class", "")))
        label = " ".join("".join(button.itertext()).split())
        parent = button.getparent()
        in_heading = parent is not None and parent.tag in ("h1", "h2", "h3", "h4", "h5", "h6")
        if not disclosure or len(label.split()) < 2 or _UI_LABEL.match(label) or not (
                label.endswith("?") or in_heading):
            continue
        button.tag = "span" if in_heading else "p"
        for k in list(attrs):
            del attrs[k]


# Extracted text shorter than this is checked again with trafilatura's precision setting.
_SHORT_PAGE = 500
# A main text shorter than this (non-space characters) is a stray menu link, not text.
_MIN_HTML_CHARS = 20


def read_html(path: Path) -> ReadResult:
    """Read a web page saved as ``.html``/``.htm``: its main text only, via trafilatura.

    Menus, footers, cookie banners and comment sections are left out by trafilatura's
    main-content extraction (a page with little text is extracted with its precision
    setting, so that a menu is not taken for the article).

    Args:
        path: the file.

    Returns:
        A :class:`ReadResult` whose blocks are paragraph blocks (paragraphs, headings,
        list items, quotes) and ``row`` blocks ("Header: value; ...") for tables; title
        and date from the page's metadata as trafilatura finds them (the date from markup
        only, never guessed from the text); language from the
        ``<html lang>`` attribute (ISO 639-1), else None.

    Raises:
        ReadError: "not an HTML page (...)" when it cannot be parsed, "no main text
            found" when trafilatura finds no article text.
    """
    import trafilatura
    from trafilatura.utils import load_html

    data = path.read_bytes()
    if not data.strip():
        raise ReadError(path, "the file is empty")
    with _collect_logs("trafilatura"), _collect_logs("htmldate"):
        tree = load_html(data)
        if tree is None:
            raise ReadError(path, "not an HTML page (it could not be parsed)")
        _unwrap_figures(tree)
        _keep_correction_asides(tree)
        captions = _lift_table_captions(tree)
        _number_ordered_lists(tree)
        _unmark_superscripts(tree)
        _disclosure_buttons_as_text(tree)
        root = tree.getroottree().getroot()
        lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
        if not lang:
            metas = root.xpath('//meta[translate(@http-equiv,"CONTENT-LANGUAGE","content-language")="content-language"]/@content')
            lang = metas[0] if metas else None
        from trafilatura.settings import set_date_params

        # The date only from the page's markup (meta tags, <time>, the URL), never guessed
        # from a year in its text: a citation must not show a year the source does not
        # give as its date ("... in 2010" in the body made 2010-01-01 the page's date).
        options = {"with_metadata": True, "include_comments": False, "include_tables": True,
                   "date_extraction_params": set_date_params(extensive=False)}
        try:
            doc = trafilatura.bare_extraction(copy.deepcopy(tree), **options)
            if doc is None or len(getattr(doc, "text", None) or "") < _SHORT_PAGE:
                # On a short page the recall-oriented fallbacks pick up menus and
                # banners; the precision setting keeps only article text (or nothing).
                doc = trafilatura.bare_extraction(tree, favor_precision=True, **options)
        except Exception as exc:  # noqa: BLE001 - trafilatura raises many kinds
            raise ReadError(path, f"not an HTML page ({type(exc).__name__}: {exc})") from exc
    body = getattr(doc, "body", None) if doc is not None else None
    blocks = _html_blocks(body, captions) if body is not None else []
    if not blocks and doc is not None and getattr(doc, "text", None):
        blocks = [Block(_clean(t)) for t in doc.text.splitlines() if t.strip()]
    if sum(len(re.sub(r"\s", "", b.text)) for b in blocks) < _MIN_HTML_CHARS:
        raise ReadError(path, "no main text found")
    title = _clean(doc.title) if getattr(doc, "title", None) else None
    date = getattr(doc, "date", None) or None
    return ReadResult(blocks=blocks, title=title or None, date=date, language=_language(lang))


# ---------------------------------------------------------------------------------------
# DOCX (python-docx)
# ---------------------------------------------------------------------------------------


def _docx_table_rows(table: Any) -> list[list[str]]:
    """The cell texts of a python-docx table, merged cells counted once per row."""
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is returned once per grid column
                continue
            seen.add(id(cell._tc))
            cells.append(_clean(cell.text))
        rows.append(cells)
    return rows


def _docx_list_item(paragraph: Any) -> bool:
    """Whether a python-docx paragraph is a list item: numbered or bulleted by its own
    properties (``w:numPr``) or by a list style ("List Bullet", "List Number 2", ...)."""
    with contextlib.suppress(Exception):
        ppr = paragraph._p.pPr  # noqa: SLF001 - python-docx exposes no numbering API
        if ppr is not None and ppr.numPr is not None:
            return True
        return paragraph.style is not None and paragraph.style.name.startswith("List")
    return False


class _DocxNumbering:
    """The numbers Word shows before a document's numbered paragraphs (python-docx reads
    none): each paragraph's numbering (its own ``w:numPr``, else its style's or a base
    style's) is looked up in the numbering part (``w:num`` -> ``w:abstractNum`` -> the
    level's ``w:numFmt``, ``w:lvlText`` and ``w:start``), and counted per list and level
    in reading order, a level's count restarting after a shallower level's item, as Word
    counts. A "List Number" list's "Mengizinkan aktivasi mandiri ..." had lost its "1."
    (a blind probe of stop 57); HTML's ``<ol>`` is read alike
    (:func:`_number_ordered_lists`). Bullets and formats other than numbers and letters
    give no number; anything unreadable gives none."""

    def __init__(self, document: Any):
        self._element = None
        with contextlib.suppress(Exception):
            self._element = document.part.numbering_part.element
        self._counts: dict[tuple[str, int], int] = {}

    @staticmethod
    def _num_pr(paragraph: Any) -> tuple[str, int] | None:
        with contextlib.suppress(Exception):
            ppr = paragraph._p.pPr  # noqa: SLF001 - python-docx exposes no numbering API
            num_pr = ppr.numPr if ppr is not None else None
            style = paragraph.style
            while num_pr is None and style is not None:
                spr = style.element.pPr
                num_pr = spr.numPr if spr is not None else None
                style = style.base_style
            if num_pr is not None and num_pr.numId is not None:
                ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
                return str(num_pr.numId.val), int(ilvl)
        return None

    def _level(self, num_id: str, ilvl: int) -> tuple[str, str, int] | None:
        """``(numFmt, lvlText, start)`` of a list's level."""
        if self._element is None:
            return None
        w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        with contextlib.suppress(Exception):
            aid = str(self._element.num_having_numId(int(num_id)).abstractNumId.val)
            abstract = next(a for a in self._element.iterchildren(f"{w}abstractNum") if a.get(f"{w}abstractNumId") == aid)
            lvl = next(x for x in abstract.iterchildren(f"{w}lvl") if x.get(f"{w}ilvl") == str(ilvl))

            def val(tag: str, default: str) -> str:
                el = lvl.find(f"{w}{tag}")
                return el.get(f"{w}val", default) if el is not None else default

            return val("numFmt", "decimal"), val("lvlText", f"%{ilvl + 1}."), int(val("start", "1"))
        return None

    @staticmethod
    def _shown(n: int, fmt: str) -> str | None:
        if fmt == "decimal":
            return str(n)
        if fmt in ("lowerLetter", "upperLetter") and 1 <= n <= 26:
            letter = "abcdefghijklmnopqrstuvwxyz"[n - 1]
            return letter if fmt == "lowerLetter" else letter.upper()
        if fmt in ("lowerRoman", "upperRoman") and 1 <= n <= 39:
            roman = "x" * (n // 10) + ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")[n % 10]
            return roman if fmt == "lowerRoman" else roman.upper()
        return None

    def label(self, paragraph: Any) -> str | None:
        """The number Word shows before ``paragraph`` ("1.", "b)", "(iii)"), else ``None``;
        counts the paragraph (call once per paragraph, in reading order)."""
        found = self._num_pr(paragraph)
        if found is None or found[0] == "0":
            return None
        num_id, ilvl = found
        level = self._level(num_id, ilvl)
        if level is None:
            return None
        fmt, text, start = level
        count = self._counts.get((num_id, ilvl), start - 1) + 1
        self._counts[(num_id, ilvl)] = count
        for key in [k for k in self._counts if k[0] == num_id and k[1] > ilvl]:
            del self._counts[key]  # (a deeper level restarts after this item)
        shown = self._shown(count, fmt)
        if shown is None or "%" not in text:
            return None

        def part(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            if k == ilvl:
                return shown
            outer = self._level(num_id, k)
            value = self._counts.get((num_id, k))
            return (self._shown(value, outer[0]) or "") if outer and value else ""

        return _clean(re.sub(r"%(\d)", part, text)) or None


def _docx_text(paragraph: Any) -> str:
    """A python-docx ``paragraph``'s text less its footnote marks typed as superscript
    numbers (a unit's power written in superscript digits, :func:`superscript_text`);
    Word's own footnote references hold no text and are not read either way."""
    runs = []
    with contextlib.suppress(Exception):
        runs = list(paragraph.iter_inner_content())
    def raised(run: Any) -> bool:
        with contextlib.suppress(Exception):
            style = run.style.font.superscript if run.style is not None else None
            return bool(run.font.superscript if run.font.superscript is not None else style)
        return False
    if not any(hasattr(r, "font") and raised(r) for r in runs):
        return paragraph.text
    text = ""
    for run in runs:
        part = run.text or ""
        if hasattr(run, "font") and raised(run) and SUPERSCRIPT_NUMBER.fullmatch(part) and text[-1:].strip():
            part = superscript_text(text, part)
        text += part
    return text


def read_docx(path: Path) -> ReadResult:
    """Read a Word ``.docx`` file with python-docx.

    Args:
        path: the file.

    Returns:
        A :class:`ReadResult` whose blocks follow the body in order: non-empty
        paragraphs (headings too) as paragraph blocks, and each table row after the first
        as a ``row`` block ``"Header1: value1; Header2: value2"`` (the first row gives the
        headers; a one-row or one-column table gives paragraph blocks), led by ``"<caption>
        — "`` when a caption paragraph stands just above the table (:func:`_caption_above`). Title and
        language from the core properties (title falls back to the first paragraph in the
        "Title" style); no date.

    Raises:
        ReadError: "not a valid DOCX (not a zip file)", or "not a valid DOCX (...)" for
            a zip that is not a Word document, "no text found" for an empty document.
    """
    if not zipfile.is_zipfile(path):
        raise ReadError(path, "not a valid DOCX (not a zip file)")
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds
        raise ReadError(path, f"not a valid DOCX ({type(exc).__name__}: {_clean(str(exc))})") from exc
    blocks: list[Block] = []
    style_title = None
    numbering = _DocxNumbering(document)
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            text = _clean(_docx_text(item))
            if not text:
                continue
            label = numbering.label(item)
            if label is not None and not text.startswith(label):
                text = f"{label} {text}"
            with contextlib.suppress(Exception):
                if style_title is None and item.style is not None and item.style.name == "Title":
                    style_title = text
            blocks.append(Block(text, "item" if _docx_list_item(item) else "paragraph"))
        elif isinstance(item, Table):
            rows = [r for r in _docx_table_rows(item) if any(r)]
            if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
                blocks.extend(table_blocks(_caption_above(blocks), rows))
            else:
                blocks.extend(Block("; ".join(c for c in r if c)) for r in rows)
    if not blocks:
        raise ReadError(path, "no text found (the document is empty)")
    props = document.core_properties
    title = _clean(props.title or "") or style_title
    return ReadResult(blocks=blocks, title=title or None, language=_language(props.language))


# ---------------------------------------------------------------------------------------
# Spreadsheets: CSV (csv) and XLSX (openpyxl)
# ---------------------------------------------------------------------------------------


#: Delimiters a CSV file may use, in order of preference on a tie.
_CSV_DELIMITERS = ",;\t|"


def _csv_dialect(text: str) -> Any:
    """The CSV dialect of ``text``: :class:`csv.Sniffer`'s (on the first 16,384
    characters), unless another delimiter of :data:`_CSV_DELIMITERS` cuts the first 200
    rows into more cells, each row of two cells or more counted up to the commonest number
    of cells (a row missing its last cells counts its own, a title line of one cell none). The sniffer
    counts delimiters by how evenly they occur per line, so a semicolon file whose free
    text cells hold commas ("...;2,54;Portal JIKN diluncurkan ulang, ...") was read by
    its commas: the header one field, "2,54" cut in two (a blind probe of stop 63).
    Returns a dialect for :func:`csv.reader`; :data:`csv.excel` when nothing fits."""
    sample = text[:16384]
    try:
        sniffed: Any = csv.Sniffer().sniff(sample, delimiters=_CSV_DELIMITERS)
    except csv.Error:
        sniffed = csv.excel

    def fit(dialect: Any) -> int:
        try:
            rows = [r for r in itertools.islice(csv.reader(io.StringIO(sample, newline=""), dialect), 200) if r]
        except csv.Error:
            return -1
        # the cells of the rows cut into two or more, each row counted up to the commonest
        # number of cells (a row missing its last cells, "2020;410.200;78,5" under four
        # headers, still counts; a title line above the headers, "Aktivasi IKD per
        # provinsi, 2023", read as one cell, does not: an attack on the first version)
        counts = Counter(len(r) for r in rows if len(r) >= 2)
        if not counts:
            return -1
        modal = max(counts, key=lambda n: (counts[n], n))
        return sum(min(len(r), modal) for r in rows if len(r) >= 2)

    best, best_fit = sniffed, fit(sniffed)
    for d in _CSV_DELIMITERS:
        if d == getattr(sniffed, "delimiter", None):
            continue
        candidate = type("_Dialect", (csv.excel,), {"delimiter": d})
        score = fit(candidate)
        if score > best_fit:
            best, best_fit = candidate, score
    return best


def _text_overflow_rejoined(rows: list[list[str]], delimiter: str) -> list[list[str]]:
    """``rows`` with the surplus cells of a row longer than its header row joined back,
    with the delimiter, into the cell under the last header, when that cell is free text
    (it has letters): an unquoted delimiter inside a note ("Keterangan: ... dirilis
    sebanyak 214 simpul pada Januari 2024; yang benar adalah 241 simpul") had cut the
    note in two, its end read as a "column 11" of its own (a blind probe of stop 64; the
    correction was then no longer read as one). The header row is the first of two filled
    cells or more; empty cells at a row's end are no surplus. Rows are returned as given
    otherwise (a new list; the rows themselves are not changed)."""
    header = next((r for r in rows if sum(1 for c in r if c.strip()) >= 2), None)
    if header is None:
        return rows
    width = max(i for i, c in enumerate(header) if c.strip()) + 1
    out = []
    for row in rows:
        end = len(row)
        while end > width and not row[end - 1].strip():
            end -= 1
        if end > width and re.search(r"[^\W\d_]", row[width - 1]):
            row = [*row[:width - 1], delimiter.join(row[width - 1:end])]
        out.append(row)
    return out


def read_csv(path: Path) -> ReadResult:
    """Read a ``.csv`` file: one ``row`` block per data row, with its headers.

    The dialect (delimiter ``,``, ``;``, tab or ``|``; quoting) is sniffed, and the
    delimiter checked against the rows (:func:`_csv_dialect`: a semicolon file with
    decimal commas, as an Indonesian spreadsheet exports it, is read by its semicolons
    even where long text cells hold more commas); the encoding is detected as for text files. Cells are kept as written, trimmed; only float
    artefacts with more than 15 significant digits are cleaned
    (``"0.44873999999999997"`` -> ``"0.44874"``). A block reads
    ``"<file stem> — <header>: <value>; ..."`` (empty cells left out).

    Args:
        path: the file.

    Returns:
        A :class:`ReadResult` with the row blocks and title = the stem with
        hyphens/underscores as spaces (``egdi-2014.csv`` -> ``"egdi 2014"``).

    Raises:
        ReadError: the file is empty or binary, cannot be parsed as CSV, or has no rows.
    """
    text, warnings = decode_text(path, path.read_bytes())
    dialect = _csv_dialect(text)
    try:
        raw = list(csv.reader(io.StringIO(text, newline=""), dialect))
    except csv.Error as exc:
        raise ReadError(path, f"not valid CSV ({exc})") from exc
    rows = [[clean_number_text(c) for c in row] for row in _text_overflow_rejoined(raw, dialect.delimiter)]
    blocks = table_blocks(path.stem, rows)
    if not blocks:
        raise ReadError(path, "no data rows found")
    return ReadResult(blocks=blocks, title=table_title(path), warnings=warnings)


def read_xlsx(path: Path, language: str | None = None) -> ReadResult:
    """Read an Excel ``.xlsx`` workbook (openpyxl, read-only, cached values of formulas).

    Each worksheet is a table whose first row with two or more filled cells gives the
    headers. Numbers are shown as the spreadsheet shows them under their cells' number
    formats (``0.973`` under ``0.0%`` -> ``"97.3%"``, :func:`format_cell_number`), else
    as the source means them (``0.9462299999999999`` -> ``"0.94623"``, ``106.0`` ->
    ``"106"``), dates as their custom format shows them (``"01-Sep-2024"``,
    :func:`format_cell_date`), else in ISO form. A workbook in Indonesian (``language``, else the
    workbook's language property, else its text cells', :func:`index.language.detect_language`)
    shows them as an Indonesian spreadsheet does, with a decimal comma and a thousands
    dot (``"18.200"``, ``"97,3%"``, ``"3,781"``): a number format's comma is the
    reader's locale's thousands separator, and our figures read a document's numbers in
    its language's convention (an Indonesian workbook's "18,200" under ``#,##0`` had been
    read as 18,2 and contradicted "Anggaran ... Rp18,2 miliar", its "3.781" under General
    as 3781; a blind probe of stop 50).

    Args:
        path: the file.
        language: the document's language as its metadata gives it (ISO 639-1), if any.

    Returns:
        A :class:`ReadResult` whose blocks are ``row`` blocks
        ``"<workbook title or stem> / <sheet> — <header>: <value>; ..."`` (plus caption
        paragraphs found above a header row, which also join the rows' table name:
        ``"<workbook> / <sheet> / <caption> — ..."``); title = the workbook's title property,
        else the stem with hyphens/underscores as spaces; language: the one its numbers
        are shown in (``language``, else the workbook's language property, else its
        text's).

    Raises:
        ReadError: "not a valid XLSX (not a zip file)", "not a valid XLSX (...)", or
            "no data rows found".
    """
    if not zipfile.is_zipfile(path):
        raise ReadError(path, "not a valid XLSX (not a zip file)")
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds
        raise ReadError(path, f"not a valid XLSX ({type(exc).__name__}: {_clean(str(exc))})") from exc
    try:
        props = workbook.properties
        book_title = _clean(props.title or "") if props is not None else ""
        stated = _language(getattr(props, "language", None)) if props is not None else None
        name = book_title or path.stem
        sheets: list[tuple[str, list[list[tuple[Any, str | None]]]]] = []
        for sheet in workbook.worksheets:
            if not hasattr(sheet, "iter_rows"):
                continue
            with contextlib.suppress(Exception):
                sheet.reset_dimensions()
            sheets.append((sheet.title, [[(getattr(c, "value", None), getattr(c, "number_format", None)) for c in row]
                                         for row in sheet.iter_rows()]))
        convention = _language(language) or stated
        if convention is None:
            from index.language import detect_language

            words = " ".join(v for _, rows in sheets for row in rows[:50] for v, _ in row if isinstance(v, str))
            convention = detect_language(f"{book_title} {words}"[:5000], default="en")
        blocks: list[Block] = []
        for title, cells in sheets:
            rows = ([_cell_text(v, fmt, decimal_comma=convention == "id") for v, fmt in row] for row in cells)
            blocks.extend(table_blocks(f"{name} / {title}", rows, titled=True))
    except ReadError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise ReadError(path, f"not a valid XLSX ({type(exc).__name__}: {_clean(str(exc))})") from exc
    finally:
        workbook.close()
    if not blocks:
        raise ReadError(path, "no data rows found")
    return ReadResult(blocks=blocks, title=book_title or table_title(path), language=convention)


# ---------------------------------------------------------------------------------------
# Dispatch
# ---------------------------------------------------------------------------------------

READERS = {
    ".txt": read_text,
    ".md": read_markdown,
    ".pdf": read_pdf,
    ".html": read_html,
    ".htm": read_html,
    ".docx": read_docx,
    ".csv": read_csv,
    ".xlsx": read_xlsx,
}


def supported_suffixes() -> list[str]:
    """File name suffixes the corpus reader knows, lower case with the dot."""
    return sorted(READERS)


#: How the first bytes of a file of each binary format begin: a PDF has "%PDF" within
#: its first 1024 bytes (PDF 1.7, 7.5.2 allows bytes before it), DOCX and XLSX are ZIP
#: archives ("PK\x03\x04").
_BINARY_SIGNATURES = {".pdf": b"%PDF", ".docx": b"PK\x03\x04", ".xlsx": b"PK\x03\x04"}


def content_matches_suffix(path: Path) -> bool:
    """Whether the file's first bytes look like the format its suffix names: a PDF, DOCX
    or XLSX starts with its signature (:data:`_BINARY_SIGNATURES`); a text format (.txt,
    .md, .csv, .html) has no NUL byte in its first 4 KiB and does not start like a PDF or
    a ZIP archive. Used to choose which of several identical files to index (a PDF copied
    to ``report.txt`` is not the one to read); an unreadable file gives False."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    suffix = path.suffix.lower()
    if suffix in _BINARY_SIGNATURES:
        sig = _BINARY_SIGNATURES[suffix]
        return sig in head[:1024] if suffix == ".pdf" else head.startswith(sig)
    return b"\x00" not in head and not head.startswith((b"%PDF", b"PK\x03\x04"))


#: Longest paragraph (characters) that :func:`list_items` reads as a list item: a longer
#: one opening with a number is a numbered section ("2. Waktu tindak lanjut Rata-rata
#: ..."), not an item.
LIST_ITEM_MAX_CHARS = 400


def list_items(blocks: list[Block]) -> list[Block]:
    """The blocks with each paragraph that opens with a list marker ("- ", "• ", "1. ",
    "2) ", "a. ", "(a) "; :data:`_BULLET_LINE`) next to another such paragraph or an ``item``
    block made an ``item`` block (a numbered one only next to the item numbered just
    before or after it), as the DOCX, Markdown and HTML readers mark their list
    items (a lone numbered line is a heading: "1. Pendahuluan"): a list is then quoted
    whole when a question asks for one (:func:`bot.engine._list_quote`). Other blocks
    are kept as they are."""
    marked = [b.kind == "item" or (b.kind == "paragraph" and len(b.text) <= LIST_ITEM_MAX_CHARS
                                   and bool(_BULLET_LINE.match(b.text))) for b in blocks]
    numbers = [_item_number(b.text) for b in blocks]

    def listed(i: int) -> bool:
        if not marked[i] or blocks[i].kind != "paragraph":
            return False
        before, after = i > 0 and marked[i - 1], i + 1 < len(blocks) and marked[i + 1]
        if numbers[i] is None:
            return before or after
        # a numbered line is an item beside the item numbered just before or after it
        # ("2." after "1."); else a section's heading, beside a list or not ("5.
        # Rekomendasi" after a bulleted list, "3. Alokasi APBD ..." after items 1 to 5: a
        # blind probe of stop 57 had them quoted as list items)
        # ... and not a heading's line after items that are sentences ("5. Evaluasi dan
        # Kelulusan" after "4. memperoleh skor tes literasi digital paling rendah 65.")
        nexts = [j for j in (i - 1, i + 1) if 0 <= j < len(blocks) and marked[j]
                 and numbers[j] == numbers[i] + (j - i)]
        return bool(nexts) and not (_HEADING_LINE.fullmatch(blocks[i].text)
                                    and all(_CLAUSE_CLOSED.search(blocks[j].text) for j in nexts))

    # (a lone numbered line is a section's heading, "1. Pendahuluan", not a list)
    return [Block(b.text, "item", b.page) if listed(i) else b for i, b in enumerate(blocks)]


#: A heading's line: short, closing no sentence or clause.
_HEADING_LINE = re.compile(r".{1,80}(?<![.;:,!?])")
#: A list item that closes a sentence or a clause: "... paling rendah 65.", "...;".
_CLAUSE_CLOSED = re.compile(r"[.;:!?]\s*\Z")


def _item_number(text: str) -> int | None:
    """The number of a numbered list line ("2. Bali", "3) Aceh"), else ``None``."""
    m = re.match(r"\s*\(?(\d{1,2})[.)]\s", text)
    return int(m.group(1)) if m else None


#: Longest paragraph (characters) read as a question heading (:func:`question_headings`).
QUESTION_HEADING_MAX_CHARS = 250
_ENDS_AS_QUESTION = re.compile(r"\?[\"'”’)\]]*\s*$")


def question_headings(blocks: list[Block]) -> list[Block]:
    """The blocks with each question heading made a ``question`` block.

    A question heading is a paragraph block of at most :data:`QUESTION_HEADING_MAX_CHARS`
    characters that ends with a question mark and is followed by a paragraph block that
    does not: an FAQ's question ("Bagaimana jika saya lupa passphrase?" over "Passphrase
    tidak dapat dipulihkan. ..."), an interview's question written without "Q:". The
    chunker then starts a passage at the question and keeps its answer with it, and the
    question is embedded with the answer's passage (:func:`index.chunking.chunk_blocks`);
    before, an FAQ heading could end one passage and its answer open the next (a blind
    probe of stop 48). Rows, ``question`` blocks and the rest are kept as they are.
    """
    out = list(blocks)
    for i, b in enumerate(blocks[:-1]):
        nxt = blocks[i + 1]
        if b.kind == "paragraph" and len(b.text) <= QUESTION_HEADING_MAX_CHARS and _ENDS_AS_QUESTION.search(b.text) \
                and nxt.kind in ("paragraph", "item") and not _ENDS_AS_QUESTION.search(nxt.text):
            out[i] = Block(b.text, "question", b.page)
    return out


def read_document(path: Path, language: str | None = None) -> ReadResult:
    """Read ``path`` with the reader for its suffix.

    Args:
        path: the file (its suffix, in any case, chooses the reader; see ``READERS``).
        language: the document's language as its metadata gives it (ISO 639-1), if any:
            a workbook's numbers are shown in its convention (:func:`read_xlsx`).

    Returns:
        The reader's :class:`ReadResult`.

    Raises:
        ReadError: unknown format, an empty file ("the file is empty"), or the file is
            broken (the message says how).
    """
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ReadError(path, f"unsupported format {path.suffix!r} (known: {', '.join(supported_suffixes())})")
    try:
        if path.stat().st_size == 0:
            raise ReadError(path, "the file is empty")
        result = reader(path, language) if reader is read_xlsx else reader(path)
        result.blocks = question_headings(list_items(result.blocks))
        return result
    except ReadError:
        raise
    except OSError as exc:
        raise ReadError(path, f"cannot read the file: {exc.strerror or exc}") from exc
