"""Views of the conventions screens (being written: each returns 501 until its screen lands)."""

from django.http import HttpRequest, HttpResponse


def convention_list(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    return HttpResponse("Not implemented yet", status=501)


def convention_detail(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    return HttpResponse("Not implemented yet", status=501)


def version_diff(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    return HttpResponse("Not implemented yet", status=501)


def transition(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    return HttpResponse("Not implemented yet", status=501)


def termination(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    return HttpResponse("Not implemented yet", status=501)


def document_download(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    return HttpResponse("Not implemented yet", status=501)
