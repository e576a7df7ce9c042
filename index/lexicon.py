"""A cross-language word table: English question words -> Indonesian words of the corpus.

Why: an English question about an Indonesian source shares almost no words with it, so
BM25 and the sentence ranker's word overlap (:func:`bot.quotes.local_overlaps`) see
nothing, and only the question's embedding finds the passage. The table gives the
lexical parts the source's own words: "How do Korea's specialists help fight corruption?"
also searches for "spesialis" and "korupsi". No translation
model is available offline (DESIGN.md); the table is read off the embedding model
itself, whose vectors place a word near its translation.

Built with each index version (:func:`build_lexicon`):

1. Corpus words: the lower-cased words of the passages (letters only, at least
   :data:`MIN_WORD_CHARS` characters, not BM25 stopwords) that ``wordfreq`` rates
   Indonesian rather than English (Zipf frequency in Indonesian at least
   :data:`LANGUAGE_MARGIN` above that in English: "pusat", "korupsi"; not "program",
   "digital", nor names, which both languages spell alike and BM25 already matches).
2. Each word is embedded alone with the query prompt (``(n, dim)`` float32,
   L2-normalised); a word the previous version had keeps its vector, so a refresh embeds
   only new words.
3. English words: ``wordfreq``'s :data:`ENGLISH_WORDS` most frequent English words (the
   same filters), less the commonest ones (:data:`MAX_ENGLISH_ZIPF`: "sent", "help",
   "year" have many senses), embedded once per model and cached beside the model
   (:func:`english_vectors`).
4. Each English word maps to its nearest corpus word when their cosine is at least
   :data:`MIN_COSINE`.

At question time (:meth:`Lexicon.expand`) each question word that the BM25 index does not
know and the table has adds its corpus word to the question's *lexical* text (BM25 and
the ranker's word overlap); the question's embedding, its answer-type cues and the
decline signals read the question as written.

Measured (README.md, "Quality"): on the 36 answerable English questions of
tests/eval/interview.jsonl recall@1 0.889 -> 0.972 and answer accuracy 0.889 -> 0.944;
on a tester's 20 English questions 15 -> 17 right (both sets chose :data:`MIN_COSINE`
and :data:`MAX_ENGLISH_ZIPF`; 0.92 and 0.94 gain less on one set each); on 40 further
English questions written afterwards, unchanged; no question of any set lost.
Indonesian questions are unaffected (IDK-MRC and TyDi QA figures unchanged).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

import numpy as np

from index.bm25 import STOPWORDS, BM25Index, tokenize

#: English words taken from wordfreq's frequency list (before filtering).
ENGLISH_WORDS = 20000
#: English words more frequent than this (Zipf frequency: 5.0 = once in 100,000 words,
#: about the 1,000 commonest words) are left out: they have many senses, and their
#: nearest corpus word is often another sense's ("sent" -> "ditujukan", aimed at).
MAX_ENGLISH_ZIPF = 5.0
#: Shortest word (characters) the table holds.
MIN_WORD_CHARS = 3
#: A corpus word counts as Indonesian when its Zipf frequency in Indonesian is at least
#: this much above its frequency in English (wordfreq; 1.0 = ten times as common).
LANGUAGE_MARGIN = 1.0
#: Smallest cosine between an English word and its corpus word (see the module docstring).
MIN_COSINE = 0.93
#: Cosines computed at once when matching English words to corpus words (float32
#: values: 2**24 is 64 MiB, whatever the corpus's vocabulary).
SIMILARITY_BLOCK = 2**24
#: Folder of a version holding the table.
LEXICON_DIR = "lexicon"

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def words_of(text: str) -> list[str]:
    """The candidate words of ``text``: lower-cased runs of letters of at least
    :data:`MIN_WORD_CHARS` characters that are not BM25 stopwords, in order."""
    return [w for w in _WORD.findall(text.lower()) if len(w) >= MIN_WORD_CHARS and w not in STOPWORDS]


def indonesian_words(words) -> list[str]:
    """The words (sorted, unique) that wordfreq rates Indonesian rather than English
    (:data:`LANGUAGE_MARGIN`)."""
    from wordfreq import zipf_frequency

    return sorted(w for w in set(words) if zipf_frequency(w, "id") - zipf_frequency(w, "en") >= LANGUAGE_MARGIN)


def english_word_list() -> list[str]:
    """wordfreq's :data:`ENGLISH_WORDS` most frequent English words, filtered like
    :func:`words_of` and without the commonest (:data:`MAX_ENGLISH_ZIPF`), most frequent
    first."""
    from wordfreq import top_n_list, zipf_frequency

    return [
        w for w in top_n_list("en", ENGLISH_WORDS)
        if w.isalpha() and w == w.lower() and words_of(w) == [w] and zipf_frequency(w, "en") <= MAX_ENGLISH_ZIPF
    ]


def _model_identity(where: str | Path) -> str:
    """What identifies a model's weights for the word-vector cache: for a model folder,
    its name and the names and sizes (bytes) of its files, not its path, so a checkout
    moved or cloned elsewhere reuses the cache (the words take minutes to embed on 2
    cores); for anything else, ``where`` itself."""
    folder = Path(where)
    if not folder.is_dir():
        return str(where)
    files = sorted(
        (f.relative_to(folder).as_posix(), f.stat().st_size) for f in folder.rglob("*") if f.is_file()
    )
    return folder.resolve().name + "\n" + "\n".join(f"{name} {size}" for name, size in files)


def english_vectors(embedder, cache_dir: Path, progress: bool = False) -> tuple[list[str], np.ndarray]:
    """The English word list and its vectors, ``(n, dim)`` float32, L2-normalised, query
    prompt; computed once per model (about a minute on 2 cores; a progress bar on stderr
    when ``progress``) and cached as float16 in ``cache_dir/lexicon/``, one file per
    model and word list (written atomically; a damaged cache is recomputed; a model
    configured by id or by its folder shares one file, and so does a copy of the model
    folder in a moved or fresh checkout: see :func:`_model_identity`).
    """
    from index.model import resolve_model

    words = english_word_list()
    _, where = resolve_model(embedder.configured, Path(cache_dir))
    model_key = hashlib.sha256(_model_identity(where).encode()).hexdigest()[:12]
    list_key = hashlib.sha256("\n".join(words).encode()).hexdigest()[:12]
    path = Path(cache_dir) / "lexicon" / f"en-{model_key}-{list_key}.npy"
    if path.is_file():
        try:
            vecs = np.load(path)
            if vecs.shape[0] == len(words):
                return words, vecs.astype(np.float32)
        except (OSError, ValueError):
            pass
    vecs = embedder.encode_words(words, progress="embedding English words (once per model)" if progress else None)
    vecs = vecs.astype(np.float16)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}.npy")
    np.save(tmp, vecs)
    os.replace(tmp, path)
    for stale in path.parent.glob(f"en-{model_key}-*.npy"):  # this model, an older word list
        if stale != path and ".tmp" not in stale.name:
            stale.unlink(missing_ok=True)
    return words, vecs.astype(np.float32)


class Lexicon:
    """An English -> corpus word table of one index version.

    Attributes:
        table: English word -> Indonesian corpus word (lower case).
        words: the corpus words whose vectors are kept (sorted).
        vectors: ``(len(words), dim)`` float16, their L2-normalised vectors (kept so the
            next version embeds only new words).
    """

    def __init__(self, table: dict[str, str], words: list[str], vectors: np.ndarray):
        self.table = table
        self.words = words
        self.vectors = vectors

    def expand(self, question: str, bm25: BM25Index | None) -> tuple[str, ...]:
        """The corpus words the question's unknown words translate to (each once, in the
        question's order): a word adds its table entry when none of its BM25 tokens is in
        ``bm25``'s vocabulary (a word the corpus has is matched as it is)."""
        out: list[str] = []
        for w in words_of(question):
            target = self.table.get(w)
            if target is None or target in out:
                continue
            if bm25 is not None and any(bm25.knows(t) for t in tokenize(w)):
                continue
            out.append(target)
        return tuple(out)

    def save(self, folder: Path) -> None:
        """Write the table into ``folder`` (created): ``table.json``, ``words.json``,
        ``vectors.npy``."""
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "table.json").write_text(json.dumps(self.table, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        (folder / "words.json").write_text(json.dumps(self.words, ensure_ascii=False), encoding="utf-8")
        np.save(folder / "vectors.npy", np.ascontiguousarray(self.vectors, dtype=np.float16))

    @classmethod
    def load(cls, folder: Path, with_vectors: bool = False) -> "Lexicon | None":
        """Read a table written by :meth:`save`; ``None`` when ``folder`` has none (a
        version built before the table existed). Vectors are read only when asked for."""
        tpath = folder / "table.json"
        if not tpath.is_file():
            return None
        table = json.loads(tpath.read_text(encoding="utf-8"))
        if not with_vectors:
            return cls(table, [], np.zeros((0, 0), np.float16))
        words = json.loads((folder / "words.json").read_text(encoding="utf-8"))
        vectors = np.load(folder / "vectors.npy")
        return cls(table, words, vectors)


def build_lexicon(texts: list[str], embedder, previous: Lexicon | None = None, progress: bool = False) -> Lexicon:
    """Build the table for a version whose passages are ``texts`` (module docstring).

    Args:
        texts: the passages' texts.
        embedder: :class:`index.embedding.Embedder` (loaded only when a word needs a vector).
        previous: the published version's table with its vectors (``Lexicon.load(...,
            with_vectors=True)``); its vectors are reused for words it already has.
        progress: show a progress bar while embedding the English words (first build
            with a model only).

    Returns:
        The new :class:`Lexicon` (empty when the corpus has no Indonesian words).
    """
    corpus = indonesian_words(w for t in texts for w in words_of(t))
    if not corpus:
        return Lexicon({}, [], np.zeros((0, 0), np.float16))
    known = {}
    if previous is not None and len(previous.words) and previous.vectors.ndim == 2:
        known = {w: i for i, w in enumerate(previous.words)}
    new = [w for w in corpus if w not in known]
    new_vecs = embedder.encode_words(new) if new else None
    dim = new_vecs.shape[1] if new_vecs is not None else previous.vectors.shape[1]
    vecs = np.zeros((len(corpus), dim), np.float32)
    at = {w: i for i, w in enumerate(new)}
    for i, w in enumerate(corpus):
        vecs[i] = new_vecs[at[w]] if w in at else previous.vectors[known[w]]
    en_words, en_vecs = english_vectors(embedder, embedder.cache_dir, progress)
    table: dict[str, str] = {}
    step = max(1, SIMILARITY_BLOCK // len(corpus))  # (step, n) float32 blocks: memory stays small
    for lo in range(0, len(en_words), step):
        sims = en_vecs[lo : lo + step] @ vecs.T
        best = sims.argmax(axis=1)
        for j, (b, s) in enumerate(zip(best, sims[np.arange(len(best)), best])):
            if s >= MIN_COSINE:
                table[en_words[lo + j]] = corpus[int(b)]
    return Lexicon(table, corpus, vecs.astype(np.float16))
