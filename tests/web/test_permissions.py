"""Who reaches what: sign-in required, one permission function, 404 for the unseen, 403 for the read-only.

- anonymous visitors are sent to the login page from every back-office URL (the fixed
  pages stay open);
- an agent of an organisation that is not a party sees neither the convention nor its
  versions or documents (404, as if they did not exist) and cannot act on it;
- a reader of a party sees the convention but any change answers 403;
- the programme team sees and changes everything;
- the Django admin is for superusers only: staff accounts are refused.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from conventio.core.models import AuditEvent
from conventio.register.enums import Status
from conventio.register.models import Convention, Organisation, SourceDocument
from conventio.register.services.organisations import find_or_create_organisation
from conventio.trust.models import MemberRole, Membership
from tests.register import factories


pytestmark = pytest.mark.django_db


@pytest.fixture
def fast13() -> Convention:
    return factories.fast13_refugies_info()


@pytest.fixture
def document(fast13: Convention) -> SourceDocument:
    return SourceDocument.objects.create(
        convention=fast13, name="fast13.txt", format="text", size=4, sha256="0" * 64, content=b"test"
    )


def signed_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def member(username: str, acronym: str, role: str = MemberRole.AGENT) -> Any:
    account = factories.user(username)
    organisation = Organisation.objects.filter(acronym=acronym).first() or find_or_create_organisation(
        name=f"Organisation {acronym}", acronym=acronym
    )
    Membership.objects.create(user=account, organisation=organisation, role=role)
    return account


def back_office_urls(fast13: Convention, document: SourceDocument) -> list[tuple[str, str]]:
    diair = Organisation.objects.get(acronym="DIAIR")
    return [
        ("get", reverse("register:conventions")),
        ("get", reverse("register:convention", args=[fast13.pk])),
        ("get", reverse("register:version_diff", args=[fast13.pk])),
        ("post", reverse("register:transition", args=[fast13.pk])),
        ("post", reverse("register:termination", args=[fast13.pk])),
        ("get", reverse("register:document", args=[document.pk])),
        ("get", reverse("register:organisations")),
        ("get", reverse("register:organisation", args=[diair.pk])),
        ("post", reverse("register:organisation_merge", args=[diair.pk])),
    ]


def test_anonymous_visitors_are_sent_to_the_login_page(fast13: Convention, document: SourceDocument) -> None:
    client = Client()
    for method, url in back_office_urls(fast13, document):
        response = getattr(client, method)(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login") + "?next="), url
    fast13.refresh_from_db()
    assert fast13.status == Status.SIGNED


def test_fixed_pages_are_open_without_signing_in() -> None:
    client = Client()
    for name in (
        "login",
        "footer-accessibility-status",
        "footer-legal-notice",
        "footer-personal-data",
        "footer-sitemap",
        "footer-cookie-management",
    ):
        assert client.get(reverse(name)).status_code == 200, name


def test_login_then_back_to_the_page_asked(fast13: Convention) -> None:
    factories.user("agent")
    client = Client()
    url = reverse("register:convention", args=[fast13.pk])
    response = client.post(reverse("login"), {"username": "agent", "password": "x", "next": url})
    assert response.status_code == 302 and response["Location"] == url


def test_agent_of_another_organisation_sees_nothing_of_the_convention(
    fast13: Convention, document: SourceDocument
) -> None:
    client = signed_in(member("prefecture", "PREF"))
    for url in (
        reverse("register:convention", args=[fast13.pk]),
        reverse("register:version_diff", args=[fast13.pk]),
        reverse("register:document", args=[document.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 404, url
        assert fast13.title not in response.content.decode()
    assert client.get(reverse("register:conventions")).context["count"] == 0
    response = client.post(reverse("register:transition", args=[fast13.pk]), {"transition": "enter_into_force"})
    assert response.status_code == 404
    diair = Organisation.objects.get(acronym="DIAIR")
    response = client.post(
        reverse("register:termination", args=[fast13.pk]), {"requested_by": diair.pk, "notice_date": "2023-10-02"}
    )
    assert response.status_code == 404
    fast13.refresh_from_db()
    assert fast13.status == Status.SIGNED and fast13.termination_notice_date is None
    # The organisation page lists none of the conventions this agent may not see.
    response = client.get(reverse("register:organisation", args=[diair.pk]))
    assert response.status_code == 200
    assert fast13.title not in response.content.decode()


def test_reader_of_a_party_sees_but_may_not_change(fast13: Convention, document: SourceDocument) -> None:
    client = signed_in(member("lecteur", "DIAIR", MemberRole.READER))
    assert client.get(reverse("register:convention", args=[fast13.pk])).status_code == 200
    assert client.get(reverse("register:document", args=[document.pk])).status_code == 200
    response = client.post(reverse("register:transition", args=[fast13.pk]), {"transition": "enter_into_force"})
    assert response.status_code == 403
    assert "pas la modifier" in response.content.decode()
    diair = Organisation.objects.get(acronym="DIAIR")
    response = client.post(
        reverse("register:termination", args=[fast13.pk]), {"requested_by": diair.pk, "notice_date": "2023-10-02"}
    )
    assert response.status_code == 403
    fast13.refresh_from_db()
    assert fast13.status == Status.SIGNED and fast13.termination_notice_date is None


def test_agent_of_a_party_may_change(fast13: Convention) -> None:
    client = signed_in(member("agent-diair", "DIAIR", MemberRole.AGENT))
    response = client.post(reverse("register:transition", args=[fast13.pk]), {"transition": "enter_into_force"})
    assert response.status_code == 303
    fast13.refresh_from_db()
    assert fast13.status == Status.IN_FORCE


def test_merge_is_for_the_programme_team_only(fast13: Convention) -> None:
    diair = Organisation.objects.get(acronym="DIAIR")
    duplicate = find_or_create_organisation(name="Délégation aux réfugiés (doublon)")
    client = signed_in(member("agent-diair", "DIAIR", MemberRole.BUDGET_OFFICER))
    page = client.get(reverse("register:organisation", args=[duplicate.pk])).content.decode()
    assert reverse("register:organisation_merge", args=[duplicate.pk]) not in page
    response = client.post(
        reverse("register:organisation_merge", args=[duplicate.pk]), {"target": diair.pk, "confirm": "on"}
    )
    assert response.status_code == 403
    duplicate.refresh_from_db()
    assert duplicate.merged_into is None


def test_programme_team_sees_every_convention(fast13: Convention) -> None:
    djepva = factories.djepva_api_engagement()
    client = signed_in(factories.programme_team_member())
    assert client.get(reverse("register:conventions")).context["count"] == 2
    for convention in (fast13, djepva):
        assert client.get(reverse("register:convention", args=[convention.pk])).status_code == 200


def test_inactive_accounts_cannot_sign_in() -> None:
    account = factories.user("parti")
    account.is_active = False
    account.save()
    response = Client().post(reverse("login"), {"username": "parti", "password": "x"})
    assert response.status_code == 200
    assert "_auth_user_id" not in response.client.session


# -------------------------------------------------------------------------------- admin


def test_admin_is_for_superusers_only(fast13: Convention) -> None:
    staff = factories.user("staff", is_staff=True)
    response = signed_in(staff).get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    assert signed_in(staff).get(f"/admin/register/convention/{fast13.pk}/change/").status_code == 302
    assert signed_in(factories.programme_team_member()).get("/admin/").status_code == 302
    superuser = factories.user("root", superuser=True)
    assert signed_in(superuser).get("/admin/").status_code == 200


def test_admin_audit_events_are_read_only(fast13: Convention) -> None:
    client = signed_in(factories.user("root", superuser=True))
    event = AuditEvent.objects.filter(scope=fast13.scope).first()
    assert event is not None
    assert client.get(f"/admin/core/auditevent/{event.pk}/change/").status_code == 200  # view only
    assert client.get("/admin/core/auditevent/add/").status_code == 403
    assert client.post(f"/admin/core/auditevent/{event.pk}/delete/", {"post": "yes"}).status_code == 403
    response = client.post(f"/admin/core/auditevent/{event.pk}/change/", {"message": "réécrit"})
    assert response.status_code == 403
    event.refresh_from_db()
    assert event.message != "réécrit"


def test_admin_never_hard_deletes_register_rows(fast13: Convention, document: SourceDocument) -> None:
    client = signed_in(factories.user("root", superuser=True))
    diair = Organisation.objects.get(acronym="DIAIR")
    version = fast13.versions.get()
    for path in (
        f"/admin/register/convention/{fast13.pk}/delete/",
        f"/admin/register/organisation/{diair.pk}/delete/",
        f"/admin/register/sourcedocument/{document.pk}/delete/",
        f"/admin/register/conventionversion/{version.pk}/delete/",
    ):
        assert client.post(path, {"post": "yes"}).status_code == 403, path
    assert Convention.objects.filter(pk=fast13.pk).exists()
    assert SourceDocument.objects.filter(pk=document.pk).exists()
    changelist = client.get("/admin/register/convention/").content.decode()
    assert "delete_selected" not in changelist


def test_admin_changes_are_audited(fast13: Convention) -> None:
    root = factories.user("root", superuser=True)
    client = signed_in(root)
    diair = Organisation.objects.get(acronym="DIAIR")
    response = client.post(
        f"/admin/register/organisation/{diair.pk}/change/",
        {
            "name": diair.name,
            "acronym": diair.acronym,
            "address": "Nouvelle adresse",
            "aliases-TOTAL_FORMS": "0",
            "aliases-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    event = AuditEvent.objects.filter(scope=diair.scope, action="conventio.admin.organisation.changed").get()
    assert event.actor == root
    assert event.changes == [
        {"field": "adresse", "before": "Place Beauvau, 75800 Paris Cedex 08", "after": "Nouvelle adresse"}
    ]
