#!/usr/bin/env bash
# Installs what MigrateIQ needs, builds everything and runs the whole test suite with CTest.
# Keychain tests run against a private gnome-keyring (tools/with-keyring.sh) and PostgreSQL tests
# against a throw-away server on 127.0.0.1 (tools/with-postgres.sh); nothing else is touched.
# Extra arguments go to ctest, e.g. -L postgres or -R csv.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${MIQ_BUILD_DIR:-$root/build}
"$root/tools/setup.sh"
"$root/tools/build.sh"
cd "$build"
exec ctest --output-on-failure --parallel "$(nproc)" "$@"
