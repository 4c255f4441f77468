// Every reader (issue 14): axe-core finds no serious or critical violation on the page, the widget and in-place
// highlights in each state (annotated, legend kinds off, tooltip open); keyboard users reach every highlight with
// one tab stop and arrow keys, without it stealing the host's tab order; right-to-left paragraphs run right to left.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { start } from './helpers.mjs';
import { openRecording, startHost, until } from './hosts.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let env;
let host;
before(async () => {
  env = await start();
  host = await startHost();
  host.linkWidget();
});
after(async () => {
  await env?.close();
  await host?.close();
});

const ARTICLE = 'Jason Droege said the deal was worth $14.3 billion, up 4%. “We will keep serving every lab,” he said. ' +
  'Meridian Systems is based in Chicago.';

/** The serious and critical axe-core violations on the page now, as "rule: target" lines. */
async function axe(page) {
  // Injected through the DevTools protocol, which no page CSP refuses.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.targets.slice(0, 3).join(', ')}`);
}

/** A host page with a button before and after the widget and an article highlighted in place. */
function hostUrl() {
  return host.page('reader-host', {
    body: '<main><h1>Host</h1><button id="before">Before</button>' +
      `<newsmark-annotator id="w">${ARTICLE}</newsmark-annotator>` +
      '<button id="between">Between</button>' +
      `<article id="story"><p>${ARTICLE}</p></article>` +
      '<button id="after">After</button></main>',
    script: `import { annotateElement } from './widget.js';
      annotateElement(document.getElementById('story')).then(() => (document.body.dataset.done = '1'));`,
  });
}

/** The focused element, through shadow roots: its tag, text and whether a tooltip shows. */
const focused = () => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return { tag: el?.localName, id: el?.id, text: el?.textContent, label: el?.dataset?.label };
};

/**
 * In the page: the contrast ratio of every highlight's text against what is behind it (its tint laid over every
 * tint and background under it), as "LABEL ratio" for each element matching `selector`, in every root given.
 */
function contrasts({ selector, hosts }) {
  const rgba = (c) => {
    const [r, g, b, a = 1] = c.match(/[\d.]+/g).map(Number);
    return [r, g, b, a];
  };
  const over = (top, under) => top.slice(0, 3).map((v, i) => v * top[3] + under[i] * (1 - top[3])).concat(1);
  const luminance = ([r, g, b]) => {
    const lin = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const behind = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement ?? e.getRootNode().host) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] === 1) break;
    }
    return layers.reverse().reduce((under, top) => over(top, under), [255, 255, 255, 1]);
  };
  const out = [];
  for (const root of hosts.map((h) => (h ? document.querySelector(h).shadowRoot : document))) {
    for (const el of root.querySelectorAll(selector)) {
      const bg = behind(el);
      const fg = over(rgba(getComputedStyle(el).color), bg);
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      out.push({ label: el.dataset.label, ratio: (hi + 0.05) / (lo + 0.05) });
    }
  }
  return out;
}

function assertContrast(found, where) {
  assert.ok(found.length > 0, `${where}: highlights to measure`);
  const low = found.filter((c) => c.ratio < 4.5).map((c) => `${c.label} ${c.ratio.toFixed(2)}`);
  assert.deepEqual(low, [], `${where}: text contrast under 4.5:1`);
}

const EVERY_KIND = `${ARTICLE} The American fund owns Meridian Systems Inc.`;

describe('every reader', () => {
  test('every kind of highlight, and the legend on and off, keeps text contrast of 4.5:1 or more', async () => {
    const { page } = await openRecording(env, env.url);
    await until(page, () => document.getElementById('status').textContent.startsWith('Ready'));
    await page.fill('#input', EVERY_KIND);
    await until(page, () => document.querySelector('#output mark[data-label=MISC]'));
    const kinds = await page.evaluate(() => [...new Set([...document.querySelectorAll('#output mark')].map((m) => m.dataset.label))]);
    assert.deepEqual(kinds.sort(), ['LOC', 'MISC', 'MONEY', 'ORG', 'PERCENT', 'PERSON', 'QUOTE']);
    assertContrast(await page.evaluate(contrasts, { selector: '#output mark, #legend mark', hosts: [null] }), 'page');
    for (const label of kinds) await page.click(`#legend button[data-label=${label}]`);
    assertContrast(await page.evaluate(contrasts, { selector: '#legend button', hosts: [null] }), 'legend off');
    await page.close();

    const widget = await openRecording(env, host.page('contrast-host', {
      body: `<newsmark-annotator id="w">${EVERY_KIND}</newsmark-annotator><p id="story">${EVERY_KIND}</p>`,
      script: `import { annotateElement } from './widget.js';
        annotateElement(document.getElementById('story')).then(() => (document.body.dataset.done = '1'));`,
    }));
    await until(widget.page, () => document.getElementById('w')?.result && document.body.dataset.done);
    assertContrast(await widget.page.evaluate(contrasts, { selector: 'mark', hosts: ['#w'] }), 'widget');
    assertContrast(await widget.page.evaluate(contrasts, { selector: 'newsmark-mark', hosts: [null] }), 'in place');
    await widget.page.close();
  });

  test('the page: no serious or critical axe violation annotated, with kinds off, with the tooltip open', async () => {
    const { page, errors } = await openRecording(env, env.url);
    await until(page, () => document.getElementById('status').textContent.startsWith('Ready'));
    await page.fill('#input', ARTICLE);
    await until(page, () => document.querySelector('#output mark'));
    assert.deepEqual(await axe(page), [], 'annotated');
    for (const label of ['PERSON', 'MONEY', 'QUOTE']) await page.click(`#legend button[data-label=${label}]`);
    assert.deepEqual(await axe(page), [], 'legend kinds off');
    await page.focus('#output mark[tabindex="0"]');
    await until(page, () => !document.getElementById('tooltip').hidden);
    assert.deepEqual(await axe(page), [], 'tooltip open');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the widget and in-place highlights: no serious or critical axe violation, tooltips open or not', async () => {
    const { page, errors } = await openRecording(env, hostUrl());
    await until(page, () => document.getElementById('w')?.result && document.body.dataset.done);
    assert.deepEqual(await axe(page), [], 'annotated');
    await page.hover('#w mark');
    assert.deepEqual(await axe(page), [], 'widget tooltip open');
    await page.hover('#story newsmark-mark');
    assert.deepEqual(await axe(page), [], 'in-place tooltip open');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('one tab stop per article and arrow keys between highlights, in the widget and in place', async () => {
    const { page, errors } = await openRecording(env, hostUrl());
    await until(page, () => document.getElementById('w')?.result && document.body.dataset.done);
    const spans = await page.evaluate(() => document.getElementById('w').result.spans.map((s) => s.text));
    await page.focus('#before');

    await page.keyboard.press('Tab');
    assert.deepEqual(await page.evaluate(focused), { tag: 'mark', id: '', text: spans[0], label: 'PERSON' });
    // The text of a tooltip while it is open, else null ('#w .tip' reaches into the widget's shadow root).
    const shown = (tip) => page.locator(tip).evaluate((t) => (t.matches(':popover-open') ? t.textContent : null));
    assert.match(await shown('#w .tip'), /Person/, 'focus shows the tooltip');
    assert.equal(
      await page.evaluate(() => document.getElementById('w').shadowRoot.querySelector('mark').getAttribute('aria-describedby')),
      'tip',
    );
    await page.keyboard.press('ArrowRight');
    assert.equal((await page.evaluate(focused)).text, spans[1], 'arrow right: the next highlight');
    await page.keyboard.press('End');
    assert.equal((await page.evaluate(focused)).text, spans.at(-1), 'End: the last highlight');
    await page.keyboard.press('Tab');
    assert.equal((await page.evaluate(focused)).id, 'between', 'one stop: Tab leaves the widget');

    await page.keyboard.press('Tab');
    const first = await page.evaluate(focused);
    assert.equal(first.tag, 'newsmark-mark', 'Tab reaches the in-place highlights');
    assert.equal(first.text, 'Jason Droege');
    const description = await page.evaluate(() => document.activeElement.getAttribute('aria-description'));
    assert.match(description, /Person/, 'a screen reader reads what it is');
    assert.match(await shown('newsmark-tooltip .tip'), /Person/);
    await page.keyboard.press('ArrowRight');
    assert.equal((await page.evaluate(focused)).text, '$14.3 billion');
    await page.keyboard.press('Escape');
    assert.equal(await shown('newsmark-tooltip .tip'), null, 'Escape hides the tooltip');
    await page.keyboard.press('Tab');
    assert.equal((await page.evaluate(focused)).id, 'after', 'one stop: Tab leaves the article');

    // clear() takes the highlights and their listeners away: the host's article is as it was.
    await page.evaluate(async () => {
      const { annotateElement } = await import('./widget.js');
      (await annotateElement(document.getElementById('story'))).clear();
    });
    assert.equal(await page.evaluate(() => document.querySelectorAll('#story [tabindex]').length), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a right-to-left paragraph runs right to left beside a left-to-right one', async () => {
    const arabic = 'قالت الشركة إن الصفقة بلغت خمسة ملايين دولار.';
    const { page } = await openRecording(env, env.url);
    await until(page, () => document.getElementById('status').textContent.startsWith('Ready'));
    await page.fill('#input', `${ARTICLE}\n\n${arabic}`);
    await until(page, () => document.querySelector('#output mark'));
    const edges = await page.evaluate((arabic) => {
      const out = document.getElementById('output');
      const walker = document.createTreeWalker(out, NodeFilter.SHOW_TEXT);
      let node;
      while ((node = walker.nextNode()) && !node.data.includes(arabic.slice(0, 10)));
      const range = document.createRange();
      const at = node.data.indexOf(arabic.slice(0, 10));
      range.setStart(node, at);
      range.setEnd(node, at + 10);
      const r = range.getBoundingClientRect();
      const box = out.getBoundingClientRect();
      const pad = parseFloat(getComputedStyle(out).paddingRight) + parseFloat(getComputedStyle(out).borderRightWidth);
      return { right: box.right - pad - r.right, left: r.left - box.left };
    }, arabic);
    assert.ok(edges.right < 4, `the Arabic paragraph starts at the right edge (${JSON.stringify(edges)})`);
    assert.ok(edges.left > 100, 'and not at the left');
    await page.close();
  });
});
