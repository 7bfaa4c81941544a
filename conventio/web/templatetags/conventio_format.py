"""French formatting for the back office: money « 220 000,00 € », dates « 27/07/2023 ».

Amounts are shown as budget officers write them: grouped by thousands with a no-break
space, a decimal comma and two decimals, so that lines of a table can be compared at a
glance and a figure never wraps across two lines.
"""

from __future__ import annotations

import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from django import template


register = template.Library()

NBSP = "\u00a0"


def _decimal(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def french_number(value: Any, decimals: int = 2) -> str:
    """12345.6 → « 12 345,60 » (no-break spaces); empty string when not a number."""
    number = _decimal(value)
    if number is None or not number.is_finite():
        return ""
    text = f"{number:,.{decimals}f}"
    return text.replace(",", NBSP).replace(".", ",")


@register.filter
def euros(value: Any) -> str:
    """« 220 000,00 € », or « — » when there is no amount."""
    text = french_number(value)
    return f"{text}{NBSP}€" if text else "—"


@register.filter
def number(value: Any) -> str:
    """A quantity or a target: integers without decimals, others with a comma (« 1 500 », « 2,5 »)."""
    amount = _decimal(value)
    if amount is None or not amount.is_finite():
        return ""
    if amount == amount.to_integral_value():
        return french_number(amount, 0)
    return french_number(amount.normalize(), max(0, -int(amount.normalize().as_tuple().exponent)))


@register.filter
def percent(value: Any) -> str:
    """« 50 % »."""
    text = number(value)
    return f"{text}{NBSP}%" if text else "—"


@register.filter
def frdate(value: Any) -> str:
    """« 27/07/2023 » from a date or an ISO string; « — » when absent or unreadable."""
    if value in (None, ""):
        return "—"
    if isinstance(value, datetime.datetime):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, datetime.date):
        return f"{value:%d/%m/%Y}"
    try:
        return f"{datetime.date.fromisoformat(str(value)):%d/%m/%Y}"
    except ValueError:
        return str(value)


@register.filter
def days_label(days: Any) -> str:
    """How far a deadline is: « dans 12 jours », « aujourd'hui », « dépassée de 3 jours »."""
    if days is None or days == "":
        return ""
    count = int(days)
    if count == 0:
        return "aujourd'hui"
    if count == 1:
        return "demain"
    if count > 0:
        return f"dans {count} jours"
    if count == -1:
        return "dépassée d'un jour"
    return f"dépassée de {-count} jours"


@register.filter
def fact_value(value: Any) -> str:
    """A value of the facts (diffs, audit changes), readable: dates and amounts in French, lists joined."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, list):
        return " ; ".join(fact_value(item) for item in value)
    if isinstance(value, dict):
        return " ; ".join(f"{key} : {fact_value(item)}" for key, item in value.items())
    text = str(value)
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        try:
            return f"{datetime.date.fromisoformat(text):%d/%m/%Y}"
        except ValueError:
            return text
    return text


@register.filter
def filesize(size: Any) -> str:
    """« 16 Ko », « 1,2 Mo »."""
    try:
        count = int(size)
    except (TypeError, ValueError):
        return ""
    if count < 1024:
        return f"{count}{NBSP}o"
    if count < 1024 * 1024:
        return f"{round(count / 1024)}{NBSP}Ko"
    return f"{french_number(Decimal(count) / Decimal(1024 * 1024), 1)}{NBSP}Mo"


@register.simple_tag
def contact_email() -> str:
    """The service's contact address (setting `CONVENTIO_CONTACT_EMAIL`; empty when not configured)."""
    from django.conf import settings

    return str(getattr(settings, "CONVENTIO_CONTACT_EMAIL", "") or "")
