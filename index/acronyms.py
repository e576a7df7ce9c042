"""The acronyms a corpus defines, and their long forms.

Why: documents spell a name out once and then write only its acronym ("Pusat Data
Nasional (PDN) 1 di Cikarang", later "PDN 2 di Batam"), while officials and journalists
ask and claim with either form ("Di mana lokasi Pusat Data Nasional 2?", "How many
officials did the National Information Society Agency train?" against "Last year we
trained 186" in an interview that says "NIA"). Corpus X (tests/eval/corpora/x) was
written around that trap.

A definition is a run of capitalised words (joiners such as "of", "dan" allowed inside)
followed by the acronym in brackets ("National Information Society Agency (NIA)",
"Kementerian Komunikasi dan Digital (Komdigi)"), an acronym followed by its long form in
brackets ("MPP Digital (Mal Pelayanan Publik Digital)" is not one: the acronym must be one
word), or a long form and acronym in brackets together ("(Pusat Data Nasional, PDN)"). The
acronym must abbreviate the long form (:func:`abbreviates`): its letters are prefixes of
the long form's words in order, from its first word to its last, some words skipped
("NIA": National Information [Society] Agency; "MOIS": Ministry Of [the] Interior [and]
Safety; "Komdigi": [Kementerian] KOMunikasi [dan] DIGItal). No library reads acronym
definitions in Indonesian and English; this is a few regular expressions.

The table is written with each index version (:data:`ACRONYMS_FILE`, by
:func:`index.build.build_index`; read from the document texts of an older version when
first needed: :meth:`index.store.IndexVersion.acronyms`) and used by the engine (a name of the question
given in the other form: :func:`bot.engine.gives_name`; the lexical decline signals read
a long form as the acronym a passage writes) and the fact-checker (a claim's name written
in the other form). The search itself is unchanged: adding the acronym of a long form to
BM25's query gained nothing on the testers' corpora and pulled a preliminary "231 MPP"
release above the verified "226 public service malls" for "mal pelayanan publik", and
adding the long form of an acronym lost five questions (its common words pull any
passage writing them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

#: File of a version holding the table (JSON, ``{acronym: long form}``).
ACRONYMS_FILE = "acronyms.json"
#: Words that may stand inside a long form without a capital.
JOINERS = frozenset("of the and for on dan untuk dari atas serta bagi di".split())
#: An acronym: one word of 2-10 letters, at least its first a capital ("NIA", "SPBE",
#: "Komdigi", "e-KTP" is none).
_ACRONYM = r"[A-Z][A-Za-z]{1,9}"
#: "Long Form (ACR)" with the long form a run of up to 12 capitalised words and joiners.
_LONG_THEN_ACRONYM = re.compile(
    r"((?:[A-Z][\w'’-]*[^\S\n]+(?:(?:" + "|".join(JOINERS) + r")[^\S\n]+){0,2}){1,12})\((" + _ACRONYM + r")\)"
)
#: "(Long Form, ACR)" or "(Long Form/ACR)" inside brackets.
_BOTH_IN_BRACKETS = re.compile(
    r"\(((?:[A-Z][\w'’-]*[^\S\n]+(?:(?:" + "|".join(JOINERS) + r")[^\S\n]+){0,2}){0,11}[A-Z][\w'’-]*)\s*[,/]\s*("
    + _ACRONYM + r")\)"
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def abbreviates(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` abbreviates ``words`` (see the module docstring): split into
    pieces that are prefixes (case-insensitive) of words taken in order, the first piece
    of ``words[0]``, the last of ``words[-1]``, at least two words used; a hyphenated
    word's parts count as words ("E-Government" gives "e" and "g")."""
    acr = acronym.lower()
    parts: list[tuple[str, bool]] = []  # (part, whether it is the last part of its word)
    for w in words:
        pieces = [p for p in w.lower().split("-") if p]
        parts.extend((p, i == len(pieces) - 1) for i, p in enumerate(pieces))
    if len(words) < 2 or not parts or len(acr) < 2:
        return False

    @lru_cache(maxsize=None)
    def match(k: int, j: int, used: int) -> bool:
        # acr[k:] from parts[j:], part j must give the next piece
        if j >= len(parts):
            return False
        part, _ = parts[j]
        for n in range(1, min(len(part), len(acr) - k) + 1):
            if part[:n] != acr[k:k + n]:
                break
            if k + n == len(acr):
                if j == len(parts) - 1 and used + 1 >= 2:
                    return True
                continue
            if any(match(k + n, nxt, used + 1) for nxt in range(j + 1, len(parts))):
                return True
        return False

    return match(0, 0, 0)


def _long_form(run: str, acronym: str) -> str | None:
    """The longest tail of the capitalised ``run`` (starting at a capitalised word) that
    ``acronym`` abbreviates, as written; ``None`` when none does."""
    words = _WORD.findall(run)
    for i, w in enumerate(words):
        if not w[0].isupper():
            continue
        tail = words[i:]
        while tail and tail[-1].lower() in JOINERS:
            tail = tail[:-1]
        if abbreviates(acronym, tail):
            return " ".join(tail)
    return None


def defined_acronyms(texts: Iterable[str]) -> dict[str, str]:
    """``{acronym as written: long form as first written}`` for every acronym the
    ``texts`` define (module docstring): ``{"NIA": "National Information Society
    Agency", "PDN": "Pusat Data Nasional"}``. An acronym defined with two different long
    forms keeps the first."""
    out: dict[str, str] = {}
    for text in texts:
        for rx in (_LONG_THEN_ACRONYM, _BOTH_IN_BRACKETS):
            for m in rx.finditer(text):
                acronym = m.group(2)
                if acronym in out:
                    continue
                long = _long_form(m.group(1), acronym)
                if long is not None and long.lower() != acronym.lower():
                    out[acronym] = long
    return out


#: An acronym that is also a common word ("MID", "IT", "AMAN") is read only with its own
#: capitals; a rarer one in any case ("pdn", "nia" typed on a phone). wordfreq's Zipf
#: scale: 3 = once per million words, in English or Indonesian.
COMMON_WORD_ZIPF = 3.0


@lru_cache(maxsize=4096)
def _any_case(acronym: str) -> bool:
    from wordfreq import zipf_frequency

    word = acronym.lower()
    return max(zipf_frequency(word, "en"), zipf_frequency(word, "id")) < COMMON_WORD_ZIPF


def writes_acronym(text: str, acronym: str) -> bool:
    """Whether ``text`` writes ``acronym`` as a word: with its own capitals, or all in
    lower case (typed on a phone: "pdn") when it is no common word
    (:data:`COMMON_WORD_ZIPF`); not with other capitals ("MoEF", Indonesia's environment
    ministry, is not "MOEF", Korea's finance ministry)."""
    forms = [acronym] + ([acronym.lower()] if _any_case(acronym) and acronym.lower() != acronym else [])
    return any(re.search(rf"(?<![^\W_]){re.escape(f)}(?![^\W_])", text) for f in forms)


def writes_name_in_full(text: str, long: str) -> bool:
    """Whether ``text`` writes the long form ``long`` (any case, whole words, any run of
    spaces between them)."""
    words = r"\s+".join(re.escape(w) for w in long.split())
    return re.search(rf"(?<![^\W_]){words}(?![^\W_])", text, re.IGNORECASE) is not None
