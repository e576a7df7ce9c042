"""Page layouts (index.readers, reader version 5; stop 50, from blind testers' corpora):
PDF pages with tables drawn with text (no ruling lines), long running heads, heads and
feet naming their page, chart labels, pages that mix a table with two columns of text,
and hard-wrapped text files."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.readers import _text_tables, read_document

HEAD = "Rencana Induk SPBE Kota Lestari Raya 2023-2027  |  Dinas Komunikasi dan Informatika"


def _pdf(path: Path, pages) -> Path:
    """A PDF whose every page has the running head ``HEAD`` and a page number; ``pages``
    are functions drawing each page's body on the fpdf2 document."""
    fpdf = pytest.importorskip("fpdf")

    class Report(fpdf.FPDF):
        def header(self):
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, HEAD, align="R")
            self.ln(8)

        def footer(self):
            self.set_y(-12)
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, f"Halaman {self.page_no()}", align="C")

    pdf = Report()
    for draw in pages:
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        draw(pdf)
    pdf.output(str(path))
    return path


def _para(pdf, text: str, **kw) -> None:
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT", **kw)
    pdf.ln(3)


def _prose(n: int):
    return lambda pdf: _para(pdf, f"Bab {n} memuat uraian program nomor {n} dengan target yang terukur.")


def _tables(pdf) -> None:
    pdf.set_font("Helvetica", "B", 12)
    _para(pdf, "Tabel 4.2 Alokasi Anggaran per Komponen")
    pdf.set_font("Helvetica", size=10)
    for a, b in [("Komponen", "Porsi"), ("Infrastruktur", "41%"), ("Aplikasi", "33%"), ("Keamanan Informasi", "12%")]:
        pdf.cell(60, 6, a)
        pdf.cell(30, 6, b, align="R")
        pdf.ln()
    pdf.ln(4)
    pdf.set_font("Helvetica", size=11)
    _para(pdf, "Porsi terbesar dialokasikan untuk infrastruktur.")
    pdf.set_font("Helvetica", "B", 12)
    _para(pdf, "Tabel 6.1 Tahapan Pelaksanaan")
    pdf.set_font("Helvetica", size=10)
    for a, b, c in [("Tahap I", "2023", "Konsolidasi Pusat Data Daerah"), ("Tahap II", "2024", "Peluncuran super-app"),
                    ("Tahap III", "2025", "Pengoperasian Disaster Recovery Center")]:
        pdf.cell(25, 6, a)
        pdf.cell(25, 6, b)
        pdf.cell(90, 6, c)
        pdf.ln()
    pdf.ln(4)
    pdf.set_font("Helvetica", size=11)
    _para(pdf, "Pelaksanaan setiap tahap dievaluasi oleh Tim Koordinasi SPBE Kota pada akhir tahun anggaran, dan "
               "hasilnya dilaporkan kepada Wali Kota sebagai dasar penyesuaian rencana kerja tahun berikutnya.", align="J")


def test_text_tables_become_rows_under_their_caption(tmp_path: Path) -> None:
    # a report's unruled table had been one paragraph, "Komponen Porsi Infrastruktur 41%
    # Aplikasi 33% ...", whose figures no row named
    result = read_document(_pdf(tmp_path / "plan.pdf", [_prose(1), _prose(2), _prose(3), _tables]))
    page4 = [(b.kind, b.text) for b in result.blocks if b.page == 4]
    assert page4 == [
        ("paragraph", "Tabel 4.2 Alokasi Anggaran per Komponen"),
        ("row", "Tabel 4.2 Alokasi Anggaran per Komponen — Komponen: Infrastruktur; Porsi: 41%"),
        ("row", "Tabel 4.2 Alokasi Anggaran per Komponen — Komponen: Aplikasi; Porsi: 33%"),
        ("row", "Tabel 4.2 Alokasi Anggaran per Komponen — Komponen: Keamanan Informasi; Porsi: 12%"),
        ("paragraph", "Porsi terbesar dialokasikan untuk infrastruktur."),
        ("paragraph", "Tabel 6.1 Tahapan Pelaksanaan"),
        # no header row: the first row is data like the others (a year under a year)
        ("row", "Tabel 6.1 Tahapan Pelaksanaan — column 1: Tahap I; column 2: 2023; column 3: Konsolidasi Pusat Data Daerah"),
        ("row", "Tabel 6.1 Tahapan Pelaksanaan — column 1: Tahap II; column 2: 2024; column 3: Peluncuran super-app"),
        ("row", "Tabel 6.1 Tahapan Pelaksanaan — column 1: Tahap III; column 2: 2025; column 3: Pengoperasian Disaster "
                "Recovery Center"),
        ("paragraph", "Pelaksanaan setiap tahap dievaluasi oleh Tim Koordinasi SPBE Kota pada akhir tahun anggaran, dan "
                      "hasilnya dilaporkan kepada Wali Kota sebagai dasar penyesuaian rencana kerja tahun berikutnya."),
    ]
    # the running head (82 characters, over the old 80 bound) is on no block
    assert not any("Dinas Komunikasi" in b.text for b in result.blocks)


def test_a_table_drawn_with_characters_is_read_as_rows() -> None:
    lines = [
        "Tabel 4.1 Kebutuhan Anggaran SPBE per Tahun",
        "+-------+--------------------+",
        "| Tahun | Anggaran           |",
        "+-------+--------------------+",
        "| 2023  | Rp 38,6 miliar     |",
        "| 2024  | Rp 45,2 miliar     |",
        "| Total | Rp 83,8 miliar     |",
        "+-------+--------------------+",
        "",
        "Total kebutuhan anggaran adalah Rp 83,8 miliar.",
    ]
    assert _text_tables(lines) == [(1, 7, [["Tahun", "Anggaran"], ["2023", "Rp 38,6 miliar"], ["2024", "Rp 45,2 miliar"],
                                           ["Total", "Rp 83,8 miliar"]])]


def test_justified_prose_and_two_columns_are_no_tables() -> None:
    justified = [
        "layanan.   BLDN   juga   akan   meluncurkan   fitur",
        "tanda    tangan    elektronik    tersertifikasi    bagi",
        "seluruh   pengguna   pada   semester   kedua   2025   ini",
    ]
    assert _text_tables(justified) == []
    columns = [
        "kesenjangan konektivitas. Di wilayah timur, 23%                    Program Duta Digital menempatkan 1.350",
        "desa belum memiliki akses internet 4G, sehingga                    pendamping di tingkat kecamatan untuk",
        "warga di desa tersebut masih bergantung pada                       membantu warga lanjut usia dan penyandang",
    ]
    assert _text_tables(columns) == []


def test_a_running_head_run_into_a_page_read_as_columns_is_cut_off(tmp_path: Path) -> None:
    def columns(pdf) -> None:
        left = "Tantangan utama yang dihadapi adalah kesenjangan konektivitas di desa. " * 5
        right = "Program Duta Digital menempatkan pendamping di tingkat kecamatan. " * 5
        top = pdf.get_y()
        pdf.set_font("Helvetica", "B", 11)
        pdf.multi_cell(90, 5, "7. Tantangan dan Rencana", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=10)
        pdf.multi_cell(90, 5, left.strip(), new_x="LMARGIN", new_y="NEXT")
        pdf.set_xy(110, top)
        pdf.set_left_margin(110)
        pdf.multi_cell(90, 5, right.strip())
        pdf.set_left_margin(10)

    result = read_document(_pdf(tmp_path / "report.pdf", [_prose(1), _prose(2), columns, _prose(4)]))
    texts = [b.text for b in result.blocks]
    assert not any("Dinas Komunikasi" in t for t in texts), texts
    assert any(t.startswith("7. Tantangan dan Rencana") for t in texts), texts
    joined = " ".join(texts)
    assert joined.index("Tantangan utama") < joined.index("Program Duta Digital")


def test_heads_and_feet_naming_their_page_and_chart_labels_are_dropped(tmp_path: Path) -> None:
    fpdf = pytest.importorskip("fpdf")

    class Brief(fpdf.FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, f"ASEAN Digital ID: Adoption Brief 2025 - page {self.page_no()}")

    pdf = Brief()
    for text in ("Registrations grew from 40.7 million to 56.2 million.", "2. Policy issues"):
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    for label in ("15,6", "21,0", "2020   2021   2022"):  # a chart's labels on the last page
        pdf.multi_cell(0, 6, label, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.multi_cell(0, 6, "Three issues recur across the region.", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "brief.pdf"
    pdf.output(str(path))
    blocks = read_document(path).blocks
    assert [(b.page, b.text) for b in blocks] == [
        (1, "Registrations grew from 40.7 million to 56.2 million."),
        (2, "2. Policy issues"),  # a numbered heading continues no paragraph of the page before
        (2, "Three issues recur across the region."),
    ]


def test_a_hard_wrapped_text_file_is_read_a_paragraph_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "memo.txt"
    path.write_text(
        "MEMO - Budget revision, Telemedicine 2025\n\n"
        "To: Members of the Steering Committee\n"
        "From: Ir. Melati Kusumawardani, Head of Bappeda\n\n"
        "Following decision 1 of the steering committee meeting of 18 February 2025, the Health Office\n"
        "has revised its cost plan. The 2025 allocation for Telemedicine at community health centres\n"
        "is revised from IDR 5,450 million to IDR 4,950 million, because the purchase of\n"
        "40 telemedicine devices will now be funded by the provincial special allocation fund (DAK).\n\n"
        "As a result, the total programme budget for 2025 becomes IDR 19,500 million instead of\n"
        "IDR 20,000 million. The figures for the other programmes are unchanged.\n", encoding="utf-8")
    texts = [b.text for b in read_document(path).blocks]
    assert texts == [
        "MEMO - Budget revision, Telemedicine 2025",
        "To: Members of the Steering Committee",
        "From: Ir. Melati Kusumawardani, Head of Bappeda",
        "Following decision 1 of the steering committee meeting of 18 February 2025, the Health Office has revised "
        "its cost plan. The 2025 allocation for Telemedicine at community health centres is revised from IDR 5,450 "
        "million to IDR 4,950 million, because the purchase of 40 telemedicine devices will now be funded by the "
        "provincial special allocation fund (DAK).",
        "As a result, the total programme budget for 2025 becomes IDR 19,500 million instead of IDR 20,000 million. "
        "The figures for the other programmes are unchanged.",
    ]


def test_a_worksheets_title_row_names_its_rows_and_their_unit(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    from bot.figures import extract_figures, format_figure

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Budget"
    sheet.append(["Desa Digital - programme budget allocation by year (IDR million)"])
    sheet.append(["Programme", "2023", "2024"])
    sheet.append(["Village internet network", 7450, 8100])
    path = tmp_path / "budget.xlsx"
    book.save(path)
    blocks = read_document(path).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "Desa Digital - programme budget allocation by year (IDR million)"),
        ("row", "budget / Budget / Desa Digital - programme budget allocation by year (IDR million) — "
                "Programme: Village internet network; 2023: 7450; 2024: 8100"),
    ]
    # the unit in the title row is the cells' unit (it had been a bare 8,100)
    assert [format_figure(f, "en") for f in extract_figures(blocks[1].text, "en") if f.surface == "8100"] == [
        "IDR 8,100 million"]


def test_a_column_numbering_the_rows_is_left_out_of_them(tmp_path: Path) -> None:
    # a minutes' attendee row "No: 6; Nama: Dewi Lestari" had answered "who took the
    # notes at the 6th meeting?"
    path = tmp_path / "hadir.csv"
    path.write_text("No,Nama,Jabatan\n1,Drs. Agus Santoso,Ketua Komite\n2,Dewi Lestari,Notulis\n", encoding="utf-8")
    assert [b.text for b in read_document(path).blocks] == [
        "hadir — Nama: Drs. Agus Santoso; Jabatan: Ketua Komite", "hadir — Nama: Dewi Lestari; Jabatan: Notulis"]
    path = tmp_path / "nomor.csv"  # a number of something else stays
    path.write_text("Nomor,Perihal\n027/BAPPEDA/III/2025,Revisi anggaran\n", encoding="utf-8")
    assert [b.text for b in read_document(path).blocks] == ["nomor — Nomor: 027/BAPPEDA/III/2025; Perihal: Revisi anggaran"]
    path = tmp_path / "barang.csv"  # a column headed "No" that holds quantities is data (an attack)
    path.write_text("Barang,No\nLaptop,35\nPrinter,12\n", encoding="utf-8")
    assert [b.text for b in read_document(path).blocks] == ["barang — Barang: Laptop; No: 35", "barang — Barang: Printer; No: 12"]


def test_prose_beside_a_sidebar_and_a_header_of_quarters_are_read_right() -> None:
    # (an attack: a column of prose beside a sidebar of facts had become a table's rows;
    # "Q1 Q2 Q3 Q4" had been taken for a data row)
    prose = [
        "Layanan kependudukan daring diluncurkan pada              Diluncurkan: Februari 2024",
        "bulan Februari 2024 agar warga tidak perlu datang         Pengguna: 31.400 warga",
        "ke kantor dinas. Warga cukup mengunggah berkas            Petugas: 18 orang",
    ]
    assert _text_tables(prose) == []
    quarters = [
        "Wilayah           Q1      Q2      Q3      Q4",
        "Batu Ampar        45      52      48      61",
        "Rawa Indah        30      28      35      33",
    ]
    assert _text_tables(quarters) == [(0, 2, [["Wilayah", "Q1", "Q2", "Q3", "Q4"], ["Batu Ampar", "45", "52", "48", "61"],
                                             ["Rawa Indah", "30", "28", "35", "33"]])]


def test_lines_ending_every_page_that_are_text_stay() -> None:
    from index.readers import _running_lines

    pages = [f"Bab {n}\nIsi halaman {n} tentang layanan.\nJumlah layanan aktif pada akhir tahun: {n * 3 + 39}" for n in (1, 2, 3)]
    assert _running_lines(pages) == set()  # numbers that are no page numbers: text
    pages = [f"Bab {n}\nIsi halaman {n}.\nRencana ini akan ditinjau ulang pada akhir tahun." for n in (1, 2, 3)]
    assert _running_lines(pages) == set()  # a sentence: text
    pages = [f"Laporan Tahunan 2024 | BLDN\nIsi halaman {n}.\nLaporan Tahunan 2024 - halaman {n}" for n in (1, 2, 3)]
    assert _running_lines(pages) == {"laporan tahunan # | bldn", "laporan tahunan # - halaman #"}


def test_a_table_of_contents_is_left_out_and_a_numbered_heading_is_no_sentence(tmp_path):
    # a blind probe's guidebook (stop 50): its contents page was quoted ("BAB 1 Pendahuluan
    # ........ 3 BAB 2 ..."), and "3.3 Biaya dan Jangka Waktu", printed right above its
    # paragraph, opened it ("3.3 Biaya dan Jangka Waktu Penerbitan IUMD dikenakan ..."), its
    # number shown as a figure "3.3 Biaya (3,3)"
    def contents(pdf):
        _para(pdf, "DAFTAR ISI")
        for n, name in enumerate(["Pendahuluan", "Kartu Warga Digital", "Izin Usaha Mikro Daring"], start=3):
            pdf.cell(0, 6, f"BAB {n - 2} {name} " + "." * 40 + f" {n}")
            pdf.ln()

    def chapter(pdf):
        _para(pdf, "Pada tahun 2023 tercatat 9.812 izin diterbitkan melalui aplikasi, naik dari 6.145 izin pada tahun 2022.")
        pdf.multi_cell(0, 6, "3.3 Biaya dan Jangka Waktu", new_x="LMARGIN", new_y="NEXT")
        _para(pdf, "Penerbitan IUMD dikenakan retribusi sebesar Rp50.000 yang dibayarkan melalui kanal pembayaran "
                   "non-tunai. IUMD diterbitkan paling lambat 5 (lima) hari kerja sejak berkas dinyatakan lengkap.")

    path = _pdf(tmp_path / "panduan.pdf", [contents, chapter])
    texts = [b.text for b in read_document(path).blocks]
    assert not any("...." in t or "Pendahuluan" in t for t in texts), texts
    assert "3.3 Biaya dan Jangka Waktu" in texts, texts
    assert any(t.startswith("Penerbitan IUMD dikenakan retribusi sebesar Rp50.000") for t in texts), texts
    # dot leaders without a contents heading are content: a price list keeps its lines
    def prices(pdf):
        _para(pdf, "Biaya layanan perizinan tahun 2024 adalah sebagai berikut.")
        for name, fee in (("Legalisir salinan izin", "5000"), ("Pengiriman dokumen", "50000")):
            pdf.cell(0, 6, f"{name} " + "." * 30 + f" {fee}")
            pdf.ln()

    texts = [b.text for b in read_document(_pdf(tmp_path / "tarif.pdf", [prices])).blocks]
    assert any("Legalisir salinan izin" in t and "5000" in t for t in texts), texts
