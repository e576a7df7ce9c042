"""Money spent against money budgeted, taxes of another kind, and rates answered by
percentages: a journalist asking what a province actually spent must not be shown its
budget (nor the other way round), nor the restaurant tax for the hotel tax, and an
official asking a pass rate must get the "92 persen" the source gives.

The documents are invented for the test (from a third, a fourth and a fifth attack on the answers, whose
probes had five questions for spending answered with budgets, the hotel tax answered
with the restaurant tax, "Berapa pagu ...?" declined, and "Berapa tingkat kelulusan
angkatan kedua?" declined; and from a sixth and a seventh, whose probes had a year's
budget answer for its unaudited spending, counts and rates of other things date the
answer, and list items under a lead-in read as neither budget nor spending)."""

from __future__ import annotations

import pytest

from bot.render import render_text
from tests.corpus_helpers import engine_over

BUDGET = """Laporan Anggaran SPBE Provinsi Kalimantan Tengah 2022-2024

Pemerintah Provinsi Kalimantan Tengah mengalokasikan anggaran Sistem Pemerintahan Berbasis Elektronik (SPBE) sebesar Rp 84,6 miliar pada 2023, naik dari Rp 61,2 miliar pada 2022. Realisasi belanja SPBE 2023 tercatat Rp 72,9 miliar atau 86,2 persen dari pagu. Untuk 2024, pagu SPBE ditetapkan Rp 97,5 miliar.
"""

COMMAND_CENTRE = """Command Center Kota Palu

Realisasi belanja Command Center Kota Palu 2023 mencapai Rp 4,2 miliar, terutama untuk kamera pengawas dan ruang kendali.
"""

TRAINING = """Program Pelatihan Talenta Digital ASN 2024

Program berlangsung dalam tiga angkatan. Angkatan pertama diikuti 1.200 peserta, angkatan kedua 1.850 peserta, dan angkatan ketiga 2.400 peserta.

Biaya pelatihan per peserta Rp 7,5 juta. Tingkat kelulusan angkatan pertama 88 persen, sedangkan angkatan kedua 92 persen.
"""

TAXES = """Evaluasi E-Pajak Kota Pekanbaru 2023

Pemerintah Kota Pekanbaru menargetkan 400.000 warga memiliki kartu layanan kota hingga akhir 2023.

Bapenda Kota Pekanbaru mewajibkan pelaporan pajak hotel dan restoran melalui aplikasi e-Pajak sejak 1 Maret 2023. Tingkat kepatuhan pelaporan wajib pajak restoran naik dari 61 persen pada 2022 menjadi 84 persen pada 2023.

Penerimaan pajak restoran 2023 tercatat Rp 148,7 miliar, melampaui target Rp 135 miliar. Sebaliknya, penerimaan pajak parkir hanya Rp 9,4 miliar dari target Rp 14 miliar.
"""

LOCAL_TAXES = """Makassar's E-Tax App

Makassar levies hotel and restaurant taxes through its e-tax app. Restaurant tax revenue reached Rp 210 billion in 2023.
"""

BOGOR_TAXES = """Pajak Daerah Kota Bogor 2024

Pajak parkir, pajak hiburan, serta pajak reklame wajib dilaporkan melalui e-SPTPD mulai 2025. Penerimaan pajak hiburan 2024 sebesar Rp 21,7 miliar.
"""

# (from a fourth attack: "Actual expenditure" in the sentence after the budget, an amount
# in Philippine pesos, "2023 mencatat penyerapan 78 persen", "Sebanyak 2000 wajib pajak")
OUTTURN = """Iloilo Province ICT Programme: 2023 Budget Outturn

The Provincial Government of Iloilo allocated PHP 325 million to its ICT programme in 2023. Actual expenditure for the year reached PHP 288.4 million, an outturn of 88.7 percent. For 2024, the provincial board approved a budget of PHP 340 million.

The e-Business permit system cost PHP 41.6 million to build and went live in June 2023. The province disbursed PHP 12.5 million to towns for free Wi-Fi, out of PHP 20 million earmarked. The permit portal runs on PHP 8.2 and PostgreSQL.
"""

TARAKAN = """Laporan Realisasi Anggaran Kota Tarakan 2024

Pemerintah Kota Tarakan menganggarkan Rp 38,2 miliar untuk program kota cerdas dalam APBD 2024. Hingga 31 Desember 2024, dana yang terserap sebesar Rp 30,6 miliar.

Rincian pagu 2024 per kegiatan:
- Aplikasi Tarakan Pintar: pagu Rp 3,1 miliar
- Jaringan fiber optik: pagu Rp 12,4 miliar, realisasi Rp 11,8 miliar

Pagu pengadaan melalui SPSE mencapai Rp 410 miliar pada 2024, dan pembayaran yang telah dicairkan hingga Desember 2024 mencapai Rp 300 miliar. Melalui katalog elektronik, perangkat daerah membelanjakan Rp 95 miliar.

Sebanyak 1950 wajib pajak hotel telah terdaftar di e-SPTPD Tarakan. Kepala Diskominfo Tarakan, Rudi Hartono, menyatakan 2023 mencatat penyerapan 81 persen, lebih rendah dari capaian 2024.
"""

DIGITAL_IDS = """Digital IDs in Southeast Asia

The Philippine Identification System (PhilSys) enrolled 88 million people by 2024. The project budget from 2018 to 2023 totalled PHP 28.4 billion.

Thailand's national digital ID, ThaID, run by the Department of Provincial Administration, launched in 2022 and had 13.5 million users by December 2023.
"""

SURVEY = """Survei Kepuasan Masyarakat Kabupaten Sleman 2023

Survei kepuasan masyarakat di tingkat kabupaten pada 2023 menghasilkan nilai 84,9 dengan mutu pelayanan B. Survei dilakukan oleh Bagian Organisasi Setda Sleman terhadap 2.400 responden.
"""

# (from a fifth attack: a year asked whose figure is in the next sentence, a budget asked
# where only money used up is told, a rate's year, a list item under its label, a count
# of people beside an allocation, the ringgit's "RM")
VILLAGES = """Program Internet Desa Kabupaten Sungai Lestari

Kabupaten Sungai Lestari menjalankan program internet desa sejak 2022 untuk layanan administrasi desa secara daring.

Pada 2022, pagu program kabupaten sebesar Rp 8 miliar dengan realisasi Rp 6,6 miliar atau 82 persen. Pada 2023, anggaran naik menjadi Rp 12,2 miliar dan terserap Rp 11,4 miliar.

Anggaran pengembangan sistem pajak pada 2023 sebesar Rp 2,8 miliar. Pada 2022, kabupaten menghabiskan Rp 1,6 miliar untuk pemeliharaan server.

Tingkat kepatuhan pelaporan wajib pajak naik dari 61 persen pada 2022 menjadi 73 persen pada 2023. 2023 mencatat 10.200 laporan pajak elektronik, sementara 2022 mencatat 8.300 laporan. Pendapatan pajak restoran 2023 mencapai Rp 54 miliar.

Rincian pagu 2024 per kegiatan:
- Aplikasi Lestari Melayani: pagu Rp 2,4 miliar
- Menara pemancar desa: pagu Rp 6,1 miliar, realisasi Rp 5,9 miliar
"""

IDENTITY = """Digital Identity Rollout in Seri Mahkota State

The state allocated MYR 14.5 million for the digital identity in 2022 and spent MYR 12.2 million of it. In 2023 the allocation rose to MYR 19 million, while actual spending reached RM 17.8 million.

2023 saw enrolment reach 385,000 residents, or 36 percent of the adult population.

The state trained 420 enrolment officers in 2023. In their final assessment, the pass rate of the officers was 91 percent.
"""

# (from a sixth attack: a budget and spending in two clauses of one sentence, counts of
# another thing in the year asked, a rate of another thing in the year asked, a list
# under a lead-in naming the budget, a sentence opening on "Realisasinya"; from the
# fourth: the programme's budget above the spending on the thing asked; from a seventh:
# an average time and a rate dated by the year's counts, a year's item below an opening
# sentence stating no figure)
PERMATA = """Program Kota Cerdas Kabupaten Bukit Permata 2023-2025

Pagu program kota cerdas pada 2023 sebesar Rp 14,2 miliar dengan realisasi Rp 12,9 miliar. Untuk 2025 pagu ditetapkan Rp 17,6 miliar; realisasi hingga akhir tahun belum diaudit.

Anggaran pusat data kabupaten 2024 sebesar Rp 5,25 miliar. Realisasinya Rp 4,61 miliar atau penyerapan 87,8 persen.

Tahun 2024 mencatat 2.310 peserta bimbingan teknis dan tingkat kelulusan 82,5 persen. Tingkat kepuasan peserta bimbingan teknis 2025 sebesar 90,4 persen.

Pagu aplikasi layanan desa per tahun:
- 2023: Rp 1,8 miliar
- 2024: Rp 2,3 miliar

Hingga Desember 2024, sertifikat elektronik telah diterbitkan untuk 1.120 pegawai di tingkat kabupaten dan 310 pegawai di 9 kecamatan.

Pemerintah kabupaten menganggarkan Rp 30,5 miliar untuk program transformasi digital dalam APBD 2024. Dinas Kominfo menghabiskan Rp 1,4 miliar untuk jasa konsultan perencanaan pada 2024.
"""

HARBOUR = """Harbour City Permit Portal Review

The Harbour City permit portal handled 61,400 permit requests in 2023 and 73,900 in 2024. The average approval time fell from 9 days in 2022 to 3 days in 2024.

Registered businesses filed 12,300 online renewals in 2023. The user satisfaction rate reached 81 percent in 2024.

The review compared city permit portals in three countries. All amounts are the cities' budgets for 2024 unless stated otherwise.
- Harbour City: USD 4.6 million for the permit portal, with 73,900 requests
- Lagoon City: USD 2.9 million for its permit portal, with 40,100 requests
- Reef Town: USD 1.1 million for its permit portal, with 9,800 requests

Spending figures were published only for Lagoon City: Lagoon City spent USD 2.4 million in 2024.

Harbour City allocated USD 12 million to its digital services programme in 2024. Spending on cloud hosting came to USD 0.8 million.
"""


SONG_HA = """Song Ha Province One-Stop Portal Evaluation

The One-Stop Service portal of Song Ha Province was launched in 2021 under Provincial Decision Number 877 of 2021. The portal processed 18,200 applications in 2023, up from 12,900 in 2022.

Amounts below are budgets unless stated otherwise.
- 2021: USD 1.2 million
- 2022: USD 1.6 million
- 2023: USD 1.9 million
"""


@pytest.fixture(scope="module")
def engine(embedder, tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("spent"), {
        "spbe-kalteng.id.txt": (BUDGET, "Laporan Anggaran SPBE Provinsi Kalimantan Tengah 2022-2024", "id", "2024-03-01"),
        "palu.id.txt": (COMMAND_CENTRE, "Command Center Kota Palu", "id", "2024-02-01"),
        "talenta.id.txt": (TRAINING, "Program Pelatihan Talenta Digital ASN 2024", "id", "2024-11-01"),
        "pekanbaru.id.txt": (TAXES, "Evaluasi E-Pajak Kota Pekanbaru 2023", "id", "2024-01-20"),
        "makassar.en.txt": (LOCAL_TAXES, "Makassar's E-Tax App", "en", "2024-02-01"),
        "bogor.id.txt": (BOGOR_TAXES, "Pajak Daerah Kota Bogor 2024", "id", "2025-01-15"),
        "iloilo.en.txt": (OUTTURN, "Iloilo Province ICT Programme: 2023 Budget Outturn", "en", "2024-04-02"),
        "tarakan.id.txt": (TARAKAN, "Laporan Realisasi Anggaran Kota Tarakan 2024", "id", "2025-02-10"),
        "digital-ids.en.txt": (DIGITAL_IDS, "Digital IDs in Southeast Asia", "en", "2024-06-01"),
        "sleman.id.txt": (SURVEY, "Survei Kepuasan Masyarakat Kabupaten Sleman 2023", "id", "2024-01-30"),
        "sungai-lestari.id.txt": (VILLAGES, "Program Internet Desa Kabupaten Sungai Lestari", "id", "2024-06-12"),
        "seri-mahkota.en.txt": (IDENTITY, "Digital Identity Rollout in Seri Mahkota State", "en", "2024-05-02"),
        "bukit-permata.id.txt": (PERMATA, "Program Kota Cerdas Kabupaten Bukit Permata 2023-2025", "id", "2025-06-30"),
        "harbour-city.en.txt": (HARBOUR, "Harbour City Permit Portal Review", "en", "2025-03-01"),
        "song-ha.en.txt": (SONG_HA, "Song Ha Province One-Stop Portal Evaluation", "en", "2024-09-01"),
    }, embedder)


@pytest.mark.parametrize(
    "question",
    [
        # spending asked: 2022's budget is no spending, and 2023's spending is of another year
        "Berapa realisasi belanja SPBE Kalimantan Tengah tahun 2022?",
        "How much of the 2024 SPBE budget has Central Kalimantan spent so far?",
        # a budget asked: money spent is no budget
        "Berapa anggaran Command Center Kota Palu 2023?",
        # another tax than the one asked, where the passage names the one asked too
        "Berapa penerimaan pajak hotel Kota Pekanbaru 2023?",
        "What was Makassar's hotel tax revenue in 2023?",
        "brp penerimaan pajak reklame bogor 2024",
        # the thing asked has a budget only: the programme's absorption is none of it
        "brp realisasi aplikasi tarakan pintar 2024",
        # an amount in Philippine pesos is no figure of Thailand's
        "How much has Thailand spent on ThaID?",
        # a level of government is a kind of "tingkat", listed or not
        "Berapa nilai survei kepuasan masyarakat tingkat kecamatan di Sleman tahun 2023?",
        # a budget asked: money used up is none, nor is a revenue beside it
        "Berapa pagu pemeliharaan server Sungai Lestari tahun 2022?",
        # a rate of a year the source does not give, asked without a figure word
        "What was Sungai Lestari's tax reporting compliance rate in 2021?",
        # a rate is no amount of money
        "What was the pass rate of the e-Business permit system test?",
        # an allocation of 2022 does not answer how many enrolled in 2022
        "How many residents had enrolled in Seri Mahkota's digital identity in 2022?",
        # the item asked has a budget only
        "brp realisasi aplikasi lestari melayani 2024",
        # a rate of another thing is no answer in the question's language
        "What was the completion rate of Seri Mahkota's enrolment officer training?",
        # the year's budget is in a clause of its own; its spending is not told
        "Berapa realisasi program kota cerdas Bukit Permata tahun 2025?",
        # the year asked dates another thing's count (days), not the requests
        "How many permit requests did the Harbour City portal handle in 2022?",
        # the year asked dates another rate (the pass rate), not the satisfaction asked
        "Berapa tingkat kepuasan peserta bimbingan teknis Bukit Permata tahun 2024?",
        # a list item under a lead-in saying its amounts are budgets is no spending
        "How much did Reef Town actually spend on its permit portal in 2024?",
        # the programme's budget is no budget of the thing asked, whose spending is told
        "Berapa anggaran jasa konsultan perencanaan Bukit Permata 2024?",
        "How much was budgeted for cloud hosting in Harbour City?",
        # an average time asked is dated by the times, not by the year's counts
        "What was the average approval time of the Harbour City permit portal in 2023?",
        # a rate asked is dated by the percentages, not by the year's counts
        "Berapa tingkat kepuasan pengguna portal izin Harbour City tahun 2023?",
    ],
)
def test_a_budget_spending_or_tax_of_another_kind_is_no_answer(engine, question):
    answer = engine.answer(question)
    assert not answer.answered, render_text(answer)


@pytest.mark.parametrize(
    "question, figure",
    [
        ("Berapa realisasi belanja SPBE Kalimantan Tengah 2023?", "Rp 72,9 miliar"),
        ("Berapa anggaran SPBE Kalimantan Tengah 2023?", "Rp 84,6 miliar"),
        # "pagu" asks for money ("brp pagu spbe kalteng 2024" had been declined)
        ("Berapa pagu SPBE Kalimantan Tengah 2024?", "Rp 97,5 miliar"),
        ("brp pagu spbe kalteng 2024", "Rp 97,5 miliar"),
        ("Berapa realisasi belanja Command Center Kota Palu 2023?", "Rp 4,2 miliar"),
        # a rate is answered by a percentage, of the year asked
        ("Berapa tingkat kelulusan angkatan kedua?", "92 persen"),
        ("Berapa tingkat kepatuhan pelaporan pajak restoran Pekanbaru tahun 2022?", "61 persen"),
        # the tax asked, beside another in the same quote
        ("Berapa penerimaan pajak restoran Pekanbaru 2023?", "Rp 148,7 miliar"),
        ("Berapa penerimaan pajak parkir Pekanbaru 2023?", "Rp 9,4 miliar"),
        ("Berapa target penerimaan pajak parkir 2023?", "Rp 14 miliar"),
        ("What was Makassar's restaurant tax revenue in 2023?", "Rp 210 billion"),
        ("Berapa penerimaan pajak hiburan Kota Bogor 2024?", "Rp 21,7 miliar"),
        # spending asked: the sentence telling it, after the budget's
        ("How much did Iloilo actually spend on its ICT programme in 2023?", "PHP 288.4 million"),
        ("Berapa realisasi belanja program TIK Provinsi Iloilo 2023?", "PHP 288.4 million"),
        ("Berapa realisasi belanja katalog elektronik Tarakan 2024?", "Rp 95 miliar"),
        # an amount in Philippine pesos
        ("How much did the e-Business permit system cost?", "PHP 41.6 million"),
        # a year before "mencatat" dates the figure; a year-like number after "sebanyak" counts
        ("Berapa persen penyerapan anggaran Tarakan tahun 2023?", "81 persen"),
        ("Berapa wajib pajak hotel yang terdaftar di e-SPTPD Tarakan?", "1950 wajib pajak"),
        ("What was the budget of the Philippines' PhilSys project?", "PHP 28.4 billion"),
        ("How many users did Thailand's ThaID have in 2023?", "13.5 million users"),
        ("Berapa nilai survei kepuasan masyarakat tingkat kabupaten di Sleman tahun 2023?", "84,9"),
        # the year asked is in the sentence after the one ranked first
        ("Berapa realisasi program internet desa Sungai Lestari tahun 2023?", "Rp 11,4 miliar"),
        ("Berapa anggaran pengembangan sistem pajak Sungai Lestari 2023?", "Rp 2,8 miliar"),
        ("What was Sungai Lestari's tax reporting compliance rate in 2023?", "73 persen"),
        # a list item giving a figure after a word is quotable
        ("Berapa pagu aplikasi Lestari Melayani 2024?", "Rp 2,4 miliar"),
        ("How much did Seri Mahkota actually spend on the digital identity in 2023?", "RM 17.8 million"),
        ("What was the pass rate of Seri Mahkota's enrolment officers?", "91 percent"),
        ("Berapa tingkat kelulusan petugas pendaftaran identitas digital Seri Mahkota?", "91 percent"),
        # the clause telling 2023's spending, beside its budget
        ("Berapa realisasi program kota cerdas Bukit Permata tahun 2023?", "Rp 12,9 miliar"),
        # "Realisasinya" goes on about the budget of the sentence before
        ("Berapa realisasi anggaran pusat data Bukit Permata tahun 2024?", "Rp 4,61 miliar"),
        # a list item under its lead-in ("Pagu ... per tahun:")
        ("Berapa pagu aplikasi layanan desa Bukit Permata tahun 2023?", "Rp 1,8 miliar"),
        ("How many permit requests did the Harbour City portal handle in 2023?", "61,400"),
        ("What was the average approval time of the Harbour City permit portal in 2024?", "3 days"),
        ("Berapa tingkat kepuasan pengguna portal izin Harbour City tahun 2024?", "81 percent"),
        # the year's list item, below an opening sentence of other years stating no figure
        ("What was the Song Ha portal's budget for 2022?", "USD 1.6 million"),
        ("Berapa realisasi belanja jasa konsultan perencanaan Dinas Kominfo Bukit Permata 2024?", "Rp 1,4 miliar"),
        ("How much did Harbour City spend on cloud hosting?", "USD 0.8 million"),
        # spending told in a sentence naming the city, after its list item's budget
        ("How much did Lagoon City actually spend on its permit portal in 2024?", "USD 2.4 million"),
        ("Berapa anggaran program transformasi digital Bukit Permata 2024?", "Rp 30,5 miliar"),
        # "tingkat kabupaten" is a level, not a rate: a count answers
        ("Berapa pegawai tingkat kabupaten di Bukit Permata yang memiliki sertifikat elektronik?", "1.120 pegawai"),
    ],
)
def test_money_of_the_kind_asked_and_rates_are_answered(engine, question, figure):
    answer = engine.answer(question)
    assert answer.answered, render_text(answer)
    assert figure in render_text(answer)


def test_a_year_before_a_verb_is_shown_as_no_figure(engine):
    # "2023 tercatat Rp (2.023)" had been listed among a reply's figures
    answer = engine.answer("Berapa realisasi belanja SPBE Kalimantan Tengah 2023?")
    figures = [line for line in render_text(answer).splitlines() if line.strip().startswith("Angka:")]
    assert any("Rp 72,9 miliar" in line for line in figures), figures
    assert not any("2023" in line or "2.023" in line for line in figures), figures


def test_philippine_pesos_are_shown_with_their_currency(engine):
    # "PHP 325 million" had been listed as "325 million": the code is a common word too
    answer = engine.answer("How much did Iloilo allocate to its ICT programme in 2023?")
    figures = [line for line in render_text(answer).splitlines() if line.strip().startswith("Figures:")]
    assert any("PHP 325 million" in line for line in figures), render_text(answer)
