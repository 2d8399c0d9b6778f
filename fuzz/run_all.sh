#!/usr/bin/env bash
# Runs every fuzzer in BUILD_DIR for SECONDS each (make fuzz-smoke; CI: 20 s).
#
#   bash fuzz/run_all.sh [BUILD_DIR] [SECONDS]
#   FUZZ_ARGS="-runs=1000000" bash fuzz/run_all.sh build-fuzz 0   # a fixed count
#   FUZZ_SEED=0 bash fuzz/run_all.sh build-fuzz 600                 # a random walk
#
# The mutation seed is fixed (FUZZ_SEED, default 1) so that a short run walks
# the same inputs every time: CI's 20 s smoke run repeats, as a prefix, what
# a longer local run with the same seed already checked, instead of failing
# at random on a walk nobody has seen. Long exploratory runs set FUZZ_SEED=0
# (libFuzzer picks a random seed).
#
# Corpus dirs, in libFuzzer's order: a scratch dir FIRST (libFuzzer writes
# new inputs only to the first dir, so nothing in the repo or in ../shared is
# ever modified), then fuzz/seeds/<name>/ (our own small inputs), then the
# matching ../shared folder when it exists (real cables, read in place, never
# copied). Fails on any crash, leak, timeout or broken invariant; the input
# that failed is kept in BUILD_DIR/fuzz-artifacts/.
set -euo pipefail
build=${1:-build-fuzz}
seconds=${2:-20}
here=$(cd "$(dirname "$0")" && pwd)
shared="$here/../../shared"
artifacts="$build/fuzz-artifacts"

# Which real inputs suit which target (paths under ../shared).
shared_dirs() {
  case "$1" in
    telegram_reader_fuzz) echo "corpus/telegram-text-from-pdf seeds" ;;
    cables_csv_reader_fuzz) echo "corpus/cables-csv" ;;
    json_lines_reader_fuzz) echo "corpus/json" ;;
    wikileaks_html_reader_fuzz) echo "corpus/wikileaks-html-2010" ;;
    plusd_html_reader_fuzz) echo "corpus/plusd-1970s-html" ;;
    press_reader_fuzz) echo "seeds" ;;
    detect_fuzz) echo "seeds corpus/cables-csv corpus/plusd-1970s-html corpus/telegram-text-from-pdf" ;;
    routing_header_fuzz | cable_text_fuzz | text_postings_fuzz) echo "seeds corpus/telegram-text-from-pdf" ;;
  esac
}

status=0
found=0
for bin in "$build"/fuzz/*_fuzz; do
  [ -x "$bin" ] || continue
  found=$((found + 1))
  name=$(basename "$bin")
  work=$(mktemp -d)
  dirs=("$work")
  [ -d "$here/seeds/$name" ] && dirs+=("$here/seeds/$name")
  for d in $(shared_dirs "$name"); do
    [ -d "$shared/$d" ] && dirs+=("$shared/$d")
  done
  time_args=()
  [ "$seconds" -gt 0 ] && time_args=(-max_total_time="$seconds")
  echo "fuzz: $name for ${seconds}s (${#dirs[@]} corpus dirs)"
  # shellcheck disable=SC2086  # FUZZ_ARGS is a list of flags
  if ! "$bin" "${time_args[@]}" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
       -print_final_stats=1 -seed="${FUZZ_SEED:-1}" -artifact_prefix="$work/" ${FUZZ_ARGS:-} "${dirs[@]}" \
       > "$work/log" 2>&1; then
    echo "fuzz: $name FAILED"
    tail -60 "$work/log"
    mkdir -p "$artifacts"
    for f in "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-*; do
      [ -e "$f" ] && cp "$f" "$artifacts/$name-$(basename "$f")" && echo "fuzz: kept $artifacts/$name-$(basename "$f")"
    done
    status=1
  else
    runs=$(grep -E "^stat::number_of_executed_units" "$work/log" | awk '{print $2}')
    echo "fuzz: $name ok, ${runs:-?} executions, $(grep -E '^#[0-9]+' "$work/log" | tail -1 | awk '{print "cov", $4, "ft", $6, "corp", $8}')"
  fi
  rm -rf "$work"
done
if [ "$found" -eq 0 ]; then
  echo "fuzz: no fuzzers in $build/fuzz (build them with make fuzz)"
  exit 1
fi
exit $status
