"""Claims checked against tables: a row in the other language, a claimed highest or lowest
among a table's things, a worksheet's title line, and a programme's name before an amount.

A blind probe of stop 52 found: "83% rujukan dibuat secara elektronik" not in my sources
though a donor report's row "Indicator: Share of referrals made electronically; ...:
83.0%" says it (the row was read as about another thing: no word of it written in
Indonesian); "Dinas Sosial had the highest attendance rate at the SIKAP training"
supported by Dinas Sosial's row, the lowest (no figure in the claim, every name in the
row); "Waktu tunggu rata-rata turun dari 9,3 hari menjadi 6,2 hari" not in my sources,
a worksheet's title line ranking first and leaving the passages with those figures
irrelevant; and "Anggaran program SIPEL Rp18,4 miliar" not in my sources, "SIPEL Rp" read
as a sibling of the report's "SIPEL Electronic Land Certificate Programme". The
documents here are invented for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.factcheck import check_claim
from bot.render import render_verdict_text
from tests.corpus_helpers import engine_over

ATTENDANCE = """Perangkat Daerah,Jumlah ASN Diundang,Peserta Hadir,Persentase Kehadiran
Dinas Pendidikan,412,389,"94,4%"
Dinas Kesehatan,356,301,"84,6%"
Dinas Kependudukan dan Pencatatan Sipil,87,87,"100,0%"
Dinas Sosial,73,49,"67,1%"
Inspektorat,41,40,"97,6%"
JUMLAH,969,866,"89,4%"
"""

INDICATORS = """Indicator,Baseline (2023),Target (Dec 2024),Achieved (Jun 2024)
Share of referrals made electronically,21%,90%,83.0%
Health centres connected,12,40,38
Referrals rejected for lack of beds,6.8%,3.0%,4.1%
"""

APPRAISAL = """Independent Appraisal of the SIPEL Electronic Land Certificate Programme

Executive summary. The SIPEL programme replaces paper land certificates in Lembah Sari Regency with electronic certificates.

It was launched on 1 March 2023 with a total budget of Rp 18.4 billion for the three years 2023-2025, financed by the regency budget.

By June 2024 the land office had issued 41,286 electronic certificates.
"""

REPORT = """RujukCepat e-Referral Programme: Semi-Annual Progress Report, January-June 2024

Between January and June 2024 the five referral hospitals received 14,249 referrals.

The weighted average waiting time for a specialist appointment fell from 9.3 days in January to 6.2 days in June.
"""

FILES = {
    "rekap-kehadiran-pelatihan.id.csv": (ATTENDANCE, "Rekapitulasi Kehadiran Pelatihan SIKAP per Perangkat Daerah, Juni 2024",
                                         "id", "2024-06-25"),
    "key-indicators-2024.en.csv": (INDICATORS, "RujukCepat key indicators, June 2024", "en", "2024-07-10"),
    "appraisal-sipel-2024.en.txt": (APPRAISAL, "Independent Appraisal of the SIPEL Electronic Land Certificate Programme",
                                    "en", "2024-08-01"),
    "progress-report-2024-h1.en.txt": (REPORT, "RujukCepat Semi-Annual Progress Report", "en", "2024-07-15"),
}


def _waiting_times_workbook(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Waktu Tunggu"
    ws.append(["Rata-rata Waktu Tunggu Jadwal Dokter Spesialis, Januari-Juni 2024 (hari)"])
    ws.append(["Rumah Sakit", "Januari", "Februari", "Maret", "April", "Mei", "Juni"])
    ws.append(["RSUD Merapi Sejahtera", 8.1, 7.9, 7.2, 6.5, 6.0, 5.4])
    ws.append(["RS Bhakti Husada", 10.2, 10.0, 9.1, 8.4, 7.5, 6.9])
    ws.append(["Rata-rata tertimbang", 9.3, 9.0, 8.4, 7.6, 6.8, 6.2])
    wb.save(path)


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    root = tmp_path_factory.mktemp("claims_of_rows_and_extremes")
    (root / "corpus").mkdir()
    _waiting_times_workbook(root / "corpus" / "statistik-waktu-tunggu-2024.xlsx")
    extra = ('["statistik-waktu-tunggu-2024.xlsx"]\ntitle = "Statistik Bulanan RujukCepat Semester I 2024"\n'
             'kind = "report"\nlanguage = "id"\ndate = "2024-07-05"\n')
    return engine_over(root, FILES, embedder, manifest_extra=extra)


@pytest.mark.parametrize("claim, verdict, said", [
    # a row in the other language names the claim's thing by words of one meaning
    ("83% rujukan dibuat secara elektronik", "supported", "83.0%"),
    ("75% rujukan dibuat secara elektronik", "contradicted", "83.0%"),
    # a programme's name before an amount is no sibling of the report's title
    ("Anggaran program SIPEL Rp18,4 miliar", "supported", "Rp 18.4 billion"),
    ("Anggaran program SIPEL Rp25 miliar", "contradicted", "Rp 18.4 billion"),
    # the passages stating figures are weighed among themselves
    ("Waktu tunggu rata-rata turun dari 9,3 hari menjadi 6,2 hari", "supported", "6.2 days"),
])
def test_claims_against_rows_and_prose_in_the_other_language(engine, claim, verdict, said):
    v = check_claim(engine, claim)
    text = render_verdict_text(v)
    assert v.verdict == verdict, text
    assert said in text, text


@pytest.mark.parametrize("claim, verdict, said", [
    ("Dinas Sosial had the highest attendance rate at the SIKAP training", "contradicted",
     "the highest is Dinas Kependudukan dan Pencatatan Sipil's"),
    ("Dinas Sosial had the lowest attendance rate at the SIKAP training", "supported", "the lowest is Dinas Sosial's"),
    ("Dinas Kependudukan dan Pencatatan Sipil had the highest attendance rate at the SIKAP training", "supported",
     "100,0%"),
])
def test_a_claimed_highest_or_lowest_among_a_table_s_things(engine, claim, verdict, said):
    v = check_claim(engine, claim)
    text = render_verdict_text(v)
    assert v.verdict == verdict, text
    assert said in text, text
    assert "JUMLAH" not in text, text  # the total row is none of the things
