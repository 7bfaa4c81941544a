"""`conventio import-chorus FILE` and `manage.py import_chorus FILE`: report, progress bar, exit codes."""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from conventio import cli
from conventio.budget.management.commands.import_chorus import ProgressBar
from conventio.budget.models import ChorusImport, Movement
from conventio.budget.services import ledger
from conventio.register.services import lifecycle
from tests.budget import chorus_files as files
from tests.budget.chorus_files import dp, ej
from tests.register import factories


pytestmark = pytest.mark.django_db

SEP, OCT = datetime.date(2023, 9, 1), datetime.date(2023, 10, 15)


@pytest.fixture(autouse=True)
def fast13():  # type: ignore[no-untyped-def]
    convention = factories.fast13_refugies_info()
    lifecycle.enter_into_force(convention, actor=None, on=datetime.date(2023, 7, 28))
    ledger.open_ledger(convention, actor=None)
    return convention


@pytest.fixture
def extraction(tmp_path: Path) -> Path:
    path = tmp_path / "restitution.csv"
    path.write_bytes(files.csv_bytes([ej("2103000001", "80000", SEP), dp("2103000001", "100000001", "40000", OCT)]))
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["import-chorus", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_imported_file_prints_the_report_and_exits_0(capsys, extraction: Path) -> None:  # type: ignore[no-untyped-def]
    member = factories.programme_team_member()
    code, out, err = run(capsys, str(extraction), "--user", member.username, "--no-progress")
    assert (code, err) == (0, "")
    assert out.startswith("Import Chorus — restitution.csv (CSV, cp1252, restitution (montants par pièce))")
    assert "Pièces (EJ et DP) : 2 nouvelles, 0 modifiées, 0 inchangées, 0 refusées." in out
    assert ChorusImport.objects.get().created_by == member
    code, out, _ = run(capsys, str(extraction), "--json", "--no-progress")
    assert code == 0
    report = json.loads(out)
    assert report["counts"] == {"new": 0, "changed": 0, "unchanged": 2, "refused": 0}
    assert report["actor"] == "système"
    assert Movement.objects.count() == 2


def test_the_progress_bar_is_drawn_on_stderr(capsys, extraction: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, str(extraction), "--progress")
    assert code == 0
    assert "\rLecture   [##############################] 100%  3/3 lignes" in err
    assert "Écriture  [##############################] 100%  1/1 conventions" in err
    assert err.endswith("\n")
    code, _, err = run(capsys, str(extraction))  # not a terminal: no bar unless asked
    assert (code, err) == (0, "")


def test_refused_file_exits_1_and_writes_nothing(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "mauvais.csv"
    path.write_bytes(files.csv_bytes([{**ej("2103000001", "1", SEP), "Montant engagé": "douze"}]))
    code, out, err = run(capsys, str(path))
    assert (code, out) == (1, "")
    assert err.startswith("import-chorus : fichier refusé — mauvais.csv : 1 ligne(s) illisible(s)")
    assert "  - ligne 2, colonne « Montant engagé » : montant illisible « douze »" in err
    assert "Traceback" not in err
    assert not Movement.objects.exists() and not ChorusImport.objects.exists()


@pytest.mark.parametrize("name", ["absent.csv", "garbage.bin"])
def test_unreadable_input_exits_2(capsys, tmp_path: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    if name == "garbage.bin":
        (tmp_path / name).write_bytes(bytes(range(256)) * 20)
    code, out, err = run(capsys, str(tmp_path / name))
    assert (code, out) == (2, "")
    assert err.startswith("import-chorus : fichier illisible — ")
    assert "Traceback" not in err


def test_an_unknown_user_exits_2(capsys, extraction: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, str(extraction), "--user", "personne")
    assert code == 2
    assert "utilisateur inconnu ou désactivé : personne" in err
    assert not Movement.objects.exists()


def test_manage_py_command_shares_the_work(extraction: Path, tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_chorus", str(extraction), "--no-progress", stdout=out, stderr=err)
    assert "2 nouvelles" in out.getvalue()
    with pytest.raises(CommandError) as failed:
        call_command("import_chorus", str(tmp_path / "absent.csv"), stdout=out, stderr=err)
    assert failed.value.returncode == 2


def test_progress_bar_rendering() -> None:
    stream = io.StringIO()
    bar = ProgressBar(stream, enabled=True)
    bar("lecture", 250_000, 1_000_000)
    bar("lecture", 260_000, 1_000_000)  # within a tenth of a second: not redrawn
    bar("lecture", 1_000_000, 1_000_000)
    bar("écriture", 7, None)
    bar.close()
    assert stream.getvalue() == (
        "\rLecture   [#######-----------------------]  25%  250 000/1 000 000 lignes"
        "\rLecture   [##############################] 100%  1 000 000/1 000 000 lignes\n"
        "\rÉcriture  7 conventions\n"
    )
    silent = io.StringIO()
    ProgressBar(silent, enabled=False)("lecture", 1, 2)
    assert silent.getvalue() == ""
