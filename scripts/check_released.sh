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
bad=0
for change in $released; do
  for kind in deploy revert verify; do
    file="$kind/$change.sql"
    # After `sqitch rework`, the released script lives on as <change>@<tag>.sql.
    reworked=$(ls "$kind/$change"@*.sql 2>/dev/null | head -1 || true)
    [ -n "$reworked" ] && current=$reworked || current=$file
    if ! git cat-file -e "$tag_commit:$file" 2>/dev/null; then
      echo "release check: $file is not in the commit that tagged $last_tag" >&2; bad=1; continue
    fi
    if ! diff -q <(git show "$tag_commit:$file") "$current" >/dev/null 2>&1; then
      echo "release check: $current was edited after $last_tag; alter it with a new change or sqitch rework" >&2
      bad=1
    fi
  done
done
[ $bad -eq 0 ] && echo "release check: $(echo "$released" | wc -w) changes released at $last_tag are unchanged"
exit $bad
