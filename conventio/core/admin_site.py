"""The Django admin, for superusers only.

Django's default admin lets in any active `is_staff` user; conventio's back office is
the place for agents, and the admin (which can reach every row) is kept to superusers.
`ConventioAdminConfig` replaces ``django.contrib.admin`` in ``INSTALLED_APPS`` so that
``admin.site`` is a `ConventioAdminSite` (Django's documented way to override it).
"""

from __future__ import annotations

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.http import HttpRequest


class ConventioAdminSite(admin.AdminSite):
    site_header = "Administration de conventio"
    site_title = "conventio — administration"
    index_title = "Données du registre"

    def has_permission(self, request: HttpRequest) -> bool:
        user = request.user
        return bool(user.is_active and getattr(user, "is_superuser", False))


class ConventioAdminConfig(AdminConfig):
    default_site = "conventio.core.admin_site.ConventioAdminSite"
