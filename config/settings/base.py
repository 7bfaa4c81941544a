"""Settings of the conventio web application, read from environment variables.

Every value a deployment changes comes from the environment (twelve-factor style), so
that the same code runs on a laptop (SQLite, console e-mail), in CI and in production
(PostgreSQL via ``DATABASE_URL``). ``dev.py`` and ``test.py`` only set environment
defaults before importing this module; production uses this module directly and must
set at least ``SECRET_KEY`` and ``ALLOWED_HOSTS``.

Environment variables:
- ``DEBUG`` (``1``/``true``/``yes``/``on`` to enable; default off);
- ``SECRET_KEY`` (required unless ``DEBUG``: a fixed development key is used then);
- ``ALLOWED_HOSTS``, ``CSRF_TRUSTED_ORIGINS`` (comma-separated);
- ``DATABASE_URL`` (e.g. ``postgres://user:pass@host:5432/conventio``; default: the
  SQLite file ``var/conventio.sqlite3``), ``CONN_MAX_AGE`` (seconds, default 0);
- ``CONVENTIO_VAR_DIR`` (where local state lives; default ``var/`` in the repository);
- ``EMAIL_BACKEND`` (default: the console backend, mails are printed),
  ``DEFAULT_FROM_EMAIL``, ``EMAIL_HOST``, ``EMAIL_PORT``, ``EMAIL_HOST_USER``,
  ``EMAIL_HOST_PASSWORD``, ``EMAIL_USE_TLS``;
- HTTPS, on by default when ``DEBUG`` is off (``manage.py check --deploy`` is clean):
  ``SECURE_COOKIES``, ``SECURE_SSL_REDIRECT`` (``/healthz`` is exempt: load balancers
  probe it over plain HTTP), ``SECURE_HSTS_SECONDS`` (default one year),
  ``SECURE_HSTS_INCLUDE_SUBDOMAINS``, ``SECURE_HSTS_PRELOAD``; behind a load balancer or
  proxy that terminates TLS, ``SECURE_PROXY_SSL_HEADER=1`` makes Django trust its
  ``X-Forwarded-Proto: https`` header (set it only there: a client could send it too).
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, "").split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    try:
        return int(value) if value else default
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} must be an integer, got {value!r}") from error


BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("CONVENTIO_VAR_DIR") or BASE_DIR / "var")

DEBUG = env_bool("DEBUG")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "django-insecure-development-only-key-do-not-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS") or (["localhost", "127.0.0.1", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
if env_bool("SECURE_PROXY_SSL_HEADER"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 365 * 24 * 3600)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)

INSTALLED_APPS = [
    "conventio.core.admin_site.ConventioAdminConfig",  # django.contrib.admin, superusers only
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "widget_tweaks",
    "dsfr",
    "conventio.core",
    "conventio.register",
    "conventio.trust",
    "conventio.budget",
    "conventio.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "conventio.web.context_processors.site",
            ],
        },
    },
]

# One form renderer for the whole process. Left at Django's default, django-dsfr's forms
# build a new renderer per form instance, so a new template engine whose cache is empty:
# every field template is read and compiled again for every form of every request (a
# third of a convention page's time). Same renderer class, same HTML.
FORM_RENDERER = "dsfr.forms.DsfrDjangoTemplates"

WSGI_APPLICATION = "config.wsgi.application"

# Zero set-up default: a SQLite file under var/. PostgreSQL in production and CI.
DEFAULT_DATABASE_URL = f"sqlite:///{VAR_DIR / 'conventio.sqlite3'}"
DATABASES = {
    "default": dj_database_url.config(
        default=DEFAULT_DATABASE_URL,
        conn_max_age=env_int("CONN_MAX_AGE", 0),
        conn_health_checks=True,
    ),
}
if not os.environ.get("DATABASE_URL"):
    VAR_DIR.mkdir(parents=True, exist_ok=True)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "fr-fr"
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed, compressed static files served by the app itself (whitenoise): no separate web server needed.
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "register:conventions"
LOGOUT_REDIRECT_URL = "login"
# Sessions live in the database: any app server behind the load balancer can serve any request.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Uploads: the cap on one document (bytes) and how many may be sent at once.
CONVENTIO_MAX_UPLOAD_BYTES = env_int("CONVENTIO_MAX_UPLOAD_BYTES", 20 * 1024 * 1024)
CONVENTIO_MAX_UPLOAD_FILES = env_int("CONVENTIO_MAX_UPLOAD_FILES", 20)
DATA_UPLOAD_MAX_MEMORY_SIZE = CONVENTIO_MAX_UPLOAD_BYTES + 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
# Chorus extractions are bigger than convention documents (a year of a ministry's lines):
# their own cap; the upload page runs the import in a thread of the answering process
# ("thread") or inside the request ("inline"); a running import whose heartbeat is older
# than the stale delay is shown « interrompu » and may be relaunched (conventio/budget/chorus/jobs.py).
CONVENTIO_CHORUS_MAX_UPLOAD_BYTES = env_int("CONVENTIO_CHORUS_MAX_UPLOAD_BYTES", 200 * 1024 * 1024)
CONVENTIO_CHORUS_RUNNER = os.environ.get("CONVENTIO_CHORUS_RUNNER", "thread")
CONVENTIO_CHORUS_STALE_SECONDS = env_int("CONVENTIO_CHORUS_STALE_SECONDS", 120)
# Reminders: how many days before each deadline `conventio remind` writes.
CONVENTIO_REMINDER_DAYS = [int(day) for day in env_list("CONVENTIO_REMINDER_DAYS")] or [30, 7]
# Where e-mails link to (absolute URL of the service).
CONVENTIO_BASE_URL = os.environ.get("CONVENTIO_BASE_URL", "http://localhost:8000")
# What the legal pages state about this deployment (empty: a visible placeholder is shown).
CONVENTIO_HOST_NAME = os.environ.get("CONVENTIO_HOST_NAME", "")
CONVENTIO_HOST_ADDRESS = os.environ.get("CONVENTIO_HOST_ADDRESS", "")
CONVENTIO_HOST_CONTACT = os.environ.get("CONVENTIO_HOST_CONTACT", "")
CONVENTIO_PUBLICATION_DIRECTOR = os.environ.get("CONVENTIO_PUBLICATION_DIRECTOR", "")
CONVENTIO_CONTACT_EMAIL = os.environ.get("CONVENTIO_CONTACT_EMAIL", "")
CONVENTIO_ACCESSIBILITY_AUDIT_DATE = os.environ.get("CONVENTIO_ACCESSIBILITY_AUDIT_DATE", "")

# Structured logs: one JSON object per line on stderr (collected by the platform).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "conventio.core.logs.JsonFormatter"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["stderr"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "conventio@localhost")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
