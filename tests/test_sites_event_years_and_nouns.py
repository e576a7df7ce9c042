"""Claims about one of two things a passage sets side by side, years counted from an
event, and the noun a count is shown with.

The stop-57 note left: a sentence about one site confirming a claim about another named
in the same passage ("Sejong 5-1 covers 279 hectares" supported by "Busan Eco Delta City
covers 279 hectares ..."), and a relative year before a figure read as a year after the
written one ("At the end of 2023, a year after the relaunch, the app had 4.1 million
registered users" was 2024's). The documents here are invented for the tests.
"""

from __future__ import annotations

import pytest

from bot.figures import extract_figures
from tests.corpus_helpers import answered_with, engine_over, judged

SMART_CITIES = """# National smart city pilots

Korea selected two national pilot smart cities in 2018. Sejong 5-1 Living Zone is built on 274 hectares north of the government complex. Busan Eco Delta City covers 279 hectares along the Nakdong River. Sejong 5-1 will house about 22,000 residents, while Busan Eco Delta City plans homes for 8,500 residents in its first phase.
"""

IKD = """# IKD rollout note

The digital population ID (IKD) was launched in 2022 for all residents. By December 2023, Dukcapil recorded 10 million IKD activations, against 2 million activations in its first year.
"""

SAPA = """# SAPA Warga

SAPA Warga was relaunched in 2022 with a new design. At the end of 2023, a year after the relaunch, the app had 4.1 million registered users. In 2021 it had 2.7 million registered users.
"""

AUDIT = """# Ikhtisar Hasil Pemeriksaan Program Pusat Data Nasional TA 2023

Pada Tahun Anggaran 2023, pagu anggaran program PDN sebesar Rp 1.480,2 miliar. Realisasi anggaran hingga 31 Desember 2023 sebesar Rp 1.234,5 miliar atau 83,4% dari pagu.
"""

INCHEON = """# Incheon free economic zone districts

Songdo covers 611 hectares of reclaimed land. Cheongna International City covers 1,780 hectares west of the airport railway.
"""

LAPOR = """# Laporan Tahunan Pelayanan Publik 2024

Ringkasan SP4N-LAPOR!:

- Aduan masuk 2024: 1,62 juta
- Aduan masuk 2023: 1,45 juta

Pada semester I 2024, SP4N-LAPOR! menerima 768.250 aduan, sedangkan pada semester II 2024 menerima 850.650 aduan.
"""

FILES = {
    "ihp-pdn-2023.md": (AUDIT, "Ikhtisar Hasil Pemeriksaan Program Pusat Data Nasional TA 2023", "id", "2024-05-01"),
    "incheon-districts.md": (INCHEON, "Incheon free economic zone districts", "en", "2023-09-01"),
    "laporan-tahunan-2024.md": (LAPOR, "Laporan Tahunan Pelayanan Publik 2024", "id", "2025-03-28"),
    "smart-cities.md": (SMART_CITIES, "National smart city pilots", "en", "2024-03-01"),
    "ikd-note.md": (IKD, "IKD rollout note", "en", "2024-02-01"),
    "sapa-warga.md": (SAPA, "SAPA Warga annual note", "en", "2024-05-01"),
}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("sites_event_years"), FILES, embedder)


@pytest.mark.parametrize("claim, verdict, said", [
    # the sentence naming the other site gives the claimed site no figure ...
    ("Sejong 5-1 covers 279 hectares", "contradicted", "274 hectares"),
    ("Busan Eco Delta City covers 274 hectares", "contradicted", "279 hectares"),
    # ... and each site's own sentence still confirms it
    ("Sejong 5-1 covers 274 hectares", "supported", "274 hectares"),
    ("Busan Eco Delta City covers 279 hectares", "supported", "279 hectares"),
    # a one-word name opening the other sentence names another site too
    ("Cheongna International City covers 611 hectares", "contradicted", "1,780 hectares"),
    ("Songdo covers 1,780 hectares", "contradicted", "611 hectares"),
])
def test_a_sentence_about_the_other_site_gives_no_figure_of_this_one(engine, claim, verdict, said):
    judged(engine, claim, verdict, said)


def test_a_list_item_s_label_is_no_other_subject(engine):
    # "Aduan" opening the item is a label, not another thing beside SP4N-LAPOR!'s semester counts
    judged(engine, "Pada 2024 SP4N-LAPOR! menerima 1,62 juta aduan", "supported", "1,62 juta")


def test_a_common_word_opening_the_sentence_names_no_other_thing(engine):
    # "Realisasi" opens the sentence of the claim's own realisation, beside the PDN's budget
    judged(engine, "Realisasi anggaran Program PDN tahun 2023 sebesar Rp 1.234,5 miliar atau 83,4% dari pagu.",
           "supported", "Rp 1.234,5 miliar")


def test_the_office_stating_a_figure_is_no_other_subject(engine):
    # "Dukcapil recorded ..." states IKD's count: the office is who counts, not what
    judged(engine, "IKD had 10 million activations in 2023", "supported", "10 million")


def test_a_year_counted_from_an_event_restates_the_year_before_it(engine):
    judged(engine, "SAPA Warga had 4.1 million registered users in 2023", "supported", "for 2023")
    judged(engine, "SAPA Warga had 4.1 million registered users in 2024", "contradicted", "for 2023")
    answered_with(engine, "how many registered users did sapa warga have in 2023?", "4.1 million")


@pytest.mark.parametrize("text, year", [
    ("At the end of 2023, a year after the relaunch, the app had 4.1 million users.", 2023),
    # with no written year beside it, the phrase still counts from the year before it
    ("The app was relaunched in 2022. A year later it had 4.1 million users.", 2023),
    ("The app was relaunched in 2022. Two years after that, it had 4.1 million users.", 2024),
])
def test_the_year_of_a_figure_after_a_relative_phrase(text, year):
    (users,) = [f for f in extract_figures(text, "en", ref_year=2024) if f.surface.startswith("4.1")]
    assert users.year == year, (users.surface, users.year)


@pytest.mark.parametrize("text, noun", [
    ("The zone is built on 274 hectares north of the government complex.", "hectares"),
    ("The zone covers 279 hectares along the Nakdong River.", "hectares"),
    ("The survey covered 5 North Sumatra districts.", "North Sumatra districts"),
])
def test_a_place_word_after_a_count_s_noun_ends_it(text, noun):
    (f,) = [f for f in extract_figures(text, "en") if f.kind == "count"]
    assert f.noun == noun, f.noun
