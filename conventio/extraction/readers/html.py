"""HTML reader, for conventions as Légifrance, the Journal officiel and the ministries'
bulletins officiels publish them.

Generic on purpose (no site-specific selectors): the page's `<main>` (or
`role="main"`) is read when there is one with text, else the body; scripts, styles,
navigation, forms and the page-level header, footer and asides are dropped (a
`<header>` inside an article stays: it often holds the act's title). Block elements end
lines, paragraphs, headings and lists are separated by a blank line like the Markdown
seeds, list items start with "- " (or their number in an ordered list), table rows are
lines with cells joined by a tab (a cell spanning columns is followed by empty cells,
as in the DOCX reader), `<b>`/`<strong>` are marked ``**`` like the Markdown seeds (so
`Document.emphasis` holds them), and source whitespace collapses as a browser would
render it, except in `<pre>`.

Charset: a byte order mark, else the declared one (`<meta charset>`, `http-equiv`
content type, XML declaration), else UTF-8 with a cp1252 fallback for undeclared pages
that are not valid UTF-8.
"""

from __future__ import annotations

import codecs
import re

import lxml.html
from lxml import etree

from conventio.extraction.errors import UnreadableDocument
from conventio.extraction.readers.plain import decode_text
from conventio.extraction.text import Document, normalise_pages


_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,300}\?>")
_SPACES = re.compile(r"[ \t\n\r\f\v]+")
_CELL_EDGES = re.compile(r" *\t *")
_BLANK_RUNS = re.compile(r"\n{3,}")

_DROPPED = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "form",
    "button",
    "select",
    "svg",
    "iframe",
    "object",
    "head",
)
_PAGE_CHROME = ("header", "footer", "aside")
_BOLD = frozenset({"b", "strong"})
_CONTENT_ANCESTORS = frozenset({"main", "article", "section"})
_PARAGRAPHS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "pre", "figure", "hr"}
)
_LINES = frozenset(
    {
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "address",
        "dd",
        "dt",
        "caption",
        "figcaption",
        "center",
        "details",
        "summary",
        "fieldset",
        "legend",
        "tbody",
        "thead",
        "tfoot",
    }
)


def read_html(data: bytes) -> Document:
    """Read an HTML page as one page of text."""
    text = _XML_DECLARATION.sub("", _decode(data), count=1)
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        raise UnreadableDocument("the HTML page is empty or cannot be parsed") from error
    etree.strip_elements(root, *_DROPPED, with_tail=False)
    content = _content_root(root)
    for chrome in list(content.iter(*_PAGE_CHROME)):
        if not any(ancestor.tag in _CONTENT_ANCESTORS for ancestor in chrome.iterancestors()):
            chrome.drop_tree()
    return normalise_pages([_render(content)], format="html")


def _decode(data: bytes) -> str:
    """Decode with the BOM or the declared charset, else UTF-8 then cp1252."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_text(data)
    head = data[:4096]
    match = _XML_ENCODING.search(head) or _CHARSET.search(head)
    if match:
        try:
            codec = codecs.lookup(match.group(1).decode("ascii"))
        except LookupError:
            codec = None
        if codec is not None and codec.name not in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):
            # Servers often declare latin-1 for what is really cp1252 (€, œ, ’): browsers do the same.
            name = "cp1252" if codec.name in ("iso8859-1", "latin-1", "ascii") else codec.name
            return data.decode(name, errors="replace")
    return decode_text(data)


def _content_root(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The page's main content when it declares one with text, else its body (or root)."""
    for candidate in root.xpath("//main | //*[@role='main']"):
        if isinstance(candidate, lxml.html.HtmlElement) and candidate.text_content().strip():
            return candidate
    body = root.find("body")
    return body if body is not None else root


def _render(container: lxml.html.HtmlElement) -> str:
    """Text of `container` with line, paragraph and cell structure (see module docstring)."""
    out: list[str] = []
    cell_depth = 0  # inside a table cell, breaks become spaces
    pre_depth = 0
    rows: list[int] = []  # cells seen in each open row
    ordered: list[int | None] = []  # item counter of each open list (None: bullets)
    bold_depth = 0  # <b>/<strong> are marked "**" like the Markdown seeds (Document.emphasis)

    newlines = 2  # trailing line breaks already emitted (2 at the start: no leading blank line)

    def text(value: str | None) -> None:
        nonlocal newlines
        if value:
            value = value if pre_depth else _SPACES.sub(" ", value)
            out.append(value)
            if value.strip(" "):
                newlines = len(value) - len(value.rstrip("\n"))

    def mark(value: str) -> None:
        nonlocal newlines
        out.append(value)
        newlines = 0

    def brk(count: int) -> None:
        """End the line (1) or the paragraph (2), unless already done; a space inside a cell."""
        nonlocal newlines
        if cell_depth:
            if out and not out[-1].endswith(" "):
                out.append(" ")
        elif newlines < count:
            out.append("\n" * (count - newlines))
            newlines = count

    walker = etree.iterwalk(container, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if not isinstance(tag, str):
            if event == "end":
                text(element.tail)
            continue
        if event == "start":
            if tag in ("td", "th"):
                if rows:
                    if rows[-1] and not cell_depth:
                        mark("\t")
                    rows[-1] += 1
                cell_depth += 1
            elif tag == "tr":
                rows.append(0)
                brk(1)
            elif tag == "br":
                brk(newlines + 1 if newlines < 2 else 2)  # <br><br> leaves a blank line
            elif tag == "li":
                brk(1)
                if not cell_depth:
                    if ordered and ordered[-1] is not None:
                        ordered[-1] = (ordered[-1] or 0) + 1
                        mark(f"{ordered[-1]}. ")
                    else:
                        mark("- ")
            elif tag in _PARAGRAPHS:
                brk(2)
            elif tag in _LINES:
                brk(1)
            if tag == "ol":
                ordered.append(_int(element.get("start"), 1) - 1)
            elif tag == "ul":
                ordered.append(None)
            elif tag == "pre":
                pre_depth += 1
            elif tag in _BOLD:
                bold_depth += 1
                if bold_depth == 1:
                    out.append("**")
            text(element.text)
            continue

        # end
        if tag in ("td", "th"):
            cell_depth -= 1
            span = min(_int(element.get("colspan"), 1), 64)
            if span > 1 and not cell_depth and rows:
                mark("\t" * (span - 1))
                rows[-1] += span - 1
        elif tag == "tr":
            if rows:
                rows.pop()
            brk(1)
        elif tag in ("ol", "ul"):
            if ordered:
                ordered.pop()
            brk(2)
        elif tag == "pre":
            pre_depth -= 1
            brk(2)
        elif tag in _PARAGRAPHS:
            brk(2)
        elif tag in _LINES or tag == "li":
            brk(1)
        elif tag in _BOLD:
            bold_depth -= 1
            if bold_depth == 0:
                out.append("**")
        text(element.tail)

    rendered = "".join(out)
    lines = [_CELL_EDGES.sub("\t", line).strip(" ") for line in rendered.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n")


def _int(value: str | None, default: int) -> int:
    try:
        return max(int(value), 0) if value is not None else default
    except ValueError:
        return default
