"""Development settings: DEBUG on by default (so a development secret key is used)."""

import os


os.environ.setdefault("DEBUG", "1")

from config.settings.base import *  # noqa: E402, F403
