#!/usr/bin/env bash
# Profiling one CSV file: `migrateiq-cli profile FILE --json` next to DuckDB's SUMMARIZE (through
# its Node API) and pandas' describe(include='all'), on the same generated file, in one run.
#
# Usage: bench/profile.sh [ROWS]        (default 1000000)
# Env:   MIQ_SHARED_DIR  folder holding gen_dataset.py (default: ../shared beside the repo)
#        RUNS            timed runs per tool, best one kept (default 3)
#        SKIP_PANDAS=1   leave pandas out (it needs several GB of RAM at 5,000,000 rows)
set -euo pipefail

rows=${1:-1000000}
runs=${RUNS:-3}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=${MIQ_SHARED_DIR:-$repo/../shared}
build=$repo/build-bench
out=$repo/bench/out
data=$out/dataset-$rows.csv
duckdb_version=1.5.6-r.1

if [[ ! -f $shared/gen_dataset.py ]]; then
    echo "error: $shared/gen_dataset.py not found; put shared/ beside the repo or set MIQ_SHARED_DIR" >&2
    exit 2
fi
for tool in python3 node npm cmake; do
    command -v "$tool" >/dev/null || { echo "error: $tool is not installed (tools/setup.sh)" >&2; exit 2; }
done
# pandas from apt lives in the system Python, which may not be the first python3 on the PATH (pyenv).
pandas_python=python3
if [[ -z ${SKIP_PANDAS:-} ]] && ! python3 -c 'import pandas' 2>/dev/null; then
    if [[ -x /usr/bin/python3 ]] && /usr/bin/python3 -c 'import pandas' 2>/dev/null; then
        pandas_python=/usr/bin/python3
    else
        echo "error: pandas is not installed (python3-pandas, tools/setup.sh), or set SKIP_PANDAS=1" >&2
        exit 2
    fi
fi

mkdir -p "$out"
if [[ ! -s $data ]]; then
    echo "Generating $rows rows (gen_dataset.py, seed 42)..."
    python3 "$shared/gen_dataset.py" "$rows" 42 "$data.tmp"
    mv "$data.tmp" "$data"
fi

# DuckDB's Node API, pinned, installed beside the script copy that imports it.
if [[ ! -f $out/node_modules/@duckdb/node-api/package.json ]] \
    || ! grep -q "\"version\": \"$duckdb_version\"" "$out/node_modules/@duckdb/node-api/package.json"; then
    echo "Installing @duckdb/node-api@$duckdb_version into $out (npm)..."
    [[ -f $out/package.json ]] || echo '{ "private": true }' >"$out/package.json"
    npm install --prefix "$out" --no-audit --no-fund --silent "@duckdb/node-api@$duckdb_version" >/dev/null
fi
cp "$repo/bench/duckdb_summarize.mjs" "$out/duckdb_summarize.mjs"

echo "Building migrateiq-cli (Release, $build)..."
generator=()
command -v ninja >/dev/null && [[ ! -f $build/CMakeCache.txt ]] && generator=(-G Ninja)
cmake "${generator[@]}" -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" --target migrateiq-cli -j "$(nproc 2>/dev/null || echo 2)" >/dev/null
cli=$build/app/migrateiq-cli

bytes=$(wc -c <"$data")
cat "$data" >/dev/null # every tool reads from the page cache, none from disk
export MIQ_WORKSPACE=$out/profile-bench.miq # never the user's workspace (a file needs none)

calc() { awk "BEGIN { printf \"%.3f\", $* }"; }
# best CMD...: "SECONDS PEAK_RSS_MB" of the fastest of $runs runs (bench/measure.py, process start included)
best() {
    local best_s="" best_rss="" line s rss
    for ((i = 0; i < runs; i++)); do
        line=$(python3 "$repo/bench/measure.py" "$@") || { echo "error: '$*' failed" >&2; exit 1; }
        s=${line% *}
        rss=${line#* }
        if [[ -z $best_s ]] || [[ $(calc "$s < $best_s") == 1.000 ]]; then best_s=$s; best_rss=$rss; fi
    done
    echo "$best_s $best_rss"
}

read -r t_ours rss_ours < <(best "$cli" profile "$data" --json)
read -r t_duck rss_duck < <(best node "$out/duckdb_summarize.mjs" "$data")
if [[ -z ${SKIP_PANDAS:-} ]]; then
    read -r t_pandas rss_pandas < <(best "$pandas_python" -c \
        "import sys, pandas as pd; print(pd.read_csv(sys.argv[1]).describe(include='all').to_string())" "$data")
fi
summary=$("$cli" profile "$data" --json | python3 -c \
    "import json,sys; p=json.load(sys.stdin); print(p['rows'], 'rows,', len(p['columns']), 'columns,', p['duplicate_rows'], 'duplicate rows')")

printf '\nFile: %s (%.1f MB, %s generated rows); profile: %s\n\n' "$data" "$(calc "$bytes / 1000000")" "$rows" "$summary"
printf '%-44s %9s %14s\n' "tool (best of $runs runs)" "seconds" "peak RSS (MB)"
printf '%-44s %9.3f %14.1f\n' "migrateiq-cli profile FILE --json" "$t_ours" "$rss_ours"
printf '%-44s %9.3f %14.1f\n' "DuckDB $duckdb_version SUMMARIZE (Node API)" "$t_duck" "$rss_duck"
if [[ -z ${SKIP_PANDAS:-} ]]; then
    printf '%-44s %9.3f %14.1f\n' "pandas read_csv + describe(include='all')" "$t_pandas" "$rss_pandas"
fi
printf '\nSpeed ratios: DuckDB/ours = %.2f' "$(calc "$t_duck / $t_ours")"
[[ -z ${SKIP_PANDAS:-} ]] && printf ', pandas/ours = %.2f' "$(calc "$t_pandas / $t_ours")"
printf '\n'
