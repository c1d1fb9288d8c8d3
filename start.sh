#!/usr/bin/env bash
# Installs everything needed (into .venv) and starts Network Designer on a ready example.
# Arguments go to the app, e.g. ./start.sh my_network.nnd
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
if [ "$(uname -s)" = Linux ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No screen found (DISPLAY and WAYLAND_DISPLAY are unset). Run this from a desktop" >&2
    echo "session, or on a virtual screen: xvfb-run -s '-screen 0 1600x1000x24' ./start.sh" >&2
    exit 1
  fi
  [ -n "${DISPLAY:-}" ] && bash scripts/qt-system-libs.sh
  bash scripts/cjk-font.sh
fi
bash scripts/datasets.sh
exec .venv/bin/python main.py "$@"
