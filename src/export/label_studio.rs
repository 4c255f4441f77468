//! A Label Studio task: the text under `data.text` and the spans as one prediction, each a `labels` region in
//! code points; a quote's speaker is a `speaker` relation from the quote to the speaker as written (an existing
//! region when the speaker is one, else a `SPEAKER` region). The labeling config is in the README.

use super::{json, View};
use crate::annotation::Detail;
use std::fmt::Write;

pub fn write(out: &mut String, view: &View) {
    out.push_str("{\"data\":{");
    json::key(out, "text");
    json::string(out, view.doc.text);
    if let Some(id) = view.doc.id_json {
        out.push_str(",\"id\":");
        out.push_str(id);
    }
    let _ =
        write!(out, "}},\"predictions\":[{{\"model_version\":\"newsmark {}\",\"result\":[", env!("CARGO_PKG_VERSION"));
    let spans: Vec<_> = view.spans().collect();
    let mut first = true;
    let mut region = |out: &mut String, id: &str, start: usize, end: usize, text: &str, label: &str| {
        if !std::mem::take(&mut first) {
            out.push(',');
        }
        out.push_str("{\"id\":");
        json::string(out, id);
        let _ = write!(out, ",\"from_name\":\"label\",\"to_name\":\"text\",\"type\":\"labels\",\"value\":{{\"start\":{start},\"end\":{end},\"text\":");
        json::string(out, text);
        out.push_str(",\"labels\":[");
        json::string(out, label);
        out.push_str("]}}");
    };
    for (i, (_, span)) in spans.iter().enumerate() {
        region(out, &format!("n{i}"), span.start, span.end, &span.text, span.label().as_str());
    }
    // Speakers after every span, so that a relation can point at the span the speaker already is; a speaker
    // who is no span (a "he" of several quotes) is one SPEAKER region however many quotes it speaks.
    let mut relations = Vec::new();
    let mut speaker_regions: Vec<(usize, usize, String)> = Vec::new();
    for (i, (_, span)) in spans.iter().enumerate() {
        let Detail::Quote { speaker: Some(sp), .. } = &span.detail else { continue };
        // Spans are sorted by start: look only at those starting where the speaker does.
        let from = spans.partition_point(|(_, s)| s.start < sp.start);
        let same = spans[from..]
            .iter()
            .take_while(|(_, s)| s.start == sp.start)
            .position(|(_, s)| s.end == sp.end && s.label().is_entity());
        let to = match same {
            Some(j) => format!("n{}", from + j),
            None => match speaker_regions.iter().find(|(s, e, _)| (*s, *e) == (sp.start, sp.end)) {
                Some((_, _, id)) => id.clone(),
                None => {
                    let id = format!("q{i}");
                    region(out, &id, sp.start, sp.end, &sp.text, "SPEAKER");
                    speaker_regions.push((sp.start, sp.end, id.clone()));
                    id
                }
            },
        };
        relations.push((format!("n{i}"), to));
    }
    for (from, to) in relations {
        if !std::mem::take(&mut first) {
            out.push(',');
        }
        let _ = write!(
            out,
            "{{\"type\":\"relation\",\"from_id\":\"{from}\",\"to_id\":\"{to}\",\"direction\":\"right\",\"labels\":[\"speaker\"]}}"
        );
    }
    out.push_str("]}]}");
}
