"""The layout of a document as typed blocks: headings, fields, list items, paragraphs,
table rows and speaker turns.

Every reader starts here. A field is a label and its value (``Moderator: Ana Ruiz``);
a label alone on its line (``Speakers``, ``Online Moderator``) is a heading, and the
blocks after it, up to the next heading, are under it. A value never runs past its own
line: the lines after a label are blocks of their own, so a value cannot swallow the
list that follows it. A form's row of one cell, ``label answer |`` without a colon, is a
field when a role label is followed by a person's entry. A speaker turn
(``>> ANA RUIZ: ...``) runs to the next turn.

>>> lines = ["Speakers", "- Ana Ruiz, APC", "Moderator: Kofi Mensah", ">> KOFI MENSAH: Hi"]
>>> [block.kind.value for block in read_blocks(lines)]
['heading', 'item', 'field', 'turn']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from igfgraph.model import Role
from igfgraph.parse.cues import (
    heading_roles,
    label_roles,
    label_section,
    without_instruction,
    words_before_cue,
    words_before_cue_count,
)
from igfgraph.parse.entries import read_entry, split_people
from igfgraph.parse.names import clean_name, name_shape, person_evidence
from igfgraph.parse.repair import join_lines
from igfgraph.parse.session import CLOCK_4, NOT_YEARS, parse_date


class Kind(StrEnum):
    """What a block is."""

    HEADING = "heading"
    FIELD = "field"
    ITEM = "item"
    PARAGRAPH = "paragraph"
    ROW = "row"
    TURN = "turn"


@dataclass
class Block:
    """Lines ``first``..``last`` (1-based) of a document, read as one block."""

    kind: Kind
    first: int
    last: int
    text: str
    label: str = ""  # a field's label, a turn's speaker as written
    value: str = ""  # a field's value, a turn's words

    @property
    def marked_heading(self) -> bool:
        """True for a heading marked as one (``## Summary``, ``**Agenda**``), which always
        ends the section before it."""
        return self.kind is Kind.HEADING and bool(
            _MARKDOWN_HEADING.match(self.text) or _EMPHASIS_HEADING.match(self.text)
        )

    @property
    def one_cell(self) -> bool:
        """True for a form's row of one cell (``Name of Moderator(s) William Drake |``):
        its answer ends with its line."""
        return bool(_ONE_CELL.search(self.text))

    @property
    def joined(self) -> str:
        """What the block says on one line: its value, or its lines rejoined (a word
        hyphenated at a line's end made whole again)."""
        if self.kind in (Kind.ITEM, Kind.ROW, Kind.FIELD, Kind.TURN):
            return self.value
        return join_lines(self.text.splitlines())

    @property
    def roles(self) -> tuple[Role, ...]:
        """The roles the block's label or heading gives the people it names."""
        if self.kind not in _CUE_KINDS:
            return ()
        text = self.label or self.text
        if self.kind is Kind.HEADING and words_before_cue_count(text) > _WORDS_BEFORE_CUE:
            return ()  # "Themes raised by the panellists and participants:": a sentence
        if self.kind is Kind.FIELD or self.label:
            return label_roles(text) if _is_label(text.rstrip(":")) else ()
        text = without_instruction(text)
        return heading_roles(text) if _is_label(text.rstrip(":")) else ()


_CUE_KINDS = frozenset({Kind.HEADING, Kind.FIELD})
_WRAPPING = frozenset({Kind.ITEM, Kind.FIELD})  # blocks a PDF or mail may wrap onto the next line
BULLET = re.compile(
    r"^\s*(?:[-–—•·▪◦○►➢✓\uf0b7]|\*(?=\s)|\d{1,2}[.)](?!\d)|\(?[ivx]{1,4}\)|[a-h]\))\s*(?=\S)"
)
# A message a web server printed into the page: "Deprecated: Function x() is deprecated in
# /home/.../gcloader.php on line 63".
_SERVER_MESSAGE = re.compile(
    r"^(?:Deprecated|Warning|Notice|Strict\s+Standards|Fatal\s+error|Parse\s+error):\s.*"
    r"\son\s+line\s+\d+\s*$"
)
_TURN = re.compile(r"^\s*>>+\s*(?P<rest>.*)$")
_TURN_SPEAKER = re.compile(r"^(?P<who>[^:]{1,70}?)\s*:\s*(?P<words>.*)$")
# "MS. RUIZ: ..." or "CHAIRMAN DESAI: ...": capitals, then a colon, without ">>".
_CAPITAL_TURN = re.compile(
    r"^\s*(?P<who>(?:(?:MR|MS|MRS|DR|PROF|H\.E)\.?\s+)?[A-ZÀ-Þ][A-ZÀ-Þ'’.\-]+"
    r"(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.\-]+){0,4}(?:,\s*[A-Z][A-Za-z .]+)?)\s*:\s+(?P<words>\S.*)$"
)
# A capitalised speaker's label led by a title or office: "CHAIRMAN DESAI:", "MR. GROSS:".
_TITLED_WHO = re.compile(
    r"^\s*(?:CHAIR(?:MAN|WOMAN|PERSON)?|MODERATOR|MR|MS|MRS|DR|PROF|H\.\s?E|MINISTER|"
    r"AMBASSADOR|PRESIDENT|SECRETARY)\.?\s+[A-ZÀ-Þ]"
)
_FIELD_PATTERN = re.compile(r"^\s*(?P<label>[^\W\d_][^:]{0,200}?)\s*:(?!//)\s*(?P<value>.*)$")
_MARKDOWN_FIELD = re.compile(r"^\s*(?:[-*]\s+)?\*\*(?P<label>[^*:]+):?\*\*:?\s*(?P<value>.*)$")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\]]*\]")
_ROW_SEPARATOR = re.compile(r"\s*\|\s*|\t+")
_SENTENCE_END = re.compile(r"[.?!;]['\")\]]*$")
_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+")
_EMPHASIS_HEADING = re.compile(
    r"^\s*(?:\*{1,2}|_{1,2})(?P<text>[^*_]{2,120})(?:\*{1,2}|_{1,2})\s*$"
)
# Most words a label holds ("List of speakers and their institutional affiliations").
_LABEL_WORDS = 14
_WORDS_BEFORE_CUE = 5  # a label has at most this many words before its role cue
_HEADING_WORDS = 16
_CAPITAL_TURNS_NEEDED = 2  # "NAME:" lines without ">>" read as turns only when repeated
_WRAPPED_ITEM = 70  # an item line this long, not ending a sentence, goes on on the next line
_WRAPPED_FIELD = 100  # a field's line this long, likewise
# A word a post never ends with: the item goes on on the next line.
_DANGLING_MODIFIER = re.compile(
    r"\b(?:Executive|Deputy|Chief|Senior|Vice|Assistant|Associate|Acting|Principal|Managing)\s*$"
)


@lru_cache(maxsize=1 << 14)  # the same labels recur
def _is_label(label: str) -> bool:
    """True when ``label`` (the text before a colon) can be a field's label."""
    label = _BRACKETED.sub("", label).strip()
    words = label.split()
    if re.search(r"[,;]", label):  # "Ana Ruiz (APC), Kofi Mensah (ISOC)Moderator: ..."
        return False
    before = words_before_cue(label).split()
    if len(before) >= 2 and person_evidence(" ".join(before[:2])):  # "Ana Ruiz Moderator:"
        return False
    if not words or len(words) > _LABEL_WORDS or _SENTENCE_END.search(label.rstrip()):
        return False
    if re.search(r"\d{1,2}$", label) and not label_roles(label):  # "13" of "13:00"
        return re.match(r"^[A-Za-z][A-Za-z ]+\s\d{1,2}$", label) is not None
    return label_roles(label) != () or label_section(label) is not None or len(words) <= 8


def _field(line: str) -> re.Match[str] | None:
    """``label: value`` of a line (a line without a colon is none: asked first)."""
    return _FIELD_PATTERN.match(line) if ":" in line else None


def _turn(line: str) -> tuple[str, str] | None:
    """(speaker as written, words) of a ``>>`` turn; the speaker is "" when unnamed."""
    match = _TURN.match(line)
    if match is None or line.rstrip().endswith(">>"):  # ">>Twitter Comments ... >>": a banner
        return None
    rest = match["rest"]
    named = _TURN_SPEAKER.match(rest)
    if named and _speaker_like(named["who"]):
        return named["who"].strip(), named["words"].strip()
    if named and (who := _lower_case_name(named["who"])):
        return who, named["words"].strip()
    return "", rest.strip()


def _lower_case_name(who: str) -> str | None:
    """A person's name a captioner wrote in lower case (``>>chengetai masango:``), in
    title case; None for anything else."""
    words = who.split()
    if not who.islower() or not 2 <= len(words) <= 4 or not all(w.isalpha() for w in words):
        return None
    name = " ".join(word.capitalize() for word in words)
    return name if person_evidence(name) else None


def _named_turn(line: str) -> tuple[str, str] | None:
    """(name, words) of a turn written ``Ana Ruiz: ...`` (a person's name, not in
    capitals), in a transcript whose turns are ``NAME:`` lines."""
    match = _NAMED_TURN.match(line)
    if match and name_shape(match["who"]) and person_evidence(match["who"]):
        return match["who"], match["words"]
    return None


def _spoken_named_turns(lines: Sequence[str]) -> bool:
    """True for a transcript whose turns are ``Ana Ruiz: ...`` lines: two people or more
    speaking in the first person (``Sunny Chendi: We will start. Thank you ...``), not a
    page of biographies (``Ana Ruiz: She directs ...``)."""
    speakers = {
        turn[0]
        for line in lines
        if ":" in line and (turn := _named_turn(line)) and _SPOKEN.search(turn[1])
    }
    return len(speakers) >= _SPEAKERS


_SPOKEN = re.compile(
    r"^(?:\S+\s+){0,20}?(?:I|I['’]m|we|We|my|My|our|Our|you|You|us)\b(?=(?:\s+\S+){5})"
)
_SPEAKERS = 2  # people speaking in turns of their own make a transcript


_NAMED_TURN = re.compile(
    r"^(?P<who>[A-ZÀ-Þ][\w'’.\-]+(?:\s+[A-ZÀ-Þ][\w'’.\-]+){1,3})\s*:\s+(?P<words>\S.*)$"
)


def _speaker_like(who: str) -> bool:
    """True for ``ANA RUIZ``, ``CHAIR``, ``Ms. Ruiz``, ``KOFI MENSAH, GHANA``: few words,
    mostly capitals, no sentence."""
    letters = [c for c in who if c.isalpha()]
    if not letters or len(who.split()) > 8:
        return False
    upper = sum(c.isupper() for c in letters) / len(letters)
    return upper > 0.6 or all(w[:1].isupper() for w in who.replace(",", " ").split())


def _capital_turns(lines: Sequence[str]) -> bool:
    """True when the document writes turns as ``NAME:`` lines without ``>>``; the same line
    again (``KESIG: Kenya School of Internet Governance`` on each day of a programme) is
    no second turn. After the captioners' note, one such line is a turn."""
    found: set[str] = set()
    captioned = False
    for line in lines:
        captioned = captioned or bool(_CAPTIONING.search(line))
        match = _CAPITAL_TURN.match(line) if ":" in line else None
        if match and len(match["who"]) > 3 and not _is_known_label(match["who"]):
            found.add(line.strip())
            if len(found) >= (1 if captioned else _CAPITAL_TURNS_NEEDED):
                return True
    return False


def _is_known_label(text: str) -> bool:
    """True for a label in capitals (``ORGANIZER:``, ``SPEAKERS:``, ``DATE:``), which is no
    speaker's turn; ``MODERATOR:`` and ``CHAIR:`` may be either, and count as turns."""
    roles = label_roles(text)
    if roles and not text.isupper():
        return True
    turn_roles = {Role.MODERATOR, Role.CHAIR}
    return bool(roles and not set(roles) <= turn_roles) or label_section(text) is not None


def _row_cells(line: str) -> list[str] | None:
    if "|" not in line and "\t" not in line.strip():
        return None
    line = _BRACKETED_LINKS.sub(" ", line)  # "Tuesday, June 15 [ Transcripts: 1 | 2 ]"
    cells = [cell for cell in _ROW_SEPARATOR.split(line.strip().strip("|")) if cell.strip()]
    return cells if len(cells) >= 2 else None


_BRACKETED_LINKS = re.compile(r"\[[^\[\]]*\|[^\[\]]*\]")


_ONE_CELL = re.compile(r"^[^|]+\s\|$")


def _unmarked_field(number: int, line: str) -> Block:
    """A form's row written ``label answer |`` without a colon: a field when a role
    label is followed by a person's entry (``Name of Remote Moderator(s) Joana Varon``),
    else a row of one cell."""
    body = line.rstrip(" |")
    words = body.split()
    for cut in range(1, min(len(words), _UNMARKED_LABEL_WORDS)):
        label, value = " ".join(words[:cut]), " ".join(words[cut:])
        if label_roles(label) and _is_label(label) and _names_people(value):
            return Block(Kind.FIELD, number, number, line, label, value)
    return Block(Kind.ROW, number, number, line, value=body)


def _names_people(value: str) -> bool:
    """True when every entry of ``value`` names a person (``Joana Varon and Lea Kaspar``)."""
    entries = split_people(value)
    return bool(entries) and all(read_entry(entry) is not None for entry in entries)


_UNMARKED_LABEL_WORDS = 20  # "Names and affiliations (stakeholder group, organization) of ..."
_CELL_LABEL = re.compile(r"(?P<label>[^:|]{1,200}?)\s*:\s*")


def _labelled_cells(number: int, line: str, cells: list[str]) -> list[Block]:
    """A table row: ``Label: | value |`` is a field; ``Time: Organiser: | 09:00 | ISOC |``
    two fields answered by the cells in order (the last takes the cells left over, as
    items separated by semicolons); a row
    without a label is one row block."""
    labels = []
    rest = cells[0]
    while (match := _CELL_LABEL.match(rest)) and _is_label(match["label"]):
        labels.append(match["label"].strip())
        rest = rest[match.end() :]
    if not labels:
        return [Block(Kind.ROW, number, number, line, value=" | ".join(cells))]
    values = [value for value in [rest, *cells[1:]] if value.strip()]
    last = len(labels) - 1
    answers = [*values[:last], "; ".join(values[last:])]  # "Speakers: A, X | B, Y": two
    answers += [""] * (len(labels) - len(answers))
    return [
        Block(Kind.FIELD if value else Kind.HEADING, number, number, line, label, value.strip())
        for label, value in zip(labels, answers, strict=True)
    ]


_QUESTION = re.compile(
    r"^(?:[-•*]\s*)?(?:please\s+(?:describe|state|provide|estimate|list|indicate)|estimate\s+the\s+"
    r"overall|if\s+there\s+"
    r"(?:are|were)|if\s+the\s+session|to\s+what\s+extent|key\s+issues\s+raised|gender\s+reporting)\b",
    re.IGNORECASE,
)
_QUESTION_WORDS = 40


def _question(line: str) -> tuple[str, str] | None:
    """(label, answer) of a reporting template's question, which is a label however it
    ends: the answer is what follows its colon or question mark on the same line, if
    anything (``(3 paragraphs)`` is part of the label)."""
    if not _QUESTION.match(line) or len(line.split()) > _QUESTION_WORDS or "|" in line:
        return None
    if label_section(line) is None:
        return None
    cut = re.search(r"[:?]\s*(?P<answer>[^:?]*)$", line)
    answer = cut["answer"].strip() if cut else ""
    if re.fullmatch(r"\(?\s*\d+\s+paragraphs?\s*\)?\s*:?|\[[^\]]*\]", answer, re.IGNORECASE):
        answer = ""
    label = line[: cut.start()] if cut and answer else line
    return BULLET.sub("", label, count=1).rstrip(" :?"), answer


_LABEL_TAIL = re.compile(r"^[a-z(][^:]*[:)]$")


def _is_label_head(block: Block, number: int) -> bool:
    """True for a template question cut at the end of its line, just before ``number``."""
    return (
        block.kind is Kind.HEADING
        and block.last == number - 1
        and _QUESTION.match(block.text) is not None
        and not block.text.rstrip().endswith((":", ")"))
    )


def _is_heading(text: str, alone: bool) -> bool:
    """True for a short line that names a section rather than saying something."""
    if _MARKDOWN_HEADING.match(text) or _EMPHASIS_HEADING.match(text):
        return True
    words = text.split()
    if not words or len(words) > _HEADING_WORDS:
        return False
    if heading_roles(bare := without_instruction(text)) and len(bare.split()) <= 6:
        return True
    return alone and not _SENTENCE_END.search(text) and not text.rstrip().endswith(",")


def read_blocks(lines: Sequence[str]) -> list[Block]:
    """The blocks of a document whose ``lines[n - 1]`` is line ``n``."""
    capital_turns = _capital_turns(lines) or _spoken_named_turns(lines)
    arrow_turns = any(line.lstrip().startswith(">>") and _turn(line) for line in lines)
    blocks: list[Block] = []
    paragraph: list[tuple[int, str]] = []

    def flush() -> None:
        if paragraph:
            first, last = paragraph[0][0], paragraph[-1][0]
            text = "\n".join(part for _, part in paragraph)  # as written; readers repair it
            blank_before = first == 1 or not lines[first - 2].strip()
            blank_after = last == len(lines) or not lines[last].strip()
            alone = len(paragraph) == 1 and blank_before and blank_after
            kind = (
                Kind.HEADING if len(paragraph) == 1 and _is_heading(text, alone) else Kind.PARAGRAPH
            )
            if kind is Kind.PARAGRAPH and blocks and blocks[-1].kind is Kind.TURN:
                turn = blocks[-1]  # a turn goes on over the paragraphs after it
                turn.last, turn.text = last, f"{turn.text}\n{text}"
                turn.value = f"{turn.value} {' '.join(text.splitlines())}".strip()
            else:
                blocks.append(Block(kind, first, last, text))
            paragraph.clear()

    def read_line(number: int, line: str) -> None:
        if not line:
            flush()
            return
        turn = _turn(line)
        capital = _CAPITAL_TURN.match(line) if turn is None and ":" in line else None
        if capital and not capital_turns and not (arrow_turns and _TITLED_WHO.match(line)):
            capital = None  # one "CHAIRMAN DESAI:" among ">>" turns is a turn too
        if capital and len(capital["who"]) > 3 and not _is_known_label(capital["who"]):
            turn = (capital["who"], capital["words"])
        elif capital_turns and turn is None and (named := _named_turn(line)):
            turn = named  # "Chengetai Masango:  Good morning", among "CHAIR:" turns
        if turn is not None:
            flush()
            blocks.append(Block(Kind.TURN, number, number, line, turn[0], turn[1]))
            return
        if blocks and blocks[-1].kind is Kind.TURN and not paragraph:
            turn_block = blocks[-1]  # whatever follows a turn is its speaker's, to the next turn
            turn_block.last, turn_block.text = number, f"{turn_block.text}\n{line}"
            turn_block.value = f"{turn_block.value} {line}".strip()
            return
        if _SERVER_MESSAGE.match(line):
            flush()  # "Deprecated: Function ... on line 63": the web server's, a line alone
            blocks.append(Block(Kind.PARAGRAPH, number, number, line))
            return
        if question := _question(line):
            flush()  # "Please describe the Discussions ... (3 paragraphs)": a template's label
            label, value = question
            kind = Kind.FIELD if value else Kind.HEADING
            blocks.append(Block(kind, number, number, line, label=label, value=value))
            return
        if (markdown := _MARKDOWN_FIELD.match(line)) and _is_label(markdown["label"]):
            flush()
            label, value = markdown["label"].strip(), markdown["value"].strip()
            blocks.append(
                Block(Kind.FIELD if value else Kind.HEADING, number, number, line, label, value)
            )
            return
        if BULLET.match(line):
            flush()
            bare = BULLET.sub("", line, count=1)
            field = _field(bare)
            if field and _is_label(field["label"]) and not _item_is_entry(field["label"]):
                label, value = field["label"].strip(), field["value"].strip()
                blocks.append(
                    Block(Kind.FIELD if value else Kind.HEADING, number, number, line, label, value)
                )
            else:
                blocks.append(Block(Kind.ITEM, number, number, line, value=bare))
            return
        if (
            blocks
            and blocks[-1].kind in _WRAPPING
            and not paragraph
            and _continues_item(blocks[-1], number, line)
        ):
            item = blocks[-1]
            item.last, item.text = number, f"{item.text}\n{line}"
            item.value = join_lines([item.value, line])
            return
        if _MARKDOWN_HEADING.match(line):
            flush()
            blocks.append(Block(Kind.HEADING, number, number, line))
            return
        if cells := _row_cells(line):
            flush()
            blocks.extend(_labelled_cells(number, line, cells))
            return
        if _ONE_CELL.search(line) and not _field(line):
            flush()  # "Name of Moderator(s) William Drake |": a form's row, label and answer
            blocks.append(_unmarked_field(number, line))
            return
        if blocks and _LABEL_TAIL.match(line) and _is_label_head(blocks[-1], number):
            label = blocks[-1]  # "... during the" / "workshop session (3 paragraphs):"
            label.last, label.text = number, f"{label.text}\n{line}"
            label.label = f"{label.label} {line.rstrip(' :')}"
            return
        field = _field(line)
        numeric = re.match(r"\d\d\b", field["value"]) if field else None  # "12:30", "Onsite: 80"
        if field and _is_label(field["label"]) and (not numeric or label_section(field["label"])):
            flush()
            label, value = field["label"].strip(), field["value"].strip()
            kind = Kind.FIELD if value.strip(" |") else Kind.HEADING
            blocks.append(Block(kind, number, number, line, label, value))
            return
        if paragraph and (_joins_paragraph(paragraph[-1][1], line)):
            paragraph.append((number, line))
            return
        flush()
        paragraph.append((number, line))

    cards = {} if capital_turns or arrow_turns else _name_cards(lines)
    skip_to = 0
    for number, raw in enumerate(lines, start=1):
        if number <= skip_to:
            continue
        if number in cards:  # "Ana Ruiz" / "Executive Director" / "APC": one person
            flush()
            skip_to, value = cards[number]
            text = "\n".join(lines[number - 1 : skip_to])
            blocks.append(Block(Kind.ITEM, number, skip_to, text, value=value))
            continue
        for turn in _inline_turns(raw.strip()):
            for line in _glued_fields(turn):
                read_line(number, line)
    flush()
    return blocks


_CARD_LINES = range(2, 5)  # a person's card: the name, then a post, an organisation, a role
_CARD_LINE_WORDS = 12
_CARDS_NEEDED = 2  # a layout when repeated, not one name above a line by chance
_ROLE_LINE_WORDS = 3
_BRACKETED_ROLES = (Role.MODERATOR, Role.CHAIR, Role.RAPPORTEUR)
_NOT_CARD_LINE = re.compile(r"[.:;]\s*$|^\s*(?:[-–—•·*>|]|\d)|\|")


def _name_cards(lines: Sequence[str]) -> dict[int, tuple[int, str]]:
    """Speaker cards of an event page, each set apart by blank lines: a person's name on
    its own line, then one to three short lines of post and organisation. By first line:
    the last line and the card as one entry (``Ana Ruiz, Executive Director, APC``)."""
    cards: dict[int, tuple[int, str]] = {}
    start = 0
    for end in range(len(lines) + 1):
        if end < len(lines) and lines[end].strip():
            continue
        group = [line.strip() for line in lines[start:end]]
        if len(group) in _CARD_LINES and _is_card(group):
            cards[start + 1] = (end, _card_entry(group))
        start = end + 1
    return cards if len(cards) >= _CARDS_NEEDED else {}


def _card_entry(group: list[str]) -> str:
    """A card as one entry; a line that only names a role (``Keynote speaker``,
    ``Moderator``) is no post: a moderator's, chair's or rapporteur's goes in brackets."""
    name, *rest = group
    parts: list[str] = [name]
    bracket = ""
    for line in rest:
        roles = heading_roles(line) if len(line.split()) <= _ROLE_LINE_WORDS else ()
        if not roles:
            parts.append(line)
        elif roles[0] in _BRACKETED_ROLES:
            bracket = f" ({roles[0].value})"
    return ", ".join(parts) + bracket


def _is_card(group: list[str]) -> bool:
    """True when ``group`` reads as a name above short lines that are no sentence, label,
    list item, table row or date."""
    name, *rest = group
    if _NOT_CARD_LINE.search(name) or "," in name or not person_evidence(clean_name(name)[0]):
        return False
    return all(
        len(line.split()) <= _CARD_LINE_WORDS
        and not _NOT_CARD_LINE.search(line)
        and not parse_date(line)
        and not person_evidence(clean_name(line)[0])
        for line in rest
    )


# A session page's form field run into the one before it on a line ("... Japan Moderator
# and Organizer: Yoichi Iida (main) Stakeholder: Government Regional Group: Asia-Pacific").
_GLUED_FIELD = re.compile(
    r"(?<=\S)(?<!\band)\s+(?=(?:Organi[sz]ational\s+Affiliation|(?:Moderator\s+and\s+)?Organi[sz]er|"
    r"(?:On-?site\s+|Online\s+)?Moderator|Rapporteur|Stakeholder(?:\s+Group)?|Regional\s+Group|"
    r"Speakers?)\s*:\s)"
)
_GLUED_FIELDS = 3  # fields on one line: so many, and the line is a form's, run together


def _glued_fields(line: str) -> list[str]:
    """``line`` cut before each form field when several are run together on it."""
    starts = [m.end() for m in _GLUED_FIELD.finditer(line)]
    if len(starts) + 1 < _GLUED_FIELDS or not _field(line):
        return [line]
    return [line[a:b].strip() for a, b in zip([0, *starts], [*starts, len(line)], strict=True)]


def _inline_turns(line: str) -> list[str]:
    """``line`` cut before each ``>>NAME:`` turn when it holds several, or one after a
    heading or the captioners' note: a transcript saved without its line breaks ("...
    record. >>CO-CHAIR DESAI: Good morning ... >>ANA: ...")."""
    if ">>" not in line:
        return [line]
    starts = [m.start() for m in _INLINE_TURN.finditer(line) if _speaker_like(m["who"])]
    if not starts:
        return [line]
    heading = line[: starts[0]]  # a heading alone before one turn that fills the line
    headed = len(heading.split()) <= _HEADING_WORDS and len(heading) < len(line) / 2
    if len(starts) < _INLINE_TURNS and not (_CAPTIONING.search(heading) or headed):
        return [line]
    note = _CAPTIONING.search(line[: starts[0]])  # the header before the captioners' note
    end = _NOTE_END.search(line, note.end(), starts[0]) if note else None  # and the one after
    cuts = sorted({0, *([note.start()] if note else []), *([end.end()] if end else []), *starts})
    pieces = (line[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(line)], strict=True))
    return [piece for piece in pieces if piece]


_INLINE_TURNS = 2  # turns on one line that show the line breaks were lost
_INLINE_TURN = re.compile(r">>\s*(?P<who>[^:>]{1,70}?)\s*:")
# The captioners' note that opens a transcript ("Note: The following is the output of the
# real-time captioning ...", "*** Disclosure: The following is the output resulting from
# transcribing an audio file ...").
_CAPTIONING = re.compile(
    r"(?:\[?\s*\b(?:Note|Disclosure):\s*)?\bThe\s+following\s+(?:is|are)\s+the\s+outputs?\s+"
    r"(?:of\s+the\s+(?:real-time\s+)?captioning|resulting\s+from\s+transcribing)",
    re.IGNORECASE,
)


# The end of the captioners' note: "... should not be treated as an authoritative record.***"
_NOTE_END = re.compile(r"\bauthoritative\s+record\b\.?\s*\**", re.IGNORECASE)


def _item_is_entry(label: str) -> bool:
    """True when the text before a colon in a list item is a topic or a person, not a
    label: ``Openness: Vint Cerf`` is an agenda line, read by the reader."""
    return not label_roles(label) and len(_BRACKETED.sub("", label).split()) > 4


def _continues_item(item: Block, number: int, line: str) -> bool:
    """True when ``line``, right after ``item`` (a list item or a field's value), is the
    item wrapped onto a second line: it starts in lower case, or the item stops after a
    comma or a small word, or the item is long and the line is more than a name."""
    if item.last != number - 1 or _SENTENCE_END.search(item.text) or _field(line):
        return False
    if _SLOT_START.match(line):
        return False  # "10:30 – 12:10" under a programme's last speaker: the next slot
    if item.text.rstrip().endswith("|"):
        return False  # a table cell's end
    if item.kind is Kind.FIELD and not item.value:
        return False
    if line[:1].islower() or item.text.rstrip().endswith((",", "-", " of", " and", " the", " for")):
        return True
    if _DANGLING_MODIFIER.search(item.text) and not name_shape(line.strip(" ,.")):
        return True  # "Deputy U.S. Chief Technology Officer, Executive" / "Office of the ..."
    limit = _WRAPPED_ITEM if item.kind is Kind.ITEM else _WRAPPED_FIELD
    return len(item.text.split("\n")[-1]) >= limit and not name_shape(line.strip(" ,."))


PANEL = re.compile(
    r"^\s*(?:panel|segment|speakers\s+for\s+segment)\s+(?P<number>\d+)\s*:?\s*$", re.I
)
_HOUR = r"\d{1,2}h(?![\w])"  # "9h", a French hour without minutes
# A programme's time slot: "13.00 - 13.20", "08:15 – 08:30", "2:00 pm - 3:30 pm", "9h00-10h30",
# "9h – 9h15".
AM_PM = r"(?:\s*(?i:[ap])\.?(?i:m)\b\.?)?"  # "am", "P.M.", none
TIME_RANGE = (
    rf"{NOT_YEARS}(?P<start>\d{{1,2}}[.:h]\d{{2}}|{CLOCK_4}|{_HOUR}){AM_PM}"
    rf"\s*[-–—]\s*(?P<end>\d{{1,2}}[.:h]\d{{2}}|{CLOCK_4}|{_HOUR}){AM_PM}"
)
_SLOT_START = re.compile(rf"^\s*{TIME_RANGE}")
_DATE_WORDS = 20
_ENTRY_START = re.compile(
    r"^(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s*)?(?:[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þa-z][\w'’.-]*){0,3}\s*[,(]|"
    r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){1,3}\s+[–—-]\s)"  # "Aldwyn Wayne – CEO, WiPay"
)


def _joins_paragraph(previous: str, line: str) -> bool:
    """True when ``line`` goes on the paragraph whose last line is ``previous``: the
    previous line does not end a sentence or the line starts in lower case (a wrapped
    line), and neither is a short heading-like line."""
    if (heading_roles(line) and len(line.split()) <= 6) or PANEL.match(line):
        return False
    if _SLOT_START.match(line):
        return False  # "08:30 – 08:45Opening Remarks": a programme's next slot
    if heading_roles(previous) and len(previous.split()) <= 6:
        return False  # "Session Organizers" then the first organiser
    if parse_date(previous) and len(previous.split()) <= _DATE_WORDS:
        return False  # "Thursday, 1st December, 2022 (13:45 UTC)" then the room
    if _ENTRY_START.match(previous) and _ENTRY_START.match(line):
        return False  # "Mr.Tobias, Feakin, ..." then "Ms.Reema, Nanavaty, ...": one person a line
    if line[:1].islower() or previous.rstrip().endswith((",", "-", "–", "and", "the", "of")):
        return True
    return len(previous) > 60 and not _SENTENCE_END.search(previous)
