"""Conventions screens: the list, a convention's page, its version diff, lifecycle actions, documents.

Views stay thin: they read the query string or the posted form, ask the permission
function (`can`, `visible_conventions` through the selectors), call one service, and
show its French message when it refuses (`ConventioError` → DSFR alert, 4xx status).
A convention the user may not see answers 404, as if it did not exist; one they may
see but not change answers 403 to a change.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_GET, require_POST

from conventio.core.errors import ConventioError
from conventio.register.enums import Status
from conventio.register.models import Convention, ConventionVersion, Ingestion, Organisation, SourceDocument
from conventio.register.services import lifecycle
from conventio.register.services.registration import version_diff as compute_version_diff
from conventio.trust.permissions import CHANGE, VIEW, can
from conventio.web import selectors
from conventio.web.forms import (
    DEFAULT_SORT,
    SORTS,
    ConventionFilterForm,
    TerminationForm,
    TransitionForm,
    VersionCompareForm,
)
from conventio.web.templatetags.conventio_format import euros, frdate
from conventio.web.views.execution import execution_context
from conventio.web.views.responses import CONVENTIONS, page, refuse


PAGE_SIZE = 20
NOT_FOUND = "Cette convention n'existe pas, ou vous n'avez pas accès à ses informations."

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html; charset=utf-8",
    "text": "text/plain; charset=utf-8",
}
EXTENSIONS = {"pdf": ".pdf", "docx": ".docx", "html": ".html", "text": ".txt"}

# Button labels and explanations of the lifecycle transitions offered on the page.
TRANSITION_BUTTONS = {
    "sign": ("Enregistrer la signature", "La convention passe de « projet » à « signée »."),
    "enter_into_force": ("Constater l'entrée en vigueur", "La convention prend effet."),
    "suspend": ("Suspendre", "L'exécution est interrompue ; indiquez le motif."),
    "resume": ("Reprendre l'exécution", "La convention redevient « en vigueur »."),
    "expire": ("Constater l'échéance", "La date de fin est passée : la convention est échue."),
    "terminate": ("Constater la résiliation", "Le préavis est écoulé : la résiliation prend effet."),
}
# Money facts (by the last segment of their path), formatted as amounts on the diff page.
MONEY_FACTS = {"total_amount", "total", "amount", "ae", "cp"}


# ------------------------------------------------------------------------------ list


@login_required
@require_GET
def convention_list(request: HttpRequest) -> HttpResponse:
    if not can(request.user, VIEW):
        return refuse(request, 403, "Votre compte ne donne pas accès au registre.")
    visible = selectors.visible(request.user)
    # The permission function returns the unfiltered queryset to those who see everything.
    choices = selectors.filter_choices(visible, sees_all=not visible.query.has_filters())
    form = ConventionFilterForm(request.GET, **choices)
    filters = form.valid_filters()
    queryset = selectors.conventions_for_list(visible, filters)
    paginator = Paginator(queryset, PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    sort = filters.get("sort") or DEFAULT_SORT
    return page(
        request,
        "web/conventions/list.html",
        title="Conventions",
        nav="conventions",
        form=form,
        ignored=form.ignored(),
        page_obj=page_obj,
        pages_list=list(paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)),
        count=paginator.count,
        columns=_sort_columns(request, sort),
        filtered=any(key != "sort" for key in filters),
    )


def _sort_columns(request: HttpRequest, sort: str) -> dict[str, dict[str, str]]:
    """For each sortable column: the link that sorts on it (or reverses it) and its aria-sort state."""
    columns = {}
    for key in SORTS:
        params = request.GET.copy()
        params.pop("page", None)
        current = sort.lstrip("-") == key
        descending = sort.startswith("-")
        params["sort"] = (key if descending else f"-{key}") if current else key
        state = ("descending" if descending else "ascending") if current else "none"
        columns[key] = {"url": f"?{params.urlencode()}", "aria_sort": state}
    return columns


# ---------------------------------------------------------------------- convention page


def _visible_convention(request: HttpRequest, pk: int) -> Convention | None:
    """The convention if the user may see it (asked to `can`), else None (the view answers 404)."""
    convention = Convention.objects.filter(pk=pk).first()
    if convention is None or not can(request.user, VIEW, convention):
        return None
    return convention


@login_required
@require_GET
def convention_detail(request: HttpRequest, pk: int) -> HttpResponse:
    convention = _visible_convention(request, pk)
    if convention is None:
        return refuse(request, 404, NOT_FOUND)
    return _render_detail(request, convention)


def _render_detail(
    request: HttpRequest,
    convention: Convention,
    *,
    status: int = 200,
    error: str = "",
    transition_forms: dict[str, TransitionForm] | None = None,
    termination_form: TerminationForm | None = None,
    execution_form: tuple[str, Any] | None = None,
) -> HttpResponse:
    """The convention page; the forms given (refused or invalid posts) are shown bound, in their place."""
    data = selectors.convention_page(convention)
    convention = data.convention
    may_change = can(request.user, CHANGE, convention)
    actions = []
    if may_change:
        allowed = lifecycle.allowed_transitions(convention)
        for name in allowed:
            if name == "terminate" and convention.termination_effective_date is None:
                continue  # the termination form records the notice first
            form = (transition_forms or {}).get(name) or TransitionForm(
                allowed=allowed, prefix=name, initial={"transition": name}
            )
            label, help_text = TRANSITION_BUTTONS[name]
            actions.append({"name": name, "label": label, "help": help_text, "form": form})
        if termination_form is None and convention.status in lifecycle.TRANSITIONS["terminate"][0]:
            termination_form = TerminationForm(convention=convention)
    return page(
        request,
        "web/conventions/detail.html",
        title=convention.title,
        nav="conventions",
        links=(CONVENTIONS,),
        status=status,
        page_data=data,
        convention=convention,
        may_change=may_change,
        actions=actions,
        termination_form=termination_form if may_change else None,
        compare_form=VersionCompareForm(versions=data.versions) if len(data.versions) >= 2 else None,
        error=error,
        today=selectors.today(),
        execution=execution_context(convention, bound=execution_form),
    )


# ------------------------------------------------------------------------- lifecycle


def _changeable(request: HttpRequest, pk: int) -> Convention | HttpResponse:
    """The convention if the user may change it, else the refusal to answer (404 unseen, 403 read-only)."""
    convention = _visible_convention(request, pk)
    if convention is None:
        return refuse(request, 404, NOT_FOUND)
    if not can(request.user, CHANGE, convention):
        return refuse(request, 403, "Vous pouvez consulter cette convention mais pas la modifier.")
    return convention


@login_required
@require_POST
def transition(request: HttpRequest, pk: int) -> HttpResponse:
    convention = _changeable(request, pk)
    if isinstance(convention, HttpResponse):
        return convention
    allowed = lifecycle.allowed_transitions(convention)
    name = request.POST.get("transition", "")
    prefix = name if name in lifecycle.TRANSITIONS else None
    data = request.POST.copy()
    if prefix:
        # The buttons post `transition` unprefixed: it names the form the other fields belong to.
        data[f"{prefix}-transition"] = name
    form = TransitionForm(data, allowed=allowed, prefix=prefix)
    if not form.is_valid():
        message = " ".join(str(error) for errors in form.errors.values() for error in errors)
        if name not in allowed:
            status_label = Status(convention.status).label
            message = f"Cette action n'est pas possible : la convention est « {status_label} »."
        forms = {name: form} if name in allowed else None
        return _render_detail(
            request, convention, status=400 if name in allowed else 409, error=message, transition_forms=forms
        )
    name = form.cleaned_data["transition"]
    reason = form.cleaned_data.get("reason") or ""
    try:
        if name == "sign":
            lifecycle.sign(convention, actor=request.user, signature_date=form.cleaned_data.get("signature_date"))
        elif name == "enter_into_force":
            lifecycle.enter_into_force(convention, actor=request.user)
        elif name == "suspend":
            lifecycle.suspend(convention, actor=request.user, reason=reason)
        elif name == "resume":
            lifecycle.resume(convention, actor=request.user, reason=reason)
        elif name == "expire":
            lifecycle.expire(convention, actor=request.user)
        else:
            lifecycle.terminate(convention, actor=request.user)
    except ConventioError as error:
        convention.refresh_from_db()
        return _render_detail(
            request, convention, status=error.status, error=error.message, transition_forms={name: form}
        )
    convention.refresh_from_db()
    messages.success(
        request, f"{lifecycle.LABELS[name]} enregistrée : la convention est « {Status(convention.status).label} »."
    )
    return HttpResponseRedirect(reverse("register:convention", args=[convention.pk]) + "#cycle-de-vie", status=303)


@login_required
@require_POST
def termination(request: HttpRequest, pk: int) -> HttpResponse:
    convention = _changeable(request, pk)
    if isinstance(convention, HttpResponse):
        return convention
    form = TerminationForm(request.POST, convention=convention)
    if not form.is_valid():
        return _render_detail(
            request,
            convention,
            status=400,
            error="La demande de résiliation n'a pas été enregistrée : corrigez le formulaire.",
            termination_form=form,
        )
    requested_by = Organisation.objects.get(pk=form.cleaned_data["requested_by"])
    try:
        convention = lifecycle.request_termination(
            convention,
            actor=request.user,
            requested_by=requested_by,
            notice_date=form.cleaned_data["notice_date"],
            effective_on=form.cleaned_data.get("effective_on"),
        )
    except ConventioError as error:
        return _render_detail(request, convention, status=error.status, error=error.message, termination_form=form)
    effective = frdate(convention.termination_effective_date)
    messages.success(request, f"Résiliation demandée par {requested_by} : elle prendra effet le {effective}.")
    return HttpResponseRedirect(reverse("register:convention", args=[convention.pk]) + "#cycle-de-vie", status=303)


# -------------------------------------------------------------------------- versions


@login_required
@require_GET
def version_diff(request: HttpRequest, pk: int) -> HttpResponse:
    convention = _visible_convention(request, pk)
    if convention is None:
        return refuse(request, 404, NOT_FOUND)
    versions = list(ConventionVersion.objects.filter(convention=convention).order_by("number"))
    links = (CONVENTIONS, (convention.title, convention.get_absolute_url()))
    title = f"Comparer deux versions — {convention.title}"
    if len(versions) < 2:
        return page(
            request,
            "web/conventions/diff.html",
            title=title,
            nav="conventions",
            links=links,
            convention=convention,
            form=None,
            changes=None,
            single=True,
        )
    data = request.GET if ("first" in request.GET or "second" in request.GET) else None
    form = VersionCompareForm(data, versions=versions)
    if data is None:
        first, second = versions[-2], versions[-1]
    elif form.is_valid():
        by_number = {version.number: version for version in versions}
        first, second = by_number[form.cleaned_data["first"]], by_number[form.cleaned_data["second"]]
    else:
        return page(
            request,
            "web/conventions/diff.html",
            title=title,
            nav="conventions",
            links=links,
            status=400,
            convention=convention,
            form=form,
            changes=None,
            single=False,
        )
    changes = [
        {
            **change,
            "before": _fact_display(change["path"], change["before"]),
            "after": _fact_display(change["path"], change["after"]),
        }
        for change in compute_version_diff(first, second)
    ]
    return page(
        request,
        "web/conventions/diff.html",
        title=title,
        nav="conventions",
        links=links,
        convention=convention,
        form=form,
        first=first,
        second=second,
        changes=changes,
        single=False,
    )


def _fact_display(path: str, value: Any) -> Any:
    """Amounts of the diff in French money format; other values as they are (the template formats them)."""
    if path.split(".")[-1] in MONEY_FACTS and value not in (None, ""):
        return euros(value)
    if path == "kind" and value:
        from conventio.register.enums import Kind

        return dict(Kind.choices).get(value, value)
    if path.endswith("role") and value:
        from conventio.register.enums import Role

        return dict(Role.choices).get(value, value)
    if path == "status" and value:
        return dict(Status.choices).get(value, value)
    return value


# ------------------------------------------------------------------------- documents


@login_required
@require_GET
def document_download(request: HttpRequest, pk: int) -> HttpResponse:
    document = SourceDocument.objects.filter(pk=pk).select_related("convention").first()
    if document is None or not _may_see_document(request, document):
        return refuse(request, 404, "Ce document n'existe pas, ou vous n'avez pas accès à son contenu.")
    name = document.name
    extension = EXTENSIONS.get(document.format, "")
    if extension and not name.lower().endswith(extension):
        name += extension
    response = HttpResponse(
        bytes(document.content), content_type=CONTENT_TYPES.get(document.format, "application/octet-stream")
    )
    # Always a download, never rendered in the back office's origin (an HTML document could carry scripts).
    response["Content-Disposition"] = content_disposition_header(True, name)
    response["Content-Length"] = str(len(document.content))
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _may_see_document(request: HttpRequest, document: SourceDocument) -> bool:
    if document.convention is not None:
        return can(request.user, VIEW, document)
    # A document still under review: whoever may see one of its ingestions may read it.
    return any(can(request.user, VIEW, ingestion) for ingestion in Ingestion.objects.filter(document=document))
