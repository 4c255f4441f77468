// The page's article view: a pure function of (text, annotations) → DOM. Text only ever becomes text nodes.

import { highlight } from './highlight.js';
import { NAMES } from './labels.js';

/**
 * @param {string} text
 * @param {import('../pkg/newsmark.js').Annotations} annotations  offsets "utf16"
 * @param {Set<string>} hidden  labels not to show
 * @returns {DocumentFragment} marks carry data-label and data-span (the span's index in annotations.spans)
 */
export function renderArticle(text, annotations, hidden = new Set()) {
  const ranges = [];
  annotations.spans.forEach((span, i) => {
    if (!hidden.has(span.label)) ranges.push({ start: span.start, end: span.end, span, i });
  });
  let first = true;
  return highlight(text, ranges, (r, firstPiece) => {
    const mark = document.createElement('mark');
    mark.dataset.label = r.span.label;
    mark.dataset.span = r.i;
    if (firstPiece) {
      // One stop in the tab order for the whole article; arrow keys move between highlights (roving tabindex).
      mark.tabIndex = first ? 0 : -1;
      first = false;
      mark.setAttribute('aria-roledescription', `${NAMES[r.span.label]} highlight`);
      mark.setAttribute('aria-describedby', 'tooltip');
    } else {
      mark.dataset.piece = '';
    }
    return mark;
  });
}
