"""Resolve mentions: canonical organisation names, acronyms and stakeholder groups.

Precedence for an organisation's name: the gazetteer by full name or alias, then for
an acronym alone the report's own organiser list, then the gazetteer by acronym. For
a stakeholder group: stated in the document, then the gazetteer, then naming rules. A
person without a stated group takes their organisation's. The acronym of an
organisation is the one the document uses for it anywhere.
"""

from __future__ import annotations

from collections.abc import Iterator

from igfgraph.model import Basis, Organisation, Report
from igfgraph.resolve.organisations import (
    Gazetteer,
    KnownOrganisation,
    group_by_rule,
    load_gazetteer,
)
from igfgraph.resolve.topics import link_topics


def resolve(report: Report) -> Report:
    """Fill canonical names, acronyms and stakeholder groups in ``report`` (in place)."""
    gazetteer = load_gazetteer()
    listed = [o.organisation for o in report.organizers if o.organisation is not None]
    for organisation in listed:
        _resolve_organisation(organisation, gazetteer, {})
    organiser_list = {
        organisation.acronym: organisation
        for organisation in listed
        if organisation.acronym and organisation.name
    }
    for organisation in _organisations(report):
        _resolve_organisation(organisation, gazetteer, organiser_list)
    _share_acronyms(list(_organisations(report)))
    for party in [*report.people, *report.organizers]:
        if party.stakeholder_group is None and party.organisation is not None:
            party.stakeholder_group = party.organisation.stakeholder_group
            party.stakeholder_group_basis = party.organisation.stakeholder_group_basis
    link_topics(report)
    return report


def _organisations(report: Report) -> Iterator[Organisation]:
    for party in [*report.organizers, *report.people]:
        if party.organisation is not None:
            yield party.organisation


def _resolve_organisation(
    organisation: Organisation, gazetteer: Gazetteer, organiser_list: dict[str, Organisation]
) -> None:
    if organisation.name_basis not in (None, Basis.STATED):
        return  # already resolved (shared between an organiser and a person)
    known = gazetteer.by_name(organisation.as_written) or gazetteer.by_name(organisation.name)
    if known is None and organisation.name is None and organisation.acronym:
        listed = organiser_list.get(organisation.acronym)
        if listed is not None:
            organisation.name, organisation.name_basis = listed.name, Basis.ORGANISER_LIST
            organisation.wikidata = listed.wikidata
            organisation.stakeholder_group = listed.stakeholder_group
            organisation.stakeholder_group_basis = listed.stakeholder_group_basis
            return
        known = gazetteer.by_acronym(organisation.acronym)
    if known is not None:
        _apply_known(organisation, known)
    elif organisation.name and (group := group_by_rule(organisation.name)):
        organisation.stakeholder_group, organisation.stakeholder_group_basis = group, Basis.RULE


def _apply_known(organisation: Organisation, known: KnownOrganisation) -> None:
    if organisation.name != known.name:
        organisation.name, organisation.name_basis = known.name, Basis.GAZETTEER
    organisation.wikidata = known.wikidata
    if known.stakeholder_group is not None:
        organisation.stakeholder_group = known.stakeholder_group
        organisation.stakeholder_group_basis = Basis.GAZETTEER


def _share_acronyms(organisations: list[Organisation]) -> None:
    """Give every mention of an organisation the acronym the document uses for it."""
    written = {o.name: o.acronym for o in reversed(organisations) if o.name and o.acronym}
    for organisation in organisations:
        if organisation.acronym is None and organisation.name in written:
            organisation.acronym = written[organisation.name]


__all__ = ["resolve"]
