//! Brown word clusters for the 20,000 most frequent English word forms (`lists/clusters.txt`, derived by
//! `scripts/derive_clusters.py` from spaCy's `spacy-lookups-data`, MIT): words that occur in the same contexts
//! share a prefix of their bit path, so a name never seen in training still looks like its neighbours.
//!
//! The table is an open-addressing array of 64-bit hashes of the forms (no strings, so a lookup touches one
//! or two cache lines).

use super::knowledge;
use std::sync::OnceLock;

const SLOT_BITS: u32 = 15;
const SLOTS: usize = 1 << SLOT_BITS;

struct Table {
    keys: Vec<u64>,
    values: Vec<u32>,
    /// One bit per 2^18 values of a hash's top bits, set for every stored form: a clear bit says the form is
    /// not in the table without probing it (32 KB that stay in cache, where the keys take 256 KB).
    maybe: Vec<u64>,
}

const FILTER_BITS: u32 = 18;

fn filter_bit(h: u64) -> usize {
    (h >> (64 - FILTER_BITS)) as usize
}

/// The case-sensitive hash of a form (FNV-1a over its characters); never 0.
pub fn exact_hash(chars: impl Iterator<Item = char>) -> u64 {
    chars.fold(0xcbf2_9ce4_8422_2325u64, |h, c| (h ^ c as u64).wrapping_mul(0x0000_0100_0000_01b3)) | 1
}

/// [`exact_hash`] of a whole word; an ASCII word is hashed byte by byte, without decoding characters.
#[inline]
pub fn exact_hash_of(w: &str) -> u64 {
    if w.is_ascii() {
        w.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)) | 1
    } else {
        exact_hash(w.chars())
    }
}

fn slot(h: u64) -> usize {
    (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SLOT_BITS)) as usize
}

/// The table, once the process has the knowledge file (see `knowledge.rs`); without it every word has cluster 0.
#[inline]
fn table() -> Option<&'static Table> {
    static BEFORE: OnceLock<Option<Table>> = OnceLock::new();
    static AFTER: OnceLock<Option<Table>> = OnceLock::new();
    knowledge::staged(&BEFORE, &AFTER, |k| k.map(build)).as_ref()
}

fn build(knowledge: &knowledge::Parts) -> Table {
    let mut t = Table { keys: vec![0; SLOTS], values: vec![0; SLOTS], maybe: vec![0; (1 << FILTER_BITS) / 64] };
    each_form(knowledge, |w, c| {
        let h = exact_hash(w.chars());
        let mut s = slot(h);
        while t.keys[s] != 0 && t.keys[s] != h {
            s = (s + 1) & (SLOTS - 1);
        }
        t.keys[s] = h;
        t.maybe[filter_bit(h) / 64] |= 1 << (filter_bit(h) % 64);
        t.values[s] = c;
    });
    t
}

/// Calls `each` with every form and its bit path, as `build.rs` packed `lists/clusters.txt`: the forms
/// front-coded, and per form a `u16` index into the table of bit paths that leads `clusters.ids`. Calls it
/// for none if the two files disagree (they cannot, coming from one build script; the crate would then tag
/// without clusters rather than panic).
fn each_form(knowledge: &knowledge::Parts, mut each: impl FnMut(&str, u32)) {
    let words = super::packed::unpack(knowledge.get("clusters.words")).unwrap_or_default();
    let ids: &[u8] = knowledge.get("clusters.ids");
    let Some((count, rest)) = ids.split_first_chunk::<2>() else { return };
    let Some((paths, indices)) = rest.split_at_checked(4 * usize::from(u16::from_le_bytes(*count))) else { return };
    let path = |i: &[u8]| {
        let k = 4 * usize::from(u16::from_le_bytes([i[0], i[1]]));
        paths.get(k..k + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    };
    let fits = indices.len() == 2 * words.lines().count() && indices.chunks_exact(2).all(|i| path(i).is_some());
    if !fits {
        return;
    }
    for (w, i) in words.lines().zip(indices.chunks_exact(2)) {
        each(w, path(i).unwrap_or(0));
    }
}

fn get(h: u64) -> u32 {
    let Some(t) = table() else { return 0 };
    if t.maybe[filter_bit(h) / 64] & (1 << (filter_bit(h) % 64)) == 0 {
        return 0;
    }
    let mut s = slot(h);
    loop {
        match t.keys[s] {
            0 => return 0,
            k if k == h => return t.values[s],
            _ => s = (s + 1) & (SLOTS - 1),
        }
    }
}

/// The cluster of `word` (case-sensitive; an all-capitals word is also looked up title-cased, and any word
/// with a capital lower-cased), or 0. `exact` is `exact_hash(word.chars())`.
pub fn lookup(word: &str, exact: u64) -> u32 {
    let c = get(exact);
    if c != 0 {
        return c;
    }
    let mut chars = word.chars();
    let Some(first) = chars.next() else { return 0 };
    if first.is_uppercase() && !chars.clone().any(char::is_lowercase) && word.len() > 1 {
        let c = get(exact_hash(std::iter::once(first).chain(chars.flat_map(char::to_lowercase))));
        if c != 0 {
            return c;
        }
    }
    if word.chars().any(char::is_uppercase) {
        return get(exact_hash(word.chars().flat_map(char::to_lowercase)));
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(w: &str) -> u32 {
        lookup(w, exact_hash(w.chars()))
    }

    #[test]
    fn the_ascii_hash_is_the_character_hash() {
        for w in ["London", "U.S.", "", "Ünal", "O’Brien", "x"] {
            assert_eq!(exact_hash_of(w), exact_hash(w.chars()), "{w}");
        }
    }

    #[test]
    fn every_form_of_the_list_has_its_bit_path() {
        let mut forms = 0;
        for line in include_str!("lists/clusters.txt").lines() {
            let mut parts = line.split(' ');
            let path = u32::from_str_radix(parts.next().unwrap(), 16).unwrap();
            for w in parts {
                assert_eq!(get(exact_hash(w.chars())), path, "{w}");
                forms += 1;
            }
        }
        assert!(forms >= 20_000, "{forms}");
    }

    #[test]
    fn finds_forms_and_capitalised_variants() {
        let london = of("London");
        assert_ne!(london, 0);
        assert_eq!(of("LONDON"), london);
        assert_eq!(of("Xyzzyqq"), 0);
        assert_ne!(of("Shares"), 0);
    }
}
