"""Rows read on a second chance across languages, and ranks reached by a move in places.

A blind probe of stop 58 asked "Jawa Tengah e-samsat transactions 2022?" in English of
an Indonesian workbook beside an English summary: the summary's sentences ranked first,
lacked the province and were ruled out, and the workbook's row tried next was Jawa
Tengah's 2023 row (its title's "2022-2024" writes the year asked), quoted as the answer.
The rows its table gives the question are now read for that passage too, as for the
best passage. A claim "Indonesia rose 13 places to 64th" had its "64th" read as a bare
number and compared with a score (a tester's corpus, w-c14). The documents here are
invented for the tests.
"""

from __future__ import annotations

import pytest

from bot.figures import extract_figures
from tests.corpus_helpers import answered_with, engine_over, judged

PROVINCE_ROWS = [
    ("DKI Jakarta", 2022, 1845210, 1912450000000), ("DKI Jakarta", 2023, 2310447, 2405880000000),
    ("DKI Jakarta", 2024, 2796032, 2987115500000), ("Jawa Barat", 2022, 3102884, 1655300250000),
    ("Jawa Barat", 2023, 3874120, 2078940000000), ("Jawa Barat", 2024, 4520915, 2466725800000),
    ("Jawa Tengah", 2022, 1204530, 702118400000), ("Jawa Tengah", 2023, 1688019, 951604300000),
    ("Jawa Tengah", 2024, 2151776, 1230870100000), ("Jawa Timur", 2022, 1530662, 998401750000),
    ("Jawa Timur", 2023, 1977305, 1301226900000), ("Jawa Timur", 2024, 2402148, 1612083450000),
    ("Bali", 2022, 288914, 214560000000), ("Bali", 2023, 376225, 281907600000), ("Bali", 2024, 451870, 342118900000),
]
CHANNEL_ROWS = [
    ("Bank BJB", 2010400, 2455310, 2803900), ("Bank BRI", 1420115, 1730882, 1980240),
    ("Bank Mandiri", 980330, 1102745, 1215600), ("BNI", 640210, 702990, 766015),
    ("Aplikasi SIGNAL", 1105870, 2310650, 3402118), ("Tokopedia", 905300, 1064225, 1010460),
    ("GoPay", 540120, 701470, 824505), ("Indomaret/Alfamart", 369855, 157844, 319903),
    ("Jumlah", 7972200, 10226116, 12322741),
]

ESAMSAT_SUMMARY = '# e-Samsat: Paying Motor Vehicle Tax Online in Indonesia\n\n*Summary page prepared by the National Samsat Coordinating Team (Tim Pembina Samsat Nasional), updated February 2025.*\n\n## What it is\n\nSamsat (Sistem Administrasi Manunggal Satu Atap) is the one-roof office where Indonesian\nvehicle owners pay the annual motor vehicle tax (Pajak Kendaraan Bermotor, PKB), pay the\nmandatory road-accident fund contribution (SWDKLLJ) collected by PT Jasa Raharja, and have\ntheir vehicle registration certificate (STNK) endorsed each year. Three bodies run it\ntogether: the Traffic Corps of the National Police (Korlantas Polri), the Ministry of Home\nAffairs with the provincial revenue agencies (Bapenda), and Jasa Raharja.\n\ne-Samsat lets owners pay the annual PKB without visiting a Samsat office, through a bank\'s\nATM or mobile banking, a marketplace, a convenience store, or the national SIGNAL app.\n\n## History\n\n- **2015**: e-Samsat was piloted in West Java with Bank BJB on 28 October 2015.\n- **2016**: DKI Jakarta, Central Java and East Java joined with their regional banks.\n- **2017**: Korlantas Polri, the Ministry of Home Affairs and Jasa Raharja signed an agreement to extend e-Samsat to all provinces ("e-Samsat Nasional").\n- **1 October 2021**: the SIGNAL app (Samsat Digital Nasional) was launched, adding electronic endorsement of the STNK (e-Pengesahan).\n- **2024**: SIGNAL was available in 34 of Indonesia\'s 38 provinces by the end of the year.\n\n## Legal basis\n\n1. Presidential Regulation (Perpres) No. 5 of 2015 on the Implementation of Samsat.\n2. Police Regulation (Perpol) No. 7 of 2021 on Motor Vehicle Registration and Identification, which recognises electronic endorsement of the STNK.\n\n## Connected banks and apps\n\nAs of December 2024, e-Samsat is connected to 27 banks (21 regional development banks, or\nBPD, and 6 national banks) and 9 apps and marketplaces, among them Tokopedia, GoPay,\nShopee and LinkAja. Payment through SIGNAL carries a service fee of Rp 3,000 per\ntransaction; the printed proof of endorsement (TBPKP), posted to the owner, is optional\nand costs Rp 35,000.\n\n## Results\n\nIn the five provinces covered by the attached workbook, e-Samsat transactions rose from\n7.97 million in 2022 to 12.32 million in 2024, an increase of 54.6 percent. Revenue\ncollected through e-Samsat in those provinces reached Rp 8.64 trillion in 2024.\nNationally, 41.5 percent of PKB payments in 2024 were made through e-Samsat, up from 27.8\npercent in 2022.\n\n"Our aim is that no owner has to queue at a Samsat counter just to pay the annual tax,"\nsaid Brigadier General Ari Wibowo, Director of Registration and Identification\n(Dirregident) at Korlantas Polri.\n\n## Targets\n\n- 60 percent of annual PKB payments made online by 2026.\n- SIGNAL available in all 38 provinces by the end of 2025.\n- Five-year STNK renewal and number-plate replacement online by 2027; today they still require a physical vehicle check (cek fisik) at a Samsat office.\n- Refunds of failed or double payments within 3 working days.\n\n## Problems\n\n1. Owners whose name differs from their NIK record in the Dukcapil population database cannot pay; about 1.2 million vehicle records were flagged in 2024.\n2. Vehicles bought second-hand and not yet transferred to the new owner (balik nama) cannot be paid through SIGNAL, because SIGNAL requires the registered owner\'s NIK.\n3. Tax arrears older than one year cannot be paid online in 11 provinces.\n4. Mobile connectivity is weak in parts of Papua and Maluku.\n5. Double charges: 18,400 complaints were received in 2024, and refunds took 14 days on average.\n'

EGDI = """# Indonesia in the UN E-Government Survey 2024

Indonesia rose 13 places to 64th in the 2024 edition of the survey, its EGDI score up to 0.7991. Its Online Services Index score was 0.8533.
"""


def write_workbook(path) -> None:
    """The e-Samsat workbook: a sheet of provinces' rows by year, a sheet of payment
    channels with a column per year."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Per Provinsi"
    ws.append(["Transaksi dan Penerimaan PKB melalui e-Samsat per Provinsi, 2022-2024"])
    ws.append([])
    ws.append(["Provinsi", "Tahun", "Jumlah Transaksi", "Penerimaan PKB (Rp)"])
    for row in PROVINCE_ROWS:
        ws.append(list(row))
    ws.append([])
    ws.append(["Sumber: Korlantas Polri, PT Jasa Raharja dan Bapenda provinsi (diolah), Januari 2025."])
    ws = wb.create_sheet("Kanal Pembayaran")
    ws.append(["Jumlah Transaksi e-Samsat per Kanal Pembayaran (lima provinsi), 2022-2024"])
    ws.append([])
    ws.append(["Kanal", "2022", "2023", "2024"])
    for row in CHANNEL_ROWS:
        ws.append(list(row))
    wb.save(path)


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    root = tmp_path_factory.mktemp("second_chances")
    (root / "corpus").mkdir()
    write_workbook(root / "corpus" / "statistik_esamsat_2022_2024.xlsx")
    workbook = ('["statistik_esamsat_2022_2024.xlsx"]\ntitle = "Statistik e-Samsat per Provinsi dan Kanal Pembayaran '
                '2022-2024"\nkind = "dataset"\nlanguage = "id"\npublisher = "Korlantas Polri"\ndate = "2025-01-10"\n')
    files = {
        "esamsat_overview.md": (ESAMSAT_SUMMARY, "e-Samsat: Paying Motor Vehicle Tax Online in Indonesia", "en",
                                "2025-02-01"),
        "egdi-2024-indonesia.md": (EGDI, "Indonesia in the UN E-Government Survey 2024", "en", "2024-09-20"),
    }
    return engine_over(root, files, embedder, manifest_extra=workbook)


@pytest.mark.parametrize("question, row", [
    ("Jawa Tengah e-samsat transactions 2022?", ("Jawa Tengah", "2022", "1204530")),
    ("how many e-samsat transactions in Jawa Timur in 2023?", ("Jawa Timur", "2023", "1977305")),
    ("Berapa transaksi e-Samsat Jawa Tengah tahun 2022?", ("Jawa Tengah", "2022", "1204530")),
])
def test_the_second_chance_reads_the_row_of_the_year_asked(engine, question, row):
    answered_with(engine, question, *row)


@pytest.mark.parametrize("text, ordinal", [
    ("Indonesia rose 13 places to 64th in the 2024 EGDI.", "64th"),
    ("Korea fell two spots to the 4th in 2022.", "4th"),
])
def test_an_ordinal_reached_by_a_move_in_places_is_a_rank(text, ordinal):
    kinds = {text[f.start:f.end]: f.kind for f in extract_figures(text, None)}
    assert kinds[ordinal] == "rank", kinds


def test_an_ordinal_without_a_move_is_no_rank():
    text = "The ministry marked its 64th anniversary in 2012."
    assert all(f.kind != "rank" for f in extract_figures(text, None))


def test_a_claim_of_the_rank_reached_is_checked_against_the_rank(engine):
    judged(engine, "Indonesia rose 13 places to 64th in the 2024 EGDI", "supported", "64")
    judged(engine, "Indonesia rose 13 places to 60th in the 2024 EGDI", "partly_supported", "60th: wrong", "64th")


def test_a_move_up_to_a_place_is_no_bound():
    from bot.figures import qualifier_start

    moved = "The United Arab Emirates moved up to 11th."
    assert qualifier_start(moved, moved.index("11th")) is None
    bound = "The fine is up to Rp 5 juta."
    assert qualifier_start(bound, bound.index("Rp")) == bound.index("up to")
