// Builds highlighted DOM from text and ranges: a pure function, and the only place that turns offsets into nodes.
// Text goes in with createTextNode only, never as HTML.
//
// Ranges may nest (a PERSON inside a QUOTE) or cross; each elementary stretch of text is wrapped in the marks of
// every range covering it, outermost first, and a range is split into several elements only where it crosses
// another one's edge.

/**
 * @param {string} text
 * @param {{start: number, end: number}[]} ranges  UTF-16 offsets into `text`
 * @param {(range: object, first: boolean) => Element} make  creates the element for (a piece of) a range
 * @returns {DocumentFragment}
 */
export function highlight(text, ranges, make) {
  const doc = globalThis.document;
  const root = doc.createDocumentFragment();
  const valid = ranges
    .map((r) => ({ r, start: clamp(r.start, text.length), end: clamp(r.end, text.length) }))
    .filter((x) => x.start < x.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const bounds = [...new Set([0, text.length, ...valid.flatMap((x) => [x.start, x.end])])].sort((a, b) => a - b);

  const stack = []; // [{x, el}] open elements, outermost first
  const started = new Set();
  let active = [];
  let next = 0;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [from, to] = [bounds[k], bounds[k + 1]];
    active = active.filter((x) => x.end > from);
    while (next < valid.length && valid[next].start <= from) active.push(valid[next++]);
    // Keep the open elements that are a prefix of `active`; close the rest; open what is missing.
    let keep = 0;
    while (keep < stack.length && keep < active.length && stack[keep].x === active[keep]) keep++;
    stack.length = keep;
    for (let i = keep; i < active.length; i++) {
      const x = active[i];
      const el = make(x.r, !started.has(x));
      started.add(x);
      (stack.at(-1)?.el ?? root).append(el);
      stack.push({ x, el });
    }
    (stack.at(-1)?.el ?? root).append(doc.createTextNode(text.slice(from, to)));
  }
  return root;
}

function clamp(n, max) {
  return Math.max(0, Math.min(max, Number.isFinite(n) ? n : 0));
}
