"""Drop the single-column indexes of ledger rows that other indexes already serve.

`ledger_id` is the first column of the (ledger, year) and (ledger, ej_number) indexes;
lookups of an EJ's commitment or a DP's payment use the partial unique indexes
`one_commitment_per_ej` and `one_payment_per_dp` (and (ledger, ej_number) within a
ledger). The single-column indexes (and PostgreSQL's `_like` twins of the two text
ones) cost about half of the insertion time of a row, which matters when a Chorus
import writes a million of them. The indexes are dropped by name rather than through
AlterField so that SQLite does not rebuild the table (a rebuild would drop the
append-only triggers of migration 0002).
"""

from django.db import migrations, models


INDEXES = (
    ("budget_movement_ledger_id_fafb55a8", "ledger_id", False),
    ("budget_movement_ej_number_e6e17cb0", "ej_number", True),
    ("budget_movement_dp_number_d0bc1205", "dp_number", True),
)


def drop(apps, schema_editor):
    postgres = schema_editor.connection.vendor == "postgresql"
    for name, _, text in INDEXES:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')
        if postgres and text:
            schema_editor.execute(f'DROP INDEX IF EXISTS "{name}_like"')


def create(apps, schema_editor):
    postgres = schema_editor.connection.vendor == "postgresql"
    for name, column, text in INDEXES:
        schema_editor.execute(f'CREATE INDEX IF NOT EXISTS "{name}" ON "budget_movement" ("{column}")')
        if postgres and text:
            schema_editor.execute(
                f'CREATE INDEX IF NOT EXISTS "{name}_like" ON "budget_movement" ("{column}" varchar_pattern_ops)'
            )


class Migration(migrations.Migration):
    dependencies = [("budget", "0003_chorus_import")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="movement",
                    name="ledger",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=models.deletion.PROTECT,
                        related_name="movements",
                        to="budget.ledger",
                    ),
                ),
                migrations.AlterField(
                    model_name="movement",
                    name="ej_number",
                    field=models.CharField(max_length=20, verbose_name="n° d'engagement juridique"),
                ),
                migrations.AlterField(
                    model_name="movement",
                    name="dp_number",
                    field=models.CharField(blank=True, max_length=20, verbose_name="n° de demande de paiement"),
                ),
            ],
            database_operations=[migrations.RunPython(drop, create)],
        )
    ]
