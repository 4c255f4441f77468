//! Brown word clusters for the 20,000 most frequent English word forms (`lists/clusters.txt`, derived by
//! `scripts/derive_clusters.py` from spaCy's `spacy-lookups-data`, MIT): words that occur in the same contexts
//! share a prefix of their bit path, so a name never seen in training still looks like its neighbours.

use super::lists::FnvBuild;
use std::collections::HashMap;
use std::sync::OnceLock;

fn map() -> &'static HashMap<&'static str, u32, FnvBuild> {
    static MAP: OnceLock<HashMap<&'static str, u32, FnvBuild>> = OnceLock::new();
    MAP.get_or_init(|| {
        let text = include_str!("lists/clusters.txt");
        let mut map = HashMap::with_capacity_and_hasher(20_000, FnvBuild::default());
        for line in text.lines() {
            let mut parts = line.split(' ');
            let Some(c) = parts.next().and_then(|h| u32::from_str_radix(h, 16).ok()) else { continue };
            for w in parts {
                map.insert(w, c);
            }
        }
        map
    })
}

/// The cluster of `word` (case-sensitive; an all-capitals word is also looked up title-cased, then
/// lower-cased), or 0. `buf` is scratch space.
pub fn lookup(word: &str, buf: &mut String) -> u32 {
    let map = map();
    if let Some(&c) = map.get(word) {
        return c;
    }
    let mut chars = word.chars();
    let Some(first) = chars.next() else { return 0 };
    if first.is_uppercase() && !chars.clone().any(char::is_lowercase) && word.len() > 1 {
        buf.clear();
        buf.push(first);
        buf.extend(chars.flat_map(char::to_lowercase));
        if let Some(&c) = map.get(buf.as_str()) {
            return c;
        }
    }
    if word.chars().any(char::is_uppercase) {
        buf.clear();
        buf.extend(word.chars().flat_map(char::to_lowercase));
        return map.get(buf.as_str()).copied().unwrap_or(0);
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_forms_and_capitalised_variants() {
        let mut buf = String::new();
        let london = lookup("London", &mut buf);
        assert_ne!(london, 0);
        assert_eq!(lookup("LONDON", &mut buf), london);
        assert_eq!(lookup("Xyzzyqq", &mut buf), 0);
    }
}
