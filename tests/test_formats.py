"""PDF and Word readers, mixed encodings, a page's markup saved as text: reading order,
table rows, one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_corpus import OWN_CORPUS

from igfgraph.errors import InputError
from igfgraph.sources import read_source


def test_two_column_pdf_reads_the_left_column_first():
    lines = read_source(OWN_CORPUS / "t17_fmt_pdf_twocol_ws186_2017.pdf").lines
    speakers = lines.index("- List of Speakers and their institutional affiliations:")
    key_issues = lines.index("- Key Issues raised (1 sentence per issue)")
    assert speakers < lines.index("Heather Leson (IFRC)") < key_issues
    assert lines[key_issues + 2] == (
        "Participants described the data skills that negotiators and policy"
    )
    assert lines[-1] == "21"


def test_pdf_table_rows_are_lines():
    lines = read_source(OWN_CORPUS / "t17_fmt_pdf_table_seed_2017.pdf").lines
    panel_2 = lines.index("Panel 2")
    assert lines[panel_2 + 1 : panel_2 + 3] == [
        "Madeleine Carr (Cardiff University)",
        "Lea Kaspar (Global Partners Digital)",
    ]


def test_word_paragraphs_and_table_in_document_order():
    source = read_source(OWN_CORPUS / "t17_fmt_docx_table_ws37_2017.docx")
    assert source.encoding == "docx"
    panel = source.lines.index("Panel 1")
    assert source.lines[panel + 1] == "Ambassador Tobias Feakin (Government of Australia)"
    assert source.lines[panel + 7] == "Joyce Dogniez (ISOC)"


def test_utf8_with_cp1252_bytes_pasted_in():
    source = read_source(OWN_CORPUS / "t17_fmt_mixed_seed_2017.txt")
    assert source.encoding == "utf-8+cp1252"
    text = "\n".join(source.lines)
    assert "Luis Fernando García" in text and "Maryant Fernández" in text


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("truncated.pdf", b"%PDF-1.4\n1 0 obj\n<<", "is not a readable PDF"),
        ("text.pdf", b"hello", "is not a readable PDF"),
        ("broken.docx", b"PK\x03\x04 not a zip", "is not a readable Word file"),
    ],
)
def test_malformed_files_are_one_line(tmp_path: Path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_source(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: {expected}")
    assert "\n" not in message


def test_a_pages_markup_saved_as_text_is_read_as_the_page(tmp_path: Path) -> None:
    page = tmp_path / "saved.txt"
    page.write_text(
        "<h1>Trip reports</h1><p>The delegation met:</p><ul><li>Ana Ruiz, President of the "
        "forum</li><li>Kofi Mensah, Director, APC</li></ul><p>More at the forum's site.</p>",
        encoding="utf-8",
    )
    lines = [line for line in read_source(page).lines if line.strip()]
    assert lines[:2] == ["Trip reports", "The delegation met:"]
    assert "<li>" not in " ".join(lines)
    prose = tmp_path / "notes.txt"
    prose.write_text("Use <b> for bold and <p> for a paragraph in the form.\n", encoding="utf-8")
    assert read_source(prose).lines == ["Use <b> for bold and <p> for a paragraph in the form."]
