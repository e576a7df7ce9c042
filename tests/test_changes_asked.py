"""Questions about how much a figure moved, about bounds, and about ages and lengths of
time: a journalist asking how much passport demand *fell* must not be shown that it
rose, nor the minimum fine for the maximum; an official asking the minimum age of
applicants must get "18 tahun".

The documents are invented for the test (from an attack on stop 33's rules: its probes
had "How much did Indonesia's EGDI ranking fall?" answered with the climb to 77th, and
"Berapa usia minimal pelamar CPNS 2024?" declined)."""

from __future__ import annotations

import pytest

from bot.render import render_text
from tests.corpus_helpers import engine_over

PASSPORTS = """Digital Government in Korea: Passports

After e-passports were introduced, the cost of issuing a passport was halved to USD 20, while demand rose 30 percent. The Ministry of Foreign Affairs issued 4.2 million e-passports in 2023.
"""

EGDI = """Indonesia in the UN E-Government Survey 2022

Indonesia climbed to 77th place in the 2022 UN E-Government Development Index, up from 88th in 2020. Its Online Service Index score was 0.76.
"""

SIMPONI = """The SIMPONI Payment Portal

The number of registered users of the SIMPONI payment portal climbed from 3.1 million to 5 million, while complaints dropped by a third. The portal now lets foreign investors pay licence fees.
"""

CPNS = """Statistik ASN 2023

Badan Kepegawaian Negara mencatat jumlah Aparatur Sipil Negara pada Desember 2023 sebanyak 4,28 juta orang.

Seleksi CPNS 2024 mensyaratkan usia paling rendah 18 tahun dan paling tinggi 35 tahun. Untuk dokter spesialis, batas usia maksimal dinaikkan menjadi 40 tahun.
"""

LICENSING = """Sistem OSS Berbasis Risiko

Nomor Induk Berusaha (NIB) terbit paling lama satu hari kerja, dengan modal disetor minimal Rp 10 juta untuk perseroan. Pelanggaran perizinan dikenai denda administratif paling sedikit Rp 50 juta.

Penyelenggara sistem elektronik yang tidak mendaftar dikenai denda administratif paling sedikit Rp 25 juta, dan paling banyak Rp 2 miliar.
"""

PERMITS = """Surabaya Building Permits

Processing time for building permits in Surabaya was cut from 28 days to 5 days thanks to improved online workflows. Operating costs of the permit office were reduced by 40 percent as usage grew.
"""

SINGLE_WINDOW = """Indonesia's National Single Window

Public sector employees made up 70 percent of the portal's users; the rest were private companies. Indonesia National Single Window (INSW) processed 1.2 million customs declarations for imports in 2023, up from 900,000 in 2022.
"""

LATE_FILING = """Late Filing of Local Taxes in Makassar

Makassar's revenue agency said taxpayers who file local tax returns late face fines of up to Rp 2 million per return.
"""

BOGOR_RULES = """Ketentuan Pajak Daerah dan Perizinan Kota Bogor

Wajib pajak yang terlambat melapor dikenai denda administratif paling banyak Rp 2 juta per masa pajak. Pelaku usaha pemula yang ikut pendampingan harus berusia paling tinggi 35 tahun. Sanggahan banding diajukan paling lambat 5 hari kalender setelah jawaban sanggahan diterima.
"""

IMMIGRATION = """Layanan Keimigrasian 2023

Pada 2023 permohonan paspor naik 20 persen, sedangkan permohonan visa kunjungan turun 5 persen.
"""


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("changes"), {
        "passports.en.txt": (PASSPORTS, "Digital Government in Korea: Passports", "en", "2024-03-01"),
        "egdi.en.txt": (EGDI, "Indonesia in the UN E-Government Survey 2022", "en", "2022-10-01"),
        "simponi.en.txt": (SIMPONI, "The SIMPONI Payment Portal", "en", "2024-02-10"),
        "asn.id.txt": (CPNS, "Statistik ASN 2023", "id", "2024-01-15"),
        "oss.id.txt": (LICENSING, "Sistem OSS Berbasis Risiko", "id", "2024-05-02"),
        "insw.en.txt": (SINGLE_WINDOW, "Indonesia's National Single Window", "en", "2024-02-10"),
        "permits.en.txt": (PERMITS, "Surabaya Building Permits", "en", "2024-06-01"),
        "imigrasi.id.txt": (IMMIGRATION, "Layanan Keimigrasian 2023", "id", "2024-01-20"),
        "makassar.en.txt": (LATE_FILING, "Late Filing of Local Taxes in Makassar", "en", "2024-02-01"),
        "bogor.id.txt": (BOGOR_RULES, "Ketentuan Pajak Daerah dan Perizinan Kota Bogor", "id", "2024-07-01"),
    }, embedder)


@pytest.mark.parametrize(
    "question",
    [
        "How much did passport demand fall in Korea after e-passports?",
        "How much did Indonesia's EGDI ranking fall in 2022?",
        # the least told where the most is asked
        "Berapa denda maksimal pelanggaran perizinan?",
        # the clause naming most of what moved: passport applications, not visa ones
        "permohonan paspor turun berapa persen di 2023?",
        # a bound asked with no word for a figure ("What is ...?"), and one whose noun
        # follows the generic "lama" (a third attack)
        "What is the minimum fine for filing Makassar local tax returns late?",
        "Berapa lama minimal NIB terbit?",
        # across languages, what is bounded is named in other words ("fine" / "denda");
        # a prefixed word ("berusia") and "paling lambat" (a fourth attack)
        "What is the minimum fine for late tax reporting in Bogor?",
        "Berapa usia minimal pelaku usaha pemula yang ikut pendampingan di Bogor?",
        "Berapa lama minimal sanggahan banding diajukan di Bogor?",
    ],
)
def test_a_change_or_bound_told_only_the_other_way_is_declined(engine, question):
    answer = engine.answer(question)
    assert not answer.answered, render_text(answer)


@pytest.mark.parametrize(
    "question, figure",
    [
        # the way asked is told of what moved, though the same sentence tells the other
        # way of something else
        ("How much did the cost of a passport drop after Korea introduced e-passports?", "USD 20"),
        ("How much did passport demand rise after e-passports?", "30 percent"),
        ("How much did complaints about SIMPONI decrease?", "a third"),
        ("Berapa kenaikan jumlah pengguna SIMPONI?", "5 million"),
        # a bound told the way asked, in other words ("paling sedikit", "paling lama")
        ("Berapa denda minimal pelanggaran perizinan?", "Rp 50 juta"),
        ("Berapa lama maksimal NIB terbit?", "satu hari kerja"),
        ("Berapa modal minimal untuk perseroan?", "Rp 10 juta"),
        ("What is the maximum fine for filing Makassar local tax returns late?", "Rp 2 million"),
        ("What is the maximum fine for late tax reporting in Bogor?", "Rp 2 juta"),
        ("Berapa usia maksimal pelaku usaha pemula yang ikut pendampingan di Bogor?", "35 tahun"),
        # both bounds in one sentence, the second clause not repeating the noun, and a
        # fall told as "cut" or "reduced" beside a cause that rose (a second attack)
        ("Berapa denda maksimal bagi penyelenggara sistem elektronik yang tidak mendaftar?", "Rp 2 miliar"),
        ("How much did building permit processing time fall in Surabaya?", "5 days"),
        ("How much did operating costs of the permit office fall?", "40 percent"),
        ("Berapa kenaikan permohonan paspor 2023?", "20 persen"),
        ("Berapa penurunan permohonan visa kunjungan 2023?", "5 persen"),
        # an age limit: an age is counted in years, and "35 tahun" beside it is no span
        # the 18 totals over
        ("Berapa usia minimal pelamar CPNS 2024?", "18 tahun"),
        ("Berapa usia maksimal pelamar CPNS 2024 untuk dokter spesialis?", "40 tahun"),
    ],
)
def test_a_change_bound_or_age_limit_told_the_way_asked_is_answered(engine, question, figure):
    answer = engine.answer(question)
    assert answer.answered, render_text(answer)
    assert figure in render_text(answer)


RANKS = ("Indonesia climbed to 77th place in the 2022 UN E-Government Development Index, up from 88th in 2020. "
         "Its Online Service Index score fell slightly, to 0.76.")


@pytest.mark.parametrize(
    "question, counted",
    [
        # "how many" is not answered by a rank or a fraction ...
        ("How many public services can be accessed online in Indonesia?", False),
        ("Berapa banyak layanan publik yang bisa diakses daring?", False),
        # ... unless it asks how far the rank moved
        ("How many places did Indonesia climb in 2022?", True),
    ],
)
def test_how_many_is_not_answered_by_a_rank_or_a_fraction(question, counted):
    from bot.engine import _stated_kinds

    assert ("count" in _stated_kinds(RANKS, question, "en")) is counted


@pytest.mark.parametrize(
    "text, age",
    [("77th place", False), ("the 21th century", False), ("berusia 77 th", True), ("umur 60 tahun", True),
     ("a 60-year-old official", True)],
)
def test_an_ordinal_is_no_age(text, age):
    from bot.quotes import AGE

    assert bool(AGE.search(text)) is age


@pytest.mark.parametrize(
    "question", ["Indonesia naik berapa peringkat di EGDI 2022?", "Peringkat EGDI Indonesia naik berapa peringkat pada 2022?"]
)
def test_places_moved_are_answered_by_ranks_not_by_other_figures(engine, question):
    text = render_text(engine.answer(question))
    assert "70 percent" not in text and "900,000" not in text, text
    assert "77th" in text
