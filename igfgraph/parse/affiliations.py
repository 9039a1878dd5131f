"""Affiliations as written: organisations, acronyms, countries, stated groups, items.

``Name (ACRONYM)``, ``ACRONYM``, ``Name, ACR, Country`` become an :class:`Organisation`; a
post at an organisation (``Member of the European Parliament``) gives both; the words
that make a name an organisation's (``Society``, ``Ministry``, ``University`` ...), the
countries (pycountry), and the items of a list cut at separators outside brackets.
"""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from functools import cache

import pycountry

from igfgraph.model import Basis, Organisation, SourceSpan, StakeholderGroup
from igfgraph.parse.repair import drop_decorations, repair_name

# "ISOC", "CGI.br", "ICTs", and capitals run into a short word: "KICTANet", "LACNet".
_ACRONYM_TOKEN = re.compile(r"[A-Z0-9&][A-Z0-9&.\-]+(?:[a-z]|[A-Z][a-z]{1,2}|(?<=\.)[a-z]{2,3})?")
_POST = re.compile(
    r"^(?:Member|Minister|Head|Director|Chair|President|Secretary[- ]General|Ambassador|"
    r"Commissioner|Senator|Deputy|Representative)\b.*?\bof\s+(?:the\s+)?(?P<org>.+)$",
    flags=re.IGNORECASE,
)
ORG_WORDS = re.compile(
    r"(?i)(association|centre|center|society|universit|universidad|institut|foundation|"
    r"fundaci|ministry|government|parliament|commission|council|union|f[oó]rum|\bforo\b|network|"
    r"initiative|\blab\b|laborator|agency|authority|\boffices?\b|organi[sz]ation|partners|"
    r"international|\binc\b|\bltd\b|\bllc\b|corporation|company|college|school|federation|"
    r"alliance|coalition|platform|caucus|secretariat|committee|department|group|"
    r"asociaci|associa[cç][aã]o|soci[eé]t[eé]|sociedad|\bderechos\b|\bdroits\b|direitos|"
    r"observatori|colectivo|coletivo|collectif|minist[eè]re|minist[eé]rio|secr[eé]tariat|"
    r"funda[cç][aã]o|ag[eê]ncia\b|"
    r"\bred\b(?=\s+de\b)|\bcentro\b|\bconsejo\b|\bconseil\b|\bcomit[eé]\b|embass(?:y|ies)|"
    r"consulate|\bregistry\b|\bproyecto\b|\bprojet\b|ayuntamiento|municipalidad|alcald[ií]a|"
    r"\bmairie\b|\bagencia\b|\bagence\b|autoridad|autorit[ée]|"
    # a ministry ("Secretaría de Economía"; "Secretaria" is its head), a working group
    r"secretaría\b|\bgrupo\b|\bmecanismo\b|\bmisi[oó]n\b|\bprograma\b|"
    r"consorti(?:um|a)\b|cons[oó]rcio|consorzio|\bfondazione\b|biblioth[èe]que|biblioteca|"
    # Italian: "Regione Sardegna", "Comune di Venezia", "Provincia di Roma", "Ministero ..."
    r"\bregione\b|\bcomune\b|\bprovincia\b|\bministero\b|associazione|\bistituto\b|"
    r"\bcamera\s+d[ei]\b|\bsenato\b)"
)


@dataclass
class SplitItem:
    """One comma-, semicolon- or "and"-separated piece of a people line."""

    text: str
    joined_by_and: bool  # the piece before it ended with "and"


def split_items(text: str, separators: str = r";|,|\band\b") -> list[SplitItem]:
    """Cut ``text`` at ``separators`` that are outside parentheses."""
    items: list[SplitItem] = []
    depth = start = 0
    joined = False
    for match in _separated(separators).finditer(text):
        token = match.group()
        if token in ("(", ")"):
            depth += 1 if token == "(" else -1
        elif depth == 0:
            _append_item(items, text[start : match.start()], joined)
            joined = token.strip().lower() == "and"
            start = match.end()
    _append_item(items, text[start:], joined)
    return items


@cache
def _separated(separators: str) -> re.Pattern[str]:
    """Brackets and ``separators``, compiled once."""
    return re.compile(rf"[()]|{separators}")


def _append_item(items: list[SplitItem], text: str, joined_by_and: bool) -> None:
    if text.strip(" .;,"):
        items.append(SplitItem(text.strip(" .;,"), joined_by_and))


def is_acronym(text: str) -> bool:
    """True for ``ISOC``, ``ICC BASIS``, ``UNIGE``; False for names and words."""
    tokens = text.split()
    return bool(tokens) and all(_ACRONYM_TOKEN.fullmatch(token) for token in tokens)


def stated_group(text: str) -> StakeholderGroup | None:
    """The stakeholder group ``text`` names, if it names one (``Technical community``)."""
    key = " ".join(text.lower().replace("organisation", "organization").split())
    return next((group for group in StakeholderGroup if group.value == key), None)


@dataclass
class Affiliation:
    """What the parenthesis or comma after a name holds."""

    organisation: Organisation | None = None
    title: str | None = None
    stakeholder_group: StakeholderGroup | None = None


def parse_affiliation(text: str, span: SourceSpan) -> Affiliation:
    """An organisation, post or stakeholder group from an affiliation as written."""
    repaired = repair_name(text)
    group = stated_group(repaired)
    if group is not None:
        return Affiliation(stakeholder_group=group)
    post = _POST.match(repaired)
    if post:  # "Member of the European Parliament": a post at an organisation
        return Affiliation(parse_organisation(post["org"], span), title=repaired)
    return Affiliation(parse_organisation(text, span))


# "DC Internet Rights and Principles": the IGF's intersessional bodies by their short form.
_FORUM_PREFIX = re.compile(r"^(?P<kind>DC|BPF)\s+(?:on\s+)?(?=[A-Z])")
_FORUMS = {"DC": "Dynamic Coalition on", "BPF": "Best Practice Forum on"}
_BOARD = re.compile(
    r"^(?P<body>[A-Z][A-Z0-9&.-]+)\s+Board(?:\s+of\s+(?:Directors|Trustees|Governors))?$"
)
_COUNTRY_OWNS = re.compile(r"^(?:the\s+)?(?P<country>[A-Z][\w ]{2,40}?)['’]s\s+(?=[A-Z])")
_COUNTRY_GOVERNMENT = re.compile(r"^(?:the\s+)?(.+?)\s+[Gg]overnment$")


_DASHED_ACRONYM = re.compile(r"\s+-(?P<acronym>[A-Z][A-Z0-9&.]{1,11})-\s*$")


def parse_organisation(text: str, span: SourceSpan) -> Organisation:
    """An Organisation from ``Name``, ``ACRONYM``, ``Name (ACRONYM)``, ``Name/ACRONYM`` or
    ``Name, ACR, Country``."""
    text = _DASHED_ACRONYM.sub(r" (\g<acronym>)", drop_decorations(text))  # "Name -ASIET-"
    head, _, paren = text.partition("(")
    head = head.split(" / ")[0]  # "University of Zurich / Noncommercial Users ...": the first
    if board := _BOARD.match(head.strip()):
        head = board["body"]  # "ICANN Board of Directors": a person of the board is ICANN's
    name, slash, tail = head.rpartition("/")
    if slash and is_acronym(tail.strip()) and not is_acronym(name.strip()):
        head = f"{name}, {tail}"  # "Brazilian Internet Steering Committee/CGI.br"
    parts = [part.strip() for part in head.split(",")] + [paren.strip(" )")]
    parts = [part for part in parts if part]
    acronym = next((part for part in parts if is_acronym(part)), None)
    names = [part for part in parts if part != acronym]
    if is_acronym(own := paren.strip(" )")) and len(parts) > 1:
        # The acronym in brackets is the name's own: "ICANN, At-Large Organization (EURALO)",
        # "GLOBAL FORUM ON CYBER EXPERTISE (GFCE)".
        acronym, names = own, parts[-2:-1]
    # "Name, ACRONYM, Country": what follows the acronym is a place, not the organisation.
    name = repair_name(names[0]) if names else None
    if name and (owner := _COUNTRY_OWNS.match(name)) and is_country(owner["country"]):
        name = name[owner.end() :]  # "Norway's Ministry of Foreign Affairs"
    if name and (forum := _FORUM_PREFIX.match(name)):
        name = f"{_FORUMS[forum['kind'].upper()]} {name[forum.end() :]}"
    government = _COUNTRY_GOVERNMENT.match(name) if name else None
    if government and (country := country_name(government[1]) or demonym_country(government[1])):
        name = government_of(country)  # "Azerbaijan government", "Turkish Government"
    return Organisation(
        as_written=text.strip(),
        span=span,
        name=name,
        acronym=acronym,
        name_basis=Basis.STATED if name else None,
    )


@cache
def _country_names() -> frozenset[str]:
    names: set[str] = set()
    for country in pycountry.countries:
        for attribute in _COUNTRY_FORMS:
            if value := getattr(country, attribute, None):
                names.add(value.casefold())
    return frozenset(names)


# Country names translated into the languages the reader reads (pycountry's catalogues),
# except those that are first a given name ("Maurice", "Salvador").
_LANGUAGES = ("fr", "es", "pt", "pt_BR")
_GIVEN_NAMES_FIRST = frozenset({"dominique", "maurice", "mauricio", "maurício", "salvador"})


@cache
def _translated_countries() -> dict[str, str]:
    """Folded French, Spanish or Portuguese name of a country -> its English name
    (``Royaume-Uni`` -> ``United Kingdom``, ``Bolívia`` -> ``Bolivia``)."""
    names: dict[str, str] = {}
    for language in _LANGUAGES:
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, [language])
        for country in pycountry.countries:
            for attribute in _COUNTRY_FORMS:
                if value := getattr(country, attribute, None):
                    names.setdefault(catalogue.gettext(value).casefold(), country.name)
    for name in [*_country_names(), *_GIVEN_NAMES_FIRST]:
        names.pop(name, None)
    return names


def country_name(text: str) -> str | None:
    """The short name of the country ``text`` names (``French Republic`` -> ``France``,
    ``Royaume-Uni`` -> ``United Kingdom``)."""
    if not is_country(text):
        return None
    name = text.strip(" .")
    name = _translated_countries().get(name.casefold().removeprefix("the "), name)
    if name.casefold() not in _country_names():
        name = name[len("the ") :]  # "The Federative Republic of Brazil"
    country = pycountry.countries.lookup(name)
    return getattr(country, "common_name", None) or country.name


def government_of(country: str) -> str:
    """The name of ``country``'s government: ``Government of Kenya``, ``Government of the
    United States``, ``Government of the Republic of Korea`` (a country named as a union,
    republic or group of islands takes "the")."""
    name, _, kind = country.partition(", ")  # "Korea, Republic of": Republic of Korea
    country = f"{kind} {name}" if kind else country
    article = "the " if _WITH_ARTICLE.search(country) else ""
    return f"Government of {article}{country}"


_WITH_ARTICLE = re.compile(
    r"^(?:United|Russian|Czech|Dominican|Central|Holy)\b|\b(?:Republic|Federation|Islands|"
    r"Kingdom|States|Emirates|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|"
    r"Seychelles)\b"
)


_COUNTRY_FORMS = ("name", "common_name", "official_name")

_PUBLIC_OFFICE = re.compile(
    r"\b(?:minister|ambassador|envoy|representative|president|consul|senator|"
    r"parliamentarian|secretary\s+of\s+state|state\s+secretary)\b",
    re.IGNORECASE,
)


def is_public_office(post: str) -> bool:
    """True for a post that is a public office (a minister, an ambassador, a state
    secretary), whose holder with a country serves its government."""
    return bool(_PUBLIC_OFFICE.search(post))


_HONORIFICS = re.compile(r"^(?:(?:the|a|an|honou?rable|hon\.?|h\.\s?e\.?)\s+)+", re.IGNORECASE)
_OFFICE_OF = re.compile(r"\b(?:from|of)\s+(?:the\s+)?(?=[A-Z])")


def office_country(post: str) -> str | None:
    """The country whose public office ``post`` names: ``Greek minister for transport``,
    ``Honorable Minister from Rwanda``, ``Lithuania representative`` (None for ``Minister
    of ICT`` or ``President of the Internet Society``)."""
    office = _PUBLIC_OFFICE.search(post := _HONORIFICS.sub("", post.strip()))
    if office is None:
        return None
    first, _, between = post[: office.start()].partition(" ")
    national = demonym_country(first) or country_name(first)
    if national and not ORG_WORDS.search(between):  # not "Brazilian ... Committee representative"
        return national
    # "President of the Republic of Korea", "Minister of Information from Bangladesh"
    written = (country_name(post[m.end() :].strip()) for m in _OFFICE_OF.finditer(post))
    return next(filter(None, written), None)


# Adjectives of nationality that no ending rule makes from the country's name.
_IRREGULAR_DEMONYMS = {
    "afghan": "Afghanistan",
    "american": "United States",
    "argentine": "Argentina",
    "belgian": "Belgium",
    "british": "United Kingdom",
    "burmese": "Myanmar",
    "canadian": "Canada",
    "chinese": "China",
    "cypriot": "Cyprus",
    "czech": "Czechia",
    "danish": "Denmark",
    "dutch": "Netherlands",
    "emirati": "United Arab Emirates",
    "filipino": "Philippines",
    "finnish": "Finland",
    "french": "France",
    "german": "Germany",
    "greek": "Greece",
    "haitian": "Haiti",
    "icelandic": "Iceland",
    "irish": "Ireland",
    "kazakh": "Kazakhstan",
    "korean": "Korea, Republic of",
    "lebanese": "Lebanon",
    "malagasy": "Madagascar",
    "maltese": "Malta",
    "mexican": "Mexico",
    "moroccan": "Morocco",
    "nepalese": "Nepal",
    "norwegian": "Norway",
    "peruvian": "Peru",
    "philippine": "Philippines",
    "polish": "Poland",
    "portuguese": "Portugal",
    "russian": "Russian Federation",
    "saudi": "Saudi Arabia",
    "slovak": "Slovakia",
    "spanish": "Spain",
    "swedish": "Sweden",
    "swiss": "Switzerland",
    "thai": "Thailand",
    "togolese": "Togo",
    "turkish": "Türkiye",
    "ukrainian": "Ukraine",
    "uzbek": "Uzbekistan",
    "vietnamese": "Viet Nam",
}
# Endings of an adjective of nationality and what the country's name ends in instead:
# Kenyan, Brazilian, Mali-an, Italian (Italy), Senegalese, Pakistani.
_DEMONYM_ENDINGS = (("n", ""), ("ian", ""), ("an", ""), ("ian", "y"), ("ese", ""), ("i", ""))


@cache
def demonym_country(word: str) -> str | None:
    """The country an adjective of nationality names (``Kenyan`` -> ``Kenya``, ``Greek``
    -> ``Greece``), or None."""
    lower = word.casefold()
    if not word[:1].isupper() or len(word) < 4:
        return None
    if lower in _IRREGULAR_DEMONYMS:
        return country_name(_IRREGULAR_DEMONYMS[lower])
    for ending, instead in _DEMONYM_ENDINGS:
        if lower.endswith(ending) and is_country(stem := word[: -len(ending)] + instead):
            return country_name(stem)
    return None


def is_country(text: str) -> bool:
    """True when ``text`` is a country's name (``Pakistan``, ``United States``, ``The
    Federative Republic of Brazil``), not a code."""
    name = text.strip(" .").casefold()
    return (
        name.removeprefix("the ") in _country_names()
        or name in _country_names()
        or name in _translated_countries()
    )
