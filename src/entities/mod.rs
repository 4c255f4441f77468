//! PERSON, ORG, LOC, MISC: named things, and the clusters that group mentions of one thing.

use crate::annotation::{Entity, Label};
use crate::text::Doc;
use std::ops::Range;

/// One mention of a named thing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub range: Range<usize>,
    pub label: Label,
    /// Index into [`Found::entities`].
    pub entity: usize,
}

/// Mentions (sorted, non-overlapping) and the entities they belong to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Found {
    pub mentions: Vec<Mention>,
    pub entities: Vec<Entity>,
}

pub fn find(doc: &Doc) -> Found {
    let _ = doc;
    Found::default()
}
