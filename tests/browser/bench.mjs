#!/usr/bin/env node
// `npm run bench`: how long a ~2,000-word article takes in headless Chromium with the real wasm build.
// Prints the median of RUNS runs for annotate() alone, and for annotate + render + layout of the whole page; with
// the data folder, PolNeAR dev's words/s and what pasting 1 MB and 2 MB of it does to the page's main thread.
import { EXAMPLE } from '../../www/js/example.js';
import { open, start } from './helpers.mjs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// With the data folder (NEWSMARK_DATA, default ../shared/data), also the PolNeAR dev articles that
// `cargo bench` uses, so that the browser's words/s compares with the native figure on the same text.
const data = process.env.NEWSMARK_DATA ?? new URL('../../../shared/data', import.meta.url).pathname;
const polnearPath = join(data, 'quotes/polnear/polnear_dev.jsonl');
const polnear = existsSync(polnearPath)
  ? readFileSync(polnearPath, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l))
      .filter((r) => r.primary)
      .map((r) => r.text)
  : null;

const RUNS = Number(process.env.RUNS ?? 21);

// The example article, paragraph by paragraph, with names varied so that it does not just repeat itself.
const paragraphs = EXAMPLE.trim().split('\n\n');
const parts = [];
let words = 0;
for (let i = 0; words < 2000; i++) {
  const p = paragraphs[i % paragraphs.length].replaceAll('Droege', ['Droege', 'Lindqvist', 'Abara'][i % 3]);
  parts.push(p);
  words += p.split(/\s+/).length;
}
const text = parts.join('\n\n');

const env = await start();
try {
  const { page } = await open(env, 'index.html');
  const r = await page.evaluate(
    async ({ text, runs }) => {
      const { load } = await import('/js/engine.js');
      const { renderArticle } = await import('/js/render.js');
      const { renderPanel } = await import('/js/panel.js');
      const engine = await load();
      const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
      const output = document.getElementById('output');
      const panel = document.getElementById('panel-body');
      const alone = [];
      const full = [];
      let spans = 0;
      for (let i = 0; i < runs + 2; i++) {
        let t0 = performance.now();
        const a = engine.annotate(text);
        const t1 = performance.now();
        output.replaceChildren(renderArticle(text, a, new Set()));
        panel.replaceChildren(renderPanel(a, new Set(), { entity() {}, span() {} }));
        void document.body.offsetHeight; // force style and layout
        const t2 = performance.now();
        if (i >= 2) alone.push(t1 - t0), full.push(t2 - t0); // two warm-up runs
        spans = a.spans.length;
      }
      return { alone: median(alone), full: median(full), spans, chars: text.length };
    },
    { text, runs: RUNS },
  );
  const browser = env.context.browser()?.version() ?? 'unknown version';
  console.log(`article: ${words} words, ${r.chars} UTF-16 units, ${r.spans} spans; ${RUNS} runs, Chromium ${browser}`);
  console.log(`median annotate():                      ${r.alone.toFixed(1)} ms`);
  console.log(`median annotate + render + layout:      ${r.full.toFixed(1)} ms`);
  if (!polnear) {
    console.log(`(PolNeAR not found at ${polnearPath}: set NEWSMARK_DATA to bench on it)`);
  } else {
    const p = await page.evaluate(
      async ({ texts, runs }) => {
        const { load } = await import('/js/engine.js');
        const engine = await load();
        const times = [];
        let spans = 0;
        for (let i = 0; i < runs + 2; i++) {
          spans = 0;
          const t0 = performance.now();
          for (const t of texts) spans += engine.annotate(t).spans.length;
          if (i >= 2) times.push(performance.now() - t0);
        }
        times.sort((a, b) => a - b);
        return { ms: times[times.length >> 1], spans };
      },
      { texts: polnear, runs: Math.min(RUNS, 9) },
    );
    const polnearWords = polnear.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
    console.log(
      `PolNeAR dev: ${polnear.length} articles, ${polnearWords} words, ${p.spans} spans; median ${p.ms.toFixed(0)} ms` +
        ` = ${Math.round(polnearWords / (p.ms / 1000)).toLocaleString('en-US')} words/s`,
    );
    // Pasting 1 MB and 2 MB of that news into the page: how long until it is all drawn, and the main thread's
    // long tasks meanwhile (PerformanceObserver "longtask": every task over 50 ms).
    const corpus = polnear.join('\n\n');
    for (const size of [1_000_000, 1_999_990]) {
      let pasted = corpus;
      while (pasted.length < size) pasted += `\n\n${corpus}`;
      pasted = pasted.slice(0, size);
      const { page: fresh } = await open(env, 'index.html');
      await fresh.waitForFunction(() => /Ready/.test(document.querySelector('#status').textContent));
      const q = await fresh.evaluate(async (t) => {
        const tasks = [];
        new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
        const out = document.querySelector('#output');
        const runs = Number(out.dataset.runs ?? 0);
        const t0 = performance.now();
        const input = document.querySelector('#input');
        input.value = t;
        input.dispatchEvent(new Event('input'));
        while (Number(out.dataset.runs ?? 0) <= runs) await new Promise((ok) => setTimeout(ok, 20));
        const drawn = performance.now() - t0;
        await new Promise((ok) => setTimeout(ok, 200)); // the observer reports after the task
        return { drawn, tasks, marks: out.querySelectorAll('mark').length };
      }, pasted);
      const longest = Math.max(0, ...q.tasks);
      console.log(
        `paste ${(size / 1e6).toFixed(0)} MB: drawn in ${q.drawn.toFixed(0)} ms, ${q.marks} marks; ${q.tasks.length} main-thread ` +
          `tasks over 50 ms, the longest ${longest.toFixed(0)} ms`,
      );
      await fresh.close();
    }
  }
} finally {
  await env.close();
}
