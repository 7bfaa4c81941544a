"""The committed JSON Schema of the record, generated from the pydantic classes.

The schema is the public contract of the extraction engine's JSON output: consumers
(the register, other administrations' tools) validate against a file with a version
in its name, not against whatever the code happens to produce today. So the file is
generated here, committed, and a test fails when the classes drift from it — a change
to the record is then a deliberate act: run ``make schema`` and, when the change is
incompatible, bump `SCHEMA_VERSION` in ``record.py`` so that a new file is written
beside the old one.

The schema describes the *serialised* record (``mode="serialization"``): amounts are
strings there, which is what a JSON consumer receives.

Run ``python -m conventio.extraction.schema`` to (re)write the file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from conventio.extraction.record import SCHEMA_VERSION, Record


SCHEMA_DIR = Path(__file__).resolve().parent / "schema"
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def schema_id(version: str = SCHEMA_VERSION) -> str:
    """The schema's `$id`: a URN, because no URL serves the file (it ships in the package)."""
    return f"urn:conventio:schema:record:{version}"


def schema_path(version: str = SCHEMA_VERSION) -> Path:
    """Where the schema of `version` is committed."""
    return SCHEMA_DIR / f"record-{version}.schema.json"


def build_schema() -> dict[str, Any]:
    """The JSON Schema of a serialised `Record`, with identification keys first."""
    generated = Record.model_json_schema(mode="serialization")
    header: dict[str, Any] = {
        "$schema": JSON_SCHEMA_DIALECT,
        "$id": schema_id(),
        "title": "conventio record",
        "version": SCHEMA_VERSION,
    }
    # pydantic puts the class docstring in `description` and the class name in `title`;
    # keep the description, replace the title by the contract's name.
    generated.pop("title", None)
    return header | generated


def render_schema(schema: dict[str, Any]) -> str:
    """The file's exact text: stable formatting so that regeneration is byte-identical."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write_schema() -> Path:
    """Write the current version's schema file and return its path."""
    path = schema_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_schema(build_schema()), encoding="utf-8")
    return path


def main() -> int:
    path = write_schema()
    sys.stdout.write(f"wrote {path}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
