"""One year's rows compared ("Which service had the most users in 2023?"), a time taken
asked ("How long does ... take?"), a companion sentence whose figure a later erratum
corrects, and an Indonesian ralat's 'tertulis "..." . Seharusnya: ...'.

A blind probe of stop 45 found "Which service had the most registered users in 2023?"
answered with the service with the fewest, and a ralat's corrections of a press release
unread ('Pada paragraf tentang LaporCepat tertulis "95.400 pengaduan ...". Seharusnya:
59.400 pengaduan'): the press release's figure answered and supported claims. The
probe of stop 44 found "How long does an average AquaBill payment take?" declined, an
erratum's payment total quoted instead. The documents here are invented for the test.
"""

from __future__ import annotations

import pytest

from bot.factcheck import check_claim
from bot.render import render_text
from tests.corpus_helpers import engine_over, first_quote

USERS = """year,service,registered_users
2021,KartuWarga,6300000
2021,AduCepat,1120000
2021,PajakKita,3050000
2022,KartuWarga,8750000
2022,AduCepat,870000
2022,PajakKita,3380000
2023,KartuWarga,10200000
2023,AduCepat,640000
2023,PajakKita,3600000
"""

RELEASE = """Ministry announces 2023 results of its digital services

Kota Selvara, 5 February 2024 - The Ministry published the main results of its digital services for 2023.

The complaints service AduCepat resolved 95,400 complaints in 2023, with an average resolution time of 6 days.

The payment portal BayarMudah processed 4.1 million payments in 2023.

An average BayarMudah payment took 75 seconds in 2023.
"""

RALAT = """Ralat atas siaran pers Kementerian tanggal 5 Februari 2024

Kota Selvara, 12 Februari 2024 - Kementerian menyampaikan ralat atas siaran pers tanggal 5 Februari 2024.

1. Pada paragraf tentang AduCepat tertulis "95.400 pengaduan diselesaikan pada tahun 2023". Seharusnya: 59.400 pengaduan diselesaikan pada tahun 2023.

2. Pada paragraf tentang BayarMudah tertulis "4,1 juta pembayaran". Seharusnya: 3,8 juta pembayaran.
"""

FILES = {
    "users.en.csv": (USERS, "Registered users of public portals, 2021-2023", "en", "2024-01-10"),
    "press-release-2023.en.txt": (RELEASE, "Ministry announces 2023 results of its digital services", "en",
                                  "2024-02-05"),
    "ralat-siaran-pers.id.txt": (RALAT, "Ralat atas siaran pers Kementerian tanggal 5 Februari 2024", "id",
                                 "2024-02-12"),
}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("which_row_and_ralat"), FILES, embedder)


@pytest.mark.parametrize("question, service, year", [
    ("Which service had the most registered users in 2023?", "KartuWarga", "2023"),
    ("Which service had the fewest registered users in 2021?", "AduCepat", "2021"),
    ("Which service has the most registered users?", "KartuWarga", "2023"),  # no year: the latest
    ("Layanan apa yang paling banyak pengguna terdaftarnya pada 2022?", "KartuWarga", "2022"),
])
def test_which_thing_had_the_extreme_compares_one_year_s_rows(engine, question, service, year):
    a = engine.answer(question)
    text = render_text(a)
    assert a.answered, text
    quote = first_quote(text)
    assert f"service: {service};" in quote and f"year: {year};" in quote, text


def test_which_is_asked_of_years_with_a_year_pair_only():
    from bot.engine import _which_extreme_asked

    assert _which_extreme_asked("Which service had the most users in 2023?") == "max"
    assert _which_extreme_asked("Which service grew the most in 2023?") is None  # a change
    assert _which_extreme_asked("Which service had the most users in 2022 and 2023?") is None


def test_a_time_taken_asked_is_answered_by_its_duration(engine):
    """"How long ... take?" asks a time taken; "75 seconds" states one (seconds had been no
    unit of time to the rules), and the payments count the ralat corrects is not quoted
    beside it unlabelled."""
    a = engine.answer("How long does an average BayarMudah payment take?")
    text = render_text(a)
    assert a.answered and "75 seconds" in first_quote(text), text
    assert "4.1 million" not in text, text


@pytest.mark.parametrize("claim, verdict, said", [
    ("AduCepat resolved 95,400 complaints in 2023.", "contradicted", "59.400 pengaduan"),
    ("AduCepat resolved 59,400 complaints in 2023.", "supported", "59.400 pengaduan"),
])
def test_a_ralat_s_written_figure_is_withdrawn(engine, claim, verdict, said):
    v = check_claim(engine, claim)
    assert v.verdict == verdict, v.explanation
    assert said in v.explanation, v.explanation


def test_the_ralat_answers_with_the_withdrawn_figure_labelled(engine):
    a = engine.answer("How many complaints did AduCepat resolve in 2023?")
    text = render_text(a)
    assert a.answered and "Seharusnya: 59.400 pengaduan" in first_quote(text), text
    assert "95.400 pengaduan (95,400; superseded)" in text, text
