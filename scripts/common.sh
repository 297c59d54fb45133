# Sourced by the other scripts: where the embedded cluster lives and how to reach it.
# shellcheck shell=bash
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
export SQITCH_FULLNAME=${SQITCH_FULLNAME:-Workshop DB}
export SQITCH_EMAIL=${SQITCH_EMAIL:-workshop-db@localhost}
export PATH="$ROOT/.venv/bin:$PATH"
DEMO_PORT=${PORT:-54329}

# The embedded cluster's data lives under .pg/ (git-ignored). When root starts it the
# server runs as the OS user postgres, who must be able to reach that folder; when a
# parent folder is private, the data goes to a folder under /tmp and .pg links to it.
demo_data_dir() {
  if [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -x "$ROOT" 2>/dev/null; then
    local alt
    alt=/tmp/workshop-db-$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1)
    mkdir -p "$alt"
    [ -L "$ROOT/.pg" ] || { rm -rf "$ROOT/.pg"; ln -s "$alt" "$ROOT/.pg"; }
  fi
  mkdir -p "$ROOT/.pg"
  echo "$ROOT/.pg/data"
}

# A free TCP port on 127.0.0.1 (for throw-away clusters that must not collide).
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "missing tool $1: run 'make deps' (or apt-get install -y $2)" >&2; exit 1; }
}

# Loads every file of a seed folder in one transaction: all or nothing.
load_seed_dir() {  # DB_URL DIR
  cat "$2"/*.sql | psql "$1" -X -q -1 -v ON_ERROR_STOP=1 -f - >/dev/null
}
