#!/usr/bin/env bash
# `make test`: the whole suite in a throw-away cluster on a free port.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"
need sqitch sqitch; need pg_prove libtap-parser-sourcehandler-pgtap-perl

echo "== lint"
scripts/lint.sh

work=$(mktemp -d /tmp/workshop-db-test.XXXXXX)
chmod 755 "$work"
port=$(free_port)
cleanup() { PG_STOP_MODE=immediate "$ROOT/scripts/pg.sh" stop "$work/data" "$port" || true; rm -rf "$work"; }
trap cleanup EXIT
PG_FSYNC=off scripts/pg.sh start "$work/data" "$port"
export PGHOST=127.0.0.1 PGPORT=$port PGUSER=postgres PGDATABASE=postgres
export WORKSHOP_TEST_PGDATA="$work/data"

echo "== deploy (with verify) to a fresh database"
createdb workshop_template
sqitch deploy --verify "db:pg://postgres@127.0.0.1:$port/workshop_template" >"$work/deploy.log" \
  || { cat "$work/deploy.log"; exit 1; }
load_seed_dir "postgresql://postgres@127.0.0.1:$port/workshop_template" seed/reference
echo "deployed $(grep -c '^  + ' "$work/deploy.log") changes, loaded seed/reference"

echo "== pgTAP"
# The pgTAP database is a copy of the template, plus the test-only extensions.
createdb -T workshop_template workshop_pgtap
psql -X -q -d workshop_pgtap -v ON_ERROR_STOP=1 \
  -c 'CREATE EXTENSION pgtap' -c 'CREATE EXTENSION plpgsql_check' \
  -f test/helpers/pgtap_helpers.sql -f test/helpers/policy_helpers.sql
pg_prove -d workshop_pgtap -r --ext .sql --failures test/pgtap

echo "== pytest"
export WORKSHOP_TEMPLATE_DB=workshop_template
cd python
python -m pytest -q -p no:cacheprovider "$@"
