"""A total of other things, or of another measure, is no answer and no evidence.

A fresh-eyes review of stop 46 found a press release's "its digital services counted
10.9 million registered users at the end of 2022" overruled, in a claim's verdict, by a
later table's "Portal: Grand total; Registered users (thousand): 200", the total of city
portals (bot.quotes.row_about_another, bot.quotes._total_of_other_things). The documents
are invented for the test.
"""

from __future__ import annotations

import pytest

from bot.factcheck import check_claim
from bot.render import render_text, render_verdict_text
from tests.corpus_helpers import engine_over

SERVICES = """Year,Service,Registered users (million),Transactions (million)
2021,TandaDiri,4.9,31
2022,TandaDiri,6.2,40
2023,TandaDiri,7.0,38
2021,PajakMudah,2.2,15
2022,PajakMudah,2.9,19
2023,PajakMudah,2.6,21
"""

PRESS = """Press release, 10 January 2023: Digital services close the year strongly

The Ministry of Digital Affairs said its digital services counted 10.9 million registered users at the end of 2022, up from 8.1 million a year earlier.

The Ministry's budget for digital services in 2022 was Rp 1.2 trillion, of which TandaDiri received Rp 600 billion.
"""

PORTALS = """Year,Portal,Registered users (thousand)
2022,KotaSatu,120
2022,KotaDua,80
2022,Grand total,200
2023,KotaSatu,150
2023,KotaDua,95
2023,Grand total,245
"""

FILES = {
    "digital-services.en.csv": (SERVICES, "Digital services dataset 2021-2023", "en", "2024-02-01"),
    "ministry-press-2023.en.txt": (PRESS, "Digital services close the year strongly", "en", "2023-01-10"),
    "city-portals.en.csv": (PORTALS, "City portals registered users", "en", "2024-01-10"),
}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("totals_of_other_things"), FILES, embedder)


@pytest.mark.parametrize("claim, verdict, quoted, not_quoted", [
    # a later table's total of city portals is no figure of the ministry's digital services
    ("The ministry's digital services had 10.9 million registered users in 2022", "supported",
     "10.9 million registered users", "Grand total"),
    # the portals' own total stands for a claim of all portals
    ("City portals had 245 thousand registered users in 2023", "supported", "Grand total", None),
    ("The city portals had 300 thousand registered users in 2023", "contradicted", "Grand total", None),
])
def test_a_total_row_speaks_only_for_the_things_of_its_table(engine, claim, verdict, quoted, not_quoted):
    v = check_claim(engine, claim)
    text = render_verdict_text(v)
    assert v.verdict == verdict, text
    assert quoted in text, text
    if not_quoted:
        assert not_quoted not in text, text


def test_prose_stating_the_kinds_total_answers_though_ranked_below_the_rows(engine):
    """bot.engine._states_total_of_kind: the press release's figure of the ministry's
    digital services answers a total across all services of its year; the reply had
    declined saying no source states the total."""
    a = engine.answer("What was the total number of registered users across all services in 2022?")
    text = render_text(a)
    assert a.answered, text
    assert "10.9 million registered users" in a.citations[0].quote, text


@pytest.mark.parametrize("question", [
    "What was the total number of registered users across all services in 2023?",  # (no prose of 2023)
    "What was the total number of transactions across all services in 2022?",  # (the prose counts users)
])
def test_prose_of_another_year_or_measure_is_no_total(engine, question):
    a = engine.answer(question)
    text = render_text(a)
    assert not a.answered and a.declined_because == "no_total", text
    assert "10.9" not in text, text
