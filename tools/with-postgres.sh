#!/usr/bin/env bash
# Usage: tools/with-postgres.sh COMMAND [ARGS...]
#
# Runs COMMAND with a throw-away PostgreSQL server: a fresh cluster in a temporary directory,
# listening only on 127.0.0.1 on a free port, password (SCRAM) authentication, and a test role
# with a random password that owns a test database. Exports
#   MIQ_PG_HOST MIQ_PG_PORT MIQ_PG_USER MIQ_PG_PASSWORD MIQ_PG_DATABASE
# and exits with COMMAND's exit code; the server is stopped and the directory deleted on exit.
#
# If MIQ_PG_HOST is already set, COMMAND runs against that server instead (to test against a
# server of your own). Needs the PostgreSQL server binaries (Debian: postgresql; tools/setup.sh
# installs it). initdb refuses to run as root, so as root the cluster runs as the 'postgres'
# system user (or 'nobody').
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

if [ -n "${MIQ_PG_HOST:-}" ]; then
  exec "$@"
fi

die() { echo "with-postgres.sh: $*" >&2; exit 1; }

bindir="${MIQ_PG_BINDIR:-}"
if [ -z "$bindir" ]; then
  # The newest installed major version (Debian installs each under /usr/lib/postgresql/N/bin).
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$bindir" ] || bindir=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
fi
for tool in initdb pg_ctl psql; do
  [ -x "$bindir/$tool" ] || die "PostgreSQL server binaries not found ($bindir/$tool); install the 'postgresql' package (tools/setup.sh)."
done

run_as=()
if [ "$(id -u)" -eq 0 ]; then
  owner=postgres
  id -u "$owner" >/dev/null 2>&1 || owner=nobody
  if command -v runuser >/dev/null 2>&1; then
    run_as=(runuser -u "$owner" --)
  else
    run_as=(su -s /bin/sh "$owner" -c '"$0" "$@"')
  fi
  # The unprivileged owner must be able to reach the directory: use /tmp, not root's TMPDIR.
  tmp_parent=/tmp
else
  tmp_parent="${TMPDIR:-/tmp}"
fi

dir=$(mktemp -d "$tmp_parent/miq-pg.XXXXXXXX")
server_started=0
cleanup() {
  local rc=$?
  if [ "$server_started" -eq 1 ]; then
    "${run_as[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

random_password() {
  # 24 alphanumeric characters: no quoting issues in SQL, conninfo strings or shells.
  LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 24 || true
}

admin_user=miq_admin
admin_password=$(random_password)
test_user=miq_test
test_password=$(random_password)
test_database=miq_test

umask 077
printf '%s\n' "$admin_password" >"$dir/pwfile"
if [ ${#run_as[@]} -gt 0 ]; then
  chown -R "$owner" "$dir"
fi

# --no-sync and fsync=off: a throw-away cluster does not need durability, and it saves seconds.
if ! "${run_as[@]}" "$bindir/initdb" -D "$dir/data" -U "$admin_user" --pwfile="$dir/pwfile" \
      --auth=scram-sha-256 --encoding=UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1; then
  cat "$dir/initdb.log" >&2
  die "initdb failed"
fi
rm -f "$dir/pwfile"

port_is_free() {
  # bash's /dev/tcp connects; a refused connection means nobody listens there.
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

port=""
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  candidate=$((20000 + RANDOM % 40000))
  port_is_free "$candidate" || continue
  if "${run_as[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-p $candidate -c listen_addresses=127.0.0.1 -c unix_socket_directories='$dir' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null 2>&1; then
    port=$candidate
    server_started=1
    break
  fi
  # Another process may have taken the port between the check and the bind: try another one.
  if ! grep -q "could not bind\|Address already in use" "$dir/server.log" 2>/dev/null; then
    cat "$dir/server.log" >&2 2>/dev/null || true
    die "the PostgreSQL server did not start"
  fi
  : >"$dir/server.log"
done
[ -n "$port" ] || die "no free port found for the PostgreSQL server"

PGPASSWORD="$admin_password" "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" \
  -U "$admin_user" -d postgres >/dev/null <<SQL || die "could not create the test role and database"
CREATE ROLE $test_user LOGIN PASSWORD '$test_password';
CREATE DATABASE $test_database OWNER $test_user;
SQL

export MIQ_PG_HOST=127.0.0.1
export MIQ_PG_PORT="$port"
export MIQ_PG_USER="$test_user"
export MIQ_PG_PASSWORD="$test_password"
export MIQ_PG_DATABASE="$test_database"

umask 022
# The command runs in the background so that a signal to this script (ctest's timeout, Ctrl+C)
# is handled at once: bash defers traps until a foreground child has finished.
set +e
"$@" &
child=$!
trap 'kill -TERM "$child" 2>/dev/null' INT TERM
wait "$child"
rc=$?
while kill -0 "$child" 2>/dev/null; do # interrupted by a signal: collect the child's own status
  wait "$child"
  rc=$?
done
set -e
exit "$rc"
