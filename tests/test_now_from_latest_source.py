"""A figure asked as it stands now is quoted from the latest source giving it.

A blind probe of stop 45 found "How many registered users does IdentitasKu have now?"
answered from an interview of June 2023 ("more than 8.7 million") while a press release
of January 2024 gave 10.2 million at the end of 2023: the ranker prefers the interview's
"currently has", and no rule weighed the sources' dates for prose (a table's latest row
had one). The engine now moves a later source's figure of the same counted thing first
for a question asking "now", "currently", "saat ini" (bot.engine._latest_said_first); a
target for a later year is no figure of now. The fact-checker judges a claim of a figure
as it stands now by the latest source's figure too (bot.factcheck._later_present_figure).
The documents are invented for the test.
"""

from __future__ import annotations

import pytest

from bot.render import render_text
from tests.corpus_helpers import engine_over

INTERVIEW = """Interview with the Minister of Home Affairs, June 2023

Q: How many people use TandaDiri today?
A: TandaDiri currently has more than 6 million registered users. We are proud that citizens trust it.

Q: And the kiosks?
A: We now operate 320 kiosks in rural districts.
"""

PRESS = """Press release, 15 January 2024: TandaDiri passes 7 million users

The Ministry announced today that TandaDiri, the national digital identity service, had 7.0 million registered users at the end of 2023. TandaDiri is now accepted by 65 agencies.
"""

STRATEGY = """Digital Identity Strategy 2024-2026

The Ministry aims to reach 12 million TandaDiri registered users by 2026, and plans to open 500 kiosks.
"""

FILES = {
    "interview-2023.en.txt": (INTERVIEW, "Interview with the Minister of Home Affairs", "en", "2023-06-20"),
    "press-2024.en.txt": (PRESS, "TandaDiri passes 7 million users", "en", "2024-01-15"),
    "strategy-2024.en.txt": (STRATEGY, "Digital Identity Strategy 2024-2026", "en", "2024-03-01"),
}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("now_from_latest"), FILES, embedder)


@pytest.mark.parametrize("question", [
    "How many registered users does TandaDiri currently have?",
    "How many people use TandaDiri today?",
    "How many registered users does TandaDiri have now?",
    "Berapa pengguna terdaftar TandaDiri saat ini?",
])
def test_a_figure_asked_now_comes_from_the_latest_source(engine, question):
    a = engine.answer(question)
    text = render_text(a)
    assert a.answered, text
    assert "7.0 million registered users" in a.citations[0].quote, text  # not June 2023's 6 million
    assert "12 million" not in a.citations[0].quote, text  # nor 2026's target


def test_a_figure_only_one_source_gives_stays(engine):
    a = engine.answer("How many kiosks are there now?")
    assert a.answered and "320 kiosks" in a.citations[0].quote, render_text(a)


# A claim of a figure as it stands now ("now", "currently", "saat ini") that an older source
# supports is judged by the latest source's figure of the same thing
# (bot.factcheck._later_present_figure): a blind probe of stop 45 found "JembatanData
# connects 4 agencies" supported by the launch figure while a later sentence gave 9.

def test_a_claim_of_now_with_an_older_figure_is_contradicted_by_the_latest(engine):
    from bot.factcheck import check_claim
    from bot.render import render_verdict_text

    v = check_claim(engine, "TandaDiri currently has 6 million registered users")
    text = render_verdict_text(v)
    assert v.verdict == "contradicted", text
    assert any("7.0 million" in c.quote or "7 million" in c.quote for c in v.citations), text
    assert any("6 million" in c.quote for c in v.citations), text  # the older figure shown beside it
    assert "older source" in v.explanation, text


@pytest.mark.parametrize("claim, verdict", [
    ("TandaDiri now has 7 million registered users", "supported"),
    ("Pengguna terdaftar TandaDiri saat ini mencapai 7 juta", "supported"),
    ("TandaDiri is now accepted by 65 agencies", "supported"),
])
def test_a_claim_of_the_latest_figure_stands(engine, claim, verdict):
    from bot.factcheck import check_claim
    from bot.render import render_verdict_text

    v = check_claim(engine, claim)
    assert v.verdict == verdict, render_verdict_text(v)


def test_a_past_claim_is_not_judged_by_a_later_figure(engine):
    from bot.factcheck import check_claim
    from bot.render import render_verdict_text

    v = check_claim(engine, "TandaDiri had more than 6 million registered users in June 2023")
    assert v.verdict != "contradicted", render_verdict_text(v)


def test_a_claim_in_the_present_tense_alone_is_no_claim_of_now(engine):
    """An English present with no word of now keeps the older source's verdict: "has 19
    sub-districts" of a district is no outdated figure beside a later report's count of
    the sub-districts connected (the suite's glossary tests)."""
    from bot.factcheck import check_claim
    from bot.render import render_verdict_text

    v = check_claim(engine, "TandaDiri has 6 million registered users")
    assert v.verdict != "contradicted", render_verdict_text(v)
