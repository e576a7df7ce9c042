"""Figures written as list items under a label, and parts of a year written short
(stop 29, from a blind tester's corpus on figures that change over time).

- A report lists the year's quarters as bullets, "Triwulan IV 2024: 2,72 juta": short and
  without a stop, each bullet had been read as a heading and never quoted, so "Berapa
  aktivasi IKD pada triwulan IV 2024?" was declined.
- "H1", "Q3", "FY2024" in a question had been read as names the source must write, so
  "What was the value of e-Catalogue transactions in H1 2024?" was declined against
  "In the first half of 2024, e-Catalogue transactions reached IDR 91.5 trillion."
- A PDF's list printed without blank lines between its items had become one paragraph;
  each item is now one, dated by the list's lead-in ("Key figures, 2024:"), and a count of
  new things is no count of all of them: "1.04 million new vendors registered in 2024"
  had been supported by "Registered vendors at year end: 1.04 million".
- A question on the total ("How many public service malls did Indonesia have in total
  ...?") had been answered with the year's new ones ("33 Mal Pelayanan Publik (MPP) baru
  telah diresmikan") and the target, not the total stated next to them.

The documents are invented for the test (figures are made up); each case failed before
the change.
"""

from __future__ import annotations

import pytest

from bot.quotes import LABELLED_FIGURE
from bot.render import render_text

REPORT = """Laporan Kinerja Direktorat Jenderal Kependudukan Tahun 2024

Realisasi aktivasi IKD tahun 2024 sebanyak 6.310.402 aktivasi (6,31 juta) atau 25,2% dari target 25 juta aktivasi.

Aktivasi IKD per triwulan tahun 2024:

- Triwulan I 2024: 1,05 juta
- Triwulan II 2024: 1,38 juta
- Triwulan III 2024: 1,66 juta
- Triwulan IV 2024: 2,22 juta

Provinsi dengan aktivasi tertinggi adalah Jawa Timur.
"""

ANNUAL = """Procurement Annual Report 2024

In the first half of 2024, e-Catalogue transactions reached IDR 84.2 trillion. The audited value for the whole year was IDR 188.9 trillion.
"""

MALLS = """33 MPP Baru Diresmikan Sepanjang 2024

JAKARTA – Kementerian PANRB mencatat sebanyak 33 Mal Pelayanan Publik (MPP) baru telah diresmikan sepanjang 2024 hingga 20 Desember 2024. Dengan tambahan tersebut, jumlah MPP di seluruh Indonesia kini mencapai 180 MPP.

Deputi Bidang Pelayanan Publik mengatakan capaian tersebut masih di bawah target 200 MPP yang ditetapkan untuk akhir 2024.

Sebagai perbandingan, pada 2023 sebanyak 29 MPP baru diresmikan.
"""

TITLED = """Viet Nam National Public Service Portal: 2023 Performance Summary

The portal received 7.9 million dossiers in 2023.
"""


def _annual_report_pdf(path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title("Procurement Agency Annual Report 2024")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Procurement Agency Annual Report 2024", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.multi_cell(0, 6, "The agency ran the national e-Catalogue and the e-tendering system throughout the year.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for line in ("Key figures, 2024:", "- e-Catalogue transaction value (audited): IDR 188.9 trillion",
                 "- Registered vendors at year end: 0.97 million", "- New vendors registered in 2024: 104,300"):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")  # no blank line between items
    pdf.output(str(path))


@pytest.fixture(scope="module")
def engine(tmp_path_factory, embedder):
    from tests.corpus_helpers import engine_over

    root = tmp_path_factory.mktemp("labelled")
    (root / "corpus").mkdir()
    _annual_report_pdf(root / "corpus" / "procurement-annual-report-2024.en.pdf")
    files = {
        "laporan-kinerja-ikd.id.md": (REPORT, "Laporan Kinerja Direktorat Jenderal Kependudukan Tahun 2024", "id", "2025-03-14"),
        "procurement-annual-report.en.txt": (ANNUAL, "Procurement Annual Report 2024", "en", "2025-04-22"),
        "mpp-baru-2024.id.txt": (MALLS, "33 MPP Baru Diresmikan Sepanjang 2024", "id", "2024-12-20"),
        "vn-portal-2023.en.txt": (TITLED, "Viet Nam National Public Service Portal: 2023 Performance Summary", "en", "2024-03-01"),
    }
    return engine_over(root, files, embedder)


@pytest.mark.parametrize(
    "block, labelled",
    [
        ("Triwulan IV 2024: 2,72 juta", True),
        ("- Aduan warga 2023: 1,2 juta aduan", True),
        ("Jumlah MPP per 31 Desember 2024: 232", True),
        ("Nilai transaksi: Rp 196,7 triliun", True),
        # a title with a year after its colon is still a heading
        ("Viet Nam National Public Service Portal: 2023 Performance Summary", False),
        ("Capaian Sementara 2024: 231 Mal Pelayanan Publik Telah Diresmikan", False),
        ("Bab 3: Capaian", False),
    ],
)
def test_a_labelled_figure_is_no_heading(block, labelled):
    assert bool(LABELLED_FIGURE.match(block)) is labelled


def test_a_quarter_s_bullet_is_quoted(engine):
    a = engine.answer("Berapa aktivasi IKD pada triwulan IV 2024?")
    assert a.answered and "2,22 juta" in render_text(a), render_text(a)


def test_a_half_written_short_is_no_name(engine):
    a = engine.answer("What was the value of e-Catalogue transactions in H1 2024?")
    assert a.answered and "84.2" in render_text(a), render_text(a)


def test_a_title_is_still_not_quoted(engine):
    a = engine.answer("How many dossiers did Viet Nam's portal receive in 2023?")
    text = render_text(a)
    assert a.answered and "7.9 million" in text and "Performance Summary”" not in text, text


def test_a_pdf_list_s_items_are_read_one_by_one(engine):
    from bot.factcheck import check_claim
    from bot.render import render_verdict_text

    a = engine.answer("How many new vendors registered on the e-Catalogue in 2024?")
    assert a.answered and "104,300" in render_text(a), render_text(a)
    v = check_claim(engine, "0.97 million new vendors registered on the e-Catalogue in 2024.")
    assert v.verdict == "contradicted" and "104,300" in render_verdict_text(v), render_verdict_text(v)
    # an item names no year of its own: the lead-in's year dates it
    v = check_claim(engine, "The e-Catalogue transaction value reached IDR 150 trillion in 2022.")
    assert v.verdict == "not_found", render_verdict_text(v)


def test_list_groups_and_years():
    from bot.figures import extract_figures
    from index.readers import _bullet_groups

    lines = ["Key figures, 2024:", "- Products listed: 7.1 million", "- New vendors registered", "  in 2024: 118,400"]
    assert _bullet_groups(lines) == [lines[:1], lines[1:2], lines[2:]]
    assert _bullet_groups(["One paragraph", "wrapped over lines."]) == [["One paragraph", "wrapped over lines."]]
    text = "Key figures, 2024:\n- Products listed at year end: 7.1 million\n- Vendors: 1.04 million"
    assert [f.year for f in extract_figures(text, "en") if f.kind != "year"] == [2024, 2024]


def test_a_total_asked_is_not_the_year_s_new_ones(engine):
    for q in ("How many public service malls (Mal Pelayanan Publik) did Indonesia have in total at the end of 2024?",
              "Berapa jumlah MPP di Indonesia pada akhir 2024?"):
        a = engine.answer(q)
        assert a.answered and "180 MPP" in render_text(a), render_text(a)
    # new ones asked: the new ones
    a = engine.answer("Berapa MPP baru yang diresmikan pada 2024?")
    assert a.answered and "33 Mal Pelayanan Publik" in render_text(a), render_text(a)
