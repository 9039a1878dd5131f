"""Every document of every corpus: nothing lost, and every span points at its own lines.

Runs over the seed, the shared dev corpus (when present), the project's own corpus
(``tests/fixtures/corpus/``) and the documents composed in the layouts of real ones
(``tests/fixtures/layouts/``), one test per document, so a failure names the document
and lists its lines. The layouts are not all read perfectly yet: their scores may only
rise (``test_the_layouts_are_read_no_worse``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, SEED_PATH, SHARED_DIR

from igfgraph.parse.coverage import NOT_READ, report_spans, unaccounted_lines
from igfgraph.sources import read_source
from igfgraph.tools.evaluate import evaluate, gold_documents, read_reports

OWN_CORPUS = ROOT / "tests" / "fixtures" / "corpus"
LAYOUTS = ROOT / "tests" / "fixtures" / "layouts"
DEV_CORPUS = SHARED_DIR / "corpus" / "dev"
CORPORA = {"seed": SEED_PATH.parent, "dev": DEV_CORPUS, "own": OWN_CORPUS, "layouts": LAYOUTS}
# F1 per field on the layouts when this test was written: raise a floor when the reader
# gets better, never lower one.
LAYOUT_FLOORS = {
    "people": 1.0,
    "people with role": 1.0,
    "organisation of found people": 0.93,
    "people with organisation": 0.62,
    "people with stakeholder group": 0.90,
    "organisers": 0.71,
    "session id": 1.0,
    "session year": 0.95,
    "session type": 0.90,
    "session title": 0.97,
    "session date": 0.94,
}


def corpus_documents() -> list[pytest.param]:
    """One parameter per document with a gold file, named ``corpus/file``."""
    return [
        pytest.param(document, id=f"{name}/{document.name}")
        for name, folder in CORPORA.items()
        if folder.is_dir()
        for document, _gold in gold_documents(folder)
    ]


DOCUMENTS = corpus_documents()


def test_the_corpora_are_there():
    """The own corpus has its 40 documents; the dev corpus is whole when present."""
    own = [p for p in DOCUMENTS if p.id.startswith("own/")]
    assert len(own) >= 40, f"{len(own)} documents in {OWN_CORPUS}"
    if DEV_CORPUS.is_dir():
        assert len([p for p in DOCUMENTS if p.id.startswith("dev/")]) == 11


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_line_is_accounted_for(document: Path):
    """Each non-blank line is in a fact's span, a recognised label or ``unparsed``."""
    source = read_source(document)
    reports = read_reports(source)
    assert unaccounted_lines(source, reports) == []
    unread = [warning for report in reports for warning in report.warnings if NOT_READ in warning]
    assert unread == [], "\n".join(unread)  # the template read every line, not the net


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_span_holds_its_lines(document: Path):
    """A fact's span names this file and holds exactly the text of its line range."""
    source = read_source(document)
    wrong = [
        f"{span}: {span.text!r}"
        for report in read_reports(source)
        for span in report_spans(report)
        if span.file != source.path
        or not 1 <= span.start_line <= span.end_line <= len(source.lines)
        or span.text != "\n".join(source.lines[span.start_line - 1 : span.end_line])
    ]
    assert wrong == [], "\n".join(wrong)


def test_the_layouts_are_read_no_worse():
    """Each field of the composed layouts scores at least its floor."""
    totals = evaluate(LAYOUTS).totals()
    below = {
        name: round(totals[name].f1, 3)
        for name, floor in LAYOUT_FLOORS.items()
        if totals[name].f1 < floor
    }
    assert below == {}
