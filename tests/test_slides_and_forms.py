"""Slides' big figures and forms laid out as tables (index.readers, reader version 8; stop
52, from a blind probe's slide deck and meeting minutes): a row of figures over a row of
their captions is read figure by figure with its caption ("42 agencies; 6,800 civil
servants"), and a table with a column of colons between fields and values is read field
by field ("Pimpinan Rapat: Drs. Hendra Wijaya"). The documents are invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.readers import read_document, table_blocks


def _deck(path: Path) -> Path:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(orientation="L")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 26)
    pdf.cell(0, 16, "Rollout at a glance", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    for size, cells in ((40, ["42", "6,800", "1.2M"]), (14, ["agencies", "civil servants", "e-letters signed"])):
        pdf.set_font("Helvetica", "B" if size == 40 else "", size)
        for cell in cells:
            pdf.cell(90, 18 if size == 40 else 8, cell, align="C")
        pdf.ln(22 if size == 40 else 10)
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 8, "Status: August 2024", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 26)
    pdf.cell(0, 16, "What it cost", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    for size, cells in ((34, ["IDR 9.6 bn", "IDR 2.1 bn / yr"]), (14, ["capex 2023-2024", "operations"])):
        pdf.set_font("Helvetica", "B" if size == 34 else "", size)
        for cell in cells:
            pdf.cell(130, 16 if size == 34 else 8, cell, align="C")
        pdf.ln(20 if size == 34 else 10)
    pdf.add_page()  # captions above their figures, two rows of tiles: nothing paired across rows
    for size, cells in ((14, ["Pengguna aplikasi", "Aduan masuk", "Desa terhubung"]), (40, ["1,2 juta", "310", "57"]),
                        (14, ["Unduhan aplikasi", "Aduan selesai", "Kantor terhubung"]), (40, ["2,4 juta", "240", "42"])):
        pdf.set_font("Helvetica", "B" if size == 40 else "", size)
        for cell in cells:
            pdf.cell(90, 18 if size == 40 else 8, cell, align="C")
        pdf.ln(22 if size == 40 else 10)
    pdf.add_page()  # a table's column numbers over its first row
    pdf.set_font("Helvetica", size=11)
    for cells in (["No", "Layanan", "Status", "Pengelola"], ["1", "2", "3", "4"], ["A", "Perizinan berusaha", "Aktif", "DPMPTSP"]):
        for cell in cells:
            pdf.cell(60, 8, cell)
        pdf.ln(10)
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    for line in ("Jumlah kantor layanan yang dibuka pada tahun 2024 di seluruh kecamatan kabupaten ini",
                 "mencapai 31 kantor, naik dari 19 kantor pada tahun sebelumnya menurut laporan dinas."):
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def test_big_figures_are_read_with_their_captions(tmp_path: Path) -> None:
    texts = [b.text for b in read_document(_deck(tmp_path / "deck.pdf")).blocks]
    assert "42 agencies; 6,800 civil servants; 1.2M e-letters signed" in texts, texts
    assert "IDR 9.6 bn capex 2023-2024; IDR 2.1 bn / yr operations" in texts, texts
    assert "Status: August 2024" in texts
    assert not any("1,2 juta Unduhan" in t or "2 Perizinan" in t for t in texts), texts
    # prose with numbers is no row of figures
    assert any(t.startswith("Jumlah kantor layanan") and "mencapai 31 kantor" in t for t in texts), texts


def test_a_form_laid_out_as_a_table_is_read_field_by_field(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("NOTULEN RAPAT")
    head = document.add_table(rows=0, cols=3)
    for field, value in (("Hari/Tanggal", "Kamis, 12 September 2024"), ("Waktu", "09.00 – 11.45 WIB"),
                         ("Pimpinan Rapat", "Drs. Hendra Wijaya, M.Si. (Sekretaris Daerah)")):
        cells = head.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = field, ":", value
    document.add_paragraph("Rapat membahas evaluasi tahap pertama layanan surat elektronik.")
    actions = document.add_table(rows=0, cols=3)
    for row in (("No", "Kegiatan", "Tenggat Waktu"), ("1", "Perpanjangan sertifikat elektronik 412 ASN", "31 Oktober 2024")):
        cells = actions.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    document.save(str(tmp_path / "notulen.docx"))
    blocks = read_document(tmp_path / "notulen.docx").blocks
    rows = [b.text for b in blocks if b.kind == "row"]
    assert rows[0] == ("Hari/Tanggal: Kamis, 12 September 2024; Waktu: 09.00 – 11.45 WIB; "
                       "Pimpinan Rapat: Drs. Hendra Wijaya, M.Si. (Sekretaris Daerah)"), rows
    # a table with a header row is read as before
    assert rows[1] == "Kegiatan: Perpanjangan sertifikat elektronik 412 ASN; Tenggat Waktu: 31 Oktober 2024", rows


def test_fields_ending_in_their_colon_and_other_two_column_tables():
    assert [b.text for b in table_blocks(None, [["Waktu :", "09.00 WIB"], ["Tempat :", "Aula Kantor Bupati"]])] == [
        "Waktu: 09.00 WIB; Tempat: Aula Kantor Bupati"]
    # a header row over values stays a table
    assert [b.text for b in table_blocks(None, [["Tahun", "Jumlah"], ["2023", "412"]])] == ["Tahun: 2023; Jumlah: 412"]


def test_captions_of_two_lines_under_big_figures(tmp_path: Path) -> None:
    """A blind probe of stop 52: an infographic's captions of two lines ("aduan selesai" over
    "ditindaklanjuti") had been read as one line of all the captions' words interleaved,
    and "3,8 hari" (a unit of time) was no big figure."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 12, "SUARA WARGA DALAM ANGKA 2023", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    rows = ((30, ["48.392", "91,6%", "3,8 hari"]), (10, ["aduan diterima", "aduan selesai", "rata-rata waktu"]),
            (10, ["sepanjang 2023", "ditindaklanjuti", "tanggapan pertama"]), (30, ["27", "14", "3,42"]),
            (10, ["perangkat daerah", "petugas verifikator", "indeks kepuasan"]), (10, ["terhubung", "bergiliran", "(skala 1-4)"]))
    for size, cells in rows:
        pdf.set_font("Helvetica", "B" if size == 30 else "", size)
        for cell in cells:
            pdf.cell(63, 14 if size == 30 else 6, cell, align="C")
        pdf.ln(16 if size == 30 else 6)
    path = tmp_path / "infografis.pdf"
    pdf.output(str(path))
    text = " ".join(b.text for b in read_document(path).blocks)
    assert ("48.392 aduan diterima sepanjang 2023; 91,6% aduan selesai ditindaklanjuti; "
            "3,8 hari rata-rata waktu tanggapan pertama") in text, text
    assert "27 perangkat daerah terhubung; 14 petugas verifikator bergiliran; 3,42 indeks kepuasan (skala 1-4)" in text, text


def test_an_article_s_number_and_title_are_a_heading_of_their_own(tmp_path: Path) -> None:
    """A blind probe of stop 52's MoU: "Article 4" over "Financing", centred, with the
    article's text right below, had been quoted as "Article 4 Financing The total
    indicative budget ...", one sentence."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    body = {
        "Article 3": ("Joint Programme", "The Parties shall implement a joint programme in thirty-two (32) pilot regencies "
                      "and cities, selected by the agency in consultation with its partner."),
        "Article 4": ("Financing", "The total indicative budget of the programme is EUR 18,500,000. The partner shall "
                      "contribute EUR 12,000,000 as a grant, and the agency the rest in kind."),
    }
    for number, (title, text) in body.items():
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 6, number, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 6, title, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    path = tmp_path / "mou.pdf"
    pdf.output(str(path))
    texts = [b.text for b in read_document(path).blocks]
    assert "Article 4 Financing" in texts, texts
    assert any(t.startswith("The total indicative budget of the programme is EUR 18,500,000.") for t in texts), texts
