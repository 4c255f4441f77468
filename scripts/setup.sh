#!/usr/bin/env bash
# Installs what the build and the tests need, and only what is missing, so a warm machine skips straight on.
#   scripts/setup.sh            wasm target, wasm-bindgen-cli at Cargo.lock's version, npm packages
#   scripts/setup.sh --browser  also Debian's chromium + chromium-driver (for npm test)
# See ../shared/TOOLCHAIN.md for why each step is the way it is.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "setup: $*" >&2; }

# 1. The wasm target (rustup is the machine's toolchain manager).
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock to the patch (trap 2).
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ -z "$want" ]; then
  say "no wasm-bindgen in Cargo.lock"; exit 1
elif [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (found '${have:-none}'); about 4 minutes on 2 cores"
  cargo install wasm-bindgen-cli --version "$want"   # no --locked: its lock pins a crate this registry lacks (trap 1)
fi

# 3. npm packages: `npm ci` when node_modules is missing or was installed from another package-lock.json.
stamp=node_modules/.newsmark-lock.sha256
lock_sum=$(sha256sum package-lock.json | awk '{ print $1 }')
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
  say "npm ci"
  npm ci --no-audit --no-fund
  echo "$lock_sum" >"$stamp"
fi

# 4. Chromium for the browser tests (Debian's; never a downloaded one: trap 8).
if [ "${1:-}" = "--browser" ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  say "installing chromium and chromium-driver from Debian"
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium chromium-driver
fi
exit 0
