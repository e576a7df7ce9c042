"""Readers and figures found wanting by blind probes of stops 56 and 57 (the documents
here are invented for the tests).

A short section's numbered heading, "2. Evaluation methodology" over a paragraph of two
lines whose second closes a sentence, had opened the section's first sentence ("2.
Evaluation methodology The evaluation was led by ..."): the heading test measured the
paragraph's own median line, not the page's. A workbook's date cell under "dd-mmm-yyyy"
was quoted in ISO form ("2024-09-01" for "01-Sep-2024"), and "01-Sep-2024" written in a
document gave no year. A two-page report kept its running head and foot (the foot "ACRC |
e-People Performance Report 2023 | 1" inside a sentence broken by the page), a table's
caption closing a page did not name its rows on the next, "1. Overview" opened the
sentence under it when that began "e-People", and a numbered heading after a list
("5. Rekomendasi", "3. Alokasi APBD ...") was made one of its items.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.figures import extract_figures
from index.readers import format_cell_date, list_items, read_pdf, read_xlsx
from index.types import Block


def test_a_short_section_s_numbered_heading_stands_alone(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)

    def para(text: str) -> None:
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")

    para("1. Background")
    para("The programme was launched in 2021 by the Directorate of Informatics Empowerment to raise "
         "the basic digital literacy of adults outside the large cities, in village halls and schools.")
    pdf.ln(4)
    para("2. Evaluation methodology and data")
    para("The evaluation was led by Dr. Maria Ulfa Hasibuan and used mixed methods. Fieldwork took place "
         "between September and November 2023 in 18 districts.")
    pdf.ln(4)
    para("A survey of 4,200 participants was drawn as a stratified random sample of 420 participants in "
         "each of the ten provinces; 3,297 questionnaires were returned.")
    path = tmp_path / "evaluation.pdf"
    pdf.output(str(path))
    texts = [b.text for b in read_pdf(path).blocks]
    assert "2. Evaluation methodology and data" in texts, texts
    assert any(t.startswith("The evaluation was led by Dr. Maria Ulfa Hasibuan") for t in texts), texts


@pytest.mark.parametrize("fmt, shown", [
    ("dd-mmm-yyyy", "01-Sep-2024"),
    ("DD-MMM-YY", "01-Sep-24"),
    ("d mmmm yyyy", "1 September 2024"),
    ("[$-421]d mmmm yyyy", "1 September 2024"),
    ("[$-421]dddd, dd mmm yyyy", "Minggu, 01 Sep 2024"),
    ("dd/mm/yyyy", "01/09/2024"),
    ("mmmm yyyy", "September 2024"),
    ("d/m/yyyy h:mm AM/PM", "1/9/2024 2:05 PM"),
])
def test_a_date_cell_is_shown_as_its_format_shows_it(fmt, shown):
    assert format_cell_date(dt.datetime(2024, 9, 1, 14, 5), fmt) == shown


@pytest.mark.parametrize("fmt", [None, "General", "yyyy-mm-dd h:mm:ss", "mm-dd-yy", "[h]:mm"])
def test_a_date_cell_whose_look_the_file_does_not_fix_stays_iso(fmt):
    # no format, the year first (openpyxl's default), Excel's locale short date, a duration
    assert format_cell_date(dt.datetime(2024, 9, 1), fmt) is None


def test_a_workbook_s_dates_keep_their_form(tmp_path):
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Jadwal"
    sheet.append(["Provinsi", "Tanggal peluncuran", "Aktivasi"])
    sheet.append(["Jawa Barat", dt.datetime(2024, 9, 1), 18200])
    sheet.append(["Bali", dt.datetime(2024, 8, 17), 4350])
    sheet["B2"].number_format = "dd-mmm-yyyy"
    sheet["B3"].number_format = "[$-421]d mmmm yyyy"
    path = tmp_path / "jadwal_ikd.xlsx"
    workbook.save(str(path))
    texts = [b.text for b in read_xlsx(path, "id").blocks]
    assert any("Tanggal peluncuran: 01-Sep-2024" in t for t in texts), texts
    assert any("Tanggal peluncuran: 17 Agustus 2024" in t for t in texts), texts


@pytest.mark.parametrize("text, year", [
    ("Tanggal peluncuran: 01-Sep-2024; Aktivasi: 18.200", 2024),
    ("Launched 15/Aug/2023 in 12 cities", 2023),
    ("Period: Sep-2022; Activations: 4,350", 2022),
])
def test_a_date_with_a_month_s_name_between_separators_gives_its_year(text, year):
    figures = extract_figures(text, "en")
    assert [f.value for f in figures if f.kind == "year"] == [year], [(f.surface, f.kind) for f in figures]
    assert not any(f.surface in ("01", "15", "1") for f in figures), [(f.surface, f.kind) for f in figures]


def _two_page_pdf(path, first: list, second: list):
    """A two-page PDF with a running foot naming its page; ``first``/``second``: the
    pages' paragraphs (str), a ``-3`` to close up a heading, or a table (list of rows)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=10)
    for number, parts in enumerate((first, second), 1):
        pdf.add_page()
        for part in parts:
            if part == -3:
                pdf.ln(-3)
            elif isinstance(part, list):
                with pdf.table() as table:
                    for cells in part:
                        row = table.row()
                        for c in cells:
                            row.cell(c)
                pdf.ln(4)
            else:
                pdf.multi_cell(0, 5, part, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3)
        pdf.set_y(-20)
        pdf.cell(0, 5, f"ACRC | e-People Performance Report 2023 | {number}", align="C")
    pdf.output(str(path))
    return path


def test_a_two_page_report_s_foot_and_headings(tmp_path):
    path = _two_page_pdf(tmp_path / "epeople.pdf", [
        "1. Overview", -3,
        "e-People (www.epeople.go.kr) was launched in July 2005 as a single online window where citizens can file "
        "complaints and make policy proposals to any public institution in Korea.",
        "4. International Recognition", -3,
        "e-People received the United Nations Public Service Award in 2011. The ACRC has since shared the system "
        "with partner countries through",
    ], ["memoranda of understanding, including Indonesia in 2014 and Uzbekistan in 2019."])
    texts = [b.text for b in read_pdf(path).blocks]
    assert not any("ACRC | e-People" in t for t in texts), texts
    assert "1. Overview" in texts and any(t.startswith("e-People (www.epeople.go.kr) was launched") for t in texts), texts
    assert any(t.endswith("through memoranda of understanding, including Indonesia in 2014 and Uzbekistan in 2019.")
               for t in texts), texts


def test_a_caption_closing_a_page_names_the_table_opening_the_next(tmp_path):
    path = _two_page_pdf(tmp_path / "epeople-table.pdf", [
        "2. Use by institution type", -3,
        "Local governments were again the largest users of e-People, handling 42.1% of all complaints in 2022.",
        "Table 2. Complaints by institution type, 2022",
    ], [[("Institution type", "Complaints (million)", "Share (%)"), ("Central government", "4.10", "34.3"),
         ("Local governments", "5.03", "42.1"), ("Total", "11.94", "100.0")],
        "Complaints are routed automatically to the institution in charge."])
    rows = [b.text for b in read_pdf(path).blocks if b.kind == "row"]
    assert len(rows) == 3 and all(r.startswith("Table 2. Complaints by institution type, 2022 — ") for r in rows), rows


def test_a_numbered_heading_beside_a_list_is_no_item():
    blocks = [Block("Hambatan berikut:"), Block("Kapasitas petugas terbatas.", "item"),
              Block("Jaringan internet belum merata.", "item"), Block("5. Rekomendasi"),
              Block("Mengizinkan aktivasi mandiri;", "item"), Block("1. Usulan masuk lewat e-musrenbang."),
              Block("2. TAPD memverifikasi setiap komponen."), Block("3. Anggaran dikunci setelah disetujui."),
              Block("3. Alokasi APBD Tahun Anggaran 2023"),
              Block("Total belanja APBD 2023 ditetapkan sebesar Rp83,78 triliun.")]
    kinds = {b.text: b.kind for b in list_items(blocks)}
    assert kinds["5. Rekomendasi"] == "paragraph" and kinds["3. Alokasi APBD Tahun Anggaran 2023"] == "paragraph"
    assert kinds["1. Usulan masuk lewat e-musrenbang."] == "item" and kinds["2. TAPD memverifikasi setiap komponen."] == "item"


def test_a_word_list_s_numbers_are_read_as_word_shows_them(tmp_path):
    import docx

    from index.readers import read_document

    document = docx.Document()
    document.add_heading("4. Hambatan utama", level=1)
    document.add_paragraph("Kapasitas petugas terbatas.", style="List Bullet")
    document.add_paragraph("Jaringan internet belum merata.", style="List Bullet")
    document.add_heading("5. Rekomendasi", level=1)
    for text in ("Mengizinkan aktivasi mandiri;", "Membuka gerai aktivasi IKD di seluruh MPP;",
                 "Mewajibkan penerimaan IKD pada 10 layanan publik prioritas."):
        document.add_paragraph(text, style="List Number")
    document.add_paragraph("Jakarta, 20 Februari 2024")
    path = tmp_path / "brief.docx"
    document.save(str(path))
    blocks = [(b.kind, b.text) for b in read_document(path).blocks]
    assert ("item", "Kapasitas petugas terbatas.") in blocks, blocks  # (a bullet has no number)
    assert [t for k, t in blocks if k == "item" and t[0].isdigit()] == [
        "1. Mengizinkan aktivasi mandiri;", "2. Membuka gerai aktivasi IKD di seluruh MPP;",
        "3. Mewajibkan penerimaan IKD pada 10 layanan publik prioritas."], blocks
    assert ("paragraph", "5. Rekomendasi") in blocks, blocks
