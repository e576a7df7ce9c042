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
  as a capital at the start, so another city's complaints were shown as a rival.

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
