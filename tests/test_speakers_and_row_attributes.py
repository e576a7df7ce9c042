"""Who said what and when, and a table's text columns asked about.

A blind probe of stop 47 (procedures, reasons, quotations of officials, a table of
programmes) found:

* "Rudi Hartono mengatakan pada 7 Maret 2024 bahwa tidak ada data warga yang bocor"
  supported by another official's sentence of 7 March ("Andi Syamsuddin, menyatakan pada
  7 Maret 2024 bahwa ..."): a claim saying who said something is checked against what
  that person said (bot.factcheck._another_speaker, _said_by_another);
* "... menyatakan pada 7 Maret 2024 bahwa pemerintah kota akan menganggarkan Rp 4,5
  miliar untuk pusat data cadangan pada tahun 2025": the budget was read as 2024's, the
  day it was announced, so a claim of the 2025 budget was contradicted
  (bot.figures._assign_years, _REPORTED);
* "Who runs Hometax?" and "Which agency runs Government24?" quoted an interview naming
  no agency, and "Is Minwon24 still active?" the row of Government24, whose notes name
  Minwon24, while the thing's own row has a "Responsible agency" or "Status" column
  (bot.engine._attribute_row_first).

The documents are invented for the test.
"""

from __future__ import annotations

import pytest

from bot.factcheck import check_claim
from bot.render import render_text, render_verdict_text
from tests.corpus_helpers import engine_over

NEWS = """<html><head><title>Layanan Kependudukan Digital Balikpapan Lumpuh Tiga Hari</title></head><body>
<h1>Layanan Kependudukan Digital Balikpapan Lumpuh Tiga Hari</h1>
<p>Layanan kependudukan digital Kota Balikpapan tidak dapat diakses sejak Senin, 4 Maret 2024, hingga Rabu, 6 Maret 2024.</p>
<p>Kepala Diskominfo Balikpapan, Rudi Hartono, pada 5 Maret 2024 mengatakan, "Tidak ada data warga yang bocor, tetapi kami harus membangun ulang server dari awal."</p>
<p>Sementara itu, Sekretaris Daerah Kota Balikpapan, Andi Syamsuddin, menyatakan pada 7 Maret 2024 bahwa pemerintah kota akan menganggarkan Rp 4,5 miliar untuk pusat data cadangan pada tahun 2025.</p>
</body></html>
"""

PROGRAMMES = """Programme,Country,Launch year,Responsible agency,Users (million),Status,Notes
Government24,Korea,2017,Ministry of the Interior and Safety,19.8,active,Successor of Minwon24
Hometax,Korea,2002,National Tax Service,23.4,active,Online tax filing
Minwon24,Korea,2002,Ministry of Public Administration and Security,8.5,discontinued,Replaced by Government24 in 2017
Singpass,Singapore,2003,GovTech Singapore,4.5,active,National digital identity
LAPOR!,Indonesia,2011,Kementerian PANRB,1.9,active,National complaints system
"""

INTERVIEW = """Wawancara dengan peneliti tata kelola digital, Agustus 2024.

T: Layanan apa yang paling sukses di Korea?

J: Government24. Sekarang Government24 dipakai sekitar 20 juta orang, dan Hometax sudah ada sejak 2002, jadi warga Korea sudah terbiasa mengurus pajak secara daring.

J: Singpass diluncurkan tahun 2003 dan kini digunakan lebih dari 4,5 juta penduduk Singapura.

J: Minwon24 dihentikan karena layanannya digabung ke Government24 yang lebih lengkap.
"""

FILES = {
    "balikpapan.id.html": (NEWS, "Layanan Kependudukan Digital Balikpapan Lumpuh Tiga Hari", "id", "2024-03-08"),
    "digital-programmes.en.csv": (PROGRAMMES, "Digital government programmes 2024", "en", "2024-09-01"),
    "wawancara.id.txt": (INTERVIEW, "Wawancara peneliti tata kelola digital", "id", "2024-08-20"),
}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("speakers_rows"), FILES, embedder)


@pytest.mark.parametrize("claim, verdict, said", [
    ("Rudi Hartono mengatakan pada 7 Maret 2024 bahwa tidak ada data warga yang bocor", "contradicted",
     "5 Maret 2024"),
    ("Rudi Hartono mengatakan pada 5 Maret 2024 bahwa tidak ada data warga yang bocor", "supported", "5 Maret 2024"),
    ("Andi Syamsuddin menyatakan pada 7 Maret 2024 bahwa kota akan menganggarkan dana pusat data cadangan",
     "supported", "7 Maret 2024"),
])
def test_a_claim_of_who_said_something_is_checked_against_that_speaker(engine, claim, verdict, said):
    v = check_claim(engine, claim)
    text = render_verdict_text(v)
    assert v.verdict == verdict, text
    assert said in text, text


def test_a_figure_in_reported_speech_takes_the_year_written_after_it(engine):
    v = check_claim(engine, "Pemerintah Kota Balikpapan menganggarkan Rp 4,5 miliar untuk pusat data cadangan "
                            "pada tahun 2025")
    assert v.verdict == "supported", render_verdict_text(v)

    from bot.figures import extract_figures

    text = ("Andi Syamsuddin menyatakan pada 7 Maret 2024 bahwa pemerintah kota akan menganggarkan Rp 4,5 miliar "
            "untuk pusat data cadangan pada tahun 2025.")
    assert [f.year for f in extract_figures(text, "id") if f.kind == "amount"] == [2025]
    # said on a date, no year after the figure: the date stays its year
    text = "The minister said on 12 May 2023 that the portal had 5 million users."
    assert [f.year for f in extract_figures(text, "en") if f.kind == "count"] == [2023]


@pytest.mark.parametrize("question, row", [
    ("Who runs Hometax?", "Programme: Hometax"),
    ("Which agency runs Government24?", "Programme: Government24"),
    ("Which agency is responsible for Singpass?", "Programme: Singpass"),
    ("Siapa yang mengelola LAPOR!?", "Programme: LAPOR!"),
    ("Is Minwon24 still active?", "Programme: Minwon24"),
])
def test_a_row_s_text_column_asked_about_quotes_the_thing_s_row(engine, question, row):
    a = engine.answer(question)
    text = render_text(a)
    assert a.answered, text
    assert a.citations[0].quote.split(" — ", 1)[-1].startswith(row), text


def test_why_a_thing_was_discontinued_is_not_answered_with_its_status(engine):
    a = engine.answer("Kenapa Minwon24 dihentikan?")
    text = render_text(a)
    assert a.answered and "digabung ke Government24" in a.citations[0].quote, text


@pytest.mark.parametrize("claim, verdict", [
    ("Singpass was launched in 2003 by GovTech Singapore", "supported"),
    ("Singpass was launched in 2005 by GovTech Singapore", "contradicted"),
])
def test_a_launch_year_claimed_with_its_agency_reads_the_row_naming_both(engine, claim, verdict):
    # the interview's "Singpass diluncurkan tahun 2003" names no GovTech: the row does
    # (bot.factcheck._year_only; the claim had been partly supported, GovTech unnamed)
    v = check_claim(engine, claim)
    text = render_verdict_text(v)
    assert v.verdict == verdict, text
    assert "Responsible agency: GovTech Singapore" in text, text
