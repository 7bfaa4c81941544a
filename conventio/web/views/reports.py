"""Downloads of a convention's end-of-term execution report (PDF, XLSX).

Whoever may see the convention may download its report (`can(user, VIEW, …)`); a
convention they may not see, or one whose budget follow-up is not opened, answers
404 like a page that does not exist. The figures come from
`budget.reports.execution.build_report`, which reads them from the ledger service.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_GET

from conventio.budget.reports.execution import LedgerNotOpened, build_report
from conventio.budget.reports.files import CONTENT_TYPES, RENDERERS, file_name
from conventio.web.views.conventions import NOT_FOUND, _visible_convention
from conventio.web.views.responses import refuse


NO_LEDGER = "Le suivi budgétaire de cette convention n'est pas ouvert : il n'y a pas de compte rendu d'exécution."


def _download(request: HttpRequest, pk: int, extension: str) -> HttpResponse:
    convention = _visible_convention(request, pk)
    if convention is None:
        return refuse(request, 404, NOT_FOUND)
    day = timezone.localdate()
    try:
        report = build_report(convention, on=day)
    except LedgerNotOpened:
        return refuse(request, 404, NO_LEDGER)
    content = RENDERERS[extension](report)
    response = HttpResponse(content, content_type=CONTENT_TYPES[extension])
    response["Content-Disposition"] = content_disposition_header(True, file_name(convention, day, extension))
    response["Content-Length"] = str(len(content))
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_GET
def execution_report_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    return _download(request, pk, "pdf")


@login_required
@require_GET
def execution_report_xlsx(request: HttpRequest, pk: int) -> HttpResponse:
    return _download(request, pk, "xlsx")
