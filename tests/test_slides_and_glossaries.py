"""Slide bullets and glossary terms as answers (stop 50; a blind tester's corpus: a slide
deck whose bullets state the figures without a full stop, and an FAQ page with an HTML
definition list). Before, a short list item without a full stop was taken for a heading
and never quoted, so "how many ppl registered in the first year?" was declined with the
deck open; a glossary's term and definition were two blocks, and "what does OTP mean"
was declined. Claims: "SIAPWARGA has 120 services online" was supported by the roadmap's
"120 services online by end-2025". The documents are invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.factcheck import check_claim
from bot.render import render_text
from index.readers import read_document
from tests.corpus_helpers import engine_over

DECK = """# SIAPWARGA: Year One Review

## Launch

- Launched on 1 February 2023 by Mayor Andi Rahmat
- 35 services available at launch
- Web portal and Android app from day one

## Year-one numbers

- 412,000 registered residents (61% of adults)
- 86 services now online
- 1.27 million applications processed

## Most-used services

- Birth certificates: 214,000 applications
- Family card (KK) updates: 188,000
- Business permits: 96,500

## Roadmap 2024-2025

- 120 services online by end-2025
- WhatsApp chatbot in Q3 2024
"""

FAQ = """<html><head><title>FAQ SIAPWARGA</title></head><body><main>
<h1>Pertanyaan yang Sering Diajukan</h1>
<p>Halaman ini menjawab pertanyaan warga tentang SIAPWARGA, portal layanan warga Kota Tanjung Biru.</p>
<h2>Apakah layanan ini berbayar?</h2>
<p>Tidak. Semua layanan di SIAPWARGA gratis, kecuali retribusi izin usaha yang diatur dalam Peraturan Daerah Nomor 7 Tahun 2022.</p>
<h2>Daftar Istilah</h2>
<dl>
  <dt>NIK</dt><dd>Nomor Induk Kependudukan, nomor 16 digit yang tertera di KTP.</dd>
  <dt>OTP</dt><dd>One-Time Password, kode 6 angka yang dikirim lewat SMS dan hanya berlaku 5 menit.</dd>
  <dt>TTE</dt><dd>Tanda Tangan Elektronik, tanda tangan digital pejabat yang membuat dokumen sah.</dd>
</dl>
</main></body></html>
"""


def _slides() -> list[tuple[str, list[str]]]:
    """``DECK`` as slides: (title, bullets)."""
    slides: list[tuple[str, list[str]]] = []
    for line in DECK.splitlines():
        if line.startswith("#"):
            slides.append((line.lstrip("# "), []))
        elif line.startswith("- "):
            slides[-1][1].append(line[2:])
    return slides


def _deck_pdf(path: Path) -> None:
    """``DECK`` as a landscape slide deck, one slide a page, bullets without full stops."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(orientation="L", format="A4")
    pdf.set_auto_page_break(False)
    for title, bullets in _slides():
        pdf.add_page()
        pdf.set_xy(25, 30)
        pdf.set_font("Helvetica", "B", 28)
        pdf.multi_cell(0, 14, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(10)
        pdf.set_font("Helvetica", "", 18)
        for bullet in bullets:
            pdf.set_x(35)
            pdf.multi_cell(0, 10, f"- {bullet}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    pdf.output(str(path))


@pytest.fixture(scope="module", params=["md", "pdf"])
def engine(request, embedder, tmp_path_factory):
    root = tmp_path_factory.mktemp(f"slides-{request.param}")
    if request.param == "md":
        return engine_over(root, {
            "siapwarga-year-one.md": (DECK, "SIAPWARGA: Year One Review", "en", "2024-02-01"),
            "faq-siapwarga.html": (FAQ, "FAQ SIAPWARGA", "id", "2024-03-01"),
        }, embedder)
    (root / "corpus").mkdir()
    _deck_pdf(root / "corpus" / "siapwarga-year-one.pdf")
    return engine_over(root, {
        "faq-siapwarga.html": (FAQ, "FAQ SIAPWARGA", "id", "2024-03-01"),
    }, embedder, manifest_extra='["siapwarga-year-one.pdf"]\ntitle = "SIAPWARGA: Year One Review"\nlanguage = "en"\n'
                                'date = "2024-02-01"\n')


def test_a_definition_list_keeps_each_term_with_its_definition(tmp_path: Path) -> None:
    path = tmp_path / "faq.html"
    path.write_text(FAQ, encoding="utf-8")
    texts = [b.text for b in read_document(path).blocks]
    assert "OTP: One-Time Password, kode 6 angka yang dikirim lewat SMS dan hanya berlaku 5 menit." in texts
    assert "OTP" not in texts
    # two names over one definition, two definitions under one term, a list inside one
    path.write_text(
        "<html><body><main><h1>Glosarium</h1><p>Daftar istilah yang dipakai di portal layanan kota.</p><dl>"
        "<dt>NIB</dt><dt>Nomor Induk Berusaha</dt><dd>Identitas pelaku usaha yang diterbitkan lewat OSS.</dd>"
        "<dt>SiTTE</dt><dd>Sistem tanda tangan elektronik kota.</dd><dd>Sertifikatnya berlaku 2 (dua) tahun.</dd>"
        "<dt>MPP</dt><dd>Mal Pelayanan Publik.<ul><li>Lantai 1: kependudukan</li><li>Lantai 2: pajak</li></ul></dd>"
        "</dl></main></body></html>", encoding="utf-8")
    assert [b.text for b in read_document(path).blocks][2:] == [
        "NIB / Nomor Induk Berusaha: Identitas pelaku usaha yang diterbitkan lewat OSS.",
        "SiTTE: Sistem tanda tangan elektronik kota.",
        "SiTTE: Sertifikatnya berlaku 2 (dua) tahun.",
        "MPP: Mal Pelayanan Publik. Lantai 1: kependudukan Lantai 2: pajak",
    ]


@pytest.mark.parametrize("question, expected", [
    ("how many ppl registered in the first year?", "412,000 registered residents (61% of adults)"),
    ("how many services r online now?", "86 services now online"),
    ("When was SIAPWARGA launched?", "Launched on 1 February 2023 by Mayor Andi Rahmat"),
])
def test_a_slide_bullet_without_a_full_stop_is_an_answer(engine, question, expected):
    a = engine.answer(question)
    assert a.answered and expected in a.citations[0].quote, render_text(a)


def test_a_glossary_term_is_answered_with_its_definition(engine):
    a = engine.answer("what does OTP mean")
    assert a.answered and a.citations[0].quote.startswith("OTP: One-Time Password"), render_text(a)


def test_a_launch_year_claimed_is_checked_against_the_slides_bullet(engine):
    v = check_claim(engine, "SIAPWARGA launched in 2022")
    assert v.verdict == "contradicted", v


def test_a_figure_with_a_later_deadline_is_a_target_not_a_result(engine):
    v = check_claim(engine, "SIAPWARGA has 120 services online")
    assert v.verdict != "supported", v
    assert check_claim(engine, "SIAPWARGA has 86 services online").verdict == "supported"
