"""Shared fixtures: where the seeds and the corpus live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CONVENTIO_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus"
FAST13 = SEEDS / "000_8225b601652a85c2.txt"
DJEPVA = SEEDS / "004_6ded1538d4395905.txt"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"../shared is missing: expected the seeds and corpus at {SHARED}")
    return SHARED


# ------------------------------------------------------------------ database markers
# `make test` runs the whole suite on SQLite, then every database test again on a real
# PostgreSQL 15 server (scripts/run-tests.sh selects them with `-m database`). A test
# is a database test when it is marked `django_db` or uses a database fixture; tests
# marked `postgres` (concurrency, database-level rules) are skipped on SQLite.


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "database: uses the database (added automatically)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    from django.conf import settings

    on_postgres = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
    skip = pytest.mark.skip(reason="needs PostgreSQL (run through scripts/with-postgres.sh; make test does)")
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if item.get_closest_marker("django_db") is not None or "django_db_setup" in fixtures:
            item.add_marker(pytest.mark.database)
        if item.get_closest_marker("postgres") is not None:
            item.add_marker(pytest.mark.database)
            if not on_postgres:
                item.add_marker(skip)
