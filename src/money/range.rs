//! What is said around an amount: hedges ("about", "nearly" → approximate), bounds ("more than" → min,
//! "up to" → max) and ranges ("$5-10 billion", "between $5 and $10 million", "from 10 to 20 dollars").

use super::amount::{self, Amount};
use super::currency::View;
use crate::annotation::{Decimal, Money};
use crate::number;
use std::cmp::Ordering;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Qualifier {
    Hedge,
    Min,
    Max,
    Between,
    From,
    Exactly,
}

use Qualifier::*;

/// Phrases before an amount, longest first so that "no more than" wins over "more than".
const PHRASES: &[(&[&str], Qualifier)] = &[
    (&["in", "excess", "of"], Min),
    (&["no", "less", "than"], Min),
    (&["not", "less", "than"], Min),
    (&["no", "more", "than"], Max),
    (&["not", "more", "than"], Max),
    (&["a", "maximum", "of"], Max),
    (&["as", "much", "as"], Max),
    (&["as", "high", "as"], Max),
    (&["in", "the", "region", "of"], Hedge),
    (&["more", "than"], Min),
    (&["greater", "than"], Min),
    (&["higher", "than"], Min),
    (&["at", "least"], Min),
    (&["upwards", "of"], Min),
    (&["north", "of"], Min),
    (&["less", "than"], Max),
    (&["lower", "than"], Max),
    (&["fewer", "than"], Max),
    (&["up", "to"], Max),
    (&["at", "most"], Max),
    (&["an", "estimated"], Hedge),
    (&["close", "to"], Hedge),
    (&["over"], Min),
    (&["above"], Min),
    (&["exceeding"], Min),
    (&["under"], Max),
    (&["below"], Max),
    (&["about"], Hedge),
    (&["around"], Hedge),
    (&["roughly"], Hedge),
    (&["nearly"], Hedge),
    (&["almost"], Hedge),
    (&["some"], Hedge),
    (&["approximately"], Hedge),
    (&["approx"], Hedge),
    (&["approx."], Hedge),
    (&["circa"], Hedge),
    (&["estimated"], Hedge),
    (&["between"], Between),
    (&["from"], From),
    (&["exactly"], Exactly),
];

/// Words that make "from X to Y" a change between two amounts rather than a range.
const CHANGE_WORDS: &[&str] = &[
    "rose",
    "rise",
    "rising",
    "risen",
    "fell",
    "fall",
    "falling",
    "fallen",
    "increased",
    "increase",
    "increasing",
    "decreased",
    "decrease",
    "grew",
    "grow",
    "growing",
    "jumped",
    "jump",
    "climbed",
    "dropped",
    "drop",
    "cut",
    "raised",
    "raise",
    "boosted",
    "lifted",
    "lowered",
    "declined",
    "slipped",
    "slid",
    "up",
    "down",
    "soared",
    "surged",
    "plunged",
    "tumbled",
    "shrank",
    "doubled",
    "tripled",
    "reduced",
    "revised",
    "changed",
    "moved",
];

/// The qualifier phrase ending just before atom `i` (and not before `floor`), with its first atom.
fn qualifier_before(v: &View, i: usize, floor: usize) -> Option<(Qualifier, usize)> {
    for (words, q) in PHRASES {
        let n = words.len();
        if i < floor + n {
            continue;
        }
        let start = i - n;
        if words.iter().enumerate().all(|(k, w)| v.is(start + k, w)) {
            // "just over", "slightly under", "well above": a bound that is also a hedge is kept as the bound.
            let hedged = start > floor
                && matches!(*q, Min | Max)
                && ["just", "slightly", "well"].iter().any(|h| v.is(start - 1, h));
            return Some((*q, if hedged { start - 1 } else { start }));
        }
    }
    None
}

/// An amount with what is said around it, as atoms `first..end`.
pub struct Found {
    pub first: usize,
    pub end: usize,
    pub money: Money,
}

/// The money expression whose number (or currency prefix) starts at atom `i`; `floor` is the first atom not
/// already taken by an earlier span.
pub fn parse_at(v: &View, i: usize, floor: usize) -> Option<Found> {
    let a = amount::parse(v, i)?;
    let qualifier = qualifier_before(v, i, floor);
    let q = qualifier.map(|(q, _)| q);
    let mut first = qualifier.map_or(i, |(_, s)| s);
    if let Some((b, min, max)) = range(v, &a, q) {
        let currency = a.currency.or(b.currency)?;
        let money = Money {
            currency: currency.iso,
            amount: None,
            min: Some(min),
            max: Some(max),
            approximate: q == Some(Hedge),
            currency_assumed: currency.assumed,
            per: None,
        };
        if !matches!(q, Some(Hedge | Between | From | Exactly)) {
            first = i;
        }
        return Some(Found { first, end: b.end, money });
    }
    let currency = a.currency?;
    let (amount, min, max) = match q {
        Some(Min) => (None, Some(a.value), None),
        Some(Max) => (None, None, Some(a.value)),
        _ => (Some(a.value), None, None),
    };
    if matches!(q, Some(Between | From) | None) {
        first = i;
    }
    let money = Money {
        currency: currency.iso,
        amount,
        min,
        max,
        approximate: q == Some(Hedge) || (first < i && v.is(first, "just")),
        currency_assumed: currency.assumed,
        per: None,
    };
    Some(Found { first, end: a.end, money })
}

/// The second amount of a range after `a`, with the range's bounds.
fn range(v: &View, a: &Amount, q: Option<Qualifier>) -> Option<(Amount, Decimal, Decimal)> {
    let c = a.end;
    let joined = match v.s(c) {
        "-" | "–" | "—" => true,
        // "rose from $5 to $7" and "rose 4.15p to 352p" are changes: by one amount, to another.
        _ if v.is(c, "to") => match q {
            Some(From) => !changes(v, a.first),
            None => !(a.first >= 1 && changes(v, a.first + 1)),
            _ => true,
        },
        _ if v.is(c, "and") => matches!(q, Some(Between | From)),
        _ => false,
    };
    if !joined {
        return None;
    }
    let b = amount::parse(v, c + 1)?;
    // "$1bn-2bn", "$5-10 billion": the second number may lend the first's currency, after a dash or with a magnitude.
    let dash = !v.is(c, "to") && !v.is(c, "and");
    let cb = b.currency.or(a.currency.filter(|_| dash || b.magnitude > 0))?;
    if a.currency.is_some_and(|ca| ca.iso != cb.iso) {
        return None;
    }
    let mut min = a.value;
    // "$5-10 billion", "between $5 and $10 million": the magnitude is shared when that keeps min below max.
    if a.magnitude == 0 && b.magnitude > 0 && number::compare(a.value, b.base) == Some(Ordering::Less) {
        min = number::times_pow10(a.value, b.magnitude)?;
    }
    // "10-20 cents": the bare first number is in cents too.
    if a.currency.is_none() && cb.minor {
        min = number::div_pow10(min, 2)?.normalized();
    }
    (number::compare(min, b.value) == Some(Ordering::Less)).then_some((b, min, b.value))
}

/// Whether the word before "from" (at `from_next - 1`) says the amount changed: "rose from $5 to $7".
fn changes(v: &View, from_next: usize) -> bool {
    from_next >= 2 && CHANGE_WORDS.iter().any(|w| v.is(from_next - 2, w))
}
