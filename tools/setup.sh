#!/usr/bin/env bash
# Installs everything MigrateIQ needs to build, run and test on Debian/Ubuntu.
# Idempotent: packages already present are skipped quickly by apt.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build file pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qtkeychain-qt6-dev
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libuchardet-dev libxxhash-dev libzip-dev libsqlite3-dev libpq-dev libmariadb-dev
  # run: keychain backend (QtKeychain loads libsecret at run time), platform plugins
  libsecret-1-0 qt6-qpa-plugins
  # tests: real Secret Service in a private D-Bus session, PostgreSQL and MariaDB servers, Xvfb
  gnome-keyring dbus dbus-x11 libsecret-tools libqt6sql6-psql postgresql libqt6sql6-mysql mariadb-server mariadb-client xvfb xauth
  # benchmarks: the tools we compare against
  sqlite3 python3 pgloader
  # benchmarks: pandas for bench/profile.sh (DuckDB comes from npm, installed by the script)
  python3-pandas
)
# Node.js and npm for bench/profile.sh, from Debian unless a Node.js is already installed (e.g. from
# NodeSource, whose nodejs package bundles npm and conflicts with Debian's npm package).
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null; then
  echo "setup.sh: apt-get not found. Install these packages by hand (see README): ${missing[*]}" >&2
  exit 1
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "setup.sh: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
