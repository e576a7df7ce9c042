"""A FAQ page's accordion questions, a note under a table's rows, and items lettered "(a)".

A blind probe of stop 52: a FAQ page set its questions as accordion ``<button>``s, which
trafilatura drops, so nine questions and answers became three passages of answers run
together; and a workbook's "Sumber: Daftar hadir pelatihan ..." under its rows was read
as a row ("No: Sumber: ..."), which also kept the "No" column of row numbers in every
row ("No: 2; Perangkat Daerah: ..."). The pages and workbooks here are invented.
"""

from __future__ import annotations

from pathlib import Path

from index.readers import read_document

ACCORDION = """<html lang="id"><head><title>Tanya Jawab Sertipikat Elektronik</title></head><body>
<nav><a href="/">Beranda</a> <a href="/faq">FAQ</a> <button class="btn-search">Cari sekarang</button></nav>
<main><h1>Tanya Jawab Sertipikat Elektronik</h1>
<p>Halaman ini menjawab pertanyaan yang paling sering diajukan warga tentang sertipikat elektronik di Kabupaten Lembah Sari.</p>
<div class="accordion">
<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button" aria-expanded="false">Berapa lama proses alih media?</button></h2>
<div class="accordion-collapse collapse"><div class="accordion-body"><p>Proses alih media paling lama 7 hari kerja sejak berkas lengkap diterima.</p></div></div></div>
<div class="accordion-item"><button type="button" data-bs-toggle="collapse" aria-controls="q2">Berapa biaya alih media?</button>
<div id="q2" class="collapse"><p>Biaya alih media sebesar Rp50.000 per bidang tanah, dibayar melalui bank persepsi.</p></div></div>
</div></main><footer>Hak cipta 2024 Kantor Pertanahan</footer></body></html>
"""


def test_accordion_questions_are_read_before_their_answers(tmp_path: Path) -> None:
    page = tmp_path / "faq.html"
    page.write_text(ACCORDION, encoding="utf-8")
    texts = [b.text for b in read_document(page).blocks]
    q1, q2 = texts.index("Berapa lama proses alih media?"), texts.index("Berapa biaya alih media?")
    assert texts[q1 + 1].startswith("Proses alih media paling lama 7 hari kerja"), texts
    assert texts[q2 + 1].startswith("Biaya alih media sebesar Rp50.000"), texts
    assert not any("Cari" in t for t in texts), texts  # a search button stays out


def test_a_note_under_a_table_is_a_paragraph_and_row_numbers_stay_out(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rekap"
    for row in (["No", "Perangkat Daerah", "Peserta Hadir"], [1, "Dinas Pendidikan", 389], [2, "Dinas Kesehatan", 301],
                [3, "Dinas Sosial", 49], [None, "JUMLAH", 739],
                ["Sumber: Daftar hadir pelatihan, BKPSDM Kota Tirtamulya."]):
        ws.append(row)
    path = tmp_path / "rekap.xlsx"
    wb.save(path)
    blocks = read_document(path).blocks
    rows = [b.text for b in blocks if b.kind == "row"]
    assert len(rows) == 4 and not any("No:" in r for r in rows), rows
    assert rows[0].endswith("Perangkat Daerah: Dinas Pendidikan; Peserta Hadir: 389"), rows
    notes = [b for b in blocks if b.text.startswith("Sumber:")]
    # (prose, a passage alone: index.chunking, stop 65)
    assert [b.kind for b in notes] == ["note"], blocks


UI_BUTTONS = """<html lang="id"><head><title>Layanan</title></head><body><main><h1>Layanan Aplikasi Lembah Sari Digital</h1>
<p>Aplikasi Lembah Sari Digital menyediakan 14 layanan administrasi kependudukan dan perizinan bagi warga kabupaten.</p>
<ul><li>Akta kelahiran</li><li>Kartu keluarga</li><li>KTP elektronik</li></ul>
<button class="btn" data-bs-toggle="collapse" aria-expanded="false">Tampilkan 10 layanan lainnya</button>
<div class="collapse"><ul><li>Akta kematian</li><li>Surat keterangan usaha</li></ul></div>
<button class="btn faq-toggle" aria-expanded="false">Show 120 more buildings</button>
</main></body></html>
"""


def test_buttons_that_work_the_page_stay_out(tmp_path: Path) -> None:
    """An attack on a first version: "Tampilkan 10 layanan lainnya" had been read as text
    and supported a claim of 10 services against the page's 14."""
    page = tmp_path / "layanan.html"
    page.write_text(UI_BUTTONS, encoding="utf-8")
    texts = [b.text for b in read_document(page).blocks]
    assert not any("Tampilkan" in t or "Show 120" in t for t in texts), texts
    assert "Surat keterangan usaha" in texts, texts


def test_a_long_cell_alone_in_its_row_keeps_its_header(tmp_path: Path) -> None:
    """An attack on a first version: a row under a merged year cell, its one cell a long
    target, had lost its "Target:" header as a note would."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["Tahun", "Target"], [2023, "45 desa terpencil mendapatkan menara BTS baru dan akses internet"],
                [None, "35 kantor desa tersambung jaringan serat optik kabupaten tahun ini"]):
        ws.append(row)
    path = tmp_path / "target.xlsx"
    wb.save(path)
    rows = [b.text for b in read_document(path).blocks if b.kind == "row"]
    assert any("Target: 35 kantor desa" in r for r in rows), rows


def test_items_lettered_in_brackets_are_list_items(tmp_path: Path) -> None:
    """A blind probe of stop 52's MoU: "The Parties shall cooperate in the following areas:"
    had been quoted alone, its items "(a)" to "(e)" being no list items."""
    text = ("Article 2 Areas of Cooperation\n\nThe Parties shall cooperate in the following areas:\n\n"
            "(a) digital identity and electronic signatures;\n\n(b) a government data exchange platform;\n\n"
            "(c) capacity building for civil servants.\n\nArticle 3 Implementation\n\nThe Parties shall form a committee.\n")
    path = tmp_path / "mou.txt"
    path.write_text(text, encoding="utf-8")
    blocks = read_document(path).blocks
    items = [b.text for b in blocks if b.kind == "item"]
    assert items == ["(a) digital identity and electronic signatures;", "(b) a government data exchange platform;",
                     "(c) capacity building for civil servants."], blocks
