#!/usr/bin/env bash
# Release discipline: a change planned at or before the last tag of sqitch.plan is
# released, and its scripts are never edited again. It is altered by a new change, or
# replaced with `sqitch rework` (which keeps the released script as <change>@<tag>.sql).
# Compares each released script with its content in the commit that added the tag.
set -euo pipefail
cd "$(dirname "$0")/.."

last_tag=$( (grep -E '^@' sqitch.plan || true) | tail -1 | awk '{print $1}')
if [ -z "$last_tag" ]; then echo "release check: no tag in sqitch.plan yet"; exit 0; fi
tag_commit=$(git log --format=%H --diff-filter=AM -S "$last_tag " -- sqitch.plan | tail -1)
if [ -z "$tag_commit" ]; then
  echo "release check: $last_tag is not committed yet; nothing to compare"; exit 0
fi

# Changes listed before the tag line (a reworked change appears again after it).
released=$(awk -v tag="$last_tag" '$1 == tag {exit} /^[^%#@[:space:]]/ {print $1}' sqitch.plan | sort -u)
# Blob ids of the scripts in the tag commit, and of the files now (one git call each).
declare -A tagged
while read -r _ _ blob path; do tagged[$path]=$blob; done \
  < <(git ls-tree -r "$tag_commit" -- deploy revert verify)
shopt -s nullglob
bad=0
files=() currents=()
for change in $released; do
  for kind in deploy revert verify; do
    file="$kind/$change.sql"
    if [ -z "${tagged[$file]:-}" ]; then
      echo "release check: $file is not in the commit that tagged $last_tag" >&2; bad=1; continue
    fi
    # Reworked after the last tag, the released script lives on as <change>@<tag>.sql
    # (copies named after an older tag belong to an older release, not this one).
    reworked="$kind/$change$last_tag.sql"
    files+=("$file")
    if [ -f "$reworked" ]; then currents+=("$reworked"); else currents+=("$file"); fi
  done
done
if [ ${#currents[@]} -gt 0 ]; then
  present=()
  for f in "${currents[@]}"; do [ -f "$f" ] && present+=("$f"); done
  declare -A now
  if [ ${#present[@]} -gt 0 ]; then
    mapfile -t blobs < <(printf '%s\n' "${present[@]}" | git hash-object --stdin-paths)
    for i in "${!present[@]}"; do now[${present[$i]}]=${blobs[$i]}; done
  fi
  for i in "${!files[@]}"; do
    if [ "${now[${currents[$i]}]:-missing}" != "${tagged[${files[$i]}]}" ]; then
      echo "release check: ${currents[$i]} was edited after $last_tag; alter it with a new change or sqitch rework" >&2
      bad=1
    fi
  done
fi
[ $bad -eq 0 ] && echo "release check: $(echo "$released" | wc -w) changes released at $last_tag are unchanged"
exit $bad
