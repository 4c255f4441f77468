//! Splitting text into tokens the way news is written: "U.S." and "Inc." are one token, "Scale AI’s" is
//! "Scale" "AI" "’s", "Coca-Cola" and "1,500.25" stay whole, and every other symbol stands alone.

use std::ops::Range;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (with digits, inner hyphens and apostrophes, or the periods of an abbreviation).
    Word,
    /// Digits, with inner `,` or `.` ("1,500.25") and any letters glued on ("5bn", "F-16" is a Word).
    Number,
    /// A possessive or contraction suffix split off a word: "’s", "'s".
    Clitic,
    /// Any other single character: punctuation, symbols, emoji.
    Punct,
}

/// A token: a byte range of the text and what it is made of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

impl Token {
    pub fn byte_range(&self) -> Range<usize> {
        self.start..self.end
    }

    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// Characters that separate tokens but are not `char::is_whitespace`: zero-width spaces and joiners, BOM.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// Combining marks continue the word they follow ("é" written as e + U+0301).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// A letter, digit or combining mark. Asked of every character of the text: ASCII is answered without Unicode's
/// tables.
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() || is_mark(c)
    }
}

pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Abbreviations that keep their period; lower-cased, without the period.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "cmdr",
    "adm", "maj", "rev", "hon", "pres", "supt", "inc", "corp", "co", "ltd", "llc", "plc", "bros", "dept", "univ",
    "assn", "no", "nos", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "approx", "est", "fig", "mt",
    "ft", "ave", "blvd", "rd", "cf", "al", "vol", "ed", "eds", "pp", "del",
];

pub fn is_abbreviation(word: &str) -> bool {
    word.len() <= 5 && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// Splits `text` into tokens; whitespace (including zero-width characters) is dropped.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if is_space(c) {
            continue;
        }
        if !is_word_char(c) {
            let kind = clitic_or_punct(text, start, c);
            // A clitic is the apostrophe and the one-byte 's' after it.
            let end = start + c.len_utf8() + usize::from(kind == TokenKind::Clitic);
            while chars.peek().is_some_and(|&(i, _)| i < end) {
                chars.next();
            }
            tokens.push(Token { start, end, kind });
            continue;
        }
        let end = word_end(text, start);
        while chars.peek().is_some_and(|&(i, _)| i < end) {
            chars.next();
        }
        let kind = if c.is_ascii_digit() { TokenKind::Number } else { TokenKind::Word };
        tokens.push(Token { start, end, kind });
    }
    tokens
}

/// An apostrophe followed by `s` and a word boundary, right after a word, is the possessive clitic.
fn clitic_or_punct(text: &str, start: usize, c: char) -> TokenKind {
    if is_apostrophe(c) && start > 0 {
        let before = text[..start].chars().next_back();
        let after = &text[start + c.len_utf8()..];
        let mut rest = after.chars();
        if before.is_some_and(is_word_char)
            && matches!(rest.next(), Some('s' | 'S'))
            && !rest.next().is_some_and(is_word_char)
        {
            return TokenKind::Clitic;
        }
    }
    TokenKind::Punct
}

/// Where the word starting at `start` ends (exclusive), given that `text[start..]` begins with a word char.
fn word_end(text: &str, start: usize) -> usize {
    let mut end = start;
    for (off, c) in text[start..].char_indices() {
        let i = start + off;
        if is_word_char(c) {
            end = i + c.len_utf8();
            continue;
        }
        let after = &text[i + c.len_utf8()..];
        let next = after.chars().next();
        let next_is_word = next.is_some_and(is_word_char);
        let prev = text[..i].chars().next_back();
        match c {
            // Inner hyphens and slashes join: "Coca-Cola", "F-16", "24/7".
            '-' | '‐' | '/' if next_is_word => {}
            // "1,500" and "3.5": separators between digits.
            ',' | '.' if prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit()) => {}
            // "don't", "O'Brien"; the possessive "’s" is split off by the caller.
            _ if is_apostrophe(c) && next_is_word && !is_clitic_at(text, i, c) => {}
            // "U.S.", "Ph.D.", "a.m.": short letter groups joined by periods.
            '.' if is_short_part(last_part(&text[start..i])) && short_part_then_period(after) => {}
            '.' => {
                let word = &text[start..i];
                // "No." abbreviates "number" only before one: "ranked No. 1", not "he said no."
                let number_sign = word.eq_ignore_ascii_case("no") || word.eq_ignore_ascii_case("nos");
                let before_digit = after.trim_start().starts_with(|d: char| d.is_ascii_digit());
                if (is_abbreviation(word) && (!number_sign || before_digit)) || is_initialism(word) {
                    end = i + 1;
                }
                break;
            }
            _ => break,
        }
    }
    end
}

fn is_clitic_at(text: &str, i: usize, c: char) -> bool {
    let mut rest = text[i + c.len_utf8()..].chars();
    matches!(rest.next(), Some('s' | 'S')) && !rest.next().is_some_and(is_word_char)
}

/// The letters after the last period or hyphen: "S" of "U.S", "N" of "D-N" (of "D-N.Y.", a party and a state).
fn last_part(word: &str) -> &str {
    word.rsplit(['.', '-']).next().unwrap_or(word)
}

fn is_short_part(part: &str) -> bool {
    let n = part.chars().count();
    (1..=2).contains(&n) && part.chars().all(char::is_alphabetic)
}

/// Whether `rest` starts with one or two letters and then a period ("S." of "U.S.").
fn short_part_then_period(rest: &str) -> bool {
    let letters = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
    is_short_part(&rest[..letters]) && rest[letters..].starts_with('.')
}

/// "L" (an initial), "U.S", "Ph.D", "D-N.Y": letter groups of one or two joined by periods (and hyphens).
fn is_initialism(word: &str) -> bool {
    if word.contains('.') {
        word.split(['.', '-']).all(is_short_part)
    } else {
        word.chars().count() == 1 && word.chars().all(char::is_uppercase)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn splits_possessives_and_keeps_abbreviations() {
        assert_eq!(words("Scale AI’s deal"), ["Scale", "AI", "’s", "deal"]);
        assert_eq!(words("the U.S. economy"), ["the", "U.S.", "economy"]);
        assert_eq!(words("Meta Platforms Inc. said"), ["Meta", "Platforms", "Inc.", "said"]);
        assert_eq!(words("Mr. Droege, Ph.D."), ["Mr.", "Droege", ",", "Ph.D."]);
        // A party and a state after a lawmaker's name: one token, not "D-N", ".", "Y." (whose "Y." was tagged
        // a person, and which no other tokenizer's tokens bound).
        assert_eq!(words("Lena Marsh (D-N.Y.) said"), ["Lena", "Marsh", "(", "D-N.Y.", ")", "said"]);
        assert_eq!(words("Ann Roe, R-S.C., said"), ["Ann", "Roe", ",", "R-S.C.", ",", "said"]);
        assert_eq!(words("an F-16. Then"), ["an", "F-16", ".", "Then"]);
        assert_eq!(words("Rod L. MacDonald"), ["Rod", "L.", "MacDonald"]);
        // Regression (PolNeAR dev): a delegate's title ended the sentence before the name.
        assert_eq!(words("state Del. Lena Marsh"), ["state", "Del.", "Lena", "Marsh"]);
    }

    #[test]
    fn keeps_numbers_and_hyphenated_words_whole() {
        assert_eq!(words("$1,500.25 for F-16s"), ["$", "1,500.25", "for", "F-16s"]);
        assert_eq!(words("Coca-Cola don't"), ["Coca-Cola", "don't"]);
        assert_eq!(words("end. Next"), ["end", ".", "Next"]);
        assert_eq!(words("said no. No. 1"), ["said", "no", ".", "No.", "1"]);
        assert_eq!(words("developers’ tools"), ["developers", "’", "tools"]);
    }

    #[test]
    fn drops_zero_width_and_nbsp() {
        assert_eq!(words("a\u{200B}b\u{00A0}c\u{FEFF}"), ["a", "b", "c"]);
    }

    #[test]
    fn combining_marks_stay_in_the_word() {
        assert_eq!(words("Rene\u{301} said"), ["Rene\u{301}", "said"]);
    }
}
