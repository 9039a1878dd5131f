"""One grammar for every way a person is written: name, post, organisation, groups, place.

An entry is cut into parts at top-level commas, or at spaced dashes (``Name - Org -
Civil Society - Africa``), with the text in brackets as parts of their own. The name is
the first part, unless the entry is written surname first (``Cath, Corinne``), glued to a
salutation (``Ms,Ana,RUIZ``), or begins with the organisation (``ISOC - Ana Ruiz``). The
other parts are told apart by what they are: a stakeholder group (``Civil Society``), a
regional group (``WEOG``, ``Asia-Pacific Group``, ``LAC``), a country, a note (``TBC``,
``Female``, ``remote presenter``, an e-mail), a post (``Research Director``,
``MAG member``) or an organisation; a post and its organisation may share a part
(``Senior Advisor at European Schoolnet``, ``the Chairman KICTANet``,
``Coordinator of INHOPE``), and a unit of the organisation stays with the post
(``Department of International Relations at South Asian University``). A region, country,
post or group alone is never the organisation, nor a country written after it.

>>> entry = read_entry("Seán Ó Siochrú, Research Director, NEXUS Research Cooperative")
>>> entry.name, entry.post, entry.organisation
('Seán Ó Siochrú', 'Research Director', 'NEXUS Research Cooperative')
>>> read_entry("Renata Aquino Ribeiro - MAG member - Civil Society - LAC").group
'civil society'
>>> read_entry("Cath, Corinne", surname_first=True).name
'Corinne Cath'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from igfgraph.model import StakeholderGroup
from igfgraph.parse.affiliations import (
    ORG_WORDS,
    SplitItem,
    country_name,
    government_of,
    is_acronym,
    is_country,
    is_public_office,
    split_items,
)
from igfgraph.parse.cues import meeting_role
from igfgraph.parse.names import (
    LEADING_SALUTATION,
    PARTICLES,
    ROMAN_NUMERAL,
    SALUTATIONS,
    clean_name,
    is_given_name,
    is_initial,
    is_large_city,
    is_place,
    name_shape,
    person_evidence,
    person_part,
    plausible_listed_name,
    uninvert,
)
from igfgraph.parse.repair import drop_decorations, english_half, repair_name, unglue_list

REGIONAL_GROUPS = {
    "african group": "African Group",
    "africa": "African Group",
    "asia-pacific group": "Asia-Pacific Group",
    "asia pacific group": "Asia-Pacific Group",
    "asia-pacific": "Asia-Pacific Group",
    "apac": "Asia-Pacific Group",
    "ap": "Asia-Pacific Group",
    "eastern european group": "Eastern European Group",
    "eeg": "Eastern European Group",
    "latin american and caribbean group": "GRULAC",
    "latin american and caribbean group (grulac)": "GRULAC",
    "grulac": "GRULAC",
    "lac": "GRULAC",
    "western european and others group": "WEOG",
    "western european and others group (weog)": "WEOG",
    "western europe and others group": "WEOG",
    "western europe and others group - weog": "WEOG",
    "weog": "WEOG",
    "europe": "WEOG",
    "eu": "WEOG",
    "na": "WEOG",
    "north america": "WEOG",
    "intergovernmental organization": "Intergovernmental Organization",
}
_GROUPS = {
    "civil society": StakeholderGroup.CIVIL_SOCIETY,
    "government": StakeholderGroup.GOVERNMENT,
    "private sector": StakeholderGroup.PRIVATE_SECTOR,
    "business": StakeholderGroup.PRIVATE_SECTOR,
    "technical community": StakeholderGroup.TECHNICAL_COMMUNITY,
    "intergovernmental organization": StakeholderGroup.INTERGOVERNMENTAL,
    "intergovernmental organisation": StakeholderGroup.INTERGOVERNMENTAL,
    # the label of the 2014 workshop forms
    "international organization": StakeholderGroup.INTERGOVERNMENTAL,
    "international organisation": StakeholderGroup.INTERGOVERNMENTAL,
    "academia": StakeholderGroup.ACADEMIA,
    "academic": StakeholderGroup.ACADEMIA,
}
_NOTE = re.compile(
    r"^(?:\(?\s*(?:tbc|tbd|tba|to\s+be\s+confirmed|confirmed|invited|main|sub|lead|co)\s*\)?|"
    # gender, or "Y" / "N" of a proposal's "confirmed" column ("Ana Ruiz, APC, Y")
    r"male|female|m|f|y|n|non-binary|prefer\s+not\s+to\s+answer|(?:remote|online|onsite|virtual|"
    r"in[- ]person)(?:\s+(?:presenter|speaker|participant|participation))?|\(?virtual\)?|"
    r"\S+@\S+|\[\s*email\s+protected\s*\]|(?:hosted|supported|funded|sponsored)\s+by\b.*|"
    # a salutation alone ("Lars Steffen, Herr"), a nickname ("Known as Father of the Internet")
    r"herr|frau|mr|ms|mrs|dr|sr|sra|mme|(?:also\s+)?known\s+as\b.*)$",
    re.IGNORECASE,
)
_TRAILING_NOTES = re.compile(
    r"(?:\s*[,;(]?\s*(?:\(?(?:tbc|tbd|tba|to\s+be\s+confirmed|virtual|remote|online)\)?|"
    r"\[\s*email\s*protected\s*\]|\S+@\S+\.\w+)\s*\)?)+\s*[.;,]*$",
    re.IGNORECASE,
)
_ROLE_ALONE = re.compile(
    r"^(?:online\s+|remote\s+)?(?:co-?)?(?:moderator|facilitator|rapporteur)$", re.I
)
# A name in mixed case, then its organisation's acronym: "Reema Nanavaty SEWA".
_ACRONYM_AFTER_NAME = re.compile(
    r"^(?P<name>[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Þ][a-zà-ÿ'’.-]*){1,3})\s+(?P<acronym>[A-Z][A-Z0-9&]{1,9})$"
)
# A speaking time in brackets, perhaps cut off: "(5 minutes on the way forward ...".
_DURATION = re.compile(r"\s*\(\s*\d+\s*(?:min(?:ute)?s?|hours?)\b[^()]*(?:\)|$)", re.IGNORECASE)
# What a part holds when _TRAILING_NOTES can match in it.
_NOTE_WORD_LIST = ("tb", "confirmed", "virtual", "remote", "online", "email", "@")
_NOTE_WORDS = re.compile("|".join(_NOTE_WORD_LIST), re.IGNORECASE)
_DASH_BRACKET = re.compile(r"(\w)-\((\w+)\)")
_SPACED_DASH = re.compile(r"\s+[-–—]\s*|\s*[–—]\s+|(?<=\w)\s+-(?=\w)|(?<=[a-z])-\s+(?=[A-Z])")
POST_WORDS = re.compile(
    r"(?i)\b(?:officer|director|head|chair\w*|manager|coordinator|convenor|convener|"
    r"advis[eo]r|professor|lecturer|secretary|president|vice[- ]president|envoy|minister|"
    r"ceo|cto|cio|coo|cfo|cmo|founder|co-?founder|lead|leader|researcher|research\s+fellow|fellow|"
    r"counsel|counsell?or|councill?or|specialist|analyst|consultant|facilitator|ambassador|commissioner|"
    r"representative|member|student|candidate|activist|journalist|editor|writer|poet|"
    r"engineer|expert|strategist|partner|principal|deputy|assistant|associate|executive|"
    r"programme|program|policy|officer|scientist|lawyer|attorney|judge|senator|mp|"
    r"parliamentarian|governor|mayor|dean|rector|evangelist|architect|developer|"
    r"ambassador|trainer|volunteer|intern|staff|delegate|emeritus|chief|rapporteur|"
    # Spanish and French: "Directora", "Présidente", "Chargée de mission"
    r"directora|directeur|directrice|presidenta|pr[ée]sidente?|vicepresident[ea]|"
    r"coordinadora?|coordinat(?:eur|rice)|gerente|jef[ea]|ministr[oa]|ministre|"
    r"secretari[oa]|secr[ée]taire|asesora?|conseill(?:er|[èe]re)|consejer[oa]|"
    r"investigadora?|chercheu(?:r|se)|profesora?|fundadora?|fondat(?:eur|rice)|"
    r"embajadora?|ambassadeur|ambassadrice|responsable|charg[ée]e?|catedr[áa]tic[oa]|representante|"
    r"repr[ée]sentante?|abogad[oa]|avocate?|periodista|journaliste|ingenier[oa]|ing[ée]nieure?|"
    r"portavoz|delegad[oa]|d[ée]l[ée]gu[ée]e?|professeure?|consultora?|intendente|"
    r"alcaldes?a?|maire|gobernador[a]?|"
    # Portuguese: "Secretário Executivo do CGI.br", "Conselheiro", "Deputado"
    r"secret[áa]ri[oa]|conselheir[oa]|coordenador[a]?|diretor[a]?|deputad[oa]|senador[a]?|"
    r"prefeit[oa]|vereador[a]?|pesquisador[a]?|assessor[a]?|professora|"
    # Italian: "Dirigente Regione Sardegna", "Assessore ...", "Vicesindaco Comune di Venezia"
    r"dirigente|assessore|(?:vice)?sindaco|direttor[ea]|direttrice|professoressa|"
    r"coordinat(?:ore|rice)|consigliere|ricercat(?:ore|rice))\b"
)
_POST_WORD_ALTERNATIVES = POST_WORDS.pattern.removeprefix("(?i)\\b(?:").removesuffix(")\\b")
# "Executive Secretary of the ...": the post runs over its post words to the organisation.
_POST_AND_ORG = re.compile(
    rf"^(?P<post>.*?\b(?:{_POST_WORD_ALTERNATIVES})s?"
    r"(?:\s(?:General|g[ée]n[ée]ral[ea]?)(?=\s+(?:of|de|du|des|d['’])\b)|-[A-Z]\w+)?)\s*"
    r"(?:(?P<joint>,|\bat\b|\bof\b|\bwith\b|\bfor\b|\bfrom\b|\bin\b|@|\bde\s+la\b|\bdel\b|\bde\b|"
    r"\bdu\b|\bdes\b|\bd[oa]s?\b|\bdella\b|\bdegli\b|\bdei\b|\bdi\b)\s+|"
    r"(?P<elided>\bde\s+l['’]|\bdell['’]|\bd['’])\s*|\s+)"
    rf"(?:the\s+)?(?P<org>(?!(?:{_POST_WORD_ALTERNATIVES})s?\b)(?-i:[A-Z0-9]).*)$",
    re.IGNORECASE,
)
_REPRESENTING = re.compile(r"^(?:representing|on\s+behalf\s+of|from|of|at)\s+(?:the\s+)?", re.I)
_BASED = re.compile(r"\s+(?:based|located|headquartered)\s+in\s+.*$|\b[A-Z][\w-]*-based\s+", re.I)
_BASED_WORDS = ("based", "located", "headquartered")  # ASCII text without them: no _BASED
_NAME_JOINERS = re.compile(r"\s+(?:from|of|representing|at)\s+(?:the\s+)?(?=[A-Z])")


@dataclass
class Entry:
    """One person as an entry writes them."""

    name: str
    name_as_written: str
    post: str | None = None
    organisation: str | None = None
    group: str | None = None  # a StakeholderGroup value
    region: str | None = None
    country: str | None = None
    notes: list[str] = field(default_factory=list)


def stakeholder_group(text: str) -> StakeholderGroup | None:
    """The stakeholder group ``text`` names (``Technical Community``, ``Art/Civil Society``,
    ``Intergovernmental Organizations``)."""
    key = " ".join(text.lower().replace("-", " ").split())
    tail = key.rsplit("/", 1)[-1].strip()
    return next((_GROUPS[k] for k in (key, tail, key.removesuffix("s")) if k in _GROUPS), None)


@lru_cache(maxsize=1 << 14)
def group_and_region(text: str) -> tuple[StakeholderGroup, str | None] | None:
    """``Civil Society Asia-Pacific`` -> (civil society, Asia-Pacific Group): a stakeholder
    group, and the regional group written after it in the same part."""
    if group := stakeholder_group(text):
        return group, None
    folded = " ".join(text.lower().split())
    for key, group in _GROUPS.items():
        if folded.startswith(key + " ") and (region := regional_group(text[len(key) :].strip())):
            return group, region
    return None


@lru_cache(maxsize=1 << 14)
def regional_group(text: str) -> str | None:
    """The regional group ``text`` names (``WEOG``, ``Asia-Pacific Group``, ``LAC``,
    ``Asia-Pacific (APAC)``)."""
    key = " ".join(text.lower().replace("–", "-").split()).strip(" .")
    if key in REGIONAL_GROUPS:
        return REGIONAL_GROUPS[key]
    outside, _, inside = key.partition("(")
    return REGIONAL_GROUPS.get(outside.strip()) or REGIONAL_GROUPS.get(inside.strip(" )"))


@lru_cache(maxsize=1 << 14)
def is_post(text: str) -> bool:
    """True for a post (``Research Director``, ``MAG member``, ``gender activist``)."""
    words = text.split()
    if not words:
        return False
    first = words[0].replace("-", "")
    if first.isalpha() and first.islower():  # "gender activist", "pre-law", not "http://..."
        return True
    if POST_WORDS.fullmatch(words[-1].strip(".,")):  # "Chief Corporate Affairs Officer"
        return True
    return bool(POST_WORDS.search(text)) and not ORG_WORDS.search(text.replace("Member", ""))


_FORUM_ACRONYMS = frozenset({"MAG", "IGF", "UN", "WSIS"})  # posts in the forum: "MAG member"
_POST_ACRONYMS = frozenset({"CEO", "CTO", "CIO", "COO", "CFO", "CISO", "MP", "MEP"})


@lru_cache(maxsize=1 << 14)
def _org_like(text: str) -> bool:
    """True for an organisation's name: an organisation word, an acronym first
    (``ISOC Barbados``) or last in words not all in capitals (``Abu-Ghazaleh IP``), or a
    web address (``ConnectSafely.org``)."""
    words = text.split("(")[0].split() or text.split()
    first = words[0].strip(",.") if words else ""
    last = words[-1].strip(",.") if len(words) > 1 else ""
    return (
        bool(ORG_WORDS.search(text))
        or _body_acronym(first)
        or (_body_acronym(last) and not _ROMAN.fullmatch(last) and not text.isupper())
        or bool(re.search(r"\w\.(?:org|com|net|asia|info)\b", text))
    )


def _body_acronym(word: str) -> bool:
    """True for an acronym that names a body, not a post, the forum or a country (``CEO``,
    ``IGF``, ``U.S.``)."""
    return (
        is_acronym(word)
        and len(word) > 1
        and word not in _FORUM_ACRONYMS | _POST_ACRONYMS
        and not is_country_part(word)
        and not is_country_part(f"{word}.")  # "U.S" of "U.S." with its last stop cut
    )


_ROMAN = re.compile(r"[IVX]+")  # "John Smith III": a name's numeral, no acronym


_BRACKET = re.compile(r"\(([^()]*)\)")
_ACRONYM_BRACKET = re.compile(r"(?<=[\w.])\s*\((?P<acronym>[A-Z][A-Za-z0-9&.\-]*[A-Z0-9])\)")


def _parts(text: str) -> list[str]:
    """The parts of an entry: spaced-dash pieces split further at top-level commas, and
    the text in brackets as parts of their own, except an acronym in brackets after an
    organisation's name (``European At-Large Organization (EURALO)``)."""
    if "-(" in text:
        text = _DASH_BRACKET.sub(r"\1-\2", text)  # "Headley-(Corbin)"
    dashes = "-" in text or "–" in text or "—" in text
    pieces = [p for p in (_SPACED_DASH.split(text) if dashes else [text]) if p.strip(" ,.;")]
    dashed = len(pieces) > 1 and not _is_hyphenated_name(text)
    parts: list[str] = []
    for piece in pieces if dashed else [text]:
        for item in split_items(piece, r",|;"):
            parts.extend(_bracket_parts(item.text))
    return [part for part in (p.strip(" .") for p in parts) if part]


def _bracket_parts(text: str) -> list[str]:
    """``Name (Org, Country)`` -> [Name, Org, Country]; ``Org (ACR)`` stays whole."""
    if "(" not in text:
        return [
            piece
            for piece in (piece.strip().strip("()") for piece in text.split(","))
            if piece.strip()
        ]
    acronym = _ACRONYM_BRACKET.search(text)
    if acronym and acronym.end() >= len(text.rstrip(" .")) and _org_like(text[: acronym.start()]):
        return [text]
    inside = [piece for bracket in _BRACKET.findall(text) for piece in _bracket_content(bracket)]
    outside = [piece.strip() for piece in _BRACKET.sub(",", text).split(",")]
    unbalanced = [piece.strip("()") for piece in (*outside, *inside)]
    return [piece for piece in unbalanced if piece.strip()]


def _bracket_content(text: str) -> list[str]:
    """The parts of a bracket: ``Goldsmiths, University of London`` is one organisation;
    a group, region, country or note after it is a part of its own (``APC, Kenya``)."""
    pieces = [piece.strip() for piece in text.split(",") if piece.strip()]
    tail: list[str] = []
    while len(pieces) > 1 and _describes(pieces[-1]):
        tail.insert(0, pieces.pop())
    return [", ".join(pieces), *tail] if pieces else tail


def _describes(part: str) -> bool:
    """True for a group, region, country or note, which is never part of an organisation."""
    return bool(
        group_and_region(part) or regional_group(part) or is_country_part(part) or _NOTE.match(part)
    )


# Country codes written where a country stands ("US/New Zealand", "Cisco, USA").
_COUNTRY_CODES = frozenset({"US", "USA", "U.S.", "UK", "U.K.", "UAE", "EU", "DRC"})
# A part of the world that is no regional group: "East Africa", "Southeast Asia".
_WORLD_PART = re.compile(
    r"^(?:(?:north|south|east|west|central|southern|northern|eastern|western|south-?east|"
    r"north-?east|south-?west|north-?west|sub-saharan)\s+)(?:africa|asia|europe|america|"
    r"pacific|caribbean)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1 << 14)
def is_country_part(part: str) -> bool:
    """True for a country, a country code, ``US/New Zealand`` or a part of the world."""
    sides = [side.strip() for side in part.split("/")]
    return bool(_WORLD_PART.match(part.strip())) or all(
        side in _COUNTRY_CODES or is_country(side) or (side.isupper() and is_country(side.title()))
        for side in sides
    )


# A stakeholder group stated inside a part: "gender activist and government stakeholder".
_STAKEHOLDER = re.compile(
    r"\s*(?:\band\s+)?(?:an?\s+)?\b(?P<group>civil\s+society|government|private\s+sector|"
    r"technical\s+community|academia)\s+stakeholder\b",
    re.IGNORECASE,
)

_STAKEHOLDER_LABEL = re.compile(r"^\s*stakeholder\s+group\s*:\s*", re.IGNORECASE)


def _city(part: str, before: list[str], after: list[str]) -> bool:
    """True for a city between an organisation and a country (``..., South Asian
    University, New Delhi (India)``), or a large city last (``..., Facebook, London``);
    without both, ``Orange`` is a company."""
    if before and not after and is_large_city(part):
        return True
    return any(map(_org_like, before)) and is_place(part) and any(map(is_country_part, after))


@lru_cache(maxsize=1 << 14)
def _country_and_region(part: str) -> tuple[str, str] | None:
    """``Myanmar APAC`` -> (``Myanmar``, ``Asia-Pacific Group``): a country and the
    regional group written after it in one part."""
    words = part.split()
    for size in range(1, min(len(words), 4)):
        country, region = " ".join(words[:-size]), regional_group(" ".join(words[-size:]))
        if region and is_country_part(country):
            return country, region
    return None


def _is_hyphenated_name(text: str) -> bool:
    """``Headley-Corbin`` or ``Jean -Paul``: a dash inside a name, not between parts."""
    return not re.search(r"\s[-–—]\s|\s[–—]|[–—]\s", text) and not re.search(r"\s-\w", text)


def _split_name(part: str) -> tuple[str, str | None]:
    """``Ana Ruiz from the Internet Society`` -> (``Ana Ruiz``, ``Internet Society``)."""
    match = _NAME_JOINERS.search(part)
    if match and name_shape(clean_name(part[: match.start()])[0]):
        body = part[match.end() :]
        said = _SAYING.search(body)  # "Karen McCabe from IEEE addresses “Do ...”"
        return part[: match.start()], body[: said.start()] if said else body
    return part, None


# Where a sentence goes on after the organisation a name is from: a verb in the present
# or past (not "das", "sans", "les" inside a name), or a quotation.
_SAYING = re.compile(r"\s+(?:[a-z]{4,}(?:es|ed|s)\b|[“\"«]).*$")


# An office whose portfolio is written as if it were a body ("State Secretary for Digital
# Agenda" read as post and organisation).
_MINISTERIAL = re.compile(r"\b(?:minister|state\s+secretary|secretary\s+of\s+state)\b", re.I)
# A role in brackets at the end of an entry: the role this person has in the session.
_ROLE_IN_BRACKETS = re.compile(
    r"\s*\((?P<role>(?:co-?)?(?:chair(?:man|woman|person)?|moderator|facilitator|rapporteur))\)$",
    re.IGNORECASE,
)
# What a listed person will do in the session, after their affiliation.
WHAT_THEY_WILL_DO = re.compile(
    r"[,.]\s+(?:(?:who\s+)?will|to)\s+(?:talk|speak|present|share|discuss|address|provide|give|"
    r"reflect|introduce|moderate|offer|focus)\b.*$",
    re.IGNORECASE,
)
_GLUED_SALUTATION = re.compile(r"\b(Mr|Ms|Mrs|Dr|Prof|Amb)\.(?=[A-Z])")


def _name_first(parts: list[str], surname_first: bool) -> tuple[str, list[str]] | None:
    """The name and the other parts, or None when no part is a name."""
    head, rest = parts[0], parts[1:]
    salutation = head.strip(". ").lower() in {"mr", "ms", "mrs", "dr", "prof", "miss"}
    if salutation and len(rest) >= 2 and name_shape(f"{rest[0]} {rest[1]}".title()):
        return f"{head}. {rest[0]} {rest[1]}", rest[2:]  # "Ms,Ana,RUIZ"
    cleaned = clean_name(head)[0]
    if rest and len(cleaned.split()) == 1 and cleaned != head.strip() and _single_word(rest[0]):
        return f"{head} {rest[0]}", rest[1:]  # "Mr. Kofi, Mensah"
    if surname_first and rest and _inverted(cleaned, rest[0], len(rest)):
        return f"{rest[0]} {cleaned}", rest[1:]  # "Cath, Corinne"
    if (
        rest
        and " " not in cleaned
        and is_given_name(cleaned)
        and _single_word(rest[0])
        and not is_country(rest[0])
    ):
        return f"{head} {rest[0]}", rest[1:]  # "Jörg, Schweiger, CEO of DENIC"
    if name_shape(cleaned):
        return head, rest
    if rest and _org_like(head) and name_shape(clean_name(rest[0])[0]):
        return rest[0], [head, *rest[1:]]  # "ISOC - Ana Ruiz"
    return None


def _single_word(text: str) -> bool:
    return len(text.split()) == 1 and name_shape(text.title()) and not _org_like(text)


def _inverted(head: str, following: str, parts: int) -> bool:
    """True for ``Surname, Given``: a one- or two-word name, then a single given name
    (``Cath, Corinne``: both are given names, and a comma between given name and surname
    is how listings write a surname first)."""
    words = following.split()
    return (
        len(words) == 1
        and name_shape(following)
        and 1 <= len(head.split()) <= 2
        and name_shape(head)
        and is_given_name(following)
        and (parts == 1 or len(head.split()) == 1 or not is_given_name(head.split()[0]))
    )


def read_entry(
    text: str, *, named_context: bool = True, surname_first: bool = False
) -> Entry | None:
    """The person ``text`` writes, or None when it names nobody.

    ``named_context`` says the text stands where people are listed (under a
    ``Speakers:`` cue): a name-shaped first part is then enough; elsewhere the name must
    also carry evidence of being a person's (:func:`person_evidence`). ``surname_first``
    says the document may write names surname first (session pages and listings copied
    from the IGF's forms: ``Cath, Corinne``, ``Githaiga Grace``).
    """
    raw = text.strip(" \t•·-–—*:;,")
    marked = _ROLE_IN_BRACKETS.search(raw) if raw.endswith(")") else None
    if marked:  # "Jasna Matić, State Secretary ..., Republic of Serbia (Chair)"
        raw = raw[: marked.start()]
    if " will " in raw.lower() or " to " in raw:
        raw = WHAT_THEY_WILL_DO.sub("", raw)  # "..., will talk from the global perspective"
    if not raw.isascii() or any(word in raw.lower() for word in _BASED_WORDS):
        raw = _BASED.sub("", raw)
    raw = unglue_list(raw)
    if "- " in raw:
        raw = _GLUED_DASH.sub(r"\g<name> - ", raw)  # "Michael Nelson- Public Policy, ..."
    if "." in raw:
        raw = _GLUED_SALUTATION.sub(r"\1. ", raw)
        raw = _full_stop_parts(raw)
    if "(" in raw:
        raw = _ACRONYM_IN_NAME.sub("", raw)  # "Internet Governance Forum (IGF) Secretariat"
        raw = _DURATION.sub("", raw)  # "(5 minutes for setting the scene)": a timing
    pairs = [(part, _clean_part(part)) for part in _parts(raw)]
    pairs = [(part, clean) for part, clean in pairs if clean]
    if not pairs:
        return None
    head, joined_org = _split_name(pairs[0][1])
    parts = [head, *([joined_org] if joined_org else []), *(clean for _, clean in pairs[1:])]
    found = _name_first(parts, surname_first)
    if found is None:
        return None
    name_text, rest = found
    glued = None if rest else _ACRONYM_AFTER_NAME.match(name_text)
    if glued and not ROMAN_NUMERAL.fullmatch(glued["acronym"]):
        # "Reema Nanavaty SEWA" alone; "Cedrick Adrien MBEYET, Technical Community": a surname
        name_text, rest = glued["name"], [glued["acronym"]]
    name, salutation_post = clean_name(name_text)
    name = person_part(" ".join(name.split()))
    plausible = plausible_listed_name(name) if named_context else person_evidence(name)
    if not plausible or len(name.split()) == 1:
        return None
    # As written: the first part with its emoji and leftovers, when the name is all of it.
    written = pairs[0][0].strip() if name_text == pairs[0][1] else name_text.strip()
    inverted = surname_first and not name_text.isupper()  # "ANNE CARBLANC": given name first
    entry = Entry(uninvert(name) if inverted else name, written, post=salutation_post)
    _describe(entry, [part for part in rest if any(c.isalnum() for c in part)])  # not "??"
    if marked:
        entry.notes.append(marked["role"])
    return entry


# A dash glued to the name that starts an entry and spaced from the post after it.
_GLUED_DASH = re.compile(
    r"^(?P<name>[A-ZÀ-Þ][\w'’.]*(?:\s+[A-ZÀ-Þ][\w'’.]*){1,3}(?<=[a-zà-ÿ]))-\s+(?=[A-ZÀ-Þ])"
)
# The acronym of a body inside the name of its part: "Forum (IGF) Secretariat".
_ACRONYM_IN_NAME = re.compile(
    r"\s*\([A-Z][A-Za-z0-9&.\-]*[A-Z0-9]\)(?=\s+(?:Secretariat|Council|Committee|Commission|"
    r"Office|Foundation|Board|Bureau|Division|Unit|Directorate|Department)\b)"
)


def _full_stop_parts(text: str) -> str:
    """``Ana Ruiz. Director, Policy Unit. Ministry of X. Country``: parts cut by full stops
    instead of commas, when each part after the first is a short capitalised phrase."""
    pieces = _FULL_STOP.split(text)
    if (
        len(pieces) < 2
        or len(pieces[0].split()) < 2
        or not all(
            piece[:1].isupper()
            and len(piece.split()) <= _FULL_STOP_PART
            and not _VERB.search(piece)
            for piece in pieces[1:]
        )
    ):
        return text
    return ", ".join(pieces)


_FULL_STOP = re.compile(r"(?<=[a-z]{2})\.\s+(?=[A-ZÀ-Þ])")
_FULL_STOP_PART = 10  # words of a post or organisation at most
_VERB = re.compile(r"\b(?:is|are|was|were|will|has|have|had|said|says)\b", re.IGNORECASE)
_ROW_NAME_WORDS = (4, 3, 2)
_ROW_ORG_WORDS = 6


def read_row(line: str) -> Entry | None:
    """The person a table's row flattened into a line names (``Wu Hongbo  UNDESA Thanks.
    The IGF is important. 13 mins``, ``Ali M. Abbasov Azerbaijan government Message
    ...``): the name words it begins with, then the organisation after them (an acronym,
    a run ending in an organisation word, ``<Country> government``); the rest, what the
    table says of them, is not read.

    >>> entry = read_row("Hamadoun Touré ITU The IGF is great. 10 mins 24 secs")
    >>> entry.name, entry.organisation
    ('Hamadoun Touré', 'ITU')
    """
    words = line.split()
    for size in _ROW_NAME_WORDS:
        name = " ".join(words[:size])
        if len(words) <= size or any(_ends_row_name(word) for word in words[1:size]):
            continue
        if plausible_listed_name(clean_name(name)[0]) and person_evidence(clean_name(name)[0]):
            entry = Entry(clean_name(name)[0], name)
            entry.organisation = _row_organisation(words[size:])
            return entry
    return None


def _ends_row_name(word: str) -> bool:
    """A word a name in a row cannot hold: an acronym, a place, an organisation word."""
    return (
        (is_acronym(word.strip(".,")) and len(word) > 2)
        or is_country(word)
        or bool(ORG_WORDS.search(word))
    )


def _row_organisation(words: list[str]) -> str | None:
    """The organisation a row's words begin with: the longest start that is one."""
    for size in range(min(_ROW_ORG_WORDS, len(words)), 0, -1):
        text = " ".join(words[:size])
        last = words[size - 1]
        if size == 1 and is_acronym(last) and len(last) > 1:
            return last  # "UNDESA"
        if size > 1 and ORG_WORDS.search(last) and last[0].isalpha() and _org_like(text):
            return text  # "Internet Society", "Azerbaijan government"
        if size > 1 and is_country(words[0]) and last.lower() == "government":
            return text
    return None


def represented_people(text: str) -> list[Entry]:
    """The people of bodies each followed by who represents it, run together on one line
    (``Egypt: Chair of AfIGF represented by Ms. Nermine Sadani United Nations Economic
    Commission for Africa (UNECA) represented by Mr. Makane Faye ...``), each of the body
    before them (a country's: its government); [] for any other line."""
    pieces = _REPRESENTED.split(text.strip())
    body, people = pieces[0], []
    for piece in pieces[1:]:
        words = piece.split()
        middle = len(words) >= _REPRESENTATIVE_WORDS and (
            is_initial(words[1]) or words[1].lower() in PARTICLES
        )
        size = _REPRESENTATIVE_WORDS if middle else _REPRESENTATIVE_WORDS - 1
        name = " ".join(words[:size])
        if len(words) < size or not person_evidence(name):
            return []  # no name after "represented by": some other line
        organisation = body.strip(" ,;")
        country, _, post = organisation.partition(":")
        if post and (found := country_name(country.strip())):
            organisation = government_of(found)  # "Egypt: Chair of AfIGF"
        people.append(Entry(clean_name(name)[0], name, organisation=organisation or None))
        body = " ".join(words[size:])
    return people


_REPRESENTED = re.compile(rf"\s+represented\s+by\s+(?:(?:{SALUTATIONS})\.?\s+)?", re.IGNORECASE)
# A representative's name run into the next body's is two words, or three with an initial
# or particle in the middle ("Lee W. McKnight").
_REPRESENTATIVE_WORDS = 3


def read_affiliation(text: str) -> tuple[str | None, str | None]:
    """The post and organisation of a line that names no one: ``Coordinator of
    Development Projects, LACNIC`` -> (``Coordinator of Development Projects``, ``LACNIC``).
    (None, None) when the line is no affiliation (a sentence, a name)."""
    parts = [_clean_part(part) for part in _parts(text)]
    parts = [part for part in parts if part and not _describes(part)]
    if not parts or len(text.split()) > _AFFILIATION_WORDS:
        return None, None
    if name_shape(parts[0]) and not is_post(parts[0]):
        return None, None
    post, organisation = _post_and_organisation(parts)
    if (organisation and _org_like(organisation)) or post:
        return post, organisation
    return None, None


_AFFILIATION_WORDS = 16


_READ_MORE = re.compile(r"(?<=\S)\s+(?:more|read\s+more)\s*$")


def _clean_part(part: str) -> str:
    """A part without emoji, ``[email protected]`` leftovers, a trailing ``(TBC)`` or a
    page's ``more`` link."""
    part = _READ_MORE.sub("", drop_decorations(part))  # "eNASCO more": a page's link
    if _may_hold_notes(part):
        part = _TRAILING_NOTES.sub("", part)
    return part.strip(" .")


def _may_hold_notes(part: str) -> bool:
    """False when :data:`_TRAILING_NOTES` cannot match in ``part`` (most parts): it holds
    none of the notes' words. (Outside ASCII, letters such as a dotless i match an i
    regardless of case, so such text is searched as the notes are.)"""
    if not part.isascii():
        return bool(_NOTE_WORDS.search(part))
    lower = part.lower()
    return any(word in lower for word in _NOTE_WORD_LIST)


def _describe(entry: Entry, parts: list[str]) -> None:
    """Sort the parts after a name into group, region, country, notes, post and organisation.
    ``Intergovernmental Organization`` is the stakeholder group the first time and the
    regional group after it."""
    others: list[str] = []
    for number, bilingual in enumerate(parts):
        written = english_half(bilingual)  # "Président de la République / President of ..."
        written = _STAKEHOLDER_LABEL.sub("", written)  # "stakeholder group: academia"
        stated = _STAKEHOLDER.search(written)
        if stated and entry.group is None and (group := stakeholder_group(stated["group"])):
            entry.group = group.value
            written = written[: stated.start()] + written[stated.end() :]
        part = repair_name(written)
        if not part:
            continue
        if placed := _country_and_region(part):
            entry.country, entry.region = entry.country or placed[0], entry.region or placed[1]
            continue
        both = group_and_region(part)
        group, region = (
            (both[0], both[1] or regional_group(part)) if both else (None, regional_group(part))
        )
        if both and both[1] and entry.group is None:
            entry.group, entry.region = group.value, both[1]
        elif group is not None and entry.group is None:
            entry.group = group.value
        elif region is not None and entry.region is None:
            entry.region = region
        elif group is not None or region is not None:
            entry.notes.append(part)
        elif is_country_part(part):
            entry.country = entry.country or part
        elif _NOTE.match(part) or _city(part, others, parts[number + 1 :]):
            entry.notes.append(part)
        elif others and _ROLE_ALONE.match(part) and meeting_role(part):
            entry.notes.append(part)  # "..., Chairperson of the African IGF, Moderator"
        else:
            others.append(written)
    post, organisation = _post_and_organisation(others)
    entry.post = post or entry.post
    entry.organisation = organisation
    portfolio = organisation and not (ORG_WORDS.search(organisation) or is_acronym(organisation))
    ministerial = portfolio and _MINISTERIAL.search(entry.post or "")
    if (
        entry.country
        and entry.post
        and is_public_office(entry.post)
        and (not organisation or ministerial)
    ):
        # "Prime Minister, Republic of Serbia", "State Secretary for Digital Agenda, Republic
        # of Serbia": the office serves the country's government
        entry.organisation = government_of(country_name(entry.country) or entry.country)


_UNIVERSITY = re.compile(r"^(?:the\s+)?university\b", re.IGNORECASE)
# A unit of the organisation named after it ("Department of International Relations").
_UNIT_OF = re.compile(
    r"^(?:the\s+)?(?:school|faculty|department|division|office|unit|bureau|directorate|"
    r"section|program(?:me)?)\s+(?:of|for|on)\b",
    re.IGNORECASE,
)
# A unit's noun anywhere in its name ("Future Networks Directorate of DG CONNECT").
_UNIT_NOUN = re.compile(
    r"\b(?:directorate|department|division|unit|bureau|section)\b", re.IGNORECASE
)
_JOINT = re.compile(r"\s+[&/]\s+")
# A unit named before its organisation ("International Relations Division, Ministry of ...").
_UNIT_END = re.compile(r"\b(?:division|unit|section|directorate|desk)$", re.IGNORECASE)
_MINISTER = re.compile(r"\bminister$", re.IGNORECASE)
_GOVERNMENT = re.compile(r"^(?:the\s+)?government\b", re.IGNORECASE)


def _first_of_joint(text: str | None) -> str | None:
    """The first organisation of ``Org A & Org B`` or ``Org A / Org B`` when every side
    names an organisation."""
    sides = _JOINT.split(text) if text else []
    named = all(_org_like(side) and _whole_name(side.strip()) for side in sides)
    return sides[0] if len(sides) > 1 and named else text


def _whole_name(side: str) -> bool:
    """True for a name that can stand alone: two words or more, an acronym, or a word run
    together (``DiploFoundation``); not one common word (``Center for Internet & Society``)."""
    return " " in side or is_acronym(side) or any(c.isupper() for c in side[1:])


def _org_or_name(text: str) -> bool:
    """True for an organisation's name or a capitalised name (``Google``)."""
    return _org_like(text) or all(word[:1].isupper() for word in text.split()[:2])


def _post_and_organisation(others: list[str]) -> tuple[str | None, str | None]:
    """The post and organisation among the parts that are neither name, group nor place;
    of a joint affiliation (``Geneva Internet Platform & DiploFoundation``) the first; an
    official of a country (``President of the French Republic``) serves its government."""
    return _post_and_organisation_of(tuple(others))


@lru_cache(maxsize=1 << 14)  # people recur with the same affiliation
def _post_and_organisation_of(others: tuple[str, ...]) -> tuple[str | None, str | None]:
    """:func:`_post_and_organisation` of ``others``."""
    post, organisation = _post_and_parts([OF_BODY.sub("", part) for part in others])
    if organisation is None and post and (split := _body_then_post(post)):
        organisation, post = split  # "Internet Society Program specialist"
    post, organisation = _tidied(post, organisation)
    if organisation and (titled := _ACRONYM_THEN_POST.match(organisation)):
        if is_acronym(titled["body"]) and is_post(titled["post"]):  # "GCSC Member"
            organisation, post = titled["body"], ", ".join(filter(None, [post, titled["post"]]))
    envoy = _ENVOY_TO.match(organisation) if post and organisation else None
    if envoy and country_name(envoy["country"]):
        organisation = envoy["country"]  # "Permanent Representative of Kenya to the UN"
    if post and organisation and (country := country_name(organisation)):
        return post, government_of(country)
    first = _first_of_joint(_GLUED_PARENT.sub(r"\1, ", organisation) if organisation else None)
    unit = first and (_UNIT_OF.match(first) or first[:1].islower() or _UNIT_NOUN.search(first))
    if unit and first and (at := _UNIT_AT.search(first)):
        # "Department of International Relations at South Asian University", "majoring in
        # Broadcast Journalism at Elon University"
        post = ", ".join(filter(None, [post, first[: at.start()]]))
        first = first[at.end() :]
    return post, _without_place(first) if first else None


# A part that starts by saying whose the person is: "de Elconfidencial.com", "del
# Ayuntamiento de Rivas", "de l'UNESCO", "of the Rivas City Council": the body follows.
OF_BODY = re.compile(
    r"^(?:de(?:\s+la|\s+los|\s+las)?|del|du|des|de\s+l['’]|d['’]|(?:of|from)(?:\s+the)?)\s*"
    r"(?=[A-ZÀ-Þ])"
)
_PAST_POST = re.compile(  # no post held now
    r"^(?:former|ex-|past|retired|ancien(?:ne)?|antigu[oa])\b", re.IGNORECASE
)
_ACRONYM_THEN_POST = re.compile(
    r"^(?P<body>[A-Z][A-Za-z0-9&.\-]{1,9})\s+(?P<post>[A-Z][a-z][\w ]{0,30})$"
)
_ENVOY_TO = re.compile(r"^(?P<country>[A-Z][\w ]+?)\s+to\s+(?:the\s+)?[A-Z].*$")


def organisation_only(text: str) -> str | None:
    """What of ``text`` names an organisation (:func:`_tidied`): ``International Relations
    in the Ministry for Communication`` -> ``Ministry for Communication``."""
    return _tidied(None, text)[1]


def _tidied(post: str | None, organisation: str | None) -> tuple[str | None, str | None]:
    """An organisation without what is not its name: the post written after it
    (``Internet Society Director of Fellowships``), a unit before it (``International
    Relations in the Ministry for ...``), its country after ``in`` (``University of Aarhus
    in Denmark``), more after ``and part of``; none when it is no name (``2023 meeting``)."""
    if not organisation:
        return post, organisation
    organisation = _SLASH.sub("/", _PART_OF.sub("", organisation)).strip(" ,")
    if (placed := _IN_PLACE.search(organisation)) and is_country_part(placed["place"]):
        organisation = organisation[: placed.start()]
    if unit := _UNIT_IN.match(organisation):
        post, organisation = ", ".join(filter(None, [post, unit["unit"]])), unit["body"]
    elif post is None and (split := _body_then_post(organisation)):
        organisation, post = split
    if organisation.isdigit():  # "Youth Ambassador 2024"
        return " ".join(filter(None, [post, organisation])), None
    if organisation[:1].isdigit() or organisation.islower():  # "2023 meeting", "the"
        return ", ".join(filter(None, [post, organisation])), None
    return post, organisation


def _body_then_post(text: str) -> tuple[str, str] | None:
    """``Internet Society Director of Fellowships`` -> (``Internet Society``, ``Director of
    Fellowships``): a body's name ending in a body's noun, then a post."""
    then = _POST_AFTER.search(text)
    if then is None:
        return None
    before = text[: then.start()].strip()
    if _BODY_END.search(before) and len(before.split()) >= _BODY_WORDS:
        return before, text[then.start() :].strip()
    return None


_BODY_WORDS = 2  # "Internet Society": a body's name of this many words at least
_BODY_END = re.compile(
    r"\b(?:society|foundation|association|university|institute|centre|center|ministry|"
    r"council|commission|union|agency|authority|alliance|coalition|corporation|company|"
    r"federation|secretariat|committee|nations)$",
    re.IGNORECASE,
)


_SLASH = re.compile(r"(?<=\S)/\s+|\s+/(?=\S)")  # "Schoolnet/ Insafe"; " / " joins two
_PART_OF = re.compile(r"\s+and\s+(?:also\s+)?(?:a\s+)?(?:part|member)\s+of\b.*$")
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?(?P<place>[A-Z][\w ]+)$")
_UNIT_IN = re.compile(
    r"^(?P<unit>[A-Z][\w ]+?)\s+(?:in|at)\s+the\s+"
    r"(?P<body>(?:Ministry|Department|Office|Secretariat|University)\b.*)$"
)
# A post word starting the post written after its organisation; a capital after it.
_POST_AFTER = re.compile(
    rf"(?<=\s)(?:under-)?(?:{_POST_WORD_ALTERNATIVES})\b(?=[\s-]|$)", re.IGNORECASE
)


# "ICANN- European At-Large Organization (EURALO)": an acronym and a dash glued to it
# before the body's own name, written as "Parent, Body (ACR)".
_GLUED_PARENT = re.compile(r"^([A-Z][A-Z0-9&.]+)-\s+(?=[A-Z])")
_UNIT_AT = re.compile(r"\s+at\s+(?:the\s+)?(?=[A-Z])")


_PLACE_WORDS = 3  # words of the longest country written after an organisation
_BEFORE_PLACE = frozenset(
    {"of", "for", "in", "the", "and", "de", "&", "do", "da", "del", "du", "la"}
)
# A national chapter's word before its country: "Internet Society Bolivia", "Capítulo Brasil".
_CHAPTER_WORDS = frozenset({"chapter", "capítulo", "capitulo", "chapitre"})


def _without_place(organisation: str) -> str:
    """An organisation without the place written after it: a country (``Media Matters
    for Democracy Pakistan``), unless it follows an acronym or a chapter's word, as a
    national chapter's name does (``Youth IGF India``, ``Internet Society Bolivia``,
    ``Internet Society Capítulo Brasil``). A part of the world stays: ``ICT Africa``."""
    words = organisation.split()
    for size in range(min(_PLACE_WORDS, len(words) - 1), 0, -1):
        place, rest = " ".join(words[-size:]), words[:-size]
        if rest[-1].lower() in _BEFORE_PLACE:
            continue
        chapter = (
            is_acronym(rest[-1])
            or rest[-1].lower() in _CHAPTER_WORDS
            or " ".join(rest[-2:]).lower() == "internet society"
        )
        if is_country_part(place) and not _WORLD_PART.match(place) and not chapter:
            return " ".join(rest)
    return organisation


def _post_and_parts(others: list[str]) -> tuple[str | None, str | None]:
    others = [_REPRESENTING.sub("", part).strip() for part in others if part.strip()]
    others = [part for part in others if part and not _PAST_POST.match(part)]  # "former ..."
    if not others:
        return None, None
    if len(others) == 1:
        return _one_part(others[0])
    split = [_one_part(part) for part in others]
    if all(post and organisation for post, organisation in split):
        # "CEO of DENIC, Chair of CENTR": posts in several bodies, the first their own
        return ", ".join(post for post, _ in split if post), split[0][1]
    organisations = [part for part in others if _org_like(part)]
    if organisations and len(organisations) < len(others):
        # "Poet, writer, activist, ISOC Barbados": posts around the organisation
        posts = [part for part in others if part not in organisations and is_post(part)]
        rest = [part for part in others if part not in posts]
        if posts and rest == organisations:
            units = [part for part in organisations[:-1] if _UNIT_OF.match(part)]
            if units == organisations[:-1] and others[-1] == organisations[-1]:
                # "Strategist, School of International Service, American University"
                return ", ".join([*posts, *units]), organisations[-1]
            # "Director, International Relations Division, Ministry of ...": units, below;
            # "Under-Secretary, Ministry of ..., Government of X" is one organisation
            several = len(organisations) > 1 and others[: len(posts)] == posts
            if not several or _GOVERNMENT.match(rest[-1]):
                return ", ".join(posts), ", ".join(organisations)
            first, last = organisations[0], organisations[-1]
            if ORG_WORDS.search(first) and not ORG_WORDS.search(last):
                # "Counsellor, German Ministry of ..., IGF2019 Organising team": the body
                return ", ".join(posts), first
    if len(others) == 2 and _UNIT_END.search(others[0]) and _org_like(others[1]):
        return others[0], others[1]  # "Media and Information Society Division, Council of Europe"
    if not organisations and all(is_post(part) for part in others):
        return ", ".join(others), None  # "pre-law, gender activist"
    if len(others) >= 3 and _is_first_post(others[0]):
        # "Vice President, Global Technology Policy, Cisco", "Director, International
        # Relations Division, Ministry of ...": units between post and organisation;
        # "Professor, Goldsmiths, University of London": a university's college
        cut = -2 if _UNIVERSITY.match(others[-1]) and not is_post(others[-2]) else -1
        return ", ".join(others[:cut]), ", ".join(others[cut:])
    if _is_first_post(others[0]) or (not _org_like(others[0]) and _org_like(others[1])):
        return others[0], ", ".join(others[1:])  # "Research Director, NEXUS Research Cooperative"
    if _org_like(others[0]) and is_post(others[1]):
        return ", ".join(others[1:]), others[0]  # "Internet Society, Senior Director"
    return None, ", ".join(others)


def _is_first_post(part: str) -> bool:
    """True for a post before the organisation's part: ``Research Director``, or a post
    word heading a unit (``Head of Ethical Networking``, which names no body)."""
    return is_post(part) or bool(_POST_OF_UNIT.match(part))


_POST_OF_UNIT = re.compile(  # "Head of ...", "Under-secretary of State", "Director-General of"
    rf"^(?:(?:under|vice)[- ]?)?(?:{_POST_WORD_ALTERNATIVES})(?:[- ]general)?\s+(?:of|for)\s+"
    r"(?!the\b)",
    re.I,
)


# "... Evangelist for Google", "... Department at the National ... Authority": where a post
# ends and its organisation begins, however long the post.
_POST_JOINT = re.compile(r"\s+(?:at|for|with|@)\s+(?:the\s+)?(?=[A-Z0-9])")
_POST_HEAD_WORDS = 3  # a post begins with a post word among its first words
# A portfolio a post is for, no body of its own: "Economic and Social Affairs".
_PORTFOLIO = re.compile(r"^(?:[A-Z][\w-]*\s+(?:and\s+|&\s+)?){1,4}Affairs$")


def _one_part(part: str) -> tuple[str | None, str | None]:
    """``Senior Advisor at European Schoolnet``, ``ICANN Board Member``, ``Microsoft``,
    ``Director of the Coordination Department at the National Regulatory Authority``;
    ``Président du Forum`` is a role in the meeting, no organisation."""
    if meeting_role(part):
        return part, None
    if _GOVERNMENT_OF.match(part):
        return None, part[:1].upper() + part[1:]  # "government of Bhutan", as a form writes it
    words = part.split()
    rest = " ".join(words[1:])
    if is_acronym(words[0]) and _org_like(words[0]) and POST_WORDS.search(rest) and is_post(rest):
        return part, words[0]  # "ICANN Board Member"
    head = " ".join(words[:_POST_HEAD_WORDS])
    for joint in _POST_JOINT.finditer(part):
        if _BODY_END.search(part[: joint.start()]):
            continue  # "Director of the Alliance for Affordable Internet": the body's name
        after = part[joint.end() :]
        if POST_WORDS.search(head) and (
            _PORTFOLIO.match(after)
            or (_MINISTER.search(part[: joint.start()]) and not _org_like(after))
        ):
            # "Under-Secretary-General for Economic and Social Affairs", "Minister for ICT"
            return part, None
        if POST_WORDS.search(head) and not _org_like(head) and _org_or_name(after):
            return part[: joint.start()].strip(" ,"), after.strip(" ,")
    both = _POST_AND_ORG.match(part)
    if (
        both
        and (_org_like(both["org"]) or both["org"][0].isupper())
        and not _org_like(both["post"])
        and (both["joint"] or both["elided"] or not _plural(both["post"].split()[-1]))
        and (both["joint"] or both["elided"] or not _post_alone(both["org"]))
    ):  # "Chief Technology Officer", "Chief Economist": one post
        post = re.sub(r"^the\s+", "", both["post"], flags=re.I).strip(" ,")
        organisation = both["org"].strip(" ,")
        joint = " ".join((both["joint"] or both["elided"] or "").lower().split())
        if joint in _OF:  # "Member of the European Parliament", "Directora de la Agencia ..."
            post = re.sub(r"^the\s+", "", part, flags=re.I).strip(" ,")
            if _MINISTER.search(both["post"]) and not (
                _org_like(organisation) or is_country_part(organisation)
            ):
                organisation = f"Ministry of {organisation}"  # "Minister of Communications"
        return post, organisation
    if is_post(part):
        return part, None
    return None, part


_OF = frozenset({"of", "de", "de la", "del", "du", "des", "de l'", "de l’", "d'", "d’"})
_GOVERNMENT_OF = re.compile(
    r"^(?:government|gouvernement|gobierno|governo)\s+(?:of|du|de|del|da|do)\s+[A-ZÀ-Þ]",
    re.IGNORECASE,
)


def _post_alone(text: str) -> bool:
    """True for words that end a post and name no body (``Technology Officer``)."""
    return is_post(text) and not _org_like(text)


def _plural(word: str) -> bool:
    """True for a post word in the plural (``Lawyers``), which begins an organisation's
    name (``Lawyers Hub``) rather than one person's post."""
    return not POST_WORDS.fullmatch(word) and bool(POST_WORDS.fullmatch(word.removesuffix("s")))


# A name in capitals and a dash before its post: "ANNE CARBLANC — Head, OECD", people
# a schedule runs together on one line.
CAPITALISED_ENTRY = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){1,5}\s+[–—-]\s")
_NAME_LIST_SEPARATOR = re.compile(r"\s*(?:,|;|/|\band\b|&|\by\b|\bet\b)\s*")
# Where one person ends and the next begins on a line: a spaced dash before ``Name,`` or
# ``Name (`` ("..., Africa - Mona Gaballa, ISOC", "Ana Souza (Brazil) – Rui Dias (Portugal)"),
# a closing bracket before ``Name (`` (a line wrapped between people), a regional group run
# into the next name ("..., GRULAC Sheetal Kumar", "... Caribbean Group (GRULAC) María
# Fernanda Martínez, CETyS"), an e-mail a web page left between people
# ("... Africa [email protected] Bo Han - ..."; one between commas is a part of the entry:
# "Ana Ruiz, [email protected], APC"), a name in capitals after the words before it.
_NEXT_PERSON = re.compile(
    r"\s+[-–—]\s+(?=(?P<dashed>[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3})\s*[,(])"
    r"|(?<=\))\s+(?=[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3}\s*\()"
    r"|(?:(?<=\bGRULAC)|(?<=\bWEOG)|(?<=\bGRULAC\))|(?<=\bWEOG\))|(?<=\bGroup))\s+(?=[A-ZÀ-Þ][a-zà-ÿ])"
    r"|(?<!,)\s*\[\s*email\s*protected\s*\]\s*(?=[^\s,])"
    rf"|(?<=[^A-ZÀ-Þ'’.\s-])\s+(?=(?P<capitals>{CAPITALISED_ENTRY.pattern}))"
)
# A name in capitals ending a line of such entries, its post cut off.
_LAST_CAPITALISED = re.compile(
    r"(?<=[^A-ZÀ-Þ'’.\s-])\s+(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){1,5})\s*$"
)
# What a line holds where _NEXT_PERSON can match (a dash, a bracket, a group, an e-mail).
_NEXT_PERSON_SIGNS = ("-", "–", "—", ")", "GRULAC", "WEOG", "Group", "[")


def _next_people(text: str) -> list[str]:
    """``text`` cut where a new person begins (a dash only before a person's name)."""
    if len(glued := _glued_people(text)) > 1:
        return [piece for part in glued for piece in _next_people(part)]
    if not any(sign in text for sign in _NEXT_PERSON_SIGNS):
        return [text]
    pieces, start = [], 0
    for match in _NEXT_PERSON.finditer(text):
        dashed = match["dashed"]
        if dashed and (not person_evidence(dashed) or _org_like(dashed)):
            continue  # "Saba Tiku - ITU Africa, ...": a dash before the organisation
        cut, end = match.start(), match.end()
        if (capitals := match["capitals"]) and _acronym_before_name(capitals):
            cut = end = end + len(capitals.split()[0]) + 1  # "..., OECD DAVID KAYE — ..."
        pieces.append(text[start:cut])
        start = end
    last = (
        _LAST_CAPITALISED.search(text, start) if start and CAPITALISED_ENTRY.search(text) else None
    )
    if last and person_evidence(clean_name(last["name"])[0]):
        pieces.append(text[start : last.start()])  # "..., United Nations EILEEN DONAHOE"
        start = last.start("name")
    return [*pieces, text[start:]]


# "Gunela Astbrink, Women With Disabilities Australia Gerry Ellis, Feel The BenefIT": the
# next person's name run into the organisation before it, a comma after the name.
_GLUED_PERSON = re.compile(
    r"(?<=[\w).])\s+(?=(?P<name>(?:[A-ZÀ-Þ]\.\s+)?(?P<given>[A-ZÀ-Þ][a-zß-ÿ]+)"
    r"(?:\s+[A-ZÀ-Þ]\.)?\s+[A-ZÀ-Þ][\w'’-]+)\s*,)"
)


def _glued_people(text: str) -> list[str]:
    """``text`` cut before each known given name and surname run into the affiliation of
    the person before (two commas at least: entries, not a sentence)."""
    if text.count(",") < 2:
        return [text]
    pieces, start = [], 0
    for match in _GLUED_PERSON.finditer(text):
        before = text[start : match.start()]
        if (
            "," in before
            and not before.split()[-1].islower()  # "University of Mary Washington"
            and not is_given_name(before.split()[-1])  # "María Fernanda Martínez, CETyS"
            and is_given_name(match["given"])
            and person_evidence(match["name"])
        ):
            pieces.append(before)
            start = match.end()
    return [*pieces, text[start:]]


def _acronym_before_name(capitals: str) -> bool:
    """``OECD DAVID KAYE — ``: the first word in capitals ends the affiliation before, the
    name is the words after it."""
    words = capitals.split()
    return (
        len(words) >= _NAME_AFTER_ACRONYM
        and len(words[0]) <= _LONGEST_ACRONYM
        and not is_given_name(words[0].title())
        and is_given_name(words[1].title())
    )


_NAME_AFTER_ACRONYM = 3  # words in capitals: an acronym and a name of two words at least
_LONGEST_ACRONYM = 6  # letters: "UNESCO"; a longer word in capitals is a name ("CHINMAYI")


def split_people(text: str) -> list[str]:
    """The entries of a line naming one or several people: semicolons always separate
    people, and so does a known person's name after an affiliation (``Vint Cerf, Google,
    Marina Kaljarund, Chair of ...``); commas, ``and``, ``&`` and ``/`` do when every
    piece is a name (``Ana Ruiz, Kofi Mensah and Lea Kaspar``); ``Name (Org), Name (Org)``
    is two; a spaced
    dash before ``Name,`` starts a new person. ``Name and Name (Org)`` and ``Name/Name,
    Org``: the affiliation after the last name holds for both."""
    entries: list[str] = []
    text = _COLUMN_GAP.sub(", ", text)  # "Ana Tui           Cook Islands": a table's columns
    text = _FORM_RECORD.sub("; ", text)  # "Ms.,Ana,Ruiz,Civil Society,APC Mr.,Kofi,Mensah,..."
    text = _ON_TOPICS.sub("", text)  # "A, Chile; B, Norway on:", the topics they speak on below
    text = _numbered_run(text)  # "1. Ana Ruiz (APC) 2. Kofi Mensah (ISOC)"
    for item in split_items(text, r";"):
        for piece in _next_people(LEADING_AND.sub("", item.text)):  # "A, TechAmerica; and B"
            for person in _comma_run(piece.strip()):
                entries.extend(_split_names(person))
    return [entry for entry in entries if entry.strip(" ,.")]


# "and " (or "y", "et", "e") before the last name of a list: "A, B and C".
LEADING_AND = re.compile(r"^\s*(?:and|y|et|e)\s+(?=[A-ZÀ-Þ])")
_COLUMN_GAP = re.compile(r"(?<=[^\s,;]) {4,}(?=\S)")
_ON_TOPICS = re.compile(r"\s+(?:on|about|sur|sobre)\s*:\s*$", re.IGNORECASE)
# A form's next record run into the line: "... Civil Society,APC Mr.,Gus,Rossi,...".
_FORM_RECORD = re.compile(r"(?<=\S)\s+(?=(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.?,\s?[A-ZÀ-Þ])")


# A number of a numbered list before a capital: "1. Ana Ruiz (APC) 2. Kofi Mensah (ISOC)".
_RUN_NUMBER = re.compile(r"(?:^|\s+)(?P<number>\d{1,2})[.)]\s+(?=[A-ZÀ-Þ])")


def _numbered_run(text: str) -> str:
    """A numbered list run into one line (PDF text) as entries separated by semicolons:
    its numbers count up from 1 at the start, two at least."""
    pieces: list[str] = []
    start, expected = None, 1
    for match in _RUN_NUMBER.finditer(text):
        if int(match["number"]) != expected or (start is None and text[: match.start()].strip()):
            continue
        if start is not None:
            pieces.append(text[start : match.start()])
        start, expected = match.end(), expected + 1
    if start is None or expected <= 2:
        return text
    return "; ".join([*pieces, text[start:]])


def _comma_run(text: str) -> list[str]:
    """``Vint Cerf, Google, USA, Marina Kaljarund, Chair of ...``: people written one after
    another with their affiliations, cut where a part after an affiliation is a person's
    name (a known given name first); one piece when there is no such part."""
    parts = [item.text for item in split_items(text, r",")]
    if len(parts) < _RUN_PARTS:
        return [text]
    names = [
        _starts_person_part(part, parts[number - 1] if number else "")
        for number, part in enumerate(parts)
    ]
    starts = [0] + [
        number for number in range(2, len(parts)) if names[number] and not names[number - 1]
    ]
    if len(starts) == 1:
        return [text]
    return [
        ", ".join(part.strip() for part in parts[start:end])
        for start, end in zip(starts, [*starts[1:], len(parts)], strict=True)
    ]


_RUN_PARTS = 4  # a name, an affiliation, a second name and its affiliation at least
_RUN_NAME_WORDS = (2, 4)  # the words of a name that starts the next person of a run


def _starts_person_part(part: str, before: str) -> bool:
    """True for a comma part that is a person's full name: two to four name words, the
    first a known given name or the part ``before`` it a post (``..., former Minister of
    X, Anriette Esterhuysen, Chair APC``), no organisation's word."""
    name = clean_name(part.strip())[0]
    words = name.split()
    return (
        _RUN_NAME_WORDS[0] <= len(words) <= _RUN_NAME_WORDS[1]
        and (is_given_name(words[0]) or (is_post(before) and not is_post(name)))
        and _listed_name(part)
        and person_evidence(name)
        and not _org_like(part.strip())
        and not _PAST_POST.match(part.strip())  # "Ancien Bâtonnier de Paris": a post
    )


def _listed_name(text: str) -> bool:
    """A name of two words or more, as written (not recased: "ICC BASIS" is an acronym,
    not a name in capitals)."""
    name = LEADING_SALUTATION.sub("", _clean_part(text))  # "Dr. Susan Aaronson"
    return plausible_listed_name(name) and len(name.split()) >= 2


_INITIALLED = re.compile(r"^[A-ZÀ-Þ][\w'’-]+\s+[A-Z]\.\s+[A-ZÀ-Þ][\w'’-]+$")


def _bracketed_people(items: list[SplitItem]) -> list[str] | None:
    """``Ana Ruiz (APC), Kofi Mensah (ISOC)``: people each with their body in brackets; a
    body alone may lead (``OFCOM, Ana Ruiz (APC)``), a name may share the bracket of the
    name joined to it by "and" (``Ana Ruiz and Kofi Mensah (ISOC), Lea Kaspar (GPD)``), and
    the last person's bracket may be cut off (``..., Georges Awad``)."""
    if len(items) < 2:
        return None
    people = []
    for number, item in enumerate(items):
        piece, following = item.text, items[number + 1] if number + 1 < len(items) else None
        name = clean_name(piece.split("(")[0])[0]
        if ("(" in piece and name_shape(name)) or (number == 0 and is_acronym(piece.strip())):
            people.append(piece)
        elif following and following.joined_by_and and "(" in following.text and name_shape(name):
            people.append(f"{piece} ({following.text.partition('(')[2]}")
        elif following is None and person_evidence(name):
            people.append(piece)
        else:
            return None
    return people


def _split_names(text: str) -> list[str]:
    pieces = [p for p in _NAME_LIST_SEPARATOR.split(text) if p.strip(" .")]
    bare = [_clean_part(p) for p in pieces]
    if len(pieces) > 1 and all(_listed_name(piece) for piece in pieces):
        # Of two, the second may be the first's organisation ("Maria Torres, Derechos
        # Digitales"): a second person begins with a known given name.
        second = clean_name(bare[1])[0]
        if len(pieces) > 2 or is_given_name(second.split()[0]) or _INITIALLED.match(second):
            return pieces  # "Izumi Okutani, Sumon A. Sabir": a middle initial is a person's
    items = split_items(text, r",|\band\b|\bet\b|\by\b|&")
    if people := _bracketed_people(items):
        return people
    bracketed = [item.text for item in items]
    head, comma, affiliation = text.partition(",")
    shared = [name.strip(" *•") for name in head.split("/")]
    if comma and len(shared) > 1 and all(_listed_name(name) for name in shared):
        return [f"{name},{affiliation}" for name in shared]  # "Ana Ruiz/Kofi Mensah, APC"
    last = bracketed[-1] if bracketed else ""
    heads = bracketed[:-1]
    joined = re.search(r"(?:\band\b|&)\s*[^,;]*$", text.split("(")[0])  # "Ana and Kofi (Org)"
    if joined and heads and "(" in last and all(name_shape(clean_name(h)[0]) for h in heads):
        rest = last.partition("(")[2]
        return [f"{head} ({rest}" for head in heads] + [last]  # "Ana and Kofi (Org)"
    return [text]
