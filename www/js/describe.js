// Words for a span's details (label, normalised value, speaker, entity), shared by every tooltip and panel.

import { NAMES } from './labels.js';

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** "USD 14,300,000,000", "about USD 870,000,000", "USD 1,000,000–2,000,000", "at least USD 2,000,000,000",
 *  "USD 5 per share". */
export function formatMoney(v) {
  if (!v) return '';
  const n = (x) => `${v.currency} ${number.format(x)}`;
  let amount;
  if (v.amount != null) amount = n(v.amount);
  else if (v.min != null && v.max != null) amount = `${n(v.min)}–${number.format(v.max)}`;
  else if (v.min != null) amount = `at least ${n(v.min)}`;
  else if (v.max != null) amount = `up to ${n(v.max)}`;
  else amount = `${v.currency}, amount unknown`;
  const per = v.per ? ` per ${v.per}` : '';
  return `${v.approximate ? 'about ' : ''}${amount}${per}`;
}

/** [term, description] pairs for one span. */
export function describe(span, annotations) {
  const rows = [['Label', NAMES[span.label] ?? span.label]];
  if (span.label === 'MONEY') {
    rows.push(['Value', formatMoney(span.value)]);
    if (span.value?.currency_assumed) rows.push(['Currency', `${span.value.currency} (assumed)`]);
  } else if (span.label === 'PERCENT') {
    const points = span.value?.points;
    rows.push(['Value', `${number.format(span.value?.percent)}${points ? ' percentage points' : '%'}`]);
  } else if (span.label === 'QUOTE') {
    if (span.form) rows.push(['Form', span.form === 'fragment' ? 'quoted phrase' : 'direct quote']);
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

/** A speaker as the article names it with its cue: "Droege said", "he added", "according to a filing". */
export function speakerAsWritten(sp) {
  if (!sp.cue) return sp.text;
  if (/^according to$/i.test(sp.cue)) return `according to ${sp.text}`;
  return /^\p{L}/u.test(sp.cue) ? `${sp.text} ${sp.cue}` : sp.text;
}

/** The same as one line per detail, for a title attribute. */
export function describeText(span, annotations) {
  return describe(span, annotations)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
}
