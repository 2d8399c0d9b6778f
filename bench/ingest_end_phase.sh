#!/usr/bin/env bash
# The end of a large ingest alone, without ingesting the cables again
# (docs/PERFORMANCE.md, session 18): the deferred index builds beside the
# link plan, then the link write and the last two index builds on the writer.
# Copies ARCHIVE (a finished archive), drops the indexes an ingest defers and
# records them in archive_meta as an ingest does (deferred_index:NAME), then
# ingests INPUT (a few cables; one new cable is enough to rebuild the links)
# into the copy, timed. ~20 s at 251,287 cables against ~90 s for the ingest.
#
#   bash bench/ingest_end_phase.sh CABLESCOPE_BINARY ARCHIVE INPUT [COPY]   (COPY: ARCHIVE.end)
#
# Set PERF="perf record -F 500 -o FILE --" to sample it. Needs the sqlite3
# shell (apt install sqlite3). Only meaningful on an otherwise idle machine.
set -euo pipefail
bin=$1 src=$2 input=$3
copy=${4:-$2.end}
command -v sqlite3 > /dev/null || { echo "ingest_end_phase: needs the sqlite3 shell (apt install sqlite3)" >&2; exit 1; }
# kDeferrable in src/archive/deferred_indexes.cc.
indexes="recipients_route recipients_name relays_route tags_tag captions_caption refs_ref_id signers_name
         mentions_person person_variants_key"
rm -f "$copy" "$copy-wal" "$copy-shm"
cp "$src" "$copy"
{
  echo "BEGIN;"
  for name in $indexes; do
    echo "INSERT OR REPLACE INTO archive_meta(key, value)
            SELECT 'deferred_index:' || name, sql FROM sqlite_master WHERE type = 'index' AND name = '$name';"
    echo "DROP INDEX IF EXISTS $name;"
  done
  echo "COMMIT;"
} | sqlite3 "$copy"
sync
${PERF:-} /usr/bin/time -f "%e s wall %U user %S sys %M KB" "$bin" ingest --archive "$copy" "$input"
