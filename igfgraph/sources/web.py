"""Web pages and documents as sources: fetched politely, cached on disk, saved as files.

A :class:`WebClient` fetches one URL at a time: only http and https, never a private or
loopback address (unless allowed), robots.txt obeyed (protego), one request at a time per
host with a pause between them (the given delay or the site's Crawl-delay, whichever is
longer), retries with backoff on 429 and 5xx answers (a Retry-After is honoured), a
time-out per request and a cap on the size of a page. Every answer goes through an HTTP
cache on disk (requests-cache, SQLite): a page fetched within :data:`FRESH_FOR` is taken
from the cache without asking, an older one is asked for again with its ETag or
Last-Modified (a 304 keeps the cached copy), and ``offline`` reads the cache alone.

The body of each document is saved under the cache folder as a file
(:class:`WebDocument`); ingest reads that file, and the spans of the facts read from it
name the document's URL and the line of the saved text.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import ipaddress
import os
import socket
import time
import urllib.parse
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import requests
import requests_cache
from protego import Protego
from requests.adapters import HTTPAdapter
from urllib3.exceptions import HTTPError as TransportError

from igfgraph.errors import InputError
from igfgraph.sources.document import WebDocument
from igfgraph.sources.limits import max_bytes

DEFAULT_DELAY = 1.0  # seconds between two requests to one host
DEFAULT_TIMEOUT = 30.0  # seconds for one request
DEFAULT_CACHE = Path(".igfgraph-cache")
FRESH_FOR = dt.timedelta(hours=12)  # a page fetched this recently is not asked for again
RETRIES = 3  # more tries after a 429, a 5xx or a broken connection
RETRY_WAIT = 1.0  # seconds before the first retry; doubled each time
MAX_RETRY_AFTER = 300.0  # a site asking to wait longer than this is given up on
MAX_REDIRECTS = 5
ROBOTS_AGENT = "igfgraph"
REDIRECTS = frozenset({301, 302, 303, 307, 308})
SCHEMES = frozenset({"http", "https"})
# The suffix a document is read with, by its Content-Type.
_SUFFIXES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}
_URL_SUFFIXES = frozenset({".html", ".htm", ".txt", ".md", ".pdf", ".docx"})


def user_agent() -> str:
    """The User-Agent igfgraph fetches with: its name and version."""
    try:
        own = version("igfgraph")
    except PackageNotFoundError:  # pragma: no cover - run from a source tree
        own = "dev"
    return f"igfgraph/{own} (IGF session reports into a knowledge graph; polite crawler)"


def is_url(text: str) -> bool:
    """True for an ``http://`` or ``https://`` address (what ``ingest`` fetches)."""
    return text.lower().startswith(("http://", "https://"))


class FetchError(InputError):
    """A URL that could not be fetched: one line, the URL and what is wrong."""

    def __init__(self, url: str, message: str) -> None:
        super().__init__(url, message)
        self.url = url


class RobotsRefused(FetchError):
    """A URL that the site's robots.txt does not allow igfgraph to fetch."""


@dataclass
class FetchCounts:
    """What a client did: requests sent, answers from the cache, 304s, retries."""

    requests: int = 0  # sent to a server (robots.txt included)
    from_cache: int = 0  # answered by the cache without asking
    revalidated: int = 0  # answered by a 304 to a conditional request
    retries: int = 0


@dataclass
class Fetched:
    """One answer: the final URL (after redirects), its body and where it came from."""

    url: str
    status: int
    content_type: str
    body: bytes
    fetched_at: dt.datetime
    from_cache: bool = False
    revalidated: bool = False


class _PoliteAdapter(HTTPAdapter):
    """The transport under the cache: whatever reaches it goes to the network, so the
    pause per host, the address check, retries and the size cap live here."""

    def __init__(self, client: WebClient) -> None:
        super().__init__()
        self.client = client

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        """Send ``request`` politely; retry 429 and 5xx answers; cap the body."""
        client = self.client
        url = str(request.url)
        client.check_address(url)
        kwargs["stream"] = True
        kwargs["timeout"] = client.timeout
        for attempt in range(RETRIES + 1):
            client.wait_turn(url)
            client.counts.requests += 1
            try:
                response = super().send(request, **kwargs)
            except requests.Timeout as error:
                raise FetchError(
                    url,
                    f"no answer within {client.timeout:g} s; try again later, or raise --timeout",
                ) from error
            except requests.ConnectionError as error:
                if attempt == RETRIES:
                    raise FetchError(
                        url, f"cannot connect ({_reason(error)}); check the address and the network"
                    ) from error
                client.counts.retries += 1
                time.sleep(client.retry_wait * 2**attempt)
                continue
            finally:
                client.done_turn(url)
            if (response.status_code == 429 or response.status_code >= 500) and attempt < RETRIES:
                wait = _retry_after(response, client.retry_wait * 2**attempt)
                response.close()
                if wait > MAX_RETRY_AFTER:
                    raise FetchError(url, f"the site asks to wait {wait:,.0f} s (Retry-After)")
                client.counts.retries += 1
                client.pause(url, wait)
                continue
            _read_capped(response, url)
            return response
        raise AssertionError("unreachable")  # pragma: no cover


def _reason(error: Exception) -> str:
    text = str(error.args[0]) if error.args else type(error).__name__
    return text.rsplit(": ", 1)[-1].strip("')\"") or type(error).__name__


def _retry_after(response: requests.Response, default: float) -> float:
    """Seconds to wait as the answer's Retry-After says (seconds or a date), else ``default``."""
    given = response.headers.get("Retry-After", "").strip()
    if given.isdigit():
        return float(given)
    if given:
        when = email.utils.parsedate_to_datetime(given)
        if when is not None:
            return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())
    return default


def _read_capped(response: requests.Response, url: str) -> None:
    """Read the body of ``response`` into it, refusing one larger than :func:`max_bytes`."""
    limit = max_bytes()
    declared = response.headers.get("Content-Length", "")
    too_big = FetchError(
        url,
        f"is larger than the limit of {limit:,} bytes; if it really is a report, "
        "raise the limit with --max-bytes",
    )
    if declared.isdigit() and int(declared) > limit:
        response.close()
        raise too_big
    body = bytearray()
    try:
        for chunk in response.raw.stream(64 * 1024, decode_content=True):
            body.extend(chunk)
            if len(body) > limit:
                response.close()
                raise too_big
    except TransportError as error:  # a read time-out or a cut connection
        response.close()
        raise FetchError(url, "the answer stopped coming; try again later") from error
    response._content = bytes(body)  # what requests does when it reads the body itself
    response._content_consumed = True  # type: ignore[attr-defined]


@dataclass
class WebClient:
    """Fetches URLs politely through a disk cache; one per run (see the module's notes)."""

    cache: Path = DEFAULT_CACHE
    delay: float = DEFAULT_DELAY
    timeout: float = DEFAULT_TIMEOUT
    offline: bool = False
    allow_private: bool = False
    refresh: bool = False  # ask again for every cached page (conditional requests)
    retry_wait: float = RETRY_WAIT
    counts: FetchCounts = field(default_factory=FetchCounts)
    _robots: dict[str, Protego | None] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)  # host -> when its last answer came
    _wait: dict[str, float] = field(default_factory=dict)  # host -> a pause it asked for

    def __post_init__(self) -> None:
        self.cache.mkdir(parents=True, exist_ok=True)
        self.session = requests_cache.CachedSession(
            str(self.cache / "http"),
            backend="sqlite",
            expire_after=FRESH_FOR,
            cache_control=False,
            allowable_codes=(200, *sorted(REDIRECTS)),
            # offline, a page fetched long ago is still the page: the cache answers with it
            stale_if_error=self.offline,
        )
        self.session.headers["User-Agent"] = user_agent()
        adapter = _PoliteAdapter(self)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)

    def close(self) -> None:
        """Close the cache's database."""
        self.session.close()

    def __enter__(self) -> WebClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # Politeness

    def host_delay(self, url: str) -> float:
        """Seconds between two requests to the host of ``url``: the delay, or the site's
        Crawl-delay when that is longer."""
        robots = self._robots.get(_origin(url))
        crawl_delay = robots.crawl_delay(ROBOTS_AGENT) if robots is not None else None
        return max(self.delay, float(crawl_delay or 0))

    def wait_turn(self, url: str) -> None:
        """Sleep until the host of ``url`` may be asked again."""
        host = _origin(url)
        ready = self._last.get(host, -1e9) + max(self.host_delay(url), self._wait.pop(host, 0.0))
        now = time.monotonic()
        if ready > now:
            time.sleep(ready - now)

    def done_turn(self, url: str) -> None:
        """Note that the host of ``url`` has just answered."""
        self._last[_origin(url)] = time.monotonic()

    def pause(self, url: str, seconds: float) -> None:
        """Ask nothing more of the host of ``url`` for ``seconds`` (a Retry-After)."""
        self._wait[_origin(url)] = seconds

    def check_address(self, url: str) -> None:
        """Refuse a URL whose host is a private, loopback or link-local address."""
        if self.allow_private:
            return
        host = urllib.parse.urlsplit(url).hostname or ""
        try:
            infos = socket.getaddrinfo(host, None)
        except (socket.gaierror, UnicodeError) as error:
            raise FetchError(
                url, f"the host {host!r} is not known ({error}); check the address"
            ) from error
        for info in infos:
            address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
            if not address.is_global:
                raise FetchError(
                    url,
                    f"{host} is a private or local address ({address}); igfgraph fetches "
                    "public sites only (--allow-private to allow it)",
                )

    def robots(self, url: str) -> Protego | None:
        """The robots.txt rules of the site of ``url`` (None when it has none)."""
        origin = _origin(url)
        if origin not in self._robots:
            self._robots[origin] = None  # while it is being fetched, and if it fails
            try:
                answer = self._get(f"{origin}/robots.txt")
            except FetchError:
                return None
            if answer.status_code == 200:
                text = answer.content.decode("utf-8", errors="replace")
                self._robots[origin] = Protego.parse(text)
            elif answer.status_code >= 500:  # RFC 9309: a site that cannot say forbids all
                self._robots[origin] = Protego.parse("User-agent: *\nDisallow: /\n")
        return self._robots[origin]

    def allowed(self, url: str) -> bool:
        """True when robots.txt lets igfgraph fetch ``url``."""
        robots = self.robots(url)
        return robots is None or robots.can_fetch(url, ROBOTS_AGENT)

    # Fetching

    def _get(self, url: str) -> requests.Response:
        if self.offline:
            answer = self.session.get(url, allow_redirects=False, only_if_cached=True)
            if answer.status_code == 504 and not getattr(answer, "from_cache", False):
                raise FetchError(url, "is not in the cache; fetch it once without --offline")
        else:
            answer = self.session.get(url, allow_redirects=False, refresh=self.refresh)
        if getattr(answer, "revalidated", False):
            self.counts.revalidated += 1
        elif getattr(answer, "from_cache", False):
            self.counts.from_cache += 1
        return answer

    def fetch(self, url: str, hosts: frozenset[str] | None = None) -> Fetched:
        """Fetch ``url``, following redirects within ``hosts`` (default: the URL's own host).

        Raise :class:`RobotsRefused` when robots.txt forbids it, :class:`FetchError` for
        anything else that goes wrong (one line, as for a file).
        """
        url = check_url(url)
        allowed_hosts = hosts or frozenset({host_of(url)})
        for _ in range(MAX_REDIRECTS + 1):
            if not self.allowed(url):
                raise RobotsRefused(url, "robots.txt does not allow igfgraph to fetch it")
            try:
                answer = self._get(url)
            except requests.RequestException as error:
                raise FetchError(url, f"cannot be fetched ({type(error).__name__})") from error
            if answer.status_code in REDIRECTS and "Location" in answer.headers:
                target = check_url(urllib.parse.urljoin(url, answer.headers["Location"]))
                if host_of(target) not in allowed_hosts:
                    raise FetchError(
                        url, f"redirects to {target}, outside the sites being read; not followed"
                    )
                url = target
                continue
            if answer.status_code != 200:
                raise FetchError(url, _status_message(answer.status_code))
            created = getattr(answer, "created_at", None)
            fetched_at = created if isinstance(created, dt.datetime) else dt.datetime.now(dt.UTC)
            return Fetched(
                url,
                answer.status_code,
                answer.headers.get("Content-Type", "").split(";", 1)[0].strip().lower(),
                answer.content,
                fetched_at.astimezone(dt.UTC).replace(microsecond=0),
                bool(getattr(answer, "from_cache", False)),
                bool(getattr(answer, "revalidated", False)),
            )
        raise FetchError(url, f"redirects more than {MAX_REDIRECTS} times; not followed")

    def save(self, fetched: Fetched) -> WebDocument | None:
        """Save the body of a fetched document under the cache folder; None when it is not
        a kind of document igfgraph reads (an image, a script)."""
        suffix = document_suffix(fetched.url, fetched.content_type)
        if suffix is None:
            return None
        name = hashlib.sha256(fetched.url.encode("utf-8")).hexdigest()
        path = self.cache / "documents" / name[:2] / f"{name}{suffix}"
        if not path.is_file() or path.read_bytes() != fetched.body:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(f"{suffix}.part")
            partial.write_bytes(fetched.body)
            os.replace(partial, path)  # a kill never leaves half a file
        return WebDocument(fetched.url, path, suffix, fetched.fetched_at)

    def document(self, url: str) -> WebDocument:
        """Fetch and save one document (``igfgraph ingest URL``)."""
        fetched = self.fetch(url)
        saved = self.save(fetched)
        if saved is None:
            raise FetchError(
                fetched.url,
                f"is {fetched.content_type or 'of no stated type'}, not a page or document "
                "igfgraph reads (HTML, text, PDF, Word)",
            )
        return saved


def _status_message(status: int) -> str:
    if status == 404 or status == 410:
        return f"not found (HTTP {status}); check the link"
    if status == 504:
        return "is not in the cache; fetch it once without --offline"
    if status == 429:
        return "the site still refuses after retries (HTTP 429, too many requests)"
    if status >= 500:
        return f"the site failed (HTTP {status}) after {RETRIES} retries; try again later"
    return f"answered HTTP {status}"


def check_url(url: str) -> str:
    """``url`` without its fragment, when it is http or https; :class:`FetchError` else."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme.lower() not in SCHEMES or not parts.hostname:
        raise FetchError(url, "is not an http or https address; igfgraph fetches only those")
    return urllib.parse.urlunsplit(parts._replace(fragment=""))


def host_of(url: str) -> str:
    """The host (and port) of ``url``, lower case."""
    return urllib.parse.urlsplit(url).netloc.lower()


def _origin(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def document_suffix(url: str, content_type: str) -> str | None:
    """How a fetched body is read (``.html``, ``.pdf`` ...), by its type, else its URL."""
    if content_type in _SUFFIXES:
        return _SUFFIXES[content_type]
    suffix = Path(urllib.parse.urlsplit(url).path).suffix.lower()
    if suffix in _URL_SUFFIXES:
        return ".html" if suffix == ".htm" else suffix
    return ".html" if not content_type else None


__all__ = [
    "DEFAULT_CACHE",
    "DEFAULT_DELAY",
    "DEFAULT_TIMEOUT",
    "FetchCounts",
    "FetchError",
    "Fetched",
    "RobotsRefused",
    "WebClient",
    "WebDocument",
    "check_url",
    "host_of",
    "is_url",
    "user_agent",
]
