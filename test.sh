#!/usr/bin/env bash
# Installs everything needed (into .venv), checks the house rules (ruff: style, bugbear and
# complexity; import-linter: the designer core never imports Qt, widgets stay in layers), then
# runs the test suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh test,export
.venv/bin/ruff check --quiet .
.venv/bin/lint-imports --no-logo --no-cache
exec .venv/bin/python -m pytest "$@"
