"""Chorus imports become jobs: the uploaded file, status, progress and heartbeat on the row.

Imports recorded before this migration were all finished (status « terminé »); their
upload time is their start time.
"""

import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


def uploaded_when_started(apps, schema_editor):
    ChorusImport = apps.get_model("budget", "ChorusImport")
    ChorusImport.objects.update(created_at=models.F("started_at"))


class Migration(migrations.Migration):
    dependencies = [
        ("budget", "0004_movement_lookup_indexes"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="chorusimport",
            options={
                "ordering": ("-created_at", "-id"),
                "verbose_name": "import Chorus",
                "verbose_name_plural": "imports Chorus",
            },
        ),
        migrations.AddField(
            model_name="chorusimport",
            name="attempts",
            field=models.PositiveSmallIntegerField(default=0, verbose_name="lancements"),
        ),
        migrations.AddField(
            model_name="chorusimport",
            name="created_at",
            field=models.DateTimeField(default=django.utils.timezone.now, verbose_name="déposé le"),
        ),
        migrations.AddField(
            model_name="chorusimport",
            name="data",
            field=models.BinaryField(blank=True, null=True, verbose_name="contenu"),
        ),
        migrations.AddField(
            model_name="chorusimport",
            name="error",
            field=models.TextField(blank=True, verbose_name="motif du refus"),
        ),
        migrations.AddField(
            model_name="chorusimport",
            name="heartbeat_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="dernier signe de vie"),
        ),
        migrations.AddField(
            model_name="chorusimport",
            name="phase",
            field=models.CharField(blank=True, max_length=20, verbose_name="étape"),
        ),
        migrations.AddField(
            model_name="chorusimport",
            name="progress_done",
            field=models.PositiveBigIntegerField(default=0, verbose_name="avancement"),
        ),
        migrations.AddField(
            model_name="chorusimport",
            name="progress_total",
            field=models.PositiveBigIntegerField(blank=True, null=True, verbose_name="total estimé"),
        ),
        migrations.AddField(
            model_name="chorusimport",
            name="status",
            field=models.CharField(
                choices=[
                    ("pending", "en attente"),
                    ("running", "en cours"),
                    ("done", "terminé"),
                    ("failed", "refusé"),
                ],
                default="done",
                max_length=10,
                verbose_name="état",
            ),
        ),
        migrations.AlterField(
            model_name="chorusimport",
            name="finished_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="terminé le"),
        ),
        migrations.AlterField(
            model_name="chorusimport",
            name="layout",
            field=models.CharField(blank=True, max_length=20, verbose_name="disposition"),
        ),
        migrations.AlterField(
            model_name="chorusimport",
            name="started_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="commencé le"),
        ),
        migrations.AddIndex(
            model_name="chorusimport",
            index=models.Index(fields=["status", "heartbeat_at"], name="chorus_import_status"),
        ),
        migrations.RunPython(uploaded_when_started, migrations.RunPython.noop),
    ]
