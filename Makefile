# conventio — the only commands a newcomer needs.
#   make run    set up, then run the main job on the embedded default (SQLite)
#   make test   set up (Python packages, and the Debian packages the tests need), then run every test
#   make quality / make fix   lint and types, as CI checks them

VENV ?= .venv
PYTHON := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: setup run test quality fix schema bench clean

$(STAMP): pyproject.toml
	test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --disable-pip-version-check uv
	$(VENV)/bin/uv pip install --quiet --python $(PYTHON) -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(VENV)/bin/conventio extract $(SHARED)/seeds --format summary

test: setup
	$(PYTHON) -m pytest -n 2 -q

quality: setup
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy conventio

fix: setup
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

schema: setup
	$(PYTHON) -m conventio.extraction.schema

bench: setup
	$(PYTHON) benchmarks/extraction.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
