"""Claims judged by the figure of their own place, event and programme, in an index of
Indonesian and English documents.

A twelfth blind attack (stop 42) found verdicts built on the wrong figure of a sentence
that gave several: a province's count contradicted with the national total although the
next clause gave that province's ("..., sedangkan Sulawesi Selatan mengirim 41.880
aduan"); a launch claimed for the pilot's year supported ("piloted ... in July 2020 and
launched nationwide on 1 December 2021"); a result claimed at the target's value
supported ("71,3% ... telah diselesaikan, di bawah target 85%"); a data centre claimed
in a city no source names contradicted with another city's; and a claim on the tenders
of "eTT" supported by the e-catalogue "which is separate from eTT" (a name written in
lower case first had not been read as a name). The documents here are invented for the
test (other names and figures than the attack's).
"""

from __future__ import annotations

import pytest

from bot.factcheck import _names, check_claim
from bot.render import render_verdict_text
from tests.corpus_helpers import engine_over

COMPLAINTS = """Laporan Tahunan LAPOR Nusa 2023

LAPOR Nusa adalah kanal pengaduan pelayanan publik nasional yang dikelola Kementerian Aparatur Negara.

LAPOR Nusa berbeda dengan LAPOR Desa, aplikasi pengaduan warga desa yang dikelola Kementerian Desa.

Sepanjang tahun 2023, LAPOR Nusa menerima 640.500 aduan, naik dari 512.300 aduan pada tahun 2022.

Pada tahun 2023, Provinsi Maluku Utara mengirim 71.450 aduan, sedangkan Papua Barat mengirim 28.120 aduan.

Pada tahun 2022, Provinsi Maluku Utara mengungguli Papua Barat dengan 60.200 aduan.

Sebanyak 68,4% aduan tahun 2023 telah diselesaikan, di bawah target 80% yang ditetapkan untuk tahun tersebut.
"""

MOBILE_ID = """NusaPass: Nusa Raya's Mobile ID Reaches Millions

The NusaPass mobile identity app was piloted in Tirta City in March 2019 and launched nationwide on 1 October 2020.

By the end of 2022, NusaPass had been downloaded 6.4 million times.
"""

DATA_CENTRES = """Pusat Data Nasional: Tanya Jawab

Tanya: Kapan pusat data nasional beroperasi?

Jawab: Pusat Data Nasional pertama di Bekasi mulai beroperasi pada Maret 2024, sedangkan pusat data kedua di Batam ditargetkan beroperasi pada tahun 2026.
"""

PROCUREMENT = """Digital Procurement in South-East Asia: 2023 Review

Indonesia's national e-tendering portal, e-Tender Nusa (eTN), processed 21,400 tenders in 2022 worth IDR 215.8 trillion.

Indonesia's e-catalogue platform, Katalog Raya, which is separate from eTN, recorded transactions of IDR 98.7 trillion in 2022.
"""

RANKS = """Peringkat Survei E-Government PBB 2024

Dalam Survei E-Government PBB 2024, Filipina menempati peringkat 64 pada Indeks Pengembangan E-Government (EGDI), naik dari peringkat 77 pada tahun 2022.

Pada Indeks Partisipasi Elektronik (EPART), Filipina berada di peringkat 38 pada tahun 2024.
"""

FILES = {
    "lapor-nusa-2023.id.md": (COMPLAINTS, "Laporan Tahunan LAPOR Nusa 2023", "id", "2024-02-01"),
    "nusapass.en.md": (MOBILE_ID, "NusaPass: Nusa Raya's Mobile ID Reaches Millions", "en", "2023-01-18"),
    "pusat-data-tanya-jawab.id.md": (DATA_CENTRES, "Pusat Data Nasional: Tanya Jawab", "id", "2024-05-01"),
    "peringkat-pbb-2024.id.md": (RANKS, "Peringkat Survei E-Government PBB 2024", "id", "2024-09-20"),
    "procurement-review-2023.en.md": (PROCUREMENT, "Digital Procurement in South-East Asia: 2023 Review", "en",
                                      "2023-06-01"),
}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("claims_in_context"), FILES, embedder)


def _verdict(engine, claim):
    v = check_claim(engine, claim)
    return v.verdict, render_verdict_text(v)


@pytest.mark.parametrize("claim, verdict, shown", [
    # the province named later in the sentence keeps its own figure (bot.factcheck._named_since) ...
    ("Provinsi Papua Barat mengirim 71.450 aduan ke LAPOR Nusa pada 2023.", "contradicted", "28.120"),
    ("Provinsi Papua Barat mengirim 28.120 aduan ke LAPOR Nusa pada 2023.", "supported", "28.120"),
    # ... and a figure naming no place is not a province's where another names it (_placed_first)
    ("Provinsi Maluku Utara mengirim 28.120 aduan ke LAPOR Nusa pada 2023.", "contradicted", "71.450"),
    ("LAPOR Nusa menerima 640.500 aduan pada 2023.", "supported", "640.500"),
])
def test_a_province_s_claim_is_judged_by_that_province_s_figure(engine, claim, verdict, shown):
    got, text = _verdict(engine, claim)
    assert got == verdict, text
    assert f"{shown} aduan" in text.split("\n")[2], text  # the verdict line names the figure compared
    assert "640.500" not in text.split("\n")[2] or "640.500" in claim, text


@pytest.mark.parametrize("claim, verdict", [
    ("NusaPass was launched nationwide in 2019.", "contradicted"),  # 2019 is the pilot's year
    ("NusaPass was launched nationwide in 2020.", "supported"),
    ("NusaPass was piloted in 2019.", "supported"),
])
def test_a_year_is_compared_with_its_own_event_in_a_sentence_dating_two(engine, claim, verdict):
    got, text = _verdict(engine, claim)
    assert got == verdict, text


@pytest.mark.parametrize("claim, verdict", [
    ("LAPOR Nusa menyelesaikan 80% aduan pada tahun 2023.", "contradicted"),  # 80% is the target
    ("LAPOR Nusa menyelesaikan 68,4% aduan pada tahun 2023.", "supported"),
    ("Target penyelesaian aduan LAPOR Nusa tahun 2023 adalah 80%.", "supported"),
])
def test_a_result_claimed_at_the_target_s_value_is_contradicted(engine, claim, verdict):
    got, text = _verdict(engine, claim)
    assert got == verdict, text
    if verdict == "contradicted":
        assert "68,4%" in text, text


def test_a_year_claim_about_a_city_no_source_names_is_not_found(engine):
    got, text = _verdict(engine, "Pusat data nasional di Surabaya mulai beroperasi pada 2025.")
    assert got == "not_found", text
    got, text = _verdict(engine, "Pusat data nasional di Bekasi mulai beroperasi pada 2025.")
    assert got == "contradicted" and "2024" in text, text


def test_a_name_starting_in_lower_case_is_a_name():
    assert "eTN" in _names("Nilai tender eTN pada tahun 2022 mencapai Rp 98,7 triliun")
    assert _names("Korea menerima 5 juta e-mail") == ["Korea"]


@pytest.mark.parametrize("claim, verdict", [
    ("Nilai tender eTN pada tahun 2022 mencapai Rp 98,7 triliun.", "contradicted"),  # Katalog Raya's, set apart
    ("Nilai tender eTN pada tahun 2022 mencapai Rp 215,8 triliun.", "supported"),
    ("Katalog Raya recorded transactions of IDR 98.7 trillion in 2022.", "supported"),
])
def test_a_figure_of_a_thing_set_apart_from_the_claim_s_is_not_its(engine, claim, verdict):
    got, text = _verdict(engine, claim)
    assert got == verdict, text
    if verdict == "contradicted":
        assert "215.8" in text, text


@pytest.mark.parametrize("claim, verdict", [
    ("LAPOR Nusa dikelola oleh Kementerian Desa.", "not_found"),  # the sentence sets LAPOR Desa apart
    ("LAPOR Nusa dikelola oleh Kementerian Aparatur Negara.", "supported"),
    ("LAPOR Nusa berbeda dengan LAPOR Desa.", "supported"),  # a claim setting them apart itself
])
def test_a_sentence_setting_things_apart_supports_no_claim_without_figures(engine, claim, verdict):
    """bot.factcheck._names_supported, _CONTRASTS."""
    got, text = _verdict(engine, claim)
    assert got == verdict, text


@pytest.mark.parametrize("claim, verdict", [
    ("The Philippines ranked 38th in the UN E-Government Development Index 2024.", "contradicted"),  # EPART's rank
    ("The Philippines ranked 64th in the UN E-Government Development Index 2024.", "supported"),
    ("Filipina menempati peringkat 38 pada Indeks Partisipasi Elektronik 2024.", "supported"),
    ("Filipina menempati peringkat 38 EPART pada 2024.", "supported"),
])
def test_a_rank_on_another_index_named_in_its_sentence_is_not_the_claim_s(engine, claim, verdict):
    """bot.factcheck._index_of_another."""
    got, text = _verdict(engine, claim)
    assert got == verdict, text
    if verdict == "contradicted":
        assert "64" in text, text


def test_a_province_named_after_another_in_one_clause_gets_no_figure(engine):
    """_named_since needs a clause of the province's own: "Maluku Utara mengungguli Papua
    Barat dengan 60.200 aduan" gives 60.200 to Maluku Utara (a review of stop 42)."""
    got, text = _verdict(engine, "Provinsi Papua Barat mengirim 60.200 aduan ke LAPOR Nusa pada 2022.")
    assert got != "supported", text


def test_a_claim_naming_no_index_is_not_held_to_one():
    from bot.factcheck import _claimed_indexes

    assert _claimed_indexes("The Philippines ranked 64th in the UN E-Government Development Index 2024") == {"egdi"}
    assert _claimed_indexes("ranked 64th in the 2024 UN E-Government Survey, ahead of most ASEAN members") == set()
    assert _claimed_indexes("Filipina peringkat 38 EPART 2024") == {"epart"}


def test_names_and_asides_are_read_narrowly():
    from bot.factcheck import _without_contrasts

    assert "Government24" in _names("In 2020 Government24 had 20.5 million users.")
    assert _names("Konsumsi 40 kWh dan Rp2,1 triliun pada FY2024 oleh Kota Jaya") == ["Kota", "Jaya"]
    assert "fare card" not in _without_contrasts("K-Pass Wallet should not be confused with K-Pass Transit, a "
                                                 "public transport fare card.")
    kept = _without_contrasts("Berbeda dengan aplikasi sebelumnya, SAPA Warga dikelola oleh Diskominfo Jawa Barat.")
    assert "SAPA Warga dikelola oleh Diskominfo" in kept
