"""What-is questions in Indonesian ("Apa itu X?", "Apa yang dimaksud dengan X?"): the
quote must write the term asked (spelt alike), and a qualifier of it must be in the
quoted passage; otherwise the question is declined.

The documents are invented for the test; the rule was chosen on IDK-MRC validation,
whose unanswerable what-is questions ask about a neighbouring term ("hewan karnivora"
against a definition of herbivores) or add a qualifier no source gives ("menurut ahli")."""

from __future__ import annotations

import pytest

from bot.engine import _defines_another
from bot.render import render_text
from tests.corpus_helpers import engine_over

GLOSSARY = """Istilah Layanan Digital

Kios layanan mandiri adalah mesin di kantor kelurahan tempat warga mencetak dokumen kependudukan tanpa bantuan petugas.

Tanda tangan elektronik adalah tanda tangan yang terdiri atas informasi elektronik yang dilekatkan pada dokumen elektronik lain dan digunakan sebagai alat verifikasi.

Portal tunggal adalah satu situs tempat warga mengakses semua layanan pemerintah daerah dengan satu akun.
"""


@pytest.mark.parametrize(
    "question, quoted, passage, untold",
    [
        # the term's words must be in the quote, spelt alike
        ("Apa itu kios layanan mandiri?", "Kios layanan mandiri adalah mesin di kantor kelurahan.", "", False),
        ("Apa itu kios layanan mandri?", "Kios layanan mandiri adalah mesin di kantor kelurahan.", "", False),
        ("Apa yang dimaksud dengan stalakmit?", "Stalagmit adalah pembentukan gua secara vertikal.", "", False),
        ("apakah arti dari el-nino?", "El Niño adalah variasi angin dan suhu permukaan laut.", "", False),
        ("Apakah definisi sederhana dari sains?", "Sains adalah ilmu pengetahuan.", "", False),
        ("Apa pengertian dari hewan karnivora?", "Herbivor adalah hewan yang hanya makan tumbuhan.", "", True),
        ("Apa itu ilmu geografi?", "Geometri adalah cabang matematika.", "", True),
        ("Apa itu tanda tangan digital?", "Tanda tangan elektronik adalah tanda tangan.", "", True),
        # a qualifier must be in the quoted passage
        ("Apa itu portal tunggal menurut ahli?", "Portal tunggal adalah satu situs.", "Portal tunggal adalah satu situs.",
         True),
        ("Apa itu portal tunggal dalam layanan pemerintah daerah?", "Portal tunggal adalah satu situs.",
         "Portal tunggal adalah satu situs tempat warga mengakses semua layanan pemerintah daerah.", False),
        # not a what-is question
        ("Berapa kios layanan mandiri di Bandung?", "Herbivor adalah hewan.", "", False),
    ],
)
def test_a_what_is_question_needs_its_term_in_the_quote(question, quoted, passage, untold):
    assert _defines_another(question, quoted, passage) is untold


#: A glossary written as one paragraph: every definition in one passage.
ONE_PARAGRAPH = """Glosarium SPBE

SPBE adalah penyelenggaraan pemerintahan yang memanfaatkan teknologi informasi dan komunikasi untuk memberikan layanan kepada pengguna. Interoperabilitas adalah kemampuan sistem elektronik yang berbeda untuk saling bertukar data. Pusat Data Nasional adalah fasilitas bersama untuk menempatkan sistem elektronik instansi pusat dan daerah. API adalah antarmuka yang memungkinkan dua aplikasi saling bertukar data.
"""


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("terms"), {
        "istilah.id.txt": (GLOSSARY, "Istilah Layanan Digital", "id", "2024-02-01"),
        "glosarium.id.txt": (ONE_PARAGRAPH, "Glosarium SPBE", "id", "2024-03-01"),
    }, embedder)


@pytest.mark.parametrize(
    "question, defined",
    [
        ("Apa itu interoperabilitas?", "Interoperabilitas adalah"),
        ("Apa yang dimaksud dengan Pusat Data Nasional?", "Pusat Data Nasional adalah"),
        ("What is interoperability?", "Interoperabilitas adalah"),
    ],
)
def test_a_glossary_quotes_the_definition_of_the_term_asked_first(engine, question, defined):
    a = engine.answer(question)
    assert a.answered, render_text(a)
    assert a.citations[0].quote.startswith(defined), render_text(a)


def test_the_term_asked_is_defined(engine):
    a = engine.answer("Apa yang dimaksud dengan tanda tangan elektronik?")
    assert a.answered, render_text(a)
    assert "Tanda tangan elektronik adalah" in a.citations[0].quote


@pytest.mark.parametrize("question", ["Apa itu tanda tangan biometrik?", "Apa yang dimaksud dengan portal tunggal menurut ahli?"])
def test_a_neighbouring_term_or_an_unsourced_qualifier_is_declined(engine, question):
    a = engine.answer(question)
    assert not a.answered, render_text(a)
