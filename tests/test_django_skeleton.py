"""The Django project: settings from the environment, checks, migrations, /healthz.

Settings are read once per process, so the behaviours that depend on environment
variables are checked in subprocesses with a controlled environment.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import OperationalError
from django.test import Client

from conventio.core import health
from tests.conftest import ROOT


SETTINGS_VARIABLES = (
    "DATABASE_URL",
    "SECRET_KEY",
    "DEBUG",
    "ALLOWED_HOSTS",
    "DJANGO_SETTINGS_MODULE",
    "EMAIL_BACKEND",
)


def environment(tmp_path: Path, **variables: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in SETTINGS_VARIABLES}
    env["CONVENTIO_VAR_DIR"] = str(tmp_path / "var")
    env.update(variables)
    return env


def manage(tmp_path: Path, *arguments: str, **variables: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *arguments],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=environment(tmp_path, **variables),
        timeout=300,
    )


def settings_of(tmp_path: Path, module: str, **variables: str) -> subprocess.CompletedProcess[str]:
    """Print, as JSON, the settings `module` computes under `variables` (no database driver loaded)."""
    code = (
        "import json\n"
        "from django.conf import settings\n"
        "db = settings.DATABASES['default']\n"
        "print(json.dumps({'debug': settings.DEBUG, 'engine': db['ENGINE'], 'name': str(db['NAME']),"
        " 'hosts': settings.ALLOWED_HOSTS, 'email': settings.EMAIL_BACKEND, 'secret': settings.SECRET_KEY}))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=environment(tmp_path, DJANGO_SETTINGS_MODULE=module, **variables),
        timeout=120,
    )


def test_manage_check_passes(tmp_path: Path) -> None:
    result = manage(tmp_path, "check", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_migrations_run_on_a_sqlite_file_and_none_is_missing(tmp_path: Path) -> None:
    database = tmp_path / "conventio.sqlite3"
    url = f"sqlite:///{database}"
    result = manage(tmp_path, "migrate", "--no-input", DATABASE_URL=url)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(database) as connection:
        applied = {app for (app,) in connection.execute("select app from django_migrations")}
    assert {"auth", "contenttypes", "sessions", "admin"} <= applied
    result = manage(tmp_path, "makemigrations", "--check", "--dry-run", DATABASE_URL=url)
    assert result.returncode == 0, f"models changed without a migration:\n{result.stdout}{result.stderr}"


def test_default_database_is_a_sqlite_file_under_var(tmp_path: Path) -> None:
    result = settings_of(tmp_path, "config.settings.dev")
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["engine"] == "django.db.backends.sqlite3"
    assert values["name"] == str(tmp_path / "var" / "conventio.sqlite3")
    assert (tmp_path / "var").is_dir()
    assert values["debug"] is True
    assert values["email"] == "django.core.mail.backends.console.EmailBackend"
    assert "localhost" in values["hosts"]


def test_database_url_selects_postgresql(tmp_path: Path) -> None:
    key = secrets.token_urlsafe(40)
    result = settings_of(
        tmp_path,
        "config.settings.base",
        DATABASE_URL="postgres://conventio:secret@db.internal:5432/conventio",
        SECRET_KEY=key,
        ALLOWED_HOSTS="conventio.example, www.conventio.example",
    )
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert (values["engine"], values["name"]) == ("django.db.backends.postgresql", "conventio")
    assert values["debug"] is False
    assert values["hosts"] == ["conventio.example", "www.conventio.example"]
    assert values["secret"] == key


def test_secret_key_is_required_when_debug_is_off(tmp_path: Path) -> None:
    result = settings_of(tmp_path, "config.settings.base")
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_locale_and_time_zone() -> None:
    assert settings.LANGUAGE_CODE == "fr-fr"
    assert settings.TIME_ZONE == "Europe/Paris"
    assert settings.USE_TZ is True


@pytest.mark.django_db
def test_healthz_answers_200_json_when_the_database_answers(client: Client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_refuses_other_methods(client: Client) -> None:
    assert client.post("/healthz").status_code == 405


def test_healthz_answers_503_when_the_database_does_not(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    class Unreachable:
        def cursor(self) -> None:
            raise OperationalError("connection refused")

    monkeypatch.setattr(health, "connection", Unreachable())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "unavailable"}
