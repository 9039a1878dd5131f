"""Resolve mentions: canonical organisation names, acronyms and stakeholder groups.

Precedence for an organisation's name: the gazetteer by full name or alias, then for
an acronym alone the report's own organiser list, then the gazetteer by acronym. For
a stakeholder group: stated in the document, then the gazetteer, then naming rules. A
person without a stated group takes their organisation's. The acronym of an
organisation is the one the document uses for it anywhere, else the one the gazetteer
cites it by (its first ``acronyms`` entry; spellings it is not cited by are aliases).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from igfgraph.identity import organisation_key
from igfgraph.model import Basis, Organisation, Report
from igfgraph.resolve.entities import KnownEntities, identify_people
from igfgraph.resolve.organisations import (
    Gazetteer,
    KnownOrganisation,
    OrganisationIndex,
    group_by_rule,
    load_gazetteer,
    parent_name,
)
from igfgraph.resolve.topics import link_topics

if TYPE_CHECKING:
    from igfgraph.resolve.curation import Curation


def resolve(
    report: Report, known: KnownEntities | None = None, curation: Curation | None = None
) -> Report:
    """Fill canonical names, acronyms, stakeholder groups and identities in ``report``.

    ``known``: the people and organisations of other reports (plain data; the report is
    added to it afterwards). ``curation``: a person's decisions, applied last.
    """
    gazetteer = load_gazetteer()
    corpus = known.organisations if known else OrganisationIndex()
    listed = [o.organisation for o in report.organizers if o.organisation is not None]
    for organisation in listed:
        _resolve_organisation(organisation, gazetteer, {}, corpus)
    organiser_list = {
        organisation.acronym: organisation
        for organisation in listed
        if organisation.acronym and organisation.name
    }
    for organisation in _organisations(report):
        _resolve_organisation(organisation, gazetteer, organiser_list, corpus)
    _share_acronyms(list(_organisations(report)))
    for organisation in _organisations(report):
        _identify_organisation(organisation, gazetteer, curation)
    for party in [*report.people, *report.organizers]:
        if party.stakeholder_group is None and party.organisation is not None:
            party.stakeholder_group = party.organisation.stakeholder_group
            party.stakeholder_group_basis = party.organisation.stakeholder_group_basis
    link_topics(report)
    identify_people(report, known, curation)
    return report


def _organisations(report: Report) -> Iterator[Organisation]:
    for party in [*report.organizers, *report.people]:
        if party.organisation is not None:
            yield party.organisation


def _resolve_organisation(
    organisation: Organisation,
    gazetteer: Gazetteer,
    organiser_list: dict[str, Organisation],
    corpus: OrganisationIndex,
) -> None:
    if organisation.name_basis not in (None, Basis.STATED):
        return  # already resolved (shared between an organiser and a person)
    known = gazetteer.by_name(organisation.as_written) or gazetteer.by_name(organisation.name)
    if known is None and (chapter := gazetteer.chapter(organisation.name)):
        name, parent = chapter  # "ISOC Uganda chapter": the Internet Society's
        organisation.name, organisation.name_basis = name, Basis.GAZETTEER
        if organisation.stakeholder_group_basis is not Basis.STATED:
            organisation.stakeholder_group = parent.stakeholder_group
            organisation.stakeholder_group_basis = Basis.GAZETTEER
        return
    if known is None and organisation.name is None and organisation.acronym:
        listed = organiser_list.get(organisation.acronym)
        if listed is not None:
            organisation.name, organisation.name_basis = listed.name, Basis.ORGANISER_LIST
            organisation.wikidata = listed.wikidata
            organisation.stakeholder_group = listed.stakeholder_group
            organisation.stakeholder_group_basis = listed.stakeholder_group_basis
            return
        known = gazetteer.by_acronym(organisation.acronym)
    if known is None:
        _apply_corpus(organisation, corpus)
    if known is not None:
        _apply_known(organisation, known)
    elif organisation.name and (group := group_by_rule(organisation.name)):
        organisation.stakeholder_group, organisation.stakeholder_group_basis = group, Basis.RULE


def _apply_known(organisation: Organisation, known: KnownOrganisation) -> None:
    if organisation.name != known.name:
        organisation.name, organisation.name_basis = known.name, Basis.GAZETTEER
    organisation.wikidata = known.wikidata
    organisation.country = organisation.country or known.country
    if known.acronyms and organisation.acronym not in known.acronyms:
        # Unwritten, or a spelling of the name ("IGF MAG"): the acronym it is cited by.
        organisation.acronym = known.acronyms[0]
    stated = organisation.stakeholder_group_basis is Basis.STATED
    if known.stakeholder_group is not None and not stated:
        organisation.stakeholder_group = known.stakeholder_group
        organisation.stakeholder_group_basis = Basis.GAZETTEER


def _apply_corpus(organisation: Organisation, corpus: OrganisationIndex) -> None:
    """Another report's name for it: another spelling, or "Full Name (ACR)" for an acronym."""
    found = corpus.by_name(organisation.name)
    if found is None and organisation.name is None:
        found = corpus.by_acronym(organisation.acronym)
    if found is not None:
        if organisation.name != found.name:
            organisation.name, organisation.name_basis = found.name, Basis.CORPUS
        organisation.key = found.key


def _identify_organisation(
    organisation: Organisation, gazetteer: Gazetteer, curation: Curation | None
) -> None:
    """The organisation's key, the university it is a unit of (or the body it is a
    chapter of), and curated group."""
    organisation.key = organisation_key(organisation)
    known = gazetteer.by_name(organisation.name)
    chapter = gazetteer.chapter(organisation.name)
    parent = (
        (known and known.parent)
        or (organisation.name and parent_name(organisation.name))
        or (chapter and chapter[1].name)
    )
    if parent and organisation.parent is None:
        unit_of = Organisation(parent, organisation.span, name=parent, name_basis=Basis.STATED)
        _resolve_organisation(unit_of, gazetteer, {}, OrganisationIndex())
        unit_of.key = organisation_key(unit_of)
        organisation.parent = unit_of
        if organisation.stakeholder_group is None and unit_of.stakeholder_group is not None:
            organisation.stakeholder_group = unit_of.stakeholder_group
            organisation.stakeholder_group_basis = unit_of.stakeholder_group_basis
    group = curation.organisation_group(organisation.name) if curation else None
    if group is not None:
        organisation.stakeholder_group, organisation.stakeholder_group_basis = (
            group,
            Basis.CURATION,
        )


def _share_acronyms(organisations: list[Organisation]) -> None:
    """Give every mention of an organisation the acronym the document uses for it."""
    written = {o.name: o.acronym for o in reversed(organisations) if o.name and o.acronym}
    for organisation in organisations:
        if organisation.acronym is None and organisation.name in written:
            organisation.acronym = written[organisation.name]


__all__ = ["KnownEntities", "resolve"]
