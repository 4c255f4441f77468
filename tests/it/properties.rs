//! Property tests: on arbitrary text `annotate` does not panic, and what it returns keeps the offset promise.
//! 10,000 cases by default; `PROPTEST_CASES` sets another number.

use newsmark::{Annotations, Detail, Label, Offsets};
use proptest::prelude::*;

/// Pieces of news text and of everything that breaks naive text code, joined at random.
const PIECES: &[&str] = &[
    "Jason Droege",
    "Droege",
    "Meta Platforms Inc.",
    "Meta",
    "Scale AI",
    "’s",
    "'s",
    "Mr.",
    "U.S.",
    "said",
    "says",
    "told",
    "according to",
    "he",
    "she",
    "it",
    "the company",
    "$",
    "€",
    "£",
    "US$",
    "14.3",
    "1,500",
    "billion",
    "million",
    "bn",
    "about",
    "nearly",
    "49",
    "%",
    "percent",
    "per cent",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "„",
    "«",
    "»",
    ",",
    ".",
    ":",
    "—",
    "-",
    " ",
    " ",
    "  ",
    "\n",
    "\r\n",
    "\n\n",
    "\t",
    "\u{a0}",
    "\u{200b}",
    "\u{200d}",
    "\u{feff}",
    "😀",
    "👩‍👩‍👧",
    "🇺🇸",
    "e\u{301}",
    "שלום",
    "مرحبا",
    "\u{202e}",
    "ALL CAPS",
    "no capitals",
    "\u{0}",
    "\u{7f}",
    "\u{fffd}",
    "𝔘𝔫𝔦",
    "ǅ",
    "ß",
    "İ",
];

/// Pieces of text quoted in single marks, British style, where marks are also apostrophes and quotes run over
/// paragraphs: the pairing's hardest cases.
const SINGLE_MARK_PIECES: &[&str] = &[
    "‘",
    "’",
    "'",
    "\n\n‘",
    "\n\n'",
    "\n\n",
    " ",
    ". ",
    ", ",
    ": ",
    "’,",
    ",’",
    ".’",
    "’.",
    "?’",
    "s’ ",
    "workers’",
    "’s",
    "’n’",
    "'n'",
    "'em,",
    "‘em",
    "’90s",
    "‘90",
    "2020",
    "Tis",
    "Er,",
    "“",
    "”",
    "\"",
    "he said",
    "said Ms Smith",
    "the",
    "pay",
    "on",
    "of",
    "Labour",
    "called it",
    "a disgrace",
    "é",
    "🚀",
    "\r\n",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|v| v.concat())
}

fn single_marked() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(SINGLE_MARK_PIECES), 0..60).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![news_like(), single_marked(), any::<String>(), "[ -~\u{a0}-\u{2fff}]{0,200}"]
}

/// The promise of the crate docs, checked on one result.
fn check(text: &str, found: &Annotations) -> Result<(), TestCaseError> {
    prop_assert_eq!(found.offsets, Offsets::Bytes);
    let mut last_start = 0;
    let mut last_end_by_label = [0usize; Label::ALL.len()];
    for span in &found.spans {
        prop_assert!(span.start < span.end && span.end <= text.len(), "out of bounds: {span:?}");
        prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        prop_assert_eq!(&text[span.start..span.end], span.text.as_str());
        prop_assert!(span.start >= last_start, "not sorted");
        last_start = span.start;
        let slot = &mut last_end_by_label[span.label() as usize];
        prop_assert!(span.start >= *slot, "overlap within {}", span.label());
        *slot = span.end;
        match &span.detail {
            Detail::Entity { entity, label } => {
                let e = found.entities.get(*entity);
                prop_assert!(e.is_some_and(|e| e.label == *label), "bad entity {entity}");
            }
            Detail::Quote { speaker: Some(sp), .. } => {
                prop_assert!(sp.start < sp.end && sp.end <= text.len());
                prop_assert!(text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end));
                prop_assert_eq!(&text[sp.start..sp.end], sp.text.as_str());
                prop_assert!(sp.entity.map_or(true, |e| e < found.entities.len()));
            }
            _ => {}
        }
    }
    for (i, e) in found.entities.iter().enumerate() {
        prop_assert_eq!(e.id, i);
        let n = found.spans.iter().filter(|s| s.entity() == Some(i)).count();
        prop_assert!(e.mentions >= 1 && n == e.mentions, "entity {i}: {} mentions, {n} spans", e.mentions);
    }
    Ok(())
}

/// Every unit picks out the same text: bytes by slicing, code points by counting, UTF-16 by encoding.
fn check_units(text: &str, found: &Annotations) -> Result<(), TestCaseError> {
    let chars = found.to_offsets(text, Offsets::Chars);
    let utf16 = found.to_offsets(text, Offsets::Utf16);
    let code_points: Vec<char> = text.chars().collect();
    let units: Vec<u16> = text.encode_utf16().collect();
    for ((b, c), u) in found.spans.iter().zip(&chars.spans).zip(&utf16.spans) {
        prop_assert_eq!(code_points[c.start..c.end].iter().collect::<String>(), b.text.clone());
        prop_assert_eq!(String::from_utf16_lossy(&units[u.start..u.end]), b.text.clone());
        if let (Detail::Quote { speaker: Some(sb), .. }, Detail::Quote { speaker: Some(su), .. }) =
            (&b.detail, &u.detail)
        {
            prop_assert_eq!(String::from_utf16_lossy(&units[su.start..su.end]), sb.text.clone());
        }
    }
    Ok(())
}

proptest! {
    // 10,000 cases unless PROPTEST_CASES says otherwise (a quick local run: PROPTEST_CASES=500).
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(10_000),
        ..ProptestConfig::default()
    })]

    #[test]
    fn annotate_keeps_the_offset_promise(text in any_text()) {
        let found = newsmark::annotate(&text);
        check(&text, &found)?;
        check_units(&text, &found)?;
    }
}
