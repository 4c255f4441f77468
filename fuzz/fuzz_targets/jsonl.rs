//! The CLI's `--jsonl` reader on any bytes: no panic; one output line per non-blank input line, each a JSON
//! object with an `id` and either `spans` or an `error`; the counts it returns match what it wrote.
#![no_main]

#[path = "../../src/bin/newsmark/jsonl.rs"]
mod jsonl;
#[path = "../../src/bin/newsmark/progress.rs"]
#[allow(dead_code)]
mod progress;

use libfuzzer_sys::fuzz_target;
use newsmark::{Offsets, Options};

fuzz_target!(|data: &[u8]| {
    let Some((&pick, input)) = data.split_first() else { return };
    let offsets = [Offsets::Bytes, Offsets::Chars, Offsets::Utf16][pick as usize % 3];
    let mut out = Vec::new();
    let stats = jsonl::run(input, &mut out, offsets, &Options::default(), None).expect("writing to memory fails");
    let blank = |l: &[u8]| l.iter().all(u8::is_ascii_whitespace);
    let lines = input.split(|&b| b == b'\n').filter(|l| !blank(l.strip_suffix(b"\r").unwrap_or(l))).count();
    let written: Vec<&[u8]> = out.split(|&b| b == b'\n').filter(|l| !l.is_empty()).collect();
    assert_eq!(written.len(), lines, "one result per non-blank line");
    assert_eq!(stats.lines as usize, lines);
    let mut errors = 0;
    for line in written {
        let v: serde_json::Value = serde_json::from_slice(line).expect("every output line is JSON");
        let o = v.as_object().expect("every output line is an object");
        assert!(o.contains_key("id"), "no id: {v}");
        if o.contains_key("error") {
            errors += 1;
        } else {
            assert!(o["spans"].is_array() && o["entities"].is_array(), "neither spans nor error: {v}");
        }
    }
    assert_eq!(stats.errors, errors);
});
