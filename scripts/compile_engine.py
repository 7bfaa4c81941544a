"""Compile the extraction engine with mypyc into build/compiled/ (a full copy of the package).

    .venv/bin/python scripts/compile_engine.py      # make compiled (make bench does it first)

The sources stay plain Python; this builds a second copy of the `conventio` package in
which the modules of `conventio.extraction.compiled.COMPILED_MODULES` are C extensions.
Put `build/compiled` first on `PYTHONPATH` to run it. The copy is built beside the
previous one and swapped in at the end: an interrupted build leaves the old one whole.
Needs a C compiler and the interpreter's headers (gcc and a CPython with its include
files: the project's virtual environment has both on Debian).
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "build" / "compiled"
# Only what the compiled modules' type checking needs: no Django plugin (the engine
# never imports Django), the pydantic plugin for the record's models.
MYPY_CONFIG = """[mypy]
python_version = 3.11
plugins = pydantic.mypy
ignore_missing_imports = True
"""


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from conventio.extraction.compiled import COMPILED_MODULES

    begin = time.perf_counter()
    stage = TARGET.with_name("compiled.partial")
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(
        ROOT / "conventio", stage / "conventio", ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyc")
    )
    (stage / "mypy.ini").write_text(MYPY_CONFIG, encoding="utf-8")
    files = [name.replace(".", "/") + ".py" for name in COMPILED_MODULES]

    from mypyc.build import mypycify
    from setuptools import setup

    os.chdir(stage)
    try:
        extensions = mypycify(["--config-file=mypy.ini", *files], opt_level="3")
        setup(
            name="conventio-compiled",
            ext_modules=extensions,
            script_args=["--quiet", "build_ext", "--inplace", "--parallel", str(os.cpu_count() or 1)],
        )
    except (SystemExit, Exception) as error:  # noqa: BLE001 - mypy's and setuptools' failures end here
        if isinstance(error, SystemExit) and not error.code:
            raise
        print(
            f"compile_engine: the build failed ({error}); the sources still run interpreted. "
            "It needs gcc and the interpreter's C headers: scripts/system-deps.sh installs them.",
            file=sys.stderr,
        )
        os.chdir(ROOT)
        shutil.rmtree(stage, ignore_errors=True)
        return 1
    shutil.rmtree(stage / "build", ignore_errors=True)
    (stage / "mypy.ini").unlink()
    os.chdir(ROOT)
    shutil.rmtree(TARGET, ignore_errors=True)
    stage.rename(TARGET)
    built = sum(1 for _ in TARGET.rglob("*.so"))
    print(
        f"compile_engine: {len(COMPILED_MODULES)} modules compiled with mypyc into "
        f"{TARGET.relative_to(ROOT)} ({built} extension files) in {time.perf_counter() - begin:.0f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
