//! QUOTE: direct quotes (marks included) and who is named as saying them, before any entity is known.

use crate::text::Doc;
use std::ops::Range;

/// How the speaker is written, which decides how the joiner links it to an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeakerKind {
    /// A name: "Droege", "Jason Droege", "Meta".
    Name,
    /// "he", "she": the nearest earlier person.
    PersonPronoun,
    /// "it", "the company": the nearest earlier organization.
    OrgReference,
    /// "a spokesperson", "officials", "they": kept as text, linked to nothing.
    Description,
}

/// The speaker as the text names it next to a quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpeakerCue {
    pub range: Range<usize>,
    /// The cue phrase as written ("said", "according to").
    pub cue: Range<usize>,
    pub kind: SpeakerKind,
}

/// A quote: its byte range including the marks, and its speaker if one is named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundQuote {
    pub range: Range<usize>,
    pub speaker: Option<SpeakerCue>,
}

/// Every quote in the text, sorted and non-overlapping.
pub fn find(doc: &Doc) -> Vec<FoundQuote> {
    let _ = doc;
    Vec::new()
}
