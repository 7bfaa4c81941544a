"""Views of the ingestion screens (being written: each returns 501 until its screen lands)."""

from django.http import HttpRequest, HttpResponse


def upload(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    return HttpResponse("Not implemented yet", status=501)


def review(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    return HttpResponse("Not implemented yet", status=501)
