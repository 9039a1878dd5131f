"""From listing pages to session documents: which links a crawl follows, in what order.

A crawl starts from listing pages (a year's reports, a programme, a session page) and
reads breadth first, one page at a time through a :class:`~igfgraph.sources.web.WebClient`:
links on the start URLs' hosts whose URL matches a ``follow`` pattern are queued (by
default the IGF site's session pages, reports, transcripts, PDF and Word files and the
next pages of listings). A page that is a listing (a page of a paginated list, or one
linking to :data:`LISTING_MIN_LINKS` followed pages or more) only leads to documents;
every other page and file is a document to ingest. The order is the same on every run,
so a crawl started again after an interruption reads the same documents, the ones it
has from the cache.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from lxml import etree, html

from igfgraph.sources.html import is_furniture
from igfgraph.sources.web import (
    Fetched,
    FetchError,
    RobotsRefused,
    WebClient,
    WebDocument,
    check_url,
    host_of,
)

DEFAULT_FOLLOW = (
    r"[?&]page=\d+",  # the next pages of a listing
    r"/content/igf-\d{4}",  # session pages and reports on the IGF's site
    r"(?i)session|workshop|/ws-?\d|open-forum|report|transcript",
    r"(?i)\.(pdf|docx)(\?|$)",
)
"""What a crawl follows unless ``--follow`` says otherwise (searched in the whole URL)."""
PAGINATION = re.compile(r"[?&]page=\d+")
LISTING_MIN_LINKS = 5
_YEAR = re.compile(r"(?<!\d)(?:199\d|20\d\d)(?!\d)")


@dataclass
class CrawlSummary:
    """What a crawl found: documents to ingest, and what it could not or would not fetch."""

    documents: list[WebDocument] = field(default_factory=list)
    listings: list[str] = field(default_factory=list)
    failed: list[FetchError] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # by robots.txt
    skipped: list[str] = field(default_factory=list)  # not documents, or past --max-pages
    pages: int = 0  # pages and documents read (from the network or the cache)

    @property
    def ok(self) -> bool:
        """True when nothing failed."""
        return not self.failed


def links(fetched: Fetched) -> list[str]:
    """The http(s) links of an HTML page's content, absolute, without fragments, in page
    order: not those of its menus, header and footer, except to the next pages of a
    listing (a pager is page furniture, but it leads to the rest of the listing)."""
    if document_kind(fetched) != "html" or not fetched.body.strip():
        return []
    try:
        root = html.document_fromstring(fetched.body, base_url=fetched.url)
    except (etree.ParserError, ValueError):
        return []
    root.make_links_absolute(fetched.url, resolve_base_href=True, handle_failures="discard")
    found: dict[str, None] = {}
    for element in root.xpath("//a[@href] | //link[@rel='next'][@href]"):
        try:
            url = check_url(element.get("href"))
        except FetchError:
            continue  # mailto:, javascript:, ...
        if element.tag == "link" or PAGINATION.search(url) or not is_furniture(element):
            found[url] = None
    return list(found)


def document_kind(fetched: Fetched) -> str:
    """``html`` for a web page, else the kind of its body (``pdf``, ...)."""
    if fetched.content_type in ("text/html", "application/xhtml+xml", ""):
        return "html"
    return fetched.content_type.rsplit("/", 1)[-1]


def before(url: str, since: dt.date | None) -> bool:
    """True when ``url`` names only years before ``since`` (``/igf-2017/...``)."""
    if since is None:
        return False
    years = [int(year) for year in _YEAR.findall(url)]
    return bool(years) and max(years) < since.year


def crawl(
    client: WebClient,
    starts: Iterable[str],
    follow: Iterable[str] = DEFAULT_FOLLOW,
    max_pages: int | None = None,
    since: dt.date | None = None,
    on_page: Callable[[str, str], None] | None = None,
) -> CrawlSummary:
    """Read ``starts`` and the pages their links lead to (see the module's notes).

    ``on_page(url, what)`` hears of each URL done: ``fetched``, ``cached`` (from the cache
    or a 304), ``refused`` (robots.txt), ``failed`` or ``skipped``.
    """
    heard = on_page or (lambda _url, _what: None)
    patterns = [re.compile(pattern) for pattern in follow]
    summary = CrawlSummary()
    queue: deque[str] = deque()
    seen: set[str] = set()
    for start in starts:
        try:
            url = check_url(start)
        except FetchError as error:
            summary.failed.append(error)
            heard(start, "failed")
            continue
        if url not in seen:
            seen.add(url)
            queue.append(url)
    hosts = frozenset(host_of(url) for url in queue)
    while queue:
        url = queue.popleft()
        if max_pages is not None and summary.pages >= max_pages:
            summary.skipped.append(url)
            heard(url, "skipped")
            continue
        try:
            fetched = client.fetch(url, hosts)
        except RobotsRefused:
            summary.refused.append(url)
            heard(url, "refused")
            continue
        except FetchError as error:
            summary.pages += 1
            summary.failed.append(error)
            heard(url, "failed")
            continue
        summary.pages += 1
        if fetched.url != url and fetched.url in seen:  # a redirect to a page already read
            heard(url, "cached" if fetched.from_cache or fetched.revalidated else "fetched")
            continue
        seen.add(fetched.url)
        followed = [
            link
            for link in links(fetched)
            if host_of(link) in hosts
            and any(pattern.search(link) for pattern in patterns)
            and not before(link, since)
        ]
        for link in followed:
            if link not in seen:
                seen.add(link)
                queue.append(link)
        if PAGINATION.search(fetched.url) or len(followed) >= LISTING_MIN_LINKS:
            summary.listings.append(fetched.url)
        elif (document := client.save(fetched)) is not None:
            summary.documents.append(document)
        else:
            summary.skipped.append(fetched.url)
        heard(url, "cached" if fetched.from_cache or fetched.revalidated else "fetched")
    return summary


__all__ = ["DEFAULT_FOLLOW", "CrawlSummary", "crawl", "links"]
