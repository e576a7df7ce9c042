"""Claims of a range, of a quarter's row, and of a rank "in the UN E-Government Survey".

A blind probe of stop 46 found three kinds of claim a journalist makes every day judged
"not in my sources" although a source states them:

* a range repeated as the source writes it ("Between 3 and 5 million citizens are
  expected ..."): each end alone lies inside the source's range, so neither was
  confirmed (bot.factcheck._claimed_ranges);
* a quarter's figure ("4.3 million in Q3 2023") of a table whose rows are dated by a
  "Quarter: Q3 2023" cell, which dated none of its figures (bot.figures._table_cells,
  _HEADER_PERIOD; bot.factcheck._same_part_of_year reads the row's quarter, and a claim
  of two quarters gives each figure its own, bot.factcheck._Ctx.figure_parts);
* a rank "in the UN E-Government Survey 2014" against a table's "EGDI rank" column: the
  survey named alone names its headline index, the EGDI (bot.quotes.index_names), and a
  question asking the rank that way had been declined with the right row shown as the
  closest match.

The documents are invented for the test.
"""

from __future__ import annotations

import pytest

from bot.factcheck import check_claim
from bot.render import render_text, render_verdict_text
from tests.corpus_helpers import engine_over

RANKS = """Country,Survey year,EGDI rank,EGDI score
Republic of Korea,2012,1,0.9283
Republic of Korea,2014,1,0.9462
Republic of Korea,2016,3,0.8915
Republic of Korea,2018,3,0.9010
Republic of Korea,2020,2,0.9560
Republic of Korea,2022,3,0.9529
Indonesia,2018,107,0.5258
Indonesia,2020,88,0.6612
Indonesia,2022,77,0.7160
"""

QUARTERS = """Quarter,Online licence transactions,New app users
Q1 2023,"2,100,000","150,000"
Q2 2023,"2,900,000","410,000"
Q3 2023,"4,300,000","1,250,000"
Q4 2023,"5,600,000","1,390,000"
"""

BUDGET = """<html><head><title>Mobile ID budget review 2022</title></head><body>
<h1>Mobile ID budget review 2022</h1>
<p>The Ministry of the Interior and Safety set aside KRW 12.5 billion for the new mobile ID in 2022.</p>
<p>Between 3 and 5 million citizens are expected to use the new mobile ID in its first year.</p>
</body></html>
"""

FILES = {
    "un-ranking.en.csv": (RANKS, "UN E-Government Survey ranks 2012-2022", "en", "2023-01-15"),
    "quarterly.en.csv": (QUARTERS, "Quarterly digital services statistics 2023", "en", "2024-01-20"),
    "mobile-id-budget.en.html": (BUDGET, "Mobile ID budget review 2022", "en", "2023-03-01"),
}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("ranges_quarters_ranks"), FILES, embedder)


@pytest.mark.parametrize("claim, verdict, said", [
    ("Between 3 and 5 million citizens are expected to use the new mobile ID in its first year",
     "supported", "Between 3 and 5 million"),
    ("3 to 5 million citizens are expected to use the new mobile ID in its first year",
     "supported", "Between 3 and 5 million"),
    # a range the source does not give is no range it supports
    ("Between 6 and 8 million citizens are expected to use the new mobile ID in its first year",
     "contradicted", "Between 3 and 5 million"),
])
def test_a_range_stated_as_the_source_states_it(engine, claim, verdict, said):
    v = check_claim(engine, claim)
    text = render_verdict_text(v)
    assert v.verdict == verdict, text
    assert said in text, text


@pytest.mark.parametrize("claim, verdict, said", [
    ("Online licence transactions reached 4.3 million in Q3 2023", "supported", "4,300,000 for Q3 2023"),
    ("New app users in Q4 2023 were 1.5 million", "contradicted", "1,390,000 for Q4 2023"),
    ("Online licence transactions reached 4.3 million in Q2 2023", "contradicted", "2,900,000 for Q2 2023"),
    # two quarters, each figure of its own
    ("Online licence transactions grew from 2.1 million in Q1 2023 to 5.6 million in Q4 2023", "supported",
     "5,600,000 for Q4 2023"),
    ("Transaksi perizinan daring mencapai 4,3 juta pada triwulan III 2023", "supported", "4,300,000"),
])
def test_a_quarter_row_dates_its_figures(engine, claim, verdict, said):
    v = check_claim(engine, claim)
    text = render_verdict_text(v)
    assert v.verdict == verdict, text
    assert said in text, text


def test_a_quarter_row_is_no_figure_of_the_whole_year(engine):
    v = check_claim(engine, "Online licence transactions reached 4.3 million in 2023")
    assert v.verdict != "supported", render_verdict_text(v)


@pytest.mark.parametrize("claim, verdict, said", [
    ("Korea ranked 1st in the UN E-Government Survey 2014", "supported", "EGDI rank: 1"),
    ("Korea ranked 1st in the UN E-Government Survey 2016", "contradicted", "EGDI rank: 3"),
    ("Indonesia ranked 77th in the 2022 UN E-Government Survey", "supported", "EGDI rank: 77"),
    ("Indonesia berada di peringkat 88 dalam Survei E-Government PBB 2020", "supported", "EGDI rank: 88"),
])
def test_a_rank_in_the_un_survey_is_its_egdi_rank(engine, claim, verdict, said):
    v = check_claim(engine, claim)
    text = render_verdict_text(v)
    assert v.verdict == verdict, text
    assert said in text, text


def test_a_rank_named_by_another_index_of_the_survey_is_not_the_egdi_rank(engine):
    """The survey's Online Service Index is no EGDI: the table gives no figure for it."""
    v = check_claim(engine, "Korea ranked 1st on the Online Service Index of the UN E-Government Survey 2014")
    assert v.verdict == "not_found", render_verdict_text(v)


@pytest.mark.parametrize("question, row", [
    ("What was Korea's rank in the UN E-Government Survey 2016?", "Survey year: 2016; EGDI rank: 3"),
    ("Peringkat berapa Indonesia dalam Survei E-Government PBB 2022?", "Survey year: 2022; EGDI rank: 77"),
])
def test_a_rank_asked_in_the_un_survey_is_answered(engine, question, row):
    a = engine.answer(question)
    text = render_text(a)
    assert a.answered, text
    assert row in a.citations[0].quote, text


@pytest.mark.parametrize("claim, verdict", [
    # bare numbers of a claim about a ranking are ranks (bot.factcheck._RANK_CLAIMED)
    ("Peringkat Indonesia naik dari 107 pada 2018 menjadi 88 pada 2020", "supported"),
    ("Peringkat Indonesia naik dari 107 pada 2018 menjadi 80 pada 2020", "partly_supported"),
    # a rank of a year after the rows' last is not "the wrong year" of an earlier row
    ("Korea ranked 2nd in the UN E-Government Survey 2024", "not_found"),
    ("Korea ranked 2nd in the UN E-Government Survey 2018", "contradicted"),
])
def test_ranks_claimed_as_bare_numbers_and_beyond_the_rows(engine, claim, verdict):
    v = check_claim(engine, claim)
    assert v.verdict == verdict, render_verdict_text(v)
