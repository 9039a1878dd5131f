"""Every notebook in notebooks/ runs top to bottom, shows what it promises, and is
committed with its outputs as they are now, so that GitHub shows its tables and pictures.

``IGFGRAPH_UPDATE_NOTEBOOKS=1 pytest tests/test_notebooks.py`` (``make notebooks``) writes
each notebook back with the outputs of its run."""

from __future__ import annotations

import copy
import functools
import os
import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))
UPDATE = os.environ.get("IGFGRAPH_UPDATE_NOTEBOOKS") == "1"
PNG = re.compile(r"data:image/png;base64,[A-Za-z0-9+/=]+")


@functools.cache
def run_notebook(path: Path) -> nbformat.NotebookNode:
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": path.parent}}
    ).execute()
    if UPDATE:
        saved = copy.deepcopy(notebook)
        for cell in saved.cells:
            cell.metadata.pop("execution", None)
        nbformat.write(saved, path)
    return notebook


def outputs(notebook: nbformat.NotebookNode) -> list[list[dict]]:
    """Each code cell's outputs less what changes from run to run: execution counts and
    timings, and the bytes of PNG pictures (their fonts are the machine's)."""
    found = []
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        kept = []
        for output in cell.outputs:
            output = {key: value for key, value in output.items() if key != "execution_count"}
            data = dict(output.get("data", {}))
            if "image/png" in data:
                data["image/png"] = "<png>"
            if "text/html" in data:
                data["text/html"] = PNG.sub("data:image/png;base64,<png>", data["text/html"])
            if data:
                output["data"] = data
            kept.append(output)
        found.append(kept)
    return found


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_committed_outputs_are_current(path: Path):
    committed = nbformat.read(path, as_version=4)
    assert outputs(committed) == outputs(run_notebook(path)), (
        f"{path.name}: its committed outputs are stale; run 'make notebooks'"
    )


def outputs_text(notebook: nbformat.NotebookNode) -> str:
    parts = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            parts.append(output.get("text", ""))
            for value in output.get("data", {}).values():
                parts.append(value if isinstance(value, str) else "")
    return "\n".join(parts)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs(path: Path):
    notebook = run_notebook(path)
    errors = [
        output
        for cell in notebook.cells
        for output in cell.get("outputs", [])
        if output.get("output_type") == "error"
    ]
    assert errors == []


def test_quickstart_shows_the_partners_and_the_picture():
    notebook = run_notebook(NOTEBOOKS[0])
    text = outputs_text(notebook)
    assert "1 reports" in text and "0 failed" in text
    for partner in ("Chinmayi Arun", "Marietje Schaake", "Francisco Vera Hott", "Peggy Hicks"):
        assert partner in text
    assert '<iframe srcdoc="' in text
    assert "https://" not in text.split('<iframe srcdoc="', 1)[1]


def notebook_named(name: str) -> nbformat.NotebookNode:
    return run_notebook(next(path for path in NOTEBOOKS if path.name == name))


def test_who_spoke_with_whom_tables_and_pictures():
    text = outputs_text(notebook_named("02_who_spoke_with_whom.ipynb"))
    assert " reports, 0 failed" in text and " people, " in text
    for partner in ("Chinmayi Arun", "Marietje Schaake", "Francisco Vera Hott", "Peggy Hicks"):
        assert partner in text  # Kathy Brown's panel
    moderators = text.split("['", 1)[1].split("']", 1)[0].split("', '")
    assert {"Anriette Esterhuysen", "Irene Poetranto", "Lucie Krahulcova"} <= set(moderators)
    assert "Kathy Brown" not in moderators  # she spoke on a panel, and moderated none
    assert "<table" in text and text.count('<iframe srcdoc="') == 2
    assert "https://" not in text.split('<iframe srcdoc="', 1)[1]


def test_civil_society_map_tables_and_pictures():
    text = outputs_text(notebook_named("03_civil_society_map.ipynb"))
    assert " organisations, " in text and " ties" in text
    for organisation in ("Access Now", "Derechos Digitales", "Global Partners Digital"):
        assert organisation in text
    assert "{'person': " in text and "'organisation': " in text
    assert "Citizen Lab" in text  # a go-between on the seed
    assert "<table" in text and text.count('<iframe srcdoc="') == 2
