#!/usr/bin/env bash
# Run a command against a real, unlocked Secret Service (gnome-keyring) on a private D-Bus session.
#
# Usage (must run inside its own D-Bus session):
#
#     dbus-run-session -- bash tests/support/with_keyring.sh COMMAND [ARGS...]
#
# Each run is a "new machine": the daemon keeps its keyrings under $XDG_DATA_HOME/keyrings, and we point
# XDG_DATA_HOME at a fresh temporary folder, so the keyring starts empty. Set EAPDESK_KEEP_XDG_DATA_HOME=1
# to keep the caller's XDG_DATA_HOME instead (same machine, keyring contents survive between runs).
#
# Nesting is supported: a test may run `dbus-run-session -- bash tests/support/with_keyring.sh CMD` to
# simulate another machine. The nested run gets its own bus (from dbus-run-session), its own runtime
# folder (so the daemon cannot find and reuse the outer daemon's control socket) and its own data folder.
#
# The temporary folders are removed, and the daemon stopped, once COMMAND exits (a small watcher process
# does this, because the script `exec`s COMMAND so that its exit status and signals pass through as is).
set -euo pipefail

readonly KEYRING_PASSWORD='test-keyring-pw' # must be non-empty: an empty one fails with "Prompt dismissed"

if [[ $# -eq 0 ]]; then
    echo "usage: dbus-run-session -- bash $0 COMMAND [ARGS...]" >&2
    exit 2
fi
if [[ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; then
    echo "$0: no D-Bus session; run me as: dbus-run-session -- bash $0 $*" >&2
    exit 2
fi
if ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
    echo "$0: gnome-keyring-daemon not found; run: bash tests/support/ensure_system_deps.sh" >&2
    exit 2
fi

# Everything temporary lives under one folder so that clean-up is a single rm -rf.
scratch="$(mktemp -d "${TMPDIR:-/tmp}/eapdesk-keyring.XXXXXXXX")"

# A private runtime folder (mode 0700, as the XDG spec and Qt require). The daemon puts its control socket
# in $XDG_RUNTIME_DIR/keyring; sharing the caller's runtime folder would make a nested run (or a developer's
# desktop session) hand us an existing daemon instead of starting a new one.
export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"

if [[ "${EAPDESK_KEEP_XDG_DATA_HOME:-0}" != "1" ]]; then
    export XDG_DATA_HOME="$scratch/data"
    mkdir -m 700 "$XDG_DATA_HOME"
fi

# Forget any daemon inherited from an outer run.
unset GNOME_KEYRING_CONTROL GNOME_KEYRING_PID SSH_AUTH_SOCK

# The daemon forks into the background; the foreground process prints the environment (only when it
# differs from the defaults) once the daemon is up with the login keyring created and unlocked.
daemon_env="$(printf '%s' "$KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets)"
eval "$daemon_env"
export GNOME_KEYRING_CONTROL="${GNOME_KEYRING_CONTROL:-$XDG_RUNTIME_DIR/keyring}"

if [[ ! -S "$GNOME_KEYRING_CONTROL/control" ]]; then
    echo "$0: gnome-keyring-daemon did not start (no socket at $GNOME_KEYRING_CONTROL/control)" >&2
    rm -rf "$scratch"
    exit 1
fi

# Find our daemon: the gnome-keyring-daemon process whose environment carries our private runtime folder.
find_daemon() {
    local proc
    for proc in /proc/[0-9]*; do
        [[ "$(cat "$proc/comm" 2>/dev/null)" == gnome-keyring-d* ]] || continue
        if grep -qzxF "XDG_RUNTIME_DIR=$XDG_RUNTIME_DIR" "$proc/environ" 2>/dev/null; then
            echo "${proc#/proc/}"
            return
        fi
    done
}
daemon_pid="$(find_daemon)"

# Watcher: when COMMAND (which keeps this shell's PID after exec) exits, stop the daemon and clean up.
# While COMMAND runs it also keeps the keyring up: gnome-keyring-daemon 42 can abort when a client is
# SIGKILLed in the middle of a request (upstream: "gkd_secret_service_get_pkcs11_session: assertion
# 'client' failed"), which the kill-at-random-moments tests do on purpose. D-Bus would then start a
# fresh daemon with the login keyring locked; the watcher replaces it with one unlocked from the same
# keyring files, so the stored entries are all still there.
# Its output goes to /dev/null so it never holds a caller's pipe open.
(
    while kill -0 "$$" 2>/dev/null; do
        sleep 0.2
        if [[ -n "$daemon_pid" ]] && ! kill -0 "$daemon_pid" 2>/dev/null && kill -0 "$$" 2>/dev/null; then
            printf '%s' "$KEYRING_PASSWORD" | gnome-keyring-daemon --replace --unlock --components=secrets || true
            daemon_pid="$(find_daemon)"
        fi
    done
    if [[ -n "$daemon_pid" ]]; then
        kill "$daemon_pid" 2>/dev/null || true
    fi
    rm -rf "$scratch"
) </dev/null >/dev/null 2>&1 &
disown

exec "$@"
