"""Funding validation: findings a budget officer must see before trusting the amounts.

`check_funding(ctx)` reads `ctx.record.funding` only (never the text), so it can
re-check a record corrected on the review screen. It never changes a value. Each
finding has a stable code, a French message and the span of the passage concerned:

| code | severity | rule |
| --- | --- | --- |
| ``total-mismatch`` | error | a stated total differs from the sum of the lines it totals |
| ``envelope-mismatch`` | error | an envelope differs from the sum of its parts |
| ``tranche-shares`` | error (warning if the text is cut) | tranche shares do not add up to 100 % |
| ``tranche-amounts`` | error | stated tranche amounts do not add up to the delegated amount |
| ``cumulative-cp-exceeds-ae`` | error | cumulative CP above cumulative AE in a year (DESIGN rule 3) |
| ``chorus-code-format`` | error (warning: centre de coût) | a Chorus code does not have its format |
| ``chorus-programme-mismatch`` | error | codes name different programmes, or a programme the text does not |
| ``table-header-mismatch`` | error | a table holds more amounts than headers, not repaired: no line read |
| ``table-repaired`` | warning | such a table was repaired: says how, asks for review |
| ``ambiguous-amount`` | warning | a cell such as « 1,500 » could be read two ways: not read |
| ``delegated-vs-lines`` | warning | the delegated amount differs from the AE of the only table |
| ``no-amount`` | error if the text looks complete and speaks of money, else info | no amount at all |

The funding extractor itself reports what it could not read (these depend on the
text, not on the record): ``table-amount-without-year`` (warning) and
``table-amount-without-kind`` (info) for table amounts that did not become lines,
``text-table-mismatch`` (warning) when a sentence contradicts a table, and
``funding-extraction-failed`` (warning) if a step broke on hostile input.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from conventio.extraction.chorus import (
    ACTIVITE_FORMAT,
    CENTRE_COUT_FORMAT,
    CENTRE_FINANCIER_FORMAT,
    DOMAINE_FONCTIONNEL_FORMAT,
    programme_of_code,
)
from conventio.extraction.context import Context
from conventio.extraction.money import euros, read_amount
from conventio.extraction.record import BudgetLine, Funding, Provenance, Severity, Sourced, StatedTotal


HUNDRED = Decimal(100)
# Note set by the funding extractor: whether the text speaks of an amount at all.
AMOUNT_ANNOUNCED = "funding.amount_announced"


def _report(ctx: Context, severity: Severity, code: str, message: str, field: str, source: Provenance | None) -> None:
    span = source.span if source is not None else None
    ctx.finding(
        severity,
        code,
        message,
        field=field,
        start=span.start if span is not None else None,
        end=span.end if span is not None else None,
    )


def _covered(funding: Funding, total: StatedTotal) -> list[BudgetLine]:
    lines = funding.budget_lines
    if total.tables:
        lines = [line for line in lines if line.table in total.tables]
    if total.programme:
        lines = [line for line in lines if line.programme in (None, total.programme)]
    if total.first_year is not None:
        lines = [line for line in lines if line.year >= total.first_year]
    if total.last_year is not None:
        lines = [line for line in lines if line.year <= total.last_year]
    return lines


def _sum(values: Iterable[Decimal | None]) -> Decimal:
    return sum((value for value in values if value is not None), Decimal(0))


def check_totals(ctx: Context) -> None:
    """Stated totals equal the sum of their lines (DESIGN rule 2)."""
    funding = ctx.record.funding
    for index, total in enumerate(funding.stated_totals):
        lines = _covered(funding, total)
        if not lines:
            continue
        sides = [("AE", total.ae, _sum(line.ae for line in lines)), ("CP", total.cp, _sum(line.cp for line in lines))]
        if total.ae is None and total.cp is None and total.amount is not None:
            sides = [("AE", total.amount, _sum(line.ae for line in lines))]
        for side, stated, computed in sides:
            if stated is None or stated == computed:
                continue
            _report(
                ctx,
                Severity.ERROR,
                "total-mismatch",
                f"Le total déclaré « {total.label} » en {side} ({euros(stated)}) ne correspond pas à la somme des "
                f"{len(lines)} ligne(s) budgétaire(s) qu'il totalise ({euros(computed)}), écart de "
                f"{euros(computed - stated)}.",
                f"funding.stated_totals[{index}]",
                total.source,
            )


def check_envelopes(ctx: Context) -> None:
    """An envelope equals its parts (DESIGN rule 2)."""
    for index, envelope in enumerate(ctx.record.funding.envelopes):
        parts = _sum(part.amount for part in envelope.parts)
        if len(envelope.parts) >= 2 and parts != envelope.total:
            message = (
                f"L'enveloppe « {envelope.label} » de {euros(envelope.total)} ne correspond pas à la somme de ses "
                f"parts ({' + '.join(euros(part.amount) for part in envelope.parts)} = {euros(parts)})."
            )
        elif len(envelope.parts) == 1 and parts > envelope.total:
            message = (
                f"La part de {euros(parts)} dépasse l'enveloppe « {envelope.label} » de {euros(envelope.total)} "
                "dont elle fait partie."
            )
        else:
            continue
        _report(ctx, Severity.ERROR, "envelope-mismatch", message, f"funding.envelopes[{index}]", envelope.source)


def check_tranches(ctx: Context) -> None:
    """Tranche shares sum to 100 % and stated tranche amounts to the delegated amount."""
    funding = ctx.record.funding
    shares = [tranche.share for tranche in funding.tranches if tranche.share is not None]
    if shares:
        total = sum(shares, Decimal(0))
        if total != HUNDRED:
            severity = Severity.ERROR if ctx.record.complete_text else Severity.WARNING
            detail = " + ".join(f"{share.normalize():f} %" for share in shares)
            cut = "" if ctx.record.complete_text else " Le texte semble incomplet : une tranche peut manquer."
            _report(
                ctx,
                severity,
                "tranche-shares",
                f"Les tranches représentent {detail} = {total.normalize():f} % du montant, et non 100 %.{cut}",
                "funding.tranches",
                funding.tranches[0].source,
            )
    stated = [
        tranche.amount
        for tranche in funding.tranches
        if tranche.amount is not None and tranche.source.method == "tranche:pattern"
    ]
    if (
        funding.total_amount is not None
        and stated
        and len(stated) == len(funding.tranches)
        and _sum(stated) != funding.total_amount.value
    ):
        _report(
            ctx,
            Severity.ERROR,
            "tranche-amounts",
            f"Les montants des tranches ({' + '.join(euros(a) for a in stated)} = {euros(_sum(stated))}) ne "
            f"correspondent pas au montant délégué ({euros(funding.total_amount.value)}).",
            "funding.tranches",
            funding.tranches[0].source,
        )


def check_cumulative(ctx: Context) -> None:
    """Cumulative CP never exceeds cumulative AE, year by year (DESIGN rule 3)."""
    funding = ctx.record.funding
    groups: dict[tuple[int | None, str | None, str | None], list[BudgetLine]] = {}
    for line in funding.budget_lines:
        groups.setdefault((line.table, line.scope, line.programme), []).append(line)
    for (_, scope, programme), lines in groups.items():
        if all(line.ae is None for line in lines):
            continue  # a table of CP only says nothing about AE
        cumulative_ae = cumulative_cp = Decimal(0)
        for year in sorted({line.year for line in lines}):
            year_lines = [line for line in lines if line.year == year]
            cumulative_ae += _sum(line.ae for line in year_lines)
            cumulative_cp += _sum(line.cp for line in year_lines)
            if cumulative_cp > cumulative_ae:
                where = f" du programme {programme}" if programme else ""
                table = f" (« {scope} »)" if scope else ""
                _report(
                    ctx,
                    Severity.ERROR,
                    "cumulative-cp-exceeds-ae",
                    f"Fin {year}, les CP cumulés{where}{table} ({euros(cumulative_cp)}) dépassent les AE cumulées "
                    f"({euros(cumulative_ae)}) : on ne peut payer plus que ce qui a été engagé.",
                    "funding.budget_lines",
                    year_lines[0].source,
                )
                break


def _code_finding(
    ctx: Context, value: Sourced[str] | None, pattern_ok: bool, label: str, expected: str, field: str
) -> None:
    if value is None or pattern_ok:
        return
    severity = Severity.WARNING if "coût" in label else Severity.ERROR
    _report(
        ctx,
        severity,
        "chorus-code-format",
        f"Le code {label} « {value.value} » n'a pas le format attendu ({expected}).",
        field,
        value.source,
    )


def check_chorus(ctx: Context) -> None:
    """Chorus code formats and the programme they name (research/budget.md, invariant 9)."""
    funding = ctx.record.funding
    chorus = funding.chorus
    cf_expected = "programme-BOP-UO, par exemple 0352-CFSE-CFIN"
    for index, code in enumerate(funding.centres_financiers):
        ok = bool(CENTRE_FINANCIER_FORMAT.match(code.value))
        _code_finding(ctx, code, ok, "centre financier", cf_expected, f"funding.centres_financiers[{index}]")
    if chorus.centre_financier is not None:
        ok = bool(CENTRE_FINANCIER_FORMAT.match(chorus.centre_financier.value))
        _code_finding(ctx, chorus.centre_financier, ok, "centre financier", cf_expected, "funding.chorus")
    if chorus.domaine_fonctionnel is not None:
        ok = bool(DOMAINE_FONCTIONNEL_FORMAT.match(chorus.domaine_fonctionnel.value))
        _code_finding(
            ctx,
            chorus.domaine_fonctionnel,
            ok,
            "domaine fonctionnel",
            "programme-action, par exemple 0352-01",
            "funding.chorus.domaine_fonctionnel",
        )
    for index, activite in enumerate(chorus.activites):
        ok = bool(ACTIVITE_FORMAT.match(activite.value))
        _code_finding(
            ctx,
            activite,
            ok,
            "activité",
            "12 caractères commençant par le programme sur 4 chiffres",
            f"funding.chorus.activites[{index}]",
        )
    if chorus.centre_cout is not None:
        ok = bool(CENTRE_COUT_FORMAT.match(chorus.centre_cout.value))
        _code_finding(ctx, chorus.centre_cout, ok, "centre de coût", "4 à 12 lettres ou chiffres", "funding.chorus")
    _check_programmes(ctx)


def _check_programmes(ctx: Context) -> None:
    funding = ctx.record.funding
    chorus = funding.chorus
    coded: list[tuple[str, Sourced[str]]] = [("centre financier", code) for code in funding.centres_financiers]
    for label, value in (
        ("centre financier", chorus.centre_financier),
        ("domaine fonctionnel", chorus.domaine_fonctionnel),
    ):
        if value is not None:
            coded.append((label, value))
    coded.extend(("activité", activite) for activite in chorus.activites)
    named = {programme.number for programme in funding.programmes}
    imputation = [
        (label, value, programme_of_code(value.value))
        for label, value in coded
        if programme_of_code(value.value) is not None
    ]
    # The imputation block (one centre financier, domaine fonctionnel, activités) names
    # one programme; several UOs of several programmes elsewhere in the text are legitimate.
    block: list[tuple[str, Sourced[str]]] = [
        (label, value)
        for label, value in (
            ("centre financier", chorus.centre_financier),
            ("domaine fonctionnel", chorus.domaine_fonctionnel),
        )
        if value is not None
    ]
    block.extend(("activité", activite) for activite in chorus.activites)
    block_programmes = [(label, value, programme_of_code(value.value)) for label, value in block]
    if len({programme for _, _, programme in block_programmes if programme is not None}) > 1:
        detail = ", ".join(f"{label} {value.value} → {programme}" for label, value, programme in block_programmes)
        _report(
            ctx,
            Severity.ERROR,
            "chorus-programme-mismatch",
            f"Les codes de l'imputation Chorus désignent des programmes différents ({detail}) : l'imputation est "
            "incohérente.",
            "funding.chorus",
            block[0][1].source,
        )
    if named:
        reported: set[str] = set()
        for label, value, programme in imputation:
            if programme in named or value.value in reported:
                continue
            reported.add(value.value)
            _report(
                ctx,
                Severity.ERROR,
                "chorus-programme-mismatch",
                f"Le {label} « {value.value} » relève du programme {programme}, que la convention ne cite pas "
                f"(programme(s) cité(s) : {', '.join(sorted(named))}).",
                "funding.chorus",
                value.source,
            )
    for index, line in enumerate(funding.budget_lines):
        if line.centre_financier and line.programme:
            programme = programme_of_code(line.centre_financier)
            if programme is not None and programme != line.programme:
                _report(
                    ctx,
                    Severity.ERROR,
                    "chorus-programme-mismatch",
                    f"La ligne budgétaire {line.year} est rattachée au programme {line.programme} mais au centre "
                    f"financier {line.centre_financier} du programme {programme}.",
                    f"funding.budget_lines[{index}]",
                    line.source,
                )


def check_tables(ctx: Context) -> None:
    """Tables whose headers and values disagree; cells whose amount could be read two ways."""
    for index, table in enumerate(ctx.record.funding.tables):
        if table.repair:
            _report(ctx, Severity.WARNING, "table-repaired", table.repair, f"funding.tables[{index}]", table.source)
        elif table.header_mismatch:
            _report(
                ctx,
                Severity.ERROR,
                "table-header-mismatch",
                table.header_mismatch,
                f"funding.tables[{index}]",
                table.source,
            )
        for row in table.rows:
            for cell in row:
                if cell.amount is None and any(ch.isdigit() for ch in cell.text) and read_amount(cell.text).ambiguous:
                    _report(
                        ctx,
                        Severity.WARNING,
                        "ambiguous-amount",
                        f"Le montant « {cell.text} » peut se lire de deux façons (séparateur de milliers ou "
                        "décimal) : il n'est pas repris, à vérifier.",
                        f"funding.tables[{index}]",
                        cell.source,
                    )


def check_delegated_amount(ctx: Context) -> None:
    """The delegated amount against the AE of the lines, when the lines come from one place."""
    funding = ctx.record.funding
    total = funding.total_amount
    if total is None or not funding.budget_lines or total.source.method.startswith("stated-total"):
        return
    if len({(line.table, line.scope) for line in funding.budget_lines}) != 1:
        return
    ae = [line.ae for line in funding.budget_lines if line.ae is not None]
    if ae and _sum(ae) != total.value:
        _report(
            ctx,
            Severity.WARNING,
            "delegated-vs-lines",
            f"Le montant délégué ({euros(total.value)}) diffère du total des AE des lignes budgétaires "
            f"({euros(_sum(ae))}).",
            "funding.total_amount",
            total.source,
        )


def _has_amount(funding: Funding) -> bool:
    return bool(
        funding.budget_lines
        or funding.total_amount
        or funding.envelopes
        or funding.stated_totals
        or any(cell.amount is not None for table in funding.tables for row in table.rows for cell in row)
        or any(tranche.amount is not None for tranche in funding.tranches)
    )


def check_amount_stated(ctx: Context) -> None:
    """A convention states how much it delegates; a cut text may simply not show it.

    A délégation of acts only (« l'ordonnancement secondaire des dépenses … ») states
    no amount at all: when the extractor noted that the text never even speaks of an
    amount (`AMOUNT_ANNOUNCED` false), the finding is information, not an error.
    """
    if _has_amount(ctx.record.funding):
        return
    if ctx.record.complete_text and ctx.notes.get(AMOUNT_ANNOUNCED, True) is False:
        _report(
            ctx,
            Severity.INFO,
            "no-amount",
            "La convention n'indique aucun montant : elle semble déléguer des actes de gestion sans enveloppe "
            "chiffrée.",
            "funding",
            None,
        )
    elif ctx.record.complete_text:
        _report(
            ctx,
            Severity.ERROR,
            "no-amount",
            "Aucun montant n'a été trouvé dans la convention : ni tableau AE/CP, ni montant délégué.",
            "funding",
            None,
        )
    else:
        _report(
            ctx,
            Severity.INFO,
            "no-amount",
            "Aucun montant n'a été trouvé ; le texte semble incomplet, les montants peuvent se trouver dans la "
            "partie manquante.",
            "funding",
            None,
        )


def check_funding(ctx: Context) -> None:
    """Every funding check, in a stable order."""
    check_tables(ctx)
    check_totals(ctx)
    check_envelopes(ctx)
    check_tranches(ctx)
    check_cumulative(ctx)
    check_chorus(ctx)
    check_delegated_amount(ctx)
    check_amount_stated(ctx)
