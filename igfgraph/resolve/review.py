"""Candidate merges and splits for a person to review (``igfgraph resolve --review``).

Two kinds of rows, strongest score first:

- ``apart``: two people kept apart whose names agree (a common name with no strong
  evidence, an initial without the same organisation); approving means adding the
  ``curation`` line to the ``merge:`` section of the curation file;
- ``merged``: a mention joined to a person on the name alone (a distinctive name, with
  no shared organisation or co-participant); undoing it means adding the ``curation``
  line to the ``split:`` section.

A ``curation`` entry is written indented, as it stands under its section (and so that
no spreadsheet takes the cell for a formula).
"""

from __future__ import annotations

from dataclasses import dataclass

from igfgraph.identity import PERSON, key_in, path_of_report
from igfgraph.resolve.people import STRONG_EVIDENCE, PeopleIndex, compare

COLUMNS = (
    "decision",
    "score",
    "person",
    "other",
    "person_key",
    "other_key",
    "name_agreement",
    "evidence",
    "curation",
)


@dataclass(frozen=True)
class Candidate:
    """One row of the review file."""

    decision: str  # "apart" or "merged"
    score: float
    person: str
    other: str
    person_key: str
    other_key: str
    name_agreement: str
    evidence: str
    curation: str  # the YAML entry that approves (apart) or undoes (merged) it

    def row(self) -> dict[str, object]:
        """The candidate as a CSV row."""
        return {column: getattr(self, column) for column in COLUMNS}


def apart_candidates(index: PeopleIndex) -> list[Candidate]:
    """Pairs of people kept apart whose names agree, with the evidence found."""
    found: dict[tuple[str, str], Candidate] = {}
    for person in index.people.values():
        for other in index.candidates(person.names):
            if other.key <= person.key or (person.key, other.key) in found:
                continue
            match = compare(person, other, person.co_participants)
            if match is None:
                continue
            found[(person.key, other.key)] = Candidate(
                "apart",
                match.score,
                person.display_name,
                other.display_name,
                person.key,
                other.key,
                match.name_level,
                "; ".join(match.evidence) or "none",
                f"  - people: [{person.key}, {other.key}]",
            )
    return sorted(found.values(), key=lambda c: (-c.score, c.person_key, c.other_key))


def merged_candidates(rows: list[dict[str, object]]) -> list[Candidate]:
    """Mentions joined on the name alone, from ``known_people.rq``-like rows with a basis."""
    found: dict[tuple[str, str], Candidate] = {}
    for row in rows:
        basis = str(row.get("match_basis") or "")
        parts = basis.split("; ")
        if len(parts) < 2 or STRONG_EVIDENCE.intersection(parts) or basis.startswith("curation"):
            continue
        key = key_in(row["person_iri"], PERSON)
        report = path_of_report(row["report_iri"])
        found[(key, report)] = Candidate(
            "merged",
            1.0,
            str(row["name"]),
            str(row.get("as_written") or row["name"]),
            key,
            key,
            parts[0],
            "; ".join(parts[1:]),
            f"  - person: {key}\n    reports: [{report}]",
        )
    return sorted(found.values(), key=lambda c: (c.person_key, c.curation))


def review(index: PeopleIndex, rows: list[dict[str, object]]) -> list[Candidate]:
    """Everything a person should look at: pairs kept apart, then merges on the name alone."""
    return [*apart_candidates(index), *merged_candidates(rows)]


__all__ = ["COLUMNS", "Candidate", "review"]
