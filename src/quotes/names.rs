//! Marks that enclose a name rather than anyone's words, so they make no QUOTE:
//! - an attribute value in pasted markup (`author="carlquintanilla"`, `tweet-date="…"`): a mark right after `=`;
//! - the title of a show, book or film named as such: MSNBC’s “Morning Joe”, the podcast “Off Message”, an
//!   appearance on “Meet the Press”;
//! - a nickname inside a full name: Juan “Chico” Manriquez, Rep. Robert C. “Bobby” Scott;
//! - a pronoun quoted as a word (because “she” is a “he”): a word is mentioned, nobody is quoted.
//!
//! Titles in general stay QUOTEs of form `fragment` (a slogan, a nickname, a chant may be someone's words and
//! PolNeAR's annotators mostly count them). Only a title-case phrase whose context says it is a work is dropped:
//! after a possessive (a network or an author: “ABC’s”, “Springsteen’s”) or after a word for a kind of work.
//! On PolNeAR train such phrases are someone's quoted words in 10 cases out of 66.

use super::words::is_name_word;
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
    let quoted = &text[range.clone()];
    let after = &text[range.end..];
    is_title_case(quoted) && (names_a_work(last_word(before)) || shown_on(before))
        || is_nickname(quoted, &text[..range.start], after)
        || is_quoted_pronoun(quoted)
}

/// The inner words of a quote, without its marks and the punctuation at either end.
fn inner(quoted: &str) -> &str {
    quoted.trim_matches(|c: char| !c.is_alphanumeric())
}

/// “appearance on”, “episode of”, “speaking to” before a title: a show is being named (on PolNeAR train such
/// titles are never annotated as anyone's words, 0 of 6).
fn shown_on(before: &str) -> bool {
    const WORKS_ON: &[&str] = &[
        "appearance",
        "appear",
        "appeared",
        "appears",
        "aired",
        "airing",
        "episode",
        "broadcast",
        "edition",
        "host",
        "hosts",
        "speaking",
        "taping",
    ];
    let prep = last_word(before);
    if !["on", "of", "to"].iter().any(|p| p.eq_ignore_ascii_case(prep)) {
        return false;
    }
    let rest = before[..before.len() - prep.len()].trim_end_matches([' ', '\u{a0}']);
    WORKS_ON.iter().any(|w| w.eq_ignore_ascii_case(last_word(rest)))
}

/// One capitalised word between two parts of a name: Juan “Chico” Manriquez, Gov. C.L. “Butch” Otter. The word
/// after must be a name word, not “As” (a headline's “Felt “Invisible” As A Child”).
fn is_nickname(quoted: &str, before: &str, after: &str) -> bool {
    let word = inner(quoted);
    let one_word = !word.is_empty() && word.chars().all(char::is_alphabetic);
    let prev = before.strip_suffix(' ').unwrap_or("");
    let prev_word = prev.rsplit(' ').next().unwrap_or("");
    let next_word = after.strip_prefix(' ').and_then(|a| a.split([' ', ',', '.', '(']).next()).unwrap_or("");
    one_word
        && word.starts_with(char::is_uppercase)
        && is_name_word(prev_word)
        && prev_word.trim_end_matches('.').chars().all(|c| c.is_alphabetic() || c == '.')
        && is_name_word(next_word)
        && next_word.chars().all(char::is_alphabetic)
}

/// A lone pronoun in marks is the word itself, mentioned: because “she” is a “he”.
fn is_quoted_pronoun(quoted: &str) -> bool {
    const PRONOUNS: &[&str] = &["he", "she", "him", "her", "his", "hers", "they", "them"];
    PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(inner(quoted)))
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
        // Regression (PolNeAR): shows after "appearance on" / "broadcast of", nicknames and quoted pronouns.
        assert!(name("In an appearance on \"Morning Joe,\" she", "\"Morning Joe,\""));
        assert!(name("On this weekend’s broadcast of “Fox News Sunday,” Pence", "“Fox News Sunday,”"));
        assert!(name("state Del. Marcia \"Cia\" Price (D-Newport News)", "\"Cia\""));
        assert!(name("Rep. Robert C. \"Bobby\" Scott threw", "\"Bobby\""));
        assert!(name("because \"she\" is a \"he\"?", "\"she\""));
    }

    #[test]
    fn words_and_other_titles_stay_quotes() {
        assert!(!name("Trump’s “we are fine”", "“we are fine”"));
        assert!(!name("Clinton’s “We Are Fine. Really.”", "“We Are Fine. Really.”"));
        assert!(!name("he called him “Little Marco”", "“Little Marco”"));
        assert!(!name("chanting “Lock Her Up”", "“Lock Her Up”"));
        assert!(!name("=", "="));
        assert!(!name("Why She Felt “Invisible” As A Child", "“Invisible”"));
        assert!(!name("he told the “Daily Show” host", "“Daily Show”"));
    }
}
