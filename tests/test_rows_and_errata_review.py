"""Where the latest-row and erratum rules of stop 44 must not reach, and forms they must read.

A fresh-eyes review of stop 44's first version found them firing wrongly: a row of another
table of the same document (two HTML tables without captions, two Markdown tables of one
file) taken as the latest row; a count read as a row's year ("Offices connected: 2085");
an erratum correcting "120 villages" turning a claim of "120 schools" into
"contradicted"; a result set against its target ("12 provinsi, bukan 38 provinsi seperti
yang ditargetkan") and a department's name ("Department of Corrections") read as
corrections; "was reported as" withdrawing a report's own figure; an average of a year
asked declined; "When did X first reach one million users?" answered with the first row.
It also found plural errata ("The correct figures are ...") and "63%, not 58%" or
"$58.3 million ..., not $61.7 million" unread. The documents are invented for the test.
"""

from __future__ import annotations

import pytest

from bot.factcheck import check_claim
from bot.render import render_text, render_verdict_text
from tests.corpus_helpers import engine_over, first_quote

TWO_TABLES = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Provincial Apps Report 2024</title></head>
<body><main>
<h1>Provincial Apps Report 2024</h1>
<p>The province runs two apps: WargaKu for citizen reports and AduanKita for complaints.</p>
<table>
<thead><tr><th>Year</th><th>App</th><th>Registered users (million)</th></tr></thead>
<tbody>
<tr><td>2019</td><td>WargaKu</td><td>0.6</td></tr>
<tr><td>2020</td><td>WargaKu</td><td>1.0</td></tr>
<tr><td>2021</td><td>WargaKu</td><td>1.5</td></tr>
<tr><td>2022</td><td>WargaKu</td><td>2.1</td></tr>
</tbody></table>
<p>Complaints handled through the apps grew every year.</p>
<table>
<thead><tr><th>Year</th><th>App</th><th>Complaints handled (thousand)</th></tr></thead>
<tbody>
<tr><td>2021</td><td>WargaKu</td><td>51</td></tr>
<tr><td>2022</td><td>WargaKu</td><td>77</td></tr>
<tr><td>2023</td><td>WargaKu</td><td>96</td></tr>
<tr><td>2024</td><td>WargaKu</td><td>131</td></tr>
</tbody></table>
</main></body></html>
"""

YEAR_LAST = """App,Offices connected,Year
LinkDinas,870,2020
LinkDinas,1330,2021
LinkDinas,2075,2022
LinkDinas,2410,2023
"""

THRESHOLDS = """Year,App,Registered users (million)
2017,PasarDesa,0.2
2018,PasarDesa,0.6
2019,PasarDesa,1.3
2020,PasarDesa,1.1
2021,PasarDesa,1.8
2022,PasarDesa,2.4
"""

KIOSK_RELEASE = """Press Release: KioskPintar Expands

Lamar, 5 May 2023 — KioskPintar kiosks now operate in 140 villages.

KioskPintar served 140 schools in 2023.
"""

KIOSK_CORRECTION = """Correction: KioskPintar Expands

Lamar, 20 May 2023 — The number of villages with KioskPintar kiosks was given as 140. The correct figure is 105.
"""

CLINIC_PLAN = """Rencana Kerja SehatDaring 2023

Jakarta, 10 Januari 2023 — Kementerian Kesehatan menetapkan rencana kerja layanan SehatDaring.

Layanan konsultasi SehatDaring ditargetkan menjangkau 34 provinsi pada akhir 2023.
"""

CLINIC_REVIEW = """Evaluasi Layanan SehatDaring 2023

Jakarta, 10 Maret 2024 — Kementerian Kesehatan merilis evaluasi layanan SehatDaring.

Hingga akhir 2023, layanan konsultasi SehatDaring baru menjangkau 14 provinsi, bukan 34 provinsi seperti yang ditargetkan.
"""

PRISONS = """Department of Corrections Annual Report 2023

The Department of Corrections runs 11 prisons in the province.

In 2023, 1,460 inmates were reported as released on parole.
"""

INFLATION = """Regional Economic Review 2024

The inflation rate of Lamar Province was 3.4 percent in 2023, not 2.7 percent as forecast.
"""

FORM_RELEASE = """Press Release: IsiForm Results 2022

Sari City, 10 January 2023 — The share of permit applications submitted through IsiForm in 2022 was 54%.

IsiForm payments totalled $44.2 million in 2022.
"""

FORM_ERRATUM = """Erratum: IsiForm Results 2022

Sari City, 20 February 2023 — The agency corrects its press release of 10 January 2023.

The share of permit applications submitted through IsiForm in 2022 was 61%, not 54%.

IsiForm payments totalled $41.9 million in 2022, not $44.2 million.
"""

WATER_RELEASE = """Press Release: AirLancar Results 2022

Port Lamar, 1 February 2023 — The Water Authority today published the 2022 results of AirLancar, its online water-bill portal.

AirLancar processed 6.2 million payments in 2022.

AirLancar issued 0.4 million refunds in 2022.
"""

WATER_ERRATUM = """Erratum: AirLancar Results 2022

Port Lamar, 2 March 2023 — The Water Authority corrects its press release of 1 February 2023.

The numbers of payments and refunds AirLancar processed in 2022 were given as 6.2 million and 0.4 million. The correct figures are 5.8 million and 0.3 million.
"""

SPEEDS = """# Internet Quality Report 2024

Table 3. Average internet speed by province (Mbps)

| Year | Province | Download | Upload |
|---|---|---|---|
| 2022 | Aceh | 12.1 | 4.2 |
| 2023 | Aceh | 15.8 | 5.0 |
| 2022 | Bali | 20.4 | 7.1 |
| 2023 | Bali | 24.9 | 8.3 |
"""

FILES = {
    "provincial-apps-2024.en.html": (TWO_TABLES, "Provincial Apps Report 2024", "en", "2025-01-15"),
    "linkdinas-offices.en.csv": (YEAR_LAST, "LinkDinas offices connected", "en", "2024-02-01"),
    "pasardesa-users.en.csv": (THRESHOLDS, "PasarDesa registered users", "en", "2023-03-01"),
    "kioskpintar-release-2023.en.md": (KIOSK_RELEASE, "Press Release: KioskPintar Expands", "en", "2023-05-05"),
    "kioskpintar-correction-2023.en.md": (KIOSK_CORRECTION, "Correction: KioskPintar Expands", "en", "2023-05-20"),
    "sehatdaring-rencana-2023.id.md": (CLINIC_PLAN, "Rencana Kerja SehatDaring 2023", "id", "2023-01-10"),
    "sehatdaring-evaluasi-2024.id.md": (CLINIC_REVIEW, "Evaluasi Layanan SehatDaring 2023", "id", "2024-03-10"),
    "corrections-report-2023.en.md": (PRISONS, "Department of Corrections Annual Report 2023", "en", "2024-01-20"),
    "economic-review-2024.en.md": (INFLATION, "Regional Economic Review 2024", "en", "2024-02-01"),
    "isiform-release-2023.en.md": (FORM_RELEASE, "Press Release: IsiForm Results 2022", "en", "2023-01-10"),
    "isiform-erratum-2023.en.md": (FORM_ERRATUM, "Erratum: IsiForm Results 2022", "en", "2023-02-20"),
    "airlancar-release-2023.en.md": (WATER_RELEASE, "Press Release: AirLancar Results 2022", "en", "2023-02-01"),
    "airlancar-erratum-2023.en.md": (WATER_ERRATUM, "Erratum: AirLancar Results 2022", "en", "2023-03-02"),
    "internet-quality-2024.en.md": (SPEEDS, "Internet Quality Report 2024", "en", "2024-06-01"),
}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("rows_and_errata_review"), FILES, embedder)


def test_another_table_of_the_document_gives_no_latest_row(engine):
    """bot.engine._same_table compares the columns too."""
    a = engine.answer("How many registered users does WargaKu have?")
    text = render_text(a)
    assert a.answered, text
    assert "Year: 2022; App: WargaKu; Registered users (million): 2.1" in first_quote(text), text


def test_a_count_is_no_row_s_year(engine):
    """bot.engine._row_year reads a year column only ("Offices connected: 2075" is a count)."""
    from bot.engine import _row_year

    assert _row_year("linkdinas-offices.en — App: LinkDinas; Offices connected: 2075; Year: 2022") == 2022
    assert _row_year("x — App: LinkDinas; Offices connected: 2075") is None
    a = engine.answer("When did LinkDinas first connect offices?")
    text = render_text(a)
    assert a.answered and "Year: 2020" in first_quote(text), text


@pytest.mark.parametrize("question", [
    "When did PasarDesa first reach one million registered users?",
    "Kapan jumlah pengguna PasarDesa pertama kali turun?",
    "When did PasarDesa start charging a fee?",
])
def test_a_threshold_or_an_event_asked_is_not_the_first_row(engine, question):
    """bot.engine._wants_earliest_row: the first row need not be when a figure was reached."""
    from bot.engine import _wants_earliest_row

    assert not _wants_earliest_row(question)
    a = engine.answer(question)
    assert not a.answered or "Year: 2017" not in render_text(a), render_text(a)


def test_the_minimum_asked_is_not_the_latest_row():
    from bot.engine import _wants_latest_row

    assert not _wants_latest_row("What was the minimum number of PasarDesa registered users?")
    assert not _wants_latest_row("Berapa jumlah pengguna terdaftar PasarDesa paling sedikit?")


@pytest.mark.parametrize("claim, verdict, said", [
    ("KioskPintar served 140 schools in 2023.", "supported", "140 schools"),  # the correction is of villages
    ("KioskPintar kiosks operate in 140 villages.", "contradicted", "105"),
])
def test_a_correction_corrects_its_own_thing_only(engine, claim, verdict, said):
    """bot.factcheck._corrected_by_value needs the figure's noun in the correcting sentence."""
    v = check_claim(engine, claim)
    text = render_verdict_text(v)
    assert v.verdict == verdict, text
    assert said in text.split("\n")[2], text


def test_a_correction_of_another_thing_answers_no_question(engine):
    a = engine.answer("How many schools did KioskPintar serve in 2023?")
    text = render_text(a)
    assert a.answered and "140 schools" in text.split("Figures")[0], text
    assert "The correct figure is 105" not in text, text


def test_a_target_set_against_a_result_is_the_target_s_figure(engine):
    """bot.quotes.CORRECTION_PAIR: "bukan 34 provinsi seperti yang ditargetkan" replaces no figure."""
    v = check_claim(engine, "Layanan SehatDaring ditargetkan menjangkau 34 provinsi pada akhir 2023.")
    assert v.verdict == "supported", render_verdict_text(v)
    a = engine.answer("Berapa provinsi yang dijangkau SehatDaring pada akhir 2023?")
    text = render_text(a)
    assert "sudah diralat" not in text and "superseded" not in text, text


def test_a_forecast_set_against_a_result_is_no_result_nor_superseded(engine):
    """"3.4 percent ..., not 2.7 percent as forecast": 2.7 is no evidence of the rate, and no
    figure the source replaces (bot.quotes.replaced_figure needs words of a correction)."""
    v = check_claim(engine, "The inflation rate of Lamar Province was 2.7 percent in 2023.")
    assert v.verdict == "contradicted", render_verdict_text(v)
    a = engine.answer("What was the inflation rate of Lamar Province in 2023?")
    text = render_text(a)
    assert a.answered and "superseded" not in text, text


def test_a_department_of_corrections_writes_no_erratum(engine):
    """bot.quotes.ERRATUM reads "Correction" alone; RETRACTED reads "was given as" before a figure only."""
    from bot.quotes import withdrawn_part

    title = "Department of Corrections Annual Report 2023"
    assert withdrawn_part("In 2023, 1,460 inmates were reported as released on parole.", "", title) == 0
    assert withdrawn_part("TolPay was given as an example of 3 apps.", "", "Erratum: apps") == 0
    v = check_claim(engine, "In 2023, 1,460 inmates were released on parole.")
    assert v.verdict == "supported", render_verdict_text(v)
    a = engine.answer("How many inmates were released on parole in 2023?")
    assert a.answered and "superseded" not in render_text(a), render_text(a)


@pytest.mark.parametrize("claim, verdict, said", [
    ("54% of permit applications were submitted through IsiForm in 2022.", "contradicted", "61%"),
    ("IsiForm payments totalled $44.2 million in 2022.", "contradicted", "$41.9 million"),
    ("AirLancar processed 6.2 million payments in 2022.", "contradicted", "5.8 million"),
    ("AirLancar issued 0.4 million refunds in 2022.", "contradicted", "0.3 million"),
])
def test_errata_in_percent_dollars_and_plural(engine, claim, verdict, said):
    """bot.quotes.CORRECTION_PAIR reads "%" and "$"; CORRECTED reads "The correct figures
    are"; bot.factcheck._corrected_by_value pairs a plural erratum's figures in order."""
    v = check_claim(engine, claim)
    text = render_verdict_text(v)
    assert v.verdict == verdict, text
    assert said in text.split("\n")[2], text


def test_an_average_of_a_year_asked_is_that_year_s_row(engine):
    """bot.engine._aggregate_over_rows: a year asked, or a table of averages, keeps the row."""
    a = engine.answer("What was the average internet speed in Aceh in 2023?")
    text = render_text(a)
    assert a.answered and "15.8" in text, text
