"""Transcripts: who actually spoke, in what role, and how much.

Real-time captioning transcripts write a turn as ``>> ANA RUIZ: ...``, ``>>RUIZ:``,
``>> MS. RUIZ:``, ``>> CHAIRMAN DESAI:``, ``>> MODERATOR:``, ``>> KOFI MENSAH, GHANA:``,
or ``>>`` alone; some write ``ANA RUIZ: ...`` without the arrows. A turn's speaker is
the name its label gives, joined to the fullest form of that name the transcript gives
(``DESAI`` is the ``Nitin Desai`` who said "My name is Nitin Desai"); an unnamed turn or
a role alone (``MODERATOR``) is the person who introduces themself in it ("I'm Cheryl
Miller, ... It's an honor to moderate"). People the speakers introduce as the session's
panel ("We'll begin with Ms. Lynn St. Amour", "joined by Miss Kawauchi") are speakers too.
A label or self-introduction that says chair or moderator gives that role; everyone
else who speaks is a speaker. Each person's turns and words are counted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from igfgraph.model import PersonMention, Role, SourceSpan
from igfgraph.parse.affiliations import is_country, parse_organisation
from igfgraph.parse.blocks import Block, Kind
from igfgraph.parse.cues import role_noun
from igfgraph.parse.entries import LEADING_AND, organisation_only, read_affiliation
from igfgraph.parse.mentions import find_mentions, known_names_of
from igfgraph.parse.names import (
    SALUTATIONS,
    clean_name,
    is_given_name,
    is_place,
    mistyped_word,
    name_shape,
    person_evidence,
)
from igfgraph.parse.repair import word_count

_ROLE_PREFIX = re.compile(
    r"^(?P<prefix>(?:co-?)?chair(?:man|woman|person)?|moderator|co-?moderator|facilitator|"
    r"(?:deputy|under|assistant)[- ]secretary[- ]general|secretary[- ]general|deputy|"
    rf"secretary|president|vice[- ]chair|minister|panell?ist|speaker|{SALUTATIONS})\.?\s+",
    re.IGNORECASE,
)
_GENERIC_SPEAKER = re.compile(
    r"^(?:(?:co-?)?chair(?:man|woman|person)?|moderator|co-?moderator|facilitator|host|"
    r"speaker(?:\s*\d+)?|panell?ist(?:\s*\d+)?|audience(?:\s+member)?|participant|floor|"
    r"interpreter|(?:unidentified|male|female|unknown)\s+speaker|voice|video|all|"
    r"question|remote\s+participant|online\s+participant|captioner|operator|narrator|presenter|"
    r"announcer|master\s+of\s+ceremonies|emcee|"
    r"(?:[\w-]+\s+)?(?:studio|room|hub|venue)(?:\s+[\w-]+)?)$",  # "HAGUE STUDIO": a place on air
    re.IGNORECASE,
)
_NAME_WORD = r"(?:(?:de|da|dos|van|von|der|den|la|le|del|di|bin|al|el)\b|St\.|[A-ZÀ-Þ][\w'’.\-]*)"
_NAME = rf"(?P<name>(?:[A-ZÀ-Þ][\w'’.\-]+|[A-Z]\.)(?:\s+{_NAME_WORD}){{0,7}})"
_SELF = re.compile(
    rf"\b(?i:my\s+name\s+is|my\s+name's|i\s+am|i'm|i’m|this\s+is)\s+"
    rf"(?:(?:{SALUTATIONS})\.?\s+)?{_NAME}",
)
_SPEAKING = re.compile(rf"^\s*{_NAME}\s+(?:speaking|here)\b")
# A speaker naming themself after a first sentence: "... introduce ourselves. Markus, speaking."
_SPEAKING_LATER = re.compile(rf"[.!?]\s+{_NAME},?\s+speaking\b")
_AFFILIATION = re.compile(
    r"^\s*(?:,\s*(?:an?\s+|the\s+)?[A-Za-z][\w\s-]{0,60}\s+|"
    r",?\s*(?:also\s+|and\s+I\s+(?:am|work)\s+|(?:here\s+)?with\s+us\s+(?:today\s+)?)?)"
    r"(?:from|with|of|at|representing|for)\s+(?:the\s+)?"
    r"(?P<org>(?:[A-ZÀ-Þ][\w&'’.\-]*|of|for|and|the|on|de|du)"
    r"(?:\s+(?:(?!I\b|I['’])[A-ZÀ-Þ][\w&'’.\-]*|of|for|and|the|on|de|du|in)){0,8})"
)
# Moderation handed to another: "I will leave the nitty-gritty moderation to my colleague, ".
_HANDING_OVER = (
    r"\b(?:leave|hand|pass|give)\b[^.]{0,40}?\bmoderation\s+to\s+(?:my\s+colleague,?\s+)?"
)
# Cues before the name of a panellist being introduced.
# Cues before the name of a panellist being introduced; the name is the first person's
# name in the rest of the sentence ("begin with the MAG Chair Ms. Lynn St. Amour").
_INTRODUCED = re.compile(
    r"\bintroduce\s+(?:you\s+to\s+)?|\bwe\s+have\s+(?:with\s+us\s+)?|\bjoined\s+by\s+|"
    r"\b(?:pleased|happy|fortunate|delighted|honou?red|glad|lucky)\s+to\s+have\s+(?:with\s+us\s+)?|"
    r"\bwith\s+me\s+(?:today\s+)?(?:are|is|here\s+are)\s+|\bpanell?ists\s+(?:are|include)\s+|"
    r"\bmembers\s+of\s+the\s+panel\b[^.,]{0,20}?(?:,|\s(?:are|include))\s+|"
    r"\bwelcome\s+|\blast\s+but\s+not\s+least,?\s+|\b(?:begin|start)\s+(?:alphabetically\s+)?with\s+|\bfollowed\s+by\s+|\bhear\s+from\s+|"
    r"\b(?:give|pass|hand)\s+(?:over\s+)?(?:the\s+floor|it|the\s+microphone)\s+(?:over\s+)?to\s+|"
    r"\bover\s+to\s+|\bcall(?:ing)?\s+(?:up)?on\s+|\binvite\s+|\bturn\s+to\s+|"
    r"\bwe(?:'ll|’ll|\s+will)\s+have\s+|\b(?:next|first|second|third|last)\s+(?:speaker\s+)?is\s+|"
    r"\b(?:presentation|remarks|intervention)s?\s+(?:by|from)\s+|\bsharing\s+this\s+task\s+with\s+|"
    r"\b(?:first|second|third|fourth|fifth|next|last)\s+on\s+(?:our|the)\s+panel\s+is\s+|"
    # "we're expecting two guest speakers this morning, Houlin Zhao, the ..., and ..."
    r"\b(?:guest|keynote|distinguished|special)\s+speakers?\b[^.,]{0,30},\s+|"
    r"\bI(?:'m|’m|\s+am)\s+here\s+(?:today\s+)?with\s+|"
    # "co-facilitator for the session with Avri", not "co-facilitators ... with process"
    r"\bco-?(?:facilitat|moderat|chair)\w*\b[^.]{0,60}?\b(?:with|by\s+myself\s+and)\s+(?=(?-i:[A-Z]))|"
    r"\bmy\s+co-?(?:chair|moderator|facilitator)\w*\s*,?\s*|"
    # "leave the moderation to my colleague, Karen Mulberry"; a panel around the speaker
    rf"{_HANDING_OVER}|\bnext\s+to\s+me\s+(?:is|are|we\s+have)\s+|\b(?:one|the\s+other|other)\s+is\s+|"
    # "to my very left, ...", "to the right is Paul Mitchell", "and to his right is ..."
    r"\b(?:to|on)\s+(?:my|his|her|the|our)\s+(?:very\s+|immediate\s+)?(?:left|right)"
    r"(?:\s+(?:is|are|sits)\s+|\s*,\s*(?!we\b|is\b|are\b|there\b))|"
    r"(?:^|[.!?]\s+)(?:then|and)\s+(?=(?-i:[A-Z]))|\bI\s+mentioned\s+",
    re.IGNORECASE,
)
_CANDIDATE = re.compile(_NAME)
# A role said of a person right after their name: ", who will be the Rapporteur of this session".
_WHO_WILL_BE = re.compile(
    r"^\s*,?\s*who\s+(?:will\s+be|is)\s+(?:the\s+|our\s+)?(?:session\s+)?(?P<role>"
    r"rapporteur|moderator|co-?moderator|facilitator|co-?facilitator|chair|co-?chair|"
    r"(?:online|remote)\s+moderator)\b"
    # of this session, not of another body ("who is the Chair of the MAG")
    r"(?=\s*(?:[,.;]|$|(?:of|for)\s+(?:this|the|today['’]?s?)\s+(?:session|meeting|panel|"
    r"workshop|discussion)\b|today\b))",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(
    r"(?<![A-Z])(?<!\bSt)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)[.!?;](?:\s|$)"
)
_INTRODUCTION_REACH = 160  # characters after the cue where the name may stand
_LIST_REACH = 400  # characters after the cue where a list of people introduced may run
# "Agustina Callegari, from the Internet Society.": a sentence that only introduces someone.
_INTRODUCING_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?:])(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)(?<!\bProf\.)\s+)"
    rf"{_NAME},?\s+(?:from|of|with)\s+(?:the\s+)?(?P<org>[^.!?]{{2,80}})[.!?](?:\s|$)"
)


def introduced(words: str) -> list[tuple[str, str | None, Role | None]]:
    """(name, organisation, role) of each person a turn introduces; the role is the one a
    co-moderating cue gives ("co-facilitator for the session with Avri Doria")."""
    found = []
    for cue in _INTRODUCED.finditer(words):
        window = words[cue.end() : cue.end() + _LIST_REACH]
        window = window[: end.start()] if (end := _SENTENCE_END.search(window)) else window
        if _ABSENT.search(window):
            continue  # "we have Danko, Guinella, they sent their regrets": not here
        role, listed_from = _shared_role(cue.group()), None
        for candidate in _CANDIDATE.finditer(window):
            if listed_from is None and candidate.start() > _INTRODUCTION_REACH:
                break
            if listed_from is not None and candidate.start() < listed_from:
                continue  # a word of the previous person's organisation
            gap = window[listed_from or 0 : candidate.start()]
            first = listed_from is None
            described = not first and _DESCRIPTION_START.match(gap)
            if listed_from is not None and not (
                _LIST_JOINER.fullmatch(gap) or _DESCRIBED_BETWEEN.fullmatch(gap)
            ):
                if described:
                    continue  # "..., who leads the Internet Governance Forum, ...": on
                break  # the next name is no longer part of the list of introduced people
            name = _without_place(_trim_name(candidate["name"]))
            alone = not gap.strip(" ,") and _given_name_alone(name)  # "next to me is Jovan"
            if not (_is_introduced_name(name) or alone):
                if listed_from is None or described:
                    continue
                break
            tail = _AFFILIATION.match(window[candidate.end("name") :])
            listed_from = candidate.end("name")
            organisation = None
            if tail:
                org_text = _CONNECTORS_AT_END.sub("", _before_next_person(tail["org"]))
                organisation = _organisation(org_text)
                if organisation:  # not ", who has been ... of the key role"
                    listed_from += tail.start("org") + len(org_text)
            if not (tail and _DIRECT_AFFILIATION.match(tail.group()) and organisation):
                # ", the second co-facilitator of the WSIS+20 process, she is the ..."
                rest = window[candidate.end("name") :]
                organisation = _described_organisation(rest) or organisation
            own = _NAMED_ROLE.search(gap.rsplit(",", 1)[-1])  # "the moderator is X"
            if first and (ours := _OUR_ROLE.search(gap)):
                role = _shared_role(ours.group())  # "to our moderators, A and B": the list's
            named_role = _shared_role(own.group()) if own else None
            if after := _WHO_WILL_BE.match(window[candidate.end("name") :]):
                named_role = role_noun(after["role"])  # "Mark Carvell, who will be the Rapporteur"
            found.append((name, organisation, named_role or role))
    for sentence in _INTRODUCING_SENTENCE.finditer(words):
        name = _trim_name(sentence["name"])
        if name == sentence["name"].strip() and person_evidence(name):
            found.append((name, _organisation(sentence["org"]), None))
    for announced in _WILL_SPEAK.finditer(words):
        name = _without_place(_trim_name(announced["name"]))
        if name and person_evidence(name):
            tail = _AFFILIATION.match(announced["affiliation"] or "")
            found.append((name, _organisation(tail["org"]) if tail else None, None))
    return found


_ABSENT = re.compile(r"\b(?:regrets|apolog(?:y|ies|ised|ized)|cannot\s+make\s+it|absent)\b", re.I)
# A description between two people introduced together: "A, who leads X, B, the head of Y".
_DESCRIPTION_START = re.compile(r",\s*(?:who|the|a|an|our|my|from|of|with|as)\b")
_DESCRIBED_BETWEEN = re.compile(
    rf"{_DESCRIPTION_START.pattern}[^.;:!?]{{0,160}}?,\s*(?:and\s+)?(?:(?:also\s+)?(?:from|with|by)\s+)?"
)
# A role said of the person named next: "the moderator is the esteemed X".
_NAMED_ROLE = re.compile(r"\b(?:co-?)?(?:moderator|facilitator|chair)\s+(?:is|will\s+be)\b", re.I)
_OUR_ROLE = re.compile(  # "our moderator, X", "the moderator for this IGF session, Mr X"
    r"^\s*(?:our|the|my)\s+(?:co-?)?(?:moderator|facilitator|chair)s?"
    r"(?:\s+(?:for|of)\s+(?:this|the|today['’]s)\s+(?:[\w-]+\s+){0,2}?(?:session|workshop|panel|"
    r"meeting))?\s*,\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$",
    re.I,
)
# What stands between two people introduced together: "A from X and B from Y", "A, B".
_LIST_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:(?:also\s+)?(?:from|with|by)\s+)?")
# "Ritu Srivastava of the Digital Empowerment Foundation will bring in ...": a person
# announced as about to speak.
_WILL_SPEAK = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w'’\-]+(?:\s+(?:(?:de|da|dos|van|von|der|den|la|le|del|di)\b|"
    r"[A-ZÀ-Þ][\w'’\-]*)){1,5})"
    r"(?P<affiliation>,?\s+(?:of|from|with)\s+[^.;]{0,80}?)?\s+will\s+(?:now\s+|then\s+|also\s+)?"
    r"(?:speak|present|talk|share|bring|give|tell|explain|start|open|walk|take\s+us|introduce|"
    r"offer|provide|reflect|respond|comment)\b"
)


def _before_next_person(text: str) -> str:
    """``DiploFoundation and Vint Cerf`` -> ``DiploFoundation``: an organisation's name
    ends where the next person introduced with it begins."""
    for joiner in re.finditer(r"\s+and\s+(?:(?:also\s+)?(?:from|with|by)\s+)?|,\s*", text):
        following = " ".join(text[joiner.end() :].split()[:2])
        if person_evidence(following):
            return text[: joiner.start()]
    return text


# The end of a sentence after an acronym too ("to the UN. We"), not after an initial; a
# sentence broken off ("Information Before --") or a captioner's note ("[ Applause ]").
_DESCRIPTION_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bSt)(?<!\bMr)(?<!\bMs)(?<!\bDr)[.!?;](?:\s|$)|\s*(?:\S*\s+--|\[|\()"
)
_DIRECT_AFFILIATION = re.compile(r"^,?\s*(?:also\s+)?(?:from|with|of|at|representing|for)\b")
_NEW_CLAUSE = re.compile(r"^\s*(?:and|but|so)\s+(?:I|we|he|she|they|it)\b")
_OTHER_NAME = re.compile(r"^\s*(?:also\s+|better\s+|formerly\s+)?known\s+as\b", re.IGNORECASE)
_DESCRIBED_AS = re.compile(r"^(?:(?:s?he|who)\s+is\s+)?(?:(?:the|a|an|our)\s+)?", re.IGNORECASE)
_LOWER_WORD = re.compile(r"(?<![\w-])(?!(?:of|for|and|the|on|de|du|la|in)\b)[a-z][\w-]*")


def _described_organisation(rest: str) -> str | None:
    """The organisation the words after a name describe it by, up to the end of the
    sentence: ``, Ambassador, Vice Director, Swiss Federal Office of Communications.``;
    of a longer description its last parts (``, one of the co-facilitators ..., she is the
    Permanent Representative of Albania to the UN`` -> ``Government of Albania``)."""
    if not rest.startswith(","):
        return None
    sentence = _DESCRIPTION_END.split(rest, maxsplit=1)[0]
    sentence = sentence[: _next_introduction(sentence)]  # "... and then we have Mr. Li Junhua"
    parts: list[str] = []
    for part in sentence.split(",")[1:]:
        if person_evidence(LEADING_AND.sub("", part.strip())) or _NEW_CLAUSE.match(part):
            break  # the next person introduced ("and Michael Moller"), or "and I have ..."
        if not _OTHER_NAME.match(part):  # "also known as ADVOCS"
            parts.append(_DESCRIBED_AS.sub("", part.strip()))
    for start in reversed(range(len(parts))):
        post, organisation = read_affiliation(", ".join(parts[start:]))
        if organisation and not _LOWER_WORD.search(organisation):
            return organisation
        if post is None and organisation is None:
            break  # no affiliation from here on: the description is something else
    return None


def _next_introduction(text: str) -> int:
    """Where ``text`` begins to introduce another person (a cue, then a person's name),
    or its length."""
    for cue in _INTRODUCED.finditer(text):
        name = _CANDIDATE.search(text, cue.end(), cue.end() + _INTRODUCTION_REACH)
        if name and _is_introduced_name(_trim_name(name["name"])):
            return cue.start()
    return len(text)


def _given_name_alone(name: str, as_word: int | None = None) -> bool:
    """True for a known given name said alone that is no common English word (``Jovan``,
    ``Manu``; not ``Grace``); ``as_word``: how often a word may be counted where only a
    person's name can stand ("Markus, speaking", "I hand over to Lynn.")."""
    limit = _ENGLISH_WORD if as_word is None else as_word
    return (
        bool(name) and " " not in name and is_given_name(name) and word_count(name.lower()) < limit
    )


_COMMON_WORD = 500_000_000  # counted this often ("has", "the"), a word is in no name
_GIVEN_NAME_AS_WORD = 12_000_000  # counted this often, a given name is a word too ("Grace")


def _is_introduced_name(name: str) -> bool:
    """True for a person's name, never a place's ("with process in New York")."""
    return bool(name) and person_evidence(name) and not is_place(name)


def _shared_role(cue: str) -> Role | None:
    word = cue.lower()
    if "chair" in word:
        return Role.CHAIR
    if "moderat" in word or "facilitat" in word or "sharing this task" in word:
        return Role.MODERATOR
    return None


def _without_place(name: str) -> str:
    """``Geneva Chengetai Masango`` -> ``Chengetai Masango``: a first word that is no
    given name before one that is."""
    words = name.split()
    rest = " ".join(words[1:])
    if len(words) >= 3 and not is_given_name(words[0]) and is_given_name(words[1]):
        return rest
    if len(words) >= 3 and is_place(words[0]) and person_evidence(rest):
        return rest
    return name


_CONNECTORS_AT_END = re.compile(r"(?:\s+(?:and|of|for|the|on|de|du|in))+$")


def _organisation(text: str) -> str | None:
    """An organisation's name taken from running text, cut at the end of its sentence;
    None for a person's name ("co-facilitator with Avri Doria")."""
    cut = re.split(r"\.\s", text + " ")[0].strip(" .,")
    cut = _CLAUSE_AFTER.split(cut)[0].strip(" ,")  # "UNDESA, who would like to ..."
    cut = _CONNECTORS_AT_END.sub("", cut)
    head = cut.split(",")[0].strip()
    colleague = head != cut and is_given_name(head)  # "Andrey Romanov, Julia, also from"
    if head and (is_place(head) or colleague):  # "Brussels, working for CEPS"
        working = _WORKING_FOR.search(cut, len(head))
        return _organisation(cut[working.end() :]) if working else None
    return organisation_only(cut) if cut and not person_evidence(cut) else None


# Where a place or a colleague's name before an organisation gives way to it: "based in
# Brussels, working for the Center for European Policy Studies".
_WORKING = r"(?:working|work)\s+(?:for|at|with)\s+"
_WORKING_FOR = re.compile(rf",\s*(?:and\s+)?(?:currently\s+)?{_WORKING}")


# Where an organisation named in running text ends: a clause about the person ("UNDESA,
# who would like to say a few words", "UN DESA to take the stage").
_CLAUSE_AFTER = re.compile(
    r",?\s+(?:who|which|whose|whom)\b|\s+to\s+(?:take|say|speak|give|deliver|join|come|make|"
    r"open|present|share|introduce|address|start|close)\b",
    re.IGNORECASE,
)
_MODERATING = re.compile(
    r"\b(?:moderat\w*|co-?moderat\w*|facilitat\w*|co-?facilitat\w*|host\w*\s+(?:this|the|today)|"
    r"leading\s+the\s+session)\b",
    re.IGNORECASE,
)
_CHAIRING = re.compile(
    r"\b(?:i\s+(?:will\s+)?chair|i(?:'m|’m|\s+am|'ll\s+be|’ll\s+be|\s+will\s+be)\s+chairing|"
    r"(?:asked|invited|requested)\s+me\s+to\s+chair|"  # "he asked me to chair the meeting"
    # "as chair, I ...", not "as the chair has just said"
    r"as\s+(?:the\s+)?chair(?:\s+of\s+(?:this|the|today['’]?s?)\s+\w+)?\s*,?\s+(?:I|we|let\s+me)|"
    r"my\s+(?:privilege|honou?r|pleasure)\s+to\s+(?:be\s+(?:the\s+)?)?chair|my\s+co-?chair|"
    # "I have the privilege and honor to chair", "I'm the Chair of this main session"
    r"i\s+have\s+the\s+(?:privilege|honou?r|pleasure)(?:\s+and\s+\w+)?\s+to\s+chair|"
    r"i(?:'m|’m|\s+am)\s+the\s+(?:co-?)?chair\s+of\s+(?:this|the|today)|"
    # presiding: "We call this session to order" (a gavel alone is the Secretariat's too)
    r"(?:call|declare)\s+(?:this|the)\s+(?:session|meeting)\s+(?:to\s+order|open)|"
    # "it's my pleasure to open the Closing Ceremony of the 2014 IGF meeting"
    r"my\s+(?:privilege|honou?r|pleasure)\s+to\s+open\s+(?:this|the)\s+(?:\w+\s+){0,2}?"
    r"(?:ceremony|meeting|session|plenary|forum))\b",
    re.I,
)
_OWN_MODERATING = re.compile(
    r"\b(?:i(?:'ll|’ll|\s+will)\s+(?:be\s+)?(?:moderat|facilitat)\w*|"
    r"i(?:'m|’m|\s+am)\s+(?:going\s+to\s+be\s+)?(?:your\s+|the\s+|a\s+)?(?:moderat|facilitat)\w*|"
    r"my\s+(?:privilege|honou?r|pleasure)\s+to\s+(?:moderate|facilitate)|"
    # "a session co-moderated together by myself and Vladimir"
    r"(?:moderat|facilitat)ed\s+(?:together\s+|jointly\s+)?by\s+myself)\b",
    re.I,
)


@dataclass
class Speaker:
    """One person of a transcript: their name, role, affiliation and what they said."""

    name: str
    written: str
    role: Role
    span: SourceSpan
    organisation: str | None = None
    country: str | None = None
    turns: int = 0
    words: int = 0
    aliases: set[str] = field(default_factory=set)


_CAPTIONING = re.compile(
    r"\b(?:real-?\s?time\s+)?captioning\b|\btranscri(?:pt|ption|bing|bed)\b", re.IGNORECASE
)


def is_transcript(blocks: list[Block]) -> bool:
    """True when speaker turns make the document: two turns, or one with the captioning
    notice or most of the text."""
    turns = [block for block in blocks if block.kind is Kind.TURN]
    if len(turns) >= 2:
        return True
    if not turns:
        return False
    words = sum(len(block.text.split()) for block in blocks)
    notice = any(_CAPTIONING.search(block.text) for block in blocks if block.kind is not Kind.TURN)
    return notice or len(turns[0].text.split()) > words / 2


def _label_parts(label: str) -> tuple[str, Role | None, str | None]:
    """(name as written, role the label states, place or organisation after a comma)."""
    written, _, after = label.partition(",")
    role: Role | None = None
    while prefix := _ROLE_PREFIX.match(written):
        word = prefix["prefix"].lower().replace("-", "")
        if "chair" in word:
            role = Role.CHAIR
        elif "moderator" in word or "facilitator" in word:
            role = Role.MODERATOR
        written = written[prefix.end() :]
    if _GENERIC_SPEAKER.match(written.strip()):
        generic = written.strip().lower()
        role = role or (
            Role.CHAIR if "chair" in generic else Role.MODERATOR if "moderat" in generic else None
        )
        written = ""
    return written.strip(), role, after.strip() or None


_OPENING = 1200  # characters of a turn where a speaker introduces themself
_CHATTER = 20  # words others may say before the first speaker's opening is over
_OWN_REACH = 200  # characters after the name where they say where they work
_POST_HEAD = r"(?:Head|Director|President|Chair|Coordinator|Founder|Manager|Executive\s+Director)"
_OWN_ORG_NAME = r"[A-Z][\w&'’\-]*(?:\s+(?:(?!I\b|I['’])[A-Z][\w&'’\-]*|of|for|and|on|the)){0,8}"
_OWN_ORGANISATION = re.compile(
    r"\bI(?:'m|’m|\s+am|\s+work|\s+serve|\s+act)\s+(?:(?:a|an|the)\s+)?"
    rf"(?:(?:[a-z][\w‑-]*|{_POST_HEAD})(?:\s+|(?=,))){{0,4}}?"
    r"(?:at|for|with|of|in|,\s*from)\s+(?:the\s+)?"
    rf"(?P<org>{_OWN_ORG_NAME})"
)
_WORKING_AT = re.compile(rf"\b{_WORKING}(?:the\s+)?(?P<org>{_OWN_ORG_NAME})")
# "... of Global Connectivity at the International Institute ...": the body after "at".
_AT_BODY = re.compile(rf"\s+at\s+(?:the\s+)?(?P<org>{_OWN_ORG_NAME})")


_OWN_POST = re.compile(
    r"\bI(?:'m|’m|\s+am|\s+serve\s+as|\s+work\s+as)\s+(?=(?:the\s+|an?\s+)?[A-Z])"
)


def _self_introduction(words: str) -> tuple[str, str | None] | None:
    """The name (and organisation) a speaker gives themself in their first sentences."""
    opening = words[:_OPENING]
    match = _SELF.search(opening) or _SPEAKING.match(opening)
    if match is None and (later := _SPEAKING_LATER.search(opening)):
        given = _trim_name(later["name"])
        return (given, None) if _given_name_alone(given, _GIVEN_NAME_AS_WORD) else None
    if match is None:
        return None
    name = _trim_name(match["name"])
    if not name or not (person_evidence(name) or (name_shape(name) and len(name.split()) >= 2)):
        named = match.group().lower().startswith(("my name is", "my name's"))
        if not (named and name and name_shape(name) and _rare_word(name)):
            return None  # "My name is Nnenna": a given name alone, said as one
    rest = opening[match.start("name") + _name_length(match["name"]) :]
    after = _AFFILIATION.match(rest) or _OWN_ORGANISATION.search(rest[:_OWN_REACH])
    if after:
        at = _AT_BODY.match(rest, after.end()) if after.re is _OWN_ORGANISATION else None
        organisation = _organisation((at or after)["org"])
        if organisation is None and (  # "based in Brussels, working for the Centre ..."
            working := _WORKING_AT.search(rest, after.end(), after.end() + _OWN_REACH)
        ):
            organisation = _organisation(working["org"])
        return name, organisation
    post = _OWN_POST.search(rest[:_OWN_REACH])  # "I am Director of Global Voices Advocacy"
    return name, _described_organisation(", " + rest[post.end() :]) if post else None


def _rare_word(name: str) -> bool:
    """True for a one-word name that is no common English word (``Nnenna``, not
    ``Happy``)."""
    return " " not in name and word_count(name.lower()) < _ENGLISH_WORD


_ENGLISH_WORD = 500_000  # counted this often, a word is English, not a name said alone


def _name_length(run: str) -> int:
    """How much of a capitalised run is the name :func:`_trim_name` keeps: up to the end
    of its sentence (``Bill Graham.  I``) or a small word (``Ana Ruiz and``)."""
    for word in re.finditer(r"\S+", run):
        if word.group().lower() in _NOT_IN_NAME:
            return word.start()
        if word.group().endswith(".") and len(word.group()) > 2 and word.group() != "St.":
            return word.end() - 1
    return len(run)


_SALUTATION_IN_NAME = re.compile(rf"^.*?\b(?:{SALUTATIONS})\.?\s+(?=[A-Z])")
_NOT_IN_NAME = frozenset({"and", "the", "i", "i'm", "i’m", "from", "with", "who", "is"})


def _trim_name(name: str) -> str:
    """The name a capitalised run holds: after any salutation (``MAG Chair Ms. Lynn``), up
    to the end of its sentence (``Nitin Desai. I'm``), without trailing small words."""
    name = _SALUTATION_IN_NAME.sub("", name)
    words: list[str] = []
    for word in name.split():
        if word.lower() in _NOT_IN_NAME:
            break
        words.append(word)
        if word.endswith(".") and len(word) > 2 and word != "St.":
            words[-1] = word.rstrip(".")
            break
    while words and not name_shape(words[-1]):
        words.pop()
    return clean_name(" ".join(words))[0] if words else ""


def _short_form(short: list[str], full: list[str]) -> bool:
    """True when ``short`` is the first word of the longer ``full`` or its last words
    (``Kummer``, ``van Horenbeeck`` of ``Maarten van Horenbeeck``), or ``full`` with its
    given name as an initial (``t. gass`` of ``thomas gass``)."""
    if len(short) == len(full) > 1 and short[1:] == full[1:]:
        initial = short[0].rstrip(".")
        return len(initial) == 1 and full[0].startswith(initial) and len(full[0]) > 1
    if not 0 < len(short) < len(full):
        return False
    return full[-len(short) :] == short or (len(short) == 1 and short[0] == full[0])


def _one_letter_apart(words: list[str], other: list[str]) -> bool:
    """True for two names of two or more words that differ by one typo in one word of five
    letters or more, not its first letter (``Shimeless Lemma``, ``Shimeles Lemma``), unless
    both spellings are given names (``Maria``, ``Mario``)."""
    spellings = mistyped_word(words, other, _SLIP_WORD) if len(words) >= 2 else None
    # "Maria Lopez" and "Mario Lopez": two people
    return spellings is not None and not all(is_given_name(word.title()) for word in spellings)


_SLIP_WORD = 5  # shorter words one letter apart are too often two names


def _fuller(name: str, than: str) -> bool:
    """True when ``name`` writes more of the person's name than ``than``: more words, or a
    given name where ``than`` has its initial (``Thomas Gass``, ``T. Gass``)."""
    words, other = name.split(), than.split()
    added = [word for word in words if word not in other]
    if any(word_count(word.lower()) >= _COMMON_WORD for word in added):
        return False  # "Has Anriette said": a sentence's first word, no given name
    if len(words) != len(other):
        return len(words) > len(other)
    return len(other[0].rstrip(".")) == 1 and len(words[0].rstrip(".")) > 1


class TranscriptReading:
    """Speakers of a transcript, built turn by turn."""

    def __init__(self) -> None:
        self.speakers: dict[str, Speaker] = {}
        self.order: list[str] = []

    def find(self, written: str) -> Speaker | None:
        """The known speaker a name as written stands for: the same name, or one known
        speaker whose first or last word is the whole of the other name (``Desai`` and
        ``Nitin Desai``, ``Avri`` and ``Avri Doria``)."""
        folded = written.casefold()
        if folded in self.speakers:
            return self.speakers[folded]
        words = folded.split()
        same = [
            speaker
            for key, speaker in self.speakers.items()
            if _short_form(words, key.split()) or _short_form(key.split(), words)
        ]
        if not same:  # "SHIMELESS LEMMA", then "SHIMELES LEMMA": the captioner's slip
            same = [s for key, s in self.speakers.items() if _one_letter_apart(words, key.split())]
        return same[0] if len(same) == 1 else None

    def add(
        self, name: str, role: Role, span: SourceSpan, written: str = "", label: bool = True
    ) -> Speaker:
        """The speaker ``name`` is, added when new; a ``label`` (not a name said in a turn)
        may correct the spelling of one known."""
        known = self.find(name)
        if known is not None:
            slip = _one_letter_apart(name.casefold().split(), known.name.casefold().split())
            if _fuller(name, known.name) or (slip and label and known.turns <= 1):
                # the fuller form wins; of two labels' spellings, the later (a captioner
                # corrects); a turn's label over the name an introduction says
                del self.speakers[known.name.casefold()]
                self.order[self.order.index(known.name.casefold())] = name.casefold()
                known.aliases.add(known.name)
                known.name = name
                self.speakers[name.casefold()] = known
            if role is not Role.SPEAKER and known.role is Role.SPEAKER:
                known.role = role
            return known
        speaker = Speaker(name, written or name, role, span)
        self.speakers[name.casefold()] = speaker
        self.order.append(name.casefold())
        return speaker


def read_turns(blocks: list[Block], span_of: Callable[[Block], SourceSpan]) -> list[Speaker]:
    """The speakers of a transcript's turns and the panellists they introduce, in order."""
    reading = TranscriptReading()
    introductions: list[tuple[str, str | None, SourceSpan, Role | None]] = []
    named_labels: dict[str, str] = {}  # a role's label -> who introduced themself under it
    previous: Speaker | None = None  # who spoke the turn before
    to_chair: re.Match[str] | None = None  # the turn before handed the floor to the chair
    handed_to: str | None = None  # the given name the turn before handed the meeting to
    opening = ""  # what the first speaker says before anyone else says much
    chatter = 0  # words the others said meanwhile ("Oh, there we are, never mind.")
    for block in blocks:
        if block.kind is not Kind.TURN:
            continue
        span = span_of(block)
        if previous and previous.role is Role.SPEAKER and _ADDRESSES_CHAIR.match(block.value):
            previous.role = Role.CHAIR  # "Chairman, Honorable Ministers, ...": the turn before
        written, role, after = _label_parts(block.label)
        own = _self_introduction(block.value)
        role = (
            role
            or _own_role(block.value, introduced=bool(own))
            or (Role.CHAIR if to_chair else None)
        )
        name = clean_name(written)[0] if written else ""
        given = to_chair["given"] if to_chair else None
        if name and given and " " not in name + given and person_evidence(f"{given} {name}"):
            name = f"{given} {name}"  # "over to Anriette, our chair", then "MS. ESTERHUYSEN"
        to_chair = _FLOOR_TO_CHAIR.search(block.value)
        if not name and not own and role in _STATED_ROLES and handed_to:
            name = handed_to  # "I hand over the meeting to Lynn.", then "CHAIR:"
        handed = _HANDED_TO.search(block.value)
        handed_to = handed and (handed["name"] or handed["chair"])
        if handed_to and not (_given_name_alone(handed_to, _GIVEN_NAME_AS_WORD) or handed["chair"]):
            handed_to = None  # "the Chair, Anriette,": a name where only one can stand
        if (
            name
            and len(name.split()) == 1
            and own
            and own[0].split()[-1].casefold() == name.casefold()
        ):
            name = own[0]  # "DESAI" who says "My name is Nitin Desai"
        label = block.label.strip().casefold()
        if not name and own:
            name = own[0]
            if label:
                named_labels.setdefault(label, name)  # "MODERATOR" who said "My name is ..."
        elif not name and label in named_labels:
            name = named_labels[label]  # the same "MODERATOR" speaking again
        introductions.extend((name, org, span, role) for name, org, role in introduced(block.value))
        if not name or not name_shape(name):
            previous = None  # "CHAIR:" unnamed spoke last, not the one before
            continue
        speaker = previous = reading.add(name, role or Role.SPEAKER, span, written)
        if speaker is not reading.speakers[reading.order[0]]:
            chatter += len(block.value.split())
        elif chatter < _CHATTER:
            opening += f" {block.value}"  # "Are we on?", a word from the desk, "Welcome to"
        speaker.turns += 1
        speaker.words += len(block.value.split())
        if own and own[1] and is_country(own[1]):
            speaker.country = speaker.country or own[1]  # "I am from Poland": no body
        elif own and own[1] and speaker.organisation is None:
            speaker.organisation = own[1]
        if speaker.organisation is None and (body := _own_body(block.value)):
            speaker.organisation = body
        if after and speaker.country is None and speaker.organisation is None:
            if is_country(after.title()):
                speaker.country = after
            else:
                speaker.organisation = after
    for name, organisation, span, role in introductions:
        speaker = reading.add(name, role or Role.SPEAKER, span, label=False)
        speaker.organisation = speaker.organisation or organisation
    _first_runs_the_panel(reading, opening)
    _named_in_turns(
        reading, [(block, span_of(block)) for block in blocks if block.kind is Kind.TURN]
    )
    return [reading.speakers[key] for key in reading.order]


def _first_runs_the_panel(reading: TranscriptReading, opening: str) -> None:
    """The first speaker moderates when nobody is said to chair or moderate and their
    opening words welcome the room to the session or run the room, and speak of its panel
    ("welcome you to the Workshop 112. We have a distinguished panel with us", "Can I
    request Mr. Markus to join the table")."""
    speakers = [reading.speakers[key] for key in reading.order]
    if not speakers or any(speaker.role in _STATED_ROLES for speaker in speakers):
        return
    words = opening[:_OPENING]
    runs = _WELCOMES.search(words) or _GIVES_THE_FLOOR.search(words)
    if speakers[0].role is Role.SPEAKER and runs and _PANEL.search(words):
        speakers[0].role = Role.MODERATOR


_WELCOMES = re.compile(
    r"\bwelcome\s+(?:you\s+|everyone\s+|everybody\s+)?(?:all\s+)?(?:(?:here\s+|this\s+morning\s+|"
    r"this\s+afternoon\s+)?)to\s+(?:our|this|the)\s+(?:\w+\s+){0,2}?(?:workshop|session|panel|"
    r"round\s*table|open\s+forum)\b",
    re.IGNORECASE,
)
# Running the room: "Can I request Mr. Markus to join the table", "I give the floor to".
_GIVES_THE_FLOOR = re.compile(
    r"\b(?:(?:can|may|let)\s+(?:I|me)\s+(?:request|invite|ask)\b|I\s+(?:would\s+like\s+to\s+)?"
    r"(?:invite|give\s+the\s+floor|hand\s+over)\b|wrap\s+up\s+(?:this|the|those|these|our))",
    re.IGNORECASE,
)
_PANEL = re.compile(
    r"\b(?:panel(?:l)?ists?|panels?|discussants|each\s+of\s+them|to\s+join\s+the\s+table|"
    r"we\s+have\s+\w+\s+speakers)\b",
    re.I,
)


# A turn that gives the floor to the chair: the next speaker chairs.
_HAND_OVER_TO = (
    r"\b(?:hand|give|pass|turn)\s+(?:over\s+)?(?:the\s+floor|the\s+meeting|it)\s+(?:over\s+)?to\s+"
)
_FLOOR_TO_CHAIR = re.compile(
    _HAND_OVER_TO + r"(?:(?P<given>[^.,;]{1,30}),\s+)?(?:our\s+|the\s+)(?:\w+\s+){0,2}?(?:co-?)?"
    r"chair(?:man|woman|person)?\b",
    re.IGNORECASE,
)
# A turn that ends by handing the meeting to someone named: "I hand over the meeting to Lynn."
_HANDED_TO = re.compile(
    _HAND_OVER_TO + r"(?:(?P<name>[A-ZÀ-Þ][\w'’-]+)\s*[.!]?\s*$|"
    r"(?i:the|our)\s+(?i:(?:co-?)?chair(?:man|woman|person)?),\s+(?P<chair>[A-ZÀ-Þ][\w'’-]+)\s*,)"
)
# A turn that begins by addressing the chair: the one who gave the floor chairs.
_ADDRESSES_CHAIR = re.compile(
    r"^\W*(?:(?:okay|ok|yes|good|well)[.,!]\s+)?(?:thank\s+you(?:\s+very\s+much)?[,.]?\s+)?"
    r"(?:mr\.?\s+|madam\s+|madame\s+)?"
    r"chair(?:man|woman|person)?\b",
    re.IGNORECASE,
)
# Roles a turn can give someone by naming them ("moderated by X", "X is our remote
# moderator"); being named otherwise makes nobody a participant of a transcript.
_STATED_ROLES = frozenset({Role.CHAIR, Role.MODERATOR, Role.ONLINE_MODERATOR, Role.RAPPORTEUR})


def _named_in_turns(reading: TranscriptReading, turns: list[tuple[Block, SourceSpan]]) -> None:
    """What the turns say of people: the full name of a speaker labelled by surname only
    (``KUMMER`` and "the executive secretary, Markus Kummer"), the organisation said of a
    speaker ("the Honorable Minister from Rwanda, Dr. Gatare") and the roles stated for
    people ("will be moderated by Chris Disspain and Jeanette Hofmann")."""
    stated: list[PersonMention] = []
    names = known_names_of(speaker.name for speaker in reading.speakers.values())
    for block, span in turns:
        for person in find_mentions(" ".join(block.value.split()), span, known=names).people:
            known = reading.find(person.name)
            if known is not None and _fuller(person.name, known.name):
                reading.add(person.name, known.role, span)  # the fuller form of a speaker
            if known is not None and known.organisation is None and person.organisation:
                known.organisation = person.organisation.as_written
            if person.role in _STATED_ROLES:
                stated.append(person)
    for person in stated:
        speaker = reading.add(person.name, person.role, person.span)
        if speaker.organisation is None and person.organisation is not None:
            speaker.organisation = person.organisation.as_written


def _moderating(opening: str) -> bool:
    """True when a speaker who says who they are speaks of moderating, not of someone
    else's moderator ("we are missing our session Moderator")."""
    return any(
        not _OTHERS_MODERATOR.search(opening[max(0, found.start() - 30) : found.start()])
        for found in _MODERATING.finditer(opening)
    )


_OTHERS_MODERATOR = re.compile(r"\b(?:our|the|their|your|a)\s+(?:\w+\s+)?$", re.I)


def _own_role(words: str, introduced: bool) -> Role | None:
    """The role a speaker gives themself in their opening words: "it is my privilege to
    chair"; "moderate" or "facilitate" only in a turn where they say who they are."""
    opening = words[:_OPENING]
    if _CHAIRING.search(opening):
        return Role.CHAIR
    if re.search(_HANDING_OVER, opening, re.IGNORECASE):
        return None  # "I will leave the moderation to my colleague, ..."
    if _OWN_MODERATING.search(opening) or (introduced and _moderating(opening)):
        return Role.MODERATOR
    return None


# "I run auDA, the .au Domain Administration", "I speak for the Internet Governance
# Project, IGP": the body a speaker works for, with its other name after a comma.
_OWN_BODY = re.compile(
    r"(?:\bI\s+(?:run|represent|lead|head|speak\s+(?:for|on\s+behalf\s+of))|\b[Aa]nd\s+representing|"
    r"\b(?:remarks|statement|words)\s+on\s+behalf\s+of)"  # "closing remarks on behalf of"
    r"\s+(?:the\s+)?"
    r"(?P<org>[\w.&'’\-]*[A-Z][\w.&'’\-]*(?:\s+(?:[A-Z][\w&'’.\-]*|of|for|and|on|the)){0,8})"
    r"(?:,\s+(?:the\s+)?(?P<other>\S[^,;]{0,60}?)(?=\.\s|\.?$|[,;]))?"
)


def _own_body(words: str) -> str | None:
    """The organisation a speaker says they run, lead or speak for, as ``Name (ACR)``."""
    match = _OWN_BODY.search(words[: _OWN_REACH * 2])
    if match is None:
        return None
    body, other = _organisation(match["org"]), (match["other"] or "").strip(" ,")
    if body and other and _short_name(body) and not person_evidence(other):
        return f"{other} ({body})"  # "auDA, the .au Domain Administration"
    return body


def _short_name(name: str) -> bool:
    """An acronym, also written in mixed case (``auDA``, ``ISOC``, ``DiploFoundation`` is not)."""
    capitals = sum(character.isupper() for character in name)
    return " " not in name and len(name) <= 8 and capitals >= 2


def mentions(speakers: list[Speaker]) -> list[PersonMention]:
    """The transcript's people as mentions, with their turns and words."""
    people = []
    for speaker in speakers:
        person = PersonMention(speaker.name, speaker.written, speaker.role, speaker.span)
        if speaker.organisation:
            person.organisation = parse_organisation(speaker.organisation, speaker.span)
        if speaker.turns:  # a person only introduced has no count of their own
            person.turns, person.words_spoken = speaker.turns, speaker.words
        people.append(person)
    return people
