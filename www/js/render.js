// The page's article view: a pure function of (text, annotations) → DOM. Text only ever becomes text nodes.

import { highlight } from './highlight.js';
import { NAMES } from './labels.js';

/** How many UTF-16 units of text one piece of a long article's drawing holds: a piece is drawn in a frame. */
export const PIECE_UNITS = 25_000;

/**
 * @param {string} text
 * @param {import('../pkg/newsmark.js').Annotations} annotations  offsets "utf16"
 * @param {Set<string>} hidden  labels not to show
 * @param {number} [from]  the piece of `text` to draw, [from, to); no span may cross its edges ([pieces] cuts so)
 * @param {number} [to]
 * @param {string} [tooltipId]  the id of the tooltip that describes a highlight (the widget's is in its shadow root)
 * @returns {DocumentFragment} marks carry data-label and data-span (the span's index in annotations.spans); the
 *   first highlight of the piece is the article's one tab stop when `from` is 0
 */
export function renderArticle(text, annotations, hidden = new Set(), from = 0, to = text.length, tooltipId = 'tooltip') {
  const ranges = [];
  annotations.spans.forEach((span, i) => {
    if (!hidden.has(span.label) && span.start >= from && span.end <= to) {
      ranges.push({ start: span.start - from, end: span.end - from, span, i });
    }
  });
  let first = from === 0;
  return highlight(text.slice(from, to), ranges, (r, firstPiece) => {
    const mark = document.createElement('mark');
    mark.dataset.label = r.span.label;
    mark.dataset.span = r.i;
    if (firstPiece) {
      // One stop in the tab order for the whole article; arrow keys move between highlights (roving tabindex).
      mark.tabIndex = first ? 0 : -1;
      first = false;
      mark.setAttribute('aria-roledescription', `${NAMES[r.span.label]} highlight`);
      mark.setAttribute('aria-describedby', tooltipId);
    } else {
      mark.dataset.piece = '';
    }
    return mark;
  });
}

/**
 * Where to cut `text` into pieces of about `size` units for drawing them one frame at a time: at a line break
 * (or, in a text without one, a space) that no span crosses. Returns the cut offsets, from 0 to text.length.
 * @param {string} text
 * @param {{start: number, end: number}[]} spans  sorted by start
 */
export function pieces(text, spans, size = PIECE_UNITS) {
  const cuts = [0];
  let next = 0;
  let covered = 0; // the furthest end of the spans that start before the candidate cut
  let at = size;
  while (at < text.length) {
    // The break stays with the piece before it (cut just after it): a piece never opens with the line break that
    // ends the one before.
    let cut = breakAt(text, at, size) + 1;
    while (cut > 0) {
      while (next < spans.length && spans[next].start < cut) covered = Math.max(covered, spans[next++].end);
      if (covered <= cut) break;
      // Inside a span (a quote over paragraphs): the nearest break after it, of either kind.
      cut = breakAt(text, covered, 0) + 1;
    }
    if (cut <= 0 || cut >= text.length) break;
    cuts.push(cut);
    at = cut + size;
  }
  cuts.push(text.length);
  return cuts;
}

/** The first line break at or after `at` when one comes within `size`, else the first space or line break; -1 when
 *  neither comes. */
function breakAt(text, at, size) {
  const line = text.indexOf('\n', at);
  if (line !== -1 && line - at <= size) return line;
  const space = text.indexOf(' ', at);
  return space === -1 ? line : line === -1 ? space : Math.min(line, space);
}
