"""The Chorus import: a file of EJ and DP lines reconciled with the conventions' ledgers.

`import_file(path_or_bytes, actor=…, progress=…)` is the one entry point (the command
line and the upload page both call it). It works in two passes:

1. **Reading** (no database write, no lock): the file is streamed line by line
   (`formats.Reader`); every line is matched to a convention by its imputation
   (`matching.Matcher`) and folded into one *fact* per EJ and one per DP: the EJ's
   amount and the DP's amount as Chorus sees them. In a *restitution* (no « Type de
   montant » column) an amount is a state: the amount of an EJ poste (or DP poste)
   repeated on several lines counts once, and the EJ's amount is the sum of its postes.
   In a *journal* (« Type de montant », or the project's `type_mouvement`) each line is
   a movement and the amounts add up. Any unreadable line refuses the whole file.
2. **Reconciling** (one transaction for the whole file): an EJ already in a ledger
   belongs to that ledger's convention whatever its imputation says; each convention's
   facts are compared with its ledger under the ledger's lock (`ledger.apply_batch`):
   - a new EJ → a commitment (`source=chorus`); a known EJ with the same amount →
     « inchangé »; a lower amount → a withdrawal of the difference; a higher amount →
     a complement commitment (a new row under the same EJ, pointing at the original);
   - a new DP → a payment on its EJ; the same amount → « inchangé »; a lower amount →
     a payment reversal of the difference; a higher amount → refused (a DP is paid
     once: a new payment must come as a new DP);
   - every operation is checked by the ledger's rules; one that would break a ceiling
     is refused and listed with the ledger's message, not loaded.
   Operations are tried reversals and withdrawals first (they free credits), then
   commitments, then payments, each group by date. Re-importing the same file finds
   every EJ and DP unchanged and writes nothing but the import's own record.

The result is an `ImportReport` (counts; lists of new, changed, unchanged and refused
EJ/DP; unmatched imputations with the reason), stored as a `ChorusImport` row (who,
when, file name, SHA-256) and rendered in French by `ImportReport.render()`.
"""

from __future__ import annotations

import datetime
import gc
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.db import transaction
from django.utils import timezone

from conventio.budget.chorus.formats import (
    ChorusFileError,
    LineError,
    Progress,
    Reader,
    Source,
    open_source,
)
from conventio.budget.chorus.matching import Imputation, Match, Matcher
from conventio.budget.enums import MovementKind, MovementSource
from conventio.budget.models import ChorusImport, Ledger, Movement
from conventio.budget.services import ledger
from conventio.budget.services.ledger import euros
from conventio.register.models import Convention


MAX_LINE_ERRORS = 20
LIST_LIMIT = 200  # entries kept per list in the stored report (the counts are always complete)
NEW, CHANGED, UNCHANGED, REFUSED = "new", "changed", "unchanged", "refused"
STATUS_LABELS = {NEW: "nouvelles", CHANGED: "modifiées", UNCHANGED: "inchangées", REFUSED: "refusées"}
OPERATION_LABELS = {
    ledger.COMMIT: "engagement",
    ledger.COMPLEMENT: "complément d'engagement",
    ledger.WITHDRAW: "retrait d'engagement",
    ledger.PAY: "paiement",
    ledger.REVERSE_PAYMENT: "annulation de paiement",
}


def _money(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)


# ----------------------------------------------------------------------------- facts


class _Amounts:
    """The amount of an EJ or a DP as the file states it, poste by poste (or line by line in a journal)."""

    __slots__ = ("poste", "amount", "more", "conflict")

    def __init__(self) -> None:
        self.poste = ""
        self.amount: int | None = None
        self.more: dict[str, int] | None = None
        self.conflict = ""

    def add(self, poste: str, cents: int, line: int, journal: bool) -> None:
        if journal:
            self.amount = cents if self.amount is None else self.amount + cents
            return
        if self.amount is None and self.more is None:
            self.poste, self.amount = poste, cents
            return
        if self.more is None:
            if poste == self.poste:
                if cents != self.amount and not self.conflict:
                    self.conflict = f"poste {poste or '—'} : deux montants différents (ligne {line})"
                return
            assert self.amount is not None
            self.more = {self.poste: self.amount}
        known = self.more.get(poste)
        if known is None:
            self.more[poste] = cents
        elif known != cents and not self.conflict:
            self.conflict = f"poste {poste or '—'} : deux montants différents (ligne {line})"

    @property
    def total(self) -> int | None:
        if self.more is not None:
            return sum(self.more.values())
        return self.amount


class EJFact:
    """Everything the file says about one engagement juridique."""

    __slots__ = (
        "ej",
        "convention",
        "conflicts",
        "imputation",
        "reason",
        "amounts",
        "first_date",
        "last_date",
        "supplier",
        "marche",
        "label",
        "lines",
        "first_line",
    )

    def __init__(self, ej: str, imputation: Imputation, line: int) -> None:
        self.ej = ej
        self.convention: int | None = None
        self.conflicts: set[int] | None = None
        self.imputation = imputation
        self.reason = ""
        self.amounts: _Amounts | None = None
        self.first_date: datetime.date | None = None
        self.last_date: datetime.date | None = None
        self.supplier = ""
        self.marche = ""
        self.label = ""
        self.lines = 0
        self.first_line = line


class DPFact:
    """Everything the file says about one demande de paiement."""

    __slots__ = ("dp", "ej", "amounts", "date", "service_fait", "first_line", "other_ej")

    def __init__(self, dp: str, ej: str, line: int) -> None:
        self.dp = dp
        self.ej = ej
        self.amounts = _Amounts()
        self.date: datetime.date | None = None
        self.service_fait: datetime.date | None = None
        self.first_line = line
        self.other_ej = ""


# ---------------------------------------------------------------------------- report


@dataclass
class ImportReport:
    """The reconciliation report of one file: what was read, matched, written and refused."""

    file_name: str
    sha256: str
    size: int
    file_format: str
    encoding: str = ""
    layout: str = ""
    sheet: str = ""
    actor_label: str = "système"
    started_at: datetime.datetime | None = None
    finished_at: datetime.datetime | None = None
    import_id: int | None = None
    lines: int = 0
    matched_lines: int = 0
    unmatched_lines: int = 0
    ignored_lines: int = 0
    total_lines: int = 0
    ignored_columns: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUS_LABELS, 0))
    by_kind: dict[str, dict[str, int]] = field(
        default_factory=lambda: {"EJ": dict.fromkeys(STATUS_LABELS, 0), "DP": dict.fromkeys(STATUS_LABELS, 0)}
    )
    amounts: dict[str, Decimal] = field(
        default_factory=lambda: dict.fromkeys(("committed", "withdrawn", "paid", "reversed"), Decimal("0.00"))
    )
    entries: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {key: [] for key in STATUS_LABELS})
    conventions: dict[int, dict[str, Any]] = field(default_factory=dict)
    unmatched: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per phase (the commit is not counted)

    def lap(self, phase: str, since: float) -> float:
        now = time.perf_counter()
        self.timings[phase] = round(now - since, 2)
        return now

    def record(
        self,
        status: str,
        kind: str,
        number: str,
        *,
        convention: int | None,
        title: str = "",
        line: int,
        amount: Decimal | None = None,
        previous: Decimal | None = None,
        operation: str = "",
        message: str = "",
    ) -> None:
        self.counts[status] += 1
        self.by_kind[kind][status] += 1
        if convention is not None:
            summary = self.conventions.setdefault(convention, {"title": title, **dict.fromkeys(STATUS_LABELS, 0)})
            summary[status] += 1
        entries = self.entries[status]
        if len(entries) < LIST_LIMIT:
            entries.append(
                {
                    "kind": kind,
                    "number": number,
                    "convention": convention,
                    "convention_title": title,
                    "line": line,
                    "amount": amount,
                    "previous": previous,
                    "operation": operation,
                    "message": message,
                }
            )

    def unmatched_lines_of(self, fact: EJFact, reason: str) -> None:
        self.unmatched_lines += fact.lines
        key = (str(fact.imputation), reason)
        group = self.unmatched.get(key)
        if group is None:
            group = self.unmatched[key] = {
                "imputation": str(fact.imputation),
                "reason": reason,
                "lines": 0,
                "ej": 0,
                "ae": Decimal("0.00"),
                "first_line": fact.first_line,
                "examples": [],
            }
        group["lines"] += fact.lines
        group["ej"] += 1
        total = fact.amounts.total if fact.amounts is not None else None
        if total:
            group["ae"] += _money(total)
        if len(group["examples"]) < 5:
            group["examples"].append(fact.ej)

    @property
    def refused(self) -> int:
        return self.counts[REFUSED]

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready (amounts as strings): what `ChorusImport.report` stores."""

        def plain(value: Any) -> Any:
            if isinstance(value, Decimal):
                return str(value)
            if isinstance(value, datetime.date | datetime.datetime):
                return value.isoformat()
            if isinstance(value, dict):
                return {str(key): plain(item) for key, item in value.items()}
            if isinstance(value, list | tuple):
                return [plain(item) for item in value]
            return value

        return plain(
            {
                "file": {
                    "name": self.file_name,
                    "sha256": self.sha256,
                    "size": self.size,
                    "format": self.file_format,
                    "encoding": self.encoding,
                    "layout": self.layout,
                    "sheet": self.sheet,
                },
                "actor": self.actor_label,
                "started_at": self.started_at,
                "finished_at": self.finished_at,
                "import_id": self.import_id,
                "lines": {
                    "read": self.lines,
                    "matched": self.matched_lines,
                    "unmatched": self.unmatched_lines,
                    "ignored": self.ignored_lines,
                    "totals_skipped": self.total_lines,
                },
                "ignored_columns": self.ignored_columns,
                "counts": self.counts,
                "by_kind": self.by_kind,
                "amounts": self.amounts,
                "conventions": [{"id": key, **value} for key, value in sorted(self.conventions.items())],
                "unmatched": sorted(self.unmatched.values(), key=lambda group: -group["lines"]),
                "entries": self.entries,
                "list_limit": LIST_LIMIT,
                "timings": self.timings,
            }
        )

    def render(self, limit: int = 20) -> str:
        """The report in French, as the command prints it."""
        out = []
        layout = {"journal": "journal de mouvements", "restitution": "restitution (montants par pièce)"}
        out.append(
            f"Import Chorus — {self.file_name} ({self.file_format.upper()}"
            + (f", {self.encoding}" if self.encoding else "")
            + (f", feuille « {self.sheet} »" if self.sheet else "")
            + f", {layout.get(self.layout, self.layout)})"
        )
        if self.import_id:
            out.append(f"Import n° {self.import_id}, par {self.actor_label}, empreinte SHA-256 {self.sha256}")
        out.append(
            f"Lignes : {_n(self.lines)} lues, {_n(self.matched_lines)} rattachées à une convention, "
            f"{_n(self.unmatched_lines)} non rattachées, {_n(self.ignored_lines)} sans effet"
            + (f", {_n(self.total_lines)} lignes de total ignorées" if self.total_lines else "")
            + "."
        )
        out.append(
            "Pièces (EJ et DP) : "
            + ", ".join(f"{_n(self.counts[key])} {label}" for key, label in STATUS_LABELS.items())
            + "."
        )
        for kind in ("EJ", "DP"):
            numbers = self.by_kind[kind]
            if any(numbers.values()):
                out.append(
                    f"  {kind} : " + ", ".join(f"{_n(numbers[key])} {label}" for key, label in STATUS_LABELS.items())
                )
        amounts = self.amounts
        out.append(
            f"Écritures : {euros(amounts['committed'])} engagés, {euros(amounts['withdrawn'])} retirés, "
            f"{euros(amounts['paid'])} payés, {euros(amounts['reversed'])} de paiements annulés."
        )
        if self.conventions:
            out.append(f"Conventions concernées : {_n(len(self.conventions))}.")
        if self.timings:
            out.append(
                "Durées : "
                + ", ".join(f"{phase} {seconds:.1f} s".replace(".", ",") for phase, seconds in self.timings.items())
                + "."
            )
        if self.ignored_columns:
            out.append("Colonnes non utilisées : " + ", ".join(f"« {name} »" for name in self.ignored_columns) + ".")
        sections = (
            (REFUSED, "Refusées (non chargées)"),
            (CHANGED, "Modifiées depuis le dernier import"),
            (NEW, "Nouvelles"),
        )
        for status, title in sections:
            entries = self.entries[status]
            if not entries:
                continue
            out.append("")
            out.append(f"{title} ({_n(self.counts[status])}) :")
            for entry in entries[:limit]:
                out.append("  - " + _describe(entry))
            hidden = self.counts[status] - min(limit, len(entries))
            if hidden > 0:
                out.append(f"  … et {_n(hidden)} autre(s) (voir le rapport enregistré).")
        if self.unmatched:
            groups = sorted(self.unmatched.values(), key=lambda group: -group["lines"])
            out.append("")
            out.append(f"Imputations non rattachées ({_n(len(groups))}) :")
            for group in groups[:limit]:
                out.append(
                    f"  - {group['imputation']} : {_n(group['lines'])} ligne(s), {_n(group['ej'])} EJ "
                    f"(dont {', '.join(group['examples'])}), {euros(group['ae'])} engagés — {group['reason']}"
                )
            if len(groups) > limit:
                out.append(f"  … et {_n(len(groups) - limit)} autre(s).")
        return "\n".join(out) + "\n"


def _n(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def _describe(entry: dict[str, Any]) -> str:
    where = f"{entry['kind']} {entry['number']}"
    if entry["convention_title"]:
        where += f" (« {entry['convention_title'][:60]} »)"
    where += f", ligne {entry['line']}"
    if entry["message"]:
        return f"{where} : {entry['message']}"
    if entry["previous"] is not None and entry["amount"] is not None:
        return f"{where} : {euros(entry['previous'])} → {euros(entry['amount'])} ({entry['operation']})"
    if entry["amount"] is not None:
        return f"{where} : {euros(entry['amount'])} ({entry['operation']})"
    return where


# ---------------------------------------------------------------------------- import


def import_file(
    source: str | Path | bytes,
    *,
    actor: Any = None,
    name: str | None = None,
    progress: Progress | None = None,
    job: ChorusImport | None = None,
) -> ImportReport:
    """Import one Chorus extraction (CSV or XLSX, path or bytes); all or nothing for the file.

    `actor` is the user importing (None: the system, « système » in the audit trail);
    lines of conventions the user may not change are refused, those of conventions the
    user may not see are reported as unmatched. `progress(phase, done, total)` is
    called while reading (« lecture »: lines) and writing (« écriture »: conventions).
    Raises `ChorusFileError` (or `UnreadableFile`) when the file is refused: nothing is
    written then. `job` is the upload's `ChorusImport` row (`chorus.jobs`): it becomes
    the import's record, marked « terminé » in the same transaction as the ledger rows,
    instead of a new row.
    """
    # A million-line file makes millions of small objects and no reference cycle: the
    # cyclic garbage collector would rescan them all again and again (a third of the time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _import(source, actor=actor, name=name, progress=progress, job=job)
    finally:
        if collecting:
            gc.enable()


def _import(
    source: str | Path | bytes,
    *,
    actor: Any,
    name: str | None,
    progress: Progress | None,
    job: ChorusImport | None = None,
) -> ImportReport:
    started = timezone.now()
    clock = time.perf_counter()
    opened = open_source(source, name=name)
    report = ImportReport(opened.name, opened.sha256, opened.size, opened.file_format, opened.encoding)
    report.started_at = started
    report.actor_label = _actor_label(actor)
    clock = report.lap("empreinte", clock)
    matcher = Matcher.from_database()
    ejs, dps = _read(opened, matcher, report, progress)
    clock = report.lap("lecture", clock)
    by_convention, titles = _resolve(ejs, dps, report)
    allowed = _allowed(actor, by_convention, report)
    clock = report.lap("rattachement", clock)
    if progress is not None:
        # Said before the transaction, so that a job's page shows the phase at once.
        progress("écriture", 0, len(by_convention))
    with transaction.atomic():
        if job is None:
            record = ChorusImport.objects.create(
                file_name=opened.name[:300],
                sha256=opened.sha256,
                size=opened.size,
                file_format=opened.file_format,
                layout=report.layout,
                started_at=started,
                finished_at=started,
                created_by=actor if getattr(actor, "pk", None) else None,
                actor_label=report.actor_label[:300],
            )
        else:
            # The job row is not touched before the end of the transaction: another
            # connection writes its progress meanwhile (`chorus.jobs`).
            record = job
            report.started_at = started = job.started_at or started
        report.import_id = record.pk
        _apply(by_convention, titles, allowed, actor=actor, report=report, record=record, progress=progress)
        report.lap("écriture", clock)
        report.finished_at = timezone.now()
        record.finished_at = report.finished_at
        record.lines = report.lines
        record.matched = report.matched_lines
        record.unmatched = report.unmatched_lines
        for status in STATUS_LABELS:
            setattr(record, status, report.counts[status])
        record.report = report.as_dict()
        if job is None:
            record.save()
        else:
            record.layout = report.layout
            record.file_format = opened.file_format
            record.status = ChorusImport.Status.DONE
            record.phase = ""
            record.heartbeat_at = report.finished_at
            record.error = ""
            record.save(update_fields=[*_FINAL_FIELDS, *STATUS_LABELS])
    return report


# What a job's row receives when its import ends (never `data`: the file is not rewritten).
_FINAL_FIELDS = (
    "finished_at",
    "lines",
    "matched",
    "unmatched",
    "report",
    "layout",
    "file_format",
    "status",
    "phase",
    "heartbeat_at",
    "error",
)


def _actor_label(actor: Any) -> str:
    if actor is None or getattr(actor, "pk", None) is None:
        return "système"
    full_name = actor.get_full_name() if hasattr(actor, "get_full_name") else ""
    return str(full_name or getattr(actor, "username", "") or actor)


def _read(
    source: Source, matcher: Matcher, report: ImportReport, progress: Progress | None
) -> tuple[dict[str, EJFact], dict[str, DPFact]]:
    """First pass: stream the file into one fact per EJ and per DP; refuse the file on any bad line."""
    reader = Reader(source, progress=progress)
    ejs: dict[str, EJFact] = {}
    dps: dict[str, DPFact] = {}
    errors: list[LineError] = []
    imputations: dict[tuple[str, str, str, str], Imputation] = {}
    # Imputation → its convention when the date cannot change it (almost always), else None.
    settled: dict[tuple[str, str, str, str], Match | None] = {}
    journal = False
    lines = ignored = 0
    match = matcher.match
    for item in reader:
        if isinstance(item, LineError):
            errors.append(item)
            if len(errors) >= MAX_LINE_ERRORS:
                break
            continue
        if lines == 0:
            assert reader.columns is not None
            journal = reader.columns.journal
        lines += 1
        if errors:
            continue
        if item.ae is None and item.cp is None:
            ignored += 1
            continue
        key = (item.centre_financier, item.domaine_fonctionnel, item.activite, item.centre_cout)
        imputation = imputations.get(key)
        if imputation is None:
            imputation = imputations[key] = Imputation(*key)
            settled[key] = matcher.match(imputation) if matcher.settled(imputation) else None
        fact = ejs.get(item.ej)
        if fact is None:
            fact = ejs[item.ej] = EJFact(item.ej, imputation, item.line)
        fact.lines += 1
        found = settled[key] or match(imputation, item.date or item.dp_date)
        if found.convention_id is None:
            if not fact.reason and fact.convention is None:
                fact.imputation, fact.reason = imputation, found.reason
        elif fact.convention is None:
            fact.convention = found.convention_id
        elif fact.convention != found.convention_id:
            fact.conflicts = (fact.conflicts or set()) | {found.convention_id}
        if item.ae is not None:
            if fact.amounts is None:
                fact.amounts = _Amounts()
            fact.amounts.add(item.ej_poste, item.ae, item.line, journal)
            date = item.date
            if date is not None:
                if fact.first_date is None or date < fact.first_date:
                    fact.first_date = date
                if fact.last_date is None or date > fact.last_date:
                    fact.last_date = date
            if not fact.supplier and item.supplier:
                fact.supplier = item.supplier
            if not fact.marche and item.marche:
                fact.marche = item.marche
            if not fact.label and item.label:
                fact.label = item.label
        if item.cp is not None:
            payment = dps.get(item.dp)
            if payment is None:
                payment = dps[item.dp] = DPFact(item.dp, item.ej, item.line)
            elif payment.ej != item.ej and not payment.other_ej:
                payment.other_ej = item.ej
            payment.amounts.add(item.dp_poste, item.cp, item.line, journal)
            date = item.dp_date or item.date
            if date is not None and (payment.date is None or date > payment.date):
                payment.date = date
            if item.service_fait is not None:
                payment.service_fait = item.service_fait
    if errors:
        more = " au moins" if len(errors) >= MAX_LINE_ERRORS else ""
        raise ChorusFileError(
            f"{source.name} :{more} {len(errors)} ligne(s) illisible(s) ; le fichier n'est pas importé "
            "(corrigez ces lignes puis importez-le de nouveau).",
            errors=[str(error) for error in errors],
        )
    if lines == 0:
        raise ChorusFileError(f"{source.name} : aucune ligne de données sous l'en-tête ; rien à importer.")
    assert reader.columns is not None
    report.lines = lines
    report.ignored_lines = ignored
    report.total_lines = reader.skipped_totals
    report.layout = "journal" if journal else "restitution"
    report.sheet = reader.sheet
    report.ignored_columns = reader.columns.ignored
    return ejs, dps


@dataclass
class _Work:
    """What one convention receives from the file."""

    ejs: list[EJFact] = field(default_factory=list)
    dps: list[DPFact] = field(default_factory=list)


def _known_ejs(numbers: list[str]) -> dict[str, int]:
    """EJ number → convention, for the EJs already in a ledger (the EJ number wins over the imputation)."""
    known: dict[str, int] = {}
    connection = transaction.get_connection()
    if connection.vendor == "postgresql":
        movements, ledgers = Movement._meta.db_table, Ledger._meta.db_table
        query = (
            f"SELECT m.ej_number, l.convention_id FROM {movements} m JOIN {ledgers} l ON l.id = m.ledger_id "  # noqa: S608
            "WHERE m.kind = %s AND m.reverses_id IS NULL AND m.ej_number = ANY(%s)"
        )
        with connection.cursor() as cursor:
            for start in range(0, len(numbers), 50000):
                cursor.execute(query, [MovementKind.COMMITMENT.value, numbers[start : start + 50000]])
                known.update(cursor.fetchall())
        return known
    for start in range(0, len(numbers), 5000):
        chunk = numbers[start : start + 5000]
        known.update(
            Movement.objects.filter(kind=MovementKind.COMMITMENT, reverses=None, ej_number__in=chunk).values_list(
                "ej_number", "ledger__convention_id"
            )
        )
    return known


def _resolve(
    ejs: dict[str, EJFact], dps: dict[str, DPFact], report: ImportReport
) -> tuple[dict[int, _Work], dict[int, str]]:
    """Attach every fact to one convention (or report it unmatched / refused)."""
    known = _known_ejs(list(ejs))
    titles: dict[int, str] = {}
    work: dict[int, _Work] = defaultdict(_Work)
    attached: dict[str, int] = {}
    for fact in ejs.values():
        convention = known.get(fact.ej)
        if convention is None and fact.conflicts:
            others = sorted(pk for pk in {fact.convention, *fact.conflicts} if pk is not None)
            report.matched_lines += fact.lines
            report.record(
                REFUSED,
                "EJ",
                fact.ej,
                convention=None,
                line=fact.first_line,
                message="ses lignes sont rattachées à plusieurs conventions (n° "
                + ", ".join(str(pk) for pk in others)
                + ") : un EJ n'appartient qu'à une convention ; vérifiez les imputations",
            )
            continue
        convention = convention if convention is not None else fact.convention
        if convention is None:
            report.unmatched_lines_of(fact, fact.reason or "aucune convention")
            continue
        report.matched_lines += fact.lines
        attached[fact.ej] = convention
        work[convention].ejs.append(fact)
    for payment in dps.values():
        convention_id = attached.get(payment.ej)
        if convention_id is None:
            continue  # its EJ is unmatched or refused: the lines are already reported
        work[convention_id].dps.append(payment)
    if work:
        titles.update(Convention.objects.filter(pk__in=list(work)).values_list("pk", "title"))
    return dict(sorted(work.items())), titles


def _allowed(actor: Any, work: dict[int, _Work], report: ImportReport) -> dict[int, str]:
    """Convention → '' when the actor may change it, else the refusal (the system may change everything)."""
    if actor is None:
        return dict.fromkeys(work, "")
    from conventio.trust.permissions import CHANGE, VIEW, can, is_programme_team

    if is_programme_team(actor):
        return dict.fromkeys(work, "")
    verdicts: dict[int, str] = {}
    for convention in Convention.objects.filter(pk__in=list(work)):
        if not can(actor, VIEW, convention):
            verdicts[convention.pk] = "hidden"
        elif not can(actor, CHANGE, convention):
            verdicts[convention.pk] = (
                f"vous n'avez pas le droit de modifier la convention « {convention.title[:80]} » : "
                "demandez l'import à un agent ou un responsable budgétaire de ses parties"
            )
        else:
            verdicts[convention.pk] = ""
    return verdicts


def _apply(
    work: dict[int, _Work],
    titles: dict[int, str],
    allowed: dict[int, str],
    *,
    actor: Any,
    report: ImportReport,
    record: ChorusImport,
    progress: Progress | None,
) -> None:
    """Second pass, inside the file's transaction: the conventions' facts through `ledger.apply_batches`."""
    conventions = Convention.objects.in_bulk(list(work))
    planners: dict[int, _Planner] = {}
    for convention_id, facts in work.items():
        title = titles.get(convention_id, "")
        verdict = allowed.get(convention_id, "")
        if verdict == "hidden":
            for fact in facts.ejs:
                report.matched_lines -= fact.lines
                report.unmatched_lines_of(fact, "aucune convention accessible à cet utilisateur")
        elif verdict:
            for fact in facts.ejs:
                if fact.amounts is not None:
                    report.record(
                        REFUSED,
                        "EJ",
                        fact.ej,
                        convention=convention_id,
                        title=title,
                        line=fact.first_line,
                        message=verdict,
                    )
            for payment in facts.dps:
                report.record(
                    REFUSED,
                    "DP",
                    payment.dp,
                    convention=convention_id,
                    title=title,
                    line=payment.first_line,
                    message=verdict,
                )
        else:
            planners[convention_id] = _Planner(facts, report, convention_id, title)
    total = len(planners)
    results = ledger.apply_batches(
        [(conventions[convention_id], planner.plan) for convention_id, planner in planners.items()],
        actor=actor,
        source=MovementSource.CHORUS,
        audit_message=f"Import Chorus n° {record.pk} ({record.file_name})",
        audit_data={"chorus_import": record.pk, "sha256": record.sha256},
    )
    for done, (convention, result) in enumerate(results, 1):
        planners[convention.pk].report_result(result)
        if progress is not None and (done % 50 == 0 or done == total):
            progress("écriture", done, total)


class _Planner:
    """Turns one convention's facts into ledger operations, given the ledger as it is (under its lock)."""

    def __init__(self, facts: _Work, report: ImportReport, convention: int, title: str) -> None:
        self.facts = facts
        self.report = report
        self.convention = convention
        self.title = title

    def _record(self, status: str, kind: str, number: str, line: int, **values: Any) -> None:
        self.report.record(status, kind, number, convention=self.convention, title=self.title, line=line, **values)

    def plan(self, snapshot: ledger.LedgerSnapshot) -> Iterable[ledger.Operation]:
        reversals: list[ledger.Operation] = []
        withdrawals: list[ledger.Operation] = []
        commitments: list[ledger.Operation] = []
        payments: list[ledger.Operation] = []
        for fact in self.facts.ejs:
            amounts = fact.amounts
            if amounts is None or amounts.total is None:
                continue  # a payments-only file: the EJ itself is not stated
            line = fact.first_line
            if amounts.conflict:
                self._record(REFUSED, "EJ", fact.ej, line, message=f"montants engagés incohérents, {amounts.conflict}")
                continue
            target = _money(amounts.total)
            if target < 0:
                self._record(REFUSED, "EJ", fact.ej, line, amount=target, message="montant engagé négatif")
                continue
            current = snapshot.commitments.get(fact.ej)
            date = fact.first_date if current is None else fact.last_date
            assert date is not None
            if current is None:
                if target == 0:
                    self._record(UNCHANGED, "EJ", fact.ej, line, amount=target, operation="montant nul")
                    continue
                centre = fact.imputation.centre_financier
                commitments.append(
                    ledger.Operation(
                        ledger.COMMIT,
                        fact.ej,
                        date,
                        target,
                        description=fact.label,
                        programme=_programme(centre),
                        centre_financier=centre,
                        supplier=fact.supplier,
                        marche=fact.marche,
                        ref=("EJ", fact.ej, line, None, target),
                    )
                )
            elif target == current.net:
                self._record(UNCHANGED, "EJ", fact.ej, line, amount=target)
            elif target > current.net:
                commitments.append(
                    ledger.Operation(
                        ledger.COMPLEMENT,
                        fact.ej,
                        date,
                        target - current.net,
                        description=f"Import Chorus : montant de l'EJ porté à {euros(target)}",
                        ref=("EJ", fact.ej, line, current.net, target),
                    )
                )
            else:
                withdrawals.append(
                    ledger.Operation(
                        ledger.WITHDRAW,
                        fact.ej,
                        date,
                        current.net - target,
                        description=f"Import Chorus : montant de l'EJ ramené à {euros(target)}",
                        ref=("EJ", fact.ej, line, current.net, target),
                    )
                )
        for payment in self.facts.dps:
            line = payment.first_line
            if payment.other_ej:
                self._record(
                    REFUSED,
                    "DP",
                    payment.dp,
                    line,
                    message=f"DP portée par deux EJ ({payment.ej} et {payment.other_ej})",
                )
                continue
            if payment.amounts.conflict:
                self._record(
                    REFUSED, "DP", payment.dp, line, message=f"montants payés incohérents, {payment.amounts.conflict}"
                )
                continue
            total = payment.amounts.total
            assert total is not None and payment.date is not None
            target = _money(total)
            known = snapshot.payments.get(payment.dp)
            if known is None:
                if target == 0:
                    self._record(UNCHANGED, "DP", payment.dp, line, amount=target, operation="montant nul")
                elif target < 0:
                    self._record(REFUSED, "DP", payment.dp, line, amount=target, message="montant payé négatif")
                else:
                    payments.append(
                        ledger.Operation(
                            ledger.PAY,
                            payment.ej,
                            payment.date,
                            target,
                            dp_number=payment.dp,
                            service_fait_on=payment.service_fait,
                            ref=("DP", payment.dp, line, None, target),
                        )
                    )
            elif known.ej_number != payment.ej:
                self._record(
                    REFUSED,
                    "DP",
                    payment.dp,
                    line,
                    message=f"DP déjà enregistrée sur l'EJ n° {known.ej_number}, "
                    f"le fichier la porte sur l'EJ n° {payment.ej}",
                )
            elif target == known.remaining:
                self._record(UNCHANGED, "DP", payment.dp, line, amount=target)
            elif target < known.remaining:
                reversals.append(
                    ledger.Operation(
                        ledger.REVERSE_PAYMENT,
                        payment.ej,
                        payment.date,
                        known.remaining - target,
                        dp_number=payment.dp,
                        description=f"Import Chorus : montant de la DP ramené à {euros(target)}",
                        ref=("DP", payment.dp, line, known.remaining, target),
                    )
                )
            else:
                self._record(
                    REFUSED,
                    "DP",
                    payment.dp,
                    line,
                    amount=target,
                    previous=known.remaining,
                    message=f"le montant payé de la DP passerait de {euros(known.remaining)} à {euros(target)} : "
                    "une DP est payée une fois ; un nouveau paiement vient sous un nouveau numéro de DP",
                )
        commitments.sort(key=lambda op: op.date)
        payments.sort(key=lambda op: op.date)
        return [*reversals, *withdrawals, *commitments, *payments]

    def report_result(self, result: ledger.BatchResult) -> None:
        amounts = self.report.amounts
        for op in result.applied:
            kind, number, line, previous, target = op.ref
            status = NEW if op.kind in (ledger.COMMIT, ledger.PAY) else CHANGED
            self._record(
                status, kind, number, line, amount=target, previous=previous, operation=OPERATION_LABELS[op.kind]
            )
            if op.kind in (ledger.COMMIT, ledger.COMPLEMENT):
                amounts["committed"] += op.amount
            elif op.kind == ledger.WITHDRAW:
                amounts["withdrawn"] += op.amount
            elif op.kind == ledger.PAY:
                amounts["paid"] += op.amount
            else:
                amounts["reversed"] += op.amount
        for op, message in result.refused:
            kind, number, line, previous, target = op.ref
            self._record(
                REFUSED,
                kind,
                number,
                line,
                amount=target,
                previous=previous,
                operation=OPERATION_LABELS[op.kind],
                message=message,
            )


def _programme(centre: str) -> str:
    """« 0352-CFSE-CFIN » → « 352 » (the ledger's programme is three digits)."""
    head = centre[:4]
    if len(centre) >= 5 and head.isdigit() and centre[4] == "-":
        return head.lstrip("0")[:3] or "0"
    return ""
