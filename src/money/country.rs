//! Which currency a shared word means: "francs" are Swiss francs until the text names another country that
//! counts in francs ("Paris", no; "France", yes). The word alone gives the default currency, marked assumed; when
//! the text names the place of exactly one of the currencies the word may mean (by a territory or a nationality
//! word, "Denmark", "Danish"), or gives an amount in exactly one of them explicitly, that one is taken, still
//! marked assumed. A bare "$" is [`super::dollar`]'s; the word "dollars" is read here like any other.

use super::table;
use crate::annotation::Money;
use crate::text::{Doc, TokenKind};
use std::ops::Range;

/// Rewrites the currency of amounts whose currency word several currencies share, by the places the text names.
pub fn resolve(doc: &Doc, found: &mut [(Range<usize>, Money)]) {
    let families: Vec<Vec<&'static str>> = found.iter().map(|(r, m)| family(doc, r, m)).collect();
    if families.iter().all(Vec::is_empty) {
        return;
    }
    // Capitalised words only: places are proper nouns ("US", not "us"). Sorted for a binary search.
    let mut named: Vec<&str> = doc
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word && t.text(doc.text).starts_with(|c: char| c.is_ascii_uppercase()))
        .map(|t| t.text(doc.text))
        .collect();
    crate::order::sort_dedup(&mut named);
    let explicit: Vec<&str> = found.iter().filter(|(_, m)| !m.currency_assumed).map(|(_, m)| m.currency).collect();
    // A place word as the text capitalises it: "Denmark", or all in capitals, "US".
    let mut buf = String::new();
    let mut named_as = |w: &str| {
        buf.clear();
        buf.push_str(w);
        buf[..1].make_ascii_uppercase();
        named.binary_search(&buf.as_str()).is_ok() || {
            buf.make_ascii_uppercase();
            named.binary_search(&buf.as_str()).is_ok()
        }
    };
    let mut in_text = |place: &str| place.split(' ').all(|w| !w.is_empty() && w.is_char_boundary(1) && named_as(w));
    for ((_, money), candidates) in found.iter_mut().zip(families) {
        let mut evidenced =
            candidates.into_iter().filter(|iso| explicit.contains(iso) || table::places(iso).any(&mut in_text));
        if let (Some(iso), None) = (evidenced.next(), evidenced.next()) {
            money.currency = iso;
        }
    }
}

/// The currencies an assumed amount may be in: those its word shares ("40 francs" → CHF, FRF, …; "5 dollars" →
/// USD, CAD, …), or the yen and the yuan for "¥"; none for "$", which [`super::dollar`] resolves by the dollars
/// the text names and never by a country, or for an amount not assumed.
fn family(doc: &Doc, range: &Range<usize>, money: &Money) -> Vec<&'static str> {
    let text = &doc.text[range.clone()];
    if !money.currency_assumed || text.contains('$') {
        return Vec::new();
    }
    if text.contains(['¥', '￥']) {
        return vec!["CNY", "JPY"];
    }
    let Some(last) = text.rsplit(|c: char| !c.is_alphabetic()).find(|w| !w.is_empty()) else { return Vec::new() };
    let shared = table::sharing(&last.to_ascii_lowercase());
    if shared.len() > 1 {
        shared
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use crate::money::currencies;

    #[test]
    fn a_shared_word_takes_the_country_the_text_names() {
        assert_eq!(currencies("The Copenhagen firm paid 40 crowns."), [("40 crowns", "SEK", true)]);
        assert_eq!(currencies("In Denmark, the firm paid 40 crowns."), [("40 crowns", "DKK", true)]);
        assert_eq!(currencies("The Danish firm paid 40 crowns."), [("40 crowns", "DKK", true)]);
        assert_eq!(currencies("Manila said it would pay 500 pesos."), [("500 pesos", "MXN", true)]);
        assert_eq!(currencies("The Philippines will pay 500 pesos."), [("500 pesos", "PHP", true)]);
        assert_eq!(
            currencies("Australia's central bank sold 5 billion dollars."),
            [("5 billion dollars", "AUD", true)]
        );
        assert_eq!(currencies("Australia sold $5 billion."), [("$5 billion", "USD", true)], "a bare $ is dollar.rs's");
        assert_eq!(currencies("Beijing and China's banks lent ¥500 billion."), [("¥500 billion", "CNY", true)]);
        assert_eq!(currencies("Tokyo lent ¥500 billion."), [("¥500 billion", "JPY", true)]);
        // An explicit amount names the currency too.
        assert_eq!(
            currencies("It paid 5 Pakistani rupees, then 40 rupees."),
            [("5 Pakistani rupees", "PKR", false), ("40 rupees", "PKR", true)]
        );
    }

    #[test]
    fn two_countries_or_none_keep_the_default() {
        assert_eq!(currencies("Swiss and French banks paid 40 francs."), [("40 francs", "CHF", true)]);
        assert_eq!(currencies("It paid 40 francs."), [("40 francs", "CHF", true)]);
        // "us" the pronoun is no place.
        assert_eq!(currencies("They told us it cost 40 pesos."), [("40 pesos", "MXN", true)]);
    }
}
