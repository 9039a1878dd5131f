"""``igfgraph serve``: a local, read-only SPARQL 1.1 endpoint over the embedded store, with
a query page, for tools that speak SPARQL (YASGUI, Protégé, notebooks of other languages).

The store folder is opened read-only (beside an ingest and other readers), so nothing a
request says can change it; an update is refused with 403. The default graph is the
store's: each distinct triple of its report graphs once, as igfgraph's own queries see
it; ``GRAPH ?g`` reads the report graphs. Results come in the format the ``Accept``
header asks for (SPARQL JSON by default; XML, CSV and TSV; N-Triples or Turtle for
CONSTRUCT and DESCRIBE). Standard library HTTP over pyoxigraph: nothing else to install.
"""

from __future__ import annotations

import json
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files

import pyoxigraph as ox

from igfgraph.store.oxigraph import open_for_reading

QUERY_PATH = "/sparql"
RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
}
MAX_QUERY_BYTES = 1_000_000


def _chosen(accept: str, formats: dict[str, object]) -> tuple[str, object]:
    """The first media type of ``accept`` found in ``formats``, else the first format."""
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in formats:
            return media, formats[media]
    first = next(iter(formats))
    return first, formats[first]


class SparqlHandler(BaseHTTPRequestHandler):
    """Answers ``GET``/``POST /sparql`` queries and serves the query page at ``/``."""

    store: ox.Store
    server_version = "igfgraph-serve"

    def do_GET(self) -> None:
        """The query page, or a query in the URL (``/sparql?query=...``)."""
        path, _, query = self.path.partition("?")
        if path == "/":
            page = files("igfgraph.data").joinpath("query-page.html").read_bytes()
            self._send(HTTPStatus.OK, "text/html; charset=utf-8", page)
        elif path == QUERY_PATH:
            self._answer(urllib.parse.parse_qs(query))
        else:
            self._refuse(HTTPStatus.NOT_FOUND, f"nothing at {path}; ask {QUERY_PATH}")

    def do_POST(self) -> None:
        """A query as a form (``query=...``) or as ``application/sparql-query``."""
        if self.path.partition("?")[0] != QUERY_PATH:
            self._refuse(HTTPStatus.NOT_FOUND, f"nothing at {self.path}; ask {QUERY_PATH}")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_QUERY_BYTES:
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "a query of at most 1 MB")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind == "application/sparql-update":
            self._refuse(HTTPStatus.FORBIDDEN, "this endpoint is read-only: no updates")
        elif kind == "application/sparql-query":
            self._answer({"query": [body]})
        else:
            self._answer(urllib.parse.parse_qs(body))

    def _answer(self, form: dict[str, list[str]]) -> None:
        if "update" in form:
            self._refuse(HTTPStatus.FORBIDDEN, "this endpoint is read-only: no updates")
            return
        if not form.get("query"):
            self._refuse(HTTPStatus.BAD_REQUEST, "give the query as query=...")
            return
        try:
            results = self.store.query(form["query"][0])
        except SyntaxError as error:
            self._refuse(HTTPStatus.BAD_REQUEST, f"the query does not parse: {error}")
            return
        except OSError as error:
            self._refuse(HTTPStatus.INTERNAL_SERVER_ERROR, f"the query failed: {error}")
            return
        accept = self.headers.get("Accept") or ""
        if isinstance(results, ox.QueryTriples):
            media, rdf_format = _chosen(accept, GRAPH_FORMATS)
            body = ox.serialize(results, format=rdf_format)  # type: ignore[arg-type]
        else:
            media, results_format = _chosen(accept, RESULT_FORMATS)
            body = results.serialize(format=results_format)  # type: ignore[arg-type]
        self._send(HTTPStatus.OK, f"{media}; charset=utf-8", body or b"")

    def _refuse(self, status: HTTPStatus, message: str) -> None:
        body = json.dumps({"error": message}).encode("utf-8")
        self._send(status, "application/json", body)

    def _send(self, status: HTTPStatus, media: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")  # YASGUI in a browser
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the command line prints where it listens, not every request."""


def make_server(location: str, host: str, port: int) -> ThreadingHTTPServer:
    """A server (not yet serving) answering queries on the store folder ``location``."""
    store = open_for_reading(location)
    handler = type("StoreHandler", (SparqlHandler,), {"store": store})
    return ThreadingHTTPServer((host, port), handler)
