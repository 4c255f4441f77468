#!/usr/bin/env node
// annotate() of the wasm build in node over PolNeAR dev's articles: the median of 9 rounds, for comparing two
// builds of the browser core without a browser. Usage:
//   node scripts/bench-node.mjs [PKG_DIR] [POLNEAR_JSONL]
// (defaults: www/pkg, ../shared/data/quotes/polnear/polnear_dev.jsonl). Copy www/pkg aside to compare builds.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const pkg = resolve(process.argv[2] ?? 'www/pkg');
const data = process.argv[3] ?? '../shared/data/quotes/polnear/polnear_dev.jsonl';
const mod = await import(pathToFileURL(`${pkg}/newsmark.js`).href);
mod.initSync({ module: readFileSync(`${pkg}/newsmark_bg.wasm`) });
const texts = readFileSync(data, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line))
  .filter((v) => v.primary !== false)
  .map((v) => v.text);
const times = [];
let spans = 0;
for (let round = 0; round < 9; round++) {
  const t0 = performance.now();
  spans = 0;
  for (const text of texts) spans += mod.annotate(text).spans.length;
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(`${pkg}: ${texts.length} texts, ${spans} spans, median ${times[4].toFixed(1)} ms, fastest ${times[0].toFixed(1)} ms`);
