"""Table rows asked by month, and rows under a caption naming the table's subject and span.

A blind probe of stop 54 found: "Berapa penghematan tender LPSE Sulteng tahun 2023?" and
"nilai pagu thn 2022 brp" declined with the right row as the closest match (the "LPSE" the
question names was read as an index whose column the row lacks, though it names the whole
table in its caption; and the caption's "2019-2023" made every row a total over five
years, though each row has its own year cell); "how many active users did the Balikpapan
Terpadu app have in June" answered with a press release's December figure while the
workbook's sheet of months has a row for June. The documents here are invented for the
test.
"""

from __future__ import annotations

import pytest

from bot.engine import _months_asked, _row_month
from bot.render import render_text
from tests.corpus_helpers import engine_over, first_quote

REPORT = """# Laporan Tahunan LPSE Provinsi Maluku Utara 2023

LPSE Provinsi Maluku Utara melayani 38 perangkat daerah dan 10 kabupaten/kota.

Tabel 1. Jumlah dan Nilai Tender LPSE Provinsi Maluku Utara, 2019-2023 (Rp miliar)

| Tahun | Jumlah Paket Tender | Nilai Pagu (Rp miliar) | Penghematan (Rp miliar) |
|---|---|---|---|
| 2019 | 212 | 640,5 | 41,2 |
| 2020 | 198 | 602,3 | 47,8 |
| 2021 | 245 | 811,0 | 66,4 |
| 2022 | 267 | 902,7 | 80,9 |
| 2023 | 301 | 1.045,6 | 97,3 |

Sumber: SPSE LPSE Provinsi Maluku Utara.
"""

PRESS = """Wali Kota Umumkan Capaian Kota Cerdas 2023

Pengguna aktif aplikasi Tidore Terpadu pada Desember 2023 tercatat 64.120 orang, naik 48% dibandingkan Januari.

Sepanjang 2023 Pemerintah Kota menerima 2.310 pengaduan, dan 91,4% di antaranya diselesaikan dalam lima hari kerja.
"""

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]


def _workbook(path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bulanan 2023"
    ws.append(["Data Layanan Bulanan Kota Tidore Tahun 2023"])
    ws.append(["Bulan", "Pengaduan Masuk (kasus)", "Pengaduan Selesai (%)", "Pengguna Aktif Aplikasi Tidore Terpadu"])
    for i, month in enumerate(MONTHS):
        ws.append([month, 180 + 7 * i, f"{88 + (i % 5) * 1.3:.1f}%".replace(".", ","), 43_310 + 1_892 * i])
    kpi = wb.create_sheet("KPI 2023")
    kpi.append(["Indikator", "Satuan", "Target 2023", "Realisasi 2023"])
    kpi.append(["Pengguna aktif aplikasi Tidore Terpadu", "orang", 70_000, 64_120])
    kpi.append(["Pengaduan diselesaikan tepat waktu", "%", 90, 91.4])
    wb.save(path)


TELECONSULTATIONS = """Bulan;Provinsi;Jumlah Konsultasi;Dokter Aktif
Oktober 2023;DKI Jakarta;48213;1204
Oktober 2023;Jawa Barat;61507;1633
Oktober 2023;Papua;3410;98
Desember 2023;DKI Jakarta;46105;1188
Desember 2023;Jawa Barat;39844;1602
Desember 2023;Papua;3502;104
"""

FILES = {
    "telekonsultasi-provinsi-2023.id.csv": (TELECONSULTATIONS, "Jumlah Telekonsultasi per Provinsi, Oktober-Desember 2023",
                                            "id", "2024-01-15"),
    "laporan-lpse-malut-2023.md": (REPORT, "Laporan Tahunan LPSE Provinsi Maluku Utara Tahun 2023", "id", "2024-02"),
    "siaran-pers-kota-cerdas-2023.md": (PRESS, "Wali Kota Umumkan Capaian Kota Cerdas 2023", "id", "2024-01-29"),
}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    root = tmp_path_factory.mktemp("months_and_captions")
    (root / "corpus").mkdir()
    _workbook(root / "corpus" / "dasbor-kota-cerdas-2023.xlsx")
    extra = ('["dasbor-kota-cerdas-2023.xlsx"]\ntitle = "Dasbor Kota Cerdas Tidore 2023"\nkind = "dataset"\n'
             'language = "id"\ndate = "2024-01"\n')
    return engine_over(root, FILES, embedder, manifest_extra=extra)


@pytest.mark.parametrize("question, row, said", [
    # the table's subject in the question ("LPSE"), written in its caption, names no column
    ("Berapa penghematan tender LPSE Malut tahun 2022?", "Tahun: 2022", "80,9"),
    ("Berapa penghematan tender LPSE tahun 2021?", "Tahun: 2021", "66,4"),
    # the caption's "2019-2023" makes no row with its own year a total over the years
    ("nilai pagu thn 2020 brp", "Tahun: 2020", "602,3"),
    ("How many tender packages did the North Maluku LPSE run in 2019?", "Tahun: 2019", "212"),
])
def test_a_row_under_a_caption_naming_the_table(engine, question, row, said):
    answer = engine.answer(question)
    text = render_text(answer)
    quote = first_quote(text)
    assert answer.answered and row in quote and said in quote, text


@pytest.mark.parametrize("question, month, said", [
    ("Berapa pengguna aktif aplikasi Tidore Terpadu pada bulan Juni?", "Bulan: Juni", "52770"),
    ("how many active users did the Tidore Terpadu app have in June", "Bulan: Juni", "52770"),
    ("Berapa pengaduan masuk pada Maret 2023?", "Bulan: Maret", "194"),
])
def test_a_month_asked_is_answered_by_its_row(engine, question, month, said):
    answer = engine.answer(question)
    text = render_text(answer)
    quote = first_quote(text)
    assert answer.answered and month in quote and said in quote, text


@pytest.mark.parametrize("question, row", [
    # a month of a year names a row ("Bulan: Desember 2023"), so the provinces of that
    # month are compared, in either language (a blind probe of stop 54 had the province
    # with the most in December answered with another)
    ("which province had the most teleconsultations in december 2023", "Provinsi: DKI Jakarta; Jumlah Konsultasi: 46105"),
    ("which province had the most teleconsultations in october 2023", "Provinsi: Jawa Barat; Jumlah Konsultasi: 61507"),
    ("provinsi mana yang jumlah telekonsultasinya terendah pada Desember 2023?", "Provinsi: Papua; Jumlah Konsultasi: 3502"),
])
def test_which_row_of_a_month(engine, question, row):
    answer = engine.answer(question)
    text = render_text(answer)
    assert answer.answered and row in first_quote(text), text


def test_another_month_s_figure_is_no_answer(engine):
    # no row of June 2022 anywhere: the press release's December 2023 figure is no answer
    answer = engine.answer("Berapa pengguna aktif aplikasi Tidore Terpadu pada Juni 2022?")
    assert not answer.answered, render_text(answer)


@pytest.mark.parametrize("question, months", [
    ("what was e-levy revenue in march 2023", {3}),
    ("berapa pada bulan mei", {5}),
    ("May 2024 figures?", {5}),
    ("How many may apply?", set()),
    ("users of the app launched in March 2021, in oktober", {10}),
])
def test_months_asked(question, months):
    assert _months_asked(question) == months


def test_a_row_s_month():
    assert _row_month("Data Bulanan — Bulan: Maret; Pengaduan Masuk (kasus): 194") == 3
    assert _row_month("KPI — Indikator: Pengguna; Target 2023: 70000") is None
