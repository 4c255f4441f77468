//! What the words around a name say it is, as a reader uses them, for the names the 1996 training news never
//! saw. Each cue here is one a reader takes as settled: a dateline's place and wire agency, a place inside
//! "London-based", an organization before a corporate role ("Quorvia CEO Dina Alvarez") or after a company noun
//! ("the chipmaker Kestrel", "rivals such as A, B and C"), a person after a title ("Rep.", "CEO"), a place
//! after "based in". A cued mention is relabelled with [`Confidence::Context`], so that it outvotes the model's
//! guesses for the other mentions of its entity in [`cluster`](super::cluster); names coordinated with a cued
//! one ("A, B and C") share its label. The model's own reading stands wherever no such cue is present.

use super::features::Extractor;
use super::lists::{kinds_of, Kind};
use super::{Confidence, Tagged};
use crate::annotation::Label;
use crate::text::{Doc, TokenKind};
use std::ops::Range;

/// Roles that follow an organization's name and precede a person's: "Quorvia CEO Dina Alvarez", "Kestrel
/// spokeswoman Ana Ruiz", "Wedbush analyst Dan Ives".
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
];

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

/// Applies every cue to the tagger's mentions (sorted, non-overlapping; they stay so).
pub fn apply(doc: &Doc, x: &Extractor, tagged: &mut Vec<Tagged>) {
    let mut buf = String::new();
    let mut cued = vec![false; tagged.len()];
    places_in_words(doc, tagged, &mut cued, &mut buf);
    dateline(doc, tagged, &mut cued);
    for k in 0..tagged.len() {
        if cued[k] {
            continue;
        }
        let t = &tagged[k];
        let (s, e) = (t.tokens.start, t.tokens.end);
        let head = kinds_of(doc.tok(e - 1), &mut buf);
        let listed_place = t.label == Label::Loc && is_listed_place(doc, &t.tokens, &mut buf);
        let org_like = head.has(Kind::OrgWord) || head.has(Kind::OrgSuffix);
        // "Russian President …", "Ohio Gov. …": a nationality or a place before a role is not the employer.
        let national = listed_place || head.has(Kind::Demonym) || (e - s == 1 && head.has(Kind::Place));
        let label = if head.has(Kind::OrgSuffix) && e - s >= 2 {
            // "Vantrel Platforms Inc.": the legal form settles it.
            Some(Label::Org)
        } else if !listed_place && !org_like && after_title(doc, x, s) {
            Some(Label::Person)
        } else if !national && (before_role(doc, e) || after_company_noun(doc, s) || shares_of(doc, s, e)) {
            Some(Label::Org)
        } else if after_based_in(doc, s) {
            Some(Label::Loc)
        } else {
            None
        };
        if let Some(label) = label {
            relabel(&mut tagged[k], label);
            cued[k] = true;
        }
    }
    untagged_before_roles(doc, x, tagged, &mut cued);
    listed_after_plural(doc, tagged, &mut cued);
    coordinated(doc, tagged, &cued);
    short_forms(doc, x, tagged);
}

/// "Scale" after "Scale AI, the data-labeling start-up": a capitalised word the model left untagged that is the
/// first word of an organization the context settled is a short form of it (the tagger does this for its own
/// organizations before the cues are read; this does it for the ones the cues made).
fn short_forms(doc: &Doc, x: &Extractor, tagged: &mut Vec<Tagged>) {
    let firsts: Vec<&str> = tagged
        .iter()
        .filter(|t| t.label == Label::Org && t.confidence == Confidence::Context && t.cut == 0)
        .map(|t| doc.tok(t.tokens.start))
        .collect();
    if firsts.is_empty() {
        return;
    }
    let mut add = Vec::new();
    let mut at = 0;
    for i in 0..doc.tokens.len() {
        while at < tagged.len() && tagged[at].tokens.end <= i {
            at += 1;
        }
        let free = tagged.get(at).is_none_or(|t| t.tokens.start > i);
        if free && x.is_name_like(i) && firsts.contains(&doc.tok(i)) {
            add.push(Tagged { tokens: i..i + 1, label: Label::Org, confidence: Confidence::Guess, cut: 0 });
        }
    }
    if !add.is_empty() {
        tagged.extend(add);
        tagged.sort_by_key(|t| t.tokens.start);
    }
}

fn relabel(t: &mut Tagged, label: Label) {
    t.label = label;
    t.confidence = Confidence::Context;
}

/// Whether the whole mention is a listed place ("Ohio", "New York"), which a role after it does not make an
/// organization ("Ohio Gov. …" is the state's governor).
fn is_listed_place(doc: &Doc, tokens: &Range<usize>, buf: &mut String) -> bool {
    let name = &doc.text[doc.tokens[tokens.start].start..doc.tokens[tokens.end - 1].end];
    kinds_of(name, buf).has(Kind::Place)
}

fn word<'t>(doc: &Doc<'t>, i: usize) -> Option<&'t str> {
    (i < doc.tokens.len()).then(|| doc.tok(i))
}

fn is(w: Option<&str>, list: &[&str]) -> bool {
    w.is_some_and(|w| list.iter().any(|l| l.eq_ignore_ascii_case(w)))
}

fn capitalised(doc: &Doc, i: usize) -> bool {
    i < doc.tokens.len() && doc.tokens[i].kind == TokenKind::Word && doc.tok(i).starts_with(char::is_uppercase)
}

/// "Rep. X", "CEO X", "Senate Majority Leader X": a title (not a word that only modifies one) right before.
fn after_title(doc: &Doc, x: &Extractor, s: usize) -> bool {
    s > 0 && x.is_title(s - 1) && !x.is_title(s) && {
        // A lower-case title is a role noun only when it is not the object of something else: "the CEO Lina
        // Park" yes, "a player" … no name follows anyway. A capitalised one must not itself start a name
        // ("Chief Keef" is not given; "President" is).
        let mut buf = String::new();
        !kinds_of(doc.tok(s - 1), &mut buf).has(Kind::TitleModifier) || doc.tok(s - 1).ends_with('.')
    }
}

/// A capitalised word the model left untagged before a corporate role and a name ("Anthropic CEO Dario
/// Amodei" opening a sentence) or after a company noun ("the start-up Zentrane") is an organization.
fn untagged_before_roles(doc: &Doc, x: &Extractor, tagged: &mut Vec<Tagged>, cued: &mut Vec<bool>) {
    let mut buf = String::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        let at = tagged.partition_point(|t| t.tokens.end <= i);
        let free = tagged.get(at).is_none_or(|t| t.tokens.start > i);
        let k = kinds_of(doc.tok(i), &mut buf);
        let candidate = free
            && capitalised(doc, i)
            && doc.tok(i).chars().count() >= 2
            && !doc.tok(i).contains('-')
            && !x.is_title(i)
            && !k.has(Kind::Stop)
            && !k.has(Kind::Demonym)
            && !k.has(Kind::Place);
        if candidate && (before_role(doc, i + 1) || after_company_noun(doc, i)) {
            let t = Tagged { tokens: i..i + 1, label: Label::Org, confidence: Confidence::Context, cut: 0 };
            tagged.insert(at, t);
            cued.insert(at, true);
        }
        i += 1;
    }
}

/// "X CEO Y", "X spokeswoman Y": a corporate role after the name, then a capitalised name.
fn before_role(doc: &Doc, e: usize) -> bool {
    if !is(word(doc, e), CORPORATE_ROLES) {
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

/// "shares of X", "X shares rose", "X stock".
fn shares_of(doc: &Doc, s: usize, e: usize) -> bool {
    (s >= 2 && is(word(doc, s - 2), &["shares", "stock"]) && word(doc, s - 1) == Some("of"))
        || (is(word(doc, e), &["shares", "stock"])
            && doc.tokens.get(e + 1).is_some_and(|t| t.kind == TokenKind::Word)
            && doc.tok(e + 1).starts_with(char::is_lowercase))
}

/// "based in X", "headquartered in X".
fn after_based_in(doc: &Doc, s: usize) -> bool {
    s >= 2 && is(word(doc, s - 2), &["based", "headquartered"]) && is(word(doc, s - 1), &["in"])
}

/// "companies including A, B and C", "rivals such as A": every name of the list after a plural company noun
/// is an organization, unless a listed place or person.
fn listed_after_plural(doc: &Doc, tagged: &mut [Tagged], cued: &mut [bool]) {
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
            if tagged[j].label != Label::Loc || !cued[j] {
                relabel(&mut tagged[j], Label::Org);
                cued[j] = true;
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
/// to be a company. A member with a cue of its own keeps it, and so does a MISC or a nationality ("Milosevic and
/// Yugoslav politicians" joins two noun phrases, not two names) or a listed place.
fn coordinated(doc: &Doc, tagged: &mut [Tagged], cued: &[bool]) {
    let mut buf = String::new();
    let mut k = 0;
    while k < tagged.len() {
        let mut end = k + 1;
        while end < tagged.len() && joined(doc, tagged[end - 1].tokens.end, tagged[end].tokens.start) {
            end += 1;
        }
        if end - k >= 2 {
            let votes = |l: Label| (k..end).filter(|&j| cued[j] && tagged[j].label == l).count();
            let best = [Label::Org, Label::Person, Label::Loc, Label::Misc].into_iter().max_by_key(|&l| votes(l));
            if let Some(label) = best.filter(|&l| votes(l) > 0) {
                for j in k..end {
                    let t = &tagged[j];
                    let name = &doc.text[doc.tokens[t.tokens.start].start..doc.tokens[t.tokens.end - 1].end];
                    let known = kinds_of(name, &mut buf);
                    if !cued[j] && t.label != Label::Misc && !known.has(Kind::Demonym) && !known.has(Kind::Place) {
                        relabel(&mut tagged[j], label);
                    }
                }
            }
        }
        k = end;
    }
}

/// "London-based", "New York-based": the place inside the word is a place (a nationality a MISC: "British-based"),
/// the suffix is not part of it.
fn places_in_words(doc: &Doc, tagged: &mut Vec<Tagged>, cued: &mut Vec<bool>, buf: &mut String) {
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
        let at = tagged.partition_point(|t| t.tokens.end <= i);
        match tagged.get_mut(at).filter(|t| t.tokens.start <= i) {
            // "New York-based": the mention ends at this token; cut it there.
            Some(t) => {
                t.tokens.end = i + 1;
                t.cut = cut as u8;
                relabel(t, label);
                cued[at] = true;
            }
            None => {
                // A two-word stem the model left untagged ("San Diego-based") starts at a capitalised word before.
                let start = if i > 0 && capitalised(doc, i - 1) && !(at > 0 && tagged[at - 1].tokens.end == i) {
                    i - 1
                } else {
                    i
                };
                let t = Tagged { tokens: start..i + 1, label, confidence: Confidence::Context, cut: cut as u8 };
                tagged.insert(at, t);
                cued.insert(at, true);
            }
        }
    }
}

fn ends_with_ignore_case(w: &str, suffix: &str) -> bool {
    w.len() > suffix.len()
        && w.is_char_boundary(w.len() - suffix.len())
        && w[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

/// A dateline opening a paragraph: "WASHINGTON (AP) —", "PARIS (Reuters) -", "SAN FRANCISCO, Calif. —": the
/// place in capitals is a place, the agency in brackets an organization.
fn dateline(doc: &Doc, tagged: &mut Vec<Tagged>, cued: &mut Vec<bool>) {
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
        let mut buf = String::new();
        if agency.is_none() && !is_listed_place(doc, &place, &mut buf) {
            continue;
        }
        // A dateline needs its dash; a line in capitals without one is a headline.
        put(tagged, cued, place, Label::Loc);
        if let Some(a) = agency {
            put(tagged, cued, a, Label::Org);
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
fn put(tagged: &mut Vec<Tagged>, cued: &mut Vec<bool>, tokens: Range<usize>, label: Label) {
    let from = tagged.partition_point(|t| t.tokens.end <= tokens.start);
    let mut to = from;
    while to < tagged.len() && tagged[to].tokens.start < tokens.end {
        to += 1;
    }
    let t = Tagged { tokens, label, confidence: Confidence::Context, cut: 0 };
    tagged.splice(from..to, [t]);
    cued.splice(from..to, [true]);
}
