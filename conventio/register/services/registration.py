"""Registering a convention from reviewed facts, and applying avenants as new versions.

`register_facts` creates the convention, its parts, version 1 and its deadlines in one
transaction; `apply_avenant` changes the current state and keeps a new version with
its field-level diff in the audit trail. Values are validated here (dates, amounts,
integers, roles) with French messages: the review form and the command line show
them as they are.
"""

from __future__ import annotations

import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import IntegrityError, transaction

from conventio.core.errors import InvalidInput
from conventio.core.models import record_event
from conventio.register import facts as facts_module
from conventio.register.enums import Kind, Role, Status, VersionKind
from conventio.register.facts import Facts, money
from conventio.register.models import (
    AnnexObjective,
    BudgetLine,
    ChorusImputation,
    Convention,
    ConventionVersion,
    Envelope,
    EnvelopePart,
    LegalBase,
    Obligation,
    PartyRole,
    Programme,
    SourceDocument,
    Tranche,
)
from conventio.register.naming import fold
from conventio.register.services.organisations import find_or_create_organisation, find_or_create_person


# ------------------------------------------------------------------ value validation


def _date(value: Any, label: str) -> datetime.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value).strip())
    except ValueError:
        raise InvalidInput(f"« {value} » n'est pas une date valide pour « {label} » (format AAAA-MM-JJ).") from None


def _money(value: Any, label: str) -> Decimal | None:
    if value in (None, ""):
        return None
    text = money(value)
    if text is None:
        raise InvalidInput(f"« {value} » n'est pas un montant valide pour « {label} ».")
    amount = Decimal(text)
    if amount < 0:
        raise InvalidInput(f"Le montant de « {label} » ne peut pas être négatif.")
    if amount >= Decimal("1e13"):
        raise InvalidInput(f"Le montant de « {label} » est trop grand.")
    return amount


def _int(value: Any, label: str, *, minimum: int = 0, maximum: int = 10_000) -> int | None:
    if value in (None, ""):
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise InvalidInput(f"« {value} » n'est pas un nombre entier pour « {label} ».") from None
    if not minimum <= number <= maximum:
        raise InvalidInput(f"« {label} » doit être compris entre {minimum} et {maximum}.")
    return number


def _decimal(value: Any, label: str) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        return Decimal(str(value).replace(",", ".").replace(" ", ""))
    except InvalidOperation:
        raise InvalidInput(f"« {value} » n'est pas un nombre pour « {label} ».") from None


def _text(value: Any, limit: int = 1000) -> str:
    if value is None:
        return ""
    return str(value).strip()[:limit]


def _role(value: Any) -> str:
    if value in Role.values:
        return str(value)
    folded = fold(str(value or ""))
    for role in Role:
        if folded in (role.value, fold(role.label)):
            return role.value
    raise InvalidInput(f"« {value} » n'est pas un rôle connu (délégant, délégataire, co-délégataire, autre partie).")


def validate(facts: Facts) -> None:
    """Check every value before anything is written (raises `InvalidInput`)."""
    if not _text(facts.get("title")):
        raise InvalidInput("L'intitulé de la convention est obligatoire.")
    if facts.get("kind") and facts["kind"] not in Kind.values:
        raise InvalidInput(f"« {facts['kind']} » n'est pas une nature de convention connue.")
    dates = {
        name: _date(facts.get(name), facts_module.LABELS[name])
        for name in ("signature_date", "effective_date", "end_date")
    }
    if dates["signature_date"] and dates["end_date"] and dates["signature_date"] > dates["end_date"]:
        raise InvalidInput("La date de signature doit précéder la date de fin.")
    if dates["effective_date"] and dates["end_date"] and dates["effective_date"] > dates["end_date"]:
        raise InvalidInput("La date de prise d'effet doit précéder la date de fin.")
    if dates["signature_date"] and dates["effective_date"] and dates["signature_date"] > dates["effective_date"]:
        raise InvalidInput("La date de signature doit précéder la date de prise d'effet.")
    _int(facts.get("notice_period_months"), "préavis (mois)", maximum=120)
    _int(facts.get("fast_promotion"), "promotion FAST", maximum=1000)
    _money(facts.get("total_amount"), "montant délégué")
    for party in facts.get("parties") or []:
        if not _text(party.get("name")):
            raise InvalidInput("Chaque partie doit avoir un nom.")
        _role(party.get("role"))
    for line in facts.get("budget_lines") or []:
        _int(line.get("year"), "année d'une ligne budgétaire", minimum=1990, maximum=2100)
        if line.get("year") in (None, ""):
            raise InvalidInput("Chaque ligne budgétaire doit avoir une année.")
        _money(line.get("ae"), "AE")
        _money(line.get("cp"), "CP")
    for tranche in facts.get("tranches") or []:
        share = _decimal(tranche.get("share"), "part d'une tranche")
        if share is not None and not Decimal(0) <= share <= Decimal(100):
            raise InvalidInput("La part d'une tranche doit être comprise entre 0 et 100 %.")
        _money(tranche.get("amount"), "montant d'une tranche")
    for envelope in facts.get("envelopes") or []:
        _money(envelope.get("total"), "total d'une enveloppe")
        for part in envelope.get("parts") or []:
            _money(part.get("amount"), "part d'une enveloppe")


# ---------------------------------------------------------------------- writing facts


def apply_facts(convention: Convention, facts: Facts, *, actor: Any) -> None:
    """Write `facts` onto `convention` and replace its parts (inside the caller's transaction)."""
    validate(facts)
    convention.kind = facts.get("kind") or Kind.DELEGATION_DE_GESTION
    convention.title = _text(facts.get("title"))
    convention.reference = _text(facts.get("reference"), 60)
    convention.signature_date = _date(facts.get("signature_date"), "date de signature")
    convention.signature_place = _text(facts.get("signature_place"), 200)
    convention.effective_rule = _text(facts.get("effective_rule"), 300)
    convention.effective_date = _date(facts.get("effective_date"), "date de prise d'effet")
    convention.end_date = _date(facts.get("end_date"), "date de fin")
    convention.notice_period_months = _int(facts.get("notice_period_months"), "préavis (mois)", maximum=120)
    convention.object = _text(facts.get("object"), 20000)
    convention.fast_promotion = _int(facts.get("fast_promotion"), "promotion FAST", maximum=1000)
    convention.total_amount = _money(facts.get("total_amount"), "montant délégué")
    convention.comptable_assignataire = _text(facts.get("comptable_assignataire"), 500)
    convention.services = [_text(s, 300) for s in facts.get("services") or [] if _text(s)]
    convention.publication_venues = [_text(v, 300) for v in facts.get("publication_venues") or [] if _text(v)]
    convention.cbcm_copies = [_text(c, 300) for c in facts.get("cbcm_copies") or [] if _text(c)]
    try:
        with transaction.atomic():
            convention.save()
    except IntegrityError as error:
        raise InvalidInput(f"La convention n'a pas pu être enregistrée : {error}") from error

    convention.parties.all().delete()
    for position, party in enumerate(facts.get("parties") or []):
        organisation = find_or_create_organisation(
            name=_text(party.get("name"), 500),
            acronym=_text(party.get("acronym"), 40) or None,
            address=_text(party.get("address"), 500) or None,
            actor=actor,
        )
        PartyRole.objects.create(
            convention=convention,
            organisation=organisation,
            role=_role(party.get("role")),
            role_words=list(party.get("role_words") or []),
            name_as_printed=_text(party.get("name"), 500),
            representative=find_or_create_person(party.get("representative")),
            representative_title=_text(party.get("representative_title"), 500),
            signatory=find_or_create_person(party.get("signatory")),
            signatory_title=_text(party.get("signatory_title"), 500),
            signs_for=_text(party.get("signs_for"), 500),
            position=position,
        )

    convention.legal_bases.all().delete()
    LegalBase.objects.bulk_create(
        LegalBase(
            convention=convention,
            kind=_text(base.get("kind"), 40) or "texte",
            number=_text(base.get("number"), 60),
            date=_date(base.get("date"), "date d'un texte visé"),
            label=_text(base.get("label")),
            position=position,
        )
        for position, base in enumerate(facts.get("legal_bases") or [])
        if _text(base.get("label"))
    )

    programmes = []
    for item in facts.get("programmes") or []:
        number = _text(item.get("number"), 3)
        if not (len(number) == 3 and number.isdigit()):
            raise InvalidInput(f"« {number} » n'est pas un numéro de programme (trois chiffres).")
        programme, _ = Programme.objects.get_or_create(number=number)
        if item.get("label") and not programme.label:
            programme.label = _text(item.get("label"), 300)
            programme.save(update_fields=["label"])
        programmes.append(programme)
    convention.programmes.set(programmes)

    convention.envelopes.all().delete()
    for envelope_facts in facts.get("envelopes") or []:
        total = _money(envelope_facts.get("total"), "total d'une enveloppe")
        if total is None:
            continue
        envelope = Envelope.objects.create(
            convention=convention, label=_text(envelope_facts.get("label"), 300) or "enveloppe", total=total
        )
        for part in envelope_facts.get("parts") or []:
            amount = _money(part.get("amount"), "part d'une enveloppe")
            if amount is not None:
                EnvelopePart.objects.create(
                    envelope=envelope,
                    label=_text(part.get("label"), 300),
                    amount=amount,
                    holder=_text(part.get("holder"), 200),
                    delegated=part.get("delegated"),
                )

    _replace_budget_lines(convention, facts.get("budget_lines") or [])
    _replace_tranches(convention, facts.get("tranches") or [])

    chorus = facts.get("chorus") or {}
    ChorusImputation.objects.update_or_create(
        convention=convention,
        defaults={
            "axe_ministeriel": _text(chorus.get("axe_ministeriel"), 40),
            "domaine_fonctionnel": _text(chorus.get("domaine_fonctionnel"), 40),
            "centre_financier": _text(chorus.get("centre_financier"), 40),
            "activites": [_text(a, 40) for a in chorus.get("activites") or [] if _text(a)],
            "centre_cout": _text(chorus.get("centre_cout"), 40),
        },
    )

    convention.obligations.all().delete()
    Obligation.objects.bulk_create(
        Obligation(
            convention=convention,
            party_role=item.get("party_role") or "",
            all_parties=bool(item.get("all_parties")),
            category=_text(item.get("category"), 40) or "other",
            text=_text(item.get("text"), 5000),
            quantities=item.get("quantities") or [],
            position=position,
        )
        for position, item in enumerate(facts.get("obligations") or [])
    )

    convention.objectives.all().delete()
    position = 0
    for item in facts.get("objectives") or []:
        position = _create_objective(convention, item, None, position)

    refresh_search_text(convention)


def _replace_budget_lines(convention: Convention, lines: list[dict[str, Any]]) -> None:
    convention.budget_lines.all().delete()
    BudgetLine.objects.bulk_create(
        BudgetLine(
            convention=convention,
            programme=_text(line.get("programme"), 3),
            centre_financier=_text(line.get("centre_financier"), 40),
            year=_int(line.get("year"), "année", minimum=1990, maximum=2100) or 0,
            ae=_money(line.get("ae"), "AE"),
            cp=_money(line.get("cp"), "CP"),
            scope=_text(line.get("scope"), 300),
        )
        for line in lines
    )


def _replace_tranches(convention: Convention, tranches: list[dict[str, Any]]) -> None:
    """Tranches are updated in place by position: the ledger refers to them."""
    existing = {tranche.position: tranche for tranche in convention.tranches.all()}
    for position, item in enumerate(tranches):
        values = {
            "share": _decimal(item.get("share"), "part d'une tranche"),
            "amount": _money(item.get("amount"), "montant d'une tranche"),
            "event": _text(item.get("event"), 500) or "non précisé",
            "condition": _text(item.get("condition"), 5000),
            "date_hint": _text(item.get("date_hint"), 200),
        }
        tranche = existing.pop(position, None)
        if tranche is None:
            Tranche.objects.create(convention=convention, position=position, **values)
        else:
            for key, value in values.items():
                setattr(tranche, key, value)
            tranche.save()
    for tranche in existing.values():
        tranche.delete()


def _create_objective(
    convention: Convention, item: dict[str, Any], parent: AnnexObjective | None, position: int
) -> int:
    objective = AnnexObjective.objects.create(
        convention=convention,
        parent=parent,
        service=_text(item.get("service"), 300),
        year=_int(item.get("year"), "année", minimum=1990, maximum=2100),
        text=_text(item.get("text"), 5000),
        target=_decimal(item.get("target"), "cible"),
        unit=_text(item.get("unit"), 200),
        deadline=_text(item.get("deadline"), 100),
        deadline_date=_date(item.get("deadline_date"), "échéance"),
        position=position,
    )
    position += 1
    for child in item.get("children") or []:
        position = _create_objective(convention, child, objective, position)
    return position


def refresh_search_text(convention: Convention) -> None:
    """Denormalised, accent-free text the list search looks into (one indexed column, no joins)."""
    parts: list[str] = [convention.title, convention.reference, *convention.services]
    for party in convention.parties.select_related("organisation"):
        organisation = party.organisation
        parts += [party.name_as_printed, organisation.name, organisation.acronym]
        parts += [alias.name for alias in organisation.aliases.all()]
    parts += [f"programme {p.number} P{p.number} {p.number} {p.label}" for p in convention.programmes.all()]
    chorus = getattr(convention, "chorus", None)
    if chorus is not None:
        parts += [chorus.centre_financier, chorus.domaine_fonctionnel, chorus.centre_cout, *chorus.activites]
    parts += [line.centre_financier for line in convention.budget_lines.all()]
    convention.search_text = fold(" ".join(p for p in parts if p))
    Convention.objects.filter(pk=convention.pk).update(search_text=convention.search_text)


# ------------------------------------------------------------------------ snapshots


def snapshot(convention: Convention) -> Facts:
    """The current state of `convention` as facts (the shape `facts_from_record` produces)."""

    def day(value: datetime.date | None) -> str | None:
        return value.isoformat() if value else None

    def objective_facts(objective: AnnexObjective) -> dict[str, Any]:
        return {
            "service": objective.service,
            "year": objective.year,
            "text": objective.text,
            "target": None if objective.target is None else format(objective.target.normalize(), "f"),
            "unit": objective.unit or None,
            "deadline": objective.deadline or None,
            "deadline_date": day(objective.deadline_date),
            "children": [objective_facts(child) for child in objective.children.order_by("position")],
        }

    chorus = ChorusImputation.objects.filter(convention=convention).first()
    return {
        "kind": convention.kind,
        "title": convention.title,
        "reference": convention.reference or None,
        "signature_date": day(convention.signature_date),
        "signature_place": convention.signature_place or None,
        "effective_rule": convention.effective_rule or None,
        "effective_date": day(convention.effective_date),
        "end_date": day(convention.end_date),
        "notice_period_months": convention.notice_period_months,
        "object": convention.object or None,
        "fast_promotion": convention.fast_promotion,
        "total_amount": money(convention.total_amount),
        "comptable_assignataire": convention.comptable_assignataire or None,
        "services": list(convention.services),
        "publication_venues": list(convention.publication_venues),
        "cbcm_copies": list(convention.cbcm_copies),
        "parties": [
            {
                "name": party.name_as_printed or party.organisation.name,
                "acronym": party.organisation.acronym or None,
                "role": party.role,
                "role_words": list(party.role_words),
                "address": party.organisation.address or None,
                "representative": party.representative.name if party.representative else None,
                "representative_title": party.representative_title or None,
                "signatory": party.signatory.name if party.signatory else None,
                "signatory_title": party.signatory_title or None,
                "signs_for": party.signs_for or None,
            }
            for party in convention.parties.select_related("organisation", "representative", "signatory")
        ],
        "legal_bases": [
            {"kind": base.kind, "number": base.number or None, "date": day(base.date), "label": base.label}
            for base in convention.legal_bases.all()
        ],
        "programmes": [{"number": p.number, "label": p.label or None} for p in convention.programmes.all()],
        "envelopes": [
            {
                "label": envelope.label,
                "total": money(envelope.total),
                "parts": [
                    {
                        "label": part.label,
                        "amount": money(part.amount),
                        "holder": part.holder or None,
                        "delegated": part.delegated,
                    }
                    for part in envelope.parts.all()
                ],
            }
            for envelope in convention.envelopes.all()
        ],
        "budget_lines": [
            {
                "programme": line.programme or None,
                "centre_financier": line.centre_financier or None,
                "year": line.year,
                "ae": money(line.ae),
                "cp": money(line.cp),
                "scope": line.scope or None,
            }
            for line in convention.budget_lines.all()
        ],
        "tranches": [
            {
                "share": None if t.share is None else format(t.share.normalize(), "f"),
                "amount": money(t.amount),
                "event": t.event,
                "condition": t.condition or None,
                "date_hint": t.date_hint or None,
            }
            for t in convention.tranches.all()
        ],
        "chorus": {
            "axe_ministeriel": (chorus.axe_ministeriel or None) if chorus else None,
            "domaine_fonctionnel": (chorus.domaine_fonctionnel or None) if chorus else None,
            "centre_financier": (chorus.centre_financier or None) if chorus else None,
            "activites": list(chorus.activites) if chorus else [],
            "centre_cout": (chorus.centre_cout or None) if chorus else None,
        },
        "obligations": [
            {
                "party_role": o.party_role or None,
                "all_parties": o.all_parties,
                "category": o.category,
                "text": o.text,
                "quantities": o.quantities,
            }
            for o in convention.obligations.all()
        ],
        "objectives": [objective_facts(o) for o in convention.objectives.filter(parent=None).order_by("position")],
    }


# ---------------------------------------------------------------- register, avenants


@transaction.atomic
def register_facts(
    facts: Facts,
    *,
    actor: Any,
    document: SourceDocument | None = None,
    corrections: list[dict[str, Any]] | None = None,
) -> Convention:
    """Create a convention from reviewed facts: its parts, version 1, deadlines and audit trail."""
    from conventio.register.services.deadlines import refresh_deadlines
    from conventio.register.services.lifecycle import initial_status

    convention = Convention(title=_text(facts.get("title")) or "sans titre")
    apply_facts(convention, facts, actor=actor)
    convention.status = initial_status(convention)
    convention.save(update_fields=["status"])
    if document is not None:
        document.convention = convention
        document.save(update_fields=["convention"])
    version = ConventionVersion.objects.create(
        convention=convention,
        number=1,
        kind=VersionKind.ORIGINAL,
        signed_on=convention.signature_date,
        snapshot=snapshot(convention),
        source_document=document,
        created_by=actor if getattr(actor, "pk", None) else None,
    )
    record_event(
        actor=actor,
        action="conventio.register.convention.registered",
        scope=convention.scope,
        subject=str(convention),
        message=f"Convention enregistrée (version {version.number}, statut « {convention.get_status_display()} »)",
        data={"document": document.sha256 if document else None},
    )
    for correction in corrections or []:
        record_event(
            actor=actor,
            action="conventio.register.field.corrected",
            scope=convention.scope,
            subject=correction["path"],
            message=f"Correction à la relecture : {facts_module.label_of(correction['path'])}",
            changes=[
                {"field": correction["path"], "before": correction.get("before"), "after": correction.get("after")}
            ],
        )
    refresh_deadlines(convention)
    return convention


@transaction.atomic
def apply_avenant(
    convention: Convention,
    facts: Facts,
    *,
    actor: Any,
    document: SourceDocument | None = None,
    avenant_number: int | None = None,
    kind: str = VersionKind.AVENANT,
    signed_on: datetime.date | None = None,
) -> ConventionVersion:
    """Apply an avenant (or a replacement document): new state, new version, audited diff."""
    from conventio.register.services.deadlines import refresh_deadlines

    convention = Convention.objects.select_for_update().get(pk=convention.pk)
    if convention.status in (Status.EXPIRED, Status.TERMINATED):
        raise InvalidInput("Une convention échue ou résiliée ne peut plus être modifiée par avenant.")
    before = snapshot(convention)
    status = convention.status
    termination = (
        convention.termination_requested_by_id,
        convention.termination_notice_date,
        convention.termination_effective_date,
    )
    apply_facts(convention, facts, actor=actor)
    convention.status = status
    (
        convention.termination_requested_by_id,
        convention.termination_notice_date,
        convention.termination_effective_date,
    ) = termination
    convention.save()
    after = snapshot(convention)
    changes = facts_module.diff(before, after)
    number = (convention.versions.order_by("-number").values_list("number", flat=True).first() or 0) + 1
    if document is not None:
        document.convention = convention
        document.save(update_fields=["convention"])
    version = ConventionVersion.objects.create(
        convention=convention,
        number=number,
        kind=kind,
        avenant_number=avenant_number,
        signed_on=signed_on or _date(facts.get("signature_date"), "date de signature"),
        snapshot=after,
        source_document=document,
        created_by=actor if getattr(actor, "pk", None) else None,
    )
    label = version.label
    record_event(
        actor=actor,
        action="conventio.register.convention.avenant_applied",
        scope=convention.scope,
        subject=str(convention),
        message=f"{label[:1].upper()}{label[1:]} enregistré : version {number} ({len(changes)} champ(s) modifié(s))",
        changes=[{"field": c["label"], "before": c["before"], "after": c["after"]} for c in changes],
    )
    refresh_deadlines(convention)
    return version


def version_diff(first: ConventionVersion, second: ConventionVersion) -> list[dict[str, Any]]:
    """Field-level changes from `first` to `second` (any two versions of one convention)."""
    if first.convention_id != second.convention_id:
        raise InvalidInput("Les deux versions comparées doivent appartenir à la même convention.")
    return facts_module.diff(first.snapshot, second.snapshot)
