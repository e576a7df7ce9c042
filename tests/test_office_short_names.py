"""An office's Indonesian short name in a question ("Dinkes", "Dishub", "Bappeda") that the
corpus does not write is read as the found passages write the office ("Dinas Kesehatan",
"Dinas Perhubungan", "Badan Perencanaan Pembangunan Daerah"): stop 52, from a blind probe
of stop 51, where "How many ambulances did Dinkes buy?" and "harga satuan ETLE yg dibeli
Dishub" were declined against the purchase rows naming the offices in full. The documents
are invented for the test."""

from __future__ import annotations

import pytest

from bot.engine import _office_short_name_of, _office_short_names_written_out
from bot.render import render_text
from tests.corpus_helpers import engine_over

PURCHASES = ("Month,Agency,Item,Quantity,Unit price (IDR),Total (IDR)\n"
             "May 2024,Dinas Kesehatan,Ambulans transport 4x4,2,685000000,1370000000\n"
             "February 2024,Dinas Kesehatan,Tempat tidur pasien elektrik,12,21500000,258000000\n"
             "December 2024,Dinas Perhubungan,Kamera tilang elektronik (ETLE),4,187000000,748000000\n"
             "February 2024,Dinas Perhubungan,Kerucut lalu lintas 70 cm,250,145000,36250000\n"
             "June 2024,Dinas Pendidikan,Laptop guru 14 inci,80,12500000,1000000000\n")
PLAN = ("Rencana kerja Badan Perencanaan Pembangunan Daerah tahun 2025 menetapkan 14 program prioritas "
        "dengan pagu indikatif Rp 212 miliar.\n\n"
        "Program prioritas terbesar adalah perbaikan jalan lingkungan senilai Rp 48 miliar.\n\n"
        "Kepala BKPSDM menyampaikan bahwa baru 61 persen ASN yang memiliki sertifikat elektronik aktif. "
        "Sertifikat milik 412 pegawai kedaluwarsa pada Juli 2024 dan belum diperpanjang.\n")


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    root = tmp_path_factory.mktemp("offices")
    (root / "corpus").mkdir()
    (root / "corpus" / "pembelian-2024.csv").write_text(PURCHASES, encoding="utf-8")
    return engine_over(root, {
        "rencana-kerja-2025.md": (PLAN, "Rencana Kerja Pemerintah Kota Sentana 2025", "id", "2024-11-02"),
    }, embedder, manifest_extra='["pembelian-2024.csv"]\ntitle = "E-catalogue purchases 2024"\n'
                                'language = "en"\ndate = "2025-01-15"\n')


@pytest.mark.parametrize("short, name", [
    ("Dinkes", "Dinas Kesehatan"), ("Dishub", "Dinas Perhubungan"), ("Dinsos", "Dinas Sosial"),
    ("Diskominfo", "Dinas Komunikasi dan Informatika"), ("Disperindag", "Dinas Perindustrian dan Perdagangan"),
    ("Bappeda", "Badan Perencanaan Pembangunan Daerah"), ("Kemenkes", "Kementerian Kesehatan"),
    ("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah"), ("Bapenda", "Badan Pendapatan Daerah"),
])
def test_short_names_of_offices(short, name):
    assert _office_short_name_of(short, name)


@pytest.mark.parametrize("short, name", [
    ("Dinsos", "Dinas Kesehatan"), ("Dishub", "Dinas Pendidikan"), ("Bapenda", "Badan Perencanaan Pembangunan Daerah"),
    # an attack on a lenient first version: pieces from inside words, words skipped
    ("Bapenda", "Badan Penanggulangan Bencana Daerah"), ("Distan", "Dinas Kesehatan"),
    ("Disbun", "Dinas Perhubungan"), ("Dinkes", "Dinas Kependudukan dan Pencatatan Sipil"), ("Dinata", "Dinas Kesehatan"),
    ("Dispenda", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"), ("Kadin", "Dinas Komunikasi dan Informatika"),
])
def test_short_names_of_other_offices(short, name):
    assert not _office_short_name_of(short, name)


def test_a_question_reads_the_name_the_passages_write():
    texts = ["pembelian-2024 — Month: May 2024; Agency: Dinas Kesehatan; Item: Ambulans transport 4x4"]
    knows = {"ambulans", "dinas", "kesehatan"}.__contains__
    assert (_office_short_names_written_out("How many ambulances did Dinkes buy?", texts, knows)
            == "How many ambulances did Dinas Kesehatan buy?")
    # an office no passage names stays as typed, and so does a short name the corpus writes
    assert _office_short_names_written_out("How many ambulances did Dinsos buy?", texts, knows) == (
        "How many ambulances did Dinsos buy?")
    knows_short = {"ambulans", "dinkes"}.__contains__
    assert _office_short_names_written_out("How many ambulances did Dinkes buy?", texts, knows_short) == (
        "How many ambulances did Dinkes buy?")


@pytest.mark.parametrize("question, quoted, figure", [
    ("How many ambulances did Dinkes buy, and for how much?", "Ambulans transport 4x4", "1370000000"),
    ("Berapa harga satuan ETLE yg dibeli Dishub?", "Kamera tilang elektronik (ETLE)", "187000000"),
    ("Berapa pagu indikatif rencana kerja Bappeda 2025?", "pagu indikatif Rp 212 miliar", "Rp 212 miliar"),
])
def test_questions_naming_an_office_by_its_short_name_are_answered(engine, question, quoted, figure):
    answer = engine.answer(question)
    assert answer.answered, render_text(answer)
    assert quoted in answer.citations[0].quote and figure in answer.citations[0].quote, render_text(answer)


@pytest.mark.parametrize("question", ["How many ambulances did Dinsos buy in 2024?",
                                      "How many ambulances did Distan buy in 2024?",
                                      "Berapa pagu rencana kerja Bapenda 2025?"])
def test_an_office_the_sources_do_not_name_is_still_declined(engine, question):
    answer = engine.answer(question)
    assert not answer.answered, render_text(answer)


def test_a_word_spelt_otherwise_than_the_corpus_spells_it(engine):
    # stop 52: "kadaluarsa" typed, "kedaluwarsa" written (a blind probe's minutes)
    answer = engine.answer("Berapa ASN yang sertifikat elektroniknya kadaluarsa?")
    assert answer.answered and any("412 pegawai kedaluwarsa" in c.quote for c in answer.citations), render_text(answer)
