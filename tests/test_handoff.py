"""igfgraph.store.handoff: bytes served on loopback under a secret path while offered."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest

from igfgraph.store.handoff import Handoff


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read()


def test_an_offer_is_served_while_it_lasts_and_nothing_else() -> None:
    with Handoff() as handoff:
        with handoff.offered('<a> <b> "é" <g> .\n'.encode()) as url:
            assert url.startswith("http://127.0.0.1:")
            assert fetch(url).decode() == '<a> <b> "é" <g> .\n'
            assert fetch(url) == fetch(url)  # fetched again on a retry
            with pytest.raises(urllib.error.HTTPError, match="404"):
                fetch(url.rsplit("/", 1)[0] + "/guessed")
        with pytest.raises(urllib.error.HTTPError, match="404"):
            fetch(url)
