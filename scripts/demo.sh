#!/usr/bin/env bash
# `make demo`: the embedded cluster with the schema, reference seeds and demo data.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"
need sqitch sqitch

data=$(demo_data_dir)
scripts/pg.sh start "$data" "$DEMO_PORT"
url="postgresql://postgres@127.0.0.1:$DEMO_PORT/workshop"
export DATABASE_URL=$url
echo "== cluster: $data on 127.0.0.1:$DEMO_PORT"
psql -X -q -d "postgresql://postgres@127.0.0.1:$DEMO_PORT/postgres" -tAc \
  "SELECT 1 FROM pg_database WHERE datname = 'workshop'" | grep -q 1 \
  || createdb -h 127.0.0.1 -p "$DEMO_PORT" -U postgres workshop
echo "== sqitch deploy --verify"
sqitch deploy --verify "db:pg://postgres@127.0.0.1:$DEMO_PORT/workshop"
echo "== seeds"
workshop-db seed --demo
echo "== production report"
workshop-db refresh
workshop-db report
cat <<MSG

Workshop DB is running on 127.0.0.1:$DEMO_PORT (database workshop, user postgres).
  make psql       open psql on it
  make db-stop    stop it
  DATABASE_URL=$url
MSG
