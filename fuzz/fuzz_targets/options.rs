//! `annotate_with` with a caller's own names, ignored names and corrections made from the input keeps the output
//! contract, and every export of the result is what its format promises (one JSON line, or CoNLL lines whose
//! tokens are the text's, in order).
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsmark::export::{export, Document, Format};
use newsmark::{Correction, Label, LabelSet, ListedName, Options};

fuzz_target!(|data: &[u8]| {
    // [n, 4 bytes per edit × n, text]: each edit picks a kind, a label, a start and a length in the text.
    let Some((&n, rest)) = data.split_first() else { return };
    let n = usize::from(n % 8);
    let Some((edits, text)) = rest.split_at_checked(4 * n) else { return };
    let text = String::from_utf8_lossy(text);
    let mut options = Options::default();
    for e in edits.chunks_exact(4) {
        let label = Label::ALL[usize::from(e[1]) % Label::ALL.len()];
        let start = usize::from(e[2]) * text.len() / 255;
        let end = start + usize::from(e[3] % 40);
        // Not every range is a place in the text: the core passes those over, and that is fuzzed too.
        let words = text.get(start..end.min(text.len())).unwrap_or("").to_string();
        match e[0] % 6 {
            0 => options.names.push(ListedName { name: words, label, aliases: vec![] }),
            1 => options.ignore.push(words),
            2 => options.corrections.push(Correction::Add { start, end, label }),
            3 => options.corrections.push(Correction::Remove { start, end, label }),
            4 => options.corrections.push(Correction::Relabel { start, end, label: Label::Person, to: label }),
            _ => options.corrections.push(Correction::Speaker { start, end, speaker: Some(end..end + 6) }),
        }
    }
    let found = newsmark::annotate_with(&text, &options);
    if let Err(broken) = newsmark::fuzzing::check(&text, &found, LabelSet::ALL) {
        panic!("{broken}\ntext: {text:?}\noptions: {options:?}");
    }
    let doc = Document { text: &text, found: &found, id_json: Some("\"f\""), id_text: Some("f") };
    for format in Format::ALL {
        let out = export(&doc, format).unwrap_or_else(|e| panic!("{format}: {e}"));
        if format.is_json() {
            assert!(!out.contains('\n'), "{format}: more than one line");
            if let Err(e) = serde_json::from_str::<serde_json::Value>(&out) {
                panic!("{format}: not JSON ({e}): {out}");
            }
        } else {
            // Every CoNLL token is the text's next non-space stretch.
            let mut at = 0;
            for line in out.lines().skip(2).filter(|l| !l.is_empty()) {
                let token = line.split('\t').next().unwrap_or("");
                let found_at = text[at..].find(token).map(|i| at + i);
                let Some(i) = found_at.filter(|_| !token.is_empty()) else { panic!("token {token:?} not in order") };
                at = i + token.len();
            }
        }
    }
});
