"""Indonesian chat abbreviations in questions, written out ("brp" -> "berapa").

Officials type on phones: "X-Road Estonia memproses brp kueri thn 2023?", "knp MyDigital
ID ga pakai database terpusat?". The question words decide what kind of answer is
wanted (a number for "berapa", a reason for "kenapa", a time for "kapan"), so an
abbreviated one read as an unknown word: the reply quoted a sentence of the right
passage without the figure asked for.

The abbreviations are indoNLP's colloquial-Indonesian dictionary
(``indoNLP.preprocessing.SLANG_DATA``, 4,331 entries, MIT licence), kept where it is
safe for a question that may hold English words and names (:func:`chat_words`).
"""

from __future__ import annotations

import re
import threading

_lock = threading.Lock()


def has_words(text: str | None) -> bool:
    """Whether a message has a letter or a digit in any script: "?", "...", "🤔🙏" have
    none, and every face (``ask``, ``check``, the console chat, Telegram) answers them
    with its "please type a question" prompt or usage error, not "I don't know"."""
    return bool(re.search(r"[^\W_]", text or ""))


_table: dict[str, str] | None = None

#: A word at least this frequent in English (wordfreq's Zipf scale: 4 = once per 100,000
#: words) is left alone: indoNLP maps "in" -> "ini", "to" -> "tapi", "th" -> "tahu",
#: "dr" -> "dari", "x" -> "kali" ("X-Road"), which an Indonesian question may write as
#: English, a title or a name.
ENGLISH_ZIPF = 4.0

#: A lower-case word standing alone (not part of "e-ktp", "v6", "ri.go.id").
_WORD = re.compile(r"(?<![\w.-])[A-Za-z][a-z]+(?![\w.-])")
#: Where a sentence starts: the text's beginning, or after a stop and spaces.
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)\s*\Z")


#: Indonesian government abbreviations as officials type them ("kadis kominfo sulsel",
#: "Pemprov NTB"), written out as documents write them: lower case or capitalised ("PEMDA"
#: in capitals stays). Only abbreviations whose long form the documents use; an office's
#: own short name ("Diskominfo", "Kemendagri") is written so in documents too and stays
#: (a ministry's name in full is searched beside it: :data:`MINISTRY_SHORT_NAMES`).
GOVERNMENT_ABBREVIATIONS = {
    "kadis": "kepala dinas", "kaban": "kepala badan", "sekda": "sekretaris daerah",
    "pemprov": "pemerintah provinsi", "pemkot": "pemerintah kota", "pemkab": "pemerintah kabupaten",
    "pemda": "pemerintah daerah", "wamen": "wakil menteri",
    # offices (a tester's "siapa dirut BPJS kesehatan skrg?" had been answered with a
    # sentence naming no one: "dirut" named no office)
    "dirut": "direktur utama", "dirjen": "direktur jenderal", "sekjen": "sekretaris jenderal",
    "kabid": "kepala bidang", "kabag": "kepala bagian", "wagub": "wakil gubernur",
    "wabup": "wakil bupati", "wawali": "wakil wali kota", "kakanwil": "kepala kantor wilayah",
}
_GOVERNMENT_WORD = re.compile(rf"(?<![\w.-])(?i:{'|'.join(GOVERNMENT_ABBREVIATIONS)})(?![\w.-])")


#: Indonesian ministries' short names as the press and officials write them, and the names
#: in full (the ministries' own usage; "Kominfo" became "Komdigi" in October 2024, both
#: kept). A dataset or a table row writes the name in full where a question types the
#: short one: "Berapa jumlah dataset Kemenkes tahun 2023?" against a Satu Data workbook's
#: rows "Kementerian/Lembaga: Kementerian Kesehatan" had been declined with a Korean
#: passage as the closest match (a blind probe of stop 63, three questions).
MINISTRY_SHORT_NAMES = {
    "kemenkes": "kementerian kesehatan", "kementan": "kementerian pertanian", "kemenkeu": "kementerian keuangan",
    "kemendagri": "kementerian dalam negeri", "kemenag": "kementerian agama",
    "kominfo": "kementerian komunikasi dan informatika", "kemenkominfo": "kementerian komunikasi dan informatika",
    "komdigi": "kementerian komunikasi dan digital", "kemenhub": "kementerian perhubungan",
    "kemendikbud": "kementerian pendidikan dan kebudayaan",
    "kemendikbudristek": "kementerian pendidikan, kebudayaan, riset, dan teknologi",
    "kemnaker": "kementerian ketenagakerjaan", "kemenaker": "kementerian ketenagakerjaan",
    "kemenpanrb": "kementerian pendayagunaan aparatur negara dan reformasi birokrasi",
    "kemensos": "kementerian sosial", "kemenkumham": "kementerian hukum dan hak asasi manusia",
    "kemenlu": "kementerian luar negeri", "kemlu": "kementerian luar negeri", "kemenhan": "kementerian pertahanan",
    "kemhan": "kementerian pertahanan", "kemenperin": "kementerian perindustrian",
    "kemendag": "kementerian perdagangan", "kemenpar": "kementerian pariwisata",
    "kemenparekraf": "kementerian pariwisata dan ekonomi kreatif", "kemenpora": "kementerian pemuda dan olahraga",
    "kemenpupr": "kementerian pekerjaan umum dan perumahan rakyat",
    "kemenesdm": "kementerian energi dan sumber daya mineral",
    "kemendesa": "kementerian desa, pembangunan daerah tertinggal, dan transmigrasi",
    "kemenkopukm": "kementerian koperasi dan ukm", "kemenkop": "kementerian koperasi",
    "kemenppn": "kementerian perencanaan pembangunan nasional", "kemenbumn": "kementerian badan usaha milik negara",
    "klhk": "kementerian lingkungan hidup dan kehutanan",
}
_MINISTRY_WORD = re.compile(rf"(?<![\w.-])(?i:{'|'.join(MINISTRY_SHORT_NAMES)})(?![\w.-])")


def ministry_names_in(text: str) -> list[str]:
    """The names in full of the ministries ``text`` names by a short name
    (:data:`MINISTRY_SHORT_NAMES`, any case: "Kemenkes", "KLHK"), in order."""
    return [MINISTRY_SHORT_NAMES[m.group().lower()] for m in _MINISTRY_WORD.finditer(text)]


def writes_long_form(word: str, text: str) -> bool:
    """Whether ``text`` (lower case) writes the long form of the government abbreviation
    ``word`` (:data:`GOVERNMENT_ABBREVIATIONS`, any case): "pemprov" in "pemerintah
    provinsi ntb", or of a ministry's short name (:data:`MINISTRY_SHORT_NAMES`):
    "kemenkes" in "kementerian kesehatan". False for any other word. The engine's name
    check and the fact-checker's read a question's or claim's "Pemprov" so."""
    full = GOVERNMENT_ABBREVIATIONS.get(word.lower()) or MINISTRY_SHORT_NAMES.get(word.lower())
    return full is not None and full in text


def write_out_government(text: str) -> str:
    """``text`` with its government abbreviations (:data:`GOVERNMENT_ABBREVIATIONS`) written
    out, capitalised as written ("Dirut BPJS Kesehatan Ghufron Mukti" -> "Direktur Utama
    BPJS Kesehatan Ghufron Mukti"; words in capitals stay): a source may name an office
    the way a question types it, and the office rules read both written out (a tester's
    "siapa dirut BPJS Kesehatan?" had been declined against "Dirut BPJS Kesehatan ...").
    Character offsets change: for reading, never for quoting."""
    def full(m: re.Match) -> str:
        long = GOVERNMENT_ABBREVIATIONS[m.group().lower()]
        return long.title() if m.group()[0].isupper() else long

    return _GOVERNMENT_WORD.sub(lambda m: m.group() if m.group().isupper() else full(m), text)


def government_words_in(text: str) -> list[str]:
    """The written-out forms of the government abbreviations in ``text``
    (:data:`GOVERNMENT_ABBREVIATIONS`, lower case or capitalised), in order."""
    return [GOVERNMENT_ABBREVIATIONS[m.group().lower()] for m in _GOVERNMENT_WORD.finditer(text)
            if not m.group().isupper()]


#: Indonesia's provinces as officials and the press shorten them ("Jateng", "kaltara"),
#: written out as the provinces' own names are (Kemendagri's list of 38 provinces).
#: Acronyms in capitals ("NTB", "DKI", "DIY") are written so in documents too and stay.
PROVINCES = {
    "sumut": "Sumatera Utara", "sumbar": "Sumatera Barat", "sumsel": "Sumatera Selatan",
    "kepri": "Kepulauan Riau", "babel": "Kepulauan Bangka Belitung", "jabar": "Jawa Barat",
    "jateng": "Jawa Tengah", "jatim": "Jawa Timur", "kalbar": "Kalimantan Barat",
    "kalteng": "Kalimantan Tengah", "kalsel": "Kalimantan Selatan", "kaltim": "Kalimantan Timur",
    "kaltara": "Kalimantan Utara", "sulut": "Sulawesi Utara", "sulteng": "Sulawesi Tengah",
    "sulsel": "Sulawesi Selatan", "sultra": "Sulawesi Tenggara", "sulbar": "Sulawesi Barat",
    "malut": "Maluku Utara", "pabar": "Papua Barat", "pbd": "Papua Barat Daya",
}
#: Jakarta's administrative cities as the press and officials shorten them ("Jaksel",
#: "jakpus"), written out as tables name them (a blind probe of stop 46: "brp aktivasi
#: IKD di Jaksel thn 2022?" had been declined beside the row "Kota: Jakarta Selatan").
CITY_SHORT_NAMES = {
    "jaksel": "Jakarta Selatan", "jakpus": "Jakarta Pusat", "jakbar": "Jakarta Barat",
    "jaktim": "Jakarta Timur", "jakut": "Jakarta Utara",
}
_PROVINCE = re.compile(r"(?<![\w.-])(?:" + "|".join(PROVINCES) + r")(?![\w.-])", re.IGNORECASE)
_CITY_SHORT = re.compile(r"(?<![\w.-])(?:" + "|".join(CITY_SHORT_NAMES) + r")(?![\w.-])", re.IGNORECASE)
#: The provinces whose English names differ from their own (the English names used by
#: Indonesia's government and the press): an English question about "Central Java" reads
#: the Indonesian name too, as tables and Indonesian sources write it.
PROVINCES_EN = {
    "north sumatra": "Sumatera Utara", "west sumatra": "Sumatera Barat", "south sumatra": "Sumatera Selatan",
    "riau islands": "Kepulauan Riau", "bangka belitung islands": "Kepulauan Bangka Belitung",
    "west java": "Jawa Barat", "central java": "Jawa Tengah", "east java": "Jawa Timur",
    "special region of yogyakarta": "Daerah Istimewa Yogyakarta",
    "west nusa tenggara": "Nusa Tenggara Barat", "east nusa tenggara": "Nusa Tenggara Timur",
    "west kalimantan": "Kalimantan Barat", "central kalimantan": "Kalimantan Tengah",
    "south kalimantan": "Kalimantan Selatan", "east kalimantan": "Kalimantan Timur",
    "north kalimantan": "Kalimantan Utara", "north sulawesi": "Sulawesi Utara",
    "central sulawesi": "Sulawesi Tengah", "south sulawesi": "Sulawesi Selatan",
    "southeast sulawesi": "Sulawesi Tenggara", "west sulawesi": "Sulawesi Barat", "north maluku": "Maluku Utara",
    "west papua": "Papua Barat", "southwest papua": "Papua Barat Daya", "south west papua": "Papua Barat Daya",
    "south papua": "Papua Selatan",
    "central papua": "Papua Tengah", "highland papua": "Papua Pegunungan",
}
_PROVINCE_EN = re.compile(
    r"(?<![\w.-])(?:" + "|".join(sorted(PROVINCES_EN, key=len, reverse=True)).replace(" ", r"\s+") + r")(?![\w-])",
    re.IGNORECASE,
)
#: Every province's own name, as tables write them (the 38 of Kemendagri's list, and the
#: short forms tables use for the capital and Yogyakarta).
PROVINCE_NAMES = frozenset(PROVINCES.values()) | frozenset(PROVINCES_EN.values()) | frozenset((
    "Aceh", "Riau", "Jambi", "Bengkulu", "Lampung", "Banten", "Bali", "Gorontalo", "Maluku", "Papua",
    "DKI Jakarta", "Jakarta", "DI Yogyakarta", "Yogyakarta", "Nusa Tenggara Barat", "Nusa Tenggara Timur",
    "Papua Selatan", "Papua Tengah", "Papua Pegunungan",
))
_PROVINCE_NAME = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(PROVINCE_NAMES, key=len, reverse=True)) + r")(?![\w-])",
    re.IGNORECASE,
)


#: Acronyms of the provinces with names of three words, as officials and the press write
#: them ("NTB", "ntt"); "PBD" is in :data:`PROVINCES`.
PROVINCE_ACRONYMS = {"ntb": "Nusa Tenggara Barat", "ntt": "Nusa Tenggara Timur", "dki": "DKI Jakarta"}
_PROVINCE_ACRONYM = re.compile(r"(?<![\w.-])(?:" + "|".join(PROVINCE_ACRONYMS) + r")(?![\w.-])", re.IGNORECASE)
#: Prefixes of a special region's name that tables drop ("DKI Jakarta" is "Jakarta").
_SPECIAL_REGION = re.compile(r"^(?:dki|di|daerah istimewa|daerah khusus ibukota)\s+", re.IGNORECASE)


def provinces_in(text: str) -> set[str]:
    """The Indonesian provinces ``text`` names by any of their names, as one lower-case
    name each: their own names (:func:`provinces_named`), English names
    (:data:`PROVINCES_EN`: "Central Java"), short names (:data:`PROVINCES`: "Jateng",
    "kaltara") and acronyms (:data:`PROVINCE_ACRONYMS`: "NTB", "ntt"); a special region
    without its prefix ("dki jakarta" is "jakarta"). A city of a province's name is not
    read (:data:`_NOT_A_PROVINCE`: "Kota Jambi", Jakarta on its own)."""
    text = _NOT_A_PROVINCE.sub(" ", text)
    own = set(provinces_named(text))
    own |= {PROVINCES_EN[" ".join(m.group().lower().split())].lower() for m in _PROVINCE_EN.finditer(text)}
    own |= {PROVINCES[m.group().lower()].lower() for m in _PROVINCE.finditer(text)}
    own |= {PROVINCE_ACRONYMS[m.group().lower()].lower() for m in _PROVINCE_ACRONYM.finditer(text)}
    return {_SPECIAL_REGION.sub("", n) for n in own}


#: What shares a province's name and is no province: a city or regency ("Kota Jambi",
#: "Kabupaten Bengkulu Utara"), Jakarta on its own (the city: "diumumkan di Jakarta"),
#: Papua New Guinea. A tester's attack: "Berapa indeks SPBE Kota Jambi?" had quoted the
#: row of Jambi province.
_NOT_A_PROVINCE = re.compile(
    r"\b(?:kota|kabupaten|kab\.?|city of|regency of)\s+[A-Za-z]+(?:\s+(?:utara|selatan|timur|barat|tengah))?\b|"
    r"(?<!\bdki )(?<!\bprovinsi )(?<!\bprovince of )\bjakarta\b(?!\s+(?:province|raya))|"
    r"\bpapua\s+(?:nugini|new guinea)\b",
    re.IGNORECASE,
)


def provinces_named(text: str) -> set[str]:
    """The provinces ``text`` names by their own names, each the longest that matches
    ("Papua Barat Daya" is not also "Papua"; the "Papua" of an English name, "West Papua",
    is none), lower case."""
    return {m.group().lower() for m in _PROVINCE_NAME.finditer(_PROVINCE_EN.sub(" ", text))}


#: Government bodies' acronyms that chat also uses as abbreviations, typed in lower case
#: on phones: never rewritten ("brp pegawai bkn yg ikut pelatihan" asks about the civil
#: service agency, BKN, not "bukan"; a tester's attack). "pu" (Pekerjaan Umum), "mk"
#: (Mahkamah Konstitusi) and "ky" (Komisi Yudisial) likewise.
INSTITUTION_ACRONYMS = frozenset({"bkn", "pu", "mk", "ky"})


def chat_words() -> dict[str, str]:
    """Abbreviation -> written-out form, lower case: indoNLP's entries whose abbreviation
    is a lower-case word of two letters or more, rarer in English than
    :data:`ENGLISH_ZIPF`, and rarer in Indonesian than the first word it stands for
    (so a word in its own right, e.g. "sapa" or "tau", is not rewritten; wordfreq).
    Built once (about 3,500 entries)."""
    global _table
    with _lock:
        if _table is None:
            from indoNLP.preprocessing import SLANG_DATA
            from wordfreq import zipf_frequency

            _table = {
                k: v for k, v in SLANG_DATA.items()
                if re.fullmatch(r"[a-z]{2,}", k) and v.strip()
                and zipf_frequency(k, "en") < ENGLISH_ZIPF
                and zipf_frequency(k, "id") < zipf_frequency(v.split()[0], "id")
                and k not in INSTITUTION_ACRONYMS
            }
        return _table


def expand_chat_words(text: str) -> str:
    """``text`` with its lower-case chat abbreviations written out (:func:`chat_words`):
    "brp kueri thn 2023" -> "berapa kueri tahun 2023". Capitalised words, acronyms and
    words joined to others by "-" or "." are kept as written, except a sentence's first
    word, which a phone capitalises ("Brp nilai ekspor ...?"). For Indonesian text only:
    English words such as "org" are abbreviations only there. A province's short name
    (:data:`PROVINCES`, lower case or capitalised: "Jateng", "kaltara") is written out:
    a table row of "Kalimantan Utara" answers "indeks spbe kaltara 2024 brp"; so is a
    government abbreviation (:data:`GOVERNMENT_ABBREVIATIONS`: "kadis", "Pemprov"); so is a
    word doubled with a "2" (:data:`_REDUPLICATED`: "rata2" -> "rata-rata"), and a spoken
    passive "-in" verb (:func:`_standard_passive`: "diluncurin" -> "diluncurkan")."""
    table = chat_words()

    def written_out(m: re.Match) -> str:
        word = m.group()
        low = word.lower()
        if low in GOVERNMENT_ABBREVIATIONS and not word.isupper():
            full = GOVERNMENT_ABBREVIATIONS[low]  # "Pemprov NTB" -> "Pemerintah Provinsi NTB"
            return full.title() if word[0].isupper() else full
        if word in table:
            return table[word]
        if low in table and word[1:].islower() and _SENTENCE_START.search(m.string, 0, m.start()):
            # a phone capitalises a message's first word: "Brp nilai ekspor ...?"
            full = table[low]
            return full[:1].upper() + full[1:]
        if word.islower() and _CHAT_PASSIVE.fullmatch(word):
            return _standard_passive(word)
        return word

    return _WORD.sub(written_out, _REDUPLICATED.sub(lambda m: f"{m.group(1)}-{m.group(1).lower()}", expand_provinces(text)))


#: A passive verb with the spoken "-in" for "-kan": "diluncurin", "dikenalin", "dilaporin".
_CHAT_PASSIVE = re.compile(r"di[a-z]{3,}in")
#: The Zipf frequencies (wordfreq, Indonesian) below which a "di-...-in" word is no word of
#: the written language and at or above which its "-kan" form is one: "diluncurin" (0.0) is
#: "diluncurkan" (4.4); "dingin" (5.1) and "dibikin" (3.6) are words as they are.
CHAT_PASSIVE_MAX_ZIPF = 1.5
STANDARD_PASSIVE_MIN_ZIPF = 3.0


def _standard_passive(word: str) -> str:
    """The written "-kan" form of a spoken "di-...-in" verb (:data:`_CHAT_PASSIVE`:
    "diluncurin" -> "diluncurkan"; "kapan INAku resmi diluncurin utk umum?" had quoted the
    pilot's start), when wordfreq knows that form as Indonesian and not the spoken one
    (:data:`CHAT_PASSIVE_MAX_ZIPF`, :data:`STANDARD_PASSIVE_MIN_ZIPF`); else ``word``."""
    from wordfreq import zipf_frequency

    written = word[:-2] + "kan"
    if zipf_frequency(word, "id") < CHAT_PASSIVE_MAX_ZIPF and zipf_frequency(written, "id") >= STANDARD_PASSIVE_MIN_ZIPF:
        return written
    return word


#: A word doubled the chat way, with a "2": "rata2" is "rata-rata", "kota2" "kota-kota"
#: (three letters or more, lower case after the first; "G2B", "x2" stay). Read as a number, the "2" had
#: declined "brp hari rata2 penyelesaian aduan ... thn 2023?" (a number the source lacks).
_REDUPLICATED = re.compile(r"(?<![\w-])([A-Za-z][a-z]{2,})2(?![\w.,-]?\w)")


#: A province's English name followed by a name in brackets: "Central Java (Jawa Tengah)",
#: as :func:`expand_provinces` writes it out.
_PROVINCE_EN_BRACKETED = re.compile(rf"(?P<en>{_PROVINCE_EN.pattern})\s*\((?P<own>[^()]*)\)", re.IGNORECASE)


def provinces_in_own_names(text: str) -> str:
    """``text`` with each province's English name (:data:`PROVINCES_EN`) replaced by its
    own name, and one written out already in brackets by it alone: "Central Java vs North
    Sumatra" and "Central Java (Jawa Tengah) vs North Sumatra (Sumatera Utara)" ->
    "Jawa Tengah vs Sumatera Utara" (two things compared are read against rows naming them
    so; :func:`bot.engine._pair_cells`)."""
    def own(english: str) -> str:
        return PROVINCES_EN[" ".join(english.lower().split())]

    text = _PROVINCE_EN_BRACKETED.sub(
        lambda m: own(m.group("en")) if m.group("own").strip().lower() == own(m.group("en")).lower() else m.group(),
        text)
    return _PROVINCE_EN.sub(lambda m: own(m.group()), text)


def expand_provinces(text: str) -> str:
    """``text`` with Indonesia's province short names written out (:data:`PROVINCES`, lower
    case or capitalised: "Jateng" -> "Jawa Tengah"; acronyms in capitals stay), in a
    question of any language: "What was Jateng's SPBE index in 2024?" (and Jakarta's
    cities, :data:`CITY_SHORT_NAMES`: "Jaksel" -> "Jakarta Selatan"); a province's English
    name (:data:`PROVINCES_EN`) is followed by its own name in brackets: "Central Java
    (Jawa Tengah) SPBE score in 2022?"."""
    text = _PROVINCE.sub(lambda m: m.group() if m.group().isupper() else PROVINCES[m.group().lower()], text)
    # (and Jakarta's cities: "Jaksel" -> "Jakarta Selatan")
    text = _CITY_SHORT.sub(lambda m: m.group() if m.group().isupper() else CITY_SHORT_NAMES[m.group().lower()], text)
    return _PROVINCE_EN.sub(lambda m: f"{m.group()} ({PROVINCES_EN[' '.join(m.group().lower().split())]})", text)


#: Indonesian words as often written otherwise than the standard (KBBI) spelling, each
#: group one word's spellings, the standard first: a question typed "kadaluarsa" over a
#: source writing "kedaluwarsa" (a blind probe of stop 52: "brp ASN sertifikat
#: kadaluarsa" had quoted another sentence), or an older source writing "ijin" for a
#: question's "izin". Read by :func:`spelt_as_corpus`.
SPELLING_VARIANTS: tuple[tuple[str, ...], ...] = (
    ("kedaluwarsa", "kadaluarsa", "kadaluwarsa", "kedaluarsa"), ("izin", "ijin"), ("perizinan", "perijinan"),
    ("provinsi", "propinsi"), ("apotek", "apotik"), ("risiko", "resiko"), ("praktik", "praktek"),
    ("sistem", "sistim"), ("jadwal", "jadual"), ("kualitas", "kwalitas"), ("kuantitas", "kwantitas"),
    ("analisis", "analisa"), ("aktivitas", "aktifitas"), ("efektivitas", "efektifitas"),
    ("produktivitas", "produktifitas"), ("kreativitas", "kreatifitas"), ("objek", "obyek"), ("subjek", "subyek"),
    ("sekadar", "sekedar"), ("nasihat", "nasehat"), ("teknik", "tehnik"), ("teknologi", "tehnologi", "tekhnologi"),
    ("ijazah", "ijasah"), ("zaman", "jaman"), ("keterampilan", "ketrampilan"), ("terampil", "trampil"),
    ("standardisasi", "standarisasi"), ("antre", "antri"), ("antrean", "antrian"), ("imbauan", "himbauan"),
    ("kuitansi", "kwitansi"), ("karier", "karir"), ("frekuensi", "frekwensi"), ("ekstrem", "ekstrim"),
    ("konkret", "konkrit"), ("nomor", "nomer"), ("telepon", "telpon"), ("hierarki", "hirarki"),
    ("respons", "respon"), ("modern", "moderen"), ("manajemen", "managemen", "menejemen"),
    ("koordinasi", "kordinasi"), ("kualifikasi", "kwalifikasi"), ("November", "Nopember"), ("Februari", "Pebruari"),
    ("kalender", "kalendar"), ("cenderamata", "cinderamata"), ("sertifikat", "sertipikat"),
)
_VARIANT_OF = {w.lower(): tuple(x.lower() for x in group if x != w) for group in SPELLING_VARIANTS for w in group}
_VARIANT_WORD = re.compile(rf"(?<![\w-])(?i:{'|'.join(sorted(_VARIANT_OF, key=len, reverse=True))})(?![\w-])")


def spelt_as_corpus(text: str, knows) -> str:
    """``text`` with each word of :data:`SPELLING_VARIANTS` that no passage writes
    (``knows``: whether some passage writes a word, lower case; the engine asks the BM25
    index for its tokens) spelt as
    some passage writes it, capitalised as typed ("Kadaluarsa" -> "Kedaluwarsa"); a word
    the corpus writes, and any other word, stays."""
    def spelt(m: re.Match) -> str:
        word = m.group()
        if knows(word.lower()):
            return word
        other = next((v for v in _VARIANT_OF[word.lower()] if knows(v)), None)
        if other is None:
            return word
        return other.capitalize() if word[0].isupper() else other

    return _VARIANT_WORD.sub(spelt, text)
