"""A speaker taking back a figure in a transcript, and claims that pair a source's figures
otherwise than the source.

A blind probe of stop 54 (a committee hearing's transcript) found "As of 31 March 2024,
14.2 million residents have activated IKD on their phones. I beg your pardon, I have the
digits reversed: the correct figure is 12.4 million residents." answering how many had
activated the ID with 14.2 million, and supporting a claim of 14.2 million; "For 2024 we
have requested Rp 350 billion. Sorry, that number is the total request from the policy
study; our actual budget proposal to this Commission is Rp 315 billion." supporting a
claim of Rp 350 billion. An attack helper of stop 53 found "30 contracts worth more than
USD 1 million" supported by "30 contracts were worth less than USD 1 million and 15
contracts were worth more than USD 1 million". The documents here are invented for the
test.
"""

from __future__ import annotations

import pytest

from bot.factcheck import check_claim
from bot.quotes import spoken_correction, withdrawn_part
from bot.render import render_text, render_verdict_text
from tests.corpus_helpers import engine_over, first_quote

HEARING = """Commission II Hearing on the Digital Identity Rollout - Unofficial Transcript

CHAIR: Director General, please start with the headline numbers.

DIRECTOR GENERAL HARYANTO: Thank you, Chair. As of 31 March 2024, 14.2 million residents have activated the digital identity on their phones. I beg your pardon, I have the digits reversed: the correct figure is 12.4 million residents. That is 6.3 percent of the residents who must hold an electronic ID card.

CHAIR: And the budget?

DIRECTOR GENERAL HARYANTO: For 2023 the programme spent Rp 187 billion on verification devices. For 2024 we have requested Rp 350 billion. Sorry, that number is the total request from the policy study; our actual budget proposal to this Commission is Rp 315 billion.

CHAIR: How many offices can activate the identity today?

DIRECTOR GENERAL HARYANTO: Sorry, I do not have that list with me. We trained 2,100 registration officers in 2023.
"""

RADIO = """Dialog Interaktif Radio Kota: Layanan Aduan Warga

PENYIAR: Berapa aduan yang masuk tahun lalu, Bu?

KEPALA DINAS RATNA: Sepanjang 2023 kami menerima 52 ribu aduan. Saya ralat dulu angka tadi. Yang benar 48.392 aduan, sebagian besar soal jalan rusak.
"""

PROCUREMENT = """Procurement Review 2023

The agency signed 45 contracts in 2023. Of these, 30 contracts were worth less than USD 1 million and 15 contracts were worth more than USD 1 million.

The largest contract, worth USD 12 million, went to a data-centre consortium.
"""

FILES = {
    "hearing-transcript-2024.en.txt": (HEARING, "Commission II Hearing on the Digital Identity Rollout", "en", "2024-04-03"),
    "dialog-radio-aduan-2024.id.txt": (RADIO, "Dialog Interaktif Radio Kota: Layanan Aduan Warga", "id", "2024-02-10"),
    "procurement-review-2023.en.txt": (PROCUREMENT, "Procurement Review 2023", "en", "2024-02-01"),
}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("spoken_corrections"), FILES, embedder, kind="transcript")


def test_a_speaker_takes_back_the_figures_before_the_correction():
    block = ("As of 31 March 2024, 14.2 million residents have activated the ID. I beg your pardon, "
             "I have the digits reversed: the correct figure is 12.4 million residents. That is 6.3 percent.")
    first = "As of 31 March 2024, 14.2 million residents have activated the ID."
    assert withdrawn_part(first, block) == len(first)  # the whole sentence is taken back
    joined = first + " I beg your pardon, I have the digits reversed: the correct figure is 12.4 million residents."
    cut = withdrawn_part(joined, block)
    assert "14.2" in joined[:cut] and "12.4" not in joined[:cut]
    said = ("For 2024 we have requested Rp 350 billion. Sorry, that number is the total request from the policy "
            "study; our actual budget proposal to this Commission is Rp 315 billion.")
    cut = spoken_correction(said)
    assert "350" in said[:cut] and "315" not in said[:cut]
    # two sentences to the right figure: "Saya ralat dulu angka tadi. Yang benar ..."
    radio = "Sepanjang 2023 kami menerima 52 ribu aduan. Saya ralat dulu angka tadi. Yang benar 48.392 aduan."
    assert withdrawn_part("Sepanjang 2023 kami menerima 52 ribu aduan.", radio) > 0


@pytest.mark.parametrize("sentence, block", [
    # an apology that gives no figure corrects nothing
    ("We trained 2,100 registration officers in 2023.",
     "Sorry, I do not have that list with me. We trained 2,100 registration officers in 2023."),
    ("We served 5,000 residents. Sorry, I do not have the list with me.", ""),
    # a sentence followed by an apology without a figure
    ("We opened 12 offices in 2023.", "We opened 12 offices in 2023. Sorry, I must leave at noon."),
    # "sorry" inside a sentence is no opener
    ("The 12 offices were sorry sights in 2019, the correct figure is unknown.", ""),
])
def test_what_is_no_spoken_correction(sentence, block):
    assert withdrawn_part(sentence, block) == 0


@pytest.mark.parametrize("claim, verdict, said", [
    ("14.2 million residents had activated the digital identity by 31 March 2024", "contradicted",
     "12.4 million residents"),
    ("12.4 million residents had activated the digital identity by 31 March 2024", "supported",
     "12.4 million residents"),
    ("The 2024 budget proposal to Commission II is Rp 350 billion", "contradicted", "Rp 315 billion"),
    ("The 2024 budget proposal to Commission II is Rp 315 billion", "supported", "Rp 315 billion"),
    ("Dinas menerima 52 ribu aduan sepanjang 2023", "contradicted", "48.392"),
    ("Dinas menerima 48.392 aduan sepanjang 2023", "supported", "48.392"),
    # the figure before an apology without a correction stands
    ("The programme trained 2,100 registration officers in 2023", "supported", "2,100"),
])
def test_claims_read_a_spoken_correction(engine, claim, verdict, said):
    v = check_claim(engine, claim)
    text = render_verdict_text(v)
    assert v.verdict == verdict, text
    assert said in text, text


def test_an_answer_labels_the_figure_taken_back(engine):
    text = render_text(engine.answer("How many residents have activated the digital identity so far?"))
    assert "12.4 million" in first_quote(text), text
    assert "14.2 million residents (superseded)" in text, text


@pytest.mark.parametrize("claim, verdict, said", [
    ("The agency signed 30 contracts worth more than USD 1 million in 2023", "partly_supported",
     "30 contracts: wrong; the source says 15 contracts"),
    ("The agency signed 15 contracts worth less than USD 1 million", "partly_supported",
     "15 contracts: wrong; the source says 30 contracts"),
    ("15 contracts were worth more than USD 1 million", "supported", "15 contracts"),
    ("30 contracts were worth less than USD 1 million", "supported", "30 contracts"),
    # figures in two clauses of the claim are not tied to each other
    ("The agency signed 45 contracts in 2023, and the largest was worth USD 12 million", "supported", "USD 12 million"),
])
def test_a_claim_pairing_a_source_s_figures_otherwise(engine, claim, verdict, said):
    v = check_claim(engine, claim)
    text = render_verdict_text(v)
    assert v.verdict == verdict, text
    assert said in text, text
