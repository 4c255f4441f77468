//! The subject of a sentence whose cue is not next to its subject: a participle ("…, saying “…”"), a second
//! verb ("… and joked, “…”"), a noun of saying before a colon ("a new message: “…”"), or the "he" of "what he
//! called" standing for the sentence's subject.

use super::phrases::{make, named_in_apposition, phrase_starting_at};
use super::words::is_cue_verb;
use super::{SpeakerCue, SpeakerKind};
use crate::text::{Doc, TokenKind};

/// Words that open a sentence before its subject: "But Trump said", "In recent weeks, Reid has …".
fn is_opener(w: &str) -> bool {
    const OPENERS: &[&str] = &[
        "but",
        "and",
        "so",
        "yet",
        "still",
        "then",
        "meanwhile",
        "however",
        "now",
        "also",
        "maybe",
        "perhaps",
        "nevertheless",
        "nonetheless",
        "indeed",
        "instead",
    ];
    OPENERS.iter().any(|o| o.eq_ignore_ascii_case(w))
}

/// Adverbs that open a sentence with a comma after them ("Conversely, PolitiFact rated …"); a list, because a
/// name may end in -ly too (Kelly, Connolly, Italy).
fn is_sentence_adverb(w: &str) -> bool {
    #[rustfmt::skip]
    const ADVERBS: &[&str] = &[
        "conversely", "similarly", "additionally", "separately", "finally", "ultimately", "unfortunately",
        "fortunately", "apparently", "clearly", "notably", "importantly", "interestingly", "ironically",
        "specifically", "initially", "originally", "previously", "recently", "currently", "eventually", "frankly",
        "honestly", "obviously", "presumably", "reportedly", "seemingly", "surprisingly", "accordingly",
        "consequently", "subsequently", "alternatively", "increasingly", "lastly", "personally", "politically",
        "publicly", "privately", "historically", "traditionally", "technically", "basically", "essentially",
        "generally", "typically", "usually", "likewise", "admittedly", "certainly", "evidently", "naturally",
        "predictably", "tellingly", "curiously", "strikingly", "crucially", "critically", "significantly",
    ];
    w.len() <= 14 && ADVERBS.iter().any(|a| a.eq_ignore_ascii_case(w))
}

fn is_preposition(w: &str) -> bool {
    const PREPS: &[&str] = &[
        "in", "on", "at", "after", "before", "during", "as", "with", "without", "since", "for", "from", "by", "when",
        "while", "though", "although", "despite", "like", "unlike", "until", "last", "earlier", "later", "speaking",
    ];
    PREPS.iter().any(|o| o.eq_ignore_ascii_case(w))
}

/// How long an introductory phrase before the subject may be, in tokens ("Filling in for Sanders at the
/// same event where Clinton appeared Sunday, West …").
const MAX_INTRO: usize = 20;

/// "Filling in for Sanders, …", "Flying home one night, she …": a capitalised participle followed by a
/// lower-case word opens an introductory phrase, not a name ("Manning said" is followed by a verb, but so is
/// "Flying home"; the comma that must close the phrase tells them apart).
fn is_participle_opener(doc: &Doc, i: usize) -> bool {
    let w = doc.tok(i);
    let Some(next) = doc.tokens.get(i + 1).map(|t| t.text(doc.text)) else { return false };
    let capital = w.starts_with(|c: char| c.is_uppercase());
    let present = w.len() > 5 && w.ends_with("ing") && next.starts_with(|c: char| c.is_lowercase()) && !is_cue_verb(w);
    // "Reached by phone, Bennett denied …", "Asked about the plan, she said …": a past participle and the
    // preposition after it (not a name that ends so, "Ted said").
    const PREPOSITIONS: &[&str] = &["by", "about", "on", "if", "whether", "for", "in", "at", "with"];
    let past = w.len() > 4 && w.ends_with("ed") && PREPOSITIONS.contains(&next);
    capital && (present || past)
}

/// How far into a sentence a dateline's dash may come, in tokens.
const MAX_DATELINE: usize = 12;

/// "WASHINGTON, Dec. 8 (UPI) —", "Washington (AFP) –", "DECATUR, Ill. —": the token after a dateline's dash when
/// the sentence at `lo` opens with one (capitalised words, numbers, commas and a bracketed agency before it).
fn dateline_end(doc: &Doc, lo: usize, first: usize) -> Option<usize> {
    let ceil = (lo + MAX_DATELINE).min(first);
    let dash = (lo + 1..ceil).find(|&k| matches!(doc.tok(k), "—" | "–" | "-" | "―"))?;
    let plain = (lo..dash).all(|k| {
        let t = doc.tok(k);
        matches!(t, "," | "(" | ")" | ".")
            || doc.tokens[k].kind == TokenKind::Number
            || t.starts_with(char::is_uppercase)
    });
    (plain && dash + 1 < first).then_some(dash + 1)
}

/// "Twenty-two years ago, a Times article hailed …": a time phrase ending in "ago" opens the sentence.
fn is_time_ago(doc: &Doc, i: usize, first: usize) -> bool {
    (i + 1..(i + 5).min(first)).any(|k| doc.tok(k).eq_ignore_ascii_case("ago"))
}

/// The subject of the sentence `lo..first`: the phrase that opens it, after a conjunction or an introductory
/// phrase ("In recent weeks, Reid has gone after Trump as a “…”").
pub(super) fn sentence_subject(doc: &Doc, lo: usize, first: usize) -> Option<SpeakerCue> {
    subject_of_sentence(doc, lo, first, false)
}

/// The subject of the sentence whose participle ("…, saying", "…, adding") introduces a quote: the sentence
/// need not say anything itself, so "Trump was similarly defensive …, saying" and "it attacked Trump, saying"
/// name their speaker too.
pub(super) fn participle_subject(doc: &Doc, lo: usize, first: usize) -> Option<SpeakerCue> {
    subject_of_sentence(doc, lo, first, true)
}

fn subject_of_sentence(doc: &Doc, lo: usize, first: usize, participle: bool) -> Option<SpeakerCue> {
    let mut i = dateline_end(doc, lo, first).unwrap_or(lo);
    // "Conversely, PolitiFact rated …": an adverb and its comma open the sentence too.
    let adverb = |i: usize| is_sentence_adverb(doc.tok(i)) && i + 1 < first && doc.tok(i + 1) == ",";
    // A stray opening mark that no mark closes before the quote ("\"Trump walked onto the stage, chanting “…”",
    // as pasted from a page that quoted the whole paragraph).
    let stray =
        |i: usize| matches!(doc.tok(i), "\"" | "“") && !(i + 1..first).any(|k| matches!(doc.tok(k), "\"" | "”" | "“"));
    while i < first && (is_opener(doc.tok(i)) || adverb(i) || doc.tok(i) == "," || stray(i)) {
        i += 1;
    }
    if i < first && (is_preposition(doc.tok(i)) || is_participle_opener(doc, i) || is_time_ago(doc, i, first)) {
        let ceil = (i + MAX_INTRO).min(first);
        // The intro may hold a comma of its own ("Speaking at a town hall in Salem, New Hampshire, Trump went
        // after Bush"): the comma after which a phrase and a lower-case verb follow ends it, else the first.
        let commas = (i..ceil).filter(|&k| doc.tok(k) == ",");
        let clause = |c: usize| {
            phrase_starting_at(doc, c + 1, first).is_some_and(|p| {
                let e = p.tokens.end;
                e < first && doc.tokens[e].kind == TokenKind::Word && doc.tok(e).starts_with(char::is_lowercase)
            })
        };
        i = commas.clone().find(|&c| clause(c)).or_else(|| commas.clone().next())? + 1;
        // The comma may close a quoted title: On “Face the Nation,” Sanders …
        while i < first && matches!(doc.tok(i), "”" | "\"") {
            i += 1;
        }
    }
    let p = named_in_apposition(doc, phrase_starting_at(doc, i, first)?, first);
    let e = p.tokens.end;
    let next = doc.tokens.get(e)?;
    let w = doc.tok(e);
    // Not "It was “fine”" or "The plan is a “disaster”": a copula describes, nobody is quoted.
    // "is rolling out" is no copula but a verb in progress.
    let progressive = (e + 1..(e + 4).min(first)).any(|k| doc.tok(k).ends_with("ing"));
    let copula = !participle
        && !progressive
        && matches!(w, "is" | "was" | "are" | "were" | "be" | "seems" | "seemed" | "remains");
    let verb_like = next.kind == TokenKind::Clitic
        || next.kind == TokenKind::Word && w.starts_with(|c: char| c.is_lowercase()) && !copula
        || matches!(w, "," | "(");
    // Not "It was …", and not a dateline ("LOS ANGELES, Sept. 28 (UPI) —").
    let shouting =
        p.tokens.clone().all(|t| !doc.tok(t).chars().any(char::is_lowercase)) && (p.tokens.len() > 1 || w == ",");
    let who =
        (participle || p.kind != SpeakerKind::OrgReference || doc.tok(p.tokens.start).eq_ignore_ascii_case("the"))
            && !shouting;
    (e < first && verb_like && who).then(|| make(doc, p, e..e + 1))
}
