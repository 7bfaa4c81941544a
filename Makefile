# conventio — the only commands a newcomer needs.
#   make run    set up, then start the register on SQLite with the demo data (http://127.0.0.1:8000)
#   make test   set up (Python packages, and the Debian packages the tests need), then run every test:
#               the whole suite on SQLite, then the database tests on a throwaway PostgreSQL 15
#   make quality / make fix   lint and types, as CI checks them

VENV ?= .venv
PYTHON := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SHARED ?= ../shared
ADDRESS ?= 127.0.0.1:8000

.PHONY: setup run test quality fix schema compiled bench bench-interpreted bench-web bench-execution clean

# The environment's interpreter: Debian's python3.11 when it can make virtual environments
# (python3.11-venv): built with PGO and LTO, it runs the extraction engine a fifth to a quarter
# faster than a plain build such as pyenv's (docs/benchmarks.md); else the first python3.
BASE_PYTHON ?= $(shell /usr/bin/python3.11 -c 'import ensurepip, venv' >/dev/null 2>&1 && echo /usr/bin/python3.11 || echo python3)

$(STAMP): pyproject.toml
	test -x $(PYTHON) || $(BASE_PYTHON) -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --disable-pip-version-check uv
	$(VENV)/bin/uv pip install --quiet --python $(PYTHON) -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(VENV)/bin/conventio serve $(ADDRESS) --shared $(SHARED)

test: setup
	PYTHON=$(PYTHON) scripts/run-tests.sh

quality: setup
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy conventio

fix: setup
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

schema: setup
	$(PYTHON) -m conventio.extraction.schema

# The extraction engine compiled with mypyc into build/compiled/ (rebuilt when a source changed):
# the same code, about a fifth faster; see conventio/extraction/compiled.py.
COMPILED := build/compiled/.built
$(COMPILED): $(STAMP) scripts/compile_engine.py $(shell find conventio/extraction -name '*.py')
	$(PYTHON) scripts/compile_engine.py
	touch $(COMPILED)

compiled: $(COMPILED)

bench: $(COMPILED)
	PYTHONPATH=build/compiled $(PYTHON) benchmarks/extraction.py

bench-interpreted: setup
	$(PYTHON) benchmarks/extraction.py

bench-web: setup
	scripts/system-deps.sh
	scripts/with-postgres.sh $(PYTHON) benchmarks/web.py

bench-execution: setup
	scripts/system-deps.sh
	scripts/with-postgres.sh $(PYTHON) benchmarks/execution.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build
