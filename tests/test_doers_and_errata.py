"""Who did it and where: a claim's doer ("ditandatangani oleh ...") against the sentence
that confirms its year, not against anything its passage names; an office's holder in
apposition and a sentence's closing place ("..., di Busan.") are of the year's clause;
an erratum's preamble ("Section 2 of the printed edition stated that ...") is none of what
it takes back, and its right figure counts what the wrong one counted.

A blind probe of stop 61 had "MoU 2017 ditandatangani oleh Abdullah Azwar Anas" supported
by "MoU 2017 ditandatangani oleh Menteri PANRB saat itu, Asman Abnur, ... di Seoul": the
passage named Anas as the signer of the 2023 MoU, and a claim's names had been looked for
in the whole passage. The true claim, "MoU 2017 ditandatangani oleh Asman Abnur", was not
in my sources: the name stood in an apposition after the office ("Menteri PANRB saat itu,
Asman Abnur,"), outside the year's clause. A report's "KISA blocked 503,300 smishing
messages in 2023" was corrected pages later ("Erratum (issued 8 April 2024): Section 2 of
the printed edition stated that KISA blocked 503,300 smishing messages in 2023; the correct
figure is 530,300."): the claim of 530,300 was contradicted, that of 503,300 supported (a
blind probe of stop 62). The documents are written for these tests. (A first version also checked a claim's place against the sentence, read "passed 90%" as a
bound and a workbook's "Ralat:" line as a note: an attack and the probes found them
worse than before, and they were dropped.)
"""

from __future__ import annotations

import pytest

from tests.corpus_helpers import engine_over, judged

AGREEMENT = """Korea dan Vietnam Sepakati Kerja Sama Pusat Data Pemerintah

HANOI - Pemerintah Vietnam dan Korea Selatan menandatangani perjanjian kerja sama pusat data
pemerintah di Hanoi, Selasa (14/3/2023). Perjanjian ditandatangani oleh Menteri Informasi dan
Komunikasi Vietnam Nguyen Manh Hung dan Wakil Menteri Dalam Negeri dan Keselamatan Korea Han
Chang-seob.

Perjanjian ini melanjutkan kerja sama sebelumnya. Perjanjian 2019 ditandatangani oleh Menteri
Informasi dan Komunikasi saat itu, Nguyen Van Thanh, dan Wakil Menteri Korea, Park Jin-ho, di Busan.

Aplikasi layanan data pemerintah itu dirancang oleh Tran Minh Duc dan diluncurkan pada tahun 2021. Peta
jalan kerja sama disahkan pada tahun 2020 oleh kedua menteri di Hanoi.
"""


FILLER = ("The agency's regional offices ran awareness sessions for schools, clinics and small firms, and its "
          "help desk answered questions from the public by telephone and chat throughout the year. ")
SECURITY = f"""Tirtamulya Cyber Security Annual Report 2023

1. Threats

The Tirtamulya Security Agency blocked 503,300 smishing messages in 2023, most of them posing as parcel
delivery notices. Reports of malicious apps fell to 3,871 from 4,507 in 2022.

{FILLER * 6}

2. Outlook

{FILLER * 6}

Erratum (issued 8 April 2024): Section 1 of the printed edition stated that the Tirtamulya Security Agency
blocked 503,300 smishing messages in 2023; the correct figure is 530,300.
"""
ACADEMY = f"""Tirtamulya Digital Academy Annual Report 2023

In 2023 the academy trained 3,400 officials in 96 courses at a cost of KRW 3.1 billion.

Across schools, the audits found 412 unpatched servers in 2022.

{FILLER * 6}

Erratum: Section 1 stated that the academy trained 3,400 officials in 96 courses at a cost of KRW 3.1 billion;
the correct number of courses is 69.

Erratum: Section 2 stated that hospital audits showed 412 unpatched servers in 2023; the correct figure is 421.
"""


@pytest.fixture(scope="module")
def agreement(embedder, tmp_path_factory):
    files = {"perjanjian-2023.txt": (AGREEMENT, "Korea dan Vietnam Sepakati Kerja Sama Pusat Data Pemerintah", "id",
                                     "2023-03-15"),
             "security-2023.txt": (SECURITY, "Tirtamulya Cyber Security Annual Report 2023", "en", "2024-03-01"),
             "academy-2023.txt": (ACADEMY, "Tirtamulya Digital Academy Annual Report 2023", "en", "2024-03-01")}
    return engine_over(tmp_path_factory.mktemp("agreement"), files, embedder, kind="news")


def test_the_signer_named_in_apposition_and_the_sentence_s_place(agreement):
    judged(agreement, "Perjanjian 2019 ditandatangani oleh Nguyen Van Thanh", "supported", "Nguyen Van Thanh")
    judged(agreement, "Perjanjian 2019 ditandatangani di Busan", "supported", "Busan")


def test_another_signer_in_the_sentence_of_the_year(agreement):
    # the passage names Han Chang-seob, as a signer of 2023; the 2019 sentence names others
    judged(agreement, "Perjanjian 2019 ditandatangani oleh Han Chang-seob", "contradicted",
           "bukan Han Chang-seob", "Park Jin-ho")


def test_a_doer_of_another_deed_is_no_contradiction(agreement):
    # the sentence names who developed the app, not who launched it: the year is right,
    # the launcher unconfirmed
    judged(agreement, "Aplikasi layanan data pemerintah diluncurkan oleh Le Van Hoa pada tahun 2021",
           "partly_supported", "bukan Le Van Hoa")
    judged(agreement, "Aplikasi layanan data pemerintah dirancang oleh Tran Minh Duc pada tahun 2021", "supported")


def test_no_person_no_contradiction(agreement):
    # "oleh kedua menteri di Hanoi" names no person (an attack on a first version had
    # "Hanoi", an office's acronym or an organisation written in full read as the doer)
    from bot.factcheck import check_claim

    for claim in ("Peta jalan kerja sama disahkan oleh Nguyen Manh Hung pada tahun 2020",
                  "Aplikasi layanan data pemerintah diluncurkan oleh Kementerian Informasi pada tahun 2021"):
        assert check_claim(agreement, claim).verdict != "contradicted", claim



def test_an_erratum_s_preamble_and_its_right_figure(agreement):
    judged(agreement, "The Tirtamulya Security Agency blocked 530,300 smishing messages in 2023", "supported", "530,300")
    judged(agreement, "The Tirtamulya Security Agency blocked 503,300 smishing messages in 2023", "contradicted",
           "530,300")


def test_an_erratum_takes_back_what_it_sets_right_only(agreement):
    # (an attack on a first version: a whole sentence quoted to set one figure right had
    # taken back its other figures, and an erratum of hospitals' 412 servers in 2023 the
    # schools' 412 of 2022)
    judged(agreement, "In 2023 the Tirtamulya Digital Academy trained 3,400 officials", "supported", "3,400")
    judged(agreement, "School audits in Tirtamulya found 412 unpatched servers in 2022", "supported", "412")
    judged(agreement, "Hospital audits in Tirtamulya found 421 unpatched servers in 2023", "supported", "421")
