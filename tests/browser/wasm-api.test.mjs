// The wasm boundary (src/wasm.rs) in node, on the very files the page loads (www/pkg, --target web, initSync):
// plain objects in the contract, UTF-16 offsets, JS errors for bad arguments, never a trap.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assertContract } from './helpers.mjs';
import { EXAMPLE } from '../../www/js/example.js';

const pkg = await import('../../www/pkg/newsmark.js');
pkg.initSync({ module: readFileSync(new URL('../../www/pkg/newsmark_bg.wasm', import.meta.url)) });
const { annotate, exportText, version } = pkg;

const EMOJI = '🚀 Jason Droege 👩‍💼 said Meridian Systems Inc. would pay $14.3 billion 😀 for 49% of it. ' +
  '“There’s 🎉 no preferential access 🇺🇸,” Droege said.';

test('version() is the crate version', () => {
  const cargo = readFileSync(new URL('../../Cargo.toml', import.meta.url), 'utf8');
  assert.equal(version(), cargo.match(/^version = "(.+)"/m)[1]);
});

test('the result is plain JSON-like data: objects, arrays, null (no Map, no undefined)', () => {
  for (const text of ['', 'plain words', EXAMPLE, EMOJI]) {
    const a = annotate(text);
    assert.deepEqual(JSON.parse(JSON.stringify(a)), a, 'survives a JSON round trip unchanged');
    assert.equal(Object.getPrototypeOf(a), Object.prototype);
    for (const s of a.spans) assert.equal(Object.getPrototypeOf(s), Object.prototype);
    assertContract(a, text);
  }
});

test('offsets are UTF-16: text.slice(start, end) is the span, after emoji, flags and ZWJ sequences', () => {
  const a = annotate(EMOJI);
  assertContract(a, EMOJI);
  assert.ok(a.spans.length > 0, 'finds something in the emoji text');
});

test('a lone surrogate (U+FFFD in Rust, one unit either way) keeps offsets aligned', () => {
  const text = '\ud800 Jason Droege said it cost $5 million. \udc00 “Fine,” Droege said.';
  assertContract(annotate(text), text);
});

test('options.labels limits the labels; null and undefined mean all', () => {
  const all = annotate(EXAMPLE);
  assert.deepEqual(annotate(EXAMPLE, undefined), all);
  assert.deepEqual(annotate(EXAMPLE, null), all);
  assert.deepEqual(annotate(EXAMPLE, {}), all);
  const money = annotate(EXAMPLE, { labels: ['MONEY'] });
  assert.ok(money.spans.every((s) => s.label === 'MONEY'));
  assert.deepEqual(money.spans, all.spans.filter((s) => s.label === 'MONEY'));
  assert.deepEqual(annotate(EXAMPLE, { labels: [] }).spans, []);
});

test('bad arguments throw JS errors with clear messages', () => {
  const cases = [
    [[], TypeError, /text must be a string, got undefined/],
    [[42], TypeError, /text must be a string, got number/],
    [[null], TypeError, /text must be a string, got null/],
    [[{ text: 'x' }], TypeError, /text must be a string, got object/],
    [['x', 'PERSON'], TypeError, /options must be an object, got string/],
    [['x', ['PERSON']], TypeError, /options must be an object, got an array/],
    [['x', { labels: 'PERSON' }], TypeError, /options.labels must be an array/],
    [['x', { labels: [1] }], TypeError, /options.labels must hold strings, got number/],
    [['x', { labels: ['person'] }], Error, /unknown label "person"; expected one of PERSON, ORG/],
    [['x', { label: ['PERSON'] }], TypeError, /unknown option "label"/],
    [['x', { names: {} }], TypeError, /options.names must be an array/],
    [['x', { names: [{ name: 'A', label: 'MONEY' }] }], TypeError, /options.names\[0\]: label must be PERSON, ORG, LOC or MISC/],
    [['x', { names: [{ name: 'A', label: 'ORG' }, { name: ' ', label: 'ORG' }] }], TypeError, /options.names\[1\]: name must be/],
    [['x', { names: [{ name: 'A', label: 'ORG', aliases: 'B' }] }], TypeError, /options.names\[0\]: aliases must/],
    [['x', { ignore: [1] }], TypeError, /options.ignore must hold strings, got number/],
  ];
  for (const [args, type, message] of cases) {
    assert.throws(() => annotate(...args), (e) => e instanceof type && message.test(e.message), JSON.stringify(args));
  }
  // …and the instance is still fine afterwards.
  assert.deepEqual(annotate(EXAMPLE), annotate(EXAMPLE));
});

test('options.names and options.ignore: your own names, one entity with their aliases; names never tagged', () => {
  const text = 'Talvos Deepwater Group agreed. TDG will pay $5 million, Jason Droege said.';
  const found = annotate(text, {
    names: [{ name: 'Talvos Deepwater Group', label: 'ORG', aliases: ['TDG'] }],
    ignore: ['Jason Droege'],
  });
  assertContract(found, text);
  const named = found.spans.filter((s) => s.entity !== undefined);
  assert.deepEqual(named.map((s) => [s.text, s.label]), [['Talvos Deepwater Group', 'ORG'], ['TDG', 'ORG']]);
  assert.equal(named[0].entity, named[1].entity);
  assert.equal(found.entities[named[0].entity].name, 'Talvos Deepwater Group');
  assert.ok(annotate(text).spans.some((s) => s.text === 'Jason Droege'));
});

test('options.corrections: UTF-16 offsets, applied in order; the exports follow; bad ones are clear errors', () => {
  const text = '😀 Talvos agreed to pay $5 million. “We are ready,” Maren Holt said.';
  const at = (s) => [text.indexOf(s), text.indexOf(s) + s.length];
  const [ts, te] = at('Talvos');
  const [ms, me] = at('$5 million');
  const [qs, qe] = at('“We are ready,”');
  const corrections = [
    { op: 'add', start: ts, end: te, label: 'ORG' },
    { op: 'relabel', start: ms, end: me, label: 'MONEY', to: 'MISC' },
    { op: 'speaker', start: qs, end: qe, speaker: { start: ts, end: te } },
  ];
  const found = annotate(text, { corrections });
  assertContract(found, text);
  const by = Object.fromEntries(found.spans.map((s) => [s.text, s]));
  assert.equal(by.Talvos.label, 'ORG');
  assert.equal(by['$5 million'].label, 'MISC');
  assert.equal(found.entities[by['“We are ready,”'].speaker.entity].name, 'Talvos');
  const doccano = JSON.parse(exportText(text, { corrections }, 'doccano')).label;
  assert.ok(doccano.some(([s, e, l]) => l === 'ORG' && [...text].slice(s, e).join('') === 'Talvos'));
  // A correction that is not a place in the text (inside the emoji's surrogate pair, past the end, empty) is
  // passed over, as the core does: a page that kept one never stops annotating.
  const plain = annotate(text);
  for (const c of [{ op: 'add', start: 0, end: 1, label: 'ORG' }, { op: 'add', start: 5, end: 500, label: 'ORG' },
    { op: 'add', start: 3, end: 3, label: 'ORG' }, { op: 'speaker', start: qs, end: qe, speaker: { start: 1, end: 999 } }]) {
    assert.deepEqual(annotate(text, { corrections: [c] }), plain, JSON.stringify(c));
  }
  const bad = [
    [{ op: 'paint', start: 3, end: 5 }, /corrections\[0\]: op must be add, remove, relabel or speaker/],
    [{ op: 'relabel', start: 3, end: 5, label: 'ORG', to: 'ORGS' }, /to must be a label name/],
    [{ op: 'add', start: 1.5, end: 5, label: 'ORG' }, /start must be a whole number/],
  ];
  for (const [c, message] of bad) assert.throws(() => annotate(text, { corrections: [c] }), message, JSON.stringify(c));
});

test('exportText gives each format; a bad format is a clear error', () => {
  const text = 'Emoji 😀 first: Jason Droege said it cost $5 million.';
  const spacy = JSON.parse(exportText(text, null, 'spacy'));
  const money = spacy.spans.find((s) => s.label === 'MONEY');
  assert.deepEqual([money.start, money.end], [41, 51]); // code points: the emoji is one
  assert.ok(Array.isArray(JSON.parse(exportText(text, { labels: ['PERSON'] }, 'label-studio'))));
  assert.match(exportText(text, null, 'conll'), /^-DOCSTART-\n\nEmoji\t[^\n]*\n😀\tO\tO\n/u);
  assert.throws(() => exportText(text, null, 'csv'), /format must be one of spacy, label-studio, doccano, w3c, conll, got "csv"/);
  assert.throws(() => exportText(text, null, undefined), /got undefined/);
});

test('hostile inputs: no trap, offsets in bounds', () => {
  const inputs = [
    '“'.repeat(10_000),
    '"'.repeat(10_001),
    '$'.repeat(10_000) + '1',
    'A '.repeat(50_000),
    'said “ said ” said “',
    '\u0000\u0001\u200b\u200d\u202e\ufeff',
    'שלום Jason Droege עולם said “שלום,” he said',
    'x'.repeat(1_000_000),
  ];
  for (const text of inputs) assertContract(annotate(text), text);
});

// Last in this file: once taken, the knowledge stays in the instance.
test('the knowledge file: none at start, refused when foreign, taken once, and then names are read with it', () => {
  const { hasKnowledge, loadKnowledge } = pkg;
  const text = 'Talks in Ouagadougou and Nouakchott went on, Priyanka Chaturvedi said.';
  const label = (name) => annotate(text).spans.find((s) => s.text === name)?.label;
  assert.equal(hasKnowledge(), false, 'the wasm starts without its word lists');
  const before = label('Nouakchott');
  assert.throws(() => loadKnowledge(new Uint8Array([1, 2, 3])), /not newsmark's knowledge file/);
  const file = readFileSync(new URL('../../www/pkg/knowledge.bin', import.meta.url));
  const other = Uint8Array.from(file);
  other[other.length - 1] ^= 1;
  assert.throws(() => loadKnowledge(other), /another build of newsmark/);
  assert.equal(hasKnowledge(), false, 'a refused file changes nothing');
  assert.equal(loadKnowledge(file), true);
  assert.equal(loadKnowledge(file), false, 'a second time is no change');
  assert.equal(hasKnowledge(), true);
  assert.equal(label('Nouakchott'), 'LOC', 'a listed capital is a place');
  assert.notEqual(before, 'LOC', 'which the model alone did not know');
  assertContract(annotate(EXAMPLE), EXAMPLE);
});
