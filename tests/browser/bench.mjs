#!/usr/bin/env node
// `npm run bench`: how long a ~2,000-word article takes in headless Chromium with the real wasm build.
// Prints the median of RUNS runs for annotate() alone, and for annotate + render + layout of the whole page;
// newsmark beside its peers (compromise, wink-nlp: devDependencies used only here) on 10 KB, 100 KB and 1 MB of
// news in one page, in interleaved rounds; the page's download size; with the data folder, PolNeAR dev's words/s
// and what pasting 1 MB and 2 MB of it does to the page's main thread.
import { EXAMPLE } from '../../www/js/example.js';
import { open, start } from './helpers.mjs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

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
      await engine.knowledge(); // measured with the word lists, as the page annotates once they are in
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
  await peers(page, polnear ? polnear.join('\n\n') : parts.join('\n\n'), polnear ? 'PolNeAR dev' : 'the example');
  const size = execFileSync(process.execPath, [new URL('../../scripts/size.mjs', import.meta.url).pathname], { encoding: 'utf8' });
  console.log(`page download: ${size.match(/The page in all: (.*)/)?.[1] ?? '?'} (npm run size)`);
  if (!polnear) {
    console.log(`(PolNeAR not found at ${polnearPath}: set NEWSMARK_DATA to bench on it)`);
  } else {
    const p = await page.evaluate(
      async ({ texts, runs }) => {
        const { load } = await import('/js/engine.js');
        const engine = await load();
      await engine.knowledge(); // measured with the word lists, as the page annotates once they are in
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
      if (size === 1_000_000) await typing(fresh);
      await fresh.close();
    }
  }
} finally {
  await env.close();
}

/**
 * Typing into the page's 1 MB text, as a person would: words of keystrokes 60 ms apart, with pauses long enough
 * for each edit to be annotated again and redrawn, so that later keystrokes land while that happens. Prints how
 * long the keystrokes waited: Event Timing's duration, from the key's timestamp to the next frame painted.
 */
async function typing(page) {
  await page.evaluate(() => {
    window.benchEvents = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'keydown') window.benchEvents.push(e.duration);
    }).observe({ type: 'event', durationThreshold: 16 });
    const input = document.querySelector('#input');
    input.focus();
    input.setSelectionRange(5000, 5000);
  });
  const words = ['quick ', 'brown ', 'fox ', 'jumps '];
  for (const word of words) {
    await page.keyboard.type(word, { delay: 60 });
    await page.waitForTimeout(700);
  }
  await page.waitForTimeout(2000);
  const slow = await page.evaluate(() => window.benchEvents);
  const keys = words.join('').length;
  console.log(
    `typing into 1 MB: ${keys} keystrokes, ${slow.length} waited over 16 ms, ${slow.filter((d) => d > 100).length} ` +
      `over 100 ms, the longest ${Math.max(0, ...slow).toFixed(0)} ms (Event Timing, keydown to the next frame)`,
  );
}

/**
 * newsmark, compromise and wink-nlp on the same text in one page: for each size, rounds in which every engine runs
 * once (in a rotating order, so that none always runs first), then each engine's median and newsmark's speed-up
 * over each peer, as the ratio of medians and as the median of the per-round ratios. What each finds is counted
 * (newsmark's spans; compromise's people, places, organizations, money, percentages and quotations; wink-nlp's
 * entities) and checked to be found at all.
 */
async function peers(page, corpus, source) {
  const bundle = await build({
    stdin: {
      contents: "import nlp from 'compromise'; import winkNLP from 'wink-nlp'; import model from 'wink-eng-lite-web-model';" +
        'window.peers = { nlp, winkNLP, model };',
      resolveDir: new URL('../..', import.meta.url).pathname,
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  await page.evaluate(bundle.outputFiles[0].text); // through the DevTools protocol: the page's CSP allows no inline script
  const sizes = [[10_000, 15], [100_000, 9], [1_000_000, 5]];
  const r = await page.evaluate(async ({ corpus, sizes }) => {
    const { load } = await import('/js/engine.js');
    const engine = await load();
      await engine.knowledge(); // measured with the word lists, as the page annotates once they are in
    const { nlp, winkNLP, model } = window.peers;
    const wink = winkNLP(model);
    const engines = {
      newsmark: (t) => engine.annotate(t).spans.length,
      compromise: (t) => {
        const d = nlp(t);
        return d.people().length + d.places().length + d.organizations().length + d.money().length +
          d.percentages().length + d.quotations().length;
      },
      'wink-nlp': (t) => wink.readDoc(t).entities().length(),
    };
    const names = Object.keys(engines);
    const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const out = [];
    for (const [size, rounds] of sizes) {
      let text = corpus;
      while (text.length < size) text += `\n\n${corpus}`;
      text = text.slice(0, text.lastIndexOf('\n\n', size) > 0 ? text.lastIndexOf('\n\n', size) : size);
      for (const name of names) engines[name](text.slice(0, 2000)); // warm up
      const times = Object.fromEntries(names.map((n) => [n, []]));
      const found = {};
      for (let round = 0; round < rounds; round++) {
        for (let k = 0; k < names.length; k++) {
          const name = names[(round + k) % names.length];
          const t0 = performance.now();
          found[name] = engines[name](text);
          times[name].push(performance.now() - t0);
        }
      }
      out.push({ size: text.length, rounds, times, found, medians: Object.fromEntries(names.map((n) => [n, median(times[n])])) });
    }
    return out;
  }, { corpus, sizes });
  console.log(`\nnewsmark and its peers in one page, on ${source} (UTF-16 units; median ms of interleaved rounds):`);
  for (const row of r) {
    const m = row.medians;
    const perRound = (peer) => {
      const ratios = row.times.newsmark.map((t, i) => row.times[peer][i] / t).sort((a, b) => a - b);
      return ratios[ratios.length >> 1];
    };
    const peerText = ['compromise', 'wink-nlp']
      .map((p) => `${p} ${m[p].toFixed(1)} ms (${(m[p] / m.newsmark).toFixed(1)}×, per round ${perRound(p).toFixed(1)}×)`)
      .join(', ');
    console.log(`  ${(row.size / 1000).toFixed(0)} K, ${row.rounds} rounds: newsmark ${m.newsmark.toFixed(1)} ms, ${peerText}`);
    console.log(`    found: newsmark ${row.found.newsmark} spans, compromise ${row.found.compromise}, wink-nlp ${row.found['wink-nlp']} entities`);
    for (const [name, n] of Object.entries(row.found)) if (!(n > 0)) throw new Error(`${name} found nothing in ${row.size} units`);
  }
}
