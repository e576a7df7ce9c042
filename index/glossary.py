"""A bilingual glossary of public-administration words, English <-> Indonesian.

Why: the word table read off the embedding model (:mod:`index.lexicon`) keeps only pairs
whose word vectors have a cosine of at least 0.93, and the model places many of this
product's own words below that: "budget"/"anggaran" 0.908, "registered"/"terdaftar"
0.897, "province"/"provinsi" 0.891, "regency"/"kabupaten" 0.835, "complaints"/"pengaduan"
0.836, "proposed"/"diajukan" 0.847 (multilingual-e5-small, query prompt). Lowering the
threshold does not help: at 0.90 the nearest corpus words are mostly look-alikes
("wager" -> "warga", "empathy" -> "empat"), mutual nearest neighbours included. The table
also translates a word only when no passage has it, so in an index holding English and
Indonesian sources an English "budget" never reaches "anggaran". This glossary is the
hand-written complement: the words officials and journalists use about budgets, offices,
services, permits, figures and their status, in both languages. It is vocabulary of the
field, not of any one document.

Format of :data:`GLOSSARY`: one entry per line, ``english words = indonesian words``,
each side a comma-separated list of words or phrases meaning the same thing; ``#`` starts
a comment. A phrase matches only as a whole (its words adjacent, function words
dropped); on the English side a hyphenated compound is one word ("e-government" is no
"government").

Matching (:meth:`Glossary.expand`): the English side is compared by Snowball English
stems ("budgets", "budgeted" -> "budget"), the Indonesian side by its words less glued
particles (:func:`indonesian_key`: "anggarannya" -> "anggaran"; an entry lists the
derived forms it means). A
question matching one side adds the other side's words that some passage has (the BM25
vocabulary) and the question does not, at most :data:`WORDS_PER_ENTRY` per entry, those
the most passages have first; so an English question over Indonesian sources also
matches their words, an Indonesian question over English sources theirs, and a question
in the corpus's only language adds nothing.
The added words feed the sentence ranker's word overlap only
(:attr:`index.search.QueryVector.glossary`, :func:`bot.quotes.rank_sentences`), not BM25: in BM25 (tried with all of an
entry's words and with the two most common, also at half weight) they drew passages that
share one common term ("budget", "office") with the question and nothing else, and
sources that do not say were quoted for questions they cannot answer (README.md,
"Quality"). The question's embedding, answer types and decline rules read the question
as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.bm25 import BM25Index, tokenize

#: The glossary (module docstring for the format).
GLOSSARY = """
# money
budget, budgets, budgeted, budgeting, allocation, allocated, allocate = anggaran, pagu, alokasi, dialokasikan
spending, spent, spend, expenditure, expenditures, disbursed, disbursement, realised, realized, realisation, realization = realisasi, belanja, terserap, penyerapan, dibelanjakan
absorbed, absorption, absorb = penyerapan, terserap, realisasi
cost, costs, costing = biaya, menelan
fund, funds, funding, funded, money = dana, pendanaan, didanai
revenue, revenues, income, receipts = pendapatan, penerimaan
tax, taxes, taxation = pajak
taxpayer, taxpayers = wajib pajak
tax return, tax returns, annual return, annual returns = spt, surat pemberitahuan
fine, fines, penalty, penalties, sanction, sanctions = denda, sanksi
refund, refunds, refunded, reimbursed = pengembalian, dikembalikan, refund
levy, levies, charge, charges, fee, fees, tariff = retribusi, tarif, biaya
savings, saved, save, saving, efficiency = penghematan, menghemat, hemat, efisiensi
investment, invested, invest = investasi
grant, grants = hibah
loan, loans = pinjaman
procurement, purchase, purchasing, purchased = pengadaan, pembelian
tender, auction, bidding = lelang, tender
winning bid, winning bids, winning tender, award value, awarded value, awarded = hasil tender, pemenang, dimenangkan
ceiling, budget ceiling, ceiling value = pagu
value, values, worth = nilai
contract, contracts = kontrak
payment, payments, paid, pay, paying = pembayaran, dibayar, membayar, bayar
transaction, transactions = transaksi
cashless, noncash = nontunai
collected, collection = dipungut, pemungutan, terkumpul, penerimaan
compliance, compliant = kepatuhan, patuh
# status of a figure
proposed, proposal, propose, requested, request = usulan, diusulkan, mengusulkan, diajukan, pengajuan
approved, approve, approval, adopted, enacted = disetujui, persetujuan, disahkan, ditetapkan
preliminary, provisional, temporary, interim = sementara
final, definitive = final
revised, revision, corrected = direvisi, revisi, koreksi
audited, audit = diaudit, audit
estimated, estimate, estimates, projected, projection = perkiraan, diperkirakan, proyeksi, estimasi
target, targets, targeted, goal, goals = target, sasaran, ditargetkan, menargetkan
achieved, achievement, reached, attained = capaian, tercapai, mencapai
planned, plan, plans = rencana, direncanakan, berencana
# how figures move
increase, increased, rose, risen, grew, growth, rise = naik, kenaikan, meningkat, peningkatan, pertumbuhan, tumbuh
decrease, decreased, fell, fallen, declined, decline, drop, dropped, reduced, reduction = turun, penurunan, menurun, berkurang, pengurangan
average, mean = rata-rata
total, overall, combined = total, jumlah, keseluruhan
share, proportion, percentage, portion = persentase, porsi, pangsa, proporsi
rate, level = tingkat
ratio = rasio, perbandingan
# government and its offices
government, governments = pemerintah, pemerintahan
central government = pemerintah pusat
local government, regional government = pemerintah daerah, pemda
ministry, ministries = kementerian
minister = menteri
deputy minister, vice minister = wakil menteri
deputy, vice = wakil
agency, agencies, office, offices, department = dinas, badan, kantor, lembaga, instansi
government agency, government agencies, public agencies, public bodies = instansi, instansi pemerintah
head, heads, chief, headed, leads, led, leader = kepala, dipimpin, memimpin, ketua
chairman, chairperson, chair = ketua
secretary = sekretaris
director, directorate = direktur, direktorat
spokesperson, spokesman, spokeswoman = juru bicara
official, officials = pejabat, petugas
civil servant, civil servants, public servants, civil service = aparatur sipil negara, asn, pegawai negeri
employees, staff, personnel, workers = pegawai, staf, karyawan
council, legislature, parliament, assembly = dprd, dpr, dewan
regent = bupati
governor = gubernur
mayor = walikota, wali kota
village head = kepala desa
communications and informatics, communication and informatics, ict office = komunikasi dan informatika, kominfo, diskominfo
# (bodies and terms whose acronym differs between the languages)
united nations = perserikatan bangsa-bangsa, pbb
information and communication technology, ict = teknologi informasi dan komunikasi, tik
small and medium enterprises, msme, msmes, smes = usaha mikro kecil dan menengah, umkm
state-owned enterprise, state-owned enterprises, soe, soes = badan usaha milik negara, bumn
# places of administration
regency, regencies, county, counties = kabupaten
district, districts = kabupaten, kecamatan, distrik
sub-district, sub-districts, subdistrict, subdistricts = kecamatan
village, villages = desa, kelurahan
city, cities, municipality, municipal = kota
province, provinces, provincial = provinsi
regional, local = daerah
region, regions, area, areas = wilayah, kawasan
national, nationwide, nationally = nasional
country, countries = negara
remote, isolated = terpencil
rural = perdesaan, pedesaan
urban = perkotaan
island, islands = pulau, kepulauan
border = perbatasan
# people served
citizens, citizen, residents, resident, people, community = warga, penduduk, masyarakat
population = penduduk, populasi, kependudukan
households, household = rumah tangga
families, family, beneficiary families = keluarga, keluarga penerima manfaat, kpm
beneficiaries, beneficiary, recipients, recipient = penerima manfaat, penerima, kpm
users, user = pengguna
active users = pengguna aktif
visitors, visits, visitor = pengunjung, kunjungan
participants, participant, attendees, trainees = peserta
attendance, attended, attend, turnout = kehadiran, hadir, menghadiri
businesses, business, entrepreneurs, enterprises = usaha, pelaku usaha, perusahaan
small businesses, smes, msmes = umkm
companies, company, firms = perusahaan
private sector = swasta
farmers = petani
fishermen, fishers = nelayan
students, student, pupils, pupil, kids = siswa, pelajar, mahasiswa, murid
teachers = guru
patients = pasien
doctors = dokter
# services and systems
service, services = layanan, pelayanan
public service, public services = pelayanan publik, layanan publik
application, applications, app, apps = aplikasi, permohonan
phone, phones, mobile phone, mobile phones, smartphone, smartphones, handset, handsets = ponsel, telepon seluler, handphone, hp, gawai
# procedures (guides: a list asked for is found by its heading, bot.engine._list_quote)
requirement, requirements, prerequisite, prerequisites = persyaratan, syarat
step, steps, stage, stages = langkah, tahap, tahapan
procedure, procedures = prosedur, tata cara
apply, applying, applicant, applicants = mengajukan, permohonan, pemohon
system, systems = sistem
electronic = elektronik
online = daring
website, web page = situs, laman
platform = platform, sarana
network, networks = jaringan
fibre, fiber, fibre-optic, fiber-optic = fiber optik, serat optik
connected, connection, connections, connectivity, linked = terhubung, tersambung, koneksi, konektivitas
access = akses
broadband = pita lebar
signal = sinyal
tower, towers, cell tower, cell towers, base station, base stations, bts = menara, bts, base transceiver station
satellite = satelit
devices, device, equipment, hardware = perangkat
terminal, terminals, radio terminal, radio terminals, handset, handsets = terminal, perangkat terminal
computers, computer = komputer
server, servers = server
database, databases = basis data, database
software = perangkat lunak
data centre, data center = pusat data
command centre, command center = pusat komando
call centre, call center = pusat panggilan
security, cybersecurity, cyber = keamanan, siber
attack, attacks, cyberattack, cyberattacks = serangan
incident, incidents = insiden
breach, leak, leaks = kebocoran
downloads, downloaded, download = diunduh, unduhan
registered, registration, register, enrolled, enrolment, enrollment = terdaftar, pendaftaran, registrasi, mendaftar
identity, identity card, id card = identitas, ktp, kartu tanda penduduk
civil registration, population records, civil registry = kependudukan, catatan sipil, dukcapil
birth certificate, birth certificates = akta kelahiran
certificate, certificates, letter, letters = surat, sertifikat, sertipikat
permit, permits, licence, licences, license, licenses, licensing = izin, perizinan
business permit, business permits, business licence = izin usaha
building permit, building permits = izin bangunan, persetujuan bangunan gedung
complaint, complaints, grievance, grievances = pengaduan, aduan, keluhan
satisfaction, satisfied = kepuasan, puas
survey, surveys, poll = survei
index = indeks
score, scores, scored = skor
rank, ranking, ranked, position = peringkat, diperingkat, posisi
grade = predikat
evaluation, assessment, evaluated, assessed, review = evaluasi, penilaian, kajian
report = laporan
file, filed, filing, submit, submitted, submission = lapor, melapor, pelaporan, dilaporkan, menyampaikan, disampaikan
deadline, due date, due = batas waktu, tenggat, jatuh tempo
cancel, cancels, cancelled, canceled, cancellation = batal, membatalkan, dibatalkan, pembatalan
individual, individuals, personal = pribadi, perorangan, perseorangan
queue, queues, queuing, queueing = antrean, antrian
counter, counters = loket
kiosk, kiosks = anjungan
dashboard = dasbor
open data = data terbuka
one data = satu data
digital signature, electronic signature = tanda tangan elektronik
literacy = literasi
training, trained, train, course, courses = pelatihan, dilatih, kursus
passed, pass rate, graduated = lulus, kelulusan
skills = keterampilan, keahlian
innovation, innovations = inovasi
integration, integrated, integrate = integrasi, terintegrasi, mengintegrasikan
consolidation, consolidated, merged = konsolidasi, digabung
interoperability = interoperabilitas
paperless = tanpa kertas
face-to-face = tatap muka
outage, outages, downtime, disruption = gangguan
availability, uptime = ketersediaan
speed = kecepatan
mobile = seluler
smartphone, phone, phones = ponsel, telepon
# actions and events
launched, launch, introduced, unveiled = diluncurkan, peluncuran, meluncurkan
started, began, begun, start, commenced = dimulai, mulai
established, founded, set up, created = didirikan, dibentuk, dibangun
implemented, implementation, implementing, applied = penerapan, pelaksanaan, diterapkan, dilaksanakan
operated, operates, operating, run = dioperasikan, beroperasi
managed, manages, management = dikelola, mengelola, pengelolaan
developed, development, develop = pengembangan, dikembangkan
built, construction = dibangun, pembangunan
expansion, expanded, expand, extended = perluasan, diperluas
coverage, covered, covers = cakupan, mencakup
pilot, piloted, trial = percontohan, uji coba
designated, designate, designation, appointed = ditetapkan, penetapan, ditunjuk, penunjukan
phase, stage = tahap, fase
issued, issuance = diterbitkan, terbit, penerbitan
processed, processing = diproses, pemrosesan, proses
completed, resolved, settled, completion, resolution = diselesaikan, selesai, penyelesaian
timely, punctual = tepat waktu
delayed, delay, delays, late = terlambat, tertunda, keterlambatan, telat
failed, failure = gagal, kegagalan
signed, signing = ditandatangani, penandatanganan
agreement, memorandum, mou = kesepakatan, perjanjian, nota kesepahaman
cooperation, partnership, collaboration = kerja sama, kemitraan
exports, export, exported = ekspor
policy, policies = kebijakan
regulation, regulations = peraturan, regulasi
legal basis, legal bases, legal framework = dasar hukum, landasan hukum
problem, problems, obstacle, obstacles, issue, issues = masalah, permasalahan, kendala, hambatan
recommendation, recommendations, recommend, recommends, recommended = rekomendasi, merekomendasikan, saran
decree = keputusan, peraturan
ordinance, bylaw = peraturan daerah, perda
law, laws = undang-undang, hukum
corruption = korupsi
transparency = transparansi, keterbukaan
accountability = akuntabilitas
bureaucracy = birokrasi
reform, reforms = reformasi
# time
month, months = bulan
monthly = bulanan
weeks, week = minggu, pekan
days, day = hari
working days, business days = hari kerja
hours, hour = jam
minutes = menit
duration, how long = lama, durasi
quarter, quarters = triwulan, kuartal
# sectors
health = kesehatan
hospital, hospitals = rumah sakit
health centre, health centres, clinic, clinics = puskesmas, klinik
referral, referrals = rujukan
education = pendidikan
school, schools = sekolah
social assistance, welfare = bantuan sosial, bansos
aid, assistance = bantuan
poverty, poor = kemiskinan, miskin
agriculture = pertanian
tourism = pariwisata
transport, transportation = transportasi, perhubungan
road, roads = jalan
traffic = lalu lintas
environment = lingkungan
waste = sampah
electricity = listrik
disaster, disasters = bencana
flood, floods = banjir
police = polisi, kepolisian
court, courts = pengadilan
election, elections = pemilihan umum, pemilu, pemilihan
polling station, polling stations = tps, tempat pemungutan suara
vote, votes, ballot, ballots = suara, pemungutan suara
voter, voters = pemilih
overseas, abroad = luar negeri
patent, patents = paten
trademark, trademarks, brand, brands = merek
copyright, copyrights = hak cipta
industrial design, industrial designs = desain industri
intellectual property = kekayaan intelektual
job, jobs, vacancy, vacancies = lowongan, pekerjaan
job seeker, job seekers, jobseeker, jobseekers = pencari kerja
placement, placements, placed = penempatan, ditempatkan
employment = ketenagakerjaan, pekerjaan
pension, pensions, pensioner, pensioners = pensiun, pensiunan
insurance, insured = asuransi, jaminan
vehicle, vehicles = kendaraan
car, cars = mobil
motorcycle, motorcycles = sepeda motor
census = sensus
statistics, statistical = statistik
archive, archives, archival = arsip, kearsipan
vaccine, vaccines, vaccination, vaccinated = vaksin, vaksinasi
alert, alerts, warning, warnings = peringatan, peringatan dini
customs = bea cukai, kepabeanan, pabean
textbook, textbooks = buku teks, buku pelajaran, buku
land parcel, land parcels, parcel, parcels, plot, plots = bidang tanah, bidang, persil
drug, drugs, medicine, medicines, prescription, prescriptions = obat, resep
hotspot, hotspots, access point, access points = titik akses, titik, hotspot
earthquake, earthquakes = gempa, gempa bumi
"""

#: Words an entry adds at most (see :meth:`Glossary.expand`): an entry lists several
#: forms and synonyms, and adding them all would let one translated term outweigh the
#: question's own names in BM25.
WORDS_PER_ENTRY = 2

_ENTRY_SIDES = re.compile(r"\s*=\s*")


def english_stems(words: list[str]) -> list[str]:
    """Snowball English stems of lower-cased ``words`` (PyStemmer)."""
    return _english_stemmer().stemWords(words)


@lru_cache(maxsize=1)
def _english_stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


_EN_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
#: An English word for matching: a hyphenated compound is one word, so "e-government"
#: (a word both languages write) is not "government", and "sub-district" not "district".
_EN_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)


def english_key(text: str) -> tuple[str, ...]:
    """The Snowball English stems of ``text``'s words (a hyphenated compound is one word),
    lower-cased, BM25 stopwords dropped (``"the budgets"`` -> ``("budget",)``)."""
    from index.bm25 import STOPWORDS

    words = [w for w in _EN_COMPOUND.findall(text.lower()) if w not in STOPWORDS]
    return tuple(english_stems(words))


#: Particles and the possessive glued to an Indonesian word ("anggarannya", "berapakah").
_ID_PARTICLE = re.compile(r"(?:nya|lah|kah|pun)$")


def indonesian_key(text: str) -> tuple[str, ...]:
    """``text``'s Indonesian words for matching: lower-cased, a hyphenated compound one
    word ("rata-rata"), a glued particle or possessive dropped ("anggarannya" ->
    "anggaran"), BM25 stopwords dropped. No stemming: Snowball's Indonesian stemmer makes
    "peringkat" (rank) and "meningkat" (rose) one word, "tingkat", and a question asking
    a rank had gained "rose" and "increase"."""
    from index.bm25 import STOPWORDS

    words = [w for w in _EN_COMPOUND.findall(text.lower()) if w not in STOPWORDS]
    return tuple(_ID_PARTICLE.sub("", w) if len(w) > 6 else w for w in words)


class Glossary:
    """A parsed bilingual glossary.

    Attributes:
        entries: ``(english phrases, indonesian phrases)`` per entry, as written.
    """

    def __init__(self, text: str = GLOSSARY):
        """Parse ``text`` (format: module docstring).

        Raises:
            ValueError: a line that is not ``english = indonesian`` with words on both sides.
        """
        self.entries: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
        for n, line in enumerate(text.splitlines(), 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            sides = _ENTRY_SIDES.split(line)
            if len(sides) != 2:
                raise ValueError(f"glossary line {n}: expected 'english words = indonesian words': {line!r}")
            en, id_ = (tuple(p.strip().lower() for p in side.split(",") if p.strip()) for side in sides)
            if not en or not id_:
                raise ValueError(f"glossary line {n}: a side has no words: {line!r}")
            self.entries.append((en, id_))
        self._en_keys = [[english_key(p) for p in en] for en, _ in self.entries]
        self._id_keys = [[indonesian_key(p) for p in id_] for _, id_ in self.entries]
        self._longest = max((len(k) for keys in self._en_keys + self._id_keys for k in keys), default=0)
        self._en_index = self._index(self._en_keys)
        self._id_index = self._index(self._id_keys)

    @staticmethod
    def _index(keys: list[list[tuple[str, ...]]]) -> dict[tuple[str, ...], list[int]]:
        """Phrase key -> the entries holding it."""
        out: dict[tuple[str, ...], list[int]] = {}
        for i, phrase_keys in enumerate(keys):
            for k in phrase_keys:
                if k and i not in out.setdefault(k, []):
                    out[k].append(i)
        return out

    def _matches(self, key: tuple[str, ...], index: dict[tuple[str, ...], list[int]]) -> list[int]:
        """The entries whose phrases occur in ``key`` (adjacent tokens), in the question's
        order; the longest phrase at a position wins and its tokens match nothing else
        ("sub-district" is not also a "district")."""
        found: list[int] = []
        start = 0
        while start < len(key):
            for size in range(min(self._longest, len(key) - start), 0, -1):
                hit = index.get(key[start : start + size])
                if hit:
                    found.extend(i for i in hit if i not in found)
                    start += size
                    break
            else:
                start += 1
        return found

    def senses(self, text: str) -> tuple[frozenset[int], frozenset[int]]:
        """The entries (indices into :attr:`entries`) whose phrases ``text`` writes:
        ``(by their English side, by their Indonesian side)``, the longest phrase at a
        position winning (:meth:`_matches`): ``"sub-districts"`` -> the sub-district
        entry in English, ``"kecamatan"`` -> the district and sub-district entries in
        Indonesian. A text in one language sharing an entry with a text in the other
        says the same thing (the fact-checker compares counted nouns so:
        :func:`bot.nouns.same_noun`); two words of one side of an entry are synonyms at
        most ("kantor", "dinas")."""
        return (frozenset(self._matches(english_key(text), self._en_index)),
                frozenset(self._matches(indonesian_key(text), self._id_index)))

    def entry_words(self, entry: int) -> frozenset[str]:
        """Every word, lower case, of entry ``entry``'s phrases in both languages
        (``"health"``, ``"centre"``, ``"centres"``, ``"puskesmas"``, ...)."""
        en, id_ = self.entries[entry]
        return frozenset(w for phrase in en + id_ for w in _EN_COMPOUND.findall(phrase))

    def expand(self, question: str, bm25: BM25Index | None) -> tuple[str, ...]:
        """The words of the other language that ``question``'s glossary terms translate
        to, each once: ``"What was the budget?"`` over Indonesian sources ->
        ``("anggaran", "pagu")``. Of each matched entry, the :data:`WORDS_PER_ENTRY`
        words that the most passages have (lowest BM25 idf: the usual term of the
        sources) are taken, of those some passage has and the question does not. Empty
        without a BM25 index."""
        if bm25 is None:
            return ()
        q_tokens = set(tokenize(question))
        out: list[str] = []

        def add(phrases: tuple[str, ...]) -> None:
            known: list[tuple[float, int, str]] = []
            for phrase in phrases:
                for word in _EN_WORD.findall(phrase):
                    tokens = tokenize(word)
                    if (
                        tokens and word not in out and all(w != word for _, _, w in known)
                        and all(bm25.knows(t) and t not in q_tokens for t in tokens)
                    ):
                        known.append((max(bm25.idf(t) for t in tokens), len(known), word))
            out.extend(w for _, _, w in sorted(known)[:WORDS_PER_ENTRY])

        for i in self._matches(english_key(question), self._en_index):
            add(self.entries[i][1])
        for i in self._matches(indonesian_key(question), self._id_index):
            add(self.entries[i][0])
        return tuple(out)


@lru_cache(maxsize=1)
def glossary() -> Glossary:
    """The product's glossary (:data:`GLOSSARY`), parsed once."""
    return Glossary()
