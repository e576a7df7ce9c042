"""Money spent against money budgeted, taxes of another kind, and rates answered by
percentages: a journalist asking what a province actually spent must not be shown its
budget (nor the other way round), nor the restaurant tax for the hotel tax, and an
official asking a pass rate must get the "92 persen" the source gives.

The documents are invented for the test (from a third attack on the answers, whose
probes had five questions for spending answered with budgets, the hotel tax answered
with the restaurant tax, "Berapa pagu ...?" declined, and "Berapa tingkat kelulusan
angkatan kedua?" declined)."""

from __future__ import annotations

import pytest

from bot.render import render_text
from tests.corpus_helpers import engine_over

BUDGET = """Laporan Anggaran SPBE Provinsi Kalimantan Tengah 2022-2024

Pemerintah Provinsi Kalimantan Tengah mengalokasikan anggaran Sistem Pemerintahan Berbasis Elektronik (SPBE) sebesar Rp 84,6 miliar pada 2023, naik dari Rp 61,2 miliar pada 2022. Realisasi belanja SPBE 2023 tercatat Rp 72,9 miliar atau 86,2 persen dari pagu. Untuk 2024, pagu SPBE ditetapkan Rp 97,5 miliar.
"""

COMMAND_CENTRE = """Command Center Kota Palu

Realisasi belanja Command Center Kota Palu 2023 mencapai Rp 4,2 miliar, terutama untuk kamera pengawas dan ruang kendali.
"""

TRAINING = """Program Pelatihan Talenta Digital ASN 2024

Program berlangsung dalam tiga angkatan. Angkatan pertama diikuti 1.200 peserta, angkatan kedua 1.850 peserta, dan angkatan ketiga 2.400 peserta.

Biaya pelatihan per peserta Rp 7,5 juta. Tingkat kelulusan angkatan pertama 88 persen, sedangkan angkatan kedua 92 persen.
"""

TAXES = """Evaluasi E-Pajak Kota Pekanbaru 2023

Pemerintah Kota Pekanbaru menargetkan 400.000 warga memiliki kartu layanan kota hingga akhir 2023.

Bapenda Kota Pekanbaru mewajibkan pelaporan pajak hotel dan restoran melalui aplikasi e-Pajak sejak 1 Maret 2023. Tingkat kepatuhan pelaporan wajib pajak restoran naik dari 61 persen pada 2022 menjadi 84 persen pada 2023.

Penerimaan pajak restoran 2023 tercatat Rp 148,7 miliar, melampaui target Rp 135 miliar. Sebaliknya, penerimaan pajak parkir hanya Rp 9,4 miliar dari target Rp 14 miliar.
"""

LOCAL_TAXES = """Makassar's E-Tax App

Makassar levies hotel and restaurant taxes through its e-tax app. Restaurant tax revenue reached Rp 210 billion in 2023.
"""

BOGOR_TAXES = """Pajak Daerah Kota Bogor 2024

Pajak parkir, pajak hiburan, serta pajak reklame wajib dilaporkan melalui e-SPTPD mulai 2025. Penerimaan pajak hiburan 2024 sebesar Rp 21,7 miliar.
"""


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("spent"), {
        "spbe-kalteng.id.txt": (BUDGET, "Laporan Anggaran SPBE Provinsi Kalimantan Tengah 2022-2024", "id", "2024-03-01"),
        "palu.id.txt": (COMMAND_CENTRE, "Command Center Kota Palu", "id", "2024-02-01"),
        "talenta.id.txt": (TRAINING, "Program Pelatihan Talenta Digital ASN 2024", "id", "2024-11-01"),
        "pekanbaru.id.txt": (TAXES, "Evaluasi E-Pajak Kota Pekanbaru 2023", "id", "2024-01-20"),
        "makassar.en.txt": (LOCAL_TAXES, "Makassar's E-Tax App", "en", "2024-02-01"),
        "bogor.id.txt": (BOGOR_TAXES, "Pajak Daerah Kota Bogor 2024", "id", "2025-01-15"),
    }, embedder)


@pytest.mark.parametrize(
    "question",
    [
        # spending asked: 2022's budget is no spending, and 2023's spending is of another year
        "Berapa realisasi belanja SPBE Kalimantan Tengah tahun 2022?",
        "How much of the 2024 SPBE budget has Central Kalimantan spent so far?",
        # a budget asked: money spent is no budget
        "Berapa anggaran Command Center Kota Palu 2023?",
        # another tax than the one asked, where the passage names the one asked too
        "Berapa penerimaan pajak hotel Kota Pekanbaru 2023?",
        "What was Makassar's hotel tax revenue in 2023?",
        "brp penerimaan pajak reklame bogor 2024",
    ],
)
def test_a_budget_spending_or_tax_of_another_kind_is_no_answer(engine, question):
    answer = engine.answer(question)
    assert not answer.answered, render_text(answer)


@pytest.mark.parametrize(
    "question, figure",
    [
        ("Berapa realisasi belanja SPBE Kalimantan Tengah 2023?", "Rp 72,9 miliar"),
        ("Berapa anggaran SPBE Kalimantan Tengah 2023?", "Rp 84,6 miliar"),
        # "pagu" asks for money ("brp pagu spbe kalteng 2024" had been declined)
        ("Berapa pagu SPBE Kalimantan Tengah 2024?", "Rp 97,5 miliar"),
        ("brp pagu spbe kalteng 2024", "Rp 97,5 miliar"),
        ("Berapa realisasi belanja Command Center Kota Palu 2023?", "Rp 4,2 miliar"),
        # a rate is answered by a percentage, of the year asked
        ("Berapa tingkat kelulusan angkatan kedua?", "92 persen"),
        ("Berapa tingkat kepatuhan pelaporan pajak restoran Pekanbaru tahun 2022?", "61 persen"),
        # the tax asked, beside another in the same quote
        ("Berapa penerimaan pajak restoran Pekanbaru 2023?", "Rp 148,7 miliar"),
        ("Berapa penerimaan pajak parkir Pekanbaru 2023?", "Rp 9,4 miliar"),
        ("Berapa target penerimaan pajak parkir 2023?", "Rp 14 miliar"),
        ("What was Makassar's restaurant tax revenue in 2023?", "Rp 210 billion"),
        ("Berapa penerimaan pajak hiburan Kota Bogor 2024?", "Rp 21,7 miliar"),
    ],
)
def test_money_of_the_kind_asked_and_rates_are_answered(engine, question, figure):
    answer = engine.answer(question)
    assert answer.answered, render_text(answer)
    assert figure in render_text(answer)


def test_a_year_before_a_verb_is_shown_as_no_figure(engine):
    # "2023 tercatat Rp (2.023)" had been listed among a reply's figures
    answer = engine.answer("Berapa realisasi belanja SPBE Kalimantan Tengah 2023?")
    figures = [line for line in render_text(answer).splitlines() if line.strip().startswith("Angka:")]
    assert any("Rp 72,9 miliar" in line for line in figures), figures
    assert not any("2023" in line or "2.023" in line for line in figures), figures
