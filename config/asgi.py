"""ASGI entry point. Production sets DJANGO_SETTINGS_MODULE (default: the base settings)."""

import os

from django.core.asgi import get_asgi_application


os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")

application = get_asgi_application()
