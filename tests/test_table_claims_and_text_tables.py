"""Claims on table rows, tables laid out with spaces in plain text, and which row of a
table is the most.

Blind probes of stop 58 found claims on table rows "not in my sources" for five
reasons: a table's name with a colon in it read as a first cell naming the row ("Table
1. Palapa Ring packages: length, coverage, cost and completion — Package: East; ...");
a wrong figure drawing the row that writes it and pushing the claimed year's row out of
the passages searched ("BAKTI membangun 1.204 BTS 4G di Papua pada tahun 2022"); a
column header in another form of the claim's verb read as another thing's name ("Jumlah
BTS 4G Terbangun" for "membangun", "Surat Digital Terkirim" for "mengirim", the latter's
initials also read as an index "SDT"); a bare number under a column the claim names
("Nilai ambang batas TIU ... adalah 85") compared with nothing; a cost against an
"Investment" column; a length in km against "Fibre length (km)"; and a plain-text
file's table in columns of spaces read line by line, its "24.7 million" no count. The
documents here are invented for the tests.
"""

from __future__ import annotations

import pytest

from bot.figures import extract_figures
from bot.render import render_text
from index.readers import read_document
from tests.corpus_helpers import answered_with, engine_over, judged

PALAPA = """# Palapa Ring: status report 2023

Table 1. Palapa Ring packages: length, coverage, cost and completion

| Package | Fibre length (km) | Regencies/cities served | Investment (IDR trillion) | Completed |
|---|---|---|---|---|
| West | 2,275 | 15 | 1.28 | March 2018 |
| Central | 2,995 | 17 | 1.38 | December 2018 |
| East | 6,878 | 25 | 5.13 | August 2019 |
"""

BTS = """Provinsi,Tahun,Jumlah BTS 4G Terbangun,Desa/Kelurahan Terlayani
Papua,2021,1204,1143
Papua,2022,1876,1782
Papua,2023,612,581
Papua,2024,398,378
Papua Barat,2021,402,381
Papua Barat,2022,655,622
Papua Barat,2023,238,226
Papua Barat,2024,144,136
Maluku,2021,498,473
Maluku,2022,530,503
Maluku,2023,176,167
Maluku,2024,120,114
Maluku Utara,2021,210,199
Maluku Utara,2022,260,247
Maluku Utara,2023,118,112
Maluku Utara,2024,90,85
Nusa Tenggara Timur,2021,356,338
Nusa Tenggara Timur,2022,610,579
Nusa Tenggara Timur,2023,248,235
Nusa Tenggara Timur,2024,160,152
Kalimantan Utara,2021,95,90
Kalimantan Utara,2022,140,133
Kalimantan Utara,2023,70,66
Kalimantan Utara,2024,41,38
"""

SRIKANDI = """# Laporan Evaluasi SRIKANDI 2023

Tabel 1. Pengguna dan Surat Digital SRIKANDI per Instansi, Tahun 2023

| Instansi | Pengguna Terdaftar | Surat Digital Terkirim |
|---|---|---|
| Kementerian Keuangan | 14.380 | 412.530 |
| Kementerian Dalam Negeri | 9.120 | 288.410 |
| Badan Kepegawaian Negara | 3.050 | 97.260 |
"""

SELECTION = """# Pengumuman Seleksi CPNS 2024

Tabel 2. Nilai ambang batas SKD

| Kategori pelamar | TWK | TIU | TKP |
|---|---|---|---|
| Umum | 65 | 80 | 166 |
| Cumlaude | 65 | 85 | 166 |
| Disabilitas | 60 | 70 | 156 |
"""

ONNARA = """EGOV 612 Lecture 7: Korea's On-nara Business Process System

On-nara is the standard electronic document and workflow system of Korea's central government.

Documents processed through On-nara per year (central government):

Year    Documents processed
2008    5.1 million
2010    9.8 million
2016    20.4 million
2020    24.7 million

The share of documents approved electronically rose from 42% in 2004 to 99.8% in 2011.
"""

CHANNELS = """# Statistik e-Samsat 2022-2024

Tabel 3. Jumlah transaksi e-Samsat per kanal pembayaran (lima provinsi), 2022-2024

| Kanal | 2022 | 2023 | 2024 |
|---|---|---|---|
| Bank Mandiri | 980.330 | 1.102.745 | 1.215.600 |
| GoPay | 540.120 | 701.470 | 824.505 |
| Aplikasi SIGNAL | 1.105.870 | 2.310.650 | 3.402.118 |
| Bank BJB | 2.010.400 | 2.455.310 | 2.803.900 |
| Jumlah | 4.636.720 | 6.570.175 | 8.246.123 |
"""

FILES = {
    "palapa-ring-status-2023.md": (PALAPA, "Palapa Ring: status report 2023", "en", "2023-11-01"),
    "bts4g_bakti_per_provinsi.csv": (BTS, "Pembangunan BTS 4G BAKTI per Provinsi, 2021-2024", "id", "2025-01-10"),
    "evaluasi-srikandi-2023.md": (SRIKANDI, "Laporan Evaluasi SRIKANDI 2023", "id", "2024-02-01"),
    "pengumuman-cpns-2024.md": (SELECTION, "Pengumuman Seleksi CPNS 2024", "id", "2024-08-19"),
    "onnara_lecture_notes.txt": (ONNARA, "Korea's On-nara Business Process System", "en", "2023-03-01"),
    "statistik-esamsat.md": (CHANNELS, "Statistik e-Samsat 2022-2024", "id", "2025-02-01"),
}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("table_claims"), FILES, embedder)


@pytest.mark.parametrize("claim, verdict, said", [
    # a table's name with a colon names no row; an investment is what the package cost
    ("Palapa Ring East cost IDR 5.13 trillion", "supported", "5.13"),
    ("Palapa Ring East cost IDR 1.38 trillion", "contradicted", "5.13"),
    # a length in km is the "Fibre length (km)" column
    ("The West package of Palapa Ring is 2,995 km long", "contradicted", "2,275"),
    # the claimed year's row is found though the wrong figure is another year's
    ("BAKTI membangun 1.204 BTS 4G di Papua pada tahun 2022", "contradicted", "1876"),
    ("BAKTI membangun 1.876 BTS 4G di Papua pada tahun 2022", "supported", "1876"),
    # a header in another form of the claim's verb names the claim's thing
    ("Kementerian Keuangan mengirim 421.530 surat digital melalui SRIKANDI pada 2023", "contradicted", "412.530"),
    # a bare number under the column the claim names, in the row it names
    ("Nilai ambang batas TIU untuk pelamar umum adalah 85", "contradicted", "80"),
    ("Nilai ambang batas TIU untuk pelamar umum adalah 80", "supported", "80"),
    # a plain-text table's rows, their scaled numbers counts of the column's noun
    ("On-nara processed 24.7 million documents in 2020", "supported", "24.7 million"),
    ("On-nara processed 20.4 million documents in 2020", "contradicted", "24.7 million"),
])
def test_claims_on_table_rows(engine, claim, verdict, said):
    judged(engine, claim, verdict, said)


def test_a_text_table_in_columns_of_spaces_is_read_as_rows(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text(ONNARA, encoding="utf-8")
    rows = [b.text for b in read_document(path).blocks if b.kind == "row"]
    assert rows[-1] == ("Documents processed through On-nara per year (central government) — "
                        "Year: 2020; Documents processed: 24.7 million"), rows
    assert len(rows) == 4


def test_a_scaled_number_under_a_header_counts_the_header_s_noun():
    (f,) = [f for f in extract_figures("T — Year: 2020; Documents processed: 24.7 million", "en") if f.kind != "year"]
    assert (f.kind, f.noun, f.value) == ("count", "documents processed", 24.7e6)
    # a value column names nothing counted
    (g,) = [f for f in extract_figures("T — Tahun: 2020; Nilai: 5 juta", "id") if f.kind != "year"]
    assert g.kind == "number"


@pytest.mark.parametrize("question, part", [
    # the column in another form of the question's verb ("dibangun" / "Terbangun")
    ("provinsi mana yang paling banyak dibangun BTS 4G tahun 2021", "Papua; Tahun: 2021"),
    # a table of one column a year: the year asked is the column compared
    ("Which payment channel was used most in 2024?", "Aplikasi SIGNAL"),
])
def test_which_row_is_the_most(engine, question, part):
    answered_with(engine, question, part)


def test_the_figures_line_lists_no_figure_of_the_table_s_name(engine):
    text = render_text(engine.answer("Which payment channel was used most in 2024?"))
    figures = next(line for line in text.splitlines() if line.strip().startswith(("Figures:", "Angka:")))
    assert "lima" not in figures and "3.402.118" in figures, text


def test_a_text_table_of_scaled_numbers_after_another(tmp_path):
    # two tables one after the other, the second's only figures "6.1 million" and the like
    path = tmp_path / "note.txt"
    path.write_text("""IKD PROGRAMME TECHNICAL NOTE

Table 3. IKD activations by year
Year    Activations
2022    1.4 million
2023    10.2 million
Table 4. IKD activations by channel, 2023
Channel             Activations
Dukcapil office     6.1 million
Self-service        4.1 million
""", encoding="utf-8")
    rows = [b.text for b in read_document(path).blocks if b.kind == "row"]
    assert "Table 4. IKD activations by channel, 2023 — Channel: Dukcapil office; Activations: 6.1 million" in rows, rows
