#!/usr/bin/env bash
# Configures and builds MigrateIQ into build/ (or $MIQ_BUILD_DIR). Extra arguments go to ninja.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${MIQ_BUILD_DIR:-$root/build}
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" --parallel "$(nproc)" "$@"
