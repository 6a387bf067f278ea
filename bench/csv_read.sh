#!/usr/bin/env bash
# Reading one CSV file: MigrateIQ's reader next to `wc -l` (the speed of just touching the
# bytes) and `sqlite3 .import --csv` (what an analyst would use instead), in one run.
#
# Usage: bench/csv_read.sh [ROWS]        (default 1000000)
# Env:   MIQ_SHARED_DIR  folder holding gen_dataset.py (default: ../shared beside the repo)
#        RUNS            timed runs per tool, best one kept (default 3)
set -euo pipefail

rows=${1:-1000000}
runs=${RUNS:-3}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=${MIQ_SHARED_DIR:-$repo/../shared}
build=$repo/build-bench
out=$repo/bench/out
data=$out/dataset-$rows.csv

if [[ ! -f $shared/gen_dataset.py ]]; then
    echo "error: $shared/gen_dataset.py not found; put shared/ beside the repo or set MIQ_SHARED_DIR" >&2
    exit 2
fi
for tool in python3 sqlite3 wc cmake; do
    command -v "$tool" >/dev/null || { echo "error: $tool is not installed" >&2; exit 2; }
done

mkdir -p "$out"
if [[ ! -s $data ]]; then
    echo "Generating $rows rows (gen_dataset.py, seed 42)..."
    python3 "$shared/gen_dataset.py" "$rows" 42 "$data.tmp"
    mv "$data.tmp" "$data"
fi

echo "Building miq-bench-csvread (Release, $build)..."
generator=()
command -v ninja >/dev/null && [[ ! -f $build/CMakeCache.txt ]] && generator=(-G Ninja)
cmake "${generator[@]}" -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" --target miq-bench-csvread -j "$(nproc 2>/dev/null || echo 2)" >/dev/null
bench=$build/bench/miq-bench-csvread

bytes=$(wc -c <"$data")
cat "$data" >/dev/null # every tool reads from the page cache, none from disk

now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.3f\", $* }"; }
# best_time CMD...: the fastest of $runs runs, in seconds (process start included for every tool)
best_time() {
    local best="" start end t
    for ((i = 0; i < runs; i++)); do
        start=$(now)
        "$@" >/dev/null
        end=$(now)
        t=$(calc "$end - $start")
        if [[ -z $best ]] || [[ $(calc "$t < $best") == 1.000 ]]; then best=$t; fi
    done
    echo "$best"
}

t_ours=$(best_time "$bench" "$data")
t_wc=$(best_time wc -l "$data")
t_sqlite=$(best_time sqlite3 :memory: ".import --csv $data t")
ours_line=$("$bench" "$data")

mbps() { awk "BEGIN { printf \"%.1f\", $bytes / 1000000 / $1 }"; }
printf '\nFile: %s (%.1f MB, %s generated rows)\n' "$data" "$(calc "$bytes / 1000000")" "$rows"
printf 'Reader: %s\n\n' "$ours_line"
printf '%-36s %9s %9s\n' "tool (best of $runs runs)" "seconds" "MB/s"
printf '%-36s %9.3f %9s\n' "MigrateIQ CsvReader (all batches)" "$t_ours" "$(mbps "$t_ours")"
printf '%-36s %9.3f %9s\n' "wc -l" "$t_wc" "$(mbps "$t_wc")"
printf '%-36s %9.3f %9s\n' "sqlite3 :memory: .import --csv" "$t_sqlite" "$(mbps "$t_sqlite")"
printf '\nThroughput ratios: ours/wc = %.2f, ours/sqlite3 = %.2f\n' "$(calc "$t_wc / $t_ours")" \
    "$(calc "$t_sqlite / $t_ours")"
