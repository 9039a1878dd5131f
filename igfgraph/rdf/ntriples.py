"""RDF terms written as N-Triples text, character for character as Oxigraph writes them.

The mapping writes its statements as text (``<s> <p> "o"``) instead of building rdflib
terms, converting them to pyoxigraph terms and serialising those, which took half the
time of preparing a report for the store. Only what Oxigraph escapes is escaped (control
characters, ``"``, ``\\``, U+FFFE and U+FFFF), so the lines are the ones it would write.

>>> quoted('say "hi"\\n'), literal(3)
('"say \\\\"hi\\\\"\\\\n"', '"3"^^<http://www.w3.org/2001/XMLSchema#integer>')
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.term import Node

_ESCAPED = re.compile('[\x00-\x1f"\\\\\x7f\ufffe\uffff\ud800-\udfff]')
_SHORT_ESCAPES = {
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
    '"': '\\"',
    "\\": "\\\\",
}
_UNESCAPED = re.compile(r"\\(?:u([0-9A-F]{4})|(.))", re.DOTALL)
_SHORT_UNESCAPES = {escape[1]: char for char, escape in _SHORT_ESCAPES.items()}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if "\ud800" <= char <= "\udfff":
        raise ValueError(f"a lone surrogate (U+{ord(char):04X}) cannot be written as RDF")
    return _SHORT_ESCAPES.get(char) or f"\\u{ord(char):04X}"


def quoted(text: str) -> str:
    """``text`` as a plain (``xsd:string``) literal."""
    if _ESCAPED.search(text) is None:
        return f'"{text}"'
    return f'"{_ESCAPED.sub(_escape, text)}"'


def literal(value: object) -> str:
    """The literal rdflib's ``Literal(value)`` stands for: text is plain, other Python
    values are typed as rdflib types them (``5`` is ``"5"^^xsd:integer``)."""
    if type(value) is str:
        return quoted(value)
    if type(value) in (int, bool) or isinstance(value, Enum):
        return _typed_cached(value)
    return _typed(value)


@lru_cache(maxsize=4096, typed=True)
def _typed_cached(value: object) -> str:
    """:func:`_typed` of a value whose equal values have the same lexical form."""
    return _typed(value)


def _typed(value: object) -> str:
    term = Literal(value)
    datatype = ox.NamedNode(str(term.datatype)) if term.datatype else None
    return str(ox.Literal(str(term), datatype=datatype))


def rdflib_node(term: str) -> Node:
    """The rdflib term that ``term`` (an IRI or a literal as written here) stands for."""
    if term.startswith("<"):
        return URIRef(term[1:-1])
    end = term.rindex('"')
    lexical = _UNESCAPED.sub(_unescape, term[1:end])
    suffix = term[end + 1 :]
    if suffix.startswith("^^"):
        return Literal(lexical, datatype=URIRef(suffix[3:-1]))
    return Literal(lexical, lang=suffix[1:] or None)


def _unescape(match: re.Match[str]) -> str:
    code, char = match.groups()
    return chr(int(code, 16)) if code else _SHORT_UNESCAPES[char]
