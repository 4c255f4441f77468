// Hostile hosts (issue 14): the widget served from another origin, a strict Content-Security-Policy, transformed
// and scrolled containers. Each host page is written to a temporary directory and served by a second server,
// so its origin differs from the widget's (another port).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WWW, serve } from '../../scripts/serve.mjs';
import { assertContract, start } from './helpers.mjs';

let env;
let host;
let hostDir;
before(async () => {
  env = await start();
  hostDir = mkdtempSync(join(tmpdir(), 'newsmark-host-'));
  writeFileSync(join(hostDir, 'favicon.ico'), ''); // Chromium asks every host for one
  host = await serve({ root: hostDir, port: 0 });
});
after(async () => {
  await env?.close();
  await new Promise((ok) => (host ? host.server.close(ok) : ok()));
  rmSync(hostDir, { recursive: true, force: true });
});

const SHORT = 'Jason Droege said the deal was worth $14.3 billion, up 4%.';
const PARAGRAPH = '“We will keep serving every lab,” Jason Droege said on Tuesday after Meridian paid $14.3 billion. ';

/** Writes a host page and its script into the host's directory; returns its URL. */
function hostPage(name, { head = '', body, script = '' }) {
  writeFileSync(join(hostDir, `${name}.js`), script);
  writeFileSync(
    join(hostDir, `${name}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>${head}</head>` +
      `<body>${body}<script type="module" src="${name}.js"></script></body></html>`,
  );
  return new URL(`${name}.html`, host.url).href;
}

/**
 * Waits until `fn` is true in the page. page.waitForFunction compiles its predicate in the page, which a CSP
 * without 'unsafe-eval' refuses; page.evaluate goes through the DevTools protocol and is never refused.
 */
async function until(page, fn, arg, timeout = 30_000) {
  for (const end = Date.now() + timeout; Date.now() < end; await new Promise((ok) => setTimeout(ok, 50))) {
    if (await page.evaluate(fn, arg)) return;
  }
  throw new Error(`timed out waiting for ${fn}`);
}

async function openRecording(url) {
  const page = await env.context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  return { page, errors };
}

describe('hostile hosts', () => {
  test('the widget works from another origin: module scripts, wasm and the worker, with the CORS headers the README names', async () => {
    const widgetUrl = new URL('widget.js', env.url).href;
    assert.notEqual(new URL(widgetUrl).origin, new URL(host.url).origin, 'two origins');
    const headers = (await fetch(new URL('pkg/newsmark_bg.wasm', env.url))).headers;
    assert.equal(headers.get('access-control-allow-origin'), '*');
    const url = hostPage('cross', {
      body: `<newsmark-annotator id="short">${SHORT}</newsmark-annotator><newsmark-annotator id="long"></newsmark-annotator><p id="story">${SHORT}</p>`,
      script: `import { annotateElement } from ${JSON.stringify(widgetUrl)};
        document.getElementById('long').text = ${JSON.stringify(PARAGRAPH)}.repeat(300);
        annotateElement(document.getElementById('story')).then((h) => (window.inPlace = h.annotations.spans.length));`,
    });
    const { page, errors } = await openRecording(url);
    await page.waitForFunction(() => ['short', 'long'].every((id) => document.getElementById(id)?.result) && window.inPlace);
    const r = await page.evaluate(async () => {
      const long = document.getElementById('long');
      const short = document.getElementById('short');
      return {
        longText: long.text,
        long: long.result,
        longMarks: long.shadowRoot.querySelectorAll('mark').length,
        short: short.result,
        inPlace: document.querySelectorAll('#story newsmark-mark').length,
      };
    });
    assert.ok(r.longText.length > 20_000, 'the long text goes to the worker');
    assertContract(r.long, r.longText);
    assert.equal(r.long.spans.filter((s) => s.label === 'MONEY').length, 300);
    assert.ok(r.longMarks >= r.long.spans.length);
    assert.deepEqual(r.short.spans.map((s) => s.label), ['PERSON', 'MONEY', 'PERCENT']);
    assert.equal(r.inPlace, 3, 'annotateElement from the other origin highlights in place');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('from another origin under the Content-Security-Policy the README gives, nothing is refused', async () => {
    const widgetOrigin = new URL(env.url).origin;
    const widgetUrl = new URL('widget.js', env.url).href;
    const csp = `default-src 'self'; script-src 'self' ${widgetOrigin} 'wasm-unsafe-eval'; ` +
      `connect-src 'self' ${widgetOrigin}; worker-src blob: ${widgetOrigin}; style-src 'self'`;
    const url = hostPage('cross-csp', {
      head: `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
      body: '<newsmark-annotator id="long"></newsmark-annotator>',
      script: `import ${JSON.stringify(widgetUrl)};
        document.getElementById('long').text = ${JSON.stringify(PARAGRAPH)}.repeat(300);`,
    });
    const { page, errors } = await openRecording(url);
    await until(page, () => document.getElementById('long')?.result);
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the page and the widget under a strict CSP on their own origin: no violation', async () => {
    const strict = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
    const page = await env.context.newPage();
    // The CSP as a response header on every document, as a host's server would send it.
    await page.route(/\.html$|\/$/, async (route) => {
      const response = await route.fetch();
      route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': strict } });
    });
    await page.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(env.url);
    await until(page, () => document.getElementById('status').textContent.startsWith('Ready'));
    await page.fill('#input', PARAGRAPH.repeat(300)); // the worker, under the page's CSP
    await until(page, () => document.querySelectorAll('#output mark[data-label=MONEY]').length === 300);
    assert.deepEqual(await page.evaluate(() => window.violations), [], 'the page');

    // A host page on the widget's own origin with nothing inline (embed.html has the mock host's own <style>):
    // the host's directory links the widget's files in.
    for (const name of ['widget.js', 'js', 'pkg', 'favicon.svg']) {
      if (!existsSync(join(hostDir, name))) symlinkSync(join(WWW, name), join(hostDir, name));
    }
    const url = hostPage('strict-host', {
      head: `<meta http-equiv="Content-Security-Policy" content="${strict}"><link rel="icon" href="favicon.svg">`,
      body: `<newsmark-annotator id="short">${SHORT}</newsmark-annotator><newsmark-annotator id="long"></newsmark-annotator>` +
        `<p id="story">${SHORT}</p>`,
      script: `import { annotateElement } from './widget.js';
        document.getElementById('long').text = ${JSON.stringify(PARAGRAPH)}.repeat(300);
        annotateElement(document.getElementById('story')).then((h) => (document.body.dataset.done = h.annotations.spans.length));`,
    });
    await page.goto(url);
    await until(page, () => document.getElementById('long')?.result && document.getElementById('short')?.result);
    await until(page, () => document.body.dataset.done === '3');
    // The tooltip (positioned by inline style from script, which a CSP allows) shows without a violation.
    await page.hover('#short >> mark');
    assert.deepEqual(await page.evaluate(() => window.violations), [], 'the widget and annotateElement');
    await page.close();
  });
});
