"""Input the engine must refuse: each refusal is the right `ExtractionError` subclass
with a one-line message, raised quickly, and nothing else ever escapes a reader.
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conventio.extraction.errors import (
    CorruptDocument,
    DocumentTooLarge,
    EncryptedDocument,
    ExtractionError,
    NoTextLayer,
    UnreadableDocument,
    UnsupportedFormat,
)
from conventio.extraction.readers import read_document, read_file
from conventio.extraction.readers.limits import MAX_INPUT_BYTES, MAX_TEXT_BYTES
from tests.builders import build_docx, build_html, build_pdf


TEXT = (
    "Convention de délégation de gestion\n\nArticle 1 : Objet\n\nLe délégant confie au délégataire la gestion "
    "des crédits du programme 352.\n\n\tAE\tCP\n2023\t220 000 €\t110 000 €\n2024\t\t110 000 €\n\n"
    "Article 2 : Durée\n\nLa présente convention prend effet à sa date de signature.\n"
)


def refuse(data: bytes, kind: type[ExtractionError], *words: str) -> str:
    """Assert `data` is refused with `kind`, a one-line message containing `words`."""
    with pytest.raises(ExtractionError) as caught:
        read_document(data)
    error = caught.value
    assert type(error) is kind, f"{type(error).__name__}: {error}"
    message = str(error)
    assert message and "\n" not in message and len(message) < 200
    for word in words:
        assert word in message, message
    return message


# --- empty, garbage, unknown formats ---------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  "])
def test_empty_file(data: bytes) -> None:
    refuse(data, UnreadableDocument, "empty")


def test_binary_garbage() -> None:
    data = random.Random(7).randbytes(50_000)
    refuse(data, UnsupportedFormat, "binary")


def test_control_characters_without_nul() -> None:
    data = bytes(range(1, 9)) * 500 + b"some words"
    refuse(data, UnsupportedFormat, "binary")


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG"),
        (b"\xff\xd8\xff\xe0" + bytes(100), "JPEG"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "legacy Office"),
        (b"{\\rtf1\\ansi Convention}", "RTF"),
        (b'<?xml version="1.0"?><LEGI><ARTICLE>x</ARTICLE></LEGI>', "XML"),
    ],
)
def test_unknown_formats(data: bytes, name: str) -> None:
    refuse(data, UnsupportedFormat, name)


def test_text_with_only_markup_and_no_text() -> None:
    refuse(b"<html><body><script>x()</script><nav>menu</nav></body></html>", UnreadableDocument, "no text")


# --- text -----------------------------------------------------------------------------


def test_cp1252_text_decodes_accents() -> None:
    text = "Représentée par Stéphanie Schaer, délégataire ; 220 000 € ; « œuvre » ; préavis — trois mois"
    doc = read_document(text.encode("cp1252"))
    assert doc.text == text


def test_latin1_bytes_outside_cp1252_still_decode() -> None:
    data = "Délégation ".encode("latin-1") + b"\x81"
    assert read_document(data).text.startswith("Délégation")


def test_50_mb_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = b"Article 1 : la convention est conclue pour une duree d'un an.\n"
    with path.open("wb") as handle:
        block = line * (1024 * 1024 // len(line))
        for _ in range(50):
            handle.write(block)
    assert path.stat().st_size > MAX_TEXT_BYTES
    with pytest.raises(DocumentTooLarge, match="limit"):
        read_document(read_file(path))


def test_file_above_input_limit_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "sparse.pdf"
    with path.open("wb") as handle:
        handle.truncate(MAX_INPUT_BYTES + 1)  # sparse: nothing is written, nothing is read
    with pytest.raises(DocumentTooLarge, match="limit"):
        read_file(path)


def test_bytes_above_input_limit() -> None:
    refuse(b"%PDF-1.7\n" + bytes(MAX_INPUT_BYTES), DocumentTooLarge, "limit")


def test_missing_file_is_an_extraction_error(tmp_path: Path) -> None:
    with pytest.raises(UnreadableDocument, match="cannot read"):
        read_file(tmp_path / "absent.pdf")


# --- PDF ------------------------------------------------------------------------------


def test_encrypted_pdf() -> None:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, encrypt="secret")
    canvas.drawString(72, 720, "Convention de délégation de gestion, confidentielle")
    canvas.save()
    refuse(out.getvalue(), EncryptedDocument, "encrypted")


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.95])
def test_truncated_pdf(keep: float) -> None:
    data = build_pdf(TEXT)
    refuse(data[: int(len(data) * keep)], CorruptDocument, "PDF")


def test_corrupt_pdf_with_end_marker() -> None:
    refuse(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage\ntrailer\n%%EOF\n", CorruptDocument, "PDF")


def test_scanned_pdf_without_text_layer() -> None:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    for _ in range(3):
        canvas.rect(72, 72, 400, 600, fill=1)
        canvas.showPage()
    canvas.save()
    refuse(out.getvalue(), NoTextLayer, "no text layer", "OCR")


def test_pdf_page_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    import conventio.extraction.readers.pdf as pdf_reader

    monkeypatch.setattr(pdf_reader, "MAX_PDF_PAGES", 1)
    refuse(build_pdf(TEXT + "\f" + TEXT), DocumentTooLarge, "2 pages", "limit")


# --- DOCX and other ZIP archives --------------------------------------------------------


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


def test_docx_zip_bomb_of_zeros_is_refused_before_decompression(monkeypatch: pytest.MonkeyPatch) -> None:
    """word/document.xml would inflate to 300 MB of zeros from ~1 MB."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = bytes(1 << 20)
            for _ in range(300):
                member.write(chunk)
    data = out.getvalue()
    assert len(data) < 3 << 20

    def no_decompression(*args: object, **kwargs: object) -> None:
        raise AssertionError("a member was opened before the sizes were checked")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_decompression)
    refuse(data, DocumentTooLarge, "zip bomb")


def test_docx_high_compression_ratio_member() -> None:
    """Under the total cap, but compressed 1000 to 1: refused from the directory alone."""
    docx = zipfile.ZipFile(io.BytesIO(build_docx(TEXT)))
    members = {info.filename: docx.read(info) for info in docx.infolist()}
    members["word/media/image1.png"] = bytes(20 << 20)
    refuse(_zip(members), DocumentTooLarge, "zip bomb")


def test_docx_with_lying_sizes_never_decompresses_beyond_them() -> None:
    """Sizes forged small in both headers: reading stops at the declared size and fails cleanly."""
    document = b'<?xml version="1.0"?><w:document xmlns:w="x"><w:body>' + b" " * (8 << 20) + b"</w:body></w:document>"
    data = bytearray(_zip({"word/document.xml": document}))
    forged = struct.pack("<I", 1000)
    local = data.index(b"PK\x03\x04")
    data[local + 22 : local + 26] = forged
    central = data.index(b"PK\x01\x02")
    data[central + 24 : central + 28] = forged
    refuse(bytes(data), CorruptDocument, "damaged")


def test_docx_with_too_many_entries() -> None:
    members = {f"word/media/{index}.xml": b"" for index in range(2_100)}
    members["word/document.xml"] = b"<w:document/>"
    refuse(_zip(members, zipfile.ZIP_STORED), DocumentTooLarge, "entries")


def test_zip_that_is_not_a_docx() -> None:
    refuse(_zip({"readme.txt": b"hello", "data/x.csv": b"a,b"}), UnsupportedFormat, "not a DOCX")


def test_xlsx_is_unsupported() -> None:
    refuse(_zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}), UnsupportedFormat, "Excel")


def test_odt_is_unsupported() -> None:
    members = {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<office/>"}
    refuse(_zip(members, zipfile.ZIP_STORED), UnsupportedFormat, "OpenDocument")


def test_strict_open_xml_docx() -> None:
    document = b'<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body/></w:document>'
    refuse(_zip({"word/document.xml": document}), UnsupportedFormat, "Strict Open XML")


def test_truncated_docx() -> None:
    data = build_docx(TEXT)
    refuse(data[: len(data) // 2], CorruptDocument, "ZIP")


def test_docx_with_malformed_xml() -> None:
    docx = zipfile.ZipFile(io.BytesIO(build_docx(TEXT)))
    members = {info.filename: docx.read(info) for info in docx.infolist()}
    members["word/document.xml"] = members["word/document.xml"][:-40]
    refuse(_zip(members), CorruptDocument, "well-formed")


def test_docx_entity_expansion_is_not_performed() -> None:
    """A billion-laughs document: entities are not expanded, so it is read small or refused."""
    laughs = '<!DOCTYPE d [<!ENTITY a "lol">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)
    )
    xml = (
        '<?xml version="1.0"?>' + laughs + ']><w:document xmlns:w="http://schemas.openxmlformats.org/'
        'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Convention &j;</w:t></w:r></w:p></w:body></w:document>'
    )
    try:
        doc = read_document(_zip({"word/document.xml": xml.encode()}))
        assert len(doc.text) < 1000
    except ExtractionError:
        pass


# --- nothing but ExtractionError escapes ------------------------------------------------

_VALID = {"pdf": build_pdf(TEXT), "docx": build_docx(TEXT), "html": build_html(TEXT)}


@pytest.mark.parametrize("fmt", sorted(_VALID))
def test_damaged_documents_never_raise_anything_else(fmt: str) -> None:
    rng = random.Random(fmt)
    original = _VALID[fmt]
    for _ in range(60):
        data = bytearray(original)
        for _ in range(rng.randint(1, 40)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if rng.random() < 0.3:
            data = data[: rng.randrange(1, len(data))]
        try:
            read_document(bytes(data))
        except ExtractionError as error:
            assert "\n" not in str(error)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    prefix=st.sampled_from([b"", b"%PDF-1.7\n", b"PK\x03\x04", b"<html><body>", b"\xef\xbb\xbf", b"\xff\xfe"]),
    body=st.binary(max_size=2000),
)
def test_arbitrary_bytes_never_raise_anything_else(prefix: bytes, body: bytes) -> None:
    try:
        read_document(prefix + body)
    except ExtractionError as error:
        assert "\n" not in str(error)
