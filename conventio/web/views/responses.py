"""How back-office views answer: a DSFR page with its title and breadcrumb, or a clear refusal.

Refusals (403, 404, 4xx from a `ConventioError`) are DSFR pages with a French message,
never a traceback nor a bare status line: an agent who follows an old link learns why
the page is not shown.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse


CONVENTIONS = ("Conventions", "register:conventions")
ORGANISATIONS = ("Organisations", "register:organisations")


def crumbs(current: str, *links: tuple[str, str]) -> dict[str, Any]:
    """Breadcrumb data for `dsfr_breadcrumb`: (title, url or URL name) links, then the current page."""
    return {
        "links": [{"title": title, "url": url if url.startswith("/") else reverse(url)} for title, url in links],
        "current": current,
    }


def page(
    request: HttpRequest,
    template: str,
    *,
    title: str,
    nav: str = "",
    links: tuple[tuple[str, str], ...] = (),
    status: int = 200,
    **context: Any,
) -> HttpResponse:
    """Render a back-office page with what `web/base.html` expects (title, breadcrumb, active menu)."""
    context.update({"title": title, "nav": nav, "breadcrumb_data": crumbs(title, *links)})
    return render(request, template, context, status=status)


def refuse(request: HttpRequest, status: int, message: str, *, title: str = "") -> HttpResponse:
    """A DSFR error page: 403 (not allowed), 404 (not found or not visible), 400/409 (refused input)."""
    default_titles = {403: "Accès refusé", 404: "Page introuvable", 405: "Action non permise"}
    heading = title or default_titles.get(status, "Demande refusée")
    return page(request, "web/refused.html", title=heading, status=status, message=message)
