// The one module that owns the wasm. It loads it once, relative to this file (so the page, the widget and any
// host page find it wherever www/ is served), and hands out a synchronous annotate().
//
//   const engine = await load();
//   engine.annotate(text, { labels: ['PERSON'] })   // the contract, offsets "utf16"
//   await engine.knowledge()                         // then annotate again: names read with the word lists
//
// The wasm starts without its knowledge file (pkg/knowledge.bin: the word lists and word clusters, a quarter of
// the download), so that the first annotation comes sooner; the file is fetched once the first annotation is
// done (or knowledge() asks for it), and every instance (this one, the worker, a reloaded one) gets it.

let loading = null;
let generation = 0;

/** Where the package's files are served: www/ (or the npm package's root), by default found from this module. */
let base = new URL('../', import.meta.url);

/**
 * Sets where the package's `pkg/` and `js/` folders are served, for a bundled app whose bundle is not beside
 * them (`configure({ base: '/assets/newsmark/' })`, with node_modules/newsmark copied there). Call it before
 * the first load().
 */
export function configure({ base: url } = {}) {
  if (loading) throw new Error('configure() must come before the first load()');
  if (url !== undefined) base = new URL(url, location.href);
}

/**
 * The longest text the page, the widget and annotateElement annotate, in UTF-16 units (about 300,000 words):
 * beyond it they refuse with a message rather than hold the host's main thread for seconds. The CLI and the
 * Rust crate have no limit.
 */
export const MAX_TEXT_UNITS = 2_000_000;

/** Texts longer than this (UTF-16 units) are annotated in the worker: a few milliseconds of work at most runs on
 *  the caller's main thread. */
export const WORKER_FROM_UNITS = 20_000;

/** The message for a text over the limit, or null when it is within it. */
export function tooLong(text) {
  if (text.length <= MAX_TEXT_UNITS) return null;
  return `This text has ${text.length.toLocaleString('en')} characters; newsmark annotates up to ` +
    `${MAX_TEXT_UNITS.toLocaleString('en')} (about 300,000 words) in a page so that it never freezes. ` +
    'The command-line tool has no limit.';
}

/** Resolves to `{ annotate, version }` once the wasm is ready; the same promise for every caller. */
export function load() {
  loading ??= instantiate(generation).catch((error) => {
    loading = null; // let a later call try again (e.g. after a network hiccup)
    throw error;
  });
  return loading;
}

/**
 * The texts of a result taken from the caller's own string. A lone UTF-16 surrogate reaches Rust as U+FFFD (one
 * unit too, so offsets hold), and the texts Rust returns carry U+FFFD where the caller's string has the
 * surrogate; taken from the string itself, `text.slice(start, end) === span.text` always holds.
 */
function faithful(text, result) {
  if (typeof text !== 'string' || text.isWellFormed?.() !== false) return result;
  for (const span of result.spans) {
    span.text = text.slice(span.start, span.end);
    for (const part of [span.speaker, span.speaker?.affiliation]) {
      if (part && Number.isInteger(part.start)) part.text = text.slice(part.start, part.end);
    }
  }
  return result;
}

let compiling = null;

/** The knowledge file's bytes, once fetched and accepted; the promise of them while fetching. */
let knowledgeBytes = null;
let knowledgeLoading = null;
let knowledgeFailed = false;
/** The package module of the instance load() gives out now. */
let live = null;

/**
 * Fetches the knowledge file once, gives it to the current instance (which checks that it belongs to this build)
 * and to a running worker; the promise rejects when it cannot be had, and a later call tries again.
 */
function fetchKnowledge() {
  knowledgeLoading ??= (async () => {
    const url = new URL('pkg/knowledge.bin', base);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url.pathname}: ${response.status} ${response.statusText}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    await load();
    live.loadKnowledge(bytes); // throws when the file is not this build's
    knowledgeBytes = bytes;
    worker?.ready.then(() => worker?.w.postMessage({ knowledge: knowledgeBytes }), () => {});
    for (const listener of listeners) listener(null);
    listeners.clear(); // a later onKnowledge() is called at once
  })().catch((error) => {
    knowledgeLoading = null;
    knowledgeFailed = true; // not fetched again after every annotation; knowledge() still tries
    const said = new Error(`newsmark could not load its word lists (${error.message}); names are read without them`);
    for (const listener of listeners) listener(said);
    throw said;
  });
  return knowledgeLoading;
}

const listeners = new Set();

/**
 * Calls `listener(null)` when the knowledge file is in (at once, if it is already) and `listener(error)` when a
 * fetch of it failed, without starting a fetch: the page and the widget annotate again when it arrives.
 * Returns a function that stops the calls.
 */
export function onKnowledge(listener) {
  if (knowledgeBytes) queueMicrotask(() => listener(null));
  else listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Starts fetching the knowledge file after the first annotation (not before: it is not needed for that one). */
function afterAnnotation() {
  if (!knowledgeBytes && !knowledgeLoading && !knowledgeFailed) setTimeout(() => fetchKnowledge().catch(() => {}), 0);
}

/** The wasm, compiled once: the main thread and every worker instantiate this one module. */
function compile() {
  const url = new URL('pkg/newsmark_bg.wasm', base);
  compiling ??= WebAssembly.compileStreaming(fetch(url))
    // A host that serves the wasm without its MIME type: compile from the bytes.
    .catch(() => fetch(url).then((r) => r.arrayBuffer()).then((bytes) => WebAssembly.compile(bytes)))
    .catch((error) => {
      compiling = null;
      throw error;
    });
  return compiling;
}

async function instantiate(gen) {
  // A fresh module instance per generation: after a wasm trap the old instance's memory cannot be trusted.
  const url = new URL('pkg/newsmark.js', base);
  if (gen) url.search = `?instance=${gen}`;
  const pkg = await import(url.href);
  await pkg.default({ module_or_path: await compile() });
  if (knowledgeBytes) pkg.loadKnowledge(knowledgeBytes);
  live = pkg;
  return {
    version: () => pkg.version(),
    annotateInWorker,
    annotate: (text, options) => {
      const result = guarded(() => faithful(text, pkg.annotate(text, options)));
      afterAnnotation();
      return result;
    },
    /** The text as a file in an export format ('spacy', 'label-studio', 'doccano', 'w3c', 'conll'). */
    exportText: (text, options, format) => guarded(() => pkg.exportText(text, options, format)),
    exportInWorker,
    /**
     * Resolves once the annotator has its knowledge file (fetching it now if it has not started): annotate
     * again then, for names read with the word lists and clusters. Rejects, with the reason, when the file
     * cannot be had; annotate() keeps working without it.
     */
    knowledge: () => (pkg.hasKnowledge() ? Promise.resolve() : fetchKnowledge()),
    /** Whether annotate() reads names with the knowledge file yet. */
    hasKnowledge: () => pkg.hasKnowledge(),
  };
}

/** Runs a call into the wasm; a trap (the core promises never to trap) reloads it on the next load(). */
function guarded(call) {
  try {
    return call();
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) {
      generation += 1;
      loading = null;
      throw new Error(`newsmark stopped on this text (${error.message}); it has been reloaded`);
    }
    throw error; // a TypeError/Error from bad arguments, with its message
  }
}

// The worker that annotates long texts. It runs one request at a time, in order. Each request has an owner (the
// page, or one widget): a newer request of the same owner cancels its older one, queued or running (a run cannot be
// interrupted except by stopping the worker and starting a fresh one from the compiled module), so an owner's
// newest text never waits behind its stale one, and owners never cancel each other.
let worker = null;
let running = null; // the request the worker is running
const queue = [];
let nextId = 0;

/**
 * A worker script must have the page's origin. Served from another origin (a host embedding the widget from a
 * CDN), the worker is a same-origin blob that imports worker.js, which then loads like any module (with CORS).
 */
function newWorker() {
  const url = new URL('js/worker.js', base);
  if (url.origin === location.origin) return new Worker(url, { type: 'module' });
  const blob = new Blob([`import ${JSON.stringify(url.href)};`], { type: 'text/javascript' });
  const blobUrl = URL.createObjectURL(blob);
  try {
    return new Worker(blobUrl, { type: 'module' });
  } finally {
    URL.revokeObjectURL(blobUrl);
  }
}

function startWorker() {
  const w = newWorker();
  const ready = new Promise((resolve, reject) => {
    w.onmessage = (event) => {
      const data = event.data;
      if ('ready' in data) {
        if (data.ready) resolve();
        else reject(Object.assign(new Error(data.error.message), { name: data.error.name }));
        return;
      }
      const done = running;
      if (!done || data.id !== done.id) return; // a cancelled request's late answer
      if (data.part) {
        // A long result's spans come ahead in parts, one message (and one task here) each; the result follows.
        (done.parts ??= []).push(data.part);
        return;
      }
      running = null;
      if (data.error) done.reject(Object.assign(new Error(data.error.message), { name: data.error.name }));
      else if (done.format) done.resolve(data.result);
      else {
        if (done.parts) data.result.spans = done.parts.flat();
        done.resolve(faithful(done.text, data.result));
      }
      pump();
    };
  });
  w.onerror = (event) => {
    event.preventDefault();
    restart(new Error(`newsmark's worker stopped: ${event.message || 'an error'}; it has been restarted`));
  };
  compile().then((module) => w.postMessage({ module, knowledge: knowledgeBytes }), (error) => restart(error));
  worker = { w, ready };
}

/** Stops the worker; the request it was running fails with `reason`; the queue goes on in a fresh one. */
function restart(reason) {
  worker?.w.terminate();
  worker = null;
  const failed = running;
  running = null;
  failed?.reject(reason);
  pump();
}

function pump() {
  if (running || !queue.length) return;
  if (!worker) startWorker();
  const request = (running = queue.shift());
  const { w, ready } = worker;
  ready.then(
    () => {
      if (running !== request) return;
      const { id, text, options, format } = request;
      w.postMessage(format ? { id, text, options, format } : { id, text, options });
    },
    (error) => running === request && restart(error),
  );
}

const cancelled = () => Object.assign(new Error('replaced by a newer text'), { cancelled: true });

/**
 * Annotates `text` in the worker: the same contract as annotate(), as a promise. A newer call with the same
 * `owner` cancels this one, whose promise then rejects with an error whose `cancelled` is true.
 */
function annotateInWorker(text, options, owner = 'page') {
  afterAnnotation();
  return enqueue({ owner, text, options });
}

/** exportText() in the worker, as a promise; a newer export of the same owner cancels this one. */
function exportInWorker(text, options, format, owner = 'page export') {
  return enqueue({ owner, text, options, format });
}

function enqueue(fields) {
  const { owner } = fields;
  for (let i = queue.length - 1; i >= 0; i--) {
    if (queue[i].owner === owner) queue.splice(i, 1)[0].reject(cancelled());
  }
  return new Promise((resolve, reject) => {
    queue.push({ id: ++nextId, ...fields, resolve, reject });
    if (running?.owner === owner) restart(cancelled());
    else pump();
  });
}
