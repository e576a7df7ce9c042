"""The UN E-Government Development Index tables (``../shared/data/egdi/``, 2010-2018)
indexed as they are (issue 4): a table row is a fact that keeps its headers and its
table's name, so "What was Indonesia's e-government rank in 2014?" is answered with 106
and cited to the 2014 table.

One index for the module (5 files x 193 rows: about a thousand short passages, each
embedded once), with the real model.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.engine import Engine
from index.build import build_index

pytestmark = pytest.mark.slow

EGDI = Path(__file__).resolve().parents[2] / "shared" / "data" / "egdi"
YEARS = (2010, 2012, 2014, 2016, 2018)


@pytest.fixture(scope="module")
def egdi_engine(tmp_path_factory, embedder):
    if not EGDI.is_dir():
        pytest.skip(f"data set not found: {EGDI}")
    base = tmp_path_factory.mktemp("egdi")
    corpus, index = base / "corpus", base / "index"
    corpus.mkdir()
    for year in YEARS:
        shutil.copy(EGDI / f"egdi-{year}.csv", corpus / f"egdi-{year}.csv")
    before = embedder.calls["passage"]
    report = build_index(corpus, index, embedder)
    assert report.ok, report.failed
    # one vector per row: a row passage is one sentence and is embedded once, not twice
    assert report.sentences_embedded == 0
    assert embedder.calls["passage"] - before == report.passages_embedded == report.passages
    engine = Engine(embedder, index)
    engine.warm_up()
    return engine, report


def test_every_row_is_a_passage_with_its_headers(egdi_engine):
    engine, report = egdi_engine
    version = engine.version
    assert report.documents == 5 and report.passages == sum(
        len((EGDI / f"egdi-{y}.csv").read_text(encoding="utf-8").splitlines()) - 1 for y in YEARS
    )
    texts = [p.text for p in version.passages(version.all_passage_ids())]
    assert "egdi-2014 — country-code: IDN; country-name: Indonesia; e-gov-rank: 106; e-gov-index: 0.44874;" in "\n".join(texts)
    # float artefacts of the CSV are shown as the source means them
    assert not any("00000000" in t or "99999999" in t for t in texts)
    assert any("country-name: Iraq; e-gov-rank: 136.0; e-gov-index: 0.29957" in t and "hci: 0.69556;" in t for t in texts)


@pytest.mark.parametrize(
    ("question", "year", "rank"),
    [
        ("What was Indonesia's e-government rank in 2014?", 2014, "106"),
        ("Berapa peringkat e-government Indonesia pada tahun 2014?", 2014, "106"),  # across languages
        ("What was Indonesia's e-government rank in 2018?", 2018, "107"),
    ],
)
def test_rank_is_answered_from_the_right_table(egdi_engine, question, year, rank):
    engine, _ = egdi_engine
    answer = engine.answer(question)
    assert answer.answered, (question, answer.confidence)
    cite = answer.citations[0]
    doc = engine.version.document(cite.doc_id)
    assert doc.path == f"egdi-{year}.csv" and str(year) in cite.title
    assert "Indonesia" in cite.quote and f"e-gov-rank: {rank};" in cite.quote
    assert engine.version.document_text(cite.doc_id)[cite.start : cite.end] == cite.quote
