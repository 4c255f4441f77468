//! Just enough JSON writing for the exports: the core has no JSON library (the browser build would carry it),
//! and every export is a fixed shape written field by field.

use crate::annotation::{Annotations, Decimal, Detail, Entity, Money, Percent, Span, Speaker};
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

/// The whole contract (README, "Output"), field for field what the crate's `serde` derives write for
/// [`Annotations`], so that the browser build can hand it to `JSON.parse` instead of building the objects one
/// property at a time across the wasm boundary.
pub fn annotations(out: &mut String, a: &Annotations) {
    out.push_str("{\"offsets\":");
    string(out, a.offsets.as_str());
    out.push_str(",\"spans\":");
    list(out, &a.spans, span);
    out.push_str(",\"entities\":");
    list(out, &a.entities, entity);
    out.push('}');
}

/// Appends `items` as a JSON array, each written by `item`.
fn list<T>(out: &mut String, items: &[T], item: fn(&mut String, &T)) {
    out.push('[');
    for (k, x) in items.iter().enumerate() {
        if k > 0 {
            out.push(',');
        }
        item(out, x);
    }
    out.push(']');
}

fn span(out: &mut String, s: &Span) {
    let _ = write!(out, "{{\"start\":{},\"end\":{},", s.start, s.end);
    key(out, "text");
    string(out, &s.text);
    let _ = write!(out, ",\"label\":\"{}\"", s.label().as_str());
    match &s.detail {
        Detail::Entity { entity, .. } => {
            let _ = write!(out, ",\"entity\":{entity}");
        }
        Detail::Money(v) => {
            out.push_str(",\"value\":");
            money(out, v);
        }
        Detail::Percent(v) => {
            out.push_str(",\"value\":");
            percent(out, v);
        }
        Detail::Quote { speaker: who, form } => {
            out.push_str(",\"speaker\":");
            or_null(out, who.as_ref(), speaker);
            let _ = write!(out, ",\"form\":\"{}\"", form.as_str());
        }
    }
    out.push('}');
}

/// Appends `value` as `write` writes it, or `null`.
fn or_null<T>(out: &mut String, value: Option<&T>, write: impl FnOnce(&mut String, &T)) {
    match value {
        Some(v) => write(out, v),
        None => out.push_str("null"),
    }
}

fn speaker(out: &mut String, s: &Speaker) {
    out.push('{');
    located(out, s.entity, &s.text, s.start, s.end);
    out.push(',');
    key(out, "cue");
    string(out, &s.cue);
    out.push_str(",\"affiliation\":");
    or_null(out, s.affiliation.as_ref(), |out, a| {
        out.push('{');
        located(out, a.entity, &a.text, a.start, a.end);
        out.push('}');
    });
    out.push('}');
}

/// The fields a speaker and an affiliation share: `"entity":…,"text":…,"start":…,"end":…`.
fn located(out: &mut String, entity: Option<usize>, text: &str, start: usize, end: usize) {
    out.push_str("\"entity\":");
    or_null(out, entity.as_ref(), |out, &id| number(out, id));
    out.push(',');
    key(out, "text");
    string(out, text);
    let _ = write!(out, ",\"start\":{start},\"end\":{end}");
}

fn entity(out: &mut String, e: &Entity) {
    let _ = write!(out, "{{\"id\":{},\"label\":\"{}\",", e.id, e.label.as_str());
    key(out, "name");
    string(out, &e.name);
    let _ = write!(out, ",\"mentions\":{}}}", e.mentions);
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
