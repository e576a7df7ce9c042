"""Paragraph-aware chunking of documents into passages, and sentence splitting.

A document's canonical text is its blocks joined with ``"\\n"``; every span here is a
character span into that text, so ``text[start:end]`` is always the exact source text
that a citation quotes.

Rules (version :data:`CHUNKER_VERSION`, recorded in the index manifest):

- A ``row`` block (a table row with its headers) is always one passage by itself, and so
  is a ``note`` block (a note under a table's rows) of at most ``max_chars``.
- A ``question`` block (an interview question) starts a new passage and keeps at least
  the first paragraph of its answer with it, even past ``max_chars`` (up to
  ``2 * max_chars``), so a question is never cut from its answer.
- Neighbouring paragraphs are joined while the passage stays within ``max_chars``.
- A paragraph longer than ``max_chars`` is cut at sentence ends into pieces of at most
  ``max_chars``; a sentence longer than :data:`MAX_SENTENCE_CHARS` is first cut at a
  comma or a space (version 3; before, it stayed whole: a 200 KB line became one passage).
- Sentences do not end after a title or an address's abbreviation ("Dr.", "Jl.", "Kav.",
  "Kec."; version 4 added the Indonesian address words: a press release's footer "Jl.
  Jenderal Sudirman Kav. 69, Jakarta Selatan." had left "69, Jakarta Selatan." a
  sentence, which a reply quoted). Version 5: nor after a month's abbreviation before a
  day ("SEJONG, Feb. 12 (MOIS) — Citizens ..." had been quoted from "12 (MOIS) —").
  Version 6: a table row (up to :data:`MAX_SENTENCE_CHARS`) is one sentence, whatever
  stops it holds ("Tabel 1. Pagu indikatif ... — Kementerian/Lembaga: ..." had been cut
  after "Tabel 1.", and its row was no longer read as one; ``index.build``). Version 7:
  nor after the Indonesian titles written in lower case, "dr." (a physician) and "drg."
  (a dentist), nor "KH." ("Kepala Dinas Kesehatan Kota ..., dr. Ayu ..., menyatakan"
  had been cut after "dr.", and "Who runs the health department?" was answered with
  "Kepala Dinas Kesehatan Kota ..., dr." without the name). Version 8: nor after the
  Indonesian acting titles "Plt." (pelaksana tugas), "Plh." (pelaksana harian) and
  "Pj." (penjabat), also in brackets ("Mahfud MD ditunjuk sebagai Pelaksana Tugas (Plt.)
  Menteri PANRB sejak 4 Juli 2022" had left "Menteri PANRB sejak 4 Juli 2022." a
  sentence; a blind probe of stop 46). Version 9: a list item of at most
  :data:`ITEM_SENTENCE_MAX_CHARS` that opens with a dated label ("2018 - ...", "March
  2016: ...", :data:`DATED_LABEL`) is one sentence (:func:`item_sentences`): a timeline's
  "2018 - Mobile bidding was introduced. Total development cost reached USD 18.5
  million." had been quoted from its second sentence, without its year (a blind probe of
  stop 49). Version 10: a footnote's mark run into a sentence's stop ends the sentence
  after the mark (:data:`_FOOTNOTE_END`; a blind probe of stop 50). Version 11: a year's
  mark only after a word making it a year ("Tahun 2021.2 Portal"; version 10 had also cut
  "release 2022.3 LTS" and "2048.5 TB"). Version 12: a numbered list item's number ("2.
  Bali (31,2%)") is no sentence of its own: the item is one sentence from its number on
  (:func:`split_sentences`; its number had been quoted alone, "4.", and a rank the list
  gives its item had no name beside it; a blind probe of stop 56). Version 13: a table's
  ``note`` block (its source, a remark or a correction under its rows) is a passage alone
  (joined, a workbook's notes had outranked its rows; stop 65). (Keeping a list whole in one passage with its
  heading was tried too and left out: the passages it moved made 6 of the 15 testers'
  corpora's answers worse and none better. So was cutting passages at section headings,
  stop 51: on the same corpora 4 answers better, 21 worse.)

``max_chars`` = 1000 characters (about 250 e5 tokens for Indonesian or English text),
well inside e5's 512-token window with room for the title and question context that is
prepended for embedding only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.types import Block

CHUNKER_VERSION = 13
#: Longest list item (characters) that is one sentence whatever stops it holds (version 9).
ITEM_SENTENCE_MAX_CHARS = 400
#: A list item's dated label: a year (and what names its part: a month, a day, a
#: quarter) before a dash or a colon, "2018 - ", "March 2016 – ", "Q1 2023: ", "1 Juli
#: 2019:"; at most 30 characters.
DATED_LABEL = re.compile(r"[^.!?\n]{0,24}?\b(?:1[89]|20)\d{2}\b\)?\s*[-–—:]\s")
DEFAULT_MAX_CHARS = 1000
#: A line's text before a stop that is only a list item's number ("2.", " 12)"): no
#: sentence ends after it (version 12).
_ITEM_NUMBER = re.compile(r"\s*\d{1,2}[.)]")

# A sentence ends at . ! ? (or ; between clauses is NOT an end) followed by space and an
# upper-case letter, digit, quote or bracket; "148.76", "e.g. x" and "U.S. A" do not end one.
_SENT_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9À-Ý])")
#: A footnote's mark run into the stop before it, as a PDF's text gives a superscript
#: ("... satu izin usaha.1 Portal SIMPEL ...", "... Tahun 2021.2 Portal ini ..."): the
#: sentence ends after the mark (version 10; the two sentences had been quoted as one).
#: After a word of four lower-case letters or more, or a year after "tahun", "pada", "in",
#: "since", "of": not "NO.46 Tahun 1991", "hal.12 Tabel", "Vol.2 No.3", "release 2022.3
#: LTS", "2048.5 TB" (an attack on a first version).
_FOOTNOTE_END = re.compile(r"(?:(?<=[a-z]{4})" + "".join(rf"|(?<=\b{w} (?:19|20)\d\d)" for w in
                                                            ("[Tt]ahun", "pada", "[Ii]n", "since", "of"))
                           + r")\.[0-9]{1,2}(?=\s+[\"'“‘(\[]?[A-Z])")
#: A month's abbreviation (English, Indonesian) before a day: "Feb. 12", "Sept. 18", "Des. 5".
_MONTH_ABBREV = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Agu|Agt|Sep|Sept|Oct|Okt|Nov|Dec|Des)\.$")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|dr|drg|Drs|Dra|Prof|KH|Plt|Plh|Pj|Ir|Hj|Sdr|Kol|Jend|St|No|Vol|Jl|Tn|Ny|Bpk|Kav|Kec|Kab|Kel|Gd|Prov|dll|dsb|yth|e\.g|i\.e|vs|etc|Inc|Ltd|Co|Jr|Sr|Gen|Lt|Col|Mt|Ft)\.|\b[A-Z]\.)$"
)


@dataclass(frozen=True)
class Chunk:
    """A passage before it gets an id.

    Attributes:
        start, end: character span in the document's canonical text.
        first_block, last_block: 0-based indices of the blocks it covers.
        context: text prepended when embedding only (title, the interview question it
            answers); never shown as a quote.
    """

    start: int
    end: int
    first_block: int
    last_block: int
    context: str = ""


def canonical_text(blocks: list[Block]) -> tuple[str, list[tuple[int, int]]]:
    """Join blocks with ``"\\n"``; return the text and each block's ``(start, end)`` span."""
    spans = []
    pos = 0
    for b in blocks:
        spans.append((pos, pos + len(b.text)))
        pos += len(b.text) + 1
    return "\n".join(b.text for b in blocks), spans


#: Longest sentence (characters): a longer run of text without a sentence end (a
#: 200 KB line, a list written as one sentence) is cut into pieces of at most this, so
#: no passage or quote grows without bound and each piece fits e5's 512-token window.
MAX_SENTENCE_CHARS = DEFAULT_MAX_CHARS


def _cut_long(seg: str, a: int, b: int, limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """``seg[a:b]`` as pieces of at most ``limit`` characters: each cut is after the last
    comma, semicolon or colon in the second half of the window, else at its last space,
    else (one unbroken word) at the limit itself."""
    out = []
    while b - a > limit:
        window = seg[a : a + limit + 1]
        punct = [m.end() for m in re.finditer(r"[,;:]\s", window) if m.end() > limit // 2]
        spaces = [m.start() for m in re.finditer(r"\s", window) if m.start() > 0]
        cut = punct[-1] if punct else (spaces[-1] if spaces else limit)
        out.append((a, a + cut))
        a += cut
    out.append((a, b))
    return out


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Split ``text`` into sentences; return ``(start, end)`` spans shifted by ``offset``.

    Line breaks always end a sentence; a sentence longer than :data:`MAX_SENTENCE_CHARS`
    is cut into pieces (:func:`_cut_long`). Spans exclude surrounding whitespace, so
    ``text[s-offset:e-offset]`` is the sentence exactly as written.
    """
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        seg_start = line.start()
        seg = line.group()
        cuts = [0]
        for m in _SENT_END.finditer(seg):
            # only the few characters before the stop: searching the whole line before it
            # made a 2 MB one-line file take half an hour (quadratic)
            if _ABBREV.search(seg, max(0, m.start() - 16), m.start()):
                continue
            if seg[m.end():m.end() + 1].isdigit() and _MONTH_ABBREV.search(seg, max(0, m.start() - 6), m.start()):
                continue
            if _ITEM_NUMBER.fullmatch(seg, 0, m.start()):
                continue  # a list item's number: "2. Bali (31,2%)" (version 12)
            cuts.append(m.end())
        for m in _FOOTNOTE_END.finditer(seg):
            if not _ABBREV.search(seg, max(0, m.start() - 16), m.start() + 1):  # not "No.1 Tahun"
                cuts.append(m.end())
        cuts = sorted(set(cuts))
        cuts.append(len(seg))
        for a0, b0 in zip(cuts, cuts[1:]):
            for a, b in _cut_long(seg, a0, b0):
                piece = seg[a:b]
                lead = len(piece) - len(piece.lstrip())
                trail = len(piece.rstrip())
                if trail > lead:
                    spans.append((offset + seg_start + a + lead, offset + seg_start + a + trail))
    return spans


def item_sentences(sentences: list[tuple[int, int]], blocks: list[Block], block_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``sentences`` (document ``(start, end)`` spans, reading order) with the sentences
    of each ``item`` block of at most :data:`ITEM_SENTENCE_MAX_CHARS` that opens with a
    dated label (:data:`DATED_LABEL`) joined into one span (chunking rules, version 9);
    ``blocks`` and ``block_spans`` are the document's blocks and their spans
    (:func:`canonical_text`)."""
    items = [(a, b) for blk, (a, b) in zip(blocks, block_spans)
             if blk.kind == "item" and b - a <= ITEM_SENTENCE_MAX_CHARS and DATED_LABEL.match(blk.text)]
    if not items:
        return sentences
    out: list[tuple[int, int]] = []
    k = 0
    for s, e in sentences:
        while k < len(items) and items[k][1] <= s:
            k += 1
        if k < len(items) and items[k][0] <= s and e <= items[k][1] and out and items[k][0] <= out[-1][0] < items[k][1]:
            out[-1] = (out[-1][0], e)  # a later sentence of the same short item
        else:
            out.append((s, e))
    return out


def chunk_blocks(blocks: list[Block], title: str = "", max_chars: int = DEFAULT_MAX_CHARS) -> list[Chunk]:
    """Cut a document's blocks into passages by the rules in the module docstring.

    Args:
        blocks: the document's blocks in reading order.
        title: the document title, put in each chunk's embedding context.
        max_chars: soft passage length limit in characters.

    Raises:
        ValueError: ``max_chars`` < 100.
    """
    if max_chars < 100:
        raise ValueError(f"max_chars must be at least 100, got {max_chars}")
    text, spans = canonical_text(blocks)
    chunks: list[Chunk] = []
    question = ""
    cur: list[int] = []  # block indices of the passage being built

    def ctx() -> str:
        return " | ".join(p for p in (title, question) if p)

    def flush() -> None:
        if cur:
            s, e = spans[cur[0]][0], spans[cur[-1]][1]
            chunks.append(Chunk(s, e, cur[0], cur[-1], ctx()))
            cur.clear()

    def length(idx: list[int]) -> int:
        return spans[idx[-1]][1] - spans[idx[0]][0]

    for i, b in enumerate(blocks):
        if b.kind == "row":
            flush()
            chunks.append(Chunk(spans[i][0], spans[i][1], i, i, title))
            continue
        if b.kind == "note" and len(b.text) <= max_chars:
            # a table's note alone: joined, "Catatan: Angka 2023 bersifat sementara ..." and
            # "Ralat: ... total laporan tahun 2022 tertulis ..." had outranked the rows of
            # their table for its questions (a rerun of stop 64's probes on stop 65's first
            # version)
            flush()
            chunks.append(Chunk(spans[i][0], spans[i][1], i, i, ctx()))
            continue
        if b.kind == "question":
            flush()
            question = b.text
            cur.append(i)
            continue
        only_question = len(cur) == 1 and blocks[cur[0]].kind == "question"
        if cur and length(cur + [i]) <= max_chars:
            cur.append(i)
            continue
        if only_question and length(cur + [i]) <= 2 * max_chars:
            cur.append(i)
            continue
        if not only_question:
            flush()
        if len(b.text) <= max_chars:
            if only_question:
                flush()
            cur.append(i)
            continue
        # a long paragraph: cut at sentence ends
        flush()
        s0 = spans[i][0]
        piece_start = None
        piece_end = None
        for ss, se in split_sentences(b.text, s0):
            if piece_start is None:
                piece_start, piece_end = ss, se
            elif se - piece_start <= max_chars:
                piece_end = se
            else:
                chunks.append(Chunk(piece_start, piece_end, i, i, ctx()))
                piece_start, piece_end = ss, se
        if piece_start is not None:
            chunks.append(Chunk(piece_start, piece_end, i, i, ctx()))
    flush()
    assert all(text[c.start : c.end].strip() for c in chunks)
    return chunks
