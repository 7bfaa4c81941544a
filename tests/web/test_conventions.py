"""The conventions screens through Django's test client: list, convention page, lifecycle, diff, documents.

Both seed conventions are registered from the engine's facts (tests/register/factories.py);
pages are read as a programme-team member unless a test is about someone else. Bad input
(filters, transitions, termination, version numbers) gets a French message and a 4xx
status, never a 500, and changes nothing.
"""

from __future__ import annotations

import datetime
import html
import re
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from conventio.core.models import AuditEvent
from conventio.register.enums import Status
from conventio.register.models import Convention, Organisation, SourceDocument
from conventio.register.services import lifecycle
from conventio.register.services.registration import apply_avenant, register_facts
from conventio.trust.models import MemberRole, Membership
from tests.conftest import FAST13
from tests.register import factories


pytestmark = pytest.mark.django_db

NBSP = "\u00a0"


@pytest.fixture
def team() -> Any:
    return factories.programme_team_member("equipe")


@pytest.fixture
def fast13(team: Any) -> Convention:
    return factories.fast13_refugies_info(team)


@pytest.fixture
def djepva(team: Any) -> Convention:
    return factories.djepva_api_engagement(team)


@pytest.fixture
def client_of(team: Any) -> Client:
    client = Client()
    client.force_login(team)
    return client


def text_of(response: Any) -> str:
    """The page's visible text, tags removed and whitespace collapsed (no-break spaces kept)."""
    content = response.content.decode()
    content = re.sub(r"<(script|style)\b.*?</\1>", " ", content, flags=re.S)
    content = html.unescape(re.sub(r"<[^>]+>", " ", content))
    return re.sub(r"[ \t\r\n]+", " ", content)


def titles_in_list(response: Any) -> list[str]:
    return [row.title for row in response.context["page_obj"].object_list]


# ------------------------------------------------------------------------------ list


def test_list_shows_visible_conventions_with_french_formats(client_of: Client, fast13: Any, djepva: Any) -> None:
    response = client_of.get(reverse("register:conventions"))
    assert response.status_code == 200
    page = text_of(response)
    assert "2 conventions" in page
    assert f"220{NBSP}000,00{NBSP}€" in page
    assert f"4{NBSP}410{NBSP}626,88{NBSP}€" in page
    assert "27/07/2023" in page and "24/01/2024" in page
    # Default order: latest signature first.
    assert titles_in_list(response) == [djepva.title, fast13.title]


def test_search_finds_refugies_without_accent_or_case(client_of: Client, fast13: Any, djepva: Any) -> None:
    for query in ("Réfugiés", "refugies", "DIAIR", "0352-CFSE-CFIN", "AICDAIR075", "352"):
        response = client_of.get(reverse("register:conventions"), {"q": query})
        assert titles_in_list(response) == [fast13.title], query
    response = client_of.get(reverse("register:conventions"), {"q": "JeVeuxAider"})
    assert titles_in_list(response) == [djepva.title]
    response = client_of.get(reverse("register:conventions"), {"q": "DINUM"})
    assert len(titles_in_list(response)) == 2


def test_filters_status_programme_year_party(client_of: Client, fast13: Any, djepva: Any) -> None:
    url = reverse("register:conventions")
    lifecycle.enter_into_force(fast13, actor=None)
    assert titles_in_list(client_of.get(url, {"status": Status.IN_FORCE})) == [fast13.title]
    assert titles_in_list(client_of.get(url, {"status": Status.SIGNED})) == [djepva.title]
    assert titles_in_list(client_of.get(url, {"programme": "163"})) == [djepva.title]
    # Year: budget lines of that year, or signed that year.
    assert titles_in_list(client_of.get(url, {"year": "2021"})) == [djepva.title]
    assert titles_in_list(client_of.get(url, {"year": "2023"})) == [djepva.title, fast13.title]
    diair = Organisation.objects.get(acronym="DIAIR")
    assert titles_in_list(client_of.get(url, {"party": str(diair.pk)})) == [fast13.title]
    # Filters combine.
    assert titles_in_list(client_of.get(url, {"year": "2023", "programme": "352", "q": "FAST"})) == [fast13.title]


def test_deadline_filter_counts_days_from_today(client_of: Client, fast13: Any, djepva: Any) -> None:
    url = reverse("register:conventions")
    today = timezone.localdate()
    deadline = fast13.deadlines.order_by("due_date").first()
    deadline.due_date = today + datetime.timedelta(days=10)
    deadline.save()
    djepva.deadlines.update(due_date=today - datetime.timedelta(days=1))
    assert titles_in_list(client_of.get(url, {"deadline_days": "10"})) == [fast13.title]
    assert titles_in_list(client_of.get(url, {"deadline_days": "9"})) == []
    assert titles_in_list(client_of.get(url, {"deadline_days": "0"})) == []


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"deadline_days": "abc"}, "Indiquez un nombre entier de jours"),
        ({"deadline_days": "-3"}, "ne peut pas être négatif"),
        ({"deadline_days": "99999999999999999999"}, "limité à"),
        ({"status": "archived"}, "n&#x27;est pas un statut connu"),
        ({"programme": "999"}, "n&#x27;est pas un programme connu"),
        ({"year": "deux-mille"}, "n&#x27;est pas une année proposée"),
        ({"party": "x"}, "filtre ignoré"),
        ({"party": "123456"}, "filtre ignoré"),
        ({"sort": "password"}, "Tri inconnu"),
        ({"q": "x" * 500}, "limitée à 200 caractères"),
        ({"q": "Réfu\x00giés"}, "Le caractère nul"),
        ({"party": "99999999999999999999999"}, "filtre ignoré"),
        ({"year": "99999999999999999999"}, "n&#x27;est pas une année proposée"),
        ({"page": "99999999999999999999999"}, None),
        ({"page": "abc"}, None),
        ({"page": "99999"}, None),
    ],
)
def test_bad_filter_values_are_ignored_with_a_message(
    client_of: Client, fast13: Any, djepva: Any, params: dict[str, str], message: str | None
) -> None:
    response = client_of.get(reverse("register:conventions"), params)
    assert response.status_code == 200
    if message:
        content = response.content.decode()
        assert "Certains critères ont été ignorés" in content
        assert message in content
    # The invalid filter is ignored: both conventions are still listed.
    assert response.context["count"] == 2


def test_sorting_on_each_column(client_of: Client, fast13: Any, djepva: Any) -> None:
    url = reverse("register:conventions")
    lifecycle.enter_into_force(fast13, actor=None)
    assert titles_in_list(client_of.get(url, {"sort": "signature_date"})) == [fast13.title, djepva.title]
    assert titles_in_list(client_of.get(url, {"sort": "-end_date"})) == [djepva.title, fast13.title]
    assert titles_in_list(client_of.get(url, {"sort": "amount"})) == [fast13.title, djepva.title]
    assert titles_in_list(client_of.get(url, {"sort": "-amount"})) == [djepva.title, fast13.title]
    assert titles_in_list(client_of.get(url, {"sort": "title"})) == [djepva.title, fast13.title]
    # Lifecycle order: signed before in force.
    assert titles_in_list(client_of.get(url, {"sort": "status"})) == [djepva.title, fast13.title]
    response = client_of.get(url, {"sort": "title", "q": "convention"})
    content = response.content.decode()
    # The sorted column says so (aria-sort), and its link reverses the order while keeping the search.
    assert 'aria-sort="ascending"' in content
    assert "?sort=-title&amp;q=convention" in content or "?q=convention&amp;sort=-title" in content


def many_conventions(count: int, actor: Any) -> None:
    facts = factories.fast13_facts()
    for index in range(count):
        facts["title"] = f"Convention de délégation de gestion n° {index:03d}"
        register_facts(facts, actor=actor)


def test_pagination_keeps_filters(client_of: Client, team: Any) -> None:
    many_conventions(25, team)
    url = reverse("register:conventions")
    first = client_of.get(url, {"q": "délégation", "sort": "title"})
    assert first.context["count"] == 25
    assert len(titles_in_list(first)) == 20
    content = first.content.decode()
    assert 'aria-label="Pagination"' in content
    assert "page=2" in content and "q=d%C3%A9l%C3%A9gation" in content
    second = client_of.get(url, {"q": "délégation", "sort": "title", "page": "2"})
    assert titles_in_list(second) == [f"Convention de délégation de gestion n° {i:03d}" for i in range(20, 25)]


def test_list_query_count_does_not_grow_with_rows(
    client_of: Client, team: Any, django_assert_max_num_queries: Any
) -> None:
    many_conventions(25, team)
    url = reverse("register:conventions")
    with django_assert_max_num_queries(12):
        response = client_of.get(url, {"q": "gestion", "year": "2023", "programme": "352", "sort": "-amount"})
    assert response.status_code == 200
    assert len(titles_in_list(response)) == 20


def test_list_for_an_agent_of_a_partner_only_shows_its_conventions(fast13: Any, djepva: Any) -> None:
    agent = factories.user("agent-diair")
    Membership.objects.create(user=agent, organisation=Organisation.objects.get(acronym="DIAIR"))
    client = Client()
    client.force_login(agent)
    response = client.get(reverse("register:conventions"))
    assert titles_in_list(response) == [fast13.title]
    # The party filter only offers organisations of the conventions the agent sees.
    offered = {label for _, label in response.context["form"].fields["party"].choices}
    assert not any("DJEPVA" in label for label in offered)
    # A filter on a convention they cannot see finds nothing (no leak through filters).
    response = client.get(reverse("register:conventions"), {"q": "JeVeuxAider"})
    assert titles_in_list(response) == []


# ---------------------------------------------------------------------- convention page


def test_convention_page_shows_every_section(client_of: Client, fast13: Any) -> None:
    response = client_of.get(reverse("register:convention", args=[fast13.pk]))
    assert response.status_code == 200
    page = text_of(response)
    assert fast13.title in page
    for expected in (
        "signée",  # status badge
        "convention de délégation de gestion",  # kind
        "27/07/2023, à Paris",  # signature
        "30/06/2024",  # end
        "3 mois",  # notice
        "Stéphanie Schaer, Directrice interministérielle du numérique",  # representative
        "Délégation interministérielle à l'accueil et à l'intégration des réfugiés (DIAIR)",
        "décret n° 2004-1085 du 14 octobre 2004",  # legal bases
        f"250{NBSP}000,00{NBSP}€",  # envelope total
        f"30{NBSP}000,00{NBSP}€",  # kept part
        f"110{NBSP}000,00{NBSP}€",  # CP per year
        f"50{NBSP}%",  # tranche share
        "fin novembre",  # tranche date hint
        "0352-CFSE-CFIN",
        "0352-01",
        "035200010101",
        "AICDAIR075",
        "CBCM des services du Premier ministre",
        "Gouvernance",  # obligations by French category
        "Moyens humains",
        "1 jour par semaine — développeur",  # quantified commitment
        "Bilan de mi-parcours",  # deadlines
        "Convention initiale",  # versions
        "Convention enregistrée",  # audit trail
    ):
        assert expected in page, expected
    # Budget table total: AE 220 000 and CP 220 000.
    assert re.search(rf"Total 220{NBSP}000,00{NBSP}€ 220{NBSP}000,00{NBSP}€", page)
    # Party links lead to the organisation pages.
    diair = Organisation.objects.get(acronym="DIAIR")
    assert reverse("register:organisation", args=[diair.pk]) in response.content.decode()


def test_convention_page_signatories_pour_and_annex_objectives(client_of: Client, djepva: Any) -> None:
    page = text_of(client_of.get(reverse("register:convention", args=[djepva.pk])))
    assert "Yves BOERO, Le chef de service, adjoint au directeur" in page
    assert "pour le directeur de la jeunesse, de l'éducation populaire et de la vie associative" in page
    assert "pour la directrice interministérielle du numérique" in page
    # Two budget tables, each with its totals; the stated delegated amount equals the first one's AE.
    assert "Budget Commun - Startup Engagement Civique" in page
    assert re.search(rf"Total 4{NBSP}410{NBSP}626,88{NBSP}€ 4{NBSP}410{NBSP}626,88{NBSP}€", page)
    assert re.search(rf"Total 106{NBSP}920,00{NBSP}€ 106{NBSP}920,00{NBSP}€", page)
    assert "est égal au total des AE du premier tableau" in page
    # Annex objectives, per service, with their targets.
    assert "Objectifs de l'annexe" in page
    assert "API Engagement — 2024" in page
    assert f"cible : 12{NBSP}000 candidatures" in page


def test_deadlines_are_sorted_with_days_remaining(client_of: Client, fast13: Any) -> None:
    today = timezone.localdate()
    fast13.deadlines.filter(kind="end").update(due_date=today + datetime.timedelta(days=12))
    response = client_of.get(reverse("register:convention", args=[fast13.pk]))
    deadlines = response.context["page_data"].deadlines
    dates = [deadline.due_date for deadline, _ in deadlines]
    assert dates == sorted(dates)
    assert "dans 12 jours" in text_of(response)
    assert "dépassée de" in text_of(response)


def test_lifecycle_forms_only_for_users_who_may_change(client_of: Client, fast13: Any) -> None:
    content = client_of.get(reverse("register:convention", args=[fast13.pk])).content.decode()
    assert reverse("register:transition", args=[fast13.pk]) in content
    assert reverse("register:termination", args=[fast13.pk]) in content
    reader = factories.user("lecteur")
    Membership.objects.create(
        user=reader, organisation=Organisation.objects.get(acronym="DIAIR"), role=MemberRole.READER
    )
    client = Client()
    client.force_login(reader)
    response = client.get(reverse("register:convention", args=[fast13.pk]))
    assert response.status_code == 200
    content = response.content.decode()
    assert reverse("register:transition", args=[fast13.pk]) not in content
    assert reverse("register:termination", args=[fast13.pk]) not in content


# ------------------------------------------------------------------------- lifecycle


def transition(client: Client, convention: Any, name: str, **fields: str) -> Any:
    data = {"transition": name, **{f"{name}-{key}": value for key, value in fields.items()}}
    return client.post(reverse("register:transition", args=[convention.pk]), data)


def test_transitions_through_the_lifecycle(client_of: Client, fast13: Any, team: Any) -> None:
    response = transition(client_of, fast13, "enter_into_force")
    assert response.status_code == 303
    assert response["Location"].startswith(reverse("register:convention", args=[fast13.pk]))
    fast13.refresh_from_db()
    assert fast13.status == Status.IN_FORCE
    response = transition(client_of, fast13, "suspend", reason="Audit en cours")
    fast13.refresh_from_db()
    assert fast13.status == Status.SUSPENDED
    page = text_of(client_of.get(response["Location"]))
    assert "Suspension enregistrée" in page
    assert "Audit en cours" in page  # in the audit trail
    event = AuditEvent.objects.filter(scope=fast13.scope, action__endswith=".suspend").get()
    assert event.actor == team and event.changes[0]["after"] == "suspendue"
    transition(client_of, fast13, "resume")
    fast13.refresh_from_db()
    assert fast13.status == Status.IN_FORCE
    # The end date (30/06/2024) is past: the convention can be declared expired.
    transition(client_of, fast13, "expire")
    fast13.refresh_from_db()
    assert fast13.status == Status.EXPIRED


@pytest.mark.parametrize(
    ("name", "fields", "status", "message"),
    [
        ("resume", {}, 409, "la convention est « signée »"),
        ("sign", {}, 409, "la convention est « signée »"),
        ("delete", {}, 409, "pas possible"),
        ("", {}, 409, "pas possible"),
        ("terminate", {}, 409, "Aucune résiliation n&#x27;a été demandée"),
    ],
)
def test_refused_transitions_say_why_and_change_nothing(
    client_of: Client, fast13: Any, name: str, fields: dict[str, str], status: int, message: str
) -> None:
    events = AuditEvent.objects.count()
    response = transition(client_of, fast13, name, **fields)
    assert response.status_code == status
    assert "fr-alert--error" in response.content.decode()
    assert message in response.content.decode()
    fast13.refresh_from_db()
    assert fast13.status == Status.SIGNED
    assert AuditEvent.objects.count() == events


def test_suspend_needs_a_reason(client_of: Client, fast13: Any) -> None:
    transition(client_of, fast13, "enter_into_force")
    response = transition(client_of, fast13, "suspend", reason="   ")
    assert response.status_code == 400
    assert "Indiquez le motif de la suspension" in response.content.decode()
    response = transition(client_of, fast13, "suspend", reason="x" * 301)
    assert response.status_code == 400
    assert "limité à 300 caractères" in response.content.decode()
    fast13.refresh_from_db()
    assert fast13.status == Status.IN_FORCE


def test_sign_asks_for_the_date_when_missing(client_of: Client, team: Any) -> None:
    facts = factories.fast13_facts()
    facts["signature_date"] = None
    facts["effective_date"] = None
    draft = register_facts(facts, actor=team)
    assert draft.status == Status.DRAFT
    content = client_of.get(reverse("register:convention", args=[draft.pk])).content.decode()
    assert 'name="sign-signature_date"' in content
    response = transition(client_of, draft, "sign")
    assert response.status_code == 400
    assert "Indiquez la date de signature" in response.content.decode()
    response = transition(client_of, draft, "sign", signature_date="31/02/2023")
    assert response.status_code == 400
    assert "Indiquez une date valide" in response.content.decode()
    response = transition(client_of, draft, "sign", signature_date="2025-01-01")  # after the end date
    assert response.status_code == 400
    assert "doit précéder la date de fin" in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT and draft.signature_date is None
    response = transition(client_of, draft, "sign", signature_date="2023-07-27")
    assert response.status_code == 303
    draft.refresh_from_db()
    assert draft.status == Status.SIGNED and draft.signature_date == datetime.date(2023, 7, 27)


def test_transitions_refuse_get(client_of: Client, fast13: Any) -> None:
    assert client_of.get(reverse("register:transition", args=[fast13.pk])).status_code == 405
    assert client_of.get(reverse("register:termination", args=[fast13.pk])).status_code == 405


# ----------------------------------------------------------------------- termination


def terminate(client: Client, convention: Any, **data: Any) -> Any:
    return client.post(reverse("register:termination", args=[convention.pk]), data)


def test_termination_takes_effect_after_the_notice_period(client_of: Client, fast13: Any) -> None:
    diair = Organisation.objects.get(acronym="DIAIR")
    response = terminate(client_of, fast13, requested_by=diair.pk, notice_date="2023-10-02")
    assert response.status_code == 303
    fast13.refresh_from_db()
    assert fast13.termination_requested_by == diair
    assert fast13.termination_notice_date == datetime.date(2023, 10, 2)
    # Three months' notice: no earlier than 02/01/2024.
    assert fast13.termination_effective_date == datetime.date(2024, 1, 2)
    page = text_of(client_of.get(response["Location"]))
    assert "elle prendra effet le 02/01/2024" in page
    assert "Résiliation demandée" in page and "prise d'effet le 02/01/2024" in page
    # The termination can now be declared (its effective date has passed).
    transition(client_of, fast13, "terminate")
    fast13.refresh_from_db()
    assert fast13.status == Status.TERMINATED


def test_termination_wanted_date_earlier_than_the_notice_period_is_pushed_back(client_of: Client, fast13: Any) -> None:
    dinum = Organisation.objects.get(acronym="DINUM")
    terminate(client_of, fast13, requested_by=dinum.pk, notice_date="2023-10-02", effective_on="2023-11-01")
    fast13.refresh_from_db()
    assert fast13.termination_effective_date == datetime.date(2024, 1, 2)
    terminate(client_of, fast13, requested_by=dinum.pk, notice_date="2023-10-02", effective_on="2024-03-15")
    fast13.refresh_from_db()
    assert fast13.termination_effective_date == datetime.date(2024, 3, 15)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"notice_date": "2023-10-02"}, "Indiquez l&#x27;organisation qui demande la résiliation"),
        ({"requested_by": "stranger", "notice_date": "2023-10-02"}, "Seule une partie à la convention"),
        ({"requested_by": "other", "notice_date": "2023-10-02"}, "Seule une partie à la convention"),
        ({"requested_by": "diair"}, "Indiquez la date du préavis"),
        ({"requested_by": "diair", "notice_date": "demain"}, "Indiquez une date valide"),
        ({"requested_by": "diair", "notice_date": "2023-01-01"}, "ne peut pas précéder la signature"),
        (
            {"requested_by": "diair", "notice_date": "2023-10-02", "effective_on": "2023-09-01"},
            "précède la date du préavis",
        ),
    ],
)
def test_bad_termination_requests_are_refused(
    client_of: Client, fast13: Any, data: dict[str, str], message: str
) -> None:
    other = Organisation.objects.create(name="Préfecture de test")
    ids = {"diair": Organisation.objects.get(acronym="DIAIR").pk, "other": other.pk, "stranger": "abc"}
    payload = {key: ids.get(value, value) if key == "requested_by" else value for key, value in data.items()}
    response = terminate(client_of, fast13, **payload)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert "fr-alert--error" in response.content.decode()
    fast13.refresh_from_db()
    assert fast13.termination_notice_date is None and fast13.termination_effective_date is None


def test_termination_of_an_expired_convention_is_refused(client_of: Client, fast13: Any) -> None:
    lifecycle.expire(fast13, actor=None)
    diair = Organisation.objects.get(acronym="DIAIR")
    response = terminate(client_of, fast13, requested_by=diair.pk, notice_date="2024-01-02")
    assert response.status_code == 409
    assert "Résiliation impossible" in response.content.decode()


# -------------------------------------------------------------------------- versions


def test_version_diff_page_shows_field_level_changes(client_of: Client, fast13: Any, team: Any) -> None:
    facts = factories.fast13_facts()
    facts["end_date"] = "2024-12-31"
    facts["budget_lines"][1]["cp"] = "90000.00"
    apply_avenant(fast13, facts, actor=team, avenant_number=1)
    url = reverse("register:version_diff", args=[fast13.pk])
    response = client_of.get(url, {"first": "1", "second": "2"})
    assert response.status_code == 200
    page = text_of(response)
    assert "2 champs modifiés" in page
    assert "Date de fin 30/06/2024 31/12/2024" in page
    assert f"Lignes budgétaires › 2 › CP 110{NBSP}000,00{NBSP}€ 90{NBSP}000,00{NBSP}€" in page
    # Either order; without parameters, the last two versions.
    assert "Date de fin 31/12/2024 30/06/2024" in text_of(client_of.get(url, {"first": "2", "second": "1"}))
    assert "2 champs modifiés" in text_of(client_of.get(url))
    assert "Aucune différence" in text_of(client_of.get(url, {"first": "2", "second": "2"}))
    # The convention page offers the comparison form.
    content = client_of.get(reverse("register:convention", args=[fast13.pk])).content.decode()
    assert f'action="{url}"' in content and "avenant n° 1" in content


@pytest.mark.parametrize("params", [{"first": "1", "second": "9"}, {"first": "a", "second": "2"}, {"first": "1"}])
def test_version_diff_bad_input(client_of: Client, fast13: Any, team: Any, params: dict[str, str]) -> None:
    apply_avenant(fast13, factories.fast13_facts(), actor=team, avenant_number=1)
    response = client_of.get(reverse("register:version_diff", args=[fast13.pk]), params)
    assert response.status_code == 400
    assert "La comparaison demandée n'est pas possible" in text_of(response)


def test_version_diff_of_another_conventions_version_is_refused(
    client_of: Client, fast13: Any, djepva: Any, team: Any
) -> None:
    apply_avenant(fast13, factories.fast13_facts(), actor=team, avenant_number=1)
    # Version numbers are per convention: DJEPVA has no version 2.
    response = client_of.get(reverse("register:version_diff", args=[djepva.pk]), {"first": "1", "second": "2"})
    assert response.status_code == 200
    assert "n'a qu'une version" in text_of(response)


# ------------------------------------------------------------------------- documents


def attach(convention: Any, name: str, content: bytes, format: str) -> SourceDocument:
    return SourceDocument.objects.create(
        convention=convention,
        name=name,
        format=format,
        size=len(content),
        sha256=SourceDocument.digest(content),
        content=content,
    )


def test_document_download_with_content_type_and_filename(client_of: Client, fast13: Any) -> None:
    content = FAST13.read_bytes()
    document = attach(fast13, "FAST 13 Réfugiés.info", content, "text")
    page = client_of.get(reverse("register:convention", args=[fast13.pk])).content.decode()
    assert reverse("register:document", args=[document.pk]) in page
    response = client_of.get(reverse("register:document", args=[document.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == ("attachment; filename*=utf-8''FAST%2013%20R%C3%A9fugi%C3%A9s.info.txt")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response.content == content


@pytest.mark.parametrize(
    ("format", "content_type", "name", "disposition"),
    [
        ("pdf", "application/pdf", "convention.pdf", 'attachment; filename="convention.pdf"'),
        (
            "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "avenant",
            'attachment; filename="avenant.docx"',
        ),
        ("html", "text/html; charset=utf-8", "page.html", 'attachment; filename="page.html"'),
    ],
)
def test_document_types(
    client_of: Client, fast13: Any, format: str, content_type: str, name: str, disposition: str
) -> None:
    document = attach(fast13, name, b"%PDF-1.4 test " + format.encode(), format)
    response = client_of.get(reverse("register:document", args=[document.pk]))
    assert response["Content-Type"] == content_type
    # HTML documents are downloaded, never displayed inside the back office.
    assert response["Content-Disposition"] == disposition


def test_missing_document_is_not_found(client_of: Client) -> None:
    response = client_of.get(reverse("register:document", args=[424242]))
    assert response.status_code == 404
    assert "Ce document n&#x27;existe pas" in response.content.decode()


def test_missing_convention_is_not_found(client_of: Client) -> None:
    for url in (
        reverse("register:convention", args=[424242]),
        reverse("register:version_diff", args=[424242]),
        "/conventions/99999999999999999999999/",
    ):
        response = client_of.get(url)
        assert response.status_code == 404
        assert "Cette convention n&#x27;existe pas" in response.content.decode()
    response = client_of.post(reverse("register:transition", args=[424242]), {"transition": "sign"})
    assert response.status_code == 404
