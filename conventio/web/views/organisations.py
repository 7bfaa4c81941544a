"""Views of the organisations screens (being written: each returns 501 until its screen lands)."""

from django.http import HttpRequest, HttpResponse


def organisation_list(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    return HttpResponse("Not implemented yet", status=501)


def organisation_detail(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    return HttpResponse("Not implemented yet", status=501)


def organisation_merge(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    return HttpResponse("Not implemented yet", status=501)
