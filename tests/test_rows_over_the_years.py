"""A highest, a lowest, a trend and a start asked of a table's rows over the years.

A blind probe of stop 44 found "What was the highest number of registered users
RuangWarga reached?" answered with the latest year's 2.7 million below 2022's 3.0 (the
latest row is no peak), "How many villages did DesaNet connect at launch?" and "What is
the trend in DesaNet's average speed?" answered with one middle year's row. The engine
now reads every year's row of the thing asked from the index
(bot.engine.Engine._with_table_rows) and quotes the extreme row of the column asked
(bot.engine._extreme_row_first), the rows in year order (bot.engine._series_quote) or
the first row (bot.engine._wants_earliest_row). The documents here are invented for the
test (other names and figures than the probe's).
"""

from __future__ import annotations

import re

import pytest

from bot.render import render_text
from tests.corpus_helpers import engine_over

PORTALS = """Year,Portal,Registered users (million),Complaints handled (thousand)
2017,LapakWarga,0.4,12
2018,LapakWarga,1.1,30
2019,LapakWarga,2.3,41
2020,LapakWarga,3.6,38
2021,LapakWarga,3.2,52
2022,LapakWarga,2.9,52
2018,NikahOnline,0.2,3
2019,NikahOnline,0.3,5
2020,NikahOnline,0.5,4
2021,NikahOnline,0.8,6
2022,NikahOnline,1.4,9
"""

TOWERS = """# Laporan Tahunan Menara Desa 2023

Direktorat Konektivitas Pedesaan menjalankan dua program: SinyalTani dan MenaraBukit.
Laporan ini memuat jumlah desa yang terhubung oleh setiap program, tahun demi tahun.

| Tahun | Program | Desa terhubung | Kecepatan rata-rata (Mbps) |
|------|---------|---------------:|---------------------------:|
| 2019 | SinyalTani | 210 | 6 |
| 2019 | MenaraBukit | 45 | 3 |
| 2020 | SinyalTani | 480 | 9 |
| 2020 | MenaraBukit | 90 | 4 |
| 2021 | SinyalTani | 1.150 | 13 |
| 2021 | MenaraBukit | 150 | 6 |
| 2022 | SinyalTani | 1.620 | 17 |
| 2022 | MenaraBukit | 205 | 8 |
| 2023 | SinyalTani | 2.040 | 21 |
| 2023 | MenaraBukit | 260 | 11 |

Direktorat memperkirakan kedua program berlanjut hingga 2026.
"""

# a decade of one thing: more rows than a trend quotes
KIOSKS = "Year,Programme,Kiosks installed\n" + "".join(
    f"{2010 + i},KiosKita,{100 + 25 * i}\n" for i in range(12))

# two rows a year (one a half-year): no one row a year to quote as a trend
HALVES = """Year,Half,Service,Payments (million)
2021,H1,BayarAir,1.2
2021,H2,BayarAir,1.5
2022,H1,BayarAir,1.9
2022,H2,BayarAir,2.4
"""

# one service's rows for two provinces a year (and one served in one province only)
PROVINCES = """Tahun,Layanan,Provinsi,Jumlah transaksi (ribu)
2021,PosDesa,Bukit Raya,210
2021,PosDesa,Danau Biru,95
2022,PosDesa,Bukit Raya,260
2022,PosDesa,Danau Biru,130
2023,PosDesa,Bukit Raya,240
2023,PosDesa,Danau Biru,175
2022,TaniPintar,Bukit Raya,40
2023,TaniPintar,Bukit Raya,55
"""

# ... and with a row for the whole country
NATIONAL = """Year,Service,Province,Applications (thousand)
2022,IzinCepat,North Coast,120
2022,IzinCepat,South Hills,80
2022,IzinCepat,National,200
2023,IzinCepat,North Coast,150
2023,IzinCepat,South Hills,90
2023,IzinCepat,National,240
"""

FILES = {
    "portal-users-2017-2022.en.csv": (PORTALS, "Registered users and complaints of city portals, 2017-2022",
                                      "en", "2023-03-01"),
    "laporan-menara-desa-2023.id.md": (TOWERS, "Laporan Tahunan Menara Desa 2023", "id", "2024-02-10"),
    "kiosks-2010-2021.en.csv": (KIOSKS, "Public service kiosks installed, 2010-2021", "en", "2022-02-01"),
    "bayarair-payments.en.csv": (HALVES, "BayarAir payments by half-year, 2021-2022", "en", "2023-01-20"),
    "transaksi-posdesa-per-provinsi.id.csv": (PROVINCES, "Jumlah transaksi layanan desa per provinsi, 2021-2023",
                                             "id", "2024-01-15"),
    "izincepat-applications.en.csv": (NATIONAL, "IzinCepat applications by province, 2022-2023", "en", "2024-02-01"),
}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("rows_over_the_years"), FILES, embedder)


def _quoted_years(text: str) -> list[str]:
    """The year cells of the quoted rows, in reply order."""
    return [m.group(1) for line in text.splitlines() if line.strip().startswith("“")
            for m in [re.search(r"(?:Year|Tahun): (\d{4})", line)] if m]


@pytest.mark.parametrize("question, year", [
    ("What was the highest number of registered users LapakWarga reached?", "2020"),  # 3.6, not 2022's 2.9
    ("When did LapakWarga have the most registered users?", "2020"),
    # "which year" asks no thing compared (a blind probe of stop 45's first mend had
    # compared nothing, then left the ranker's row)
    ("In which year did LapakWarga have the most registered users, and how many?", "2020"),
    ("Berapa jumlah pengguna terdaftar LapakWarga tertinggi?", "2020"),
    ("What was the lowest number of registered users LapakWarga had?", "2017"),
    # the column asked: complaints peaked in 2021 and 2022 (a tie: the first year)
    ("What was the highest number of complaints LapakWarga handled?", "2021"),
    # "1.150"-style thousands of an Indonesian table read as thousands
    ("Berapa jumlah desa terhubung SinyalTani tertinggi?", "2023"),
    ("Berapa kecepatan rata-rata tertinggi SinyalTani?", "2023"),
    ("Berapa jumlah desa terhubung MenaraBukit paling rendah?", "2019"),
])
def test_an_extreme_asked_quotes_the_extreme_row(engine, question, year):
    a = engine.answer(question)
    text = render_text(a)
    assert a.answered, text
    assert _quoted_years(text)[:1] == [year], text


def test_an_extreme_asked_in_the_other_language_shows_the_extreme_row(engine):
    """Answered or shown as the closest match, the row is the extreme one (1.150 < 2.040)."""
    text = render_text(engine.answer("What was the highest number of villages SinyalTani connected?"))
    assert _quoted_years(text)[:1] == ["2023"], text


@pytest.mark.parametrize("question, years", [
    ("What is the trend in LapakWarga's registered users?", ["2017", "2018", "2019", "2020", "2021", "2022"]),
    ("Bagaimana perkembangan jumlah desa terhubung SinyalTani dari tahun ke tahun?",
     ["2019", "2020", "2021", "2022", "2023"]),
    ("How many villages did MenaraBukit connect each year?", ["2019", "2020", "2021", "2022", "2023"]),
    # twelve years: the first and the latest seven (SERIES_ROWS)
    ("How many kiosks did KiosKita install each year?",
     ["2010", "2015", "2016", "2017", "2018", "2019", "2020", "2021"]),
])
def test_a_trend_asked_quotes_the_rows_in_year_order(engine, question, years):
    a = engine.answer(question)
    text = render_text(a)
    assert a.answered, text
    assert _quoted_years(text) == years, text
    # one source line for the table's rows, every row's paragraph on it
    assert text.count("Source:") + text.count("Sumber:") == 1, text


def test_a_trend_within_the_years_named(engine):
    a = engine.answer("What was the trend in LapakWarga's registered users from 2018 to 2020?")
    text = render_text(a)
    assert a.answered and _quoted_years(text) == ["2018", "2019", "2020"], text


@pytest.mark.parametrize("question, years", [
    ("How much did LapakWarga's registered users grow from 2018 to 2020?", ["2018", "2020"]),
    ("Compare LapakWarga registered users in 2022 and 2018.", ["2018", "2022"]),
    ("Berapa kenaikan jumlah desa terhubung SinyalTani dari 2019 ke 2023?", ["2019", "2023"]),
])
def test_two_years_asked_quote_both_years_rows(engine, question, years):
    """A change or a comparison of two years: both rows side by side, no difference
    computed (a figure no source states)."""
    a = engine.answer(question)
    text = render_text(a)
    assert a.answered and _quoted_years(text) == years, text
    assert "2.5" not in text and "1.830" not in text and "1,830" not in text, text


def test_a_total_over_years_named_is_not_their_rows():
    from bot.engine import _years_rows_asked

    # a year named as context is no second year asked (a fresh-eyes review of stop 45)
    assert not _years_rows_asked("How many users did LapakWarga have in 2021, a year after its 2020 relaunch?")
    assert not _years_rows_asked("How many users did LapakWarga have in 2022 according to the 2023 report?")

    assert _years_rows_asked("How many users did LapakWarga have in 2018 and 2022?")
    assert not _years_rows_asked("What was the total number of LapakWarga users from 2018 to 2020?")
    assert not _years_rows_asked("Berapa rata-rata pengguna LapakWarga 2018-2020?")
    assert not _years_rows_asked("How many users did LapakWarga have in 2022?")


def test_two_rows_a_year_are_no_trend_to_quote(engine):
    """Half-year rows: which row stands for a year is not the engine's to choose."""
    a = engine.answer("What is the trend in BayarAir payments?")
    assert len(a.citations) <= 1, render_text(a)


@pytest.mark.parametrize("question, year", [
    ("How many registered users did LapakWarga have at launch?", "2017"),
    ("Berapa desa yang terhubung SinyalTani saat diluncurkan?", "2019"),
    ("How many villages did MenaraBukit connect initially?", "2019"),
])
def test_a_figure_at_the_start_quotes_the_first_row(engine, question, year):
    a = engine.answer(question)
    text = render_text(a)
    assert a.answered, text
    assert _quoted_years(text)[:1] == [year], text


def test_a_column_named_average_asks_for_the_latest_row(engine):
    """"average" in "Kecepatan rata-rata" names the column, not an average over the years."""
    a = engine.answer("What is the average speed of SinyalTani?")
    text = render_text(a)
    assert a.answered and _quoted_years(text)[:1] == ["2023"], text


def test_which_questions_ask_for_rows_over_the_years():
    from bot.engine import _columns_asked, _extreme_asked, _row_names_written, _series_asked, _wants_earliest_row

    assert _extreme_asked("What was the highest number of users LapakWarga reached?") == "max"
    assert _extreme_asked("Kapan pengguna LapakWarga paling sedikit?") is None  # "paling sedikit": at least
    assert _extreme_asked("What was the biggest increase in LapakWarga users?") is None  # a change
    assert _extreme_asked("What was the highest number of users in 2021?") is None  # a year named
    assert _extreme_asked("What is the most recent number of LapakWarga users?") is None
    assert _extreme_asked("Why did LapakWarga peak?") is None
    assert _series_asked("How many users did LapakWarga have each year?")
    assert not _series_asked("What was the highest number of LapakWarga users each year?")
    assert _wants_earliest_row("How many users did LapakWarga have at first?")
    assert not _wants_earliest_row("How much did LapakWarga grow in its first year?")  # a change
    row = "p — Year: 2021; Portal: LapakWarga; Registered users (million): 3.2; Complaints handled (thousand): 52"
    # no portal named: a comparison of portals, not one portal's years
    assert not _row_names_written("Which portal had the most registered users?", row)
    assert _row_names_written("When did lapakwarga peak?", row)
    assert _columns_asked("the most complaints of LapakWarga", row) == ["Complaints handled (thousand)"]
    assert _columns_asked("the highest figure of LapakWarga", row) == []  # no column named
    # a fresh-eyes review of stop 45: the start of something else, a column's name, peak hours
    assert not _wants_earliest_row("How many users did LapakWarga have at the start of the pandemic?")
    assert not _wants_earliest_row("Berapa pengguna LapakWarga pada awal pandemi?")
    assert _wants_earliest_row("How many users did LapakWarga have at the start of the programme?")
    peak = "p — Year: 2021; Portal: LapakWarga; Registered users: 3200; Peak concurrent users: 410"
    assert _extreme_asked("How many peak concurrent users does LapakWarga have?", peak) is None
    assert _extreme_asked("How many registered users did LapakWarga have at its peak?", peak) == "max"
    assert _columns_asked("How many registered users did LapakWarga have at its peak?", peak) == ["Registered users"]
    assert _extreme_asked("How many complaints does LapakWarga handle during peak hours?") is None


def test_a_column_is_read_in_one_convention():
    """bot.engine._column_values: "1.125" among "0.9" and "2.35" is 1.125 (a fresh-eyes
    review of stop 45 had its highest taken as 1125); a cell that is no plain number is
    ``None``."""
    from bot.engine import _column_values

    rows = [f"t — Tahun: {y}; Layanan: X; Pengguna (juta): {v}" for y, v in
            ((2019, "0.9"), (2020, "1.125"), (2021, "2.35"))]
    assert _column_values(rows, "Pengguna (juta)", "id") == [0.9, 1.125, 2.35]
    rows = [f"t — Tahun: {y}; Program: X; Desa: {v}" for y, v in ((2021, "1.150"), (2022, "2.040"), (2023, "985"))]
    assert _column_values(rows, "Desa", "id") == [1150.0, 2040.0, 985.0]
    assert _column_values(["t — Year: 2020; App: X; Users: 1.2 million", "t — Year: 2021; App: X; Share: 45.5%"],
                          "Users", "en") == [None, None]
    assert _column_values(["t — Year: 2021; App: X; Share: 45.5%"], "Share", "en") == [45.5]


def test_a_coined_name_is_not_a_word_of_it_spelt_otherwise(engine):
    """bot.engine.gives_name: "DesaNet" is not given by "Desa terhubung" (the fuzzy
    spelling match had read "desa" as "desanet" spelt otherwise, and SinyalTani's row
    answered "What is DesaNet's average speed?")."""
    from bot.engine import gives_name

    row = "t — Tahun: 2023; Program: SinyalTani; Desa terhubung: 2.040"
    assert not gives_name(["DesaNet"], row)
    assert gives_name(["SinyalTani"], row) and gives_name(["Sinyaltani"], row)
    assert not engine.answer("What is DesaNet's average speed?").answered


def _quoted_places(text: str) -> list[str]:
    """The year and place cells of the quoted rows, in reply order: ``"2023 Bukit Raya"``."""
    out = []
    for line in text.splitlines():
        m = re.search(r"(?:Year|Tahun): (\d{4});.*(?:Provinsi|Province): ([^;]+);", line)
        if line.strip().startswith("“") and m:
            out.append(f"{m.group(1)} {m.group(2)}")
    return out


@pytest.mark.parametrize("question, rows", [
    # the service named, no province: every province's row of the year (a blind probe of
    # stop 44 had one province's 2024 row of two)
    ("Berapa jumlah transaksi PosDesa saat ini?", ["2023 Bukit Raya", "2023 Danau Biru"]),
    ("How many PosDesa transactions were there in 2022?", ["2022 Bukit Raya", "2022 Danau Biru"]),
    ("Berapa transaksi PosDesa di Danau Biru pada 2022?", ["2022 Danau Biru"]),  # a province named
    ("How many TaniPintar transactions were there in 2023?", ["2023 Bukit Raya"]),  # one province only
    ("How many IzinCepat applications were there in 2022?", ["2022 National"]),  # the country's row
    # a highest over every province's years: the row shows which
    ("What was the highest number of PosDesa transactions?", ["2022 Bukit Raya"]),
])
def test_a_thing_named_without_its_place_quotes_every_place(engine, question, rows):
    a = engine.answer(question)
    text = render_text(a)
    assert a.answered and _quoted_places(text) == rows, text


def test_too_many_places_are_left_to_the_ranker():
    from bot.engine import PLACE_ROWS, _place_cell_unnamed

    assert PLACE_ROWS == 6
    row = "t — Tahun: 2023; Layanan: PosDesa; Provinsi: Bukit Raya; Jumlah transaksi (ribu): 240"
    assert _place_cell_unnamed("Berapa transaksi PosDesa?", row) == ("Provinsi", [("Layanan", "PosDesa")])
    assert _place_cell_unnamed("Berapa transaksi PosDesa di Bukit Raya?", row) is None
    assert _place_cell_unnamed("Berapa transaksi layanan desa?", row) is None  # no service named


# two captionless HTML tables of one document under the same header (applications
# received, then permits approved), and a row whose figure the table lacks
TWO_TABLES = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Permit service figures</title></head><body>
<p>The city runs the SegeraIzin permit service. The first table gives applications received.</p>
<table><tr><th>Year</th><th>Service</th><th>Number</th></tr>
<tr><td>2020</td><td>SegeraIzin</td><td>5200</td></tr>
<tr><td>2021</td><td>SegeraIzin</td><td>6100</td></tr>
<tr><td>2022</td><td>SegeraIzin</td><td>6900</td></tr></table>
<p>The second table gives permits approved.</p>
<table><tr><th>Year</th><th>Service</th><th>Number</th></tr>
<tr><td>2020</td><td>SegeraIzin</td><td>3100</td></tr>
<tr><td>2021</td><td>SegeraIzin</td><td>4500</td></tr>
<tr><td>2022</td><td>SegeraIzin</td><td>4200</td></tr></table>
</body></html>
"""

SHARES = """Year,Programme,Villages connected,Share of villages online
2019,DesaTerang,1020,12.5%
2020,DesaTerang,1480,18%
2021,DesaTerang,2050,24.5%
2022,DesaTerang,2110,24.9%
2023,DesaTerang,n/a,26%
"""


@pytest.fixture(scope="module")
def review_engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("rows_review"), {
        "permits.en.html": (TWO_TABLES, "Permit service figures", "en", "2023-02-01"),
        "shares.en.csv": (SHARES, "DesaTerang village connectivity, 2019-2023", "en", "2024-01-05"),
    }, embedder)


def test_two_tables_under_one_header_give_no_extreme(review_engine):
    """The 6900 applications are no permits approved: rows of one year twice are no one
    thing's years (a fresh-eyes review of stop 45)."""
    text = render_text(review_engine.answer("What was the highest number of permits SegeraIzin approved?"))
    assert "6900" not in text, text


def test_a_figure_the_table_lacks_is_no_other_thing(review_engine):
    """"n/a" is no name: the 2023 row is DesaTerang's too (its share is the highest)."""
    from bot.quotes import naming_cells

    assert list(naming_cells("s — Year: 2023; Programme: DesaTerang; Villages connected: n/a; Share: 26%")) \
        == [("Programme", "DesaTerang")]
    a = review_engine.answer("What was the highest share of villages online for DesaTerang?")
    assert _quoted_years(render_text(a))[:1] == ["2023"], render_text(a)
    a = review_engine.answer("What is the trend in villages connected by DesaTerang?")
    assert _quoted_years(render_text(a)) == ["2019", "2020", "2021", "2022", "2023"], render_text(a)
