"""Find, normalise, display and compare the figures (numbers) in a text.

Journalists fact-check figures with this bot, so a wrong or silently reformatted
number is the worst failure. Everything here is deterministic, pure Python (plus
Babel for display), with precompiled regular expressions; one sentence takes
microseconds to a millisecond.

Public API
==========

``extract_figures(text, lang, ref_year=None) -> list[Figure]``
    Every figure of a text with its exact surface and span, normalised value, unit,
    scale, kind, counted noun and the year it refers to.
``parse_number(s, lang) -> float``
    One bare numeric token (``"148,76"``, ``"2.000"``, ``"1,200.5"``).
``format_figure(fig, lang) -> str``
    The normalised form in the reader's language, for display beside the source's
    own form (``"USD 148.76 million"`` / ``"USD 148,76 juta"``).
``number_values(text, lang=None) -> set[float]``, ``mentions(reply, item, lang=None)``,
``same_number(a, b, lang=None)``, ``normalise_numbers(text, lang=None)``
    Helpers for evaluators comparing numbers across languages and formats.
``numbers_in(text) -> list[str]``
    Every digit-bearing token of a text.

Rules (the source of each rule is this module's design; tests: tests/test_figures.py)
=====================================================================================

Decimal and thousands separators (``parse_number``)
    * ``lang="id"``: ``,`` is the decimal separator and ``.`` groups thousands (CLDR
      ``id``, as Babel formats it); ``lang="en"``: the reverse.
    * Both ``.`` and ``,`` in one token: the last one, which must occur once, is the
      decimal separator, the other groups thousands (``1,200.5`` and ``1.200,5`` are
      1200.5 in either language: unambiguous).
    * One kind of separator occurring more than once: thousands (``1.234.567``);
      every group after the first must have exactly 3 digits, else ``ValueError``
      (``1.2.3`` is a version or a date, not a number).
    * One separator occurring once: if it is the language's *thousands* separator
      and is followed by exactly 3 digits, after 1-3 leading digits not starting
      with 0, it groups thousands (id ``2.000`` = 2000, en ``1,200`` = 1200);
      otherwise it is a decimal separator (id ``9,87`` = 9.87; en ``2.23`` = 2.23;
      id ``2.23`` = 2.23 and en ``148,76`` = 148.76 as a foreign-convention
      fallback, since they cannot be thousands; id ``1,200`` = 1.2; en ``2.000`` =
      2.0).
    * No-break, narrow no-break and thin spaces (U+00A0, U+202F, U+2009) group
      thousands, the remaining separator being the decimal one;
      a plain space never does: ``1 000 000`` could be one number or three, so it
      gives no figure at all. An integer with a leading zero (``007``, ``000``) is a
      code, not a figure.
    * ``lang=None`` ("auto", for evaluators that do not know the language): the
      two conventions agree on every shape except a single separator followed by
      exactly 3 digits; there it is thousands whichever the character
      (``2.000`` = ``2,000`` = 2000): a decimal written with exactly three
      trailing digits is rare in prose, thousands is common in both languages.

Scales (``Figure.scale``)
    ribu/thousand = 1e3, juta/million = 1e6, miliar/milyar/billion = 1e9,
    triliun/trilyun/trillion = 1e12; abbreviations ``jt`` (juta), ``rb`` (ribu),
    ``mn``, ``bn``, ``tn``/``trn``, glued or after one space. Single letters
    ``K``/``k`` (1e3), ``M``/``m`` (1e6), ``B``/``b`` (1e9), ``T`` (1e12) count only
    right after a currency amount (``$5M``, ``USD5K``, ``Rp 1,5 M``), because
    ``4K``, ``5G``, ``5 m`` are not money; without a currency they make the token an
    identifier, except a glued ``m``/``k`` before a plural English noun in text not
    read as Indonesian (``1.5m users`` = 1.5e6 users, ``20k people``; not ``a 400m
    track``). Indonesian convention: ``M`` after a rupiah amount means *miliar*
    (``Rp 1,5 M`` = 1.5e9) unless ``lang="en"``. ``bln``/``mln`` are not scales
    (``bln`` is Indonesian for *bulan*, month).

Currencies (``Figure.unit``; ``kind="amount"``)
    Prefixes, glued or after a space: ``USD``, ``US$``, ``$`` (USD), ``Rp``/``Rp.``/
    ``IDR``, ``KRW``/``₩``, also ``S$`` (SGD), ``A$`` (AUD), ``HK$``, ``C$``,
    ``NT$``, ``€``/``EUR``, ``£``/``GBP``, ``JPY``, ``CNY``; an unknown
    ``<letters>$`` makes the token an identifier. Suffixes after the number (and
    scale): the codes, ``won`` (KRW; only after a scale word or before
    punctuation/``per``/``each``/``and``..., since "won" is also a verb),
    ``rupiah``, ``dollars``/``dolar`` (USD unless a country says otherwise:
    ``dolar Singapura`` = SGD), ``dolar AS``/``US dollars`` (USD), ``euro(s)``,
    ``yen``, ``yuan``.

Percentages
    ``123%``, ``123 %``, ``123 persen``, ``123 percent``/``per cent``/``pct``: kind
    ``"percent"``, unit ``"%"``. ``percentage point(s)``, ``poin persentase``,
    ``persen poin``: kind ``"percent"`` with unit ``"pp"`` (a difference of
    percentages, not a percentage).

Multiples (kind ``"multiple"``, unit ``"x"``)
    ``2x``/``2×`` (glued), ``N-fold``/``twofold``, ``N kali lipat``, ``doubled``/
    ``doubling`` (2), ``tripled`` (3), ``quadrupled`` (4), ``halved`` (0.5),
    ``double``/``triple``/``twice``/``thrice`` before ``the/that/what/its/as...``
    (``double-digit`` is not a multiple). ``N kali`` and ``N times`` are a
    multiple when N has a fraction (``2,23 kali``, ``2.23 times``: one cannot meet
    2.23 times), when a comparison follows (``kali lebih``/``lipat``/``dari``/
    ``daripada``/``dibanding``; ``times as``/``more``/``larger``/``-er``/``than``/
    ``the size`` ...), or when a growth verb precedes (``meningkat``/``naik``/
    ``tumbuh``/``increased``/``grew``/``rose`` ... ``4 kali``); otherwise an integer
    ``N kali``/``N times`` is a count with noun ``"kali"``/``"times"`` (``bertemu 4
    kali`` = met 4 times). Number words satu..sepuluh / one..ten are read in
    multiples (``dua kali lipat`` = 2). ``ratusan``/``puluhan`` (tens/hundreds of)
    have no definite value and are not read. ``N lebih besar`` *without* ``kali``
    (the corpus's ``2235 lebih besar``) reads "N more/larger", not a multiple: kind
    ``"number"``, value N, surface the digits only.

Years (kind ``"year"``, ``year`` = own value)
    A bare 4-digit integer 1900-2100 (no separator, currency, scale, percent or
    multiple) is a year when a year cue precedes it (``pada``, ``tahun``, ``in``,
    ``since``, ``sejak``, ``during``, ``akhir``/``awal``, a month name; a determiner
    as in ``the 2010 survey``/``Korea's 2015 target``/``the Ministry of Villages' 2023
    report``; a capitalised name word not at
    the start of a sentence as in ``Survey 2010``/``APBN 2010``, or an acronym anywhere:
    a heading's ``EGDI 2024 rank and change`` had been a count of 2,024 ranks), when
    ``mendatang``/``lalu``/``silam``/``onwards`` or ``stands at`` follows, after a name in
    brackets (``Index (DGI) 2023``), when it ends a year range
    or list (``2007-2010``, ``2009 and 2010``), or when no counted noun follows it;
    ``2000 sistem`` is a count, and so is a number after a quantifier (``sebanyak 2000
    tercatat ...``); a verb such as ``tercatat`` is no counted noun (``pajak restoran
    2023 tercatat Rp 148,7 miliar`` had shown "2023 tercatat Rp (2.023)"; a third
    attack), nor an adverb before a verb (``Jumlah simpul jaringan 2023 sempat dirilis
    sebanyak 214 simpul`` had listed "2023 sempat dirilis (2.023)"; a blind probe of stop 64;
    nor "Target 2022 terlampaui", nor "A 2022 study by ...", blind probes of stop 66). A 4-digit integer 1000-1899 is a year only after
    ``tahun``/``year``/``sejak``/``since``/``pada``/``in``/a month with no counted noun
    after it (``pada tahun 1669``; ``in 1500 villages`` is a count). A counted noun
    never starts with an Indonesian meN-/di-...-kan verb (``20 membuat`` is a number). Dates (``12/03/2010``, ``2010-03-12``, ``12.03.2010``)
    give their year only; ``2010/11`` gives 2010. Decades (``1990s``,
    ``1990-an``) are identifiers.

Ranks (kind ``"rank"``, value = the position)
    ``(di)peringkat``/``ranking``/``urutan``/``posisi``/``juara`` + ``pertama``..
    ``kesepuluh``/``teratas``/``puncak``/``ke-N``/``N`` (``peringkat 5 besar`` =
    top five is not a rank); ``ranked``/``ranks``/``rank`` + ``1st``/``N``/``No.
    1``/``#1``/``first``/``top``; ``ranked Korea 1st``; ``placed``/``came (in)``/
    ``finished`` + ordinal;
    ``first place``/``1st position``/``top spot``; ``#1``; ``No. 1``/``number
    one``/``nomor satu`` (not ``Nomor 14 Tahun 2008`` or ``City Ordinance No. 88``, law numbers:
    :func:`law_number_spans`). The surface
    includes the cue (``"peringkat pertama"``, ``"ranked 1st"``). An ordinal
    without a rank cue (``ke-21``, ``21st``) is kind ``"number"``.

Counts (kind ``"count"``)
    A number followed on the same line by 1-4 words, stopping at punctuation, a
    digit, a stop word (``yang``, ``pada``, ``selama``, ``lebih``, ``the``, ``of``,
    ``by`` ...) or a relative-year phrase: ``500 pusat kerja pintar``, ``2.000
    sistem``, ``24 bulan``, ``4 kali``. ``5-year`` counts ``year``. Number words
    dua..sepuluh / two..ten count too (``tiga tahun`` = 3, noun ``tahun``;
    ``satu``/``one`` only with a scale or a multiple, because of "salah satu",
    "one of"). A number in words of more words, or above ten, is read whole
    (:data:`_WORDS_NUMBER`, up to 999 and ``seribu``, times a scale word after it):
    ``two hundred officials`` = 200, ``lima belas hari`` = 15, ``tiga puluh lima
    persen`` = 35%; a decimal in words (``dua puluh koma lima``) is skipped, not
    misread. The surface is the number only; ``noun`` holds the words. A part of a
    whole counts the whole's noun: ``14`` in ``14 dari 19 kecamatan`` / ``14 of the 19
    sub-districts`` / ``14 out of 19`` is a count of ``kecamatan`` (at most the whole);
    a blind attack's reply had listed only "19 kecamatan" for the 14 connected. A bare
    number compared with a count before it in its sentence and followed by its own year
    ("12,400 building permits in 2024, up from 9,100 in 2023", "naik dari 3.870 pada
    2023") counts that count's noun, years alone between them and the two within a
    factor of 100.

Fractions
    A share written as a fraction is a percentage (``kind="percent"``, unit ``%``, the
    value rounded to a tenth): ``a fifth of`` = 20, ``two-thirds of`` = 66.7, ``half
    of``, ``one in five``; ``sepertiga``, ``dua pertiga``, ``separuh``, ``setengah
    dari``. English fractions need "of" after them, and not a year or "the year" after
    that ("the second half of 2019", "the first half of the year", "a third party" are
    no shares); "setengah" needs "dari" ("setengah jam"). The surface is the words as
    written. A tester's "A fifth of all civil complaints ... in 2019" had no figure, so
    "About 20% ... in 2019" was not found.

Ranges
    In ``A-B``, ``A to/hingga/sampai B`` and ``between/antara A and/dan B``, a bare
    A takes B's scale, unit and noun (``USD 5-10 juta``: 5e6 and 1e7), unless that made
    A more than 100 times B (``VND 500,000 to VND 2 million`` is 5e5 to 2e6; a fourth
    attack had seen "VND 500,000 million"), and a bare B
    takes A's currency. Years never inherit. Two ends that then have the same kind,
    unit and scale bound one figure: both get the range's span as written, from
    "between"/"antara" when it leads (``Figure.range_span``), unless "from"/"dari" stands before the first ("grew from
    10.2 million to 20.5 million" is a change, two values). Years and ranks are no
    such range.

Not figures (no Figure, and no digit reported twice)
    Digits glued to letters (``G20``, ``4G``, ``B2B``, ``COVID-19``, ``ITCC``),
    versions after a name (``e-Government 2.0``, ``Web 2.0``), phone numbers,
    URLs/e-mails, times and ratios (``10:30``), ``a/b`` tokens, the day of a date
    (``5 Maret``), law numbers. Figure spans never overlap.

Year a figure refers to (``Figure.year``)
    Text is split into sentences (``.!?`` before a capital, hard line breaks) and
    clauses (``;``). Year markers are the year figures and relative phrases:
    ``tahun ini``/``this year`` = ``ref_year``; ``tahun lalu``/``last year``/``N
    years ago`` = ``ref_year - 1``/``- N``; ``tahun depan``/``next year`` =
    ``ref_year + 1``; ``tahun sebelumnya``/``setahun sebelumnya``/``the previous year``/``the year
    before``/``a year earlier`` = the last year before it in its sentence, written or
    read from a phrase dated from the document's year (``akhir tahun lalu ..., naik dari
    3.870 desa setahun sebelumnya``), else the last written year in the preceding
    sentences of its paragraph, minus 1; ``tahun
    berikutnya``/``the following year`` = plus 1; ``tahun tersebut``/``that
    year``/``the same year`` = that year. A year after ``since``/``sejak``/
    ``mulai`` and the years of a range or list (``2007-2010``, ``2009 and 2010``)
    are markers with no single year (``None``), and so is a "so far" phrase
    (``sejauh ini``, ``hingga kini``, ``sampai saat ini``, ``so far``, ``to date``,
    ``until now``): the figure is a total up to the source's own time, not that of an
    earlier year (``Pada 2009 ... kesepahaman ... dan kedua negara sejauh ini telah
    bertemu 4 kali``: 4 meetings so far, not in 2009). A marker after a comparison word
    (``than``, ``daripada``, ``dibanding``, ``compared with``, ``versus``) names
    the compared-with year: it serves the figures after it, never those before it
    (``12 times larger than in 2002`` does not date the figure to 2002). A figure
    takes, within its clause: the marker attached right after it (only ``in``,
    ``pada``, ``tahun``, ``by``, ``the`` ... between: ``USD 66.7 million the year
    before``, ``500 centres by 2015``; or a preposition and the name of what the year
    dates, with no other figure between: ``peringkat pertama pada survei 2012``,
    ``ranked 1st in the UN E-Government Survey 2012``), else the year a few words after
    it named as the time it stood, at most four words and no punctuation, other figure or
    other event between (``1.240 titik yang aktif pada akhir 2023``, ``points active at
    the end of 2023``; not ``45 kios yang dibangun pada 2012``), else the nearest marker
    before it, else the
    markers after it (comparison markers excluded) if they all agree, or the
    first of them when no ``,``/``;``/``:`` stands between (``peringkat 1 dari 193
    negara pada 2010, naik dari peringkat ke-6 pada 2008``: 2010); else ``None``. A
    year after it in a relative clause about a thing named after the figure dates
    nothing (``hibah USD 12,5 juta untuk membangun Pusat Data ... di Batam, yang
    ditargetkan beroperasi pada tahun 2026``: no year for the grant).
    Without ``ref_year`` "this year" gives ``None``. A year after ``as it did in``,
    ``as in``, ``like``, ``seperti (pada)``, ``sama seperti tahun``, ``sebagaimana``
    dates no figure; it gives the nearest figure before it in its sentence another
    year (``Figure.also_years``: ``ranked 1st in ... 2012, as it did in 2010`` is
    2012's rank and 2010's).
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, replace
from decimal import Context, Decimal, InvalidOperation, localcontext

from babel.numbers import format_decimal

from bot.types import Figure

__all__ = [
    "extract_figures",
    "parse_number",
    "format_figure",
    "number_values",
    "mentions",
    "same_number",
    "normalise_numbers",
    "numbers_in",
]

# --------------------------------------------------------------------------- #
# Languages and number parsing
# --------------------------------------------------------------------------- #

_AUTO = "auto"
#: Exact decimal arithmetic for scaling and display (tokens are at most 30 chars).
_EXACT = Context(prec=80)
#: Longer digit runs are codes or identifiers, not figures.
_MAX_TOKEN_CHARS = 30
_THOUSANDS_SEP = {"id": ".", "en": ","}


def _conv(lang: str | None) -> str:
    """Map a language tag to a number convention: "id", "en" or "auto" (None)."""
    if lang is None:
        return _AUTO
    tag = str(lang).strip().lower().replace("_", "-")
    if tag in ("", _AUTO):
        return _AUTO
    base = tag.split("-")[0]
    if base in ("id", "in", "ind"):
        return "id"
    if base in ("en", "eng"):
        return "en"
    raise ValueError(f"unsupported language {lang!r}: use 'id', 'en' or None")


_NUM_BODY = re.compile(r"[0-9]+(?:[.,][0-9]+)*\Z")
#: Typographic thousands spaces (no-break, narrow no-break, thin); a plain space never groups.
_GROUP_SPACES = "\u00a0\u202f\u2009"
_SPACE_GROUPED = re.compile(r"[0-9]{1,3}(?:[\u00a0\u202f\u2009][0-9]{3})+(?:[.,][0-9]+)?\Z")
_SEP_SPLIT = re.compile(r"[.,]")


def _check_groups(groups: list[str]) -> None:
    if not 1 <= len(groups[0]) <= 3 or (len(groups[0]) > 1 and groups[0][0] == "0"):
        raise ValueError("bad thousands grouping")
    if any(len(g) != 3 for g in groups[1:]):
        raise ValueError("bad thousands grouping")


def _parse_decimal(s: str, conv: str) -> Decimal:
    """Parse one bare numeric token into an exact Decimal (see module rules)."""
    t = s.strip()
    neg = False
    if t[:1] in ("-", "\u2212", "+"):
        neg = t[0] != "+"
        t = t[1:]
    if any(ch in _GROUP_SPACES for ch in t):
        if not _SPACE_GROUPED.match(t):
            raise ValueError(f"not a number: {s!r}")
        t = "".join(ch for ch in t if ch not in _GROUP_SPACES)
        if "." in t or "," in t:  # the spaces group thousands: the separator is decimal
            head, _, tail = t.replace(",", ".").partition(".")
            d = Decimal(head + "." + tail)
            return -d if neg else d
    if not _NUM_BODY.match(t):
        raise ValueError(f"not a number: {s!r}")
    seps = [c for c in t if c in ".,"]
    groups = _SEP_SPLIT.split(t)
    if not seps:
        d = Decimal(t)
    elif len(set(seps)) == 2:
        last = seps[-1]
        if seps.count(last) != 1:
            raise ValueError(f"ambiguous separators: {s!r}")
        _check_groups(groups[:-1])
        d = Decimal("".join(groups[:-1]) + "." + groups[-1])
    elif len(seps) > 1:
        _check_groups(groups)
        d = Decimal("".join(groups))
    else:
        head, tail = groups
        grouping_ok = len(tail) == 3 and 1 <= len(head) <= 3 and not head.startswith("0")
        if conv == _AUTO:
            thousands = grouping_ok
        else:
            thousands = seps[0] == _THOUSANDS_SEP[conv] and grouping_ok
        d = Decimal(head + tail) if thousands else Decimal(head + "." + tail)
    return -d if neg else d


def parse_number(s: str, lang: str | None) -> float:
    """Parse one bare numeric token written in ``lang``'s convention.

    Args:
        s: the token, e.g. ``"148,76"``, ``"2.000"``, ``"1,200.5"``; surrounding
            whitespace and one leading sign (``-``, ``−``, ``+``) are allowed; no
            currency, scale word or percent sign.
        lang: ``"id"`` (decimal comma, thousands point), ``"en"`` (decimal point,
            thousands comma) or ``None`` (auto: a single separator followed by
            exactly three digits is thousands whichever the character).

    Returns:
        The value as a float (``parse_number("148,76", "id") == 148.76``,
        ``parse_number("2.000", "id") == 2000.0``,
        ``parse_number("1,200", "en") == 1200.0``,
        ``parse_number("2.23", "en") == 2.23``).

    Raises:
        ValueError: empty or non-numeric input, a bad thousands grouping
            (``"1.2.3"``), a repeated decimal separator, or an unknown language.

    Rule source: module docstring, "Decimal and thousands separators".
    """
    if not isinstance(s, str):
        raise ValueError(f"not a string: {s!r}")
    return float(_parse_decimal(s, _conv(lang)))


# --------------------------------------------------------------------------- #
# Vocabularies
# --------------------------------------------------------------------------- #

_NUMBER_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}
_EN_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_EN_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
             "seventeen": 17, "eighteen": 18, "nineteen": 19}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ID_UNITS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9}


def _alternatives(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_EN_BELOW_100 = (rf"(?:(?:{_alternatives(_EN_TENS)})(?:[- ](?:{_alternatives(_EN_UNITS)}))?|"
                 rf"{_alternatives(_EN_TEENS)}|{_alternatives(_EN_UNITS)})")
_ID_BELOW_100 = (rf"(?:(?:{_alternatives(_ID_UNITS)})\s+puluh(?:\s+(?:{_alternatives(_ID_UNITS)}))?|sepuluh|sebelas|"
                 rf"(?:{_alternatives(_ID_UNITS)})\s+belas|{_alternatives(_ID_UNITS)})")
#: A number written in words of more than one word, or one word above ten: "two hundred",
#: "six hundred and fifty", "twenty-five", "fourteen", "dua ratus", "seratus lima puluh",
#: "dua belas", "tiga puluh", "seribu" (up to 999, and "seribu" / "sejuta"; a scale word
#: after it multiplies it as after digits: "two hundred thousand"). Before, only "one" to
#: "ten" were read and a longer number in words not at all, so "In 2015 we trained two
#: hundred Indonesian officials" stated no figure, and a claim of 200 officials was "not
#: in my sources" (a blind probe of stop 49). Read by :meth:`_Scanner.compound_words`.
_WORDS_NUMBER = re.compile(
    rf"(?<![\w-])(?:(?:(?:a|{_alternatives(_EN_UNITS)})\s+hundred(?:\s+(?:and\s+)?{_EN_BELOW_100})?|{_EN_BELOW_100})"
    rf"|(?:(?:seratus|(?:{_alternatives(_ID_UNITS)})\s+ratus)(?:\s+{_ID_BELOW_100})?|{_ID_BELOW_100}|seribu|sejuta))(?![\w-])",
    re.IGNORECASE,
)


#: What each word of a number in words adds to the part below a hundred
#: (:func:`words_value`): "belas" adds ten to its unit ("dua belas" = 12), "a" is the one
#: of "a hundred".
_WORD_VALUES = {**_EN_UNITS, **_EN_TEENS, **_EN_TENS, **_ID_UNITS, "a": 1, "belas": 10, "sepuluh": 10, "sebelas": 11}
#: Words that are whole numbers of their own in a number in words.
_WHOLE_WORD_VALUES = {"seratus": 100, "seribu": 1000, "sejuta": 1_000_000}


def words_value(words: str) -> int:
    """The value of a number written in words (:data:`_WORDS_NUMBER`): "two hundred and
    fifty" -> 250, "dua ratus lima puluh" -> 250, "twenty-five" -> 25, "seribu" -> 1000.

    Raises:
        KeyError: a word that is not part of such a number.
    """
    total, current = 0, 0
    for w in re.findall(r"[a-z]+", words.lower()):
        if w in ("hundred", "ratus"):
            total += (current or 1) * 100
            current = 0
        elif w == "puluh":
            current *= 10
        elif w in _WHOLE_WORD_VALUES:  # "seratus", "seribu", "sejuta"
            total += _WHOLE_WORD_VALUES[w]
        elif w != "and":
            current += _WORD_VALUES[w]  # "a" (hundred), units, teens, tens, "belas", "sepuluh"
    return total + current


_ID_ORDINALS = {
    "pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6,
    "ketujuh": 7, "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10,
    "teratas": 1, "puncak": 1,
}
_EN_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "top": 1,
}
#: Numbers up to ten as words, ordinals and Roman numerals ("dua", "kedua", "second",
#: "II"; not "I", "V", "X", which are also letters and words), lower-case, by value:
#: how a passage may write a question's "2".
SMALL_NUMBERS: dict[str, int] = {
    **_NUMBER_WORDS,
    **{w: v for w, v in {**_ID_ORDINALS, **_EN_ORDINALS}.items() if w not in ("teratas", "puncak", "top")},
    **{r.lower(): i for i, r in enumerate("I II III IV V VI VII VIII IX X".split(), 1) if len(r) > 1},
}
_SCALE_WORDS = {
    "ribu": 1e3, "thousand": 1e3,
    "juta": 1e6, "million": 1e6,
    "miliar": 1e9, "milyar": 1e9, "milliar": 1e9, "billion": 1e9,
    "triliun": 1e12, "trilyun": 1e12, "trillion": 1e12,
    "rb": 1e3, "jt": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12, "trn": 1e12,
}
_SCALE_DISPLAY = {
    "en": {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"},
    "id": {1e3: "ribu", 1e6: "juta", 1e9: "miliar", 1e12: "triliun"},
}
_MONTHS = (
    "Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|"
    "November|Nopember|Desember|January|February|March|May|June|July|August|October|"
    "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Agu|Agt|Sep|Sept|Oct|Okt|Nov|Dec|Des"
)
_MONTH_SET = {m.lower() for m in _MONTHS.split("|")}
#: Month names and abbreviations (Indonesian, English), as a regex alternation, and as a
#: set of lower-case words.
MONTH_NAMES = _MONTHS
MONTH_WORDS = frozenset(_MONTH_SET)
#: Month numbers by the first three letters of a month word (lower case), Indonesian
#: spellings too ("mei", "agu", "okt", "des", "nop").
MONTH_NUMBERS = {"jan": 1, "feb": 2, "peb": 2, "mar": 3, "apr": 4, "mei": 5, "may": 5, "jun": 6, "jul": 7,
                 "agu": 8, "aug": 8, "agt": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "nop": 11,
                 "des": 12, "dec": 12}
_MONTH_YEAR = re.compile(rf"\b({_MONTHS})\.?\s+(?:tahun\s+)?((?:19|20)[0-9]{{2}})\b", re.IGNORECASE)


def months_named(text: str) -> set[tuple[int, int]]:
    """The ``(month, year)`` pairs ``text`` writes as a month word before a year: "per 31
    Mei 2025" and "feb 2025" give ``(5, 2025)`` and ``(2, 2025)``."""
    return {(MONTH_NUMBERS[m.group(1)[:3].lower()], int(m.group(2))) for m in _MONTH_YEAR.finditer(text)
            if m.group(1)[:3].lower() in MONTH_NUMBERS}


#: Verbs that open a clause's predicate after its subject: a year after "for" / "untuk"
#: followed by one ends the subject ("the budget for 2022 stood at ...", "anggaran untuk
#: 2024 mencapai ..."), where "for 2000 applicants" counts.
_CLAUSE_VERBS = frozenset(
    "stood stands was were is are reached reaches rose rises fell falls grew grows came comes totalled totaled "
    "amounted amounts becomes became remains remained mencapai sebesar adalah ialah naik turun tercatat menjadi"
    .split())
#: What follows an "-ed" verb ending a subject ("for 2022 totalled 40", "... amounted to"),
#: not a noun ("for 2000 registered users").
_AFTER_PREDICATE = re.compile(r"\s*(?:[.,;:)]|$|\d|(?:at|by|to|in|on|from|with|about|around|some|over|nearly|almost)\b)")

#: The word before a day of the month ("tanggal 10 bulan berikutnya": no count of months,
#: which a blind probe of stop 52 had shown as "10 bulan").
_DAY_OF_MONTH_BEFORE = re.compile(r"(?<![^\W\d_])(?:tanggal|tgl\.?)\s*\Z", re.IGNORECASE)

#: Words that place what is counted, after its noun, written in lower case: "274 hectares
#: north of the government complex" counts hectares (the verdict had shown "274 hectares
#: north"); "North Sumatra" in a noun stays a name.
_PLACE_AFTER_NOUN = frozenset(
    "along alongside near beside beyond outside inside upon north south east west northeast northwest "
    "southeast southwest".split())
_STOP_WORDS = frozenset(
    """
    yang dan atau serta beserta pada di ke dari daripada untuk bagi dengan dalam oleh
    sejak semenjak selama sepanjang hingga sampai sebesar sebanyak sekitar lebih kurang adalah
    ialah merupakan ini itu tersebut telah akan sudah sedang masih juga tentang
    terhadap per setiap tiap atas antara sebagai seperti karena namun tetapi tapi
    hanya saja pun lagi lalu silam mendatang terakhir kemudian sebelumnya berikutnya
    yakni yaitu bahwa jika kalau agar supaya sehingga maka secara para sang tidak
    bukan belum dapat bisa harus mulai menjadi hampir besar kini saat ketika bila
    the a an of in on at by for to from with without and or nor but that which who
    whom whose were was is are be been being have has had will would shall should
    can could may might must do does did since until till during over under above
    below than more less fewer only as per each every this these those it its their
    his her our your across into onto within between among about around nearly
    almost approximately so not no last ago before after while when where whereas
    if because through throughout against toward towards via including such like
    up down out off also already still yet now then there here earlier later
    respectively annually
    ada terdapat tersedia datang dibangun dimiliki berlangsung mencapai tercatat senilai baru lain lainnya
    were rose grew fell increased decreased reached built joined visited came x
    milik kepunyaan dikelola dioperasikan owned belonging managed operated
    setelah sesudah sebelum apabila sementara sedangkan
    unless whether although though whilst worth kecuali walaupun meskipun bernilai seharga
    we they he she you us them kami kita mereka
    sempat pernah justru bahkan tetap sering selalu langsung segera tertulis tertera tercantum termuat
    terlampaui tercapai terpenuhi bersifat
    """.split()
)
#: Function words of Indonesian and English (and verbs that end a counted noun): what a
#: counted noun stops at, and what says nothing of a claim's subject.
FUNCTION_WORDS = _STOP_WORDS

#: Words bounding or approximating the figure after them, by kind: ``gt`` ("more than",
#: "lebih dari", "over"), ``ge`` ("at least", "sedikitnya"), ``lt`` ("less than", "di
#: bawah"), ``le`` ("up to", "paling banyak"), ``about`` ("about", "sekitar", "nearly",
#: "hampir"). The fact-checker judges a claim's figure with them
#: (:func:`bot.factcheck._qualifier`), and the Figures line shows them as the quote
#: writes them (:func:`qualifier_start`).
QUALIFIER_BEFORE = [
    ("gt", r"lebih\s+dari(?:pada)?|di\s+atas|melebihi|melampaui|more\s+than|over|above|in\s+excess\s+of"
           r"|exceed(?:ed|ing|s)?|surpass(?:ed|es|ing)?|topp(?:ed|ing)|tops?"
           # ("passed one million for the first time in 2019": above it; an attack on stop 70's
           # caption scales had it supported by 687.5 thousand)
           r"|pass(?:ed|es|ing)|cross(?:ed|es|ing)|menembus|tembus|melewati"),
    ("ge", r"at\s+least|sedikitnya|setidaknya|paling\s+sedikit|minimal|no\s+less\s+than"),
    ("lt", r"kurang\s+dari|di\s+bawah|less\s+than|fewer\s+than|under|below"),
    # (not a move up: "the United Arab Emirates moved up to 11th" reached the 11th; a
    # tester's corpus had it read as a bound, z-c10)
    ("le", r"at\s+most|(?<!moved\s)(?<!moves\s)(?<!moving\s)(?<!went\s)(?<!goes\s)(?<!rose\s)(?<!climbed\s)"
           r"(?<!jumped\s)(?<!shot\s)(?<!stepped\s)up\s+to|paling\s+banyak|maksimal|no\s+more\s+than"),
    ("about", r"sekitar|kira-kira|kurang\s+lebih|lebih\s+kurang|hampir|mendekati|about|around|approximately"
              r"|roughly|nearly|almost|some|an\s+estimated|circa"),
]
#: ``(kind, pattern)``: a qualifier ending right before a figure (group ``q``), maybe
#: with "sebesar", "mencapai", "of", "to" or "at" between ("up to 150 thousand", "lebih
#: dari sebesar ..."), searched in the text before the figure.
QUALIFIER_RES = [
    (kind, re.compile(rf"(?:^|(?<=[^\w-]))(?P<q>{words})\s+(?:(?:sebesar|senilai|mencapai|of|to|at)\s+)?\Z",
                      re.IGNORECASE))
    for kind, words in QUALIFIER_BEFORE
]
#: "2.000 lebih sistem" (more than 2,000), but not "2235 lebih besar" (a comparison).
QUALIFIER_AFTER = re.compile(
    r"\A\s*(?:lebih|-plus|\+)(?!\s*(?:besar|tinggi|banyak|kecil|rendah|sedikit|dari|daripada|kali)\b)",
    re.IGNORECASE,
)


def qualifier_start(text: str, start: int) -> int | None:
    """Where the qualifier (:data:`QUALIFIER_RES`) of the figure starting at character
    ``start`` of ``text`` starts ("Nearly 700 public services": 0 for the figure at 7),
    else ``None``: the Figures line shows "Nearly 700 public services", not an
    approximation as an exact figure (a blind probe of stop 46)."""
    base = max(0, start - 40)
    before = text[base:start]
    for _kind, rx in QUALIFIER_RES:
        m = rx.search(before)
        if m:
            return base + m.start("q")
    return None
_STRONG_YEAR_CUES = frozenset(
    """
    pada tahun thn th in since sejak semenjak year years fy during akhir awal
    pertengahan mid early late survey survei circa sepanjang kalender fiskal anggaran
    """.split()
) | _MONTH_SET
#: Capitalised words a number after which is a figure, not part of a name: function words
#: that start a sentence ("Sebanyak 24 ..."), months, ranks and lists ("Top 10").
_NOT_NAMES = _STOP_WORDS | _MONTH_SET | frozenset(
    "top rank peringkat nomor no number besar total jumlah sejumlah hanya only about around over "
    "nearly almost some sekitar lebih kurang hampir".split()
)
_YEAR_DETERMINERS = frozenset("the its their his her our this that whose".split())
#: Nouns after "a"/"an" and a year that make it the year of a plan or a record ("against
#: a 2024 target of 3 million" had been read as 2,024 targets); "a 2000 km backbone", "a
#: 2000 seat hall" stay counts (a tester's attack).
_DATED_NOUNS = frozenset(
    """target targets goal goals plan budget survey report review census election deadline estimate
    forecast edition law decree strategy programme program roadmap agenda figure
    row column release version update revision baseline study studies audit assessment evaluation analysis
    yearbook bulletin""".split()
)
#: A year of this century's second to fourth decades: the two rules reading a year by the
#: words after it alone (an acronym after "a", a subject and its verb after "untuk") read
#: only such years, a count written without separators being likelier otherwise ("Untuk
#: 2000 sekolah dialokasikan anggaran ...", "a 2000 GPU cluster"; an attack on stop 63).
_RECENT_YEAR = re.compile(r"20[1-3]\d")
#: What follows "data" when a year dates it: "2022 data from ...", "2022 data show ...".
_DATA_OF_YEAR = re.compile(r"\s*(?:[,.;:)]|(?:from|show|shows|showed|indicate|indicates|released|published|by|for|of|"
                           r"dari|menunjukkan|terbaru)\b)", re.IGNORECASE)
#: Units written in capitals: "a 2000 MW plant" counts megawatts.
_CAPITAL_UNITS = frozenset("mw gw kw kwh mwh gwh gb tb mb pb kb km hp cc mhz ghz mbps gbps ha rpm".split())
#: Plural nouns a year dates all the same: "2023 figures", "2022 data" (no one counts
#: figures; blind probes of stop 63 had "Note on 2023 figures" listed as "2023 figures
#: (2,023)").
_DATED_PLURALS = frozenset("figures statistics results estimates".split())
#: "end of" / "start of" before a year: "at the end of 2022".
_END_OF = re.compile(r"\b(?:end|start|beginning|middle|close|turn)\s+\Z", re.IGNORECASE)
_QUANTIFIERS = frozenset("sebanyak total jumlah sejumlah some approximately".split())
#: Words after a year: "2010 lalu", "2025 onwards"; and verbs whose subject is a period
#: ("2023 mencatat penyerapan 78 persen", "2024 menandai ...", "2023 saw record uptake"):
#: an attack on stop 34 had read "menyatakan 2023 mencatat penyerapan 78 persen" as a
#: bare number, and the 78 persen as a figure of the sentence's other year. A budget's
#: word too: "Untuk 2025 pagu ditetapkan Rp 17,6 miliar" counts no budgets (an attack on
#: stop 35 had a Figures line "2024 pagu (2.024)").
_YEAR_FOLLOWERS = frozenset(
    "mendatang lalu silam nanti onward onwards mencatat mencatatkan menandai ditandai diwarnai saw marked witnessed"
    " pagu anggaran apbd apbn".split())
#: An Indonesian verb by its prefix (meN-, memper-, di-...-kan): a counted noun never
#: starts with or runs into one. TyDi QA replies had shown "Angka: 20 membuat peranan
#: navigator agak" and "1669 mengumumkan memisahkan kerajaannya (1.669)"; stop 13 had
#: patched one such case ("DGI 2023 mengukur") with :data:`_NAME_BRACKET_PREV`.
#: Not applied to English text ("20 mentions", "5 members").
_ID_VERB = re.compile(
    r"(?:mem[bpfaeiou]|men[cdjstzaeiou]|meng[aeiougkh]|meny[aeiou]|me[lrwy][aeiou])[a-z]{2,}"
    r"|di[a-z]{2,}kan", re.IGNORECASE)
#: An English past form ("-ed") after a counted noun's first word: a verb, which ends the
#: noun ("five facilities turned out not to meet ..." had shown "five facilities
#: turned"); as the first word it is an adjective and stays ("1.52 million registered
#: members"). Not "-ing", which ends many nouns ("staff training sessions", "funding").
_EN_VERB_FORM = re.compile(r"(?<!hundr)[a-z]{2}[^e]ed\Z")  # not "bed", "speed", "hundred"
#: Nouns that look like meN- verbs: a count may name them ("20 menteri", "5 merek").
_ME_NOUNS = frozenset(
    "menteri mentri member members memori memory merek merchant merchants mentor mentors"
    " menjangan meriam menit menara menu menus memo memos meja mesin".split())
#: The word "year" itself: a number before 1900 after it is a year whatever word comes
#: next ("pada tahun 1347 setelah ...").
_YEAR_WORDS = frozenset("tahun thn th year".split())
#: Words before a year outside 1900-2100 that still make it a year ("tahun 1669", "sejak
#: 1809"), when no counted noun follows ("in 1500 villages" stays a count).
_OLD_YEAR_CUES = _YEAR_WORDS | frozenset("sejak semenjak since pada in circa".split()) | _MONTH_SET
#: A year as the subject of a level reached: "the index for 2023 stands at 2.83" (had read
#: as 2,023 "stands"); "2000 stands" alone stays a count of stands.
_YEAR_LEVEL = re.compile(r"\s+(?:stands|stood|remains|remained)\s+at\s+[0-9]", re.IGNORECASE)
#: A name in brackets before a year: "OECD Digital Government Index (DGI) 2023 mengukur
#: ..." (a name's year, as "Survey 2010"; had read as 2,023 "mengukur kematangan").
_NAME_BRACKET_PREV = re.compile(r"\b[A-Z][\w-]*\s+\([A-Z][A-Za-z0-9-]*\)\s+\Z")


def _iso_currencies() -> list[str]:
    """ISO 4217 codes of the currencies in use in some territory (babel's CLDR data:
    "RWF", "MYR", "THB", "VND"), less those that are common words in English or
    Indonesian (wordfreq Zipf >= 4: "ALL", "TOP", "TRY", "PEN", "DKK" for "dan
    kawan-kawan", "PHP"), which read as currencies only when listed in
    :data:`_CURRENCY_CODES`."""
    from babel import Locale
    from babel.numbers import get_territory_currencies
    from wordfreq import zipf_frequency

    codes = {c for t in Locale("en").territories if len(t) == 2 and t.isalpha() for c in get_territory_currencies(t)}
    return sorted(c for c in codes if max(zipf_frequency(c.lower(), "en"), zipf_frequency(c.lower(), "id")) < 4.0)


#: Currencies written by their ISO code in capitals before or after an amount ("RWF 71.4
#: billion", "MYR 1,2 bilion"), case-sensitive (:func:`_iso_currencies`).
ISO_CURRENCIES = _iso_currencies()
_ISO = "(?-i:" + "|".join(ISO_CURRENCIES) + ")"
#: ISO codes that are also common words (left out of :data:`ISO_CURRENCIES`: the Philippine
#: peso's "PHP" is a programming language too): a currency only in capitals before an
#: amount that carries a scale word or thousands ("PHP 58.2 million", "PHP 5,000",
#: "SAR 1.2 billion"); "PHP 8.2" stays a version. Not "ALL", "TOP", "CUP" (capitalised
#: headline words) nor "PLN" (Indonesia's electricity company). An attack on stop 34: the
#: Philippine peso was no currency, so "How much did the e-Permit portal cost?" was
#: declined against "The e-Permit portal cost PHP 58.2 million".
WORD_CURRENCIES = ("PHP", "SAR", "TRY", "RON", "COP", "PEN", "MAD", "BOB", "DKK")
#: ... and, on the same terms, "RM", the Malaysian ringgit's sign ("RM 20.4 million"; an
#: attack on stop 35 had it listed as "20.4 million").
_WORD_CUR_PREFIX = re.compile(r"(?<![^\W\d_])(?P<c>" + "|".join(WORD_CURRENCIES) + r"|RM)\s?\Z")
#: A number with thousands grouped: "5,000", "12.500", "1 000 000".
_GROUPED = re.compile(r"[0-9]{1,3}(?:[.,\u00a0\u202f\u2009 ][0-9]{3})+(?:[.,][0-9]{1,2})?")

_CURRENCY_CODES = {
    "US$": "USD", "U.S.$": "USD", "$": "USD", "USD": "USD",
    "S$": "SGD", "SG$": "SGD", "SGD": "SGD",
    "A$": "AUD", "AU$": "AUD", "AUD": "AUD",
    "HK$": "HKD", "HKD": "HKD", "C$": "CAD", "CA$": "CAD", "NT$": "TWD",
    "IDR": "IDR", "RP": "IDR", "RP.": "IDR",
    "KRW": "KRW", "₩": "KRW",
    "EUR": "EUR", "€": "EUR", "GBP": "GBP", "£": "GBP", "JPY": "JPY", "CNY": "CNY",
    "₱": "PHP", "RM": "MYR",
}
#: Currency codes written in letters, upper case: ISO 4217's (:data:`ISO_CURRENCIES`), the
#: common ones it leaves out, and the letters of :data:`_CURRENCY_CODES` ("RP", "RM").
#: They name no index, programme or thing a sentence is about ("KRW billion"): the
#: quote checks' :func:`bot.quotes.index_names` and the engine's
#: :func:`bot.engine._of_sibling_only` (the fact-checker's other names keep the codes that
#: are also names of banks or provinces: "BTN", "NAD").
CURRENCY_CODES = frozenset(ISO_CURRENCIES) | {
    "USD", "IDR", "KRW", "EUR", "JPY", "SGD", "MYR", "THB", "PHP", "VND", "CNY", "GBP", "AUD", "HKD", "CAD", "TWD",
} | {k.rstrip(".") for k in _CURRENCY_CODES if k.rstrip(".").isalpha()}

# --------------------------------------------------------------------------- #
# Regular expressions (compiled once)
# --------------------------------------------------------------------------- #

_L = r"[^\W\d_]"  # one letter
_NOT_LETTER_AFTER = r"(?![^\W\d_])"

_ATOM = re.compile(
    r"(?P<d>[0-9]{1,3}(?:[\u00a0\u202f\u2009][0-9]{3})+(?![0-9])(?:[.,][0-9]+)?|[0-9]+(?:[.,][0-9]+)*)"
    r"|(?P<w>\b(?:" + "|".join(_NUMBER_WORDS) + r")\b)",
    re.IGNORECASE,
)
#: A year and a footnote's mark after the sentence's stop, as a PDF's text runs them
#: together: "2021.2" (:data:`_NEXT_SENTENCE` after it).
_YEAR_FOOTNOTE = re.compile(r"(?P<year>(?:19|20)[0-9]{2})\.[0-9]{1,2}")
#: A word that makes the number after it a year: "Tahun 2021", "pada 2022", "in 2021",
#: "Maret 2021" (a footnote's mark after "release 2022.3 LTS", "2048.5 TB" or a cell's
#: "2015.5" is none: an attack on stop 51's first version).
_YEAR_CUE_BEFORE = re.compile(r"\b(?:tahun|pada|sejak|hingga|sampai|in|since|of|year|until|"
                              r"januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|"
                              r"desember|january|february|march|may|june|july|august|october|december)\s+\Z",
                              re.IGNORECASE)
#: What opens the next sentence (a space and a capital letter), or the text's end (a
#: sentence quoted alone, :data:`index.chunking._FOOTNOTE_END`).
_NEXT_SENTENCE = re.compile(r"[ \t]+[A-Z]|\s*\Z")
_CUR_PREFIX = re.compile(
    r"(?<![^\W\d_])(?P<c>US\s?\$|U\.S\.\s?\$|SG\$|S\$|AU\$|A\$|HK\$|CA\$|C\$|NT\$|\$"
    r"|USD|IDR|KRW|SGD|EUR|JPY|CNY|GBP|AUD|HKD|Rp\.?|€|£|₩|₱|" + _ISO + r")\s?\Z",
    re.IGNORECASE,
)
_CUR_SUFFIX = re.compile(
    r"\s?(?P<code>USD|IDR|KRW|SGD|EUR|JPY|CNY|GBP|AUD|HKD|" + _ISO + ")" + _NOT_LETTER_AFTER
    + r"|\s+(?P<word>(?:US|U\.S\.|American)\s+dollars?|Singapore\s+dollars?"
    r"|Australian\s+dollars?|Hong\s+Kong\s+dollars?|dollars?"
    r"|dolar(?:\s+(?:AS|Amerika(?:\s+Serikat)?|Singapura|Australia|Hong\s+Kong))?"
    r"|won|rupiah|euros?|yen|yuan)" + _NOT_LETTER_AFTER,
    re.IGNORECASE,
)
_WON_OK_AFTER = re.compile(
    r"(?:\s*(?:[^\w\s]|\Z)|\s+(?:per|each|apiece|worth|for|and|or|to|in|dan|atau|untuk|di)\b)",
    re.IGNORECASE,
)
_SCALE_WORD = re.compile(
    r"\s+(?P<w>ribu|juta|miliar|milyar|milliar|triliun|trilyun|thousand|million|billion|trillion)"
    + _NOT_LETTER_AFTER,
    re.IGNORECASE,
)
_SCALE_ABBR = re.compile(r"\s?(?P<w>bn|mn|trn|tn|jt|rb)" + _NOT_LETTER_AFTER, re.IGNORECASE)
_SCALE_LETTER = re.compile(r"(?P<sp>[ ]?)(?P<w>[KkMmBbT])" + _NOT_LETTER_AFTER)
#: "1.5m users", "9.9m registered users", "20k people": a glued ``m``/``k`` before a plural
#: English noun (after at most one other word) counts millions/thousands of it (a tester's
#: "9.9m users" was read as no figure). A length or a distance is rarely followed by a
#: plural noun ("a 400m track", "5m tall", "5m high walls").
_SCALE_LETTER_COUNT = re.compile(
    r"(?P<w>[mk])(?=\s+(?!(?:long|high|tall|wide|deep|thick|away|above|below|of)\b)(?:[a-z-]+\s+)?"
    r"(?:people\b|persons\b|[a-z]{2,}s(?<!ss)(?<!us)(?<!is)(?![\w'’])))"
)
_PP = re.compile(
    r"\s+(?:percentage\s+points?|poin\s+persentase|persen\s+poin)" + _NOT_LETTER_AFTER,
    re.IGNORECASE,
)
_PERCENT = re.compile(
    r"[ ]?%|\s+(?:persen|percent|per\s+cent|pct)" + _NOT_LETTER_AFTER, re.IGNORECASE
)
_MULT_X = re.compile(r"[x×](?![^\W_])")
_MULT_FOLD = re.compile(r"[- ]?fold" + _NOT_LETTER_AFTER, re.IGNORECASE)
_KALI_LIPAT = re.compile(r"\s+kali\s+lipat(?:nya)?" + _NOT_LETTER_AFTER, re.IGNORECASE)
_KALI = re.compile(r"\s+kali" + _NOT_LETTER_AFTER, re.IGNORECASE)
_KALI_CMP = re.compile(
    r"\s+(?:lebih|lipat|dari|daripada|dibanding(?:kan)?|ganda|besarnya|nilai|jumlah|ukuran)"
    + _NOT_LETTER_AFTER,
    re.IGNORECASE,
)
_TIMES = re.compile(r"\s+times" + _NOT_LETTER_AFTER, re.IGNORECASE)
_TIMES_CMP = re.compile(
    r"\s+(?:as|more|less|larger|bigger|greater|higher|lower|smaller|faster|slower|longer"
    r"|than|over|that\s+of|the\s+(?:size|amount|number|level|value|rate|figure|total|volume))"
    + _NOT_LETTER_AFTER,
    re.IGNORECASE,
)
_GROWTH_LEFT = re.compile(
    r"(?<![^\W\d_])(?:meningkat|naik|tumbuh|bertambah|melonjak|melesat|berlipat|increased|increase"
    r"|increases|grew|grow|grown|rose|risen|rise|jumped|surged|soared|climbed|multiplied"
    r"|expanded)\s+(?:(?:by|sebesar|sebanyak|hingga|sampai|nearly|almost|about|around|roughly"
    r"|some|sekitar|hampir|more\s+than|lebih\s+dari|over)\s+)*\Z",
    re.IGNORECASE,
)
_HYPHEN_WORD = re.compile(r"-(?P<w>[^\W\d_]+)")
_ORD_SUFFIX = re.compile(r"(?:st|nd|rd|th)" + _NOT_LETTER_AFTER, re.IGNORECASE)
_TEEN_AFTER = re.compile(r"[^\S\n]+(?:belas|puluh|ratus|hundred|dozen)\b", re.IGNORECASE)
#: Words that make a number word part of a longer number written in words ("dua puluh
#: lima", "satu koma dua lima triliun", "twenty five", "two point five million"). Such
#: a number is not read at all: read alone, "lima juta rupiah" of "dua puluh lima juta
#: rupiah" would be shown as Rp 5 juta.
_COMPOUND_NUMBER_WORDS = (
    "koma|point|titik|puluh|belas|ratus|ribu|hundred|thousand|sebelas|seratus|seribu|"
    "eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
)
_COMPOUND_BEFORE = re.compile(
    r"\b(?:" + _COMPOUND_NUMBER_WORDS + "|" + "|".join(_NUMBER_WORDS) + r")[^\S\n]+\Z", re.IGNORECASE
)
_COMPOUND_AFTER = re.compile(
    r"[^\S\n]+(?:koma|point|titik|" + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE
)
#: More number words after a number in words (and its scale word): "dua ribu sembilan
#: belas" (the year 2019), "nineteen ninety-eight", "two thousand and five": a number
#: longer than :data:`_WORDS_NUMBER` reads, so none of it is read (the helper's attack on
#: stop 49 had "dua ribu (2 ribu)" and "nineteen (19)" on the Figures line).
_ANY_NUMBER_WORD = _alternatives({*_NUMBER_WORDS, *_EN_TEENS, *_EN_TENS, *_ID_UNITS, "hundred", "ratus", "puluh", "belas",
                                   "seratus", "sebelas", "seribu"})
_MORE_NUMBER_WORDS = re.compile(r"[^\S\n]+(?:and[^\S\n]+|dan[^\S\n]+)?(?:" + _ANY_NUMBER_WORD + r")(?![\w])", re.IGNORECASE)
#: ... and number words (or a scale word) just before one: "ninety-eight" of "nineteen
#: ninety-eight", "sembilan belas" of "dua ribu sembilan belas" and "five hundred thousand
#: euros" of "eighteen million five hundred thousand euros" (shown as EUR 500 thousand in
#: a blind probe of stop 52) are not read alone.
_NUMBER_WORD_BEFORE = re.compile(
    r"(?<![\w-])(?:" + _ANY_NUMBER_WORD + r"|ribu|thousand|juta|million|miliar|milyar|billion|triliun|trillion)"
    r"[^\S\n]+\Z", re.IGNORECASE)
#: One letter of the Latin script (with accents): a counted noun is an Indonesian or
#: English word; a number before Arabic or Korean text ("2020 كانت", "500 خدمة") has no
#: noun this reader can name, so none is read (a noun in a script it does not know
#: would be whatever word follows).
_LATIN = r"[A-Za-z\u00C0-\u024F]"
#: ... with digits inside an acronym: "251.900 SP2HP" (a blind probe of stop 63 had shown "251.900 SP").
_NOUN_WORD = re.compile(r"[^\S\n]+(?P<w>" + _LATIN + r"+(?:\d+" + _LATIN + r"+)*(?:[-'’/]" + _LATIN + r"+)*[²³]?)")  # ("41 K/L", "kabupaten/kota")
_PREV_WORD = re.compile(r"(?P<w>" + _L + r"+)\.?[\s(]+\Z")
#: A plural possessive right before a number: a determiner, so a 4-digit number after it
#: is a year ("the Ministry of Villages' 2023 connectivity report" had read 2,023 reports).
_PLURAL_POSSESSIVE_PREV = re.compile(_L + r"s['’][^\S\n]+\Z")
_VERSION_PREV = re.compile(r"(?:\b[A-Z][\w]*|\b\w+-\w+)[ ]\Z")
#: A capitalised word right before a number ("Government 24"); see :data:`_NOT_NAMES`.
_NAME_PREV = re.compile(r"(?<![\w-])(?P<w>[A-Z][a-z]+)[ ]\Z")
#: An acronym before a one-digit number that counts nothing: "Pusat Data Nasional
#: Sementara (PDNS) 2 di Surabaya" is the second data centre, not a figure 2 (corpus Y).
_ACRONYM_PREV = re.compile(r"(?<![\w-])[A-Z]{2,}[A-Za-z]*\)?[ ]\Z")
#: A place or a time after such a number: "PDNS 2 di Surabaya", "PDNS 2 pada Juni 2024"
#: (not "4 in 10": a proportion).
_PLACE_OR_TIME_AFTER = re.compile(r"\s+(?:di|pada|in|at|on|milik)\b(?!\s+\d)", re.IGNORECASE)
#: Words that number what follows them: "Fase 1", "tahap 2", "Phase 1", "Pasal 5",
#: "Tabel 3", "Chapter 2"; a floor, room or counter ("Lantai 2 Kantor Bupati": a blind
#: probe of stop 52 had shown "2 Kantor Bupati Tirtamaya" as a count).
_LABEL_PREV = re.compile(
    r"(?<![\w-])(?P<w>fase|tahap|tahapan|phase|stage|gelombang|batch|pasal|ayat|bab|tabel|table|gambar|figure|"
    r"lampiran|annex|appendix|chapter|section|article|jilid|volume|seri|series|paket|putaran|round|"
    r"lantai|floor|ruang|room|loket|counter)[ ]\Z",
    re.IGNORECASE)
#: A word before such a label that makes it a common noun ending its phrase: "the first
#: round 120 startups", "Each Batch 60 officials", "setiap Gelombang".
_LABEL_DETERMINER = re.compile(
    r"(?<![\w-])(?:the|a|an|each|every|this|that|first|second|third|final|last|next|pilot|setiap|tiap|pertama|"
    r"kedua|ketiga|terakhir|akhir|uji\s+coba)\s+\Z", re.IGNORECASE)
_SINCE_LEFT = re.compile(
    r"(?<![^\W\d_])(?:sejak|semenjak|since|mulai|starting(?:\s+(?:in|from))?|beginning(?:\s+in)?)"
    r"\s+(?:(?:tahun|the\s+year|year)\s+)?\Z",
    re.IGNORECASE,
)
_COMPARE_LEFT = re.compile(
    r"(?<![^\W\d_])(?:than|daripada|dibanding(?:kan)?(?:\s+dengan)?|compared\s+(?:with|to)"
    r"|versus|vs\.?|relative\s+to"
    # the base of a change: "up 15 places from 2022" (the change is of the later year)
    r"|from|dari"
    # a previous state: "having been 86th in 2022", "setelah sebelumnya di posisi 86 pada 2022"
    r"|(?:having\s+been|after\s+being|previously|formerly|sebelumnya)(?:\s+[\w.,]+){0,3}?)"
    r"\s+(?:(?:in|during|pada|tahun|the\s+year|year)\s+)*\Z",
    re.IGNORECASE,
)
_RANGE_GAP = re.compile(
    r"\s*(?:[-–—]|to|hingga|sampai|until|through|till|s\.?d\.?|s/d)\s*\Z", re.IGNORECASE
)
_LIST_GAP = re.compile(r"\s*(?:and|dan|or|atau|,)\s*\Z", re.IGNORECASE)
_BETWEEN_LEFT = re.compile(r"(?:between|antara)\s+\S*\Z", re.IGNORECASE)
_CLAUSE_PUNCT = re.compile(r"[,;:]")
#: A year a few words after a figure, named as the time it stood ("1.240 titik yang aktif
#: pada akhir 2023", "1,240 points active at the end of 2023", "356 layanan per Desember
#: 2023"): the gap ends with a date preposition, optionally "the end of" / "akhir" and
#: a month. Within :data:`_DATED_AFTER_CHARS` and :data:`_DATED_AFTER_WORDS`, with no
#: punctuation and no other figure between, it dates the figure over a year before it
#: ("Untuk 2024, Pemkot menargetkan 2.000 titik ..., naik dari 1.240 titik yang aktif pada
#: akhir 2023": 1.240 is 2023's).
_DATED_AFTER = re.compile(
    r"\s(?i:pada|per|hingga|sampai|at|as of|by|in|on)\s+"
    r"(?:(?i:the\s+)?(?i:akhir|awal|pertengahan|end|start|beginning|middle)\s+(?:(?i:of|tahun)\s+)?)?"
    r"(?:(?i:bulan\s+)?(?i:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember"
    r"|january|february|march|may|june|july|august|october|december)\s+)?\Z"
)
_DATED_AFTER_CHARS = 60
#: The base of a comparison just before a figure ("12.4% more than the 3,098,300 reports
#: received in 2022", "naik dari 3.098.300 laporan yang diterima pada 2022"): the year its
#: event names after it is the figure's own, whatever the verb (:data:`_DATED_AFTER_EVENT`;
#: a blind probe of stop 59 had dated the 3,098,300 to the sentence's 2023).
_BASE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:than|from|dari|daripada|compared\s+(?:with|to)|dibanding(?:kan)?(?:\s+dengan)?)"
    r"\s+(?:the\s+)?\Z", re.IGNORECASE)
#: Words between a figure and a later year that make the year another event's ("45 kios
#: yang dibangun pada 2012", "400 pegawai yang direkrut pada 2019", "people born in 1990",
#: "untuk digunakan pada 2025"): a passive verb, an English past participle, a purpose.
_DATED_AFTER_EVENT = re.compile(
    r"\b(?:di[a-z]{3,}|ter[a-z]{3,}|[a-z]+ed|born|built|made|held|sold|untuk|to|for|sejak|since)\b", re.IGNORECASE
)
#: At most this many words between the figure and the date preposition (its noun and a
#: short qualifier: "titik yang aktif"); a longer stretch describes something else ("500
#: pusat kerja pintar yang ditargetkan selesai pada 2015" keeps the year before it).
_DATED_AFTER_WORDS = 4
#: A relative clause after a comma ("..., yang ditargetkan beroperasi pada tahun 2026",
#: ", which opened in 2026"): when more than :data:`_RELATIVE_NEAR_WORDS` words stand
#: between a figure and it, it describes the last thing named (the data centre), and its
#: year is none of the figure's ("hibah sebesar USD 12,5 juta untuk membangun Pusat Data
#: Nasional cadangan di Batam, yang ditargetkan beroperasi pada tahun 2026").
_RELATIVE_AFTER = re.compile(r",\s*(?:yang|which|who|whose|where|di mana|tempat)\b", re.IGNORECASE)
_RELATIVE_NEAR_WORDS = 3
#: A year that repeats a figure for another year: "ranked 1st in 2012, as it did in
#: 2010", "as in 2010", "seperti pada 2010", "sama seperti tahun 2010" (module
#: docstring, "Year a figure refers to").
_SAME_AS_LEFT = re.compile(
    r"(?<![^\W\d_])(?:"
    r"(?:just\s+)?as\s+(?:[\w-]+\s+){0,2}(?:did|was|were|had|has|have|does|do)(?:\s+(?:also|before|previously))?"
    r"\s+(?:(?:in|on|during|the\s+year|year)\s+)*"
    r"|(?:just\s+)?as\s+(?:also\s+)?(?:in|during)\s+(?:the\s+year\s+)?"
    r"|like\s+(?:in\s+)?"
    r"|(?:sama\s+)?seperti\s+(?:halnya\s+)?(?:(?:pada|di|dalam|tahun)\s+)*"
    r"|sebagaimana\s+(?:(?:pada|di|dalam|tahun)\s+)*"
    r"|sama\s+dengan\s+(?:(?:pada|di|dalam|tahun)\s+)*"
    # ("... in 2019 and again in 2023", "pada 2022 dan kembali pada 2023": the same figure
    # for the later year too; an attack on stop 70's year lists had it 2019's only)
    r"|(?:and|dan)\s+(?:again|once\s+again|kembali|lagi)\s+(?:(?:in|on|during|pada|di|dalam|tahun)\s+)*"
    r")\Z",
    re.IGNORECASE,
)
_ATTACH_GAP = re.compile(
    r"[\s,()]*(?:(?:in|on|during|for|of|by|until|the|fiscal|pada|di|dalam|selama|hingga|sampai"
    r"|untuk|tahun|year|per)\s+)*\Z",
    re.IGNORECASE,
)
#: A short bracket between a figure and the year phrase after it restates the figure
#: ("up from 1,506 villages (63.3 percent) a year earlier": both are the year before's; a
#: blind probe of stop 55 had read the 1,506 as the sentence's 2023).
_BRACKETED = re.compile(r"\s*\([^()]{1,30}\)")
#: A year attached through the name of what it dates: "peringkat pertama pada survei
#: 2012", "ranked 1st in the UN E-Government Survey 2012" (a preposition, then at most
#: four capitalised words or words for a survey, census, report or edition; no comma).
_ATTACH_NAMED = re.compile(
    r"\s*(?i:in|on|during|pada|dalam|di)\s+(?:(?i:the)\s+)?"
    r"(?:(?:[\w-]*[A-Z][\w-]*|(?i:survei|survey|sensus|census|laporan|report|edisi|edition|indeks|index"
    r"|pemeringkatan|rankings?))\s+){1,4}(?:(?i:of|in|pada|tahun|year)\s+)?\Z"
)

# Ranks.
_RANK_ID = re.compile(
    r"\b(?:di|ber)?(?:peringkat|rangking|ranking|urutan|posisi|juara)(?:kan)?\s+"
    r"(?:ke-?\s?(?P<n>[0-9]+)\b"
    r"|(?P<w>" + "|".join(_ID_ORDINALS) + r")\b"
    r"|(?!(?:19|20)[0-9]{2}\b)(?P<d>[0-9]+)(?![0-9]|[.,][0-9]|\s*(?:besar|teratas)\b|\s*(?:%|persen\b)))",
    re.IGNORECASE,
)
#: "kedua negara", "kedua belah pihak": "both countries", "both parties" after a
#: "Peringkat" opening its sentence ("Peringkat kedua negara dalam Survei e-Government PBB
#: masih berjarak cukup jauh": the two countries' ranks, which a blind probe of stop 61
#: had read as a 2nd place); inside a sentence it is a place ("Korea Selatan merupakan
#: peringkat kedua negara terbaik", "Thailand, peringkat kedua negara ASEAN": an attack on
#: the first version, which asked for a verb before it).
_BOTH_PARTIES = re.compile(r"\s+(?:negara|belah|pihak)\b", re.IGNORECASE)
#: What follows a year after a name in mixed case ("MoU 2017 ditandatangani", "MoU 2017,"):
#: a verb of Indonesian form or a punctuation mark, not a counted noun ("BUMDes 2015 unit":
#: an attack on stop 61's first version).
_VERB_OR_END_AFTER = re.compile(r"\s*(?:[,.;:)]|\Z|(?:di|ter|me|mem|men|meng|meny|ber)[a-z]{3,}\b|was\b|were\b|is\b)")
_RANK_EN_VERB = re.compile(
    r"\b(?:ranked|ranks|ranking|rank)\s+(?:at\s+)?"
    r"(?:(?:no\.?\s?|number\s+|#)(?P<n>[0-9]+)\b"
    r"|(?P<o>[0-9]+)(?:st|nd|rd|th)\b"
    r"|(?P<d>[0-9]+)\b(?![.,][0-9]|\s*(?:%|percent\b|per\s+cent\b))"
    r"|(?P<w>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|number\s+one|top)\b"
    r"(?!\s*(?:[0-9]|ten\b|five\b|three\b|twenty\b|fifty\b|hundred\b|-)))"
    r"|\b(?:ranked|ranks|rated|placed|put)\s+(?:[A-Z][\w'’.-]*\s+){1,3}"
    r"(?:(?P<o3>[0-9]+)(?:st|nd|rd|th)\b"
    r"|(?P<w3>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b)"
    r"|\b(?:placed|came(?:\s+in)?|finished)\s+"
    r"(?:(?P<o2>[0-9]+)(?:st|nd|rd|th)\b"
    r"|(?P<w2>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b)",
    re.IGNORECASE,
)
_RANK_PLACE = re.compile(
    r"\b(?:(?P<w>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"|(?P<o>[0-9]+)(?:st|nd|rd|th))[\s-]+(?:place|position|spot|rank|ranking)\b"
    r"|\btop[\s-]+(?:spot|place)\b",
    re.IGNORECASE,
)
#: A rank stated as what the rank is: "Peringkat EGDI Vietnam pada 2024 adalah 71",
#: "Vietnam's EGDI rank in 2024 was 71" (a rank word, up to 60 characters without a
#: figure but a year, a copula, the position; not "... was 3 places higher"). A claim
#: so worded had been read as a bare number and compared with the index's scores.
_RANK_PRED = re.compile(
    r"\b(?:peringkat|rangking|ranking|rank|posisi)\b(?:[^\W\d]|[^\S\n]|['’-]|(?:19|20)\d{2}\b){0,60}?"
    r"\b(?:adalah|ialah|yaitu|was|is|remained|stood\s+at|tetap)\s+"
    r"(?P<pos>(?:no\.?\s?|number\s+|#|ke-?\s?)(?P<n>[0-9]+)\b|(?P<o>[0-9]+)(?:st|nd|rd|th)\b|(?P<d>[0-9]{1,3})\b)"
    r"(?![.,][0-9]|\s*(?:%|persen\b|percent\b|per\s+cent\b|points?\b|poin\b|places?\b|positions?\b|spots?\b"
    r"|peringkat\b|tingkat\b|ranks?\b|kali\b|times\b)"
    # ... nor a word after it but a preposition or a conjunction: "adalah 193 negara", "50
    # besar", "45 miliar rupiah", "2 years" are a count, a band, an amount, a duration
    r"|[^\S\n]+(?!(?:dari|of|out|among|di|in|pada|on|at|dan|and|with|dengan|untuk|for|sejak|since|setelah|after|"
    r"tahun|year|,)\b)[^\W\d_])",
    re.IGNORECASE,
)
#: A count of what a ranking ranks, just before its rank word: "the number of countries in
#: the ... ranking", "jumlah negara dalam peringkat".
_COUNT_OF_RANKED = re.compile(r"\b(?:number|numbers|jumlah|total|banyaknya|count)\b[^.;:]*\Z", re.IGNORECASE)
_RANK_HASH = re.compile(r"(?<![\w#&])#(?P<n>[0-9]+)(?![\w])")
_RANK_NO = re.compile(
    r"(?:\bNo\.\s?|\b[Nn]omor\s+|\b[Nn]umber\s+)(?P<n>[0-9]+|one|satu|wahid)\b(?![.,][0-9])"
)
#: What follows a law's or regulation's number: "Nomor 5 Tahun 2022", "No. 95/2018",
#: "Number 14 of 2021" (an attack on stop 35 had "Mayor Regulation Number 14 of 2021"
#: listed as the 14th place).
_LAW_AFTER = re.compile(r"\s*(?:/|tahun\b|year\b|of\s+(?:1\d{3}|20\d{2})\b|[A-Za-z]*[0-9])", re.IGNORECASE)
#: What comes before a law's, regulation's or other instrument's number: its kind, then up
#: to five capitalised words of its issuer or name ("City Ordinance No. 88", "Peraturan
#: Bupati Wira Sakti Nomor 7", "Presidential Decree No. 5"); a blind attack had "opened
#: in 2021 under City Ordinance No. 88." shown as the 88th place.
_LAW_BEFORE = re.compile(
    r"(?i:\b(?:ordinances?|laws?|acts?|regulations?|decrees?|decisions?|instructions?|circulars?|resolutions?"
    r"|bills?|statutes?|directives?|orders?|rules?|peraturan|perda|perpres|perppu|permen\w*|pergub|perbup"
    r"|perwal[ik]?|keputusan|kepmen\w*|keppres|kepres|inpres|instruksi|undang-undang|uu|surat\s+edaran|qanun"
    r"|putusan|maklumat"
    # ... or a publication's in a series: "Policy Brief No. 7" (a title block's number had
    # been read as the 7th place, and shown as a source disagreeing with a claim's rank)
    r"|briefs?|papers?|bulletins?|buletin|issues?|volumes?|vol|series|seri|editions?|edisi|memos?))"
    r"(?:\s+[A-Z][\w&-]*){0,5}\s*\Z"
)
#: What continues a number that is an identifier: "-278" of "nomor 1500-278", "/2020".
_NUMBER_GOES_ON = re.compile(r"[\-–/][0-9]")
_LAW_NO = re.compile(r"\b(?:No\.|Nomor|Number)\s?\d+\b(?![.,]\d)", re.IGNORECASE)
#: What comes before a street address's number: an Indonesian street's kind and up to
#: four capitalised words of its name ("Jalan Merbabu Nomor 12", "Jl. Sudirman Kav. 5 No.
#: 3"; not "Jalan Tol", a toll road), or an English street's name and kind ("Merdeka
#: Street No. 8"); a blind probe of stop 52 had "Jalan Merbabu Nomor 12" shown as the
#: 12th place.
_ADDRESS_BEFORE = re.compile(
    r"(?:\b(?i:jalan|jln?|gang|gg)\.?(?!\s+(?i:tol)\b)(?:\s+(?:[A-Z][\w&'.-]*|(?i:kav|kavling|blok)\.?\s*[\w-]+)){1,4}"
    r"|(?:\b[A-Z][\w&'.-]*\s+){1,3}(?i:street|st|road|rd|avenue|ave|lane|boulevard|blvd)\.?)\s*,?\s*\Z"
)
#: What follows a rank's "No. N" rather than an address's: "nomor 1 dalam ...", "No. 5
#: among", "nomor 1 di Indonesia" (an attack on a first version had "Jalan Malioboro
#: nomor 1 dalam ..." and "On Main Street, No. 5 among ..." lose their ranks).
_RANK_AFTER_NO = re.compile(r"\s+(?i:dalam|di|in|among|untuk|for|of|se|sebagai|as|pada|on|nasional|national|dunia|"
                            r"world)\b")


def is_law_number(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a "No. N" / "Nomor N" / "Number N", numbers a law,
    regulation or other instrument rather than ranking something: a year or a slash
    follows (:data:`_LAW_AFTER`: "Nomor 5 Tahun 2022", "No. 95/2018", "Number 14 of 2021")
    or the instrument's kind comes before (:data:`_LAW_BEFORE`: "City Ordinance No. 88")."""
    return bool(_LAW_AFTER.match(text, end) or _LAW_BEFORE.search(text, max(0, start - 80), start))


def is_address_number(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a "No. N" / "Nomor N" / "Number N", numbers a building
    on a street (:data:`_ADDRESS_BEFORE`: "Jalan Merbabu Nomor 12", "Jl. Sudirman No.
    5") and no rank's word follows (:data:`_RANK_AFTER_NO`: "nomor 1 dalam ..."): an
    identifier, no rank nor count."""
    return bool(_ADDRESS_BEFORE.search(text, max(0, start - 80), start)) and not _RANK_AFTER_NO.match(text, end)


def law_number_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` character spans of ``text``'s law and regulation numbers
    (:func:`is_law_number`): "Nomor 7" in "Peraturan Bupati Wira Sakti Nomor 7 Tahun
    2022", "No. 88" in "City Ordinance No. 88") and of its street addresses
    (:func:`is_address_number`: "Nomor 12" in "Jalan Merbabu Nomor 12"). They are
    identifiers, no figures: not a rank, not a count, not an answer to "how many"."""
    return [m.span() for m in _LAW_NO.finditer(text)
            if is_law_number(text, *m.span()) or is_address_number(text, *m.span())]


def without_law_numbers(text: str) -> str:
    """``text`` with each of its law numbers (:func:`law_number_spans`) blanked to spaces
    (same length, so offsets still hold)."""
    for a, b in reversed(law_number_spans(text)):
        text = text[:a] + " " * (b - a) + text[b:]
    return text

# Word multiples.
_MULT_WORDS = re.compile(
    r"\b(?:(?P<v2>doubled|doubling)|(?P<v3>tripled|tripling)|(?P<v4>quadrupled|quadrupling)"
    r"|(?P<vh>halved|halving)"
    r"|(?P<fold>two|three|four|five|six|seven|eight|nine|ten)fold"
    r"|(?P<adj>double|triple|twice|thrice)(?=\s+(?:the|that|what|its|their|his|her|our|as)\b))\b",
    re.IGNORECASE,
)
_ADJ_MULT = {"double": 2.0, "twice": 2.0, "triple": 3.0, "thrice": 3.0}

# Fractions of a whole ("a fifth of", "dua pertiga"): shares, as percentages.
_EN_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
                    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
                    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}
_ID_DENOMINATORS = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
                    "sembilan": 9, "sepuluh": 10}
#: "a fifth of", "one third of", "two-thirds of", "three quarters of", "half of", "one in
#: five"; "sepertiga", "seperlima", "dua pertiga", "tiga perempat", "separuh", "setengah
#: dari". English fractions need "of" after them (and no year or "the year": "the second
#: half of 2019" is a time), so "a third party" and "the first quarter" are no shares;
#: "setengah" needs "dari" ("setengah jam", "dua setengah" are no shares).
_ORDINAL_BEFORE = re.compile(r"(?:first|second|latter|former|last|other|pertama|kedua)\s+\Z", re.IGNORECASE)
#: Half of a scale word: "setengah juta", "half a million", "half-a-billion".
_HALF_SCALE = re.compile(
    r"(?<![\w-])(?:setengah|half[\s-]+a)[\s-]+(?P<w>ribu|juta|miliar|milyar|triliun|thousand|million|billion|trillion)"
    r"(?![\w-])",
    re.IGNORECASE,
)
_FRACTION = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<en>(?:(?P<en_n>a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?"
    r"(?P<en_d>halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?))"
    r"(?=\s+of\s+(?!(?:the\s+)?(?:year|(?:19|20)\d\d)\b))"
    r"|(?P<en_in>one\s+in\s+(?P<en_in_d>two|three|four|five|six|seven|eight|nine|ten))(?=\s)"
    r"|(?P<id>(?:(?P<id_n>dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)\s+|se)"
    r"per(?P<id_d>dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh))"
    r"|(?P<id_half>separuh|setengah(?=\s+dari\b))"
    r")(?![\w-])",
    re.IGNORECASE,
)

# Identifiers.
_URL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_PHONE = re.compile(
    r"(?<![\w+])\+[0-9]{1,3}(?:[ .-]?\(?[0-9]{1,4}\)?){2,5}(?![\w])"
    r"|(?<![\w])\(0[0-9]{1,4}\)[ ]?[0-9]{3,4}[ .-]?[0-9]{3,5}(?![\w])"
    r"|(?<![\w.,-])0[0-9]{1,3}-[0-9]{3,4}-?[0-9]{3,5}(?![\w-])"
    r"|(?<![\w.,-])[0-9]{2,4}-[0-9]{3,4}-[0-9]{4}(?![\w-])"
)
_DATE = re.compile(
    r"(?<![\w.,/-])(?P<a>[0-9]{1,4})(?P<s>[/.-])(?P<b>[0-9]{1,2})(?P=s)(?P<c>[0-9]{1,4})"
    r"(?![\w/-]|[.,][0-9])"
)
#: A date whose month is a name between separators, as spreadsheets and forms write
#: them: "01-Sep-2024", "1/Agu/2024", "Sep-2024", "15-SEP-24": its four-digit year is a
#: year, its day and a two-digit year no figure ("01-Sep-2024" had given no year at all).
_DATE_NAMED_MONTH = re.compile(
    r"(?<![\w.,/-])(?:(?P<a>[0-9]{1,2})(?P<s>[/.-]))?(?:" + _MONTHS + r")(?(s)(?P=s)|[/-])(?P<c>[0-9]{4}|[0-9]{2})"
    r"(?![\w/-]|[.,][0-9])", re.IGNORECASE)
#: A designation inside a name: two numbers joined by a hyphen after a capitalised word,
#: the second not above the first, so no range ("Sejong 5-1 Living Zone", "Blok 3-2"; a
#: claim on "Sejong 5-1" had been checked for the figure "1 covers"), and an emergency or
#: service line's number after its word ("layanan darurat 112", "call 119", "hotline
#: 110"): no figure.
#: The field a rank is of, right after it: "peringkat ke-64 dari 140 negara", "64th out of
#: 140 countries", "ranked 3rd among 193 member states". A year after it dates the rank
#: (:func:`_assign_years`): "turun dari peringkat ke-64 dari 140 negara pada 2022" is
#: 2022's 64th (a blind probe of stop 63 had it read as the sentence's earlier 2023 and
#: supported a claim of 64th in 2023).
RANK_FIELD = re.compile(
    r"[^\S\n]+(?:dari|of|out\s+of|among|di\s+antara|antara)[^\S\n]+\d[\d.,]*(?:[^\S\n]+(?:[^\W\d_][\w-]*))"
    r"(?:[^\S\n]+(?:member|anggota))?(?:[^\S\n]+(?:states?|countries|economies|negara|ekonomi))?"
    # (not before the year of the data ranked: "In 2024, the Philippines ranked 73rd out of
    # 193 countries for 2022 data" is 2024's rank; an attack on the first version)
    r"(?![^\S\n]+(?:for|on|untuk|dengan)[^\S\n]+(?:data[^\S\n]+(?:tahun[^\S\n]+)?)?(?:19|20)\d\d[^\S\n]+(?:data|figures|statistics))",
    re.IGNORECASE)
_DESIGNATION = re.compile(
    r"\b[A-Z][\w'-]*\s(?P<a>\d{1,3})-(?P<b>\d{1,3})(?![\d.,%-]|\s*(?:%|persen|percent|per\s*cent)\b)")
_SERVICE_LINE = re.compile(
    r"(?<![\w-])(?:layanan|darurat|emergency|hotline|call|nomor|number|telepon|phone|line|saluran|dial|hubungi|"
    r"cent(?:re|er))"
    r"\s+(?P<n>11[02-9]|911|999)(?![\w.,])(?!\s*(?:%|ribu|rb|juta|jt|miliar|triliun|thousand|million|billion|kali|"
    r"times|calls?|panggilan|orang|people|persen|percent)\b)"  # ("darurat 118 ribu kali": a count)
    # ... or before the line's name: "The 110 call centre answered 96.5% of calls" (a
    # blind probe of stop 60 had "110 call centre" checked as a count), "112 hotline"
    # (and the civic lines before "line" or "call centre" only: Seoul's "120 line", New York's
    # "311 line", Korea's immigration "1345 call centre"; a blind probe of stop 64 had "120
    # line" and "311 line" listed as counts; "120 helpline kiosks" and "120 hotline darurat"
    # are counted: an attack on the first version)
    r"|(?<![\w.,-])(?P<c>120|311|1345)\s+(?:call[\s-]+cent(?:re|er)|line)\b"
    r"(?=\s*(?:[.,;:)]|\Z)|\s+(?:[a-z]{2,}ed|answers|handles|receives|gets|takes|is|was|has|had|and|or|in|of|for|at|"
    r"on|to|with|which|that|menerima|melayani|mencatat|menangani|dan|di|yang|pada)\b)"
    r"|(?<![\w.,-])(?P<m>11[02-9]|911|999)\s+(?:(?:government|emergency|darurat)\s+)?"
    r"(?:call[\s-]+cent(?:re|er)|hotline|helpline|emergency\s+(?:line|number|service)|line)\b"
    # (not a count of the line's people or things: "recruited 118 call centre operators")
    r"(?![\s-]+(?:operators?|agents?|staff|workers?|employees?|officers?|personnel|counsel+ors?|seats?|desks?|"
    r"posts?|units?|calls?|numbers?)\b)"
    # ... or a named place's line doing what lines do: "Korea's 112 received 17.9 million
    # calls" (a blind probe of stop 62 had "112 received" checked as a count; without the
    # possessive, "Of the applicants, 112 received grants" is one, and so is "the
    # province's 113 received new laptops": an attack on stop 64's first version)
    r"|\b(?-i:[A-Z])[\w.-]*['’]s\s+(?P<k>11[02-9]|911|999|120|311|1345)\s+(?:received|handled|answered|logged|recorded|processed|"
    r"took|gets|receives|handles|answers|menerima|mencatat|menangani|melayani)\b", re.IGNORECASE)
_YEAR_SLASH = re.compile(
    r"(?<![\w/.,])(?P<a>(?:19|20)[0-9]{2}|2100)/(?P<b>(?:19|20)[0-9]{2}|[0-9]{2})(?![\w/]|[.,][0-9])"
)
_COLON = re.compile(r"(?<![\w.,:])[0-9]+(?::[0-9]+)+(?![\w:])")
_SLASH = re.compile(r"(?<![\w/])[0-9]+(?:/[0-9A-Za-z]+)+")
_CLOCK_TIME = r"[0-9]{1,2}[.:][0-9]{2}"
_CLOCK_TO = r"(?:\s*(?:[-–]|s\.?d\.?|sampai|hingga|to|until)\s*" + _CLOCK_TIME + r")?"
#: A clock time, or a span of them, after "pukul"/"jam" or before a time zone or am/pm:
#: "pukul 08.00-16.00 WIB", "jam 08.00 sampai 15.00", "9.30 am" (no figure: "16.00 WIB"
#: had been shown as a count of "WIB" on a reply's Figures line, a blind probe of stop 48).
_CLOCK_ID = re.compile(r"\b(?:pukul|jam)\s+(?P<t>" + _CLOCK_TIME + _CLOCK_TO + r")\b", re.IGNORECASE)
_CLOCK_ZONE = re.compile(
    r"(?<![\w.,])(?P<t>" + _CLOCK_TIME + _CLOCK_TO + r"|[0-9]{1,2}(?=\s*[ap]\.?m\.?(?![^\W\d_])))"
    r"(?=\s*(?:WIB|WITA|WIT|[ap]\.?m\.?)(?![^\W\d_]))",
    re.IGNORECASE)
#: A day before its month, or a span of days ("8-12 Mei 2023", "8 and 12 May": a blind
#: probe of stop 46 had "8" of a visit's dates dating a figure of 2023).
_DAY_MONTH = re.compile(
    r"\b(?P<d>[0-9]{1,2}(?:\s*[-–]\s*[0-9]{1,2}|\s+(?:dan|and|to|hingga|sampai)\s+[0-9]{1,2})?)\s+(?:" + _MONTHS + r")\b")
_MONTH_DAY = re.compile(
    r"\b(?:" + _MONTHS + r")\.?\s+(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?\b(?![.,]?[0-9])"
)

# Relative year phrases.
_NUMW = "|".join(k for k in _NUMBER_WORDS if k not in ("satu", "one"))
_REL_ID = re.compile(
    r"\b(?:(?<![0-9][.,])(?P<n>[0-9]{1,2}|" + _NUMW + r")\s+)?(?P<head>tahun|setahun)\s+(?P<rel>ini|yang\s+lalu|lalu|silam"
    r"|kemarin|sebelumnya|sebelum\s+itu|berikutnya|sesudahnya|setelahnya|kemudian|depan"
    r"|mendatang|yang\s+akan\s+datang|yang\s+sama|tersebut|itu)\b",
    re.IGNORECASE,
)
#: A relative year counted from an event it names after it: "a year after the relaunch",
#: "two years before the pandemic" (:func:`_apposed_year`).
_FROM_EVENT = re.compile(r"(?:after|before)\Z", re.IGNORECASE)
_EVENT_OBJECT = re.compile(r"[^\S\n]+(?:the|its|their|his|her|our|this|an?|[A-Z])\b")


def _apposed_year(text: str, s: int, e: int, explicit: list) -> int | None:
    """The written year a relative year phrase at ``[s, e)`` of ``text`` restates, when it
    counts from an event it names (:data:`_FROM_EVENT` then :data:`_EVENT_OBJECT`: "a
    year after the relaunch") and stands right after a year as its apposition (only a
    comma between): "At the end of 2023, a year after the relaunch, the app had 4.1
    million registered users" is 2023's figure (the relaunch's year plus one), not 2024's
    (the stop-57 note: it had been read as the year after 2023). ``explicit`` are the
    text's year candidates in order; None otherwise."""
    if not _FROM_EVENT.search(text, s, e) or not _EVENT_OBJECT.match(text, e):
        return None
    for c in reversed(explicit):
        if c.end <= s:
            if c.since or c.multi or c.same_as or not re.fullmatch(r"\s*,\s*", text[c.end:s]):
                return None
            return int(c.value)
    return None


_REL_EN = re.compile(
    r"\b(?:(?P<n>[0-9]{1,2}|" + _NUMW + r"|a|one)\s+(?P<head>years?)\s+(?P<rel>ago|earlier|before|later|after)"
    r"|(?P<rel2>this\s+year|last\s+year|next\s+year|the\s+(?:previous|prior|preceding)\s+year"
    r"|the\s+year\s+(?:before|prior|earlier|after)|the\s+(?:following|next|subsequent)\s+year"
    r"|the\s+same\s+year|that\s+(?:same\s+)?year))\b",
    re.IGNORECASE,
)
# relation -> (base, sign): base "ref" uses ref_year, "prev" the sentence's year.
_REL_ID_MAP = {
    "ini": ("ref", 0), "lalu": ("ref", -1), "yang lalu": ("ref", -1), "silam": ("ref", -1),
    "kemarin": ("ref", -1), "depan": ("ref", 1), "mendatang": ("ref", 1),
    "yang akan datang": ("ref", 1), "sebelumnya": ("prev", -1), "sebelum itu": ("prev", -1),
    "berikutnya": ("prev", 1), "sesudahnya": ("prev", 1), "setelahnya": ("prev", 1),
    "kemudian": ("prev", 1), "yang sama": ("prev", 0), "tersebut": ("prev", 0), "itu": ("prev", 0),
}
_REL_EN_N_MAP = {"ago": ("ref", -1), "earlier": ("prev", -1), "before": ("prev", -1),
                 "later": ("prev", 1), "after": ("prev", 1)}

# Sentences.
_SENT_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)")
_ABBREVIATIONS = frozenset(
    "no rp mr mrs ms dr prof st vs e.g i.e u.s jan feb mar apr jun jul aug agu agt sep sept "
    "oct okt nov dec des sdr bpk yth jl tn ny hal fig".split()
)
_WORD_BEFORE_DOT = re.compile(r"([\w.]+)[.!?]+[\"'”’)\]]*\Z")

# Cheap gates before whole-text scans.
_HAS_DIGIT = re.compile(r"[0-9]")
_PHONE_GATE = re.compile(r"\+[0-9]|\(0|[0-9]-[0-9]")
_DATE_GATE = re.compile(r"[0-9][/.-][0-9]{1,2}[/.-][0-9]")
_NAMED_MONTH_GATE = re.compile(r"[A-Za-z][/.-][0-9]")
_CLAUSE_CHARS = re.compile(r"[;\n]")
_GROUP_SPACE_BETWEEN_DIGITS = re.compile(r"(?<=[0-9])[\u00a0\u202f\u2009](?=[0-9]{3}(?![0-9]))")
_PLAIN_GROUPS = re.compile(r"(?:[ ][0-9]{3})+(?![0-9]|[.,][0-9])")

# numbers_in
_TOKEN = re.compile(r"\S*[0-9]\S*")
_LEAD_PUNCT = "([{\"'“‘«<"
_TRAIL_PUNCT = ".,;:!?)]}\"'”’»>-–—|"
_FIRST_NUM = re.compile(
    r"[0-9]{1,3}(?:[\u00a0\u202f\u2009][0-9]{3})+(?![0-9])(?:[.,][0-9]+)?|[0-9]+(?:[.,][0-9]+)*")


# --------------------------------------------------------------------------- #
# Extraction
# --------------------------------------------------------------------------- #


@dataclass
class _Cand:
    start: int
    end: int
    value: float
    kind: str
    unit: str | None = None
    scale: float = 1.0
    noun: str | None = None
    tail: int = 0  # end of the figure incl. its noun (for year attachment)
    bare: bool = False  # a plain number that may inherit from a range partner
    since: bool = False  # a year after "since"/"sejak": no single year for others
    compared: bool = False  # a year after "than"/"daripada": dates only later figures
    multi: bool = False  # a year in a range or list
    same_as: bool = False  # a year after "as it did in": another year of the figure before it


@dataclass
class _Marker:
    start: int
    end: int
    value: int | None
    explicit: bool  # a year figure (vs a relative phrase)
    compared: bool = False  # after "than"/"daripada"...: not for the figures before it


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _scaled(d: Decimal, scale: float) -> float:
    with localcontext(_EXACT):
        return float(d * Decimal(repr(scale)))


def _token_bounds(text: str, s: int, e: int) -> tuple[int, int]:
    """Extend [s, e) to the whole alphanumeric identifier it belongs to."""
    n = len(text)
    while s > 0 and (text[s - 1].isalnum() or text[s - 1] in "_$#" or (
            text[s - 1] in "-./,:" and s >= 2 and text[s - 2].isalnum())):
        s -= 1
    while e < n and (text[e].isalnum() or text[e] == "_" or (
            text[e] in "-./,:" and e + 1 < n and text[e + 1].isalnum())):
        e += 1
    return s, e


def _sentence_initial(text: str, s: int) -> bool:
    i = s - 1
    while i >= 0 and text[i] in " \t\"'“‘(":
        i -= 1
    return i < 0 or text[i] in ".!?\n"


class _Scanner:
    def __init__(self, text: str, conv: str) -> None:
        self.text = text
        self.conv = conv
        self.mask = bytearray(len(text))
        self.cands: list[_Cand] = []
        self.rel_heads: set[int] = set()  # starts of relative-year phrases (no count prefix)
        self.low = text.lower()  # for cheap keyword gates before whole-text scans

    def has(self, *keys: str) -> bool:
        return any(k in self.low for k in keys)

    # -- claims --
    def free(self, s: int, e: int) -> bool:
        return not any(self.mask[s:e])

    def claim(self, s: int, e: int) -> None:
        self.mask[s:e] = b"\x01" * (e - s)

    def add(self, c: _Cand) -> None:
        if not self.free(c.start, c.end):  # never report a character twice
            self.claim(c.start, c.end)
            return
        if c.tail < c.end:
            c.tail = c.end
        self.claim(c.start, c.end)
        self.cands.append(c)

    # -- passes --
    def identifiers(self) -> None:
        t = self.text
        if not _HAS_DIGIT.search(t):
            return
        if self.has("@", "www.", "://"):
            for m in _URL.finditer(t):
                self.claim(m.start(), m.end())
        for m in (_PHONE.finditer(t) if _PHONE_GATE.search(t) else ()):
            if sum(ch.isdigit() for ch in m.group()) >= 7 and self.free(m.start(), m.end()):
                self.claim(m.start(), m.end())
        for m in (_YEAR_SLASH.finditer(t) if "/" in t else ()):
            if not self.free(m.start(), m.end()):
                continue
            a = int(m.group("a"))
            self.add(_Cand(m.start("a"), m.end("a"), float(a), "year", multi=len(m.group("b")) == 4))
            if len(m.group("b")) == 4:
                b = int(m.group("b"))
                self.add(_Cand(m.start("b"), m.end("b"), float(b), "year", multi=True))
            self.claim(m.start(), m.end())
        for m in (_DATE.finditer(t) if _DATE_GATE.search(t) else ()):
            if not self.free(m.start(), m.end()):
                continue
            for g in ("a", "c"):
                v = m.group(g)
                if len(v) == 4 and 1900 <= int(v) <= 2100:
                    self.add(_Cand(m.start(g), m.end(g), float(v), "year"))
                    break
            self.claim(m.start(), m.end())
        for m in (_DESIGNATION.finditer(t) if "-" in t else ()):
            if int(m.group("b")) <= int(m.group("a")) and self.free(m.start("a"), m.end("b")):
                self.claim(m.start("a"), m.end("b"))
        for m in _SERVICE_LINE.finditer(t):
            g = next(g for g in ("n", "m", "c", "k") if m.group(g))
            if self.free(m.start(g), m.end(g)):
                self.claim(m.start(g), m.end(g))
        for m in (_DATE_NAMED_MONTH.finditer(t) if _NAMED_MONTH_GATE.search(t) else ()):
            if not self.free(m.start(), m.end()):
                continue
            if len(m.group("c")) == 4 and 1900 <= int(m.group("c")) <= 2100:
                self.add(_Cand(m.start("c"), m.end("c"), float(m.group("c")), "year"))
            self.claim(m.start(), m.end())
        gates = (self.has("pukul", "jam"), True, ":" in t, "/" in t, True, True)
        for ok, (rx, g) in zip(gates, ((_CLOCK_ID, "t"), (_CLOCK_ZONE, "t"), (_COLON, 0), (_SLASH, 0), (_DAY_MONTH, "d"),
                                       (_MONTH_DAY, "d"))):
            if not ok:
                continue
            for m in rx.finditer(t):
                if self.free(m.start(g), m.end(g)):
                    self.claim(m.start(g), m.end(g))

    def ranks(self) -> None:
        t = self.text
        rank_id = self.has("peringkat", "rangking", "ranking", "urutan", "posisi", "juara")
        rank_en = self.has("rank", "placed", "came", "finished")
        rank_place = self.has("place", "position", "spot", "rank")
        for m in (_RANK_ID.finditer(t) if rank_id else ()):
            if not self.free(m.start(), m.end()):
                continue
            if m.group("w"):
                if _BOTH_PARTIES.match(t, m.end()) and re.search(r"(?:\A|[.!?]\s+|\n)\s*\Z", t[max(0, m.start() - 5):m.start()]):
                    continue  # "Peringkat kedua negara ... masih berjarak": the two countries' ranks
                v = _ID_ORDINALS[m.group("w").lower()]
            else:
                v = int(m.group("n") or m.group("d"))
            self.add(_Cand(m.start(), m.end(), float(v), "rank"))
        for m in (_RANK_EN_VERB.finditer(t) if rank_en else ()):
            if not self.free(m.start(), m.end()):
                continue
            w = m.group("w") or m.group("w2") or m.group("w3")
            if w:
                v = 1 if w.lower().startswith("number") else _EN_ORDINALS[w.lower()]
            else:
                v = int(m.group("n") or m.group("o") or m.group("d") or m.group("o2") or m.group("o3"))
            self.add(_Cand(m.start(), m.end(), float(v), "rank"))
        for m in (_RANK_PLACE.finditer(t) if rank_place else ()):
            if not self.free(m.start(), m.end()):
                continue
            if m.group("w"):
                v = _EN_ORDINALS[m.group("w").lower()]
            elif m.group("o"):
                v = int(m.group("o"))
            else:
                v = 1
            self.add(_Cand(m.start(), m.end(), float(v), "rank"))
        for m in (_RANK_PRED.finditer(t) if rank_id or rank_en else ()):
            if _COUNT_OF_RANKED.search(t, max(0, m.start() - 40), m.start()):
                continue  # "The number of countries in the 2024 EGDI ranking was 193" is a count
            if self.free(m.start("pos"), m.end("pos")):
                v = int(m.group("n") or m.group("o") or m.group("d"))
                self.add(_Cand(m.start("pos"), m.end("pos"), float(v), "rank"))
        for m in (_RANK_HASH.finditer(t) if "#" in t else ()):
            if self.free(m.start(), m.end()):
                self.add(_Cand(m.start(), m.end(), float(int(m.group("n"))), "rank"))
        for m in (_RANK_NO.finditer(t) if self.has("no.", "nomor", "number") else ()):
            if not self.free(m.start(), m.end()):
                continue
            if is_law_number(t, m.start(), m.end()) or is_address_number(t, m.start(), m.end()) \
                    or (m.group("n").isdigit() and len(m.group("n")) > 3) or _NUMBER_GOES_ON.match(t, m.end()):
                # a law/document number, a street address's, or a number of four digits or
                # more or going on ("nomor 1500-278", a call centre's: shown as the 1500th
                # place in a blind probe of stop 52), no rank
                self.claim(m.start("n"), m.end("n"))
                continue
            n = m.group("n")
            v = int(n) if n.isdigit() else 1
            self.add(_Cand(m.start(), m.end(), float(v), "rank"))

    def word_multiples(self) -> None:
        if not self.has("doubl", "tripl", "quadrupl", "halv", "fold", "twice", "thrice"):
            return
        for m in _MULT_WORDS.finditer(self.text):
            if not self.free(m.start(), m.end()):
                continue
            if m.group("v2"):
                v = 2.0
            elif m.group("v3"):
                v = 3.0
            elif m.group("v4"):
                v = 4.0
            elif m.group("vh"):
                v = 0.5
            elif m.group("fold"):
                v = float(_NUMBER_WORDS[m.group("fold").lower()])
            else:
                v = _ADJ_MULT[m.group("adj").lower()]
            self.add(_Cand(m.start(), m.end(), v, "multiple", unit="x"))

    def fractions(self) -> None:
        """Fractions of a whole ("a fifth of", "sepertiga"): percentages, value rounded to
        a tenth (``a third of`` = 33.3; module docstring, "Fractions")."""
        if not self.has("half", "third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                        "tenth", "per", "separuh", "setengah", " in "):
            return
        for m in _FRACTION.finditer(self.text):
            if not self.free(m.start(), m.end()):
                continue
            if m.group("en"):
                n = m.group("en_n")
                num = 1 if n is None or n.lower() in ("a", "an", "one") else _NUMBER_WORDS[n.lower()]
                den = _EN_DENOMINATORS[m.group("en_d").lower()]
                if n is None and den != 2:  # "thirds of" alone is no share; "half of" is
                    continue
            elif m.group("en_in"):
                num, den = 1, _NUMBER_WORDS[m.group("en_in_d").lower()]
            elif m.group("id"):
                n = m.group("id_n")
                num = _NUMBER_WORDS[n.lower()] if n else 1
                den = _ID_DENOMINATORS[m.group("id_d").lower()]
            else:
                num, den = 1, 2
            if num >= den or (den == 2 and _ORDINAL_BEFORE.search(self.text, max(0, m.start() - 12), m.start())):
                continue  # "the first half of the decade" is a time
            self.add(_Cand(m.start(), m.end(), round(100.0 * num / den, 1), "percent", unit="%"))

    def half_scales(self) -> None:
        """Half a scale word ("setengah juta", "half a million"): 0.5 of it, a count when
        a noun follows ("setengah juta orang"), else a number. Corpus X's "rata-rata
        pengguna aktif harian sekitar setengah juta orang" had stated no figure."""
        if not self.has("setengah", "half a", "half-a"):
            return
        for m in _HALF_SCALE.finditer(self.text):
            if not self.free(m.start(), m.end()):
                continue
            scale = _SCALE_WORDS[m.group("w").lower()]
            noun, nend = self.noun(m.end())
            self.add(_Cand(m.start(), m.end(), _scaled(Decimal("0.5"), scale), "count" if noun else "number",
                           scale=scale, noun=noun, tail=nend))

    def relative_years(self) -> list[tuple[int, int, str, int]]:
        """Relative year phrases: (start, end, base, delta); base "ref" or "prev"."""
        out = []
        for m in (_REL_ID.finditer(self.text) if "tahun" in self.low else ()):
            rel = re.sub(r"\s+", " ", m.group("rel").lower())
            base, sign = _REL_ID_MAP[rel]
            n = m.group("n")
            if n:
                k = int(n) if n.isdigit() else _NUMBER_WORDS[n.lower()]
                if sign == 0:
                    continue
                self.rel_heads.add(m.start())  # a counted noun stops before "dua tahun sebelumnya"
                out.append((m.start(), m.end(), base, sign * k))
            else:
                self.rel_heads.add(m.start("head"))
                out.append((m.start(), m.end(), base, sign))
        for m in (_REL_EN.finditer(self.text) if "year" in self.low else ()):
            if m.group("rel"):
                base, sign = _REL_EN_N_MAP[m.group("rel").lower()]
                n = m.group("n").lower()
                k = int(n) if n.isdigit() else (1 if n in ("a", "one") else _NUMBER_WORDS[n])
                out.append((m.start(), m.end(), base, sign * k))
                self.rel_heads.add(m.start())  # and before "two years earlier"
            else:
                phrase = re.sub(r"\s+", " ", m.group("rel2").lower())
                if phrase == "this year":
                    base, d = "ref", 0
                elif phrase == "last year":
                    base, d = "ref", -1
                elif phrase == "next year":
                    base, d = "ref", 1
                elif phrase in ("the same year", "that year", "that same year"):
                    base, d = "prev", 0
                elif phrase.endswith("after") or any(w in phrase for w in ("following", "next", "subsequent")):
                    base, d = "prev", 1
                else:
                    base, d = "prev", -1
                self.rel_heads.add(m.start())
                out.append((m.start(), m.end(), base, d))
        return out

    # -- numbers --
    def noun(self, p: int, verbs_end: bool = True) -> tuple[str | None, int]:
        """The counted noun after position ``p`` (at most 4 words) and its end; ``verbs_end``
        stops it at an Indonesian verb (:data:`_ID_VERB`)."""
        words: list[str] = []
        end = p
        pos = p
        t = self.text
        for _ in range(4):
            m = _NOUN_WORD.match(t, pos)
            if not m:
                break
            w = m.group("w")
            ws = m.start("w")
            if w.lower() in _STOP_WORDS or w in _PLACE_AFTER_NOUN or ws in self.rel_heads or self.mask[ws]:
                break
            if verbs_end and self.conv != "en" and _ID_VERB.fullmatch(w) and w.lower() not in _ME_NOUNS:
                break  # "pada abad ke 20 membuat ...": a verb ends the counted noun
            if verbs_end and self.conv == "en" and words and _EN_VERB_FORM.search(w):
                break  # "five facilities turned out ...", "96 county offices linked ...": a verb after the noun
            words.append(w)
            end = pos = m.end()
            if w[-1] in "²³":
                break  # a unit with its power ends the noun: "500 m² lahan"
        return (" ".join(words) if words else None), end

    def compound_words(self) -> None:
        """Numbers in words of more than one word, or one word above ten
        (:data:`_WORDS_NUMBER`), read as :meth:`number_word` reads "two": an amount
        with a currency after it, a multiple, or a count of the noun after it ("two
        hundred Indonesian officials", "fourteen days"), a percentage ("tiga puluh lima
        persen"), or a bare number ("the number was six hundred"; "two" alone is left
        unread: "one of", "two of them")."""
        t = self.text
        for m in _WORDS_NUMBER.finditer(t):
            s, e = m.span()
            w = m.group()
            if self.mask[s] or w.lower() in _NUMBER_WORDS or w.lower() == "a":
                continue  # one word to ten: number_word reads it
            if not w.islower() and not (w[0].isupper() and w[1:].islower() and _sentence_initial(t, s)):
                continue
            if e < len(t) and t[e] == "-" and not _MULT_FOLD.match(t, e):
                continue  # "twenty-year", "fifteen-minute": part of a compound word
            if re.match(r"\s+(?:koma|point|titik)\b", t[e:], re.IGNORECASE) or _MORE_NUMBER_WORDS.match(t, e) \
                    or _NUMBER_WORD_BEFORE.search(t, max(0, s - 20), s):
                continue  # "dua puluh koma lima", "nineteen ninety-eight": a longer number in words, not read
            d = Decimal(words_value(w))
            head = self.word_number_head(s, e, d, percent=True)
            if head is None:
                continue
            p, scale = head
            noun, nend = self.noun(p)
            if noun or scale != 1.0 or d > 10:
                self.add(_Cand(s, p, _scaled(d, scale), "count" if noun else "number", scale=scale, noun=noun, tail=nend,
                               bare=not noun and scale == 1.0))

    def word_number_head(self, s: int, e: int, d: Decimal, percent: bool = False) -> tuple[int, float] | None:
        """What follows a number in words at ``[s, e)`` of value ``d``, shared by
        :meth:`number_word` and :meth:`compound_words`: a scale word ("two hundred
        thousand"), then a currency (an amount is added), or, unscaled, a percentage
        (with ``percent``) or a multiple (added). ``None`` when a candidate was added or
        more number words follow the scale ("dua ribu sembilan belas": not read); else
        ``(end, scale)`` for the counted noun after it."""
        t = self.text
        p, scale = e, 1.0
        sm = _SCALE_WORD.match(t, p)
        if sm:
            scale = _SCALE_WORDS[sm.group("w").lower()]
            p = sm.end()
            if _MORE_NUMBER_WORDS.match(t, p):
                return None  # "two thousand and five", "dua ribu sembilan belas": a longer number, not read
        unit, p2 = self.currency_suffix(p, scale != 1.0)
        if unit:
            self.add(_Cand(s, p2, _scaled(d, scale), "amount", unit=unit, scale=scale))
            return None
        if scale == 1.0:
            pm = (_PP.match(t, e) or _PERCENT.match(t, e)) if percent else None
            if pm:
                self.add(_Cand(s, pm.end(), float(d), "percent", unit="pp" if _PP.match(t, e) else "%"))
                return None
            mm = self.multiple_suffix(s, e, d)
            if mm:
                self.add(_Cand(s, mm, float(d), "multiple", unit="x"))
                return None
        return p, scale

    def numbers(self) -> None:
        t = self.text
        for m in _ATOM.finditer(t):
            s, e = m.span()
            if self.mask[s]:
                continue
            if m.group("w"):
                self.number_word(m)
            else:
                mark = _YEAR_FOOTNOTE.fullmatch(t, s, e)
                if mark and _NEXT_SENTENCE.match(t, e) and not _SCALE_WORD.match(t, e) \
                        and _YEAR_CUE_BEFORE.search(t, max(0, s - 20), s):
                    # a year ending a sentence with a footnote's mark after its stop: "Nomor 4
                    # Tahun 2021.2 Portal ini ..." is 2021 and mark 2, not "2021.2 Portal
                    # (2.021,2)" (a PDF's superscript; a blind probe of stop 50)
                    self.claim(mark.end("year"), e)
                    e = mark.end("year")
                self.digits(s, e)

    def identifier(self, s: int, e: int) -> None:
        a, b = _token_bounds(self.text, s, e)
        self.claim(a, b)

    def number_word(self, m: re.Match) -> None:
        t = self.text
        s, e = m.span()
        w = m.group("w")
        if not w.islower() and not (w[0].isupper() and w[1:].islower() and _sentence_initial(t, s)):
            return
        if (s > 0 and t[s - 1] in "-") or _TEEN_AFTER.match(t, e):
            return
        if _COMPOUND_BEFORE.search(t, max(0, s - 20), s) or _COMPOUND_AFTER.match(t, e):
            return  # part of a longer number in words
        if e < len(t) and t[e] == "-" and not _MULT_FOLD.match(t, e):
            return
        v = _NUMBER_WORDS[w.lower()]
        d = Decimal(v)
        head = self.word_number_head(s, e, d)
        if head is None:
            return
        p, scale = head
        noun, nend = self.noun(p)
        if scale != 1.0:
            self.add(_Cand(s, p, _scaled(d, scale), "count" if noun else "number",
                           scale=scale, noun=noun, tail=nend))
        elif noun and v >= 2:
            self.add(_Cand(s, e, float(v), "count", noun=noun, tail=nend))

    def currency_suffix(self, p: int, scaled: bool) -> tuple[str | None, int]:
        m = _CUR_SUFFIX.match(self.text, p)
        if not m:
            return None, p
        if m.group("code"):
            return m.group("code").upper(), m.end()
        word = re.sub(r"\s+", " ", m.group("word").lower())
        if word == "won":
            if not scaled and not _WON_OK_AFTER.match(self.text, m.end()):
                return None, p
            return "KRW", m.end()
        if word == "rupiah":
            return "IDR", m.end()
        if word.startswith("euro"):
            return "EUR", m.end()
        if word == "yen":
            return "JPY", m.end()
        if word == "yuan":
            return "CNY", m.end()
        if "singap" in word:
            return "SGD", m.end()
        if "austral" in word:
            return "AUD", m.end()
        if "hong" in word:
            return "HKD", m.end()
        return "USD", m.end()

    def multiple_suffix(self, s: int, e: int, d: Decimal) -> int | None:
        """End of a multiple's surface starting at the number [s, e), else None."""
        t = self.text
        fractional = d != d.to_integral_value()
        m = _MULT_X.match(t, e)
        if m:
            return m.end()
        m = _MULT_FOLD.match(t, e)
        if m:
            return m.end()
        m = _KALI_LIPAT.match(t, e)
        if m:
            return m.end()
        growth = _GROWTH_LEFT.search(t, max(0, s - 80), s) is not None
        m = _KALI.match(t, e)
        if m:
            if fractional or growth or _KALI_CMP.match(t, m.end()):
                return m.end()
            return None
        m = _TIMES.match(t, e)
        if m:
            if fractional or growth or _TIMES_CMP.match(t, m.end()):
                return m.end()
        return None

    def digits(self, s: int, e: int) -> None:
        t = self.text
        n = len(t)
        start, cur, neg, ordinal = s, None, False, False
        cm = _CUR_PREFIX.search(t, max(0, s - 12), s)
        if cm is None and (wm := _WORD_CUR_PREFIX.search(t, max(0, s - 6), s)) and (
                _GROUPED.fullmatch(t, s, e) or _SCALE_WORD.match(t, e) or _SCALE_ABBR.match(t, e)):
            cm = wm  # "PHP 58.2 million", "PHP 5,000" (not "PHP 8.2")
        if cm and not self.free(cm.start("c"), s):
            cm = None  # "1999 KRW 1999": the code already belongs to the first amount
        prev = t[s - 1] if s > 0 else ""
        if cm:
            code = re.sub(r"\s+", "", cm.group("c")).upper()
            cur = _CURRENCY_CODES.get(code) or (code if code in ISO_CURRENCIES or code in WORD_CURRENCIES else None)
            start = cm.start("c")
            if cur is None:
                self.identifier(s, e)
                return
            if start > 0 and t[start - 1] in ("-", "\u2212") and (
                    start == 1 or not (t[start - 2].isalnum() or t[start - 2] in "_-")):
                neg, start = True, start - 1  # -$5.50, -Rp6 (Babel's negative currency)
        elif prev in ("-", "\u2212"):
            if s >= 3 and t[s - 3:s - 1].lower() == "ke" and (s == 3 or not t[s - 4].isalnum()):
                ordinal, start = True, s - 3
            elif s >= 2 and t[s - 2].isdigit():
                pass  # second member of a range such as 2007-2010
            elif s >= 2 and (t[s - 2].isalnum() or t[s - 2] == "_"):
                self.identifier(s, e)
                return
            elif s == 1 or t[s - 2] in " \t\n(":
                neg, start = True, s - 1
        elif prev and (prev.isalpha() or prev in "_$#@&./:\\'’"):
            self.identifier(s, e)
            return
        tok = t[s:e]
        if e - s > _MAX_TOKEN_CHARS:  # no prose figure has 30+ digits: a code or an id
            self.identifier(s, e)
            return
        if len(tok) > 1 and tok[0] == "0" and tok[1].isdigit():
            self.identifier(s, e)  # 007, 000, 0812...: codes, not quantities
            return
        if len(tok) <= 3 and tok.isdigit():
            pg = _PLAIN_GROUPS.match(t, e)
            if pg:  # "1 000 000": maybe one number, maybe a list; report neither
                self.claim(start, pg.end())
                return
        try:
            d = _parse_decimal(tok, self.conv)
        except ValueError:
            self.identifier(s, e)
            return
        if neg:
            d = -d
        p = e
        # ordinals
        if not cur:
            om = _ORD_SUFFIX.match(t, p)
            if om and "." not in tok and "," not in tok:
                ordinal, p = True, om.end()
        if ordinal:
            if p < n and (t[p].isalnum() or t[p] == "_"):
                self.identifier(s, e)
                return
            self.add(_Cand(start, p, float(d), "number"))
            return
        # scale
        scale = 1.0
        m = _SCALE_WORD.match(t, p) or _SCALE_ABBR.match(t, p)
        if m:
            scale = _SCALE_WORDS[m.group("w").lower()]
            p = m.end()
        elif cur:
            m = _SCALE_LETTER.match(t, p)
            if m and (not m.group("sp") or m.group("w").isupper()):
                letter = m.group("w")
                scale = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12}[letter.lower()]
                if letter == "M" and cur == "IDR" and self.conv != "en":
                    scale = 1e9  # Indonesian "Rp 1,5 M" = 1,5 miliar
                p = m.end()
        elif self.conv != "id" and (m := _SCALE_LETTER_COUNT.match(t, p)):
            scale = {"k": 1e3, "m": 1e6}[m.group("w")]  # "1.5m users"
            p = m.end()
        if not cur:
            cur, p = self.currency_suffix(p, scale != 1.0)
        if cur:
            if p < n and (t[p].isalnum() or t[p] == "_"):
                self.identifier(s, e)
                return
            if cur == "IDR" and scale == 1.0 and _RUPIAH_GROUPED.fullmatch(tok):
                # rupiah have no fractions of a thousandth: "Rp100.000" in an English FAQ is
                # a hundred thousand, "Rp 2,500" in Indonesian prose two thousand five
                # hundred (a blind probe of stop 55 had read the English FAQ's fine
                # "Rp100.000" as IDR 100 and shown "IDR 100.000")
                d = Decimal(re.sub(r"[.,]", "", tok)) * (-1 if neg else 1)
            self.add(_Cand(start, p, _scaled(d, scale), "amount", unit=cur, scale=scale))
            return
        if scale == 1.0:
            m = _PP.match(t, p)
            if m:
                self.add(_Cand(start, m.end(), float(d), "percent", unit="pp"))
                return
            m = _PERCENT.match(t, p)
            if m:
                self.add(_Cand(start, m.end(), float(d), "percent", unit="%"))
                return
            mend = self.multiple_suffix(start, p, d)
            if mend:
                self.add(_Cand(start, mend, float(d), "multiple", unit="x"))
                return
        if p < n and (t[p].isalnum() or t[p] == "_"):
            self.identifier(s, e)  # 5G, 4K, 1990s, 3D ...
            return
        value = _scaled(d, scale)
        # hyphenated compounds: 5-year, 1990-an
        hm = _HYPHEN_WORD.match(t, p)
        if hm and scale == 1.0:
            w = hm.group("w").lower()
            if w == "an":
                self.identifier(s, e)
                return
            self.add(_Cand(start, p, value, "count", noun=hm.group("w"), tail=hm.end()))
            return
        # versions after a name: e-Government 2.0, Web 2.0
        if (scale == 1.0 and not neg and re.fullmatch(r"[0-9]{1,2}\.[0-9]", tok)
                and _VERSION_PREV.search(t, max(0, s - 40), s)):
            self.claim(s, e)
            return
        # a number that is part of a name: Government 24, Minwon 24, Pasal 5 (no counted
        # noun follows; a tester's claim about "Government 24" users was checked for "24")
        if scale == 1.0 and not neg and re.fullmatch(r"[0-9]{1,3}", tok):
            counted = self.noun(p, verbs_end=False)[0]
            # ... a phase, a stage, an article, a table: "Fase 1 (2024-2025) mencakup 9
            # layanan", and, written as a name, even with a noun after it ("Anggaran Fase 1
            # percepatan transformasi digital layanan publik" had claimed "1 ... layanan";
            # corpus Y); not a count after a phrase ending in such a word ("In the first
            # round 120 startups were selected", "Setiap gelombang 200 peserta": an attack)
            lm = _LABEL_PREV.search(t, max(0, s - 40), s)
            if lm and (not self.noun(p)[0] or (lm.group("w")[0].isupper() and not _LABEL_DETERMINER.search(t, max(0, lm.start() - 20), lm.start()))):
                self.claim(s, e)
                return
            if counted and _NAME_PREV.search(t, max(0, s - 40), s) and self.verb_at(p):
                # a verb after a name's number: "Government 24 issued 150 million documents",
                # "Government 24 opened in 2017", "Government 24 memiliki 21,3 juta anggota"
                # (a blind probe of stop 56: a claim had been checked for "24 issued")
                counted = None
            if not counted:
                nm = _NAME_PREV.search(t, max(0, s - 40), s)
                if (nm and nm.group("w").lower() not in _NOT_NAMES) or (
                        len(tok) == 1 and _ACRONYM_PREV.search(t, max(0, s - 40), s)
                        and _PLACE_OR_TIME_AFTER.match(t, p)):  # "(PDNS) 2 di Surabaya", not "SPBE 4." nor "APJII 8 dari 10"
                    self.claim(s, e)
                    return
        # years
        if self.is_year(tok, start, p, scale, neg):
            self.add(_Cand(start, p, float(d), "year",
                           since=_SINCE_LEFT.search(t, max(0, start - 40), start) is not None,
                           compared=_COMPARE_LEFT.search(t, max(0, start - 40), start) is not None,
                           same_as=_SAME_AS_LEFT.search(t, max(0, start - 40), start) is not None))
            return
        noun, nend = self.noun(p)
        if noun and scale == 1.0 and re.fullmatch(r"[0-9]{1,2}", tok) and _DAY_OF_MONTH_BEFORE.search(t, max(0, s - 12), s):
            noun = None  # a day of the month counts nothing: "paling lambat tanggal 10 bulan berikutnya"
        if noun:
            self.add(_Cand(start, p, value, "count", scale=scale, noun=noun, tail=nend))
        else:
            self.add(_Cand(start, p, value, "number", scale=scale, bare=scale == 1.0))

    def verb_at(self, p: int) -> bool:
        """Whether the word at ``p`` is a verb opening a predicate: in English a clause
        verb (:data:`_CLAUSE_VERBS`) or an "-ed" form (:data:`_EN_VERB_FORM`) followed by
        what ends a subject (:data:`_AFTER_PREDICATE`); in Indonesian a meN-/di-...-kan
        form (:data:`_ID_VERB`) that is no noun (:data:`_ME_NOUNS`)."""
        vm = _NOUN_WORD.match(self.text, p)
        if vm is None:
            return False
        w = vm.group("w")
        return ((self.conv != "id" and (w.lower() in _CLAUSE_VERBS or _EN_VERB_FORM.search(w.lower()) is not None)
                 and _AFTER_PREDICATE.match(self.text, vm.end()) is not None)
                or (self.conv != "en" and _ID_VERB.fullmatch(w) is not None and w.lower() not in _ME_NOUNS))

    def is_year(self, tok: str, start: int, p: int, scale: float, neg: bool) -> bool:
        if neg or scale != 1.0 or len(tok) != 4 or not tok.isdigit() or not 1000 <= int(tok) <= 2100:
            return False
        t = self.text
        if int(tok) < 1900:  # an older year only after a year word, with no counted noun
            pm = _PREV_WORD.search(t, max(0, start - 40), start)
            if pm and pm.group("w").lower() in _YEAR_WORDS:
                return True  # "pada tahun 1347 setelah ayahnya mangkat" (had read 1,347 "setelah")
            return bool(pm and pm.group("w").lower() in _OLD_YEAR_CUES and self.noun(p)[0] is None)
        if _PART_OF_YEAR_BEFORE.search(t, max(0, start - 30), start):
            return True  # "Q3 2023 OSS-RBA Quarterly Licensing Report", "third quarter 2023 figures"
        pm = _PREV_WORD.search(t, max(0, start - 40), start)
        if pm:
            w = pm.group("w")
            wl = w.lower()
            if wl in _STRONG_YEAR_CUES or wl in _YEAR_DETERMINERS:
                return True  # pada 2010, in 2015, Maret 2010, the 2010 survey
            if wl in _QUANTIFIERS:
                return False  # "sebanyak 2000 tercatat sebagai pemilih" counts
            if wl in ("a", "an"):
                nm = _NOUN_WORD.match(t, p)
                if nm and (nm.group("w").lower() in _DATED_NOUNS or (
                        len(nm.group("w")) >= 2 and nm.group("w").isupper() and nm.group("w").lower() not in _CAPITAL_UNITS
                        and _RECENT_YEAR.fullmatch(tok))):
                    return True  # a 2024 target; a 2023 NIA survey (a blind probe of stop 63), not a 2000 MW plant
            if wl == "of" and _END_OF.search(t, max(0, pm.start("w") - 12), pm.start("w")):
                return True  # the end of 2022 (a tester's "At the end of 2022 Government24 had ...")
            if wl == "of" and _NUMBERED_OF.search(t, max(0, pm.start("w") - 24), pm.start("w")):
                # a law's or a document's number and year: "Presidential Regulation No. 38 of
                # 2016 establishes ..." (had been "2016 establishes (2,016)"; a blind probe of stop 50)
                return True
            if wl in ("for", "untuk"):
                nm = _NOUN_WORD.match(t, p)
                if nm and (nm.group("w").lower() in _CLAUSE_VERBS or (
                        _EN_VERB_FORM.search(nm.group("w").lower()) and _AFTER_PREDICATE.match(t, nm.end()))):
                    # "the budget for 2022 stood at KRW ..." (had been "2022 stood (2,022)"; an
                    # eleventh attack), "for 2022 totalled 40"; not "for 2000 registered users"
                    return True
                if nm and self.conv == "id" and _RECENT_YEAR.fullmatch(tok) and any(
                        _ID_VERB.fullmatch(w) and w.lower() not in _ME_NOUNS
                        for w in re.findall(r"\w+", t[nm.end():nm.end() + 40])[:2]):
                    # "Untuk 2024 perusahaan menargetkan 50 juta paket", "Untuk 2025 pemerintah
                    # provinsi menganggarkan ...": a subject and its verb after the year (had been "2024 perusahaan (2.024)"; a blind probe
                    # of stop 63)
                    return True
            if wl == "s" and pm.start("w") >= 1 and t[pm.start("w") - 1] in "'’":
                return True  # Korea's 2015 target
            if (w[0].isupper() and wl not in _STOP_WORDS and wl not in _QUANTIFIERS
                    and not _sentence_initial(t, pm.start("w"))):
                return True  # Survey 2010, APBN 2010, PBB 2010 (a name's year)
            if len(w) >= 2 and w.isalpha() and wl not in _STOP_WORDS and (w.isupper() or (
                    sum(ch.isupper() for ch in w) >= 2 and _VERB_OR_END_AFTER.match(t, p))):
                # an acronym's year opening a sentence or a heading: "EGDI 2024 rank and change",
                # "MoU 2017 ditandatangani oleh ..." (had been "2017 ditandatangani (2,017)"; a
                # blind probe of stop 61)
                return True
        if _PLURAL_POSSESSIVE_PREV.search(t, max(0, start - 40), start):
            return True  # the Ministry of Villages' 2023 connectivity report (a third attack)
        # end of a year range: 2007-2010, 2007 to 2010
        prev_year = max((c for c in self.cands if c.kind == "year" and c.end <= start),
                        key=lambda c: c.end, default=None)
        if prev_year is not None and start - prev_year.end <= 12 and (
                _RANGE_GAP.match(t, prev_year.end, start) or _LIST_GAP.match(t, prev_year.end, start)):
            return True  # 2007-2010, 2007 to 2010, 2009 and 2010
        nm = _NOUN_WORD.match(t, p)
        if nm and nm.group("w").lower() in _YEAR_FOLLOWERS:
            return True
        if nm and nm.group("w").lower() == "data" and _DATA_OF_YEAR.match(t, nm.end()):
            return True  # "According to 2022 data from the statistics office" (not "2000 data points")
        if nm and _dated_by(nm.group("w"), pm.group("w").lower() if pm else ""):
            return True
        if _YEAR_LEVEL.match(t, p) or _NAME_BRACKET_PREV.search(t, max(0, start - 60), start):
            return True
        # "ada 2000 mengajukan izin": a verb after it is no year cue (the 2000 applied)
        noun, _ = self.noun(p, verbs_end=False)
        return noun is None


#: A part of a year right before a year: "Q3 2023", "Q1-Q3 2023", "H1 2023", "TW IV 2023",
#: "third quarter 2023", "Kuartal 3 2023", "first half 2023". A blind probe of stop 55 had a
#: report's title block "... - Q3 2023 OSS-RBA Quarterly Licensing Report ..." listed as
#: the figure "2023 OSS-RBA Quarterly Licensing Report (2,023)", a count it never wrote.
_PART_OF_YEAR_BEFORE = re.compile(
    r"(?:\b(?:Q[1-4]|H[12]|TW\.?\s?(?:IV|I{1,3}|[1-4]))"
    r"|\b(?:kuartal|kwartal|triwulan|semester)\s+(?:IV|I{1,3}|[1-4]|T[1-4]|Q[1-4]|pertama|kedua|ketiga|keempat)"
    r"|\b(?:first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+(?:quarter|half))[\s-]*\Z", re.IGNORECASE)

#: A rupiah amount written with one separator before three digits and no scale word:
#: thousands whichever the character ("Rp100.000", "Rp 2,500").
_RUPIAH_GROUPED = re.compile(r"[1-9][0-9]{0,2}[.,][0-9]{3}")

#: A number named before "of": "No. 38 of", "Law 11 of", "Nomor 4/2020 of" (a law's or a
#: document's number, whose year follows).
_NUMBERED_OF = re.compile(r"(?:\b(?:No|Nos|Number|Nomor|Law|Act|Decree|Regulation|Instruction)\.?\s*)"
                          r"\d[\w/.-]*\s+\Z", re.IGNORECASE)


def _dated_by(word: str, before: str) -> bool:
    """Whether ``word``, right after a 4-digit number of 1900-2100 written without a
    separator, makes the number a year: a noun a year dates ("2024 budget", "2025
    target", :data:`_DATED_NOUNS`, singular), a word in title case that is no plural
    ("2024 Gambar 3: ...", a chart's last label before its caption), or a name in capitals
    after "for"/"untuk" ("For 2024 BIDN aims to ..."). Blind testers' corpora had shown
    "2024 budget (2.024)", "2024 Gambar (2,024)" and "For 2024 BIDN aims (2,024)": a
    count of a thousand or more is written with a separator ("2,000 officials", "2.000
    pegawai"); a plural after the number still counts ("2000 Villages")."""
    low = word.lower()
    if (low in _DATED_NOUNS and not low.endswith("s")) or low in _DATED_PLURALS:
        return True
    if word[0].isupper() and word[1:].islower() and not low.endswith("s"):
        return True
    return before in ("for", "untuk") and len(word) >= 2 and word.isupper()


def _segments(text: str) -> tuple[list[tuple[int, int, int, int]], list[int]]:
    """Clauses as (start, end, sentence_index, paragraph_index), sorted; and starts."""
    n = len(text)
    cuts: list[tuple[int, str]] = []  # (position, "clause"|"sent"|"para")
    for m in _SENT_END.finditer(text):
        j = m.end()
        while j < n and text[j] in " \t":
            j += 1
        if j < n and text[j] == "\n":
            continue  # the newline rule decides
        nxt = text[j] if j < n else ""
        if nxt and not (nxt.isupper() or nxt.isdigit() or nxt in "\"'“‘([-•*"):
            continue
        wm = _WORD_BEFORE_DOT.search(text, max(0, m.start() - 20), m.end())
        if wm and text[m.start()] == ".":
            word = wm.group(1).lower().rstrip(".")
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        cuts.append((m.end(), "sent"))
    for cm in _CLAUSE_CHARS.finditer(text):
        i = cm.start()
        if text[i] == ";":
            cuts.append((i + 1, "clause"))
        else:
            k = i - 1
            while k >= 0 and text[k] in " \t\r":
                k -= 1
            prev = text[k] if k >= 0 else "\n"
            j = i + 1
            while j < n and text[j] in " \t\r":
                j += 1
            nxt = text[j] if j < n else "\n"
            if (prev in ".!?:;|\n" or nxt == "\n" or nxt.isupper() or nxt.isdigit()
                    or nxt in "\"'“‘([-•*"):
                cuts.append((i + 1, "para"))
    cuts.sort()
    clauses = []
    s, sent, para = 0, 0, 0
    for pos, kind in cuts:
        if pos > s:
            clauses.append((s, pos, sent, para))
            s = pos
        if kind in ("sent", "para"):
            sent += 1
        if kind == "para":
            para += 1
    clauses.append((s, n, sent, para))
    return clauses, [c[0] for c in clauses]


def _clause_of(pos: int, clauses, starts) -> tuple[int, int, int, int]:
    return clauses[max(0, bisect.bisect_right(starts, pos) - 1)]


def _mark_year_groups(text: str, cands: list[_Cand]) -> None:
    years = [c for c in cands if c.kind == "year"]
    for a, b in zip(years, years[1:]):
        gap = text[a.end:b.start]
        if a.end <= b.start and len(gap) <= 12 and (_RANGE_GAP.match(gap) or _LIST_GAP.match(gap)):
            a.multi = b.multi = True


def _inherit_ranges(text: str, cands: list[_Cand]) -> None:
    for a, b in zip(cands, cands[1:]):
        if a.kind in ("year", "rank") or b.kind in ("year", "rank") or a.end > b.start:
            continue
        gap = text[a.end:b.start]
        if len(gap) > 12:
            continue
        if not _RANGE_GAP.match(gap):
            if not (_LIST_GAP.match(gap) and re.search(r"\b(?:and|dan)\b", gap)
                    and _BETWEEN_LEFT.search(text, max(0, a.start - 20), a.start)):
                continue
        if (a.scale == 1.0 and b.scale != 1.0 and a.kind in ("number", "amount")
                and (a.kind == "number" and a.bare or b.unit in (None, a.unit))
                and a.value * b.scale <= 100 * abs(b.value)):  # not "VND 500,000 to VND 2 million"
            a.value *= b.scale  # USD 5 to 10 million: 5 million
            a.scale = b.scale
        if a.kind == "number" and a.bare:
            if b.kind in ("amount", "percent", "multiple", "count"):
                a.kind, a.unit, a.noun = b.kind, b.unit, b.noun
                if b.kind == "count":
                    a.tail = b.tail
        if a.kind == "amount" and b.unit is None and (
                b.kind == "number" or (b.kind == "count" and not re.search(r"[^\W\d_]", gap))):
            # (not a count after a word between: "IDR 21.47 billion to three tower
            # contractors" had shown "three (IDR 3)"; a blind probe of stop 50)
            b.kind, b.unit = "amount", a.unit


#: Between a part and its whole: "14 dari 19 kecamatan", "14 of the 19 sub-districts",
#: "14 out of 19", "167 of the regency's 204 villages", "14 of Wira Sakti's 19" (not
#: "from": "turun dari 95 menit menjadi 40 menit" is a change).
_PART_OF_WORDS = (r"\s+(?:dari(?:\s+(?:total|seluruh|keseluruhan))?|(?:out\s+)?of(?:\s+(?:the|its|their))?"
                  r"(?:\s+[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?['’]s)?)\s+")
_PART_OF_GAP = re.compile(_PART_OF_WORDS + r"\Z", re.IGNORECASE)
#: A part's whole right after it: " dari 19", " of the 38" (the whole's noun follows).
_WHOLE_AFTER = re.compile(_PART_OF_WORDS + r"\d[\d.,]*(?<![.,])", re.IGNORECASE)


def part_of_whole(text: str, part_end: int, whole_start: int) -> bool:
    """Whether the text between a number ending at ``part_end`` and a count starting at
    ``whole_start`` (character offsets in ``text``) makes the first a part of the second:
    "14 dari 19 kecamatan", "31 of the 38 provinces", "14 out of 19" (:data:`_PART_OF_GAP`)."""
    return part_end <= whole_start and _PART_OF_GAP.match(text[part_end:whole_start] + " ") is not None


def whole_after(text: str, end: int, noun: str) -> int | None:
    """Where the whole a part ending at ``end`` is of ends, its noun included: the end of
    " dari 19 kecamatan" after "14" (``noun`` "kecamatan"), so the part is shown with its
    whole ("14 dari 19 kecamatan"); ``None`` when no whole of ``noun`` follows."""
    m = _WHOLE_AFTER.match(text, end)
    if m is None or text[m.end():m.end() + 1 + len(noun)] != " " + noun:
        return None
    return m.end() + 1 + len(noun)


#: What compares a bare number with a count before it: "..., up from 9,100",
#: "naik dari 3.870", "compared with 410".
_COMPARED_BEFORE = re.compile(
    r"\b(?:(?:up|down|rising|falling|rose|fell|grew|increased|decreased|dropped|climbed|naik|turun|meningkat|menurun|"
    r"bertambah|berkurang|tumbuh)\s+(?:from|dari)|compared\s+(?:with|to)|(?:di)?banding(?:kan)?(?:\s+dengan)?)"
    r"\s+\Z",
    re.IGNORECASE,
)


#: Between a compared number and its own year: "9,100 in 2023", "3.870 pada tahun 2023".
_OWN_YEAR_GAP = re.compile(r"\s+(?:(?:in|pada|di|during|for|tahun|the\s+end\s+of|end\s+of|akhir|awal)\s+)*", re.IGNORECASE)
#: A clause turning to another subject: "40 agencies joined, while the budget grew from 35".
_JOINER = re.compile(r"\b(?:while|whereas|and|but|sedangkan|sementara|serta|dan|tetapi|namun)\b", re.IGNORECASE)


def _compared_counts(text: str, cands: list[_Cand]) -> None:
    """A bare number compared with a count earlier in its sentence counts that count's
    noun (module docstring, "Counts"): "The portal issued 12,400 building permits in
    2024, up from 9,100 in 2023" gives 9,100 building permits (it had been no figure, so
    a reply to "... in 2023?" listed only the 12,400). Only years may stand between the
    two, no clause turning to another subject ("while", "dan"), the two are within a
    factor of 100 of each other, and the compared number writes its own year right after
    it ("up from 35" alone would take the sentence's year, 2024, and match a claim of 35
    for 2024)."""
    for j, b in enumerate(cands):
        if not (b.kind == "number" and b.bare and b.scale == 1.0
                and _COMPARED_BEFORE.search(text, max(0, b.start - 40), b.start)):
            continue
        k = j - 1
        while k >= 0 and cands[k].kind == "year":
            k -= 1
        if k < 0:
            continue
        a = cands[k]
        between = text[a.end:b.start]
        year_after = j + 1 < len(cands) and cands[j + 1].kind == "year" and _OWN_YEAR_GAP.fullmatch(
            text[b.end:cands[j + 1].start]) is not None
        if (a.kind == "count" and a.noun and a.value > 0 and a.value / 100 <= b.value <= a.value * 100
                and year_after and not re.search(r"[.!?;]\s|\n", between) and not _JOINER.search(between)
                and not a.noun.lower().startswith("per ") and not re.match(r"\s*per\b", text[b.end:], re.IGNORECASE)):
            # (a rate is read as one: "70,4 per 1.000 penduduk ..., naik dari 33,9 per 1.000")
            b.kind, b.noun = "count", a.noun


def _parts_of_wholes(text: str, cands: list[_Cand]) -> None:
    """A bare number just before "dari"/"of"/"out of" and a count of a noun, and not larger
    than it, counts that noun too (module docstring, "Counts"): "14 dari 19 kecamatan"
    gives 14 kecamatan beside 19 kecamatan."""
    for a, b in zip(cands, cands[1:]):
        if (a.kind == "number" and a.bare and a.scale == 1.0 and b.kind == "count" and b.noun
                and a.value <= b.value and part_of_whole(text, a.end, b.start)):
            a.kind, a.noun, a.tail = "count", b.noun, b.tail


_FROM_LEFT = re.compile(r"(?<![^\W\d_])(?:from|dari)\s+(?:[A-Z]{3}\s*|US\$|Rp\s*)?\Z", re.IGNORECASE)


def _range_spans(text: str, cands: list[_Cand]) -> list[tuple[int, int] | None]:
    """Per candidate, the span of the range it is an end of, else ``None`` (module
    docstring, "Ranges"): the same gaps as :func:`_inherit_ranges`, ends of the same
    kind, unit and scale, and no "from" before the first end."""
    out: list[tuple[int, int] | None] = [None] * len(cands)
    for i, (a, b) in enumerate(zip(cands, cands[1:])):
        if (a.kind in ("year", "rank") or a.end > b.start or out[i] is not None
                or (a.kind, a.unit, a.scale) != (b.kind, b.unit, b.scale)):
            continue
        gap = text[a.end:b.start]
        if len(gap) > 12:
            continue
        between = _BETWEEN_LEFT.search(text, max(0, a.start - 20), a.start)
        if not _RANGE_GAP.match(gap):
            if not (_LIST_GAP.match(gap) and re.search(r"\b(?:and|dan)\b", gap) and between):
                continue
        if _FROM_LEFT.search(text, max(0, a.start - 12), a.start):
            continue  # "grew from 10.2 million to 20.5 million": a change, two values
        out[i] = out[i + 1] = (between.start() if between else a.start, b.end)  # with "between"
    return out


#: A running total up to the text's own time ("sejauh ini", "so far"): a year marker
#: with no single year (module docstring, "Year a figure refers to").
_SO_FAR = re.compile(
    r"\b(?:sejauh ini|hingga (?:kini|sekarang|saat ini)|sampai (?:kini|sekarang|saat ini)|"
    r"so far|to date|until now|up to now|thus far)\b",
    re.IGNORECASE,
)


#: A figure's publication date just before a year: "angka final yang dirilis pada 30 April
#: 2024 adalah 2,76 hari" (:func:`release_dated`). Only after a word for a figure or its
#: report ("figure", "count", "data", "angka", "laporan"), so "the app, released in 2019,
#: had 5 million users" is no release of a figure.
_PUBLICATION_DATE = re.compile(
    r"\b(?:figures?|counts?|data|estimates?|statistics|results?|numbers?|totals?|reports?|angka|hasil|"
    r"statistik|perkiraan|estimasi|laporan|jumlah)\b[^.;:!?]{0,70}?\b(?:released|published|announced|issued|"
    r"dirilis|diumumkan|diterbitkan|dipublikasikan|dipublikasi)\s+"
    # (by whom, at most four words: "released by MOIS in January 2023", "dirilis oleh BPS
    # pada", or a name alone: "yang dirilis Korlantas pada Januari 2024")
    r"(?:(?:by|oleh)\s+(?:[^\W\d_][\w.&'’-]*\s+){1,4}?|(?:(?-i:[A-Z])[\w.&'’-]*\s+){1,3}?)?"
    r"(?:(?:on|in|pada|tanggal)\s+)?"
    rf"(?:\d{{1,2}}\s+)?(?:(?:{_MONTHS})\.?\s+)?(?:tahun\s+)?\Z",
    re.IGNORECASE)


def release_dated(text: str, start: int) -> bool:
    """Whether the year at character ``start`` of ``text`` dates a figure's release
    (:data:`_PUBLICATION_DATE`: "angka final yang dirilis pada 30 April 2024"). The
    extraction still dates figures by it (stop 61's first versions, which let it date
    nothing, had "In 2018 the ministry started ..., and results published in 2024 show 2.1
    million mobile ID holders" dated 2018, and a sentence's figure left undated passed the
    year rules); the fact-checker reads a final figure whose sentence writes only such
    years as one of the year its provisional figure gives
    (:func:`bot.factcheck._finals_beside`)."""
    return _PUBLICATION_DATE.search(text, max(0, start - 90), start) is not None


def _row_year_at(text: str, at: int) -> int | None:
    """The year of the table row (:data:`ROW_LEAD`) on the line of ``text`` holding
    character ``at``: its first cell under a year header (:data:`_SPLIT_YEAR_HEADER`)
    whose value opens with a year ("Tahun: 2022", "Tahun: 2024 (angka final)"); ``None``
    off a row or without one. A note cell's "pada tahun ini" is the row's year, not the
    document's ("Tahun: 2022; ...; Keterangan: Anggaran pengembangan SIKN dan JIKN pada
    tahun ini sebesar Rp14,6 miliar" had been 2025's, its release's; a blind probe of
    stop 64)."""
    start = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", at)
    line = text[start: stop if stop >= 0 else len(text)]
    if not ROW_LEAD.match(line):
        return None
    for m in ROW_CELL.finditer(line):
        if _SPLIT_YEAR_HEADER.fullmatch(m.group("h")):
            y = re.match(r"\s*((?:19|20)\d{2})(?!\d)(?!\s*[-–/]\s*\d)", m.group("v"))
            return int(y.group(1)) if y else None
    return None


#: A contrast opening another clause, between a comparison's year and a later figure: "naik
#: 13,1 persen pada 2023 dibandingkan tahun sebelumnya, sementara jumlah perkara e-Filing
#: naik 13,6 persen" dates the 13,6 persen to no 2022 (a blind probe of stop 70 had it
#: read as 2022's and recomputed a growth from the two).
_CONTRAST_BETWEEN = re.compile(r"[,;]\s*(?:sementara(?:\s+itu)?|sedangkan|adapun|while|whereas|whilst|meanwhile)\b",
                               re.IGNORECASE)


def _assign_years(text: str, cands: list[_Cand], rels, ref_year: int | None, segments) -> list[int | None]:
    clauses, starts = segments  # _segments(text), computed once by extract_figures
    explicit = sorted((c for c in cands if c.kind == "year"), key=lambda c: c.start)
    markers: list[_Marker] = []
    for c in explicit:
        if c.same_as:  # "as it did in 2010": another year of an earlier figure (_also_years)
            continue
        val = None if (c.since or c.multi) else int(c.value)
        markers.append(_Marker(c.start, c.end, val, True, c.compared))

    resolved: list[tuple[int, int]] = []  # (end, year) of relative phrases already read

    def base_year(pos: int) -> int | None:
        _, _, sent, para = _clause_of(pos, clauses, starts)
        best, best_end, same_sentence = None, -1, False
        # (a change's base dated relatively, "fell to 4.8 days, from 6.3 days a year
        # earlier", is a year before the text's time, not before another sentence's base
        # of a change: "..., up from 88.2% in 2022." before it)
        moved = _BASE_DATED_AFTER.search(text, max(0, pos - 60), pos) is not None
        for c in explicit:
            if c.end > pos:
                break
            _, _, s2, p2 = _clause_of(c.start, clauses, starts)
            if moved and s2 != sent and (c.compared or _CHANGE_BASE_LEFT.search(text, max(0, c.start - 60), c.start)):
                continue
            if s2 == sent or p2 == para:
                best, best_end, same_sentence = int(c.value), c.end, s2 == sent
        # a relative year read earlier in the same sentence is nearer than one of another
        # sentence: "Hingga akhir tahun lalu ... 4.512 desa, naik dari 3.870 desa setahun
        # sebelumnya" (a 2024 release) puts 3.870 in 2022, not in 2023
        for end, year in resolved:
            if best_end < end <= pos and (not same_sentence or end > best_end) and \
                    _clause_of(end - 1, clauses, starts)[2] == sent:
                best, best_end = year, end
        return best

    relative: dict[int, tuple[int, int]] = {}  # start -> (end, delta) of the phrases read against a year of the text
    for s, e, base, delta in sorted(rels):
        if base != "ref":
            relative[s] = (e, delta)
        if base == "ref":
            # (in a table row, "this year" is the row's: its year cell, :func:`_row_year_at`)
            anchor = _row_year_at(text, s) or ref_year
            val = None if anchor is None else anchor + delta
            if val is not None:  # only years read from the document's own year anchor others:
                resolved.append((e, val))  # "setahun sebelumnya ... dua tahun sebelumnya" share one
        else:
            b = base_year(s)
            val = None if b is None else b + delta
            apposed = _apposed_year(text, s, e, explicit)
            if apposed is not None:  # "At the end of 2023, a year after the relaunch, ...": 2023
                val = apposed
        compared = _COMPARE_LEFT.search(text, max(0, s - 40), s) is not None
        markers.append(_Marker(s, e, val, False, compared))
    for m in _SO_FAR.finditer(text):  # a running total: no single year
        markers.append(_Marker(m.start(), m.end(), None, False, False))
    markers.sort(key=lambda m: m.start)

    out: list[int | None] = []
    for c in cands:
        if c.kind == "year":
            out.append(int(c.value))
            continue
        cs, ce, _, _ = _clause_of(c.start, clauses, starts)
        ms = [m for m in markers if cs <= m.start and m.end <= ce
              and not (m.start < c.tail and c.start < m.end)]
        year: int | None = None
        chosen = False
        for m in ms:
            if m.start < c.tail or m.start - c.tail > 80:
                continue
            gap = text[c.tail:m.start]
            if not m.explicit and "," in gap:
                continue  # "ada 300 layanan, setahun sebelumnya 250 layanan": the phrase dates the 250
            if (m.start - c.tail <= 40 and _ATTACH_GAP.match(_BRACKETED.sub(" ", gap))) or (
                    m.explicit and _ATTACH_NAMED.match(gap)
                    and not any(c.tail <= o.start < m.start for o in cands if o is not c)):
                year, chosen = m.value, True
                break
        if not chosen:
            for m in ms:
                if not m.explicit or m.start < c.tail or m.start - c.end > _DATED_AFTER_CHARS:
                    continue
                gap = text[c.end:m.start]  # from the figure itself: its noun counts as words
                dated = _DATED_AFTER.search(gap)
                if (dated and not m.compared and len(gap[: dated.start()].split()) <= _DATED_AFTER_WORDS
                        and (not _DATED_AFTER_EVENT.search(gap[: dated.start()])
                             or _BASE_BEFORE.search(text, max(0, c.start - 30), c.start))
                        and not _CLAUSE_PUNCT.search(gap)
                        and not any(c.tail <= o.start < m.start for o in cands if o is not c)
                        and not _describes_another(text, c.tail, m.start)):
                    year, chosen = m.value, True
                break
        if not chosen:
            # (not the year that closes the base of a change before the figure: "naik dari
            # peringkat 88 pada 2020, sedangkan Korea berada di peringkat 3" dates the 88
            # only; a blind probe of stop 56 had dated Korea's 3rd place to 2020)
            contrasted = [m for m in ms if m.end <= c.start and m.compared and _CONTRAST_BETWEEN.search(text, m.end, c.start)]
            before = [m for m in ms if m.end <= c.start and all(m is not x for x in contrasted)
                      and not (m.explicit and _CHANGE_BASE_LEFT.search(text, max(0, m.start - 60), m.start))]
            after = [m for m in ms if m.start >= c.tail and not m.compared
                     and not _describes_another(text, c.tail, m.start)
                     and not _dates_a_later_figure(text, c, m, cands)]
            last = max(before, key=lambda m: m.end) if before else None
            if last is not None and _REPORTED.search(text, last.end, c.start) and any(m.explicit for m in after):
                # the year before is when something was said: a year the reported clause
                # writes after the figure is its own ("menyatakan pada 7 Maret 2024 bahwa
                # pemerintah kota akan menganggarkan Rp 4,5 miliar untuk pusat data cadangan
                # pada tahun 2025"; a blind probe of stop 47 had read the budget as 2024's)
                year = next(m for m in after if m.explicit).value
            elif last is not None:
                year = last.value
            else:
                vals = {m.value for m in after}
                if len(vals) == 1:
                    year = vals.pop()
                elif after and not _CLAUSE_PUNCT.search(text, c.tail, after[0].start):
                    year = after[0].value  # the first one, in the same comma-free stretch
            if year is None and contrasted:
                # (the main clause's year, which the comparison's is counted from: "rose 6.2
                # percent in 2023 compared with the previous year, while ... rose 3.4 percent"
                # is 2023's 3.4; an attack on stop 70's first version had left it undated)
                sent = _clause_of(c.start, clauses, starts)[2]
                main = [m for m in markers if m.explicit and m.value is not None and m.end <= contrasted[0].start
                        and _clause_of(m.start, clauses, starts)[2] == sent]
                if main:
                    year = main[-1].value
        out.append(year)
    _moved_from_base(text, cands, out, markers, relative, segments)
    _revised_to(text, cands, out)
    return out


#: A figure revising the one said before it: "the final Yearbook revised it to 55.2
#: percent", "direvisi menjadi 44.712.380", "corrected downwards to".
_REVISED_TO = re.compile(
    r"\b(?:(?:revised|corrected|adjusted|amended|direvisi|dikoreksi|diralat|merevisinya|mengoreksinya)"
    r"(?:\s+(?:it|this|that|them|the\s+figure|angka\s+(?:itu|tersebut)))?(?:\s+(?:downwards?|upwards?|ke\s+(?:atas|bawah)))?"
    r"\s+(?:to|menjadi|jadi)"
    # ... or a correction's right figure: "tertulis 1.078.190; yang benar adalah 987.190" is
    # 2022's when the figure it replaces is (a rerun of stop 64's probes: a ralat's undated
    # right figure had answered a question on 2024)
    r"|(?:yang|angka\s+yang|jumlah\s+yang)\s+benar(?:\s+adalah)?|the\s+correct\s+(?:figure|number|amount|total)\s+(?:is|was)"
    r"|should\s+read)\s+\Z", re.IGNORECASE)


def _revised_to(text: str, cands: list[_Cand], years: list[int | None]) -> None:
    """Give a figure of no year that revises the figure before it in its sentence
    (:data:`_REVISED_TO`) that figure's year: "An interim evaluation in 2022 put the 2021
    share for family cases at 57.0 percent; the final Court Statistics Yearbook revised it
    to 55.2 percent" dates 55.2 to 2021 (a blind probe of stop 61: the final figure,
    undated, did not overrule a claim of the interim one). The same kind only; ``years``
    is changed in place."""
    for i, c in enumerate(cands):
        if years[i] is not None or c.kind == "year" or not _REVISED_TO.search(text, max(0, c.start - 60), c.start):
            continue
        sentence_start = max(text.rfind(". ", 0, c.start), text.rfind("\n", 0, c.start)) + 1
        for j in range(i - 1, -1, -1):
            o = cands[j]
            if o.start < sentence_start:
                break
            if o.kind == c.kind and o.unit == c.unit:
                # (not a change's base: "rose to 5.2 million users in 2023 from 4.1 million
                # users in 2022; the ministry later revised it to 5.0 million users" revises
                # the 5.2; an attack on the first version; a count of the same noun only)
                if _BASE_BEFORE.search(text, max(0, o.start - 30), o.start) or (
                        c.kind == "count" and c.noun and o.noun and c.noun.split()[0] != o.noun.split()[0]):
                    continue
                years[i] = years[j]
                break


#: A change's base figure just before a relative year phrase: "from 6.3 days ", "dari 6,3
#: hari " (:func:`_assign_years`).
_BASE_DATED_AFTER = re.compile(
    r"\b(?:from|dari)\s+\d[\d.,]*(?:\s*%|(?:\s+[^\W\d_]+){0,2})\s+\Z", re.IGNORECASE)
#: Between a figure and the base it moved from: "fell to 4.8 days, from 6.3 days a year
#: earlier", "turun menjadi 4,8 hari dari 6,3 hari setahun sebelumnya" (:func:`_moved_from_base`).
_FROM_BASE_GAP = re.compile(r"[^\S\n]*,?[^\S\n]*(?:from|dari)[^\S\n]+\Z", re.IGNORECASE)


def _moved_from_base(text: str, cands: list[_Cand], years: list[int | None], markers, relative, segments) -> None:
    """A figure with no year that moved from a base dated by a phrase relative to a year
    of the text is of that year, in place: "The average time to handle a report fell to
    4.8 days, from 6.3 days a year earlier" after "Of the reports received in 2023": the
    6.3 is 2022's, the 4.8 2023's (a blind probe of stop 59 had a claim of 4.8 days in
    2023 "not confirmed for 2023"). ``relative``: the start of each relative phrase read
    against a year of the text -> (its end, its offset in years)."""
    clauses, starts = segments
    for i, c in enumerate(cands):
        if years[i] is not None or c.kind == "year" or i + 1 >= len(cands):
            continue
        o = cands[i + 1]
        if o.kind == "year" or years[i + 1] is None or not _FROM_BASE_GAP.match(text[c.tail:o.start]) \
                or _clause_of(c.start, clauses, starts)[2] != _clause_of(o.start, clauses, starts)[2]:
            continue
        m = next((m for m in markers if not m.explicit and m.start in relative and m.value == years[i + 1]
                  and o.tail <= m.start <= o.tail + 30), None)
        if m is not None and relative[m.start][1] < 0:
            years[i] = years[i + 1] - relative[m.start][1]



#: A change's base figure before its year: "naik dari peringkat 88 pada ", "up from 9,800
#: in ", "dari 3,21 pada tahun " (:func:`_assign_years`).
_CHANGE_BASE_LEFT = re.compile(
    r"\b(?:dari|from)\s+(?:[^\W\d_]+\s+){0,2}(?:ke-?)?\d[\d.,]*(?:st|nd|rd|th)?(?:\s*%|\s+(?:persen|percent|per\s+cent))?"
    # (a duration in two parts or a noun after the number: "down from 1 hour 30 minutes in
    # 2018, and 97.9% of import declarations ..." dates no 97.9% to 2018; a blind probe of
    # stop 70 had it read as a 2018 figure revised)
    r"(?:\s+(?:[^\W\d_]+|\d[\d.,]*)){0,3}?\s+"
    r"(?:(?:pada\s+)?tahun\s+|pada\s+|in\s+)\Z", re.IGNORECASE)


#: The word opening reported speech after a date ("menyatakan pada 7 Maret 2024 bahwa
#: ...", "said on 12 May 2023 that ..."): the date is when it was said
#: (:func:`_assign_years`).
_REPORTED = re.compile(r"\b(?:bahwa|that)\b", re.IGNORECASE)


def _dates_a_later_figure(text: str, c: "_Cand", m: "_Marker", cands: list["_Cand"]) -> bool:
    """Whether the year phrase ``m`` after figure ``c`` dates another figure that stands
    between them past a comma or other clause mark: a relative phrase always ("Indeks
    ... tercatat 2,93 dengan predikat Baik, naik dari 2,74 pada tahun sebelumnya", a
    tester's press release: "tahun sebelumnya" is 2,74's year, not 2,93's), a year
    written out only when that figure's clause has a verb of its own (:data:`_PREDICATE`)
    or opens with the base a figure moved from after a verb of change (:data:`_BASE_OPENS`,
    :data:`_MOVED_TO`: "naik menjadi 3,62 ..., dari 3,21 pada tahun 2022"); "..., atau 93 persen dari pagu Rp 1,29 triliun, pada tahun anggaran
    2023" dates all three."""
    for o in cands:
        if o is c or o.kind == "year" or not c.tail <= o.start < m.start:
            continue
        marks = list(_CLAUSE_PUNCT.finditer(text, c.tail, o.start))
        if marks and (not m.explicit or _PREDICATE.search(text, marks[-1].end(), o.start)
                      or (_BASE_OPENS.match(text, marks[-1].end(), o.start)
                          and _MOVED_TO.search(text, max(0, c.start - 40), c.start))):
            return True
    return False


#: A clause opening with the base a figure moved from: "Indeks SPBE ... naik menjadi 3,62
#: dengan predikat "Sangat Baik", dari 3,21 pada tahun 2022" (2022 is the 3,21's year; a
#: blind probe of stop 54 had dated the 3,62 to 2022 too), "rose to 3.62, from 3.21 in 2022".
_BASE_OPENS = re.compile(r"\s*(?:dari|from|compared\s+(?:with|to)|dibandingkan(?:\s+dengan)?)\s", re.IGNORECASE)
#: ... after a figure a verb of change leads to ("naik menjadi 3,62", "rose to 3.62"; not
#: "handled 2.4 million transactions, from 38 provincial agencies in 2023": an attack on a
#: first version).
_MOVED_TO = re.compile(
    r"\b(?:naik|turun|meningkat|menurun|tumbuh|bertambah|berkurang|menjadi|rose|fell|grew|increased|decreased|"
    r"climbed|dropped|declined|jumped|improved|reached|mencapai)\b", re.IGNORECASE)


#: A verb opening a clause of its own: English past tense ("connected", "rose"), Indonesian
#: me-/ber- verbs ("menghubungkan", "bertambah") and verbs of change ("naik", "turun":
#: "Skor EGDI Indonesia tercatat 0,7991, naik 11,6 persen dari 0,7160 pada 2022" dates
#: the 0,7160, not the 0,7991). A year written out after such a clause's
#: figure is its own ("built with a USD 6.2 million grant, connected 80 institutions by
#: the end of 2023"), while an apposition shares it ("Rp 1,2 triliun, atau 93 persen dari
#: pagu Rp 1,29 triliun, pada tahun anggaran 2023"). "up from" / "down from" is such a
#: clause too ("Indonesia scored 0.7832 and ranked 64th, up from 77th in 2022": 2022 is
#: the 77th's year; corpus Y).
_PREDICATE = re.compile(
    r"\b(?:[a-z]{3,}ed|me[mn]?[a-z]{3,}|ber[a-z]{3,}|naik|turun|tumbuh|anjlok|rose|fell|grew|(?:up|down)\s+from)\b")


def _describes_another(text: str, tail: int, marker: int) -> bool:
    """Whether a year marker at ``marker`` stands in a relative clause about a thing named
    after the figure that ends at ``tail`` (:data:`_RELATIVE_AFTER`)."""
    r = _RELATIVE_AFTER.search(text, tail, marker)
    return r is not None and len(text[tail:r.start()].split()) > _RELATIVE_NEAR_WORDS


_ORDINAL = re.compile(r"(?:\d+(?:st|nd|rd|th)|ke-?\d+)\Z", re.IGNORECASE)
#: An ordinal ending a figure's surface ("20th", "peringkat ke-88"), public (:data:`_ORDINAL`).
ORDINAL = _ORDINAL
#: A move in places before an ordinal: "rose 13 places to 64th", "fell two spots to the
#: 40th", "naik 13 peringkat ke-64" (the ordinal is the rank reached).
_MOVED_PLACES_TO = re.compile(
    r"\b(?:places?|positions?|spots?|notches|ranks?|peringkat|posisi|tingkat)\s+(?:to|into|ke)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
#: A place among a field after an ordinal: "2nd of 40 public enterprises", "3rd out of
#: 193", "ke-2 dari 40 BUMN" (the ordinal is a rank; a blind probe of stop 68 had the cell
#: "Value: 2nd of 40 public enterprises" read as a bare number), after a ranking word on
#: its line (:data:`_RANK_WORD`).
_AMONG_FIELD = re.compile(r"\s+(?:of|out\s+of|among|dari|di\s+antara)\s+(?:the\s+)?\d", re.IGNORECASE)
#: A ranking named before such an ordinal on its line ("Indicator: ... rank; Value: 2nd of
#: 40"): "the 3rd of 5 phases" is no rank, nor is "Rank-and-file officials trained ...:
#: 2nd of 4 waves completed" (an attack on stop 68).
_RANK_WORD = re.compile(r"\b(?:rank(?:s|ed|ing|ings)?|peringkat|position|posisi)\b(?!-and-file)", re.IGNORECASE)


def _ordinal_ranks(text: str, cands: list[_Cand], segments) -> None:
    """An ordinal after a rank in the same sentence is a rank too ("ranked 1st in 2010,
    and 3rd in 2016": "3rd" is the rank of 2016), and so is one reached by a move in
    places (:data:`_MOVED_PLACES_TO`: "rose 13 places to 64th" had been a bare number, compared
    with a score) and one placed among a field (:data:`_AMONG_FIELD`: "2nd of 40"), in
    place. ``segments``: :func:`_segments` of ``text``."""
    clauses, starts = segments
    for i, c in enumerate(cands):
        if c.kind != "number" or not _ORDINAL.match(text[c.start:c.end]):
            continue
        if _MOVED_PLACES_TO.search(text, max(0, c.start - 40), c.start) or (
                _AMONG_FIELD.match(text, c.end) and _RANK_WORD.search(text, text.rfind("\n", 0, c.start) + 1, c.start)):
            c.kind = "rank"
            continue
        sent = _clause_of(c.start, clauses, starts)[2]
        if any(r.kind == "rank" and _clause_of(r.start, clauses, starts)[2] == sent for r in cands[:i]):
            c.kind = "rank"


def _rank_year_lists(
    text: str, cands: list[_Cand], years: list[int | None]
) -> tuple[list[int | None], list[tuple[int, ...]]]:
    """A rank attached to a list of years holds for each of them ("ranked 1st in the UN
    E-Government Survey in 2010, 2012 and 2014": 2010's rank, and 2012's and 2014's).
    Returns ``(years, also)``: the figures' years with such a rank's set to the list's
    first, and each figure's other years (the list's rest, else ``()``). Ranks only: an
    amount "in 2009 and 2010" may be the two years' total; a range ("2010-2014") is
    left with no year."""
    years = list(years)
    also: list[tuple[int, ...]] = [() for _ in cands]
    for i, c in enumerate(cands):
        if c.kind != "rank" or years[i] is not None:
            continue
        nxt = next((y for y in cands if y.start >= c.tail), None)
        if nxt is None or nxt.kind != "year" or not nxt.multi:
            continue
        gap = text[c.tail:nxt.start]
        if not (_ATTACH_GAP.match(gap) or _ATTACH_NAMED.match(gap)):
            continue
        group = [nxt]
        for y in cands[cands.index(nxt) + 1:]:
            between = text[group[-1].end:y.start]
            if y.kind != "year" or len(between) > 12 or not _LIST_GAP.match(between):
                break
            group.append(y)
        if len(group) > 1:
            years[i] = int(group[0].value)
            also[i] = tuple(int(y.value) for y in group[1:])
    return years, also


def _also_years(
    text: str, cands: list[_Cand], years: list[int | None], also: list[tuple[int, ...]], segments
) -> list[tuple[int, ...]]:
    """``also`` (each figure's other years) with the years after "as it did in" /
    "seperti pada" (:data:`_SAME_AS_LEFT`) added: such a year repeats the nearest figure
    before it in its sentence, at most 100 characters away ("Korea ranked 1st in the UN
    E-Government Survey 2012, as it did in 2010": the rank is also 2010's).
    ``segments``: :func:`_segments` of ``text``."""
    clauses, starts = segments
    out = list(also)
    for y in (c for c in cands if c.kind == "year" and c.same_as):
        _, _, sent, _ = _clause_of(y.start, clauses, starts)
        before = [i for i, c in enumerate(cands) if c.kind != "year" and c.end <= y.start
                  and y.start - c.end <= 100 and _clause_of(c.start, clauses, starts)[2] == sent]
        if before:
            i = before[-1]
            if years[i] != int(y.value) and int(y.value) not in out[i]:
                out[i] += (int(y.value),)
    return out


def extract_figures(text: str, lang: str | None, ref_year: int | None = None) -> list[Figure]:
    """Find every figure in ``text`` and normalise it.

    Args:
        text: any text (a quote, a passage, a reply). Spans are ``str`` indices.
        lang: ``"id"`` or ``"en"``: decides decimal comma vs point for ambiguous
            tokens (``2.000`` is 2000 in id and 2.0 in en; ``1,200`` is 1200 in en and
            1.2 in id). ``None`` = auto (see ``parse_number``). Vocabularies (scale,
            currency, rank, year words) of both languages are always recognised.
        ref_year: the year "this year"/"tahun ini" means (and the base of "last
            year", "N years ago" ...); ``None`` leaves those figures' ``year`` None.

    Returns:
        Figures sorted by position, with non-overlapping spans and
        ``text[f.start:f.end] == f.surface``; ``value`` in base units
        (``"USD148,76 juta"`` -> 148760000.0, unit ``"USD"``, scale 1e6, kind
        ``"amount"``); kinds ``amount``, ``count`` (with ``noun``), ``percent``,
        ``multiple`` (unit ``"x"``), ``year``, ``rank``, ``number``; ``year`` =
        the year the figure refers to when its clause says so (a year figure's own
        value for kind ``"year"``).

    Raises:
        ValueError: an unsupported ``lang``.

    Rule source: the module docstring of ``bot/figures.py`` (one section per rule);
    tests in ``tests/test_figures.py`` pin each rule on the corpus and examples.
    """
    conv = _conv(lang)
    if not text:
        return []
    source = text
    if _SUPERSCRIPTS.search(text):  # footnote marks read as spaces (offsets unchanged)
        text = _SUPERSCRIPTS.sub(lambda m: " " * len(m.group()) if _is_footnote_mark(text, m.start()) else m.group(), text)
    if "(" in text:  # "10 (sepuluh) hari kerja": the number in words in brackets read as spaces
        text = _SPELT_AFTER.sub(_spelt_out_masked, text)
        # ... and "five (5) years": the words before the bracket and the brackets as spaces
        spelt = _spelt_before_spans(text)
        text = _spelt_before_masked(text, spelt)
    else:
        spelt = []
    sc = _Scanner(text, conv)
    sc.identifiers()
    sc.ranks()
    sc.word_multiples()
    sc.half_scales()
    sc.fractions()
    rels = sc.relative_years()
    sc.compound_words()
    sc.numbers()
    cands = sorted(sc.cands, key=lambda c: c.start)
    segments = _segments(text)
    _inherit_ranges(text, cands)
    _parts_of_wholes(text, cands)
    _compared_counts(text, cands)
    _ordinal_ranks(text, cands, segments)
    for c in cands:
        if c.kind == "rank" and (field := RANK_FIELD.match(text, c.end)):
            c.tail = max(c.tail, field.end())  # (the field ranked in is the rank's, like a count's noun)
    _ranked_list_items(text, cands)
    _mark_year_groups(text, cands)
    years = _assign_years(text, cands, rels, ref_year, segments)
    cells = row_cells(text)
    years = _table_cells(text, cands, years, cells)
    years = _list_item_years(text, cands, years)
    # a column header's own numbers are no figures ("Peringkat 2019: -" states no rank of
    # 2019, "(skala 1-5)" no counts): only its year may date the cell (:func:`_table_cells`)
    headers = [(m.start("h"), m.end("h")) for m in cells]
    if headers:
        keep = [c.kind == "year" or not any(a <= c.start and c.end <= b for a, b in headers) for c in cands]
        cands = [c for c, k in zip(cands, keep) if k]
        years = [y for y, k in zip(years, keep) if k]
    cands, years = _rate_denominators(text, cands, years)
    years, also = _rank_year_lists(text, cands, years)
    also = _also_years(text, cands, years, also, segments)
    spans = _range_spans(text, cands)
    # a number in words before its digits in brackets is part of the figure as written:
    # "five (5) years" (a count of 5, shown "five (5) years"), "lima persen (5%)"
    bounds = [(c.start, c.end) for c in cands]
    for ws, ds, _de, end, cur in spelt:
        # (the figure holding the digits, from its currency or a rank's word before them)
        at = ds - (len(cur) + 1 if cur else 0)
        bounds = [(min(s0, ws), max(e, end)) if s0 <= at < e or s0 == ds else (s0, e) for s0, e in bounds]
    return _joined_durations(source, [
        Figure(
            surface=source[s0:e],
            start=s0,
            end=e,
            value=float(c.value),
            kind=c.kind,
            unit=c.unit,
            scale=float(c.scale),
            year=y,
            noun=c.noun,
            also_years=a,
            range_span=r,
        )
        for c, (s0, e), y, a, r in zip(cands, bounds, years, also, spans)
    ])


#: Units of time of a duration written in two parts, larger first, with how many of the
#: smaller each holds: "7 minutes 42 seconds", "1 jam 20 menit" (:func:`_joined_durations`).
_DURATION_PARTS = {
    ("minute", "second"): 60, ("menit", "detik"): 60, ("min", "s"): 60, ("min", "sec"): 60,
    ("hour", "minute"): 60, ("jam", "menit"): 60, ("hr", "min"): 60, ("h", "min"): 60,
    ("day", "hour"): 24, ("hari", "jam"): 24,
}


def joined_duration(fig: Figure) -> bool:
    """Whether ``fig`` is a duration written in two parts (:func:`_joined_durations`: "7
    minutes 58" seconds), whose value in the smaller unit the source does not write: it
    is shown as written, never as its value (:func:`format_figure`)."""
    return fig.kind == "count" and _duration_unit(fig.noun) is not None \
        and re.search(r"\d\s*[^\W\d_]+\s+(?:(?:and|dan)\s+)?\d", fig.surface) is not None


def _duration_unit(noun: str | None) -> str | None:
    """The unit of time a count's noun is ("minutes" -> "minute", "detik", "min"), else None."""
    if not noun:
        return None
    w = noun.strip().lower().rstrip(".")
    w = w[:-1] if len(w) > 3 and w.endswith("s") else w
    return w if any(w in pair for pair in _DURATION_PARTS) else None


def _joined_durations(text: str, figs: list[Figure]) -> list[Figure]:
    """``figs`` with each duration written in two parts read as one figure of the smaller
    unit: "7 minutes 42 seconds" is 462 seconds, "1 jam 20 menit" 80 menit, "8 min 4 s"
    484 s; the parts are counts of their units with nothing but the larger unit's word
    (and "and" / "dan") between them. A blind probe of stop 69 had "6 minutes 58
    seconds" checked as 6 minutes ("wrong; the source says 7 minutes") and 58
    seconds ("the source says 58 seconds") against the correction's "7 minutes 58 seconds
    (478 seconds)". The surface runs to the smaller part's number ("7 minutes 42"), whose
    noun follows it as a count's does."""
    out: list[Figure] = []
    i = 0
    while i < len(figs):
        f = figs[i]
        g = figs[i + 1] if i + 1 < len(figs) else None
        big, small = _duration_unit(f.noun), _duration_unit(g.noun if g else None)
        if (g is not None and f.kind == g.kind == "count" and big and small and (big, small) in _DURATION_PARTS
                and f.scale == g.scale == 1.0 and f.range_span is None and g.range_span is None
                and re.fullmatch(rf"\s*{re.escape(f.noun or '')}\s+(?:(?:and|dan)\s+)?", text[f.end:g.start], re.IGNORECASE)):
            out.append(replace(g, surface=text[f.start:g.end], start=f.start,
                               value=f.value * _DURATION_PARTS[(big, small)] + g.value, year=g.year or f.year))
            i += 2
            continue
        out.append(f)
        i += 1
    return out


#: A list item's line: a bullet ("- ", "• ", "1. ") or a label before a colon.
_LIST_ITEM_LINE = re.compile(r"\s*(?:[-•*–▪◦]\s|\d{1,2}[.)]\s)|[^:\n]{2,80}:\s*\S")
_YEAR_IN_LINE = re.compile(r"(?<![\d.,])(?:19|20)\d{2}(?![\d.,])")


#: A list's lead-in that ranks its items from the top: "lima provinsi dengan tingkat adopsi
#: tertinggi pada tahun 2023 adalah:", "The top five ministries in 2024:" (with how many
#: it lists, :data:`_LEAD_COUNT`, and no word of steps or advice, :data:`_NOT_RANKING`:
#: "Untuk hasil terbaik, ikuti langkah berikut:", "The top takeaways from Seoul:" rank
#: nothing; an attack on the first version).
_RANKING_LEAD = re.compile(
    r"\b(?:tertinggi|terbaik|teratas|terbanyak|terbesar|highest|best|top|largest|most|leading|"
    r"peringkat|ranking|ranked|urutan)\b", re.IGNORECASE)
_LEAD_COUNT = re.compile(r"(?<![\d.,])\d{1,2}(?![\d.,]\d)|\b(?:" + _ANY_NUMBER_WORD + r")\b", re.IGNORECASE)
_NOT_RANKING = re.compile(
    r"\b(?:langkah|tahap|tahapan|cara|tips?|saran|rekomendasi|alasan|pelajaran|steps?|ways?|how\s+to|"
    r"takeaways?|reasons?|lessons?|recommendations?|advice|things)\b", re.IGNORECASE)
#: A numbered list item's number at its line's start: "2. Bali (31,2%)", "3) Aceh".
_ITEM_NUMBER = re.compile(r"[ \t]*(\d{1,2})[.)][ \t]+\S")


def _ranked_list_items(text: str, cands: list) -> None:
    """The numbers of a numbered list's items are ranks when the list's lead-in (the line
    above its items, ending with a colon) ranks them from the top (:data:`_RANKING_LEAD`):
    "... lima provinsi dengan tingkat adopsi tertinggi pada tahun 2023 adalah:" over "2.
    Bali (31,2%)" ranks Bali second (a blind probe of stop 56: the claim "Bali berada di
    peringkat kedua ..." was "not in my sources"); in place. Other numbered lists (steps,
    recommendations) keep bare numbers."""
    for c in cands:
        if c.kind != "number" or c.value != int(c.value) or not 1 <= c.value <= 99:
            continue
        line_start = text.rfind("\n", 0, c.start) + 1
        m = _ITEM_NUMBER.match(text, line_start)
        if m is None or m.start(1) != c.start:
            continue
        lead = _lead_in_above(text, line_start, _ITEM_NUMBER)
        if lead is not None:
            lead = _YEAR_IN_LINE.sub(" ", lead)  # (a year is no count of items)
            if _RANKING_LEAD.search(lead) and _LEAD_COUNT.search(lead) and not _NOT_RANKING.search(lead):
                c.kind = "rank"


def _lead_in_above(text: str, line_start: int, item: re.Pattern) -> str | None:
    """The lead-in of the list whose item's line starts at ``line_start`` of ``text``: the
    line above its items (lines ``item`` matches), ending with a colon and no item itself
    ("Key figures, 2024:", "lima provinsi ... tertinggi ... adalah:"); ``None`` when the
    lines above the items end otherwise."""
    at = line_start
    while at > 0:  # up through the list's items to the line above them
        prev = text.rfind("\n", 0, at - 1) + 1
        line = text[prev:at - 1]
        if line.rstrip().endswith(":") and not item.match(line.rstrip()[:-1] + " x"):
            return line
        if not item.match(line):
            return None
        at = prev
    return None


def _list_item_years(text: str, cands: list, years: list[int | None]) -> list[int | None]:
    """``years`` with the figures of a list's items that name no year dated by the list's
    lead-in: the line just above the items, ending with a colon and naming one year
    ("Key figures, 2024:" above "- e-Catalogue transaction value (audited): IDR 203.1
    trillion"). Once each item was a paragraph of its own (a PDF's list, a blind
    tester's corpus), the claim "... IDR 150 trillion in 2022" had been contradicted by
    that undated item."""
    out = list(years)
    for i, c in enumerate(cands):
        if out[i] is not None or c.kind == "year":
            continue
        line_start = text.rfind("\n", 0, c.start) + 1
        if not _LIST_ITEM_LINE.match(text, line_start):
            continue
        lead = _lead_in_above(text, line_start, _LIST_ITEM_LINE)
        found = set(_YEAR_IN_LINE.findall(lead)) if lead is not None else set()
        if len(found) == 1:
            out[i] = int(found.pop())
    return out


#: A run of superscript digits: a footnote mark glued to a word or a figure ("dengan
#: anggaran Rp 1.250 miliar¹.": a tester's corpus Y PDF; Python reads "miliar¹" as one
#: word, so the amount had lost its "miliar" and a claim of Rp 1,25 triliun was
#: "contradicted" by "Rp 1.250"), or a power (:func:`_is_footnote_mark` tells them apart).
#: A number followed by itself in words in brackets, as Indonesian laws and contracts write
#: them: "paling lama 10 (sepuluh) hari kerja", "2 (dua) tahun", "5 (five) percent", and
#: a percentage "5% (lima persen)" (a blind probe of stop 52 had the Figures line show
#: "5%; lima persen (5)").
_SPELT_AFTER = re.compile(r"(?<![\d.,])(?P<n>\d{1,3}(?:[.,]\d{3})*(?:,\d+)?)\s?%?\s*\((?P<w>[^\W\d_][^()\d]{1,80})\)")
#: Words of a number in words beyond :func:`words_value`'s (scales, decimals) and the
#: currency or unit words that end one: "(satu miliar dua ratus lima puluh juta rupiah)".
_SPELT_EXTRA = frozenset(
    "ribu juta miliar milyar triliun thousand million billion trillion koma point nol zero rupiah dolar dollar dollars "
    "won persen percent and dan euro euros yen yuan ringgit baht peso pesos pound pounds sterling rupee rupees franc "
    "francs amerika serikat us".split())
#: Scale words of a number in words and what they multiply by (:func:`spelt_value`).
_SPELT_SCALES = {"ribu": 1_000, "thousand": 1_000, "juta": 1_000_000, "million": 1_000_000, "miliar": 10**9,
                 "milyar": 10**9, "billion": 10**9, "triliun": 10**12, "trillion": 10**12}


def spelt_value(words: str) -> int | None:
    """The value of a number written in words with scale words (:data:`_SPELT_SCALES`):
    "eighteen million five hundred thousand" -> 18500000, "tiga puluh dua" -> 32, "delapan
    belas juta lima ratus ribu" -> 18500000, "seribu" -> 1000; ``None`` when a word is no
    number word (:func:`words_value`)."""
    total, group = 0, []
    try:
        for w in re.findall(r"[a-z]+", words.lower()):
            if w in _SPELT_SCALES:
                total += (words_value(" ".join(group)) if group else 1) * _SPELT_SCALES[w]
                group = []
            else:
                group.append(w)
        return total + (words_value(" ".join(group)) if group else 0)
    except KeyError:
        return None


#: A number in words followed by itself in digits in brackets, as laws, contracts and
#: speeches write them: "five (5) years", "ninety (90) days' notice", "tiga puluh dua
#: (32) kabupaten", "lima persen (5%)" (a blind probe of stop 52 had "ninety" and "90"
#: as two bare numbers and a claim of "five years" against "five (5) years" not found).
#: Read by :func:`_spelt_before_spans`.
_SPELT_BEFORE = re.compile(
    r"(?<![\w-])(?P<w>[^\W\d_]+(?:[\s-]+[^\W\d_]+){0,9})[^\S\n]*\([^\S\n]*"
    r"(?P<n>\d{1,3}(?:[.,]\d{3})*)(?P<p>[^\S\n]?%)?[^\S\n]*\)")


#: A currency written before a number in words ("USD five million (5,000,000)", "Rp
#: delapan belas juta (18.000.000)"): read with the digits (:func:`_spelt_before_spans`).
_CURRENCY_BEFORE_WORDS = re.compile(r"(?<![\w$€])(?:Rp\.?|US\$|USD|IDR|EUR|SGD|KRW|JPY|€|\$)[^\S\n]*\Z")
#: A word numbering a part before a number in words: "Pasal lima (5)", "ayat dua (2)",
#: "Phase one (1)" (an attack on a first version had "lima (5) Peraturan Bupati" as a
#: count and "one (1) covers"); such a number stays as it was read.
_PART_BEFORE_WORDS = re.compile(
    r"(?i:\b(?:pasal|ayat|huruf|article|section|phase|tahap|fase|bab|chapter|paragraph|paragraf|clause|point|butir|"
    r"angka|nomor|no\.?|number|lampiran|annex|bagian|part|level|grade|kelas|class|jilid|volume|seri|series))"
    r"[^\S\n]*\Z")


def _spelt_before_spans(text: str) -> list[tuple[int, int, int, int, str]]:
    """``(start, digits start, digits end, bracket end, currency)`` of each number in
    words followed by itself in digits in brackets (:data:`_SPELT_BEFORE`): the last
    words before the bracket say the number in it (:func:`spelt_value`; with a percent
    in the bracket, "persen"/"percent" after them), and no word numbering a part comes
    before them (:data:`_PART_BEFORE_WORDS`: "Pasal lima (5)"). The digits end after a
    percent sign; the span starts at a currency written before the words
    (:data:`_CURRENCY_BEFORE_WORDS`, given as ``currency``; else ``""``)."""
    out = []
    for m in _SPELT_BEFORE.finditer(text):
        words = list(re.finditer(r"[^\W\d_]+", m.group("w")))
        if m.group("p") and words and words[-1].group().lower() in ("persen", "percent"):
            last = words[-1].start() if len(words) > 1 else 0
            words = words[:-1]
        else:
            last = len(m.group("w"))
        n = int(re.sub(r"[.,]", "", m.group("n")))
        for w in words:
            if w.group().lower() in ("and", "dan", "a"):
                continue
            if spelt_value(m.group("w")[w.start():last]) == n:
                start = m.start("w") + w.start()
                if _PART_BEFORE_WORDS.search(text, max(0, start - 30), start):
                    break
                cur = _CURRENCY_BEFORE_WORDS.search(text, max(0, start - 8), start)
                out.append((cur.start() if cur else start, m.start("n"), m.end("p") if m.group("p") else m.end("n"),
                            m.end(), cur.group().strip() if cur else ""))
                break
    return out


def _spelt_before_masked(text: str, spans: list[tuple[int, int, int, int, str]]) -> str:
    """``text`` with the words and brackets of each of ``spans`` (:func:`_spelt_before_spans`)
    as spaces (offsets unchanged), a currency before the words written again just before
    the digits, so the digits are read with the currency before them and the noun, unit
    or currency after the bracket: "five (5) years" reads as 5 years, "USD five million
    (5,000,000)" as USD 5,000,000."""
    for ws, ds, de, end, cur in reversed(spans):
        lead = f"{cur} " if cur else ""
        text = text[:ws] + " " * (ds - ws - len(lead)) + lead + text[ds:de] + " " * (end - de) + text[end:]
    return text


_WORDS_IN_BRACKETS = re.compile(r"\s*\([^()\d]{1,80}\)")


def writes_form(surface: str, norm: str) -> bool:
    """Whether a figure as written (``surface``) already shows its normalised form
    ``norm``: the same text (case and spaces aside), or ``norm`` in brackets after a
    number in words ("five (5)" shows "5", "lima persen (5%)" shows "5%"): the Figures
    line and the verdicts add no bracket saying it again ("five (5) years (5)" in a
    blind probe of stop 52)."""
    if not norm:
        return True
    if "".join(norm.split()).casefold() == "".join(surface.split()).casefold():
        return True
    return "(" + "".join(norm.split()).casefold() + ")" in "".join(surface.split()).casefold()


def noun_end(text: str, f: Figure) -> int | None:
    """Where a count's noun ends in ``text`` (which ``f``'s offsets index) when it follows
    the figure: right after it ("500 pusat kerja pintar") or after the number in words in
    brackets ("7 (tujuh) hari kerja": :data:`_SPELT_AFTER`; the Figures line and the
    fact-checker had shown a bare "7"); ``None`` for any other figure."""
    if f.kind != "count" or not f.noun:
        return None
    at = f.end
    if text[at:at + 1 + len(f.noun)] != " " + f.noun:
        m = _WORDS_IN_BRACKETS.match(text, at)
        if m is None or text[m.end():m.end() + 1 + len(f.noun)] != " " + f.noun:
            return None
        at = m.end()
    return at + 1 + len(f.noun)


def _spelt_out_masked(m: re.Match) -> str:
    """``m`` (:data:`_SPELT_AFTER`) with its bracketed words as spaces when they say the
    same number (:func:`words_value`), or are all words of a number (a longer one, or with
    its currency: :data:`_SPELT_EXTRA`), so the number is read with the noun, unit or
    percent after them ("10 (sepuluh) hari kerja" is 10 hari kerja; it had been a bare
    10, and a claim of "14 hari kerja" against a regulation's "10 (sepuluh) hari kerja"
    was "not in my sources": a blind tester's corpus); else ``m`` unchanged."""
    words = re.findall(r"[a-z]+", m.group("w").lower())
    try:
        same = words_value(m.group("w")) == int(m.group("n"))
    except (KeyError, ValueError):
        # a longer number, or one with its currency ("Rp 1.250.000.000 (satu miliar dua
        # ratus lima puluh juta rupiah)" had shown "dua ratus lima puluh juta rupiah (Rp 250
        # juta)": an attack): words of numbers only
        same = bool(words) and all(w in _WORD_VALUES or w in _WHOLE_WORD_VALUES or w in _SPELT_EXTRA
                                   or w in ("hundred", "ratus", "puluh", "belas") for w in words)
    if not same:
        return m.group()
    return m.group()[: m.start("w") - 1 - m.start()] + " " * (m.end() - m.start("w") + 1)


_SUPERSCRIPTS = re.compile(r"[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+")
#: A unit whose power a superscript writes ("km²", "KM²", "m³").
_UNIT_BEFORE_POWER = re.compile(r"(?<![^\W\d_])(?:km|cm|mm|m|ft|mi)\Z", re.IGNORECASE)


def _is_footnote_mark(text: str, at: int) -> bool:
    """Whether the superscript digits at ``at`` mark a footnote: not a unit's power
    (:data:`_UNIT_BEFORE_POWER`) nor an exponent after a digit ("1,2 × 10⁶")."""
    before = text[max(0, at - 3):at]
    return not (before[-1:].isdigit() or _UNIT_BEFORE_POWER.search(before))


#: What a rate's denominator follows: "4,5 pengguna per 100 penduduk", "3.05 access points
#: per 1,000 residents", "for every 100 people".
_DENOMINATOR_LEFT = re.compile(r"(?<![^\W\d_])(?:per|setiap|tiap|for\s+every|every)\s+\Z", re.IGNORECASE)
#: The values a rate is written per: ten, a hundred, a thousand ... a million.
_DENOMINATORS = frozenset({10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0})


def _rate_denominators(text: str, cands: list[_Cand], years: list[int | None]) -> tuple[list[_Cand], list[int | None]]:
    """A rate's denominator is no figure ("4,5 pengguna per 100 penduduk" states 4,5, not
    100 penduduk: a tester's claim "lebih dari 12 juta orang" had been contradicted with
    "100 penduduk"); the count or number before it, in the same stretch of words (no
    clause mark, 40 characters at most), takes it into its noun ("pengguna per 100
    penduduk"), so that the rate is matched with rates only
    (:func:`bot.nouns.same_noun`). Returns ``cands`` and their ``years``
    without the denominators."""
    drop = set()
    for i, c in enumerate(cands):
        if c.kind not in ("count", "number") or float(c.value) not in _DENOMINATORS \
                or not _DENOMINATOR_LEFT.search(text, max(0, c.start - 12), c.start):
            continue
        drop.add(i)
        prev = cands[i - 1] if i else None
        if prev is not None and i - 1 not in drop and prev.kind in ("count", "number") and \
                c.start - prev.end <= 40 and not re.search(r"[,;:()]", text[prev.end:c.start].rstrip()[:-3] or ""):
            per = " ".join(f"per {text[c.start:c.end]} {c.noun or ''}".split())
            prev.noun = f"{prev.noun} {per}" if prev.noun else per
            prev.kind = "count"
    if not drop:
        return cands, years
    keep = [i not in drop for i in range(len(cands))]
    return [c for c, k in zip(cands, keep) if k], [y for y, k in zip(years, keep) if k]


#: One cell of a table row as the readers render it (``"<name> — <header>: <value>;
#: <header>: <value>"``, :mod:`index.readers`). A line's start opens a cell only where no
#: " — " stands before its first ";": a table's name with a colon in it ("Table 1. Palapa
#: Ring packages: length, coverage, cost and completion — Package: East; ...") is no
#: cell (a blind probe of stop 58: the row had read as naming "length, coverage, ..."
#: and no claim on the East package found it).
ROW_CELL = re.compile(r"(?:^(?![^;\n]*\s—\s)|; |— )(?P<h>[^:;—\n]{1,120}): (?P<v>[^;\n]*)")
#: The start of a table row as the readers write it (``"<name> — <header>: <value>; ..."``,
#: :func:`index.readers.table_blocks`; an HTML or DOCX table has no name), at least two
#: cells (a dateline's "JAKARTA — ... pada 2023: jumlah terbanyak" is prose); its cells
#: are :data:`ROW_CELL`.
ROW_LEAD = re.compile(
    # (a lead of up to 400 characters: a workbook's title, its sheet and a long caption;
    # a blind probe of stop 69 had "Korea National Immunization Registry and COVID-19
    # Vaccination Certificates 2019-2023 / Doses / Table 1. Vaccine doses recorded in the
    # Immunization Registry Information System, 2019-2023 (million doses)", 205 of them,
    # and its rows were read as prose: no figure of COVID-19 doses for a claim)
    r"^[^\n]{0,400}? — [^:;—\n]{1,120}: [^;\n]*; [^:;—\n]{1,120}: |^[^:;—\n]{1,120}: [^;\n]*; [^:;—\n]{1,120}: "
)


def row_cells(text: str) -> list[re.Match]:
    """The cells (:data:`ROW_CELL` matches) of the lines of ``text`` that are table rows
    (:data:`ROW_LEAD`); none of prose: "The index stands at 2.83 (rating: Good)." has
    no header "The index stands at 2.83 (rating" whose numbers would be no figures."""
    rows, at = [], 0
    for line in text.split("\n"):
        if ROW_LEAD.match(line):
            rows.append((at, at + len(line)))
        at += len(line) + 1
    if not rows:
        return []
    return [m for m in ROW_CELL.finditer(text) if any(a <= m.start() and m.end() <= b for a, b in rows)]


#: A currency (and scale) named in a column header: "exports (USD million)", "Anggaran
#: (Rp miliar)", "budget, KRW billion", and in a dataset's snake_case ("pagu_rp_miliar",
#: "export_value_usd_million": a tester's budget table had read as Rp 1.200,0, not
#: Rp 1.200,0 miliar, and a claim of "Rp1.200 miliar" as contradicted by it).
_HEADER_SCALE = r"ribu|juta|miliar|milyar|triliun|thousands?|millions?|billions?|trillions?|rb|jt|mn|bn"
_HEADER_CODE = r"US\$|USD|IDR|Rp|KRW|EUR|JPY|SGD|GBP|CNY|AUD|HKD|\$|€|£|₩|" + _ISO
_HEADER_MONEY = re.compile(
    rf"(?<![^\W\d_])(?:(?P<c>{_HEADER_CODE})\.?(?:[\s_]*(?P<w>{_HEADER_SCALE}))?"
    rf"|(?P<w2>{_HEADER_SCALE})[\s_]+(?P<c2>{_HEADER_CODE}))(?![^\W\d_])",
    re.IGNORECASE,
)
#: A scale alone in a column header: "registered users (million)", "Pengguna (juta)",
#: "Users ('000)", "users_million", "Penduduk (juta jiwa)".
_HEADER_SCALE_ONLY = re.compile(
    rf"\(\s*(?P<w>{_HEADER_SCALE}|['’]?000s?['’]?)(?:\s+[^\W\d_]+)?\s*\)|(?:,\s*|_)(?P<w2>{_HEADER_SCALE})\s*$",
    re.IGNORECASE
)
#: A scale alone in a table's caption, for the plain cells under headers naming no unit:
#: "Table 1. Digital signature certificate users ..., 2019-2024 (million users, end of
#: year)", "(juta pengguna)", "(in thousands)" (a blind probe of stop 66 had "Kakao
#: Certificate had 43.5 million users in 2023" contradicted by the row's "Kakao
#: Certificate users: 43.5": "wrong; the source says 43.5").
_CAPTION_SCALE = re.compile(
    rf"^\s*(?:in\s+|dalam\s+)?(?P<w>{_HEADER_SCALE}|['’]?000s?['’]?)(?P<n>(?:\s+[^\W\d_]+){{0,2}})\s*(?:[,;][^()]*)?$",
    re.IGNORECASE)
#: A caption's sentence giving the scale of its figures: "Figures in thousands of
#: documents.", "All values are in millions.", "Angka dalam ribuan dokumen." (the note is
#: read by :data:`_CAPTION_SCALE`, "of" / "dari" after the scale word dropped).
_SCALE_SENTENCE = re.compile(
    r"\b(?:figures|numbers|values|data|counts|amounts|angka|nilai|jumlah)\s+(?:are\s+|is\s+|given\s+|shown\s+|disajikan\s+)?"
    r"(?:in|dalam)\s+([^.;()\u2014]+)", re.IGNORECASE)
#: Headers of a measure, not a count, which a caption's scale leaves as they are:
#: "Share of eligible residents", "Course completion rate", "Average days saved",
#: "Satisfaction score", "Indeks kepuasan", "Rata-rata jam pelatihan", "Porsi nilai",
#: "Cakupan wajib KTP" (an attack on stop 69's first version had them scaled).
_MEASURE_HEADER = re.compile(
    r"\b(?:shares?|porsi|pangsa|proporsi|persentase|percentage|percent|rates?|tingkat|rasio|ratios?|average|mean|median|"
    r"rata-rata|rerata|scores?|skor|indeks|index|satisfaction|kepuasan|days?|hari|minutes?|menit|hours?|jam|seconds?|"
    r"detik|weeks?|minggu|usia|ages?|ranks?|peringkat|coverage|cakupan|growth|pertumbuhan|change|perubahan|per)\b",
    re.IGNORECASE)
#: Units of a caption's scale note that name people or things in general ("(ribu orang)",
#: "(million people)", "(thousand units)"), which any header's count takes.
_GENERIC_UNITS = frozenset("orang jiwa people persons person units unit buah".split())


def _caption_scale_applies(note_noun: str, header: str, caption: str = "") -> bool:
    """Whether a caption's scale (:data:`_CAPTION_SCALE`, its noun ``note_noun``: "users"
    of "(million users, end of year)") is that of a cell under ``header``: no measure
    (:data:`_MEASURE_HEADER`), and the note names no thing (or people in general), or the
    header writes the thing ("Kakao Certificate users", "Registered learners") or is a
    word telling what was done alone ("Issued", "Diterbitkan"), or the ``caption`` names
    what the header does, every word of it ("Table 1. ATIGA e-Form D exchanged through the
    ASW, 2018-2022. Figures in thousands of documents." over "e-Form D exchanged", not
    "Member States live"; a blind probe of stop 70); not "Datasets offered" under
    "(million requests)" (an attack on stop 69's first version)."""
    if _MEASURE_HEADER.search(header):
        return False
    told = [w.lower() for w in re.findall(r"[^\W\d_][\w-]*", re.sub(r"\([^()]*\)", " ", header))]
    if told and all(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", caption, re.IGNORECASE) for w in told):
        return True
    noun = [w.lower() for w in re.findall(r"[^\W\d_]+", note_noun)]
    if not noun or all(w in _GENERIC_UNITS for w in noun):
        return True
    words = [w.lower() for w in re.findall(r"[^\W\d_][\w-]*", header)]
    stems = {w.rstrip("s") for w in words}
    if any(w.rstrip("s") in stems for w in noun):
        return True
    return len(words) == 1 and bool(re.fullmatch(r"\w+ed|di\w+(?:kan|i)", words[0]))
#: A percentage column: "Share (%)", "Hometax e-filing rate (%)", "Pangsa (persen)",
#: "share_pct".
_HEADER_PERCENT = re.compile(r"\(\s*(?:%|percent|persen)\s*\)|_(?:pct|percent|persen)$", re.IGNORECASE)
#: A percentage column named so, its unit unwritten: "persentase aktif", "Percentage of
#: villages active" (a number of 0-100 under it; a blind probe of stop 55's CSV had its
#: "persentase aktif: 85.4" read as a count, and a claim of "71,1%" found nothing to
#: compare).
_HEADER_PERCENT_WORD = re.compile(r"\s*(?:persentase|prosentase|percentage|percent|persen|pct)(?![^\W\d_])",
                                  re.IGNORECASE)
#: ... not one giving another unit in brackets or counting: "Persentase cakupan 4G < 50%
#: (jumlah desa)" holds counts of villages (an attack on stop 55's first version).
_HEADER_NOT_PERCENT = re.compile(r"\((?!\s*(?:%|percent|persen)\s*\))|\b(?:jumlah|number|count|banyaknya)\b",
                                 re.IGNORECASE)
#: A header of ranks: "UN E-Government Survey rank", "Peringkat EGDI", "egdi_rank".
_HEADER_RANK = re.compile(r"(?<![^\W\d_])(?:rank|ranking|peringkat)(?![^\W\d_])", re.IGNORECASE)
#: A header that counts something: "Number of export projects", "Jumlah proyek ekspor".
_HEADER_COUNT = re.compile(r"^\s*(?:number[\s_]of|no\. of|jumlah|banyaknya)[\s_]+(?P<n>.+?)\s*$", re.IGNORECASE)
#: The header of a row's year: "Year", "Tahun", "Tax year", "Survey year", "fiscal_year",
#: "Tahun anggaran", "End of year" (a tester's "Tax year: 2022" row had dated none of its figures);
#: also the year of the event the row records: "Year signed", "Contract year", "Tahun
#: kontrak" ("Country: Mongolia; Year signed: 2006; ...; Contract value: 4.2" is 2006's
#: contract; a blind probe of stop 70 had it "does not say for which year").
_HEADER_YEAR = re.compile(
    r"^\s*(?:(?:tax|survey|fiscal|financial|budget|reporting|calendar|data|reference|evaluation|assessment|review|"
    r"contract|signing|launch|award)[\s_]+|end[\s_]+of[\s_]+)?year"
    r"(?:[\s_]+(?:signed|launched|introduced|adopted|awarded|contracted))?\s*$|"
    r"^\s*tahun[\s_]+(?:kontrak|penandatanganan|peluncuran|diluncurkan|ditandatangani)\s*$|"
    # ("Tahun evaluasi: 2023" dates its row's index; corpus Y)
    r"^\s*(?:akhir[\s_]+)?tahun(?:[\s_]+(?:anggaran|pajak|survei|pelaporan|data|evaluasi|penilaian|pengukuran))?\s*$",
    re.IGNORECASE,
)
#: The status of a year's figures a year cell writes in brackets after it ("2023
#: (revised)", "2024 (angka sementara)", "2022 (p)"); also read by
#: :data:`bot.engine._STATUS_YEAR`.
YEAR_STATUS_WORDS = r"revised|revisi|final|sementara|provisional|preliminary|prelim\.?|actual|realisasi|audited|diaudit|r|p"
#: A year cell, alone or with the status of its figures in brackets: "2023", "2023
#: (provisional)", "2022 (revised)", "2024 (angka sementara)", "2024 (target)" (a blind
#: probe of stop 67: the row "Year: 2023 (provisional); ... processing days: 5.9" had been
#: dated by its document, 2024, so a claim of 5.5 days in 2023 was "not in my sources").
_YEAR_WITH_STATUS = re.compile(
    rf"\s*(?P<y>1\d{{3}}|20\d{{2}})(?:\s*\((?:angka\s+|data\s+)?(?:{YEAR_STATUS_WORDS}|target|plan|planned|rencana|"
    r"estimated?|est\.?|perkiraan|proyeksi|projected|forecast)\))?\s*", re.IGNORECASE)
#: A column of an index's or a survey's editions ("OURdata Index edition: 2023", "Edisi:
#: 2022", "Survey: 2024"): its year dates a row with no year cell of its own (a blind probe
#: of stop 57 had "Korea's rank: 2nd" of the 2023 row read undated); not a baseline's
#: ("Baseline survey: 2020" beside "Year: 2023": an attack on the first version).
_EDITION_HEADER = re.compile(r"^\s*(?!.*\bbaseline\b)(?:[\w'’().-]+[\s_]+){0,4}(?:edition|edisi|survey|survei)\s*$",
                             re.IGNORECASE)
#: A column of editions, public (:data:`_EDITION_HEADER`).
EDITION_HEADER = _EDITION_HEADER
#: The header of a row's part of a year: "Quarter", "Kuartal", "Triwulan", "Semester",
#: "Half", "Month", "Bulan", "Period", "Periode" (a blind probe of stop 46: "Quarter: Q3
#: 2023" had dated none of its row's figures, and a claim of "4.3 million in Q3 2023" was
#: "not confirmed for 2023").
HEADER_PERIOD = re.compile(
    r"^\s*(?:quarter|kuartal|kwartal|triwulan|semester|half|month|bulan|period|periode)\s*$", re.IGNORECASE)
#: A period cell: a part of a year and one year, in either order ("Q3 2023", "2023 Q3",
#: "Triwulan III 2023", "March 2024", "H1 2023").
_PERIOD_YEAR = re.compile(
    r"(?:[^\W\d_][\w.]*\s+){0,2}(?P<y>(?:19|20)\d{2})|(?P<y2>(?:19|20)\d{2})[\s-]*(?:[^\W\d_][\w.]*)",
    re.IGNORECASE)


def row_period(text: str) -> tuple[str, int] | None:
    """The period cell of table row ``text`` (a header of :data:`HEADER_PERIOD` over a
    part of a year and one year, :data:`_PERIOD_YEAR`) as ``(label, year)``, the label
    its header and value together so the part reads whole ("Quarter Q3 2023", "Triwulan
    III 2023", "Month March 2024"); ``None`` for a row without one or prose. A row whose
    period is a whole year ("Period: 2023", "Periode: Total 2023") has one too: the caller
    reads whether the label names a part (:func:`bot.quotes.year_parts`)."""
    part = None
    for m in row_cells(text):
        if HEADER_PERIOD.search(m.group("h")):
            y = _PERIOD_YEAR.fullmatch(m.group("v").strip())
            if y:
                return f"{m.group('h').strip()} {m.group('v').strip()}", int(y.group("y") or y.group("y2"))
            if part is None and not re.search(r"\d{3}", m.group("v")):
                part = m
    if part is not None:
        # the part in its own cell beside a year column's ("Tahun: 2024; Triwulan: T4",
        # "Year: 2023; Quarter: Q2", "Tahun: 2024; Triwulan: Setahun" for the whole year;
        # a blind probe of stop 55 had "total insiden ... 2024" answered with the T4 row)
        year = next((m for m in row_cells(text) if _SPLIT_YEAR_HEADER.fullmatch(m.group("h"))
                     and re.fullmatch(r"\s*(?:19|20)\d{2}\s*", m.group("v"))), None)
        if year is not None:
            return f"{part.group('h').strip()} {part.group('v').strip()} {year.group('v').strip()}", int(year.group("v"))
    return None


#: The header of a column of years beside a column of parts of them (:func:`row_period`).
_SPLIT_YEAR_HEADER = re.compile(r"\s*(?:year|tahun|fiscal year|tahun anggaran|fy|ta)\s*", re.IGNORECASE)


#: A year column naming when figures were evaluated, not what year they are of, when the
#: row also has the data's year ("Tahun data", "Reference year").
_EVALUATION_YEAR = re.compile(r"\b(?:evaluasi|penilaian|pengukuran|evaluation|assessment|review)\b", re.IGNORECASE)
#: A table of changes ("Change in ranking versus 2022", "Perubahan peringkat"): its name's
#: year is the base of the changes, not the year of its cells.
_CHANGE_CAPTION = re.compile(r"\b(?:change|perubahan|kenaikan|penurunan|selisih)\b", re.IGNORECASE)
#: A span of years in a table's name ("2022-2023", "2020–2024", "2023/24"): no one year.
_YEAR_SPAN = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*[-–/]\s*(?:(?:19|20)\d{2}|\d{2})(?!\d)")
#: A year in a column header ("Peringkat 2021", "indeks_spbe_2022", "Skor IKCI 2019 (skala 1-5)").
_HEADER_YEAR_IN = re.compile(r"(?<!\d)(?:19\d{2}|20\d{2})(?!\d)")
#: A column header naming money (its cells take the currency of the table name's units
#: note, "(Rp miliar)"): budgets, spending, costs, funds, grants, revenue, exports.
_HEADER_MONEY_WORD = re.compile(
    r"(?<![^\W\d_])(?:anggar|budget|belanja|spend|pengeluaran|alokasi|allocat|biaya|cost|harga|price|dana\b|"
    r"fund|pagu|pendapatan|revenue|ekspor|export|impor|import|investasi|invest|kontrak|contract|hibah|grant|"
    r"pinjaman|loan|realisasi|disburse|pencairan|"
    # ... a tax or a payment: "BPHTB total", "PBB-P2 dibayar online" under "Tabel 2.
    # Penerimaan BPHTB dan PBB-P2 (Rp triliun)" (a blind probe of stop 69 had them bare)
    r"pajak|tax|bphtb|pbb-p2|pnbp|retribusi|dibayar|pembayaran|payments?\b|tarif|fees?\b)",
    re.IGNORECASE,
)
#: The header of a row's indicator cell ("Indicator: Public MyData transmissions
#: (million)", "Uraian: ..."): what the row's year columns count (:data:`_YEAR_ONLY_HEADER`).
_INDICATOR_HEADER = re.compile(
    r"\s*(?:indicators?|indikator|measures?|metrics?|items?|uraian|rincian|variables?|variabel|series|"
    r"descriptions?|deskripsi|statistics?|statistik)\s*",
    re.IGNORECASE,
)
#: The header of a row's indicator cell, public (:data:`_INDICATOR_HEADER`).
INDICATOR_HEADER = _INDICATOR_HEADER
#: A column header that names no measure, only that its cells are the values ("value",
#: "nilai", "obs_value"): in data laid out one figure a row ("year: 2023; metric: Online
#: permit applications; value: 2131000; unit: applications"), the row's indicator cell
#: (:data:`_INDICATOR_HEADER`) says what is counted and its unit cell (:data:`_UNIT_HEADER`)
#: in what (a blind probe of stop 47: every such row's figure had been a count of "value").
_VALUE_HEADER = re.compile(r"\s*(?:values?|nilai|angka|obs[\s_]?value|observation|data[\s_]value|amount|figures?|"
                           r"jumlah|count|data)\s*",  # ("Item: User accounts; Figure: 5,480", a stop-57 probe)
                           re.IGNORECASE)
#: A column header naming only a value, public (:data:`_VALUE_HEADER`).
VALUE_HEADER = _VALUE_HEADER
#: The header of a row's unit cell: "unit", "units", "satuan", "unit of measure", "uom".
#: A unit cell of a percentage: "%", "percent", "% of population", "persen penduduk".
_UNIT_PERCENT = re.compile(r"\s*(?:%|percent|persen)(?![^\W\d_])", re.IGNORECASE)
_UNIT_HEADER = re.compile(r"\s*(?:units?|satuan|unit[\s_]+of[\s_]+measure(?:ment)?|uom)\s*", re.IGNORECASE)
#: A column header that is a year alone, maybe with a note ("2022", "2022 (revised)",
#: "FY2024", "TA 2025"): it names the figure's year, not what is counted; the row's
#: indicator cell (:data:`_INDICATOR_HEADER`) names that. A row named by a country or an
#: agency ("Country: Korea") keeps the header: Korea is not what is counted.
_YEAR_ONLY_HEADER = re.compile(
    r"\s*(?:(?:TA|FY|tahun|year)\s*)?(?:19\d{2}|20\d{2})(?:\s*[/-]\s*\d{2,4})?\s*(?:\([^()]*\))?\s*", re.IGNORECASE
)
_PART_OF_YEAR = (r"(?:Q[1-4]|H[12]|TW\.?\s?(?:IV|I{1,3}|[1-4])|(?:quarter|kuartal|kwartal|triwulan|semester)\s+"
                 r"(?:IV|I{1,3}|[1-4]|T[1-4]|Q[1-4])|(?:" + _MONTHS + r")\.?)")
#: A column header that is a part of a year and its year alone, in either order ("Q3
#: 2023", "Triwulan III 2023", "March 2024", "2023 Q3"): its cells are what the row's
#: indicator cell or, failing one, the table's name says (a blind probe of stop 55: "Table
#: 1. NIB issued by sector, Q1-Q3 2023 — Sector: Total; ...; Q3 2023: 412,587" had counted
#: 412,587 "q3 2023", and the claim "OSS issued 412,587 NIB in the third quarter of 2023"
#: was "not in my sources").
PERIOD_ONLY_HEADER = re.compile(
    rf"\s*(?:{_PART_OF_YEAR}\s*(?:19|20)\d{{2}}|(?:19|20)\d{{2}}\s*{_PART_OF_YEAR})\s*(?:\([^()]*\))?\s*", re.IGNORECASE)
#: A table's number before its name: "Table 1.", "Tabel 3:", "Figure 2 -".
#: A table's or figure's number opening its caption ("Table 1.", "Tabel 2:", "Gambar 3"):
#: no figure of what the table holds.
TABLE_NUMBER = re.compile(r"^\s*(?:table|tabel|figure|gambar|chart|grafik)\s*[\w.]*\s*[.:-]?\s*", re.IGNORECASE)


def _caption_noun(caption: str) -> str | None:
    """What a table's name says its cells count, for a column header that is only a
    period: the name without its number and its trailing period or year ("Table 1. NIB
    issued by sector, Q1-Q3 2023" -> "NIB issued by sector"), with its units note
    ("Median processing time by risk level (working days)"); ``None`` when nothing with a
    letter is left."""
    name = TABLE_NUMBER.sub("", caption)
    note = re.search(r"\(([^()\d]*[^\W\d_][^()\d]*)\)", name)  # a units note: "(working days)"
    name = re.split(r"\s*(?:,|\(|\b(?:in|for|pada|tahun|per)\s+(?:19|20)\d{2}|(?<!\w)(?:19|20)\d{2}\b|"
                    + _PART_OF_YEAR + r"\b)", name, maxsplit=1, flags=re.IGNORECASE)[0].strip(" .:;-–")
    if not re.search(r"[^\W\d_]", name):
        return None
    return f"{name} ({note.group(1).strip()})" if note and note.group(1).strip().lower() not in name.lower() else name



def _header_scale(word: str | None) -> float:
    """The scale a header's word gives ("million": 1e6, "miliar": 1e9, "'000": 1e3); 1 for none."""
    word = (word or "").lower().strip("'’")
    if word in ("000", "000s"):
        return 1e3
    return _SCALE_WORDS.get(word, _SCALE_WORDS.get(word.rstrip("s"), 1.0)) if word else 1.0


def _table_cells(
    text: str, cands: list[_Cand], years: list[int | None], cells: list[re.Match]
) -> list[int | None]:
    """Read a table row's plain numbers by their column headers (``cells``:
    :func:`row_cells` of ``text``; ``cands`` changed in place; returns the years): a cell holding only a number under a header naming a
    currency is an amount in it, at the header's scale ("E-Government exports (USD
    million): 148.76" is USD 148.76 million, "Anggaran (miliar KRW): 41,8" KRW 41,8
    miliar; the surface stays "148.76"); under "Number of X" / "Jumlah X" a count of X,
    under "X (million)" a count of X at that scale ("Government24 registered users
    (million): 25.1" is 25.1 million registered users); under a header with "rank" /
    "peringkat" a rank ("UN E-Government Survey rank: 3"); under "(%)" a percentage
    ("Share (%): 47.9"); "Users ('000): 24,900" is 24,900 thousand users; under any other header a
    count of what the header says ("e-People petitions received: 3,120,000"); a figure of a row with a "Year" / "Tahun" cell
    refers to that year, and one under a header naming a year ("Peringkat 2021: 8") to
    the header's year, unless the year opens a running total ("Peserta kumulatif sejak
    2021: 180.839" is of no one year). Under a header that is a year alone ("2022 (revised): 7.05") or
    names only a value (:data:`_VALUE_HEADER`: "value: 2131000") the row's indicator cell
    (:data:`_INDICATOR_HEADER`) says what is counted and in what unit, and its unit cell
    (:data:`_UNIT_HEADER`: "unit: million users") the unit and scale; a units note in the table's name ("Tabel 1. ... (Rp miliar) — ...") is the
    currency of the plain cells under a header naming money (:data:`_HEADER_MONEY_WORD`)
    or a bare year, and a scale alone there ("(million users, end of year)",
    :data:`_CAPTION_SCALE`) the scale of the counts under headers naming no unit and
    the note's thing (:func:`_caption_scale_applies`). Text that is not a table row is left as it is."""
    if not cells:
        return years
    # a units note in the table's name ("Tabel 1. Pagu indikatif per kementerian/lembaga
    # (Rp miliar) — ...") is the currency and scale of the plain cells under a header naming
    # money or a bare year (not "Aplikasi: 350", a tester's attack), unless the header has its own
    lead = text[: cells[0].start()] if " — " in text[: cells[0].start() + 3] else ""
    table_money = next((m for note in re.findall(r"\(([^()]*)\)", lead) for m in [_HEADER_MONEY.search(note)] if m), None)
    # ... and a scale alone there ("(million users, end of year)") that of the plain cells
    # under headers naming no unit of their own
    # (or a sentence of the caption saying so: "Figures in thousands of documents.", "Angka
    # dalam ribuan dokumen."; a blind probe of stop 70 had "1,310.9" read as a bare
    # number, contradicting "More than 1.3 million e-Form D ... in 2021")
    notes = [*re.findall(r"\(([^()]*)\)", lead),
             *(re.sub(r"^(\S+)\s+(?:of|dari)\s+", r"\1 ", m.group(1).strip()) for m in _SCALE_SENTENCE.finditer(lead))]
    notes = [re.sub(r"\b(ribu|juta|miliar|milyar|triliun)an\b", r"\1", n, flags=re.IGNORECASE) for n in notes]  # ("dalam ribuan")
    table_scale = next(((_header_scale(m.group("w")), m.group("n")) for note in notes
                        for m in [_CAPTION_SCALE.match(note)] if m), None)
    row_year = None
    for m in cells:
        cell_year = _YEAR_WITH_STATUS.fullmatch(m.group("v"))
        if _HEADER_YEAR.match(m.group("h")) and cell_year:
            if row_year is None or not _EVALUATION_YEAR.search(m.group("h")):
                row_year = int(cell_year.group("y"))  # (the data's year over the evaluation's: "Tahun data: 2022; Tahun evaluasi: 2023")
    if row_year is None:  # an edition's year
        row_year = next((int(m.group("v")) for m in cells if _EDITION_HEADER.match(m.group("h"))
                         and re.fullmatch(r"\s*(?:1\d{3}|20\d{2})\s*", m.group("v"))), None)
    if row_year is None:
        # a part of a year: "Quarter: Q3 2023", "Triwulan: III 2023", "Month: March 2024"
        # (its part stays in the cell: bot.factcheck._same_part_of_year reads it)
        period = next((y for m in cells if HEADER_PERIOD.search(m.group("h"))
                       for y in [_PERIOD_YEAR.fullmatch(m.group("v").strip())] if y), None)
        if period is not None:
            row_year = int(period.group("y") or period.group("y2"))
    caption = lead.rsplit(" — ", 1)[0]
    if row_year is None and caption and not _YEAR_SPAN.search(caption):
        # a table named for one year ("Table 1. Digital ID adoption ..., end-2024",
        # "oecd-dgi-2023-scores"): its undated cells are of that year (a tester's claim of
        # ThaID users "at the end of 2023" had been contradicted with the end-2024 row); a
        # row's own year cell ("End of year: 2024") comes first
        # (not a year the running total starts from or the change is measured against:
        # "... kumulatif ... sejak 2021", "Change in ranking versus 2022")
        named = {m.group() for m in _HEADER_YEAR_IN.finditer(caption)
                 if not _SINCE_LEFT.search(caption, 0, m.start()) and not _COMPARE_LEFT.search(caption, 0, m.start())}
        if len(named) == 1 and not _CHANGE_CAPTION.search(caption):
            row_year = int(named.pop())
    out = list(years)
    for i, c in enumerate(cands):
        cell = next((m for m in cells if m.start("v") <= c.start and c.end <= m.end("v")), None)
        if cell is None:
            continue
        count_header = _HEADER_COUNT.match(cell.group("h"))
        if c.kind == "year" and row_year is not None and count_header and cell.group("v").strip() == text[c.start:c.end] \
                and not _HEADER_YEAR_IN.search(cell.group("h")):
            # a year-like number under a count's header, the row dated by its year cell:
            # "Tahun: 2022; Jumlah BTS 4G Terbangun: 2019" built 2019 BTS (an attack on stop 58
            # had it read as a year)
            c.kind, c.noun = "count", count_header.group("n").replace("_", " ").strip().lower() or None
            out[i] = row_year
            continue
        # (a footnote's mark after the number is no part of it: "PBB-P2 total: 28,9*")
        if c.kind in ("number", "count") and cell.group("v").strip().rstrip("*\u2020\u2021") == text[c.start:c.end]:
            header = cell.group("h")
            period_only = PERIOD_ONLY_HEADER.fullmatch(header) is not None
            year_only = period_only or _YEAR_ONLY_HEADER.fullmatch(header) is not None
            value_only = _VALUE_HEADER.fullmatch(header) is not None
            if year_only or value_only:  # "2022 (revised): 7.05", "value: 2131000": the row's indicator says what
                header = next((m.group("v").strip() for m in cells if _INDICATOR_HEADER.fullmatch(m.group("h"))
                               and re.search(r"[^\W\d_]", m.group("v"))),
                              # ("Q3 2023: 412,587" under "Table 1. NIB issued by sector, Q1-Q3 2023";
                              # "2024: 15" under "... / Table 1. Foreign officials trained ..., by
                              # country and year (persons)": a blind probe of stop 59 had the year
                              # as the noun, so "Rwanda sent 13 trainees in 2024" found no count)
                              (period_only and caption and _caption_noun(caption))
                              or (year_only and not _header_unit(header) and caption
                                  and _caption_noun(caption.rsplit(" / ", 1)[-1])) or header)
                unit = next((m.group("v").strip() for m in cells if _UNIT_HEADER.fullmatch(m.group("h"))), "")
                if unit and not re.search(r"\d", unit) and not set(unit.lower().split()) <= set(header.lower().split()):
                    # ... and its unit cell in what ("unit: million users", "satuan: Rp miliar",
                    # "unit: percent"), read as a header's note: "Registered users (million users)"
                    # ("% of population", "persen penduduk": a percentage, a blind probe of stop 49)
                    header = f"{header} ({'%' if _UNIT_PERCENT.match(unit) else unit})"
            elif not _header_unit(header) and not _INDICATOR_HEADER.fullmatch(header):
                # a column named by a thing compared ("Busan Eco Delta City: 142.6") under an
                # item naming the measure and its unit ("Item: National funding (KRW
                # billion)"): the item says what the cells are (a blind probe of stop 57 had
                # them counts of "busan eco delta city")
                header = next((m.group("v").strip() for m in cells if _INDICATOR_HEADER.fullmatch(m.group("h"))
                               and _header_unit(m.group("v"))), header)
            money = _HEADER_MONEY.search(header)
            count = _HEADER_COUNT.match(header)
            scaled = _HEADER_SCALE_ONLY.search(header)
            if (not money and table_money and not count and not scaled and not _HEADER_PERCENT.search(header)
                    and not _HEADER_RANK.search(header) and (year_only or _HEADER_MONEY_WORD.search(header))):
                money = table_money  # a column of money: "Pagu TA 2025", "Belanja TIK" (not "Aplikasi")
            if money:
                code = (money.group("c") or money.group("c2")).upper()
                unit = _CURRENCY_CODES.get(code, _CURRENCY_CODES.get(code.rstrip("."), code))
                scale = _header_scale(money.group("w") or money.group("w2"))
                c.kind, c.unit, c.scale, c.value = "amount", unit, scale, c.value * scale
            elif _HEADER_RANK.search(header) and not scaled and c.value == int(c.value) and 0 < c.value < 1000:
                c.kind = "rank"
            elif _HEADER_PERCENT.search(header) or (
                    _HEADER_PERCENT_WORD.match(header) and not _HEADER_NOT_PERCENT.search(header)
                    and c.kind == "number" and not scaled and 0 <= c.value <= 100):
                c.kind, c.unit = "percent", "%"
            elif count or scaled or (c.kind == "number" and c.scale == 1.0):
                scale = _header_scale(scaled.group("w") or scaled.group("w2")) if scaled else 1.0
                if not scaled and c.scale == 1.0 and table_scale and not _header_unit(header, at_end=True) \
                        and _caption_scale_applies(table_scale[1], header, caption):
                    scale = table_scale[0]  # "Kakao Certificate users: 43.5" under "... (million users)"
                noun = count.group("n") if count else header[: scaled.start()] if scaled else header
                noun = _HEADER_SCALE_ONLY.sub("", noun).replace("_", " ").strip(" ,").lower()
                c.kind, c.noun, c.scale, c.value = "count", noun or None, scale, c.value * scale
            elif (c.kind == "number" and not _HEADER_MONEY_WORD.search(header) and not _VALUE_HEADER.fullmatch(header)
                  and not _YEAR_ONLY_HEADER.fullmatch(header) and not PERIOD_ONLY_HEADER.fullmatch(header)):
                # a number with its scale word under a header naming what it counts
                # ("Documents processed: 24.7 million"; a blind probe of stop 58 had a claim
                # of "24.7 million documents" not in my sources): its scale stays its own
                noun = _HEADER_SCALE_ONLY.sub("", header).replace("_", " ").strip(" ,").lower()
                c.kind, c.noun = "count", noun or None
        header_year = _HEADER_YEAR_IN.search(cell.group("h"))
        if header_year and _SINCE_LEFT.search(cell.group("h")[: header_year.start()]):
            out[i] = None  # "Peserta kumulatif sejak 2021: 180.839" is a running total, of no one year
        elif header_year and c.kind != "year":
            out[i] = int(header_year.group())  # "Peringkat 2021: 8" is the rank of 2021
        elif out[i] is None and row_year is not None and c.kind != "year":
            out[i] = row_year
    return out


# --------------------------------------------------------------------------- #
# Display
# --------------------------------------------------------------------------- #


def _header_unit(header: str, at_end: bool = False) -> bool:
    """Whether a column header or an item cell names a unit: a currency, a scale, a
    percentage or a rank, or a note in brackets ("National funding (KRW billion)", "Area
    (ha)", "Share (%)"); with ``at_end``, only a note ending the header ("Messages sent
    (count)", not "Joint (formerly accredited) certificate users")."""
    note = r"\([^()]*[^\W\d_][^()]*\)" + (r"\s*$" if at_end else "")
    return bool(_HEADER_MONEY.search(header) or _HEADER_SCALE_ONLY.search(header) or _HEADER_PERCENT.search(header)
                or _HEADER_RANK.search(header) or re.search(note, header))


def source_decimal(fig: Figure) -> Decimal:
    """The number as the figure writes it, before its scale, with its digits ("3.0" of
    "3.0 trillion won" is ``Decimal("3.0")``; the trailing zero is kept)."""
    return _source_decimal(fig)


def _source_decimal(fig: Figure) -> Decimal:
    """The number as written before its scale, with the source's digits."""
    m = _FIRST_NUM.search(fig.surface)
    if m:
        for conv in ("id", "en", _AUTO):
            try:
                d = _parse_decimal(m.group(), conv)
            except ValueError:
                continue
            for signed in (d, -d):
                if _close(_scaled(signed, fig.scale), fig.value):
                    return signed
    try:
        d = Decimal(repr(fig.value / fig.scale))
    except (InvalidOperation, ZeroDivisionError):
        d = Decimal(repr(fig.value))
    if d == d.to_integral_value():
        d = d.quantize(Decimal(1))
    return d


def _fmt_decimal(d: Decimal, locale: str, group: bool = True) -> str:
    exp = d.as_tuple().exponent
    decimals = max(0, -exp) if isinstance(exp, int) else 0
    pattern = ("#,##0" if group else "0") + ("." + "0" * decimals if decimals else "")
    with localcontext(_EXACT):
        return format_decimal(d, format=pattern, locale=locale)


def _ordinal_en(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def format_figure(fig: Figure, lang: str) -> str:
    """Render a figure's normalised form in the reader's language.

    Args:
        fig: a Figure (normally from ``extract_figures``).
        lang: ``"en"`` or ``"id"`` (the reader's language).

    Returns:
        The number formatted by Babel (``format_decimal``, locales ``en``/``id``)
        with exactly the source's digits: the display scale is the source's scale
        and the decimals are the source's decimals (``USD148,76 juta`` -> en
        ``"USD 148.76 million"``, id ``"USD 148,76 juta"``; ``USD9,87 juta`` stays
        9.87 million, never 9,870,000; ``2.50`` keeps its zero). Per kind:
        amount ``"<CODE> <n>[ <scale word>]"`` (IDR shows as ``Rp`` in id);
        percent ``"<n>%"`` (``pp``: ``"<n> percentage points"``/``"<n> poin
        persentase"``); multiple en ``"<n>x"``, id ``"<n> kali lipat"``; year the
        plain digits (``"2010"``); rank en ``"ranked <n>th"``, id ``"peringkat
        ke-<n>"``; count/number ``"<n>[ <scale word>]"`` (``"2,000"``/``"2.000"``).
        ``extract_figures(format_figure(f, L), L)`` gives back ``f.value``. A
        duration in two parts (:func:`joined_duration`) is returned as written.

    Raises:
        ValueError: ``lang`` is not "en"/"id".

    Rule source: this module's "Display" rules; Babel/CLDR for separators.
    """
    conv = _conv(lang)
    if conv == _AUTO:
        raise ValueError("format_figure needs lang 'en' or 'id'")
    if joined_duration(fig):
        return fig.surface  # "7 minutes 58" as written: its 478 seconds are no number of the source's
    d = _source_decimal(fig)
    if fig.kind == "year" and d == d.to_integral_value():
        return str(int(d))
    if fig.kind == "rank" and d == d.to_integral_value():
        n = int(d)
        return f"ranked {_ordinal_en(n)}" if conv == "en" else f"peringkat ke-{n}"
    num = _fmt_decimal(d, conv)
    sw = _SCALE_DISPLAY[conv].get(fig.scale)
    if sw is None and fig.scale != 1.0:  # an unknown scale: show the full value
        num = _fmt_decimal(Decimal(repr(fig.value)), conv)
    scaled = f"{num} {sw}" if sw else num
    if fig.kind == "amount" and fig.unit:
        code = "Rp" if (fig.unit == "IDR" and conv == "id") else fig.unit
        if d < 0:  # "-USD 5.50 million", as Babel writes "-$5.50"
            return "-" + code + " " + scaled.lstrip("-\u2212")
        return f"{code} {scaled}"
    if fig.kind == "percent":
        if fig.unit == "pp":
            return f"{num} percentage points" if conv == "en" else f"{num} poin persentase"
        return f"{num}%"
    if fig.kind == "multiple":
        return f"{num}x" if conv == "en" else f"{num} kali lipat"
    return scaled


# --------------------------------------------------------------------------- #
# Comparison helpers for evaluators
# --------------------------------------------------------------------------- #


def _bare_value(fig: Figure) -> float:
    return float(_source_decimal(fig)) if fig.scale != 1.0 else fig.value


def number_values(text: str, lang: str | None = None) -> set[float]:
    """All numeric values a text states.

    Args:
        text: any text.
        lang: ``"id"``, ``"en"`` or ``None`` (auto: both separator conventions;
            a lone ``.``/``,`` followed by exactly three digits reads as thousands).

    Returns:
        A set of floats: each figure's value in base units and, for a scaled
        figure, also the number as written before the scale
        (``"USD148,76 juta"`` -> ``{148760000.0, 148.76}``). Years, ranks,
        percentages and multiples contribute their value. Identifiers (``G20``,
        phone numbers, ``e-Government 2.0``) contribute nothing.

    Raises:
        ValueError: an unsupported ``lang``.

    Rule source: ``extract_figures``; the bare value is added so that an item
    like ``"148,76"`` matches a reply saying ``"USD148,76 juta"``.
    """
    out: set[float] = set()
    for f in extract_figures(text, lang):
        out.add(f.value)
        if f.scale != 1.0:
            out.add(_bare_value(f))
    return out


def _norm_ws(s: str) -> str:
    return " ".join(s.split()).casefold()


def _bounded_substring(hay: str, needle: str) -> bool:
    """``needle`` occurs in ``hay`` and, where it starts/ends with a digit, not inside a
    longer number (``"500"`` is not in ``"5000"``, ``"7"`` not in ``"2007"``)."""
    if not needle:
        return False
    check_left, check_right = needle[0].isdigit(), needle[-1].isdigit()
    i = hay.find(needle)
    while i >= 0:
        j = i + len(needle)
        left_ok = not check_left or not (
            (i >= 1 and hay[i - 1].isdigit()) or (i >= 2 and hay[i - 1] in ".," and hay[i - 2].isdigit()))
        right_ok = not check_right or not (
            (j < len(hay) and hay[j].isdigit())
            or (j + 1 < len(hay) and hay[j] in ".," and hay[j + 1].isdigit()))
        if left_ok and right_ok:
            return True
        i = hay.find(needle, i + 1)
    return False


def _units_compatible(a: Figure, b: Figure) -> bool:
    return a.unit is None or b.unit is None or a.unit == b.unit


def mentions(reply: str, item: str, lang: str | None = None) -> bool:
    """Whether ``reply`` mentions ``item`` (a must-mention string, e.g. ``"148,76"``).

    Args:
        reply: the text searched (a bot reply or a cited passage).
        item: what must be mentioned: words and/or numbers in any format
            (``"USD 148.76 million"``, ``"148,76"``, ``"2.000 sistem"``).
        lang: the reply's language (``"id"``/``"en"``) or ``None`` for auto; the
            item is always read in auto mode.

    Returns:
        True if the whitespace-normalised, case-folded item is a substring of
        the reply that, where the item starts or ends with a digit, is not part
        of a longer number (``"500"`` is not found in ``"5000"``, nor ``"7"`` in
        ``"2007"``, nor ``"2,23"`` in ``"2,235"``); or the item has at least one figure and every item figure
        matches some reply figure: equal values (relative tolerance 1e-9) in base
        units, or, for an unscaled item figure, equal to the reply figure's number
        before its scale (``"148,76"`` matches ``"USD148,76 juta"``), and the two
        do not name different units (``USD 5 juta`` is not ``KRW 5 juta``; a
        missing unit on either side is allowed); a date ("26 March 2025") only as written
        (the set gives its other spellings as alternatives). Otherwise False.

    Raises:
        ValueError: an unsupported ``lang``.

    Rule source: this module; kinds are not compared (``peringkat pertama``
    matches ``ranked 1st`` and also a bare ``1``), units are.
    """
    if _bounded_substring(_norm_ws(reply), _norm_ws(item)):
        return True
    if re.search(r"\d", item) and any(w in _MONTH_SET for w in re.findall(r"[^\W\d_]+", item.lower())):
        return False  # a date is matched as written: its day is no figure ("26 March 2025" is not "2025")
    item_figs = extract_figures(item, None)
    if not item_figs:
        return False
    reply_figs = extract_figures(reply, lang)
    for f in item_figs:
        ok = False
        for g in reply_figs:
            if not _units_compatible(f, g):
                continue
            if _close(f.value, g.value) or (
                    f.scale == 1.0 and g.scale != 1.0 and _close(f.value, _bare_value(g))):
                ok = True
                break
        if not ok:
            return False
    return True


def same_number(a: str, b: str, lang: str | None = None) -> bool:
    """Whether two strings state the same number(s).

    Args:
        a, b: short strings such as ``"148,76"``, ``"148.76"``,
            ``"USD148,76 juta"``, ``"USD 148.76 million"``.
        lang: the convention of both (``"id"``/``"en"``) or ``None`` for auto.

    Returns:
        True when both contain the same non-empty sequence of figures with
        equal values in base units (relative tolerance 1e-9) and no conflicting
        units: ``same_number("USD148,76 juta", "USD 148.76 million")`` and
        ``same_number("2.000", "2,000")`` are True; ``"148.76"`` vs ``"148.76
        million"`` is False (use ``mentions`` for that leniency). Strings with no
        figure fall back to ``parse_number``; anything unparsable gives False.

    Raises:
        ValueError: an unsupported ``lang``.

    Rule source: this module.
    """
    fa, fb = extract_figures(a, lang), extract_figures(b, lang)
    if not fa or not fb:
        try:
            return _close(parse_number(a, lang), parse_number(b, lang))
        except ValueError:
            return False
    return len(fa) == len(fb) and all(
        _close(x.value, y.value) and _units_compatible(x, y) for x, y in zip(fa, fb)
    )


def _canonical(f: Figure) -> str:
    d = Decimal(repr(f.value)).normalize()
    num = format(d, "f")
    if f.kind == "amount" and f.unit:
        return f"{f.unit} {num}"
    if f.kind == "percent":
        return f"{num} pp" if f.unit == "pp" else f"{num}%"
    if f.kind == "multiple":
        return f"{num}x"
    if f.kind == "rank":
        return f"#{num}"
    return num


def normalise_numbers(text: str, lang: str | None = None) -> str:
    """Rewrite every figure of ``text`` in one canonical, language-neutral form.

    Args:
        text: any text.
        lang: ``"id"``, ``"en"`` or ``None`` (auto).

    Returns:
        The text with each figure's surface replaced by its value in base units,
        without grouping, with ``.`` as decimal point: amounts ``"USD 148760000"``,
        percentages ``"123%"`` (``"5 pp"``), multiples ``"2x"``, ranks ``"#1"``,
        years/counts/numbers the plain value (``"2000"``; a count's noun stays in
        the text). ``"USD148,76 juta"`` and ``"US$148.76 million"`` both become
        ``"USD 148760000"``, so normalised strings can be compared as substrings.

    Raises:
        ValueError: an unsupported ``lang``.

    Rule source: ``extract_figures``.
    """
    out, pos = [], 0
    for f in extract_figures(text, lang):
        out.append(text[pos:f.start])
        out.append(_canonical(f))
        pos = f.end
    out.append(text[pos:])
    return "".join(out)


def numbers_in(text: str) -> list[str]:
    """Every digit-bearing token of a text, as written.

    Args:
        text: any text.

    Returns:
        In order of appearance, each whitespace-separated token that contains a
        digit, with surrounding punctuation stripped (leading ``([{"'``, trailing
        ``.,;:!?)]}"'-``): ``"USD148,76 juta;"`` gives ``"USD148,76"``, ``"2010,"``
        gives ``"2010"``, ``"e-Government 2.0"`` gives ``"2.0"``, ``"G20"`` stays
        ``"G20"``. A phone number with spaces (``+62 21 555 1234``) and a number
        grouped with no-break/thin spaces are one token each.
        Use ``mentions(passage, token)`` to check that each is backed by a
        source.

    Raises:
        nothing.

    Rule source: this module.
    """
    # Glue the spaces inside phone numbers and typographic thousands groups
    # (same length, so spans map back to ``text``), then split on whitespace.
    chars = list(text)
    for m in _PHONE.finditer(text):
        if sum(ch.isdigit() for ch in m.group()) >= 7:
            for k in range(m.start(), m.end()):
                if chars[k].isspace():
                    chars[k] = "\x00"
    for m in _GROUP_SPACE_BETWEEN_DIGITS.finditer(text):
        chars[m.start()] = "\x00"
    glued = "".join(chars)
    out: list[str] = []
    for m in _TOKEN.finditer(glued):
        tok = _strip_token(text[m.start():m.end()])
        if any(ch.isdigit() for ch in tok):
            out.append(tok)
    return out


def _strip_token(tok: str) -> str:
    """Strip surrounding punctuation, keeping balanced parentheses: ``(021)`` stays."""
    while True:
        before = tok
        if tok[:1] in _LEAD_PUNCT and not (tok[0] == "(" and ")" in tok[1:]):
            tok = tok[1:]
        if tok[-1:] and tok[-1] in _TRAIL_PUNCT and not (tok[-1] == ")" and "(" in tok[:-1]):
            tok = tok[:-1]
        if tok == before:
            return tok


def kinds_may_match(a: str, b: str) -> bool:
    """Whether figures of kinds ``a`` and ``b`` (:attr:`bot.types.Figure.kind`) may state
    one thing: the same kind, or a bare number and a count (a percentage or an amount is
    never a bare number: "64 persen" is no "64" of "dikoreksi menjadi 58, bukan 64")."""
    return a == b or {a, b} == {"number", "count"}
