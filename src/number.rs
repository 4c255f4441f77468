//! Numbers as news writes them ("1,500.25", ".5", "14.3 billion", "two", "a million", "half a billion",
//! "one and a half million", "one point three"), parsed exactly into [`Decimal`]. Shared by the money and
//! percent finders.
//!
//! Every operation is checked integer arithmetic on `u128`: a value that would overflow is simply not a number
//! (`None`), never a panic and never a rounded float.

use crate::annotation::Decimal;
use std::cmp::Ordering;

/// More fractional digits than anyone writes; bounds the work and keeps `10^scale` inside `u128`.
const MAX_SCALE: u32 = 18;

/// Parses digits with optional comma grouping and decimal point: "1500", "1,500.25", ".5", "20.0".
/// Anything else ("1,50", "1.2.3", "5-7", "") is not a number.
pub fn parse_digits(s: &str) -> Option<Decimal> {
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let mut digits: u128 = 0;
    if int.contains(',') {
        let groups: Vec<&str> = int.split(',').collect();
        let (first, rest) = groups.split_first()?;
        // "1,500": the first group has 1 to 3 digits, every other exactly 3. Or Indian grouping, "12,34,567":
        // the last group 3 digits, the others 2, the first 1 or 2.
        let western = (1..=3).contains(&first.len()) && rest.iter().all(|g| g.len() == 3);
        let (last, middle) = rest.split_last()?;
        let indian =
            rest.len() >= 2 && (1..=2).contains(&first.len()) && last.len() == 3 && middle.iter().all(|g| g.len() == 2);
        if !western && !indian {
            return None;
        }
        for g in &groups {
            digits = push_digits(digits, g)?;
        }
    } else {
        digits = push_digits(digits, int)?;
    }
    let mut scale = 0;
    if let Some(f) = frac {
        if f.is_empty() || f.len() > MAX_SCALE as usize {
            return None;
        }
        digits = push_digits(digits, f)?;
        scale = f.len() as u32;
    }
    if int.is_empty() && frac.is_none() {
        return None;
    }
    Some(Decimal { digits, scale })
}

fn push_digits(mut acc: u128, s: &str) -> Option<u128> {
    for b in s.bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        acc = acc.checked_mul(10)?.checked_add(u128::from(b - b'0'))?;
    }
    Some(acc)
}

/// `d × 10^exp`, exactly: "14.3" × 10^9 is 14300000000.
pub fn times_pow10(d: Decimal, exp: u32) -> Option<Decimal> {
    if d.scale >= exp {
        return Some(Decimal { digits: d.digits, scale: d.scale - exp });
    }
    let digits = d.digits.checked_mul(10u128.checked_pow(exp - d.scale)?)?;
    Some(Decimal { digits, scale: 0 })
}

/// `d ÷ 10^exp`, exactly: 43 cents is 0.43.
pub fn div_pow10(d: Decimal, exp: u32) -> Option<Decimal> {
    let scale = d.scale.checked_add(exp)?;
    (scale <= 2 * MAX_SCALE).then_some(Decimal { digits: d.digits, scale })
}

/// The two numbers brought to one scale (the larger), or `None` on overflow.
fn aligned(a: Decimal, b: Decimal) -> Option<(u128, u128, u32)> {
    let scale = a.scale.max(b.scale);
    let x = a.digits.checked_mul(10u128.checked_pow(scale - a.scale)?)?;
    let y = b.digits.checked_mul(10u128.checked_pow(scale - b.scale)?)?;
    Some((x, y, scale))
}

pub fn add(a: Decimal, b: Decimal) -> Option<Decimal> {
    let (x, y, scale) = aligned(a, b)?;
    Some(Decimal { digits: x.checked_add(y)?, scale }.normalized())
}

#[cfg(test)]
pub fn mul(a: Decimal, b: Decimal) -> Option<Decimal> {
    let scale = a.scale.checked_add(b.scale)?;
    Some(Decimal { digits: a.digits.checked_mul(b.digits)?, scale }.normalized())
}

/// Compares two decimals by value; `None` only when aligning them would overflow.
pub fn compare(a: Decimal, b: Decimal) -> Option<Ordering> {
    let (x, y, _) = aligned(a, b)?;
    Some(x.cmp(&y))
}

pub fn is_whole(d: Decimal) -> bool {
    d.normalized().scale == 0
}

const HALF: Decimal = Decimal { digits: 5, scale: 1 };

/// The power of ten a magnitude word stands for: "million" → 6. Case-insensitive, singular or plural
/// ("5 lakhs rupees").
pub fn magnitude_word(w: &str) -> Option<u32> {
    const WORDS: &[(&str, u32)] = &[
        ("thousand", 3),
        ("million", 6),
        ("billion", 9),
        ("trillion", 12),
        ("lakh", 5),
        ("lakhs", 5),
        ("lac", 5),
        ("crore", 7),
        ("crores", 7),
    ];
    if w.len() < 3 || w.len() > 8 {
        return None;
    }
    WORDS.iter().find(|(n, _)| n.eq_ignore_ascii_case(w)).map(|&(_, e)| e)
}

/// The power of ten of an abbreviated magnitude ("bn" → 9). Case matters: "M" and "m" are millions but "mm"
/// is millimetres; one-letter forms count only glued to the digits ("5m", not "5 m").
pub fn magnitude_suffix(s: &str, glued: bool) -> Option<u32> {
    match s {
        "k" | "K" | "m" | "M" | "b" | "B" | "T" if glued => match s {
            "k" | "K" => Some(3),
            "m" | "M" => Some(6),
            "b" | "B" => Some(9),
            _ => Some(12),
        },
        "mn" | "MM" | "mln" | "Mn" => Some(6),
        "bn" | "bln" | "Bn" | "BN" => Some(9),
        "tn" | "trn" | "Tn" => Some(12),
        _ => None,
    }
}

/// The value of a number word below a hundred: "seven" → 7, "forty-two" → 42, "twenty" → 20.
pub fn small_number_word(w: &str) -> Option<u32> {
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    if w.len() < 3 || w.len() > 14 {
        return None;
    }
    if let Some((tens, unit)) = w.split_once(['-', '‐']) {
        let t = small_number_word(tens).filter(|t| *t >= 20 && t % 10 == 0)?;
        let u = small_number_word(unit).filter(|u| (1..10).contains(u))?;
        return Some(t + u);
    }
    if let Some(i) = UNITS.iter().position(|u| u.eq_ignore_ascii_case(w)) {
        return Some(i as u32);
    }
    TENS.iter().position(|t| t.eq_ignore_ascii_case(w)).map(|i| 20 + 10 * i as u32)
}

/// Whether a word can begin a number in words ("a" and "an" only before a magnitude or a unit, which the
/// caller checks through [`Parsed::article_only`]).
pub fn starts_number_word(w: &str) -> bool {
    small_number_word(w).is_some()
        || ["a", "an", "half", "hundred"].iter().any(|x| x.eq_ignore_ascii_case(w))
        || magnitude_word(w).is_some()
}

/// A number read from a run of words or digit groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parsed {
    pub value: Decimal,
    /// How many pieces it took.
    pub len: usize,
    /// It is only "a"/"an" (one, but only before a currency word: "a dollar").
    pub article_only: bool,
    /// The number before any magnitude ("5" of "5 million"), and that magnitude's power of ten (0 if none).
    pub base: Decimal,
    pub magnitude: u32,
}

/// Reads a number from consecutive pieces; `piece(k)` gives the k-th piece's text and whether it is glued to
/// the piece before it (no space), or `None` past the end. Stops at the first piece that does not continue
/// the number, so "one and two" reads as "one".
pub fn parse_number<'t>(piece: impl Fn(usize) -> Option<(&'t str, bool)>) -> Option<Parsed> {
    let word = |k: usize| piece(k).map(|(w, _)| w);
    let is = |k: usize, s: &str| word(k).is_some_and(|w| w.eq_ignore_ascii_case(s));
    let mut total = Decimal::from_int(0);
    let mut current: Option<Decimal> = None;
    let mut last_magnitude = u32::MAX;
    let mut magnitude = 0;
    let mut base = None;
    let mut article_only = false;
    let mut after_digits = false;
    let mut after_scale = false; // after "hundred" or a magnitude, where "and" may continue the number
    let mut k = 0;
    let mut used = 0;
    while let Some((w, _)) = piece(k) {
        if w.as_bytes().first().is_some_and(u8::is_ascii_digit) || (w.starts_with('.') && w.len() > 1) {
            if used > 0 {
                break; // "$20 43": a second number is the caller's business
            }
            let mut d = parse_digits(w)?;
            k += 1;
            // "1 point 1": digits after "point" are the decimals.
            if is(k, "point") && !w.contains('.') {
                if let Some(f) = word(k + 1).filter(|f| f.bytes().all(|b| b.is_ascii_digit()) && f.len() <= 9) {
                    d = add(d, div_pow10(parse_digits(f)?, f.len() as u32)?)?;
                    k += 2;
                }
            }
            current = Some(d);
            after_digits = true;
            used = k;
            // "5bn", "5 bn", "$1.5-billion": the magnitude of digits, glued or spelled.
            let (next, next_glued) = piece(k).unwrap_or(("", false));
            let hyphen =
                next == "-" && next_glued && piece(k + 1).is_some_and(|(m, g)| g && magnitude_word(m).is_some());
            let m = if hyphen {
                k += 1;
                word(k).and_then(magnitude_word)
            } else {
                magnitude_suffix(next, next_glued)
            };
            if let Some(e) = m {
                total = times_pow10(d, e)?;
                base = Some(d);
                magnitude = e;
                current = None;
                last_magnitude = e;
                k += 1;
                used = k;
                after_scale = true;
            }
            continue;
        }
        if let Some(v) = small_number_word(w) {
            let v = u128::from(v);
            let cur = current.map_or(Some(0), |c| c.normalized().to_u64().map(u128::from));
            let cur = match cur {
                Some(c)
                    if !after_digits
                        && (c == 0 && current.is_none()
                            || c % 100 == 0
                            || (c % 10 == 0 && c % 100 >= 20 && v < 10)) =>
                {
                    c
                }
                _ => break,
            };
            if cur % 100 != 0 && v >= 10 {
                break;
            }
            current = Some(Decimal::from_int(cur + v));
            article_only = false;
            after_scale = false;
            k += 1;
            // "one point three": single digits in words after "point".
            if is(k, "point") && v < 100 && cur == 0 {
                let mut frac = Decimal::from_int(0);
                let mut n = 0;
                while let Some(dv) = word(k + 1 + n).and_then(small_number_word).filter(|d| *d < 10) {
                    frac = Decimal { digits: frac.digits.checked_mul(10)? + u128::from(dv), scale: frac.scale + 1 };
                    n += 1;
                }
                if n > 0 {
                    current = Some(add(Decimal::from_int(v), frac)?);
                    k += 1 + n;
                }
            }
            used = k;
            continue;
        }
        let lw = w.len();
        if k == 0 && (lw == 1 || lw == 2) && (w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an")) {
            current = Some(Decimal::from_int(1));
            article_only = true;
            k += 1;
            used = k;
            continue;
        }
        if w.eq_ignore_ascii_case("half") && !after_digits {
            // "half a billion", "a half million" (after the article), not "one half" (a fraction of a whole).
            let cur = current.filter(|_| !article_only);
            if cur.is_some() {
                break;
            }
            current = Some(HALF);
            article_only = false;
            k += 1;
            if (is(k, "a") || is(k, "an")) && word(k + 1).and_then(magnitude_word).is_some() {
                k += 1;
            }
            used = k;
            continue;
        }
        if (w.eq_ignore_ascii_case("quarter") || w.eq_ignore_ascii_case("quarters")) && !after_digits {
            // "a quarter of a million", "three quarters of a billion", "three quarters billion": quarters of the
            // magnitude that must follow (not "a quarter of the budget").
            let count = match current {
                None => 1,
                Some(_) if article_only => 1,
                Some(c) => match c.normalized().to_u64().filter(|c| (1..=3).contains(c)) {
                    Some(c) => c,
                    None => break,
                },
            };
            let mut j = k + 1;
            if is(j, "of") {
                j += 1;
            }
            if is(j, "a") || is(j, "an") {
                j += 1;
            }
            if word(j).and_then(magnitude_word).is_none() || total.digits != 0 {
                break;
            }
            current = Some(Decimal { digits: 25 * u128::from(count), scale: 2 });
            article_only = false;
            k = j;
            used = k;
            continue;
        }
        if w.eq_ignore_ascii_case("and") {
            // "one and a half million", "one hundred and two"; never "one and two".
            if (is(k + 1, "a") || is(k + 1, "an")) && is(k + 2, "half") && current.is_some() && !article_only {
                current = Some(add(current?, HALF)?);
                k += 3;
                used = k;
                continue;
            }
            if after_scale && word(k + 1).and_then(small_number_word).is_some() {
                k += 1;
                continue;
            }
            break;
        }
        if w.eq_ignore_ascii_case("hundred") {
            let c = current.unwrap_or(Decimal::from_int(1));
            if compare(c, Decimal::from_int(100)) != Some(Ordering::Less) {
                break;
            }
            current = Some(times_pow10(c, 2)?);
            article_only = false;
            after_scale = true;
            k += 1;
            used = k;
            continue;
        }
        if let Some(e) = magnitude_word(w) {
            if e >= last_magnitude {
                break;
            }
            let c = current.unwrap_or(Decimal::from_int(1));
            if current.is_none() && used > 0 {
                break;
            }
            let scaled = times_pow10(c, e)?;
            total = add(total, scaled)?;
            if base.is_none() {
                base = Some(c);
                magnitude = e;
            }
            current = None;
            last_magnitude = e;
            article_only = false;
            after_scale = true;
            k += 1;
            used = k;
            continue;
        }
        break;
    }
    if used == 0 {
        return None;
    }
    let value = match current {
        Some(c) => add(total, c)?,
        None => total,
    };
    let base = base.unwrap_or(value);
    Some(Parsed { value: value.normalized(), len: used, article_only, base, magnitude })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(text: &str) -> Option<(String, usize)> {
        let words: Vec<&str> = text.split(' ').collect();
        parse_number(|k| words.get(k).map(|w| (*w, false))).map(|p| (p.value.to_string(), p.len))
    }

    fn glued(pieces: &[(&'static str, bool)]) -> Option<String> {
        parse_number(|k| pieces.get(k).copied()).map(|p| p.value.to_string())
    }

    #[test]
    fn digits_exactly() {
        assert_eq!(parse_digits("1,500.25"), Some(Decimal { digits: 150025, scale: 2 }));
        assert_eq!(parse_digits(".5"), Some(Decimal { digits: 5, scale: 1 }));
        // Indian grouping (issue 12), and groupings that are neither.
        assert_eq!(parse_digits("12,34,567").map(|d| d.to_string()), Some("1234567".into()));
        assert_eq!(parse_digits("1,00,000.50").map(|d| d.to_string()), Some("100000.5".into()));
        assert_eq!(parse_digits("1,23"), None);
        assert_eq!(parse_digits("12,345,67"), None);
        assert_eq!(parse_digits("123,45,678"), None);
        assert_eq!(parse_digits("20.0").map(|d| d.to_string()), Some("20".into()));
        for bad in ["1,50", "1.2.3", "5-7", "", ".", "12a", "1,5000", "99999999999999999999999999999999999999999"] {
            assert_eq!(parse_digits(bad), None, "{bad}");
        }
    }

    #[test]
    fn magnitudes_are_exact() {
        assert_eq!(num("14.3 billion"), Some(("14300000000".into(), 2)));
        assert_eq!(glued(&[("4.7", false), ("bn", true)]), Some("4700000000".into()));
        assert_eq!(glued(&[("10", false), ("K", true)]), Some("10000".into()));
        assert_eq!(glued(&[("9", false), ("m", false)]), Some("9".into()));
        assert_eq!(glued(&[("1.5", false), ("-", true), ("billion", true)]), Some("1500000000".into()));
        assert_eq!(num("5 lakh"), Some(("500000".into(), 2)));
        assert_eq!(num("13,009 million"), Some(("13009000000".into(), 2)));
    }

    #[test]
    fn words() {
        assert_eq!(num("two billion"), Some(("2000000000".into(), 2)));
        assert_eq!(num("a million"), Some(("1000000".into(), 2)));
        assert_eq!(num("half a billion"), Some(("500000000".into(), 3)));
        assert_eq!(num("one and a half million"), Some(("1500000".into(), 5)));
        assert_eq!(num("forty-two"), Some(("42".into(), 1)));
        assert_eq!(num("twenty one"), Some(("21".into(), 2)));
        assert_eq!(num("one hundred and two"), Some(("102".into(), 4)));
        assert_eq!(num("two hundred thousand"), Some(("200000".into(), 3)));
        assert_eq!(num("three million two hundred"), Some(("3000200".into(), 4)));
        assert_eq!(num("one point three"), Some(("1.3".into(), 3)));
        assert_eq!(num("1 point 1"), Some(("1.1".into(), 3)));
        assert_eq!(num("one and two"), Some(("1".into(), 1)));
        assert_eq!(num("one two"), Some(("1".into(), 1)));
        assert_eq!(num("twenty ninety"), Some(("20".into(), 1)));
        assert_eq!(num("million"), Some(("1000000".into(), 1)));
        assert_eq!(num("dollars"), None);
    }

    #[test]
    fn overflow_is_none_not_panic() {
        assert_eq!(num("99999999999999999999999999999 trillion"), None);
        let big = Decimal { digits: u128::MAX, scale: 0 };
        assert_eq!(times_pow10(big, 3), None);
        assert_eq!(add(big, big), None);
        assert_eq!(mul(big, big), None);
    }
}
