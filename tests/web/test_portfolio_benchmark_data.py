"""The execution benchmark's loader writes ledgers the application reads like any other.

(The figures measured in docs/benchmarks.md are only worth something if the generated
ledgers are real ones: balances per the ledger service, pages that render.)
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from benchmarks.execution import load_ledgers
from benchmarks.web import generate
from conventio.budget.models import Ledger, Movement
from conventio.budget.services import ledger
from conventio.budget.services import portfolio as service
from conventio.register.models import Convention


pytestmark = pytest.mark.django_db


def test_loaded_ledgers_are_consistent_and_serve_the_pages(django_user_model: Any) -> None:
    generate(40, seed=3, check_sample=0)
    loaded = load_ledgers(rows=4_000, heavy=2, heavy_rows=1_000, seed=3)
    assert Movement.objects.count() == loaded.movements == 4_000
    assert (loaded.opened, loaded.unopened) == (38, 2)
    assert Ledger.objects.count() == 38
    for heavy in loaded.heavy:
        assert Movement.objects.filter(ledger__convention_id=heavy).count() == 1_000
    states = ledger.balances_of(list(Ledger.objects.all()))
    for book in Ledger.objects.all():
        state = states[book.pk]
        assert 0 < state.committed_ae <= state.ae_ceiling  # within what the tranches made available
        assert 0 <= state.paid_cp <= state.committed_ae
    team = django_user_model.objects.get(username="bench.equipe")
    rows = service.portfolio(team, service.Filters()).rows
    assert len(rows) == Convention.objects.count() == 40
    assert sum(1 for row in rows if row.figures is None) == 2
    client = Client()
    client.force_login(team)
    assert client.get(f"/conventions/{loaded.heavy[0]}/").status_code == 200
    assert client.get("/portefeuille/").status_code == 200
