"""A small composed IGF-like web site on a loopback server, for the crawler's tests
(tests/test_crawl.py) and benchmark (bench/bench_crawl.py).

Every page is written here from invented facts. The site has a paginated listing of
sessions, session pages linking to their reports (HTML and PDF) and a transcript, a
robots.txt that disallows one path and sets a Crawl-delay, a redirect, a 404, a page that
fails with 500 once, one that answers 429 with Retry-After once, a slow page and an
oversized one. Every answer carries an ETag and a Last-Modified; a conditional request
for an unchanged page gets a 304. The server logs each request with the time it came.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LAST_MODIFIED = "Mon, 02 Dec 2019 10:00:00 GMT"
SLOW_SECONDS = 2.0
OVERSIZED_BYTES = 300_000
CRAWL_DELAY = 0.2


def page(title: str, body: str, nav: bool = True) -> str:
    """A page of the site: header, menu and footer around ``body``."""
    menu = (  # links a crawl must not follow: the site's menu, not the page's content
        '<nav class="main-menu"><ul><li><a href="/about">About</a></li>'
        '<li><a href="/igf-2019/sessions">Sessions</a></li>'
        '<li><a href="/igf-2019/workshops">Workshops</a></li>'
        '<li><a href="/igf-2019/open-forums">Open forums</a></li>'
        '<li><a href="/igf-2019/reports">Reports</a></li>'
        '<li><a href="/igf-2019/transcripts">Transcripts</a></li></ul></nav>'
        if nav
        else ""
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} | Forum</title>\n<script>var tracker = 1;</script>\n</head>\n<body>\n"
        f'<header id="site-header"><a href="/">Forum</a></header>\n{menu}\n'
        f"<main>\n<article>\n{body}\n</article>\n</main>\n"
        "<footer><p>Composed for tests.</p></footer>\n</body>\n</html>\n"
    )


def listing(number: int, sessions: list[tuple[str, str]], more: bool) -> str:
    """A page of the sessions listing; ``?page=N`` links to the next and previous pages."""
    items = "\n".join(f'<li><a href="{href}">{title}</a></li>' for href, title in sessions)
    pager = []
    if number > 0:
        previous = "/igf-2019/sessions" if number == 1 else f"/igf-2019/sessions?page={number - 1}"
        pager.append(f'<a href="{previous}">Previous</a>')
    if more:
        pager.append(f'<a href="/igf-2019/sessions?page={number + 1}">Next</a>')
    return page(
        "IGF 2019 sessions",
        f"<h1>IGF 2019 sessions</h1>\n<ul>\n{items}\n</ul>\n"
        f'<div class="pager">{" ".join(pager)}</div>',
    )


def session_page(number: int, title: str, people: list[str], links: list[tuple[str, str]]) -> str:
    """A session page: id and title, organisers, speakers, links to report and transcript."""
    speakers = "\n".join(
        f"<p>Speaker {index}: {person}</p>" for index, person in enumerate(people[1:], 1)
    )
    documents = "\n".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
    return page(
        f"IGF 2019 WS #{number} {title}",
        f"<h1>IGF 2019 WS #{number}<br>\n{title}</h1>\n"
        f'<div class="field-organizers">\n<p>Organizer 1: {people[0]}</p>\n</div>\n'
        f'<div class="field-speakers">\n{speakers}\n</div>\n'
        "<p>Round Table - 90 Min</p>\n"
        "<p>The session asks how the idea in its title can work in practice.</p>\n"
        f"<ul>\n{documents}\n</ul>",
    )


def report_html(number: int, title: str, moderator: str, panel: list[str]) -> str:
    """A session report as a web page."""
    panellists = "\n".join(f"<li>{person}</li>" for person in panel)
    return page(
        f"WS #{number} report",
        f"<h1>WS #{number} {title} – IGF 2019</h1>\n"
        "<p><strong>Date:</strong> 27 November 2019</p>\n"
        "<p><strong>Session type:</strong> Workshop</p>\n"
        f"<h3>Moderator</h3>\n<ul><li>{moderator}</li></ul>\n"
        f"<h3>Panellists</h3>\n<ul>\n{panellists}\n</ul>\n"
        "<h3>Key takeaways</h3>\n<ol><li>Small local operators need simpler licences.</li>"
        "<li>Shared towers lower the cost of the last mile.</li></ol>",
    )


def report_lines(number: int, title: str, moderator: str, panel: list[str]) -> list[str]:
    """A session report as the lines of a PDF."""
    return [
        f"WS #{number} {title} - IGF 2019",
        "Date: 28 November 2019",
        "Session type: Workshop",
        "Moderator",
        f"- {moderator}",
        "Panellists",
        *[f"- {person}" for person in panel],
        "Key takeaways",
        "1. Public bodies should publish the standards they buy.",
    ]


def transcript(number: int, title: str) -> str:
    """A plain-text transcript of WS #12: who spoke, in turns."""
    return (
        f"IGF 2019 - Day 2 - Room III - WS #{number} {title}\n"
        "The following are the outputs of the captioning taken during the meeting.\n\n"
        ">> MODERATOR: Good morning. My name is Maria Santos, and I will moderate this "
        "session. With me are David Okafor from Rural Connect and Anna Berg from Open Mesh.\n"
        ">> DAVID OKAFOR: Thank you, Maria. A village can build its own network.\n"
        ">> ANNA BERG: I agree with David. Spectrum rules decide whether it may.\n"
        ">> MARIA SANTOS: Thank you both, the session is closed.\n"
    )


def pdf_bytes(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer is ``lines`` (Helvetica, one line each)."""
    text = "".join(
        f"BT /F1 11 Tf 56 {760 - 18 * index} Td ({line}) Tj ET\n"
        for index, line in enumerate(lines)
    ).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text + b"endstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


WS12 = "Community Networks in Rural Areas"
WS20 = "Open Standards for Public Services"
WS31 = "Youth Voices in Local Policy"
WS50 = "Digital Skills for Older People"
WS60 = "Measuring Online Harms"

HTML = "text/html; charset=utf-8"


@dataclass
class Answer:
    """What the site answers for one path."""

    body: bytes
    content_type: str = HTML
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    before: list[tuple[int, dict[str, str]]] = field(default_factory=list)  # failures first
    sleep: float = 0.0


def composed_pages() -> dict[str, Answer]:
    """Every path of the site and its answer."""
    ws12 = ["Maria Santos, Rural Connect", "David Okafor, Rural Connect", "Anna Berg, Open Mesh"]
    ws20 = ["Peter Lindqvist, Open Standards Alliance", "Laura Mendes, Ministry of Digital Affairs"]
    pages = {
        "/robots.txt": Answer(
            f"User-agent: *\nDisallow: /private/\nCrawl-delay: {CRAWL_DELAY}\n".encode(),
            "text/plain",
        ),
        "/igf-2019/sessions": listing(
            0,
            [
                ("/igf-2019/ws-12", WS12),
                ("/igf-2019/ws-20", WS20),
                ("/old/ws-31", WS31),
                ("/igf-2019/ws-404", "A session that is gone"),
                ("/private/ws-99", "A draft session"),
            ],
            more=True,
        ),
        "/igf-2019/sessions?page=1": listing(
            1,
            [
                ("/igf-2019/ws-50", WS50),
                ("/igf-2019/ws-60", WS60),
                ("/igf-2019/ws-70", "A slow page"),
                ("/igf-2019/ws-80", "An oversized page"),
            ],
            more=False,
        ),
        "/igf-2019/ws-12": session_page(
            12,
            WS12,
            ws12,
            [("/igf-2019/ws-12/report", "Report"), ("/igf-2019/ws-12/transcript", "Transcript")],
        ),
        "/igf-2019/ws-12/report": report_html(12, WS12, ws12[0], ws12[1:]),
        "/igf-2019/ws-12/transcript": Answer(
            transcript(12, WS12).encode(), "text/plain; charset=utf-8"
        ),
        "/igf-2019/ws-20": session_page(
            20, WS20, ws20, [("/files/ws-20-report.pdf", "Report (PDF)")]
        ),
        "/files/ws-20-report.pdf": Answer(
            pdf_bytes(report_lines(20, WS20, ws20[0], ws20[1:])), "application/pdf"
        ),
        "/old/ws-31": Answer(b"", status=301, headers={"Location": "/igf-2019/ws-31"}),
        "/igf-2019/ws-31": session_page(
            31, WS31, ["Sofia Rossi, Youth Forum", "James Mwangi, Youth Forum"], []
        ),
        "/igf-2019/ws-50": Answer(
            session_page(
                50, WS50, ["Daniel Novak, Silver Surfers", "Helen Clark, Age Net"], []
            ).encode(),
            before=[(500, {})],
        ),
        "/igf-2019/ws-60": Answer(
            session_page(
                60, WS60, ["Olga Petrova, Safe Web", "Thomas Weber, Safe Web"], []
            ).encode(),
            before=[(429, {"Retry-After": "1"})],
        ),
        "/igf-2019/ws-70": Answer(
            session_page(
                70, "A slow page", ["Nina Hansen, Slow Org", "Paul Meyer, Slow Org"], []
            ).encode(),
            sleep=SLOW_SECONDS,
        ),
        "/igf-2019/ws-80": page("Oversized", "<p>" + "x" * OVERSIZED_BYTES + "</p>"),
        "/private/ws-99": page("Private", "<p>Never to be fetched.</p>"),
        "/about": page("About", "<p>About the forum.</p>"),
    }
    return {
        path: answer if isinstance(answer, Answer) else Answer(answer.encode())
        for path, answer in pages.items()
    }


ALLOWED = {
    "/robots.txt",
    "/igf-2019/sessions",
    "/igf-2019/sessions?page=1",
    "/igf-2019/ws-12",
    "/igf-2019/ws-12/report",
    "/igf-2019/ws-12/transcript",
    "/igf-2019/ws-20",
    "/files/ws-20-report.pdf",
    "/old/ws-31",
    "/igf-2019/ws-31",
    "/igf-2019/ws-404",
    "/igf-2019/ws-50",
    "/igf-2019/ws-60",
    "/igf-2019/ws-70",
    "/igf-2019/ws-80",
}
"""Every path a crawl of the listing may ask for: not /private/ (robots.txt), not /about."""


@dataclass
class Request:
    """One request the site received."""

    path: str
    at: float  # time.monotonic() when it came
    headers: dict[str, str]
    status: int


class Site:
    """The composed site on 127.0.0.1, in a thread; ``requests`` logs what it was asked."""

    def __init__(self, pages: dict[str, Answer] | None = None) -> None:
        self.pages = pages if pages is not None else composed_pages()
        self.requests: list[Request] = []
        self._failures = {path: list(answer.before) for path, answer in self.pages.items()}
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.answer(self)

            def log_message(self, *_args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        """The site's address, ``http://127.0.0.1:PORT``."""
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> Site:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def rearm(self) -> None:
        """Fail once more where the site fails first (500, 429), and forget the log."""
        self._failures = {path: list(answer.before) for path, answer in self.pages.items()}
        self.requests.clear()

    def paths(self, status: int | None = None) -> list[str]:
        """The paths asked for, in order (only those answered with ``status``)."""
        return [r.path for r in self.requests if status is None or r.status == status]

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        """Answer one request as the page's :class:`Answer` says."""
        at = time.monotonic()
        answer = self.pages.get(handler.path)
        headers = dict(handler.headers.items())
        request = Request(handler.path, at, headers, 0)  # logged as it comes, status later
        with self._lock:
            self.requests.append(request)
        status, extra, body = 404, {}, b"<html><body><p>Not found</p></body></html>"
        if answer is not None:
            with self._lock:
                failure = (
                    self._failures[handler.path].pop(0) if self._failures[handler.path] else None
                )
            if failure is not None:
                status, extra, body = failure[0], failure[1], b"try again"
            else:
                if answer.sleep:
                    time.sleep(answer.sleep)
                status, extra, body = answer.status, dict(answer.headers), answer.body
                if status == 200:
                    etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                    extra |= {"ETag": etag, "Last-Modified": LAST_MODIFIED}
                    if headers.get("If-None-Match") == etag:
                        status, body = 304, b""
        request.status = status
        try:
            handler.send_response(status)
            content_type = answer.content_type if answer is not None else HTML
            handler.send_header("Content-Type", content_type)
            for name, value in extra.items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a time-out, a page too large)


def large_site(sessions: int, per_listing: int = 10) -> dict[str, Answer]:
    """A site of ``sessions`` sessions, each a page, an HTML report and a transcript, listed
    ``per_listing`` to a page: ``3 * sessions + sessions / per_listing`` pages in all."""
    pages: dict[str, Answer] = {
        "/robots.txt": Answer(b"User-agent: *\nDisallow: /private/\n", "text/plain")
    }
    listed = [(f"/igf-2019/ws-{n}", f"Composed session {n}") for n in range(1, sessions + 1)]
    listings = [listed[i : i + per_listing] for i in range(0, sessions, per_listing)]
    for number, entries in enumerate(listings):
        path = "/igf-2019/sessions" + (f"?page={number}" if number else "")
        more = number + 1 < len(listings)
        pages[path] = Answer(listing(number, entries, more).encode())
    people = ["Maria Santos, Rural Connect", "David Okafor, Rural Connect", "Anna Berg, Open Mesh"]
    for n in range(1, sessions + 1):
        title = f"Composed session {n}"
        base = f"/igf-2019/ws-{n}"
        links = [(f"{base}/report", "Report"), (f"{base}/transcript", "Transcript")]
        pages[base] = Answer(session_page(n, title, people, links).encode())
        pages[f"{base}/report"] = Answer(report_html(n, title, people[0], people[1:]).encode())
        pages[f"{base}/transcript"] = Answer(transcript(n, title).encode(), "text/plain")
    return pages
