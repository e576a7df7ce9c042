"""Search over a published index version: dense e5 retrieval fused with BM25.

>>> searcher = Searcher(version, embedder)
>>> hits = searcher.search("Berapa nilai ekspor e-Government Korea pada tahun 2010?", k=5)
>>> hits[0].passage.text[:40], round(hits[0].score, 3)

Across languages (:data:`CROSS_LANGUAGE_BONUS`): in an index holding both languages, a
passage in the other language than the question's gets a fixed bonus on its cosine
before fusion, since e5 scores passages in the question's own language higher.

BM25 reads the question with the corpus words its words translate to in the word table
of :mod:`index.lexicon` (an English question about an Indonesian source also searches for
the source's words). The glossary of :mod:`index.glossary` adds the other language's
terms for the question's public-administration terms ("budget" -> "anggaran"); those
reach only the sentence ranker's word overlap (:attr:`QueryVector.glossary`), since
in BM25 they drew passages that share a common term and nothing else (README.md,
"Quality"). Fusion (:func:`fuse`): each candidate's score is its cosine similarity plus
``bm25_weight`` times its BM25 score divided by the best BM25 score among the
candidates (so the lexical part is in [0, bm25_weight]). Candidates are the union of
the dense and the BM25 top :data:`CANDIDATES`. The weight was chosen on the validation
sets (README.md, "Quality"); with weight 0 this is plain dense search.

Tables (:func:`spread_tables`): of the rows of one table, the best
:data:`MAX_ROWS_PER_TABLE` keep their place and the others follow every other candidate,
before the sentence rerank and again after it, so that prose stating a total is not
crowded out by rows that repeat the question's header word.

Sentence rerank (:func:`sentence_rerank`): the best :data:`RERANK_DEPTH` fused
candidates then gain ``sentence_weight`` times (their best sentence's cosine minus the
passage's cosine), so a passage holding one sentence that matches the question well
beats a passage that matches it only as a whole. Sentence vectors are computed at index
time; this costs one matrix product over the candidates' sentences per question. It
matters most across languages, where a whole passage's vector leans towards its topic
(an English question about the Indonesian interview drew the lede paragraph for many
questions).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from index.embedding import Embedder
from index.glossary import glossary
from index.language import detect_language
from index.store import IndexVersion
from index.types import Hit

#: Candidates taken from each retriever before fusion.
CANDIDATES = 50
#: Weight of max-normalised BM25 in the fused score. Chosen on IDK-MRC validation
#: (answerable questions, open retrieval over all passages): recall@1 0.971 -> 0.979 and
#: recall@5 0.987 -> 0.992 at 0.015-0.02; above 0.04 it falls below dense alone
#: (README.md, "Quality").
BM25_WEIGHT = 0.02
#: Weight of (best sentence cosine - passage cosine) in the reranked score. Chosen on
#: tests/eval/interview.jsonl with IDK-MRC and TyDi QA validation as guards: interview
#: recall@1 0.85 -> 0.91 (English 0.78 -> 0.89) and recall@3 0.97 -> 1.0 at 0.35;
#: IDK-MRC and TyDi QA recall@1/5 unchanged up to 0.35, lower from 0.5 (README.md,
#: "Quality").
SENTENCE_WEIGHT = 0.35
#: Added to the cosine of a passage in a language other than the question's before fusion
#: (the reported ``dense`` score stays the cosine). e5 scores a passage in the question's
#: own language higher: on a tester's 18-document corpus of both languages the passage
#: holding the answer had a mean cosine of 0.888 (English question, English source) and
#: 0.896 (Indonesian, Indonesian) against 0.863 and 0.867 across languages; on the
#: interview the gold passage's cosine is 0.888 for Indonesian questions and 0.834 for
#: English ones. With the interview beside that corpus (English questions, Indonesian
#: answers, English passages on the same topics) recall@1 of the English questions was
#: 0.42 against 0.90 for the Indonesian ones. Nothing changes for an index in one language.
CROSS_LANGUAGE_BONUS = 0.03
#: Fused candidates the sentence rerank rescores (at least ``k``).
RERANK_DEPTH = 10
#: Rows of one table kept among the best candidates before the rest of its rows
#: (:func:`spread_tables`). Every row of a spreadsheet repeats its column headers
#: ("Anggaran (miliar KRW)"), so a short question naming a header drew five rows of one
#: table and no prose (a tester's 22-document corpus: "berapa anggaran egov korea th
#: 2010" quoted one programme's row as the national budget).
MAX_ROWS_PER_TABLE = 2


@dataclass(frozen=True)
class QueryVector:
    """A question embedded once and reused by every stage of one answer.

    Attributes:
        text: the question.
        vector: ``(dim,)`` float32, L2-normalised, embedded with the query prompt.
        translations: corpus words the question's words translate to
            (:func:`translations_of`, the word table's; empty for a question in the
            corpus's only language); BM25 and the word overlap read them too.
        language: the question's language (``"id"``/``"en"``) when the index holds
            passages in more than one language, else ``None`` (not needed).
        glossary: the other language's words for the question's terms
            (:func:`translations_of`, the glossary's); only the word overlap reads them.
    """

    text: str
    vector: np.ndarray
    translations: tuple[str, ...] = ()
    language: str | None = None
    glossary: tuple[str, ...] = ()

    @property
    def lexical_text(self) -> str:
        """The text BM25 reads: the question and its translations."""
        return " ".join((self.text, *self.translations)) if self.translations else self.text


def translations_of(question: str, version) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The corpus words of the other language that ``question``'s words translate to:
    ``(table words, glossary words)``, each word once. Table words come from the version's
    word table (:meth:`index.lexicon.Lexicon.expand`, for words no passage has), glossary
    words from the bilingual glossary (:meth:`index.glossary.Glossary.expand`, for its
    terms whichever passages have them). Both empty for a version with no BM25 index."""
    bm25 = getattr(version, "bm25", None)
    lexicon = getattr(version, "lexicon", None)
    table = lexicon.expand(question, bm25) if lexicon is not None else ()
    return tuple(table), tuple(w for w in glossary().expand(question, bm25) if w not in table)


def fuse(dense: dict[int, float], lexical: dict[int, float], bm25_weight: float) -> list[tuple[int, float]]:
    """Fuse dense cosines and BM25 scores; return ``(passage_id, score)`` best first.

    Args:
        dense: passage id -> cosine similarity, for every candidate.
        lexical: passage id -> BM25 score (missing = 0).
        bm25_weight: weight of the max-normalised BM25 score.
    """
    top = max(lexical.values(), default=0.0)
    fused = {
        pid: d + (bm25_weight * lexical.get(pid, 0.0) / top if top > 0 else 0.0) for pid, d in dense.items()
    }
    return sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))


def sentence_rerank(
    ranked: list[tuple[int, float]], best_sentence: dict[int, float], dense: dict[int, float], sentence_weight: float
) -> list[tuple[int, float]]:
    """Rescore fused candidates by their best sentence; return ``(passage_id, score)`` best first.

    Args:
        ranked: ``(passage_id, fused score)`` best first (the candidates to rescore).
        best_sentence: passage id -> highest cosine of one of its sentences (missing: the
            passage has no sentence vectors and keeps its score).
        dense: passage id -> cosine of the whole passage.
        sentence_weight: weight of ``best_sentence - dense``.
    """
    out = [
        (pid, score + (sentence_weight * (best_sentence[pid] - dense[pid]) if pid in best_sentence else 0.0))
        for pid, score in ranked
    ]
    return sorted(out, key=lambda kv: (-kv[1], kv[0]))


def spread_tables(ranked: list[tuple[int, float]], tables: dict[int, str], per_table: int) -> list[tuple[int, float]]:
    """``ranked`` with each table's rows after its best ``per_table`` moved behind every
    other candidate (in their order; nothing is dropped, scores are kept).

    Args:
        ranked: ``(passage_id, score)`` best first.
        tables: passage id -> document id, for the candidates that are table rows.
        per_table: rows of one document kept in place.
    """
    kept, later, seen = [], [], {}
    for pid, score in ranked:
        doc = tables.get(pid)
        if doc is not None:
            seen[doc] = seen.get(doc, 0) + 1
            if seen[doc] > per_table:
                later.append((pid, score))
                continue
        kept.append((pid, score))
    return kept + later


class Searcher:
    """Dense search (``query: `` embedding, inner product over L2-normalised vectors),
    optionally fused with BM25 (see the module docstring).

    Args:
        version: the index version to search.
        embedder: the embedder the version was built with (checked by the engine).
        bm25_weight: weight of BM25 in the fused score (0 = dense only).
        sentence_weight: weight of the sentence rerank (0 = off).
        cross_language_bonus: added to the cosine of passages in another language than
            the question's (default :data:`CROSS_LANGUAGE_BONUS`; 0 = off).
    """

    def __init__(
        self, version: IndexVersion, embedder: Embedder, bm25_weight: float = BM25_WEIGHT,
        sentence_weight: float = SENTENCE_WEIGHT, cross_language_bonus: float | None = None,
    ):
        self.version = version
        self.embedder = embedder
        self.bm25_weight = bm25_weight
        self.sentence_weight = sentence_weight
        self.cross_language_bonus = CROSS_LANGUAGE_BONUS if cross_language_bonus is None else cross_language_bonus

    def embed(self, question: str) -> QueryVector:
        """Embed a question once (``(dim,)`` float32, L2-normalised), with the corpus words
        its words translate to (:func:`translations_of`)."""
        translations, glossary = translations_of(question, self.version)
        language = detect_language(question) if len(self.version.languages()) > 1 else None
        return QueryVector(question, self.embedder.encode_queries([question])[0], translations, language, glossary)

    def _language_fair(self, dense: dict[int, float], qv: QueryVector) -> dict[int, float]:
        """``dense`` with :data:`CROSS_LANGUAGE_BONUS` added to the passages in a language
        other than the question's (unchanged for an index in one language)."""
        if qv.language is None or not self.cross_language_bonus:
            return dense
        languages = self.version.passage_languages()
        return {
            pid: d + (self.cross_language_bonus if languages.get(pid, qv.language) != qv.language else 0.0)
            for pid, d in dense.items()
        }

    def search(self, question: str | QueryVector, k: int = 5) -> list[Hit]:
        """Return the ``k`` best passages for ``question``, best first.

        ``Hit.score`` is the fused and sentence-reranked score (the cosine when both
        are off); ``Hit.scores`` holds its parts: ``dense`` (the passage's cosine),
        ``bm25`` (raw BM25) and ``sentence`` (its best sentence's cosine).

        Raises:
            ValueError: ``k`` < 1.
        """
        if k < 1:
            raise ValueError(f"k must be at least 1, got {k}")
        qv = question if isinstance(question, QueryVector) else self.embed(question)
        n = self.version.n_passages
        if n == 0:
            return []
        use_bm25 = self.bm25_weight > 0 and self.version.bm25 is not None
        depth = min(max(k, CANDIDATES) if use_bm25 else k, n)
        scores, ids = self.version.faiss_index.search(qv.vector.reshape(1, -1), depth)
        dense = {int(i): float(s) for i, s in zip(ids[0], scores[0]) if i >= 0}
        lexical: dict[int, float] = {}
        if use_bm25:
            bm = self.version.bm25
            all_scores = bm.scores(qv.lexical_text)
            top = np.argsort(-all_scores)[: min(CANDIDATES, len(all_scores))]
            for row in top:
                if all_scores[row] > 0:
                    lexical[int(bm.ids[row])] = float(all_scores[row])
            extra = [pid for pid in lexical if pid not in dense]
            if extra:
                vecs = self.version.faiss_index.reconstruct_batch(np.array(extra, dtype=np.int64))
                for pid, v in zip(extra, vecs @ qv.vector):
                    dense[pid] = float(v)
            for pid in dense:
                lexical.setdefault(pid, bm.score_of(all_scores, pid))
        ranked = fuse(self._language_fair(dense, qv), lexical, self.bm25_weight if use_bm25 else 0.0)
        tables = self.version.table_rows([pid for pid, _ in ranked])
        if tables:
            ranked = spread_tables(ranked, tables, MAX_ROWS_PER_TABLE)
        best_sentence: dict[int, float] = {}
        if self.sentence_weight and len(self.version.sentence_vectors):
            ranked = ranked[: max(k, RERANK_DEPTH)]
            rows = self.version.sentence_rows([pid for pid, _ in ranked])
            flat = [r for pid, _ in ranked for r in rows[pid]]
            if flat:
                sims = np.asarray(self.version.sentence_vectors[flat], dtype=np.float32) @ qv.vector
                at = 0
                for pid, _ in ranked:
                    n_rows = len(rows[pid])
                    if n_rows:
                        best_sentence[pid] = float(sims[at : at + n_rows].max())
                    at += n_rows
                ranked = sentence_rerank(ranked, best_sentence, dense, self.sentence_weight)
                if tables:
                    ranked = spread_tables(ranked, tables, MAX_ROWS_PER_TABLE)
        ranked = ranked[:k]
        passages = self.version.passages([pid for pid, _ in ranked])
        return [
            Hit(
                passage=p, document=self.version.document(p.doc_id), score=s, rank=r,
                scores={
                    "dense": dense[p.passage_id],
                    **({"bm25": lexical.get(p.passage_id, 0.0)} if use_bm25 else {}),
                    **({"sentence": best_sentence[p.passage_id]} if p.passage_id in best_sentence else {}),
                },
            )
            for r, (p, (_, s)) in enumerate(zip(passages, ranked), start=1)
        ]
