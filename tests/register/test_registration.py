"""Registering conventions from facts, snapshots, avenants and their diffs."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from conventio.core.errors import InvalidInput
from conventio.core.models import AuditEvent
from conventio.register.enums import DeadlineKind, Role, Status
from conventio.register.models import Organisation, OrganisationAlias
from conventio.register.services.registration import apply_avenant, register_facts, snapshot, version_diff
from tests.register import factories


pytestmark = pytest.mark.django_db


def test_register_fast13_keeps_every_fact() -> None:
    facts = factories.fast13_facts()
    convention = register_facts(facts, actor=None)
    assert convention.status == Status.SIGNED
    assert convention.signature_date == datetime.date(2023, 7, 27)
    assert convention.end_date == datetime.date(2024, 6, 30)
    assert convention.total_amount == Decimal("220000.00")
    assert [p.role for p in convention.parties.all()] == [Role.DELEGANT, Role.DELEGATAIRE]
    assert [(line.year, line.ae, line.cp) for line in convention.budget_lines.all()] == [
        (2023, Decimal("220000.00"), Decimal("110000.00")),
        (2024, None, Decimal("110000.00")),
    ]
    assert convention.chorus.centre_financier == "0352-CFSE-CFIN"
    assert [t.share for t in convention.tranches.all()] == [Decimal("50"), Decimal("50")]
    # The snapshot reads back exactly what was registered.
    assert snapshot(convention) == convention.versions.get().snapshot
    assert snapshot(convention)["budget_lines"] == facts["budget_lines"]
    assert AuditEvent.objects.filter(scope=convention.scope, action__endswith="registered").exists()


def test_same_organisation_under_its_spellings() -> None:
    fast13 = factories.fast13_refugies_info()
    djepva = factories.djepva_api_engagement()
    dinum_roles = [p for c in (fast13, djepva) for p in c.parties.all() if p.organisation.acronym == "DINUM"]
    assert len({p.organisation_id for p in dinum_roles}) == 1
    assert Organisation.objects.filter(acronym="DINUM").count() == 1
    assert OrganisationAlias.objects.filter(organisation=dinum_roles[0].organisation).count() >= 2


def test_deadlines_from_the_text() -> None:
    convention = factories.fast13_refugies_info()
    due = {d.kind: d.due_date for d in convention.deadlines.all()}
    assert due[DeadlineKind.END] == datetime.date(2024, 6, 30)
    assert due[DeadlineKind.NOTICE] == datetime.date(2024, 3, 30)
    assert due[DeadlineKind.COMMITMENT] == datetime.date(2024, 1, 27)
    assert due[DeadlineKind.MID_TERM_REVIEW] == datetime.date(2023, 11, 30)
    assert due[DeadlineKind.FINAL_REPORT] == datetime.date(2024, 6, 30)


def test_avenant_creates_a_version_with_a_field_level_diff() -> None:
    convention = factories.fast13_refugies_info()
    facts = factories.fast13_facts()
    facts["end_date"] = "2024-12-31"
    facts["budget_lines"][1]["cp"] = "90000.00"
    version = apply_avenant(convention, facts, actor=None, avenant_number=1)
    convention.refresh_from_db()
    assert version.number == 2
    assert convention.end_date == datetime.date(2024, 12, 31)
    changes = version_diff(convention.versions.get(number=1), version)
    assert {c["path"]: (c["before"], c["after"]) for c in changes} == {
        "end_date": ("2024-06-30", "2024-12-31"),
        "budget_lines.1.cp": ("110000.00", "90000.00"),
    }
    assert {d.kind: d.due_date for d in convention.deadlines.all()}[DeadlineKind.END] == datetime.date(2024, 12, 31)
    event = AuditEvent.objects.filter(scope=convention.scope, action__endswith="avenant_applied").get()
    assert len(event.changes) == 2


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("signature_date", "31/02/2024", "date valide"),
        ("end_date", "2020-01-01", "précéder"),
        ("total_amount", "beaucoup", "montant valide"),
        ("total_amount", "-5", "négatif"),
        ("notice_period_months", "trois", "entier"),
        ("title", "", "obligatoire"),
    ],
)
def test_bad_values_are_refused_with_a_clear_message_and_nothing_written(path: str, value: str, message: str) -> None:
    facts = factories.fast13_facts()
    facts[path] = value
    with pytest.raises(InvalidInput, match=message):
        register_facts(facts, actor=None)
    assert not Organisation.objects.exists()
