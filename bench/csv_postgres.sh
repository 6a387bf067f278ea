#!/usr/bin/env bash
# CSV -> PostgreSQL: `migrateiq-cli sync FILE PGSOURCE --table t` next to `psql \copy` and
# `pgloader` into a pre-created table of the same column types, on the same generated file and
# the same server; then PostgreSQL -> SQLite of that table next to CSV -> SQLite.
#
# Usage: bench/csv_postgres.sh [ROWS...]   (default: 1000000)
# Env:   RUNS            best of RUNS per tool (default 3)
#        SKIP_PGLOADER=1 leave pgloader out (it takes about 25 s per million rows)
#        MIQ_SHARED_DIR  folder holding gen_dataset.py (default: ../shared beside the repo)
#        MIQ_PG_*        an existing server to use (see tools/with-postgres.sh); by default the
#                        script runs itself inside tools/with-postgres.sh: a throw-away cluster
#                        (fsync off, the same server settings for every tool).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [[ -z ${MIQ_PG_HOST:-} ]]; then
    exec "$repo/tools/with-postgres.sh" "$0" "$@"
fi
shared=${MIQ_SHARED_DIR:-$repo/../shared}
build=$repo/build-bench
out=$repo/bench/out
runs=${RUNS:-3}
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1000000)

for tool in python3 psql pgloader cmake; do
    command -v "$tool" >/dev/null || { echo "error: $tool is not installed (tools/setup.sh)" >&2; exit 2; }
done
[[ -f $shared/gen_dataset.py ]] || { echo "error: $shared/gen_dataset.py not found (set MIQ_SHARED_DIR)" >&2; exit 2; }

echo "Building migrateiq-cli (Release, $build)..."
generator=()
command -v ninja >/dev/null && [[ ! -f $build/CMakeCache.txt ]] && generator=(-G Ninja)
cmake "${generator[@]}" -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" --target migrateiq-cli -j "$(nproc)" >/dev/null
cli=$build/app/migrateiq-cli
measure=("python3" "$repo/bench/measure.py")
calc() { awk "BEGIN { printf \"%.2f\", $* }"; }

# Every tool authenticates through libpq's PGPASSWORD: the password never appears on a command
# line, in the workspace or in this script's output. TimeZone UTC: timestamps without a zone
# in the file mean UTC for every tool, as they do for MigrateIQ.
export PGHOST=$MIQ_PG_HOST PGPORT=$MIQ_PG_PORT PGUSER=$MIQ_PG_USER PGDATABASE=$MIQ_PG_DATABASE
export PGPASSWORD=$MIQ_PG_PASSWORD PGTZ=UTC
export MIQ_SECRET_STORE=memory # never touch a keychain
pg() { PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 -At "$@"; }
pg_url="postgresql://$PGUSER@$PGHOST:$PGPORT/$PGDATABASE"

# Best of $runs: prints "seconds peak_mb" of the fastest run. $1 is a setup command run before
# each timed run (untimed), the rest the timed command.
best_of() {
    local setup=$1
    shift
    local best="" best_mem=""
    for ((i = 0; i < runs; i++)); do
        eval "$setup"
        read -r t m < <("${measure[@]}" "$@")
        if [[ -z $best ]] || awk "BEGIN { exit !($t < $best) }"; then
            best=$t
            best_mem=$m
        fi
    done
    echo "$best $best_mem"
}

mkdir -p "$out"
ws=$out/pgbench.miq
printf '\n%-9s %-40s %9s %9s %10s %12s\n' rows tool seconds "peak MB" "rows/s" "rows landed"
for rows in "${sizes[@]}"; do
    data=$out/dataset-$rows.csv
    if [[ ! -s $data ]]; then
        python3 "$shared/gen_dataset.py" "$rows" 42 "$data.tmp" && mv "$data.tmp" "$data"
    fi
    cat "$data" >/dev/null

    rm -f "$ws" "$ws"-* "$out"/pg2sqlite.sqlite* "$out"/csv2sqlite.sqlite*
    "$cli" --workspace "$ws" sources add --name pg --type postgres --set "host=$PGHOST" --set "port=$PGPORT" \
        --set "database=$PGDATABASE" --set "user=$PGUSER" --set sslmode=disable </dev/null >/dev/null 2>&1
    pg -c 'DROP TABLE IF EXISTS t, t_psql, t_pgloader'

    # MigrateIQ: type inference pass, binary COPY in batches with checkpoints, verification.
    read -r t_miq m_miq < <(best_of : "$cli" --workspace "$ws" sync "$data" pg --table t --full)
    n_miq=$(pg -c 'SELECT count(*) FROM t')
    verified=$("$cli" --workspace "$ws" runs 2>/dev/null | grep -c -w verified || true)
    last=$("$cli" --workspace "$ws" runs --limit 1 2>/dev/null | awk 'NR == 3 { print $1 }')
    timings=$("$cli" --workspace "$ws" runs show "$last" 2>/dev/null | sed -n 's/^Duration *//p')

    # The same column types for the other tools: the table our run created, without its rows.
    pg -c 'CREATE TABLE t_psql (LIKE t)' -c 'CREATE TABLE t_pgloader (LIKE t)'
    types=$(pg -c "SELECT string_agg(attname || ' ' || format_type(atttypid, atttypmod), ', ' ORDER BY attnum)
                   FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0")

    read -r t_psql m_psql < <(best_of "pg -c 'TRUNCATE t_psql'" \
        psql -X -q -v ON_ERROR_STOP=1 -c "\\copy t_psql FROM '$data' WITH (FORMAT csv, HEADER true)")
    n_psql=$(pg -c 'SELECT count(*) FROM t_psql')

    # pgloader's CSV reader, into the existing table (it truncates it itself).
    columns=$(head -n 1 "$data")
    t_pgl=0 m_pgl=0 n_pgl=$n_miq
    if [[ -z ${SKIP_PGLOADER:-} ]]; then
        read -r t_pgl m_pgl < <(best_of : pgloader --quiet --type csv --field "$columns" \
            --with truncate --with "skip header = 1" --with "fields optionally enclosed by '\"'" \
            --with "fields terminated by ','" "$data" "$pg_url?tablename=t_pgloader")
        n_pgl=$(pg -c 'SELECT count(*) FROM t_pgloader')
    fi

    printf '%-9s %-40s %9s %9s %10s %12s\n' "$rows" "migrateiq-cli sync (verified)" "$t_miq" "$m_miq" "$(calc "$rows / $t_miq")" "$n_miq"
    printf '%-9s %-40s %9s %9s %10s %12s\n' "$rows" "psql \\copy (typed table)" "$t_psql" "$m_psql" "$(calc "$rows / $t_psql")" "$n_psql"
    if [[ -z ${SKIP_PGLOADER:-} ]]; then
        printf '%-9s %-40s %9s %9s %10s %12s\n' "$rows" "pgloader (typed table)" "$t_pgl" "$m_pgl" "$(calc "$rows / $t_pgl")" "$n_pgl"
        printf '%-9s speed ratios: psql time / ours %sx, pgloader time / ours %sx\n' "$rows" \
            "$(calc "$t_psql / $t_miq")" "$(calc "$t_pgl / $t_miq")"
    else
        printf '%-9s speed ratio: psql time / ours %sx (pgloader left out)\n' "$rows" "$(calc "$t_psql / $t_miq")"
    fi
    echo "          ours, last run: $timings"
    echo "          column types: $types"
    [[ $verified -gt 0 ]] || echo "WARNING: the MigrateIQ run was not verified (see: $cli --workspace $ws runs)"
    [[ $n_psql == "$n_miq" && $n_pgl == "$n_miq" ]] ||
        echo "WARNING: different row counts landed (ours $n_miq, psql $n_psql, pgloader $n_pgl)"

    # PostgreSQL -> SQLite of that table, next to CSV -> SQLite of the file.
    read -r t_pg2 m_pg2 < <(best_of "rm -f $out/pg2sqlite.sqlite*" \
        "$cli" --workspace "$ws" sync pg:public.t "$out/pg2sqlite.sqlite" --table t --full)
    read -r t_csv2 m_csv2 < <(best_of "rm -f $out/csv2sqlite.sqlite*" \
        "$cli" --workspace "$ws" sync "$data" "$out/csv2sqlite.sqlite" --table t --full)
    printf '%-9s %-40s %9s %9s %10s\n' "$n_miq" "migrateiq-cli sync PostgreSQL -> SQLite" "$t_pg2" "$m_pg2" "$(calc "$n_miq / $t_pg2")"
    printf '%-9s %-40s %9s %9s %10s\n' "$rows" "migrateiq-cli sync CSV -> SQLite" "$t_csv2" "$m_csv2" "$(calc "$rows / $t_csv2")"
    printf '%-9s rows/s ratio PostgreSQL->SQLite / CSV->SQLite: %sx\n' "$rows" \
        "$(calc "($n_miq / $t_pg2) / ($rows / $t_csv2)")"
done
