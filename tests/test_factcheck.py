"""Fact-checking claims against the real corpus (real model, real index): bot/factcheck.py.

The five claims of the issue with their verdicts and source figures, every claim of
tests/eval/claims.jsonl against a verdict-accuracy floor, a second set of claims written
while developing the checker (paraphrases, other units and spellings, other countries,
directions, amounts of change), the interview's self-contradictions, the verdict's
language, exact citations, the renderers and the CLI. Pure helpers are tested without
the engine at the end.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from bot.evaluation import evaluate_claims, load_jsonl
from bot.factcheck import MAX_CLAIM_CHARS, VERDICTS, check_claim, claim_figures, parse_claim, verdict_to_dict
from bot.i18n import t
from bot.render import TELEGRAM_LIMIT, render_verdict_html, render_verdict_text

try:
    from tests.fakebotapi import assert_telegram_html
except ImportError:  # tests/ is not a package: pytest put tests/ itself on sys.path
    from fakebotapi import assert_telegram_html

EVAL = Path(__file__).resolve().parent / "eval"

#: Verdict accuracy on tests/eval/claims.jsonl must not fall below this. Measured: 38/38
#: (1.00; en 18/18, id 20/20) with the index of this repository; the floor leaves room
#: for three misses while retrieval and decline calibration change.
CLAIMS_ACCURACY_FLOOR = 0.92
#: The same for the development claims below (measured 68/68).
DEV_ACCURACY_FLOOR = 0.9


def _match(verdict, claim_surface: str):
    ms = [m for m in verdict.matches if m.claim.surface == claim_surface]
    assert ms, [m.claim.surface for m in verdict.matches]
    return ms[0]


# -- the five claims of the issue ----------------------------------------------------------


def test_export_2010_claim_is_supported_with_the_source_figure(engine):
    v = check_claim(engine, "Korea's e-government exports were USD 148.76 million in 2010")
    assert v.verdict == "supported" and v.language == "en"
    m = _match(v, "USD 148.76 million")
    assert m.ok is True and m.source.surface == "USD148,76 juta" and m.source.year == 2010
    assert m.claim.year == 2010
    assert "USD148,76 juta (USD 148.76 million)" in v.explanation
    assert any("USD148,76 juta" in c.quote for c in v.citations)


def test_2007_claim_with_a_shifted_decimal_is_contradicted_by_9_87(engine):
    v = check_claim(engine, "Ekspor e-Government Korea pada 2007 mencapai USD 98,7 juta")
    assert v.verdict == "contradicted" and v.language == "id"
    m = _match(v, "USD 98,7 juta")
    assert m.ok is False and m.source.surface == "USD9,87 juta" and m.source.year == 2007
    assert math.isclose(m.claim.value, 98_700_000)
    assert "keliru" in v.explanation and "USD9,87 juta" in v.explanation


def test_50_smart_work_centers_is_contradicted_by_500(engine):
    v = check_claim(engine, "Korea plans 50 smart work centers by 2015")
    assert v.verdict == "contradicted"
    m = _match(v, "50")
    assert m.ok is False and m.source.surface == "500" and m.source.noun == "pusat kerja pintar"
    assert m.source.year == 2015
    assert "500 pusat kerja pintar" in v.explanation


def test_123_percent_growth_is_recomputed_from_the_two_years(engine):
    v = check_claim(engine, "Ekspor 2010 naik sekitar 123% dibanding tahun sebelumnya")
    assert v.verdict == "supported" and v.language == "id"
    m = _match(v, "123%")
    assert m.ok is True
    assert m.source.surface == "USD148,76 juta" and m.base.surface == "USD66,7 juta"
    assert (m.source.year, m.base.year) == (2010, 2009)
    assert m.computed == pytest.approx((148.76 / 66.7 - 1) * 100)
    assert m.citation is not None and m.base_citation is not None
    assert "2,23 kali lipat" in v.explanation and "+123%" in v.explanation


def test_2012_exports_are_not_in_the_corpus(engine):
    v = check_claim(engine, "Korea's e-government exports reached USD 300 million in 2012")
    assert v.verdict == "not_found"
    assert [m.source for m in v.matches] == [None]
    assert not v.citations
    assert "2012" in v.explanation and "USD148,76 juta" in v.explanation  # what the sources do give


# -- the evaluation set --------------------------------------------------------------------


def test_verdict_accuracy_on_the_claims_set(engine):
    items = load_jsonl(EVAL / "claims.jsonl")
    report = evaluate_claims(engine, items, name="claims.jsonl")
    data = report.to_dict()
    assert data["claims"] == 38
    assert data["verdict_accuracy"] >= CLAIMS_ACCURACY_FLOOR, data["wrong"]
    for lang in ("id", "en"):
        assert data["by_language"][lang]["verdict_accuracy"] >= CLAIMS_ACCURACY_FLOOR - 0.05, data["wrong"]
    assert set(data["by_expected_verdict"]) == set(VERDICTS)
    for v, m in data["by_expected_verdict"].items():
        assert m["verdict_accuracy"] >= 0.75, (v, data["wrong"])


#: Claims written while developing the checker (not in the evaluation set): other
#: wordings, spellings, units and scales, countries the source does not talk about,
#: directions and amounts of change, names without figures.
DEV_CLAIMS = [
    ("South Korea will build 500 smart work centres by 2015", "supported"),
    ("Korea memiliki lebih dari 2000 sistem e-Government", "supported"),
    ("In 2007 Korea's e-government exports were only USD 9.87 million", "supported"),
    ("Nilai ekspor e-Government Korea tahun 2009 adalah USD 66,7 juta", "supported"),
    ("Korea's e-government exports in 2010 were about USD 149 million", "supported"),
    ("Korea's e-government exports rose 123% in 2010 from the previous year", "supported"),
    ("Ekspor e-Government Korea pada 2010 sekitar 2,2 kali lipat dibanding 2009", "supported"),
    ("Seven foreign ministers and vice ministers came to Korea this year to learn about its e-government", "supported"),
    ("Kuwait and Korea have met four times so far in the consulting programme", "supported"),
    ("Program konsultasi informatisasi Kuwait berlangsung selama 24 bulan", "supported"),
    ("MOPAS formed three consulting committee teams for the Brunei project", "supported"),
    ("Korea was ranked first in the 2010 UN e-Government Survey", "supported"),
    ("Korea will build 1,000 smart work centers by 2015", "contradicted"),
    ("Korea's e-government exports were USD 14.876 million in 2010", "contradicted"),
    ("Ekspor e-Government Korea tahun 2010 mencapai USD 1,4876 miliar", "contradicted"),
    ("Korea targets USD 300 million of e-government exports this year", "contradicted"),
    ("Korea and Kuwait have met 10 times in the consulting programme", "contradicted"),
    ("Konsultasi kebijakan informatisasi Kuwait berlangsung 10 putaran", "contradicted"),
    ("Korea's e-government exports grew 50% in 2010 compared with 2009", "contradicted"),
    ("Ekspor e-Government Korea naik tiga kali lipat dari 2009 ke 2010", "contradicted"),
    ("Korea ranked second in the UN E-Government Survey 2010", "contradicted"),
    ("Korea memiliki kurang dari 1.000 sistem e-Government", "contradicted"),
    ("Korea will build 500 smart work centers by 2020", "contradicted"),
    ("Korea's e-government exports were USD 9.87 million in 2007 and USD 148.76 million in 2010, a 20-fold increase",
     "partly_supported"),
    ("Konsultasi Kuwait berlangsung 6 putaran selama 24 bulan", "partly_supported"),
    ("Korea's e-government exports reached USD 500 million in 2015", "not_found"),
    ("Korea employs 3,000 e-government officials", "not_found"),
    ("Japan ranked third in the UN E-Government Survey 2010", "not_found"),
    ("Singapore's e-government exports were USD 50 million in 2010", "not_found"),
    ("Korea's broadband penetration was 95% in 2010", "not_found"),
    ("Pemerintah Korea menyediakan anggaran Rp 5 triliun untuk e-Government", "not_found"),
    ("Korea won the UN Public Service Award 5 times", "not_found"),
    ("Kim Nam-suk is the Deputy Minister of MOPAS", "supported"),
    ("Omar Yasmin tidak bertemu Meng Hyeonggu", "not_found"),
    ("Barack Obama visited Korea to study e-government", "not_found"),
    ("The price of rice in Jakarta rose 10% last month", "not_found"),
    ("Korea's e-government exports more than doubled in 2010 compared with the year before", "supported"),
    ("Korea's e-government exports fell in 2010 by 20% from the previous year", "contradicted"),
    ("Korea exported e-government worth USD 148,76 million in 2010", "supported"),
    ("E-government exports from Korea hit a record USD 148.76m in 2010", "supported"),
    ("Ekspor e-Government Korea tahun 2010 mencapai rekor 148,76 juta dolar AS", "supported"),
    ("Korea's 2009 e-government exports were worth $66.7 million", "supported"),
    ("Korea aims to export $200m of e-government this year", "supported"),
    ("Target ekspor e-Government Korea tahun 2011 adalah USD 250 juta", "contradicted"),
    ("MOPAS akan membangun 5.000 pusat kerja pintar pada 2015", "contradicted"),
    ("Korea has about 20,000 e-government systems", "contradicted"),
    ("The Kuwait consulting programme lasts two years", "supported"),
    ("Korea dan Kuwait telah bertemu empat kali", "supported"),
    ("Korea ranked 3rd in the 2010 UN E-Government Survey", "contradicted"),
    ("Korea's e-government exports fell in 2010", "contradicted"),
    ("Korea's e-government exports grew fifteenfold between 2007 and 2010", "supported"),
    ("Korea's e-government exports increased by USD 82 million in 2010", "supported"),
    ("Korea's e-government exports were 2.2 times larger in 2010 than in 2009", "supported"),
    ("Exports of Korean e-government technology reached USD 148.76 million in 2009", "contradicted"),
    ("Tahun 2007 ekspor e-Government Korea hanya USD 9,87 juta", "supported"),
    ("Korea's e-government exports in 2007 were under USD 10 million", "supported"),
    ("Korea's e-government exports in 2010 exceeded USD 150 million", "contradicted"),
    ("Korea's e-government exports in 2010 exceeded USD 100 million", "supported"),
    ("Korea menerima kunjungan 7 menteri asing pada 2010", "contradicted"),
    ("The Kuwait programme consists of 8 rounds", "supported"),
    ("Kuwait bore the costs of the consulting programme, including air tickets", "supported"),
    ("Ekspor e-Government Korea meningkat pada 2010 dibanding tahun sebelumnya", "supported"),
    ("Korea's e-government exports rose more than 100% in 2010", "supported"),
    ("Korea's e-government exports rose less than 50% in 2010 from 2009", "contradicted"),
    ("Korea's e-government exports to Kuwait were USD 20 million in 2009", "not_found"),
    ("Korea has 300 data centres", "not_found"),
    ("Korea akan membangun 100 pusat data pada 2015", "not_found"),
    ("Korea had 2,000 smart work centers in 2010", "not_found"),
]


def test_verdict_accuracy_on_the_development_claims(engine):
    wrong = []
    for claim, expected in DEV_CLAIMS:
        v = check_claim(engine, claim)
        if v.verdict != expected:
            wrong.append((claim, expected, v.verdict, v.explanation))
    accuracy = 1 - len(wrong) / len(DEV_CLAIMS)
    assert accuracy >= DEV_ACCURACY_FLOOR, wrong


# -- derived figures and the source's self-contradictions ----------------------------------


def test_the_interviews_2235_is_flagged_for_the_2010_growth(engine):
    v = check_claim(engine, "Ekspor e-Government Korea tahun 2010 naik lebih dari dua kali lipat dibanding tahun sebelumnya")
    assert v.verdict == "supported"  # 148.76 / 66.7 = 2.23, more than double
    m = _match(v, "dua kali lipat")
    assert m.computed == pytest.approx(148.76 / 66.7)
    flagged = [w for w in v.source_inconsistencies if "2235" in w]
    assert len(flagged) == 1
    assert "2235 lebih besar daripada tahun sebelumnya" in flagged[0]
    assert "2,23 kali lipat" in flagged[0] and "+123%" in flagged[0]
    assert "USD148,76 juta (2010)" in flagged[0] and "USD66,7 juta (2009)" in flagged[0]


def test_doubling_in_three_years_is_flagged_against_the_fifteenfold_figures(engine):
    v = check_claim(engine, "Korea's e-government exports doubled between 2007 and 2010")
    assert v.verdict == "contradicted"  # the figures say 15x, whatever the source's words say
    m = _match(v, "doubled")
    assert m.ok is False and m.computed == pytest.approx(148.76 / 9.87)
    assert (m.base.surface, m.source.surface) == ("USD9,87 juta", "USD148,76 juta")
    flagged = [w for w in v.source_inconsistencies if "dua kali lipat" in w]
    assert flagged and "15.07 times" in flagged[0] and "USD9,87 juta (2007)" in flagged[0]


def test_the_sources_doubling_statement_is_not_trusted(engine):
    """Without years, a claim of doubling meets the source's own "dua kali lipat"; the
    source's figures contradict that statement, so the verdict follows the figures."""
    v = check_claim(engine, "Nilai ekspor e-Government Korea meningkat dua kali lipat dalam tiga tahun terakhir")
    assert v.verdict == "contradicted"
    assert any("dua kali lipat" in w for w in v.source_inconsistencies)


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Korea's e-government exports grew about 2.2 times from 2009 to 2010", "supported"),
    ("Korea's e-government exports tripled from 2009 to 2010", "contradicted"),
    ("Ekspor e-Government Korea tahun 2010 sekitar 15 kali lipat dibanding tahun 2007", "supported"),
])
def test_multiples_are_recomputed(engine, claim, verdict):
    v = check_claim(engine, claim)
    assert v.verdict == verdict
    [m] = v.matches
    assert m.base is not None and m.source is not None and m.computed == pytest.approx(m.source.value / m.base.value)


def test_a_figure_of_another_year_is_a_wrong_year(engine):
    v = check_claim(engine, "Korea will build 500 smart work centers by 2020")
    assert v.verdict == "contradicted"
    m = _match(v, "500")
    assert m.ok is False and m.source.year == 2015
    assert "2015" in v.explanation and "2020" in v.explanation


def test_a_year_figure_is_not_given_a_year_of_its_own(engine):
    # a tester read "the source says 2015 for 2015"
    v = check_claim(engine, "Korea's e-government exports reached a record in 2010")
    assert v.verdict == "supported"
    assert "2010: the source says 2010." in v.explanation and "2010 for 2010" not in v.explanation


def test_partly_supported_names_the_right_and_the_wrong_figure(engine):
    v = check_claim(engine, "Korea exported USD148.76 million of e-government in 2010, up from USD 60 million the year before")
    assert v.verdict == "partly_supported"
    assert [(m.claim.surface, m.ok, m.source.surface) for m in v.matches] == [
        ("USD148.76 million", True, "USD148,76 juta"), ("USD 60 million", False, "USD66,7 juta")]
    assert v.matches[1].claim.year == 2009  # "the year before" 2010


# -- language, citations, rendering --------------------------------------------------------


def test_claims_get_explanations_in_their_language_unless_told(engine):
    id_claim = "Ekspor e-Government Korea pada 2010 mencapai USD 200 juta"
    v = check_claim(engine, id_claim)
    assert v.language == "id" and v.verdict == "contradicted"
    assert v.explanation.startswith(t("verdict_contradicted", "id"))
    assert "sumber menyebut USD148,76 juta untuk 2010" in v.explanation
    assert "the source" not in v.explanation
    en = check_claim(engine, id_claim, lang="en")
    assert en.language == "en" and en.verdict == "contradicted"
    assert en.explanation.startswith(t("verdict_contradicted", "en"))
    assert "USD148,76 juta (USD 148.76 million)" in en.explanation
    assert parse_claim(id_claim).language == "id"


def test_citations_are_exact_document_spans(engine):
    for claim in ("Korea exported USD148.76 million of e-government in 2010, up from USD 60 million the year before",
                  "MOPAS set up five consulting committee teams for the Brunei project",
                  "Menteri Brunei Omar Yasmin bertemu Menteri Administrasi Publik dan Keamanan Korea, Meng Hyeonggu"):
        v = check_claim(engine, claim)
        assert v.citations, claim
        for c in v.citations:
            doc = engine.version.document_text(c.doc_id)
            assert doc[c.start:c.end] == c.quote
            assert c.title.startswith("Wawancara") and c.year == 2011 and c.paragraph >= 1
        for m in v.matches:
            if m.source is not None:
                doc = engine.version.document_text(m.citation.doc_id)
                assert doc[m.source.start:m.source.end] == m.source.surface
                assert m.citation.start <= m.source.start < m.citation.end


def test_empty_and_unrelated_claims_are_not_found(engine):
    assert check_claim(engine, "   ").verdict == "not_found"
    v = check_claim(engine, "Brazil's football team won the World Cup 5 times")
    assert v.verdict == "not_found" and not v.citations
    assert check_claim(engine, "x" * 1000).verdict == "not_found"
    with pytest.raises(ValueError, match="too long"):  # refused, not cut: a figure past the limit would go unchecked
        check_claim(engine, "x" * 5000)


def test_verdict_renderers(engine):
    v = check_claim(engine, "Korea's e-government exports tripled from 2009 to 2010 <b>&")
    text = render_verdict_text(v)
    assert text.startswith(f"{t('verdict', 'en')}: {t('verdict_contradicted', 'en')}")
    assert "<b>&" in text and "2235" in text and "USD148,76 juta" in text
    messages = render_verdict_html(v)
    for m in messages:
        assert len(m) <= TELEGRAM_LIMIT
        assert_telegram_html(m)
    plain = "\n".join(assert_telegram_html(m) for m in messages)
    assert "<b>&" in plain and t("source_inconsistent", "en") in plain
    long_claim = ("Korea's e-government exports were USD 148.76 million in 2010. " * 200)[:MAX_CLAIM_CHARS]
    long_v = check_claim(engine, long_claim)
    for m in render_verdict_html(long_v, limit=1000):
        assert len(m) <= 1000
        assert_telegram_html(m)


def test_verdict_to_dict_is_json(engine):
    v = check_claim(engine, "Korea plans 50 smart work centers by 2015")
    data = json.loads(json.dumps(verdict_to_dict(v), ensure_ascii=False))
    assert data["verdict"] == "contradicted"
    assert data["matches"][0]["source_figure"]["surface"] == "500"
    assert data["matches"][0]["ok"] is False
    assert data["citations"][0]["quote"] in engine.version.document_text(data["citations"][0]["doc_id"])


def test_engine_check_delegates(engine):
    assert engine.check("Korea plans 50 smart work centers by 2015").verdict == "contradicted"


def _cli(built_index, *args: str) -> subprocess.CompletedProcess:
    env = {"EGOV_INDEX_DIR": str(built_index), "HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True, text=True, env=env,
                          timeout=300, check=True)


def test_check_cli_json_and_text(built_index):
    out = _cli(built_index, "check", "--json", "Ekspor e-Government Korea pada 2007 mencapai USD 98,7 juta")
    data = json.loads(out.stdout)
    assert data["verdict"] == "contradicted" and data["language"] == "id"
    assert data["matches"][0]["source_figure"]["surface"] == "USD9,87 juta"
    out = _cli(built_index, "check", "--lang", "en", "Ekspor e-Government Korea pada 2007 mencapai USD 98,7 juta")
    assert out.stdout.startswith(f"{t('verdict', 'en')}: {t('verdict_contradicted', 'en')}")


def test_eval_cli_reports_claim_verdict_accuracy(built_index, tmp_path):
    items = [json.loads(line) for line in (EVAL / "claims.jsonl").read_text(encoding="utf-8").splitlines()[:5]]
    subset = tmp_path / "claims5.jsonl"
    subset.write_text("\n".join(json.dumps(it, ensure_ascii=False) for it in items), encoding="utf-8")
    data = json.loads(_cli(built_index, "eval", "--json", str(subset)).stdout)
    claims = data["claims"]
    assert claims["claims"] == 5 and claims["verdict_accuracy"] >= 0.8
    assert set(claims["by_language"]) == {"id", "en"}
    assert "supported" in claims["by_expected_verdict"]
    table = _cli(built_index, "eval", str(subset)).stdout
    assert "fact-check: claims5.jsonl" in table and "verdict_accuracy" in table


# -- pure helpers (no engine) --------------------------------------------------------------


def test_claim_intervals_follow_the_claims_precision_and_qualifiers():
    from bot.factcheck import _claim_interval, _judge, _qualifier, _source_interval
    from bot.figures import extract_figures

    def judge(claim: str, lang: str, source: float, source_qual: str | None = None):
        f = extract_figures(claim, lang)[-1]
        return _judge(_claim_interval(f, _qualifier(claim, f)), _source_interval(source, source_qual))

    assert judge("USD 148.76 million", "en", 148_760_000) is True
    assert judge("USD 148.8 million", "en", 148_760_000) is True  # rounded, within its precision
    assert judge("USD 148.7 million", "en", 148_760_000) is False
    assert judge("naik 123%", "id", 123.0285) is True
    assert judge("naik 124%", "id", 123.0285) is False
    assert judge("about 2.2 times", "en", 2.2303) is True
    assert judge("lebih dari dua kali lipat", "id", 2.2303) is True
    assert judge("tripled", "en", 2.2303) is False
    assert judge("doubled", "en", 2.2303) is True  # a word multiple is approximate (15%)
    assert judge("more than 2,000", "en", 2000, "gt") is True
    assert judge("about 200", "en", 2000, "gt") is False
    assert judge("2,500", "en", 2000, "gt") is None  # consistent, not confirmed
    assert judge("about 20,000", "en", 2000, "gt") is False  # "more than 2,000" is no support for 10x


def test_counted_nouns_are_compared_across_languages():
    from bot.factcheck import _duration_days
    from bot.nouns import same_noun

    assert same_noun("e-government systems", "sistem")
    assert same_noun("menteri", "kementerian")
    assert same_noun("foreign ministers", "kementerian")
    assert same_noun("consulting committee teams", "tim komite konsultasi")
    assert same_noun("times", "kali")
    assert same_noun("smart work centres", "pusat kerja pintar")
    assert not same_noun("data centres", "pusat kerja pintar")
    assert not same_noun("senior officials", "kementerian")
    assert not same_noun("naik", "tahun")
    # the glossary: words of one entry (index.glossary), a prefixed word whole
    assert same_noun("sub-districts", "kecamatan") and same_noun("health centres", "puskesmas")
    assert not same_noun("sub-districts", "kabupaten")  # no "districts" in it
    assert _duration_days("years") == 365.25 and _duration_days("bulan") * 24 == pytest.approx(730.5)
    assert _duration_days("sistem") is None


def test_an_amount_in_another_currency_is_not_confirmed_and_shows_the_sources_figure(engine):
    # a tester's "148.76 million euros" got a bare "Not in my sources": the source gives the
    # amount in dollars only, and no exchange rate is assumed
    v = check_claim(engine, "Korea's e-government exports were 148.76 million euros in 2010")
    assert v.verdict == "not_found"
    [m] = v.matches
    assert m.ok is None and m.source is not None and m.source.surface == "USD148,76 juta"
    assert "not confirmed" in v.explanation and "USD148,76 juta" in v.explanation
    assert any("USD148,76 juta" in c.quote for c in v.citations)


@pytest.mark.parametrize(("claim", "verdict", "source"), [
    # a journalist's tester wrote amounts without their currency: "66.7 million" had been
    # "my sources give no figure for this" although the quoted sentence says USD66,7 juta
    ("Korea's e-government exports reached 148.76 million dollars in 2010, up from 66.7 million in 2009",
     "supported", "USD66,7 juta"),
    ("e-government exports were 66.7 million in 2009", "supported", "USD66,7 juta"),
    ("Ekspor e-Government Korea pada 2009 sebesar 66,7 juta", "supported", "USD66,7 juta"),
    ("e-government exports were 70 million in 2009", "contradicted", "USD66,7 juta"),
])
def test_an_amount_without_its_currency_is_checked_as_money(engine, claim, verdict, source):
    v = check_claim(engine, claim)
    assert v.verdict == verdict, v.explanation
    m = v.matches[-1]
    assert m.source is not None and m.source.surface == source
    assert m.claim.surface in claim  # shown as the claim writes it


def test_an_amount_of_another_thing_is_not_checked_against_the_export_figures(engine):
    # "budget ... USD 148.76 million" had been "Supported" by the export figure, and a
    # budget in won got "the source only says USD148,76 juta": the source names no budget
    for claim in ("Korea's e-government budget was USD 148.76 million in 2010",
                  "Anggaran e-Government Korea pada 2010 sebesar USD148,76 juta",
                  "Korea's e-government budget is 1.2 trillion won"):
        v = check_claim(engine, claim)
        assert v.verdict == "not_found", (claim, v.explanation)
        assert all(m.source is None for m in v.matches), v.explanation  # no export figure offered
    # naming the thing the source measures still checks it
    v = check_claim(engine, "Korea earned 148.76 million dollars from e-government exports in 2010")
    assert v.verdict == "supported"


def test_claim_figures_read_an_implicit_currency():
    figs = claim_figures("USD 148.76 million in 2010, up from 66.7 million in 2009", "en")
    assert [(f.surface, f.kind, f.unit) for f in figs if f.kind != "year"] == [
        ("USD 148.76 million", "amount", "USD"), ("66.7 million", "amount", "USD")]
    # a count keeps its noun, and a scaled number with nothing about money stays a number
    assert [f.kind for f in claim_figures("Korea has 50 million people", "en")] == ["count"]
    assert [f.kind for f in claim_figures("about 2 million in 2010", "en") if f.kind != "year"] == ["number"]


# --- documents that disagree --------------------------------------------------------------

REPORT = """Korea e-Government Export Review 2012

Korea's e-government exports reached USD 150.2 million in 2010, according to the ministry's annual review. The figure for 2011 was USD 200 million. In 2008 the exports were USD 41.2 million.

Most of the exports went to the Middle East.

Korea ranked 1st in the UN E-Government Survey 2012, as it did in 2010.

The informatization consulting for Kuwait ran 6 rounds over 18 months.
"""
#: A third document: the 2010 total rounded, a part of it, and a target.
NOTE = """# Export note

Of the USD 148.8 million of e-government systems Korea exported in 2010, USD 80.1 million went to Asian countries.

Korea aims to reach USD 300 million of e-government exports in 2011.
"""


#: A spreadsheet whose amounts carry their currency and scale only in the header.
PROJECTS = """Year,Korea e-government exports (USD million),Number of export projects
2010,148.76,27
2011,234.5,35
"""


@pytest.fixture(scope="module")
def two_sources(tmp_path_factory, embedder):
    """An engine over the interview, a report that gives another 2010 export figure, and
    a note that rounds the interview's figure, breaks it down and sets a target."""
    import shutil

    from bot.engine import Engine
    from index.build import build_index

    root = tmp_path_factory.mktemp("two-sources")
    corpus = root / "corpus"
    shutil.copytree(Path(__file__).resolve().parent.parent / "corpus", corpus)
    (corpus / "exports-review-2012.en.txt").write_text(REPORT, encoding="utf-8")
    (corpus / "export-note.en.md").write_text(NOTE, encoding="utf-8")
    (corpus / "export-projects.csv").write_text(PROJECTS, encoding="utf-8")
    with (corpus / "manifest.toml").open("a", encoding="utf-8") as fh:
        fh.write('\n["exports-review-2012.en.txt"]\ntitle = "Korea e-Government Export Review 2012"\n'
                 'kind = "report"\nlanguage = "en"\ndate = "2012-05-01"\n'
                 '\n["export-note.en.md"]\ntitle = "Export note"\nkind = "report"\nlanguage = "en"\ndate = "2011"\n'
                 '\n["export-projects.csv"]\ntitle = "Export projects"\nkind = "dataset"\nlanguage = "en"\ndate = "2012"\n')
    build_index(corpus, root / "index", embedder)
    eng = Engine(embedder, root / "index")
    eng.warm_up()
    return eng


@pytest.mark.parametrize("claim, verdict, shown, not_shown", [
    # each claim is what one document says; the other document's figure is shown beside
    # it, but not the note's 148.8 (the same figure rounded) or its 80.1 (a part of it)
    ("Korea's e-government exports were USD 148.76 million in 2010", "supported", ["USD 150.2 million"], ["148.8", "80.1"]),
    ("Ekspor e-Government Korea tahun 2010 mencapai USD148,76 juta", "supported", ["USD 150.2 million"], ["148.8", "80.1"]),
    ("Korea's e-government exports were USD 150.2 million in 2010", "supported", ["USD148,76 juta"], ["80.1"]),
    # wrong against every document: their own disagreement is shown too
    ("Korea's e-government exports were USD 160 million in 2010", "contradicted", [], ["80.1"]),
])
def test_documents_that_disagree_are_both_shown(two_sources, claim, verdict, shown, not_shown):
    # before, whichever document ranked first decided alone: the report turned the
    # interview's USD148,76 juta into "contradicted" in English and went unmentioned in
    # Indonesian
    v = two_sources.check(claim)
    assert v.verdict == verdict, (claim, v.explanation)
    assert v.source_conflicts, v.explanation
    joined = " ".join(v.source_conflicts)
    assert all(x in joined for x in shown) and not any(x in joined for x in not_shown), v.source_conflicts
    # the figure the verdict rests on and each document that disagrees are both quoted
    # (the interview, the spreadsheet and the note's rounded 148.8 agree with each other)
    titles = {c.title for c in v.citations}
    assert len(titles) >= 2 and "Korea e-Government Export Review 2012" in titles, titles
    assert t("fc_conflict_note", v.language) in v.explanation
    text = render_verdict_text(v)
    assert f"{t('sources_disagree', v.language)}: " in text
    assert verdict_to_dict(v)["source_conflicts"] == v.source_conflicts


def test_a_part_a_target_or_another_year_is_no_disagreement(two_sources, engine):
    # the exports to Asia: the totals of documents that never name Asia are no rivals
    v = two_sources.check("Korea's e-government exports to Asia were USD 80.1 million in 2010")
    assert v.verdict == "supported" and v.source_conflicts == [], v.source_conflicts
    # 2011's result against the note's target for 2011 (the spreadsheet's 234.5 is a
    # real disagreement)
    v = two_sources.check("Korea's e-government exports were USD 200 million in 2011")
    assert v.verdict == "supported" and not any("300" in c for c in v.source_conflicts), v.source_conflicts
    # one document alone raises none
    v = engine.check("Korea's e-government exports were USD 148.76 million in 2010")
    assert v.verdict == "supported" and v.source_conflicts == []


def test_a_figure_repeated_for_another_year_supports_both_years(two_sources):
    # "ranked 1st in ... 2012, as it did in 2010": before, a claim of first place in
    # 2010 was "Contradicted ... wrong year; the source gives ranked 1st for 2012"
    for claim in ("Korea was ranked first in the UN E-Government Survey 2010",
                  "Korea ranked first in the UN e-Government Survey 2012"):
        v = two_sources.check(claim)
        assert v.verdict == "supported", (claim, v.explanation)
    v = two_sources.check("Korea ranked 6th in the UN E-Government Survey 2010")
    assert v.verdict == "contradicted", v.explanation


def test_a_year_only_a_document_in_another_language_gives_is_checked_against_it(two_sources):
    # an Indonesian claim ranks the Indonesian interview first, which has no 2008 figure;
    # the English report's is then the figure of that year. Before, the wrong amount was
    # "Not in my sources"
    v = two_sources.check("Ekspor e-Government Korea pada 2008 mencapai USD 50 juta")
    assert v.verdict == "contradicted", v.explanation
    assert "USD 41.2 million" in v.explanation and v.citations[0].title == "Korea e-Government Export Review 2012"
    assert two_sources.check("Ekspor e-Government Korea pada 2008 mencapai USD 41,2 juta").verdict == "supported"
    # a document that never names what the claim names decides nothing
    assert two_sources.check("Ekspor e-Government Jepang pada 2008 mencapai USD 50 juta").verdict == "not_found"


def test_a_part_is_no_figure_of_the_total_and_the_total_none_of_a_part(two_sources):
    # the note's "USD 80.1 million went to Asian countries" is the part of 2010's total
    # that went to Asia: before, it "supported" a claim that the total was USD 80.1 million
    v = two_sources.check("Korea's e-government exports were USD 80.1 million in 2010")
    assert v.verdict == "contradicted", v.explanation
    assert "148" in v.explanation
    # a claim about the part is judged by the part, never by the total
    v = two_sources.check("Ekspor e-Government Korea ke Asia pada 2010 sebesar USD 90 juta")
    assert v.verdict == "contradicted" and "80.1" in v.explanation and "148" not in v.explanation, v.explanation
    v = two_sources.check("Korea's e-government exports to Europe were USD 148.76 million in 2010")
    assert v.verdict == "not_found", v.explanation


@pytest.mark.parametrize("text, surface, place", [
    ("Of the USD 148.8 million Korea exported in 2010, USD 80.1 million went to Asian countries.",
     "USD 80.1 million", "Asian"),
    ("Of the USD 148.8 million Korea exported in 2010, USD 80.1 million went to Asian countries.",
     "USD 148.8 million", None),
    ("Ekspor e-Government Korea ke Asia mencapai USD 80,1 juta pada 2010.", "USD 80,1 juta", "Asia"),
    ("Year: 2010; Exports (USD million): 148.76; Exports to Asia (USD million): 80.1", "80.1", "Asia"),
    ("Year: 2010; Exports (USD million): 148.76; Exports to Asia (USD million): 80.1", "148.76", None),
    # a list of destinations gets the total; "to 20 countries" names no place
    ("Korea exported USD 148.76 million to Kuwait, Vietnam and others.", "USD 148.76 million", None),
    ("Korea exported USD 148.76 million to 20 countries in 2010.", "USD 148.76 million", None),
    # a count is no part of a total
    ("Korea sent 7 ministers to Indonesia.", "7", None),
])
def test_the_part_of_a_total_is_read_from_its_place(text, surface, place):
    from bot.factcheck import _part_place
    from bot.figures import extract_figures

    f = next(f for f in extract_figures(text, None) if f.surface == surface)
    assert _part_place(text, f) == place


def test_a_claim_without_a_year_shows_the_documents_that_disagree(two_sources):
    # the interview's "8 putaran selama 24 bulan" and the report's "6 rounds over 18
    # months" for the same consulting: before, a claim without a year was never compared
    # across documents, and each claim was "supported" with no word of the other
    for claim, shown in [("Konsultasi Korea untuk Kuwait berlangsung 8 putaran selama 24 bulan", ["6 rounds", "18 months"]),
                         ("Korea's consulting for Kuwait ran 6 rounds over 18 months", ["8 putaran", "24 bulan"])]:
        v = two_sources.check(claim)
        assert v.verdict == "supported", (claim, v.explanation)
        joined = " ".join(v.source_conflicts)
        assert all(x in joined for x in shown), (claim, v.source_conflicts)


def test_over_after_a_count_spans_the_time_it_does_not_mean_more_than():
    from bot.factcheck import _qualifier
    from bot.figures import extract_figures

    text = "The consulting ran 6 rounds over 18 months, took over 2 years in all and cost over 5 million."
    quals = {f.surface: _qualifier(text, f) for f in extract_figures(text, "en")}
    assert quals == {"6": None, "18": None, "2": "gt", "5 million": "gt"}


#: A review and a news item of our own, each sentence written to be misread: ranks given
#: for lists of years, a target beside the result, a grant for one city, two data
#: centres in one sentence, a count named before its numbers.
REVIEW = """Review of the Digital Government Master Plan

Korea ranked 1st in the UN E-Government Survey in 2010, 2012 and 2014, and 3rd in 2016 and 2018. In 2020 Korea ranked 2nd, behind Denmark.

The plan set a target of moving 60% of central government systems to the G-Cloud by 2020. By the end of 2020, 47.3% of the systems had moved, short of the target.

The number of users of the Government24 portal grew from 5.2 million in 2017 to 21.6 million in 2020.
"""
KERJASAMA = """Indonesia dan Korea Perkuat Kerja Sama Pemerintahan Digital

Melalui kerja sama ini, Korea memberikan hibah sebesar USD 12,5 juta untuk membangun Pusat Data Nasional cadangan di Batam, yang ditargetkan beroperasi pada tahun 2026.

Indonesia menempati peringkat 77 dalam Survei E-Government PBB 2022, naik dari peringkat 88 pada 2020.

Menurut Park, pusat data pertama NIRS dibuka di Daejeon pada tahun 2005, dan pusat data kedua di Gwangju pada tahun 2007.
"""


@pytest.fixture(scope="module")
def review_sources(tmp_path_factory, embedder):
    from bot.engine import Engine
    from index.build import build_index

    root = tmp_path_factory.mktemp("review-sources")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "review.en.txt").write_text(REVIEW, encoding="utf-8")
    (corpus / "kerjasama.id.txt").write_text(KERJASAMA, encoding="utf-8")
    (corpus / "manifest.toml").write_text(
        '["review.en.txt"]\ntitle = "Review of the Digital Government Master Plan"\nkind = "report"\n'
        'language = "en"\ndate = "2021"\n\n["kerjasama.id.txt"]\ntitle = "Indonesia dan Korea Perkuat Kerja Sama"\n'
        'kind = "news"\nlanguage = "id"\ndate = "2023"\n', encoding="utf-8")
    build_index(corpus, root / "index", embedder)
    eng = Engine(embedder, root / "index")
    eng.warm_up()
    return eng


@pytest.mark.parametrize("claim, verdict, said, not_said", [
    # said: in the explanation; not_said: in no "sources disagree" warning
    # a rank given for a list of years holds for each; "3rd" after "ranked 1st" is a rank
    # (before: 2018's 1st "supported", 2016's 3rd "contradicted")
    ("Korea ranked 1st in the UN E-Government Survey 2018", "contradicted", "3rd", None),
    ("Korea ranked 3rd in the UN E-Government Survey 2016", "supported", None, None),
    ("Korea ranked 1st in the UN E-Government Survey 2012", "supported", None, None),
    # Indonesia's rank of 2020, in a passage that names Korea, is no rank of Korea's
    ("Korea ranked 88th in the UN E-Government Survey 2020", "contradicted", "2nd", "88"),
    ("Indonesia ranked 88th in the UN E-Government Survey 2020", "supported", None, None),
    ("Korea ranked 77th in the UN E-Government Survey 2022", "not_found", None, None),
    # a result claim is not confirmed by a target ("ditargetkan" included); the year's
    # result decides
    ("By the end of 2020, 60% of central government systems had moved to the G-Cloud", "contradicted", "47.3%", None),
    ("About 47% of central government systems had moved to the G-Cloud by the end of 2020", "supported", None, None),
    ("The backup data centre in Batam was operating in 2026", "not_found", None, None),
    # a place the claim names that the source does not: no support for the grant
    ("Korea memberikan hibah USD 12,5 juta untuk pusat data ketiga di Daegu", "not_found", None, None),
    ("Korea gave Indonesia a USD 12.5 million grant for a data centre in Batam", "supported", None, None),
    # 2005 is the year of the Daejeon centre, in the other clause
    ("Pusat data kedua NIRS dibuka di Gwangju pada tahun 2005", "contradicted", "2007", None),
    ("Pusat data kedua NIRS dibuka di Gwangju pada tahun 2007", "supported", None, None),
    # "The number of users ... grew from 5.2 million ... to 21.6 million": counts of users
    ("Government24 had 21.6 million users in 2020", "supported", None, None),
    ("The Government24 portal had 5.2 million users in 2017", "supported", None, None),
    ("Government24 had 30 million users in 2020", "contradicted", "21.6 million", None),
])
def test_what_a_figure_is_about_is_read_from_its_sentence(review_sources, claim, verdict, said, not_said):
    v = review_sources.check(claim)
    assert v.verdict == verdict, (claim, v.explanation)
    assert said is None or said in v.explanation, v.explanation
    assert not_said is None or not_said not in " ".join(v.source_conflicts), v.source_conflicts


def test_a_target_does_not_confirm_a_result(engine):
    # the interview sets USD200 juta as this year's target ("berbagai rencana untuk
    # mencapai nilai USD200 juta ... tahun ini"): a claim that exports reached it is not
    # confirmed, a claim about the target is supported
    for claim in ("Korea's e-Government exports reached USD 200 million in 2011",
                  "Ekspor e-Government Korea tahun 2011 mencapai USD 200 juta"):
        v = engine.check(claim)
        assert v.verdict == "not_found", (claim, v.explanation)
        assert t("fc_target", v.language, claimed="", source="", year="").split(";")[0] in v.explanation
        assert "USD200 juta" in v.explanation
    # "akan" after a figure tells of the next verb: "lebih dari 2.000 sistem yang dimiliki
    # akan membantu" are systems Korea has, no target
    assert engine.check("Korea has more than 2,000 e-government systems").verdict == "supported"
    for claim in ("Korea set a target of USD 200 million in e-government exports for 2011",
                  "Korea menargetkan ekspor e-Government sebesar USD200 juta tahun ini"):
        assert engine.check(claim).verdict == "supported", claim


def test_money_spent_is_not_checked_against_export_figures(engine):
    # "menghabiskan" (spent) names a spending: the export target is no figure for it
    v = engine.check("Korea menghabiskan USD 50 juta untuk membangun pusat kerja pintar")
    assert v.verdict == "not_found", v.explanation


def test_a_spreadsheet_row_is_checked_by_its_column_headers(two_sources):
    # "Korea e-government exports (USD million): 234.5" is USD 234.5 million of 2011, and
    # "Number of export projects: 27" a count of 2010: before, a row's bare numbers
    # checked nothing
    v = two_sources.check("Korea had 27 e-government export projects in 2010")
    assert v.verdict == "supported", v.explanation
    assert any(c.title == "Export projects" for c in v.citations)
    v = two_sources.check("Korea's e-government exports were USD 234.5 million in 2011")
    assert v.verdict == "supported", v.explanation
    assert "234.5 (USD 234.5 million)" in v.explanation  # the cell as written, then its meaning
    # a result claim is judged by the year's result, not by a target of its value
    v = two_sources.check("Korea's e-government exports reached USD 300 million in 2011")
    assert v.verdict == "contradicted", v.explanation


# A third tester's corpus (our own words, in the shape of theirs): a Markdown report with a
# target and its result, a text file about a project abroad, an English report with a
# growth stated once, and a spreadsheet whose headers carry ranks and scales.
ADDRESSES = """# Sistem Alamat Berbasis Nama Jalan di Korea

Korea mulai memperkenalkan sistem alamat berbasis nama jalan pada tahun 1996. Biaya total program ini sebesar KRW 400 miliar.

Pemerintah menargetkan 80% surat dan paket menggunakan alamat baru pada tahun 2016; angka yang tercapai pada tahun itu adalah 64,7%.
"""
DANANG = """Proyek e-Government KOICA di Provinsi Da Nang, Vietnam

Badan Kerja Sama Internasional Korea (KOICA) mendanai proyek e-Government di Da Nang senilai USD 7,5 juta. Proyek dimulai pada tahun 2011 dan selesai pada tahun 2014.

Pada tahun 2016, 45,3% permohonan izin usaha di Da Nang diajukan secara daring, naik dari 8,6% pada tahun 2012.

Sebagai perbandingan, Pemerintah Provinsi Jawa Barat menganggarkan Rp 2,5 triliun untuk program serupa pada tahun 2019.
"""
GOV24 = """Government24: Pintu Tunggal Layanan Sipil Korea

Portal Minwon24 diluncurkan pada tahun 2002 dan berganti nama menjadi Government24 pada tahun 2017. Biaya pengembangan tahap kedua tercatat sebesar KRW 120 miliar.
"""
HOMETAX = """Hometax: Korea's Online Tax Service

By the end of 2022, Hometax had 20.5 million registered users, up from 10.2 million in 2012.
"""
REVIEW_2022 = """Korea Digital Government Review 2022

Downloads from Korea's public data portal are forecast to grow 5-7% a year until 2025.

The total digital government budget was KRW 3.4tn in 2022.

About 12.5% of administrative procedures were still paper-based in 2020. Transactions on KONEPS were up 23% year on year in 2021.

The number of registered users of the mobile digital ID grew from 10.2 million in 2019 to 20.5 million in 2021.
"""
STATS = """Year,Service,Users ('000),Share (%)
2021,Government24,"24,900",47.9
"""
INDICATORS = """Year,UN E-Government Survey rank,Government24 registered users (million),Hometax e-filing rate (%),Smart work budget (billion KRW)
2013,,,,41.8
2016,3,19.4,80.2%,
2020,2,25.1,86.3%,
"""


@pytest.fixture(scope="module")
def third_sources(tmp_path_factory, embedder):
    from tests.corpus_helpers import engine_over

    files = {"alamat.id.md": (ADDRESSES, "Sistem Alamat Berbasis Nama Jalan di Korea", "id", "2017"),
             "danang.id.txt": (DANANG, "Proyek e-Government KOICA di Da Nang", "id", "2020"),
             "gov24.id.txt": (GOV24, "Government24: Pintu Tunggal Layanan Sipil Korea", "id", "2021"),
             "hometax.en.txt": (HOMETAX, "Hometax: Korea's Online Tax Service", "en", "2023"),
             "indicators.en.csv": (INDICATORS, "Korea e-Government Indicators", "en", "2023"),
             "review-2022.en.txt": (REVIEW_2022, "Korea Digital Government Review 2022", "en", "2022"),
             "stats.en.csv": (STATS, "Service statistics", "en", "2022")}
    return engine_over(tmp_path_factory.mktemp("third-sources"), files, embedder)


@pytest.mark.parametrize("claim, verdict, said", [
    # a result claim against "menargetkan 80% ...; angka yang tercapai ... adalah 64,7%":
    # the result after the semicolon is no target, and a spreadsheet's Hometax 80.2% is
    # no share of letters (before: "supported" by 80.2%)
    ("Pada 2016, 80% surat dan paket di Korea sudah menggunakan alamat baru.", "contradicted", "64,7%"),
    # the year of the claim's own word ("dimulai"), not the heading's or another year's
    # (before: "not found")
    ("Proyek KOICA di Da Nang dimulai pada tahun 2012.", "contradicted", "2011"),
    ("Proyek KOICA di Da Nang dimulai pada tahun 2011.", "supported", None),
    # a growth stated once: "20.5 million registered users, up from 10.2 million in 2012",
    # and a share that grew from 8,6% to 45,3% (before: "not found")
    ("Hometax's registered users doubled between 2012 and 2022.", "supported", "2.01"),
    ("Permohonan izin usaha daring di Da Nang naik lebih dari lima kali lipat antara 2012 dan 2016.", "supported",
     "5,27"),
    # another government's budget is no budget of Korea's (before: "supported")
    ("Pemerintah Korea menganggarkan Rp 2,5 triliun untuk e-Government di Da Nang.", "not_found", None),
    ("Pemerintah Provinsi Jawa Barat menganggarkan Rp 2,5 triliun pada tahun 2019.", "supported", None),
    # spreadsheet headers: a rank column, a scale before the currency (before: "not
    # found", and "contradicted" by "KRW 41.8")
    ("Korea ranked 1st in the UN E-Government Survey in 2016.", "contradicted", "3"),
    ("The smart work budget was KRW 41.8 billion in 2013.", "supported", "KRW 41.8 billion"),
    # a claim without figures needs its names and words in one quoted sentence (before:
    # "Korea spent a lot ..." was supported because the passage names Korea and Hometax)
    ("Korea spent a lot on Hometax.", "not_found", None),
    ("Hometax had registered users in Korea.", "supported", None),
])
def test_a_third_testers_claims(third_sources, claim, verdict, said):
    v = third_sources.check(claim)
    assert v.verdict == verdict, (claim, v.explanation)
    assert said is None or said in v.explanation, v.explanation
    if verdict == "supported" and not v.matches:  # the quote is the sentence with the names and words
        assert "registered users" in v.citations[0].quote


def test_another_programmes_cost_is_no_disagreement(third_sources):
    # a claim without a year: Government24's development cost, in a passage that never
    # names the address system, had been shown under "Sumber berbeda"
    v = third_sources.check("Biaya total sistem alamat nama jalan Korea mencapai KRW 0,4 triliun.")
    assert v.verdict == "supported", v.explanation
    assert "KRW 400 miliar" in v.explanation and not v.source_conflicts, v.source_conflicts


@pytest.mark.parametrize("claim, verdict, said, not_said", [
    # a growth the source states is not recomputed from another thing's share (before:
    # "23% (2021) against 12.5% (2020) give +84%", 12.5% being paper-based procedures)
    ("KONEPS transactions rose 32% year on year in 2021", "contradicted", "23%", "84"),
    # "grew from 10.2 million in 2019 to 20.5 million in 2021": both numbers leave out
    # their noun (before: "not found")
    ("Registered users of the mobile digital ID doubled between 2019 and 2021", "supported", None, None),
    ("Registered users of the mobile digital ID tripled between 2019 and 2021", "contradicted", None, None),
    # "Users ('000): 24,900" is 24,900 thousand, "Share (%): 47.9" a percentage (before:
    # 24,900 users "supported", 24.9 million "contradicted", 47.9% "not found")
    ("Government24 had 24.9 million users in 2021", "supported", None, None),
    ("Government24 had 24,900 users in 2021", "contradicted", None, None),
    ("Government24's online share was 47.9% in 2021", "supported", None, None),
    # "9.9m users" is 9.9 million users (before: not read, and "supported" by the year
    # alone), checked against the source's 20.5 million
    ("The mobile digital ID had 9.9m registered users in 2021", "contradicted", "20.5 million", None),
    ("The mobile digital ID had 20.5m registered users in 2021", "supported", "20.5 million", None),
    # a range bounds one figure: 6% is within "5-7%", not contradicted by its "5" (before:
    # "wrong; the source says 5 (5%)"), and 9% is outside it
    ("Public data portal downloads are forecast to grow 6% a year until 2025", "not_found", "5-7%", "5 (5%)"),
    ("Public data portal downloads are forecast to grow 9% a year until 2025", "contradicted", "5-7%", "5 (5%)"),
    # "3.0 trillion" is written to a tenth: KRW 3.4tn is no "wrong year" of it
    ("Korea's digital government budget was 3.0 trillion won in 2015", "not_found", None, "wrong year"),
])
def test_a_figure_testers_claims(third_sources, claim, verdict, said, not_said):
    v = third_sources.check(claim)
    assert v.verdict == verdict, (claim, v.explanation)
    assert said is None or said in v.explanation, v.explanation
    assert not_said is None or not_said not in v.explanation, v.explanation


def test_unread_figures_and_written_precision():
    from bot.factcheck import _claim_interval, _ranges, _unread_figure
    from bot.figures import extract_figures

    # the two ends of a range, not a change from one value to another
    for text, lang, want in [("grow 5-7% a year", "en", (5.0, 7.0)), ("between 5 and 7 percent", "en", (5.0, 7.0)),
                             ("USD 5-10 juta", "id", (5e6, 1e7)), ("grew from 10.2 million to 20.5 million", "en", None),
                             ("exports of 5 and 7 percent", "en", None)]:
        got = {r[:2] for r in _ranges(extract_figures(text, lang)).values()}
        assert got == ({want} if want else set()), text

    for text, unread in [("The app had 9.9m users in 2017", None), ("A third of complaints in 2019", None),
                         ("Sepertiga pengaduan pada 2019", None), ("A third in 2019", "A third"),
                         ("Government24 had 21.6 million users in 2020", None), ("Korea ranked 1st in 2010", None)]:
        assert _unread_figure(text, claim_figures(text, "en")) == unread, text
    f = next(f for f in claim_figures("The budget was 3.0 trillion won", "en") if f.kind == "amount")
    assert (_claim_interval(f, None).lo, _claim_interval(f, None).hi) == pytest.approx((2.95e12, 3.05e12))
