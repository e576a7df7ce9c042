"""Questions that pick one thing out of several: the last one ("raja terakhir"), the
n-th ("raja kedua"), one restricted by a relative clause ("mata uang yang jarang
dipakai"), or an end such as a ban ("Kapan ... dilarang?"). A quote that never tells
which one is asked about does not answer.

The documents are invented for the test (names, places and dates are made up); the
rules were chosen on IDK-MRC validation, whose unanswerable questions often add such a
restriction to an answerable one ("Apa nama mata uang Taiwan yang jarang dipakai?")."""

from __future__ import annotations

import pytest

from bot.engine import _event_untold, _last_untold, _ordinal_untold, _restriction_unwritten
from bot.render import render_text
from tests.corpus_helpers import engine_over

KINGDOM = """Kerajaan Lembayung

Kerajaan Lembayung berdiri di pesisir utara Pulau Seruni pada tahun 1290. Raja pertamanya adalah Sang Darmawangsa, yang memerintah selama empat puluh tahun. Mata uang kerajaan itu adalah keping perak yang disebut tahil Lembayung.

Pelabuhan Lembayung menjadi pusat perdagangan rempah pada abad ke-14. Para pedagang dari Gujarat dan Tiongkok singgah di sana setiap musim angin barat.
"""

PORTAL = """Portal Layanan Warga Seruni

Portal Layanan Warga Seruni diluncurkan pada 12 Maret 2016 oleh pemerintah provinsi. Portal itu melayani izin usaha dan pembayaran pajak daerah. Pada tahun 2019 portal itu melayani 1,2 juta transaksi.
"""

FESTIVAL = """Festival Kain Seruni

Festival Kain Seruni pertama kali diadakan pada tahun 2008 di alun-alun Kota Palapa. Festival kedua diadakan pada tahun 2010 di pelabuhan lama. Festival itu terakhir kali diadakan pada tahun 2019 sebelum dihentikan karena pandemi.
"""


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("restrictions"), {
        "lembayung.id.txt": (KINGDOM, "Kerajaan Lembayung", "id", "2020-01-10"),
        "portal.id.txt": (PORTAL, "Portal Layanan Warga Seruni", "id", "2021-03-02"),
        "festival.id.txt": (FESTIVAL, "Festival Kain Seruni", "id", "2022-07-01"),
    }, embedder)


@pytest.mark.parametrize(
    "question, quoted, untold",
    [
        ("Siapakah raja terakhir Kerajaan Lembayung?", "Raja pertamanya adalah Sang Darmawangsa.", True),
        ("Kapan festival itu terakhir diadakan?", "Festival itu pertama kali diadakan pada tahun 2008.", True),
        ("Who was the last king of Lembayung?", "Its first king was Darmawangsa.", True),
        # the last is told by the word, by an end or by a time that reaches now
        ("Kapan festival itu terakhir diadakan?", "Festival itu terakhir kali diadakan pada tahun 2019.", False),
        ("Siapa raja terakhir kerajaan itu?", "Wirasena memerintah hingga kerajaan itu runtuh pada 1478.", False),
        # a span of time asks no last one; nor does a question of another kind
        ("Siapa yang memimpin dinas itu dalam lima tahun terakhir?", "Rudi memimpin dinas itu.", False),
        ("Who visited Seoul last year?", "Minister Rudi visited Seoul in 2023.", False),
        ("Apa pendidikan terakhir Rudi?", "Rudi lulus dari Universitas Seruni pada 1990.", False),
    ],
)
def test_a_question_for_the_last_needs_a_quote_telling_the_last(question, quoted, untold):
    assert bool(_last_untold(question, quoted)) is untold


@pytest.mark.parametrize(
    "question, quoted, untold",
    [
        ("Siapa raja kedua Kerajaan Lembayung?", "Raja pertamanya adalah Sang Darmawangsa.", True),
        ("Tahun berapa festival ketiga diadakan?", "Festival kedua diadakan pada tahun 2010.", True),
        ("Siapa yang menemukan pulau itu untuk kedua kalinya?", "Pulau itu ditemukan pada 1290.", True),
        ("Who was the second director?", "The first director was Maria Lestari.", True),
        # any form of the ordinal tells it: the word, "ke-2", a Roman numeral, the number after a name
        ("Tahun berapa festival kedua diadakan?", "Festival kedua diadakan pada tahun 2010.", False),
        ("PDN yang kedua dibangun di mana?", "PDN 2 di Kawasan Ibu Kota Nusantara, Kalimantan Timur.", False),
        ("Siapa raja kedua dinasti itu?", "Raja ke-2 dinasti itu adalah Wirasena.", False),
        ("Kapan Perang Dunia kedua berakhir?", "Perang Dunia II berakhir pada 1945.", False),
        # "kedua negara" is both countries, not the second; a count of things is no order
        ("Apa hubungan kedua negara?", "Seruni dan Lembayung berdagang rempah.", False),
        ("Berapa jumlah penduduk kedua kota itu?", "Palapa berpenduduk 20.000 jiwa.", False),
    ],
)
def test_a_question_for_the_nth_needs_a_quote_writing_that_ordinal(question, quoted, untold):
    assert _ordinal_untold(question, quoted) is untold


@pytest.mark.parametrize(
    "question, passage, unwritten",
    [
        ("Apa nama mata uang Lembayung yang jarang dipakai?", KINGDOM, True),
        ("Dari manakah asal pedagang yang paling kaya?", KINGDOM, True),
        ("Apa mata uang Lembayung yang tidak resmi?", KINGDOM, True),
        ("Apakah makanan khas Palapa yang tidak terkenal?", KINGDOM, True),
        # a word of the clause is in the passage
        ("Apa nama mata uang yang disebut tahil?", KINGDOM, False),
        ("Siapa raja yang memerintah selama empat puluh tahun?", KINGDOM, False),
        ("Dari mana pedagang yang singgah di pelabuhan berasal?", KINGDOM, False),
        # no restriction: the question's frame, its subject, an epithet, fame or time
        ("Apa yang dimaksud dengan tahil?", KINGDOM, False),
        ("Siapa yang mendirikan Kerajaan Lembayung?", KINGDOM, False),
        ("Siapakah penerus Darmawangsa yang Agung?", KINGDOM, False),
        ("Apakah tarian yang terkenal dari Lembayung?", KINGDOM, False),
        ("kepala dinas yang lama siapa ya?", PORTAL, False),
        ("brp indeks nasional 2024? yang sudah final ya, bukan yang sementara", "Indeks nasional 2024: 2,96", False),
        ("Which currency that is rarely used?", KINGDOM, False),  # English: no "yang"
    ],
)
def test_a_restricting_clause_must_be_written_in_the_passage(question, passage, unwritten):
    assert _restriction_unwritten(question, passage) is unwritten


def test_a_ban_is_an_end_that_must_be_told():
    assert _event_untold("Kapan portal itu dilarang?", "Portal itu diluncurkan pada 12 Maret 2016.")
    assert _event_untold("When was the portal banned?", "The portal was launched on 12 March 2016.")
    assert not _event_untold("Kapan portal itu dilarang?", "Portal itu dilarang pada 2020 oleh pengadilan.")


@pytest.mark.parametrize(
    "question",
    [
        "Siapakah raja terakhir Kerajaan Lembayung?",
        "Siapa raja kedua Kerajaan Lembayung?",
        "Apa nama mata uang Kerajaan Lembayung yang jarang dipakai?",
        "Kapan Portal Layanan Warga Seruni dilarang?",
    ],
)
def test_a_question_picking_out_what_no_source_tells_is_declined(engine, question):
    a = engine.answer(question)
    assert not a.answered, render_text(a)


@pytest.mark.parametrize(
    "question, figure",
    [
        ("Kapan Festival Kain Seruni terakhir diadakan?", "2019"),
        ("Tahun berapa Festival Kain Seruni kedua diadakan?", "2010"),
        ("Siapa raja pertama Kerajaan Lembayung?", "Darmawangsa"),
        ("Apa nama mata uang Kerajaan Lembayung yang disebut tahil?", "tahil"),
        ("Kapan Portal Layanan Warga Seruni diluncurkan?", "2016"),
    ],
)
def test_a_question_picking_out_what_a_source_tells_is_answered(engine, question, figure):
    a = engine.answer(question)
    assert a.answered, render_text(a)
    assert figure in render_text(a)
