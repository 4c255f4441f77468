//! doccano's sequence-labeling JSONL: `{"text", "label": [[start, end, "LABEL"]], "meta": {"id"}}`, offsets in
//! code points as doccano counts them.

use super::{json, View};
use std::fmt::Write;

pub fn write(out: &mut String, view: &View) {
    out.push('{');
    json::key(out, "text");
    json::string(out, view.doc.text);
    out.push_str(",\"label\":[");
    for (i, (_, span)) in view.spans().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(out, "[{},{},", span.start, span.end);
        json::string(out, span.label().as_str());
        out.push(']');
    }
    out.push(']');
    super::meta_id(out, view.doc);
    out.push('}');
}
