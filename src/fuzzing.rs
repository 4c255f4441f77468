//! The output contract as a checker, and entry points into the number and money parsers, for the fuzz targets
//! (`fuzz/`) and the property tests (`tests/it/properties.rs`). Not a stable API.
//!
//! Every check returns the first broken promise as a message rather than panicking itself, so that a property
//! test can report it; a fuzz target panics with it.

use crate::annotation::{Annotations, Detail, Label, LabelSet, Money, Offsets};
use crate::number;
use crate::text::Doc;
use std::ops::Range;

macro_rules! ensure {
    ($cond:expr, $($msg:tt)+) => {
        if !$cond {
            return Err(format!($($msg)+));
        }
    };
}

/// The promise of the crate docs on one byte-offset result of `text` asked for `labels`: spans of those labels
/// only, in bounds, on `char` boundaries, equal to their text, sorted, not overlapping within a label; entity
/// ids, mention counts and speakers consistent, and every entity listed referred to; money values well formed.
/// Then the same spans in code points and UTF-16 pick out the same text.
pub fn check(text: &str, found: &Annotations, labels: LabelSet) -> Result<(), String> {
    ensure!(found.offsets == Offsets::Bytes, "offsets {:?}, not bytes", found.offsets);
    let mut last_start = 0;
    let mut last_end_by_label = [0usize; Label::ALL.len()];
    for span in &found.spans {
        check_range(text, span.start..span.end, &span.text).map_err(|e| format!("span {span:?}: {e}"))?;
        ensure!(labels.contains(span.label()), "{} not asked for: {span:?}", span.label());
        ensure!(span.start >= last_start, "not sorted at {span:?}");
        last_start = span.start;
        let slot = &mut last_end_by_label[span.label() as usize];
        ensure!(span.start >= *slot, "overlap within {} at {span:?}", span.label());
        *slot = span.end;
        match &span.detail {
            Detail::Entity { entity, label } => {
                let e = found.entities.get(*entity);
                ensure!(e.is_some_and(|e| e.label == *label), "span {span:?}: no entity {entity} labelled {label}");
            }
            Detail::Quote { speaker: Some(sp), .. } => {
                check_range(text, sp.start..sp.end, &sp.text).map_err(|e| format!("speaker {sp:?}: {e}"))?;
                ensure!(sp.entity.map_or(true, |e| e < found.entities.len()), "speaker {sp:?}: no such entity");
                if let Some(a) = &sp.affiliation {
                    check_range(text, a.start..a.end, &a.text).map_err(|e| format!("affiliation {a:?}: {e}"))?;
                    ensure!(a.entity.map_or(true, |e| e < found.entities.len()), "affiliation {a:?}: no such entity");
                }
            }
            Detail::Money(m) => check_money(m).map_err(|e| format!("span {span:?}: {e}"))?,
            _ => {}
        }
    }
    for (i, e) in found.entities.iter().enumerate() {
        ensure!(e.id == i, "entity {i} has id {}", e.id);
        let n = found.spans.iter().filter(|s| s.entity() == Some(i)).count();
        // A kind left out of `labels` has no spans, though its mentions are still counted.
        let spans = if labels.contains(e.label) { e.mentions } else { 0 };
        ensure!(e.mentions >= 1 && n == spans, "entity {i}: {} mentions, {n} spans", e.mentions);
        let spoken = |s: &crate::annotation::Span| match &s.detail {
            Detail::Quote { speaker: Some(sp), .. } => {
                sp.entity == Some(i) || sp.affiliation.as_ref().is_some_and(|a| a.entity == Some(i))
            }
            _ => false,
        };
        ensure!(n > 0 || found.spans.iter().any(spoken), "entity {i} listed but nothing refers to it");
    }
    check_units(text, found)
}

fn check_range(text: &str, r: Range<usize>, said: &str) -> Result<(), String> {
    check_bounds(text, &r)?;
    let got = &text[r.clone()];
    ensure!(got == said, "{r:?} is {got:?}, not {said:?}");
    Ok(())
}

/// A non-empty range inside `text`, on `char` boundaries.
fn check_bounds(text: &str, r: &Range<usize>) -> Result<(), String> {
    ensure!(r.start < r.end && r.end <= text.len(), "{r:?} out of bounds of {} bytes", text.len());
    ensure!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end), "{r:?} not on char boundaries");
    Ok(())
}

/// A money value is one amount or a bound or two, never an amount and a bound; a range runs low to high; the
/// currency is an ISO 4217 code.
fn check_money(m: &Money) -> Result<(), String> {
    let code = m.currency.len() == 3 && m.currency.bytes().all(|b| b.is_ascii_uppercase());
    ensure!(code, "currency {:?} is no ISO code", m.currency);
    ensure!(m.amount.is_none() || m.min.is_none() && m.max.is_none(), "an amount and a bound: {m:?}");
    if let (Some(lo), Some(hi)) = (m.min, m.max) {
        ensure!(number::compare(lo, hi) != Some(std::cmp::Ordering::Greater), "range runs high to low: {m:?}");
    }
    Ok(())
}

/// Every unit picks out the same text: bytes by slicing, code points by counting, UTF-16 by encoding.
fn check_units(text: &str, found: &Annotations) -> Result<(), String> {
    let chars = found.to_offsets(text, Offsets::Chars);
    let utf16 = found.to_offsets(text, Offsets::Utf16);
    let code_points: Vec<char> = text.chars().collect();
    let units: Vec<u16> = text.encode_utf16().collect();
    let in_chars = |r: Range<usize>| code_points.get(r).map(|c| c.iter().collect::<String>());
    let in_utf16 = |r: Range<usize>| units.get(r).map(String::from_utf16_lossy);
    for ((b, c), u) in found.spans.iter().zip(&chars.spans).zip(&utf16.spans) {
        ensure!(in_chars(c.start..c.end).as_deref() == Some(b.text.as_str()), "code points differ: {c:?}");
        ensure!(in_utf16(u.start..u.end).as_deref() == Some(b.text.as_str()), "UTF-16 differs: {u:?}");
        let speakers = |d: &Detail| match d {
            Detail::Quote { speaker: Some(s), .. } => Some((s.start..s.end, s.text.clone())),
            _ => None,
        };
        if let (Some((_, said)), Some((rc, _)), Some((ru, _))) =
            (speakers(&b.detail), speakers(&c.detail), speakers(&u.detail))
        {
            ensure!(in_chars(rc.clone()).as_deref() == Some(said.as_str()), "speaker in code points differs: {rc:?}");
            ensure!(in_utf16(ru.clone()).as_deref() == Some(said.as_str()), "speaker in UTF-16 differs: {ru:?}");
        }
    }
    Ok(())
}

/// Reads a number at every token of `text`, as the money and percent finders do, and checks what is read:
/// it takes at least one token and no more than there are.
pub fn numbers(text: &str) -> Result<(), String> {
    let doc = Doc::new(text);
    let n = doc.tokens.len();
    for i in 0..n {
        let _ = number::parse_digits(doc.tok(i));
        let piece = |k: usize| {
            let j = i + k;
            (j < n).then(|| (doc.tok(j), j > 0 && doc.tokens[j - 1].end == doc.tokens[j].start))
        };
        if let Some(p) = number::parse_number(piece) {
            ensure!(p.len >= 1 && i + p.len <= n, "number at token {i} takes {} of {} tokens", p.len, n - i);
        }
    }
    Ok(())
}

/// The money and percent finders alone, their ranges and values checked as [`check`] checks spans.
pub fn money(text: &str) -> Result<(), String> {
    let doc = Doc::new(text);
    for (r, m) in crate::money::find(&doc) {
        check_bounds(text, &r).and_then(|()| check_money(&m)).map_err(|e| format!("money {r:?}: {e}"))?;
    }
    for (r, _) in crate::percent::find(&doc) {
        check_bounds(text, &r).map_err(|e| format!("percent: {e}"))?;
    }
    Ok(())
}
