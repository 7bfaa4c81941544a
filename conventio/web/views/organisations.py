"""Organisations screens: the list, an organisation's page (its conventions in each role), the merge.

An organisation's page lists only the conventions the user may see; its merge is
reserved to the programme team (`can(user, ADMINISTER, organisation)`) and goes through
`merge_organisations`, which records the merge on both organisations' audit trails.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.views.decorators.http import require_GET, require_POST

from conventio.core.errors import ConventioError
from conventio.register.models import Convention, Organisation, OrganisationAlias
from conventio.register.services.organisations import merge_organisations
from conventio.trust.permissions import ADMINISTER, VIEW, can, visible_conventions
from conventio.web import selectors
from conventio.web.forms import MergeForm
from conventio.web.views.responses import ORGANISATIONS, page, refuse


PAGE_SIZE = 50
NOT_FOUND = "Cette organisation n'existe pas."


@login_required
@require_GET
def organisation_list(request: HttpRequest) -> HttpResponse:
    if not can(request.user, VIEW):
        return refuse(request, 403, "Votre compte ne donne pas accès au registre.")
    # NUL characters cannot reach PostgreSQL; anything else is only searched for.
    query = request.GET.get("q", "").replace("\x00", "").strip()[:200]
    visible = visible_conventions(request.user, Convention.objects.all()).values("pk")
    organisations = selectors.organisations_for_list(query).annotate(
        convention_count=Count("party_roles__convention", filter=Q(party_roles__convention__in=visible), distinct=True)
    )
    paginator = Paginator(organisations, PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    return page(
        request,
        "web/organisations/list.html",
        title="Organisations",
        nav="organisations",
        query=query,
        page_obj=page_obj,
        pages_list=list(paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)),
        count=paginator.count,
    )


@login_required
@require_GET
def organisation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = Organisation.objects.filter(pk=pk).select_related("merged_into").first()
    if organisation is None or not can(request.user, VIEW, organisation):
        return refuse(request, 404, NOT_FOUND)
    return _render_detail(request, organisation)


def _render_detail(
    request: HttpRequest,
    organisation: Organisation,
    *,
    form: MergeForm | None = None,
    status: int = 200,
    error: str = "",
) -> HttpResponse:
    may_merge = organisation.merged_into is None and can(request.user, ADMINISTER, organisation)
    if may_merge and form is None:
        form = MergeForm(source=organisation)
    return page(
        request,
        "web/organisations/detail.html",
        title=str(organisation),
        nav="organisations",
        links=(ORGANISATIONS,),
        status=status,
        organisation=organisation,
        aliases=[
            alias
            for alias in OrganisationAlias.objects.filter(organisation=organisation).order_by("name")
            if alias.name not in (organisation.name, organisation.acronym)
        ],
        merged=list(Organisation.objects.filter(merged_into=organisation).order_by("name")),
        roles=selectors.conventions_by_role(request.user, organisation),
        events=selectors.audit_trail(organisation.scope, limit=100),
        merge_form=form if may_merge else None,
        error=error,
    )


@login_required
@require_POST
def organisation_merge(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = Organisation.objects.filter(pk=pk).first()
    if organisation is None or not can(request.user, VIEW, organisation):
        return refuse(request, 404, NOT_FOUND)
    if not can(request.user, ADMINISTER, organisation):
        return refuse(request, 403, "Seule l'équipe programme peut fusionner des organisations.")
    form = MergeForm(request.POST, source=organisation)
    if not form.is_valid():
        return _render_detail(
            request, organisation, form=form, status=400, error="La fusion n'a pas été faite : corrigez le formulaire."
        )
    target = Organisation.objects.get(pk=form.cleaned_data["target"])
    try:
        merge_organisations(source=organisation, target=target, actor=request.user)
    except ConventioError as error:
        return _render_detail(request, organisation, form=form, status=error.status, error=error.message)
    messages.success(request, f"« {organisation} » a été fusionnée dans « {target} ».")
    return HttpResponseRedirect(target.get_absolute_url(), status=303)
