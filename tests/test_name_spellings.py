"""A name the question spells otherwise than the source ("Shilla" / "Silla", a
transliteration) counts as written for the lexical decline signals (word coverage, rare
words missing, words unknown to the index), as it already did for the names rule
(:func:`bot.engine.gives_name`). TyDi QA validation: "Kapan Kerajaan Shilla berdiri?"
had been declined against "sejarah Silla ... awal (57 SM-654 M)".

The document is invented for the test (the kingdom, places and dates are made up)."""

from __future__ import annotations

import pytest

from bot.engine import _names_spelt_otherwise, _spelt_alike
from bot.render import render_text
from index.bm25 import tokenize
from tests.corpus_helpers import engine_over


@pytest.mark.parametrize(
    "a, b, alike",
    [
        ("shilla", "silla", True),
        ("hurgronje", "hurgronye", True),
        ("bandung", "badung", False),  # one consonant apart: two places
        ("giri", "gita", False),  # too short to tell
        ("zhongzong", "quanzar", False),
        ("sorong", "serang", False),  # same first letter, too unlike
    ],
)
def test_one_name_spelt_two_ways(a, b, alike):
    assert _spelt_alike(a, b) is alike


def test_only_the_question_s_names_count_as_spelt_otherwise():
    question = "Kapan Kerajaan Shilla berdiri?"
    tokens = set(tokenize("Para ahli membagi sejarah Silla menjadi tiga periode."))
    missing = set(tokenize(question)) - tokens
    assert _names_spelt_otherwise(question, missing, tokens) == {"shilla"}
    # a word that is no name is not read as a spelling of another ("berdiri" / "berdikari")
    tokens = set(tokenize("Silla berdikari sejak lama."))
    assert "berdiri" not in _names_spelt_otherwise(question, set(tokenize(question)) - tokens, tokens)
    assert _names_spelt_otherwise("Kapan kerajaan itu berdiri?", {"berdiri"}, {"berdikari"}) == set()


KINGDOM = """Sejarah Lembajung

Para ahli sejarah membagi sejarah Lembajung menjadi tiga periode: awal (120 SM-410 M), tengah (410-770) dan akhir (770-902). Ibu kotanya terletak di lembah Sungai Seruni.
"""


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("spellings"), {
        "lembayung.id.txt": (KINGDOM, "Sejarah", "id", "2020-01-10"),
    }, embedder)


def test_a_name_spelt_otherwise_is_answered(engine):
    a = engine.answer("Kapan Kerajaan Lembayung berdiri?")
    assert a.answered, render_text(a)
    assert "120 SM" in render_text(a)
