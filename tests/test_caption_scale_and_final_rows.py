"""A table caption's scale for its cells, and the final row of a year beside its
provisional row.

A blind probe of stop 66 had a workbook's "Table 1. Digital signature certificate users
in Korea by type, 2019-2024 (million users, end of year)" above the rows "Year: 2023;
...; Kakao Certificate users: 43.5; ...; Note: Provisional" and "Year: 2023 (revised);
...; Kakao Certificate users: 44.1; ...; Note: Revised June 2024; replaces the
provisional 2023 row". "Kakao Certificate had 43.5 million users in 2023" was
contradicted with "43.5 million users: wrong; the source says 43.5" (the caption's
"million" unread, so 43.5 counted 43.5 users), and once the caption was read it was
supported by the provisional row alone: the search finds one of two near-equal rows, and
the revised row's 44.1 was never retrieved. A blind probe of stop 69 had a CSV's final
row, "angka final, revisi 12 Maret 2024 (menggantikan angka sementara)", read as
provisional for its words on the row it replaces, and "Angka final panggilan masuk 112
Bandung 2023 berapa?" declined. An attack on this stop's first version found measures
("Share of eligible residents", "Satisfaction score", "Rata-rata jam pelatihan") and
another thing's column ("Datasets offered" under "(million requests)") scaled, and a
"2024 target (revised)" row taken as the year's final figure. The documents are written
for these tests.
"""

from __future__ import annotations

import numpy as np
import pytest

from bot.figures import extract_figures
from tests.corpus_helpers import answered_with, engine_over, judged

CAPTION = "Table 1. Digital signature certificate users in Korea by type, 2020-2023 (million users, end of year)"

SIGNATURES = (
    "Korea: digital signatures after the accredited certificate\n\n"
    "Korea abolished the accredited certificate on 10 December 2020, opening the market to private "
    "certificates issued by platforms and mobile operators.\n\n"
    f"{CAPTION}\n\n"
    "| Year | Joint (formerly accredited) certificate users | Kakao Certificate users | Naver certificate users "
    "| Share of adults with a private certificate (%) | Note |\n"
    "|---|---:|---:|---:|---:|---|\n"
    "| 2021 | 42.1 | 30.2 | 14.1 | 61.0 | |\n"
    "| 2022 | 41.0 | 37.2 | 20.0 | 70.4 | |\n"
    "| 2023 | 39.8 | 43.5 | 25.3 | 78.9 | Provisional |\n"
    "| 2023 (revised) | 39.8 | 44.1 | 25.6 | 79.3 | Revised June 2024; replaces the provisional 2023 row |\n"
    "| 2024 | 38.9 | 47.0 | 28.8 | 82.0 | Provisional |\n"
    "| 2025 target (revised) | 38.0 | 50.0 | 30.0 | 85.0 | Revised target set in March 2025 |\n\n"
    "Table 2. Government portals accepting private certificates, 2021-2023\n\n"
    "| Year | Public agencies accepting private certificates (count) | Government24 logins (million) |\n"
    "|---|---:|---:|\n"
    "| 2021 | 120 | 98.2 |\n"
    "| 2022 | 171 | 131.5 |\n"
    "| 2023 | 212 | 160.4 |\n\n"
    "The private certificate market was worth KRW 152 billion in 2023.\n"
)

SERTIFIKAT = (
    "Sertifikat elektronik ASN\n\n"
    "Tabel 1. Pengguna layanan tanda tangan elektronik BSrE, 2021-2023 (ribu pengguna)\n\n"
    "| Tahun | Pengguna ASN | Pengguna non-ASN |\n"
    "|---|---:|---:|\n"
    "| 2021 | 212,4 | 35,1 |\n"
    "| 2022 | 318,9 | 52,7 |\n"
    "| 2023 | 417,9 | 80,2 |\n"
)

CALLS = (
    "id,nama_kabupaten_kota,layanan,tahun,panggilan_masuk,panggilan_prank,keterangan\n"
    "1,KOTA TIRTAMULYA,Call Center 112,2022,398760,251430,\n"
    "2,KOTA TIRTAMULYA,Call Center 112,2023,436920,247815,angka sementara per 31 Desember 2023\n"
    "3,KOTA SUKAMAJU,Call Center 112,2023,120450,80112,\n"
    "4,KOTA TIRTAMULYA,Call Center 112,2023,441207,249530,\"angka final, revisi 12 Maret 2024 (menggantikan angka "
    "sementara)\"\n"
)


@pytest.fixture(scope="module")
def corpus(embedder, tmp_path_factory):
    root = tmp_path_factory.mktemp("caption_scale")
    files = {
        "korea-digital-signatures.md": (SIGNATURES, "Korea: digital signatures after the accredited certificate, "
                                        "2020-2023", "en", "2024-07-01"),
        "panggilan-112.csv": (CALLS, "Statistik panggilan Call Center 112 menurut kota, 2022-2023", "id",
                              "2024-03-15"),
        "bsre-pengguna.md": (SERTIFIKAT, "Pengguna tanda tangan elektronik BSrE 2021-2023", "id", "2024-02-01"),
    }
    return engine_over(root, files, embedder)


def _row(year: str, *cells: str) -> str:
    return f"{CAPTION} — Year: {year}; " + "; ".join(cells)


def test_a_captions_scale_is_that_of_the_cells_under_headers_naming_no_unit():
    row = _row("2023", "Joint (formerly accredited) certificate users: 39.8", "Kakao Certificate users: 43.5",
               "Share of adults with a private certificate (%): 78.9")
    figs = {f.surface: f for f in extract_figures(row, "en") if f.kind != "year"}
    assert figs["43.5"].kind == "count" and figs["43.5"].value == pytest.approx(43.5e6)
    # (a bracket inside a header is no unit of its own: "(formerly accredited)")
    assert figs["39.8"].value == pytest.approx(39.8e6)
    # ... but a header's own unit keeps its cells: a percentage, a count
    assert figs["78.9"].kind == "percent" and figs["78.9"].value == pytest.approx(78.9)
    counted = "Table 2. Portals (million users) — Year: 2023; Public agencies accepting (count): 212"
    assert [f.value for f in extract_figures(counted, "en") if f.surface == "212"] == [212]
    # (Indonesian: "(ribu pengguna)" is thousands)
    id_row = "Tabel 1. Pengguna BSrE, 2021-2023 (ribu pengguna) — Tahun: 2023; Pengguna ASN: 417,9"
    assert [f.value for f in extract_figures(id_row, "id") if f.surface == "417,9"] == [pytest.approx(417900)]
    # (nor does a caption's scale reach a measure, nor a thing other than the note's: an
    # attack on this stop's first version)
    table2 = ("Table 2. E-certificates issued, 2024 (thousand documents) — Document: Total; Issued: 43,799; "
              "Average days saved: 2.5; Satisfaction score: 4.5; Share of adults: 61.3")
    assert {f.surface: f.value for f in extract_figures(table2, "en") if f.kind != "year"} == {
        "43,799": pytest.approx(43_799_000), "2.5": 2.5, "4.5": 4.5, "61.3": 61.3}
    requests = ("Table 1. Public MyData requests, 2022-2024 (million requests) — Year: 2024; Requests: 45.2; "
                "Datasets offered: 143")
    assert {f.surface: f.value for f in extract_figures(requests, "en") if f.kind != "year"} == {
        "45.2": pytest.approx(45.2e6), "143": 143}
    people = ("Tabel 1. Peserta, 2022-2024 (ribu orang) — Tahun: 2023; Pendaftar: 461,8; Tingkat kelulusan: 37,1; "
              "Rata-rata jam pelatihan: 34")
    assert {f.surface: f.value for f in extract_figures(people, "id") if f.kind != "year"} == {
        "461,8": pytest.approx(461_800), "37,1": 37.1, "34": 34}
    # (a caption's note that is no scale leaves the cells as they are)
    plain = "Table 3. Kiosks (end of year) — Year: 2023; Kiosks installed: 43"
    assert [f.value for f in extract_figures(plain, "en") if f.surface == "43"] == [43]


def test_a_claim_in_the_captions_scale_is_judged_by_the_cell(corpus):
    judged(corpus, "Kakao Certificate had 37.2 million users in 2022", "supported", "37.2")
    judged(corpus, "Kakao Certificate had 39.5 million users in 2022", "contradicted", "37.2")
    judged(corpus, "Pengguna ASN layanan BSrE mencapai 318,9 ribu pada 2022", "supported", "318,9")


def test_a_provisional_rows_figure_is_judged_by_the_years_final_row(corpus):
    judged(corpus, "Kakao Certificate had 43.5 million users in 2023", "contradicted", "44.1")
    judged(corpus, "Kakao Certificate had 44.1 million users in 2023", "supported", "44.1")


def test_a_revised_target_is_no_final_figure(corpus):
    judged(corpus, "Kakao Certificate had 47.0 million users in 2024", "supported", "47.0")
    judged(corpus, "Kakao Certificate had 50.0 million users in 2024", "contradicted", "47.0")


def test_the_final_row_of_a_provisional_rows_year_joins_the_claims_passages(corpus):
    from bot.factcheck import _with_final_rows

    hits = corpus.search("Kakao Certificate had 43.5 million users in 2023", 10)
    provisional = [h for h in hits if "Note: Provisional" in h.passage.text]
    assert provisional, [h.passage.text for h in hits]
    vec = corpus.embedder.encode_queries(["Kakao Certificate had 43.5 million users in 2023"])[0]
    added = _with_final_rows(corpus, provisional, vec)[len(provisional):]
    assert [h.passage.text.split(" — ", 1)[1][:20] for h in added] == ["Year: 2023 (revised)"]
    assert np.isfinite(added[0].scores["dense"])
    # (a final row's own hits bring nothing more; nor does another year's row)
    final = [h for h in hits if "(revised)" in h.passage.text] or added
    assert _with_final_rows(corpus, final, vec) == final
    other = [h for h in corpus.search("Kakao Certificate users 2022", 10) if "Year: 2022" in h.passage.text]
    assert other and _with_final_rows(corpus, other[:1], vec) == other[:1]


def test_the_final_row_answers_the_years_question(corpus):
    answered_with(corpus, "How many Kakao certificate users were there in 2023?", "2023 (revised)", "44.1")


def test_a_row_replacing_a_provisional_one_is_no_provisional_row(corpus):
    from bot.quotes import row_preliminary

    assert row_preliminary("t — tahun: 2023; keterangan: angka sementara per 31 Desember 2023")
    assert not row_preliminary("t — tahun: 2023; keterangan: angka final, revisi 12 Maret 2024 (menggantikan angka "
                               "sementara)")
    answered_with(corpus, "Angka final panggilan masuk 112 Tirtamulya 2023 berapa?", "441207")
    judged(corpus, "Call Center 112 Kota Tirtamulya menerima 436.920 panggilan pada 2023", "contradicted", "441207")
