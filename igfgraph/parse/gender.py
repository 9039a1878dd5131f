"""Gender reporting answers: numbers, shares and speaker ratios from words."""

from __future__ import annotations

import re

from igfgraph.model import GenderFigures, Passage

_SPEAKER_RATIO = re.compile(
    r"(?P<women>\d+)\s+(?:out\s+)?of\s+(?:the\s+)?(?P<all>\d+)\s+(?:speakers|panel+ists)\b"
    r".*\bwomen\b",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"(?P<value>\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)
_HALF = re.compile(r"\bhalf\b", re.IGNORECASE)
_NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d+\b")


def read_answer(question: str, answer: Passage, figures: GenderFigures) -> list[str]:
    """Put what ``answer`` (to ``question``) reports into ``figures``; return warnings."""
    text = answer.text
    if ratio := _SPEAKER_RATIO.search(text):  # "12 out of 18 speakers were women"
        figures.women_speakers_reported = int(ratio["women"])
        figures.speakers_reported = int(ratio["all"])
        if question == "participants":
            return [f"{answer.span}: the participants estimate counts speakers: '{text}'"]
        return []
    if question == "women" and (share := _share(text)) is not None:
        figures.women_share = share
    elif question in ("participants", "women") and (number := _NUMBER.search(text)):
        setattr(figures, question, int(number.group().replace(",", "")))
    return []


def _share(text: str) -> float | None:
    if percent := _PERCENT.search(text):
        return float(percent["value"]) / 100
    return 0.5 if _HALF.search(text) else None


def complete(figures: GenderFigures) -> None:
    """Derive the women's share from the counts when no share was written."""
    if figures.women_share is None and figures.participants and figures.women is not None:
        figures.women_share = round(figures.women / figures.participants, 3)


_ONSITE_ONLINE = re.compile(
    r"(?P<number>\d[\d,]*)\s+(?:participants?\s+|people\s+|attendees\s+)?(?:were\s+|joined\s+|"
    r"attended\s+|took\s+part\s+)?(?:on-?site|in\s+person|in\s+the\s+room|online|remotely|"
    r"virtually)\b|\b(?:on-?site|in\s+person|online|remote)\s*(?:participants?|attendees)?\s*:?"
    r"\s*(?P<after>\d[\d,]*)\b",
    re.IGNORECASE,
)
_PARTICIPANTS = re.compile(
    r"(?P<number>\d[\d,]*)\s+(?:\w+\s+)?(?:participants|attendees|people|persons)\b|"
    r"\bparticipants\b[^.\d]{0,40}?(?P<after>\d[\d,]*)",
    re.IGNORECASE,
)
_WOMEN = re.compile(
    r"(?P<number>\d[\d,]*)\s+(?:of\s+(?:them|whom)\s+)?(?:were\s+)?(?:women|female)\b|"
    r"\b(?:women|female participants)\b[^.\d%]{0,30}?(?P<after>\d[\d,]*)(?!\s*%|\d)",
    re.IGNORECASE,
)


def _count(match: re.Match[str]) -> int:
    return int((match["number"] or match["after"]).replace(",", ""))


def read_estimates(answer: Passage, figures: GenderFigures) -> None:
    """Participants (onsite and online added up), women and women's share from prose."""
    text = answer.text
    if figures.participants is None:
        split = [_count(match) for match in _ONSITE_ONLINE.finditer(text)]
        total = _PARTICIPANTS.search(text)
        figures.participants = sum(split) if split else (_count(total) if total else None)
    if figures.women is None and (women := _WOMEN.search(text)):
        figures.women = _count(women)
    elif figures.women_share is None and re.search(r"\bwomen\b", text, re.IGNORECASE):
        figures.women_share = _share(text)


def mentions_participants(text: str) -> bool:
    """True when ``text`` gives a number of participants or attendees."""
    return bool(_PARTICIPANTS.search(text) or _ONSITE_ONLINE.search(text))


def read_statements(statements: list[Passage], figures: GenderFigures) -> None:
    """Keep ``statements`` and read their estimates together ("Onsite: 70" and "Online: 30"
    may be lines of their own)."""
    figures.statements.extend(statements)
    if statements:
        joined = " ".join(passage.text.rstrip(".") + "." for passage in statements)
        read_estimates(Passage(joined, joined, statements[0].span), figures)
