"""One figure claimed for several years, a nation's figure in another country's article,
durations across units, rows dated by the event they record, relative clauses about
another named body, notes naming the figure they replace, plans named by their years,
columns named by the claim's verb, and a target claimed as met.

Blind probes of stop 70 found: "Korea ranked 3rd in 2020 and 2024" supported by 2020's
3rd alone (2024 never checked); an Indonesian article's "Secara nasional, sepanjang 2023
layanan 112 menerima 9,4 juta panggilan" shown as Korea's 112 figure because the article
names Korea once; "1.5 hours" not matched with "1 hour 30 minutes"; the row "Country:
Mongolia; Year signed: 2006; ...; Contract value: 4.2" read as undated; DAPA's "KRW 17.2
trillion" (in "..., which reached KRW 17.2 trillion in 2023") taken as KONEPS's; a CSV
note "replaces the provisional KRW 158.9 trillion" read as stating 158.9; "Rencana
Strategis Mahkamah Agung 2020-2024 menargetkan 400.000 perkara e-Filing pada 2024" read
as a total over five years; "Indonesia menerima 365.200 e-Form D" supported by the
"e-Form D dikirim" (sent) column; and "met the government's 2.5-day target" supported by
the target itself beside a result of 2.7 days. An attack on the first version found a
figure after "while" left undated, "in 2019 and again in 2023" read as 2019's only, a
time target judged "met" only by a result equal to it, a count's growth recomputed from
an index's scores or another thing's amounts, English columns "sent by" / "received by"
not told apart, and a DOCX table's "Angka dalam ribuan." unread. The documents are
written for these tests.
"""

from __future__ import annotations

import pytest

from bot.factcheck import _years_listed, claim_figures
from bot.figures import extract_figures
from bot.quotes import rejected_figure, states_period
from tests.corpus_helpers import engine_over, judged

RANKS = (
    "Korea in the UN E-Government Survey\n\n"
    "Korea ranked 1st in the UN E-Government Development Index in 2021 and 2022, and 3rd in 2020. In 2023 Korea "
    "ranked 1st again. In 2024 Korea ranked 4th.\n"
)
BUDGET = (
    "Anggaran Gov24\n\n"
    "Anggaran pengembangan Gov24 pada tahun 2022 sebesar KRW 50 miliar dan pada tahun 2023 sebesar KRW 62 miliar.\n"
)
ID112 = (
    "Layanan darurat 112 di Indonesia\n\n"
    "Kementerian Kominfo mendorong pemerintah daerah mengaktifkan layanan panggilan darurat 112. Korea Selatan sudah "
    "lama memakai nomor 112 untuk polisi dan 119 untuk pemadam kebakaran.\n\n"
    "Secara nasional, sepanjang 2023 layanan 112 menerima 9,4 juta panggilan, sebagian besar panggilan iseng. "
    "Jakarta mencatat 1,2 juta panggilan.\n"
)
KR112 = "Year,Service,Calls (million)\n2022,112,17.6\n2023,112,18.3\n2022,119,11.6\n2023,119,12.2\n"

CUSTOMS = (
    "UNI-PASS: Korea's electronic customs clearance system\n\n"
    "In 1990 clearing an import took several days. By 2005 the average import clearance time had fallen to 9.6 "
    "hours, and in 2018 it was 1 hour 30 minutes.\n"
)
CONTRACTS = (
    "Table 2. UNI-PASS overseas contracts, 2006-2018 (contract value, USD million)\n\n"
    "| Country | Year signed | System | Contract value |\n|---|---|---|---|\n"
    "| Mongolia | 2006 | Customs clearance system | 4.2 |\n"
    "| Ecuador | 2011 | Single window | 23.5 |\n"
)
KONEPS_REPORT = (
    "Public Procurement Service Annual Report 2023\n\n"
    "In 2023, transactions through KONEPS reached KRW 158.9 trillion, an increase of 5.0 percent over the KRW "
    "151.3 trillion recorded in 2022. The figure for 2023 is provisional.\n\n"
    "Excludes defence procurement conducted by the Defense Acquisition Program Administration (DAPA), which "
    "reached KRW 17.2 trillion in 2023.\n"
)
KONEPS_CSV = (
    "Year,Transaction value (KRW trillion),Registered suppliers\n"
    "2022,151.3,522406\n2023,159.6,534812\n"
    "Note: the 2023 transaction value is final and replaces the provisional KRW 158.9 trillion published in the PPS "
    "Annual Report 2023.\n"
)

EFORM = (
    "Partisipasi Indonesia dalam ASEAN Single Window\n\n"
    "Tabel 1. Pertukaran e-Form D Indonesia melalui ASW, 2021-2022 (jumlah dokumen)\n\n"
    "| Tahun | e-Form D dikirim | e-Form D diterima |\n|---|---|---|\n"
    "| 2021 | 331.700 | 276.900 |\n"
    "| 2022 | 365.200 | 298.400 |\n"
)
DWELLING = (
    "Laporan Kinerja Lembaga National Single Window Tahun 2022\n\n"
    "Rata-rata dwelling time peti kemas impor di Pelabuhan Tanjung Priok pada 2022 tercatat 2,7 hari. Pemerintah "
    "menargetkan dwelling time 2,5 hari pada 2022, sehingga target tersebut belum tercapai, meskipun waktu tinggal "
    "barang terus turun sejak 2019.\n"
)
ECOURT = (
    "Laporan Tahunan Implementasi e-Court Tahun 2023\n\n"
    "Sepanjang 2023 tercatat 312.450 perkara e-Filing di seluruh lingkungan peradilan.\n\n"
    "Rencana Strategis Mahkamah Agung 2020-2024 menargetkan 400.000 perkara e-Filing pada 2024.\n"
)


@pytest.fixture(scope="module")
def ranks_engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("ranks"), {
        "ranks.txt": (RANKS, "Korea in the UN rankings", "en", "2024"),
        "anggaran.txt": (BUDGET, "Anggaran Gov24", "id", "2024"),
        "layanan-112.txt": (ID112, "Layanan 112 daerah", "id", "2024"),
        "kr112.csv": (KR112, "Korea National Police Agency and NFA emergency calls", "en", "2024"),
    }, embedder)


@pytest.fixture(scope="module")
def customs_engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("customs"), {
        "unipass.txt": (CUSTOMS, "UNI-PASS Performance Review 2019", "en", "2019-06-28"),
        "contracts.md": (CONTRACTS, "UNI-PASS overseas contracts", "en", "2019"),
        "pps-report.txt": (KONEPS_REPORT, "Public Procurement Service Annual Report 2023", "en", "2024-03-15"),
        "koneps.csv": (KONEPS_CSV, "KONEPS key statistics (final)", "en", "2024-11-20"),
    }, embedder)


@pytest.fixture(scope="module")
def window_engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("window"), {
        "asw.md": (EFORM, "Partisipasi Indonesia dalam ASEAN Single Window", "id", "2023"),
        "lnsw.txt": (DWELLING, "Laporan Kinerja LNSW 2022", "id", "2023"),
        "ecourt.txt": (ECOURT, "Laporan Tahunan Implementasi e-Court Tahun 2023", "id", "2024"),
    }, embedder)


# -- one figure for several years ---------------------------------------------------------


def test_a_year_list_is_read_as_the_years_of_the_one_figure():
    text = "Korea ranked 1st in 2020, 2021 and 2023"
    span, years = _years_listed(text, claim_figures(text, "en"))
    assert years == [2020, 2021, 2023] and text[span[0]:span[1]] == "2020, 2021 and 2023"
    for other in ("Exports grew from USD 9.87 million between 2007 and 2010",
                  "Korea ranked 1st and 3rd in 2020 and 2023 respectively",
                  "Anggaran naik 20 persen antara 2022 dan 2023",
                  "Korea ranked 1st in 2020"):
        assert _years_listed(other, claim_figures(other, "en")) is None, other


def test_one_rank_claimed_for_two_years_is_checked_for_each(ranks_engine):
    judged(ranks_engine, "Korea ranked 3rd in 2020 and 2024", "partly_supported", "For 2020:", "For 2024:", "4th")
    judged(ranks_engine, "Korea ranked 1st in 2020 and 2023", "partly_supported", "3rd", "For 2023:")
    judged(ranks_engine, "Korea ranked 1st in 2021 and 2023", "supported", "For 2021:", "For 2023:")
    judged(ranks_engine, "Korea ranked 2nd in 2020 and 2024", "contradicted", "3rd", "4th")
    # (a year wrong and a year the sources do not give: contradicted)
    judged(ranks_engine, "Korea ranked 2nd in 2019 and 2020", "contradicted", "For 2019:", "3rd")


def test_one_amount_claimed_for_two_years_in_indonesian(ranks_engine):
    judged(ranks_engine, "Anggaran Gov24 sebesar KRW 50 miliar pada 2022 dan 2023", "partly_supported",
           "Untuk 2022:", "Untuk 2023:", "KRW 62 miliar")


# -- a nation's figure ------------------------------------------------------------------------


def test_a_nations_figure_is_the_articles_country_not_one_it_names_in_passing(ranks_engine):
    from bot.factcheck import check_claim
    from bot.render import render_verdict_text

    v = check_claim(ranks_engine, "Korea's 112 received 17.9 million calls in 2023")
    text = render_verdict_text(v)
    assert v.verdict == "contradicted" and "18.3" in text and "9,4 juta" not in text, text


# -- durations, event years, other bodies, replaced figures -----------------------------------


def test_a_duration_is_compared_across_its_units(customs_engine):
    judged(customs_engine, "Korea's average import clearance time was 1.5 hours in 2018", "supported",
           "1 hour 30 minutes")
    judged(customs_engine, "Korea's average import clearance time was 3 hours in 2018", "contradicted",
           "1 hour 30 minutes")
    # (half way to the next whole hour is none of "2 hours": 1 hour 30 minutes is exact to the minute)
    judged(customs_engine, "Korea's average import clearance time was 2 hours in 2018", "contradicted",
           "1 hour 30 minutes")


def test_a_row_is_dated_by_the_year_of_the_event_it_records(customs_engine):
    row = "Table 2 — Country: Mongolia; Year signed: 2006; System: Customs clearance system; Contract value (USD million): 4.2"
    assert [f.year for f in extract_figures(row, "en") if f.kind != "year"] == [2006]
    judged(customs_engine, "Mongolia signed a USD 4.2 million UNI-PASS contract in 2008", "contradicted", "2006")


def test_a_relative_clause_about_another_body_gives_it_no_figure(customs_engine):
    from bot.factcheck import check_claim
    from bot.render import render_verdict_text

    v = check_claim(customs_engine, "KONEPS handled KRW 712.5 trillion in 2023")
    text = render_verdict_text(v)
    assert v.verdict == "contradicted" and "17.2" not in text, text


def test_a_note_naming_the_figure_it_replaces_does_not_state_it(customs_engine):
    note = "Note: the 2023 transaction value is final and replaces the provisional KRW 158.9 trillion published in 2024."
    assert rejected_figure(note, note.index("KRW 158.9"))
    plain = "The system replaces paper tenders and reached KRW 158.9 trillion."
    assert not rejected_figure(plain, plain.index("KRW"))
    forms = "The app replaces 1,200 paper forms."  # (a count of what it replaces, no earlier figure)
    assert not rejected_figure(forms, forms.index("1,200"))
    for note in ("Catatan: angka 2022 menggantikan angka sementara 398,5 ribu.",
                 "The 2022 figures were revised from the provisional figures (951,200 cases; 84.6%).",
                 "This supersedes the preliminary estimate of 84.6%."):
        assert rejected_figure(note, note.index(next(w for w in ("398,5", "84.6%") if w in note))), note
    from bot.factcheck import check_claim

    assert check_claim(customs_engine, "KONEPS transactions reached KRW 158.9 trillion in 2023").verdict != "supported"


# -- plans, columns, targets -------------------------------------------------------------------


def test_a_plans_years_in_its_name_are_no_span_of_the_figure():
    plan = "Rencana Strategis Mahkamah Agung 2020-2024 menargetkan 400.000 perkara e-Filing pada 2024."
    assert not states_period(plan, "400.000", plan_names=True)
    assert states_period(plan, "400.000")  # (the engine's reading: no result of 2024 is answered by it)
    assert states_period("RPJMN 2020-2024 menargetkan anggaran Rp 400 triliun.", "Rp 400 triliun", plan_names=True)
    assert states_period("Between 2019 and 2023 KONEPS handled KRW 712.5 trillion.", "KRW 712.5 trillion", plan_names=True)


def test_a_target_named_after_a_plan_is_the_years_target(window_engine):
    judged(window_engine, "Mahkamah Agung menargetkan 400.000 perkara e-Filing pada 2024", "supported", "400.000")


def test_the_column_whose_verb_the_claim_writes_decides(window_engine):
    judged(window_engine, "Indonesia menerima 365.200 e-Form D pada 2022", "contradicted", "298.400")
    judged(window_engine, "Indonesia menerima 298.400 e-Form D pada 2022", "supported", "298.400")
    judged(window_engine, "Indonesia mengirim 365.200 e-Form D pada 2022", "supported", "365.200")


def test_a_target_claimed_as_met_is_judged_by_the_years_result(window_engine):
    judged(window_engine, "Dwelling time at Tanjung Priok met the government's 2.5-day target in 2022", "contradicted",
           "2,7")


# -- a country's sheet, dated figures, contrasts and counts' growth ---------------------------

GROWTH = (
    "Laporan Tahunan Implementasi e-Court Tahun 2023\n\n"
    "Jumlah advokat terdaftar naik 13,1 persen pada 2023 dibandingkan tahun sebelumnya, sementara jumlah perkara "
    "e-Filing naik 13,6 persen.\n\n"
    "Pada 2023, 78,4% gugatan perdata di lingkungan peradilan umum didaftarkan secara elektronik, naik 9,1 poin "
    "persen dari 69,3% pada 2022.\n"
)
RELEASE = (
    "KONEPS catat transaksi hampir KRW 160 triliun\n\n"
    "Sistem pengadaan elektronik Korea, KONEPS, mencatat nilai transaksi KRW 158,9 triliun pada 2023 (angka "
    "sementara), naik dari KRW 151,3 triliun pada tahun sebelumnya.\n"
)


def _budgets(path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Korea"
    for row in (["Korea: electronic litigation budget, planned and realised (KRW billion)"],
                ["Year", "Planned", "Realised", "Realisation rate (%)"],
                [2022, 128.0, 124.7, 97.4], [2023, 135.0, 127.6, 94.5]):
        ws.append(row)
    ws = wb.create_sheet("Indonesia")
    for row in (["Indonesia: anggaran modernisasi peradilan elektronik (Rp miliar)"],
                ["Tahun", "Pagu", "Realisasi", "Realisasi (%)"],
                [2022, 110.5, 104.1, 94.2], [2023, 126.8, 121.9, 96.1]):
        ws.append(row)
    wb.save(path)


@pytest.fixture(scope="module")
def sheets_engine(embedder, tmp_path_factory):
    root = tmp_path_factory.mktemp("sheets")
    (root / "corpus").mkdir()
    _budgets(root / "corpus" / "court-budgets.xlsx")
    extra = ('["court-budgets.xlsx"]\ntitle = "Court digitalisation budgets, Korea and Indonesia, 2020-2023"\n'
             'kind = "dataset"\nlanguage = "en"\ndate = "2024"\n')
    return engine_over(root, {
        "ecourt-2023.txt": (GROWTH, "Laporan Tahunan Implementasi e-Court Tahun 2023", "id", "2024"),
        "koneps-rilis.txt": (RELEASE, "KONEPS catat transaksi hampir KRW 160 triliun", "id", "2024"),
    }, embedder, manifest_extra=extra)


def test_a_row_under_another_countrys_sheet_is_not_the_claims(sheets_engine):
    from bot.factcheck import check_claim
    from bot.render import render_verdict_text

    v = check_claim(sheets_engine, "Korea's electronic litigation budget realisation rate was 96.1% in 2023")
    text = render_verdict_text(v)
    assert v.verdict == "contradicted" and "94.5" in text and "Indonesia: anggaran" not in text, text
    v = check_claim(sheets_engine, "Realisasi anggaran peradilan elektronik Korea tahun 2022 mencapai 94,2 persen")
    assert v.verdict != "supported", render_verdict_text(v)


def test_a_comparisons_year_does_not_date_the_clause_after_a_contrast():
    text = ("Jumlah advokat terdaftar naik 13,1 persen pada 2023 dibandingkan tahun sebelumnya, sementara jumlah "
            "perkara e-Filing naik 13,6 persen.")
    assert [f.year for f in extract_figures(text, "id") if f.kind == "percent"] == [2023, 2023]


def test_a_counts_growth_is_not_recomputed_from_shares(sheets_engine):
    judged(sheets_engine, "Jumlah advokat terdaftar di e-Court naik 13,1 persen pada 2023", "supported", "13,1 persen")
    judged(sheets_engine, "Jumlah perkara e-Filing naik 9,1 persen pada 2023", "contradicted", "13,6 persen")
    judged(sheets_engine, "In 2023 the share of civil lawsuits e-filed in Indonesia's general courts rose by 9.1 "
           "percentage points to 78.4%", "supported", "9,1 poin persen")


def test_an_undated_headline_gives_way_to_the_years_dated_figure(sheets_engine):
    judged(sheets_engine, "Nilai transaksi KONEPS pada 2023 mencapai KRW 160 triliun", "contradicted", "KRW 158,9 triliun")


def test_a_change_bases_year_does_not_date_a_figure_after_it():
    text = ("In 2021 the average import clearance time was 1 hour 12 minutes, down from 1 hour 30 minutes in 2018, and "
            "97.9% of import declarations were filed paperless.")
    assert [f.year for f in extract_figures(text, "en") if f.kind == "percent"] == [2021]


# -- the attack on this stop's first version ------------------------------------------------

ATTACKED = (
    "Digital Government in East Asia 2023\n\n"
    "Korea ranked 1st in the OECD Digital Government Index in 2019 and again in 2023.\n\n"
    "The mobile ID programme received KRW 31.7 billion in 2022 and again in 2023. The budget for the Government24 "
    "app was KRW 48.5 billion in 2022 and KRW 52.0 billion in 2023.\n\n"
    "The number of suppliers registered on KONEPS rose 6.2 percent in 2023 compared with the previous year, while "
    "the number of public institutions using the system rose 3.4 percent.\n\n"
    "Mobile ID issuance rose 41 percent in 2023, while in 2022 it had risen 25 percent.\n\n"
    "Passports: the government set a target of issuing a passport within 2.5 days. The average was 2.1 days in 2022 "
    "and 2.8 days in 2023, when demand for travel surged after the pandemic.\n"
)
SCORES = (
    "Transformasi Digital Pemerintah Indonesia 2023\n\n"
    "Indeks SPBE nasional naik dari 2,34 pada 2022 menjadi 2,79 pada 2023.\n\n"
    "Jumlah pengguna portal INAproc naik 13,1 persen pada 2023 dibandingkan tahun sebelumnya, sementara jumlah "
    "penyedia terdaftar di e-katalog naik 13,6 persen.\n"
)
ECO = (
    "Electronic certificates of origin exchanged by Korea, by partner\n\n"
    "| Partner | Year | e-COs sent by Korea | e-COs received by Korea |\n|---|---|---|---|\n"
    "| Viet Nam | 2023 | 131900 | 125400 |\n| Indonesia | 2023 | 88200 | 91700 |\n"
)


ASW = (
    "ASEAN Single Window: Progress Report 2023\n\n"
    "Table 1. ATIGA e-Form D exchanged through the ASW, 2018-2022. Figures in thousands of documents.\n\n"
    "| Year | Member States live | e-Form D exchanged |\n|---|---|---|\n"
    "| 2019 | 9 | 687.5 |\n| 2020 | 10 | 1,028.3 |\n| 2021 | 10 | 1,310.9 |\n\n"
    "Exchanges passed one million for the first time in 2020, when all ten Member States were live.\n"
)


def _eform_docx(path):
    import docx

    d = docx.Document()
    d.add_paragraph("Pemanfaatan e-Form D Indonesia melalui ASEAN Single Window 2020-2023")
    d.add_paragraph("Tabel 1. e-Form D dikirim dan diterima Indonesia melalui ASW, 2020-2023. Angka dalam ribuan.")
    t = d.add_table(rows=1, cols=3)
    for cell, text in zip(t.rows[0].cells, ("Tahun", "e-Form D dikirim", "e-Form D diterima")):
        cell.text = text
    for row in (("2021", "356,8", "333,5"), ("2022", "412,3", "389,0")):
        for cell, text in zip(t.add_row().cells, row):
            cell.text = text
    d.save(path)


@pytest.fixture(scope="module")
def attacked_engine(embedder, tmp_path_factory):
    root = tmp_path_factory.mktemp("attacked")
    (root / "corpus").mkdir()
    _eform_docx(root / "corpus" / "eform.docx")
    extra = ('["eform.docx"]\ntitle = "Pemanfaatan e-Form D Indonesia melalui ASEAN Single Window 2020-2023"\n'
             'kind = "report"\nlanguage = "id"\ndate = "2024-02-01"\n')
    return engine_over(root, {
        "east-asia.txt": (ATTACKED, "Digital Government in East Asia 2023", "en", "2023-12-01"),
        "transformasi.txt": (SCORES, "Transformasi Digital Pemerintah Indonesia 2023", "id", "2024-01-10"),
        "eco.md": (ECO, "Electronic certificates of origin exchanged by Korea, by partner", "en", "2024"),
        "asw.md": (ASW, "ASEAN Single Window: Progress Report 2023", "en", "2023-05-20"),
    }, embedder, manifest_extra=extra)


def test_a_figure_again_in_a_later_year_holds_for_both(attacked_engine):
    judged(attacked_engine, "Korea ranked 1st in the OECD Digital Government Index in 2019 and 2023", "supported")
    judged(attacked_engine, "The mobile ID programme's budget was KRW 31.7 billion in 2022 and 2023", "supported")


def test_a_figure_after_a_contrast_keeps_the_main_clauses_year(attacked_engine):
    judged(attacked_engine, "The number of public institutions using KONEPS rose 3.4% in 2023", "supported")
    judged(attacked_engine, "The number of public institutions using KONEPS rose 3.4% in 2022", "contradicted", "2023")
    judged(attacked_engine, "Korea's mobile ID issuance rose 25% in 2022", "supported", "25 percent")


def test_a_time_target_is_met_by_a_result_under_it(attacked_engine):
    judged(attacked_engine, "Korea met its 2.5-day passport issuance target in 2022", "supported", "2.1 days")
    judged(attacked_engine, "Korea met its 2.5-day passport issuance target in 2023", "contradicted", "2.8 days")


def test_a_counts_growth_is_not_recomputed_from_an_index(attacked_engine):
    judged(attacked_engine, "Jumlah penyedia terdaftar di e-katalog naik 13,6 persen pada 2023", "supported", "13,6 persen")
    judged(attacked_engine, "Jumlah pengguna portal INAproc naik 13,6 persen pada 2023", "contradicted", "13,1 persen")


def test_english_columns_told_apart_by_their_verb(attacked_engine):
    judged(attacked_engine, "Korea sent 125,400 electronic certificates of origin to Viet Nam in 2023", "contradicted",
           "131,900")


def test_a_docx_tables_units_note_scales_its_cells(attacked_engine):
    judged(attacked_engine, "Indonesia mengirim 412,3 ribu e-Form D melalui ASW pada 2022", "supported", "412,3 ribu")
    judged(attacked_engine, "Indonesia menerima 412,3 ribu e-Form D melalui ASW pada 2022", "contradicted", "389,0 ribu")


def test_a_units_note_under_a_caption_names_the_rows(tmp_path):
    from index.readers import read_docx

    _eform_docx(tmp_path / "eform.docx")
    rows = [b.text for b in read_docx(tmp_path / "eform.docx").blocks if b.kind == "row"]
    assert rows and all(r.startswith("Tabel 1. e-Form D dikirim dan diterima Indonesia melalui ASW, 2020-2023. Angka "
                                      "dalam ribuan. — ") for r in rows), rows


def test_a_captions_scale_sentence_scales_the_column_it_names(attacked_engine):
    row = ("Table 1. ATIGA e-Form D exchanged through the ASW, 2018-2022. Figures in thousands of documents. — "
           "Year: 2021; Member States live: 10; e-Form D exchanged: 1,310.9")
    assert [(f.surface, f.value) for f in extract_figures(row, "en") if f.kind == "count"] == [
        ("10", 10.0), ("1,310.9", 1310900.0)]
    # ("passed" a figure is above it: 687.5 thousand is no million)
    judged(attacked_engine, "e-Form D exchanges through the ASW passed one million for the first time in 2019",
           "contradicted")
