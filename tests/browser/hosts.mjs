// Host pages for the browser tests: written to a temporary directory and served by a second server, so that their
// origin differs from the widget's (another port); `linkWidget()` links the widget's files in for host pages on
// the widget's own origin.

import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WWW, serve } from '../../scripts/serve.mjs';

export async function startHost() {
  const dir = mkdtempSync(join(tmpdir(), 'newsmark-host-'));
  writeFileSync(join(dir, 'favicon.ico'), ''); // Chromium asks every host for one
  const { server, url } = await serve({ root: dir, port: 0 });
  return {
    url,
    dir,
    /** Writes a host page and its module script; returns the page's URL. */
    page(name, { head = '', body, script = '' }) {
      writeFileSync(join(dir, `${name}.js`), script);
      writeFileSync(
        join(dir, `${name}.html`),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>${head}</head>` +
          `<body>${body}<script type="module" src="${name}.js"></script></body></html>`,
      );
      return new URL(`${name}.html`, url).href;
    },
    file(name, text) {
      writeFileSync(join(dir, name), text);
    },
    linkWidget() {
      for (const name of ['widget.js', 'js', 'pkg', 'favicon.svg']) {
        if (!existsSync(join(dir, name))) symlinkSync(join(WWW, name), join(dir, name));
      }
    },
    async close() {
      await new Promise((ok) => server.close(ok));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until `fn` is true in the page. page.waitForFunction compiles its predicate in the page, which a CSP
 * without 'unsafe-eval' refuses; page.evaluate goes through the DevTools protocol and is never refused.
 */
export async function until(page, fn, arg, timeout = 30_000) {
  for (const end = Date.now() + timeout; Date.now() < end; await new Promise((ok) => setTimeout(ok, 50))) {
    if (await page.evaluate(fn, arg)) return;
  }
  throw new Error(`timed out waiting for ${fn}`);
}

/** Opens `url` recording console and page errors, and every CSP violation in `window.violations`. */
export async function openRecording(env, url) {
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
