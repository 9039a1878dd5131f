"""Saved web pages (``.html``, ``.htm``): the page's text, one line per block, with a line map.

The document structure decides the lines: every heading, paragraph, list item, table
row and field of a page is one line, a ``<br>`` ends a line, and a blank line separates
sections. Navigation, scripts, forms, banners and image alt text are dropped; the page's
own address (its canonical link) is the first line, where a session's id and year may be
read from it. Each text line remembers the line of the file its block starts on, so that
a fact read from the text can still point into the file.
"""

from __future__ import annotations

import re

from lxml import etree, html

from igfgraph.errors import InputError
from igfgraph.sources.text import decode as decode_text

# Elements whose content is never the report: scripts, page furniture, forms.
_DROPPED_TAGS = frozenset(
    "script style noscript template nav form button select iframe svg object embed head".split()
)
# The site's header and footer; an article's own <header> holds its title and is kept.
_PAGE_FURNITURE_TAGS = frozenset({"header", "footer"})
_CONTENT_TAGS = frozenset({"article", "main", "section"})
# Page furniture marked by class or id: menus, breadcrumbs, banners, sharing links.
_FURNITURE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|banner|sidebar|footer|"
    r"skip-link|share|social|cookie|tabs|pager|visually-hidden|element-invisible)(?:$|[\s_-])",
    re.IGNORECASE,
)
_BLOCK_TAGS = frozenset(
    "address article aside blockquote caption dd details dialog div dl dt fieldset "
    "figcaption figure h1 h2 h3 h4 h5 h6 hr li main ol p pre section summary table tbody "
    "tfoot thead tr ul body html".split()
)
_SECTION_TAGS = frozenset("h1 h2 h3 h4 h5 h6 section article table ul ol dl".split())
_CELL_TAGS = frozenset({"td", "th"})
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_MAX_DEPTH = 256  # libxml2 nests no deeper and silently drops what follows


def is_markup(text: str) -> bool:
    """True for text that is a web page's markup saved as text (``<p>...</p><li>...``):
    block elements throughout, their tags a tenth of the characters or more."""
    tags = _BLOCK_TAG.findall(text)
    return len(tags) >= _MARKUP_TAGS and sum(map(len, tags)) * _MARKUP_SHARE >= len(text)


_BLOCK_TAG = re.compile(
    r"</?(?:p|li|ul|ol|h[1-6]|div|br|tr|td|table|span|strong)\b[^<>]{0,300}>", re.I
)
_MARKUP_TAGS = 5
_MARKUP_SHARE = 10  # tags are at least one character in this many


def decode(path: str, raw: bytes) -> tuple[str, str, list[int]]:
    """The text of a saved web page, the encoding, and the file line of each text line."""
    markup, encoding = decode_text(path, raw)
    markup = _XML_DECLARATION.sub("", markup, count=1)  # lxml refuses it in a str
    try:
        root = html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as error:
        raise InputError(
            path, f"is not a readable web page ({error}); save the page again as HTML"
        ) from error
    deepest = _too_deep(root)
    if deepest is not None:
        raise InputError(
            path,
            f"nests elements {_MAX_DEPTH} deep, where the HTML parser stops reading and would "
            "drop the rest; save the page again from a browser, or its text as .txt",
            deepest.sourceline,
        )
    page = _PageText()
    if (address := _page_address(root)) is not None:  # the page's own URL, first
        page.add_text(address.get("href") or address.get("content"), address.sourceline or 1)
        page.blank_line()
    title = root.find(".//title")
    body = root.find("body")
    page.walk(body if body is not None else root)
    if not page.lines and title is not None and title.text:
        page.add_text(title.text, title.sourceline or 1)
    page.end_line()
    return "\n".join(page.lines), encoding, page.file_lines


class _PageText:
    """Collects the text lines of a page and the file line each one starts on."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.file_lines: list[int] = []
        self.pieces: list[str] = []  # the text of the line being built, as written
        self.first_line: int | None = None

    def add_text(self, text: str | None, file_line: int) -> None:
        if not text:
            return
        self.pieces.append(text)
        if self.first_line is None and text.strip():
            self.first_line = file_line

    def next_cell(self) -> None:
        """Table cells of one row share a line, separated by commas."""
        if "".join(self.pieces).strip():
            self.pieces.append(", ")

    def end_line(self) -> None:
        line = " ".join("".join(self.pieces).split())
        if line:
            self.lines.append(line)
            self.file_lines.append(self.first_line or 1)
        self.pieces, self.first_line = [], None

    def blank_line(self) -> None:
        self.end_line()
        if self.lines and self.lines[-1]:
            self.lines.append("")
            self.file_lines.append(self.file_lines[-1])

    def walk(self, element: html.HtmlElement) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        line = element.sourceline or (self.file_lines[-1] if self.file_lines else 1)
        if tag and not _is_dropped(element, tag):
            if tag == "br":
                self.end_line()
            elif tag in _CELL_TAGS:
                self.next_cell()
            elif tag in _SECTION_TAGS:
                self.blank_line()
            elif tag in _BLOCK_TAGS:
                self.end_line()
            self.add_text(element.text, line)
            for child in element:
                self.walk(child)
            if tag in _SECTION_TAGS:
                self.blank_line()
            elif tag in _BLOCK_TAGS:
                self.end_line()
        self.add_text(element.tail, _tail_line(element, line))


def _page_address(root: html.HtmlElement) -> html.HtmlElement | None:
    """The element giving the page's own address: ``<link rel="canonical">`` or
    ``<meta property="og:url">``, when it holds an http(s) URL."""
    for element in root.xpath('//link[@rel="canonical"] | //meta[@property="og:url"]'):
        value = (element.get("href") or element.get("content") or "").strip()
        if value.startswith(("http://", "https://")) and not any(c.isspace() for c in value):
            return element
    return None


def _too_deep(root: html.HtmlElement) -> html.HtmlElement | None:
    """The first element at the parser's nesting limit, below which the page is cut off."""
    depth = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth >= _MAX_DEPTH:
            return element
    return None


def is_furniture(element: html.HtmlElement) -> bool:
    """True when ``element`` is dropped from a page's text, or lies inside something that
    is (a menu, a header or footer of the site, a script, a form...)."""
    return any(
        _is_dropped(node, node.tag)
        for node in (element, *element.iterancestors())
        if isinstance(node.tag, str)
    )


def _is_dropped(element: html.HtmlElement, tag: str) -> bool:
    if tag in _DROPPED_TAGS or element.get("hidden") is not None:
        return True
    if tag in _PAGE_FURNITURE_TAGS and not any(
        ancestor.tag in _CONTENT_TAGS for ancestor in element.iterancestors()
    ):
        return True
    marks = f"{element.get('class', '')} {element.get('id', '')} {element.get('role', '')}"
    return bool(_FURNITURE.search(marks)) or "display:none" in element.get("style", "").replace(
        " ", ""
    )


def _tail_line(element: html.HtmlElement, line: int) -> int:
    """The file line of the text after ``element``: the line its last descendant starts on."""
    last = line
    for descendant in element.iterdescendants():
        last = max(last, descendant.sourceline or last)
    return last
