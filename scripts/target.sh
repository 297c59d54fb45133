#!/usr/bin/env bash
# `make deploy|revert|verify TARGET=db:pg://user@host/db`: Sqitch against a real server.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"
action=$1 target=$2
need sqitch sqitch
# One clear line when the server cannot be reached, instead of Sqitch's stack of errors.
uri=${target#db:}
uri=${uri/#pg:/postgresql:}
if ! psql "$uri" -X -q -tAc 'SELECT 1' >/dev/null 2>&1; then
  echo "cannot connect to $target: start the server (make db-start for the embedded one) or fix TARGET" >&2
  exit 1
fi
# A change that waits for a lock gives up after this long instead of stalling every
# session queued behind it (squawk's require-lock-timeout, for every change at once).
export PGOPTIONS="-c lock_timeout=${DEPLOY_LOCK_TIMEOUT:-5s} ${PGOPTIONS:-}"
case $action in
deploy)
  sqitch deploy --verify "$target"
  load_seed_dir "$uri" seed/reference
  echo "reference seeds loaded (seed/reference)"
  ;;
revert) sqitch revert ${SQITCH_ARGS:-} "$target" ;;
verify) sqitch verify "$target" ;;
esac
