"""Figures of a year asked, offices and their places, and claims naming their place
first, in an index of Indonesian and English documents (a tenth blind attack: 42
questions and 32 claims, two thirds across languages).

The attack found: a count of the year a sentence compares with ("12.400 pengguna ... pada
akhir 2024, naik dari 9.100 pada tahun 2023") declined for 2023, because the sentence
stood a paragraph away from the best one; "Siapa Wali Kota Haeseong?" answered with
another city's mayor; "Who is the mayor of Haeseong?" declined although "Mayor Lee
Sang-hoon said ..." was quoted (the office was looked for in the best passage only); a
claim opening with its city ("Haeseong naik ke peringkat 3 ...") judged by another
regency's rank, "revised" by the latest document; "167 of the regency's 204 villages" read
as no part of a whole. The documents here are invented for the test (other names and
figures than the attack's).
"""

from __future__ import annotations

import pytest

from bot.render import render_text, render_verdict_text
from tests.corpus_helpers import engine_over

KIOSKS = """Gwangseong City, South Korea - The city government's Minwon Everywhere programme had installed 280 unmanned civil-service kiosks by the end of 2024, up from 150 in 2023. Of the 280 kiosks, 61 are located in subway stations.

The kiosks issued 1.2 million certificates in 2024, including 540,000 resident registration certificates. In 2023 the kiosks issued 870,000 certificates.

The programme's budget for 2024 was KRW 7.9 billion, of which KRW 1.8 billion was spent on accessibility upgrades for wheelchair users.

Minwon Everywhere is run by the city's Digital Services Bureau, headed by Director-General Choi Min-ho. Mayor Kang Dong-won said the city aims to reach 350 kiosks by 2026.

Average transaction time at a kiosk fell to 3 minutes, compared with 12 minutes at a district office counter. User satisfaction in the city's 2024 survey was 85.1 percent, against a target of 90 percent.

Gwangseong ranked 2nd among 17 metropolitan and provincial governments in the Ministry of the Interior and Safety's 2024 digital government evaluation, up from 6th in 2023.
"""

COMPLAINTS = """Kota Tirta Jaya - Aplikasi pengaduan warga LaporTJ menerima 18.400 aduan sepanjang 2024, naik 22 persen dibandingkan 15.080 aduan pada 2023.

Dari 18.400 aduan tersebut, 16.200 aduan telah diselesaikan, atau 88 persen dari seluruh aduan yang masuk.

Aplikasi LaporTJ dikelola oleh Dinas Komunikasi dan Informatika (Diskominfo) Kota Tirta Jaya. Kepala Diskominfo Kota Tirta Jaya, Rudi Hartanto, mengatakan rata-rata waktu penyelesaian aduan adalah 4 hari kerja.

Aduan terbanyak berkaitan dengan drainase, yaitu 6.100 aduan, disusul persampahan sebanyak 4.400 aduan.

Anggaran pengembangan LaporTJ pada 2024 adalah Rp 1,2 miliar. Wali Kota Tirta Jaya, Sri Handayani, menargetkan 25.000 aduan dapat ditangani melalui aplikasi LaporTJ pada 2025.

LaporTJ kini terhubung dengan 30 dari 36 perangkat daerah di Kota Tirta Jaya. Jumlah pengguna aktif bulanan LaporTJ mencapai 11.300 orang pada Desember 2024.
"""

QUEUE = """Peraturan Bupati Sekar Arum Nomor 4 Tahun 2021 tentang Layanan Antrean Daring menjadi dasar hukum program AntreSA, sistem antrean daring untuk layanan administrasi kependudukan di Kabupaten Sekar Arum. Program ini dikelola oleh Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kabupaten Sekar Arum.

Pada tahun 2024, AntreSA telah diterapkan di 11 dari 16 kecamatan di Kabupaten Sekar Arum. Sistem ini melayani 10.300 pengguna terdaftar pada akhir 2024, naik dari 7.600 pada tahun 2023.

Anggaran AntreSA pada tahun 2024 sebesar Rp 2,9 miliar. Pada tahun 2023, anggaran AntreSA tercatat Rp 2,3 miliar.

Rata-rata waktu tunggu di loket Disdukcapil turun dari 90 menit pada 2022 menjadi 35 menit pada 2024.

Target jumlah pengguna terdaftar AntreSA untuk tahun 2024 adalah 12.000 orang. Realisasi sebanyak 10.300 pengguna berarti capaian sebesar 85,8 persen dari target.

Dalam penilaian Indeks SPBE tingkat provinsi tahun 2024, Kabupaten Sekar Arum menempati peringkat ke-5 dari 23 kabupaten/kota, naik dari peringkat ke-8 pada 2023. Nilai indeks SPBE Kabupaten Sekar Arum mencapai 3,32.
"""

VILLAGES = """Regent's Regulation of Karang Asri Number 12 of 2021 on One Village Data established the Village Data programme, which digitises population, land and social-assistance records in the villages of Karang Asri Regency.

By December 2024, 140 of the regency's 180 villages had uploaded complete data sets, up from 96 villages in 2023. The regency's target for 2024 was 150 villages.

The programme cost USD 1.1 million over 2022-2024. The 2024 allocation was Rp 5.9 billion.

The programme is coordinated by the Head of the Community and Village Empowerment Office, Agus Salim. Each village appoints one data officer; 180 officers were trained in 2023 and a further 40 in 2024.

Karang Asri also runs an online queue system, AntreKA, at its population registry office. AntreKA served 4,100 registered users in 2024.

In the provincial SPBE index, Karang Asri ranked 9th of 23 regencies and cities in 2024, the same rank as in 2023.
"""


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("tenth"), {
        "kiosks-gwangseong.en.txt": (KIOSKS, "Gwangseong's Minwon Everywhere kiosks: 2024 results", "en", "2025-01-15"),
        "lapor-tirta-jaya.id.txt": (COMPLAINTS, "LaporTJ Terima 18.400 Aduan Sepanjang 2024", "id", "2025-01-08"),
        "antrean-sekar-arum.id.txt": (QUEUE, "Laporan Kinerja Program AntreSA Kabupaten Sekar Arum 2024", "id",
                                      "2025-01-20"),
        "village-data-karang-asri.en.txt": (VILLAGES, "Village Data in Karang Asri Regency: Progress Report 2024",
                                            "en", "2025-03-01"),
    }, embedder)


@pytest.mark.parametrize(
    "question, expected",
    [
        ("How many registered users did AntreSA have in 2023?", "naik dari 7.600 pada tahun 2023"),
        ("Berapa pengguna terdaftar AntreSA pada tahun 2023?", "naik dari 7.600 pada tahun 2023"),
        ("How many complaints did LaporTJ receive in 2023?", "15.080 aduan pada 2023"),
        ("Berapa aduan yang diterima LaporTJ pada 2023?", "15.080 aduan pada 2023"),
        ("Berapa sertifikat yang diterbitkan kios Gwangseong pada tahun 2023?", "870,000 certificates"),
        ("Berapa desa di Kabupaten Karang Asri yang telah mengunggah data lengkap pada tahun 2023?",
         "96 villages in 2023"),
    ],
)
def test_a_figure_of_the_year_asked_is_quoted_from_another_paragraph(engine, question, expected):
    """bot.engine._year_first: the best sentence states no figure asked of the year asked;
    a sentence of its document does (a count: of the thing asked)."""
    answer = engine.answer(question)
    assert answer.answered, render_text(answer)
    assert expected in answer.citations[0].quote, render_text(answer)


def test_an_office_named_in_the_quoted_passage_is_no_missing_office(engine):
    answer = engine.answer("Who is the mayor of Gwangseong?")
    assert answer.answered and "Kang Dong-won" in answer.citations[0].quote, render_text(answer)


def test_the_mayor_of_another_city_is_no_answer(engine):
    """"Wali Kota Tirta Jaya, Sri Handayani" does not answer for Gwangseong (the names after
    the office must be in the quoted passage: bot.engine._office_holder_unnamed)."""
    answer = engine.answer("Siapa Wali Kota Gwangseong?")
    assert not answer.answered or "Sri Handayani" not in " ".join(c.quote for c in answer.citations), \
        render_text(answer)
    answer = engine.answer("Siapa Wali Kota Tirta Jaya?")
    assert answer.answered and "Sri Handayani" in answer.citations[0].quote, render_text(answer)


@pytest.mark.parametrize(
    "claim, verdict, says",
    [
        # the claim's first word is a name of the sources: another regency's rank is no rival
        ("Gwangseong naik ke peringkat 2 dalam evaluasi pemerintahan digital 2024.", "supported", "ranked 2nd"),
        ("Gwangseong rose to 4th place in the 2024 digital government evaluation.", "contradicted", "ranked 2nd"),
        # "of the regency's 180 villages" makes 140 a part of the whole
        ("Sebanyak 140 dari 180 desa di Karang Asri telah mengunggah data lengkap pada Desember 2024.", "supported",
         "140 of the regency's 180 villages"),
        ("180 desa di Karang Asri telah mengunggah data lengkap pada Desember 2024.", "contradicted",
         "140 of the regency's 180 villages"),
        # the dateline names the city for the whole sentence; an undated claim is shown the
        # latest year's figure of it, not "150 for 2023"
        ("Gwangseong has 61 civil-service kiosks.", "contradicted", "280 unmanned civil-service kiosks for 2024"),
        ("Gwangseong mempunyai 280 kios layanan sipil pada akhir 2024.", "supported",
         "280 unmanned civil-service kiosks"),
    ],
)
def test_claims_of_a_place_and_of_a_part(engine, claim, verdict, says):
    v = engine.check(claim)
    text = render_verdict_text(v)
    assert v.verdict == verdict, text
    assert says in v.explanation, text
    assert "Karang Asri ranked 9th" not in text and "Sumber berbeda" not in text and "Sources disagree" not in text


def test_a_province_or_a_common_word_is_not_read_as_a_coined_place_or_name():
    """A review of this stop: "Governor of West Java" is "Gubernur Jawa Barat" (the place
    rules read provinces in both languages), and a claim's opening "Menurut"/"According"
    is no name (bot.factcheck._opening_name)."""
    from bot.engine import _office_holder_unnamed
    from bot.factcheck import _opening_name
    from index.types import Document, Hit, Passage

    sentence = "Gubernur Jawa Barat, Ridwan Kamil, meresmikan layanan itu."
    assert not _office_holder_unnamed("Who is the Governor of West Java?", [sentence], sentence, sentence)
    other = "Wali Kota Tirta Jaya, Sri Handayani, menargetkan 25.000 aduan."
    assert _office_holder_unnamed("Siapa Wali Kota Gwangseong?", [other], other, other)
    text = "Menurut BPS, 12 juta warga. According to the report, 5 agencies. Gwangseong ranked 2nd."
    doc = Document(doc_id="d", title="Gwangseong report", path="d.txt", language="en")
    hit = Hit(passage=Passage(passage_id=1, doc_id="d", text=text, start=0, end=len(text), paragraph=1,
                              paragraph_end=1, language="en"), document=doc, score=0.9, rank=1)
    assert _opening_name("Menurut BPS, ada 12 juta warga.", [hit]) is None
    assert _opening_name("According to the report, 5 agencies joined.", [hit]) is None
    assert _opening_name("Gwangseong ranked 2nd in 2024.", [hit]) == "gwangseong"


def test_a_number_compared_without_its_own_year_or_about_another_subject_is_no_count():
    from bot.figures import extract_figures

    [f] = [f for f in extract_figures("There were 40 agencies in 2024, up from 35.", "en") if f.surface == "35"]
    assert f.kind == "number"  # its year would be 2024's
    [f] = [f for f in extract_figures("40 agencies joined in 2024, while the budget grew from 35 in 2023.", "en")
           if f.surface == "35"]
    assert f.kind == "number"
