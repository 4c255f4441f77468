//! A team's own names ([`crate::Options::names`]) and the names it never wants tagged
//! ([`crate::Options::ignore`]).
//!
//! A listed name or alias is matched as written (case and all) on token boundaries. Each occurrence replaces
//! whatever the tagger read on those words and goes to the clusterer as a mention it is sure of, so that the
//! usual linking ("Kestrone" … "Kestrone’s", "he said") works on it; afterwards every entity with an occurrence
//! takes the listed label and name, and entities reached through one name and its aliases become one.

use super::{Confidence, Found, Tagged};
use crate::annotation::ListedName;
use crate::text::{tokens, Doc};
use std::ops::Range;

/// Where a listed name or alias stands: a token range of the document and the index of its entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Occurrence {
    pub tokens: Range<usize>,
    pub entry: usize,
}

/// Every occurrence of every entry's name and aliases, left to right, the longest at each place, not overlapping.
pub fn occurrences(doc: &Doc, names: &[ListedName]) -> Vec<Occurrence> {
    // (the form's tokens, entry), sorted by first token so that each document token looks up its candidates.
    let mut forms: Vec<(Vec<&str>, usize)> = Vec::new();
    for (entry, listed) in names.iter().enumerate().filter(|(_, n)| n.label.is_entity()) {
        for form in std::iter::once(&listed.name).chain(&listed.aliases) {
            let words: Vec<&str> = tokens::tokenize(form).iter().map(|t| t.text(form)).collect();
            if !words.is_empty() {
                forms.push((words, entry));
            }
        }
    }
    crate::order::sort_by(&mut forms, |a, b| a.0[0].cmp(b.0[0]));
    let mut found = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        let first = doc.tok(i);
        let from = forms.partition_point(|(w, _)| w[0] < first);
        let best = forms[from..]
            .iter()
            .take_while(|(w, _)| w[0] == first)
            .filter(|(w, _)| i + w.len() <= doc.tokens.len() && w.iter().enumerate().all(|(k, &t)| doc.tok(i + k) == t))
            .max_by_key(|(w, _)| w.len());
        match best {
            Some((words, entry)) => {
                found.push(Occurrence { tokens: i..i + words.len(), entry: *entry });
                i += words.len();
            }
            None => i += 1,
        }
    }
    found
}

/// The tagger's mentions with every occurrence in place of what overlapped it; still sorted and not overlapping.
pub fn put_in(tagged: Vec<Tagged>, found: &[Occurrence], names: &[ListedName]) -> Vec<Tagged> {
    if found.is_empty() {
        return tagged;
    }
    let as_tagged = |o: &Occurrence| Tagged {
        tokens: o.tokens.clone(),
        label: names[o.entry].label,
        confidence: Confidence::Context,
        cut: 0,
    };
    let mut out = Vec::with_capacity(tagged.len() + found.len());
    let mut next = found.iter().peekable();
    // Occurrences do not overlap one another, so only the last one placed can overlap the mention at hand.
    let mut occurrence_end = 0;
    for t in tagged {
        while let Some(o) = next.next_if(|o| o.tokens.start < t.tokens.end) {
            out.push(as_tagged(o));
            occurrence_end = o.tokens.end;
        }
        if occurrence_end <= t.tokens.start {
            out.push(t);
        }
    }
    out.extend(next.map(as_tagged));
    out
}

/// After clustering: every entity with an occurrence takes its entry's label and name, the entities of one entry
/// become one, mentions of an ignored name go (unless listed), and ids are dense again.
pub fn settle(
    doc: &Doc,
    mut found: Found,
    occurrences: &[Occurrence],
    names: &[ListedName],
    ignore: &[String],
) -> Found {
    if occurrences.is_empty() && ignore.is_empty() {
        return found;
    }
    let byte_range = |o: &Occurrence| doc.tokens[o.tokens.start].start..doc.tokens[o.tokens.end - 1].end;
    // The entry each entity belongs to, from the mention that stands where an occurrence does.
    let mut entry_of: Vec<Option<usize>> = vec![None; found.entities.len()];
    let mut o = 0;
    for m in &found.mentions {
        while o < occurrences.len() && byte_range(&occurrences[o]).start < m.range.start {
            o += 1;
        }
        if let Some(occ) = occurrences.get(o).filter(|occ| byte_range(occ) == m.range) {
            entry_of[m.entity].get_or_insert(occ.entry);
        }
    }
    // The entity each old one becomes: the first entity of its entry, or itself.
    let mut first_of_entry: Vec<Option<usize>> = vec![None; names.len()];
    let target: Vec<usize> = (0..found.entities.len())
        .map(|e| match entry_of[e] {
            Some(entry) => *first_of_entry[entry].get_or_insert(e),
            None => e,
        })
        .collect();
    let ignored = |text: &str| ignore.iter().any(|i| i == text);
    found.mentions.retain(|m| entry_of[m.entity].is_some() || !ignored(&doc.text[m.range.clone()]));
    for m in &mut found.mentions {
        m.entity = target[m.entity];
    }
    for (e, entry) in entry_of.iter().enumerate() {
        if let Some(entry) = entry {
            let listed = &names[*entry];
            found.entities[e].label = listed.label;
            found.entities[e].name = listed.name.clone();
        }
    }
    super::renumber(found)
}
