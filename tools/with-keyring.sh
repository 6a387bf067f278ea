#!/bin/sh
# Runs a command against a private, unlocked gnome-keyring (Secret Service), so that keychain tests
# talk to a real backend without touching the user's keyring and without any password prompt.
#
# Usage (CTest does this for tests registered with miq_add_test(... KEYRING ...)):
#   dbus-run-session -- sh tools/with-keyring.sh COMMAND [ARG...]
#
# Steps (docs PLATFORM.md, "Keychain (Secret Service) in a headless CI"):
#   1. a fresh HOME in a temporary directory (a fresh keyring; QSettings/QStandardPaths move too),
#   2. gnome-keyring-daemon --unlock with a random password,
#   3. wait until org.freedesktop.secrets has an owner AND the login collection is unlocked:
#      --unlock returns before the keyring is usable (about 1 run in 40 fails otherwise),
#   4. run the command and exit with its exit code.
# The command runs as a child rather than through exec so that the daemon is stopped and the
# temporary HOME removed afterwards. POSIX sh: CTest runs this file with `sh`.

set -u

me=with-keyring.sh
poll_interval=0.1
poll_attempts=100 # 100 x 0.1 s = 10 s

if [ "$#" -eq 0 ]; then
    echo "$me: usage: dbus-run-session -- sh $0 COMMAND [ARG...]" >&2
    exit 2
fi
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "$me: no D-Bus session bus; run it as: dbus-run-session -- sh $0 COMMAND..." >&2
    exit 2
fi
for tool in gnome-keyring-daemon dbus-send mktemp od; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$me: '$tool' not found; install gnome-keyring, dbus and libsecret-1-0 (tools/setup.sh)" >&2
        exit 2
    fi
done

home=$(mktemp -d "${TMPDIR:-/tmp}/miq-keyring.XXXXXX") || {
    echo "$me: cannot create a temporary HOME" >&2
    exit 1
}
daemon_pid=

# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    # Stop the daemon we started (found by its D-Bus name, never by process name) before its
    # files disappear; it would also exit with the bus when dbus-run-session ends.
    if [ -n "$daemon_pid" ]; then
        kill "$daemon_pid" 2>/dev/null
    fi
    rm -rf "$home"
}
trap cleanup EXIT
# Make signals run the EXIT trap too, with the conventional 128+N status.
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

export HOME="$home"
# The XDG directories would otherwise still point at the user's own keyrings and control socket
# (gnome-keyring-daemon --unlock would then unlock an already running daemon instead of a new one).
export XDG_DATA_HOME="$home/.local/share"
export XDG_CONFIG_HOME="$home/.config"
export XDG_CACHE_HOME="$home/.cache"
export XDG_RUNTIME_DIR="$home/runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
if [ -z "$password" ]; then
    echo "$me: cannot read random bytes for the keyring password" >&2
    exit 1
fi

# The daemon prints GNOME_KEYRING_CONTROL=...; keep that (and any warnings) out of the test output
# unless something goes wrong.
log="$home/gnome-keyring.log"
if ! printf %s "$password" | gnome-keyring-daemon --unlock --components=secrets >"$log" 2>&1; then
    echo "$me: gnome-keyring-daemon --unlock failed:" >&2
    cat "$log" >&2
    exit 1
fi

secrets_owned() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q 'boolean true'
}

login_unlocked() {
    dbus-send --session --print-reply --dest=org.freedesktop.secrets \
        /org/freedesktop/secrets/collection/login org.freedesktop.DBus.Properties.Get \
        string:org.freedesktop.Secret.Collection string:Locked 2>/dev/null |
        grep -q 'boolean false'
}

owned=no
unlocked=no
attempt=0
while [ "$attempt" -lt "$poll_attempts" ]; do
    # Ask for the owner first: a message to an unowned org.freedesktop.secrets would make the bus
    # activate a second daemon from its .service file.
    if secrets_owned; then
        owned=yes
        if login_unlocked; then
            unlocked=yes
            break
        fi
    fi
    attempt=$((attempt + 1))
    sleep "$poll_interval"
done

if [ "$owned" = yes ]; then
    daemon_pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null |
        sed -n 's/^ *uint32 \([0-9][0-9]*\)$/\1/p')
fi

if [ "$unlocked" != yes ]; then
    if [ "$owned" != yes ]; then
        echo "$me: the Secret Service (org.freedesktop.secrets) did not appear on the session bus within 10 s" >&2
    else
        echo "$me: the login keyring was still locked after 10 s (gnome-keyring-daemon --unlock did not take effect)" >&2
    fi
    cat "$log" >&2
    exit 1
fi

# Tests that write to the keychain check this, so that running one by hand outside the wrapper
# cannot fill (or lock up on) the user's real keychain.
export MIQ_PRIVATE_KEYRING=1
"$@"
status=$?
exit "$status"
