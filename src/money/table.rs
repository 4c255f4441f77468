//! Every ISO 4217 currency, current and historical, with its English names and symbols: the table
//! `scripts/derive_currencies.py` derives from CLDR into `currencies.tsv` (its format is described there). Each
//! section comes sorted, so it is read once into arrays that are searched by binary search and never sorted here
//! (a sort per element type would weigh more in the wasm than the table itself).

use std::cmp::Ordering;
use std::sync::OnceLock;

/// Longer than any symbol, or any word that opens a currency name: the scan's words are rejected by length first.
const MAX_SYMBOL_BYTES: usize = 8;
const MAX_WORD_BYTES: usize = 32;

/// What a currency word alone ("francs", "zlotys") says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    pub iso: &'static str,
    /// Several currencies share the word; this is the one it is taken for until the text says otherwise.
    pub assumed: bool,
    /// Also a common English word ("won", "marks"): money only when the amount is clearly money-sized.
    pub weak: bool,
}

/// The cases a code may be written in besides capitals: lower ("usd") when it is no English word, title
/// ("Usd") when it is no name either ("Bob", "Ron").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cases {
    pub lower: bool,
    pub title: bool,
}

/// One currency's line: its code, flags and places.
#[derive(Clone, Copy, Debug)]
struct Code {
    iso: &'static str,
    cases: Cases,
    dollar: bool,
    /// Where it is or was used and its nationality words, lower-case, "|"-separated ("swiss|switzerland").
    places: &'static str,
}

#[derive(Default)]
struct Table {
    /// By code.
    codes: Vec<Code>,
    /// (lower-case name of two words or more, code), by name: "swiss francs", "new zealand dollar".
    names: Vec<(&'static str, &'static str)>,
    /// Currency words alone, by word.
    words: Vec<(&'static str, Word)>,
    /// (symbol, code), by symbol: "₡", "zł", "Rp".
    symbols: Vec<(&'static str, &'static str)>,
    /// (lower-cased symbol of three letters or more, code), by symbol: "ksh".
    folded_symbols: Vec<(&'static str, &'static str)>,
    /// The ASCII first characters of the symbols in either case, as a bit set, and the others: the scan asks about
    /// every quote mark and dash, and this turns them away.
    ascii_symbol_starts: u128,
    other_symbol_starts: Vec<char>,
    /// (upper-case letters written before "$", code), by letters: "HK" → HKD.
    dollar_prefixes: Vec<(&'static str, &'static str)>,
    /// For each first letter (a–z, then anything else), a bit per byte length (up to 31) of the words alone and
    /// the names' first words: most words are rejected by these two facts alone, before any search.
    shapes: [u32; 27],
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| parse(include_str!("currencies.tsv")))
}

fn parse(tsv: &'static str) -> Table {
    let mut t = Table::default();
    let pair = |rest: &'static str| rest.split_once('\t');
    for line in tsv.lines() {
        let (kind, rest) = line.split_at(line.len().min(1));
        match kind {
            "#" | "" => {}
            "=" | "?" => {
                let mut parts = rest.split(' ');
                let (Some(word), Some(iso)) = (parts.next(), parts.next()) else { continue };
                let weak = parts.next() == Some("w");
                t.words.push((word, Word { iso, assumed: kind == "?", weak }));
            }
            "$" => t.dollar_prefixes.extend(rest.split_once(' ')),
            "@" => t.names.extend(pair(rest)),
            "%" => t.symbols.extend(pair(rest)),
            "&" => t.folded_symbols.extend(pair(rest)),
            _ => {
                let mut cols = line.split('\t');
                let (Some(iso), Some(flags), Some(places)) = (cols.next(), cols.next(), cols.next()) else {
                    continue;
                };
                let cases = Cases { lower: flags.contains('l'), title: flags.contains('t') };
                t.codes.push(Code { iso, cases, dollar: flags.contains('d'), places });
            }
        }
    }
    for c in t.symbols.iter().chain(&t.folded_symbols).filter_map(|(s, _)| s.chars().next()) {
        if c.is_ascii() {
            t.ascii_symbol_starts |= 1 << c.to_ascii_lowercase() as u32 | 1 << c.to_ascii_uppercase() as u32;
        } else if !t.other_symbol_starts.contains(&c) {
            t.other_symbol_starts.push(c);
        }
    }
    let firsts = t.names.iter().filter_map(|(n, _)| n.split(' ').next());
    for w in firsts.chain(t.words.iter().map(|(w, _)| *w)) {
        let (slot, bit) = shape(w);
        t.shapes[slot] |= bit;
    }
    t
}

fn find<V: Copy>(list: &[(&'static str, V)], key: &str) -> Option<V> {
    list.binary_search_by(|(k, _)| k.cmp(&key)).ok().map(|i| list[i].1)
}

/// Orders a lower-case key against `s` lower-cased, without building the lower-cased string: the scan asks this of
/// many words. Only ASCII letters are folded ("Colón" finds "colón", "TÖGRÖG" not "tögrög"): full Unicode case
/// mapping would add its tables to the wasm for words news capitalises only at their first, ASCII, letter.
fn cmp_folded(key: &str, s: &str) -> Ordering {
    key.bytes().cmp(s.bytes().map(|b| b.to_ascii_lowercase()))
}

/// [`find`] in a list of lower-case keys, for `s` in any case.
fn find_folded<V: Copy>(list: &[(&'static str, V)], s: &str) -> Option<V> {
    list.binary_search_by(|(k, _)| cmp_folded(k, s)).ok().map(|i| list[i].1)
}

/// `s` in ASCII capitals, if it is at most four ASCII letters (or periods), as bytes in a buffer rather than a
/// `String`.
fn ascii_upper<'b>(s: &str, buf: &'b mut [u8; 4]) -> Option<&'b [u8]> {
    let b = s.as_bytes();
    if b.len() > buf.len() || !b.iter().all(|c| c.is_ascii_alphabetic() || *c == b'.') {
        return None;
    }
    for (o, c) in buf.iter_mut().zip(b) {
        *o = c.to_ascii_uppercase();
    }
    Some(&buf[..b.len()])
}

fn code_line(iso: &str) -> Option<&'static Code> {
    let codes = &table().codes;
    codes.binary_search_by(|c| c.iso.cmp(iso)).ok().map(|i| &codes[i])
}

/// The ISO code `s` is, written in capitals ("CHF", "FIM"), or in lower case when the code is no common English
/// word ("usd"; not "all", "try"), or capitalised when it is no name either ("Usd"; not "Bob").
pub fn code(s: &str) -> Option<&'static str> {
    if s.len() != 3 || !s.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut buf = [0u8; 4];
    let upper = ascii_upper(s, &mut buf)?;
    let codes = &table().codes;
    let c = codes.binary_search_by(|c| c.iso.as_bytes().cmp(upper)).ok().map(|i| &codes[i])?;
    let ok = s == c.iso
        || if s.bytes().all(|b| b.is_ascii_lowercase()) {
            c.cases.lower
        } else {
            c.cases.title && s.as_bytes()[1..].iter().all(u8::is_ascii_lowercase)
        };
    ok.then_some(c.iso)
}

/// The currency a name of two words or more names, the name given lower-case ("swiss francs").
pub fn name(lower: &str) -> Option<&'static str> {
    find(&table().names, lower)
}

/// What a currency word alone says, the word in any case ("francs", "Francs").
pub fn word(w: &str) -> Option<Word> {
    if !may_be_listed(w) {
        return None;
    }
    find_folded(&table().words, w)
}

/// The currency a symbol stands for alone, when only one does ("₡", "zł"; not "$"). An abbreviation of three
/// letters or more is read in any case ("KSh" for CLDR's "Ksh"); a shorter one only as written ("Rp").
pub fn symbol(s: &str) -> Option<&'static str> {
    let first = s.chars().next()?;
    let t = table();
    let starts = if first.is_ascii() {
        t.ascii_symbol_starts & (1 << first as u32) != 0
    } else {
        t.other_symbol_starts.contains(&first)
    };
    if s.len() > MAX_SYMBOL_BYTES || !starts {
        return None;
    }
    find(&t.symbols, s).or_else(|| {
        let folds = s.chars().count() >= 3 && s.chars().all(char::is_alphabetic);
        folds.then(|| find_folded(&t.folded_symbols, s)).flatten()
    })
}

/// Whether a symbol of the table starts with `s` and goes on ("GH" of "GH₵", "Afl" of "Afl."): the tokenizer
/// splits such symbols.
pub fn opens_symbol(s: &str) -> bool {
    if s.is_empty() || s.len() > 4 {
        return false;
    }
    let symbols = &table().symbols;
    let at = symbols.partition_point(|(k, _)| *k <= s);
    symbols.get(at).is_some_and(|(k, _)| k.starts_with(s))
}

/// The dollar written with these letters before "$", any case ("hk" → HKD).
pub fn dollar_prefix(letters: &str) -> Option<&'static str> {
    if letters.is_empty() || letters.len() > 4 {
        return None;
    }
    let mut buf = [0u8; 4];
    let key = ascii_upper(letters, &mut buf)?;
    let list = &table().dollar_prefixes;
    list.binary_search_by(|(k, _)| k.as_bytes().cmp(key)).ok().map(|i| list[i].1)
}

/// Whether `iso` is a dollar ("US dollar", "Canadian dollar").
pub fn is_dollar(iso: &str) -> bool {
    code_line(iso).is_some_and(|c| c.dollar)
}

/// Every currency a name ends in `lower` for ("francs" → CHF, FRF, BEF, …), in the order of their names. A
/// walk over all the names: asked only of amounts whose currency was assumed.
pub fn sharing(lower: &str) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    let ends = |n: &str| n.rsplit(' ').next() == Some(lower);
    for &(_, iso) in table().names.iter().filter(|(n, _)| ends(n)) {
        if !out.contains(&iso) {
            out.push(iso);
        }
    }
    out
}

/// The places where `iso` is or was used and its nationality words ("switzerland", "swiss"), lower-case.
pub fn places(iso: &str) -> impl Iterator<Item = &'static str> {
    code_line(iso).map_or("", |c| c.places).split('|').filter(|p| *p != "-" && !p.is_empty())
}

/// Whether a word, in any case, can open a currency name, be a currency word, a lower-case code or a symbol.
pub fn opens_currency(w: &str) -> bool {
    if w.is_empty() || w.len() > MAX_WORD_BYTES {
        return false;
    }
    if word(w).is_some() || code(w).is_some_and(|_| w.bytes().all(|b| b.is_ascii_lowercase())) || symbol(w).is_some() {
        return true;
    }
    // A name that starts with the word and a space ("swiss francs" for "Swiss").
    let names = &table().names;
    let key = || w.bytes().map(|b| b.to_ascii_lowercase()).chain(std::iter::once(b' '));
    let at = names.partition_point(|(n, _)| n.bytes().cmp(key()) == Ordering::Less);
    may_be_listed(w)
        && names.get(at).is_some_and(|(n, _)| n.len() > w.len() && n.bytes().zip(key()).all(|(a, b)| a == b))
}

/// The slot and bit of a word's shape: its first letter, lower-cased, and its length in bytes.
fn shape(w: &str) -> (usize, u32) {
    let first = w.as_bytes().first().map_or(26, |b| b.to_ascii_lowercase().wrapping_sub(b'a') as usize).min(26);
    (first, 1u32 << w.len().min(31))
}

/// The cheap test before a search: a word of this first letter and length is among the words alone or the names'
/// first words. (A capital's lower-case form has the same length in ASCII; a word that is not ASCII goes to its
/// slot 26 either way.)
fn may_be_listed(w: &str) -> bool {
    if w.is_empty() || w.len() > MAX_WORD_BYTES {
        return false;
    }
    let (slot, bit) = shape(w);
    table().shapes[slot] & bit != 0 || !w.is_ascii()
}

/// Every code, for tests that walk the table.
#[cfg(test)]
pub fn codes() -> impl Iterator<Item = (&'static str, Cases)> {
    table().codes.iter().map(|c| (c.iso, c.cases))
}

/// Every name and symbol, for tests that walk the table.
#[cfg(test)]
pub fn names_and_symbols() -> impl Iterator<Item = (&'static str, &'static str)> {
    table().names.iter().chain(&table().symbols).copied()
}

/// Every currency word alone, for tests that walk the table.
#[cfg(test)]
pub fn words() -> impl Iterator<Item = (&'static str, Word)> {
    table().words.iter().copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Doc;

    /// The one amount found in `text`: its text, currency and whether that was assumed.
    fn one_amount(text: &str) -> Option<(String, &'static str, bool)> {
        let doc = Doc::new(text);
        match &crate::money::find(&doc)[..] {
            [(r, m)] => Some((text[r.clone()].to_string(), m.currency, m.currency_assumed)),
            _ => None,
        }
    }

    #[test]
    fn every_code_name_word_and_symbol_of_the_table_is_found_in_a_sentence() {
        let mut failed = Vec::new();
        let mut check = |text: String, span: &str, iso: &str| {
            let got = one_amount(&text);
            if got.as_ref().map(|(s, c, _)| (s.as_str(), *c)) != Some((span, iso)) {
                failed.push(format!("{text:?}: want {span:?} {iso}, got {got:?}"));
            }
        };
        let mut n = 0;
        for (iso, cases) in codes() {
            check(format!("The bill came to {iso} 5,250 in all."), &format!("{iso} 5,250"), iso);
            check(format!("The bill came to 5,250 {iso} in all."), &format!("5,250 {iso}"), iso);
            if cases.lower {
                let lower = iso.to_ascii_lowercase();
                check(format!("The bill came to {lower} 5,250 in all."), &format!("{lower} 5,250"), iso);
            }
            n += 1;
        }
        for (name_or_symbol, iso) in names_and_symbols() {
            if name_or_symbol.contains(' ') {
                // Names as news capitalises them: "Swiss francs".
                let name: Vec<String> = name_or_symbol
                    .split(' ')
                    .map(|w| {
                        let mut c = w.chars();
                        c.next().map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
                    })
                    .collect();
                let name = name.join(" ");
                check(format!("The bill came to 5,250 {name} in all."), &format!("5,250 {name}"), iso);
            } else {
                let symbol = name_or_symbol;
                check(format!("The bill came to 5,250 {symbol} in all."), &format!("5,250 {symbol}"), iso);
                check(format!("The bill came to {symbol} 5,250 in all."), &format!("{symbol} 5,250"), iso);
                if symbol.chars().any(|c| !c.is_alphabetic() && c != '.') {
                    check(format!("The bill came to {symbol}5,250 in all."), &format!("{symbol}5,250"), iso);
                }
            }
            n += 1;
        }
        for &(letters, iso) in &table().dollar_prefixes {
            check(format!("The bill came to {letters}$5,250 in all."), &format!("{letters}$5,250"), iso);
            let lower = letters.to_ascii_lowercase();
            if lower.len() >= 2 {
                check(format!("The bill came to {lower} $ 5,250 in all."), &format!("{lower} $ 5,250"), iso);
            }
            n += 1;
        }
        for (word, w) in words() {
            check(format!("The bill came to 5,250 {word} in all."), &format!("5,250 {word}"), w.iso);
            n += 1;
        }
        assert!(n > 900, "the table has {n} entries");
        assert!(failed.is_empty(), "{} of {n} not found:\n{}", failed.len(), failed.join("\n"));
    }

    #[test]
    fn every_section_is_sorted_as_it_is_searched() {
        // The script sorts; a hand edit that breaks the order would break the binary searches silently.
        let t = table();
        let sorted = |keys: Vec<&str>| keys.windows(2).all(|w| w[0] < w[1]);
        assert!(sorted(t.codes.iter().map(|c| c.iso).collect()), "codes");
        assert!(sorted(t.names.iter().map(|n| n.0).collect()), "names");
        assert!(sorted(t.words.iter().map(|n| n.0).collect()), "words");
        assert!(sorted(t.symbols.iter().map(|n| n.0).collect()), "symbols");
        assert!(sorted(t.folded_symbols.iter().map(|n| n.0).collect()), "folded symbols");
        assert!(sorted(t.dollar_prefixes.iter().map(|n| n.0).collect()), "dollar prefixes");
        assert!(t.names.len() > 400 && t.codes.len() > 250, "{} names, {} codes", t.names.len(), t.codes.len());
    }

    #[test]
    fn the_table_reads_codes_names_words_and_symbols() {
        assert_eq!(code("CHF"), Some("CHF"));
        assert_eq!(code("usd"), Some("USD"));
        assert_eq!(code("FIM"), Some("FIM"), "historical codes are read in capitals");
        assert_eq!(code("all"), None, "a code that is an English word is read only in capitals");
        assert_eq!(code("ALL"), Some("ALL"));
        assert_eq!(code("Eur"), Some("EUR"));
        assert_eq!(code("Bob"), None, "nor, capitalised, when it is a name");
        assert_eq!(code("bob"), Some("BOB"));
        assert_eq!(name("swiss francs"), Some("CHF"));
        assert_eq!(name("dutch guilders"), Some("NLG"));
        assert_eq!(word("zlotys"), Some(Word { iso: "PLN", assumed: false, weak: false }));
        assert_eq!(word("francs").map(|w| (w.iso, w.assumed)), Some(("CHF", true)));
        assert!(word("won").is_some_and(|w| w.weak));
        assert_eq!(word("rights"), None, "the last word of 'special drawing rights' is no currency alone");
        assert_eq!(symbol("₡"), Some("CRC"));
        assert_eq!(symbol("$"), None, "a shared symbol is the finder's own rule");
        assert_eq!(dollar_prefix("hk"), Some("HKD"));
        assert!(opens_currency("swiss") && opens_currency("usd") && !opens_currency("the"));
    }
}
