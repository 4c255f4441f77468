//! Amounts given by their size only: "multibillion-dollar" (min 2e9), "billion-dollar", "nine figures"
//! (1e8 to 1e9), "billions of dollars", "tens of millions of euros". Each is approximate and has bounds.

use super::atoms::AtomKind;
use super::currency::{self, View};
use crate::annotation::{Decimal, Money};

/// The power of ten of a plural magnitude word: "millions" → 6.
fn plural_magnitude(w: &str) -> Option<u32> {
    [("thousands", 3), ("millions", 6), ("billions", 9), ("trillions", 12)]
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(w))
        .map(|&(_, e)| e)
}

fn singular_magnitude(w: &str) -> Option<u32> {
    [("million", 6), ("billion", 9), ("trillion", 12)].iter().find(|(n, _)| n.eq_ignore_ascii_case(w)).map(|&(_, e)| e)
}

fn pow10(e: u32) -> Option<Decimal> {
    Some(Decimal::from_int(10u128.checked_pow(e)?))
}

fn times(k: u128, e: u32) -> Option<Decimal> {
    Some(Decimal::from_int(k.checked_mul(10u128.checked_pow(e)?)?))
}

fn vague(currency: currency::Currency, min: Option<Decimal>, max: Option<Decimal>, amount: Option<Decimal>) -> Money {
    Money { currency: currency.iso, amount, min, max, approximate: true, currency_assumed: currency.assumed, per: None }
}

/// The vague amount starting at atom `i`, with the atom after it.
pub fn parse(v: &View, i: usize) -> Option<(Money, usize)> {
    let w = v.s(i);
    // "multibillion-dollar", "multi-million-pound", "billion-dollar".
    if let Some((size, cur)) = w.rsplit_once(['-', '‐']) {
        let lower = size.to_ascii_lowercase();
        if cur.eq_ignore_ascii_case("figure") {
            // "a six-figure sum".
            let digits = figures(&lower)?;
            let c = currency::word("dollars")?;
            return Some((vague(c, Some(pow10(digits - 1)?), Some(pow10(digits)?), None), i + 1));
        }
        let c = currency::word(cur)?;
        let multi = lower.strip_prefix("multi").map(|s| s.trim_start_matches('-'));
        if let Some(e) = multi.and_then(singular_magnitude) {
            return Some((vague(c, Some(times(2, e)?), Some(pow10(e + 3)?), None), i + 1));
        }
        let e = singular_magnitude(&lower)?;
        return Some((vague(c, None, None, Some(pow10(e)?)), i + 1));
    }
    // "nine figures".
    if let Some(d) = figures(w) {
        if v.is(i + 1, "figures") || v.is(i + 1, "figure") {
            let c = currency::word("dollars")?;
            return Some((vague(c, Some(pow10(d - 1)?), Some(pow10(d)?), None), i + 2));
        }
        return None;
    }
    // "tens of millions of dollars", "billions of dollars".
    let (scale, j) = if v.is(i, "tens") && v.is(i + 1, "of") {
        (1, i + 2)
    } else if v.is(i, "hundreds") && v.is(i + 1, "of") {
        (2, i + 2)
    } else {
        (0, i)
    };
    let e = plural_magnitude(v.s(j))?;
    if !v.is(j + 1, "of") {
        return None;
    }
    let (c, end) = currency::suffix(v, j + 2)?;
    if c.minor || v.kind(j + 2) != Some(AtomKind::Alpha) {
        return None;
    }
    let (min, max) = match scale {
        0 => (times(2, e)?, pow10(e + 3)?),
        s => (pow10(e + s)?, pow10(e + s + 1)?),
    };
    Some((vague(c, Some(min), Some(max), None), end))
}

/// "six" or "6" figures → 6; only sizes a sum of money has (four to twelve digits).
fn figures(w: &str) -> Option<u32> {
    let n = crate::number::small_number_word(w).or_else(|| w.parse().ok())?;
    (4..=12).contains(&n).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::atoms::atoms;
    use crate::text::Doc;

    type Read = (String, Option<String>, Option<String>, Option<String>);

    fn read(text: &str) -> Option<Read> {
        let doc = Doc::new(text);
        let at = atoms(&doc);
        let v = View { text, atoms: &at };
        parse(&v, 0).map(|(m, _)| {
            let s = |d: Option<Decimal>| d.map(|d| d.to_string());
            (m.currency.to_string(), s(m.amount), s(m.min), s(m.max))
        })
    }

    #[test]
    fn sizes() {
        let s = |x: &str| Some(x.to_string());
        assert_eq!(read("multibillion-dollar deal"), Some(("USD".into(), None, s("2000000000"), s("1000000000000"))));
        assert_eq!(read("nine figures"), Some(("USD".into(), None, s("100000000"), s("1000000000"))));
        assert_eq!(read("tens of millions of euros"), Some(("EUR".into(), None, s("10000000"), s("100000000"))));
        assert_eq!(read("billions of dollars"), Some(("USD".into(), None, s("2000000000"), s("1000000000000"))));
        assert_eq!(read("billion-dollar"), Some(("USD".into(), s("1000000000"), None, None)));
        assert_eq!(read("millions of people"), None);
        assert_eq!(read("nine figures show"), Some(("USD".into(), None, s("100000000"), s("1000000000"))));
        assert_eq!(read("twenty-pound bag"), None);
    }
}
