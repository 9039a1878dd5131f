"""The cue-driven reader: any document, read from its blocks, role cues and person entries.

The document becomes blocks (:mod:`igfgraph.parse.blocks`). A heading or label opens a
section: a role cue (``Moderators``, ``List of Speakers``, ``Organizer 2:``) opens a list
of people in that role; a section cue (``Key Takeaways``, ``Policy Question(s)``,
``Date``) opens that part of the report. What follows belongs to the section up to the
next heading or label: a value never runs past the block it is in. Numbered party labels
(``Speaker 1:``) hold one party each, never cut into several people; on a page that has
them, a bare name line after them takes the next role of moderator, online moderator and
rapporteur (a label the page dropped), and a role label there holds one name. In a
reporting template, whose lists come in a known order (organisers, chair or moderator,
rapporteur, speakers), a list that a wider gap ends is followed by the next list, its
label dropped. A list item or line outside any list of people that reads ``Topic: Name,
post, organisation`` is a speaker on an agenda; a byline (``Ana Ruiz and Kofi Mensah,
Editors``) gives the names before it their role; people named in running text take the
role a cue beside them gives (``moderated by``), or are participants. Every person entry
is read by one grammar (:mod:`igfgraph.parse.entries`) and becomes a person only when it
looks like one (:mod:`igfgraph.parse.names`); a line in a list of people that names
nobody is kept in ``unparsed`` with a warning. Session fields come from labels, the
document's header (``IGF 2019 WS #268 ...``), or its first heading that is not page
furniture (``Check-in and access this session``, ``Salle XI``); a title the page cut
short (``... and ...``) is completed where the document writes it again.
Transcripts are read by :mod:`igfgraph.parse.transcript`; a write-up reporting several
sessions is cut into them by :mod:`igfgraph.parse.writeup`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from igfgraph.errors import InputError
from igfgraph.model import (
    Basis,
    Organizer,
    Passage,
    PersonMention,
    Report,
    Role,
    Session,
    SourceSpan,
    StakeholderGroup,
    Unparsed,
)
from igfgraph.parse import gender, listing, transcript
from igfgraph.parse.affiliations import (
    ORG_WORDS,
    is_acronym,
    is_country,
    parse_organisation,
    split_items,
)
from igfgraph.parse.blocks import BULLET, PANEL, Block, Kind, read_blocks
from igfgraph.parse.cues import (
    REPORTING_VERBS,
    bylines,
    column_role,
    heading_roles,
    label_section,
    meeting_role,
    words_before_cue,
)
from igfgraph.parse.entries import (
    CAPITALISED_ENTRY,
    WHAT_THEY_WILL_DO,
    Entry,
    group_and_region,
    is_post,
    read_affiliation,
    read_entry,
    read_row,
    regional_group,
    represented_people,
    split_people,
    stakeholder_group,
)
from igfgraph.parse.mentions import (
    expand_acronyms,
    find_mentions,
    known_names_of,
    names_someone,
    person_names,
    unique_organisations,
    unique_people,
)
from igfgraph.parse.names import (
    HOST_YEARS,
    PARTICLES,
    SALUTATIONS,
    is_given_name,
    is_place,
    merge_same_people,
    name_shape,
    person_evidence,
)
from igfgraph.parse.repair import (
    ascii_punctuation,
    join_lines,
    recase_title,
    repair_prose,
    unglue_list,
    word_count,
)
from igfgraph.parse.session import (
    MONTH_NAMES,
    OTHER,
    date_from_address,
    infer_type,
    named_sessions,
    parse_date,
    parse_time,
    session_from_address,
    split_session_id,
    type_from_text,
)
from igfgraph.parse.writeup import (
    PROSE_KINDS,
    SESSIONS_NAMED,
    Opener,
    WriteupPart,
    panel_title,
    writeup_parts,
)
from igfgraph.sources import SourceText

VARIANT = "generic"
REASON = "no known IGF report family: read as a generic document"
TRANSCRIPT = "transcript"
TRANSCRIPT_REASON = "speaker turns (a captioning transcript)"
# Lines of web pages and PDFs that are never the session's: navigation, prompts, banners.
FURNITURE = re.compile(
    r"^(?:you\s+are\s+(?:here|on\s+page\b.*)|jump\s+to\s+content|skip\s+to\b.*|session|sessions|"
    r"reports?|resource\s+type|event\s+report|event\s+description|check-in\s+and\s+access\b.*|"
    r"welcome\s+to\s+the\s+united\s+nations\b.*|sign\s+up\s+or\s+log\s+in\b.*|"
    r"welcome\s+to\s+(?:the\s+)?igf\b.*|keep\s+up\s+to\s+date\b.*|"
    r"this\s+event\s+has\s+ended\b.*|also\s+available\s+in:?|show\s+on\s+landing\s+page|"
    r"page\s+created\s+by\b.*|continue\s+reading|\[?read\s+more\b.*|welcome\s+to\s+igf\s*\d{4}\b.*|"
    r"venue\s+map|log\s*in|menu|search|home|share|print|go\s+back|back|table\s+of\s+contents|documents|"
    r"return\s+to\s+video|press\s+releases?|news\s+releases?|meeting\s+schedule|"
    r"salta\s+al\s+contenuto\s+principale|aller\s+au\s+contenu(?:\s+principal)?|"
    r"ir\s+al\s+contenido(?:\s+principal)?|pular\s+para\s+o\s+conte[úu]do(?:\s+principal)?|"
    r"session\s+at\s+a\s+glance|summary|full\s+session\s+report|disclaimer\b.*|finished\s+transcript|"
    r"(?:salle|room|hall|saal|conference\s+room|caucus\s+room|workshop\s+room)\b[^.:]{0,40}|"
    r"ws\s+\d+\s*[–—-]\s*room\b.*|workshop\s+details|session\s+(?:information|details)|"
    r".*\breal-?\s?time\s+captioning\b.*|back\s+to\s+(?:the\s+)?(?:list|top)|download\b.*|"
    r"baixar\b.*|descargar\b.*|t[ée]l[ée]charger\b.*|notulensi|minutes|"
    r"youtube\s+player|\(?\s*pause\s*\)?\.?|\*{3,}|"
    r"avatar\s+for\b.*|premium\s+content|subscribers?\s+only|.*\[\s*clear\s+filter\s*\]|"
    r"(?:deprecated|warning|notice|strict\s+standards|fatal\s+error|parse\s+error):\s.*"
    r"\son\s+line\s+\d+|internet\s+governance\s+forum|https?://\S+|from\s+\S+\s+wiki|"
    r"jump\s+to\s+navigation(?:\s+jump\s+to\s+search)?|personal\s+tools|toolbox|namespaces|navigation|"
    r"access\s+the\s+agenda\s+in\b.*|(?:disable|enable)\s+visually\s+impaired\s+version\b.*|"
    r"(?:font\s+size|page\s+background|letter\s+spacing):?|"
    # a wiki's revision lines and a page's view count
    r"revision\s+as\s+(?:of\s+)?\d.*|(?:←\s*)?older\s+edit|newer\s+edit\s*(?:→)?|\d[\d,.]*\s+views?|"
    # breadcrumbs, links to files, bylines, mailing lists' subjects and authors, page counts
    r"home\s*/.*|.*\(\s*\.pdf\s*\).*|by\s+(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})|"
    r"\[(?-i:[a-z][\w.-]*|[A-Z][a-z]+-[\w.-]+)\]\s.*|"
    r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s+[\w.-]+\s+at\s+[\w-]+(?:\.[\w-]+)+|"
    r"(?:page\s+|p[áa]gina\s+)?\d+\s+(?:of|de|sur|di|von|dari)\s+\d+|.*\blogo|"
    r"this\s+is\s+now\s+a\s+legacy\s+site\b.*|loading\s*(?:…|\.{3})?|"
    r"(?:igf\s+\d{4}\s+)?pre-session\s+synthesis\b.*|.*\breport\s+template\b.*|"
    # a mailing list archive's timestamp: "Thu Aug 9 17:38:34 EDT 2018"
    r"(?:mon|tue|wed|thu|fri|sat|sun)\w*\s+[a-z]{3}\s+\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+"
    r"[a-z]{2,5}\s+\d{4})$",
    re.IGNORECASE,
)
# "Workshop Proposal :: (No: 116)": a proposal's number, its workshop's.
_PROPOSAL = re.compile(
    r"^\s*(?:workshop\s+)?proposal\s*:*\s*\(\s*no\.?\s*:?\s*(?P<number>\d+)\s*\)\s*",
    re.IGNORECASE,
)
# What a page puts before a session's title: "Main Session Report", "Transcript -",
# "DC Main Session:", a coalition's acronym ("DC-Sustainability Internet Governance ...").
_TITLE_LEAD = re.compile(
    r"^(?:main\s+session\s+report|pre-?report|summary\s+report\s*:|transcript\s*[-–—:]|"
    r"(?:DC\s+)?main\s+session\s*:|(?-i:DC-[A-Z][\w-]*)\s+(?=[A-Z]))\s*",
    re.IGNORECASE,
)
_FROM_WIKI = re.compile(r"from\s+\S+\s+wiki", re.IGNORECASE)
# A wiki's page name ends with its meeting's year, not a pre-event's number ("Pre 09 2021").
_WIKI_PAGE_YEAR = re.compile(r"^(?P<title>.*?(?<!\d)(?<!\bPre))\s+(?P<year>(?:19|20)\d\d)\s*$")
_WIKI_DIFFERENCE = re.compile(r"\s*:\s*difference\s+between\s+revisions\s*$", re.IGNORECASE)
# A programme's number for a session before its title (bench/real/heldout13/NOTES.md, 8).
_NUMBERED_LEAD = re.compile(
    r"^\s*(?:\(S\d{1,2}\)|(?i:session|sesi[oó]n|sess[ãa]o|s[ée]ance|plenum|painel|"
    r"panel(?:\s+session)?)\s+\d{1,2}\s*[:.–—-])\s*(?=\S{2})"
)
_TITLE_TAG = re.compile(r"\s*\[[A-Z]{1,5}\]\s*$")  # a schedule's track tag after a title
_RAW = re.compile(r"\s+raw\s*$", re.IGNORECASE)
# A pre-event's label before its title: "Pre-event: Governance in a mobile social web".
_TYPE_LABEL = re.compile(r"^\s*(?:pre-?event|day\s*0\s+event)\s*[:–—]\s*(?=\S)", re.IGNORECASE)
# A title's closing full stop, after a word (not "Inc.", "U.S.", "etc.").
_FULL_STOP = re.compile(r"(?<=[a-z]{3})\.$")
# A schedule's biography cut short: "... facilitates business... Read More →".
_READ_MORE = re.compile(r"\.{3}\s*Read\s+More\s*→?\s*$", re.IGNORECASE)
# A schedule's photo of a person: "avatar for Timea Suto".
AVATAR = re.compile(r"^\s*avatar\s+for\s+(?P<name>.+?)\s*$", re.IGNORECASE)
_ADDRESS = re.compile(r"https?://\S+")  # a saved page's own address, its first line
# "IGF 2019 WS #268 Title", "IGF 2018 - Day 2 - Salle XI - Title", "IGF2015 Main Session Report".
_MEETING_PREFIX = re.compile(
    r"^\s*(?:IGF\s*(?P<year>(?:19|20)\d\d)|(?P<year_first>(?:19|20)\d\d)\s*IGF(?=\s*[–—-]))\b[\s:–—-]*"
    r"(?:day\s*\d+\b(?!\s*event)[\s:–—-]*)?"
    r"(?:[^–—-]{0,30}\b(?:salle|sala|raum|room|hall|saal|auditorium|studio|ballroom|plenary|"
    r"stage|village)\b(?:[^–—-]|(?<=\w)-(?=\w)){0,20}[–—-]\s*)?"
    r"(?:(?-i:DC)\s*(?:[–—-]\s+|\s(?=[A-Z][^:]*$)))?",  # "DC – Joint Efforts", not "DC Youth:"
    re.IGNORECASE,
)
_MEETING_SUFFIX = re.compile(r"\s*[|–—-]\s*IGF\s*(?P<year>(?:19|20)\d\d)\b.*$", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:IGF\s*)?(?P<year>20[0-2]\d)\b")
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_FRENCH_ORDINALS = (
    "première deuxième troisième quatrième cinquième sixième septième huitième neuvième "
    "dixième onzième douzième treizième quatorzième quinzième seizième"
).split()
# "the seventh meeting of the IGF", "the 12th Internet Governance Forum", "Deuxième réunion
# du Forum sur la gouvernance de l'Internet": the annual meeting by its number (2006 first).
_ORDINAL_MEETING = re.compile(
    rf"\b(?:(?P<ordinal>{'|'.join(_ORDINALS)}|eigth)\s+(?:annual\s+)?meeting\s+of\s+the\s+"
    r"(?:internet\s+governance\s+forum|igf)|"
    r"(?P<number>\d{1,2})(?:st|nd|rd|th)\s+(?:annual\s+|international\s+)?(?:meeting\s+of\s+"
    r"the\s+)?(?:internet\s+governance\s+forum|igf)\b|"
    rf"(?P<french>{'|'.join(_FRENCH_ORDINALS)}|premier)\s+r[ée]union\s+du\s+(?:forum|fgi)\b)",
    re.IGNORECASE,
)
_NUMBERED_PARTY = re.compile(r"\b(?:co-?)?(?:organi[sz]er|speaker)\s*\d+\s*$", re.IGNORECASE)
_ROLE_MARKER = re.compile(
    r"(?P<role>(?:online|remote)\s+moderator|co-?moderator|moderator|\brapporteur|"
    r"\b(?:co-?)?chair(?:person)?)s?\s*:",
    re.IGNORECASE,
)
# A label naming several people: "Speakers", "Moderators", "Organiser(s)", "Co-chairs".
_PLURAL_LABEL = re.compile(
    r"(?:ors|ers|ists|ants|ents|chairs|hosts|takers|teurs|ponentes|panelistas|organizadores)\b|"
    r"\(s\)",
    re.IGNORECASE,
)
_AGENDA = re.compile(r"^(?P<topic>[^:;]{3,120}?)(?:\s*[:;]|\s+[-–—])\s+(?P<who>\S.*)$")
# "Manuel Höferlin (CDU): Es ist wichtig, ...": one person, a colon, what they said.
_SAID_ITEM = re.compile(r"^(?P<who>[^:;]{3,80}?)\s*:\s+(?P<said>\S+(?:\s+\S+){5,}.*)$")
_FORMAT = re.compile(r"^\s*[A-Z][\w\- ]{2,40}\s+-\s+(?:[\w\- ]+-\s+)?\d{2,3}\s*Min\.?\s*$", re.I)
_NRI_TITLE = re.compile(r"^\s*\[\s*(?P<acronym>NRIs?)\s*\]")
_NOTE = re.compile(r"\s*\((?:main|sub|lead|co|tbc|tbd|online|onsite|remote|virtual)\)", re.I)
_ORGANIZER_PREFIX = re.compile(r"^(?:and\s+)?(?:(?:co-?\s*)?organi[sz]ers?\b:?\s*)?", re.I)
_CO_ORGANIZERS = re.compile(r"(?:^|[;,]?\s*\b)(?:and\s+)?co-?organi[sz]ers?\b:?\s*", re.I)
_SALUTED = re.compile(rf"^(?:{SALUTATIONS})\b\.?", re.IGNORECASE)
_TBC = re.compile(r"^(?:tbc|tbd|tba|n/?a|none|to\s+be\s+confirmed)\.?$", re.IGNORECASE)
_UTC = re.compile(r"\b(?:UTC|GMT)\b")
# The roles a session page lists after its speakers, in order, when it drops their labels.
SLOT_ROLES = (
    Role.ORGANIZER,
    Role.SPEAKER,
    Role.MODERATOR,
    Role.ONLINE_MODERATOR,
    Role.RAPPORTEUR,
)
_MANY = frozenset({Role.ORGANIZER, Role.SPEAKER})  # slots a line of several names fills
# The lists of people a reporting template asks for, in order (docs/formats.md,
# "Reporting templates"): a list whose label was dropped from the page takes the role
# after the list before it.
TEMPLATE_LISTS: tuple[tuple[Role, ...], ...] = (
    (Role.ORGANIZER,),
    (Role.CHAIR, Role.MODERATOR),
    (Role.RAPPORTEUR,),
    (Role.SPEAKER,),
)
_GENDER_FIELDS = frozenset(
    {"participants", "women", "gender_discussed", "gender_summary", "gender"}
)
_TEXT_FIELDS = frozenset(
    {"key_issues", "way_forward", "presentations", "discussions", "description"}
)
_QUESTION_WORDS = 30  # a template's question item ("Please describe the Discussions ...:")
_DATE_LINE_WORDS = 20  # a line this short that starts with a date is the session's date line
_DATE_FIRST = re.compile(
    rf"^\W*(?:{listing.WEEKDAYS}|\d{{1,4}}(?:st|nd|rd|th)?\b|(?:{MONTH_NAMES})[a-z]*\b)",
    re.IGNORECASE,
)
# Where running text gives a session's date, and how far down a page it is looked for.
_DATE_SAID = re.compile(
    r"\b(?:took\s+place|(?:was\s+)?held|convened|started|opened|met|began|gathered)\b"
    r"[^.;]{0,60}?\s+on\s+|^\W*on\s+|"
    r"(?:s['’]est\s+(?:tenue?|déroulée?|ouverte?)|a\s+été\s+(?:tenue?|organisée?|ouverte?)|"
    r"a\s+eu\s+lieu|se\s+celebr[óo]|tuvo\s+lugar|"
    r"se\s+(?:realiz[óo]|llev[óo]\s+a\s+cabo|desarroll[óo])|"
    r"(?:foi\s+)?(?:realizad[oa]|aberto|aberta)\s+(?:no\s+dia|em)|aconteceu\s+(?:no\s+dia|em))"
    r"(?:\s+avec\s+succès)?\s+(?:(?:hier|ce|ayer|este)\s+)?(?:le\s+|el\s+)?|"
    # "ont organisé, le 4 septembre, un forum", "a formé, jeudi 14 septembre, 150 jeunes"
    rf",\s*(?:le\s+|el\s+)?(?=(?:(?:{listing.WEEKDAYS})\s+)?\d{{1,2}}(?:er)?\s+(?:de\s+)?[^\W\d_]{{3,}}\s*,)|"
    # A sentence that opens with the day: "On April 30, 2025, the ...", "Le 22 juin 2013
    # s'est tenue", "El próximo 23 de mayo de 2013 se celebrará"; "ce jeudi 27 juillet".
    r"(?:^|[.!?]\s+)\W*(?:on|le|el|este|ce)\s+(?:pr[óo]ximo\s+)?"
    rf"(?=\d|(?:{listing.WEEKDAYS}|{MONTH_NAMES})[a-z]*\.?,?\s+\d)|"
    rf"\b(?:ce|hier|este|ayer)\s+(?=(?:{listing.WEEKDAYS})\s+\d)|"
    # "La salle ... a abrité la 10ème édition du Forum ... le vendredi 17 novembre 2023",
    # "a présidé le 20 septembre 2018", "Tenue le 20 novembre, la session", "se tient ce jeudi"
    r"\ba\s+(?:abrit|présid|lanc|ouvert|accueilli|clôtur)[ée]?\b[^.;]{0,120}?\s+le\s+|"
    r"\btenue?s?\s+le\s+|\bse\s+tien(?:t|nent|dra)\s+(?:ce\s+|le\s+)?|"
    # "celebrará el próximo jueves, 7 de noviembre", "aura lieu le mardi 5 mars"
    r"\b(?:(?:se\s+)?celebrar[áa]|tendr[áa]\s+lugar|aura\s+lieu|se\s+tiendra)\s+"
    rf"(?:(?:el|le)\s+)?(?:pr[óo]ximo\s+|prochain\s+)?(?:(?:{listing.WEEKDAYS}),?\s+)?",
    re.IGNORECASE,
)
# A post's time stamp, a date and a time alone on a line ("3 noviembre, 2019 17:02"): the
# day it was posted, unless the text says another.
_POSTED_AT = re.compile(r"^\W*[^:|–—]{6,30}?\b\d{4},?\s+\d{1,2}:\d{2}\s*$")
# A day's schedule in a header run together: "Thursday, 12 November 2015, 14:00".
_SCHEDULED = re.compile(
    r"\b(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+[^:]{6,30}?\b\d{1,2}[:.]\d{2}\b)"
)
# A dateline: a date, a dash and the text it dates ("Monday, July 24, 2017 – This panel").
_DATELINE = re.compile(r"^\W*(?P<date>[^–—:]{6,40}?\b\d{4})\s+[–—-]\s+(?P<text>[A-Z]\w*\s+\w)")
_DATE_LAST = re.compile(r"\b\d{4}(?:,?\s+\d{1,2}[:.]\d{2}.*)?$")
_DATE_SEARCH_LINES = 40
# Days of a meeting, not a session's day: "September 14-17", "14 to 17 September".
_DAYS = re.compile(r"^\W*(?:[A-Za-z]+\.?\s+)?\d{1,2}(?:st|nd|rd|th)?\s*(?:[-–—]|to\b|and\b)\s*\d")
_YEAR_LINE = re.compile(
    r"^\s*(?:(?:Welcome\s+to\s+)?IGF\s*(?P<igf>(?:19|20)\d\d)\b|"
    r"(?P<place>[A-ZÀ-Þ][\w'’ .-]+),\s*(?P<year>(?:19|20)\d\d)\s*$)"
)
_YEAR_LINES = 12
_UNDER_TITLE_BLOCKS = 3  # a session's date line stands this close under its title
# "Welcome to workshop 27", "open forum number 40", in one of a transcript's first turns.
_SPOKEN_ID = re.compile(
    r"\b(?P<kind>workshop|WS|open\s+forum|launch\s+and\s+award\s+event|lightning\s+talk|"
    r"networking\s+session|town\s+hall)\s+(?:number\s+|no\.\s*|#\s*)?(?P<number>\d{1,3})\b",
    re.IGNORECASE,
)
_ID_TURNS = 3
# A form's question as a label ("Name(s) and organizational affiliation(s) of ..."): the
# words before its role cue name no organisation.
_FORM_QUESTION = re.compile(
    r"\b(?:names?|affiliations?|stakeholders?|details)\b|\(s\)|\b(?:of|for|and)\s*$", re.I
)
# A form's next question, which ends a list of people: "... before?: Yes", "... report(s):".
_FORM_LABEL = re.compile(r"\?\s*(?::.{0,20})?$|\(s\)\s*:\s*$")
# A paragraph running this many "NAME — post, organisation" together lists people.
_CAPITALISED_LISTED = 2
_LONG_PARAGRAPH = 25  # words: a paragraph this long ends a list of people a heading opened
_ORGANISER_WORDS = 6  # the organiser line under a listed session's id is this short
_AGENDA_TOPIC_WORDS = 12  # the topic before an agenda line's speakers is this short


@dataclass
class Section:
    """Where the reader is: a list of people in ``roles``, or a part named ``name``."""

    roles: tuple[Role, ...] = ()
    name: str | None = None
    panel: int | str | None = None
    one_party: bool = False  # a label of a session page's slot: it holds one name
    by_position: bool = False  # a list whose label was dropped: its role is known by position
    under_heading: bool = False  # opened by a heading ("Panel 1"), not by a label with a value
    filled: bool = False  # a title or one-party section that got its value
    values: int = 0  # the blocks read into a list of people so far


@dataclass(frozen=True)
class Profile:
    """What a template family tells the reader: its variant name and its priors."""

    variant: str = VARIANT
    slots: bool = False  # a session page: bare name lines after the speakers fill slot roles
    header: re.Pattern[str] | None = None  # the template's header line (a label, not a title)
    listing: bool = True  # the file may hold many sessions (a programme, a schedule)
    surname_first: bool = False  # names may be written surname first (``Cath, Corinne``)
    lists: tuple[tuple[Role, ...], ...] = ()  # a template's lists of people, in order
    year: int | None = None  # the meeting of a template whose header names no year
    acts_speak: bool = True  # "X presented ..." in prose makes X a speaker (not in summaries)


def read(source: SourceText, reason: str = REASON, profile: Profile | None = None) -> Report:
    """The report of ``source`` read by cues; :class:`InputError` for a form of bare labels."""
    return read_all(source, reason, profile)[0]


def read_all(
    source: SourceText, reason: str = REASON, profile: Profile | None = None
) -> list[Report]:
    """Every session ``source`` holds: one report, or one per session of a listing
    (:mod:`igfgraph.parse.listing`) unless a template profile says it is one report."""
    blocks = read_blocks(source.lines)
    if blocks and all(block.kind is Kind.HEADING and _is_label(block) for block in blocks):
        raise InputError(
            source.path,
            f"line {blocks[0].first}: every line is a label with no value; "
            "fill in the report before reading it",
        )
    blocks, related = _before_related(blocks)
    reports = _read_blocks(source, blocks, reason, profile)
    if related:  # links to other pages' sessions: the page's, not a session
        first = reports[0]
        first.labels = sorted(
            [*listing.own_lines(source, related), *first.labels], key=lambda s: s.start_line
        )
    return reports


# A page's links to other sessions after its own: "Related Sessions" ("Other Events" is a
# session type on IGF 2012's pages).
_RELATED = re.compile(
    r"^(?:related|similar)\s+(?:sessions|events|workshops|content|posts|articles|news)\s*:?$|"
    r"^see\s+also\s*:?$|^you\s+(?:may|might)\s+also\s+like\s*:?$",
    re.IGNORECASE,
)


def _before_related(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """``blocks`` cut before a heading of links to other sessions (``Related Sessions``),
    and the blocks from it on; a document that starts with one is left whole."""
    for number, block in enumerate(blocks[1:], 1):
        if block.kind in (Kind.HEADING, Kind.PARAGRAPH) and _RELATED.match(block.text.strip()):
            return blocks[:number], blocks[number:]
    return blocks, []


def _read_blocks(
    source: SourceText, blocks: list[Block], reason: str, profile: Profile | None
) -> list[Report]:
    """The reports of ``blocks``, the document's: :func:`read_all` without its tail."""
    if profile is None and transcript.is_transcript(blocks):
        return [_Reader(source, blocks, TRANSCRIPT_REASON, Profile(TRANSCRIPT)).report()]
    profile = profile or Profile()
    found = listing.listing_parts(blocks) if profile.listing else None
    if found is None and profile.variant == VARIANT:
        found = _titled_sessions(blocks)
    if found is None:
        parts = (
            writeup_parts(blocks)
            if profile.variant == VARIANT
            else [WriteupPart(blocks, Opener.FORUM)]
        )
        known = KnownNames(blocks)
        reports = [
            _Reader(source, part.blocks, reason, profile, known=known, headed=part.headed).report()
            for part in parts
        ]
        forum = reports[0].session
        held = forum.date is not None and _told_in_prose(parts[0].blocks, forum.spans["date"])
        for part, report in zip(parts, reports, strict=True):
            report.session.year = report.session.year or forum.year
            if report.session.date is None and held:  # "held on June 5th": the day of each
                report.session.date, report.session.spans["date"] = forum.date, forum.spans["date"]
            if part.untitled:
                _ceremony(report.session)
            elif report.session.title is None and (found := panel_title(part)):
                title, block = found  # "La primera mesa redonda ... versó sobre X."
                report.session.title = report.session.title_as_written = ascii_punctuation(title)
                report.session.spans["title"] = source.span(block.first, block.last)
        return reports
    own, parts, year = found
    reports = [
        _Reader(source, part.blocks, reason, profile, part=part, year=year).report()
        for part in parts
    ]
    first = reports[0]
    first.labels = sorted(
        [*listing.own_lines(source, own), *first.labels], key=lambda span: span.start_line
    )
    return listing.agenda_of_one(listing.merge_repeats(listing.drop_breaks(reports)))


def names_known(blocks: list[Block]) -> dict[str, str]:
    """Who a document's single name words (``Hofmann``, ``Paul``) are: the people its
    running text names in full."""
    return known_names_of(
        name for b in blocks if b.kind in PROSE_KINDS for name in person_names(b.text)
    )


class KnownNames:
    """:func:`names_known` of ``blocks``, worked out when a reader first needs it (a
    document whose prose is never read for people needs none) and then kept."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self._names: dict[str, str] | None = None

    def get(self) -> dict[str, str]:
        """Single name word -> the full name it stands for."""
        if self._names is None:
            self._names = names_known(self.blocks)
        return self._names


def _titled_sessions(blocks: list[Block]) -> tuple[list[Block], list[listing.Part], int] | None:
    """A page listing sessions by their titles, each heading followed by a label of its
    people (``Internet Society Panelist: Michuki Mwangi``): the page's own blocks, the
    sessions, and the year its own blocks give; None for fewer than two such headings."""
    starts = [
        number
        for number, block in enumerate(blocks[:-1])
        if (block.kind in _TITLE_KINDS or _NUMBERED_ITEM.match(block.text))
        and block.first == block.last
        and not block.roles
        and not label_section(block.label or block.text)
        and len(block.text.split()) <= _TITLE_LINE_WORDS[1]
        and not FURNITURE.match(block.text.strip())
        and read_entry(block.text) is None  # "Anjan Bose, Ecpat International": a person
        and (
            (
                blocks[number + 1].kind is Kind.FIELD
                and bool(blocks[number + 1].roles or _timed_field(blocks[number + 1]))
                and len(block.text.split()) >= _TITLE_LINE_WORDS[0]
                and block.kind in _TITLE_KINDS
            )
            or _people_listed(blocks[number + 1 : number + 1 + _LISTED_UNDER_TITLE])
        )
    ]
    timed = any(listing.is_time_slot(block.text) for block in blocks)
    if len(starts) < SESSIONS_NAMED or timed:
        return None  # a programme with time slots is a listing's to read
    own = blocks[: starts[0]]
    each_timed = all(_timed_field(blocks[start + 1]) for start in starts)
    if not each_timed and any(b.kind is Kind.PARAGRAPH and _sentences(b.joined) for b in own):
        return None  # a session's page, described before its agenda's items
    parts = [
        listing.Part(
            blocks[start],
            _NUMBERED_ITEM.sub("", blocks[start].text).strip(),
            blocks[start + 1 : end],
            roles=(Role.SPEAKER,) if blocks[start + 1].kind is Kind.ITEM else (),
        )
        for start, end in itertools.pairwise([*starts, len(blocks)])
    ]
    year = next((int(m["year"]) for b in own if (m := _YEAR.search(b.text))), None)
    dates = [(date, b) for b in own if (date := parse_date(b.joined))]
    if each_timed and len({date for date, _ in dates}) == 1:
        for part in parts:  # "The pre-events will be held ... on 5 November 2012"
            part.date = dates[0]
    return own, parts, year


def _timed_field(block: Block) -> bool:
    """A label that gives a session's time or date (``Time of the event : 9.00 - 18.00``)."""
    return block.kind is Kind.FIELD and label_section(block.label) in ("time", "date")


def _people_listed(blocks: list[Block]) -> bool:
    """True when ``blocks`` (those right under a title) begin with items each naming a
    person with an affiliation (``• Oleg Demidov, PIR-Center``): a programme's speakers."""
    items = list(itertools.takewhile(lambda block: block.kind is Kind.ITEM, blocks))
    return bool(items) and all(
        (entry := read_entry(block.joined)) is not None and bool(entry.organisation)
        for block in items
    )


_LISTED_UNDER_TITLE = 2  # the items right under a title that tell a list of speakers
# "1. Para Bellum? Si vis pacem!": a numbered session title, read as a list's item.
_NUMBERED_ITEM = re.compile(r"^\s*\d{1,2}\.\s+(?=[A-ZÀ-Þ])")


def _told_in_prose(blocks: list[Block], span: SourceSpan) -> bool:
    """True when ``span`` lies in a paragraph of running text (``The forum, held on June
    5th, ...``), not on a line of its own such as a post's date."""
    return any(
        block.kind is Kind.PARAGRAPH
        and block.first <= span.start_line <= block.last
        and len(block.joined.split()) >= _PROSE_WORDS
        for block in blocks
    )


def _ceremony(session: Session) -> None:
    """An opening or keynote a write-up tells of: a session of type other, with no title
    (the headline or a panel's name it may have taken is another session's)."""
    session.title = session.title_as_written = None
    session.spans.pop("title", None)
    session.type, session.type_inferred = OTHER, False
    session.spans.pop("type", None)


# A host city's year, by its name in lower case.
_HOST_YEAR = {city.lower(): year for city, year in HOST_YEARS.items()}
_CITY = "|".join(re.escape(city) for city in _HOST_YEAR)
# "IGF Forum Athens", "the IGF in Vilnius", "Internet Governance Forum at Baku", "Kyoto IGF".
_HOSTED_AT = re.compile(
    rf"\b(?:IGF|Internet\s+Governance\s+Forum)(?:\s+(?:forum|meeting))?\s+(?:(?:in|at)\s+)?"
    rf"(?P<city>{_CITY})\b|\b(?P<before>{_CITY})\s+IGF\b",
    re.IGNORECASE,
)


# The meeting, its host city and country before a title: "Internet Governance Forum Athens,
# Greece Opening Ceremony".
_HOSTED_PREFIX = re.compile(
    rf"^\s*(?:internet\s+governance\s+forum|igf)\s+(?P<city>{_CITY})(?:,\s*[A-Z][\w ]{{2,30}}?)?"
    r"\s+(?=[A-Z])",
    re.IGNORECASE,
)
_WEEKDAY_AT_END = re.compile(rf",?\s*\b(?:{listing.WEEKDAYS}),?\s*$", re.IGNORECASE)
# "Internet Governance Forum Open Consultations": the forum's name before a meeting of it.
_FORUM_PREFIX = re.compile(
    r"^\s*internet\s+governance\s+forum\s*(?:\(IGF\)\s*)?[:–—-]?\s*(?=(?:open\s+)?consultation|"
    r"mag\b|multistakeholder\s+advisory|advisory\s+group|preparatory|taking\s+stock|opening|"
    r"closing|main\s+session|workshop|open\s+forum|high[\s-]level)",
    re.IGNORECASE,
)
# "... Ceremony 30 October 2006", "... Meeting 14 - 16 January 2020 United Nations Office
# at Geneva (UNOG), Switzerland": a date or dates after a title, and the place after them.
_HOST_PREFIX = re.compile(r"^(?P<body>[A-Z][A-Za-z0-9&.]{1,9})\s+[-–]\s+(?P<title>[A-Z].{3,})$")
_PLACE_LINE = re.compile(r"^[A-ZÀ-Þ][\w' .-]+(?:,\s*[A-ZÀ-Þ][\w' .-]+)?$")  # "Istanbul, Turkey"
# A national or regional IGF's name and year, then a headline about it.
_NRI_HEADLINE = re.compile(
    r"^(?P<meeting>(?:[A-Z][\w-]*\s+){1,4}(?:IGF|Internet\s+Governance\s+Forum)\s+20\d\d)"
    r"\s*:\s+\S"
)
# A page's headline on an organisation taking part in a meeting: "Diplo/GIP at IGF 2025".
_TAKING_PART = re.compile(
    r"^[^:]{2,60}?\s+(?:at|@)\s+(?:the\s+)?(?:IGF|Internet\s+Governance\s+Forum)\s*"
    r"(?P<year>20\d\d)$"
)
# What follows a meeting's name in a transcript's heading: its sitting ("- Morning Session",
# "TRANSCRIPT OF THE AFTERNOON SESSION FRIDAY") and its month ("- February 2012").
_SITTING_SUFFIX = re.compile(
    r"(?:\s*[–—-])?\s+(?:transcript\s+of\s+(?:the\s+)?)?(?:morning|afternoon|evening)\s+"
    r"(?:session|sitting)\b.*$|"
    r"(?:\s*[–—-])?\s+day\s+\d(?:\s*[-–—,]?\s*(?:morning|afternoon|evening))?\s*$",  # "Day 1"
    re.IGNORECASE,
)
# Sentences in a title line: a description cut into the heading, no title.
_SENTENCE_BREAK = re.compile(r"[a-z]\.\s+[A-Z]")
_SENTENCES_NO_TITLE = 2
# A captioned transcript's heading on the IGF's old site: "FINISHED - 2014 09 05 - ...".
_CAPTIONED_HEADING = re.compile(
    r"^(?:finished|final|raw|unedited)\s*[-–—]\s*(?P<date>(?:19|20)\d\d[ ._-]\d\d[ ._-]\d\d)"
    r"\s*[-–—]\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# ... and without its dashes, the word last: "2015 11 13 Closing Ceremony Main Meeting Hall
# FINISHED".
_CAPTIONED_LAST = re.compile(
    r"^(?P<date>(?:19|20)\d\d[ ._-]\d\d[ ._-]\d\d)\s+(?P<rest>\S.*?)\s+"
    r"(?:finished|final|raw|unedited)\s*$",
    re.IGNORECASE,
)
# The room a captioned heading ends with: "Main Hall", "Room 5", "Workshop Room 3".
_ROOM_PART = re.compile(
    r"(?:main|plenary|conference|assembly)\s+(?:meeting\s+)?(?:hall|room)(?:\s+\w+)?|"
    r"(?:(?:workshop|conference|meeting|press)\s+)?(?:room|hall|salle|sala)\s+[\w-]{1,5}",
    re.IGNORECASE,
)
_ROOM_AT_END = re.compile(rf"\s+(?:{_ROOM_PART.pattern})$", re.IGNORECASE)
_DAY0_DASH = re.compile(r"\bDay\s+0\s*[–—-]\s*Event\b", re.IGNORECASE)
_MONTH_SUFFIX = re.compile(
    rf"\s*[–—-]\s*(?:{MONTH_NAMES})\s+(?P<year>(?:19|20)\d\d)\s*$", re.IGNORECASE
)
_DATE_SUFFIX = re.compile(
    r"\s+(?P<date>\d{1,2}(?P<range>\s*[-–]\s*\d{1,2})?\s+[A-Za-z]{3,9}\.?,?\s+\d{4})"
    r"(?:\s*$|\s+(?=[A-Z]))"
)


def _meeting_number(ordinal: re.Match[str]) -> int:
    """The number of the annual meeting an ordinal names (the first is 1)."""
    if ordinal["number"]:
        return int(ordinal["number"])
    if ordinal["french"]:
        word = ordinal["french"].lower()
        return 1 if word == "premier" else _FRENCH_ORDINALS.index(word) + 1
    return _ORDINALS.index(ordinal["ordinal"].lower().replace("eigth", "eighth")) + 1


def _is_label(block: Block) -> bool:
    return bool(block.label or block.roles or label_section(block.text))


class _Reader:
    """The state of reading one document."""

    def __init__(
        self,
        source: SourceText,
        blocks: list[Block],
        reason: str,
        profile: Profile,
        part: listing.Part | None = None,
        year: int | None = None,
        known: KnownNames | None = None,
        headed: bool = True,
    ) -> None:
        self.source = source
        self.headed = headed  # False for a session a write-up opens in its running text
        self.blocks = blocks
        self.profile = profile
        self.part = part  # the session of a listing this reads, with its listing's headings
        self.listing_year = year
        self.report_ = Report(
            source=source.path,
            sha256=source.sha256,
            variant=profile.variant,
            variant_reason=reason,
            encoding=source.encoding,
            session=Session(),
        )
        self.people: list[PersonMention] = []
        self.organizers: list[Organizer] = []
        self.title_block: Block | None = None
        self.slots = profile.slots or any(
            block.kind in (Kind.FIELD, Kind.HEADING) and _NUMBERED_PARTY.search(block.label or "")
            for block in blocks
        )
        self.slot = 0  # the next slot role a bare name takes
        self.surname_first = self.slots or profile.surname_first or part is not None
        self.header_year: int | None = None
        self.headline = False  # the title is the page's first line, maybe a headline of its own
        self.table_role: Role | None = None  # a flattened table's rows come: their role
        self.known = known if known is not None else KnownNames(blocks)
        self.passages: dict[str, list[Passage]] = {}
        self.gender_statements: list[tuple[str, Passage]] = []
        self.participation: list[Passage] = []  # prose estimates ("About 35 attended ...")
        self.speakers_said = False  # the text says the people it reports spoke
        self.affiliation: str | None = None  # "Organizational Affiliation:" of the names next
        self.pictured = {  # people a schedule shows a photo of: persons, whatever their names
            avatar["name"].casefold() for block in blocks if (avatar := AVATAR.match(block.text))
        }

    def span(self, block: Block) -> SourceSpan:
        return self.source.span(block.first, block.last)

    def label(self, block: Block) -> None:
        self.report_.labels.append(self.span(block))

    def report(self) -> Report:
        report = self.report_
        if self.part is not None:
            self.read_part_header(self.part)
        elif self.headed:
            self.read_header()
        if report.variant == TRANSCRIPT:
            self.read_transcript()
        else:
            if report.variant == VARIANT:
                report.warnings.append(
                    f"{self.source.path}: {report.variant_reason} (read by its cues)"
                )
            self.walk()
        self.finish()
        if not self.profile.listing and report.variant != TRANSCRIPT and _empty(report):
            raise InputError(
                self.source.path,
                f"has the {report.variant} template but every answer is empty; "
                "fill in at least the session title and speakers",
            )
        return report

    # --- the session -----------------------------------------------------------------

    def read_header(self) -> None:
        """The title from an ``IGF <year>`` header or the first heading that is not page
        furniture (a title label, read in the walk, wins over both)."""
        labelled = any(  # "Title: X", a "Title" heading, or "Session Title" alone on a line
            label_section(b.label or b.text) == "title"
            for b in self.blocks[:30]
            if (b.label and b.kind is Kind.FIELD) or b.kind is Kind.HEADING or _bare_label(b)
        )
        if labelled:
            return
        for block in self.blocks[:12]:
            text = block.text.strip()
            if block.kind in _TITLE_KINDS and len(text.split()) <= 30 and not block.roles:
                prefix = _MEETING_PREFIX.match(text)
                rest = text[prefix.end() if prefix else 0 :].strip()
                if FURNITURE.match(rest) or rest[:1].islower():
                    continue  # "IGF 2019 Reports": the site's section; "1 of 47": a page count;
                    # "IGF 2014 sub theme that this workshop falls under": a form's question
                if prefix or split_session_id(text)[1]:
                    self.read_title(block, text)  # "IGF 2019 WS #268 ...", "WS 68 E-Participation"
                    index = self.blocks.index(block) + 1
                    self.title_second_line(block, next(iter(self.blocks[index:]), None))
                    return
        for block in self.blocks[:8]:
            header = self.profile.header and self.profile.header.match(block.text)
            if block.roles or label_section(block.label or block.text):
                return  # the content begins: no title line before it
            if self.is_furniture(block) or header or listing.is_schedule_heading(block.text):
                continue
            if _dateline(block.text):
                continue  # "Oghenevwede Ohwovoriole in Abuja": a reporter's byline
            if block.kind is Kind.FIELD and block is self.blocks[0]:
                self.read_title(block, block.text)  # "Addis Ababa meeting: follow-up"
                return
            if block.kind is Kind.ROW and _MEETING_SUFFIX.search(block.text):
                self.read_title(block, block.text)  # "CLOSING CEREMONY | IGF 2023"
                self.headline = True
                return
            if block.kind in _TITLE_KINDS and _HOSTED_PREFIX.match(block.text):
                self.read_title(block, block.text)  # "Internet Governance Forum Athens, ..."
                return
            dated = _DATED_TITLE.match(block.text.strip())
            title = dated and (dated["title"] or dated["title_after"])
            date = dated and (dated["date"] or dated["date_first"])
            if dated and block.kind is Kind.HEADING and _titled(title):
                if not is_place(title) and (parse_date(date) or parse_date(date, in_range=True)):
                    # "NRIs Virtual Meeting II, 28 March 2018", "27 September 2011, Title",
                    # "Open Consultations - Afternoon Session - 23 February 2009"
                    self.read_title(block, title)
                    self.read_date(date, block, labelled=False)
                    return
            dated = _DATE_SUFFIX.search(block.text) if block.kind is Kind.HEADING else None
            where = block.text[dated.end() :].strip(" .").split(",") if dated else []
            placed = any(_ends_in_place(part) for part in where[:1] + where[-1:])
            before = block.text[: dated.start()] if dated else ""
            # "... FORUM TRANSCRIPT OF AFTERNOON SESSION 17 FEBRUARY 2006", "Open
            # Consultations Geneva, Switzerland 16 September, 2008"
            placed = placed or bool(_SITTING_SUFFIX.search(before) or _place_at_end(before))
            if dated and placed and _titled(before.rstrip(" ,")):  # "... Thursday, 23 June"
                self.read_title(block, block.text)  # "Open Consultations 3 September 2007 Geneva"
                return
            if block.kind not in (Kind.HEADING, Kind.PARAGRAPH) or not _titled(block.text):
                continue
            if block.kind is Kind.PARAGRAPH and (block.last > block.first or len(block.text) > 150):
                return  # the document opens with prose: it has no title line
            self.read_title(block, block.text)
            self.headline = True
            return

    def read_part_header(self, part: listing.Part) -> None:
        """A listing's session: the title its header gives, the date and time the listing
        gives it, the people of a role label glued to its title, the prose after a
        scheduled item, and the organiser line under a listed id."""
        session = self.report_.session
        title, speakers = _title_and_speakers(part.title)
        self.read_title(part.header, title)
        self.title_second_line(part.header, next(iter(self.blocks), None))
        # "Welcome and opening address, Philipp Metzger, OFCOM ...", "Opening - Mr. A and Ms. B"
        self.add(part.header, speakers, (Role.SPEAKER,), None)
        session.type = session.type or part.type
        if part.date:
            session.date, session.spans["date"] = part.date[0], self.span(part.date[1])
        if part.time:
            session.time, session.spans["time"] = part.time[0], self.span(part.time[1])
        session.year = session.year or self.listing_year
        for block in part.labels:
            self.label(block)
        if part.rest and not self.inline_labels(part.header, part.rest):
            self.add_passage("discussions", part.rest, self.span(part.header))
        if session.id and self.blocks and self.organiser_line(self.blocks[0]):
            self.label(self.blocks.pop(0))

    def organiser_line(self, block: Block) -> bool:
        """``IGF 2019 Pre-Event #2 Title`` then ``Missions Publiques``: a short line right
        under a listed id that is no label names the session's organiser."""
        written = re.sub(r"\([^()]*\)", "", block.text).strip()
        if (
            block.kind is not Kind.HEADING
            or block.roles
            or label_section(block.text)
            or self.is_furniture(block)
            or not written[:1].isupper()
            or len(written.split()) > _ORGANISER_WORDS
        ):
            return False
        return self.add_organising_party(block, written)

    def title_second_line(self, header: Block, following: Block | None) -> None:
        """``IGF 2018 WS #136`` alone, then the title on the ``following`` line."""
        session = self.report_.session
        if session.title or not session.id or following is None:
            return
        if (
            following.kind in (Kind.HEADING, Kind.PARAGRAPH)
            and len(following.text.split()) <= _TITLE_LINE_WORDS[1]  # not a paragraph of prose
            and not self.is_furniture(following)
        ):
            title = following.text.strip().rstrip(" :")  # "Towards NetMundial +5:"
            session.title = ascii_punctuation(recase_title(title)) or None
            session.title_as_written = f"{session.title_as_written} {following.text.strip()}"
            span = self.source.span(header.first, following.last)
            session.spans["title"] = session.spans["id"] = session.spans["type"] = span
            self.title_block = following

    def wiki_page(self) -> bool:
        """True for a wiki's page (``From EuroDIG Wiki`` under its name)."""
        return any(_FROM_WIKI.fullmatch(block.text.strip()) for block in self.blocks[:4])

    def is_furniture(self, block: Block) -> bool:
        if block.kind not in (Kind.HEADING, Kind.PARAGRAPH):
            return False
        text = re.sub(r"^#+\s*|\*{2}", "", block.text).strip()
        return bool(FURNITURE.match(text))

    def read_title(self, block: Block, written: str) -> None:
        session = self.report_.session
        written_title = written.strip()
        written = re.sub(r"^#+\s*|\*+", "", written).strip()
        year, kind = None, None
        if captioned := _CAPTIONED_HEADING.match(written) or _CAPTIONED_LAST.match(written):
            written, kind = self.captioned_heading(captioned, block)
        written = _DAY0_DASH.sub("Day 0 Event", written)  # "IGF 2023 – Day 0 – Event #59"
        written = _WIKI_DIFFERENCE.sub("", written)  # "Wrap up 2020: Difference between revisions"
        if self.wiki_page() and (paged := _WIKI_PAGE_YEAR.match(written)):
            year, written = int(paged["year"]), paged["title"]  # "Wrap-up 2019": its page name
        if prefix := _MEETING_PREFIX.match(written):
            year = int(prefix["year"] or prefix["year_first"])  # "IGF 2019", "2019 IGF"
            written = written[prefix.end() :]
            # "IGF 2022 Day 2 YCIG IGF 2022 YCIG DC Session": a room before the name again;
            # "IGF 2023 – Day 0 – Event #59 IGF 2023 NRIs ...": an id before it, kept
            if again := list(re.finditer(rf"\bIGF\s*{year}\b[\s:–—-]*", written)):
                lead_id = split_session_id(written[: again[-1].start()].strip(" :–—-"))[1]
                written = f"{lead_id or ''} {written[again[-1].end() :]}".strip()
        if suffix := _MEETING_SUFFIX.search(written):
            year = year or int(suffix["year"])
            written = written[: suffix.start()]
        written = _FORUM_PREFIX.sub("", written)
        if hosted := _HOSTED_PREFIX.match(written):  # "Internet Governance Forum Athens, Greece"
            written = written[hosted.end() :]
            year = year or _HOST_YEAR[hosted["city"].lower()]
        if (dated := _DATE_SUFFIX.search(written)) and parse_date(
            dated["date"], in_range=bool(dated["range"])
        ):
            self.read_date(dated["date"], block, labelled=False)
            written = _WEEKDAY_AT_END.sub("", written[: dated.start()])  # "IGF Workshop Monday"
        if month := _MONTH_SUFFIX.search(written):
            year = year or int(month["year"])
            written = written[: month.start()]
        if (sitting := _SITTING_SUFFIX.search(written)) and sitting.start() > 0:
            written = written[: sitting.start()]
        if place := _place_at_end(written):
            written = written[:place]  # "Open Consultations Geneva, Switzerland"
        if labelled := _TYPE_LABEL.match(written):  # "Pre-event: Governance in a ..."
            written = written[labelled.end() :]
            session.type = session.type or type_from_text(labelled.group())
        if proposal := _PROPOSAL.match(written):  # "Workshop Proposal :: (No: 116) Title"
            written = f"WS #{proposal['number']} {written[proposal.end() :]}"
        bare, session.id, session.type = split_session_id(written)
        session.type = session.type or kind
        bare = _TITLE_LEAD.sub("", bare)
        bare = _NUMBERED_LEAD.sub("", bare)  # "(S8) Internet governance in SEE", "Sessão 11: ..."
        bare = _TITLE_TAG.sub("", bare)  # "Internet Infrastructure: Technology [CB]"
        if self.report_.variant == TRANSCRIPT:
            bare = _RAW.sub("", bare)  # "Welcome To Norway Raw": the raw captions' page
        bare = _FULL_STOP.sub("", bare)
        bare = _QUOTED_TITLE.sub(r"\g<title>", bare.strip())  # 'WS #256 "Is Blockchain ...?"'
        session.title_as_written = written_title
        session.title = ascii_punctuation(recase_title(bare.strip(" :-–—|,"))) or None
        if session.title and session.title[0].islower():
            session.title = None  # "IGF 2019: notes from the opening day": a page's headline
        if session.title and len(_SENTENCE_BREAK.findall(session.title)) >= _SENTENCES_NO_TITLE:
            session.title = None  # "Pre-event. The session will have two parts. The first ..."
        if (
            session.title
            and _PLACE_LINE.match(session.title)
            and is_place(session.title.split(",")[0])
        ):
            session.title = None  # "Istanbul, Turkey": where, not what
        host = _HOST_PREFIX.match(session.title or "") if self.profile.variant == "sched" else None
        if host and is_acronym(host["body"]) and self.add_organising_party(block, host["body"]):
            session.title = host["title"]  # a schedule's "ISOC - Collaborative Leadership ..."
        if session.title and (meeting := _NRI_HEADLINE.match(session.title)):
            session.title = meeting["meeting"]  # "Ghana IGF 2025: A Landmark Event for ..."
        if session.title and (taking_part := _TAKING_PART.match(session.title)):
            session.title = None  # "Diplo/GIP at IGF 2025": who took part, not a session
            year = year or int(taking_part["year"])
        session.year = session.year or year
        span = self.span(block)
        session.spans["title"] = span
        if session.type is None and (kind := type_from_text(written)):
            session.type = kind
        if session.id or session.type:
            session.spans["id"] = session.spans["type"] = span
        self.title_block = block

    def captioned_heading(self, heading: re.Match[str], block: Block) -> tuple[str, str | None]:
        """The title of a captioned transcript's heading, ``FINISHED - 2014 09 05 - Main
        Session - Taking Stock / Emerging Issues - Main Hall``, its date and type read and
        its room dropped ("WS 152 - Title" keeps its id for the title to give)."""
        self.read_date("-".join(heading["date"].replace(".", " ").split()), block, False)
        parts = re.split(r"\s+[-–—]\s+", heading["rest"].strip())
        if len(parts) > 1 and _ROOM_PART.fullmatch(parts[-1]):
            parts.pop()
        elif len(parts) == 1 and (room := _ROOM_AT_END.search(parts[0])):
            parts = [parts[0][: room.start()]]  # "Closing Ceremony Main Meeting Hall"
        lead, kind = parts[0], None
        lead_id = split_session_id(lead)[1]
        if len(parts) > 1 and lead_id:
            parts[:2] = [f"{lead} {parts[1]}"]  # "WS 152 Youth in Internet Governance"
        elif len(parts) > 1 and (kind := type_from_text(lead)):
            parts.pop(0)  # "Main Session"
        return " - ".join(parts), kind

    def read_date(self, text: str, block: Block, labelled: bool) -> bool:
        session = self.report_.session
        date = parse_date(text)
        time = parse_time(text) if labelled or date else None
        if date is None and time is None:
            if meeting := parse_date(text, in_range=True):  # "14 September - 17 September 2010"
                session.year = session.year or meeting.year
                self.label(block)
                return True
            return False
        span = self.span(block)
        if date and session.date is None:
            session.date, session.spans["date"] = date, span
        if time and session.time is None:
            session.time = f"{time} UTC" if _UTC.search(text) and labelled else time
            session.spans["time"] = span
        if span not in session.spans.values():
            self.label(block)  # a date or time given again: read already
        return True

    def complete_title(self) -> None:
        """A title a page cut short (``A Dialogue on ZeroRating and ...``) in full, from
        where the document writes it again: up to the names, date, link or label after it."""
        session = self.report_.session
        title, span = session.title, session.spans.get("title")
        if not title or not title.endswith("...") or span is None:
            return
        start = title.removesuffix("...").rstrip()
        for line in self.source.lines[span.end_line :]:
            at = ascii_punctuation(line).find(start)
            if at < 0:
                continue
            rest = ascii_punctuation(line)[at + len(start) :]
            ends = [byline[1] for _, cut in bylines(rest) if (byline := _byline_names(rest[:cut]))]
            if found := _TITLE_END.search(rest):
                ends.append(found.start())
            if ends and (full := f"{start}{rest[: min(ends)]}".strip(" ,;:-")) != start:
                session.title = full
                return

    def title_from_text(self) -> None:
        """A write-up names its session in its text ('a workshop titled "X"', 'At today's
        'Taking Stock' session'): the first so named is the title, when the page gave none
        or only a headline of its own ("Virtual Vint in Egypt")."""
        session = self.report_.session
        if self.part is not None or (session.title and (session.id or not self.headline)):
            return
        passages = sorted(
            (found for name in _TEXT_FIELDS for found in self.passages.get(name, [])),
            key=lambda found: found.span.start_line,
        )
        for found in passages:
            if named := named_sessions(found.as_written):
                title, written = named[0]
                session.title, session.title_as_written = ascii_punctuation(title), title
                session.spans["title"] = found.span
                if kind := type_from_text(written):
                    session.type, session.spans["type"] = kind, found.span
                return

    def complete_session(self) -> None:
        session = self.report_.session
        self.complete_title()
        self.title_from_text()
        if session.date is None and self.title_block in self.blocks:
            start = self.blocks.index(self.title_block) + 1
            for block in self.blocks[start : start + 4]:
                short = (
                    block.kind in (Kind.HEADING, Kind.PARAGRAPH) and len(block.text.split()) <= 20
                )
                if (
                    short
                    and self.span(block) not in self.report_.labels
                    and not listing.PAGE_DATE.search(block.text)
                    and self.read_date(block.text, block, False)
                ):
                    self.label(block)
                    break
        if session.date is None and self.part is None:
            self.date_in_text()  # a listed session has the date its listing gives
        text = "\n".join(self.source.lines[:40])
        if session.year is None and session.date is not None:
            session.year = session.date.year
        session.year = session.year or self.header_year
        if session.year is None and (ordinal := _ORDINAL_MEETING.search(text)):
            session.year = 2005 + _meeting_number(ordinal)
            self.year_from(text, ordinal.start())
        if session.year is None and (year := _YEAR.search(session.title_as_written or "")):
            session.year = int(year["year"])
        if session.year is None and (line := self.year_line()):
            session.year, session.spans["year"] = line
        if self.source.address and self.blocks:
            self.from_address(self.source.address, self.blocks[0], fetched=True)
        elif self.blocks and (address := _ADDRESS.fullmatch(self.blocks[0].text.strip())):
            self.from_address(address.group(), self.blocks[0])
        if session.year is None and (hosted := _HOSTED_AT.search(text)):
            city = hosted["city"] or hosted["before"]
            session.year = _HOST_YEAR[city.lower()]  # "IGF Forum Athens": 2006
            self.year_from(text, hosted.start())
        if session.date is None and session.year and self.part is None:
            day = listing.schedule_day(self.blocks, session.year) or self.date_under_title()
            if day:  # "Tuesday, December 6", "2 September, 11.00 - 12.30, Main Meeting Hall"
                session.date, session.spans["date"] = day[0], self.span(day[1])
            else:
                self.date_in_text()  # "held on June 5th", now that the year is known
        if session.type is None and (inferred := infer_type(session.date)):
            session.type, session.type_inferred = inferred, True
            session.spans["type"] = session.spans["date"]
        head = "\n".join(self.source.lines[:6])  # not a write-up's panel's: another session's
        if session.type is None and self.headed and (kind := type_from_text(head)):
            session.type = kind
            session.spans.setdefault("type", self.source.span(1, min(6, len(self.source.lines))))
        if not session.spans and self.blocks:  # read from nothing but the document itself
            session.spans["document"] = self.span(self.blocks[0])
        session.meeting = f"IGF {session.year}" if session.year else None

    def date_under_title(self) -> tuple[dt.date, Block] | None:
        """A day and month with no year in a short line just under the title, in the
        session's year."""
        year = self.report_.session.year
        if year is None or self.title_block not in self.blocks:
            return None
        start = self.blocks.index(self.title_block) + 1
        for block in self.blocks[start : start + _UNDER_TITLE_BLOCKS]:
            if len(block.text.split()) <= _DATE_LINE_WORDS and (
                date := listing.day_without_year(block.text, year)
            ):
                return date, block
        return None

    def year_from(self, text: str, offset: int) -> None:
        """The span of the line of the document's opening ``text`` that gave the year."""
        line = text.count("\n", 0, offset) + 1
        self.report_.session.spans["year"] = self.source.span(line)

    def from_address(self, address: str, block: Block, fetched: bool = False) -> None:
        """The id, type, year and date a page's own address gives where the page does not
        (``https://www.intgovforum.org/en/content/igf-2023-ws-209-...``), the address its
        first line or, ``fetched``, the URL the page came from (the span then names it)."""
        session = self.report_.session
        span = self.span(block)
        if fetched:
            span = SourceSpan(span.file, span.start_line, span.start_line, address)
        year, session_id, kind = session_from_address(address)
        day = date_from_address(address) if self.part is None else None
        if session.date is None and day is not None:
            session.date, session.spans["date"] = day, span
            year = year or day.year
        if session.id is None and session_id:
            session.id, session.spans["id"] = session_id, span
            session.type = session.type or kind
        if session.year is None and year:
            session.year, session.spans["year"] = year, span

    def year_line(self) -> tuple[int, SourceSpan] | None:
        """The meeting's year, and its line, from a line near the top that begins with it
        (``IGF 2014 sub theme ...``) or gives the host city and year (``Bali, 2013``)."""
        for number, line in enumerate(self.source.lines[:_YEAR_LINES], start=1):
            if found := _YEAR_LINE.match(line):
                if found["igf"] or is_place(found["place"]):
                    return int(found["igf"] or found["year"]), self.source.span(number)
        return None

    def date_in_text(self) -> None:
        """The session's date where a page without a date line gives it: a short line
        that ends in a date (``Virtual Meeting XIII, 20 December 2016``), or running text
        (``took place on 11th July 2019``, ``On 28 March 2018, ...``)."""
        first = self.blocks[0].first if self.blocks else 1
        lines = self.source.lines[first - 1 : first - 1 + _DATE_SEARCH_LINES]
        found: tuple[dt.date, int] | None = None
        posted: tuple[dt.date, int] | None = None  # a post's time stamp, kept if nothing else
        for number, line in enumerate(lines, start=first):
            words = len(line.split())
            short = words <= _DATE_LINE_WORDS and bool(_DATE_LAST.search(line.strip(" -–—")))
            said = _date_said(line)
            at = said.end() if said else 0
            if listing.PAGE_DATE.search(line[:at] if said else line):
                continue
            dateline = _DATELINE.match(line)
            if dateline and not said and not _DATE_FIRST.match(dateline["text"]):
                short, line = True, dateline["date"]  # "Monday, July 24, 2017 – This panel"
            date = parse_date(line[at:]) if short or said else None
            year = self.report_.session.year or (posted[0].year if posted else None)
            if date is None and said and year and not _DAYS.match(line[at:]):
                date = listing.day_without_year(line[at:], year)  # "held on June 5th"
            if date is None and said and dateline:  # "Kinshasa, le 04 avril 2025 – ... s'est
                date, short = parse_date(dateline["date"]), True  # tenue le vendredi 04 avril"
            if date is not None and short and not said and _POSTED_AT.match(line):
                posted = posted or (date, number)
                continue
            if date is not None and (short or _DATE_FIRST.match(line[at:])):
                found = (date, number)
                break
        if found := found or posted:
            self.report_.session.date = found[0]
            self.report_.session.spans["date"] = self.source.span(found[1], found[1])

    # --- the walk --------------------------------------------------------------------

    def walk(self) -> None:
        section = Section(roles=self.part.roles) if self.part else Section()
        previous: Block | None = None
        gaps: list[int] = []  # blank lines between the values of the current list
        for block in self.blocks:
            gap = block.first - previous.last - 1 if previous else 0
            if section.roles and gaps and gap >= _DROPPED_LABEL_GAP and gap > max(gaps):
                following = self.next_list(section)  # a wider gap: a label dropped from the page
                if following.roles or read_entry(block.joined, named_context=False) is None:
                    section = following  # without a template's next list, an entry goes on
            previous = block
            if block is self.title_block:
                continue
            if (self.is_furniture(block) and not block.marked_heading) or self.is_header(block):
                self.label(block)
                continue
            if _list_after_inline_value(section, block, gap):
                section = Section()  # "Moderators: A; and B", a blank line, a list: not theirs
            before, values = section, section.values
            section = self.read_block(block, section)
            if section is before and section.roles:
                section.values += 1
                if values:
                    gaps.append(gap)
            else:
                gaps = []

    def next_list(self, ended: Section) -> Section:
        """The list of people after ``ended`` in the template's order, its label dropped
        from the page (none when the template gives no order)."""
        order = self.profile.lists
        at = next((n for n, roles in enumerate(order) if set(ended.roles) & set(roles)), None)
        if at is None or at + 1 == len(order):
            return Section()
        return Section(roles=order[at + 1][-1:], by_position=True)

    def is_header(self, block: Block) -> bool:
        """The template's header line (``IGF 2017 Reporting Template``), which gives the
        year when it names one, or the year of a template used for one meeting only."""
        header = self.profile.header.match(block.text) if self.profile.header else None
        if header is None:
            return False
        year = header.groupdict().get("year")
        self.header_year = int(year) if year else self.profile.year
        return True

    def read_block(self, block: Block, section: Section) -> Section:
        if not any(character.isalnum() for character in block.text):
            self.keep_unparsed(block, "holds no words")  # a stray "(" or "----"
            return section
        if (
            block.kind in (Kind.HEADING, Kind.FIELD)
            or self.section_item(block)
            or _bare_label(block)
        ):
            opened = self.open_section(block, section)
            if opened is not None:
                return opened
        if block.kind is Kind.FIELD and section.name == "title" and not section.filled:
            whole = Block(Kind.PARAGRAPH, block.first, block.last, block.text)
            return self.read_in_section(whole, section, whole=block)  # "Title" over "X: Y"
        if block.kind is Kind.FIELD:
            return self.read_unknown_field(block, section)
        if block.marked_heading:  # "## Summary": a part of its own, read as prose
            self.label(block)
            return Section(name="discussions")
        if block.kind in (Kind.HEADING, Kind.PARAGRAPH, Kind.ITEM) and self.timed_item(block):
            return section
        if section.name is not None:
            return self.read_in_section(block, section)
        if section.roles:
            return self.read_in_list(block, section)
        return self.read_free(block, section)

    def timed_item(self, block: Block) -> bool:
        """An agenda item with its length and who speaks, in any part of the document:
        ``IGFSA Update (20 mins) - Markus Kummer or Nigel Hickson This part will ...``; the
        text besides the names describes the session."""
        text = block.joined
        timed = _TIMED_ITEM.search(text)
        if timed is None:
            return False
        if not _SENTENCE_VERB.search(timed["who"]) and self.agenda_speakers(block, timed["who"]):
            return True  # "... (20 mins) - Ana Ruiz, APC"
        names = _leading_names(timed["who"])
        if names is None:
            return False
        entries = [entry for name in names[0] if (entry := read_entry(name))]
        self.add(block, entries, (Role.SPEAKER,), None)
        self.add_passage("description", f"{text[: timed.start()]} {names[1]}", self.span(block))
        return True

    def section_item(self, block: Block) -> bool:
        """A numbered item that is a section heading: ``2. Discussion Areas``."""
        if block.kind is not Kind.ITEM:
            return False
        words = len(block.value.split())
        asks = (
            block.value.rstrip().endswith(":") and words <= _QUESTION_WORDS
        )  # "Please describe ...:"
        if not asks and (words > 12 or block.value.rstrip().endswith(".")):
            return False
        return label_section(block.value) is not None

    def open_section(self, block: Block, section: Section) -> Section | None:
        """The section a heading or label opens, with its value read; None for a block that
        is no label."""
        label = block.label or (block.value if block.kind is Kind.ITEM else block.text)
        roles = block.roles
        if panel := PANEL.match(label):
            self.label(block)
            return Section(roles=(Role.SPEAKER,), panel=int(panel["number"]), under_heading=True)
        if roles:
            numbered = bool(_NUMBERED_PARTY.search(label))
            one_party = self.slots and not numbered and not (set(roles) & _MANY)
            opened = Section(
                roles=roles, panel=section.panel if section.roles else None, one_party=one_party
            )
            if block.kind is Kind.FIELD:
                named = len(self.people)
                if not self.read_people_value(block, block.value, opened, one_party=numbered):
                    self.keep_unparsed(block, "names nobody")  # "Moderator: MAG Chair"
                self.affiliate_by_label(label, self.people[named:], block)
                if numbered:
                    self.slot_after(roles)
                    return Section()  # "Speaker 3: ..." holds one party
                if section.roles and section.under_heading and not one_party:
                    return section  # "Moderator: X" inside a list of speakers: the list goes on
                if one_party:
                    self.slot_after(roles)
                    return Section()
                if not _PLURAL_LABEL.search(label) or block.one_cell:
                    return Section()  # "Chair: Ana Ruiz": one name, the lines after are not hers
            else:
                self.label(block)
                opened.under_heading = True
            return opened
        name = label_section(label)
        if name is None:
            return None
        if name == "meta":  # "Updated: ...", "Theme: ...": about the page, not a part of it
            self.label(block)
            return section
        opened = Section(name=name)
        if block.kind is Kind.FIELD:
            self.read_in_section(
                Block(Kind.PARAGRAPH, block.first, block.last, block.value), opened, whole=block
            )
        else:
            self.label(block)
        return opened

    def affiliate_by_label(self, label: str, people: list[PersonMention], block: Block) -> None:
        """``Internet Society Panelist: Ana Ruiz``: the organisation a label names before
        its role cue is that of the people it lists who give none of their own (a form's
        question, ``Name(s) and organizational affiliation(s) of co-organizer(s)``, names none)."""
        before = words_before_cue(label)
        if not before or not ORG_WORDS.search(before) or is_place(before):
            return
        if _FORM_QUESTION.search(before):
            return
        for person in people:
            person.organisation = person.organisation or parse_organisation(
                before, self.span(block)
            )

    def slot_after(self, roles: tuple[Role, ...]) -> None:
        last = max(SLOT_ROLES.index(role) for role in roles if role in SLOT_ROLES)
        self.slot = min(last + 1, len(SLOT_ROLES) - 1)

    def read_unknown_field(self, block: Block, section: Section) -> Section:
        """A ``Label: value`` whose label is no cue: an agenda line naming a speaker, a
        person under a list's ``Name:`` label, or text about the session."""
        if section.roles and block.label.lower() in {"name", "nombre", "nom"}:
            self.read_people_value(block, block.value, section)
            return section
        if section.roles and self.read_represented(block, section):
            return section  # "Egypt: Chair of AfIGF represented by Ms. ..."
        if listing.FILTER.search(block.text):  # "Emerging Issues: AI - IoT [clear filter]"
            self.label(block)
            return section
        if not section.roles and len(block.label.split()) <= _AGENDA_TOPIC_WORDS:
            group = stakeholder_group(block.label)  # "Government: Ana Ruiz (ICT Ministry)"
            if self.agenda_speakers(block, block.value, group):  # "Openness: Vint Cerf, Google"
                return section
        self.keep_text(block, "description")
        return Section() if section.roles else section

    def read_in_section(
        self, block: Block, section: Section, whole: Block | None = None
    ) -> Section:
        """A block in a named part of the report."""
        name = section.name
        span = self.span(whole or block)
        text = block.value if block.kind is Kind.ITEM else block.text
        if name == "title":
            if not section.filled and self.report_.session.title is None:
                self.read_title(whole or block, text)
                section.filled = True
                return section
            if self.read_date(text, whole or block, labelled=False):
                return section
            self.keep_text(whole or block, "description")
            return section
        if name in ("date", "time"):
            if self.read_date(text, whole or block, labelled=True):
                section.filled = True
            elif section.filled and whole is None:  # the dates given, the report goes on
                return self.read_block(block, Section())
            else:
                self.keep_unparsed(whole or block, f"cannot read the {name} '{text}'")
            return section
        if name == "type":
            if kind := type_from_text(text):
                self.report_.session.type = kind
                self.report_.session.spans["type"] = span
            else:
                self.keep_text(whole or block, "description")
            return section
        if name in ("room", "author"):
            self.label(whole or block)
            return Section()  # one line: the text after it is the report's again
        if name in ("stakeholder", "regional_group"):
            self.describe_organizers(name, text, whole or block)
            return section
        if name == "proposer_org":
            self.proposer_organisation(text, whole or block)
            return section
        if name in ("agenda", "description", "discussions") and self.agenda_line(
            whole or block, text
        ):
            return section
        if name == "agenda":
            if entry := _listed_person(text):  # "Markus Kummer, ICANN Board Member"
                self.add(whole or block, [entry], (Role.SPEAKER,), None, by_position=True)
            else:
                self.add_passage("description", text, span)
            return section
        if name == "affiliation":  # "Organizational Affiliation: X" above "Moderator: A, B"
            self.label(whole or block)
            self.affiliation = text.strip() or None
            return section
        if name in _GENDER_FIELDS:
            self.gender_statements.append((name, passage(text, span, unbulleted=True)))
            return section
        if name == "participation":
            self.participation.append(passage(text, span))
            return section
        self.add_passage(name or "discussions", text, span)
        return section

    def add_passage(self, name: str, text: str, span: SourceSpan) -> None:
        """A passage of the report's part ``name``, and the people its prose names."""
        self.passages.setdefault(name, []).append(
            passage(text, span, unbulleted=name == "key_issues")
        )
        self.read_mentions(" ".join(text.split()), span, cued_only=name == "description")

    def read_in_list(self, block: Block, section: Section) -> Section:
        """A block under a list of people's heading; a paragraph of prose ends the list."""
        text = block.joined
        listed = len(CAPITALISED_ENTRY.findall(text)) >= _CAPITALISED_LISTED
        first, _, bio = block.text.partition("\n")
        if bio and self.affiliate_last(Block(block.kind, block.first, block.first, first), first):
            # "Senior Manager, ..., Internet Society" then the person's biography
            self.read_prose(Block(Kind.PARAGRAPH, block.first + 1, block.last, bio))
            return section
        if self.read_represented(block, section):
            return section
        if block.kind is Kind.PARAGRAPH and _is_prose(text) and not listed:
            self.read_prose(block)
            return Section()
        if block.kind in (Kind.HEADING, Kind.PARAGRAPH) and _FORMAT.match(text):
            self.keep_text(block, "description")
            return Section()
        if block.kind in (Kind.HEADING, Kind.PARAGRAPH) and _FORM_LABEL.search(text):
            self.label(block)  # "Have you ... organised an IGF workshop before?: Yes"
            return Section()
        if self.date_line(block, text) or self.affiliate_last(block, text):
            return section
        if self.read_people_value(block, text, section):
            if section.one_party:
                self.slot_after(section.roles)
                return Section()
            return section
        if block.kind is Kind.HEADING:
            self.keep_text(block, "description")
            return Section()
        if block.kind is Kind.PARAGRAPH and len(text.split()) > 12:
            self.read_prose(block)
            return Section()
        if block.kind is Kind.ITEM and self.cued_item(block, text):
            return section  # "Keynote Conversation with A and B, moderated by C"
        self.keep_unparsed(block, "names nobody, under a list of people")
        return section

    def cued_item(self, block: Block, text: str) -> bool:
        """An item of a list of people that names them in a phrase whose cues give their
        roles (``Keynote by Larry Strickling – ...``); False when no cue gives one."""
        found = find_mentions(text, self.span(block), self.profile.acts_speak, self.known.get())
        people = [p for p in found.people if p.role is not Role.PARTICIPANT]
        if not people:
            return False
        self.people.extend(people)
        self.keep_text(block, "description")
        return True

    def read_represented(self, block: Block, section: Section) -> bool:
        """Bodies each followed by who represents it, run together on a line of a list of
        people (``AUC represented by Mr. X UNECA represented by ...``)."""
        whole = f"{block.label}: {block.value}" if block.kind is Kind.FIELD else block.joined
        represented = represented_people(whole)
        if represented:
            self.add(block, represented, section.roles, section.panel, section.by_position)
        return bool(represented)

    def affiliate_last(self, block: Block, text: str) -> bool:
        """``Carolina Caeiro`` then ``Coordinator of Development Projects, LACNIC``: a line
        of post and organisation belongs to the person named on the block before it
        (``block`` may be the first line of a block, its biography after it)."""
        index = next(n for n, whole in enumerate(self.blocks) if whole.first == block.first)
        last = self.people[-1] if self.people else None
        if not index or last is None or last.organisation is not None:
            return False
        if last.span.end_line != self.blocks[index - 1].last or _names_person_first(text):
            return False
        post, organisation = read_affiliation(text)
        if organisation is None or post is None:
            return False
        last.title = last.title or post
        last.organisation = parse_organisation(organisation, self.span(block))
        last.span = self.source.span(last.span.start_line, block.last)
        for organizer in self.organizers:
            if organizer.person_name == last.name and organizer.organisation is None:
                organizer.organisation, organizer.span = last.organisation, last.span
        return True

    def date_line(self, block: Block, text: str) -> bool:
        """A short line that is the session's date: ``Tuesday December 6, 2016 09:00 CST``;
        of a row, its first two cells (``28 June 2021 | 13:30-14:30 CEST | Studio ...``)."""
        if block.kind is Kind.ROW:
            text = " ".join(text.split("|")[:2])
        elif block.kind not in (Kind.HEADING, Kind.PARAGRAPH):
            return False
        if len(text.split()) > _DATE_LINE_WORDS:
            return False
        if not _DATE_FIRST.match(text):
            return False
        if _POSTED_AT.match(text) and (posted := parse_date(text)):
            session = self.report_.session  # a post's time stamp: the text may say the day
            session.year = session.year or posted.year
            self.label(block)
            return True
        return parse_date(text) is not None and self.read_date(text, block, labelled=False)

    def read_free(self, block: Block, section: Section) -> Section:
        """A block outside every section: a bare name in a session page's slots, an agenda
        line, a format line, or prose."""
        text = block.joined
        short = len(text.split()) <= 16 or SLOT_ROLES[self.slot] in _MANY
        if self.slots and block.kind in (Kind.HEADING, Kind.PARAGRAPH) and short:
            if _FORMAT.match(text):
                self.keep_text(block, "description")
                return section
            pieces = split_people(_NOTE.sub("", text))
            entries = [e for p in pieces if (e := read_entry(p, surname_first=True))]
            role = SLOT_ROLES[self.slot]
            several = role in _MANY and len(entries) == len(pieces)
            if entries and (len(entries) == 1 or several) and not _TBC.match(text.strip()):
                self.add(block, entries, (role,), None, by_position=True)
                if role not in _MANY or not self.list_goes_on(block):
                    self.slot = min(self.slot + 1, len(SLOT_ROLES) - 1)
                return section
            if (
                role is Role.ORGANIZER
                and not entries
                and self.list_goes_on(block)
                and not self.read_into_session(block)  # "IGF 2018 WS #136", the title
                and _organisation_name(text)
                and self.add_organising_party(block, text)
            ):
                return section  # "Youth IGF DRC" heading its organisers, one to a line
        if self.date_line(block, text):
            return section
        if self.agenda_line(block, text):
            return section
        if block.kind in (Kind.PARAGRAPH, Kind.HEADING) and self.agenda_lines(block):
            return section
        if block.kind in (Kind.HEADING, Kind.PARAGRAPH) and _FORMAT.match(text):
            self.keep_text(block, "description")
            return section
        address = _ADDRESS_LINE.search(text) and len(text.split()) <= _ADDRESS_WORDS
        if address or (block.kind is Kind.HEADING and _dateline(text)):
            self.label(block)  # "29/F, QRE Plaza, 202 Queen's Road East"; "Ana Ruiz in Abuja"
            return section
        will = WHAT_THEY_WILL_DO.search(text)  # "- Ana Ruiz - Manager, APC, will talk ..."
        if entry := _listed_person(text[: will.start()] if will else text):
            role = meeting_role(entry.post or "", of_organisation=bool(entry.organisation))
            if will and role is None:
                role = Role.MODERATOR if "moderate" in will.group().lower() else Role.SPEAKER
            # "Sérgio Rezende, Président du Forum", not "Ali Hussein, the Chairman KICTANet"
            self.add(block, [entry], (role or Role.SPEAKER,), None, by_position=role is None)
            return section  # "Stephen Kiptiness, Chief Corporate Affairs Officer, Safaricom"
        self.read_bylines(block, text)
        if (entry := _name_alone(text)) and (
            self.part is not None or self.heads_prose(block) or self.listed_before(block)
        ):
            # a listed session's column of names: "Wolfgang Kleinwaechter"; a report's part
            # headed by who spoke, what they said under it; a bullet above "Ana Ruiz, UNICEF"
            self.add(block, [entry], (Role.SPEAKER,), None, by_position=True)
            return section
        if self.inline_labels(block, text) or self.table_lines(block):
            return section
        self.read_prose(block)
        return section

    def heads_prose(self, block: Block) -> bool:
        """True for a heading with a paragraph of running text right under it."""
        index = self.blocks.index(block) + 1
        below = self.blocks[index] if index < len(self.blocks) else None
        return (
            block.kind is Kind.HEADING
            and below is not None
            and below.kind is Kind.PARAGRAPH
            and _is_prose(below.text)
        )

    def read_into_session(self, block: Block) -> bool:
        """True when ``block`` gave the session a field (its id, title, date ...)."""
        spans = self.report_.session.spans.values()
        return any(span.start_line <= block.first <= span.end_line for span in spans)

    def list_goes_on(self, block: Block) -> bool:
        """True when the block after ``block`` is on the very next line and no label or
        heading: the organisers or speakers of a slot written one to a line."""
        index = self.blocks.index(block) + 1
        if index == len(self.blocks):
            return False
        following = self.blocks[index]
        return (
            following.first == block.last + 1
            and following.kind is block.kind
            and not following.roles
            and not label_section(following.label or following.text)
        )

    def listed_before(self, block: Block) -> bool:
        """True for a list item right above an item listing a person with an affiliation
        (``• Prof. Vladimir Kovac`` over ``• Ana Ruiz, UNICEF``): both are speakers."""
        if block.kind is not Kind.ITEM or not self.list_goes_on(block):
            return False
        following = self.blocks[self.blocks.index(block) + 1]
        return _listed_person(following.value or following.text) is not None

    def read_bylines(self, block: Block, text: str) -> None:
        """People a byline labels after their names (``Ana Ruiz and Kofi Mensah,
        Editors``): the editors of a session's report are its rapporteurs."""
        for role, end in bylines(text):
            if found := _byline_names(text[:end]):
                entries = [e for name in found[0] if (e := read_entry(name))]
                self.add(block, entries, (role,), None)

    def table_lines(self, block: Block) -> bool:
        """A table flattened into lines: its header (``Person Organization Summary
        Length``) is a label, and each line after it that begins with a person's name is
        that person, in the role the columns give; the table ends at a line that is none
        (page furniture is labelled, other text read as prose)."""
        lines = block.text.splitlines()
        role, rows = column_role(lines[0]), lines[1:]
        if (role is None and not self.table_role) or block.kind not in _TITLE_KINDS:
            self.table_role = None
            return False
        if role is not None:
            self.label(Block(Kind.HEADING, block.first, block.first, lines[0]))
        else:
            role, rows = self.table_role, lines
        number = block.last - len(rows) + 1
        while rows and (entry := read_row(rows[0])):
            self.add(Block(Kind.ROW, number, number, rows.pop(0)), [entry], (role,), None)
            number += 1
        self.table_role = None if rows or role is None else role
        if rows:
            rest = Block(Kind.PARAGRAPH, number, block.last, "\n".join(rows))
            if self.is_furniture(rest):
                self.label(rest)
            else:
                self.read_prose(rest)
        return True

    def agenda_lines(self, block: Block) -> bool:
        """Lines that each give a topic and who speaks on it (``General Review: Vint Cerf,
        Google, USA, Marina Kaljarund, Chair of the Global Commission ...``), one agenda
        line a line."""
        lines = block.text.splitlines()
        agenda = [_AGENDA.match(line.strip()) for line in lines]
        if not all(
            match
            and len(match["topic"].split()) <= _AGENDA_TOPIC_WORDS
            and not names_someone(match["topic"])  # "Moderated by X, the session had a panel:"
            and (pieces := split_people(match["who"]))
            and all(read_entry(piece, named_context=False) for piece in pieces)
            for match in agenda
        ):
            return False
        for number, (line, match) in enumerate(zip(lines, agenda, strict=True), block.first):
            self.agenda_speakers(Block(Kind.PARAGRAPH, number, number, line), match["who"])
        return True

    def agenda_line(self, block: Block, text: str) -> bool:
        """An agenda's numbered or bulleted line giving its speakers after a dash or colon
        (``3. Introduction – Gerry Ellis``), wherever the agenda stands; or a bulleted
        line of what one person said (``- Ana Ruiz (APC): Access is ...``)."""
        agenda = _AGENDA.match(text) if block.kind is Kind.ITEM else None
        if agenda is None:
            return False
        said = _SAID_ITEM.match(text)
        entry = read_entry(said["who"], named_context=False) if said else None
        if entry and person_evidence(entry.name) and len(split_people(said["who"])) == 1:
            self.add(block, [entry], (Role.SPEAKER,), None)
            self.add_passage("discussions", said["said"], self.span(block))
            return True
        return self.agenda_speakers(block, agenda["who"])

    def agenda_speakers(
        self, block: Block, who: str, group: StakeholderGroup | None = None
    ) -> bool:
        """The speakers an agenda line names after its topic (``Openness: Vint Cerf,
        Google``), up to a label of a part of the report run into the line (``... ISOC
        Goal: The session ...``), which is text about the session. A topic that names a
        stakeholder ``group`` gives it to them."""
        who, after = _before_section_label(who)
        entries = [
            (roles, entry)
            for roles, item in line_items(who, (Role.SPEAKER,))
            if (entry := read_entry(item, named_context=False))
        ]  # "... Moderator: Lea Kaspar (GPD)": a role label inside switches the role
        if not any(roles == (Role.SPEAKER,) for roles, _ in entries):
            return False  # no speaker after the topic: a line of prose, read as such
        for roles, entry in entries:
            entry.group = entry.group or (group.value if group else None)
            self.add(block, [entry], roles, None)
        if after:
            self.add_passage("description", after, self.span(block))
        return True

    def inline_labels(self, block: Block, text: str) -> bool:
        """Role labels inside running text (a page flattened by PDF extraction): ``...
        Host Country Chair: Nivaldo Cleto, President, CGI.br Lead Moderator: Robert
        Pepper, Cisco ...``. The names after each label take its role; the text before the
        first label is prose."""
        labels = [_inline_label(m) for m in _INLINE_LABEL.finditer(text)]
        cuts = [label for label in labels if label[2]]
        if not cuts:
            return False
        found = False
        for start, end_of_label, roles in cuts:
            end = next((other[0] for other in labels if other[0] > start), len(text))
            value = text[end_of_label:end]
            found = self.read_people_value(block, value, Section(roles=roles)) or found
        if not found:
            return False
        self.add_passage("discussions", text[: cuts[0][0]] or text, self.span(block))
        return True

    # --- people ----------------------------------------------------------------------

    def read_people_value(
        self, block: Block, text: str, section: Section, one_party: bool = False
    ) -> bool:
        """The people (and organising parties) of a value or line in a list of people; a
        ``Moderator:`` inside the line switches the role for the names after it. The
        value of a numbered label (``Organizer 4: Ana Ruiz, Tech Today Gh``) is
        ``one_party``: never cut into several people."""
        items = [(section.roles, _NOTE.sub("", text).strip())] if one_party else []
        found = False
        for roles, item in items or line_items(text, section.roles):
            if _TBC.match(item):
                found = True  # "Rapporteur: tbc": answered, nobody named
                self.label(block)
                continue
            entry = read_entry(item, surname_first=self.surname_first)
            lower = _SALUTED.sub("", item).strip().islower()  # "Ms. valentina pellizzer"
            if entry is None and (one_party or lower):  # "Nitsan yasur, Civil Society"
                entry = read_entry(_name_recased(item), surname_first=self.surname_first)
            if entry is not None and roles == (Role.ORGANIZER,) and not self.slots:
                named = _named_organiser(entry, item) or entry.name.casefold() in self.pictured
                entry = entry if named else None  # "Derechos Digitales"
            if entry is not None:
                entry.organisation = entry.organisation or self.affiliation
                self.add(block, [entry], roles, section.panel, section.by_position)
                found = True
            elif Role.ORGANIZER in roles:
                found = self.read_organising_parties(block, item) or found
        self.affiliation = None if found else self.affiliation
        return found

    def read_organising_parties(self, block: Block, text: str) -> bool:
        """Organisers written as organisations, several to a line (``Association for
        Progressive Communications (APC), Citizen Lab, and Privacy International``)."""
        if self.add_group_party(block, text):
            return True
        found = False
        # "Internet Society (ISOC) and International Chamber of Commerce (ICC)": an "and"
        # after a body's acronym joins two bodies; inside a name it does not.
        for item in split_items(unglue_list(text), r";|,|(?<=\))\s+and\b"):
            entry = read_entry(item.text, surname_first=self.surname_first)
            if entry is not None and (self.slots or _named_organiser(entry, item.text)):
                self.add(block, [entry], (Role.ORGANIZER,), None)
                found = True
            elif not is_country(item.text.strip(" .")):  # "Ministry of Foreign Affairs, Poland"
                found = self.add_organising_party(block, item.text) or found
        return found

    def add_group_party(self, block: Block, text: str) -> bool:
        """An organiser written only as stakeholder group and region (``Civil Society,
        Asia-Pacific Group``)."""
        parts = [part.strip() for part in text.split(",") if part.strip()]
        groups = [group_and_region(part) for part in parts]
        if not parts or not all(g or regional_group(p) for g, p in zip(groups, parts, strict=True)):
            return False
        group = next((found[0] for found in groups if found), None)
        region = next((p for p, g in zip(parts, groups, strict=True) if not g), None)
        self.organizers.append(
            Organizer(
                self.span(block),
                stakeholder_group=group,
                stakeholder_group_basis=Basis.STATED if group else None,
                regional_group=region,
            )
        )
        return True

    def add_organising_party(self, block: Block, text: str) -> bool:
        """An organiser that is an organisation (``Internet Society (ISOC)``)."""
        organisation = _ORGANIZER_PREFIX.sub("", text).strip(" .")
        if not any(character.isalpha() for character in organisation):
            return False
        span = self.span(block)
        if not _organisation_name(organisation):
            self.report_.unparsed.append(Unparsed(organisation, span))
            self.report_.warnings.append(
                f"{span}: {organisation!r} is no organisation's name; kept as unparsed"
            )
            return True
        self.organizers.append(Organizer(span, organisation=parse_organisation(organisation, span)))
        return True

    def add(
        self,
        block: Block,
        entries: Iterable[Entry],
        roles: tuple[Role, ...],
        panel: int | str | None,
        by_position: bool = False,
    ) -> None:
        span = self.span(block)
        for entry in entries:
            for role in (noted,) if (noted := noted_role(entry)) else roles:
                person = mention(entry, role, span)
                person.panel = panel
                person.role_by_position = by_position
                self.people.append(person)
                if role is Role.ORGANIZER:
                    self.organizers.append(
                        Organizer(
                            span,
                            person_name=person.name,
                            organisation=person.organisation,
                            stakeholder_group=person.stakeholder_group,
                            stakeholder_group_basis=person.stakeholder_group_basis,
                            regional_group=person.regional_group,
                        )
                    )

    def describe_organizers(self, name: str, text: str, block: Block) -> None:
        """``Stakeholder:`` and ``Regional Group:`` describe the organisers above them."""
        self.label(block)
        group = stakeholder_group(text)
        for organizer in self.organizers:
            if name == "regional_group":
                organizer.regional_group = organizer.regional_group or text
            elif group is not None and organizer.stakeholder_group is None:
                organizer.stakeholder_group, organizer.stakeholder_group_basis = group, Basis.STATED
        for person in self.people:
            if person.role is Role.ORGANIZER or any(
                o.person_name == person.name for o in self.organizers
            ):
                if name == "regional_group":
                    person.regional_group = person.regional_group or text
                elif group is not None and person.stakeholder_group is None:
                    person.stakeholder_group, person.stakeholder_group_basis = group, Basis.STATED

    def proposer_organisation(self, text: str, block: Block) -> None:
        """``Proposer's Organization:`` belongs to the proposer named just before it."""
        organisation = parse_organisation(text, self.span(block))
        if self.organizers and self.organizers[-1].organisation is None:
            self.organizers[-1].organisation = organisation
            for person in self.people:
                if person.role is Role.ORGANIZER and person.name == self.organizers[-1].person_name:
                    person.organisation = organisation
        else:
            self.organizers.append(Organizer(self.span(block), organisation=organisation))

    def read_prose(self, block: Block) -> None:
        text = block.value if block.kind in (Kind.ITEM, Kind.ROW) else block.text
        self.add_passage("discussions", text, self.span(block))

    def read_mentions(self, text: str, span: SourceSpan, cued_only: bool = False) -> None:
        """The people and organisations ``text`` names; ``cued_only``, only the people a cue
        gives a role (a session's description names people it only cites)."""
        found = find_mentions(text, span, self.profile.acts_speak, self.known.get())
        people = [p for p in found.people if not cued_only or p.role is not Role.PARTICIPANT]
        if self.part is not None and _names_only(text):
            named = {person.name for person in self.people}  # with a role a label gave
            for person in people:  # "Ana Ruiz (CNNum) et Tomas Berg (ISOC)" under a slot
                if person.role is Role.PARTICIPANT and person.name not in named:
                    person.role = Role.SPEAKER
        self.people.extend(people)
        self.speakers_said = self.speakers_said or bool(_SPEAKERS_SAID.search(text))
        self.report_.organisations.extend(found.organisations)

    def keep_text(self, block: Block, name: str) -> None:
        """A block that is text about the session: a passage of ``name``."""
        self.passages.setdefault(name, []).append(passage(block.text, self.span(block)))

    def keep_unparsed(self, block: Block, why: str) -> None:
        span = self.span(block)
        self.report_.unparsed.append(Unparsed(block.text.strip(), span))
        self.report_.warnings.append(f"{span}: {why}; kept as unparsed")

    # --- transcripts -----------------------------------------------------------------

    def read_transcript(self) -> None:
        """Speakers from the turns, from the list of people the page gives above them (a
        wiki's session page with its transcript) and from the people a cue names in the
        text above them ("the presenters at this session were: ..."); every other block is
        the page around them."""
        self.people.extend(transcript.mentions(transcript.read_turns(self.blocks, self.span)))
        turns = [block for block in self.blocks if block.kind is Kind.TURN]
        listed = Section(roles=(Role.SPEAKER,), under_heading=True)
        for block in self.blocks:
            if block is self.title_block:
                continue
            span = self.span(block)
            if block.kind is Kind.TURN and block in turns[:_ID_TURNS]:
                self.spoken_session_id(block)
            if block.kind is Kind.TURN:
                self.passages.setdefault("discussions", []).append(passage(block.text, span))
            elif self.is_furniture(block) or self.date_line(block, block.joined):
                self.label(block)
            elif not (
                (above := bool(turns) and block.last < turns[0].first)
                and block.kind is Kind.ITEM
                and self.read_people_value(block, block.joined, listed)
            ):
                if above and block.kind in (Kind.PARAGRAPH, Kind.FIELD):
                    self.read_mentions(block.text, span, cued_only=True)  # "presenters were: ..."
                self.keep_text(block, "description")

    def spoken_session_id(self, turn: Block) -> None:
        """The session's id as its chair says it ("Welcome to workshop 27", "open forum
        number 40"), when the page gave none."""
        session = self.report_.session
        if session.id is not None or not (spoken := _SPOKEN_ID.search(turn.value)):
            return
        said = " ".join(spoken["kind"].split())
        kind = "WS" if said.lower().startswith(("ws", "work")) else said
        _, session.id, found_type = split_session_id(f"{kind} #{spoken['number']}")
        session.type = session.type or found_type
        session.spans["id"] = self.span(turn)

    # --- the end ---------------------------------------------------------------------

    def finish(self) -> None:
        report = self.report_
        self.complete_session()
        if self.speakers_said:  # "the ceremony featured 18 speakers who ...": those it names
            for person in self.people:
                if person.in_prose and person.role is Role.PARTICIPANT:
                    person.role = Role.SPEAKER
        report.people = unique_people(self.people)
        report.organizers = _unique_organizers(self.organizers)
        merge_same_people(report.people, report.organizers)
        report.people = unique_people(report.people)  # "Joerg" and "Jörg" now spelt alike
        title = report.session.title_as_written or ""
        if (nri := _NRI_TITLE.match(title)) and not self.organizers:
            span = report.session.spans["title"]
            report.organizers.append(
                Organizer(span, organisation=parse_organisation(nri["acronym"], span))
            )
        report.organisations = unique_organisations(report.organisations)
        expand_acronyms(report.people, report.organisations)
        report.key_issues = self.passages.get("key_issues", [])
        report.presentations = self.passages.get("presentations", [])
        report.discussions = self.passages.get("discussions", [])
        report.way_forward = self.passages.get("way_forward", [])
        report.description = self.passages.get("description", [])
        figures = report.gender
        for name, passage in self.gender_statements:
            figures.statements.append(passage)
            report.warnings.extend(gender.read_answer(name, passage, figures))
        gender.read_statements(self.participation, figures)
        prose = [p for p in report.discussions if gender.mentions_participants(p.text)]
        for passage in prose:
            before = (figures.participants, figures.women, figures.women_share)
            gender.read_estimates(passage, figures)
            if (figures.participants, figures.women, figures.women_share) != before:
                figures.statements.append(passage)
        gender.complete(figures)
        report.unparsed.sort(key=lambda item: item.span.start_line)
        report.labels.sort(key=lambda span: span.start_line)


def _list_after_inline_value(section: Section, block: Block, gap: int) -> bool:
    """True for a bulleted list set apart from the label whose value, on its own line,
    named people (``Moderators: A; and B``): the list is not that label's."""
    return (
        bool(section.roles)
        and not section.under_heading
        and not section.by_position
        and section.values == 0
        and block.kind is Kind.ITEM
        and gap >= 1
    )


def line_items(text: str, roles: tuple[Role, ...]) -> list[tuple[tuple[Role, ...], str]]:
    """The entries of one line of a list of people in ``roles``, each with its roles: a
    ``Moderator:`` inside the line switches the role for the names after it, and
    ``co-organizers`` starts a new entry."""
    items = []
    for piece_roles, piece in _by_role_marker(unglue_list(text), roles):
        if Role.ORGANIZER in piece_roles:
            piece = _CO_ORGANIZERS.sub("; ", piece)  # "...; co-organizers Ana Ruiz (APC)"
        for item in split_people(_NOTE.sub("", piece)):
            if Role.ORGANIZER in piece_roles:
                item = _ORGANIZER_PREFIX.sub("", item.strip())
            items.append((piece_roles, item.strip()))
    return items


def noted_role(entry: Entry) -> Role | None:
    """The role in the meeting an entry notes as a part of its own (``Chairperson of the
    African IGF, Moderator``)."""
    return next(filter(None, map(meeting_role, entry.notes)), None)


def people_on_line(
    text: str, span: SourceSpan, roles: tuple[Role, ...], panel: int | str | None = None
) -> list[PersonMention]:
    """Every person one line of a list of people names, in ``roles`` (see
    :func:`line_items`): ``Ana Ruiz (APC), Kofi Mensah (ISOC) Moderator: Lea Kaspar``."""
    people = []
    for item_roles, item in line_items(text, roles):
        if (entry := read_entry(item)) is not None:
            for role in item_roles:
                person = mention(entry, role, span)
                person.panel = panel
                people.append(person)
    return people


def _by_role_marker(text: str, roles: tuple[Role, ...]) -> list[tuple[tuple[Role, ...], str]]:
    """``A (Org), B (Org) Moderator: C (Org)``: the pieces of a line and their roles."""
    cuts = list(_ROLE_MARKER.finditer(text))
    pieces = [(roles, text[: cuts[0].start()] if cuts else text)]
    for number, cut in enumerate(cuts):
        end = cuts[number + 1].start() if number + 1 < len(cuts) else len(text)
        pieces.append((heading_roles(cut["role"]), text[cut.end() : end]))
    return [(piece_roles, piece) for piece_roles, piece in pieces if piece.strip(" ,;")]


_TITLE_KINDS = frozenset({Kind.HEADING, Kind.PARAGRAPH, Kind.FIELD})
_TITLE_LINE_WORDS = (3, 30)  # a session's title line on a page listing titled sessions
_DATED_TITLE = re.compile(
    r"^(?P<title>[^,]{3,120})(?:,|\s[–—-])\s*(?P<date>[^,–—]{6,40}\d{4})"
    r"(?:,\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:UTC|GMT|CET|CEST)?)?\s*$"
    r"|^(?P<date_first>\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}),\s*(?P<title_after>[^,]{3,120})$"
)
_DATED_HEADLINE = re.compile(r"\(\s*\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{2}(?:\d{2})?\s*\)\s*$")
_SENTENCE_WORDS = 6  # a line this long ending with a full stop is a sentence, not a title
_NOT_TITLE = re.compile(
    r"^(?:[A-ZÀ-Þ][\w'’ .-]+,\s*(?:19|20)\d\d|schedule|programme|program|agenda|event|[\d\W]+|"
    r"\d{1,2}(?:[.:h]\d\d)?\s*[-–]\s*\d{1,2}(?:[.:h]\d\d)?\s*(?:hours|hrs|h)\.?|"  # "10-13 Hours"
    r"(?:internet\s+governance\s+forum|igf)(?:\s*\(igf\))?\s+(?:meeting\s+)?(?:19|20)\d\d|"
    rf"(?:the\s+)?igf(?:\s+forum)?\s+(?:in\s+)?(?:{_CITY})(?:\s+(?:19|20)\d\d)?)$",
    re.IGNORECASE,
)


def _date_said(line: str) -> re.Match[str] | None:
    """Where ``line``'s running text says when the meeting was (``took place ... on``): the
    first such place a date follows ("On the occasion of ..., the event took place on
    December 15th, 2015"), else the first."""
    said = list(_DATE_SAID.finditer(line)) or [m for m in [_SCHEDULED.search(line)] if m]
    dated = (
        match
        for match in said
        if _DATE_FIRST.match(line[match.end() :]) and parse_date(line[match.end() :])
    )
    return next(dated, said[0] if said else None)


def _dateline(text: str) -> bool:
    """True for a reporter's byline with the place they write from (``Ana Ruiz in Abuja``)."""
    who, _, where = text.strip().partition(" in ")
    return bool(where) and is_place(where) and person_evidence(who) and name_shape(who)


def _ends_in_place(text: str) -> bool:
    """True when ``text`` is a place or ends with one (``ICANN - Singapore``, ``ICANN
    Meeting New Delhi``)."""
    words = text.split()
    return any(is_place(" ".join(words[-size:])) for size in (len(words), 2, 1) if words)


def _place_at_end(text: str) -> int | None:
    """Where a "City, Country" that ends ``text`` begins (``... Consultations Geneva,
    Switzerland``), or None."""
    found = _CITY_COUNTRY.search(text)
    if found is None or not is_country(found["country"]):
        return None
    city = found["city"].split()
    for words in (city[-1:], city[-2:]):  # "Geneva", "Rio Janeiro"
        if is_place(" ".join(words)):
            return found.end("city") - len(" ".join(words))
    return None


_CITY_COUNTRY = re.compile(
    r"(?P<city>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?),\s*(?P<country>[A-Z][\w'’ -]{2,30}?)\s*$"
)


def _titled(text: str) -> bool:
    """True for a line that can be a session's title: not a greeting (``Dear colleagues,``)
    or a label (``Status:``),
    a place and year (``Bali, 2013``), a date alone, a page's word (``Schedule``), a link
    in brackets (``[More session reports ...]``), a sentence (``The Internet Governance
    Project was prominent at the Forum.``) or a dated headline (``... (6 November 12)``)."""
    text = text.strip()
    if text.endswith((",", ":")) or _NOT_TITLE.match(text) or re.fullmatch(r"\[[^\]]*\]", text):
        return False  # "Status:": a label with its value to come
    if re.search(r"[a-z][\s»”\"')\]]*\.$", text) and len(text.split()) >= _SENTENCE_WORDS:
        return False
    if _DATED_HEADLINE.search(text):
        return False  # "IGF Baku issue index (6 November 12)": a dated page's own headline
    if re.match(r"[a-z]+\s", text) and not text.islower():
        return False  # "in conjunction with APRICOT 2012": a line's end, cut from its start
    return not (parse_date(text, in_range=True) and len(text.split()) <= _DATE_LINE_WORDS)


# A label inside running text: a few capitalised words (or "Moderator") and a colon.
_INLINE_LABEL = re.compile(
    r"(?:(?<=^)|(?<=[\s.;)]))(?P<label>(?:(?:[A-Z][\w/&-]*|and|&)\s+){0,5}[A-Za-z][\w/&-]*(?:\(s\))?)"
    r"\s*:\s+"
)


def _names_only(text: str) -> bool:
    """True for a short line of a programme that lists people and nothing said of them."""
    words = len(text.split())
    return words <= _NAMES_LINE_WORDS and not _SENTENCE_VERB.search(text) and "." not in text[-2:]


_NAMES_LINE_WORDS = 30
# Words that make a line a sentence about someone, not an entry listing them.
_SENTENCE_VERB = re.compile(
    rf"\b(?:{REPORTING_VERBS}|is|was|were|are|will|has|have|had)\b|"
    # a compound past in French, Spanish or Portuguese: "a réuni", "ha contado", "foi aberta"
    r"\b(?:a|ont|est|sont|ha|han|fue|fueron|foi|foram)\s+(?:\w+\s+)?\w+(?:é|ée|és|ées|i|is|it|u|"
    r"ado|ada|ados|adas|ido|ida|idos|idas)\b"
)
# Blank lines that end a list when wider than the gaps inside it: the gap a heading left
# when a page's text was saved without it.
_DROPPED_LABEL_GAP = 2
_ENTRY_PART_WORDS = 9  # a part of a listed entry is this short ("Chief Corporate Affairs Officer")


def _inline_label(label: re.Match[str]) -> tuple[int, int, tuple[Role, ...]]:
    """(start, end, roles) of a label inside running text, without the words before it
    that end the previous value (``... East Africa Host Country Chair:``); no roles for a
    label that is no role cue (``Serbia Organisational note:``)."""
    words = list(re.finditer(r"\S+", label["label"]))
    places = [n for n, w in enumerate(words) if is_place(w.group()) or regional_group(w.group())]
    kept = words[places[-1] + 1 :] if places else words
    for word in kept:
        if roles := heading_roles(label["label"][word.start() :]):
            return label.start("label") + word.start(), label.end(), roles
    first = kept[0] if kept else words[-1]
    return label.start("label") + first.start(), label.end(), ()


# A title in quotes, the whole of it: '"Is Blockchain the right technology for you?"'.
_QUOTED_TITLE = re.compile(r'^["“«](?P<title>[^"“”«»]+)["”»]$')
# Where a title written again in a document's header ends: a date, a link or a label.
_TITLE_END = re.compile(
    r"\s(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|"
    r"Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|https?://|[A-Z][\w ]{0,30}:\s)"
)
_NAME_RUN = r"(?:[A-ZÀ-Þ][\w'’.-]*\s+){1,4}[A-ZÀ-Þ][\w'’.-]*"
_NAMES_AT_END = re.compile(rf"{_NAME_RUN}(?:\s*(?:,|\band\b|&)\s*{_NAME_RUN})*\s*$")
_NAME_LIST_JOINS = re.compile(r"\s*(?:,|\band\b|&)\s*")


def _byline_names(before: str) -> tuple[list[str], int] | None:
    """The names a byline noun labels, written just before it, and where the first
    begins. The first name may have taken the title's last words (``... Network
    Neutrality Susan Chalmers and Ginger Paque``): it keeps its longest end that begins
    with a given name, else its shortest that is a person's name."""
    match = _NAMES_AT_END.search(before)
    if match is None:
        return None
    pieces = _NAME_LIST_JOINS.split(match.group().strip())
    names: list[str] = []
    start = len(before)
    for number in range(len(pieces) - 1, -1, -1):
        whole = number > 0 and person_evidence(pieces[number])
        name = pieces[number] if whole else _name_at_end(pieces[number])
        if name is not None:
            names.insert(0, name)
            start = before.rindex(name, 0, start)
        if not whole:
            break  # the first name, after the title's last words
    return (names, start) if names else None


def _name_at_end(text: str) -> str | None:
    """The person's name that ends ``text``: ``Network Neutrality Susan Chalmers`` ->
    ``Susan Chalmers``."""
    words = text.split()
    ends = [" ".join(words[at:]) for at in range(len(words) - 1)]  # longest first
    named = [end for end in ends if person_evidence(end)]
    given = [end for end in named if is_given_name(end.split()[0])]
    return given[0] if given else (named[-1] if named else None)


def _before_section_label(text: str) -> tuple[str, str]:
    """``Constance Bommelear, ISOC Goal: The session ...``: the text before a label of a
    part of the report run into it (a page flattened by extraction), and that part."""
    for label in _INLINE_LABEL.finditer(text):
        if label_section(label["label"].split()[-1]):
            cut = label.end("label") - len(label["label"].split()[-1])
            return text[:cut].strip(), text[cut:].strip()
    return text, ""


_ORGANISATION_NAME_WORDS = 12  # no organiser's name is longer
_WORLD_REGION = re.compile(
    r"(?:latin\s+america|africa|asia|europe|americas?|middle\s+east|caribbean|pacific|oceania|"
    r"arab(?:\s+(?:region|states|world))?)(?:\s+and\s+the\s+caribbean)?",
    re.IGNORECASE,
)


def _organisation_name(text: str) -> bool:
    """True for text that can name an organising organisation: short, its first word
    capitalised (``eQualitie`` too), one sentence at most, not places or a post alone.
    Not ``in collaboration with a youth organisation``, ``Latin America``, ``Senior
    Manager`` or a clause of prose."""
    bare = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    words = bare.split()
    if not words or len(words) > _ORGANISATION_NAME_WORDS:
        return False
    if not any(character.isupper() or character.isdigit() for character in words[0]):
        return False
    if re.search(r"[a-z]{2}\.\s+[A-Z]", bare):
        return False  # two sentences
    last = re.sub(r"\([^()]*\)", "", bare).split()[-1]  # "ICT companies (members of ...)"
    if last.endswith("s") and (last.islower() or len(words) == 1) and last.isalpha():
        if word_count(last.lower()) > _COMMON_PLURAL:
            return False  # a kind of party: "Researchers", "ICT companies"
    if is_post(bare) and not ORG_WORDS.search(bare):
        return False  # a post alone: "Senior Manager"
    parts = re.split(r"\s+(?:and|&)\s+|,\s*", bare)
    return not all(is_place(part) or _WORLD_REGION.fullmatch(part) for part in parts)


_COMMON_PLURAL = 1_000_000  # counted this often, a plural word names a kind of party
_PROSE_WORDS = 15  # a paragraph this long, with a verb and a full stop, is prose


def _is_prose(text: str) -> bool:
    """True for a paragraph of sentences (``Upon completion of ..., the framework has been
    given green light ...``; a schedule's biography cut at ``... Read More →``), which no
    list of people or organisers holds."""
    if len(text.split()) < _PROSE_WORDS:
        return False
    if _READ_MORE.search(text):
        return True
    return text.rstrip().endswith((".", "!", "?")) and bool(_SENTENCE_VERB.search(text))


def _sentences(text: str) -> bool:
    """True for a paragraph long enough and ending as sentences do: no title, no name."""
    return len(text.split()) >= _PROSE_WORDS and text.rstrip().endswith((".", "!", "?"))


_RECASED_WORDS = (2, 4)  # a name in a numbered slot that may be recased has this many words


def _unique_organizers(organizers: list[Organizer]) -> list[Organizer]:
    """One entry per organising person (the first, completed by the others), as the
    person has one participation as organiser: ``Co-Proposer's Name: Ms. Anriette
    Esterhuysen`` and her line among the co-organisers."""
    first: dict[str, Organizer] = {}
    kept = []
    for organizer in organizers:
        key = organizer.person_name.casefold() if organizer.person_name else None
        if key is None or key not in first:
            kept.append(organizer)
            if key is not None:
                first[key] = organizer
            continue
        earlier = first[key]
        earlier.organisation = earlier.organisation or organizer.organisation
        if earlier.stakeholder_group is None:
            earlier.stakeholder_group = organizer.stakeholder_group
            earlier.stakeholder_group_basis = organizer.stakeholder_group_basis
        earlier.regional_group = earlier.regional_group or organizer.regional_group
    return kept


def _name_recased(item: str) -> str:
    """``Nitsan yasur, Civil Society``, ``valentina pellizzer``: the name before the first
    comma with its words capitalised, when it is two to four words of letters, the first
    capitalised or a known given name."""
    name, comma, rest = item.partition(",")
    words = _SALUTED.sub("", name).split()  # "Ms. valentina pellizzer"
    if not _RECASED_WORDS[0] <= len(words) <= _RECASED_WORDS[1]:
        return item
    if not (words[0][:1].isupper() or is_given_name(words[0].title())):
        return item
    if not all(word.isalpha() for word in words):
        return item
    recased = " ".join(w if w.lower() in PARTICLES else w[:1].upper() + w[1:] for w in words)
    return f"{recased}{comma}{rest}"


# A report saying that the people it goes on to name spoke: "the opening ceremony
# showcased 18 speakers who ...", "Other speakers included ...".
_SPEAKERS_SAID = re.compile(
    r"\b(?:featured|showcased|heard\s+from|brought\s+together)\s+(?:\d+|several|many|"
    r"multiple|a\s+number\s+of|distinguished|high-level)?\s*speakers\b|"
    r"\b(?:other|further|the)\s+speakers\s+included\b",
    re.IGNORECASE,
)
# A venue's address: "[ map ]", a floor ("29/F"), a number and a street.
_ADDRESS_WORDS = 20  # a longer paragraph is no address, even with "8 November. Ms. Lynn St"
_ADDRESS_LINE = re.compile(
    r"\[\s*map\s*\]|\b\d{1,3}/F\b|\b\d{1,5}\s+(?:[A-Z][\w'’.-]*\s+){1,3}"
    r"(?:Road|Street|Avenue|Rd|St|Ave|Boulevard|Blvd|Lane|Drive|Square)\b"
)
# An agenda item with its length, then who speaks: "ICANN - Supporting the IGF (20 mins) -".
_TIMED_ITEM = re.compile(r"\(\s*\d{1,3}\s*min(?:ute)?s?\.?\s*\)\s*[-–—]\s+(?P<who>\S.*)$", re.I)
_NAME_JOINER = re.compile(r"^(?:,\s*|\s+(?:or|and|&)\s+)")
_LONGEST_NAME = 4  # words
_IN_NAME_LIST = re.compile(r"^(?:or|and|&)$|[,;]$")  # what ends a name in a list of names


def _leading_names(text: str) -> tuple[list[str], str] | None:
    """(names, rest) of the names ``text`` begins with, joined by "or", "and" or commas and
    run into the text after them (``Markus Kummer or Nigel Hickson This part will ...``)."""
    names: list[str] = []
    rest = text
    while True:
        words = rest.split()
        size = next(
            (
                size
                for size in range(min(_LONGEST_NAME, len(words)), 1, -1)
                if not any(_IN_NAME_LIST.search(word) for word in words[: size - 1])
                and name_shape(name := " ".join(words[:size]).rstrip(".,;"))
                and person_evidence(name)
            ),
            0,
        )
        if not size:
            break
        names.append(" ".join(words[:size]).rstrip(".,;"))
        rest = rest[re.match(r"\s*" + r"\s+".join(map(re.escape, words[:size])), rest).end() :]
        joiner = _NAME_JOINER.match(rest)
        if joiner is None:
            break
        rest = rest[joiner.end() :]
    return (names, rest.strip()) if names else None


def _title_and_speakers(title: str) -> tuple[str, list[Entry]]:
    """A programme's title and the people written after it with a comma (``Welcome and
    opening address, Philipp Metzger, OFCOM Director General``), a dash (``Opening and
    overview of the day - Mr. Virgílio Almeida and Ms. Anriette Esterhuysen``), after
    ``by`` (``Welcome to Canadian IGF 2023 by Canadian IGF Secretariat Georgia Evans``) or
    after a keynote's label (``Keynote 1: ICANN Board Chair Tripti Sinha``): who gives it."""
    if given := _GIVEN_BY.match(title):
        who = given["who"] or given["keynoter"]
        described = listing.person_at_end(who)
        entry = read_entry(f"{described[1]}, {described[0]}" if described else who)
        if entry is not None and _full_name(entry):
            return (given["title"] or given["keynote"]).strip(), [entry]
    if dashed := _DASHED_PEOPLE.match(title):
        named = _SALUTED_NAMES.split(dashed["who"])  # "Mr. A and Ms. B", "Dr. A, Ms. B"
        entries = [read_entry(item, named_context=False) for item in named if item.strip()]
        if entries and all(entry is not None and _full_name(entry) for entry in entries):
            return dashed["title"], [entry for entry in entries if entry is not None]
    head, comma, rest = title.partition(", ")
    entry = read_entry(rest, named_context=False) if comma and len(head.split()) >= 2 else None
    if entry is None or not _full_name(entry):
        return title, []
    return head, [entry]


def _full_name(entry: Entry) -> bool:
    """True for an entry that names a person in full (two words or more, a person's)."""
    return person_evidence(entry.name) and len(entry.name.split()) >= 2


_SALUTED_NAMES = re.compile(r",\s*|\s+(?:and|&)\s+(?=(?:Mr|Ms|Mrs|Dr|Prof)\.?\s)")
_DASHED_PEOPLE = re.compile(r"^(?P<title>.+?)\s+[-–—]\s+(?P<who>(?:Mr|Ms|Mrs|Dr|Prof)\.?\s.+)$")


# A programme's item and who gives it: "... by <post or body> <name>", "Keynote 1: <name>".
_GIVEN_BY = re.compile(
    r"^(?P<title>.{3,}?)\s+by\s+(?P<who>[^,;:()]{3,80})$|"
    r"^(?P<keynote>keynote(?:\s+(?:address|speech|\d+))?)\s*[:–—-]\s*(?P<keynoter>[^,;:()]{3,80})$",
    re.IGNORECASE,
)


def _listed_person(text: str) -> Entry | None:
    """A line outside any list that still lists one person with an affiliation (``Name,
    Post, Organisation``), as programmes write panellists without a label: a speaker."""
    if _SENTENCE_VERB.search(text) or len(split_people(text)) != 1:
        return None
    parts = [part.strip() for part in re.split(r"[,(]|\s[-–—]\s", text)]
    if len(parts) < 2 or any(len(part.split()) > _ENTRY_PART_WORDS for part in parts):
        return None
    entry = read_entry(text, named_context=False)
    return entry if entry and (entry.organisation or entry.post) else None


def _name_alone(text: str) -> Entry | None:
    """A line that is one person's name and nothing else (``Mandy Carver tbc``)."""
    entry = read_entry(text, named_context=False)
    if entry is None or entry.organisation or entry.post or entry.group or entry.country:
        return None
    return entry if len(split_people(text)) == 1 and "," not in text else None


def _empty(report: Report) -> bool:
    """True for a template whose every answer is empty: no person, organiser or text."""
    passages = [*report.key_issues, *report.discussions, *report.description, *report.way_forward]
    return not (report.people or report.organizers or passages)


def _names_person_first(text: str) -> bool:
    """True when ``text`` starts with a person's name and then their affiliation
    (``John Rawa        CIO Fiji``, a roll's next line), not a post alone."""
    pieces = split_people(text)
    entry = read_entry(pieces[0], named_context=False) if pieces else None
    return entry is not None and bool(entry.post or entry.organisation)


def _named_organiser(entry: Entry, written: str) -> bool:
    """In a list of organisers, which are mostly organisations, an entry is a person when it
    gives an affiliation or begins with a known given name (``Derechos Digitales`` is
    neither)."""
    saluted = entry.name_as_written != entry.name and bool(_SALUTED.match(written.strip()))
    return bool(entry.organisation or entry.group or "(" in written or saluted) or is_given_name(
        entry.name.split()[0]
    )


def _bare_label(block: Block) -> bool:
    """A one-line paragraph that is a section's label (``Key Takeaways`` right under text)."""
    words = block.text.split()
    return (
        block.kind is Kind.PARAGRAPH
        and block.first == block.last
        and len(words) <= 8
        and (
            bool(block.roles)
            or label_section(block.text) is not None
            or bool(PANEL.match(block.text))
        )
    )


def passage(text: str, span: SourceSpan, unbulleted: bool = False) -> Passage:
    """A passage of ``text`` (lines as written): the lines joined and repaired (hyphenated
    words rejoined, run-together words split), and as written on one line."""
    lines = [line.strip() for line in text.splitlines()]
    repaired = repair_prose(join_lines(lines))
    return Passage(
        BULLET.sub("", repaired, count=1).strip() if unbulleted else repaired, " ".join(lines), span
    )


def mention(entry: Entry, role: Role, span: SourceSpan) -> PersonMention:
    """The person an entry writes, in ``role``."""
    person = PersonMention(entry.name, entry.name_as_written, role, span, title=entry.post)
    if entry.organisation:
        person.organisation = parse_organisation(entry.organisation, span)
    if entry.group:
        person.stakeholder_group = StakeholderGroup(entry.group)
        person.stakeholder_group_basis = Basis.STATED
    person.regional_group = entry.region
    return person


__all__ = ["REASON", "TRANSCRIPT", "VARIANT", "Profile", "people_on_line", "read", "read_all"]
