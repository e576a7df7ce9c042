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

from bot.places import country_key, country_spans, countries_named, local_currency_of_another, names_country
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


@pytest.mark.parametrize(
    "currency, countries, expected",
    [
        ("PHP", ["Thailand"], True),  # the peso is the Philippines' tender only
        ("PHP", ["Filipina"], False),
        ("IDR", ["Korea"], True),
        ("KRW", ["Korea Selatan"], False),
        ("USD", ["Thailand"], False),  # dollars and euros are any country's figures
        ("EUR", ["Estonia"], False),
        ("XYZ", ["Thailand"], False),  # an unknown code says nothing
        ("PHP", [], False),
    ],
)
def test_a_local_currency_of_another_country(currency, countries, expected):
    assert local_currency_of_another(currency, countries) == expected


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


# A tester's blind corpus of international comparisons (Z, stop 28), in small: rows per
# destination country, a partner column, a prose brief naming destinations, a split
# financial year and a fiscal year named by the budget ("tahun anggaran").
EXPORT_ROWS = """Destination country,Region,2022 (USD million),2023 (USD million),2024 (USD million)
Indonesia,ASEAN,22.7,31.5,27.9
United Kingdom,Europe,0.9,1.5,2.0
Saudi Arabia,Middle East,30.2,44.3,52.1
"""

KBRI_BRIEF = """Kinerja Ekspor e-Government Korea Selatan 2024

Pada 2024, total ekspor e-Government Korsel mencapai USD 336,4 juta, naik 10,7 persen dari USD 303,9 juta pada 2023.

Arab Saudi menjadi negara tujuan terbesar dengan nilai USD 52,1 juta, disusul Uni Emirat Arab (UEA) sebesar USD 38,7 juta dan Indonesia sebesar USD 27,9 juta.

Secara kawasan, Timur Tengah menyerap USD 98,3 juta atau 29,2 persen dari total ekspor, sedangkan ASEAN menyerap USD 69,0 juta.

Sebanyak 190 pejabat Arab Saudi telah mengikuti pelatihan pemerintahan digital di Korea sejak 2022.
"""

PARTNER_ROWS = """Negara mitra,Ekspor 2023 (juta USD),Ekspor 2024 (juta USD),Impor 2023 (juta USD),Impor 2024 (juta USD)
Tiongkok,44.8,47.6,236.1,259.4
Singapura,335.7,348.1,"1,010.6","1,055.9"
"""

DIGITAL_ID = """Digital ID: how Britain and Kenya pay for it

In Britain, GOV.UK One Login had 7.9 million verified users at the end of the 2023/24 financial year (April 2023 to March 2024). The Government Digital Service spent GBP 94.7 million on the programme in 2023/24.

NAIROBI — Kenya's eCitizen platform collected KES 88.7 billion in the 2023/24 financial year that ended on 30 June.
"""


@pytest.fixture(scope="module")
def comparisons(tmp_path_factory, embedder):
    from tests.corpus_helpers import engine_over

    files = {
        "nia-egov-exports-by-country-2022-2024.en.csv": (
            EXPORT_ROWS, "Korea e-government exports by destination country, 2022-2024", "en", "2025-03-01"),
        "kbri-seoul-ekspor-egov-2024.id.txt": (KBRI_BRIEF, "Kinerja Ekspor e-Government Korea Selatan 2024", "id", "2025-02-01"),
        "bps-jasa-komputer-negara-mitra.id.csv": (
            PARTNER_ROWS, "Ekspor dan Impor Jasa Komputer Indonesia menurut Negara Mitra, 2023-2024", "id", "2025-04-01"),
        "digital-id-weekly.en.txt": (DIGITAL_ID, "Digital ID: how Britain and Kenya pay for it", "en", "2024-12-02"),
    }
    return engine_over(tmp_path_factory.mktemp("comparisons"), files, embedder)


def test_a_figure_for_a_destination_is_the_one_stated_beside_it(comparisons):
    # "ke Arab Saudi": Saudi Arabia's sentence, not the total above it (nor officials trained)
    a = comparisons.answer("brp ekspor e-gov Korsel ke Arab Saudi thn 2024?")
    assert a.answered and "52,1" in render_text(a), render_text(a)
    # a region named after "ke kawasan"; "berapa total ekspor" asks an amount
    a = comparisons.answer("Berapa total ekspor e-gov Korsel ke kawasan Timur Tengah pada 2024?")
    assert a.answered and "98,3" in render_text(a), render_text(a)
    # the United Kingdom's row answers a question naming "Inggris", though another row was the best passage
    a = comparisons.answer("Berapa ekspor e-Government Korea ke Inggris tahun 2022?")
    assert a.answered and "0.9" in render_text(a), render_text(a)
    # a spreadsheet's title naming Indonesia does not make its China row exports to Indonesia
    a = comparisons.answer("Berapa ekspor teknologi pemerintahan digital Tiongkok ke Indonesia pada 2023?")
    assert not a.answered, render_text(a)


def test_a_year_across_two_and_a_budget_year(comparisons):
    # "2023/24" is a financial year: no answer for calendar year 2023
    a = comparisons.answer("How much did the Government Digital Service spend on One Login in calendar year 2023?")
    assert not a.answered, render_text(a)
    a = comparisons.answer("How much did the Government Digital Service spend on One Login in 2023/24?")
    assert a.answered and "GBP 94.7 million" in render_text(a), render_text(a)
    # "tahun anggaran" is a fiscal year, not a budget asked for
    a = comparisons.answer("Berapa penerimaan eCitizen Kenya tahun anggaran 2023/24?")
    assert a.answered and "88.7" in render_text(a), render_text(a)


def test_claims_on_a_destination_or_partner_row(comparisons):
    from bot.factcheck import check_claim

    v = check_claim(comparisons, "Korea's e-government exports to Indonesia reached USD 52.1 million in 2024.")
    assert v.verdict == "contradicted" and "27.9" in render_verdict_text(v), render_verdict_text(v)
    v = check_claim(comparisons, "Indonesia imported USD 259.4 million of computer services from China in 2024.")
    assert v.verdict == "supported", render_verdict_text(v)
    # a part named by an abbreviation ("to the UK") is the row's "United Kingdom"
    v = check_claim(comparisons, "Korea's e-government exports to the UK were USD 2.0 million in 2024.")
    assert v.verdict == "supported", render_verdict_text(v)


# A tester's attack on these rules (stop 28): each case went wrong with their first version.
@pytest.mark.parametrize(
    "text",
    ["Rhode Island (RI) spent USD 12 million; the RI Division", "The Policy Research Centre (PRC) and the PRC",
     "IBM AS/400", "ekspor ke Amerika Latin", "North Korea spent", "Korea Utara", "kursus bahasa Inggris",
     "British Columbia", "The DPRK spent"],
)
def test_names_that_are_no_country(text):
    assert countries_named(text) == []


def test_attacked_readings():
    from bot.engine import _partners_asked
    from bot.quotes import AnswerTypes, fiscal_year_at, money_things, row_partner, writes_money_thing

    assert row_partner("Kementerian/Lembaga: BSSN; Tujuan: keamanan siber; Anggaran 2024: 310") is None
    assert row_partner("Country: Indonesia; Implementing partner: UNDP; Grant: 5") is None
    assert row_partner("Negara mitra: Tiongkok; Ekspor 2024: 47.6") == "Tiongkok"
    s = "In 2024 the GDS spent GBP 50 million on One Login, compared with GBP 40 million in 2023/24."
    assert fiscal_year_at(s, s.index("GBP 50"), s.index("GBP 50") + 14) is None
    assert fiscal_year_at(s, s.index("GBP 40"), s.index("GBP 40") + 14) == "2023/24"
    s = "Data per 2024/06 tercatat 5,4 juta pengguna."
    assert fiscal_year_at(s, s.index("5,4"), s.index("5,4") + 3) is None
    assert not AnswerTypes.of("Berapa kontrak ekspor yang ditandatangani Korea pada 2024?").money
    assert AnswerTypes.of("Berapa ekspor e-Government Korea pada 2024?").money
    budget = money_things("Berapa anggaran Kominfo tahun anggaran 2025?")
    assert budget and writes_money_thing("Pagu indikatif Kominfo tahun anggaran 2025 sebesar Rp 7,7 triliun.", budget)
    assert not money_things("Berapa penerimaan eCitizen tahun anggaran 2023/24?")
    assert _partners_asked("According to the OECD, how much did Korea spend in 2024?") == []
    assert _partners_asked("Berapa anggaran yang dialokasikan ke Kementerian Kominfo?") == []
    assert _partners_asked("Berapa ekspor ke kawasan Timur Tengah?") == [["Timur", "Tengah"]]


BUDGET_PAGE = """Korea's digital government budget 2025

Unlike Japan, the ministry will spend KRW 1.62 trillion on digital government in 2025.
"""

REGIONS = """Kinerja ekspor e-Government Korea Selatan 2024

Total ekspor e-Government Korsel pada 2024 mencapai 336,4 juta dolar AS.

Ekspor e-Government Korea ke Amerika Latin mencapai USD 41 juta pada 2024. Ekspor ke AS mencapai USD 15 juta pada 2024, sedangkan ekspor ke RRT mencapai USD 9,8 juta.
"""


@pytest.fixture(scope="module")
def attacked(tmp_path_factory, embedder):
    from tests.corpus_helpers import engine_over

    files = {
        "mois-budget-2025.en.txt": (BUDGET_PAGE, "Korea's digital government budget 2025", "en", "2025-01-10"),
        "kbri-ekspor-kawasan-2024.id.txt": (REGIONS, "Kinerja ekspor e-Government Korea Selatan 2024", "id", "2025-02-01"),
    }
    return engine_over(tmp_path_factory.mktemp("countries-attack"), files, embedder)


def test_the_attack_on_stop_28_s_rules(attacked):
    from bot.factcheck import check_claim

    # a country compared ("Unlike Japan") is not the figure's owner: the page is Korea's
    a = attacked.answer("How much will Korea spend on digital government in 2025?")
    assert a.answered and "KRW 1.62 trillion" in render_text(a), render_text(a)
    # a total asked: the total, not the exports to single destinations
    a = attacked.answer("Berapa total ekspor e-Government Korea Selatan 2024?")
    assert a.answered and "336,4" in render_text(a), render_text(a)
    # "Amerika Latin" is no "AS"; "to the U.S." is a part whole
    v = check_claim(attacked, "Korea's e-government exports to the United States reached USD 41 million in 2024.")
    assert v.verdict == "contradicted" and "USD 15 juta" in render_verdict_text(v), render_verdict_text(v)
    v = check_claim(attacked, "Korea's e-government exports to the U.S. were USD 15 million in 2024.")
    assert v.verdict == "supported", render_verdict_text(v)
