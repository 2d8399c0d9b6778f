#!/usr/bin/env bash
# The HTTP load benchmark (issue 5, section 5): searches per second, latency
# and errors of `cablescope serve` under wrk on loopback, against a generated
# archive; then the same while an ingest writes to the archive.
#
#   bash bench/run_serve.sh BUILD_DIR      (a Release build)
#
# Steps (data under BUILD_DIR/bench-data/serve-COUNT/, summary in report.txt):
# 1. cablescope-gen writes COUNT cables (cables.csv, reused across runs) and
#    `cablescope ingest` builds the archive (reused with SERVE_SKIP_INGEST=1);
# 2. `cablescope serve` on 127.0.0.1:PORT; wrk runs the queries of
#    bench/queries.txt (column 2) round robin through bench/wrk/search.lua:
#    a) "cached": the server's result cache on (the default), warmed by
#       one pass over the queries;
#    b) "uncached": a second server with --cache 0, every search runs;
# 3. "during ingest": (a) again while `cablescope ingest` adds COUNT/10 new
#    cables (seed 2) to the same archive; every commit invalidates the cache,
#    and the link build at its end rewrites the graph and people tables.
#
# Environment: SERVE_COUNT (default 251287), SERVE_DURATION (default 30s),
# SERVE_CONNECTIONS (default 16), SERVE_WRK_THREADS (default 1),
# SERVE_PORT (default 18080), SERVE_READERS (default: cores),
# SERVE_SKIP_INGEST=1 (reuse the archive of an earlier run), SERVE_SKIP_UNCACHED=1,
# SERVE_SKIP_WRITER=1, SERVE_WRITER_SEED (default 2; a new seed for a rerun on
# a reused archive, so that the writer adds new cables rather than none).
# wrk shares the cores with the server: the figures are for both on one
# machine. Only meaningful on an otherwise idle machine.
set -euo pipefail
build=${1:-build-release}
src=$(cd "$(dirname "$0")/.." && pwd)
count=${SERVE_COUNT:-251287}
duration=${SERVE_DURATION:-30s}
conns=${SERVE_CONNECTIONS:-16}
wrk_threads=${SERVE_WRK_THREADS:-1}
port=${SERVE_PORT:-18080}
readers=${SERVE_READERS:-$(nproc)}
gen="$build/bench/cablescope-gen"
cli="$build/cablescope"
for b in "$gen" "$cli"; do
  [ -x "$b" ] || { echo "run_serve: $b missing (build $build first)" >&2; exit 1; }
done
command -v wrk > /dev/null || { echo "run_serve: wrk missing (apt-get install wrk)" >&2; exit 1; }
data="$build/bench-data/serve-$count"
mkdir -p "$data"
csv="$build/bench-data/cables-$count-s1.csv"
db="$data/cables.db"
report="$data/report.txt"
: > "$report"
say() { echo "$@" | tee -a "$report"; }
load() { say "  (load: $(uptime | sed 's/.*load average: //'))"; }

if [ ! -s "$csv" ]; then
  "$gen" --format cables-csv --count "$count" --seed 1 --out "$csv.tmp"
  mv "$csv.tmp" "$csv"
fi
if [ "${SERVE_SKIP_INGEST:-0}" != 1 ] || [ ! -s "$db" ]; then
  rm -f "$db" "$db-wal" "$db-shm"
  start=$(date +%s)
  "$cli" ingest --archive "$db" "$csv" > "$data/ingest.out" 2> "$data/ingest.err"
  say "ingest $count cables: $(($(date +%s) - start)) s"
fi

queries="$data/queries.txt"
grep -v '^#' "$src/bench/queries.txt" | awk -F'\t' 'NF >= 2 && $2 != "" {print $2}' > "$queries"
say "queries: $(wc -l < "$queries") (bench/queries.txt, column 2), round robin"

pid=""
stop_server() {
  if [ -n "$pid" ]; then
    kill "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
    pid=""
  fi
}
trap stop_server EXIT

start_server() {
  "$cli" serve --archive "$db" --bind "127.0.0.1:$port" --readers "$readers" \
    --threads $((conns + 8)) "$@" > "$data/serve.out" 2> "$data/serve.err" &
  pid=$!
  for _ in $(seq 1 100); do
    curl -sf "http://127.0.0.1:$port/api/health" > /dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "run_serve: the server did not start (see $data/serve.err)" >&2
  exit 1
}

# /api/health: cables, the archive generation and the cache's counters
# (hits, stale, misses, refreshed), before and after each run, so that the
# report shows whether commits landed inside it and how they were bridged.
health() { say "  (health: $(curl -s "http://127.0.0.1:$port/api/health"))"; }

run_wrk() {
  local label=$1
  say "== $label: wrk -t$wrk_threads -c$conns -d$duration, /api/search?limit=20 (snippets, 5 facets)"
  load
  health
  wrk -t"$wrk_threads" -c"$conns" -d"$duration" --timeout 10s -s "$src/bench/wrk/search.lua" \
    "http://127.0.0.1:$port" -- "$queries" "limit=20" | tee "$data/wrk-$label.txt" |
    grep -E '^(requests|latency|errors)' | tee -a "$report"
  health
}

# Every query once, so that the "cached" run measures the cache.
warm_cache() {
  while IFS= read -r q; do
    curl -s -o /dev/null -G --data-urlencode "q=$q" "http://127.0.0.1:$port/api/search?limit=20" || true
  done < "$queries"
}

start_server
warm_cache
run_wrk cached
stop_server

if [ "${SERVE_SKIP_UNCACHED:-0}" != 1 ]; then
  start_server --cache 0
  run_wrk uncached
  stop_server
fi

if [ "${SERVE_SKIP_WRITER:-0}" != 1 ]; then
  wseed=${SERVE_WRITER_SEED:-2}
  more="$build/bench-data/cables-$((count / 10))-s$wseed.csv"
  [ -s "$more" ] || "$gen" --format cables-csv --count $((count / 10)) --seed "$wseed" --out "$more"
  start_server
  warm_cache
  "$cli" ingest --archive "$db" "$more" > "$data/ingest2.out" 2> "$data/ingest2.err" &
  writer=$!
  run_wrk during-ingest
  if kill -0 "$writer" 2> /dev/null; then say "  (the ingest was still running at the end)"; else say "  (the ingest finished during the run)"; fi
  wait "$writer" || say "  ingest failed: $(tail -1 "$data/ingest2.err")"
  say "  ingest: $(tail -2 "$data/ingest2.err" | tr '\n' ' ')"
  stop_server
fi
say "report: $report"
