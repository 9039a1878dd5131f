"""The curation file: a person's decisions that override automatic entity resolution.

``./igfgraph-curation.yaml`` by default, or ``--curation FILE``::

    merge:            # these people are one: the others take the first one's key
      - people: [jorg-muller, Joerg Mueller, J. Mueller]
    split:            # the mentions from these reports are another person
      - person: ana-garcia
        reports: [igf2019-ws-12]
        key: ana-garcia-uruguay        # optional; default <person>--<report>
    rename:           # the name a person is shown with
      - person: jorg-muller
        name: Jörg Müller
    classify:         # a stakeholder group for a person or an organisation
      - person: markus-kummer
        stakeholder_group: technical community
      - organisation: IGF Secretariat
        stakeholder_group: intergovernmental organization

People are named by key (``jorg-muller``, as in ``id:person/jorg-muller``) or by a name
(compared folded: case, accents and spacing ignored). The resolve stage applies the file
to every report it resolves, so the decisions survive re-ingesting, and applying them
twice gives what applying them once gave.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from igfgraph.errors import InputError
from igfgraph.identity import slug
from igfgraph.model import StakeholderGroup
from igfgraph.resolve.organisations import name_key

DEFAULT_CURATION_FILE = Path("igfgraph-curation.yaml")
_KEY = re.compile(r"[a-z0-9]+(?:-{1,2}[a-z0-9]+)*")
SECTIONS = ("merge", "split", "rename", "classify")


@dataclass(frozen=True)
class Split:
    """Mentions of ``person`` in ``reports`` (report file stems) become ``key``."""

    person: str
    reports: frozenset[str]
    key: str | None = None

    def new_key(self, report: str) -> str:
        """The key the split-off mentions take."""
        return self.key or f"{self.person}--{slug(report)}"


@dataclass
class Curation:
    """Decisions read from a curation file (empty: nothing overridden)."""

    merges: dict[str, str] = field(default_factory=dict)  # key or folded name -> kept key
    splits: list[Split] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # person key -> display name
    person_groups: dict[str, StakeholderGroup] = field(default_factory=dict)  # key or name
    organisation_groups: dict[str, StakeholderGroup] = field(default_factory=dict)  # name_key

    def __bool__(self) -> bool:
        """True when the file decides anything."""
        return bool(
            self.merges
            or self.splits
            or self.names
            or self.person_groups
            or self.organisation_groups
        )

    def merged_key(self, key: str, name: str) -> str | None:
        """The key a merge gives the person ``key`` with ``name``, if any."""
        return self.merges.get(key) or self.merges.get(person_ref(name))

    def split_key(self, key: str, report: str) -> str | None:
        """The key a split gives the person ``key`` in ``report``, if any."""
        stem = slug(report)
        return next(
            (s.new_key(stem) for s in self.splits if s.person == key and stem in s.reports), None
        )

    def person_group(self, key: str, name: str) -> StakeholderGroup | None:
        """The stakeholder group curation gives this person, if any."""
        return self.person_groups.get(key) or self.person_groups.get(person_ref(name))

    def organisation_group(self, name: str | None) -> StakeholderGroup | None:
        """The stakeholder group curation gives this organisation, if any."""
        return self.organisation_groups.get(name_key(name)) if name else None


def person_ref(text: object) -> str:
    """A person as the file names them: a key (``ana-garcia--ws-12``) as it is, a name slugged."""
    written = str(text).strip()
    return written if _KEY.fullmatch(written) else slug(written)


def load_curation(path: str | Path | None = None) -> Curation:
    """Read a curation file; no ``path`` reads ``./igfgraph-curation.yaml`` if it exists."""
    file = Path(path) if path is not None else DEFAULT_CURATION_FILE
    if path is None and not file.exists():
        return Curation()
    try:
        data = yaml.load(file.read_text(encoding="utf-8"), Loader=_NoAliasLoader) or {}
    except OSError as error:
        raise InputError(str(file), f"cannot read the curation file ({error.strerror})") from error
    except UnicodeDecodeError as error:
        line = file.read_bytes()[: error.start].count(b"\n") + 1
        raise InputError(str(file), "is not UTF-8 text; save it as UTF-8", line) from None
    except _AliasError as error:
        line = error.mark.line + 1 if error.mark else None
        raise InputError(
            str(file), "uses a YAML alias (*name); write each entry out in full", line
        ) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise InputError(str(file), "not valid YAML; check indentation and colons", line) from error
    return _Reader(file).curation(data)


class _AliasError(yaml.YAMLError):
    """A YAML alias: refused, since aliases nested in aliases expand without bound."""

    def __init__(self, mark: yaml.Mark | None) -> None:
        super().__init__("alias")
        self.mark = mark


class _NoAliasLoader(yaml.SafeLoader):
    """The safe loader, refusing aliases ("billion laughs")."""

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            raise _AliasError(self.peek_event().start_mark)
        return super().compose_node(parent, index)  # type: ignore[no-any-return]


class _Reader:
    """Turns the file's YAML into a :class:`Curation`, with one-line errors."""

    def __init__(self, file: Path) -> None:
        self.file = file

    def fail(self, what: str) -> InputError:
        return InputError(str(self.file), what)

    def curation(self, data: Any) -> Curation:
        if not isinstance(data, dict) or set(data) - set(SECTIONS):
            raise self.fail(f"expected the sections {', '.join(SECTIONS)} at the top level")
        for section in SECTIONS:
            if data.get(section) is not None and not isinstance(data[section], list):
                raise self.fail(f"'{section}:' must hold a list of entries, each starting '- '")
        curation = Curation()
        for number, item in enumerate(data.get("merge") or [], start=1):
            people = [person_ref(p) for p in self.names(item, "merge", number, "people", 2)]
            for person in people[1:]:
                curation.merges[person] = people[0]
        for number, item in enumerate(data.get("split") or [], start=1):
            person = person_ref(self.entry(item, "split", number, "person"))
            reports = frozenset(slug(r) for r in self.names(item, "split", number, "reports", 1))
            key = item.get("key")
            curation.splits.append(Split(person, reports, key and person_ref(key)))
        for number, item in enumerate(data.get("rename") or [], start=1):
            person = person_ref(self.entry(item, "rename", number, "person"))
            curation.names[person] = str(self.entry(item, "rename", number, "name"))
        for number, item in enumerate(data.get("classify") or [], start=1):
            group = self.group(self.entry(item, "classify", number, "stakeholder_group"), number)
            if "person" in item:
                curation.person_groups[person_ref(item["person"])] = group
            elif "organisation" in item:
                curation.organisation_groups[name_key(str(item["organisation"]))] = group
            else:
                raise self.fail(f"classify entry {number}: name a 'person' or an 'organisation'")
        return curation

    def entry(self, item: Any, section: str, number: int, name: str) -> Any:
        if not isinstance(item, dict) or name not in item:
            raise self.fail(f"{section} entry {number}: add '{name}:'")
        return item[name]

    def names(self, item: Any, section: str, number: int, name: str, least: int) -> list[str]:
        """The list an entry holds under ``name``: at least ``least`` names, each text."""
        value = self.entry(item, section, number, name)
        if (
            not isinstance(value, list)
            or len(value) < least
            or not all(isinstance(v, str | int) for v in value)
        ):
            raise self.fail(
                f"{section} entry {number}: '{name}:' must be a list of at least {least} "
                f"name{'s' * (least > 1)}, e.g. [{'a, b' if least > 1 else 'a'}]"
            )
        return [str(v) for v in value]

    def group(self, value: Any, number: int) -> StakeholderGroup:
        try:
            return StakeholderGroup(str(value).lower())
        except ValueError:
            groups = ", ".join(g.value for g in StakeholderGroup)
            raise self.fail(f"classify entry {number}: {value!r} is not one of {groups}") from None
