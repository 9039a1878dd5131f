"""Crawl benchmark: ``igfgraph crawl`` of a composed site of about 500 pages on loopback.

The site (bench/web_site.py) lists its sessions ten to a page; each session has a page,
an HTML report and a transcript. Three runs with the delay set to 0: the first fetches
everything, the second finds everything in the cache, the third (``--refresh``) asks
the site again for every page with its ETag (all 304s). Each run's time covers fetching
and ingesting; the fetch rate is pages per second of the crawl alone::

    python -m bench.bench_crawl --pages 500

Results replace the "Crawl" section of ``bench/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench.bench_store import RESULTS, write_section
from bench.web_site import Site, large_site
from igfgraph.ingest import ingest
from igfgraph.sources.crawl import crawl
from igfgraph.sources.web import WebClient
from igfgraph.store import OxigraphStore

SECTION = "## Crawl"


def run(pages: int, work: Path) -> list[str]:
    """Crawl a site of about ``pages`` pages three times; the table's lines."""
    sessions = max(1, pages * 10 // 31)
    rows = []
    with Site(large_site(sessions)) as site:
        for name, refresh in (("first run", False), ("second run", False), ("--refresh", True)):
            site.requests.clear()
            start = time.perf_counter()
            with WebClient(work / "cache", delay=0, allow_private=True, refresh=refresh) as client:
                found = crawl(client, [site.url + "/igf-2019/sessions"])
                counts = client.counts
            fetched = time.perf_counter() - start
            with OxigraphStore(work / "store") as store:
                summary = ingest(store, found.documents)
            total = time.perf_counter() - start
            not_modified = sum(1 for request in site.requests if request.status == 304)
            # every read (robots.txt included) is a request or a cache hit; a 304 is both
            hits = counts.from_cache + counts.revalidated
            reads = counts.from_cache + counts.requests
            rows.append(
                f"| {name} | {found.pages} | {len(site.requests)} | {not_modified} "
                f"| {hits / max(reads, 1):.0%} | {found.pages / fetched:,.0f} "
                f"| {len(summary.ingested)} | {total:.1f} |"
            )
    return [
        f"A site of {sessions} sessions ({found.pages} pages: listings, session pages, reports, "
        "transcripts) on 127.0.0.1, `--delay 0`; one Oxigraph store and cache for all runs.",
        "",
        "| run | pages | requests | 304s | from the cache | pages/s (crawl) "
        "| reports ingested | seconds (crawl + ingest) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
        *rows,
    ]


def main() -> None:
    """Command line; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--results", type=Path, default=RESULTS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="igfgraph-bench-") as work:
        lines = run(args.pages, Path(work))
    write_section(args.results, SECTION, lines, f"python -m bench.bench_crawl --pages {args.pages}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
