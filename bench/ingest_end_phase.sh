#!/usr/bin/env bash
# The end of a large ingest alone, without ingesting the cables again
# (docs/PERFORMANCE.md, session 18): the deferred index builds beside the
# link plan, then the link write and the last two index builds on the writer.
# Copies ARCHIVE (a finished archive), drops the indexes an ingest defers and
# records them in archive_meta as an ingest does (`links_bench
# --defer-indexes`, which calls DeferIndexes), then ingests INPUT (a few
# cables; one new cable is enough to rebuild the links) into the copy, timed.
# ~20 s at 251,287 cables against ~90 s for the ingest.
#
#   bash bench/ingest_end_phase.sh CABLESCOPE_BINARY ARCHIVE INPUT [COPY]   (COPY: ARCHIVE.end)
#
# links_bench is taken from bench/ beside the cablescope binary (the build
# tree's layout); LINKS_BENCH=PATH names another. Set PERF="perf record -F
# 500 -o FILE --" to sample the ingest. Only meaningful on an otherwise idle
# machine.
set -euo pipefail
bin=$1 src=$2 input=$3
copy=${4:-$2.end}
links_bench=${LINKS_BENCH:-$(dirname "$bin")/bench/links_bench}
[ -x "$links_bench" ] || { echo "ingest_end_phase: no links_bench at $links_bench (set LINKS_BENCH)" >&2; exit 1; }
rm -f "$copy" "$copy-wal" "$copy-shm"
cp "$src" "$copy"
"$links_bench" --archive "$copy" --defer-indexes
sync
${PERF:-} /usr/bin/time -f "%e s wall %U user %S sys %M KB" "$bin" ingest --archive "$copy" "$input"
