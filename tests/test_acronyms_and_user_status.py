"""A tester's blind corpus (X, stop 26) as users meet it: names spelt out in the
question and abbreviated in the source ("National Information Society Agency" / "NIA"),
active, registered and new users of one service, relative years ("naik dari 2,61 tahun
lalu"), and table rows that lack the year asked above prose that states it.

Each document is invented for the test (figures, people and dates are made up); each
case failed before the change it names.
"""

from __future__ import annotations

import pytest

from bot.figures import extract_figures
from bot.render import render_text, render_verdict_text
from index.acronyms import abbreviates, defined_acronyms, writes_acronym


def test_the_acronyms_a_corpus_defines():
    texts = [
        "Korea's National Information Society Agency (NIA) said on Monday",
        "the Ministry of the Interior and Safety (MOIS) and",
        "Kementerian Komunikasi dan Digital (Komdigi) mencatat",
        "ke Pusat Data Nasional (PDN) 1 di Cikarang",
        "National Data Centre (Pusat Data Nasional, PDN) in Cikarang",
        "Digital Population Identity (Identitas Kependudukan Digital, IKD) had",
        "Mobile ID (MID) holders",
        "Presiden mengunjungi Jakarta (Indonesia) pada",  # a place in brackets is no acronym
    ]
    assert defined_acronyms(texts) == {
        "NIA": "National Information Society Agency", "MOIS": "Ministry of the Interior and Safety",
        "Komdigi": "Komunikasi dan Digital", "PDN": "Pusat Data Nasional",
        "IKD": "Identitas Kependudukan Digital", "MID": "Mobile ID",
    }
    assert abbreviates("SPBE", "Sistem Pemerintahan Berbasis Elektronik".split())
    assert not abbreviates("NIA", "National Data Centre".split())
    assert not abbreviates("JK", ["Jakarta"])  # one word abbreviates nothing
    # an acronym that is a common word needs its capitals
    assert writes_acronym("the MID app", "MID") and not writes_acronym("by mid 2024", "MID")
    assert writes_acronym("brp aplikasi di pdn cikarang", "PDN")


def test_a_relative_year_after_a_decimal_dates_it():
    figs = extract_figures("Indeks SPBE nasional mencapai 2,79, naik dari 2,61 tahun lalu.", "id", ref_year=2024)
    assert [(f.surface, f.kind, f.year) for f in figs] == [("2,79", "number", None), ("2,61", "number", 2023)]
    # "3 tahun lalu" is still three years ago
    figs = extract_figures("Program itu dimulai 3 tahun lalu dengan 50 desa.", "id", ref_year=2024)
    assert [(f.surface, f.noun) for f in figs][0] == ("3", "tahun")


FILLER = ("The agency also advises ministries on cloud migration, open data and cyber security, and it "
          "runs joint research with universities in both countries on digital identity and services. ")

NIA_INTERVIEW = f"""Interview: Indonesia is now our largest digital government partner

Kim Do-yeon, Director of the Global Digital Cooperation Department at the National Information Society Agency (NIA), talks about training and data centres.

{FILLER * 5}

{FILLER * 4}

Q: How many officials come to you?

A: This year NIA trained 240 Indonesian officials, in Seoul and online. Last year we trained 186.
"""

SPBE_RELEASE = """Hasil Evaluasi SPBE 2024

Kementerian PANRB mengumumkan hasil evaluasi Sistem Pemerintahan Berbasis Elektronik (SPBE) tahun 2024. Indeks SPBE nasional mencapai 2,79 dengan predikat Baik, naik dari 2,61 tahun lalu.
"""

SPBE_TABLE = """Instansi,Indeks SPBE 2024,Perubahan dari 2023 (poin),Predikat 2024
Nasional (639 instansi),2.79,0.18,Baik
Pemerintah Kota Semarang,4.05,0.17,Sangat Baik
"""

IKD = """IKD Kuartal I 2025

Per 31 Maret 2025 sebanyak 21,6 juta penduduk telah mengaktivasi Identitas Kependudukan Digital (IKD). Pada Maret 2025, pengguna aktif bulanan IKD tercatat 7,2 juta orang, sedangkan rata-rata pengguna aktif harian sekitar setengah juta orang.
"""

IKD_TABLE = """Wilayah,Tingkat,IKD teraktivasi (juta),Pengguna aktif bulanan Desember 2024 (juta)
Indonesia,Nasional,18.7,6.4
Jawa Timur,Provinsi,3.2,1.05
"""

GOV24 = """Gov24 2024

Gov24 had 25.3 million registered members at the end of 2024. In 2024, 1.9 million new members joined the service in Korea.
"""

MPP = """MPP Digital Jawa Tengah

Provinsi Jawa Tengah menjadi provinsi dengan cakupan Mal Pelayanan Publik (MPP) Digital terluas: 29 dari 35 kabupaten/kota di provinsi itu telah meluncurkannya hingga akhir April 2025.

Sepanjang kuartal I 2025, MPP Digital mencatat 1,9 juta transaksi secara nasional. Jawa Tengah menyumbang 312 ribu transaksi, dan 46.800 di antaranya berasal dari Kota Semarang.
"""

DPR = """Ringkasan Rapat Kerja Komisi I DPR RI, 10 Juni 2025

Menteri Komunikasi dan Digital melaporkan bahwa per 31 Mei 2025 sebanyak 1.486 aplikasi dari 341 instansi telah bermigrasi ke PDN di Cikarang.
"""

BUDGET = """Digital ID in Korea: funding

Korea's 2025 digital government budget is KRW 1.41 trillion, of which KRW 52 billion supports mobile ID. Korea's MID averaged 287 thousand daily active users in the first quarter of 2025.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory, embedder):
    from tests.corpus_helpers import engine_over

    files = {
        "nia-interview.en.txt": (NIA_INTERVIEW, "Korea GovTech Review: interview with NIA", "en", "2024-11-20"),
        "spbe-2024.id.txt": (SPBE_RELEASE, "Hasil Evaluasi SPBE 2024", "id", "2024-12-18"),
        "spbe-instansi-2024.id.csv": (SPBE_TABLE, "Indeks SPBE instansi terpilih 2024", "id", "2024-12-18"),
        "ikd-q1-2025.id.txt": (IKD, "IKD Kuartal I 2025", "id", "2025-04-10"),
        "ikd-wilayah-2024.id.csv": (IKD_TABLE, "IKD per wilayah 2024", "id", "2025-01-20"),
        "gov24-2024.en.txt": (GOV24, "Gov24 2024", "en", "2025-02-01"),
        "mpp-jateng.id.txt": (MPP, "MPP Digital Jawa Tengah", "id", "2025-05-12"),
        "dpr-raker.id.txt": (DPR, "Ringkasan Rapat Kerja Komisi I DPR RI", "id", "2025-06-10"),
        "adb-budget.en.txt": (BUDGET, "Digital ID in Korea: funding", "en", "2025-07-01"),
    }
    return engine_over(tmp_path_factory.mktemp("corpus-x"), files, embedder)


def test_the_build_writes_the_acronyms_of_its_version(engine):
    import json

    from index.acronyms import ACRONYMS_FILE

    written = json.loads((engine.version.path / ACRONYMS_FILE).read_text(encoding="utf-8"))
    assert written["NIA"] == "National Information Society Agency"
    assert written["SPBE"] == "Sistem Pemerintahan Berbasis Elektronik"
    assert engine.version.acronyms() == written


def test_a_name_asked_in_full_is_given_by_its_acronym(engine):
    a = engine.answer("How many Indonesian officials did the National Information Society Agency train in 2023?")
    assert a.answered and "186" in render_text(a), render_text(a)


def test_prose_below_a_row_that_lacks_the_year_asked(engine):
    a = engine.answer("Berapa indeks SPBE nasional hasil evaluasi 2023?")
    assert a.answered and "2,61" in render_text(a), render_text(a)


def test_claims_on_active_registered_and_new_users(engine):
    from bot.factcheck import check_claim

    # activated IDs are no monthly active users: the active users decide
    v = check_claim(engine, "IKD memiliki 21,6 juta pengguna aktif bulanan pada Maret 2025.")
    assert v.verdict == "contradicted" and "7,2 juta" in render_verdict_text(v), render_verdict_text(v)
    v = check_claim(engine, "Pada Maret 2025, 21,6 juta penduduk telah mengaktivasi IKD.")
    assert v.verdict == "supported", render_verdict_text(v)
    # registered members are no new members
    v = check_claim(engine, "Korea's Gov24 gained 25.3 million new members in 2024.")
    assert v.verdict != "supported", render_verdict_text(v)


def test_a_province_s_figure_below_the_nation_s(engine):
    a = engine.answer("Berapa transaksi MPP Digital dari Provinsi Jawa Tengah pada kuartal I 2025?")
    assert a.answered and "312 ribu" in render_text(a), render_text(a)


def test_another_month_s_figure_does_not_answer_and_spending_is_money(engine):
    from bot.figures import months_named

    assert months_named("per 31 Mei 2025 dan feb 2025, Januari hingga") == {(5, 2025), (2, 2025)}
    # the May figure is no figure of February: declined (it may be shown as the closest
    # match, marked as no answer; until stop 38 this question got Korea's budget instead)
    a = engine.answer("kominfo blg udh brp aplikasi yg pindah ke PDN pas peresmian feb 2025")
    assert not a.answered and not a.citations, render_text(a)
    a = engine.answer("Berapa aplikasi yang bermigrasi ke PDN per Mei 2025?")
    assert a.answered and "1.486" in render_text(a), render_text(a)
    # "how much is Korea spending" asks for money, not mobile-ID users
    a = engine.answer("How much is Korea spending on digital government in 2025?")
    assert a.answered and "1.41 trillion" in render_text(a), render_text(a)


def test_daily_and_monthly_active_users_and_half_a_million(engine):
    figs = extract_figures("rata-rata pengguna aktif harian sekitar setengah juta orang", "id")
    assert [(f.surface, f.value, f.noun) for f in figs] == [("setengah juta", 500000.0, "orang")]
    figs = extract_figures("IKD averaged about half a million daily active users", "en")
    assert [(f.surface, f.value) for f in figs] == [("half a million", 500000.0)]
    # the monthly figure is no answer to a daily question, and the daily one is stated in words
    a = engine.answer("brp pengguna aktif harian IKD bulan desember 2024")
    assert "1,05" not in render_text(a) and "6.4" not in render_text(a), render_text(a)
    a = engine.answer("Berapa rata-rata pengguna aktif harian IKD pada Maret 2025?")
    assert a.answered and "setengah juta" in render_text(a), render_text(a)
    from bot.factcheck import check_claim

    v = check_claim(engine, "Pengguna aktif harian IKD mencapai 7,2 juta orang pada Maret 2025.")
    assert v.verdict != "supported", render_verdict_text(v)



# The tester's attack on these rules (stop 26): each case below went wrong with them.
ATTACK_USERS = """INAku 2025

Hingga Juni 2025 pengguna INAku baru mencapai 12,6 juta pengguna terdaftar, sementara pengguna aktif bulanan tercatat 3,1 juta.
"""

ATTACK_GROWTH = """SIPP Online 2024

Jumlah transaksi SIPP Online pada 2024 lebih tinggi 35 persen dari tahun sebelumnya, sehingga porsinya kini 20 persen dari seluruh transaksi perizinan.
"""

ATTACK_RANKS = """Survei E-Government PBB 2024

Jumlah negara dalam peringkat EGDI 2024 adalah 193 negara. Pemerintah menargetkan Indonesia masuk 50 besar EGDI. Pada survei 2024 Indonesia berada di peringkat 64.
"""

ATTACK_PORTAL = """Laporan Portal 2024

Pada 2023, jumlah pengguna portal layanan publik nasional mencapai 8,1 juta orang.
"""

ATTACK_PORTAL_FINAL = """Portal Layanan Publik: Angka Final

Angka final 2023: jumlah pengguna portal layanan publik nasional mencapai 8,4 juta orang, dengan kontribusi terbesar dari Jawa Barat.
"""

ATTACK_LAUNCH = """Gov24 app

The Gov24 mobile app began a limited pilot in March 2020 and was rolled out nationwide in September 2020.

Gov24 was officially designated as the single government service portal in 2017.
"""

ATTACK_MOEF_KOREA = """Korea's budget office

Korea's Ministry of Economy and Finance (MOEF) sets the national budget every year.
"""

ATTACK_MOEF_INDONESIA = """Forest monitoring

Indonesia's Ministry of Environment and Forestry (MoEF) runs forest programmes.

In 2024 MoEF spent IDR 120 billion on forest monitoring.
"""

ATTACK_CLOUD = """Cloud 2025

Korea's spending on public cloud will grow 18 percent in 2025.
"""


@pytest.fixture(scope="module")
def attacked(tmp_path_factory, embedder):
    from tests.corpus_helpers import engine_over

    files = {
        "inaku.id.txt": (ATTACK_USERS, "INAku 2025", "id", "2025-07-01"),
        "sipp.id.txt": (ATTACK_GROWTH, "SIPP Online 2024", "id", "2025-02-01"),
        "ranks.id.txt": (ATTACK_RANKS, "Survei E-Government PBB 2024", "id", "2024-10-01"),
        "portal-2024.id.txt": (ATTACK_PORTAL, "Laporan Portal 2024", "id", "2024-03-01"),
        "portal-final.id.txt": (ATTACK_PORTAL_FINAL, "Portal Layanan Publik: Angka Final", "id", "2025-02-01"),
        "gov24-app.en.txt": (ATTACK_LAUNCH, "Gov24 app", "en", "2021-01-10"),
        "moef-korea.en.txt": (ATTACK_MOEF_KOREA, "Korea's budget office", "en", "2025-01-10"),
        "moef-indonesia.en.txt": (ATTACK_MOEF_INDONESIA, "Forest monitoring", "en", "2025-01-10"),
        "cloud.en.txt": (ATTACK_CLOUD, "Cloud 2025", "en", "2025-01-10"),
    }
    return engine_over(tmp_path_factory.mktemp("corpus-x-attack"), files, embedder)


def test_what_a_tester_s_attack_on_the_stop_26_rules_found(attacked):
    from bot.factcheck import check_claim

    # "baru mencapai" is "only reached", not new users
    a = attacked.answer("Berapa pengguna terdaftar INAku per Juni 2025?")
    assert a.answered and "12,6 juta" in render_text(a), render_text(a)
    # "lebih tinggi 35 persen dari tahun sebelumnya" is a growth, not a share
    v = check_claim(attacked, "Transaksi SIPP Online pada 2024 lebih tinggi 35 persen dari tahun sebelumnya.")
    assert v.verdict == "supported", render_verdict_text(v)
    # a count of countries and a band ("50 besar") are no ranks
    v = check_claim(attacked, "Jumlah negara dalam peringkat EGDI 2024 adalah 193 negara.")
    assert v.verdict != "contradicted", render_verdict_text(v)
    assert all(f.kind != "rank" for f in extract_figures("Target peringkat EGDI adalah 50 besar.", "id"))
    assert all(f.kind != "rank" for f in extract_figures("The number of countries in the ranking was 193.", "en"))
    # a province named after the figure does not make a national final figure a province's
    v = check_claim(attacked, "Pada 2023, jumlah pengguna portal layanan publik nasional mencapai 8,1 juta orang.")
    assert v.verdict == "contradicted" and "8,4 juta" in render_verdict_text(v), render_verdict_text(v)
    # "officially designated" is no launch
    a = attacked.answer("When was the Gov24 mobile app officially launched?")
    assert a.answered and "September 2020" in render_text(a), render_text(a)
    # a month that dates the launch is not the month of the figure asked
    a = attacked.answer("Berapa pengguna terdaftar INAku, aplikasi yang diluncurkan pada Maret 2025?")
    assert a.answered and "12,6 juta" in render_text(a), render_text(a)
    # MoEF is not MOEF
    v = check_claim(attacked, "The Ministry of Economy and Finance spent IDR 120 billion in 2024.")
    assert v.verdict == "not_found", render_verdict_text(v)
    # "cloud spending growing" asks for a growth, not money
    a = attacked.answer("How much is Korea's cloud spending growing in 2025?")
    assert a.answered and "18 percent" in render_text(a), render_text(a)
