#!/usr/bin/env bash
# Check that the system commands the test suite needs are installed (Debian/Ubuntu package names).
#
#   dbus-run-session       dbus (pulled in by dbus-x11)  private D-Bus session for the keyring tests
#   gnome-keyring-daemon   gnome-keyring                 a real Secret Service for `keyring`
#   qpdf                   qpdf                          PDF structure checks on generated reports
#   pdffonts, pdftotext    poppler-utils                 embedded fonts and text of generated reports
#
# Missing and root: installs them non-interactively. Missing and not root: prints the command, exits 1.
set -euo pipefail

readonly REQUIRED_COMMANDS=(dbus-run-session gnome-keyring-daemon qpdf pdffonts pdftotext)
readonly APT_PACKAGES=(gnome-keyring dbus-x11 libsecret-tools qpdf poppler-utils)

missing_commands() {
    local cmd
    for cmd in "${REQUIRED_COMMANDS[@]}"; do
        command -v "$cmd" >/dev/null 2>&1 || printf '%s\n' "$cmd"
    done
}

missing="$(missing_commands)"
if [[ -z "$missing" ]]; then
    exit 0
fi

echo "Missing system commands: $(echo "$missing" | tr '\n' ' ')" >&2
install_cmd="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${APT_PACKAGES[*]}"

if [[ "$(id -u)" -ne 0 ]]; then
    echo "Install them with:" >&2
    echo "    sudo sh -c '$install_cmd'" >&2
    exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "apt-get not found; install the equivalents of: ${APT_PACKAGES[*]}" >&2
    exit 1
fi

echo "Installing: ${APT_PACKAGES[*]}" >&2
apt-get update </dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${APT_PACKAGES[@]}" </dev/null

missing="$(missing_commands)"
if [[ -n "$missing" ]]; then
    echo "Still missing after install: $(echo "$missing" | tr '\n' ' ')" >&2
    exit 1
fi
