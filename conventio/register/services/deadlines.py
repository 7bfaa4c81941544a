"""Deadlines computed from what the convention says.

- end of the convention (its end date);
- last day to give notice so that the termination takes effect by the end date
  (end date minus the notice period);
- « engager dans les six mois suivant la signature »: from a quantified commitment
  counted in months from the signature;
- mid-term review: a tranche released after a review with a date hint (« fin
  novembre ») — the first such date after the signature;
- end-of-term report: the délégataire reports at the end of the convention;
- effective date of a requested termination.
Stored as `Deadline` rows (one per kind) so lists can filter on them and
`conventio remind` can write before each one.
"""

from __future__ import annotations

import calendar
import datetime
import re
from decimal import Decimal

from django.db import transaction

from conventio.extraction.dates import MONTHS
from conventio.register.enums import DeadlineKind
from conventio.register.models import Convention, Deadline
from conventio.register.naming import fold
from conventio.register.services.lifecycle import add_months


# Month names without accents (the hint is folded before matching): one table, the engine's.
_MONTHS = MONTHS
_HINT = re.compile(r"\b(?P<when>fin|debut|mi)?[- ]?(?P<month>" + "|".join(_MONTHS) + r")\b(?:\s+(?P<year>20\d\d))?")


def hint_date(hint: str, after: datetime.date | None) -> datetime.date | None:
    """« fin novembre » → the last day of the first November on or after `after`."""
    match = _HINT.search(fold(hint))
    if match is None:
        return None
    month = _MONTHS[match.group("month")]
    if match.group("year"):
        year = int(match.group("year"))
    elif after is not None:
        year = after.year if month >= after.month else after.year + 1
    else:
        return None
    when = match.group("when")
    day = {"debut": 1, "mi": 15}.get(when or "", calendar.monthrange(year, month)[1])
    return datetime.date(year, month, day)


def compute(convention: Convention) -> dict[str, tuple[datetime.date, str, str]]:
    """{kind: (due date, label, how it was computed)}."""
    found: dict[str, tuple[datetime.date, str, str]] = {}
    if convention.end_date:
        found[DeadlineKind.END] = (convention.end_date, "Fin de la convention", "date de fin stipulée")
        found[DeadlineKind.FINAL_REPORT] = (
            convention.end_date,
            "Compte rendu d'exécution au délégant",
            "au terme de la convention",
        )
        if convention.notice_period_months:
            found[DeadlineKind.NOTICE] = (
                add_months(convention.end_date, -convention.notice_period_months),
                "Dernier jour pour donner préavis avant la fin",
                f"date de fin moins {convention.notice_period_months} mois de préavis",
            )
    if convention.signature_date:
        for obligation in convention.obligations.all():
            for quantity in obligation.quantities or []:
                event = fold(str(quantity.get("reference_event") or ""))
                if quantity.get("unit") == "mois" and "signature" in event:
                    months = int(Decimal(str(quantity.get("quantity"))))
                    found[DeadlineKind.COMMITMENT] = (
                        add_months(convention.signature_date, months),
                        f"Engagement des crédits ({months} mois après la signature)",
                        f"signature + {months} mois",
                    )
        for tranche in convention.tranches.all():
            if tranche.date_hint:
                due = hint_date(tranche.date_hint, convention.signature_date)
                if due is not None:
                    found[DeadlineKind.MID_TERM_REVIEW] = (
                        due,
                        "Bilan de mi-parcours (déblocage de la tranche suivante)",
                        f"« {tranche.date_hint} » après la signature",
                    )
                    break
    if convention.termination_effective_date:
        found[DeadlineKind.TERMINATION] = (
            convention.termination_effective_date,
            "Prise d'effet de la résiliation",
            "préavis + délai de préavis",
        )
    return found


@transaction.atomic
def refresh_deadlines(convention: Convention) -> list[Deadline]:
    computed = compute(convention)
    convention.deadlines.exclude(kind__in=list(computed)).delete()
    deadlines = []
    for kind, (due, label, basis) in computed.items():
        deadline, _ = Deadline.objects.update_or_create(
            convention=convention, kind=kind, defaults={"due_date": due, "label": label, "basis": basis}
        )
        deadlines.append(deadline)
    return sorted(deadlines, key=lambda d: d.due_date)
