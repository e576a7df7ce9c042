"""BM25 over passages (bm25s), built beside the FAISS index and refreshed with it.

The tokeniser is ours (bm25s's default splits ``148,76`` into two tokens): lower-cased
words, and numbers kept whole with their separators (``148,76``, ``2.000``, ``2010``),
plus the digits-only form of a separated number (``2.000`` also gives ``2000``) so
``2,000`` in an English question meets ``2.000`` in an Indonesian source. Common
Indonesian and English function words (stopwords) are dropped, and words are stemmed
with Snowball's Indonesian stemmer (PyStemmer), applied alike to passages and queries:
on IDK-MRC validation it lifts BM25 alone from recall@1 0.882 to 0.901 (README.md,
"Quality").
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+", re.UNICODE)

#: Function words dropped from queries and passages (Indonesian, then English).
STOPWORDS = frozenset(
    """
    yang dan di ke dari pada untuk dengan ini itu adalah dalam apa siapa berapa kapan bagaimana
    mengapa kenapa tidak akan telah sudah oleh sebagai atau juga saat para bagi serta karena maka
    namun tetapi agar hingga sejak tersebut lebih dapat bisa ada sebuah seorang mereka kami kita
    saya ia dia nya pun lah kah tahun apakah manakah mana sangat masih hanya jika bahwa yaitu
    the a an of to in on for and or is are was were be been by with as at from that this these
    those what who whom which when where why how many much did do does it its their his her
    has have had will would can could should than then there into about after before over
    """.split()
)


_stemmer = None


def stem_words(words: list[str]) -> list[str]:
    """``words`` (lower case) by Snowball's Indonesian stemmer (PyStemmer), as BM25
    tokens are: "terbangun", "dibangun" and "membangun" -> "bangun" (English words come
    back mostly whole)."""
    global _stemmer
    if _stemmer is None:
        import Stemmer

        _stemmer = Stemmer.Stemmer("indonesian")
    return _stemmer.stemWords(words)


def tokenize(text: str) -> list[str]:
    """Lower-cased, stemmed BM25 tokens of ``text`` (see the module docstring)."""
    out = []
    for tok in _TOKEN.findall(text.lower()):
        if tok in STOPWORDS or (len(tok) < 2 and not tok.isdigit()):
            continue
        if tok[0].isdigit():
            out.append(tok)
            if not tok.isdigit():
                out.append(re.sub(r"[.,]", "", tok))
        else:
            out.append(tok)
    return [t if t[0].isdigit() else s for t, s in zip(out, stem_words(out))]


def _bm25s():
    """The ``bm25s`` module. Importing it sets its logger to DEBUG, which would print
    "Building index from tokens" in every build and evaluation; it is put back to
    WARNING."""
    import logging

    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    return bm25s


class BM25Index:
    """BM25 scores of passages for a query.

    Attributes:
        ids: ``(n,)`` int64 passage ids; row i of the BM25 matrix is passage ``ids[i]``.
    """

    def __init__(self, model, ids: np.ndarray):
        self.model = model
        self.ids = ids
        self._row = {int(pid): i for i, pid in enumerate(ids)}
        self._idf: dict[str, float] | None = None

    def idf(self, token: str) -> float:
        """Inverse document frequency of ``token``: ``ln(1 + (N - df + 0.5) / (df + 0.5))``
        (Lucene's BM25 idf); for a token in no passage, the idf of df = 0."""
        n = len(self.ids)
        if self._idf is None:
            self._idf = {}
            if self.model is not None:
                df = np.diff(np.asarray(self.model.scores["indptr"]))
                for tok, col in self.model.vocab_dict.items():
                    if tok and col < len(df):
                        self._idf[tok] = float(np.log(1 + (n - df[col] + 0.5) / (df[col] + 0.5)))
        return self._idf.get(token, float(np.log(1 + (n + 0.5) / 0.5)))

    def idf_median(self) -> float:
        """Median idf over the vocabulary (separates common from rare words)."""
        self.idf("")
        if not self._idf:
            return 0.0
        if not hasattr(self, "_median"):
            self._median = float(np.median(list(self._idf.values())))
        return self._median

    def knows(self, token: str) -> bool:
        """Whether ``token`` occurs in any passage."""
        return self.model is not None and token in self.model.vocab_dict

    @classmethod
    def build(cls, texts: list[str], ids: list[int]) -> "BM25Index":
        """Index passage ``texts`` (``texts[i]`` is passage ``ids[i]``)."""
        bm25s = _bm25s()

        model = bm25s.BM25()
        tokens = [tokenize(t) or ["\u2205"] for t in texts]
        if tokens:
            model.index(tokens, show_progress=False)
        return cls(model, np.asarray(ids, dtype=np.int64))

    def save(self, folder: Path) -> None:
        """Write the index into ``folder`` (created)."""
        folder.mkdir(parents=True, exist_ok=True)
        if len(self.ids):
            self.model.save(str(folder), show_progress=False)
        np.save(folder / "ids.npy", self.ids)

    @classmethod
    def load(cls, folder: Path) -> "BM25Index | None":
        """Load an index saved by :meth:`save`; ``None`` when ``folder`` has none."""
        bm25s = _bm25s()

        ids_path = folder / "ids.npy"
        if not ids_path.is_file():
            return None
        ids = np.load(ids_path)
        model = bm25s.BM25.load(str(folder), mmap=False, show_progress=False) if len(ids) else None
        return cls(model, ids)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every passage for ``query``: ``(n,)`` float32, row order of :attr:`ids`."""
        toks = [t for t in tokenize(query) if self.model is not None and t in self.model.vocab_dict]
        if not toks or self.model is None:
            return np.zeros(len(self.ids), dtype=np.float32)
        return np.asarray(self.model.get_scores(toks), dtype=np.float32)

    def score_of(self, scores: np.ndarray, passage_id: int) -> float:
        """The entry of ``scores`` for ``passage_id`` (0.0 if unknown)."""
        i = self._row.get(int(passage_id))
        return float(scores[i]) if i is not None else 0.0
