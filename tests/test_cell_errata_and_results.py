"""A correction written inside a table row's note cell, and claims that state a result
without a verb of doing.

A blind probe of stop 64 found: a semicolon CSV whose note cell held an unquoted
semicolon ("Keterangan: Jumlah simpul jaringan 2023 sempat dirilis sebanyak 214 simpul
pada Januari 2024; yang benar adalah 241 simpul") read with the end of the note as a
"column 11" of its own, the correction not read as one (the withdrawn 214 shown
unlabelled), "2023 sempat dirilis" listed as a count of 2,023, and the claim "Simpul
jaringan JIKN yang terhubung pada 2023 sebanyak 214 simpul" contradicted by the row's
target column (260) rather than its connected nodes (241); the same row's "Anggaran ...
pada tahun ini sebesar Rp14,6 miliar" dated to the file's release, not the row's year.
Blind probes of stop 65 found workbook notes under the rows ("Erratum (July 2024): ... in
2023 should read 221, not 212.", "Ralat: ...", "Work24 opened to individual users on 22
January 2024 ...") read as rows of the year column ("Year: Erratum ..."), and the row's 212
answering, unlabelled, and supporting a claim of 212. The documents are written for these
tests.
"""

from __future__ import annotations

import pytest

from bot.figures import extract_figures
from tests.corpus_helpers import engine_over, judged

NODES = """Tahun;Target simpul jaringan;Simpul jaringan terhubung;Kunjungan portal (ribu);Keterangan
2021;180;164;1.104;Kunjungan portal untuk pertama kalinya melampaui 1 juta dalam setahun.
2022;220;198;1.287;Anggaran pengembangan portal pada tahun ini sebesar Rp14,6 miliar; dana berasal dari APBN.
2023;260;241;1.452;Jumlah simpul jaringan 2023 sempat dirilis sebanyak 214 simpul pada Januari 2024; yang benar adalah 241 simpul. Kunjungan portal setara dengan 1,45 juta kunjungan.
"""


@pytest.fixture(scope="module")
def nodes(embedder, tmp_path_factory):
    root = tmp_path_factory.mktemp("cell_errata")
    files = {"simpul-jaringan-tirtamulya.csv": (NODES, "Statistik Simpul Jaringan Arsip Tirtamulya 2021-2023", "id",
                                                "2024-03-01")}
    return engine_over(root, files, embedder, kind="dataset")


def test_an_unquoted_semicolon_in_a_note_stays_in_its_cell(tmp_path):
    from index.readers import read_csv

    path = tmp_path / "simpul.csv"
    path.write_text(NODES, encoding="utf-8")
    rows = [b.text for b in read_csv(path).blocks]
    assert len(rows) == 3 and not any("column " in r for r in rows), rows
    assert "Keterangan: Jumlah simpul jaringan 2023 sempat dirilis sebanyak 214 simpul pada Januari 2024; " \
           "yang benar adalah 241 simpul." in rows[2], rows[2]
    assert "Keterangan: Anggaran pengembangan portal pada tahun ini sebesar Rp14,6 miliar; dana berasal dari APBN." \
           in rows[1], rows[1]


def test_a_year_before_an_adverb_is_no_count():
    figs = extract_figures("Jumlah simpul jaringan 2023 sempat dirilis sebanyak 214 simpul pada Januari 2024.", "id")
    assert [(f.surface, f.kind) for f in figs if f.surface == "2023"] == [("2023", "year")], figs
    figs = extract_figures("Sebanyak 2023 sempat hadir.", "id")
    assert not any(f.kind == "count" and f.noun and f.noun.startswith("sempat") for f in figs), figs


def test_the_note_s_withdrawn_figure_is_labelled_and_the_row_s_cells_are_not(nodes):
    a = nodes.answer("Berapa simpul jaringan yang terhubung pada 2023?")
    quote = next(c for c in a.citations if "Tahun: 2023" in c.quote)
    labelled = [quote.quote[x:y] for x, y in quote.superseded]
    assert labelled == ["214"], (labelled, quote.quote)


def test_a_claim_of_the_withdrawn_figure_is_contradicted_by_the_connected_nodes(nodes):
    judged(nodes, "Simpul jaringan yang terhubung pada 2023 sebanyak 214 simpul", "contradicted", "241")
    judged(nodes, "Simpul jaringan yang terhubung pada 2023 sebanyak 241 simpul", "supported", "241")
    # a result is not confirmed by the target column, nor a target contradicted by the result
    judged(nodes, "Simpul jaringan yang terhubung pada 2023 sebanyak 260 simpul", "contradicted", "241")
    judged(nodes, "Target simpul jaringan 2023 sebanyak 260 simpul", "supported", "260")


def test_a_semicolon_in_a_note_is_no_correction_without_one(nodes):
    # (its "pada tahun ini" is the row's year, 2022)
    judged(nodes, "Anggaran pengembangan portal pada 2022 sebesar Rp14,6 miliar", "supported", "Rp14,6 miliar")
    judged(nodes, "Simpul jaringan yang terhubung pada 2022 sebanyak 198 simpul", "supported", "198")


def _workbook(path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.properties.title = "Tirtamulya Digital Signatures 2021-2024"
    ws = wb.active
    ws.title = "Agencies"
    for row in (["Table 2. Public agencies accepting private certificates, 2021-2024"],
                ["Year", "Agencies accepting private certificates", "Logins (million)"],
                [2021, 96, 41.2], [2022, 158, 97.5], [2023, 212, 151.8], [2024, 264, 239.0],
                ["Erratum (July 2024): the number of public agencies accepting private certificates in 2023 "
                 "should read 221, not 212."],
                ["The portal opened to private certificates on 10 December 2020."],
                ["2024 figures are provisional."]):
        ws.append(row)
    wb.save(path)


def test_notes_under_a_workbook_s_rows_are_paragraphs(tmp_path):
    from index.readers import read_document

    path = tmp_path / "signatures.xlsx"
    _workbook(path)
    blocks = read_document(path).blocks
    paragraphs = [b.text for b in blocks if b.kind != "row"]
    assert "Erratum (July 2024): the number of public agencies accepting private certificates in 2023 should read " \
           "221, not 212." in paragraphs, blocks
    assert not any("Year: Erratum" in b.text for b in blocks), blocks
    # (a sentence alone in the first column stays a row of it: read as notes, passages alone,
    # such sentences answered questions their rows answer)
    assert any(b.kind == "row" and "Year: 2024 figures are provisional." in b.text for b in blocks), blocks
    assert sum(1 for b in blocks if b.kind == "row") == 6, blocks


def test_a_workbook_s_erratum_corrects_its_row(embedder, tmp_path):
    root = tmp_path / "wb"
    (root / "corpus").mkdir(parents=True)
    _workbook(root / "corpus" / "signatures.xlsx")
    extra = ('["signatures.xlsx"]\ntitle = "Tirtamulya Digital Signatures 2021-2024"\nkind = "dataset"\n'
             'language = "en"\ndate = "2024-07-15"\n')
    eng = engine_over(root, {}, embedder, manifest_extra=extra)
    judged(eng, "212 public agencies in Tirtamulya accepted private certificates in 2023", "contradicted", "221")
    a = eng.answer("How many public agencies in Tirtamulya accepted private certificates in 2023?")
    labelled = [c.quote[x:y] for c in a.citations for x, y in c.superseded]
    assert "212" in labelled and "221" not in labelled, (labelled, a.citations)


WETAX = """Tirtamulya Local Tax Online: Performance Review 2023

In 2022 the city's online tax system processed 68.4 million payments. A preliminary figure released by the finance office in January 2023 put the 2022 amount at KRW 59.8 trillion; after late bank settlements were reconciled, the final figure published in June 2023 is KRW 61.2 trillion.

Dalam penilaian Monitoring Center for Prevention (MCP) KPK tahun 2023 pada area optimalisasi pajak daerah, Kota Tirtamulya memperoleh nilai 96,5 dan menempati peringkat 2 dari 98 kota di Indonesia.

The city's 120 line answered 87.6% of calls within 20 seconds in 2022, compared with 71% within 30 seconds for Eastport's 311 line.
"""
SIGNAL = """# Layanan Pajak Kendaraan Daring Tirtamulya

Angka sementara yang dirilis Dinas Perhubungan pada Januari 2024 menyebut 2,9 juta transaksi untuk tahun 2023. Angka final setelah rekonsiliasi dengan Bapenda provinsi, yang diumumkan pada 11 Maret 2024, adalah 3,1 juta transaksi.

BPS Tirtamulya menargetkan 22,9 juta keluarga mengisi sensus secara mandiri. Realisasinya 12,4 juta keluarga.
"""
PLACEMENTS = """Year;Period;Registered app users (million);Note
2023;Total year;15,12;Realisasi
2024;Q2;17,60;Realisasi semester I
2024;Target akhir tahun;20,00;Target rencana kerja 2024, bukan realisasi
"""
TARGETS = """Year,Target placements ('000),Actual placements ('000),Achievement (%)
2023,1200,1236,103.0
2024,1250,1215,97.2
"""


@pytest.fixture(scope="module")
def results(embedder, tmp_path_factory):
    root = tmp_path_factory.mktemp("results")
    files = {"tax-review-2023.txt": (WETAX, "Tirtamulya Local Tax Online: Performance Review 2023", "en", "2023-09-01"),
             "pajak-kendaraan.md": (SIGNAL, "Layanan Pajak Kendaraan Daring Tirtamulya", "id", "2024-04-01"),
             "app-users.csv": (PLACEMENTS, "Statistik Aplikasi Jaminan Sosial Tirtamulya 2023-2024", "id", "2024-08-01"),
             "placements.csv": (TARGETS, "Tirtamulya Job Placements: Targets and Results", "en", "2025-01-15")}
    return engine_over(root, files, embedder)


def test_a_preliminary_figure_gives_way_to_the_final_one_released_later(results):
    judged(results, "Tirtamulya's online tax system collected KRW 59.8 trillion in 2022", "contradicted", "61.2")
    judged(results, "Tirtamulya's online tax system collected KRW 61.2 trillion in 2022", "supported", "61.2")
    judged(results, "Transaksi pajak kendaraan daring Tirtamulya pada 2023 sebanyak 2,9 juta", "contradicted", "3,1 juta")
    judged(results, "Transaksi pajak kendaraan daring Tirtamulya pada 2023 sebanyak 3,1 juta", "supported", "3,1 juta")


def test_a_target_is_no_result(results):
    from bot.factcheck import check_claim

    # a row a cell of words calls a target
    v = check_claim(results, "Pengguna aplikasi jaminan sosial Tirtamulya mencapai 20 juta pada akhir 2024")
    assert v.verdict != "supported", v
    judged(results, "Target pengguna aplikasi jaminan sosial Tirtamulya akhir 2024 sebesar 20 juta", "supported", "20")
    # a target said to be met is a result; the target column does not confirm it
    judged(results, "Tirtamulya met its 2024 target of 1.25 million placements", "contradicted", "1,215")
    judged(results, "Tirtamulya set a 2024 target of 1.25 million placements", "supported", "1,250")
    judged(results, "Tirtamulya met its 2023 target of 1.2 million placements", "supported", "1200")
    # a result rounding to the claim's value beside a target of another value
    judged(results, "Tirtamulya met its 2024 target of 1.2 million placements", "contradicted", "1250")
    # "diikuti": a result, which the target does not confirm
    v = check_claim(results, "Sensus mandiri Tirtamulya diikuti 22,9 juta keluarga")
    assert v.verdict != "supported", v


def test_a_rank_in_a_second_predicate_and_its_field(results):
    judged(results, "Kota Tirtamulya menempati peringkat 2 dalam penilaian MCP KPK 2023", "supported", "peringkat 2")
    judged(results, "Kota Tirtamulya menempati peringkat 5 dalam penilaian MCP KPK 2023", "contradicted", "peringkat 2")


def test_a_share_s_condition_is_no_fact_of_its_own(results):
    judged(results, "Tirtamulya's 120 line answered 90% of calls within 20 seconds in 2022", "contradicted", "87.6%")
    judged(results, "Tirtamulya's 120 line answered 87.6% of calls within 20 seconds in 2022", "supported", "87.6")


QUARTERS = """Tahun;Periode;Klaim daring (ribu kasus);Keterangan
2023;Q1;288,4;Batas saldo klaim naik menjadi Rp15 juta mulai 1 Maret 2023
2023;Q2;276,0;
2023;Q3;292,7;Aplikasi meraih penghargaan layanan publik
2023;Q4;318,6;Angka sementara yang dirilis Januari 2024
2023;Total tahun;1.175,7;Angka akhir tahun; bukan penjumlahan angka sementara
"""


def test_a_whole_year_asked_of_a_table_of_quarters_with_notes(embedder, tmp_path):
    from bot.render import render_text

    eng = engine_over(tmp_path, {"klaim-daring.csv": (QUARTERS, "Statistik Klaim Daring Tirtamulya 2023", "id",
                                                      "2024-03-01")}, embedder, kind="dataset")
    # "went through" asks no point of the year; the notes name no other thing than the quarters'
    for q in ("How many claims went through the online channel in all of 2023?",
              "Berapa klaim daring sepanjang 2023?"):
        text = render_text(eng.answer(q))
        assert "Total tahun" in text and "1.175,7" in text, (q, text)


def test_a_year_cell_with_its_status_is_the_year_s_row(embedder, tmp_path):
    """A blind probe of stop 64: "How many joint certificate users were there in 2024?" had
    been answered with the row "Year: 2023 (revised)", whose note wrote "June 2024"."""
    from bot.render import render_text

    table = ("Year,Joint certificate users (million),Kakao certificate users (million),Note\n"
             "2022,41.0,37.2,\n2023,39.8,43.5,Provisional\n"
             "2023 (revised),39.8,44.1,Revised June 2024; replaces the provisional 2023 row\n"
             "2024,38.5,48.0,Provisional\n")
    eng = engine_over(tmp_path, {"certificates.csv": (table, "Tirtamulya Digital Certificates 2022-2024", "en",
                                                      "2024-12-01")}, embedder, kind="dataset")
    text = render_text(eng.answer("How many joint certificate users were there in 2024?"))
    assert "38.5" in text and "2023 (revised)" not in text, text
    figs = extract_figures("Revised June 2024; replaces the provisional 2023 row", "en")
    assert not any(f.kind == "count" for f in figs), figs


KIOSKS = """# Tirtamulya Mobile ID Rollout 2023

Table 1. Districts offering the mobile ID and kiosks upgraded, by year

| Year | Districts offering mobile ID | Kiosks upgraded |
|---|---|---|
| 2022 | 140 | 205 |
| 2023 | 212 | 212 |

Erratum (May 2024): on page 2, the number of districts offering the mobile ID in 2023 should read 221, not 212.
"""
BELANJA = """# Keuangan Daerah Tirtamulya

Angka realisasi belanja daerah Tirtamulya 2022 sempat dirilis sebesar Rp1.150 miliar oleh dinas keuangan, tetapi laporan final yang diumumkan pada Mei 2023 mencatat Rp1.197 miliar.

Ralat (Juni 2024): pengguna aktif aplikasi kota 2022 tertulis 41.200; yang benar adalah 42.100.
"""


def test_an_erratum_takes_back_its_own_column_only_and_a_figure_given_out_before_a_final_one(embedder, tmp_path):
    """Attacks on stop 65's first version: "should read 221, not 212" of districts had taken
    back the kiosks' 212 beside it; "sempat dirilis sebesar Rp1.150 ..., tetapi laporan
    final ... mencatat Rp1.197" had supported the first figure; "2022 tertulis 41.200" had
    read 2,022 of "tertulis"."""
    eng = engine_over(tmp_path, {"mobile-id-2023.md": (KIOSKS, "Tirtamulya Mobile ID Rollout 2023", "en", "2024-06-01"),
                                 "keuangan-daerah.md": (BELANJA, "Keuangan Daerah Tirtamulya", "id", "2024-07-01")},
                      embedder)
    judged(eng, "212 kiosks were upgraded for Tirtamulya's mobile ID in 2023", "supported", "212")
    judged(eng, "212 districts offered Tirtamulya's mobile ID in 2023", "contradicted", "221")
    judged(eng, "Realisasi belanja daerah Tirtamulya 2022 sebesar Rp1.150 miliar", "contradicted", "Rp1.197 miliar")
    judged(eng, "Realisasi belanja daerah Tirtamulya 2022 sebesar Rp1.197 miliar", "supported", "Rp1.197 miliar")
    figs = extract_figures("Ralat (Juni 2024): pengguna aktif aplikasi kota 2022 tertulis 41.200.", "id", 2024)
    assert [(f.surface, f.kind, f.year) for f in figs if f.surface in ("2022", "41.200")] == \
        [("2022", "year", 2022), ("41.200", "number", 2022)], figs


def test_a_table_s_notes_are_passages_alone():
    """A rerun of stop 64's probes on stop 65's first version: a workbook's notes,
    "Catatan: Angka 2023 bersifat sementara ..." and "Ralat: ... total laporan tahun 2022
    tertulis ...", joined in one passage, had outranked the rows of its tables."""
    from index.chunking import chunk_blocks
    from index.readers import table_blocks

    blocks = table_blocks("Rekap", [["Tahun", "Total laporan"], ["2022", "987.190"], ["2023", "1.124.000"],
                                    ["Catatan: Angka 2023 bersifat sementara per 31 Desember 2023."],
                                    ["Ralat: Pada rilis Januari 2023, total laporan tahun 2022 tertulis 1.078.190; "
                                     "yang benar adalah 987.190."],
                                    ["Sumber: Diskominfotik Provinsi DKI Jakarta."]])
    assert [b.kind for b in blocks] == ["row", "row", "note", "note", "note"], blocks
    chunks = chunk_blocks(blocks, "Rekap")
    assert len(chunks) == 5 and all(c.first_block == c.last_block for c in chunks), chunks


def test_a_source_note_is_no_answer_nor_a_year_s_evidence():
    """A rerun of stop 64's probes on stop 65's first version: a workbook's "Source: KISA
    survey ...", a passage alone, had been the best sentence for "Korea abolished the
    accredited certificate in December 2020" (not in my sources), and "Sumber: Kementerian
    PANRB, ... per 15 Januari 2024." an answer (bot.factcheck._year_only and
    bot.quotes.quotable read bot.quotes.source_note)."""
    from bot.quotes import source_note

    assert source_note("Source: Tirtamulya survey of certification providers; Ministry of Science and ICT.")
    assert source_note("Sumber: Kementerian PANRB, diolah dari sistem LAPOR! per 15 Januari 2024.")
    assert not source_note("Sumber: BPS; jumlah penduduk 2020 sebanyak 270,20 juta jiwa.")
    assert not source_note("The source of the 2023 figures is the ministry's survey.")
