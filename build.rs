//! Packs the derived word lists (`src/entities/lists/*.txt`) into `OUT_DIR` for `include_bytes!`: front-coded
//! (`src/entities/packed.rs`), which makes the wasm smaller than the plain text does, while the repository
//! keeps the lists as plain, reviewable text.
//!
//! The Brown clusters become two files: their forms sorted and front-coded (`clusters.words`), and
//! `clusters.ids`: `u16` count of distinct bit paths, those paths as `u32`s, then one `u16` index into them per
//! form, all little-endian.

use std::path::Path;

#[path = "src/entities/packed.rs"]
mod packed;

const LISTS: [&str; 11] = [
    "companies",
    "demonyms",
    "female_names",
    "given_names",
    "male_names",
    "org_words",
    "organizations",
    "people",
    "place_words",
    "places",
    "surnames",
];

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    let lists = Path::new("src/entities/lists");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/entities/packed.rs");
    for name in LISTS {
        let path = lists.join(format!("{name}.txt"));
        println!("cargo:rerun-if-changed={}", path.display());
        let text = read(&path);
        let entries = text.lines().map(str::trim).filter(|l| !l.is_empty());
        write(&out.join(format!("{name}.fc")), &packed::pack(entries));
    }

    let path = lists.join("clusters.txt");
    println!("cargo:rerun-if-changed={}", path.display());
    let text = read(&path);
    let mut paths: Vec<u32> = Vec::new();
    let mut forms: Vec<(&str, u16)> = Vec::new();
    for line in text.lines() {
        let mut parts = line.split(' ');
        let Some(bits) = parts.next().filter(|h| !h.is_empty()) else { continue };
        let bits = u32::from_str_radix(bits, 16).unwrap_or_else(|_| panic!("{}: bad cluster {bits:?}", path.display()));
        let index = u16::try_from(paths.len()).expect("fewer than 65,536 clusters");
        paths.push(bits);
        forms.extend(parts.filter(|w| !w.is_empty()).map(|w| (w, index)));
    }
    forms.sort_unstable();
    write(&out.join("clusters.words"), &packed::pack(forms.iter().map(|&(w, _)| w)));
    let mut ids = Vec::with_capacity(2 + 4 * paths.len() + 2 * forms.len());
    ids.extend_from_slice(&(paths.len() as u16).to_le_bytes());
    for p in &paths {
        ids.extend_from_slice(&p.to_le_bytes());
    }
    for &(_, index) in &forms {
        ids.extend_from_slice(&index.to_le_bytes());
    }
    write(&out.join("clusters.ids"), &ids);
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}
