//! Just enough JSON writing for the exports: the core has no JSON library (the browser build would carry it),
//! and every export is a fixed shape written field by field.

use crate::annotation::{Decimal, Money, Percent};
use std::fmt::Write;

/// Appends `s` as a JSON string, quotes included.
pub fn string(out: &mut String, s: &str) {
    out.push('"');
    let mut plain = 0;
    for (i, c) in s.char_indices() {
        let escape = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            // U+2028 and U+2029 are valid in JSON but end a line in JavaScript source and in some line readers.
            '\u{0}'..='\u{1f}' | '\u{2028}' | '\u{2029}' => "",
            _ => continue,
        };
        out.push_str(&s[plain..i]);
        if escape.is_empty() {
            let _ = write!(out, "\\u{:04x}", c as u32);
        } else {
            out.push_str(escape);
        }
        plain = i + c.len_utf8();
    }
    out.push_str(&s[plain..]);
    out.push('"');
}

/// Appends `"key":`.
pub fn key(out: &mut String, key: &str) {
    string(out, key);
    out.push(':');
}

/// Appends a number (an exact decimal is written as its digits, never through a float).
pub fn number(out: &mut String, n: impl std::fmt::Display) {
    let _ = write!(out, "{n}");
}

fn decimal_or_null(out: &mut String, d: Option<Decimal>) {
    match d {
        Some(d) => number(out, d),
        None => out.push_str("null"),
    }
}

fn str_or_null(out: &mut String, s: Option<&str>) {
    match s {
        Some(s) => string(out, s),
        None => out.push_str("null"),
    }
}

/// A MONEY value as the contract writes it (README, "Values").
pub fn money(out: &mut String, m: &Money) {
    out.push('{');
    key(out, "currency");
    string(out, m.currency);
    for (name, d) in [("amount", m.amount), ("min", m.min), ("max", m.max)] {
        out.push(',');
        key(out, name);
        decimal_or_null(out, d);
    }
    let _ = write!(out, ",\"approximate\":{},\"currency_assumed\":{},", m.approximate, m.currency_assumed);
    key(out, "per");
    str_or_null(out, m.per);
    out.push('}');
}

/// A PERCENT value as the contract writes it.
pub fn percent(out: &mut String, p: &Percent) {
    let _ = write!(out, "{{\"percent\":{},\"points\":{}}}", p.percent, p.points);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_escape_what_json_and_line_readers_need() {
        let mut out = String::new();
        string(&mut out, "a\"b\\c\nd\u{1}e\u{2028}é😀");
        assert_eq!(out, "\"a\\\"b\\\\c\\nd\\u0001e\\u2028é😀\"");
    }

    #[test]
    fn values_keep_exact_decimals() {
        let m = Money {
            currency: "USD",
            amount: Some(Decimal { digits: 143, scale: 1 }),
            min: None,
            max: None,
            approximate: true,
            currency_assumed: false,
            per: Some("share"),
        };
        let mut out = String::new();
        money(&mut out, &m);
        assert_eq!(
            out,
            r#"{"currency":"USD","amount":14.3,"min":null,"max":null,"approximate":true,"currency_assumed":false,"per":"share"}"#
        );
    }
}
