// newsmark for other sites. One line is all a host page needs:
//
//   <script type="module" src="https://example.org/newsmark/widget.js"></script>
//
// It defines <newsmark-annotator> (shadow DOM; annotates its text content or its `text` property and fires an
// `annotated` event whose detail is the result) and exports annotateElement(element, options?) for articles
// already on the page. The wasm is found next to this file (import.meta.url), wherever it is served from.

import { WORKER_FROM_UNITS, load, onKnowledge, tooLong } from './js/engine.js';
import { pieces, renderArticle } from './js/render.js';
import { describe } from './js/describe.js';
import { attachTooltip } from './js/tooltip.js';
import { markCss, sheet, tipCss } from './js/labels.js';
import { rove } from './js/rove.js';

import { readText } from './js/readtext.js';
export { annotateElement } from './js/inplace.js';
export { MAX_TEXT_UNITS, configure } from './js/engine.js';
export { load };

const CSS = `
:host { display: block; }
:host([hidden]) { display: none; }
.text { white-space: normal; overflow-wrap: anywhere; unicode-bidi: plaintext; }
.text[data-source=property] { white-space: pre-wrap; }
div.piece { content-visibility: auto; contain-intrinsic-size: auto 40rem; }
${tipCss('.tip')}
.error { color: #b3261e; font: 13px system-ui, sans-serif; }
${markCss('mark')}
`;

let shared = null;
const NOTHING_HIDDEN = new Set();

export class NewsmarkAnnotator extends HTMLElement {
  static observedAttributes = ['labels', 'names'];
  #text = null;
  #names = null;
  #result = null;
  #seq = 0;
  #waiting = false;
  #out;
  #tip;
  #observer = new MutationObserver(() => this.#text === null && this.#update());

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    shared ??= sheet(CSS);
    root.adoptedStyleSheets = [shared];
    this.#out = document.createElement('div');
    this.#out.className = 'text';
    this.#out.dir = 'auto'; // each paragraph's direction from its own text (unicode-bidi: plaintext)
    this.#out.setAttribute('part', 'text');
    this.#tip = document.createElement('div');
    this.#tip.className = 'tip';
    this.#tip.setAttribute('role', 'tooltip');
    this.#tip.id = 'tip';
    this.#tip.popover = 'manual';
    root.append(this.#out, this.#tip);
    rove(this.#out, 'mark:not([data-piece])');
    attachTooltip(this.#out, this.#tip, (el) => {
      const span = this.#result?.spans[el.dataset.span];
      return span ? describe(span, this.#result) : null;
    });
  }

  connectedCallback() {
    this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
    this.#update();
  }

  disconnectedCallback() {
    this.#observer.disconnect();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#update();
  }

  /** The text annotated: the `text` property when set, else the element's own text content (trimmed). */
  get text() {
    // Read as annotateElement reads an article: blocks apart ("rose 3%." and "Tim Cook" of two paragraphs are not
    // run together), <br> a line break, scripts and hidden elements left out.
    return this.#text ?? readText(this).text.trim();
  }

  set text(value) {
    this.#text = value == null ? null : String(value);
    this.#update();
  }

  /**
   * Your own names, `{names: [{name, label, aliases}], ignore: [...]}` as a names file holds them: the property
   * when set, else the `names` attribute's JSON; null for none.
   */
  get names() {
    if (this.#names) return this.#names;
    const json = this.getAttribute('names');
    return json ? JSON.parse(json) : null;
  }

  set names(value) {
    this.#names = value ?? null;
    this.#update();
  }

  /** The latest result (the contract, offsets "utf16", plus `text`), or null before the first one. */
  get result() {
    return this.#result;
  }

  async #update() {
    const seq = ++this.#seq;
    let engine;
    try {
      engine = await load();
    } catch (error) {
      return this.#fail(`newsmark could not load: ${error.message}`);
    }
    if (seq !== this.#seq) return; // a newer update is on its way
    const text = this.text;
    const labels = this.getAttribute('labels')?.split(/[\s,]+/).filter(Boolean);
    const refusal = tooLong(text);
    if (refusal) {
      this.#result = null;
      return this.#fail(refusal, text);
    }
    let names;
    try {
      names = this.names;
    } catch (error) {
      this.#result = null;
      return this.#fail(`the names attribute is not JSON: ${error.message}`, text);
    }
    const options = { ...(labels && { labels }), ...(names?.names && { names: names.names }), ...(names?.ignore && { ignore: names.ignore }) };
    try {
      // A long text goes to the worker, so that the host page's main thread never runs annotate on it.
      const result = text.length > WORKER_FROM_UNITS
        ? await engine.annotateInWorker(text, options, this)
        : engine.annotate(text, options);
      if (seq !== this.#seq) return; // a newer update came meanwhile
      this.#result = { ...result, text };
    } catch (error) {
      if (error.cancelled || seq !== this.#seq) return;
      this.#result = null;
      return this.#fail(error.message, text);
    }
    this.#out.dataset.source = this.#text === null ? 'content' : 'property';
    this.#draw(text, seq);
    // The first annotation comes before the knowledge file, which the engine fetches after it (engine.js): once
    // it is in, annotate again.
    if (!engine.hasKnowledge() && !this.#waiting) {
      this.#waiting = true;
      const stop = onKnowledge((error) => {
        stop();
        this.#waiting = false;
        if (!error && this.isConnected) this.#update();
      });
    }
  }

  /**
   * Draws the result's highlights. A long text is drawn a piece (about 25,000 units, cut where no highlight
   * crosses) per frame, so that the host page's main thread is never held for the whole of it; a newer update
   * stops an older drawing. `annotated` fires once the last piece is in.
   */
  #draw(text, seq) {
    const result = this.#result;
    const cuts = pieces(text, result.spans);
    const piece = (k) => {
      const drawn = renderArticle(text, result, NOTHING_HIDDEN, cuts[k], cuts[k + 1], 'tip');
      if (cuts.length <= 2) return drawn;
      // A block laid out only near the viewport where line breaks are kept; inline where the text flows.
      const block = document.createElement(this.#text === null ? 'span' : 'div');
      block.className = 'piece';
      block.append(drawn);
      return block;
    };
    this.#out.replaceChildren(piece(0));
    const rest = (k) => {
      if (seq !== this.#seq) return;
      if (k + 1 >= cuts.length) {
        this.dispatchEvent(new CustomEvent('annotated', { detail: result, bubbles: true, composed: true }));
        return;
      }
      requestAnimationFrame(() => {
        if (seq !== this.#seq) return;
        this.#out.append(piece(k));
        rest(k + 1);
      });
    };
    rest(1);
  }

  #fail(message, text = '') {
    const p = document.createElement('p');
    p.className = 'error';
    p.setAttribute('role', 'alert');
    p.textContent = message;
    this.#out.replaceChildren(document.createTextNode(text), p);
    this.dispatchEvent(new CustomEvent('error', { detail: { message } }));
  }
}

if (!customElements.get('newsmark-annotator')) customElements.define('newsmark-annotator', NewsmarkAnnotator);
