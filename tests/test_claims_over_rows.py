"""Claims checked against a table's rows: a claimed peak year, and one place's figure.

A blind probe of stop 45 found "LaporCepat registered users peaked in 2022" supported by
the 2022 row alone (a claimed peak was checked as a figure of the year: any sentence
writing 2022 would do), and one of stop 44 found "Transaksi KioskDesa di Pesisir Timur
mencapai 402 ribu pada 2024", another province's figure, "not in my sources" instead of
contradicted: "402 ribu" of transactions was read as money in no currency, and the
other province's row of the same value stood beside the province's own. The fact-checker
now reads a claimed peak from the thing's rows over the years
(bot.factcheck._peak_verdict, bot.engine.Engine.extreme_row), or else from a sentence
stating a peak (bot.factcheck._peak_unstated), matches a scaled number in
no currency as a count of the noun the claim writes before it (bot.factcheck._direct),
and keeps to the rows the claim names whole, or the country's row for a claim naming no
province (bot.factcheck._named_rows_only). The documents are invented for the test.
"""

from __future__ import annotations

import pytest

from bot.factcheck import check_claim
from bot.render import render_verdict_text
from tests.corpus_helpers import engine_over

# (a column named "Peak ...": "peaked" is then a word of a column's name, and "peak
# concurrent users reached 140 thousand" claims no peak over the years; a fresh-eyes
# review of stop 46)
SERVICES = """Year,Service,Registered users (million),Transactions (million),Peak concurrent users (thousand)
2019,TandaDiri,2.1,14,60
2020,TandaDiri,3.4,22,90
2021,TandaDiri,4.9,31,120
2022,TandaDiri,6.2,40,150
2023,TandaDiri,7.0,38,140
2019,PajakMudah,0.8,5,20
2020,PajakMudah,1.3,9,30
2021,PajakMudah,2.2,15,41
2022,PajakMudah,2.9,19,55
2023,PajakMudah,2.6,21,52
2021,KlinikKita,1.0,3,8
2022,KlinikKita,1.8,6,12
2023,KlinikKita,3.3,11,21
"""

# prose ranked above the rows for a claim about TandaDiri's users
PRESS = """Press release, 15 January 2024: TandaDiri passes 7 million users

The Ministry announced today that TandaDiri, the national digital identity service, had 7.0 million registered users at the end of 2023. TandaDiri is now accepted by 65 agencies, up from 40 in 2021.
"""

# a report writing 2022 beside another figure of PajakMudah
REPORT = """# Laporan Layanan Pajak Daerah 2022

PajakMudah diluncurkan pada 2019 untuk pembayaran pajak kendaraan dan pajak bumi. Saat peluncuran, layanan ini melayani 12 kabupaten.

Pada akhir 2022, PajakMudah melayani 48 kabupaten dan mencatat 19 juta transaksi. Waktu pembayaran rata-rata turun dari 3 hari menjadi 15 menit.
"""

# prose stating a peak, of a figure no table gives
CLINIC = """# KlinikKita 2023

Kunjungan daring KlinikKita mencapai puncaknya pada 2021, saat pandemi, lalu menurun.
"""

# (another service's rows beside: its 455 in Pesisir Timur is no figure of AnjunganDesa)
KIOSKS = """Tahun,Layanan,Provinsi,Jumlah transaksi (ribu)
2023,AnjunganDesa,Lembah Hijau,402
2023,AnjunganDesa,Pesisir Timur,334
2024,AnjunganDesa,Lembah Hijau,455
2024,AnjunganDesa,Pesisir Timur,390
2024,AnjunganDesa,Nasional,845
2024,LoketPintar,Pesisir Timur,455
2024,LoketPintar,Lembah Hijau,150
"""

# a regency named Puncak (Papua): no peak
PUNCAK = """Tahun,Kabupaten,Pengguna SehatKu (ribu)
2022,Puncak,11
2023,Puncak,18
2024,Puncak,15
2022,Jayawijaya,30
2023,Jayawijaya,34
2024,Jayawijaya,41
"""

FILES = {
    "digital-services-2019-2023.en.csv": (SERVICES, "Digital services dataset 2019-2023", "en", "2024-02-01"),
    "tandadiri-press-2024.en.txt": (PRESS, "TandaDiri passes 7 million users", "en", "2024-01-15"),
    "laporan-pajak-daerah-2022.id.md": (REPORT, "Laporan Layanan Pajak Daerah 2022", "id", "2023-02-01"),
    "klinikkita-2023.id.md": (CLINIC, "KlinikKita 2023", "id", "2024-01-20"),
    "transaksi-anjungandesa.id.csv": (KIOSKS, "Transaksi AnjunganDesa dan LoketPintar per provinsi", "id", "2025-01-10"),
    "sehatku-papua.id.csv": (PUNCAK, "Pengguna SehatKu per kabupaten di Papua", "id", "2025-01-15"),
}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("claims_over_rows"), FILES, embedder)


@pytest.mark.parametrize("claim, verdict, peak_year", [
    # the 2022 row is the highest of PajakMudah's users (2.9 > 2023's 2.6)
    ("PajakMudah registered users peaked in 2022", "supported", "2022"),
    ("Pengguna terdaftar PajakMudah mencapai puncaknya pada 2022", "supported", "2022"),
    # ... not of its transactions (2023's 21 > 19)
    ("PajakMudah transactions peaked in 2022", "contradicted", "2023"),
    ("Transaksi PajakMudah mencapai titik tertinggi pada 2023", "supported", "2023"),
    # the press release's prose ranks above the rows
    ("TandaDiri registered users peaked in 2022", "contradicted", "2023"),
    ("TandaDiri registered users reached an all-time high in 2023", "supported", "2023"),
    ("KlinikKita registered users were at their lowest in 2021", "supported", "2021"),
    ("KlinikKita registered users were at their lowest in 2022", "contradicted", "2021"),
    # a figure right for its year does not make a wrong peak right
    ("TandaDiri peaked at 6.2 million registered users in 2022", "contradicted", "2023"),
])
def test_a_claimed_peak_is_read_from_the_rows_over_the_years(engine, claim, verdict, peak_year):
    v = check_claim(engine, claim)
    text = render_verdict_text(v)
    assert v.verdict == verdict, text
    # the extreme row is quoted, and named in the explanation
    assert any(f"Year: {peak_year};" in c.quote for c in v.citations), text
    assert peak_year in v.explanation, text
    if verdict == "contradicted":  # the claimed year's row beside it
        claimed = claim.rsplit(" ", 1)[1]
        assert any(f"Year: {claimed};" in c.quote for c in v.citations), text
        assert [m.source.surface for m in v.matches if m.claim.kind == "year"] == [peak_year], text


def test_a_peak_with_its_right_figure_is_checked_as_usual(engine):
    v = check_claim(engine, "TandaDiri peaked at 7.0 million registered users in 2023")
    assert v.verdict == "supported", render_verdict_text(v)
    assert any(m.claim.kind != "year" and m.ok for m in v.matches)


@pytest.mark.parametrize("claim, verdict", [
    # no table of the districts served: a sentence writing 2022 states no peak
    ("Jumlah kabupaten yang dilayani PajakMudah mencapai puncaknya pada 2022", "not_found"),
    # a sentence stating the peak does
    ("Kunjungan daring KlinikKita mencapai puncaknya pada 2021", "supported"),
])
def test_a_claimed_peak_without_rows_needs_a_source_stating_it(engine, claim, verdict):
    v = check_claim(engine, claim)
    assert v.verdict == verdict, render_verdict_text(v)


@pytest.mark.parametrize("claim, verdict, says", [
    # one province's figure claimed for the other: its own row contradicts it
    ("Transaksi AnjunganDesa di Pesisir Timur mencapai 455 ribu pada 2024", "contradicted", "390"),
    ("AnjunganDesa transactions in Pesisir Timur reached 455 thousand in 2024", "contradicted", "390"),
    ("Transaksi AnjunganDesa di Lembah Hijau mencapai 334 ribu pada 2023", "contradicted", "402"),
    # its own figure
    ("Transaksi AnjunganDesa di Pesisir Timur mencapai 390 ribu pada 2024", "supported", "390"),
    # no province: the country's row decides, not a province's of the same value
    ("Transaksi AnjunganDesa mencapai 845 ribu pada 2024", "supported", "845"),
    ("Transaksi AnjunganDesa mencapai 455 ribu pada 2024", "contradicted", "845"),
])
def test_a_place_figure_is_checked_against_the_place_row(engine, claim, verdict, says):
    v = check_claim(engine, claim)
    text = render_verdict_text(v)
    assert v.verdict == verdict, text
    assert v.citations and f"Jumlah transaksi (ribu): {says}" in v.citations[0].quote, text


@pytest.mark.parametrize("claim, verdict", [
    # "Puncak" the regency claims no peak: its 2024 figure is right
    ("Pengguna SehatKu di Puncak mencapai 15 ribu pada 2024", "supported"),
    ("SehatKu users in Puncak reached 15 thousand in 2024", "supported"),
    # a column's "peak": the figure of the year is checked
    ("TandaDiri peak concurrent users reached 140 thousand in 2023", "supported"),
    # a peak in a year the rows do not reach: not contradicted by them
    ("TandaDiri registered users peaked in 2024", "not_found"),
])
def test_no_peak_claimed_or_no_row_of_the_year(engine, claim, verdict):
    v = check_claim(engine, claim)
    assert v.verdict == verdict, render_verdict_text(v)


@pytest.mark.parametrize("claim", [
    # LoketPintar's row of Pesisir Timur says 455: no figure of AnjunganDesa
    "Transaksi AnjunganDesa di Pesisir Timur mencapai 455 ribu pada 2024",
    # one province's 402, no province claimed and no national row for 2023
    "Transaksi AnjunganDesa mencapai 402 ribu pada 2023",
])
def test_no_other_row_supports_a_claim(engine, claim):
    v = check_claim(engine, claim)
    assert v.verdict != "supported", render_verdict_text(v)
