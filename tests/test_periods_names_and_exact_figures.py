"""Quarters as table columns, numbers inside names, rupiah in English text, figures of the
present, the base of a change, and declines that had the answer as their closest match.

Blind probes of stop 56 found: "OSS issued 412,587 NIB in the third quarter of 2023" was
"not in my sources" against the row "...; Q3 2023: 412,587" (the column header "Q3 2023"
was read as what the cells count); a title block "... - Q3 2023 OSS-RBA Quarterly
Licensing Report" listed "2023 OSS-RBA Quarterly Licensing Report (2,023)" as a figure;
an English FAQ's fine "Rp100.000" was read as IDR 100 and shown "IDR 100.000"; a claim
about "Government 24" was checked for the figure "24 issued"; "150 million - sorry, I
misspoke, let me correct that - 105 million" was no correction; "IKD was piloted in 50
regencies in 2022" was contradicted with today's "514 regencies", not the pilot's 58;
Korea's 3rd place in "... PBB 2022, naik dari peringkat 88 pada 2020, sedangkan Korea
berada di peringkat 3" was dated 2020; "598 government agencies" was contradicted with
"42 lembaga" beside "598 instansi"; "105 million certificates and documents" counted no
documents; and questions were declined with the answer as the closest match: a cost
asked of "Anggaran uji coba ... Rp 27,5 miliar", "how many types of certificates" of "36
kinds of certificates", a 2023 budget of "in 2023, we are spending KRW 48.7 billion", the
leader of a delegation of "Rombongan dipimpin oleh ...", and a province's registered
accounts of 2022 of a table named "..., 2022-2023 (thousands)". The documents here are
invented for the tests.
"""

from __future__ import annotations

import pytest

from bot.factcheck import _distinctive, _states_claimed, check_claim, claim_figures
from bot.figures import extract_figures, format_figure
from bot.quotes import spoken_correction
from bot.render import render_text, render_verdict_text
from tests.corpus_helpers import answered_with, engine_over, first_quote, judged

SPEECH = """Remarks by the Vice Minister at the Digital Services Forum 2024

Two years ago, in March 2022, we started small. We piloted the mobile certificate wallet, the MCW, in 12 - sorry, I misspoke, let me correct that - in 14 districts and cities. Today the MCW is available in all 98 districts and cities across our 17 provinces.

Last year, in 2023, citizens downloaded 48 million certificates and documents through Minwon 24. Every one of them is a trip to an office that nobody had to make.

In 2024 we are spending KRW 36.5 billion on operating and improving Minwon 24, and a quarter of that budget goes to the mobile app.

Since January 2024 citizens can keep 41 kinds of certificates, such as the family relation certificate, in the wallet and show them on their phone.

Thank you. One more number for the journalists here: the portal also processed 91 million applications and citizens saved KRW 1.2 trillion in travel costs.
"""

NEWS = """Delegasi Sleman Pelajari Dompet Sertifikat Digital di Korea

SEJONG - Sebanyak 12 pejabat Pemerintah Kabupaten Sleman melakukan studi banding ke Korea Selatan pada 4-8 November 2024. Rombongan dipimpin oleh Asisten Sekretaris Daerah Bidang Pemerintahan, Wahyu Pratomo.

Sepulang dari Korea, delegasi mengusulkan uji coba dompet sertifikat digital di tiga kapanewon. Anggaran uji coba dompet sertifikat itu diperkirakan Rp 12,5 miliar dan akan diusulkan dalam APBD Perubahan 2025.

Indonesia sendiri berada di peringkat 77 dalam Survei E-Government PBB 2022, naik dari peringkat 88 pada 2020, sedangkan Korea berada di peringkat 3.
"""

SPBE = """# Laporan Evaluasi SPBE 2024

Evaluasi tahun 2024 mencakup 612 instansi, terdiri atas 36 kementerian, 44 lembaga, 38 pemerintah provinsi dan 494 pemerintah kabupaten/kota. Pada tahun 2023 jumlah instansi yang dievaluasi adalah 598 instansi.
"""

PERMITS = """# Building Permit Service Report, Third Quarter 2024

The online building permit service (PBG) kept growing in every region in the third quarter.

Table 1. Building permits issued by region, Q1-Q3 2024

| Region | Q1 2024 | Q2 2024 | Q3 2024 |
|---|---|---|---|
| Northern region | 4,210 | 4,388 | 4,951 |
| Southern region | 3,906 | 4,177 | 4,402 |
| Eastern region | 3,918 | 4,346 | 4,517 |
| Total | 12,034 | 12,911 | 13,870 |

Table 2. New online accounts by channel, January-March 2024

| Channel | Januari 2024 | Februari 2024 | Maret 2024 |
|---|---|---|---|
| Web | 16,204 | 17,390 | 18,420 |
| Mobile app | 40,118 | 41,907 | 45,022 |
"""

ACCOUNTS = """# Health App Annual Report 2023

Registrations grew fastest in the eastern provinces, although from a low base.

Table 2. Health app registered accounts by province, 2022-2023 (thousands)

| Province | Registered accounts 2022 | Registered accounts 2023 |
|---|---|---|
| Aceh | 310 | 420 |
| Papua | 140 | 260 |
| Bali | 510 | 640 |
| DI Yogyakarta | 280 | 350 |
"""

FAQ = """# Filing your annual tax return online: frequently asked questions

## What happens if I file late?

The administrative fine for a late annual return is Rp100.000 for an individual taxpayer and Rp1.000.000 for a corporate taxpayer.
"""

FILES = {
    "vice-minister-remarks-2024.md": (SPEECH, "Remarks by the Vice Minister at the Digital Services Forum 2024", "en",
                                      "2024-05-14"),
    "delegasi-sleman-korea.md": (NEWS, "Delegasi Sleman Pelajari Dompet Sertifikat Digital di Korea", "id",
                                 "2024-11-10"),
    "laporan-evaluasi-spbe-2024.md": (SPBE, "Laporan Evaluasi SPBE 2024", "id", "2025-02"),
    "pbg-report-q3-2024.md": (PERMITS, "Building Permit Service Report, Third Quarter 2024", "en", "2024-10-15"),
    "health-app-report-2023.md": (ACCOUNTS, "Health App Annual Report 2023", "en", "2024-01-20"),
    "efiling-faq.md": (FAQ, "Filing your annual tax return online: FAQ", "en", "2024-01-05"),
}


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    root = tmp_path_factory.mktemp("periods_names_exact")
    return engine_over(root, FILES, embedder)


def _figures(text: str, lang: str) -> list[tuple[str, str, float, int | None]]:
    return [(f.surface, f.kind, f.value, f.year) for f in extract_figures(text, lang)]


# --------------------------------------------------------------------------- figures


@pytest.mark.parametrize("text", [
    "OSS-RBA Quarterly Licensing Report - Q3 2023 OSS-RBA Quarterly Licensing Report Third Quarter 2023",
    "H1 2024 Results of the digital ID rollout",
    "Kuartal 3 2023 OSS mencatat pertumbuhan",
    "the first half 2024 report",
])
def test_a_year_after_a_part_of_a_year_is_a_year(text):
    assert all(kind == "year" for _, kind, _, _ in _figures(text, "en")), _figures(text, "en")


def test_a_count_after_a_quarter_stays_a_count():
    # "Each quarter, 2000 firms apply": no part of a year names the 2000's year
    assert _figures("Each quarter, 2000 firms apply", "en")[0][1] == "count"
    assert _figures("In Q3 2,000 firms applied", "en")[0][:2] == ("2,000", "count")


@pytest.mark.parametrize("lang", ["en", "id"])
def test_rupiah_with_one_separator_before_three_digits_are_thousands(lang):
    figs = extract_figures("The fine is Rp100.000 for individuals and Rp 2,500 for a stamp.", lang)
    assert [(f.surface, f.value) for f in figs] == [("Rp100.000", 100000.0), ("Rp 2,500", 2500.0)]
    # shown in the reader's convention, never as "IDR 100.000" (a hundred) in English
    assert format_figure(figs[0], "en") == "IDR 100,000"
    assert format_figure(figs[0], "id") == "Rp 100.000"


def test_rupiah_with_a_scale_word_keep_their_decimals():
    figs = extract_figures("Rp 1.5 trillion and Rp 2,5 juta", None)
    assert [f.value for f in figs] == [1.5e12, 2.5e6]


@pytest.mark.parametrize("text, lang, figure", [
    ("Government 24 issued 150 million documents in 2022", "en", "150 million"),
    ("Government 24 opened in 2017", "en", None),
    ("Government 24 memiliki 21,3 juta anggota terdaftar pada akhir 2022", "id", "21,3 juta"),
])
def test_a_number_in_a_name_before_a_verb_is_no_figure(text, lang, figure):
    counts = [s for s, kind, _, _ in _figures(text, lang) if kind != "year"]
    assert counts == ([figure] if figure else []), counts


def test_a_count_before_a_verb_without_a_name_stays_a_count():
    assert ("24", "count") == _figures("Last year 24 officers were trained in Seoul", "en")[0][:2]


@pytest.mark.parametrize("text, lang", [
    ("Indonesia sendiri berada di peringkat 77 dalam Survei E-Government PBB 2022, naik dari peringkat 88 pada "
     "2020, sedangkan Korea berada di peringkat 3.", "id"),
    ("Indonesia ranked 77th in 2022, up from 88th in 2020, while Korea ranked 3rd.", "en"),
])
def test_the_year_of_a_change_s_base_dates_the_base_only(text, lang):
    ranks = [(v, y) for _, kind, v, y in _figures(text, lang) if kind == "rank"]
    assert ranks == [(77.0, 2022), (88.0, 2020), (3.0, 2022)]


def test_the_figure_a_change_reached_takes_no_year_from_its_base():
    # "naik dari 2,74 pada 2022 menjadi 2,93": 2022 is the 2,74's year, not the 2,93's
    figs = _figures("Indeks naik dari 2,74 pada 2022 menjadi 2,93.", "id")
    assert [(v, y) for _, kind, v, y in figs if kind != "year"] == [(2.74, 2022), (2.93, None)]


@pytest.mark.parametrize("sentence, taken_back", [
    ("Last year, in 2022, citizens issued 150 million - sorry, I misspoke, let me correct that - 105 million "
     "certificates and documents through Government 24.", "150 million"),
    ("We piloted the wallet in 12 - sorry, I misspoke, let me correct that - in 14 districts.", "12"),
])
def test_several_words_of_taking_back_correct_the_figure_before_them(sentence, taken_back):
    n = spoken_correction(sentence)
    assert taken_back in sentence[:n] and sentence[n:].startswith(("105", "14"))


# --------------------------------------------------------------------------- claims


@pytest.mark.parametrize("claim, verdict, said", [
    # quarters as columns: the table's name says what its cells count
    ("The service issued 13,870 building permits in the third quarter of 2024", "supported", "for Q3 2024"),
    ("The service issued 12,911 building permits in Q3 2024", "contradicted", "13,870 for Q3 2024"),
    ("The service issued 13,870 building permits in the second quarter of 2024", "contradicted", "12,911 for Q2 2024"),
])
def test_claims_of_a_quarter_against_quarter_columns(engine, claim, verdict, said):
    judged(engine, claim, verdict, said)


def test_a_claim_of_the_past_is_not_checked_against_a_figure_of_today(engine):
    # "Today the wallet is available in all 98 districts" (a 2024 speech) is no 2022 figure;
    # the pilot's corrected 14 decides
    judged(engine, "The MCW was piloted in 12 districts and cities in 2022", "contradicted", "14 districts")
    judged(engine, "The MCW is available in 98 districts and cities", "supported", "98 districts")


@pytest.mark.parametrize("claim, verdict, said", [
    # a number inside a name ("Minwon 24") is no figure of the claim, and a second noun
    # joined to a count ("certificates and documents") is counted too
    ("Minwon 24 delivered 48 million documents in 2023", "supported", "48 million"),
    ("Minwon 24 delivered 84 million documents in 2023", "contradicted", "48 million"),
])
def test_claims_about_a_name_with_a_number(engine, claim, verdict, said):
    v = check_claim(engine, claim)
    assert not any(f.surface == "24" for f in v.parsed.figures)
    assert v.verdict == verdict and said in render_verdict_text(v), render_verdict_text(v)


def test_a_rank_after_the_base_of_a_change_is_of_the_sentence_s_year(engine):
    judged(engine, "Korea ranked third in the UN E-Government Survey 2022", "supported", "3")


@pytest.mark.parametrize("claim, verdict, said", [
    # "instansi" are government agencies: the 612 of all agencies, not the 44 "lembaga"
    ("The 2024 SPBE evaluation covered 612 government agencies", "supported", "612 instansi"),
    ("The 2024 SPBE evaluation covered 650 government agencies", "contradicted", "612 instansi"),
])
def test_agencies_are_instansi(engine, claim, verdict, said):
    judged(engine, claim, verdict, said)


def test_a_rupiah_fine_written_the_indonesian_way_in_english(engine):
    judged(engine, "The fine for a late individual annual return is Rp 100,000", "supported", "Rp100.000")


def test_distinctive_claimed_figures():
    """A claimed figure stated exactly by a sentence below the relevance cut makes it
    relevant only when it is unlikely to be written by chance for another thing."""
    figs = {f.value: f for f in claim_figures(
        "The programme will cost IDR 7.2 trillion, cover 3 sites and 105 petabytes, rank 2nd and reach 61.5%", "en")}
    assert _distinctive(figs[7.2e12]) and _distinctive(figs[105.0]) and _distinctive(figs[61.5])
    assert not _distinctive(figs[3.0]) and not _distinctive(figs[2.0])
    source = extract_figures("total biaya program diperkirakan mencapai Rp7,2 triliun", "id")[0]
    assert _states_claimed(source, list(figs.values()))
    other = extract_figures("total biaya program diperkirakan mencapai Rp7,5 triliun", "id")[0]
    assert not _states_claimed(other, list(figs.values()))


# --------------------------------------------------------------------------- answers


@pytest.mark.parametrize("question, parts", [
    # a cost asked, the budget set for it quoted
    ("berapa biaya uji coba dompet sertifikat di Sleman?", ("Rp 12,5 miliar",)),
    # kinds counted for "types"
    ("how many types of certificates can citizens keep in the wallet?", ("41 kinds",)),
    # the year's budget told as money being spent this year
    ("anggaran operasional Minwon 24 tahun 2024 berapa?", ("KRW 36.5 billion",)),
    # the leader of a delegation: "Rombongan dipimpin oleh ..."
    ("siapa ketua rombongan Sleman yang ke Korea?", ("Wahyu Pratomo",)),
    # a cell under a year's column of a table named for two years
    ("jumlah akun terdaftar di Papua tahun 2022 berapa?", ("Province: Papua", "2022: 140")),
])
def test_answers_that_had_been_declined(engine, question, parts):
    answered_with(engine, question, *parts)


def test_provinces_rows_do_not_answer_a_national_question(engine):
    answer = engine.answer("how many health app accounts were registered nationwide in 2023?")
    assert not answer.answered, render_text(answer)


def test_english_reply_shows_the_rupiah_fine_in_english_digits(engine):
    text = render_text(engine.answer("what is the fine for filing an individual tax return late?"))
    assert "Rp100.000" in text and "IDR 100,000" in text and "IDR 100.000" not in text, text


# --------------------------------------------------------------------------- readers, lists, siblings


RELEASE_HTML = """<html lang="id"><head><title>Adopsi Aplikasi Sehatku 2023</title></head><body><article>
<h1>Adopsi Aplikasi Sehatku Capai 15,4 Persen</h1>
<p>Jakarta - Kementerian Kesehatan mencatat tingkat adopsi aplikasi Sehatku secara nasional mencapai 15,4 persen pada akhir 2023, naik dari 9,8 persen setahun sebelumnya.</p>
<p>Berdasarkan tingkat adopsi, lima provinsi dengan tingkat adopsi Sehatku tertinggi pada tahun 2023 adalah:</p>
<ol><li>DKI Jakarta (39,8%)</li><li>Bali (31,2%)</li><li>DI Yogyakarta (29,5%)</li><li>Jawa Barat (17,4%)</li><li>Kepulauan Riau (16,9%)</li></ol>
<p>Langkah mendaftar di aplikasi Sehatku paling mudah adalah:</p>
<ol><li>Unduh aplikasi</li><li>Masukkan NIK</li><li>Verifikasi wajah</li></ol>
</article></body></html>"""

SPBE_RANKS = """# Peringkat Indeks SPBE Kementerian 2023

Tabel 3. Peringkat 12 Besar Indeks SPBE Kementerian Tahun 2023

| Peringkat | Instansi | Indeks | Predikat |
|---|---|---|---|
| 1 | Kementerian Keuangan | 4,57 | Memuaskan |
| 2 | Kementerian Perhubungan | 4,44 | Memuaskan |
| 7 | Kementerian Dalam Negeri | 4,21 | Memuaskan |
| 12 | Kementerian Agama | 3,74 | Sangat Baik |
"""


def _two_page_report(path) -> None:
    """A two-page PDF whose page 2 opens with a head (no repetition tells it: two pages)
    over the rest of a sentence page 1 broke off."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Final Evaluation of the Village Digital Literacy Programme 2022-2023")
    pdf.ln(5)
    pdf.multi_cell(0, 6, "Regional gaps. Realisation was much lower in the eastern provinces. Trainers and "
                         "village heads pointed to poor")
    pdf.add_page()
    pdf.multi_cell(0, 6, "Village Digital Literacy Evaluation 2022-2023")
    pdf.ln(5)
    pdf.multi_cell(0, 6, "connectivity as the main reason: 38 percent of the training venues visited in Maluku "
                         "had no stable internet connection, so sessions were often cut short.")
    pdf.output(str(path))


@pytest.fixture(scope="module")
def lists_engine(embedder, tmp_path_factory):
    root = tmp_path_factory.mktemp("lists_pages_siblings")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "siaran-pers-sehatku.html").write_text(RELEASE_HTML, encoding="utf-8")
    _two_page_report(corpus / "village-literacy-evaluation.pdf")
    extra = ('["siaran-pers-sehatku.html"]\ntitle = "Adopsi Aplikasi Sehatku Capai 15,4 Persen"\nkind = "news"\n'
             'language = "id"\ndate = "2024-02-01"\n\n'
             '["village-literacy-evaluation.pdf"]\ntitle = "Final Evaluation of the Village Digital Literacy '
             'Programme 2022-2023"\nkind = "report"\nlanguage = "en"\ndate = "2024-03"\n')
    files = {"peringkat-spbe-2023.md": (SPBE_RANKS, "Peringkat Indeks SPBE Kementerian 2023", "id", "2024-02")}
    return engine_over(root, files, embedder, manifest_extra=extra)


def test_an_ordered_html_list_keeps_its_numbers(tmp_path):
    from index.readers import read_html

    path = tmp_path / "release.html"
    path.write_text(RELEASE_HTML, encoding="utf-8")
    items = [b.text for b in read_html(path).blocks if b.kind == "item"]
    assert items[:2] == ["1. DKI Jakarta (39,8%)", "2. Bali (31,2%)"] and items[5] == "1. Unduh aplikasi", items


def test_a_numbered_item_is_one_sentence_with_its_number():
    from index.chunking import split_sentences

    text = "lima provinsi tertinggi adalah:\n1. DKI Jakarta (39,8%)\n2. Bali (31,2%). Itu naik."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "lima provinsi tertinggi adalah:", "1. DKI Jakarta (39,8%)", "2. Bali (31,2%).", "Itu naik."]


def test_items_under_a_ranking_lead_in_are_ranked_and_steps_are_not():
    ranked = extract_figures("lima provinsi dengan tingkat adopsi tertinggi pada tahun 2023 adalah:\n"
                             "1. DKI Jakarta (39,8%)\n2. Bali (31,2%)", "id")
    assert [(f.surface, f.kind, f.year) for f in ranked if f.kind == "rank"] == [("1", "rank", 2023), ("2", "rank", 2023)]
    steps = extract_figures("Langkah mendaftar paling mudah adalah:\n1. Unduh aplikasi\n2. Masukkan NIK", "id")
    assert not any(f.kind == "rank" for f in steps)


@pytest.mark.parametrize("claim, verdict", [
    ("Bali berada di peringkat kedua tingkat adopsi Sehatku tahun 2023", "supported"),
    ("Bali berada di peringkat ketiga tingkat adopsi Sehatku tahun 2023", "contradicted"),
])
def test_claims_of_a_rank_in_an_ordered_list(lists_engine, claim, verdict):
    judged(lists_engine, claim, verdict, "2. Bali")


def test_a_sentence_broken_by_a_page_head_is_read_whole(tmp_path):
    from index.readers import read_pdf

    path = tmp_path / "report.pdf"
    _two_page_report(path)
    texts = [b.text for b in read_pdf(path).blocks]
    assert any("pointed to poor connectivity as the main reason: 38 percent" in t for t in texts), texts
    assert "Village Digital Literacy Evaluation 2022-2023" in texts  # the head is kept


def test_the_sentence_across_the_page_break_is_quoted_whole(lists_engine):
    answered_with(lists_engine, "what did trainers and village heads say was the main reason for the gaps?",
                   "Trainers and village heads pointed to poor connectivity as the main reason")


def test_a_sibling_ministry_s_row_is_no_answer(lists_engine):
    answer = lists_engine.answer("berapa skor SPBE Kementerian Luar Negeri?")
    assert not answer.answered, render_text(answer)
    answered_with(lists_engine, "berapa skor SPBE Kementerian Dalam Negeri?", "Kementerian Dalam Negeri", "4,21")
    answered_with(lists_engine, "peringkat berapa Kementerian Perhubungan?", "Kementerian Perhubungan", "Peringkat: 2")


def test_a_sibling_is_read_past_a_rank_cell_opening_the_row():
    from bot.quotes import names_sibling

    row = "Tabel 3. Peringkat Indeks SPBE 2023 — Peringkat: 7; Instansi: Kementerian Dalam Negeri; Indeks: 4,21"
    assert names_sibling(row, "berapa skor SPBE Kementerian Luar Negeri?")
    assert not names_sibling(row, "berapa skor SPBE Kementerian Dalam Negeri?")
    assert not names_sibling(row, "Ministry of Home Affairs SPBE score?")
    assert names_sibling("Tabel — Kota: Kota Bogor; Skor: 3,1", "skor Kota Bandung?")


# --------------------------------------------------------------------------- guards from an attack on the first versions


def test_a_month_column_is_no_figure_of_the_whole_year(engine):
    v = check_claim(engine, "The service registered 18,420 new accounts through the web channel in 2024")
    assert v.verdict != "supported", render_verdict_text(v)
    judged(engine, "The service registered 18,420 new web accounts in March 2024", "supported", "18,420")


def test_a_noun_joined_by_and_across_a_clause_counts_nothing(engine):
    # "processed 91 million applications and citizens saved ...": the citizens are no count
    v = check_claim(engine, "Minwon 24 served 91 million citizens in 2023")
    assert v.verdict != "supported", render_verdict_text(v)


def test_the_chair_of_another_body_is_no_answer(engine):
    answer = engine.answer("siapa ketua panitia seminar dompet sertifikat di Sleman?")
    assert not answer.answered or "Wahyu Pratomo" not in first_quote(render_text(answer)), render_text(answer)


def test_a_place_written_short_keeps_its_row(engine):
    answered_with(engine, "berapa akun terdaftar di DIY tahun 2023?", "DI Yogyakarta", "350")


@pytest.mark.parametrize("marker, present", [
    ("Today the wallet is available in 98 districts", True),
    ("Saat ini tercatat 98 kabupaten", True),
    ("Now, the pilot covered 58 districts", False),
    ("Sekarang saya sampaikan hasil uji coba: 58 kabupaten", False),
    ("The pilot, now completed, covered 40 districts", False),
])
def test_words_of_the_present(marker, present):
    from bot.factcheck import _PRESENT

    assert (_PRESENT.search(marker) is not None) == present


def test_ordered_lists_number_as_the_browser_does(tmp_path):
    from index.readers import read_html

    path = tmp_path / "ranks.html"
    path.write_text("<html><body><article><h1>EGDI 2024</h1><p>The top ten countries in the 2024 EGDI, from "
                    "sixth place:</p><ol start='6'><li>Estonia</li><li>Finland</li><li><b>Australia</b></li></ol>"
                    "<p>The most requested certificates, counted down:</p><ol reversed><li>Tax payment</li>"
                    "<li>Resident registration</li><li>Family relation</li></ol></article></body></html>",
                    encoding="utf-8")
    items = [b.text for b in read_html(path).blocks if b.kind == "item"]
    assert items == ["6. Estonia", "7. Finland", "8. Australia", "3. Tax payment", "2. Resident registration",
                     "1. Family relation"], items


@pytest.mark.parametrize("lead", [
    "Untuk hasil terbaik, ikuti tiga langkah berikut:",
    "Five top takeaways from Seoul:",
    "Peringkat instansi terbaik 2023:",
])
def test_lists_that_rank_nothing(lead):
    figs = extract_figures(f"{lead}\n1. Buka aplikasi Korea\n2. Isi formulir", "id")
    assert not any(f.kind == "rank" for f in figs), [(f.surface, f.kind) for f in figs]


def test_a_page_s_heading_over_a_section_is_not_joined_to_the_page_before(tmp_path):
    from fpdf import FPDF

    from index.readers import read_pdf

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Connectivity in 2023. Most villages now have 4G coverage.")
    pdf.ln(5)
    pdf.multi_cell(0, 6, "- 148 villages still on 3G")
    pdf.add_page()
    pdf.multi_cell(0, 6, "3 Recommendations")
    pdf.ln(5)
    pdf.multi_cell(0, 6, "e-Government kiosks in the remaining 148 villages should move to satellite links.")
    path = tmp_path / "connectivity.pdf"
    pdf.output(str(path))
    texts = [b.text for b in read_pdf(path).blocks]
    assert "- 148 villages still on 3G" in texts and not any("3G e-Government" in t for t in texts), texts


@pytest.mark.parametrize("claim", [
    # the item "2. Bali (31,2%)" ranks Bali, not the province or country the claim names
    "DKI Jakarta berada di peringkat kedua tingkat adopsi Sehatku tahun 2023",
    "Jawa Timur berada di peringkat kedua tingkat adopsi Sehatku tahun 2023",
])
def test_a_list_item_s_rank_is_its_item_s(lists_engine, claim):
    v = check_claim(lists_engine, claim)
    assert v.verdict != "supported", render_verdict_text(v)


def test_numbers_of_a_list_that_ranks_nothing_state_no_figure():
    from bot.engine import _missing_numbers

    steps = "Langkah mendaftar:\n6. Unduh aplikasi\n7. Masukkan NIK"
    assert _missing_numbers("which province ranked 7th?", steps) == 1
    ranked = "Lima provinsi tertinggi 2023:\n6. Aceh (12,1%)\n7. Bali (11,9%)"
    assert _missing_numbers("which province ranked 7th?", ranked) == 0
