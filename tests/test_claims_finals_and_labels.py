"""Claims that a journalist checks against a revised or a labelled figure (stop 29).

Each had been judged "not in my sources" where the source contradicts it:
- a claim of a target as reached, naming the thing by its acronym in brackets ("digital
  IDs (IKD)") where the source counts the result as "IKD";
- a claim of the final figure that quotes the preliminary one, where the final figure
  stands in the next sentence without a year, or in a dataset row of another document;
- a count of "complaints" against an Indonesian source's "aduan";
- a count labelled before a colon ("Aduan LaporKita sepanjang 2023: 1,38 juta, naik
  dari 1,05 juta pada 2022");
- a claim opening with its subject's name ("LaporKita menerima ...") had read the name
  as a capital at the start, so another city's complaints were shown as a rival;
- a preliminary count in an Indonesian press release, the verified one in a later
  English feature ("public service malls" are "Mal Pelayanan Publik"), where the count
  of new malls opened that year ("25 MPP baru") had been shown as a rival of the total;
- a dataset on a system with a coined name ("CivicPass24") that never names its
  country: "Korea's CivicPass24" had been declined as another country's figures, and
  the claim checked only against the relevant passages' other counts.

Each document is invented for the test (names and figures are made up); each case failed
before the change.
"""

from __future__ import annotations

import pytest

from bot.render import render_verdict_text

IKD = """Digital ID uptake falls short of target

Indonesia's registration directorate had set a target of 30 million activations of the Identitas Kependudukan Digital (IKD) during 2023. By 31 December 2023, only 6.4 million IKD had been activated.
"""

BUDGET = """Catatan e-Budgeting Kota Harapan 2016

Pada penyusunan APBD 2016, sistem e-budgeting diperkirakan menghemat Rp 2,7 triliun (angka sementara yang diumumkan Januari 2016). Setelah audit, angka final direvisi menjadi Rp 2,2 triliun.
"""

NEWS = """SapaKota Catat 14,8 Juta Anggota Terdaftar pada 2023

Jumlah anggota terdaftar portal layanan publik SapaKota mencapai 14,8 juta orang pada akhir 2023 menurut angka sementara, naik dari 12,1 juta pada akhir 2022.
"""

STATS = """Year,Registered members (million),Status
2022,12.1,final
2023,14.3,final (revised)
"""

COMPLAINTS = """LaporKita, kanal aduan warga Kota Harapan

Sepanjang 2023, kanal LaporKita menerima 41.260 aduan (angka final setelah verifikasi, Februari 2024). Sebanyak 91,5% aduan telah ditindaklanjuti.

Ringkasan kinerja:

Aduan LaporKita sepanjang 2023: 1,38 juta, naik dari 1,05 juta pada 2022
"""

OTHER_CITY = """Aduan warga Kota Lestari naik

Aplikasi SuaraWarga menerima 52.310 aduan warga sepanjang 2023, naik 12,4% dari 46.540 aduan pada 2022.
"""


CIVICPASS = """Year,Registered members (million),New members (million),Status
2023,21.4,2.2,final
2024,23.0,1.6,final
"""

PORTAL_NEWS = """Portal CivicPass24 Korea Catat 23 Juta Anggota

Portal layanan publik Korea, CivicPass24, mencatat 23 juta anggota terdaftar pada akhir 2024. Layanan sertifikat daring kini mencakup 1.400 jenis dokumen.
"""

OTHER_PORTAL = """Year,Registered users (million)
2024,8.8
"""


PERMITS = """Online business permits: 2024 preliminary count

Preliminary figures show that there were 1.2 million applicants for online business permits in 2024. Audited figures for 2023 show 0.9 million applicants. Angka final aduan yang diselesaikan pada 2023 sebanyak 1,1 juta.
"""

MALLS_PRELIMINARY = """Capaian Sementara 2024: 150 Mal Pelayanan Publik Telah Diresmikan

Kementerian mencatat sebanyak 150 Mal Pelayanan Publik (MPP) telah diresmikan hingga 31 Desember 2024. Angka tersebut masih merupakan data sementara.

Sepanjang tahun 2024 diresmikan 25 MPP baru, sementara pada akhir 2023 jumlahnya tercatat 125 unit.
"""

MALLS_FEATURE = """Public service malls after seven years

By the end of 2024 Indonesia had 147 public service malls in operation, according to verified figures released by the ministry in April 2025. That is three fewer than announced in January.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory, embedder):
    from tests.corpus_helpers import engine_over

    files = {
        "digital-id-uptake.en.txt": (IKD, "Digital ID uptake falls short of target", "en", "2024-02-01"),
        "e-budgeting-kota-harapan.id.txt": (BUDGET, "Catatan e-Budgeting Kota Harapan 2016", "id", "2023-05-01"),
        "sapakota-anggota-2023.id.txt": (NEWS, "SapaKota Catat 14,8 Juta Anggota Terdaftar pada 2023", "id", "2024-01-10"),
        "sapakota-statistics.en.csv": (STATS, "SapaKota members, 2022-2023", "en", "2024-06-01"),
        "laporkita.id.txt": (COMPLAINTS, "LaporKita, kanal aduan warga Kota Harapan", "id", "2024-03-01"),
        "suarawarga.id.txt": (OTHER_CITY, "Aduan warga Kota Lestari naik", "id", "2024-02-15"),
        "civicpass24-members.en.csv": (CIVICPASS, "CivicPass24 members, 2023-2024", "en", "2025-02-01"),
        "civicpass24-berita.id.txt": (PORTAL_NEWS, "Portal CivicPass24 Korea Catat 23 Juta Anggota", "id", "2025-01-20"),
        "mygov-users.en.csv": (OTHER_PORTAL, "MyGov portal users", "en", "2025-01-05"),
        "business-permits-2024.en.txt": (PERMITS, "Online business permits: 2024 preliminary count", "en", "2025-01-20"),
        "mpp-capaian-sementara.id.txt": (MALLS_PRELIMINARY, "Capaian Sementara 2024: 150 Mal Pelayanan Publik", "id", "2025-01-14"),
        "public-service-malls.en.txt": (MALLS_FEATURE, "Public service malls after seven years", "en", "2025-05-02"),
    }
    return engine_over(tmp_path_factory.mktemp("finals"), files, embedder)


def _check(engine, claim: str):
    from bot.factcheck import check_claim

    v = check_claim(engine, claim)
    return v, render_verdict_text(v)


def test_a_target_claimed_as_reached_is_contradicted_by_the_result(engine):
    v, text = _check(engine, "Indonesia activated 30 million digital IDs (IKD) during 2023.")
    assert v.verdict == "contradicted" and "6.4 million" in text, text


def test_a_preliminary_figure_claimed_as_final(engine):
    v, text = _check(engine, "According to the final audit, e-budgeting saved Kota Harapan Rp 2.7 trillion in the 2016 budget.")
    assert v.verdict == "contradicted" and "Rp 2,2 triliun" in text, text
    # the final figure in another document's dataset row
    v, text = _check(engine, "Angka final jumlah anggota terdaftar SapaKota pada akhir 2023 adalah 14,8 juta.")
    assert v.verdict == "contradicted" and "14.3" in text, text
    # ... and the final figure itself is supported
    v, text = _check(engine, "According to the final audit, e-budgeting saved Kota Harapan Rp 2.2 trillion in the 2016 budget.")
    assert v.verdict == "supported", text


def test_complaints_are_aduan_and_a_label_names_what_is_counted(engine):
    v, text = _check(engine, "According to the final figures, LaporKita received 39,000 complaints in 2023.")
    assert v.verdict == "contradicted" and "41.260 aduan" in text, text
    v, text = _check(engine, "LaporKita received 1.38 million complaints in 2022.")
    assert v.verdict == "contradicted" and "1,05 juta" in text, text


def test_a_name_opening_the_claim_is_its_subject(engine):
    v, text = _check(engine, "LaporKita menerima 1,05 juta aduan pada 2022.")
    assert v.verdict == "supported", text
    assert "46.540" not in text and "Kota Lestari" not in text, text


def test_a_coined_name_places_a_dataset_that_names_no_country(engine):
    from bot.render import render_text

    a = engine.answer("How many new members did Korea's CivicPass24 gain in 2024?")
    assert a.answered and "1.6" in render_text(a), render_text(a)
    v, text = _check(engine, "Korea's CivicPass24 gained 23 million new members in 2024.")
    assert v.verdict == "contradicted" and "1.6" in text, text
    # a dataset naming neither the country nor the coined name asked is still no answer
    # for Korea (it names its own: "MyGov")
    a = engine.answer("How many registered users did Korea's Minwon24 portal have in 2024?")
    assert not a.answered, render_text(a)
    v, text = _check(engine, "Korea's Minwon24 portal had 8.8 million registered users in 2024.")
    assert v.verdict != "supported", text


def test_a_verified_count_in_another_language_and_no_rival_of_new_ones(engine):
    v, text = _check(engine, "Pada akhir 2024 terdapat 150 Mal Pelayanan Publik yang beroperasi.")
    assert v.verdict == "contradicted" and "147 public service malls" in text, text
    assert "25 MPP" not in text, text


def test_attacked_finals_and_coined_names(engine):
    # a final figure of another year, or of another thing, does not replace a preliminary one
    v, text = _check(engine, "There were 1.2 million applicants for online business permits in 2024.")
    assert v.verdict == "supported", text
    v, text = _check(engine, "There were 0.9 million applicants for online business permits in 2024.")
    assert v.verdict != "supported", text
    # a coined name is placed by the corpus: CivicPass24 is Korea's, not Japan's
    v, text = _check(engine, "Japan's CivicPass24 gained 1.6 million new members in 2024.")
    assert v.verdict != "supported", text
    from bot.render import render_text

    a = engine.answer("How many new members did Japan's CivicPass24 gain in 2024?")
    assert not a.answered, render_text(a)
