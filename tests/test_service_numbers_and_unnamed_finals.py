"""A service's telephone number in a claim, a final count named by no noun, a table
row under a long lead, and an amount asked per person.

Blind probes of stop 69 found: "Korea's 119 centres received 11.9 million calls in 2023"
judged as claiming 119 centres ("the source says 119 situation rooms", read from "18
integrated 119 situation rooms"), and supported by "Preliminary figures ... put the
number of calls in 2023 at 11.9 million" though the next sentence gives "The final
count, published in March 2024 ..., is 12,184,000"; "The 119 service ranked 1st ..."
read as a count of services; a workbook's rows under "<title> / <sheet> / <caption>"
longer than 200 characters read as prose, so "Korea recorded 118.7 million COVID-19
vaccine doses in 2021" found no figure; and "What is the monthly unemployment benefit
amount per person in Korea?" answered with the year's total; "Realisasi PBB-P2 tahun
2023 mencapai Rp 28,9 triliun" supported though a later note calls "angka realisasi
PBB-P2 2023 di atas" provisional and gives the audited Rp 29,3 triliun ("atau 96,1% dari
target", then read as a target), and a table's "PBB-P2 total: 28,9*" under "(Rp triliun)"
read as a bare number (its footnote "*Angka sementara ..." unread). Counts of calls and inquiries are compared across the
two languages ("panggilan", "pertanyaan"). The documents are written for these tests.
"""

from __future__ import annotations

import pytest

from bot.factcheck import service_numbers
from bot.figures import extract_figures
from bot.quotes import is_row
from tests.corpus_helpers import answered_with, engine_over, judged

BRIEF = (
    "Korea's 119 Emergency Dispatch\n\n"
    "Korea's single emergency number 119 connects callers to 18 integrated 119 situation rooms run by the "
    "provincial fire headquarters.\n\n"
    "In 2022 the situation rooms received 11,620,000 calls. Preliminary figures released on 10 January 2024 put "
    "the number of calls in 2023 at 11.9 million. The final count, published in March 2024 after calls logged by "
    "the regional back-up centres were added, is 12,184,000.\n\n"
    "The 119 emergency service ranked 1st among 45 public services in the Public Service Satisfaction Index in "
    "2021, 2022 and 2023, and 3rd in 2020.\n\n"

    "The NFA fined 37 repeat prank callers in 2023, for a total of KRW 74 million.\n\n"
    "Correction (April 2024): an earlier version of this brief gave the average ambulance arrival time in 2022 as "
    "6 minutes 58 seconds; the correct figure is 7 minutes 58 seconds.\n"
)

LONG_LEAD = ("Korea National Immunization Registry and COVID-19 Vaccination Certificates 2019-2023 / Doses / Table 1. "
             "Vaccine doses recorded in the Immunization Registry Information System, 2019-2023 (million doses)")

DOSES = "\n".join(
    f"{LONG_LEAD} — Year: {y}; Childhood NIP doses (million): {a}; COVID-19 doses (million): {b}"
    for y, a, b in ((2021, "20.1", "118.7"), (2022, "19.6", "24.3"))) + "\n"

BENEFITS = (
    "Work24 online employment service\n\n"
    "Korea's unemployment benefits paid in 2023 totalled about KRW 11.4 trillion, claimed online by 1.36 million job "
    "seekers.\n"
)

PRAKERJA = (
    "Kartu Prakerja\n\n"
    "Skema normal 2023: insentif pasca pelatihan Rp 600.000 dibayarkan satu kali, sehingga total bantuan Rp "
    "4.200.000 per peserta.\n"
)

PBB = (
    "Laporan Kinerja Pajak Daerah 2023\n\n"
    "Realisasi penerimaan PBB-P2 tahun 2023 sebesar Rp 28,9 triliun atau 94,8% dari target Rp 30,5 triliun. Dari "
    "realisasi tersebut, Rp 13,5 triliun dibayar secara online.\n\n"
    "Tabel 2. Penerimaan BPHTB dan PBB-P2 (Rp triliun), 2022-2023\n\n"
    "| Tahun | BPHTB total | PBB-P2 total |\n|---|---:|---:|\n| 2022 | 15,1 | 27,2 |\n| 2023 | 16,8 | 28,9* |\n\n"
    "*Angka sementara per 31 Januari 2024.\n\n"
    "Jumlah daerah yang menerapkan PBB-P2 online pada 2023 sebanyak 371 kabupaten/kota.\n\n"
    "Catatan pemutakhiran: angka realisasi PBB-P2 2023 di atas adalah angka sementara per 31 Januari 2024. "
    "Berdasarkan laporan keuangan pemerintah daerah yang telah diaudit, realisasi final PBB-P2 tahun 2023 adalah "
    "Rp 29,3 triliun atau 96,1% dari target.\n"
)

SEOUL = (
    "Seoul's Digital Citizen Services: 2024 in Figures\n\n"
    "The 120 Dasan Call Center handled 8.14 million inquiries in 2024, down from 8.96 million in 2023, as more "
    "residents turned to the Seoul Talk chatbot for simple questions such as parking fines.\n"
)

NUMBERS = (
    "Japan's emergency numbers in 2023\n\n"
    "Callers in Japan reach the police on the emergency number 110 and the fire services on 119. In 2023, 119 "
    "centres received 7.6 million calls while 110 centres received 9.2 million.\n"
)


def _doses_workbook(path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    about = wb.active
    about.title = "About"
    about.append(["Korea National Immunization Registry and COVID-19 Vaccination Certificates 2019-2023"])
    about.append(["Source: Korea Disease Control and Prevention Agency (KDCA)."])
    ws = wb.create_sheet("Doses")
    ws.append(["Table 1. Vaccine doses recorded in the Immunization Registry Information System by vaccine, 2019-2023 "
               "(million doses)"])
    ws.append(["Year", "Childhood NIP doses (million)", "COVID-19 doses (million)"])
    for row in ((2021, 20.1, 118.7), (2022, 19.6, 24.3)):
        ws.append(list(row))
    wb.save(path)


@pytest.fixture(scope="module")
def corpus(embedder, tmp_path_factory):
    root = tmp_path_factory.mktemp("service_numbers")
    (root / "corpus").mkdir()
    _doses_workbook(root / "corpus" / "korea-national-immunization-registry-and-covid19-vaccination-certificates-2019-2023.xlsx")
    extra = ('["korea-national-immunization-registry-and-covid19-vaccination-certificates-2019-2023.xlsx"]\ntitle = "Korea National Immunization Registry and COVID-19 Vaccination '
             'Certificates: Statistics 2019-2023"\nkind = "dataset"\nlanguage = "en"\ndate = "2024-03-01"\n')
    files = {
        "korea-119-brief.md": (BRIEF, "Korea's 119 Emergency Dispatch (Policy Brief 2024-07)", "en", "2024-05-01"),
        "work24-benefits.md": (BENEFITS, "Work24: benefits in brief", "en", "2024-06-01"),
        "seoul-citizen-services-2024.md": (SEOUL, "Seoul's Digital Citizen Services: 2024 in Figures", "en",
                                           "2025-02-01"),
        "japan-emergency-numbers-2023.md": (NUMBERS, "Japan's emergency numbers in 2023", "en", "2024-02-01"),
        "pajak-daerah-2023.md": (PBB, "Laporan Kinerja Pajak Daerah 2023", "id", "2024-04-30"),
        "prakerja-2023.md": (PRAKERJA, "Kartu Prakerja: skema 2023", "id", "2024-01-15"),
    }
    return engine_over(root, files, embedder, manifest_extra=extra)


def test_a_services_number_is_read_as_such():
    assert service_numbers(["Korea's single emergency number 119 connects callers"]) == {"119"}
    assert service_numbers(["Waktu respons PSC 119 Kabupaten Sleman", "Call Center 112 Bandung"]) == {"119", "112"}
    assert service_numbers(["The 1355 line answered 9.4 million calls"]) == {"1355"}
    assert service_numbers(["Policy Brief No. 2024-07"]) == frozenset()  # (a year)
    # (counts are none: "119 services", "number of 2,000 calls", "the 119 service centres")
    assert service_numbers(["Korea runs 119 services", "the 119 service centres", "a number 2.5 times higher"]) \
        == frozenset()


def test_a_services_number_in_a_claim_is_no_figure_claimed(corpus):
    judged(corpus, "Korea's 119 centres received 12,184,000 calls in 2023", "supported", "12,184,000")
    judged(corpus, "The 119 service ranked 1st in the Public Service Satisfaction Index in 2023", "supported",
               "ranked 1st")
    # (a count written beside the number is still one)
    judged(corpus, "Korea had 20 integrated 119 situation rooms", "contradicted", "18")


def test_a_final_count_named_by_no_noun_decides_over_the_preliminary_one(corpus):
    judged(corpus, "Korea's 119 centres received 11.9 million calls in 2023", "contradicted", "12,184,000")


def test_a_row_under_a_long_lead_is_a_row():
    row = DOSES.splitlines()[0]
    assert len(row.split(" — ")[0]) > 200 and is_row(row)
    assert [(f.kind, f.value) for f in extract_figures(row, "en") if f.surface == "118.7"] == [("count", 118.7e6)]


def test_a_claim_of_a_row_under_a_long_lead_is_judged(corpus):
    hits = corpus.search("COVID-19 vaccine doses 2021", 10)
    assert any(len(h.passage.text.split(" — ")[0]) > 200 and is_row(h.passage.text) for h in hits), \
        [h.passage.text for h in hits]
    judged(corpus, "Korea recorded 118.7 million COVID-19 vaccine doses in 2021", "supported", "118.7")
    judged(corpus, "Korea recorded 120 million COVID-19 vaccine doses in 2021", "contradicted", "118.7")


def test_an_amount_asked_per_person_is_not_answered_by_a_total(corpus):
    assert not corpus.answer("What is the monthly unemployment benefit amount per person in Korea?").answered
    answered_with(corpus, "How much were unemployment benefits paid in Korea in 2023?", "KRW 11.4 trillion")
    assert not corpus.answer("Berapa tunjangan pengangguran Korea per orang setiap bulan?").answered
    # (a "Per ..." column with no value states no amount per person)
    from bot.engine import _EMPTY_CELL, _PER_ONE_STATED

    assert not _PER_ONE_STATED.search(_EMPTY_CELL.sub(" ", "T — Peserta: 12.400; Total bantuan (Rp miliar): 7,4; "
                                                           "Per peserta (Rp): -"))
    # (a per-person amount beside a total still answers)
    answered_with(corpus, "Berapa total bantuan Kartu Prakerja per peserta pada 2023?", "Rp 4.200.000 per peserta")


def test_a_note_calling_the_figures_above_provisional_makes_them_so(corpus):
    judged(corpus, "Realisasi PBB-P2 tahun 2023 mencapai Rp 28,9 triliun", "contradicted", "Rp 29,3 triliun")
    # (the final figure, "atau 96,1% dari target", is a result, no target)
    judged(corpus, "Realisasi PBB-P2 tahun 2023 mencapai Rp 29,3 triliun", "supported", "Rp 29,3 triliun")
    # (nor is the target beside the provisional figure marked provisional)
    judged(corpus, "Target PBB-P2 tahun 2023 adalah Rp 30,5 triliun", "supported", "Rp 30,5 triliun")


def test_calls_are_counted_across_languages(corpus):
    from bot.nouns import same_noun

    assert same_noun("panggilan", "calls") and same_noun("pertanyaan", "inquiries")
    judged(corpus, "Situation room 119 Korea menerima 12.184.000 panggilan pada 2023", "supported", "12,184,000")
    judged(corpus, "Situation room 119 Korea menerima 11.620.000 panggilan pada 2023", "contradicted", "12,184,000")

    # (a name's words the claim writes in another case are none of another thing: "The 120
    # Dasan Call Center handled ..." for "Call center 120 Dasan ..."; corpus V)
    judged(corpus, "Call center 120 Dasan di Seoul menangani 8,96 juta pertanyaan pada 2024.", "contradicted",
           "8.14 million")
    judged(corpus, "Call center 120 Dasan di Seoul menangani 8,14 juta pertanyaan pada 2024.", "supported",
           "8.14 million")


def test_a_tax_column_under_a_money_caption_is_money(corpus):
    row = ("Tabel 2. Penerimaan BPHTB dan PBB-P2 (Rp triliun), 2022-2023 — Tahun: 2023; BPHTB total: 16,8; "
           "PBB-P2 total: 28,9*")
    figs = {f.surface: f for f in extract_figures(row, "id") if f.kind != "year"}
    # (a footnote's mark after the number is no part of it)
    assert [(figs[k].kind, figs[k].value) for k in ("16,8", "28,9")] == [("amount", 16.8e12), ("amount", 28.9e12)]
    judged(corpus, "Penerimaan BPHTB tahun 2023 sebesar Rp 16,8 triliun", "supported", "16,8")
    # (the footnote "*Angka sementara ..." makes the row's 28,9* provisional: the audited
    # Rp 29,3 triliun decides)
    judged(corpus, "Penerimaan PBB-P2 tahun 2023 sebesar Rp 28,9 triliun", "contradicted", "Rp 29,3 triliun")


def test_a_rank_its_sentence_dates_to_the_year_decides_over_an_undated_one(corpus):
    # "ranked 1st ... in 2021, 2022 and 2023, and 3rd in 2020" ranks 3rd in 2020
    judged(corpus, "The 119 service ranked 1st in the Public Service Satisfaction Index in 2020", "contradicted", "3rd")
    judged(corpus, "The 119 service ranked 3rd in the Public Service Satisfaction Index in 2020", "supported", "3rd")


def test_a_duration_in_two_parts_is_one_figure_shown_as_written(corpus):
    from bot.figures import format_figure

    figs = [f for f in extract_figures("The correct figure is 7 minutes 58 seconds, or 1 jam 20 menit.", "en")
            if f.kind != "year"]
    assert [(f.surface, f.noun, f.value) for f in figs] == [("7 minutes 58", "seconds", 478.0), ("1 jam 20", "menit", 80.0)]
    # (its value in seconds is written nowhere: it is shown as written)
    assert format_figure(figs[0], "en") == "7 minutes 58"
    # (parts set apart by a comma are two figures)
    assert len([f for f in extract_figures("In 5 minutes, 30 seconds later.", "en") if f.kind != "year"]) == 2
    from bot.factcheck import check_claim
    from bot.render import render_verdict_text

    judged(corpus, "The average 119 ambulance arrival time was 6 minutes 58 seconds in 2022", "contradicted",
           "7 minutes 58 seconds")
    judged(corpus, "Rata-rata waktu kedatangan ambulans 119 pada 2022 adalah 7 menit 58 detik", "supported",
           "7 minutes 58 seconds")
    text = render_verdict_text(check_claim(corpus, "The average 119 ambulance arrival time was 6 minutes 58 seconds "
                                                   "in 2022"))
    assert "478" not in text and "418" not in text, text


def test_a_clause_of_another_services_number_gives_no_figure_of_the_claims(corpus):
    from bot.factcheck import check_claim
    from bot.render import render_verdict_text

    # "119 centres received 7.6 million calls while 110 centres received 9.2 million": the
    # 7.6 million are 119's, no calls of 110's
    v = check_claim(corpus, "Japan's 110 centres received 7.6 million calls in 2023")
    assert v.verdict != "supported" and "7.6 million calls for 2023" not in render_verdict_text(v), \
        render_verdict_text(v)
    judged(corpus, "Japan's 119 centres received 7.6 million calls in 2023", "supported", "7.6 million")
