"""A claimed percentage is checked against the figure of what it measures, a claimed
statistic against that statistic, and counts of working days against working days (stop
50). From blind testers' corpora: a workbook with a title row over an indicators sheet
beside a commentary giving another measure's percentage for the same year; a regulation
with several deadlines in days; a dataset giving the average and the median of one
measure (corpus X's "The median processing time ... was 1.4 days" had been judged
against another system's working days, then "supported" by the average). The documents
are invented for the test."""

from __future__ import annotations

import pytest

from bot.factcheck import check_claim
from bot.render import render_text, render_verdict_text
from tests.corpus_helpers import engine_over

COMMENTARY = ("Malaysia's digital government indicators improved steadily between 2019 and 2023. "
              "Among the states, Penang had the highest online service adoption in 2023, at 81.3%, while "
              "Kelantan had the lowest, at 39.8%.\n")
REGULATION = """# Peraturan Wali Kota Sembawa tentang Berbagi Pakai Data

Pasal 5

(2) Walidata wajib menanggapi permintaan data paling lambat 10 (sepuluh) hari kerja sejak permintaan diterima secara lengkap.

Pasal 12

(2) Walidata Kota memberitahukan kebocoran data kepada subjek data yang terdampak paling lambat 14 (empat belas) hari sejak laporan diterima.
"""
TRAINING = ("Pendaftaran kelas daring naik dari rata-rata 1.200 pengguna per bulan menjadi 4.800 pengguna per bulan "
            "pada 2024.\n")
PERMITS = ("Ringkasan kebijakan ini menilai kinerja SIMPEL selama tahun 2023, mengidentifikasi tantangan utama, dan "
           "mengusulkan langkah perluasan. Hingga pertengahan 2024, SIMPEL diterapkan di 12 kabupaten/kota percontohan.\n\n"
           "Sebelum adanya portal daring, pelaku usaha mikro harus mendatangi rata-rata 4 kantor berbeda untuk memperoleh "
           "satu izin usaha. Portal SIMPEL (Sistem Informasi Perizinan Elektronik Lokal) diluncurkan pada Februari 2021 "
           "berdasarkan Peraturan Menteri Tata Kelola Daerah Nomor 4 Tahun 2021.\n\n"
           "Portal SIMPEL menyatukan pendaftaran, verifikasi dan penerbitan izin usaha dalam satu alur daring.\n\n"
           "Di 12 kabupaten/kota percontohan, waktu rata-rata penerbitan izin usaha turun dari 14 hari kerja "
           "sebelum SIMPEL menjadi 3,5 hari kerja pada tahun 2023.\n")


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    openpyxl = pytest.importorskip("openpyxl")
    root = tmp_path_factory.mktemp("measures")
    (root / "corpus").mkdir()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Indicators"
    sheet.append(["Malaysia digital government indicators, 2019-2023"])
    sheet.append(["Indicator", "Unit", "2022", "2023"])
    sheet.append(["Internet users", "% of population", 96.8, 97.4])
    sheet.append(["Online services", "count", 2310, 2585])
    budget = book.create_sheet("Budget")
    budget.append(["Village programme budget allocation by year (IDR million)"])
    budget.append(["Programme", "2023", "2024"])
    budget.append(["Village internet network", 7450, 8100])
    kpi = book.create_sheet("KPI")
    kpi.append(["Indicator", "Unit", "Target 2024", "Actual 2024"])
    kpi.append(["Villages connected to the internet", "villages", 120, 112])
    times = book.create_sheet("Processing")
    times.append(["Year", "Average processing time (days)", "Median processing time (days)"])
    times.append([2023, 1.6, 0.6])
    times.append([2024, 1.4, 0.5])
    book.save(root / "corpus" / "indicators-2019-2023.xlsx")
    (root / "corpus" / "pembelian-katalog-2024.csv").write_text(
        "Month,Agency,Item,Quantity,Unit price (IDR),Total (IDR)\n"
        "March 2024,Dinas Pendidikan,Laptop guru 14 inci,80,12500000,1000000000\n"
        "April 2024,Dinas Kesehatan,Masker medis N95,300,385000,115500000\n", encoding="utf-8")
    return engine_over(root, {
        "commentary.md": (COMMENTARY, "Commentary on Malaysia's digital government indicators", "en", "2024-03-01"),
        "perwali-berbagi-data.md": (REGULATION, "Peraturan Wali Kota Sembawa tentang Berbagi Pakai Data", "id", "2023-09-04"),
        "kelas-daring.md": (TRAINING, "Laporan Kelas Daring Kota Sembawa 2024", "id", "2025-01-10"),
        "ringkasan-perizinan.md": (PERMITS, "Ringkasan Kebijakan: Perizinan Usaha Daerah melalui Portal SIMPEL", "id",
                                   "2024-09-10"),
    }, embedder, manifest_extra='["indicators-2019-2023.xlsx"]\ntitle = "Malaysia digital government indicators"\n'
                                'language = "en"\ndate = "2024-02-01"\n'
                                '["pembelian-katalog-2024.csv"]\ntitle = "E-catalogue purchases 2024"\n'
                                'language = "en"\ndate = "2025-01-15"\n')


def test_a_percentage_is_checked_against_what_it_measures(engine):
    v = check_claim(engine, "Internet users reached 96.8% in 2023")
    assert v.verdict == "contradicted", v
    # the row's 2023 figure, not the commentary's online service adoption in Penang
    assert "the source says 97.4 (97.4%) for 2023" in render_verdict_text(v), render_verdict_text(v)
    assert check_claim(engine, "Internet users reached 97.4% in 2023").verdict == "supported"


def test_working_days_are_no_days(engine):
    # "14 (empat belas) hari" are the data-breach notice's, not the days to answer a request
    v = check_claim(engine, "Walidata wajib menanggapi permintaan data dalam 14 hari kerja")
    assert v.verdict != "supported", v
    assert check_claim(engine, "Walidata wajib menanggapi permintaan data dalam 10 hari kerja").verdict == "supported"


def test_a_claimed_statistic_is_checked_against_that_statistic(engine):
    v = check_claim(engine, "The median processing time in 2024 was 1.4 days")
    assert v.verdict == "contradicted", render_verdict_text(v)
    assert "the source says 0.5" in render_verdict_text(v)
    assert check_claim(engine, "The average processing time in 2024 was 1.4 days").verdict == "supported"
    assert check_claim(engine, "The median processing time in 2024 was 0.5 days").verdict == "supported"


def test_how_many_is_not_answered_with_money(engine):
    # a blind probe's "How many villages were connected in 2023?" had been answered with the
    # budget row of the village internet network (IDR million, by its sheet's title row)
    a = engine.answer("How many villages were connected to the internet in 2023?")
    assert not a.answered, a.citations
    a = engine.answer("What was the budget for the village internet network in 2024?")
    assert a.answered and "8100" in a.citations[0].quote


def test_a_claim_is_contradicted_with_where_a_change_ended_not_where_it_started(engine):
    # "turun dari 14 hari kerja ... menjadi 3,5 hari kerja": a claim of 2,5 days had been
    # told "the source says 14 hari kerja" (a blind probe of stop 50)
    v = check_claim(engine, "Waktu rata-rata penerbitan izin usaha turun menjadi 2,5 hari kerja")
    assert v.verdict == "contradicted", render_verdict_text(v)
    assert "sumber menyebut 3,5 hari kerja" in render_verdict_text(v), render_verdict_text(v)
    assert check_claim(engine, "Waktu rata-rata penerbitan izin usaha turun menjadi 3,5 hari kerja").verdict == "supported"
    # ... also with words between "dari" and the figure (an attack on a first version)
    v = check_claim(engine, "Pendaftaran kelas daring mencapai 5.000 pengguna per bulan pada 2024")
    assert v.verdict == "contradicted" and "4.800" in render_verdict_text(v), render_verdict_text(v)


def test_what_was_paid_for_a_thing_is_its_price(engine):
    # "paid 12.5 million rupiah per teacher laptop" against the row's "Unit price (IDR):
    # 12500000" had been "not in my sources": a payment and a price had been other things
    v = check_claim(engine, "Dinas Pendidikan paid 12.5 million rupiah per teacher laptop in March 2024")
    assert v.verdict == "supported", render_verdict_text(v)
    v = check_claim(engine, "Dinas Pendidikan paid 14 million rupiah per teacher laptop in March 2024")
    assert v.verdict == "contradicted", render_verdict_text(v)
    # a total paid is no price: the unit price does not support it (an attack on a first version)
    v = check_claim(engine, "Dinas Pendidikan paid IDR 12.5 million in total for teacher laptops in March 2024")
    assert v.verdict != "supported", render_verdict_text(v)


@pytest.mark.parametrize("text, named", [
    ("Warga Satu meraih penghargaan emas ASEAN pada 2021", False),  # an award
    ("Data ini sangat berharga bagi perencanaan", False),  # valuable
    ("Harganya Rp 12,5 juta", True), ("The unit price was IDR 12.5 million", True),
    ("Kota membayar Rp 1 miliar", True),
])
def test_an_award_names_no_price(text, named):
    from bot.quotes import money_things

    assert bool(money_things(text)) is named


def test_an_event_year_is_read_across_languages(engine):
    # "SIMPEL was launched in 2021" had been contradicted by "selama tahun 2023": the
    # Indonesian "diluncurkan" was no launch to it (a blind probe of stop 50)
    v = check_claim(engine, "SIMPEL was launched in 2021")
    assert v.verdict == "supported", render_verdict_text(v)
    assert "diluncurkan pada Februari 2021" in render_verdict_text(v)
    v = check_claim(engine, "SIMPEL was launched in 2020")
    assert v.verdict == "contradicted" and "2021" in render_verdict_text(v), render_verdict_text(v)


@pytest.mark.parametrize("a, b, same", [
    ("launched", "diluncurkan", True), ("peluncuran", "launch", True), ("began", "dimulai", True),
    ("signed", "ditandatangani", True), ("opened", "diresmikan", True), ("launched", "dimulai", False),
    ("completed", "rampung", True), ("launched", "diterapkan", False),
])
def test_an_event_is_named_alike_in_both_languages(a, b, same):
    from bot.factcheck import _same_event

    assert _same_event(a, b) is same


@pytest.mark.parametrize("question", ["Berapa hari walidata harus menanggapi permintaan data?",
                                      "How many days does the walidata have to answer a data request?"])
def test_days_written_with_their_words_in_brackets_answer_how_many_days(engine, question):
    # "paling lambat 3 (tiga) hari kerja" had not been read as days: "Berapa hari PPK harus
    # menyetujui NPB?" was declined with the answer as its closest match (a blind probe of stop 50)
    a = engine.answer(question)
    assert a.answered, render_text(a)
    assert "10 (sepuluh) hari kerja" in a.citations[0].quote
