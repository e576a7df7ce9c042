"""Countries named the way reports and the press write them: "U.S.", "the UK",
"pemerintah AS", "Uni Emirat Arab", "Sri Lanka", "Timor-Leste" (stop 28).

CLDR gives no single word for the United States or the United Kingdom in English, none
at all for the United Arab Emirates, Saudi Arabia, Sri Lanka or Myanmar, and no
abbreviations. A question about the United States had been declined against "The U.S.
federal government spent USD 90 billion", the claim judged "not in my sources", and a
question about the United Kingdom answered with the U.S. figure.

Each document is invented for the test (figures are made up); each case failed before
the change.
"""

from __future__ import annotations

import pytest

from bot.places import country_key, country_spans, countries_named, names_country
from bot.render import render_text, render_verdict_text


@pytest.mark.parametrize(
    "text, named",
    [
        ("The U.S. federal government", ["Amerika"]),
        ("the United States of America", ["Amerika"]),
        ("pemerintah AS dan Korsel", ["Amerika", "Korea"]),
        ("the UK and Great Britain", ["Inggris"]),
        ("Kementerian PANRB RI", ["Indonesia"]),
        ("ke Uni Emirat Arab (UEA) dan Arab Saudi", ["United Arab Emirates", "Saudi Arabia"]),
        ("Sri Lanka, Timor Leste and Myanmar", ["Sri Lanka", "Timor-Leste", "Myanmar"]),
        # a phrase is read once: the "Amerika" of "Samoa Amerika" is no second country
        ("Samoa Amerika", ["American Samoa"]),
        # a currency names no country
        ("mencapai 148 juta dolar AS", []),
        ("US$ 90 million, or 90 US dollars", []),
        ("USD 90", []),
        # "AS" and "US" in a line of capitals are English words
        ("ABOUT US\nAS OF 2023", []),
        # not part of a longer word or a name with a hyphen
        ("USB drives, a US-based firm", []),
    ],
)
def test_countries_by_phrase_and_abbreviation(text, named):
    assert countries_named(text) == named


def test_country_keys_and_spans():
    assert country_key("United States") == country_key("U.S.") == country_key("Amerika Serikat") == "Amerika"
    assert country_key("Arab Saudi") == "Saudi Arabia"
    assert country_key("Bank Indonesia") is None
    text = "The U.S. and Sri Lanka"
    assert [(text[a:b], key) for a, b, key in country_spans(text)] == [("U.S.", "Amerika"), ("Sri Lanka", "Sri Lanka")]
    assert names_country("Menurut laporan itu, pemerintah AS menghabiskan", {"Amerika", "United States"})


SPENDING = """Federal IT spending review

The U.S. federal government spent USD 90 billion on information technology in 2023, according to the Office of Management and Budget.

The UK government spent GBP 20 billion on digital services in 2023.

Menurut laporan itu, pemerintah AS menghabiskan USD 90 miliar untuk teknologi informasi pada 2023.
"""

GULF = """Ekspor e-Government Korea ke Timur Tengah 2023

Pada 2023, nilai ekspor e-Government Korea ke Uni Emirat Arab mencapai USD 35 juta, sedangkan nilai ekspor ke Arab Saudi mencapai USD 12 juta.

Nilai total ekspor e-Government Korea tahun itu mencapai 412 juta dolar AS.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory, embedder):
    from tests.corpus_helpers import engine_over

    files = {
        "it-spending-review.en.txt": (SPENDING, "Federal IT spending review", "en", "2024-05-01"),
        "ekspor-timur-tengah.id.txt": (GULF, "Ekspor e-Government Korea ke Timur Tengah 2023", "id", "2024-02-01"),
    }
    return engine_over(tmp_path_factory.mktemp("countries"), files, embedder)


def test_a_question_names_the_country_the_source_abbreviates(engine):
    for q in ("How much did the United States government spend on IT in 2023?",
              "Berapa belanja TI pemerintah Amerika Serikat pada 2023?"):
        a = engine.answer(q)
        assert a.answered and "USD 90" in render_text(a), render_text(a)


def test_another_country_s_figure_is_no_answer(engine):
    # the UK's figure, without the U.S. one quoted beside it
    for q in ("How much did the government of the United Kingdom spend on digital services in 2023?",
              "Berapa belanja layanan digital pemerintah Inggris pada 2023?"):
        a = engine.answer(q)
        text = render_text(a)
        assert a.answered and "GBP 20" in text and "USD 90" not in text, text
    # a country no source names is declined, whatever the other countries' figures
    a = engine.answer("How much were Korea's e-Government exports to Sri Lanka in 2023?")
    assert not a.answered, render_text(a)
    # "berapa ekspor" asks an amount, not a number of exports
    a = engine.answer("Berapa ekspor e-Government Korea ke Arab Saudi pada 2023?")
    assert a.answered and "USD 12 juta" in render_text(a), render_text(a)
    # "dolar AS" is a currency: the total is still Korea's
    a = engine.answer("Berapa nilai total ekspor e-Government Korea pada 2023?")
    assert a.answered and "412 juta dolar AS" in render_text(a), render_text(a)


def test_claims_about_countries_written_otherwise(engine):
    from bot.factcheck import check_claim

    v = check_claim(engine, "The United States spent USD 90 billion on IT in 2023.")
    assert v.verdict == "supported", render_verdict_text(v)
    v = check_claim(engine, "The United Kingdom spent GBP 90 billion on digital services in 2023.")
    assert v.verdict == "contradicted" and "GBP 20 billion" in render_verdict_text(v), render_verdict_text(v)
    v = check_claim(engine, "Korea's e-Government exports to Saudi Arabia were USD 35 million in 2023.")
    assert v.verdict == "contradicted" and "USD 12 juta" in render_verdict_text(v), render_verdict_text(v)
