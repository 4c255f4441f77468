#!/usr/bin/env node
// Prints the gzipped size (gzip -9) of everything the page and the widget download: `npm run size`; the
// knowledge file, fetched after the first annotation, on its own line.
// The JS files are found by following static imports from each entry point; the wasm package is added to both.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const WWW = fileURLToPath(new URL('../www/', import.meta.url));
const PKG = ['pkg/newsmark.js', 'pkg/newsmark_bg.wasm'].map((f) => join(WWW, f));

function imports(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const src = readFileSync(entry, 'utf8');
  for (const [, spec] of src.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]/g)) {
    imports(resolve(dirname(entry), spec), seen);
  }
  return seen;
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function report(title, files) {
  console.log(`\n${title}`);
  let raw = 0;
  let zipped = 0;
  for (const f of files) {
    const [r, z] = [readFileSync(f).length, gz(f)];
    raw += r;
    zipped += z;
    console.log(`  ${relative(WWW, f).padEnd(24)} ${kb(r).padStart(10)} ${kb(z).padStart(10)} gzip`);
  }
  console.log(`  ${'total'.padEnd(24)} ${kb(raw).padStart(10)} ${kb(zipped).padStart(10)} gzip`);
  return zipped;
}

try {
  // The worker (started for long texts) is no static import; it shares the page's compiled wasm.
  const page = [join(WWW, 'index.html'), join(WWW, 'app.css'), ...imports(join(WWW, 'js/app.js')), join(WWW, 'js/worker.js')];
  const first = report('The page (index.html):', [...page, ...PKG]);
  report('The widget (widget.js):', [...imports(join(WWW, 'widget.js')), ...PKG]);
  // Fetched once the first annotation is done (js/engine.js), by the page and the widget alike.
  const later = report('After the first annotation, both fetch:', [join(WWW, 'pkg/knowledge.bin')]);
  console.log(`\nThe page in all: ${kb(first)} for the first annotation + ${kb(later)} after it = ${kb(first + later)} gzip`);
} catch (e) {
  console.error(`size: ${e.message} (build first: scripts/build-wasm.sh)`);
  process.exit(1);
}
