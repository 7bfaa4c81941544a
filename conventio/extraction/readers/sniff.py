"""Recognise a document's format from its first bytes, never from its file name.

Names lie (a ".pdf" that is a Word file, a ".txt" that is HTML saved from a browser);
content does not. Formats the engine reads are 'pdf', 'docx' (any ZIP: the DOCX reader
decides whether it really is one), 'html' and 'text'. Formats it recognises only to
refuse them clearly raise `UnsupportedFormat` here.
"""

from __future__ import annotations

import re

from conventio.extraction.errors import UnsupportedFormat


# Signatures of formats refused by name, so that the message says what the file is.
_REFUSED: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"BM", "a BMP image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office file (.doc/.xls) or a password-protected Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"%!PS", "a PostScript file"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title)\b", re.IGNORECASE)
_HTML_ANYWHERE = re.compile(rb"<(?:html|body)\b", re.IGNORECASE)


def sniff_format(data: bytes) -> str:
    """Name of the format of `data`: 'pdf', 'docx', 'html' or 'text'; refuse known others."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "docx"
    for signature, name in _REFUSED:
        if data.startswith(signature):
            raise UnsupportedFormat(f"the file is {name}, not a format the engine reads (PDF, DOCX, HTML, text)")
    head = data[:2048]
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    head = head.lstrip()
    if head.startswith(b"<?xml"):
        if _HTML_ANYWHERE.search(head):
            return "html"
        raise UnsupportedFormat(
            "the file is an XML document that is not XHTML; the engine reads PDF, DOCX, HTML, text"
        )
    if _HTML_START.match(head) or (head.startswith(b"<") and _HTML_ANYWHERE.search(head)):
        return "html"
    return "text"
