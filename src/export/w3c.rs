//! A W3C Web Annotation page (<https://www.w3.org/TR/annotation-model/>): one annotation per span, its label as
//! a tagging body, its place as a TextQuoteSelector and a TextPositionSelector (code points, as the model
//! counts characters). An entity's name, a money or percent value and a quote's speaker are a describing body:
//! words for people and, for programs, the contract's own object under `newsmark:entity`, `newsmark:value` or
//! `newsmark:speaker`.

use super::{json, View};
use crate::annotation::{Annotations, Detail, Money, Speaker};
use std::fmt::Write;

/// Code points of context kept on each side of a span, to tell repeated text apart.
const CONTEXT_CHARS: usize = 32;

const CONTEXT: &str = "[\"http://www.w3.org/ns/anno.jsonld\",{\"newsmark\":\"urn:newsmark:\",\
\"newsmark:value\":{\"@type\":\"@json\"},\"newsmark:speaker\":{\"@type\":\"@json\"},\"newsmark:entity\":{\"@type\":\"@json\"}}]";

pub fn write(out: &mut String, view: &View) {
    let text = view.doc.text;
    let source = source(view.doc.id_text, text);
    // Ids that are IRIs whatever the source holds ("#" included), and differ between documents.
    let key = fnv64(source.as_bytes());
    let _ = write!(
        out,
        "{{\"@context\":{CONTEXT},\"id\":\"urn:newsmark:page:{key:016x}\",\"type\":\"AnnotationPage\",\"items\":["
    );
    for (i, (bytes, span)) in view.spans().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"type\":\"Annotation\",\"id\":");
        let _ = write!(out, "\"urn:newsmark:annotation:{key:016x}:{i}\"");
        out.push_str(
            ",\"motivation\":\"tagging\",\"body\":[{\"type\":\"TextualBody\",\"purpose\":\"tagging\",\"value\":",
        );
        json::string(out, span.label().as_str());
        out.push('}');
        if let Some(words) = describe(&span.detail, &view.chars) {
            // The describing body: words for people, and the contract's own object for programs.
            out.push_str(",{\"type\":\"TextualBody\",\"purpose\":\"describing\",\"value\":");
            json::string(out, &words);
            match &span.detail {
                Detail::Entity { entity, .. } => {
                    let _ = write!(out, ",\"newsmark:entity\":{{\"id\":{entity},\"name\":");
                    json::string(out, view.chars.entities.get(*entity).map_or("", |e| e.name.as_str()));
                    out.push('}');
                }
                Detail::Money(m) => {
                    out.push_str(",\"newsmark:value\":");
                    json::money(out, m);
                }
                Detail::Percent(p) => {
                    out.push_str(",\"newsmark:value\":");
                    json::percent(out, p);
                }
                Detail::Quote { speaker: Some(sp), .. } => {
                    out.push_str(",\"newsmark:speaker\":");
                    speaker(out, sp, &view.chars);
                }
                Detail::Quote { speaker: None, .. } => {}
            }
            out.push('}');
        }
        out.push_str("],\"target\":{\"source\":");
        json::string(out, &source);
        out.push_str(",\"selector\":[{\"type\":\"TextQuoteSelector\",\"exact\":");
        json::string(out, &span.text);
        out.push_str(",\"prefix\":");
        json::string(out, before(&text[..bytes.start]));
        out.push_str(",\"suffix\":");
        json::string(out, after(&text[bytes.end..]));
        let _ =
            write!(out, "}},{{\"type\":\"TextPositionSelector\",\"start\":{},\"end\":{}}}]}}", span.start, span.end);
        out.push('}');
    }
    out.push_str("]}");
}

/// The target's source, an IRI: an id that is one already ("https://…"), else the id under `urn:newsmark:id:`,
/// percent-encoded; for a document without an id, `urn:newsmark:text:` and a hash of its text.
fn source(id: Option<&str>, text: &str) -> String {
    let Some(id) = id else { return format!("urn:newsmark:text:{:016x}", fnv64(text.as_bytes())) };
    let scheme = id.split_once(':').map_or("", |(s, _)| s);
    let is_iri = !scheme.is_empty()
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && !id.contains(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '{' | '}' | '\\' | '^' | '`'));
    if is_iri {
        return id.to_string();
    }
    let mut iri = String::from("urn:newsmark:id:");
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            iri.push(b as char);
        } else {
            let _ = write!(iri, "%{b:02X}");
        }
    }
    iri
}

/// FNV-1a, 64 bits: a stable name for a text or a source, not a secure hash.
fn fnv64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

fn before(text: &str) -> &str {
    let start = text.char_indices().rev().nth(CONTEXT_CHARS - 1).map_or(0, |(i, _)| i);
    &text[start..]
}

fn after(text: &str) -> &str {
    let end = text.char_indices().nth(CONTEXT_CHARS).map_or(text.len(), |(i, _)| i);
    &text[..end]
}

/// What a reader of the annotation sees besides the label: "Jane Roe" (the entity's name), "USD 14300000000,
/// approximate", "said by Jane Roe".
fn describe(detail: &Detail, found: &Annotations) -> Option<String> {
    match detail {
        Detail::Entity { entity, .. } => found.entities.get(*entity).map(|e| e.name.clone()),
        Detail::Money(m) => Some(money_words(m)),
        Detail::Percent(p) => Some(format!("{}{}", p.percent, if p.points { " percentage points" } else { "%" })),
        Detail::Quote { speaker: Some(sp), .. } => {
            let name = sp.entity.and_then(|e| found.entities.get(e)).map_or(sp.text.as_str(), |e| e.name.as_str());
            Some(format!("said by {name}"))
        }
        Detail::Quote { speaker: None, .. } => None,
    }
}

fn money_words(m: &Money) -> String {
    let mut s = m.currency.to_string();
    match (m.amount, m.min, m.max) {
        (Some(a), _, _) => {
            let _ = write!(s, " {a}");
        }
        (None, Some(lo), Some(hi)) => {
            let _ = write!(s, " {lo} to {hi}");
        }
        (None, Some(lo), None) => {
            let _ = write!(s, " at least {lo}");
        }
        (None, None, Some(hi)) => {
            let _ = write!(s, " up to {hi}");
        }
        (None, None, None) => {}
    }
    if let Some(per) = m.per {
        let _ = write!(s, " per {per}");
    }
    if m.approximate {
        s.push_str(", approximate");
    }
    s
}

/// A speaker as the contract writes it (offsets in code points), with the name of its entity.
fn speaker(out: &mut String, sp: &Speaker, found: &Annotations) {
    out.push('{');
    json::key(out, "text");
    json::string(out, &sp.text);
    let _ = write!(out, ",\"start\":{},\"end\":{},", sp.start, sp.end);
    json::key(out, "cue");
    json::string(out, &sp.cue);
    out.push(',');
    json::key(out, "name");
    match sp.entity.and_then(|e| found.entities.get(e)) {
        Some(e) => json::string(out, &e.name),
        None => out.push_str("null"),
    }
    out.push(',');
    json::key(out, "affiliation");
    match &sp.affiliation {
        Some(a) => json::string(out, &a.text),
        None => out.push_str("null"),
    }
    out.push('}');
}

#[cfg(test)]
mod tests {
    use crate::export::{export, Document, Format};

    fn page(text: &str, id: Option<&str>) -> String {
        let found = crate::annotate(text);
        let id_json = id.map(|i| format!("\"{i}\""));
        export(&Document { text, found: &found, id_json: id_json.as_deref(), id_text: id }, Format::W3c).unwrap()
    }

    #[test]
    fn pages_and_annotations_have_iris_of_their_own() {
        // Regression: the page had no id, and every document without one had the same annotation ids.
        let (a, b) = (page("Jason Droege paid $5.", None), page("Maria Okafor paid $7.", None));
        let id = |p: &str| p.split("\"id\":\"").nth(1).unwrap().split('"').next().unwrap().to_string();
        assert!(id(&a).starts_with("urn:newsmark:page:") && id(&a) != id(&b));
        assert!(a.contains("\"source\":\"urn:newsmark:text:"));
        // A source with a fragment of its own still gives annotation ids without a second "#".
        let c = page("Jason Droege paid $5.", Some("https://example.org/story#top"));
        assert!(c.contains("\"source\":\"https://example.org/story#top\""));
        assert!(c.contains("\"id\":\"urn:newsmark:annotation:"));
    }
}
