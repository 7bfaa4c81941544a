"""The ``conventio extract`` command: formats, folders, exit codes, and bad input.

Most tests call `main()` in-process (fast, output captured); a few run the installed
console script in a subprocess for what only a real process shows (entry point,
closed pipe).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from conventio import cli
from conventio.extraction import extract_path
from conventio.extraction.labels import LABEL_KEYS, to_labels
from conventio.extraction.readers.limits import MAX_INPUT_BYTES, MAX_TEXT_BYTES
from conventio.extraction.record import Finding, Record, Severity
from tests.builders import build_docx, build_html, build_pdf
from tests.conftest import CORPUS, DJEPVA, FAST13, SEEDS


SCRIPT = Path(sys.executable).parent / "conventio"


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = cli.main(["extract", *map(str, argv)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def error_lines(err: str) -> list[str]:
    lines = err.splitlines()
    assert "Traceback" not in err
    assert all(line.startswith("conventio: ") for line in lines), err
    return lines


def walk(value: Any) -> Any:
    """Every scalar of a JSON/YAML tree."""
    if isinstance(value, dict):
        for item in value.values():
            yield from walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from walk(item)
    else:
        yield value


# ------------------------------------------------------------------------------ formats


def test_one_file_gives_one_pretty_json_record(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, FAST13)
    assert (code, err) == (0, "")
    assert out.startswith("{\n  ")
    record = Record.model_validate_json(out)
    assert record.source.name == FAST13.name
    assert record.source.sha256 == hashlib.sha256(FAST13.read_bytes()).hexdigest()
    assert record.model_dump(mode="json") == extract_path(FAST13).model_dump(mode="json")


def test_a_folder_gives_json_lines_in_path_order(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, SEEDS)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert [json.loads(line)["source"]["name"] for line in lines] == [FAST13.name, DJEPVA.name]


def test_several_files_give_json_lines_in_argument_order(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, DJEPVA, FAST13)
    assert code == 0
    assert [json.loads(line)["source"]["name"] for line in out.splitlines()] == [DJEPVA.name, FAST13.name]


def test_labels_format_is_the_labels_view(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, FAST13, "--format", "labels")
    assert code == 0
    labels = json.loads(out)
    assert tuple(labels) == LABEL_KEYS
    assert labels == json.loads(json.dumps(to_labels(extract_path(FAST13))))
    assert labels["doc"] == FAST13.name
    assert "\n  " in out  # pretty for one file

    code, out, _ = run(capsys, SEEDS, "--format", "labels")
    assert [json.loads(line)["doc"] for line in out.splitlines()] == [FAST13.name, DJEPVA.name]


def test_yaml_format_matches_the_json_record_with_amounts_as_strings(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, DJEPVA, "--format", "yaml")
    assert code == 0
    loaded = yaml.safe_load(out)
    assert loaded == extract_path(DJEPVA).model_dump(mode="json")
    assert not any(isinstance(value, float) for value in walk(loaded))

    code, out, _ = run(capsys, SEEDS, "--format", "yaml")
    documents = list(yaml.safe_load_all(out))
    assert [document["source"]["name"] for document in documents] == [FAST13.name, DJEPVA.name]


def test_summary_format_prints_one_french_summary_per_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, SEEDS, "--format", "summary")
    assert code == 0
    assert out.count("=== ") == 2
    assert out.index(f"=== {FAST13.name} ===") < out.index(f"=== {DJEPVA.name} ===")
    for heading in ("Titre :", "Nature :", "Dates", "Financement", "Imputation Chorus", "Constats"):
        assert heading in out


def test_unknown_output_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["extract", str(FAST13), "--format", "xml"])
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


# --------------------------------------------------------------------------- exit codes


def test_seeds_and_corpus_extract_without_any_error_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, SEEDS, CORPUS / "docs")
    assert err == ""  # in particular, no "internal error while extracting"
    assert code == 0
    assert len(out.splitlines()) == 2 + len(list((CORPUS / "docs").iterdir()))


def test_strict_exit_code_follows_error_findings_on_the_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [*sorted(SEEDS.iterdir()), *sorted((CORPUS / "docs").iterdir())]
    with_errors = any(f.severity == Severity.ERROR for path in paths for f in extract_path(path).findings)
    code, _, err = run(capsys, SEEDS, CORPUS / "docs", "--strict")
    assert err == ""
    assert code == (1 if with_errors else 0)


def test_strict_exits_1_on_an_error_finding_and_0_without(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_extract = cli.extract_bytes

    def with_error(data: bytes, *, name: str | None = None) -> Record:
        record = real_extract(data, name=name)
        record.findings.append(Finding(severity=Severity.ERROR, code="test", message="Erreur de test."))
        return record

    monkeypatch.setattr(cli, "extract_bytes", with_error)
    assert run(capsys, FAST13)[0] == 0  # without --strict, findings do not change the exit code
    assert run(capsys, FAST13, "--strict")[0] == 1


def test_unreadable_input_wins_over_strict(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    code, _, err = run(capsys, FAST13, tmp_path / "empty.txt", "--strict")
    assert code == 2
    assert len(error_lines(err)) == 1


# ---------------------------------------------------------------------------- bad input


def test_nonexistent_path(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "missing.pdf"
    code, out, err = run(capsys, missing)
    assert (code, out) == (2, "")
    assert error_lines(err) == [f"conventio: {missing}: No such file or directory"]


def test_empty_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, err = run(capsys, tmp_path / "empty.txt")
    assert (code, out) == (2, "")
    assert error_lines(err) == [f"conventio: {tmp_path / 'empty.txt'}: the file is empty"]


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"\x00" * 4096, id="nul-bytes"),
        pytest.param(bytes(range(256)) * 64, id="all-bytes"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00\x10" * 500, id="png"),
        pytest.param(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", id="truncated-pdf"),
        pytest.param(b"PK\x03\x04\x14\x00\x00\x00garbage", id="truncated-zip"),
    ],
)
def test_garbage_gets_one_line_and_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "input.bin"
    path.write_bytes(content)
    code, out, err = run(capsys, path)
    assert (code, out) == (2, "")
    (line,) = error_lines(err)
    assert line.startswith(f"conventio: {path}: ")
    assert "internal error" not in line


def test_cp1252_text_is_read(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = "Convention de délégation de gestion\nFait à Paris, le 3 février 2021\n"
    path = tmp_path / "cp1252.txt"
    path.write_bytes(text.encode("cp1252"))
    code, out, err = run(capsys, path)
    assert (code, err) == (0, "")  # the text reader falls back to cp1252
    assert Record.model_validate_json(out).source.characters == len(text)


def test_oversized_files_are_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:  # sparse: refused on its size, never read
        handle.truncate(MAX_INPUT_BYTES + 1)
    text = tmp_path / "long.txt"
    text.write_bytes(b"Convention de gestion. " * (MAX_TEXT_BYTES // 23 + 1))
    code, out, err = run(capsys, huge, text)
    assert (code, out) == (2, "")
    lines = error_lines(err)
    assert [line.split(": ")[1] for line in lines] == [str(huge), str(text)]
    assert all("limit" in line for line in lines)


def _encrypted_pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, encrypt="secret")
    canvas.drawString(72, 720, "Convention de délégation de gestion")
    canvas.save()
    return out.getvalue()


def _zip_bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (40 * 1024 * 1024))
    return out.getvalue()


@pytest.mark.parametrize(
    "build",
    [
        pytest.param(_encrypted_pdf, id="encrypted-pdf"),
        pytest.param(lambda: build_pdf(FAST13.read_text())[:3000], id="truncated-pdf"),
        pytest.param(lambda: build_docx(FAST13.read_text())[:5000], id="truncated-docx"),
        pytest.param(_zip_bomb, id="docx-zip-bomb"),
    ],
)
def test_damaged_documents_get_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, build: Callable[[], bytes]
) -> None:
    path = tmp_path / "convention"
    path.write_bytes(build())
    code, out, err = run(capsys, path)
    assert (code, out) == (2, "")
    (line,) = error_lines(err)
    assert line.startswith(f"conventio: {path}: ")
    assert "internal error" not in line


@pytest.mark.parametrize("build", [build_pdf, build_docx, build_html], ids=["pdf", "docx", "html"])
def test_pdf_docx_and_html_conventions_extract_like_their_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, build: Callable[[str], bytes]
) -> None:
    path = tmp_path / "fast13.bin"
    path.write_bytes(build(FAST13.read_text()))
    code, out, err = run(capsys, path, "--format", "labels")
    assert (code, err) == (0, "")
    labels = json.loads(out)
    expected = to_labels(extract_path(FAST13))
    for key in ("kind", "signature_date", "signature_place", "end_date", "notice_period_months"):
        assert labels[key] == expected[key], key
    assert [party["role"] for party in labels["parties"]] == [party["role"] for party in expected["parties"]]


def test_a_fifo_named_on_the_command_line_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    code, _, err = run(capsys, fifo)
    assert code == 2
    assert error_lines(err) == [f"conventio: {fifo}: not a regular file"]


def test_a_folder_reports_each_bad_file_and_carries_on(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    shutil.copy(FAST13, tmp_path / "b_good.txt")
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "c_binary.bin").write_bytes(b"\x00" * 100)
    (tmp_path / "d_dangling").symlink_to(tmp_path / "nowhere")
    code, out, err = run(capsys, tmp_path)
    assert code == 2
    assert [json.loads(line)["source"]["name"] for line in out.splitlines()] == ["b_good.txt"]
    lines = error_lines(err)
    assert [line.split(": ")[1] for line in lines] == [
        str(tmp_path / name) for name in ("a_empty.txt", "c_binary.bin", "d_dangling")
    ]


def test_folders_are_walked_recursively_skipping_hidden_and_special_entries(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / ".git").mkdir()
    for relative in ("b.txt", "a.txt", "a/c.txt", ".hidden.txt", ".git/config.txt"):
        shutil.copy(FAST13, tmp_path / relative)
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "empty_folder").mkdir()
    code, out, err = run(capsys, tmp_path, "--format", "labels")
    assert (code, err) == (0, "")
    # Path order: the folder "a" sorts before the file "a.txt".
    assert [json.loads(line)["doc"] for line in out.splitlines()] == ["c.txt", "a.txt", "b.txt"]


def test_an_empty_folder_says_so_without_failing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, tmp_path)
    assert (code, out) == (0, "")
    assert error_lines(err) == [f"conventio: {tmp_path}: no file to extract"]


def test_a_folder_that_cannot_be_listed_is_reported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    shutil.copy(FAST13, tmp_path / "good.txt")
    if os.geteuid() != 0:
        locked.chmod(0)
    else:  # root reads everything: make the listing fail the way a permission error does
        real_scandir = os.scandir

        def scandir(path: Any = ".") -> Any:
            if Path(path) == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return real_scandir(path)

        monkeypatch.setattr(os, "scandir", scandir)
    try:
        code, out, err = run(capsys, tmp_path)
    finally:
        locked.chmod(0o700)
    assert code == 2
    assert len(out.splitlines()) == 1
    assert error_lines(err) == [f"conventio: {locked}: Permission denied"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a file whatever its mode")
def test_an_unreadable_file_is_reported(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    shutil.copy(FAST13, path)
    path.chmod(0)
    code, _, err = run(capsys, path)
    assert code == 2
    (line,) = error_lines(err)
    assert line.startswith(f"conventio: {path}: ") and line.endswith("Permission denied")


def test_an_undecodable_file_name_does_not_crash_the_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    name = os.fsdecode(b"convention-\xe9t\xe9.txt")
    shutil.copy(FAST13, tmp_path / name)
    code, out, err = run(capsys, tmp_path / name, "--format", "labels")
    assert (code, err) == (0, "")
    assert json.loads(out)["doc"] == "convention-\ufffdt\ufffd.txt"


def test_an_unexpected_exception_is_one_line_and_the_run_goes_on(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_extract = cli.extract_bytes

    def fragile(data: bytes, *, name: str | None = None) -> Record:
        if name == FAST13.name:
            raise ZeroDivisionError("boom")
        return real_extract(data, name=name)

    monkeypatch.setattr(cli, "extract_bytes", fragile)
    code, out, err = run(capsys, SEEDS)
    assert code == 2
    assert [json.loads(line)["source"]["name"] for line in out.splitlines()] == [DJEPVA.name]
    assert error_lines(err) == [
        f"conventio: {FAST13}: internal error while extracting (ZeroDivisionError: boom); please report it"
    ]


# ------------------------------------------------------------------- the real process


def test_console_script_runs_and_stops_quietly_on_a_closed_pipe(tmp_path: Path) -> None:
    # Enough records to overflow the pipe buffer after the reader has gone.
    for index in range(60):
        shutil.copy(DJEPVA, tmp_path / f"{index:03}.txt")
    process = subprocess.Popen([str(SCRIPT), "extract", str(tmp_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    err = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=60) == 0
    assert json.loads(first)["source"]["name"] == "000.txt"
    assert err == ""


def test_console_script_exit_code_and_stderr_for_a_missing_file(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(SCRIPT), "extract", str(tmp_path / "nope.docx")], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"conventio: {tmp_path / 'nope.docx'}: No such file or directory\n"


def test_console_script_without_a_command_prints_usage() -> None:
    result = subprocess.run([str(SCRIPT)], capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert result.stderr.startswith("usage: conventio")
