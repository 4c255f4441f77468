//! Converting byte offsets to code points or UTF-16 code units, in one pass over the text.

use crate::annotation::Offsets;

/// Maps a set of byte offsets (each on a char boundary, at most `text.len()`) to another unit.
///
/// Built once per document from every boundary that needs converting: the boundaries are sorted, the text is
/// walked once, and each conversion afterwards is a binary search. Never one walk per span.
pub struct OffsetMap {
    bytes: Vec<usize>,
    converted: Vec<usize>,
}

impl OffsetMap {
    pub fn new(text: &str, mut byte_offsets: Vec<usize>, unit: Offsets) -> OffsetMap {
        crate::order::sort_dedup(&mut byte_offsets);
        let mut converted = Vec::with_capacity(byte_offsets.len());
        let mut units = 0usize;
        let mut next = byte_offsets.iter().peekable();
        for (i, c) in text.char_indices() {
            while next.peek().is_some_and(|&&b| b <= i) {
                next.next();
                converted.push(units);
            }
            units += match unit {
                Offsets::Bytes => c.len_utf8(),
                Offsets::Chars => 1,
                Offsets::Utf16 => c.len_utf16(),
            };
        }
        // Offsets at (or, defensively, past) the end of the text.
        converted.resize(byte_offsets.len(), units);
        OffsetMap { bytes: byte_offsets, converted }
    }

    /// The converted offset of `byte_offset`, which must have been given to [`OffsetMap::new`].
    pub fn get(&self, byte_offset: usize) -> usize {
        match self.bytes.binary_search(&byte_offset) {
            Ok(i) => self.converted[i],
            // Not registered: fall back to the nearest registered offset below, never panic.
            Err(0) => 0,
            Err(i) => self.converted[i - 1],
        }
    }
}

/// The byte offsets of `offsets`, given in `unit`, in one pass over `text`: `None` for an offset past the end
/// or, in UTF-16, between the two halves of a surrogate pair.
pub fn to_bytes(text: &str, offsets: &[usize], unit: Offsets) -> Vec<Option<usize>> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    crate::order::sort_by_key(&mut order, |&i| offsets[i]);
    let mut out = vec![None; offsets.len()];
    let mut next = order.into_iter().peekable();
    let mut units = 0usize;
    for (byte, c) in text.char_indices().chain(std::iter::once((text.len(), '\0'))) {
        while let Some(&i) = next.peek() {
            if offsets[i] > units {
                break;
            }
            // Below `units` only when it falls inside the character before (a surrogate pair's second half).
            out[i] = (offsets[i] == units).then_some(byte);
            next.next();
        }
        units += match unit {
            Offsets::Bytes => c.len_utf8(),
            Offsets::Chars => 1,
            Offsets::Utf16 => c.len_utf16(),
        };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_back_to_bytes() {
        let text = "a😀é\u{301}b";
        assert_eq!(
            to_bytes(text, &[6, 0, 1, 3, 4, 5, 7], Offsets::Utf16),
            [Some(10), Some(0), Some(1), Some(5), Some(7), Some(9), None]
        );
        assert_eq!(to_bytes(text, &[2], Offsets::Utf16), [None]);
        assert_eq!(to_bytes(text, &[0, 1, 2, 5, 6], Offsets::Chars), [Some(0), Some(1), Some(5), Some(10), None]);
        assert_eq!(to_bytes("", &[0, 1], Offsets::Utf16), [Some(0), None]);
    }

    #[test]
    fn converts_astral_and_combining_characters() {
        let text = "a😀é\u{301}b";
        // bytes: a=0, 😀=1..5, é=5..7, U+0301=7..9, b=9..10
        let offsets = vec![0, 1, 5, 7, 9, 10];
        let chars = OffsetMap::new(text, offsets.clone(), Offsets::Chars);
        let utf16 = OffsetMap::new(text, offsets.clone(), Offsets::Utf16);
        assert_eq!(offsets.iter().map(|&b| chars.get(b)).collect::<Vec<_>>(), [0, 1, 2, 3, 4, 5]);
        assert_eq!(offsets.iter().map(|&b| utf16.get(b)).collect::<Vec<_>>(), [0, 1, 3, 4, 5, 6]);
    }
}
