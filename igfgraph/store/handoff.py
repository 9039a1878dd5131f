"""Bytes handed to a server that fetches them itself: each offered under a secret path of
a small HTTP server on the loopback interface, for as long as the offer lasts::

    with Handoff() as handoff, handoff.offered(b"<s> <p> <o> <g> .\\n") as url:
        ...  # the server GETs url (Virtuoso: bif:http_get)

Anything else asked for is a 404 with an empty body.
"""

from __future__ import annotations

import http.server
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager

LOOPBACK = "127.0.0.1"


class _Handler(http.server.BaseHTTPRequestHandler):
    """GET of an offered path: its bytes; of anything else: 404."""

    offers: dict[str, bytes]

    def do_GET(self) -> None:
        payload = self.offers.get(self.path)
        self.send_response(200 if payload is not None else 404)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(payload or b"")))
        self.end_headers()
        self.wfile.write(payload or b"")

    def log_message(self, *_args: object) -> None:
        """Quiet: requests are not logged."""


class Handoff:
    """An HTTP server on ``127.0.0.1`` (a free port) serving offered bytes, in a thread."""

    def __init__(self) -> None:
        handler = type("Handler", (_Handler,), {"offers": {}})
        self._offers: dict[str, bytes] = handler.offers
        self._server = http.server.ThreadingHTTPServer((LOOPBACK, 0), handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    @contextmanager
    def offered(self, payload: bytes) -> Iterator[str]:
        """The URL serving ``payload`` until the block ends."""
        path = f"/{secrets.token_hex(16)}"
        self._offers[path] = payload
        try:
            yield f"http://{LOOPBACK}:{self._server.server_address[1]}{path}"
        finally:
            del self._offers[path]

    def close(self) -> None:
        """Stop serving."""
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> Handoff:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
