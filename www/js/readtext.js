// An element's text as a reader sees it: text nodes in document order, "\n\n" between blocks and "\n" for <br>,
// so that words of two paragraphs never run together; scripts, styles, form fields and hidden elements left out.
// annotateElement and the widget read host elements with it; the page reads opened HTML files with it.

/** The in-place highlight element, whose text is read through as the host's own. */
export const TAG = 'newsmark-mark';
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'textarea', 'select', 'svg', 'math', 'iframe',
  'canvas', 'video', 'audio', 'object', TAG, 'newsmark-annotator', 'newsmark-tooltip']);
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'td', 'th', 'tr', 'ul', 'summary', 'details']);

/** The element's text as one string, and where each text node starts in it (UTF-16 units). */
export function readText(element) {
  const parts = [];
  const pieces = [];
  let length = 0;
  let atBreak = true; // at the start, or just after a separator
  const add = (s, node) => {
    if (node) pieces.push({ node, start: length });
    parts.push(s);
    length += s.length;
    if (node === undefined || /\S/.test(s)) atBreak = false; // source indentation between blocks is no text
  };
  const separate = (s) => {
    if (!atBreak) add(s);
    atBreak = true;
  };
  const walk = (parent) => {
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === Node.TEXT_NODE) {
        if (n.data) add(n.data, n);
      } else if (n.nodeType === Node.ELEMENT_NODE) {
        const tag = n.localName;
        if (SKIP.has(tag) || n.hidden) continue;
        if (tag === 'br') {
          add('\n');
          continue;
        }
        const block = BLOCK.has(tag);
        if (block) separate('\n\n');
        walk(n);
        if (block) separate('\n\n');
      }
    }
  };
  walk(element);
  return { text: parts.join(''), pieces };
}
