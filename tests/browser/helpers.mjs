// Shared by the browser tests: a static server on a free 127.0.0.1 port, headless Debian Chromium driven by
// playwright-core (flags as ../shared/TOOLCHAIN.md trap 8), and a page that records console errors and requests.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Starts the server and the browser; `close()` stops both. */
export async function start() {
  const { server, url } = await serve({ port: 0 });
  const profile = mkdtempSync(join(tmpdir(), 'newsmark-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    url,
    context,
    async close() {
      await context.close();
      await new Promise((ok) => server.close(ok));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const STUB = fileURLToPath(new URL('./stub-pkg.js', import.meta.url));

/**
 * A new page that records console errors, page errors, dialogs and every request URL.
 * With `{ stub: true }` the wasm package is replaced by stub-pkg.js (tests of the page's own machinery); `init`
 * is a function run in the page before its own scripts (Playwright's addInitScript); `knowledge: false` leaves
 * the knowledge file to the page (see below).
 */
export async function open(env, path, { stub = false, init = null, knowledge = true } = {}) {
  const page = await env.context.newPage();
  if (init) await page.addInitScript(init);
  if (stub) {
    await page.route(/\/pkg\/newsmark\.js(\?.*)?$/, (route) =>
      route.fulfill({ path: STUB, contentType: 'text/javascript; charset=utf-8' }),
    );
  }
  const errors = [];
  const requests = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    d.dismiss();
  });
  await page.goto(new URL(path, env.url).href);
  // The engine fetches its knowledge file after the first annotation and the page and widget then annotate
  // again (js/engine.js): tests of what the real wasm finds have it fetched first, so that every annotation
  // they see is made with it. `knowledge: false` leaves the page to fetch it itself.
  if (!stub && knowledge && /^(index|embed)\.html$/.test(path)) {
    await page.evaluate(async () => (await (await import('/js/engine.js')).load()).knowledge());
  }
  return { page, errors, requests };
}

/** Requests that left 127.0.0.1 (data: and same-origin blob: URLs are local). */
export function foreign(requests) {
  return requests.filter((u) => {
    if (u.startsWith('data:')) return false;
    const url = new URL(u.startsWith('blob:') ? u.slice(5) : u);
    return url.hostname !== '127.0.0.1';
  });
}

/** Asserts that nothing went wrong on the page: no console or page errors, no dialogs, no request off 127.0.0.1. */
export function assertClean({ errors, requests }) {
  assert.deepEqual(errors, [], 'console errors, page errors or dialogs');
  assert.deepEqual(foreign(requests), [], 'requests that left 127.0.0.1');
}

const LABELS = ['PERSON', 'ORG', 'LOC', 'MISC', 'MONEY', 'PERCENT', 'QUOTE'];
const ENTITY = new Set(['PERSON', 'ORG', 'LOC', 'MISC']);
const isInt = (n) => Number.isInteger(n) && n >= 0;
const numOrNull = (n) => n === null || typeof n === 'number';

/** Asserts that `a` is the contract (issue 2, section 4) for `text`, with UTF-16 offsets. */
export function assertContract(a, text) {
  assert.equal(a.offsets, 'utf16');
  assert.ok(Array.isArray(a.spans) && Array.isArray(a.entities), 'spans and entities are arrays');
  a.entities.forEach((e, i) => {
    assert.equal(e.id, i, 'entity ids are their indexes');
    assert.ok(ENTITY.has(e.label), `entity label ${e.label}`);
    assert.equal(typeof e.name, 'string');
    assert.ok(isInt(e.mentions));
  });
  let prev = null;
  for (const s of a.spans) {
    const where = JSON.stringify(s);
    assert.ok(isInt(s.start) && isInt(s.end) && s.start < s.end && s.end <= text.length, `bounds: ${where}`);
    assert.equal(text.slice(s.start, s.end), s.text, `text.slice(start, end) is the span text: ${where}`);
    assert.ok(LABELS.includes(s.label), `label: ${where}`);
    if (prev) assert.ok(prev.start < s.start || (prev.start === s.start && prev.end >= s.end), `sorted: ${where}`);
    prev = s;
    if (ENTITY.has(s.label)) {
      assert.ok(isInt(s.entity) && s.entity < a.entities.length, `entity id: ${where}`);
    } else if (s.label === 'MONEY') {
      const v = s.value;
      assert.equal(typeof v.currency, 'string', `currency: ${where}`);
      assert.ok(numOrNull(v.amount) && numOrNull(v.min) && numOrNull(v.max), `amounts: ${where}`);
      assert.equal(typeof v.approximate, 'boolean', `approximate: ${where}`);
    } else if (s.label === 'PERCENT') {
      assert.equal(typeof s.value.percent, 'number', `percent: ${where}`);
    } else if (s.label === 'QUOTE') {
      assert.ok('speaker' in s, `a quote has speaker (maybe null): ${where}`);
      const sp = s.speaker;
      if (sp !== null) {
        assert.equal(text.slice(sp.start, sp.end), sp.text, `speaker offsets: ${where}`);
        assert.ok(sp.entity === null || (isInt(sp.entity) && sp.entity < a.entities.length), `speaker entity: ${where}`);
      }
    }
  }
  for (const label of LABELS) {
    const same = a.spans.filter((s) => s.label === label);
    for (let i = 1; i < same.length; i++) assert.ok(same[i - 1].end <= same[i].start, `${label} spans overlap`);
  }
}
