"""A preliminary figure is never quoted without the final one its source gives right
after it: "... was first reported as 31.4% for 2023 in a provisional figure released in
January 2024." had been quoted, as the second sentence of the quote, without "The final
figure, published with this brief, is 29.8%." (a blind probe of stop 62; the same for
"Angka sementara ... menyebut 3.000 ASN akan pindah pada tahap pertama." before "Angka
final ... adalah 1.700 ASN"). A running total asked ("Total savings from DUR so far?")
is answered by the sentence stating one ("The cumulative saving since 2011 reached KRW
1.02 trillion"), not by a year's figure ranked above it; the final figure asked of a year
is looked for among the sentences of that year (blind probes of stop 63). The documents
are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.corpus_helpers import engine_over

FILLER = ("The district's service centres also ran evening classes for residents and answered questions "
          "from visitors by telephone and chat throughout the year. ")
BRIEF = f"""Tirtamulya Eco Village: Pilot Results 2023

1. Residents

The first stage of the Tirtamulya Eco Village opened in March 2021, when 64 households moved in.
Each household shares data from its smart meters with the district in exchange for lower rent.

2. Water and energy

Tap water is monitored in real time at 19 points, and 71.2% of Eco Village residents reported
drinking tap water in 2023, compared with a district average of 38.5%. Energy self-sufficiency in the Eco
Village, from rooftop solar and heat pumps, was first reported as 41.6% for 2023 in a provisional figure
released in January 2024. The final figure, published with this brief, is 39.3%. The target is 100%
energy self-sufficiency for the whole district by 2035.

3. Outlook

{FILLER * 4}
"""
BERITA = f"""Pemindahan Pegawai ke Kota Baru Tirtamulya

Pemerintah daerah Tirtamulya menyiapkan pemindahan pegawai ke kota baru di utara provinsi.

Rencana awal pemerintah daerah memindahkan 8.450 pegawai ke kota baru pada 2024. Angka sementara yang
disampaikan pada Juni 2024 menyebut 2.600 pegawai akan pindah pada tahap pertama. Angka final yang
ditetapkan Sekretariat Daerah pada 9 Agustus 2024 adalah 1.450 pegawai dari 27 dinas, yang dijadwalkan
pindah mulai Oktober 2024.

{FILLER * 4}
"""


REVIEW = f"""Tirtamulya Drug Review System: Country Case Report

The review system checks every prescription against a patient's other medicines. The agency estimates that
the system avoided IDR 412 billion of inappropriate drug spending in 2022. The cumulative saving since 2013
reached IDR 3.9 trillion by the end of 2022. Alerts changed 31.5% of prescriptions in 2022.

The mobile app had 1.2 million registered users at the end of 2019. Provisional figures published in
February 2024 put the number of app prescriptions checked in 2023 at 84 million. After the annual audit, the
final figure for 2023 is 79 million prescriptions.

{FILLER * 3}
"""


@pytest.fixture(scope="module")
def village(embedder, tmp_path_factory):
    files = {"drug-review-2023.txt": (REVIEW, "Tirtamulya Drug Review System: Country Case Report", "en",
                                      "2024-05-01"),"eco-village-2023.txt": (BRIEF, "Tirtamulya Eco Village: Pilot Results 2023", "en", "2024-02-20"),
             "pemindahan-pegawai-2024.txt": (BERITA, "Pemindahan Pegawai ke Kota Baru Tirtamulya", "id",
                                             "2024-08-12")}
    return engine_over(tmp_path_factory.mktemp("village"), files, embedder)


def _quoted(engine, question: str) -> tuple[bool, str]:
    from bot.render import render_text

    answer = engine.answer(question)
    text = render_text(answer)
    return answer.answered, "\n".join(line for line in text.splitlines() if line.startswith("  “")
                                      or line.startswith("   "))


@pytest.mark.parametrize("question, preliminary, final", [
    ("What share of its own energy did the Tirtamulya Eco Village produce in 2023?", "41.6%", "39.3%"),
    ("How many employees will move to the new Tirtamulya city in the first phase?", "2.600", "1.450"),
    ("Berapa pegawai Tirtamulya yang pindah ke kota baru pada tahap pertama?", "2.600", "1.450"),
])
def test_the_final_figure_follows_the_preliminary_one(village, question, preliminary, final):
    answered, quoted = _quoted(village, question)
    assert answered and final in quoted, quoted
    if preliminary in quoted:  # the final one right after it
        assert quoted.index(final) > quoted.index(preliminary), quoted


def test_another_figure_s_revision_is_not_added(village):
    # the households asked: the energy share's revision is none of the answer
    answered, quoted = _quoted(village, "How many households moved into the Tirtamulya Eco Village first?")
    assert answered and "64 households" in quoted and "39.3%" not in quoted, quoted


def test_the_preliminary_figure_asked_stays(village):
    answered, quoted = _quoted(village, "What was the provisional 2023 energy self-sufficiency of the Tirtamulya "
                                        "Eco Village?")
    assert answered and "41.6%" in quoted, quoted


@pytest.mark.parametrize("question, figure", [
    ("Total savings from the Tirtamulya drug review system so far?", "IDR 3.9 trillion"),
    ("How much has the Tirtamulya drug review system saved since 2013?", "IDR 3.9 trillion"),
])
def test_a_running_total_asked(village, question, figure):
    answered, quoted = _quoted(village, question)
    assert answered and figure in quoted.split("\n")[0], quoted


def test_the_final_figure_of_the_year_asked(village):
    answered, quoted = _quoted(village, "Final count of Tirtamulya app prescriptions checked in 2023?")
    assert answered and "79 million" in quoted.split("\n")[0], quoted
