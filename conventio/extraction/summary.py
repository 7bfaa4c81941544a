"""A French, human-readable summary of a record, for a budget officer at a terminal.

The JSON record is complete but long; an officer checking an ingested convention
wants, on one screen: what the act is, who the parties are and who signs, the dates,
the money (amounts, tables, tranches, Chorus imputation), what the partner commits
to, the annex objectives — and, last, what the engine could not read or found
inconsistent, errors first. Only what the record holds is printed: a missing key
value says « non trouvé », never a default.

Wording is French (the readers are French officials); the code stays English.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from conventio.extraction.dates import french_date
from conventio.extraction.record import (
    AnnexObjective,
    Finding,
    Kind,
    ObligationCategory,
    Party,
    Person,
    Record,
    Role,
    Severity,
    Signatory,
    Sourced,
    Table,
)


KIND_LABELS: dict[Kind, str] = {
    Kind.DELEGATION_DE_GESTION: "convention de délégation de gestion",
    Kind.AVENANT: "avenant",
    Kind.CONVENTION_PARTENARIAT: "convention de partenariat",
    Kind.OTHER: "autre acte",
}

ROLE_LABELS: dict[Role, str] = {
    Role.DELEGANT: "Délégant",
    Role.DELEGATAIRE: "Délégataire",
    Role.CO_DELEGATAIRE: "Co-délégataire",
    Role.OTHER: "Autre partie",
}

CATEGORY_LABELS: dict[ObligationCategory, str] = {
    ObligationCategory.GOVERNANCE: "gouvernance",
    ObligationCategory.REPORTING: "compte rendu",
    ObligationCategory.OPEN_SOURCE: "logiciel libre",
    ObligationCategory.PERSONAL_DATA: "données personnelles",
    ObligationCategory.SECURITY: "sécurité",
    ObligationCategory.FRANCECONNECT: "FranceConnect",
    ObligationCategory.USER_FEEDBACK: "avis des usagers",
    ObligationCategory.PUBLIC_STATISTICS: "statistiques publiques",
    ObligationCategory.STAFFING: "moyens humains",
    ObligationCategory.FUNDING: "financement",
    ObligationCategory.METHOD: "méthode",
    ObligationCategory.BUDGET_EXECUTION: "exécution budgétaire",
    ObligationCategory.OTHER: "autre",
}

SEVERITY_LABELS: dict[Severity, str] = {
    Severity.ERROR: "ERREUR",
    Severity.WARNING: "ATTENTION",
    Severity.INFO: "INFO",
}
SEVERITY_ORDER: dict[Severity, int] = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
SEVERITY_NOUNS: dict[Severity, str] = {
    Severity.ERROR: "erreur",
    Severity.WARNING: "avertissement",
    Severity.INFO: "information",
}

NOT_FOUND = "non trouvé"
INDENT = "  "
# Long free texts (object, obligations) are cut: the summary is a screen, not the act.
TEXT_LIMIT = 240
# What the engine says about its own reading (repairs, mismatches) is kept whole in practice.
REMARK_LIMIT = 2000
_CENT = Decimal("0.01")


# ---------------------------------------------------------------------------- formatting


def money(amount: Decimal | None) -> str:
    """« 1 499 618,60 € »: French grouping and decimal comma, always two decimals."""
    if amount is None:
        return NOT_FOUND
    try:
        grouped = format(amount.quantize(_CENT), ",.2f")
    except (InvalidOperation, ValueError):  # NaN, infinity or beyond the decimal context
        return f"{amount} €"
    return grouped.replace(",", " ").replace(".", ",") + " €"


def number(value: Decimal) -> str:
    """A quantity without trailing zeros, French style (« 575 000 », « 2,5 »)."""
    try:
        text = format(value.normalize(), ",f") if value == value.to_integral_value() else format(value, ",f")
    except (InvalidOperation, ValueError):
        return str(value)
    return text.replace(",", " ").replace(".", ",")


def date(value: datetime.date | None) -> str:
    return NOT_FOUND if value is None else french_date(value)


def shorten(text: str, limit: int = TEXT_LIMIT) -> str:
    """One line, at most `limit` characters (whitespace collapsed)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _value(sourced: Sourced[Any] | None) -> Any:
    return None if sourced is None else sourced.value


def _text(sourced: Sourced[Any] | None, default: str = NOT_FOUND) -> str:
    value = _value(sourced)
    return default if value is None else shorten(str(value))


# ------------------------------------------------------------------------------ sections


def _header(record: Record) -> list[str]:
    name = record.source.name or "(document sans nom)"
    kind = _value(record.kind)
    kind_text = KIND_LABELS.get(kind, str(kind)) if kind is not None else NOT_FOUND
    if kind == Kind.AVENANT and record.avenant_number is not None:
        kind_text += f" n° {record.avenant_number.value}"
    lines = [
        f"=== {name} ===",
        f"Titre : {_text(record.title)}",
        f"Nature : {kind_text}",
    ]
    if record.reference is not None:
        lines.append(f"Référence : {_text(record.reference)}")
    if record.fast_promotion is not None:
        lines.append(f"Promotion FAST : {record.fast_promotion.value}")
    if record.services:
        lines.append("Services concernés : " + ", ".join(shorten(str(s.value)) for s in record.services))
    if record.object is not None:
        lines.append(f"Objet : {_text(record.object)}")
    source = record.source
    lines.append(
        f"Document : format {source.format}, {source.pages} page(s), {source.characters} caractères"
        + ("" if record.complete_text else " — texte incomplet ou tronqué (pas de bloc de signature final)")
    )
    return lines


def _person(person: Person) -> str:
    name = _text(person.name, default="(nom non indiqué)")
    return name if person.title is None else f"{name}, {_text(person.title)}"


def _signatory(signatory: Signatory) -> str:
    text = _text(signatory.name, default="(nom non indiqué)")
    if signatory.title is not None:
        text += f", {_text(signatory.title)}"
    if signatory.signs_for is not None:
        text += f" — pour {_text(signatory.signs_for)}"
    return text


def _party(party: Party) -> list[str]:
    role = ROLE_LABELS.get(party.role.value, str(party.role.value))
    name = shorten(party.name.value)
    if party.acronym is not None:
        name += f" ({party.acronym.value})"
    lines = [f"{INDENT}- {role} : {name}"]
    if party.role_words:
        lines.append(f"{INDENT * 2}Désignation dans le texte : " + ", ".join(f"« {w} »" for w in party.role_words))
    if party.address is not None:
        lines.append(f"{INDENT * 2}Adresse : {_text(party.address)}")
    representatives = [p for p in (party.representative, *party.additional_representatives) if p is not None]
    if representatives:
        lines.append(f"{INDENT * 2}Représentant(s) : " + " ; ".join(map(_person, representatives)))
    else:
        lines.append(f"{INDENT * 2}Représentant(s) : {NOT_FOUND}")
    signatory = _signatory(party.signatory) if party.signatory is not None else NOT_FOUND
    lines.append(f"{INDENT * 2}Signataire : {signatory}")
    return lines


def _parties(record: Record) -> list[str]:
    if not record.parties:
        return ["Parties : aucune partie trouvée"]
    lines = [f"Parties ({len(record.parties)})"]
    for party in record.parties:
        lines.extend(_party(party))
    return lines


def _legal_bases(record: Record) -> list[str]:
    if not record.legal_bases:
        return []
    return [f"Textes visés ({len(record.legal_bases)})"] + [
        f"{INDENT}- {shorten(base.label)}" for base in record.legal_bases
    ]


def _dates(record: Record) -> list[str]:
    terms = record.terms
    signed = date(_value(terms.signature_date))
    if terms.signature_place is not None:
        signed += f", à {_text(terms.signature_place)}"
    if terms.effective_date is not None:
        effective = date(terms.effective_date.value)
        if terms.effective_rule is not None:
            effective += f" ({_text(terms.effective_rule)})"
    elif terms.effective_rule is not None:
        effective = _text(terms.effective_rule)
    else:
        effective = NOT_FOUND
    lines = [
        "Dates",
        f"{INDENT}Signature : {signed}",
        f"{INDENT}Prise d'effet : {effective}",
        f"{INDENT}Fin : {date(_value(terms.end_date))}",
    ]
    if terms.duration_months is not None:
        lines.append(f"{INDENT}Durée : {terms.duration_months.value} mois")
    notice = terms.notice_period_months
    lines.append(f"{INDENT}Préavis de résiliation : " + (f"{notice.value} mois" if notice else NOT_FOUND))
    if terms.publication_venues:
        venues = ", ".join(shorten(str(v.value)) for v in terms.publication_venues)
        lines.append(f"{INDENT}Publication : {venues}")
    return lines


def _ae_cp(ae: Decimal | None, cp: Decimal | None) -> str:
    parts = []
    if ae is not None:
        parts.append(f"AE {money(ae)}")
    if cp is not None:
        parts.append(f"CP {money(cp)}")
    return " · ".join(parts) if parts else "montants non lus"


def _table(table: Table) -> list[str]:
    title = shorten(table.title) if table.title else "(sans titre)"
    lines = [f"{INDENT * 2}Tableau « {title} » ({len(table.rows)} ligne(s))"]
    for header in table.header_rows:
        lines.append(f"{INDENT * 3}" + " | ".join(cell.strip() for cell in header))
    for row in table.rows:
        lines.append(f"{INDENT * 3}" + " | ".join(cell.text.strip() for cell in row))
    # When headers were missing or restored, say how each value column was read.
    if table.header_mismatch or table.repair or any(c.method != "header" for c in table.columns):
        readings = []
        for column in table.columns:
            reading = " ".join(filter(None, ("/".join(column.kinds), str(column.year or "")))) or "?"
            readings.append(reading + (" (rétablie)" if column.method.startswith("repair") else ""))
        if readings:
            lines.append(f"{INDENT * 3}Colonnes lues : " + " | ".join(readings))
    if table.header_mismatch:
        lines.append(f"{INDENT * 3}Incohérence : {shorten(table.header_mismatch, REMARK_LIMIT)}")
    if table.repair:
        lines.append(f"{INDENT * 3}Réparation : {shorten(table.repair, REMARK_LIMIT)}")
    return lines


def _funding(record: Record) -> list[str]:
    funding = record.funding
    total = funding.total_amount
    lines = ["Financement", f"{INDENT}Montant délégué : {money(total.value) if total else NOT_FOUND}"]
    for envelope in funding.envelopes:
        lines.append(f"{INDENT}Enveloppe « {shorten(envelope.label)} » : {money(envelope.total)}")
        for part in envelope.parts:
            holder = f", utilisée par {part.holder}" if part.holder else ""
            delegated = {True: " (déléguée)", False: " (non déléguée)", None: ""}[part.delegated]
            lines.append(f"{INDENT * 2}- {shorten(part.label)} : {money(part.amount)}{holder}{delegated}")
    if funding.programmes:
        programmes = [p.number + (f" « {shorten(p.label)} »" if p.label else "") for p in funding.programmes]
        lines.append(f"{INDENT}Programme(s) : " + ", ".join(programmes))
    if funding.centres_financiers:
        lines.append(f"{INDENT}Centre(s) financier(s) : " + ", ".join(c.value for c in funding.centres_financiers))
    if funding.budget_lines:
        lines.append(f"{INDENT}Lignes budgétaires")
        for line in funding.budget_lines:
            where = " · ".join(
                part
                for part in (
                    f"programme {line.programme}" if line.programme else None,
                    line.centre_financier,
                    str(line.year),
                    f"« {shorten(line.scope)} »" if line.scope else None,
                )
                if part
            )
            lines.append(f"{INDENT * 2}- {where} : {_ae_cp(line.ae, line.cp)}")
    if funding.stated_totals:
        lines.append(f"{INDENT}Totaux annoncés")
        for stated in funding.stated_totals:
            years = ""
            if stated.first_year is not None or stated.last_year is not None:
                years = f"{stated.first_year or '?'}-{stated.last_year or '?'}"
                years = "" if years in stated.label else f" ({years})"
            amounts = _ae_cp(stated.ae, stated.cp) if stated.amount is None else money(stated.amount)
            lines.append(f"{INDENT * 2}- {shorten(stated.label)}{years} : {amounts}")
    if funding.tables:
        lines.append(f"{INDENT}Tableaux ({len(funding.tables)})")
        for table in funding.tables:
            lines.extend(_table(table))
    if funding.tranches:
        lines.append(f"{INDENT}Tranches ({len(funding.tranches)})")
        for tranche in funding.tranches:
            share = f"{number(tranche.share)} %" if tranche.share is not None else None
            amount = money(tranche.amount) if tranche.amount is not None else None
            what = " soit ".join(part for part in (share, amount) if part) or "part non lue"
            entry = f"{INDENT * 2}- {what} : {shorten(tranche.event)}"
            if tranche.date_hint:
                entry += f" ({tranche.date_hint})"
            if tranche.condition:
                entry += f", condition : {shorten(tranche.condition)}"
            lines.append(entry)
    else:
        lines.append(f"{INDENT}Tranches : aucune trouvée")
    return lines


def _chorus(record: Record) -> list[str]:
    funding = record.funding
    chorus = funding.chorus
    items = [
        ("Axe ministériel", _value(chorus.axe_ministeriel)),
        ("Domaine fonctionnel", _value(chorus.domaine_fonctionnel)),
        ("Centre financier", _value(chorus.centre_financier)),
        ("Activité(s)", ", ".join(a.value for a in chorus.activites) or None),
        ("Centre de coût", _value(chorus.centre_cout)),
    ]
    stated = [(label, value) for label, value in items if value]
    lines = ["Imputation Chorus" + ("" if stated else f" : {NOT_FOUND}")]
    lines.extend(f"{INDENT}{label} : {value}" for label, value in stated)
    if funding.comptable_assignataire is not None:
        lines.append(f"{INDENT}Comptable assignataire : {_text(funding.comptable_assignataire)}")
    if funding.cbcm_copies:
        lines.append(f"{INDENT}Copies au CBCM : " + ", ".join(shorten(c.value) for c in funding.cbcm_copies))
    return lines


def _obligations(record: Record) -> list[str]:
    if not record.obligations:
        return ["Obligations : aucune trouvée"]
    counts = Counter(obligation.category for obligation in record.obligations)
    lines = [f"Obligations ({len(record.obligations)})"]
    for category, count in sorted(counts.items(), key=lambda item: (-item[1], CATEGORY_LABELS.get(item[0], ""))):
        lines.append(f"{INDENT}- {CATEGORY_LABELS.get(category, str(category))} : {count}")
    quantified = [(o, q) for o in record.obligations for q in o.quantities]
    if quantified:
        lines.append(f"{INDENT}Engagements chiffrés")
        for _obligation, quantity in quantified:
            text = f"{number(quantity.quantity)} {quantity.unit}"
            if quantity.per:
                text += f" par {quantity.per}"
            if quantity.subject:
                text += f" ({quantity.subject})"
            if quantity.reference_event:
                text += f", à compter de : {quantity.reference_event}"
            lines.append(f"{INDENT * 2}- {text}")
    return lines


def _target(value: Decimal, unit: str | None, deadline: str | None, deadline_date: datetime.date | None) -> str:
    text = "cible " + number(value) + (f" {unit}" if unit else "")
    if deadline:
        text += f", échéance {deadline}"
    elif deadline_date is not None:
        text += f", échéance {date(deadline_date)}"
    return text


def _objectives(objectives: Iterable[AnnexObjective], depth: int) -> list[str]:
    lines = []
    for objective in objectives:
        details = [_target(t.value, t.unit, t.deadline, t.deadline_date) for t in objective.targets]
        if not details and objective.target is not None:
            details.append(_target(objective.target, objective.unit, objective.deadline, objective.deadline_date))
        elif not details and (objective.deadline or objective.deadline_date):
            details.append(f"échéance {objective.deadline or date(objective.deadline_date)}")
        suffix = f" [{'; '.join(details)}]" if details else ""
        lines.append(f"{INDENT * depth}- {shorten(objective.text)}{suffix}")
        lines.extend(_objectives(objective.sub_objectives, depth + 1))
    return lines


def _annexes(record: Record) -> list[str]:
    if not record.annexes:
        return []
    lines = [f"Annexes ({len(record.annexes)})"]
    for annex in record.annexes:
        number_text = f"Annexe {annex.number}" if annex.number else "Annexe"
        lines.append(f"{INDENT}{number_text} : {shorten(annex.title)}")
        for service in annex.services:
            head = service.name + (f" ({service.acronym})" if service.acronym else "")
            if service.year is not None:
                head += f", année {service.year}"
            if service.budget is not None:
                head += f", budget {money(service.budget)}"
            lines.append(f"{INDENT * 2}{head}")
            if service.products:
                lines.append(f"{INDENT * 3}Produits : " + ", ".join(service.products))
            for part in service.budget_parts:
                lines.append(f"{INDENT * 3}dont {shorten(part.label)} : {money(part.amount)}")
            if service.objectives:
                lines.append(f"{INDENT * 3}Objectifs ({len(service.objectives)})")
                lines.extend(_objectives(service.objectives, 4))
    return lines


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Errors first, then warnings, then information; document order within each."""
    return sorted(findings, key=lambda finding: SEVERITY_ORDER.get(finding.severity, len(SEVERITY_ORDER)))


def _findings(record: Record) -> list[str]:
    if not record.findings:
        return ["Constats : aucun"]
    counts = Counter(finding.severity for finding in record.findings)
    tally = ", ".join(
        f"{counts[severity]} {SEVERITY_NOUNS[severity]}{'s' if counts[severity] > 1 else ''}"
        for severity in SEVERITY_ORDER
        if counts[severity]
    )
    lines = [f"Constats ({tally})"]
    for finding in sorted_findings(record.findings):
        where = f" (champ {finding.field})" if finding.field else ""
        page = f" [page {finding.span.page}]" if finding.span is not None and finding.span.page else ""
        label = SEVERITY_LABELS.get(finding.severity, str(finding.severity))
        lines.append(f"{INDENT}- {label} : {finding.message}{where}{page}")
    return lines


def summarise(record: Record) -> str:
    """The whole summary of `record`, sections separated by blank lines, ending with a newline."""
    sections = (
        _header(record),
        _parties(record),
        _legal_bases(record),
        _dates(record),
        _funding(record),
        _chorus(record),
        _obligations(record),
        _annexes(record),
        _findings(record),
    )
    return "\n\n".join("\n".join(section) for section in sections if section) + "\n"
