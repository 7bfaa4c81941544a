"""PDF reader: the text layer of each page, with table rows as tab-separated cells.

pdfium (through pypdfium2) gives each page's text in content order with a line break
per printed line and one space wherever glyphs are apart, however far. A table row
"2023  220 000 €  110 000 €" laid out in columns thus comes out as "2023 220 000 €
110 000 €", its cells indistinguishable from the spaces inside an amount. Cells are
recovered from geometry: pdfium's text rectangles are runs of glyphs drawn by one text
object, in text order; two consecutive rectangles on the same line separated by a gap
wider than about one em are two cells, and the spaces between them in the text
become one tab. Likewise a vertical gap well above the document's usual line spacing is a
paragraph break and becomes a blank line, as in the text and DOCX renderings; lines
the layout wrapped are joined again (see `_unwrap`), and the empty cells a PDF does not
draw are restored from the columns of the fullest row (see `_align_tables`).

Asking for the rectangles (one call per run, not per character) and locating only the
few boundaries that matter keeps a page under a millisecond: the engine must read 50
PDF pages a second and more, extraction included.

Refusals: encrypted (a user password is needed), truncated or damaged, no pages, too
many pages, and no text layer (a scan: OCR is out of scope).
"""

from __future__ import annotations

import ctypes
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
# A distance between baselines exceeding the document's usual one by this many ems is a
# paragraph break (prose runs at 1.1-1.3 em, a paragraph's spacing adds half an em or more).
_PARAGRAPH_GAP = 0.45
# pdfium marks a hyphen ending a line as \x02; other odd code points it may emit.
_PDFIUM_CHARS = (("\x02", "-"), ("\ufffe", ""), ("\x00", ""))
# A list item's marker, drawn apart from its text by a hanging indent: bullets (Word's
# Symbol/Wingdings bullets come out in the private use area) and numbers "1.", "a)", "2°".
_LIST_MARKER = re.compile(r"[•●▪◦○■□➢►‣⁃∙·*o\-–—\uf000-\uf0ff]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)°]")
# The start of a list item: a marker followed by a space.
_LIST_START = re.compile(r"(?:[•●▪◦○■□➢►‣⁃∙·*o\-–—\uf000-\uf0ff]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)°])\s")
_FIRST_WORD = re.compile(r"\S+")
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
    ratios = [pitch / em for page in pages for _, pitch, em in page.line_starts]
    usual = statistics.median(ratios) if ratios else 0.0
    # The right edge of the text block: where full lines end (a high percentile, so that
    # a few lines overflowing into the margin do not move it).
    rights = sorted(line.right for page in pages for line in page.lines if line.cells == 1)
    margin = rights[int(0.95 * (len(rights) - 1))] if rights else 0.0
    texts = []
    for page in pages:
        separators = {index: "\t" for index, _, _ in page.cells}
        for index, pitch, em in page.line_starts:
            if pitch > (usual + _PARAGRAPH_GAP) * em:
                separators[index] = "\n\n"
        _unwrap(page, separators, margin)
        inserts = _align_tables(page, separators)
        text = _apply(page.text, separators, inserts).replace("\r\n", "\n")
        for odd, replacement in _PDFIUM_CHARS:  # str.translate is ten times slower on non-ASCII text
            if odd in text:
                text = text.replace(odd, replacement)
        texts.append(text)
    return texts


Cell = tuple[int, float, float]  # index of its first character in the page text, left, right


class _Page:
    """Text of one page and the geometry of its lines (indices into the text)."""

    __slots__ = ("cells", "line_starts", "lines", "rows", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.cells: list[Cell] = []  # cells after the first of a line
        # (index, distance from the previous baseline, em of the two lines)
        self.line_starts: list[tuple[int, float, float]] = []
        self.rows: list[list[Cell]] = []  # lines of two cells or more, each cell with its extent
        self.lines: list[_Line] = []


class _Line:
    """Where a printed line starts in the text, its horizontal extent and cell count."""

    __slots__ = ("cells", "left", "right", "start")

    def __init__(self, start: int, left: float, right: float, cells: int) -> None:
        self.start, self.left, self.right, self.cells = start, left, right, cells


def _read_page(textpage: pdfium.PdfTextPage) -> _Page:
    """Text of one page with the geometry needed to place tabs and paragraph breaks."""
    page = _Page(textpage.get_text_range())
    if not page.text.strip():
        return page
    rects = [textpage.get_rect(i) for i in range(textpage.count_rects())]
    if not rects:
        return page
    same_indices = len(page.text) == textpage.count_chars()
    size = len(page.text)

    def start_of(rect: Rect) -> tuple[int, int]:
        """(char index, text index) of the first character of `rect`; text index -1 if none."""
        char = _char_at(textpage, rect)
        index = char if same_indices or char < 0 else int(pdfium_c.FPDFText_GetTextIndexFromCharIndex(textpage, char))
        return char, index if 0 <= index < size and not page.text[index].isspace() else -1

    def em_of(char: int, height: float) -> float:
        # Glyph boxes of lowercase text are short: the font size is the surer em (some
        # generators set a 1-point font scaled by the matrix: then the glyphs tell).
        return max(height, float(pdfium_c.FPDFText_GetFontSize(textpage, char)))

    x, y = ctypes.c_double(), ctypes.c_double()

    def baseline(char: int) -> float:
        pdfium_c.FPDFText_GetCharOrigin(textpage, char, ctypes.byref(x), ctypes.byref(y))
        return y.value

    char, index = start_of(rects[0])
    line: list[list[float]] = [[index, rects[0][0], rects[0][2]]]
    line_base, line_em = baseline(char), em_of(char, rects[0][3] - rects[0][1])
    for previous, current in zip(rects, rects[1:], strict=False):
        p_left, p_bottom, p_right, p_top = previous
        c_left, c_bottom, c_right, c_top = current
        height = max(p_top - p_bottom, c_top - c_bottom)
        overlap = min(p_top, c_top) - max(p_bottom, c_bottom)
        if height > 0 and overlap > 0.5 * min(p_top - p_bottom, c_top - c_bottom):
            gap = c_left - p_right
            if gap > _CELL_GAP * height:
                char, index = start_of(current)
                if index > 0 and gap > _CELL_GAP * em_of(char, height):
                    page.cells.append((index, c_left, c_right))
                    line.append([index, c_left, c_right])
                    continue
            line[-1][2] = max(line[-1][2], c_right)  # same cell, ordinary word spacing
            continue
        _end_line(page, line)
        char, index = start_of(current)
        line = [[index, c_left, c_right]]
        if index < 0:
            continue
        base, em = baseline(char), em_of(char, c_top - c_bottom)
        if 0 < line_base - base < 10 * em:  # the next line down (not a new column, a header)
            page.line_starts.append((index, line_base - base, max(em, line_em)))
        line_base, line_em = base, em
    _end_line(page, line)
    return page


def _end_line(page: _Page, line: list[list[float]]) -> None:
    page.lines.append(_Line(int(line[0][0]), line[0][1], line[-1][2], len(line)))
    if len(line) > 1 and line[0][0] >= 0:
        page.rows.append([(int(index), left, right) for index, left, right in line])


def _unwrap(page: _Page, separators: dict[int, str], margin: float) -> None:
    """Join the lines of a paragraph that the layout wrapped, as the text and DOCX renderings have them.

    A line was wrapped when the next line's first word would not have fitted before the
    right edge of the text block; a short line (an address, a signatory, a title) ends
    there on purpose and is kept. Table rows, list items, indented first lines and
    paragraph breaks are never joined.
    """
    starts = {index: em for index, _, em in page.line_starts}
    text = page.text
    for line, following in zip(page.lines, page.lines[1:], strict=False):
        start = following.start
        em = starts.get(start)
        if em is None or start in separators or line.cells > 1 or following.cells > 1:
            continue
        if following.left - line.left > 0.8 * em or _LIST_START.match(text, start):
            continue
        end = text.find("\r\n", start)
        end = len(text) if end < 0 else end
        word = _FIRST_WORD.match(text, start)
        if word is None or end <= start:
            continue
        average = (following.right - following.left) / (end - start)
        if line.right + len(word.group()) * average + 0.25 * em > margin:
            separators[start] = " "


def _align_tables(page: _Page, separators: dict[int, str]) -> dict[int, str]:
    """Give each row of a table as many cells as its fullest row, empty ones included.

    A PDF draws nothing for an empty cell, so "2024 | (empty) | 110 000 €" would read
    as two cells and put the CP amount under AE. Within a block of consecutive rows the
    fullest row gives the columns; every cell of the other rows goes to the column it
    overlaps most, and the missing ones become empty cells, as in the DOCX reading.
    Updates the tab separators in place and returns the tabs to insert at line edges.
    """
    inserts: dict[int, str] = {}
    for block in _table_blocks(page):
        columns = max(block, key=len)
        if len(block) < 2 or len(columns) < 2:
            continue
        placed = [_place(row, columns) for row in block]
        if any(place is None for place in placed):
            continue  # rows that do not fit the columns: keep them as they read
        for row, place in zip(block, placed, strict=True):
            assert place is not None
            if place[0]:
                inserts[row[0][0]] = "\t" * place[0]
            for (index, _, _), before, column in zip(row[1:], place, place[1:], strict=False):
                separators[index] = "\t" * (column - before)
            if place[-1] < len(columns) - 1:
                end = page.text.find("\r\n", row[-1][0])
                inserts[end if end >= 0 else len(page.text)] = "\t" * (len(columns) - 1 - place[-1])
    return inserts


def _table_blocks(page: _Page) -> list[list[list[Cell]]]:
    """Runs of rows on consecutive lines."""
    blocks: list[list[list[Cell]]] = []
    for row in page.rows:
        if blocks:
            previous = blocks[-1][-1]
            between = page.text[previous[-1][0] : row[0][0]]
            if between.count("\n") == 1:
                blocks[-1].append(row)
                continue
        blocks.append([row])
    return blocks


def _place(row: list[Cell], columns: list[Cell]) -> list[int] | None:
    """Column of each cell of `row`: most overlap, else nearest centre; None if it cannot fit."""
    place: list[int] = []
    for _, left, right in row:
        best = max(
            range(len(columns)),
            key=lambda k: (
                min(right, columns[k][2]) - max(left, columns[k][1]),
                -abs((left + right) - (columns[k][1] + columns[k][2])),
            ),
        )
        if place and best <= place[-1]:
            best = place[-1] + 1
        if best >= len(columns):
            return None
        place.append(best)
    return place


def _char_at(textpage: pdfium.PdfTextPage, rect: Rect) -> int:
    """Index in pdfium's character list of the first character of `rect`, or -1."""
    left, bottom, right, top = rect
    x = left + min(1.0, (right - left) / 4)
    return int(pdfium_c.FPDFText_GetCharIndexAtPos(textpage, x, (bottom + top) / 2, 1.0, 1.0))


def _apply(text: str, separators: dict[int, str], inserts: dict[int, str]) -> str:
    """Replace the whitespace before each separator's index by it; add the inserts.

    Separators: tabs (cells), "\n\n" (paragraph break) or " " (a wrapped line joined).
    """
    pieces: list[str] = []
    cursor = 0
    for index in sorted(separators.keys() | inserts.keys()):
        separator = separators.get(index)
        start = index
        if separator is not None:
            cell = separator[0] == "\t"
            allowed = " " if cell else " \r\n"
            while start > cursor and text[start - 1] in allowed:
                start -= 1
            if cell and start > 0 and text[start - 1] in "\r\n":
                separator = None  # pdfium already broke the line there: keep its reading
            elif not cell and "\n" not in text[start:index]:
                separator = None
            elif cell and _LIST_MARKER.fullmatch(text[text.rfind("\n", 0, start) + 1 : start]):
                separator = " "  # a bullet or list number hanging before its item is not a cell
            elif separator == " " and start > 0 and text[start - 1] in "-\x02":
                separator = ""  # a word hyphenated across lines: keep the hyphen, no space
            if separator is None:
                start = index
        pieces.append(text[cursor:start])
        pieces.append(separator or "")
        pieces.append(inserts.get(index, ""))
        cursor = index
    pieces.append(text[cursor:])
    return "".join(pieces)


def _brief(error: BaseException) -> str:
    """First line of a library error, for a one-line message."""
    message = str(error).strip().splitlines()
    return message[0][:120] if message else type(error).__name__
