#!/usr/bin/env bash
# Fuzzes the core with cargo-fuzz (libFuzzer), installing nightly Rust and cargo-fuzz if missing.
#   scripts/fuzz.sh [SECONDS] [TARGET ...]     each target for SECONDS (default 60); targets: annotate jsonl numbers options
# Inputs are at most FUZZ_MAX_LEN bytes (default 512: short inputs run many times faster, and the property tests and
# the golden articles cover long texts); the seeds longer than that are cut.
# Prints each target's executions and the total. A crash stops the run with the input saved under
# fuzz/artifacts/TARGET/; reproduce with `cargo +nightly fuzz run -s none TARGET FILE`.
# Built without AddressSanitizer (`-s none`): the crate is safe Rust but for one `target_feature` call, and
# the sanitizer costs half the throughput. Debug assertions and overflow checks stay on.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(annotate jsonl numbers options)

say() { echo "fuzz: $*" >&2; }
if ! rustup toolchain list | grep -q '^nightly'; then
  say "installing nightly Rust (only the fuzz crate uses it)"
  rustup toolchain install nightly --profile minimal
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  say "installing cargo-fuzz"
  cargo install cargo-fuzz --version 0.13.2 --locked
fi
node scripts/fuzz-seeds.mjs

total=0
for t in "${targets[@]}"; do
  log=$(mktemp)
  # -print_final_stats gives the executions; libFuzzer's own output goes to the log and its tail to stderr.
  if ! cargo +nightly fuzz run -s none "$t" -- -max_total_time="$secs" -max_len="${FUZZ_MAX_LEN:-512}" \
    -print_final_stats=1 >"$log" 2>&1; then
    grep -v '^ *[0-9]*: \|^ *at ' "$log" | tail -40 >&2
    if grep -q 'failed to build fuzz script' "$log"; then
      say "$t: the fuzz target does not build"
    else
      say "$t: CRASH (input saved under fuzz/artifacts/$t/)"
    fi
    exit 1
  fi
  runs=$(awk '/stat::number_of_executed_units:/ { print $2 }' "$log")
  rate=$(grep -o 'exec/s: [0-9]*' "$log" | tail -1)
  echo "fuzz: $t: ${runs:-?} executions in ${secs} s (${rate:-?}), no crash"
  total=$((total + ${runs:-0}))
  rm -f "$log"
done
echo "fuzz: total ${total} executions, no crash"
