"""Every size limit the readers enforce, in one place.

Conventions are small: a long one is 30 pages, 100 KB of text, a few MB as a PDF with
a scanned signature page. The limits below are two orders of magnitude above that, so
no real convention meets them, while a hostile or mistaken input (a 300 MB log file, a
zip bomb disguised as a DOCX, a 50 000-page PDF) is refused before it costs memory or
minutes. Each refusal is a `DocumentTooLarge` with a one-line message naming the limit.

Checks happen as early as possible: raw size before sniffing, ZIP member sizes from the
central directory before anything is decompressed (and again while decompressing, since
declared sizes can lie), page count before any page is rendered.
"""

from __future__ import annotations


MB = 1024 * 1024

# Raw input: any format. Checked first, on the byte count alone (or the file size on disk).
MAX_INPUT_BYTES = 50 * MB
# Text and HTML are all text: 20 MB is ~10 000 pages of prose.
MAX_TEXT_BYTES = 20 * MB

# PDF: pages beyond this are refused before any is read.
MAX_PDF_PAGES = 2_000
# Below this many non-blank characters per page on average, the PDF has no usable text
# layer (a scan with at most a stamped page number): refused rather than read as empty.
MIN_PDF_CHARS_PER_PAGE = 40

# DOCX (a ZIP archive), checked on the central directory before decompression:
MAX_ZIP_ENTRIES = 2_000
# Sum of the declared uncompressed sizes of all members.
MAX_ZIP_UNCOMPRESSED_BYTES = 100 * MB
# The XML parts actually read (main document, numbering, styles), each, also enforced
# while streaming in case the declared size lies.
MAX_DOCX_PART_BYTES = 30 * MB
# Declared uncompressed/compressed ratio of one member; XML rarely exceeds 30, a bomb of
# zeros reaches 1000. Only members above MIN_RATIO_CHECK_BYTES are checked, since tiny
# parts can legitimately compress very well.
MAX_ZIP_RATIO = 200
MIN_RATIO_CHECK_BYTES = 1 * MB


def human_size(size: int) -> str:
    """'52.4 MB' style rendering for refusal messages (limits, being round, print as '50 MB')."""
    if size >= MB:
        return f"{size // MB} MB" if size % MB == 0 else f"{size / MB:.1f} MB"
    return f"{size / 1024:.1f} KB"
