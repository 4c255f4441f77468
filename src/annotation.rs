//! The output contract: [`Annotations`], [`Span`] and the values spans carry.
//!
//! These types serialise (with serde) to the JSON contract documented in the README. Fields may be added, none
//! renamed. Every `start`/`end` is in the unit named by [`Annotations::offsets`].

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use std::fmt;

/// What a span is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    Person,
    Org,
    Loc,
    Misc,
    Money,
    Percent,
    Quote,
}

impl Label {
    /// Every label, in the order they are documented.
    pub const ALL: [Label; 7] =
        [Label::Person, Label::Org, Label::Loc, Label::Misc, Label::Money, Label::Percent, Label::Quote];

    /// The name used in the JSON contract: `PERSON`, `ORG`, `LOC`, `MISC`, `MONEY`, `PERCENT`, `QUOTE`.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Org => "ORG",
            Label::Loc => "LOC",
            Label::Misc => "MISC",
            Label::Money => "MONEY",
            Label::Percent => "PERCENT",
            Label::Quote => "QUOTE",
        }
    }

    /// Parses a contract name (`"PERSON"`, …); case-sensitive, as the contract is.
    pub fn parse(name: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == name)
    }

    /// Whether this label names a thing (PERSON, ORG, LOC, MISC) and so belongs to an entity cluster.
    pub fn is_entity(self) -> bool {
        matches!(self, Label::Person | Label::Org | Label::Loc | Label::Misc)
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Label {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// A set of labels, as [`Options`] uses to choose what to find.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LabelSet(u8);

impl LabelSet {
    pub const EMPTY: LabelSet = LabelSet(0);
    pub const ALL: LabelSet = LabelSet(0x7f);

    pub fn contains(self, label: Label) -> bool {
        self.0 & label.bit() != 0
    }

    pub fn insert(&mut self, label: Label) {
        self.0 |= label.bit();
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Whether any of PERSON, ORG, LOC, MISC is in the set.
    pub fn any_entity(self) -> bool {
        [Label::Person, Label::Org, Label::Loc, Label::Misc].into_iter().any(|l| self.contains(l))
    }
}

impl FromIterator<Label> for LabelSet {
    fn from_iter<I: IntoIterator<Item = Label>>(iter: I) -> Self {
        let mut set = LabelSet::EMPTY;
        for label in iter {
            set.insert(label);
        }
        set
    }
}

/// What to find. `Options::default()` finds everything, with no names of the caller's own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The labels whose spans are returned. Entities are still found when only QUOTE is asked for, so that
    /// speakers can be linked; [`Annotations::entities`] lists the entities a returned span, speaker or
    /// affiliation refers to, each with every mention in the text counted.
    pub labels: LabelSet,
    /// Names always found with their label, whatever the model reads there; each name's aliases are the same
    /// entity. Matched as written (case and all) on token boundaries; an entry whose label is not PERSON, ORG,
    /// LOC or MISC is passed over.
    pub names: Vec<ListedName>,
    /// Names never tagged (unless listed in `names` too): a mention whose text is exactly one of these goes.
    pub ignore: Vec<String>,
    /// A person's corrections, applied in order to what is found (byte offsets into the annotated text).
    pub corrections: Vec<Correction>,
}

impl Default for Options {
    fn default() -> Self {
        Options { labels: LabelSet::ALL, names: Vec::new(), ignore: Vec::new(), corrections: Vec::new() }
    }
}

impl Options {
    /// Options that find only the given labels.
    pub fn only(labels: &[Label]) -> Options {
        Options { labels: labels.iter().copied().collect(), ..Options::default() }
    }
}

/// One correction a person made, in byte offsets of the annotated text. Applied after everything is found;
/// one whose range is not a span of the text, or whose span is not there, is passed over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Correction {
    /// A span of `label` over `start..end`, in place of the spans of that label it overlaps (for a name, the
    /// names of any kind it overlaps: a name is of one kind).
    Add { start: usize, end: usize, label: Label },
    /// The span of `label` at `start..end` removed.
    Remove { start: usize, end: usize, label: Label },
    /// The span of `label` at `start..end` given the label `to`.
    Relabel { start: usize, end: usize, label: Label, to: Label },
    /// The quote at `start..end` said by the mention at `speaker` (linked to its entity when a span is there),
    /// or by nobody known. Its `cue` is empty: a person chose it.
    Speaker { start: usize, end: usize, speaker: Option<std::ops::Range<usize>> },
}

impl Correction {
    /// The range of the span it is about.
    pub fn range(&self) -> std::ops::Range<usize> {
        match *self {
            Correction::Add { start, end, .. }
            | Correction::Remove { start, end, .. }
            | Correction::Relabel { start, end, .. }
            | Correction::Speaker { start, end, .. } => start..end,
        }
    }
}

/// A name a team lists: `{name, label, aliases}`, as a names file and `annotate(text, {names})` give it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListedName {
    /// The name as written, and the entity's name in the result.
    pub name: String,
    /// PERSON, ORG, LOC or MISC.
    pub label: Label,
    /// Other ways the text writes it ("KST" for "Kestrone Holdings"): mentions of one entity.
    pub aliases: Vec<String>,
}

/// The unit of every `start`/`end` in an [`Annotations`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Offsets {
    /// UTF-8 bytes: what Rust slices with (`&text[span.start..span.end]`). What [`crate::annotate`] returns.
    #[default]
    Bytes,
    /// Unicode scalar values (code points): what Python's `str` indexes, and the W3C Web Annotation model.
    Chars,
    /// UTF-16 code units: what JavaScript's `String.prototype.slice` takes.
    Utf16,
}

impl Offsets {
    pub fn as_str(self) -> &'static str {
        match self {
            Offsets::Bytes => "bytes",
            Offsets::Chars => "chars",
            Offsets::Utf16 => "utf16",
        }
    }

    pub fn parse(name: &str) -> Option<Offsets> {
        match name {
            "bytes" => Some(Offsets::Bytes),
            "chars" => Some(Offsets::Chars),
            "utf16" => Some(Offsets::Utf16),
            _ => None,
        }
    }
}

impl Serialize for Offsets {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// An exact decimal number: `digits × 10^-scale`. Amounts are parsed into this from their digits and
/// magnitude words, never by multiplying floats, so "14.3 billion" is exactly 14300000000.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Decimal {
    pub digits: u128,
    pub scale: u32,
}

impl Decimal {
    pub const fn from_int(n: u128) -> Decimal {
        Decimal { digits: n, scale: 0 }
    }

    /// The same number with trailing fractional zeros removed (`1.50` → `1.5`).
    pub fn normalized(self) -> Decimal {
        let mut d = self;
        while d.scale > 0 && d.digits % 10 == 0 {
            d.digits /= 10;
            d.scale -= 1;
        }
        d
    }

    /// The nearest `f64` whenever the digits (without trailing fractional zeros) are below 2^53 and the scale
    /// at most 22, which covers every amount news writes: both are then exact as `f64`, and one division rounds
    /// once, correctly (Clinger's fast path). Beyond that, within one unit in the last place. Not through the
    /// standard library's decimal parser, whose tables would weigh on the wasm download.
    pub fn to_f64(self) -> f64 {
        const POW10: [f64; 23] = [
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
            1e19, 1e20, 1e21, 1e22,
        ];
        let d = self.normalized();
        let mut value = d.digits as f64;
        let mut scale = d.scale;
        while scale > 22 {
            value /= 1e22;
            scale -= 22;
        }
        value / POW10[scale as usize]
    }

    /// The value as an integer, when it is one and fits.
    pub fn to_u64(self) -> Option<u64> {
        let d = self.normalized();
        if d.scale == 0 {
            u64::try_from(d.digits).ok()
        } else {
            None
        }
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.normalized();
        if d.scale == 0 {
            return write!(f, "{}", d.digits);
        }
        let p = 10u128.pow(d.scale);
        write!(f, "{}.{:0width$}", d.digits / p, d.digits % p, width = d.scale as usize)
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Integers stay integers in JSON (14300000000, not 14300000000.0) while JavaScript can hold them exactly.
        const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;
        match self.to_u64() {
            Some(n) if n <= MAX_SAFE_INTEGER => s.serialize_u64(n),
            _ => s.serialize_f64(self.to_f64()),
        }
    }
}

/// The normalised value of a MONEY span.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Money {
    /// ISO 4217 code (`USD`, `EUR`, …); `XBT` for bitcoin.
    pub currency: &'static str,
    /// The amount, when the text gives one amount; `None` for a range or a bound.
    pub amount: Option<Decimal>,
    /// The lower bound of a range, or of "more than $2 billion".
    pub min: Option<Decimal>,
    /// The upper bound of a range, or of "up to $1 million".
    pub max: Option<Decimal>,
    /// Hedged ("about", "nearly", "some") or vague ("billions of dollars").
    pub approximate: bool,
    /// The currency was guessed: a bare `$` is taken as USD unless the text names another dollar.
    pub currency_assumed: bool,
    /// The unit of a rate: "share" for "$5 per share", "year" for "$2 billion a year"; `None` for a plain amount.
    pub per: Option<&'static str>,
}

/// The normalised value of a PERCENT span.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Percent {
    pub percent: Decimal,
    /// "3.5 percentage points": a difference between percentages, not a share.
    pub points: bool,
}

/// Who a QUOTE is attributed to.
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// The entity the speaker is, when known (also for a resolved "he"): for "Google CEO Sundar Pichai" the
    /// person, never the organization named in the title.
    pub entity: Option<usize>,
    /// The speaker as written next to the quote ("Droege", "he", "a spokesperson").
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The attribution cue: a word of saying or writing ("said", "wrote", "claim"), "according to", "per", the colon
    /// or dash after a name, or the cue of the turn a quote continues.
    pub cue: String,
    /// What the speaker speaks for, when the text says it: "Google" in "Google CEO Sundar Pichai", "the
    /// Department of Homeland Security" in "a spokesperson for the Department of Homeland Security".
    pub affiliation: Option<Affiliation>,
}

impl Serialize for Speaker {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(6))?;
        m.serialize_entry("entity", &self.entity)?;
        m.serialize_entry("text", &self.text)?;
        m.serialize_entry("start", &self.start)?;
        m.serialize_entry("end", &self.end)?;
        m.serialize_entry("cue", &self.cue)?;
        m.serialize_entry("affiliation", &self.affiliation)?;
        m.end()
    }
}

/// The organization or place a speaker speaks for or belongs to, as written, and its entity when it is one.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Affiliation {
    pub entity: Option<usize>,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// Whether a QUOTE is someone's words or a phrase quoted inside a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteForm {
    /// A quoted utterance: “We are fine,” Droege said.
    Direct,
    /// A quoted phrase inside reported speech, a scare quote or a title: there’s still an “enormous opportunity”.
    Fragment,
}

impl QuoteForm {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteForm::Direct => "direct",
            QuoteForm::Fragment => "fragment",
        }
    }
}

impl Serialize for QuoteForm {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// What a span carries besides its place and text; one variant per kind of label.
#[derive(Clone, Debug, PartialEq)]
pub enum Detail {
    /// PERSON, ORG, LOC or MISC, with the id of its entity in [`Annotations::entities`].
    Entity {
        label: Label,
        entity: usize,
    },
    Money(Money),
    Percent(Percent),
    /// A quote, its marks included; `speaker` is `None` when nobody is found.
    Quote {
        speaker: Option<Speaker>,
        form: QuoteForm,
    },
}

/// One annotation: `text[start..end]` in the unit of [`Annotations::offsets`].
///
/// `start` and `end` always lie on character boundaries, `start < end`, and spans of one label never overlap.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    /// Where the span starts, in the unit of [`Annotations::offsets`]: from [`crate::annotate`], a byte offset
    /// into the annotated text that is always on a UTF-8 `char` boundary, so `&text[span.start..span.end]`
    /// never panics and equals [`Span::text`].
    pub start: usize,
    /// Where the span ends (exclusive), in the same unit; always greater than `start`.
    pub end: usize,
    /// The annotated text, exactly as it stands in the input.
    pub text: String,
    pub detail: Detail,
}

impl Span {
    pub fn label(&self) -> Label {
        match &self.detail {
            Detail::Entity { label, .. } => *label,
            Detail::Money(_) => Label::Money,
            Detail::Percent(_) => Label::Percent,
            Detail::Quote { .. } => Label::Quote,
        }
    }

    /// The entity id of a PERSON/ORG/LOC/MISC span.
    pub fn entity(&self) -> Option<usize> {
        match self.detail {
            Detail::Entity { entity, .. } => Some(entity),
            _ => None,
        }
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(5))?;
        m.serialize_entry("start", &self.start)?;
        m.serialize_entry("end", &self.end)?;
        m.serialize_entry("text", &self.text)?;
        m.serialize_entry("label", &self.label())?;
        match &self.detail {
            Detail::Entity { entity, .. } => m.serialize_entry("entity", entity)?,
            Detail::Money(v) => m.serialize_entry("value", v)?,
            Detail::Percent(v) => m.serialize_entry("value", v)?,
            Detail::Quote { speaker, form } => {
                m.serialize_entry("speaker", speaker)?;
                m.serialize_entry("form", form)?;
            }
        }
        m.end()
    }
}

/// One thing named in the text, however many times: "Jason Droege" … "Droege" … "he".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity {
    /// Its index in [`Annotations::entities`]; spans refer to it by this id.
    pub id: usize,
    pub label: Label,
    /// The canonical name: the fullest mention.
    pub name: String,
    /// How many spans name it.
    pub mentions: usize,
}

/// Everything found in one text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Annotations {
    /// The unit of every `start` and `end` below.
    pub offsets: Offsets,
    /// Sorted by `start`, then by longer first.
    pub spans: Vec<Span>,
    pub entities: Vec<Entity>,
}

#[cfg(test)]
mod tests {
    use super::Decimal;

    #[test]
    fn to_f64_rounds_as_the_standard_parser_does() {
        // A deterministic spread of digits below 2^53 and every scale the fast path covers, against the
        // correctly rounded reading of the same decimal text.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for k in 0..20_000u32 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let digits = u128::from(x >> (11 + k % 40));
            let scale = k % 23;
            let d = Decimal { digits, scale };
            let want: f64 = format!("{digits}e-{scale}").parse().unwrap();
            assert_eq!(d.to_f64().to_bits(), want.to_bits(), "{digits} × 10^-{scale}");
        }
        assert_eq!(Decimal { digits: 143, scale: 1 }.to_f64(), 14.3);
        assert_eq!(Decimal::from_int(1 << 60).to_f64(), (1u64 << 60) as f64);
    }
}
