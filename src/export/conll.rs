//! CoNLL with IOB2 tags: a token a line, `token<TAB>tag<TAB>quote tag`, a blank line between sentences, and
//! `-DOCSTART-` (with the id, when there is one) before each document.
//!
//! The second column holds the names and numbers (PER, ORG, LOC, MISC, MONEY, PERCENT); quotes hold names, so
//! they have a column of their own (QUOTE), and a quote that runs on past a sentence break goes on with `I-`.
//! Tokens are the annotator's own, split further wherever a span starts or ends inside one ("London-based"
//! gives "London" and "-based"), so that every span is whole tokens. A sentence never ends inside a name.

use super::Document;
use crate::annotation::{Label, Span};
use crate::text::Doc;

pub fn write(out: &mut String, doc: &Document) {
    out.push_str("-DOCSTART-");
    if let Some(id) = doc.id_json {
        out.push('\t');
        out.push_str(id);
    }
    out.push_str("\n\n");
    let text = doc.text;
    let names = names_column(&doc.found.spans);
    let quotes: Vec<&Span> = doc.found.spans.iter().filter(|s| s.label() == Label::Quote).collect();
    let mut cuts: Vec<usize> = names.iter().chain(&quotes).flat_map(|s| [s.start, s.end]).collect();
    crate::order::sort_dedup(&mut cuts);

    let parsed = Doc::new(text);
    let mut sentences = parsed.sentences.iter().map(|s| s.start).peekable();
    let (mut name, mut quote) = (Cursor::new(&names), Cursor::new(&quotes));
    let mut cut = 0;
    let mut sentence_has_tokens = false;
    for token in &parsed.tokens {
        let mut start = token.start;
        while start < token.end {
            while cut < cuts.len() && cuts[cut] <= start {
                cut += 1;
            }
            let end = cuts.get(cut).map_or(token.end, |&c| c.min(token.end));
            // A new sentence starts here unless a name is open across the break.
            let mut new_sentence = false;
            while sentences.next_if(|&s| s <= start).is_some() {
                new_sentence = true;
            }
            if new_sentence && sentence_has_tokens && !name.inside(start) {
                out.push('\n');
            }
            out.push_str(&text[start..end]);
            out.push('\t');
            name.tag(out, start, |s| conll_label(s.label()));
            out.push('\t');
            quote.tag(out, start, |_| "QUOTE");
            out.push('\n');
            sentence_has_tokens = true;
            start = end;
        }
    }
    if sentence_has_tokens {
        out.push('\n');
    }
}

/// The spans of the second column, which cannot overlap: a span overlapping one kept before it is left out
/// (spans come longest first at one start, so the longer is kept).
fn names_column(spans: &[Span]) -> Vec<&Span> {
    let mut kept: Vec<&Span> = Vec::new();
    for span in spans.iter().filter(|s| s.label() != Label::Quote) {
        if kept.last().map_or(true, |last| last.end <= span.start) {
            kept.push(span);
        }
    }
    kept
}

fn conll_label(label: Label) -> &'static str {
    match label {
        Label::Person => "PER",
        other => other.as_str(),
    }
}

/// Walks sorted, non-overlapping spans alongside the tokens, writing each token's IOB2 tag.
struct Cursor<'s> {
    spans: &'s [&'s Span],
    next: usize,
    /// Whether the span at `next` has had its first token.
    begun: bool,
}

impl<'s> Cursor<'s> {
    fn new(spans: &'s [&'s Span]) -> Cursor<'s> {
        Cursor { spans, next: 0, begun: false }
    }

    fn inside(&self, byte: usize) -> bool {
        self.spans.get(self.next).is_some_and(|s| s.start < byte && byte < s.end && self.begun)
    }

    fn tag(&mut self, out: &mut String, token_start: usize, name: impl Fn(&Span) -> &'static str) {
        while self.spans.get(self.next).is_some_and(|s| s.end <= token_start) {
            self.next += 1;
            self.begun = false;
        }
        match self.spans.get(self.next) {
            Some(s) if s.start <= token_start => {
                out.push_str(if std::mem::replace(&mut self.begun, true) { "I-" } else { "B-" });
                out.push_str(name(s));
            }
            _ => out.push('O'),
        }
    }
}
