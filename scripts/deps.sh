#!/usr/bin/env bash
# Installs what `make demo` and `make test` need and is missing: the Debian packages
# (as root, or through sudo) and the Python virtual environment .venv.
set -euo pipefail
cd "$(dirname "$0")/.."

debs=(postgresql-15 postgresql-contrib postgresql-15-pgtap sqitch
      libtap-parser-sourcehandler-pgtap-perl postgresql-15-plpgsql-check)
missing=()
for p in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo=(sudo -n)
  else
    echo "deps: missing Debian packages; run as root: apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "deps: installing ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The virtual environment is rebuilt when python/pyproject.toml changes.
stamp=.venv/.installed
if [ ! -f "$stamp" ] || [ python/pyproject.toml -nt "$stamp" ]; then
  command -v python3 >/dev/null || { echo "deps: python3 (>= 3.11) is missing: apt-get install -y python3-venv" >&2; exit 1; }
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1
  .venv/bin/python -m pip install -q -e "python[test]" >.venv/install.log 2>&1 || { tail -30 .venv/install.log >&2; exit 1; }
  touch "$stamp"
fi
