//! Which earlier person a speaker pronoun means ("“…,” he said").
//!
//! News writes a pronoun speaker right after naming its person, usually as the subject of a sentence and often
//! with a verb of saying ("Mr. Obama said in his interview. “…,” he said"). The nearest person is often the
//! wrong one: an object ("agreed with McLenny"), a possessive ("Crutcher’s death") or someone in a
//! prepositional phrase ("under President Barack Obama"). So each person before the pronoun is scored by how
//! far back it is and how it is named, and the best one that fits the pronoun wins. The weights were tuned on
//! the PolNeAR training articles (`npm run eval:quotes -- ../shared/data --split train`).

use crate::annotation::Label;
use crate::entities::Mention;
use crate::quotes::words;
use crate::text::{overlapping, Doc, TokenKind};
use std::ops::Range;

/// How far back a pronoun looks, in mentions: far enough for any article, and it bounds the work on
/// adversarial input (thousands of "he said" with no person named) to linear.
const LOOKBACK_MENTIONS: usize = 60;
/// And in sentences: a person not named for this long is no longer what "he" means.
const LOOKBACK_SENTENCES: usize = 12;

/// How many tokens after a name are read for its verb.
const NEXT_WINDOW: usize = 8;
/// How many words of a title before a name are looked through.
const MAX_TITLE: usize = 6;

/// Score per sentence between the mention and the pronoun.
const PER_SENTENCE: i32 = -4;
/// The mention is followed by a verb of saying ("Obama said", "Ham told"), or follows "according to".
const SPEAKS: i32 = 8;
/// The mention is the subject of its clause: it opens the sentence or a clause, or a verb follows it.
const SUBJECT: i32 = 4;
/// The mention follows a preposition ("with McLenny", "under Obama") or is a possessive ("Crutcher’s").
const OBLIQUE: i32 = -6;
/// The entity was the speaker of the quote before.
const LAST_QUOTED: i32 = 8;

/// Mentions in text order with the role each person's plays in its sentence ([`role`]), read once per mention
/// rather than once per pronoun that weighs it.
pub struct Weighed {
    pub mentions: Vec<Mention>,
    roles: Vec<i32>,
}

impl Weighed {
    fn push(&mut self, doc: &Doc, m: Mention) {
        // Every mention's role, not only PERSON ones: a person the tagger called something else may still be
        // what "she" means (the caller's `fits` says which entities are people).
        self.roles.push(role(doc, &m.range));
        self.mentions.push(m);
    }
}

/// The mentions with every capitalised "He" and "She" outside quotes (most often a sentence's subject; adding
/// lower-case ones too resolved worse on PolNeAR train) added as a mention of the person it resolves to, in text
/// order, so that a person kept in view by pronouns ("Cruz spoke. He also asked … He said …") stays salient
/// against people named in passing since. `fits(mention, pronoun)` says whether it names a person who may be
/// the pronoun's.
pub fn with_pronouns(
    doc: &Doc,
    mentions: &[Mention],
    quotes: &[Range<usize>],
    fits: impl Fn(&Mention, &str) -> bool,
) -> Weighed {
    let mut out = Weighed { mentions: Vec::with_capacity(mentions.len() * 2), roles: Vec::new() };
    let mut next = 0;
    for t in &doc.tokens {
        let w = t.text(doc.text);
        if !(w == "He" || w == "She") || overlapping(quotes, &(t.start..t.end)).is_some() {
            continue;
        }
        while next < mentions.len() && mentions[next].range.start < t.start {
            out.push(doc, mentions[next].clone());
            next += 1;
        }
        // Not a pronoun but part of a name: "He Jiankui", "He Lifeng".
        let in_name = out.mentions.last().is_some_and(|m| m.range.end > t.start)
            || mentions.get(next).is_some_and(|m| m.range.start == t.start);
        if in_name {
            continue;
        }
        if let Some(entity) = person(doc, t.start, &out, quotes, None, |m| fits(m, w)) {
            out.push(doc, Mention { range: t.start..t.end, label: Label::Person, entity });
        }
    }
    for m in &mentions[next..] {
        out.push(doc, m.clone());
    }
    out
}

/// The entity a person pronoun at `at` stands for: the best-scored earlier person that `fits` (which must say
/// no to anything but a person: a pronoun never means an organization or a place). `last_quoted`
/// is the speaker of the quote before and where its speaker was named; it keeps the pronoun unless another
/// person has since been the subject of a sentence ("Anderson largely agreed with McLenny. “…,” he said").
pub fn person(
    doc: &Doc,
    at: usize,
    weighed: &Weighed,
    quotes: &[Range<usize>],
    last_quoted: Option<(usize, usize)>,
    fits: impl Fn(&Mention) -> bool,
) -> Option<usize> {
    let here = doc.sentence_of(at).unwrap_or(0);
    let mentions = &weighed.mentions;
    let before = mentions.partition_point(|m| m.range.start < at);
    // (score before the last-quoted bonus, entity), nearest first.
    let mut scored = [(0i32, 0usize); LOOKBACK_MENTIONS];
    let mut n = 0;
    let mut interrupted = false;
    for (m, &role) in mentions[..before].iter().zip(&weighed.roles[..before]).rev().take(LOOKBACK_MENTIONS) {
        let sentences = here.saturating_sub(doc.sentence_of(m.range.start).unwrap_or(0));
        if sentences > LOOKBACK_SENTENCES {
            break;
        }
        if overlapping(quotes, &m.range).is_some() || !fits(m) {
            continue;
        }
        if let Some((entity, named_at)) = last_quoted {
            interrupted |= m.entity != entity && m.range.start > named_at && role > 0;
        }
        scored[n] = (PER_SENTENCE * sentences as i32 + role, m.entity);
        n += 1;
    }
    let mut best: Option<(i32, usize)> = None;
    for &(mut score, entity) in &scored[..n] {
        if !interrupted && last_quoted.is_some_and(|(e, _)| e == entity) {
            score += LAST_QUOTED;
        }
        // Strictly greater: on a tie the nearer mention, seen first, stays.
        if best.map_or(true, |(s, _)| score > s) {
            best = Some((score, entity));
        }
    }
    best.map(|(_, e)| e)
}

/// How the mention at `range` is used in its sentence, as a score.
fn role(doc: &Doc, range: &Range<usize>) -> i32 {
    let mut first = doc.token_at_or_after(range.start);
    // A title the tagger left outside the name belongs to it, with the capitalised words of a long one:
    // "under President Barack Obama", "Ohio Democratic Party Chairman David Pepper called".
    let floor = first.saturating_sub(MAX_TITLE);
    while first > floor && {
        let w = doc.tok(first - 1);
        // "NBC’s Dante Chinni", "CNN's Jake Tapper": an outlet's possessive before the name.
        let outlet = doc.tokens[first - 1].kind == TokenKind::Clitic
            && first >= 2
            && doc.tokens[first - 2].kind == TokenKind::Word
            && doc.tok(first - 2).starts_with(char::is_uppercase);
        outlet
            || words::is_title(w)
            || doc.tokens[first - 1].kind == TokenKind::Word
                && w.starts_with(char::is_uppercase)
                && !words::governs_object(w)
                && !is_conjunction(w)
                && !words::is_not_name(w)
    } {
        first -= 1;
    }
    let after = doc.token_at_or_after(range.end);
    // "Rep. Lee Zeldin of New York, a Trump supporter, said", "Dan McLaughlin at the National Review agreed":
    // where a person is from or works goes with the name.
    let after = from_place(doc, after);
    let prev = first.checked_sub(1).map(|i| doc.tok(i));
    let prev2 = first.checked_sub(2).map(|i| doc.tok(i));
    // The next three words, looked for among a bounded number of tokens so that a long run of punctuation
    // after a name costs nothing per pronoun.
    let mut next = [""; 3];
    let mut n = 0;
    for i in after..doc.tokens.len().min(after + NEXT_WINDOW) {
        if doc.tokens[i].kind != TokenKind::Punct && n < next.len() {
            next[n] = doc.tok(i);
            n += 1;
        }
    }
    let next = &next[..n];
    let next_tok = doc.tokens.get(after).map(|t| t.text(doc.text));
    let according = prev.is_some_and(|w| w.eq_ignore_ascii_case("to"))
        && prev2.is_some_and(|w| w.eq_ignore_ascii_case("according"));
    // "…, said Jake Horowitz, editor of Mic.com.": the cue before the name, the clause ending after it.
    let prev_is_cue = prev.is_some_and(|w| words::is_cue_verb(w) && !w.ends_with("ing"));
    let inverted = prev_is_cue
        && first >= 2
        && matches!(prev2, Some("," | "”" | "\""))
        && next_tok.map_or(true, |t| matches!(t, "," | "." | "(" | ";"));
    let speaks = according
        || inverted
        || next
            .iter()
            .take_while(|w| !w.is_empty())
            .position(|w| words::is_cue_verb(w))
            .is_some_and(|i| next[..i].iter().all(|w| words::is_between_subject_and_verb(w)))
        || next_tok == Some(",") && verb_after_appositive(doc, after);
    let possessive = next_tok.is_some_and(|t| matches!(t, "'s" | "’s" | "'" | "’"));
    // "with Hillary Clinton — who's called for … — lambasting Trump's plan": the participle's subject.
    let absolute = prev.is_some_and(|w| w.eq_ignore_ascii_case("with")) && participle_follows(doc, after);
    let oblique = possessive || (!according && !absolute && prev.is_some_and(words::governs_object));
    // A subject opens its sentence or clause ("Trump has …", "On Wednesday, Clinton bashed …", "and Obama
    // said"); a name after a verb is its object ("hold Snyder accountable"), and one between commas after a
    // noun is an appositive ("her first child, Arabella, was born").
    let sentence_start = prev.map_or(true, |w| matches!(w, "." | ";" | ":" | "—" | "–" | "(" | "\"" | "“" | "”"));
    let clause_start = prev.is_some_and(|w| w == "," || is_conjunction(w));
    let appositive = prev == Some(",") && next_tok == Some(",");
    let verb_follows = next_tok.is_some_and(|t| t.starts_with(|c: char| c.is_lowercase()) && !words::governs_object(t));
    let subject =
        absolute || !appositive && (sentence_start || clause_start && (verb_follows || next_tok == Some(",")));
    let mut score = 0;
    if speaks {
        score += SPEAKS;
    }
    if oblique {
        score += OBLIQUE;
    } else if subject || introduced(doc, after) {
        score += SUBJECT;
    }
    score
}

/// After a name ending at token `after`, the token after "of", "from" or "at" and the capitalised words of a
/// place or a workplace ("of New York", "from the Bronx", "at the National Review"); `after` itself when none
/// follow.
fn from_place(doc: &Doc, after: usize) -> usize {
    let n = doc.tokens.len();
    if after + 1 >= n || !matches!(doc.tok(after), "of" | "from" | "at") {
        return after;
    }
    let mut i = after + 1;
    if doc.tok(i) == "the" {
        i += 1;
    }
    let capital = |k: usize| doc.tokens[k].kind == TokenKind::Word && doc.tok(k).starts_with(char::is_uppercase);
    let start = i;
    while i < n.min(start + 4) && capital(i) {
        i += 1;
    }
    if i > start {
        i
    } else {
        after
    }
}

/// How far an inserted clause or appositive after a name may run, in tokens.
const MAX_INSERTION: usize = 24;

/// After a name ending at token `after`, a present participle, right away or after a clause set off by dashes
/// or commas ("with Clinton — who's called for … — lambasting").
fn participle_follows(doc: &Doc, after: usize) -> bool {
    let n = doc.tokens.len();
    let mut i = after;
    if i < n && matches!(doc.tok(i), "—" | "–" | ",") {
        let close = doc.tok(i);
        let ceil = n.min(i + MAX_INSERTION);
        match (i + 1..ceil).find(|&k| doc.tok(k) == close || matches!(doc.tok(k), "." | ";")) {
            Some(k) if doc.tok(k) == close => i = k + 1,
            _ => return false,
        }
    }
    i < n && {
        let w = doc.tok(i);
        w.len() > 4 && w.ends_with("ing") && w.starts_with(|c: char| c.is_ascii_lowercase())
    }
}

/// "… concerns Henry Crespo, president of the Florida Democratic Black Caucus.": a person introduced by their
/// role at the end of a sentence is brought in to be heard, as a subject is.
fn introduced(doc: &Doc, after: usize) -> bool {
    let n = doc.tokens.len();
    if after >= n || doc.tok(after) != "," {
        return false;
    }
    let mut i = after + 1;
    if i < n && words::is_determiner(doc.tok(i)) {
        i += 1;
    }
    let role = i < n && (words::is_title(doc.tok(i)) || words::is_speaker_noun(doc.tok(i)));
    // The appositive runs to the end of the sentence, with no verb of its own after another comma.
    role && (i..n.min(i + MAX_INSERTION))
        .find(|&k| matches!(doc.tok(k), "." | "," | ";" | "“" | "\""))
        .is_some_and(|k| doc.tok(k) == ".")
}

/// How long an appositive after a name may run, in tokens.
const MAX_APPOSITIVE: usize = 24;

/// "Brian Murphy, the chairman of the county party, for example, said": after the appositive that opens at the
/// comma at token `comma`, a verb of saying.
fn verb_after_appositive(doc: &Doc, comma: usize) -> bool {
    let ceil = doc.tokens.len().min(comma + MAX_APPOSITIVE);
    let stop = |w: &str| matches!(w, "." | ";" | "“" | "”" | "\"");
    // The verb may follow the appositive's closing comma, or a second one ("for example,").
    let said = |v: usize| (words::is_cue_verb(doc.tok(v)) && !doc.tok(v).ends_with("ing")).then_some(());
    words::after_appositive(doc, comma, ceil, stop, said).is_some()
}

fn is_conjunction(word: &str) -> bool {
    #[rustfmt::skip]
    const CONJUNCTIONS: &[&str] = &[
        "and", "but", "then", "when", "while", "as", "because", "after", "before", "since", "although", "though",
        "if", "that", "so", "yet", "whereas", "until", "once",
    ];
    word.len() <= 8 && CONJUNCTIONS.iter().any(|p| p.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn he_in_a_name_is_no_pronoun() {
        // Regression (review): the "He" of "He Jiankui" was chained as a pronoun.
        let text = "He Jiankui spoke. He left.";
        let doc = Doc::new(text);
        let mentions = [Mention { range: 0..10, label: Label::Person, entity: 0 }];
        let chained = with_pronouns(&doc, &mentions, &[], |_, _| true);
        let ranges: Vec<Range<usize>> = chained.mentions.iter().map(|m| m.range.clone()).collect();
        assert_eq!(ranges, [0..10, 18..20], "only the second He is a pronoun");
    }
}
