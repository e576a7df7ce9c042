"""Questions that pick one thing out by a quality ("mata uang yang jarang dipakai",
"jamur yang paling enak") or ask when something was banned ("Kapan ... dilarang?"): a
passage that never tells the quality, or a quote that never tells the ban, does not
answer.

The documents are invented for the test (names, places and dates are made up); the
rules were chosen on IDK-MRC validation, whose unanswerable questions often add such a
restriction to an answerable one ("Apa nama mata uang Taiwan yang jarang dipakai?")."""

from __future__ import annotations

import pytest

from bot.engine import _event_untold, _restriction_unwritten
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
        # an act, not a quality: told in other words too often (a tester's attack on stop 32)
        ("Apa saja dokumen yang harus dibawa?", "Persyaratan permohonan paspor: KTP, kartu keluarga.", False),
        ("Apa aplikasi yang dipakai pegawai untuk absen?", "Pegawai mencatat kehadiran melalui aplikasi SiASN.", False),
        ("Berapa biaya paspor elektronik yang harus dibayar?", "Biaya paspor elektronik adalah Rp 650.000.", False),
        ("Bagaimana proses pembentukan jamur yang ditutup?", "Jamur berkembang biak dengan spora.", False),
        # no restriction: the question's frame, its subject, an epithet, fame or time
        ("Apa yang dimaksud dengan tahil?", KINGDOM, False),
        ("Siapa yang mendirikan Kerajaan Lembayung?", KINGDOM, False),
        ("Siapakah penerus Darmawangsa yang Agung?", KINGDOM, False),
        ("Apakah tarian yang terkenal dari Lembayung?", KINGDOM, False),
        ("kepala dinas yang lama siapa ya?", PORTAL, False),
        ("Berapa transaksi portal itu, layanan yang diluncurkan pemerintah provinsi?", "1,2 juta transaksi", False),
        ("brp indeks nasional 2024? yang sudah final ya, bukan yang sementara", "Indeks nasional 2024: 2,96", False),
        ("Which currency that is rarely used?", KINGDOM, False),  # English: no "yang"
    ],
)
def test_a_restricting_clause_must_be_written_in_the_passage(question, passage, unwritten):
    assert _restriction_unwritten(question, passage) is unwritten


@pytest.mark.parametrize(
    "question, quoted, untold",
    [
        ("Kapan portal itu dilarang?", "Portal itu diluncurkan pada 12 Maret 2016.", True),
        ("When was the portal banned?", "The portal was launched on 12 March 2016.", True),
        # a span of years tells no ban
        ("Kapan ojek daring dilarang di Jakarta?", "Jumlah ojek daring naik dari 2015 hingga 2019.", True),
        # a ban in any of its words (a tester's attack on stop 32)
        ("Kapan portal itu dilarang?", "Portal itu dilarang pada 2020 oleh pengadilan.", False),
        ("Kapan FPI dilarang?", "FPI ditetapkan sebagai organisasi terlarang pada 30 Desember 2020.", False),
        ("Kapan ekspor bijih nikel dilarang?", "Larangan ekspor bijih nikel berlaku sejak 1 Januari 2020.", False),
        ("When was the ChatNow app banned?", "The ministry imposed a ban on ChatNow in May 2023.", False),
        ("Sejak kapan cantrang dilarang?", "Cantrang tidak diperbolehkan sejak 2015.", False),
        ("Kapan mudik Lebaran dilarang?", "Pemerintah meniadakan mudik Lebaran pada 2021.", False),
    ],
)
def test_a_ban_must_be_told_by_its_word(question, quoted, untold):
    assert _event_untold(question, quoted) is untold


@pytest.mark.parametrize(
    "question",
    [
        "Apa nama mata uang Kerajaan Lembayung yang jarang dipakai?",
        "Dari manakah asal pedagang Lembayung yang paling kaya?",
        "Kapan Portal Layanan Warga Seruni dilarang?",
    ],
)
def test_a_question_picking_out_what_no_source_tells_is_declined(engine, question):
    a = engine.answer(question)
    assert not a.answered, render_text(a)


@pytest.mark.parametrize(
    "question, figure",
    [
        ("Siapa raja pertama Kerajaan Lembayung?", "Darmawangsa"),
        ("Kapan Festival Kain Seruni yang diadakan di Kota Palapa pertama kali digelar?", "2008"),
        ("Apa nama mata uang Kerajaan Lembayung yang disebut tahil?", "tahil"),
        ("Kapan Portal Layanan Warga Seruni diluncurkan?", "2016"),
    ],
)
def test_a_question_picking_out_what_a_source_tells_is_answered(engine, question, figure):
    a = engine.answer(question)
    assert a.answered, render_text(a)
    assert figure in render_text(a)


@pytest.mark.parametrize(
    "question, quoted, untold",
    [
        # an end told only of something else does not answer (a tester's attack on stop 32)
        ("When was PeduliLindungi discontinued?",
         "The Digital Services Agency closed in 2021 under director Anna Lee.", True),
        ("Kapan Wirasena meninggal?", "Raja Darmaja dari Lembayung meninggal pada 1340.", True),
        # ... but one told of the subject by its name, by a word referring back, or by a
        # sentence naming nothing else, does; "replaced" is an end
        ("When was PeduliLindungi discontinued?",
         "PeduliLindungi was launched in March 2020. The app was replaced by SATUSEHAT Mobile on 1 March 2023.", False),
        ("Kapan stasiun luar angkasa Mir berhenti beroperasi?",
         "Mir dipasang sejak 1986. Fasilitas ini berhenti beroperasi dan jatuh ke Bumi pada 23 Maret 2001.", False),
        ("Kapan Museum Bahari ditutup?", "Museum ditutup pada 1971.", False),
        ("Kapan Wirasena meninggal?", "Wirasena meninggal di Palapa pada 1389.", False),
    ],
)
def test_an_end_must_be_told_of_the_subject_asked(question, quoted, untold):
    assert _event_untold(question, quoted) is untold
