"""Plain text and Markdown: detect the encoding and decode."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from igfgraph.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")
_MAX_CONTROL_SHARE = 0.05  # more control characters than this: not a text file
# A well-formed multi-byte UTF-8 sequence (two to four bytes).
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_CP1252_FALLBACK = "igfgraph-cp1252-fallback"
_NOT_TEXT = "looks like a binary file, not a report; give the report as text, Markdown or HTML"


def decode(path: str, raw: bytes) -> tuple[str, str]:
    """The text of ``raw`` and the encoding it was read with."""
    text, encoding = _decode(path, raw)
    controls = sum(1 for char in text if char < " " and char not in _TEXT_CONTROLS)
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise InputError(path, _NOT_TEXT)
    return text, encoding


def _decode(path: str, raw: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _strict(path, raw, encoding), encoding.removesuffix("-sig")
    if b"\x00" in raw:
        raise InputError(path, _NOT_TEXT)
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _UTF8_SEQUENCE.search(raw):
        # Mostly UTF-8 with some text pasted in from a Windows editor: read each byte that
        # is not UTF-8 as cp1252 rather than guessing one encoding for the whole file.
        return raw.decode("utf-8", errors=_CP1252_FALLBACK), "utf-8+cp1252"
    best = from_bytes(raw).best()
    if best is not None and "cp1252" not in best.could_be_from_charset:
        return str(best), best.encoding
    # cp1252 when the guess allows it: it is what Windows in Western languages writes, and
    # charset-normalizer cannot tell it from cp1250 and its kin on a short report.
    return _strict(path, raw, "cp1252"), "cp1252"


def _strict(path: str, raw: bytes, encoding: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(
            path, f"cannot be decoded as {encoding} ({error.reason}); save it as UTF-8 and retry"
        ) from error


def _cp1252_bytes(error: UnicodeError) -> tuple[str, int]:
    """Decode the bytes that are not UTF-8 as cp1252 (undefined ones as U+FFFD)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error(_CP1252_FALLBACK, _cp1252_bytes)
