"""Footnote marks and notes in PDFs (index.readers, reader version 8; stop 52, from a blind
probe's policy brief): a mark set as a small raised number is no part of the text ("2022.3"
had been read as a figure, "SIMPEL.4" quoted), a note's own mark does not open its text
("1 Lembaga Riset ..." had been the figure 1), and a unit's power stays one ("m²")."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.readers import read_document

BODY = 11


def _brief(path: Path, raised_by_position: bool) -> Path:
    """A two-page brief with footnotes. ``raised_by_position``: each mark is text placed
    above the baseline in a smaller font, as Word and LibreOffice write it; else fpdf2's
    superscript (a text rise, ``Ts``)."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.set_auto_page_break(False)

    def mark(digits: str) -> None:
        if raised_by_position:
            x, y = pdf.get_x(), pdf.get_y()
            pdf.set_font("Helvetica", size=7)
            pdf.text(x, y + 3.0, digits)  # baseline about 2 mm above the line's (y + 5)
            pdf.set_x(x + pdf.get_string_width(digits))
        else:
            pdf.set_font("Helvetica", size=BODY)
            pdf.char_vpos = "SUP"
            pdf.write(6, digits)
            pdf.char_vpos = "LINE"
        pdf.set_font("Helvetica", size=BODY)

    def line(text: str, after: str | None = None, rest: str = "") -> None:
        pdf.set_font("Helvetica", size=BODY)
        pdf.write(6, text)
        if after:
            mark(after)
            pdf.write(6, rest)
        pdf.ln(6)

    def notes(*texts: tuple[str, str]) -> None:
        pdf.set_y(255)
        pdf.line(10, 253, 70, 253)
        for digits, text in texts:
            if raised_by_position:
                x, y = pdf.get_x(), pdf.get_y()
                pdf.set_font("Helvetica", size=5)
                pdf.text(x, y + 2.0, digits)  # above the note's baseline (about y + 3)
                pdf.set_x(x + pdf.get_string_width(digits))
            else:
                pdf.set_font("Helvetica", size=8)
                pdf.char_vpos = "SUP"
                pdf.write(4, digits)
                pdf.char_vpos = "LINE"
            pdf.set_font("Helvetica", size=8)
            pdf.write(4, " " + text)
            pdf.ln(4)

    pdf.add_page()
    pdf.set_xy(10, 20)
    line("Pada tahun 2023, portal SIMPEL memproses 412.800 permohonan, naik dari 156.300 pada")
    line("tahun 2022.", "3", " Tingkat persetujuan permohonan mencapai 87,2% pada tahun yang sama.")
    pdf.ln(4)
    line("Sebanyak 81,6% pelaku usaha menyatakan puas terhadap layanan SIMPEL.", "4", " Keluhan")
    line("yang paling sering adalah notifikasi status yang terlambat.")
    pdf.ln(4)
    line("Anggaran pemeliharaan mencapai Rp640 juta per daerah per tahun untuk sewa server teknis.")
    pdf.set_x(10)
    mark("5")
    pdf.write(6, " Daerah dengan kapasitas fiskal rendah berisiko menghentikan layanan.")
    pdf.ln(6)
    pdf.ln(4)
    line("Gedung layanan baru seluas 1.200 m", "2", " dibuka di Kota Sentana pada Maret 2024.")
    line("Izin reklame diproses paling lama")
    line("3 hari kerja sejak berkas lengkap, dan kapasitas server naik menjadi 10", "6", " transaksi per hari.")
    pdf.set_font("Helvetica", size=BODY)  # a subscript: "CO2", the 2 lowered
    pdf.write(6, "Emisi CO")
    pdf.set_font("Helvetica", size=7)
    if raised_by_position:
        x, y = pdf.get_x(), pdf.get_y()
        pdf.text(x, y + 5.8, "2")
        pdf.set_x(x + pdf.get_string_width("2"))
    else:
        pdf.char_vpos = "SUB"
        pdf.write(6, "2")
        pdf.char_vpos = "LINE"
    pdf.set_font("Helvetica", size=BODY)
    pdf.write(6, " turun 1.250 ton pada tahun 2024.")
    pdf.ln(8)
    for n, step in (("1", "Unggah berkas permohonan."), ("2", "Bayar retribusi.")):  # small step numbers on the line
        pdf.set_font("Helvetica", size=8)
        pdf.write(6, n)
        pdf.set_font("Helvetica", size=BODY)
        pdf.write(6, " " + step)
        pdf.ln(6)
    notes(("3", "Data log Portal SIMPEL, diakses Maret 2024."),
          ("4", "Survei Kepuasan Pengguna SIMPEL, November 2023."),
          ("5", "Analisis APBD 12 daerah percontohan tahun anggaran 2023."))
    pdf.add_page()
    pdf.set_xy(10, 20)
    line("Perluasan ke 40 daerah tambahan membutuhkan anggaran Rp27,4 miliar untuk 2025-2026.")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("raised_by_position", [False, True], ids=["text-rise", "placed-above"])
def test_footnote_marks_and_note_numbers_leave_the_text(tmp_path: Path, raised_by_position: bool) -> None:
    blocks = read_document(_brief(tmp_path / "brief.pdf", raised_by_position)).blocks
    text = "\n".join(b.text for b in blocks)
    assert "naik dari 156.300 pada tahun 2022. Tingkat persetujuan" in text
    assert "layanan SIMPEL. Keluhan yang paling sering" in text
    # a mark wrapped to the start of the next line: the paragraph goes on without it
    assert "sewa server teknis. Daerah dengan kapasitas fiskal" in text
    assert "2022.3" not in text and "SIMPEL.4" not in text and "5 Daerah" not in text
    # the notes' texts stay, without their numbers
    for note in ("Data log Portal SIMPEL, diakses Maret 2024.", "Survei Kepuasan Pengguna SIMPEL, November 2023.",
                 "Analisis APBD 12 daerah percontohan tahun anggaran 2023."):
        assert note in text and f" {note}" not in text.replace(". " + note, ""), note
    assert "3 Data log" not in text and "4 Survei" not in text and "5 Analisis" not in text
    # a unit's power stays, as a superscript; so does an exponent, a subscript, a body
    # line opening with the number of a note, and list numbers on the line
    assert "seluas 1.200 m² dibuka" in text
    assert "paling lama 3 hari kerja" in text and "naik menjadi 10⁶ transaksi" in text, text
    assert "Emisi CO2 turun 1.250 ton" in text, text
    assert "1 Unggah berkas permohonan." in text and "2 Bayar retribusi." in text, text
    # numbers in the body's own size are untouched
    assert "412.800 permohonan" in text and "Rp27,4 miliar untuk 2025-2026" in text


def test_numbers_in_a_smaller_font_after_a_space_are_no_marks(tmp_path: Path) -> None:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.write(6, "Jumlah kantor layanan pada akhir tahun:")
    pdf.set_font("Helvetica", size=8)
    pdf.write(6, " 14")
    pdf.set_font("Helvetica", size=12)
    pdf.write(6, " kantor di seluruh kabupaten, naik dari 9 kantor pada tahun sebelumnya.")
    pdf.output(str(tmp_path / "small.pdf"))
    text = " ".join(b.text for b in read_document(tmp_path / "small.pdf").blocks)
    assert "tahun: 14 kantor" in text


def test_superscript_numbers_in_web_pages_and_word_files(tmp_path: Path) -> None:
    page = tmp_path / "brief.html"
    page.write_text(
        "<html><head><title>Ringkasan</title></head><body><article><h1>Ringkasan Kebijakan SIMPEL</h1>"
        "<p>Pada tahun 2023, portal SIMPEL memproses 412.800 permohonan, naik dari 156.300 pada tahun"
        " 2022.<sup>3</sup> Tingkat persetujuan permohonan mencapai 87,2% pada tahun yang sama.</p>"
        "<p>Gedung layanan baru seluas 1.200 m<sup>2</sup> dibuka di Kota Sentana pada Maret 2024 untuk warga.</p>"
        "<p>Sebanyak 81,6% pelaku usaha menyatakan puas terhadap layanan <b>SIMPEL.</b><sup><a href='#fn4'>[4]</a></sup>"
        " Keluhan yang paling sering adalah notifikasi status yang terlambat, kata laporan itu.</p>"
        "<p>Pendaftar ke-2<sup>nd</sup> gelombang menerima sertifikat pada minggu yang sama di kantor kecamatan.</p>"
        "<p>Proyek senilai US$ 4.9 m<sup>3</sup> itu mencakup lahan 2.315 Km<sup>2</sup> dan server 2<sup>10</sup> inti.</p>"
        "<p>Konsentrasi PM2,5 rata-rata 38 µg/m<sup>3</sup> pada tahun 2023 menurut pemantauan kualitas udara kota.</p>"
        "</article></body></html>", encoding="utf-8")
    text = "\n".join(b.text for b in read_document(page).blocks)
    assert "pada tahun 2022. Tingkat persetujuan" in text
    assert "seluas 1.200 m² dibuka" in text
    assert "layanan SIMPEL. Keluhan" in text
    assert "ke-2nd gelombang" in text  # a superscript that is no number stays
    # a mark after money in millions is no power; a capitalised unit's power and an exponent stay
    assert "senilai US$ 4.9 m itu mencakup lahan 2.315 Km² dan server 2¹⁰ inti" in text, text
    assert "rata-rata 38 µg/m³ pada tahun 2023" in text, text

    docx = pytest.importorskip("docx")
    document = docx.Document()
    para = document.add_paragraph("Survei terhadap 2.450 responden menunjukkan 81,6% puas terhadap SIMPEL.")
    para.add_run("4").font.superscript = True
    para.add_run(" Gedung baru seluas 1.200 m")
    para.add_run("2").font.superscript = True
    para.add_run(" dibuka pada tahun 2024.")
    document.add_paragraph("Tanpa tanda catatan kaki, 14 kantor dibuka pada tahun 2023.")
    document.save(str(tmp_path / "brief.docx"))
    text = "\n".join(b.text for b in read_document(tmp_path / "brief.docx").blocks)
    assert "puas terhadap SIMPEL. Gedung baru seluas 1.200 m² dibuka pada tahun 2024." in text
    assert "Tanpa tanda catatan kaki, 14 kantor dibuka pada tahun 2023." in text
