//! Which dollar a bare "$" is. It is USD (marked as assumed) unless the text itself names one other dollar and
//! never the US one: in a story that says "C$50 million" or "in Canadian dollars", "$20 million" is CAD.

use super::currency;
use crate::annotation::Money;
use crate::text::Doc;
use std::ops::Range;

/// Rewrites the currency of bare-"$" amounts when the document names exactly one non-US dollar.
pub fn resolve(doc: &Doc, found: &mut [(Range<usize>, Money)]) {
    if !found.iter().any(|(_, m)| m.currency == "USD" && m.currency_assumed) {
        return;
    }
    let mut named: Option<&'static str> = None;
    let mut note = |iso: &'static str| -> bool {
        match named {
            Some(n) if n != iso => false,
            _ => {
                named = Some(iso);
                true
            }
        }
    };
    // Explicit dollars in amounts: "C$50 million", "US$5", "50 Canadian dollars".
    for (_, m) in found.iter() {
        if !m.currency_assumed && currency::is_dollar(m.currency) && !note(m.currency) {
            return;
        }
    }
    // Dollars named without an amount: "figures are in Canadian dollars".
    for t in 0..doc.tokens.len() {
        let word = doc.tok(t);
        // Cheap test first: "dollar" or "dollars" (bytes, so that a multi-byte first letter cannot split).
        if !(word.len() == 6 || word.len() == 7) || !word.as_bytes()[0].eq_ignore_ascii_case(&b'd') {
            continue;
        }
        let before: Vec<&str> = (t.saturating_sub(2)..t).map(|i| doc.tok(i)).collect();
        if let Some(iso) = currency::named_dollar(&before, word) {
            if !note(iso) {
                return;
            }
        }
    }
    let Some(iso) = named.filter(|&iso| iso != "USD") else { return };
    for (_, m) in found.iter_mut() {
        if m.currency == "USD" && m.currency_assumed {
            m.currency = iso;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::money::currencies;

    #[test]
    fn a_bare_dollar_follows_the_one_dollar_the_text_names() {
        assert_eq!(
            currencies("It raised C$50 million and will spend $20 million."),
            [("C$50 million", "CAD", false), ("$20 million", "CAD", true)]
        );
        assert_eq!(
            currencies("Figures are in Australian dollars. Revenue was $3 billion."),
            [("$3 billion", "AUD", true)]
        );
    }

    #[test]
    fn words_of_six_bytes_with_a_multibyte_first_letter_are_passed_over() {
        assert_eq!(currencies("ééé said $5."), [("$5", "USD", true)]);
    }

    #[test]
    fn stays_usd_when_the_text_names_none_or_several() {
        assert_eq!(currencies("It paid $5."), [("$5", "USD", true)]);
        assert_eq!(
            currencies("C$5 or US$4, and $3."),
            [("C$5", "CAD", false), ("US$4", "USD", false), ("$3", "USD", true)]
        );
        assert_eq!(
            currencies("C$5 and A$6, and $3."),
            [("C$5", "CAD", false), ("A$6", "AUD", false), ("$3", "USD", true)]
        );
    }
}
