"""Corrections written "from the wrong figure to the right one", a page's correction note
set after its article, results claimed against targets, and years read as counts.

Blind probes of stop 63 found: a workbook's note "angka aktivasi IKD Jawa Barat 2023
dikoreksi dari 1.845.220 menjadi 1.548.220" supporting a claim of the withdrawn
1.845.220 (only "X, bukan Y" had been read as a correction); a ministry's short name ("Kemenkes")
against a workbook's rows naming it in full ("Kementerian Kesehatan"), declined; a news page's
``</article><aside class="ralat">`` never indexed (two probes); "Seoul reached its
downtown speed target of 20 km/h in 2023" supported by "aimed to raise the average
downtown speed to 20 km/h by 2023; the actual downtown speed in 2023 was 18.4 km/h"
("aimed" was no plan word, "reached its downtown speed target" no target reached, and
"km/h" no noun to compare by); "In 2023, 70% of ... ambulances arrived within 7 minutes"
supported by a target ("arrived" was no result); a claim of "25% penduduk wajib KTP"
read as a duty ("wajib"); and "2023 figures (2,023)", "2023 NIA survey (2,023)", "2024
perusahaan (2.024)" listed as counts. The documents are written for these tests.
"""

from __future__ import annotations

import pytest

from bot.figures import extract_figures
from index.readers import read_html
from tests.corpus_helpers import engine_over, judged

NOTE = """Rekap Aktivasi Identitas Digital Tirtamulya 2023

Aktivasi identitas digital di Kabupaten Sumberjati pada akhir 2023 mencapai 412.300 jiwa, sedangkan
Kabupaten Wanareja mencatat 288.150 jiwa.

Catatan: angka aktivasi identitas digital Kabupaten Kalidawir 2023 dikoreksi dari 1.845.220 menjadi
1.548.220 (ralat Dinas Kependudukan 12 Januari 2024).

Dinas menargetkan aktivasi identitas digital mencapai 25% penduduk wajib KTP pada akhir 2024.
"""
TRAFFIC = """Tirtamulya Traffic Centre: Annual Review 2024

The Tirtamulya Transport Vision 2030 aimed to raise the average downtown speed to 24 km/h by 2023; the
actual downtown speed in 2023 was 21.7 km/h. Tirtamulya's city buses reached an average speed of 52.4 km/h in 2023, above the 50 km/h target.

The city's ambulance plan set a target of 75% of ambulances arriving within 8 minutes by 2023. In 2023,
63.2% of ambulances arrived within 8 minutes, up from 60.9% in 2022.

The city's fibre backbone extends 1,240 km. The city plans to extend it to 1,600 km by 2026.

The city's open data portal held 18,450 datasets at the end of 2023. The Second Master Plan for Open Data
(2022-2026) targets 40,000 datasets on the portal by 2026 and 500 million API calls a year by 2026.
"""
DATASETS = """Tahun;Kementerian/Lembaga;Jumlah dataset;Dataset baru;Status data
2022;Kementerian Kesehatan;538;126;final
2022;Kementerian Pertanian;702;92;final
2022;Kementerian Keuangan;401;45;final
2023;Kementerian Kesehatan;671;133;final
2023;Kementerian Pertanian;745;43;final
2023;Kementerian Keuangan;436;35;final
"""
PAGE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Pos Tirtamulya Percepat Layanan Digital</title></head><body>
<nav><a href="/">Beranda</a></nav>
<main><article>
<h1>Pos Tirtamulya Percepat Layanan Digital</h1>
<p>Aplikasi PosKita milik Pos Tirtamulya memiliki rata-rata 870.000 pengguna aktif bulanan pada 2024,
menurut direktur digital perusahaan itu.</p>
<p>Perusahaan juga membuka 120 loket digital baru di kantor pos kecamatan sepanjang 2024.</p>
</article>
<aside class="ralat"><p><strong>Ralat:</strong> Dalam artikel ini semula tertulis aplikasi PosKita memiliki
rata-rata 870.000 pengguna aktif bulanan; yang benar adalah 780.000 pengguna aktif bulanan.</p></aside>
<aside class="related"><h3>Baca juga</h3><ul><li><a href="#">Tarif kurir naik 12 persen</a></li></ul></aside>
</main></body></html>
"""


@pytest.fixture(scope="module")
def corrected(embedder, tmp_path_factory):
    files = {"aktivasi-2023.txt": (NOTE, "Rekap Aktivasi Identitas Digital Tirtamulya 2023", "id", "2024-01-15"),
             "traffic-2024.txt": (TRAFFIC, "Tirtamulya Traffic Centre: Annual Review 2024", "en", "2024-03-01"),
             "poskita-2024.html": (PAGE, "Pos Tirtamulya Percepat Layanan Digital", "id", "2024-09-10"),
             "dataset-kl.csv": (DATASETS, "Dataset Satu Data menurut Kementerian, 2022-2023", "id", "2024-03-01")}
    return engine_over(tmp_path_factory.mktemp("corrected"), files, embedder, kind="news")


def test_a_correction_from_the_wrong_figure_to_the_right_one(corrected):
    judged(corrected, "Aktivasi identitas digital Kabupaten Kalidawir tahun 2023 sebanyak 1.845.220 jiwa",
           "contradicted", "1.548.220")
    judged(corrected, "Aktivasi identitas digital Kabupaten Kalidawir tahun 2023 sebanyak 1.548.220 jiwa",
           "supported")
    from bot.render import render_text

    text = render_text(corrected.answer("Berapa aktivasi identitas digital Kabupaten Kalidawir tahun 2023?"))
    assert "1.845.220 (sudah diralat)" in text and "1.548.220" in text, text


def test_a_change_from_one_figure_to_another_is_no_correction(tmp_path):
    from bot.quotes import correction_pairs

    assert correction_pairs("Jumlah pengguna naik dari 1,2 juta menjadi 1,5 juta pada 2023.") == []
    assert correction_pairs("The launch was corrected from 2023 to 2024.") == []
    # a new tariff, a schedule changed from a date, a market's fall: no figure misstated
    # (an attack on a first version labelled each first figure superseded)
    assert correction_pairs("Tarif direvisi dari Rp 3.500 menjadi Rp 4.000 pada 2024.") == []
    assert correction_pairs("Tarif dikoreksi dari Rp 25.000 menjadi Rp 15.000 per paket mulai Maret 2024.") == []
    assert correction_pairs("Jadwal layanan jemput bola dikoreksi dari 3 hari menjadi 5 hari kerja per minggu "
                            "mulai Februari 2024.") == []
    assert correction_pairs("Housing prices in Eastland City corrected from USD 3,400 to USD 2,900 per square "
                            "metre during 2023.") == []
    text = "Jumlah pengguna IKD Kota Baru pada akhir 2023 juga diralat dari 121.400 menjadi 112.400."
    assert [text[a:b] for a, b, _ in correction_pairs(text)] == ["121.400"]
    # (a first narrowing, to a figure's word before the verb or an erratum's label, lost these)
    text = "In the September edition, the average kiosk transaction time was corrected from 6.5 minutes to 5.6 minutes."
    assert [text[a:b] for a, b, _ in correction_pairs(text)] == ["6.5"]
    text = "Persentase anak yang memiliki KIA dikoreksi dari 43,5 persen menjadi 34,5 persen karena kesalahan input."
    assert [text[a:b] for a, b, _ in correction_pairs(text)] == ["43,5"]
    text = "The 2023 figure was corrected down from 3.2% to 2.9% after the audit."
    assert [text[a:b] for a, b, _ in correction_pairs(text)] == ["3.2%"]


def test_a_correction_note_after_the_article(corrected, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    text = "\n".join(b.text for b in read_html(page).blocks)
    assert "yang benar adalah 780.000" in text and "Tarif kurir" not in text
    judged(corrected, "Aplikasi PosKita memiliki 870.000 pengguna aktif bulanan", "contradicted", "780.000")
    # a page of several articles: a note outside them is of none in particular
    two = PAGE.replace("</article>", "</article><article><p>Berita lain: 45 kantor pos ditutup.</p></article>", 1)
    page.write_text(two, encoding="utf-8")
    assert "780.000" not in "\n".join(b.text for b in read_html(page).blocks)


def test_a_target_reached_against_the_result(corrected):
    judged(corrected, "Tirtamulya reached its downtown speed target of 24 km/h in 2023", "contradicted", "21.7")
    judged(corrected, "Tirtamulya's downtown speed was 21.7 km/h in 2023", "supported")
    # a result beyond its target reached it (an attack on a first version contradicted it)
    judged(corrected, "Tirtamulya's city buses reached their speed target of 50 km/h in 2023", "supported", "52.4")
    # a length in a plan confirms no present length (an attack on a first version, which
    # compared "km" with "km" as it does "km/h")
    from bot.factcheck import check_claim as check

    assert check(corrected, "Tirtamulya's fibre backbone extends 1,600 km").verdict != "supported"
    # (the share is wrong, its 8 minutes right: partly supported)
    from bot.factcheck import check_claim
    from bot.render import render_verdict_text

    v = check_claim(corrected, "In 2023, 75% of Tirtamulya ambulances arrived within 8 minutes")
    text = render_verdict_text(v)
    assert v.verdict in ("contradicted", "partly_supported") and "63.2%" in text, text


def test_a_result_share_of_a_group_named_by_duty_is_no_duty(corrected):
    from bot.factcheck import check_claim

    v = check_claim(corrected, "Aktivasi identitas digital Tirtamulya sudah mencapai 25% penduduk wajib KTP pada 2024")
    assert v.verdict != "supported", v


@pytest.mark.parametrize("text, lang, year", [
    ("The provisional 2023 figure for emergency calls was 17.9 million.", "en", "2023"),
    ("Note on 2023 figures: the interim edition gave 147.6 million documents.", "en", "2023"),
    ("A 2023 NIA survey estimated that 2,350 start-ups earned KRW 2.4 trillion.", "en", "2023"),
    ("Untuk 2024 perusahaan menargetkan 50 juta paket.", "id", "2024"),
    ("Untuk 2025 pemerintah provinsi menganggarkan Rp 45 miliar.", "id", "2025"),
])
def test_a_year_before_a_noun_is_no_count(text, lang, year):
    figures = extract_figures(text, lang)
    assert any(f.kind == "year" and f.surface == year for f in figures), figures
    assert not any(f.kind != "year" and f.surface == year for f in figures), figures


def test_counts_without_separators_stay_counts():
    assert [f.kind for f in extract_figures("They built a 2000 km backbone.", "en")] == ["count"]
    assert [f.kind for f in extract_figures("They built a 2000 MW plant.", "en")] == ["count"]
    # (an attack on a first version read these as years)
    assert [f.kind for f in extract_figures("The sensors collect 2000 data points per hour.", "en")] == ["count"]
    assert [f.kind for f in extract_figures("According to 2022 data from the office, 61% used it.", "en")][0] == "year"
    assert [f.kind for f in extract_figures("Untuk 2000 sekolah dialokasikan anggaran Rp 12 miliar.", "id")][0] == "count"
    assert [f.kind for f in extract_figures("Sebanyak 2000 peserta mendaftar.", "id")] == ["count"]


@pytest.mark.parametrize("question, figure", [
    ("Berapa jumlah dataset Kemenkes tahun 2023?", "671"),
    ("Berapa dataset baru Kementan tahun 2022?", "92"),
    ("Berapa dataset baru Kemenkeu tahun 2023?", "35"),
])
def test_a_ministry_s_short_name_finds_its_rows(corrected, question, figure):
    # the rows write "Kementerian Kesehatan"; the question types "Kemenkes"
    from tests.corpus_helpers import answered_with

    answered_with(corrected, question, figure)


def test_a_plan_s_term_is_no_total_of_its_target(corrected):
    # "(2022-2026)" names the plan's years: the 40,000 datasets are 2026's target level,
    # not a total over the years (a blind probe of stop 63 had it declined)
    from tests.corpus_helpers import answered_with

    answered_with(corrected, "How many datasets does Tirtamulya want on its open data portal by 2026?", "40,000")
