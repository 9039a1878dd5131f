"""A store on any SPARQL 1.1 endpoint (Virtuoso, Fuseki, GraphDB) over plain HTTP.

Reads go to the query URL, writes to the update URL (``$IGFGRAPH_ENDPOINT_UPDATE_URL``;
Virtuoso: ``/sparql`` and ``/sparql-auth`` with HTTP digest authentication). Credentials
come from the URL (``http://user:pass@host:8890/sparql``) or from
``$IGFGRAPH_ENDPOINT_USER`` and ``$IGFGRAPH_ENDPOINT_PASSWORD``; basic and digest
authentication both work, and the password never appears in a message.

The store lists its report graphs in a registry graph (:data:`REGISTRY_GRAPH`) and keeps
each distinct triple of them once in a union graph (:data:`UNION_GRAPH`), which queries
read as their default graph, as the embedded store reads its default graph. A union of
the report graphs themselves would not do: Virtuoso's repeats a triple once per graph
holding it (a person's ``foaf:name`` in 45 reports joins 45 times, and a one-person
who-spoke-with-whom at 1,000 reports ran 125,955 rows for 299 partners). The named
graphs (``GRAPH ?g``) are, on Virtuoso, every graph on the server (naming thousands of
graphs as protocol parameters would not do: Virtuoso echoes each one as a response
header; and excluding the union graph from them excludes it from the default graph
too), so a query that reads named graphs keeps to those that say they are a report
(``?g a igf:Report``); on other servers, the store's graphs as ``named-graph-uri``
protocol parameters.

A graph is written without ever showing half a report. Where the server is Virtuoso on
this machine (the update URL's host is loopback), new graphs are loaded whole, with their
union copies and registry entries, up to 14 MB a request: this process offers them as
TriG on a loopback port (:mod:`igfgraph.store.handoff`; IRIs under :data:`BASE_IRI`
relative and each subject once, a quarter of the bytes of N-Quads; on a push,
:meth:`SparqlEndpointStore.copy_from`, put together from each graph's Turtle as the
embedded store writes it, nothing parsed here) and one SPARQL query has Virtuoso fetch and
parse it (``bif:http_get`` into ``DB.DBA.TTLP``) in one transaction, all or nothing.
Fewer, larger loads cost Virtuoso less (10,000 reports: 108 s of its CPU in N-Quads loads
of 9 MB, 93 s as TriG, 65-72 s in TriG loads of 8-15 MB; its bulk loader, which needs the
server's files and SQL access, 52 s; a load of 31 MB crashed it). A graph the store holds
already is loaded the same way into a staging graph, then moved over the old version by
the update described below. ``$IGFGRAPH_ENDPOINT_FETCH=0`` turns this off.
Elsewhere a graph is uploaded by one Graph Store Protocol PUT where the server has one
(Virtuoso's ``/sparql-graph-crud-auth``, or ``$IGFGRAPH_ENDPOINT_GSP_URL``), else in
chunks of ``INSERT`` (Virtuoso fails ``INSERT DATA`` above ~1,000 triples); then one
update puts it in place: adds its triples to the union graph, takes out of it the old
version's triples no other graph holds, and registers it. A graph the store holds already
is uploaded into a staging graph and moved over the old version by that update; a new one
is uploaded under its own name but for its triples about itself (``<graph> a
igf:Report``), which the update adds. A PUT alone is not enough: Virtuoso shows a graph
being PUT while it loads. Updates and loads are sent one at a time (side by side,
Virtuoso's wait on each other's locks); uploads go side by side.

Virtuoso answers at most ``ResultSetMaxRows`` rows (10,000 by default) and says so in a
response header; a larger result is asked for once more with each row written as a line
of text and the lines joined into one string a bucket, fewer buckets than that limit
(standard SPARQL: ``ENCODE_FOR_URI``, ``GROUP_CONCAT``, ``MD5``), and the rows read back
here, counted; where the server cannot answer that, in pages of the limit's size, in the
order of all its columns (checked), each page evaluating the query again. No row is ever
cut silently.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from email.message import Message
from http.client import HTTPException

import pyoxigraph as ox
import rdflib

from igfgraph.errors import StoreError
from igfgraph.store.base import (
    SPARQL_SKIPPED,
    GraphStore,
    Row,
    Term,
    ox_term,
    plain_value,
    rdflib_term,
    serialise,
    sparql_iri,
    sparql_term,
    unparsable,
    values_clause,
)
from igfgraph.store.handoff import Handoff

USER_ENV = "IGFGRAPH_ENDPOINT_USER"
PASSWORD_ENV = "IGFGRAPH_ENDPOINT_PASSWORD"
UPDATE_URL_ENV = "IGFGRAPH_ENDPOINT_UPDATE_URL"
REGISTRY_GRAPH = "urn:igfgraph:store"
UNION_GRAPH = "urn:igfgraph:union"
"""Each distinct triple of the store's report graphs, once: the default graph of queries."""
GSP_URL_ENV = "IGFGRAPH_ENDPOINT_GSP_URL"
VIRTUOSO_GSP_PATH = "/sparql-graph-crud-auth"
MEMBER = "http://www.w3.org/2000/01/rdf-schema#member"
CHUNK_TRIPLES = 500
TRIES = 3
BACKOFF_SECONDS = 0.5
TIMEOUT_ENV = "IGFGRAPH_ENDPOINT_TIMEOUT"
DEFAULT_TIMEOUT_SECONDS = 30.0
RESULTS_JSON = "application/sparql-results+json"
TRUNCATED_HEADER = "X-SPARQL-MaxRows"
FETCH_ENV = "IGFGRAPH_ENDPOINT_FETCH"
"""``0``: never have Virtuoso fetch what it loads (the Graph Store Protocol instead)."""
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
LOAD_BYTES = 14_000_000
"""The most TriG one fetched load carries (Virtuoso's strings end at 16 MB)."""
TTLP_TRIG = 256
"""``DB.DBA.TTLP``'s flag for TriG."""
BASE_IRI = "https://w3id.org/igfgraph/"
"""The base of the TriG loads: IRIs under it are written relative to it."""

Triple = tuple[rdflib.term.Node, rdflib.term.Node, rdflib.term.Node]


_SKIPPED_OR_SELECT = re.compile(SPARQL_SKIPPED + r"|(?P<select>\bSELECT\b)", re.IGNORECASE)


_WRITTEN_TERMS = re.compile(SPARQL_SKIPPED)
"""The strings, IRIs and comments a query writes."""


_DISTINCT = re.compile(r"SELECT\s+DISTINCT\b", re.IGNORECASE)


def split_prologue(sparql: str) -> tuple[str, str]:
    """``sparql`` split before its first SELECT keyword: the prologue (DEFINEs, PREFIXes,
    comments) and the query.

    >>> split_prologue("PREFIX s: <http://x/select#> # SELECT in a comment\\nSELECT ?a {}")
    ('PREFIX s: <http://x/select#> # SELECT in a comment\\n', 'SELECT ?a {}')
    """
    for match in _SKIPPED_OR_SELECT.finditer(sparql):
        if match.group("select"):
            return sparql[: match.start()], sparql[match.start() :]
    return sparql, ""


def _row_key(row: dict, names: list[str]) -> tuple[str, ...]:
    """A result row's columns as the text ``STR`` gives ("" for unbound or blank)."""
    return tuple(
        row[name]["value"] if name in row and row[name]["type"] != "bnode" else "" for name in names
    )


def _cell(name: str) -> str:
    """SPARQL for the text of ``?name`` in a row's line: ``u`` when unbound, ``i`` and the
    IRI, ``b`` and a blank node's label, ``l``, the literal's text and its datatype (no
    language: rows are plain values; Virtuoso 7 fails LANG over some computed strings),
    each percent-encoded, so no tab or newline is left in them."""
    text = f"ENCODE_FOR_URI(STR(?{name}))"
    return (
        f'IF(!BOUND(?{name}), "u", IF(isIRI(?{name}), CONCAT("i", {text}), '
        f'IF(isBLANK(?{name}), CONCAT("b", {text}), '
        f'CONCAT("l", {text}, " ", ENCODE_FOR_URI(STR(DATATYPE(?{name})))))))'
    )


_PLAIN_TEXT = frozenset(
    {
        "",
        "http://www.w3.org/2001/XMLSchema#string",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString",
    }
)


def _uncell(cell: str) -> dict[str, str] | None:
    """The SPARQL JSON value of a cell written by :func:`_cell` (None when unbound).

    Virtuoso 7 takes a column that another branch of a UNION binds, in a row of this
    branch, to be bound, with no text and no datatype (which every literal has): such a
    cell is unbound too, as Virtuoso's own results say.

    >>> _uncell("l42 http%3A%2F%2Fwww.w3.org%2F2001%2FXMLSchema%23integer")
    {'type': 'literal', 'value': '42', 'datatype': 'http://www.w3.org/2001/XMLSchema#integer'}
    >>> _uncell("lCaf%C3%A9%09%0A http%3A%2F%2Fwww.w3.org%2F2001%2FXMLSchema%23string")
    {'type': 'literal', 'value': 'Café\\t\\n'}
    >>> _uncell("l "), _uncell("u")
    (None, None)
    """
    kind, rest = cell[:1], cell[1:]
    if kind == "i":
        return {"type": "uri", "value": urllib.parse.unquote(rest)}
    if kind == "b":
        return {"type": "bnode", "value": urllib.parse.unquote(rest)}
    if kind != "l":
        return None
    text, _, datatype = rest.partition(" ")
    if not text and not datatype:
        return None  # Virtuoso 7's unbound of another branch of a UNION, seen as bound
    value = {"type": "literal", "value": urllib.parse.unquote(text)}
    if (datatype := urllib.parse.unquote(datatype)) not in _PLAIN_TEXT:
        value["datatype"] = datatype
    return value


def chunks(triples: list[Triple], size: int = CHUNK_TRIPLES) -> list[list[Triple]]:
    """``triples`` in chunks of at most ``size``, keeping blank-node-linked triples together.

    A blank node label means the same node only within one ``INSERT DATA``, so every
    triple that shares a blank node (directly or through others) goes in the same chunk.
    """
    parent: dict[rdflib.BNode, rdflib.BNode] = {}

    def root(node: rdflib.BNode) -> rdflib.BNode:
        while parent.setdefault(node, node) != node:
            node = parent[node]
        return node

    for s, _, o in triples:
        if isinstance(s, rdflib.BNode) and isinstance(o, rdflib.BNode):
            parent[root(s)] = root(o)
    groups: dict[object, list[Triple]] = {}
    for index, triple in enumerate(triples):
        s, _, o = triple
        node = s if isinstance(s, rdflib.BNode) else o
        key = root(node) if isinstance(node, rdflib.BNode) else index
        groups.setdefault(key, []).append(triple)
    result: list[list[Triple]] = []
    for group in groups.values():
        if result and len(result[-1]) + len(group) <= size:
            result[-1].extend(group)
        else:
            result.append(list(group))
    return result


def timeout_seconds() -> float:
    """How long to wait for an answer: ``$IGFGRAPH_ENDPOINT_TIMEOUT`` or 30 s."""
    given = os.environ.get(TIMEOUT_ENV, "").strip()
    try:
        seconds = float(given) if given else DEFAULT_TIMEOUT_SECONDS
    except ValueError:
        seconds = 0.0
    if not seconds > 0:
        raise StoreError(f"${TIMEOUT_ENV}={given!r}: give a number of seconds, e.g. 300")
    return seconds


def _timed_out(error: BaseException) -> bool:
    reason = getattr(error, "reason", error)
    return isinstance(reason, TimeoutError) or "timed out" in str(reason)


def _results_shaped(results: object) -> bool:
    """True for SPARQL JSON results: an ASK's boolean, or head.vars and results.bindings
    whose every value has a type and a value."""
    if not isinstance(results, dict):
        return False
    if isinstance(results.get("boolean"), bool):
        return True
    head, body = results.get("head"), results.get("results")
    if not (isinstance(head, dict) and isinstance(head.get("vars", []), list)):
        return False
    if not (isinstance(body, dict) and isinstance(body.get("bindings"), list)):
        return False
    return all(
        isinstance(row, dict)
        and all(isinstance(v, dict) and "type" in v and "value" in v for v in row.values())
        for row in body["bindings"]
    )


def _json_term(value: Mapping[str, str]) -> rdflib.term.Node:
    """A term of a SPARQL JSON result as rdflib's term."""
    kind = value["type"]
    if kind == "uri":
        return rdflib.URIRef(value["value"])
    if kind == "bnode":
        return rdflib.BNode(re.sub(r"\W", "_", value["value"].removeprefix("nodeID://")))
    datatype = value.get("datatype")
    return rdflib.Literal(value["value"], lang=value.get("xml:lang"), datatype=datatype)


def _membership(graph_iri: str) -> str:
    """The registry's triple saying ``graph_iri`` belongs to the store, as quad data."""
    registry = sparql_iri(REGISTRY_GRAPH)
    return f"{{ GRAPH {registry} {{ {registry} <{MEMBER}> {sparql_iri(graph_iri)} }} }}"


def _taken(dataset: ox.Store, names: Mapping[str, str]) -> ox.Store:
    """A new store holding each graph of ``dataset`` named in ``names`` under the name it
    maps to."""
    part = ox.Store()
    for iri, name in names.items():
        triples = dataset.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(iri))
        part.load(triples, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(name))
    return part


def _trig(dataset: ox.Store, members: Sequence[str]) -> bytes:
    """``dataset`` as TriG, IRIs under :data:`BASE_IRI` relative; with ``members`` (new
    graphs, all it holds), also each member in the registry (which ``dataset`` keeps), and
    each member's triples again outside any graph: a load's default graph is the union
    graph, and Virtuoso keeps a quad once however often it is loaded."""
    if not members:
        return dataset.dump(format=ox.RdfFormat.TRIG, base_iri=BASE_IRI)
    registry, member = ox.NamedNode(REGISTRY_GRAPH), ox.NamedNode(MEMBER)
    dataset.extend(ox.Quad(registry, member, ox.NamedNode(iri), registry) for iri in members)
    copies = (
        dataset.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.NamedNode(iri), base_iri=BASE_IRI)
        for iri in members
    )
    return dataset.dump(format=ox.RdfFormat.TRIG, base_iri=BASE_IRI) + b"".join(copies)


def _turtle_body(turtle: bytes) -> bytes:
    """Turtle written relative to :data:`BASE_IRI` without its ``@base`` line."""
    first, _, rest = turtle.partition(b"\n")
    return rest if first.startswith(b"@base ") else turtle


def _turtle_trig(bodies: Mapping[str, bytes]) -> bytes:
    """New graphs given as Turtle ``bodies`` (relative to :data:`BASE_IRI`, no ``@base``
    line) as one TriG load: each in its graph, each in the registry, and each again outside
    any graph for the union copies (a load's default graph is the union graph)."""
    registry = sparql_iri(REGISTRY_GRAPH)
    graphs = b"".join(
        f"{sparql_iri(iri)} {{\n".encode() + body + b"}\n" for iri, body in bodies.items()
    )
    members = "".join(f"{registry} <{MEMBER}> {sparql_iri(iri)} .\n" for iri in bodies)
    return (
        f"@base <{BASE_IRI}> .\n".encode()
        + graphs
        + f"{registry} {{\n{members}}}\n".encode()
        + b"".join(bodies.values())
    )


def _without_userinfo(url: str) -> tuple[str, str | None, str | None]:
    """``url`` without ``user:password@``, and the user and password it held.

    The userinfo runs to the last ``@``, so a password may hold ``#``, ``/`` or ``?``
    unencoded; no message ever shows it.
    """
    scheme, separator, rest = url.partition("://")
    userinfo, at, location = rest.rpartition("@")
    if not at:
        location = rest
    parts = urllib.parse.urlsplit(f"{scheme}{separator}{location}")
    shown = f"{scheme}://{location.split('/')[0]}"
    if scheme not in ("http", "https") or not parts.hostname:
        raise StoreError(f"{shown}: not an http(s) SPARQL endpoint URL")
    try:
        port = parts.port
    except ValueError:
        raise StoreError(f"{shown}: the port is not a number between 0 and 65535") from None
    netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    if port:
        netloc += f":{port}"
    clean = urllib.parse.urlunsplit(parts._replace(netloc=netloc))
    user, colon, password = userinfo.partition(":")
    return (
        clean,
        urllib.parse.unquote(user) if user else None,
        urllib.parse.unquote(password) if colon and password else None,
    )


def _reason(error: BaseException) -> str:
    """Why a connection failed, in a few words."""
    reason = getattr(error, "reason", error)
    text = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
    return text.lower().rstrip(".")


def _server_message(error: urllib.error.HTTPError) -> str:
    """The first line of a server's error page, shortened."""
    try:
        body = error.read().decode("utf-8", errors="replace")
    except (OSError, HTTPException):
        body = ""
    lines = [line.strip() for line in re.sub(r"<[^>]+>", "\n", body).splitlines()]
    first = next((line for line in lines if line), error.reason or "")
    return f"HTTP {error.code}: {first[:200]}"


@dataclass(frozen=True)
class Upload:
    """One graph on its way to the server: where its triples go, and what the update
    that puts it in place writes itself."""

    target: str
    """The graph uploaded to, in brackets: a staging graph, or the graph itself."""
    triples: list[ox.Triple]
    staged: bool
    own: str = ""
    """A new graph's triples about itself (N-Triples), written by the update."""

    @classmethod
    def of(cls, iri: str, triples: list[ox.Triple], staged: bool) -> Upload:
        """The upload of ``triples`` into graph ``iri``: into a staging graph when
        ``staged``, else under its own name without its triples about itself."""
        if staged:
            return cls(sparql_iri(f"{iri}/staging-{uuid.uuid4().hex}"), triples, staged)
        name = ox.NamedNode(iri)
        own = {t for t in triples if t.subject == name and not isinstance(t.object, ox.BlankNode)}
        rest = [t for t in triples if t not in own]
        text = ox.serialize(own, format=ox.RdfFormat.N_TRIPLES).decode("utf-8") if own else ""
        return cls(sparql_iri(iri), rest, staged, text)


class SparqlEndpointStore(GraphStore):
    """A store on a SPARQL 1.1 Query and Update endpoint.

    ``query_url`` answers queries; ``update_url`` takes updates (default:
    ``$IGFGRAPH_ENDPOINT_UPDATE_URL``, else ``query_url``).
    User and password come from the URLs' userinfo, else from ``user``/``password``,
    else from ``$IGFGRAPH_ENDPOINT_USER``/``$IGFGRAPH_ENDPOINT_PASSWORD``.
    """

    @classmethod
    def open(cls, location: str, *, read_only: bool = False) -> SparqlEndpointStore:
        """The endpoint whose query URL is ``location``; ``read_only`` changes nothing."""
        return cls(location)

    def __init__(
        self,
        query_url: str,
        update_url: str | None = None,
        user: str | None = None,
        password: str | None = None,
    ) -> None:
        self.query_url, query_user, query_password = _without_userinfo(query_url)
        self.update_url, update_user, update_password = _without_userinfo(
            update_url or os.environ.get(UPDATE_URL_ENV) or query_url
        )
        given_gsp = os.environ.get(GSP_URL_ENV)
        self.gsp_url, gsp_user, gsp_password = (
            _without_userinfo(given_gsp) if given_gsp else (None, None, None)
        )
        self.location = self.query_url
        self._user = query_user or update_user or gsp_user or user or os.environ.get(USER_ENV)
        self._password = (
            query_password
            or update_password
            or gsp_password
            or password
            or os.environ.get(PASSWORD_ENV)
        )
        self._local = threading.local()
        self._swapping = threading.Lock()
        self._server: str | None = None
        self._fetching: bool | None = None
        self._handoff: Handoff | None = None

    # HTTP

    def _opener(self) -> urllib.request.OpenerDirector:
        """This thread's opener (an HTTP digest handler keeps state between requests),
        its count of authentication retries set back to nought: urllib counts a request
        the server refused after authenticating (an update it rejected) as a retry, and
        past five it answers every challenge with "digest auth failed"."""
        opener = getattr(self._local, "opener", None)
        if opener is None:
            handlers: list[urllib.request.BaseHandler] = []
            if self._user and self._password:
                passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
                urls = [self.query_url, self.update_url, self._gsp_base()]
                passwords.add_password(None, urls, self._user, self._password)
                handlers = [
                    urllib.request.HTTPDigestAuthHandler(passwords),
                    urllib.request.HTTPBasicAuthHandler(passwords),
                ]
            opener = self._local.opener = urllib.request.build_opener(*handlers)
        for handler in opener.handlers:
            if isinstance(handler, urllib.request.HTTPDigestAuthHandler):
                handler.reset_retry_count()
        return opener

    def _gsp_base(self) -> str:
        """The Graph Store Protocol URL given, else Virtuoso's beside the query URL."""
        if self.gsp_url:
            return self.gsp_url
        parts = urllib.parse.urlsplit(self.query_url)
        return urllib.parse.urlunsplit(parts._replace(path=VIRTUOSO_GSP_PATH, query=""))

    def _post(self, url: str, form: list[tuple[str, str]], accept: str) -> tuple[bytes, Message]:
        """POST a form; the body and headers. Retries connection errors and 5xx."""
        body = urllib.parse.urlencode(form).encode("utf-8")
        headers = {"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"}
        return self._send(url, "POST", body, headers)

    def _send(
        self, url: str, method: str, body: bytes, headers: dict[str, str]
    ) -> tuple[bytes, Message]:
        """Send one request; the body and headers. Retries connection errors and 5xx (a
        deadlock between two writers is a 5xx on Virtuoso, and its update rolled back)."""
        attempt = 1
        while True:
            request = urllib.request.Request(url, data=body, headers=headers, method=method)
            try:
                with self._opener().open(request, timeout=timeout_seconds()) as response:
                    return response.read(), response.headers
            except urllib.error.HTTPError as error:
                if error.code < 500 or attempt == TRIES:
                    raise self._http_error(url, error) from None
            except (urllib.error.URLError, OSError, HTTPException) as error:
                if _timed_out(error):  # answering slowly: asking again would be as slow
                    raise StoreError(
                        f"{url}: the endpoint accepted the connection but did not answer "
                        f"within {timeout_seconds():g} s; raise ${TIMEOUT_ENV} for slow "
                        "queries"
                    ) from None
                if attempt == TRIES:
                    raise StoreError(
                        f"{url}: cannot reach the SPARQL endpoint ({_reason(error)}); "
                        "is the server running?"
                    ) from None
            time.sleep(BACKOFF_SECONDS * 2 ** (attempt - 1))
            attempt += 1

    def _http_error(self, url: str, error: urllib.error.HTTPError) -> StoreError:
        if error.code in (401, 403):
            return StoreError(
                f"{url}: the endpoint refused access (HTTP {error.code}); give user and "
                f"password in the URL or in ${USER_ENV} and ${PASSWORD_ENV}"
            )
        message = _server_message(error)
        if "estimated execution time" in message:
            message += "; on Virtuoso set MaxQueryCostEstimationTime = 0 under [SPARQL]"
        return StoreError(f"{url}: the endpoint failed ({message})")

    def _is_virtuoso(self) -> bool:
        """True when the server says it is Virtuoso (asked once, by an empty ASK)."""
        if self._server is None:
            _, headers = self._post(self.query_url, [("query", "ASK {}")], RESULTS_JSON)
            self._server = headers.get("Server", "")
        return self._server.startswith("Virtuoso")

    def _query(
        self, sparql: str, dataset: list[tuple[str, str]] | None = None, pages: bool = True
    ) -> dict:
        """Run a query with ``dataset`` protocol parameters; its JSON results, every row
        of them: a result the server cut at its row limit is fetched again, joined into
        a few rows (:meth:`_joined`) or else in pages (without ``pages``: refused)."""
        raw, headers = self._post(
            self.query_url, [("query", sparql), *(dataset or [])], RESULTS_JSON
        )
        self._server = headers.get("Server", "")
        results = self._results(raw)
        cap = headers.get(TRUNCATED_HEADER)
        rows = results.get("results", {}).get("bindings", [])
        if cap and cap.isdigit() and len(rows) >= int(cap) > 0:
            if not pages:
                raise StoreError(f"{self.query_url}: the endpoint cut the results at {cap} rows")
            joined = self._joined(sparql, dataset, results)
            if joined is None:
                joined = self._pages(sparql, dataset, results)
            results["results"]["bindings"] = joined
        return results

    def _results(self, raw: bytes) -> dict:
        """SPARQL JSON results from an answer's body; a one-line error for anything else."""
        try:
            results = json.loads(raw)
        except ValueError:
            raise StoreError(f"{self.query_url}: the endpoint did not answer JSON") from None
        if not _results_shaped(results):
            raise StoreError(
                f"{self.query_url}: the endpoint answered JSON that is not SPARQL results "
                "(no head.vars and results.bindings, or a binding without type and value)"
            )
        return results  # type: ignore[no-any-return]

    def _joined(
        self, sparql: str, dataset: list[tuple[str, str]] | None, first: dict
    ) -> list[dict] | None:
        """Every row of a SELECT the server cut (``first`` is what it answered) from one
        more evaluation: each row written as one line of text (:func:`_cell`), the lines
        joined into a string per bucket (the first hex digits of the line's MD5, fewer
        buckets than the limit), then read back here, in the order of all the columns'
        text as :meth:`_pages` gives them. None when the server refuses that query, its
        counts do not add up, or the query writes a string or IRI with letters past ASCII
        (Virtuoso 7 writes them "?" here; those of the data it keeps): then pages it is.

        Pages evaluate the whole query again for each of them, and sort it: at 10,000
        reports, ten pages of person_timeline took over 300 s, its rows joined 42 s.
        """
        cap = len(first["results"]["bindings"])
        names = first["head"].get("vars", [])
        prologue, body = split_prologue(sparql)
        if not body.lstrip().upper().startswith("SELECT") or not names:
            return None
        if {"igfgraph_line", "igfgraph_rows", "igfgraph_count", "igfgraph_bucket"} & set(names):
            return None
        written = _WRITTEN_TERMS.findall(sparql)
        if not all(token.isascii() or token.startswith("#") for token in written):
            return None  # Virtuoso 7's ENCODE_FOR_URI writes "?" for their other letters
        digits = max(0, len(f"{cap:x}") - 1)  # 16 ** digits buckets <= cap
        line = "CONCAT(" + ', "\\t", '.join(_cell(name) for name in names) + ")"
        joined = (
            f'{prologue}SELECT (GROUP_CONCAT(?igfgraph_line; separator="\\n") AS ?igfgraph_rows) '
            "(COUNT(*) AS ?igfgraph_count) WHERE { { SELECT ?igfgraph_line WHERE { {\n"
            f"{body}\n}} BIND ({line} AS ?igfgraph_line) }} }} "
            f"BIND (SUBSTR(MD5(?igfgraph_line), 1, {digits}) AS ?igfgraph_bucket) }} "
            "GROUP BY ?igfgraph_bucket"
        )
        try:
            results = self._query(joined, dataset, pages=False)
        except StoreError:
            return None
        rows, count = [], 0
        for bucket in results["results"]["bindings"]:
            if "igfgraph_rows" not in bucket or "igfgraph_count" not in bucket:
                return None
            count += int(bucket["igfgraph_count"]["value"])
            for text in bucket["igfgraph_rows"]["value"].split("\n"):
                cells = text.split("\t")
                if len(cells) != len(names):
                    return None
                rows.append(
                    {
                        name: value
                        for name, cell in zip(names, cells, strict=True)
                        if (value := _uncell(cell))
                    }
                )
        if count != len(rows):
            return None
        return sorted(rows, key=lambda row: _row_key(row, names))

    def _pages(self, sparql: str, dataset: list[tuple[str, str]] | None, first: dict) -> list[dict]:
        """Every row of a SELECT the server cut (``first`` is what it answered), fetched
        again as many rows at a time, in the order of all its columns' text.

        Ordered inside, paged outside: Virtuoso sorts at most 10,000 rows for an ORDER BY
        with LIMIT and OFFSET (MaxSortedTopRows), but pages an ordered sub-query without
        that limit. It does not always keep that order, though (its issue 1158: grouped
        sub-queries), and then pages would repeat some rows and miss others; so the rows
        are checked to come in order, and fetched again when they do not.
        """
        cap = len(first["results"]["bindings"])
        names = first["head"].get("vars", [])
        prologue, body = split_prologue(sparql)
        if not body.lstrip().upper().startswith("SELECT") or not names:
            raise StoreError(
                f"{self.query_url}: the endpoint cut the results at {cap} rows; raise the "
                "server's limit (Virtuoso: ResultSetMaxRows in virtuoso.ini)"
            )
        order = " ".join(f'(COALESCE(STR(?{name}), ""))' for name in names)
        ordered = f"SELECT * WHERE {{ {{\n{body}\n}} }} ORDER BY {order}"
        paged = f"{prologue}SELECT * WHERE {{ {{ {ordered} }} }}"
        for _ in range(TRIES):
            rows: list[dict] = []
            while True:
                raw, _ = self._post(
                    self.query_url,
                    [("query", f"{paged}\nLIMIT {cap} OFFSET {len(rows)}"), *(dataset or [])],
                    RESULTS_JSON,
                )
                page = self._results(raw).get("results", {}).get("bindings", [])
                rows += page
                if len(page) < cap:
                    break
            keys = [_row_key(row, names) for row in rows]
            if all(before <= after for before, after in itertools.pairwise(keys)):
                return rows
        raise StoreError(
            f"{self.query_url}: the endpoint cut the results at {cap} rows and did not keep "
            f"their order across pages in {TRIES} tries; raise the server's limit "
            "(Virtuoso: ResultSetMaxRows in virtuoso.ini)"
        )

    def _update(self, sparql: str) -> None:
        self._post(self.update_url, [("update", sparql)], "*/*")

    def _rows(self, sparql: str) -> list[dict]:
        """Query result rows as dicts of rdflib terms (absent when unbound)."""
        results = self._query(sparql)
        if "results" not in results:
            raise StoreError("only SELECT queries give rows")
        return [
            {name: _json_term(value) for name, value in row.items()}
            for row in results["results"]["bindings"]
        ]

    # GraphStore

    def write_graphs(
        self, nquads: str, graph_iris: Sequence[str], drop: Sequence[str] = (), bulk: bool = False
    ) -> None:
        """Write each graph whole, then put them all in place (and drop ``drop``) keeping
        the union graph and the registry in step. ``bulk`` changes nothing here.

        Where the server fetches loads (:meth:`fetches`), new graphs are loaded whole
        with their union copies and registry entries, as few loads as fit. Any other graph
        the store holds already is uploaded into a staging graph and moved over its old
        version by one update. A new one is uploaded under its own name, but for its
        triples about itself (``<graph> a igf:Report``), which that update adds: until
        then it is no graph of the store, nor a report to a query that reads named graphs.
        """
        dataset = ox.Store()
        try:
            dataset.load(nquads, format=ox.RdfFormat.N_QUADS)
        except SyntaxError as error:
            raise unparsable(self.location, error) from None
        held = {graph.value for graph in dataset.named_graphs()}
        placed: list[str] = []
        uploads: dict[str, Upload] = {}
        try:
            replaced = self._registered([*graph_iris, *drop])
            if self.fetches():
                new = [iri for iri in graph_iris if iri not in replaced and iri in held]
                alone = held == set(new)  # else a store of the new graphs alone
                news = dataset if alone else _taken(dataset, {iri: iri for iri in new})
                self._load_whole(news, new, True, placed)
            rest = [iri for iri in graph_iris if iri not in placed]
            for iri in rest:
                if iri in held:
                    triples = [
                        q.triple
                        for q in dataset.quads_for_pattern(None, None, None, ox.NamedNode(iri))
                    ]
                    uploads[iri] = Upload.of(iri, triples, staged=iri in replaced)
            self._stage_all(uploads, dataset)
            if rest or drop:
                with self._swapping:  # side by side, Virtuoso's updates wait on each other
                    self._update(self._swap(rest, drop, replaced, uploads))
        except StoreError as error:
            if uploads:
                with contextlib.suppress(StoreError):
                    self._update(
                        " ;\n".join(f"DROP SILENT GRAPH {u.target}" for u in uploads.values())
                    )
            kept = ", ".join(iri for iri in (*graph_iris, *drop) if iri not in placed)
            raise StoreError(f"{error}; {kept} keeps its previous version") from None

    def copy_from(self, source: GraphStore, graph_iris: Sequence[str]) -> None:
        """Write the graphs ``graph_iris`` of ``source`` over their versions here.

        Where the server fetches loads (:meth:`fetches`), the new graphs are read out of
        ``source`` as Turtle relative to :data:`BASE_IRI` (by the embedded store itself)
        and loaded whole, with their union copies and registry entries, in as few loads as
        fit: no N-Quads parsed and written again here. The rest (graphs the server holds
        already, graphs ``source`` does not hold, a graph too large for one load) go as
        :meth:`write_graphs` sends them.
        """
        if not self.fetches():
            super().copy_from(source, graph_iris)
            return
        loaded: list[str] = []
        try:
            replaced = set(self._registered(graph_iris))
            bodies: dict[str, bytes] = {}
            for iri in graph_iris:
                if iri not in replaced:
                    body = _turtle_body(source.graph_turtle(iri, BASE_IRI))
                    if body.strip():
                        bodies[iri] = body
            load: dict[str, bytes] = {}
            size = room = LOAD_BYTES - len(_turtle_trig({}))
            for iri, body in bodies.items():
                piece = len(_turtle_trig({iri: body})) - (LOAD_BYTES - room)
                if piece > room:
                    continue  # too large for a load: as write_graphs sends it
                if piece > size:
                    self._load(_turtle_trig(load))
                    loaded += load
                    load, size = {}, room
                load[iri] = body
                size -= piece
            if load:
                self._load(_turtle_trig(load))
                loaded += load
        except StoreError as error:
            kept = ", ".join(iri for iri in graph_iris if iri not in loaded)
            raise StoreError(f"{error}; {kept} keeps its previous version") from None
        rest = [iri for iri in graph_iris if iri not in loaded]
        if rest:
            super().copy_from(source, rest)

    def fetches(self) -> bool:
        """True when the server loads N-Quads it fetches from this process: Virtuoso on
        this machine, unless ``$IGFGRAPH_ENDPOINT_FETCH`` is 0 (tried once, on nothing)."""
        if self._fetching is None:
            host = urllib.parse.urlsplit(self.update_url).hostname
            wanted = os.environ.get(FETCH_ENV, "").strip() != "0" and host in LOOPBACK_HOSTS
            fetching = False
            if wanted and self._is_virtuoso():
                with contextlib.suppress(StoreError):
                    self._load(b"")
                    fetching = True
            self._fetching = fetching
        return self._fetching

    def _load(self, document: bytes) -> None:
        """Load the TriG ``document`` in one transaction, all or nothing: the server fetches
        it from this process (``bif:http_get``) and parses it (``DB.DBA.TTLP``)."""
        with self._swapping:
            if self._handoff is None:
                self._handoff = Handoff()
            with self._handoff.offered(document) as url:
                load = (
                    f'SELECT (<sql:TTLP>(bif:http_get("{url}"), "", "{UNION_GRAPH}", '
                    f"{TTLP_TRIG}) AS ?loaded) {{}}"
                )
                self._post(self.update_url, [("query", load)], RESULTS_JSON)

    def _load_whole(self, dataset: ox.Store, iris: list[str], new: bool, loaded: list[str]) -> None:
        """Load the graphs ``iris``, all that ``dataset`` holds, as one load, or halved
        until each part fits; each one loaded joins ``loaded``, one too large alone is left
        out. ``new`` graphs go with their triples' union copies and registry entries."""
        if not iris:
            return
        document = _trig(dataset, iris if new else [])
        if len(document) <= LOAD_BYTES:
            self._load(document)
            loaded += iris
        elif len(iris) > 1:
            for part in (iris[: len(iris) // 2], iris[len(iris) // 2 :]):
                self._load_whole(_taken(dataset, {iri: iri for iri in part}), part, new, loaded)

    def _stage_all(self, uploads: dict[str, Upload], dataset: ox.Store) -> None:
        """Make each upload's target graph hold its triples (those of its graph in
        ``dataset``): staging graphs in as few loads as fit where the server fetches loads,
        the rest one graph at a time."""
        alone = dict(uploads)
        if self.fetches():
            staged = {iri: upload.target[1:-1] for iri, upload in uploads.items() if upload.staged}
            loaded: list[str] = []
            self._load_whole(_taken(dataset, staged), list(staged.values()), False, loaded)
            for iri, target in staged.items():
                if target in loaded:
                    del alone[iri]
        for upload in alone.values():
            self._stage(upload.target, upload.triples)

    def _stage(self, target: str, triples: list[ox.Triple]) -> None:
        """Make the graph ``target`` hold ``triples``: one Graph Store Protocol PUT on a
        server that has one, else chunks of INSERT."""
        if self.gsp_url or self._is_virtuoso():
            body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
            url = f"{self._gsp_base()}?{urllib.parse.urlencode({'graph': target[1:-1]})}"
            self._send(url, "PUT", body, {"Content-Type": "application/n-triples"})
            return
        self._update(f"DROP SILENT GRAPH {target}")
        for chunk in chunks([tuple(map(rdflib_term, triple)) for triple in triples]):
            self._send_chunk(target, chunk)

    def _swap(
        self,
        graph_iris: Sequence[str],
        drop: Sequence[str],
        replaced: list[str],
        uploads: dict[str, Upload],
    ) -> str:
        """The one update that puts the uploaded graphs in place of ``graph_iris`` (those
        ``replaced`` and new ones), drops ``drop``, and keeps the union graph and the
        registry in step."""
        union = sparql_iri(UNION_GRAPH)
        steps = []
        others = ", ".join(
            [union, *(sparql_iri(iri) for iri in replaced)]
            + [upload.target for upload in uploads.values()]
        )
        for iri in replaced:  # the union's triples that only the old version held
            steps.append(
                f"DELETE {{ GRAPH {union} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {sparql_iri(iri)} "
                f"{{ ?s ?p ?o }} FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} "
                f"FILTER (?g NOT IN ({others})) }} }}"
            )
        gone = [iri for iri in (*graph_iris, *drop) if iri in replaced or iri not in uploads]
        steps += [f"DROP SILENT GRAPH {sparql_iri(iri)}" for iri in gone]
        steps += [f"DELETE DATA {_membership(iri)}" for iri in gone]
        for iri, upload in uploads.items():
            if upload.staged:
                steps.append(f"MOVE SILENT GRAPH {upload.target} TO GRAPH {sparql_iri(iri)}")
            if upload.own:
                steps.append(f"INSERT DATA {{ GRAPH {sparql_iri(iri)} {{\n{upload.own}}} }}")
            steps.append(f"INSERT DATA {_membership(iri)}")
        if uploads:
            new = " ".join(sparql_iri(iri) for iri in uploads)
            steps.append(
                f"INSERT {{ GRAPH {union} {{ ?s ?p ?o }} }} WHERE {{ GRAPH ?new {{ ?s ?p ?o }} "
                f"VALUES ?new {{ {new} }} }}"
            )
        return " ;\n".join(steps)

    def _registered(self, iris: Sequence[str]) -> list[str]:
        """Those of ``iris`` the registry lists."""
        if not iris:
            return []
        registry = sparql_iri(REGISTRY_GRAPH)
        listed = " ".join(sparql_iri(iri) for iri in iris)
        rows = self._rows(
            f"SELECT ?g WHERE {{ GRAPH {registry} {{ {registry} <{MEMBER}> ?g }} "
            f"VALUES ?g {{ {listed} }} }}"
        )
        return sorted(str(row["g"]) for row in rows)

    def _send_chunk(self, staging: str, chunk: list[Triple]) -> None:
        """Insert one chunk of triples into the staging graph.

        ``INSERT { } WHERE { }`` rather than ``INSERT DATA``: Virtuoso refuses blank nodes
        in ``INSERT DATA``; a template with one solution makes each label one new node.
        """
        bnodes: dict[rdflib.BNode, str] = {}
        lines = "\n".join(
            " ".join(sparql_term(t, bnodes) for t in triple) + " ." for triple in chunk
        )
        self._update(f"INSERT {{ GRAPH {staging} {{\n{lines}\n}} }} WHERE {{}}")

    def remove_graph(self, graph_iri: str) -> bool:
        known = bool(self._registered([graph_iri]))
        self.write_graphs("", [], [graph_iri])
        return known

    def graph_iris(self) -> list[str]:
        registry = sparql_iri(REGISTRY_GRAPH)
        rows = self._rows(f"SELECT ?g WHERE {{ GRAPH {registry} {{ {registry} <{MEMBER}> ?g }} }}")
        return sorted(str(row["g"]) for row in rows)

    def select(self, sparql: str, bindings: Mapping[str, Term]) -> list[Row]:
        """Run a SELECT over this store's graphs; ``bindings`` go in a trailing VALUES.

        A trailing VALUES is joined after grouping and (on Virtuoso) after projection:
        bind only variables the query projects.
        """
        union = sparql_iri(UNION_GRAPH)
        if self._is_virtuoso():
            define = f"DEFINE input:default-graph-uri {union}\n"
            results = self._query(define + sparql + values_clause(bindings))
        else:
            ours = self.graph_iris() or [f"{REGISTRY_GRAPH}:none"]
            dataset = [("default-graph-uri", UNION_GRAPH)]
            dataset += [("named-graph-uri", graph) for graph in ours]
            results = self._query(sparql + values_clause(bindings), dataset)
        if "results" not in results:
            raise StoreError("only SELECT queries give rows")
        names = results["head"].get("vars", [])
        rows = [
            {name: plain_value(_json_term(row[name]) if name in row else None) for name in names}
            for row in results["results"]["bindings"]
        ]
        if self._is_virtuoso() and _DISTINCT.match(split_prologue(sparql)[1]):
            # Virtuoso 7.2 can answer a SELECT DISTINCT with repeated rows where an
            # OPTIONAL has no solution (its issues 472 and 568): dropped here, in order.
            rows = list({tuple(row.items()): row for row in rows}.values())
        return rows

    def graph_quads(self, graph_iri: str) -> str:
        target, name = sparql_iri(graph_iri), ox.NamedNode(graph_iri)
        rows = self._rows(f"SELECT ?s ?p ?o WHERE {{ GRAPH {target} {{ ?s ?p ?o }} }}")
        quads = (ox.Quad(ox_term(r["s"]), ox_term(r["p"]), ox_term(r["o"]), name) for r in rows)
        return ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8")

    def dump(self, fmt: str) -> bytes:
        """Every graph of this store, fetched and serialised like the embedded store."""
        store = ox.Store()
        for graph in self.graph_iris():
            store.load(self.graph_quads(graph), format=ox.RdfFormat.N_QUADS)
        return serialise(store, fmt)

    def close(self) -> None:
        """Stop offering loads (every request has its own connection)."""
        if self._handoff is not None:
            self._handoff.close()
            self._handoff = None
