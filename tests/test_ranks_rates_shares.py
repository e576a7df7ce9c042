"""A tester's blind corpus (W, stop 25) as users meet it: ranks and rank changes on
several indices, rates per 100 people beside totals, shares of a total, UN country
names, a former office holder, and claims about one of several data centres.

Each document is invented for the test (figures, people and dates are made up); each
case failed before the change it names.
"""

from __future__ import annotations

import pytest

from bot.figures import extract_figures
from bot.places import countries_named
from bot.render import render_text, render_verdict_text

UN_SURVEY = """Country,EGDI rank 2024,EGDI 2024,EGDI rank 2022,OSI rank 2024,E-Participation rank 2024,Notes
Indonesia,64,0.7991,77,40,27,up 13 places from 2022
Viet Nam,71,0.7709,86,59,48,up 15 places from 2022
Republic of Korea,4,0.9612,3,2,1,down 1 place from 2022
"""

ASEAN_NEWS = """ASEAN in the 2024 UN E-Government Survey

Viet Nam climbed 15 places to 71st, the biggest jump among ASEAN members, having been 86th in 2022.

Korea ranked 4th in the EGDI, down one place from 2022, and 1st on the E-Participation Index.

Viet Nam's National Data Portal was officially launched on 18 November 2024.
"""

PANRB = """Indonesia Naik 13 Peringkat dalam Survei E-Government PBB 2024

Skor EGDI Indonesia tercatat 0,7991, naik 11,6 persen dari 0,7160 pada 2022.

EGDI merupakan rata-rata dari tiga subindeks, yaitu Indeks Layanan Daring (Online Services Index/OSI), TII dan HCI. Pada subindeks ini Indonesia menempati peringkat 40 dengan skor 0,8533.
"""

DIGITAL_ID = """ASEAN Digital ID: Adoption Brief 2025

Indonesia's IKD base more than doubled in 2024: about 27.4 million residents had activated it by the end of the year.

Table 1. Digital ID adoption in ASEAN economies, end-2024

| Economy | Digital ID | Registered users (million) | Users per 100 population |
|---|---|---|---|
| Indonesia | IKD | 27.4 | 9.8 |
| Thailand | ThaID | 18.6 | 26.0 |
"""

WARTA = """Adopsi IKD Naik Pesat

Hingga akhir 2024 sekitar 27,4 juta penduduk telah mengaktifkan IKD. Meski demikian, angka itu baru setara kurang dari 10 per 100 penduduk, jauh di bawah Thailand.

Filipina mencatat hampir 12 juta pengguna ePhilID, sementara Malaysia baru mencatat sekitar 3,1 juta pengguna.

IKD diperkenalkan pada Desember 2022 oleh Direktur Jenderal Dukcapil saat itu, Bambang Wicaksono Putro. Sejak Agustus 2024, Ditjen Dukcapil dipimpin Hendra Gunawan Siswoyo.
"""

INAKU = """INAku Catat 12,6 Juta Pengguna Terdaftar pada Semester I 2025

Portal layanan publik nasional INAku mencatat 12,6 juta pengguna terdaftar per 30 Juni 2025, setara 4,5 pengguna per 100 penduduk. INAku diluncurkan untuk publik pada 10 Maret 2025 setelah uji coba terbatas sejak Agustus 2024.
"""

INTERVIEW = """Wawancara tentang Portal INAku

T: Empat bulan setelah peluncuran untuk umum, bagaimana perkembangan INAku?

J: Lebih cepat dari perkiraan kami. Waktu uji coba terbatas bulan Agustus tahun lalu, kami mulai dengan sembilan layanan saja dan penggunanya hanya pegawai beberapa instansi.
"""

PDN = """1.214 Aplikasi Instansi Telah Bermigrasi ke PDN Cikarang

Komdigi mencatat hingga 31 Mei 2025 sebanyak 1.214 aplikasi telah bermigrasi ke PDN 1 di Cikarang, atau 42,7 persen dari 2.843 aplikasi yang dijadwalkan pindah hingga akhir 2026.

Komdigi juga mencatat rata-rata ketersediaan layanan PDN Cikarang sepanjang Januari hingga Mei 2025 sebesar 99,98 persen.

Pembangunan PDN Cikarang menelan biaya Rp 2,7 triliun. Pemerintah merencanakan empat PDN. PDN 2 di Batam, Kepulauan Riau, ditargetkan beroperasi pada kuartal IV 2026.
"""

BUDGET = """2025 digital government budget

Korea's 2025 digital government budget is KRW 1.38 trillion, up 4.5 percent from 2024.

Digital Platform Government flagship projects: KRW 412 billion (29.9 percent of the total).
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory, embedder):
    from tests.corpus_helpers import engine_over

    files = {
        "un-egov-survey-2024-asean-korea.en.csv": (UN_SURVEY, "UN E-Government Survey 2024: ASEAN members and Korea",
                                                   "en", "2024-10-10"),
        "asean-news.en.txt": (ASEAN_NEWS, "ASEAN in the 2024 UN E-Government Survey", "en", "2024-11-05"),
        "adb-digital-id.en.md": (DIGITAL_ID, "ASEAN Digital ID: Adoption Brief 2025", "en", "2025-03-01"),
        "warta-ikd.id.txt": (WARTA, "Adopsi IKD Naik Pesat", "id", "2025-02-01"),
        "inaku.id.txt": (INAKU, "INAku Catat 12,6 Juta Pengguna Terdaftar pada Semester I 2025", "id", "2025-07-10"),
        "wawancara-inaku.id.txt": (INTERVIEW, "Wawancara tentang Portal INAku", "id", "2025-07-15"),
        "pdn.id.txt": (PDN, "1.214 Aplikasi Instansi Telah Bermigrasi ke PDN Cikarang", "id", "2025-06-05"),
        "budget.en.txt": (BUDGET, "2025 digital government budget", "en", "2025-01-02"),
        "panrb.id.txt": (PANRB, "Indonesia Naik 13 Peringkat dalam Survei E-Government PBB 2024", "id", "2024-09-19"),
    }
    return engine_over(tmp_path_factory.mktemp("corpus-w"), files, embedder)


def test_a_rate_s_denominator_is_no_figure_and_dates_follow_their_cues():
    figs = extract_figures("INAku mencatat 12,6 juta pengguna terdaftar, setara 4,5 pengguna per 100 penduduk.", "id")
    assert [(f.surface, f.noun) for f in figs] == [("12,6 juta", "pengguna terdaftar"),
                                                   ("4,5", "pengguna per 100 penduduk")]
    # "having been 86th in 2022" and "up 15 places from 2022" date the start, not the change
    figs = extract_figures("Viet Nam climbed 15 places to 71st, having been 86th in 2022.", "en")
    assert next(f for f in figs if f.surface == "15").year is None
    assert next(f for f in figs if f.surface == "86th").year == 2022
    row = "un-egov-survey-2024.en / EGDI 2024 — Country: Viet Nam; Notes: up 15 places from 2022"
    assert next(f for f in extract_figures(row, "en") if f.surface == "15").year == 2024
    # a table captioned for one year dates its cells; a row's "End of year" cell comes first
    row = "Table 1. Digital ID adoption, end-2024 — Economy: Thailand; Registered users (million): 18.6"
    assert next(f for f in extract_figures(row, "en") if f.surface == "18.6").year == 2024
    row = "ikd-digital-id-shortfall-2025.en — End of year: 2024; IKD activations: 17.4 million"
    assert next(f for f in extract_figures(row, "en") if f.surface == "17.4 million").year == 2024
    # a running total's header year is no year of the cell
    row = "lan.id — Tahun: 2024; Peserta: 58.204; Peserta kumulatif sejak 2021: 180.839"
    assert next(f for f in extract_figures(row, "id") if f.surface == "180.839").year is None


def test_un_country_names_and_demonyms():
    assert countries_named("Viet Nam and the Russian Federation; Lao People's Democratic Republic") == [
        "Vietnam", "Russia", "Laos"]
    # an English demonym names its country, irregular ones too (stop 41: bot.places.IRREGULAR_DEMONYMS)
    assert countries_named("Indonesian civil servants, the South Korean portal, Thai and Chinese users") == [
        "Indonesia", "Korea", "Thailand", "China"]


def test_rates_changes_and_shares_are_quoted_as_asked(engine):
    a = engine.answer("ikd users per 100 population end of 2024")
    assert a.answered and "9.8" in render_text(a), render_text(a)
    a = engine.answer("Vietnam naik berapa peringkat di EGDI 2024?")
    assert a.answered and "15" in render_text(a), render_text(a)
    a = engine.answer("What share of Korea's 2025 digital government budget goes to the Digital Platform "
                      "Government flagship projects?")
    assert a.answered and "29.9" in render_text(a), render_text(a)
    # a plan said of the later figure's thing ("2.843 aplikasi yang dijadwalkan") is not the 42,7 persen's
    a = engine.answer("brp persen aplikasi yg udh migrasi ke PDN cikarang smp akhir mei 2025")
    assert a.answered and "42,7" in render_text(a), render_text(a)


def test_the_holder_at_the_time_and_an_index_not_stated_for_the_year(engine):
    a = engine.answer("siapa dirjen dukcapil wktu IKD pertama kali dikenalin?")
    assert a.answered and "Bambang Wicaksono Putro" in render_text(a), render_text(a)
    # the 2022 rank in the row is the EGDI's, not the E-Participation Index's
    a = engine.answer("Indonesia peringkat berapa di Indeks E-Participation pada survei 2022?")
    assert not a.answered, render_text(a)


def test_claims_on_ranks_indices_and_other_places(engine):
    from bot.factcheck import check_claim

    # the OSI rank 2 in Korea's row does not confirm a second place on the spelt-out EGDI
    v = check_claim(engine, "South Korea ranked second in the 2024 UN E-Government Development Index.")
    assert v.verdict == "contradicted", render_verdict_text(v)
    # "Vietnam" is the row's "Viet Nam"; the change is right, the rank is not
    v = check_claim(engine, "Vietnam naik 15 peringkat ke posisi 68 pada EGDI 2024.")
    assert v.verdict == "partly_supported", render_verdict_text(v)
    # PDN Cikarang's cost is no cost of PDN Batam
    v = check_claim(engine, "Biaya pembangunan PDN Batam mencapai Rp 3,1 triliun.")
    assert v.verdict == "not_found", render_verdict_text(v)
    # end-2024 figures and the Philippines' and Malaysia's say nothing of ThaID at the end of 2023
    v = check_claim(engine, "Thailand's ThaID had 15.2 million users at the end of 2023.")
    assert v.verdict == "not_found", render_verdict_text(v)
    # "lebih dari 12 juta orang" counts the registered users named before it, not "100 penduduk"
    v = check_claim(engine, "Pengguna terdaftar INAku sudah lebih dari 12 juta orang per akhir Juni 2025.")
    assert v.verdict == "supported", render_verdict_text(v)
    v = check_claim(engine, "INAku mencatat 5,5 pengguna per 100 penduduk pada Juni 2025.")
    assert v.verdict == "contradicted", render_verdict_text(v)


def test_claims_on_dates_hedged_figures_and_index_scores(engine):
    from bot.factcheck import check_claim

    # the year is right, the month is not
    v = check_claim(engine, "Vietnam's National Data Portal was officially launched in June 2024.")
    assert v.verdict == "contradicted", render_verdict_text(v)
    assert "18 November 2024" in render_verdict_text(v)
    v = check_claim(engine, "Vietnam's National Data Portal was officially launched in November 2024.")
    assert v.verdict == "supported", render_verdict_text(v)
    # "sekitar 27,4 juta penduduk" states 27,4 juta
    v = check_claim(engine, "Hingga akhir 2024, 27,4 juta penduduk telah mengaktifkan IKD.")
    assert v.verdict == "supported", render_verdict_text(v)
    # 0,8533 is the OSI's score, not the EGDI's; the EGDI column of the UN table decides
    v = check_claim(engine, "Skor EGDI Indonesia pada Survei E-Government PBB 2024 sebesar 0,8533.")
    assert v.verdict == "contradicted", render_verdict_text(v)
    assert "0.7991" in render_verdict_text(v) or "0,7991" in render_verdict_text(v)


# The tester's attack on these rules (stop 25): each case below went wrong with them.
PORTAL = """Laporan Portal Layanan Publik 2024

Pada 2023, jumlah pengguna portal layanan publik nasional mencapai 8,1 juta orang.
"""

PORTAL_JABAR = """Portal Layanan Publik Jawa Barat

Angka final 2023: pengguna portal layanan publik di Jawa Barat mencapai 1,2 juta orang.
"""

CUMULATIVE_MD = """# Layanan Digital Kementerian

Tabel 3. Jumlah pengguna kumulatif layanan digital sejak 2021

| Layanan | Pengguna |
|---|---|
| SIPP Online | 4,2 juta |
"""

CHANGES_MD = """# Digital skills of civil servants, 2024

Table 4. Change in ranking versus 2022

| Country | Change | Rank |
|---|---|---|
| Thailand | +5 | 40 |
"""

UN_SPELT = """Country,E-Government Development Index (2022),E-Government Development Index (2024),Rank 2022,Rank 2024
Indonesia,0.716,0.7991,77,64
Republic of Korea,0.9529,0.9612,3,4
Democratic People's Republic of Korea,0.2,0.21,180,182
Papua New Guinea,0.3,0.31,170,171
Viet Nam,0.6787,0.7709,86,71
"""

LAUNCHES = """Adopsi Identitas Digital di ASEAN

SIPP Online, yang diumumkan pada Januari 2024, diluncurkan pada Maret tahun yang sama.

Aplikasi Lapor Mas diluncurkan pada 5 Mei 2024 oleh Menteri Dewi.

Menteri PANRB Azwar Anas meresmikan 25 layanan prioritas pada 2024.

Pembangunan PDN 1 Cikarang menelan biaya Rp 2,7 triliun hingga 2024. Pembangunan PDN Batam dianggarkan Rp 1,9 triliun pada 2025.
"""


KBRI = """Laporan Perkembangan Pemerintahan Digital Korea Selatan

NIRS mengoperasikan pusat data di Daejeon, Gwangju dan Daegu, serta pusat data cadangan bawah tanah di Gongju, Provinsi Chungcheong Selatan, yang mulai beroperasi pada November 2024.
"""

GOV24 = """Gov24 usage in 2024

The South Korean portal Gov24 served 20 million users in 2024, about twice Japan's figure.
"""

SIPP = """Kinerja Layanan Digital 2025

Jumlah transaksi SIPP Online tumbuh 35 persen dibanding tahun sebelumnya, sehingga porsinya kini 20 persen dari seluruh transaksi layanan hukum.
"""


@pytest.fixture(scope="module")
def attacked(tmp_path_factory, embedder):
    from tests.corpus_helpers import engine_over

    files = {
        "portal-2024.id.txt": (PORTAL, "Laporan Portal Layanan Publik 2024", "id", "2024-03-01"),
        "portal-jabar-2025.id.txt": (PORTAL_JABAR, "Portal Layanan Publik Jawa Barat 2025", "id", "2025-02-01"),
        "layanan-kumulatif.id.md": (CUMULATIVE_MD, "Layanan Digital Kementerian", "id", "2025-01-15"),
        "training-2024.en.md": (CHANGES_MD, "Digital skills of civil servants 2024", "en", "2024-12-01"),
        "un-egov-2024.en.csv": (UN_SPELT, "UN E-Government Survey 2024 extract", "en", "2024-09-17"),
        "launches.id.txt": (LAUNCHES, "Adopsi Identitas Digital di ASEAN", "id", "2025-02-01"),
        "gov24-2024.en.txt": (GOV24, "Gov24 usage in 2024", "en", "2025-01-10"),
        "kbri.id.txt": (KBRI, "Laporan Perkembangan Pemerintahan Digital Korea Selatan", "id", "2025-07-15"),
        "sipp.id.txt": (SIPP, "Kinerja Layanan Digital 2025", "id", "2025-03-01"),
    }
    return engine_over(tmp_path_factory.mktemp("corpus-w-attack"), files, embedder)


def test_what_a_tester_s_attack_on_these_rules_found(attacked):
    from bot.factcheck import check_claim

    # a later province's "final" figure is no revision of the national one
    a = attacked.answer("Berapa jumlah pengguna portal layanan publik pada 2023?")
    assert a.answered and "8,1 juta" in render_text(a), render_text(a)
    # a caption's "sejak 2021" and "versus 2022" date no cell
    assert not attacked.answer("Berapa pengguna SIPP Online pada 2021?").answered
    a = attacked.answer("What was Thailand's rank in 2024?")
    assert a.answered and "40" in render_text(a), render_text(a)
    # "EGDI" asked of headers that spell the index out
    a = attacked.answer("Berapa skor EGDI Indonesia pada 2022?")
    assert a.answered and "0.716" in render_text(a), render_text(a)
    # North Korea's and Papua New Guinea's rows are not South Korea's and Guinea's
    v = check_claim(attacked, "Korea Selatan berada di peringkat 182 pada 2024.")
    assert v.verdict == "contradicted", render_verdict_text(v)
    v = check_claim(attacked, "Guinea ranked 171st in 2024.")
    assert v.verdict == "not_found", render_verdict_text(v)
    # another app's launch month does not contradict; the same minister without his first name
    v = check_claim(attacked, "SIPP Online diluncurkan pada Maret 2024.")
    assert v.verdict != "contradicted", render_verdict_text(v)
    v = check_claim(attacked, "Menteri Abdullah Azwar Anas meresmikan 25 layanan prioritas pada 2024.")
    assert v.verdict in ("supported", "partly_supported"), render_verdict_text(v)
    # "South Korean" before the figure, Japan after it
    v = check_claim(attacked, "Gov24 di Korea Selatan melayani 20 juta pengguna pada 2024.")
    assert v.verdict == "supported", render_verdict_text(v)
    # "PDN 1 Cikarang" is another data centre than "PDN Batam"
    v = check_claim(attacked, "Pembangunan PDN Batam menelan biaya Rp 2,7 triliun.")
    assert v.verdict != "supported", render_verdict_text(v)


def test_a_month_in_a_relative_clause_dates_the_claim(attacked):
    from bot.factcheck import check_claim

    # "November" in "..., yang mulai beroperasi pada November 2024" is no other name
    claim = "Pusat data cadangan bawah tanah milik pemerintah Korea di Gongju mulai beroperasi pada {} 2024."
    v = check_claim(attacked, claim.format("November"))
    assert v.verdict == "supported" and "November 2024" in render_verdict_text(v), render_verdict_text(v)
    v = check_claim(attacked, claim.format("Mei"))
    assert v.verdict == "contradicted", render_verdict_text(v)


def test_claims_and_questions_the_attack_found_wrong_before_these_rules(attacked):
    from bot.factcheck import check_claim

    # the later province's figure neither revises the national claim nor disagrees with it
    v = check_claim(attacked, "Pengguna portal layanan publik pada 2023 mencapai 8,1 juta orang.")
    assert v.verdict == "supported" and "1,2 juta" not in render_verdict_text(v), render_verdict_text(v)
    # "UN E-Government Survey" names no holder whose "Survey" rules out the EGDI row
    v = check_claim(attacked, "Vietnam ranked 71st in the 2024 UN E-Government Survey.")
    assert v.verdict == "supported", render_verdict_text(v)
    # "EGDI" is the header "E-Government Development Index (2024)" it abbreviates
    v = check_claim(attacked, "Skor EGDI Indonesia pada 2024 adalah 0,7991.")
    assert v.verdict == "supported", render_verdict_text(v)
    v = check_claim(attacked, "Skor EGDI Indonesia pada 2024 adalah 0,81.")
    assert v.verdict == "contradicted" and "0,7991" in render_verdict_text(v), render_verdict_text(v)
    # "Peringkat ... adalah 71" is a rank, compared with ranks, not with the index's scores
    v = check_claim(attacked, "Peringkat EGDI Vietnam pada 2024 adalah 71.")
    assert v.verdict == "supported", render_verdict_text(v)
    # a growth rate is no share of a whole, and a share no growth
    v = check_claim(attacked, "Porsi SIPP Online mencapai 35 persen dari seluruh transaksi layanan hukum.")
    assert v.verdict == "contradicted" and "20 persen" in render_verdict_text(v), render_verdict_text(v)
    v = check_claim(attacked, "Transaksi SIPP Online tumbuh 20 persen dibanding tahun sebelumnya.")
    assert v.verdict == "contradicted" and "35 persen" in render_verdict_text(v), render_verdict_text(v)
    v = check_claim(attacked, "Porsi SIPP Online kini 20 persen dari seluruh transaksi layanan hukum.")
    assert v.verdict == "supported", render_verdict_text(v)
    # how far a rank moved, asked in English, is answered with the row's two ranks
    a = attacked.answer("How many places did Indonesia climb in the 2024 UN E-Government Survey?")
    assert a.answered and "77" in render_text(a) and "64" in render_text(a), render_text(a)


def test_a_rank_stated_with_a_copula_and_a_year_after_peringkat():
    figs = extract_figures("Peringkat EGDI Vietnam pada 2024 adalah 71.", "id")
    assert [(f.kind, f.surface, f.year) for f in figs if f.kind != "year"] == [("rank", "71", 2024)]
    figs = extract_figures("Vietnam's EGDI rank in 2024 was 71st.", "en")
    assert [(f.kind, f.surface) for f in figs if f.kind != "year"] == [("rank", "71st")]
    # "peringkat 2024" is a year, and "3 places higher" no rank
    figs = extract_figures("Peringkat 2024 adalah 64.", "id")
    assert [(f.kind, f.value) for f in figs] == [("year", 2024.0), ("rank", 64.0)]
    assert all(f.kind != "rank" for f in extract_figures("The rank is 3 places higher.", "en"))


def test_an_official_launch_is_not_the_pilot(engine):
    a = engine.answer("kapan INAku resmi diluncurin utk umum?")
    assert a.answered and "10 Maret 2025" in render_text(a), render_text(a)
    a = engine.answer("When was INAku officially launched to the public?")
    assert a.answered and "10 Maret 2025" in render_text(a), render_text(a)


def test_active_users_are_not_registered_users(engine):
    a = engine.answer("How many monthly active users did INAku have in June 2025?")
    assert not a.answered, render_text(a)
    a = engine.answer("Berapa pengguna aktif INAku?")
    assert not a.answered, render_text(a)
    a = engine.answer("Berapa pengguna terdaftar INAku per Juni 2025?")
    assert a.answered and "12,6 juta" in render_text(a), render_text(a)
