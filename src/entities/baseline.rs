//! The baseline tagger: capitalised phrases, split at titles and function words, labelled by
//! [`classify`](super::classify). One linear pass over each sentence's tokens.
//!
//! A sentence written all in capitals (a headline, a dateline) or in title case gives no capitalisation
//! signal, so there only word-list entries are tagged ("SOCCER - JAPAN GET LUCKY WIN" → JAPAN); text with no
//! capitals at all yields nothing.

use super::classify::{classify, Phrase};
use super::lists::{kinds, kinds_of, push_lower, Kind};
use super::{Confidence, Tagged};
use crate::annotation::Label;
use crate::text::{Doc, TokenKind};
use std::ops::Range;

/// The longest word-list entry, in tokens, looked for in capitalised runs and in all-caps text.
const MAX_LIST_TOKENS: usize = 4;

/// Name particles that join two capitalised words ("Charles de Gaulle", "Ludwig van Beethoven").
const PARTICLES: &[&str] = &["de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "le", "la", "bin"];

pub fn tag(doc: &Doc) -> Vec<Tagged> {
    let mut out = Vec::new();
    let mut buf = String::with_capacity(64);
    let mut t = 0;
    for sentence in &doc.sentences {
        let first = t.max(doc.token_at_or_after(sentence.start));
        let mut end = first;
        while end < doc.tokens.len() && doc.tokens[end].end <= sentence.end {
            end += 1;
        }
        t = end;
        if first == end {
            continue;
        }
        if no_case_signal(doc, first..end) {
            listed_only(doc, first..end, &mut buf, &mut out);
        } else {
            capitalised(doc, first..end, &mut buf, &mut out);
        }
    }
    out
}

/// Whether the sentence is written in capitals or title case, where a capital says nothing about names.
fn no_case_signal(doc: &Doc, toks: Range<usize>) -> bool {
    let (mut words, mut upper, mut long, mut long_titled) = (0usize, 0usize, 0usize, 0usize);
    for i in toks.clone() {
        let w = doc.tok(i);
        if doc.tokens[i].kind != TokenKind::Word || !w.chars().any(char::is_alphabetic) {
            continue;
        }
        words += 1;
        if w.chars().count() >= 2 && !w.chars().any(char::is_lowercase) {
            upper += 1;
        }
        if w.len() >= 4 {
            long += 1;
            long_titled += usize::from(w.starts_with(char::is_uppercase));
        }
    }
    let all_caps = upper > 0 && upper * 10 >= words * 7;
    // A title-case headline has no closing period; a list of names ("Phil Simmons, Brian Lara.") has one.
    let last = doc.tok(toks.end - 1);
    let titled = long >= 4 && long_titled * 10 >= long * 9 && !matches!(last, "." | "!" | "?");
    all_caps || titled
}

/// Tags only word-list entries (longest first), for text whose case carries no signal.
fn listed_only(doc: &Doc, toks: Range<usize>, buf: &mut String, out: &mut Vec<Tagged>) {
    let mut i = toks.start;
    while i < toks.end {
        match longest_listed(doc, i, toks.end, buf) {
            Some((n, label)) => {
                out.push(Tagged { tokens: i..i + n, label, confidence: Confidence::Listed });
                i += n;
            }
            None => i += 1,
        }
    }
}

/// The longest word-list name starting at token `i` (tokens `..end`) and its label.
fn longest_listed(doc: &Doc, i: usize, end: usize, buf: &mut String) -> Option<(usize, Label)> {
    if doc.tokens[i].kind != TokenKind::Word {
        return None;
    }
    buf.clear();
    let mut best = None;
    for j in i..end.min(i + MAX_LIST_TOKENS) {
        if doc.tokens[j].kind != TokenKind::Word && doc.tok(j) != "&" {
            break;
        }
        if j > i {
            buf.push(' ');
        }
        push_lower(doc.tok(j), buf);
        let k = kinds(buf);
        if k.has(Kind::Stop) {
            continue;
        }
        let label = if k.has(Kind::Org) {
            Label::Org
        } else if k.has(Kind::Place) {
            Label::Loc
        } else if k.has(Kind::Demonym) {
            Label::Misc
        } else if k.has(Kind::Person) {
            Label::Person
        } else {
            continue;
        };
        best = Some((j + 1 - i, label));
    }
    best
}

/// A capitalised word: starts with an upper-case letter, or has one after a lower-case prefix ("eBay").
fn is_cap(doc: &Doc, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word) && doc.tok(i).chars().take(2).any(char::is_uppercase)
}

/// Tags the capitalised phrases of a sentence written in ordinary case.
fn capitalised(doc: &Doc, toks: Range<usize>, buf: &mut String, out: &mut Vec<Tagged>) {
    // The sentence's first word is capitalised whatever it is.
    let opener = (toks.clone()).find(|&i| doc.tokens[i].kind != TokenKind::Punct);
    let mut i = toks.start;
    while i < toks.end {
        if !is_cap(doc, i) {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        while i < toks.end {
            if is_cap(doc, i) {
                i += 1;
            } else if i + 1 < toks.end && is_cap(doc, i + 1) && joins(doc, i, start, buf) {
                i += 2;
            } else {
                break;
            }
        }
        split_run(doc, start..i, opener == Some(start), buf, out);
    }
}

/// Whether the lower-case or symbol token `i` joins the capitalised run that began at `start` to the next one.
fn joins(doc: &Doc, i: usize, start: usize, buf: &mut String) -> bool {
    let w = doc.tok(i);
    if w == "&" {
        return true;
    }
    if PARTICLES.contains(&w) {
        return true;
    }
    // "and" joins only into an organization: "Securities and Exchange Commission", not "Britain and France".
    if w == "and" {
        let mut j = i + 1;
        while is_cap(doc, j) {
            j += 1;
        }
        return j > i + 1 && kinds_of(doc.tok(j - 1), buf).has(Kind::OrgWord);
    }
    // "of" joins after a head word: "Bank of England", "Gulf of Mexico", "Secretary of State".
    w == "of" && i > start && {
        let k = kinds_of(doc.tok(i - 1), buf);
        k.has(Kind::OrgWord) || k.has(Kind::PlaceWord) || k.has(Kind::Title) || k.has(Kind::EventWord)
    }
}

/// Splits a capitalised run at function words and titles and classifies each part.
fn split_run(doc: &Doc, run: Range<usize>, sentence_initial: bool, buf: &mut String, out: &mut Vec<Tagged>) {
    let mut start = run.start;
    let mut after_title = false;
    let mut i = run.start;
    while i < run.end {
        let k = kinds_of(doc.tok(i), buf);
        // A run that is a listed name as a whole is not split ("The Hague" aside): "Prince Edward Island".
        if i == start {
            if let Some((n, _)) = longest_listed(doc, i, run.end, buf).filter(|&(n, _)| n > 1) {
                i += n;
                continue;
            }
        }
        let is_title =
            k.has(Kind::Title) && (i + 1 < run.end && is_cap(doc, i + 1) || i + 3 < run.end && doc.tok(i + 1) == "of");
        let is_title_mod = k.has(Kind::TitleModifier) && i + 1 < run.end && {
            let next = kinds_of(doc.tok(i + 1), buf);
            next.has(Kind::Title) || next.has(Kind::TitleModifier)
        };
        if k.has(Kind::Stop) && is_cap(doc, i) || is_title || is_title_mod {
            let before_title = is_title || is_title_mod;
            emit(doc, start..i, sentence_initial && start == run.start, after_title, before_title, buf, out);
            after_title = is_title || is_title_mod;
            i += 1;
            // "Secretary of State Warren Christopher": the "of X" belongs to the title.
            if is_title && doc.tok(i) == "of" && i + 2 < run.end {
                i += 2;
            }
            start = i;
            continue;
        }
        i += 1;
    }
    emit(doc, start..run.end, sentence_initial && start == run.start, after_title, false, buf, out);
}

fn emit(
    doc: &Doc,
    tokens: Range<usize>,
    sentence_initial: bool,
    after_title: bool,
    before_title: bool,
    buf: &mut String,
    out: &mut Vec<Tagged>,
) {
    if tokens.is_empty() {
        return;
    }
    let phrase = Phrase { tokens, sentence_initial, after_title, before_title };
    if let Some((label, confidence)) = classify(doc, &phrase, buf) {
        out.push(Tagged { tokens: phrase.tokens, label, confidence });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tagged(text: &str) -> Vec<(&str, Label)> {
        let doc = Doc::new(text);
        tag(&doc)
            .into_iter()
            .filter(|t| t.confidence > Confidence::IfLinked)
            .map(|t| (&text[doc.tokens[t.tokens.start].start..doc.tokens[t.tokens.end - 1].end], t.label))
            .collect()
    }

    #[test]
    fn splits_titles_off_names() {
        assert_eq!(
            tagged("He met U.S. President Bill Clinton and Prime Minister John Major in London."),
            [
                ("U.S.", Label::Loc),
                ("Bill Clinton", Label::Person),
                ("John Major", Label::Person),
                ("London", Label::Loc)
            ]
        );
    }

    #[test]
    fn joins_of_after_head_words_and_particles() {
        assert_eq!(tagged("a loan from the Bank of England"), [("Bank of England", Label::Org)]);
        assert_eq!(tagged("a speech by Charles de Gaulle today"), [("Charles de Gaulle", Label::Person)]);
        assert_eq!(tagged("he flew from Germany of course"), [("Germany", Label::Loc)]);
    }

    #[test]
    fn all_caps_lines_only_tag_listed_names() {
        assert_eq!(
            tagged("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT ."),
            [("JAPAN", Label::Loc), ("CHINA", Label::Loc)]
        );
        assert_eq!(tagged("LONDON 1996-08-30"), [("LONDON", Label::Loc)]);
    }

    #[test]
    fn no_capitals_no_names() {
        assert!(tagged("jason droege runs scale ai in germany.").is_empty());
    }

    #[test]
    fn function_words_that_open_a_sentence_are_not_names() {
        assert_eq!(
            tagged("The Germans won. But In Paris it rained."),
            [("Germans", Label::Misc), ("Paris", Label::Loc)]
        );
    }
}
