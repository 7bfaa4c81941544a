"""Deadline reminders: who gets them, when, once, in French, through Django's e-mail backend.

FAST 13 (DINUM délégant, DIAIR délégataire) has these deadlines: mid-term review
30/11/2023, commitment 27/01/2024, last day for notice 30/03/2024, end and final
report 30/06/2024. Time travels through the `today` argument. E-mails land in the
locmem outbox (test settings).
"""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from conventio.register.enums import Status
from conventio.register.models import Convention, Organisation, ReminderSent
from conventio.register.services import lifecycle
from conventio.register.services.registration import apply_avenant
from conventio.register.services.reminders import send_reminders, stage_of
from conventio.trust.models import MemberRole, Membership
from tests.conftest import ROOT
from tests.register import factories


pytestmark = pytest.mark.django_db

D = datetime.date
BASE_URL = "https://conventio.example.gouv.fr"


def account(username: str, **fields: Any) -> Any:
    user = factories.user(username)
    for name, value in fields.items():
        setattr(user, name, value)
    user.save()
    return user


def member(username: str, acronym: str, role: str, **fields: Any) -> Any:
    user = account(username, **fields)
    Membership.objects.create(user=user, organisation=Organisation.objects.get(acronym=acronym), role=role)
    return user


@pytest.fixture
def fast13() -> Convention:
    return factories.fast13_refugies_info()


@pytest.fixture
def people(fast13: Convention) -> dict[str, Any]:
    factories.djepva_api_engagement()
    return {
        "team": factories.programme_team_member("equipe"),
        "agent": member("agent.diair", "DIAIR", MemberRole.AGENT),
        "officer": member("budget.diair", "DIAIR", MemberRole.BUDGET_OFFICER),
        "reader": member("lecteur.diair", "DIAIR", MemberRole.READER),
        "inactive": member("parti.diair", "DIAIR", MemberRole.AGENT, is_active=False),
        "no_email": member("sans.courriel", "DIAIR", MemberRole.AGENT, email=""),
        "djepva": member("agent.djepva", "DJEPVA", MemberRole.AGENT),
    }


def addresses(*usernames: str) -> set[str]:
    return {f"{name}@example.gouv.fr" for name in usernames}


def recipients() -> set[str]:
    return {address for message in mail.outbox for address in message.to}


CONCERNED = addresses("equipe", "agent.diair", "budget.diair")


# ----------------------------------------------------------------------- the rules


@pytest.mark.parametrize(
    ("days_left", "stage"),
    [(31, None), (30, 30), (20, 30), (8, 30), (7, 7), (1, 7), (0, 7), (-1, None)],
)
def test_stage_of_a_deadline(days_left: int, stage: int | None) -> None:
    assert stage_of(days_left, [7, 30]) == stage


@override_settings(CONVENTIO_BASE_URL=BASE_URL + "/")
def test_seven_days_before_the_last_day_for_notice(fast13: Convention, people: dict[str, Any]) -> None:
    report = send_reminders(D(2024, 3, 23))
    assert len(mail.outbox) == 3  # one e-mail per person concerned
    assert recipients() == CONCERNED
    assert all(len(message.to) == 1 for message in mail.outbox)
    message = mail.outbox[0]
    assert message.subject == (
        "[conventio] Dernier jour pour donner préavis avant la fin le 30/03/2024 — "
        "Convention de délégation de gestion FAST 13 | Réfugiés.info"
    )
    assert "Bonjour," in message.body
    assert "Dernier jour pour donner préavis avant la fin : le 30/03/2024 (dans 7 jours)" in message.body
    assert "Convention de délégation de gestion FAST 13 | Réfugiés.info" in message.body
    assert f"{BASE_URL}/conventions/{fast13.pk}/" in message.body
    assert (report.emails, report.reminders, len(report.recipients), len(report.deadlines)) == (3, 3, 3, 1)
    assert ReminderSent.objects.filter(days_before=7, due_date=D(2024, 3, 30)).count() == 3


def test_sent_once_not_twice(fast13: Convention, people: dict[str, Any]) -> None:
    send_reminders(D(2024, 3, 23))
    assert len(mail.outbox) == 3
    report = send_reminders(D(2024, 3, 23))
    assert report.emails == 0
    send_reminders(D(2024, 3, 24))  # the next day: same stage, already sent
    send_reminders(D(2024, 3, 30))  # due today: still the « J-7 » stage
    assert len(mail.outbox) == 3
    assert ReminderSent.objects.count() == 3


def test_thirty_then_seven_days_before_the_end(fast13: Convention, people: dict[str, Any]) -> None:
    send_reminders(D(2024, 5, 31))  # 30 days before: end and final report, in one e-mail each
    assert len(mail.outbox) == 3
    body = mail.outbox[0].body
    assert "Fin de la convention : le 30/06/2024 (dans 30 jours)" in body
    assert "Compte rendu d'exécution au délégant : le 30/06/2024 (dans 30 jours)" in body
    assert mail.outbox[0].subject.startswith("[conventio] 2 échéances à venir")
    for day in range(1, 23):  # nothing between the two stages
        send_reminders(D(2024, 5, 31) + datetime.timedelta(days=day))
    assert len(mail.outbox) == 3
    send_reminders(D(2024, 6, 23))
    assert len(mail.outbox) == 6
    assert "(dans 7 jours)" in mail.outbox[-1].body
    send_reminders(D(2024, 6, 29))
    send_reminders(D(2024, 6, 30))
    send_reminders(D(2024, 7, 1))  # past: never reminded again
    assert len(mail.outbox) == 6


def test_a_late_run_sends_the_current_stage_only(fast13: Convention, people: dict[str, Any]) -> None:
    # Cron stopped from mid-May to 25 June: the « J-30 » stage is overtaken, « J-7 » is sent once.
    send_reminders(D(2024, 6, 25))
    assert len(mail.outbox) == 3
    assert "(dans 5 jours)" in mail.outbox[0].body
    assert set(ReminderSent.objects.values_list("days_before", flat=True)) == {7}
    send_reminders(D(2024, 6, 26))
    assert len(mail.outbox) == 3


def test_right_recipients_only(fast13: Convention, people: dict[str, Any]) -> None:
    send_reminders(D(2024, 3, 23))
    assert recipients() == CONCERNED
    # Not the reader, the inactive agent, the agent without e-mail, nor the agent of an organisation not party.
    assert not recipients() & addresses("lecteur.diair", "parti.diair", "agent.djepva")


def test_the_programme_team_hears_of_every_convention(fast13: Convention, people: dict[str, Any]) -> None:
    # DJEPVA convention: notice until 10/11/2024, end 10/02/2025. DIAIR is not a party to it.
    send_reminders(D(2024, 11, 3))
    assert recipients() == addresses("equipe", "agent.djepva")
    assert "DIAIR" not in " ".join(message.body for message in mail.outbox)


def test_one_e_mail_per_address_even_for_two_accounts(fast13: Convention, people: dict[str, Any]) -> None:
    member("doublon", "DIAIR", MemberRole.BUDGET_OFFICER, email="AGENT.DIAIR@example.gouv.fr")
    send_reminders(D(2024, 3, 23))
    assert sorted(address for message in mail.outbox for address in message.to) == sorted(CONCERNED)


@override_settings(CONVENTIO_REMINDER_DAYS=[14])
def test_stages_come_from_the_settings(fast13: Convention, people: dict[str, Any]) -> None:
    send_reminders(D(2024, 3, 23))  # 7 days before the notice deadline: inside the only stage, J-14
    assert len(mail.outbox) == 3
    assert set(ReminderSent.objects.values_list("days_before", flat=True)) == {14}
    send_reminders(D(2024, 5, 31))  # 30 days before the end: too early with J-14 only
    assert len(mail.outbox) == 3


@override_settings(CONVENTIO_REMINDER_DAYS=[])
def test_no_stage_no_reminder(fast13: Convention, people: dict[str, Any]) -> None:
    assert send_reminders(D(2024, 3, 23)).emails == 0
    assert mail.outbox == []


# ------------------------------------------------------------ which conventions


def test_nothing_for_a_terminated_convention(fast13: Convention, people: dict[str, Any]) -> None:
    lifecycle.enter_into_force(fast13, actor=None, on=D(2023, 9, 1))
    lifecycle.request_termination(
        fast13, actor=None, requested_by=Organisation.objects.get(acronym="DIAIR"), notice_date=D(2024, 1, 10)
    )
    # The termination's effective date is itself a deadline, reminded while it binds.
    send_reminders(D(2024, 4, 3))
    assert "Prise d'effet de la résiliation : le 10/04/2024 (dans 7 jours)" in mail.outbox[0].body
    lifecycle.terminate(fast13, actor=None, on=D(2024, 4, 10))
    mail.outbox.clear()
    send_reminders(D(2024, 5, 31))  # the end date is 30 days away, but the convention is over
    assert mail.outbox == []


def test_nothing_for_an_expired_or_draft_convention(fast13: Convention, people: dict[str, Any]) -> None:
    Convention.objects.filter(pk=fast13.pk).update(status=Status.EXPIRED)
    assert send_reminders(D(2024, 5, 31)).emails == 0
    Convention.objects.filter(pk=fast13.pk).update(status=Status.DRAFT)
    assert send_reminders(D(2024, 5, 31)).emails == 0
    Convention.objects.filter(pk=fast13.pk).update(status=Status.SUSPENDED)  # a suspended one still binds
    assert send_reminders(D(2024, 5, 31)).emails == 3


def test_a_deadline_moved_by_an_avenant_is_reminded_again(fast13: Convention, people: dict[str, Any]) -> None:
    send_reminders(D(2024, 6, 23))
    assert len(mail.outbox) == 3
    apply_avenant(fast13, {**factories.fast13_facts(), "end_date": "2024-12-31"}, actor=None, avenant_number=1)
    send_reminders(D(2024, 6, 23))  # the end is now far away
    assert len(mail.outbox) == 3
    send_reminders(D(2024, 12, 24))
    assert len(mail.outbox) == 6
    assert "Fin de la convention : le 31/12/2024 (dans 7 jours)" in mail.outbox[-1].body


# ----------------------------------------------------------- dry run and failures


def test_dry_run_sends_and_records_nothing(fast13: Convention, people: dict[str, Any]) -> None:
    report = send_reminders(D(2024, 3, 23), dry_run=True)
    assert (report.emails, len(report.recipients)) == (3, 3)
    assert "simulation" in report.summary()
    assert mail.outbox == []
    assert not ReminderSent.objects.exists()


class FlakyBackend(EmailBackend):
    """The locmem backend, except that it fails for one address (an SMTP server refusing it)."""

    def send_messages(self, messages: Any) -> int:
        if any("budget.diair@" in address for message in messages for address in message.to):
            raise OSError("550 boîte aux lettres indisponible")
        return super().send_messages(messages)


@override_settings(EMAIL_BACKEND="tests.register.test_reminders.FlakyBackend")
def test_a_failed_e_mail_is_tried_again_at_the_next_run(fast13: Convention, people: dict[str, Any]) -> None:
    report = send_reminders(D(2024, 3, 23))
    assert recipients() == addresses("equipe", "agent.diair")
    assert len(report.failures) == 1 and "budget.diair@example.gouv.fr" in report.failures[0]
    assert not ReminderSent.objects.filter(recipient="budget.diair@example.gouv.fr").exists()
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        report = send_reminders(D(2024, 3, 24))
    assert report.emails == 1
    assert mail.outbox[-1].to == ["budget.diair@example.gouv.fr"]


# ------------------------------------------------------------------- the command


def test_remind_command_advances_statuses_then_sends(fast13: Convention, people: dict[str, Any]) -> None:
    output = _call("remind", date="2024-03-23")
    assert "Statut mis à jour — Convention de délégation de gestion FAST 13 | Réfugiés.info : Entrée en vigueur" in (
        output
    )
    assert "3 e-mail(s) envoyé(s) à 3 destinataire(s) pour 1 échéance(s)" in output
    fast13.refresh_from_db()
    assert fast13.status == Status.IN_FORCE
    assert len(mail.outbox) == 3
    output = _call("remind", date="2024-03-23")  # idempotent
    assert "Changements de statut : 0." in output
    assert "0 e-mail(s)" in output
    assert len(mail.outbox) == 3


def test_remind_command_after_the_end_expires_and_sends_nothing(fast13: Convention, people: dict[str, Any]) -> None:
    output = _call("remind", date="2024-07-01")
    assert "Échéance" in output
    assert mail.outbox == []


def test_remind_command_dry_run_changes_nothing(fast13: Convention, people: dict[str, Any]) -> None:
    output = _call("remind", date="2024-03-23", dry_run=True)
    assert "simulation" in output
    assert Convention.objects.get(pk=fast13.pk).status == Status.SIGNED
    assert mail.outbox == []


@pytest.mark.parametrize("value", ["2024-13-01", "demain", "23/03/2024", ""])
def test_remind_command_refuses_a_bad_date(value: str) -> None:
    with pytest.raises(CommandError, match="n'est pas une date valide") as error:
        call_command("remind", date=value or " ")
    assert error.value.returncode == 2


@override_settings(EMAIL_BACKEND="tests.register.test_reminders.FlakyBackend")
def test_remind_command_fails_with_status_1_when_an_e_mail_fails(fast13: Convention, people: dict[str, Any]) -> None:
    with pytest.raises(CommandError, match="réessayés") as error:
        _call("remind", date="2024-03-23")
    assert error.value.returncode == 1


def _call(*args: Any, **options: Any) -> str:
    from io import StringIO

    out, err = StringIO(), StringIO()
    call_command(*args, stdout=out, stderr=err, **options)
    return out.getvalue()


def _conventio(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env["CONVENTIO_VAR_DIR"] = str(tmp_path)
    return subprocess.run(
        [sys.executable, "-m", "conventio.cli", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def test_cli_remind_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = _conventio(tmp_path, "remind", "--date", "2024-02-30")
    assert result.returncode == 2
    assert "conventio: « 2024-02-30 » n'est pas une date valide" in result.stderr
    assert "Traceback" not in result.stderr
    # An empty, unmigrated database: a clear line, no traceback.
    result = _conventio(tmp_path, "remind", "--date", "2024-03-23")
    assert result.returncode == 2
    assert "base de données indisponible ou non migrée" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_remind_runs_against_a_migrated_database(tmp_path: Path) -> None:
    assert _conventio(tmp_path, "demo").returncode == 0
    result = _conventio(tmp_path, "remind")
    assert result.returncode == 0, result.stderr
    assert "Changements de statut : 0." in result.stdout
    assert "Rappels du" in result.stdout
