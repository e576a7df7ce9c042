"""When-questions about an event (a birth, a death, a beginning, an end): the quote must
tell the event asked, not its opposite, and a sentence telling it is quoted first; a
question for one extreme ("terakhir", "smallest") is not answered by its opposite; and
one for what is not something is not answered by a quote that negates nothing.

The documents are invented for the test (names, places and dates are made up); the
rule was chosen on IDK-MRC validation, whose unanswerable when-questions ask about an
event the context never dates ("Kapan Bob Dylan meninggal?" against his birth)."""

from __future__ import annotations

import pytest

from bot.engine import _asked_event, _asks_what_is_not, _event_untold, _opposite_superlative_only
from bot.render import render_text
from tests.corpus_helpers import engine_over

KING = """Raja Wirasena dari Kerajaan Lembayung

Wirasena adalah raja ketiga Kerajaan Lembayung di pesisir utara Pulau Seruni. Ia lahir di Kota Palapa pada tahun 1320 sebagai putra sulung Raja Darmaja. Wirasena naik takhta pada tahun 1347 menggantikan ayahnya. Pada masa pemerintahannya pelabuhan Lembayung menjadi pusat perdagangan rempah.

Raja pertama Kerajaan Lembayung adalah kakeknya, Sang Darmawangsa, yang memerintah selama empat puluh tahun.
"""

AGENCY = """The Seruni Digital Service Agency

The Seruni Digital Service Agency was established in 1998 to run the island's online tax portal. Its first director was Maria Lestari, a former auditor. The agency moved to a new building in the port district in 2004 and trained over 2,000 clerks in its first decade.
"""

COUNCIL = """Dewan Pelayanan Publik Seruni

Dewan Pelayanan Publik Seruni dibentuk pada tahun 2001 oleh gubernur. Dewan itu mengawasi kantor pelayanan di enam kabupaten. Dewan ini dibubarkan pada tahun 2015 dan tugasnya dialihkan ke inspektorat provinsi.
"""


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("events"), {
        "wirasena.id.txt": (KING, "Raja Wirasena", "id", "2020-01-10"),
        "agency.en.txt": (AGENCY, "The Seruni Digital Service Agency", "en", "2021-03-02"),
        "dewan.id.txt": (COUNCIL, "Dewan Pelayanan Publik Seruni", "id", "2019-07-01"),
    }, embedder)


@pytest.mark.parametrize(
    "question, event",
    [
        ("Kapan Wirasena meninggal?", "death"),
        ("When did Wirasena die?", "death"),
        ("Tahun berapa Wirasena lahir?", "birth"),
        ("Kapan dewan itu dibubarkan?", "end"),
        ("When was the agency established?", "start"),
        ("When did the agency close?", "end"),
        ("Siapa yang mendirikan agensi itu?", None),  # not a when-question
        ("Kapan perang yang dimulai 1939 berakhir?", None),  # both events named: no rule
        ("Kapan Wirasena meninggalkan Palapa?", None),  # "meninggalkan" is to leave
    ],
)
def test_the_event_a_when_question_asks_about(question, event):
    assert _asked_event(question) == event


def test_a_quote_telling_only_the_opposite_event_does_not_answer():
    assert _event_untold("Kapan Wirasena meninggal?", "Ia lahir di Kota Palapa pada tahun 1320.")
    assert _event_untold("When did the agency close?", "The agency was established in 1998.")
    assert not _event_untold("Kapan dewan itu dibubarkan?",
                                    "Dewan ini dibubarkan pada tahun 2015 dan tugasnya dialihkan.")
    # an end or a death must be told: its word, or a span of years that ends
    assert _event_untold("Kapan Wirasena meninggal?", "Wirasena naik takhta pada tahun 1347.")
    assert _event_untold("Kapan kantor itu ditutup?", "Kantor itu mulai melayani warga pada 24 Agustus 1962.")
    assert not _event_untold("Kapan kerajaan itu runtuh?", "Kerajaan itu memerintah dari tahun 929 hingga 1031.")
    assert not _event_untold("Kapan Wirasena meninggal?", "Wirasena (Palapa, 11 Mei 1320 – 2 Juni 1389) adalah raja.")
    assert not _event_untold("When did the programme end?", "The programme ran from 2010 to 2015.")
    # the start of an act is told by the act with its time ("mulai operasi" / "beroperasi"),
    # even beside another thing's end; the end of one is not told by the act alone
    assert not _event_untold("kpn pusat data mulai operasi?",
                             "Pusat data ditargetkan beroperasi pada Oktober 2024, setelah uji sistem selesai.")
    assert _event_untold("Kapan pusat data selesai dibangun?", "Pembangunan pusat data dimulai pada 2022.")
    # a where-question about an event: the quote must tell that event, and a span of
    # years tells no place
    assert _event_untold("Di manakah Wirasena meninggal?", "Wirasena terlahir di Kota Palapa pada tahun 1320.")
    assert _event_untold("Di manakah Wirasena meninggal?", "Wirasena (1320 – 1389) adalah raja ketiga.")
    assert not _event_untold("Di manakah Wirasena meninggal?", "Wirasena meninggal di Kota Palapa pada 1389.")
    # another's event is no one's asked about: a relative's, a rate's, one followed by whose
    # it is (a tester's attack on stop 31)
    assert _event_untold("Kapan Sutrisno meninggal?",
                         "Setelah ayahnya wafat pada tahun 1960, Sutrisno pindah ke Bandung. Sutrisno lahir 4 Juni 1941.")
    assert _event_untold("Kapan Bambang meninggal?",
                         "Bambang lahir di Klaten pada tahun 1920; angka kematian bayi di desanya saat itu tinggi.")
    assert _event_untold("Kapan Siti lahir?", "Siti Rahayu wafat pada 3 Mei 1999, dua tahun setelah kelahiran cucu pertamanya.")
    # an end in other words; a range of counts is no span of years
    assert not _event_untold("When was the agency abolished?", "The agency was created in 1972 and disbanded in 1996.")
    assert not _event_untold("When was the old portal closed?", "The old tax portal was shut down in 2020.")
    assert _event_untold("When was the lighthouse demolished?", "The harbour lighthouse was built in 1862.")
    assert _event_untold("Kapan dinas itu dibubarkan?", "Dinas itu didirikan pada tahun 1950 dan melayani 500 hingga 1200 pemohon.")
    assert _event_untold("When was the tram line closed?", "The tram line opened in 1905 and has a stop near the market.")
    # a beginning or a birth is often dated without the word
    assert not _event_untold("Kapan Wirasena lahir?", "Wirasena (Palapa, 11 Mei 1320) adalah raja ketiga.")


@pytest.mark.parametrize(
    "question",
    ["Kapan Raja Wirasena meninggal?", "When did King Wirasena die?", "When was the Seruni Digital Service Agency closed?"],
)
def test_a_when_question_is_not_answered_by_the_date_of_the_opposite_event(engine, question):
    a = engine.answer(question)
    assert not a.answered, render_text(a)


@pytest.mark.parametrize(
    "question, quoted, figure",
    [
        ("Kapan Raja Wirasena lahir?", "lahir di Kota Palapa", "1320"),
        ("When was the Seruni Digital Service Agency established?", "established in 1998", "1998"),
        ("Kapan Dewan Pelayanan Publik Seruni dibubarkan?", "dibubarkan pada tahun 2015", "2015"),
        ("Kapan Dewan Pelayanan Publik Seruni dibentuk?", "dibentuk pada tahun 2001", "2001"),
    ],
)
def test_a_when_question_quotes_the_sentence_telling_the_event(engine, question, quoted, figure):
    a = engine.answer(question)
    assert a.answered, render_text(a)
    assert quoted in a.citations[0].quote and figure in a.citations[0].quote


@pytest.mark.parametrize(
    "question, quoted, untold",
    [
        ("Kapan komputer terakhir diciptakan?", "Teknologi berganti sejak komputer pertama pada tahun 1940-an.", True),
        ("What is the smallest shark?", "The whale shark is the largest shark.", True),
        ("Apa universitas terburuk di dunia?", "Harvard adalah salah satu universitas terbaik di dunia.", True),
        ("Siapa raja pertamanya?", "Raja terakhirnya adalah Wirasena.", True),
        # the extreme asked is written, or neither is, or the question names both
        ("Kapan komputer pertama diciptakan?", "Sejak komputer pertama pada tahun 1940-an.", False),
        ("Siapa raja pertama?", "Raja itu memerintah lama.", False),
        ("Apa yang pertama dan terakhir?", "Yang pertama adalah A.", False),
    ],
)
def test_the_opposite_extreme_does_not_answer(question, quoted, untold):
    assert _opposite_superlative_only(question, quoted) is untold


def test_a_question_for_the_last_is_not_answered_by_the_first(engine):
    a = engine.answer("Siapa raja terakhir Kerajaan Lembayung?")
    assert not a.answered, render_text(a)


@pytest.mark.parametrize(
    "question, quoted, untold",
    [
        ("Siapa yang bukan istri Abimanyu?", "Abimanyu menikah dengan Utari dan Sitisundari.", True),
        ("Apa yang bukan format digital?", "Format digital adalah bentuk penyimpanan sinyal digital.", True),
        ("Which of these agencies is not in Seoul?", "NIA and MOIS are in Sejong.", True),
        ("Siapa yang bukan anggota dewan itu?", "Rudi bukan anggota dewan; ia penasihat.", False),
        ("Siapa istri Abimanyu?", "Abimanyu menikah dengan Utari.", False),
    ],
)
def test_what_is_not_something_needs_a_negation(question, quoted, untold):
    assert _asks_what_is_not(question, quoted) is untold
