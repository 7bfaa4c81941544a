"""Gunicorn settings for production: ``gunicorn -c config/gunicorn.py config.wsgi``.

Every value comes from the environment, like the Django settings:

- ``GUNICORN_BIND`` (default ``0.0.0.0:$PORT``, ``PORT`` defaulting to 8000);
- ``WEB_CONCURRENCY``: worker processes (default 2 × CPUs + 1, at most 8);
  ``GUNICORN_THREADS``: threads per worker (default 1: sync workers);
- ``GUNICORN_TIMEOUT``: seconds a request may take (default 60: reading a large
  uploaded document runs inside the request);
- ``GUNICORN_MAX_REQUESTS``: a worker is replaced after this many requests (default
  1000, with jitter), which bounds any slow memory growth;
- ``FORWARDED_ALLOW_IPS``: addresses of the load balancers whose ``X-Forwarded-*``
  headers are trusted (default ``127.0.0.1``);
- ``ACCESS_LOG``: ``json`` (default: one JSON object per request on stdout, the shape of
  the application's own logs), ``plain`` (gunicorn's combined format) or ``off``.

``preload_app``: the application is imported once in the master process, then workers
fork with it (faster start, shared memory pages, an import error stops the start at
once). Django opens database connections lazily, inside each worker, so no connection
is shared across the fork. Servers keep no state (sessions and documents live in the
database): run as many behind the load balancer as needed.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from typing import Any

from gunicorn.glogging import Logger


def _int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


bind = os.environ.get("GUNICORN_BIND") or f"0.0.0.0:{_int('PORT', 8000)}"
workers = _int("WEB_CONCURRENCY", min(2 * multiprocessing.cpu_count() + 1, 8))
threads = _int("GUNICORN_THREADS", 1)
timeout = _int("GUNICORN_TIMEOUT", 60)
graceful_timeout = 30
keepalive = 5
max_requests = _int("GUNICORN_MAX_REQUESTS", 1000)
max_requests_jitter = max(max_requests // 10, 0)
preload_app = True
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# Heartbeat files in memory, not on a possibly slow disk (Docker's overlay, NFS).
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108
proc_name = "conventio"
# No runtime control socket (gunicorn ≥ 27 opens one in the home folder; two servers on
# one host would share it): servers are managed with signals, by the service manager.
control_socket_disable = True

ACCESS_LOG = os.environ.get("ACCESS_LOG", "json").strip().lower()
accesslog = None if ACCESS_LOG == "off" else "-"  # stdout
errorlog = "-"  # stderr
loglevel = os.environ.get("LOG_LEVEL", "info").lower()


class JsonLogger(Logger):
    """Gunicorn's logger, writing JSON lines: one per request (stdout), one per server event (stderr)."""

    def setup(self, cfg: Any) -> None:
        super().setup(cfg)
        from conventio.core.logs import JsonFormatter

        for handler in (*self.error_log.handlers, *self.access_log.handlers):
            handler.setFormatter(JsonFormatter())

    def access(self, resp: Any, req: Any, environ: dict[str, Any], request_time: Any) -> None:
        if not self.access_log_enabled:
            return
        status = resp.status.split(None, 1)[0] if isinstance(resp.status, str) else resp.status
        method, path = environ.get("REQUEST_METHOD", "-"), environ.get("PATH_INFO", "-")
        self.access_log.log(
            logging.INFO,
            "%s %s %s",
            method,
            path,
            status,
            extra={
                "method": method,
                "path": path,
                "query": environ.get("QUERY_STRING", ""),
                "status": int(status),
                "bytes": getattr(resp, "sent", None),
                "duration_ms": round(request_time.total_seconds() * 1000, 1),
                "remote": environ.get("REMOTE_ADDR", "-"),
                "user_agent": environ.get("HTTP_USER_AGENT", "-"),
                "referer": environ.get("HTTP_REFERER", "-"),
            },
        )


if ACCESS_LOG != "plain":
    logger_class = JsonLogger
