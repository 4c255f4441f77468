//! Packs the derived word lists (`src/entities/lists/*.txt`) into `OUT_DIR` for `include_bytes!`: front-coded
//! (`src/entities/packed.rs`), which makes the wasm smaller than the plain text does, while the repository
//! keeps the lists as plain, reviewable text.
//!
//! The Brown clusters become two files: their forms sorted and front-coded (`clusters.words`), and
//! `clusters.ids`: `u16` count of distinct bit paths, those paths as `u32`s, then one `u16` index into them per
//! form, all little-endian.
//!
//! All of them go into one file, `knowledge.bin` (see `src/entities/knowledge.rs`), which the native crate
//! compiles in and the browser build loads after its first annotation; its FNV-1a hash becomes
//! `NEWSMARK_KNOWLEDGE_HASH`, so that a build accepts only its own file.

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
    let mut parts: Vec<(String, Vec<u8>)> = Vec::new();
    for name in LISTS {
        let path = lists.join(format!("{name}.txt"));
        println!("cargo:rerun-if-changed={}", path.display());
        let text = read(&path);
        let entries = text.lines().map(str::trim).filter(|l| !l.is_empty());
        parts.push((name.to_string(), packed::pack(entries)));
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
    parts.push(("clusters.words".into(), packed::pack(forms.iter().map(|&(w, _)| w))));
    let mut ids = Vec::with_capacity(2 + 4 * paths.len() + 2 * forms.len());
    ids.extend_from_slice(&(paths.len() as u16).to_le_bytes());
    for p in &paths {
        ids.extend_from_slice(&p.to_le_bytes());
    }
    for &(_, index) in &forms {
        ids.extend_from_slice(&index.to_le_bytes());
    }
    parts.push(("clusters.ids".into(), ids));

    // b"NMK1", u16 part count, then per part: u8 name length, the name, u32 byte length, the bytes.
    let mut file = b"NMK1".to_vec();
    file.extend_from_slice(&(parts.len() as u16).to_le_bytes());
    for (name, bytes) in &parts {
        file.push(name.len() as u8);
        file.extend_from_slice(name.as_bytes());
        file.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
        file.extend_from_slice(bytes);
    }
    let hash = file.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    println!("cargo:rustc-env=NEWSMARK_KNOWLEDGE_HASH={hash:016x}");
    write(&out.join("knowledge.bin"), &file);
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}
