"""Budget execution pages benchmark: 1 000 000 ledger rows in PostgreSQL, gunicorn, a real HTTP client.

Target (issue #5): with a ledger of 1 000 000 rows, the per-convention execution page
answers in < 150 ms (median), measured with a real HTTP client against gunicorn. The
portfolio page (« Portefeuille », every convention's figures) is measured alongside.

    make bench-execution   # = scripts/with-postgres.sh .venv/bin/python benchmarks/execution.py
    scripts/with-postgres.sh .venv/bin/python benchmarks/execution.py --conventions 2000 --rows 1000000 --check

What it does:

1. production settings on the throwaway PostgreSQL server (`benchmarks/serving.py`,
   shared with the register benchmark), migrate, collectstatic;
2. generates the register with `benchmarks.web.generate` (`--conventions`, default 2 000:
   parties, programmes, budget lines, tranches, deadlines, versions…);
3. opens the ledgers in bulk (`load_ledgers`): every convention but one in twenty (those
   show « suivi non ouvert »), allocations from the budget lines, the first tranche
   released at signature, an open insufficiency alert on one convention in fifty; then
   writes `--rows` movements with COPY (the append-only triggers allow INSERT):
   `--heavy` conventions (default 10) get `--heavy-rows` each (default 50 000), the rest
   is spread evenly over the others. Movements come by engagement juridique: one
   commitment and three payments, dated over the convention's first years, the
   commitments using 80 % of the AE made available; then ``VACUUM ANALYZE``;
4. counts the SQL queries of each page in-process (Django's test client, same settings),
   and times in-process the reads that depend on the ledger's size — `balances_of` for
   every ledger and for a heavy one, the timeline's movement query — next to the queries
   they replaced (movements summed per ledger and year, grouped by a month cast), on the
   same data in the same minute;
5. starts gunicorn (``--workers``, default 4), signs in through the login form, and after
   a warm-up times ``--requests`` sequential requests (default 60) of each kind: the
   convention page of a heavy convention (rotating over the heavy ones), of a typical one
   (random), the portfolio (all conventions), the portfolio for one year sorted by
   consumption, the portfolio of a partner's agent, and the portfolio's CSV export;
6. prints median, p95 and max, PASS/FAIL against 150 ms median for the convention
   pages, and writes the figures with the commit measured to ``bench-output/execution.json``.
   Exit 0 unless ``--check`` (then 1 when the convention page misses its target).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any


ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import serving  # noqa: E402 - needs ROOT on sys.path when run as a script
from benchmarks.web import PASSWORD, Client, generate, summary, timed  # noqa: E402


TARGET_MS = 150.0
CENT = Decimal("0.01")
CHUNK = 100_000  # movements per COPY


@dataclass
class LoadedLedgers:
    opened: int
    unopened: int
    movements: int
    heavy: list[int]  # convention ids
    typical: list[int]
    alerts: int
    seconds: float
    rows_per_convention: dict[str, int] = field(default_factory=dict)


def _movements_for(ledger_id: int, count: int, *, ceiling: Decimal, start: datetime.date, rng: random.Random) -> Any:
    """`count` movement rows (tuples in `ledger._MOVEMENT_COLUMNS` order): one EJ, three DPs, and so on."""
    from django.utils import timezone

    from conventio.budget.enums import MovementKind, MovementSource

    now = timezone.now()
    commitments = max(1, -(-count // 4))
    amount = max(CENT, (ceiling * Decimal("0.8") / commitments).quantize(CENT))
    share = max(CENT, (amount / 4).quantize(CENT))
    span = 700  # days: the convention's first two years
    written = 0
    for index in range(commitments):
        if written >= count:
            return
        ej = f"E{ledger_id:06d}{index:07d}"
        day = start + datetime.timedelta(days=rng.randint(0, span - 200))
        yield (
            ledger_id,
            MovementKind.COMMITMENT.value,
            day.year,
            day,
            ej,
            "",
            amount,
            Decimal(0),
            "",
            "",
            f"Fournisseur {rng.randint(1, 5000):05d}",
            "",
            "",
            None,
            None,
            MovementSource.CHORUS.value,
            now,
            None,
        )
        written += 1
        for payment in range(3):
            if written >= count:
                return
            day = day + datetime.timedelta(days=rng.randint(10, 60))
            yield (
                ledger_id,
                MovementKind.PAYMENT.value,
                day.year,
                day,
                ej,
                f"P{ledger_id:06d}{index:07d}{payment}",
                Decimal(0),
                share,
                "",
                "",
                "",
                "",
                "",
                day - datetime.timedelta(days=5),
                None,
                MovementSource.CHORUS.value,
                now,
                None,
            )
            written += 1


def load_ledgers(*, rows: int, heavy: int, heavy_rows: int, seed: int = 2024) -> LoadedLedgers:
    """Open the generated conventions' ledgers and write `rows` movements in bulk (COPY on PostgreSQL)."""
    from django.db import transaction
    from django.db.models import Sum

    from conventio.budget.enums import AlertKind, AllocationKind
    from conventio.budget.models import Alert, Allocation, Ledger, TrancheRelease
    from conventio.budget.services.ledger import _insert_movements
    from conventio.register.enums import Status
    from conventio.register.models import BudgetLine, Convention, Tranche

    started = time.perf_counter()
    rng = random.Random(seed)
    conventions = list(
        Convention.objects.order_by("pk").values_list("pk", "signature_date", "total_amount", "status", "end_date")
    )
    opened = [item for index, item in enumerate(conventions) if index % 20 != 19]
    # Heavy ones: conventions in force, so their page offers every form (the fullest page).
    in_force = [item for item in opened if item[3] == Status.IN_FORCE]
    heavy_ids = [item[0] for item in (in_force or opened)[:heavy]]
    with transaction.atomic():
        ledgers = Ledger.objects.bulk_create(Ledger(convention_id=item[0]) for item in opened)
        ledger_of = {ledger.convention_id: ledger.pk for ledger in ledgers}
        allocations = [
            Allocation(
                ledger_id=ledger_of[line.convention_id],
                kind=AllocationKind.INITIAL,
                programme=line.programme,
                centre_financier=line.centre_financier,
                year=line.year,
                ae=line.ae or 0,
                cp=line.cp or 0,
                reason="Dotation de la convention (tableau des montants)",
            )
            for line in BudgetLine.objects.filter(convention_id__in=list(ledger_of)).order_by("pk")
            if line.ae or line.cp
        ]
        Allocation.objects.bulk_create(allocations, batch_size=5000)
        signed = {item[0]: item[1] for item in opened}
        releases = [
            TrancheRelease(
                ledger_id=ledger_of[tranche.convention_id],
                tranche=tranche,
                amount=tranche.amount,
                released_on=signed[tranche.convention_id] or datetime.date(2024, 1, 1),
                decision="Déblocage à la signature de la convention",
            )
            for tranche in Tranche.objects.filter(convention_id__in=list(ledger_of), position=0).order_by("pk")
            if tranche.amount
        ]
        TrancheRelease.objects.bulk_create(releases, batch_size=5000)
        alerts = [
            Alert(
                convention_id=item[0],
                kind=AlertKind.INSUFFICIENCY,
                message="Engagement refusé : crédits insuffisants (généré pour le banc d'essai).",
            )
            for index, item in enumerate(opened)
            if index % 50 == 3
        ]
        Alert.objects.bulk_create(alerts)
        allocated = dict(
            Allocation.objects.order_by().values("ledger_id").annotate(ae=Sum("ae")).values_list("ledger_id", "ae")
        )
        released = dict(
            TrancheRelease.objects.order_by()
            .values("ledger_id")
            .annotate(total=Sum("amount"))
            .values_list("ledger_id", "total")
        )

    typical = [item for item in opened if item[0] not in heavy_ids]
    rest = max(0, rows - heavy_rows * len(heavy_ids))
    per, extra = divmod(rest, max(1, len(typical)))
    counts = {item[0]: heavy_rows for item in opened if item[0] in heavy_ids}
    for index, item in enumerate(typical):
        counts[item[0]] = per + (1 if index < extra else 0)
    buffer: list[tuple[Any, ...]] = []
    written = 0
    for convention_id, signature, *_ in opened:
        ledger_id = ledger_of[convention_id]
        # What may be committed: the released tranches, within the allocated AE (`Balances.ae_ceiling`).
        ceiling = (
            min(released.get(ledger_id) or allocated[ledger_id], allocated[ledger_id])
            if ledger_id in allocated
            else Decimal(100_000)
        )
        start = signature or datetime.date(2024, 1, 1)
        for row in _movements_for(ledger_id, counts[convention_id], ceiling=Decimal(ceiling), start=start, rng=rng):
            buffer.append(row)
            if len(buffer) >= CHUNK:
                with transaction.atomic():
                    _insert_movements(buffer)
                written += len(buffer)
                buffer = []
    if buffer:
        with transaction.atomic():
            _insert_movements(buffer)
        written += len(buffer)
    return LoadedLedgers(
        opened=len(opened),
        unopened=len(conventions) - len(opened),
        movements=written,
        heavy=heavy_ids,
        typical=[item[0] for item in typical],
        alerts=len(alerts),
        seconds=time.perf_counter() - started,
        rows_per_convention={"heavy": heavy_rows, "typical": per},
    )


def _commit_measured() -> dict[str, Any]:
    """The commit the tree is at, and the files that differ from it (other engineers' work in progress)."""

    def git(*args: str) -> str:
        try:
            return subprocess.run(  # noqa: S603 - fixed git commands
                ["git", *args],  # noqa: S607
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=False,
            ).stdout.rstrip()
        except OSError:
            return ""

    status = [line for line in git("status", "--porcelain").splitlines() if line and not line.startswith("??")]
    untracked = [line[3:] for line in git("status", "--porcelain").splitlines() if line.startswith("??")]
    return {"commit": git("rev-parse", "--short", "HEAD").strip(), "modified": status, "untracked": untracked}


def sql_timings(heavy: list[int], *, repeat: int = 11) -> dict[str, float]:
    """In-process medians (ms) of the reads the pages make, and of what they replaced (same data, same minute).

    `balances_of` reads the per-year running totals the database keeps (migration
    budget/0006) instead of summing every movement, and the timeline groups a ledger's
    movements by date instead of truncating each row's date to its month; the « before »
    figures run the former queries on the same rows, so the comparison does not depend on
    the machine's load at two different times.
    """
    import statistics

    from django.db.models import Count, Sum
    from django.db.models.functions import TruncMonth

    from conventio.budget.models import Ledger, LedgerYearTotal, Movement
    from conventio.budget.services.ledger import balances_of
    from conventio.budget.services.timeline import aggregates

    ledgers = list(Ledger.objects.only("pk", "convention_id"))
    heavy_ledger = Ledger.objects.get(convention_id=heavy[0])
    ids = [ledger.pk for ledger in ledgers]

    def median_ms(call: Any) -> float:
        call()  # warm the caches
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            call()
            times.append((time.perf_counter() - started) * 1000)
        return round(statistics.median(times), 1)

    def movement_sums(ledger_ids: list[int]) -> list[Any]:
        return list(
            Movement.objects.filter(ledger_id__in=ledger_ids)
            .order_by()
            .values("ledger_id", "year")
            .annotate(ae=Sum("ae"), cp=Sum("cp"))
        )

    def months_by_cast() -> list[Any]:
        return list(
            Movement.objects.filter(ledger_id=heavy_ledger.pk)
            .order_by()
            .annotate(month=TruncMonth("date"))
            .values("month")
            .annotate(ae=Sum("ae"), cp=Sum("cp"), n=Count("id"))
        )

    def days() -> list[Any]:
        return list(
            Movement.objects.filter(ledger_id=heavy_ledger.pk)
            .order_by()
            .values_list("date")
            .annotate(ae=Sum("ae"), cp=Sum("cp"), n=Count("id"))
        )

    def year_totals(ledger_ids: list[int]) -> list[Any]:
        return list(
            LedgerYearTotal.objects.filter(ledger_id__in=ledger_ids)
            .order_by()
            .values_list("ledger_id", "year", "committed_ae", "paid_cp")
        )

    return {
        "balances_of, every ledger": median_ms(lambda: balances_of(ledgers)),
        "balances_of, every ledger: year totals query": median_ms(lambda: year_totals(ids)),
        "balances_of, every ledger: before, movements summed per ledger and year": median_ms(
            lambda: movement_sums(ids)
        ),
        "balances, heavy ledger": median_ms(lambda: balances_of([heavy_ledger])),
        "balances, heavy ledger: year totals query": median_ms(lambda: year_totals([heavy_ledger.pk])),
        "balances, heavy ledger: before, movements summed per year": median_ms(
            lambda: movement_sums([heavy_ledger.pk])
        ),
        "timeline, heavy ledger: aggregates() (movements by date, releases)": median_ms(
            lambda: aggregates(heavy_ledger)
        ),
        "timeline, heavy ledger: movement query by date": median_ms(days),
        "timeline, heavy ledger: before, movement query by month (date cast per row)": median_ms(months_by_cast),
    }


def count_queries(paths: dict[str, str], username: str) -> dict[str, dict[str, int]]:
    """SQL queries of each page, and the portfolio's rows, in-process (same settings and data as the HTTP runs)."""
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client as DjangoClient
    from django.test.utils import CaptureQueriesContext

    client = DjangoClient(HTTP_HOST="127.0.0.1")
    client.force_login(get_user_model().objects.get(username=username))
    counts = {}
    for name, path in paths.items():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        if response.status_code != 200:
            raise RuntimeError(f"{path}: HTTP {response.status_code}")
        counts[name] = {"queries": len(captured.captured_queries)}
        body = response.content.decode("utf-8-sig")
        if path.startswith("/portefeuille/") and "format=csv" in path:
            counts[name]["rows"] = body.count("\r\n") - 2  # header and totals lines
        elif path.startswith("/portefeuille/"):
            found = re.search(r'id="result-count"[^>]*>\s*(\d+) convention', body)
            counts[name]["rows"] = int(found.group(1)) if found else 0
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--conventions", type=int, default=2_000)
    parser.add_argument("--rows", type=int, default=1_000_000, help="ledger movements in all")
    parser.add_argument("--heavy", type=int, default=10, help="conventions with --heavy-rows movements each")
    parser.add_argument("--heavy-rows", type=int, default=50_000)
    parser.add_argument("--requests", type=int, default=60, help="timed requests of each kind (>= 50)")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--check", action="store_true", help="exit 1 when the convention page is over 150 ms")
    parser.add_argument("--output", type=Path, default=ROOT / "bench-output" / "execution.json")
    options = parser.parse_args(argv)

    if not serving.postgres_url():
        print("execution benchmark: DATABASE_URL must be PostgreSQL; run `make bench-execution`.", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="conventio-bench-"))
    serving.production_environment(work)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    measured = _commit_measured()
    print(
        f"execution benchmark at {measured['commit']}: PostgreSQL {connection.cursor().connection.info.server_version}"
    )
    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    register = generate(options.conventions, seed=options.seed)
    print(f"  generated {register.conventions} conventions in {register.seconds:.1f} s")
    loaded = load_ledgers(rows=options.rows, heavy=options.heavy, heavy_rows=options.heavy_rows, seed=options.seed)
    print(
        f"  {loaded.opened} ledgers opened ({loaded.unopened} not), {loaded.movements} movements "
        f"({len(loaded.heavy)} × {options.heavy_rows}, ~{loaded.rows_per_convention['typical']} for the others), "
        f"{loaded.alerts} open alerts, in {loaded.seconds:.1f} s"
    )
    step = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
        cursor.execute("SELECT count(*) FROM budget_movement")
        total_rows = cursor.fetchone()[0]
    print(f"  VACUUM ANALYZE in {time.perf_counter() - step:.1f} s; budget_movement holds {total_rows} rows")
    rng = random.Random(options.seed)
    year = 2024
    kinds: dict[str, tuple[str, list[str], str]] = {
        "convention page, heavy": (
            "bench.equipe",
            [f"/conventions/{loaded.heavy[i % len(loaded.heavy)]}/" for i in range(options.requests + 10)],
            "Exécution par exercice",
        ),
        "convention page, typical": (
            "bench.equipe",
            [f"/conventions/{rng.choice(loaded.typical)}/" for _ in range(options.requests + 10)],
            "Exécution par exercice",
        ),
        "portfolio, all": ("bench.equipe", ["/portefeuille/"] * (options.requests + 10), "Portefeuille des"),
        f"portfolio, {year}, by rate": (
            "bench.equipe",
            [f"/portefeuille/?year={year}&sort=-ae_rate"] * (options.requests + 10),
            "Portefeuille des",
        ),
        "portfolio, partner agent": (
            "bench.partenaire",
            ["/portefeuille/"] * (options.requests + 10),
            "Portefeuille des",
        ),
        "portfolio CSV, all": ("bench.equipe", ["/portefeuille/?format=csv"] * (options.requests + 10), "Intitulé;"),
    }
    queries = {
        **count_queries(
            {name: paths[0] for name, (user, paths, _) in kinds.items() if user == "bench.equipe"}, "bench.equipe"
        ),
        **count_queries(
            {name: paths[0] for name, (user, paths, _) in kinds.items() if user != "bench.equipe"}, "bench.partenaire"
        ),
    }
    sql = sql_timings(loaded.heavy)
    print("\n  in-process, same data (median of 11, ms)")
    for name, value in sql.items():
        print(f"  {name:<72} {value:>7.1f}")
    connection.close()

    results: dict[str, Any] = {}
    try:
        with serving.gunicorn(options.workers) as base:
            clients: dict[str, Client] = {}
            for name, (username, paths, marker) in kinds.items():
                if username not in clients:
                    clients[username] = Client(base)
                    clients[username].sign_in(username, PASSWORD)
                client = clients[username]

                def check(status: int, body: str, marker: str = marker) -> bool:
                    return status == 200 and marker in body

                timed(client, paths[:10], check)  # warm-up: the workers' first requests
                results[name] = {**summary(timed(client, paths[10:], check)), **queries[name]}
    finally:
        shutil.rmtree(work, ignore_errors=True)

    passed = True
    print(f"\n  {'request':<30} {'n':>4} {'median':>9} {'p95':>9} {'max':>9} {'queries':>8} {'rows':>6}  target")
    for name, figure in results.items():
        target = ""
        if name.startswith("convention page"):
            ok = figure["median_ms"] < TARGET_MS
            passed &= ok
            target = f"{'PASS' if ok else 'FAIL'} (< {TARGET_MS:.0f} ms median)"
        print(
            f"  {name:<30} {figure['n']:>4} {figure['median_ms']:>7.1f}ms {figure['p95_ms']:>7.1f}ms"
            f" {figure['max_ms']:>7.1f}ms {figure['queries']:>8} {figure.get('rows', ''):>6}  {target}"
        )
    options.output.parent.mkdir(parents=True, exist_ok=True)
    options.output.write_text(
        json.dumps(
            {
                "date": datetime.datetime.now(tz=datetime.UTC).isoformat(timespec="seconds"),
                "measured": measured,
                "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
                "load_average_during_run": [round(load, 2) for load in os.getloadavg()],
                "conventions": register.conventions,
                "ledgers_opened": loaded.opened,
                "movements": total_rows,
                "heavy_conventions": len(loaded.heavy),
                "rows_per_convention": loaded.rows_per_convention,
                "gunicorn_workers": options.workers,
                "load_seconds": round(loaded.seconds, 1),
                "results": results,
                "in_process_ms": sql,
                "passed": passed,
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"\n  {'PASS' if passed else 'FAIL'}: figures written to {options.output} (load average {load})")
    return 1 if options.check and not passed else 0


if __name__ == "__main__":
    sys.exit(main())
