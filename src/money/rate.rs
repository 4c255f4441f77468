//! Rates: "$5 per share", "$30 an hour", "$2 billion a year", "$15.4/hour". The unit is kept with the value
//! (`per`) and the span grows over it, so that a reader sees what the amount is paid for.

use crate::text::Doc;

/// Units an amount is paid per, lower-case and sorted (binary search). Plurals never follow "per"/"a".
const UNITS: &[&str] = &[
    "acre",
    "annum",
    "barrel",
    "bottle",
    "bushel",
    "capita",
    "copy",
    "customer",
    "day",
    "dose",
    "employee",
    "episode",
    "foot",
    "gallon",
    "game",
    "gram",
    "head",
    "hour",
    "household",
    "item",
    "kg",
    "kilo",
    "kilogram",
    "kilometer",
    "kilometre",
    "kwh",
    "liter",
    "litre",
    "megawatt-hour",
    "meter",
    "metre",
    "mile",
    "minute",
    "month",
    "mwh",
    "night",
    "ounce",
    "passenger",
    "person",
    "piece",
    "pill",
    "pound",
    "quarter",
    "resident",
    "seat",
    "second",
    "share",
    "student",
    "subscriber",
    "taxpayer",
    "ticket",
    "ton",
    "tonne",
    "unit",
    "user",
    "visit",
    "vote",
    "week",
    "word",
    "worker",
    "year",
];

/// Words after the unit that make "a year" a time, not a rate: "$13.8 billion a year ago".
const NOT_A_RATE_AFTER: &[&str] = &["ago", "earlier", "before", "later", "after", "prior", "previously", "back"];

/// If a rate follows the amount ending at byte `end`: where the rate ends and its unit.
pub fn after(doc: &Doc, end: usize) -> Option<(usize, &'static str)> {
    // "$15.4/hour" is one token ("15.4/hour"): the rate is the rest of the token the amount ends inside.
    let inside = doc.tokens.partition_point(|t| t.end <= end);
    if let Some(tok) = doc.tokens.get(inside).filter(|t| t.start < end) {
        let rest = &doc.text[end..tok.end];
        return rest.strip_prefix('/').and_then(unit_of).map(|unit| (tok.end, unit));
    }
    let t = doc.token_at_or_after(end);
    let first = doc.tokens.get(t)?;
    let glued = first.start == end;
    let gap = &doc.text[end..first.start];
    if !glued && (gap.contains('\n') || !gap.chars().all(char::is_whitespace)) {
        return None;
    }
    let word = doc.tok(t);
    let unit_at = match word {
        "/" if glued => t + 1,
        _ if !glued && (word.eq_ignore_ascii_case("per") || word == "a" || word == "an") => t + 1,
        _ => return None,
    };
    let unit_tok = doc.tokens.get(unit_at)?;
    let unit = unit_of(doc.tok(unit_at))?;
    if doc.tokens.get(unit_at + 1).is_some() {
        let next = doc.tok(unit_at + 1);
        if NOT_A_RATE_AFTER.iter().any(|w| next.eq_ignore_ascii_case(w)) {
            return None;
        }
    }
    Some((unit_tok.end, unit))
}

fn unit_of(word: &str) -> Option<&'static str> {
    if word.len() > 16 || !word.is_ascii() {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    UNITS.binary_search(&lower.as_str()).ok().map(|i| UNITS[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rate(text: &str, amount_end: usize) -> Option<(&str, &'static str)> {
        let doc = Doc::new(text);
        after(&doc, amount_end).map(|(end, unit)| (&text[amount_end..end], unit))
    }

    #[test]
    fn units_are_sorted() {
        assert!(UNITS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn rates() {
        assert_eq!(rate("$5 per share.", 2), Some((" per share", "share")));
        assert_eq!(rate("$30 an hour", 3), Some((" an hour", "hour")));
        assert_eq!(rate("$2 billion a year", 10), Some((" a year", "year")));
        assert_eq!(rate("$15.4/hour", 5), Some(("/hour", "hour")));
        assert_eq!(rate("$5 Per Share", 2), Some((" Per Share", "share")));
    }

    #[test]
    fn not_rates() {
        assert_eq!(rate("$13.8 billion a year ago", 13), None);
        assert_eq!(rate("$5 a share-holder", 2), None);
        assert_eq!(rate("$5 per\ncent", 2), None);
        assert_eq!(rate("$5 for shares", 2), None);
        assert_eq!(rate("$5", 2), None);
    }
}
