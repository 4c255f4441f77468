#!/usr/bin/env bash
# Whether the training command still gives the shipped model: trains into a temporary file (the same settings as
# `npm run train`) and compares it with src/entities/model.bin byte for byte. Run it after any change to the
# tokenizer, the sentence splitter, the features or the word lists: the training documents go through them.
#   npm run check:model -- ../shared/data/conll2003
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:?usage: check-model.sh CONLL_DIR}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cargo run --quiet --release --example train_entities -- "$data" --out "$tmp/model.bin" --dev-model "$tmp/train-only.bin" >&2
if cmp -s "$tmp/model.bin" src/entities/model.bin; then
  echo "check-model: src/entities/model.bin is what the training command gives"
else
  echo "check-model: src/entities/model.bin differs from what the training command gives ($(wc -c <"$tmp/model.bin") bytes against $(wc -c <src/entities/model.bin)); run npm run train and commit the model" >&2
  exit 1
fi
