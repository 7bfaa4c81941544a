"""``conventio ingest`` and ``manage.py ingest``: good and bad inputs, one line per file, exit codes.

In-process through `call_command` (fast, on the test database), and as a real command
in a subprocess against a temporary SQLite database migrated with ``manage.py migrate``.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from conventio.core.models import AuditEvent
from conventio.register.enums import IngestionStatus
from conventio.register.models import Convention, Ingestion, SourceDocument
from tests.builders import build_docx
from tests.conftest import DJEPVA, FAST13, ROOT
from tests.register import factories


CONVENTIO = Path(sys.executable).with_name("conventio")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Both seeds, and files the command must refuse, in one folder (with a hidden file it skips)."""
    shutil.copy(FAST13, tmp_path / "fast13.txt")
    shutil.copy(DJEPVA, tmp_path / "djepva.txt")
    (tmp_path / "garbage.bin").write_bytes(random.Random(2).randbytes(3000))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "notes.txt").write_text("Penser à rappeler le service achats demain.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_bytes(FAST13.read_bytes())
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    """`manage.py ingest ARGS` in process: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("ingest", *args, stdout=out, stderr=err)
    except CommandError as error:
        return error.returncode, out.getvalue(), err.getvalue()
    return 0, out.getvalue(), err.getvalue()


# ----------------------------------------------------------------------- in process


@pytest.mark.django_db
def test_one_file_waits_for_review() -> None:
    code, out, err = run(str(FAST13))
    ingestion = Ingestion.objects.get()
    assert code == 0 and err == ""
    assert out == f"{FAST13} : en attente de relecture : http://localhost:8000/relecture/{ingestion.pk}/\n"
    assert ingestion.status == IngestionStatus.PENDING and ingestion.created_by is None
    assert not Convention.objects.exists()
    event = AuditEvent.objects.get(scope=f"ingestion:{ingestion.pk}")
    assert event.actor_label == "système"


@pytest.mark.django_db
def test_the_same_file_again_changes_nothing() -> None:
    run(str(FAST13))
    before = (SourceDocument.objects.count(), Ingestion.objects.count(), AuditEvent.objects.count())
    code, out, _ = run(str(FAST13))
    assert code == 0
    assert out == f"{FAST13} : déjà déposé, rien n'a été modifié (en attente de relecture).\n"
    assert (SourceDocument.objects.count(), Ingestion.objects.count(), AuditEvent.objects.count()) == before


@pytest.mark.django_db
def test_a_folder_one_line_per_file_and_exit_2_when_some_are_refused(folder: Path) -> None:
    code, out, err = run(str(folder), str(folder / "absent.pdf"))
    assert code == 2
    pks = dict(Ingestion.objects.values_list("document__name", "pk"))
    assert out.splitlines() == [  # path order; the hidden file is skipped
        f"{folder / name} : en attente de relecture : http://localhost:8000/relecture/{pks[name]}/"
        for name in ("djepva.txt", "fast13.txt")
    ]
    refused = dict(line.split(" : refusé : ") for line in err.splitlines())
    assert refused == {
        str(folder / "empty.txt"): "Le fichier est vide.",
        str(folder / "garbage.bin"): "Format non reconnu : seuls les documents PDF, Word (DOCX), HTML et texte "
        "sont acceptés.",
        str(folder / "notes.txt"): "Ce document ne ressemble pas à une convention : ni intitulé, ni parties, ni "
        "montants, ni date de signature n'ont pu y être lus.",
        str(folder / "absent.pdf"): "fichier ou dossier introuvable",
    }
    assert sorted(SourceDocument.objects.values_list("name", flat=True)) == ["djepva.txt", "fast13.txt"]


@pytest.mark.django_db
def test_register_registers_and_audits_that_no_human_reviewed() -> None:
    code, out, err = run("--register", str(FAST13))
    convention = Convention.objects.get()
    assert code == 0 and err == ""
    assert out == f"{FAST13} : enregistré sans relecture : http://localhost:8000/conventions/{convention.pk}/\n"
    event = AuditEvent.objects.get(scope=convention.scope, action__endswith="registered_without_review")
    assert "sans relecture humaine" in event.message
    assert Ingestion.objects.get().status == IngestionStatus.REGISTERED


@pytest.mark.django_db
def test_register_never_registers_a_look_alike_blindly(tmp_path: Path) -> None:
    run("--register", str(FAST13))
    docx = tmp_path / "fast13.docx"
    docx.write_bytes(build_docx(FAST13.read_text(encoding="utf-8")))
    code, out, err = run("--register", str(docx))
    assert code == 2 and out == ""
    assert err.startswith(f"{docx} : non enregistré : il ressemble à une convention déjà enregistrée")
    assert "en attente de relecture : http://localhost:8000/relecture/" in err
    assert Convention.objects.count() == 1
    assert Ingestion.objects.filter(status=IngestionStatus.PENDING).count() == 1


@pytest.mark.django_db
def test_acting_user() -> None:
    agent = factories.user("agent")
    code, _, _ = run("--user", "agent", str(FAST13))
    assert code == 0
    assert Ingestion.objects.get().created_by == agent


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--user", "fantome"], "utilisateur inconnu : fantome"),
        (["--user", "parti"], "n'a pas le droit de déposer des documents"),
    ],
)
def test_bad_users_are_bad_usage(args: list[str], message: str) -> None:
    factories.user("parti", is_active=False)
    code, out, err = run(*args, str(FAST13))
    assert code == 1 and out == ""
    assert message in err
    assert not SourceDocument.objects.exists()


@pytest.mark.django_db
def test_no_path_is_bad_usage() -> None:
    with pytest.raises(CommandError) as caught:
        call_command("ingest")
    assert caught.value.returncode == 1


@pytest.mark.django_db
def test_a_file_over_the_cap_is_refused_unread(settings: Any) -> None:
    settings.CONVENTIO_MAX_UPLOAD_BYTES = 1024
    code, _, err = run(str(FAST13))
    assert code == 2 and "taille maximale" in err
    assert not SourceDocument.objects.exists()


# ------------------------------------------------------------------------ subprocess


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite database migrated once by `manage.py migrate`; each test works on a copy."""
    database = tmp_path_factory.mktemp("db") / "template.sqlite3"
    result = subprocess.run(
        [sys.executable, "manage.py", "migrate", "-v", "0"],
        cwd=ROOT,
        env=_env(database),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return database


@pytest.fixture
def database(migrated: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    copy = tmp_path_factory.mktemp("db") / "conventio.sqlite3"
    shutil.copy(migrated, copy)
    yield copy


def _env(database: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("DJANGO_SETTINGS_MODULE", None)  # the command's own default: the development settings
    env["DATABASE_URL"] = f"sqlite:///{database}"
    env["CONVENTIO_VAR_DIR"] = str(database.parent)
    return env


def conventio(database: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CONVENTIO), *args], cwd=ROOT, env=_env(database), capture_output=True, text=True, timeout=300
    )


def test_command_line_good_and_bad_files(database: Path, folder: Path) -> None:
    result = conventio(database, "ingest", str(folder))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(" : ")[0] for line in lines] == [str(folder / "djepva.txt"), str(folder / "fast13.txt")]
    assert all(" : en attente de relecture : http://localhost:8000/relecture/" in line for line in lines)
    assert sorted(line.split(" : refusé : ")[0] for line in result.stderr.splitlines()) == [
        str(folder / "empty.txt"),
        str(folder / "garbage.bin"),
        str(folder / "notes.txt"),
    ]
    again = conventio(database, "ingest", str(folder / "fast13.txt"))
    assert again.returncode == 0
    assert again.stdout == f"{folder / 'fast13.txt'} : déjà déposé, rien n'a été modifié (en attente de relecture).\n"


def test_command_line_register(database: Path) -> None:
    result = conventio(database, "ingest", "--register", str(FAST13), str(DJEPVA))
    assert result.returncode == 0, result.stderr
    assert [line.split(" : ")[1] for line in result.stdout.splitlines()] == ["enregistré sans relecture"] * 2


@pytest.mark.parametrize(
    ("args", "words"),
    [
        ([], "the following arguments are required: PATH"),
        (["--user", "fantome", str(FAST13)], "utilisateur inconnu : fantome"),
        (["--bogus", str(FAST13)], "unrecognized arguments: --bogus"),
    ],
)
def test_command_line_bad_usage_exits_1(database: Path, args: list[str], words: str) -> None:
    result = conventio(database, "ingest", *args)
    assert result.returncode == 1
    assert words in result.stderr and "Traceback" not in result.stderr


def test_command_line_bad_paths_exit_2(database: Path, tmp_path: Path) -> None:
    result = conventio(database, "ingest", str(tmp_path / "absent.docx"), str(tmp_path))
    assert result.returncode == 2
    assert f"{tmp_path / 'absent.docx'} : refusé : fichier ou dossier introuvable" in result.stderr
    assert "Traceback" not in result.stderr


def test_command_line_without_a_migrated_database(tmp_path: Path) -> None:
    result = conventio(tmp_path / "empty.sqlite3", "ingest", str(FAST13))
    assert result.returncode == 2
    assert "base de données indisponible ou non migrée" in result.stderr
    assert "Traceback" not in result.stderr


def test_extract_still_never_loads_django() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from conventio.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    status = main(['extract', {str(FAST13)!r}])\n"
        "assert status == 0, status\n"
        "assert not [m for m in sys.modules if m == 'django' or m.startswith('django.')], 'Django was loaded'\n"
    )
    env = dict(os.environ)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
