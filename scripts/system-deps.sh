#!/usr/bin/env bash
# Install the Debian packages the test suite needs, when they are missing:
# PostgreSQL 15 (a real server for the database tests), Chromium (browser tests) and a C
# compiler (the extraction engine's compiled build, scripts/compile_engine.py).
# Idempotent and quiet when everything is there; needs root (CI runs as root).
set -euo pipefail

need=()
# The `postgres` account comes with the server package; with-postgres.sh runs the server as it when root.
{ [ -x /usr/lib/postgresql/15/bin/initdb ] && id postgres >/dev/null 2>&1; } || need+=(postgresql-15 postgresql-client-15)
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fontconfig fonts-dejavu-core)
command -v gcc >/dev/null 2>&1 || need+=(gcc libc6-dev)
# The C headers of Debian's interpreter, when the virtual environment is built on it (Makefile).
if [ -x /usr/bin/python3.11 ] && [ ! -f /usr/include/python3.11/Python.h ]; then need+=(python3.11-dev); fi

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "system-deps: missing Debian packages: ${need[*]} (run as root, or install them: apt-get install ${need[*]})" >&2
  exit 1
fi
echo "system-deps: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "system-deps: installed" >&2
