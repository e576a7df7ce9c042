"""The bilingual glossary (index/glossary.py): questions in one language about sources in
the other, in an index that holds both.

In such an index an English question's "budget" is a word some passage has, so the word
table read off the embedding model (index/lexicon.py) never translates it, and
"budget"/"anggaran" are too far apart in the model (cosine 0.908) for that table anyway.
A blind attack on the answers (invented documents, 72 of 90 probes asked across
languages) had "Tingkat kepuasan pengguna portal ...?" answered with an English
document's budget list, and questions on an Indonesian report answered with the
regulation that opens it. The documents here are invented for the
test.
"""

from __future__ import annotations

import pytest

from bot.engine import _shares_a_word
from bot.render import render_text
from index.bm25 import BM25Index
from index.glossary import GLOSSARY, WORDS_PER_ENTRY, Glossary, glossary
from index.types import Document, Hit, Passage
from tests.corpus_helpers import engine_over

QUEUE = """Laporan Layanan Antrean Daring Puskesmas Kabupaten Wira Sakti 2024

Layanan antrean daring puskesmas diselenggarakan berdasarkan Peraturan Bupati Wira Sakti Nomor 7 Tahun 2022 tentang Pelayanan Kesehatan Berbasis Elektronik. Laporan ini disusun oleh Dinas Kesehatan Kabupaten Wira Sakti.

Pagu anggaran layanan antrean daring pada tahun 2024 ditetapkan sebesar Rp 1,8 miliar. Sampai Desember 2024 realisasinya mencapai Rp 1,5 miliar.

Sampai akhir 2024, puskesmas di 14 dari 19 kecamatan telah terhubung dengan sistem antrean. Lima kecamatan lainnya masih menunggu jaringan internet yang stabil.

Survei kepuasan pasien pada Oktober 2024 menghasilkan indeks 78,4 persen. Kepala Dinas Kesehatan Wira Sakti, Dewi Lestari, menyatakan waktu tunggu rata-rata turun dari 95 menit menjadi 40 menit.
"""

PERMITS = """Review of the Kalanta City Permit Portal, 2024

The Kalanta City Permit Portal was opened in 2021 under City Ordinance No. 88. This review was commissioned by the city's Department of Urban Planning.

The city set a budget of KRW 2.6 billion for the portal in 2024 and spent KRW 2.2 billion. The portal issued 12,400 building permits in 2024, up from 9,100 in 2023.

In the 2024 user survey, 81 percent of applicants said they were satisfied with the portal. The average processing time for a building permit fell from 21 working days to 9 working days.
"""


def _bm25(*texts: str) -> BM25Index:
    """A real BM25 index over ``texts`` (what the glossary checks the sources' words in)."""
    return BM25Index.build(list(texts), list(range(len(texts))))


def test_an_english_term_adds_the_indonesian_words_the_sources_use():
    bm25 = _bm25(QUEUE, PERMITS)
    words = glossary().expand("What was the budget of the queue service in 2024?", bm25)
    assert "anggaran" in words and "antrean" in words


def test_an_indonesian_term_adds_the_english_words_the_sources_use():
    bm25 = _bm25(QUEUE, PERMITS)
    words = glossary().expand("Berapa persen pengguna portal yang puas?", bm25)
    assert "satisfied" in words


def test_nothing_is_added_that_no_passage_has_or_the_question_has():
    english_only = _bm25(PERMITS)
    assert glossary().expand("What was the budget of the portal in 2024?", english_only) == ()
    assert glossary().expand("Berapa anggaran portal?", _bm25(QUEUE)) == ()
    assert glossary().expand("What was the budget?", None) == ()


def test_the_longest_phrase_wins():
    bm25 = _bm25(QUEUE, PERMITS, "Kabupaten dan distrik.")
    words = glossary().expand("How many sub-districts are connected?", bm25)
    assert "kecamatan" in words
    assert "kabupaten" not in words and "distrik" not in words  # "district" alone would add them


def test_an_entry_adds_a_bounded_number_of_words():
    bm25 = _bm25(QUEUE, PERMITS, "Anggaran, pagu, alokasi dan dana dialokasikan.")
    words = glossary().expand("What was the budget?", bm25)
    assert 1 <= len(words) <= WORDS_PER_ENTRY


def test_the_glossary_parses_and_a_malformed_line_is_reported():
    assert len(Glossary(GLOSSARY).entries) > 150
    with pytest.raises(ValueError, match="line 2"):
        Glossary("budget = anggaran\nbudget anggaran\n")
    with pytest.raises(ValueError, match="no words"):
        Glossary("budget = \n")


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("glossary"), {
        "antrean-wira-sakti.id.txt": (QUEUE, "Laporan Layanan Antrean Daring Puskesmas Kabupaten Wira Sakti 2024",
                                      "id", "2025-01-20"),
        "kalanta-permit-portal.en.txt": (PERMITS, "Review of the Kalanta City Permit Portal, 2024", "en",
                                         "2025-02-10"),
    }, embedder)


@pytest.mark.parametrize(
    "question, expected",
    [
        ("What was the budget for Wira Sakti's online queue service in 2024?", "Rp 1,8 miliar"),
        ("How many sub-districts in Wira Sakti have their health centres connected to the queue system?",
         "14 dari 19"),
        ("What was the average waiting time at Wira Sakti's health centres after the queue system?", "40 menit"),
        ("Berapa persen pemohon yang puas dengan portal izin Kalanta?", "81 percent"),
        ("Berapa anggaran portal izin Kalanta tahun 2024?", "KRW 2.6 billion"),
        ("Berapa lama rata-rata waktu proses izin bangunan di Kalanta?", "9 working days"),
    ],
)
def test_questions_across_languages_in_a_mixed_index(engine, question, expected):
    """The first quote answers; the regulation opening each report is no answer (its
    "Nomor 7" and "No. 88" count nothing: bot.figures.law_number_spans)."""
    answer = engine.answer(question)
    assert answer.answered, render_text(answer)
    assert expected in answer.citations[0].quote, render_text(answer)
    assert "Nomor 7" not in answer.citations[0].quote and "No. 88" not in answer.citations[0].quote


def _passage_hit(text: str, title: str, language: str) -> Hit:
    doc = Document(doc_id="d", title=title, path="d.txt", language=language)
    return Hit(passage=Passage(passage_id=1, doc_id="d", text=text, start=0, end=len(text), paragraph=1,
                               paragraph_end=1, language=language), document=doc, score=0.9, rank=2)


def test_a_passage_in_the_other_language_gets_a_second_chance_only_when_it_writes_a_word_asked():
    """The rule fallback's second chance (bot.engine._shares_a_word): a passage in the
    other language must write one of the question's own words that is no number; the
    glossary's words ("tingkat" for "rate") do not count (corpus U's unanswerable tax
    question had been answered from an e-Katalog passage sharing only its years)."""
    katalog = _passage_hit("LKPP mencatat nilai transaksi e-Katalog tahun 2024 sebesar Rp 196,7 triliun, "
                           "di tingkat provinsi dan kabupaten.", "Transaksi e-Katalog 2024", "id")
    koica = _passage_hit("country: Indonesia; Officials trained (persons): 468; implementing_partner: LKPP",
                         "koica-digital-gov-projects", "en")
    assert not _shares_a_word("What was the e-filing rate for income tax for tax year 2024, filed in May 2025?",
                              katalog)
    assert _shares_a_word("jadi angka finalnya berapa pejabat pengadaan yg dilatih lewat proyek KOICA-LKPP?", koica)


def test_indonesian_words_match_unstemmed():
    """Snowball's Indonesian stemmer makes "peringkat" (rank) and "meningkat" (rose) one
    stem; the glossary matches words as written, less a glued particle."""
    bm25 = _bm25("Korea ranked 3rd; the score rose.", "Anggaran naik.")
    words = glossary().expand("Di peringkat berapa Korea?", bm25)
    assert "ranked" in words and "rose" not in words
    assert "budget" in glossary().expand("Berapa anggarannya?", _bm25("The budget was set.", "Anggaran naik."))
