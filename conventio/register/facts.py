"""« Facts »: the register's plain-data view of a convention, shared by review, versions and diffs.

An extracted `Record` is turned into facts (`facts_from_record`) for the review page;
the reviewed facts are written to the database (`services.registration.apply_facts`);
the database state is read back as facts (`snapshot`) to keep one per version; two
versions are compared field by field on their flattened facts (`flatten`, `diff`).
Facts hold only JSON values: dates as ISO strings, money as strings with two
decimals — so a snapshot is exact and comparable whatever the database.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from conventio.extraction.record import AnnexObjective, Record, Sourced


Facts = dict[str, Any]

SCALAR_FIELDS = (
    "kind",
    "title",
    "reference",
    "signature_date",
    "signature_place",
    "effective_rule",
    "effective_date",
    "end_date",
    "notice_period_months",
    "object",
    "fast_promotion",
    "total_amount",
    "comptable_assignataire",
)
LIST_FIELDS = ("services", "publication_venues", "cbcm_copies")

# French labels of fact paths (the last named segment), for the review and diff pages.
LABELS = {
    "kind": "nature",
    "title": "intitulé",
    "reference": "référence",
    "signature_date": "date de signature",
    "signature_place": "lieu de signature",
    "effective_rule": "règle de prise d'effet",
    "effective_date": "date de prise d'effet",
    "end_date": "date de fin",
    "notice_period_months": "préavis (mois)",
    "object": "objet",
    "fast_promotion": "promotion FAST",
    "total_amount": "montant délégué",
    "comptable_assignataire": "comptable assignataire",
    "services": "services concernés",
    "publication_venues": "lieux de publication",
    "cbcm_copies": "copies au CBCM",
    "parties": "parties",
    "name": "nom",
    "acronym": "sigle",
    "role": "rôle",
    "address": "adresse",
    "representative": "représentant",
    "representative_title": "fonction du représentant",
    "signatory": "signataire",
    "signatory_title": "fonction du signataire",
    "signs_for": "signe pour",
    "legal_bases": "textes visés",
    "label": "libellé",
    "programmes": "programmes",
    "number": "numéro",
    "envelopes": "enveloppes",
    "total": "total",
    "parts": "parts",
    "amount": "montant",
    "holder": "utilisée par",
    "budget_lines": "lignes budgétaires",
    "programme": "programme",
    "centre_financier": "centre financier",
    "year": "année",
    "ae": "AE",
    "cp": "CP",
    "scope": "tableau",
    "tranches": "tranches",
    "share": "part (%)",
    "event": "événement déclencheur",
    "condition": "condition",
    "date_hint": "échéance indiquée",
    "chorus": "imputation Chorus",
    "axe_ministeriel": "axe ministériel",
    "domaine_fonctionnel": "domaine fonctionnel",
    "activites": "activités",
    "centre_cout": "centre de coût",
    "obligations": "obligations",
    "category": "catégorie",
    "text": "texte",
    "objectives": "objectifs d'annexe",
    "service": "service",
    "target": "cible",
    "unit": "unité",
    "deadline": "échéance",
}


def money(value: Any) -> str | None:
    """Money as a string with two decimals, or None."""
    if value is None or value == "":
        return None
    try:
        return format(Decimal(str(value).replace(" ", "").replace(",", ".")).quantize(Decimal("0.01")), "f")
    except InvalidOperation:
        return None


def _v(sourced: Sourced | None) -> Any:
    if sourced is None:
        return None
    value = sourced.value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, Decimal):
        return money(value)
    if hasattr(value, "value") and isinstance(value.value, str):
        return value.value
    return value


def _objectives(service: str, year: int | None, objectives: list[AnnexObjective]) -> list[Facts]:
    items = []
    for objective in objectives:
        items.append(
            {
                "service": service,
                "year": year,
                "text": objective.text,
                "target": None if objective.target is None else format(objective.target, "f"),
                "unit": objective.unit,
                "deadline": objective.deadline,
                "deadline_date": objective.deadline_date.isoformat() if objective.deadline_date else None,
                "children": _objectives(service, year, objective.sub_objectives),
            }
        )
    return items


def facts_from_record(record: Record) -> Facts:
    """The register's view of an extracted record."""
    terms = record.terms
    funding = record.funding
    chorus = funding.chorus
    uo = funding.centres_financiers[0].value if funding.centres_financiers else None
    return {
        "kind": _v(record.kind),
        "title": _v(record.title),
        "reference": _v(record.reference),
        "signature_date": _v(terms.signature_date),
        "signature_place": _v(terms.signature_place),
        "effective_rule": _v(terms.effective_rule),
        "effective_date": _v(terms.effective_date),
        "end_date": _v(terms.end_date),
        "notice_period_months": _v(terms.notice_period_months),
        "object": _v(record.object),
        "fast_promotion": _v(record.fast_promotion),
        "total_amount": _v(funding.total_amount),
        "comptable_assignataire": _v(funding.comptable_assignataire),
        "services": [s.value for s in record.services],
        "publication_venues": [v.value for v in terms.publication_venues],
        "cbcm_copies": [c.value for c in funding.cbcm_copies],
        "parties": [
            {
                "name": party.name.value,
                "acronym": _v(party.acronym),
                "role": _v(party.role),
                "role_words": list(party.role_words),
                "address": _v(party.address),
                "representative": _v(party.representative.name) if party.representative else None,
                "representative_title": _v(party.representative.title) if party.representative else None,
                "signatory": _v(party.signatory.name) if party.signatory else None,
                "signatory_title": _v(party.signatory.title) if party.signatory else None,
                "signs_for": _v(party.signatory.signs_for) if party.signatory else None,
            }
            for party in record.parties
        ],
        "legal_bases": [
            {
                "kind": base.kind,
                "number": base.number,
                "date": base.date.isoformat() if base.date else None,
                "label": base.label,
            }
            for base in record.legal_bases
        ],
        "programmes": [{"number": p.number, "label": p.label} for p in funding.programmes],
        "envelopes": [
            {
                "label": envelope.label,
                "total": money(envelope.total),
                "parts": [
                    {
                        "label": part.label,
                        "amount": money(part.amount),
                        "holder": part.holder,
                        "delegated": part.delegated,
                    }
                    for part in envelope.parts
                ],
            }
            for envelope in funding.envelopes
        ],
        "budget_lines": [
            {
                "programme": line.programme,
                "centre_financier": line.centre_financier or uo,
                "year": line.year,
                "ae": money(line.ae),
                "cp": money(line.cp),
                "scope": line.scope,
            }
            for line in funding.budget_lines
        ],
        "tranches": [
            {
                "share": None if t.share is None else format(t.share, "f"),
                "amount": money(t.amount),
                "event": t.event,
                "condition": t.condition,
                "date_hint": t.date_hint,
            }
            for t in funding.tranches
        ],
        "chorus": {
            "axe_ministeriel": _v(chorus.axe_ministeriel),
            "domaine_fonctionnel": _v(chorus.domaine_fonctionnel),
            "centre_financier": _v(chorus.centre_financier) or uo,
            "activites": [a.value for a in chorus.activites],
            "centre_cout": _v(chorus.centre_cout),
        },
        "obligations": [
            {
                "party_role": o.party_role.value if o.party_role else None,
                "all_parties": bool(getattr(o, "all_parties", False)),
                "category": o.category.value,
                "text": o.text,
                "quantities": [
                    {
                        "quantity": format(q.quantity, "f"),
                        "unit": q.unit,
                        "per": q.per,
                        "subject": q.subject,
                        "reference_event": q.reference_event,
                    }
                    for q in o.quantities
                ],
            }
            for o in record.obligations
        ],
        "objectives": [
            item
            for annex in record.annexes
            for service in annex.services
            for item in _objectives(service.name, service.year, service.objectives)
        ],
    }


def provenance_from_record(record: Record) -> dict[str, dict[str, Any]]:
    """For each flattened fact path, where the value was read: {"start", "end", "page", "excerpt", "method"}."""
    spans: dict[str, dict[str, Any]] = {}

    def put(path: str, sourced: Any) -> None:
        source = getattr(sourced, "source", None)
        span = getattr(source, "span", None)
        if source is None:
            return
        spans[path] = {
            "start": span.start if span else None,
            "end": span.end if span else None,
            "page": span.page if span else None,
            "excerpt": span.excerpt if span else "",
            "method": source.method,
        }

    terms = record.terms
    for name, sourced in (
        ("kind", record.kind),
        ("title", record.title),
        ("reference", record.reference),
        ("signature_date", terms.signature_date),
        ("signature_place", terms.signature_place),
        ("effective_rule", terms.effective_rule),
        ("effective_date", terms.effective_date),
        ("end_date", terms.end_date),
        ("notice_period_months", terms.notice_period_months),
        ("object", record.object),
        ("fast_promotion", record.fast_promotion),
        ("total_amount", record.funding.total_amount),
        ("comptable_assignataire", record.funding.comptable_assignataire),
    ):
        put(name, sourced)
    for index, party in enumerate(record.parties):
        put(f"parties.{index}.name", party.name)
        put(f"parties.{index}.acronym", party.acronym)
        put(f"parties.{index}.role", party.role)
        put(f"parties.{index}.address", party.address)
        if party.representative:
            put(f"parties.{index}.representative", party.representative.name)
            put(f"parties.{index}.representative_title", party.representative.title)
        if party.signatory:
            put(f"parties.{index}.signatory", party.signatory.name)
            put(f"parties.{index}.signatory_title", party.signatory.title)
            put(f"parties.{index}.signs_for", party.signatory.signs_for)
    for index, base in enumerate(record.legal_bases):
        put(f"legal_bases.{index}.label", base)
    for index, programme in enumerate(record.funding.programmes):
        put(f"programmes.{index}.number", programme)
    for index, line in enumerate(record.funding.budget_lines):
        for key in ("year", "ae", "cp", "programme"):
            put(f"budget_lines.{index}.{key}", line)
    for index, tranche in enumerate(record.funding.tranches):
        for key in ("share", "amount", "event"):
            put(f"tranches.{index}.{key}", tranche)
    chorus = record.funding.chorus
    for key in ("axe_ministeriel", "domaine_fonctionnel", "centre_financier", "centre_cout"):
        put(f"chorus.{key}", getattr(chorus, key))
    for index, service in enumerate(record.services):
        put(f"services.{index}", service)
    return spans


def flatten(facts: Any, prefix: str = "") -> dict[str, Any]:
    """{"parties.0.name": "…", "budget_lines.1.ae": "110000.00", …}: one entry per leaf value."""
    flat: dict[str, Any] = {}
    if isinstance(facts, dict):
        for key, value in facts.items():
            flat.update(flatten(value, f"{prefix}{key}."))
    elif isinstance(facts, list) and facts and any(isinstance(item, dict | list) for item in facts):
        for index, value in enumerate(facts):
            flat.update(flatten(value, f"{prefix}{index}."))
    else:
        flat[prefix.rstrip(".")] = facts
    return flat


def label_of(path: str) -> str:
    """« parties.1.representative » → « parties › 2 › représentant »."""
    parts = []
    for segment in path.split("."):
        parts.append(str(int(segment) + 1) if segment.isdigit() else LABELS.get(segment, segment))
    return " › ".join(parts)


def diff(before: Facts, after: Facts) -> list[dict[str, Any]]:
    """Field-level changes between two facts: [{"path", "label", "before", "after"}]."""
    flat_before, flat_after = flatten(before), flatten(after)
    changes = []
    for path in sorted(set(flat_before) | set(flat_after), key=_path_key):
        old, new = flat_before.get(path), flat_after.get(path)
        if old != new and not (old in (None, "", []) and new in (None, "", [])):
            changes.append({"path": path, "label": label_of(path), "before": old, "after": new})
    return changes


def _path_key(path: str) -> tuple[Any, ...]:
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in path.split("."))


def set_path(facts: Facts, path: str, value: Any) -> None:
    """Set the leaf at `path` (as produced by `flatten`) to `value`."""
    segments = path.split(".")
    node: Any = facts
    for segment in segments[:-1]:
        node = node[int(segment)] if isinstance(node, list) else node[segment]
    last = segments[-1]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
