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
from bot.render import render_verdict_text
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
    return engine_over(root, {
        "commentary.md": (COMMENTARY, "Commentary on Malaysia's digital government indicators", "en", "2024-03-01"),
        "perwali-berbagi-data.md": (REGULATION, "Peraturan Wali Kota Sembawa tentang Berbagi Pakai Data", "id", "2023-09-04"),
    }, embedder, manifest_extra='["indicators-2019-2023.xlsx"]\ntitle = "Malaysia digital government indicators"\n'
                                'language = "en"\ndate = "2024-02-01"\n')


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
