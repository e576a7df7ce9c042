"""The bot's own words, in Indonesian (``id``) and English (``en``).

Quotes from sources are never translated; only these labels and messages are.
"""

from __future__ import annotations

from index.language import detect_language

__all__ = ["MESSAGES", "t", "detect_language"]

MESSAGES: dict[str, dict[str, str]] = {
    "start": {
        "en": (
            "Hello! I answer questions about Korea's e-Government programmes, in English or Indonesian, "
            "by quoting my sources: interviews and reports. Every answer names the document and paragraph "
            "it comes from.\n\nTry: How much did Korea earn from e-government exports in 2010?\n\n/help for more."
        ),
        "id": (
            "Halo! Saya menjawab pertanyaan tentang program e-Government Korea, dalam bahasa Indonesia atau "
            "Inggris, dengan mengutip sumber saya: wawancara dan laporan. Setiap jawaban menyebut dokumen dan "
            "paragraf asalnya.\n\nCoba: Berapa nilai ekspor e-Government Korea pada tahun 2010?\n\n/help untuk bantuan."
        ),
    },
    "help": {
        "en": (
            "Send me a question as a normal message, in English or Indonesian.\n"
            "I reply with the exact sentences from my sources that answer it, with the document, year and "
            "paragraph, and figures exactly as the source writes them. When my sources do not say, I tell you "
            "so instead of guessing.\n\n"
            "Commands:\n/start - introduction\n/help - this help"
        ),
        "id": (
            "Kirim pertanyaan sebagai pesan biasa, dalam bahasa Indonesia atau Inggris.\n"
            "Saya membalas dengan kalimat persis dari sumber yang menjawabnya, beserta dokumen, tahun dan "
            "paragrafnya, dan angka persis seperti tertulis di sumber. Bila sumber saya tidak menyebutkannya, "
            "saya katakan terus terang, tanpa menebak.\n\n"
            "Perintah:\n/start - perkenalan\n/help - bantuan ini"
        ),
    },
    "answer_intro": {"en": "According to my sources:", "id": "Menurut sumber saya:"},
    "source": {"en": "Source", "id": "Sumber"},
    "paragraph": {"en": "paragraph", "id": "paragraf"},
    "page": {"en": "page", "id": "halaman"},
    "figures": {"en": "Figures", "id": "Angka"},
    "declined": {
        "en": "I don't know: the sources I have don't say this.",
        "id": "Saya tidak tahu: sumber yang saya miliki tidak menyebutkan hal ini.",
    },
    "closest": {
        "en": "Closest match (not an answer)",
        "id": "Kutipan terdekat (bukan jawaban)",
    },
    "quote_language_note": {
        "en": "(quoted in the source's language)",
        "id": "(dikutip dalam bahasa sumber)",
    },
    "error": {
        "en": "Sorry, something went wrong while answering. Please try again in a moment.",
        "id": "Maaf, terjadi kesalahan saat menjawab. Silakan coba lagi sebentar lagi.",
    },
    "not_text": {
        "en": "I can only read text messages. Please type your question.",
        "id": "Saya hanya bisa membaca pesan teks. Silakan ketik pertanyaan Anda.",
    },
    "empty": {
        "en": "Please type a question, for example: What are smart work centers?",
        "id": "Silakan ketik pertanyaan, misalnya: Apa itu pusat kerja pintar?",
    },
    "too_long": {
        "en": "That message is too long for me. Please ask one short question (under {limit} characters).",
        "id": "Pesan itu terlalu panjang. Silakan ajukan satu pertanyaan singkat (di bawah {limit} karakter).",
    },
}


def t(key: str, lang: str, **kwargs: object) -> str:
    """The message ``key`` in ``lang`` (``"id"`` or ``"en"``; anything else gives English).

    Raises:
        KeyError: unknown ``key``.
    """
    texts = MESSAGES[key]
    text = texts.get(lang) or texts["en"]
    return text.format(**kwargs) if kwargs else text
