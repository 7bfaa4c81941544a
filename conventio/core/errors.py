"""Errors the domain services raise, each with a French message an agent can read.

Views, the API and the command line catch `ConventioError` and show its message
(4xx / non-zero exit); they never let a traceback reach a user.
"""

from __future__ import annotations


class ConventioError(Exception):
    """A refused operation: `message` says what and why, in French."""

    status = 400

    def __init__(self, message: str, *, extra: dict[str, object] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.extra = extra or {}


class NotAllowed(ConventioError):
    """The user may not see or change this object."""

    status = 403


class InvalidTransition(ConventioError):
    """A lifecycle transition that the current status does not allow."""

    status = 409


class InvalidInput(ConventioError):
    """Input that fails validation (wrong type, missing field, bad file)."""

    status = 400
