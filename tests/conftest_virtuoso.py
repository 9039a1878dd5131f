"""The session's real Virtuoso server, as the ``virtuoso`` fixture.

Import it into ``tests/conftest.py`` (``from conftest_virtuoso import virtuoso``). The
fixture fails, never skips, when Virtuoso is not installed.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from virtuoso import Virtuoso, VirtuosoError


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    """A Virtuoso Open Source server on loopback with a fresh database and dba password."""
    server: Virtuoso | None = None
    try:
        server = Virtuoso.start(tmp_path_factory.mktemp("virtuoso"))
    except VirtuosoError as error:
        failure = str(error)  # failed outside the except: no chained traceback
    if server is None:
        pytest.fail(failure, pytrace=False)
    yield server
    server.stop()
