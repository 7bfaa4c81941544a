"""Errors the extraction engine raises for input it cannot read.

Each carries a one-line French-free, user-facing message (the CLI prints it as is on
stderr) — the command line is for operators, so messages are in English like the rest
of the tooling, while findings about a convention's content are in French for agents.
"""


class ExtractionError(Exception):
    """Base class: an input the engine refuses, with a message fit for one stderr line."""

    exit_code = 2


class UnreadableDocument(ExtractionError):
    """The bytes are not a document the engine can read (empty, garbage, encrypted…)."""


class UnsupportedFormat(UnreadableDocument):
    """The format was recognised but is not one the engine reads."""


class DocumentTooLarge(UnreadableDocument):
    """The input exceeds a size limit (raw size, decompressed size, page count)."""
