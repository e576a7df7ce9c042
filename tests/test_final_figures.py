"""Final and preliminary figures across documents, as a tester attacked them: a final
figure that names the preliminary one it replaces, a release whose closing clause says its
figures are preliminary ("..., menurut data sementara LKPP", "..., according to
preliminary estimates"), and the year a figure refers to when a written-out year follows
several figures."""

from __future__ import annotations

import pytest

from bot.figures import extract_figures
from bot.render import render_text, render_verdict_text

ANNUAL = """Laporan Tahunan LKPP 2024

Hasil akhir rekonsiliasi data menunjukkan nilai transaksi katalog elektronik tahun 2024 sebesar Rp 201,3 triliun, naik dari angka sementara Rp 196,7 triliun yang diumumkan pada Januari 2025.

Sebanyak 1.142 pemerintah daerah telah bertransaksi melalui katalog elektronik pada 2024, dibandingkan 987 pemerintah daerah pada 2023.
"""

RELEASE = """Transaksi E-Katalog 2024 Tembus Rp 196,7 Triliun

JAKARTA, 6 Januari 2025 — Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah (LKPP) mencatat nilai transaksi katalog elektronik mencapai Rp 196,7 triliun pada 2024, naik dari Rp 153 triliun pada 2023, menurut data sementara LKPP.

Jumlah produk tayang di katalog elektronik sementara tercatat 6,1 juta produk pada akhir 2024, dan angka ini masih dapat berubah sebelum hasil akhir diumumkan pada Maret 2025.

Biro Hukum, Informasi dan Hubungan Masyarakat LKPP, Jakarta, 6 Januari 2025
"""

EXPORTS = """Korea's E-Government Exports Rise in 2024

SEJONG, February 12, 2025 — Korea's e-government exports reached USD 517 million in 2024, up from USD 470 million in 2023, according to preliminary estimates by the Ministry of the Interior and Safety.
"""

EXPORTS_FINAL = """Korea E-Government Export Statistics 2024 (final)

Final, verified figures show that Korea's e-government exports totalled USD 509.8 million in 2024, compared with a preliminary estimate of USD 517 million published in February 2025.
"""


@pytest.fixture(scope="module")
def finals(tmp_path_factory, embedder):
    from tests.corpus_helpers import engine_over

    files = {
        "laporan-tahunan-lkpp-2024.id.txt": (ANNUAL, "Laporan Tahunan LKPP 2024", "id", "2025-03-20"),
        "siaran-pers-ekatalog-2024.id.txt": (RELEASE, "Transaksi E-Katalog 2024 Tembus Rp 196,7 Triliun", "id", "2025-01-06"),
        "korea-exports-2024.en.txt": (EXPORTS, "Korea's E-Government Exports Rise in 2024", "en", "2025-02-12"),
        "korea-exports-2024-final.en.txt": (EXPORTS_FINAL, "Korea E-Government Export Statistics 2024 (final)", "en",
                                            "2025-06-20"),
    }
    return engine_over(tmp_path_factory.mktemp("finals"), files, embedder)


def test_the_final_figure_that_names_the_preliminary_one_answers(finals):
    # its digits alone ("Rp 201,3 triliun" -> 2013) had been read as a year, and the
    # question declined
    a = finals.answer("Berapa hasil akhir nilai transaksi katalog elektronik 2024?")
    assert a.answered and "201,3" in render_text(a)


def test_a_closing_source_clause_makes_a_sentences_figures_preliminary(finals):
    # "..., menurut data sementara LKPP" and "sementara tercatat 6,1 juta": no final count
    a = finals.answer("Berapa hasil akhir jumlah produk tayang di katalog elektronik 2024?")
    assert not a.answered


def test_a_claim_of_the_final_figure_is_judged_by_the_final_one(finals):
    v = finals.check("Korea's final e-government export figure for 2024 was USD 517 million.")
    assert v.verdict == "contradicted", render_verdict_text(v)
    assert "509.8" in v.explanation
    assert finals.check("Korea's e-government exports were USD 509.8 million in 2024.").verdict == "supported"


@pytest.mark.parametrize(("text", "lang", "years"), [
    # an apposition shares the year written after it
    ("Realisasi anggaran Ditjen Dukcapil mencapai Rp 1,2 triliun, atau 93 persen dari pagu Rp 1,29 triliun, "
     "pada tahun anggaran 2023.", "id", {"Rp 1,2 triliun": 2023, "93 persen": 2023, "Rp 1,29 triliun": 2023}),
    ("The portal served 4.2 million users, processing 18 million transactions, in 2023.", "en",
     {"4.2 million": 2023, "18 million": 2023}),
    # a clause with a verb of its own keeps it
    ("Paraguay's SII, built with a USD 6.2 million KOICA grant, connected 80 government institutions by the end "
     "of 2023", "en", {"USD 6.2 million": None, "80": 2023}),
])
def test_a_written_year_after_several_figures(text, lang, years):
    assert {f.surface: f.year for f in extract_figures(text, lang, ref_year=2024) if f.kind != "year"} == years
