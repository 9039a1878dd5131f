"""``igfgraph serve``: a read-only SPARQL endpoint over a store folder, for real over HTTP."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from igfgraph.cli import app
from igfgraph.queries import load_query, run_query
from igfgraph.store import open_store
from igfgraph.tools.sparql_server import make_server

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "reports"
JSON = "application/sparql-results+json"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("serve") / "store"
    assert CliRunner().invoke(app, ["ingest", str(EXAMPLES), "--store", str(store)]).exit_code == 0
    return store


@pytest.fixture(scope="module")
def url(folder: Path) -> Iterator[str]:
    server = make_server(str(folder), "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def ask(url: str, data: bytes | None = None, accept: str = JSON, kind: str = "") -> tuple:
    headers = {"Accept": accept, **({"Content-Type": kind} if kind else {})}
    request = urllib.request.Request(url, data=data, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get_content_type(), error.read()


def test_a_named_query_gives_the_rows_of_the_store(url: str, folder: Path) -> None:
    query = load_query("who_spoke_with_whom")
    form = urllib.parse.urlencode({"query": query.text}).encode()
    status, kind, body = ask(f"{url}/sparql", form)
    assert (status, kind) == (200, JSON)
    bindings = json.loads(body)["results"]["bindings"]
    with open_store(folder, read_only=True) as store:
        expected = store.select(query.text, {})
    got = [
        {name: int(v["value"]) if v["value"].isdigit() else v["value"] for name, v in row.items()}
        for row in bindings
    ]
    assert sorted(map(repr, got)) == sorted(
        repr({k: v for k, v in row.items() if v is not None}) for row in expected
    )
    assert len(got) == len(run_query(open_store(folder, read_only=True), "who_spoke_with_whom")) > 0


def test_get_csv_and_construct(url: str) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <http://xmlns.com/foaf/0.1/Person> }"
    status, kind, body = ask(
        f"{url}/sparql?{urllib.parse.urlencode({'query': count})}", accept="text/csv"
    )
    assert (status, kind) == (200, "text/csv") and body.decode().split() == ["n", "21"]
    construct = "CONSTRUCT { ?s a <urn:x> } WHERE { ?s a <http://xmlns.com/foaf/0.1/Person> }"
    status, kind, body = ask(
        f"{url}/sparql", construct.encode(), "application/n-triples", "application/sparql-query"
    )
    assert (status, kind) == (200, "application/n-triples") and len(
        body.decode().splitlines()
    ) == 21


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (
            urllib.parse.urlencode({"update": "DROP ALL"}).encode(),
            "application/x-www-form-urlencoded",
        ),
        (b"DROP ALL", "application/sparql-update"),
        (b"DELETE WHERE { ?s ?p ?o }", "application/sparql-query"),
    ],
)
def test_updates_are_refused(url: str, folder: Path, data: bytes, kind: str) -> None:
    status, _, body = ask(f"{url}/sparql", data, kind=kind)
    assert status in (400, 403) and "error" in json.loads(body)
    with open_store(folder, read_only=True) as store:
        assert run_query(store, "stats")[0]["people"] == 21


def test_the_query_page_is_offline(url: str) -> None:
    status, kind, body = ask(f"{url}/", accept="text/html")
    assert (status, kind) == (200, "text/html") and b"<textarea" in body
    assert b"http://" not in body.replace(b"http://xmlns.com/foaf/0.1/", b"")
    assert b"https://" not in body


def test_serve_refuses_a_server_url() -> None:
    result = CliRunner().invoke(app, ["serve", "--store", "http://127.0.0.1:1/sparql"])
    assert result.exit_code == 1 and "serve a store folder" in result.stderr
