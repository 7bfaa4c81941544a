"""Build DOCX, PDF and HTML documents from plain text at test time.

Nothing binary is committed: tests render the seeds (or their own snippets) into the
formats the readers accept and check that the readers give the text back. The layout
rules are those of the seeds:

- a run of consecutive lines containing ``\\t`` is a table, one row per line;
- a form feed starts a new page;
- ``**bold**`` Markdown markers become real bold (DOCX, HTML) or are dropped (PDF).
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterator


_BOLD = re.compile(r"\*\*(.+?)\*\*")


def _blocks(text: str) -> Iterator[tuple[str, list[str]]]:
    """Yield ('page', []), ('table', rows) or ('line', [line]) in document order."""
    table: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        for index, part in enumerate(line.split("\f")):
            if index:
                if table:
                    yield "table", table
                    table = []
                yield "page", []
            if "\t" in part:
                table.append(part)
                continue
            if table:
                yield "table", table
                table = []
            yield "line", [part]
    if table:
        yield "table", table


def _plain(line: str) -> str:
    return line.replace("**", "")


def build_docx(text: str) -> bytes:
    """A DOCX with one paragraph per non-blank line and a Word table per tab-separated block."""
    from docx import Document
    from docx.enum.text import WD_BREAK

    document = Document()
    for kind, lines in _blocks(text):
        if kind == "page":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            rows = [line.split("\t") for line in lines]
            width = max(len(row) for row in rows)
            table = document.add_table(rows=len(rows), cols=width)
            for row, cells in zip(table.rows, rows, strict=True):
                for cell, value in zip(row.cells, cells, strict=False):
                    cell.text = _plain(value)
        elif lines[0].strip():
            paragraph = document.add_paragraph()
            for index, piece in enumerate(_BOLD.split(lines[0])):
                if piece:
                    paragraph.add_run(piece).bold = index % 2 == 1
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def build_pdf(text: str, *, font_size: float = 10.0, word_like: bool = False) -> bytes:
    """A4 PDF (Helvetica, WinAnsi: accents and € render); tables as columns at fixed x positions.

    `word_like` lays it out as word processors do instead: justified paragraphs with
    spacing after, tables with a grid, cell padding and right-aligned amounts.
    """
    if word_like:
        return _build_flowing_pdf(text, font_size)
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    font = "Helvetica"
    width, height = A4
    margin = 56.0
    usable = width - 2 * margin
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, pageCompression=1)
    y = height - margin

    def advance(step: float) -> None:
        nonlocal y
        y -= step
        if y < margin:
            canvas.showPage()
            y = height - margin - step

    for kind, lines in _blocks(text):
        if kind == "page":
            canvas.showPage()
            y = height - margin
        elif kind == "table":
            rows = [[_plain(cell).strip() for cell in line.split("\t")] for line in lines]
            columns = max(len(row) for row in rows)
            gap = 14.0
            widths = [0.0] * columns
            for row in rows:
                for index, cell in enumerate(row):
                    widths[index] = max(widths[index], stringWidth(cell, font, font_size))
            size = min(font_size, font_size * (usable - gap * (columns - 1)) / max(sum(widths), 1.0))
            for row in rows:
                advance(size * 1.5)
                canvas.setFont(font, size)  # showPage() resets the font
                x = margin
                for index, cell in enumerate(row):
                    canvas.drawString(x, y, cell)
                    x += widths[index] * size / font_size + gap
        else:
            line = _plain(lines[0])
            if not line.strip():
                advance(font_size * 0.6)
                continue
            for piece in simpleSplit(line, font, font_size, usable):
                advance(font_size * 1.3)
                canvas.setFont(font, font_size)
                canvas.drawString(margin, y, piece)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _build_flowing_pdf(text: str, font_size: float) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    style = ParagraphStyle(
        "body", fontName="Helvetica", fontSize=font_size, leading=font_size * 1.2, alignment=TA_JUSTIFY, spaceAfter=8
    )
    grid = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("FONT", (0, 0), (-1, -1), "Helvetica", font_size),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ]
    )
    story: list[Flowable] = []
    for kind, lines in _blocks(text):
        if kind == "page":
            story.append(PageBreak())
        elif kind == "table":
            rows = [[_plain(cell).strip() for cell in line.split("\t")] for line in lines]
            width = max(len(row) for row in rows)
            story += [Table([row + [""] * (width - len(row)) for row in rows], style=grid), Spacer(1, 8)]
        elif lines[0].strip():
            story.append(Paragraph(_inline(lines[0]).replace("strong>", "b>"), style))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def build_html(text: str, *, charset: str = "utf-8") -> bytes:
    """A Journal-officiel-like page: header, nav, scripts and footer around the text in <main>."""
    body: list[str] = []
    for kind, lines in _blocks(text):
        if kind == "table":
            body.append("<table><tbody>")
            for line in lines:
                cells = "".join(f"<td>{_inline(cell)}</td>" for cell in line.split("\t"))
                body.append(f"<tr>{cells}</tr>")
            body.append("</tbody></table>")
        elif kind == "line" and lines[0].strip():
            line = lines[0]
            if line.lstrip().startswith("- "):
                body.append(f"<ul><li>{_inline(line.lstrip()[2:])}</li></ul>")
            else:
                body.append(f"<p>{_inline(line)}</p>")
    page = (
        f'<?xml version="1.0" encoding="{charset}"?>\n'
        "<!DOCTYPE html>\n"
        f'<html lang="fr"><head><meta charset="{charset}"><title>Journal officiel - menu</title>'
        "<style>body { font-family: Marianne; }</style>"
        "<script>window.tarteaucitron = {cookie: 'Cookies & traceurs'};</script></head>"
        '<body><header><a href="/">Accueil Légifrance</a> <span>Le service public de la diffusion du droit</span>'
        "</header><nav><ul><li>Droit national en vigueur</li><li>Journal officiel</li></ul></nav>"
        '<main id="main">\n' + "\n".join(body) + "\n</main>"
        "<footer><p>Plan du site - Accessibilité : partiellement conforme</p></footer>"
        "<script>console.log('stats');</script></body></html>"
    )
    return page.encode(charset, errors="xmlcharrefreplace")


def _inline(text: str) -> str:
    return _BOLD.sub(r"<strong>\1</strong>", html.escape(text, quote=False))
