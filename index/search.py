"""Search over a published index version: dense retrieval with e5 and FAISS.

>>> searcher = Searcher(version, embedder)
>>> hits = searcher.search("Berapa nilai ekspor e-Government Korea pada tahun 2010?", k=5)
>>> hits[0].passage.text[:40], round(hits[0].score, 3)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from index.embedding import Embedder
from index.store import IndexVersion
from index.types import Hit


@dataclass(frozen=True)
class QueryVector:
    """A question embedded once and reused by every stage of one answer.

    Attributes:
        text: the question.
        vector: ``(dim,)`` float32, L2-normalised, embedded with the query prompt.
    """

    text: str
    vector: np.ndarray


class Searcher:
    """Dense search: ``query: `` embedding, inner product over L2-normalised vectors.

    Args:
        version: the index version to search.
        embedder: the embedder the version was built with (checked by the engine).
    """

    def __init__(self, version: IndexVersion, embedder: Embedder):
        self.version = version
        self.embedder = embedder

    def embed(self, question: str) -> QueryVector:
        """Embed a question once (``(dim,)`` float32, L2-normalised)."""
        return QueryVector(question, self.embedder.encode_queries([question])[0])

    def search(self, question: str | QueryVector, k: int = 5) -> list[Hit]:
        """Return the ``k`` best passages for ``question``, best first.

        ``Hit.score`` is the cosine similarity between the query and the passage
        embedding (``Hit.scores["dense"]`` too).

        Raises:
            ValueError: ``k`` < 1.
        """
        if k < 1:
            raise ValueError(f"k must be at least 1, got {k}")
        qv = question if isinstance(question, QueryVector) else self.embed(question)
        n = self.version.n_passages
        if n == 0:
            return []
        scores, ids = self.version.faiss_index.search(qv.vector.reshape(1, -1), min(k, n))
        pairs = [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]
        passages = self.version.passages([i for i, _ in pairs])
        return [
            Hit(passage=p, document=self.version.document(p.doc_id), score=s, rank=r, scores={"dense": s})
            for r, (p, (_, s)) in enumerate(zip(passages, pairs), start=1)
        ]
