// Opening a file in the page: a .txt or .md file is its text; an .html file is the text a reader sees in it,
// parsed into a <template>'s inert contents (no script runs, no image loads), read, and never put into the page.

import { readText } from './readtext.js';

/** Files larger than this are refused before they are read (the page annotates 2,000,000 characters at most). */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** The text of `file` (a File), or an Error that says why not ("it is not a text file"). */
export async function readFile(file) {
  const name = file.name;
  if (file.size > MAX_FILE_BYTES) {
    throw new Error(`it is ${(file.size / 1024 / 1024).toFixed(1)} MB; the page opens files up to ` +
      `${MAX_FILE_BYTES / 1024 / 1024} MB (the command-line tool has no limit).`);
  }
  const html = /\.html?$/i.test(name) || file.type === 'text/html';
  const known = html || /\.(txt|text|md|markdown)$/i.test(name) || file.type.startsWith('text/');
  if (!known) throw new Error('it is not a .txt, .md or .html file.');
  const raw = await file.text();
  // A NUL is never in text: this is a binary file with a text name.
  if (raw.includes('\0')) throw new Error('it is not a text file.');
  return html ? htmlText(raw) : raw;
}

/** A start tag with its attributes (quoted values may hold ">"). */
const START_TAG = /<([a-zA-Z][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/** The text of an HTML document as a reader sees it: blocks apart, runs of source whitespace one space. */
export function htmlText(html) {
  const template = document.createElement('template');
  // Attributes go before parsing: the text needs none, and an `onerror` or `style` attribute, though it never
  // runs in an inert document, is still checked against the page's CSP and reported as a violation.
  template.innerHTML = html.replace(START_TAG, '<$1>');
  const root = template.content;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('pre')) node.data = node.data.replace(/[ \t\n\r\f]+/g, ' ');
  }
  const { text } = readText(root);
  // Spaces next to a paragraph break are the source's indentation, not text.
  return text.replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
