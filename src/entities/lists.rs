//! Word lists: what a lower-cased word or phrase is known to be (a place, a given name, an org head word …).
//!
//! Derived lists live in `lists/*.txt` (see `lists/README.md` for their sources and licences) and are compiled
//! in front-coded by `build.rs` (see [`packed`](super::packed)); the short hand-written ones below are about how news is written rather than about
//! the world. Everything is merged once into one hash map from entry to a bit set of [`Kind`]s, so a lookup is
//! one hash of a short string.

use super::knowledge;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A bit set of what an entry is. An entry can be several things ("jordan": a place, a person).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Kinds(u16);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
pub enum Kind {
    /// A country, state, region or large city.
    Place = 1 << 0,
    GivenName = 1 << 1,
    Surname = 1 << 2,
    /// A whole name of a well-known person ("barack obama").
    Person = 1 << 3,
    /// A whole name of a well-known organization or team, or of a listed company as news writes it ("nvidia").
    Org = 1 << 4,
    /// A nationality or other demonym ("american", "germans"): MISC in CoNLL terms.
    Demonym = 1 << 5,
    /// A head word that makes a capitalised phrase an organization ("bank", "university", "party").
    OrgWord = 1 << 6,
    /// A head word that makes a capitalised phrase a place ("river", "island", "street").
    PlaceWord = 1 << 7,
    /// A capitalised word that is not a name: function words, months, days ("The", "But", "May").
    Stop = 1 << 8,
    /// A title or role before a person's name, not part of it ("Mr.", "President", "coach").
    Title = 1 << 9,
    /// A word that modifies a following title ("Prime" Minister, "Foreign" Minister, "Vice" President).
    TitleModifier = 1 << 10,
    /// A word that makes a capitalised phrase an event or other MISC ("Cup", "Olympics", "War").
    EventWord = 1 << 11,
    /// A legal-form suffix: the strongest ORG cue ("Inc.", "Corp.", "Ltd").
    OrgSuffix = 1 << 12,
    /// A given name that the female lists name and the male ones do not: "she" may mean its bearer, "he" not.
    Female = 1 << 13,
    /// A given name that the male lists name and the female ones do not.
    Male = 1 << 14,
}

/// The kinds that only pronoun resolution reads, not the tagger's features (the model was trained without them).
pub const GENDER_KINDS: u16 = Kind::Female as u16 | Kind::Male as u16;

impl Kinds {
    pub fn has(self, kind: Kind) -> bool {
        self.0 & kind as u16 != 0
    }

    /// The set as bits (`Kind as u16`).
    pub fn bits(self) -> u16 {
        self.0
    }
}

/// Capitalised words that are not names, lower-cased. Months and days are here too: CoNLL does not tag them.
const STOP: &[&str] = &[
    "a",
    "about",
    "according",
    "after",
    "again",
    "against",
    "ago",
    "all",
    "also",
    "although",
    "among",
    "an",
    "and",
    "another",
    "any",
    "are",
    "as",
    "asked",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "despite",
    "did",
    "do",
    "does",
    "during",
    "each",
    "earlier",
    "either",
    "even",
    "every",
    "few",
    "first",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "including",
    "instead",
    "into",
    "is",
    "it",
    "its",
    "just",
    "last",
    "later",
    "like",
    "many",
    "meanwhile",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "neither",
    "never",
    "next",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "over",
    "overall",
    "please",
    "said",
    "says",
    "separately",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "than",
    "thanks",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "to",
    "today",
    "tomorrow",
    "two",
    "three",
    "under",
    "unlike",
    "until",
    "up",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yes",
    "yesterday",
    "yet",
    "you",
    "your",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon.",
    "tue.",
    "wed.",
    "thu.",
    "fri.",
    "sat.",
    "sun.",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan.",
    "feb.",
    "mar.",
    "apr.",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "sept.",
    "oct.",
    "nov.",
    "dec.",
    "ok",
    "okay",
    "oh",
    "mr",
    "mrs",
    "ms",
    "note",
    "see",
    "photo",
    "read",
    "update",
    "updated",
    "breaking",
    "exclusive",
    "analysis",
    "opinion",
    "editorial",
    "christmas",
    "easter",
    "police",
    "officials",
    "analysts",
    "results",
    "scores",
    "standings",
    "table",
    "total",
];

/// Titles and roles written before a name. With a period where the tokenizer keeps one ("mr." is one token).
const TITLES: &[&str] = &[
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "prof.",
    "sen.",
    "rep.",
    "gov.",
    "gen.",
    "col.",
    "lt.",
    "sgt.",
    "capt.",
    "cmdr.",
    "adm.",
    "maj.",
    "rev.",
    "hon.",
    "pres.",
    "supt.",
    "mr",
    "mrs",
    "ms",
    "dr",
    "president",
    "senator",
    "governor",
    "minister",
    "chancellor",
    "secretary",
    "judge",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "sheikh",
    "ayatollah",
    "cardinal",
    "archbishop",
    "bishop",
    "reverend",
    "sir",
    "dame",
    "lord",
    "lady",
    "colonel",
    "captain",
    "sergeant",
    "lieutenant",
    "commander",
    "admiral",
    "mayor",
    "ambassador",
    "chairman",
    "chairwoman",
    "ceo",
    "coach",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "premier",
    "prosecutor",
    "attorney",
    "detective",
    "professor",
    "envoy",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "forward",
    "skipper",
    "batsman",
    "bowler",
    "opener",
    "pitcher",
    "quarterback",
    "rookie",
    "veteran",
    "champion",
    "seed",
    "player",
    "manager",
    "analyst",
    "economist",
    "founder",
    "cofounder",
    "co-founder",
    "executive",
    "officer",
    "director",
    "leader",
    "chief",
    "trader",
    "dealer",
    "inspector",
    "congressman",
    "congresswoman",
    "rabbi",
    "imam",
    // Local and parliamentary offices: "Councillor …", "Assemblywoman …", "Labour MP …".
    "councillor",
    "councilor",
    "councilman",
    "councilwoman",
    "councilmember",
    "assemblyman",
    "assemblywoman",
    "assemblymember",
    "alderman",
    "alderwoman",
    "mp",
    "mep",
];

/// Words that stand before a title and belong to it rather than to a name ("Prime Minister", "Foreign Minister").
const TITLE_MODIFIERS: &[&str] = &[
    "prime",
    "foreign",
    "finance",
    "defence",
    "defense",
    "interior",
    "trade",
    "vice",
    "deputy",
    "former",
    "acting",
    "chief",
    "economy",
    "justice",
    "health",
    "education",
    "agriculture",
    "labour",
    "labor",
    "energy",
    "industry",
    "first",
    "assistant",
    "associate",
    "senior",
    "general",
    "attorney",
    "executive",
    "managing",
    "state",
];

/// Legal forms; compromise's org words already have "inc", "corp", "llc", "ltd", "plc", "co".
const ORG_SUFFIXES: &[&str] = &[
    "inc.", "inc", "corp.", "corp", "co.", "co", "ltd.", "ltd", "llc", "plc", "ag", "sa", "s.a.", "nv", "n.v.", "gmbh",
    "bv", "b.v.", "spa", "s.p.a.", "ab", "asa", "oyj", "lp", "llp", "bhd", "pty", "kk", "cos.", "bros.",
];

/// More org head words than compromise lists, common in news ("Party", "Ministry" are there already).
const ORG_WORDS: &[&str] = &[
    "party",
    "parliament",
    "congress",
    "senate",
    "assembly",
    "cabinet",
    "court",
    "exchange",
    "bourse",
    "fc",
    "afc",
    "united",
    "rovers",
    "wanderers",
    "athletic",
    "technologies",
    "technology",
    "software",
    "networks",
    "labs",
    "group",
    "ventures",
    "capital",
    "partners",
    "airline",
    "navy",
    "force",
    "forces",
    "front",
    "movement",
    "alliance",
    "consortium",
    "collective",
    "syndicate",
    "cooperative",
    "league",
    "federation",
    "commission",
    "council",
    "agency",
    "bank",
    "fund",
    "reuters",
];

/// Places the derived lists miss, mostly older or informal names in news ("Britain", "Soviet Union").
const PLACES: &[&str] = &[
    "britain",
    "great britain",
    "bosnia",
    "soviet union",
    "ussr",
    "u.s.",
    "u.s.a.",
    "u.k.",
    "us",
    "america",
    "europe",
    "middle east",
    "west bank",
    "gaza",
    "gaza strip",
    "latin america",
    "north america",
    "south america",
    "balkans",
    "gulf",
    "persian gulf",
    "kosovo",
    "chechnya",
    "serbia",
    "montenegro",
    "zaire",
    "burma",
    "holland",
    "hong kong",
    "wall street",
    "silicon valley",
    "scandinavia",
    "siberia",
    "caribbean",
    "pacific",
    "atlantic",
    "mediterranean",
    "baltic",
    "east timor",
    "tibet",
    "kashmir",
    "punjab",
    "ulster",
    "northern ireland",
];

/// MISC head words: events, prizes, wars, indices ("World Cup", "Nobel Prize", "Gulf War", "Dow Jones").
const EVENT_WORDS: &[&str] = &[
    "cup",
    "olympics",
    "olympic",
    "games",
    "championship",
    "championships",
    "open",
    "prix",
    "war",
    "prize",
    "award",
    "awards",
    "festival",
    "tour",
    "trophy",
    "series",
    "index",
    "derby",
    "grand",
    "marathon",
    "classic",
];

/// MISC entries the derived lists miss: adjectival demonyms compromise lacks, religions, famous events.
const MISC: &[&str] = &[
    "english",
    "british",
    "irish",
    "scottish",
    "welsh",
    "polish",
    "turkish",
    "kurdish",
    "spanish",
    "danish",
    "finnish",
    "swedish",
    "flemish",
    "arab",
    "arabs",
    "arabic",
    "yugoslav",
    "serb",
    "serbs",
    "croat",
    "croats",
    "bosnian",
    "chechen",
    "chechens",
    "tajik",
    "hutu",
    "hutus",
    "tutsi",
    "tutsis",
    "palestinian",
    "palestinians",
    "israeli",
    "israelis",
    "iraqi",
    "iraqis",
    "iranian",
    "iranians",
    "zairean",
    "zaireans",
    "soviet",
    "kurds",
    "european",
    "europeans",
    "western",
    "islamic",
    "moslem",
    "moslems",
    "muslim",
    "muslims",
    "christian",
    "christians",
    "jewish",
    "jews",
    "catholic",
    "catholics",
    "protestant",
    "protestants",
    "shi'ite",
    "sunni",
    "world cup",
    "olympics",
    "olympic games",
    "olympic",
    "wimbledon",
    "dow jones",
    "super bowl",
    "grand prix",
    "tour de france",
    "champions league",
    "world series",
    "nobel prize",
    "euro 96",
    "nasdaq",
    "internet",
];

type FastMap = HashMap<&'static str, Kinds, FnvBuild>;

/// A hasher for maps keyed by short words, also used by the clusterer.
pub type FnvBuild = BuildHasherDefault<Fnv>;

/// FNV-1a: entries are short ASCII-ish strings, where it is several times faster than SipHash; the map is
/// built from our own lists, so there is no adversary choosing keys.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A derived list as `build.rs` packed it, unpacked for the life of the process (the map borrows its entries).
fn unpacked(packed: &'static [u8]) -> &'static str {
    Box::leak(super::packed::unpack(packed).unwrap_or_default().into_boxed_str())
}

#[inline]
fn map() -> &'static FastMap {
    static BEFORE: OnceLock<FastMap> = OnceLock::new();
    static AFTER: OnceLock<FastMap> = OnceLock::new();
    knowledge::staged(&BEFORE, &AFTER, build_map)
}

/// The hand lists, and with `knowledge` the derived lists too.
fn build_map(knowledge: Option<&'static knowledge::Parts>) -> FastMap {
    let mut m = FastMap::default();
    let mut add = |entries: &mut dyn Iterator<Item = &'static str>, kind: Kind| {
        for e in entries {
            m.entry(e).or_default().0 |= kind as u16;
        }
    };
    if let Some(k) = knowledge {
        let list = |name: &str| unpacked(k.get(name));
        let female = list("female_names");
        let male = list("male_names");
        add(&mut list("places").lines(), Kind::Place);
        add(&mut list("given_names").lines(), Kind::GivenName);
        add(&mut female.lines(), Kind::GivenName);
        add(&mut female.lines(), Kind::Female);
        add(&mut male.lines(), Kind::GivenName);
        add(&mut male.lines(), Kind::Male);
        add(&mut list("surnames").lines(), Kind::Surname);
        add(&mut list("people").lines(), Kind::Person);
        add(&mut list("organizations").lines(), Kind::Org);
        add(&mut list("companies").lines(), Kind::Org);
        add(&mut list("demonyms").lines(), Kind::Demonym);
        add(&mut list("org_words").lines(), Kind::OrgWord);
        add(&mut list("place_words").lines(), Kind::PlaceWord);
    }
    add(&mut STOP.iter().copied(), Kind::Stop);
    add(&mut TITLES.iter().copied(), Kind::Title);
    add(&mut TITLE_MODIFIERS.iter().copied(), Kind::TitleModifier);
    add(&mut ORG_SUFFIXES.iter().copied(), Kind::OrgSuffix);
    add(&mut ORG_WORDS.iter().copied(), Kind::OrgWord);
    add(&mut PLACES.iter().copied(), Kind::Place);
    add(&mut EVENT_WORDS.iter().copied(), Kind::EventWord);
    add(&mut MISC.iter().copied(), Kind::Demonym);
    m
}

/// Whether `lower` (a lower-cased word) is the first word of an entry of several words ("new" of "new york"):
/// when it is not, no longer name starts with it and the gazetteer need not look further.
pub fn starts_phrase(lower: &str) -> bool {
    static BEFORE: OnceLock<HashSet<&'static str, FnvBuild>> = OnceLock::new();
    static AFTER: OnceLock<HashSet<&'static str, FnvBuild>> = OnceLock::new();
    knowledge::staged(&BEFORE, &AFTER, |_| {
        map().keys().filter_map(|e| e.split_once(' ')).map(|(first, _)| first).collect()
    })
    .contains(lower)
}

/// What `lower` (a lower-cased word, or words joined by single spaces) is known to be.
pub fn kinds(lower: &str) -> Kinds {
    map().get(lower).copied().unwrap_or_default()
}

/// Lower-cases `word` into `buf` (cleared first) and looks it up; `buf` is reused to avoid an allocation a word.
pub fn kinds_of(word: &str, buf: &mut String) -> Kinds {
    buf.clear();
    push_lower(word, buf);
    kinds(buf)
}

/// Appends `word` lower-cased, with curly apostrophes made straight so "O’Brien" matches "o'brien".
pub fn push_lower(word: &str, buf: &mut String) {
    if word.is_ascii() {
        buf.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        for c in word.chars() {
            match c {
                '’' | 'ʼ' => buf.push('\''),
                _ => buf.extend(c.to_lowercase()),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(word: &str, kind: Kind) -> bool {
        kinds_of(word, &mut String::new()).has(kind)
    }

    #[test]
    fn derived_lists_are_loaded() {
        assert!(has("Germany", Kind::Place));
        assert!(has("NEW YORK", Kind::Place));
        assert!(has("Jason", Kind::GivenName));
        assert!(has("Chinese", Kind::Demonym));
        assert!(has("University", Kind::OrgWord));
        // Index constituents without their legal form, CLDR regions, Faker's names of other locales.
        assert!(has("ConocoPhillips", Kind::Org));
        assert!(has("Sub-Saharan Africa", Kind::Place));
        assert!(has("Søren", Kind::GivenName));
        assert!(!has("Edit", Kind::GivenName));
    }

    #[test]
    fn every_entry_of_every_derived_list_is_unpacked() {
        let files = [
            (include_str!("lists/places.txt"), Kind::Place),
            (include_str!("lists/given_names.txt"), Kind::GivenName),
            (include_str!("lists/female_names.txt"), Kind::Female),
            (include_str!("lists/male_names.txt"), Kind::Male),
            (include_str!("lists/surnames.txt"), Kind::Surname),
            (include_str!("lists/people.txt"), Kind::Person),
            (include_str!("lists/organizations.txt"), Kind::Org),
            (include_str!("lists/companies.txt"), Kind::Org),
            (include_str!("lists/demonyms.txt"), Kind::Demonym),
            (include_str!("lists/org_words.txt"), Kind::OrgWord),
            (include_str!("lists/place_words.txt"), Kind::PlaceWord),
        ];
        for (text, kind) in files {
            for entry in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
                assert!(kinds(entry).has(kind), "{entry}: {kind:?}");
            }
        }
    }

    #[test]
    fn hand_lists_are_loaded() {
        assert!(has("The", Kind::Stop));
        assert!(has("Mr.", Kind::Title));
        assert!(has("Inc.", Kind::OrgSuffix));
        assert!(has("Britain", Kind::Place));
        assert!(has("Cup", Kind::EventWord));
        assert_eq!(kinds("droege"), Kinds::default());
    }

    #[test]
    fn lower_cases_unicode_and_apostrophes() {
        let mut buf = String::new();
        push_lower("O’BRIEN Ünal", &mut buf);
        assert_eq!(buf, "o'brien ünal");
    }
}
