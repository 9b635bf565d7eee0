#!/usr/bin/env bash
# Runs every libFuzzer target for FUZZ_SECONDS each (default 600), one after
# the other, starting from Fuzz/Seeds/<target> and keeping what it finds in
# .build/fuzz/<target>. Prints one line per target: executions, corpus size,
# and whether it found a crash (whose input is saved as .build/fuzz/crash-*).
set -u
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-600}
targets=${FUZZ_TARGETS:-"page site blocks number tokens template request"}
binary=Fuzz/.build/release/VersusFuzz
status=0
mkdir -p .build/fuzz
: > .build/fuzz/summary.txt
for target in $targets; do
  corpus=.build/fuzz/$target
  mkdir -p "$corpus"
  log=.build/fuzz/$target.log
  # The Swift backtracer and ASan both want the crash; let ASan have it.
  SWIFT_BACKTRACE=enable=no VERSUS_FUZZ=$target "$binary" "$corpus" "Fuzz/Seeds/$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
    -artifact_prefix=.build/fuzz/crash-$target- -print_final_stats=1 > "$log" 2>&1
  code=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  if [ $code -ne 0 ]; then
    echo "fuzz $target: FAILED after ${runs:-?} executions (exit $code); see $log" | tee -a .build/fuzz/summary.txt
    status=1
  else
    echo "fuzz $target: ${runs:-?} executions in ${seconds}s, corpus $(ls "$corpus" | wc -l) inputs, no crash" | tee -a .build/fuzz/summary.txt
  fi
done
exit $status
