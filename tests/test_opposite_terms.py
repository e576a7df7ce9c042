"""A question naming one of two opposite terms (imports / exports, the start / the end,
north / south, a rise / a fall) is not answered by a quote that tells only the other:
a journalist asking Korea's e-Government *imports* must not be shown its export figures.

The interview (the product's first source) tells only exports; the other quotes are
invented for the test."""

from __future__ import annotations

import pytest

from bot.engine import _opposite_term_only
from bot.quotes import AnswerTypes, money_things
from bot.render import render_text

EXPORTS = (
    "Dan pada 2010, pencapaian peringkat pertama dalam UN e-Government Survey, ekspor teknologi "
    "e-Government Korea mencapi rekor sebesar USD148,76 juta."
)


@pytest.mark.parametrize(
    "question, quoted, ruled_out",
    [
        # the quote tells only the opposite term, in either language
        ("How much e-Government did Korea import in 2010?", EXPORTS, True),
        ("Berapa nilai impor e-Government Korea tahun 2010?", EXPORTS, True),
        ("Siapa yang menggunakan kapal induk secara efektif pada akhir Perang Dunia II?",
         "Jepang menggunakan kapal induk secara efektif pada awal Perang Dunia II.", True),
        ("Siapakah penyihir yang memiliki darah campuran?", "James adalah penyihir berdarah murni.", True),
        ("Berapa penurunan jumlah pengguna portal pada 2021?",
         "Jumlah pengguna portal meningkat 12 persen pada 2021.", True),
        ("How much did local governments spend on the portal?",
         "The central government spent Rp 2 triliun on the portal.", True),
        # the term asked is written, both poles are asked, or the pole asked is negated
        ("Berapa nilai ekspor e-Government Korea pada tahun 2010?", EXPORTS, False),
        ("How much did Korea export in 2010?", EXPORTS, False),
        ("Berapa selisih ekspor dan impor Korea?", EXPORTS, False),
        ("Siapakah penyihir yang memiliki darah tidak campuran?", "James adalah penyihir berdarah murni.", False),
        ("Berapa kenaikan ekspor Korea?", "Ekspor naik dan impor turun pada 2010.", False),
        # a question asking whether is answered by the opposite ("naik ga?" by "turun"; corpus Y)
        ("indeks spbe nasional 2024 brp, naik ga?", "Indeks SPBE Nasional 2024 turun 0,12 poin menjadi 2,67.", False),
        ("Did Korea's e-government exports fall in 2010?", EXPORTS + " Ekspor meningkat dua kali lipat.", False),
        # a quote naming neither pole is for other rules to judge
        ("Kapan portal impor dibuka?", "Portal itu dibuka pada 2016.", False),
        # "terakhir" (last) and "akhirnya" (finally) are no end of a period
        ("Apa yang terjadi pada awal tahun?", "Akhirnya portal itu dibuka; laporan terakhir terbit.", False),
    ],
)
def test_a_quote_telling_only_the_opposite_term_does_not_answer(question, quoted, ruled_out):
    assert _opposite_term_only(question, quoted) is ruled_out


@pytest.mark.parametrize(
    "question, money",
    [
        ("How much e-Government did Korea import in 2010?", True),
        ("How much did Korea export in 2010?", True),
        ("How much did Korea pay?", True),
        ("How much time did it take to export the system?", False),
        ("How much did exports grow in 2010?", False),
    ],
)
def test_how_much_a_country_traded_asks_for_money(question, money):
    assert AnswerTypes.of(question).money is money


@pytest.mark.parametrize(
    "question",
    [
        "How much e-Government did Korea import in 2010?",
        "Berapa besar impor e-Government Korea 2010?",
    ],
)
def test_imports_are_not_answered_with_export_figures(engine, question):
    assert money_things(question) == [("impor", "import")]
    answer = engine.answer(question)
    assert not answer.answered, render_text(answer)
    assert "148" in render_text(answer)  # the closest quote is still shown, marked as no answer


@pytest.mark.parametrize(
    "question",
    ["How much e-Government technology did Korea export in 2010?", "Berapa nilai ekspor e-Government Korea pada tahun 2010?"],
)
def test_exports_are_still_answered(engine, question):
    answer = engine.answer(question)
    assert answer.answered
    assert "USD148,76 juta" in render_text(answer)
