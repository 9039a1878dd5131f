"""Across reports: which person and which organisation each mention of a report is.

The resolve stage receives what is already known as plain data (a :class:`KnownEntities`
built by the caller, e.g. from the rows of ``queries/internal/known_people.rq`` and
``queries/internal/known_organisations.rq``) and never touches a store. After a report is
resolved it is added to the known entities, so resolving reports one after another
lets each see the ones before.

A person's key (``id:person/<key>``) is the slug of their first known name; a later
mention takes the key of the known person the evidence joins it to (see
:mod:`igfgraph.resolve.people`), or a key of its own, qualified by the report when a
different person already has the plain one (``ana-garcia--igf2019-ws-12``). An
organisation's key is the slug of its IRI (:func:`igfgraph.identity.organisation_key`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from igfgraph.identity import (
    ORGANISATION,
    PERSON,
    REPORT,
    key_in,
    organisation_key,
    report_path,
    slug,
)
from igfgraph.model import Basis, Organisation, Organizer, PersonMention, Report
from igfgraph.parse.names import name_gender
from igfgraph.resolve.organisations import CorpusOrganisation, OrganisationIndex
from igfgraph.resolve.people import (
    SAME_NAME,
    PeopleIndex,
    PersonName,
    Profile,
    name_agreement,
    person_name,
)
from igfgraph.vocab import STAKEHOLDER

if TYPE_CHECKING:
    from igfgraph.resolve.curation import Curation

GROUP_PREFIX = str(STAKEHOLDER)
NEW_PERSON = "new person"
CURATED = "curation"


@dataclass
class KnownEntities:
    """People and organisations already known, from the store or from earlier reports."""

    people: PeopleIndex = field(default_factory=PeopleIndex)
    organisations: OrganisationIndex = field(default_factory=OrganisationIndex)

    @classmethod
    def from_rows(
        cls,
        people_rows: Iterable[dict[str, object]],
        organisation_rows: Iterable[dict[str, object]],
    ) -> KnownEntities:
        """Build from query rows: ``known_people.rq`` and ``known_organisations.rq``."""
        known = cls()
        parts: dict[tuple[str, str], Profile] = {}  # (person key, report) -> what it says
        session_people: dict[tuple[str, str], set[str]] = defaultdict(set)
        for row in people_rows:
            key = key_in(row["person_iri"], PERSON)
            report = key_in(row["report_iri"], REPORT)
            part = parts.setdefault((key, report), Profile(key, str(row["name"])))
            written = str(row.get("as_written") or row["name"])  # the observation, not the label
            part.names.add(person_name(written, written))
            if row.get("organisation_iri"):
                part.organisations.add(key_in(row["organisation_iri"], ORGANISATION))
            if row.get("group_iri"):
                part.groups.add(key_in(row["group_iri"], GROUP_PREFIX))
            part.reports.add(report)
            session_people[(str(row["session_iri"]), report)].add(key)
        for (_, report), keys in session_people.items():
            for key in keys:
                parts[(key, report)].co_participants |= keys - {key}
        for part in parts.values():
            known.people.add(part)
        for row in organisation_rows:
            acronyms = str(row.get("acronyms") or "")
            if key_in(row["organisation_iri"], ORGANISATION).startswith("acronym-"):
                continue  # known by its acronym alone: no name to learn
            known.organisations.add(
                CorpusOrganisation(
                    key_in(row["organisation_iri"], ORGANISATION),
                    str(row["name"]),
                    frozenset(a for a in acronyms.split("|") if a),
                )
            )
        return known

    def add_report(self, report: Report) -> None:
        """Learn the people and organisations of a resolved ``report``."""
        this_report = report_path(report)
        by_key: dict[str, list[PersonMention | Organizer]] = defaultdict(list)
        for mention in _all_mentions(report):
            by_key[mention.person_key or slug(_name(mention))].append(mention)
        for key, mentions in by_key.items():
            profile = _LocalPerson(mentions).profile(this_report)
            profile.key = key
            profile.co_participants = set(by_key) - {key}
            self.people.add(profile)
        for organisation in _organisations(report):
            if organisation.name:
                acronyms = frozenset({organisation.acronym} - {None})
                key = organisation_key(organisation)
                self.organisations.add(CorpusOrganisation(key, organisation.name, acronyms))


def _organisations(report: Report) -> Iterator[Organisation]:
    for party in [*report.organizers, *report.people]:
        if party.organisation is not None:
            yield party.organisation
            if party.organisation.parent is not None:
                yield party.organisation.parent
    yield from report.organisations


def _all_mentions(report: Report) -> list[PersonMention | Organizer]:
    return [*report.people, *(o for o in report.organizers if o.person_name)]


def _name(party: PersonMention | Organizer) -> str:
    return party.name if isinstance(party, PersonMention) else str(party.person_name)


def _written(party: PersonMention | Organizer) -> str | None:
    return party.name_as_written if isinstance(party, PersonMention) else None


@dataclass
class _LocalPerson:
    """The mentions of one person within one report."""

    mentions: list[PersonMention | Organizer]
    basis: str | None = None  # why mentions with different spellings are one person

    @property
    def key(self) -> str:
        """The key a new person with this name gets: its words in normal order."""
        return person_name(_name(self.mentions[0]), _written(self.mentions[0])).key

    @property
    def name(self) -> str:
        """The longest spelling (the most complete: middle names, diacritics)."""
        shown = (person_name(_name(m), _written(m)).shown for m in self.mentions)
        return max(shown, key=lambda text: (len(text), text))

    def profile(self, report: str) -> Profile:
        """What this report says about the person."""
        first = self.mentions[0]
        shown = first.person_name if isinstance(first, PersonMention) else None
        profile = Profile(first.person_key or self.key, shown or self.name)
        profile.reports.add(report)
        for mention in self.mentions:
            profile.names.add(person_name(_name(mention), _written(mention)))
            if mention.organisation is not None:
                profile.organisations.add(organisation_key(mention.organisation))
            if mention.stakeholder_group is not None:
                profile.groups.add(slug(mention.stakeholder_group.value))
        return profile


def _report_people(report: Report) -> dict[int, _LocalPerson]:
    """The report's mentions grouped by person: spellings that agree are one person here.

    Each mention is compared only with the people sharing one of its :func:`_name_blocks`
    (a session with 10,000 speakers is not 50M comparisons).
    """
    people: list[_LocalPerson] = []
    by_block: defaultdict[tuple[str, ...], set[int]] = defaultdict(set)
    for mention in _all_mentions(report):
        name = person_name(_name(mention), _written(mention))
        blocks = _name_blocks(name)
        for number in sorted(set().union(*(by_block[block] for block in blocks))):
            person = people[number]
            levels = {
                name_agreement(name, person_name(_name(other), _written(other)))
                for other in person.mentions
            }
            level = next((lv for lv in sorted(levels - {None})), None)
            if level is not None:
                person.mentions.append(mention)
                if level != SAME_NAME:
                    person.basis = f"same report, {level}"
                break
        else:
            number = len(people)
            people.append(_LocalPerson([mention]))
        for block in blocks:
            by_block[block].add(number)
    return dict(enumerate(people))


def _name_blocks(name: PersonName) -> set[tuple[str, ...]]:
    """Keys that two names agreeing by :func:`name_agreement` always share: the family
    name (same name, middle name, initial, typo in the given name), the words in any
    order, or everything but the family name and its first letter (a typo in it)."""
    blocks: set[tuple[str, ...]] = set()
    for form in name.forms:
        blocks.add(("family", form[-1]))
        blocks.add(("words", *sorted(form)))
        if len(form) > 1:
            blocks.add(("typo", form[-1][0], *form[:-1]))
    return blocks


def identify_people(
    report: Report, known: KnownEntities | None = None, curation: Curation | None = None
) -> None:
    """Give every mention of ``report`` its ``person_key``, ``person_name`` and ``match_basis``."""
    known = known or KnownEntities()
    this_report = report_path(report)
    for mention in _all_mentions(report):
        mention.person_key = None
    people = _report_people(report)
    profiles = {number: person.profile(this_report) for number, person in people.items()}
    first = {number: known.people.best_match(p, this_report) for number, p in profiles.items()}
    # Only people joined on their own evidence count as shared co-participants.
    joined = {number: match.key for number, match in first.items() if match is not None}
    for number, person in people.items():
        peers = set(joined.values()) - {joined.get(number)}
        match = first[number] or known.people.best_match(profiles[number], this_report, peers)
        if match is not None:
            key, basis = match.key, match.basis
            shown = known.people.people[key].display_name
        else:
            key = known.people.free_key(profiles[number].key, this_report)
            basis, shown = NEW_PERSON, person.name
        curated, basis = _curated_key(curation, key, person.name, this_report, basis)
        group = curation.person_group(curated, person.name) if curation else None
        if curated != key and curated in known.people.people:
            shown = known.people.people[curated].display_name
        key = curated
        shown = curation.names.get(key, shown) if curation else shown
        if person.basis:
            basis = f"{basis}; {person.basis}"
        for mention in person.mentions:
            mention.person_key = key
            if isinstance(mention, PersonMention):
                mention.person_name, mention.match_basis = shown, basis
                mention.name_gender = name_gender(shown)
                if group is not None:
                    mention.stakeholder_group = group
                    mention.stakeholder_group_basis = Basis.CURATION
    known.add_report(report)


def _curated_key(
    curation: Curation | None, key: str, name: str, report: str, basis: str
) -> tuple[str, str]:
    """The key after the curation file's merges and splits, and the basis to record."""
    if curation is None:
        return key, basis
    split = curation.split_key(key, report)
    if split is not None:
        return split, f"{CURATED}: split from {key}"
    merged = curation.merged_key(key, name)
    if merged is not None and merged != key:
        return merged, f"{CURATED}: merged from {key}"
    return key, basis
