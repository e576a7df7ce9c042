"""Chunking and sentence splitting (index/chunking.py): spans are exact source text, and
no passage or sentence grows without bound, whatever a document holds."""

from __future__ import annotations

from index.chunking import DEFAULT_MAX_CHARS, MAX_SENTENCE_CHARS, canonical_text, chunk_blocks, split_sentences
from index.types import Block


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_sentences_end_at_stops_not_at_decimals_or_abbreviations():
    text = "Ekspor mencapai USD148,76 juta pada 2010. Dr. Kim berkata 2.000 sistem siap! Apa itu?\nBaris baru"
    assert _texts(text) == [
        "Ekspor mencapai USD148,76 juta pada 2010.", "Dr. Kim berkata 2.000 sistem siap!", "Apa itu?", "Baris baru",
    ]


def test_an_address_is_one_sentence():
    # a press release's footer had left "69, Jakarta Selatan." a quotable sentence
    text = "Biro Humas, Kementerian PANRB. Jl. Jenderal Sudirman Kav. 69, Jakarta Selatan. Kec. Menteng, Kab. Bogor."
    assert _texts(text) == [
        "Biro Humas, Kementerian PANRB.", "Jl. Jenderal Sudirman Kav. 69, Jakarta Selatan.", "Kec. Menteng, Kab. Bogor."
    ]


def test_a_lower_case_title_ends_no_sentence():
    # a blind attack's "Who runs the city health department?" was answered with
    # "Kepala Dinas Kesehatan Kota Palindra, dr." (the name cut off)
    text = "Kepala Dinas Kesehatan Kota Sekar, dr. Ayu Lestari, menyatakan hal itu. Poli gigi dipimpin drg. Rina Sari. Ia puas."
    assert _texts(text) == [
        "Kepala Dinas Kesehatan Kota Sekar, dr. Ayu Lestari, menyatakan hal itu.", "Poli gigi dipimpin drg. Rina Sari.",
        "Ia puas.",
    ]


def test_a_month_abbreviation_before_a_day_ends_no_sentence():
    # a tester's dateline "SEJONG, Feb. 12 (MOIS) — ..." had been quoted from "12 (MOIS) —"
    text = "SEJONG, Feb. 12 (MOIS) — Citizens obtained 151.6 million documents. It rose. The survey ended in Dec. 2024 was late."
    assert _texts(text) == [
        "SEJONG, Feb. 12 (MOIS) — Citizens obtained 151.6 million documents.", "It rose.",
        "The survey ended in Dec. 2024 was late.",
    ]
    assert _texts("Laporan terbit pada Jan. Bulan berikutnya sepi.") == ["Laporan terbit pada Jan.", "Bulan berikutnya sepi."]


def test_a_one_line_document_of_many_sentences_is_split_whole():
    # a tester's 2 MB text file was one line of short sentences: each stop searched the
    # whole line before it for an abbreviation, so the build ran for half an hour before
    # embedding anything (this 400 KB line took 75 s; the abbreviation window is 16
    # characters now)
    line = "Korea e-government data line. Mr. Kim agreed. " * 8500
    pieces = _texts(line)
    assert len(pieces) == 17000 and pieces[:2] == ["Korea e-government data line.", "Mr. Kim agreed."]


def test_a_sentence_longer_than_the_limit_is_cut_at_a_comma_or_a_space():
    listed = "Korea membangun pusat data, " * 80 + "dan seterusnya."
    pieces = split_sentences(listed)
    assert len(pieces) > 1 and all(e - s <= MAX_SENTENCE_CHARS for s, e in pieces)
    assert all(listed[s:e].endswith(",") for s, e in pieces[:-1])  # cut after a comma, not inside a word
    assert " ".join(listed[s:e] for s, e in pieces) == listed  # nothing lost, nothing reordered

    words = "kata " * 42000  # a 210 KB line of one sentence (a tester's file)
    pieces = split_sentences(words)
    assert all(e - s <= MAX_SENTENCE_CHARS and words[s:e] == words[s:e].strip() for s, e in pieces)
    assert sum(len(words[s:e].split()) for s, e in pieces) == 42000

    unbroken = "x" * 2500  # no space at all: cut at the limit
    assert split_sentences(unbroken, offset=10) == [(10, 1010), (1010, 2010), (2010, 2510)]


def test_passages_stay_within_the_limit_and_quote_the_source_exactly():
    blocks = [
        Block("Judul laporan"),
        Block("Paragraf pendek pertama."),
        Block("Sebuah kalimat yang sangat panjang, " * 200 + "selesai."),
        Block("Tanya : Apa yang dibangun Korea?", "question"),
        Block("Korea membangun 500 pusat kerja pintar pada 2015."),
    ]
    text, _ = canonical_text(blocks)
    chunks = chunk_blocks(blocks, title="Laporan")
    assert all(c.end - c.start <= DEFAULT_MAX_CHARS for c in chunks)
    assert all(text[c.start : c.end] == text[c.start : c.end].strip() for c in chunks)
    # the interview question stays with its answer, and is the answer's embedding context
    [qa] = [c for c in chunks if "Tanya" in text[c.start : c.end]]
    assert "500 pusat" in text[qa.start : qa.end] and "Apa yang dibangun Korea?" in qa.context


def test_a_footnote_mark_after_a_stop_ends_the_sentence():
    # a PDF's superscript marks run into the stop ("izin usaha.1 Portal SIMPEL ..."): the two
    # sentences had been quoted as one (a blind probe of stop 50); "No.1 Tahun 2020" and
    # decimals stay whole
    text = ("Pelaku usaha harus mendatangi 4 kantor untuk satu izin usaha.1 Portal SIMPEL diluncurkan pada "
            "Februari 2021 berdasarkan Peraturan Nomor 4 Tahun 2021.2 Portal ini menyatukan pendaftaran.")
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Pelaku usaha harus mendatangi 4 kantor untuk satu izin usaha.1",
        "Portal SIMPEL diluncurkan pada Februari 2021 berdasarkan Peraturan Nomor 4 Tahun 2021.2",
        "Portal ini menyatukan pendaftaran.",
    ]
    text = ("Berdasarkan Peraturan No.1 Tahun 2020 dan Peraturan Pemerintah NO.46 Tahun 1991 (lihat hal.12 Tabel 3), "
            "indeks naik menjadi 2.5 Poin. Versi 3.1 Beta dirilis.")
    assert [text[s:e] for s, e in split_sentences(text)] == [text[:-24], "Versi 3.1 Beta dirilis."]
    # nor a release, a unit or a version (an attack on a first version)
    for text in ("Moved to platform release 2022.3 LTS in March 2024.", "Capacity grew to 2048.5 TB in 2023.",
                 "Aplikasi SIDAK versi 2024.1 Beta dirilis pada Juli 2023."):
        assert split_sentences(text) == [(0, len(text))]
