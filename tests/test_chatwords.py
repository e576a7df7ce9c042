"""Questions as officials type them on a phone: Indonesian chat abbreviations ("brp",
"knp", "thn") and short province names ("Jateng", "kaltara") are read as meant."""

from __future__ import annotations

from bot.chatwords import PROVINCES, chat_words, expand_chat_words, expand_provinces
from bot.render import render_text


def test_chat_abbreviations_are_written_out():
    assert expand_chat_words("X-Road memproses brp kueri thn 2023?") == "X-Road memproses berapa kueri tahun 2023?"
    assert expand_chat_words("knp MyDigital ID ga pakai database terpusat") .startswith("kenapa MyDigital ID")
    assert expand_chat_words("kpn dibuka, yg mana") == "kapan dibuka, yang mana"


def test_a_capitalised_first_word_is_written_out_too():
    # a phone capitalises a message's first word; other capitalised words stay
    assert expand_chat_words("Brp nilai ekspor Korea thn 2024?") == "Berapa nilai ekspor Korea tahun 2024?"
    assert expand_chat_words("Oke. Knp turun?") == "Oke. Kenapa turun?"
    assert expand_chat_words("indeks Yg baru") == "indeks Yg baru"
    assert expand_chat_words("BRP itu") == "BRP itu"


def test_government_abbreviations_are_written_out():
    from bot.chatwords import government_words_in

    assert expand_chat_words("siapa kadis kominfo sulsel skrg?") == "siapa kepala dinas kominfo Sulawesi Selatan sekarang?"
    assert expand_chat_words("anggaran Pemprov NTB") == "anggaran Pemerintah Provinsi NTB"
    assert expand_chat_words("PEMDA") == "PEMDA"  # in capitals: as written
    assert government_words_in("kadis Pemprov PEMDA") == ["kepala dinas", "pemerintah provinsi"]
    from bot.chatwords import writes_long_form

    assert writes_long_form("Pemprov", "anggaran pemerintah provinsi ntb") and not writes_long_form("pemprov", "ntb")
    assert not writes_long_form("ntb", "pemerintah provinsi ntb")  # not an abbreviation


def test_names_english_words_and_joined_words_are_kept():
    # capitalised words, acronyms, English words and parts of "e-ktp" / "v6" are no abbreviations
    text = "Dr. Somchai in DGA, th X-Road e-ktp to it"
    assert expand_chat_words(text) == text
    table = chat_words()
    for common in ("in", "it", "to", "th", "dr", "x", "ga"):  # indoNLP maps these; too common in English
        assert common not in table
    assert table["brp"] == "berapa" and table["knp"] == "kenapa"


def test_province_short_names_are_written_out():
    assert expand_chat_words("indeks spbe kaltara 2024 brp") == "indeks spbe Kalimantan Utara 2024 berapa"
    assert expand_chat_words("LAPOR Gub! Jateng") == "LAPOR Gub! Jawa Tengah"
    assert expand_chat_words("SULSEL dan NTB") == "SULSEL dan NTB"  # acronyms in capitals stay
    assert len(PROVINCES) >= 20


def test_english_province_names_are_followed_by_their_own():
    assert expand_provinces("Central Java SPBE score in 2022?") == "Central Java (Jawa Tengah) SPBE score in 2022?"
    assert expand_provinces("What about south  sulawesi and Bali?") == (
        "What about south  sulawesi (Sulawesi Selatan) and Bali?")
    assert expand_provinces("Java's history") == "Java's history"


XROAD = """X-Road facts

X-Road is the data exchange layer that connects Estonia's public and private information systems. It was launched in 2001.

In 2023, X-Road handled 2.37 billion queries, up from 2.21 billion in 2022. Estonia estimates that X-Road saved about 1,400 years of working time in 2023.
"""

SPBE = "Provinsi,Indeks SPBE 2024,Predikat 2024\nJawa Barat,\"3,41\",Sangat Baik\nKalimantan Utara,\"2,88\",Baik\nBali,\"3,71\",Sangat Baik\n"


def test_an_abbreviated_question_asks_what_its_words_mean(tmp_path, embedder):
    from tests.corpus_helpers import engine_over

    engine = engine_over(tmp_path, {
        "xroad.md": (XROAD, "X-Road facts 2024", "en", "2024"),
        "spbe.csv": (SPBE, "Indeks SPBE provinsi 2024", "id", "2025"),
    }, embedder)
    # "brp" had read as an unknown word: the quote held the 1,400 years, not the queries
    a = engine.answer("X-Road Estonia memproses brp kueri thn 2023?")
    assert a.answered and "2.37 billion" in render_text(a), render_text(a)
    a = engine.answer("indeks spbe kaltara 2024 brp?")
    assert a.answered and "2,88" in render_text(a), render_text(a)
    # the question as typed is kept for the reply's record
    assert a.question == "indeks spbe kaltara 2024 brp?"


def test_a_question_in_chat_abbreviations_is_answered_in_indonesian():
    # "gmn" and "kalo" are no words of either language and "passphrase" is English, so the
    # question had read as English and got English labels (a blind probe of stop 47)
    from bot.engine import question_language

    assert question_language("gmn kalo lupa passphrase?") == "id"
    assert question_language("brp biaya bikin sertifikat elektronik?") == "id"
    # English stays English, abbreviations or not
    assert question_language("How many users did the passphrase reset app have in 2023?") == "en"
    assert question_language("What is the SPBE index of Jateng?") == "en"
    assert question_language("MOPAS?", "id") == "id"


def test_words_are_spelt_as_the_corpus_spells_them():
    from bot.chatwords import spelt_as_corpus

    corpus = {"kedaluwarsa", "ijin", "sertifikat", "izin"}.__contains__
    assert spelt_as_corpus("Berapa sertifikat yang Kadaluarsa?", corpus) == "Berapa sertifikat yang Kedaluwarsa?"
    # a word the corpus writes stays, whichever spelling it is
    assert spelt_as_corpus("kapan ijin terbit? kapan izin terbit?", corpus) == "kapan ijin terbit? kapan izin terbit?"
    older = {"ijin", "propinsi"}.__contains__
    assert spelt_as_corpus("Berapa izin di provinsi ini?", older) == "Berapa ijin di propinsi ini?"
    assert spelt_as_corpus("Berapa izin di provinsi ini?", set().__contains__) == "Berapa izin di provinsi ini?"
