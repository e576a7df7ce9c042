"""Corrections, the latest row, and figures of a sibling programme, in an index of
Indonesian and English documents.

A twelfth blind attack (stop 42) found four replies built on the wrong figure: an
Indonesian correction ("... yang benar adalah 3,9 juta", in a later document whose
sentence before calls the first figure "data sementara") had neither revised the press
release's figure in answers nor in claims; "sudah diunduh berapa kali?" (how many times
so far) had been answered with a table's oldest row; a claim's count of institutions had
been "revised" by a later document's downloads (read as an index's number because both
name "K-Pass"); and "What was Busan Voice's average response time?" had been answered
with the sentence giving Minwon Now's, right after one naming both. The documents here
are invented for the test (other names and figures than the attack's).
"""

from __future__ import annotations

import pytest

from bot.factcheck import check_claim
from bot.render import render_text, render_verdict_text
from tests.corpus_helpers import engine_over, first_quote

PRESS = """Siaran Pers: Kartu Digital Nusa Diluncurkan Secara Nasional

Jakarta, 10 Maret 2023 — Kementerian Dalam Negeri hari ini meluncurkan Kartu Digital Nusa secara nasional.

Hingga 31 Desember 2022, jumlah aktivasi Kartu Digital Nusa mencapai 5,6 juta, atau 2,4% dari 231 juta penduduk wajib KTP.

Anggaran pengembangan Kartu Digital Nusa tahun 2022 sebesar Rp 141,2 miliar.
"""

ERRATUM = """RALAT SIARAN PERS DITJEN KEPENDUDUKAN

Jakarta, 5 Juni 2023

Dalam siaran pers tanggal 10 Maret 2023 tertulis bahwa jumlah aktivasi Kartu Digital Nusa hingga 31 Desember 2022 mencapai 5,6 juta. Angka tersebut merupakan data sementara.

Setelah verifikasi dan penghapusan data ganda, jumlah aktivasi Kartu Digital Nusa hingga 31 Desember 2022 yang benar adalah 5,1 juta.
"""

DOWNLOADS = """Year,Country,App,Downloads (million),Monthly active users ('000)
2021,Nusa Raya,Antrean Nusa,0.4,120
2021,Nusa Raya,Pajak Nusa,2.2,640
2022,Nusa Raya,Antrean Nusa,0.9,185
2022,Nusa Raya,Pajak Nusa,3.1,820
"""

KEY_RELEASE = """N-Pass Wallet: Nusa Raya's Mobile ID in Numbers

Tirta, 20 January 2023 — The Ministry of Home Affairs today published the first annual figures for N-Pass Wallet, the national mobile ID.

Vice Minister Dewi Lestari said that 1,250 public institutions accepted the mobile ID in 2022, up from 380 in 2021.

N-Pass Wallet was downloaded 7.9 million times by the end of 2022.

The programme's budget for 2022 was IDR 52.5 billion.
"""

BUDGET = """Nusa Raya's E-Government Budget, 2020-2023

Nusa Raya's central e-government budget was IDR 2.31 trillion in 2021 and IDR 2.45 trillion in 2022, of which IDR 310 billion went to cloud migration.
"""

VILLAGES = """Laporan Tahunan LAPOR Kota 2023

LAPOR Kota adalah kanal pengaduan warga perkotaan yang dikelola Kementerian Aparatur Negara.

LAPOR Kota berbeda dengan LAPOR Desa, aplikasi pengaduan tingkat desa yang dikelola Kementerian Desa dan menerima 31.200 aduan pada tahun 2023.

Sepanjang tahun 2023, LAPOR Kota menerima 402.100 aduan, naik dari 355.800 aduan pada tahun 2022.

Pada tahun 2023, Provinsi Bali mengirim 52.300 aduan, sedangkan Provinsi Aceh mengirim 20.150 aduan.
"""

KEY_UPDATE = """N-Pass Wallet Statistics Update (March 2024)

Ministry of Home Affairs, 4 March 2024

Download figures previously published for 2022 included duplicate installations on replacement phones. After removing duplicates, N-Pass Wallet downloads at the end of 2022 stand at 7.2 million, not 7.9 million.

The number of public institutions accepting the mobile ID grew to 1,900 in 2023.
"""

COMPLAINTS = """Civic Now: 2021 Results

The Tirta City Government reports the results of its online civil complaints platform.

In 2021, Tirta City's Civic Now platform handled 1.45 million civil complaints, while Harbor City's Harbor Voice portal handled 320,000. The average response time of Civic Now in 2021 was 2.8 days, against a target of 2 days.
"""

FILES = {
    "kdn-siaran-pers-2023.id.md": (PRESS, "Siaran Pers: Kartu Digital Nusa Diluncurkan Secara Nasional", "id",
                                   "2023-03-10"),
    "kdn-ralat-2023.id.txt": (ERRATUM, "Ralat Siaran Pers tentang Aktivasi Kartu Digital Nusa", "id", "2023-06-05"),
    "app-downloads-2021-2022.en.csv": (DOWNLOADS, "Government App Downloads, 2021-2022", "en", "2023-04-01"),
    "npass-release-2023.en.md": (KEY_RELEASE, "N-Pass Wallet: Nusa Raya's Mobile ID in Numbers", "en", "2023-01-20"),
    "npass-update-2024.en.txt": (KEY_UPDATE, "N-Pass Wallet Statistics Update (March 2024)", "en", "2024-03-04"),
    "civic-now-2021.en.md": (COMPLAINTS, "Civic Now: 2021 Results", "en", "2022-02-15"),
    "egov-budget-2020-2023.en.md": (BUDGET, "Nusa Raya's E-Government Budget, 2020-2023", "en", "2023-08-01"),
    "lapor-kota-2023.id.md": (VILLAGES, "Laporan Tahunan LAPOR Kota 2023", "id", "2024-02-10"),
}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("corrections_and_siblings"), FILES, embedder)


def test_an_indonesian_correction_answers_before_the_figure_it_corrects(engine):
    """bot.quotes.FINAL reads "yang benar adalah" as a revised figure (bot.engine._final_first)."""
    a = engine.answer("Berapa jumlah aktivasi Kartu Digital Nusa sampai akhir 2022?")
    text = render_text(a)
    assert a.answered, text
    assert "5,1 juta" in first_quote(text), text


@pytest.mark.parametrize("claim, verdict", [
    ("Aktivasi Kartu Digital Nusa mencapai 5,6 juta pada akhir 2022.", "contradicted"),  # corrected to 5,1
    ("Kartu Digital Nusa activations reached 5.6 million by the end of 2022.", "contradicted"),
    ("Aktivasi Kartu Digital Nusa mencapai 5,1 juta pada akhir 2022.", "supported"),
])
def test_a_claim_of_a_corrected_figure_is_judged_by_the_correction(engine, claim, verdict):
    """bot.factcheck._preliminary reads "Angka tersebut merupakan data sementara" after the
    figure (bot.quotes.next_calls_preliminary), so the erratum's own restatement of the old
    figure does not agree with it, and the later document revises it (_later_revision)."""
    v = check_claim(engine, claim)
    text = render_verdict_text(v)
    assert v.verdict == verdict, text
    if verdict == "contradicted":
        assert "5,1 juta" in text.split("\n")[2] or "5.1 million" in text.split("\n")[2], text


@pytest.mark.parametrize("question, year", [
    ("Antrean Nusa sudah diunduh berapa kali?", "2022"),  # so far: the latest row
    ("How many downloads does Antrean Nusa have?", "2022"),
    ("How many downloads did Antrean Nusa have in 2021?", "2021"),  # a year asked keeps its row
    ("Berapa unduhan Antrean Nusa pada tahun pertama?", None),  # another time than now: left to the ranker
])
def test_a_figure_asked_without_a_year_is_the_latest_row_s(engine, question, year):
    """bot.engine._latest_row_first."""
    a = engine.answer(question)
    text = render_text(a)
    assert a.answered, text
    if year is not None:
        assert f"Year: {year}" in first_quote(text) and "Antrean Nusa" in first_quote(text), text


def test_another_thing_s_later_figure_revises_no_count(engine):
    """bot.factcheck._find_index_numbers: "N-Pass Wallet downloads ... stand at 7.2 million" is no
    "N-Pass" index's number, so no revision of the institutions counted."""
    claim = "Institutions accepting the N-Pass Wallet mobile ID rose from 380 in 2021 to 1,250 in 2022."
    v = check_claim(engine, claim)
    text = render_verdict_text(v)
    assert v.verdict == "supported", text
    assert "7.2 million" not in text.split("\n")[2], text


def test_a_sibling_s_time_taken_does_not_answer(engine):
    """bot.engine._of_sibling_only: the response time is Civic Now's; the sentence before
    names Harbor Voice beside it."""
    for question in ("What was Harbor Voice's average response time in 2021?",
                     "Berapa rata-rata waktu respons Harbor Voice?"):
        a = engine.answer(question)
        assert not a.answered, render_text(a)
    a = engine.answer("What was Civic Now's average response time in 2021?")
    text = render_text(a)
    assert a.answered and "2.8 days" in text, text
    a = engine.answer("How many complaints did Harbor Voice handle in 2021?")
    assert a.answered and "320,000" in render_text(a), render_text(a)


def test_a_time_taken_needs_a_unit_of_time():
    from bot.engine import _states_time_taken

    assert _states_time_taken("The average response time of Civic Now in 2021 was 2.8 days.", "en")
    assert _states_time_taken("Waktu penyelesaian turun menjadi 4 hari.", "id")
    assert not _states_time_taken("Civic Now handled 1.45 million civil complaints.", "en")


@pytest.mark.parametrize("claim, verdict, shown", [
    ("LAPOR Desa menerima 31.200 aduan pada tahun 2023.", "supported", "31.200"),
    ("LAPOR Desa menerima 45.000 aduan pada tahun 2023.", "contradicted", "31.200"),
    ("LAPOR Kota menerima 31.200 aduan pada tahun 2023.", "contradicted", "402.100"),
    ("LAPOR Kota menerima 402.100 aduan pada tahun 2023.", "supported", "402.100"),
])
def test_a_figure_in_an_apposition_is_its_name_s(engine, claim, verdict, shown):
    """bot.factcheck._apposition_owner: "LAPOR Kota berbeda dengan LAPOR Desa, aplikasi ...
    dan menerima 31.200 aduan" gives 31.200 to LAPOR Desa."""
    v = check_claim(engine, claim)
    text = render_verdict_text(v)
    assert v.verdict == verdict, text
    assert f"{shown} aduan" in text.split("\n")[2], text


def test_a_sibling_s_report_lists_no_figure_of_the_claim_s(engine):
    """bot.factcheck._titled_sibling: under "Laporan Tahunan LAPOR Kota 2023", the
    provinces' complaints are LAPOR Kota's, not LAPOR Desa's."""
    v = check_claim(engine, "LAPOR Desa menerima 45.000 aduan pada tahun 2022.")
    text = render_verdict_text(v)
    assert v.verdict == "not_found", text
    assert "52.300" not in text and "20.150" not in text, text


def test_one_programme_s_budget_is_no_rival_of_the_national_budget(engine):
    """bot.factcheck._disagreeing: an amount's rival passage writes more than half of the
    claim's words its source's passage writes."""
    v = check_claim(engine, "The e-government budget of Nusa Raya was IDR 2.45 trillion in 2022.")
    text = render_verdict_text(v)
    assert v.verdict == "supported", text
    assert "52.5" not in text, text
    v = check_claim(engine, "The e-government budget of Nusa Raya was IDR 2.2 trillion in 2022.")
    text = render_verdict_text(v)
    assert v.verdict == "contradicted" and "2.45" in text and "52.5" not in text, text


def test_siblings_share_a_name_and_differ_beside_it():
    from bot.factcheck import _siblings

    assert _siblings("SAPA Desa menerima 70.000 aduan", "Laporan Tahunan SAPA Warga 2023")
    assert _siblings("K-Pass Transit has 3.2 million cardholders", "K-Pass Wallet: Korea's Mobile ID")
    assert not _siblings("K-Pass Wallet had 8.6 million downloads", "K-Pass Wallet Statistics Update (February 2024)")
    assert not _siblings("Kementerian Desa mengelola SAPA Desa", "Laporan Kementerian Keuangan 2023")  # common word
    assert not _siblings("Hibah KOICA senilai USD 15,5 juta", "Korea Selatan Beri Hibah USD 15,5 Juta")
    assert not _siblings("Indonesia ranked 64th in the UN E-Government Development Index",
                         "Korea ranks fourth in the 2024 UN E-Government Survey")  # one survey
    assert not _siblings("Menurut Wamen PANRB, permohonan selesai", "Siaran Pers Kementerian PANRB")  # a role


def test_the_new_rules_read_narrowly():
    """A fresh-eyes review of stop 43's first version: each of these had fired."""
    from bot.engine import _NOT_LATEST, _owners
    from bot.factcheck import _apposition_owner, _writes_noun_before
    from bot.quotes import FINAL, index_names, next_calls_preliminary

    # a correction needs its figure right after it
    assert FINAL.search("yang benar adalah 3,9 juta") and FINAL.search("the correct figures are 12.4 million")
    assert not FINAL.search("Data yang benar adalah penting bagi perencanaan")
    # the next sentence calls the figure preliminary, and no more
    assert next_calls_preliminary(" Angka tersebut merupakan data sementara.", 0)
    for nxt in (" This figure is final, replacing the preliminary 5.6 million.",
                " Angka tersebut bukan lagi data sementara.", " The data for 2023 are preliminary estimates."):
        assert not next_calls_preliminary(nxt, 0), nxt
    # the owner of a measure, not a source, a place or a person quoted
    assert _owners("The average response time of Civic Now in 2021 was 2.8 days.", set()) == {"civic", "now"}
    assert _owners("Rata-rata waktu respons Civic Now adalah 2,8 hari.", set(), "id") == {"civic", "now"}
    for sentence in ("In 2021, Mayor Park said the average response time had fallen to 2.8 days.",
                     "According to the Ministry of the Interior, the average response time was 2.8 days.",
                     "In 2021 residents in Gimhae waited 2.8 days.", "On KakaoTalk, the response time was 2.8 days.",
                     "The national SPBE index rose 0.18 points to 2.79 in 2024."):
        assert not _owners(sentence, set()), sentence
    # a time of its own, an average or a total is no "latest"
    for question in ("How many downloads did it have in its launch year?", "Berapa rata-rata unduhan per tahun?",
                     "How many downloads in total?", "Berapa unduhan saat diluncurkan?"):
        assert _NOT_LATEST.search(question), question
    # a fronted contrast or a relative clause is no apposition
    assert _apposition_owner("LAPOR Kota berbeda dengan LAPOR Desa, aplikasi tingkat desa yang menerima ",
                             "lapor") == {"desa"}
    assert _apposition_owner("Berbeda dengan LAPOR Desa, aplikasi tingkat kota ini menerima ", "lapor") is None
    assert _apposition_owner("LAPOR Kota, yang berbeda dengan LAPOR Desa, menerima ", "lapor") is None
    # one counted word: the last "number of" with no other number after it
    text = "The number of suppliers rose to 261,480 and tenders reached 1.27 million"
    assert not _writes_noun_before(text, text.find("1.27"), "suppliers")
    text = "Jumlah pemasok pada akhir 2023 sebanyak 261.480"
    assert _writes_noun_before(text, text.find("261"), "suppliers")
    # a spelt-out name opening the text keeps its own acronym only
    assert index_names("E-Government Development Index (2024)") == {"e-government", "egdi"}


def test_a_count_of_times_counts_what_its_verb_says(engine):
    """bot.factcheck._counted_by_verb: "downloaded 7.9 million times" gives downloads; the
    update's "stand at 7.2 million, not 7.9 million" then revises it (stop 44:
    bot.factcheck._corrected_by_value; stop 43 had supported the claim with the release)."""
    v = check_claim(engine, "N-Pass Wallet had 7.9 million downloads by the end of 2022.")
    text = render_verdict_text(v)
    explanation = text.split("\n")[2]
    assert v.verdict == "contradicted" and "gave 7.9 million times" in explanation, text
    assert "7.2 million" in explanation, text


RELEASE_EN = """Press Release: PermitHub Results 2022

In 2022, PermitHub processed 2.31 million permit applications.

The average processing time of a PermitHub permit was 2.6 days in 2022.
"""

ERRATUM_EN = """Erratum: PermitHub Results 2022

Our press release of 12 January 2023 contained an error. The average processing time of a PermitHub permit in 2022 was 3.9 days, not 2.6 days.
"""

RALAT_ID = """Ralat atas Siaran Pers Capaian LaporCepat 2022

Jumlah pengaduan yang diterima aplikasi LaporCepat pada tahun 2022 tertulis 512.400 pengaduan; yang benar adalah 487.150 pengaduan.
"""

RILIS_ID = """Siaran Pers: Capaian Aplikasi LaporCepat 2022

Pada tahun 2022, aplikasi LaporCepat menerima 512.400 pengaduan dari masyarakat.
"""

TWO_PROGRAMMES = """Laporan Program LaporNusa Kota dan LaporNusa Desa 2022

LaporNusa Kota melayani pengaduan warga di 41 kota, sedangkan LaporNusa Desa melayani pengaduan warga di 1.870 desa.

Pada tahun 2022, waktu tanggap rata-rata LaporNusa Kota adalah 30 jam.

Anggaran LaporNusa Desa pada tahun 2022 adalah Rp 7,4 miliar.
"""

ERRATA_FILES = {
    "permithub-release.en.md": (RELEASE_EN, "Press Release: PermitHub Results 2022", "en", "2023-01-12"),
    "permithub-erratum.en.md": (ERRATUM_EN, "Erratum: PermitHub Results 2022", "en", "2023-02-20"),
    "laporcepat-rilis.id.md": (RILIS_ID, "Siaran Pers: Capaian Aplikasi LaporCepat 2022", "id", "2023-02-10"),
    "laporcepat-ralat.id.md": (RALAT_ID, "Ralat atas Siaran Pers Capaian LaporCepat 2022", "id", "2023-03-01"),
    "lapornusa-2022.id.md": (TWO_PROGRAMMES, "Laporan Program LaporNusa Kota dan LaporNusa Desa 2022", "id",
                             "2023-05-02"),
}


@pytest.fixture(scope="module")
def errata(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("errata"), ERRATA_FILES, embedder)


@pytest.mark.parametrize("claim, verdict, shown", [
    # a probe of stop 43: the erratum's own restatement of the old figure had supported it
    ("LaporCepat menerima 512.400 pengaduan pada tahun 2022.", "contradicted", "487.150"),
    ("LaporCepat menerima 487.150 pengaduan pada tahun 2022.", "supported", "487.150"),
    ("The average processing time of a PermitHub permit was 2.6 days in 2022.", "contradicted", "3.9 days"),
    ("The average processing time of a PermitHub permit was 3.9 days in 2022.", "supported", "3.9 days"),
    # a sibling's budget is no budget of the programme claimed
    ("Anggaran LaporNusa Kota pada tahun 2022 adalah Rp 7,4 miliar.", "not_found", None),
    ("Anggaran LaporNusa Desa pada tahun 2022 adalah Rp 7,4 miliar.", "supported", "Rp 7,4 miliar"),
])
def test_an_erratum_s_old_figure_is_no_evidence(errata, claim, verdict, shown):
    """bot.quotes.withdrawn_part (an erratum's title), rejected_figure ("3.9 days, not 2.6
    days"), bot.factcheck._clause_about_another (a sibling in the sentence)."""
    v = check_claim(errata, claim)
    text = render_verdict_text(v)
    assert v.verdict == verdict, text
    if shown:
        assert shown in text.split("\n")[2], text


@pytest.mark.parametrize("question, answered", [
    ("What was the average processing time of a PermitHub permit in 2022?", "3.9 days"),
    ("Berapa waktu tanggap rata-rata LaporNusa Desa?", None),  # only LaporNusa Kota's is given
    ("Berapa waktu tanggap rata-rata LaporNusa Kota?", "30 jam"),
    ("Berapa anggaran LaporNusa Kota pada tahun 2022?", None),  # only LaporNusa Desa's is given
])
def test_errata_and_siblings_in_answers(errata, question, answered):
    a = errata.answer(question)
    text = render_text(a)
    if answered is None:
        assert not a.answered, text
    else:
        assert a.answered and answered in text, text
