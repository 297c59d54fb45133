#!/usr/bin/env bash
# A project-local PostgreSQL 15 cluster: pg.sh start|stop|status|url DATA_DIR PORT
#
# The cluster listens on 127.0.0.1 only, trusts local connections and names its
# superuser "postgres" whoever starts it. initdb and pg_ctl refuse to run as root, so
# when root starts it the server runs as the OS user "postgres".
set -euo pipefail

cmd=${1:?usage: pg.sh start|stop|status DATA_DIR PORT}
data=${2:?data directory}
port=${3:-54329}
pg_bin=${PG_BIN:-$(pg_config --bindir 2>/dev/null || echo /usr/lib/postgresql/15/bin)}
[ -x "$pg_bin/initdb" ] || pg_bin=/usr/lib/postgresql/15/bin
if [ ! -x "$pg_bin/initdb" ]; then
  echo "pg.sh: PostgreSQL 15 server binaries not found: apt-get install postgresql-15" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case $cmd in
start)
  mkdir -p "$data"
  data=$(cd "$data" && pwd -P)
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$data"
    if ! runuser -u postgres -- test -w "$data"; then
      echo "pg.sh: the OS user postgres cannot reach $data (a parent directory is private);" \
           "use a DATA_DIR outside it" >&2
      exit 1
    fi
  fi
  if [ ! -f "$data/PG_VERSION" ]; then
    as_owner "$pg_bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 \
      --locale=C.UTF-8 >"$data.initdb.log" 2>&1 || { cat "$data.initdb.log" >&2; exit 1; }
    rm -f "$data.initdb.log"
    # Settings a DBA expects from a development cluster: statement statistics,
    # rejected statements in the log (how constraint violations are found), and a
    # socket inside the data directory so nothing needs /var/run.
    cat >>"$data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$data'
shared_preload_libraries = 'pg_stat_statements'
log_min_error_statement = error
log_line_prefix = '%m [%p] %q%u@%d '
logging_collector = off
fsync = ${PG_FSYNC:-on}
CONF
    # Further settings of the caller's (scripts/bench.sh sizes memory and WAL for the
    # benchmark), one "name = value" a line.
    if [ -n "${PG_EXTRA_CONF:-}" ]; then printf '%s\n' "$PG_EXTRA_CONF" >>"$data/postgresql.conf"; fi
  fi
  if as_owner "$pg_bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    exit 0
  fi
  as_owner "$pg_bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 -o "-p $port" start >/dev/null \
    || { tail -20 "$data/server.log" >&2; exit 1; }
  ;;
stop)
  [ -f "$data/PG_VERSION" ] || exit 0
  as_owner "$pg_bin/pg_ctl" -D "$data" status >/dev/null 2>&1 || exit 0
  as_owner "$pg_bin/pg_ctl" -D "$data" -m "${PG_STOP_MODE:-fast}" -w stop >/dev/null
  ;;
status)
  as_owner "$pg_bin/pg_ctl" -D "$data" status
  ;;
*)
  echo "usage: pg.sh start|stop|status DATA_DIR PORT" >&2; exit 2 ;;
esac
