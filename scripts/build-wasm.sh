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

# The knowledge file (word lists and clusters) is not compiled into the wasm; build.rs writes it to its OUT_DIR,
# which cargo names in its JSON messages, and the page fetches it from pkg/ after its first annotation.
out_dir=$(cargo build --release --target wasm32-unknown-unknown --lib --message-format=json-render-diagnostics |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{for(const l of s.split("\n")){if(!l)continue;const m=JSON.parse(l);if(m.reason==="build-script-executed"&&/[/#]newsmark[#@]/.test(m.package_id))console.log(m.out_dir)}})')
[ -f "$out_dir/knowledge.bin" ] || { echo "build-wasm: no knowledge.bin in cargo's OUT_DIR ($out_dir)" >&2; exit 1; }
wasm-bindgen --target web --remove-name-section --out-dir "$out" \
  "$target_dir/wasm32-unknown-unknown/release/newsmark.wasm"
"$wasm_opt" -Oz \
  "$out/newsmark_bg.wasm" -o "$out/newsmark_bg.wasm"
cp "$out_dir/knowledge.bin" "$out/knowledge.bin"
echo "build-wasm: $out/newsmark_bg.wasm $(wc -c <"$out/newsmark_bg.wasm") bytes, $out/knowledge.bin $(wc -c <"$out/knowledge.bin") bytes"
