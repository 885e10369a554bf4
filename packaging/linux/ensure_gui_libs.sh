#!/usr/bin/env bash
# Qt's X11 platform plugin (xcb) needs a few X client libraries that minimal Debian/Ubuntu installs
# lack (from Qt 6.5 on, libxcb-cursor0 among them). Used by `make run` before opening the window:
# installs them when run as root, otherwise prints the one apt-get line to run.
set -euo pipefail

[[ "$(uname -s)" == "Linux" ]] || exit 0
# Offscreen/wayland sessions do not load the xcb plugin.
[[ "${QT_QPA_PLATFORM:-}" == "offscreen" || "${QT_QPA_PLATFORM:-}" == wayland* ]] && exit 0

plugin=$(find "${1:-.venv}" -path '*PySide6/Qt/plugins/platforms/libqxcb.so' 2>/dev/null | head -n 1)
[[ -n "$plugin" ]] || exit 0
qt_lib=$(dirname "$plugin")/../../lib

missing=$(LD_LIBRARY_PATH="$qt_lib" ldd "$plugin" "$qt_lib"/libQt6XcbQpa.so.6 2>/dev/null | awk '/not found/ {print $1}' | sort -u)
if ! ldconfig -p 2>/dev/null | grep -q 'libxcb-cursor\.so\.0'; then
    missing="$missing libxcb-cursor.so.0"
fi
[[ -n "${missing// /}" ]] || exit 0

packages="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0 libxcb-shape0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3"
echo "Qt's window system plugin needs libraries that are missing:" $missing >&2
if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $packages
else
    echo "Install them with:  sudo apt-get install $packages" >&2
    exit 1
fi
