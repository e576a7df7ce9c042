"""Language identification restricted to the product's two languages (Indonesian, English).

Uses lingua (``lingua-language-detector``), which is accurate on short texts such as a
one-line question; restricting it to two languages avoids confusions with Malay and
others that would make no difference to the reply. Short questions made mostly of names
("Who is Kim Nam-suk?") carry too little evidence for it, so a question word or a common
function word of either language decides first (:data:`_CUES`); where lingua is unsure,
the words one language uses far more than the other (wordfreq) decide; text with no
such evidence, or none of whose words either language uses, gets the default.
"""

from __future__ import annotations

import re
import threading

_detector = None
_lock = threading.Lock()
LANGUAGES = ("id", "en")


def _get():
    global _detector
    with _lock:
        if _detector is None:
            from lingua import Language, LanguageDetectorBuilder

            _detector = (
                LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.INDONESIAN)
                .with_preloaded_language_models()
                .build()
            )
    return _detector


def detect_language(text: str, default: str = "en") -> str:
    """Return ``"id"`` or ``"en"`` for ``text``; ``default`` when it has no letters.

    Raises:
        ValueError: ``default`` is not ``"id"`` or ``"en"``.
    """
    if default not in LANGUAGES:
        raise ValueError(f"default must be 'id' or 'en', got {default!r}")
    letters = re.sub(r"[^\w\s]|\d|_", " ", text or "")
    if not re.search(r"[^\W\d_]{2,}", letters):
        return default
    words = re.findall(r"[^\W\d_]+", letters.lower())
    votes = {lang: sum(1 for w in words if w in cues) for lang, cues in _CUES.items()}
    votes["en"] += len(_POSSESSIVE.findall(text or ""))  # "Surabaya's", "Korea’s": English's possessive
    if votes["en"]:
        # "to", "at", "by", "from" count beside another English cue only: Indonesian chat
        # borrows them ("skor SPBE Jateng from 2020?"), and "Surabaya's WargaKu app cost IDR
        # 12 billion to build." had been read as Indonesian by its names
        votes["en"] += sum(1 for w in words if w in _WEAK_EN_CUES)
    if votes["id"] != votes["en"]:
        return "id" if votes["id"] > votes["en"] else "en"
    from wordfreq import zipf_frequency

    if not any(max(zipf_frequency(w, "id"), zipf_frequency(w, "en")) >= MIN_KNOWN_ZIPF for w in words):
        return default  # no word either language uses ("asdkjh qwe", "MOPAS?"): no evidence
    from lingua import Language

    conf = {c.language: c.value for c in _get().compute_language_confidence_values(letters)}
    p_id, p_en = conf.get(Language.INDONESIAN, 0.0), conf.get(Language.ENGLISH, 0.0)
    if abs(p_id - p_en) >= MIN_MARGIN:
        return "id" if p_id > p_en else "en"
    # lingua is unsure: count the words one language uses far more than the other
    # ("Ekspor ... Korea 2010 mencapai USD 148.760.000": ekspor, mencapai)
    leaning = [zipf_frequency(w, "id") - zipf_frequency(w, "en") for w in words if len(w) >= 4]  # not "Kim", "Nam"
    id_words = sum(1 for d in leaning if d >= WORD_MARGIN)
    en_words = sum(1 for d in leaning if d <= -WORD_MARGIN)
    if id_words != en_words:
        return "id" if id_words > en_words else "en"
    return default


#: A word counts as evidence only when wordfreq has seen it in either language at least
#: this often (Zipf frequency 1.0 = once in a billion words); text with no such word
#: (keyboard mashing, an acronym alone) gets the default, whatever lingua guesses.
MIN_KNOWN_ZIPF = 1.0
#: Lingua must prefer one language by at least this confidence margin; else the words
#: decide that one language uses at least ten times as often as the other (Zipf
#: difference :data:`WORD_MARGIN`), and when they are as many each way, the default.
MIN_MARGIN = 0.2
WORD_MARGIN = 1.0
#: English prepositions that Indonesian chat borrows: cues only beside another English cue.
_WEAK_EN_CUES = frozenset("to at by from".split())
#: An English possessive ("Surabaya's", "Korea’s"), which Indonesian never writes.
_POSSESSIVE = re.compile(r"[^\W\d_]['’]s\b")
#: Question words and frequent function words that only one of the two languages uses.
_CUES = {
    "en": frozenset(
        "who whom whose what when where why how which is are was were do does did the of and in "
        "for with about many much year did has have will would can could should this that "
        # (also "had", "its", "been", "than": a sentence made mostly of names had been read
        # as Indonesian by them; an eleventh attack)
        "had its been than".split()
    ),
    "id": frozenset(
        "siapa siapakah apa apakah kapan kapankah dimana mana berapa berapakah mengapa kenapa bagaimana "
        "yang dan di ke dari untuk dengan tentang tahun itu ini adalah ada akan sudah telah pada oleh "
        "dalam tidak bisa saja nilai".split()
    ),
}
