"""Reading corpus files into blocks of clean text, one reader per format.

Every reader takes a path and returns a :class:`ReadResult`; a file that cannot be read
raises :class:`ReadError` with a message that names the file and says why, so the
refresh can report it and go on with the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from index.types import Block


class ReadError(Exception):
    """A corpus file could not be read; ``str(err)`` names the file and the reason."""

    def __init__(self, path: Path | str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


@dataclass
class ReadResult:
    """What a reader found in a file.

    Attributes:
        blocks: the text in reading order (see :class:`index.types.Block`).
        title, date, language: metadata the file itself states, when it does.
        warnings: things the refresh report should mention (e.g. "not UTF-8: read as
            cp1252").
    """

    blocks: list[Block]
    title: str | None = None
    date: str | None = None
    language: str | None = None
    warnings: list[str] = field(default_factory=list)


# Lines that blogs append after an article: not content. Matched case-insensitively
# against whole lines at the end of a text file (Blogger's Indonesian and English UI).
_BOILERPLATE = re.compile(
    r"^\s*(tidak ada komentar:?|posting komentar|no comments:?|post a comment|"
    r"newer post|older post|posting lebih baru|posting lama|beranda|home|"
    r"subscribe to:.*|langganan:.*|share this:?|bagikan:?)\s*$",
    re.IGNORECASE,
)
# "Tanya :" / "T:" / "Q:" / "Question:" opens an interview question.
_QUESTION = re.compile(r"^\s*(tanya|pertanyaan|question|q|t)\s*:\s*", re.IGNORECASE)
_MAX_BYLINE_WORDS = 4


def strip_boilerplate(lines: list[str]) -> list[str]:
    """Drop blog boilerplate from the end of ``lines``.

    Removes trailing lines such as "Tidak ada komentar:" and "Posting Komentar", and the
    poster's name just above them (a short line of at most four capitalised words with
    no sentence punctuation). Nothing is removed when no boilerplate line is found.
    """
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    found = False
    while end and (_BOILERPLATE.match(lines[end - 1]) or not lines[end - 1].strip()):
        found = found or bool(lines[end - 1].strip())
        end -= 1
    if found and end:
        words = lines[end - 1].split()
        if (
            0 < len(words) <= _MAX_BYLINE_WORDS
            and all(w[:1].isupper() for w in words)
            and not re.search(r"[.:;?!()]", lines[end - 1])
        ):
            end -= 1
    return lines[:end]


def blocks_from_lines(lines: list[str]) -> list[Block]:
    """Turn text lines into blocks: one paragraph per non-empty line.

    Lines that open an interview question ("Tanya :", "Q:") become ``question`` blocks.
    A line broken inside a sentence (it ends without sentence punctuation and the next
    starts in lower case) is joined to the next with a space.
    """
    paras: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if (
            paras
            and not re.search(r"[.!?:;)\"'”]$", paras[-1])
            and line[:1].islower()
            and not _QUESTION.match(line)
        ):
            paras[-1] = f"{paras[-1]} {line}"
        else:
            paras.append(line)
    return [Block(p, "question" if _QUESTION.match(p) else "paragraph") for p in paras]


def read_text(path: Path) -> ReadResult:
    """Read a ``.txt`` or ``.md`` file.

    Raises:
        ReadError: the file is empty, binary, or not decodable.
    """
    data = path.read_bytes()
    if not data.strip():
        raise ReadError(path, "the file is empty")
    if b"\x00" in data[:8192]:
        raise ReadError(path, "binary data, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    lines = strip_boilerplate(text.splitlines())
    blocks = blocks_from_lines(lines)
    if not blocks:
        raise ReadError(path, "no text left after cleaning")
    return ReadResult(blocks=blocks)


READERS = {".txt": read_text, ".md": read_text}


def supported_suffixes() -> list[str]:
    """File name suffixes the corpus reader knows, lower case with the dot."""
    return sorted(READERS)


def read_document(path: Path) -> ReadResult:
    """Read ``path`` with the reader for its suffix.

    Raises:
        ReadError: unknown format, or the file is broken (the message says how).
    """
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ReadError(path, f"unsupported format {path.suffix!r} (known: {', '.join(supported_suffixes())})")
    try:
        return reader(path)
    except ReadError:
        raise
    except OSError as exc:
        raise ReadError(path, f"cannot read the file: {exc.strerror or exc}") from exc
