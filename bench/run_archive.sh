#!/usr/bin/env bash
# The archive benchmark (issue 3, section 4): ingest, size, memory and query
# latency of a generated Cablegate-sized corpus, with ripgrep and Xapian on
# the same text side by side. Figures are in docs/PERFORMANCE.md ("Archive").
#
#   bash bench/run_archive.sh BUILD_DIR      (a Release build with -DCABLESCOPE_BENCH=ON)
#
# Steps (everything goes to BUILD_DIR/bench-data/archive-COUNT/, the summary
# to its report.txt; `uptime` is recorded before each timed step):
# 1. cablescope-gen writes COUNT cables as one cables.csv (kept, reused);
# 2. `cablescope ingest` into a fresh archive under /usr/bin/time -v (wall,
#    max RSS; the `links:` line gives the link build's share), then the
#    archive's size (file + WAL);
# 3. links_bench: the link build again, timed by part (PageRank alone too),
#    and `refs ID` lookups; then archive_bench: every query of
#    bench/queries.txt, REPEAT rounds, p50/p99 per kind, default facets and
#    snippets on;
# 4. ripgrep (`rg -c -i -w TERM cables.csv`) for each single-term query
#    (kinds common and rare), best of 3;
# 5. xapian_bench: index the archive's cables (wall, RSS, size), then the
#    same queries; and a table of the ratios per kind.
#
# Environment: ARCHIVE_COUNT (default 251287), ARCHIVE_REPEAT (default 20),
# ARCHIVE_SKIP_XAPIAN=1, ARCHIVE_SKIP_RG=1, ARCHIVE_SKIP_INGEST=1 (reuse the
# archive of an earlier run), ARCHIVE_CLEAN=1 (delete the csv, archive and
# Xapian database at the end: the 1,000,000-cable run needs ~20 GB).
# Only meaningful on an otherwise idle machine.
set -euo pipefail
build=${1:-build-perf}
src=$(cd "$(dirname "$0")/.." && pwd)
count=${ARCHIVE_COUNT:-251287}
repeat=${ARCHIVE_REPEAT:-20}
gen="$build/bench/cablescope-gen"
cli="$build/cablescope"
abench="$build/bench/archive_bench"
xbench="$build/bench/xapian_bench"
queries="$src/bench/queries.txt"
for b in "$gen" "$cli" "$abench"; do
  [ -x "$b" ] || { echo "run_archive: $b missing (build $build first)" >&2; exit 1; }
done
data="$build/bench-data/archive-$count"
mkdir -p "$data"
csv="$build/bench-data/cables-$count-s1.csv"
db="$data/cables.db"
report="$data/report.txt"
: > "$report"
say() { echo "$@" | tee -a "$report"; }
load() { say "  (load: $(uptime | sed 's/.*load average: //'))"; }

# Wall seconds and max RSS (MB) of a command; stderr kept in $data/$1.err.
timed() {
  local label=$1; shift
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o "$data/$label.time" "$@" > "$data/$label.out" 2> "$data/$label.err" ||
      say "$label: exit status $? (see $data/$label.err)"
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$data/$label.time")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$data/$label.time")
    local cpu
    cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {printf "%.1f", u + s}' "$data/$label.time")
    say "$label: wall $wall  CPU ${cpu} s  max RSS $((rss / 1024)) MB"
  else
    local start end
    start=$(date +%s.%N)
    "$@" > "$data/$label.out" 2> "$data/$label.err" || say "$label: exit status $? (see $data/$label.err)"
    end=$(date +%s.%N)
    say "$label: wall $(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.2f s", e - s}')  (max RSS unknown: install GNU time)"
  fi
}

say "archive benchmark: $count cables, $repeat rounds, $(nproc) cores, $(date -u +%FT%TZ)"
if [ ! -s "$csv" ]; then
  say "generating $csv"
  "$gen" --format cables-csv --count "$count" --seed 1 --out "$csv"
fi
say "corpus: $(du -m "$csv" | cut -f1) MB of cables.csv"

if [ "${ARCHIVE_SKIP_INGEST:-0}" != 1 ] || [ ! -s "$db" ]; then
  rm -f "$db" "$db-wal" "$db-shm"
  cat "$csv" > /dev/null  # page cache warm, as for the other steps
  load
  timed ingest "$cli" ingest --archive "$db" "$csv"
  grep -E '^(ingest|links):' "$data/ingest.err" | tee -a "$report" || true
fi
say "archive: $(du -cm "$db"* | tail -1 | cut -f1) MB (file + WAL), $(sqlite3 "$db" 'SELECT count(*) FROM cables' 2>/dev/null || echo '?') cables"

lbench="$build/bench/links_bench"
if [ -x "$lbench" ]; then
  load
  "$lbench" --archive "$db" --refs 300 > "$data/links_bench.txt"
  say "links (BuildLinks again, then refs ID):"
  tee -a "$report" < "$data/links_bench.txt"
fi

load
"$abench" --archive "$db" --queries "$queries" --repeat "$repeat" --per-query > "$data/archive_bench.txt"
say "cablescope queries (ms):"
sed -n '1,/^# per query/p' "$data/archive_bench.txt" | grep -v '^# per query' | tee -a "$report"

if [ "${ARCHIVE_SKIP_RG:-0}" != 1 ] && command -v rg > /dev/null; then
  load
  say "ripgrep, single terms (rg -c -i -w TERM cables.csv, best of 3, ms):"
  awk -F'\t' '$1 == "common" || $1 == "rare" {print $1 "\t" $2}' "$queries" | while IFS=$'\t' read -r kind term; do
    best=""
    for _ in 1 2 3; do
      s=$(date +%s%N)
      rg -c -i -w "$term" "$csv" > /dev/null || true
      e=$(date +%s%N)
      ms=$(( (e - s) / 1000000 ))
      if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
    done
    printf '  %-8s %-16s %6d ms\n' "$kind" "$term" "$best" | tee -a "$report"
  done
fi

if [ "${ARCHIVE_SKIP_XAPIAN:-0}" != 1 ] && [ -x "$xbench" ]; then
  rm -rf "$data/xapian"
  load
  timed xapian_index "$xbench" index --archive "$db" --db "$data/xapian"
  cat "$data/xapian_index.out" | tee -a "$report"
  say "xapian database: $(du -sm "$data/xapian" | cut -f1) MB"
  load
  "$xbench" query --db "$data/xapian" --queries "$queries" --repeat "$repeat" > "$data/xapian_bench.txt"
  say "xapian queries (ms):"
  tee -a "$report" < "$data/xapian_bench.txt"
  say "ratio cablescope / xapian per kind, thread CPU ms (p50, p99; < 1 means cablescope is faster):"
  awk 'FNR == 1 {f++; cpu = 0} /^# thread CPU/ {cpu = 1} /^#/ || /^kind/ || !cpu {next} f == 1 {c50[$1] = $3; c99[$1] = $4; order[++n] = $1}
       f == 2 {x50[$1] = $3; x99[$1] = $4}
       END {printf "  %-16s %9s %9s %9s %9s %7s %7s\n", "kind", "cs_p50", "xa_p50", "cs_p99", "xa_p99", "p50x", "p99x";
            for (i = 1; i <= n; i++) { k = order[i]; if (!(k in x50)) continue;
              printf "  %-16s %9.3f %9.3f %9.3f %9.3f %7.2f %7.2f\n", k, c50[k], x50[k], c99[k], x99[k],
                     (x50[k] > 0 ? c50[k] / x50[k] : 0), (x99[k] > 0 ? c99[k] / x99[k] : 0) } }' \
      "$data/archive_bench.txt" "$data/xapian_bench.txt" | tee -a "$report"
fi
load

if [ "${ARCHIVE_CLEAN:-0}" = 1 ]; then
  rm -rf "$data/xapian" "$db" "$db-wal" "$db-shm" "$csv"
  say "cleaned: csv, archive and Xapian database deleted"
fi
say "report: $report"
