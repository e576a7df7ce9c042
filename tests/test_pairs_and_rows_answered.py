"""Two things of a table compared, and table rows that answer a count though a word of
the question names their column otherwise.

Blind probes of stop 58 found: "Ecuador or Cameroon - whose UNI-PASS contract was
bigger?" declined (only Cameroon's row was quoted, Ecuador unnamed) and "mana lebih
banyak terminalnya, yeongnam atau honam?" answered with Honam's row alone; "how many 4G
towers did BAKTI build in Papua in 2022" and "How many villages got 4G coverage in NTT
in 2023?" declined with the very row as the closest match (a year-like count "1876" read
as no count, "BAKTI" of the title and the province's acronym "NTT" read as columns
asked, towers no BTS); "berapa harga satu terminal" declined beside "A terminal costs
about KRW 1.1 million". The documents here are invented for the tests.
"""

from __future__ import annotations

import pytest

from bot.render import render_text
from tests.corpus_helpers import answered_with, engine_over, judged

UNIPASS = """# UNI-PASS Annual Report 2024

Table 2. Countries that adopted UNI-PASS

| Country | Contract value (USD million) | Year | Main scope |
|---|---|---|---|
| Ecuador | 24.5 | 2011 | Full UNI-PASS (ECUAPASS) |
| Cameroon | 28.4 | 2014 | CAMCIS |
| Tanzania | 12.1 | 2016 | Single window |
| Ethiopia | 44.0 | 2019 | eSW |
"""

SAFENET = """# Briefing Note: SafeNet

SafeNet (Jaenan Anjeon Tongsinmang) is Korea's nationwide public safety LTE network. A terminal costs about KRW 1.1 million; user agencies buy terminals from their own budgets.

Table 1. Base stations and terminals by region (end of 2023)

| Region | Operator | Base stations | Terminals |
|---|---|---|---|
| Yeongnam (Busan, Daegu, Ulsan) | SK Telecom | 3,128 | 64,300 |
| Honam (Gwangju, Jeonbuk, Jeonnam) | SK Telecom | 1,507 | 30,600 |
| Jeju | KT | 306 | 6,800 |
"""

COURTS = """Year,Court type,Courts using e-Court,e-Litigation cases
2021,General courts,382,21307
2021,Religious courts,412,9846
2021,Administrative courts,30,1204
2022,General courts,382,30412
2022,Religious courts,412,15230
2022,Administrative courts,30,1650
"""

BTS = """Provinsi,Tahun,Jumlah BTS 4G Terbangun,Desa/Kelurahan Terlayani
Papua,2021,1204,1143
Papua,2022,1876,1782
Papua Barat,2021,402,381
Papua Barat,2022,655,622
Nusa Tenggara Timur,2022,610,579
Nusa Tenggara Timur,2023,254,248
Maluku,2022,530,503
Maluku,2023,176,167
"""

IKD = """# Indonesia's digital ID misses its 2024 goal

The Ministry of Home Affairs had aimed for 25 million activations by the end of 2024.

| End of year | IKD activations |
|---|---|
| 2023 | 9.6 million |
| 2024 | 17.4 million |
"""

FILES = {
    "unipass-annual-report-2024.md": (UNIPASS, "UNI-PASS Annual Report 2024", "en", "2025-06-01"),
    "safenet-briefing.md": (SAFENET, "Briefing Note: SafeNet", "en", "2024-03-01"),
    "elitigation-by-court-type.csv": (COURTS, "e-Litigation cases by court type, 2021-2022", "en", "2023-02-01"),
    "bts4g_bakti_per_provinsi.csv": (BTS, "Pembangunan BTS 4G BAKTI per Provinsi, 2021-2023", "id", "2024-01-10"),
    "ikd-shortfall-2025.md": (IKD, "Indonesia's digital ID misses its 2024 goal", "en", "2025-01-20"),
}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("pairs_rows"), FILES, embedder)


def quotes(engine, question: str) -> list[str]:
    answer = engine.answer(question)
    text = render_text(answer)
    assert answer.answered, text
    return [line for line in text.splitlines() if line.strip().startswith("“")]


@pytest.mark.parametrize("question, first, second", [
    ("Ecuador or Cameroon - whose UNI-PASS contract was bigger?", "Cameroon", "Ecuador"),
    ("which contract was smaller, Ecuador or Cameroon?", "Ecuador", "Cameroon"),
    # a name with a note in brackets, a comparative in Indonesian, "-nya" glued to the column
    ("mana lebih banyak terminalnya, yeongnam atau honam?", "Yeongnam", "Honam"),
    # the other thing named by its own word and the words it shares with the first
    ("compare e-litigation cases general vs religious courts in 2021", "General courts", "Religious courts"),
])
def test_two_things_compared_are_quoted_side_by_side(engine, question, first, second):
    lines = quotes(engine, question)
    assert len(lines) >= 2 and first in lines[0] and second in lines[1], lines


def test_the_pair_is_of_the_year_asked(engine):
    lines = quotes(engine, "compare e-litigation cases general vs religious courts in 2022")
    assert "30412" in lines[0].replace(",", "") or "30412" in lines[1].replace(",", ""), lines
    assert all("2021" not in line for line in lines[:2]), lines


@pytest.mark.parametrize("question, part", [
    # a year-like count in a cell, the title's "BAKTI" and towers as BTS
    ("how many 4G towers did BAKTI build in Papua in 2022", "1876"),
    # a province's acronym names the row, no column
    ("How many villages got 4G coverage in NTT in 2023?", "248"),
    # a price asked, what one costs told
    ("berapa harga satu terminal safenet", "KRW 1.1 million"),
    # "ppl" are people, whom activations count
    ("how many ppl had activated IKD by end of 2024?", "17.4 million"),
])
def test_rows_and_sentences_answer_the_count_asked(engine, question, part):
    answered_with(engine, question, part)


def test_a_price_asked_is_no_tariff_of_another_thing(engine):
    # one unit's price is told by what one costs; a price of something else by no tariff
    answer = engine.answer("Berapa harga paket internet bulanan untuk pengguna terminal SafeNet?")
    assert not answer.answered or "1.1 million" not in render_text(answer), render_text(answer)


def test_a_country_is_named_by_its_names_only(engine):
    # "Jaenan" (SafeNet's Korean name) is no spelling of Japan
    from bot.engine import gives_name

    assert not gives_name(["Japan"], "SafeNet (Jaenan Anjeon Tongsinmang) is Korea's network")
    assert gives_name(["Japan"], "a Japanese network") and gives_name(["Singapore"], "Pemerintah Singapura")
    answer = engine.answer("how many base stations does japan's public safety LTE have")
    assert not answer.answered, render_text(answer)


def test_a_national_table_row_is_no_figure_of_a_province(engine):
    # "17.4 million" under "IKD activations" is a count, of the nation: no figure of Jawa Timur
    judged(engine, "Aktivasi IKD di Provinsi Jawa Timur mencapai 2,1 juta pada akhir 2024.", "not_found")
    judged(engine, "IKD activations reached 17.4 million by the end of 2024", "supported", "17.4 million")


ESAMSAT = """# e-Samsat: Paying Motor Vehicle Tax Online in Indonesia

## What it is

e-Samsat lets owners pay the annual motor vehicle tax without visiting a Samsat office, through a bank's ATM or mobile banking, a marketplace, or the national SIGNAL app.

## History

- **2015**: e-Samsat was piloted in West Java with Bank BJB on 28 October 2015.
- **2016**: DKI Jakarta, Central Java and East Java joined with their regional banks.
- **2021**: the SIGNAL app was launched.

## Legal basis

1. Presidential Regulation (Perpres) No. 5 of 2015 on the Implementation of Samsat.
2. Police Regulation (Perpol) No. 7 of 2021 on Motor Vehicle Registration and Identification.

## Problems

1. Owners whose name differs from their NIK record cannot pay online.
2. Tax arrears older than one year cannot be paid online in 11 provinces.
3. Mobile connectivity is weak in parts of Papua and Maluku.
"""

REVIEW = """# World Bank review of village finance systems

The review covered 1,200 villages in six provinces. The World Bank made four recommendations to the government:

1. Publish every village's budget on a national open-data portal by 2026.
2. Link the village finance system with the national e-procurement system.
3. Train 20,000 village treasurers in digital bookkeeping over three years.
4. Add a citizen complaints module.

The review was published in March 2024.
"""


@pytest.fixture(scope="module")
def lists(embedder, tmp_path_factory):
    files = {"esamsat-overview.md": (ESAMSAT, "e-Samsat: Paying Motor Vehicle Tax Online in Indonesia", "en", "2025-02-01"),
             "village-finance-review.md": (REVIEW, "World Bank review of village finance systems", "en", "2024-03-15")}
    return engine_over(tmp_path_factory.mktemp("lists"), files, embedder)


@pytest.mark.parametrize("question, part", [
    # a heading right above a list leads it: not the History list under the prose before it
    ("What are the main problems with e-samsat?", "1. Owners whose name differs"),
    # a list's heading in the other language ("dasar hukum": "Legal basis")
    ("Apa dasar hukum e-Samsat?", "Perpres"),
    # recommendations asked: the list under its intro, not the intro alone
    ("what does the world bank recommend the government do", "1. Publish every village"),
])
def test_a_list_asked_is_quoted_whole(lists, question, part):
    answer = lists.answer(question)
    text = render_text(answer)
    assert answer.answered and part in text.split("— ")[0], text


EVALUATION = """# SPBE Evaluation Report 2023

The 2023 evaluation covered 620 central and regional agencies. The biggest problem is the lack of interoperability between applications. The report makes six recommendations.

The evaluators noted three strengths:

- strong leadership commitment in 48 agencies;
- wider use of the national data centre;
- more services online.

## Recommendations

1. Merge duplicate applications into national shared applications.
2. Use the SPBE architecture as the basis of every ICT budget request.
3. Publish every agency's application inventory.

Minister Abdullah Azwar Anas recommended that agencies stop building new apps and use the national super-app instead.
"""

VILLAGES = """# Kajian Layanan Digital Desa 2024

Kajian ini menilai layanan administrasi desa secara daring di 120 desa. Kendala terbesar adalah sinyal internet yang tidak stabil di 43 desa.

## Kendala

- Sinyal internet tidak stabil di desa pegunungan.
- Perangkat desa belum terlatih mengoperasikan aplikasi.
- Anggaran pemeliharaan belum tersedia.
"""

GOV24 = """# Government24

## Services offered

- Issuing certificates such as resident registration copies
- Applying for welfare benefits
- Reporting a move of address
"""


@pytest.fixture(scope="module")
def reports(embedder, tmp_path_factory):
    files = {"spbe-evaluation-2023.md": (EVALUATION, "SPBE Evaluation Report 2023", "en", "2024-02-01"),
             "kajian-desa-digital.md": (VILLAGES, "Kajian Layanan Digital Desa 2024", "id", "2024-06-01"),
             "government24.md": (GOV24, "Government24", "en", "2024-01-01")}
    return engine_over(tmp_path_factory.mktemp("reports_lists"), files, embedder)


@pytest.mark.parametrize("question, part, absent", [
    # an intro ending in a colon leads its list alone, not the prose above it that names
    # the report's recommendations
    ("What does the SPBE evaluation report recommend?", "1. Merge duplicate", "three strengths"),
    # a minister's recommendation is his sentence, not the report's list
    ("What did Minister Azwar Anas recommend?", "stop building new apps", "Merge duplicate"),
    # the biggest obstacle is one thing: its sentence
    ("Apa kendala terbesar layanan digital desa?", "43 desa", "Anggaran pemeliharaan"),
    # the obstacles asked, in the other language; "services" names no list asked
    ("What are the obstacles to village digital services?", "Sinyal internet", "welfare benefits"),
])
def test_the_list_asked_or_the_one_thing(reports, question, part, absent):
    answer = reports.answer(question)
    text = render_text(answer).split("— ")[0]
    assert answer.answered and part in text and absent not in text, text


ESAMSAT_CSV = """Provinsi,Tahun,Jumlah Transaksi,Penerimaan PKB (Rp)
DKI Jakarta,2022,1198095,842260785000
DKI Jakarta,2023,2482662,1156920492000
DKI Jakarta,2024,1751704,1520479072000
Jawa Barat,2022,2733024,1754601408000
Jawa Barat,2023,2824461,1968649317000
Jawa Barat,2024,474847,337141370000
Jawa Tengah,2022,255230,220773950000
Jawa Tengah,2023,2168103,1153430796000
Jawa Tengah,2024,2510158,1302772002000
Jawa Timur,2022,1004233,770246711000
Jawa Timur,2023,2172428,1468561328000
Jawa Timur,2024,2505320,1610920760000
Bali,2022,1865703,1356366081000
Bali,2023,831731,430836658000
Bali,2024,2862798,1365554646000
Banten,2022,2394381,1434234219000
Banten,2023,263530,195802790000
Banten,2024,468567,225380727000
Sumatera Utara,2022,2679251,1127964671000
Sumatera Utara,2023,1463608,1169422792000
Sumatera Utara,2024,330072,270989112000
Sulawesi Selatan,2022,1330078,853910076000
Sulawesi Selatan,2023,2694560,2069422080000
Sulawesi Selatan,2024,1825748,1396697220000
Kalimantan Timur,2022,1990694,1198397788000
Kalimantan Timur,2023,2619734,1642573218000
Kalimantan Timur,2024,762662,647500038000
DI Yogyakarta,2022,1733100,778161900000
DI Yogyakarta,2023,350519,164393411000
DI Yogyakarta,2024,2275691,1162878101000
"""

ESAMSAT_PAGE = """# e-Samsat: Paying Motor Vehicle Tax Online

As of December 2024, e-Samsat is connected to 27 banks and 9 apps and marketplaces. In the provinces covered by the attached workbook, e-Samsat transactions rose sharply between 2022 and 2024.
"""

BTS_BUILT = """Tahun,Jumlah BTS 4G Terbangun,Desa Terlayani
2021,1204,1143
2022,2019,1876
2023,3144,2990
"""


@pytest.fixture(scope="module")
def yearly(embedder, tmp_path_factory):
    files = {"esamsat_per_provinsi.csv": (ESAMSAT_CSV, "Transaksi e-Samsat per Provinsi, 2022-2024", "id", "2025-01-15"),
             "esamsat-overview.md": (ESAMSAT_PAGE, "e-Samsat: Paying Motor Vehicle Tax Online", "en", "2025-02-01"),
             "bts_bakti_nasional.csv": (BTS_BUILT, "BTS 4G BAKTI terbangun per tahun", "id", "2024-02-01")}
    return engine_over(tmp_path_factory.mktemp("yearly_rows"), files, embedder)


def test_the_row_of_the_year_asked_of_the_thing_named(yearly):
    # the search had found Jawa Tengah's row of another year only
    lines = quotes(yearly, "Jawa Tengah e-samsat transactions 2022?")
    assert "Jawa Tengah" in lines[0] and "2022" in lines[0] and "255230" in lines[0].replace(".", ""), lines


def test_a_year_like_count_under_a_count_header(yearly):
    # "Jumlah BTS 4G Terbangun: 2019" in the row of 2022 counts BTS, it is no year
    judged(yearly, "BAKTI membangun 2.500 BTS 4G pada 2022", "contradicted", "2019")
    judged(yearly, "BAKTI membangun 2.019 BTS 4G pada 2022", "supported", "2019")
