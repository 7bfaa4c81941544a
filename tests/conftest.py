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


@pytest.fixture(autouse=True)
def _sqlite_flush_past_ledger_triggers(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """Let transactional tests (live server, browser) empty SQLite between tests.

    The ledger's append-only triggers refuse DELETE — on purpose, even to Django's
    `flush`, which empties SQLite with DELETE (PostgreSQL uses TRUNCATE, a table-owner
    operation the triggers leave to privileges). For transactional tests on SQLite the
    triggers are dropped just before the flush; the budget app's `post_migrate` handler,
    which Django runs after every flush, puts them back for the next test.
    """
    marker = request.node.get_closest_marker("django_db")
    transactional = "live_server" in request.fixturenames or "transactional_db" in request.fixturenames
    transactional = transactional or bool(marker and marker.kwargs.get("transaction"))
    if not transactional:
        yield
        return
    request.getfixturevalue("_django_db_helper")  # set up first, so its flush runs after this teardown
    yield
    from importlib import import_module

    from django.db import connection

    if connection.vendor == "sqlite":
        migration = import_module("conventio.budget.migrations.0002_append_only_ledger")
        with connection.schema_editor() as editor:
            migration.drop(None, editor)
