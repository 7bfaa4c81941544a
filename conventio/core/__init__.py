"""Core Django app: what every other app builds on (for now, the health check)."""
