#!/usr/bin/env bash
# CSV -> SQLite: `migrateiq-cli sync` next to `sqlite3 .import` into a pre-created typed table,
# on the same generated file, in one run; then the resume-after-kill check.
#
# Usage: bench/sync_sqlite.sh [ROWS...]     (default: 1000000 5000000 - memory must stay flat)
# Env:   MIQ_SHARED_DIR  folder holding gen_dataset.py (default: ../shared beside the repo)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=${MIQ_SHARED_DIR:-$repo/../shared}
build=$repo/build-bench
out=$repo/bench/out
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1000000 5000000)

for tool in python3 sqlite3 cmake; do
    command -v "$tool" >/dev/null || { echo "error: $tool is not installed" >&2; exit 2; }
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
export MIQ_SECRET_STORE=memory # no source here has secrets; never touch a keychain

# The typed table an analyst would create by hand for sqlite3 .import.
ddl='CREATE TABLE t (id INTEGER, email TEXT, full_name TEXT, country TEXT, signup_date TEXT,
  last_login TEXT, amount NUMERIC, quantity INTEGER, is_active TEXT, plan TEXT, phone TEXT, notes TEXT);'

mkdir -p "$out"
printf '\n%-10s %-26s %9s %9s %10s %12s\n' rows tool seconds "peak MB" "rows/s" "rows landed"
for rows in "${sizes[@]}"; do
    data=$out/dataset-$rows.csv
    if [[ ! -s $data ]]; then
        python3 "$shared/gen_dataset.py" "$rows" 42 "$data.tmp" && mv "$data.tmp" "$data"
    fi
    cat "$data" >/dev/null

    rm -f "$out"/sqlite3-import.db* "$out"/miq.sqlite* "$out"/bench.miq*
    read -r t_sqlite m_sqlite < <("${measure[@]}" sqlite3 "$out/sqlite3-import.db" "$ddl" ".import --csv --skip 1 $data t")
    n_sqlite=$(sqlite3 "$out/sqlite3-import.db" 'SELECT count(*) FROM t')
    read -r t_miq m_miq < <("${measure[@]}" "$cli" --workspace "$out/bench.miq" sync "$data" "$out/miq.sqlite" --table t --full)
    n_miq=$(sqlite3 "$out/miq.sqlite" 'SELECT count(*) FROM t')
    printf '%-10s %-26s %9s %9s %10s %12s\n' "$rows" "sqlite3 .import (typed)" "$t_sqlite" "$m_sqlite" "$(calc "$rows / $t_sqlite")" "$n_sqlite"
    printf '%-10s %-26s %9s %9s %10s %12s\n' "$rows" "migrateiq-cli sync" "$t_miq" "$m_miq" "$(calc "$rows / $t_miq")" "$n_miq"
    printf '%-10s speed ratio (sqlite3 time / ours): %sx\n' "$rows" "$(calc "$t_sqlite / $t_miq")"
    [[ $n_sqlite == "$n_miq" ]] || echo "WARNING: different row counts landed ($n_sqlite vs $n_miq)"
done

# Resume after kill -9: kill a run half-way, run the same command again, check the rows.
rows=${sizes[-1]}
data=$out/dataset-$rows.csv
rm -f "$out"/miq.sqlite* "$out"/bench.miq*
echo
echo "Resume: killing a sync of $rows rows half-way..."
"$cli" --workspace "$out/bench.miq" sync "$data" "$out/miq.sqlite" --table t --full >/dev/null 2>&1 &
pid=$!
while sleep 0.2; do
    # Read-only, so the poll never takes part in the workspace's write-ahead-log bookkeeping.
    done_rows=$(python3 -c 'import sqlite3, sys
c = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
print(c.execute("SELECT coalesce(max(rows_written), 0) FROM runs").fetchone()[0])' "$out/bench.miq" 2>/dev/null || echo 0)
    [[ ${done_rows:-0} -ge $((rows / 2)) ]] && break
    kill -0 $pid 2>/dev/null || break
done
kill -9 $pid 2>/dev/null || true
wait $pid 2>/dev/null || true
echo "killed after $done_rows rows had been committed"
read -r t_resume m_resume < <("${measure[@]}" "$cli" --workspace "$out/bench.miq" sync "$data" "$out/miq.sqlite" --table t)
n=$(sqlite3 "$out/miq.sqlite" 'SELECT count(*) FROM t')
distinct=$(sqlite3 "$out/miq.sqlite" 'SELECT count(DISTINCT id) FROM t')
status=$(sqlite3 "$out/bench.miq" "SELECT '#' || id || ' ' || status || ' ' || json_extract(verification, '\$.status') || ', ' || rows_written || ' rows written' FROM runs ORDER BY id DESC LIMIT 1")
resumed=$(sqlite3 "$out/bench.miq" "SELECT count(*) FROM runs WHERE log LIKE '%Resuming after%'")
echo "second command: ${t_resume}s (a full run took ${t_miq}s), peak ${m_resume} MB, rows $n, distinct ids $distinct, expected $n_sqlite; run $status; resumed from a checkpoint: $([[ $resumed -gt 0 ]] && echo yes || echo no)"
[[ $n == "$n_sqlite" && $distinct == "$n_sqlite" ]] && echo "resume: exact (no duplicates, no gaps)" || echo "resume: ROWS DIFFER"
