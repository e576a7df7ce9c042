"""Lists asked for, FAQ answers under their question, dated list items, numbers in words.

Blind probes of stops 48 and 49 (testers' own corpora: a DOCX guide with bulleted
requirements, numbered steps and an FAQ; a Markdown timeline "- 2018 - ..."; an
interview whose figures are written in words) found:

- "Apa saja persyaratan ...?" and "Bagaimana langkah-langkah ...?" got one or two
  sentences (often the guide's opening definition), not the list: list items are now
  ``item`` blocks (DOCX list paragraphs, Markdown and HTML list items, bullet lines) and
  a list asked for is quoted whole, from its intro to its last item, across a passage
  break when it goes on (bot.engine._list_quote).
- An FAQ's question heading ("Bagaimana jika saya lupa kata sandi?") ended one passage
  and its answer opened the next, so the answer was never found: a question heading is
  a ``question`` block that keeps its answer (index.readers.question_headings).
- A timeline item "2018 - Mobile bidding was introduced. Total development cost reached
  USD 18.5 million." was quoted from its second sentence, without its year: an item with
  a dated label is one sentence (index.chunking.item_sentences).
- "two hundred Indonesian officials" stated no figure (only one to ten were read), so a
  claim of 200 officials was "not in my sources"; "By 2026 we aim" was a count of "we
  aim" (2,026); "minimal 8 karakter setelah menerima" counted "karakter setelah ...".

The documents are invented for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.factcheck import check_claim
from bot.figures import extract_figures
from bot.render import render_text
from tests.corpus_helpers import first_quote
from index.chunking import canonical_text, item_sentences, split_sentences
from index.readers import read_document
from index.types import Block

REQUIREMENTS = [
    "Kartu Tanda Penduduk elektronik (KTP-el) yang masih berlaku.",
    "Surat keterangan domisili dari kelurahan setempat.",
    "Pas foto berwarna ukuran 4x6 dengan latar belakang merah.",
    "Nomor telepon seluler yang aktif untuk menerima kode verifikasi.",
]
STEPS = [
    "Buka laman Layanan Izin Usaha Mikro dan pilih menu Daftar.",
    "Isi data diri dan data usaha sesuai KTP-el.",
    "Unggah dokumen persyaratan dalam format PDF dengan ukuran paling besar 2 MB.",
    "Tunggu verifikasi oleh petugas Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu.",
    "Ambil nomor antrean untuk wawancara singkat melalui aplikasi seluler.",
    "Unduh izin usaha mikro yang sudah ditandatangani secara elektronik.",
]


def _guide(path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading("Panduan Pendaftaran Izin Usaha Mikro secara Daring", level=0)
    d.add_heading("Pendahuluan", level=1)
    d.add_paragraph(
        "Izin usaha mikro adalah izin yang diberikan kepada pelaku usaha mikro untuk menjalankan usahanya "
        "secara sah di wilayah kota. Izin ini diterbitkan secara elektronik dan tidak perlu dicetak.")
    d.add_paragraph(
        "Panduan ini menjelaskan syarat, langkah pendaftaran, biaya dan waktu proses, serta jawaban atas "
        "pertanyaan yang sering diajukan oleh pelaku usaha. Panduan ini berlaku sejak 1 Januari 2024.")
    d.add_paragraph(
        "Sejak layanan daring dibuka, pelaku usaha tidak lagi perlu datang ke kantor dinas kecuali untuk "
        "wawancara singkat apabila petugas memerlukannya.")
    d.add_heading("Persyaratan", level=1)
    d.add_paragraph("Pemohon wajib menyiapkan dokumen berikut:")
    for item in REQUIREMENTS:
        d.add_paragraph(item, style="List Bullet")
    d.add_heading("Langkah-langkah Pendaftaran", level=1)
    for item in STEPS:
        d.add_paragraph(item, style="List Number")
    d.add_heading("Biaya dan Waktu Proses", level=1)
    d.add_paragraph("Pendaftaran izin usaha mikro tidak dipungut biaya. Verifikasi memakan waktu paling lama "
                    "3 hari kerja.")
    d.add_heading("Tanya Jawab", level=1)
    d.add_heading("Apakah pedagang kaki lima dapat mendaftar?", level=2)
    d.add_paragraph("Ya. Pedagang kaki lima yang memiliki lokasi tetap dapat mendaftar dengan melampirkan "
                    "surat keterangan lokasi dari kecamatan.")
    d.add_heading("Bagaimana jika saya lupa kata sandi?", level=2)
    d.add_paragraph("Kata sandi tidak dapat dikirim ulang. Gunakan menu Atur Ulang di halaman masuk untuk "
                    "membuat kata sandi baru melalui kode yang dikirim ke nomor seluler Anda.")
    d.save(str(path))


COMPLAINT_STEPS = [
    "Tulis aduan melalui kanal pengaduan warga di aplikasi kota.",
    "Lampirkan foto lokasi kejadian.",
    "Pantau status aduan melalui nomor tiket.",
]


def _only_a_list(path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = "Langkah Pengaduan Warga"
    for item in COMPLAINT_STEPS:
        d.add_paragraph(item, style="List Number")
    d.save(str(path))


TIMELINE = """# PayHub: milestones of a national payment gateway

PayHub is the national government payment gateway of a fictional island state, run by the Treasury Digital Office.

## Timeline

- **2015** - A design study was commissioned at a cost of USD 0.8 million.
- **May 2017** - PayHub went live for 9 agencies; 1,200 merchants signed up in the first month.
- **2018** - Card payments were added. Total development cost reached USD 6.4 million.
- **2020** - The gateway processed 14.2 million payments during the pandemic.
- **2022** - PayHub 2.0 was launched at a cost of USD 3.1 million. It now serves 61 agencies.

## Questions

### What does PayHub offer?
PayHub combines 140 payment services in one checkout with a single account.

### Where are payment records kept?
Payment records are kept in the Treasury Data Vault in the capital, with a copy in a second city.
"""

GLOSSARY = """Glosarium Layanan Keuangan Digital

Yang dimaksud dengan Treasury Data Vault adalah pusat data milik Kantor Perbendaharaan yang menyimpan seluruh catatan transaksi pembayaran pemerintah.

Yang dimaksud dengan gerbang pembayaran adalah layanan yang meneruskan pembayaran warga ke rekening kas negara.
"""

INTERVIEW = """Wawancara: Kerja Sama Pelatihan Pemerintahan Digital

Q: How did the training programme start?
A: We began modestly. In 2016 we trained two hundred and fifty civil servants from six provinces. By 2026 we aim to train one thousand officials every year.
Q: How long does a course take?
A: Each course runs for fourteen days, and twelve of those are spent in the field.
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("lists_faqs")
    corpus = root / "corpus"
    corpus.mkdir()
    _guide(corpus / "panduan-izin-usaha-mikro.docx")
    _only_a_list(corpus / "langkah-pengaduan.docx")
    (corpus / "payhub-timeline.en.md").write_text(TIMELINE, encoding="utf-8")
    (corpus / "wawancara-pelatihan.en.txt").write_text(INTERVIEW, encoding="utf-8")
    (corpus / "glosarium.id.txt").write_text(GLOSSARY, encoding="utf-8")
    (corpus / "manifest.toml").write_text(
        '["panduan-izin-usaha-mikro.docx"]\ntitle = "Panduan Pendaftaran Izin Usaha Mikro"\nkind = "guide"\n'
        'language = "id"\ndate = "2024-01"\n\n'
        '["payhub-timeline.en.md"]\ntitle = "PayHub milestones"\nkind = "web page"\nlanguage = "en"\ndate = "2023-06"\n\n'
        '["wawancara-pelatihan.en.txt"]\ntitle = "Interview on the digital government training programme"\n'
        'kind = "interview"\nlanguage = "en"\ndate = "2023-09"\n\n'
        '["langkah-pengaduan.docx"]\nkind = "guide"\nlanguage = "id"\ndate = "2024-02"\n\n'
        '["glosarium.id.txt"]\ntitle = "Glosarium Layanan Keuangan Digital"\nkind = "report"\nlanguage = "id"\ndate = "2023-01"\n',
        encoding="utf-8")
    return corpus


@pytest.fixture(scope="module")
def engine(corpus, embedder, tmp_path_factory):
    from bot.engine import Engine
    from index.build import build_index

    index = tmp_path_factory.mktemp("lists_faqs_index")
    build_index(corpus, index, embedder)
    eng = Engine(embedder, index)
    eng.warm_up()
    return eng


# -- readers -------------------------------------------------------------------------------


def test_docx_list_paragraphs_are_items_and_faq_headings_questions(corpus):
    blocks = read_document(corpus / "panduan-izin-usaha-mikro.docx").blocks
    # (a "List Number" item carries the number Word shows: reader version 11)
    assert [b.text for b in blocks if b.kind == "item"] == REQUIREMENTS + [f"{i}. {s}" for i, s in enumerate(STEPS, 1)]
    assert [b.text for b in blocks if b.kind == "question"] == [
        "Apakah pedagang kaki lima dapat mendaftar?", "Bagaimana jika saya lupa kata sandi?"]
    # a heading that asks nothing stays a paragraph; so does the intro before a list
    assert next(b for b in blocks if b.text == "Persyaratan").kind == "paragraph"
    assert next(b for b in blocks if b.text.startswith("Pemohon wajib")).kind == "paragraph"


def test_markdown_items_and_bullet_lines(tmp_path):
    md = tmp_path / "faq.md"
    md.write_text("# FAQ\n\n## Is the app free?\n\nYes. Only paid permits cost money.\n\n"
                  "Steps:\n\n- Open the app.\n- Choose a service.\n", encoding="utf-8")
    blocks = read_document(md).blocks
    assert [(b.kind, b.text) for b in blocks[1:]] == [
        ("question", "Is the app free?"), ("paragraph", "Yes. Only paid permits cost money."),
        ("paragraph", "Steps:"), ("item", "Open the app."), ("item", "Choose a service.")]
    txt = tmp_path / "notes.txt"
    txt.write_text("Catatan layanan\n\n1. Pendahuluan\n\nLayanan ini dibuka pada 2023.\n\n"
                   "Dokumen:\n- KTP-el\n- Kartu Keluarga\n\n" + "2. " + "Kalimat panjang bernomor. " * 20 + "\n",
                   encoding="utf-8")
    kinds = {b.text[:14]: b.kind for b in read_document(txt).blocks}
    assert kinds["1. Pendahuluan"] == "paragraph"  # a lone numbered line is a heading
    assert kinds["- KTP-el"] == "item" and kinds["- Kartu Keluar"] == "item"
    assert kinds["2. Kalimat pan"] == "paragraph"  # a long numbered paragraph is a section


def test_a_dated_item_is_one_sentence():
    blocks = [Block("Timeline"), Block("2018 - Card payments were added. Total cost reached USD 6.4 million.", "item"),
              Block("Card payments were added. Total cost reached USD 6.4 million.", "item")]
    text, spans = canonical_text(blocks)
    sentences = [text[a:b] for a, b in item_sentences(split_sentences(text), blocks, spans)]
    assert sentences == ["Timeline", "2018 - Card payments were added. Total cost reached USD 6.4 million.",
                         "Card payments were added.", "Total cost reached USD 6.4 million."]


# -- answers -------------------------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "Apa saja persyaratan untuk mendaftar izin usaha mikro?",
    "What are the requirements for a micro business permit?",
    "Dokumen apa yang harus disiapkan pemohon izin usaha mikro?",
])
def test_a_list_of_requirements_is_quoted_whole(engine, question):
    a = engine.answer(question)
    text = render_text(a)
    assert a.answered, text
    assert all(item in text for item in REQUIREMENTS), text
    assert "Pemohon wajib menyiapkan dokumen berikut:" in text
    assert not any(step in text for step in STEPS), text


@pytest.mark.parametrize("question", [
    "Bagaimana langkah-langkah mendaftar izin usaha mikro?",
    "What are the steps to register for a micro business permit?",
])
def test_the_steps_are_quoted_whole_across_a_passage_break(engine, question):
    a = engine.answer(question)
    text = render_text(a)
    assert a.answered, text
    assert all(step in text for step in STEPS), text
    assert not any(item in text for item in REQUIREMENTS), text


def test_one_step_asked_is_not_the_whole_list(engine):
    a = engine.answer("Setelah mengisi data diri, langkah berikutnya apa?")
    assert sum(step in render_text(a) for step in STEPS) <= 2, render_text(a)


@pytest.mark.parametrize("question, answer", [
    ("Apakah pedagang kaki lima bisa mendaftar izin usaha mikro?", "Pedagang kaki lima yang memiliki lokasi tetap"),
    ("Bagaimana jika saya lupa kata sandi?", "Gunakan menu Atur Ulang"),
    ("What if I forget my password?", "Gunakan menu Atur Ulang"),
])
def test_an_faq_answer_is_found_under_its_question(engine, question, answer):
    a = engine.answer(question)
    assert a.answered and answer in render_text(a), render_text(a)


def test_a_timeline_item_keeps_its_year(engine):
    a = engine.answer("How much had PayHub's development cost by 2018?")
    text = render_text(a)
    assert a.answered and "2018 - Card payments were added. Total development cost reached USD 6.4 million." in text, text
    v = check_claim(engine, "PayHub's total development cost reached USD 6.4 million in 2018")
    assert v.verdict == "supported", v


# -- numbers in words ------------------------------------------------------------------------


def test_numbers_in_words_are_read_whole():
    text = ("In 2016 we trained two hundred and fifty civil servants from six provinces. By 2026 we aim to "
            "train one thousand officials every year.")
    assert [(f.surface, f.kind, f.value, f.noun) for f in extract_figures(text, "en")] == [
        ("2016", "year", 2016.0, None), ("two hundred and fifty", "count", 250.0, "civil servants"),
        ("six", "count", 6.0, "provinces"), ("2026", "year", 2026.0, None),
        ("one thousand", "count", 1000.0, "officials")]
    figs = extract_figures("Pemerintah melatih dua ratus lima puluh pegawai dan tiga puluh lima persen di antaranya "
                           "perempuan; buat kata sandi minimal 8 karakter setelah menerima kode.", "id")
    assert [(f.surface, f.kind, f.value, f.noun) for f in figs] == [
        ("dua ratus lima puluh", "count", 250.0, "pegawai"), ("tiga puluh lima persen", "percent", 35.0, None),
        ("8", "count", 8.0, "karakter")]


def test_a_figure_in_words_answers_and_checks(engine):
    a = engine.answer("How many civil servants were trained in 2016?")
    assert a.answered and "two hundred and fifty civil servants" in render_text(a), render_text(a)
    assert check_claim(engine, "250 civil servants were trained in 2016").verdict == "supported"
    v = check_claim(engine, "300 civil servants were trained in 2016")
    assert v.verdict == "contradicted", v
    assert check_claim(engine, "Each course runs for 14 days").verdict == "supported"


# -- what-is and people counted ---------------------------------------------------------------


def test_a_definition_comes_before_a_mention(engine):
    # the FAQ's answer mentions the term; the glossary defines it
    a = engine.answer("Apa itu Treasury Data Vault?")
    text = render_text(a)
    assert a.answered, text
    assert first_quote(text).strip().startswith("“Yang dimaksud dengan Treasury Data Vault adalah"), text


def test_people_are_not_counted_in_services(engine):
    a = engine.answer("How many registered users does PayHub have?")
    assert not a.answered, render_text(a)
    a = engine.answer("How many payment services does PayHub offer?")
    assert a.answered and "140 payment services" in render_text(a), render_text(a)


@pytest.mark.parametrize("text, lang", [
    ("Hubungi layanan bantuan pada hari kerja pukul 08.00-16.00 WIB.", "id"),
    ("Loket buka jam 08.00 sampai 15.00 di Balai Kota.", "id"),
    ("The call centre opens at 9.30 am on weekdays.", "en"),
])
def test_a_clock_time_is_no_figure(text, lang):
    assert extract_figures(text, lang) == []


def test_a_unit_cell_of_a_share_makes_percentages():
    # a table with years as columns: "Unit: % of population" (a blind probe of stop 49 had
    # shown "91.7 (91,7)", no percent)
    row = "indicators / Indicators — Indicator: Internet users; Unit: % of population; 2020: 89.6; 2021: 91.7"
    figs = [f for f in extract_figures(row, "en") if f.kind != "year"]
    assert [(f.surface, f.kind, f.unit, f.year) for f in figs] == [("89.6", "percent", "%", 2020), ("91.7", "percent", "%", 2021)]


def test_a_list_that_opens_its_document_is_led_by_its_title(engine):
    a = engine.answer("Apa saja langkah pengaduan warga?")
    text = render_text(a)
    assert a.answered and all(step in text for step in COMPLAINT_STEPS), text
    assert not any(step in text for step in STEPS), text


@pytest.mark.parametrize("text, lang", [
    ("Pada tahun dua ribu sembilan belas, layanan dibuka.", "id"),  # a year in words: not "dua ribu"
    ("The agency was founded in nineteen ninety-eight.", "en"),  # not "nineteen"
    ("Office hours are 9.30 am to 4 pm.", "en"),  # not "4 pm"
])
def test_longer_numbers_in_words_and_hours_are_not_misread(text, lang):
    assert extract_figures(text, lang) == []
