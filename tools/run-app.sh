#!/usr/bin/env bash
# Installs what MigrateIQ needs, builds it and starts the desktop app. With no arguments it opens
# the demo workspace (created on first start); any arguments go to the app, e.g. a .miq file.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/tools/setup.sh"
"$root/tools/build.sh" --target migrateiq migrateiq-cli
exec "${MIQ_BUILD_DIR:-$root/build}/app/migrateiq" "$@"
