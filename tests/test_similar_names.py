"""Similarly named programmes: a figure of another app or portal is never the claim's or
the question's, in an index of Indonesian and English documents.

An eleventh blind attack (stop 41) found three traps of one kind: "Aplikasi IKD
diluncurkan pada tahun 2019" was supported by "The IKD app should not be confused with
the older Dukcapil Mobile app, which ... was launched in 2019" (the year is the other
app's); "Hometax had 15 million users in 2020" was contradicted with Government24's 20.5
million, from a document about Government24 that names Hometax only to tell the two
apart; and "Kapan aplikasi Sambara diluncurkan?" quoted the launch year of the similarly
named Sapawarga first. The documents here are invented for the test (other names and
figures than the attack's).
"""

from __future__ import annotations

import numpy as np
import pytest

from bot.engine import _named_first
from bot.quotes import ScoredSentence
from bot.factcheck import check_claim
from bot.render import render_text, render_verdict_text
from tests.corpus_helpers import engine_over

PORTAL = """Warga365: Nusa Raya's one-stop civil service portal

Warga365 was launched in April 2018 by the Ministry of Home Affairs of Nusa Raya, replacing the earlier Layan21 portal, which had operated since 2004.

In 2021 Warga365 had 14.2 million registered users, up from 6.1 million in 2018. The portal offered 3,100 kinds of civil service information and allowed 870 kinds of certificates to be issued online.

Warga365 should not be confused with PajakKu, the Tax Directorate's portal for tax filing, which opened in 2006.
"""

ID_APP = """Digital Resident Card (KPD) roll-out update

The Directorate of Population launched the Kartu Penduduk Digital (KPD) app in 2021 as a digital version of the resident card. By the end of 2023, 4.8 million residents had activated it on their phones.

The KPD app should not be confused with the older Sipenduk Mobile app, which lets residents request civil registration documents and was launched in 2017.
"""

APPS = """Aplikasi Wargajaya Diunduh 1,7 Juta Kali

Kota Jaya, 12 Desember 2022 - Aplikasi Wargajaya milik Pemerintah Provinsi Jaya Barat telah diunduh 1,7 juta kali sejak diluncurkan pada tahun 2020.

Kepala Dinas Komunikasi dan Informatika Jaya Barat mengatakan bahwa Wargajaya kini digunakan oleh 2.140 desa sebagai saluran informasi resmi.

Wargajaya tidak sama dengan Samkota, aplikasi pembayaran pajak kendaraan bermotor Jaya Barat yang diluncurkan pada tahun 2016.
"""

DATA_CENTRES = """Pusat Data Pemerintah Nusa Raya

Badan Sandi dan Data Nasional (BSDN) mengoperasikan pusat data di Kota Jaya dan Pelabuhan Baru, serta pusat data cadangan bawah tanah di Tirtagiri, Provinsi Jaya Selatan, yang mulai beroperasi pada Oktober 2023.
"""

FILES = {
    "warga365.en.txt": (PORTAL, "Warga365: Nusa Raya's one-stop civil service portal", "en", "2022-03-01",
                        "Ministry of Home Affairs of Nusa Raya"),
    "kpd-rollout.en.md": (ID_APP, "Digital Resident Card (KPD) roll-out update", "en", "2024-02-01",
                          "Directorate of Population"),
    "wargajaya.id.md": (APPS, "Aplikasi Wargajaya Diunduh 1,7 Juta Kali", "id", "2022-12-12"),
    "pusat-data.id.md": (DATA_CENTRES, "Pusat Data Pemerintah Nusa Raya", "id", "2024-01-10"),
}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("similar_names"), FILES, embedder)


@pytest.mark.parametrize("claim", ["Aplikasi KPD diluncurkan pada tahun 2017.", "The KPD app was launched in 2017."])
def test_a_year_in_a_relative_clause_about_another_app_is_not_the_claim_s(engine, claim):
    """bot.factcheck._relative_of_another: 2017 is Sipenduk Mobile's launch; the claim is
    compared with KPD's own year."""
    v = check_claim(engine, claim)
    assert v.verdict == "contradicted", render_verdict_text(v)
    assert "2021" in render_verdict_text(v)


def test_the_app_s_own_launch_year_is_supported(engine):
    v = check_claim(engine, "The KPD app was launched in 2021.")
    assert v.verdict == "supported", render_verdict_text(v)


@pytest.mark.parametrize("claim, verdict", [
    ("Warga365 was launched in 2004.", "contradicted"),  # 2004 is Layan21's, "which had operated since 2004"
    ("Layan21 operated since 2004.", "supported"),
    # an apposition names the claim's portal: "PajakKu, the Tax Directorate's portal ..., which opened in 2006"
    ("PajakKu opened in 2006.", "supported"),
    ("PajakKu opened in 2009.", "contradicted"),
    # ... and so does a place's: "di Tirtagiri, Provinsi Jaya Selatan, yang mulai beroperasi ..."
    ("Pusat data cadangan bawah tanah di Tirtagiri mulai beroperasi pada Oktober 2023.", "supported"),
])
def test_a_relative_clause_is_about_the_words_before_its_comma(engine, claim, verdict):
    v = check_claim(engine, claim)
    assert v.verdict == verdict, render_verdict_text(v)


def test_the_titled_topic_s_figure_is_no_figure_of_a_programme_named_in_passing(engine):
    """bot.factcheck._titled_other: "In 2021 Warga365 had 14.2 million registered users",
    under a title naming Warga365, gives no users of PajakKu."""
    v = check_claim(engine, "PajakKu had 9 million users in 2021.")
    assert v.verdict == "not_found", render_verdict_text(v)
    assert "14.2" not in render_verdict_text(v)


@pytest.mark.parametrize("claim, verdict", [
    ("Warga365 had 14.2 million registered users in 2021.", "supported"),
    ("Warga365 had 16 million registered users in 2021.", "contradicted"),
])
def test_the_titled_topic_s_own_figures_still_judge_its_claims(engine, claim, verdict):
    """A claim opening on a name with digits ("Warga365") names it (bot.factcheck._opening_name)."""
    v = check_claim(engine, claim)
    assert v.verdict == verdict, render_verdict_text(v)


@pytest.mark.parametrize("question", ["Kapan aplikasi Samkota diluncurkan?", "When was Samkota launched?"])
def test_the_sentence_naming_the_app_asked_is_quoted_first(engine, question):
    """bot.engine._named_first: the Wargajaya launch sentence ranks first and names
    another app; the sentence naming Samkota is quoted first."""
    answer = engine.answer(question)
    # (the English question on a one-paragraph Indonesian source may be declined by the
    # decline model; the closest match shown is then the sentence naming Samkota)
    assert answer.answered or question.startswith("When"), render_text(answer)
    first = answer.citations[0].quote if answer.answered else answer.closest.quote
    assert "Samkota" in first and "2016" in first, render_text(answer)


def _sentences(engine, query: str, *texts: str) -> list[ScoredSentence]:
    """Candidates for ``texts``, sentences of the passage ``query`` finds first, in order."""
    hit = engine.search(query)[0]
    p = hit.passage
    out = []
    for t in texts:
        at = p.text.index(t)
        out.append(ScoredSentence(hit, p.start + at, p.start + at + len(t), 0.5, 0.5, True, np.zeros(0)))
    return out


def test_named_first_moves_only_past_a_sentence_about_another_name(engine):
    sapa = ("Kota Jaya, 12 Desember 2022 - Aplikasi Wargajaya milik Pemerintah Provinsi Jaya Barat telah diunduh "
            "1,7 juta kali sejak diluncurkan pada tahun 2020.")
    samkota = ("Wargajaya tidak sama dengan Samkota, aplikasi pembayaran pajak kendaraan bermotor Jaya Barat yang "
               "diluncurkan pada tahun 2016.")
    ranked = _sentences(engine, "Wargajaya Samkota diunduh diluncurkan", sapa, samkota)
    assert [c.text for c in _named_first("Kapan aplikasi Samkota diluncurkan?", ranked)] == [samkota, sapa]
    # the best sentence gives the name asked, or the question names nothing: unchanged
    assert _named_first("Kapan aplikasi Wargajaya diluncurkan?", ranked) is ranked
    assert _named_first("kapan aplikasi pajak kendaraan diluncurkan?", ranked) is ranked
    # no other candidate gives the name: unchanged
    assert _named_first("Kapan aplikasi Sipenduk diluncurkan?", ranked) is ranked
