"""Benchmark: import a generated Chorus extraction of 1 000 000 lines into PostgreSQL.

Target (issue #5): < 60 s and peak memory < 1 GB for the whole ``conventio
import-chorus FILE`` command — Django start-up, fingerprint, reading, matching,
reconciliation under the ledgers' locks and writing included.

    scripts/with-postgres.sh .venv/bin/python benchmarks/chorus.py            # 1 000 000 lines, 2 000 conventions
    scripts/with-postgres.sh .venv/bin/python benchmarks/chorus.py --lines 100000 --conventions 200

What it does:

1. migrates the (throwaway) database and registers `--conventions` conventions in
   force, each with its Chorus imputation (200 centres financiers shared by ten
   conventions each, told apart by their activité and centre de coût), budget lines
   for 2023-2025 and an open ledger with 25 % more AE than the file's engagements
   need (one in twenty gets 10 % less, so that some lines are refused by the ceiling,
   raising insufficiency alerts);
2. writes the extraction, as Chorus restitutions come: cp1252, « ; », decimal comma,
   double columns (« Centre financier CODE » + label), « BG00/ » prefixes; one line per
   EJ (its « Montant engagé ») followed by the lines of its DPs (« Montant payé »),
   and 1 % of lines on an imputation no convention has;
3. runs ``python -m conventio.cli import-chorus FILE`` in a child process and measures
   its wall time and peak RSS (``os.wait4``), checks the ledger rows written;
4. runs the same import again (must write no ledger row: idempotence) and times it;
5. imports the same extraction « some weeks later » (one EJ in ten: its last DP halved and
   its amount lowered as much) and checks that each change became one new ledger row
   (a payment reversal, a withdrawal).

Prints the figures and PASS/FAIL; with ``--check`` exits 1 on FAIL. Outside
``scripts/with-postgres.sh`` (no ``DATABASE_URL``) it refuses to run: the target is
about PostgreSQL.
"""

from __future__ import annotations

import argparse
import datetime
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from decimal import Decimal
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 60.0
TARGET_BYTES = 1 << 30
SETTINGS = "config.settings.test"

HEADER = [
    "N° EJ",
    "N° poste EJ",
    "N° DP",
    "N° poste DP",
    "Centre financier CODE",
    "Centre financier",
    "Domaine fonctionnel CODE",
    "Référentiel de programmation CODE",
    "Centre de coûts",
    "Fournisseur payé (DP) CODE",
    "Fournisseur payé (DP)",
    "Date comptable",
    "Date de dernière opération sur la DP",
    "Montant engagé",
    "Montant facturé",
    "Montant payé",
    "Exercice comptable",
]


def _setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def _french(cents: int) -> str:
    units, rest = divmod(cents, 100)
    return f"{units:,}".replace(",", " ") + f",{rest:02d}"


class Plan:
    """The generated conventions and what the file will ask of each one."""

    def __init__(self, conventions: int, lines: int, seed: int) -> None:
        self.seed = seed
        self.headroom = Decimal("1.25")
        self.conventions = conventions
        self.lines = lines
        # Programme, centre financier, activité, centre de coût of each convention.
        self.imputations = []
        for index in range(conventions):
            programme = 100 + (index // 10) % 800
            cf = f"0{programme:03d}-B{index // 10:03d}-U{(index // 10) % 1000:03d}"
            activite = f"0{programme:03d}{index:08d}"
            centre_cout = f"CC{index:08d}"
            self.imputations.append((programme, cf, f"0{programme:03d}-01", activite, centre_cout))
        self.ae: dict[int, int] = defaultdict(int)  # convention → cents engaged by the file
        self.cp: dict[tuple[int, int], int] = defaultdict(int)  # (convention, year) → cents paid
        self.small = {index for index in range(conventions) if index % 20 == 7}

    def write(self, path: Path, *, later: bool = False) -> dict[str, int]:
        """Write the file; returns counts of what it holds.

        `later`: the same extraction some weeks later — one EJ in ten had its last DP halved
        (a payment reversal) and its own amount lowered as much (a withdrawal).
        """
        rnd = random.Random(self.seed)
        counts = {"lines": 0, "ej": 0, "dp": 0, "unmatched": 0, "changed": 0}
        per_convention = self.lines // self.conventions
        ej_serial = 2100000000
        dp_serial = 100000000
        start = datetime.date(2023, 1, 15)
        with path.open("w", encoding="cp1252", newline="") as out:
            out.write(";".join(HEADER) + "\r\n")
            written = 0
            index = 0
            while written < self.lines:
                convention = index % self.conventions
                index += 1
                programme, cf, df, activite, centre_cout = self.imputations[convention]
                budget = per_convention if index <= self.conventions else self.lines - written
                unmatched = rnd.random() < 0.01
                while budget > 0 and written < self.lines:
                    ej_serial += 1
                    ej = str(ej_serial)
                    dps = min(rnd.randint(2, 5), budget - 1, self.lines - written - 1)
                    amount = rnd.randint(4_000, 60_000) * 100 + rnd.randint(0, 99)
                    ej_date = start + datetime.timedelta(days=rnd.randint(0, 300))
                    supplier = f"F{rnd.randint(1, 5000):07d}"
                    line_cf = "0999-XXXX-ZZZZ" if unmatched else cf
                    share = amount // max(dps, 1)
                    cut = share // 2 if later and dps > 0 and counts["ej"] % 10 == 0 else 0
                    if cut and not unmatched:
                        counts["changed"] += 2
                    common = [
                        f"BG00/{line_cf}",
                        f"Libellé {line_cf}",
                        df,
                        f"BG00/{activite}",
                        centre_cout,
                        supplier,
                        f"Fournisseur {supplier}",
                    ]
                    out.write(
                        ";".join(
                            [
                                ej,
                                "1",
                                "",
                                "",
                                *common,
                                ej_date.strftime("%d/%m/%Y"),
                                "",
                                _french(amount - cut),
                                "",
                                "",
                                str(ej_date.year),
                            ]
                        )
                        + "\r\n"
                    )
                    counts["ej"] += 1
                    if not unmatched and not later:
                        self.ae[convention] += amount
                    day = ej_date
                    for position in range(max(dps, 0)):
                        paid = share - cut if position == dps - 1 else share
                        dp_serial += 1
                        day = day + datetime.timedelta(days=rnd.randint(10, 120))
                        if day.year > 2025:
                            day = datetime.date(2025, 12, 1)
                        out.write(
                            ";".join(
                                [
                                    ej,
                                    "1",
                                    str(dp_serial),
                                    str(position + 1),
                                    *common,
                                    ej_date.strftime("%d/%m/%Y"),
                                    day.strftime("%d/%m/%Y"),
                                    "",
                                    _french(paid),
                                    _french(paid),
                                    str(day.year),
                                ]
                            )
                            + "\r\n"
                        )
                        counts["dp"] += 1
                        if not unmatched and not later:
                            self.cp[(convention, day.year)] += share
                    lines = 1 + max(dps, 0)
                    written += lines
                    budget -= lines
                    if unmatched:
                        counts["unmatched"] += lines
            counts["lines"] = written
        return counts

    def register(self) -> None:
        """Create the conventions, their imputations, budget lines and open ledgers (bulk inserts)."""
        from django.db import transaction

        from conventio.budget.enums import AllocationKind
        from conventio.budget.models import Allocation, Ledger
        from conventio.register.enums import Status
        from conventio.register.models import BudgetLine, ChorusImputation, Convention

        with transaction.atomic():
            conventions = Convention.objects.bulk_create(
                Convention(
                    title=f"Convention de délégation de gestion n° {index:05d}",
                    status=Status.IN_FORCE,
                    signature_date=datetime.date(2023, 1, 2),
                    effective_date=datetime.date(2023, 1, 2),
                    end_date=datetime.date(2025, 12, 31),
                )
                for index in range(self.conventions)
            )
            ChorusImputation.objects.bulk_create(
                ChorusImputation(
                    convention=convention,
                    centre_financier=cf,
                    domaine_fonctionnel=df,
                    activites=[activite],
                    centre_cout=centre_cout,
                )
                for convention, (_, cf, df, activite, centre_cout) in zip(conventions, self.imputations, strict=True)
            )
            lines, allocations = [], []
            ledgers = Ledger.objects.bulk_create(Ledger(convention=convention) for convention in conventions)
            for index, (convention, ledger) in enumerate(zip(conventions, ledgers, strict=True)):
                programme, cf = self.imputations[index][0], self.imputations[index][1]
                # Conventions are rarely consumed to the last euro: 25 % of head-room, except the
                # one in twenty that gets less than its engagements need.
                share = Decimal("0.9") if index in self.small else self.headroom
                ae = (Decimal(self.ae[index]).scaleb(-2) * share).quantize(Decimal("0.01"))
                for year in (2023, 2024, 2025):
                    cp = Decimal(self.cp[(index, year)]).scaleb(-2)
                    year_ae = ae if year == 2023 else Decimal("0.00")
                    lines.append(
                        BudgetLine(
                            convention=convention,
                            programme=str(programme),
                            centre_financier=cf,
                            year=year,
                            ae=year_ae,
                            cp=cp,
                        )
                    )
                    allocations.append(
                        Allocation(
                            ledger=ledger,
                            kind=AllocationKind.INITIAL,
                            programme=str(programme),
                            centre_financier=cf,
                            year=year,
                            ae=year_ae,
                            cp=cp,
                            reason="Dotation de la convention (banc d'essai)",
                        )
                    )
            BudgetLine.objects.bulk_create(lines, batch_size=5000)
            Allocation.objects.bulk_create(allocations, batch_size=5000)


def _run_import(path: Path) -> tuple[float, int, int, str, str]:
    """(seconds, peak RSS in bytes, exit code, stdout, stderr) of one ``conventio import-chorus``."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": SETTINGS, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "conventio.cli", "import-chorus", str(path), "--no-progress"]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=out, stderr=err, env=env, cwd=ROOT)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return (
            elapsed,
            usage.ru_maxrss * 1024,
            child.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--conventions", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument(
        "--headroom",
        type=Decimal,
        default=Decimal("1.25"),
        help="AE allocated / AE the file engages (default 1.25; 1.0: every convention ends under its margin "
        "and raises a margin alert)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the generated file and print where")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    options = parser.parse_args(argv)
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        print("benchmarks/chorus.py: run it through scripts/with-postgres.sh (the target is PostgreSQL).")
        return 2
    _setup_django()
    from django.core.management import call_command
    from django.db import connection

    from conventio.budget.enums import MovementKind
    from conventio.budget.models import ChorusImport, Movement

    call_command("migrate", interactive=False, verbosity=0)
    folder = Path(tempfile.mkdtemp(prefix="conventio-chorus-"))
    path = folder / "chorus-restitution.csv"
    plan = Plan(options.conventions, options.lines, options.seed)
    plan.headroom = options.headroom
    began = time.perf_counter()
    counts = plan.write(path)
    generated = time.perf_counter() - began
    plan.register()
    connection.close()
    size = path.stat().st_size
    print(
        f"File: {counts['lines']:,} lines ({counts['ej']:,} EJ, {counts['dp']:,} DP lines, "
        f"{counts['unmatched']:,} on an unknown imputation), {size / 1e6:.1f} MB cp1252, written in {generated:.1f} s"
    )
    print(f"Register: {options.conventions:,} conventions in force with open ledgers (PostgreSQL)")

    seconds, peak, code, out, err = _run_import(path)
    movements = Movement.objects.count()
    commitments = Movement.objects.filter(kind=MovementKind.COMMITMENT).count()
    payments = Movement.objects.filter(kind=MovementKind.PAYMENT).count()
    record = ChorusImport.objects.order_by("-pk").first()
    print(f"Import: exit {code}, {seconds:.1f} s, peak RSS {peak / 2**20:.0f} MiB")
    if code != 0:
        print(err[-3000:])
    if record is not None:
        print(
            f"  lines matched {record.matched:,}, unmatched {record.unmatched:,}; pieces new {record.new:,}, "
            f"changed {record.changed:,}, unchanged {record.unchanged:,}, refused {record.refused:,}"
        )
    print(f"  ledger rows written: {movements:,} ({commitments:,} commitments, {payments:,} payments)")
    if record is not None:
        timings = record.report.get("timings", {})
        phases = ", ".join(
            f"{phase} {timings[phase]:.1f} s"
            for phase in ("empreinte", "lecture", "rattachement", "écriture")
            if phase in timings
        )
        print(f"  phases: {phases} (the rest: start-up and commit)")

    again, peak_again, code_again, _, err_again = _run_import(path)
    after = Movement.objects.count()
    second = ChorusImport.objects.order_by("-pk").first()
    print(
        f"Re-import of the same file: exit {code_again}, {again:.1f} s, peak RSS {peak_again / 2**20:.0f} MiB, "
        f"{after - movements:,} new ledger rows"
        + (f", {second.unchanged:,} unchanged, {second.refused:,} refused" if second is not None else "")
    )
    if code_again != 0:
        print(err_again[-3000:])

    later = folder / "chorus-restitution-later.csv"
    expected_changes = plan.write(later, later=True)["changed"]
    rows_before = Movement.objects.count()
    changed_seconds, changed_peak, code_changed, _, err_changed = _run_import(later)
    third = ChorusImport.objects.order_by("-pk").first()
    written = Movement.objects.count() - rows_before
    print(
        f"A later extraction ({expected_changes:,} EJ and DP amounts lowered): exit {code_changed}, "
        f"{changed_seconds:.1f} s, peak RSS {changed_peak / 2**20:.0f} MiB, {written:,} new ledger rows"
        + (f", {third.changed:,} changed, {third.new:,} new, {third.refused:,} refused" if third is not None else "")
    )
    if code_changed != 0:
        print(err_changed[-3000:])
    later.unlink()

    ok_time = code == 0 and seconds < TARGET_SECONDS
    ok_memory = peak < TARGET_BYTES
    ok_idempotent = code_again == 0 and after == movements
    # Each change is one new row; an EJ refused for lack of credits the first time may fit now (new).
    ok_changes = code_changed == 0 and third is not None and third.changed > 0 and written == third.changed + third.new
    ok_rows = movements > 0 and record is not None and record.refused > 0 and record.unmatched > 0
    verdict = "PASS" if ok_time and ok_memory and ok_idempotent and ok_rows and ok_changes else "FAIL"
    print(
        f"{verdict}: time {seconds:.1f} s (< {TARGET_SECONDS:.0f} s: {'ok' if ok_time else 'MISSED'}), "
        f"peak RSS {peak / 2**20:.0f} MiB (< 1024 MiB: {'ok' if ok_memory else 'MISSED'}), "
        f"re-import writes nothing: {'ok' if ok_idempotent else 'MISSED'}, "
        f"refusals and unmatched lines reported: {'ok' if ok_rows else 'MISSED'}, "
        f"changes become new rows: {'ok' if ok_changes else 'MISSED'}"
    )
    if options.keep:
        print(f"File kept: {path}")
    else:
        path.unlink()
        folder.rmdir()
    return 1 if options.check and verdict == "FAIL" else 0


if __name__ == "__main__":
    sys.exit(main())
