"""The site's identity for the DSFR templates.

django-dsfr reads `SITE_CONFIG` from a database row by default; conventio's identity
is code, not data, so it is a constant here (one query less per page, and the same on
every server).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from django.http import HttpRequest


SITE_CONFIG = SimpleNamespace(
    site_title="conventio",
    site_tagline="Registre et suivi d'exécution des conventions de délégation de gestion",
    header_brand_html="République<br>française",
    footer_brand_html="République<br>française",
    footer_description=(
        "conventio est le registre public des conventions de délégation de gestion et des conventions "
        "de partenariat du programme beta.gouv.fr, avec le suivi de leur exécution budgétaire."
    ),
    beta_tag=True,
    accessibility_status="PART",
    # The DSFR footer prints « Accessibilité : <this> conforme ».
    get_accessibility_status_display="partiellement",
    mourning=False,
    notice_title="",
    notice_description="",
    operator_logo_file=None,
    operator_logo_alt="",
    operator_logo_width=0,
)


def site(request: HttpRequest) -> dict[str, Any]:
    return {"SITE_CONFIG": SITE_CONFIG}
