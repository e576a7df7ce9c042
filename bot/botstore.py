"""The bot's own small database (SQLite): language choices, answers shown, feedback, declines.

It is what makes the Telegram buttons work after a restart and what staff read to see
which questions the corpus does not answer. One file, safe to share between threads of
one process (one connection, serialised by a lock; WAL journal).

Privacy: users and chats are stored as keyed hashes (HMAC-SHA256 with a random key kept
in the database), never as Telegram ids; question texts are stored, because feedback and
the list of unanswered questions need them (delete the file to forget them).

Example::

    store = BotStore(Path("var/bot.sqlite3"))
    store.set_language(user_id=42, lang="id")
    answer_id = store.record_answer(answer, chat_id=42, user_id=42, index_version="2026...")
    store.record_feedback(answer_id, user_id=42, helpful=True)   # -> "new"
    store.record_feedback(answer_id, user_id=42, helpful=True)   # -> "same" (not counted twice)
    store.stats()  # Stats(answered=1, declined=0, helpful=1, not_helpful=0)
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import json
import secrets
import sqlite3
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

from bot.types import Answer, Citation

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (
    user_key TEXT PRIMARY KEY, lang TEXT NOT NULL, updated REAL NOT NULL);
CREATE TABLE IF NOT EXISTS answers (
    answer_id INTEGER PRIMARY KEY AUTOINCREMENT,
    created REAL NOT NULL,
    chat_key TEXT NOT NULL,
    user_key TEXT NOT NULL,
    question TEXT NOT NULL,
    lang TEXT NOT NULL,
    answered INTEGER NOT NULL,
    confidence REAL NOT NULL,
    index_version TEXT,
    citations TEXT NOT NULL,      -- JSON list of Citation fields (closest match first when declined)
    passages TEXT NOT NULL);      -- JSON list of StoredPassage fields, best first
CREATE INDEX IF NOT EXISTS answers_declined ON answers (answered, created);
CREATE TABLE IF NOT EXISTS feedback (
    answer_id INTEGER NOT NULL REFERENCES answers(answer_id),
    user_key TEXT NOT NULL,
    helpful INTEGER NOT NULL,
    created REAL NOT NULL,
    updated REAL NOT NULL,
    PRIMARY KEY (answer_id, user_key));
"""


@dataclass(frozen=True)
class StoredPassage:
    """A retrieved passage as kept for the "More" button (enough to cite it)."""

    passage_id: int
    title: str
    year: int | None
    paragraph: int
    page: int | None
    text: str
    score: float


@dataclass(frozen=True)
class StoredAnswer:
    """An answer the bot showed, as the buttons under it need it."""

    answer_id: int
    created: float
    question: str
    lang: str
    answered: bool
    confidence: float
    index_version: str | None
    citations: list[Citation]
    passages: list[StoredPassage]


@dataclass(frozen=True)
class Stats:
    """Counts for ``/stats``."""

    answered: int
    declined: int
    helpful: int
    not_helpful: int


@dataclass(frozen=True)
class Unanswered:
    """A declined question, with how often it was asked and when last."""

    question: str
    count: int
    last_asked: float
    lang: str


def _normalise(question: str) -> str:
    return " ".join(question.lower().split()).rstrip("?!. ")


class BotStore:
    """The bot's SQLite database at ``path`` (created with its folder if missing).

    Args:
        path: the database file; ``":memory:"`` for a throwaway store.
        max_question_chars: questions are stored cut to this length.
    """

    def __init__(self, path: Path | str, max_question_chars: int = 4096) -> None:
        self.path = path
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.max_question_chars = max_question_chars
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path), check_same_thread=False, timeout=10)
        with self._lock, self._db:
            if str(path) != ":memory:":
                self._db.execute("PRAGMA journal_mode=WAL")
            self._db.executescript(SCHEMA)
            row = self._db.execute("SELECT value FROM meta WHERE key='hash_key'").fetchone()
            if row is None:
                self._db.execute("INSERT INTO meta VALUES ('hash_key', ?)", (secrets.token_hex(32),))
                self._db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
                row = self._db.execute("SELECT value FROM meta WHERE key='hash_key'").fetchone()
        self._key = bytes.fromhex(row[0])

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._db.close()

    def key(self, telegram_id: int | None) -> str:
        """The stored (keyed hash) form of a Telegram user or chat id."""
        if telegram_id is None:
            return "-"
        return hmac.new(self._key, str(telegram_id).encode(), hashlib.sha256).hexdigest()[:20]

    # -- languages ---------------------------------------------------------------------

    def set_language(self, user_id: int, lang: str) -> None:
        """Remember ``lang`` (``"id"``/``"en"``) for the user; raises ``ValueError`` otherwise."""
        if lang not in ("id", "en"):
            raise ValueError(f"lang must be 'id' or 'en', got {lang!r}")
        with self._lock, self._db:
            self._db.execute(
                "INSERT INTO users VALUES (?, ?, ?) ON CONFLICT(user_key) DO UPDATE SET lang=excluded.lang, "
                "updated=excluded.updated",
                (self.key(user_id), lang, time.time()),
            )

    def language(self, user_id: int | None) -> str | None:
        """The language the user chose with ``/lang``, or ``None``."""
        if user_id is None:
            return None
        with self._lock:
            row = self._db.execute("SELECT lang FROM users WHERE user_key=?", (self.key(user_id),)).fetchone()
        return row[0] if row else None

    # -- answers -----------------------------------------------------------------------

    def record_answer(
        self, answer: Answer, chat_id: int | None, user_id: int | None, index_version: str | None = None
    ) -> int:
        """Store an answer shown to a user; returns its ``answer_id`` (for button data).
        A follow-up ("Dan tahun 2007?") is stored as the question it was read as, so
        staff's list of unanswered questions holds whole questions."""
        citations = list(answer.citations) or ([answer.closest, *answer.closest_more] if answer.closest else [])
        passages = [
            StoredPassage(
                passage_id=h.passage.passage_id,
                title=h.document.title,
                year=h.document.year,
                paragraph=h.passage.paragraph,
                page=h.passage.page,
                text=h.passage.text,
                score=float(h.score),
            )
            for h in answer.hits
        ]
        with self._lock, self._db:
            cur = self._db.execute(
                "INSERT INTO answers (created, chat_key, user_key, question, lang, answered, confidence, "
                "index_version, citations, passages) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    time.time(),
                    self.key(chat_id),
                    self.key(user_id),
                    (answer.read_as or answer.question)[: self.max_question_chars],  # a follow-up as read
                    answer.language,
                    int(answer.answered),
                    float(answer.confidence),
                    index_version,
                    json.dumps([asdict(c) for c in citations], ensure_ascii=False),
                    json.dumps([asdict(p) for p in passages], ensure_ascii=False),
                ),
            )
        return int(cur.lastrowid)

    def answer(self, answer_id: int) -> StoredAnswer | None:
        """The stored answer ``answer_id``, or ``None`` if unknown (e.g. the database was reset)."""
        with self._lock:
            row = self._db.execute(
                "SELECT answer_id, created, question, lang, answered, confidence, index_version, citations, "
                "passages FROM answers WHERE answer_id=?",
                (answer_id,),
            ).fetchone()
        if row is None:
            return None
        return StoredAnswer(
            answer_id=row[0],
            created=row[1],
            question=row[2],
            lang=row[3],
            answered=bool(row[4]),
            confidence=row[5],
            index_version=row[6],
            citations=[Citation(**{**c, "superseded": tuple(tuple(span) for span in c.get("superseded", ()))})
                       for c in json.loads(row[7])],
            passages=[StoredPassage(**p) for p in json.loads(row[8])],
        )

    # -- feedback ----------------------------------------------------------------------

    def record_feedback(self, answer_id: int, user_id: int, helpful: bool) -> str:
        """Store a user's vote on an answer, once per user and answer.

        Returns:
            ``"new"`` (first vote), ``"changed"`` (the user changed their vote), ``"same"``
            (a repeated press: not counted again) or ``"unknown"`` (no such answer).
        """
        key = self.key(user_id)
        now = time.time()
        with self._lock, self._db:
            if self._db.execute("SELECT 1 FROM answers WHERE answer_id=?", (answer_id,)).fetchone() is None:
                return "unknown"
            row = self._db.execute(
                "SELECT helpful FROM feedback WHERE answer_id=? AND user_key=?", (answer_id, key)
            ).fetchone()
            if row is None:
                self._db.execute("INSERT INTO feedback VALUES (?, ?, ?, ?, ?)", (answer_id, key, int(helpful), now, now))
                return "new"
            if bool(row[0]) == helpful:
                return "same"
            self._db.execute(
                "UPDATE feedback SET helpful=?, updated=? WHERE answer_id=? AND user_key=?",
                (int(helpful), now, answer_id, key),
            )
            return "changed"

    def feedback_of(self, answer_id: int) -> tuple[int, int]:
        """``(helpful, not_helpful)`` vote counts for one answer."""
        with self._lock:
            row = self._db.execute(
                "SELECT COALESCE(SUM(helpful), 0), COALESCE(SUM(1 - helpful), 0) FROM feedback WHERE answer_id=?",
                (answer_id,),
            ).fetchone()
        return int(row[0]), int(row[1])

    # -- reports -----------------------------------------------------------------------

    def stats(self) -> Stats:
        """Questions answered and declined, and feedback counts, since the database began."""
        with self._lock:
            answered, declined = self._db.execute(
                "SELECT COALESCE(SUM(answered), 0), COALESCE(SUM(1 - answered), 0) FROM answers"
            ).fetchone()
            helpful, not_helpful = self._db.execute(
                "SELECT COALESCE(SUM(helpful), 0), COALESCE(SUM(1 - helpful), 0) FROM feedback"
            ).fetchone()
        return Stats(int(answered), int(declined), int(helpful), int(not_helpful))

    def unanswered(self, limit: int | None = None) -> list[Unanswered]:
        """Declined questions, newest first, the same question (case and spacing aside) counted once."""
        with self._lock:
            rows = self._db.execute(
                "SELECT question, lang, created FROM answers WHERE answered=0 ORDER BY created DESC, answer_id DESC"
            ).fetchall()
        groups: dict[str, list[Any]] = {}
        for question, lang, created in rows:
            g = groups.setdefault(_normalise(question), [question, 0, created, lang])
            g[1] += 1
        out = [Unanswered(q, n, last, lang) for q, n, last, lang in groups.values()]
        return out[:limit] if limit is not None else out

    def write_unanswered_csv(self, out: IO[str]) -> int:
        """Write :meth:`unanswered` as CSV (question, count, last_asked ISO 8601 UTC, lang); returns rows."""
        rows = self.unanswered()
        writer = csv.writer(out)
        writer.writerow(["question", "count", "last_asked", "lang"])
        for u in rows:
            writer.writerow([u.question, u.count, time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(u.last_asked)), u.lang])
        return len(rows)


def default_path(settings: Any) -> Path:
    """Where the bot database lives: ``settings.bot_db`` if set, else beside the index folder."""
    explicit = getattr(settings, "bot_db", None)
    if explicit:
        return Path(explicit)
    return Path(settings.index_dir).parent / "bot.sqlite3"
