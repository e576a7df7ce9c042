"""A claimed amount in one currency is checked against the source's amount in that
currency when the sentence also gives it in another ("The first stage cost Rp 74.5 billion
(about US$4.9 million)"): stop 52, from a blind probe, where the Indonesian claim "menelan
biaya Rp 74,5 miliar" had been "not confirmed; the source only says about US$4.9 million"
(the "US" of the dollars had been read as another thing's name). The documents are
invented for the test."""

from __future__ import annotations

import pytest

from bot.factcheck import check_claim
from bot.render import render_verdict_text
from tests.corpus_helpers import engine_over

NEWS = ("WIRASENA — The city of Wirasena on Monday switched on 480 smart CCTV cameras at 62 of its busiest "
        "intersections, the first stage of a programme that city hall calls Wirasena Smart Mobility.\n\n"
        "The first stage cost Rp 74.5 billion (about US$4.9 million), paid from the 2022 and 2023 city budgets, "
        "according to the Wirasena Transportation Agency (Dishub).\n\n"
        "A second stage, with 360 more cameras, is planned for 2025.\n")


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("currencies"), {
        "cctv-news.md": (NEWS, "Wirasena switches on 480 smart cameras at 62 intersections", "en", "2023-03-06"),
    }, embedder)


@pytest.mark.parametrize("claim, verdict, said", [
    ("Tahap pertama CCTV Wirasena menelan biaya Rp 74,5 miliar", "supported", "Rp 74.5 billion"),
    ("Tahap pertama CCTV Wirasena menelan biaya Rp 80 miliar", "contradicted", "Rp 74.5 billion"),
    ("The first stage of Wirasena's CCTV cost about US$4.9 million", "supported", "US$4.9 million"),
])
def test_an_amount_given_in_two_currencies(engine, claim, verdict, said):
    v = check_claim(engine, claim)
    text = render_verdict_text(v)
    assert v.verdict == verdict, text
    assert said in text, text
