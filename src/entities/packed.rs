//! Front coding for the word lists compiled into the crate: `build.rs` packs `lists/*.txt` with [`pack`] and
//! the crate unpacks them once, at first use, with [`unpack`]. Sorted lists share long prefixes ("san
//! antonio", "san diego", "san francisco"), which front coding stores once; gzip, which only sees repeats
//! within its window, leaves them otherwise (the page's download is about 16 KB smaller, `npm run size`).
//!
//! An entry is one byte, the length of the prefix it shares with the entry before (at most 255), then the
//! rest of its bytes and a `\n`. The text unpacked is the entries joined by `\n`, each followed by one.
//!
//! `build.rs` includes this file with `#[path]`, so it uses nothing outside `std`.

/// Packs `entries` (none may contain `\n`), in the order given; sorted entries pack smallest.
#[allow(dead_code)] // Only build.rs and the tests pack.
pub fn pack<'a>(entries: impl IntoIterator<Item = &'a str>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut prev: &[u8] = &[];
    for entry in entries {
        let e = entry.as_bytes();
        let shared = prev.iter().zip(e).take(255).take_while(|(a, b)| a == b).count();
        out.push(shared as u8);
        out.extend_from_slice(&e[shared..]);
        out.push(b'\n');
        prev = e;
    }
    out
}

/// The entries of `packed`, each followed by `\n`; `None` when `packed` is no output of [`pack`] (an entry
/// sharing more than the one before it has, or text that is not UTF-8).
#[allow(dead_code)] // build.rs does not unpack.
pub fn unpack(packed: &[u8]) -> Option<String> {
    let mut out = Vec::with_capacity(packed.len() * 2);
    let mut prev_start = 0;
    let mut at = 0;
    while at < packed.len() {
        let shared = usize::from(packed[at]);
        let end = at + 1 + packed[at + 1..].iter().position(|&b| b == b'\n')?;
        let start = out.len();
        // The previous entry, without its `\n`, is out[prev_start..start - 1].
        if shared > start.saturating_sub(1 + prev_start) {
            return None;
        }
        out.extend_from_within(prev_start..prev_start + shared);
        out.extend_from_slice(&packed[at + 1..=end]);
        prev_start = start;
        at = end + 1;
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_sorted_and_unsorted_entries() {
        for entries in [
            vec!["san antonio", "san diego", "san francisco", "são paulo"],
            vec!["zürich", "a", "", "ab", "abc", "b"],
            vec![],
        ] {
            let text: String = entries.iter().map(|e| format!("{e}\n")).collect();
            assert_eq!(unpack(&pack(entries.iter().copied())).as_deref(), Some(text.as_str()));
        }
    }

    #[test]
    fn shares_prefixes_and_caps_them_at_255_bytes() {
        let packed = pack(["new york", "new zealand"]);
        assert_eq!(packed, b"\0new york\n\x04zealand\n");
        let long = "x".repeat(300);
        let longer = format!("{long}y");
        let packed = pack([long.as_str(), longer.as_str()]);
        assert_eq!(packed[302], 255);
        assert_eq!(unpack(&packed), Some(format!("{long}\n{longer}\n")));
    }

    #[test]
    fn refuses_what_pack_never_writes() {
        assert_eq!(unpack(b"\x03abc\n"), None, "a prefix longer than the entry before");
        assert_eq!(unpack(b"\0abc"), None, "no closing newline");
        assert_eq!(unpack(b"\0ab\n\x01\xff\n"), None, "not UTF-8");
    }
}
