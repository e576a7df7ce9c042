"""An amount of one kind of money asked, another kind's amount quoted.

A blind probe of stop 47 asked "What was the value of Korea's e-government exports in
2023?" of a report giving 2022's exports and 2023's budget: the reply quoted the budget
("allocated KRW 1.2 trillion ... in 2023") as if it answered. Exports, imports,
investment, loans, grants, revenue, profit, salaries and prices are kinds of money of
their own: a quote whose amounts are each in a sentence about another kind, and none
about the kind asked, does not answer, though its passage goes on to the kind asked
(bot.engine._amounts_of_another_thing).

The documents are invented for the test.
"""

from __future__ import annotations

import pytest

from bot.render import render_text
from tests.corpus_helpers import engine_over

REPORT = """<html><head><title>Digital Government Spending and Uptake in Four Countries</title></head><body>
<nav><a href="/">Home</a></nav>
<h1>Digital Government Spending and Uptake in Four Countries</h1>
<p>This comparative brief looks at how four countries fund and use digital government services. Budget figures are for 2023 unless stated otherwise.</p>
<h2>Budgets</h2>
<p>Korea's central government allocated KRW 1.2 trillion to its Digital Platform Government programme in 2023, up from KRW 0.9 trillion in 2022.</p>
<p>Singapore's government set aside SGD 3.3 billion for ICT procurement in FY2023.</p>
<p>Estonia's 2023 budget for digital state services was EUR 118.4 million.</p>
<p>Indonesia budgeted IDR 1.2 trillion (about USD 78 million) for its INA Digital GovTech programme in 2023.</p>
<h2>Exports and rankings</h2>
<p>Korea's e-government exports reached USD 148.76 million in 2022, the highest among the four countries.</p>
<p>In the UN E-Government Survey 2022, Korea ranked 3rd and Indonesia 77th.</p>
<h2>Uptake</h2>
<p>The share of Korean adults using online public services rose 2.1 percentage points to 93.5% in 2023, the highest of the four countries.</p>
<p>The share of Indonesians using online government services rose 4.5 percentage points to 62% in 2023.</p>
<p>Singpass, Singapore's national digital identity, had 4.5 million users in 2023, covering 97% of eligible residents.</p>
<p>Estonia reports that 99% of its public services are available online around the clock.</p>
</body></html>
"""

FILES = {"budgets-exports.en.html": (REPORT, "Digital government budgets and exports", "en", "2024-05-01")}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("money_kinds"), FILES, embedder)


@pytest.mark.parametrize("question", [
    "What was the value of Korea's e-government exports in 2023?",
    "Berapa nilai ekspor e-government Korea pada 2023?",
    "How much revenue did Korea's Digital Platform Government programme earn in 2023?",
])
def test_another_kind_of_money_does_not_answer(engine, question):
    a = engine.answer(question)
    assert not a.answered, render_text(a)


@pytest.mark.parametrize("question, figure", [
    ("What was the value of Korea's e-government exports in 2022?", "148.76"),
    ("How much did Korea allocate to the Digital Platform Government programme in 2023?", "1.2 trillion"),
    ("What was the budget of Korea's Digital Platform Government programme in 2023?", "1.2 trillion"),
])
def test_the_kind_asked_still_answers(engine, question, figure):
    a = engine.answer(question)
    text = render_text(a)
    assert a.answered and figure in a.citations[0].quote, text


@pytest.mark.parametrize("question, sentence, missing", [
    ("What was the value of Korea's e-government exports in 2023?", "allocated KRW 1.2 trillion", True),
    # the probe's quote: two budgets, one with a dollar equivalent
    ("What was the value of Korea's e-government exports in 2023?", "allocated KRW 1.2 trillion|about USD 78 million",
     True),
    ("Berapa pendapatan program Digital Platform Government Korea pada 2023?", "allocated KRW 1.2 trillion", True),
    ("What was the value of Korea's e-government exports in 2022?", "exports reached USD 148.76 million", False),
    ("How much did Korea allocate to the Digital Platform Government programme in 2023?",
     "allocated KRW 1.2 trillion", False),
])
def test_a_quote_of_another_kind_of_money_lacks_the_figure_asked(engine, question, sentence, missing):
    # the quote the reply would give, a sentence of the index ranked for the question
    from dataclasses import replace

    from bot.engine import Engine
    from bot.quotes import AnswerTypes, rank_sentences
    from index.search import Searcher

    searcher = Searcher(engine.version, engine.embedder)
    qv = searcher.embed(question)
    ranked = rank_sentences(engine.version, replace(qv, text=question), searcher.search(qv, 8))
    quote = [next(c for c in ranked if part in c.text) for part in sentence.split("|")]
    assert Engine._missing_figure_kind(question, AnswerTypes.of(question), quote) is missing
