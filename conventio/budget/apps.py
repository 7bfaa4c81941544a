from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate


class BudgetConfig(AppConfig):
    name = "conventio.budget"
    label = "budget"
    verbose_name = "exécution budgétaire"

    def ready(self) -> None:
        post_migrate.connect(ensure_ledger_triggers, sender=self)
        post_migrate.connect(ensure_year_totals_trigger, sender=self)


def ensure_ledger_triggers(sender: Any, using: str = "default", **kwargs: Any) -> None:
    """Put the append-only triggers back on SQLite after a flush (tests empty the database).

    Migration 0002 creates them; emptying a SQLite database for the next test needs them
    dropped (`tests/conftest.py`), and Django sends `post_migrate` after every flush: this
    makes sure no test ever runs on a ledger that accepts UPDATE or DELETE.
    """
    from importlib import import_module

    from django.db import connections

    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        tables = {row[0] for row in cursor.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()}
        present = {row[0] for row in cursor.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall()}
    migration = import_module("conventio.budget.migrations.0002_append_only_ledger")
    if not set(migration.LEDGER_TABLES) <= tables or any(
        f"{table}_no_update" in present for table in migration.LEDGER_TABLES
    ):
        return
    with connection.schema_editor() as editor:
        migration.create(None, editor)


def ensure_year_totals_trigger(sender: Any, using: str = "default", **kwargs: Any) -> None:
    """SQLite: put back the trigger that keeps the ledger year totals (migration 0006) if it is gone.

    A SQLite table rebuild (an AlterField on `budget_movement`) drops the table's triggers;
    rows inserted meanwhile would be missing from the totals, so when the trigger has to
    be re-created the totals are first recomputed from the rows. PostgreSQL never loses it.
    """
    from importlib import import_module

    from django.db import connections

    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    migration = import_module("conventio.budget.migrations.0006_ledger_year_totals")
    with connection.cursor() as cursor:
        tables = {row[0] for row in cursor.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()}
        present = {row[0] for row in cursor.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall()}
    if not {migration.MOVEMENTS, migration.TOTALS} <= tables or migration.TRIGGER in present:
        return
    with connection.schema_editor() as editor:
        migration.backfill(editor)
        migration.create_trigger(editor)
