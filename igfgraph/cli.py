"""The ``igfgraph`` command line: a contract users script against.

Every command that reads or writes a graph takes ``--store DIR`` and honours
``$IGFGRAPH_STORE``; ``--format json`` output keeps its shape; the exit status is 0
only on full success. Errors are one line on standard error.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import json
import os
import signal
import sys
import threading
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from igfgraph.constants import (
    CHART_NAMES,
    EXPORT_FORMATS,
    MAX_BYTES_ENV,
    NETWORK_FORMATS,
    PICTURE_NAMES,
    STORE_ENV,
)
from igfgraph.errors import IgfgraphError, QueryError

if TYPE_CHECKING:
    from igfgraph.sources import Source
    from igfgraph.store import Row
    from igfgraph.tools.evaluate import Evaluation

# Each command imports the stages it runs when it runs: the command line starts at once.

app = typer.Typer(
    help="Internet Governance Forum reports as a knowledge graph of stakeholders and topics.",
    rich_markup_mode="markdown",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
stdout = Console(soft_wrap=True)
stderr = Console(stderr=True)

PUSH_JOBS = 4
"""Graphs uploaded at a time by ``igfgraph push``."""
PUSH_BATCH = 240
"""Graphs written together by ``igfgraph push``: put in place by one update, or, on a
Virtuoso on this machine, one fetched load (about 11 MB of TriG for generated reports;
halved until each part fits in 14 MB)."""
StoreOption = Annotated[
    str | None,
    typer.Option(
        "--store",
        envvar=STORE_ENV,
        metavar="DIR|URL",
        help="Store folder or SPARQL endpoint URL (default ./.igfgraph, or $IGFGRAPH_STORE).",
        show_default=False,
    ),
]
ParamOption = Annotated[
    list[str] | None,
    typer.Option("--param", "-p", metavar="KEY=VALUE", help="A query parameter (repeatable)."),
]


class RowFormat(StrEnum):
    """How query rows are printed."""

    table = "table"
    csv = "csv"
    json = "json"


class EvalFormat(StrEnum):
    """How an evaluation is printed."""

    table = "table"
    json = "json"


class ChartFormat(StrEnum):
    """How a chart's tables are printed."""

    table = "table"
    json = "json"


class ParseFormat(StrEnum):
    """How a parsed report is printed."""

    json = "json"
    turtle = "turtle"


P = ParamSpec("P")
R = TypeVar("R")


def say(message: str) -> None:
    """Print a plain line on standard output (no markup, no highlighting)."""
    stdout.print(message, markup=False, highlight=False)


def reports_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn igfgraph errors into one line on standard error and exit status 1."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        main = threading.current_thread() is threading.main_thread()
        previous = signal.signal(signal.SIGTERM, _terminated) if main else None
        try:
            return command(*args, **kwargs)
        except IgfgraphError as error:
            complain(str(error))
            raise typer.Exit(1) from None
        except KeyboardInterrupt as stop:
            by = "SIGTERM" if isinstance(stop, _Terminated) else "Ctrl-C"
            complain(
                f"stopped by {by}; what was stored before stays whole, the rest was not stored"
            )
            raise typer.Exit(143 if by == "SIGTERM" else 130) from None
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)

    return wrapper


def output_folder(out: Path) -> None:
    """Make the folder ``out`` goes in when only its last level is missing (``out/``);
    a path whose parent folder does not exist either is a mistyped path: an error."""
    folder = out.parent
    if folder.is_dir():
        return
    if not folder.parent.is_dir():
        raise IgfgraphError(
            f"{out}: the folder {folder.parent} does not exist; give a path in an existing folder"
        )
    folder.mkdir()


def complain(text: str) -> None:
    """An error or a warning on standard error, in the one form all take: ``igfgraph: ...``
    (``igfgraph: FILE[:LINE]: what is wrong``, ``igfgraph: warning: ...``)."""
    typer.echo(f"igfgraph: {text}", err=True)


class _Terminated(KeyboardInterrupt):
    """SIGTERM, stopping a command the way Ctrl-C does."""


def _terminated(_signal: int, _frame: object) -> None:
    raise _Terminated


def parse_params(pairs: list[str] | None) -> dict[str, str]:
    """``["person=Kathy Brown"]`` -> ``{"person": "Kathy Brown"}``."""
    params: dict[str, str] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param {pair!r}: write KEY=VALUE")
        params[key.strip()] = value
    return params


class RateColumn(ProgressColumn):
    """Items per second, e.g. ``152 files/s``."""

    def __init__(self, unit: str) -> None:
        super().__init__()
        self.unit = unit

    def render(self, task: Task) -> str:
        """The task's recent rate."""
        return f"{task.speed:,.0f} {self.unit}/s" if task.speed else ""


def progress_bar(unit: str) -> Progress:
    """A bar with counts, rate, elapsed and remaining time, on a terminal only."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(unit),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=stderr,
        transient=True,
        disable=not stderr.is_terminal,
    )


CurationOption = Annotated[
    Path | None,
    typer.Option(
        "--curation",
        metavar="FILE",
        help="Curation YAML: merge, split, rename, classify (default ./igfgraph-curation.yaml).",
        show_default=False,
    ),
]


MaxBytesOption = Annotated[
    int | None,
    typer.Option(
        "--max-bytes",
        min=1,
        metavar="BYTES",
        help=f"Refuse files larger than this (default 64 MiB, or ${MAX_BYTES_ENV}).",
        show_default=False,
    ),
]


def set_max_bytes(limit: int | None) -> None:
    """Raise or lower the file size limit for this run (worker processes inherit it)."""
    if limit is not None:
        os.environ[MAX_BYTES_ENV] = str(limit)


CacheOption = Annotated[
    Path | None,
    typer.Option(
        "--cache",
        metavar="DIR",
        help="HTTP cache and saved pages of fetched URLs (default ./.igfgraph-cache).",
        show_default=False,
    ),
]
OfflineOption = Annotated[
    bool, typer.Option("--offline", help="Read URLs from the cache only; send no request.")
]
AllowPrivateOption = Annotated[
    bool,
    typer.Option("--allow-private", help="Fetch from private and loopback addresses too."),
]
DelayOption = Annotated[
    float,
    typer.Option(
        "--delay",
        min=0,
        metavar="SECONDS",
        help="Pause between two requests to one site (the site's Crawl-delay if longer).",
    ),
]
TimeoutOption = Annotated[
    float,
    typer.Option("--timeout", min=0.1, metavar="SECONDS", help="Time-out of one request."),
]
RefreshOption = Annotated[
    bool,
    typer.Option(
        "--refresh", help="Ask the site again for every cached page (ETag/Last-Modified)."
    ),
]
ValidateOption = Annotated[
    bool, typer.Option("--validate", help="Refuse reports that violate the SHACL shapes.")
]


@app.command("ingest")
@reports_errors
def ingest_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH|URL...", help="Report files or folders, or web pages and documents."
        ),
    ],
    store: StoreOption = None,
    max_bytes: MaxBytesOption = None,
    validate: ValidateOption = False,
    curation: CurationOption = None,
    follow_links: Annotated[
        bool,
        typer.Option(
            "--follow-links", help="Read files that links in a folder point to outside it."
        ),
    ] = False,
    cache: CacheOption = None,
    offline: OfflineOption = False,
    allow_private: AllowPrivateOption = False,
    delay: DelayOption = 1.0,
    timeout: TimeoutOption = 30.0,
) -> None:
    """Parse report files, or web pages and documents, and store each as its own named graph.

    Unchanged files (same SHA-256) are skipped; a changed file replaces its graphs in one
    transaction. A first import of many files into an empty store loads in bulk. A URL
    (http or https) is fetched politely through a cache on disk, as `igfgraph crawl` does,
    and read like a file; its spans name the URL.
    """
    from igfgraph.ingest import collect_files

    set_max_bytes(max_bytes)
    urls = [path for path in paths if "://" in path]
    links_left: list[Path] = []
    files: list[Source] = list(
        collect_files([p for p in paths if "://" not in p], follow_links, links_left)
    )
    for link in links_left:
        complain(
            f"warning: {link}: a link to a file outside its folder, not read "
            "(--follow-links reads it)"
        )
    failed = 0
    if urls:
        from igfgraph.sources.web import FetchError, WebClient

        with WebClient(cache or _default_cache(), delay, timeout, offline, allow_private) as client:
            for url in urls:
                try:
                    files.append(client.document(url))
                except FetchError as error:
                    complain(str(error))
                    failed += 1
    if not files and not failed:
        raise IgfgraphError(f"no report files found in {', '.join(map(str, paths))}")
    ok = _ingest_sources(files, store, validate, curation, "files", "reports") if files else True
    if failed or not ok:
        raise typer.Exit(1)


def _cached_documents(urls: list[str], cache: Path | None) -> list[Source]:
    """The documents of ``urls`` as the cache holds them (a warning for each it lacks)."""
    if not urls:
        return []
    from igfgraph.sources.web import FetchError, WebClient

    documents: list[Source] = []
    with WebClient(cache or _default_cache(), offline=True) as client:
        for url in urls:
            try:
                documents.append(client.document(url))
            except FetchError as error:
                complain(f"warning: {error}; its report keeps the curation it had")
    return documents


def _default_cache() -> Path:
    from igfgraph.sources.web import DEFAULT_CACHE

    return DEFAULT_CACHE


def _ingest_sources(
    sources: list[Source],
    store: str | None,
    validate: bool,
    curation: Path | None,
    unit: str,
    what: str,
) -> bool:
    """Ingest files or fetched documents with a progress bar, print the problems one line
    each and a summary; True when every one was ingested."""
    from igfgraph.ingest import ingest
    from igfgraph.parse.reader import REASON as GENERIC_REASON
    from igfgraph.resolve.curation import load_curation
    from igfgraph.store import open_store

    with open_store(store) as graph_store, progress_bar(unit) as progress:
        task = progress.add_task("ingesting", total=len(sources))
        summary = ingest(
            graph_store,
            sources,
            on_file=lambda _path: progress.advance(task),
            on_stage=lambda stage: progress.update(task, description=stage),
            validate=validate,
            curation=load_curation(curation),
        )
        location = graph_store.location
    for error in summary.failed:
        complain(str(error))
    for source in dict.fromkeys(r.source for r in summary.ingested if r.generic):
        complain(f"warning: {source}: {GENERIC_REASON}; check it is an IGF report")
    people = sum(len(report.people) for report in summary.ingested)
    read = len({report.source for report in summary.ingested})
    sessions = f" ({len(summary.ingested)} sessions)" if len(summary.ingested) != read else ""
    refused = len(summary.refused)
    problems = f" ({len(summary.failed)} problems above)" if len(summary.failed) != refused else ""
    say(
        f"ingested {read} of {len(sources)} {what}{sessions} into {location}: "
        f"{people} people mentions, {summary.triples} triples written into report graphs"
        + (f"; {len(summary.skipped)} unchanged {unit} skipped" if summary.skipped else "")
        + (f"; {refused} {unit} refused{problems}" if refused else "")
    )
    return summary.ok


@app.command("crawl")
@reports_errors
def crawl_command(
    urls: Annotated[
        list[str],
        typer.Argument(
            metavar="URL...", help="Listing pages to start from: reports, programme, session."
        ),
    ],
    store: StoreOption = None,
    follow: Annotated[
        list[str] | None,
        typer.Option(
            "--follow",
            metavar="PATTERN",
            help="Follow links whose URL matches this regular expression (repeatable; "
            "replaces the defaults for the IGF's site).",
            show_default=False,
        ),
    ] = None,
    max_pages: Annotated[
        int | None,
        typer.Option("--max-pages", min=1, metavar="N", help="Read at most N pages."),
    ] = None,
    delay: DelayOption = 1.0,
    cache: CacheOption = None,
    offline: OfflineOption = False,
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            metavar="DATE",
            help="Skip links naming only years before DATE (YYYY or YYYY-MM-DD).",
            show_default=False,
        ),
    ] = None,
    allow_private: AllowPrivateOption = False,
    timeout: TimeoutOption = 30.0,
    refresh: RefreshOption = False,
    max_bytes: MaxBytesOption = None,
    validate: ValidateOption = False,
    curation: CurationOption = None,
) -> None:
    """Follow listing pages to session pages, reports and transcripts; ingest each.

    Polite by default: robots.txt obeyed, one request at a time per site with 1 s between
    them (or the site's Crawl-delay), retries with backoff on 429 and 5xx (Retry-After
    honoured), a time-out per request and a size cap per page. Every answer is cached on
    disk: pages fetched in the last 12 hours are not asked for again (an interrupted crawl
    started again goes on where it stopped), older ones are asked for with ETag or
    Last-Modified, and `--offline` reads the cache alone.
    """
    from igfgraph.sources.crawl import DEFAULT_FOLLOW, crawl
    from igfgraph.sources.web import WebClient

    set_max_bytes(max_bytes)
    since_date = _since_date(since)
    client = WebClient(
        cache or _default_cache(), delay, timeout, offline, allow_private, refresh=refresh
    )
    with client, _crawl_progress() as progress:
        task = progress.add_task("fetching", total=None, counts="")
        seen: dict[str, int] = dict.fromkeys(("fetched", "cached", "refused", "failed"), 0)

        def heard(_url: str, what: str) -> None:
            seen[what] = seen.get(what, 0) + 1
            counts = ", ".join(f"{count} {name}" for name, count in seen.items())
            progress.update(task, advance=1, counts=counts)

        found = crawl(client, urls, follow or DEFAULT_FOLLOW, max_pages, since_date, heard)
        counts = client.counts
    for error in found.failed:
        complain(str(error))
    say(
        f"crawled {found.pages} pages: {counts.requests} requests sent, "
        f"{counts.from_cache} answered from the cache, {counts.revalidated} unchanged (304), "
        f"{len(found.refused)} refused by robots.txt, {len(found.failed)} failed; "
        f"{len(found.documents)} documents, {len(found.listings)} listings"
        + (f", {len(found.skipped)} skipped" if found.skipped else "")
    )
    ok = True
    if found.documents:
        ok = _ingest_sources(found.documents, store, validate, curation, "documents", "documents")
    if not (found.ok and ok):
        raise typer.Exit(1)


def _since_date(since: str | None) -> dt.date | None:
    """``--since``: a year or a date."""
    if since is None:
        return None
    try:
        return dt.date(int(since), 1, 1) if since.isdigit() else dt.date.fromisoformat(since)
    except ValueError:
        raise IgfgraphError(
            f"--since {since!r}: give a year or a date, e.g. 2019 or 2019-06-01"
        ) from None


def _crawl_progress() -> Progress:
    """A crawl's progress: pages done and what became of them (the total is not known)."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} pages: {task.fields[counts]}"),
        RateColumn("pages"),
        TimeElapsedColumn(),
        console=stderr,
        transient=True,
        disable=not stderr.is_terminal,
    )


@app.command("resolve")
@reports_errors
def resolve_command(
    review: Annotated[
        Path | None,
        typer.Option(
            "--review", metavar="FILE", help="Write candidate merges and splits to FILE.csv."
        ),
    ] = None,
    curation: CurationOption = None,
    store: StoreOption = None,
    cache: CacheOption = None,
) -> None:
    """Apply the curation file to every report in the store; list candidates to review.

    Reports fetched from the web are read again from the cache (`--cache`), never fetched.
    """
    from igfgraph.ingest import ingest, ingested_files, known_entities
    from igfgraph.queries import run_query
    from igfgraph.resolve.curation import load_curation
    from igfgraph.resolve.review import COLUMNS as REVIEW_COLUMNS
    from igfgraph.resolve.review import review as review_candidates
    from igfgraph.spreadsheet import write_csv
    from igfgraph.store import open_store

    decisions = load_curation(curation)
    with open_store(store) as graph_store:
        if decisions:
            names = list(ingested_files(graph_store))
            files: list[Source] = [Path(f) for f in names if "://" not in f]
            files = [file for file in files if Path(file).exists()]
            files += _cached_documents([f for f in names if "://" in f], cache)
            summary = ingest(graph_store, files, curation=decisions)
            say(f"applied the curation to {len(summary.ingested)} reports")
        if review is not None:
            rows = run_query(graph_store, "known_people")
            candidates = review_candidates(known_entities(graph_store).people, rows)
    if review is not None:
        with review.open("w", encoding="utf-8", newline="") as handle:
            write_csv(handle, list(REVIEW_COLUMNS), (candidate.row() for candidate in candidates))
        say(f"wrote {review}: {len(candidates)} candidates")


@app.command("remove")
@reports_errors
def remove_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH|URL...",
            help="Report files or folders (they may be deleted already), or fetched URLs "
            "(one ending in / stands for every URL under it).",
        ),
    ],
    store: StoreOption = None,
) -> None:
    """Drop the report graphs of files (or fetched URLs) from the store, in one transaction."""
    from igfgraph.ingest import remove_files
    from igfgraph.store import open_store

    given: list[Path | str] = [path if "://" in path else Path(path) for path in paths]
    with open_store(store) as graph_store:
        removed = remove_files(graph_store, given)
        location = graph_store.location
    missing = [path for path, graphs in removed.items() if not graphs]
    for path in missing:
        complain(
            f"{path}: no report from this file is in {location}; "
            "list what is there with 'igfgraph query ingested_files'"
        )
    graphs = sum(len(graphs) for graphs in removed.values())
    say(f"removed {graphs} report graphs of {len(removed) - len(missing)} files from {location}")
    if missing:
        raise typer.Exit(1)


@app.command("push")
@reports_errors
def push_command(
    endpoint: Annotated[
        str,
        typer.Option(
            "--endpoint",
            metavar="URL",
            help="The SPARQL endpoint's query URL (user:password@ in it, or "
            "$IGFGRAPH_ENDPOINT_USER and $IGFGRAPH_ENDPOINT_PASSWORD).",
        ),
    ],
    store: StoreOption = None,
    jobs: Annotated[
        int,
        typer.Option("--jobs", min=1, max=64, help="Batches read and sent at a time."),
    ] = PUSH_JOBS,
) -> None:
    """Copy the local store to a SPARQL endpoint, one named graph per report (replacing).

    Each graph goes up whole or not at all. To a Virtuoso on this machine (a loopback
    URL), dozens of graphs at a time are loaded by Virtuoso itself from a loopback port
    this command opens, in one transaction each ($IGFGRAPH_ENDPOINT_FETCH=0: never). To
    any other server, by one Graph Store Protocol PUT into a staging graph (Virtuoso's, or
    $IGFGRAPH_ENDPOINT_GSP_URL), then one update that puts it in place. Several batches
    are read at a time (--jobs).
    """
    from igfgraph.store import copy_graphs, open_store

    if not endpoint.startswith(("http://", "https://")):
        raise IgfgraphError(f"--endpoint {endpoint}: give the http(s) URL of a SPARQL endpoint")
    with (
        open_store(store, read_only=True) as source,
        open_store(endpoint) as target,
        progress_bar("graphs") as progress,
    ):
        task = progress.add_task("pushing", total=len(source.graph_iris()))
        copied = copy_graphs(
            source,
            target,
            on_graph=lambda _iri: progress.advance(task),
            batch=PUSH_BATCH,
            workers=jobs,
        )
        where = target.location
    say(f"pushed {copied} graphs to {where}")


@app.command("serve")
@reports_errors
def serve_command(
    store: StoreOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port.")] = 7878,
) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint (/sparql) with a query page (/).

    For tools that speak SPARQL (YASGUI, Protégé, notebooks of other languages). The store
    folder is opened for reading only: updates are refused, and an ingest may run beside
    it. Stop it with Ctrl-C.
    """
    from igfgraph.store import backend_for, store_location
    from igfgraph.tools.sparql_server import QUERY_PATH, make_server

    where = store_location(store)
    if backend_for(where).name != "oxigraph" or where == "memory:":
        raise IgfgraphError(f"--store {where}: serve a store folder, not a server or memory")
    server = make_server(where, host, port)
    shown = f"http://{host}:{server.server_address[1]}"
    say(f"serving {where} read-only at {shown}{QUERY_PATH} (query page: {shown}/); Ctrl-C stops")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@app.command("parse")
@reports_errors
def parse_command(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="One report file.")],
    output_format: Annotated[ParseFormat, typer.Option("--format")] = ParseFormat.json,
    max_bytes: MaxBytesOption = None,
) -> None:
    """Parse one report and print what was read from it (no store involved).

    JSON is one object for a file holding one session, a list of objects for a programme
    listing holding several; TriG holds one named graph per session.
    """
    from rdflib import Dataset

    from igfgraph.ingest import load_reports
    from igfgraph.rdf import report_to_dataset
    from igfgraph.tools.report_json import report_to_dict
    from igfgraph.vocab import bind_prefixes

    set_max_bytes(max_bytes)
    reports = load_reports(file)
    if output_format is ParseFormat.json:
        shown = [report_to_dict(report) for report in reports]
        print(json.dumps(shown[0] if len(shown) == 1 else shown, ensure_ascii=False, indent=2))
    else:
        dataset = Dataset()
        for report in reports:
            dataset.addN(report_to_dataset(report).quads((None, None, None, None)))
        print(bind_prefixes(dataset).serialize(format="trig"))


def print_rows(
    rows: list[Row], columns: list[str], output_format: RowFormat, wide: bool = False
) -> None:
    """Print query rows as a table (without IRI columns), CSV or a JSON list of objects.

    A table fits the terminal: one line a row, long values cut with an ellipsis, a column
    that repeats another left out, and the columns that do not fit named below it;
    ``wide`` shows every column with every value whole.
    """
    from igfgraph.spreadsheet import write_csv

    if output_format is RowFormat.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if output_format is RowFormat.csv:
        buffer = io.StringIO()
        write_csv(buffer, columns, rows)
        sys.stdout.write(buffer.getvalue())
        return
    cells = {
        column: ["" if row[column] is None else str(row[column]) for row in rows]
        for column in columns
        if not column.endswith("_iri")  # IRIs: csv and json
    }
    shown = list(cells) if wide else _fitting_columns(cells, stdout.width)
    table = Table(*shown) if wide else Table(*shown, expand=False)
    if not wide:
        for column in table.columns:
            column.no_wrap, column.overflow, column.max_width = True, "ellipsis", _CELL_WIDTH
    for number in range(len(rows)):
        table.add_row(*(cells[column][number] for column in shown))
    stdout.print(table)
    left_out = [
        column
        for column in cells
        if column not in shown and not any(cells[column] == cells[other] for other in shown)
    ]
    more = f"; not shown: {', '.join(left_out)} (--wide shows them)" if left_out else ""
    stdout.print(f"{len(rows)} rows{more}", highlight=False)


_CELL_WIDTH = 40  # characters of a cell in a table that fits the terminal


def _fitting_columns(cells: dict[str, list[str]], width: int) -> list[str]:
    """The columns a table shows in ``width``: in order, leaving out one that repeats an
    earlier one in every row, until the next would not fit."""
    shown: list[str] = []
    used = 1
    for column, values in cells.items():
        if any(values == cells[earlier] for earlier in shown) and values:
            continue
        need = min(max((len(v) for v in [column, *values]), default=0), _CELL_WIDTH) + 3
        if shown and used + need > width:
            break
        shown.append(column)
        used += need
    return shown


@app.command("query")
@reports_errors
def query_command(
    name: Annotated[
        str,
        typer.Argument(
            metavar="QUERY", help="A query name (see 'igfgraph queries') or a .rq file."
        ),
    ],
    params: ParamOption = None,
    output_format: Annotated[RowFormat, typer.Option("--format")] = RowFormat.table,
    store: StoreOption = None,
    allow_service: Annotated[
        bool,
        typer.Option(
            "--allow-service", help="Let a query file call other servers (SPARQL SERVICE)."
        ),
    ] = False,
    wide: Annotated[
        bool, typer.Option("--wide", help="A table with every column and every value whole.")
    ] = False,
) -> None:
    """Run a named SPARQL query with its parameters bound safely."""
    from igfgraph.queries import load_query, run_query
    from igfgraph.store import open_store

    named = load_query(name)
    with open_store(store, read_only=True) as graph_store:
        rows = run_query(graph_store, named, parse_params(params), allow_service)
    columns = list(rows[0]) if rows else list(named.columns)
    print_rows(rows, columns, output_format, wide)


@app.command("queries")
@reports_errors
def queries_command() -> None:
    """List the named queries, their questions and parameters."""
    from igfgraph.queries import available_queries

    for query in available_queries().values():
        params = ", ".join(
            f"{p.name}{'?' if p.optional else ''}" for p in query.parameters.values()
        )
        stdout.print(f"[bold]{query.name}[/bold]({params}): {query.question}", highlight=False)


@app.command("viz")
@reports_errors
def viz_command(
    name: Annotated[
        str, typer.Argument(metavar="PICTURE", help=f"One of: {', '.join(PICTURE_NAMES)}.")
    ],
    out: Annotated[
        Path,
        typer.Option(
            "--out", metavar="FILE", help="FILE.html (interactive), FILE.png or FILE.svg."
        ),
    ],
    params: ParamOption = None,
    store: StoreOption = None,
    view: Annotated[
        str,
        typer.Option(
            "--view",
            metavar="VIEW",
            help="What a large page (past 1,000 nodes) opens on: backbone or communities.",
        ),
    ] = "backbone",
) -> None:
    """Write a network picture: one self-contained HTML file, or a static PNG or SVG.

    Parameters are the picture's query parameters (ego: person=NAME, depth=1..3) and filters
    years, session_types, roles, stakeholder_groups, topics (comma-separated).
    """
    from igfgraph.pictures.named import picture_graph
    from igfgraph.pictures.render import write_picture
    from igfgraph.store import open_store

    with open_store(store, read_only=True) as graph_store:
        title, graph = picture_graph(graph_store, name, parse_params(params))
    output_folder(out)
    write_picture(graph, out, title=title, view=view)
    say(f"wrote {out}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")


@app.command("chart")
@reports_errors
def chart_command(
    name: Annotated[
        str, typer.Argument(metavar="CHART", help=f"One of: {', '.join(CHART_NAMES)}.")
    ],
    out: Annotated[
        Path | None,
        typer.Option("--out", metavar="FILE", help="FILE.png or FILE.svg: the chart."),
    ] = None,
    output_format: Annotated[
        ChartFormat | None,
        typer.Option(
            "--format", help="Print the chart's tables (default: table when there is no --out)."
        ),
    ] = None,
    params: ParamOption = None,
    store: StoreOption = None,
) -> None:
    """Draw a static chart (PNG or SVG) and print its tables.

    balance: women's share of participants, speakers and words per year, session type
    and session; the stakeholder groups of the speakers per year and topic; and the
    groups never heard on a topic (--param stakeholder_group=NAME narrows that table).
    """
    from igfgraph.pictures.balance import balance_of_voices, write_balance_chart
    from igfgraph.queries import did_you_mean
    from igfgraph.store import open_store

    if name not in CHART_NAMES:
        raise QueryError(f"no chart named {name!r}{did_you_mean(name, list(CHART_NAMES))}")
    with open_store(store, read_only=True) as graph_store:
        balance = balance_of_voices(graph_store, parse_params(params))
    if out is not None:
        output_folder(out)
        write_balance_chart(balance, out)
    if output_format is ChartFormat.json:
        print(json.dumps(balance.tables, ensure_ascii=False, indent=2))
        return
    if output_format is ChartFormat.table or out is None:
        for heading, rows in balance.tables.items():
            stdout.print(f"[bold]{heading.replace('_', ' ')}[/bold]", highlight=False)
            print_rows(rows, list(rows[0]) if rows else [], RowFormat.table)
    if out is not None:
        say(f"wrote {out}: {len(balance.sessions)} sessions")


@app.command("export")
@reports_errors
def export_command(
    out: Annotated[Path, typer.Option("--out", metavar="FILE", help="The file to write.")],
    output_format: Annotated[
        str,
        typer.Option(
            "--format",
            metavar="FORMAT",
            help=f"One of: {', '.join((*EXPORT_FORMATS, *NETWORK_FORMATS))}.",
        ),
    ] = "turtle",
    network: Annotated[
        str,
        typer.Option(
            "--network",
            metavar="PICTURE",
            help=f"For {', '.join(NETWORK_FORMATS)}: one of the pictures.",
        ),
    ] = "co-speakers",
    params: ParamOption = None,
    store: StoreOption = None,
) -> None:
    """Export the whole graph (TriG and JSON-LD keep one named graph per report), or one
    network as GEXF (Gephi), GraphML (Cytoscape) or a CSV edge list."""
    from igfgraph.pictures.export import write_network
    from igfgraph.pictures.named import picture_graph
    from igfgraph.store import open_store

    if output_format in NETWORK_FORMATS:
        with open_store(store, read_only=True) as graph_store:
            _, graph = picture_graph(graph_store, network, parse_params(params))
        output_folder(out)
        write_network(graph, out, output_format)
        say(
            f"wrote {out}: {network}, {graph.number_of_nodes()} nodes, "
            f"{graph.number_of_edges()} edges"
        )
        return
    if output_format not in EXPORT_FORMATS:
        raise IgfgraphError(
            f"unknown export format {output_format!r}; "
            f"formats: {', '.join((*EXPORT_FORMATS, *NETWORK_FORMATS))}"
        )
    with open_store(store, read_only=True) as graph_store:
        data = graph_store.dump(output_format)
    output_folder(out)
    out.write_bytes(data)
    say(f"wrote {out} ({len(data):,} bytes)")


@app.command("import")
@reports_errors
def import_command(
    files: Annotated[
        list[Path], typer.Argument(metavar="FILE...", help="RDF files: .trig .nq .jsonld .ttl .nt")
    ],
    store: StoreOption = None,
) -> None:
    """Load RDF files into the store, one transaction each: TriG, N-Quads and JSON-LD keep
    their named graphs; Turtle and N-Triples go into graph/import/FILE-STEM."""
    from igfgraph.store import open_store
    from igfgraph.tools.rdf_import import import_rdf_file

    failed = 0
    with open_store(store) as graph_store:
        for file in files:
            try:
                counts = import_rdf_file(graph_store, file)
            except IgfgraphError as error:
                complain(str(error))
                failed += 1
                continue
            say(f"imported {file}: {sum(counts.values())} triples in {len(counts)} graphs")
    if failed:
        raise typer.Exit(1)


@app.command("stats")
@reports_errors
def stats_command(
    output_format: Annotated[RowFormat, typer.Option("--format")] = RowFormat.table,
    store: StoreOption = None,
) -> None:
    """Count what the store holds: reports, sessions, people, organisations, triples."""
    from igfgraph.queries import run_query
    from igfgraph.store import open_store

    with open_store(store, read_only=True) as graph_store:
        counts: dict[str, Any] = run_query(graph_store, "stats")[0]
    if output_format is RowFormat.table:
        for key, value in counts.items():
            note = f"  ({_STATS_NOTES[key]})" if key in _STATS_NOTES else ""
            stdout.print(f"{key:>16}  {value}{note}", highlight=False)
    else:
        print_rows([counts], list(counts), output_format)


# What a count of ``stats`` counts, when it is not plain (ingest counts the triples it
# writes into report graphs; a triple two reports hold is one triple of the store).
_STATS_NOTES = {"triples": "distinct triples in the store, the ontology's included"}


def print_per_document(evaluation: Evaluation) -> None:
    """One row per document: F1 of its people, roles, organisations, title and date."""
    from igfgraph.tools.evaluate import FOUND_ORGANISATION

    fields = {
        "people": "people",
        "people with role": "+role",
        FOUND_ORGANISATION: "org",
        "session title": "title",
        "session date": "date",
    }
    table = Table("document", "variant", *fields.values(), "lines", title="per document")
    for document in evaluation.documents:
        scores = [
            "error" if document.error else f"{document.fields[name].score.f1:.2f}"
            for name in fields
        ]
        unread = str(len(document.lines_unaccounted)) if document.lines_unaccounted else ""
        table.add_row(document.path.name, document.variant, *scores, unread)
    stdout.print(table)


def print_evaluation(evaluation: Evaluation) -> None:
    """Precision, recall and F1 overall and per variant, then what differs per document."""
    scopes = [("overall", None), *((f"variant {v}", v) for v in evaluation.variants)]
    for title, variant in scopes:
        table = Table("field", "precision", "recall", "F1", "tp", "fp", "fn", title=title)
        for name, score in evaluation.totals(variant).items():
            measures = (score.precision, score.recall, score.f1)
            counts = (score.tp, score.fp, score.fn)
            table.add_row(name, *(f"{v:.3f}" for v in measures), *map(str, counts))
        stdout.print(table)
    for document in evaluation.documents:
        if document.error:
            continue
        for name, result in document.fields.items():
            for kind, items in (("missing", result.missing), ("extra", result.extra)):
                for item in items:
                    typer.echo(f"{document.path}: {name}: {kind} {list(item)}")
        for number, text in document.lines_unaccounted:
            typer.echo(f"{document.path}:{number}: line in no fact, label or unparsed: {text}")
    perfect = sum(document.perfect for document in evaluation.documents)
    typer.echo(f"{perfect} of {len(evaluation.documents)} documents read perfectly")


@app.command("eval")
@reports_errors
def eval_command(
    folder: Annotated[
        Path, typer.Argument(metavar="DIR", help="A folder of documents with *.gold.json files.")
    ],
    output_format: Annotated[EvalFormat, typer.Option("--format")] = EvalFormat.table,
    min_f1: Annotated[
        float | None,
        typer.Option("--min-f1", metavar="F1", help="Fail when a field's overall F1 is lower."),
    ] = None,
    per_document: Annotated[
        bool,
        typer.Option("--per-document", help="Add a table of each document's main scores."),
    ] = False,
) -> None:
    """Score the parser against gold files: precision, recall and F1 per field and variant."""
    from igfgraph.tools.evaluate import evaluate

    evaluation = evaluate(folder)
    if output_format is EvalFormat.json:
        print(json.dumps(evaluation.as_dict(), ensure_ascii=False, indent=2))
    else:
        print_evaluation(evaluation)
        if per_document:
            print_per_document(evaluation)
    for document in evaluation.failed:
        complain(str(document.error))
    below = evaluation.below(min_f1) if min_f1 is not None else {}
    for name, f1 in below.items():
        complain(f"{folder}: {name}: F1 {f1:.3f} is below {min_f1}")
    if evaluation.failed or below:
        raise typer.Exit(1)


@app.command("validate")
@reports_errors
def validate_command(
    file: Annotated[
        Path | None,
        typer.Argument(
            metavar="FILE", help="A report file or an RDF file (.ttl, .trig, .nt, .nq, .jsonld)."
        ),
    ] = None,
    store: StoreOption = None,
) -> None:
    """Check a report, an RDF file or the store against the SHACL shapes and check queries."""
    from igfgraph.ingest import load_reports
    from igfgraph.rdf import report_graph_iri, report_to_dataset
    from igfgraph.store import open_store
    from igfgraph.tools.validate import (
        RDF_SUFFIXES,
        validate_graphs,
        validate_rdf_file,
        validate_store,
    )

    if file is None:
        with open_store(store, read_only=True) as graph_store:
            found = validate_store(graph_store, warnings=True)
            where = graph_store.location
    elif file.suffix.lower() in RDF_SUFFIXES:
        found, where = validate_rdf_file(file, warnings=True), str(file)
    else:
        reports = load_reports(file)
        found = validate_graphs(
            ((str(report_graph_iri(r)), report_to_dataset(r)) for r in reports), warnings=True
        )
        where = str(file)
    for problem in found:
        typer.echo(str(problem))
    violations = [problem for problem in found if not problem.is_warning]
    warnings = len(found) - len(violations)
    noted = f" ({warnings} warning{'s' * (warnings != 1)})" if warnings else ""
    say(f"{where}: {len(violations)} violations{noted}" if violations else f"{where}: valid{noted}")
    if violations:
        raise typer.Exit(1)


@app.command("reason")
@reports_errors
def reason_command(store: StoreOption = None) -> None:
    """Run the HermiT OWL reasoner and store what it infers in its own named graph."""
    from igfgraph.rdf.ontology import INFERRED_GRAPH
    from igfgraph.store import open_store
    from igfgraph.tools.reason import reason

    with open_store(store) as graph_store:
        result = reason(graph_store)
    for problem in result.inconsistencies:
        complain(f"inconsistent: {problem}")
    if not result.consistent:
        raise typer.Exit(1)
    say(
        f"consistent; inferred {len(result.inferred)} triples into {INFERRED_GRAPH} "
        f"from {result.input_triples} in {result.seconds:.1f} s"
    )


if __name__ == "__main__":
    app()
