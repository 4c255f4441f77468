//! Exports to the formats labeling tools read: spaCy/Prodigy, Label Studio, doccano, W3C Web Annotation and
//! CoNLL (IOB2). Each takes the byte-offset result of [`crate::annotate`] and its text and returns the text of
//! one document in that format; what a format cannot hold is said in the README ("Exports").
//!
//! Every JSON format counts offsets in code points, as Python's `str` does: spaCy's `Doc.char_span`, doccano
//! and Label Studio (whose editor stores code points since label-studio-frontend#308) all index that way, and
//! the W3C model counts characters.

mod conll;
mod doccano;
pub(crate) mod json;
mod label_studio;
mod spacy;
mod w3c;

use crate::annotation::{Annotations, Offsets, Span};
use std::fmt;

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// spaCy/Prodigy JSONL: `{"text", "spans": [{"start", "end", "label"}]}`.
    Spacy,
    /// A Label Studio task with the spans as `predictions`, quote → speaker as relations.
    LabelStudio,
    /// doccano's sequence-labeling JSONL: `{"text", "label": [[start, end, "LABEL"]]}`.
    Doccano,
    /// A W3C Web Annotation page: one annotation per span with quote and position selectors.
    W3c,
    /// CoNLL: a token a line with its IOB2 tag and its quote tag, a blank line between sentences.
    Conll,
}

impl Format {
    pub const ALL: [Format; 5] = [Format::Spacy, Format::LabelStudio, Format::Doccano, Format::W3c, Format::Conll];

    /// The name the CLI and the page use: `spacy`, `label-studio`, `doccano`, `w3c`, `conll`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Spacy => "spacy",
            Format::LabelStudio => "label-studio",
            Format::Doccano => "doccano",
            Format::W3c => "w3c",
            Format::Conll => "conll",
        }
    }

    pub fn parse(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.as_str() == name)
    }

    /// Whether a document is one JSON value (written on one line), so that a batch is JSON Lines.
    pub fn is_json(self) -> bool {
        self != Format::Conll
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a result cannot be exported.
#[derive(Debug, PartialEq, Eq)]
pub enum ExportError {
    /// The exports read byte offsets, what [`crate::annotate`] returns; convert after, never before.
    NotBytes(Offsets),
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportError::NotBytes(unit) => write!(f, "exports need byte offsets, these are {}", unit.as_str()),
        }
    }
}

impl std::error::Error for ExportError {}

/// One document to export: its text, its byte-offset annotations and, optionally, its id, carried where a
/// format has room for it.
pub struct Document<'a> {
    pub text: &'a str,
    pub found: &'a Annotations,
    /// The id as JSON text (`"a.txt"`, `17`), written as it is into the JSON formats.
    pub id_json: Option<&'a str>,
    /// The id as plain text when it is a string or a number (`a.txt`, `17`), for the W3C target's source.
    pub id_text: Option<&'a str>,
}

/// The document in `format`: one line of JSON (no newline at the end) or, for CoNLL, lines ending in a newline.
pub fn export(doc: &Document, format: Format) -> Result<String, ExportError> {
    if doc.found.offsets != Offsets::Bytes {
        return Err(ExportError::NotBytes(doc.found.offsets));
    }
    let mut out = String::with_capacity(doc.text.len() + doc.found.spans.len() * 64);
    match format {
        Format::Spacy => spacy::write(&mut out, &View::new(doc)),
        Format::LabelStudio => label_studio::write(&mut out, &View::new(doc)),
        Format::Doccano => doccano::write(&mut out, &View::new(doc)),
        Format::W3c => w3c::write(&mut out, &View::new(doc)),
        Format::Conll => conll::write(&mut out, doc),
    }
    Ok(out)
}

/// The document as a file of its own: a Label Studio import file is a list of tasks (`[task]`), and every
/// format ends with a newline.
pub fn export_file(doc: &Document, format: Format) -> Result<String, ExportError> {
    let mut out = export(doc, format)?;
    if format == Format::LabelStudio {
        out.insert(0, '[');
        out.push(']');
    }
    if format.is_json() {
        out.push('\n');
    }
    Ok(out)
}

/// A document with its spans in both units: bytes to slice the text, code points to write.
struct View<'a> {
    doc: &'a Document<'a>,
    chars: Annotations,
}

impl<'a> View<'a> {
    fn new(doc: &'a Document<'a>) -> View<'a> {
        View { doc, chars: doc.found.to_offsets(doc.text, Offsets::Chars) }
    }

    /// Each span as (bytes, code points).
    fn spans(&self) -> impl Iterator<Item = (&Span, &Span)> {
        self.doc.found.spans.iter().zip(&self.chars.spans)
    }
}

/// `{"text": …, "KEY": [span, …], "meta": {"id": …}}`, each span written by `span` (offsets in code points):
/// the shape spaCy/Prodigy and doccano share; the id, when there is one, is kept as metadata.
fn write_text_and_spans(out: &mut String, view: &View, key: &str, span: fn(&mut String, &Span)) {
    out.push('{');
    json::key(out, "text");
    json::string(out, view.doc.text);
    out.push(',');
    json::key(out, key);
    out.push('[');
    for (i, (_, s)) in view.spans().enumerate() {
        if i > 0 {
            out.push(',');
        }
        span(out, s);
    }
    out.push(']');
    if let Some(id) = view.doc.id_json {
        out.push_str(",\"meta\":{\"id\":");
        out.push_str(id);
        out.push('}');
    }
    out.push('}');
}
