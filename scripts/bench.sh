#!/usr/bin/env bash
# `make bench SCALE=N`: the benchmark of issue 7 in a throw-away cluster on a free port.
# Not part of `make test`. PG_FSYNC=on by default (honest commit costs); BENCH_SECONDS sets
# pgbench's duration per query and database. The report goes to bench/results/.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"
need sqitch sqitch; need pgbench postgresql-client

scale=${SCALE:-1000000}
work=$(mktemp -d /tmp/workshop-db-bench.XXXXXX)
chmod 755 "$work"
port=$(free_port)
cleanup() { PG_STOP_MODE=immediate "$ROOT/scripts/pg.sh" stop "$work/data" "$port" || true; rm -rf "$work"; }
trap cleanup EXIT
export PG_FSYNC=${PG_FSYNC:-on}
scripts/pg.sh start "$work/data" "$port"
export PGHOST=127.0.0.1 PGPORT=$port PGUSER=postgres PGDATABASE=postgres
echo "== bench: scale $scale, cluster on 127.0.0.1:$port (fsync=$PG_FSYNC)"
python3 bench/run.py --scale "$scale" --seconds "${BENCH_SECONDS:-8}" --fsync "$PG_FSYNC"
