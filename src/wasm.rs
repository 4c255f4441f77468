//! The browser API (wasm-bindgen). Written in the browser issue.
