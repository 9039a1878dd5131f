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
