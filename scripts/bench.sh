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
# The cluster is set up as a DBA sets up a dedicated database server, the same for both
# databases: shared_buffers a quarter of the memory (the usual starting point; both
# databases fit at 1,000,000 orders), the planner told the rest is page cache, and room
# for the WAL of a bulk load between checkpoints (PostgreSQL's "Populating a Database").
# BENCH_PG_DEFAULTS=1 runs with PostgreSQL's defaults instead (128 MB of shared buffers).
if [ "${BENCH_PG_DEFAULTS:-0}" != 1 ]; then
  mem_mb=$(awk '/^MemTotal:/ {print int($2 / 1024)}' /proc/meminfo)
  export PG_EXTRA_CONF="shared_buffers = $((mem_mb / 4))MB
effective_cache_size = $((mem_mb * 3 / 4))MB
max_wal_size = 16GB
checkpoint_timeout = 30min"
fi
scripts/pg.sh start "$work/data" "$port"
export PGHOST=127.0.0.1 PGPORT=$port PGUSER=postgres PGDATABASE=postgres
echo "== bench: scale $scale, cluster on 127.0.0.1:$port (fsync=$PG_FSYNC)"
python3 bench/run.py --scale "$scale" --seconds "${BENCH_SECONDS:-16}" --fsync "$PG_FSYNC"
