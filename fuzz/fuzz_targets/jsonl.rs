//! The CLI's `--jsonl` reader on any bytes, writing the contract in any unit or a JSON export: no panic; one
//! output line per non-blank input line, each a JSON object, either a result or `{id, error}`; the counts it
//! returns match what it wrote.
#![no_main]

#[path = "../../src/bin/newsmark/jsonl.rs"]
mod jsonl;
#[path = "../../src/bin/newsmark/progress.rs"]
#[allow(dead_code)]
mod progress;

use libfuzzer_sys::fuzz_target;
use newsmark::export::Format;
use newsmark::{Offsets, Options};

fuzz_target!(|data: &[u8]| {
    let Some((&pick, input)) = data.split_first() else { return };
    // The contract in each unit, or each JSON export (CoNLL reports bad lines on standard error, not here).
    let output = match pick % 7 {
        0 => jsonl::Output::Json(Offsets::Bytes),
        1 => jsonl::Output::Json(Offsets::Chars),
        2 => jsonl::Output::Json(Offsets::Utf16),
        k => jsonl::Output::Export([Format::Spacy, Format::LabelStudio, Format::Doccano, Format::W3c][usize::from(k - 3)]),
    };
    // The key every result line of that output has.
    let result_key = match output {
        jsonl::Output::Json(_) => "spans",
        jsonl::Output::Export(Format::Spacy) => "spans",
        jsonl::Output::Export(Format::LabelStudio) => "predictions",
        jsonl::Output::Export(Format::Doccano) => "label",
        jsonl::Output::Export(_) => "items",
    };
    let mut out = Vec::new();
    let stats = jsonl::run(input, &mut out, output, &Options::default(), None).expect("writing to memory fails");
    let blank = |l: &[u8]| l.iter().all(u8::is_ascii_whitespace);
    let lines = input.split(|&b| b == b'\n').filter(|l| !blank(l.strip_suffix(b"\r").unwrap_or(l))).count();
    let written: Vec<&[u8]> = out.split(|&b| b == b'\n').filter(|l| !l.is_empty()).collect();
    assert_eq!(written.len(), lines, "one result per non-blank line");
    assert_eq!(stats.lines as usize, lines);
    let mut errors = 0;
    for line in written {
        let v: serde_json::Value = serde_json::from_slice(line).expect("every output line is JSON");
        let o = v.as_object().expect("every output line is an object");
        if o.contains_key("error") {
            assert!(o.contains_key("id"), "no id: {v}");
            errors += 1;
        } else {
            assert!(o[result_key].is_array(), "neither {result_key} nor error: {v}");
        }
    }
    assert_eq!(stats.errors, errors);
});
