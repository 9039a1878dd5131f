"""Shared fixtures: the seed report, the development corpus, a real Virtuoso server."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest_virtuoso import virtuoso  # noqa: F401  (the real Virtuoso server fixture)

ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = Path(os.environ.get("IGFGRAPH_SHARED", ROOT.parent / "shared"))
SEED_PATH = ROOT / "examples" / "reports" / "igf2017-ws-rights-based-approach-to-cybersecurity.txt"


@pytest.fixture(name="SHARED", scope="session")
def shared_dir() -> Path:
    """The shared folder holding ``seed/`` and ``corpus/dev/`` (``$IGFGRAPH_SHARED``)."""
    if not SHARED_DIR.is_dir():
        pytest.skip(f"shared corpus not found at {SHARED_DIR}; set IGFGRAPH_SHARED")
    return SHARED_DIR


@pytest.fixture(name="SEED", scope="session")
def seed_path() -> Path:
    """The seed report (2017 rapporteur template), with its gold file beside it."""
    return SEED_PATH
