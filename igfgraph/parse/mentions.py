"""People and organisations named in running text (write-ups, prose reports, official reports).

A person is a run of two to four capitalised name words that something marks as a
person: a known given name as its first word, a salutation (``Ms.``, ``Dr``, ``H.E.``)
or a post before it (``UN Secretary-General António Guterres``, ``attorney Chan-jo
Jun``), a description beside it (``the NIGF Coordinator, Mrs. Mary Uduma``; ``Edmon
Chung, the CEO of Dot.Asia``; ``Ana Ruiz (APC)``; ``Ana Ruiz of the Internet Society``),
a role cue, a reporting verb after it (``Ana Ruiz noted ...``), or a list it shares with
such a name. A name whose last word is a common word (``Geneva Messages``) is none.

What is written around a name says who the person is and what they did. The
description gives the post and the organisation (a country or a city is no
organisation). The role comes from a cue before the name or before its description
(``moderated by``, ``remarks by``, ``speakers included``), from a cue after it or after
the list it ends (``moderated the session``, ``with their opening remarks``), or from a
description naming a role in this meeting (``the Chairman of the event``, ``the host``;
``the Chair of the MAG`` is a post); every cue that applies gives its role (a chair who
presented a paper is chair and speaker), and the people of one list share their cues.
Anyone else named is a participant. Not people of the session: an author in a byline
(``Posted ... by Ana Ruiz``) and a name in the possessive (``Barlow's declaration``:
cited, not present).

Organisations are capitalised runs holding an organisation word (``Association``,
``Society``, ``Ministry`` ...), with an acronym in parentheses after them when given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from igfgraph.model import Basis, Organisation, PersonMention, Role, SourceSpan
from igfgraph.parse.affiliations import (
    ORG_WORDS,
    country_name,
    demonym_country,
    government_of,
    is_acronym,
    office_country,
    parse_affiliation,
    parse_organisation,
)
from igfgraph.parse.cues import (
    REPORTING_VERBS,
    SPEAKER_NOUNS,
    SPEAKING_VERBS,
    meeting_role,
    role_after,
    role_before,
    role_noun,
    roles_after,
)
from igfgraph.parse.entries import OF_BODY, POST_WORDS, is_country_part, read_affiliation
from igfgraph.parse.names import (
    PARTICLES,
    POST_NOMINALS,
    ROMAN_NUMERAL,
    SALUTATIONS,
    abstract_noun_in,
    clean_name,
    common_plural,
    given_and_word_surname,
    is_given_name,
    is_place,
    name_shape,
    names_a_text,
    non_english_words,
    person_evidence,
    person_part,
    place_or_rank,
)
from igfgraph.parse.repair import TITLE_ACRONYMS, word_count

# Latin letters beyond Latin-1 ("Nausėda", "Šimonytė", "Nguyễn"), by case.
_EXTENDED_LATIN = [chr(code) for code in (*range(0x100, 0x250), *range(0x1E00, 0x1F00))]
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(letter for letter in _EXTENDED_LATIN if letter.isupper())
_LOWER = "a-zß-öø-ÿ" + "".join(letter for letter in _EXTENDED_LATIN if letter.islower()) + "'’"
# A name word: not "I'm", not a salutation ("Mayor of Addis Ababa Ms. Adanech Abebe").
_WORD = (  # "McKnight", "Rey-Moreno", "D’Avila"; a capital is looked for first (fast elsewhere)
    rf"(?=[{_UPPER}])(?!(?:{SALUTATIONS})\b)(?:[DO]['’](?=[{_UPPER}]))?"
    rf"[{_UPPER}](?!['’])[{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?(?:-[{_UPPER}]?[{_LOWER}]+)*(?![\w-])"
)
_PARTICLE = r"(?:de|da|do|dos|das|del|della|di|van|von|der|den|la|le|bin|al|el)"
_ROOM = r"\b(?:Sal[óo]n|Salle|Sala|Room|Hall|Auditori(?:um|o)|Aula)\s+"
_ROOM_BEFORE = re.compile(rf"{_ROOM}$")  # "el Salón | Enrique Sazié"
_ROOM_FIRST = re.compile(_ROOM)  # "Salón Enrique Sazié"
# A body's first word after a particle: "do Ministério", "de l'Agence", "da Universidade".
_BODY_WORD = (
    r"(?:Minist|Ag[êe]nc|Agenc|Univers|Instit|Secr|Depart|Comit|Cons|Associ|Asociaci|Funda|"
    r"Cent|Organi|Gouv|Gobier|Govern|Autorid|Autorit|Servi|Direc|Office|Oficina|Escola|Escuela|"
    r"Regist|Red\b|Rede\b|R[ée]seau|Internet\b)"
)
# A post written in capitals right after a name: "Emmanuel Agbenonwossi Président du comité".
_POST_AFTER_NAME = (
    r"(?:Pr[ée]sident[e]?|Presidenta|Directeur|Directrice|Director[a]?|Ministre|Ministr[oa]|"
    r"Secr[ée]taire|Secretari[oa]|Coordinat(?:eur|rice)|Coordinador[a]?|Coordenador[a]?)\b"
)
_NAME = (  # "Lynn St. Amour": "St." before a surname; "Seidou de SES": a body after "de";
    # "Md. Saifuddin Khalid": "Md." (Mohammad) before a given name; not "Gisela Inácio do
    # Ministério", "Emmanuel Agbenonwossi Président du comité"
    rf"(?:Md\.\s+)?{_WORD}(?:\s+(?:(?:{_PARTICLE}\s+(?!{_BODY_WORD})|St\.\s+){_WORD}|"
    rf"(?!{_POST_AFTER_NAME}){_WORD}|[{_UPPER}]\.|[{_UPPER}]{{2,}}\b)){{1,3}}"
)
_NAME_WORDS = 4  # the most words a name run holds without a post before it
# A name word after a run of them (a particle, "St." or an initial before it).
_NAME_GOES_ON = re.compile(rf"\s+(?:(?:{_PARTICLE}|St\.)\s+)?(?:{_WORD}|[{_UPPER}]\.)")
_SALUTATION = rf"(?:{SALUTATIONS})\.?"
# Every match starts with a capital or the h of "his Excellency": looked for first.
_CANDIDATE = re.compile(rf"(?=[{_UPPER}h])(?P<salutation>\b{_SALUTATION}\s+)?(?P<name>{_NAME})")
# One name word: a person named by surname or given name alone ("Hofmann", "Paul").
_ONE_WORD = re.compile(
    rf"(?=[{_UPPER}h])(?P<salutation>\b{_SALUTATION}\s+)?(?P<name>{_WORD})(?![\w'’-])"
)
# A verb of speech after a name, maybe past a short description ("X, a data protection
# advocate from Kenya, shared ..."), or right after a quotation before it ("..., said X").
_LETTERS_AFTER = re.compile(POST_NOMINALS)
_SPOKE = re.compile(  # "X, Director of Y, said", "X, Directeur de Y a présenté";
    # "X, adjunto a la presidencia de la AEPD, fue especialmente claro: “...”"
    rf"^\s*(?:,\s*[^,.;:()“”\"]{{1,100}},|,?\s*[^,.;:()“”\"]{{1,60}}?(?=\s+a\s)|"
    # "X Président du comité d'organisation du Forum ..., a précisé": a post without a comma
    rf"\s+(?=(?i:{POST_WORDS.pattern.removeprefix('(?i)')}))[^,.;:()“”\"]{{1,120}},)?"
    rf"[\s,]*(?:(?:also|then|who|first|later|qui|quien)\s+)?"
    rf"(?:(?:has|have|had)\s+(?:also\s+)?)?(?:{SPEAKING_VERBS})\b|^\s*(?:,[^.;:“”\"«]{{1,80}},)?[^.;:“”\"«]{{0,40}}:\s*[“\"«]"
)
_SPOKE_BEFORE = re.compile(rf"[,”\"]\s*(?:{SPEAKING_VERBS})\s+$")
_REPORTING = re.compile(rf"^,?\s*(?:also\s+|then\s+|further\s+|later\s+)?(?:{REPORTING_VERBS})\b")
_ORG_WORD = rf"(?:{_WORD}|[{_UPPER}]{{2,}})"
_ORG = rf"{_ORG_WORD}(?:\s+(?:(?:of|for|on|the|de|del|la|da|das|do|dos|&)\s+){{0,2}}{_ORG_WORD})*"
_ORGANISATION = re.compile(  # every match starts with a capital or "the": looked for first
    rf"(?=[{_UPPER}t])(?:\bthe\s+)?(?P<org>{_ORG})(?:\s*\((?P<acronym>[A-Z][\w&.-]+)\))?"
)
_INSIDE_ORGANISATION = re.compile(rf"[{_UPPER}]\w*\s+(?:of|for|on|de|du|des)\s+(?:the\s+)?$")
# Between two names of one list: "A, B and C", "A; B; C", "A, with B, ...", "A joined B",
# "A y B, con el apoyo de C".
_SUPPORT = r"(?:with\s+the\s+(?:support|help)\s+of|con\s+el\s+apoyo\s+de|avec\s+le\s+soutien\s+de)"
_LIST_JOIN = re.compile(
    r"^\s*(?:[,;]\s*(?:and\s+|y\s+|et\s+|e\s+|(?:together\s+)?with\s+)?|\s+(?:and|y|et|e|joined)\s+|"
    r"\s+(?:and|y|et|e)\s+[A-Z][a-zñ]{0,3}\.\s+|"  # "A and D. B": a salutation not read as one
    # "A da Fundação para Ciência e Tecnologia de Portugal, B": a body the name left unread
    r"\s+(?:de|da|do|das|dos|del|du|des|of|from)\s+[^,;.()]{2,100}?"
    r"(?:,\s*(?:(?:and|y|et|e)\s+)?|\s+(?:and|y|et|e)\s+)|"
    r"[,;]\s*(?:l['’]\s?|le\s+|la\s+|el\s+)[a-zà-ÿ]+\s+|"  # ", l'ambassadeur Henri Verdier"
    r"[,\s][^;.:()]{1,160};\s*(?:(?:and|y|et|e)\s+)?|"  # "A, Strategist, PCH; B": an entry's rest
    # "A, Swiss Digital Policy, B": an affiliation of capitalised words between two names
    rf",\s*(?:[{_UPPER}][\w&'’.-]*\s*(?:(?:of|for|and|on|the|de|du|la|del|&)\s+)*){{1,6}},\s*|"
    rf",?\s+{_SUPPORT}\s+)"
)
_POSSESSIVE = re.compile(r"^['’]s?\b")
# Particles and small words: a run holding them capitalised is a phrase ("Youth To Be
# Determined"), whose words are not stripped to find a name in it.
_PHRASE_WORDS = PARTICLES | {"to", "the", "and", "or", "of", "for", "in", "on", "with", "by", "at"}
_OPENING_QUOTE = re.compile(r"[“\"‘«]\s*$")
# High offices written before a surname alone or a full name ("President Macron").
_OFFICE = re.compile(
    r"Ambassador|Amb|Senator|Sen|Hon|Minister|President|Chancellor|"
    r"(?i:ministr[oae]|ministre|ambassad(?:eur|rice)|embajador[a]?|embaixador[a]?)"
)
# What a text holds when a salutation in it is a high office (of _SALUTATION's words).
_OFFICE_SALUTATION = re.compile(r"Amb|Sen|Hon")
_TITLE_WORD = re.compile(
    r"President|Chancellor|Minister|Prime|Premier|Ambassador|Senator|Mayor|Governor|"
    r"Commissioner|Secretary-General|Under-Secretary-General|King|Queen|Prince|Princess|Sheikh|"
    r"Presidente|Pr[ée]sidente?|Comisionad[oa]|Ministr[oae]|Embajador[a]?|Ambassadeur|"
    r"Subsecretari[oa]|Senador[a]?|S[ée]nat(?:eur|rice)|Alcaldesa|Alcalde|Maire"
)
# An author, not a participant: "Posted on 27 November 2019 by", "By", "Photo by".
_BYLINE = re.compile(
    r"(?:\b(?:posted|written|published|authored|submitted|photo(?:graph)?s?|image|credits?|"
    r"edited|compiled|translated|blog|article|story)\b[^.;!?]{0,60}\bby|^\W*(?:by|par|por))\s*$",
    re.IGNORECASE,
)
_CLAUSE = re.compile(  # a cue reaches names in its own clause only ("Mr." ends none)
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bProf)\.(?=\s|$)|[;!?]|:(?=\s)"
)
# Posts written right before a name ("UN Secretary-General António Guterres", "attorney
# Chan-jo Jun", "IGP partner Jeanette Hofmann", "Mayor of Addis Ababa Ms. Adanech Abebe").
_LEAD_POST = (
    r"(?i:(?:under-)?secretary[- ]general|director[- ]general|prime\s+minister|minister|president|"
    r"vice-president|chancellor|mayor|governor|senator|ambassador|commissioner|professor|"
    r"attorney|lawyer|judge|technologist|researcher|journalist|activist|evangelist|partners?|"
    r"chairman|chairwoman|chairperson|ceo|founder|co-founder|director|coordinator|secretary|"
    r"representative|member|envoy|king|queen|prince|princess|sheikh?a?)"
)
_LEAD_WORD = (
    r"(?:(?i:chief|senior|deputy|executive|former|vice|general|acting|managing)|[A-Z][\w-]*)"
)
_LEAD = re.compile(
    rf"(?:(?<=\s)|^)(?:(?P<acronym>[A-Z][A-Z0-9&]+)\s+)?"
    rf"(?P<post>(?:{_LEAD_WORD}\s+){{0,3}}{_LEAD_POST}"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,2})?)"
    # "Director General SEECS, Dr. Arshad Ali": the body's acronym after the post
    r"(?:\s*\([A-Z][\w&.-]{0,11}\)|\s+(?P<acronym_after>[A-Z][A-Z0-9&]{1,7}),)?\s+$"
)
# A sentence led by a body's acronym and a post, a comma before the name: "RICTA CEO, Ana Ruiz".
_SENTENCE_LEAD = re.compile(
    rf"(?:^|(?<=[.!?:]\s)|(?<=\n))(?P<acronym>[A-Z][A-Z0-9&]+)\s+"
    rf"(?P<post>(?:{_LEAD_WORD}\s+){{0,2}}{_LEAD_POST}),\s+$"
)
_DETERMINER = re.compile(r"^(?:the|a|an|our|its|their|his|her|la|el|le|los|las|les)\s+", re.I)
# A description before a name: "the President of ISOC Nigeria (ISOC NG), Mr. Dewole Ajao".
_DESCRIPTION_START = re.compile(r"(?:(?<=[\s(])|^)(?i:the|a|an|our|its|their|el|la|le)\s+")
# Posts in a description beyond entries' POST_WORDS: words that say what someone does
# in prose ("the host", "a technologist") but would be a role or no post in an entry.
_PROSE_POSTS = re.compile(
    r"(?i)\b(?:doctor|physician|chancellor|technologist|focal\s+point|co-?ordinat\w+|"
    r"encargad[oa]|host|moderat\w+|mod[ée]rat\w+|spokes\w+)\b"
)
_UNNAMED_BODY = re.compile(r"^[^A-Z]*\bof\s+the\s+[a-z][a-z\s]*$")
_WEAK_POSTS = frozenset({"policy", "programme", "program"})
_DESCRIPTION_WORDS = 14
# Where an organisation begins inside a description: "Head of the ... Office".
_ORG_JOINT = re.compile(r"\s(?:of|at|from|with|de|del|du|des|chez)\s+(?:the\s+|la\s+|l['’])?", re.I)
_RUN_PARTICLE = r"of|for|and|on|the|&|de|del|la|las|los|y|et|du|des|für|da|do|das|dos|e"
_CAPITALISED_RUN = re.compile(
    rf"^(?:[{_UPPER}0-9][\w.&'’-]*|(?:{_RUN_PARTICLE}))"
    rf"(?:\s+(?:[{_UPPER}0-9][\w.&'’-]*|{_RUN_PARTICLE}))*"
    r"(?:\s*\([^()]+\))?$"
)
_DOMAIN = re.compile(r"\w\.(?:org|com|net|asia|info|co|int|edu|gov)\b", re.IGNORECASE)
# "Ana Ruiz (APC)", "Ana Ruiz of/from the Internet Society".
_OPENS = re.compile(r"^[\s,]*(?:then\s+|first\s+)?opened\s+the\b", re.IGNORECASE)
_AND_ANOTHER_POST = re.compile(r"\s+and\s+(?=(?:[Cc]o-)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+of\b)")
_BRACKETED_AFTER = re.compile(r"^\s*\((?P<text>(?:[^()]|\([^()]*\))+)\)")  # one bracket may nest
_NATIONAL_GOVERNMENT_AFTER = re.compile(
    r"^\s+(?:of|from)\s+the\s+(?P<demonym>[A-Z][\w-]+)\s+[Gg]overnment\b"
)
_OF_AFTER = re.compile(
    rf"^\s+(?:of|from)\s+(?:the\s+)?(?P<org>{_ORG}(?:\.[a-z]{{2,6}}){{0,3}}(?!\w|\.[a-z]))"
    r"(?:\s*\((?P<acronym>[^()]+)\))?"  # "of Democracy.net.ph": a body named by its domain
)
# The same in French and Spanish: "Tawfik Jelassi de l'UNESCO", "Gilles Brégant de l'Agence
# nationale des fréquences (ANFR)", whose names keep lowercase words when an acronym ends them.
_DE_AFTER = re.compile(
    rf"^\s+(?:de\s+(?:la\s+|l['’]\s?)?|du\s+|del\s+|des\s+|d[oa]s?\s+)"
    rf"(?P<org>[{_UPPER}][^,;()]{{2,100}}?(?=\s*\([A-Z])|{_ORG})(?:\s*\((?P<acronym>[A-Z][\w&.-]+)\))?"
)
# Words that may follow an organisation's name in a sentence ("of the ITU said", "of
# UNESCO, the ..."); any other lowercase word continues a phrase ("the IGF leadership panel").
_AFTER_ORGANISATION = re.compile(
    r"^(?:\s*$|\s*[,.;:!?)\]\"”'’]|\s+(?:and|or|who|which|that|to|in|at|on|for|with|as|by|"
    r"was|were|is|are|has|had|have|also|then|about|during|y|et|en|a|al)\b|"
    r"\s+[a-z]+(?:ed|s)\b|\s+(?:said|spoke|gave|made|took|led|told|began|met|put|set|saw|"
    r"went|came|drew|shared|sent|rang)\b)"
)
# Where a description after a name ends: a comma, a semicolon, a full stop, a list's
# "and" (not "et de la communication"), a relative clause.
_DESCRIPTION_END = re.compile(  # ... or the verb of what the person said: "..., Embassy stressed"
    rf",|;|:\s|\.(?=\s|$)|\s(?:and|y|et)\s(?![a-zà-ÿ])|\s(?:who|which|whose|qui|quien|que)\s|"
    rf"\sand\s(?=(?:many|several|other|others|some|various|numerous)\s)|"  # "... Chapter and many"
    rf"\s{_SUPPORT}\s|\s(?=(?:{REPORTING_VERBS})\b)|$"
)
_CLAUSE_SIGNS = ".;!?:"  # the one character of each _CLAUSE match
_CLAUSE_WORD = re.compile(
    r"(?:and|or|but|y|et|o|ou|while|whereas|who|which|whose|as|so|then|also)\b", re.I
)
_ROLE_NOUN_AFTER = re.compile(
    r"^\s*(?:,\s*who\s+(?:was|is|acted\s+as)\s+(?:the\s+)?|"
    r"\s+(?:is|was|will\s+be)\s+(?:our|the|your)\s+)(?P<noun>(?:online\s+|remote\s+)?"
    r"moderator|co-?moderator|facilitator|chair(?:man|woman|person)?|co-?chair|rapporteur|host)\b"
    r"(?!\s+of\s+(?:the\s+)?[A-Z])",  # "the Chair of the MAG" is a post, not this session's
    re.IGNORECASE,
)
_ON_BEHALF = re.compile(
    rf"\b(?:on\s+behalf\s+of|represent(?:ing|ed|s)|en\s+nombre\s+de|au\s+nom\s+de)\s+(?:the\s+|la\s+|le\s+)?"
    rf"(?P<body>[{_UPPER}][\w-]*(?:\s+(?:of\s+|de\s+)?[{_UPPER}][\w-]*){{0,5}})"
)
# A given name this frequent as an English word ("One", "May") is no evidence of a name.
_COMMON_GIVEN = 500_000_000
# A last word this frequent as an English word ("Messages", "Call") is no surname.
_COMMON_LAST = 100_000_000
_RARE_WORD = 3_000_000  # a word counted this rarely is likely a surname
_ENGLISH_WORD = 500_000  # counted this often, a word before a given name is no name's


@dataclass
class Mentions:
    """What one passage of text names."""

    people: list[PersonMention]
    organisations: list[Organisation]


@dataclass
class _Description:
    """What a description beside a name says: a post, an organisation, a role here."""

    title: str | None = None
    organisation: str | None = None
    role: Role | None = None
    plural: bool = False  # "IGP partners A and B": it describes every name of the list
    country: str | None = None  # "Ambassador Clark (Barbados)": the country they serve
    leading: bool = False  # a body before the post ("Network partner"): one "of" after wins


@dataclass
class _Named:
    """A name in running text with what is written around it."""

    name_text: str
    written: str
    salutation: str
    start: int  # where its post or description before it begins
    end: int  # where its description after it ends
    described: list[_Description] = field(default_factory=list)
    listed: Role | None = None  # the role a cue before it gives it (and the list it opens)
    roles: set[Role] = field(default_factory=set)  # the roles its own cues give it
    evident: bool = False  # something beside it marks it as a person's name
    spoke: bool = False  # a verb of speech after it is its only role cue ("X said ...")


def _describe(text: str) -> _Description | None:
    """The post, organisation and role a description names (``the CEO of Dot.Asia``,
    ``UNDESA``, ``the IGF Secretariat's NRIs Focal Point``, ``Chairman of the event``),
    or None when it is no description (a clause, a place, a name)."""
    text = OF_BODY.sub("", _DETERMINER.sub("", " ".join(text.split()).strip(" ,")))
    if not text or len(text.split()) > _DESCRIPTION_WORDS or _REPORTING.match(text):
        return None  # "Ana Ruiz, reflected on ...": a clause, not a description
    if role := meeting_role(text):
        return _Description(title=text, role=role)
    if dashed := _dashed(text):
        return dashed
    owner = re.match(r"^(?P<org>.+?)['’]s\s+(?P<post>.+)$", text)
    if owner and _organisation_like(owner["org"]):
        return _Description(title=owner["post"], organisation=owner["org"])
    if owner and _post_like(owner["post"]) and (country := country_name(owner["org"])):
        # "Norway's State Secretary for Digitalization"
        return _Description(title=owner["post"], organisation=government_of(country))
    acronym = re.match(r"^(?P<acronym>[A-Z][A-Z0-9&]+)\s+(?!and\b)(?P<post>.+)$", text)
    if acronym and _post_like(acronym["post"]) and not POST_WORDS.fullmatch(acronym["acronym"]):
        return _Description(title=acronym["post"], organisation=acronym["acronym"])
    if _post_like(text) and (country := office_country(text)):
        return _Description(title=_post(text), organisation=government_of(country))
    if _post_like(text):
        joint = _organisation_in(text)
        if joint is None:
            return _Description(title=_post(text))
        start, organisation = joint
        return _Description(title=text[:start].strip(" ,") or None, organisation=organisation)
    if _organisation_like(text):
        return _Description(organisation=text)
    return None


def _dashed(text: str) -> _Description | None:
    """A description of two parts a dash joins: a post and its organisation (``Diretor de
    Direitos Intelectuais – Ministério da Cultura``), an organisation and its place
    (``Colivre – Salvador, BA``)."""
    first, dash, second = text.partition(" – ")
    if not dash:
        first, dash, second = text.partition(" - ")
    if not dash or " – " in second or " - " in second:
        return None
    acronym = any(is_acronym(word) for word in first.split())  # "presidente de la CCAT LAT"
    if POST_WORDS.match(first) and not acronym and _organisation_like(second):
        return _Description(title=first, organisation=second)
    place = second.split(",")[0].strip()
    if not _post_like(first) and _CAPITALISED_RUN.match(first) and _is_place_name(place):
        return _Description(organisation=first)
    return None


def _post(text: str) -> str | None:
    """The post a description names, without the place after it (``medical doctor from
    Ghana``); none for a function in a body it does not name (``the coordinator of the
    coalition``)."""
    place = re.search(r"\s+(?:from|in|of)\s+(?P<place>[^,;]+)$", text)
    if place and is_place(place["place"]):
        text = text[: place.start()]
    if _UNNAMED_BODY.search(text):
        return None
    return text


def _post_like(text: str) -> bool:
    """True when ``text`` names a post (``policy`` or ``programme`` alone does not)."""
    posts = [m.group().lower() for m in POST_WORDS.finditer(text)]
    return any(post not in _WEAK_POSTS for post in posts) or bool(_PROSE_POSTS.search(text))


def _organisation_like(text: str) -> bool:
    """An organisation's name: an organisation word, an acronym or a web name, never a
    place (``UNDESA``, ``Swiss Federal Office of Communications``, ``Dot.Asia``)."""
    bare = re.sub(r"\s*\([^()]*\)\s*$", "", text).strip()
    if not bare or _is_place_name(bare) or not _CAPITALISED_RUN.match(text):
        return False
    first = bare.split()[0]
    return bool(ORG_WORDS.search(bare) or is_acronym(first) or _DOMAIN.search(bare))


def _is_place_name(text: str) -> bool:
    """A city or country, not an acronym that spells one (``ITU`` is no Itu)."""
    return is_place(text) and not (text.isupper() and not is_country_part(text))


def _organisation_in(text: str) -> tuple[int, str] | None:
    """(start, organisation) of the organisation a post names after ``of``, ``at`` or
    ``from``: the shortest capitalised run at the end that is an organisation."""
    for joint in reversed(list(_ORG_JOINT.finditer(text))):
        rest = text[joint.end() :].strip(" .")
        bare = _ACRONYM_AFTER.sub("", rest)  # "the United Nations (UN)"
        english = joint.group().split()[0].casefold() in {"of", "at", "from", "with"}
        if _organisation_like(bare) or (english and _named_body(bare)):
            return joint.start(), rest
    return None


def _named_body(text: str) -> bool:
    """True for a body's name without a body's word, after a post's ``of``: two or more
    capitalised words, not a place nor a function (``Child Online Africa``, not ``Public
    Policy``)."""
    words = text.split()
    return (
        len(words) >= _BODY_NAME_WORDS
        and all(word[:1].isupper() for word in words)
        and words[-1].casefold() not in _FUNCTIONS
        and not _is_place_name(text)
    )


_BODY_NAME_WORDS = 2
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][\w&.-]*\)$")
# Last words of a function within a body, not a body: "Head of Public Policy".
_FUNCTIONS = frozenset(
    "policy policies affairs research relations operations communications communication "
    "strategy development engagement programmes programs partnerships technology innovation "
    "security governance marketing sales legal regulation services management education "
    "outreach mission department division unit office team projects project studies "
    "cooperation planning finance administration resources science sciences law economics "
    "engineering content safety trust privacy compliance infrastructure standards".split()
)


def _lead(before: str) -> tuple[int, _Description] | None:
    """(start, description) of a post written right before a name."""
    lead = _LEAD.search(before) or _SENTENCE_LEAD.search(before)
    if lead is None:
        return None
    post = _DETERMINER.sub("", lead["post"])
    acronym = lead["acronym"] or lead.groupdict().get("acronym_after")
    organisation = acronym if acronym and not is_country_part(acronym) else None
    if organisation is None and (body := _body_before_post(before[: lead.start()], post)):
        start, organisation, post = body  # "European Commission Executive Vice President"
        return start, _Description(title=post, organisation=organisation, leading=True)
    if organisation is None and (joint := _organisation_in(post)):
        post, organisation = post[: joint[0]], joint[1]  # "Deputy Secretary General of ..."
    plural = post.split(" of ")[0].endswith("s")
    return lead.start(), _Description(title=post, organisation=organisation, plural=plural)


def _body_before_post(before: str, post: str) -> tuple[int, str, str] | None:
    """(start, organisation, post) of a post led by its body's name, the body's first
    words maybe before ``post`` in ``before``: "European" + "Commission Executive Vice
    President"."""
    words = post.split()
    more = _CAPITALISED_BEFORE.search(before)
    for cut in range(1, len(words)):
        rest = " ".join(words[cut:])
        if not _post_like(rest):
            continue
        body = " ".join(words[:cut])
        longer = _DETERMINER.sub("", f"{more.group().strip()} {body}") if more else ""
        if more and _organisation_like(longer):
            return more.start(), longer, rest
        if " " in body and _organisation_like(body):  # not "Forum representative"
            return len(before), body, rest
    return None


_CAPITALISED_BEFORE = re.compile(r"(?:(?<=\s)|^)(?:[A-Z][\w-]*\s+){1,2}$")


def _described_before(before: str) -> tuple[int, _Description] | None:
    """(start, description) of ``the <post>, `` right before a name: the shortest that
    names a post or a role ("the Internet Society, Ana Ruiz" is an organisation, then a
    list)."""
    comma = re.search(r"\s*,\s*$", before)
    if comma is None:
        return None
    head = before[: comma.start()]
    for start in reversed([m.start() for m in _DESCRIPTION_START.finditer(head)]):
        text = head[start:]
        if re.search(r"[,;]", re.sub(r"\([^()]*\)", "", text)) or _CLAUSE.search(text):
            return None
        description = _describe(text)
        if description is not None and (description.title or description.role):
            return start, description
    return None


_AND_MORE = re.compile(rf"^\s+and\s+(?P<more>{_ORG})(?:\s*\((?P<acronym>[^()]+)\))?")
# A body's portfolio, which may go on after an "and" ("Ministry of Science and Technology").
_PORTFOLIO_BODY = re.compile(
    r"^(?:Ministry|Department|Faculty|School|Institute|Cent(?:er|re)|Office|Commission|"
    r"Secretariat|Division)\s+(?:of|for)\s"
)
_PORTFOLIO_WORDS = 3  # the words a portfolio's second part holds at most


def _and_more(organisation: str, after: str) -> re.Match[str] | None:
    """The rest of an organisation's name after an "and" in it ("Internet Rights and
    Principles Dynamic Coalition", "Ministry of Science and Technology"); None when the
    "and" joins another person or body to it."""
    more = _AND_MORE.match(after)
    if more is None or is_given_name(more["more"].split()[0]):
        return None  # "of Access Now and Nighat Dad of ..."
    if ORG_WORDS.search(more["more"]):
        return more if not ORG_WORDS.search(organisation) else None
    portfolio = _PORTFOLIO_BODY.match(organisation)
    return more if portfolio and len(more["more"].split()) <= _PORTFOLIO_WORDS else None


def _described_after(after: str) -> tuple[int, list[_Description]]:
    """(length, descriptions) of what follows a name and describes the person: a
    bracket, ``of/from <Org>``, or up to two appositives (``, Director, APNIC,``)."""
    if bracket := _BRACKETED_AFTER.match(after):
        inside = bracket["text"].strip()
        if is_place(inside):
            return bracket.end(), [_Description(country=country_name(inside))]
        if dashed := _dashed(inside):  # "(Colivre – Salvador, BA)"
            return bracket.end(), [dashed]
        first = _AND_ANOTHER_POST.split(inside, maxsplit=1)[
            0
        ]  # "(Ambassador of X and Co-Chair of Y)"
        post, organisation = read_affiliation(inside if "," in inside else first)
        if organisation and ("," in inside or _post_like(post or "")):
            # "(Chairman, Association of the Internet Industry)", "(Ambassador of the Swiss
            # Government)"; "(Vice-ministro de Telecomunicações, Bolívia)": the country served
            country = country_name(inside.rsplit(",", 1)[-1]) if "," in inside else None
            return bracket.end(), [
                _Description(title=post, organisation=organisation, country=country)
            ]
        if _post_like(inside) and not _organisation_like(inside):
            return bracket.end(), [_Description(title=inside)]  # "(Legal Director)"
        return bracket.end(), [_Description(organisation=inside)]
    if (national := _NATIONAL_GOVERNMENT_AFTER.match(after)) and (
        country := demonym_country(national["demonym"])
    ):  # "Christine Arida from the Egyptian government"
        return national.end(), [_Description(organisation=government_of(country))]
    if of := _OF_AFTER.match(after) or _DE_AFTER.match(after):
        organisation, end, acronym = of["org"], of.end(), of["acronym"]
        if not acronym and (more := _and_more(organisation, after[end:])):
            organisation = f"{organisation} and {more['more']}"
            end, acronym = end + more.end(), more["acronym"]
        if not _AFTER_ORGANISATION.match(after[end:]):
            return 0, []
        if is_place(organisation):  # "Ambassador David Gross of the United States"
            return end, [_Description(country=country_name(organisation))]
        if acronym and is_country_part(acronym):  # "de LACNIC (Argentina)": its country
            return end, [_Description(organisation=organisation, country=country_name(acronym))]
        if acronym:
            organisation = f"{organisation} ({acronym})"
        return end, [_Description(organisation=organisation)]
    found: list[_Description] = []
    end = 0
    while len(found) < _APPOSITIVES and (comma := re.match(r"^\s*,\s*", after[end:])):
        start = end + comma.end()
        description = _appositive(after[start:])
        unit = _UNIT_BEFORE_BODY.match(after[start:]) if description is None and found else None
        if unit and not _evidence(unit.group().strip(" ,"), context=True):
            description = _appositive(after[start + unit.end() :])  # "Digital Connect, ..."
            if description is None or not description[1].organisation:
                break
            description = (unit.end() + description[0], description[1])
        if description is None:
            break
        length, described = description
        found.append(described)
        end = start + length
        if described.organisation:
            break
    if found and (second := _SECOND_POST.match(after[end:])) and POST_WORDS.search(second["post"]):
        end += second.end()  # "CEO of the .AU Registry and Chair of the ccNSO"
    for described in found:  # "Ana Ruiz, APC (moderator)": a role noted after the body
        note = _ROLE_NOTE.fullmatch(described.title or "")
        if note and (role := meeting_role(note["text"])):
            described.title, described.role = None, role
    return end, found


_APPOSITIVES = 3  # ", Principal Advisor, Digital Connect, European Commission, said"
_ROLE_NOTE = re.compile(r"\((?P<text>[^()]{3,30})\)")  # "(moderator)" after a body
# A unit between a post and its body, its name capitalised: "Digital Connect, ".
_UNIT_BEFORE_BODY = re.compile(r"^[A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|of|and|for)){0,4}\s*,\s*")
# A second post after a person's first: "and Chair of the ccNSO", up to the next comma.
_SECOND_POST = re.compile(
    r"\s+and\s+(?:the\s+)?(?P<post>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+of\s[^,;.]+"
)


# A cue of the next person's role: ", moderated by Nancy Scola".
_BY = re.compile(
    r"^\s*(?:(?:co-?)?(?:moderated|chaired|facilitated|hosted|organi[sz]ed|led)|"
    r"presided\s+over)\s+(?:together\s+|jointly\s+)?by\b",
    re.IGNORECASE,
)


def _appositive(text: str) -> tuple[int, _Description] | None:
    """(length, description) of an appositive at the start of ``text``: it ends where
    the sentence's next part begins, not at an ``and`` inside a name ("Ministry of
    Science and Technology")."""
    if _starts_person(text) or _CLAUSE_WORD.match(text) or role_after(text) or _BY.match(text):
        return None  # the next person of a list, or the sentence goes on ("and ...",
        # "moderated the opening ceremony", "moderated by Nancy Scola")
    for end in _DESCRIPTION_END.finditer(text):
        inside = text[: end.start()]
        if inside.count("(") > inside.count(")"):
            continue  # inside a bracket
        if end.group().strip() in {"and", "y", "et"} and _goes_on(text[end.end() :]):
            continue  # "Minister of Science and Technology"
        if _is_place_name(inside.strip()):
            return len(inside), _Description()  # "Juan Fernández, Cuba, ..."
        description = _describe(inside)
        return (len(inside), description) if description else None
    return None


_UNIT_AT_BODY = re.compile(r"\s+(?:at|in|within)\s+(?=(?:the\s+)?[A-Z])")


def _goes_on(text: str) -> bool:
    """True when the words after an ``and`` inside a description continue a name
    (``Science and Technology``), not a new person or a new phrase."""
    if _starts_person(text):
        return False
    part = _DESCRIPTION_END.search(text)
    segment = text[: part.start()].strip() if part else text
    # "Science and Technology at the Beirut Bar Association": the unit's name before its body
    segment = _UNIT_AT_BODY.split(segment, maxsplit=1)[0]
    # "security and policy specialist at ...": one post ("... Registry and Chair of the
    # ccNSO" is a second)
    first = segment.split()[0] if segment.split() else ""
    second_post = first[:1].isupper() and bool(POST_WORDS.fullmatch(first))
    return bool(_CAPITALISED_RUN.match(segment) or (not second_post and _post_like(segment)))


def _starts_person(text: str) -> bool:
    """True when ``text`` begins with a person's name (a list goes on)."""
    match = _CANDIDATE.match(text)
    if match is None:
        return False
    return bool(match["salutation"]) or _evidence(match["name"], context=False)


@lru_cache(maxsize=1 << 15)
def _evidence(name: str, context: bool) -> bool:
    """True for a person's name: name-shaped, no organisation, place or acronym, a last
    word that is no common word, and a known given name first or something beside it
    that marks it as a person's (``context``)."""
    words = [w for w in name.split() if w.casefold() not in PARTICLES]
    if len(words) < 2 or not name_shape(name) or ORG_WORDS.search(name) or is_place(name):
        return False
    if place_or_rank(name) or any(word.upper() in TITLE_ACRONYMS for word in words):
        return False
    if abstract_noun_in(words) or non_english_words(words) or POST_WORDS.fullmatch(words[0]):
        return False  # "Liberdade de Expressão", "Secretário Executivo"
    if names_a_text(name):
        return False  # "Marco Civil da Internet": a law
    if is_country_part(words[-1]) and not is_given_name(words[0]):
        return False  # "ARTP Senegal", "Google Kenya": a body and its country
    last = words[-1]
    if word_count(last) > _COMMON_LAST and not is_given_name(last):
        if not given_and_word_surname(words[0], last):
            return False  # "Geneva Messages", "Paris Call"; not "Nathan White"
    if ROMAN_NUMERAL.fullmatch(last) or (common_plural(last) and not is_given_name(words[0])):
        return False  # "Virtual Meeting XIII", "Universality Indicators", not "Tom Banks"
    if context:
        return person_evidence(name) or any(is_given_name(w) or _rare(w) for w in words)
    first = words[0]
    return is_given_name(first) and word_count(first) < _COMMON_GIVEN


def _thing(name: str, before: str) -> bool:
    """True for common words after an article (``the Young Generation``) or a plural
    noun after ``of`` (``review of Core Values``): a thing's name, not a person's."""
    words = name.split()
    if _ARTICLE_BEFORE.search(before):
        return all(word_count(word.lower()) > _ENGLISH_WORD for word in words)
    return bool(_OF_BEFORE.search(before)) and common_plural(words[-1])


_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$")
_OF_BEFORE = re.compile(r"\bof\s+$")


def _rare(word: str) -> bool:
    """A word rare in English text: a surname, or a given name the lexicon lacks."""
    bare = word.strip(".,'’")
    return len(bare) > 1 and (not bare.isascii() or word_count(bare) < _RARE_WORD)


def _cues_after(text: str, acts_speak: bool) -> set[Role]:
    """The roles a cue right after a name gives it ("moderated", "is our remote moderator")."""
    roles = roles_after(text, acts_speak)
    if noun := _ROLE_NOUN_AFTER.match(text):
        roles.add(role_noun(noun["noun"]) or Role.MODERATOR)
    return roles


def _candidates(text: str, known: dict[str, str]) -> Iterator[re.Match[str]]:
    """Runs of name words, single words that name a person ``known`` in full, and
    surnames after a high office (``Ambassador Clark``)."""
    found: dict[int, re.Match[str]] = {}
    if _OFFICE_SALUTATION.search(text) or any(word in text for word in known):
        found = {
            m.start(): m
            for m in _ONE_WORD.finditer(text)
            if m["name"] in known
            or (m["salutation"] and _OFFICE.fullmatch(m["salutation"].strip(" .")))
        }
    found.update({m.start(): m for m in _CANDIDATE.finditer(text)})
    return (found[start] for start in sorted(found))


def _named(
    text: str, acts_speak: bool, known: dict[str, str], roles: bool = True
) -> Iterator[_Named]:
    """The names in ``text`` with their descriptions, in order; a single word names the
    person ``known`` by it ("Hofmann", "Paul"). Without ``roles``, the roles the cues
    around a name give it are not kept (only that they mark it as a person's)."""
    last_end = 0
    previous: _Named | None = None
    for match in _candidates(text, known):
        before, after = text[: match.start()], text[match.end() :]
        portfolio = _portfolio(match["name"], before)
        if match.start() < last_end or (_INSIDE_ORGANISATION.search(before) and not portfolio):
            continue  # in the description before, or "Global Forum on Cyber Expertise"
        if not match["salutation"] and _thing(match["name"], before):
            continue  # "the Way Forward", "a review of Core Values": things, not people
        if _STREET_NUMBER_AFTER.match(after):
            continue  # "Hall SESIAD. Joan Maragall, 41": a street named after someone
        if _OPENING_QUOTE.search(before) or _own_acronym(match["name"], after):
            continue  # a title ("Building Bridges ..."), a body ("Open Consultation (OC)")
        if _POSSESSIVE.match(after) or _BYLINE.search(before):
            last_end = match.end()
            continue
        salutation = match["salutation"] or ""
        found = _Named(match["name"], match["name"], salutation, match.start(), match.end())
        found.evident = bool(salutation)
        if portfolio:  # "Minister of Digitalisation Karianne Tung"
            found.name_text, titled = match["name"][portfolio:], portfolio
        else:
            titled = _split_title(found) if " " in found.name_text else 0
        if titled and found.name_text:  # "Prime Minister Jonas Gahr Støre": the name goes on
            while len(found.name_text.split()) < _NAME_WORDS and (
                more := _NAME_GOES_ON.match(text, found.end)
            ):
                found.name_text += more.group()
                found.written += more.group()
                found.end = more.end()
            after = text[found.end :]
        if (full := known.get(found.name_text) or _fuller(found.name_text, known)) is not None:
            found.name_text, found.evident = full, True
        if not found.name_text or found.name_text[:1].islower():
            continue  # "Universidad Externado de Colombia", "Camera di Commercio": a body
        if _ROOM_BEFORE.search(text, 0, found.start) or _ROOM_FIRST.match(found.written):
            continue  # "el Salón Enrique Sazié": a room named after someone
        evidence = _evidence(found.name_text, context=True)
        if not evidence and " " in found.name_text:
            continue  # no name, and not a surname after a high office
        if lead := _lead(text[: match.start("name") + titled] if titled else before):
            found.start = min(found.start, lead[0])
            found.described.append(lead[1])
        elif titled:
            found.described.append(_Description(title=match["name"][:titled].strip()))
        described = _described_before(text[: found.start])
        if described and described[0] >= last_end:  # never over the name before
            found.start = described[0]
            found.described.append(described[1])
        if letters := _LETTERS_AFTER.match(text, found.end):  # "Chi Onwurah MP spoke"
            found.end = letters.end()
            after = text[found.end :]
        length, after_descriptions = _described_after(after)
        found.end += length
        found.described.extend(after_descriptions)
        if not any(d.organisation for d in found.described):
            if body := _represented(after) or _government(found):
                found.described.append(_Description(organisation=body))
        elif government := _government(found, portfolio=True):
            for description in found.described:  # "Vice-ministro de Telecomunicações, Bolívia"
                description.organisation = None
            found.described.append(_Description(organisation=government))
        following = text[found.end :]
        if roles:
            clause = _clause_before(text, found.start)
            stated = {d.role for d in found.described if d.role}
            found.listed = (
                role_before(clause)
                or _cue_before_post(clause, _POST_BEFORE_WORDS, commas=True)
                or _cue_before_post_and_comma(text, found.start)
                or _cue_before_post_and_comma(text, match.start("name"))  # a post read as lead
                or _cue_of_list(text, found.start)
                or (  # "The invitees are: Ana Ruiz, APC (moderator), ...": her own role
                    _speakers_cue_in_sentence(text, found.start)
                    if not stated - {Role.SPEAKER, Role.PARTICIPANT}
                    else None
                )
                or (  # "Pour le représentant de l'UIT, X, ...": the cue before the post
                    role_before(_clause_before(text, match.start()))
                    if found.start < match.start()
                    else None
                )
                or (  # "eine Keynote von Anna Richter": a cue read as the name's title
                    role_before(_clause_before(text, match.start("name") + named_at))
                    if (named_at := match["name"].find(found.name_text)) > 0
                    else None
                )
            )
            acts = _cues_after(following, acts_speak)
            if stated & {Role.CHAIR, Role.MODERATOR} and _OPENS.match(following):
                acts.discard(Role.SPEAKER)  # "The moderator, X, opened the session": to chair it
            found.roles = acts | stated
            spoke = _SPOKE.match(following) or _SPOKE_BEFORE.search(text[: match.start()])
            if acts_speak and not (found.roles or found.listed) and spoke:
                found.roles, found.spoke = {Role.SPEAKER}, True  # "X of Y said ...": X spoke
            found.evident = found.evident or bool(
                found.described or found.roles or found.listed or _REPORTING.match(following)
            )
        else:  # whether a cue marks it as a person's, whichever roles it gives
            found.evident = (
                found.evident
                or bool(found.described)
                or bool(_cues_after(following, acts_speak))
                or role_before(_clause_before(text, found.start)) is not None
                or bool(_REPORTING.match(following))
            )
        if not (evidence or _titled_surname(found)):
            continue
        if roles and not found.listed and previous and _next_entry(text, previous, found):
            found.listed = previous.listed  # "intervenções da A, X, da Presidente do B, Y"
        last_end = found.end
        previous = found
        yield found


# Between two entries of one list, each a post and a name: ", da Presidente do LusNIC, ".
_NEXT_ENTRY = re.compile(
    r"\s*,\s*(?:(?:and|e|y|et)\s+)?(?:(?:d[aeo]s?|of\s+the|the|el|la|le|o|a)\s+)?"
    r"(?:(?!\s*(?:who|which|whose|que|qui|quien|quem|der|die)\b)(?P<post>[^,.;:()]{2,80}?),\s*)?"
)


def _next_entry(text: str, previous: _Named, found: _Named) -> bool:
    """True when ``found`` is the next entry of the list ``previous`` is in: a comma and
    a post between them."""
    gap = _NEXT_ENTRY.fullmatch(text, previous.end, found.start)
    return bool(gap and gap["post"] and POST_WORDS.search(gap["post"]))


def _fuller(name: str, known: dict[str, str]) -> str | None:
    """The one full name ``known`` that ends with ``name`` of two words or more (``Febles
    Estrada`` -> ``Mayra Febles Estrada``), if one."""
    if " " not in name:
        return None
    fuller = {full for full in known.values() if full.endswith(f" {name}")}
    return fuller.pop() if len(fuller) == 1 else None


def _cue_before_post(clause: str, most_words: int, *, commas: bool) -> Role | None:
    """The role a cue gives a name written after its post of at most ``most_words`` words
    (``moderated by the Executive Secretary of CGI.br Hartmut Glaser``, ``coordenada pelo
    Secretário Executivo do CGI.br Hartmut Glaser``); without ``commas``, a post that holds
    none."""
    for start in _POST_START.finditer(clause):
        post = clause[start.end() :]
        if len(post.split()) > most_words or (not commas and "," in post):
            continue
        if POST_WORDS.search(post) and (role := role_before(clause[: start.start()])):
            return role
    return None


def _cue_before_post_and_comma(text: str, start: int) -> Role | None:
    """The role a cue gives a name written after its post and a comma (``will be opened by
    the Secretary of State for the Digital Agenda, D. José Lassalle``)."""
    comma = _COMMA_BEFORE_NAME.search(text, 0, start)
    if comma is None:
        return None
    clause = _clause_before(text, comma.start())
    return _cue_before_post(clause, _POST_BEFORE_COMMA_WORDS, commas=False)


def _cue_of_list(text: str, start: int) -> Role | None:
    """The role a cue before a colon gives every entry of the list after it, each entry a
    post and a name (``contou com vários oradores, dos quais destacamos: o presidente do
    INACOM, Joaquim Muhongo; o CEO da ANYPAY, Inocêncio das Neves``)."""
    colon = text.rfind(":", 0, start)
    if colon < 0 or _SENTENCE_BREAK.search(text, colon, start):
        return None
    if not text[:start].rstrip().endswith(",") or not POST_WORDS.search(text, colon, start):
        return None  # no post before the name: no entry of such a list
    return role_before(_clause_before(text, colon) + ":")


# A plural role noun that opens a list of people, and what it says of them: "the summit
# will feature speakers including", "the confirmed invitees are", "los ponentes fueron".
_SPEAKERS_CUE = re.compile(
    rf"\b(?:{SPEAKER_NOUNS}|invitees|keynotes)\b[^.;:]{{0,40}}?\b"
    r"(?:include[sd]?|including|are|were|will\s+be|such\s+as|among\s+them|incluyen|"
    r"incluyeron|fueron|ser[áa]n|comme|sont|seront|foram|ser[ãa]o|como|waren|sind)\b\s*:?",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"\([^()]*\)")
_OTHER_ROLE_CUE = re.compile(
    r"\b(?:moderat|chair|organi[sz]|facilitat|rapporteur|by\b|por\b|par\b|said|says)", re.I
)


def _speakers_cue_in_sentence(text: str, start: int) -> Role | None:
    """Speaker for a name its sentence lists after a plural cue (``will feature speakers
    including the APC's Anriette Esterhuysen, ...; Alice Munyua, head of ...``) when no
    other role's cue stands between them."""
    sentence = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, start)), default=0)
    cues = list(_SPEAKERS_CUE.finditer(text, sentence, start))
    if not cues or _OTHER_ROLE_CUE.search(_BRACKETED.sub("", text[cues[-1].end() : start])):
        return None  # "Ana Ruiz, APC (moderator), Tomas Berg, ...": a note of one of them
    return Role.SPEAKER


_STREET_NUMBER_AFTER = re.compile(r"^,?\s*\d{1,4}[A-Za-z]?\s*$")
_COMMA_BEFORE_NAME = re.compile(r",\s*(?:[A-Z][a-zñ]{0,3}\.\s*)?$")  # ", D. José", ", Dr. Ana"
_POST_BEFORE_COMMA_WORDS = 14  # the most words of a post a comma closes before the name


# Where a post may begin: before an article or a capitalised word.
_POST_START = re.compile(r"\s(?=(?:the|o|a|el|la|le)\s+\w|l['’]\w|[A-ZÀ-Þ])")
_POST_BEFORE_WORDS = 8  # the most words of a post between a cue and the name


def _clause_before(text: str, end: int) -> str:
    """The clause of ``text`` that ``end`` ends: ``_CLAUSE.split(text[:end])[-1]``, found
    from the end (where its last clause begins) rather than by splitting all before it."""
    before = text[:end]
    at = len(before)
    while at > 0:
        at = max(before.rfind(sign, 0, at) for sign in _CLAUSE_SIGNS)
        if at < 0:
            break
        if _CLAUSE.match(before, at):
            if before[at] == ":" and not before[at + 1 :].strip():
                return _clause_before(text, at) + ":"  # "the presenters are: A, B": the cue's
            return before[at + 1 :]
    return before


def _government(found: _Named, portfolio: bool = False) -> str | None:
    """The government an office holder with a country serves (``Ambassador Clark
    (Barbados)``, ``Minister X (Kenya)``, ``ambassadeur du Royaume-Uni``); with
    ``portfolio``, only when every organisation described is the office's portfolio
    (``Telecomunicações`` of ``Vice-ministro de Telecomunicações``)."""
    posts = [found.salutation.strip(" ."), *(d.title or "" for d in found.described)]
    if portfolio and not all(
        not d.organisation or any(d.organisation in post for post in posts) for d in found.described
    ):
        return None
    country = (
        next((d.country for d in found.described if d.country), None)
        or next(
            (c for post in posts for word in post.split()[:1] if (c := demonym_country(word))),
            None,
        )  # "Norwegian Minister of Digitalisation"
        or next((c for post in posts if (c := _country_served(post))), None)
    )
    if country and any(_OFFICE.search(post) for post in posts):
        return government_of(country)
    return None


def _country_served(post: str) -> str | None:
    """The first country an office names after "of" (``ambassadeur ... du Royaume-Uni en
    Arménie``: the United Kingdom)."""
    for match in _OF_COUNTRY.finditer(post):
        words = match["words"].split()
        for size in range(len(words), 0, -1):
            if country := country_name(" ".join(words[:size])):
                return country
    return None


_OF_COUNTRY = re.compile(
    r"\b(?:of|de|du|des|del|do|da|d['’])\s*(?:the\s+|la\s+|le\s+|l['’])?"
    r"(?P<words>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,3})"
)


def _represented(after: str) -> str | None:
    """The body a person speaks for later in their clause ("... addressing the attendees
    on behalf of the Swiss Confederation"): a country's government, or an organisation."""
    end = _CLAUSE.search(after)
    clause = after[: end.start()] if end else after
    body = _ON_BEHALF.search(clause)
    if body is None or _CANDIDATE.search(clause[: body.start()]):
        return None  # none, or said of another person named before it
    name = body["body"]
    if country := country_name(name):
        return government_of(country)
    return name if _organisation_like(name) else None


# An office's "of" or "for" before its portfolio: "Minister of", "Secretary of State for".
_OFFICE_OF = re.compile(
    r"\b(?:Minister|Secretary|Commissioner|Ambassador|Envoy)(?:\s+of\s+State)?\s+(?:of|for)\s+"
    r"(?:the\s+)?$"
)


def _portfolio(name_text: str, before: str) -> int:
    """Where a person's name begins in a run after an office's "of" (``Minister of
    Digitalisation Karianne Tung``): at its first known given name with words after it, the
    words before it the portfolio; 0 when the run is no portfolio and name."""
    if not _OFFICE_OF.search(before):
        return 0
    words = name_text.split()
    given = next((i for i in range(1, len(words) - 1) if is_given_name(words[i])), None)
    return len(" ".join(words[:given])) + 1 if given else 0


def _split_title(found: _Named) -> int:
    """``President Macron``, ``Internet Evangelist Vint Cerf``, ``Geneva Chengetai
    Masango``, ``Net Neutrality Ana Ruiz``: the title, post or place words a name run
    begins with, and common words that are no given names before one that is, are no part
    of the name; the length of a title split off."""
    found.name_text, titled = _title_split(found.name_text)
    return titled


@lru_cache(maxsize=1 << 15)
def _title_split(name_text: str) -> tuple[str, int]:
    """:func:`_split_title` of a run of name words: (the name, the length split off)."""
    words = name_text.split()
    if all(_TITLE_WORD.fullmatch(word) for word in words):
        return "", 0  # "Comisionado Presidente": titles, no name
    # "The Norwegian Minister Kari": an article before a post
    titled = int(
        words[0] == "The"
        and any(_TITLE_WORD.fullmatch(word) for word in words[1:-1])
        and not _TITLE_WORD.fullmatch(words[-1])  # "The Prime Minister": no name
    )
    while titled < len(words) - 1 and words[titled].casefold() not in _PHRASE_WORDS:
        if words[titled] == "Prime" and titled < len(words) - 2:
            titled += 2  # "Prime Minister", however it is spelt
        elif ORG_WORDS.search(words[titled]):
            if any(_TITLE_WORD.fullmatch(word) for word in words[titled + 1 : -1]):
                titled += 1  # "Internet Society President Andrew": a body's post
                continue
            return "", 0  # "Universidad Externado de Colombia": an organisation
        elif (
            _TITLE_WORD.fullmatch(words[titled])
            or not name_shape(words[titled])
            or (demonym_country(words[titled]) and _TITLE_WORD.fullmatch(words[titled + 1]))
            or _opening_word(words[titled])
        ):
            titled += 1  # "Internet Evangelist Vint Cerf", "Norwegian Minister Kari Olsen"
        else:
            break
    name_text = " ".join(words[titled:])
    named = name_text.split()
    first, rest = named[0], " ".join(named[1:])
    given = next((i for i, word in enumerate(named[:-2]) if is_given_name(word)), None)
    placed = is_place(first) and not _common_given(first) and first.casefold() not in _KUNYA
    if len(named) >= 3 and person_evidence(rest) and placed:
        name_text = rest  # "Geneva Chengetai Masango", not "David Ocampos Negreiros"
    elif given is None and len(named) >= 3 and is_given_name(named[-2]):
        given = len(named) - 2
    common = all(word_count(word) >= _ENGLISH_WORD for word in named[: given or 0])
    if given and common and person_evidence(" ".join(named[given:])):
        name_text = " ".join(named[given:])  # "Net Neutrality Ana Ruiz", not "Nnenna"
    return person_part(name_text), len(" ".join(words[:titled])) + 1 if titled else 0


def _opening_word(word: str) -> bool:
    """True for a word that, capitalised before a name, opens the sentence ("When Markus
    told me"): no part of the name."""
    return word in _SENTENCE_OPENERS


_SENTENCE_OPENERS = frozenset(
    "When After Before While Since Then If As Because Although Though Once Where Today "
    "Yesterday Meanwhile Also But And So Until Unless Whereas Here There Now Later Finally "
    "Thus However Even Only Just Still Yet During Following According Besides Instead".split()
)


def _common_given(word: str) -> bool:
    """A given name so common that a place it also names ("David", Panama) is not meant."""
    return is_given_name(word) and word_count(word.lower()) > _COMMON_GIVEN_NAME


_COMMON_GIVEN_NAME = 50_000_000  # "David": 109 million; "Geneva": 8 million
# Words that begin Arabic names and also name a place: "Abu Hena Morshed Zaman".
_KUNYA = frozenset({"abu", "abou", "umm"})


def _titled_surname(found: _Named) -> bool:
    """True for a surname alone after a high office (``President Macron``, ``Ambassador
    Clark``)."""
    name = found.name_text
    titled = bool(_OFFICE.fullmatch(found.salutation.strip(" ."))) or any(
        d.title and _TITLE_WORD.fullmatch(d.title.split()[-1]) for d in found.described
    )
    return (
        titled
        and " " not in name
        and word_count(name) < _COMMON_LAST
        and not (is_place(name) or ORG_WORDS.search(name) or is_acronym(name))
    )


def _own_acronym(name: str, after: str) -> bool:
    """True when the bracket after a name holds its initials: a body's name."""
    bracket = _BRACKETED_AFTER.match(after)
    initials = "".join(word[0] for word in name.split() if word[0].isupper())
    return bool(bracket) and bracket["text"].replace(" ", "").upper() == initials


def _people(
    text: str, span: SourceSpan, acts_speak: bool, known: dict[str, str]
) -> Iterator[PersonMention]:
    """The people ``text`` names; the names of one list share their cues and evidence."""
    listed = list(_listed(text, acts_speak, known))
    if acts_speak:
        _spoke_next(text, listed)
    for named, roles in listed:
        yield from _mentions(named, roles, span)


# "They said that ...", "He added ...": the next sentence reports what the people named
# just before said.
_PRONOUN_SPOKE = re.compile(
    rf"\s*(?P<who>They|He|She|Both)\s+(?:also\s+|further\s+|then\s+)?(?:{SPEAKING_VERBS})\b"
)
_SENTENCE_BREAK = re.compile(
    r"(?<!\b[A-Z])(?<!\b(?:Dr|Mr|Ms|St|Jr|Sr|No|Ph))(?<!\bMrs|\bDra|\bSra)(?<!\b[Pp]rof)[.!?]\s+"
)


def _spoke_next(text: str, listed: list[tuple[_Named, set[Role]]]) -> None:
    """Make speakers of the participants a sentence names when the sentence after it
    says what they said ("A and B endorsed the effort. They said ..."): all of them after
    "They", the one alone after "He" or "She"."""
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text)]
    for start, end in zip([0, *breaks], [*breaks, len(text)], strict=True):
        spoke = _PRONOUN_SPOKE.match(text, end)
        named = [(n, roles) for n, roles in listed if start <= n.start < end]
        if not spoke or not named or (spoke["who"] in ("He", "She") and len(named) > 1):
            continue
        for _, roles in named:
            if roles == {Role.PARTICIPANT}:
                roles.clear()
                roles.add(Role.SPEAKER)


def _listed(
    text: str, acts_speak: bool, known: dict[str, str], roles: bool = True
) -> Iterator[tuple[_Named, set[Role]]]:
    """The names ``text`` gives people, each with its roles (never none; without
    ``roles``, none read: all participants); the names of one list share their cues and
    evidence."""
    groups: list[list[_Named]] = []
    previous: _Named | None = None
    for named in _named(text, acts_speak, known, roles):
        joined = previous is not None and _LIST_JOIN.fullmatch(text[previous.end : named.start])
        if joined and groups:
            groups[-1].append(named)
        else:
            groups.append([named])
        previous = named
    for group in groups:
        shared = {group[0].listed} - {None}
        role = role_after(text[group[-1].end :], acts_speak) if roles else None
        after = {role} if role else set()
        if group[-1].spoke and not shared:
            after.add(Role.SPEAKER)  # "A and B said ...": both spoke
        evident = any(n.evident for n in group) or any(
            _evidence(n.name_text, context=False) for n in group
        )
        plural = [d for d in group[0].described if d.plural]
        for named in group:
            if not (evident or _evidence(named.name_text, context=False)):
                continue
            if named is not group[0]:
                named.described.extend(plural)
            own = named.roles | ({named.listed} - {None})
            if named.spoke and shared:
                own = set()  # "organisers A and B, who thanked ...": the list's role is theirs
            yield named, own or shared | after or {Role.PARTICIPANT}


def _mentions(named: _Named, roles: set[Role], span: SourceSpan) -> Iterator[PersonMention]:
    """One mention of ``named`` per role, with the first post and organisation described."""
    name, title = clean_name(f"{named.salutation}{named.name_text}")
    if not name:
        return  # an office alone ("Minister" after "The Prime"): no one named
    posts = [d.title for d in named.described if d.title]
    bodies = sorted((d for d in named.described if d.organisation), key=lambda d: d.leading)
    organisation = bodies[0].organisation if bodies else None
    for role in sorted(roles, key=lambda r: r.value):
        person = PersonMention(
            name, named.written, role, span, title=posts[0] if posts else title, in_prose=True
        )
        if organisation:
            found = parse_affiliation(organisation, span)
            person.organisation = found.organisation
            person.stakeholder_group = found.stakeholder_group
            person.title = person.title or found.title
        yield person


def _organisations(text: str, span: SourceSpan) -> Iterator[Organisation]:
    for match in _ORGANISATION.finditer(text):
        name = re.sub(r"^The\s+", "", match["org"])
        head, of, tail = name.partition(" of ")
        if of and not ORG_WORDS.search(head):  # "Luca Belli of the FGV Law School"
            name = re.sub(r"^the\s+", "", tail)
        if ORG_WORDS.search(name) and len(name.split()) > 1:
            written = f"{name} ({match['acronym']})" if match["acronym"] else name
            yield parse_organisation(written, span)


def find_mentions(
    text: str, span: SourceSpan, acts_speak: bool = True, known: dict[str, str] | None = None
) -> Mentions:
    """The people and organisations ``text`` (read from ``span``) names. ``acts_speak``:
    a name before an act of speaking ("presented the paper", "opened the session") is a
    speaker; without it, such a person is a participant (the official reports' summaries
    of a discussion). ``known``: single words naming one person the document names in
    full (:func:`known_names`)."""
    people = list(_people(text, span, acts_speak, known or {}))
    return Mentions(people, list(_organisations(text, span)))


def person_names(text: str) -> Iterator[str]:
    """The names of the people ``text`` names, as ``find_mentions(text, span).people``
    gives them (once a person, not once a role), without reading their roles, posts and
    organisations or the organisations ``text`` names: what :func:`known_names_of` learns
    from."""
    for named, _roles in _listed(text, True, {}, roles=False):
        yield clean_name(f"{named.salutation}{named.name_text}")[0]


def names_someone(text: str) -> bool:
    """True when ``text`` names a person (:func:`person_names` finds one)."""
    return next(person_names(text), None) is not None


def known_names(people: list[PersonMention]) -> dict[str, str]:
    """Given name or surname -> full name, for the words that name one of ``people``
    only (``Hofmann`` -> ``Jeanette Hofmann``, ``Paul`` -> ``Paul Wilson``)."""
    return known_names_of(person.name for person in people)


def known_names_of(full_names: Iterable[str]) -> dict[str, str]:
    """:func:`known_names` from the people's names alone."""
    names: dict[str, set[str]] = {}
    for name in full_names:
        words = [w for w in name.split() if w.casefold() not in PARTICLES]
        if len(words) >= 2:
            for word in {words[0], words[-1]}:
                names.setdefault(word, set()).add(name)
    return {word: full.pop() for word, full in names.items() if len(full) == 1}


def unique_people(people: list[PersonMention]) -> list[PersonMention]:
    """One mention per person and role (the first, with the first affiliation written);
    a participant who also has another role is dropped."""
    kept: dict[tuple[str, Role], PersonMention] = {}
    for person in people:
        first = kept.setdefault((person.name.casefold(), person.role), person)
        if first.organisation is None:
            first.organisation = person.organisation
        if first.stakeholder_group is None:
            first.stakeholder_group = person.stakeholder_group
            first.stakeholder_group_basis = person.stakeholder_group_basis
    with_roles = {name for name, role in kept if role is not Role.PARTICIPANT}
    for (name, role), person in kept.items():
        if role is Role.PARTICIPANT and name in with_roles:  # dropped: its affiliation stays
            for (other, _), kept_person in kept.items():
                if other == name and kept_person.organisation is None:
                    kept_person.organisation = person.organisation
                    kept_person.stakeholder_group = person.stakeholder_group
    return [
        person
        for (name, role), person in kept.items()
        if role is not Role.PARTICIPANT or name not in with_roles
    ]


def expand_acronyms(people: list[PersonMention], organisations: list[Organisation]) -> None:
    """A person's organisation written as an acronym alone (``the NIGF Coordinator``)
    takes the name the document spells it out with elsewhere (``the Nigeria Internet
    Governance Forum (NIGF)``)."""
    names = {o.acronym: o.name for o in organisations if o.acronym and o.name}
    for person in people:
        organisation = person.organisation
        if organisation and organisation.name is None and organisation.acronym in names:
            organisation.name = names[organisation.acronym]
            organisation.name_basis = Basis.STATED


def unique_organisations(organisations: list[Organisation]) -> list[Organisation]:
    """The first mention of each organisation name."""
    seen: set[str] = set()
    kept: list[Organisation] = []
    for organisation in organisations:
        key = (organisation.name or organisation.acronym or "").casefold()
        if key and key not in seen:
            seen.add(key)
            kept.append(organisation)
    return kept
