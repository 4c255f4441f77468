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

/** A names file ({names, ignore}, as Load names… reads it) with the names a person added or relabelled. */
export function namesFile(loaded, corrections, text) {
  const names = new Map((loaded?.names ?? []).map((n) => [n.name, n]));
  for (const c of corrections) {
    const label = c.op === 'add' ? c.label : c.op === 'relabel' ? c.to : null;
    if (!['PERSON', 'ORG', 'LOC', 'MISC'].includes(label)) continue;
    const name = text.slice(c.start, c.end);
    names.set(name, { ...names.get(name), name, label });
  }
  return { names: [...names.values()], ignore: loaded?.ignore ?? [] };
}
