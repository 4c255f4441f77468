//! spaCy/Prodigy JSONL: `{"text", "spans": [{"start", "end", "label"}], "meta": {"id"}}`, offsets in code points
//! so that `Doc.char_span(start, end, label)` takes every span.

use super::{json, write_text_and_spans, View};
use std::fmt::Write;

pub fn write(out: &mut String, view: &View) {
    write_text_and_spans(out, view, "spans", |out, span| {
        let _ = write!(out, "{{\"start\":{},\"end\":{},\"label\":", span.start, span.end);
        json::string(out, span.label().as_str());
        out.push('}');
    });
}
