"""A tester's blind corpus (Y, stop 27) as journalists meet it: footnote marks glued to
figures ("Rp 1.250 miliar¹"), numbered phases and data centres ("Fase 1", "PDNS 2"),
a figure in the sentence after the one that dates it ("Serangan itu berdampak pada 239
instansi"), "up from 77th in 2022", a year column named "Tahun evaluasi", fiscal years
against calendar years, an index's score beside its rank, and counts of institutions
beside counts of incidents.

Each document is invented for the test (figures, people and dates are made up); each
case failed before the change it names.
"""

from __future__ import annotations

import pytest

from bot.figures import extract_figures
from bot.render import render_text, render_verdict_text


def _figures(text: str, lang: str | None = None, ref_year: int | None = 2024) -> list[tuple]:
    return [(f.surface, f.kind, f.year) for f in extract_figures(text, lang, ref_year=ref_year)]


def test_footnote_marks_labels_and_comparisons_in_figures():
    # a footnote mark glued to the scale word keeps the amount whole; a unit's power is no
    # mark, and stays with its unit (the label shows "km²" as written)
    assert [(f.surface, f.value) for f in extract_figures("dengan anggaran Rp 1.250 miliar¹. Fase 2", "id")] == [
        ("Rp 1.250 miliar", 1.25e12)]
    assert [(f.surface, f.noun) for f in extract_figures("luas 200 km² dan 500 m² lahan", "id")] == [
        ("200", "km²"), ("500", "m²")]
    # a phase, a numbered data centre: no figures
    assert _figures("Anggaran Fase 1 percepatan transformasi digital layanan publik sebesar Rp 1,25 triliun.", "id") == [
        ("Rp 1,25 triliun", "amount", None)]
    assert _figures("Pusat Data Nasional Sementara (PDNS) 2 di Surabaya", "id") == []
    assert _figures("Phase 2 adds 16 new services", "en") == [("16", "count", None)]
    # "up from 77th in 2022": 2022 is the 77th's year, not the 64th's
    assert _figures("Indonesia scored 0.7832 and ranked 64th, up from 77th in 2022.", "en") == [
        ("0.7832", "number", None), ("ranked 64th", "rank", None), ("77th", "rank", 2022), ("2022", "year", 2022)]
    # a row's "Tahun evaluasi" cell dates it
    assert ("2.79", "count", 2023) in _figures("Indeks Nasional — Tahun evaluasi: 2023; Indeks SPBE Nasional: 2.79", "id")


def test_a_spreadsheet_s_name_is_no_clause_of_its_cells():
    from bot.engine import _clause_at

    row = "panrb-indeks-spbe-2019-2024.id / Catatan — Indeks SPBE Nasional 2024 turun 0,12 poin menjadi 2,67."
    assert "2019-2024" not in _clause_at(row, row.index("2,67"))
    assert _clause_at("Selama 2019-2024, indeks naik menjadi 2,67.", 30).startswith(" indeks")


ROADMAP = """Peta Jalan Percepatan Transformasi Digital Layanan Publik 2024-2027

Percepatan transformasi digital layanan publik dilaksanakan dalam dua fase. Fase 1 (2024-2025) mencakup 9 layanan prioritas yang melibatkan 18 instansi, dengan anggaran Rp 1.250 miliar¹. Fase 2 (2026-2027) menambah 16 layanan baru yang melibatkan 46 instansi tambahan, dengan anggaran Rp 2.350 miliar.

¹ Termasuk Rp 180 miliar untuk pelatihan aparatur.
"""

BSSN = """Lanskap Keamanan Siber Indonesia 2024

Sepanjang 2024, BSSN mencatat 330,5 juta anomali trafik di ruang siber Indonesia, turun 7,8 persen dari 358,4 juta pada 2023. BSSN menangani 1.463 insiden siber.

Insiden terbesar adalah serangan ransomware terhadap Pusat Data Nasional Sementara (PDNS) 2 di Surabaya pada 20 Juni 2024. Serangan itu berdampak pada 239 instansi pusat dan daerah. Sebanyak 1.081 aplikasi milik instansi tersebut terhenti, yang menopang 418 jenis layanan publik.
"""

EGDI = """E-Government Survey 2024: Country Notes

The Republic of Korea scored 0.9613 on the E-Government Development Index (EGDI) in 2024 and ranked 4th of 193 Member States, down from 3rd in 2022. Indonesia scored 0.7832 and ranked 64th, up from 77th in 2022.
"""

EGDI_TABLE = """# E-Government Survey 2024: selected indicators

Table 1. EGDI and its components, 2022 and 2024

| Indicator | Korea 2022 | Korea 2024 | Indonesia 2022 | Indonesia 2024 |
|---|---|---|---|---|
| EGDI rank (of 193) | 3 | 4 | 77 | 64 |
| EGDI | 0.9529 | 0.9613 | 0.7160 | 0.7832 |
"""

SPBE_TABLE = """Tahun evaluasi,Indeks SPBE Nasional,Predikat
2023,2.79,Baik
2024,2.67,Baik
"""

LAN = """LAN Klaim 48.620 ASN Ikut Pelatihan Digital 2024

Lembaga Administrasi Negara (LAN) menyatakan 48.620 aparatur sipil negara (ASN) mengikuti pelatihan literasi digital sepanjang 2024. Kepala LAN mengatakan angka itu naik dari 31.400 peserta pada 2023.

Anggota DPR mempertanyakan angka tersebut. Menanggapi hal itu, LAN mencatat 41.275 peserta lulus dan memperoleh sertifikat.
"""

WORLD_BANK = """Indonesia Digital Government Services Acceleration Project: Implementation Status

In FY2024 (July 2023 - June 2024) the project disbursed USD 41.5 million. In FY2025 (July 2024 - June 2025) it disbursed USD 63.2 million.
"""

ICT_SPENDING = """Indonesia's digital government in figures

Central-government ICT spending in Indonesia was about USD 1.1 billion in 2024, roughly USD 3.9 per person, compared with about USD 23 per person in Korea.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory, embedder):
    from tests.corpus_helpers import engine_over

    files = {
        "bappenas-peta-jalan.id.txt": (ROADMAP, "Peta Jalan Percepatan Transformasi Digital Layanan Publik", "id", "2024-03-01"),
        "bssn-lanskap-2024.id.txt": (BSSN, "Lanskap Keamanan Siber Indonesia 2024", "id", "2025-02-10"),
        "un-egdi-2024.en.txt": (EGDI, "E-Government Survey 2024: Country Notes - Republic of Korea and Indonesia", "en",
                                "2024-09-17", "United Nations Department of Economic and Social Affairs (UN DESA)"),
        "un-egdi-2024-table.en.md": (EGDI_TABLE, "EGDI and its components, 2022 and 2024", "en", "2024-09-17"),
        "panrb-indeks-spbe.id.csv": (SPBE_TABLE, "Indeks SPBE Nasional", "id", "2024-12-20"),
        "warta-asn-lan.id.txt": (LAN, "LAN Klaim 48.620 ASN Ikut Pelatihan Digital 2024", "id", "2025-01-15"),
        "worldbank-status.en.txt": (WORLD_BANK, "World Bank: Implementation Status Update", "en", "2025-08-01"),
        "ict-spending.en.txt": (ICT_SPENDING, "Indonesia's digital government in figures", "en", "2025-03-01"),
    }
    return engine_over(tmp_path_factory.mktemp("corpus-y"), files, embedder)


def test_claims_on_footnoted_amounts_phases_and_the_sentence_after_a_date(engine):
    from bot.factcheck import check_claim

    v = check_claim(engine, "Anggaran Fase 1 percepatan transformasi digital layanan publik sebesar Rp 1,25 triliun.")
    assert v.verdict == "supported", render_verdict_text(v)
    v = check_claim(engine, "Menurut BSSN, serangan ransomware PDNS 2 pada Juni 2024 berdampak pada 418 instansi.")
    assert v.verdict == "contradicted" and "239 instansi" in render_verdict_text(v), render_verdict_text(v)


def test_claims_on_ranks_up_from_an_earlier_year_and_a_year_column(engine):
    from bot.factcheck import check_claim

    v = check_claim(engine, "Indonesia ranked 64th in the 2024 UN E-Government Development Index, up from 77th in 2022.")
    assert v.verdict == "supported", render_verdict_text(v)
    v = check_claim(engine, "Indeks SPBE nasional tahun 2024 naik menjadi 2,79.")
    assert v.verdict == "contradicted", render_verdict_text(v)


def test_a_year_written_out_beats_an_undated_figure_of_the_same_report(engine):
    from bot.factcheck import check_claim

    v = check_claim(engine, "LAN melatih 48.620 ASN pada 2024, naik dari 41.275 peserta pada 2023.")
    assert v.verdict == "partly_supported" and "31.400" in render_verdict_text(v), render_verdict_text(v)


def test_a_fiscal_year_is_no_calendar_year(engine):
    from bot.factcheck import check_claim

    v = check_claim(engine, "The World Bank project disbursed USD 52.8 million in calendar year 2024.")
    text = render_verdict_text(v)
    assert v.verdict == "not_found" and "FY2024" in text, text
    v = check_claim(engine, "The World Bank project disbursed USD 41.5 million in FY2024.")
    assert v.verdict == "supported", render_verdict_text(v)


def test_questions_on_counts_scores_and_spending(engine):
    # institutions asked, incidents and traffic anomalies ranked above them
    a = engine.answer("Menurut BSSN, berapa instansi yang terdampak serangan ransomware PDNS 2 Surabaya Juni 2024?")
    assert a.answered and "239" in render_text(a), render_text(a)
    # a score asked: the scores' row, not the ranks' row
    a = engine.answer("What was Indonesia's EGDI score in 2024?")
    assert a.answered and "0.7832" in render_text(a), render_text(a)
    # "What is ... spending per person in 2025?" asks for money of 2025: 2024's is no answer
    a = engine.answer("What is Indonesia's central-government ICT spending per person in 2025?")
    assert not a.answered, render_text(a)
    a = engine.answer("What is Indonesia's central-government ICT spending per person in 2024?")
    assert a.answered and "USD 3.9" in render_text(a), render_text(a)


# A tester's attack on these rules (stop 27): each case below went wrong with their first
# version (labels before counts, "IT spending" read as "It", a comparison's year, a
# subset dated in the claim's year, a fiscal and a calendar figure in one sentence,
# files withdrawn for files published, a row the question excludes).
ATTACK_LABELS = """GovTech voucher programme 2024

In the first round 120 startups were selected for the GovTech voucher. In the second round 85 startups joined. Setiap gelombang 200 peserta mengikuti pelatihan intensif.
"""

ATTACK_REVIEW = """Government24 annual review 2024

The ministry's digital bureau was reorganised in 2022. IT spending reached KRW 3.1 trillion, the largest item of its budget.

Indonesia's national open data portal listed 12,400 datasets, up from 9,800 in 2022. The data literacy programme trained 5,000 officials, from 2021 to 2024.

The public data portal published 91,000 datasets by the end of 2024. Of these, 14 files were withdrawn for privacy reasons.
"""

ATTACK_INCIDENTS = """Laporan Penanganan Insiden Siber 2024

BSSN menangani 361 insiden siber pada instansi pemerintah selama periode laporan. Pada Desember 2024 saja tercatat 48 insiden siber.
"""

ATTACK_PROJECT = """Project disbursements

In calendar year 2024 the project disbursed USD 30.2 million, while disbursements in FY2024 (July 2023 - June 2024) totalled USD 41.5 million.

KOICA disbursed USD 14.6 million to Indonesian digital government projects in 2024, the agency's largest annual amount; its fiscal year runs from January to December.
"""

ATTACK_BUYERS = """Kelompok pembeli,Nilai transaksi (Rp triliun),Jumlah paket
Pemerintah pusat,"88,4","12.310"
Pemerintah daerah,"97,1","26.540"
Seluruh pembeli,"196,7","41.236"
"""

ATTACK_LKPP = """Transaksi Pengadaan Elektronik 2024

Nilai transaksi pengadaan elektronik sepanjang 2024 mencapai Rp 196,7 triliun dari 41.236 paket.
"""


@pytest.fixture(scope="module")
def attacked(tmp_path_factory, embedder):
    from tests.corpus_helpers import engine_over

    files = {
        "govtech-voucher.en.txt": (ATTACK_LABELS, "GovTech voucher programme 2024", "en", "2024-12-01"),
        "gov24-review.en.txt": (ATTACK_REVIEW, "Government24 annual review 2024", "en", "2025-02-01"),
        "bssn-insiden.id.txt": (ATTACK_INCIDENTS, "Laporan Penanganan Insiden Siber 2024", "id", "2025-02-20"),
        "project.en.txt": (ATTACK_PROJECT, "World Bank project disbursements", "en", "2025-08-01"),
        "lkpp-belanja-pengadaan-2024.id.csv": (ATTACK_BUYERS, "Belanja pengadaan per kelompok pembeli 2024", "id", "2025-01-10"),
        "lkpp-rilis-2024.id.txt": (ATTACK_LKPP, "Transaksi Pengadaan Elektronik 2024", "id", "2025-01-10"),
    }
    return engine_over(tmp_path_factory.mktemp("corpus-y-attack"), files, embedder)


def test_the_attack_on_stop_27_s_rules(attacked):
    from bot.factcheck import check_claim

    # a count after a phrase ending in a label word is a count; a level after an acronym is
    # a figure; an exponent and a unit's power in capitals are no footnote marks; the
    # data's year dates a row, not its evaluation's; a share of spending is no money
    assert [f.surface for f in extract_figures("In the first round 120 startups were selected", "en")] == ["120"]
    assert [f.surface for f in extract_figures("Setiap gelombang 200 peserta mengikuti", "id")] == ["200"]
    assert [f.surface for f in extract_figures("tingkat kematangan SPBE 4.", "id")] == ["4"]
    assert [f.surface for f in extract_figures("Menurut survei APJII 8 dari 10 penduduk", "id")][0] == "8"
    assert [f.surface for f in extract_figures("Total 1,2 × 10⁶ dokumen", "id")] == ["1,2"]
    assert [(f.surface, f.noun) for f in extract_figures("luas 2,5 KM² dan", "id")] == [("2,5", "KM²")]
    assert ("190", "count", 2022) in _figures("Kota: Bandung; Tahun data: 2022; Tahun evaluasi: 2023; Jumlah layanan: 190", "id")
    from bot.quotes import AnswerTypes

    assert not AnswerTypes.of("What is the share of ICT spending in Indonesia's 2025 budget?").money
    v = check_claim(attacked, "In the first round of the GovTech voucher, 120 startups were selected.")
    assert v.verdict == "supported", render_verdict_text(v)
    # "IT spending" does not take up the sentence before (2022)
    v = check_claim(attacked, "The ministry's digital bureau was reorganised in 2022, the year its IT spending reached KRW 3.1 trillion.")
    assert v.verdict != "supported", render_verdict_text(v)
    # a figure after "up from ... in 2022" is of no earlier year, nor of 2022; a span is no comparison
    for claim in ("Indonesia's national open data portal listed 12,400 datasets in 2021.",
                  "Indonesia's national open data portal listed 12,400 datasets in 2022.",
                  "The data literacy programme trained 5,000 officials in 2023."):
        v = check_claim(attacked, claim)
        assert v.verdict != "supported", render_verdict_text(v)
    # a month's figure of the claim's year does not displace the report's own count
    v = check_claim(attacked, "BSSN menangani 361 insiden siber pada instansi pemerintah pada 2024.")
    assert v.verdict == "supported", render_verdict_text(v)
    # a calendar year's figure beside a fiscal year's in one sentence
    v = check_claim(attacked, "In calendar year 2024 the project disbursed USD 30.2 million.")
    assert v.verdict == "supported", render_verdict_text(v)
    v = check_claim(attacked, "In calendar year 2024 the project disbursed USD 41.5 million.")
    assert v.verdict == "contradicted", render_verdict_text(v)
    # "its fiscal year runs from January to December" names no fiscal year
    v = check_claim(attacked, "KOICA disbursed USD 14.6 million to Indonesian digital government projects in calendar year 2024.")
    assert v.verdict == "supported", render_verdict_text(v)
    # files withdrawn are no files published
    a = attacked.answer("How many files did the public data portal publish by the end of 2024?")
    assert "14 files" not in render_text(a).split("Closest")[0] or not a.answered, render_text(a)
    # a row the question excludes is not quoted first
    a = attacked.answer("Berapa nilai transaksi pengadaan elektronik 2024 di luar pemerintah daerah?")
    assert "97,1" not in render_text(a), render_text(a)


def test_a_calendar_year_question_beside_a_fiscal_year_in_one_sentence(attacked):
    # stop 28: the engine reads fiscal years per clause as the fact-checker does
    # (bot.quotes.fiscal_year_at); it had declined the calendar year's figure because the
    # sentence also names FY2024
    a = attacked.answer("How much did the project disburse in calendar year 2024?")
    assert a.answered and "USD 30.2 million" in render_text(a), render_text(a)
    # a fiscal year's figure answers no other calendar year
    a = attacked.answer("How much did the project disburse in calendar year 2023?")
    assert not a.answered, render_text(a)
