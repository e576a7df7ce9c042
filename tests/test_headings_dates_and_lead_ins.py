"""Blind probes of stop 57 (the documents here are invented for the tests).

A short section's numbered heading, "2. Evaluation methodology" over a paragraph of two
lines whose second closes a sentence, had opened the section's first sentence ("2.
Evaluation methodology The evaluation was led by ..."): the heading test measured the
paragraph's own median line, not the page's.
"""

from __future__ import annotations

from index.readers import read_pdf


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
