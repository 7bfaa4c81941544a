"""The web benchmark's data generator writes a register the application reads like any other."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client

from benchmarks.web import PASSWORD, generate
from conventio.register.enums import DeadlineKind, Status
from conventio.register.models import BudgetLine, Convention, ConventionVersion, Deadline, PartyRole


pytestmark = pytest.mark.django_db


def test_generated_register_is_consistent() -> None:
    register = generate(120, seed=7, check_sample=120)  # every search text checked against the service's
    assert Convention.objects.count() == 120
    assert register.organisations == 200
    assert ConventionVersion.objects.filter(number=1).count() == 120
    assert set(Convention.objects.values_list("status", flat=True)) <= set(Status.values)
    for convention in Convention.objects.prefetch_related("parties", "budget_lines", "deadlines", "programmes"):
        parties = list(convention.parties.all())
        assert 2 <= len(parties) <= 3 and len({party.organisation_id for party in parties}) == len(parties)
        assert convention.programmes.exists()
        years = [line.year for line in convention.budget_lines.all()]
        assert 2 <= len(years) <= 5
        kinds = {deadline.kind for deadline in convention.deadlines.all()}
        assert {DeadlineKind.END, DeadlineKind.NOTICE, DeadlineKind.FINAL_REPORT} <= kinds
        assert convention.search_text == convention.search_text.lower()
        if convention.signature_date and convention.end_date:
            assert convention.signature_date <= convention.end_date
    assert BudgetLine.objects.filter(cp__lt=0).count() == 0
    assert Deadline.objects.filter(due_date__lt=datetime.date(2018, 1, 1)).count() == 0
    assert PartyRole.objects.filter(organisation_id=register.partner_organisation_id).exists()


def test_generated_register_serves_the_benchmarked_pages() -> None:
    register = generate(60, seed=11)
    client = Client()
    assert client.login(username="bench.equipe", password=PASSWORD)
    response = client.get(
        "/", {"q": register.search_terms[0], "status": Status.IN_FORCE, "programme": register.programme}
    )
    assert response.status_code == 200
    convention = Convention.objects.first()
    assert convention is not None
    response = client.get(convention.get_absolute_url())
    assert response.status_code == 200
    assert "Échéances" in response.content.decode()
    partner = Client()
    assert partner.login(username="bench.partenaire", password=PASSWORD)
    hidden = Convention.objects.exclude(parties__organisation_id=register.partner_organisation_id).first()
    assert hidden is not None
    assert partner.get(hidden.get_absolute_url()).status_code == 404
