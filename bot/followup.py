"""Follow-up questions in a conversation: "Dan tahun 2007?", "And in 2012?", "What about Vietnam?".

In a chat, an official often asks a second question that only makes sense after the
first: "Berapa nilai ekspor e-Government Korea pada tahun 2010?", then "Dan tahun
2007?". Asked alone, such a fragment was answered as if it were a whole question (a
tester's "And in 2012?" got a quote about something else, and nothing said why).
:func:`read_followup` rewrites a fragment into the previous question, and the reply
shows the question it answered ("Read as: ..."), so a wrong guess is seen at once. A
fragment with no previous question to read it against is declined with a hint to ask
the whole question (:func:`is_fragment`).

Rules (the product's own conversational behaviour; no library does this):

* A **fragment** is text that, after an optional cue (:data:`_CUE`: "and", "what about",
  "how about", "dan", "lalu", "kalau", "bagaimana dengan", "sedangkan" ...), has no
  question word, at most :data:`MAX_FRAGMENT_WORDS` words, and only years, the words
  around a year ("in", "pada tahun") and names: either a year phrase ("2012?", "in
  2012?", "tahun 2012?") or, after a cue, capitalised names or countries ("What about
  Vietnam?", "Dan Hometax?"). Anything else ("and the budget?") is no fragment and is
  answered as it is: guessing which words it replaces would put words in the user's
  mouth.
* **Years:** the fragment's year replaces the previous question's year when that writes
  exactly one distinct year; when it writes none, the year phrase is added at its end;
  when it writes several, the fragment is not read (it is unclear which one goes).
* **Names:** a country the fragment names replaces the last country the previous
  question names (:func:`bot.places.countries_named`: "Korea's projects in Indonesia",
  then "What about Vietnam?" asks of Vietnam); another name replaces the previous question's
  only capitalised name that is not its first word and not a country; otherwise the
  fragment is not read.
"""

from __future__ import annotations

import re

from bot.places import countries_named
from bot.quotes import QUESTION_WORD

#: At most this many words after the cue (a year phrase and a name: "pada tahun 2012 di
#: Vietnam" is 5).
MAX_FRAGMENT_WORDS = 5

_CUE_EN = r"and\s+what\s+about|and\s+how\s+about|what\s+about|how\s+about|what\s+of|and\s+for|and|then|also"
_CUE_ID = (r"bagaimana\s+dengan|bagaimana\s+kalau|gimana\s+dengan|gimana\s+kalau|kalau|kalo|dan|lalu|terus|trus"
           r"|sedangkan|lantas|kemudian|juga")
#: A follow-up's opening words; group ``en`` or ``id`` says the language they are in.
_CUE = re.compile(rf"^\s*(?:(?P<en>{_CUE_EN})|(?P<id>{_CUE_ID}))\b[\s,]*", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: Words that may stand around a year in a fragment ("in 2012", "pada tahun 2012", "for
#: the year 2012").
_YEAR_WORDS = frozenset("in on for of the year during pada di tahun untuk selama".split())
_WORD = re.compile(r"[^\W_][\w'’.-]*")
#: A capitalised name in a question: a capitalised word or acronym ("Hometax", "KONEPS",
#: "Government24"), with the capitalised words after it ("Smart Work Center").
_NAME = re.compile(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")


def _parts(text: str) -> tuple[str | None, str] | None:
    """``(cue language or None, the rest without the cue and end punctuation)``, or
    ``None`` for empty text."""
    text = text.strip()
    if not text:
        return None
    m = _CUE.match(text)
    lang = None
    if m:
        lang = "en" if m.group("en") else "id"
        text = text[m.end():]
    return lang, text.strip().rstrip("?!.,; ").strip()


def _fragment(text: str) -> tuple[str | None, str, list[str], list[str]] | None:
    """``(cue language, rest, its years, its name or none)`` when ``text`` is a fragment (module
    docstring), else ``None``."""
    parts = _parts(text)
    if parts is None:
        return None
    lang, rest = parts
    if not rest or QUESTION_WORD.search(rest):
        return None
    words = _WORD.findall(rest)
    if not words or len(words) > MAX_FRAGMENT_WORDS:
        return None
    years = _YEAR.findall(rest)
    others = [w for w in words if not _YEAR.fullmatch(w) and w.lower() not in _YEAR_WORDS]
    if not others:
        return (lang, rest, years, []) if years else None
    if lang is None:  # names alone ("Vietnam?") may be a whole question's keywords
        return None
    if not all(w[0].isupper() or w[0].isdigit() or countries_named(w) for w in others):
        return None
    return lang, rest, years, [" ".join(others)]  # one name: "Hometax", "Smart Work Center"


def is_fragment(text: str) -> bool:
    """Whether ``text`` is a follow-up fragment that needs a previous question to mean
    anything ("And in 2012?", "Dan tahun 2007?", "What about Vietnam?"; module
    docstring); a whole question is not."""
    return _fragment(text) is not None


def _replace_year(previous: str, year: str) -> str | None:
    found = sorted(set(_YEAR.findall(previous)))
    if len(found) != 1:
        return None
    return _YEAR.sub(year, previous)


def _previous_names(previous: str) -> list[tuple[int, int]]:
    """Spans of the previous question's capitalised names that are not its first word
    (a sentence's first word is capitalised anyway) and not a country."""
    first = re.match(r"\s*\S+", previous)
    out = []
    for m in _NAME.finditer(previous):
        start = m.start()
        if first and start < first.end():  # "How Hometax ...": the first word is no name
            rest = re.match(r"\S+\s+", m.group(0))
            if rest is None:
                continue
            start += rest.end()
        text = previous[start:m.end()]
        if not countries_named(text) and not _YEAR.search(text):
            out.append((start, m.end()))
    return out


def read_followup(question: str, previous: str | None) -> tuple[str, str | None] | None:
    """The previous question rewritten with a follow-up fragment's year or name.

    Args:
        question: the new message, cleaned (``bot.engine.clean_question``).
        previous: the question answered before in the same conversation (as answered,
            so a chain "And 2008?" after "And 2007?" keeps going), or ``None``.

    Returns:
        ``(the question to answer, the fragment's language or None)``: the language of
        its cue ("en" for "And in 2012?", "id" for "Dan tahun 2007?"), ``None`` for a
        bare year; or ``None`` when ``question`` is no fragment, there is no previous
        question, or the fragment cannot be read into it (module docstring).

    Examples:
        >>> read_followup("Dan tahun 2007?", "Berapa nilai ekspor pada tahun 2010?")
        ('Berapa nilai ekspor pada tahun 2007?', 'id')
        >>> read_followup("What about Vietnam?", "How many projects did Korea win in Indonesia?")
        ('How many projects did Korea win in Vietnam?', 'en')
    """
    if not previous:
        return None
    frag = _fragment(question)
    if frag is None:
        return None
    lang, rest, years, names = frag
    out = previous.strip()
    if years:
        if _YEAR.search(out):
            out = _replace_year(out, years[0])
            if out is None:
                return None
        elif not names:
            out = out.rstrip("?!. ") + " " + rest + "?"
            return out, lang
        else:
            return None
    for name in names:
        new_countries = countries_named(name)
        if new_countries:
            old = countries_named(out)
            if not old:
                return None
            spans = [m.span() for m in re.finditer(rf"\b{re.escape(old[-1])}\b", out)]
            if not spans:  # written in lower case ("vietnam"): countries_named read it so
                spans = [m.span() for m in re.finditer(rf"\b{re.escape(old[-1])}\b", out, re.IGNORECASE)]
            start, end = spans[-1]
            out = out[:start] + name + out[end:]
            continue
        olds = _previous_names(out)
        if len(olds) != 1:
            return None
        start, end = olds[0]
        out = out[:start] + name + out[end:]
    return out, lang  # the same question again when the fragment repeats its year
