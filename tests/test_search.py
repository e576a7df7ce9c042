"""Search: dense + BM25 fusion and the sentence rerank, on the real index and model."""

from __future__ import annotations

import numpy as np
import pytest

from index.search import RERANK_DEPTH, Searcher, fuse, sentence_rerank


def test_fuse_adds_max_normalised_bm25():
    ranked = fuse({1: 0.80, 2: 0.79, 3: 0.70}, {2: 10.0, 3: 5.0}, bm25_weight=0.02)
    assert [pid for pid, _ in ranked] == [2, 1, 3]
    assert dict(ranked)[2] == pytest.approx(0.79 + 0.02)
    assert dict(ranked)[3] == pytest.approx(0.70 + 0.01)


def test_sentence_rerank_prefers_a_passage_with_one_close_sentence():
    dense = {1: 0.85, 2: 0.84}
    # passage 2's best sentence matches far better than passage 1's
    out = sentence_rerank([(1, 0.85), (2, 0.84)], {1: 0.80, 2: 0.90}, dense, sentence_weight=0.35)
    assert [pid for pid, _ in out] == [2, 1]
    assert dict(out)[2] == pytest.approx(0.84 + 0.35 * 0.06)
    # a passage without sentence vectors keeps its score
    out = sentence_rerank([(1, 0.85), (2, 0.84)], {2: 0.90}, dense, sentence_weight=0.35)
    assert dict(out)[1] == pytest.approx(0.85)


def test_hit_parts_are_the_cosines_of_passage_and_best_sentence(engine):
    version = engine.version
    searcher = Searcher(version, engine.embedder)
    qv = searcher.embed("Berapa pusat kerja pintar yang akan dibangun?")
    hits = searcher.search(qv, k=5)
    assert [h.rank for h in hits] == [1, 2, 3, 4, 5]
    assert all(a.score >= b.score for a, b in zip(hits, hits[1:]))
    for h in hits:
        pid = h.passage.passage_id
        rows = version.sentence_rows([pid])[pid]
        assert rows, "every passage of the interview has sentences"
        best = float((np.asarray(version.sentence_vectors[rows]) @ qv.vector).max())
        passage_vec = version.faiss_index.reconstruct(pid)
        assert h.scores["sentence"] == pytest.approx(best, abs=1e-5)
        assert h.scores["dense"] == pytest.approx(float(passage_vec @ qv.vector), abs=1e-5)
    assert "500 pusat kerja pintar" in hits[0].passage.text


def test_without_the_rerank_scores_are_the_fused_ones(engine):
    plain = Searcher(engine.version, engine.embedder, sentence_weight=0.0).search("Siapa wakil menteri MOPAS?", k=3)
    assert all("sentence" not in h.scores for h in plain)
    for h in plain:
        assert h.score >= h.scores["dense"]  # BM25 adds, never subtracts


def test_english_question_finds_the_indonesian_paragraph_naming_the_visitors(engine):
    # Across languages a whole passage's vector leans towards its topic; the paragraph
    # whose one sentence names the visiting ministers must still come first.
    hits = engine.search("Which countries sent ministers to learn about Korea's e-government this year?", k=3)
    assert "Brunei, Honduras dan Panama" in hits[0].passage.text


def test_rerank_depth_covers_k(engine):
    hits = engine.search("e-Government", k=RERANK_DEPTH + 2)
    assert len(hits) == min(RERANK_DEPTH + 2, engine.version.n_passages)
    assert len({h.passage.passage_id for h in hits}) == len(hits)
