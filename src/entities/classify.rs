//! Labelling one capitalised phrase from its words, the word lists and the words around it.
//!
//! The rules run from the strongest evidence to the weakest, and the first that applies decides. Each answer
//! says how sure it is ([`Confidence`]), so that the clusterer can let a sure mention ("Mr. Droege") overrule
//! a guess ("Droege") of the same entity.

use super::lists::{kinds, kinds_of, push_lower, Kind, Kinds};
use super::Confidence::{self, Cued, Guess, IfLinked, Listed};
use crate::annotation::Label;
use crate::text::{Doc, TokenKind};
use std::ops::Range;

/// A capitalised phrase as [`baseline`](super::baseline) cut it out of a sentence.
pub struct Phrase {
    pub tokens: Range<usize>,
    /// It opens its sentence, so its first capital may be only the sentence's.
    pub sentence_initial: bool,
    /// A title stands right before it ("President", "Mr.").
    pub after_title: bool,
    /// A title follows it ("Scale AI" CEO, "German" Chancellor).
    pub before_title: bool,
}

/// Words after a name that say it is a person ("Droege said").
const PERSON_VERBS: &[&str] = &["said", "says", "told", "added", "wrote", "asked", "explained", "argued", "who"];

/// Prepositions before a place ("in Paris", "from Berlin").
const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "from", "near", "to", "across", "outside", "inside"];

/// The label of `p`, or `None` when it is not a name. `buf` is scratch space for lower-casing.
pub fn classify(doc: &Doc, p: &Phrase, buf: &mut String) -> Option<(Label, Confidence)> {
    let Range { start, end } = p.tokens.clone();
    let n = end - start;
    buf.clear();
    for i in p.tokens.clone() {
        if i > start {
            buf.push(' ');
        }
        push_lower(doc.tok(i), buf);
    }
    let whole = kinds(buf);
    let first = kinds_of(doc.tok(start), buf);
    let last = kinds_of(doc.tok(end - 1), buf);
    let has_org_word = p.tokens.clone().any(|i| kinds_of(doc.tok(i), buf).has(Kind::OrgWord));

    if n == 1 && (whole.has(Kind::Stop) || whole.has(Kind::Title)) {
        return None;
    }
    // A lone capital letter is an initial, a grade or a symbol ("C$"), not a name.
    if n == 1 && doc.tok(start).chars().nth(1).is_none() {
        return None;
    }
    if last.has(Kind::OrgSuffix) && n > 1 {
        return Some((Label::Org, Cued));
    }
    if let Some(label) = listed(whole) {
        return Some((label, Listed));
    }
    if p.after_title && !last.has(Kind::OrgWord) {
        return Some((Label::Person, Cued));
    }
    if n > 1 {
        if last.has(Kind::PlaceWord) && !last.has(Kind::OrgWord) {
            return Some((Label::Loc, Listed));
        }
        if last.has(Kind::EventWord) {
            return Some((Label::Misc, Listed));
        }
        if has_org_word {
            return Some((Label::Org, Listed));
        }
        if first.has(Kind::PlaceWord) && doc.tok(start + 1) == "of" {
            return Some((Label::Loc, Listed));
        }
        if first.has(Kind::GivenName) && n <= 4 && !last.has(Kind::Place) {
            return Some((Label::Person, Listed));
        }
        if last.has(Kind::Surname) || last.has(Kind::GivenName) && n == 2 {
            return Some((Label::Person, Listed));
        }
        if last.has(Kind::Demonym) {
            return Some((Label::Misc, Listed));
        }
    }
    from_context(doc, p, buf).or_else(|| from_shape(doc, p, first))
}

/// The label a word-list entry gives, most specific first ("Chicago Bulls" is an org, not a place).
fn listed(k: Kinds) -> Option<Label> {
    if k.has(Kind::Org) {
        Some(Label::Org)
    } else if k.has(Kind::Place) {
        Some(Label::Loc)
    } else if k.has(Kind::Demonym) {
        Some(Label::Misc)
    } else if k.has(Kind::Person) {
        Some(Label::Person)
    } else {
        None
    }
}

/// Cues in the words around the phrase: a lower-case title before it, "said" after it, "in" before it.
fn from_context(doc: &Doc, p: &Phrase, buf: &mut String) -> Option<(Label, Confidence)> {
    let prev = p.tokens.start.checked_sub(1).map(|i| doc.tok(i));
    let next = doc.tokens.get(p.tokens.end).map(|t| t.text(doc.text));
    let prev_kinds = prev.map(|w| kinds_of(w, buf)).unwrap_or_default();
    if prev.is_some_and(|w| w.starts_with(char::is_lowercase)) && prev_kinds.has(Kind::Title) {
        return Some((Label::Person, Cued));
    }
    if next.is_some_and(|w| PERSON_VERBS.contains(&w)) && p.tokens.len() > 1 {
        return Some((Label::Person, Guess));
    }
    if prev.is_some_and(|w| PLACE_PREPOSITIONS.contains(&w)) && !p.sentence_initial {
        return Some((Label::Loc, Guess));
    }
    None
}

/// The last resort: the phrase's shape.
fn from_shape(doc: &Doc, p: &Phrase, first: Kinds) -> Option<(Label, Confidence)> {
    let n = p.tokens.len();
    let w = doc.tok(p.tokens.start);
    if n == 1 && is_acronym(w) {
        return Some((Label::Org, Guess));
    }
    if n == 1 && first.has(Kind::OrgWord) {
        return Some((Label::Org, Guess));
    }
    // "Scale AI", "Deutsche Telekom AG": a person's name has no all-capital word without periods.
    let last = doc.tok(p.tokens.end - 1);
    if n > 1 && is_acronym(last) && !last.contains('.') {
        return Some((Label::Org, Guess));
    }
    if p.before_title {
        return Some((Label::Org, Guess));
    }
    if p.sentence_initial && n == 1 {
        return Some((Label::Person, IfLinked));
    }
    if doc.tokens[p.tokens.start].kind != TokenKind::Word {
        return None;
    }
    Some((Label::Person, Guess))
}

/// "NATO", "U.N.", "AI": two or more capitals, nothing lower-case.
fn is_acronym(w: &str) -> bool {
    w.chars().filter(|c| c.is_uppercase()).count() >= 2 && !w.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Classifies `text[phrase]` where `phrase` is given by its first and last token index.
    fn label(text: &str, tokens: Range<usize>) -> Option<(Label, Confidence)> {
        let doc = Doc::new(text);
        let p = Phrase { tokens, sentence_initial: false, after_title: false, before_title: false };
        classify(&doc, &p, &mut String::new())
    }

    #[test]
    fn suffixes_and_head_words() {
        assert_eq!(label("at Meta Platforms Inc. today", 1..4), Some((Label::Org, Cued)));
        assert_eq!(label("at Stanford University today", 1..3), Some((Label::Org, Listed)));
        assert_eq!(label("the World Cup final", 1..3), Some((Label::Misc, Listed)));
        assert_eq!(label("the Hudson River bank", 1..3), Some((Label::Loc, Listed)));
    }

    #[test]
    fn names_and_lists() {
        assert_eq!(label("with Jason Droege today", 1..3), Some((Label::Person, Listed)));
        assert_eq!(label("with Germany today", 1..2), Some((Label::Loc, Listed)));
        assert_eq!(label("the Chinese way", 1..2), Some((Label::Misc, Listed)));
    }

    #[test]
    fn context_cues() {
        assert_eq!(label("said coach Droege today", 2..3), Some((Label::Person, Cued)));
        assert_eq!(label("we went to Xanadu today", 3..4), Some((Label::Loc, Guess)));
        assert_eq!(label("shares of XQZV rose", 2..3), Some((Label::Org, Guess)));
        assert_eq!(label("it runs Scale AI now", 2..4), Some((Label::Org, Guess)));
    }
}
