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


def test_the_glossary_gives_a_word_its_senses_in_both_languages():
    g = glossary()
    sub, _ = g.senses("sub-districts")
    assert sub and sub <= g.senses("kecamatan")[1]
    assert not sub & g.senses("kabupaten")[1]  # the longest phrase wins: no "district"
    assert g.senses("connected")[0] & g.senses("terhubung")[1]
    assert {"puskesmas", "health", "centre"} <= g.entry_words(next(iter(g.senses("health centres")[0])))
    assert g.senses("server")[0] == g.senses("server")[1]  # a word both languages write


@pytest.mark.parametrize(
    "claim, verdict, shown",
    [
        # the whole (19) is how many sub-districts there are, not how many are connected
        ("Puskesmas di 19 kecamatan telah terhubung dengan sistem antrean.", "contradicted", "14 dari 19 kecamatan"),
        ("Health centres in 19 sub-districts of Wira Sakti are connected to the queue system.", "contradicted",
         "14 dari 19 kecamatan"),
        ("Health centres in 14 sub-districts of Wira Sakti are connected to the queue system.", "supported",
         "14 dari 19 kecamatan"),
        # an English count of sub-districts is checked against the Indonesian "kecamatan"
        ("Health centres in 16 sub-districts of Wira Sakti are connected to the queue system.", "contradicted",
         "14 dari 19 kecamatan"),
        # how many there are: the whole says it
        ("Wira Sakti has 19 sub-districts.", "supported", "19 kecamatan"),
        ("Puskesmas di 14 dari 19 kecamatan telah terhubung dengan sistem antrean.", "supported",
         "14 dari 19 kecamatan"),
    ],
)
def test_a_part_of_a_whole_is_checked_as_the_part(engine, claim, verdict, shown):
    v = engine.check(claim)
    assert v.verdict == verdict, v.explanation
    assert f"says {shown}" in v.explanation or f"menyebut {shown}" in v.explanation, v.explanation


def test_a_wrong_figure_is_shown_beside_the_source_figure_it_stands_for(engine):
    """"from 95 to 30 minutes" against "dari 95 menit menjadi 40 menit": 30 stands for
    40, not for the 95 the claim got right."""
    v = engine.check("The average waiting time at Wira Sakti's health centres fell from 95 minutes to 30 minutes.")
    assert v.verdict == "partly_supported", v.explanation
    assert "30 minutes: wrong; the source says 40 menit" in v.explanation, v.explanation


@pytest.mark.parametrize(
    "question",
    [
        "How many servers does Wira Sakti's queue system use?",
        "How many hospitals in Wira Sakti are connected to the queue system?",
        "Berapa jumlah server portal izin Kalanta?",
        "Berapa jumlah server sistem antrean Wira Sakti?",
    ],
)
def test_a_count_of_another_thing_is_declined_in_either_language(engine, question):
    """Only counts of sub-districts, minutes and permits are quoted: none counts the
    servers or hospitals asked (bot.engine._counts_something_else); a blind attack had
    them answered with the connected sub-districts and the waiting time."""
    answer = engine.answer(question)
    assert not answer.answered, render_text(answer)


def test_a_count_asked_across_languages_is_still_answered(engine):
    answer = engine.answer("Berapa banyak izin bangunan yang diterbitkan portal Kalanta pada 2024?")
    assert answer.answered and "12,400 building permits" in answer.citations[0].quote, render_text(answer)


def test_who_heads_an_office_is_answered_with_its_head_across_languages(engine):
    for question in ("Who heads the health office of Wira Sakti?", "Who leads Wira Sakti's health department?"):
        answer = engine.answer(question)
        assert answer.answered and "Dewi Lestari" in answer.citations[0].quote, render_text(answer)


def test_the_figure_compared_with_is_listed_too(engine):
    """"12,400 building permits in 2024, up from 9,100 in 2023": the 9,100 counts building
    permits too (bot.figures), so a question on 2023 lists it."""
    answer = engine.answer("Berapa izin bangunan yang diterbitkan portal Kalanta pada 2023?")
    assert answer.answered, render_text(answer)
    assert "9,100 (9.100)" in render_text(answer)
