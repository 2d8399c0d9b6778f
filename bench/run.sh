#!/usr/bin/env bash
# `make bench`: single-core benchmarks, then the whole Cablegate-sized job.
#
#   bash bench/run.sh BUILD_DIR      (a Release build: make bench does it)
#
# 1. parse_bench: per-format and per-stage throughput on in-memory data.
# 2. 251,287 synthetic cables as one cables.csv (~1.9 GB, generated once and
#    kept in BUILD_DIR/bench-data), parsed by `cablescope parse` on both
#    cores, next to `cat` of the same file (the raw-read limit), with
#    /usr/bin/time -v for wall time and max RSS, and hyperfine if present.
# 3. With BENCH_BIG=1: a ~2 GB cables.csv of more cables, parsed once, for
#    the bounded-memory check (max RSS should stay < 300 MB). Needs ~4 GB of
#    disk with step 2's file.
#
# Environment: BENCH_CABLES (cables per format in parse_bench, default 2000),
# BENCH_COUNT (cables in step 2, default 251287), BENCH_FILTER (a
# --benchmark_filter regex), BENCH_SKIP_E2E=1 to stop after step 1.
# Figures are only meaningful on an otherwise idle machine.
set -euo pipefail
build=${1:-build-release}
gen="$build/bench/cablescope-gen"
bench="$build/bench/parse_bench"
cli="$build/cablescope"
data="$build/bench-data"
count=${BENCH_COUNT:-251287}
for b in "$gen" "$bench" "$cli"; do
  [ -x "$b" ] || { echo "bench: $b missing (build $build first)" >&2; exit 1; }
done
mkdir -p "$data"

have_time=0
[ -x /usr/bin/time ] && have_time=1

# Runs a command with stdout to /dev/null; prints wall seconds and max RSS.
measure() {
  local label=$1; shift
  local rc=0
  if [ $have_time -eq 1 ]; then
    /usr/bin/time -v -o "$data/time.txt" "$@" > /dev/null || rc=$?
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$data/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$data/time.txt")
    printf 'bench: %-34s wall %s  max RSS %d MB  exit %d\n' "$label" "$wall" $((rss / 1024)) "$rc"
  else
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null || rc=$?
    end=$(date +%s.%N)
    printf 'bench: %-34s wall %.2f s  exit %d  (max RSS unknown: install GNU time)\n' "$label" \
      "$(awk -v s="$start" -v e="$end" 'BEGIN {print e - s}')" "$rc"
  fi
}

echo "bench: machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo)," \
     "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "bench: load average now: $(cut -d' ' -f1-3 /proc/loadavg) (figures need an idle machine)"

# 1. Single-core benchmarks.
"$bench" --benchmark_counters_tabular=true ${BENCH_FILTER:+--benchmark_filter="$BENCH_FILTER"} \
  --benchmark_out="$data/parse_bench.json" --benchmark_out_format=json
[ "${BENCH_SKIP_E2E:-0}" = 1 ] && exit 0

# 2. The Cablegate-sized job.
csv="$data/cables-$count-s1.csv"
if [ ! -s "$csv" ]; then
  echo "bench: generating $count cables into $csv"
  "$gen" --format cables-csv --count "$count" --seed 1 --out "$csv.tmp"
  mv "$csv.tmp" "$csv"
fi
size=$(stat -c %s "$csv")
echo "bench: $csv: $((size / 1048576)) MB, $count cables"
cat "$csv" > /dev/null  # warm the page cache: both runs read from memory
measure "cat (raw read)" cat "$csv"
measure "cablescope parse, 2 threads" "$cli" parse --threads 2 "$csv"
measure "cablescope parse, 1 thread" "$cli" parse --threads 1 "$csv"
if command -v hyperfine > /dev/null; then
  hyperfine --warmup 1 --runs 3 --export-markdown "$data/hyperfine.md" \
    "cat $csv > /dev/null" "$cli parse --threads 2 $csv > /dev/null"
fi

# 3. Bounded memory on a ~2 GB input.
if [ "${BENCH_BIG:-0}" = 1 ]; then
  big="$data/cables-2GB-s2.csv"
  if [ ! -s "$big" ]; then
    echo "bench: generating ~2 GB into $big"
    "$gen" --format cables-csv --count 10000000 --seed 2 --bytes 2147483648 --out "$big.tmp"
    mv "$big.tmp" "$big"
  fi
  echo "bench: $big: $(($(stat -c %s "$big") / 1048576)) MB"
  measure "cablescope parse 2 GB, 2 threads" "$cli" parse --threads 2 "$big"
  echo "bench: target: max RSS < 300 MB"
fi
