"""Figures asked as they stand now, units of time given by a row's unit column, the
total row of a table asked for a whole, and year cells carrying their figures' status.

Blind probes of stop 66 found: "How many days does an online land registration take in
Korea now?" declined against the row "...; Result: 1.4; Unit: days" (a fraction read as
no count of days, the unit column as no unit); "How fast do Korean alerts reach phones on
average now?" answered with the 2020 row ("average" read as an average over the years);
"How fast does Korea clear imports these days?" answered with another year's figures
("these days" read as no time asked); "What was BAKTI's overall BTS 4G target for 2021?"
declined with one province's row, the "Total 7 provinsi" row unread as a name. Blind
probes of stop 67 found "Berapa e-Visa C1 yang ditolak tahun 2024?" and "... seluruh TPI
..." answered with one airport's row beside the row "Semua TPI; Jenis TPI: Total", and the row "Year: 2023 (provisional); ... processing days: 5.9" dated
by its document (2024), so "... 5.5 days in 2023" was "not in my sources", and "Year:
2024 (target); Total verifications (million): 30.0" supporting "Korea reached 30 million
verifications in 2024", and "Realisasi pupuk bersubsidi 2023 mencapai 6,52 juta ton"
supported by "... data sementara ... yang menyebut realisasi 6,52 juta ton" where the
sentence before gave 6,68 juta ton and the next opened "Angka final itu dirilis ...".
The row "NASIONAL (angka sementara)" was quoted for a national
figure, its "NASIONAL (angka final)" unread, and "NASIONAL (target)" supported a claim of
cameras reached. An attack on this stop's first version found a table of years across
("Age group: Total; 2023: 39.06; 2024: 40.50") left out of these rules, an age group's
row read as naming nothing (so "Government24 had 9.28 million active users" was
supported by the 30-39 row), "Days of training offered" read as a time taken, and a
first release ("rilis awal: 2,31") dated by its note read as a final figure; and, older,
"Indonesia received 243,310 patent applications" supported by a Korean catalogue's
sentence naming no country. The documents are written for these tests.
"""

from __future__ import annotations

import pytest

from bot.quotes import naming_cells
from tests.corpus_helpers import answered_with, engine_over, judged

LAND = (
    "Digital land administration in Korea\n\n"
    "Table 3. Digital land administration targets and results\n\n"
    "| Indicator | Year | Target | Result | Unit |\n"
    "|-----------|------|-------:|-------:|------|\n"
    "| Share of transaction reports filed online | 2023 | 92 | 88.8 | % |\n"
    "| Average days to complete online registration | 2021 | 2.0 | 1.9 | days |\n"
    "| Average days to complete online registration | 2023 | 1.0 | 1.4 | days |\n"
    "| Electronic real estate contracts signed | 2023 | 150000 | 96420 | contracts |\n"
)

ALERTS = (
    "Public alerting in Korea\n\n"
    "Since 2019 the ministry has sent disaster text messages by cell broadcast to every phone in the area at risk.\n\n"
    "Table 1. Disaster text messages sent by cell broadcast, 2019-2023\n\n"
    "| Year | Messages sent | Average delivery time (seconds) |\n"
    "|------|--------------:|--------------------------------:|\n"
    "| 2019 | 9,912 | 9.6 |\n"
    "| 2020 | 54,123 | 8.9 |\n"
    "| 2021 | 46,780 | 8.1 |\n"
    "| 2022 | 29,541 | 7.7 |\n"
    "| 2023 | 12,384 | 7.2 |\n"
)

PROVINCES = ("Maluku", "Papua", "Papua Barat", "Nusa Tenggara Timur", "Sulawesi Tengah", "Kalimantan Utara",
             "Maluku Utara")


def _bts_rows() -> str:
    rows = ["Tahun;Provinsi;Program;Target lokasi;Realisasi lokasi;Keterangan"]
    for year, scale in ((2021, 1), (2022, 2), (2023, 3)):
        for i, province in enumerate(PROVINCES):
            rows.append(f"{year};{province};BTS 4G;{(i + 3) * 100 * scale};{(i + 2) * 75 * scale};")
        target = sum((i + 3) * 100 * scale for i in range(len(PROVINCES)))
        built = sum((i + 2) * 75 * scale for i in range(len(PROVINCES)))
        rows.append(f"{year};Total 7 provinsi;BTS 4G;{target};{built};Rekap tahunan")
    return "\n".join(rows) + "\n"


BTS = _bts_rows()

VISAS = (
    "Tahun,Layanan,Tempat Pemeriksaan Imigrasi,Jenis TPI,Permohonan,Diterbitkan,Ditolak\n"
    "2024,e-VOA,Bandara Soekarno-Hatta,Bandara,880400,871200,9200\n"
    "2024,e-VOA,Bandara I Gusti Ngurah Rai,Bandara,2392500,2376000,16500\n"
    "2024,e-VOA,Pelabuhan Benoa,Pelabuhan,24700,24500,200\n"
    "2024,e-VOA,Semua TPI,Total,4215000,4178400,36600\n"
    "2024,e-Visa Kunjungan (C1),Bandara Soekarno-Hatta,Bandara,318600,311900,6700\n"
    "2024,e-Visa Kunjungan (C1),Bandara I Gusti Ngurah Rai,Bandara,301200,297400,3800\n"
    "2024,e-Visa Kunjungan (C1),Semua TPI,Total,745800,729300,16500\n"
)

FERTILISER = (
    "JAKARTA — Kementerian Pertanian mencatat realisasi penyaluran pupuk bersubsidi sepanjang 2023 mencapai 6,68 "
    "juta ton, atau 85,1 persen dari alokasi 7,85 juta ton. Angka final itu dirilis Senin (12/2/2024) dan lebih "
    "tinggi dari data sementara per 31 Desember 2023 yang menyebut realisasi 6,52 juta ton, karena laporan penebusan "
    "dari sejumlah kios di luar Jawa baru masuk pada Januari.\n\n"
    "Kartu Tani telah dibagikan kepada 9,8 juta petani hingga akhir 2023.\n"
)

POLDAS = ("Polda Metro Jaya", "Polda Jawa Timur", "Polda Jawa Barat", "Polda Jawa Tengah", "Polda Bali",
          "Polda Sumatera Utara", "Polda Sulawesi Selatan", "Polda Riau")


def _etle_rows() -> str:
    rows = ["No;Tahun;Polda;Kamera ETLE statis;Pelanggaran terekam;Keterangan"]
    n = 0
    for year, scale in ((2022, 1), (2023, 2)):
        for i, polda in enumerate(POLDAS):
            n += 1
            rows.append(f"{n};{year};{polda};{(i + 2) * 10 * scale};{(i + 3) * 51_234 * scale:,};".replace(",", "."))
        n += 1
        rows.append(f"{n};{year};NASIONAL (angka sementara);{480 * scale};{2_345_678 * scale:,};Angka sementara"
                    .replace(",", "."))
        n += 1
        rows.append(f"{n};{year};NASIONAL (angka final);{486 * scale};{2_401_234 * scale:,};Angka final setelah "
                    "rekonsiliasi data".replace(",", "."))
        n += 1
        rows.append(f"{n};{year};NASIONAL (target);{350 * scale};;Target Rencana Strategis")
    return "\n".join(rows) + "\n"


ETLE = _etle_rows()

USERS = (
    "Government24 users by age\n\n"
    "An active user is a person who logged in at least once during the year.\n\n"
    "Table 2. Active Government24 users by age group, 2023-2024 (million users)\n\n"
    "| Age group | 2023 | 2024 |\n"
    "|-----------|-----:|-----:|\n"
    "| Under 20 | 1.36 | 1.43 |\n"
    "| 20-29 | 6.12 | 6.30 |\n"
    "| 30-39 | 8.95 | 9.28 |\n"
    "| 40-49 | 8.71 | 8.99 |\n"
    "| 50-59 | 7.02 | 7.35 |\n"
    "| 60-69 | 4.26 | 4.55 |\n"
    "| 70 and over | 2.64 | 2.60 |\n"
    "| Total | 39.06 | 40.50 |\n\n"
    "Table 3. Seumteo training programmes, 2024\n\n"
    "| Programme | Participants | Days of training offered |\n"
    "|-----------|-------------:|-------------------------:|\n"
    "| Fire-safety review module | 960 | 5 |\n"
    "| Basics for new permit officers | 1,240 | 12 |\n"
)

PATENTS = (
    "Sepanjang 2023 tercatat 243.310 permohonan paten, naik 2,1% dari 2022. Sebanyak 99,3% permohonan paten "
    "diajukan secara elektronik.\n\n"
    "Di Indonesia, DJKI menerima 12.469 permohonan paten pada 2023, 41% di antaranya secara daring.\n"
)

SPBE = (
    "Indeks SPBE nasional\n\n"
    "| Tahun | Indeks SPBE nasional | Instansi dievaluasi |\n"
    "|-------|---------------------:|--------------------:|\n"
    "| 2021 | 2,24 | 612 |\n"
    "| 2022 (revisi) | 2,34 | 619 |\n"
    "| 2023 (sementara) | 2,55 | 623 |\n\n"
    "Nilai 2022 direvisi pada Juli 2023 setelah proses banding instansi (rilis awal: 2,31).\n"
)

PETITIONS = (
    "e-People petitions brief\n\n"
    "| Year | Petitions received | Average processing days |\n"
    "|------|-------------------:|------------------------:|\n"
    "| 2021 | 1,612,450 | 6.8 |\n"
    "| 2022 | 1,708,230 | 6.1 |\n"
    "| 2023 (provisional) | 1,795,000 | 5.9 |\n\n"
    "Table 3. Identity verifications using mobile ID in Korea (million)\n\n"
    "| Year | Total verifications (million) |\n"
    "|------|------------------------------:|\n"
    "| 2022 | 3.1 |\n"
    "| 2023 | 18.7 |\n"
    "| 2024 (target) | 30.0 |\n"
)


@pytest.fixture(scope="module")
def corpus(embedder, tmp_path_factory):
    root = tmp_path_factory.mktemp("now_units")
    files = {
        "land.md": (LAND, "Korea Online Registry Statistics 2019-2023", "en", "2024-03-01"),
        "alerts.md": (ALERTS, "Public Alerting in the Republic of Korea: Annual Review 2023", "en", "2024-02-01"),
        "bakti-bts4g.csv": (BTS, "Target dan Realisasi BTS 4G BAKTI per Provinsi 2021-2023", "id", "2024-01-15"),
        "statistik-evisa-2024.csv": (VISAS, "Statistik e-Visa dan e-VOA per Tempat Pemeriksaan Imigrasi 2024", "id",
                                     "2025-01-20"),
        "pupuk-2023.txt": (FERTILISER, "Realisasi Pupuk Bersubsidi 2023 Capai 85,1 Persen", "id", "2024-02-13"),
        "etle-statistik-2022-2023.csv": (ETLE, "Statistik ETLE (Tilang Elektronik) per Polda 2022-2023", "id",
                                         "2024-07-01"),
        "government24-users-2024.md": (USERS, "Government24 Users by Age and Seumteo Training, 2023-2024", "en",
                                       "2025-02-01"),
        "indeks-spbe-2021-2023.md": (SPBE, "Indeks SPBE Nasional 2021-2023", "id", "2023-12-20"),
        "kiponet-2023.txt": (PATENTS, "Sistem Paten Elektronik Korea (KIPOnet): Catatan 2023", "id", "2024-03-01"),
        "e-people-brief-2024.md": (PETITIONS, "e-People and Mobile ID in Korea: Policy Brief 2024", "en", "2024-06-01"),
    }
    return engine_over(root, files, embedder)


def test_a_unit_column_of_days_answers_how_many_days(corpus):
    answered_with(corpus, "How many days does an online land registration take in Korea now?", "Result: 1.4")


def test_an_average_asked_now_is_the_latest_row(corpus):
    answered_with(corpus, "How fast do Korean alerts reach phones on average now, in seconds?", "Year: 2023", "7.2")


def test_these_days_asks_the_latest_row(corpus):
    answered_with(corpus, "What is the average delivery time of Korean alerts these days?", "Year: 2023", "7.2")


def test_a_whole_asked_is_the_total_row_not_one_province(corpus):
    answered_with(corpus, "What was the overall BTS 4G target for 2021?", "Total 7 provinsi", "2021")
    answered_with(corpus, "Berapa target BTS 4G seluruh provinsi tahun 2022?", "Total 7 provinsi", "2022")
    # (a province asked keeps its own row)
    answered_with(corpus, "What was the BTS 4G target in Papua Barat for 2021?", "Papua Barat", "2021")
    # (a total of seven provinces is no figure of the whole country)
    a = corpus.answer("Berapa target BTS 4G di seluruh Indonesia tahun 2021?")
    assert not a.answered, a


def test_a_figure_naming_no_part_is_the_total_rows(corpus):
    # (all places asked in words, or none named: the row of all of them)
    answered_with(corpus, "Berapa e-VOA diterbitkan di seluruh TPI tahun 2024?", "Semua TPI", "4178400")
    answered_with(corpus, "Berapa e-Visa C1 yang ditolak tahun 2024?", "Semua TPI", "16500")
    # (a place named keeps its row)
    answered_with(corpus, "Berapa e-Visa C1 yang ditolak di Bandara Soekarno-Hatta tahun 2024?", "Soekarno-Hatta", "6700")


def test_a_total_cell_with_its_number_names_the_row():
    row = "bts — Tahun: 2021; Provinsi: Total 7 provinsi; Program: BTS 4G; Target lokasi: 4.200"
    assert ("Provinsi", "Total 7 provinsi") in list(naming_cells(row))


def test_a_year_cell_with_its_status_dates_the_row(corpus):
    judged(corpus, "Korea cut the average petition processing time to 5.5 days in 2023", "contradicted", "5.9")
    judged(corpus, "Korea cut the average petition processing time to 5.9 days in 2023", "supported", "5.9")


def test_a_target_year_row_supports_no_result(corpus):
    judged(corpus, "Korea reached 30 million verifications using mobile ID in 2024", "not_found",
           "only as a plan or target")
    # (the target itself is what the row states)
    judged(corpus, "Korea set a target of 30 million verifications using mobile ID in 2024", "supported", "30.0")


def test_a_figure_the_next_sentence_calls_final_outranks_the_preliminary_one(corpus):
    judged(corpus, "Realisasi pupuk bersubsidi 2023 mencapai 6,52 juta ton", "contradicted", "6,68 juta ton")
    judged(corpus, "Realisasi pupuk bersubsidi 2023 mencapai 6,68 juta ton", "supported", "6,68 juta ton")


def test_a_preliminary_row_gives_way_to_its_final_version(corpus):
    answered_with(corpus, "Berapa pelanggaran terekam ETLE nasional tahun 2023?", "NASIONAL (angka final)", "4.802.468")
    # (the preliminary figure, asked, stays)
    answered_with(corpus, "Berapa pelanggaran terekam ETLE nasional tahun 2023 menurut angka sementara?",
                  "NASIONAL (angka sementara)", "4.691.356")


def test_a_naming_cell_marked_as_a_target_confirms_no_result(corpus):
    judged(corpus, "Jumlah kamera ETLE statis nasional mencapai 700 unit pada 2023", "not_found",
           "hanya sebagai rencana atau target")


def test_a_table_of_years_across_answers_a_whole_with_its_total_row(corpus):
    answered_with(corpus, "How many active Government24 users were there in 2024?", "Age group: Total", "40.50")
    # (an age group asked keeps its row; a claim of one group's figure as the whole is none)
    answered_with(corpus, "How many Government24 users aged 30-39 were active in 2024?", "30-39", "9.28")
    from bot.factcheck import check_claim

    assert check_claim(corpus, "Government24 had 9.28 million active users in 2024").verdict != "supported"


def test_days_of_something_else_are_no_time_taken(corpus):
    a = corpus.answer("How many days does the fire-safety review take?")
    assert not a.answered, a
    # (the days the question names are those of the column)
    answered_with(corpus, "How many days of training are offered for new permit officers?", "12")


def test_a_sentence_naming_no_country_is_its_documents_country(corpus):
    judged(corpus, "Indonesia received 243,310 patent applications in 2023", "contradicted", "12.469")
    judged(corpus, "Korea received 243,310 patent applications in 2023", "supported", "243.310")


def test_a_first_release_is_preliminary(corpus):
    judged(corpus, "Indonesia's national SPBE index reached 2.55 in 2023", "supported", "2,55")
    # (the first release is wrong for 2022; the reply still dates it by its note's "Juli
    # 2023", a reason left for later)
    judged(corpus, "Indeks SPBE nasional 2022 adalah 2,31", "contradicted")
