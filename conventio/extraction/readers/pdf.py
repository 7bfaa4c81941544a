"""PDF reader: the text layer of each page, with table rows as tab-separated cells.

pdfium (through pypdfium2) gives each page's text in content order with a line break
per printed line and one space wherever glyphs are apart, however far. A table row
"2023  220 000 €  110 000 €" laid out in columns thus comes out as "2023 220 000 €
110 000 €", its cells indistinguishable from the spaces inside an amount. Cells are
recovered from geometry: pdfium's text rectangles are runs of glyphs drawn by one text
object, in text order; two consecutive rectangles on the same line separated by a gap
wider than about one em are two cells, and the spaces between them in the text
become one tab. Likewise a vertical gap well above the document's usual line spacing is a
paragraph break and becomes a blank line, as in the text and DOCX renderings.

Asking for the rectangles (one call per run, not per character) and locating only the
few boundaries that matter keeps a page under a millisecond: the engine must read 50
PDF pages a second and more, extraction included.

Refusals: encrypted (a user password is needed), truncated or damaged, no pages, too
many pages, and no text layer (a scan: OCR is out of scope).
"""

from __future__ import annotations

import re
import statistics
import threading

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from conventio.extraction.errors import (
    CorruptDocument,
    DocumentTooLarge,
    EncryptedDocument,
    ExtractionError,
    NoTextLayer,
)
from conventio.extraction.readers.limits import MAX_PDF_PAGES, MIN_PDF_CHARS_PER_PAGE
from conventio.extraction.text import Document, normalise_pages


# pdfium is not thread-safe: one document at a time per process.
_PDFIUM_LOCK = threading.Lock()

# A horizontal gap wider than this many ems (the larger of the font size and the glyphs'
# height) separates two table cells; word spaces, even stretched by justification, stay
# below that, while Word's default cell padding alone puts about one em between cells.
_CELL_GAP = 0.9
# A vertical gap exceeding the document's usual gap between lines by this many line heights
# is a paragraph break.
_PARAGRAPH_GAP = 0.5
# pdfium marks a hyphen ending a line as \x02; other odd code points it may emit.
_PDFIUM_CHARS = (("\x02", "-"), ("\ufffe", ""), ("\x00", ""))
# A list item's marker, drawn apart from its text by a hanging indent: bullets (Word's
# Symbol/Wingdings bullets come out in the private use area) and numbers "1.", "a)", "2°".
_LIST_MARKER = re.compile(r"[•●▪◦○■□➢►‣⁃∙·*o\-–—\uf000-\uf0ff]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)°]")
# The end-of-file marker must sit near the end of a complete PDF (junk may follow it).
_EOF_WINDOW = 4096

Rect = tuple[float, float, float, float]  # left, bottom, right, top


def read_pdf(data: bytes) -> Document:
    """Read the text layer of a PDF, one `Page` per PDF page."""
    if b"%%EOF" not in data[-_EOF_WINDOW:]:
        raise CorruptDocument("the PDF is truncated or damaged (no end-of-file marker)")
    with _PDFIUM_LOCK:
        try:
            raw_pages = _read_pages(data)
        except ExtractionError:
            raise
        except Exception as error:  # pdfium, ctypes: whatever the library throws
            raise CorruptDocument(f"the PDF is damaged and cannot be read ({_brief(error)})") from error
    characters = sum(len(page.strip()) for page in raw_pages)
    if characters < MIN_PDF_CHARS_PER_PAGE * len(raw_pages):
        raise NoTextLayer("the PDF has no text layer (scanned pages?); OCR is not supported")
    return normalise_pages(raw_pages, format="pdf")


def _read_pages(data: bytes) -> list[str]:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if error.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise EncryptedDocument("the PDF is encrypted (a password is needed to open it)") from error
        if error.err_code == pdfium_c.FPDF_ERR_SECURITY:
            raise EncryptedDocument("the PDF is encrypted with an unsupported security handler") from error
        raise CorruptDocument("the PDF is damaged and cannot be opened") from error
    try:
        count = len(pdf)
        if count == 0:
            raise CorruptDocument("the PDF has no pages")
        if count > MAX_PDF_PAGES:
            raise DocumentTooLarge(f"the PDF has {count} pages; the limit is {MAX_PDF_PAGES}")
        pages: list[_Page] = []
        for index in range(count):
            page = pdf[index]
            textpage = page.get_textpage()
            try:
                pages.append(_read_page(textpage))
            finally:
                textpage.close()
                page.close()
    finally:
        pdf.close()
    # The usual spacing between lines is the document's, not the page's: a page of short
    # paragraphs (signatures, an annex list) would otherwise take its breaks for the norm.
    gaps = [gap for page in pages for _, gap, _ in page.line_starts]
    usual = statistics.median(gaps) if gaps else 0.0
    texts = []
    for page in pages:
        edits = dict(page.cells)
        for index, gap, height in page.line_starts:
            if gap > usual + _PARAGRAPH_GAP * height:
                edits.setdefault(index, "\n\n")
        text = _apply(page.text, edits).replace("\r\n", "\n")
        for odd, replacement in _PDFIUM_CHARS:  # str.translate is ten times slower on non-ASCII text
            if odd in text:
                text = text.replace(odd, replacement)
        texts.append(text)
    return texts


class _Page:
    """Text of one page and where its cells and lines start (indices into the text)."""

    __slots__ = ("cells", "line_starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.cells: list[tuple[int, str]] = []
        self.line_starts: list[tuple[int, float, float]] = []  # (index, gap above, line height)


def _read_page(textpage: pdfium.PdfTextPage) -> _Page:
    """Text of one page with the geometry needed to place tabs and paragraph breaks."""
    page = _Page(textpage.get_text_range())
    if not page.text.strip():
        return page
    rects = [textpage.get_rect(i) for i in range(textpage.count_rects())]
    same_indices = len(page.text) == textpage.count_chars()
    for previous, current in zip(rects, rects[1:], strict=False):
        p_left, p_bottom, p_right, p_top = previous
        c_left, c_bottom, c_right, c_top = current
        height = max(p_top - p_bottom, c_top - c_bottom)
        if height <= 0:
            continue
        overlap = min(p_top, c_top) - max(p_bottom, c_bottom)
        if overlap > 0.5 * min(p_top - p_bottom, c_top - c_bottom):
            gap = c_left - p_right
            if gap <= _CELL_GAP * height:
                continue  # same line, ordinary word spacing
            index = _text_index_at(textpage, current, same_indices)
            if 0 < index < len(page.text) and not page.text[index].isspace():
                # Glyph boxes of lowercase text are short: the font size is the surer em.
                font_size = float(pdfium_c.FPDFText_GetFontSize(textpage, index))
                if gap > _CELL_GAP * max(height, font_size):
                    page.cells.append((index, "\t"))
        elif c_top < p_bottom:  # next line down (a jump up is a new column or a header)
            index = _text_index_at(textpage, current, same_indices)
            if 0 < index < len(page.text) and not page.text[index].isspace():
                page.line_starts.append((index, p_bottom - c_top, height))
    return page


def _text_index_at(textpage: pdfium.PdfTextPage, rect: Rect, same_indices: bool) -> int:
    """Index in the page text of the first character of `rect`, or -1."""
    left, bottom, right, top = rect
    x = left + min(1.0, (right - left) / 4)
    y = (bottom + top) / 2
    index = int(pdfium_c.FPDFText_GetCharIndexAtPos(textpage, x, y, 1.0, 1.0))
    if index < 0 or same_indices:
        return index
    return int(pdfium_c.FPDFText_GetTextIndexFromCharIndex(textpage, index))


def _apply(text: str, edits: dict[int, str]) -> str:
    """Replace the whitespace before each edited index by its separator."""
    pieces: list[str] = []
    cursor = 0
    for index in sorted(edits):
        separator = edits[index]
        start = index
        allowed = " " if separator == "\t" else " \r\n"
        while start > cursor and text[start - 1] in allowed:
            start -= 1
        gap = text[start:index]
        if separator == "\t" and start > 0 and text[start - 1] in "\r\n":
            continue  # pdfium already broke the line there: keep its reading
        if separator == "\n\n" and "\n" not in gap:
            continue
        if separator == "\t" and _LIST_MARKER.fullmatch(text[text.rfind("\n", 0, start) + 1 : start]):
            separator = " "  # a bullet or list number hanging before its item is not a cell
        pieces.append(text[cursor:start])
        pieces.append(separator)
        cursor = index
    pieces.append(text[cursor:])
    return "".join(pieces)


def _brief(error: BaseException) -> str:
    """First line of a library error, for a one-line message."""
    message = str(error).strip().splitlines()
    return message[0][:120] if message else type(error).__name__
