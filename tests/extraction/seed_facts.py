"""The facts of a record that the seed tests compare with hand-written expectations.

A projection, not the whole record: values and structure only (no provenance, no
free text copied from the seeds — obligations are compared by category and by their
quantified commitments, objectives by their targets).
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Any

from conventio.extraction.labels import to_labels
from conventio.extraction.record import AnnexObjective, Record


def _money(value: Decimal | None) -> str | None:
    return None if value is None else format(value.quantize(Decimal("0.01")), "f")


def _value(sourced: Any) -> Any:
    if sourced is None:
        return None
    value = sourced.value
    return value.isoformat() if hasattr(value, "isoformat") else value


def _targets(objectives: list[AnnexObjective]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for objective in objectives:
        for target in objective.targets:
            found.append(
                {
                    "value": format(target.value, "f"),
                    "unit": target.unit,
                    "deadline": target.deadline,
                    "deadline_date": target.deadline_date.isoformat() if target.deadline_date else None,
                }
            )
        found.extend(_targets(objective.sub_objectives))
    return found


def facts(record: Record) -> dict[str, Any]:
    funding = record.funding
    labels = to_labels(record)
    labels.pop("doc")
    return {
        "labels": labels,
        "reference": _value(record.reference),
        "fast_promotion": _value(record.fast_promotion),
        "signatories": {
            party.name.value: {
                "name": _value(party.signatory.name),
                "title": _value(party.signatory.title),
                "signs_for": _value(party.signatory.signs_for),
            }
            for party in record.parties
            if party.signatory is not None
        },
        "envelopes": [
            {
                "total": _money(envelope.total),
                "parts": [
                    {"amount": _money(part.amount), "holder": part.holder, "delegated": part.delegated}
                    for part in envelope.parts
                ],
            }
            for envelope in funding.envelopes
        ],
        "budget_lines": [
            {
                "programme": line.programme,
                "centre_financier": line.centre_financier,
                "year": line.year,
                "ae": _money(line.ae),
                "cp": _money(line.cp),
                "repaired": line.source.method.startswith("repair:"),
            }
            for line in funding.budget_lines
        ],
        "stated_totals": [
            {"ae": _money(t.ae), "cp": _money(t.cp), "first_year": t.first_year, "last_year": t.last_year}
            for t in funding.stated_totals
        ],
        "tranches": [
            {
                "share": None if t.share is None else format(t.share, "f"),
                "amount": _money(t.amount),
                "date_hint": t.date_hint,
            }
            for t in funding.tranches
        ],
        "chorus": {
            "axe_ministeriel": _value(funding.chorus.axe_ministeriel),
            "domaine_fonctionnel": _value(funding.chorus.domaine_fonctionnel),
            "centre_financier": _value(funding.chorus.centre_financier),
            "activites": [a.value for a in funding.chorus.activites],
            "centre_cout": _value(funding.chorus.centre_cout),
        },
        "cbcm_copies": [c.value for c in funding.cbcm_copies],
        "notice_period_months": _value(record.terms.notice_period_months),
        "publication_venues": [v.value for v in record.terms.publication_venues],
        "annex_services": [
            {
                "name": service.name,
                "acronym": service.acronym,
                "year": service.year,
                "products": service.products,
                "budget": _money(service.budget),
                "budget_parts": [_money(part.amount) for part in service.budget_parts],
                "targets": _targets(service.objectives),
            }
            for annex in record.annexes
            for service in annex.services
        ],
        # Which kinds of obligation the convention states (how finely they are split is a rule
        # of the obligations extractor, tested there).
        "obligation_categories": sorted(Counter(o.category.value for o in record.obligations)),
        "quantified_commitments": sorted(
            {
                (format(q.quantity, "f"), q.unit, q.per or "", q.subject or "", q.reference_event or "")
                for o in record.obligations
                for q in o.quantities
            }
        ),
        "finding_codes": sorted({f"{f.severity.value}:{f.code}" for f in record.findings}),
    }
