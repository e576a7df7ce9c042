"""Counts asked of a narrower thing or group than the source counts, claims judged by a
table row whose header names its thing only with the caption, and a table's note cut
into cells by a CSV's delimiter.

Blind probes of stop 65 found: "How many electric vehicles were registered through
Car365 in 2022?" answered with "25.5 million registered motor vehicles" (the source
never writes "electric"); "How many complaints about entry logs did PIPC receive in
2022?" answered with a count of entry scans; "What was WorkNet's placement rate for women
in 2022?" answered with the whole row's rate. Blind probes of stop 66 found: "Korea sent
54,123 disaster text messages in 2021" not in my sources where the row "Table 1. Disaster
text messages sent ... — Year: 2021; Messages sent: 46,780" contradicts it, and likewise
a column headed "Added in year"; "Ralat: ... 1.487 site; yang benar adalah 1.511 site."
under a ";"-delimited table read as the row "Tahun: Ralat: ...; Provinsi: yang benar
..."; a row of "Semua lingkungan" set aside as a part, "Pelabuhan Bitung" named by
"lima pelabuhan utama", a running total in a year's row declined for that year, a
coverage asked declined against its percentage, and "Erratum The first edition ... stated
... 31.2 million alerts in 2022. The correct figure is 29.4 million alerts." supporting the
31.2 million. The documents are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.corpus_helpers import engine_over, judged

VEHICLES = (
    "Online vehicle registration in Tirtamulya. At the end of 2022, Tirtamulya had 25.5 million registered motor "
    "vehicles, about one vehicle for every two people. Every year the agency handles around 1.7 million new-vehicle "
    "registrations and about 3.8 million ownership transfers, mostly of used cars.\n\n"
    "The e-Car portal opened in 2013. Of the 9.6 million portal users in 2022, 2.3 million were aged 60 or over.\n\n"
    "The data protection commission received 1,284 complaints about visitor logs in 2021. Visitor logs "
    "recorded 6.12 billion entry scans in 2021.\n"
)

ALERTS = (
    "Public alerting in Tirtamulya\n\n"
    "Table 1. Disaster text messages sent by cell broadcast, 2019-2023\n\n"
    "| Year | Messages sent | Of which: emergency alerts |\n"
    "|------|--------------:|--------------------------:|\n"
    "| 2019 | 9,912 | 12 |\n"
    "| 2020 | 54,123 | 31 |\n"
    "| 2021 | 46,780 | 19 |\n"
    "| 2022 | 29,541 | 22 |\n\n"
    "Table 2. Free public Wi-Fi hotspots (cumulative, end of year)\n\n"
    "| Year | Cumulative hotspots | Added in year |\n"
    "|------|--------------------:|--------------:|\n"
    "| 2020 | 47,200 | 13,700 |\n"
    "| 2021 | 55,600 | 8,400 |\n"
    "| 2022 | 58,900 | 3,300 |\n"
)

JOBS = (
    "Year,Platform,Job seekers registered ('000),Placements ('000),Placement rate (%)\n"
    "2021,WorkNet,4512,1188,26.3%\n"
    "2022,WorkNet,4688,1236,26.4%\n"
)


@pytest.fixture(scope="module")
def corpus(embedder, tmp_path_factory):
    root = tmp_path_factory.mktemp("narrowed")
    files = {
        "vehicles.txt": (VEHICLES, "Online Vehicle Registration in Tirtamulya", "en", "2023-05-01"),
        "alerts.md": (ALERTS, "Public Alerting in Tirtamulya: Annual Review 2023", "en", "2024-02-01"),
        "worknet.csv": (JOBS, "Tirtamulya Online Job-Matching Statistics 2021-2022", "en", "2023-03-01"),
    }
    return engine_over(root, files, embedder)


def test_a_count_asked_in_other_words_is_answered(corpus):
    # (a first version declined a count whose narrowing word the passage did not write,
    # "electric vehicles"; an attack found it declined paraphrases as often, "mobile" for
    # "smartphones", "rapid" for "fast": it was dropped)
    a = corpus.answer("How many new-vehicle registrations are handled every year?")
    assert a.answered and any("1.7 million" in c.quote for c in a.citations), a
    # ("used" is written; "change" is the verb, not the thing's word)
    a = corpus.answer("How many used cars change owners each year?")
    assert a.answered and any("3.8 million" in c.quote for c in a.citations), a


def test_a_group_of_people_is_read_by_its_kind_of_words(corpus):
    a = corpus.answer("How many older people used the e-Car portal in 2022?")
    assert a.answered and any("2.3 million" in c.quote for c in a.citations), a
    a = corpus.answer("What was WorkNet's placement rate for women in 2022?")
    assert not a.answered, a
    a = corpus.answer("What was WorkNet's placement rate in 2022?")
    assert a.answered and any("26.4%" in c.quote for c in a.citations), a


def test_the_counted_thing_stops_before_what_it_is_about(corpus):
    from bot.engine import _things_counted

    # a count of entry scans counts no complaints about them
    assert _things_counted("How many complaints about entry logs did PIPC receive in 2022?") == {"compl"}
    assert _things_counted("How many visits to smart work centres were recorded?") == {"visit"}
    a = corpus.answer("How many complaints about visitor logs did the commission receive in 2021?")
    assert a.answered and any("1,284 complaints" in c.quote for c in a.citations), a


def test_a_row_s_thing_is_read_with_its_caption(corpus):
    judged(corpus, "Tirtamulya sent 54,123 disaster text messages in 2021", "contradicted", "46,780")
    judged(corpus, "Tirtamulya sent 46,780 disaster text messages in 2021", "supported", "46,780")
    judged(corpus, "Tirtamulya added 13,700 public Wi-Fi hotspots in 2021", "contradicted", "13,700 for 2020")
    judged(corpus, "Tirtamulya added 8,400 public Wi-Fi hotspots in 2021", "supported", "8,400")
    # a claim of the row's other column is not contradicted by the column of all messages
    from bot.factcheck import check_claim

    v = check_claim(corpus, "In 2021, 19 disaster text messages were sent as emergency alerts")
    assert v.verdict != "contradicted", v


def test_the_group_rule_alone():
    from bot.engine import _group_unwritten

    assert _group_unwritten("Berapa peserta perempuan pada 2023?", "Peserta 2023: 5,5 juta")
    assert not _group_unwritten("Berapa peserta perempuan pada 2023?", "Jenis kelamin: Perempuan; Peserta: 2,9 juta")
    assert not _group_unwritten("How many seniors use it?", "2.3 million were aged 60 or over")
    assert not _group_unwritten("Berapa peserta lansia?", "Peserta berusia 60 tahun ke atas berjumlah 412.800 orang")
    assert not _group_unwritten("Berapa anak muda yang ikut?", "Peserta berusia 16-30 tahun mencapai 2.910.000 orang")
    # a breakdown's word that every row of the table writes tells no group
    assert _group_unwritten("Berapa pengguna lansia?", "Pengguna menurut kelompok umur — Kelompok umur: 25-39 tahun")


AGES = (
    "Kelompok umur;Pengguna IKD;Persentase (%)\n"
    "17-24 tahun;1.684.200;4,9\n"
    "25-39 tahun;3.102.500;5,1\n"
    "40-59 tahun;1.458.900;2,3\n"
    "60 tahun ke atas;212.400;0,8\n"
    "Semua umur;6.458.000;3,3\n"
)


def test_an_all_ages_row_is_no_claim_of_a_group(embedder, tmp_path):
    engine = engine_over(tmp_path, {"ikd-umur.csv": (AGES, "Pengguna IKD Tirtamulya menurut Kelompok Umur, Desember 2023",
                                                      "id", "2024-01-15")}, embedder, kind="dataset")
    from bot.factcheck import check_claim

    v = check_claim(engine, "Pengguna IKD lansia mencapai 6.458.000 orang pada akhir 2023")
    assert v.verdict != "supported", v


def test_a_note_cut_by_the_delimiter_is_one_note(tmp_path):
    from index.readers import read_csv

    path = tmp_path / "bts.csv"
    path.write_text(
        "Tahun;Provinsi;Target lokasi;Realisasi lokasi;Keterangan\n"
        "2022;Papua;1.600;1.511;Terkendala keamanan; 4 site dibakar\n"
        "2023;Papua;1.400;1.380;Rekap tahunan\n"
        "Sumber: BAKTI, data per 31 Desember 2023.\n"
        "Ralat: realisasi BTS 4G Papua 2022 sebelumnya tertulis 1.487 site; yang benar adalah 1.511 site.\n",
        encoding="utf-8")
    blocks = [(b.kind, b.text) for b in read_csv(path).blocks]
    assert ("note", "Ralat: realisasi BTS 4G Papua 2022 sebelumnya tertulis 1.487 site; yang benar adalah 1.511 site.") \
        in blocks, blocks
    rows = [t for k, t in blocks if k == "row"]
    assert len(rows) == 2 and "Keterangan: Terkendala keamanan; 4 site dibakar" in rows[0], rows


def test_a_running_total_in_a_year_s_row_is_that_year_s_level(corpus):
    for q in ("How many public Wi-Fi hotspots did Tirtamulya have at the end of 2021?",
              "How many free public wifi hotspots did Tirtamulya have at end of 2021?"):
        a = corpus.answer(q)
        assert a.answered and any("55,600" in c.quote for c in a.citations), (q, a)


COURTS = (
    "Tahun;Lingkungan peradilan;Perkara e-filing;Perkara e-litigasi\n"
    "2020;Peradilan Umum;52.310;18.204\n"
    "2020;Peradilan Agama;124.731;33.870\n"
    "2020;Semua lingkungan;190.346;53.820\n"
    "2021;Peradilan Umum;72.884;37.902\n"
    "2021;Semua lingkungan;236.482;97.305\n"
)

PORTS = (
    "Waktu tunggu kontainer di pelabuhan Tirtamulya.\n\n"
    "Tabel 1. Dwelling time di tiga pelabuhan utama (hari)\n\n"
    "| Pelabuhan | 2022 | 2023 |\n|---|---:|---:|\n"
    "| Tanjung Perak (Surabaya) | 3,45 | 3,10 |\n"
    "| Belawan (Medan) | 4,20 | 3,86 |\n"
    "| Makassar | 3,90 | 3,55 |\n\n"
    "Pemerintah menargetkan cakupan kepesertaan jaminan kesehatan sebesar 98 persen penduduk pada 2024.\n"
)

ALERTS_EN = (
    "Drug utilisation review in Tirtamulya. In 2022 the review system issued 29.4 million alerts. "
    "Pharmacists changed the prescription after 12.7 million of them.\n\n"
    "Erratum The first edition of this brief, published in October 2023, stated on page 3 that the review system "
    "issued 31.2 million alerts in 2022. The correct figure is 29.4 million alerts. All other figures are unchanged.\n"
)


@pytest.fixture(scope="module")
def second(embedder, tmp_path_factory):
    root = tmp_path_factory.mktemp("totals_ports")
    files = {
        "ecourt.csv": (COURTS, "Statistik e-Court Tirtamulya 2020-2021", "id", "2024-03-01"),
        "pelabuhan.md": (PORTS, "Dwelling Time Pelabuhan Tirtamulya 2023", "id", "2024-01-15"),
        "dur.txt": (ALERTS_EN, "Drug Utilisation Review in Tirtamulya", "en", "2023-06-01"),
    }
    return engine_over(root, files, embedder, kind="dataset")


def test_a_row_of_all_of_a_kind_is_the_total_a_claim_speaks_of(second):
    judged(second, "Perkara e-filing tahun 2020 sebanyak 190.346 perkara", "supported",
           "Tahun: 2020; Lingkungan peradilan: Semua lingkungan; Perkara e-filing: 190.346")
    judged(second, "Perkara e-litigasi tahun 2021 mencapai 97.305 perkara", "supported", "97.305")
    judged(second, "Perkara e-filing tahun 2020 sebanyak 199.346 perkara", "contradicted", "190.346")


def test_a_port_is_not_named_by_the_word_port(second):
    a = second.answer("Berapa dwelling time di Pelabuhan Bitung?")
    assert not a.answered, a
    a = second.answer("Berapa dwelling time di Pelabuhan Tanjung Perak tahun 2023?")
    assert a.answered and any("3,10" in c.quote for c in a.citations), a


def test_a_coverage_is_a_rate_and_warnings_are_alerts(second):
    a = second.answer("Berapa target cakupan kepesertaan jaminan kesehatan tahun 2024?")
    assert a.answered and any("98 persen" in c.quote for c in a.citations), a
    a = second.answer("How many review warnings popped up in 2022?")
    assert a.answered and any("29.4 million alerts" in c.quote for c in a.citations), a


def test_an_erratum_s_next_sentence_gives_the_right_figure(second):
    # (the erratum's heading read into its sentence, as pypdf gives it)
    judged(second, "The review system issued 31.2 million alerts in 2022", "contradicted", "29.4 million")
    judged(second, "The review system issued 29.4 million alerts in 2022", "supported", "29.4 million")


def test_a_year_before_a_study_or_a_verb_of_meeting_a_target_is_a_year():
    from bot.figures import extract_figures

    figs = extract_figures("A 2022 study by the Judicial Policy Research Institute found that e-filing saved 23 days.",
                           "en")
    assert [(f.surface, f.kind) for f in figs] == [("2022", "year"), ("23", "count")], figs
    figs = extract_figures("Target 2022 terlampaui dengan 9.120 buku digital.", "id")
    assert [(f.surface, f.kind) for f in figs] == [("2022", "year"), ("9.120", "count")], figs


def test_a_corrigendum_s_printed_share_is_taken_back():
    from bot.quotes import withdrawn_part

    s = ("Corrigendum: In the April 2024 release the share of real estate certified copies issued through the "
         "mobile app was printed as 21.3%; the correct share is 17.6% of real estate certified copies.")
    cut = withdrawn_part(s, s)
    assert "21.3%" in s[:cut] and "17.6%" not in s[:cut], s[:cut]
