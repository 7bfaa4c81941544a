"""The two seed conventions replayed through the ledger, with their real amounts and dates.

FAST 13 (Réfugiés.info): DINUM delegates 220 000 € of AE (2023) and 110 000 € of CP in
each of 2023 and 2024, half released at signature (27/07/2023) and half after the
mid-term review with the FAST team (« fin novembre »). A realistic execution by the
DIAIR: coaching and development commitments, payments after service fait, an
over-commitment refused before the second tranche (exact message, insufficiency alert,
e-mail to the DINUM's budget officer), the release on the review's recorded decision,
then the commitment accepted; payments split over 2023 and 2024 within each year's CP.

DJEPVA (API Engagement): the multi-year AE/CP table 2020–2024 — whose 2022 column the
extraction repairs — plus the 2024 API Engagement specific budget, loaded as
allocations, consistent year by year, and executed within each year's CP.

Amounts are facts taken from the seeds (expected values); suppliers, EJ and DP numbers
are invented for the replay.
"""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from typing import Any

import pytest
from django.core import mail

from conventio.budget.enums import AlertKind, AllocationKind
from conventio.budget.models import Alert, Allocation, Movement, TrancheRelease
from conventio.budget.services import ledger
from conventio.core.errors import InvalidInput
from conventio.core.models import AuditEvent
from conventio.register.enums import DeadlineKind, Role
from conventio.register.models import Convention, Organisation, PartyRole
from conventio.register.services import lifecycle
from conventio.trust.models import MemberRole, Membership
from tests.conftest import ROOT
from tests.register import factories


pytestmark = pytest.mark.django_db

D = Decimal
EXPECTED = ROOT / "tests" / "extraction" / "expected"


def day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


def party(convention: Convention, role: str) -> Organisation:
    return PartyRole.objects.get(convention=convention, role=role).organisation


def member(username: str, organisation: Organisation, role: str) -> Any:
    user = factories.user(username)
    Membership.objects.create(user=user, organisation=organisation, role=role)
    return user


# --------------------------------------------------------------------------- FAST 13


@pytest.fixture
def fast13() -> Convention:
    convention = factories.fast13_refugies_info()
    lifecycle.enter_into_force(convention, actor=None, on=day("2023-07-27"))
    return convention


def test_fast13_a_realistic_execution_through_2023_and_2024(
    fast13: Convention, django_capture_on_commit_callbacks: Any
) -> None:
    dinum = party(fast13, Role.DELEGANT)
    diair = party(fast13, Role.DELEGATAIRE)
    assert (dinum.acronym, diair.acronym) == ("DINUM", "DIAIR")
    officer = member("budget.dinum", dinum, MemberRole.BUDGET_OFFICER)
    agent = member("gestion.diair", diair, MemberRole.AGENT)

    ledger.open_ledger(fast13, actor=officer)
    book = fast13.ledger
    state = ledger.balances(book)
    assert (state.allocated_ae, state.allocated_cp, state.released_ae) == (
        D("220000.00"),
        D("220000.00"),
        D("110000.00"),
    )
    assert (state.year(2023).allocated_ae, state.year(2023).allocated_cp) == (D("220000.00"), D("110000.00"))
    assert (state.year(2024).allocated_ae, state.year(2024).allocated_cp) == (D("0.00"), D("110000.00"))
    first = TrancheRelease.objects.get(ledger=book)
    assert (first.tranche.position, first.amount, first.released_on) == (0, D("110000.00"), day("2023-07-27"))

    def commit(ej: str, on: str, amount: str, supplier: str, marche: str = "") -> Movement:
        return ledger.commit(
            fast13, actor=agent, ej_number=ej, date=day(on), amount=amount, supplier=supplier, marche=marche
        )

    def pay(ej: str, dp: str, on: str, amount: str, service_fait: str) -> Movement:
        return ledger.pay(
            fast13,
            actor=agent,
            ej_number=ej,
            dp_number=dp,
            date=day(on),
            amount=amount,
            service_fait_on=day(service_fait),
        )

    # Summer–autumn 2023: coaching and development ordered on existing marchés.
    commit("2103500001", "2023-08-01", "60000", "Cabinet de coaching produit", "BC n° 1 sur marché d'accompagnement")
    with django_capture_on_commit_callbacks(execute=True):
        commit("2103500002", "2023-09-15", "45000", "Société de développement", "BC n° 2 sur marché de développement")
    # 105 000 € of the 110 000 € released are committed: the margin alert (under 10 %) reached the DINUM.
    margin = Alert.objects.get(convention=fast13, kind=AlertKind.MARGIN, resolved_at=None)
    assert "5 000,00 €" in margin.message
    assert [m.to for m in mail.outbox] == [[officer.email]]
    pay("2103500001", "1000350001", "2023-10-20", "20000", "2023-10-10")

    # October 2023, before the mid-term review: a design order of 40 000 € is refused.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ledger.CeilingExceeded) as refused:
        commit("2103500003", "2023-10-25", "40000", "Agence de design de services")
    assert refused.value.message == (
        "Engagement refusé : 40 000,00 € dépasseraient les AE débloquées par les tranches de 35 000,00 € "
        "(plafond 110 000,00 €, déjà engagé 105 000,00 €, disponible 5 000,00 €). "
        "Demandez le déblocage de la tranche suivante ou un ajustement de la dotation au délégant."
    )
    assert refused.value.status == 409
    assert not Movement.objects.filter(ej_number="2103500003").exists()
    alert = Alert.objects.get(convention=fast13, kind=AlertKind.INSUFFICIENCY, resolved_at=None)
    assert alert.message == refused.value.message
    assert alert.data == {"ceiling": "110000.00", "excess": "35000.00", "amount": "40000.00"}
    assert AuditEvent.objects.filter(scope=fast13.scope, action="conventio.budget.alert.insufficiency").count() == 1
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == [officer.email]  # the délégant's officer, not the délégataire's agent
    assert sent.subject == "[conventio] Insuffisance de crédits"
    assert refused.value.message in sent.body and fast13.title in sent.body

    # The mid-term review with the FAST team (« fin novembre ») is the deadline the register computed.
    review = fast13.deadlines.get(kind=DeadlineKind.MID_TERM_REVIEW)
    assert review.due_date == day("2023-11-30")
    second = fast13.tranches.get(position=1)
    with pytest.raises(InvalidInput, match="soumise à condition"):
        ledger.release_tranche(second, actor=officer, released_on=review.due_date, decision="Déblocage")
    release = ledger.release_tranche(
        second,
        actor=officer,
        released_on=review.due_date,
        decision="Décision de la DINUM : déblocage des 50 % restants",
        review="Bilan de mi-parcours avec l'équipe FAST du 30/11/2023",
    )
    assert (release.amount, release.created_by) == (D("110000.00"), officer)
    event = AuditEvent.objects.filter(scope=fast13.scope, action="conventio.budget.tranche.released").latest("id")
    assert event.actor == officer
    assert "110 000,00 €" in event.message and event.data["review"].startswith("Bilan de mi-parcours")
    state = ledger.balances(book)
    assert (state.released_ae, state.available_ae) == (D("220000.00"), D("115000.00"))

    # The refused order is now accepted; the rest of the year is paid after service fait.
    commit("2103500003", "2023-12-05", "40000", "Agence de design de services")
    pay("2103500001", "1000350002", "2023-12-12", "30000", "2023-12-01")
    pay("2103500002", "1000350003", "2023-12-14", "45000", "2023-12-08")
    with pytest.raises(ledger.CeilingExceeded) as over_cp:
        pay("2103500003", "1000350004", "2023-12-20", "20000", "2023-12-15")
    assert over_cp.value.message == (
        "Paiement refusé : les CP payés en 2023 (115 000,00 €) dépasseraient les CP alloués pour 2023 "
        "(110 000,00 €) de 5 000,00 €. Demandez un ajustement des CP de l'année au délégant."
    )
    pay("2103500003", "1000350004", "2023-12-20", "15000", "2023-12-15")  # exactly the CP left for 2023
    assert ledger.balances(book).year(2023).paid_cp == D("110000.00")

    # 2024: the last order within six months of the signature, the balances paid on 2024 CP.
    assert fast13.deadlines.get(kind=DeadlineKind.COMMITMENT).due_date == day("2024-01-27")
    commit("2103500004", "2024-01-15", "60000", "Société de développement", "BC n° 3 sur marché de développement")
    pay("2103500003", "1000350005", "2024-02-15", "25000", "2024-02-01")
    pay("2103500001", "1000350006", "2024-03-01", "10000", "2024-02-20")
    pay("2103500004", "1000350007", "2024-05-31", "52500", "2024-05-15")
    ledger.reverse_payment(
        fast13,
        actor=agent,
        dp_number="1000350007",
        date=day("2024-06-05"),
        amount="2500",
        reason="montant facturé en trop",
    )
    ledger.withdraw(
        fast13,
        actor=agent,
        ej_number="2103500004",
        date=day("2024-06-28"),
        amount="10000",
        reason="prestations non réalisées avant le terme",
    )
    with pytest.raises(InvalidInput, match="postérieure à la fin"):
        commit("2103500005", "2024-07-01", "1000", "Société de développement")

    # Final balances, to the cent.
    state = ledger.balances(book)
    assert (state.allocated_ae, state.released_ae, state.committed_ae) == (
        D("220000.00"),
        D("220000.00"),
        D("195000.00"),
    )
    assert (state.allocated_cp, state.paid_cp, state.available_ae, state.remaining_cp) == (
        D("220000.00"),
        D("195000.00"),
        D("25000.00"),
        D("25000.00"),
    )
    assert (state.year(2023).committed_ae, state.year(2023).paid_cp) == (D("145000.00"), D("110000.00"))
    assert (state.year(2024).committed_ae, state.year(2024).paid_cp) == (D("50000.00"), D("85000.00"))
    table = ledger.year_table(state)
    assert [(r["year"], r["remaining_cp"], r["cumulative_ae"], r["cumulative_cp"]) for r in table] == [
        (2023, D("0.00"), D("220000.00"), D("110000.00")),
        (2024, D("25000.00"), D("220000.00"), D("220000.00")),
    ]
    expected_by_ej = {
        "2103500001": (D("60000.00"), D("60000.00")),
        "2103500002": (D("45000.00"), D("45000.00")),
        "2103500003": (D("40000.00"), D("40000.00")),
        "2103500004": (D("50000.00"), D("50000.00")),
    }
    for ej, figures in expected_by_ej.items():
        assert ledger.commitment_balance(book, ej) == figures
    # Cumulative CP paid never exceeded cumulative AE committed, year by year.
    cumulative_ae = cumulative_cp = D("0")
    for year in state.years.values():
        cumulative_ae += year.committed_ae
        cumulative_cp += year.paid_cp
        assert cumulative_cp <= cumulative_ae
    # Every accepted operation is one ledger row, with its author; nothing was edited.
    movements = Movement.objects.filter(ledger=book)
    assert movements.count() == 4 + 7 + 1 + 1
    assert set(movements.values_list("created_by", flat=True)) == {agent.pk}
    assert Allocation.objects.filter(ledger=book, kind=AllocationKind.INITIAL).count() == 2


def test_after_the_mid_term_release_a_new_insufficiency_alerts_again(
    fast13: Convention, django_capture_on_commit_callbacks: Any
) -> None:
    """Releasing a tranche closes the insufficiency and margin alerts it answers.

    Before, the alert raised in October stayed open after the release: the page kept
    saying credits were insufficient, and a second over-commitment in 2024 raised no new
    alert and sent no e-mail (an open alert is never raised twice).
    """
    officer = member("budget.dinum", party(fast13, Role.DELEGANT), MemberRole.BUDGET_OFFICER)
    ledger.open_ledger(fast13, actor=officer)
    ledger.commit(fast13, actor=None, ej_number="2103500001", date=day("2023-08-01"), amount="105000")
    with pytest.raises(ledger.CeilingExceeded):
        ledger.commit(fast13, actor=None, ej_number="2103500002", date=day("2023-10-25"), amount="40000")
    assert Alert.objects.filter(convention=fast13, resolved_at=None).count() == 2  # margin, then insufficiency
    ledger.release_tranche(
        fast13.tranches.get(position=1),
        actor=officer,
        released_on=day("2023-11-30"),
        decision="Déblocage des 50 % restants",
        review="Bilan de mi-parcours",
    )
    assert not Alert.objects.filter(convention=fast13, resolved_at=None).exists()
    ledger.commit(fast13, actor=None, ej_number="2103500002", date=day("2023-12-05"), amount="100000")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ledger.CeilingExceeded):
        ledger.commit(fast13, actor=None, ej_number="2103500003", date=day("2024-01-10"), amount="20000")
    alert = Alert.objects.get(convention=fast13, kind=AlertKind.INSUFFICIENCY, resolved_at=None)
    assert "5 000,00 €" in alert.message  # 20 000 € asked, 15 000 € left
    assert [m.subject for m in mail.outbox] == ["[conventio] Insuffisance de crédits"]


# ---------------------------------------------------------------------------- DJEPVA


@pytest.fixture
def djepva() -> Convention:
    convention = factories.djepva_api_engagement()
    lifecycle.enter_into_force(convention, actor=None, on=day("2024-01-24"))
    ledger.open_ledger(convention, actor=None)
    return convention


def expected_djepva_lines() -> list[dict[str, Any]]:
    return json.loads((EXPECTED / "djepva.json").read_text(encoding="utf-8"))["budget_lines"]


def test_djepva_multi_year_table_is_loaded_as_consistent_allocations(djepva: Convention) -> None:
    lines = expected_djepva_lines()
    expected: dict[int, list[Decimal]] = {}
    for line in lines:
        figures = expected.setdefault(int(line["year"]), [D("0.00"), D("0.00")])
        figures[0] += D(str(line["ae"] or 0))
        figures[1] += D(str(line["cp"] or 0))
    state = ledger.balances(djepva.ledger)
    assert {year: [y.allocated_ae, y.allocated_cp] for year, y in state.years.items()} == expected
    assert expected == {
        2020: [D("1499618.60"), D("1245072.56")],
        2021: [D("2009474.32"), D("1866592.14")],
        2022: [D("320493.96"), D("717922.18")],  # the column the extraction repaired
        2023: [D("581040.00"), D("246367.50")],
        2024: [D("106920.00"), D("441592.50")],  # 0 + 106 920 AE; 334 672,50 + 106 920 CP
    }
    # One allocation per line of the tables; the specific budget stays its own row.
    rows = list(Allocation.objects.filter(ledger=djepva.ledger).values_list("year", "ae", "cp", "reason"))
    assert len(rows) == 6
    assert set(Allocation.objects.filter(ledger=djepva.ledger).values_list("programme", "centre_financier")) == {
        ("163", "163-CDJE-STET")
    }
    specific_scope = djepva.budget_lines.get(year=2024, ae=D("106920.00")).scope
    specific = [row for row in rows if specific_scope and specific_scope in row[3]]
    common = [row for row in rows if row not in specific]
    assert [(year, ae, cp) for year, ae, cp, _ in specific] == [(2024, D("106920.00"), D("106920.00"))]
    assert sum(ae for _, ae, _, _ in common) == D("4410626.88") == djepva.total_amount
    assert sum(cp for _, _, cp, _ in common) == D("4410626.88")
    assert (state.allocated_ae, state.allocated_cp) == (D("4517546.88"), D("4517546.88"))
    # Cumulative CP never exceeds cumulative AE; the repaired 2022 column makes them meet exactly.
    table = ledger.year_table(state)
    cumulative = [(row["year"], row["cumulative_ae"], row["cumulative_cp"]) for row in table]
    assert cumulative == [
        (2020, D("1499618.60"), D("1245072.56")),
        (2021, D("3509092.92"), D("3111664.70")),
        (2022, D("3829586.88"), D("3829586.88")),
        (2023, D("4410626.88"), D("4075954.38")),
        (2024, D("4517546.88"), D("4517546.88")),
    ]
    assert all(cp <= ae for _, ae, cp in cumulative)
    # No tranche: the AE ceiling is the allocated AE.
    assert not state.has_tranches and state.ae_ceiling == D("4517546.88")


def test_djepva_commitments_and_payments_respect_each_year_cp(djepva: Convention) -> None:
    def commit(ej: str, on: str, amount: str, supplier: str) -> Movement:
        return ledger.commit(djepva, actor=None, ej_number=ej, date=day(on), amount=amount, supplier=supplier)

    def pay(ej: str, dp: str, on: str, amount: str) -> Movement:
        return ledger.pay(djepva, actor=None, ej_number=ej, dp_number=dp, date=day(on), amount=amount)

    # The earlier years of the table were executed under the previous conventions: nothing can be dated there.
    with pytest.raises(InvalidInput, match="précède la signature"):
        commit("1300000000", "2023-06-01", "1000", "Cabinet de coaching")
    commit("1300000001", "2024-02-01", "106920", "Cabinet de coaching (API Engagement)")
    commit("1300000002", "2024-03-01", "334672.50", "Cabinet de coaching (JeVeuxAider.gouv.fr)")
    commit("1300000003", "2024-09-01", "10000", "Cabinet de coaching (API Engagement)")
    pay("1300000001", "2000000001", "2024-06-28", "53460")
    pay("1300000001", "2000000002", "2024-12-10", "53460")
    pay("1300000002", "2000000003", "2024-12-12", "334672.50")  # 2024 CP now fully paid
    with pytest.raises(ledger.CeilingExceeded) as refused:
        pay("1300000003", "2000000004", "2024-12-20", "0.01")
    assert refused.value.message == (
        "Paiement refusé : les CP payés en 2024 (441 592,51 €) dépasseraient les CP alloués pour 2024 "
        "(441 592,50 €) de 0,01 €. Demandez un ajustement des CP de l'année au délégant."
    )
    with pytest.raises(ledger.CeilingExceeded, match=r"CP alloués pour 2025 \(0,00 €\)"):
        pay("1300000003", "2000000004", "2025-01-15", "10000")
    # CP for 2025 cannot be added alone: cumulative CP would pass cumulative AE (they meet in 2024).
    with pytest.raises(ledger.CeilingExceeded, match="CP cumulés .* de 10 000,00 €"):
        ledger.adjust_allocation(djepva, actor=None, year=2025, cp="10000", reason="report de crédits")
    state = ledger.balances(djepva.ledger)
    assert (state.committed_ae, state.paid_cp) == (D("451592.50"), D("441592.50"))
    assert state.year(2024).paid_cp == state.year(2024).allocated_cp == D("441592.50")
    assert state.available_ae == D("4517546.88") - D("451592.50")
    assert ledger.commitment_balance(djepva.ledger, "1300000003") == (D("10000.00"), D("0.00"))
    for year in state.years.values():
        assert year.paid_cp <= year.allocated_cp
