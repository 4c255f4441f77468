//! A person's corrections ([`crate::Options::corrections`]), applied in order to what the finders found: spans
//! added, removed or relabelled, and quotes given the speaker a person chose. The page keeps the list and sends
//! it with every annotation, so the highlights, the panel and every export show the corrected set.

use crate::annotation::{Annotations, Correction, Detail, Entity, Label, LabelSet, Money, Span, Speaker};
use crate::text::Doc;
use crate::{money, percent};
use std::ops::Range;

/// Applies `corrections` to `found` (byte offsets, of `text`), keeping the contract: spans sorted, no overlap
/// within a label, entities dense and referred to. A correction whose range is not a span of the text (out of
/// bounds, not on `char` boundaries, empty) or whose span is not there is passed over.
pub fn apply(text: &str, mut found: Annotations, corrections: &[Correction], labels: LabelSet) -> Annotations {
    if corrections.is_empty() {
        return found;
    }
    for c in corrections {
        let range = c.range();
        if range.start >= range.end || text.get(range.clone()).is_none() {
            continue;
        }
        match c {
            Correction::Add { label, .. } => add(text, &mut found, range, *label, labels),
            Correction::Remove { label, .. } => {
                if let Some(i) = position(&found, &range, *label) {
                    remove_at(&mut found, i);
                }
            }
            Correction::Relabel { label, to, .. } => {
                // Only when the new label can be given: relabelling "$5" as a percentage, or as a label not
                // asked for, leaves the span as it was.
                let fits = labels.contains(*to)
                    && (*to != Label::Percent || whole(&text[range.clone()], percent::find).is_some());
                if let Some(i) = position(&found, &range, *label).filter(|_| fits) {
                    remove_at(&mut found, i);
                    add(text, &mut found, range, *to, labels);
                }
            }
            Correction::Speaker { speaker, .. } => {
                // A chosen speaker that is not a place in the text is passed over like any correction that
                // does not fit, not read as "nobody known".
                if speaker.as_ref().is_some_and(|r| r.start >= r.end || text.get(r.clone()).is_none()) {
                    continue;
                }
                let chosen = speaker.clone();
                let entity = chosen.as_ref().and_then(|r| {
                    found.spans.iter().find(|s| s.start == r.start && s.end == r.end).and_then(Span::entity)
                });
                if let Some(i) = position(&found, &range, Label::Quote) {
                    if let Detail::Quote { speaker, .. } = &mut found.spans[i].detail {
                        *speaker = chosen.map(|r| Speaker {
                            entity,
                            text: text[r.clone()].to_string(),
                            start: r.start,
                            end: r.end,
                            cue: String::new(),
                            affiliation: None,
                        });
                    }
                }
            }
        }
    }
    // An entity whose every mention was removed is no longer named in the text: a quote it spoke keeps its
    // speaker (and affiliation) as written, without the link.
    let gone: Vec<bool> = found.entities.iter().map(|e| e.mentions == 0).collect();
    let unlink = |id: &mut Option<usize>| {
        if id.is_some_and(|e| gone.get(e).copied().unwrap_or(true)) {
            *id = None;
        }
    };
    for span in &mut found.spans {
        if let Detail::Quote { speaker: Some(sp), .. } = &mut span.detail {
            unlink(&mut sp.entity);
            if let Some(a) = &mut sp.affiliation {
                unlink(&mut a.entity);
            }
        }
    }
    crate::join::keep_referenced_entities(&mut found);
    found
}

fn position(found: &Annotations, range: &Range<usize>, label: Label) -> Option<usize> {
    found.spans.iter().position(|s| s.start == range.start && s.end == range.end && s.label() == label)
}

fn remove_at(found: &mut Annotations, i: usize) {
    let span = found.spans.remove(i);
    if let Some(e) = span.entity().and_then(|e| found.entities.get_mut(e)) {
        e.mentions = e.mentions.saturating_sub(1);
    }
}

/// Adds a span of `label` over `range`, in place of the spans of that label it overlaps (for a name, the names of
/// any kind it overlaps). An entity span joins
/// the entity of that label and name, or starts one; a money or percent span carries the value newsmark reads
/// in its text (money it cannot read has currency `XXX`, "no currency", and no amount; a percentage it cannot
/// read is not added).
fn add(text: &str, found: &mut Annotations, range: Range<usize>, label: Label, labels: LabelSet) {
    if !labels.contains(label) {
        return;
    }
    let words = &text[range.clone()];
    let detail = match label {
        Label::Person | Label::Org | Label::Loc | Label::Misc => {
            let entity = match found.entities.iter().position(|e| e.label == label && e.name == words) {
                Some(id) => id,
                None => {
                    let id = found.entities.len();
                    found.entities.push(Entity { id, label, name: words.to_string(), mentions: 0 });
                    id
                }
            };
            found.entities[entity].mentions += 1;
            Detail::Entity { label, entity }
        }
        Label::Money => Detail::Money(whole(words, money::find).unwrap_or(Money {
            currency: "XXX",
            amount: None,
            min: None,
            max: None,
            approximate: false,
            currency_assumed: false,
            per: None,
        })),
        Label::Percent => match whole(words, percent::find) {
            Some(value) => Detail::Percent(value),
            None => return,
        },
        Label::Quote => Detail::Quote { speaker: None, form: crate::QuoteForm::Direct },
    };
    // One pass, however many spans the new one covers (a quote over a whole long text). A name is of one kind:
    // adding an organization over words the finders called a person replaces the person.
    let entities = &mut found.entities;
    let same_kind = |other: Label| other == label || other.is_entity() && label.is_entity();
    found.spans.retain(|s| {
        let covered = same_kind(s.label()) && s.start < range.end && range.start < s.end;
        if let Some(e) = s.entity().filter(|_| covered).and_then(|e| entities.get_mut(e)) {
            e.mentions = e.mentions.saturating_sub(1);
        }
        !covered
    });
    let span = Span { start: range.start, end: range.end, text: words.to_string(), detail };
    let at = found
        .spans
        .partition_point(|s| (s.start, std::cmp::Reverse(s.end)) <= (span.start, std::cmp::Reverse(span.end)));
    found.spans.insert(at, span);
}

/// A finder: the spans it finds in a document, each with its value.
type Finder<T> = fn(&Doc) -> Vec<(Range<usize>, T)>;

/// The value a finder reads in `words` when its span is all of them.
fn whole<T>(words: &str, find: Finder<T>) -> Option<T> {
    find(&Doc::new(words)).into_iter().find(|(r, _)| r.start == 0 && r.end == words.len()).map(|(_, v)| v)
}
