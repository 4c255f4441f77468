// The text box's direction (www/js/direction.js): a pure function, tested in node without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { direction } from '../../www/js/direction.js';

test('the first strong character decides, as dir="auto" would', () => {
  assert.equal(direction('Meridian Systems agreed to pay $5.'), 'ltr');
  assert.equal(direction('שלום, said the mayor'), 'rtl', 'Hebrew first');
  assert.equal(direction('2026 — “ قال الوزير'), 'rtl', 'digits, punctuation and quote marks are not strong');
  assert.equal(direction('ܫܠܡܐ'), 'rtl', 'Syriac');
  assert.equal(direction('ހިތް'), 'rtl', 'Thaana');
  assert.equal(direction('ﺍﻟﺴﻼﻡ'), 'rtl', 'Arabic presentation forms');
  assert.equal(direction('\u200fone'), 'rtl', 'a right-to-left mark first');
  assert.equal(direction('\u200eמילה'), 'ltr', 'a left-to-right mark first');
  assert.equal(direction('Ünal said مرحبا'), 'ltr', 'a Latin letter first, accented');
  assert.equal(direction('東京 said'), 'ltr');
});

test('no strong character: left to right, as for an empty box', () => {
  for (const text of ['', '   ', '12,345.67 %', '“…” — !?', '\ud800']) assert.equal(direction(text), 'ltr', JSON.stringify(text));
});
