// The annotation worker: the page and the widget send it long texts so that their main thread never runs
// annotate() on them. Its first message is the wasm module, compiled once by engine.js and shared; then the
// Rust side (serveWorker, src/wasm.rs) answers every {id, text, options} with {id, result} or {id, error}.

import init, { serveWorker } from '../pkg/newsmark.js';

self.onmessage = async (event) => {
  self.onmessage = null;
  try {
    await init({ module_or_path: event.data.module });
    serveWorker();
    self.postMessage({ ready: true });
  } catch (error) {
    self.postMessage({ ready: false, error: { name: error.name, message: error.message } });
  }
};
