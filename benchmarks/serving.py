"""What the HTTP benchmarks share: production settings on a throwaway database, gunicorn, waiting for it.

`benchmarks/web.py` (the register) and `benchmarks/execution.py` (budget execution pages)
both measure the app as it runs in production — settings from the environment, DEBUG
off, hashed static files, gunicorn workers — against the PostgreSQL server that
``scripts/with-postgres.sh`` starts; the HTTP client and the timing helpers live in
`benchmarks/web.py`.
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent


def postgres_url() -> str:
    """DATABASE_URL when it names a PostgreSQL server, else '' (the targets are about PostgreSQL)."""
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else ""


def production_environment(work: Path) -> None:
    """Production settings (``config.settings.base``, DEBUG off) on plain HTTP at 127.0.0.1; files in `work`."""
    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings.base",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        SECURE_COOKIES="0",
        SECURE_HSTS_SECONDS="0",
        CONN_MAX_AGE="60",
        CONVENTIO_VAR_DIR=str(work),
        LOG_LEVEL="WARNING",
        ACCESS_LOG="off",
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer")


@contextmanager
def gunicorn(workers: int) -> Iterator[str]:
    """Run gunicorn (``config/gunicorn.py``) on a free local port; yields its base URL, stops it after."""
    port = free_port()
    env = dict(os.environ, GUNICORN_BIND=f"127.0.0.1:{port}", WEB_CONCURRENCY=str(workers))
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "-c", "config/gunicorn.py", "config.wsgi"],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(base + "/healthz")
        yield base
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
