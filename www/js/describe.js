// Words for a span's details (label, normalised value, speaker, entity), shared by every tooltip and panel.

import { NAMES } from './labels.js';

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** "USD 14,300,000,000", "about USD 870,000,000", "USD 1,000,000–2,000,000", "more than USD 2,000,000,000". */
export function formatMoney(v) {
  if (!v) return '';
  const n = (x) => number.format(x);
  let amount;
  if (v.amount != null) amount = n(v.amount);
  else if (v.min != null && v.max != null) amount = `${n(v.min)}–${n(v.max)}`;
  else if (v.min != null) amount = `at least ${n(v.min)}`;
  else if (v.max != null) amount = `up to ${n(v.max)}`;
  else amount = 'amount unknown';
  return `${v.approximate ? 'about ' : ''}${v.currency} ${amount}`;
}

/** [term, description] pairs for one span. */
export function describe(span, annotations) {
  const rows = [['Label', NAMES[span.label] ?? span.label]];
  if (span.label === 'MONEY') {
    rows.push(['Value', formatMoney(span.value)]);
    if (span.value?.currency_assumed) rows.push(['Currency', `${span.value.currency} (assumed)`]);
  } else if (span.label === 'PERCENT') {
    rows.push(['Value', `${number.format(span.value?.percent)}%`]);
  } else if (span.label === 'QUOTE') {
    const sp = span.speaker;
    if (!sp) rows.push(['Speaker', 'not found']);
    else {
      const entity = sp.entity != null ? annotations.entities[sp.entity] : null;
      rows.push(['Speaker', entity && entity.name !== sp.text ? `${sp.text} → ${entity.name}` : sp.text]);
      if (sp.cue) rows.push(['Cue', sp.cue]);
    }
  } else if (span.entity != null) {
    const e = annotations.entities[span.entity];
    if (e) rows.push(['Entity', `${e.name} (${e.mentions} mention${e.mentions === 1 ? '' : 's'})`]);
  }
  return rows;
}

/** The same as one line per detail, for a title attribute. */
export function describeText(span, annotations) {
  return describe(span, annotations)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
}
