//! Currency markers: symbols ($ € £ …, US$ C$ HK$ …), ISO 4217 codes, and currency words with their
//! nationality ("Canadian dollars", "kuwaiti Dinar", "pounds sterling"), each mapped to an ISO code.

use super::atoms::{Atom, AtomKind};
use super::table;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Currency {
    pub iso: &'static str,
    /// Guessed from a marker several currencies share (a bare "$", "pounds", "dinars").
    pub assumed: bool,
    /// The amount is in hundredths of the main unit (cents, pence, ¢).
    pub minor: bool,
    /// The amount is in thousands (3) or millions (6) of it: "KEUR 250", "MUSD 5", as finance writes them.
    pub magnitude: u32,
}

const fn cur(iso: &'static str, assumed: bool) -> Currency {
    Currency { iso, assumed, minor: false, magnitude: 0 }
}

const fn minor(iso: &'static str, assumed: bool) -> Currency {
    Currency { iso, assumed, minor: true, magnitude: 0 }
}

/// The atoms with the text, so the tables can be read by index.
pub struct View<'a> {
    pub text: &'a str,
    pub atoms: &'a [Atom],
}

impl<'a> View<'a> {
    pub fn s(&self, i: usize) -> &'a str {
        self.atoms.get(i).map_or("", |a| &self.text[a.start..a.end])
    }
    pub fn glued(&self, i: usize) -> bool {
        self.atoms.get(i).is_some_and(|a| a.glued)
    }
    pub fn kind(&self, i: usize) -> Option<AtomKind> {
        self.atoms.get(i).map(|a| a.kind)
    }
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.s(i).eq_ignore_ascii_case(w)
    }
    /// Nothing that continues a phrase follows atom `i`: the end, or punctuation.
    pub fn ends_after(&self, i: usize) -> bool {
        !matches!(self.kind(i + 1), Some(AtomKind::Alpha | AtomKind::Num))
    }
}

/// The symbols several currencies share, or that news writes for one ("$" is USD until the text names another
/// dollar); every other symbol comes from the derived [table].
fn symbol(s: &str) -> Option<Currency> {
    Some(match s {
        "$" => cur("USD", true),
        "€" => cur("EUR", false),
        "£" => cur("GBP", false),
        // ¥ is written for both the yen and the yuan.
        "¥" | "￥" => cur("JPY", true),
        "₹" => cur("INR", false),
        "₩" => cur("KRW", false),
        "₿" => cur("XBT", false),
        "¢" => minor("USD", true),
        _ => return table::symbol(s).map(|iso| cur(iso, false)),
    })
}

/// Whether `s` is a currency symbol ("$", "€", "¢", "₡", …).
pub fn is_symbol(s: &str) -> bool {
    symbol(s).is_some()
}

/// An ISO 4217 code in capitals, or in any case when it is no English word ("usd"); plus RMB and BTC, which name
/// CNY and bitcoin.
fn code(s: &str) -> Option<Currency> {
    if s.len() != 3 {
        return None;
    }
    if s.eq_ignore_ascii_case("RMB") {
        return Some(cur("CNY", false));
    }
    if s == "BTC" || s == "XBT" {
        return Some(cur("XBT", false));
    }
    table::code(s).map(|iso| cur(iso, false))
}

/// Currency words CLDR has no name for: slang, Duckling's spellings, bitcoin.
const HAND_WORDS: &[(&str, Currency)] = &[
    ("buck", cur("USD", true)),
    ("bucks", cur("USD", true)),
    ("greenback", cur("USD", true)),
    ("greenbacks", cur("USD", true)),
    ("quid", cur("GBP", false)),
    ("egyptianpound", cur("EGP", false)),
    ("egyptianpounds", cur("EGP", false)),
    ("geneh", cur("EGP", false)),
    ("genihat", cur("EGP", false)),
    ("saudiriyal", cur("SAR", false)),
    ("saudiriyals", cur("SAR", false)),
    ("bitcoin", cur("XBT", false)),
    ("bitcoins", cur("XBT", false)),
];

/// Words for hundredths: "43 cents", "50 pence", "43 sen". Cents with no other currency are US cents.
const MINOR_WORDS: &[(&str, Currency)] = &[
    ("cent", minor("USD", true)),
    ("cents", minor("USD", true)),
    ("penny", minor("USD", true)),
    ("pennies", minor("USD", true)),
    ("pence", minor("GBP", false)),
    ("sen", minor("MYR", false)),
    ("sens", minor("MYR", false)),
    ("kopiykas", minor("UAH", false)),
    ("kopecks", minor("RUB", false)),
    ("paise", minor("INR", false)),
];

/// The ISO codes of the dollars: a bare "$" is one of these.
pub fn is_dollar(iso: &str) -> bool {
    table::is_dollar(iso)
}

/// The dollar a nationality before "dollar(s)" names: (["canadian"], "dollars") → CAD, (["new", "zealand"],
/// "dollars") → NZD. `before` holds the one or two words before the currency word, in any case.
pub fn named_dollar(before: &[&str], word: &str) -> Option<&'static str> {
    if !(word.eq_ignore_ascii_case("dollar") || word.eq_ignore_ascii_case("dollars")) {
        return None;
    }
    (1..=before.len()).rev().find_map(|n| {
        let mut name = before[before.len() - n..].join(" ");
        name.push(' ');
        name.push_str(word);
        table::name(&name.to_ascii_lowercase()).filter(|iso| table::is_dollar(iso))
    })
}

/// A currency word alone, any case, with what the table says of it: its currency, and whether it is weak (a
/// common English word, "won").
fn currency_word(w: &str) -> Option<(Currency, bool)> {
    if w.len() < 3 || w.len() > 16 {
        return None;
    }
    if let Some(found) = table::word(w) {
        return Some((cur(found.iso, found.assumed), found.weak));
    }
    HAND_WORDS.iter().find(|(h, _)| h.eq_ignore_ascii_case(w)).map(|&(_, c)| (c, false))
}

/// How many words a currency name may have ("são tomé & príncipe dobras").
const MAX_NAME_WORDS: usize = 6;

/// A symbol the tokenizer split ("GH₵", "Afl.", "Bs.S", "CN¥"): two or three glued atoms from `i` that spell a
/// symbol of the table; the longest.
fn split_symbol(v: &View, i: usize) -> Option<(Currency, usize)> {
    let (Some(first), Some(a)) = (v.atoms.get(i), v.atoms.get(i + 1)) else { return None };
    if !a.glued {
        return None;
    }
    let three = v.atoms.get(i + 2).filter(|b| b.glued).map(|b| (b.end, i + 3));
    [three, Some((a.end, i + 2))]
        .into_iter()
        .flatten()
        .find_map(|(end, next)| table::symbol(&v.text[first.start..end]).map(|iso| (cur(iso, false), next)))
}

/// A currency named in two words or more at atom `i` ("Swiss francs", "new zealand dollars"), and the atom after.
fn named(v: &View, i: usize) -> Option<(Currency, usize)> {
    if v.kind(i) != Some(AtomKind::Alpha) || !table::opens_currency(v.s(i)) {
        return None;
    }
    let mut name = v.s(i).to_ascii_lowercase();
    let mut longest = None;
    for n in 2..=MAX_NAME_WORDS {
        let j = i + n - 1;
        if !(v.kind(j) == Some(AtomKind::Alpha) || v.s(j) == "&") || v.glued(j) {
            break;
        }
        name.push(' ');
        name.push_str(&v.s(j).to_ascii_lowercase());
        if let Some(iso) = table::name(&name) {
            longest = Some((cur(iso, false), j + 1));
        }
    }
    longest
}

/// "US$", "C$", "hk $" (letters before "$", glued, or spaced when they are two letters or more or a lower-case
/// one other than the article "a") or an ISO code ("USD", "usd"), read the same before and after the number; the
/// currency and the atom after it.
fn code_or_dollar(v: &View, i: usize) -> Option<(Currency, usize)> {
    let s = v.s(i);
    if v.s(i + 1) == "$" && v.kind(i) == Some(AtomKind::Alpha) {
        let spaced_ok = s.len() >= 2 || (s.bytes().all(|b| b.is_ascii_lowercase()) && s != "a");
        if v.glued(i + 1) || spaced_ok {
            if let Some(iso) = table::dollar_prefix(s) {
                return Some((cur(iso, false), i + 2));
            }
        }
    }
    if let Some(c) = code_with_magnitude(s) {
        return Some((c, i + 1));
    }
    // "mxn$ 15": a code glued to "$" is that code.
    let c = code(s)?;
    Some((c, if v.s(i + 1) == "$" && v.glued(i + 1) { i + 2 } else { i + 1 }))
}

/// "MUSD 5", "KEUR 250", "MSEK 40": a code in capitals with the magnitude's letter before it (millions, thousands).
fn code_with_magnitude(s: &str) -> Option<Currency> {
    let magnitude = match s.as_bytes() {
        [b'M', _, _, _] => 6,
        [b'K', _, _, _] => 3,
        _ => return None,
    };
    let iso = table::code(&s[1..]).filter(|iso| *iso == &s[1..])?;
    Some(Currency { magnitude, ..cur(iso, false) })
}

/// A currency marker written before the number, and the atom after it: "$", "US$", "C$", "USD", "Rs.",
/// "RM", "Rp", "malaysian ringgit".
pub fn prefix(v: &View, i: usize) -> Option<(Currency, usize)> {
    if let Some(found) = split_symbol(v, i) {
        return Some(found);
    }
    let s = v.s(i);
    if let Some(c) = symbol(s) {
        return (!c.minor).then_some((c, i + 1));
    }
    if let Some(found) = code_or_dollar(v, i) {
        return Some(found);
    }
    match s {
        "Rs" | "RS" => Some((cur("INR", false), if v.s(i + 1) == "." && v.glued(i + 1) { i + 2 } else { i + 1 })),
        "Rs." => Some((cur("INR", false), i + 1)),
        "RM" => Some((cur("MYR", false), i + 1)),
        _ => {
            // Duckling writes "ringgit 42"; no other currency word comes before its number in English.
            let j = if v.is(i, "malaysia") || v.is(i, "malaysian") { i + 1 } else { i };
            (v.is(j, "ringgit") || v.is(j, "ringgits")).then_some((cur("MYR", false), j + 1))
        }
    }
}

/// A currency marker written after the number (and its magnitude), and the atom after it: "$", "€ur",
/// "US$", "USD", "dollars", "US dollars", "kuwaiti Dinar", "pounds sterling", "Dutch guilders", "cents", "43c",
/// "50p", "LE".
pub fn suffix(v: &View, i: usize) -> Option<(Currency, usize)> {
    let s = v.s(i);
    if s.is_empty() {
        return None;
    }
    if let Some(found) = split_symbol(v, i) {
        return Some(found);
    }
    // A hyphen joins an adjective ("a 25-pound bag", "a 10-dollar bill"): never read as an amount here.
    if let Some(c) = symbol(s) {
        // "20 €ur".
        let next = if v.glued(i + 1) && v.is(i + 1, "ur") { i + 2 } else { i + 1 };
        return Some((c, next));
    }
    if let Some(found) = code_or_dollar(v, i) {
        // "3 USD50 cards": a code glued to the number after it is that number's.
        if v.kind(found.1) == Some(AtomKind::Num) && v.glued(found.1) {
            return None;
        }
        return Some(found);
    }
    match s {
        "Rs" | "Rs." => return Some((cur("INR", false), i + 1)),
        "RM" => return Some((cur("MYR", false), i + 1)),
        "LE" | "L.E" | "L.E." | "l.e." | "l.e" => return Some((cur("EGP", false), i + 1)),
        // The tokenizer reads "L.E" as the initial "L." and "E".
        "L." if v.s(i + 1) == "E" && v.glued(i + 1) => return Some((cur("EGP", false), i + 2)),
        // "42 le" is Duckling's; only at the end, where it cannot be French.
        "le" if v.ends_after(i) => return Some((cur("EGP", false), i + 1)),
        // "43c", "10 c" (only at the end: "30 C" is a temperature), "50p".
        "c" if v.glued(i) || v.ends_after(i) => return Some((minor("USD", true), i + 1)),
        "p" if i > 0 && v.glued(i) && is_pence(v, i - 1) => return Some((minor("GBP", false), i + 1)),
        _ => {}
    }
    if v.kind(i) != Some(AtomKind::Alpha) {
        return None;
    }
    if let Some(&(_, c)) = MINOR_WORDS.iter().find(|(w, _)| w.eq_ignore_ascii_case(s)) {
        return Some((c, i + 1));
    }
    // A name first: "US dollars", "New Zealand dollars", "Dutch guilders".
    if let Some(found) = named(v, i) {
        return Some(found);
    }
    if s.eq_ignore_ascii_case("malaysia") || s.eq_ignore_ascii_case("malaysian") {
        return (v.is(i + 1, "ringgit") || v.is(i + 1, "ringgits")).then_some((cur("MYR", false), i + 2));
    }
    let (mut c, weak) = currency_word(s)?;
    // "20 Franc supporters", "12 Peso Pluma hits": a capitalised currency word before a noun or another
    // capitalised word is part of a name.
    let capitalised_next = v.kind(i + 1) == Some(AtomKind::Alpha) && v.s(i + 1).starts_with(char::is_uppercase);
    if s.starts_with(char::is_uppercase)
        && s.chars().any(char::is_lowercase)
        && (noun_follows(v, i + 1) || capitalised_next)
    {
        return None;
    }
    // "won", "marks": a common English word is a currency only after a money-sized number.
    if weak && !money_sized(v, i) {
        return None;
    }
    let mut next = i + 1;
    // "pounds sterling"; "genihat masriya".
    if (v.is(next, "sterling") && c.iso == "GBP") || (v.is(i, "genihat") && v.is(next, "masriya")) {
        c.assumed = false;
        next += 1;
    }
    Some((c, next))
}

/// Words of a market report before a share price: "rose 4.15p to 352p", "closed at 120p".
const PRICE_WORDS: &[&str] = &[
    "rose", "fell", "gained", "lost", "climbed", "dropped", "slipped", "added", "shed", "jumped", "eased", "firmed",
    "slid", "tumbled", "soared", "rallied", "closed", "ended", "finished", "opened", "traded", "trading", "up", "down",
    "price", "prices", "priced", "offer", "bid", "dividend", "share", "shares",
];
/// Video resolutions written with a "p": "1080p" is a screen, whatever the sentence.
const RESOLUTIONS: &[&str] = &["144", "240", "360", "480", "540", "576", "720", "1080", "1440", "2160", "4320"];
/// How many atoms before a pence amount are read for a price word or another pence amount.
const PENCE_CONTEXT: usize = 8;

/// Whether the number at atom `n`, with a "p" glued after it, is pence: "50p" (below a pound), "4.15p" (with
/// decimals), or "352p" in a market report (a price word or another pence amount shortly before). Not "F-16p"
/// (a model), "page 5p", or a screen ("1080p").
fn is_pence(v: &View, n: usize) -> bool {
    let digits = v.s(n);
    if v.kind(n) != Some(AtomKind::Num)
        || v.glued(n) && n > 0 && matches!(v.kind(n - 1), Some(AtomKind::Alpha | AtomKind::Sym))
    {
        return false;
    }
    if n > 0 && ["page", "pages", "p.", "pp", "pp.", "no", "no.", "model"].iter().any(|w| v.is(n - 1, w)) {
        return false;
    }
    if digits.len() <= 2 || digits.contains('.') {
        return true;
    }
    if RESOLUTIONS.contains(&digits) || digits.contains(',') || digits.len() > 5 {
        return false;
    }
    (n.saturating_sub(PENCE_CONTEXT)..n).any(|j| {
        PRICE_WORDS.iter().any(|w| v.is(j, w)) || v.is(j + 1, "p") && v.glued(j + 1) && v.kind(j) == Some(AtomKind::Num)
    })
}

/// The currency of a word joined to its number by a hyphen, "a 12-cent stamp", "a one-yen coin", "a 10-dollar
/// bill": a minor unit or a currency word; not "pound" (a 25-pound bag is a weight) nor a common English word.
pub fn hyphen_word(w: &str) -> Option<Currency> {
    if w.eq_ignore_ascii_case("pound") || w.eq_ignore_ascii_case("pounds") {
        return None;
    }
    MINOR_WORDS
        .iter()
        .find(|(m, _)| m.eq_ignore_ascii_case(w))
        .map(|&(_, c)| c)
        .or_else(|| currency_word(w).filter(|(_, weak)| !weak).map(|(c, _)| c))
}

/// Whether a lower-case word that is no function word follows at atom `i`: the noun of "a twenty pound bag".
pub fn noun_follows(v: &View, i: usize) -> bool {
    let next = v.s(i);
    v.kind(i) == Some(AtomKind::Alpha)
        && next.starts_with(|c: char| c.is_lowercase())
        && !matches!(next, "and" | "or" | "in" | "for" | "to" | "a" | "an" | "the" | "on" | "at" | "from")
}

/// Whether the number before atom `i` has the size of a money amount: a magnitude ("1.5 billion"), or digits
/// with thousands or decimals, or four digits or more.
fn money_sized(v: &View, i: usize) -> bool {
    let Some(before) = i.checked_sub(1) else { return false };
    let s = v.s(before);
    crate::number::magnitude_word(s).is_some()
        || crate::number::magnitude_suffix(s, v.glued(before)).is_some()
        || v.kind(before) == Some(AtomKind::Num) && (s.contains([',', '.']) || s.len() >= 4)
}

/// Whether a capitalised word can be a currency prefix ("USD", "Rs", "US" before a glued "$"): the cheap test
/// the scan runs on capitalised words.
pub fn could_prefix(s: &str, dollar_follows: bool) -> bool {
    (s.len() == 3 && code(s).is_some())
        || code_with_magnitude(s).is_some()
        || matches!(s, "Rs" | "RS" | "Rs." | "RM")
        || (dollar_follows && table::dollar_prefix(s).is_some())
}

/// Whether a word before a number can be its currency: a code ("usd") or a symbol in letters ("Rp", "KSh").
pub fn could_prefix_number(s: &str) -> bool {
    could_prefix(s, false) || table::symbol(s).is_some()
}

/// Whether letters before a "$" can name the dollar ("hk", "C", "mxn"): the scan's test.
pub fn could_prefix_dollar(s: &str) -> bool {
    table::dollar_prefix(s).is_some() || code(s).is_some()
}

/// Whether a symbol written in pieces starts with `s` ("GH" of "GH₵").
pub fn opens_symbol(s: &str) -> bool {
    table::opens_symbol(s)
}

/// Whether a currency word can come before its number ("ringgit 42", as Duckling writes it).
pub fn is_prefix_word(w: &str) -> bool {
    ["ringgit", "ringgits", "malaysia", "malaysian"].iter().any(|r| r.eq_ignore_ascii_case(w))
}

/// Whether a word after a number can begin its currency: a currency, minor-unit or slang word, a symbol written
/// in letters ("zł"), a code in lower case, or the first word of a name ("kuwaiti Dinar", "swiss francs").
/// Capitalised codes and names are let through by the caller.
pub fn could_follow_number(w: &str) -> bool {
    table::opens_currency(w)
        || HAND_WORDS.iter().any(|(h, _)| h.eq_ignore_ascii_case(w))
        || MINOR_WORDS.iter().any(|(m, _)| m.eq_ignore_ascii_case(w))
        || ["le", "l.e.", "l.e", "malaysia", "malaysian"].iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Whether `w` is a currency word that "a" can count: "a dollar", "a million euros"; not "a penny" (a coin).
pub fn counts_with_article(w: &str) -> bool {
    currency_word(w).is_some_and(|(_, weak)| !weak)
        || MINOR_WORDS.iter().any(|(m, _)| m.eq_ignore_ascii_case(w) && !m.starts_with("penn"))
}

/// A currency word alone (no number): "dollar" of "multibillion-dollar", "dollars" of "billions of dollars".
pub fn word(w: &str) -> Option<Currency> {
    currency_word(w).filter(|(_, weak)| !weak).map(|(c, _)| c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::atoms::atoms;
    use crate::text::Doc;

    fn suf(text: &str) -> Option<(&'static str, bool, bool, usize)> {
        let doc = Doc::new(text);
        let a = atoms(&doc);
        let v = View { text, atoms: &a };
        suffix(&v, 1).map(|(c, n)| (c.iso, c.assumed, c.minor, n))
    }

    fn pre(text: &str) -> Option<(&'static str, bool, usize)> {
        let doc = Doc::new(text);
        let a = atoms(&doc);
        let v = View { text, atoms: &a };
        prefix(&v, 0).map(|(c, n)| (c.iso, c.assumed, n))
    }

    #[test]
    fn prefixes() {
        assert_eq!(pre("$5"), Some(("USD", true, 1)));
        assert_eq!(pre("US$5"), Some(("USD", false, 2)));
        assert_eq!(pre("HK$5"), Some(("HKD", false, 2)));
        assert_eq!(pre("EUR 20"), Some(("EUR", false, 1)));
        assert_eq!(pre("Rs. 20"), Some(("INR", false, 2)));
        assert_eq!(pre("malaysian ringgit 42"), Some(("MYR", false, 2)));
        // Issue 12: a code in any case, unless it is an English word ("all", "top", "try").
        assert_eq!(pre("Eur 20"), Some(("EUR", false, 1)));
        assert_eq!(pre("usd 20"), Some(("USD", false, 1)));
        assert_eq!(pre("All 20"), None);
        assert_eq!(pre("try 20"), None);
        assert_eq!(pre("the 20"), None);
        // Prefixed dollars in any case, with a space.
        assert_eq!(pre("hk $ 10"), Some(("HKD", false, 2)));
        assert_eq!(pre("c $ 16.4"), Some(("CAD", false, 2)));
        assert_eq!(pre("A $5"), None, "a capital letter and a space: the article");
        assert_eq!(pre("₡500"), Some(("CRC", false, 1)));
    }

    #[test]
    fn suffixes() {
        assert_eq!(suf("5 dollars"), Some(("USD", true, false, 2)));
        assert_eq!(suf("5 US dollars"), Some(("USD", false, false, 3)));
        assert_eq!(suf("5 New Zealand dollars"), Some(("NZD", false, false, 4)));
        assert_eq!(suf("42 kuwaiti Dinar"), Some(("KWD", false, false, 3)));
        assert_eq!(suf("5 pounds sterling"), Some(("GBP", false, false, 3)));
        assert_eq!(suf("43c"), Some(("USD", true, true, 2)));
        assert_eq!(suf("30 C outside"), None);
        assert_eq!(suf("20 €ur"), Some(("EUR", false, false, 3)));
        assert_eq!(suf("3.14US$"), Some(("USD", false, false, 3)));
        assert_eq!(suf("5 people"), None);
    }
}
