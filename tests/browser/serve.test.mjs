// The development server (scripts/serve.mjs), without a browser.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../../scripts/serve.mjs';

test('a malformed path gets a 400 and the server goes on serving', async () => {
  // Regression (issue 14): "/%E0%A4%A" threw URIError in the request handler and stopped `npm start`.
  const { server, url } = await serve({ port: 0 });
  try {
    for (const bad of ['%E0%A4%A', '%', '%ZZ', 'js/%C0%AF']) {
      const r = await fetch(url + bad);
      assert.equal(r.status, 400, bad);
    }
    const page = await fetch(url);
    assert.equal(page.status, 200, 'the page is still served');
    assert.equal((await fetch(`${url}../../etc/passwd`)).status === 200, false);
  } finally {
    server.close();
  }
});
