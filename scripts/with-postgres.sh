#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL 15 server.
#
#   scripts/with-postgres.sh pytest -m postgres
#
# Creates a cluster in a temporary directory, listens only on a Unix socket in that
# directory (no TCP port, so parallel runs never collide), exports DATABASE_URL for
# the command, and removes everything afterwards, whatever the command's outcome
# (interrupted too). The command's exit status is the script's. The server is tuned
# for throwaway use (no fsync): never point it at data you want to keep.
set -euo pipefail

bindir=/usr/lib/postgresql/15/bin
[ -x "$bindir/initdb" ] || { echo "with-postgres: PostgreSQL 15 is not installed (run scripts/system-deps.sh)" >&2; exit 1; }
[ $# -gt 0 ] || { echo "usage: scripts/with-postgres.sh COMMAND [ARGUMENT...]" >&2; exit 2; }

tmp=$(mktemp -d /tmp/conventio-pg.XXXXXX)
run_as=()
if [ "$(id -u)" -eq 0 ]; then
  # initdb refuses to run as root: use the Debian package's postgres account.
  chown postgres "$tmp"
  run_as=(runuser -u postgres --)
fi
cleanup() {
  "${run_as[@]}" "$bindir/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"${run_as[@]}" "$bindir/initdb" -D "$tmp/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${run_as[@]}" "$bindir/pg_ctl" -D "$tmp/data" -l "$tmp/log" -w \
  -o "-c listen_addresses='' -c unix_socket_directories='$tmp' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null
"${run_as[@]}" "$bindir/createdb" -h "$tmp" -U postgres conventio

export DATABASE_URL="postgres://postgres@/conventio?host=$tmp"
export CONVENTIO_TEST_POSTGRES=1
"$@"
