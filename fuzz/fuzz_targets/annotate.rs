//! `annotate_with` on any text and any set of labels keeps the output contract (`newsmark::fuzzing::check`):
//! no panic; every span and speaker in bounds, on boundaries, sorted; the same text in every offset unit.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsmark::{Label, Options};

fuzz_target!(|data: &[u8]| {
    // The first byte picks the labels (0: all), so that every finder is also fuzzed alone.
    let Some((&pick, rest)) = data.split_first() else { return };
    let labels: Vec<Label> =
        Label::ALL.iter().enumerate().filter(|(i, _)| pick == 0 || pick & (1 << i) != 0).map(|(_, &l)| l).collect();
    let text = String::from_utf8_lossy(rest);
    let options = Options::only(&labels);
    let found = newsmark::annotate_with(&text, &options);
    if let Err(broken) = newsmark::fuzzing::check(&text, &found, options.labels) {
        panic!("{broken}\ntext: {text:?}");
    }
});
