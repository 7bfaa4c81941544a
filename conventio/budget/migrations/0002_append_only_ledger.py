"""The database itself refuses UPDATE and DELETE on ledger rows (DESIGN rule 6).

Enforced in PostgreSQL (production) by a trigger function, and in SQLite (the
embedded default) by triggers that abort: not only in Python, so no code path, admin
action or manual SQL session can edit or remove money once recorded. (TRUNCATE, a
table-owner operation used by test tooling to empty databases, is left to database
privileges: production runs the app with a role that does not own the tables.)
"""

from django.db import migrations


LEDGER_TABLES = ("budget_allocation", "budget_trancherelease", "budget_movement")

POSTGRES_FUNCTION = """
CREATE OR REPLACE FUNCTION conventio_ledger_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'conventio: %% on %% is refused: ledger rows are append-only, record a reversal instead',
        TG_OP, TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;
"""


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRES_FUNCTION)
        for table in LEDGER_TABLES:
            schema_editor.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION conventio_ledger_append_only();"
            )
    elif vendor == "sqlite":
        for table in LEDGER_TABLES:
            for operation in ("UPDATE", "DELETE"):
                schema_editor.execute(
                    f"CREATE TRIGGER {table}_no_{operation.lower()} BEFORE {operation} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, 'conventio: {operation} on {table} is refused: "
                    f"ledger rows are append-only, record a reversal instead'); END;"
                )


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for table in LEDGER_TABLES:
        if vendor == "postgresql":
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table};")
        elif vendor == "sqlite":
            for operation in ("update", "delete"):
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_no_{operation};")
    if vendor == "postgresql":
        schema_editor.execute("DROP FUNCTION IF EXISTS conventio_ledger_append_only();")


class Migration(migrations.Migration):
    dependencies = [("budget", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
