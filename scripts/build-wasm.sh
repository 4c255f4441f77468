#!/usr/bin/env bash
# Builds the browser bundle into www/pkg: cargo (wasm32) → wasm-bindgen --target web → npm binaryen's wasm-opt -Oz.
# See ../shared/TOOLCHAIN.md. Run scripts/setup.sh first on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

target_dir="${CARGO_TARGET_DIR:-target}"
out=www/pkg
# npm's binaryen only: Debian's /usr/bin/wasm-opt (108) writes wasm that fails at start-up (TOOLCHAIN.md trap 3).
wasm_opt=node_modules/.bin/wasm-opt
[ -x "$wasm_opt" ] || { echo "build-wasm: $wasm_opt missing; run scripts/setup.sh (npm ci)" >&2; exit 1; }

cargo build --release --target wasm32-unknown-unknown --lib
wasm-bindgen --target web --remove-name-section --out-dir "$out" \
  "$target_dir/wasm32-unknown-unknown/release/newsmark.wasm"
"$wasm_opt" -Oz \
  "$out/newsmark_bg.wasm" -o "$out/newsmark_bg.wasm"
echo "build-wasm: $out/newsmark_bg.wasm $(wc -c <"$out/newsmark_bg.wasm") bytes"
