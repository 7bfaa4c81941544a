"""Which engine modules the compiled build turns into C extensions, and whether they are loaded.

The engine is plain Python and runs as such (development, tests, `make run`). For
throughput, `scripts/compile_engine.py` compiles the modules listed here with mypyc into a
separate copy of the package under `build/compiled/` (never next to the sources, where a
stale extension would silently shadow an edited `.py`). Put that directory first on
`PYTHONPATH` and the same code runs compiled: `make bench` does, and CI runs the
extraction tests against it. The two must give byte-identical records.

Left out: the pydantic models (`record.py`, `schema.py`: pydantic builds them at import,
mypyc cannot compile them), the package `__init__` files, and the views of a finished
record (`labels.py`, `summary.py`, `scoring.py`), which are not on the extraction path.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import sys


COMPILED_MODULES: tuple[str, ...] = (
    "conventio.extraction.chorus",
    "conventio.extraction.checks",
    "conventio.extraction.context",
    "conventio.extraction.dates",
    "conventio.extraction.engine",
    "conventio.extraction.errors",
    "conventio.extraction.folding",
    "conventio.extraction.funding_checks",
    "conventio.extraction.money",
    "conventio.extraction.patterns",
    "conventio.extraction.prefilter",
    "conventio.extraction.quantities",
    "conventio.extraction.sections",
    "conventio.extraction.tables",
    "conventio.extraction.text",
    "conventio.extraction.fields.annexes",
    "conventio.extraction.fields.funding",
    "conventio.extraction.fields.funding_accounting",
    "conventio.extraction.fields.funding_amounts",
    "conventio.extraction.fields.funding_codes",
    "conventio.extraction.fields.funding_common",
    "conventio.extraction.fields.funding_tables",
    "conventio.extraction.fields.funding_tranches",
    "conventio.extraction.fields.header",
    "conventio.extraction.fields.legal_bases",
    "conventio.extraction.fields.obligations",
    "conventio.extraction.fields.parties",
    "conventio.extraction.fields.party_words",
    "conventio.extraction.fields.scope",
    "conventio.extraction.fields.signatures",
    "conventio.extraction.fields.terms",
    "conventio.extraction.readers.limits",
    "conventio.extraction.readers.plain",
    "conventio.extraction.readers.sniff",
)


def loaded_compiled() -> list[str]:
    """The modules of `COMPILED_MODULES` this process runs as C extensions (importing them)."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    found = []
    for name in COMPILED_MODULES:
        module = sys.modules.get(name) or importlib.import_module(name)
        if (getattr(module, "__file__", None) or "").endswith(suffixes):
            found.append(name)
    return found


def describe() -> str:
    """One line for reports: « compiled (34/34 modules, mypyc) » or « interpreted »."""
    count = len(loaded_compiled())
    if not count:
        return "interpreted (plain Python)"
    return f"compiled with mypyc ({count}/{len(COMPILED_MODULES)} modules)"
