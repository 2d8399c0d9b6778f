#!/usr/bin/env bash
# The floor SQLite itself sets under an ingest on this machine: the rows of
# a finished archive copied into a fresh file the cheapest way SQLite
# allows with the settings an ingest writes with (16 KB pages, WAL,
# synchronous=NORMAL, secure_delete off, a 256 MB cache): one transaction
# per table, the indexes built after the rows, the WAL checkpointed at the
# end; one thread, no parsing, no tokenizing, no batches. An ingest of the
# same cables writes the same rows, so its writes cannot cost less
# (docs/PERFORMANCE.md, session 14).
#
#   bash bench/sqlite_floor.sh ARCHIVE [COPY]     (COPY defaults to ARCHIVE.floor)
#
# Needs the sqlite3 shell (apt install sqlite3). Only meaningful on an
# otherwise idle machine.
set -euo pipefail
src=$1
copy=${2:-$1.floor}
command -v sqlite3 > /dev/null || { echo "sqlite_floor: needs the sqlite3 shell (apt install sqlite3)" >&2; exit 1; }
rm -f "$copy" "$copy-wal" "$copy-shm"
script=$(mktemp)
trap 'rm -f "$script"' EXIT
tables="type = 'table' AND name NOT LIKE 'sqlite_%'"
{
  # The source's page size: an archive keeps the one it was created with.
  echo "PRAGMA page_size=$(sqlite3 "$src" "PRAGMA page_size"); PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
  echo "PRAGMA cache_size=-262144; PRAGMA secure_delete=OFF;"
  sqlite3 "$src" "SELECT sql || ';' FROM sqlite_master WHERE $tables"
  echo "ATTACH '$src' AS old;"
  sqlite3 "$src" "SELECT 'BEGIN; INSERT INTO main.' || name || ' SELECT * FROM old.' || name || '; COMMIT;'
                  FROM sqlite_master WHERE $tables"
  sqlite3 "$src" "SELECT sql || ';' FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
  echo "PRAGMA wal_checkpoint(TRUNCATE);"
} > "$script"
cat "$src" > /dev/null  # the source from the page cache: only the copy's writes are timed
/usr/bin/time -f "%e s wall, %U s user, %S s sys, %M KB max RSS" sqlite3 "$copy" < "$script" > /dev/null
ls -l "$copy" | awk '{print $5 " bytes"}'
