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
        byte_offsets.sort_unstable();
        byte_offsets.dedup();
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

#[cfg(test)]
mod tests {
    use super::*;

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
