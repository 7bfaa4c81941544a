"""Test settings (pytest-django): base settings with test-only defaults and fast hashing.

The database is whatever ``DATABASE_URL`` says (PostgreSQL in CI when set), else
SQLite, which Django's test runner creates in memory.
"""

import os


os.environ.setdefault("SECRET_KEY", "test-only-insecure-key")
# The test client and the live server speak plain HTTP: no HTTPS redirect, no Secure-only cookies.
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("SECURE_COOKIES", "0")

from config.settings.base import *  # noqa: E402, F403


PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tests render templates without running collectstatic: plain static storage (no manifest).
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
# whitenoise looks for STATIC_ROOT at start-up: give it an (empty) folder instead of a warning per test.
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405
