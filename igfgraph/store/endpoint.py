"""A store on any SPARQL 1.1 endpoint (Virtuoso, Fuseki, GraphDB) over plain HTTP.

Reads go to the query URL, writes to the update URL (``$IGFGRAPH_ENDPOINT_UPDATE_URL``;
Virtuoso: ``/sparql`` and ``/sparql-auth`` with HTTP digest authentication). Credentials
come from the URL (``http://user:pass@host:8890/sparql``) or from
``$IGFGRAPH_ENDPOINT_USER`` and ``$IGFGRAPH_ENDPOINT_PASSWORD``; basic and digest
authentication both work, and the password never appears in a message.

Queries see the union of exactly this store's graphs, which it lists in a registry
graph (:data:`REGISTRY_GRAPH`): not the registry, not a staging graph being uploaded,
not Virtuoso's own system graphs (its default graph is the union of every graph, ~5,600
system triples included). On Virtuoso every other graph is excluded with
``DEFINE input:default-graph-exclude`` (naming thousands of graphs as protocol
parameters would not do: Virtuoso echoes each one as a response header). Other servers
get the store's graphs as ``default-graph-uri``/``named-graph-uri`` protocol parameters,
so Fuseki needs no ``unionDefaultGraph`` setting.

A graph is replaced without ever showing half a report: it is uploaded into a staging
graph in chunks (Virtuoso fails ``INSERT DATA`` above ~1,000 triples), then moved over
the old version in one update.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Mapping, Sequence
from email.message import Message
from http.client import HTTPException

import pyoxigraph as ox
import rdflib

from igfgraph.errors import StoreError
from igfgraph.store.base import (
    GraphStore,
    Row,
    Term,
    ox_term,
    plain_value,
    serialise,
    sparql_iri,
    sparql_term,
    values_clause,
)

USER_ENV = "IGFGRAPH_ENDPOINT_USER"
PASSWORD_ENV = "IGFGRAPH_ENDPOINT_PASSWORD"
UPDATE_URL_ENV = "IGFGRAPH_ENDPOINT_UPDATE_URL"
REGISTRY_GRAPH = "urn:igfgraph:store"
MEMBER = "http://www.w3.org/2000/01/rdf-schema#member"
CHUNK_TRIPLES = 500
TRIES = 3
BACKOFF_SECONDS = 0.5
TIMEOUT_ENV = "IGFGRAPH_ENDPOINT_TIMEOUT"
DEFAULT_TIMEOUT_SECONDS = 30.0
RESULTS_JSON = "application/sparql-results+json"
TRUNCATED_HEADER = "X-SPARQL-MaxRows"

Triple = tuple[rdflib.term.Node, rdflib.term.Node, rdflib.term.Node]


def _triples(data: rdflib.Dataset | rdflib.Graph) -> list[Triple]:
    """The distinct triples of ``data``, all its graphs merged."""
    if isinstance(data, rdflib.Dataset):
        return list({(s, p, o) for s, p, o, _ in data.quads((None, None, None, None))})
    return list(set(data))


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
        self.location = self.query_url
        user = query_user or update_user or user or os.environ.get(USER_ENV)
        password = query_password or update_password or password or os.environ.get(PASSWORD_ENV)
        handlers: list[urllib.request.BaseHandler] = []
        if user and password:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            passwords.add_password(None, [self.query_url, self.update_url], user, password)
            handlers = [
                urllib.request.HTTPDigestAuthHandler(passwords),
                urllib.request.HTTPBasicAuthHandler(passwords),
            ]
        self._opener = urllib.request.build_opener(*handlers)
        self._virtuoso = False

    # HTTP

    def _post(self, url: str, form: list[tuple[str, str]], accept: str) -> tuple[bytes, Message]:
        """POST a form; the body and headers. Retries connection errors and 5xx."""
        body = urllib.parse.urlencode(form).encode("utf-8")
        headers = {"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"}
        attempt = 1
        while True:
            request = urllib.request.Request(url, data=body, headers=headers, method="POST")
            try:
                with self._opener.open(request, timeout=timeout_seconds()) as response:
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

    def _query(self, sparql: str, dataset: list[tuple[str, str]] | None = None) -> dict:
        """Run a query with ``dataset`` protocol parameters; its JSON results."""
        raw, headers = self._post(
            self.query_url, [("query", sparql), *(dataset or [])], RESULTS_JSON
        )
        self._virtuoso = headers.get("Server", "").startswith("Virtuoso")
        if headers.get(TRUNCATED_HEADER):
            raise StoreError(
                f"{self.query_url}: the endpoint cut the results at "
                f"{headers[TRUNCATED_HEADER]} rows; add a LIMIT to the query or raise the "
                "server's limit (Virtuoso: ResultSetMaxRows in virtuoso.ini)"
            )
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
        """Upload each graph into a staging graph in chunks, then move them all over their
        old versions (and drop ``drop``) in one update. ``bulk`` changes nothing here."""
        dataset = rdflib.Dataset()
        dataset.parse(data=nquads, format="nquads")
        staged: dict[str, str] = {}
        moves = [f"DROP SILENT GRAPH {sparql_iri(iri)}" for iri in (*graph_iris, *drop)]
        moves += [f"DELETE DATA {_membership(iri)}" for iri in drop]
        try:
            for iri in graph_iris:
                triples = _triples(dataset.graph(rdflib.URIRef(iri)))
                if not triples:
                    moves.append(f"DELETE DATA {_membership(iri)}")
                    continue
                staged[iri] = sparql_iri(f"{iri}/staging-{uuid.uuid4().hex}")
                for chunk in chunks(triples):
                    self._send_chunk(staged[iri], chunk)
                moves += [
                    f"MOVE SILENT GRAPH {staged[iri]} TO GRAPH {sparql_iri(iri)}",
                    f"INSERT DATA {_membership(iri)}",
                ]
            self._update(" ;\n".join(moves))
        except StoreError as error:
            with contextlib.suppress(StoreError):
                self._update(" ;\n".join(f"DROP SILENT GRAPH {g}" for g in staged.values()))
            kept = ", ".join([*graph_iris, *drop])
            raise StoreError(f"{error}; {kept} keeps its previous version") from None

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
        known = graph_iri in self.graph_iris()
        self._update(
            f"DROP SILENT GRAPH {sparql_iri(graph_iri)} ;\nDELETE DATA {_membership(graph_iri)}"
        )
        return known

    def _all_graphs(self) -> list[str]:
        """Every graph on the server, the store's and others'.

        GROUP BY, not DISTINCT: Virtuoso 7.2 takes 11 s for DISTINCT over 1,000 graphs.
        """
        rows = self._rows("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        return [str(row["g"]) for row in rows]

    def graph_iris(self) -> list[str]:
        registry = sparql_iri(REGISTRY_GRAPH)
        rows = self._rows(f"SELECT ?g WHERE {{ GRAPH {registry} {{ {registry} <{MEMBER}> ?g }} }}")
        return sorted(str(row["g"]) for row in rows)

    def select(self, sparql: str, bindings: Mapping[str, Term]) -> list[Row]:
        """Run a SELECT over this store's graphs; ``bindings`` go in a trailing VALUES.

        A trailing VALUES is joined after grouping and (on Virtuoso) after projection:
        bind only variables the query projects.
        """
        ours = self.graph_iris()
        if self._virtuoso:
            others = sorted(set(self._all_graphs()) - set(ours))
            defines = "".join(
                f"DEFINE input:{kind}-graph-exclude {sparql_iri(graph)}\n"
                for graph in others
                for kind in ("default", "named")
            )
            results = self._query(defines + sparql + values_clause(bindings))
        else:
            dataset = [
                (f"{kind}-graph-uri", graph)
                for graph in ours or [f"{REGISTRY_GRAPH}:none"]
                for kind in ("default", "named")
            ]
            results = self._query(sparql + values_clause(bindings), dataset)
        if "results" not in results:
            raise StoreError("only SELECT queries give rows")
        names = results["head"].get("vars", [])
        return [
            {name: plain_value(_json_term(row[name]) if name in row else None) for name in names}
            for row in results["results"]["bindings"]
        ]

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
        """Nothing to release: every request has its own connection."""
