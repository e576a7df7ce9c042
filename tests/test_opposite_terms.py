"""A question naming one of two opposite terms (imports / exports, pure / mixed) is not
answered by a quote that tells only the other: a journalist asking Korea's e-Government
*imports* must not be shown its export figures.

The interview (the product's first source) tells only exports; the other quotes are
invented for the test, several from an attack on a first, wider version of the rule."""

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
        ("Siapakah penyihir yang memiliki darah campuran?", "James adalah penyihir berdarah murni.", True),
        # the term asked is written, both poles are asked, or the pole asked is negated
        ("Berapa nilai ekspor e-Government Korea pada tahun 2010?", EXPORTS, False),
        ("How much did Korea export in 2010?", EXPORTS, False),
        ("Berapa selisih ekspor dan impor Korea?", EXPORTS, False),
        ("Siapakah penyihir yang memiliki darah tidak campuran?", "James adalah penyihir berdarah murni.", False),
        ("Berapa kenaikan ekspor Korea?", "Ekspor naik dan impor turun pada 2010.", False),
        # a question asking whether is answered by the opposite ("no, it exported")
        ("Did Korea import e-Government technology in 2010?", EXPORTS, False),
        ("Korea impor teknologi e-Government ga?", EXPORTS, False),
        ("Apakah benar darah James campuran?", "James adalah penyihir berdarah murni.", False),
        # pairs dropped after the attack: the other pole describes another noun, sits in a
        # place's name, or the pole asked is told in other words
        ("Berapa kenaikan jumlah pengguna SIMPONI?",
         "Users climbed from 3.1 million to 5 million, while complaints dropped.", False),
        ("Berapa indeks SPBE Jawa Timur?", "Pemprov Jatim meraih 3,85, di bawah Jawa Barat.", False),
        ("How much did the central government spend on SPBE?",
         "Belanja SPBE pada APBN mencapai Rp 1,9 triliun. Pemerintah daerah membelanjakan Rp 0,8 triliun.", False),
        ("Berapa instansi yang memakai cloud campuran?",
         "120 instansi memakai cloud murni, 300 instansi memakai cloud hybrid.", False),
        # one trade told from the other side, with the party the question names (a
        # second attack); a party the question does not name tells nothing of it
        ("How many e-KTP chips did Indonesia export to South Korea in 2023?",
         "South Korea imported 3 million e-KTP chips from Indonesia.", False),
        ("How much did Korea export to Indonesia in biometric scanners?",
         "Indonesian agencies bought USD 45 million of scanners from Korean suppliers.", False),
        ("How much did Indonesia export in IT services in 2023?",
         "Indonesia's overseas sales of IT services reached USD 1.2 billion, while imports of licences rose.", False),
        ("How much did Korea import in 2012?", "Korea exported USD 5 million of systems to Vietnam in 2012.", True),
        # pure told in other words
        ("How many agencies run a pure public-cloud setup?",
         "210 run entirely on public cloud and 150 use a mixed public-private setup.", False),
        # a quote naming neither pole is for other rules to judge
        ("Kapan portal impor dibuka?", "Portal itu dibuka pada 2016.", False),
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
        # a quantity, not money
        ("How much data did Indonesia export in 2023?", False),
        ("How much equipment did Indonesia import for the national data centre?", False),
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
