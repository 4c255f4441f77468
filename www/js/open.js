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

/** Elements whose content is raw text up to their end tag: markup inside them is not markup. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

/**
 * `html` with every start tag's attributes dropped but `hidden` (a hidden element's text is no text a reader
 * sees), in one pass: quoted values may hold ">", an unquoted value ends at a space or ">", and a raw-text
 * element's content is copied as it is. An unfinished tag at the end is dropped.
 */
export function withoutAttributes(html) {
  const out = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    out.push(html.slice(i, lt));
    const name = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(lt, lt + 64));
    if (!name) {
      out.push('<');
      i = lt + 1;
      continue;
    }
    let j = lt + name[0].length;
    let hidden = false;
    // Attributes, as HTML reads them: a name, then maybe "=" and a value, quoted or up to a space or ">".
    const n = html.length;
    const space = (k) => k < n && /[\s/]/.test(html[k]);
    while (j < n && html[j] !== '>') {
      if (space(j)) {
        j++;
        continue;
      }
      let k = j;
      while (k < n && !/[\s/>=]/.test(html[k])) k++;
      if (html.slice(j, k).toLowerCase() === 'hidden') hidden = true;
      j = Math.max(k, j + (html[k] === '=' && k === j ? 1 : 0));
      while (j < n && /\s/.test(html[j])) j++;
      if (html[j] !== '=') continue;
      j++;
      while (j < n && /\s/.test(html[j])) j++;
      if (html[j] === '"' || html[j] === "'") {
        const close = html.indexOf(html[j], j + 1);
        j = close === -1 ? n : close + 1;
      } else {
        while (j < n && !/[\s>]/.test(html[j])) j++;
      }
    }
    if (j >= html.length) {
      i = html.length;
      break;
    }
    const tag = name[1].toLowerCase();
    out.push(`<${tag}${hidden ? ' hidden' : ''}>`);
    i = j + 1;
    if (RAW.has(tag)) {
      const end = html.toLowerCase().indexOf(`</${tag}`, i);
      const stop = end === -1 ? html.length : end;
      out.push(html.slice(i, stop));
      i = stop;
    }
  }
  if (i < html.length) out.push(html.slice(i));
  return out.join('');
}

/** The text of an HTML document as a reader sees it: blocks apart, runs of source whitespace one space. */
export function htmlText(html) {
  const template = document.createElement('template');
  // Attributes go before parsing: the text needs none, and an `onerror` or `style` attribute, though it never
  // runs in an inert document, is still checked against the page's CSP and reported as a violation.
  template.innerHTML = withoutAttributes(html);
  const root = template.content;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('pre')) node.data = node.data.replace(/[ \t\n\r\f]+/g, ' ');
  }
  const { text } = readText(root);
  // Spaces next to a paragraph break are the source's indentation, not text.
  return text.replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
