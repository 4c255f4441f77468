//! Marks that enclose a name rather than anyone's words, so they make no QUOTE:
//! - an attribute value in pasted markup (`author="carlquintanilla"`, `tweet-date="…"`): a mark right after `=`;
//! - the title of a show, book or film named as such: MSNBC’s “Morning Joe”, the podcast “Off Message”.
//!
//! Titles in general stay QUOTEs of form `fragment` (a slogan, a nickname, a chant may be someone's words and
//! PolNeAR's annotators mostly count them). Only a title-case phrase whose context says it is a work is dropped:
//! after a possessive (a network or an author: “ABC’s”, “Springsteen’s”) or after a word for a kind of work.
//! On PolNeAR train such phrases are someone's quoted words in 10 cases out of 66.

use crate::text::Doc;
use std::ops::Range;

/// The longest title, in words; a longer title-case run is a headline or shouting, not a show's name.
const MAX_TITLE_WORDS: usize = 8;

/// Whether the marks at `range` enclose a name, not words anyone said.
pub fn is_name(doc: &Doc, range: &Range<usize>) -> bool {
    let text = doc.text;
    let before = text[..range.start].trim_end_matches([' ', '\u{a0}']);
    if before.ends_with('=') {
        return true;
    }
    is_title_case(&text[range.clone()]) && names_a_work(last_word(before))
}

/// The last word of `before` (letters, digits and apostrophes), possibly empty.
fn last_word(before: &str) -> &str {
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || matches!(c, '\'' | '’'))
        .last()
        .map_or(before.len(), |(i, _)| i);
    &before[start..]
}

/// “ABC’s”, “Springsteen's”, “Fox News’s”, or a word for a kind of work right before the title.
fn names_a_work(word: &str) -> bool {
    const WORKS: &[&str] = &[
        "show",
        "program",
        "programme",
        "podcast",
        "series",
        "film",
        "movie",
        "documentary",
        "book",
        "memoir",
        "novel",
        "newsletter",
        "column",
        "song",
        "album",
        "episode",
        "segment",
        "broadcast",
        "sitcom",
    ];
    let possessive =
        ["’s", "'s"].iter().any(|s| word.ends_with(s)) && word.chars().next().is_some_and(char::is_uppercase);
    possessive || WORKS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Every word capitalised (small words aside), at most [`MAX_TITLE_WORDS`] words, and no sentence inside:
/// “Meet the Press”, “Fox & Friends”, “Squawk Box.” — not “We are fine.”
pub fn is_title_case(quoted: &str) -> bool {
    const SMALL: &[&str] = &["a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from"];
    let inner = quoted.trim_matches(|c: char| !c.is_alphanumeric());
    if inner.contains(['.', '!', '?', ';']) {
        return false;
    }
    let mut words = 0;
    for w in inner.split(|c: char| c.is_whitespace() || c == '-' || c == '—').filter(|w| !w.is_empty()) {
        words += 1;
        let first = w.chars().find(|c| c.is_alphanumeric());
        let small = SMALL.iter().any(|s| s.eq_ignore_ascii_case(w));
        if words > MAX_TITLE_WORDS || !small && !first.is_some_and(|c| c.is_uppercase() || c.is_numeric()) {
            return false;
        }
    }
    words > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(text: &str, quoted: &str) -> bool {
        let doc = Doc::new(text);
        let start = text.find(quoted).unwrap();
        is_name(&doc, &(start..start + quoted.len()))
    }

    #[test]
    fn attribute_values_and_works_are_names() {
        assert!(name("<tweet author=\"someone\" >", "\"someone\""));
        assert!(name("Johnson tells MSNBC’s “Morning Joe” on Friday", "“Morning Joe”"));
        assert!(name("said on CNN's \"State of the Union.\"", "\"State of the Union.\""));
        assert!(name("his podcast “Off Message”", "“Off Message”"));
    }

    #[test]
    fn words_and_other_titles_stay_quotes() {
        assert!(!name("Trump’s “we are fine”", "“we are fine”"));
        assert!(!name("Clinton’s “We Are Fine. Really.”", "“We Are Fine. Really.”"));
        assert!(!name("he called him “Little Marco”", "“Little Marco”"));
        assert!(!name("chanting “Lock Her Up”", "“Lock Her Up”"));
        assert!(!name("=", "="));
    }
}
