// Shared by the browser tests: a static server on a free 127.0.0.1 port, headless Debian Chromium driven by
// playwright-core (flags as ../shared/TOOLCHAIN.md trap 8), and a page that records console errors and requests.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** A new page that records console errors, page errors and every request URL. */
export async function open(env, path) {
  const page = await env.context.newPage();
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
