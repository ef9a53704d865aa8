#!/bin/sh
# Backs up Hearth's database into one file: PostgreSQL's custom format (compressed; restored with
# deploy/restore.sh). Safe while Hearth runs: pg_dump reads one consistent snapshot.
# docs/operations.md, "Backups and the restore drill"; tests/integration/restore-drill.test.ts
# runs this very file.
#
#   DATABASE_URL=postgresql://… deploy/backup.sh hearth-$(date -u +%Y-%m-%dT%H%MZ).dump
set -eu
file="${1:?usage: DATABASE_URL=postgresql://… backup.sh FILE.dump}"
: "${DATABASE_URL:?set DATABASE_URL to the database to back up}"

# Written beside the target first, so a failed or interrupted dump never looks like a backup.
pg_dump --format=custom --file="$file.partial" --dbname="$DATABASE_URL"
mv "$file.partial" "$file"
echo "backup.sh: $(du -h "$file" | cut -f1) written to $file"
