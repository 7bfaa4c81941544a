"""File names, content types and renderers of the execution report, shared by the web views and the command."""

from __future__ import annotations

import datetime
from collections.abc import Callable

from django.utils.text import slugify

from conventio.budget.reports.execution import ExecutionReport
from conventio.budget.reports.pdf import render_pdf
from conventio.budget.reports.xlsx import render_xlsx
from conventio.register.models import Convention


FORMATS = ("pdf", "xlsx")
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
RENDERERS: dict[str, Callable[[ExecutionReport], bytes]] = {"pdf": render_pdf, "xlsx": render_xlsx}


def file_name(convention: Convention, day: datetime.date, extension: str) -> str:
    """« compte-rendu-execution-<ascii slug of the reference or title>-<YYYY-MM-DD>.<ext> »."""
    slug = slugify(convention.reference or convention.title)[:60].strip("-") or f"convention-{convention.pk}"
    return f"compte-rendu-execution-{slug}-{day.isoformat()}.{extension}"
