#!/usr/bin/env bash
# Checks that every C++ file follows .clang-format (clang-format 14, Debian's clang-format-14).
#   bash scripts/check-format.sh        list the files that differ, exit 1 when any does
#   bash scripts/check-format.sh --fix  rewrite them
set -euo pipefail
cd "$(dirname "$0")/.."
CF=$(command -v clang-format-14 || command -v clang-format || true)
[ -n "$CF" ] || { echo "clang-format-14 is not installed (apt-get install clang-format-14)" >&2; exit 1; }
mapfile -t files < <(git ls-files --cached --others --exclude-standard 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp' 'bench/*.cpp' 'fuzz/*.cpp')
if [ "${1:-}" = --fix ]; then
  "$CF" -i "${files[@]}"
  exit 0
fi
# Fifty files to a clang-format process, two processes at once; each unformatted place is reported on stderr as
# "FILE:LINE:COL: error: code should be clang-formatted", and the files are read off those lines.
report=$(mktemp)
trap 'rm -f "$report"' EXIT
rc=0
printf '%s\0' "${files[@]}" | xargs -0 -n 50 -P 2 "$CF" --dry-run --Werror >/dev/null 2>"$report" || rc=$?
mapfile -t bad < <(sed -n 's/^\(.*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' "$report" | sort -u)
if [ "$rc" != 0 ] && [ ${#bad[@]} = 0 ]; then
  echo "clang-format failed:" >&2
  head -40 "$report" >&2
  exit 1
fi
if [ ${#bad[@]} -gt 0 ]; then
  echo "Not formatted (run: bash scripts/check-format.sh --fix):"
  printf '  %s\n' "${bad[@]}"
  exit 1
fi
echo "All ${#files[@]} C++ files are formatted."
