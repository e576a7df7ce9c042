"""Second chances for a quote ruled out, totals over spans of years, English demonyms
and acronyms across languages, in an index of Indonesian and English documents.

Stop 41 re-read the testers' corpora (tests/eval/corpora) and found right answers
declined and wrong ones given: "Nilai ekspor e-government Korea tahun 2021 berapa?"
quoted "exports totalled USD 3.05 billion over 2016-2021" (a total over years, rightly
ruled out) and never the sentence beside it, "a record USD 621 million in 2021"; a total
"over 2019-2023" asked was tried against one year's table row only, never the press
release's cumulative figure below it; the KONEPS overview's 2011 paragraph was never
tried once its first paragraph lacked the year; "the French loan" was read as naming no
country, so "pinjaman Pemerintah Prancis sebesar EUR 171,2 juta" was another country's
figure; and "brp aktivasi IKD sepanjang thn 2024?" was answered with an English page on
Seoul's Wi-Fi access points. The documents here are invented for the test (other names
and figures than the corpora's).
"""

from __future__ import annotations

import pytest

from bot.engine import _missing_acronyms, gives_name
from bot.places import countries_named, country_key
from bot.render import render_text
from tests.corpus_helpers import engine_over

EXPORTS = """Korea's e-Government Exports, 2015-2021

Briefing note of the Digital Cooperation Agency, May 2022.

Exports. Korean firms' e-government exports totalled USD 2.47 billion over 2015-2020. Annual exports were USD 352 million in 2018, USD 318 million in 2019, when several tenders were postponed, and a record USD 507 million in 2020. The 2021 figure is not yet available.

Partners. Most contracts were signed with governments in South-East Asia and Latin America.
"""

EKATALOG_TABLE = """tahun,nilai_transaksi_rp_triliun,jumlah_paket,status_data
2019,61.3,41200,final
2020,74.8,48350,final
2021,101.6,59210,final
2022,137.9,66480,final
2023,176.2,71030,sementara
"""

EKATALOG_RELEASE = """Transaksi Belanja Daring Pemerintah 2023 Capai Rp 176,2 Triliun

Jakarta, 10 Januari 2024 - Lembaga Pengadaan Daring Nasional mencatat nilai transaksi belanja daring pemerintah sepanjang 2023 mencapai Rp 176,2 triliun, naik dari Rp 137,9 triliun pada 2022.

Secara kumulatif, nilai transaksi belanja daring pemerintah 2019-2023 mencapai Rp 551,8 triliun. Angka 2023 masih bersifat sementara.
"""

PROCUREMENT = """HANSEOP: Korea's Online Procurement Service - Overview 2013

1. Background. The HANSEOP system was built by the Procurement Agency to bring every step of public procurement online, from notices and bids to contracts and payment. Before HANSEOP, suppliers had to visit each buying office in person, submit paper bid documents and wait weeks for the results, and each office kept its own list of registered suppliers. The agency estimates that HANSEOP saves about KRW 6 trillion a year in transaction costs, mostly in the time suppliers no longer spend visiting offices and preparing paper documents. Buying offices report that the time from a notice to a signed contract has fallen from about 30 days to about 10.

2. Scale. In 2012, transactions processed through HANSEOP amounted to KRW 68.2 trillion, about 61% of the country's public procurement. Some 41,000 public organisations and 230,000 registered suppliers use the system, which handles notices, bids, contracts and payments for goods, services and construction works. Every bid is signed with a certificate issued to the supplier, and the results of every tender are published on the portal the day they are decided, so that losing bidders can see the winning price.

3. Exports. Since 2009 the agency has advised six countries on building similar systems, and it hosts study visits from procurement officials of partner governments every spring and autumn.
"""

DATA_CENTRE = """Pembangunan Pusat Data Pemerintah Nusa Raya Capai 64 Persen

Kementerian Digital Nusa Raya · Siaran Pers · 12 Maret 2024

Pembangunan Pusat Data Pemerintah (PDP) di Kota Tirta Baru telah mencapai 64 persen. Pembangunannya dibiayai pinjaman Pemerintah Prancis sebesar EUR 143,8 juta, sedangkan biaya penyiapan lahan ditanggung anggaran negara.

PDP ditargetkan beroperasi penuh pada akhir 2025.
"""

SEOUL = """Gangseo's Digital Citizen Services: 2024 in Figures

Gangseo District Office, Digital Policy Division, 3 February 2025

Gangseo operated 1,840 public Wi-Fi access points at the end of December 2024, or 3.2 access points per 1,000 residents. The district's chatbot answered 412,000 questions in 2024.

Residents filed 2.1 million online civil petitions through the district portal in 2024, up from 1.8 million in 2023. Over the whole year 2024, 96,400 residents activated the mobile resident card on their phones, a full-year record.
"""

IDENTITY = """Aktivasi KTD Sepanjang 2024 Capai 5,3 Juta

Jakarta, 15 Januari 2025 - Direktorat Jenderal Kependudukan mencatat 5.318.400 aktivasi Kartu Tanda Digital (KTD) sepanjang tahun 2024. Dengan tambahan tersebut, jumlah KTD yang telah diaktivasi sejak layanan diluncurkan mencapai 8.902.115 per 31 Desember 2024.
"""


BUDGET_TABLE = """Tahun,Provinsi,Anggaran TIK (juta Rp),Jumlah aplikasi layanan
2023,Maluku Utara,4.120,51
2023,Maluku,5.760,63
2023,Papua Barat,3.905,44
"""

COMPLAINTS_FINAL = """Year,Province,Complaints received (final),Complaints resolved (%)
2022,National total,"804,310",71.2
2022,Bali,"21,400",80.1
2022,Aceh,"18,950",69.4
"""

COMPLAINTS_RELEASE = """LaporNusa Terima 801.950 Aduan Sepanjang 2022

Jakarta, 10 Januari 2023 - Sistem pengaduan nasional LaporNusa menerima 801.950 aduan sepanjang tahun 2022 berdasarkan data sementara. Sebanyak 70 persen aduan telah ditindaklanjuti.
"""

FILES = {
    "korea-exports-2015-2021.en.txt": (EXPORTS, "Korea's e-Government Exports, 2015-2021", "en", "2022-05-20"),
    "belanja-daring-2019-2023.id.csv": (EKATALOG_TABLE, "Transaksi Belanja Daring Pemerintah 2019-2023", "id",
                                        "2024-01-10"),
    "siaran-pers-belanja-daring-2023.id.md": (EKATALOG_RELEASE, "Transaksi Belanja Daring Pemerintah 2023 Capai "
                                              "Rp 176,2 Triliun", "id", "2024-01-10"),
    "hanseop-overview-2013.en.md": (PROCUREMENT, "HANSEOP: Korea's Online Procurement Service - Overview 2013",
                                    "en", "2013-06-01"),
    "pusat-data-nusa-raya-2024.id.md": (DATA_CENTRE, "Pembangunan Pusat Data Pemerintah Nusa Raya Capai 64 Persen",
                                        "id", "2024-03-12"),
    "gangseo-digital-2024.en.txt": (SEOUL, "Gangseo's Digital Citizen Services: 2024 in Figures", "en",
                                    "2025-02-03"),
    "aktivasi-ktd-2024.id.txt": (IDENTITY, "Aktivasi KTD Sepanjang 2024 Capai 5,3 Juta", "id", "2025-01-15"),
    "anggaran-tik-provinsi-2023.id.csv": (BUDGET_TABLE, "Anggaran TIK Provinsi 2023", "id", "2023-03-01"),
    "lapornusa-final-statistics.en.csv": (COMPLAINTS_FINAL, "LaporNusa final complaint statistics", "en",
                                          "2023-04-20"),
    "lapornusa-siaran-pers-2022.id.md": (COMPLAINTS_RELEASE, "LaporNusa Terima 801.950 Aduan Sepanjang 2022", "id",
                                         "2023-01-10"),
}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("stop41"), FILES, embedder)


@pytest.mark.parametrize("question", [
    "Nilai ekspor e-government Korea tahun 2020 berapa?",
    "What were Korea's e-government exports in 2020?",
])
def test_a_total_over_years_gives_way_to_the_year_asked(engine, question):
    """bot.engine._year_first: "USD 2.47 billion over 2015-2020" states no figure of 2020;
    the sentence beside it does."""
    answer = engine.answer(question)
    assert answer.answered, render_text(answer)
    assert "USD 507 million in 2020" in " ".join(c.quote for c in answer.citations), render_text(answer)


def test_a_year_the_figure_is_not_yet_stated_for_is_declined(engine):
    answer = engine.answer("What were Korea's e-government exports in 2021?")
    assert not answer.answered or "507" not in render_text(answer), render_text(answer)


def test_prose_below_a_table_row_may_state_the_years_asked(engine):
    """bot.engine._row_lacks_figure: a row of one year lacks "2019-2023"; the release's
    cumulative sentence has it."""
    answer = engine.answer("What was the total value of government online purchasing over 2019-2023?")
    assert answer.answered, render_text(answer)
    assert "551,8" in render_text(answer), render_text(answer)


def test_another_paragraph_of_the_document_may_state_the_year_asked(engine):
    """bot.engine._year_elsewhere_in_document: the overview's savings paragraph lacks 2012."""
    answer = engine.answer("nilai transaksi lewat HANSEOP tahun 2012 berapa ya?")
    assert answer.answered, render_text(answer)
    assert "KRW 68.2 trillion" in answer.citations[0].quote, render_text(answer)


@pytest.mark.parametrize("demonym, country", [
    ("French", "France"), ("British", "Inggris"), ("Dutch", "Netherlands"), ("Thai", "Thailand"),
    ("Pakistani", "Pakistan"), ("Kuwaiti", "Kuwait"), ("Korean", "Korea"), ("Japanese", "Japan"),
])
def test_english_demonyms_name_their_country(demonym, country):
    assert countries_named(f"How large is the {demonym} loan for the project?") == [country]
    assert country_key(demonym) == country


def test_a_demonym_is_given_by_the_country_s_name_in_the_other_language():
    assert gives_name(["French"], "Pembangunannya dibiayai pinjaman Pemerintah Prancis sebesar EUR 143,8 juta")
    assert gives_name(["France"], "dibiayai pinjaman Pemerintah Prancis")
    assert not gives_name(["French"], "dibiayai pinjaman Pemerintah Jepang sebesar JPY 12 miliar")


def test_a_loan_named_by_its_lender_s_demonym_is_answered(engine):
    """A figure in euros of a loan from France answers "the French loan"; it had been read
    as another country's figure (the question named no country but the borrower)."""
    answer = engine.answer("How large is the French loan paying for Nusa Raya's government data centre?")
    assert answer.answered, render_text(answer)
    assert "EUR 143,8 juta" in answer.citations[0].quote, render_text(answer)


def test_an_acronym_the_best_passage_lacks_across_languages_passes_to_the_next(engine):
    """bot.engine._missing_acronyms: the English district page ranks first for an
    Indonesian question on KTD activations and never writes "KTD"; the Indonesian release
    below it does."""
    answer = engine.answer("brp aktivasi KTD sepanjang thn 2024?")
    assert answer.answered, render_text(answer)
    assert "5.318.400" in answer.citations[0].quote, render_text(answer)
    assert "Wi-Fi" not in render_text(answer)


def test_missing_acronyms_reads_only_acronyms_the_corpus_writes(engine):
    bm = engine.version.bm25
    assert _missing_acronyms("brp aktivasi KTD 2024?", "Gangseo operated 1,840 public Wi-Fi access points", bm) == 1
    assert _missing_acronyms("brp aktivasi KTD 2024?", "Aktivasi KTD Sepanjang 2024", bm) == 0
    # an acronym no document writes, a Roman numeral and a country's abbreviation are not read
    assert _missing_acronyms("Berapa skor QWZ tahun 2024?", "Gangseo operated 1,840 access points", bm) == 0
    assert _missing_acronyms("Kapan Ferdinand VII lahir?", "Gangseo operated 1,840 access points", bm) == 0
    # a question typed in capitals, and an acronym beside a name the passage gives ("KTD Gangseo")
    assert _missing_acronyms("BRP AKTIVASI KTD 2024?", "Gangseo operated 1,840 public Wi-Fi access points", bm) == 0
    assert _missing_acronyms("brp aktivasi KTD Gangseo 2024?", "Gangseo operated 1,840 access points", bm) == 0


def test_an_age_counts_nothing_a_how_many_question_asks():
    """bot.engine._stated_kinds: "aged 14" is no count of accounts (corpus Q's "How many
    VNeID level-2 accounts were active at the end of 2025?" had been answered with a plan
    to issue them to "all eligible citizens aged 14 and above")."""
    from bot.engine import _stated_kinds

    question = "How many level-2 accounts were active at the end of 2025?"
    plan = "The Ministry plans to issue level-2 accounts to all eligible citizens aged 14 and above by the end of 2025."
    assert "count" not in _stated_kinds(plan, question, "en")
    assert "count" in _stated_kinds("As of 15 December 2024, 58.7 million level-2 accounts had been activated.",
                                    question, "en")
    assert "count" in _stated_kinds("Warga berusia 17 tahun ke atas: 1.204 orang mendaftar.",
                                    "Berapa orang yang mendaftar?", "id")
    # a count after the age word is no age
    assert "count" in _stated_kinds("Jumlah penduduk berusia produktif 190 juta jiwa.",
                                    "Berapa jumlah penduduk usia produktif?", "id")


@pytest.mark.parametrize("text, lang, year, counts", [
    ("Korea's central e-government budget for 2022 stood at KRW 1,305,700,000,000, spread over 348 projects.", "en",
     "2022", ["348"]),
    ("Anggaran untuk 2024 sebesar Rp 5 miliar.", "id", "2024", []),
    ("Seats for 2000 applicants were offered.", "en", None, ["2000"]),
    ("Kuota untuk 2000 peserta tersedia.", "id", None, ["2000"]),
    ("The platform was built for 2000 registered users.", "en", None, ["2000"]),
    ("Spending for 2022 totalled USD 40 million.", "en", "2022", []),
])
def test_a_year_after_for_and_before_a_verb_is_a_year(text, lang, year, counts):
    """bot.figures: "for 2022 stood at" had been listed as a count, "2022 stood (2,022)",
    in the Figures line of a reply (an eleventh attack); "for 2000 applicants" counts."""
    from bot.figures import extract_figures

    figures = extract_figures(text, lang)
    assert [f.surface for f in figures if f.kind == "year"] == ([year] if year else [])
    assert [f.surface for f in figures if f.kind == "count"] == counts


@pytest.mark.parametrize("text, lang", [
    ("Surabaya's WargaKu app cost IDR 12 billion to build.", "en"),
    ("Korea’s Gov24 issued 151.3 million certificates", "en"),
    ("Berapa anggaran Korea's DPG tahun 2024?", "id"),
    ("Anggaran SPBE Jawa Barat 2023 sebesar Rp45,2 miliar.", "id"),
    ("skor SPBE Jateng from 2020?", "id"),
])
def test_a_sentence_of_names_is_read_by_its_english_words(text, lang):
    """index.language: "to" and the possessive are English; the claim above had been given
    Indonesian labels (an eleventh attack)."""
    from index.language import detect_language

    assert detect_language(text, "en") == lang
    assert detect_language(text, "id") == lang


@pytest.mark.parametrize("claim, verdict, says", [
    ("Anggaran TIK Maluku Utara tahun 2023 sebesar Rp4,12 miliar.", "supported", "4.120"),
    ("Anggaran TIK Maluku Utara tahun 2023 sebesar Rp5,76 miliar.", "contradicted", "4.120"),
    ("Anggaran TIK Maluku Utara tahun 2023 sebesar Rp4.120 juta.", "supported", "4.120"),
])
def test_a_currency_in_a_column_header_names_no_other_thing(engine, claim, verdict, says):
    """bot.factcheck._clause_about_another: "Rp" of the header "Anggaran TIK (juta Rp)" had
    made the cell a clause about another named thing, and every claim on the table's
    budgets "not in my sources" (an eleventh attack)."""
    from bot.factcheck import check_claim
    from bot.render import render_verdict_text

    result = check_claim(engine, claim)
    assert result.verdict == verdict, render_verdict_text(result)
    assert says in render_verdict_text(result)


@pytest.mark.parametrize("claim, verdict", [
    ("LaporNusa received 804,310 complaints in 2022.", "supported"),
    ("LaporNusa menerima 804.310 aduan pada tahun 2022.", "supported"),
    ("LaporNusa received 801,950 complaints in 2022.", "contradicted"),
])
def test_a_total_row_is_evidence_for_a_claim_naming_no_part(engine, claim, verdict):
    """bot.quotes.row_about_another: the row "Province: National total" is about the whole
    (:data:`bot.quotes.TOTAL_CELL`); the final figure had been passed over, and the true
    claim called false against the press release's preliminary one (an eleventh attack)."""
    from bot.factcheck import check_claim
    from bot.render import render_verdict_text

    result = check_claim(engine, claim)
    assert result.verdict == verdict, render_verdict_text(result)
    assert "804,310" in render_verdict_text(result)


def test_a_total_row_answers_a_question_on_the_whole(engine):
    answer = engine.answer("How many complaints did LaporNusa receive in 2022?")
    assert answer.answered and "804,310" in render_text(answer), render_text(answer)


def test_a_total_row_is_no_answer_for_a_province():
    from bot.quotes import row_about_another

    row = "lapornusa-final-statistics.en — Year: 2022; Province: National total; Complaints received (final): 804,310"
    assert not row_about_another(row, "LaporNusa received 804,310 complaints in 2022.")
    assert row_about_another(row, "How many complaints did LaporNusa receive from Bali in 2022?")
    # a table of another thing's parts: its total is no total of the thing asked
    row = "korea-egov-budget-by-programme — Tahun: 2010; Program: Total; Anggaran: 120,0"
    assert row_about_another(row, "Berapa anggaran KONEPS tahun 2010?")


@pytest.mark.parametrize("question", ["Berapa jumlah pegawai yang mengelola HANSEOP?", "How many staff run HANSEOP?"])
def test_people_counted_are_not_answered_with_days(engine, question):
    """bot.engine._counts_something_else: the overview counts no staff; "from about 30
    days to about 10" had answered (stop 42)."""
    answer = engine.answer(question)
    assert not answer.answered, render_text(answer)


def test_days_asked_are_still_answered_with_days(engine):
    answer = engine.answer("How many days does a HANSEOP contract take now?")
    assert answer.answered and "30 days to about 10" in render_text(answer), render_text(answer)


def test_a_time_asked_of_people_is_no_people_count():
    from bot.engine import _ASKS_PEOPLE_COUNT

    assert not _ASKS_PEOPLE_COUNT.search("How many days do users wait for a certificate?")
    assert _ASKS_PEOPLE_COUNT.search("How many registered users did the portal have?")
