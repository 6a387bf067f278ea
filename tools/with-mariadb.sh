#!/usr/bin/env bash
# Usage: tools/with-mariadb.sh COMMAND [ARGS...]
#
# Runs COMMAND with a throw-away MariaDB (or MySQL) server: a fresh data directory in a
# temporary directory, listening only on 127.0.0.1 on a free port, password authentication
# (real grant tables: no --skip-grant-tables), and a test user with a random password that owns a
# test database. Exports
#   MIQ_MY_HOST MIQ_MY_PORT MIQ_MY_USER MIQ_MY_PASSWORD MIQ_MY_DATABASE
# and exits with COMMAND's exit code; the server is stopped and the directory deleted on exit.
#
# If MIQ_MY_HOST is already set, COMMAND runs against that server instead (to test against a
# server of your own). Needs the server binaries (Debian: mariadb-server; tools/setup.sh installs
# it). As root the server runs as the 'mysql' system user (mariadbd --user drops privileges).
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

if [ -n "${MIQ_MY_HOST:-}" ]; then
  exec "$@"
fi

die() { echo "with-mariadb.sh: $*" >&2; exit 1; }

find_tool() {
  local name
  for name in "$@"; do
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
    if [ -x "/usr/sbin/$name" ]; then echo "/usr/sbin/$name"; return 0; fi
  done
  return 1
}
server=$(find_tool mariadbd mysqld) || die "MariaDB server binary not found; install the 'mariadb-server' package (tools/setup.sh)."
install_db=$(find_tool mariadb-install-db mysql_install_db) || die "mariadb-install-db not found; install the 'mariadb-server' package (tools/setup.sh)."
client=$(find_tool mariadb mysql) || die "MariaDB client not found; install the 'mariadb-client' package (tools/setup.sh)."

user_args=()
if [ "$(id -u)" -eq 0 ]; then
  owner=mysql
  id -u "$owner" >/dev/null 2>&1 || owner=nobody
  user_args=(--user="$owner")
  # The unprivileged owner must be able to reach the directory: use /tmp, not root's TMPDIR.
  tmp_parent=/tmp
else
  tmp_parent="${TMPDIR:-/tmp}"
fi

dir=$(mktemp -d "$tmp_parent/miq-my.XXXXXXXX")
server_pid=""
cleanup() {
  local rc=$?
  if [ -n "$server_pid" ]; then
    # A throw-away server: no clean shutdown needed, the directory goes anyway.
    kill -KILL "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$dir"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

random_password() {
  # 24 alphanumeric characters: no quoting issues in SQL, option strings or shells.
  LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 24 || true
}

admin_password=$(random_password)
test_user=miq_test
test_password=$(random_password)
test_database=miq_test

if [ ${#user_args[@]} -gt 0 ]; then
  chown "$owner" "$dir"
fi
chmod 700 "$dir"

# Settings that make a small server start in about a second: a tiny buffer pool and redo log,
# no binary log, no performance schema, no durability (fsync) and no DNS look-ups. utf8mb4 is the
# server's default character set, as on any current installation.
server_options=(
  --no-defaults
  "${user_args[@]}"
  --datadir="$dir/data"
  --socket="$dir/mysqld.sock"
  --pid-file="$dir/mysqld.pid"
  --log-error="$dir/server.log"
  --bind-address=127.0.0.1
  --skip-name-resolve
  --skip-log-bin
  --performance-schema=OFF
  --innodb-buffer-pool-size=32M
  --innodb-log-file-size=16M
  --innodb-log-buffer-size=4M
  --innodb-flush-log-at-trx-commit=0
  --innodb-doublewrite=0
  --innodb-flush-method=nosync
  --innodb-use-native-aio=0
  --sync-frm=0
  --character-set-server=utf8mb4
  --collation-server=utf8mb4_unicode_ci
  --max-allowed-packet=64M
  --local-infile=0
)

# The root account (socket only) gets a random password, root's TCP accounts and anonymous
# accounts are removed, and the test user is created by the init file, which
# the server runs before it accepts connections: no window with a password-less account.
umask 077
cat >"$dir/init.sql" <<SQL
DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host <> 'localhost');
FLUSH PRIVILEGES;
ALTER USER 'root'@'localhost' IDENTIFIED BY '$admin_password';
CREATE DATABASE IF NOT EXISTS \`$test_database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER '$test_user'@'127.0.0.1' IDENTIFIED BY '$test_password';
CREATE USER '$test_user'@'localhost' IDENTIFIED BY '$test_password';
GRANT ALL PRIVILEGES ON \`$test_database\`.* TO '$test_user'@'127.0.0.1', '$test_user'@'localhost';
FLUSH PRIVILEGES;
SQL
if [ ${#user_args[@]} -gt 0 ]; then
  chown "$owner" "$dir/init.sql"
fi

if ! "$install_db" --no-defaults "${user_args[@]}" --datadir="$dir/data" \
      --auth-root-authentication-method=normal --skip-test-db --skip-name-resolve \
      --innodb-buffer-pool-size=32M --innodb-log-file-size=16M --innodb-flush-method=nosync \
      --innodb-use-native-aio=0 >"$dir/install.log" 2>&1; then
  cat "$dir/install.log" >&2
  die "mariadb-install-db failed"
fi

port_is_free() {
  # bash's /dev/tcp connects; a refused connection means nobody listens there.
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

port=""
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  candidate=$((20000 + RANDOM % 40000))
  port_is_free "$candidate" || continue
  rm -f "$dir/server.log" # created by the server itself, which may run as another user
  "$server" "${server_options[@]}" --port="$candidate" --init-file="$dir/init.sql" \
      </dev/null >/dev/null 2>&1 &
  server_pid=$!
  # Ready when the server logs that it accepts connections (it runs the init file first).
  ready=0
  for _ in $(seq 1 300); do
    if grep -q "ready for connections" "$dir/server.log" 2>/dev/null; then ready=1; break; fi
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ "$ready" -eq 1 ]; then
    port=$candidate
    break
  fi
  kill -KILL "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
  # Another process may have taken the port between the check and the bind: try another one.
  if ! grep -q "Address already in use\|Can't start server: Bind" "$dir/server.log" 2>/dev/null; then
    cat "$dir/server.log" >&2 2>/dev/null || true
    die "the MariaDB server did not start"
  fi
done
[ -n "$port" ] || die "no free port found for the MariaDB server"
rm -f "$dir/init.sql"

# The init file's errors only show in the log: check that the test user can really log in.
if ! MYSQL_PWD="$test_password" "$client" --no-defaults --protocol=TCP -h 127.0.0.1 -P "$port" \
      -u "$test_user" -D "$test_database" -e "SELECT 1" >/dev/null 2>"$dir/client.log"; then
  cat "$dir/client.log" "$dir/server.log" >&2 2>/dev/null || true
  die "the test user cannot log in"
fi

export MIQ_MY_HOST=127.0.0.1
export MIQ_MY_PORT="$port"
export MIQ_MY_USER="$test_user"
export MIQ_MY_PASSWORD="$test_password"
export MIQ_MY_DATABASE="$test_database"

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
