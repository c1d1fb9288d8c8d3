#!/usr/bin/env bash
# Makes sure Qt's X11 (xcb) platform plugin can load: finds the system libraries it lacks with
# ldd, installs their Debian/Ubuntu packages when run as root with apt-get, and otherwise names
# the packages to install. (Qt's own error wrongly blames libxcb-cursor0 for any of them.)
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ "$(uname -s)" = Linux ] || exit 0
qt=$(.venv/bin/python -c 'import os, PySide6; print(os.path.join(os.path.dirname(PySide6.__file__), "Qt"))')
missing=$(LD_LIBRARY_PATH="$qt/lib" ldd "$qt/plugins/platforms/libqxcb.so" "$qt/lib/libQt6XcbQpa.so.6" 2>/dev/null \
  | awk '/not found/ {print $1}' | sort -u)
[ -z "$missing" ] && exit 0

declare -A package=(
  [libxcb-cursor.so.0]=libxcb-cursor0 [libxcb-icccm.so.4]=libxcb-icccm4
  [libxcb-keysyms.so.1]=libxcb-keysyms1 [libxcb-image.so.0]=libxcb-image0
  [libxcb-render-util.so.0]=libxcb-render-util0 [libxcb-util.so.1]=libxcb-util1
  [libxkbcommon-x11.so.0]=libxkbcommon-x11-0 [libxkbcommon.so.0]=libxkbcommon0
  [libxcb-randr.so.0]=libxcb-randr0 [libxcb-shape.so.0]=libxcb-shape0
  [libxcb-xkb.so.1]=libxcb-xkb1 [libxcb-sync.so.1]=libxcb-sync1
  [libxcb-xfixes.so.0]=libxcb-xfixes0 [libxcb-shm.so.0]=libxcb-shm0
  [libxcb-render.so.0]=libxcb-render0 [libxcb.so.1]=libxcb1 [libX11-xcb.so.1]=libx11-xcb1
  [libX11.so.6]=libx11-6 [libEGL.so.1]=libegl1 [libGL.so.1]=libgl1
  [libfontconfig.so.1]=libfontconfig1 [libfreetype.so.6]=libfreetype6
  [libdbus-1.so.3]=libdbus-1-3 [libglib-2.0.so.0]=libglib2.0-0
  [libgthread-2.0.so.0]=libglib2.0-0)
packages=$(for lib in $missing; do echo "${package[$lib]:-$lib}"; done | sort -u | tr '\n' ' ')

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing the system libraries Qt needs for a window: $packages" >&2
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null \
    && exit 0
  echo "apt-get could not install them." >&2
fi
echo "Qt needs these system libraries to open a window: $packages" >&2
echo "Install them, e.g.: sudo apt-get install $packages" >&2
exit 1
