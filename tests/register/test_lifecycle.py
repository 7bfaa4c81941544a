"""The lifecycle: every transition allowed and refused, termination dates, expiry, `advance_all`, audit.

FAST 13 is the convention under test: signed 27/07/2023, effective at signature, ends
30/06/2024, three months' notice; its parties are the DINUM and the DIAIR.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from conventio.core.errors import InvalidInput, InvalidTransition
from conventio.core.models import AuditEvent
from conventio.register.enums import DeadlineKind, Status
from conventio.register.models import Convention, Organisation
from conventio.register.services import lifecycle
from conventio.register.services.organisations import find_or_create_organisation
from conventio.register.services.registration import register_facts
from tests.register import factories


pytestmark = pytest.mark.django_db

D = datetime.date
SIGNED_ON = D(2023, 7, 27)
ENDS_ON = D(2024, 6, 30)


@pytest.fixture
def agent() -> Any:
    return factories.programme_team_member("equipe")


@pytest.fixture
def fast13() -> Convention:
    return factories.fast13_refugies_info()


def in_force(convention: Convention, actor: Any = None) -> Convention:
    return lifecycle.enter_into_force(convention, actor=actor, on=D(2023, 9, 1))


def draft(**changes: Any) -> Convention:
    """FAST 13 as an unsigned project (no signature date)."""
    facts = factories.fast13_facts()
    facts.update({"signature_date": None, **changes})
    return register_facts(facts, actor=None)


def organisation(acronym: str) -> Organisation:
    return Organisation.objects.get(acronym=acronym)


def events(convention: Convention, suffix: str) -> list[AuditEvent]:
    return list(AuditEvent.objects.for_scope(convention.scope).filter(action__endswith=suffix))


# ----------------------------------------------------------------- what is allowed


def test_registered_with_a_signature_date_it_is_signed_else_a_draft(fast13: Convention) -> None:
    assert fast13.status == Status.SIGNED
    assert draft().status == Status.DRAFT


@pytest.mark.parametrize(
    ("status", "allowed"),
    [
        (Status.DRAFT, ["sign"]),
        (Status.SIGNED, ["enter_into_force", "expire", "terminate"]),
        (Status.IN_FORCE, ["suspend", "expire", "terminate"]),
        (Status.SUSPENDED, ["resume", "expire", "terminate"]),
        (Status.EXPIRED, []),
        (Status.TERMINATED, []),
    ],
)
def test_allowed_transitions_by_status(fast13: Convention, status: str, allowed: list[str]) -> None:
    fast13.status = status
    assert lifecycle.allowed_transitions(fast13) == allowed


# ------------------------------------------------------------------------ signing


def test_sign_a_draft_with_its_date(agent: Any) -> None:
    convention = draft()
    lifecycle.sign(convention, actor=agent, signature_date=SIGNED_ON)
    assert (convention.status, convention.signature_date) == (Status.SIGNED, SIGNED_ON)
    [event] = events(convention, ".sign")
    assert event.actor == agent
    assert event.changes == [{"field": "statut", "before": "projet", "after": "signée"}]


def test_sign_refuses_without_a_date_and_a_date_after_the_end() -> None:
    convention = draft()
    with pytest.raises(InvalidInput, match="Indiquez la date de signature"):
        lifecycle.sign(convention, actor=None)
    with pytest.raises(InvalidInput, match="précéder la date de fin"):
        lifecycle.sign(convention, actor=None, signature_date=D(2024, 7, 1))
    convention.refresh_from_db()
    assert convention.status == Status.DRAFT
    assert convention.signature_date is None


def test_a_signed_convention_cannot_be_signed_again(fast13: Convention) -> None:
    with pytest.raises(InvalidTransition, match="Signature impossible : la convention est « signée »"):
        lifecycle.sign(fast13, actor=None)


# -------------------------------------------------------------- entry into force


def test_enter_into_force_not_before_the_effective_date(fast13: Convention) -> None:
    with pytest.raises(InvalidTransition, match="ne prend effet que le 27/07/2023"):
        lifecycle.enter_into_force(fast13, actor=None, on=D(2023, 7, 26))
    assert Convention.objects.get(pk=fast13.pk).status == Status.SIGNED
    lifecycle.enter_into_force(fast13, actor=None, on=SIGNED_ON)
    assert fast13.status == Status.IN_FORCE


def test_a_draft_cannot_enter_into_force() -> None:
    with pytest.raises(InvalidTransition, match="Entrée en vigueur impossible : la convention est « projet »"):
        lifecycle.enter_into_force(draft(), actor=None, on=D(2024, 1, 1))


# ------------------------------------------------------------- suspend and resume


def test_suspend_needs_a_reason_then_resume(fast13: Convention, agent: Any) -> None:
    in_force(fast13)
    with pytest.raises(InvalidInput, match="motif de la suspension"):
        lifecycle.suspend(fast13, actor=agent, reason="   ")
    lifecycle.suspend(fast13, actor=agent, reason="crédits gelés")
    assert fast13.status == Status.SUSPENDED
    [event] = events(fast13, ".suspend")
    assert "crédits gelés" in event.message
    assert event.data["reason"] == "crédits gelés"
    with pytest.raises(InvalidTransition):
        lifecycle.suspend(fast13, actor=agent, reason="encore")
    lifecycle.resume(fast13, actor=agent)
    assert fast13.status == Status.IN_FORCE


def test_only_a_convention_in_force_is_suspended_and_only_a_suspended_one_resumed(fast13: Convention) -> None:
    with pytest.raises(InvalidTransition, match="Suspension impossible : la convention est « signée »"):
        lifecycle.suspend(fast13, actor=None, reason="motif")
    with pytest.raises(InvalidTransition, match="Reprise impossible"):
        lifecycle.resume(fast13, actor=None)


# ------------------------------------------------------------------------- expiry


def test_expires_only_after_its_end_date(fast13: Convention) -> None:
    in_force(fast13)
    with pytest.raises(InvalidTransition, match="pas arrivée à son terme"):
        lifecycle.expire(fast13, actor=None, on=ENDS_ON)  # its last day is still in force
    lifecycle.expire(fast13, actor=None, on=ENDS_ON + datetime.timedelta(days=1))
    assert fast13.status == Status.EXPIRED


def test_without_an_end_date_it_never_expires() -> None:
    convention = register_facts({**factories.fast13_facts(), "end_date": None}, actor=None)
    with pytest.raises(InvalidTransition, match="pas arrivée à son terme"):
        lifecycle.expire(convention, actor=None, on=D(2099, 1, 1))


def test_a_draft_cannot_expire() -> None:
    with pytest.raises(InvalidTransition, match="Échéance impossible"):
        lifecycle.expire(draft(), actor=None, on=D(2030, 1, 1))


# -------------------------------------------------------------------- termination


def test_termination_takes_effect_notice_plus_notice_period(fast13: Convention, agent: Any) -> None:
    in_force(fast13)
    diair = organisation("DIAIR")
    lifecycle.request_termination(fast13, actor=agent, requested_by=diair, notice_date=D(2023, 11, 30))
    assert fast13.termination_requested_by == diair
    assert fast13.termination_notice_date == D(2023, 11, 30)
    # Three months after 30 November is 29 February in a leap year.
    assert fast13.termination_effective_date == D(2024, 2, 29)
    assert fast13.status == Status.IN_FORCE  # nothing changes before the effective date
    due = {d.kind: d.due_date for d in fast13.deadlines.all()}
    assert due[DeadlineKind.TERMINATION] == D(2024, 2, 29)
    [event] = events(fast13, ".termination_requested")
    assert event.actor == agent
    assert "demandée par" in event.message and "DIAIR" in event.message
    assert event.data == {"requested_by": diair.pk, "notice": "2023-11-30", "effective": "2024-02-29"}


def test_an_earlier_wanted_date_is_pushed_back_to_the_earliest_possible(fast13: Convention) -> None:
    dinum = organisation("DINUM")
    lifecycle.request_termination(
        fast13, actor=None, requested_by=dinum, notice_date=D(2024, 1, 10), effective_on=D(2024, 2, 1)
    )
    assert fast13.termination_effective_date == D(2024, 4, 10)


def test_a_later_wanted_date_is_kept(fast13: Convention) -> None:
    dinum = organisation("DINUM")
    lifecycle.request_termination(
        fast13, actor=None, requested_by=dinum, notice_date=D(2024, 1, 10), effective_on=D(2024, 5, 15)
    )
    assert fast13.termination_effective_date == D(2024, 5, 15)


def test_termination_requests_that_are_refused(fast13: Convention) -> None:
    stranger = find_or_create_organisation(name="Direction du budget", acronym="DB")
    dinum = organisation("DINUM")
    with pytest.raises(InvalidInput, match="n'est pas partie à la convention"):
        lifecycle.request_termination(fast13, actor=None, requested_by=stranger, notice_date=D(2024, 1, 10))
    with pytest.raises(InvalidInput, match="ne peut pas précéder la signature"):
        lifecycle.request_termination(fast13, actor=None, requested_by=dinum, notice_date=D(2023, 7, 1))
    with pytest.raises(InvalidInput, match="précède la date du préavis"):
        lifecycle.request_termination(
            fast13, actor=None, requested_by=dinum, notice_date=D(2024, 1, 10), effective_on=D(2024, 1, 9)
        )
    with pytest.raises(InvalidTransition, match="Résiliation impossible : la convention est « projet »"):
        lifecycle.request_termination(draft(), actor=None, requested_by=dinum, notice_date=D(2024, 1, 10))
    fast13.refresh_from_db()
    assert fast13.termination_effective_date is None
    assert not events(fast13, ".termination_requested")


def test_terminate_no_earlier_than_the_effective_date(fast13: Convention, agent: Any) -> None:
    in_force(fast13)
    with pytest.raises(InvalidTransition, match="Aucune résiliation n'a été demandée"):
        lifecycle.terminate(fast13, actor=agent, on=D(2024, 5, 1))
    lifecycle.request_termination(fast13, actor=agent, requested_by=organisation("DINUM"), notice_date=D(2024, 1, 10))
    with pytest.raises(InvalidTransition, match="ne prend effet que le 10/04/2024"):
        lifecycle.terminate(fast13, actor=agent, on=D(2024, 4, 9))
    lifecycle.terminate(fast13, actor=agent, on=D(2024, 4, 10))
    assert fast13.status == Status.TERMINATED
    assert lifecycle.allowed_transitions(fast13) == []
    for transition in (
        lambda: lifecycle.suspend(fast13, actor=agent, reason="motif"),
        lambda: lifecycle.expire(fast13, actor=agent, on=D(2030, 1, 1)),
        lambda: lifecycle.terminate(fast13, actor=agent, on=D(2030, 1, 1)),
        lambda: lifecycle.enter_into_force(fast13, actor=agent, on=D(2030, 1, 1)),
    ):
        with pytest.raises(InvalidTransition):
            transition()
    assert Convention.objects.filter(pk=fast13.pk).exists()  # nothing is deleted


def test_a_suspended_convention_can_be_terminated(fast13: Convention) -> None:
    in_force(fast13)
    lifecycle.suspend(fast13, actor=None, reason="motif")
    lifecycle.request_termination(fast13, actor=None, requested_by=organisation("DIAIR"), notice_date=D(2024, 1, 1))
    lifecycle.terminate(fast13, actor=None, on=D(2024, 4, 1))
    assert fast13.status == Status.TERMINATED


# ------------------------------------------------------------------ months arithmetic


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2024, 1, 31), 1, D(2024, 2, 29)),
        (D(2023, 1, 31), 1, D(2023, 2, 28)),
        (D(2023, 11, 30), 3, D(2024, 2, 29)),
        (D(2024, 6, 30), -3, D(2024, 3, 30)),
        (D(2024, 3, 31), -1, D(2024, 2, 29)),
        (D(2023, 7, 27), 6, D(2024, 1, 27)),
        (D(2024, 12, 15), 0, D(2024, 12, 15)),
        (D(2024, 12, 15), 13, D(2026, 1, 15)),
    ],
)
def test_add_months(day: datetime.date, months: int, expected: datetime.date) -> None:
    assert lifecycle.add_months(day, months) == expected


# ------------------------------------------------------------------- advance_all


def test_advance_all_follows_the_calendar(fast13: Convention) -> None:
    djepva = factories.djepva_api_engagement()  # signed 24/01/2024, ends 10/02/2025
    assert lifecycle.advance_all(on=D(2023, 7, 26)) == []
    done = lifecycle.advance_all(on=D(2023, 7, 27))
    assert [(c.pk, name) for c, name in done] == [(fast13.pk, "enter_into_force")]
    assert lifecycle.advance_all(on=D(2023, 7, 27)) == []  # idempotent
    done = lifecycle.advance_all(on=D(2024, 7, 1))
    assert sorted((c.pk, name) for c, name in done) == sorted([(djepva.pk, "enter_into_force"), (fast13.pk, "expire")])
    assert lifecycle.advance_all(on=D(2024, 7, 1)) == []
    done = lifecycle.advance_all(on=D(2025, 2, 11))
    assert [(c.pk, name) for c, name in done] == [(djepva.pk, "expire")]
    statuses = dict(Convention.objects.values_list("pk", "status"))
    assert statuses == {fast13.pk: Status.EXPIRED, djepva.pk: Status.EXPIRED}


def test_advance_all_expires_a_signed_convention_whose_end_has_passed(fast13: Convention) -> None:
    done = lifecycle.advance_all(on=D(2024, 8, 1))
    assert [name for _, name in done] == ["expire"]
    fast13.refresh_from_db()
    assert fast13.status == Status.EXPIRED
    assert not events(fast13, ".enter_into_force")


def test_advance_all_applies_a_termination_on_its_effective_date(fast13: Convention) -> None:
    in_force(fast13)
    lifecycle.request_termination(fast13, actor=None, requested_by=organisation("DIAIR"), notice_date=D(2024, 1, 10))
    assert lifecycle.advance_all(on=D(2024, 4, 9)) == []
    done = lifecycle.advance_all(on=D(2024, 4, 10))
    assert [name for _, name in done] == ["terminate"]
    assert lifecycle.advance_all(on=D(2024, 7, 1)) == []  # terminated: it does not also expire
    fast13.refresh_from_db()
    assert fast13.status == Status.TERMINATED


def test_advance_all_leaves_drafts_and_suspended_conventions_in_their_state(fast13: Convention) -> None:
    project = draft()
    in_force(fast13)
    lifecycle.suspend(fast13, actor=None, reason="motif")
    assert lifecycle.advance_all(on=D(2024, 1, 1)) == []
    # A suspended convention still ends at its end date.
    assert [name for _, name in lifecycle.advance_all(on=D(2024, 7, 1))] == ["expire"]
    project.refresh_from_db()
    assert project.status == Status.DRAFT


# ---------------------------------------------------------------------------- audit


def test_every_transition_is_audited_with_who_when_before_and_after(fast13: Convention, agent: Any) -> None:
    in_force(fast13, agent)
    lifecycle.suspend(fast13, actor=agent, reason="motif")
    lifecycle.resume(fast13, actor=agent, reason="levée")
    lifecycle.advance_all(on=D(2024, 7, 1))
    trail = list(AuditEvent.objects.for_scope(fast13.scope).order_by("at", "id"))
    actions = [event.action.rsplit(".", 1)[1] for event in trail]
    assert actions == ["registered", "enter_into_force", "suspend", "resume", "expire"]
    assert [event.changes[0]["after"] for event in trail[1:]] == ["en vigueur", "suspendue", "en vigueur", "échue"]
    assert [event.changes[0]["before"] for event in trail[1:]] == ["signée", "en vigueur", "suspendue", "en vigueur"]
    assert [event.actor_label for event in trail[1:4]] == [agent.email] * 3
    assert trail[4].actor is None and trail[4].actor_label == "système"
    assert trail[4].data["on"] == "2024-07-01"
    assert all(event.at is not None for event in trail)


def test_a_refused_transition_changes_nothing_and_records_nothing(fast13: Convention) -> None:
    before = AuditEvent.objects.count()
    with pytest.raises(InvalidTransition):
        lifecycle.resume(fast13, actor=None)
    with pytest.raises(InvalidTransition):
        lifecycle.expire(fast13, actor=None, on=D(2024, 1, 1))
    assert AuditEvent.objects.count() == before
    assert Convention.objects.get(pk=fast13.pk).status == Status.SIGNED


def test_advance_all_skips_a_convention_another_run_moved_meanwhile(
    fast13: Convention, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two overlapping daily runs: the second finds the convention already expired and carries on."""
    other = register_facts(factories.djepva_facts(), actor=None)
    real_expire = lifecycle.expire
    moved: list[int] = []

    def expire_after_the_other_run(convention: Convention, **kwargs: Any) -> Convention:
        if not moved:
            moved.append(convention.pk)
            real_expire(convention, **kwargs)  # the other run got there first
        return real_expire(convention, **kwargs)

    monkeypatch.setattr(lifecycle, "expire", expire_after_the_other_run)
    done = lifecycle.advance_all(on=datetime.date(2030, 1, 1))
    assert moved
    assert {convention.pk for convention, _ in done} == {fast13.pk, other.pk} - set(moved)
    assert set(Convention.objects.values_list("status", flat=True)) == {Status.EXPIRED}
