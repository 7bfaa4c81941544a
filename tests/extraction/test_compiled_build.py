"""The compiled build is what runs when CI says so (CONVENTIO_ENGINE=compiled), never silently the sources."""

from __future__ import annotations

import os

import pytest

from conventio.extraction import compiled


def test_the_engine_runs_as_the_run_says() -> None:
    loaded = compiled.loaded_compiled()
    if os.environ.get("CONVENTIO_ENGINE") == "compiled":
        # scripts/run-tests.sh runs tests/extraction again on build/compiled: every listed
        # module must come from there, or that run would test the sources twice.
        assert loaded == list(compiled.COMPILED_MODULES)
    else:
        assert loaded == [] or loaded == list(compiled.COMPILED_MODULES)
        if loaded:
            pytest.skip("build/compiled is on the path without CONVENTIO_ENGINE=compiled")
    assert compiled.describe().startswith("compiled" if loaded else "interpreted")
