#!/usr/bin/env bash
# PostgreSQL -> MariaDB, PostgreSQL -> SQLite and CSV -> SQLite with `migrateiq-cli sync`, on the
# same generated table, in one run: rows/s of each and the ratios to CSV -> SQLite.
#
# Usage: bench/pg_to_mariadb.sh [ROWS...]   (default: 1000000)
# Env:   MIQ_SHARED_DIR  folder holding gen_dataset.py (default: ../shared beside the repo)
# The script runs itself inside tools/with-postgres.sh and tools/with-mariadb.sh (throw-away
# servers on 127.0.0.1). The table is loaded into PostgreSQL by MigrateIQ itself (CSV -> PG).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [[ -z ${MIQ_PG_HOST:-} ]]; then
    exec "$repo/tools/with-postgres.sh" "$0" "$@"
fi
if [[ -z ${MIQ_MY_HOST:-} ]]; then
    exec "$repo/tools/with-mariadb.sh" "$0" "$@"
fi
shared=${MIQ_SHARED_DIR:-$repo/../shared}
build=$repo/build-bench
out=$repo/bench/out
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1000000)

echo "Building migrateiq-cli (Release, $build)..."
generator=()
command -v ninja >/dev/null && [[ ! -f $build/CMakeCache.txt ]] && generator=(-G Ninja)
cmake "${generator[@]}" -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" --target migrateiq-cli -j "$(nproc)" >/dev/null
cli=$build/app/migrateiq-cli
calc() { awk "BEGIN { printf \"%.2f\", $* }"; }

# Passwords reach the clients through their libraries' environment variables (PGPASSWORD,
# MYSQL_PWD): never on a command line, in the workspace or in this output.
export PGPASSWORD=$MIQ_PG_PASSWORD PGTZ=UTC MYSQL_PWD=$MIQ_MY_PASSWORD
export MIQ_SECRET_STORE=memory # never touch a keychain
mkdir -p "$out"
ws=$out/pgmy.miq

timed() { # prints "seconds peak_mb" of one run
    python3 "$repo/bench/measure.py" "$@"
}

printf '\n%-9s %-36s %9s %9s %10s\n' rows path seconds "peak MB" "rows/s"
for rows in "${sizes[@]}"; do
    data=$out/dataset-$rows.csv
    [[ -s $data ]] || { python3 "$shared/gen_dataset.py" "$rows" 42 "$data.tmp" && mv "$data.tmp" "$data"; }
    cat "$data" >/dev/null
    rm -f "$ws" "$ws"-* "$out"/pgmy-*.sqlite*
    "$cli" --workspace "$ws" sources add --name pg --type postgres --set "host=$MIQ_PG_HOST" \
        --set "port=$MIQ_PG_PORT" --set "database=$MIQ_PG_DATABASE" --set "user=$MIQ_PG_USER" \
        --set sslmode=disable </dev/null >/dev/null 2>&1
    "$cli" --workspace "$ws" sources add --name my --type mariadb --set "host=$MIQ_MY_HOST" \
        --set "port=$MIQ_MY_PORT" --set "database=$MIQ_MY_DATABASE" --set "user=$MIQ_MY_USER" \
        </dev/null >/dev/null 2>&1
    "$cli" --workspace "$ws" sync "$data" pg --table t --full >/dev/null

    read -r t_my m_my < <(timed "$cli" --workspace "$ws" sync pg:public.t my --table t --full)
    read -r t_sq m_sq < <(timed "$cli" --workspace "$ws" sync pg:public.t "$out/pgmy-pg.sqlite" --table t --full)
    read -r t_cs m_cs < <(timed "$cli" --workspace "$ws" sync "$data" "$out/pgmy-csv.sqlite" --table t --full)
    verified=$("$cli" --workspace "$ws" runs 2>/dev/null | grep -c -w verified || true)
    printf '%-9s %-36s %9s %9s %10s\n' "$rows" "PostgreSQL -> MariaDB" "$t_my" "$m_my" "$(calc "$rows / $t_my")"
    printf '%-9s %-36s %9s %9s %10s\n' "$rows" "PostgreSQL -> SQLite" "$t_sq" "$m_sq" "$(calc "$rows / $t_sq")"
    printf '%-9s %-36s %9s %9s %10s\n' "$rows" "CSV -> SQLite" "$t_cs" "$m_cs" "$(calc "$rows / $t_cs")"
    printf '%-9s rows/s ratios to CSV -> SQLite: PostgreSQL -> MariaDB %sx, PostgreSQL -> SQLite %sx\n' "$rows" \
        "$(calc "$t_cs / $t_my")" "$(calc "$t_cs / $t_sq")"
    [[ $verified -ge 4 ]] || echo "WARNING: not every run was verified (see: $cli --workspace $ws runs)"
done
