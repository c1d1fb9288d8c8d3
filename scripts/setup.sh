#!/usr/bin/env bash
# Creates .venv and installs Network Designer with the tested versions (constraints.txt).
# Run by start.sh (the app: extras "export") and test.sh (extras "test,export": the tests also
# need pytest and Keras 3); re-installs only when pyproject.toml or constraints.txt change.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Network Designer needs Python 3.11 or newer ($PYTHON is $("$PYTHON" --version 2>&1))." >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  echo "Creating .venv ..." >&2
  "$PYTHON" -m venv .venv
fi
extras=${1:-export}
stamp=".venv/.nd-installed-${extras//,/-}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ constraints.txt -nt "$stamp" ]; then
  echo "Installing dependencies (pinned in constraints.txt) ..." >&2
  .venv/bin/python -m pip install --quiet --disable-pip-version-check \
    -c constraints.txt -e ".[$extras]"
  touch "$stamp"
fi
