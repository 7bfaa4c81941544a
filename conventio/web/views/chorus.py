"""The Chorus import screens: upload an extraction, follow its import, read the report, list past imports.

Who may import: the programme team, and agents or budget officers of an organisation
(`jobs.may_import`); the importer then loads only the lines of conventions the user
may change (the others are refused or reported unmatched), so an agent's import never
touches another organisation's convention. A user sees their own imports; the
programme team sees all of them (`jobs.visible_jobs`).

Upload (`register:chorus_upload`): the file is checked at once (size cap, format
sniffed from the content, header, a first data line) and refused with a French message
and status 400 when it cannot be imported — nothing is stored then. Otherwise it is
stored as a pending job and started in the background (`conventio.budget.chorus.jobs`,
which says why a thread), and the browser is sent to the job's page. As in the
documents upload, bytes past the cap are never kept (`CappedUploadHandler`), so the
view is CSRF-exempt at the door and checks the token itself right after.

Job page (`register:chorus_import`): a progress bar refreshed by a small script that
polls `register:chorus_state` (JSON) — or, without JavaScript, by reloading the page
every 2 seconds — then the reconciliation report.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.http.multipartparser import MultiPartParserError
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from conventio.budget.chorus import jobs
from conventio.budget.chorus.formats import ChorusFileError
from conventio.budget.models import ChorusImport
from conventio.web.ingestion_forms import CappedUploadHandler
from conventio.web.views.responses import page, refuse


UPLOAD_FIELD = "fichier"
IMPORTS = ("Imports Chorus", "register:chorus_imports")
NOT_ALLOWED = (
    "Vous n'avez pas le droit d'importer une extraction Chorus : l'import est ouvert à l'équipe du programme "
    "et aux agents et responsables budgétaires des organisations parties aux conventions."
)
NOT_FOUND = "Cet import n'existe pas, ou vous ne pouvez pas le consulter."
PER_PAGE = 50


# ------------------------------------------------------------------------------ upload


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def upload(request: HttpRequest) -> HttpResponse:
    """The upload form; POST checks the file, stores the job, starts it and redirects to its page."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not jobs.may_import(request.user):
        return _upload_page(request, status=403, errors=[NOT_ALLOWED])
    if request.method == "POST":
        limit = jobs.max_upload_bytes()
        if _content_length(request) > limit + 1024 * 1024:
            return _upload_page(request, status=413, errors=[_too_big(limit)])
        request.upload_handlers = [CappedUploadHandler(request, limit=limit, max_files=1)]
        try:
            request.FILES  # noqa: B018 - reading it parses the multipart body (French message on failure)
        except (TooManyFilesSent, TooManyFieldsSent, RequestDataTooBig, MultiPartParserError):
            return _upload_page(request, status=400, errors=["Envoi illisible : envoyez un seul fichier."])
    return _upload(request)


@csrf_protect
def _upload(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return _upload_page(request)
    files = request.FILES.getlist(UPLOAD_FIELD)
    handler = next((h for h in request.upload_handlers if isinstance(h, CappedUploadHandler)), None)
    if handler is not None and handler.files_seen > 1:
        return _upload_page(
            request, status=400, errors=["Envoyez un seul fichier à la fois. Rien n'a été enregistré."]
        )
    if not files:
        return _upload_page(request, status=400, errors=["Choisissez le fichier de l'extraction Chorus à importer."])
    uploaded = files[0]
    name = uploaded.name or "extraction"
    if getattr(uploaded, "oversized", False):
        uploaded.close()
        return _upload_page(request, status=400, errors=[_too_big(jobs.max_upload_bytes())])
    try:
        content = uploaded.read()
    finally:
        uploaded.close()
    try:
        job = jobs.create_job(content, name, request.user)
    except ChorusFileError as error:
        return _upload_page(request, status=400, errors=[error.message, *error.errors[:20]])
    jobs.start(job)
    return HttpResponseRedirect(reverse("register:chorus_import", args=[job.pk]), status=303)


def _content_length(request: HttpRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def _megabytes(size: int) -> str:
    return f"{size // (1024 * 1024)} Mo" if size >= 1024 * 1024 else f"{max(1, size // 1024)} Ko"


def _too_big(limit: int) -> str:
    return (
        f"Le fichier dépasse la taille maximale autorisée ({_megabytes(limit)}). Rien n'a été enregistré : "
        "découpez l'extraction (par exercice ou par centre financier) ou importez-la en ligne de commande."
    )


def _upload_page(request: HttpRequest, *, status: int = 200, errors: list[str] | None = None) -> HttpResponse:
    return page(
        request,
        "web/chorus/upload.html",
        title="Importer une extraction Chorus",
        nav="chorus",
        links=(IMPORTS,),
        status=status,
        errors=errors or [],
        field_name=UPLOAD_FIELD,
        max_size=_megabytes(jobs.max_upload_bytes()),
        may_import=jobs.may_import(request.user),
    )


# ------------------------------------------------------------------------- list, job


@login_required
@require_GET
def import_list(request: HttpRequest) -> HttpResponse:
    """Past and running imports the user may see, newest first."""
    queryset = jobs.visible_jobs(request.user).defer("data", "report")
    paginator = Paginator(queryset, PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    rows = [{"job": job, "state": jobs.state_of(job)} for job in page_obj.object_list]
    return page(
        request,
        "web/chorus/list.html",
        title="Imports Chorus",
        nav="chorus",
        rows=rows,
        page_obj=page_obj,
        pages_list=paginator.get_elided_page_range(page_obj.number),
        may_import=jobs.may_import(request.user),
    )


def _visible_job(request: HttpRequest, pk: int) -> ChorusImport | None:
    return jobs.visible_jobs(request.user).filter(pk=pk).first()


@never_cache
@login_required
@require_GET
def import_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One import: progress while it runs, then the reconciliation report (or why it was refused)."""
    job = _visible_job(request, pk)
    if job is None:
        return refuse(request, 404, NOT_FOUND)
    state = jobs.state_of(job)
    earlier = jobs.earlier_import(job) if state.status == "done" else None
    return page(
        request,
        "web/chorus/detail.html",
        title=f"Import Chorus n° {job.pk}",
        nav="chorus",
        links=(IMPORTS,),
        job=job,
        state=state,
        polling=not state.finished and state.status != "interrupted",
        report=_report_context(job.report) if state.status == "done" else None,
        errors=list(job.report.get("errors", [])) if state.status == "failed" else [],
        earlier=earlier,
        may_relaunch=state.relaunchable and jobs.may_import(request.user),
    )


@never_cache
@require_GET
def import_state(request: HttpRequest, pk: int) -> JsonResponse:
    """The job's progress as JSON, for the page's script (the same figures as the page)."""
    if not request.user.is_authenticated:
        return JsonResponse({"error": "Connectez-vous pour suivre cet import."}, status=401)
    job = jobs.visible_jobs(request.user).defer("data", "report").filter(pk=pk).first()
    if job is None:
        return JsonResponse({"error": NOT_FOUND}, status=404)
    state = jobs.state_of(job)
    return JsonResponse(
        {
            "id": job.pk,
            "file": job.file_name,
            **state.as_dict(),
            "url": reverse("register:chorus_import", args=[job.pk]),
        }
    )


@login_required
@require_POST
def import_relaunch(request: HttpRequest, pk: int) -> HttpResponse:
    """Relaunch an interrupted import (its process died: the file is still stored, nothing was written)."""
    job = _visible_job(request, pk)
    if job is None:
        return refuse(request, 404, NOT_FOUND)
    if not jobs.may_import(request.user):
        return refuse(request, 403, NOT_ALLOWED)
    if not jobs.requeue(job.pk):
        return refuse(request, 409, "Cet import n'est pas interrompu : il ne peut pas être relancé.")
    jobs.start(job)
    messages.info(request, "L'import est relancé.")
    return HttpResponseRedirect(reverse("register:chorus_import", args=[job.pk]), status=303)


# ----------------------------------------------------------------------------- report

ENTRY_SECTIONS = (
    ("refused", "Pièces refusées (non chargées)", "Lignes qui dépasseraient un plafond ou ne peuvent être chargées."),
    ("changed", "Pièces modifiées depuis le dernier import", ""),
    ("new", "Pièces nouvelles", ""),
)


def _report_context(report: dict[str, Any]) -> dict[str, Any]:
    """The stored report (`ImportReport.as_dict`) arranged for the template: sections in reading order."""
    counts = report.get("counts", {})
    limit = report.get("list_limit", 0)
    sections = []
    for key, title, hint in ENTRY_SECTIONS:
        entries = report.get("entries", {}).get(key, [])
        total = counts.get(key, 0)
        sections.append(
            {
                "key": key,
                "title": title,
                "hint": hint,
                "entries": entries,
                "count": total,
                "cut": total > len(entries),
                "limit": limit,
            }
        )
    unchanged_only = not counts.get("new") and not counts.get("changed")
    return {
        "lines": report.get("lines", {}),
        "counts": counts,
        "by_kind": report.get("by_kind", {}),
        "amounts": report.get("amounts", {}),
        "conventions": report.get("conventions", []),
        "unmatched": report.get("unmatched", []),
        "ignored_columns": report.get("ignored_columns", []),
        "file": report.get("file", {}),
        "sections": sections,
        "nothing_changed": unchanged_only,
    }
