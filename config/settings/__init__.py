"""Settings modules: `base` (everything, from environment variables), `dev` and `test` (defaults for each)."""
