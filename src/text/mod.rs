//! Text: tokens, paragraphs and sentences as byte ranges, and the conversion of byte offsets to other units.
//!
//! Everything the finders share about the shape of a text lives here, computed once per document in [`Doc`].

pub mod offsets;
pub mod segment;
pub mod tokens;

use std::ops::Range;
pub use tokens::{Token, TokenKind};

/// A text with its tokens, paragraphs and sentences. All ranges are byte ranges into `text`.
pub struct Doc<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    pub paragraphs: Vec<Range<usize>>,
    pub sentences: Vec<Range<usize>>,
}

impl<'t> Doc<'t> {
    pub fn new(text: &'t str) -> Doc<'t> {
        let tokens = tokens::tokenize(text);
        let paragraphs = segment::paragraphs(text);
        let sentences = segment::sentences(text, &tokens, &paragraphs);
        Doc { text, tokens, paragraphs, sentences }
    }

    /// The text of token `i`.
    #[inline]
    pub fn tok(&self, i: usize) -> &'t str {
        self.tokens[i].text(self.text)
    }

    /// The index of the first token that starts at or after `byte`.
    pub fn token_at_or_after(&self, byte: usize) -> usize {
        self.tokens.partition_point(|t| t.start < byte)
    }

    /// The index of the sentence that contains `byte` (or the last one before it).
    pub fn sentence_of(&self, byte: usize) -> Option<usize> {
        self.sentences.partition_point(|s| s.start <= byte).checked_sub(1)
    }

    /// The first token of the sentence that holds token `i`.
    pub fn sentence_start_token(&self, i: usize) -> Option<usize> {
        let byte = self.tokens.get(i)?.start;
        let sentence = self.sentences.get(self.sentence_of(byte)?)?;
        Some(self.token_at_or_after(sentence.start))
    }

    /// Whether token `i` is the first of its sentence.
    pub fn opens_sentence(&self, i: usize) -> bool {
        self.sentence_start_token(i) == Some(i)
    }

    /// The index of the paragraph that contains `byte` (or the last one before it).
    pub fn paragraph_of(&self, byte: usize) -> Option<usize> {
        self.paragraphs.partition_point(|p| p.start <= byte).checked_sub(1)
    }
}

/// The first of `sorted` (sorted, non-overlapping ranges) that overlaps `range`, found by binary search.
pub fn overlapping<'r>(sorted: &'r [Range<usize>], range: &Range<usize>) -> Option<&'r Range<usize>> {
    let i = sorted.partition_point(|r| r.end <= range.start);
    sorted.get(i).filter(|r| r.start < range.end)
}
