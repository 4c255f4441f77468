//! PERCENT: "49%", "49 percent", "3.5 per cent", "five percent", "3.5 percentage points", with the value.
//!
//! The scan looks only at the marker tokens ("%", "percent", "per cent", "pct", "percentage point(s)") and reads
//! the number written just before each, in digits or in words.

use crate::annotation::{Decimal, Percent};
use crate::number;
use crate::text::{Doc, TokenKind};
use std::ops::Range;

/// How many words a number in words may take before its marker ("one hundred and twenty-five percent").
const MAX_NUMBER_WORDS: usize = 6;

/// Every percentage in the text: its byte range and value. Sorted, non-overlapping.
pub fn find(doc: &Doc) -> Vec<(Range<usize>, Percent)> {
    let mut out: Vec<(Range<usize>, Percent)> = Vec::new();
    let mut floor = 0; // the first token not inside a span found already
    let mut i = 0;
    while i < doc.tokens.len() {
        if let Some(found) = glued(doc, i) {
            out.push((doc.tokens[i].start..doc.tokens[i].end, found));
            floor = i + 1;
            i += 1;
            continue;
        }
        let Some((marker_end, unit)) = marker(doc, i) else {
            i += 1;
            continue;
        };
        if let Some((start, value)) = number_before(doc, i, floor) {
            let end = doc.tokens[marker_end - 1].end;
            if out.last().map_or(true, |(r, _)| r.end <= start) {
                if let Some(percent) = unit.value(value) {
                    out.push((start..end, percent));
                }
            }
            floor = marker_end;
        }
        i = marker_end;
    }
    out
}

/// What a marker measures in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Percent,
    /// "percentage points": a difference of percentages.
    Points,
    /// "basis points", "bp": hundredths of a percentage point, given in percentage points (50 bp = 0.5).
    Basis,
}

impl Unit {
    fn value(self, number: Decimal) -> Option<Percent> {
        Some(match self {
            Unit::Percent => Percent { percent: number, points: false },
            Unit::Points => Percent { percent: number, points: true },
            Unit::Basis => Percent { percent: number::div_pow10(number, 2)?.normalized(), points: true },
        })
    }
}

/// A number with its marker glued on, as market reports write them: "2.9pc", "50bp", "25bps",
/// "25-basis-point".
fn glued(doc: &Doc, i: usize) -> Option<Percent> {
    let tok = &doc.tokens[i];
    if tok.kind != TokenKind::Number {
        return None;
    }
    let s = tok.text(doc.text);
    let digits = s.bytes().position(|b| !(b.is_ascii_digit() || b == b'.' || b == b',')).filter(|&p| p > 0)?;
    let (number, rest) = s.split_at(digits);
    let unit = match rest.trim_start_matches('-').to_ascii_lowercase().as_str() {
        "pc" => Unit::Percent,
        "bp" | "bps" | "basis-point" | "basis-points" => Unit::Basis,
        _ => return None,
    };
    unit.value(number::parse_digits(number)?)
}

/// If a percent marker starts at token `i`, the token after it and its unit.
fn marker(doc: &Doc, i: usize) -> Option<(usize, Unit)> {
    let t = doc.tok(i);
    let is = |k: usize, w: &str| doc.tokens.get(k).is_some_and(|_| doc.tok(k).eq_ignore_ascii_case(w));
    match t {
        "%" | "％" => Some((i + 1, Unit::Percent)),
        _ if t.eq_ignore_ascii_case("percent") || t.eq_ignore_ascii_case("pct") => Some((i + 1, Unit::Percent)),
        _ if t.eq_ignore_ascii_case("per") && is(i + 1, "cent") => Some((i + 2, Unit::Percent)),
        // "3.5 percentage points" (a difference of percentages, kept with its unit in the span).
        _ if t.eq_ignore_ascii_case("percentage") && (is(i + 1, "points") || is(i + 1, "point")) => {
            Some((i + 2, Unit::Points))
        }
        // "50 basis points", "50 bp", "50 bps": only after a number (the caller reads it), so "on a basis of"
        // and "the BP share price" are no marker.
        _ if t.eq_ignore_ascii_case("basis") && (is(i + 1, "points") || is(i + 1, "point")) => {
            Some((i + 2, Unit::Basis))
        }
        "bp" | "bps" => Some((i + 1, Unit::Basis)),
        _ => None,
    }
}

/// The number just before the marker at token `m` (not before token `floor`): its first byte and value.
fn number_before(doc: &Doc, m: usize, floor: usize) -> Option<(usize, Decimal)> {
    let j = m.checked_sub(1).filter(|j| *j >= floor)?;
    let tok = &doc.tokens[j];
    if tok.kind == TokenKind::Number {
        return digits_before(doc, j, floor);
    }
    // Words: the earliest start whose number ends exactly at the marker ("twenty-five percent").
    let lowest = m.saturating_sub(MAX_NUMBER_WORDS).max(floor);
    for k in lowest..m {
        if !number::starts_number_word(doc.tok(k)) {
            continue;
        }
        let parsed = number::parse_number(|n| {
            let t = doc.tokens.get(k + n).filter(|_| k + n < m)?;
            let glued = k + n > 0 && doc.tokens[k + n - 1].end == t.start;
            Some((t.text(doc.text), glued))
        });
        if let Some(p) = parsed.filter(|p| p.len == m - k && !p.article_only) {
            return Some((doc.tokens[k].start, p.value));
        }
    }
    None
}

/// Digits before a marker: "49", "3.5", ".5" (the point is its own token), the "7" of "5-7".
fn digits_before(doc: &Doc, j: usize, floor: usize) -> Option<(usize, Decimal)> {
    let tok = &doc.tokens[j];
    let s = tok.text(doc.text);
    // "5-7%": the number the marker belongs to is the last one.
    let (offset, last) = match s.rfind(['-', '/']) {
        Some(p) => (p + 1, &s[p + 1..]),
        None => (0, s),
    };
    let value = number::parse_digits(last)?;
    let mut start = tok.start + offset;
    if offset == 0 && j > floor {
        let prev = &doc.tokens[j - 1];
        let before_prev = doc.text[..prev.start].chars().next_back();
        if prev.text(doc.text) == "." && prev.end == tok.start && !before_prev.is_some_and(|c| c.is_ascii_digit()) {
            return Some((prev.start, number::parse_digits(&doc.text[prev.start..tok.end])?));
        }
    }
    if tok.start == start && j > floor && doc.tokens[j - 1].end == start && doc.tok(j - 1) == "." {
        return None; // "1.2.3%" and other oddities
    }
    // A magnitude would make "5 million percent"; none in news, so the digits stand alone.
    start = start.min(tok.end);
    Some((start, value))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find_all(text: &str) -> Vec<(&str, String)> {
        let doc = Doc::new(text);
        find(&doc).into_iter().map(|(r, p)| (&text[r], p.percent.to_string())).collect()
    }

    #[test]
    fn forms() {
        assert_eq!(find_all("Scale AI kept 49% of it."), [("49%", "49".into())]);
        assert_eq!(
            find_all("up 49 percent, 3.5 per cent"),
            [("49 percent", "49".into()), ("3.5 per cent", "3.5".into())]
        );
        assert_eq!(find_all("rose 3.5 percentage points"), [("3.5 percentage points", "3.5".into())]);
        assert_eq!(find_all("from 5% to 7%"), [("5%", "5".into()), ("7%", "7".into())]);
        assert_eq!(find_all("twenty-five percent"), [("twenty-five percent", "25".into())]);
        assert_eq!(find_all("one hundred percent"), [("one hundred percent", "100".into())]);
        assert_eq!(find_all("a .5% fee"), [(".5%", "0.5".into())]);
        assert_eq!(find_all("5-7% growth"), [("7%", "7".into())]);
    }

    #[test]
    fn market_shorthand() {
        // Issue 12: "pc" glued to the number is percent; basis points are a change in percentage points.
        assert_eq!(find_all("inflation slowed to 2.9pc"), [("2.9pc", "2.9".into())]);
        let doc = Doc::new("raised rates by 50 basis points, then 25bp, a 75-basis-point hike and 10 bps");
        let got: Vec<(String, bool)> = find(&doc).into_iter().map(|(_, p)| (p.percent.to_string(), p.points)).collect();
        let want = [("0.5", true), ("0.25", true), ("0.75", true), ("0.1", true)];
        assert_eq!(got, want.map(|(v, p)| (v.to_string(), p)));
    }

    #[test]
    fn not_market_shorthand() {
        // "basis" in other senses, "BP" the company, "pc" not glued to a number.
        assert_eq!(find_all("paid on a basis of 5, the BP share, 3 pc games, a 5pcs set"), []);
    }

    #[test]
    fn not_percent() {
        assert_eq!(find_all("a percent sign, % alone, COVID-19 in the 1990s"), []);
        assert_eq!(find_all("%%% 5 %%"), [("5 %", "5".into())]);
    }
}
