"""Per (ledger, year) running totals of the movements, kept by the database itself.

`budget_ledgeryeartotal` holds, for each ledger and exercice, the sums of the
movements' AE and CP and their count. An AFTER INSERT trigger on `budget_movement`
adds every new row to them with an upsert, in the same transaction as the INSERT, so
every path that writes movements keeps them exact: the ledger service (ORM), the Chorus
batch (`COPY` on PostgreSQL, `bulk_create` on SQLite), benchmarks, manual SQL.

- PostgreSQL: one *statement-level* trigger with a transition table: a statement
  inserting many rows (a COPY of a million) adds one grouped
  ``INSERT … ON CONFLICT DO UPDATE`` (groups taken in (ledger, year) order, so two
  transactions lock the total rows in the same order and cannot deadlock on them). The
  upsert is safe under concurrent inserts: a conflicting row is locked and re-read, and
  increments commute. A second trigger refuses INSERT, UPDATE and DELETE on the totals
  unless they come from the movement trigger (``pg_trigger_depth() > 1``): no session
  can make them disagree with the rows. (TRUNCATE, a table-owner operation the test
  tooling uses to empty databases, is left to privileges, as in migration 0002.)
- SQLite (≥ 3.24 for UPSERT): a row trigger doing the same upsert; amounts are rounded
  to the cent at each step (SQLite adds decimals as floats). SQLite triggers cannot tell
  who writes, so the totals are read-only from Python only (`LedgerYearTotal` refuses
  saves and bulk writes); Django's `flush` must still be able to empty the table.

Movements are append-only (migration 0002), so the totals never need decrementing. The
migration backfills the totals from the rows already there, with inserts into
`budget_movement` blocked meanwhile (PostgreSQL), then creates the triggers. The budget
app's `post_migrate` handler (`apps.py`) re-creates the SQLite trigger if a table
rebuild dropped it, and then recomputes the totals from the rows.
"""

import django.db.models.deletion
from django.db import migrations, models


MOVEMENTS = "budget_movement"
TOTALS = "budget_ledgeryeartotal"
TRIGGER = "budget_movement_year_totals"
GUARD = "budget_ledgeryeartotal_guard"

POSTGRES_TOTALS_FUNCTION = f"""
CREATE OR REPLACE FUNCTION conventio_ledger_year_totals() RETURNS trigger AS $$
BEGIN
    INSERT INTO {TOTALS} AS total (ledger_id, year, committed_ae, paid_cp, movements)
    SELECT ledger_id, year, SUM(ae), SUM(cp), COUNT(*)
    FROM new_movements GROUP BY ledger_id, year ORDER BY ledger_id, year
    ON CONFLICT (ledger_id, year) DO UPDATE SET
        committed_ae = total.committed_ae + EXCLUDED.committed_ae,
        paid_cp = total.paid_cp + EXCLUDED.paid_cp,
        movements = total.movements + EXCLUDED.movements;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
"""

POSTGRES_GUARD_FUNCTION = """
CREATE OR REPLACE FUNCTION conventio_ledger_year_totals_guard() RETURNS trigger AS $$
BEGIN
    IF pg_trigger_depth() < 2 THEN
        RAISE EXCEPTION 'conventio: ledger year totals are kept by the database, record a movement instead'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
"""

SQLITE_TRIGGER = f"""
CREATE TRIGGER {TRIGGER} AFTER INSERT ON {MOVEMENTS}
BEGIN
    INSERT INTO {TOTALS} (ledger_id, year, committed_ae, paid_cp, movements)
    VALUES (NEW.ledger_id, NEW.year, ROUND(NEW.ae, 2), ROUND(NEW.cp, 2), 1)
    ON CONFLICT (ledger_id, year) DO UPDATE SET
        committed_ae = ROUND(committed_ae + excluded.committed_ae, 2),
        paid_cp = ROUND(paid_cp + excluded.paid_cp, 2),
        movements = movements + 1;
END;
"""

BACKFILL = (
    f"INSERT INTO {TOTALS} (ledger_id, year, committed_ae, paid_cp, movements) "
    f"SELECT ledger_id, year, ROUND(SUM(ae), 2), ROUND(SUM(cp), 2), COUNT(*) FROM {MOVEMENTS} "
    "GROUP BY ledger_id, year ORDER BY ledger_id, year"
)


def create_trigger(schema_editor):
    """The movement trigger (and, on PostgreSQL, the guard of the totals); the totals must be exact already."""
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRES_TOTALS_FUNCTION)
        schema_editor.execute(POSTGRES_GUARD_FUNCTION)
        schema_editor.execute(
            f"CREATE TRIGGER {TRIGGER} AFTER INSERT ON {MOVEMENTS} REFERENCING NEW TABLE AS new_movements "
            "FOR EACH STATEMENT EXECUTE FUNCTION conventio_ledger_year_totals();"
        )
        schema_editor.execute(
            f"CREATE TRIGGER {GUARD} BEFORE INSERT OR UPDATE OR DELETE ON {TOTALS} "
            "FOR EACH ROW EXECUTE FUNCTION conventio_ledger_year_totals_guard();"
        )
    elif vendor == "sqlite":
        schema_editor.execute(SQLITE_TRIGGER)


def backfill(schema_editor):
    """Recompute the totals from the rows (before the guard exists, or with it dropped)."""
    schema_editor.execute(f"DELETE FROM {TOTALS}")
    schema_editor.execute(BACKFILL)


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        # No movement may slip in between the backfill and the trigger (held until the migration commits).
        schema_editor.execute(f"LOCK TABLE {MOVEMENTS} IN SHARE ROW EXCLUSIVE MODE")
    backfill(schema_editor)
    create_trigger(schema_editor)


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {TRIGGER} ON {MOVEMENTS};")
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {GUARD} ON {TOTALS};")
        schema_editor.execute("DROP FUNCTION IF EXISTS conventio_ledger_year_totals();")
        schema_editor.execute("DROP FUNCTION IF EXISTS conventio_ledger_year_totals_guard();")
    elif vendor == "sqlite":
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {TRIGGER};")


class Migration(migrations.Migration):
    dependencies = [("budget", "0005_chorus_import_jobs")]

    operations = [
        migrations.CreateModel(
            name="LedgerYearTotal",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("year", models.PositiveSmallIntegerField(verbose_name="exercice")),
                (
                    "committed_ae",
                    models.DecimalField(
                        decimal_places=2, default=0, max_digits=20, verbose_name="AE engagées (nettes)"
                    ),
                ),
                (
                    "paid_cp",
                    models.DecimalField(decimal_places=2, default=0, max_digits=20, verbose_name="CP payés (nets)"),
                ),
                ("movements", models.PositiveIntegerField(default=0, verbose_name="mouvements")),
                (
                    "ledger",
                    models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="year_totals",
                        to="budget.ledger",
                    ),
                ),
            ],
            options={
                "verbose_name": "total annuel du grand livre",
                "verbose_name_plural": "totaux annuels des grands livres",
                "ordering": ("ledger", "year"),
                "constraints": [models.UniqueConstraint(fields=("ledger", "year"), name="one_total_per_ledger_year")],
            },
        ),
        migrations.RunPython(create, drop),
    ]
