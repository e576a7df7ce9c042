"""A whole year's figure asked of a table dated by quarters or months, and a quarter asked.

A blind probe of stop 47 found two replies a journalist would quote wrongly:

* "How many online licence transactions were there in 2023?" answered with the row
  "Quarter: Q4 2023; Online licence transactions: 5,600,000", as if the last quarter were
  the year. No source states the year's figure and the bot adds up none, so the reply
  declines and shows every quarter's row (bot.engine._year_parts_quote,
  _year_parts_unstated; the rows are read from the index, Engine._with_table_rows); a
  table with a row of the whole year ("Periode: Total 2023") answers with that row, and
  prose giving one quarter's figure is no answer for the year either
  (Engine._missing_figure_kind, _part_dated);
* "Berapa jumlah transaksi perizinan daring pada triwulan I 2023?" declined with another
  quarter's sentence: the search had kept only the row "Quarter: Q3 2023" of the English
  table; the row of the quarter asked is now read from the index (the Indonesian
  "triwulan I" and the English "Q1" name one part, bot.quotes.year_parts; a row's
  period is read with its header, "Triwulan: II 2023", bot.engine._parts_named).

The end of a year asked of such a table ("at the end of 2023") is answered with the row
of its last part (bot.engine._year_end_asked, _part_end).

The documents are invented for the test.
"""

from __future__ import annotations

import pytest

from bot.render import render_text
from tests.corpus_helpers import engine_over

QUARTERS = """Quarter,Online licence transactions,New app users,Registered app users (end of quarter)
Q1 2022,"1,400,000","90,000","610,000"
Q2 2022,"1,500,000","95,000","705,000"
Q3 2022,"1,700,000","120,000","825,000"
Q4 2022,"1,900,000","130,000","955,000"
Q1 2023,"2,100,000","150,000","1,105,000"
Q2 2023,"2,900,000","410,000","1,515,000"
Q3 2023,"4,300,000","1,250,000","2,765,000"
Q4 2023,"5,600,000","1,390,000","4,155,000"
"""

COMPLAINTS = """Periode,Pengaduan diterima,Pengaduan diselesaikan
Triwulan I 2023,"12.400","11.900"
Triwulan II 2023,"13.100","12.700"
Triwulan III 2023,"14.800","14.100"
Triwulan IV 2023,"15.200","15.000"
Total 2023,"55.500","53.700"
"""

PERMITS = """Triwulan,Izin usaha terbit melalui OSS,Rata-rata waktu terbit (hari)
I 2023,"48.200","3,1"
II 2023,"51.900","2,8"
III 2023,"55.300","2,6"
IV 2023,"60.100","2,4"
"""

PASSPORT = """# Layanan paspor daring 2023

Kantor Imigrasi Kelas I Batam membuka layanan permohonan paspor daring pada awal 2023.

Pada triwulan II 2023, layanan paspor daring Batam melayani 82.000 permohonan.

Waktu tunggu rata-rata turun menjadi tiga hari kerja.
"""

FILES = {
    "quarterly.en.csv": (QUARTERS, "Quarterly digital services statistics 2022-2023", "en", "2024-01-20"),
    "pengaduan-2023.id.csv": (COMPLAINTS, "Statistik pengaduan layanan publik 2023", "id", "2024-02-01"),
    "izin-usaha-2023.id.csv": (PERMITS, "Izin usaha terbit per triwulan 2023", "id", "2024-01-15"),
    "paspor-batam.id.md": (PASSPORT, "Layanan paspor daring Batam 2023", "id", "2023-08-10"),
}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("parts_of_a_year"), FILES, embedder)


@pytest.mark.parametrize("question, lang, periods", [
    ("How many online licence transactions were there in 2023?", "en", ["Q1 2023", "Q2 2023", "Q3 2023", "Q4 2023"]),
    ("How many new app users were there in 2023?", "en", ["Q1 2023", "Q2 2023", "Q3 2023", "Q4 2023"]),
    ("Berapa izin usaha yang terbit melalui OSS pada 2023?", "id", ["I 2023", "II 2023", "III 2023", "IV 2023"]),
    ("Berapa izin usaha terbit melalui OSS sepanjang tahun 2023?", "id", ["I 2023", "II 2023", "III 2023", "IV 2023"]),
])
def test_a_whole_year_asked_of_quarter_rows_is_declined_with_every_quarter(engine, question, lang, periods):
    a = engine.answer(question)
    text = render_text(a)
    assert not a.answered, text
    assert a.declined_because == "no_year_total", text
    shown = [c.quote for c in [a.closest, *a.closest_more]]
    assert [q.split(";")[0].split(": ")[-1] for q in shown] == periods, text
    assert ("not the whole year's" if lang == "en" else "bukan angka setahun penuh") in text, text


@pytest.mark.parametrize("question, row", [
    ("Berapa izin usaha yang terbit melalui OSS pada triwulan II 2023?", "Triwulan: II 2023"),
    ("How many business permits were issued through OSS in the third quarter of 2023?", "Triwulan: III 2023"),
    ("How many online licence transactions were there in the second quarter of 2022?", "Quarter: Q2 2022"),
    ("How many new app users were there in Q3 2023?", "Quarter: Q3 2023"),
    # a point of the year asked: the last quarter's running total answers
    ("How many registered app users were there at the end of 2023?", "Quarter: Q4 2023"),
])
def test_a_quarter_asked_is_answered_with_its_row(engine, question, row):
    a = engine.answer(question)
    text = render_text(a)
    assert a.answered, text
    assert row in a.citations[0].quote, text


def test_a_row_of_the_whole_year_answers_for_the_year(engine):
    a = engine.answer("Berapa pengaduan layanan publik yang diterima pada 2023?")
    text = render_text(a)
    assert a.answered, text
    assert "Total 2023" in a.citations[0].quote and "55.500" in text, text


def test_one_quarter_s_figure_in_prose_is_no_figure_of_the_year(engine):
    a = engine.answer("Berapa permohonan paspor daring yang dilayani Batam pada 2023?")
    assert not a.answered, render_text(a)
    a = engine.answer("Berapa permohonan paspor daring yang dilayani Batam pada triwulan II 2023?")
    text = render_text(a)
    assert a.answered and "82.000" in text, text
