// The npm package (www/package.json): packed as npm would publish it, installed into a tiny consumer app,
// type-checked against its declarations, bundled with esbuild, and run in Chromium.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { serve } from '../../scripts/serve.mjs';
import { assertClean, open, start } from './helpers.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'newsmark-package-'));
let env;
let packed;

before(async () => {
  env = await start();
  packed = JSON.parse(execFileSync('npm', ['pack', join(ROOT, 'www'), '--json', '--pack-destination', dir], { cwd: dir }))[0];
});
after(async () => {
  await env?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the package holds the widget, the engine, the wasm and the types, at the crate version', () => {
  const files = packed.files.map((f) => f.path);
  for (const f of ['widget.js', 'widget.d.ts', 'js/engine.js', 'js/worker.js', 'pkg/newsmark.js', 'pkg/newsmark.d.ts', 'pkg/newsmark_bg.wasm', 'pkg/knowledge.bin']) {
    assert.ok(files.includes(f), `${f} is packed`);
  }
  assert.ok(!files.some((f) => f.includes('app.js') || f.endsWith('.html')), 'the page itself is not packed');
  const cargo = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "(.+)"/m)[1];
  assert.equal(packed.version, cargo);
});

test('a consumer installs it, type-checks against it, bundles it with esbuild and runs it in Chromium', async () => {
  const app = join(dir, 'app');
  const site = join(app, 'site');
  cpSync(join(dir, packed.filename), join(app, packed.filename));
  writeFileSync(join(app, 'package.json'), JSON.stringify({
    name: 'consumer', private: true, type: 'module', dependencies: { newsmark: `file:${packed.filename}` },
  }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: app });
  writeFileSync(join(app, 'main.ts'), `
import { annotateElement, configure, load, type Annotations, type ListedName, type Span } from 'newsmark';

// The bundle is site/app.js; the package's files are copied to site/newsmark/.
configure({ base: new URL('./newsmark/', import.meta.url) });
const names: ListedName[] = [{ name: 'Talvos Deepwater Group', label: 'ORG', aliases: ['TDG'] }];
const engine = await load();
const found: Annotations = engine.annotate('TDG paid $5 million, Jason Droege said.', { names });
const money = found.spans.find((s: Span) => s.label === 'MONEY');
const amount: number | null = money && money.label === 'MONEY' ? money.value.amount : null;
const long = 'Jason Droege said Meridian paid $14.3 billion for 49% of it. '.repeat(500);
const inWorker = await engine.annotateInWorker(long, { labels: ['MONEY'] });
const conll: string = engine.exportText('Jason Droege paid $5.', null, 'conll');
const widget = document.createElement('newsmark-annotator');
widget.textContent = 'Maria Okafor said it rose 4%.';
const annotated = new Promise<string[]>((ok) =>
  widget.addEventListener('annotated', (e) => ok(e.detail.spans.map((s) => s.label))));
document.body.append(widget);
const article = document.createElement('article');
article.innerHTML = '<p>Jason Droege said it cost <em>$5 million</em>.</p>';
document.body.append(article);
const inPlace = await annotateElement(article);
await engine.knowledge(); // annotateElement has fetched it already, from next to the wasm
const knowledge: boolean = engine.hasKnowledge();
document.body.dataset.result = JSON.stringify({
  spans: found.spans.map((s) => [s.label, s.text]),
  amount,
  worker: inWorker.spans.length,
  conll: conll.split('\\n').slice(0, 4),
  widget: await annotated,
  inPlace: inPlace.annotations.spans.map((s) => s.label),
  version: engine.version(),
  knowledge,
});
`);
  // The declarations: what a TypeScript consumer compiles against.
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      target: 'es2022', module: 'esnext', moduleResolution: 'bundler', strict: true, noEmit: true,
      lib: ['es2022', 'dom'], skipLibCheck: false,
    },
    files: ['main.ts'],
  }));
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', app], { cwd: app, stdio: 'pipe' });
  await build({
    entryPoints: [join(app, 'main.ts')], bundle: true, format: 'esm', target: 'es2022',
    outfile: join(site, 'app.js'), logLevel: 'error',
  });
  cpSync(join(app, 'node_modules/newsmark'), join(site, 'newsmark'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<!doctype html><meta charset="utf-8"><title>consumer</title><link rel="icon" href="data:,"><script type="module" src="app.js"></script>');

  const { server, url } = await serve({ root: site, port: 0 });
  try {
    const p = await open({ ...env, url }, 'index.html', { knowledge: false });
    await p.page.waitForFunction(() => document.body.dataset.result, null, { timeout: 30_000 });
    const r = JSON.parse(await p.page.evaluate(() => document.body.dataset.result));
    assert.deepEqual(r.spans, [['ORG', 'TDG'], ['MONEY', '$5 million'], ['PERSON', 'Jason Droege']]);
    assert.equal(r.amount, 5_000_000);
    assert.equal(r.worker, 500);
    assert.deepEqual(r.conll, ['-DOCSTART-', '', 'Jason\tB-PER\tO', 'Droege\tI-PER\tO']);
    assert.deepEqual(r.widget, ['PERSON', 'PERCENT']);
    assert.deepEqual(r.inPlace, ['PERSON', 'MONEY']);
    assert.equal(r.version, packed.version);
    assert.equal(r.knowledge, true, 'the knowledge file is found where configure() put the package');
    assertClean(p);
    await p.page.close();
  } finally {
    await new Promise((ok) => server.close(ok));
  }
});
