// A stand-in for www/pkg/newsmark.js, served in its place by tests of the page's own machinery (rendering,
// offsets over emoji, toggles, tooltips, export, the widget), so that those tests do not depend on how good the
// Rust finders are. It returns contract-shaped results with UTF-16 offsets from a few plain regexes.

export default async function init() {}
export function initSync() {}
// The stub needs no knowledge file: it says it has one, so the engine never fetches it.
export function hasKnowledge() {
  return true;
}
export function loadKnowledge() {
  return false;
}
export function version() {
  return 'stub';
}

const LABELS = ['PERSON', 'ORG', 'LOC', 'MISC', 'MONEY', 'PERCENT', 'QUOTE'];

export function annotate(text, options) {
  if (typeof text !== 'string') throw new TypeError(`annotate(text): text must be a string, got ${typeof text}`);
  if (text.includes('STUB-THROW')) throw new Error('stub failure on purpose');
  if (text.includes('STUB-TRAP')) throw new WebAssembly.RuntimeError('unreachable');
  const want = new Set(options?.labels ?? LABELS);
  const spans = [];
  const entities = [];
  const byName = new Map();
  const entity = (name, label) => {
    const last = name.split(' ').at(-1);
    let e = byName.get(name) ?? byName.get(last);
    if (!e) {
      e = { id: entities.length, label, name, mentions: 0 };
      entities.push(e);
    }
    byName.set(name, e);
    byName.set(last, e);
    e.mentions += 1;
    return e.id;
  };
  const add = (m, span) => spans.push({ start: m.index, end: m.index + m[0].length, text: m[0], ...span });

  for (const m of text.matchAll(/\p{Lu}\p{Ll}+ (?:\p{Lu}\p{Ll}+ )?(?:Inc\.|Capital|Systems|Robotics)/gu)) {
    add(m, { label: 'ORG', entity: entity(m[0], 'ORG') });
  }
  for (const m of text.matchAll(/\b(?:Jason Droege|Maria Okafor|Tom Whitaker|Droege|Okafor|Whitaker)\b/gu)) {
    add(m, { label: 'PERSON', entity: entity(m[0], 'PERSON') });
  }
  for (const m of text.matchAll(/\b(?:Boston|New York)\b/g)) add(m, { label: 'LOC', entity: entity(m[0], 'LOC') });
  for (const m of text.matchAll(/(about )?\$(\d+(?:\.\d+)?)(?: (million|billion))?/g)) {
    const amount = Number(m[2]) * { million: 1e6, billion: 1e9 }[m[3]] || Number(m[2]);
    const value = { currency: 'USD', amount: Math.round(amount), min: null, max: null, approximate: !!m[1] };
    add(m, { label: 'MONEY', value: { ...value, currency_assumed: true } });
  }
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(?:%| percent)/g)) add(m, { label: 'PERCENT', value: { percent: Number(m[1]) } });
  for (const m of text.matchAll(/“[^”]*”(?:,? (\w+) said)?/g)) {
    const quote = m[0].slice(0, m[0].indexOf('”') + 1);
    let speaker = null;
    if (m[1]) {
      const start = m.index + m[0].length - ' said'.length - m[1].length;
      speaker = { entity: byName.get(m[1])?.id ?? null, text: m[1], start, end: start + m[1].length, cue: 'said' };
    }
    spans.push({ start: m.index, end: m.index + quote.length, text: quote, label: 'QUOTE', speaker });
  }
  const kept = spans.filter((s) => want.has(s.label));
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  return { offsets: 'utf16', spans: kept, entities };
}
