//! doccano's sequence-labeling JSONL: `{"text", "label": [[start, end, "LABEL"]], "meta": {"id"}}`, offsets in
//! code points as doccano counts them.

use super::{json, write_text_and_spans, View};
use std::fmt::Write;

pub fn write(out: &mut String, view: &View) {
    write_text_and_spans(out, view, "label", |out, span| {
        let _ = write!(out, "[{},{},", span.start, span.end);
        json::string(out, span.label().as_str());
        out.push(']');
    });
}
