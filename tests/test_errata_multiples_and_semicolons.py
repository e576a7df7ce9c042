"""Errata without a label in their sentence, multiples claimed loosely, provisional figures
taken back in another paragraph, semicolon spreadsheets, ranks with their field, and
countries spelt another way; table rows counting what their caption names.

Blind probes of stop 63 found: "... was given as 71,450. The correct figure is 68,740."
under its own heading "6. Erratum", and "... raised to 175 characters. This was a typing
error: the correct maximum is 157 characters." supporting claims of the withdrawn figure;
"tertulis ... 512.900; yang benar adalah 251.900" leaving a claim of 512.900 "not in my
sources"; "double the 2019 level" supported for 1.61 times and "doubled from 54.2% to 77.8%"
by another column of the same rows (1.75 times); a table row's provisional 259,470
supporting a claim the note below it revises ("... at 262,117 cases, slightly above the
provisional 259,470 in Table 1"); a semicolon CSV with decimal commas read by its commas;
"turun dari peringkat ke-64 dari 140 negara pada 2022" read as 2023's rank; "Korea's 112
received" read as a count of 112; "Koreans" naming no country; "How many e-records were transferred ...?" declined against
"Table 1. Electronic records transferred ... — Year: 2021; Transferred in the year: 4.2",
and a row "Indicator: Teachers trained in remote teaching; ...; Result: 118,420" declined.
The documents are written for these tests.
"""

from __future__ import annotations

import pytest

from bot.figures import extract_figures
from tests.corpus_helpers import engine_over, judged

REPORT = """Tirtamulya Vote Counting: Operations Report 2023

At the 2022 mayoral election the commission operated 1,850 ballot sorting machines in 251 counting centres.

6. Erratum

In the commission's preliminary report of April 2022, the number of counting officials at the 2022 mayoral election was given as 71,450. The correct figure is 68,740.

The city press release of 14 January 2024 stated that the alert length had been raised to 175 characters. This was a typing error: the correct maximum is 157 characters.

Early voting on 4 March 2022 drew 1,323,602 Tirtamulyans, or 36.93% of the electorate.

The parcel service carried 9.8 million shipments in 2024, up from 6.1 million in 2019.

The parcel service tripled its parcels in two years, from 2.0 million in 2021 to 5.0 million in 2023.

Tirtamulya's 112 line received 1.79 million calls in 2023.
"""
LAPORAN = """Layanan Digital Polisi Tirtamulya 2023

Polisi Tirtamulya melayani 1,2 juta permohonan surat keterangan secara daring pada 2022.

Ralat: pada edisi Juni 2023 laporan ini tertulis jumlah SP2HP daring tahun 2022 sebanyak 512.900; yang benar adalah 251.900.

Tirtamulya berada di peringkat ke-66 dari 142 kota dalam Indeks Kota Cerdas 2023, turun dari peringkat ke-64 dari 140 kota pada 2022.
"""
CYBER = """Reporting Crime Online in Tirtamulya

| Year | Cybercrime cases reported | Cases solved |
|---|---|---|
| 2022 | 230,355 | 117,800 |
| 2023 | 259,470 | 131,520 |

Update, 12 March 2024: the police's final statistics, published on 8 March 2024, put reported cybercrime in 2023 at 262,117 cases, slightly above the provisional 259,470 in the table.
"""
ARCHIVE = """# Tirtamulya City Archive: Status Report 2024

The archive's electronic records system went live in 2015.

Table 1. Electronic records transferred to the city archive, 2021-2023 (million items)

| Year | Transferred in the year | Total holdings at year end |
|---|---|---|
| 2021 | 4.2 | 29.2 |
| 2022 | 4.6 | 33.8 |
| 2023 | 5.1 | 38.9 |

Table 2. Targets and results of the archive programme

| Indicator | Year | Target | Result |
|---|---|---|---|
| Archivists trained in digital preservation | 2021 | 1,000 | 1,184 |
| Archivists trained in digital preservation | 2022 | 1,200 | 1,090 |
"""
BERITA = """# Enam Tahun LaporKota: Pemkot Kejar Target Layanan Aduan Elektronik

*Tirtamulya, 22 Juli 2024* — Enam tahun setelah diluncurkan, aplikasi LaporKota milik Pemerintah Kota Tirtamulya telah menjadi pintu utama pengaduan warga. Namun target agar seluruh aduan ditangani dalam lima hari belum tercapai.

LaporKota diluncurkan pada 13 Juli 2018 berdasarkan Peraturan Wali Kota Nomor 3 Tahun 2018 tentang Layanan Aduan Elektronik. Layanan ini mencakup aduan daring, pelacakan status dan survei kepuasan.

## Anggaran

Anggaran Dinas Kominfo untuk SIAP-KOTA tahun 2022 sebesar Rp 12,5 miliar, termasuk Rp 4,7 miliar untuk honorarium operator SIAP-KOTA. Jumlah operator SIAP-KOTA aktif pada Desember 2022 adalah 1.240 orang.

## Sistem data

Dalam kunjungan ke Seoul pada Oktober 2022, tim dinas mempelajari sistem data Korea yang terhubung dengan 46 lembaga.

Sistem Informasi Aduan Kota (SIAP-KOTA) diluncurkan pada tahun 2019 menggantikan aplikasi lama.
"""
PERMITS = """# T-ETA at a glance: Tirtamulya Electronic Travel Permit, 2021-2024

Table 1. T-ETA applications and decisions by year

| Year | Applications | Approved | Approval rate |
|---|---|---|---|
| 2022 | 2,410,000 | 2,190,000 | 90.9% |
| 2023 | 4,870,000 | 4,562,000 | 93.7% |

Since its launch, T-ETA has received a cumulative 11.6 million applications up to 30 September 2024, of which 10.84 million were approved. The largest groups of applicants in 2023 were nationals of Eastland (612,000 applications) and Westland (318,400). Westland nationals filed 318,400 applications in 2023, while Northland nationals filed 287,900 applications, almost all through the mobile app.
"""
REGISTRATIONS = """Year,Registrations filed online ('000),Share of registrations filed online (%),Start-up budget (KRW billion)
2018,812,54.2,750.2
2021,1004,66.0,1020.5
2024,1135,77.8,1311.2
"""
SEMICOLONS = """Tahun;Simpul jaringan terhubung;Nilai indeks;Kunjungan (ribu);Keterangan
2019;97;3,02;512;ANRI menerapkan format deskripsi berbasis standar untuk seluruh simpul jaringan.
2020;131;3,28;845;Pandemi mendorong lonjakan kunjungan portal sebesar 65% karena ruang baca ditutup selama 7 bulan.
2021;164;3,46;1.104;Dari 164 simpul, 34 merupakan lembaga kearsipan provinsi dan 118 kabupaten/kota; sisanya perguruan tinggi.
2022;210;3,61;1.230;Simpul bertambah setelah 27 lembaga, dari pusat dan daerah, ikut terhubung.
2023;241;3,84;1.452;Portal diluncurkan ulang, dengan tampilan baru, pada 17 Agustus 2023.
2024;283;4,05;1.634;Angka final hasil rekonsiliasi, diumumkan Maret 2025.
"""


@pytest.fixture(scope="module")
def errata(embedder, tmp_path_factory):
    files = {"counting-2023.txt": (REPORT, "Tirtamulya Vote Counting: Operations Report 2023", "en", "2023-06-15"),
             "polisi-2023.txt": (LAPORAN, "Layanan Digital Polisi Tirtamulya 2023", "id", "2023-09-01"),
             "cyber-2024.md": (CYBER, "Reporting Crime Online in Tirtamulya", "en", "2024-03-12"),
             "registrations.csv": (REGISTRATIONS, "Tirtamulya: Online Registrations and Start-up Support",
                                   "en", "2025-01-10"),
             "simpul.csv": (SEMICOLONS, "Statistik Simpul Jaringan Tirtamulya", "id", "2024-02-01"),
             "laporkota-2024.md": (BERITA, "Enam Tahun LaporKota", "id", "2024-07-22"),
             "teta-2024.md": (PERMITS, "T-ETA at a glance", "en", "2024-10-15"),
             "archive-2024.md": (ARCHIVE, "Tirtamulya City Archive: Status Report 2024", "en", "2024-05-01")}
    import openpyxl

    root = tmp_path_factory.mktemp("errata")
    (root / "corpus").mkdir()
    wb = openpyxl.Workbook()
    wb.properties.title = "Tirtamulya e-Filing System: Statistics 2019-2023"
    ws = wb.active
    ws.title = "Users"
    for row in (["Year", "Registered users (thousand)", "of which lawyers (thousand)", "Video hearings held"],
                [2019, 1880, 21.4, 0], [2020, 2240, 26.2, 410], [2021, 2690, 30.3, 3140], [2022, 2950, 31.8, 7420],
                [2023, 3230, 32.9, 11870]):
        ws.append(row)
    wb.save(root / "corpus" / "efiling.xlsx")
    extra = ('["efiling.xlsx"]\ntitle = "Tirtamulya e-Filing System: Statistics 2019-2023"\nkind = "dataset"\n'
             'language = "en"\ndate = "2024-04-01"\n')
    return engine_over(root, files, embedder, manifest_extra=extra)


def test_an_erratum_without_its_label_in_the_sentence(errata):
    judged(errata, "71,450 counting officials worked at Tirtamulya's 2022 mayoral election", "contradicted", "68,740")
    judged(errata, "Tirtamulya raised the alert length limit to 175 characters", "contradicted", "157")
    from bot.render import render_text

    text = render_text(errata.answer("How many counting officials worked at Tirtamulya's 2022 mayoral election?"))
    assert "68,740" in text, text


def test_an_erratum_s_right_figure_contradicts_the_withdrawn_one(errata):
    judged(errata, "Polisi Tirtamulya mengirim 512.900 SP2HP daring pada tahun 2022",
           "contradicted", "251.900")


def test_a_multiple_claimed_loosely(errata):
    from bot.factcheck import check_claim

    v = check_claim(errata, "Tirtamulya's parcel service carried 9.8 million shipments in 2024, double the 2019 level")
    assert v.verdict in ("partly_supported", "contradicted"), v
    # the two shares the claim names, not the budget column of the same rows (1.75 times)
    v = check_claim(errata, "Tirtamulya's share of registrations filed online doubled from 54.2% in 2018 to 77.8% in 2024")
    assert v.verdict in ("partly_supported", "contradicted") and any(
        m.computed is not None and abs(m.computed - 77.8 / 54.2) < 0.01 for m in v.matches), v
    judged(errata, "Tirtamulya's start-up budget grew from KRW 750.2 billion in 2018 to KRW 1,311.2 billion in 2024, "
                   "up 74.8%", "supported")


def test_a_provisional_figure_revised_below_its_table(errata):
    judged(errata, "Tirtamulya police received 259,470 cybercrime reports in 2023", "contradicted", "262,117")


def test_a_semicolon_spreadsheet_with_decimal_commas(errata, tmp_path):
    from index.readers import read_csv

    path = tmp_path / "simpul.csv"
    path.write_text(SEMICOLONS, encoding="utf-8")
    rows = [b.text for b in read_csv(path).blocks]
    assert rows[3] == ("simpul — Tahun: 2022; Simpul jaringan terhubung: 210; Nilai indeks: 3,61; Kunjungan (ribu): "
                       "1.230; Keterangan: Simpul bertambah setelah 27 lembaga, dari pusat dan daerah, ikut terhubung."), rows
    judged(errata, "Nilai indeks simpul jaringan Tirtamulya tahun 2023 sebesar 3,84", "supported")


def test_a_rank_dated_after_its_field(errata):
    figures = extract_figures("Tirtamulya berada di peringkat ke-66 dari 142 kota dalam Indeks Kota Cerdas 2023, turun dari "
                              "peringkat ke-64 dari 140 kota pada 2022.", "id")
    assert [(f.surface, f.year) for f in figures if f.kind == "rank"] == [("peringkat ke-66", 2023),
                                                                         ("peringkat ke-64", 2022)]
    judged(errata, "Tirtamulya menempati peringkat ke-64 dalam Indeks Kota Cerdas 2023", "contradicted", "ke-66")


def test_a_service_line_of_a_place_is_no_count():
    assert [f.surface for f in extract_figures("Korea's 112 received 17.9 million calls in 2023", "en")] == \
        ["17.9 million", "2023"]
    # (without the possessive, a number before a verb counts: "112 received grants")
    assert extract_figures("Of the applicants, 112 received grants in 2023.", "en")[0].kind == "count"


def test_a_people_s_name_names_their_country():
    from bot.engine import _country_spellings
    from bot.places import country_key

    assert country_key("Koreans") == "Korea" and country_key("Indonesians") == "Indonesia"
    assert country_key("Analis") is None
    known = {"kyrgyzstan", "japan"}.__contains__
    assert _country_spellings("Berapa mesin pemindai yang dipakai Kirgizstan?", known) == ["kyrgyzstan"]
    assert _country_spellings("Berapa anggaran Jepang?", known) == ["japan"]


def test_a_table_row_counts_what_its_caption_and_label_cells_name(errata):
    from tests.corpus_helpers import answered_with

    answered_with(errata, "How many e-records were transferred to Tirtamulya's city archive in 2022?", "4.6")
    answered_with(errata, "How many archivists got digital-preservation training in 2021?", "1,184")


def test_when_an_event_happened_not_when_the_news_was_written(errata):
    from tests.corpus_helpers import answered_with

    answered_with(errata, "Kapan LaporKota Tirtamulya diluncurkan?", "13 Juli 2018")
    answered_with(errata, "Kapan SIAP-KOTA diluncurkan?", "2019")


def test_the_latest_row_of_a_workbook_whose_title_has_a_colon(errata):
    # (its rows had been read as of no table: the search's 2021 row was quoted)
    from tests.corpus_helpers import answered_with

    answered_with(errata, "How many lawyers are registered on Tirtamulya's e-filing system?", "32.9")


def test_a_year_s_row_before_a_part_of_it(errata):
    # (not "nationals of Eastland (612,000 applications)" beside the cumulative total)
    from tests.corpus_helpers import answered_with

    answered_with(errata, "T-ETA applications in 2023, how many?", "4,870,000")


@pytest.mark.parametrize("text", [
    # (an attack on the first version read each as a correction of the sentence before)
    "In 2021 the system processed 1.24 million amended tax returns. The correct classification rate was 97.4%.",
    "Spending reached KRW 41.8 billion in 2021. Corrected to 2015 prices, this equals KRW 35.2 billion.",
    "The helpdesk handled 2,300 calls a day in 2021. The correct hotline is 1588-2100.",
    "Applicants often type 12 digits in the field. This is a mistake: the correct length is 13 digits.",
    "Aplikasi IKD telah diunduh 8,4 juta kali; yang benar-benar aktif setiap bulan sekitar 2,1 juta pengguna.",
    "Penerbitan akta memakan waktu 14 hari; seharusnya, sesuai standar pelayanan, paling lama 5 hari.",
    "Tim memverifikasi 1,2 juta rekaman ganda; data yang benar tercatat 1,15 juta rekaman.",
])
def test_a_figure_beside_the_word_correct_is_no_correction(text):
    from bot.quotes import withdrawn_part

    assert withdrawn_part(text, text) == 0


def test_an_erratum_takes_back_no_ordinal_of_its_sentence():
    from bot.quotes import corrected_ones, withdrawn_part

    sentence = "The March bulletin stated that 71,450 voters cast ballots at the 20th presidential election."
    block = sentence + " The correct figure is 68,740."
    cut = withdrawn_part(sentence, block)
    assert cut == len(sentence)
    figures = [f for f in extract_figures(sentence, "en") if f.kind != "year"]
    assert [f.surface for f in corrected_ones(sentence, cut, figures)] == ["71,450"]


def test_a_multiple_the_source_writes_itself(errata):
    # (the claim echoes the source's own "tripled": supported, though 2.0 to 5.0 million is 2.5 times)
    judged(errata, "Tirtamulya's parcel service tripled its parcels from 2021 to 2023", "supported", "tripled")


def test_a_possessive_before_a_number_is_a_service_line_only_for_a_name():
    assert [f.surface for f in extract_figures("The province's 113 received new laptops in 2023.", "en")][0] == "113"


def test_a_rank_of_the_year_s_survey_for_an_earlier_year_s_data():
    figures = extract_figures("In 2024, the Philippines ranked 73rd out of 193 countries for 2022 data.", "en")
    assert [(f.surface, f.year) for f in figures if f.kind == "rank"] == [("ranked 73rd", 2024)]


def test_a_semicolon_spreadsheet_under_a_title_line(tmp_path):
    from index.readers import read_csv

    path = tmp_path / "aktivasi.csv"
    path.write_text("Aktivasi IKD per provinsi, 2023\nProvinsi;Tahun;Aktivasi (juta)\nJawa Barat;2023;1,85\n"
                    "Jawa Timur;2023;1,62\nBali;2023;0,41\n", encoding="utf-8")
    rows = [b.text for b in read_csv(path).blocks if " — " in b.text]
    assert rows[0] == "aktivasi — Provinsi: Jawa Barat; Tahun: 2023; Aktivasi (juta): 1,85", rows


def test_a_row_of_another_thing_answers_no_how_many(errata):
    for question in ("How many paper records were transferred to Tirtamulya's city archive in 2022?",
                     "How many archivists were hired in 2021?"):
        assert not errata.answer(question).answered, question


def test_a_rate_s_period():
    # (a table "per tahun" answers no "per hari": the year's row is not put first for it)
    from bot.engine import _periods_per

    assert _periods_per("Berapa penumpang Transjakarta per hari tahun 2023?") == {"day"}
    assert _periods_per("Tabel 1. Penumpang angkutan umum (juta penumpang per tahun) — Tahun: 2023") == {"year"}
    assert _periods_per("How many daily users did it have?") == {"day"}
    assert _periods_per("How many applications in 2023?") == set()
