"""Score the parser against gold annotations: precision, recall and F1 per field.

A gold file ``<stem>.gold.json`` beside a document ``<stem>.<ext>`` holds what the
document says, in the shape ``igfgraph parse --format json`` prints (one object, or a
list of objects for a file holding several sessions). Each field turns a report into a
multiset of items; items found in both count as true positives, items only parsed as
false positives, items only in the gold file as false negatives. Names and other text
compare after Unicode (NFKC) and case folding, with runs of white space made one space.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy
from scipy.optimize import linear_sum_assignment

from igfgraph.errors import InputError
from igfgraph.model import Report
from igfgraph.parse import parse_all
from igfgraph.parse.coverage import report_spans, unaccounted_lines
from igfgraph.resolve import resolve
from igfgraph.resolve.organisations import load_gazetteer
from igfgraph.sources import SourceText, read_source
from igfgraph.tools.report_json import report_to_dict

GOLD_SUFFIX = ".gold.json"
Item = tuple[Any, ...]
Doc = dict[str, Any]  # a report as report_to_dict gives it, or a gold annotation


def fold(value: Any) -> Any:
    """``value`` with text NFKC-normalised, case-folded and its white space collapsed."""
    if isinstance(value, str):
        return " ".join(unicodedata.normalize("NFKC", value).casefold().split())
    return value


def _people(doc: Doc, *keys: str) -> list[Item]:
    """(name, *keys) of every person entry that has a value for one of ``keys``."""
    return [
        (fold(person.get("name")), *(fold(person.get(key)) for key in keys))
        for person in doc.get("people") or []
        if not keys or any(person.get(key) is not None for key in keys)
    ]


def _names(doc: Doc) -> list[Item]:
    """Each person named once, whatever their roles."""
    return [(name,) for name in sorted({fold(p.get("name")) for p in doc.get("people") or []})]


def _organisation_by_name(doc: Doc) -> dict[Any, tuple[Any, Any]]:
    """Folded name -> (organisation, acronym) of each person, from their first entry giving
    one; (None, None) for a person with none."""
    found: dict[Any, tuple[Any, Any]] = {}
    for person in doc.get("people") or []:
        name, given = (
            fold(person.get("name")),
            (fold(person.get("org")), fold(person.get("org_acronym"))),
        )
        if found.get(name, (None, None)) == (None, None):
            found[name] = given
    return found


def _same_organisation(one: tuple[Any, Any], other: tuple[Any, Any]) -> bool:
    """True when two (organisation, acronym) pairs share a name or an acronym in any slot,
    or one name is a comma-separated part of the other (``School of International
    Service, American University`` names ``American University``)."""
    first, second = {_spelled(v) for v in one if v}, {_spelled(v) for v in other if v}
    if first & second:
        return True
    return any(_part_of(a, b) or _part_of(b, a) for a in first for b in second)


def _spelled(name: str) -> str:
    """An organisation's folded name as the gazetteer names it (a gold file's "Facebook"
    is the "Meta Platforms" the resolve stage calls it), with the forum's own name as its
    acronym: "Internet Governance Forum Secretariat" and "IGF Secretariat" are one."""
    known = load_gazetteer().by_name(name)
    return fold(known.name if known else name).replace("internet governance forum", "igf")


def _part_of(part: str, whole: str) -> bool:
    return part in (piece.strip() for piece in whole.split(","))


def organisations_of_found_people(gold: Doc, parsed: Doc) -> tuple[list[Item], list[Item], int]:
    """The organisations of the people both name: (missing, extra, hits). A person's
    organisation is right when its name or acronym is the gold file's name or acronym."""
    expected, found = _organisation_by_name(gold), _organisation_by_name(parsed)
    missing, extra, hits = [], [], 0
    for name in sorted(expected.keys() & found.keys(), key=repr):
        want, got = expected[name], found[name]
        if any(want) and _same_organisation(want, got):
            hits += 1
            continue
        if any(want):
            missing.append((name, *want))
        if any(got):
            extra.append((name, *got))
    return missing, extra, hits


def _session(key: str) -> Callable[[Doc], list[Item]]:
    def items(doc: Doc) -> list[Item]:
        value = (doc.get("session") or {}).get(key)
        return [] if value is None else [(fold(value),)]

    return items


def _figure(key: str, digits: int | None = None) -> Callable[[Doc], list[Item]]:
    def items(doc: Doc) -> list[Item]:
        value = doc.get(key)
        if value is None:
            return []
        return [(round(value, digits) if digits is not None else value,)]

    return items


def _variant(doc: Doc) -> list[Item]:
    # An HTML page is scored by the family of the page it holds ("html_base").
    variant = doc.get("html_base") or doc.get("variant")
    return [] if variant is None else [(variant,)]


FIELDS: dict[str, Callable[[Doc], list[Item]]] = {
    "people": _names,
    "people with role": lambda doc: _people(doc, "role"),
    "people with organisation": lambda doc: _people(doc, "org", "org_acronym"),
    "people with stakeholder group": lambda doc: _people(doc, "stakeholder_group"),
    "organisers": lambda doc: [
        tuple(fold(o.get(key)) for key in ("name", "org", "org_acronym", "stakeholder_group"))
        for o in doc.get("organizers") or []
    ],
    "session id": _session("id"),
    "session year": _session("year"),
    "session type": _session("type"),
    "session title": _session("title"),
    "session date": _session("date"),
    "key issues": lambda doc: [(fold(text),) for text in doc.get("key_issues") or []],
    "participants": _figure("participants"),
    "women": _figure("women"),
    "women share": _figure("women_share", digits=2),
    "variant": _variant,
}
FOUND_ORGANISATION = "organisation of found people"
"""Scored apart from :data:`FIELDS`: it needs both documents (only people both name)."""
FIELD_NAMES = (*FIELDS, FOUND_ORGANISATION)


@dataclass
class Score:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        """Add ``other``'s counts to these."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        """Share of parsed items that are right (1.0 when nothing was parsed)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of gold items that were parsed (1.0 when there was nothing to find)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        """The counts and the three measures, rounded to four places."""
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class FieldResult:
    """One field of one document: its score and the items that differ."""

    score: Score
    missing: list[Item] = field(default_factory=list)  # in the gold file, not parsed
    extra: list[Item] = field(default_factory=list)  # parsed, not in the gold file


@dataclass
class DocumentResult:
    """How one document was read compared with its gold file."""

    path: Path
    variant: str  # the gold file's variant, or its kind (``transcript``) when it names none
    parsed_variants: list[str]
    fields: dict[str, FieldResult]
    lines_unaccounted: list[tuple[int, str]] = field(default_factory=list)
    error: str | None = None

    @property
    def perfect(self) -> bool:
        """True when every field matches and every line is accounted for."""
        return (
            self.error is None
            and not self.lines_unaccounted
            and all(not (r.missing or r.extra) for r in self.fields.values())
        )


@dataclass
class Evaluation:
    """The results of a run over a folder: per document, overall and per variant."""

    documents: list[DocumentResult]

    def totals(self, variant: str | None = None) -> dict[str, Score]:
        """Field -> summed score over every document (or only those of ``variant``)."""
        totals = {name: Score() for name in FIELD_NAMES}
        for document in self.documents:
            if variant is None or document.variant == variant:
                for name, result in document.fields.items():
                    totals[name].add(result.score)
        return totals

    @property
    def variants(self) -> list[str]:
        """The gold variants present, sorted."""
        return sorted({document.variant for document in self.documents})

    @property
    def failed(self) -> list[DocumentResult]:
        """The documents that could not be read or parsed."""
        return [document for document in self.documents if document.error is not None]

    def below(self, threshold: float) -> dict[str, float]:
        """Field -> overall F1 for every field whose F1 is below ``threshold``."""
        return {
            name: score.f1 for name, score in self.totals().items() if score.f1 < threshold - 1e-9
        }

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON types: overall, per variant and per document."""
        return {
            "overall": {name: score.as_dict() for name, score in self.totals().items()},
            "per_variant": {
                variant: {name: score.as_dict() for name, score in self.totals(variant).items()}
                for variant in self.variants
            },
            "documents": [_document_dict(document) for document in self.documents],
        }


def _document_dict(document: DocumentResult) -> dict[str, Any]:
    return {
        "document": str(document.path),
        "variant": document.variant,
        "parsed_variants": document.parsed_variants,
        "error": document.error,
        "lines_unaccounted": [
            {"line": number, "text": text} for number, text in document.lines_unaccounted
        ],
        "fields": {
            name: {
                **result.score.as_dict(),
                "missing": [list(item) for item in result.missing],
                "extra": [list(item) for item in result.extra],
            }
            for name, result in document.fields.items()
        },
    }


def gold_documents(folder: str | Path) -> list[tuple[Path, Path]]:
    """(document, gold file) pairs under ``folder``, searched recursively, sorted."""
    pairs = []
    for gold in sorted(Path(folder).rglob("*" + GOLD_SUFFIX)):
        stem = gold.name.removesuffix(GOLD_SUFFIX)
        documents = [
            path
            for path in sorted(gold.parent.glob(stem + ".*"))
            if path != gold and path.stem == stem and path.is_file()
        ]
        pairs.extend((document, gold) for document in documents)
    return pairs


def load_gold(path: Path) -> list[Doc]:
    """The gold annotations of a file: one per session it holds."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InputError(str(path), f"is not a readable JSON gold file ({error})") from error
    return gold if isinstance(gold, list) else [gold]


def read_reports(source: SourceText) -> list[Report]:
    """The parsed and resolved reports of ``source`` (one per session it holds)."""
    return [resolve(report) for report in parse_all(source)]


def _agreement(gold: Doc, parsed: Doc) -> int:
    """How many things ``gold`` and ``parsed`` agree on: each person named in both, and
    the session's id, title and date when equal and given."""
    names = set(_names(gold)) & set(_names(parsed))
    sessions = gold.get("session") or {}, parsed.get("session") or {}
    same = sum(
        1
        for key in ("id", "title", "date")
        if sessions[0].get(key) is not None
        and fold(sessions[0].get(key)) == fold(sessions[1].get(key))
    )
    return len(names) + same


def _matched(golds: list[Doc], parsed: list[Doc]) -> list[tuple[Doc, Doc]]:
    """Pairs of (gold, parsed) that agree the most in all (people named in both, session
    id, title and date), in document order where it makes no difference; unmatched get {}."""
    if not golds or not parsed:
        return [(gold, {}) for gold in golds] + [({}, doc) for doc in parsed]
    agreement = numpy.array(
        [
            [
                _agreement(gold, doc) - abs(i - j) / (len(golds) + len(parsed)) ** 2
                for j, doc in enumerate(parsed)
            ]
            for i, gold in enumerate(golds)
        ]
    )
    rows, columns = linear_sum_assignment(agreement, maximize=True)
    partner = dict(zip(rows.tolist(), columns.tolist(), strict=True))
    pairs = [(gold, parsed[partner[i]] if i in partner else {}) for i, gold in enumerate(golds)]
    taken = set(partner.values())
    return pairs + [({}, doc) for j, doc in enumerate(parsed) if j not in taken]


def compare(gold: Doc, parsed: Doc) -> dict[str, FieldResult]:
    """Field -> result of comparing one parsed report with its gold annotation."""
    results = {}
    for name, items in FIELDS.items():
        expected, found = Counter(items(gold)), Counter(items(parsed))
        if name == "variant" and gold and not expected:
            found.clear()  # a gold file without a variant does not score it
        hits = expected & found
        missing, extra = expected - hits, found - hits
        score = Score(hits.total(), extra.total(), missing.total())
        results[name] = FieldResult(
            score, sorted(missing.elements(), key=repr), sorted(extra.elements(), key=repr)
        )
    missing_orgs, extra_orgs, hits = organisations_of_found_people(gold, parsed)
    results[FOUND_ORGANISATION] = FieldResult(
        Score(hits, len(extra_orgs), len(missing_orgs)), missing_orgs, extra_orgs
    )
    return results


def evaluate_document(document: Path, gold_path: Path) -> DocumentResult:
    """Parse ``document`` and compare it with ``gold_path``; errors become results."""
    golds = load_gold(gold_path)
    variant = str(golds[0].get("variant") or golds[0].get("kind"))
    try:
        source = read_source(document)
        reports = read_reports(source)
    except InputError as error:
        fields = _sum_fields([compare(gold, {}) for gold in golds])
        return DocumentResult(document, variant, [], fields, error=str(error))
    parsed = [report_to_dict(report) for report in reports]
    fields = compare_all(golds, parsed)
    return DocumentResult(
        document,
        variant,
        [report.variant for report in reports],
        fields,
        unaccounted_lines(source, reports),
    )


def compare_all(golds: list[Doc], parsed: list[Doc]) -> dict[str, FieldResult]:
    """Field -> result of comparing the reports parsed from one document (as parse JSON)
    with its gold annotations, each paired with the one it agrees with most."""
    return _sum_fields([compare(gold, doc) for gold, doc in _matched(golds, parsed)])


def _sum_fields(comparisons: list[dict[str, FieldResult]]) -> dict[str, FieldResult]:
    total = {name: FieldResult(Score()) for name in FIELD_NAMES}
    for comparison in comparisons:
        for name, result in comparison.items():
            total[name].score.add(result.score)
            total[name].missing.extend(result.missing)
            total[name].extra.extend(result.extra)
    return total


def evaluate(folder: str | Path) -> Evaluation:
    """Score every document under ``folder`` that has a gold file beside it."""
    pairs = gold_documents(folder)
    if not pairs:
        raise InputError(
            str(folder), f"holds no document with a '<stem>{GOLD_SUFFIX}' beside it; check the path"
        )
    return Evaluation([evaluate_document(document, gold) for document, gold in pairs])


__all__ = [
    "FIELDS",
    "FIELD_NAMES",
    "FOUND_ORGANISATION",
    "DocumentResult",
    "Evaluation",
    "Score",
    "evaluate",
    "fold",
    "gold_documents",
    "read_reports",
    "report_spans",
    "unaccounted_lines",
]
