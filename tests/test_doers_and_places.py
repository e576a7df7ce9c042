"""Who did it and where: a claim's doer ("ditandatangani oleh ...") and place ("di ...")
against the sentence that confirms its year, not against anything its passage names; a
threshold passed ("passed 90%") is a lower bound; a workbook's erratum under its rows
("Ralat: ...") is a note. What the blind probes of stop 62 found.

A blind probe of stop 61 had "MoU 2017 ditandatangani oleh Abdullah Azwar Anas" supported
by "MoU 2017 ditandatangani oleh Menteri PANRB saat itu, Asman Abnur, ... di Seoul": the
passage named Anas as the signer of the 2023 MoU, and a claim's names had been looked for
in the whole passage. The true claim, "MoU 2017 ditandatangani oleh Asman Abnur", was not
in my sources: the name stood in an apposition after the office ("Menteri PANRB saat itu,
Asman Abnur,"), outside the year's clause. "The share ... filed online passed 90% for the
first time in 2022" contradicted the true 91.2%, read as exactly 90%. A workbook's "Ralat:
... tertulis 301.211 laporan; yang benar adalah 297.880 laporan." under its rows was read
as a row, "Tahun: Ralat: ...". The documents are written for these tests.
"""

from __future__ import annotations

import pytest

from index.readers import read_document
from tests.corpus_helpers import engine_over, judged

AGREEMENT = """Korea dan Vietnam Sepakati Kerja Sama Pusat Data Pemerintah

HANOI - Pemerintah Vietnam dan Korea Selatan menandatangani perjanjian kerja sama pusat data
pemerintah di Hanoi, Selasa (14/3/2023). Perjanjian ditandatangani oleh Menteri Informasi dan
Komunikasi Vietnam Nguyen Manh Hung dan Wakil Menteri Dalam Negeri dan Keselamatan Korea Han
Chang-seob.

Perjanjian ini melanjutkan kerja sama sebelumnya. Perjanjian 2019 ditandatangani oleh Menteri
Informasi dan Komunikasi saat itu, Nguyen Van Thanh, dan Wakil Menteri Korea, Park Jin-ho, di Busan.

Aplikasi layanan data pemerintah itu dikembangkan oleh Viettel dan diluncurkan pada tahun 2021.
"""

FILING = """Online Tax Filing in Tirtamulya: 2022 Performance Note

The share of all municipal tax returns filed online passed 90% for the first time in 2022.
"""


@pytest.fixture(scope="module")
def agreement(embedder, tmp_path_factory):
    files = {"perjanjian-2023.txt": (AGREEMENT, "Korea dan Vietnam Sepakati Kerja Sama Pusat Data Pemerintah", "id",
                                     "2023-03-15"),
             "filing-2022.txt": (FILING, "Online Tax Filing in Tirtamulya: 2022 Performance Note", "en", "2023-02-01")}
    return engine_over(tmp_path_factory.mktemp("agreement"), files, embedder, kind="news")


def test_the_signer_named_in_apposition_and_beside_another(agreement):
    judged(agreement, "Perjanjian 2019 ditandatangani oleh Nguyen Van Thanh", "supported", "Nguyen Van Thanh")
    judged(agreement, "Perjanjian 2019 ditandatangani oleh Park Jin-ho", "supported", "Park Jin-ho")


def test_another_signer_in_the_sentence_of_the_year(agreement):
    # the passage names Han Chang-seob, as a signer of 2023; the 2019 sentence names others
    judged(agreement, "Perjanjian 2019 ditandatangani oleh Han Chang-seob", "contradicted",
           "bukan Han Chang-seob", "Park Jin-ho")


def test_another_place_in_the_sentence_of_the_year(agreement):
    judged(agreement, "Perjanjian 2019 ditandatangani di Hanoi", "contradicted", "tempat lain, bukan Hanoi", "Busan")
    judged(agreement, "Perjanjian 2019 ditandatangani di Busan", "supported", "Busan")


def test_a_doer_of_another_deed_is_no_contradiction(agreement):
    # the sentence names who developed the app, not who launched it: the year is right,
    # the launcher unconfirmed
    judged(agreement, "Aplikasi layanan data pemerintah diluncurkan oleh VNPT pada tahun 2021", "partly_supported",
           "bukan VNPT")
    judged(agreement, "Aplikasi layanan data pemerintah dikembangkan oleh Viettel dan diluncurkan pada tahun 2021",
           "supported")


def test_a_threshold_passed_is_a_lower_bound(agreement):
    # "passed 90%" neither gives 91.2% nor denies it; it denies 85%
    judged(agreement, "Tirtamulya filed 91.2% of its municipal tax returns online in 2022", "not_found", "passed 90%")
    judged(agreement, "Tirtamulya filed 85% of its municipal tax returns online in 2022", "contradicted", "passed 90%")


def test_an_erratum_under_a_sheet_s_rows_is_a_note(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rekap Tahunan"
    for row in (["Tahun", "Jumlah Laporan Masuk", "Realisasi Penyelesaian (%)"], [2021, 279545, "76,5%"],
                [2022, 297880, "78,3%"], ["Sumber: Kementerian PANRB."],
                ["Ralat: Jumlah laporan masuk tahun 2022 pada edisi Juli 2023 tertulis 301.211 laporan; "
                 "yang benar adalah 297.880 laporan."]):
        ws.append(row)
    path = tmp_path / "rekap.xlsx"
    wb.save(path)
    blocks = read_document(path).blocks
    assert [b.kind for b in blocks if b.text.startswith(("Ralat:", "Sumber:"))] == ["paragraph", "paragraph"], blocks
    assert len([b for b in blocks if b.kind == "row"]) == 2, blocks
