//! MONEY: amounts of money in running text, with their value normalised exactly.
//!
//! The text's tokens are split into [atoms](atoms) (digit runs, letter runs, symbols); the scan looks closer only
//! at atoms that can start an amount (digits, a currency symbol or code, a number word, a size word) and
//! reads from there: the [amount](amount) with its currency, what is said [around it](range) (hedges, bounds,
//! ranges), or a [vague](vague) size ("billions of dollars").

mod amount;
mod atoms;
mod currency;
mod range;
mod vague;

use crate::annotation::Money;
use crate::number;
use crate::text::Doc;
use atoms::AtomKind;
use currency::View;
use std::ops::Range;

/// Every money amount in the text: its byte range and value. Sorted, non-overlapping.
pub fn find(doc: &Doc) -> Vec<(Range<usize>, Money)> {
    let atoms = atoms::atoms(doc);
    let v = View { text: doc.text, atoms: &atoms };
    let mut out = Vec::new();
    let mut floor = 0; // the first atom not inside a span already found
    let mut i = 0;
    while i < atoms.len() {
        let found = match could_start(&v, i) {
            Start::No => None,
            Start::Amount => range::parse_at(&v, i, floor).map(|f| (f.first, f.end, f.money)),
            Start::Vague => vague::parse(&v, i).map(|(m, end)| (i, end, m)),
        };
        match found {
            Some((first, end, money)) if end > i && first >= floor => {
                out.push((atoms[first].start..atoms[end - 1].end, money));
                floor = end;
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

enum Start {
    No,
    Amount,
    Vague,
}

/// The cheap test that keeps the scan fast: most atoms are plain words and are rejected here.
fn could_start(v: &View, i: usize) -> Start {
    let s = v.s(i);
    match v.kind(i) {
        Some(AtomKind::Num) => Start::Amount,
        Some(AtomKind::Sym) => {
            if s.len() > 1 || s == "$" {
                Start::Amount // every non-ASCII symbol is worth a look: € £ ¥ ₹ …
            } else {
                Start::No
            }
        }
        Some(AtomKind::Alpha) => {
            let first = s.as_bytes()[0];
            if first.is_ascii_uppercase()
                && s.len() <= 4
                && s.len() >= 1
                && s.bytes().all(|b| b.is_ascii_alphabetic() || b == b'.')
            {
                return Start::Amount; // USD, US$, C$, Rs, RM
            }
            if number::starts_number_word(s)
                || s.eq_ignore_ascii_case("malaysia")
                || s.eq_ignore_ascii_case("malaysian")
                || s.eq_ignore_ascii_case("ringgit")
            {
                // "six-figure" and "nine figures" are read as sizes first.
                if vague::could_start(s) {
                    if let Some(_) = vague::parse(v, i) {
                        return Start::Vague;
                    }
                }
                return Start::Amount;
            }
            if vague::could_start(s) {
                Start::Vague
            } else {
                Start::No
            }
        }
        _ => Start::No,
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
