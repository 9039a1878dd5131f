"""Named SPARQL queries from the project's ``queries/*.rq`` files (the folder beside this
package), with parameters bound as terms.

``queries/`` holds the questions users ask (``igfgraph queries`` lists them);
``queries/internal/`` the ones igfgraph runs for itself (the people, organisations and
files the store already knows, the inputs of everyone's co-speakers), which run by name
the same way but are not listed.

Each file starts with a header the runner reads::

    # question: Which people spoke in the same session as whom?
    # param: person  literal  optional  Name of one person, e.g. Kathy Brown
    # columns: person, partner, shared_sessions
    # order: person, shared_sessions desc, partner

A parameter is bound to the variable of the same name (SPARQL substitution, never
string pasting), so a value with quotes, braces or ``} ; DROP ALL #`` is just a value.

``# joined: COLUMN, ...`` names columns that the query gives one value a row and the
runner joins: rows alike in every other column become one, each of these columns its
distinct values, sorted, joined with "; " (unbound when it has none). A GROUP_CONCAT would
give the same rows (its values in no given order), but past 1,900 bytes Virtuoso can
neither sort the joined string (which it must to page a result past its row limit) nor
keep it in a row of its own.

``# order:`` sorts the rows here rather than in SPARQL: Oxigraph evaluates ORDER BY keys
inside every comparison and reads each long string from its string table, which costs
seconds past 10,000 rows. The columns the line leaves out break ties, in column order,
so every backend gives the same rows in the same order.

``who_spoke_with_whom`` for everyone is answered by sparse products over who spoke where
(:mod:`igfgraph.queries.cospeaking`): the same rows, which a test holds to the SPARQL on every
backend.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rapidfuzz import fuzz, process

from igfgraph.errors import QueryError
from igfgraph.paths import INTERNAL_QUERIES_DIR, QUERIES_DIR
from igfgraph.store import GraphStore, Row
from igfgraph.store.base import SPARQL_SKIPPED, XSD_INTEGER

PARAM_KINDS = ("literal", "iri", "integer")
_INTEGER = ox.NamedNode(XSD_INTEGER)
_HEADER = re.compile(r"^#\s*(question|param|columns|joined|order):\s*(.*)$")
JOINED_SEPARATOR = "; "
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class Parameter:
    """A query parameter: the variable it binds, its kind, and what it means."""

    name: str
    kind: str
    optional: bool
    description: str

    def term(self, value: str) -> ox.NamedNode | ox.Literal:
        """``value`` as the RDF term this parameter binds (pyoxigraph's: the embedded
        store takes it as it is, the other stores convert it).

        >>> Parameter("n", "integer", True, "").term(" 007")
        <Literal value=7 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>
        """
        if self.kind == "iri":
            if not re.fullmatch(r"[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|^`\\]+", value):
                raise QueryError(f"parameter {self.name}: {value!r} is not an IRI")
            try:
                return ox.NamedNode(value)
            except ValueError:  # e.g. a bad percent escape (%zz)
                raise QueryError(f"parameter {self.name}: {value!r} is not an IRI") from None
        if self.kind == "integer":
            if not re.fullmatch(r"-?\d+", value.strip()):
                raise QueryError(f"parameter {self.name}: {value!r} is not a whole number")
            return ox.Literal(str(int(value)), datatype=_INTEGER)
        try:
            return ox.Literal(value)
        except ValueError:  # a lone surrogate: bytes of the command line that are no UTF-8
            raise QueryError(f"parameter {self.name}: {value!r} is not text") from None


@dataclass(frozen=True)
class NamedQuery:
    """A query file with its header."""

    name: str
    path: Path
    question: str
    text: str
    columns: tuple[str, ...]
    parameters: dict[str, Parameter] = field(default_factory=dict)
    order: tuple[tuple[str, bool], ...] = ()
    """``(column, descending)`` pairs of the ``# order:`` line."""
    joined: tuple[str, ...] = ()
    """The columns of the ``# joined:`` line."""

    @property
    def calls_out(self) -> bool:
        """True when the query asks another server for data (``SERVICE``)."""
        return bool(_SERVICE.search(_SPARQL_SKIPPED.sub(" ", self.text)))

    def finished(self, rows: list[Row]) -> list[Row]:
        """The store's ``rows`` for this query as the user gets them: joined, then ordered."""
        return self.ordered(self.joined_rows(rows))

    def joined_rows(self, rows: list[Row]) -> list[Row]:
        """``rows`` alike but in :attr:`joined` as one, each joined column its distinct
        values sorted and joined with "; " (None when it has none); as given without
        ``# joined:``.

        >>> query = NamedQuery("q", Path("q.rq"), "?", "", ("a", "b"), joined=("b",))
        >>> query.joined_rows([{"a": 1, "b": "y"}, {"a": 1, "b": "x"}, {"a": 2, "b": None}])
        [{'a': 1, 'b': 'x; y'}, {'a': 2, 'b': None}]
        """
        if not self.joined:
            return rows
        keys = [name for name in self.columns if name not in self.joined]
        groups: dict[tuple[object, ...], tuple[Row, dict[str, set[str]]]] = {}
        for row in rows:
            key = tuple(row.get(name) for name in keys)
            if key not in groups:
                groups[key] = (row, {name: set() for name in self.joined})
            values = groups[key][1]
            for name in self.joined:
                if (value := row.get(name)) is not None:
                    values[name].add(str(value))
        return [
            {
                name: JOINED_SEPARATOR.join(sorted(values[name])) or None
                if name in values
                else value
                for name, value in first.items()
            }
            for first, values in groups.values()
        ]

    def ordered(self, rows: list[Row]) -> list[Row]:
        """``rows`` sorted by :attr:`order`, then by the other columns (no order: as given)."""
        if not self.order:
            return rows
        ordered = [name for name, _ in self.order]
        keys = [*self.order, *((name, False) for name in self.columns if name not in ordered)]
        falling = [name for name, descending in keys if descending]
        if all(isinstance(row.get(n), int | float | None) for row in rows for n in falling):
            return sorted(rows, key=lambda row: tuple(_sort_key(row.get(n), d) for n, d in keys))
        for name, descending in reversed(keys):  # stable sorts, the last key first
            rows = sorted(rows, key=lambda row, n=name: _sort_key(row.get(n)), reverse=descending)
        return rows

    def bindings(self, values: dict[str, str]) -> dict[str, ox.NamedNode | ox.Literal]:
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


_SPARQL_SKIPPED = re.compile(SPARQL_SKIPPED)
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)


def parse_query_file(path: Path) -> NamedQuery:
    """Read a ``.rq`` file and its header."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise QueryError(f"{path}: cannot read the query ({error.strerror})") from error
    question, columns, parameters, order, joined = "", (), {}, ("", ""), ("", "")
    for number, line in enumerate(text.splitlines(), start=1):
        match = _HEADER.match(line.strip())
        if not match:
            continue
        key, value = match.groups()
        if key == "question":
            question = value.strip()
        elif key == "columns":
            columns = tuple(c.strip() for c in value.split(",") if c.strip())
        elif key == "order":
            order = (value, f"{path}:{number}")
        elif key == "joined":
            joined = (value, f"{path}:{number}")
        else:
            parameter = _parse_parameter(value, f"{path}:{number}")
            parameters[parameter.name] = parameter
    if not question:
        raise QueryError(f"{path}: the header has no '# question:' line")
    return NamedQuery(
        path.stem,
        path,
        question,
        text,
        columns,
        parameters,
        _parse_order(*order, columns),
        _parse_joined(*joined, columns),
    )


def _parse_joined(text: str, where: str, columns: tuple[str, ...]) -> tuple[str, ...]:
    """The columns of the ``# joined:`` line ``text`` (at ``where``)."""
    names = tuple(name.strip() for name in text.split(","))
    if not text:
        return ()
    if any(name not in columns for name in names) or len(set(names)) != len(names):
        raise QueryError(f"{where}: write '# joined: COLUMN, ...' with declared columns, once each")
    return names


def _parse_order(text: str, where: str, columns: tuple[str, ...]) -> tuple[tuple[str, bool], ...]:
    """The ``(column, descending)`` pairs of the ``# order:`` line ``text`` (at ``where``)."""
    if not text:
        return ()
    order = []
    for part in text.split(","):
        words = part.split()
        if (
            not words
            or len(words) > 2
            or words[0] not in columns
            or words[1:] not in ([], ["desc"])
        ):
            raise QueryError(f"{where}: write '# order: COLUMN [desc], ...' with declared columns")
        order.append((words[0], words[1:] == ["desc"]))
    return tuple(order)


def _sort_key(value: object, descending: bool = False) -> tuple[int, object]:
    """SPARQL's order of plain values: unbound first, then numbers, then text; with
    ``descending`` (numbers only), the same order reversed."""
    if value is None:
        return (0, 0)
    if descending:
        return (-1, -value)  # type: ignore[operator]  (numbers: checked by the caller)
    return (1, value) if isinstance(value, int | float) else (2, str(value))


def _parse_parameter(spec: str, where: str) -> Parameter:
    parts = spec.split(None, 3)
    if len(parts) < 3 or parts[1] not in PARAM_KINDS or parts[2] not in ("optional", "required"):
        raise QueryError(f"{where}: write '# param: NAME KIND optional|required DESCRIPTION'")
    name, kind, needed = parts[:3]
    if not _NAME.match(name):
        raise QueryError(f"{where}: parameter name {name!r} must be lower_snake_case")
    return Parameter(name, kind, needed == "optional", parts[3] if len(parts) > 3 else "")


def available_queries(directory: Path = QUERIES_DIR) -> dict[str, NamedQuery]:
    """Every named query in ``directory``, by name (by default the questions users ask,
    not the internal ones)."""
    return {path.stem: parse_query_file(path) for path in sorted(directory.glob("*.rq"))}


def internal_queries() -> dict[str, NamedQuery]:
    """The queries igfgraph runs for itself (``queries/internal/``), by name."""
    return available_queries(INTERNAL_QUERIES_DIR)


def load_query(name_or_path: str) -> NamedQuery:
    """A query by name (``who_spoke_with_whom``) or by the path of a ``.rq`` file."""
    path = Path(name_or_path)
    if path.suffix == ".rq" and path.exists():
        return parse_query_file(path)
    for folder in (QUERIES_DIR, INTERNAL_QUERIES_DIR):
        candidate = folder / f"{name_or_path.replace('-', '_')}.rq"
        if candidate.exists():
            return parse_query_file(candidate)
    known = list(available_queries())
    raise QueryError(f"no query named {name_or_path!r}{did_you_mean(name_or_path, known)}")


def run_query(
    store: GraphStore,
    query: str | NamedQuery,
    params: dict[str, str] | None = None,
    allow_service: bool = False,
) -> list[Row]:
    """Run a named query on ``store`` with ``params`` bound; rows of plain values.

    A query that calls another server (``SERVICE``) runs only with ``allow_service``.
    """
    named = query if isinstance(query, NamedQuery) else load_query(query)
    if named.calls_out and not allow_service:
        raise QueryError(
            f"{named.path}: calls another server (SERVICE), which would send it data from "
            "the query; run it with --allow-service if you mean to"
        )
    bindings = {
        name: known_value(store, name, term) for name, term in named.bindings(params or {}).items()
    }
    if named.path == QUERIES_DIR / "who_spoke_with_whom.rq" and not bindings:
        return _everyone_who_spoke_with_whom(store)
    return named.finished(store.select(named.text, bindings))


# What a parameter of these names stands for: its class and the graph pattern of its known
# values. The class is tested with FILTER EXISTS: the store binds the value given only as it
# evaluates, so from a plain `?x a foaf:Person` Oxigraph would go through every person
# until it met the one named, a time that grows with the store.
_KNOWN_VALUES = {
    "person": ("person", "foaf:Person", "?x foaf:name ?value ."),
    "organisation": ("organisation", "org:Organization", "?x skos:prefLabel ?value ."),
    "org": ("organisation", "org:Organization", "?x skos:prefLabel ?value ."),
    "session": (
        "session",
        "igf:Session",
        "{ ?x igf:sessionId ?value } UNION { ?x schema:name ?value }",
    ),
    "topic": ("topic", "igf:Topic", "?x skos:notation ?value ."),
    "stakeholder_group": ("stakeholder group", "igf:StakeholderGroup", "?x skos:notation ?value ."),
}
_LOOKUP_PREFIXES = """PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX igf: <https://w3id.org/igfgraph/ontology#>
"""
_SUGGESTIONS = 3
_SUGGESTION_SCORE = 75  # rapidfuzz WRatio: "Kathy Browne" ~ "Kathy Brown" scores 96
_LISTED = 30  # a list this short is shown whole when nothing in it is close


def known_value(
    store: GraphStore, name: str, term: ox.NamedNode | ox.Literal
) -> ox.NamedNode | ox.Literal:
    """``term`` as the graph writes it, for a parameter naming a person, organisation,
    session, topic or stakeholder group: the same value, else the one it matches ignoring
    case and accents (``kathy brown``, ``Maryant Fernandez``); a :class:`QueryError`
    with the closest known values when none matches. Other parameters pass unchanged."""
    if name not in _KNOWN_VALUES or not isinstance(term, ox.Literal):
        return term
    what, kind, values_of = _KNOWN_VALUES[name]
    pattern = f"{values_of} FILTER EXISTS {{ ?x a {kind} }}"
    exact = f"{_LOOKUP_PREFIXES}SELECT ?value WHERE {{ {pattern} }} LIMIT 1"
    if store.select(exact, {"value": term}):
        return term
    every = f"{_LOOKUP_PREFIXES}SELECT DISTINCT ?value WHERE {{ {pattern} }}"
    values = sorted({str(row["value"]) for row in store.select(every, {})})
    wanted = _folded(term.value)
    same = [value for value in values if _folded(value) == wanted]
    if same:
        return ox.Literal(same[0])
    raise QueryError(
        f"no {what} named {term.value!r} in the store{did_you_mean(term.value, values)}"
    )


def did_you_mean(written: str, known: list[str]) -> str:
    """``; did you mean A or B?`` with the known values closest to ``written``; for a
    short list with none close, ``; known: ...``; else nothing."""
    close = process.extract(written, known, scorer=fuzz.WRatio, limit=_SUGGESTIONS)
    names = [value for value, score, _ in close if score >= _SUGGESTION_SCORE]
    if names:
        return f"; did you mean {_either(names)}?"
    return f"; known: {', '.join(known)}" if 0 < len(known) <= _LISTED else ""


def _folded(text: str) -> str:
    """``text`` without case, accents and extra spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _either(names: list[str]) -> str:
    """``A``, ``A or B``, ``A, B or C``."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


def _everyone_who_spoke_with_whom(store: GraphStore) -> list[Row]:
    """``who_spoke_with_whom`` for everyone: its three inputs, queried side by side (the
    embedded store evaluates queries outside Python's lock), then sparse products."""
    inputs = ("speakers_by_session", "speakers_by_panel", "speaker_names")
    with ThreadPoolExecutor(max_workers=len(inputs)) as pool:
        sessions, panels, names = pool.map(lambda name: run_query(store, name), inputs)
    from igfgraph.queries.cospeaking import (
        co_speaker_rows,
    )  # scipy: only when everyone is asked for

    return co_speaker_rows(sessions, panels, names)


def run_query_for(
    store: GraphStore, query: str | NamedQuery, variable: str, iris: Iterable[str]
) -> list[Row]:
    """Run a named query for the resources ``iris`` only: ``VALUES ?variable { ... }``
    opens its first WHERE clause, so the store starts from them (pictures of one
    person's surroundings read those people, not the whole store).

    Each IRI is checked and written as an N-Triples term, never pasted as text.

    >>> from igfgraph.store import open_store
    >>> run_query_for(open_store("memory:"), "speaker_names", "person_iri", ["urn:x:1"])
    []
    """
    named = query if isinstance(query, NamedQuery) else load_query(query)
    if not _NAME.fullmatch(variable):
        raise QueryError(f"run_query_for: {variable!r} is not a variable name")
    terms = " ".join(str(Parameter(variable, "iri", False, "").term(iri)) for iri in iris)
    text, found = re.subn(
        r"\bWHERE\s*\{", f"WHERE {{\n  VALUES ?{variable} {{ {terms} }}", named.text, count=1
    )
    if not found:
        raise QueryError(f"{named.path}: no WHERE clause to start from ?{variable}")
    return named.finished(store.select(text, {}))
