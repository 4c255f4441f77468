//! The number parser at every token, and the money and percent finders alone: no panic, every range in
//! bounds and on boundaries, every money value well formed (`newsmark::fuzzing::{numbers, money}`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Err(broken) = newsmark::fuzzing::numbers(&text).and_then(|()| newsmark::fuzzing::money(&text)) {
        panic!("{broken}\ntext: {text:?}");
    }
});
