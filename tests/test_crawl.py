"""``igfgraph crawl`` and ``igfgraph ingest URL`` on a composed IGF-like site served from
loopback (tests/web_site.py): politeness, the cache, resuming, one session of many
documents. Nothing here reaches beyond 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF
from test_cli import igfgraph

from bench.web_site import ALLOWED, CRAWL_DELAY, Answer, Site
from igfgraph.sources.crawl import links
from igfgraph.sources.web import (
    Fetched,
    FetchError,
    RobotsRefused,
    WebClient,
    check_url,
    user_agent,
)
from igfgraph.vocab import IGF

START = "/igf-2019/sessions"
FAILING = {"/igf-2019/ws-404", "/igf-2019/ws-70", "/igf-2019/ws-80"}  # 404, slow, too large
SESSION_12 = URIRef("https://w3id.org/igfgraph/id/session/igf-2019-ws-12")
TIMES = (str(PROV.generatedAtTime), str(PROV.endedAtTime))


@pytest.fixture(autouse=True)
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages above 200,000 bytes are refused (the oversized page is 300,000)."""
    monkeypatch.setenv("IGFGRAPH_MAX_BYTES", "200000")


@pytest.fixture
def site():
    with Site() as served:
        yield served


def crawl_args(site: Site, tmp: Path, name: str, *extra: str, cache: str = "") -> list[str]:
    return [
        "crawl",
        site.url + START,
        "--store",
        str(tmp / f"{name}-store"),
        "--cache",
        str(tmp / f"{cache or name}-cache"),
        "--delay",
        "0.05",
        "--timeout",
        "1",
        "--allow-private",
        *extra,
    ]


def crawl(site: Site, tmp: Path, name: str, *extra: str, cache: str = "") -> tuple[int, str, str]:
    return igfgraph(*crawl_args(site, tmp, name, *extra, cache=cache))


def exported(site: Site, tmp: Path, name: str) -> Dataset:
    out = tmp / f"{name}.nq"
    code, _, err = igfgraph(
        "export", "--format", "nquads", "--out", str(out), "--store", str(tmp / f"{name}-store")
    )
    assert code == 0, err
    dataset = Dataset(default_union=True)
    dataset.parse(out, format="nquads")
    return dataset


def comparable(site: Site, tmp: Path, name: str) -> set[str]:
    """The store's quads without the times of fetching and ingesting, the port as PORT."""
    out = tmp / f"{name}.nq"
    code, _, err = igfgraph(
        "export", "--format", "nquads", "--out", str(out), "--store", str(tmp / f"{name}-store")
    )
    assert code == 0, err
    lines = out.read_text(encoding="utf-8").splitlines()
    port = site.url.rsplit(":", 1)[1]
    return {
        line.replace(port, "PORT")
        for line in lines
        if not any(t in line for t in TIMES) and not line.endswith("/graph/ontology> .")
    }


def test_a_crawl_fetches_exactly_the_allowed_pages_politely(site: Site, tmp_path: Path):
    code, out, err = crawl(site, tmp_path, "first")
    assert code == 1  # the 404, the slow page and the oversized one
    problems = err.strip().splitlines()
    assert len(problems) == 3, err
    assert any("ws-404: not found (HTTP 404)" in line for line in problems)
    assert any("ws-70: no answer within 1 s" in line for line in problems)
    assert any("ws-80: is larger than the limit of 200,000 bytes" in line for line in problems)
    assert set(site.paths()) == ALLOWED  # not /private/ (robots.txt), not /about
    assert "1 refused by robots.txt" in out and "3 failed" in out
    assert "ingested 8 of 8 documents" in out, out
    # robots.txt first, one request at a time, the Crawl-delay (longer than --delay) between
    assert site.paths()[0] == "/robots.txt"
    times = [request.at for request in site.requests]
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert min(gaps) >= CRAWL_DELAY - 0.01, gaps
    # the 500 and the 429 were tried again, the 429 after its Retry-After of 1 s
    assert site.paths(500) == ["/igf-2019/ws-50"] and site.paths(429) == ["/igf-2019/ws-60"]
    retried = [r.at for r in site.requests if r.path == "/igf-2019/ws-60"]
    assert retried[1] - retried[0] >= 1.0
    assert all(r.headers.get("User-Agent") == user_agent() for r in site.requests)
    assert user_agent().startswith("igfgraph/0.")


def test_page_report_and_transcript_are_one_session_each_in_its_own_graph(
    site: Site, tmp_path: Path
):
    crawl(site, tmp_path, "merged")
    dataset = exported(site, tmp_path, "merged")
    reports = sorted(dataset.subjects(IGF.reportOf, SESSION_12))
    urls = {str(dataset.value(report, DCTERMS.source)) for report in reports}
    assert urls == {
        site.url + "/igf-2019/ws-12",
        site.url + "/igf-2019/ws-12/report",
        site.url + "/igf-2019/ws-12/transcript",
    }
    for report in reports:
        graph = dataset.graph(report)  # each document is its own named graph
        assert (report, IGF.reportOf, SESSION_12) in graph
        url = str(graph.value(report, DCTERMS.source))
        assert graph.value(report, PROV.hadPrimarySource) == URIRef(url)
        retrieval = (
            graph.value(report, PROV.wasDerivedFrom, any=False)
            if False
            else URIRef(f"{report}/retrieval")
        )
        assert (retrieval, RDF.type, PROV.Activity) in graph
        assert isinstance(graph.value(retrieval, PROV.endedAtTime), Literal)
    # one person across the three documents: listed on the page, speaking in the transcript
    maria = URIRef("https://w3id.org/igfgraph/id/person/maria-santos")
    graphs_naming_maria = {str(r) for r in reports if (maria, None, None) in dataset.graph(r)}
    assert graphs_naming_maria == {str(r) for r in reports}
    # who was listed (the page) and who spoke (the transcript) both stay visible
    transcript = URIRef(next(r for r in reports if str(r).endswith("transcript")))
    assert any(dataset.graph(transcript).triples((None, IGF.turns, None)))
    # a span names the URL (its report's source) and a line of the saved text
    spans = list(dataset.graph(transcript).subjects(RDF.type, IGF.SourceSpan))
    assert spans
    saved = (tmp_path / "merged-cache" / "documents").rglob("*.txt")
    text = next(iter(saved)).read_text(encoding="utf-8").splitlines()
    for span in spans:
        line = int(dataset.graph(transcript).value(span, IGF.startLine))
        assert str(dataset.graph(transcript).value(span, RDF.value)).startswith(
            " ".join(text[line - 1].split())[:20]
        )


def test_a_second_run_is_all_from_the_cache_or_304s(site: Site, tmp_path: Path):
    crawl(site, tmp_path, "twice")
    first = comparable(site, tmp_path, "twice")
    site.rearm()
    code, out, _ = crawl(site, tmp_path, "twice")
    assert code == 1
    assert set(site.paths()) == FAILING - {"/igf-2019/ws-80"} | {"/igf-2019/ws-80"}  # only failures
    assert "unchanged documents skipped" in out
    site.rearm()
    code, out, _ = crawl(site, tmp_path, "twice", "--refresh")  # every cached page asked again
    asked = {r.path: r.status for r in site.requests}
    cached = ALLOWED - FAILING - {"/old/ws-31"}
    assert {path for path, status in asked.items() if status == 304} == cached
    assert all("If-None-Match" in r.headers for r in site.requests if r.path in cached)
    assert comparable(site, tmp_path, "twice") == first


def test_offline_reads_the_cache_alone_and_gives_the_same_graph(site: Site, tmp_path: Path):
    crawl(site, tmp_path, "online")
    online = comparable(site, tmp_path, "online")
    site.rearm()
    code, _, err = crawl(site, tmp_path, "offline", "--offline", cache="online")
    assert site.requests == []
    assert code == 1 and "is not in the cache" in err  # the pages that failed online
    assert comparable(site, tmp_path, "offline") == online


def test_an_interrupted_crawl_started_again_fetches_nothing_it_has(site: Site, tmp_path: Path):
    crawl(site, tmp_path, "whole")
    whole = comparable(site, tmp_path, "whole")
    site.rearm()
    args = crawl_args(site, tmp_path, "killed")
    process = subprocess.Popen(
        [sys.executable, "-c", "from igfgraph.cli import app; app()", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(site.paths(200)) < 6:
        time.sleep(0.01)
    time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    before = site.paths(200)
    assert "/igf-2019/ws-50" not in before, "the crawl ended before it was killed"
    site.requests.clear()
    code, _, err = crawl(site, tmp_path, "killed")
    assert code == 1, err
    again = set(site.paths(200)) - {"/robots.txt"}
    assert again.isdisjoint(before[:-1]), (again, before)  # the last may have been cut
    assert comparable(site, tmp_path, "killed") == whole


def test_ingest_reads_a_url_as_it_reads_a_file(site: Site, tmp_path: Path):
    store, cache = str(tmp_path / "store"), str(tmp_path / "cache")
    url = site.url + "/files/ws-20-report.pdf"
    code, out, err = igfgraph(
        "ingest", url, "--store", store, "--cache", cache, "--allow-private", "--delay", "0"
    )
    assert code == 0, err
    assert out.startswith("ingested 1 of 1 reports")
    code, _, err = igfgraph(
        "ingest",
        site.url + "/igf-2019/ws-404",
        "--store",
        store,
        "--cache",
        cache,
        "--allow-private",
    )
    assert code == 1 and err.strip().endswith("ws-404: not found (HTTP 404); check the link")


def test_only_public_http_addresses_are_fetched(site: Site, tmp_path: Path):
    with pytest.raises(FetchError, match="not an http or https address"):
        check_url("file:///etc/passwd")
    code, _, err = igfgraph(
        "ingest",
        site.url + "/igf-2019/ws-12",
        "--store",
        str(tmp_path / "s"),
        "--cache",
        str(tmp_path / "c"),
    )
    assert code == 1 and "private or local address" in err and "--allow-private" in err
    assert site.requests == []
    code, _, err = igfgraph(
        "crawl",
        "file:///etc/passwd",
        "--store",
        str(tmp_path / "s"),
        "--cache",
        str(tmp_path / "c"),
    )
    assert code == 1 and "not an http or https address" in err


def test_a_redirect_out_of_the_sites_being_read_is_not_followed(site: Site, tmp_path: Path):
    site.pages["/igf-2019/away"] = type(site.pages["/old/ws-31"])(
        b"", status=302, headers={"Location": "http://127.0.0.2:9/elsewhere"}
    )
    site.rearm()
    with WebClient(tmp_path / "cache", delay=0, allow_private=True) as client:
        with pytest.raises(FetchError, match="outside the sites being read"):
            client.fetch(site.url + "/igf-2019/away")
        redirected = client.fetch(site.url + "/old/ws-31")
    assert redirected.url == site.url + "/igf-2019/ws-31"


def test_links_are_read_from_the_markup_and_scripts_never_run():
    body = (
        b'<html><body><script>location="http://evil.example/"</script>'
        b'<a href="/a#part">a</a><a href="mailto:x@example.org">m</a>'
        b'<a href="javascript:alert(1)">j</a><a href="b?page=2">b</a></body></html>'
    )
    page = Fetched("http://site.example/list/", 200, "text/html", body, None)  # type: ignore[arg-type]
    assert links(page) == ["http://site.example/a", "http://site.example/list/b?page=2"]


def test_max_pages_and_since_narrow_a_crawl(site: Site, tmp_path: Path):
    code, out, _ = crawl(site, tmp_path, "few", "--max-pages", "3")
    assert site.paths() == ["/robots.txt", START, "/igf-2019/ws-12", "/igf-2019/ws-20"]
    assert code == 0 and out.startswith("crawled 3 pages")
    site.rearm()
    code, out, _ = crawl(site, tmp_path, "later", "--since", "2020")
    # every link but the redirect's names 2019 only
    assert site.paths() == ["/robots.txt", START, "/old/ws-31", "/igf-2019/ws-31"]
    code, _, err = crawl(site, tmp_path, "later", "--since", "last year")
    assert code == 1 and "--since 'last year': give a year or a date" in err


def test_a_site_whose_robots_txt_fails_is_not_crawled(tmp_path: Path):
    with Site({"/robots.txt": Answer(b"down", status=503), "/a": Answer(b"<p>a</p>")}) as site:
        with WebClient(tmp_path / "cache", delay=0, allow_private=True, retry_wait=0) as client:
            with pytest.raises(RobotsRefused):
                client.fetch(site.url + "/a")
        assert "/a" not in site.paths()


def test_remove_drops_the_graphs_of_fetched_urls(site: Site, tmp_path: Path):
    crawl(site, tmp_path, "gone")
    store = str(tmp_path / "gone-store")
    code, out, err = igfgraph("remove", site.url + "/igf-2019/ws-12/", "--store", store)
    assert code == 0, err
    assert out.startswith("removed 2 report graphs of 1 files")  # the report and transcript
    code, _, err = igfgraph("remove", site.url + "/igf-2019/ws-12", "--store", store)
    assert code == 0 and not err


def test_resolve_reads_fetched_reports_again_from_the_cache(site: Site, tmp_path: Path):
    crawl(site, tmp_path, "curated")
    curation = tmp_path / "curation.yaml"
    curation.write_text("rename:\n  - person: maria-santos\n    name: María Santos\n")
    site.rearm()
    code, out, err = igfgraph(
        "resolve",
        "--curation",
        str(curation),
        "--store",
        str(tmp_path / "curated-store"),
        "--cache",
        str(tmp_path / "curated-cache"),
    )
    assert code == 0, err
    assert out.startswith("applied the curation to 8 reports")
    assert site.requests == []  # from the cache alone
    dataset = exported(site, tmp_path, "curated")
    maria = URIRef("https://w3id.org/igfgraph/id/person/maria-santos")
    assert Literal("María Santos") in set(dataset.objects(maria, None))


def test_pages_fetched_long_ago_are_asked_for_again_and_still_read_offline(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr("igfgraph.sources.web.FRESH_FOR", dt.timedelta(seconds=1))
    crawl(site, tmp_path, "old")
    first = comparable(site, tmp_path, "old")
    time.sleep(1.1)
    site.rearm()
    crawl(site, tmp_path, "offline-old", "--offline", cache="old")
    assert site.requests == []
    assert comparable(site, tmp_path, "offline-old") == first
    crawl(site, tmp_path, "old")  # conditional requests: every page unchanged
    answered = {r.path: r.status for r in site.requests}
    assert {path for path, status in answered.items() if status == 304} == (
        ALLOWED - FAILING - {"/old/ws-31"}
    )
    assert comparable(site, tmp_path, "old") == first


def test_the_python_api_crawls_into_a_store(site: Site, tmp_path: Path):
    import igfgraph as api

    with api.open_store("memory:") as store:
        found, summary = api.crawl(
            store, [site.url + START], tmp_path / "cache", delay=0, allow_private=True
        )
        # the slow page comes within the default time-out of 30 s
        assert len(found.documents) == 9 and len(summary.ingested) == 9
        assert not summary.failed and len(found.failed) == 2  # the 404 and the large page


def _local_copy(site: Site, tmp: Path, name: str) -> Path:
    """The report of WS 12 as saved by the crawl ``name``, copied to a file of its own."""
    digest = hashlib.sha256(f"{site.url}/igf-2019/ws-12/report".encode()).hexdigest()
    saved = next((tmp / f"{name}-cache" / "documents").rglob(f"{digest}.*"))
    local = tmp / "local" / f"ws-12-copy{saved.suffix}"
    local.parent.mkdir(exist_ok=True)
    local.write_bytes(saved.read_bytes())
    return local


def test_a_file_ingested_after_a_crawl_gives_the_graph_of_one_run(site: Site, tmp_path: Path):
    crawl(site, tmp_path, "after")
    local = _local_copy(site, tmp_path, "after")
    code, _, err = igfgraph("ingest", str(local), "--store", str(tmp_path / "after-store"))
    assert code == 0, err  # the fetched documents are resolved again from their saved text
    code, _, err = igfgraph("ingest", str(local), "--store", str(tmp_path / "before-store"))
    assert code == 0, err
    site.rearm()
    crawl(site, tmp_path, "before", "--offline", cache="after")
    assert comparable(site, tmp_path, "after") == comparable(site, tmp_path, "before")


def test_fetched_documents_whose_saved_text_is_gone_keep_their_graphs(site: Site, tmp_path: Path):
    crawl(site, tmp_path, "kept")
    local = _local_copy(site, tmp_path, "kept")
    before = comparable(site, tmp_path, "kept")
    for saved in (tmp_path / "kept-cache" / "documents").rglob("*.*"):
        saved.unlink()
    code, _, err = igfgraph("ingest", str(local), "--store", str(tmp_path / "kept-store"))
    assert code == 0, err
    after = comparable(site, tmp_path, "kept")
    assert before < after  # every graph of a fetched document as it was, and the file's
