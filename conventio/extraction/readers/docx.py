"""DOCX reader: the body of word/document.xml, paragraphs and tables in document order.

Why not python-docx: it parses every part of the package (about 10 ms for one of the
seeds, three times the whole extraction budget of a text document), decompresses
before anyone can check sizes, and its ``Paragraph.text`` drops runs inside tracked
insertions and content controls. Reading the one XML part with lxml takes a
millisecond or two and lets the reader decide exactly what counts as text.
(python-docx stays a dependency: the tests build their DOCX with it.)

What is read, in body order:
- paragraphs, one per line, separated by a blank line like the Markdown seeds; list
  paragraphs (Word numbering) follow each other without one, their number or bullet
  rendered from numbering.xml ("Article 3 :", "a)", "-");
- tables, one row per line, cells joined by a tab; a horizontally merged cell gives
  its text once followed by empty cells for the columns it spans, a vertically merged
  continuation is an empty cell, so columns stay aligned; text inside a cell is one line;
- text boxes (once: the VML fallback copy is skipped); tracked insertions are kept,
  tracked deletions dropped; headers, footers, footnotes and comments are other parts
  and are ignored;
- bold runs, marked ``**`` like the Markdown seeds so that `Document.emphasis` holds
  them (the markers themselves are removed by `normalise_pages`).
Pages: explicit page breaks split pages, and so do the page breaks Word recorded when
it last laid the document out (``w:lastRenderedPageBreak``), moved to the nearest
paragraph boundary so that a paragraph is never cut in two.

Safety: the archive's central directory is checked before anything is decompressed
(entry count, total declared size, compression ratio) and each part is read in chunks
under a cap, since declared sizes can lie. XML is parsed without entities or network.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterable

from lxml import etree

from conventio.extraction.errors import (
    CorruptDocument,
    DocumentTooLarge,
    EncryptedDocument,
    ExtractionError,
    UnsupportedFormat,
)
from conventio.extraction.readers.limits import (
    MAX_DOCX_PART_BYTES,
    MAX_ZIP_ENTRIES,
    MAX_ZIP_RATIO,
    MAX_ZIP_UNCOMPRESSED_BYTES,
    MIN_RATIO_CHECK_BYTES,
    human_size,
)
from conventio.extraction.text import Document, normalise_pages


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_VAL = _W + "val"

P, R, T, TAB, BR, CR = _W + "p", _W + "r", _W + "t", _W + "tab", _W + "br", _W + "cr"
TBL, TR, TC = _W + "tbl", _W + "tr", _W + "tc"
_SOFT_BREAK = _W + "lastRenderedPageBreak"
_NO_BREAK_HYPHEN = _W + "noBreakHyphen"
# Subtrees that hold no visible text of the body, or a duplicate of it.
_SKIPPED = frozenset(
    {
        _W + "del",
        _W + "moveFrom",
        _MC_FALLBACK,
        _W + "pPr",
        _W + "rPr",
        _W + "tblPr",
        _W + "trPr",
        _W + "tcPr",
        _W + "tblGrid",
        _W + "sectPr",
        _W + "instrText",
    }
)
_PAGE = "\f"
_BOLD = "**"
_SOFT = "\x1e"  # placeholder for a soft page break until its paragraph is complete
_MIMETYPES = {
    "application/vnd.oasis.opendocument.text": "an OpenDocument text (ODT)",
    "application/vnd.oasis.opendocument.spreadsheet": "an OpenDocument spreadsheet (ODS)",
    "application/vnd.oasis.opendocument.presentation": "an OpenDocument presentation (ODP)",
}
_OTHER_OOXML = {"xl/": "an Excel workbook (XLSX)", "ppt/": "a PowerPoint presentation (PPTX)"}


def read_docx(data: bytes) -> Document:
    """Read a DOCX; refuse other ZIP archives, damaged ones and zip bombs."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as error:
        raise CorruptDocument("the file is a damaged or truncated ZIP archive") from error
    with archive:
        infos = archive.infolist()
        _refuse_bomb(infos)
        members = {info.filename: info for info in infos}
        main = _main_part(archive, members)
        root = _parse(archive, members[main])
        numbering = _Numbering.load(archive, members)
    body = root.find(_W + "body")
    if body is None:
        if str(root.tag).startswith("{http://purl.oclc.org/ooxml/"):
            raise UnsupportedFormat("the DOCX is saved as Strict Open XML; save it as a standard Word document")
        raise CorruptDocument("the DOCX has no document body")
    text = _render(body, numbering)
    # A hard break and the soft one Word records after it give one page boundary, not two.
    pages = [page.strip("\n ") for page in text.split(_PAGE)]
    return normalise_pages([page for page in pages if page.strip()] or [""], format="docx")


def _refuse_bomb(infos: list[zipfile.ZipInfo]) -> None:
    """Refuse, from the central directory alone, an archive that would decompress too far."""
    if len(infos) > MAX_ZIP_ENTRIES:
        raise DocumentTooLarge(f"the DOCX archive has {len(infos)} entries; the limit is {MAX_ZIP_ENTRIES}")
    total = sum(info.file_size for info in infos)
    if total > MAX_ZIP_UNCOMPRESSED_BYTES:
        raise DocumentTooLarge(
            f"the DOCX would decompress to {human_size(total)}; the limit is "
            f"{human_size(MAX_ZIP_UNCOMPRESSED_BYTES)} (zip bomb?)"
        )
    for info in infos:
        if info.file_size > MIN_RATIO_CHECK_BYTES and info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1):
            raise DocumentTooLarge(
                f"the DOCX member {info.filename[:60]} is compressed more than {MAX_ZIP_RATIO} to 1 (zip bomb?)"
            )


def _main_part(archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo]) -> str:
    """Name of the main document part, or a refusal naming what the archive is instead."""
    if "mimetype" in members and members["mimetype"].file_size < 200:
        mimetype = _read(archive, members["mimetype"]).decode("ascii", errors="replace").strip()
        if mimetype.startswith("application/vnd.oasis.opendocument"):
            name = _MIMETYPES.get(mimetype, "an OpenDocument file")
            raise UnsupportedFormat(f"the file is {name}; save it as DOCX or PDF")
    target = "word/document.xml"
    if "_rels/.rels" in members:
        rels = _parse(archive, members["_rels/.rels"])
        for rel in rels.iter(_REL_NS + "Relationship"):
            if rel.get("Type", "").endswith("/officeDocument"):
                target = rel.get("Target", target).lstrip("/")
                break
    if target in members and target.startswith("word/"):
        return target
    for prefix, name in _OTHER_OOXML.items():
        if target.startswith(prefix) or any(member.startswith(prefix) for member in members):
            raise UnsupportedFormat(f"the file is {name}, not a DOCX document")
    if "word/document.xml" in members:
        return "word/document.xml"
    raise UnsupportedFormat("the file is a ZIP archive, not a DOCX document (no word/document.xml)")


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """Decompress one member in chunks, never beyond the part limit whatever it declares."""
    if info.flag_bits & 0x1:
        raise EncryptedDocument("the DOCX archive is encrypted")
    if info.file_size > MAX_DOCX_PART_BYTES:
        raise DocumentTooLarge(
            f"the DOCX part {info.filename[:60]} is {human_size(info.file_size)}; "
            f"the limit is {human_size(MAX_DOCX_PART_BYTES)}"
        )
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(1 << 20):
                size += len(chunk)
                if size > MAX_DOCX_PART_BYTES:
                    raise DocumentTooLarge(
                        f"the DOCX part {info.filename[:60]} decompresses beyond "
                        f"{human_size(MAX_DOCX_PART_BYTES)} (zip bomb?)"
                    )
                chunks.append(chunk)
    except ExtractionError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as error:
        raise CorruptDocument(f"the DOCX is damaged ({info.filename[:60]} cannot be decompressed)") from error
    except NotImplementedError as error:
        raise UnsupportedFormat(f"the DOCX uses an unsupported compression method ({error})") from error
    except RuntimeError as error:  # zipfile's "password required"
        raise EncryptedDocument("the DOCX archive is encrypted") from error
    return b"".join(chunks)


def _parse(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> etree._Element:
    """Decompress and parse one XML member."""
    return _parse_xml(_read(archive, info), info.filename)


def _parse_xml(data: bytes, name: str) -> etree._Element:
    """Parse XML safely (no entity expansion, no network, no DTD)."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True, remove_pis=True
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise CorruptDocument(f"the DOCX is damaged ({name[:60]} is not well-formed XML)") from error
    if root is None:
        raise CorruptDocument(f"the DOCX is damaged ({name[:60]} is empty)")
    return root


class _Numbering:
    """Word list numbering: renders the label ("Article 3 :", "a)", "-") of a list paragraph."""

    def __init__(self, numbering: bytes | None, styles: bytes | None) -> None:
        # Parsed on first use only: most paragraphs are not list items, and a styles part
        # can weigh hundreds of kilobytes (Word's latent styles), several times the body.
        self._numbering_xml = numbering
        self._styles_xml = styles if styles is not None and b"numPr" in styles else None
        self._loaded = False
        # abstractNumId -> ilvl -> (numFmt, lvlText, start)
        self.abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.nums: dict[str, str] = {}  # numId -> abstractNumId
        self.overrides: dict[str, dict[int, int]] = {}  # numId -> ilvl -> start
        self.style_nums: dict[str, tuple[str, int]] = {}  # styleId -> (numId, ilvl)
        self.counters: dict[str, list[int | None]] = {}
        self.started: set[str] = set()

    @classmethod
    def load(cls, archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo]) -> _Numbering:
        numbering = members.get("word/numbering.xml")
        if numbering is None:
            return cls(None, None)
        styles = members.get("word/styles.xml")
        return cls(_read(archive, numbering), _read(archive, styles) if styles is not None else None)

    def _load(self) -> None:
        self._loaded = True
        if self._numbering_xml is not None:
            self._load_numbering(_parse_xml(self._numbering_xml, "word/numbering.xml"))
        if self._styles_xml is not None and self.nums:
            self._load_styles(_parse_xml(self._styles_xml, "word/styles.xml"))

    def _load_numbering(self, root: etree._Element) -> None:
        for abstract in root.iter(_W + "abstractNum"):
            levels: dict[int, tuple[str, str, int]] = {}
            for level in abstract.iter(_W + "lvl"):
                fmt = _child_val(level, "numFmt") or "decimal"
                text = _child_val(level, "lvlText") or ""
                levels[_int(level.get(_W + "ilvl"))] = (fmt, text, _int(_child_val(level, "start"), 1))
            self.abstract[abstract.get(_W + "abstractNumId", "")] = levels
        for num in root.iter(_W + "num"):
            num_id = num.get(_W + "numId", "")
            self.nums[num_id] = _child_val(num, "abstractNumId") or ""
            for override in num.iter(_W + "lvlOverride"):
                start = _child_val(override, "startOverride")
                if start is not None:
                    self.overrides.setdefault(num_id, {})[_int(override.get(_W + "ilvl"))] = _int(start)

    def _load_styles(self, root: etree._Element) -> None:
        direct: dict[str, tuple[str | None, int | None]] = {}
        based_on: dict[str, str] = {}
        for style in root.iter(_W + "style"):
            style_id = style.get(_W + "styleId", "")
            parent = _child_val(style, "basedOn")
            if parent:
                based_on[style_id] = parent
            num_pr = style.find(f"{_W}pPr/{_W}numPr")
            if num_pr is not None:
                ilvl = _child_val(num_pr, "ilvl")
                direct[style_id] = (_child_val(num_pr, "numId"), _int(ilvl) if ilvl is not None else None)
        for style_id in set(direct) | set(based_on):
            seen: set[str] = set()
            current: str | None = style_id
            while current is not None and current not in seen and current not in direct:
                seen.add(current)
                current = based_on.get(current)
            if current in direct:
                num_id, style_level = direct[current]
                if num_id:
                    self.style_nums[style_id] = (num_id, style_level or 0)

    def label(self, p_pr: etree._Element | None) -> str | None:
        """Label of a paragraph given its properties; None when it is not a list paragraph."""
        if p_pr is None or self._numbering_xml is None:
            return None
        if not self._loaded:
            if p_pr.find(_W + "numPr") is None and (self._styles_xml is None or p_pr.find(_W + "pStyle") is None):
                return None
            self._load()
        num_id: str | None = None
        level = 0
        style = _child_val(p_pr, "pStyle")
        if style in self.style_nums:
            num_id, level = self.style_nums[style]
        num_pr = p_pr.find(_W + "numPr")
        if num_pr is not None:
            num_id = _child_val(num_pr, "numId") or num_id
            level = _int(_child_val(num_pr, "ilvl"), level)
        if not num_id or num_id == "0" or num_id not in self.nums:
            return None
        abstract_id = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        level = min(max(level, 0), 8)
        counters = self.counters.setdefault(abstract_id, [None] * 9)
        if num_id not in self.started:
            self.started.add(num_id)
            for overridden, start in self.overrides.get(num_id, {}).items():
                if 0 <= overridden < 9:
                    counters[overridden] = start - 1
        current = counters[level]
        counters[level] = (current if current is not None else levels.get(level, ("", "", 1))[2] - 1) + 1
        for deeper in range(level + 1, 9):
            counters[deeper] = None
        fmt, text, _ = levels.get(level, ("bullet", "", 1))
        if fmt == "bullet":
            return "-"
        if fmt == "none":
            return text.strip() or None

        def number(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            value = counters[index] if 0 <= index < 9 else None
            if value is None:
                value = levels.get(index, ("", "", 1))[2]
            return _format_number(value, levels.get(index, ("decimal", "", 1))[0])

        return re.sub(r"%([1-9])", number, text).strip() or None


def _format_number(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (max(value, 1) - 1) % 26) * ((max(value, 1) - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def _roman(value: int) -> str:
    if not 0 < value < 4000:
        return str(value)
    out = []
    for amount, numeral in _ROMAN:
        count, value = divmod(value, amount)
        out.append(numeral * count)
    return "".join(out)


def _child_val(element: etree._Element, name: str) -> str | None:
    child = element.find(_W + name)
    return None if child is None else child.get(_VAL)


def _int(value: str | None, default: int = 0) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


class _Table:
    """A table being read: the current row's cells and whether a page starts on it."""

    __slots__ = ("cells", "page_break")

    def __init__(self) -> None:
        self.cells: list[str] = []
        self.page_break = False


def _render(body: etree._Element, numbering: _Numbering) -> str:
    """Walk the body once, iteratively (no recursion whatever the nesting)."""
    blocks: list[tuple[str, str]] = []  # (kind, text): kind is "para", "item" or "row"
    tables: list[_Table] = []
    cells: list[list[str]] = []  # text gathered by each open cell
    cell_info: list[tuple[int, bool]] = []  # (grid span, vertical-merge continuation)
    paragraph: list[str] | None = None
    paragraph_depth = 0
    label: str | None = None
    page_before = False
    # Bold runs are marked "**" as in the Markdown seeds: `normalise_pages` removes the
    # markers and keeps the spans (`Document.emphasis`), which structure annex objectives.
    bold_run = bold_open = False

    def line_break(value: str) -> None:
        nonlocal bold_open
        assert paragraph is not None
        if bold_open:  # emphasis spans pair up within one line
            paragraph.append(_BOLD)
            bold_open = False
        paragraph.append(value)

    walker = etree.iterwalk(body, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if event == "start":
            if tag in _SKIPPED:
                walker.skip_subtree()
            elif paragraph is not None:
                if tag == T:
                    value = element.text or ""
                    if bold_run != bold_open and value.strip():
                        paragraph.append(_BOLD)
                        bold_open = bold_run
                    paragraph.append(value)
                elif tag == R:
                    r_pr = element.find(_W + "rPr")
                    bold_run = r_pr is not None and _on(r_pr.find(_W + "b"))
                elif tag == TAB:
                    paragraph.append("\t")
                elif tag == BR or tag == CR:
                    line_break(_PAGE if element.get(_W + "type") == "page" else "\n")
                elif tag == _SOFT_BREAK:
                    paragraph.append(_SOFT)
                elif tag == _NO_BREAK_HYPHEN:
                    paragraph.append("-")
                elif tag == P:  # a paragraph of a text box inside this paragraph
                    paragraph_depth += 1
                    line_break("\n")
                elif tag == TC:
                    paragraph.append(" ")
                elif tag == TR:
                    line_break("\n")
            elif tag == P:
                paragraph, paragraph_depth = [], 1
                p_pr = element.find(_W + "pPr")
                label = numbering.label(p_pr)
                page_before = p_pr is not None and _on(p_pr.find(_W + "pageBreakBefore"))
            elif tag == TBL:
                tables.append(_Table())
            elif tag == TR and tables:
                tables[-1].cells = []
                tr_pr = element.find(_W + "trPr")
                before = 0 if tr_pr is None else _int(_child_val(tr_pr, "gridBefore"))
                tables[-1].cells.extend([""] * min(before, 64))
            elif tag == TC:
                tc_pr = element.find(_W + "tcPr")
                span, continuation = 1, False
                if tc_pr is not None:
                    span = min(max(_int(_child_val(tc_pr, "gridSpan"), 1), 1), 64)
                    merge = tc_pr.find(_W + "vMerge")
                    continuation = merge is not None and merge.get(_VAL, "continue") == "continue"
                cells.append([])
                cell_info.append((span, continuation))
            continue

        # end events
        if paragraph is not None and tag == P:
            paragraph_depth -= 1
            if paragraph_depth > 0:
                continue
            if bold_open:
                paragraph.append(_BOLD)
            bold_run = bold_open = False
            text = _finish_paragraph(paragraph, label, page_before)
            kind = "item" if label else "para"
            paragraph, label = None, None
            if cells:
                cells[-1].append(text)
            elif text.strip(" \n\f"):
                blocks.append((kind, text))
            elif _PAGE in text:
                blocks.append(("para", _PAGE))
        elif paragraph is not None:
            continue
        elif tag == TC and cells:
            raw = " ".join(cells.pop())
            span, continuation = cell_info.pop()
            if tables:
                tables[-1].page_break |= _PAGE in raw or _SOFT in raw
                value = "" if continuation else " ".join(raw.split())  # tabs, breaks, \x1e too
                tables[-1].cells.extend([value] + [""] * (span - 1))
        elif tag == TR and tables:
            table = tables[-1]
            if len(tables) > 1:
                # A nested table is text of its enclosing cell.
                if cells:
                    cells[-1].append(" ".join(cell for cell in table.cells if cell))
            else:
                if table.page_break:
                    blocks.append(("para", _PAGE))
                blocks.append(("row", "\t".join(table.cells)))
            table.cells, table.page_break = [], False
        elif tag == TBL and tables:
            tables.pop()
    return _join(blocks)


def _finish_paragraph(parts: list[str], label: str | None, page_before: bool) -> str:
    """Paragraph text with its list label; a soft page break moves to the nearest edge."""
    text = "".join(parts).strip("\n")  # a text box or a break at an edge adds no line
    if _SOFT in text:
        position = text.find(_SOFT)
        text = text.replace(_SOFT, "")
        before = text[:position].strip()
        after = text[position:].strip()
        text = _PAGE + text if len(before) <= len(after) else text + _PAGE
    if label and text.strip():
        text = f"{label} {text.lstrip()}"
    if page_before:
        text = _PAGE + text
    return text


def _join(blocks: Iterable[tuple[str, str]]) -> str:
    """Blank lines between paragraphs; list items and table rows follow each other."""
    out: list[str] = []
    previous = ""
    for kind, text in blocks:
        if out:
            out.append("\n" if kind == previous and kind in ("item", "row") else "\n\n")
        out.append(text)
        previous = kind
    return "".join(out)


def _on(element: etree._Element | None) -> bool:
    """A Word on/off property: present and not explicitly false."""
    return element is not None and element.get(_VAL, "true") not in ("false", "0", "off")
