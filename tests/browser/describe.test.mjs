// The words a tooltip or panel shows for a span: pure functions, tested in node without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describe, formatMoney } from '../../www/js/describe.js';

const money = (value) => ({ currency: 'USD', amount: null, min: null, max: null, approximate: false, per: null, ...value });

test('money: amounts, ranges, bounds, hedges and rates', () => {
  assert.equal(formatMoney(money({ amount: 14300000000 })), 'USD 14,300,000,000');
  assert.equal(formatMoney(money({ amount: 870000000, approximate: true })), 'about USD 870,000,000');
  assert.equal(formatMoney(money({ min: 1200000, max: 23500000 })), 'USD 1,200,000–23,500,000');
  assert.equal(formatMoney(money({ min: 2000000000 })), 'at least USD 2,000,000,000');
  assert.equal(formatMoney(money({ amount: 5, per: 'share' })), 'USD 5 per share');
});

test('percent: a share or percentage points', () => {
  const rows = (value) => Object.fromEntries(describe({ label: 'PERCENT', value }, { entities: [] }));
  assert.equal(rows({ percent: 49, points: false }).Value, '49%');
  assert.equal(rows({ percent: 3.5, points: true }).Value, '3.5 percentage points');
});

test('quote: form, speaker resolved to its entity, cue', () => {
  const annotations = { entities: [{ id: 0, label: 'PERSON', name: 'Jason Droege', mentions: 2 }] };
  const span = { label: 'QUOTE', form: 'direct', speaker: { entity: 0, text: 'he', start: 0, end: 2, cue: 'said' } };
  const rows = Object.fromEntries(describe(span, annotations));
  assert.equal(rows.Form, 'direct quote');
  assert.equal(rows.Speaker, 'he → Jason Droege');
  assert.equal(rows.Cue, 'said');
  const none = Object.fromEntries(describe({ label: 'QUOTE', form: 'fragment', speaker: null }, annotations));
  assert.equal(none.Form, 'quoted phrase');
  assert.equal(none.Speaker, 'not found');
});
