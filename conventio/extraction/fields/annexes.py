"""Annexes: each « Annexe N : titre » after the articles, and the service blocks inside it.

FAST and beta.gouv.fr conventions annex « Objectifs et modalités de collaboration »
with one block per service:

    JeVeuxAider.gouv.fr par la Réserve Civique (JVA)     ← block heading: name (acronym)
    Pour l'année 2024                                     ← year
    - Produits : JeVeuxAider.gouv.fr                      ← labelled items
    - Ambition : …
    - Budget 2024 : 925 000 € (incluant le volet Service Civique à hauteur de 475 000 €)
    - Objectifs :
      - Consolider le produit numérique                   ← bold item: a sub-heading …
      - Assurer la fiabilité …                            ← … and its children
      - Accélérer la diffusion … (12 000 candidatures en 2024)

Objectives form a tree when some items are printed in bold (`Document.emphasis`),
else when they are indented deeper; otherwise they are a flat list. Each objective
keeps every numeric target it states (« 575 000 bénévoles inscrits au total et
130 000 mises en relation d'ici fin 2024 » → two targets sharing the deadline); a year
(« en 2024 »), a range (« 16-30 ans »), a duration or a word list is never a target.

The annex services are services the convention concerns (the object refers to « ces
services numériques … précisés dans l'annexe 1 »), so their names are added to
`record.services` after those the object names: the product name when the heading
starts with it (« JeVeuxAider.gouv.fr par la Réserve Civique » → « JeVeuxAider.gouv.fr »),
else the heading without its carrier (« … par … ») and acronym.
"""

from __future__ import annotations

import calendar
import datetime
import re

from conventio.extraction.context import Context, construct
from conventio.extraction.dates import month_number
from conventio.extraction.folding import fold_fast, one_line
from conventio.extraction.money import find_amounts
from conventio.extraction.prefilter import finditer_at
from conventio.extraction.quantities import parse_number, time_unit
from conventio.extraction.record import Annex, AnnexBudgetPart, AnnexObjective, AnnexService, AnnexTarget
from conventio.extraction.sections import ANNEX_HEADING, Block, blocks, layout


YEAR_LINE = re.compile(r"^(?:pour|au\s+titre\s+de)\s+l['’]\s*année\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
LABELLED = re.compile(
    r"^(?P<label>produits?|ambitions?|budget(?:\s+(?P<year>(?:19|20)\d\d))?|objectifs?|indicateurs?)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE | re.DOTALL,
)
TRAILING_ACRONYM = re.compile(r"\s*\((?P<acronym>[A-Z][A-Za-z0-9]{1,11})\)\s*$")
_CARRIER = re.compile(r"\s+(?:par|porté(?:e)?\s+par)\s+.*$", re.IGNORECASE)
BUDGET_PART = re.compile(
    r"\b(?:incluant|dont|y\s+compris)\s+(?P<label>[^()]{2,80}?)\s*(?:\s(?:à\s+hauteur\s+de|pour|de)|:)\s*(?=\d)",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(?:les|le|la|une|un)\s+|^l['’]\s*", re.IGNORECASE)

_MONTHS = r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
TARGET = re.compile(
    r"(?<![\w,.\-/])(?P<number>\d{1,3}(?:[ .]\d{3})+|\d+)(?:[ \t]*(?P<pct>%)|[ \t]+(?P<unit>[A-Za-zÀ-ÿ][\w'’-]*"
    r"(?:[ \t]+[A-Za-zÀ-ÿ'’-][\w'’-]*){0,4}?)"
    r"(?=[ \t]+(?:au\s+total|d['’]ici|en\s+(?:19|20)\d\d|et\s|par\s|avant|à\s|fin\s|pour\s|sur\s|dans\s|soit\s"
    r"|dont\s)|[ \t]*[,;:)(.]|[ \t]*$))",
    re.IGNORECASE,
)
_YEAR_CONTEXT = re.compile(r"(?:\ben|\bfin|d['’]ici|année|depuis|\bde|\bdu|\bà|budget|partir\s+de)\s*$", re.IGNORECASE)
DEADLINE = re.compile(
    rf"\bd['’]ici\s+(?:la\s+)?(?P<stated>(?:fin\s+)?(?:(?:{_MONTHS})\s+)?(?:19|20)\d\d)"
    rf"|\b(?P<fin>fin\s+(?:(?:{_MONTHS})\s+)?(?:19|20)\d\d)"
    rf"|\ben\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_DIGIT_RUN = re.compile(r"\d+")
_DEADLINE_PARTS = re.compile(rf"(?P<fin>fin\s+)?(?:(?P<month>{_MONTHS})\s+)?(?P<year>(?:19|20)\d\d)", re.IGNORECASE)


def extract_annexes(ctx: Context) -> None:
    """Fill `record.annexes`, and add the annex services to `record.services`."""
    sections = layout(ctx)
    if sections.annexes_start is None:
        return
    text = ctx.text
    headings = [m for m in ANNEX_HEADING.finditer(text, sections.annexes_start) if not _cited(m)]
    for index, heading in enumerate(headings):
        end = headings[index + 1].start() if index + 1 < len(headings) else len(text)
        title, body_start = _title(ctx, heading, end)
        annex = Annex(
            number=heading.group("number"),
            title=title,
            services=_services(ctx, body_start, end),
            source=ctx.provenance(heading.start(), body_start, "pattern:annex-heading"),
        )
        ctx.record.annexes.append(annex)
    _add_services(ctx)


def _cited(heading: re.Match[str]) -> bool:
    return (heading.group("title") or "").rstrip().endswith((",", ";", "."))


def _title(ctx: Context, heading: re.Match[str], end: int) -> tuple[str, int]:
    title = (heading.group("title") or "").strip()
    if title:
        return title, heading.end()
    for block in blocks(ctx.text, heading.end(), end):
        if not block.bullet and not block.table and len(ctx.text[block.start : block.end]) <= 200:
            return one_line(ctx.text[block.start : block.end]), block.end
        break
    return "", heading.end()


# ---------------------------------------------------------------------- service blocks


def _services(ctx: Context, start: int, end: int) -> list[AnnexService]:
    text = ctx.text
    found = [block for block in blocks(text, start, end) if not block.table]
    services: list[AnnexService] = []
    index = 0
    while index < len(found):
        block = found[index]
        if not block.bullet and _is_service_heading(text, found, index):
            stop = index + 1
            while stop < len(found) and not (not found[stop].bullet and _is_service_heading(text, found, stop)):
                stop += 1
            services.append(_service(ctx, block, found[index + 1 : stop]))
            index = stop
        else:
            index += 1
    return services


def _is_service_heading(text: str, found: list[Block], index: int) -> bool:
    block = found[index]
    content = text[block.start : block.end].strip()
    if len(content) > 150 or content.endswith((".", ":", ";")) or YEAR_LINE.match(content):
        return False
    for following in found[index + 1 : index + 3]:
        line = text[following.text_start : following.end].strip()
        if not following.bullet and YEAR_LINE.match(line):
            return True
        if following.bullet:
            return bool(LABELLED.match(line))
        return False
    return False


def _service(ctx: Context, heading: Block, items: list[Block]) -> AnnexService:
    text = ctx.text
    raw_name = one_line(text[heading.start : heading.end])
    acronym_match = TRAILING_ACRONYM.search(raw_name)
    name = raw_name[: acronym_match.start()].strip() if acronym_match else raw_name
    service = AnnexService(
        name=name,
        acronym=acronym_match.group("acronym") if acronym_match else None,
        source=ctx.provenance(heading.start, items[-1].end if items else heading.end, "pattern:annex-service"),
    )
    objective_items: list[Block] = []
    in_objectives = False
    for block in items:
        line = one_line(text[block.text_start : block.end])
        year = YEAR_LINE.match(line)
        if year is not None and not block.bullet:
            service.year = int(year.group("year"))
            continue
        labelled = LABELLED.match(line) if block.bullet else None
        if labelled is not None:
            in_objectives = _read_label(ctx, service, labelled, block)
            continue
        if in_objectives and block.bullet and line.strip("- "):
            objective_items.append(block)
    service.objectives = _objective_tree(ctx, objective_items)
    return service


def _read_label(ctx: Context, service: AnnexService, labelled: re.Match[str], block: Block) -> bool:
    """Store one labelled item; True when it opens the objectives list."""
    label = fold_fast(labelled.group("label"))
    value = labelled.group("value").strip()
    if label.startswith("produit"):
        service.products = [item.strip() for item in re.split(r"\s*[,;]\s*", value) if item.strip()]
    elif label.startswith("ambition"):
        service.ambition = value or None
    elif label.startswith("budget"):
        _read_budget(ctx, service, labelled, block)
    elif label.startswith("objectif"):
        return True
    return False


def _read_budget(ctx: Context, service: AnnexService, labelled: re.Match[str], block: Block) -> None:
    text = ctx.text
    offset = block.text_start
    segment = text[offset : block.end]
    amounts = find_amounts(segment)
    if not amounts:
        return
    service.budget = amounts[0].value
    if service.year is None and labelled.group("year"):
        service.year = int(labelled.group("year"))
    for part in BUDGET_PART.finditer(segment):
        following = next((amount for amount in amounts if amount.start >= part.end()), None)
        if following is None:
            continue
        label = _ARTICLE.sub("", one_line(part.group("label")), count=1)
        service.budget_parts.append(
            AnnexBudgetPart(
                label=label,
                amount=following.value,
                source=ctx.provenance(offset + part.start(), offset + following.end, "pattern:annex-budget-part"),
            )
        )


# ------------------------------------------------------------------------ objectives


def _objective_tree(ctx: Context, items: list[Block]) -> list[AnnexObjective]:
    """Objectives as printed: bold (else more indented) items head the items that follow."""
    doc = ctx.doc
    text = ctx.text
    if not items:
        return []
    bold = [doc.is_emphasised(block.text_start, block.end) for block in items]
    indents = [block.start - (text.rfind("\n", 0, block.start) + 1) for block in items]
    roots: list[AnnexObjective] = []
    parent: AnnexObjective | None = None
    if any(bold) and not all(bold):
        for block, is_bold in zip(items, bold, strict=True):
            objective = _objective(ctx, block)
            if is_bold:
                roots.append(objective)
                parent = objective
            elif parent is not None:
                parent.sub_objectives.append(objective)
            else:
                roots.append(objective)
        return roots
    base = min(indents)
    for block, indent in zip(items, indents, strict=True):
        objective = _objective(ctx, block)
        if indent > base and parent is not None:
            parent.sub_objectives.append(objective)
        else:
            roots.append(objective)
            parent = objective
    return roots


def _objective(ctx: Context, block: Block) -> AnnexObjective:
    text = ctx.text
    value = one_line(text[block.text_start : block.end])
    source = ctx.provenance(block.text_start, block.end, "pattern:annex-objective")
    targets = _targets(ctx, block.text_start, block.end)
    only = targets[0] if len(targets) == 1 else None
    # Built without validation (`construct`): every value is already of its field's type.
    return construct(
        AnnexObjective,
        {
            "text": value,
            "target": only.value if only else None,
            "unit": only.unit if only else None,
            "deadline": only.deadline if only else None,
            "deadline_date": only.deadline_date if only else None,
            "targets": targets,
            "sub_objectives": [],
            "source": source,
        },
    )


def _targets(ctx: Context, start: int, end: int) -> list[AnnexTarget]:
    text = ctx.text
    targets: list[AnnexTarget] = []
    # A target opens a run of digits (its look-behind refuses a digit before it): tried only there.
    runs = (run.start() for run in _DIGIT_RUN.finditer(text, start, end))
    for match in finditer_at(TARGET, text, runs, end):
        number = match.group("number")
        if _YEAR_CONTEXT.search(text, max(start, match.start() - 12), match.start()) and len(number) == 4:
            continue
        unit = "%" if match.group("pct") else one_line(match.group("unit") or "")
        if not unit or (unit != "%" and time_unit(unit.split()[0]) is not None):
            continue
        value = parse_number(number)
        if value is None:
            continue
        deadline, deadline_date = _deadline(text, match.end(), end)
        source = ctx.provenance(match.start(), match.end(), "pattern:annex-target")
        target = {"value": value, "unit": unit, "deadline": deadline, "deadline_date": deadline_date, "source": source}
        targets.append(construct(AnnexTarget, target))
    return targets


def _deadline(text: str, start: int, end: int) -> tuple[str | None, datetime.date | None]:
    """The first deadline stated after a target in its objective, as printed and as a last day."""
    match = DEADLINE.search(text, start, end)
    if match is None:
        return None, None
    stated = one_line(match.group("stated") or match.group("fin") or match.group("year"))
    parts = _DEADLINE_PARTS.search(stated)
    if parts is None:
        return stated, None
    year = int(parts.group("year"))
    month = month_number(parts.group("month")) if parts.group("month") else 12
    if month is None:
        return stated, None
    last_day = calendar.monthrange(year, month)[1]
    return stated, datetime.date(year, month, last_day)


# ------------------------------------------------------------------ record.services


def _add_services(ctx: Context) -> None:
    seen = {fold_fast(service.value) for service in ctx.record.services}
    for annex in ctx.record.annexes:
        for service in annex.services:
            value = _service_name(service)
            key = fold_fast(value)
            if not value or key in seen:
                continue
            seen.add(key)
            span = service.source.span
            start, end = (span.start, span.end) if span else (0, 0)
            ctx.record.services.append(ctx.sourced(value, start, end, "annex:service-block"))


def _service_name(service: AnnexService) -> str:
    folded = fold_fast(service.name)
    for product in service.products:
        if folded.startswith(fold_fast(product)):
            return product
    return _CARRIER.sub("", service.name).strip()
