"""Every notebook in notebooks/ runs top to bottom, and shows what it promises."""

from __future__ import annotations

import functools
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


@functools.cache
def run_notebook(path: Path) -> nbformat.NotebookNode:
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": path.parent}}
    ).execute()
    return notebook


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
