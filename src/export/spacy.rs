//! spaCy/Prodigy JSONL: `{"text", "spans": [{"start", "end", "label"}], "meta": {"id"}}`, offsets in code points
//! so that `Doc.char_span(start, end, label)` takes every span.

use super::{json, View};
use std::fmt::Write;

pub fn write(out: &mut String, view: &View) {
    out.push('{');
    json::key(out, "text");
    json::string(out, view.doc.text);
    out.push_str(",\"spans\":[");
    for (i, (_, span)) in view.spans().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(out, "{{\"start\":{},\"end\":{},\"label\":", span.start, span.end);
        json::string(out, span.label().as_str());
        out.push('}');
    }
    out.push(']');
    super::meta_id(out, view.doc);
    out.push('}');
}
