// annotateElement: highlights an article already on the host page, in place.
//
// The text is read from the element's text nodes in document order (with "\n\n" between blocks and "\n" for <br>,
// so that words of two paragraphs never run together); each text node that a span touches is replaced by the
// same text split into <newsmark-mark> elements, and clear() puts the original text node objects back. Host
// elements (links, their listeners, <em>, paragraphs) are never moved, replaced or re-created.

import { WORKER_FROM_UNITS, load, tooLong } from './engine.js';
import { highlight } from './highlight.js';
import { describe, describeText } from './describe.js';
import { NAMES, markCss, sheet, tipCss } from './labels.js';
import { attachTooltip } from './tooltip.js';
import { rove } from './rove.js';
import { TAG, readText } from './readtext.js';

const active = new WeakMap();
let styled = false;

/**
 * Highlights `element`'s text in place.
 * @param {Element} element
 * @param {{labels?: string[], names?: object[], ignore?: string[]}} [options]  which labels to highlight (default
 *   all), your own names and names never to tag, as annotate() takes them
 * @returns {Promise<{text: string, annotations: object, clear(): void}>}  offsets index into `text`
 */
export async function annotateElement(element, options = {}) {
  if (!(element instanceof Element)) throw new TypeError('annotateElement(element): element must be a DOM Element');
  const engine = await load();
  // Highlighting changes the host's DOM, so it is done once, with the knowledge file (see engine.js); without
  // the file (it could not be fetched) names are read from the model alone.
  await engine.knowledge().catch(() => {});
  active.get(element)?.clear();
  const { text, pieces } = readText(element);
  const refusal = tooLong(text);
  if (refusal) throw new RangeError(refusal);
  const wanted = Object.fromEntries(['labels', 'names', 'ignore'].filter((k) => options[k]).map((k) => [k, options[k]]));
  // A long article is annotated in the worker, off the host page's main thread; a newer call for the same element
  // cancels an older one still running (its promise rejects with `cancelled` true).
  const annotations = text.length > WORKER_FROM_UNITS
    ? await engine.annotateInWorker(text, wanted, element)
    : engine.annotate(text, wanted);
  addStyles(element.ownerDocument);

  const spans = annotations.spans.map((span, i) => ({ ...span, i }));
  const replaced = [];
  // One pass over the text nodes and the spans together (both in text order): `open` holds the spans that have
  // started and may still reach the current node, so each span is looked at once for each node it covers, not
  // once for every node before it.
  let next = 0;
  let open = [];
  let firstMark = true;
  for (const { node, start } of pieces) {
    const end = start + node.data.length;
    open = open.filter((s) => s.end > start);
    while (next < spans.length && spans[next].start < end) open.push(spans[next++]);
    const ranges = [];
    for (const s of open) {
      if (s.end > start) ranges.push({ start: s.start - start, end: s.end - start, span: s });
    }
    if (!ranges.length) continue;
    const fragment = highlight(node.data, ranges, (r, first) => {
      const mark = element.ownerDocument.createElement(TAG);
      mark.dataset.label = r.span.label;
      mark.dataset.span = r.span.i;
      if (first && r.span.start >= start) {
        // The first piece of each highlight is reachable by keyboard: the article is one tab stop (the first
        // highlight), arrow keys move between highlights, and a screen reader reads what each one is.
        mark.tabIndex = firstMark ? 0 : -1;
        firstMark = false;
        mark.setAttribute('role', 'mark');
        mark.setAttribute('aria-roledescription', `${NAMES[r.span.label]} highlight`);
        mark.setAttribute('aria-description', describeText(r.span, annotations));
      } else {
        mark.dataset.piece = '';
      }
      return mark;
    });
    const inserted = [...fragment.childNodes];
    node.replaceWith(fragment);
    replaced.push({ node, inserted });
  }

  // Hover and focus show the details in a tooltip in the top layer; clear() takes the listeners away.
  const listening = new AbortController();
  const selector = `${TAG}:not([data-piece])`;
  rove(element, selector, { signal: listening.signal });
  attachTooltip(element, tooltip(element.ownerDocument), (el) => {
    const span = el.localName === TAG ? annotations.spans[el.dataset.span] : null; // not a host's [data-label]
    return span ? describe(span, annotations) : null;
  }, { signal: listening.signal });

  const handle = {
    text,
    annotations,
    clear() {
      listening.abort();
      for (const { node, inserted } of replaced.reverse()) {
        if (!inserted[0].parentNode) continue; // the host removed it meanwhile
        inserted[0].replaceWith(node);
        for (const n of inserted.slice(1)) n.remove();
      }
      replaced.length = 0;
      if (active.get(element) === handle) active.delete(element);
    },
  };
  active.set(element, handle);
  return handle;
}

const tips = new WeakMap();

/** The document's one tooltip for in-place highlights: a popover inside a shadow root, so host CSS cannot reach it. */
function tooltip(doc) {
  let tip = tips.get(doc);
  if (tip?.isConnected) return tip;
  const holder = doc.createElement('newsmark-tooltip');
  const root = holder.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheet(tipCss('.tip'))];
  tip = doc.createElement('div');
  tip.className = 'tip';
  tip.setAttribute('role', 'tooltip');
  tip.popover = 'manual';
  root.append(tip);
  doc.body.append(holder);
  tips.set(doc, tip);
  return tip;
}

function addStyles(doc) {
  if (styled && doc === document) return;
  // A constructable sheet: no <style> element enters the host's DOM, and a strict CSP allows it.
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet(markCss(`${TAG}[data-label]`, { important: true }))];
  if (doc === document) styled = true;
}
