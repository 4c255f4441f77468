//! What the words around a name say it is, as a reader uses them, for the names the 1996 training news never
//! saw. Each cue here is one a reader takes as settled: a dateline's place and wire agency, a place inside
//! "London-based", an organization before a corporate role ("Quorvia CEO Dina Alvarez") or after a company noun
//! ("the chipmaker Kestrel", "rivals such as A, B and C"), a person after a title ("Rep.", "CEO"), a place
//! after "based in". A cued mention is relabelled with [`Confidence::Context`], so that it outvotes the model's
//! guesses for the other mentions of its entity in [`cluster`](super::cluster); names coordinated with a cued
//! one ("A, B and C") share its label. The model's own reading stands wherever no such cue is present.

use super::cues::{is, is_possessive, word};
use super::features::Extractor;
use super::lists::{kinds_of, push_lower, FnvBuild, Kind};
use super::{Confidence, Tagged};
use crate::annotation::Label;
use crate::quotes::words::is_document_noun;
use crate::text::{Doc, TokenKind};
use std::collections::HashMap;
use std::ops::Range;

/// Roles that follow an organization's name and precede a person's: "Quorvia CEO Dina Alvarez", "Kestrel
/// spokeswoman Ana Ruiz", "Wedbush analyst Dan Ives", a club's "president", "manager" or "coach" (a country's
/// president is no employer: a nationality or a place before a role is excluded where this is read).
const CORPORATE_ROLES: &[&str] = &[
    "ceo",
    "cfo",
    "cto",
    "coo",
    "chief",
    "founder",
    "co-founder",
    "cofounder",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "chairman",
    "chairwoman",
    "chair",
    "analyst",
    "economist",
    "executive",
    "director",
    "head",
    "boss",
    "owner",
    "engineer",
    "researcher",
    "strategist",
    "partner",
    "president",
    "vice-president",
    "manager",
    "coach",
    "captain",
];

/// The roles of [`CORPORATE_ROLES`] that a country, a party or a national team has too.
const STATE_ROLES: &[&str] = &["president", "vice-president", "manager", "coach", "captain"];

/// The head words of a state's or a party's bodies: "the Scottish Parliament", "the General Court".
#[rustfmt::skip]
const GOVERNING_BODIES: &[&str] = &[
    "parliament", "congress", "assembly", "council", "ministry", "party", "commission", "government", "senate",
    "court", "authority", "committee", "agency", "army", "navy", "police",
];

/// Whether `w` is the head word of a state's or a party's body ([`GOVERNING_BODIES`]).
pub fn is_governing_body(w: &str) -> bool {
    is(Some(w), GOVERNING_BODIES)
}

/// Nouns that, right before a name, say it is an organization: "the AI start-up Quorvia", "retailer Asda".
const COMPANY_NOUNS: &[&str] = &[
    "company",
    "startup",
    "start-up",
    "firm",
    "developer",
    "lab",
    "laboratory",
    "provider",
    "giant",
    "retailer",
    "bank",
    "manufacturer",
    "subsidiary",
    "agency",
    "publisher",
    "insurer",
    "lender",
    "supplier",
    "conglomerate",
    "unicorn",
    "platform",
    "network",
    "exchange",
    "airline",
    "broadcaster",
    "outlet",
    "newspaper",
    "chain",
    "brand",
    "app",
    "fund",
    "automaker",
    "carmaker",
    "chipmaker",
    "drugmaker",
    "brokerage",
    "consultancy",
    "regulator",
    "operator",
    "utility",
    "group",
    "union",
    "charity",
    "nonprofit",
    "party",
    // "streaming service X", "the studio X", "phone maker X".
    "service",
    "streamer",
    "studio",
    "maker",
    "watchdog",
    "distributor",
    "marketplace",
    "supermarket",
    "grocer",
    "miner",
    "refiner",
];

/// Whether `w` is a noun for a company or other organization ("chipmaker", "lender"), in any case.
pub fn is_company_noun(w: &str) -> bool {
    is(Some(w), COMPANY_NOUNS)
}

/// Plural nouns that introduce a list of organizations: "companies including A and B", "rivals such as A".
const COMPANY_PLURALS: &[&str] = &[
    "companies",
    "startups",
    "start-ups",
    "firms",
    "developers",
    "labs",
    "providers",
    "giants",
    "retailers",
    "banks",
    "carriers",
    "manufacturers",
    "agencies",
    "publishers",
    "insurers",
    "lenders",
    "suppliers",
    "platforms",
    "networks",
    "exchanges",
    "airlines",
    "broadcasters",
    "outlets",
    "newspapers",
    "chains",
    "brands",
    "apps",
    "funds",
    "automakers",
    "carmakers",
    "chipmakers",
    "drugmakers",
    "brokers",
    "rivals",
    "competitors",
    "groups",
    "unions",
    "charities",
    "regulators",
    "operators",
    "utilities",
    "businesses",
    "corporations",
    "makers",
];

/// The suffixes that put a place inside a word: "London-based", "Texas-headquartered".
const PLACE_SUFFIXES: &[&str] = &["-based", "-headquartered"];

/// Applies every cue to the tagger's mentions (sorted, non-overlapping; they stay so). A mention is cued when
/// its confidence is [`Confidence::Context`]: this module's cues and those of [`super::cues`] alike.
pub fn apply(doc: &Doc, x: &Extractor, tagged: &mut Vec<Tagged>) {
    let mut buf = String::new();
    untagged_org_names(doc, x, tagged, &mut buf);
    super::long_names::join(doc, tagged, &mut buf);
    super::long_names::defined_by_acronyms(doc, tagged, &mut buf);
    super::long_names::hyphenated_given_names(doc, tagged);
    places_in_words(doc, tagged, &mut buf);
    company_noun_openers(doc, tagged);
    dateline(doc, tagged, &mut buf);
    for t in tagged.iter_mut().filter(|t| !cued(t)) {
        let (s, e) = (t.tokens.start, t.tokens.end);
        let head = kinds_of(doc.tok(e - 1), &mut buf);
        let listed_place = t.label == Label::Loc && kinds_of(name_of(doc, &t.tokens), &mut buf).has(Kind::Place);
        let org_like = head.has(Kind::OrgWord) || head.has(Kind::OrgSuffix);
        // "Russian President …", "Ohio Gov. …": a nationality or a place before a role is not the employer.
        let national = listed_place || head.has(Kind::Demonym) || (e - s == 1 && head.has(Kind::Place));
        // A "person" whose last word is an organization's head word and nobody's name: "Harlow Rovers".
        let person_named_like_an_org = t.label == Label::Person
            && e - s >= 2
            && head.has(Kind::OrgWord)
            && !head.has(Kind::Surname)
            && !head.has(Kind::GivenName);
        // "the Scottish Parliament", "the Iraqi National Congress" read as MISC for their nationality: a name
        // that ends in an organization's head word is the organization.
        // (Not a league or a division: CoNLL marks "American League" MISC.)
        let national_body = t.label == Label::Misc
            && e - s >= 2
            && word(doc, e - 1).is_some_and(|w| is_governing_body(w) || w.eq_ignore_ascii_case("corporation"))
            && kinds_of(doc.tok(s), &mut buf).has(Kind::Demonym);
        let label = if let Some(label) = called_label(doc, s) {
            Some(label)
        } else if head.has(Kind::OrgSuffix) && e - s >= 2 || person_named_like_an_org || national_body {
            // "Vantrel Platforms Inc.": the legal form settles it, and a head word no name has.
            Some(Label::Org)
        } else if e - s >= 2
            && (super::long_names::is_law_head(doc.tok(e - 1)) || super::long_names::is_thing_head(doc.tok(e - 1)))
        {
            // "the Voting Rights Act", "the Outer Space Treaty": a law or a treaty, MISC as CoNLL and GUM mark it.
            Some(Label::Misc)
        } else if !listed_place && !org_like && (after_title(doc, x, s) || after_personal_role(doc, s)) {
            Some(Label::Person)
        } else if e - s == 1 && head.has(Kind::Place) && modifies_a_site(doc, s, e) {
            Some(Label::Loc)
        } else if e - s >= 2 && !org_like && t.label != Label::Org && is_place_prefix(doc.tok(s)) {
            // "Port Isabel", "Fort Collins", "Lake Chad": a place's kind before its name ("Isabel" a given name).
            Some(Label::Loc)
        } else if !national
            && (before_role(doc, e, t.label)
                || after_company_noun(doc, s)
                || shares_of(doc, s, e)
                || bought(doc, x, s, e)
                || t.label == Label::Person && opponent(doc, s)
                || works_at(doc, s)
                || t.label != Label::Person && speaks_for(doc, s, e)
                || posted_on(doc, s))
        {
            Some(Label::Org)
        } else if place_context(doc, s) {
            Some(Label::Loc)
        } else {
            None
        };
        if let Some(label) = label {
            relabel(t, label);
        }
    }
    predicates(doc, tagged, &mut buf);
    places_of_people(doc, tagged, &mut buf);
    places_after_in(doc, x, tagged);
    conjoined_names(doc, tagged, &mut buf);
    untagged_before_roles(doc, x, tagged);
    untagged_appositions(doc, x, tagged);
    unknown_openers(doc, x, tagged);
    listed_after_plural(doc, tagged);
    untagged_places(doc, x, tagged);
    coordinated(doc, tagged, &mut buf);
    short_forms(doc, x, tagged);
    // A news outlet the tagger left untagged, as it does at a headline's start ("Wikinews interviews …").
    add_on_free_tokens(doc, tagged, |i| {
        (doc.tokens[i].kind == TokenKind::Word && super::cues::is_news_compound(doc.tok(i)))
            .then_some((Label::Org, Confidence::Context))
    });
}

fn cued(t: &Tagged) -> bool {
    t.confidence == Confidence::Context
}

/// The text of a mention's tokens.
fn name_of<'t>(doc: &Doc<'t>, tokens: &Range<usize>) -> &'t str {
    &doc.text[doc.tokens[tokens.start].start..doc.tokens[tokens.end - 1].end]
}

/// Adds `new` mentions (each over tokens no mention holds) and keeps the list sorted: one sort, not an insertion
/// a mention, so that a text full of cues stays linear-logarithmic.
fn merge(tagged: &mut Vec<Tagged>, new: Vec<Tagged>) {
    if !new.is_empty() {
        tagged.extend(new);
        crate::order::sort_by_key(tagged, |t| t.tokens.start);
    }
}

/// "Scale" after "Scale AI, the data-labeling start-up": a capitalised word the model left untagged that is the
/// first word of an organization the context settled is a short form of it (the tagger does this for its own
/// organizations before the cues are read; this does it for the ones the cues made).
fn short_forms(doc: &Doc, x: &Extractor, tagged: &mut Vec<Tagged>) {
    let mut firsts: Vec<&str> = tagged
        .iter()
        .filter(|t| t.label == Label::Org && cued(t) && t.cut == 0)
        .map(|t| doc.tok(t.tokens.start))
        .collect();
    if firsts.is_empty() {
        return;
    }
    crate::order::sort_dedup(&mut firsts);
    add_on_free_tokens(doc, tagged, |i| {
        (x.is_name_like(i) && firsts.binary_search(&doc.tok(i)).is_ok()).then_some((Label::Org, Confidence::Guess))
    });
}

/// Adds a one-token mention on every token no mention holds where `read` gives a label (and how sure it is),
/// in one walk over the tokens and one merge.
fn add_on_free_tokens(doc: &Doc, tagged: &mut Vec<Tagged>, mut read: impl FnMut(usize) -> Option<(Label, Confidence)>) {
    let mut add = Vec::new();
    let mut at = 0;
    for i in 0..doc.tokens.len() {
        while at < tagged.len() && tagged[at].tokens.end <= i {
            at += 1;
        }
        if tagged.get(at).is_some_and(|t| t.tokens.start <= i) {
            continue;
        }
        if let Some((label, confidence)) = read(i) {
            add.push(Tagged { tokens: i..i + 1, label, confidence, cut: 0 });
        }
    }
    merge(tagged, add);
}

fn relabel(t: &mut Tagged, label: Label) {
    t.label = label;
    t.confidence = Confidence::Context;
}

/// A name written with a lower-case first letter and a capital after it, as brands are: "nVerse", "eBay", "xAI"
/// (only letters, so not "mRNA-1273"; what it names the cue around it says).
fn lower_camel(doc: &Doc, i: usize) -> bool {
    if doc.tokens[i].kind != TokenKind::Word {
        return false;
    }
    let w = doc.tok(i);
    let b = w.as_bytes();
    // Most words are ASCII: their first two bytes decide it without decoding characters.
    if b.len() >= 2 && b[0].is_ascii() && b[1].is_ascii() {
        return b[0].is_ascii_lowercase() && b[1].is_ascii_uppercase() && w.chars().all(char::is_alphabetic);
    }
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_lowercase)
        && chars.next().is_some_and(char::is_uppercase)
        && w.chars().all(char::is_alphabetic)
}

#[inline]
pub(super) fn capitalised(doc: &Doc, i: usize) -> bool {
    i < doc.tokens.len() && doc.tokens[i].kind == TokenKind::Word && {
        // Most words are ASCII: their first byte says it without decoding a character.
        let w = doc.tok(i);
        match w.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => w.starts_with(char::is_uppercase),
        }
    }
}

/// "Rep. X", "CEO X", "Senate Majority Leader X": a title (not a word that only modifies one) right before.
pub(super) fn after_title(doc: &Doc, x: &Extractor, s: usize) -> bool {
    // A title that also modifies titles ("Chief", "Executive", "State") may be the start of a longer title or of
    // a name, so among those only an abbreviation counts ("Gen."); in lower case, which no name starts with, any
    // title counts ("chief executive Mette Lindahl").
    if s == 0 || x.is_title(s) {
        return false;
    }
    let prev = doc.tok(s - 1);
    if x.is_title(s - 1) {
        return !x.has_kind(s - 1, Kind::TitleModifier) || prev.ends_with('.');
    }
    // The tagger's word lists are read for capitalised words only: a title in lower case is looked up here.
    prev.starts_with(char::is_lowercase) && doc.tokens[s - 1].kind == TokenKind::Word && {
        let mut buf = String::new();
        kinds_of(prev, &mut buf).has(Kind::Title)
    }
}

/// A capitalised word the model left untagged before a corporate role and a name ("Anthropic CEO Dario
/// Amodei" opening a sentence), after a company noun ("the start-up Zentrane") or where something is posted ("a
/// post on Threads") is an organization, and so is a brand-shaped one ("qBrite") after "rival" or before ",
/// which makes …".
fn untagged_before_roles(doc: &Doc, x: &Extractor, tagged: &mut Vec<Tagged>) {
    add_on_free_tokens(doc, tagged, |i| {
        let camel = !capitalised(doc, i) && lower_camel(doc, i);
        let candidate = (camel || capitalised(doc, i))
            && doc.tok(i).chars().count() >= 2
            && !doc.tok(i).contains('-')
            && !x.is_title(i)
            && ![Kind::Stop, Kind::Demonym, Kind::Place].into_iter().any(|k| x.has_kind(i, k));
        // A brand's shape ("qBrite") takes a weaker cue: "rival" before it, or ", which makes …" after it (a
        // company's verb: "an iPhone, which broke" is a thing).
        const COMPANY_VERBS: &[&str] =
            &["makes", "sells", "builds", "develops", "operates", "owns", "runs", "provides", "offers", "employs"];
        let brand_cue = camel
            && (word(doc, i + 1) == Some(",")
                && word(doc, i + 2) == Some("which")
                && is(word(doc, i + 3), COMPANY_VERBS)
                || i > 0 && is(word(doc, i - 1), &["rival", "rivals"]));
        // A club's or a party's role after a word English has ("Former president …", "Kenyan coach …") says
        // nothing of the word; after a word it lacks, it names the club ("Belmar president Anselmo Ruiz").
        let employer =
            || before_role(doc, i + 1, Label::Org) && (!is(word(doc, i + 1), STATE_ROLES) || !is_english_word(doc, i));
        let cued = candidate && (employer() || after_company_noun(doc, i) || posted_on(doc, i) || brand_cue);
        cued.then_some((Label::Org, Confidence::Context))
    });
}

/// Whether `w` opens a place's name, before a name that may be a person's: "Port Isabel", "Mount Hood".
pub(super) fn is_place_prefix(w: &str) -> bool {
    ["Port", "Fort", "Mount", "Mt.", "Lake", "Cape", "Isle"].contains(&w)
}

/// The longest untagged run of capitalised words an apposition makes an organization.
const MAX_UNTAGGED_APPOSED: usize = 4;

/// "Quadrant Pay, the payments startup backed by …": a run of capitalised words the tagger left untagged that
/// an apposition calls a company is one, and so is every later untagged run of the same words ("Varga founded
/// Quadrant Pay in 2021"). One word alone only when English lacks it ("Zentrix, the chipmaker", not "However,
/// the company …").
fn untagged_appositions(doc: &Doc, x: &Extractor, tagged: &mut Vec<Tagged>) {
    let word_ok = |i: usize| {
        capitalised(doc, i)
            && doc.tok(i).chars().any(char::is_lowercase)
            && !x.is_title(i)
            && ![Kind::Stop, Kind::Demonym, Kind::Place].into_iter().any(|k| x.has_kind(i, k))
    };
    let mut names: Vec<Range<usize>> = Vec::new();
    let mut at = 0;
    // Only a comma opens such an apposition: the commas are found first, as they are few.
    for c in 1..doc.tokens.len() {
        let i = c - 1;
        // `i` ends a run: the apposition opens right after it.
        if !(doc.tok(c) == "," && word_ok(i) && super::cues::apposition(doc, i)) {
            continue;
        }
        while at < tagged.len() && tagged[at].tokens.end <= i {
            at += 1;
        }
        let mut s = i;
        while s > 0 && i + 1 - s < MAX_UNTAGGED_APPOSED && word_ok(s - 1) {
            s -= 1;
        }
        let free = tagged.get(at).map_or(true, |t| t.tokens.start > i) && (at == 0 || tagged[at - 1].tokens.end <= s);
        if free && (i > s || !is_english_word(doc, i)) {
            names.push(s..i + 1);
        }
    }
    if names.is_empty() {
        return;
    }
    // Every untagged run of the same words, the first included.
    let same = |r: &Range<usize>, j: usize| {
        j + r.len() <= doc.tokens.len() && r.clone().enumerate().all(|(k, t)| doc.tok(j + k) == doc.tok(t))
    };
    let mut add: Vec<Tagged> = Vec::new();
    let mut at = 0;
    let mut j = 0;
    while j < doc.tokens.len() {
        while at < tagged.len() && tagged[at].tokens.end <= j {
            at += 1;
        }
        let Some(r) = names.iter().find(|r| same(r, j)) else {
            j += 1;
            continue;
        };
        let end = j + r.len();
        let free = tagged.get(at).map_or(true, |t| t.tokens.start >= end);
        // A whole run, not the tail of a longer capitalised name.
        let whole = (j == 0 || !capitalised(doc, j - 1) || doc.opens_sentence(j)) && !capitalised(doc, end);
        if free && whole {
            add.push(Tagged { tokens: j..end, label: Label::Org, confidence: Confidence::Context, cut: 0 });
        }
        j = end;
    }
    merge(tagged, add);
}

/// How far into its sentence an opener's "it says" is looked for.
const OPENER_WINDOW: usize = 16;

/// An unknown word left untagged at a sentence's start is an organization when the sentence goes on to say
/// what "it" says ("Zerolith on Wednesday released Orbik, a chatbot it says can write code"): a company
/// speaking of its own work, as a reader takes it. Not "… said it": in "Eyewitnesses said it was loud", "it" is
/// what was said about, and the opener a common word the lists lack.
fn unknown_openers(doc: &Doc, x: &Extractor, tagged: &mut Vec<Tagged>) {
    let says_itself = |i: usize| {
        let w = doc.tok(i);
        let candidate = doc.tokens[i].kind == TokenKind::Word
            && x.is_unknown_opener(i)
            && w.chars().count() >= 3
            && w.chars().all(char::is_alphabetic);
        // An opener starts its sentence's token range.
        let Some(s) = candidate.then(|| x.sentences.binary_search_by_key(&i, |r| r.start).ok()).flatten() else {
            return false;
        };
        // "it" and the verb after it, both in the sentence.
        let end = x.sentences[s].end.min(i + OPENER_WINDOW + 1);
        (i + 1..end.saturating_sub(1)).any(|j| doc.tok(j) == "it" && crate::quotes::words::is_cue_verb(doc.tok(j + 1)))
    };
    // The tagger's guess for such a word ("Talmora" a place) gives way; its untagged ones are added.
    for t in tagged.iter_mut().filter(|t| t.tokens.len() == 1 && t.label != Label::Org && !cued(t)) {
        if says_itself(t.tokens.start) {
            relabel(t, Label::Org);
        }
    }
    add_on_free_tokens(doc, tagged, |i| says_itself(i).then_some((Label::Org, Confidence::Guess)));
}

/// "Chipmaker Solvane to cut 1,200 jobs", "Retailer Asda said …": a headline or a sentence may open with the
/// kind of company before its name, capitalised only because it opens; the tagger takes it into the name (and
/// often reads a person). The name is the company's without it. (Not nouns that open names: "Bank Leumi",
/// "Exchange Bank".)
fn company_noun_openers(doc: &Doc, tagged: &mut Vec<Tagged>) {
    #[rustfmt::skip]
    const KINDS: &[&str] = &[
        "company", "startup", "start-up", "firm", "developer", "retailer", "insurer", "lender", "supplier",
        "conglomerate", "automaker", "carmaker", "chipmaker", "drugmaker", "brokerage", "regulator", "utility",
        "streamer", "watchdog", "distributor", "miner", "refiner", "grocer", "manufacturer", "broadcaster",
        "publisher", "provider", "airline", "supermarket", "rival",
    ];
    for t in tagged.iter_mut().filter(|t| t.tokens.len() >= 2 && t.label != Label::Loc) {
        let s = t.tokens.start;
        if doc.opens_sentence(s) && is(word(doc, s), KINDS) && capitalised(doc, s + 1) {
            t.tokens.start = s + 1;
            relabel(t, Label::Org);
            continue;
        }
        // "Postal operator Royal Mail", "energy giant Orsted": a company noun in lower case inside the mention
        // is no word of the name after it.
        let kind = (s..t.tokens.end - 1).find(|&j| {
            doc.tok(j).starts_with(char::is_lowercase) && is_company_noun(doc.tok(j)) && capitalised(doc, j + 1)
        });
        if let Some(j) = kind {
            t.tokens.start = j + 1;
            relabel(t, Label::Org);
        }
    }
    // "Postal operator Parcelwise said …": an English word that opens the sentence before a company noun and a
    // name modifies the noun; it names nothing.
    tagged.retain(|t| {
        let s = t.tokens.start;
        let modifier = t.tokens.len() == 1
            && doc.opens_sentence(s)
            && word(doc, s + 1).is_some_and(|w| w.starts_with(char::is_lowercase) && is_company_noun(w))
            && s + 2 < doc.tokens.len()
            && capitalised(doc, s + 2)
            && is_english_word(doc, s);
        !modifier
    });
}

/// Whether token `i`, lower-cased, is one of the common English word forms the clusters know ("Former",
/// "Postal"), which an unknown name ("Belmar") is not.
fn is_english_word(doc: &Doc, i: usize) -> bool {
    let mut lower = String::new();
    push_lower(doc.tok(i), &mut lower);
    super::is_common_word(&lower)
}

/// The longest run of capitalised words read as an organization's name when the tagger named none of them.
const MAX_UNTAGGED_ORG: usize = 4;

/// A run of capitalised words the tagger left untagged and that ends in an organization's head word or legal
/// form is an organization: "The gas utility, Tri-County Energy, said …" (the model reads the same words as
/// one after "The utility"). Not in a headline written in title case, where every word is capitalised.
fn untagged_org_names(doc: &Doc, x: &Extractor, tagged: &mut Vec<Tagged>, buf: &mut String) {
    let mut add = Vec::new();
    let mut at = 0;
    let mut i = 0;
    let name_word = |i: usize| capitalised(doc, i) && doc.tok(i).chars().any(char::is_lowercase);
    for sentence in &x.sentences {
        // Counted only when a run is found: most sentences have none.
        let prose = || sentence.clone().filter(|&j| is_lower_word(doc, j)).count() >= 3;
        i = i.max(sentence.start);
        while i < sentence.end {
            while at < tagged.len() && tagged[at].tokens.end <= i {
                at += 1;
            }
            let next_tagged = tagged.get(at).map_or(usize::MAX, |t| t.tokens.start);
            if !name_word(i) || next_tagged <= i {
                i += 1;
                continue;
            }
            let mut end = i;
            while end < sentence.end && end < next_tagged && name_word(end) {
                end += 1;
            }
            // Most runs are one word ("The", "But"): the word lists are read only for a longer one.
            let org = (2..=MAX_UNTAGGED_ORG).contains(&(end - i))
                && {
                    let last = kinds_of(doc.tok(end - 1), buf);
                    (last.has(Kind::OrgWord) || last.has(Kind::OrgSuffix)) && !last.has(Kind::Title)
                }
                && {
                    let first = kinds_of(doc.tok(i), buf);
                    !first.has(Kind::Stop) && !first.has(Kind::Title)
                }
                && end < next_tagged
                // Not the end of a name the tagger cut short ("Metro Toronto" + "Convention Centre").
                && !(at > 0 && tagged[at - 1].tokens.end == i)
                && prose();
            if org {
                add.push(Tagged { tokens: i..end, label: Label::Org, confidence: Confidence::Guess, cut: 0 });
            }
            i = end.max(i + 1);
        }
    }
    merge(tagged, add);
}

/// Whether token `j` is a lower-case word: prose, not a headline in title case.
fn is_lower_word(doc: &Doc, j: usize) -> bool {
    doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word) && doc.tok(j).starts_with(char::is_lowercase)
}

/// "X CEO Y", "X spokeswoman Y": a corporate role after the name, then a capitalised name. A name read as
/// MISC before a role a state has too is an adjective, no employer: "former Tanzanian president …",
/// "Democratic President …", "ex-Milan coach …".
fn before_role(doc: &Doc, e: usize, label: Label) -> bool {
    let role = word(doc, e);
    if !is(role, CORPORATE_ROLES) || label == Label::Misc && is(role, STATE_ROLES) {
        return false;
    }
    // "chief executive", "chief financial officer" run a word or two further.
    let mut j = e + 1;
    while j < e + 3 && doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word) && !capitalised(doc, j) {
        j += 1;
    }
    // A name as names are written, not a headline in capitals ("SCALE AI NAMES NEW CHIEF EXECUTIVE").
    capitalised(doc, j) && doc.tok(j).chars().any(char::is_lowercase)
}

/// "the AI start-up X", "retailer X", "chipmaker X": a company noun right before, not possessed ("the
/// company’s founder" names a person, but then "founder" stands before the name, not "company").
fn after_company_noun(doc: &Doc, s: usize) -> bool {
    s > 0 && {
        let w = doc.tok(s - 1);
        w.starts_with(char::is_lowercase) && is(Some(w), COMPANY_NOUNS)
    }
}

/// How many words a predicate's noun phrase is read for its head: "a NASA Discovery mission".
const MAX_PREDICATE: usize = 5;

/// What "X is a …" says X is, by the noun after the article: "Stardust is a NASA Discovery mission" (a thing
/// made or held: MISC), "Brellin is a fishing village" (a place), "Quorvia is a chip designer" (a company).
fn predicate_label(doc: &Doc, e: usize) -> Option<Label> {
    // Words after which the noun phrase is over: a preposition, a clause, a conjunction.
    const ENDS_PHRASE: &[&str] = &["of", "in", "for", "that", "which", "who", "with", "and", "based", "to", "on"];
    if !is(word(doc, e), &["is", "was"]) || !is(word(doc, e + 1), &["a", "an"]) {
        return None;
    }
    for j in e + 2..(e + 2 + MAX_PREDICATE).min(doc.tokens.len()) {
        let w = doc.tok(j);
        if doc.tokens[j].kind != TokenKind::Word || is(Some(w), ENDS_PHRASE) {
            return None;
        }
        // The noun phrase's head is its last noun before a preposition, a clause or a participle: "a fishing
        // village", "a robotic probe launched in 2024".
        let next_goes_on =
            is_lower_word(doc, j + 1) && !doc.tok(j + 1).ends_with("ed") && !is(word(doc, j + 1), ENDS_PHRASE);
        if !is_lower_word(doc, j) || next_goes_on {
            continue;
        }
        return if is(Some(w), PLACE_NOUNS) {
            Some(Label::Loc)
        } else if is(Some(w), THINGS) {
            Some(Label::Misc)
        } else if is_company_noun(w) {
            Some(Label::Org)
        } else {
            None
        };
    }
    None
}

/// Nouns for places: "Brellin is a fishing village", "a town called Brellin".
#[rustfmt::skip]
const PLACE_NOUNS: &[&str] = &[
    "city", "town", "village", "country", "nation", "region", "province", "island", "river", "lake",
    "mountain", "suburb", "neighborhood", "neighbourhood", "county", "district", "capital", "port", "state",
];

/// Nouns for things made or held, MISC in CoNLL's terms: "Stardust is a NASA Discovery mission".
#[rustfmt::skip]
const THINGS: &[&str] = &[
    "spacecraft", "probe", "satellite", "rover", "telescope", "mission", "ship", "vessel", "aircraft",
    "festival", "award", "prize", "novel", "film", "movie", "album", "song", "language", "dialect", "religion",
    "holiday", "tournament", "championship", "drug", "vaccine", "chatbot",
];

/// What the noun before "called", "named" or "dubbed" says the name after it is: "a startup called Quorvia"
/// (ORG), "the glasses, called Quillon Lens" (MISC), "a village named Brellin" (LOC), "a man named …" (PERSON).
/// Only after an indefinite article or a comma: "the company named Dana Ruiz its chief executive" gives a person
/// a post.
fn called_label(doc: &Doc, s: usize) -> Option<Label> {
    if s < 3 || !is(word(doc, s - 1), &["called", "named", "dubbed", "nicknamed"]) {
        return None;
    }
    let (noun, indefinite) = if word(doc, s - 2) == Some(",") {
        (s - 3, true)
    } else {
        let noun = s - 2;
        (noun, (noun.saturating_sub(3)..noun).any(|j| is(word(doc, j), &["a", "an"])))
    };
    let w = doc.tok(noun);
    if !indefinite || doc.tokens[noun].kind != TokenKind::Word || !w.starts_with(char::is_lowercase) {
        return None;
    }
    let one = w.strip_suffix('s').unwrap_or(w);
    if is(Some(w), PLACE_NOUNS) || is(Some(one), PLACE_NOUNS) {
        Some(Label::Loc)
    } else if super::cues::is_product_noun(w) || is(Some(w), THINGS) || is_document_noun(w) {
        Some(Label::Misc)
    } else if is_company_noun(w) || is_company_noun(one) {
        Some(Label::Org)
    } else if super::cues::names_a_person(w) {
        Some(Label::Person)
    } else {
        None
    }
}

/// Relabels a mention by what "X is a …" right after it says it is ([`predicate_label`]), unless a cue or a
/// list already settled it.
fn predicates(doc: &Doc, tagged: &mut [Tagged], buf: &mut String) {
    for t in tagged.iter_mut().filter(|t| !cued(t)) {
        let Some(label) = predicate_label(doc, t.tokens.end) else { continue };
        let listed = kinds_of(name_of(doc, &t.tokens), buf);
        if label != t.label && !listed.has(Kind::Place) && !listed.has(Kind::Org) {
            relabel(t, label);
        }
    }
}

/// "her colleague X", "his lawyer X", "their daughter X": a person's role, possessed, right before the name.
fn after_personal_role(doc: &Doc, s: usize) -> bool {
    s >= 2
        && is(word(doc, s - 2), &["his", "her", "their", "our", "my"])
        && doc.tokens[s - 1].kind == TokenKind::Word
        && super::cues::names_a_person(doc.tok(s - 1))
}

/// "the Denver office", "the Lyon plant": a listed place between "the" and a site it has (not a person's name,
/// which some places also are).
fn modifies_a_site(doc: &Doc, s: usize, e: usize) -> bool {
    #[rustfmt::skip]
    const SITES: &[&str] = &[
        "office", "offices", "branch", "bureau", "plant", "factory", "airport", "area", "suburbs", "headquarters",
        "campus", "store", "site", "station", "port", "metro", "region",
    ];
    s >= 1 && is(word(doc, s - 1), &["the"]) && is(word(doc, e), SITES)
}

/// "wrote on Telegram", "posted on X", "in a post on Threads": where something is posted, a platform.
fn posted_on(doc: &Doc, s: usize) -> bool {
    const POSTING: &[&str] = &["wrote", "posted", "tweeted", "post", "posts", "video", "livestream", "account"];
    s >= 2 && word(doc, s - 1) == Some("on") && is(word(doc, s - 2), POSTING)
}

/// "an analyst at X", "a professor at X": someone's place of work, an organization.
fn works_at(doc: &Doc, s: usize) -> bool {
    #[rustfmt::skip]
    const WORKERS: &[&str] = &[
        "analyst", "analysts", "economist", "economists", "strategist", "researcher", "researchers", "professor",
        "lecturer", "scientist", "scientists", "engineer", "engineers", "executive", "executives", "partner",
        "director", "fellow", "lawyer", "attorney", "banker", "trader", "manager", "consultant", "editor",
        "reporter", "correspondent", "employee", "employees", "worker", "workers", "spokesman", "spokeswoman",
        "spokesperson", "investor", "physician", "doctor", "nurse", "teacher", "intern", "staffer",
    ];
    s >= 2
        && word(doc, s - 1) == Some("at")
        && doc.tok(s - 2).starts_with(char::is_lowercase)
        && is(word(doc, s - 2), WORKERS)
}

/// "a spokesperson for X": what a spokesperson speaks for, when it is no person (the model's reading) and not
/// a place's own body ("a spokesman for Kharkiv's regional administration"), is an organization.
pub(super) fn speaks_for(doc: &Doc, s: usize, e: usize) -> bool {
    const SPOKESPEOPLE: &[&str] = &["spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokespersons"];
    s >= 2 && word(doc, s - 1) == Some("for") && is(word(doc, s - 2), SPOKESPEOPLE) && !is_possessive(doc, e - 1)
}

/// "agreed to buy Kestrel Logic", "the acquisition of Kestrel", "a merger with Kestrel": what is bought or
/// merged with is a company, unless a given name opens it ("the Nets acquired Kevin Durant": a player) or it is
/// a possessor ("buy Trump's argument").
fn bought(doc: &Doc, x: &Extractor, s: usize, e: usize) -> bool {
    #[rustfmt::skip]
    const BUY: &[&str] = &[
        "buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring",
    ];
    const DEALS: &[&str] = &["acquisition", "takeover", "purchase", "buyout", "merger", "merge", "merged", "merging"];
    let before = s >= 1 && is(word(doc, s - 1), BUY)
        || s >= 2 && is(word(doc, s - 2), DEALS) && is(word(doc, s - 1), &["of", "with"]);
    before && !x.is_given_name(s) && !is_possessive(doc, e - 1)
}

/// "a 4-0 home defeat to X", "a win over X", "a draw with X": who a result was against is a team.
fn opponent(doc: &Doc, s: usize) -> bool {
    s >= 2
        && is(word(doc, s - 1), &["to", "over", "with", "against"])
        && is(
            word(doc, s - 2),
            &["defeat", "loss", "win", "victory", "draw", "defeats", "losses", "wins", "victories", "draws"],
        )
}

/// "shares of X", "a stake in X", "X shares rose", "X stock".
fn shares_of(doc: &Doc, s: usize, e: usize) -> bool {
    (s >= 2 && is(word(doc, s - 2), &["shares", "stock"]) && word(doc, s - 1) == Some("of"))
        || (s >= 2 && is(word(doc, s - 2), &["stake", "stakes"]) && word(doc, s - 1) == Some("in"))
        || (is(word(doc, e), &["shares", "stock"])
            && doc.tokens.get(e + 1).is_some_and(|t| t.kind == TokenKind::Word)
            && doc.tok(e + 1).starts_with(char::is_lowercase))
}

/// "Rep. Delphine Okafor of Michigan", "Ana Ruiz from Chicago": a listed place right after a person and "of" or
/// "from" is where they come from or stand for, a place (the model, from the sports results of 1996, may read
/// "of Michigan" as a team).
fn places_of_people(doc: &Doc, tagged: &mut [Tagged], buf: &mut String) {
    for k in 1..tagged.len() {
        let (before, t) = tagged.split_at_mut(k);
        let (p, t) = (&before[k - 1], &mut t[0]);
        let s = t.tokens.start;
        let after_person = p.label == Label::Person && p.tokens.end + 1 == s && is(word(doc, s - 1), &["of", "from"]);
        if after_person && !cued(t) && t.label != Label::Loc && kinds_of(name_of(doc, &t.tokens), buf).has(Kind::Place)
        {
            relabel(t, Label::Loc);
        }
    }
}

/// "Britain's Competition and Markets Authority": an organization with a head word ("Authority") that the
/// model began at the word after "and" takes in the capitalised words before it, back to a possessive or an
/// article, when nothing else holds them.
fn conjoined_names(doc: &Doc, tagged: &mut [Tagged], buf: &mut String) {
    for k in 0..tagged.len() {
        let t = &tagged[k];
        let s = t.tokens.start;
        let head = kinds_of(doc.tok(t.tokens.end - 1), buf);
        if t.label != Label::Org || s < 3 || !is(word(doc, s - 1), &["and", "&"]) || !head.has(Kind::OrgWord) {
            continue;
        }
        let free_from = if k == 0 { 0 } else { tagged[k - 1].tokens.end };
        let mut j = s - 1;
        while j > free_from
            && j + MAX_CONJUNCT > s
            && capitalised(doc, j - 1)
            && !kinds_of(doc.tok(j - 1), buf).has(Kind::Stop)
        {
            j -= 1;
        }
        let opens = j < s - 1 && j > 0 && {
            let b = doc.tokens[j - 1].kind;
            b == TokenKind::Clitic || is(word(doc, j - 1), &["the"])
        };
        if opens {
            let t = &mut tagged[k];
            t.tokens.start = j;
            relabel(t, Label::Org);
        }
    }
}

/// How many capitalised words before "and" a conjoined name may take in.
const MAX_CONJUNCT: usize = 4;

/// "signed a deal in Redmond": a one-word "person" right after "in" is a place ("in Florence", "in Austin":
/// given names too), unless something makes it a person: a possessive after it ("in Smith's view") or a
/// person named in full with it as the last word anywhere in the text.
fn places_after_in(doc: &Doc, x: &Extractor, tagged: &mut [Tagged]) {
    let mut surnames: Vec<usize> = tagged
        .iter()
        .filter(|t| t.label == Label::Person && t.tokens.len() > 1)
        .map(|t| x.form(t.tokens.end - 1))
        .collect();
    // Sorted for a binary search a mention: a text of many names stays linear-logarithmic.
    crate::order::sort_dedup(&mut surnames);
    for t in tagged.iter_mut().filter(|t| t.label == Label::Person && t.tokens.len() == 1 && !cued(t)) {
        let i = t.tokens.start;
        let after_in = i >= 1 && is(word(doc, i - 1), &["in"]);
        let possessed = is_possessive(doc, i);
        if after_in && !possessed && surnames.binary_search(&x.form(i)).is_err() {
            t.label = Label::Loc;
            t.confidence = t.confidence.min(Confidence::Listed);
        }
    }
}

/// "based in X", "headquartered in X", "the mayor of X", "residents of X": words around X that only a place has.
fn place_context(doc: &Doc, s: usize) -> bool {
    const OF_A_PLACE: &[&str] = &["mayor", "residents", "inhabitants", "city", "town", "village", "suburb"];
    s >= 2
        && (is(word(doc, s - 2), &["based", "headquartered"]) && is(word(doc, s - 1), &["in"])
            || (doc.tok(s - 2).starts_with(char::is_lowercase) || doc.opens_sentence(s - 2))
                && is(word(doc, s - 2), OF_A_PLACE)
                && word(doc, s - 1) == Some("of"))
}

/// A capitalised word the tagger left untagged where only a place goes ("Residents of Ashcombe packed the
/// hall", "the mayor of Tollan"), when it is the whole name: the word after it is no capitalised one.
fn untagged_places(doc: &Doc, x: &Extractor, tagged: &mut Vec<Tagged>) {
    add_on_free_tokens(doc, tagged, |i| {
        let after_of_or_in = i >= 2 && matches!(doc.tok(i - 1), "of" | "in");
        let name = after_of_or_in && capitalised(doc, i) && !x.has_kind(i, Kind::Stop) && !capitalised(doc, i + 1);
        (name && place_context(doc, i)).then_some((Label::Loc, Confidence::Context))
    });
}

/// "companies including A, B and C", "rivals such as A": every name of the list after a plural company noun
/// is an organization, unless a listed place or person.
fn listed_after_plural(doc: &Doc, tagged: &mut [Tagged]) {
    for k in 0..tagged.len() {
        let s = tagged[k].tokens.start;
        let lead = match (word(doc, s.wrapping_sub(1)), word(doc, s.wrapping_sub(2))) {
            (Some(w), Some(p)) if w.eq_ignore_ascii_case("as") && p.eq_ignore_ascii_case("such") => s - 2,
            (Some(w), _) if is(Some(w), &["including", "like", "include"]) => s - 1,
            _ => continue,
        };
        if lead == 0 || !is(word(doc, lead - 1), COMPANY_PLURALS) {
            continue;
        }
        // The list: this mention and the ones joined to it by commas and "and"/"or".
        let mut j = k;
        loop {
            if tagged[j].label != Label::Loc || !cued(&tagged[j]) {
                relabel(&mut tagged[j], Label::Org);
            }
            match tagged.get(j + 1) {
                Some(next) if joined(doc, tagged[j].tokens.end, next.tokens.start) => j += 1,
                _ => break,
            }
        }
    }
}

/// Whether the tokens between two mentions join them in a list: ",", "and", "or", ", and".
fn joined(doc: &Doc, from: usize, to: usize) -> bool {
    from < to
        && to - from <= 2
        && (from..to).all(|i| matches!(doc.tok(i), "," | "and" | "or"))
        && (to - from == 1 || doc.tok(from) == ",")
}

/// Names coordinated with a cued one take its label: "OpenAI, Google and Anthropic" after one of them is known
/// to be a company, here or anywhere in the text ("customers Telmora and Quindle" … "a spokesperson for
/// Telmora"). A member with a cue of its own keeps it, and so does a MISC or a nationality ("Milosevic and
/// Yugoslav politicians" joins two noun phrases, not two names) or a listed place.
fn coordinated(doc: &Doc, tagged: &mut [Tagged], buf: &mut String) {
    // The label each cued name has, unless its cues disagree: what a list member read elsewhere says.
    let mut cued_names: HashMap<&str, Option<Label>, FnvBuild> = HashMap::default();
    for t in tagged.iter().filter(|t| cued(t)) {
        let slot = cued_names.entry(name_of(doc, &t.tokens)).or_insert(Some(t.label));
        if *slot != Some(t.label) {
            *slot = None;
        }
    }
    let label_of = |t: &Tagged| {
        if cued(t) {
            Some(t.label)
        } else {
            cued_names.get(name_of(doc, &t.tokens)).copied().flatten()
        }
    };
    let mut k = 0;
    while k < tagged.len() {
        let mut end = k + 1;
        while end < tagged.len() && joined(doc, tagged[end - 1].tokens.end, tagged[end].tokens.start) {
            end += 1;
        }
        // A list ends with a conjunction ("A, B and C"); names joined by commas alone are an apposition
        // ("Marcus Feld, Kestrel's chief executive"), not a list.
        let conjunction = (k + 1..end).any(|j| is(word(doc, tagged[j].tokens.start - 1), &["and", "or"]));
        let labels = [Label::Org, Label::Person, Label::Loc, Label::Misc];
        if end - k >= 2 && conjunction {
            let list = &mut tagged[k..end];
            // "A and B's chief C": a possessor is no member of the list, and says nothing of A.
            let votes = |l: Label| {
                list.iter().filter(|t| !is_possessive(doc, t.tokens.end - 1) && label_of(t) == Some(l)).count()
            };
            let best = labels.into_iter().max_by_key(|&l| votes(l));
            if let Some(label) = best.filter(|&l| votes(l) > 0) {
                for t in list.iter_mut().filter(|t| !cued(t) && t.label != Label::Misc) {
                    let known = kinds_of(name_of(doc, &t.tokens), buf);
                    if !known.has(Kind::Demonym) && !known.has(Kind::Place) {
                        relabel(t, label);
                    }
                }
            }
        }
        // Without a cue, a list's sure members still outvote an unsure one: "Brian Henninger , Tiger Woods , Steve
        // Jurgenson" (three names and more joined by commas are a list too). The reading stays the model's kind
        // of sure, not the context's.
        if end - k >= 3 || end - k >= 2 && conjunction {
            let list = &mut tagged[k..end];
            let votes = |l: Label| list.iter().filter(|t| t.confidence >= Confidence::Listed && t.label == l).count();
            let best = labels.into_iter().max_by_key(|&l| votes(l)).filter(|&l| 2 * votes(l) > list.len());
            if let Some(label) = best {
                for t in list.iter_mut().filter(|t| t.confidence <= Confidence::Guess && t.label != label) {
                    let known = kinds_of(name_of(doc, &t.tokens), buf);
                    if t.label != Label::Misc && !known.has(Kind::Demonym) && !known.has(Kind::Place) {
                        t.label = label;
                    }
                }
            }
        }
        k = end;
    }
}

/// "London-based", "New York-based": the place inside the word is a place (a nationality a MISC: "British-based"),
/// the suffix is not part of it.
fn places_in_words(doc: &Doc, tagged: &mut Vec<Tagged>, buf: &mut String) {
    let mut add: Vec<Tagged> = Vec::new();
    let mut at = 0;
    for i in 0..doc.tokens.len() {
        let w = doc.tok(i);
        let Some(cut) = PLACE_SUFFIXES.iter().find(|s| ends_with_ignore_case(w, s)).map(|s| s.len()) else {
            continue;
        };
        let stem = &w[..w.len() - cut];
        if !stem.starts_with(char::is_uppercase) || doc.tokens[i].kind != TokenKind::Word {
            continue;
        }
        let label = if kinds_of(stem, buf).has(Kind::Demonym) { Label::Misc } else { Label::Loc };
        while at < tagged.len() && tagged[at].tokens.end <= i {
            at += 1;
        }
        match tagged.get_mut(at).filter(|t| t.tokens.start <= i) {
            // "New York-based": the mention ends at this token; cut it there.
            Some(t) => {
                t.tokens.end = i + 1;
                t.cut = cut as u8;
                relabel(t, label);
            }
            None => {
                // A two-word stem the model left untagged ("San Diego-based") starts at a capitalised word before,
                // one no mention holds.
                let held = |t: &Tagged| t.tokens.end == i;
                let held_before = at > 0 && held(&tagged[at - 1]) || add.last().is_some_and(held);
                let start = if i > 0 && capitalised(doc, i - 1) && !held_before { i - 1 } else { i };
                add.push(Tagged { tokens: start..i + 1, label, confidence: Confidence::Context, cut: cut as u8 });
            }
        }
    }
    merge(tagged, add);
}

fn ends_with_ignore_case(w: &str, suffix: &str) -> bool {
    w.len() > suffix.len()
        && w.is_char_boundary(w.len() - suffix.len())
        && w[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

/// A dateline opening a paragraph: "WASHINGTON (AP) —", "PARIS (Reuters) -", "SAN FRANCISCO, Calif. —": the
/// place in capitals is a place, the agency in brackets an organization.
fn dateline(doc: &Doc, tagged: &mut Vec<Tagged>, buf: &mut String) {
    for p in 0..doc.paragraphs.len() {
        let first = doc.token_at_or_after(doc.paragraphs[p].start);
        let mut i = first;
        while i < doc.tokens.len() && i < first + 4 && is_capitals(doc, i) {
            i += 1;
        }
        if i == first {
            continue;
        }
        let place = first..i;
        // An optional ", State" or ", Calif." after the place.
        if word(doc, i) == Some(",") && capitalised(doc, i + 1) {
            i += 2;
            if word(doc, i) == Some(".") {
                i += 1;
            }
        }
        let mut agency = None;
        if word(doc, i) == Some("(") {
            let open = i + 1;
            let mut j = open;
            while j < doc.tokens.len() && j < open + 4 && capitalised(doc, j) {
                j += 1;
            }
            if j == open || word(doc, j) != Some(")") {
                continue;
            }
            agency = Some(open..j);
            i = j + 1;
        }
        if !matches!(word(doc, i), Some("—" | "–" | "-" | "--")) {
            continue;
        }
        // Without an agency, only a listed place makes a dateline: "CRICKET -" opens a sports headline.
        if agency.is_none() && !kinds_of(name_of(doc, &place), buf).has(Kind::Place) {
            continue;
        }
        // A dateline needs its dash; a line in capitals without one is a headline.
        put(tagged, place, Label::Loc);
        if let Some(a) = agency {
            put(tagged, a, Label::Org);
        }
    }
}

/// A word in capitals of two letters or more ("WASHINGTON", "U.S."), or a short capitalised joiner inside one
/// ("NEW YORK").
fn is_capitals(doc: &Doc, i: usize) -> bool {
    let w = doc.tok(i);
    doc.tokens[i].kind == TokenKind::Word
        && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !w.chars().any(char::is_lowercase)
}

/// Puts a cued mention over `tokens`, replacing the mentions it overlaps.
fn put(tagged: &mut Vec<Tagged>, tokens: Range<usize>, label: Label) {
    let from = tagged.partition_point(|t| t.tokens.end <= tokens.start);
    let mut to = from;
    while to < tagged.len() && tagged[to].tokens.start < tokens.end {
        to += 1;
    }
    let t = Tagged { tokens, label, confidence: Confidence::Context, cut: 0 };
    tagged.splice(from..to, [t]);
}

#[cfg(test)]
mod tests {
    use crate::entities::labels;
    use crate::text::Doc;
    use crate::Label;

    #[test]
    fn a_predicate_noun_says_what_a_name_is() {
        let read = |text: &str| {
            let doc = Doc::new(text);
            let e = (0..doc.tokens.len()).find(|&i| doc.tok(i) == "is").unwrap();
            super::predicate_label(&doc, e)
        };
        assert_eq!(read("Kestomir is a mining town in the north."), Some(Label::Loc));
        assert_eq!(read("Veldra is a robotic probe launched in 2024."), Some(Label::Misc));
        assert_eq!(read("Quorvia is an AI startup."), Some(Label::Org));
        // Not the noun of a prepositional phrase, nor a noun that only modifies the head, nor "the".
        assert_eq!(read("Tom Vell is a lawyer in the city."), None);
        assert_eq!(read("Vell is a town planner."), None);
        assert_eq!(read("Vell is the town."), None);
    }

    #[test]
    fn a_list_member_cued_elsewhere_gives_the_list_its_label_but_a_possessor_does_not() {
        use crate::entities::{Confidence, Tagged};
        let labels = |text: &str, mentions: &[(std::ops::Range<usize>, Label, Confidence)]| {
            let doc = Doc::new(text);
            let mut tagged: Vec<Tagged> = mentions
                .iter()
                .map(|(r, label, confidence)| Tagged {
                    tokens: r.clone(),
                    label: *label,
                    confidence: *confidence,
                    cut: 0,
                })
                .collect();
            super::coordinated(&doc, &mut tagged, &mut String::new());
            tagged.iter().map(|t| t.label).collect::<Vec<_>>()
        };
        // "Yorrin and Vasquell" … "Yorrin said it": Yorrin's cue, later in the text, says what the list is.
        let got = labels(
            "buyers Yorrin and Vasquell ; Yorrin said it",
            &[
                (1..2, Label::Person, Confidence::Guess),
                (3..4, Label::Person, Confidence::Guess),
                (5..6, Label::Org, Confidence::Context),
            ],
        );
        assert_eq!(got[..2], [Label::Org, Label::Org]);
        // Regression (GUM): "Lau Siu-lai and Youngspiration's Yau Wai-ching" lists two people; the party that
        // owns the second says nothing of the first.
        let got = labels(
            "activists Lau Siulai and Youngspiration's Yau Waiching ; Youngspiration said it",
            &[
                (1..3, Label::Person, Confidence::Guess),
                (4..5, Label::Org, Confidence::Guess),
                (6..8, Label::Person, Confidence::Guess),
                (9..10, Label::Org, Confidence::Context),
            ],
        );
        assert_eq!(got[0], Label::Person);
    }

    #[test]
    fn a_list_s_sure_members_outvote_an_unsure_one() {
        use crate::entities::{Confidence, Tagged};
        // "A , B , C , D": three names and more joined by commas are a list, conjunction or not.
        let text = "Brian Hennings , Tiger Woodson , Steve Jurgens , Bryan Gorham";
        let doc = Doc::new(text);
        let t = |r: std::ops::Range<usize>, label, confidence| Tagged { tokens: r, label, confidence, cut: 0 };
        let mut tagged = vec![
            t(0..2, Label::Person, Confidence::Cued),
            t(3..5, Label::Org, Confidence::Guess),
            t(6..8, Label::Person, Confidence::Listed),
            t(9..11, Label::Person, Confidence::Cued),
        ];
        super::coordinated(&doc, &mut tagged, &mut String::new());
        assert_eq!(tagged[1].label, Label::Person);
        // A sure member keeps its own reading.
        tagged[1] = t(3..5, Label::Org, Confidence::Cued);
        super::coordinated(&doc, &mut tagged, &mut String::new());
        assert_eq!(tagged[1].label, Label::Org);
    }

    #[test]
    fn a_news_outlet_opening_a_headline_is_an_organization() {
        // Regression (GUM Wikinews): the tagger leaves a headline's first word untagged.
        let got = labels("Kestrelnews interviews the mayor of a small town");
        assert_eq!(got, [("Kestrelnews", Label::Org)]);
    }

    #[test]
    fn names_joined_by_a_comma_alone_are_no_list() {
        // Regression: a person in apposition to a cued company took the company's label, as if listed with it.
        let got = labels("Marcus Feld, Kestrel Systems Inc.’s chief executive, said the lane was theirs.");
        assert_eq!(got, [("Marcus Feld", Label::Person), ("Kestrel Systems Inc.", Label::Org)]);
        let got = labels("Brisco CEO Hal Ander said Brisco, Tamberlane and Oxmoor would bid.");
        assert!(got.contains(&("Tamberlane", Label::Org)) && got.contains(&("Oxmoor", Label::Org)), "{got:?}");
    }
}
