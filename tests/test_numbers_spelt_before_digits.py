"""A number in words before its digits in brackets ("five (5) years", "tiga puluh dua (32)
kabupaten"), a longer number in words with a scale word in it, a street address's number,
and where a counted noun ends.

A blind probe of stop 52 (an MoU, a minister's speech, an appraisal report, a FAQ page)
found: "ninety (90) days' notice" read as two bare numbers, so the claims "The MoU runs
for five years" and "... 60 days' notice" were "not in my sources"; "EUR 18,500,000
(eighteen million five hundred thousand euros)" listing a figure "EUR 500 thousand" the
source never states; "Jalan Merbabu Nomor 12" shown as "ranked 12th"; and counted nouns
"95,000 certificates unless service", "12 contracts worth Rp". The documents here are
invented for the test.
"""

from __future__ import annotations

import pytest

from bot.factcheck import check_claim
from bot.figures import extract_figures, spelt_value, writes_form
from bot.render import figures_line, render_verdict_text
from tests.corpus_helpers import engine_over


def _figs(text: str, lang: str) -> list[tuple[str, str, float, str | None]]:
    return [(f.kind, f.surface, f.value, f.noun) for f in extract_figures(text, lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("shall remain in force for a period of five (5) years.", "en", [("count", "five (5)", 5.0, "years")]),
    ("written notice of at least ninety (90) days.", "en", [("count", "ninety (90)", 90.0, "days")]),
    ("dilaksanakan di tiga puluh dua (32) kabupaten", "id", [("count", "tiga puluh dua (32)", 32.0, "kabupaten")]),
    ("paling lama tiga puluh (30) hari kerja", "id", [("count", "tiga puluh (30)", 30.0, "hari kerja")]),
    ("denda lima persen (5%) dari nilai kontrak", "id", [("percent", "lima persen (5%)", 5.0, None)]),
    ("at least twenty-five (25) percent", "en", [("percent", "twenty-five (25) percent", 25.0, None)]),
])
def test_a_number_in_words_before_its_digits_is_one_figure(text, lang, expected):
    assert _figs(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an attack on a first version: a rank in words cut at its digits, money with its
    # currency before the words read as a bare number, an article's or a phase's number
    # read as a count of what follows
    ("Busan was ranked seventy-seven (77) in the Smart City Index", "en",
     [("rank", "ranked seventy-seven (77)", 77.0, None)]),
    ("berada di peringkat dua (2) nasional", "id", [("rank", "peringkat dua (2)", 2.0, None)]),
    ("a grant of USD five million (5,000,000) from Denmark", "en",
     [("amount", "USD five million (5,000,000)", 5_000_000.0, None)]),
    ("hibah Rp delapan belas juta lima ratus ribu (18.500.000) dari provinsi", "id",
     [("amount", "Rp delapan belas juta lima ratus ribu (18.500.000)", 18_500_000.0, None)]),
    ("sebagaimana dimaksud dalam Pasal lima (5) Peraturan Bupati", "id", [("number", "5", 5.0, None)]),
    ("Phase one (1) covers the pilot districts", "en", [("number", "1", 1.0, None)]),
])
def test_ranks_money_and_parts_before_digits_in_brackets(text, lang, expected):
    assert _figs(text, lang) == expected


def test_words_that_say_another_number_are_left_alone():
    # "two (3)" says two numbers: nothing joined
    assert ("count", "3", 3.0, "years") not in _figs("two (3) years", "en")
    assert [f.surface for f in extract_figures("the programme covers five (5) provinces", "en")] == ["five (5)"]
    assert [f.surface for f in extract_figures("Article five (5) applies.", "en")] == ["5"]  # an article's number


def test_a_number_in_words_with_a_scale_word_inside_is_not_read_in_part():
    text = "The total budget is EUR 18,500,000 (eighteen million five hundred thousand euros)."
    assert [f.surface for f in extract_figures(text, "en")] == ["EUR 18,500,000"]
    assert extract_figures("a budget of eighteen million five hundred thousand euros", "en") == []
    assert spelt_value("eighteen million five hundred thousand") == 18_500_000
    assert spelt_value("delapan belas juta lima ratus ribu") == 18_500_000
    assert spelt_value("tiga puluh dua") == 32
    assert spelt_value("five years") is None


def test_a_street_address_number_is_no_rank():
    text = "Loket tersedia di Mal Pelayanan Publik Lembah Sari, Jalan Merbabu Nomor 12, buka Senin sampai Jumat."
    assert extract_figures(text, "id") == []
    assert [f.kind for f in extract_figures("Kantor di Jl. Sudirman No. 3, Jakarta", "id")] == []
    assert [(f.kind, f.value) for f in extract_figures("Indonesia berada di nomor 12 dunia", "id")] == [("rank", 12.0)]
    assert extract_figures("Our office is at Merdeka Street No. 8.", "en") == []
    # a call centre's number is no rank (a blind probe of stop 52: "nomor 1500 (ranked 1500th)")
    assert [f.kind for f in extract_figures("hubungi pusat panggilan SIPEL di nomor 1500-278 pada hari kerja", "id")
            if f.kind == "rank"] == []
    assert [f.kind for f in extract_figures("hubungi call center nomor 1500 tersedia", "id")] == []
    # ... while "nomor satu" stays a rank (the first version of that rule had dropped it)
    assert [(f.kind, f.value) for f in extract_figures("Ia disebut penulis nomor satu di negerinya", "id")] == [
        ("rank", 1.0)]
    # ranks after street-like words stay (an attack on a first version)
    for text, lang in (("In the Asia Road Safety Ranking, No. 3 was Busan in 2022.", "en"),
                       ("Jalan Malioboro nomor 1 dalam survei kebersihan", "id"),
                       ("Jalan Tol Trans Jawa nomor 1 di Indonesia", "id")):
        assert [f.kind for f in extract_figures(text, lang)][:1] == ["rank"], text


@pytest.mark.parametrize("text, noun", [
    ("at risk of missing its target of 95,000 certificates unless service improves", "certificates"),
    ("Auditors found that 12 contracts worth Rp 21.6 billion were signed early", "contracts"),
])
def test_a_counted_noun_ends_at_unless_and_worth(text, noun):
    counts = [f for f in extract_figures(text, "en") if f.kind == "count"]
    assert [f.noun for f in counts] == [noun]


def test_the_figures_line_shows_a_number_in_words_and_digits_once():
    assert writes_form("five (5)", "5") and writes_form("lima persen (5%)", "5%")
    assert not writes_form("sebelas", "11")
    line = figures_line("Program ini dilaksanakan di tiga puluh dua (32) kabupaten di sebelas provinsi.", "id", "id")
    assert "tiga puluh dua (32) kabupaten" in line and "(32)" not in line.replace("dua (32)", ""), line


MOU = """Memorandum of Understanding on Cooperation in Digital Government

Article 10 Duration. This MoU shall remain in force for a period of five (5) years from the date of its signature.

Article 12 Termination. Either Party may terminate this MoU by giving the other Party written notice of at least ninety (90) days.

Article 4 Financing. The total indicative budget of the programme is EUR 18,500,000 (eighteen million five hundred thousand euros).
"""

PIDATO = """Sambutan Menteri pada Peluncuran Program Jembatan Digital

Program ini akan dilaksanakan di tiga puluh dua (32) kabupaten dan kota percontohan yang tersebar di sebelas provinsi.
"""

FILES = {
    "mou-digital-government.en.txt": (MOU, "MoU on Cooperation in Digital Government", "en", "2024-03-14"),
    "sambutan-menteri.id.txt": (PIDATO, "Sambutan Menteri pada Peluncuran Program Jembatan Digital", "id", "2024-03-15"),
}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("spelt_before_digits"), FILES, embedder)


@pytest.mark.parametrize("claim, verdict, said", [
    ("The MoU runs for five years", "supported", "five (5) years"),
    ("Either party may end the MoU with 60 days' notice", "contradicted", "ninety (90) days"),
    ("Program Jembatan Digital dilaksanakan di 34 kabupaten", "contradicted", "tiga puluh dua (32) kabupaten"),
    ("Program Jembatan Digital dilaksanakan di 32 kabupaten", "supported", "tiga puluh dua (32) kabupaten"),
])
def test_claims_against_numbers_in_words_and_digits(engine, claim, verdict, said):
    v = check_claim(engine, claim)
    text = render_verdict_text(v)
    assert v.verdict == verdict, text
    assert said in text, text


def test_no_figure_of_part_of_a_number_in_words_is_shown(engine):
    from bot.render import render_text

    text = render_text(engine.answer("What is the total budget of the programme?"))
    assert "EUR 18,500,000" in text and "500 thousand" not in text and "500.000" not in text, text
