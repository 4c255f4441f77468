// Hostile hosts (issue 14): the widget served from another origin, a strict Content-Security-Policy, transformed
// and scrolled containers. Each host page is written to a temporary directory and served by a second server,
// so its origin differs from the widget's (another port).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertContract, start } from './helpers.mjs';
import { openRecording, startHost, until } from './hosts.mjs';

let env;
let host;
before(async () => {
  env = await start();
  host = await startHost();
});
after(async () => {
  await env?.close();
  await host?.close();
});

const SHORT = 'Jason Droege said the deal was worth $14.3 billion, up 4%.';
const PARAGRAPH = '“We will keep serving every lab,” Jason Droege said on Tuesday after Meridian paid $14.3 billion. ';

describe('hostile hosts', () => {
  test('the widget works from another origin: module scripts, wasm and the worker, with the CORS headers the README names', async () => {
    const widgetUrl = new URL('widget.js', env.url).href;
    assert.notEqual(new URL(widgetUrl).origin, new URL(host.url).origin, 'two origins');
    const headers = (await fetch(new URL('pkg/newsmark_bg.wasm', env.url))).headers;
    assert.equal(headers.get('access-control-allow-origin'), '*');
    const url = host.page('cross', {
      body: `<newsmark-annotator id="short">${SHORT}</newsmark-annotator><newsmark-annotator id="long"></newsmark-annotator><p id="story">${SHORT}</p>`,
      script: `import { annotateElement } from ${JSON.stringify(widgetUrl)};
        document.getElementById('long').text = ${JSON.stringify(PARAGRAPH)}.repeat(300);
        annotateElement(document.getElementById('story')).then((h) => (window.inPlace = h.annotations.spans.length));`,
    });
    const { page, errors } = await openRecording(env, url);
    await page.waitForFunction(() => ['short', 'long'].every((id) => document.getElementById(id)?.result) && window.inPlace);
    // A long text is drawn a piece per frame after its result is in.
    await until(page, () => document.getElementById('long').shadowRoot.querySelectorAll('mark[data-label=MONEY]').length === 300);
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
    const url = host.page('cross-csp', {
      head: `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
      body: '<newsmark-annotator id="long"></newsmark-annotator>',
      script: `import ${JSON.stringify(widgetUrl)};
        document.getElementById('long').text = ${JSON.stringify(PARAGRAPH)}.repeat(300);`,
    });
    const { page, errors } = await openRecording(env, url);
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

    // A host page on the widget's own origin with nothing inline (embed.html has the mock host's own <style>).
    host.linkWidget();
    const url = host.page('strict-host', {
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

  test('inside a transformed, scrolled container the tooltip lands next to its highlight', async () => {
    host.linkWidget();
    const url = host.page('transformed', {
      body: '<div id="scroller" style="height: 400px; overflow: auto">' +
        '<div style="height: 600px"></div>' +
        '<div style="transform: translate(60px, 40px) scale(0.8); filter: contrast(1)">' +
        `<newsmark-annotator id="w">${SHORT}</newsmark-annotator><p id="story">${SHORT}</p></div>` +
        '<div style="height: 900px"></div></div>',
      script: `import { annotateElement } from './widget.js';
        annotateElement(document.getElementById('story')).then(() => (document.body.dataset.done = '1'));`,
    });
    const { page, errors } = await openRecording(env, url);
    await until(page, () => document.getElementById('w')?.result && document.body.dataset.done);
    await page.evaluate(() => (document.getElementById('scroller').scrollTop = 450));
    // Playwright's CSS locators reach into open shadow roots: '#w .tip' is the widget's own tooltip.
    const gap = async (mark, tip) => {
      await page.locator(mark).first().hover();
      const m = await page.locator(mark).first().boundingBox();
      const t = await page.locator(tip).boundingBox();
      assert.ok(t && t.width > 0, 'the tooltip is shown');
      return { dx: Math.abs(t.x - m.x), dy: Math.min(Math.abs(t.y - (m.y + m.height)), Math.abs(t.y + t.height - m.y)) };
    };
    const widgetGap = await gap('#w mark', '#w .tip');
    assert.ok(widgetGap.dx < 8 && widgetGap.dy < 12, `widget tooltip off by ${JSON.stringify(widgetGap)}`);
    const inPlaceGap = await gap('#story newsmark-mark', 'newsmark-tooltip .tip');
    assert.ok(inPlaceGap.dx < 8 && inPlaceGap.dy < 12, `in-place tooltip off by ${JSON.stringify(inPlaceGap)}`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('host CSS that resets everything leaves the highlights visible', async () => {
    host.linkWidget();
    const url = host.page('reset', {
      head: '<link rel="stylesheet" href="reset.css">',
      body: `<newsmark-annotator id="w">${SHORT}</newsmark-annotator><p id="story">${SHORT}</p>`,
      script: `import { annotateElement } from './widget.js';
        annotateElement(document.getElementById('story')).then(() => (document.body.dataset.done = '1'));`,
    });
    host.file('reset.css',
      '*, *::before, *::after { margin: 0 !important; padding: 0 !important; border: 0 !important; ' +
      'background: none !important; font: inherit !important; color: inherit !important; outline: 0 !important; } ' +
      'mark, newsmark-mark, [data-label] { all: unset !important; }');
    const { page, errors } = await openRecording(env, url);
    await until(page, () => document.getElementById('w')?.result && document.body.dataset.done);
    const looks = await page.evaluate(() => {
      const style = (el) => {
        const s = getComputedStyle(el);
        return { background: s.backgroundColor, border: s.borderBottomStyle };
      };
      return {
        widget: style(document.getElementById('w').shadowRoot.querySelector('mark[data-label=PERSON]')),
        inPlace: style(document.querySelector('#story newsmark-mark[data-label=PERSON]')),
      };
    });
    for (const [where, look] of Object.entries(looks)) {
      assert.notEqual(look.background, 'rgba(0, 0, 0, 0)', `${where}: the tint survives`);
      assert.equal(look.border, 'solid', `${where}: the underline survives`);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
});
