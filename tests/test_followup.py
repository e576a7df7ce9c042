"""Follow-up questions (bot/followup.py): "Dan tahun 2007?" after a whole question is read
as that question about 2007, the reply says so, and a follow-up with nothing before it
gets a hint instead of a quote about something else (a tester's "And in 2012?")."""

from __future__ import annotations

import pytest

from bot.followup import is_fragment, read_followup
from bot.render import render_text

EXPORT_2010 = "Berapa nilai ekspor e-Government Korea pada tahun 2010?"


@pytest.mark.parametrize(("question", "previous", "read", "lang"), [
    ("Dan tahun 2007?", EXPORT_2010, "Berapa nilai ekspor e-Government Korea pada tahun 2007?", "id"),
    ("And in 2007?", EXPORT_2010, "Berapa nilai ekspor e-Government Korea pada tahun 2007?", "en"),
    ("bagaimana dengan tahun 2009", EXPORT_2010, "Berapa nilai ekspor e-Government Korea pada tahun 2009?", "id"),
    ("2007?", EXPORT_2010, "Berapa nilai ekspor e-Government Korea pada tahun 2007?", None),
    ("Dan tahun 2010?", EXPORT_2010, EXPORT_2010, "id"),  # the same year again: the same question
    ("And in 2012?", "Who is the deputy minister of MOPAS?", "Who is the deputy minister of MOPAS in 2012?", "en"),
    ("What about Vietnam?", "How many projects did Korea win in Indonesia?",
     "How many projects did Korea win in Vietnam?", "en"),  # the last country named
    ("what about vietnam?", "What is Korea's rank in 2010?", "What is vietnam's rank in 2010?", "en"),
    ("Dan Hometax?", "Berapa jumlah pengguna Government24 pada tahun 2020?",
     "Berapa jumlah pengguna Hometax pada tahun 2020?", "id"),
    ("And Hometax in 2019?", "How many users did Government24 have in 2020?",
     "How many users did Hometax have in 2019?", "en"),
])
def test_a_follow_up_is_read_into_the_previous_question(question, previous, read, lang):
    assert is_fragment(question)
    assert read_followup(question, previous) == (read, lang)


@pytest.mark.parametrize(("question", "previous"), [
    ("Dan siapa menterinya?", EXPORT_2010),  # a whole question of its own
    ("and the budget?", EXPORT_2010),  # which words it replaces is a guess: asked as it is
    ("Korea?", EXPORT_2010),  # a name alone, with no cue, may be a question's keywords
    ("Terima kasih", EXPORT_2010),
    ("dan", EXPORT_2010),
    ("And in 2012?", "Berapa nilai ekspor pada tahun 2007 dan 2010?"),  # which year it replaces is unclear
    ("And Hometax?", "Who is the Minister of MOPAS?"),  # two names before: which one goes is unclear
    ("And in 2012?", None),
])
def test_what_is_no_readable_follow_up_is_left_as_asked(question, previous):
    assert read_followup(question, previous) is None


def test_the_engine_answers_a_follow_up_as_read_and_says_so(engine):
    a = engine.answer("Dan tahun 2007?", previous=EXPORT_2010)
    assert a.read_as == "Berapa nilai ekspor e-Government Korea pada tahun 2007?"
    assert a.answered and a.language == "id"
    text = render_text(a)
    assert text.startswith("Dibaca sebagai: Berapa nilai ekspor e-Government Korea pada tahun 2007?")
    assert "USD9,87 juta" in text  # the 2007 export figure, as the source writes it
    en = engine.answer("And in 2007?", previous=EXPORT_2010)
    assert en.language == "en" and render_text(en).startswith("Read as: ")


def test_a_follow_up_with_nothing_before_it_gets_a_hint(engine):
    for q, lang in [("And in 2012?", "en"), ("Dan tahun 2007?", "id")]:
        a = engine.answer(q)
        assert a.needs_previous and not a.answered and not a.citations and a.closest is None
        assert a.language == lang
        assert "whole question" in render_text(a) if lang == "en" else "pertanyaan lengkapnya" in render_text(a)


def test_a_whole_question_ignores_the_previous_one(engine):
    a = engine.answer(EXPORT_2010, previous="Siapa Kim Nam-suk?")
    assert a.read_as is None and a.answered
