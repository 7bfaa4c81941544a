#!/usr/bin/env bash
# The whole test run, as `make test` and CI (.ci/run) do it:
#
#   1. install the Debian packages the tests need when they are missing
#      (scripts/system-deps.sh: PostgreSQL 15, Chromium, fonts; needs root only then),
#      then check lint and types (ruff, mypy: the code must stay clean);
#   2. run the whole suite on SQLite (two workers);
#   3. run every database test again on a real PostgreSQL 15 server started for the
#      run (scripts/with-postgres.sh), with the tests marked `postgres` (concurrency,
#      database-level rules) that SQLite skips. Browser tests run once, on SQLite;
#   4. compile the extraction engine with mypyc (scripts/compile_engine.py, into
#      build/compiled/) and run the extraction tests again on that build: what `make
#      bench` measures is the code the tests check.
#
# Both runs always happen, so one report shows everything; the exit status is 0 only
# when both passed. pytest's exit status 5 ("no tests collected") counts as a pass:
# an empty selection must never break CI. Extra arguments go to both pytest runs.
set -uo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-.venv/bin/python}
workers=${PYTEST_WORKERS:-2}

scripts/system-deps.sh || exit 1

pytest_run() {
  local status=0
  "$@" || status=$?
  if [ "$status" -eq 5 ]; then
    echo "run-tests: no test collected for this run (pytest exit 5): counted as passed" >&2
    status=0
  fi
  return "$status"
}

venv=$(dirname "$python")
echo "== lint and types (ruff, mypy)"
quality=0
"$venv/ruff" check --quiet . || quality=1
"$venv/ruff" format --check --quiet . || quality=1
"$venv/mypy" conventio || quality=1

started=$SECONDS
echo "== 1/3 whole suite on SQLite"
pytest_run env -u DATABASE_URL "$python" -m pytest -n "$workers" -q -p no:cacheprovider "$@"
sqlite=$?
sqlite_seconds=$((SECONDS - started))

started=$SECONDS
echo "== 2/3 database tests on PostgreSQL 15 (not the browser tests)"
pytest_run scripts/with-postgres.sh "$python" -m pytest -n "$workers" -q -p no:cacheprovider \
  -m "database and not browser" "$@"
postgres=$?
postgres_seconds=$((SECONDS - started))

started=$SECONDS
echo "== 3/3 extraction tests on the compiled engine (mypyc, build/compiled)"
compiled=0
log=$(mktemp)
"$python" scripts/compile_engine.py >"$log" 2>&1 || { cat "$log"; compiled=1; }
tail -n 1 "$log"
rm -f "$log"
if [ "$compiled" -eq 0 ]; then
  # `pytest` (not `python -m pytest`, which puts the sources first on sys.path) and no
  # project lookup by pytest-django: the compiled copy comes before the sources.
  pytest_run env -u DATABASE_URL CONVENTIO_ENGINE=compiled PYTHONPATH="build/compiled:." "$venv/pytest" \
    -o django_find_project=false -n "$workers" -q -p no:cacheprovider tests/extraction "$@"
  compiled=$?
fi
compiled_seconds=$((SECONDS - started))

echo "run-tests: lint and types $( [ $quality -eq 0 ] && echo passed || echo FAILED );" \
  "SQLite $( [ $sqlite -eq 0 ] && echo passed || echo FAILED ) in ${sqlite_seconds}s;" \
  "PostgreSQL $( [ $postgres -eq 0 ] && echo passed || echo FAILED ) in ${postgres_seconds}s;" \
  "compiled engine $( [ $compiled -eq 0 ] && echo passed || echo FAILED ) in ${compiled_seconds}s"
[ "$quality" -eq 0 ] && [ "$sqlite" -eq 0 ] && [ "$postgres" -eq 0 ] && [ "$compiled" -eq 0 ]
