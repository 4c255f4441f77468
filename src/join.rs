//! Joining the finders' results into one [`Annotations`]: the only place that knows a quote's speaker is an
//! entity, and that a money amount wins over an entity tag on the same words.

use crate::annotation::{Annotations, Detail, Entity, Label, LabelSet, Money, Offsets, Percent, Span, Speaker};
use crate::entities::{self, Mention};
use crate::quotes::{FoundQuote, SpeakerCue, SpeakerKind};
use crate::text::Doc;
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
    numbers.sort_by_key(|r| r.start);
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
    for quote in found.quotes {
        let speaker = quote.speaker.map(|cue| speaker(doc, &cue, &mentions, &quote_ranges));
        spans.push(span(quote.range, Detail::Quote { speaker, form: quote.form }));
    }
    spans.retain(|s| s.start < s.end && labels.contains(s.label()));
    spans.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.label().cmp(&b.label())));
    drop_overlaps_within_label(&mut spans);
    Annotations { offsets: Offsets::Bytes, spans, entities }
}

/// Drops entity mentions that overlap a money or percent span, then renumbers the entities that still have
/// mentions so that ids stay dense.
fn drop_mentions_inside(found: entities::Found, numbers: &[Range<usize>]) -> (Vec<Mention>, Vec<Entity>) {
    let mut mentions: Vec<Mention> =
        found.mentions.into_iter().filter(|m| overlapping(numbers, &m.range).is_none()).collect();
    let mut counts = vec![0usize; found.entities.len()];
    for m in &mentions {
        if let Some(c) = counts.get_mut(m.entity) {
            *c += 1;
        }
    }
    let mut new_id = vec![usize::MAX; found.entities.len()];
    let mut entities = Vec::with_capacity(found.entities.len());
    for (old, mut entity) in found.entities.into_iter().enumerate() {
        if counts[old] > 0 {
            new_id[old] = entities.len();
            entity.id = entities.len();
            entity.mentions = counts[old];
            entities.push(entity);
        }
    }
    mentions.retain(|m| new_id.get(m.entity).is_some_and(|&id| id != usize::MAX));
    for m in &mut mentions {
        m.entity = new_id[m.entity];
    }
    (mentions, entities)
}

/// The speaker of a quote, linked to an entity: a name to the mention it overlaps, "he"/"she" to the nearest
/// earlier person and "it"/"the company" to the nearest earlier organization (mentions inside quotes excluded:
/// in “I met Obama,” he said, "he" is not Obama).
fn speaker(doc: &Doc, cue: &SpeakerCue, mentions: &[Mention], quotes: &[Range<usize>]) -> Speaker {
    let r = &cue.range;
    let entity = match cue.kind {
        SpeakerKind::Name => {
            let first = mentions.partition_point(|m| m.range.end <= r.start);
            mentions.get(first).filter(|m| m.range.start < r.end).map(|m| m.entity)
        }
        SpeakerKind::PersonPronoun => nearest_before(r.start, Label::Person, mentions, quotes),
        SpeakerKind::OrgReference => nearest_before(r.start, Label::Org, mentions, quotes),
        SpeakerKind::Description => None,
    };
    Speaker {
        entity,
        text: doc.text[r.clone()].to_string(),
        start: r.start,
        end: r.end,
        cue: doc.text[cue.cue.clone()].to_string(),
    }
}

/// How far back a pronoun looks for its person, in mentions: far enough for any article, and it bounds the
/// work on adversarial input (thousands of "he said" with no person named) to linear.
const PRONOUN_LOOKBACK_MENTIONS: usize = 200;

fn nearest_before(byte: usize, label: Label, mentions: &[Mention], quotes: &[Range<usize>]) -> Option<usize> {
    let before = mentions.partition_point(|m| m.range.start < byte);
    mentions[..before]
        .iter()
        .rev()
        .take(PRONOUN_LOOKBACK_MENTIONS)
        .find(|m| m.label == label && overlapping(quotes, &m.range).is_none())
        .map(|m| m.entity)
}

/// The first of `sorted` (sorted, non-overlapping ranges) that overlaps `range`, found by binary search.
fn overlapping<'r>(sorted: &'r [Range<usize>], range: &Range<usize>) -> Option<&'r Range<usize>> {
    let i = sorted.partition_point(|r| r.end <= range.start);
    sorted.get(i).filter(|r| r.start < range.end)
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
