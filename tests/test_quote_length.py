"""A quote's second sentence: kept when it may hold the answer, left out when it scores
far below the best (bot.quotes.SECOND_SENTENCE_MARGIN; stop 50)."""

from __future__ import annotations

import numpy as np
import pytest

from bot.quotes import SECOND_SENTENCE_MARGIN, ScoredSentence, choose_quote
from index.types import Document, Hit, Passage

TEXT = ("MOPAS telah membentuk tiga tim komite konsultasi untuk proyek ini. "
        "Kuwait sebelumnya juga pernah menerima konsultasi dari berbagai negara. "
        "Biaya ditanggung oleh Kuwait.")


def _candidates(scores: list[float]) -> list[ScoredSentence]:
    passage = Passage(passage_id=7, doc_id="d", text=TEXT, start=0, end=len(TEXT), paragraph=1, paragraph_end=1)
    hit = Hit(passage=passage, document=Document(doc_id="d", path="d.txt", title="D"), score=0.9, rank=1)
    spans, pos = [], 0
    for sentence in TEXT.split(". "):
        start = TEXT.index(sentence, pos)
        end = start + len(sentence) + (0 if sentence.endswith(".") else 1)
        spans.append((start, end))
        pos = end
    out = [ScoredSentence(hit, a, b, 0.8, score, True, np.zeros(3)) for (a, b), score in zip(spans, scores)]
    return sorted(out, key=lambda c: -c.score)


@pytest.mark.parametrize("trim", [False, True])
def test_a_close_second_sentence_is_kept(trim):
    quote = choose_quote(_candidates([30.0, 30.0 - SECOND_SENTENCE_MARGIN + 0.5, 20.0]), trim=trim)
    assert [q.text for q in quote] == [TEXT[: TEXT.index("Biaya") - 1]]  # neighbours: one span


def test_a_far_second_sentence_is_left_out_when_trimmed():
    ranked = _candidates([30.0, 30.0 - SECOND_SENTENCE_MARGIN, 20.0])
    assert len(choose_quote(ranked)[0].text) > len(ranked[0].text)  # untrimmed: the pair
    assert [q.text for q in choose_quote(ranked, trim=True)] == [
        "MOPAS telah membentuk tiga tim komite konsultasi untuk proyek ini."]


def test_the_engine_quotes_the_answer_alone_when_its_neighbour_scores_far_below(engine):
    # the interview set's "How many consulting committee teams ...?" had quoted a sentence
    # on Kuwait's earlier consultants after the answer
    a = engine.answer("How many consulting committee teams did MOPAS form for the Brunei project?")
    assert a.answered
    assert [c.quote for c in a.citations] == [
        "MOPAS telah membentuk tiga tim komite konsultasi untuk proyek ini, yang meliputi 3 pertemuan."]
    a = engine.answer("In what year did Kuwait and Korea's ITCC agree on informatization policy consulting?")
    assert a.answered and len(a.citations) == 1 and a.citations[0].quote.startswith("Pada 2009, misalnya, Kuwait")
    assert a.citations[0].quote.endswith("bertemu 4 kali.")


def test_a_second_sentence_that_holds_the_answer_stays(engine):
    # the answer is in the sentence after the best one; the two score close
    a = engine.answer("How many smart work centers will Korea build, and by when?")
    assert a.answered and "500 pusat kerja pintar pada 2015" in " ".join(c.quote for c in a.citations)

