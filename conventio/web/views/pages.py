"""The site's fixed pages, open without signing in: accessibility, legal notice, personal data, sitemap, cookies.

Their wording describes what conventio actually does (session and CSRF cookies only,
agents' accounts, audit trail). What depends on the deployment — host, publication
director, contact address — comes from settings (`CONVENTIO_HOST_*`,
`CONVENTIO_PUBLICATION_DIRECTOR`, `CONVENTIO_CONTACT_EMAIL`) so each instance states its own.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_GET

from conventio.web.views.responses import page


DEFAULTS = {
    "CONVENTIO_HOST_NAME": "[hébergeur à renseigner]",
    "CONVENTIO_HOST_ADDRESS": "[adresse de l'hébergeur à renseigner]",
    "CONVENTIO_HOST_CONTACT": "",
    "CONVENTIO_PUBLICATION_DIRECTOR": "le directeur ou la directrice interministériel du numérique",
    "CONVENTIO_CONTACT_EMAIL": "",
    "CONVENTIO_ACCESSIBILITY_AUDIT_DATE": "",
}


def deployment() -> dict[str, Any]:
    """The deployment-specific facts the pages state, from settings (with visible placeholders)."""
    values = {
        key.removeprefix("CONVENTIO_").lower(): getattr(settings, key, "") or default
        for key, default in DEFAULTS.items()
    }
    values["session_days"] = round(getattr(settings, "SESSION_COOKIE_AGE", 1209600) / 86400)
    return values


@require_GET
def accessibility(request: HttpRequest) -> HttpResponse:
    return page(request, "web/pages/accessibility.html", title="Déclaration d'accessibilité", **deployment())


@require_GET
def legal_notice(request: HttpRequest) -> HttpResponse:
    return page(request, "web/pages/legal_notice.html", title="Mentions légales", **deployment())


@require_GET
def personal_data(request: HttpRequest) -> HttpResponse:
    return page(request, "web/pages/personal_data.html", title="Données personnelles", **deployment())


@require_GET
def sitemap(request: HttpRequest) -> HttpResponse:
    return page(request, "web/pages/sitemap.html", title="Plan du site", **deployment())


@require_GET
def cookies(request: HttpRequest) -> HttpResponse:
    return page(request, "web/pages/cookies.html", title="Gestion des cookies", **deployment())
