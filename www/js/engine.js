// The one module that owns the wasm. It loads it once, relative to this file (so the page, the widget and any
// host page find it wherever www/ is served), and hands out a synchronous annotate().
//
//   const engine = await load();
//   engine.annotate(text, { labels: ['PERSON'] })   // the contract, offsets "utf16"

let loading = null;
let generation = 0;

/**
 * The longest text the page, the widget and annotateElement annotate, in UTF-16 units (about 300,000 words):
 * beyond it they refuse with a message rather than hold the host's main thread for seconds. The CLI and the
 * Rust crate have no limit.
 */
export const MAX_TEXT_UNITS = 2_000_000;

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

async function instantiate(gen) {
  // A fresh module instance per generation: after a wasm trap the old instance's memory cannot be trusted.
  const url = new URL('../pkg/newsmark.js', import.meta.url);
  if (gen) url.search = `?instance=${gen}`;
  const pkg = await import(url.href);
  await pkg.default({ module_or_path: new URL('../pkg/newsmark_bg.wasm', import.meta.url) });
  return {
    version: () => pkg.version(),
    annotate(text, options) {
      try {
        return pkg.annotate(text, options);
      } catch (error) {
        if (error instanceof WebAssembly.RuntimeError) {
          // The core promises never to trap; if it does, start afresh on the next load().
          generation += 1;
          loading = null;
          throw new Error(`newsmark stopped on this text (${error.message}); it has been reloaded`);
        }
        throw error; // a TypeError/Error from bad arguments, with its message
      }
    },
  };
}
