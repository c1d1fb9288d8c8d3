#!/usr/bin/env bash
# Installs everything needed (into .venv) and runs the test suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh test,export
exec .venv/bin/python -m pytest "$@"
