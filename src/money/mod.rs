//! MONEY: amounts of money in running text, with their value normalised.

use crate::annotation::Money;
use crate::text::Doc;
use std::ops::Range;

/// Every money amount in the text: its byte range and value. Sorted, non-overlapping.
pub fn find(doc: &Doc) -> Vec<(Range<usize>, Money)> {
    let _ = doc;
    Vec::new()
}
