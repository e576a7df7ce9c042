"""A decree is no office holder, a law's year is its name, and a qualifier is shown.

A blind probe of stop 46 found:

* "Who was the president of NIA in 2023?" answered with "Peraturan Presiden Nomor 82
  Tahun 2023 ...": "Presiden Nomor" read as a president beside his office
  (bot.engine._holder_beside_office skips an office after an instrument's word,
  bot.engine._OFFICE_COMPOUND);
* "/check Perpres Nomor 95 Tahun 2018 ditandatangani pada 16 Oktober 2019" not judged ("I
  cannot read 95"), and once read, only partly supported by the law's own year
  (bot.factcheck._unread_figure, bot.factcheck._law_year);
* the Figures line dropping "Nearly", "about", "lebih dari" before a figure: an
  approximation shown as an exact figure (bot.render.figure_label,
  bot.figures.qualifier_start).

The documents are invented for the test.
"""

from __future__ import annotations

import pytest

from bot.factcheck import check_claim
from bot.render import figures_line, render_text, render_verdict_text
from tests.corpus_helpers import engine_over

OFFICIALS = """Korea's e-Government leadership

The Ministry of the Interior and Safety (MOIS) leads Korea's e-Government policy.

The National Information Society Agency (NIA) supports implementation; its president in 2021 was Moon Yong-sik.

Nearly 700 public services were available online in 2022, and about 40% of them could be completed on a phone.
"""

TIMELINE = """# Tonggak Sejarah SPBE Indonesia

Sistem Pemerintahan Berbasis Elektronik (SPBE) diatur melalui Peraturan Presiden Nomor 95 Tahun 2018 yang ditandatangani pada 16 Oktober 2018.

Portal layanan publik terpadu diluncurkan pada Maret 2023 oleh Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi, Abdullah Azwar Anas.

Peraturan Presiden Nomor 82 Tahun 2023 tentang Percepatan Transformasi Digital dan Keterpaduan Layanan Digital Nasional ditetapkan pada 6 Desember 2023.

Identitas Kependudukan Digital telah diaktifkan oleh lebih dari 9,2 juta orang pada Desember 2023.
"""

FILES = {
    "korea-officials.en.txt": (OFFICIALS, "Korea's e-Government leadership", "en", "2023-06-01"),
    "spbe-timeline.id.md": (TIMELINE, "Tonggak Sejarah SPBE Indonesia", "id", "2024-02-01"),
}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("decrees_laws_qualifiers"), FILES, embedder)


def test_a_presidential_regulation_names_no_president(engine):
    a = engine.answer("Who was the president of NIA in 2023?")
    text = render_text(a)
    assert not a.answered, text
    assert "Peraturan Presiden Nomor 82" not in "".join(c.quote for c in a.citations), text


def test_the_holder_named_beside_the_office_still_answers(engine):
    a = engine.answer("Who was the president of NIA in 2021?")
    assert a.answered and "Moon Yong-sik" in a.citations[0].quote, render_text(a)


@pytest.mark.parametrize("claim, verdict, said", [
    ("Perpres Nomor 95 Tahun 2018 ditandatangani pada 16 Oktober 2019", "contradicted", "16 Oktober 2019"),
    ("Perpres Nomor 95 Tahun 2018 ditandatangani pada 16 Oktober 2018", "supported", "16 Oktober 2018"),
    ("Presidential Regulation No. 95 of 2018 was signed on 16 October 2018", "supported", "16 Oktober 2018"),
])
def test_a_law_number_and_year_name_the_law(engine, claim, verdict, said):
    v = check_claim(engine, claim)
    text = render_verdict_text(v)
    assert v.verdict == verdict, text
    assert said in text, text
    assert "95" not in v.explanation.split(".", 1)[1], text  # the law's number is not judged


@pytest.mark.parametrize("quote, lang, shown", [
    ("Nearly 700 public services were available online in 2022.", "en", "Nearly 700 public services"),
    ("about 40% of them could be completed on a phone.", "en", "about 40%"),
    ("Identitas Kependudukan Digital telah diaktifkan oleh lebih dari 9,2 juta orang pada Desember 2023.", "id",
     "lebih dari 9,2 juta orang"),
    ("when up to 150 thousand people are online at once.", "en", "up to 150 thousand people"),
])
def test_the_figures_line_keeps_the_qualifier(quote, lang, shown):
    assert shown in figures_line(quote, lang, "en"), figures_line(quote, lang, "en")


def test_an_answer_shows_the_approximation_as_written(engine):
    a = engine.answer("How many public services were available online in 2022?")
    text = render_text(a)
    assert a.answered, text
    assert "Figures: Nearly 700 public services" in text, text
