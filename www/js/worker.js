// The annotation worker: the page and the widget send it long texts so that their main thread never runs
// annotate() on them. Its first message is the wasm module, compiled once by engine.js and shared; then the
// Rust side (serveWorker, src/wasm.rs) answers every {id, text, options} with {id, result} or {id, error}, and
// takes {knowledge} (the knowledge file's bytes) when the page has it.

import init, { loadKnowledge, serveWorker } from '../pkg/newsmark.js';

self.onmessage = async (event) => {
  self.onmessage = null;
  try {
    await init({ module_or_path: event.data.module });
    if (event.data.knowledge) loadKnowledge(event.data.knowledge);
    serveWorker();
    self.postMessage({ ready: true });
  } catch (error) {
    self.postMessage({ ready: false, error: { name: error.name, message: error.message } });
  }
};
