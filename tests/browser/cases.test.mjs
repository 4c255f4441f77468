// The core's case tables (tests/cases/*.json, format in tests/cases/README.md) run through the wasm build in
// Chromium: every case must hold there as it does in Rust, and the wasm output must equal the CLI's
// (`newsmark --offsets utf16`) for the same text, span for span.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertClean, open, start } from './helpers.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIR = join(ROOT, 'tests/cases');
const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.json')).sort() : [];
const tables = files.map((file) => ({ file, ...JSON.parse(readFileSync(join(DIR, file), 'utf8')) }));
const texts = tables.flatMap((t) => t.cases.map((c) => c.text));

let env;
let page;
let results = [];
before(async () => {
  env = await start();
  page = await open(env, 'index.html');
  results = await page.page.evaluate(async (texts) => {
    const { load } = await import('/js/engine.js');
    const engine = await load();
    await engine.knowledge(); // the word lists, which the page fetches after its first annotation
    return texts.map((t) => {
      try {
        return engine.annotate(t);
      } catch (e) {
        return { error: `${e.name}: ${e.message}` };
      }
    });
  }, texts);
});
after(async () => env?.close());

test('the case tables hold in the wasm build', async (t) => {
  if (!tables.length) return t.skip('no tests/cases/*.json yet');
  let k = 0;
  for (const table of tables) {
    for (const c of table.cases) {
      const got = results[k++];
      await t.test(`${table.file}: ${c.name}`, () => checkCase(table, c, got));
    }
  }
});

test('the wasm build and the CLI give the same JSON', async (t) => {
  if (!texts.length) return t.skip('no tests/cases/*.json yet');
  const cli = runCli(texts);
  if (cli.skip) return t.skip(cli.skip);
  texts.forEach((text, i) => {
    const { id, ...fromCli } = cli.results[i];
    void id;
    assert.deepEqual(results[i], fromCli, `case text ${JSON.stringify(text.slice(0, 60))}`);
  });
});

test('no console errors, no requests off 127.0.0.1', () => assertClean(page));

/** One case: every expected span found (text, label, subset of keys); no unexpected span in scope. */
function checkCase(table, c, got) {
  assert.ok(!got.error, got.error);
  const scope = c.labels ?? table.labels;
  const inScope = got.spans.filter((s) => scope.includes(s.label));
  const used = new Set();
  const show = () => JSON.stringify(inScope.map((s) => [s.label, s.text]));
  for (const want of c.spans) {
    const label = want.label ?? (scope.length === 1 ? scope[0] : assert.fail(`span ${JSON.stringify(want)} needs a label`));
    const i = inScope.findIndex(
      (s, i) => !used.has(i) && s.text === want.text && s.label === label && matches(c.text, s, want),
    );
    assert.ok(i >= 0, `expected ${label} ${JSON.stringify(want)} in ${JSON.stringify(c.text)}; found ${show()}`);
    used.add(i);
    assert.equal(c.text.slice(inScope[i].start, inScope[i].end), inScope[i].text);
  }
  const extra = inScope.filter((_, i) => !used.has(i));
  assert.deepEqual(extra.map((s) => [s.label, s.text]), [], `unexpected spans in ${JSON.stringify(c.text)}`);
}

/** The table's extra keys as a subset of the span; `start`/`end` in the table count code points. */
function matches(text, span, want) {
  const cp = (u16) => [...text.slice(0, u16)].length;
  for (const [key, value] of Object.entries(want)) {
    if (key === 'text' || key === 'label') continue;
    if (key === 'start' || key === 'end') {
      if (cp(span[key]) !== value) return false;
    } else if (!subset(span[key], value)) return false;
  }
  return true;
}

function subset(actual, expected) {
  if (expected === null) return actual === null || actual === undefined;
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => subset(actual[i], e));
  }
  if (typeof expected === 'object') {
    return actual !== null && typeof actual === 'object' && Object.entries(expected).every(([k, v]) => subset(actual[k], v));
  }
  return actual === expected;
}

/** Runs the CLI on every text: one `--jsonl` run when it supports that, else one run per text file. */
function runCli(texts) {
  const build = spawnSync('cargo', ['build', '--release', '--quiet', '--bin', 'newsmark'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) return { skip: `the newsmark CLI does not build yet: ${build.stderr.trim().split('\n').at(-1)}` };
  const bin = join(process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'), 'release', 'newsmark');
  const input = texts.map((text, id) => JSON.stringify({ id, text })).join('\n') + '\n';
  const jsonl = spawnSync(bin, ['--jsonl', '--offsets', 'utf16'], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (jsonl.status === 0 && jsonl.stdout.trim()) {
    const results = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l));
    if (results.length === texts.length && results.every((r, i) => r.id === i && !r.error)) return { results };
  }
  const dir = mkdtempSync(join(tmpdir(), 'newsmark-cases-'));
  try {
    const results = texts.map((text, i) => {
      const file = join(dir, `${i}.txt`);
      writeFileSync(file, text);
      return JSON.parse(execFileSync(bin, ['--offsets', 'utf16', file], { encoding: 'utf8', maxBuffer: 1 << 28 }));
    });
    return { results };
  } catch (e) {
    return { skip: `the CLI cannot print the contract yet (newsmark --offsets utf16 FILE): ${String(e.message).split('\n')[0]}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
