"""Errors the extraction engine raises for input it cannot read.

Each carries a one-line, user-facing message (the CLI prints it as is on stderr). The
command line is for operators, so these messages are in English like the rest of the
tooling, while findings about a convention's content are in French for agents.

Readers raise only these: every exception a parsing library may throw is caught at the
reader's boundary and turned into one of them, so no traceback reaches the user.
"""


class ExtractionError(Exception):
    """Base class: an input the engine refuses, with a message fit for one stderr line."""

    exit_code = 2


class UnreadableDocument(ExtractionError):
    """The bytes are not a document the engine can read (empty, garbage, no text…)."""


class UnsupportedFormat(UnreadableDocument):
    """The format is unknown, or recognised but not one the engine reads (PNG, XLSX, ODT…)."""


class DocumentTooLarge(UnreadableDocument):
    """The input exceeds a size limit (raw size, decompressed size, page count)."""


class EncryptedDocument(UnreadableDocument):
    """The document is password-protected: its text cannot be read without the password."""


class CorruptDocument(UnreadableDocument):
    """The document claims a known format but is truncated or damaged."""


class NoTextLayer(UnreadableDocument):
    """A PDF whose pages are images only (a scan): reading it would need OCR, out of scope."""
