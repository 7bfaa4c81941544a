"""The `labels` view of a record: a flat, stable public contract.

This is the format of the hand-made labels in ``../shared/corpus/labels/`` (described
in that folder's README). Extraction is scored field by field against such labels, so
the view must never change shape without a new schema version. Choices where the
label format is silent:
- amounts are strings with two decimals (``"220000.00"``), never floats;
- `budget_lines` items are ``{"programme", "year", "ae", "cp"}`` with amounts as above
  (``null`` when a side is not stated);
- `effective` is the ISO date the convention takes effect when it can be stated
  (directly or from « à sa date de signature »), else null.
"""

from __future__ import annotations

from typing import Any

from conventio.extraction.record import Party, Person, Record


LABEL_KEYS = (
    "doc",
    "complete_text",
    "kind",
    "title",
    "signature_date",
    "signature_place",
    "effective",
    "end_date",
    "notice_period_months",
    "parties",
    "legal_bases",
    "programmes",
    "budget_lines",
    "total_amount",
    "chorus",
    "services_or_products",
)


def _value(sourced: Any) -> Any:
    if sourced is None:
        return None
    value = sourced.value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "value") and isinstance(value.value, str):  # enums
        return value.value
    return value


def _money(value: Any) -> str | None:
    return None if value is None else format(value.quantize(value.__class__("0.01")), "f")


def _person(person: Person | None) -> tuple[str | None, str | None]:
    if person is None:
        return None, None
    return _value(person.name), _value(person.title)


def _party(party: Party) -> dict[str, Any]:
    name, title = _person(party.representative)
    item: dict[str, Any] = {
        "name": party.name.value,
        "acronym": _value(party.acronym),
        "role": _value(party.role),
        "represented_by": name,
        "representative_title": title,
        "address": _value(party.address),
    }
    if party.additional_representatives:
        item["additional_representatives"] = [
            {"represented_by": extra_name, "representative_title": extra_title}
            for extra_name, extra_title in map(_person, party.additional_representatives)
        ]
    return item


def to_labels(record: Record) -> dict[str, Any]:
    """The labels view of `record` (JSON-ready: only str, int, bool, None, lists and dicts)."""
    funding = record.funding
    chorus: dict[str, str] = {}
    if funding.centres_financiers:
        chorus["uo"] = funding.centres_financiers[0].value
    elif funding.chorus.centre_financier is not None:
        chorus["uo"] = funding.chorus.centre_financier.value
    if funding.chorus.domaine_fonctionnel is not None:
        chorus["domaine_fonctionnel"] = funding.chorus.domaine_fonctionnel.value
    if funding.chorus.activites:
        chorus["activite"] = funding.chorus.activites[0].value
    if funding.chorus.centre_cout is not None:
        chorus["centre_cout"] = funding.chorus.centre_cout.value
    terms = record.terms
    effective = terms.effective_date
    return {
        "doc": record.source.name,
        "complete_text": record.complete_text,
        "kind": _value(record.kind),
        "title": _value(record.title),
        "signature_date": _value(terms.signature_date),
        "signature_place": _value(terms.signature_place),
        "effective": _value(effective),
        "end_date": _value(terms.end_date),
        "notice_period_months": _value(terms.notice_period_months),
        "parties": [_party(party) for party in record.parties],
        "legal_bases": [base.label for base in record.legal_bases],
        "programmes": [{"number": programme.number, "label": programme.label} for programme in funding.programmes],
        "budget_lines": [
            {"programme": line.programme, "year": line.year, "ae": _money(line.ae), "cp": _money(line.cp)}
            for line in funding.budget_lines
        ],
        "total_amount": _money(funding.total_amount.value) if funding.total_amount else None,
        "chorus": chorus,
        "services_or_products": [service.value for service in record.services],
    }
