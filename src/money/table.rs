//! Every ISO 4217 currency, current and historical, with its English names and symbols: the table
//! `scripts/derive_currencies.py` derives from CLDR into `currencies.tsv` (its format is described there), read
//! once into sorted arrays that are searched by binary search.

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
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cases {
    pub lower: bool,
    pub title: bool,
}

#[derive(Default)]
struct Table {
    /// (code, in which cases it may be written), by code.
    codes: Vec<(&'static str, Cases)>,
    /// (lower-case name of two words or more, code), by name: "swiss francs", "new zealand dollar".
    names: Vec<(&'static str, &'static str)>,
    /// Currency words alone, by word.
    words: Vec<(&'static str, Word)>,
    /// (symbol, code), by symbol: "₡", "zł", "Rp".
    symbols: Vec<(&'static str, &'static str)>,
    /// The first characters of the symbols, and of their lower-cased forms, sorted: the scan asks about every
    /// quote mark and dash, and this turns them away.
    symbol_starts: Vec<char>,
    /// (lower-cased symbol of three letters or more, code), by symbol: "ksh".
    folded_symbols: Vec<(String, &'static str)>,
    /// (upper-case letters written before "$", code), by letters: "HK" → HKD.
    dollar_prefixes: Vec<(&'static str, &'static str)>,
    /// Every word that can open a name, a currency word or a lower-case code, for the scan's cheap test.
    first_words: Vec<String>,
    /// For each first letter (a–z, then anything else), a bit per byte length (up to 31) of the words alone and
    /// the first words: most words are rejected by these two facts alone, before any search.
    shapes: [u32; 27],
    /// The codes of the dollars ("… dollar" names), sorted.
    dollars: Vec<&'static str>,
    /// (last word of a name, code), by word: the currencies a word alone may mean ("francs" → CHF, FRF, …).
    sharing: Vec<(&'static str, &'static str)>,
    /// (code, the places where it is or was used and its nationality words, lower-case, "|"-separated), by code.
    places: Vec<(&'static str, &'static str)>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| parse(include_str!("currencies.tsv")))
}

fn parse(tsv: &'static str) -> Table {
    let mut t = Table::default();
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
            "$" => {
                if let Some((letters, iso)) = rest.split_once(' ') {
                    t.dollar_prefixes.push((letters, iso));
                }
            }
            _ => {
                let mut cols = line.split('\t');
                let (Some(iso), Some(flags), Some(names), Some(symbols), Some(places)) =
                    (cols.next(), cols.next(), cols.next(), cols.next(), cols.next())
                else {
                    continue;
                };
                t.codes.push((iso, Cases { lower: flags.contains('l'), title: flags.contains('t') }));
                if places != "-" {
                    t.places.push((iso, places));
                }
                for name in names.split('|').filter(|n| !n.is_empty()) {
                    if let Some(last) = name.rsplit(' ').next() {
                        t.sharing.push((last, iso));
                    }
                }
                for name in names.split('|').filter(|n| n.contains(' ')) {
                    t.names.push((name, iso));
                }
                for symbol in symbols.split(' ').filter(|s| *s != "-") {
                    t.symbols.push((symbol, iso));
                }
            }
        }
    }
    t.dollars =
        t.names.iter().filter(|(n, _)| n.ends_with(" dollar") || n.ends_with(" dollars")).map(|n| n.1).collect();
    t.dollars.sort_unstable();
    t.dollars.dedup();
    t.codes.sort_unstable();
    t.places.sort_unstable();
    t.sharing.sort_unstable();
    t.sharing.dedup();
    t.names.sort_unstable();
    t.names.dedup_by_key(|n| n.0);
    t.words.sort_unstable_by_key(|w| w.0);
    t.symbols.sort_unstable();
    t.folded_symbols = t
        .symbols
        .iter()
        .filter(|(s, _)| s.chars().count() >= 3 && s.chars().all(char::is_alphabetic))
        .map(|(s, iso)| (s.to_lowercase(), *iso))
        .collect();
    t.folded_symbols.sort_unstable();
    t.symbol_starts = t.symbols.iter().flat_map(|(s, _)| s.chars().next()).collect();
    t.symbol_starts.extend(t.folded_symbols.iter().flat_map(|(s, _)| s.chars().next()));
    t.symbol_starts.extend(t.symbol_starts.clone().iter().flat_map(|c| c.to_uppercase()));
    t.symbol_starts.sort_unstable();
    t.symbol_starts.dedup();
    t.dollar_prefixes.sort_unstable();
    let mut firsts: Vec<String> = t.names.iter().filter_map(|(n, _)| n.split(' ').next()).map(String::from).collect();
    firsts.extend(t.words.iter().map(|(w, _)| w.to_string()));
    firsts.extend(t.codes.iter().filter(|(_, cases)| cases.lower).map(|(c, _)| c.to_ascii_lowercase()));
    firsts.extend(t.symbols.iter().map(|(s, _)| s.to_lowercase()));
    firsts.sort_unstable();
    firsts.dedup();
    for w in firsts.iter().map(String::as_str).chain(t.words.iter().map(|(w, _)| *w)) {
        let (slot, bit) = shape(w);
        t.shapes[slot] |= bit;
    }
    t.first_words = firsts;
    t
}

fn find<K: AsRef<str>, V: Copy>(list: &[(K, V)], key: &str) -> Option<V> {
    list.binary_search_by(|(k, _)| k.as_ref().cmp(key)).ok().map(|i| list[i].1)
}

/// Orders a lower-case key against `s` lower-cased, without building the lower-cased string: the scan asks this of
/// many words.
fn cmp_folded(key: &str, s: &str) -> Ordering {
    if s.is_ascii() {
        key.bytes().cmp(s.bytes().map(|b| b.to_ascii_lowercase()))
    } else {
        key.chars().cmp(s.chars().flat_map(char::to_lowercase))
    }
}

/// [`find`] in a list of lower-case keys, for `s` in any case.
fn find_folded<K: AsRef<str>, V: Copy>(list: &[(K, V)], s: &str) -> Option<V> {
    list.binary_search_by(|(k, _)| cmp_folded(k.as_ref(), s)).ok().map(|i| list[i].1)
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

/// [`find`] by a key given as bytes.
fn find_bytes<V: Copy>(list: &[(&'static str, V)], key: &[u8]) -> Option<V> {
    list.binary_search_by(|(k, _)| k.as_bytes().cmp(key)).ok().map(|i| list[i].1)
}

/// The ISO code `s` is, written in capitals ("CHF", "FIM"), or in lower case when the code is no common English
/// word ("usd"; not "all", "try"), or capitalised when it is no name either ("Usd"; not "Bob").
pub fn code(s: &str) -> Option<&'static str> {
    if s.len() != 3 || !s.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut buf = [0u8; 4];
    let upper = ascii_upper(s, &mut buf)?;
    let i = table().codes.binary_search_by(|(c, _)| c.as_bytes().cmp(upper)).ok()?;
    let (iso, cases) = table().codes[i];
    let ok = s == iso
        || if s.bytes().all(|b| b.is_ascii_lowercase()) {
            cases.lower
        } else {
            cases.title && s.as_bytes()[1..].iter().all(u8::is_ascii_lowercase)
        };
    ok.then_some(iso)
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
    if s.len() > MAX_SYMBOL_BYTES || table().symbol_starts.binary_search(&first).is_err() {
        return None;
    }
    find(&table().symbols, s).or_else(|| {
        // Quotes and dashes, one character each, are asked most: the count comes first.
        let folds = s.chars().count() >= 3 && s.chars().all(char::is_alphabetic);
        folds.then(|| find_folded(&table().folded_symbols, s)).flatten()
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
    find_bytes(&table().dollar_prefixes, ascii_upper(letters, &mut buf)?)
}

/// Whether `iso` is a dollar ("US dollar", "Canadian dollar").
pub fn is_dollar(iso: &str) -> bool {
    table().dollars.binary_search(&iso).is_ok()
}

/// Every currency whose names end in `lower` ("francs" → CHF, FRF, BEF, …), sorted.
pub fn sharing<'a>(lower: &'a str) -> impl Iterator<Item = &'static str> + 'a {
    let list = &table().sharing;
    let from = list.partition_point(|(w, _)| *w < lower);
    list[from..].iter().take_while(move |(w, _)| *w == lower).map(|(_, iso)| *iso)
}

/// The places where `iso` is or was used and its nationality words ("switzerland", "swiss"), lower-case.
pub fn places(iso: &str) -> impl Iterator<Item = &'static str> {
    find(&table().places, iso).unwrap_or("").split('|').filter(|p| !p.is_empty())
}

/// Whether a word, in any case, can open a currency name, a currency word, a symbol or a lower-case code.
pub fn opens_currency(w: &str) -> bool {
    may_be_listed(w) && table().first_words.binary_search_by(|k| cmp_folded(k, w)).is_ok()
}

/// The slot and bit of a word's shape: its first letter, lower-cased, and its length in bytes.
fn shape(w: &str) -> (usize, u32) {
    let first = w.as_bytes().first().map_or(26, |b| b.to_ascii_lowercase().wrapping_sub(b'a') as usize).min(26);
    (first, 1u32 << w.len().min(31))
}

/// The cheap test before a search: a word of this first letter and length is among the words alone or first words.
/// (A capital's lower-case form has the same length in ASCII; a word whose length changes when lower-cased is
/// not ASCII and goes to its slot 26 either way.)
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
    table().codes.iter().copied()
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
        for (word, w) in words() {
            check(format!("The bill came to 5,250 {word} in all."), &format!("5,250 {word}"), w.iso);
            n += 1;
        }
        assert!(n > 900, "the table has {n} entries");
        assert!(failed.is_empty(), "{} of {n} not found:\n{}", failed.len(), failed.join("\n"));
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
