"""Language identification restricted to the product's two languages (Indonesian, English).

Uses lingua (``lingua-language-detector``), which is accurate on short texts such as a
one-line question; restricting it to two languages avoids confusions with Malay and
others that would make no difference to the reply.
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
    from lingua import Language

    lang = _get().detect_language_of(letters)
    if lang == Language.INDONESIAN:
        return "id"
    if lang == Language.ENGLISH:
        return "en"
    return default
