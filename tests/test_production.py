"""Production readiness: the deploy checks, gunicorn's settings, static files and logs, as the README says.

Everything runs in subprocesses with a production-like environment (base settings,
DEBUG off, a real secret key, allowed hosts), since settings are read once per process.
"""

from __future__ import annotations

import importlib.util
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT


def production_env(tmp_path: Path, **variables: str) -> dict[str, str]:
    """What the README's « Production » section asks for (SQLite here, PostgreSQL in production)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "SECURE_", "GUNICORN_", "DATABASE_")) and key not in ("DEBUG", "SECRET_KEY")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.base",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="conventio.example.gouv.fr,127.0.0.1",
        CSRF_TRUSTED_ORIGINS="https://conventio.example.gouv.fr",
        CONVENTIO_BASE_URL="https://conventio.example.gouv.fr",
        CONVENTIO_VAR_DIR=str(tmp_path / "var"),
        DATABASE_URL=f"sqlite:///{tmp_path / 'conventio.sqlite3'}",
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        DEFAULT_FROM_EMAIL="conventio@example.gouv.fr",
    )
    env.update(variables)
    return env


def manage(env: dict[str, str], *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *arguments],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=env,
        timeout=300,
    )


def test_check_deploy_has_no_warning_with_production_settings(tmp_path: Path) -> None:
    result = manage(production_env(tmp_path), "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_warns_when_https_is_switched_off(tmp_path: Path) -> None:
    env = production_env(tmp_path, SECURE_SSL_REDIRECT="0", SECURE_HSTS_SECONDS="0", SECURE_COOKIES="0")
    result = manage(env, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode != 0
    for check in ("security.W004", "security.W008", "security.W012", "security.W016"):
        assert check in result.stderr


def _settings(env: dict[str, str], *names: str) -> dict[str, object]:
    code = (
        "import json\nfrom django.conf import settings\n"
        f"print(json.dumps({{name: getattr(settings, name, None) for name in {list(names)!r}}}, default=str))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT, env=env, timeout=60
    )
    values: dict[str, object] = json.loads(result.stdout)
    return values


def test_https_settings_and_the_load_balancer_header(tmp_path: Path) -> None:
    names = ("SECURE_SSL_REDIRECT", "SECURE_REDIRECT_EXEMPT", "SECURE_PROXY_SSL_HEADER", "SESSION_COOKIE_SECURE")
    values = _settings(production_env(tmp_path), *names)
    assert values == {
        "SECURE_SSL_REDIRECT": True,
        "SECURE_REDIRECT_EXEMPT": ["^healthz$"],
        "SECURE_PROXY_SSL_HEADER": None,
        "SESSION_COOKIE_SECURE": True,
    }
    values = _settings(production_env(tmp_path, SECURE_PROXY_SSL_HEADER="1"), "SECURE_PROXY_SSL_HEADER")
    assert values == {"SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"]}


def test_sessions_and_documents_live_in_the_database(tmp_path: Path) -> None:
    """Stateless servers: any of them may answer any request."""
    values = _settings(production_env(tmp_path), "SESSION_ENGINE")
    assert values["SESSION_ENGINE"] == "django.contrib.sessions.backends.db"
    from conventio.register.models import SourceDocument

    assert SourceDocument._meta.get_field("content").get_internal_type() == "BinaryField"


# ---------------------------------------------------------------------------- gunicorn


def gunicorn_config(monkeypatch: pytest.MonkeyPatch, **variables: str) -> ModuleType:
    for name in ("GUNICORN_BIND", "PORT", "WEB_CONCURRENCY", "GUNICORN_THREADS", "ACCESS_LOG", "GUNICORN_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    spec = importlib.util.spec_from_file_location("gunicorn_config_under_test", ROOT / "config" / "gunicorn.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gunicorn_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    config = gunicorn_config(monkeypatch)
    assert config.bind == "0.0.0.0:8000"
    assert 1 <= config.workers <= 8
    assert (config.preload_app, config.accesslog, config.errorlog) == (True, "-", "-")
    assert config.logger_class is config.JsonLogger
    config = gunicorn_config(
        monkeypatch, PORT="9000", WEB_CONCURRENCY="3", GUNICORN_THREADS="4", ACCESS_LOG="plain", GUNICORN_TIMEOUT="90"
    )
    assert (config.bind, config.workers, config.threads, config.timeout) == ("0.0.0.0:9000", 3, 4, 90)
    assert not hasattr(config, "logger_class")
    config = gunicorn_config(monkeypatch, GUNICORN_BIND="unix:/run/conventio.sock", ACCESS_LOG="off")
    assert (config.bind, config.accesslog) == ("unix:/run/conventio.sock", None)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _get(url: str, **headers: str) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers)  # noqa: S310

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: object, **kwargs: object) -> None:
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.mark.slow
def test_production_start_as_the_readme_says(tmp_path: Path) -> None:
    """migrate, collectstatic (hashed, compressed files), gunicorn; JSON access log; HTTPS redirect."""
    port = _free_port()
    env = production_env(tmp_path, GUNICORN_BIND=f"127.0.0.1:{port}", WEB_CONCURRENCY="2")
    assert manage(env, "migrate", "--no-input").returncode == 0
    result = manage(env, "collectstatic", "--no-input")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "var" / "static" / "staticfiles.json").read_text())
    css = manifest["paths"]["dsfr/dist/dsfr.min.css"]
    assert css != "dsfr/dist/dsfr.min.css"  # hashed name
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "-c", "config/gunicorn.py", "config.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        status = 0
        while time.monotonic() < deadline and server.poll() is None:
            try:
                status, _, body = _get(f"http://127.0.0.1:{port}/healthz")
                break
            except OSError:
                time.sleep(0.2)
        assert status == 200
        assert json.loads(body) == {"status": "ok", "database": "ok"}
        # Plain HTTP is redirected to HTTPS…
        status, headers, _ = _get(f"http://127.0.0.1:{port}/connexion/", Host="conventio.example.gouv.fr")
        assert status == 301
        assert headers["Location"] == "https://conventio.example.gouv.fr/connexion/"
        # … but not what the load balancer (a trusted address, FORWARDED_ALLOW_IPS) says came over HTTPS.
        https = {"X-Forwarded-Proto": "https", "Accept-Encoding": "gzip"}
        status, headers, _ = _get(f"http://127.0.0.1:{port}/static/{css}", **https)
        assert status == 200
        assert "max-age=315360000" in headers.get("Cache-Control", "")
        assert headers.get("Content-Encoding") == "gzip"
        assert "max-age=31536000; includeSubDomains; preload" in headers.get("Strict-Transport-Security", "")
        status, _, _ = _get(f"http://127.0.0.1:{port}/healthz", Host="evil.example.org")
        assert status == 400  # not an allowed host
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        out, err = server.communicate(timeout=30)
    lines = [json.loads(line) for line in out.splitlines() if line.strip()]
    health = next(line for line in lines if line.get("path") == "/healthz" and line.get("status") == 200)
    assert health["method"] == "GET" and health["logger"] == "gunicorn.access"
    assert isinstance(health["duration_ms"], float)
    assert all(json.loads(line)["logger"] for line in err.splitlines() if line.startswith("{"))
