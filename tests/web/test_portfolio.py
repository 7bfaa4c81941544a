"""The portfolio page (« Portefeuille ») and its CSV export: figures, filters, scoping, bad input, queries."""

from __future__ import annotations

import csv
import datetime
import io
from decimal import Decimal
from typing import Any

import pytest
from django.test import Client

from conventio.budget.services import ledger
from conventio.budget.services import portfolio as service
from conventio.register.enums import Role, Status
from conventio.register.models import Convention, PartyRole
from conventio.register.services import lifecycle
from conventio.register.services.registration import register_facts
from conventio.trust.models import MemberRole, Membership
from tests.register import factories


pytestmark = pytest.mark.django_db

D = Decimal
URL = "/portefeuille/"


def day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _replay_fast13(convention: Convention, actor: Any) -> None:
    """FAST 13 as tests/budget/test_ledger.py replays it: a refused over-commitment, the mid-term release, more."""
    ledger.open_ledger(convention, actor=actor)
    ledger.commit(convention, actor=actor, ej_number="2103000001", date=day("2023-09-01"), amount="80000")
    ledger.pay(
        convention, actor=actor, ej_number="2103000001", dp_number="100000001", date=day("2023-10-15"), amount="40000"
    )
    with pytest.raises(ledger.CeilingExceeded):
        ledger.commit(convention, actor=actor, ej_number="2103000002", date=day("2023-10-20"), amount="50000")
    ledger.release_tranche(
        convention.tranches.get(position=1),
        actor=actor,
        released_on=day("2023-11-30"),
        decision="Déblocage",
        review="Bilan de mi-parcours",
    )
    ledger.commit(convention, actor=actor, ej_number="2103000002", date=day("2023-12-01"), amount="50000")
    ledger.pay(
        convention, actor=actor, ej_number="2103000002", dp_number="100000002", date=day("2024-02-01"), amount="30000"
    )
    # 90 000 € remain: a larger order is refused and leaves an open insufficiency alert.
    with pytest.raises(ledger.CeilingExceeded):
        ledger.commit(convention, actor=actor, ej_number="2103000003", date=day("2024-03-01"), amount="100000")


def _replay_djepva(convention: Convention, actor: Any) -> None:
    ledger.open_ledger(convention, actor=actor)
    ledger.commit(convention, actor=actor, ej_number="1300000001", date=day("2024-03-01"), amount="100000")
    ledger.pay(
        convention, actor=actor, ej_number="1300000001", dp_number="1300000101", date=day("2024-05-02"), amount="60000"
    )


@pytest.fixture
def register() -> dict[str, Any]:
    team = factories.programme_team_member()
    fast13 = factories.fast13_refugies_info(team)
    lifecycle.enter_into_force(fast13, actor=team, on=day("2023-07-28"))
    _replay_fast13(fast13, team)
    djepva = factories.djepva_api_engagement(team)
    lifecycle.enter_into_force(djepva, actor=team, on=day("2024-01-25"))
    _replay_djepva(djepva, team)
    return {"team": team, "fast13": fast13, "djepva": djepva}


def _rows(user: Any, **filters: Any) -> dict[int, service.Row]:
    return {row.pk: row for row in service.portfolio(user, service.Filters(**filters)).rows}


def _csv_rows(response: Any) -> list[dict[str, str]]:
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body = response.content
    assert body.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))


def _money(text: str) -> Decimal:
    return D(text.replace(",", "."))


# ------------------------------------------------------------------------------ figures


def test_each_row_shows_its_convention_balances_and_the_totals_add_them(register: dict[str, Any]) -> None:
    rows = _rows(register["team"])
    assert set(rows) == {register["fast13"].pk, register["djepva"].pk}
    for name in ("fast13", "djepva"):
        convention = register[name]
        state = ledger.balances(convention.ledger)
        figures = rows[convention.pk].figures
        assert figures is not None
        assert figures.allocated_ae == state.allocated_ae
        assert figures.released_ae == state.ae_ceiling
        assert figures.committed_ae == state.committed_ae
        assert figures.remaining_ae == state.allocated_ae - state.committed_ae
        assert figures.allocated_cp == state.allocated_cp
        assert figures.paid_cp == state.paid_cp
        assert figures.remaining_cp == state.remaining_cp
    fast13 = rows[register["fast13"].pk].figures
    assert fast13 is not None
    assert (fast13.allocated_ae, fast13.released_ae, fast13.committed_ae) == (D("220000"), D("220000"), D("130000"))
    assert (fast13.paid_cp, fast13.ae_rate, fast13.cp_rate) == (D("70000"), D("59.1"), D("31.8"))
    assert rows[register["fast13"].pk].open_alerts == 1  # the refused over-commitment's insufficiency alert
    result = service.portfolio(register["team"], service.Filters())
    djepva = rows[register["djepva"].pk].figures
    assert djepva is not None
    assert result.totals.committed_ae == D("230000")
    assert result.totals.allocated_ae == fast13.allocated_ae + djepva.allocated_ae
    assert result.totals.paid_cp == D("130000")
    assert (result.opened, result.open_alerts) == (2, 1)


def test_the_page_shows_figures_rates_alerts_link_and_totals(register: dict[str, Any]) -> None:
    fast13 = register["fast13"]
    response = _client(register["team"]).get(URL)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Portefeuille des conventions" in page
    assert f'href="/conventions/{fast13.pk}/"' in page
    assert f'href="/conventions/{fast13.pk}/#execution"' in page  # the open alert, linked
    assert "130\u00a0000,00\u00a0€" in page  # FAST 13 AE engagées
    assert "59,1\u00a0%" in page and "31,8\u00a0%" in page
    assert "230\u00a0000,00\u00a0€" in page  # total AE engagées
    assert "DINUM / DIAIR" in page
    assert 'aria-current="page">Portefeuille' in page.replace("\n", "")


def test_a_convention_without_ledger_is_listed_as_not_opened(register: dict[str, Any]) -> None:
    other = register_facts(_facts("Convention sans suivi"), actor=None)
    rows = _rows(register["team"])
    assert rows[other.pk].figures is None
    page = _client(register["team"]).get(URL).content.decode()
    assert "suivi non ouvert" in page
    # Conventions without figures sort last whatever the direction.
    for sort in ("committed_ae", "-committed_ae"):
        ordered = service.portfolio(register["team"], service.Filters(sort=sort)).rows
        assert ordered[-1].pk == other.pk


def test_year_restricts_figures_to_that_exercice(register: dict[str, Any]) -> None:
    fast13, djepva = register["fast13"], register["djepva"]
    rows = _rows(register["team"], year=2024)
    state = ledger.balances(fast13.ledger)
    figures = rows[fast13.pk].figures
    assert figures is not None
    year = state.years[2024]
    assert (figures.allocated_ae, figures.committed_ae, figures.allocated_cp, figures.paid_cp) == (
        year.allocated_ae,
        year.committed_ae,
        year.allocated_cp,
        year.paid_cp,
    )
    assert (figures.committed_ae, figures.paid_cp, figures.released_ae) == (D("0"), D("30000"), D("0"))
    rows_2023 = _rows(register["team"], year=2023)
    released_2023 = rows_2023[fast13.pk].figures
    assert released_2023 is not None and released_2023.released_ae == D("220000")  # both tranches in 2023
    assert djepva.pk in rows_2023  # its multi-year table has 2023 allocations
    assert set(_rows(register["team"], year=2031)) == set()


def test_filters_programme_status_alerts_and_search(register: dict[str, Any]) -> None:
    team, fast13, djepva = register["team"], register["fast13"], register["djepva"]
    fast13_programme = fast13.programmes.values_list("number", flat=True).first()
    assert fast13_programme and not djepva.programmes.filter(number=fast13_programme).exists()
    assert set(_rows(team, programme=fast13_programme)) == {fast13.pk}
    assert set(_rows(team, with_alerts=True)) == {fast13.pk}
    assert set(_rows(team, q="Réfugiés")) == {fast13.pk}
    lifecycle.suspend(djepva, actor=team, reason="Dotation insuffisante")
    assert set(_rows(team, status=Status.SUSPENDED)) == {djepva.pk}
    client = _client(team)
    page = client.get(URL, {"status": "suspended"}).content.decode()
    assert "Exécution suspendue" in page and f"/conventions/{fast13.pk}/" not in page
    page = client.get(URL, {"alerts": "on", "programme": fast13_programme}).content.decode()
    assert f"/conventions/{fast13.pk}/" in page and f"/conventions/{djepva.pk}/" not in page


def test_sorting_by_a_figure_both_ways(register: dict[str, Any]) -> None:
    fast13, djepva = register["fast13"], register["djepva"]
    ascending = [row.pk for row in service.portfolio(register["team"], service.Filters(sort="ae_rate")).rows]
    descending = [row.pk for row in service.portfolio(register["team"], service.Filters(sort="-ae_rate")).rows]
    assert ascending == list(reversed(descending))
    djepva_rate = _rows(register["team"])[djepva.pk].figures
    assert djepva_rate is not None and djepva_rate.ae_rate is not None
    assert descending[0] == (fast13.pk if D("59.1") > djepva_rate.ae_rate else djepva.pk)
    page = _client(register["team"]).get(URL, {"sort": "-ae_rate"}).content.decode()
    assert 'aria-sort="descending"' in page


# ------------------------------------------------------------------------------- CSV


def test_csv_export_is_the_filtered_table_with_french_numbers(register: dict[str, Any]) -> None:
    fast13 = register["fast13"]
    response = _client(register["team"]).get(URL, {"format": "csv", "year": "2023"})
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"] and "portefeuille-2023" in response["Content-Disposition"]
    rows = _csv_rows(response)
    assert list(rows[0])[:3] == ["Intitulé", "Délégant", "Délégataire(s)"]
    by_title = {row["Intitulé"]: row for row in rows}
    line = by_title[fast13.title]
    state = ledger.balances(fast13.ledger).years[2023]
    assert _money(line["AE allouées"]) == state.allocated_ae
    assert _money(line["AE engagées"]) == state.committed_ae == D("130000")
    assert line["AE engagées"] == "130000,00"
    assert _money(line["CP payés"]) == state.paid_cp == D("40000")
    assert line["Taux d'engagement AE (%)"] == "59,1"
    assert (line["Délégant"], line["Délégataire(s)"], line["Statut"]) == ("DINUM", "DIAIR", "en vigueur")
    assert line["Alertes ouvertes"] == "1" and line["Suspendue"] == "non"
    total = rows[-1]
    assert total["Intitulé"].startswith("Total (2 conventions")
    assert _money(total["AE engagées"]) == sum(
        (_money(row["AE engagées"]) for row in rows[:-1] if row["AE engagées"]), D(0)
    )


def test_csv_export_follows_the_filters(register: dict[str, Any]) -> None:
    response = _client(register["team"]).get(URL, {"format": "csv", "q": "Réfugiés"})
    titles = [row["Intitulé"] for row in _csv_rows(response)]
    assert titles[:-1] == [register["fast13"].title]


# ------------------------------------------------------------------------ permissions


def test_an_agent_of_another_organisation_sees_only_its_own_conventions(register: dict[str, Any]) -> None:
    fast13, djepva = register["fast13"], register["djepva"]
    diair = PartyRole.objects.get(convention=fast13, role=Role.DELEGATAIRE).organisation
    assert not PartyRole.objects.filter(convention=djepva, organisation=diair).exists()
    agent = factories.user("agent.diair")
    Membership.objects.create(user=agent, organisation=diair, role=MemberRole.AGENT)
    assert set(_rows(agent)) == {fast13.pk}
    client = _client(agent)
    page = client.get(URL).content.decode()
    assert f"/conventions/{fast13.pk}/" in page and f"/conventions/{djepva.pk}/" not in page
    titles = [row["Intitulé"] for row in _csv_rows(client.get(URL, {"format": "csv"}))]
    assert titles[:-1] == [fast13.title]
    stranger = factories.user("inconnu")
    assert _rows(stranger) == {}
    assert "Aucune convention" in _client(stranger).get(URL).content.decode()


def test_anonymous_users_are_sent_to_sign_in() -> None:
    response = Client().get(URL)
    assert response.status_code == 302 and "connexion" in response["Location"]
    assert Client().get(URL, {"format": "csv"}).status_code == 302


# -------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"year": "abc"}, "n'est pas un exercice proposé"),
        ({"year": "1850"}, "n'est pas un exercice proposé"),
        ({"status": "perdu"}, "n'est pas un statut connu"),
        ({"programme": "999"}, "n'est pas un programme connu"),
        ({"sort": "drop table"}, "Tri inconnu"),
        ({"q": "x" * 201}, "limitée à 200 caractères"),
    ],
)
def test_bad_filter_values_are_ignored_and_named(
    register: dict[str, Any], params: dict[str, str], message: str
) -> None:
    response = _client(register["team"]).get(URL, params)
    assert response.status_code == 200
    page = response.content.decode().replace("&#x27;", "'")
    assert "Certains critères ont été ignorés" in page and message in page
    # The ignored filter does not restrict the table: both conventions are there.
    assert f"/conventions/{register['fast13'].pk}/" in page and f"/conventions/{register['djepva'].pk}/" in page


def test_an_unknown_export_format_is_refused(register: dict[str, Any]) -> None:
    response = _client(register["team"]).get(URL, {"format": "xlsx"})
    assert response.status_code == 400
    assert "Format d'export inconnu" in response.content.decode().replace("&#x27;", "'")


def test_a_page_number_out_of_range_shows_the_last_page(register: dict[str, Any]) -> None:
    response = _client(register["team"]).get(URL, {"page": "999"})
    assert response.status_code == 200
    assert f"/conventions/{register['fast13'].pk}/" in response.content.decode()


def test_post_is_not_allowed(register: dict[str, Any]) -> None:
    assert _client(register["team"]).post(URL).status_code == 405


# --------------------------------------------------------------------------- queries


def _facts(title: str) -> dict[str, Any]:
    facts = factories.fast13_facts()
    facts["title"] = title
    return facts


def test_query_count_does_not_grow_with_the_rows(
    register: dict[str, Any], django_assert_max_num_queries: Any, django_assert_num_queries: Any
) -> None:
    client = _client(register["team"])
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        assert client.get(URL, {"year": "2023"}).status_code == 200
    for index in range(6):
        convention = register_facts(_facts(f"Convention supplémentaire {index}"), actor=None)
        lifecycle.enter_into_force(convention, actor=None, on=day("2023-07-28"))
        ledger.open_ledger(convention, actor=None)
        ledger.commit(convention, actor=None, ej_number=f"21039{index:05d}", date=day("2023-09-01"), amount="1000")
    register_facts(_facts("Convention sans suivi"), actor=None)
    assert len(service.portfolio(register["team"], service.Filters()).rows) == 9
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(URL, {"year": "2023"})
    assert response.status_code == 200
    assert "Convention supplémentaire 5" in response.content.decode()
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(URL, {"format": "csv", "year": "2023"}).status_code == 200
