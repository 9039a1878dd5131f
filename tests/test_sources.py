"""Reading report files: encodings, line endings, and inputs that are not reports."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from igfgraph.errors import InputError
from igfgraph.parse import parse
from igfgraph.resolve import resolve
from igfgraph.sources import read_source


def people_of(path: Path) -> list[tuple[str, str, str | None]]:
    report = resolve(parse(read_source(path)))
    return [
        (p.name, p.role.value, p.organisation.name if p.organisation else None)
        for p in report.people
    ]


def one_line_error(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        parse(read_source(path))
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(str(path))
    return message


@pytest.fixture(scope="module")
def seed_text(SEED: Path) -> str:
    return SEED.read_text(encoding="utf-8")


def test_seed_is_utf8_with_line_map(SEED: Path):
    source = read_source(SEED)
    assert source.encoding == "utf-8"
    assert source.path == str(SEED)
    assert len(source.lines) == 70
    assert source.lines[0] == "IGF 2017 Reporting Template"
    assert source.lines[18].startswith("Chinmayi Arun (CCG)")
    assert len(source.sha256) == 64


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252", "utf-8-sig"])
def test_other_encodings_give_the_same_people(SEED: Path, seed_text, tmp_path, encoding):
    copy = tmp_path / f"seed-{encoding}.txt"
    copy.write_bytes(seed_text.encode(encoding))
    source = read_source(copy)
    assert source.encoding == {"utf-8-sig": "utf-8"}.get(encoding, encoding)
    assert source.lines[0] == "IGF 2017 Reporting Template"
    people = people_of(copy)
    assert people == people_of(SEED)
    assert ("Maryant Fernández", "speaker", "European Digital Rights Initiative") in people


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_endings_keep_line_numbers(SEED: Path, seed_text, tmp_path, newline):
    copy = tmp_path / "seed-newlines.txt"
    copy.write_bytes(seed_text.replace("\n", newline).encode("utf-8"))
    source = read_source(copy)
    assert source.lines == read_source(SEED).lines
    report = parse(source)
    peggy = next(p for p in report.people if p.name == "Peggy Hicks")
    assert (peggy.span.start_line, peggy.span.end_line) == (19, 19)


def test_non_breaking_spaces_are_spaces(tmp_path):
    path = tmp_path / "nbsp.txt"
    path.write_text("IGF\u00a02017 Reporting Template\n\u00a0\u00a0\n", encoding="utf-8")
    assert read_source(path).lines == ["IGF 2017 Reporting Template", "  "]


def test_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.md"
    path.write_bytes(codecs.BOM_UTF8 + b"- Session Title: X\n")
    assert read_source(path).lines == ["- Session Title: X"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"  \n\t\n   \r\n", "is empty"),
        ("\u00a0 \n\u00a0\n".encode(), "is empty"),
        (bytes(range(256)) * 4, "looks like a binary file, not a report"),
        (b"%PDF-1.4\n\x00\x01\x02\x03binary", "looks like a binary file, not a report"),
    ],
)
def test_unusable_files(tmp_path, content, expected):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert expected in one_line_error(path)


def test_missing_file(tmp_path):
    assert "no such file" in one_line_error(tmp_path / "missing.txt")


def test_text_in_no_template_is_read_as_a_generic_document(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(
        "Geneva follow-up\n\nDear colleagues,\nthank you for coming to Geneva.\n"
        "Ms. Anriette Esterhuysen (APC) will circulate the notes.\n",
        encoding="utf-8",
    )
    report = parse(read_source(path))
    assert (report.variant, report.session.title) == ("generic", "Geneva follow-up")
    assert [(p.name, p.role.value, p.organisation.acronym) for p in report.people] == [
        ("Anriette Esterhuysen", "participant", "APC")
    ]
    assert report.warnings == [
        f"{path}: no known IGF report family: read as a generic document (read by its cues)"
    ]


def test_form_with_only_labels_fails(tmp_path):
    path = tmp_path / "form.txt"
    path.write_text("Session title:\n\nSpeakers:\n", encoding="utf-8")
    assert "line 1: every line is a label with no value" in one_line_error(path)


BLANK_FORM = """IGF 2017 Reporting Template

- Session Title:

- Date:

- Chair/Moderator:

- Rapporteur/Notetaker:

- List of Speakers and their institutional affiliations:

- Key Issues raised (1 sentence per issue)

Gender Reporting

- Estimate the overall number of women present at the session:
"""


def test_template_without_answers(tmp_path):
    path = tmp_path / "blank-form.txt"
    path.write_text(BLANK_FORM, encoding="utf-8")
    assert "every answer is empty" in one_line_error(path)
