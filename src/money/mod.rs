//! MONEY: amounts of money in running text, with their value normalised exactly.
//!
//! The scan runs over the document's tokens and rejects nearly all of them with one cheap test ([`trigger`]):
//! only digits, currency symbols and codes, and number or size words go on. Around each of those the tokens are
//! split into [atoms](atoms) (digit runs, letter runs, symbols) and read: the [amount](amount) with its currency,
//! what is said [around it](range) (hedges, bounds, ranges), or a [vague](vague) size ("billions of dollars").

mod amount;
mod atoms;
mod country;
mod currency;
mod dollar;
mod range;
mod rate;
mod table;
mod vague;

use crate::annotation::Money;
use crate::text::{Doc, TokenKind};
use atoms::{Atom, AtomKind};
use currency::View;
use std::ops::Range;

/// Tokens read before a trigger, for its qualifier ("in the region of", "just over").
const BEFORE: usize = 5;
/// Tokens read from a trigger on: more than the longest amount ("between one hundred and twenty million and …").
const AFTER: usize = 12;

/// Every money amount in the text: its byte range and value. Sorted, non-overlapping.
pub fn find(doc: &Doc) -> Vec<(Range<usize>, Money)> {
    let mut out = Vec::new();
    let mut buf: Vec<Atom> = Vec::with_capacity(BEFORE + AFTER + 8);
    let mut floor = 0; // the first token not inside a span already found
    let mut t = 0;
    while t < doc.tokens.len() {
        if !trigger(doc, t) {
            t += 1;
            continue;
        }
        // The atoms start before the last span's end, so that what an amount's words need to see ("rose 4.15p to
        // 352p": a price word) is there; what is said before it is read only from `floor_atom` on.
        let t0 = t.saturating_sub(BEFORE);
        atoms::atoms_of(doc, t0..t.saturating_add(AFTER).min(doc.tokens.len()), &mut buf);
        let floor_byte = doc.tokens.get(floor).map_or(usize::MAX, |f| f.start);
        let floor_atom = buf.partition_point(|a| a.start < floor_byte.min(doc.tokens[t].start));
        let v = View { text: doc.text, atoms: &buf };
        let tok = &doc.tokens[t];
        let mut found = None;
        // Every atom of the trigger token may start the amount: "F-16" fails at "F", then at "16".
        for i in buf.iter().enumerate().filter(|(_, a)| a.start >= tok.start && a.end <= tok.end).map(|(i, _)| i) {
            found = match could_start(&v, i) {
                Start::No => None,
                Start::Amount => range::parse_at(&v, i, floor_atom).map(|f| (f.first, f.end, f.money)),
                Start::Vague => vague::parse(&v, i).map(|(m, end)| (i, end, m)),
            };
            if found.is_some() {
                break;
            }
        }
        match found {
            Some((first, end, mut money)) if first < end => {
                let mut bytes = buf[first].start..buf[end - 1].end;
                if let Some((rate_end, unit)) = rate::after(doc, bytes.end) {
                    bytes.end = rate_end;
                    money.per = Some(unit);
                }
                floor = doc.token_at_or_after(bytes.end).max(t + 1);
                out.push((bytes, money));
                t = floor;
            }
            _ => t += 1,
        }
    }
    dollar::resolve(doc, &mut out);
    country::resolve(doc, &mut out);
    out
}

/// (span text, currency, assumed) of every amount in `text`: what the currency tests compare.
#[cfg(test)]
fn currencies(text: &str) -> Vec<(&str, &'static str, bool)> {
    let doc = Doc::new(text);
    find(&doc).into_iter().map(|(r, m)| (&text[r], m.currency, m.currency_assumed)).collect()
}

/// The cheap test run on every token: could an amount start here? Digits, a currency symbol, a capitalised
/// short word (a code: "USD", "US$", "Rs"), or a word from [`TRIGGER_WORDS`] (looked up by its first part).
fn trigger(doc: &Doc, t: usize) -> bool {
    let tok = &doc.tokens[t];
    let s = &doc.text[tok.start..tok.end];
    let bytes = s.as_bytes();
    let Some(&first) = bytes.first() else { return false };
    match tok.kind {
        // "10 000": the second group of a number spaced in thousands is not a number of its own (reading the
        // groups as one is not supported yet).
        TokenKind::Number if bytes.len() == 3 && t > 0 && spaced_group(doc, t) => false,
        TokenKind::Number => {
            // "5bn", "10k", "1bn-2bn", "20€": letters or symbols glued on are worth a look; bare digits only before
            // something an amount can continue with.
            bytes.iter().any(|b| !b.is_ascii_digit() && *b != b',' && *b != b'.') || continues_number(doc, t)
        }
        TokenKind::Punct => first == b'$' || (first >= 0x80 && currency::is_symbol(s)),
        TokenKind::Clitic => false,
        TokenKind::Word => {
            // "hk $ 10", "c$5", "usd 20", "rmb10", "Rp 500": letters before "$" or a number, in any case; "GH₵",
            // "Bs.S": a symbol the tokenizer split.
            if let Some(n) = doc.tokens.get(t + 1) {
                let dollar = n.kind == TokenKind::Punct && doc.text.as_bytes()[n.start] == b'$';
                if dollar && currency::could_prefix_dollar(s)
                    || n.kind == TokenKind::Number && currency::could_prefix_number(s)
                    || n.start == tok.end && s.len() <= 4 && currency::opens_symbol(s)
                {
                    return true;
                }
            }
            if first.is_ascii_uppercase() {
                // USD, US$, C$, Rs, RM, USD3.14; "The" and "F-16" stop here.
                let letters = bytes.iter().position(|b| !b.is_ascii_alphabetic() && *b != b'.').unwrap_or(bytes.len());
                let next = doc.tokens.get(t + 1).filter(|n| n.start == tok.end).map(|n| n.text(doc.text));
                if currency::could_prefix(&s[..letters], next == Some("$")) {
                    return true;
                }
            }
            // The first part of a hyphenated word; no trigger word is longer than 12 letters, so look no further.
            let head = match bytes.iter().take(13).position(|&b| b == b'-') {
                Some(p) => &bytes[..p],
                None => bytes,
            };
            // Most words are rejected by their first letter and length alone.
            let Some(&h) = head.first() else { return false };
            let letter = h.to_ascii_lowercase().wrapping_sub(b'a') as usize;
            if !TRIGGER_SHAPES.get(letter).is_some_and(|m| head.len() < 16 && m & (1 << head.len()) != 0) {
                return false;
            }
            let Some(k) = key(head) else { return false };
            if k == A || k == AN {
                // "a" and "an" are everywhere; only "a dollar", "a million", "a half" go on.
                let next = doc.tokens.get(t + 1).map_or("", |n| n.text(doc.text));
                return currency::counts_with_article(next)
                    || crate::number::magnitude_word(next).is_some()
                    || next.eq_ignore_ascii_case("half")
                    || next.eq_ignore_ascii_case("quarter")
                    || next.eq_ignore_ascii_case("hundred");
            }
            // "multibillion-dollar" and "six-figure" are whole; "one" must be followed by more of an amount.
            TRIGGER_KEYS.binary_search(&k).is_ok()
                && (head.len() < bytes.len() || continues_number(doc, t) || currency::is_prefix_word(s))
        }
    }
}

/// Whether token `t` (three digits) follows a number of one to three digits and one space.
fn spaced_group(doc: &Doc, t: usize) -> bool {
    let prev = &doc.tokens[t - 1];
    let p = prev.text(doc.text);
    prev.kind == TokenKind::Number
        && p.len() <= 3
        && p.bytes().all(|b| b.is_ascii_digit())
        && doc.tokens[t].text(doc.text).bytes().all(|b| b.is_ascii_digit())
        && doc.text.get(prev.end..doc.tokens[t].start) == Some(" ")
}

/// Whether the token after a number (token `t`) can continue an amount: a currency, a magnitude, another number
/// word, or a range or decimal connector. "2016," and "one of" stop here.
fn continues_number(doc: &Doc, t: usize) -> bool {
    let Some(n) = doc.tokens.get(t + 1) else { return false };
    let s = n.text(doc.text);
    let glued = n.start == doc.tokens[t].end;
    match n.kind {
        TokenKind::Punct => s == "$" || currency::is_symbol(s) || matches!(s, "-" | "–" | "—") || (glued && s == "."),
        TokenKind::Word => {
            s.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
                || currency::could_follow_number(s)
                || crate::number::starts_number_word(s)
                || crate::number::magnitude_suffix(s, glued).is_some()
                || ["to", "and", "point", "of", "figures", "figure", "c", "p", "quarters", "quarter"]
                    .iter()
                    .any(|w| s.eq_ignore_ascii_case(w))
        }
        TokenKind::Number | TokenKind::Clitic => false,
    }
}

/// A word of up to 13 ASCII letters as one lower-case integer (5 bits a letter), so the lookup compares integers.
const fn key(w: &[u8]) -> Option<u64> {
    if w.is_empty() || w.len() > 12 {
        return None;
    }
    let mut k: u64 = 0;
    let mut i = 0;
    while i < w.len() {
        let b = w[i].to_ascii_lowercase();
        if !b.is_ascii_lowercase() {
            return None;
        }
        k = (k << 5) | (b - b'a' + 1) as u64;
        i += 1;
    }
    Some(k)
}

const A: u64 = 1;
const AN: u64 = (1 << 5) | 14;

/// Lower-case words that can begin an amount or a size ("a million", "nine figures", "multibillion-dollar",
/// "tens of millions").
#[rustfmt::skip]
const TRIGGER_WORDS: &[&str] = &[
    // rustfmt keeps this one word a line otherwise.
    "a", "an", "billion", "billions", "crore", "crores", "eight", "eighteen", "eighty", "eleven", "fifteen", "fifty",
    "five", "forty", "four", "fourteen", "half", "hundred", "hundreds", "lac", "lakh", "lakhs", "malaysia",
    "malaysian", "million", "millions", "multi", "multibillion", "multimillion", "nine", "nineteen", "ninety", "one",
    "ringgit", "ringgits", "seven", "seventeen", "seventy", "six", "sixteen", "sixty", "ten", "tens", "thirteen",
    "thirty", "thousand", "thousands", "three", "trillion", "trillions", "twelve", "twenty", "two", "zero", "bitcoin",
];

/// [`TRIGGER_WORDS`] as sorted keys, computed at compile time.
const TRIGGER_KEYS: [u64; TRIGGER_WORDS.len()] = {
    let mut keys = [0u64; TRIGGER_WORDS.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = match key(TRIGGER_WORDS[i].as_bytes()) {
            Some(k) => k,
            None => panic!("a trigger word is not a short ASCII word"),
        };
        i += 1;
    }
    // Insertion sort: const contexts have no sort.
    let mut j = 1;
    while j < keys.len() {
        let mut k = j;
        while k > 0 && keys[k - 1] > keys[k] {
            let x = keys[k];
            keys[k] = keys[k - 1];
            keys[k - 1] = x;
            k -= 1;
        }
        j += 1;
    }
    keys
};

/// For each first letter, the lengths of the [`TRIGGER_WORDS`] that start with it, as bits.
const TRIGGER_SHAPES: [u16; 26] = {
    let mut shapes = [0u16; 26];
    let mut i = 0;
    while i < TRIGGER_WORDS.len() {
        let w = TRIGGER_WORDS[i].as_bytes();
        shapes[(w[0] - b'a') as usize] |= 1 << w.len();
        i += 1;
    }
    shapes
};

enum Start {
    No,
    Amount,
    Vague,
}

/// Which reading to try at atom `i` of a window.
fn could_start(v: &View, i: usize) -> Start {
    match v.kind(i) {
        Some(AtomKind::Num) => Start::Amount,
        Some(AtomKind::Sym) => {
            if v.s(i) == "$" || currency::is_symbol(v.s(i)) {
                Start::Amount
            } else {
                Start::No
            }
        }
        Some(AtomKind::Alpha) => {
            if vague::parse(v, i).is_some() {
                Start::Vague
            } else {
                Start::Amount
            }
        }
        None => Start::No,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<(&str, String)> {
        let doc = Doc::new(text);
        find(&doc)
            .into_iter()
            .map(|(r, m)| {
                let s = |d: Option<crate::annotation::Decimal>| d.map_or("-".to_string(), |d| d.to_string());
                let flags =
                    format!("{}{}", if m.approximate { "~" } else { "" }, if m.currency_assumed { "?" } else { "" });
                (&text[r], format!("{} {} {} {}{}", m.currency, s(m.amount), s(m.min), s(m.max), flags))
            })
            .collect()
    }

    #[test]
    fn in_running_text() {
        assert_eq!(
            spans("Meta paid $14.3 billion for 49% of Scale AI, about €5bn more than the 1990s."),
            [("$14.3 billion", "USD 14300000000 - -?".into()), ("about €5bn", "EUR 5000000000 - -~".into())]
        );
        assert_eq!(
            spans("between $5 and $10 million"),
            [("between $5 and $10 million", "USD - 5000000 10000000?".into())]
        );
        assert_eq!(spans("more than $2 billion"), [("more than $2 billion", "USD - 2000000000 -?".into())]);
        assert_eq!(spans("up to £1m"), [("up to £1m", "GBP - - 1000000".into())]);
        assert_eq!(spans("$1bn-2bn"), [("$1bn-2bn", "USD - 1000000000 2000000000?".into())]);
        assert_eq!(spans("rose from $5 to $7"), [("$5", "USD 5 - -?".into()), ("$7", "USD 7 - -?".into())]);
    }

    #[test]
    fn trigger_keys_are_distinct() {
        assert!(TRIGGER_KEYS.windows(2).all(|w| w[0] < w[1]));
        assert!(TRIGGER_WORDS.iter().all(|w| key(w.as_bytes()).is_some_and(|k| TRIGGER_KEYS.contains(&k))));
        assert_eq!(key(b"Million"), key(b"million"));
        assert_eq!(key(b"millions1"), None);
        assert_eq!((key(b"a"), key(b"An")), (Some(A), Some(AN)));
    }

    #[test]
    fn odd_input_never_panics() {
        let odd = [
            "",
            "$",
            "$$$ 5",
            "USD",
            "a",
            "an",
            "between",
            "from $",
            "- - -",
            "$5-",
            "$-5",
            "5-$",
            "£.",
            "$.",
            ".5",
            "99999999999999999999999999999999999999999 trillion dollars",
            "$340282366920938463463374607431768211455bn",
            "5€€",
            "₹‐5",
            "US$",
            "C$ and",
            "5 ‐pound",
            "nine figures figures",
            "tens of",
            "billions of",
            "a half",
            "one and a half",
            "half a",
            "$1,000,000,000,000,000,000,000,000,000,000 trillion",
            "Rs.",
            "Rs. .",
            "€ur",
            "10 pounds ±",
            "50p",
            "p",
            "¢",
            "$5 and",
            "$5 and 99",
            "20 dollar and",
            "😀$😀5😀million",
        ];
        for text in odd {
            let doc = Doc::new(text);
            for (r, _) in find(&doc) {
                assert!(r.start < r.end && text.is_char_boundary(r.start) && text.is_char_boundary(r.end), "{text}");
            }
        }
    }

    #[test]
    fn not_money() {
        for text in [
            "a 25lbs bag",
            "F-16 jets",
            "COVID-19",
            "the 1990s",
            "in 2023",
            "top 10",
            "call 555-1234",
            "5 million people",
            "a 9mm pistol",
            "won 3-2",
            "a twenty-pound bag",
            "30 C outside",
        ] {
            assert_eq!(spans(text), [], "{text}");
        }
    }
}
