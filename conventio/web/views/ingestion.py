"""The ingestion screens: upload one or many documents, then review each one field by field.

Upload (`register:upload`): a signed-in user who may ingest sends up to
``CONVENTIO_MAX_UPLOAD_FILES`` files of at most ``CONVENTIO_MAX_UPLOAD_BYTES`` each in
one form; every file gets its outcome (to review, already deposited, refused and why).
Bytes past the cap are never kept (`CappedUploadHandler`), so the upload handlers must
be set before anything reads the request body: the view is CSRF-exempt at the door and
checks the token itself right after (Django's documented pattern).

Review (`register:review`): the extracted value of each field beside the passage it
was read from, the findings first (errors, then warnings, then information); the agent
confirms or corrects each field (see `ingestion_forms` for the confirmation rule) and
registers the document — as a new convention, or as an avenant or replacement document
of a convention it resembles. Every refusal re-displays the page with the French
message and the status of the error (400, 403…); nothing is registered then.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods

from conventio.core.errors import ConventioError
from conventio.extraction import ExtractionError
from conventio.extraction.readers import read_document
from conventio.extraction.record import Record, Severity
from conventio.register import facts as facts_module
from conventio.register.enums import IngestionStatus, Kind
from conventio.register.models import Convention, Ingestion
from conventio.register.services.ingestion import (
    IngestOutcome,
    discard_ingestion,
    find_candidates,
    ingest_document,
    register_ingestion,
    review_ingestion,
)
from conventio.trust.permissions import CHANGE, INGEST, VIEW, can
from conventio.web.ingestion_forms import (
    READ_ONLY,
    CappedUploadHandler,
    ReviewForm,
    build_groups,
    finding_passage,
    read_avenant_number,
    read_choice,
    read_review,
)


UPLOAD_FIELD = "documents"
FORMAT_LABELS = {"text": "texte", "pdf": "PDF", "docx": "Word (DOCX)", "html": "HTML"}
SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
SEVERITY_LABELS = {Severity.ERROR: "Erreur", Severity.WARNING: "Avertissement", Severity.INFO: "Information"}


# ------------------------------------------------------------------------------ upload


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def upload(request: HttpRequest) -> HttpResponse:
    """Upload form and per-file outcomes (the CSRF token is checked in `_upload`)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not can(request.user, INGEST):
        return _upload_page(request, status=403, errors=["Vous n'avez pas le droit de déposer des documents."])
    limit = settings.CONVENTIO_MAX_UPLOAD_BYTES
    max_files = settings.CONVENTIO_MAX_UPLOAD_FILES
    if request.method == "POST":
        # Refuse an absurd body at once, before reading it (a form of `max_files` full files and some margin).
        length = _content_length(request)
        if length > max_files * limit + 1024 * 1024:
            return _upload_page(
                request,
                status=413,
                errors=[f"L'envoi est trop volumineux : au plus {max_files} fichiers de {_megabytes(limit)} chacun."],
            )
        request.upload_handlers = [CappedUploadHandler(request, limit=limit, max_files=max_files)]
        # Parse the body here, so that a malformed or oversized form gets its French message
        # (the CSRF check in `_upload` would otherwise meet the error first, as a bare 400).
        try:
            request.FILES  # noqa: B018 - reading it parses the multipart body
        except (TooManyFilesSent, TooManyFieldsSent, RequestDataTooBig, MultiPartParserError):
            return _upload_page(
                request, status=400, errors=[f"Envoi illisible ou trop de fichiers : au plus {max_files} par envoi."]
            )
    return _upload(request)


@csrf_protect
def _upload(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return _upload_page(request)
    max_files = settings.CONVENTIO_MAX_UPLOAD_FILES
    files = request.FILES.getlist(UPLOAD_FIELD)
    handler = next((h for h in request.upload_handlers if isinstance(h, CappedUploadHandler)), None)
    sent = handler.files_seen if handler else len(files)
    if sent > max_files:
        return _upload_page(
            request,
            status=400,
            errors=[
                f"Vous avez envoyé {sent} fichiers : au plus {max_files} par envoi. Aucun fichier n'a été enregistré."
            ],
        )
    if not files:
        return _upload_page(request, status=400, errors=["Choisissez au moins un document à déposer."])
    too_big = f"Le fichier dépasse la taille maximale autorisée ({_megabytes(settings.CONVENTIO_MAX_UPLOAD_BYTES)})."
    outcomes: list[IngestOutcome] = []
    for uploaded in files:
        name = uploaded.name or "document"
        if getattr(uploaded, "oversized", False):
            outcomes.append(IngestOutcome(name, "refused", too_big))
            continue
        try:
            content = uploaded.read()
        finally:
            uploaded.close()
        try:
            outcomes.append(ingest_document(content, name=name, actor=request.user))
        except ConventioError as error:
            outcomes.append(IngestOutcome(name, "refused", error.message))
    status = 400 if all(outcome.status == "refused" for outcome in outcomes) else 200
    return _upload_page(request, status=status, outcomes=[_outcome_row(request, o) for o in outcomes])


def _content_length(request: HttpRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def _megabytes(size: int) -> str:
    return f"{size // (1024 * 1024)} Mo" if size >= 1024 * 1024 else f"{max(1, size // 1024)} Ko"


def _outcome_row(request: HttpRequest, outcome: IngestOutcome) -> dict[str, Any]:
    """What the page shows for one file: its outcome, message and where to go next."""
    link, link_label = "", ""
    ingestion = outcome.ingestion
    if ingestion is not None:
        convention = ingestion.convention
        if convention is not None and can(request.user, VIEW, convention):
            link, link_label = convention.get_absolute_url(), "Voir la convention"
        elif ingestion.status == IngestionStatus.PENDING and can(request.user, VIEW, ingestion):
            link, link_label = ingestion.get_absolute_url(), "Relire le document"
    return {
        "name": outcome.name,
        "status": outcome.status,
        "message": outcome.message,
        "link": link,
        "link_label": link_label,
        "candidates": outcome.candidates,
    }


def _upload_page(
    request: HttpRequest,
    *,
    status: int = 200,
    errors: list[str] | None = None,
    outcomes: list[dict[str, Any]] | None = None,
) -> HttpResponse:
    pending = (
        Ingestion.objects.filter(status=IngestionStatus.PENDING, created_by=request.user)
        .select_related("document")
        .order_by("-created_at")[:100]
        if request.user.is_authenticated
        else []
    )
    context = {
        "title": "Déposer des documents",
        "nav": "upload",
        "breadcrumb_data": {"links": [], "current": "Déposer des documents"},
        "errors": errors or [],
        "outcomes": outcomes or [],
        "pending": pending,
        "field_name": UPLOAD_FIELD,
        "max_files": settings.CONVENTIO_MAX_UPLOAD_FILES,
        "max_size": _megabytes(settings.CONVENTIO_MAX_UPLOAD_BYTES),
    }
    return render(request, "web/ingestion/upload.html", context, status=status)


# ------------------------------------------------------------------------------ review


@require_http_methods(["GET", "HEAD", "POST"])
def review(request: HttpRequest, pk: int) -> HttpResponse:
    """The review page of one ingestion; POST saves, registers or discards it."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    ingestion = Ingestion.objects.select_related("document", "convention").filter(pk=pk).first()
    if ingestion is None or not can(request.user, VIEW, ingestion):
        raise Http404("Document introuvable.")
    if request.method != "POST":
        return _review_page(request, ingestion)
    if not can(request.user, CHANGE, ingestion):
        return _review_page(request, ingestion, status=403, errors=["Vous n'avez pas le droit de relire ce document."])
    if str(request.POST.get("ingestion") or "") != str(ingestion.pk):
        return _review_page(
            request, ingestion, status=400, errors=["Le formulaire envoyé ne correspond pas à ce document."]
        )
    if ingestion.status != IngestionStatus.PENDING:
        return _review_page(request, ingestion, status=400, errors=["Ce document a déjà été traité."])
    action = request.POST.get("action")
    if action == "discard":
        return _discard(request, ingestion)
    if action not in ("save", "register"):
        return _review_page(request, ingestion, status=400, errors=["Action inconnue."])

    form = read_review(request.POST, ingestion.reviewed)
    errors = list(form.form_errors)
    if form.errors:
        errors.append("Certaines valeurs sont invalides : corrigez les champs signalés.")
    choice, avenant_number = None, None
    target: Convention | None = None
    if action == "register":
        extracted = facts_module.flatten(_extracted_facts(ingestion))
        missing = form.unconfirmed(extracted)
        if missing:
            named = ", ".join(f"« {facts_module.label_of(path)} »" for path in missing[:5])
            more = f" et {len(missing) - 5} autre(s)" if len(missing) > 5 else ""
            errors.append(
                f"{len(missing)} champ(s) ne sont ni confirmés ni corrigés ({named}{more}) : cochez « confirmé » "
                "pour chacun, ou « tout confirmer » après avoir relu tous les champs."
            )
        choice, message = read_choice(request.POST)
        if message:
            errors.append(message)
        avenant_number, message = read_avenant_number(request.POST)
        if message:
            errors.append(message)
        if choice is not None and choice.mode != "new":
            target, message, status = _target(request, ingestion, choice.target_id, other=choice.other)
            if message:
                return _review_page(request, ingestion, form=form, status=status, errors=[*errors, message])
    if errors:
        return _review_page(request, ingestion, form=form, status=400, errors=errors)

    try:
        with transaction.atomic():
            reviewed = review_ingestion(ingestion, form.values, actor=request.user)
            if action == "save":
                messages.success(request, "Relecture enregistrée : le document attend toujours son enregistrement.")
                return HttpResponseRedirect(ingestion.get_absolute_url())
            assert choice is not None  # noqa: S101 - checked above: registering needs a choice
            convention = register_ingestion(
                reviewed, actor=request.user, mode=choice.mode, target=target, avenant_number=avenant_number
            )
    except ConventioError as error:
        ingestion.refresh_from_db()
        return _review_page(request, ingestion, form=form, status=error.status, errors=[error.message])
    labels = {
        "new": "Convention enregistrée.",
        "avenant": "Avenant enregistré.",
        "replacement": "Document de remplacement enregistré.",
    }
    messages.success(request, labels[choice.mode])
    return HttpResponseRedirect(reverse("register:convention", args=[convention.pk]))


def _target(
    request: HttpRequest, ingestion: Ingestion, target_id: int | None, *, other: bool
) -> tuple[Convention | None, str, int]:
    """The convention an avenant or replacement applies to: one offered, or one the agent may change."""
    offered = {c.pk for c in _candidates(ingestion)}
    target = Convention.objects.filter(pk=target_id).first() if target_id is not None else None
    if target is None or not can(request.user, VIEW, target):
        return None, "Convention introuvable : vérifiez son numéro.", 400
    if not other and target.pk not in offered:
        return None, "Choix d'enregistrement inconnu.", 400
    if not can(request.user, CHANGE, target):
        return None, "Vous n'avez pas le droit de modifier cette convention.", 403
    return target, "", 200


def _discard(request: HttpRequest, ingestion: Ingestion) -> HttpResponse:
    try:
        discard_ingestion(ingestion, actor=request.user)
    except ConventioError as error:
        return _review_page(request, ingestion, status=error.status, errors=[error.message])
    messages.success(request, f"Relecture abandonnée : « {ingestion.document.name} » n'a pas été enregistré.")
    return HttpResponseRedirect(reverse("register:upload"))


def _extracted_facts(ingestion: Ingestion) -> dict[str, Any]:
    return facts_module.facts_from_record(Record.model_validate(ingestion.record))


def _candidates(ingestion: Ingestion) -> list[Convention]:
    found = find_candidates(ingestion.reviewed or {})
    for extra in (ingestion.as_avenant_of, ingestion.as_replacement_of):
        if extra is not None and extra not in found:
            found.insert(0, extra)
    return found


def _document_text(ingestion: Ingestion) -> str | None:
    """The document's text, read again from the stored bytes (the record keeps spans, not text)."""
    try:
        return read_document(bytes(ingestion.document.content)).text
    except ExtractionError:
        return None


def _review_page(
    request: HttpRequest,
    ingestion: Ingestion,
    *,
    form: ReviewForm | None = None,
    status: int = 200,
    errors: list[str] | None = None,
) -> HttpResponse:
    record = Record.model_validate(ingestion.record)
    pending = ingestion.status == IngestionStatus.PENDING
    context: dict[str, Any] = {
        "title": f"Relecture : {ingestion.document.name}",
        "nav": "upload",
        "breadcrumb_data": {
            "links": [{"url": reverse("register:upload"), "title": "Déposer des documents"}],
            "current": f"Relecture : {ingestion.document.name}",
        },
        "ingestion": ingestion,
        "format_label": FORMAT_LABELS.get(ingestion.document.format, ingestion.document.format),
        "record": record,
        "pending": pending,
        "errors": errors or [],
        "may_change": can(request.user, CHANGE, ingestion),
    }
    if pending:
        text = _document_text(ingestion)
        extracted = facts_module.facts_from_record(record)
        groups = build_groups(
            ingestion.reviewed, extracted, facts_module.provenance_from_record(record), text, form=form
        )
        candidates = [c for c in _candidates(ingestion) if can(request.user, VIEW, c)]
        is_avenant = (ingestion.reviewed or {}).get("kind") == Kind.AVENANT
        context.update(
            {
                "findings": _findings(record, text),
                "groups": groups,
                "field_errors": [(f.id, f.label, f.error) for g in groups for f in g.fields if f.error],
                "read_only": [
                    {"key": key, "label": label, "items": (ingestion.reviewed or {}).get(key) or []}
                    for key, label in READ_ONLY.items()
                ],
                "corrections": ingestion.corrections or [],
                "candidates": candidates,
                "mode_options": _mode_options(candidates),
                "is_avenant": is_avenant,
                "mode": request.POST.get("mode", "") if form else ("" if candidates or is_avenant else "new"),
                "other_convention": request.POST.get("other_convention", "") if form else "",
                "avenant_number": (
                    request.POST.get("avenant_number", "")
                    if form
                    else (record.avenant_number.value if record.avenant_number else "")
                ),
                "confirm_all": bool(form and form.confirm_all),
                "field_count": sum(len(g.fields) for g in groups),
            }
        )
    return render(request, "web/ingestion/review.html", context, status=status)


def _mode_options(candidates: list[Convention]) -> list[dict[str, str]]:
    """The « enregistrer comme » radios: new, avenant or replacement of each candidate, or of another one."""
    options = [{"id": "mode-new", "value": "new", "label": "Une nouvelle convention"}]
    for candidate in candidates:
        options += [
            {
                "id": f"mode-avenant-{candidate.pk}",
                "value": f"avenant:{candidate.pk}",
                "label": f"Un avenant de « {candidate} » (n° {candidate.pk})",
            },
            {
                "id": f"mode-replacement-{candidate.pk}",
                "value": f"replacement:{candidate.pk}",
                "label": f"Un document de remplacement de « {candidate} » (n° {candidate.pk})",
            },
        ]
    options += [
        {
            "id": "mode-avenant-other",
            "value": "avenant:other",
            "label": "Un avenant d'une autre convention (indiquez son numéro ci-dessous)",
        },
        {
            "id": "mode-replacement-other",
            "value": "replacement:other",
            "label": "Un document de remplacement d'une autre convention (indiquez son numéro ci-dessous)",
        },
    ]
    return options


def _findings(record: Record, text: str | None) -> list[dict[str, Any]]:
    """Findings, errors first, each with the passage it is about."""
    ordered = sorted(record.findings, key=lambda f: SEVERITY_ORDER.get(f.severity, 3))
    return [
        {
            "severity": str(finding.severity),
            "label": SEVERITY_LABELS.get(finding.severity, "Information"),
            "alert": {"error": "error", "warning": "warning"}.get(str(finding.severity), "info"),
            "message": finding.message,
            "field": finding.field,
            "page": finding.span.page if finding.span else None,
            "passage": finding_passage(text, finding.span.model_dump() if finding.span else None),
        }
        for finding in ordered
    ]
