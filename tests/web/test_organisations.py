"""Organisations screens: list with search, page with conventions per role, audited merge."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from conventio.core.models import AuditEvent
from conventio.register.models import Organisation, PartyRole
from conventio.register.services.organisations import find_or_create_organisation
from conventio.trust.models import MemberRole, Membership
from tests.register import factories


pytestmark = pytest.mark.django_db


@pytest.fixture
def team() -> Any:
    return factories.programme_team_member("equipe")


@pytest.fixture
def client_of(team: Any) -> Client:
    client = Client()
    client.force_login(team)
    return client


@pytest.fixture
def seeds(team: Any) -> dict[str, Any]:
    return {"fast13": factories.fast13_refugies_info(team), "djepva": factories.djepva_api_engagement(team)}


def text_of(response: Any) -> str:
    content = re.sub(r"<(script|style)\b.*?</\1>", " ", response.content.decode(), flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", content)))


def test_list_and_search(client_of: Client, seeds: dict[str, Any]) -> None:
    response = client_of.get(reverse("register:organisations"))
    assert response.status_code == 200
    names = [o.name for o in response.context["page_obj"].object_list]
    assert len(names) == 3 and any("DJEPVA" in text_of(response) for _ in names)
    # Search by acronym, by name without accents, by an alias.
    for query in ("DIAIR", "refugies", "Délégation interministérielle"):
        response = client_of.get(reverse("register:organisations"), {"q": query})
        assert [o.acronym for o in response.context["page_obj"].object_list] == ["DIAIR"], query
    for bad in ("x" * 1000, "%", "_", "' OR 1=1 --"):
        response = client_of.get(reverse("register:organisations"), {"q": bad, "page": "-1"})
        assert response.status_code == 200 and response.context["count"] == 0, bad
    # NUL characters (refused by PostgreSQL) are dropped from the search.
    response = client_of.get(reverse("register:organisations"), {"q": "DI\x00AIR"})
    assert response.status_code == 200 and response.context["count"] == 1
    dinum = Organisation.objects.get(acronym="DINUM")
    response = client_of.get(reverse("register:organisations"), {"q": "DINUM"})
    assert response.context["page_obj"].object_list[0].convention_count == 2
    assert reverse("register:organisation", args=[dinum.pk]) in response.content.decode()


def test_organisation_page_groups_conventions_by_role(client_of: Client, seeds: dict[str, Any]) -> None:
    dinum = Organisation.objects.get(acronym="DINUM")
    response = client_of.get(reverse("register:organisation", args=[dinum.pk]))
    assert response.status_code == 200
    page = text_of(response)
    assert "Direction interministérielle du numérique (DINUM)" in page
    assert "20 avenue de Ségur" in page
    roles = dict(response.context["roles"])
    assert [c.title for c in roles["délégant"]] == [seeds["fast13"].title]
    assert [c.title for c in roles["délégataire"]] == [seeds["djepva"].title]
    assert "En tant que délégant (1)" in page and "En tant que délégataire (1)" in page


def test_organisation_page_lists_only_visible_conventions(seeds: dict[str, Any]) -> None:
    agent = factories.user("agent-diair")
    diair = Organisation.objects.get(acronym="DIAIR")
    Membership.objects.create(user=agent, organisation=diair, role=MemberRole.READER)
    client = Client()
    client.force_login(agent)
    dinum = Organisation.objects.get(acronym="DINUM")
    response = client.get(reverse("register:organisation", args=[dinum.pk]))
    assert response.status_code == 200
    listed = [c.pk for _, conventions in response.context["roles"] for c in conventions]
    assert listed == [seeds["fast13"].pk]
    content = response.content.decode()
    assert reverse("register:convention", args=[seeds["djepva"].pk]) not in content
    assert "Fusionner" not in text_of(response)


def test_unknown_organisation(client_of: Client) -> None:
    response = client_of.get(reverse("register:organisation", args=[999999]))
    assert response.status_code == 404
    assert "Cette organisation n'existe pas" in text_of(response)


def test_merge_moves_roles_and_is_audited_on_both_pages(client_of: Client, team: Any, seeds: dict[str, Any]) -> None:
    diair = Organisation.objects.get(acronym="DIAIR")
    duplicate = find_or_create_organisation(name="Délégation à l'intégration des réfugiés")
    role = PartyRole.objects.filter(organisation=diair).first()
    assert role is not None
    PartyRole.objects.filter(pk=role.pk).update(organisation=duplicate)
    response = client_of.post(
        reverse("register:organisation_merge", args=[duplicate.pk]), {"target": diair.pk, "confirm": "on"}
    )
    assert response.status_code == 303
    assert response["Location"] == reverse("register:organisation", args=[diair.pk])
    duplicate.refresh_from_db()
    assert duplicate.merged_into == diair
    assert PartyRole.objects.get(pk=role.pk).organisation == diair
    for organisation in (duplicate, diair):
        event = AuditEvent.objects.filter(scope=organisation.scope, action__endswith="organisation.merged").get()
        assert event.actor == team
        page = text_of(client_of.get(reverse("register:organisation", args=[organisation.pk])))
        assert "fusionnée dans" in page
    page = text_of(client_of.get(reverse("register:organisation", args=[duplicate.pk])))
    assert "Organisation fusionnée" in page
    page = text_of(client_of.get(reverse("register:organisation", args=[diair.pk])))
    assert "Délégation à l'intégration des réfugiés" in page  # alias and merged organisation
    assert seeds["fast13"].title in page
    # A merged organisation no longer offers the merge form, and leaves the list.
    assert "Fusionner avec une autre organisation" not in text_of(
        client_of.get(reverse("register:organisation", args=[duplicate.pk]))
    )
    listed = [o.pk for o in client_of.get(reverse("register:organisations")).context["page_obj"].object_list]
    assert duplicate.pk not in listed


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"target": "self", "confirm": "on"}, "Cette organisation ne peut pas recevoir la fusion."),
        ({"target": "merged", "confirm": "on"}, "Cette organisation ne peut pas recevoir la fusion."),
        ({"target": "abc", "confirm": "on"}, "Cette organisation ne peut pas recevoir la fusion."),
        ({"confirm": "on"}, "Choisissez l'organisation dans laquelle fusionner."),
        ({"target": "diair"}, "Cochez la case pour confirmer la fusion."),
    ],
)
def test_bad_merge_requests_are_refused(
    client_of: Client, seeds: dict[str, Any], data: dict[str, str], message: str
) -> None:
    diair = Organisation.objects.get(acronym="DIAIR")
    source = find_or_create_organisation(name="Doublon de test")
    gone = find_or_create_organisation(name="Ancienne organisation")
    Organisation.objects.filter(pk=gone.pk).update(merged_into=diair)
    ids = {"self": source.pk, "merged": gone.pk, "diair": diair.pk}
    payload = {key: ids.get(value, value) for key, value in data.items()}
    response = client_of.post(reverse("register:organisation_merge", args=[source.pk]), payload)
    assert response.status_code == 400
    assert message in text_of(response)
    assert "La fusion n'a pas été faite" in text_of(response)
    source.refresh_from_db()
    assert source.merged_into is None
    assert not AuditEvent.objects.filter(action__endswith="organisation.merged").exists()


def test_merging_an_already_merged_organisation_is_refused(client_of: Client, seeds: dict[str, Any]) -> None:
    diair = Organisation.objects.get(acronym="DIAIR")
    dinum = Organisation.objects.get(acronym="DINUM")
    source = find_or_create_organisation(name="Doublon de test")
    Organisation.objects.filter(pk=source.pk).update(merged_into=dinum)
    response = client_of.post(
        reverse("register:organisation_merge", args=[source.pk]), {"target": diair.pk, "confirm": "on"}
    )
    assert response.status_code == 400
    assert "a déjà été fusionnée" in text_of(response)
    source.refresh_from_db()
    assert source.merged_into == dinum


def test_merge_refuses_get(client_of: Client, seeds: dict[str, Any]) -> None:
    diair = Organisation.objects.get(acronym="DIAIR")
    assert client_of.get(reverse("register:organisation_merge", args=[diair.pk])).status_code == 405
