"""Every corpus format through the staff command (issue 4): ``build_index.py --json`` in a
subprocess over a corpus of small real files made here (PDF with fpdf2, HTML, DOCX with
python-docx, XLSX with openpyxl, CSV, Markdown, text) plus broken ones. The broken ones
are reported by name, the rest is indexed, the exit code is 1, and the JSON says so;
then the real engine answers from each format with citations that resolve.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.engine import Engine
from index.model import DEFAULT_MODEL_ID
from index.store import open_current

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent

GOOD = ["report.pdf", "news.html", "memo.docx", "scores.xlsx", "budget.csv", "notes.md", "plain.txt"]
BROKEN = {  # file -> words its failure message must contain
    "truncated.pdf": "truncated",
    "scanned.pdf": "no text layer",
    "not-a-zip.docx": "not a zip",
    "empty.txt": "empty",
    "binary.txt": "binary",
}


def make_pdf(path: Path, pages: list[list[str]]) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title("Korea e-Government report")
    for paragraphs in pages:
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        for para in paragraphs:
            pdf.multi_cell(0, 6, para)
            pdf.ln(5)
    pdf.output(str(path))


def make_corpus(corpus: Path) -> None:
    corpus.mkdir()
    make_pdf(corpus / "report.pdf", [
        ["The e-government programme of Korea connects every central ministry through one network.",
         "It began in 2001 with eleven flagship projects."],
        ["Korea exported e-government systems worth USD 148.76 million in 2010.",
         "Most exports went to Asia and the Middle East."],
    ])
    whole = (corpus / "report.pdf").read_bytes()
    (corpus / "truncated.pdf").write_bytes(whole[: len(whole) * 2 // 3])
    from fpdf import FPDF
    from PIL import Image

    scan = FPDF()
    scan.add_page()
    scan.image(Image.new("RGB", (300, 200), "white"), x=10, y=10, w=150)
    scan.output(str(corpus / "scanned.pdf"))

    (corpus / "news.html").write_text(
        "<html lang='en'><head><title>Seoul opens smart work centre</title>"
        "<meta name='date' content='2011-06-01'></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/about'>About us</a> | <a href='/login'>Member login</a></nav>"
        "<article><h1>Seoul opens smart work centre</h1>"
        "<p>The Ministry of Public Administration and Security opened a smart work centre in Dobong, Seoul. "
        "Civil servants who live nearby can work there instead of commuting to Sejong.</p>"
        "<p>The ministry plans 500 such centres across the country by 2015, shared by public and private "
        "employers.</p></article>"
        "<footer>Copyright 2011 Example News. All rights reserved. Privacy policy.</footer></body></html>",
        encoding="utf-8",
    )

    import docx

    d = docx.Document()
    d.add_heading("Memo on the national e-procurement system", level=1)
    d.add_paragraph("KONEPS publishes every public tender in Korea and lets suppliers bid online.")
    table = d.add_table(rows=2, cols=3)
    for row, cells in zip(table.rows, [("system", "year", "registered suppliers"), ("KONEPS", "2010", "192,000")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    d.save(str(corpus / "memo.docx"))

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "EGDI"
    ws.append(["country", "year", "e-gov-index"])
    ws.append(["Republic of Korea", 2010, 0.8784999999999999])
    ws.append(["Indonesia", 2010, 0.4026400000000001])
    wb.save(str(corpus / "scores.xlsx"))

    (corpus / "budget.csv").write_text(
        "programme,year,budget (KRW billion)\nGovernment 24,2012,41.5\nKONEPS,2012,18.2\n", encoding="utf-8"
    )
    (corpus / "notes.md").write_text(
        "# UNI-PASS\n\nUNI-PASS is the electronic customs clearance system of the Korea Customs Service.\n\n"
        "- It clears an import declaration in about 1.5 hours.\n", encoding="utf-8"
    )
    (corpus / "plain.txt").write_bytes(
        "Hometax adalah layanan pajak daring milik Badan Pajak Nasional Korea (“NTS”).\n"
        "Pada tahun 2013 sekitar 90 persen SPT pajak penghasilan disampaikan lewat Hometax.\n".encode("cp1252")
    )
    (corpus / "not-a-zip.docx").write_text("this is not a word document", encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 16)


@pytest.fixture(scope="module")
def formats_build(tmp_path_factory, model_cache_dir):
    """The corpus above, built by ``build_index.py --json`` in a subprocess."""
    base = tmp_path_factory.mktemp("formats")
    corpus, index = base / "corpus", base / "index"
    make_corpus(corpus)
    env = {k: v for k, v in os.environ.items() if not k.startswith("EGOV_")}
    env.update({
        "EGOV_CORPUS_DIR": str(corpus), "EGOV_INDEX_DIR": str(index), "EGOV_MODEL": DEFAULT_MODEL_ID,
        "EGOV_MODEL_CACHE_DIR": str(model_cache_dir), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
    })
    proc = subprocess.run(
        [sys.executable, str(ROOT / "build_index.py"), "--json"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    return proc, index


def test_broken_files_are_reported_by_name_and_the_rest_is_indexed(formats_build):
    proc, index = formats_build
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert report["ok"] is False and report["dry_run"] is False
    assert report["added"] == sorted(GOOD)
    assert len(report["failed"]) == len(BROKEN)
    for name, words in BROKEN.items():
        [message] = [m for m in report["failed"] if m.startswith(f"{name}: ")]
        assert words in message.lower(), message
    assert report["documents"] == len(GOOD) and report["version"]
    assert report["passages"] >= len(GOOD) and report["passages_embedded"] == report["passages"]
    # passages per document read: every good file, summing to the whole; no broken one
    assert sorted(report["passages_by_document"]) == sorted(GOOD)
    assert sum(report["passages_by_document"].values()) == report["passages"]
    assert "plain.txt: not UTF-8: read as cp1252" in report["warnings"]

    version = open_current(index, DEFAULT_MODEL_ID)
    assert sorted(d.path for d in version.documents()) == sorted(GOOD)
    for p in version.passages(version.all_passage_ids()):
        assert version.document_text(p.doc_id)[p.start : p.end] == p.text
    version.close()


def test_each_format_keeps_what_citations_need(formats_build):
    _proc, index = formats_build
    version = open_current(index, DEFAULT_MODEL_ID)
    docs = {d.path: d for d in version.documents()}
    texts = {path: version.document_text(d.doc_id) for path, d in docs.items()}
    passages = {
        path: [p for p in version.passages(version.all_passage_ids()) if p.doc_id == d.doc_id]
        for path, d in docs.items()
    }
    # PDF: the page of every offset is kept (citations name it), title from the file's properties
    assert docs["report.pdf"].title == "Korea e-Government report"
    pdf_id, pdf_text = docs["report.pdf"].doc_id, texts["report.pdf"]
    assert version.paragraph_of(pdf_id, pdf_text.index("eleven flagship"))[1] == 1
    assert version.paragraph_of(pdf_id, pdf_text.index("148.76"))[1] == 2
    assert passages["report.pdf"][0].page == 1
    # HTML: main text only, title and date from the page
    assert "500 such centres" in texts["news.html"]
    assert not any(w in texts["news.html"] for w in ("Member login", "All rights reserved", "Privacy policy"))
    assert docs["news.html"].title == "Seoul opens smart work centre" and docs["news.html"].date == "2011-06-01"
    # DOCX: paragraphs and a table row with its headers
    assert "KONEPS publishes every public tender" in texts["memo.docx"]
    assert "system: KONEPS; year: 2010; registered suppliers: 192,000" in texts["memo.docx"]
    # spreadsheets: one passage per row, headers and sheet/file title with it; floats as meant
    assert any(p.text.endswith("country: Republic of Korea; year: 2010; e-gov-index: 0.8785")
               and "EGDI" in p.text for p in passages["scores.xlsx"])
    assert "0.4026400000000001" not in texts["scores.xlsx"] and "0.40264" in texts["scores.xlsx"]
    assert [p.text for p in passages["budget.csv"]] == [
        "budget — programme: Government 24; year: 2012; budget (KRW billion): 41.5",
        "budget — programme: KONEPS; year: 2012; budget (KRW billion): 18.2",
    ]
    # text in a legacy encoding, language detected
    assert "90 persen" in texts["plain.txt"] and docs["plain.txt"].language == "id"
    assert docs["notes.md"].language == "en"
    version.close()


@pytest.mark.parametrize(
    ("question", "path", "fragment"),
    [
        ("How much did Korea earn from e-government exports in 2010?", "report.pdf", "148.76"),
        ("How many smart work centres are planned by 2015?", "news.html", "500"),
        ("How many suppliers were registered on KONEPS in 2010?", "memo.docx", "192,000"),
        ("What was the budget of Government 24 in 2012?", "budget.csv", "41.5"),
        ("How long does UNI-PASS take to clear an import declaration?", "notes.md", "1.5 hours"),
        ("Berapa persen SPT pajak disampaikan lewat Hometax pada tahun 2013?", "plain.txt", "90 persen"),
    ],
)
def test_engine_answers_from_every_format(formats_build, embedder, question, path, fragment):
    _proc, index = formats_build
    engine = Engine(embedder, index)
    answer = engine.answer(question)
    assert answer.answered, (question, answer.confidence)
    cite = answer.citations[0]
    assert engine.version.document(cite.doc_id).path == path
    assert fragment in cite.quote
    assert engine.version.document_text(cite.doc_id)[cite.start : cite.end] == cite.quote
    if path == "report.pdf":
        assert cite.page == 2


def _run_cli(corpus: Path, index: Path, model_cache_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EGOV_")}
    env.update({"EGOV_MODEL": DEFAULT_MODEL_ID, "EGOV_MODEL_CACHE_DIR": str(model_cache_dir), "HF_HUB_OFFLINE": "1"})
    return subprocess.run(
        [sys.executable, str(ROOT / "build_index.py"), "--corpus", str(corpus), "--index", str(index), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )


def test_exit_code_2_when_nothing_can_be_built(tmp_path, model_cache_dir):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "not-a-zip.docx").write_text("no", encoding="utf-8")
    proc = _run_cli(corpus, index, model_cache_dir, "--json")
    assert proc.returncode == 2, proc.stderr
    result = json.loads(proc.stdout)
    # each file's reason is part of the error: a newcomer's first build had said only
    # "no document could be indexed", the reasons showing only under --dry-run
    assert result["ok"] is False and result["exit_code"] == 2
    assert result["error"].startswith(f"no document could be indexed from {corpus}\n")
    assert "failed: empty.txt: the file is empty" in result["error"]
    assert "failed: not-a-zip.docx:" in result["error"]
    assert not (index / "CURRENT").exists()

    missing = _run_cli(tmp_path / "no-such-folder", index, model_cache_dir)
    assert missing.returncode == 2 and "corpus folder not found" in missing.stderr

    # an index path that is a file: a clean error, not a FileExistsError traceback
    a_file = tmp_path / "index.txt"
    a_file.write_text("x", encoding="utf-8")
    (corpus / "ok.txt").write_text("Korea membangun 500 pusat kerja pintar.\n", encoding="utf-8")
    proc = _run_cli(corpus, a_file, model_cache_dir)
    assert proc.returncode == 2 and "is a file, not a folder" in proc.stderr and "Traceback" not in proc.stderr


def test_dry_run_from_the_command_line(tmp_path, model_cache_dir):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "notes.md").write_text("# UNI-PASS\n\nThe customs clearance system.\n", encoding="utf-8")
    (corpus / "copy.md").write_text("# UNI-PASS\n\nThe customs clearance system.\n", encoding="utf-8")
    make_pdf(corpus / "whole.pdf", [["Korea exported e-government systems worth USD 148.76 million in 2010."]])
    whole = (corpus / "whole.pdf").read_bytes()
    (corpus / "whole.pdf").unlink()
    (corpus / "truncated.pdf").write_bytes(whole[: len(whole) * 2 // 3])
    proc = _run_cli(corpus, index, model_cache_dir, "--dry-run")
    # the broken PDF is read, so it is reported as a real build would report it, not as added
    assert proc.returncode == 1, proc.stderr
    assert "(dry run: nothing written)" in proc.stdout
    assert "added      1" in proc.stdout and "notes.md = same bytes as copy.md" in proc.stdout
    assert "      copy.md (1 passage)\n" in proc.stdout  # what each document read would give
    assert "failed     1" in proc.stdout and "truncated.pdf: " in proc.stdout
    assert not index.exists()


def test_of_identical_files_the_one_in_its_own_format_is_indexed(tmp_path, embedder):
    # A tester renamed report.pdf and left a copy of it named as text beside it: the copy
    # sorts first, but it cannot be read as text, so the PDF must be the one indexed.
    from index.build import build_index

    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    make_pdf(corpus / "report.pdf", [["Korea exported e-government systems worth USD 148.76 million in 2010."]])
    assert build_index(corpus, index, embedder).added == ["report.pdf"]
    (corpus / "report.pdf").rename(corpus / "plan.pdf")
    (corpus / "a-copy.txt").write_bytes((corpus / "plan.pdf").read_bytes())
    report = build_index(corpus, index, embedder)
    assert report.ok and not report.failed
    assert report.renamed == ["report.pdf -> plan.pdf"] and report.passages_embedded == 0
    assert report.duplicates == ["a-copy.txt = same bytes as plan.pdf"]
    version = open_current(index, DEFAULT_MODEL_ID)
    assert [d.path for d in version.documents()] == ["plan.pdf"]
    version.close()


def test_content_matches_suffix(tmp_path):
    from index.readers import content_matches_suffix

    make_pdf(tmp_path / "r.pdf", [["A page."]])
    pdf = (tmp_path / "r.pdf").read_bytes()
    cases = {"r.pdf": pdf, "pdf.txt": pdf, "pdf.docx": pdf, "z.docx": b"PK\x03\x04rest", "z.md": b"PK\x03\x04rest",
             "t.txt": "Teks biasa, 148,76.".encode(), "t.pdf": b"plain text", "n.csv": b"a,b\n\x00\x01"}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    assert {n for n in cases if content_matches_suffix(tmp_path / n)} == {"r.pdf", "z.docx", "t.txt"}
    assert not content_matches_suffix(tmp_path / "missing.txt")


def test_a_citation_year_is_never_a_guess_the_report_does_not_name(tmp_path, embedder):
    # A tester's manifest date "2012-13" was dropped as invalid and the PDF's creation
    # date (today) was cited as the report's year.
    from datetime import date

    from index.build import build_index

    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    make_pdf(corpus / "plan.pdf", [["Korea plans 500 smart work centres by 2015."]])
    manifest = corpus / "manifest.toml"
    manifest.write_text('["plan.pdf"]\ntitle = "Master Plan"\ndate = "2012-13"\n', encoding="utf-8")
    report = build_index(corpus, index, embedder)
    assert any("'date' must be a real date" in e for e in report.metadata_errors)
    version = open_current(index, DEFAULT_MODEL_ID)
    [doc] = version.documents()
    assert doc.date is None and doc.title == "Master Plan"
    version.close()

    # metadata without a date: the PDF's own date is used, and the report says so
    manifest.write_text('["plan.pdf"]\ntitle = "Master Plan"\n', encoding="utf-8")
    report = build_index(corpus, index, embedder)
    this_year = str(date.today().year)
    assert any(w.startswith(f"plan.pdf: no date in its metadata; citations show {this_year}") for w in report.warnings)
    version = open_current(index, DEFAULT_MODEL_ID)
    assert version.documents()[0].date.startswith(this_year)
    version.close()


def test_a_file_name_cannot_forge_report_lines(tmp_path, model_cache_dir):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "evil\n  failed     0\nname.txt").write_text("Korea membangun 500 pusat kerja pintar.\n", encoding="utf-8")
    proc = _run_cli(corpus, index, model_cache_dir, "--dry-run")
    assert proc.returncode == 0, proc.stderr
    assert "evil\\n  failed     0\\nname.txt" in proc.stdout  # escaped, on the "added" line
    assert [line for line in proc.stdout.splitlines() if line.startswith("  failed")] == ["  failed     0"]
