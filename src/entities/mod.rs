//! PERSON, ORG, LOC, MISC: named things, and the clusters that group mentions of one thing.
//!
//! Two stages with a narrow seam between them:
//! 1. the learned tagger ([`tagger`]: an averaged structured perceptron over [`features`], weights in
//!    `model.bin`, see `README.md` here) turns the [`Doc`] into [`Tagged`] mentions: a token range, a label
//!    and how sure it is; [`cues`] then relabels organizations the training news never saw;
//! 2. [`cluster`] groups the mentions into entities, gives every mention of one entity the same label, drops
//!    the unsure mentions that nothing confirms, and names each entity by its fullest mention.

mod abbreviations;
mod cluster;
mod clusters;
mod context;
mod cues;
mod features;
pub(crate) mod knowledge;
mod listed;
mod lists;
mod long_names;
mod model;
mod packed;
mod tagger;

/// What `examples/train_entities.rs` needs: the same feature extraction and decoding as inference.
#[doc(hidden)]
pub mod train {
    pub use super::features::{Extractor, BUCKETS, BUCKET_BITS};
    pub use super::model::{
        allowed, decode, encode, is_inside, masked, type_of, use_model, viterbi, Model, COLS, STATES, TYPES,
    };
    pub use super::tagger::Tagger;
}

/// For pronoun resolution: which pronoun a listed given name's bearer most likely takes.
pub(crate) use lists::{kinds_of, Kind};

/// For speaker phrases: "a spokesperson for the trade group X".
pub(crate) use context::{is_company_noun, is_governing_body};

/// Whether `lower` (a lower-case word) is one of the common English word forms the clusters know: "press"
/// is, an unknown company's name is not.
pub(crate) fn is_common_word(lower: &str) -> bool {
    clusters::lookup(lower, clusters::exact_hash_of(lower)) != 0
}

use crate::annotation::{Entity, Label, ListedName};
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

/// How sure a tagger is of a mention's label; the clusterer weighs votes by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    /// Kept only when it joins an entity that some surer mention confirms (a capitalised word that opens a
    /// sentence, "Shares" or "Droege", is a name only if the text names it elsewhere).
    IfLinked = 0,
    /// A guess from the shape of the phrase or a weak context.
    Guess = 1,
    /// A word list or a head word ("University", "Cup").
    Listed = 2,
    /// A strong cue: a legal-form suffix ("Inc.") or a title ("Mr.", "President").
    Cued = 3,
    /// What the words around it say, read as a reader reads them ([`context`], [`cues`]): "Quorvia CEO …",
    /// "Kestrel said it", "Rep. …". It outvotes the model's reading of the entity's other mentions.
    Context = 4,
}

/// A tagger's output: what [`cluster::cluster`] takes. `tokens` index `doc.tokens`; sorted, non-overlapping.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tagged {
    pub tokens: Range<usize>,
    pub label: Label,
    pub confidence: Confidence,
    /// Bytes cut from the end of the last token: "London" of "London-based".
    pub cut: u8,
}

/// Finds the named things in `doc`. Never panics; linear in the number of tokens.
#[cfg(test)]
pub fn find(doc: &Doc) -> Found {
    find_with(doc, &[], &[])
}

/// Finds the named things in `doc`, with a caller's own names and the names it never wants tagged.
pub fn find_with(doc: &Doc, names: &[ListedName], ignore: &[String]) -> Found {
    let occurrences = listed::occurrences(doc, names);
    let tagged = listed::put_in(tagger::tag(doc), &occurrences, names);
    let found = cluster::cluster(doc, &tagged);
    let mut found = listed::settle(doc, found, &occurrences, names, ignore);
    with_abbreviation_periods(doc.text, &mut found);
    without_handles(doc.text, found)
}

/// A social-media handle is no name as written: "Fred" of "@Fred_945" is not tagged (nor is it a span any
/// labeling tool's tokens bound, "@Fred_945" being one token there).
fn without_handles(text: &str, mut found: Found) -> Found {
    let before = found.mentions.len();
    found.mentions.retain(|m| !text[..m.range.start].ends_with('@'));
    if found.mentions.len() == before {
        return found;
    }
    renumber(found)
}

/// A name that ends in an abbreviation takes the abbreviation's period ("Flint, Mich." names "Mich.", "Martin
/// Luther King Jr." ends in "Jr."), as labeling tools' tokenizers keep it; the tagger reads the word without it.
fn with_abbreviation_periods(text: &str, found: &mut Found) {
    for m in &mut found.mentions {
        let words = &text[m.range.clone()];
        let last = words.rsplit([' ', '-']).next().unwrap_or(words);
        let after = &text[m.range.end..];
        if after.starts_with('.')
            && !after[1..].starts_with(|c: char| c.is_alphanumeric())
            && abbreviations::WITH_PERIOD.binary_search(&last).is_ok()
        {
            m.range.end += 1;
        }
    }
}

/// Drops entities no mention refers to, numbers the rest densely, recounts their mentions and gives every
/// mention its entity's label: what is left after mentions are dropped (a user's ignored names, handles, money).
pub(crate) fn renumber(found: Found) -> Found {
    let Found { mut mentions, entities } = found;
    let mut counts = vec![0usize; entities.len()];
    for m in &mentions {
        counts[m.entity] += 1;
    }
    let mut new_id = vec![usize::MAX; entities.len()];
    let mut kept: Vec<Entity> = Vec::with_capacity(entities.len());
    for (old, mut e) in entities.into_iter().enumerate() {
        if counts[old] > 0 {
            new_id[old] = kept.len();
            e.id = kept.len();
            e.mentions = counts[old];
            kept.push(e);
        }
    }
    for m in &mut mentions {
        m.entity = new_id[m.entity];
        m.label = kept[m.entity].label;
    }
    Found { mentions, entities: kept }
}

/// (mention text, label) of every mention in `text`: what the cue and context tests compare.
#[cfg(test)]
pub(crate) fn labels(text: &str) -> Vec<(&str, Label)> {
    let doc = Doc::new(text);
    find(&doc).mentions.iter().map(|m| (&text[m.range.clone()], m.label)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (mention text, label, entity id) for `text`.
    fn found(text: &str) -> Vec<(&str, Label, usize)> {
        let doc = Doc::new(text);
        find(&doc).mentions.iter().map(|m| (&text[m.range.clone()], m.label, m.entity)).collect()
    }

    #[test]
    fn finds_and_clusters_a_person_and_an_org() {
        let got = found("Jason Droege runs Scale AI. Droege said Mr. Droege’s company was fine.");
        assert_eq!(
            got,
            [
                ("Jason Droege", Label::Person, 0),
                ("Scale AI", Label::Org, 1),
                ("Droege", Label::Person, 0),
                ("Droege", Label::Person, 0)
            ]
        );
    }

    #[test]
    fn a_name_ending_in_an_abbreviation_takes_its_period() {
        // As spaCy's and CoNLL's tokens have it ("Mich." is one token there); it was "Mich", which no span of
        // theirs bounds.
        let got = labels("The rally in Flint, Mich., drew Martin Luther King Jr. fans to Flint.");
        assert!(got.contains(&("Mich.", Label::Loc)), "{got:?}");
        assert!(got.iter().any(|&(t, _)| t == "Martin Luther King Jr."), "{got:?}");
        // Not a period inside a word, nor one after a word that is no abbreviation.
        let got = labels("Shares of Acme Va.Tech fell. The rally in Flint. It rained.");
        assert!(got.iter().all(|&(t, _)| !t.ends_with('.')), "{got:?}");
    }

    #[test]
    fn a_company_with_and_without_its_legal_form_is_one_entity() {
        // Regression: the panel listed "Meridian Systems" and "Meridian Systems Inc." as two organizations.
        let text = "Quorvane Labs to buy a rival.\n\nQuorvane Labs Inc. will pay $2 billion. Quorvane Labs said so.";
        let doc = Doc::new(text);
        let f = find(&doc);
        let ids: Vec<usize> = f.mentions.iter().map(|m| m.entity).collect();
        assert!(ids.len() >= 3 && ids.iter().all(|&i| i == ids[0]), "{:?}", found(text));
        assert_eq!(f.entities[ids[0]].name, "Quorvane Labs Inc.");
    }

    #[test]
    fn a_handle_is_no_name() {
        let got = labels("Thanks to @Fred_945 and @MarenHolt for the tip, Maren Holt said.");
        assert!(got.iter().all(|&(t, _)| !t.starts_with("Fred") && t != "MarenHolt"), "{got:?}");
        assert!(got.contains(&("Maren Holt", Label::Person)), "{got:?}");
    }

    #[test]
    fn output_is_sorted_in_bounds_and_dense() {
        for text in ["", "   ", "no capitals at all here.", "ALL CAPS HEADLINE ABOUT GERMANY", "É🙂 Ünal Öz"] {
            let doc = Doc::new(text);
            let f = find(&doc);
            let mut last = 0;
            for m in &f.mentions {
                assert!(m.range.start >= last && m.range.start < m.range.end && m.range.end <= text.len());
                assert!(text.is_char_boundary(m.range.start) && text.is_char_boundary(m.range.end));
                assert!(f.entities[m.entity].label == m.label);
                last = m.range.end;
            }
            for (i, e) in f.entities.iter().enumerate() {
                assert_eq!(e.id, i);
                assert_eq!(e.mentions, f.mentions.iter().filter(|m| m.entity == i).count());
            }
        }
    }
}
