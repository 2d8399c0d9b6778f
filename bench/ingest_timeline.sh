#!/usr/bin/env bash
# One ingest into a fresh archive with each thread's CPU sampled about once
# a second from /proc (docs/PERFORMANCE.md, "Session 14"): which threads
# work when, and where a core idles (a merge that stops the pipeline, the
# single-threaded steps at the end). ingest_threads.sh gives the totals.
#
#   bash bench/ingest_timeline.sh CABLESCOPE_BINARY INPUT ARCHIVE > timeline.txt
#
# Prints the ingest's time and summary lines on stderr, then one line per
# sample on stdout: seconds since the start, then each thread's CPU ticks
# (1/100 s) since the sample before, in order of the threads' creation (the
# writer, the WAL checkpointer, the text indexer, the input reader, the
# parser threads, then the link planner at the end). A column is `-`
# before its thread starts and after it ends. Only meaningful on an
# otherwise idle machine.
set -euo pipefail
bin=$1 input=$2 db=$3
rm -f "$db" "$db-wal" "$db-shm"
samples=$(mktemp)
trap 'rm -f "$samples"' EXIT
start=$(date +%s%N)
/usr/bin/time -f "%e s wall %U user %S sys %M KB" -o "$db.time" "$bin" ingest --archive "$db" "$input" \
  > "$db.out" 2> "$db.err" &
pid=$!
sleep 0.2
child=$(pgrep -n -P "$pid" || true)
# "elapsed tid:ticks tid:ticks ..." per sample; utime + stime are fields
# 14 and 15 of /proc/TID/stat, 12 and 13 after the command name's ")".
while [ -n "$child" ] && kill -0 "$child" 2> /dev/null; do
  line="$((($(date +%s%N) - start) / 1000000))"
  for task in /proc/"$child"/task/*; do
    stat=$(cat "$task/stat" 2> /dev/null) || continue
    read -r -a f <<< "${stat##*) }"
    line+=" ${task##*/}:$((f[11] + f[12]))"
  done
  echo "$line" >> "$samples"
  sleep 1
done
wait "$pid"
cat "$db.time" "$db.err" >&2
awk '{
  for (i = 2; i <= NF; ++i) {
    split($i, kv, ":");
    if (!(kv[1] in seen)) { seen[kv[1]] = 1; order[++n] = kv[1]; }
    now[kv[1]] = kv[2];
  }
  line = sprintf("%6.1f", $1 / 1000);
  for (k = 1; k <= n; ++k) {
    t = order[k];
    line = line sprintf(" %5s", (t in now) ? now[t] - prev[t] : "-");
    if (t in now) prev[t] = now[t];
  }
  print line;
  delete now;
}' "$samples"
