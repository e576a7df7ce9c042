"""A total or an average asked over several things of a table that no source states.

A blind probe of stop 45 found "What is the total number of registered users across all
services in 2023?" answered with one service's row, and an average across services with
another: no source stated the total, and the bot adds up no figures of its own (figures
are sacred). The reply now declines, says why, and shows every thing's row of the year as
the closest match (bot.engine._aggregate_rows_quote, bot.engine._aggregate_unstated,
bot.types.Answer.closest_more); a table's own total or average row answers
("Portal: All portals", "Provinsi: Nasional"), and so does prose stating the total. The
documents are invented for the test.
"""

from __future__ import annotations

import re

import pytest

from bot.render import render_html, render_text
from tests.corpus_helpers import engine_over

SERVICES = """Year,Service,Registered users (million),Transactions (million)
2019,TandaDiri,2.1,14
2020,TandaDiri,3.4,22
2021,TandaDiri,4.9,31
2022,TandaDiri,6.2,40
2023,TandaDiri,7.0,38
2019,PajakMudah,0.8,5
2020,PajakMudah,1.3,9
2021,PajakMudah,2.2,15
2022,PajakMudah,2.9,19
2023,PajakMudah,2.6,21
2021,KlinikKita,1.0,3
2022,KlinikKita,1.8,6
2023,KlinikKita,3.3,11
"""

# one service's figure in prose, in the other language than the question
PRESS = """Press release, 15 January 2024: TandaDiri passes 7 million users

The Ministry announced today that TandaDiri, the national digital identity service, had 7.0 million registered users at the end of 2023. TandaDiri is now accepted by 65 agencies, up from 40 in 2021.
"""

# a table with its own total row (one word or two)
PORTALS = """Year,Portal,Registered users (thousand)
2022,KotaSatu,120
2022,KotaDua,80
2022,All portals,200
2023,KotaSatu,150
2023,KotaDua,95
2023,Grand total,245
"""

# a place table with the country's row in one year only
KIOSKS = """Tahun,Layanan,Provinsi,Jumlah transaksi (ribu)
2023,AnjunganDesa,Lembah Hijau,402
2023,AnjunganDesa,Pesisir Timur,334
2024,AnjunganDesa,Lembah Hijau,455
2024,AnjunganDesa,Pesisir Timur,390
2024,AnjunganDesa,Nasional,845
"""

# a table without years, and prose stating the total
SCHOOLS = """# Sekolah Daring 2023

Program KelasJauh menghubungkan sekolah di tiga kabupaten.

| Kabupaten | Sekolah terhubung | Guru dilatih |
|---|---:|---:|
| Sungai Jernih | 120 | 340 |
| Gunung Kabut | 85 | 210 |
| Teluk Sunyi | 60 | 150 |

Secara keseluruhan, 265 sekolah terhubung pada 2023.
"""

# channels with "Semua kanal" (asked in English too); countries
# (Indonesia is one of them, no total); a column of averages with the country's row (a
# fresh-eyes review of stop 46)
CHANNELS = """Tahun,Kanal,Transaksi (juta)
2024,Aplikasi,20
2024,Situs web,12
2024,Loket,8
2024,Semua kanal,40
"""

COUNTRIES = """Year,Country,Online services
2023,Indonesia,450
2023,Malaysia,400
2023,Thailand,360
2023,Vietnam,320
"""

PERMITS = """Tahun,Provinsi,Rata-rata waktu proses izin (hari)
2024,Kalimantan Timur,3.8
2024,Kalimantan Barat,4.4
2024,Nasional,4.0
"""

FILES = {
    "transaksi-kanal-2024.id.csv": (CHANNELS, "Transaksi layanan publik per kanal 2024", "id", "2025-01-20"),
    "asean-online-services.en.csv": (COUNTRIES, "Online public services in four ASEAN countries", "en", "2024-03-01"),
    "waktu-proses-izin.id.csv": (PERMITS, "Rata-rata waktu proses izin per provinsi", "id", "2025-02-01"),
    "digital-services-2019-2023.en.csv": (SERVICES, "Digital services dataset 2019-2023", "en", "2024-02-01"),
    "tandadiri-press-2024.en.txt": (PRESS, "TandaDiri passes 7 million users", "en", "2024-01-15"),
    "city-portals.en.csv": (PORTALS, "City portals registered users", "en", "2024-01-10"),
    "transaksi-anjungandesa.id.csv": (KIOSKS, "Transaksi AnjunganDesa per provinsi", "id", "2025-01-10"),
    "sekolah-daring-2023.id.md": (SCHOOLS, "Sekolah Daring 2023", "id", "2024-01-10"),
}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("totals_across_things"), FILES, embedder)


def _shown_rows(answer) -> list[str]:
    """The quotes a declined reply shows as its closest match, in order."""
    return [c.quote for c in ([answer.closest] if answer.closest else []) + list(answer.closest_more)]


@pytest.mark.parametrize("question, year, things, because", [
    ("What is the total number of registered users across all services in 2023?", "2023",
     ["TandaDiri", "PajakMudah", "KlinikKita"], "no_total"),
    # the search ranks the press release's one-service sentence first
    ("Berapa total pengguna terdaftar semua layanan pada 2023?", "2023",
     ["TandaDiri", "PajakMudah", "KlinikKita"], "no_total"),
    ("What is the combined number of transactions of all services in 2021?", "2021",
     ["TandaDiri", "PajakMudah", "KlinikKita"], "no_total"),
    ("What was the average number of registered users across the services in 2022?", "2022",
     ["TandaDiri", "PajakMudah", "KlinikKita"], "no_average"),
    # a place table whose year has no country's row
    ("Berapa total transaksi AnjunganDesa di semua provinsi pada 2023?", "2023",
     ["Lembah Hijau", "Pesisir Timur"], "no_total"),
])
def test_a_total_no_source_states_is_declined_with_every_row_shown(engine, question, year, things, because):
    a = engine.answer(question)
    text = render_text(a)
    assert not a.answered, text
    assert a.declined_because == because, text
    rows = _shown_rows(a)
    assert len(rows) == len(things), text
    for thing in things:  # every thing's row of the year asked, once
        assert sum(thing in r and re.search(rf"(?:Year|Tahun): {year}\b", r) is not None for r in rows) == 1, text
    # the reply says why and computes nothing: every figure shown is a row's own
    assert ("not their" in text) if a.language == "en" else ("bukan" in text), text
    assert "7.0" not in text or "TandaDiri" in text
    assert "12.9" not in text and "12,9" not in text, text


def test_the_reply_in_telegram_html_shows_the_rows_and_one_source_line(engine):
    a = engine.answer("What is the total number of registered users across all services in 2023?")
    html = "\n".join(render_html(a))
    assert html.count("<blockquote>") == 3, html
    assert html.count("Source:") == 1, html  # one document: one source line naming its paragraphs


@pytest.mark.parametrize("question, expected", [
    # the table's own total row answers
    ("What is the total number of registered users across all city portals in 2023?", "Grand total; Registered users (thousand): 245"),
    ("What was the combined number of registered users of all portals in 2022?", "All portals; Registered users (thousand): 200"),
    ("Berapa total transaksi AnjunganDesa di semua provinsi pada 2024?", "Nasional; Jumlah transaksi (ribu): 845"),
    # prose stating the total answers
    ("Berapa total sekolah terhubung di semua kabupaten?", "265 sekolah"),
    # "Semua kanal" asked in English
    ("What was the total number of transactions across all channels in 2024?", "Semua kanal; Transaksi (juta): 40"),
    # a total of one thing named is that thing's row
    ("What is the total number of registered users of KotaDua in 2023?", "KotaDua; Registered users (thousand): 95"),
    ("How many registered users did KlinikKita have in 2023?", "KlinikKita; Registered users (million): 3.3"),
])
def test_a_stated_total_or_one_thing_is_answered(engine, question, expected):
    a = engine.answer(question)
    text = render_text(a)
    assert a.answered, text
    assert expected in a.citations[0].quote, text
    assert a.declined_because is None and not a.closest_more


def test_an_average_over_a_table_without_years_shows_every_row(engine):
    a = engine.answer("Berapa rata-rata guru dilatih di semua kabupaten?")
    text = render_text(a)
    assert not a.answered and a.declined_because == "no_average", text
    rows = _shown_rows(a)
    assert [re.search(r"Kabupaten: ([^;]+)", r).group(1) for r in rows] == ["Sungai Jernih", "Gunung Kabut", "Teluk Sunyi"], text


def test_a_country_named_indonesia_is_no_total_row(engine):
    a = engine.answer("What was the total number of online services across all four countries in 2023?")
    text = render_text(a)
    assert not a.answered and a.declined_because == "no_total", text
    assert len(_shown_rows(a)) == 4, text


def test_the_national_row_of_a_column_of_averages_is_their_average(engine):
    """The reply does not say the sources give no average: the national row is one."""
    a = engine.answer("Berapa rata-rata waktu proses izin di seluruh provinsi pada 2024?")
    assert a.declined_because is None and not a.closest_more, render_text(a)
    # answered: a cell under "(hari)" states a time taken (bot.engine._states_time_taken;
    # a fresh-eyes review of stop 46 had it declined, the row shown as the closest match)
    assert a.answered and "Nasional" in a.citations[0].quote, render_text(a)


@pytest.mark.parametrize("question, row", [
    ("What was the average permit processing time in Kalimantan Barat in 2024?", "Kalimantan Barat"),
    ("Berapa rata-rata waktu proses izin di Kalimantan Timur pada 2024?", "Kalimantan Timur"),
])
def test_a_time_taken_in_a_column_of_days_is_answered(engine, question, row):
    a = engine.answer(question)
    assert a.answered and row in a.citations[0].quote, render_text(a)


@pytest.mark.parametrize("question, rows", [
    # prose stating a total of another measure is no total of the one asked (a fresh-eyes
    # review of stop 46: "265 sekolah terhubung" had answered both; bot.engine._total_of_another_measure)
    ("Berapa total guru dilatih di semua kabupaten?", 3),
    ("Berapa total layanan daring di seluruh negara ASEAN pada 2023?", 4),
    ("What was the average number of teachers trained across all districts?", 3),
])
def test_prose_totalling_another_measure_is_no_total(engine, question, rows):
    a = engine.answer(question)
    text = render_text(a)
    assert not a.answered and a.declined_because in ("no_total", "no_average"), text
    assert len(_shown_rows(a)) == rows, text
    assert "265" not in text, text
