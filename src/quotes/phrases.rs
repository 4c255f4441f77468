//! Speaker phrases next to a cue verb: a name ("Sen. Ted Cruz"), a pronoun ("he") or a description
//! ("a White House spokesman", "officials"), read from tokens within a bounded window. The span is the
//! speaker alone, never the clause around it, so the joiner can link it by overlap.

use super::words::*;
use super::{SpeakerCue, SpeakerKind};
use crate::entities::{kinds_of, Kind};
use crate::text::{Doc, TokenKind};
use std::ops::Range;

/// A speaker phrase: a token range `first..end` and how it links to an entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phrase {
    pub tokens: Range<usize>,
    pub kind: SpeakerKind,
    /// The tokens naming what the speaker speaks for, when the phrase says it ("a spokesperson for the
    /// agency", "Zentrane’s chief executive, Lauren Pike").
    pub affiliation: Option<Range<usize>>,
}

impl Phrase {
    pub fn new(tokens: Range<usize>, kind: SpeakerKind) -> Phrase {
        Phrase { tokens, kind, affiliation: None }
    }

    pub fn bytes(&self, doc: &Doc) -> Range<usize> {
        doc.tokens[self.tokens.start].start..doc.tokens[self.tokens.end - 1].end
    }
}

/// How far an appositive or relative clause may run between a subject and its verb: "X, who …, said".
const MAX_CLAUSE: usize = 20;
/// How many adverbs or auxiliaries may stand between a subject and its verb.
const MAX_BETWEEN: usize = 3;
/// The speaker `phrase` with its cue, both as byte ranges (`cue` is a token range).
pub fn make(doc: &Doc, phrase: Phrase, cue: Range<usize>) -> SpeakerCue {
    let bytes = |t: &Range<usize>| doc.tokens[t.start].start..doc.tokens[t.end - 1].end;
    let affiliation = phrase.affiliation.clone().or_else(|| title_affiliation(doc, &phrase));
    SpeakerCue {
        range: phrase.bytes(doc),
        cue: bytes(&cue),
        kind: phrase.kind,
        affiliation: affiliation.filter(|a| !a.is_empty()).map(|a| bytes(&a)),
    }
}

/// "Harlow Mayor Ben Achebe", "Google CEO Sundar Pichai": the capitalised words before a title or role inside
/// a name phrase name what the person speaks for.
fn title_affiliation(doc: &Doc, phrase: &Phrase) -> Option<Range<usize>> {
    if phrase.kind != SpeakerKind::Name {
        return None;
    }
    let role = |i: usize| is_title(doc.tok(i)) || is_speaker_noun(&doc.tok(i).to_ascii_lowercase());
    let t = phrase.tokens.clone().find(|&i| role(i))?;
    let before = phrase.tokens.start..t;
    let names = before.clone().all(|i| is_word(doc, i) && is_name_word(doc.tok(i)));
    (!before.is_empty() && names && t + 1 < phrase.tokens.end).then_some(before)
}

/// How many lower-case words may lead to a role without a determiner ("said election lawyer …").
const MAX_MODIFIERS: usize = 2;
/// The longest name or description, in tokens.
const MAX_PHRASE: usize = 6;

fn is_word(doc: &Doc, i: usize) -> bool {
    matches!(doc.tokens[i].kind, TokenKind::Word)
}

fn is_initial(w: &str) -> bool {
    w.ends_with('.') && w.chars().next().is_some_and(char::is_uppercase)
}

/// A name word, a title, or an initial ("L.") — what a name phrase is made of.
fn name_part(doc: &Doc, i: usize) -> bool {
    let w = doc.tok(i);
    is_word(doc, i) && (is_name_word(w) || is_title(w) || is_initial(w))
}

/// The subject of the cue verb at token `verb`, not reaching before token `lo`: the phrase right before the
/// verb, after skipping adverbs ("also"), a parenthesis ("(R-Texas)") and an appositive or relative clause
/// between commas ("Droege, the chief executive, said"; "Droege, who joined in May, said").
pub fn subject_before(doc: &Doc, verb: usize, lo: usize) -> Option<Phrase> {
    let mut j = verb;
    let mut skipped = 0;
    // "He’s claiming": the clitic stands for "is" or "has".
    while j > lo
        && skipped < MAX_BETWEEN
        && (is_between_subject_and_verb(doc.tok(j - 1)) || doc.tokens[j - 1].kind == TokenKind::Clitic)
    {
        j -= 1;
        skipped += 1;
    }
    // "Trump on Tuesday said", "who in 2010 said": a time between the subject and its verb.
    if j >= lo + 3 && is_time_preposition(doc.tok(j - 2)) && is_time_word(doc.tok(j - 1)) {
        j -= 2;
        while j > lo && is_between_subject_and_verb(doc.tok(j - 1)) && skipped < MAX_BETWEEN {
            j -= 1;
            skipped += 1;
        }
    }
    // "went on to say", "goes on to write", "tried to explain": the subject of the verb that leads to the cue.
    if j > lo + 1 && doc.tok(j - 1) == "to" {
        let mut k = j - 1;
        if doc.tok(k - 1) == "on" {
            k -= 1;
        }
        if k > lo && is_lead_verb(doc.tok(k - 1)) {
            j = k - 1;
            while j > lo && is_between_subject_and_verb(doc.tok(j - 1)) && skipped < MAX_BETWEEN {
                j -= 1;
                skipped += 1;
            }
        }
    }
    // "Gov. John Kasich (R-OH), said": a stray comma after the party and state.
    if j > lo + 1 && doc.tok(j - 1) == "," && doc.tok(j - 2) == ")" {
        j -= 1;
    }
    if j > lo && doc.tok(j - 1) == ")" {
        j = matching_back(doc, j - 1, lo, "(")?;
    }
    // "Jason Sims — a teacher from Mount Pleasant — says": an appositive set off by dashes.
    if j > lo && matches!(doc.tok(j - 1), "—" | "–") {
        let dash = matching_back(doc, j - 1, lo, doc.tok(j - 1))?;
        return phrase_ending_at(doc, dash, lo).filter(|p| p.kind == SpeakerKind::Name);
    }
    if j > lo && doc.tok(j - 1) == "," {
        // An appositive: the subject ends before the opening comma.
        let comma = matching_back(doc, j - 1, lo, ",")?;
        let mut end = comma;
        // "Rep. Elijah Cummings (D-Md.), chair of the committee, said".
        if end > lo && doc.tok(end - 1) == ")" {
            end = matching_back(doc, end - 1, lo, "(")?;
        }
        let before = phrase_ending_at(doc, end, lo);
        // "Zentrane’s chief executive, Lauren Pike, said": a name set off after a role is the speaker, and what
        // the role names is their affiliation (or where the name says they work: "Their lawyer, Sofia Dragomir
        // of the Southern Justice Project, called …").
        let role = before.as_ref().filter(|p| p.kind != SpeakerKind::Name);
        let named = name_and_workplace(doc, comma + 1, j - 1).filter(|&(_, _, end)| end == j - 1);
        if let (Some(role), Some((name, workplace, _))) = (role, named) {
            let affiliation = workplace.or(role.affiliation.clone());
            return Some(Phrase { affiliation, ..name });
        }
        return before;
    }
    match phrase_ending_at(doc, j, lo) {
        // "Riders marching down Harbor Street chanted": a name after a preposition is its object, and the people
        // before the participle are the subject.
        Some(p) if p.tokens.start > lo && is_place_preposition(doc.tok(p.tokens.start - 1)) => {
            reduced_relative(doc, p.tokens.start, lo).or(Some(p))
        }
        found => found.or_else(|| reduced_relative(doc, j, lo)).or_else(|| {
            // Not a passive ("The new project will be dubbed the “…”"), and not a naming ("A band called
            // Sophistafunk got the crowd to cheer for “…”").
            let passive = (j..verb).any(|k| matches!(doc.tok(k), "be" | "been" | "being" | "was" | "were"));
            let naming = matches!(doc.tok(verb), "called" | "named" | "dubbed")
                && doc.tokens.get(verb + 1).is_some_and(|t| t.kind == TokenKind::Word)
                && doc.tok(verb + 1).starts_with(char::is_uppercase);
            if passive || naming {
                return None;
            }
            post_modified(doc, j, lo).or_else(|| determined(doc, j, lo))
        }),
    }
}

/// How many words a post-modifier between a subject and its verb may run to.
const MAX_POST_MODIFIER: usize = 10;

/// "A White House official who spoke anonymously to discuss strategy said", "Another source familiar with
/// Cruz’s thinking said": a speaker described before a relative clause or an adjective's phrase that runs,
/// without punctuation, up to the verb at token `j`.
fn post_modified(doc: &Doc, j: usize, lo: usize) -> Option<Phrase> {
    let floor = j.saturating_sub(MAX_POST_MODIFIER).max(lo + 1);
    let plain = |k: usize| is_word(doc, k) || doc.tokens[k].kind == TokenKind::Clitic;
    let k = (floor..j)
        .rev()
        .take_while(|&k| plain(k))
        .find(|&k| matches!(doc.tok(k), "who" | "familiar" | "close" | "briefed"))?;
    phrase_ending_at(doc, k, lo).filter(|p| p.kind != SpeakerKind::Name || p.tokens.len() > 1)
}

/// "The cups said", "the Lincoln actor says", "the bespectacled, 71-year-old diplomat said", "Yet another
/// said": a determiner at the start of a clause and a few words ending in a lower-case noun right before the
/// verb at token `j` describe its speaker, whatever the noun; a quantifier alone ("another", "some") is someone
/// unnamed.
fn determined(doc: &Doc, j: usize, lo: usize) -> Option<Phrase> {
    let clause_start = |d: usize| {
        d == lo
            || d == 0
            || matches!(doc.tok(d - 1), "." | "!" | "?" | "," | ";" | ":" | "—" | "“" | "\"" | "”")
            || ["and", "but", "yet", "so", "while"].iter().any(|c| c.eq_ignore_ascii_case(doc.tok(d - 1)))
            || newline_before(doc, d)
    };
    if j <= lo {
        return None;
    }
    let last = j - 1;
    const ALONE: &[&str] = &["another", "others", "some", "many", "most", "several", "both"];
    if ALONE.iter().any(|w| w.eq_ignore_ascii_case(doc.tok(last))) && clause_start(last) {
        return Some(Phrase::new(last..j, SpeakerKind::Description));
    }
    // The head is a noun: not a verb's form ("began taking calls"), nor the "so" of "so called".
    let head = doc.tok(last);
    let noun = is_word(doc, last)
        && head.starts_with(char::is_lowercase)
        && !is_cue_verb(head)
        && !head.ends_with("ing")
        && !head.eq_ignore_ascii_case("so");
    if !noun {
        return None;
    }
    let floor = j.saturating_sub(MAX_PHRASE).max(lo);
    let mut k = last;
    while k > floor {
        let w = doc.tok(k - 1);
        if is_determiner(w) {
            let d = k - 1;
            return clause_start(d).then(|| Phrase::new(d..j, description_kind(doc, d, last)));
        }
        // Words, numbers ("71-year-old") and the comma between two adjectives; a capitalised word only before
        // another or the head ("the Lincoln actor", not "the Rev. Al Sharpton began taking").
        let capital_ok = !w.starts_with(char::is_uppercase) || k == last || doc.tok(k).starts_with(char::is_uppercase);
        let joins = matches!(doc.tokens[k - 1].kind, TokenKind::Number)
            || is_word(doc, k - 1)
                && capital_ok
                && !w.ends_with("ing")
                && !is_cue_verb(w)
                && !is_between_subject_and_verb(w)
                && !governs_object(w)
            || w == "," && k >= 2 && doc.tok(k - 2).starts_with(char::is_lowercase) && is_word(doc, k - 2);
        if !joins {
            return None;
        }
        k -= 1;
    }
    None
}

/// Whether a line break stands between token `i - 1` and token `i`.
pub fn newline_before(doc: &Doc, i: usize) -> bool {
    i > 0 && i < doc.tokens.len() && doc.text[doc.tokens[i - 1].end..doc.tokens[i].start].contains('\n')
}

/// A preposition before a name that makes it no subject, including those of motion ("marching down Harbor
/// Street", "through Eastport").
fn is_place_preposition(w: &str) -> bool {
    const MOTION: &[&str] = &["down", "up", "through", "across", "along", "past", "around", "outside", "inside"];
    governs_object(w) || MOTION.iter().any(|m| m.eq_ignore_ascii_case(w))
}

/// How many words a participle phrase between a subject and its verb may run to.
const MAX_PARTICIPLE_PHRASE: usize = 6;

/// "Protesters marching through the streets chanted": the subject before a participle phrase that ends at
/// token `j` (lower-case words only, no punctuation).
fn reduced_relative(doc: &Doc, j: usize, lo: usize) -> Option<Phrase> {
    let floor = j.saturating_sub(MAX_PARTICIPLE_PHRASE).max(lo + 1);
    let lower = |k: usize| is_word(doc, k) && doc.tok(k).starts_with(|c: char| c.is_lowercase());
    let mut m = j;
    while m > floor && lower(m - 1) {
        m -= 1;
        let w = doc.tok(m);
        if w.len() > 4 && w.ends_with("ing") && !is_cue_verb(w) {
            // People by role ("Protesters", "officials"), not a place or a name, which a participle follows as
            // often as it follows its subject ("… in Oklahoma City saying …").
            // A capital only where the sentence opens: "Judge Berman professing" is a name whatever it ends in.
            let noun = doc.tok(m - 1);
            let opens = m == 1 || matches!(doc.tok(m - 2), "." | "!" | "?" | "”" | "\"" | "“");
            // A plural opening the sentence is people whatever the noun ("Riders marching …").
            let listed = is_speaker_noun(&noun.to_ascii_lowercase());
            let people = (opens || noun.starts_with(char::is_lowercase)) && listed || opens && noun.ends_with('s');
            return phrase_ending_at(doc, m, lo).filter(|p| people && p.kind != SpeakerKind::OrgReference);
        }
    }
    None
}

/// Verbs that lead through "to" to a verb of saying: "went on to say", "tried to explain".
fn is_lead_verb(w: &str) -> bool {
    #[rustfmt::skip]
    const VERBS: &[&str] = &[
        "went", "goes", "go", "continued", "continues", "tried", "tries", "began", "begins", "proceeded", "decided",
        "moved", "rushed", "seemed", "appeared", "wanted", "sought", "hastened", "used",
    ];
    VERBS.contains(&w)
}

fn is_time_preposition(w: &str) -> bool {
    ["in", "on", "last", "this", "earlier", "late", "early"].iter().any(|p| p.eq_ignore_ascii_case(w))
}

/// A year, a day or a month, or "week", "month", "year": "in 2010", "on Tuesday", "last week".
fn is_time_word(w: &str) -> bool {
    #[rustfmt::skip]
    const TIMES: &[&str] = &[
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend",
    ];
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())) || TIMES.iter().any(|t| t.eq_ignore_ascii_case(w))
}

/// The index of the nearest token `open` before `close` (exclusive), within `MAX_CLAUSE` tokens and not before `lo`.
fn matching_back(doc: &Doc, close: usize, lo: usize, open: &str) -> Option<usize> {
    let floor = close.saturating_sub(MAX_CLAUSE).max(lo);
    (floor..close).rev().find(|&k| doc.tok(k) == open)
}

/// The speaker phrase whose last token is `end - 1`.
pub fn phrase_ending_at(doc: &Doc, end: usize, lo: usize) -> Option<Phrase> {
    if end <= lo {
        return None;
    }
    let last = end - 1;
    let w = doc.tok(last);
    if let Some(kind) = pronoun_kind(w) {
        return Some(Phrase::new(last..end, kind));
    }
    // "One of them", "some of us": someone unnamed from a group.
    if matches!(w.to_ascii_lowercase().as_str(), "them" | "us" | "those") {
        return one_of(doc, last, lo).map(|start| Phrase::new(start..end, SpeakerKind::Description));
    }
    // A lower-case title that ends the phrase is a role, not part of a name: "the prime minister said".
    let role = w.starts_with(char::is_lowercase) && is_title(w);
    if name_part(doc, last) && !role {
        let floor = end.saturating_sub(MAX_PHRASE).max(lo);
        let mut k = last;
        while k > floor && (name_part(doc, k - 1) || is_name_particle(doc.tok(k - 1)) && k - 1 > floor) {
            k -= 1;
        }
        while k < last && is_name_particle(doc.tok(k)) {
            k += 1;
        }
        // A capitalised verb of saying alone opens a sentence ("Calls men derogatory names"), it names no one.
        if k == last && is_cue_verb(w) {
            return None;
        }
        let k = across_of(doc, k, lo);
        return Some(role_for(doc, k, end, lo).unwrap_or_else(|| Phrase {
            affiliation: affiliation_before(doc, k, lo),
            ..Phrase::new(k..end, SpeakerKind::Name)
        }));
    }
    if is_word(doc, last) && (is_speaker_noun(w) || role) {
        return Some(description_ending_at(doc, last, lo));
    }
    role_of_a_field(doc, end, lo)
}

/// "its head of film", "the director of corporate communications": a role over a field, the field in one or
/// two lower-case words after "of".
fn role_of_a_field(doc: &Doc, end: usize, lo: usize) -> Option<Phrase> {
    let lower = |i: usize| lower_word(doc, i);
    let of = (end.saturating_sub(3)..end - 1).rev().find(|&i| i > lo && doc.tok(i) == "of")?;
    let role = of - 1;
    let w = doc.tok(role);
    let is_role = lower(role) && (is_speaker_noun(w) || is_title(w) || w == "head") && !is_document_noun(w);
    if !is_role || !(of + 1..end).all(lower) {
        return None;
    }
    let d = description_ending_at(doc, role, lo);
    Some(Phrase { tokens: d.tokens.start..end, ..d })
}

/// "Sen. Ted Cruz of Texas", "Department of Homeland Security", "Secretary of State John Kerry": a name that
/// starts at token `k` goes on back across "of" or "from" to a title, an organization word, or a name in
/// mid-sentence (not "Supporters of Trump", where the capital only opens the sentence).
fn across_of(doc: &Doc, k: usize, lo: usize) -> usize {
    let capital = |i: usize| doc.tok(i).starts_with(char::is_uppercase);
    if k < lo + 2 || !matches!(doc.tok(k - 1), "of" | "from") || !name_part(doc, k - 2) || !capital(k - 2) {
        return k;
    }
    let w = doc.tok(k - 2);
    let opens = k - 2 == 0 || matches!(doc.tok(k - 3), "." | "!" | "?" | "“" | "\"" | ":" | "—");
    if !(is_title(w) || is_org_noun(&w.to_ascii_lowercase()) || !opens) {
        return k;
    }
    let floor = (k - 2).saturating_sub(MAX_PHRASE).max(lo);
    let mut j = k - 2;
    while j > floor && name_part(doc, j - 1) {
        j -= 1;
    }
    j
}

/// "a spokesperson for the Department of Homeland Security", "the senator from Massachusetts", "an analyst at
/// Morgan Stanley": a role and a preposition before the name at `k..end` make a description of someone
/// unnamed, and the name is what they speak for.
fn role_for(doc: &Doc, k: usize, end: usize, lo: usize) -> Option<Phrase> {
    let mut p = k.checked_sub(1).filter(|&p| p > lo)?;
    let mut aff = k;
    // "a spokesman for landlord Greystone Partners": any one lower-case noun right after the preposition says
    // what kind of body the name is.
    let kind_after_preposition = p > lo + 1
        && lower_word(doc, p)
        && !is_determiner(doc.tok(p))
        && !is_role_preposition(doc.tok(p))
        && is_role_preposition(doc.tok(p - 1));
    if lower_word(doc, p) && (crate::entities::is_company_noun(doc.tok(p)) || kind_after_preposition) {
        // "a spokesperson for the trade group Digital Commerce Alliance": the kind of body comes between the
        // preposition and the name, a noun and up to two words before it.
        let mut n = 0;
        while n < 2
            && p > lo + 1
            && lower_word(doc, p - 1)
            && !is_determiner(doc.tok(p - 1))
            && !is_role_preposition(doc.tok(p - 1))
        {
            p -= 1;
            n += 1;
        }
        p = p.checked_sub(1).filter(|&p| p > lo)?;
        if doc.tok(p).eq_ignore_ascii_case("the") {
            p = p.checked_sub(1).filter(|&p| p > lo)?;
        }
    } else if doc.tok(p).eq_ignore_ascii_case("the") {
        aff = p;
        p = p.checked_sub(1).filter(|&p| p > lo)?;
    }
    let prep = doc.tok(p);
    let mut role = p.checked_sub(1)?;
    // "people close to the talks", "a source close to Arkwright".
    let close = prep == "to" && doc.tok(role) == "close" && role > lo;
    if close {
        role -= 1;
    }
    // A person's role, not a writing: "a statement from Corwin Hale" is Hale's. Capitalised only where it opens
    // its sentence ("Analysts at Castor Securities called it …").
    let lower = doc.tok(role).starts_with(char::is_lowercase) || doc.opens_sentence(role);
    let is_role = is_word(doc, role) && lower && is_speaker_noun(doc.tok(role)) && !is_document_noun(doc.tok(role));
    // "an aide to Arkwright": who works for someone, not who writes or speaks to them ("a letter to …").
    let to = close || prep == "to" && is(doc.tok(role), SERVES);
    if !(is_role_preposition(prep) || to) || !is_role {
        return None;
    }
    let d = description_ending_at(doc, role, lo);
    Some(Phrase { tokens: d.tokens.start..end, kind: SpeakerKind::Description, affiliation: Some(aff..end) })
}

/// The prepositions between a role and what it speaks for: "a spokesperson for", "an analyst at".
fn is_role_preposition(w: &str) -> bool {
    matches!(w, "for" | "at" | "from" | "with" | "of")
}

/// Roles that serve someone: "an aide to Arkwright", "an adviser to the prime minister".
const SERVES: &[&str] =
    &["aide", "aides", "adviser", "advisers", "advisor", "advisors", "assistant", "assistants", "counsel"];

/// Whether token `i` is a word in lower case.
fn lower_word(doc: &Doc, i: usize) -> bool {
    is_word(doc, i) && doc.tok(i).starts_with(char::is_lowercase)
}

fn is(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// "Brightwell spokeswoman Dana Cole", "White House press secretary Josh Earnest": the capitalised words before
/// the role that comes before the name starting at `k`.
fn affiliation_before(doc: &Doc, k: usize, lo: usize) -> Option<Range<usize>> {
    let mut j = k;
    let mut lower = 0;
    while j > lo && is_word(doc, j - 1) && doc.tok(j - 1).starts_with(char::is_lowercase) && lower < 3 {
        j -= 1;
        lower += 1;
    }
    if lower == 0 || !is_speaker_noun(doc.tok(k - 1)) {
        return None;
    }
    let end = j;
    let floor = end.saturating_sub(MAX_PHRASE).max(lo);
    while j > floor && name_part(doc, j - 1) {
        j -= 1;
    }
    (j < end).then_some(j..end)
}

/// "one of", "some of", "two of": the quantifier before the "of" just before token `k`, where a phrase for
/// someone unnamed from a group starts.
fn one_of(doc: &Doc, k: usize, lo: usize) -> Option<usize> {
    #[rustfmt::skip]
    const QUANTIFIERS: &[&str] = &[
        "one", "two", "three", "some", "many", "most", "several", "each", "none", "few", "both", "all", "another",
        "either", "neither", "any",
    ];
    let q = k.checked_sub(2).filter(|&q| q >= lo && doc.tok(q + 1).eq_ignore_ascii_case("of"))?;
    QUANTIFIERS.iter().any(|w| w.eq_ignore_ascii_case(doc.tok(q))).then_some(q)
}

/// "a spokesperson", "the company", "White House press secretary", "officials": back to a determiner, or on to
/// the quantifier of "one of the protesters".
fn description_ending_at(doc: &Doc, head: usize, lo: usize) -> Phrase {
    let floor = (head + 1).saturating_sub(MAX_PHRASE).max(lo);
    let mut k = head;
    let mut start = head;
    while k > floor {
        let w = doc.tok(k - 1);
        if is_determiner(w) {
            start = k - 1;
            break;
        }
        // A number glued into a modifier joins like a word: "the 34-year-old nurse", "a 9/11 widow".
        let joins = matches!(doc.tokens[k - 1].kind, TokenKind::Clitic | TokenKind::Number)
            || is_word(doc, k - 1) && !is_cue_verb(w) && !is_between_subject_and_verb(w) && !is_not_name(w);
        if !joins {
            break;
        }
        k -= 1;
        start = k;
    }
    // "Zentrane’s chief executive": the possessor is the affiliation.
    let possessor = (start..head).find(|&c| doc.tokens[c].kind == TokenKind::Clitic && c > start);
    let start = one_of(doc, start, lo).unwrap_or(start);
    Phrase {
        affiliation: possessor.map(|c| start..c),
        ..Phrase::new(start..head + 1, description_kind(doc, start, head))
    }
}

fn description_kind(doc: &Doc, start: usize, head: usize) -> SpeakerKind {
    if is_org_noun(doc.tok(head)) && doc.tok(start).eq_ignore_ascii_case("the") {
        SpeakerKind::OrgReference
    } else {
        SpeakerKind::Description
    }
}

/// The speaker phrase starting at token `i` and ending before token `hi`: "said Droege", "said a spokesperson",
/// "according to the company".
pub fn phrase_starting_at(doc: &Doc, i: usize, hi: usize) -> Option<Phrase> {
    if i >= hi {
        return None;
    }
    let w = doc.tok(i);
    if let Some(kind) = pronoun_kind(w) {
        return Some(Phrase::new(i..i + 1, kind));
    }
    let ceil = (i + MAX_PHRASE).min(hi);
    // "said former Sen. Evan Bayh": a modifier of the title belongs to the speaker.
    // A capitalised verb of saying opens a sentence, not a name: "Calls men derogatory names".
    let verb_alone = is_cue_verb(w) && !(i + 1 < ceil && name_part(doc, i + 1));
    let named = !verb_alone && (name_part(doc, i) || is_name_modifier(w) && i + 1 < ceil && name_part(doc, i + 1));
    if named {
        let mut k = i + 1;
        loop {
            if k < ceil && (name_part(doc, k) || is_name_particle(doc.tok(k)) && k + 1 < ceil && name_part(doc, k + 1))
            {
                k += 1;
            } else if let Some(e) = (k < ceil).then(|| nickname_end(doc, k, ceil)).flatten() {
                k = e; // Marcia “Cia” Price
            } else {
                break;
            }
        }
        // "reply Burton and Nick.": two people speak together; the span names both (it links to the first).
        if k + 1 < hi && doc.tok(k) == "and" && name_part(doc, k + 1) {
            let ceil = (k + 1 + MAX_PHRASE).min(hi);
            let end = (k + 1..ceil).find(|&j| !name_part(doc, j)).unwrap_or(ceil);
            if end >= hi || matches!(doc.tok(end), "." | "," | ";") {
                k = end;
            }
        }
        // "said Velmora senior vice president Ana Duarte", "said Velmora's head of research, Ana Duarte": the
        // person a lower-case role introduces is the speaker, and the name before the role what they speak for.
        let not_name = |w: &str| !is_name_word(w) || is_title(w) || is_name_modifier(w);
        // ("Former Kestrel striker Lee Harlow": a modifier before the name is no part of what it names.)
        let first = (i..k).find(|&j| !is_name_modifier(doc.tok(j))).unwrap_or(k);
        let names_end = (first..k).find(|&j| not_name(doc.tok(j))).unwrap_or(k);
        if names_end > first {
            if let Some(person) = person_after_role(doc, names_end, hi) {
                return Some(Phrase { tokens: person, kind: SpeakerKind::Name, affiliation: Some(first..names_end) });
            }
        }
        // A title alone ("President") is a description of a person, still a fine speaker span.
        return Some(Phrase::new(i..k, SpeakerKind::Name));
    }
    let det = is_determiner(w);
    // "according to the Daily Caller", "said the Rev. Peter Wherry": "the" and a name (a title, a paper).
    if w.eq_ignore_ascii_case("the") && i + 1 < ceil && name_part(doc, i + 1) {
        let end = (i + 1..ceil).find(|&k| !name_part(doc, k)).unwrap_or(ceil);
        // Not "the White House spokesman", "The Democratic presidential candidate": a name that modifies a noun
        // (after up to two lower-case words) is part of a description.
        let noun_after = (end..ceil.min(end + 3))
            .take_while(|&k| is_word(doc, k) && doc.tok(k).starts_with(char::is_lowercase))
            .any(|k| is_speaker_noun(doc.tok(k)));
        if !noun_after {
            return Some(Phrase::new(i..end, SpeakerKind::Name));
        }
    }
    let mut k = if det { i + 1 } else { i };
    while k < ceil {
        let t = doc.tok(k);
        if is_word(doc, k) && is_speaker_noun(t) {
            let mut end = k + 1;
            // "the company’s spokesman": keep going to the last noun.
            while end < ceil && (is_speaker_noun(doc.tok(end)) || matches!(doc.tokens[end].kind, TokenKind::Clitic)) {
                end += 1;
            }
            while end > k + 1 && !is_speaker_noun(doc.tok(end - 1)) {
                end -= 1;
            }
            // "said election lawyer Joe Birkenstock": the role and then the name.
            let name_end =
                (end..hi.min(end + MAX_PHRASE)).find(|&j| !name_part(doc, j)).unwrap_or(hi.min(end + MAX_PHRASE));
            if name_end > end {
                return Some(Phrase::new(i..name_end, SpeakerKind::Name));
            }
            return Some(Phrase::new(i..end, description_kind(doc, i, end - 1)));
        }
        let clitic = doc.tokens[k].kind == TokenKind::Clitic;
        // A number glued into a modifier reads like a word: "9/11 widow", "a 23-year-old student".
        let number = doc.tokens[k].kind == TokenKind::Number;
        // Without a determiner, only a few lower-case words may lead to the role ("election lawyer").
        // Not a preposition: "“clawed back” for responsible executives" names no one.
        let modifier = !det
            && k < i + MAX_MODIFIERS
            && (number || is_word(doc, k) && t.starts_with(char::is_lowercase) && !governs_object(t));
        // "his niece, Marcia Price, said": after a determiner, any lower-case noun describes the person named in
        // apposition after it.
        if det && t == "," && k > i + 1 && doc.tok(k - 1).starts_with(char::is_lowercase) {
            let named = named_in_apposition(doc, Phrase::new(i..k, SpeakerKind::Description), hi);
            return (named.kind == SpeakerKind::Name).then_some(named);
        }
        if !(det || modifier) || !(is_word(doc, k) || clitic || number) || is_cue_verb(t) {
            return None;
        }
        // "said the 46-year-old.": a determiner and an age alone describe the speaker when the clause ends there.
        let ends = k + 1 >= hi || matches!(doc.tok(k + 1), "." | "," | ";");
        if det && number && k == i + 1 && ends && t.contains("-old") {
            return Some(Phrase::new(i..k + 1, SpeakerKind::Description));
        }
        // "said 9/11 widow Terry Strada": a name that ends the clause after a few lower-case words, which are
        // its role whatever the noun.
        let role = |j: usize| !kinds_of(doc.tok(j), &mut String::new()).has(Kind::Stop);
        if modifier && k + 1 < ceil && name_part(doc, k + 1) && (i..=k).all(role) {
            let ceil = hi.min(k + 1 + MAX_PHRASE);
            let name_end = (k + 1..ceil).find(|&j| !name_part(doc, j)).unwrap_or(ceil);
            if name_end >= hi || matches!(doc.tok(name_end), "," | "." | ";" | "(") {
                return Some(Phrase::new(i..name_end, SpeakerKind::Name));
            }
        }
        k += 1;
    }
    None
}

/// "Her neighbour, Kwame Asante, disagreed", "said her editor, Felix Amundsen.": the person named in apposition
/// right after a description of them (up to a comma or the clause's end) is the speaker, with what the
/// description says they speak for; any other phrase stays as it is. `hi` bounds the name.
pub fn named_in_apposition(doc: &Doc, p: Phrase, hi: usize) -> Phrase {
    let e = p.tokens.end;
    if p.kind != SpeakerKind::Description || e + 1 >= hi || doc.tok(e) != "," {
        return p;
    }
    match name_and_workplace(doc, e + 1, hi) {
        Some((n, workplace, end)) if end >= hi || matches!(doc.tok(end), "," | "." | ";") => {
            Phrase { affiliation: workplace.or(p.affiliation.clone()), ..n }
        }
        _ => p,
    }
}

/// The name starting at token `start`, and where the person works when capitalised words after "of", "at" or
/// "from" follow it ("Sofia Dragomir of the Southern Justice Project"), with the token where both end.
fn name_and_workplace(doc: &Doc, start: usize, hi: usize) -> Option<(Phrase, Option<Range<usize>>, usize)> {
    let n = phrase_starting_at(doc, start, hi).filter(|n| n.kind == SpeakerKind::Name)?;
    let end = n.tokens.end;
    if end + 1 < hi && matches!(doc.tok(end), "of" | "at" | "from") {
        let from = end + 1 + usize::from(doc.tok(end + 1) == "the");
        let capital = |j: usize| is_word(doc, j) && doc.tok(j).starts_with(char::is_uppercase);
        let words = (from..hi.min(from + MAX_PHRASE)).take_while(|&j| capital(j) || doc.tok(j) == "of").count();
        if words > 0 && capital(from) {
            return Some((n, Some(end + 1..from + words), from + words));
        }
    }
    Some((n, None, end))
}

/// How many lower-case words a role after a name may take: "senior vice president".
const MAX_ROLE: usize = 4;

/// The person's name after a name's lower-case role, from token `j` (after the name): "[’s] senior vice
/// president Ana Duarte", "’s head of research, Ana Duarte". `None` unless the name ends the clause.
fn person_after_role(doc: &Doc, mut j: usize, hi: usize) -> Option<Range<usize>> {
    let possessive = j < hi && doc.tokens[j].kind == TokenKind::Clitic;
    if possessive {
        j += 1;
    }
    let lower =
        |m: usize| m < hi && is_word(doc, m) && doc.tok(m).starts_with(char::is_lowercase) && !is_cue_verb(doc.tok(m));
    let is_role = |w: &str| is_title(w) || is_speaker_noun(w) || w == "head";
    let start = j;
    let mut role_end = None;
    while j < start + MAX_ROLE && lower(j) && !governs_object(doc.tok(j)) {
        if is_role(doc.tok(j)) {
            role_end = Some(j + 1);
        }
        j += 1;
    }
    // "Scott’s niece, Marcia Price,": set off by commas after a possessive, any lower-case noun is a role.
    let set_off = possessive && j > start && j < hi && doc.tok(j) == ",";
    // "Former Kestrel striker Lee Harlow": one or two lower-case words right before a listed given name are the
    // role of the person it opens, whatever the noun.
    let mut buf = String::new();
    let before_given = j > start
        && j - start <= 2
        && j < hi
        && is_word(doc, j)
        && doc.tok(j).starts_with(char::is_uppercase)
        && (start..j).all(|m| !kinds_of(doc.tok(m), &mut buf).has(Kind::Stop))
        && kinds_of(doc.tok(j), &mut buf).has(Kind::GivenName);
    let mut j = role_end.or((set_off || before_given).then_some(j))?;
    // "head of research": a preposition and one or two words of what the role covers.
    if lower(j) && governs_object(doc.tok(j)) {
        let object_end = (j + 1..j + 3).take_while(|&m| lower(m) && !governs_object(doc.tok(m))).last()?;
        j = object_end + 1;
    }
    if j < hi && doc.tok(j) == "," {
        j += 1;
    }
    // "…, state Del. Marcia Price": a lower-case word before a title (or an abbreviated one) is no part of the
    // name.
    let titled = |w: &str| is_title(w) || w.len() <= 5 && w.ends_with('.') && w.starts_with(char::is_uppercase);
    if lower(j) && j + 1 < hi && titled(doc.tok(j + 1)) {
        j += 1;
    }
    let ceil = hi.min(j + MAX_PHRASE);
    let mut end = j;
    while end < ceil {
        if name_part(doc, end) {
            end += 1;
        } else if let Some(e) = nickname_end(doc, end, ceil) {
            end = e;
        } else {
            break;
        }
    }
    let clause_ends = end >= hi || matches!(doc.tok(end), "," | "." | ";" | "(");
    (end > j && clause_ends && is_name_word(doc.tok(j)) && !is_title(doc.tok(end - 1))).then_some(j..end)
}

/// Where a nickname in quote marks inside a name ends ("Marcia “Cia” Price"): one or two capitalised words
/// between a capitalised word and the rest of the name. `None` when token `v` opens no such nickname.
pub fn nickname_end(doc: &Doc, v: usize, hi: usize) -> Option<usize> {
    let capital = |k: usize| doc.tokens[k].kind == TokenKind::Word && doc.tok(k).starts_with(char::is_uppercase);
    if !(matches!(doc.tok(v), "\"" | "“") && v > 0 && capital(v - 1)) {
        return None;
    }
    let close = (v + 2..(v + 4).min(hi)).find(|&k| matches!(doc.tok(k), "\"" | "”"))?;
    ((v + 1..close).all(capital) && close + 1 < hi && capital(close + 1)).then_some(close + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn before(text: &str, verb: &str) -> Option<String> {
        let doc = Doc::new(text);
        let v = (0..doc.tokens.len()).find(|&i| doc.tok(i) == verb)?;
        subject_before(&doc, v, 0).map(|p| text[p.bytes(&doc)].to_string())
    }

    fn after(text: &str, word: &str) -> Option<String> {
        let doc = Doc::new(text);
        let i = (0..doc.tokens.len()).find(|&i| doc.tok(i) == word)?;
        phrase_starting_at(&doc, i, doc.tokens.len()).map(|p| text[p.bytes(&doc)].to_string())
    }

    #[test]
    fn subjects() {
        assert_eq!(before("and Jason Droege said", "said").as_deref(), Some("Jason Droege"));
        assert_eq!(before("But Sen. Ted Cruz (R-Texas) also said", "said").as_deref(), Some("Sen. Ted Cruz"));
        assert_eq!(before("Droege, who joined in May, said", "said").as_deref(), Some("Droege"));
        assert_eq!(before("Droege, the chief executive, told", "told").as_deref(), Some("Droege"));
        assert_eq!(before("so a spokesperson said", "said").as_deref(), Some("a spokesperson"));
        assert_eq!(before("White House press spokesman Josh Earnest said", "said").as_deref(), Some("Josh Earnest"));
        assert_eq!(before("and he added", "added").as_deref(), Some("he"));
        // Any noun after a determiner that opens the clause describes the subject of a verb of saying, as news
        // lets things say ("The sign said", "Her economic plan promises"); not after a preposition, not a
        // passive, not a verb's form.
        assert_eq!(before("The sign said", "said").as_deref(), Some("The sign"));
        assert_eq!(before("in front of the weather said", "said"), None);
        assert_eq!(before("The plan will be dubbed", "dubbed"), None);
        assert_eq!(before("the Rev. Al Sharpton began taking calls", "calls"), None);
        assert_eq!(before("The prime minister said", "said").as_deref(), Some("The prime minister"));
        assert_eq!(before("and Trump on Tuesday said", "said").as_deref(), Some("Trump"));
        assert_eq!(before("McConnell, the leader, who in 2010 said", "said").as_deref(), Some("who"));
        // Regression (PolNeAR dev): a participle phrase between the subject and its verb.
        assert_eq!(before("Protesters marching through the streets chanted", "chanted").as_deref(), Some("Protesters"));
        assert_eq!(before("the rain falling on the streets chanted", "chanted"), None);
        assert_eq!(before("And yet here was Judge Okafor professing his inability to tell", "tell"), None);
        // Regressions (PolNeAR train): a stray comma after the party, an appositive between dashes.
        assert_eq!(before("Gov. John Kasich (R-OH), said", "said").as_deref(), Some("Gov. John Kasich"));
        assert_eq!(before("Jason Sims — a teacher from Ohio — says", "says").as_deref(), Some("Jason Sims"));
        assert_eq!(before("the plan — which failed — said", "said"), None);
        // Regression (PolNeAR train): a number in the description cut it to its last word.
        assert_eq!(before("the 34-year-old mother replied", "replied").as_deref(), Some("the 34-year-old mother"));
    }

    #[test]
    fn inverted() {
        assert_eq!(after("said Charles de Gaulle, the", "Charles").as_deref(), Some("Charles de Gaulle"));
        assert_eq!(after("said a company spokesman for", "a").as_deref(), Some("a company spokesman"));
        assert_eq!(after("said the company", "the").as_deref(), Some("the company"));
        assert_eq!(after("said the weather", "the"), None);
        assert_eq!(after("according to the Daily Caller, the", "the").as_deref(), Some("the Daily Caller"));
        assert_eq!(after("said the Rev. Peter Wherry, of", "the").as_deref(), Some("the Rev. Peter Wherry"));
        assert_eq!(after("said the White House spokesman", "the").as_deref(), Some("the White House spokesman"));
        // Regression (PolNeAR train): lower-case words between the capitalised one and the role.
        assert_eq!(
            after("said the Democratic presidential candidate.", "the").as_deref(),
            Some("the Democratic presidential candidate")
        );
        assert_eq!(
            after("said election lawyer Joe Birkenstock.", "election").as_deref(),
            Some("election lawyer Joe Birkenstock")
        );
        assert_eq!(after("said the weather was", "the"), None);
        // Regression (PolNeAR dev): a number in the role's modifiers ended the phrase.
        assert_eq!(after("said 9/11 widow Terry Strada.", "9/11").as_deref(), Some("9/11 widow Terry Strada"));
        assert_eq!(after("said a 23-year-old student.", "a").as_deref(), Some("a 23-year-old student"));
        assert_eq!(after("said 5 percent", "5"), None);
        assert_eq!(after("said the 46-year-old.", "the").as_deref(), Some("the 46-year-old"));
        assert_eq!(after("said the 1990s.", "the"), None);
        assert_eq!(
            after("said longtime resident Ana Ruiz, who", "longtime").as_deref(),
            Some("longtime resident Ana Ruiz")
        );
        assert_eq!(after("said yesterday morning Ana Ruiz would", "yesterday"), None);
        assert_eq!(after("while Trump refers", "while"), None);
        assert_eq!(after("but Trump.", "but"), None);
        assert_eq!(after("reply Burton and Nick.", "Burton").as_deref(), Some("Burton and Nick"));
        assert_eq!(after("said Trump and his allies", "Trump").as_deref(), Some("Trump"));
        // Regression (PolNeAR dev): a preposition was taken for a modifier of the role.
        assert_eq!(after("back” for responsible executives, Clinton", "for"), None);
    }

    #[test]
    fn a_name_in_apposition_to_a_description() {
        let read = |text: &str| {
            let doc = Doc::new(text);
            let n = doc.tokens.len();
            let p = phrase_starting_at(&doc, 0, n).unwrap();
            let p = named_in_apposition(&doc, p, n);
            text[p.bytes(&doc)].to_string()
        };
        assert_eq!(read("Her neighbour, Kwame Asante, disagreed"), "Kwame Asante");
        assert_eq!(read("A spokeswoman, Dana Cole, said"), "Dana Cole");
        // Not a list of descriptions, nor a name that does not close its apposition.
        assert_eq!(read("Her neighbour, the teacher, disagreed"), "Her neighbour");
        assert_eq!(read("Her neighbour, Kwame Asante and others disagreed"), "Her neighbour");
        assert_eq!(read("her longtime editor, Felix Amundsen."), "Felix Amundsen");
        // Where the person works may follow the name (a probe article: the speaker was "Their lawyer").
        assert_eq!(read("Their lawyer, Sofia Dragomir of the Southern Justice Project, called"), "Sofia Dragomir");
        assert_eq!(read("A spokesman, Ivo Lenz at Harwick Bank, said"), "Ivo Lenz");
        assert_eq!(read("Their lawyer, Sofia Dragomir of the firm, said"), "Their lawyer");
        // A name is left as it is.
        assert_eq!(read("Kwame Asante, a neighbour, disagreed"), "Kwame Asante");
    }

    fn affiliation_after(text: &str, word: &str) -> Option<String> {
        let doc = Doc::new(text);
        let i = (0..doc.tokens.len()).find(|&i| doc.tok(i) == word)?;
        let a = phrase_starting_at(&doc, i, doc.tokens.len())?.affiliation?;
        Some(text[doc.tokens[a.start].start..doc.tokens[a.end - 1].end].to_string())
    }

    #[test]
    fn inverted_role_after_a_name() {
        // Regressions: the organization before a lower-case role was the speaker, or the phrase ended inside
        // the role ("Quintessa chief").
        for (text, person, org) in [
            ("said Velmora senior vice president Ana Duarte.", "Ana Duarte", "Velmora"),
            ("said Velmora’s head of research, Ana Duarte.", "Ana Duarte", "Velmora"),
            ("said Quintessa chief technology officer Bram Oosterveld.", "Bram Oosterveld", "Quintessa"),
            ("said Orlen Bank economist Tove Ring, who", "Tove Ring", "Orlen Bank"),
        ] {
            let first = text.split_whitespace().nth(1).unwrap().trim_end_matches("’s");
            assert_eq!(after(text, first).as_deref(), Some(person), "{text}");
            assert_eq!(affiliation_after(text, first).as_deref(), Some(org), "{text}");
        }
        // No person after the role, or the clause goes on: the name as before.
        assert_eq!(after("said Velmora officials.", "Velmora").as_deref(), Some("Velmora"));
        assert_eq!(after("said Velmora senior vice president Ana Duarte would", "Velmora").as_deref(), Some("Velmora"));
        // Regression (PolNeAR train): a capitalised modifier of the role is no organization.
        let t = "Former secretary of state Hillary Rodham Clinton:";
        assert_eq!(affiliation_after(t, "Former"), None);
    }

    fn affiliation(text: &str, verb: &str) -> Option<String> {
        let doc = Doc::new(text);
        let v = (0..doc.tokens.len()).find(|&i| doc.tok(i) == verb)?;
        let p = subject_before(&doc, v, 0)?;
        let a = p.affiliation.clone().or_else(|| title_affiliation(&doc, &p))?;
        Some(text[doc.tokens[a.start].start..doc.tokens[a.end - 1].end].to_string())
    }

    #[test]
    fn issue_11_roles_and_affiliations() {
        // Regressions (issue 11): the organization or place after a role was read as the speaker.
        let t = "a spokesperson for the Department of Homeland Security said";
        assert_eq!(before(t, "said").as_deref(), Some("a spokesperson for the Department of Homeland Security"));
        assert_eq!(affiliation(t, "said").as_deref(), Some("the Department of Homeland Security"));
        assert_eq!(
            before("the senator from Massachusetts said", "said").as_deref(),
            Some("the senator from Massachusetts")
        );
        // A name goes on across "of" to a title or a name, not to a capital that only opens the sentence.
        assert_eq!(before("and Sen. Ted Cruz of Texas said", "said").as_deref(), Some("Sen. Ted Cruz of Texas"));
        // "Supporters of Trump" is no name, nor is Trump the speaker: unnamed supporters speak (issue 11).
        assert_eq!(before("Supporters of Trump said", "said").as_deref(), Some("Supporters of Trump"));
        // The person set off after a role, and what the role names.
        let t = "Orvane’s chief executive, Kai Moro, said";
        assert_eq!(before(t, "said").as_deref(), Some("Kai Moro"));
        assert_eq!(affiliation(t, "said").as_deref(), Some("Orvane"));
        assert_eq!(affiliation("and Brightwell spokeswoman Dana Cole said", "said").as_deref(), Some("Brightwell"));
        assert_eq!(affiliation("and Google CEO Sundar Pichai said", "said").as_deref(), Some("Google"));
        assert_eq!(affiliation("and Rep. Gwen Moore said", "said"), None);
        // Someone unnamed from a group.
        assert_eq!(before("and one of them said", "said").as_deref(), Some("one of them"));
        assert_eq!(before("and some of the drivers said", "said").as_deref(), Some("some of the drivers"));
        assert_eq!(before("and a rival said", "said").as_deref(), Some("a rival"));
        // "went on to say": the subject of the verb that leads to the cue.
        assert_eq!(before("and Kasich went on to say", "say").as_deref(), Some("Kasich"));
    }
}
