#!/usr/bin/env bash
# One ingest into a fresh archive, timed, with each thread's CPU time
# (docs/PERFORMANCE.md, "Session 9"): wall, CPU and max RSS from
# /usr/bin/time; per-thread task-clock from perf stat attached to the
# process. Threads in order of creation: the writer (main), the WAL
# checkpointer, the text indexer, the input reader, the parser threads.
#
#   bash bench/ingest_threads.sh CABLESCOPE_BINARY INPUT ARCHIVE
#
# Only meaningful on an otherwise idle machine.
set -euo pipefail
bin=$1 input=$2 db=$3
rm -f "$db" "$db-wal" "$db-shm"
/usr/bin/time -f "%e s wall %U user %S sys %M KB" -o "$db.time" "$bin" ingest --archive "$db" "$input" \
  > "$db.out" 2> "$db.err" &
pid=$!
if command -v perf > /dev/null; then
  sleep 0.3
  child=$(pgrep -n -P "$pid" || true)
  [ -n "$child" ] && perf stat --per-thread -e task-clock -p "$child" -o "$db.stat" 2> /dev/null || true
fi
wait "$pid"
cat "$db.time" "$db.err"
if [ -s "$db.stat" ]; then
  # Threads are named after the binary (its first 15 characters).
  comm=$(basename "$bin" | cut -c1-15)
  grep -F -- "$comm-" "$db.stat" | awk '{n = split($1, p, "-"); printf "%s %s %.1f s\n", p[n], $1, $2 / 1000}' |
    sort -n | cut -d' ' -f2-
fi
