"""The extraction engine is pure Python: importing or running it never loads Django.

Checked in a fresh interpreter (the test process itself has Django loaded by
pytest-django), once through the library and once through ``conventio extract``.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import conventio.extraction
from tests.conftest import DJEPVA, FAST13


EXTRACTION_DIR = Path(conventio.extraction.__file__).resolve().parent


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120)


def test_importing_and_running_the_engine_does_not_load_django() -> None:
    result = _run(
        "import sys\n"
        "from pathlib import Path\n"
        "import conventio.extraction\n"
        "from conventio.extraction import extract_path\n"
        "from conventio.extraction.labels import to_labels\n"
        "from conventio.extraction.schema import build_schema\n"
        "from conventio.extraction.summary import summarise\n"
        f"for name in ({str(FAST13)!r}, {str(DJEPVA)!r}):\n"
        "    record = extract_path(Path(name))\n"
        "    record.model_dump_json(); to_labels(record); summarise(record)\n"
        "build_schema()\n"
        "loaded = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.'))\n"
        "print(loaded)\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_conventio_extract_does_not_load_django() -> None:
    result = _run(
        "import sys\n"
        "from conventio.cli import main\n"
        f"code = main(['extract', {str(FAST13)!r}, '--format', 'summary'])\n"
        "sys.stdout.flush()\n"
        "sys.stderr.write(repr((code, 'django' in sys.modules)))\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == "(0, False)"


def test_no_extraction_module_imports_django() -> None:
    # Also catches imports inside functions, which the runtime checks above only see when called.
    offenders = []
    for path in sorted(EXTRACTION_DIR.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(name == "django" or name.startswith("django.") for name in names):
                offenders.append(f"{path.relative_to(EXTRACTION_DIR)}:{node.lineno}")
    assert offenders == []
