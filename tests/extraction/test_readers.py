"""Readers give back the text of the seeds whatever format they are rendered in.

Each seed is rendered at test time as DOCX, PDF and HTML (tests/builders.py); the
reader's text must hold the seed's words in order, its table rows as tab-separated
cells, and map offsets back to plausible pages.
"""

from __future__ import annotations

import codecs
import difflib
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from conventio.extraction.readers import read_document, sniff_format
from conventio.extraction.text import Document
from tests.builders import build_docx, build_html, build_pdf
from tests.conftest import DJEPVA, FAST13


SEEDS = [pytest.param(FAST13, id="fast13"), pytest.param(DJEPVA, id="djepva")]
BUILDERS = {"docx": build_docx, "pdf": build_pdf, "html": build_html}


def words(text: str) -> list[str]:
    return text.replace("**", "").split()


def matched_share(expected: list[str], actual: list[str]) -> float:
    """Share of `expected` words found in `actual`, in order."""
    matcher = difflib.SequenceMatcher(None, expected, actual, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(expected)


def table_rows(text: str) -> list[list[str]]:
    """Cells of each seed line that is a table row."""
    return [
        [cell.strip() for cell in line.replace("**", "").split("\t")] for line in text.splitlines() if "\t" in line
    ]


def read_seed(path: Path, fmt: str) -> tuple[str, Document]:
    seed = path.read_text(encoding="utf-8")
    doc = read_document(BUILDERS[fmt](seed))
    assert doc.format == fmt
    return seed, doc


@pytest.fixture(autouse=True)
def _needs_shared(shared_dir: Path) -> None:
    """Every test here reads the seeds from ../shared."""


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
@pytest.mark.parametrize("path", SEEDS)
def test_words_come_back_in_order(path: Path, fmt: str) -> None:
    seed, doc = read_seed(path, fmt)
    assert matched_share(words(seed), words(doc.text)) >= 0.99


@pytest.mark.parametrize("fmt", ["docx", "html"])
@pytest.mark.parametrize("path", SEEDS)
def test_table_rows_keep_every_cell(path: Path, fmt: str) -> None:
    """DOCX and HTML tables keep empty cells too, so rows come back cell for cell."""
    seed, doc = read_seed(path, fmt)
    lines = {tuple(cell.strip() for cell in line.split("\t")) for line in doc.text.splitlines()}
    for row in table_rows(seed):
        assert tuple(row) in lines, row


@pytest.mark.parametrize("path", SEEDS)
def test_pdf_table_rows_come_back_as_tab_separated_cells(path: Path) -> None:
    """A PDF draws nothing for an empty cell: columns inferred from the fullest row bring them back."""
    seed, doc = read_seed(path, "pdf")
    lines = {tuple(line.split("\t")) for line in doc.text.splitlines()}
    rows = table_rows(seed)
    assert rows
    for row in rows:
        filled = [cell for cell in row if cell]
        # A lone cell is a line, not a row: nothing on the page says it had neighbours.
        assert (tuple(row) if len(filled) > 1 else tuple(filled)) in lines, row


@pytest.mark.parametrize("path", SEEDS)
def test_word_processor_like_pdf(path: Path) -> None:
    """Justified text (stretched spaces), bold runs, grid tables with padding and right-aligned amounts."""
    seed = path.read_text(encoding="utf-8")
    doc = read_document(build_pdf(seed, word_like=True))
    assert matched_share(words(seed), words(doc.text)) >= 0.99
    lines = {tuple(line.split("\t")) for line in doc.text.splitlines()}
    for row in table_rows(seed):
        filled = [cell for cell in row if cell]
        assert (tuple(row) if len(filled) > 1 else tuple(filled)) in lines, row
    prose = [line for line in doc.text.splitlines() if len(line.split()) > 20]
    assert prose and not any("\t" in line for line in prose)


def test_pdf_amount_columns_are_cells_not_spaces(shared_dir: Path) -> None:
    _, doc = read_seed(FAST13, "pdf")
    lines = doc.text.splitlines()
    assert "2023\t220 000 €\t110 000 €" in lines
    assert "2024\t\t110 000 €" in lines  # the empty AE cell keeps CP in its column
    # Prose lines are never split into cells.
    prose = [line for line in doc.text.splitlines() if len(line) > 80]
    assert prose and not any("\t" in line for line in prose)


@pytest.mark.parametrize("path", SEEDS)
def test_pdf_pages_and_locate(path: Path) -> None:
    seed, doc = read_seed(path, "pdf")
    assert doc.page_count > 1
    assert [page.number for page in doc.pages] == list(range(1, doc.page_count + 1))
    assert doc.locate(0)[0] == 1
    assert doc.locate(len(doc.text) - 1)[0] == doc.page_count
    # The last article sits on a later page than the first one, each found on its page.
    first = doc.text.index("Article 1")
    last = doc.text.index("Article 7")
    first_page, last_page = doc.locate(first)[0], doc.locate(last)[0]
    assert first_page is not None and last_page is not None
    assert first_page < last_page <= doc.page_count
    for offset, label in ((first, "Article 1"), (last, "Article 7")):
        page_number, in_page = doc.locate(offset)
        assert page_number is not None
        page = doc.pages[page_number - 1]
        assert page.start <= offset < page.end
        assert doc.text[offset : offset + len(label)] == label
        assert in_page == offset - page.start


@pytest.mark.parametrize("path", SEEDS)
def test_pdf_paragraph_breaks_are_blank_lines(path: Path) -> None:
    seed, doc = read_seed(path, "pdf")
    paragraphs = [block for block in doc.text.split("\n\n") if block.strip()]
    seed_paragraphs = [block for block in seed.split("\n\n") if block.strip()]
    assert len(paragraphs) >= 0.8 * len(seed_paragraphs)


@pytest.mark.parametrize("path", SEEDS)
def test_pdf_wrapped_lines_are_joined(path: Path) -> None:
    """Paragraphs the PDF layout wrapped come back as one line, like the seed's; short lines stay."""
    seed, doc = read_seed(path, "pdf")
    seed_lines = [line.strip() for line in seed.replace("**", "").splitlines() if line.strip() and "\t" not in line]
    lines = {line.strip() for line in doc.text.splitlines()}
    assert sum(line in lines for line in seed_lines) >= 0.85 * len(seed_lines)


@pytest.mark.parametrize("fmt", ["docx", "html"])
@pytest.mark.parametrize("path", SEEDS)
def test_bold_text_is_emphasis_like_markdown(path: Path, fmt: str) -> None:
    """Bold runs (DOCX) and <strong> (HTML) give the emphasis spans the Markdown ** give."""
    text = read_document(path.read_bytes())
    _, doc = read_seed(path, fmt)
    expected = [text.text[start:end].strip() for start, end in text.emphasis]
    assert expected
    assert [doc.text[start:end].strip() for start, end in doc.emphasis] == expected
    assert "**" not in doc.text


def test_docx_form_feed_pages_and_locate(shared_dir: Path) -> None:
    seed = FAST13.read_text(encoding="utf-8")
    cut = seed.index("Article 4")
    doc = read_document(build_docx(seed[:cut] + "\f" + seed[cut:]))
    assert doc.page_count == 2
    offset = doc.text.index("Article 4")
    assert doc.locate(offset)[0] == 2
    assert doc.locate(doc.text.index("Article 1"))[0] == 1


def test_docx_lists_tables_and_merged_cells() -> None:
    from docx import Document as WordDocument

    word = WordDocument()
    word.add_paragraph("Le délégant s'engage à :")
    word.add_paragraph("payer", style="List Bullet")
    word.add_paragraph("rendre compte", style="List Bullet")
    word.add_paragraph("ouvrir les droits", style="List Number")
    word.add_paragraph("notifier", style="List Number")
    table = word.add_table(rows=3, cols=3)
    for row in range(3):
        for column in range(3):
            table.cell(row, column).text = f"c{row}{column}"
    table.cell(0, 0).merge(table.cell(0, 1))  # python-docx joins the merged texts
    table.cell(1, 2).merge(table.cell(2, 2))
    word.add_paragraph("Fin")
    out = io.BytesIO()
    word.save(out)
    lines = read_document(out.getvalue()).text.split("\n")
    assert lines == [
        "Le délégant s'engage à :",
        "",
        "- payer",
        "- rendre compte",
        "1. ouvrir les droits",
        "2. notifier",
        "",
        "c00 c01\t\tc02",
        "c10\tc11\tc12 c22",
        "c20\tc21\t",
        "",
        "Fin",
    ]


def test_html_drops_page_chrome_and_keeps_content(shared_dir: Path) -> None:
    seed, doc = read_seed(FAST13, "html")
    for noise in ("tarteaucitron", "Plan du site", "Accueil Légifrance", "Droit national", "console.log"):
        assert noise not in doc.text
    assert doc.text.startswith("Convention de délégation de gestion")
    assert "\n- nommer un ou une agent public" in doc.text


def test_html_declared_cp1252_charset(shared_dir: Path) -> None:
    seed = FAST13.read_text(encoding="utf-8")
    data = build_html(seed, charset="windows-1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    doc = read_document(data)
    assert "Représentée par Stéphanie Schaer" in doc.text
    assert "220 000 €" in doc.text


def test_html_meta_charset_without_xml_declaration() -> None:
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
    page += "<body><p>Délégation &amp; crédits : 5&nbsp;000 €</p></body></html>"
    doc = read_document(page.encode("cp1252"))
    assert doc.text == "Délégation & crédits : 5 000 €"


@pytest.mark.parametrize(
    "encoded",
    [
        pytest.param(lambda text: text.encode("utf-8"), id="utf-8"),
        pytest.param(lambda text: codecs.BOM_UTF8 + text.encode("utf-8"), id="utf-8-bom"),
        pytest.param(lambda text: text.encode("utf-16"), id="utf-16-bom"),
        pytest.param(lambda text: text.encode("cp1252"), id="cp1252"),
    ],
)
def test_text_encodings(encoded: Callable[[str], bytes]) -> None:
    text = "Convention de délégation\r\nMontant : 250 000 € — préavis de trois mois\fPage deux : Œuvre, « ça »"
    doc = read_document(encoded(text))
    assert doc.format == "text"
    assert doc.page_count == 2
    assert "Montant : 250 000 € — préavis de trois mois" in doc.text
    assert doc.text.endswith("Page deux : Œuvre, « ça »")
    assert doc.locate(doc.text.index("Page deux"))[0] == 2


def test_seed_text_reads_as_is(shared_dir: Path) -> None:
    data = FAST13.read_bytes()
    doc = read_document(data)
    assert doc.format == "text"
    assert words(doc.text) == words(data.decode("utf-8"))


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b"%PDF-1.7\n", "pdf"),
        (b"\n\n  %PDF-1.4", "pdf"),
        (b"PK\x03\x04rest", "docx"),
        (b"\xef\xbb\xbf<!DOCTYPE html><html>", "html"),
        (b"  <html lang=fr>", "html"),
        (b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', "html"),
        (b"<div>fragment</div><body>", "html"),
        (b"Convention <b>not html</b> in prose", "text"),
        (b"# Convention\n", "text"),
    ],
)
def test_sniffing_reads_content_not_names(data: bytes, fmt: str) -> None:
    assert sniff_format(data) == fmt


_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _word_package(body: str, numbering: str | None = None) -> bytes:
    """A minimal DOCX around hand-written body XML (what Word writes, not what python-docx does)."""
    import zipfile

    head = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W_NS}" xmlns:mc="{_MC_NS}">'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", f"{head}<w:body>{body}</w:body></w:document>")
        if numbering is not None:
            archive.writestr("word/numbering.xml", f'<w:numbering xmlns:w="{_W_NS}">{numbering}</w:numbering>')
    return out.getvalue()


def _p(inner: str, ppr: str = "") -> str:
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{inner}</w:p>"


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_docx_word_xml_features() -> None:
    numbering = (
        '<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="Article %1 :"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/>'
        '<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>'
    )
    article = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr>'
    point = '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr>'
    body = "".join(
        [
            _p(_r("Convention de délégation")),
            _p(_r("Objet"), article),
            _p(_r("premier point"), point),
            _p(_r("second point"), point),
            # Tracked changes: the insertion is kept, the deletion dropped.
            _p(
                _r("Montant : ")
                + f"<w:ins>{_r('220 000 €')}</w:ins>"
                + "<w:del><w:r><w:delText>250 000 €</w:delText></w:r></w:del>"
            ),
            # A text box: Word writes it twice (DrawingML choice, VML fallback); read once.
            _p(
                "<w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent>"
                + _p(_r("Liberté Égalité Fraternité"))
                + "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
                + _p(_r("Liberté Égalité Fraternité"))
                + "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
            ),
            # Tabs, manual line breaks, non-breaking hyphens, a content control.
            _p(
                _r("Domaine fonctionnel")
                + "<w:r><w:tab/></w:r>"
                + _r("0352")
                + "<w:r><w:noBreakHyphen/></w:r>"
                + _r("01")
            ),
            _p(_r("Adresse : 20 avenue de Ségur") + "<w:r><w:br/></w:r>" + _r("75007 Paris")),
            f"<w:sdt><w:sdtContent>{_p(_r('Durée'), article)}</w:sdtContent></w:sdt>",
            # A hard page break, then the soft one Word records after it: one boundary.
            _p('<w:r><w:br w:type="page"/></w:r>'),
            _p("<w:r><w:lastRenderedPageBreak/></w:r>" + _r("Page deux")),
            # A table row starting after one skipped grid column, with a spanning cell.
            '<w:tbl><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>'
            f'<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>{_p(_r("AE"))}</w:tc><w:tc>{_p(_r("CP"))}</w:tc></w:tr>'
            f"<w:tr><w:tc>{_p(_r('2023'))}</w:tc><w:tc>{_p(_r('220 000 €'))}{_p(_r('(engagé)'))}</w:tc>"
            f'<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>{_p(_r("x"))}</w:tc>'
            f"<w:tc>{_p(_r('110 000 €'))}</w:tc></w:tr>"
            f"<w:tr><w:tc>{_p(_r('2024'))}</w:tc><w:tc>{_p('')}</w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr>{_p('')}</w:tc>"
            f"<w:tc>{_p(_r('110 000 €'))}</w:tc></w:tr></w:tbl>",
            # Soft break in the middle of a paragraph moves to its nearest edge.
            _p(
                _r("Fait à Paris, le 27 juillet 2023, en deux exemplaires")
                + "<w:r><w:lastRenderedPageBreak/></w:r>"
                + _r(".")
            ),
            _p(_r("Signatures")),
            '<w:sectPr><w:pgSz w:w="11906"/></w:sectPr>',
        ]
    )
    doc = read_document(_word_package(body, numbering))
    assert doc.format == "docx"
    assert doc.page_count == 3
    page_one, page_two, page_three = (doc.text[page.start : page.end] for page in doc.pages)
    assert page_one.split("\n") == [
        "Convention de délégation",
        "",
        "Article 1 : Objet",
        "a) premier point",
        "b) second point",
        "",
        "Montant : 220 000 €",
        "",
        "Liberté Égalité Fraternité",
        "",
        "Domaine fonctionnel\t0352-01",
        "",
        "Adresse : 20 avenue de Ségur",
        "75007 Paris",
        "",
        "Article 2 : Durée",
    ]
    assert page_two.split("\n") == [
        "Page deux",
        "",
        "\tAE\t\tCP",
        "2023\t220 000 € (engagé)\tx\t110 000 €",
        "2024\t\t\t110 000 €",
        "",
        "Fait à Paris, le 27 juillet 2023, en deux exemplaires.",
    ]
    assert page_three == "Signatures"


def test_html_structure() -> None:
    page = """<!DOCTYPE html><html><head><title>JORF</title></head><body>
    <header>Légifrance</header><div class="menu"><nav>Accueil</nav></div>
    <article><header><h1>Convention   de délégation
      de gestion</h1></header>
    <p>Vu le décret<br>n° 2004-1085 ;<br><br>Vu l&#39;arrêté</p>
    <ol><li>payer</li><li>rendre <em>compte</em></li></ol>
    <table><thead><tr><th></th><th colspan="2">Crédits</th></tr></thead>
    <tr><td>2023</td><td>220&nbsp;000 €</td><td><p>110 000 €</p><p>(CP)</p></td></tr></table>
    <aside>Voir aussi</aside></article>
    <footer>Plan du site</footer></body></html>"""
    doc = read_document(page.encode())
    assert doc.format == "html"
    assert doc.text.split("\n") == [
        "Convention de délégation de gestion",
        "",
        "Vu le décret",
        "n° 2004-1085 ;",
        "",
        "Vu l'arrêté",
        "",
        "1. payer",
        "2. rendre compte",
        "",
        "\tCrédits\t",
        "2023\t220 000 €\t110 000 € (CP)",
        "",
        "Voir aussi",
    ]
