"""Deadline reminders: `conventio remind` (daily, from cron) e-mails the people concerned.

Rules (each one is tested):

- Stages. ``CONVENTIO_REMINDER_DAYS`` (default 30 and 7) are the reminder stages: a
  deadline due in D days is in the stage of the smallest configured day count ≥ D
  (due in 20 days → stage « J-30 »; due in 5 days → stage « J-7 »; due today → the
  smallest stage). Each stage is sent once. A run that comes late (cron stopped for a
  few days, a convention registered 20 days before one of its deadlines) still sends
  the reminder of the current stage — the window is « since the stage began », not
  « exactly D days before » — and skips the stages already overtaken, so nobody gets
  two reminders for one deadline on consecutive days. A deadline already past is not
  reminded.
- Who. For each convention: the active users with an e-mail address who are agents or
  budget officers of an organisation party to it, plus every member of the programme
  team. Readers are not written to.
- What. Only conventions that bind: signed, in force or suspended. Drafts, expired and
  terminated conventions get no reminder.
- Once. A `ReminderSent` row per deadline, due date, stage and recipient is claimed in
  the same transaction as the e-mail is sent: a second run (or a concurrent one on
  another server) finds the row and sends nothing; a failed e-mail rolls its claim
  back, so the next run tries again. A deadline moved by an avenant has a new due date
  and is reminded again.
- How. One e-mail per recipient and run, in French, listing each deadline with the
  convention's title, what is due, the date, how many days remain and a link
  (``CONVENTIO_BASE_URL`` + the convention's page); through Django's e-mail backend
  (console by default, SMTP by settings).
"""

from __future__ import annotations

import datetime
import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, transaction
from django.utils import timezone

from conventio.register.enums import Status
from conventio.register.models import Convention, Deadline, ReminderSent
from conventio.trust.models import MemberRole, Membership


logger = logging.getLogger(__name__)

# Statuses whose deadlines still bind the parties.
BINDING = (Status.SIGNED, Status.IN_FORCE, Status.SUSPENDED)
# Members of a party's organisation who are written to (readers are not).
CONCERNED_ROLES = (MemberRole.AGENT, MemberRole.BUDGET_OFFICER)


@dataclass(frozen=True)
class Reminder:
    """One deadline to remind one recipient of, at one stage."""

    deadline: Deadline
    stage: int
    days_left: int
    recipient: str


@dataclass
class ReminderReport:
    """What a run did (or, for a dry run, would do)."""

    today: datetime.date
    dry_run: bool = False
    emails: int = 0
    reminders: int = 0
    recipients: set[str] = field(default_factory=set)
    deadlines: set[int] = field(default_factory=set)
    failures: list[str] = field(default_factory=list)

    def summary(self) -> str:
        verb = "à envoyer (simulation, rien n'est envoyé)" if self.dry_run else "envoyé(s)"
        text = (
            f"Rappels du {self.today:%d/%m/%Y} : {self.emails} e-mail(s) {verb} à "
            f"{len(self.recipients)} destinataire(s) pour {len(self.deadlines)} échéance(s)"
        )
        if self.failures:
            text += f" ; {len(self.failures)} envoi(s) en échec (réessayés au prochain passage)"
        return text + "."


def stages() -> list[int]:
    """The configured reminder stages, in days, smallest first (negative values are ignored)."""
    return sorted({int(day) for day in settings.CONVENTIO_REMINDER_DAYS if int(day) >= 0})


def stage_of(days_left: int, configured: Sequence[int]) -> int | None:
    """The reminder stage a deadline due in `days_left` days is in, or None (too far, or past)."""
    if days_left < 0:
        return None
    return next((stage for stage in configured if stage >= days_left), None)


def recipients_by_convention(convention_ids: Iterable[int]) -> dict[int, set[str]]:
    """{convention id: e-mail addresses of the people concerned} (see the module docstring)."""
    ids = list(convention_ids)
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    team = {
        email.strip().lower()
        for email in users.filter(memberships__role=MemberRole.PROGRAMME_TEAM).values_list("email", flat=True)
    }
    found: dict[int, set[str]] = {pk: set(team) for pk in ids}
    members = Membership.objects.filter(
        role__in=CONCERNED_ROLES,
        user__is_active=True,
        organisation__party_roles__convention_id__in=ids,
    ).exclude(user__email="")
    for convention_id, email in members.values_list("organisation__party_roles__convention_id", "user__email"):
        found[convention_id].add(email.strip().lower())
    return found


def due_reminders(today: datetime.date) -> list[Reminder]:
    """Every reminder due on `today` and not sent yet."""
    configured = stages()
    if not configured:
        return []
    horizon = today + datetime.timedelta(days=configured[-1])
    deadlines = list(
        Deadline.objects.select_related("convention")
        .filter(convention__status__in=BINDING, due_date__gte=today, due_date__lte=horizon)
        .order_by("due_date", "convention_id", "kind")
    )
    if not deadlines:
        return []
    recipients = recipients_by_convention({deadline.convention.pk for deadline in deadlines})
    already = set(
        ReminderSent.objects.filter(deadline__in=deadlines).values_list(
            "deadline_id", "due_date", "days_before", "recipient"
        )
    )
    reminders = []
    for deadline in deadlines:
        days_left = (deadline.due_date - today).days
        stage = stage_of(days_left, configured)
        if stage is None:
            continue
        for recipient in sorted(recipients.get(deadline.convention.pk, ())):
            if (deadline.pk, deadline.due_date, stage, recipient) not in already:
                reminders.append(Reminder(deadline, stage, days_left, recipient))
    return reminders


def _when(days_left: int) -> str:
    if days_left == 0:
        return "aujourd'hui"
    if days_left == 1:
        return "demain"
    return f"dans {days_left} jours"


def convention_url(convention: Convention) -> str:
    return settings.CONVENTIO_BASE_URL.rstrip("/") + convention.get_absolute_url()


def compose(recipient: str, reminders: Sequence[Reminder], connection: Any = None) -> EmailMessage:
    """The French e-mail listing `reminders` (all for `recipient`)."""
    first = reminders[0]
    if len(reminders) == 1:
        subject = (
            f"[conventio] {first.deadline.label} le {first.deadline.due_date:%d/%m/%Y} — "
            f"{first.deadline.convention.title}"
        )
    else:
        subject = f"[conventio] {len(reminders)} échéances à venir (la première le {first.deadline.due_date:%d/%m/%Y})"
    lines = [
        "Bonjour,",
        "",
        "Voici les échéances à venir des conventions que vous suivez dans conventio :"
        if len(reminders) > 1
        else "Voici une échéance à venir d'une convention que vous suivez dans conventio :",
        "",
    ]
    for reminder in reminders:
        deadline = reminder.deadline
        convention = deadline.convention
        lines += [
            f"- {convention.title}",
            f"  {deadline.label} : le {deadline.due_date:%d/%m/%Y} ({_when(reminder.days_left)})",
        ]
        if deadline.basis:
            lines.append(f"  Calcul : {deadline.basis}")
        lines += [f"  {convention_url(convention)}", ""]
    lines += [
        "Vous recevez ce message parce que votre organisation est partie à ces conventions, "
        "ou parce que vous faites partie de l'équipe programme.",
        "",
        "— conventio, registre des conventions de délégation de gestion",
    ]
    return EmailMessage(subject=subject, body="\n".join(lines), to=[recipient], connection=connection)


def send_reminders(
    today: datetime.date | None = None, *, dry_run: bool = False, connection: Any = None
) -> ReminderReport:
    """Send the reminders due on `today` (default: today, in the project's time zone); idempotent."""
    day = today or timezone.localdate()
    report = ReminderReport(today=day, dry_run=dry_run)
    by_recipient: dict[str, list[Reminder]] = defaultdict(list)
    for reminder in due_reminders(day):
        by_recipient[reminder.recipient].append(reminder)
    if dry_run:
        for recipient, reminders in by_recipient.items():
            _count(report, recipient, reminders)
        return report
    connection = connection or get_connection()
    for recipient, reminders in sorted(by_recipient.items()):
        try:
            with transaction.atomic():
                claimed = [reminder for reminder in reminders if _claim(reminder)]
                if claimed:
                    compose(recipient, claimed, connection).send()
        except Exception as error:  # an SMTP failure for one recipient must not stop the others
            logger.warning("reminder e-mail to %s failed: %s", recipient, error)
            report.failures.append(f"{recipient} : {error}")
            continue
        if claimed:
            _count(report, recipient, claimed)
    return report


def _claim(reminder: Reminder) -> bool:
    """Record the reminder as sent; False when another run already did."""
    try:
        with transaction.atomic():
            ReminderSent.objects.create(
                deadline=reminder.deadline,
                due_date=reminder.deadline.due_date,
                days_before=reminder.stage,
                recipient=reminder.recipient,
            )
    except IntegrityError:
        return False
    return True


def _count(report: ReminderReport, recipient: str, reminders: Sequence[Reminder]) -> None:
    report.emails += 1
    report.reminders += len(reminders)
    report.recipients.add(recipient)
    report.deadlines.update(reminder.deadline.pk for reminder in reminders)
