"""Claims against a result stated beside its target, an index moved from a base year, and
an index a claim names by its acronym.

A blind probe of stop 54 (a mayor's press release) found "Balikpapan had 420 active public
Wi-Fi points at the end of 2023" not in my sources, "Jumlah titik Wi-Fi publik yang aktif
pada akhir tahun adalah 420 titik dari target 450 titik" read as giving 420 only as a
target (the "target" labels the 450 after it); and "Indeks SPBE Kota Balikpapan tahun 2023
adalah 3,21" not in my sources against "Indeks SPBE ... naik menjadi 3,62 ..., dari 3,21
pada tahun 2022": the 3,62 had been dated 2022 with the 3,21, and the sentence ruled out
as naming another index ("Indeks SPBE Kota Balikpapan" spelt "iskb"). A budget converted
into dollars at two exchange rates by two documents is no revision. The documents here
are invented for the test.
"""

from __future__ import annotations

import pytest

from bot.factcheck import _claimed_indexes, check_claim
from bot.figures import extract_figures
from bot.render import render_verdict_text
from tests.corpus_helpers import engine_over

PRESS = """Wali Kota Tidore Umumkan Capaian Kota Cerdas 2023

Tidore, 29 Januari 2024 - Wali Kota Tidore mengumumkan hasil evaluasi program kota cerdas tahun 2023.

Jumlah titik Wi-Fi publik yang aktif pada akhir tahun adalah 310 titik dari target 350 titik.

Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE) Kota Tidore naik menjadi 3,44 dengan predikat "Sangat Baik", dari 2,97 pada tahun 2022.
"""

BUDGET = """Ministry of the Interior: 2025 digital government budget confirmed

The Ministry said on 30 December that the 2025 digital government budget of Korea totals KRW 2.10 trillion (about USD 1.60 billion at the budget-planning rate of KRW 1,312 per dollar).
"""

BRIEF = """Digital ID in Asia: Adoption Brief 2025

Box 1. Korea's 2025 digital government budget of KRW 2.10 trillion (USD 1.51 billion at KRW 1,390 per dollar) includes KRW 52 billion for mobile ID.
"""

FILES = {
    "siaran-pers-kota-cerdas-2023.md": (PRESS, "Wali Kota Tidore Umumkan Capaian Kota Cerdas 2023", "id", "2024-01-29"),
    "mois-budget-2025.en.md": (BUDGET, "2025 digital government budget confirmed", "en", "2024-12-30"),
    "adoption-brief-2025.en.md": (BRIEF, "Digital ID in Asia: Adoption Brief 2025", "en", "2025-03-20"),
}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("results_and_bases"), FILES, embedder, kind="press release")


@pytest.mark.parametrize("claim, verdict, said", [
    # the result beside its target
    ("Tidore had 310 active public Wi-Fi points at the end of 2023", "supported", "310 titik"),
    ("Kota Tidore memiliki 310 titik Wi-Fi publik aktif pada akhir 2023", "supported", "310 titik"),
    # an index moved from a base year: the base is the earlier year's
    ("Indeks SPBE Kota Tidore tahun 2023 adalah 2,97", "contradicted", "2022"),
    ("Indeks SPBE Kota Tidore tahun 2022 adalah 2,97", "supported", "2,97"),
    # conversions of one amount at two exchange rates do not disagree (testers' corpus W:
    # the "planning rate" no longer makes the first a plan, and the later one had then
    # been read as a revision of it)
    ("Korea's 2025 digital government budget of KRW 2.10 trillion is about USD 1.60 billion", "supported",
     "about USD 1.60 billion"),
])
def test_results_bases_and_index_acronyms(engine, claim, verdict, said):
    v = check_claim(engine, claim)
    text = render_verdict_text(v)
    assert v.verdict == verdict, text
    assert said in text, text


@pytest.mark.parametrize("text, lang, years", [
    ("Indeks SPBE Kota Tidore naik menjadi 3,44 dengan predikat Sangat Baik, dari 2,97 pada tahun 2022.", "id",
     [("3,44", None), ("2,97", 2022)]),
    ("The index rose to 3.44, from 2.97 in 2022.", "en", [("3.44", None), ("2.97", 2022)]),
    # an apposition shares the year written after it
    ("Rp 1,2 triliun, atau 93 persen dari pagu Rp 1,29 triliun, pada tahun anggaran 2023", "id",
     [("Rp 1,2 triliun", 2023), ("93 persen", 2023), ("Rp 1,29 triliun", 2023)]),
])
def test_a_base_moved_from_keeps_its_year(text, lang, years):
    assert [(f.surface, f.year) for f in extract_figures(text, lang, ref_year=2024) if f.kind != "year"] == years


def test_an_index_a_claim_names_by_its_acronym():
    assert "spbe" in _claimed_indexes("Indeks SPBE Kota Tidore tahun 2023 adalah 2,97")
    assert "spbe" in _claimed_indexes("The SPBE index of Tidore was 3.44 in 2023")
    assert "asean" not in _claimed_indexes("ASEAN members signed the index agreement")
