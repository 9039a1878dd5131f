"""Named SPARQL queries from ``queries/*.rq``, with parameters bound as terms.

Each file starts with a header the runner reads::

    # question: Which people spoke in the same session as whom?
    # param: person  literal  optional  Name of one person, e.g. Kathy Brown
    # columns: person, partner, shared_sessions

A parameter is bound to the variable of the same name (SPARQL substitution, never
string pasting), so a value with quotes, braces or ``} ; DROP ALL #`` is just a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import rdflib

from igfgraph.errors import QueryError
from igfgraph.paths import QUERIES_DIR
from igfgraph.store import GraphStore, Row

PARAM_KINDS = ("literal", "iri", "integer")
_HEADER = re.compile(r"^#\s*(question|param|columns):\s*(.*)$")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class Parameter:
    """A query parameter: the variable it binds, its kind, and what it means."""

    name: str
    kind: str
    optional: bool
    description: str

    def term(self, value: str) -> rdflib.term.Node:
        """``value`` as the RDF term this parameter binds."""
        if self.kind == "iri":
            if not re.fullmatch(r"[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|^`\\]+", value):
                raise QueryError(f"parameter {self.name}: {value!r} is not an IRI")
            return rdflib.URIRef(value)
        if self.kind == "integer":
            if not re.fullmatch(r"-?\d+", value.strip()):
                raise QueryError(f"parameter {self.name}: {value!r} is not a whole number")
            return rdflib.Literal(int(value))
        return rdflib.Literal(value)


@dataclass(frozen=True)
class NamedQuery:
    """A query file with its header."""

    name: str
    path: Path
    question: str
    text: str
    columns: tuple[str, ...]
    parameters: dict[str, Parameter] = field(default_factory=dict)

    def bindings(self, values: dict[str, str]) -> dict[str, rdflib.term.Node]:
        """Check ``values`` against the declared parameters and turn them into terms."""
        unknown = sorted(set(values) - set(self.parameters))
        if unknown:
            known = ", ".join(self.parameters) or "none"
            raise QueryError(
                f"{self.name}: unknown parameter {', '.join(unknown)} (parameters: {known})"
            )
        missing = [p.name for p in self.parameters.values() if not p.optional]
        missing = [name for name in missing if name not in values]
        if missing:
            raise QueryError(f"{self.name}: missing parameter {', '.join(missing)}")
        return {name: self.parameters[name].term(value) for name, value in values.items()}


def parse_query_file(path: Path) -> NamedQuery:
    """Read a ``.rq`` file and its header."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise QueryError(f"{path}: cannot read the query ({error.strerror})") from error
    question, columns, parameters = "", (), {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = _HEADER.match(line.strip())
        if not match:
            continue
        key, value = match.groups()
        if key == "question":
            question = value.strip()
        elif key == "columns":
            columns = tuple(c.strip() for c in value.split(",") if c.strip())
        else:
            parameter = _parse_parameter(value, f"{path}:{number}")
            parameters[parameter.name] = parameter
    if not question:
        raise QueryError(f"{path}: the header has no '# question:' line")
    return NamedQuery(path.stem, path, question, text, columns, parameters)


def _parse_parameter(spec: str, where: str) -> Parameter:
    parts = spec.split(None, 3)
    if len(parts) < 3 or parts[1] not in PARAM_KINDS or parts[2] not in ("optional", "required"):
        raise QueryError(f"{where}: write '# param: NAME KIND optional|required DESCRIPTION'")
    name, kind, needed = parts[:3]
    if not _NAME.match(name):
        raise QueryError(f"{where}: parameter name {name!r} must be lower_snake_case")
    return Parameter(name, kind, needed == "optional", parts[3] if len(parts) > 3 else "")


def available_queries(directory: Path = QUERIES_DIR) -> dict[str, NamedQuery]:
    """Every named query in ``directory``, by name."""
    return {path.stem: parse_query_file(path) for path in sorted(directory.glob("*.rq"))}


def load_query(name_or_path: str) -> NamedQuery:
    """A query by name (``who_spoke_with_whom``) or by the path of a ``.rq`` file."""
    path = Path(name_or_path)
    if path.suffix == ".rq" and path.exists():
        return parse_query_file(path)
    candidate = QUERIES_DIR / f"{name_or_path.replace('-', '_')}.rq"
    if candidate.exists():
        return parse_query_file(candidate)
    known = ", ".join(available_queries())
    raise QueryError(f"no query named {name_or_path!r}; known queries: {known}")


def run_query(
    store: GraphStore, query: str | NamedQuery, params: dict[str, str] | None = None
) -> list[Row]:
    """Run a named query on ``store`` with ``params`` bound; rows of plain values."""
    named = query if isinstance(query, NamedQuery) else load_query(query)
    return store.select(named.text, named.bindings(params or {}))
