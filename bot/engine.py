"""The answering engine: question -> retrieved passages -> best sentences -> cited answer.

One :class:`Engine` is built per process and shared by every face (console, CLI,
Telegram). It never imports ``telegram``. It is thread-safe: answers run in worker
threads while the index may be swapped for a newly published version between questions
(:meth:`Engine.maybe_reload`).

Answer composition (extractive, DESIGN.md "Answers"):

1. Detect the question's language (``id``/``en``) unless given.
2. Embed the question once (``query: `` prompt) and retrieve the top passages.
3. Score every sentence of the best passages: cosine between the question and the
   sentence vector (computed at index time), plus the passage's score, plus a bonus
   for numbers (years, amounts) that the question and the sentence share, plus a bonus
   when the sentence holds the kind of answer asked for (a number for "how many /
   berapa", a year or month for "when / kapan"). Interview questions in the source
   (sentences ending in "?") are never quoted as answers.
4. Quote the best sentence, and its neighbour in the same passage when that one scores
   nearly as well (contiguous quotes read better than fragments).
5. Decline ("I don't know") when the top passage's score is below :data:`THRESHOLD`;
   show the nearest sentence only as "closest match".
"""

from __future__ import annotations

import logging
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.types import Answer, Citation
from index.embedding import Embedder
from index.language import detect_language
from index.search import QueryVector, Searcher
from index.store import IndexVersion, current_version_dir, open_current
from index.build import model_identity
from index.types import Hit

log = logging.getLogger(__name__)

#: Decline below this top-passage cosine. Placeholder until calibrated on the
#: evaluation sets (tests/eval/interview.jsonl and IDK-MRC validation): see
#: ``egov-bot eval`` and README.md ("Quality").
THRESHOLD = 0.80
#: Passages whose sentences compete for the quote.
SENTENCE_POOL = 3
#: Weight of the passage score in a sentence's score (the rest is the sentence's own).
PASSAGE_WEIGHT = 0.5
#: Bonus per number (year, amount) shared by question and sentence.
NUMBER_BONUS = 0.03
#: A neighbour sentence joins the quote when it scores within this of the best.
NEIGHBOUR_MARGIN = 0.015
#: Maximum question length in characters; longer input is cut before embedding.
MAX_QUESTION_CHARS = 1000
#: Seconds between checks for a newly published index version.
RELOAD_CHECK_SECONDS = 1.0

_NUM = re.compile(r"\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_MONTH = re.compile(
    r"\b(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|"
    r"january|february|march|may|june|july|august|october|december)\b",
    re.IGNORECASE,
)
# What kind of answer a question expects (answer-type cues, English and Indonesian).
_ASKS_NUMBER = re.compile(
    r"\b(?:how (?:many|much)|berapa|jumlah|number of|what (?:amount|value|share|percentage)|nilai|total|"
    r"how large|how big|seberapa)\b",
    re.IGNORECASE,
)
_ASKS_TIME = re.compile(
    r"\b(?:when|kapan|what year|which year|in what year|by when|tahun berapa|sejak kapan|pada tahun berapa|"
    r"what month|bulan apa)\b",
    re.IGNORECASE,
)
#: Bonus when a sentence holds the kind of answer the question asks for (a number
#: other than a year for "how many / berapa", a year or month for "when / kapan").
ANSWER_TYPE_BONUS = 0.03


@dataclass(frozen=True)
class ScoredSentence:
    """A candidate quote: its passage hit, document span and score."""

    hit: Hit
    start: int
    end: int
    row: int
    score: float


class Engine:
    """Answers questions from the published index.

    Args:
        embedder: the embedding model wrapper (loaded lazily).
        index_dir: the index folder (``CURRENT`` names the published version).
        top_k: passages retrieved per question.
        threshold: decline below this top-passage score (see :data:`THRESHOLD`).
        default_language: reply language when a question has no recognisable words.

    Raises (from :meth:`warm_up` / first use):
        index.store.NoIndexError: nothing built yet.
        index.store.IndexMismatchError: the index was built with another model.
    """

    def __init__(
        self,
        embedder: Embedder,
        index_dir: Path,
        top_k: int = 5,
        threshold: float = THRESHOLD,
        default_language: str = "en",
    ):
        self.embedder = embedder
        self.index_dir = Path(index_dir)
        self.top_k = top_k
        self.threshold = threshold
        self.default_language = default_language
        self._version: IndexVersion | None = None
        self._lock = threading.Lock()
        self._last_check = 0.0

    @classmethod
    def from_settings(cls, settings) -> "Engine":
        """Build the engine from :class:`bot.settings.Settings` and load model and index."""
        engine = cls(
            Embedder(settings.model, settings.model_cache_dir),
            settings.index_dir,
            top_k=settings.top_k,
            default_language=settings.default_language,
        )
        engine.warm_up()
        return engine

    # -- index version -------------------------------------------------------------
    def warm_up(self) -> None:
        """Load the model and the published index (seconds, once)."""
        self.embedder.warm_up()
        self._ensure_version()

    def _ensure_version(self) -> IndexVersion:
        with self._lock:
            if self._version is None:
                self._version = open_current(self.index_dir, model_identity(self.embedder.configured))
            return self._version

    @property
    def version(self) -> IndexVersion:
        """The index version answering now."""
        return self._ensure_version()

    def maybe_reload(self, force: bool = False) -> bool:
        """Switch to a newly published version if there is one; return whether it switched.

        Cheap (reads the small ``CURRENT`` file, at most once per
        :data:`RELOAD_CHECK_SECONDS` unless ``force``). Questions in flight keep the
        version they started with. A new version that fails to open is logged and the
        current one keeps serving.
        """
        now = time.monotonic()
        if not force and now - self._last_check < RELOAD_CHECK_SECONDS:
            return False
        self._last_check = now
        vdir = current_version_dir(self.index_dir)
        current = self._version
        if vdir is None or (current is not None and vdir.name == current.name):
            return False
        try:
            new = open_current(self.index_dir, model_identity(self.embedder.configured))
        except Exception:  # keep serving the old version whatever went wrong
            log.exception("could not open the new index version %s; keeping the current one", vdir.name)
            return False
        with self._lock:
            self._version = new
        log.info("switched to index version %s (%d passages)", new.name, new.n_passages)
        return True

    # -- answering -------------------------------------------------------------------
    def search(self, question: str, k: int | None = None) -> list[Hit]:
        """Retrieve the best passages for ``question`` (see :class:`index.search.Searcher`)."""
        self.maybe_reload()
        return Searcher(self.version, self.embedder).search(question[:MAX_QUESTION_CHARS], k or self.top_k)

    def answer(self, question: str, lang: str | None = None) -> Answer:
        """Answer ``question`` with quoted, cited sentences, or decline.

        Args:
            question: the question text (cut to :data:`MAX_QUESTION_CHARS`).
            lang: reply language ``"id"``/``"en"``; detected from the question when None.

        Returns:
            An :class:`bot.types.Answer` (``answered`` False when declined).
        """
        self.maybe_reload()
        version = self.version
        t0 = time.perf_counter()
        q = (question or "").strip()[:MAX_QUESTION_CHARS]
        language = lang if lang in ("id", "en") else detect_language(q, self.default_language)
        if not q:
            return Answer(question=question, language=language, answered=False)
        searcher = Searcher(version, self.embedder)
        qv = searcher.embed(q)
        t1 = time.perf_counter()
        hits = searcher.search(qv, self.top_k)
        t2 = time.perf_counter()
        if not hits:
            return Answer(question=question, language=language, answered=False, hits=[])
        chosen = self._select_sentences(version, qv, hits)
        citations = [self._citation(version, s.hit, s.start, s.end) for s in chosen]
        confidence = hits[0].score
        answered = confidence >= self.threshold
        t3 = time.perf_counter()
        timings = {"embed": t1 - t0, "search": t2 - t1, "compose": t3 - t2}
        if not answered:
            return Answer(
                question=question, language=language, answered=False, closest=citations[0] if citations else None,
                confidence=confidence, hits=hits, timings=timings,
            )
        return Answer(
            question=question, language=language, answered=True, citations=citations,
            confidence=confidence, hits=hits, timings=timings,
        )

    def _select_sentences(self, version: IndexVersion, qv: QueryVector, hits: list[Hit]) -> list[ScoredSentence]:
        """Score the sentences of the best passages and pick the quote (1-2 sentences)."""
        q_numbers = set(_NUM.findall(qv.text))
        asks_number = bool(_ASKS_NUMBER.search(qv.text))
        asks_time = bool(_ASKS_TIME.search(qv.text))
        candidates: list[ScoredSentence] = []
        per_passage: dict[int, list[ScoredSentence]] = {}
        for hit in hits[:SENTENCE_POOL]:
            refs = version.sentences(hit.passage.passage_id)
            if not refs:
                continue
            vecs = np.asarray(version.sentence_vectors[[r.row for r in refs]], dtype=np.float32)
            sims = vecs @ qv.vector
            text = hit.passage.text
            scored = []
            for ref, sim in zip(refs, sims):
                sentence = text[ref.start - hit.passage.start : ref.end - hit.passage.start]
                if sentence.rstrip().endswith("?"):
                    continue  # a question in the source (an interviewer's) answers nothing
                numbers = set(_NUM.findall(sentence))
                shared = len(q_numbers & numbers)
                score = (1 - PASSAGE_WEIGHT) * float(sim) + PASSAGE_WEIGHT * hit.score + NUMBER_BONUS * shared
                if asks_number and any(not _YEAR.fullmatch(n) for n in numbers - q_numbers):
                    score += ANSWER_TYPE_BONUS
                if asks_time and (set(_YEAR.findall(sentence)) - q_numbers or _MONTH.search(sentence)):
                    score += ANSWER_TYPE_BONUS
                scored.append(ScoredSentence(hit, ref.start, ref.end, ref.row, score))
            if scored:
                per_passage[hit.passage.passage_id] = scored
                candidates.extend(scored)
        if not candidates:
            p = hits[0].passage
            return [ScoredSentence(hits[0], p.start, p.end, -1, hits[0].score)]
        best = max(candidates, key=lambda s: s.score)
        siblings = per_passage[best.hit.passage.passage_id]
        i = siblings.index(best)
        neighbours = [siblings[j] for j in (i - 1, i + 1) if 0 <= j < len(siblings)]
        good = [n for n in neighbours if n.score >= best.score - NEIGHBOUR_MARGIN]
        if good:
            other = max(good, key=lambda s: s.score)
            merged = ScoredSentence(best.hit, min(best.start, other.start), max(best.end, other.end), best.row, best.score)
            return [merged]
        return [best]

    def _citation(self, version: IndexVersion, hit: Hit, start: int, end: int) -> Citation:
        """A citation for the document span ``[start, end)`` inside ``hit``'s passage."""
        p = hit.passage
        quote = p.text[start - p.start : end - p.start]
        paragraph, page = version.paragraph_of(p.doc_id, start)
        doc = hit.document
        return Citation(
            passage_id=p.passage_id, doc_id=p.doc_id, title=doc.title, quote=quote, start=start, end=end,
            paragraph=paragraph, year=doc.year, page=page if page is not None else p.page, url=doc.url,
            kind=doc.kind,
        )
