"""A figure said to understate ("not only 2 water utilities but 7", "tidak hanya 3
kementerian, tetapi 5 kementerian"): no evidence for a claim of it, and the figure it
gives is listed on the Figures line and counts the same thing.

A blind probe of stop 44 found "Program SuratDigital melibatkan 3 kementerian" supported
by "Program SuratDigital tidak hanya melibatkan 3 kementerian, tetapi 5 kementerian", and
"How many water utilities were involved?" answered with "not only 2 water utilities but
7" whose Figures line listed 2 alone. The documents here are invented for the test.
"""

from __future__ import annotations

import pytest

from bot.factcheck import check_claim
from bot.render import figures_line, render_text
from tests.corpus_helpers import engine_over

RELEASE_EN = """Press Release: HarborPay Results 2023

Port Selin, 10 February 2024 — The Harbour Authority published the results of HarborPay, its online port-fee portal.

The project involved not only 4 port operators but 9.

HarborPay processed 2.2 million payments in 2023.

The portal serves not only 3 harbours but also 12 river docks.
"""

RELEASE_ID = """Siaran Pers: Capaian Layanan IzinLaut 2023

Kota Selin, 12 Februari 2024 — Kementerian Kelautan mengumumkan capaian layanan IzinLaut.

Program IzinLaut tidak hanya melibatkan 2 kementerian, tetapi 6 kementerian.

IzinLaut menerbitkan 48.000 izin pada tahun 2023.
"""

FILES = {
    "harborpay-release-2024.en.md": (RELEASE_EN, "Press Release: HarborPay Results 2023", "en", "2024-02-10"),
    "izinlaut-siaran-pers-2024.id.md": (RELEASE_ID, "Siaran Pers: Capaian Layanan IzinLaut 2023", "id", "2024-02-12"),
}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("not_only_pairs"), FILES, embedder)


@pytest.mark.parametrize("claim, verdict, said", [
    ("Program IzinLaut melibatkan 2 kementerian.", "contradicted", "6 kementerian"),
    ("Program IzinLaut melibatkan 6 kementerian.", "supported", "6 kementerian"),
    ("The HarborPay project involved 4 port operators.", "contradicted", "9"),
    ("The HarborPay project involved 9 port operators.", "supported", "9"),
    # "but also": both figures stand
    ("HarborPay serves 3 harbours.", "supported", "3 harbours"),
])
def test_the_understated_figure_is_no_evidence(engine, claim, verdict, said):
    v = check_claim(engine, claim)
    assert v.verdict == verdict, v
    assert said in v.explanation, v.explanation


def test_a_pair_of_other_things_rejects_nothing():
    """A second figure of another thing, a year or an addition leaves the first standing
    (a fresh-eyes review of stop 45 had found true claims unsupported or contradicted)."""
    from bot.quotes import not_only_pairs

    for text in ("The platform serves not only 34 provinces but 514 districts.",
                 "The pilot ran not only in 2021 but in 2022.",
                 "Signatures are not only 5% cheaper but 30% faster than paper.",
                 "The project involved not only 3 ministries but 2 provincial agencies as well.",
                 "Program itu bukan hanya melibatkan 3 kementerian melainkan 4 lembaga daerah.",
                 "Program itu tidak hanya melibatkan 3 kementerian, tetapi juga 5 lembaga."):
        assert not_only_pairs(text) == [], text
    text = "The rollout involved not only 2 water utilities but 7.\n\nDigital signatures are cheap."
    assert [m.group("old") for m in not_only_pairs(text)] == ["2"]


def test_the_figure_given_is_listed():
    assert figures_line("The project involved not only 4 port operators but 9.", "en", "en") \
        == "Figures: 4 port operators; 9"
    assert figures_line("The portal serves not only 3 harbours but also 12 river docks.", "en", "en") \
        == "Figures: 3 harbours; 12 river docks"


def test_the_answer_quotes_the_pair_and_lists_both(engine):
    a = engine.answer("How many port operators were involved in the HarborPay project?")
    text = render_text(a)
    assert a.answered and "not only 4 port operators but 9" in text, text
    assert "Figures: 4 port operators; 9" in text, text
    assert "superseded" not in text, text  # an understatement, not a correction
