"""URL configuration: the health check and the admin; each app adds its own URLs here."""

from django.contrib import admin
from django.urls import path

from conventio.core.health import healthz


urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
]
