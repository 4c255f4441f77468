//! Joining the finders' results into one [`Annotations`]: quotes' speakers linked to entities (by
//! [`crate::link`]), and a money amount winning over an entity tag on the same words.

use crate::annotation::{Annotations, Detail, Entity, Label, LabelSet, Money, Offsets, Percent, Span};
use crate::entities::{self, Mention};
use crate::quotes::gender;
use crate::quotes::FoundQuote;
use crate::text::{overlapping, Doc};
use crate::{antecedent, link};
use std::ops::Range;

/// What each finder found, in byte ranges.
pub struct Found {
    pub entities: entities::Found,
    pub money: Vec<(Range<usize>, Money)>,
    pub percent: Vec<(Range<usize>, Percent)>,
    pub quotes: Vec<FoundQuote>,
}

pub fn join(doc: &Doc, found: Found, labels: LabelSet) -> Annotations {
    let mut numbers: Vec<Range<usize>> =
        found.money.iter().map(|(r, _)| r.clone()).chain(found.percent.iter().map(|(r, _)| r.clone())).collect();
    crate::order::sort_by_key(&mut numbers, |r| r.start);
    let (mentions, entities) = drop_mentions_inside(found.entities, &numbers);
    let quote_ranges: Vec<Range<usize>> = found.quotes.iter().map(|q| q.range.clone()).collect();

    let mut spans = Vec::with_capacity(mentions.len() + found.money.len() + found.percent.len() + found.quotes.len());
    let text = doc.text;
    let span = |range: Range<usize>, detail: Detail| Span {
        start: range.start,
        end: range.end,
        text: text[range].to_string(),
        detail,
    };
    for m in &mentions {
        if labels.contains(m.label) {
            spans.push(span(m.range.clone(), Detail::Entity { label: m.label, entity: m.entity }));
        }
    }
    for (range, value) in found.money {
        spans.push(span(range, Detail::Money(value)));
    }
    for (range, value) in found.percent {
        spans.push(span(range, Detail::Percent(value)));
    }
    let people = link::People::new(doc, &mentions, &entities);
    possessives_after_one_person(doc, &mentions, &quote_ranges, &people);
    let chained =
        antecedent::with_pronouns(doc, &mentions, &quote_ranges, |m, w| people.fits(m, gender::of_pronoun(w)));
    let cx = link::Context { doc, mentions: &mentions, chained: &chained, quotes: &quote_ranges, people: &people };
    // The speaker of the last quote that has a person for one, and where that speaker was named.
    let mut last_person: Option<(usize, usize)> = None;
    for quote in found.quotes {
        let speaker = quote.speaker.map(|cue| link::speaker(&cx, &cue, last_person));
        if let Some(s) = &speaker {
            if let Some(id) = s.entity.filter(|&id| people.is_person(id)) {
                last_person = Some((id, s.end));
                // Here only a speaker pronoun teaches a gender: the "He"/"She" chained anywhere in the narration
                // (`with_pronouns`) is read less surely, and taught wrongly on PolNeAR train (a "She" in a block
                // quote made its speaker a woman). Narration teaches it only in the narrow case of
                // [`possessives_after_one_person`].
                people.learn(id, &s.text);
            }
        }
        spans.push(span(quote.range, Detail::Quote { speaker, form: quote.form }));
    }
    spans.retain(|s| s.start < s.end && labels.contains(s.label()));
    crate::order::sort_by(&mut spans, |a, b| {
        a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.label().cmp(&b.label()))
    });
    drop_overlaps_within_label(&mut spans);
    let entities = keep_referenced(&mut spans, entities);
    Annotations { offsets: Offsets::Bytes, spans, entities }
}

/// [`keep_referenced`] on a whole result, after corrections removed and added spans.
pub(crate) fn keep_referenced_entities(found: &mut Annotations) {
    let entities = std::mem::take(&mut found.entities);
    found.entities = keep_referenced(&mut found.spans, entities);
}

/// The entities a returned span, speaker or affiliation refers to, renumbered densely with the references
/// following: with some labels left out ("only LOC"), the people found on the way are not listed. An entity's
/// `mentions` still counts every mention in the text.
fn keep_referenced(spans: &mut [Span], entities: Vec<Entity>) -> Vec<Entity> {
    fn references(span: &mut Span) -> impl Iterator<Item = &mut usize> {
        let (entity, speaker, affiliation) = match &mut span.detail {
            Detail::Entity { entity, .. } => (Some(entity), None, None),
            Detail::Quote { speaker: Some(s), .. } => {
                (None, s.entity.as_mut(), s.affiliation.as_mut().and_then(|a| a.entity.as_mut()))
            }
            _ => (None, None, None),
        };
        entity.into_iter().chain(speaker).chain(affiliation)
    }
    let mut used = vec![false; entities.len()];
    for span in spans.iter_mut() {
        for &mut id in references(span) {
            used[id] = true;
        }
    }
    if used.iter().all(|&u| u) {
        return entities;
    }
    let mut new_id = vec![usize::MAX; entities.len()];
    let kept: Vec<Entity> = entities
        .into_iter()
        .filter(|e| used[e.id])
        .enumerate()
        .map(|(id, e)| {
            new_id[e.id] = id;
            Entity { id, ..e }
        })
        .collect();
    for span in spans.iter_mut() {
        for id in references(span) {
            *id = new_id[*id];
        }
    }
    kept
}

/// Drops entity mentions that overlap a money or percent span; the entities that still have mentions are
/// numbered densely again.
fn drop_mentions_inside(mut found: entities::Found, numbers: &[Range<usize>]) -> (Vec<Mention>, Vec<Entity>) {
    found.mentions.retain(|m| overlapping(numbers, &m.range).is_none());
    let found = entities::renumber(found);
    (found.mentions, found.entities)
}

/// Within one label, a span that overlaps the one kept before it is dropped (the earlier, longer one wins).
fn drop_overlaps_within_label(spans: &mut Vec<Span>) {
    let mut last_end = [0usize; Label::ALL.len()];
    spans.retain(|s| {
        let slot = &mut last_end[s.label() as usize];
        if s.start < *slot {
            return false;
        }
        *slot = s.end;
        true
    });
}

/// "Dr. Imani Castellanos has spent a decade … Her latest paper …": a sentence that opens with "Her" or "His"
/// right after a sentence that names one person, and no one else, tells that person's gender (when nothing
/// did before), so that a later "he" does not mean her.
fn possessives_after_one_person(doc: &Doc, mentions: &[Mention], quotes: &[Range<usize>], people: &link::People) {
    for (k, s) in doc.sentences.iter().enumerate().skip(1) {
        let first = doc.token_at_or_after(s.start);
        let Some(t) = doc.tokens.get(first).filter(|t| t.start == s.start) else { continue };
        let w = t.text(doc.text);
        let pronoun = match w {
            "Her" => "she",
            "His" => "he",
            _ => continue,
        };
        if overlapping(quotes, &(t.start..t.end)).is_some() {
            continue;
        }
        let before = &doc.sentences[k - 1];
        let from = mentions.partition_point(|m| m.range.start < before.start);
        let to = mentions.partition_point(|m| m.range.start < before.end);
        let mut named = mentions[from..to].iter().filter(|m| people.is_person(m.entity)).map(|m| m.entity);
        if let Some(one) = named.next() {
            if named.all(|e| e == one) {
                people.learn(one, pronoun);
            }
        }
    }
}
