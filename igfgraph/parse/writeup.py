"""Cutting a write-up into the sessions it reports.

A blog post or news story on a forum often reports several of its sessions: the opening,
a keynote, a panel or two, each in paragraphs of its own. A paragraph (or list item) that
opens a session starts a part: one naming a session by its title in quotes ('the panel
"X"'), one telling of the opening ceremony, a keynote or a panel ('a panel moderated by
X', 'la mesa redonda sobre ...'). The paragraphs after it belong to it until the next
opener; those before the first belong to the forum the write-up is about, as a part of
their own when their prose names someone or they name a forum, otherwise to the first
session. A write-up is cut only when it names two sessions by their titles, or names a
session or panel and also tells of an opening or keynote: one opening remark in the story
of a single workshop does not make it two sessions.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass

from igfgraph.parse.blocks import Block, Kind
from igfgraph.parse.mentions import names_someone
from igfgraph.parse.session import named_sessions

PROSE_KINDS = frozenset({Kind.PARAGRAPH, Kind.ITEM})  # blocks of running text


class Opener(enum.Enum):
    """What a paragraph that starts a part of a write-up tells of."""

    FORUM = "forum"  # the paragraphs before the first session: the forum itself
    NAMED = "named"  # a session named by its title in quotes
    PANEL = "panel"  # a panel, plenary or round table not named
    OPENING = "opening"  # the opening ceremony or session
    KEYNOTE = "keynote"


@dataclass
class WriteupPart:
    """The blocks of one session a write-up reports and what opened it."""

    blocks: list[Block]
    opener: Opener

    @property
    def headed(self) -> bool:
        """True for the forum's part, which begins with the write-up's headline (the
        others begin in running text)."""
        return self.opener is Opener.FORUM

    @property
    def untitled(self) -> bool:
        """True for an opening or keynote, whose session has no title of its own."""
        return self.opener in (Opener.OPENING, Opener.KEYNOTE)


# The opening of a forum (EN/FR/ES/PT), not a moderator's welcome to a workshop: "the
# opening ceremony", "Speaking while opening", "La sesión inaugural", "El evento fue
# inaugurado por", "la cérémonie d'ouverture".
_OPENING = re.compile(
    r"\bopening\s+(?:ceremony|session|plenary)\b|\bspeaking\s+while\s+opening\b|"
    r"\b(?:officially\s+)?opened\s+the\s+(?:forum|event|conference|meeting|proceedings)\b|"
    r"\bc[ée]r[ée]monie\s+d['’]ouverture\b|\bouverture\s+(?:officielle\s+)?des\s+travaux\b|"
    r"\bs[ée]ance\s+d['’]ouverture\b|"
    r"\bsesi[oó]n\s+(?:inaugural|de\s+apertura)\b|\bceremonia\s+de\s+(?:apertura|inauguraci[oó]n)\b|"
    r"\b(?:fue|fueron)\s+inaugurad[oa]s?\b|\bacto\s+(?:inaugural|de\s+apertura)\b|"
    r"\bcerim[ôo]nia\s+de\s+abertura\b|\bsess[ãa]o\s+de\s+abertura\b",
    re.IGNORECASE,
)
_KEYNOTE = re.compile(
    r"\bkeynote\b|\bconf[ée]rence\s+inaugurale\b|\bconferencia\s+(?:magistral|inaugural)\b|"
    r"\bponencia\s+magistral\b",
    re.IGNORECASE,
)
# A panel told of for the first time: "a panel moderated by", "the first panel", "In the
# panel centered on", "A pivotal Plenary Session", "la mesa redonda sobre", "une table ronde".
_PANEL = re.compile(
    r"\b(?:an?|another|the\s+(?:first|second|third|fourth|next|last|final))\s+"
    r"(?:\w+\s+)?(?:panel|plenary(?:\s+session)?|round\s*table|breakout\s+session)\b(?!\s+was\b)|"
    r"\bin\s+the\s+panel\s+(?:on|about|centered|centred|focused|focussed)\b|"
    r"\bthe\s+main\s+session\s+(?:of|on)\b|"
    r"\b(?:la|una|otra|primera|segunda|tercera)\s+(?:primera\s+|segunda\s+)?"
    r"(?:mesa\s+(?:redonda|de\s+debate)|plenaria)\b|\b(?:el|un|otro)\s+(?:primer\s+|segundo\s+)?panel\b|"
    r"\b(?:une|la)\s+(?:premi[èe]re\s+|deuxi[èe]me\s+|seconde\s+)?(?:table\s+ronde|pl[ée]ni[èe]re)\b|"
    r"\bun\s+(?:premier\s+|second\s+|deuxi[èe]me\s+)?panel\b",
    re.IGNORECASE,
)


def panel_title(part: WriteupPart) -> tuple[str, Block] | None:
    """The title a panel's opening paragraph gives it without quotes ('La primera mesa
    redonda ... versó sobre Internet de las Cosas y las ciudades inteligentes.') and that
    paragraph, if any."""
    prose = next((block for block in part.blocks if block.kind in PROSE_KINDS), None)
    if part.opener is not Opener.PANEL or prose is None:
        return None
    found = _PANEL_ON.search(" ".join(prose.text.split()))
    return (found["title"].strip(), prose) if found else None


# A panel, then what it was on, in capitals, to the end of the clause.
_PANEL_ON = re.compile(
    r"\b(?:panel|mesa\s+redonda|mesa\s+de\s+debate|table\s+ronde|plenary(?:\s+session)?|plenaria|"
    r"pl[ée]ni[èe]re)\b[^.;]{0,60}?\b(?:on|about|sobre|sur|titled|entitled|intitul[ée]e?|"
    r"titulad[oa])\s+(?P<title>(?-i:[A-ZÀ-Þ])[^.;:()“”\"«»]{3,120}?)"
    r"(?=\s*[.;:(]|\s*,\s*(?:moderad|anim|con\b|with\b|chaired|où|que\b|which|who)|\s*$)",
    re.IGNORECASE,
)


def _opener(block: Block, titles: set[str]) -> Opener | None:
    """What session ``block`` starts, if any (a session already named starts none)."""
    if block.kind not in PROSE_KINDS:
        return None
    if named := named_sessions(block.text):
        title = named[0][0].casefold()
        if title in titles:
            return None
        titles.add(title)
        return Opener.NAMED
    tests: tuple[tuple[Opener, Callable[[str], object]], ...] = (
        (Opener.OPENING, _OPENING.search),
        (Opener.KEYNOTE, _KEYNOTE.search),
        (Opener.PANEL, _PANEL.search),
    )
    return next((opener for opener, test in tests if test(block.text)), None)


def writeup_parts(blocks: list[Block]) -> list[WriteupPart]:
    """``blocks`` cut into the sessions they report (one part when they report one)."""
    titles: set[str] = set()
    starts = [
        (number, opener)
        for number, block in enumerate(blocks)
        if (opener := _opener(block, titles))
    ]
    openers = [opener for _, opener in starts]
    named = openers.count(Opener.NAMED)
    told = sum(opener in (Opener.NAMED, Opener.PANEL) for opener in openers)
    ceremonies = sum(opener in (Opener.OPENING, Opener.KEYNOTE) for opener in openers)
    if named < SESSIONS_NAMED and not (told and ceremonies):
        return [WriteupPart(blocks, Opener.FORUM)]
    first = starts[0][0]
    own = any(
        (block.kind in PROSE_KINDS and names_someone(block.text)) or _FORUM.search(block.text)
        for block in blocks[:first]
    )
    cuts = [(0, Opener.FORUM)] if own else []
    cuts += starts if own else [(0, starts[0][1]), *starts[1:]]
    ends = [number for number, _ in cuts[1:]] + [len(blocks)]
    return [
        WriteupPart(blocks[start:end], opener)
        for (start, opener), end in zip(cuts, ends, strict=True)
    ]


SESSIONS_NAMED = 2  # a write-up naming this many sessions in their own blocks is cut
# A forum as a whole: "the IGF", "the 14th Kenya Internet Governance Forum", "FGI France",
# "el Foro de Gobernanza de Internet", "le Forum ... sur la gouvernance", "Fórum da Internet".
_FORUM = re.compile(
    r"\b(?:IGF|Internet\s+Governance\s+Forum|FGI|Foro\s+de\s+(?:la\s+)?Gobernanza|"
    r"Forum\s+(?:\w+\s+){0,3}sur\s+la\s+gouvernance|F[óo]rum\s+da\s+Internet)\b",
    re.IGNORECASE,
)


__all__ = ["PROSE_KINDS", "SESSIONS_NAMED", "Opener", "WriteupPart", "panel_title", "writeup_parts"]
