#!/usr/bin/env bash
# Issue 15's checks (docs/RELIABILITY.md) from one command: the short forms are what CI runs
# (scripts/test-all.sh); the long forms are for a quiet machine and take hours (the fuzzing alone about an
# hour on two idle cores, the soak an hour).
#
#   bash tests/reliability.sh short|long [fuzz] [fault] [multi] [soak] [access]   (default: all five)
#
# Builds nothing but the fuzz targets: build build/kvalis first (or set KVALIS_BIN). Each check is also its own
# command: scripts/fuzz.sh, scripts/run-fault-tests.sh, scripts/run-multi-test.sh, tests/soak/run.sh and the
# object-level access walk (tests/api/object-access.test.mjs, every object with KVALIS_ACCESS_FULL=1).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MODE=${1:-}
case $MODE in
  short | long) shift ;;
  *) echo "usage: bash tests/reliability.sh short|long [fuzz] [fault] [multi] [soak] [access]" >&2; exit 2 ;;
esac
CHECKS=("$@")
[ ${#CHECKS[@]} -eq 0 ] && CHECKS=(fuzz fault multi soak access)
export KVALIS_BIN=${KVALIS_BIN:-$ROOT/build/kvalis}

failed=()
for check in "${CHECKS[@]}"; do
  printf '\n== %s (%s form)\n' "$check" "$MODE"
  start=$SECONDS
  case $check in
    fuzz) bash scripts/fuzz.sh "$MODE" ;;
    fault) bash scripts/run-fault-tests.sh "$MODE" ;;
    multi) bash scripts/run-multi-test.sh ;;
    soak) bash tests/soak/run.sh "$MODE" ;;
    access)
      full=0
      [ "$MODE" = long ] && full=1
      KVALIS_ACCESS_FULL=$full KVALIS_DB_KIND=sqlite node --test tests/api/object-access.test.mjs
      ;;
    *) echo "unknown check: $check (fuzz, fault, multi, soak, access)" >&2; false ;;
  esac || failed+=("$check")
  printf '== %s: %s s\n' "$check" $((SECONDS - start))
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED: ${failed[*]}"
  exit 1
fi
echo "All checks passed: ${CHECKS[*]}"
