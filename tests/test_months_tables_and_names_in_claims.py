"""Claims checked against monthly rows, tables that leave their subject to the text
above them, budgets, provinces named in English, and names with numbers in them.

Blind probes of stop 57 found: "LAPOR menerima 27.418 laporan pada Januari 2023" (a CSV
row "tahun: 2023; bulan: Januari; laporan_masuk: 27418") supported "for 2023" with a
false warning that another source gives 375.115 for that year (the year's total); "East
Java recorded 78,460 IKD activations in August 2023" not in my sources beside the row
"province: Jawa Timur; month: August 2023; activations: 78460"; "Anggaran IKD tahun 2024
sebesar Rp64,8 miliar" not in my sources, the budget read as a plan against a result
("Untuk mendukung target tersebut, anggaran ... dialokasikan sebesar Rp48,6 miliar");
"Korea ranked 1st in the OECD OURdata Index in 2023" not in my sources (the table's rows
"OURdata Index edition: 2023; Korea's rank: 2nd" name no OECD and their edition year was
read as no year); "Busan Eco Delta City received KRW 150.0 billion in national funding"
not in my sources (the table "Item: National funding (KRW billion); Sejong 5-1 Living
Zone: 150.0; Busan Eco Delta City: 142.6" read as counts of the cities); "Sejong 5-1
covers 274 hectares" checked for a figure "1 covers", and "layanan 112" for "112"; a true
claim flagged with "the source contradicts itself ... -100% change" (5.5% growth "over the
KRW 160.8 trillion recorded in 2022" recomputed against a 2024 budget of KRW 55.1 billion).
The documents here are invented for the tests.
"""

from __future__ import annotations

import pytest

from bot.factcheck import check_claim
from bot.figures import extract_figures
from bot.render import render_verdict_text
from tests.corpus_helpers import answered_with, engine_over, judged

PROCUREMENT = """# TenderNet Annual Statistics 2023

Total procurement processed through TenderNet reached KRW 169.7 trillion in 2023, an increase of 5.5% over the KRW 160.8 trillion recorded in 2022.

The budget for operating TenderNet in 2024 is KRW 55.1 billion.
"""

COMPLAINTS_CSV = """tahun,bulan,laporan_masuk,laporan_selesai
2023,Januari,27418,23105
2023,Februari,25903,22187
2023,Maret,31240,26804
"""

COMPLAINTS = """# SP4N-LAPOR!: Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional

Sepanjang tahun 2023, SP4N-LAPOR! menerima 375.115 laporan, dan 330.862 laporan di antaranya telah selesai ditindaklanjuti.
"""

IKD_BRIEF = """# Policy Brief: Percepatan Aktivasi IKD

Target aktivasi IKD tahun 2024 ditetapkan 20 juta penduduk. Untuk mendukung target tersebut, anggaran IKD tahun 2024 dialokasikan sebesar Rp48,6 miliar.
"""

ACTIVATIONS_CSV = """province,month,activations,cumulative_2023
Jawa Timur,August 2023,78460,425920
Jawa Barat,August 2023,71590,386250
Jawa Timur,September 2023,74390,500310
"""

OPEN_DATA = """# Open Data Portal: frequently asked questions

## How does Korea rank internationally?

Korea has been among the leaders of the OECD Open, Useful and Re-usable data (OURdata) Index since the index began in 2015.

| OURdata Index edition | Korea's rank | Score (0-1) |
|---|---|---|
| 2015 | 1st | 0.98 |
| 2019 | 1st | 0.93 |
| 2023 | 2nd | 0.89 |
"""

SMART_CITIES = """# National Pilot Smart Cities: Sejong 5-1 Living Zone and Busan Eco Delta City

## Sejong 5-1 Living Zone

The Sejong site covers 274 hectares in Yeonseo-myeon, north of the multifunctional administrative city. It is planned for 22,800 residents.

## Busan Eco Delta City

Busan EDC lies in Gangseo-gu on the delta of the Nakdong River. The smart city zone covers 279 hectares inside the wider Eco Delta City development.

Table 1. National pilot smart cities at a glance

| Item | Sejong 5-1 Living Zone | Busan Eco Delta City |
|---|---|---|
| National funding (KRW billion) | 150.0 | 142.6 |
| Start of construction | 2019 | 2018 |
"""

MAKASSAR = """# Wawancara Kepala Diskominfo Kota Makassar

Layanan darurat 112 sudah terhubung dengan 1.200 kamera CCTV di seluruh kota. Waktu respons rata-rata turun dari 18 menit pada tahun 2021 menjadi 9 menit pada tahun 2023.
"""

FILES = {
    "tendernet-statistics-2023.md": (PROCUREMENT, "TenderNet Annual Statistics 2023", "en", "2024-03-01"),
    "statistik_lapor_2023.csv": (COMPLAINTS_CSV, "Statistik Bulanan Laporan SP4N-LAPOR! Tahun 2023", "id", "2024-01-15"),
    "sp4n-lapor.md": (COMPLAINTS, "SP4N-LAPOR!: Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional", "id", "2024-02-01"),
    "policy-brief-ikd.md": (IKD_BRIEF, "Policy Brief: Percepatan Aktivasi IKD", "id", "2024-02-20"),
    "ikd_activations_2023.csv": (ACTIVATIONS_CSV, "IKD monthly activations by province, 2023", "en", "2024-01-10"),
    "open-data-faq.md": (OPEN_DATA, "Open Data Portal: frequently asked questions", "en", "2024-04-01"),
    "pilot-smart-cities.md": (SMART_CITIES, "National Pilot Smart Cities", "en", "2023-06-01"),
    "wawancara-makassar.md": (MAKASSAR, "Wawancara Kepala Diskominfo Kota Makassar", "id", "2023-11-20"),
}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("months_tables_names"), FILES, embedder)


def test_a_month_s_row_is_checked_for_that_month_not_the_year_s_total(engine):
    v = check_claim(engine, "LAPOR menerima 27.418 laporan pada Januari 2023")
    text = render_verdict_text(v)
    assert v.verdict == "supported" and "Januari 2023" in text and not v.source_conflicts, text
    judged(engine, "LAPOR menerima 27.418 laporan pada Februari 2023", "contradicted", "25903")
    judged(engine, "SP4N-LAPOR! menerima 375.115 laporan pada tahun 2023", "supported", "375.115")


def test_a_province_named_in_english_is_the_row_s_own_name(engine):
    judged(engine, "East Java recorded 78,460 IKD activations in August 2023", "supported", "78460")
    judged(engine, "West Java recorded 78,460 IKD activations in August 2023", "contradicted", "71590")


def test_a_budget_claim_is_checked_against_the_budget_allocated(engine):
    judged(engine, "Anggaran IKD tahun 2024 sebesar Rp64,8 miliar", "contradicted", "Rp48,6 miliar")
    judged(engine, "Anggaran IKD tahun 2024 sebesar Rp48,6 miliar", "supported", "Rp48,6 miliar")


def test_table_rows_under_a_lead_in_naming_their_subject(engine):
    judged(engine, "Korea ranked 1st in the OECD OURdata Index in 2023", "contradicted", "2nd")
    judged(engine, "Korea ranked 1st in the OECD OURdata Index in 2019", "supported", "1st")


def test_an_item_column_names_what_the_compared_columns_hold(engine):
    judged(engine, "Busan Eco Delta City received KRW 150.0 billion in national funding", "contradicted", "142.6")
    figures = extract_figures("Table 1. At a glance — Item: National funding (KRW billion); Sejong: 150.0; Busan: 142.6",
                              "en")
    assert [(f.kind, f.unit, f.value) for f in figures] == [("amount", "KRW", 150e9), ("amount", "KRW", 142.6e9)]


@pytest.mark.parametrize("claim, verdict, said", [
    ("Sejong 5-1 covers 274 hectares", "supported", "274 hectares"),
    ("Waktu respons layanan 112 di Makassar turun menjadi 9 menit pada 2023", "supported", "9 menit"),
])
def test_numbers_inside_names_are_no_claimed_figures(engine, claim, verdict, said):
    v = check_claim(engine, claim)
    assert not any(f.surface in ("1", "112") for f in v.parsed.figures), [f.surface for f in v.parsed.figures]
    assert v.verdict == verdict and said in render_verdict_text(v), render_verdict_text(v)


@pytest.mark.parametrize("text, surfaces", [
    ("Ages 18-35 made up 64 percent of the participants", {"64 percent"}),  # a range stays a range
    ("Kelas 1-3 diikuti 40 siswa", {"40"}),
])
def test_a_range_after_a_capitalised_word_is_still_read(text, surfaces):
    shown = {f.surface for f in extract_figures(text, "id")}
    assert surfaces <= shown and ("35" in shown or "3" in shown), shown


def test_a_growth_over_a_base_is_recomputed_from_that_base(engine):
    v = check_claim(engine, "TenderNet processed KRW 169.7 trillion of public procurement in 2023")
    text = render_verdict_text(v)
    assert v.verdict == "supported" and not v.source_inconsistencies, text


BRIEFING = """# Jakarta E-Budgeting: Briefing Note for International Delegations

## Key figures

| Item | Figure |
|---|---|
| User accounts | 5,480 |
| Standard unit prices in the catalogue | about 14,000 items |
| Regional agencies using the system | 724 |

## Savings

Rata-rata efisiensi belanja yang dihasilkan mencapai 3,2 persen per tahun dari total usulan awal perangkat daerah.
"""


@pytest.fixture(scope="module")
def briefing(embedder, tmp_path_factory):
    files = {"briefing-note.md": (BRIEFING, "Jakarta E-Budgeting: Briefing Note", "en", "2024-05-01")}
    return engine_over(tmp_path_factory.mktemp("briefing_note"), files, embedder)


@pytest.mark.parametrize("question, part", [
    # a "Figure" column holds the value of the row's item (it had been a count of "figure"
    # and of "items", and the questions declined with the row as the closest match)
    ("how many user accounts does the system have", "5,480"),
    ("how many standard unit prices are in the catalogue", "14,000"),
    # an efficiency is a rate, told as a percentage
    ("Berapa rata-rata efisiensi belanja per tahun dari e-budgeting?", "3,2 persen"),
])
def test_a_row_s_item_and_a_rate_answer_the_question(briefing, question, part):
    answered_with(briefing, question, part)


DATASETS_MD = """# Dataset baru per kementerian

Tabel 1. Jumlah dataset baru yang dirilis per kementerian, 2022-2023

| Kementerian | Singkatan | Dataset 2022 | Dataset 2023 |
|---|---|---|---|
| Kementerian Dalam Negeri | MOIS | 412 | 468 |
| Kementerian Pertanahan, Infrastruktur dan Transportasi | MOLIT | 538 | 611 |
| Kementerian Lingkungan Hidup | ME | 276 | 254 |
| Kementerian Kelautan dan Perikanan | MOF | 122 | 109 |
| Jumlah | | 1.348 | 1.442 |
"""

CHANNELS_MD = """# SP4N-LAPOR!: kanal pengaduan

Porsi laporan menurut kanal pada tahun 2023:

| Kanal | Porsi laporan 2023 |
|---|---|
| SMS 1708 | 9,1% |
| Situs web | 52,4% |
| Aplikasi seluler | 31,7% |
| Media sosial | 6,8% |
"""

EPEOPLE_MD = """# e-People performance report 2023

Table 1. Complaints received via e-People, 2018-2022

| Year | Complaints received (million) | Average handling days | Satisfaction (%) |
|---|---|---|---|
| 2018 | 8.42 | 8.9 | 61.2 |
| 2019 | 9.15 | 8.6 | 62.9 |
| 2020 | 11.63 | 8.1 | 64.8 |
| 2021 | 12.35 | 7.6 | 66.1 |
| 2022 | 11.94 | 7.3 | 68.4 |
"""


WIFI_MD = """# Seoul's free public Wi-Fi, 2020-2023 review

Table 1. Public Wi-Fi coverage by district, December 2023

| District | Access points | Outdoor coverage (%) |
|---|---|---|
| Seoul (all 25 districts) | 27,350 | 91.4 |
| Gangnam-gu | 1,960 | 95.2 |
| Jongno-gu | 1,420 | 94.1 |
| Gangseo-gu | 1,110 | 83.9 |
| Nowon-gu | 1,240 | 84.6 |
"""

PROJECTS_MD = """# Digital Platform Government master plan

Table 1. Flagship projects of the DPG master plan

| Project | Lead ministry | Start | Completion | Budget (KRW billion) |
|---|---|---|---|---|
| Digital Budget and Accounting System (dBrain+) | Ministry of Economy and Finance | 2025 | 2027 | 610 |
| DPG Hub | Ministry of the Interior and Safety | 2023 | 2026 | 1,240 |
| Public Cloud Transition | Ministry of Science and ICT | 2023 | 2030 | 2,860 |
"""


@pytest.fixture(scope="module")
def tables(embedder, tmp_path_factory):
    files = {
        "seoul-wifi-review.md": (WIFI_MD, "Seoul's free public Wi-Fi, 2020-2023 review", "en", "2024-03-01"),
        "dpg-master-plan.md": (PROJECTS_MD, "Digital Platform Government master plan", "en", "2023-04-01"),
        "dataset-kementerian.md": (DATASETS_MD, "Dataset baru per kementerian", "id", "2024-01-15"),
        "lapor-kanal.md": (CHANNELS_MD, "SP4N-LAPOR!: kanal pengaduan", "id", "2024-02-01"),
        "epeople-report-2023.md": (EPEOPLE_MD, "e-People performance report 2023", "en", "2023-06-01"),
    }
    return engine_over(tmp_path_factory.mktemp("which_row_tables"), files, embedder)


@pytest.mark.parametrize("question, parts", [
    # rows naming an abbreviation beside the ministry (the total row had been quoted)
    ("Kementerian mana yang paling banyak merilis dataset tahun 2023?", ("MOLIT", "611")),
    ("which ministry released the fewest datasets in 2022?", ("MOF", "122")),
    # a channel named with a number ("SMS 1708" had named no row)
    ("which channel do people use most to send LAPOR reports", ("Situs web", "52,4%")),
    # a named table of one thing a year: its rows name nothing
    ("which year did e-people get the most complaints", ("2021", "12.35")),
    # a total row whose place is written ("Seoul (all 25 districts)"), an acronym of a
    # column ("APs"), "distrik mana di ... yang"
    ("which seoul district has the most wifi APs", ("Gangnam-gu", "1,960")),
    ("distrik mana di seoul yang cakupan wifinya paling rendah?", ("Gangseo-gu", "83.9")),
    # two naming cells, the question naming one; a column's word in a row's name ("Budget")
    ("which flagship project gets the biggest budget", ("Public Cloud Transition", "2,860")),
])
def test_which_row_has_the_extreme(tables, question, parts):
    answered_with(tables, question, *parts)


def test_two_years_of_a_table_of_one_thing_are_quoted_side_by_side(tables):
    from bot.render import render_text

    text = render_text(tables.answer("compare e-people satisfaction in 2020 and 2022"))
    assert "64.8" in text and "68.4" in text, text


# -- near misses found by an attack on the first versions of these rules ---------------------

LAPOR_USERS = """# LAPOR users

At the end of 2023, LAPOR had 1,250,400 registered users, a year after the relaunch of its mobile app.

Hingga akhir 2023, 1.250.400 pengguna terdaftar di LAPOR, naik dari 1.020.300 pengguna setahun sebelumnya.
"""

IKD_PLAN = """# Rencana aktivasi IKD 2024

Pemerintah menetapkan target 50 juta aktivasi IKD pada 2024. Target tersebut mencakup 25 juta penduduk di Pulau Jawa.

Untuk mendukung target tersebut, anggaran IKD tahun 2024 dialokasikan sebesar Rp48,6 miliar.

Pemerintah menargetkan efisiensi anggaran melalui SPBE sebesar Rp3,5 triliun pada 2025.
"""

MPP_HTML = """<html><head><title>247 MPP Beroperasi hingga Akhir 2023</title></head><body><main><article>
<h1>247 MPP Beroperasi hingga Akhir 2023</h1>
<p>Hingga akhir 2023, sebanyak 247 Mal Pelayanan Publik (MPP) telah beroperasi di seluruh Indonesia.</p>
<p>Di Nusa Tenggara Timur, jumlah MPP bertambah dari 6 menjadi 9 pada 2023.</p>
</article></main></body></html>
"""

MPP_REVIEW = """# Review of Indonesia's Public Service Malls 2023

In 2023, Central Java operated 35 public service malls (MPP), according to the provincial government.
"""

MPP_TABLE = """# Jumlah MPP per provinsi

Tabel 1. Jumlah Mal Pelayanan Publik (MPP) per Provinsi, 2022-2023

| Provinsi | Jumlah MPP 2022 | Jumlah MPP 2023 |
|---|---|---|
| Jawa Barat | 22 | 26 |
| Jawa Tengah | 27 | 33 |
| Nusa Tenggara Timur | 6 | 9 |
| Nusa Tenggara Barat | 8 | 10 |
"""

RANKINGS = """# Korea in international rankings

Korea ranked 1st in the OECD Digital Government Index in 2019. The UN E-Government Survey ranks countries every two years, and Korea's ranks in it are below.

| Survey | Rank |
|---|---|
| 2020 | 2 |
| 2022 | 3 |

## Open data

Korea has been among the leaders of the OECD OURdata Index since it began.

| OURdata Index edition | Korea's rank |
|---|---|
| 2019 | 1st |
| 2023 | 2nd |

## Government24 users

| Year | Baseline survey | Registered users (million) |
|---|---|---|
| 2023 | 2020 | 25.1 |
"""

BATAM = """# Command Center Batam

Command Center Batam mencatat panggilan darurat 118 ribu kali pada 2022.
"""

LAPOR_GUB = """# LAPOR Gub! Terintegrasi dengan SP4N-LAPOR!

Kepala Dinas Komunikasi dan Informatika Provinsi Jawa Tengah menyampaikan bahwa Gubernur telah menginstruksikan seluruh organisasi perangkat daerah (OPD) untuk menanggapi setiap aduan paling lambat 5 hari kerja.
"""

LAPOR_REKAP = """provinsi,tahun,jumlah_aduan,rata_rata_waktu_tindak_lanjut_hari_kerja
Jawa Tengah,2022,31870,"4,2"
Jawa Barat,2022,40210,"5,1"
"""

NEAR_MISSES = {
    "lapor-gub.md": (LAPOR_GUB, "LAPOR Gub! Terintegrasi dengan SP4N-LAPOR!", "id", "2024-05-02"),
    "rekap-aduan-provinsi.csv": (LAPOR_REKAP, "Rekapitulasi Aduan SP4N-LAPOR! per Provinsi 2022", "id", "2023-02-01"),
    "lapor-users.md": (LAPOR_USERS, "LAPOR users", "en", "2024-01-10"),
    "rencana-ikd-2024.md": (IKD_PLAN, "Rencana aktivasi IKD 2024", "id", "2024-01-05"),
    "mpp-siaran-pers.html": (MPP_HTML, "247 MPP Beroperasi hingga Akhir 2023", "id", "2024-01-20"),
    "mpp-provinsi.md": (MPP_TABLE, "Jumlah MPP per provinsi", "id", "2024-02-01"),
    "mpp-review.md": (MPP_REVIEW, "Review of Indonesia's Public Service Malls 2023", "en", "2024-06-01"),
    "korea-rankings.md": (RANKINGS, "Korea in international rankings", "en", "2023-05-01"),
    "command-center-batam.md": (BATAM, "Command Center Batam", "id", "2023-03-01"),
}


@pytest.fixture(scope="module")
def near_misses(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("near_misses"), NEAR_MISSES, embedder)


@pytest.mark.parametrize("claim, verdict, said", [
    # "a year after" makes no figure the whole year's
    ("By the end of December 2023, LAPOR had 1,250,400 registered users", "supported", "1,250,400"),
    ("Hingga akhir Desember 2023, 1.250.400 pengguna terdaftar di LAPOR", "supported", "1.250.400"),
    # West Nusa Tenggara is no East Nusa Tenggara, and a national total is no province's
    ("West Nusa Tenggara had 9 MPPs in 2023", "contradicted", "10"),
    ("West Java had 38 MPPs in 2023", "contradicted", "26"),
    # a count after an emergency line's word is a count
    ("Command Center Batam mencatat panggilan darurat 118 ribu kali pada 2022", "supported", "118 ribu"),
    # a noun's acronym in brackets ("35 public service malls (MPP)") counts the claim's MPPs
    ("Central Java had 35 MPPs in 2023", "supported", "35 public service malls"),
    # a baseline survey's year is not the row's
    ("Government24 had 25.1 million registered users in 2023", "supported", "25.1"),
])
def test_near_misses_keep_their_verdicts(near_misses, claim, verdict, said):
    judged(near_misses, claim, verdict, said)


@pytest.mark.parametrize("claim", [
    # money spent is not confirmed by money allocated
    "Realisasi anggaran IKD tahun 2024 mencapai Rp48,6 miliar",
    # "Target tersebut mencakup 25 juta ..." is a target, no result
    "IKD telah diaktivasi oleh 25 juta penduduk di Pulau Jawa pada 2024",
    # an efficiency gain targeted is no budget set
    "Efisiensi anggaran melalui SPBE mencapai Rp3,5 triliun pada 2025",
    # a lead-in's earlier sentence names another index than the table's
    "Korea ranked 3rd in the OECD Digital Government Index in 2022",
    # a row dated by the editions of another index ("OURdata Index edition: 2023")
    "Korea ranked 2nd in the OECD Digital Government Index in 2023",
])
def test_plans_and_other_indexes_confirm_no_claim(near_misses, claim):
    v = check_claim(near_misses, claim)
    assert v.verdict != "supported", render_verdict_text(v)


def test_a_limit_a_rule_sets_has_no_measured_rival(near_misses):
    # "paling lambat 5 hari kerja" (a deadline) and an average of 4,2 working days do not disagree
    v = check_claim(near_misses, "The Governor of Central Java ordered agencies to answer complaints within five working days")
    assert v.verdict == "supported" and not v.source_conflicts, render_verdict_text(v)


def test_a_total_row_noted_with_a_number_is_the_place_s_row(tables):
    # "Seoul (all 25 districts)" names Seoul: its note is no other name
    judged(tables, "Seoul's public Wi-Fi covered 91.4% of outdoor public spaces in 2023", "supported", "91.4")
    judged(tables, "Seoul's public Wi-Fi covered 81.4% of outdoor public spaces in 2023", "contradicted", "91.4")
