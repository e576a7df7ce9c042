"""The bot's SQLite store: languages, answers for buttons, feedback once per user, declines."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from bot.botstore import BotStore, Stats
from bot.types import Answer, Citation
from index.types import Document, Hit, Passage

DOC = Document(doc_id="d1", path="a.txt", title="Wawancara <MOPAS> & co", kind="interview", date="2011")


def _answer(question: str, answered: bool = True) -> Answer:
    passage = Passage(passage_id=7, doc_id="d1", text="USD148,76 juta pada 2010.", start=0, end=25, paragraph=3,
                      paragraph_end=3)
    citation = Citation(passage_id=7, doc_id="d1", title=DOC.title, quote="USD148,76 juta", start=0, end=14,
                        paragraph=3, year=2011, kind="interview")
    hit = Hit(passage=passage, document=DOC, score=0.9, rank=1)
    if answered:
        return Answer(question=question, language="id", answered=True, citations=[citation], hits=[hit], confidence=0.9)
    return Answer(question=question, language="en", answered=False, closest=citation, hits=[hit], confidence=0.5)


@pytest.fixture
def store(tmp_path: Path) -> BotStore:
    s = BotStore(tmp_path / "sub" / "bot.sqlite3")
    yield s
    s.close()


def test_language_choice_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    first = BotStore(path)
    assert first.language(42) is None
    first.set_language(42, "id")
    first.set_language(42, "en")
    first.set_language(43, "id")
    first.close()
    again = BotStore(path)
    assert (again.language(42), again.language(43), again.language(44)) == ("en", "id", None)
    with pytest.raises(ValueError, match="'id' or 'en'"):
        again.set_language(42, "ko")


def test_answers_round_trip_with_citations_and_passages(store: BotStore) -> None:
    answer_id = store.record_answer(_answer("Berapa nilai ekspor?"), chat_id=5, user_id=6, index_version="v1")
    stored = store.answer(answer_id)
    assert stored is not None and stored.question == "Berapa nilai ekspor?" and stored.answered
    assert stored.citations[0].quote == "USD148,76 juta" and stored.citations[0].year == 2011
    assert stored.passages[0].title == DOC.title and stored.passages[0].paragraph == 3
    assert stored.index_version == "v1"
    assert store.answer(answer_id + 100) is None


def test_a_second_press_does_not_count_twice(store: BotStore) -> None:
    answer_id = store.record_answer(_answer("q"), chat_id=1, user_id=1)
    assert store.record_feedback(answer_id, user_id=1, helpful=True) == "new"
    assert store.record_feedback(answer_id, user_id=1, helpful=True) == "same"
    assert store.record_feedback(answer_id, user_id=2, helpful=True) == "new"
    assert store.feedback_of(answer_id) == (2, 0)
    assert store.record_feedback(answer_id, user_id=1, helpful=False) == "changed"
    assert store.feedback_of(answer_id) == (1, 1)
    assert store.record_feedback(answer_id + 1, user_id=1, helpful=True) == "unknown"


def test_stats_and_unanswered_newest_first_with_counts(store: BotStore) -> None:
    store.record_answer(_answer("answered"), chat_id=1, user_id=1)
    store.record_answer(_answer("Japan tax office?", answered=False), chat_id=1, user_id=1)
    store.record_answer(_answer("Who is the mayor of Paris", answered=False), chat_id=2, user_id=2)
    store.record_answer(_answer("japan  TAX office", answered=False), chat_id=3, user_id=3)
    a = store.record_answer(_answer("x"), chat_id=1, user_id=1)
    store.record_feedback(a, 1, helpful=False)
    assert store.stats() == Stats(answered=2, declined=3, helpful=0, not_helpful=1)
    rows = store.unanswered()
    assert [(r.question, r.count) for r in rows] == [("japan  TAX office", 2), ("Who is the mayor of Paris", 1)]
    out = io.StringIO()
    assert store.write_unanswered_csv(out) == 2
    parsed = list(csv.reader(io.StringIO(out.getvalue())))
    assert parsed[0] == ["question", "count", "last_asked", "lang"] and parsed[1][:2] == ["japan  TAX office", "2"]


def test_ids_are_stored_only_as_keyed_hashes(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    s = BotStore(path)
    s.set_language(987654321, "id")
    s.record_answer(_answer("q"), chat_id=987654321, user_id=987654321)
    s.close()
    for file in tmp_path.iterdir():  # the database and any journal left beside it
        assert b"987654321" not in file.read_bytes()
