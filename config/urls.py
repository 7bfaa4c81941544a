"""URL configuration: the health check and the admin; each app adds its own URLs here."""

from django.contrib import admin
from django.urls import include, path

from conventio.core.health import healthz
from conventio.web.urls import site_urlpatterns


urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    *site_urlpatterns,
    path("", include("conventio.web.urls", namespace="register")),
]
