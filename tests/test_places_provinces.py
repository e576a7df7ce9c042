"""Where a text is: a country named through its cities and provinces (a dateline
"JAKARTA –", "berbasis di Milan"), Indonesia's provinces by any of their names ("NTT",
"Central Java", "Jateng"), and the claims and questions a tester's blind corpus (S) got
wrong around them: a province's budget asked of the nation's, a target claimed as
reached, a total over years claimed for one year, a name spelt out beside its acronym."""

from __future__ import annotations

import pytest

from bot.chatwords import provinces_in
from bot.places import city_table, names_country, names_place_in
from bot.render import render_text, render_verdict_text


@pytest.mark.parametrize(
    "text, names, named",
    [
        ("JAKARTA – Kementerian Dalam Negeri dan KOICA menandatangani hibah.", ["Indonesia"], True),
        ("Jakarta, 19 Desember 2023\nSiaran pers", ["Indonesia"], True),  # a dateline opens the text
        ("rapat komite di Jakarta, Selasa (12/9)", ["Indonesia"], True),  # no other country named
        ("pabrikan yang berbasis di Milan tersebut", ["Italy", "Italia"], True),
        ("SEOUL, Sept 18 (Yonhap) -- the ministry said", ["South Korea", "Korea Selatan"], True),
        ("Pada rapat di Seoul, menteri berbicara.", ["Indonesia"], False),  # another country's city
        ("Surat Edaran Menteri tentang SPBE", ["India"], False),  # "Surat" is a letter here
        ("Lima tahun kemudian, sistem itu diganti.", ["Peru"], False),  # five years, not the capital
        ("Proyek di Sulawesi Selatan dan Nusa Tenggara Barat", ["Indonesia"], True),  # provinces
    ],
)
def test_a_text_names_its_country_through_a_city_or_province(text, names, named):
    assert names_place_in(text, names) is named


def test_the_city_table_leaves_out_common_words():
    table = city_table()
    assert table["Jakarta"] == {"ID"} and table["Milan"] == {"IT"} and "KR" in table["Seoul"]
    for word in ("Kita", "Surat", "Lima", "Kota", "Anda", "Itu", "Nice"):
        assert word not in table, word


def test_names_country_reads_cities_too():
    # the fact-checker's country test (a KOICA page in Indonesian naming Korea and Jakarta)
    text = "Tenaga ahli Korea mendampingi pemerintah daerah di Sulawesi Selatan dan Kalimantan Timur."
    assert names_country(text, {"Indonesia"}, "id")
    assert not names_country("Tenaga ahli Korea mendampingi pemerintah daerah.", {"Indonesia"}, "id")
    # a city where something happened says nothing when the text names another country
    # (a tester's attack: Korea's exports had become Indonesia's, a Toyota supplier in
    # Busan Japan's)
    forum = "Speaking at a forum in Jakarta on 3 May, Korea's vice minister said exports reached USD 534 million."
    assert not names_country(forum, {"Indonesia"}, "en")
    assert not names_place_in("At a Toyota supplier in Busan, Korea's programme cut defects.", ["Japan"])
    assert names_place_in("Pemerintah Kota Semarang meluncurkan aplikasi SemarangKu.", ["Indonesia"])
    for text, country in (("Layanan tetap buka selama libur Natal.", "Brazil"), ("Professor Victoria Lee said.", "Seychelles"),
                          ("A Georgetown University study", "Guyana"), ("Papua New Guinea launched SevisPass.", "Indonesia")):
        assert not names_place_in(text, [country]), text


@pytest.mark.parametrize(
    "text, provinces",
    [
        ("Brp anggaran SPBE Pemprov NTT thn 2024?", {"nusa tenggara timur"}),
        ("indeks spbe ntb thn 2023", {"nusa tenggara barat"}),
        ("What is Central Java's SPBE score?", {"jawa tengah"}),
        ("Jateng dan DKI Jakarta", {"jawa tengah", "jakarta"}),
        ("West Papua and Papua Barat Daya", {"papua barat", "papua barat daya"}),
        ("Indeks SPBE nasional 2023", set()),
    ],
)
def test_provinces_by_any_of_their_names(text, provinces):
    assert provinces_in(text) == provinces


GRANT = """Korea Selatan Beri Hibah USD 15,5 Juta untuk Digitalisasi Pemerintahan Daerah

JAKARTA – Kementerian Dalam Negeri (Kemendagri) dan Korea International Cooperation Agency (KOICA) menandatangani perjanjian hibah untuk program penguatan pemerintahan digital daerah. Nilai hibah mencapai USD 15,5 juta (sekitar Rp 238,7 miliar) dan akan dilaksanakan selama empat tahun, 2023–2026.

Selain pembangunan sistem, hibah juga mencakup pelatihan bagi 1.200 aparatur sipil negara daerah.
"""

NTB = """Wawancara Kepala Diskominfotik NTB: Kami Tidak Mau Berhenti di Predikat Baik

Tanya: Berapa anggaran yang disiapkan pemerintah provinsi untuk SPBE?

Jawab: Tahun ini Pemerintah Provinsi NTB mengalokasikan Rp 18,6 miliar untuk SPBE, termasuk pembangunan pusat data daerah dan pelatihan aparatur.
"""

BUDGET = """Analisis Anggaran Transformasi Digital Pemerintah dalam RAPBN 2025

Dalam RAPBN 2025, anggaran Sistem Pemerintahan Berbasis Elektronik (SPBE) terpusat dialokasikan sebesar Rp 2,1 triliun, turun 38,3 persen dibandingkan outlook 2024. Penurunan ini terutama disebabkan oleh berkurangnya kebutuhan belanja modal.

Selama 2021-2024, total anggaran SPBE terpusat mencapai Rp 11,79 triliun. Angka tersebut tidak termasuk belanja teknologi informasi pemerintah daerah.
"""

GOV24 = """Government24 in Numbers: 2023 Service Statistics

At the end of last year, Government24 had 24.6 million members, up from 21.3 million a year earlier. Our target for last year had been 25 million members, and we came close.

Certificates issued online rose to 152.6 million.
"""


@pytest.fixture(scope="module")
def regions(tmp_path_factory, embedder):
    from tests.corpus_helpers import engine_over

    files = {
        "hibah-koica.id.md": (GRANT, "Korea Selatan Beri Hibah USD 15,5 Juta untuk Digitalisasi Pemerintahan Daerah",
                              "id", "2023-05-10"),
        "wawancara-ntb.id.txt": (NTB, "Wawancara Kepala Diskominfotik NTB", "id", "2024-05-02"),
        "anggaran-rapbn-2025.id.txt": (BUDGET, "Analisis Anggaran Transformasi Digital Pemerintah dalam RAPBN 2025",
                                       "id", "2024-09-05"),
        "government24.en.txt": (GOV24, "Government24 in Numbers: 2023 Service Statistics", "en", "2024-02-01"),
    }
    return engine_over(tmp_path_factory.mktemp("regions"), files, embedder)


def test_a_dateline_city_says_whose_grant_it_is(regions):
    # the item never writes "Indonesia"; "JAKARTA –" does (before: declined, the
    # question's "Indonesia" missing from the passage)
    a = regions.answer("KOICA's e-gov grant to Indonesia, how much is that in rupiah?")
    assert a.answered and "238,7" in render_text(a)


def test_a_province_budget_is_not_answered_by_another_province_or_the_nation(regions):
    a = regions.answer("Brp anggaran SPBE Pemprov NTT thn 2024?")
    assert not a.answered and a.signals.missing_places >= 1
    b = regions.answer("Brp anggaran SPBE Pemprov NTB thn 2024?")
    assert b.answered and "18,6" in render_text(b)


def test_a_claims_acronym_is_the_sources_bracketed_one():
    # a claim's "Hibah KOICA" is the source's "hibah Korea International Cooperation
    # Agency (KOICA)" (whose initials spell "KICA"): not another holder's grant (a
    # tester's claim had been "not found" so)
    from bot.factcheck import _titled_names

    source = _titled_names("adalah proyek hibah Korea International Cooperation Agency (KOICA) senilai USD 12,4 juta")
    assert "koica" in source["hibah"] and "korea" in source["hibah"]


def test_a_claim_of_the_target_as_reached_is_contradicted(regions):
    v = regions.check("Government24 had 25 million members at the end of 2023.")
    assert v.verdict == "contradicted", render_verdict_text(v)
    assert "target" in v.explanation and "24.6 million" in v.explanation
    assert regions.check("Government24 had 24.6 million members at the end of 2023.").verdict == "supported"


def test_a_total_over_years_opening_the_sentence_is_no_figure_of_one_year(regions):
    # "Selama 2021-2024, total ... Rp 11,79 triliun" had "supported" a claim about 2024
    v = regions.check("Indonesia's central SPBE budget for 2024 was Rp 11.79 trillion.")
    assert v.verdict == "not_found", render_verdict_text(v)
    assert "several years" in v.explanation


def test_a_name_spelt_out_beside_its_acronym_is_the_claims_name(regions):
    # "anggaran Sistem Pemerintahan Berbasis Elektronik (SPBE) terpusat ... Rp 2,1 triliun"
    # had been read as the budget of another thing than the claim's SPBE
    v = regions.check("Anggaran SPBE terpusat dalam RAPBN 2025 turun 38,3 persen menjadi Rp 1,8 triliun.")
    assert v.verdict == "partly_supported", render_verdict_text(v)
    assert "2,1 triliun" in v.explanation


def test_a_claim_names_the_thing_one_figure_counts_without_needing_it_everywhere(regions):
    # "2.000 ASN" names that count's thing: the grant's passage need not write "ASN"
    v = regions.check("Hibah KOICA untuk pemerintahan digital daerah bernilai USD 15,5 juta dan melatih "
                      "2.000 ASN.")
    assert v.verdict in ("partly_supported", "contradicted"), render_verdict_text(v)
    assert "USD 15,5 juta" in v.explanation
