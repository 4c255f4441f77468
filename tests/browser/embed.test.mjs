// The widget (www/widget.js) on a mock host page (www/embed.html) whose CSS styles mark and span aggressively.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertContract, open, start } from './helpers.mjs';

let env;
before(async () => (env = await start()));
after(async () => env?.close());

const MAGENTA = 'rgb(255, 0, 255)';

/** Runs annotateElement on #story in the page and reports what a host would care about. */
function highlightStory(page) {
  return page.evaluate(async () => {
    const story = document.getElementById('story');
    const before = story.innerHTML;
    const link = document.getElementById('harbor-link');
    const walker = document.createTreeWalker(story, NodeFilter.SHOW_TEXT);
    const textNodes = [];
    while (walker.nextNode()) textNodes.push(walker.currentNode);

    const { annotateElement } = await import('/widget.js');
    const handle = await annotateElement(story);
    const marks = [...story.querySelectorAll('newsmark-mark')];
    const pieces = {};
    for (const m of marks) (pieces[m.dataset.span] ??= []).push(m.textContent);
    const cs = marks[0] && getComputedStyle(marks[0]);
    const style = cs && { display: cs.display, background: cs.backgroundColor, outline: cs.outlineStyle };
    const inEm = story.querySelector('em newsmark-mark')?.textContent ?? null;
    const inLink = link.querySelector('newsmark-mark')?.textContent ?? null;

    // The host's link and its handler still work, through a highlight inside it.
    link.querySelector('newsmark-mark')?.click();
    const clicks = document.body.dataset.linkClicks ?? '0';
    const sameLink = document.getElementById('harbor-link') === link;

    handle.clear();
    const restored = story.innerHTML === before;
    const sameTextNodes = textNodes.every((n) => story.contains(n));
    return {
      text: handle.text,
      annotations: handle.annotations,
      pieces,
      count: marks.length,
      style,
      inEm,
      inLink,
      clicks,
      sameLink,
      restored,
      sameTextNodes,
      hash: location.hash,
    };
  });
}

function assertPiecesOnWords(r) {
  r.annotations.spans.forEach((s, i) => {
    assert.equal((r.pieces[i] ?? []).join(''), r.text.slice(s.start, s.end), `span ${i} ${s.label} on its words`);
  });
}

async function widget(page, id) {
  await page.waitForFunction((id) => document.getElementById(id).result !== null, id);
  return page.evaluate((id) => {
    const el = document.getElementById(id);
    const out = el.shadowRoot.querySelector('.text');
    const marks = [...out.querySelectorAll('mark')];
    const pieces = {};
    for (const m of marks) (pieces[m.dataset.span] ??= []).push(m.textContent);
    const s = marks[0] && getComputedStyle(marks[0]);
    return {
      text: el.text,
      result: el.result,
      shown: out.textContent,
      pieces,
      style: s && { display: s.display, background: s.backgroundColor, color: s.color, fontSize: s.fontSize },
      hostFontSize: getComputedStyle(el).fontSize,
    };
  }, id);
}

describe('embed.html with the widget (stub)', () => {
  test('<newsmark-annotator>: shadow DOM, host CSS kept out and in, annotated event', async () => {
    const p = await open(env, 'embed.html', { stub: true });
    const { page } = p;
    const w = await widget(page, 'brief');
    assert.ok(w.text.startsWith('Tom Whitaker'), 'annotates its trimmed text content');
    assert.equal(w.shown, w.text);
    assert.ok(w.result.spans.length >= 3);
    w.result.spans.forEach((s, i) => assert.equal(w.pieces[i].join(''), w.text.slice(s.start, s.end)));
    assert.notEqual(w.style.background, MAGENTA, 'the host’s mark CSS does not reach into the shadow root');
    assert.equal(w.style.display, 'inline');
    assert.equal(w.style.fontSize, w.hostFontSize, 'marks take the surrounding font size, not the host’s 2em');
    // The widget's own mark styles do not leak out onto the host's <mark>.
    const host = await page.$eval('#host-mark', (m) => [getComputedStyle(m).backgroundColor, getComputedStyle(m).display]);
    assert.deepEqual(host, [MAGENTA, 'block']);

    // The text property, and the event.
    const detail = await page.evaluate(
      () =>
        new Promise((ok) => {
          const el = document.getElementById('brief');
          el.addEventListener('annotated', (e) => ok(e.detail), { once: true });
          el.text = 'Maria Okafor 😀 said about $870 million.';
        }),
    );
    assert.equal(detail.text, 'Maria Okafor 😀 said about $870 million.');
    assertContract(detail, detail.text);
    assert.deepEqual(detail.spans.map((s) => s.label), ['PERSON', 'MONEY']);

    // The labels attribute limits what is found.
    const prop = await widget(page, 'prop');
    assert.equal(prop.text, 'Markets: the index rose 1.2% on Friday.\nOil fell to $71.50 a barrel.');
    assert.deepEqual(prop.result.spans.map((s) => s.label), ['PERCENT', 'MONEY']);
    assertClean(p);
    await page.close();
  });

  test('annotateElement highlights across links, <em> and paragraphs, and clear() restores the DOM', async () => {
    const p = await open(env, 'embed.html', { stub: true });
    const r = await highlightStory(p.page);
    assertPiecesOnWords(r);
    assert.ok(r.count >= 10, `marks: ${r.count}`);
    assert.match(r.text, /Tuesday\.\n\n\s*Jason/, 'paragraphs are separated, not run together');
    assert.match(r.text, /Commission\.\nShares/, '<br> is a line break');
    assert.equal(r.inEm, 'Droege', 'a PERSON across <em> is split at the element boundary');
    assert.equal(r.inLink, 'Harbor Lane Robotics', 'a highlight inside the link');
    assert.equal(r.clicks, '1', 'the host’s click handler still fires');
    assert.equal(r.hash, '#harbor-lane', 'the link still navigates');
    assert.ok(r.sameLink);
    assert.deepEqual(r.style, { display: 'inline', background: r.style.background, outline: 'none' });
    assert.notEqual(r.style.background, MAGENTA);
    assert.ok(r.restored, 'clear() restores the exact HTML');
    assert.ok(r.sameTextNodes, 'clear() puts back the very same text nodes');
    assertClean(p);
    await p.page.close();
  });
});

describe('embed.html with the real wasm', () => {
  test('a worker started before the knowledge file takes it when it arrives', async () => {
    const p = await open(env, 'embed.html', { knowledge: false });
    const r = await p.page.evaluate(async () => {
      const { load } = await import('/js/engine.js');
      const engine = await load();
      const long = 'Talks in Ouagadougou and Nouakchott went on, Priyanka Chaturvedi said. '.repeat(400);
      const label = (a) => a.spans.find((s) => s.text === 'Nouakchott')?.label;
      const before = label(await engine.annotateInWorker(long)); // starts the worker, and the fetch after it
      await engine.knowledge();
      const after = await engine.annotateInWorker(long);
      return { before, after: label(after), same: JSON.stringify(after.spans) === JSON.stringify(engine.annotate(long).spans) };
    });
    assert.notEqual(r.before, 'LOC', 'the worker began without the word lists');
    assert.equal(r.after, 'LOC', 'and read with them once they came');
    assert.ok(r.same, 'the worker and the main thread agree');
    assertClean(p);
    await p.page.close();
  });

  test('the widget annotates at once, then again with the knowledge file; annotateElement waits for it', async () => {
    const p = await open(env, 'embed.html', { knowledge: false });
    const r = await p.page.evaluate(async () => {
      const { annotateElement, load } = await import('/widget.js');
      const text = 'Talks in Ouagadougou and Nouakchott went on, Priyanka Chaturvedi said.';
      const el = document.createElement('newsmark-annotator');
      const results = [];
      const second = new Promise((ok) => el.addEventListener('annotated', (e) => results.push(e.detail) === 2 && ok()));
      el.textContent = text;
      document.body.append(el);
      await second;
      const engine = await load();
      const label = (a) => a.spans.find((s) => s.text === 'Nouakchott')?.label;
      const host = document.createElement('p');
      host.textContent = text;
      document.body.append(host);
      const handle = await annotateElement(host);
      return {
        labels: results.map(label),
        same: JSON.stringify(results[1].spans) === JSON.stringify(engine.annotate(text).spans),
        inPlace: label(handle.annotations),
        has: engine.hasKnowledge(),
      };
    });
    assert.ok(r.has);
    assert.notEqual(r.labels[0], 'LOC', 'the first annotation, before the word lists, does not know the place');
    assert.equal(r.labels[1], 'LOC', 'the second does');
    assert.ok(r.same, 'the second is what the engine finds with the knowledge');
    assert.equal(r.inPlace, 'LOC', 'annotateElement highlights once, with the knowledge');
    assert.equal(p.requests.filter((u) => u.endsWith('/pkg/knowledge.bin')).length, 1, 'fetched once');
    assertClean(p);
    await p.page.close();
  });

  test('annotateElement over many nodes, in the worker: every span on its words, a quote across paragraphs and elements', async () => {
    const p = await open(env, 'embed.html');
    const r = await p.page.evaluate(async () => {
      // 400 paragraphs (over 20,000 units: annotated in the worker), each split into several text nodes, and a
      // quote that runs over three paragraphs and through <em>: spans of one node, of several, and one over many.
      const host = document.createElement('article');
      let html = '<p>“We will build it in <em>Ohio</em>,</p><p>“and we will hire there,</p><p>“for years,” said Jason Droege.</p>';
      for (let k = 0; k < 400; k++) {
        html += `<p>Revenue at <b>Harbor Lane</b> rose <i>${k % 90}%</i> to $${k + 1} million, <em>Maria</em> Okafor said.</p>`;
      }
      host.innerHTML = html;
      document.body.append(host);
      const { annotateElement } = await import('/widget.js');
      const handle = await annotateElement(host);
      const pieces = {};
      for (const m of host.querySelectorAll('newsmark-mark')) (pieces[m.dataset.span] ??= []).push(m.textContent);
      const before = handle.annotations.spans.length;
      handle.clear();
      return { text: handle.text, annotations: handle.annotations, pieces, before, left: host.querySelectorAll('newsmark-mark').length };
    });
    assertContract(r.annotations, r.text);
    // The "\n\n" between paragraphs is in the text, in no text node: a span over paragraphs is its pieces joined.
    r.annotations.spans.forEach((s, i) => {
      const words = r.text.slice(s.start, s.end).replace(/\n\n/g, '');
      assert.equal((r.pieces[i] ?? []).join(''), words, `span ${i} ${s.label} on its words`);
    });
    const quote = r.annotations.spans.find((s) => s.label === 'QUOTE');
    assert.ok(quote && quote.text.includes('hire there') && quote.text.endsWith('years,”'), JSON.stringify(quote));
    assert.ok(r.pieces[r.annotations.spans.indexOf(quote)].length >= 5, 'the quote is drawn in one piece per node');
    assert.ok(r.annotations.spans.filter((s) => s.label === 'MONEY').length >= 400, 'every paragraph’s amount');
    assert.ok(r.text.length > 20_000 && p.requests.some((u) => u.endsWith('/js/worker.js')), 'annotated in the worker');
    assert.equal(r.left, 0, 'clear() removes every highlight');
    assertClean(p);
    await p.page.close();
  });

  test('the widget keeps block children apart and leaves scripts out', async () => {
    // Regression (issue 14): "<p>…rose 3%.</p><p>Tim Cook…" was read as "…rose 3%.Tim Cook…".
    const p = await open(env, 'embed.html');
    const r = await p.page.evaluate(async () => {
      await import('/widget.js');
      const el = document.createElement('newsmark-annotator');
      el.innerHTML = '<p>Shares of the company rose 3%.</p><p>Tim Cook said so on Monday.</p>' +
        '<script>var leaked = 1;</script><div>Costs fell<br>to $5 million.</div>';
      const done = new Promise((ok) => el.addEventListener('annotated', (e) => ok(e.detail), { once: true }));
      document.body.append(el);
      const result = await done;
      return { text: result.text, spans: result.spans.map((s) => [s.label, s.text]) };
    });
    assert.equal(r.text, 'Shares of the company rose 3%.\n\nTim Cook said so on Monday.\n\nCosts fell\nto $5 million.');
    assert.ok(r.spans.some(([l, t]) => l === 'PERSON' && t === 'Tim Cook'), JSON.stringify(r.spans));
    assert.ok(r.spans.some(([l, t]) => l === 'PERCENT' && t === '3%'));
    await p.page.close();
  });

  test('your own names: the widget\'s names attribute and property, and annotateElement\'s options', async () => {
    const p = await open(env, 'embed.html');
    const r = await p.page.evaluate(async () => {
      const { annotateElement } = await import('/widget.js');
      const text = 'Talvos Deepwater Group agreed. TDG will pay $5 million, Jason Droege said.';
      const names = { names: [{ name: 'Talvos Deepwater Group', label: 'ORG', aliases: ['TDG'] }], ignore: ['Jason Droege'] };
      const named = (result) => result.spans.filter((s) => s.entity !== undefined).map((s) => [s.label, s.text, result.entities[s.entity].name]);
      const run = async (setup) => {
        const el = document.createElement('newsmark-annotator');
        el.textContent = text;
        setup(el);
        const done = new Promise((ok, no) => {
          el.addEventListener('annotated', (e) => ok(named(e.detail)), { once: true });
          el.addEventListener('error', (e) => no(new Error(e.detail?.message ?? 'error')), { once: true });
        });
        document.body.append(el);
        try {
          return await done;
        } catch (error) {
          return el.shadowRoot.textContent;
        } finally {
          el.remove();
        }
      };
      const byAttribute = await run((el) => el.setAttribute('names', JSON.stringify(names)));
      const byProperty = await run((el) => (el.names = names));
      const badJson = await run((el) => el.setAttribute('names', '{names:'));
      const badEntry = await run((el) => (el.names = { names: [{ name: 'X', label: 'PLACE' }] }));
      const article = document.createElement('article');
      article.innerHTML = '<p>Talvos Deepwater Group agreed.</p><p>TDG will pay $5 million, Jason Droege said.</p>';
      document.body.append(article);
      const inPlace = named((await annotateElement(article, names)).annotations);
      return { byAttribute, byProperty, badJson, badEntry, inPlace };
    });
    const want = [['ORG', 'Talvos Deepwater Group', 'Talvos Deepwater Group'], ['ORG', 'TDG', 'Talvos Deepwater Group']];
    assert.deepEqual(r.byAttribute, want);
    assert.deepEqual(r.byProperty, want);
    assert.deepEqual(r.inPlace, want);
    assert.match(r.badJson, /the names attribute is not JSON/);
    assert.match(r.badEntry, /options.names\[0\]: label must be PERSON, ORG, LOC or MISC/);
    await p.page.close();
  });

  test('widgets annotate long texts in the worker, without cancelling each other', async () => {
    const p = await open(env, 'embed.html');
    const r = await p.page.evaluate(async () => {
      const { load } = await import('/js/engine.js');
      const engine = await load();
      await engine.knowledge(); // so that the worker and the main thread both read names with the word lists
      // Over 2,000 spans each: the worker sends such a result's spans ahead in parts (src/wasm.rs, serveWorker).
      const text = (i) => `Jason Droege said Meridian paid $${i}4.3 billion for 49% of it, Maria Okafor said. `.repeat(600);
      const make = () => {
        const el = document.createElement('newsmark-annotator');
        document.body.append(el);
        return el;
      };
      const [a, b] = [make(), make()];
      const annotated = (el) => new Promise((ok) => el.addEventListener('annotated', (e) => ok(e.detail), { once: true }));
      const done = Promise.all([annotated(a), annotated(b)]);
      a.text = text(1);
      b.text = text(2);
      const [ra, rb] = await done;
      const same = (r, t) => JSON.stringify(r.spans) === JSON.stringify(engine.annotate(t).spans);
      return { lengths: [ra.text.length, rb.text.length], sameA: same(ra, text(1)), sameB: same(rb, text(2)), spans: ra.spans.length };
    });
    assert.ok(r.lengths.every((n) => n > 20_000), `long texts: ${r.lengths}`);
    assert.ok(r.sameA && r.sameB, 'each widget gets its own text’s spans, the same as on the main thread');
    assert.ok(r.spans > 2000, `spans: ${r.spans}`);
    assert.ok(p.requests.some((u) => u.endsWith('/js/worker.js')), 'the worker was started');
    assertClean(p);
    await p.page.close();
  });

  test('the widget draws a long text a piece per frame, every highlight on its words, and then fires annotated', async () => {
    const p = await open(env, 'embed.html');
    const r = await p.page.evaluate(async () => {
      const paragraph = 'Jason Droege said Meridian paid $14.3 billion for 49% of it, Maria Okafor said.\n\n';
      const el = document.createElement('newsmark-annotator');
      document.body.append(el);
      let frames = 0;
      let counting = true;
      const count = () => {
        frames += 1;
        if (counting) requestAnimationFrame(count);
      };
      const annotated = new Promise((ok) => el.addEventListener('annotated', () => ok(frames), { once: true }));
      el.text = paragraph.repeat(1200);
      requestAnimationFrame(count);
      const framesAtEvent = await annotated;
      counting = false;
      const out = el.shadowRoot.querySelector('.text');
      const pieces = {};
      for (const m of out.querySelectorAll('mark')) (pieces[m.dataset.span] ??= []).push(m.textContent);
      const wrong = el.result.spans.filter((s, i) => (pieces[i] ?? []).join('') !== el.text.slice(s.start, s.end)).length;
      return {
        blocks: out.querySelectorAll(':scope > div.piece').length,
        shown: out.textContent === el.text,
        wrong,
        spans: el.result.spans.length,
        stops: out.querySelectorAll('mark[tabindex="0"]').length,
        framesAtEvent,
      };
    });
    assert.ok(r.blocks >= 4, `drawn in pieces: ${r.blocks}`);
    assert.ok(r.shown, 'the whole text is shown, nothing lost or doubled at the cuts');
    assert.equal(r.wrong, 0, `every one of ${r.spans} highlights on its words`);
    assert.equal(r.stops, 1, 'one tab stop');
    assert.ok(r.framesAtEvent >= r.blocks - 1, `one piece per frame before annotated (${r.framesAtEvent} frames)`);
    assertClean(p);
    await p.page.close();
  });

  test('the widget and annotateElement refuse a text over the limit with a message, as the page does', async () => {
    const p = await open(env, 'embed.html');
    const r = await p.page.evaluate(async () => {
      const { annotateElement, MAX_TEXT_UNITS } = await import('/widget.js');
      const long = 'Jason Droege paid $5. '.repeat(Math.ceil(MAX_TEXT_UNITS / 22) + 1);
      const host = document.createElement('div');
      host.textContent = long;
      document.body.append(host);
      let inPlace = null;
      try {
        await annotateElement(host);
      } catch (error) {
        inPlace = { name: error.name, message: error.message };
      }
      const el = document.createElement('newsmark-annotator');
      document.body.append(el);
      const widgetError = await new Promise((ok) => {
        el.addEventListener('error', (e) => ok(e.detail.message), { once: true });
        el.text = long;
      });
      return { inPlace, widgetError, result: el.result, marks: host.querySelectorAll('newsmark-mark').length };
    });
    assert.equal(r.inPlace?.name, 'RangeError');
    assert.match(r.inPlace.message, /annotates up to 2,000,000/);
    assert.match(r.widgetError, /annotates up to 2,000,000/);
    assert.equal(r.result, null, 'no stale result is left behind');
    assert.equal(r.marks, 0);
    await p.page.close();
  });

  test('both forms annotate with the real build', async () => {
    const p = await open(env, 'embed.html');
    const r = await highlightStory(p.page);
    assertContract(r.annotations, r.text);
    assertPiecesOnWords(r);
    assert.ok(r.restored && r.sameTextNodes);
    const w = await widget(p.page, 'brief');
    assertContract(w.result, w.text);
    assert.ok(
      w.result.spans.some((s) => s.label === 'MONEY' && s.value.amount === 2e9),
      `about $2 billion is found in the widget: ${JSON.stringify(w.result.spans)}`,
    );
    assert.ok(r.annotations.spans.some((s) => s.label === 'PERSON' && s.text === 'Jason Droege'), 'Jason Droege across <em>');
    assertClean(p);
    await p.page.close();
  });
});
