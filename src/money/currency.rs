//! Currency markers: symbols ($ € £ …, US$ C$ HK$ …), ISO 4217 codes, and currency words with their
//! nationality ("Canadian dollars", "kuwaiti Dinar", "pounds sterling"), each mapped to an ISO code.

use super::atoms::{Atom, AtomKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Currency {
    pub iso: &'static str,
    /// Guessed from a marker several currencies share (a bare "$", "pounds", "dinars").
    pub assumed: bool,
    /// The amount is in hundredths of the main unit (cents, pence, ¢).
    pub minor: bool,
}

const fn cur(iso: &'static str, assumed: bool) -> Currency {
    Currency { iso, assumed, minor: false }
}

const fn minor(iso: &'static str, assumed: bool) -> Currency {
    Currency { iso, assumed, minor: true }
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

/// Single-character currency symbols.
fn symbol(s: &str) -> Option<Currency> {
    Some(match s {
        "$" => cur("USD", true),
        "€" => cur("EUR", false),
        "£" => cur("GBP", false),
        // ¥ is written for both the yen and the yuan.
        "¥" => cur("JPY", true),
        "₹" => cur("INR", false),
        "₩" => cur("KRW", false),
        "₽" => cur("RUB", false),
        "₺" => cur("TRY", false),
        "₿" => cur("XBT", false),
        "₪" => cur("ILS", false),
        "₦" => cur("NGN", false),
        "₱" => cur("PHP", false),
        "¢" => minor("USD", true),
        _ => return None,
    })
}

/// Whether `s` is a currency symbol ("$", "€", "¢", …).
pub fn is_symbol(s: &str) -> bool {
    symbol(s).is_some()
}

/// The letters written before a "$" that name the dollar: "US$", "C$", "HK$".
fn dollar_prefix(s: &str) -> Option<&'static str> {
    Some(match s {
        "US" | "U.S." => "USD",
        "C" | "CA" | "CAN" | "Can" => "CAD",
        "A" | "AU" | "AUD" => "AUD",
        "NZ" => "NZD",
        "HK" => "HKD",
        "S" | "SG" => "SGD",
        "R" => "BRL",
        "NT" => "TWD",
        "MX" | "Mex" => "MXN",
        _ => return None,
    })
}

/// ISO 4217 codes news uses, written in capitals; plus RMB and BTC, which name CNY and bitcoin.
fn code(s: &str) -> Option<Currency> {
    const CODES: &[&str] = &[
        "USD", "EUR", "GBP", "JPY", "CNY", "INR", "CAD", "AUD", "NZD", "HKD", "SGD", "CHF", "SEK", "NOK", "DKK", "KRW",
        "RUB", "TRY", "BRL", "MXN", "ZAR", "KWD", "LBP", "EGP", "QAR", "SAR", "BGN", "MYR", "ILS", "MNT", "UAH", "AED",
        "PLN", "CZK", "HUF", "THB", "IDR", "PHP", "VND", "NGN", "KES", "PKR", "BDT", "TWD", "ARS", "CLP", "COP", "PEN",
        "IRR", "IQD", "JOD", "BHD", "OMR", "XBT", "RON", "ISK", "LKR", "NPR",
    ];
    if s.len() != 3 || !s.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    match s {
        "RMB" => Some(cur("CNY", false)),
        "BTC" => Some(cur("XBT", false)),
        _ => CODES.iter().find(|c| **c == s).map(|c| cur(c, false)),
    }
}

struct Family {
    /// Lower-case singular and plural forms.
    words: &'static [&'static str],
    default: Currency,
    /// Lower-case nationality (one or two words) → ISO code.
    nations: &'static [(&'static str, &'static str)],
}

const FAMILIES: &[Family] = &[
    Family {
        words: &["dollar", "dollars"],
        default: cur("USD", true),
        nations: &[
            ("us", "USD"),
            ("u.s.", "USD"),
            ("american", "USD"),
            ("canadian", "CAD"),
            ("australian", "AUD"),
            ("new zealand", "NZD"),
            ("hong kong", "HKD"),
            ("singapore", "SGD"),
            ("taiwan", "TWD"),
            ("jamaican", "JMD"),
        ],
    },
    Family { words: &["buck", "bucks"], default: cur("USD", true), nations: &[] },
    Family { words: &["euro", "euros"], default: cur("EUR", false), nations: &[] },
    Family {
        words: &["pound", "pounds"],
        default: cur("GBP", true),
        nations: &[("british", "GBP"), ("uk", "GBP"), ("egyptian", "EGP"), ("lebanese", "LBP"), ("syrian", "SYP")],
    },
    Family { words: &["sterling"], default: cur("GBP", false), nations: &[] },
    Family {
        words: &["egyptianpound", "egyptianpounds", "geneh", "genihat"],
        default: cur("EGP", false),
        nations: &[],
    },
    Family { words: &["yen"], default: cur("JPY", false), nations: &[] },
    Family { words: &["yuan", "renminbi"], default: cur("CNY", false), nations: &[] },
    Family {
        words: &["rupee", "rupees"],
        default: cur("INR", true),
        nations: &[("indian", "INR"), ("pakistani", "PKR"), ("sri lankan", "LKR"), ("nepalese", "NPR")],
    },
    Family { words: &["franc", "francs"], default: cur("CHF", true), nations: &[("swiss", "CHF")] },
    Family { words: &["won"], default: cur("KRW", false), nations: &[] },
    Family { words: &["ruble", "rubles", "rouble", "roubles"], default: cur("RUB", false), nations: &[] },
    Family {
        words: &["peso", "pesos"],
        default: cur("MXN", true),
        nations: &[
            ("mexican", "MXN"),
            ("philippine", "PHP"),
            ("argentine", "ARS"),
            ("chilean", "CLP"),
            ("colombian", "COP"),
        ],
    },
    Family { words: &["rand"], default: cur("ZAR", false), nations: &[] },
    Family {
        words: &["dinar", "dinars"],
        default: cur("KWD", true),
        nations: &[
            ("kuwaiti", "KWD"),
            ("iraqi", "IQD"),
            ("jordanian", "JOD"),
            ("bahraini", "BHD"),
            ("libyan", "LYD"),
            ("tunisian", "TND"),
            ("algerian", "DZD"),
            ("serbian", "RSD"),
        ],
    },
    Family {
        words: &["riyal", "riyals"],
        default: cur("SAR", true),
        nations: &[("saudi", "SAR"), ("qatari", "QAR"), ("yemeni", "YER")],
    },
    Family { words: &["saudiriyal", "saudiriyals"], default: cur("SAR", false), nations: &[] },
    Family { words: &["rial", "rials"], default: cur("IRR", true), nations: &[("iranian", "IRR"), ("omani", "OMR")] },
    Family { words: &["shekel", "shekels"], default: cur("ILS", false), nations: &[] },
    Family { words: &["lira", "liras", "lire"], default: cur("TRY", true), nations: &[("turkish", "TRY")] },
    Family { words: &["ringgit", "ringgits"], default: cur("MYR", false), nations: &[] },
    Family { words: &["tugrik", "tugriks", "tögrög"], default: cur("MNT", false), nations: &[] },
    Family { words: &["hryvnia", "hryvnias"], default: cur("UAH", false), nations: &[] },
    Family { words: &["bitcoin", "bitcoins"], default: cur("XBT", false), nations: &[] },
    Family { words: &["krona", "kronor"], default: cur("SEK", false), nations: &[] },
    Family { words: &["krone", "kroner"], default: cur("NOK", true), nations: &[("danish", "DKK")] },
    Family { words: &["zloty", "zlotys"], default: cur("PLN", false), nations: &[] },
    Family { words: &["baht"], default: cur("THB", false), nations: &[] },
    Family { words: &["rupiah"], default: cur("IDR", false), nations: &[] },
    Family { words: &["naira"], default: cur("NGN", false), nations: &[] },
    Family { words: &["dirham", "dirhams"], default: cur("AED", true), nations: &[] },
    Family { words: &["reais"], default: cur("BRL", false), nations: &[] },
    Family { words: &["forint", "forints"], default: cur("HUF", false), nations: &[] },
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
    FAMILIES[0].nations.iter().any(|(_, code)| *code == iso)
}

/// The dollar named by a nationality before "dollar(s)": ("canadian", "dollars") → CAD, ("new", "zealand") with
/// "dollars" after → NZD. `before` holds the one or two words before the currency word, lower-case or not.
pub fn named_dollar(before: &[&str], word: &str) -> Option<&'static str> {
    if !FAMILIES[0].words.iter().any(|w| w.eq_ignore_ascii_case(word)) {
        return None;
    }
    FAMILIES[0].nations.iter().find_map(|(nation, code)| {
        let parts: Vec<&str> = nation.split(' ').collect();
        let tail = before.get(before.len().checked_sub(parts.len())?..)?;
        tail.iter().zip(&parts).all(|(a, b)| a.eq_ignore_ascii_case(b)).then_some(*code)
    })
}

fn family(w: &str) -> Option<&'static Family> {
    if w.len() < 3 || w.len() > 14 {
        return None;
    }
    FAMILIES.iter().find(|f| f.words.iter().any(|x| x.eq_ignore_ascii_case(w)))
}

/// "US$", "C$", "HK$" (a country prefix glued to "$") or an ISO code ("USD"), read the same before and after
/// the number; the currency and the atom after it.
fn code_or_dollar(v: &View, i: usize) -> Option<(Currency, usize)> {
    let s = v.s(i);
    if let Some(iso) = dollar_prefix(s) {
        if v.s(i + 1) == "$" && v.glued(i + 1) {
            return Some((cur(iso, false), i + 2));
        }
    }
    code(s).map(|c| (c, i + 1))
}

/// A currency marker written before the number, and the atom after it: "$", "US$", "C$", "USD", "Rs.",
/// "RM", "malaysian ringgit".
pub fn prefix(v: &View, i: usize) -> Option<(Currency, usize)> {
    let s = v.s(i);
    if let Some(c) = symbol(s) {
        return (!c.minor).then_some((c, i + 1));
    }
    if let Some(found) = code_or_dollar(v, i) {
        return Some(found);
    }
    match s {
        "Rs" | "RS" | "INR" => {
            Some((cur("INR", false), if v.s(i + 1) == "." && v.glued(i + 1) { i + 2 } else { i + 1 }))
        }
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
/// "US$", "USD", "dollars", "US dollars", "kuwaiti Dinar", "pounds sterling", "cents", "43c", "50p", "LE".
pub fn suffix(v: &View, i: usize) -> Option<(Currency, usize)> {
    let s = v.s(i);
    if s.is_empty() {
        return None;
    }
    // A hyphen joins an adjective ("a 25-pound bag", "a 10-dollar bill"): never read as an amount here.
    if let Some(c) = symbol(s) {
        // "20 €ur".
        let next = if v.glued(i + 1) && v.is(i + 1, "ur") { i + 2 } else { i + 1 };
        return Some((c, next));
    }
    if let Some(found) = code_or_dollar(v, i) {
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
        // "50p"; not "1080p" (a screen), so only below a pound.
        "p" if i > 0 && v.glued(i) && v.s(i - 1).len() <= 2 && v.kind(i - 1) == Some(AtomKind::Num) => {
            return Some((minor("GBP", false), i + 1))
        }
        _ => {}
    }
    if v.kind(i) != Some(AtomKind::Alpha) {
        return None;
    }
    if let Some(&(_, c)) = MINOR_WORDS.iter().find(|(w, _)| w.eq_ignore_ascii_case(s)) {
        return Some((c, i + 1));
    }
    // Nationality first: "US dollars", "New Zealand dollars", "malaysia ringgits".
    if is_nationality_start(s) {
        for words in [1, 2] {
            let Some(f) = family(v.s(i + words)) else { continue };
            let adj_is = |n: &str| match n.split_once(' ') {
                Some((a, b)) => words == 2 && a.eq_ignore_ascii_case(s) && b.eq_ignore_ascii_case(v.s(i + 1)),
                None => words == 1 && n.eq_ignore_ascii_case(s),
            };
            if let Some(&(_, iso)) = f.nations.iter().find(|(n, _)| adj_is(n)) {
                return Some((cur(iso, false), i + words + 1));
            }
            if words == 1 && (s.eq_ignore_ascii_case("malaysia") || s.eq_ignore_ascii_case("malaysian")) {
                return Some((f.default, i + 2));
            }
        }
    }
    let f = family(s)?;
    let mut c = f.default;
    let mut next = i + 1;
    // "pounds sterling"; "genihat masriya".
    if (v.is(next, "sterling") && f.default.iso == "GBP") || (v.is(i, "genihat") && v.is(next, "masriya")) {
        c.assumed = false;
        next += 1;
    }
    Some((c, next))
}

/// A cheap test before building the lower-cased nationality key.
fn is_nationality_start(s: &str) -> bool {
    (2..=10).contains(&s.len()) && s.as_bytes()[0].is_ascii_alphabetic()
}

/// Whether a capitalised word can be a currency prefix ("USD", "Rs", "US" before a glued "$"): the cheap test
/// the scan runs on capitalised words.
pub fn could_prefix(s: &str, dollar_follows: bool) -> bool {
    (s.len() == 3 && code(s).is_some())
        || matches!(s, "Rs" | "RS" | "Rs." | "RM")
        || (dollar_follows && dollar_prefix(s).is_some())
}

/// Whether a currency word can come before its number ("ringgit 42", as Duckling writes it).
pub fn is_prefix_word(w: &str) -> bool {
    ["ringgit", "ringgits", "malaysia", "malaysian"].iter().any(|r| r.eq_ignore_ascii_case(w))
}

/// Whether a word after a number can begin its currency: a currency or minor-unit word, or a nationality
/// ("kuwaiti Dinar"). Capitalised codes and names are let through by the caller.
pub fn could_follow_number(w: &str) -> bool {
    family(w).is_some()
        || MINOR_WORDS.iter().any(|(m, _)| m.eq_ignore_ascii_case(w))
        || matches!(w, "le" | "l.e." | "l.e" | "malaysia" | "malaysian")
        || FAMILIES
            .iter()
            .any(|f| f.nations.iter().any(|(n, _)| n.split(' ').next().is_some_and(|n| n.eq_ignore_ascii_case(w))))
}

/// Whether `w` is a currency word that "a" can count: "a dollar", "a million euros"; not "a penny" (a coin).
pub fn counts_with_article(w: &str) -> bool {
    family(w).is_some() || MINOR_WORDS.iter().any(|(m, _)| m.eq_ignore_ascii_case(w) && !m.starts_with("penn"))
}

/// A currency word alone (no number): "dollar" of "multibillion-dollar", "dollars" of "billions of dollars".
pub fn word(w: &str) -> Option<Currency> {
    family(w).map(|f| f.default)
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
        assert_eq!(pre("Eur 20"), None);
        assert_eq!(pre("the 20"), None);
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
