"""Rows of quarters beside a year column, a year's row below the passages ranked, rows
asked across languages, HTML table captions and percentage columns named in words.

Blind probes of stop 55 found: a workbook whose rows read "Tahun: 2024; Triwulan: T4"
beside a row "Triwulan: Setahun" answered "total incidents in 2024" with the fourth
quarter's row (and a claim of the year's total was "not in my sources"); "what was the
total winning bid value in 2021" declined, the Indonesian table's 2021 row ranked below an
English news story's paragraphs; "the share of complaints resolved in october" declined
with the right row of an Indonesian workbook as the closest match (the cross-language
model reads only retrieval scores); an HTML page's ``<caption>`` was glued onto the
paragraph before its table, its rows unnamed; a CSV's "persentase aktif: 85.4" read as a
count, so a claim of "71,1%" found nothing to compare; "up from 1,506 villages (63.3
percent) a year earlier" dated the 1,506 to the sentence's 2023. The documents here are
invented for the tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import _columns_named
from bot.factcheck import check_claim
from bot.figures import extract_figures, row_period
from bot.quotes import spoken_correction, year_parts
from bot.render import render_text, render_verdict_text
from index.readers import read_html
from tests.corpus_helpers import answered_with, engine_over, judged

NEWS = """Gorontalo e-procurement saves Rp 88 billion, but complaints from bidders rise

GORONTALO – Gorontalo's electronic procurement service saved the provincial budget Rp 88.2 billion in 2023, the largest saving since the service was set up, officials said on Monday, even as the number of objections lodged by losing bidders rose.

"Every rupiah we save in a tender is a rupiah for roads and clinics," said Ahmad Pakaya, head of the Goods and Services Procurement Bureau. He said the 287 tenders run through the system last year had a combined ceiling of almost Rp 900 billion.

Objections rose to 54 from 39 a year earlier. Only 9 of them were found to be justified.

Regional Secretary Dr. Hamka Daud said the province would train 400 members of the selection working groups this year.
"""

REPORT = """# Laporan Tahunan LPSE Provinsi Gorontalo 2023

LPSE Provinsi Gorontalo melayani 31 perangkat daerah dan 6 kabupaten/kota.

Tabel 1. Jumlah dan Nilai Tender LPSE Provinsi Gorontalo, 2019-2023 (Rp miliar)

| Tahun | Jumlah Paket Tender | Nilai Pagu (Rp miliar) | Nilai Hasil Tender (Rp miliar) | Penghematan (Rp miliar) |
|---|---|---|---|---|
| 2019 | 231 | 702,4 | 655,1 | 47,3 |
| 2020 | 176 | 540,8 | 503,6 | 37,2 |
| 2021 | 214 | 655,3 | 604,9 | 50,4 |
| 2022 | 259 | 812,6 | 741,0 | 71,6 |
| 2023 | 287 | 897,5 | 809,3 | 88,2 |

Pada tahun 2023 jumlah paket tender mencapai 287 paket, tertinggi dalam lima tahun terakhir. Penurunan jumlah paket pada tahun 2020 disebabkan oleh realokasi anggaran untuk penanganan pandemi COVID-19.
"""

SURVEY = """kabupaten,desa terdaftar,desa aktif,persentase aktif,tahun
Bone Bolango,160,101,63.1,2022
Bone Bolango,160,128,80.0,2023
Boalemo,128,70,54.7,2022
Boalemo,128,92,71.9,2023
"""

COVERAGE = """Kabupaten/Kota,Jumlah Desa,Persentase cakupan 4G < 50% (jumlah desa),Persentase Desa Terlayani Internet
Gorontalo Utara,123,41,"62,6"
Pohuwato,104,29,"71,2"
"""

MALLS = """Peringkat,Kabupaten/Kota,Tahun,Indeks Kinerja MPP
1,Kota Surabaya,2024,"4,71"
2,Kabupaten Bone Bolango,2024,"4,58"
3,Kabupaten Boalemo,2024,"4,40"
"""

FEATURE = """# One roof, many counters: public service malls in 2024

Public service malls now bring dozens of agencies under one roof in more than 200 regions.

In the ministry's 2024 performance evaluation, Surabaya came first with a score of 4.71 out of 5. Kabupaten Bone Bolango and Kabupaten Boalemo, both in Gorontalo, were praised for their village outreach counters.
"""

LICENSING = """# OSS Licensing Report, Third Quarter 2023

Median processing times fell for every risk level except the lowest, which needs no approval.

Table 2. Median processing time by risk level (working days)

| Risk level | Q2 2023 | Q3 2023 |
|---|---|---|
| Low | 0 | 0 |
| Medium-low | 1 | 1 |
| Medium-high | 9 | 7 |
| High | 29 | 24 |
"""

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]


def _workbooks(corpus: Path) -> str:
    """A workbook of incidents by quarter (the year in its own column, a row for the whole
    year) and a workbook of months; returns their manifest entries."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Insiden per Triwulan"
    ws.append(["Jumlah Insiden Siber pada Instansi Pemerintah Provinsi menurut Jenis, 2022-2024 (kasus)"])
    ws.append(["Tahun", "Triwulan", "Ransomware", "Web Defacement", "Phishing", "Total"])
    figures = {2022: [(11, 140, 61), (13, 122, 70), (9, 131, 66), (15, 150, 72)],
               2023: [(17, 101, 80), (21, 96, 85), (19, 99, 90), (23, 110, 95)],
               2024: [(25, 88, 102), (31, 84, 97), (28, 79, 111), (26, 73, 120)]}
    for year, quarters in figures.items():
        for q, (r, w, p) in enumerate(quarters, start=1):
            ws.append([year, f"T{q}", r, w, p, r + w + p])
        r, w, p = (sum(x) for x in zip(*quarters))
        ws.append([year, "Setahun", r, w, p, r + w + p])
    wb.save(corpus / "insiden-siber-2022-2024.xlsx")

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bulanan 2023"
    ws.append(["Data Layanan Bulanan Kota Ternate Tahun 2023"])
    ws.append(["Bulan", "Pengaduan Masuk (kasus)", "Pengaduan Selesai (%)", "Retribusi Elektronik (Rp)"])
    for i, month in enumerate(MONTHS):
        ws.append([month, 210 + 9 * i, f"{86 + (i % 6) * 1.4:.1f}%".replace(".", ","), 1_450_000_000 + 37_500_000 * i])
    wb.save(corpus / "dasbor-layanan-ternate-2023.xlsx")
    return ('["insiden-siber-2022-2024.xlsx"]\ntitle = "Statistik Insiden Siber Pemerintah Provinsi 2022-2024"\n'
            'kind = "dataset"\nlanguage = "id"\ndate = "2025-01"\n\n'
            '["dasbor-layanan-ternate-2023.xlsx"]\ntitle = "Dasbor Layanan Kota Ternate 2023"\n'
            'kind = "dataset"\nlanguage = "id"\ndate = "2024-01"\n')


FILES = {
    "gorontalo-eprocurement-news.md": (NEWS, "Gorontalo e-procurement saves Rp 88 billion", "en", "2024-03-05"),
    "laporan-lpse-gorontalo-2023.md": (REPORT, "Laporan Tahunan LPSE Provinsi Gorontalo Tahun 2023", "id", "2024-02"),
    "survei-sid-gorontalo.csv": (SURVEY, "Survei Sistem Informasi Desa Gorontalo 2022-2023", "id", "2024-01-31"),
    "cakupan-sinyal-desa-gorontalo-2024.csv": (COVERAGE, "Cakupan Sinyal Desa Gorontalo 2024", "id", "2025-01-20"),
    "mpp-peringkat-2024.csv": (MALLS, "Peringkat Indeks Kinerja Mal Pelayanan Publik 2024", "id", "2025-04-22"),
    "oss-licensing-report-q3-2023.md": (LICENSING, "OSS Licensing Report, Third Quarter 2023", "en", "2023-10-20"),
    "public-service-malls-feature.md": (FEATURE, "One roof, many counters: public service malls in 2024", "en", "2025-05-06"),
}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    root = tmp_path_factory.mktemp("quarters_years_rows")
    (root / "corpus").mkdir()
    extra = _workbooks(root / "corpus")
    return engine_over(root, FILES, embedder, manifest_extra=extra)


@pytest.mark.parametrize("question, row, said", [
    # a whole year asked of a table of quarters: the year's own row ("Triwulan: Setahun")
    ("brp total insiden siber di instansi pemerintah provinsi thn 2024?", "Triwulan: Setahun", "Total: 864"),
    ("berapa kasus phishing sepanjang 2023", "Triwulan: Setahun", "Phishing: 350"),
    ("number of web defacement cases in 2022?", "Triwulan: Setahun", "Web Defacement: 543"),
    # a quarter asked: its row ("T2" and "triwulan 3" are quarters)
    ("how many ransomware attacks in Q2 2024", "Triwulan: T2", "Ransomware: 31"),
    ("phishing triwulan 3 2024 ada berapa", "Triwulan: T3", "Phishing: 111"),
])
def test_rows_of_quarters_beside_a_year_column(engine, question, row, said):
    answered_with(engine, question, row, said, "Tahun: 20")


@pytest.mark.parametrize("claim, verdict, said", [
    ("Total insiden siber pada instansi pemerintah provinsi tahun 2024 sebanyak 864 kasus", "supported", "864"),
    # the year's figure of another year: "wrong year", shown with the whole year's row
    ("There were 543 web defacement incidents on provincial government sites in 2024", "contradicted", "Setahun"),
])
def test_claims_of_a_year_against_a_table_of_quarters(engine, claim, verdict, said):
    judged(engine, claim, verdict, said)


@pytest.mark.parametrize("question, row, said", [
    # an English question, the Indonesian table's row of the year asked ranked below the
    # English story's paragraphs
    ("what was the total winning bid value in 2021", "Tahun: 2021", "604,9"),
    ("what was the budget ceiling of tenders in 2020", "Tahun: 2020", "540,8"),
])
def test_a_row_of_the_year_asked_across_languages(engine, question, row, said):
    answered_with(engine, question, row, said)


@pytest.mark.parametrize("question, row, said", [
    # across languages, the row of the month asked with the column asked is an answer
    ("what was the share of complaints resolved in october", "Bulan: Oktober", "90,2%"),
    ("what was e-levy revenue in march 2023", "Bulan: Maret", "1525000000"),
])
def test_a_row_of_the_month_asked_across_languages(engine, question, row, said):
    answered_with(engine, question, row, said)


@pytest.mark.parametrize("question", [
    "how many hotel rooms were booked in october",  # no column of it
    "what was the share of complaints resolved in october 2021",  # no row of that year
    "how many objections were lodged in 2021",  # no figure of 2021
])
def test_rows_that_do_not_answer_are_declined(engine, question):
    answer = engine.answer(question)
    assert not answer.answered, render_text(answer)


def test_a_percentage_column_named_in_words(engine):
    # "persentase aktif: 80.0" is a percentage: a claim of another one is contradicted
    v = check_claim(engine, "Persentase desa aktif di Bone Bolango pada 2023 adalah 63,1%")
    text = render_verdict_text(v)
    assert v.verdict == "contradicted" and "80.0" in text, text
    figures = extract_figures("Survei — kabupaten: Boalemo; desa aktif: 92; persentase aktif: 71.9; tahun: 2023", "id")
    assert [(f.kind, f.surface) for f in figures if f.kind == "percent"] == [("percent", "71.9")]


def test_a_year_phrase_after_a_bracket_dates_the_figure_before_it():
    sentence = ("Of the 2,378 villages registered, 1,823 were counted as active at the end of 2023, or 76.7 percent, "
                "up from 1,506 villages (63.3 percent) a year earlier.")
    years = {f.surface: f.year for f in extract_figures(sentence, "en", ref_year=2024)}
    assert years["1,823"] == 2023 and years["1,506"] == 2022 and years["63.3 percent"] == 2022


def test_quarters_as_reports_abbreviate_them():
    assert year_parts("Triwulan T4 2024") == {"Q4"}
    assert year_parts("realisasi pada TW IV 2023") == {"Q4"}
    assert year_parts("Tw. 2") == {"Q2"}
    assert year_parts("TW II 2023") == {"Q2"}
    assert year_parts("Triwulan Setahun 2024") == set()
    assert year_parts("the TWIN towers 4") == set()


def test_a_row_s_period_split_over_two_cells():
    assert row_period("Insiden — Tahun: 2024; Triwulan: T4; Total: 823") == ("Triwulan T4 2024", 2024)
    assert row_period("Insiden — Tahun: 2024; Triwulan: Setahun; Total: 3.323") == ("Triwulan Setahun 2024", 2024)
    assert row_period("Users — Quarter: Q2 2023; Users: 5") == ("Quarter Q2 2023", 2023)
    assert row_period("Users — Tahun: 2023; Jumlah: 5") is None


def test_an_html_caption_names_its_table_rows(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html lang='id'><body><article><h1>Pelatihan Pengadaan 2025</h1>"
        "<p>Pusdiklat membuka pelatihan pejabat pengadaan bagi aparatur di seluruh Indonesia tahun ini.</p>"
        "<table><caption>Tabel 3. Hasil Ujian Sertifikasi 2022-2024</caption>"
        "<tr><th>Tahun</th><th>Peserta ujian</th><th>Lulus</th></tr>"
        "<tr><td>2023</td><td>10.305</td><td>6.430</td></tr><tr><td>2024</td><td>11.200</td><td>7.717</td></tr>"
        "</table><p>Kenaikan tingkat kelulusan didorong oleh kelas persiapan ujian berbasis simulasi.</p>"
        "<table><caption>Top three regencies by share of active villages, 2023</caption>"
        "<tr><th>Rank</th><th>Regency</th><th>Share active</th></tr>"
        "<tr><td>1</td><td>Wonosobo</td><td>93.6%</td></tr><tr><td>2</td><td>Temanggung</td><td>88.3%</td></tr>"
        "</table></article></body></html>", encoding="utf-8")
    blocks = read_html(page).blocks
    rows = [b.text for b in blocks if b.kind == "row"]
    assert "Tabel 3. Hasil Ujian Sertifikasi 2022-2024 — Tahun: 2023; Peserta ujian: 10.305; Lulus: 6.430" in rows
    assert "Top three regencies by share of active villages, 2023 — Rank: 1; Regency: Wonosobo; Share active: 93.6%" in rows
    # the caption is no longer glued onto the paragraph before the table
    assert not any(b.text.endswith("2022-2024") and b.kind == "paragraph" and "Pusdiklat" in b.text for b in blocks)


@pytest.mark.parametrize("sentence, right", [
    # a speaker correcting a figure within the sentence: what comes before the right
    # figure is taken back (a blind probe of stop 55's speech had "in 50 - sorry, let me
    # correct myself - in 58 regencies" and a claim of 50 not contradicted by the 58)
    ("We piloted the IKD in 50 - sorry, let me correct myself - in 58 regencies and cities.", "58 regencies"),
    ("Pelatihan diikuti 86 orang, eh maaf, 68 orang peserta dari 12 dinas.", "68 orang"),
    ("We trained 400 officers - sorry, 410 officers - in 2023.", "410 officers"),
    ("The budget is Rp 5 billion - sorry, Rp 5.5 billion.", "Rp 5.5 billion"),
])
def test_a_correction_within_a_sentence(sentence, right):
    assert sentence[spoken_correction(sentence):].startswith(right)


@pytest.mark.parametrize("sentence", [
    "We trained 400 officers in 2022 - sorry, 410 officers in 2023.",  # another year's figure
    "The budget is Rp 5 billion - sorry, 12 people attended.",  # another kind of figure
    "We served 1,200 people, sorry to say, in 2023 alone.",  # no correction
    "Sorry is not enough, and I mean that: 12 people lost data.",
])
def test_no_correction_within_a_sentence(sentence):
    assert spoken_correction(sentence) == 0


@pytest.mark.parametrize("claim, verdict, said", [
    # a month's row for a claim of that month, not another month's (an attack on the
    # first version had a claim of March contradicted with September's row)
    ("Pengaduan yang selesai pada Maret 2023 sebesar 88,8 persen", "supported", "Bulan: Maret"),
    ("Pengaduan yang selesai pada Maret 2022 sebesar 88,8 persen", "contradicted", "Bulan: Maret"),
    # October's figure is no support for a claim of March; March's row, found by the
    # search without the claim's figure (stop 58), contradicts it
    ("Pengaduan yang selesai pada Maret 2023 sebesar 90,2 persen", "contradicted", "88,8%"),
])
def test_claims_of_a_month_against_a_table_of_months(engine, claim, verdict, said):
    judged(engine, claim, verdict, said)


@pytest.mark.parametrize("claim, verdict, said", [
    # a row's capitalised header names its column, no other thing than the row's regency
    ("62,6 persen desa di Gorontalo Utara terlayani internet", "supported", "62,6"),
    ("70 persen desa di Pohuwato terlayani internet", "contradicted", "71,2"),
    # counts under a percentage's name are no percentages (an attack on the first version)
    ("41 persen desa di Gorontalo Utara memiliki cakupan 4G di bawah 50 persen", "not_found", "41"),
])
def test_claims_of_a_percentage_column(engine, claim, verdict, said):
    judged(engine, claim, verdict, said)


@pytest.mark.parametrize("claim, verdict, said", [
    # "Surabaya came first" ranks no regency the claim names: its rank is its row's
    # (testers' corpus U: the score found by the row rules, the claim had been supported)
    ("Kabupaten Bone Bolango meraih indeks kinerja MPP 4,58 pada 2024 dan menempati peringkat pertama",
     "partly_supported", "ke-2"),
    ("Kabupaten Boalemo menempati peringkat ketiga indeks kinerja MPP 2024", "supported", "ke-3"),
])
def test_a_rank_claimed_of_a_regency(engine, claim, verdict, said):
    judged(engine, claim, verdict, said)


def test_a_column_named_by_most_of_the_question_s_words():
    row = ("Keuangan — Tahun: 2022; Penerimaan Retribusi Daerah (juta Rp): 52.310; Penerimaan Pajak Daerah (juta Rp): "
           "371.600; Pembayaran Non-Tunai (%): 48,3%")
    assert _columns_named("e-levy revenue in 2022", row)
    # "local" writes "Daerah", one word of four: no column asked (an attack on the first version)
    assert not _columns_named("how many winning bidders were local firms in 2022", row)


def test_a_percentage_header_giving_another_unit_holds_counts():
    row = "Cakupan — Kabupaten: Lombok Timur; Jumlah desa: 254; Persentase cakupan 4G < 50% (jumlah desa): 48"
    assert [f.kind for f in extract_figures(row, "id")] == ["count", "count"]


def test_places_whose_rank_a_claim_names():
    from bot.quotes import local_places

    assert local_places("Kabupaten Sleman menempati peringkat pertama", cities=False) == {"sleman"}
    # a smart city's index names no place (testers' corpus N's "Jakarta was ranked first in
    # the 2021 Smart City Index" keeps its rank from "Jakarta meraih peringkat pertama")
    assert local_places("Jakarta was ranked first in the 2021 Smart City Index", cities=False) == set()


@pytest.mark.parametrize("question, row, said", [
    # the row whose name the question writes whole, not one whose name holds a word
    # more ("Medium-high" for a high risk asked; a blind probe of stop 55)
    ("median days to get a high risk permit in Q3 2023?", "Risk level: High;", "24"),
    ("median processing time for low-risk licences in Q3 2023", "Risk level: Low;", "Q3 2023: 0"),
])
def test_the_row_named_whole(engine, question, row, said):
    answered_with(engine, question, row, said)


def test_whole_name_row_first():
    from types import SimpleNamespace

    from bot.engine import _whole_name_row_first

    def row(text):
        return SimpleNamespace(text=text, hit=SimpleNamespace(passage=SimpleNamespace(doc_id="oss")))

    table = "Table 2. Median processing time by risk level (working days) — "
    medium_high = row(table + "Risk level: Medium-high; Q2 2023: 8; Q3 2023: 6")
    high = row(table + "Risk level: High; Q2 2023: 27; Q3 2023: 23")
    # the search ranked "Medium-high" first for a high risk asked (a blind probe of stop 55)
    assert _whole_name_row_first("median days to get a high risk permit in Q3?", [medium_high, high])[0] is high
    # the medium-high risk asked keeps its row; a question naming neither changes nothing
    assert _whole_name_row_first("how long did medium-high risk permits take?", [medium_high, high])[0] is medium_high
    assert _whole_name_row_first("median processing days in Q3?", [medium_high, high])[0] is medium_high
