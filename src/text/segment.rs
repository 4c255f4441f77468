//! Paragraphs and sentences, as byte ranges.
//!
//! A paragraph ends at a blank line; when the text has no blank line at all (a paste from a web page often has
//! one paragraph a line), at every line break. Sentences never cross a paragraph.

use super::tokens::{Token, TokenKind};
use std::ops::Range;

/// Paragraph byte ranges, trimmed of surrounding whitespace; empty paragraphs are dropped.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let by_blank_lines = has_blank_line(text);
    let mut out = Vec::new();
    let mut para_start = 0;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        if !by_blank_lines {
            push_trimmed(text, line_start..line_end, &mut out);
        } else if line.trim().is_empty() {
            push_trimmed(text, para_start..line_start, &mut out);
            para_start = line_end;
        }
        line_start = line_end;
    }
    if by_blank_lines {
        push_trimmed(text, para_start..text.len(), &mut out);
    }
    out
}

fn has_blank_line(text: &str) -> bool {
    // A blank line sits between two line breaks: a piece after the first break that ends in a break too.
    text.split_inclusive('\n').skip(1).any(|line| line.ends_with('\n') && line.trim().is_empty())
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[range.clone()];
    let trimmed = s.trim();
    if !trimmed.is_empty() {
        let start = range.start + (s.len() - s.trim_start().len());
        out.push(start..start + trimmed.len());
    }
}

const CLOSERS: &[&str] = &["\"", "”", "’", "'", ")", "]", "»"];

/// Whether token `tok` closes what comes before it. A straight mark is ambiguous: it closes only when no word
/// is glued to its right (`podium. "I love` opens a quote; `cats." He` closes one).
fn is_closer(text: &str, tok: &Token) -> bool {
    let s = tok.text(text);
    if !CLOSERS.contains(&s) {
        return false;
    }
    if s == "\"" || s == "'" {
        return !text[tok.end..].chars().next().is_some_and(char::is_alphanumeric);
    }
    true
}

/// Sentence byte ranges within the given paragraphs. A sentence ends after `.`, `!` or `?` (and any closing
/// quote or bracket) when the next token could start a sentence; abbreviations ("Mr.", "Inc.") do not end one.
pub fn sentences(text: &str, tokens: &[Token], paragraphs: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(paragraphs.len() * 2);
    let mut t = 0;
    for para in paragraphs {
        while t < tokens.len() && tokens[t].start < para.start {
            t += 1;
        }
        let first = t;
        while t < tokens.len() && tokens[t].end <= para.end {
            t += 1;
        }
        let toks = &tokens[first..t];
        let mut sent_start = para.start;
        let mut i = 0;
        while i < toks.len() {
            let tok = &toks[i];
            let s = tok.text(text);
            // Abbreviations keep their period inside the token, so they never end a sentence here. Nor does a
            // period glued on both sides, inside a word the tokenizer split: "(D-N.Y.)", "MoveOn.org".
            let inside_word = s == "."
                && i > 0
                && toks[i - 1].end == tok.start
                && toks.get(i + 1).is_some_and(|n| n.start == tok.end && n.kind == TokenKind::Word);
            if matches!(s, "." | "!" | "?" | "…") && !inside_word {
                let mut j = i + 1;
                while j < toks.len() && is_closer(text, &toks[j]) {
                    j += 1;
                }
                if j >= toks.len() || starts_sentence(toks[j].text(text)) {
                    let end = toks[j - 1].end;
                    out.push(sent_start..end);
                    if j < toks.len() {
                        sent_start = toks[j].start;
                    } else {
                        sent_start = para.end;
                    }
                    i = j;
                    continue;
                }
            }
            i += 1;
        }
        if sent_start < para.end {
            out.push(sent_start..para.end);
        }
    }
    out
}

/// Whether a token could open a sentence: a capital, a digit, or an opening quote or bracket.
fn starts_sentence(tok: &str) -> bool {
    tok.chars().next().is_some_and(|c| {
        c.is_uppercase()
            || c.is_ascii_digit()
            || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '„' | '—' | '-')
            || !c.is_alphabetic() && !c.is_ascii_punctuation()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    fn split(text: &str) -> Vec<&str> {
        let paras = paragraphs(text);
        let toks = tokenize(text);
        sentences(text, &toks, &paras).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn paragraphs_by_blank_lines_or_by_lines() {
        let t = "One\ntwo.\n\nThree.\n";
        assert_eq!(paragraphs(t).into_iter().map(|r| &t[r]).collect::<Vec<_>>(), ["One\ntwo.", "Three."]);
        let t = "One.\r\nTwo.\r\n";
        assert_eq!(paragraphs(t).into_iter().map(|r| &t[r]).collect::<Vec<_>>(), ["One.", "Two."]);
    }

    #[test]
    fn sentences_skip_abbreviations() {
        assert_eq!(
            split("Mr. Droege met Meta Inc. officials. “Good,” he said. Then he left!"),
            ["Mr. Droege met Meta Inc. officials.", "“Good,” he said.", "Then he left!"]
        );
        assert_eq!(split("He said “no.” Then left."), ["He said “no.”", "Then left."]);
        // Regression: a straight opening mark after a full stop belongs to the next sentence.
        assert_eq!(
            split("Burton explained from a podium. \"I love cats,\" he said."),
            ["Burton explained from a podium.", "\"I love cats,\" he said."]
        );
        assert_eq!(split("He said \"no.\" Then left."), ["He said \"no.\"", "Then left."]);
        // Regression (PolNeAR train): a period inside a party and state tag split the sentence.
        assert_eq!(
            split("Rep. Lena Marsh (D-N.Y.) reacted. Then left."),
            ["Rep. Lena Marsh (D-N.Y.) reacted.", "Then left."]
        );
    }
}
