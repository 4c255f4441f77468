//! # newsmark
//!
//! Annotates a news article: the people, organizations, places and other named things in it; money figures
//! with their value ("about $870 million" is USD 870,000,000, approximate); percentages; and direct quotes
//! with the person who said them ("he said" resolved to the person it refers to).
//!
//! ```
//! let text = "Jason Droege said Scale AI would keep 49% of its $14.3 billion deal.";
//! let found = newsmark::annotate(text);
//! let money = found.spans.iter().find(|s| s.label() == newsmark::Label::Money).unwrap();
//! assert_eq!(&text[money.start..money.end], "$14.3 billion");
//! ```
//!
//! ## Offsets
//!
//! [`annotate`] returns **byte offsets**: every [`Span::start`] and [`Span::end`] is an index into the UTF-8
//! text, always on a `char` boundary, with `start < end <= text.len()`, so `&text[span.start..span.end]` never
//! panics and equals [`Span::text`]. JavaScript counts UTF-16 code units and Python counts code points: convert
//! a whole result with [`Annotations::to_offsets`], which walks the text once, rather than converting span by span.
//!
//! Spans are sorted by `start` (a longer span first when two start together) and spans of one label never
//! overlap; spans of different labels may (a PERSON inside a QUOTE).
//!
//! ## Untrusted input
//!
//! `annotate` accepts any `&str` and never panics or fails: empty text, megabytes of text, text without a
//! capital letter or all in capitals, control and zero-width characters, emoji, right-to-left scripts and
//! unbalanced quote marks all give a (possibly empty) result. Its time is linear in the length of the text.

mod annotation;
mod antecedent;
mod correct;
mod entities;
pub mod export;
#[doc(hidden)]
pub mod fuzzing;
mod join;
mod link;
mod money;
mod number;
mod order;
mod percent;
mod quotes;
pub mod text;

/// The entity tagger's training entry points (feature extraction and decoding shared with inference); not
/// a stable API.
#[doc(hidden)]
pub use entities::train as entities_train;

pub use annotation::{
    Affiliation, Annotations, Correction, Decimal, Detail, Entity, Label, LabelSet, ListedName, Money, Offsets,
    Options, Percent, QuoteForm, Span, Speaker,
};

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use entities::knowledge::KnowledgeError;

/// Gives the tagger its knowledge file (the derived word lists and word clusters, `pkg/knowledge.bin`).
/// A native build has it compiled in, so this only checks `bytes` and returns `Ok(false)`; a `wasm32` build
/// starts without it (to keep the first download small) and tags from its model and hand lists alone until
/// it is given the file: `Ok(true)`. It refuses a file that is not the one this build was made with.
pub fn load_knowledge(bytes: Vec<u8>) -> Result<bool, KnowledgeError> {
    entities::knowledge::load(bytes)
}

/// Whether the tagger has its knowledge file: always natively; in a `wasm32` build once [`load_knowledge`]
/// has taken it.
pub fn has_knowledge() -> bool {
    entities::knowledge::parts().is_some()
}

/// Annotates `text` with every kind of span. Offsets are bytes; see the [crate docs](crate#offsets).
pub fn annotate(text: &str) -> Annotations {
    annotate_with(text, &Options::default())
}

/// Annotates `text`, finding only the labels in `options`. Offsets are bytes.
pub fn annotate_with(text: &str, options: &Options) -> Annotations {
    let doc = text::Doc::new(text);
    let labels = options.labels;
    let want_entities = labels.any_entity() || labels.contains(Label::Quote);
    let found = join::Found {
        entities: if want_entities {
            entities::find_with(&doc, &options.names, &options.ignore)
        } else {
            Default::default()
        },
        money: if labels.contains(Label::Money) { money::find(&doc) } else { Vec::new() },
        percent: if labels.contains(Label::Percent) { percent::find(&doc) } else { Vec::new() },
        quotes: if labels.contains(Label::Quote) { quotes::find(&doc) } else { Vec::new() },
    };
    correct::apply(text, join::join(&doc, found, labels), &options.corrections, labels)
}

impl Annotations {
    /// The contract as one line of JSON: the same object `serde` writes for these annotations (with
    /// `serde_json`, for one), written without a JSON library. The browser build hands it to `JSON.parse`.
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(64 + 160 * self.spans.len() + 48 * self.entities.len());
        export::json::annotations(&mut out, self);
        out
    }

    /// The same annotations with every offset (span and speaker) in `unit`; `text` must be the annotated text.
    ///
    /// Converting from bytes is the only direction: calling this on already converted annotations returns
    /// them unchanged when `unit` is their unit, and otherwise leaves them as they are too (the bytes are gone).
    pub fn to_offsets(&self, text: &str, unit: Offsets) -> Annotations {
        if self.offsets != Offsets::Bytes || unit == Offsets::Bytes {
            return self.clone();
        }
        let mut bounds = Vec::with_capacity(self.spans.len() * 2);
        for span in &self.spans {
            bounds.extend([span.start, span.end]);
            if let Detail::Quote { speaker: Some(sp), .. } = &span.detail {
                bounds.extend([sp.start, sp.end]);
                if let Some(a) = &sp.affiliation {
                    bounds.extend([a.start, a.end]);
                }
            }
        }
        let map = text::offsets::OffsetMap::new(text, bounds, unit);
        let mut out = self.clone();
        out.offsets = unit;
        for span in &mut out.spans {
            span.start = map.get(span.start);
            span.end = map.get(span.end);
            if let Detail::Quote { speaker: Some(sp), .. } = &mut span.detail {
                sp.start = map.get(sp.start);
                sp.end = map.get(sp.end);
                if let Some(a) = &mut sp.affiliation {
                    a.start = map.get(a.start);
                    a.end = map.get(a.end);
                }
            }
        }
        out
    }
}
