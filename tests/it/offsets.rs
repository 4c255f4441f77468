//! Every offset unit on text with emoji, combining marks and CRLF: the same spans, counted three ways.

use newsmark::{Annotations, Detail, Offsets};

const TEXT: &str = "🚀🇺🇸 Jose\u{301} Müller 👩‍👩‍👧 said:\r\n“We paid $14.3 billion — 49% — for it,” Müller said.\r\n";

fn slice_chars(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

fn slice_utf16(text: &str, start: usize, end: usize) -> String {
    String::from_utf16(&text.encode_utf16().collect::<Vec<_>>()[start..end]).unwrap()
}

fn found() -> Annotations {
    newsmark::annotate(TEXT)
}

#[test]
fn all_three_units_pick_out_the_same_text() {
    let bytes = found();
    assert!(!bytes.spans.is_empty(), "the sample should have spans (money at least)");
    let chars = bytes.to_offsets(TEXT, Offsets::Chars);
    let utf16 = bytes.to_offsets(TEXT, Offsets::Utf16);
    assert_eq!((chars.offsets, utf16.offsets), (Offsets::Chars, Offsets::Utf16));
    for ((b, c), u) in bytes.spans.iter().zip(&chars.spans).zip(&utf16.spans) {
        assert_eq!(&TEXT[b.start..b.end], b.text);
        assert_eq!(slice_chars(TEXT, c.start, c.end), b.text);
        assert_eq!(slice_utf16(TEXT, u.start, u.end), b.text);
        if let (Detail::Quote { speaker: Some(sb), .. }, Detail::Quote { speaker: Some(sc), .. }) =
            (&b.detail, &c.detail)
        {
            assert_eq!(slice_chars(TEXT, sc.start, sc.end), sb.text);
        }
    }
}

#[test]
fn money_after_astral_characters_has_the_right_offsets_in_each_unit() {
    let bytes = found();
    let money = bytes.spans.iter().position(|s| s.text == "$14.3 billion").expect("$14.3 billion is found");
    let b = &bytes.spans[money];
    let c = &bytes.to_offsets(TEXT, Offsets::Chars).spans[money];
    let u = &bytes.to_offsets(TEXT, Offsets::Utf16).spans[money];
    let prefix = &TEXT[..b.start];
    assert_eq!(c.start, prefix.chars().count());
    assert_eq!(u.start, prefix.encode_utf16().count());
    // The rocket and the flag are 1+2 code points but 2+4 UTF-16 units: the units really differ here.
    assert!(u.start > c.start && b.start > u.start);
}

#[test]
fn converting_is_idempotent_and_bytes_stay_bytes() {
    let bytes = found();
    let chars = bytes.to_offsets(TEXT, Offsets::Chars);
    assert_eq!(chars.to_offsets(TEXT, Offsets::Chars), chars);
    assert_eq!(bytes.to_offsets(TEXT, Offsets::Bytes), bytes);
}

#[test]
fn the_contract_names_its_unit() {
    let json = serde_json::to_value(found().to_offsets(TEXT, Offsets::Utf16)).unwrap();
    assert_eq!(json["offsets"], "utf16");
    assert!(json["spans"].as_array().unwrap().iter().all(|s| s["start"].is_u64() && s["label"].is_string()));
}
