// The annotator page: wires the text box, the article view, the legend, the panel, the tooltip and the download.
// All the work is in pure functions (renderArticle, renderPanel); this module only holds state and events.

import { WORKER_FROM_UNITS, load, onKnowledge, tooLong } from './engine.js';
import { pieces, renderArticle } from './render.js';
import { renderPanel } from './panel.js';
import { attachTooltip } from './tooltip.js';
import { rove } from './rove.js';
import { describe } from './describe.js';
import { EXAMPLE } from './example.js';
import { namesFile, remap } from './corrections.js';
import { attachEditor } from './editor.js';
import { direction } from './direction.js';
import { LABELS, NAMES, markCss, sheet } from './labels.js';

const $ = (id) => document.getElementById(id);
const input = $('input');
const output = $('output');
const panel = $('panel-body');
const legend = $('legend');
const status = $('status');
const problem = $('problem');
const download = $('download');

const EMPTY = { offsets: 'utf16', spans: [], entities: [] };
// `options` holds a loaded names file's names and ignore list (annotate's options), null for none; `corrections`
// (with `redo`, for undo and redo) are a person's corrections to the text `base`.
const state = {
  text: '', annotations: EMPTY, hidden: new Set(), steps: new Map(), options: null,
  corrections: [], redo: [], base: '',
};
const KEEP = 'newsmark.work'; // localStorage, only when the person asks for it
let engine = null;
// Counters that let a newer annotation or drawing stop an older one; before the first await below, which may
// already annotate (a text kept in this browser, or one the browser restored into the text box on reload).
let runs = 0;
let draws = 0;
let timer = 0;

document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet(markCss('#output mark'))];
buildLegend();
attachTooltip(output, $('tooltip'), (el) => {
  const span = state.annotations.spans[el.dataset.span];
  return span ? describe(span, state.annotations) : null;
});

input.addEventListener('input', () => {
  orient();
  clearTimeout(timer);
  timer = setTimeout(run, input.value.length > 50_000 ? 300 : 120);
});
$('example').addEventListener('click', () => {
  input.value = EXAMPLE;
  run();
});
$('clear').addEventListener('click', () => {
  input.value = '';
  run();
  input.focus();
});
download.addEventListener('click', save);
const picker = $('file');
$('open').addEventListener('click', () => picker.click());
picker.addEventListener('change', () => {
  if (picker.files[0]) open(picker.files[0]);
  picker.value = ''; // choosing the same file again opens it again
});
const namesPicker = $('names-file');
$('names').addEventListener('click', () => namesPicker.click());
namesPicker.addEventListener('change', async () => {
  const file = namesPicker.files[0];
  namesPicker.value = '';
  if (file) loadNames(file);
});
// A file dropped anywhere on the article side opens; dropped text goes into the box as the browser does it.
const dropZone = document.querySelector('.work');
dropZone.addEventListener('dragover', (event) => {
  if (event.dataTransfer.types.includes('Files')) event.preventDefault();
});
dropZone.addEventListener('drop', (event) => {
  const file = event.dataTransfer.files[0];
  if (!file) return;
  event.preventDefault();
  open(file);
});
const { setTabStop } = rove(output, 'mark:not([data-piece])');
const editor = attachEditor({ output, input, state, sync, rerun: () => run(), say: (m) => ($('said').textContent = m) });
const keep = $('keep');
restore();
orient(); // a kept text, or one the browser restored into the box on reload
keep.addEventListener('change', () => (keep.checked ? store() : forget()));

try {
  status.textContent = 'Loading…';
  engine = await load();
  status.textContent = `Ready (newsmark ${engine.version()})`;
  if (input.value) run();
  // The first annotation comes before the word lists, which the engine fetches after it (engine.js); with them
  // in, the text shown is annotated again.
  onKnowledge((error) => {
    document.documentElement.dataset.knowledge = error ? 'failed' : 'loaded';
    if (error) fail(error.message);
    else if (state.text) run();
  });
} catch (error) {
  fail(`Could not load the annotator: ${error.message}`);
}


/** Puts the text of `file` in the box and annotates it as if it were pasted; a file it cannot read is said so. */
async function open(file) {
  try {
    // Loaded on first use: most visits paste and never open a file.
    const { readFile } = await import('./open.js');
    input.value = await readFile(file);
  } catch (error) {
    fail(`Could not open ${file.name || 'the file'}: ${error.message}`);
    return;
  }
  run();
}

/**
 * Loads a names file ({names: [{name, label, aliases}], ignore: [...]}, as the CLI's --names reads) and annotates
 * again with it; a file the annotator refuses is said so and the names before stay.
 */
async function loadNames(file) {
  let options;
  try {
    const json = JSON.parse(await file.text());
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
      throw new Error('expected an object {"names": [...], "ignore": [...]}');
    }
    const unknown = Object.keys(json).find((k) => k !== 'names' && k !== 'ignore');
    if (unknown) throw new Error(`unknown key "${unknown}"; a names file has "names" and "ignore"`);
    options = { ...(json.names && { names: json.names }), ...(json.ignore && { ignore: json.ignore }) };
    engine.annotate('', options); // the annotator's own check of every entry, with its message
  } catch (error) {
    fail(`Could not load the names in ${file.name}: ${error.message}`);
    return;
  }
  state.options = options;
  showNames();
  run();
}

/**
 * Brings the corrections up to the text box's text, without annotating: the corrections whose words an edit
 * left alone stay, moved with them. A new correction is made in the text box's offsets, so this comes first.
 */
function sync() {
  const text = input.value;
  if (text === state.base) return;
  state.corrections = remap(state.corrections, state.base, text);
  state.redo = [];
  state.base = text;
}

/** Annotates the text box and redraws; never lets an error blank the page. A newer text wins over an older one. */
function run() {
  clearTimeout(timer);
  orient();
  if (!engine) return;
  const text = input.value;
  const seq = ++runs;
  problem.hidden = true;
  sync();
  const options = { ...state.options, corrections: state.corrections };
  const t0 = performance.now();
  const refusal = tooLong(text);
  if (refusal) return refuse(text, refusal);
  if (text.length <= WORKER_FROM_UNITS) {
    let annotations = EMPTY;
    let error = null;
    try {
      annotations = engine.annotate(text, options);
    } catch (e) {
      error = e.message;
    }
    return show(text, annotations, t0, error);
  }
  status.textContent = `Annotating ${text.length.toLocaleString('en')} characters…`;
  engine.annotateInWorker(text, options).then(
    (annotations) => seq === runs && show(text, annotations, t0, null),
    (error) => seq === runs && !error.cancelled && show(text, EMPTY, t0, error.message),
  );
}

/** The text box runs in its text's direction (see direction.js for why not dir="auto"). */
function orient() {
  const dir = direction(input.value);
  if (input.dir !== dir) input.dir = dir;
}

/**
 * A text over the limit: the message, and neither the text drawn (drawing megabytes would hold the page as long
 * as annotating them) nor anything to download.
 */
function refuse(text, message) {
  state.annotations = EMPTY;
  state.text = '';
  state.steps.clear();
  fail(message);
  draw(); // as for an empty text (counts, panel, Download off), which also stops a long draw still going
  const p = document.createElement('p');
  p.className = 'placeholder';
  p.textContent = `Not annotated: ${text.length.toLocaleString('en')} characters is over the limit (see above).`;
  output.replaceChildren(p);
  status.textContent = 'Not annotated: the text is too long';
  output.dataset.runs = String(Number(output.dataset.runs ?? 0) + 1); // tests wait on this
}

/** Shows the annotations of `text` (or an error) and says how long it took since `t0`. */
function show(text, annotations, t0, error) {
  state.annotations = annotations;
  if (error) fail(error);
  state.text = text;
  state.steps.clear();
  const ms = performance.now() - t0;
  const n = annotations.spans.length;
  status.textContent = text ? `${n} annotation${n === 1 ? '' : 's'} in ${ms.toFixed(1)} ms` : '';
  draw(() => {
    editor.afterDraw();
    if (keep.checked) store();
    output.dataset.runs = String(Number(output.dataset.runs ?? 0) + 1); // tests wait on this
  });
}

/** Keeps the text, the names and the corrections in this browser's local storage (the person asked for it). */
function store() {
  try {
    localStorage.setItem(KEEP, JSON.stringify({ text: state.base, options: state.options, corrections: state.corrections }));
  } catch (error) {
    fail(`Could not keep your work in this browser: ${error.message}`);
  }
}

/** Deletes what store() kept. Storage a browser blocks (site data off) throws on every touch: nothing to delete. */
function forget() {
  try {
    localStorage.removeItem(KEEP);
  } catch {
    // nothing was kept
  }
}

/** Puts back what store() kept, before the first annotation. */
function restore() {
  let kept = null;
  try {
    kept = JSON.parse(localStorage.getItem(KEEP));
  } catch {
    forget(); // unreadable, or storage blocked
  }
  if (!kept || typeof kept.text !== 'string') return;
  keep.checked = true;
  input.value = kept.text;
  state.base = kept.text;
  state.options = kept.options ?? null;
  state.corrections = Array.isArray(kept.corrections) ? kept.corrections : [];
  if (state.options) showNames();
}

/** The Load names… button says how many names are loaded. */
function showNames() {
  const { names = [], ignore = [] } = state.options ?? {};
  $('names').textContent = `Names: ${names.length} listed, ${ignore.length} ignored`;
}


/**
 * Draws the article and the panel. A long article is drawn a piece per frame, so that typing and scrolling are
 * never held for the whole of it; a newer draw stops an older one. `done` is called once the last piece is in.
 */
function draw(done = () => {}) {
  const { text, annotations, hidden } = state;
  const drawing = ++draws;
  try {
    const cuts = pieces(text, annotations.spans);
    if (!text) {
      const p = document.createElement('p');
      p.className = 'placeholder';
      p.textContent = 'Paste or type an article above, or try the example.';
      output.replaceChildren(p);
      done();
    } else {
      output.replaceChildren(piece(cuts, 0));
      drawRest(cuts, 1, drawing, done);
    }
    // A long article's panel is built in a task of its own, not in the same one as its first piece.
    if (cuts.length > 2) setTimeout(() => drawing === draws && drawPanel());
    else drawPanel();
  } catch (error) {
    output.textContent = text; // at worst, the plain text
    panel.replaceChildren();
    fail(`Could not draw the annotations: ${error.message}`);
    done();
  }
  for (const button of legend.querySelectorAll('button')) {
    const label = button.dataset.label;
    button.querySelector('.count').textContent = annotations.spans.filter((s) => s.label === label).length;
    button.setAttribute('aria-pressed', String(!hidden.has(label)));
  }
  download.disabled = !text;
}

function drawPanel() {
  const { annotations, hidden } = state;
  try {
    panel.replaceChildren(renderPanel(annotations, hidden, { entity: stepEntity, span: focusSpan }));
  } catch (error) {
    panel.replaceChildren();
    fail(`Could not draw the annotations: ${error.message}`);
  }
}

/**
 * Piece `k` of the article. When there are several, each is a block the browser lays out only near the viewport
 * (content-visibility in app.css), so that appending one does not lay out all those before it again.
 */
function piece(cuts, k) {
  const { text, annotations, hidden } = state;
  const drawn = renderArticle(text, annotations, hidden, cuts[k], cuts[k + 1]);
  if (cuts.length <= 2) return drawn;
  const block = document.createElement('div');
  block.className = 'piece';
  block.append(drawn);
  return block;
}

/** Draws the pieces after `cuts[k]`, one per frame, unless a newer draw has begun. */
function drawRest(cuts, k, drawing, done) {
  if (drawing !== draws) return;
  if (k + 1 >= cuts.length) return done();
  requestAnimationFrame(() => {
    if (drawing !== draws) return;
    const { text } = state;
    try {
      output.append(piece(cuts, k));
      // The article's one tab stop, when the first piece had no highlight.
      if (!output.querySelector('mark[tabindex="0"]')) output.querySelector('mark:not([data-piece])')?.setAttribute('tabindex', '0');
    } catch (error) {
      output.textContent = text;
      fail(`Could not draw the annotations: ${error.message}`);
      return done();
    }
    drawRest(cuts, k + 1, drawing, done);
  });
}

function buildLegend() {
  for (const label of LABELS) {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.label = label;
    b.setAttribute('aria-pressed', 'true');
    const swatch = document.createElement('mark');
    swatch.dataset.label = label;
    swatch.className = 'swatch';
    swatch.textContent = NAMES[label];
    const count = document.createElement('span');
    count.className = 'count';
    count.textContent = '0';
    b.append(swatch, count);
    b.addEventListener('click', () => {
      if (state.hidden.has(label)) state.hidden.delete(label);
      else state.hidden.add(label);
      draw();
    });
    legend.append(b);
  }
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet(markCss('#legend mark'))];
}

/** Clicking an entity in the panel steps through its mentions, one per click. */
function stepEntity(id) {
  const mentions = [];
  state.annotations.spans.forEach((s, i) => s.entity === id && !state.hidden.has(s.label) && mentions.push(i));
  if (!mentions.length) return;
  const n = state.steps.get(id) ?? 0;
  state.steps.set(id, (n + 1) % mentions.length);
  focusSpan(mentions[n]);
  status.textContent = `Mention ${n + 1} of ${mentions.length}`;
}

function focusSpan(i) {
  const mark = output.querySelector(`mark[data-span="${i}"]:not([data-piece])`);
  if (!mark) return;
  mark.scrollIntoView({ block: 'center' });
  setTabStop(mark);
  mark.focus({ preventScroll: true });
  mark.classList.remove('flash');
  void mark.offsetWidth; // restart the animation
  mark.classList.add('flash');
}

/** Each download format: its file name and type. Offsets are UTF-16 in newsmark JSON, code points in the rest. */
const FORMATS = {
  json: ['newsmark-annotations.json', 'application/json'],
  spacy: ['newsmark-spacy.jsonl', 'application/jsonl'],
  'label-studio': ['newsmark-label-studio.json', 'application/json'],
  doccano: ['newsmark-doccano.jsonl', 'application/jsonl'],
  w3c: ['newsmark-w3c.jsonld', 'application/ld+json'],
  conll: ['newsmark.conll', 'text/plain'],
  names: ['newsmark-names.json', 'application/json'],
};

async function save() {
  const format = $('format').value;
  const [name, type] = FORMATS[format];
  const text = state.text;
  let content;
  // The corrections are in the text box's offsets: the exports read that text with them.
  sync();
  const options = { ...state.options, corrections: state.corrections };
  if (format === 'json') content = JSON.stringify({ ...state.annotations, text }, null, 2);
  else if (format === 'names') content = JSON.stringify(namesFile(state.options, state.corrections, state.base), null, 2);
  else {
    try {
      // A long text is annotated again in the worker, as when it was pasted, so the page never freezes.
      const current = state.base;
      content = current.length > WORKER_FROM_UNITS
        ? await engine.exportInWorker(current, options, format)
        : engine.exportText(current, options, format);
    } catch (error) {
      if (!error.cancelled) fail(`Could not export: ${error.message}`);
      return;
    }
  }
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function fail(message) {
  problem.textContent = message;
  problem.hidden = false;
}
