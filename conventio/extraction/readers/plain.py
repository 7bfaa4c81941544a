"""Plain text and Markdown reader (the seeds are Markdown-flavoured text).

Encodings met in practice are UTF-8 (with or without BOM), UTF-16 with BOM (Windows
"Unicode" text) and, from older Windows tooling, cp1252. Strict UTF-8 is tried first:
French text in cp1252 is never valid UTF-8 (an accented byte followed by ASCII is an
invalid sequence), so the fallback cannot misread a UTF-8 file. cp1252 then latin-1
(which accepts any byte) follow; the binary check beforehand makes sure latin-1 is not
used to "decode" garbage.
"""

from __future__ import annotations

import codecs

from conventio.extraction.errors import CorruptDocument, UnsupportedFormat
from conventio.extraction.text import Document, normalise_pages


# Control bytes that never occur in text. Tab, line feed, vertical tab (Word's manual
# line break when copied out), form feed (page break) and carriage return are allowed.
_CONTROL_BYTES = bytes(set(range(32)) - {9, 10, 11, 12, 13}) + b"\x7f"
# Above this share of control bytes the input is binary, not text.
_MAX_CONTROL_SHARE = 0.01
# Other line separators; replaced one by one (str.translate is slow on non-ASCII text).
_LINE_BREAKS = ("\x0b", "\x85", "\u2028", "\u2029")


def decode_text(data: bytes) -> str:
    """Decode text bytes, refusing binary data; see the module docstring for the order."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise CorruptDocument("the text declares UTF-16 (byte order mark) but is not valid UTF-16") from error
        _refuse_binary(text.encode("utf-8", errors="replace"))
        return text
    _refuse_binary(data)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _refuse_binary(data: bytes) -> None:
    """Raise `UnsupportedFormat` when `data` holds NUL bytes or too many control bytes."""
    if b"\x00" in data:
        raise UnsupportedFormat("the file is binary data in an unknown format (it contains NUL bytes)")
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_SHARE * len(data):
        raise UnsupportedFormat("the file is binary data in an unknown format (too many control characters)")


def read_text(data: bytes) -> Document:
    """Read a text or Markdown file; form feeds split pages."""
    text = decode_text(data)
    for separator in _LINE_BREAKS:
        if separator in text:
            text = text.replace(separator, "\n")
    return normalise_pages(text.split("\f"), format="text")
