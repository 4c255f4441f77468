//! The knowledge the tagger reads besides its model: the derived word lists (`lists/*.txt`) and the Brown
//! clusters, packed by `build.rs` into one file, `knowledge.bin`.
//!
//! Natively the file is compiled in. The browser build leaves it out (it is about a quarter of the page's
//! download) and takes it through [`load`], which the page calls with `pkg/knowledge.bin` after its first
//! annotation: until then, the tagger works from its model and the hand-written lists alone, and the tables
//! built from the file ([`staged`]) are built again once it arrives.
//!
//! Layout: `b"NMK1"`, `u16` part count, then per part a `u8` name length, the name, a `u32` byte length and
//! the bytes, all little-endian. A build accepts only the file it was built with (the FNV-1a hash that
//! `build.rs` wrote beside it), so a stale copy served from a cache is refused rather than misread.

use std::fmt;
use std::sync::OnceLock;

/// The parts of the knowledge file, by name; they borrow from the file, kept for the life of the process.
pub struct Parts(Vec<(&'static str, &'static [u8])>);

impl Parts {
    /// The part `name`, or empty bytes when the file has none by that name.
    pub fn get(&self, name: &str) -> &'static [u8] {
        self.0.iter().find(|(n, _)| *n == name).map_or(&[], |&(_, bytes)| bytes)
    }
}

static LOADED: OnceLock<Parts> = OnceLock::new();

/// The hash `build.rs` gave the file it wrote.
const HASH: &str = env!("NEWSMARK_KNOWLEDGE_HASH");

#[cfg(not(target_arch = "wasm32"))]
static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/knowledge.bin"));

/// The knowledge, if this process has it: always natively; in the browser once [`load`] has taken it.
#[inline]
pub fn parts() -> Option<&'static Parts> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        Some(LOADED.get_or_init(|| Parts(parse(EMBEDDED).unwrap_or_default())))
    }
    #[cfg(target_arch = "wasm32")]
    {
        LOADED.get()
    }
}

/// Why [`load`] refused a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KnowledgeError {
    /// Not a knowledge file, or a truncated one.
    Malformed,
    /// A knowledge file of another build of newsmark.
    OtherBuild,
}

impl fmt::Display for KnowledgeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Malformed => "this is not newsmark's knowledge file (pkg/knowledge.bin), or it is cut short",
            Self::OtherBuild => {
                "this knowledge file belongs to another build of newsmark: serve the pkg/knowledge.bin built \
                 with this pkg/newsmark_bg.wasm"
            }
        })
    }
}

/// Takes the knowledge file: `Ok(true)` when it is now in use, `Ok(false)` when this process already had it.
pub fn load(bytes: Vec<u8>) -> Result<bool, KnowledgeError> {
    if format!("{:016x}", fnv(&bytes)) != HASH {
        return Err(if parse(&bytes).is_some() { KnowledgeError::OtherBuild } else { KnowledgeError::Malformed });
    }
    if LOADED.get().is_some() {
        return Ok(false);
    }
    let parts = parse(Box::leak(bytes.into_boxed_slice())).ok_or(KnowledgeError::Malformed)?;
    Ok(LOADED.set(Parts(parts)).is_ok())
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

fn parse(bytes: &[u8]) -> Option<Vec<(&str, &[u8])>> {
    let rest = bytes.strip_prefix(b"NMK1")?;
    let (count, mut rest) = rest.split_first_chunk::<2>()?;
    let mut parts = Vec::with_capacity(usize::from(u16::from_le_bytes(*count)));
    for _ in 0..u16::from_le_bytes(*count) {
        let (&len, after) = rest.split_first()?;
        let (name, after) = after.split_at_checked(usize::from(len))?;
        let (size, after) = after.split_first_chunk::<4>()?;
        let (body, after) = after.split_at_checked(u32::from_le_bytes(*size) as usize)?;
        parts.push((std::str::from_utf8(name).ok()?, body));
        rest = after;
    }
    rest.is_empty().then_some(parts)
}

/// A table built from the knowledge: `make(None)` until the process has it, `make(Some(parts))` from then on,
/// each built once. `before` and `after` are the caller's own two statics.
#[inline]
pub fn staged<T>(
    before: &'static OnceLock<T>,
    after: &'static OnceLock<T>,
    make: impl Fn(Option<&'static Parts>) -> T,
) -> &'static T {
    if let Some(t) = after.get() {
        return t;
    }
    match parts() {
        Some(parts) => after.get_or_init(|| make(Some(parts))),
        None => before.get_or_init(|| make(None)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_in_file_is_this_builds_and_whole() {
        let parts = parts().expect("native builds compile the knowledge in");
        assert_eq!(format!("{:016x}", fnv(EMBEDDED)), HASH);
        for name in ["places", "given_names", "surnames", "companies", "clusters.words", "clusters.ids"] {
            assert!(!parts.get(name).is_empty(), "{name}");
        }
        assert!(parts.get("no such part").is_empty());
    }

    #[test]
    fn refuses_other_files_and_says_which_kind() {
        assert_eq!(load(b"hello".to_vec()), Err(KnowledgeError::Malformed));
        assert_eq!(load(EMBEDDED[..EMBEDDED.len() - 1].to_vec()), Err(KnowledgeError::Malformed));
        // A well-formed file with other contents: one byte of one list changed.
        let mut other = EMBEDDED.to_vec();
        let last = other.len() - 1;
        other[last] ^= 1;
        assert_eq!(load(other), Err(KnowledgeError::OtherBuild));
        // Natively the file is in use already; loading it again changes nothing.
        assert_eq!(load(EMBEDDED.to_vec()), Ok(false));
    }
}
