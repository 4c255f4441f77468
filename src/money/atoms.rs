//! The pieces money is read from. The document tokenizer keeps "5bn", "1bn-2bn", "USD3.14" and "15.4/hour"
//! whole (right for words, wrong for amounts), so tokens holding a digit are split here into digit runs,
//! letter runs and separators, each remembering whether a space came before it.

use crate::text::{Doc, TokenKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtomKind {
    /// Digits with inner `,` `.` ("1,500.25"), or a leading `.` (".5").
    Num,
    /// Letters (and whatever else a word token holds: hyphens, periods, apostrophes).
    Alpha,
    /// One symbol or punctuation character.
    Sym,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Atom {
    pub start: usize,
    pub end: usize,
    pub kind: AtomKind,
    /// No whitespace between this atom and the one before it.
    pub glued: bool,
}

/// The atoms of a whole document, in order (tests and small texts; the scan uses [`atoms_of`]).
#[cfg(test)]
pub fn atoms(doc: &Doc) -> Vec<Atom> {
    let mut out = Vec::new();
    atoms_of(doc, 0..doc.tokens.len(), &mut out);
    out
}

/// The atoms of tokens `range`, into `out` (cleared first): the scan builds them only around a likely amount.
pub fn atoms_of(doc: &Doc, range: std::ops::Range<usize>, out: &mut Vec<Atom>) {
    out.clear();
    let text = doc.text;
    let mut prev_end = usize::MAX;
    for i in range {
        let Some(tok) = doc.tokens.get(i) else { break };
        let glued = tok.start == prev_end;
        prev_end = tok.end;
        let s = &text[tok.start..tok.end];
        match tok.kind {
            TokenKind::Punct => {
                // ".5": a point glued to digits and not itself after digits starts the number.
                let next_is_digits =
                    doc.tokens.get(i + 1).is_some_and(|n| n.start == tok.end && n.kind == TokenKind::Number);
                let after_digit = glued && text[..tok.start].ends_with(|c: char| c.is_ascii_digit());
                let kind = if s == "." && next_is_digits && !after_digit { AtomKind::Num } else { AtomKind::Sym };
                out.push(Atom { start: tok.start, end: tok.end, kind, glued });
            }
            TokenKind::Word if !s.bytes().any(|b| b.is_ascii_digit()) => {
                // "one-yen", "ten-cent": a number word joined to a currency word is read as both.
                let number_word = |w: &str| w.split('-').all(|p| crate::number::small_number_word(p).is_some());
                let split_at = s.rfind('-').filter(|&p| number_word(&s[..p]));
                match split_at.filter(|&p| super::currency::hyphen_word(&s[p + 1..]).is_some()) {
                    Some(p) => {
                        let (hyphen, after) = (tok.start + p, tok.start + p + 1);
                        out.push(Atom { start: tok.start, end: hyphen, kind: AtomKind::Alpha, glued });
                        out.push(Atom { start: hyphen, end: after, kind: AtomKind::Sym, glued: true });
                        out.push(Atom { start: after, end: tok.end, kind: AtomKind::Alpha, glued: true });
                    }
                    None => out.push(Atom { start: tok.start, end: tok.end, kind: AtomKind::Alpha, glued }),
                }
            }
            TokenKind::Clitic => out.push(Atom { start: tok.start, end: tok.end, kind: AtomKind::Alpha, glued }),
            _ => split(text, tok.start, tok.end, glued, out),
        }
    }
    merge_leading_points(text, out);
}

/// Splits a token holding digits: "1bn-2bn" → 1 · bn · - · 2 · bn; "1,500.25" stays one run.
fn split(text: &str, start: usize, end: usize, glued: bool, out: &mut Vec<Atom>) {
    let s = &text[start..end];
    let bytes = s.as_bytes();
    let mut i = 0;
    let mut first = true;
    while i < bytes.len() {
        let b = bytes[i];
        let (kind, len) = if b.is_ascii_digit() {
            let mut j = i + 1;
            while j < bytes.len() {
                let c = bytes[j];
                let sep_between_digits = matches!(c, b',' | b'.') && bytes.get(j + 1).is_some_and(u8::is_ascii_digit);
                if c.is_ascii_digit() || sep_between_digits {
                    j += 1;
                } else {
                    break;
                }
            }
            (AtomKind::Num, j - i)
        } else if matches!(b, b'-' | b'/' | b',' | b'.') {
            (AtomKind::Sym, 1)
        } else {
            // Letters and any other non-ASCII character run up to the next digit or separator.
            let mut j = i + 1;
            while j < bytes.len() && !bytes[j].is_ascii_digit() && !matches!(bytes[j], b'-' | b'/' | b',' | b'.') {
                j += 1;
            }
            // Never cut inside a multi-byte character (‐ is one; it is kept inside the letter run).
            while j < bytes.len() && !s.is_char_boundary(j) {
                j += 1;
            }
            (AtomKind::Alpha, j - i)
        };
        out.push(Atom { start: start + i, end: start + i + len, kind, glued: glued || !first });
        first = false;
        i += len;
    }
}

/// Folds a leading-point atom into the digits after it: "." "5" → ".5".
fn merge_leading_points(text: &str, atoms: &mut Vec<Atom>) {
    let mut w = 0;
    let mut r = 0;
    while r < atoms.len() {
        let a = atoms[r];
        if a.kind == AtomKind::Num && &text[a.start..a.end] == "." {
            if let Some(n) = atoms.get(r + 1).filter(|n| n.kind == AtomKind::Num && n.start == a.end) {
                atoms[w] = Atom { start: a.start, end: n.end, kind: AtomKind::Num, glued: a.glued };
                w += 1;
                r += 2;
                continue;
            }
            atoms[w] = Atom { kind: AtomKind::Sym, ..a };
        } else {
            atoms[w] = a;
        }
        w += 1;
        r += 1;
    }
    atoms.truncate(w);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> Vec<String> {
        let doc = Doc::new(text);
        atoms(&doc).iter().map(|a| format!("{}{}", if a.glued { "+" } else { "" }, &text[a.start..a.end])).collect()
    }

    #[test]
    fn splits_amount_tokens() {
        assert_eq!(show("$1bn-2bn"), ["$", "+1", "+bn", "+-", "+2", "+bn"]);
        assert_eq!(show("USD3.14 and 1,500.25"), ["USD", "+3.14", "and", "1,500.25"]);
        assert_eq!(show("$15.4/hour"), ["$", "+15.4", "+/", "+hour"]);
        assert_eq!(show("a twenty-pound bag"), ["a", "twenty-pound", "bag"]);
    }

    #[test]
    fn leading_point() {
        assert_eq!(show("$.5 and .5bn, 3.5."), ["$", "+.5", "and", ".5", "+bn", "+,", "3.5", "+."]);
    }
}
