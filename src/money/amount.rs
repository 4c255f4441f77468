//! One amount: a number with its magnitude and currency, in either order ("$14.3 billion", "USD 5bn",
//! "20 euros", "10k$", "75 USD million"), with the cents written after it ("$20 and 43c", "3 GBP 1 pence").
//! A number without a currency is returned too (`currency: None`): a range may lend it one ("10-20 dollars").

use super::atoms::AtomKind;
use super::currency::{self, Currency, View};
use crate::annotation::Decimal;
use crate::number::{self, Parsed};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Amount {
    /// Atoms `first..end`.
    pub first: usize,
    pub end: usize,
    pub value: Decimal,
    /// The number before its magnitude and that magnitude's power of ten: a range shares it ("$5-10 billion").
    pub base: Decimal,
    pub magnitude: u32,
    pub currency: Option<Currency>,
}

/// Reads the number starting at atom `i`.
pub fn number_at(v: &View, i: usize) -> Option<Parsed> {
    number::parse_number(|k| {
        let j = i + k;
        let kind = v.kind(j)?;
        // Only the words and digits of the number, and the hyphen of "$1.5-billion".
        (kind != AtomKind::Sym || v.s(j) == "-").then(|| (v.s(j), v.glued(j)))
    })
}

/// The amount starting at atom `i`, if one does.
pub fn parse(v: &View, i: usize) -> Option<Amount> {
    if let Some((c, j)) = currency::prefix(v, i) {
        let n = number_at(v, j).filter(|n| !n.article_only)?;
        let end = j + n.len;
        let mut a = Amount { first: i, end, value: n.value, base: n.base, magnitude: n.magnitude, currency: Some(c) };
        scale_by_code(&mut a, c)?;
        add_minor_part(v, &mut a);
        return Some(a);
    }
    let n = number_at(v, i)?;
    let mut a =
        Amount { first: i, end: i + n.len, value: n.value, base: n.base, magnitude: n.magnitude, currency: None };
    let Some((c, mut k)) = currency::suffix(v, a.end).or_else(|| hyphenated(v, a.end)) else {
        // "a" or "an" alone is a number only before a currency.
        return (!n.article_only).then_some(a);
    };
    if n.article_only && (!currency::counts_with_article(v.s(a.end)) || is_pound(v, a.end)) {
        return None; // "a pound" is nearly always a weight; "a $" is not an amount
    }
    if !plausible(v, &n, a.end, k) {
        return None;
    }
    // "75 USD million": the magnitude after an ISO code.
    if a.magnitude == 0 {
        if let Some(e) = number::magnitude_word(v.s(k)).or_else(|| number::magnitude_suffix(v.s(k), false)) {
            a.value = number::times_pow10(a.value, e)?;
            a.magnitude = e;
            k += 1;
        }
    }
    a.end = k;
    if c.minor {
        a.value = number::div_pow10(a.value, 2)?.normalized();
        a.base = a.value;
        a.magnitude = 0;
    }
    a.currency = Some(c);
    scale_by_code(&mut a, c)?;
    add_minor_part(v, &mut a);
    Some(a)
}

/// "MUSD 5" is five million: the code's magnitude, when the number has none of its own.
fn scale_by_code(a: &mut Amount, c: Currency) -> Option<()> {
    if c.magnitude > 0 && a.magnitude == 0 {
        a.value = number::times_pow10(a.value, c.magnitude)?;
        a.magnitude = c.magnitude;
    }
    Some(())
}

/// "12-cent", "one-yen": a hyphen at atom `i` joining the number to a currency word; the currency and the atom
/// after it.
fn hyphenated(v: &View, i: usize) -> Option<(Currency, usize)> {
    let joined = v.s(i) == "-" && v.glued(i) && v.glued(i + 1) && v.kind(i + 1) == Some(AtomKind::Alpha);
    joined.then(|| currency::hyphen_word(v.s(i + 1)).map(|c| (c, i + 2))).flatten()
}

fn is_pound(v: &View, i: usize) -> bool {
    v.is(i, "pound") || v.is(i, "pounds")
}

/// Rejects currency words that mean something else after a number: pounds of weight, "won" the verb.
fn plausible(v: &View, n: &Parsed, marker: usize, after: usize) -> bool {
    if is_pound(v, marker) {
        // "a twenty pound bag", "ten pounds of rice", "weighs 2,000.45±0.01 pounds".
        let noun_follows = v.is(marker, "pound") && currency::noun_follows(v, after);
        let weight_before = (marker.saturating_sub(10)..marker).any(|j| {
            matches!(v.s(j), "±" | "lb" | "lbs" | "kg" | "ounces") || v.s(j).to_ascii_lowercase().starts_with("weigh")
        });
        return !noun_follows && !v.is(after, "of") && !weight_before;
    }
    if v.is(marker, "won") || v.is(marker, "rand") {
        // "they won 3 games": Korean won and rand amounts are large numbers.
        return n.magnitude > 0 || number::compare(n.value, Decimal::from_int(1000)).is_some_and(|o| o.is_ge());
    }
    if v.s(marker) == "Bucks" {
        return false; // the Milwaukee Bucks
    }
    true
}

/// "$20 and 43c", "20 dollars 43 cents", "3 GBP and one", "US$3 and fourteen": hundredths after a whole amount.
fn add_minor_part(v: &View, a: &mut Amount) {
    let Some(c) = a.currency else { return };
    if c.minor || a.magnitude > 0 || !number::is_whole(a.value) {
        return;
    }
    let mut j = a.end;
    if v.is(j, "and") {
        j += 1;
    }
    let Some(n) = number_at(v, j).filter(|n| !n.article_only && n.magnitude == 0) else { return };
    let Some(cents) = n.value.to_u64().filter(|c| *c < 100) else { return };
    let k = j + n.len;
    // The minor unit named ("43 cents", "43c"), or nothing after it at all ("$20 43" ends the phrase).
    let end = match currency::suffix(v, k) {
        Some((m, end)) if m.minor => end,
        Some(_) => return,
        // "5 dollars forty five." too: number words right after a currency word, ending the phrase.
        None if v.ends_after(k - 1)
            && (j > a.end || v.kind(j) == Some(AtomKind::Num) || v.kind(a.end - 1) == Some(AtomKind::Alpha)) =>
        {
            k
        }
        None => return,
    };
    if let Some(value) = number::add(a.value, Decimal { digits: u128::from(cents), scale: 2 }) {
        a.value = value;
        a.base = value;
        a.end = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::atoms::atoms;
    use crate::text::Doc;

    fn amount(text: &str) -> Option<(String, Option<&'static str>, String)> {
        let doc = Doc::new(text);
        let at = atoms(&doc);
        let v = View { text, atoms: &at };
        parse(&v, 0).map(|a| {
            let span = text[at[a.first].start..at[a.end - 1].end].to_string();
            (span, a.currency.map(|c| c.iso), a.value.to_string())
        })
    }

    fn money(text: &str, span: &str, iso: &'static str, value: &str) {
        assert_eq!(amount(text), Some((span.to_string(), Some(iso), value.to_string())), "{text}");
    }

    #[test]
    fn prefix_and_suffix_currencies() {
        money("$14.3 billion in", "$14.3 billion", "USD", "14300000000");
        money("USD 5bn", "USD 5bn", "USD", "5000000000");
        money("10k$", "10k$", "USD", "10000");
        money("20 euros", "20 euros", "EUR", "20");
        money("75 USD million", "75 USD million", "USD", "75000000");
        money("a million dollars", "a million dollars", "USD", "1000000");
        money("10 cents", "10 cents", "USD", "0.1");
        money("£2,000 on", "£2,000", "GBP", "2000");
    }

    #[test]
    fn cents_after_the_amount() {
        money("$20 and 43c", "$20 and 43c", "USD", "20.43");
        money("20 dollars 43 cents", "20 dollars 43 cents", "USD", "20.43");
        money("3 GBP and one", "3 GBP and one", "GBP", "3.01");
        money("$20 43", "$20 43", "USD", "20.43");
        money("$20 and 43 people", "$20", "USD", "20");
    }

    #[test]
    fn weights_and_verbs_are_not_money() {
        for text in ["twenty pound bag", "10 pounds of rice", "a pound", "3 won the"] {
            assert_eq!(amount(text).and_then(|a| a.1), None, "{text}");
        }
    }
}
