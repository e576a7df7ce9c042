"""Figure questions worded without "how much": "What was the allocation for ... in
2022?", "What budget has ... set?", "What was X's SPBE index score in 2022?", a ratio
written "1:15", what a review of one year recommended for the next, and a final figure
quoted beside the provisional one it revises.

An official asking in English about an Indonesian report must get the year's amount,
not the regulation that opens the report: an eighth attack on the answers (blind,
invented documents) had the opening sentence "... dijalankan berdasarkan Peraturan
Gubernur ... Nomor 12 Tahun 2021" quoted for three English questions of this kind,
because none was read as asking a number. The documents here are invented for the test.
"""

from __future__ import annotations

import re

import pytest

from bot.quotes import AnswerTypes
from bot.render import render_text
from tests.corpus_helpers import engine_over

ONE_DATA = """Evaluasi Program Satu Data Kabupaten Sekar Jaya 2021-2024

Program Satu Data Kabupaten Sekar Jaya dijalankan berdasarkan Peraturan Bupati Sekar Jaya Nomor 9 Tahun 2021 tentang Satu Data Sekar Jaya. Evaluasi ini disusun oleh Bappeda Kabupaten Sekar Jaya untuk menilai capaian program selama empat tahun.

Jumlah dataset yang dipublikasikan di portal Satu Data meningkat dari 205 dataset pada 2021 menjadi 880 dataset pada 2024. Angka tersebut masih di bawah target 1.000 dataset pada akhir 2025.

Alokasi anggaran program per tahun:
- 2021: Rp 2,6 miliar
- 2022: Rp 3,3 miliar
- 2023: Rp 3,8 miliar
- 2024: Rp 4,4 miliar

Indeks SPBE Kabupaten Sekar Jaya tahun 2023 tercatat 2,91 dengan predikat Baik, di atas rata-rata nasional 2,79. Pada 2022 indeks kabupaten masih 2,38.
"""

ACADEMY = """Sarawak Civil Service Digital Academy: 2024 Review

The Sarawak Civil Service Digital Academy trained two cohorts of officers in 2024. The first cohort of 520 officers started in February and the second cohort of 760 officers started in August. The pass rate of the first cohort was 84 percent.

Participation in the optional data project reached 58 percent across both cohorts. Classes are capped at a trainer-to-participant ratio of 1:12.

The state's 2024 review recommended a third cohort in 2025 with a budget of MYR 3.9 million.

The academy's learning platform cost MYR 2.6 million to build. It was below the MYR 3.1 million approved by the state assembly in 2023.
"""

SAVINGS = """E-Budgeting di Kota Cendana: Catatan 2016-2020

Sistem e-budgeting mulai dipakai Pemerintah Kota Cendana untuk penyusunan APBD 2016. Sistem ini diperkenalkan untuk mencegah mata anggaran yang disisipkan setelah pembahasan resmi.

Pada penyusunan APBD 2017, sistem e-budgeting diperkirakan menghemat Rp 412 miliar (angka sementara). Setelah audit, angka final direvisi menjadi Rp 388 miliar.
"""

LESSONS = """Belajar dari Dompet Dokumen Digital Kota Seruni

Pemerintah Kota Seruni mengalokasikan Rp 14,5 miliar untuk dompet dokumen digital pada periode 2022-2025.

Tiga pelajaran dari Seruni:
1. Integrasi data. Semua dinas memakai satu basis data kependudukan.
2. Landasan hukum. Pengakuan hukum atas dokumen digital membuat warga memakainya.
3. Pendampingan warga. Petugas kelurahan membantu warga lanjut usia.
"""


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("wording"), {
        "satu-data-sekar-jaya.id.txt": (ONE_DATA, "Evaluasi Program Satu Data Kabupaten Sekar Jaya 2021-2024", "id",
                                        "2025-02-01"),
        "sarawak-academy.en.txt": (ACADEMY, "Sarawak Civil Service Digital Academy: 2024 Review", "en", "2025-01-15"),
        "cendana.id.txt": (SAVINGS, "E-Budgeting di Kota Cendana: Catatan 2016-2020", "id", "2021-03-01"),
        "seruni.id.txt": (LESSONS, "Belajar dari Dompet Dokumen Digital Kota Seruni", "id", "2024-05-01"),
    }, embedder)


@pytest.mark.parametrize(
    "question, money, count",
    [
        ("What was the allocation for Sekar Jaya's One Data programme in 2022?", True, False),
        ("What budget has Sekar Jaya set for its data centre?", True, False),
        ("What was Sekar Jaya's district budget allocation for the One Data programme in 2023?", True, False),
        ("What is the cybersecurity budget line for the data centre?", True, False),
        ("What was Sekar Jaya's SPBE index score in 2022?", False, True),
        ("What is the trainer-to-participant ratio of the academy?", False, True),
    ],
)
def test_a_figure_asked_without_how_much_is_a_number_asked(question, money, count):
    asks = AnswerTypes.of(question)
    assert (asks.money, asks.count, asks.number) == (money, count, True)


@pytest.mark.parametrize(
    "question",
    ["What is the budget process of Sekar Jaya?", "Who set the budget?", "What does the One Data programme do?"],
)
def test_questions_about_a_budget_that_ask_no_amount_stay_so(question):
    asks = AnswerTypes.of(question)
    assert not asks.money and not asks.count


@pytest.mark.parametrize(
    "question, figure",
    [
        # the year's amount of the list, not the regulation opening the report
        ("What was the allocation for Sekar Jaya's One Data programme in 2022?", "Rp 3,3 miliar"),
        ("What was the allocation for Sekar Jaya's One Data programme in 2024?", "Rp 4,4 miliar"),
        # the year's index in the sentence after the one naming the district
        ("What was Sekar Jaya's SPBE index score in 2022?", "2,38"),
        # a ratio is written "1:12", not in percent
        ("What is the trainer-to-participant ratio at the Sarawak Civil Service Digital Academy?", "1:12"),
        # a review of 2024 recommends a budget for 2025: the review's year dates no figure
        ("What budget did Sarawak's 2024 review recommend for a third cohort?", "MYR 3.9 million"),
        # money a council or an assembly approved is a budget
        ("What budget did the state assembly approve for the academy's learning platform?", "MYR 3.1 million"),
        # the final figure quoted beside the provisional one it revises
        ("What was the final audited saving from Cendana's e-budgeting in the 2017 budget?", "Rp 388 miliar"),
    ],
)
def test_figures_asked_without_how_much_are_answered(engine, question, figure):
    answer = engine.answer(question)
    assert answer.answered, render_text(answer)
    assert figure in render_text(answer)
    assert "Peraturan Bupati" not in answer.citations[0].quote


def test_a_figure_of_a_year_the_source_does_not_give_is_still_declined(engine):
    # (the source year of a recommendation is read only where one is asked)
    answer = engine.answer("What was the allocation for Sekar Jaya's One Data programme in 2020?")
    assert not answer.answered, render_text(answer)


def test_a_list_item_number_is_never_quoted_as_a_figure(engine):
    # a tester's corpus had "2." (a Markdown list item's number, split off as a sentence)
    # quoted beside the budget once money questions read numbers
    answer = engine.answer("What budget did Seruni allocate to its digital document wallet for 2022-2025?")
    assert answer.answered and "14,5 miliar" in render_text(answer)
    for citation in answer.citations:
        assert re.search(r"[^\W\d_]", citation.quote), citation.quote
        assert not re.match(r"\s*\d{1,3}\.\s*$", citation.quote)
