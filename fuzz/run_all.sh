#!/usr/bin/env bash
# Runs every fuzzer in BUILD_DIR for SECONDS each, from its seed corpus
# (fuzz/seeds/<name>/), in a scratch corpus directory. Fails on any crash.
set -euo pipefail
build=${1:-build-fuzz}
seconds=${2:-20}
here=$(cd "$(dirname "$0")" && pwd)
status=0
for bin in "$build"/fuzz/*_fuzz; do
  [ -x "$bin" ] || continue
  name=$(basename "$bin")
  work=$(mktemp -d)
  seeds="$here/seeds/$name"
  echo "fuzz: $name for ${seconds}s"
  if ! "$bin" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
       -artifact_prefix="$work/" "$work" ${seeds:+$( [ -d "$seeds" ] && echo "$seeds")} \
       > "$work/log" 2>&1; then
    echo "fuzz: $name FAILED"; tail -40 "$work/log"; status=1
  else
    grep -E "^(#[0-9]+|Done)" "$work/log" | tail -1
  fi
  rm -rf "$work"
done
exit $status
