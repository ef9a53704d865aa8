#!/bin/sh
# Restores a backup made by deploy/backup.sh into an empty database (Hearth stopped; create the
# database first: docs/operations.md, "Backups and the restore drill"). Everything or nothing: one
# transaction, stopping at the first error. tests/integration/restore-drill.test.ts runs this file.
#
#   DATABASE_URL=postgresql://… deploy/restore.sh hearth-2026-12-07T0300Z.dump
set -eu
file="${1:?usage: DATABASE_URL=postgresql://… restore.sh FILE.dump}"
: "${DATABASE_URL:?set DATABASE_URL to the empty database to restore into}"
[ -r "$file" ] || { echo "restore.sh: cannot read $file" >&2; exit 1; }

# Never over a live Hearth database: what is there would be mixed with the backup.
tables=$(psql --no-psqlrc --quiet --tuples-only --no-align --dbname="$DATABASE_URL" \
  --command="SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
if [ "$tables" != "0" ]; then
  echo "restore.sh: the database is not empty ($tables tables). Drop it and create it empty first." >&2
  exit 1
fi

pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$DATABASE_URL" "$file"
echo "restore.sh: $file restored; start Hearth (it applies any newer migrations at start)"
