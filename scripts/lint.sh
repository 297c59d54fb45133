#!/usr/bin/env bash
# `make lint`: migration lint (squawk), release discipline, ruff and mypy --strict.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"
echo "== squawk (deploy/)"
squawk --config .squawk.toml $(find deploy -name '*.sql' | sort)
echo "== released changes unchanged"
scripts/check_released.sh
echo "== ruff"
(cd python && ruff check . ../bench && ruff format --check . ../bench >/dev/null)
echo "== mypy --strict"
(cd python && mypy --strict workshop_db tests ../bench/run.py)
