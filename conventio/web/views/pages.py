"""Views of the pages screens (being written: each returns 501 until its screen lands)."""

from django.http import HttpRequest, HttpResponse


def accessibility(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    return HttpResponse("Not implemented yet", status=501)


def legal_notice(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    return HttpResponse("Not implemented yet", status=501)


def personal_data(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    return HttpResponse("Not implemented yet", status=501)


def sitemap(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    return HttpResponse("Not implemented yet", status=501)


def cookies(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    return HttpResponse("Not implemented yet", status=501)
