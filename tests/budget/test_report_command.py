"""`conventio execution-report` and `manage.py execution_report`: the file written, and one clear line when refused."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import pypdfium2
import pytest
from django.core.management import CommandError, call_command
from openpyxl import load_workbook

from conventio import cli
from conventio.trust.models import MemberRole
from tests.budget.test_report_execution import open_fast13, replay_fast13
from tests.register import factories
from tests.web.test_permissions import member


pytestmark = pytest.mark.django_db


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["execution-report", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def fast13() -> Any:
    return replay_fast13(open_fast13())


def test_writes_the_pdf_and_the_xlsx(capsys: pytest.CaptureFixture[str], fast13: Any, tmp_path: Path) -> None:
    target = tmp_path / "rapport.pdf"
    code, out, err = run(capsys, str(fast13.pk), "--format", "pdf", "-o", str(target), "--date", "2024-07-15")
    assert (code, err) == (0, "")
    assert str(target) in out
    document = pypdfium2.PdfDocument(target.read_bytes())
    try:
        assert "15 juillet 2024" in document[0].get_textpage().get_text_range()
    finally:
        document.close()
    sheet = tmp_path / "rapport.xlsx"
    code, _, err = run(capsys, str(fast13.pk), "--format", "xlsx", "-o", str(sheet))
    assert (code, err) == (0, "")
    assert load_workbook(io.BytesIO(sheet.read_bytes())).sheetnames[0] == "Synthèse"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["rapport.pdf", "rapport.xlsx"]  # no temporary left


def test_finds_the_convention_by_its_reference(
    capsys: pytest.CaptureFixture[str], fast13: Any, tmp_path: Path
) -> None:
    fast13.reference = "PRMX2300001X"
    fast13.save(update_fields=["reference"])
    code, _, err = run(capsys, "prmx2300001x", "-o", str(tmp_path / "r.pdf"))
    assert (code, err) == (0, "")


def test_unknown_convention_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    code, out, err = run(capsys, "9999", "-o", str(target))
    assert code == 2 and out == ""
    assert err == "execution-report : aucune convention n'a l'identifiant ou la référence « 9999 ».\n"
    assert not target.exists()


def test_refusals(capsys: pytest.CaptureFixture[str], fast13: Any, tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    stranger = member("agent-ailleurs", "DJEPVA", MemberRole.AGENT)
    code, _, err = run(capsys, str(fast13.pk), "-o", str(target), "--user", stranger.username)
    assert code == 1 and err.count("\n") == 1 and "n'a pas accès" in err
    code, _, err = run(capsys, str(fast13.pk), "-o", str(target), "--user", "personne")
    assert code == 2 and "utilisateur inconnu" in err
    code, _, err = run(capsys, str(fast13.pk), "-o", str(target), "--date", "15/07/2024")
    assert code == 2 and "date invalide" in err
    code, _, err = run(capsys, str(fast13.pk), "-o", str(tmp_path / "absent" / "r.pdf"))
    assert code == 2 and "impossible d'écrire" in err
    assert not target.exists()
    without_ledger = factories.djepva_api_engagement()
    code, _, err = run(capsys, str(without_ledger.pk), "-o", str(target))
    assert code == 1 and "suivi budgétaire" in err and err.count("\n") == 1
    assert not target.exists()


def test_a_wrong_format_is_a_usage_error(capsys: pytest.CaptureFixture[str], fast13: Any) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["execution-report", str(fast13.pk), "--format", "docx"])
    assert exit_info.value.code == 2


def test_manage_py_command(fast13: Any, tmp_path: Path) -> None:
    target = tmp_path / "r.xlsx"
    call_command("execution_report", str(fast13.pk), "--format", "xlsx", "-o", str(target), stdout=io.StringIO())
    assert target.read_bytes().startswith(b"PK")
    with pytest.raises(CommandError) as error:
        call_command("execution_report", "0", "-o", str(tmp_path / "x.pdf"), stderr=io.StringIO())
    assert error.value.returncode == 2


def test_the_report_file_gets_the_usual_mode_not_a_private_temporary_one(
    capsys: pytest.CaptureFixture[str], fast13: Any, tmp_path: Path
) -> None:
    target = tmp_path / "rapport.pdf"
    previous = os.umask(0o022)
    try:
        code, _, _ = run(capsys, str(fast13.pk), "--format", "pdf", "-o", str(target))
    finally:
        os.umask(previous)
    assert code == 0
    assert target.stat().st_mode & 0o777 == 0o644
