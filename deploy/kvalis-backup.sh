#!/usr/bin/env bash
# Backup of Kvalis with rotation (docs/DEPLOY.md): `kvalis backup` writes a logical backup of the whole
# database (one consistent snapshot while the server runs, restorable into SQLite or PostgreSQL), gzip
# compresses it, and old files are removed: the last KEEP_DAILY days, plus the backups of the first day of
# the last KEEP_MONTHLY months.
#
#   KVALIS_DB=… kvalis-backup.sh            (or --db URL)
#
# Environment: KVALIS_DB (the database; or --db), KVALIS_BIN (default kvalis on PATH), KVALIS_BACKUP_DIR
# (default /var/backups/kvalis), KEEP_DAILY (default 14), KEEP_MONTHLY (default 12).
# Exit status 0 only when the new backup was written and reads back whole (gzip -t and its last line).
set -euo pipefail
umask 077

BIN=${KVALIS_BIN:-kvalis}
DIR=${KVALIS_BACKUP_DIR:-/var/backups/kvalis}
KEEP_DAILY=${KEEP_DAILY:-14}
KEEP_MONTHLY=${KEEP_MONTHLY:-12}
DB_ARGS=()
if [[ ${1:-} == --db ]]; then
  DB_ARGS=(--db "$2")
elif [[ -z ${KVALIS_DB:-} ]]; then
  echo "kvalis-backup: set KVALIS_DB or give --db URL" >&2
  exit 2
fi

mkdir -p "$DIR"
stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
file="$DIR/kvalis-$stamp.kvb"
"$BIN" backup "${DB_ARGS[@]}" --out "$file"
gzip -9 "$file"
# The file must read back whole: a valid gzip stream ending with the backup's footer line.
gzip -t "$file.gz"
zcat "$file.gz" | tail -n 1 | grep -q '"end":"kvalis-backup"' || {
  echo "kvalis-backup: $file.gz has no footer line" >&2
  exit 1
}
echo "kvalis-backup: $file.gz ($(du -h "$file.gz" | cut -f1))"

# Rotation: keep the newest KEEP_DAILY days and the first backup of each of the newest KEEP_MONTHLY months.
mapfile -t all < <(find "$DIR" -maxdepth 1 -name 'kvalis-*.kvb.gz' -printf '%f\n' | sort -r)
declare -A keep=() days=() months=()
for f in "${all[@]}"; do
  day=${f:7:10}     # kvalis-YYYY-MM-DD…
  month=${f:7:7}
  if [[ -z ${days[$day]:-} && ${#days[@]} -lt $KEEP_DAILY ]]; then days[$day]=1; keep[$f]=1; fi
done
for f in $(printf '%s\n' "${all[@]}" | sort); do  # oldest first: the first backup of a month
  month=${f:7:7}
  if [[ -z ${months[$month]:-} ]]; then months[$month]=$f; fi
done
for m in $(printf '%s\n' "${!months[@]}" | sort -r | head -n "$KEEP_MONTHLY"); do keep[${months[$m]}]=1; done
for f in "${all[@]}"; do
  if [[ -z ${keep[$f]:-} ]]; then
    rm -f -- "$DIR/$f"
    echo "kvalis-backup: removed $f"
  fi
done
