// A person's corrections as the page keeps them: a list of {op, start, end, …} in UTF-16 offsets of the text
// (annotate's `corrections` option), with undo and redo. Pure functions; the page's editor (editor.js) wires them.

/**
 * The corrections that still hold after `before` became `after`: those wholly before or after the edited stretch,
 * moved with it; one that touches the edit (its text changed) is dropped.
 */
export function remap(corrections, before, after) {
  if (before === after) return corrections;
  let prefix = 0;
  const shortest = Math.min(before.length, after.length);
  while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const editEnd = before.length - suffix; // the edited stretch of `before` is [prefix, editEnd)
  const shift = after.length - before.length;
  const move = (r) => {
    if (r.end <= prefix) return { ...r };
    if (r.start >= editEnd) return { ...r, start: r.start + shift, end: r.end + shift };
    return null;
  };
  const kept = [];
  for (const c of corrections) {
    const moved = move(c);
    if (!moved) continue;
    if (c.speaker) {
      moved.speaker = move(c.speaker);
      if (!moved.speaker) continue;
    }
    kept.push(moved);
  }
  return kept;
}

/**
 * A names file ({names, ignore}, as Load names… reads it): the loaded names, with the label a person gave a
 * listed name or alias, plus every name they added; a name they added and then removed (or made money, a
 * percentage, a quote) is left out.
 */
export function namesFile(loaded, corrections, text) {
  const entries = (loaded?.names ?? []).map((n) => ({ ...n }));
  const byForm = new Map(); // a name or an alias → its entry
  for (const e of entries) for (const form of [e.name, ...(e.aliases ?? [])]) byForm.set(form, e);
  const added = new Set();
  for (const c of corrections) {
    const words = text.slice(c.start, c.end);
    const label = c.op === 'add' ? c.label : c.op === 'relabel' ? c.to : null;
    const entry = byForm.get(words);
    if (c.op === 'remove' || (label && !ENTITY.includes(label))) {
      if (entry && added.has(entry)) {
        entries.splice(entries.indexOf(entry), 1);
        byForm.delete(words);
        added.delete(entry);
      }
    } else if (label && entry) {
      entry.label = label;
    } else if (label) {
      const e = { name: words, label };
      entries.push(e);
      byForm.set(words, e);
      added.add(e);
    }
  }
  return { names: entries, ignore: loaded?.ignore ?? [] };
}

const ENTITY = ['PERSON', 'ORG', 'LOC', 'MISC'];
