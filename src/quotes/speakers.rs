//! Who said each quote: the cue verb and its subject after the quote (“…,” Droege said / said Droege), before
//! it (Droege said: “…” / according to Droege, “…”), after a dash (“…” — Droege), or, for a quote that stands
//! alone, in the sentence or paragraph before it, or the speaker of the quote just before (a continuation).
//!
//! Every look is a bounded window of tokens around the quote, so the whole pass is linear in the text.

use super::phrases::{
    make, named_in_apposition, newline_before, nickname_end, phrase_ending_at, phrase_starting_at, subject_before,
    Phrase,
};
use super::subjects::{participle_subject, sentence_subject};
use super::words::{self, is_between_subject_and_verb, is_cue_verb, is_determiner};
use super::{SpeakerCue, SpeakerKind};
use crate::text::{Doc, TokenKind};
use std::ops::Range;

/// How many tokens on each side of a quote are searched for its cue.
const WINDOW: usize = 25;
/// How far before its colon a "NAME (party-state):" line may start, in tokens.
const NAME_COLON_WINDOW: usize = 16;
/// The longest description of a speaker read without a known noun ("the billionaire business mogul"), in tokens.
const MAX_DESCRIPTION: usize = 5;
/// How far back a participle cue ("…, saying") looks for the start of its sentence, in tokens.
const MAX_SENTENCE: usize = 80;
/// How many tokens of the sentence before a quote are searched when the quote stands alone.
const CONTEXT_WINDOW: usize = 40;

/// The speaker of each quote (same order as `quotes`).
pub fn attribute(doc: &Doc, quotes: &[Range<usize>]) -> Vec<Option<SpeakerCue>> {
    let bounds: Vec<(usize, usize)> =
        quotes.iter().map(|q| (doc.token_at_or_after(q.start), doc.token_at_or_after(q.end))).collect();
    let mut out: Vec<Option<SpeakerCue>> = Vec::with_capacity(quotes.len());
    // The last speaker found, with the paragraph and sentence of its quote, for quotes that continue it.
    let mut last: Option<(SpeakerCue, usize, usize)> = None;
    // Where the last attributed quote, or its speaker after it, ends: a turn runs on from there.
    let mut last_end: Option<usize> = None;
    for (k, q) in quotes.iter().enumerate() {
        let (first, after) = bounds[k];
        // "whose debut “Salt Country” sold a million copies": the title of a work is nobody's words.
        if is_work_title(doc, first, after) {
            out.push(None);
            continue;
        }
        let prev_end = if k > 0 { bounds[k - 1].1 } else { 0 };
        let next_start = bounds.get(k + 1).map_or(doc.tokens.len(), |b| b.0);
        let para = doc.paragraph_of(q.start).unwrap_or(0);
        let sent = doc.sentence_of(q.start).unwrap_or(0);
        // The words after a quote are read up to the end of the paragraph it ends in (a quote may run over
        // several: “…\n\n“…,” he said).
        let end_para = doc.paragraph_of(q.end.saturating_sub(1)).unwrap_or(para);
        let para_end = doc.paragraphs.get(end_para).map_or(doc.text.len(), |p| p.end);
        let sent_start = doc.sentences.get(sent).map_or(0, |s| s.start);
        let sent_tok = line_start(doc, first, doc.token_at_or_after(sent_start).max(prev_end));
        let after_hi = next_start.min(doc.token_at_or_after(para_end)).min(after + WINDOW);

        // Words before the quote in its sentence. Sentence ends and marks are checked here too: the sentence
        // splitter may put an opening straight quote at the end of the previous sentence.
        let lead_in = first > sent_tok && !is_dash(doc.tok(first - 1)) && !ends_clause(doc.tok(first - 1));
        // Not a passive: "“…,” reporters were told" (but "Smith has been telling voters" speaks).
        let found_after = after_quote(doc, first, after, after_hi).filter(|s| !passive_cue(doc, s));
        let found_before = || before_quote(doc, sent_tok.max(first.saturating_sub(WINDOW)), first);
        let mut speaker = if lead_in {
            let (inner, outer) = marks_around_end(doc, after);
            // “…,” the union wrote: a quote closing on a comma (inside the mark, or outside it in British style)
            // with its speaker and cue right after it is theirs, whatever the sentence said before it ("the
            // impact it said Clinton would have: “…,” the union wrote").
            // A "?" or "!" hands on only to a word that may go on the sentence ("asked Smith", "he asked"), not
            // to one that opens the next ("“Can we afford it?” The short answer is no").
            let opens_next = doc.tokens.get(after).is_some_and(|t| {
                let w = t.text(doc.text);
                w.starts_with(char::is_uppercase) && words::is_not_name(w) && words::pronoun_kind(w).is_none()
            });
            let closes_on_comma =
                inner == Some(",") || matches!(inner, Some("?" | "!")) && !opens_next || outer == Some(",");
            let next = if outer == Some(",") { after + 1 } else { after };
            let at = doc.tokens.get(next).map_or(usize::MAX, |t| t.start);
            let right_after = found_after.clone().filter(|s| s.range.start == at || s.cue.start == at);
            // A fragment that ends its sentence ("proclaimed a goal of “Peace Through Strength.” He told …") is
            // not attributed by the next sentence.
            // (A "!" or "?" inside may end only the quote: chants of “Bobby!” at a conference, according to …)
            let next_capital = doc.tokens.get(after).is_some_and(|t| t.text(doc.text).starts_with(char::is_uppercase));
            let closes_sentence =
                inner == Some(".") || matches!(inner, Some("?" | "!")) && next_capital || outer == Some(".");
            closes_on_comma.then_some(right_after).flatten().or_else(found_before).or(if closes_sentence {
                None
            } else {
                found_after
            })
        } else {
            found_after.or_else(found_before)
        };

        let previous = last.as_ref().filter(|(_, p, _)| *p == para);
        if speaker.is_none() && lead_in {
            // A second quote in one sentence (called it “a” and “b”) shares the first one's speaker and cue;
            // "Trump’s claim that …" names its speaker by a noun of saying. A title or a scare quote near a
            // subject that says nothing ("Festival closes with “Night Harbor”") has no speaker.
            let lo = sent_tok.max(first.saturating_sub(WINDOW));
            speaker = previous
                .filter(|(_, _, s)| *s == sent)
                .map(|(s, _, _)| s.clone())
                .or_else(|| (lo..first).rev().find_map(|v| possessor_of_speech(doc, v, lo)))
                .or_else(|| noun_colon(doc, sent_tok, first))
                // "… Haddad stated that the report “was not good.” Adding, “…”": a sentence that opens with a
                // participle of saying goes on with the speaker of the sentence before.
                .or_else(|| {
                    let goes_on = previous.filter(|(_, _, s)| *s + 1 == sent)?;
                    let cue = opening_participle(doc, sent_tok, first)?;
                    Some(SpeakerCue { cue, ..goes_on.0.clone() })
                })
                .or_else(|| clause_colon(doc, sent_tok, first))
                // "According to a complaint filed by the SEC and Vermont, the developers ran a “massive
                // scheme”": a sentence that opens with its source, beyond the window searched.
                .or_else(|| source_opening(doc, sent_tok, first))
                // "He said the tactic, meant to win over …, was an “insult”": a sentence whose subject and verb
                // of saying open it, beyond the window searched.
                // Also past an appositive or a relative clause: "Ramil Carr, a photographer, said the
                // convention was the “perfect opportunity”".
                .or_else(|| {
                    let s = sentence_subject(doc, sent_tok, first)?;
                    let cue = verb_after_subject(doc, doc.token_at_or_after(s.cue.start), first)?;
                    Some(SpeakerCue { cue: doc.tokens[cue.start].start..doc.tokens[cue.start].end, ..s })
                });
        } else if speaker.is_none() {
            // A quote standing alone: its speaker was named with a cue just before, or it continues the turn
            // of the speaker quoted before it: in its paragraph, or in the one before when no narration came
            // after that turn and none follows the quote in its own paragraph (“Is it art?” The question hung
            // over the night.).
            let context_hi = sent_tok.min(first);
            // Not from the attribution of the quote before ("“We made it,” Calloway said. “Is it art?”").
            let turn_tok = last_end.map_or(0, |e| doc.token_at_or_after(e));
            let context_lo = context_hi.saturating_sub(CONTEXT_WINDOW).max(prev_end).max(turn_tok.min(context_hi));
            let narrated = after < doc.token_at_or_after(para_end) && doc.tokens[after].kind == TokenKind::Word;
            let turn_ends = last_end.filter(|&e| !narration_between(doc, e, first));
            // A colon that introduces it names its speaker before any turn goes on: "She went on: “…”".
            let colon_lo = doc.token_at_or_after(doc.sentences.get(sent.saturating_sub(1)).map_or(0, |s| s.start));
            let colon_lo = colon_lo.max(context_lo.min(first.saturating_sub(1)));
            speaker = noun_colon(doc, colon_lo, first)
                .or_else(|| clause_colon(doc, colon_lo, first))
                .or_else(|| previous.map(|(s, _, _)| s.clone()))
                .or_else(|| before_quote(doc, context_lo, context_hi))
                .or_else(|| {
                    let turn = last.as_ref().filter(|(_, p, _)| *p + 1 == para && !narrated && turn_ends.is_some());
                    turn.map(|(s, _, _)| s.clone())
                });
        }
        if let Some(s) = &speaker {
            last_end = Some(q.end.max(s.range.end).max(s.cue.end));
            last = Some((s.clone(), para, sent));
        }
        out.push(speaker);
    }
    // will carry “a great deal of weight” and bring the “grass-roots firepower” they need, Neil Sroka said: a
    // quote with no speaker shares the one named for a later quote in its sentence.
    for k in (0..quotes.len().saturating_sub(1)).rev() {
        if out[k].is_none() && doc.sentence_of(quotes[k].start) == doc.sentence_of(quotes[k + 1].start) {
            out[k] = out[k + 1].clone();
        }
    }
    out
}

/// The longest title of a work read as one, in words.
const MAX_TITLE_WORDS: usize = 8;

/// Whether the quote whose marks are tokens `first` and `after - 1` is the title of a work: right after a noun
/// for one ("her debut “Salt Country”", "the film “Night Harbor”"), in title case, no sentence inside it.
fn is_work_title(doc: &Doc, first: usize, after: usize) -> bool {
    #[rustfmt::skip]
    const WORKS: &[&str] = &[
        "debut", "novel", "book", "memoir", "film", "movie", "documentary", "album", "song", "single", "play",
        "musical", "opera", "series", "sitcom", "podcast", "episode", "poem", "essay", "painting", "exhibition",
        "bestseller", "best-seller", "blockbuster", "track", "anthology", "ballet", "sequel", "trilogy",
        "hit", "smash", "thriller", "comedy", "drama", "show", "novella", "biopic", "franchise", "remake",
    ];
    if first == 0 || after < first + 3 || !WORKS.iter().any(|w| w.eq_ignore_ascii_case(doc.tok(first - 1))) {
        return false;
    }
    let inside = first + 1..after - 1;
    let words = || inside.clone().filter(|&i| doc.tokens[i].kind == TokenKind::Word).map(|i| doc.tok(i));
    let short = |w: &str| w.len() <= 3 && w.starts_with(char::is_lowercase);
    let title_case = words().filter(|w| !short(w)).all(|w| w.starts_with(char::is_uppercase));
    let sentence = inside.clone().any(|i| matches!(doc.tok(i), "." | ";"));
    (1..=MAX_TITLE_WORDS).contains(&words().count()) && title_case && !sentence
}

/// How far a turn is followed past its last quote, in tokens: further on, narration has surely come between.
const MAX_TURN_GAP: usize = 120;

/// Whether narration stands between byte `from` (where a speaker's last quote or its speaker ends) and the
/// quote at token `first`: a word after the end of that sentence ("“No,” Pence said. Sanders spoke of young
/// voters. “…”"). The sentence ends at a "." after a lower-case word, not in "(D-S.C.)" or "Rep.", or at a line
/// break.
fn narration_between(doc: &Doc, from: usize, first: usize) -> bool {
    let start = doc.token_at_or_after(from);
    if first > start + MAX_TURN_GAP {
        return true;
    }
    let ends = |i: usize| {
        matches!(doc.tok(i), "." | "!" | "?")
            && i > 0
            && doc.tok(i - 1).ends_with(|c: char| c.is_lowercase() || c.is_ascii_digit() || matches!(c, '”' | '"'))
            // Not inside a word: "MoveOn.org".
            && doc.tokens.get(i + 1).map_or(true, |t| t.start > doc.tokens[i].end)
    };
    // A line break ends a sentence too: "… Pence said on CNN's “State of the Union.”\n\nOn “Face the Nation,”
    // Sanders …" ends at the capitalised "Union.", which a period alone would not show.
    // From the token before `from`: a line break right at it ("…State of the Union.”\n\nSanders spoke.") ends
    // the sentence there.
    let from_tok = start.saturating_sub(1);
    // A quote whose own words end its sentence (“Only Rosie O’Donnell.” But Kelly was relentless.): any word
    // after it is narration.
    let closed =
        from_tok > 0 && matches!(doc.tok(from_tok), "”" | "\"") && matches!(doc.tok(from_tok - 1), "." | "!" | "?");
    if closed && (start..first).any(|i| doc.tokens[i].kind == TokenKind::Word) {
        return true;
    }
    let Some(end) = (from_tok..first).find(|&i| ends(i) || newline_before(doc, i + 1)) else { return false };
    (end + 1..first).any(|i| doc.tokens[i].kind == TokenKind::Word)
}

/// Whether the cue of `s` is a passive ("reporters were told"), whose subject heard the words, not said them.
fn passive_cue(doc: &Doc, s: &SpeakerCue) -> bool {
    let c = doc.token_at_or_after(s.cue.start);
    c > 0 && !doc.tok(c).ends_with("ing") && matches!(doc.tok(c - 1), "was" | "were" | "is" | "are" | "been" | "be")
}

/// The punctuation token just inside a quote's closing mark and the one just after it, for a quote whose
/// next token is `after`: (",", None) for “…,” and (None, ",") for ‘…’, in British style.
fn marks_around_end<'t>(doc: &Doc<'t>, after: usize) -> (Option<&'t str>, Option<&'t str>) {
    let punct = |i: usize| {
        doc.tokens
            .get(i)
            .filter(|t| t.kind == TokenKind::Punct)
            .map(|t| t.text(doc.text))
            .filter(|w| matches!(*w, "," | "." | "?" | "!" | ";" | ":"))
    };
    (after.checked_sub(2).and_then(punct), punct(after))
}

/// The first token of the sentence holding token `i` (`fallback` if it has none), at most [`MAX_SENTENCE`]
/// tokens back: where a participle's or a second verb's subject is looked for.
fn sentence_start(doc: &Doc, i: usize, fallback: usize) -> usize {
    doc.sentence_start_token(i).unwrap_or(fallback).max(i.saturating_sub(MAX_SENTENCE))
}

/// The first token of the line holding token `first`, not before `lo` (a pasted article may put each
/// paragraph on one line with no blank line between).
fn line_start(doc: &Doc, first: usize, lo: usize) -> usize {
    let floor = first.saturating_sub(WINDOW + CONTEXT_WINDOW).max(lo);
    (floor + 1..=first).rev().find(|&i| newline_before(doc, i)).unwrap_or(lo.min(first))
}

fn is_dash(w: &str) -> bool {
    matches!(w, "—" | "–" | "-" | "―")
}

fn ends_clause(w: &str) -> bool {
    matches!(w, "." | "!" | "?" | ";" | "“" | "”" | "\"" | "«" | "»" | "„")
}

/// The cue starting at token `i`, as a token range: a verb of saying, or "according to".
fn cue_at(doc: &Doc, i: usize, hi: usize) -> Option<Range<usize>> {
    if doc.tokens[i].kind != TokenKind::Word {
        return None;
    }
    let w = doc.tok(i);
    if is_cue_verb(w) {
        // A noun, not a verb: "Trump’s charge", "the report", "his comments".
        let noun = i > 0 && {
            let prev = doc.tok(i - 1);
            // "He’s claiming": after a pronoun the clitic is "is" or "has", not a possessive.
            let pronoun_clitic = i > 1 && words::pronoun_kind(doc.tok(i - 2)).is_some();
            doc.tokens[i - 1].kind == TokenKind::Clitic && !pronoun_clitic
                || ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your"]
                    .iter()
                    .any(|d| d.eq_ignore_ascii_case(prev))
        };
        // A noun before a copula: "The short answer is no", "His reply was brief".
        // (A past tense is no noun: "meddling the congressman said is designed to “sow discord”".)
        let before_copula = i + 1 < hi
            && matches!(doc.tok(i + 1), "is" | "was" | "are" | "were")
            && !(w.ends_with("ed") || words::is_irregular_past(w));
        // Not speech: "will continue to be", "vowed to fight".
        let to_verb = i + 1 < hi && doc.tok(i + 1) == "to" && is_intention_verb(w);
        if noun || to_verb || before_copula {
            return None;
        }
        return Some(i..i + 1);
    }
    if as_put_it(doc, i, hi) {
        return Some(i..i + 1);
    }
    // "“…,” Trump went on.", "She went on: “…”": going on is saying more, when nothing follows but punctuation.
    let next = |k: usize| doc.tokens.get(i + k).map(|t| t.text(doc.text));
    let goes_on = matches!(w, "went" | "goes" | "go") && next(1) == Some("on");
    if goes_on && next(2).map_or(true, |t| matches!(t, "." | "," | ":" | ";")) {
        return Some(i..i + 2);
    }
    // "“…,” per the party’s bylaws", "Per a person familiar with the talks, …": "per" opening a clause names a
    // source as "according to" does ("$5 per share" opens none).
    // Not an aside in a speaker's own attribution: "Guccifer said, per a translator, that …" is Guccifer's.
    let opens_clause = i == 0 || newline_before(doc, i) || matches!(doc.tok(i - 1), "," | "." | "”" | "\"");
    let aside = i > 1 && doc.tok(i - 1) == "," && is_cue_verb(doc.tok(i - 2));
    if w.eq_ignore_ascii_case("per") && opens_clause && !aside {
        return Some(i..i + 1);
    }
    (w.eq_ignore_ascii_case("according") && i + 1 < hi && doc.tok(i + 1).eq_ignore_ascii_case("to")).then(|| i..i + 2)
}

/// "Trump issued a statement saying …", "His office put out a statement calling …": a document the subject
/// of a verb of issuing put out speaks for that subject, who is the speaker.
fn issuer(doc: &Doc, p: &Phrase, lo: usize) -> Option<Phrase> {
    const ISSUED: &[&str] = &["issued", "released", "sent", "posted", "published", "out", "issues", "releases"];
    let (start, end) = (p.tokens.start, p.tokens.end);
    if p.kind == SpeakerKind::Name || !words::is_document_noun(doc.tok(end - 1)) || start <= lo + 1 {
        return None;
    }
    let mut verb = start - 1;
    if doc.tok(verb) == "out" && verb > lo + 1 && matches!(doc.tok(verb - 1), "put" | "puts") {
        verb -= 1; // "put out a statement"
    } else if !ISSUED.contains(&doc.tok(verb)) || doc.tok(verb) == "out" {
        return None;
    }
    subject_before(doc, verb, lo)
        .filter(|s| s.kind != SpeakerKind::Description || !words::is_document_noun(doc.tok(s.tokens.end - 1)))
}

/// Whether the cue at token `i` names its source after it: "according to X", "per X".
fn names_source_after(doc: &Doc, i: usize) -> bool {
    let w = doc.tok(i);
    w.eq_ignore_ascii_case("according") || w.eq_ignore_ascii_case("per")
}

/// The source a sentence opens with ("According to X," or "Per X,") when a quote later in it has no speaker.
fn source_opening(doc: &Doc, sent_tok: usize, first: usize) -> Option<SpeakerCue> {
    let cue = cue_at(doc, sent_tok, first).filter(|c| c.start == sent_tok && names_source_after(doc, sent_tok))?;
    let p = phrase_starting_at(doc, cue.end, first)?;
    // A comma closes the opening before the quote ("According to the filing, the firm …").
    (p.tokens.end..first).any(|k| doc.tok(k) == ",").then(|| make(doc, p, cue))
}

/// "…, as a Homeland Security memo put it": "put it" after "as" and its subject is a verb of saying.
fn as_put_it(doc: &Doc, i: usize, hi: usize) -> bool {
    let w = doc.tok(i);
    (w == "put" || w == "puts")
        && i + 1 < hi
        && doc.tok(i + 1) == "it"
        && (ends_aside(doc, i + 2) || where_put(doc, i + 2, hi))
        && (i.saturating_sub(MAX_DESCRIPTION + 1)..i).any(|k| doc.tok(k).eq_ignore_ascii_case("as"))
}

/// Whether token `i` ends an aside ("as the memo put it, …"), or the text ends there.
fn ends_aside(doc: &Doc, i: usize) -> bool {
    doc.tokens.get(i).map_or(true, |_| matches!(doc.tok(i), "," | "." | ":" | ";" | "—" | ")"))
}

/// "as The New Yorker put it in a lengthy exposé, …": a few words of where it was said, from a preposition to
/// the aside's end, ending in a medium of saying ("in his bag" is a literal putting).
fn where_put(doc: &Doc, i: usize, hi: usize) -> bool {
    const WHERE: [&str; 5] = ["in", "on", "at", "during", "to"];
    #[rustfmt::skip]
    const MEDIA: [&str; 19] = [
        "interview", "editorial", "speech", "letter", "post", "column", "essay", "op-ed", "memo", "expose",
        "exposé", "podcast", "briefing", "article", "book", "piece", "profile", "report", "filing",
    ];
    if i >= hi || !WHERE.contains(&doc.tok(i)) {
        return false;
    }
    let ceil = (i + 2 + MAX_DESCRIPTION).min(hi);
    let Some(end) = (i + 1..ceil).find(|&k| doc.tokens[k].kind != TokenKind::Word) else { return false };
    let last = doc.tok(end - 1);
    end > i + 1
        && ends_aside(doc, end)
        && (MEDIA.iter().any(|m| m.eq_ignore_ascii_case(last)) || words::is_speech_noun(last))
}

/// Cue verbs that, before "to", go on rather than speak: "will continue to be". (A promise is speech: what is
/// quoted after "vowed to" or "promised to" is the subject's words.)
fn is_intention_verb(w: &str) -> bool {
    ["continue"].iter().any(|v| w.get(..v.len()).is_some_and(|head| head.eq_ignore_ascii_case(v)))
}

/// "Lynch said she recalled thinking, “…”": when the subject found is a pronoun that itself opens what someone
/// else said, the quote is reported by the outer speaker, the one a reader names (and the name, unlike the
/// pronoun, needs no resolving).
fn outer_speaker(doc: &Doc, inner: &Phrase, cue: &Range<usize>, lo: usize) -> Option<SpeakerCue> {
    if inner.tokens.len() != 1 || inner.kind == SpeakerKind::Name {
        return None;
    }
    let mut v = inner.tokens.start;
    // "Ban Ki-moon condemned what he called a “brazen breach”": the pronoun stands for the sentence's subject.
    if v > lo && doc.tok(v - 1).eq_ignore_ascii_case("what") {
        let s = sentence_subject(doc, lo, v - 1)?;
        // Not across a relative clause ("a company, which builds what it calls …") and not from "they" to "it".
        let relative = (lo..v).any(|k| matches!(doc.tok(k), "which" | "who" | "that"));
        let fits = match inner.kind {
            SpeakerKind::PersonPronoun => matches!(s.kind, SpeakerKind::Name | SpeakerKind::PersonPronoun),
            SpeakerKind::OrgReference => matches!(s.kind, SpeakerKind::Name | SpeakerKind::OrgReference),
            _ => true,
        };
        let before_what = s.range.end <= doc.tokens[v - 1].start;
        return (before_what && fits && !relative).then(|| SpeakerCue { cue: cue.clone(), ..s });
    }
    if inner.kind != SpeakerKind::PersonPronoun {
        return None;
    }
    if v > lo && doc.tok(v - 1).eq_ignore_ascii_case("that") {
        v -= 1;
    }
    if v == lo || !is_cue_verb(doc.tok(v - 1)) || doc.tok(v - 1).ends_with("ing") {
        return None;
    }
    let outer = subject_before(doc, v - 1, lo)?;
    Some(make(doc, outer, v - 1..v))
}

/// "Clinton: “Our goal is …”", "— Jeffrey M. Jones: “…”": a transcript or a list of who said what, where a
/// name that opens its sentence (or follows a dash) and a colon stand for the cue.
fn name_colon(doc: &Doc, lo: usize, first: usize) -> Option<SpeakerCue> {
    let colon = first.checked_sub(1).filter(|&c| c > lo && doc.tok(c) == ":")?;
    // "Rep. Trey Gowdy (R-S.C.): “…”": the party and state stand between the name and the colon.
    let mut end = colon;
    if doc.tok(end - 1) == ")" {
        let floor = end.saturating_sub(8).max(lo);
        end = (floor..end - 1).rev().find(|&k| doc.tok(k) == "(")?;
    }
    let p = phrase_ending_at(doc, end, lo)?;
    let start = p.tokens.start;
    // "More from Gemma Arkwright: “…”", "A statement from the agency: “…”": the words come from the name.
    let from = start > lo && doc.tok(start - 1).eq_ignore_ascii_case("from");
    // "… does not surprise Republican pollster Daron Shaw: “…”": a role right before the name introduces them.
    let role =
        start > lo && words::is_speaker_noun(doc.tok(start - 1)) && doc.tok(start - 1).starts_with(char::is_lowercase);
    let opens = start == 0
        || matches!(doc.tok(start - 1), "." | "!" | "?" | "”" | "\"" | "—" | "–" | "-")
        || newline_before(doc, start)
        || from
        || role;
    (p.kind == SpeakerKind::Name && opens).then(|| make(doc, p, colon..colon + 1))
}

/// “…,” Droege said / “…,” said Droege / “…,” Droege, the chief executive, said / “…” — Droege.
/// `start` is the first token after the quote; the window ends before `hi` or at the end of the clause.
fn after_quote(doc: &Doc, first: usize, start: usize, hi: usize) -> Option<SpeakerCue> {
    let mut i = start;
    let mut dash = None;
    while i < hi && matches!(doc.tok(i), "," | "—" | "–" | "-" | "―" | ":") {
        if is_dash(doc.tok(i)) {
            dash = Some(i);
        }
        i += 1;
    }
    let seg = i;
    let mut v = seg;
    let cue = loop {
        // "Mitch McConnell, R-Ky., said": a period before a comma ends an abbreviation, not the clause.
        let abbreviation = |v: usize| doc.tok(v) == "." && v + 1 < hi && doc.tok(v + 1) == ",";
        // "Marcia “Cia” Price said": a nickname's marks end nothing.
        if let Some(end) = (v < hi).then(|| nickname_end(doc, v, hi)).flatten() {
            v = end;
            continue;
        }
        if v >= hi || ends_clause(doc.tok(v)) && !abbreviation(v) || newline_before(doc, v) {
            break None;
        }
        if doc.tok(v) == "(" {
            // "Rep. Gwen Moore (D-Wis.) said": the period in the parenthesis ends nothing.
            let ceil = (v + 8).min(hi);
            v = (v..ceil).find(|&k| doc.tok(k) == ")").unwrap_or(v) + 1;
            continue;
        }
        if let Some(c) = cue_at(doc, v, hi) {
            break Some(c);
        }
        v += 1;
    };
    let Some(cue) = cue else {
        // A dash attribution: the name and nothing more before the clause ends.
        let d = dash?;
        let p = phrase_starting_at(doc, seg, hi)?;
        let e = p.tokens.end;
        return (e >= hi || matches!(doc.tok(e), "," | "." | "(" | ";")).then(|| make(doc, p, d..d + 1));
    };
    // "“extremely careless” – as described by FBI Director James Comey": a passive's agent is the speaker.
    if cue.end + 1 < hi && doc.tok(cue.end) == "by" && doc.tok(cue.start).ends_with("ed") {
        if let Some(p) = phrase_starting_at(doc, cue.end + 1, hi).filter(|p| p.kind == SpeakerKind::Name) {
            return Some(make(doc, p, cue));
        }
    }
    let according = names_source_after(doc, cue.start);
    let participle = !according && doc.tok(cue.start).ends_with("ing") && cue.start == seg;
    if participle {
        // "… hailed the vote as “fantastic,” telling reporters …": the participle's subject is the sentence's,
        // never the words after it.
        let lo = sentence_start(doc, first, first);
        // A cue before the quote in the same sentence names the speaker better ("Analysts at Morgan Stanley said
        // the price was “steep,” adding …").
        if let Some(found) = before_quote(doc, lo, first) {
            return Some(found);
        }
        return participle_subject(doc, lo, first)
            .map(|s| SpeakerCue { cue: doc.tokens[cue.start].start..doc.tokens[cue.end - 1].end, ..s });
    }
    if cue.start == seg || according {
        // "said Droege", "according to Droege", "said her editor, Felix Amundsen": the speaker follows the cue.
        return phrase_starting_at(doc, cue.end, hi).map(|p| make(doc, named_in_apposition(doc, p, hi), cue));
    }
    // "Droege said", "Droege, who …, said", "he told reporters".
    if let Some(p) = phrase_starting_at(doc, seg, cue.start) {
        let p = named_in_apposition(doc, p, cue.start);
        let e = p.tokens.end;
        let leads_to_verb = e == cue.start
            || matches!(doc.tok(e), "," | "(")
            || (e..cue.start).all(|k| is_between_subject_and_verb(doc.tok(k)));
        if leads_to_verb {
            return Some(make(doc, p, cue));
        }
    }
    subject_before(doc, cue.start, seg)
        .filter(|p| !modifies_noun(doc, p, cue.start, seg))
        .map(|p| make(doc, p, cue.clone()))
        .or_else(|| {
            // Clinton “drew quite well” in the 2008 primary, said professor Paul Beck: the clause goes on after
            // the quote, then a comma and the inverted cue.
            // The speaker ends the clause: in "Calloway, whose debut “…” won a prize, said she was thrilled",
            // "she" opens what was said, and the title inside the subject is nobody's words.
            let inverted = cue.start > seg && doc.tok(cue.start - 1) == ",";
            let ends_clause = |p: &Phrase| p.tokens.end >= hi || matches!(doc.tok(p.tokens.end), "," | "." | ";" | "(");
            let p = inverted.then(|| phrase_starting_at(doc, cue.end, hi)).flatten().filter(ends_clause);
            p.map(|p| make(doc, p, cue.clone()))
        })
        .or_else(|| {
            // “…,” the gambling tycoon told Reuters: right after the quote, a determiner and a few lower-case
            // words before the cue are a description of the speaker, whatever the noun.
            let described = cue.start > seg + 1
                && cue.start - seg <= MAX_DESCRIPTION
                && is_determiner(doc.tok(seg))
                && (seg + 1..cue.start).all(|k| {
                    let word =
                        doc.tokens[k].kind == TokenKind::Word && doc.tok(k).starts_with(|c: char| c.is_lowercase());
                    word || doc.tokens[k].kind == TokenKind::Number
                });
            described.then(|| make(doc, Phrase::new(seg..cue.start, SpeakerKind::Description), cue))
        })
}

/// The bytes of a participle of saying that opens a sentence, followed by a comma or colon or by the quote
/// itself ("Adding, “…”").
fn opening_participle(doc: &Doc, sent_tok: usize, first: usize) -> Option<Range<usize>> {
    let w = doc.tok(sent_tok);
    let opens = sent_tok + 1 == first || sent_tok + 2 == first && matches!(doc.tok(sent_tok + 1), "," | ":");
    let participle = w.ends_with("ing") && w.starts_with(char::is_uppercase) && is_cue_verb(&w.to_ascii_lowercase());
    (opens && participle).then(|| doc.tokens[sent_tok].start..doc.tokens[sent_tok].end)
}

/// "Obama is rolling out a new message: “It's about me.”": a noun of saying just before the colon that opens a
/// quote is its cue, and the subject of its sentence the speaker. Searches the sentence `lo..first`.
fn noun_colon(doc: &Doc, lo: usize, first: usize) -> Option<SpeakerCue> {
    let colon = first.checked_sub(1).filter(|&c| c > lo && doc.tok(c) == ":")?;
    let noun = colon - 1;
    if !words::is_speech_noun(doc.tok(noun)) || doc.tokens[noun].kind != TokenKind::Word {
        return None;
    }
    let subject = sentence_subject(doc, lo, noun)?;
    Some(SpeakerCue { cue: doc.tokens[noun].start..doc.tokens[noun].end, ..subject })
}

/// How long an appositive or relative clause between a subject and its verb may run, in tokens.
const MAX_APPOSITIVE: usize = 48;

/// The cue verb of a subject that ends before token `v`: at `v`, or after one of the commas of an appositive or
/// relative clause that opens there ("Carr, a photographer, said"; "Seaman, who lives outside the capital,
/// Sacramento, said"), past a time or an adverb. Stops at the end of the clause.
fn verb_after_subject(doc: &Doc, v: usize, hi: usize) -> Option<Range<usize>> {
    let at = |i: usize| (i < hi).then(|| cue_at(doc, i, hi)).flatten().filter(|c| c.len() == 1);
    if doc.tok(v) != "," {
        let mut i = v;
        while i < hi && is_between_subject_and_verb(doc.tok(i)) {
            i += 1;
        }
        return at(i);
    }
    words::after_appositive(doc, v, (v + MAX_APPOSITIVE).min(hi), ends_clause, at)
}

/// "Trump went even further: “…”", "She went on: “…”": a colon that ends a clause and opens a quote is the cue,
/// and the clause's subject the speaker (a person, a pronoun or a description: "The statement concluded: “…”").
fn clause_colon(doc: &Doc, lo: usize, first: usize) -> Option<SpeakerCue> {
    let colon = first.checked_sub(1).filter(|&c| c > lo && doc.tok(c) == ":")?;
    let subject = sentence_subject(doc, sentence_start(doc, colon, lo), colon)?;
    Some(SpeakerCue { cue: doc.tokens[colon].start..doc.tokens[colon].end, ..subject })
}

/// How many lower-case words (and hyphens) may stand between a possessive and a noun of saying.
const MAX_POSSESSED_MODIFIERS: usize = 4;

/// "Donald Trump’s claim that there have been “thousands of shootings”": the named possessor of a noun for
/// something said, at token `v`, said it.
fn possessor_of_speech(doc: &Doc, v: usize, lo: usize) -> Option<SpeakerCue> {
    let w = doc.tok(v);
    let slogan = words::is_slogan_noun(w);
    if v < lo + 2 || !(words::is_speech_noun(w) || slogan) {
        return None;
    }
    // What was said follows the noun ("claim that", "promise to", "call for"); "Trump’s statement was “true”"
    // says something about it instead, but a slogan is what it is ("Clinton’s campaign slogan is “…”").
    let next = doc.tokens.get(v + 1).map(|t| t.text(doc.text));
    let after_copula = doc.tokens.get(v + 2).map(|t| t.text(doc.text));
    // "The senator’s answer was that “…”", "Clinton’s response was: “…”": what was said, after a copula.
    let copula_content = matches!(next, Some("is" | "was")) && matches!(after_copula, Some("that" | ":"));
    let content = matches!(next, Some("that" | "to" | "for" | "of"))
        || copula_content
        || slogan && matches!(next, Some("is" | "was" | ":" | ","));
    if !content {
        return None;
    }
    // "Clinton’s campaign slogan", "Trump’s recent evidence-free assertion": a few lower-case words may stand
    // between the possessive and the noun.
    let mut k = v - 1;
    let modifier = |k: usize| {
        matches!(doc.tokens[k].kind, TokenKind::Word | TokenKind::Punct)
            && (doc.tok(k).starts_with(char::is_lowercase) || doc.tok(k) == "-")
    };
    let floor = v.saturating_sub(1 + MAX_POSSESSED_MODIFIERS).max(lo + 1);
    let possessive_pronoun = |k: usize| matches!(doc.tok(k), "his" | "her" | "their" | "its");
    while k > floor && modifier(k) && !possessive_pronoun(k) && !words::is_cue_verb(doc.tok(k)) {
        k -= 1;
    }
    if doc.tokens[k].kind == TokenKind::Clitic {
        let p = phrase_ending_at(doc, k, lo).filter(|p| p.kind == SpeakerKind::Name)?;
        return Some(make(doc, p, v..v + 1));
    }
    // "Sanders has pushed his promise of “free college”": a possessive pronoun stands for the sentence's subject.
    if !possessive_pronoun(k) {
        return None;
    }
    let s = participle_subject(doc, sentence_start(doc, k, lo), k)?;
    Some(SpeakerCue { cue: doc.tokens[v].start..doc.tokens[v].end, ..s })
}

/// "32% of Republican claims as “false”": after a preposition, a name right before the cue word at `v` modifies
/// it when the cue is also a plural noun ("claims", "remarks"); a verb is left alone ("footage of Clinton
/// asking", "the Association of Flight Attendants called", "Secretary of State John Kerry says").
/// How many words of time or place may stand between a verb of saying and the comma before a participle.
const MAX_AFTER_CUE: usize = 6;

/// Whether the phrase starting at token `start` follows a lower-case word that is no conjunction: an object
/// ("recites the same campaign points"), not a subject.
fn after_verb(doc: &Doc, start: usize, lo: usize) -> bool {
    const OPENERS: &[&str] = &[
        "and", "but", "or", "that", "while", "when", "as", "because", "after", "before", "since", "if", "so", "where",
    ];
    start > lo && {
        let w = doc.tok(start - 1);
        doc.tokens[start - 1].kind == TokenKind::Word && w.starts_with(char::is_lowercase) && !OPENERS.contains(&w)
    }
}

fn modifies_noun(doc: &Doc, p: &Phrase, v: usize, lo: usize) -> bool {
    p.kind == SpeakerKind::Name
        && p.tokens.end == v
        // Only a cue that is also a plural noun: not "Secretary of State John Kerry says".
        && doc.tok(v).ends_with('s')
        && words::is_speech_noun(doc.tok(v))
        && p.tokens.start > lo
        && words::governs_object(doc.tok(p.tokens.start - 1))
}

/// Droege said: “…” / Droege said that “…” / according to Droege, “…” / Droege tweeted, saying “…”.
/// Searches tokens `lo..first` (the quote starts at token `first`) from the quote backwards.
fn before_quote(doc: &Doc, lo: usize, first: usize) -> Option<SpeakerCue> {
    // Not bounded by the sentence: its splitter may end one at "(R-S.C.)" or "Rep.".
    if let Some(s) = name_colon(doc, first.saturating_sub(NAME_COLON_WINDOW), first) {
        return Some(s);
    }
    let mut v = first;
    while v > lo {
        v -= 1;
        let Some(cue) = cue_at(doc, v, first) else { continue };
        if names_source_after(doc, cue.start) {
            if let Some(p) = phrase_starting_at(doc, cue.end, first) {
                return Some(make(doc, p, cue));
            }
            continue;
        }
        // "…, arguing that", "… while chanting", "despite admitting": a participle after a comma or a
        // conjunction has the sentence's subject.
        let joins = |w: &str| {
            w == ","
                || ["while", "after", "before", "by", "when", "despite", "without"]
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case(w))
        };
        let participle = doc.tok(v).ends_with("ing");
        if v > lo && joins(doc.tok(v - 1)) && participle {
            // "“…,” Sanders said, suggesting …": the verb of saying just before the comma has the subject.
            // Not a noun that reads as one after a verb's object ("recites the same campaign points, calling").
            // "Hollande said Tuesday in Paris, noting …": a few words of time or place may follow that verb.
            let floor = v.saturating_sub(2 + MAX_AFTER_CUE).max(lo);
            let said = (floor..v.saturating_sub(1))
                .rev()
                .take_while(|&k| doc.tok(k) != ",")
                .find(|&k| is_cue_verb(doc.tok(k)) && !doc.tok(k).ends_with("ing"));
            if let Some(said) = said {
                if let Some(p) = subject_before(doc, said, lo).filter(|p| !after_verb(doc, p.tokens.start, lo)) {
                    return Some(make(doc, p, v..v + 1));
                }
            }
            // From the sentence's own start, which may lie before the search window: "During a speech
            // earlier in the day, Trump attacked Clinton for her support of military action, saying, “…”".
            let start = sentence_start(doc, v, lo);
            let subject = (start < lo).then(|| participle_subject(doc, start, v)).flatten();
            if let Some(s) = subject.or_else(|| participle_subject(doc, lo, v)) {
                return Some(SpeakerCue { cue: doc.tokens[v].start..doc.tokens[v].end, ..s });
            }
        }
        // A verb without a subject here ("tweeted Monday, saying") leaves the search to an earlier cue.
        if let Some(p) = subject_before(doc, v, lo).filter(|p| !modifies_noun(doc, p, v, lo)) {
            let p = issuer(doc, &p, lo).unwrap_or(p);
            let cue_bytes = doc.tokens[v].start..doc.tokens[v].end;
            return Some(outer_speaker(doc, &p, &cue_bytes, lo).unwrap_or_else(|| make(doc, p, cue)));
        }
        // "he laughed and said, “…”": a second verb shares the first one's subject…
        if v > lo + 2 && doc.tok(v - 1) == "and" && doc.tok(v - 2).starts_with(char::is_lowercase) {
            if let Some(p) = subject_before(doc, v - 2, lo).filter(|p| !after_verb(doc, p.tokens.start, lo)) {
                return Some(make(doc, p, cue));
            }
        }
        // …and "Silverman was joined on stage by Al Franken and joked, “…”": the sentence's.
        if v > lo && doc.tok(v - 1) == "and" {
            if let Some(s) = participle_subject(doc, sentence_start(doc, v, lo), v) {
                return Some(SpeakerCue { cue: doc.tokens[v].start..doc.tokens[v].end, ..s });
            }
        }
        // "Trump unleashed a series of tweets early Friday saying that …": a participle with no subject of its
        // own has the sentence's.
        if participle && v > lo && !is_determiner(doc.tok(v - 1)) {
            if let Some(s) = participle_subject(doc, sentence_start(doc, v, lo), v) {
                return Some(SpeakerCue { cue: doc.tokens[v].start..doc.tokens[v].end, ..s });
            }
        }
        // "Said Ellis: “…”": the speaker right after the cue, then the quote.
        if let Some(p) = phrase_starting_at(doc, cue.end, first) {
            // Only punctuation between: not "now said Trump had “…”", where Trump starts the reported clause.
            if p.tokens.end + 1 == first && matches!(doc.tok(p.tokens.end), ":" | ",") {
                return Some(make(doc, p, cue));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::marks;

    #[test]
    fn a_work_title_after_a_noun_for_one() {
        let title = |text: &str| {
            let doc = Doc::new(text);
            let first = (0..doc.tokens.len()).find(|&i| doc.tok(i) == "“").unwrap();
            let after = (first + 1..doc.tokens.len()).find(|&i| doc.tok(i) == "”").unwrap() + 1;
            is_work_title(&doc, first, after)
        };
        assert!(title("her debut “Harrow Lane” sold"));
        assert!(title("the film “Out of the Dark” opened"));
        // Words said, not a title: lower-case words, a sentence, or no noun for a work before it.
        assert!(!title("the film “was a disaster for everyone” she said"));
        assert!(!title("the film “Go. Now.” opened"));
        assert!(!title("he called it “Harrow Lane” again"));
    }

    fn speakers(text: &str) -> Vec<Option<(String, String)>> {
        let doc = Doc::new(text);
        let quotes = marks::pair(&doc);
        attribute(&doc, &quotes)
            .into_iter()
            .map(|s| s.map(|s| (text[s.range].to_string(), text[s.cue].to_string())))
            .collect()
    }

    fn one(text: &str) -> Option<(String, String)> {
        speakers(text).into_iter().next().flatten()
    }

    fn is(speaker: &str, cue: &str) -> Option<(String, String)> {
        Some((speaker.to_string(), cue.to_string()))
    }

    #[test]
    fn after_the_quote() {
        assert_eq!(one("“We are fine,” Droege said."), is("Droege", "said"));
        assert_eq!(one("“We are fine,” said Jason Droege, the chief executive."), is("Jason Droege", "said"));
        assert_eq!(one("“Fine,” Droege, who joined in May, told reporters."), is("Droege", "told"));
        assert_eq!(one("“Fine,” according to a spokesperson."), is("a spokesperson", "according to"));
        assert_eq!(one("“Fine,” he added."), is("he", "added"));
        assert_eq!(one("“Fine.” — Jason Droege"), is("Jason Droege", "—"));
        assert_eq!(one("“Let me help,” the nominee riffed on Tuesday."), is("the nominee", "riffed"));
        assert_eq!(one("“It was very nice,” the gambling tycoon told Reuters."), is("the gambling tycoon", "told"));
        let t = "“The veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said.";
        assert_eq!(one(t), is("Senate Majority Leader Mitch McConnell", "said"));
        // A participle after the quote has the sentence's subject, not its object.
        let t = "Trump has welcomed the vote as “fantastic,” telling reporters that it is great.";
        assert_eq!(one(t), is("Trump", "telling"));
        // A cue word used as a noun is no cue.
        assert_eq!(one("Brian Fallon responded, calling Trump’s charge “pathetic.”"), is("Brian Fallon", "calling"));
        assert_eq!(one("Cruz said Rubio will continue to be “a champion.”"), is("Cruz", "said"));
        // A participle's sentence need not say anything: a copula or "it" is its subject all the same.
        let t = "Trump was similarly defensive about the architect, saying, “Maybe he didn’t do a good job.”";
        assert_eq!(one(t), is("Trump", "saying"));
        assert_eq!(one("Meanwhile, it attacked Trump, saying he “has offended Hispanics.”"), is("it", "saying"));
        // A noun of saying before the colon is the cue.
        let t = "President Obama is rolling out a new and more personal message: “It's about me.”";
        assert_eq!(one(t), is("President Obama", "message"));
        assert_eq!(one("“Fine.” Droege smiled."), None, "a quote that closes its sentence hands nothing on");
        let t = "The rule is a “lawful source of investment income,” as a Homeland Security memo put it.";
        assert_eq!(one(t), is("a Homeland Security memo", "put"));
        assert_eq!(one("As Trump put it, “we are fine.”"), is("Trump", "put"));
        // Regression (PolNeAR dev): the "it said" of the lead-in took the quote from the union.
        let t =
            "The statement cited the impact it said Clinton would have: “Her fight opened the door,” the union wrote.";
        assert_eq!(one(t), is("the union", "wrote"));
        // The possessor of a claim said what the claim holds, not what is said about it.
        let t = "Politifact did a fact-check on Donald Trump’s claim that there have been “thousands of shootings”.";
        assert_eq!(one(t), is("Donald Trump", "claim"));
        assert_eq!(one("Politifact announced that Trump’s statement was “true.”"), is("Politifact", "announced"));
        // A quote with no speaker of its own shares the one named after a later quote in its sentence.
        let t = "His backing will carry “a great deal of weight” and bring the “grass-roots firepower” they need \
                 to win, DFA spokesman Neil Sroka said.";
        assert_eq!(speakers(t), [is("Neil Sroka", "said"), is("Neil Sroka", "said")]);
        // Regressions (review): a name after "of" before a verb; a passive after the quote; a literal "put it".
        let t = "“It is a good deal,” Secretary of State John Kerry says.";
        assert_eq!(one(t), is("Secretary of State John Kerry", "says"));
        let t = "Trump called the plan “a total disaster,” reporters were told on Monday.";
        assert_eq!(one(t), is("Trump", "called"));
        let t = "Trump called the plan “a total disaster,” Smith has been telling voters.";
        assert_eq!(one(t), is("Smith", "telling"));
        assert_eq!(one("“It is dead in the water,” officials were told."), None);
        // A literal "put it" is no cue; and a quote that opens a paragraph with narration after it continues
        // nobody's turn (issue 11).
        let t = "“Take it,” Smith said.\n\n“Thanks.” As soon as Jones put it in his bag, the bell rang.";
        assert_eq!(speakers(t)[1], None);
        let t = "“Take it,” Smith said.\n\n“Thanks.”\n\nThe bell rang.";
        assert_eq!(speakers(t)[1], is("Smith", "said"));
        // A quote that ends its own sentence, then narration: the next paragraph's quote is no continuation.
        let t = "Okafor laughed it off, interjecting, “Only the weather.” But Marsh pressed on.\n\n“Is that a leader?”";
        assert_eq!(speakers(t)[0], is("Okafor", "interjecting"));
        assert_eq!(speakers(t)[1], None);
        // A stray opening mark before the sentence's subject.
        let t = "The crowd rose.\n\n\"Okafor walked onto the stage, chanting “Four more years!”";
        assert_eq!(speakers(t)[0], is("Okafor", "chanting"));
        // The clause runs on after the quote to an inverted cue.
        let t = "Clinton “drew quite well from white Democrats” in the 2008 primary, said professor Paul Beck.";
        assert_eq!(one(t), is("professor Paul Beck", "said"));
        // Regression (PolNeAR dev): a name after a preposition modifies a noun that looks like a cue.
        let t = "PolitiFact rated 32% of Republican claims as “false” or “pants on fire,” compared to 11% of \
                 Democratic claims. Conversely, PolitiFact rated 22% of Democratic claims as “entirely true”.";
        assert_eq!(speakers(t), [is("PolitiFact", "rated"), is("PolitiFact", "rated"), is("PolitiFact", "rated")]);
        assert_eq!(one("The ad uses footage of Hillary Clinton asking, “Why not?”"), is("Hillary Clinton", "asking"));
        // Regression (PolNeAR dev): a fragment that ends its sentence took its speaker from the next one.
        let t = "In his speech, Trump proclaimed a goal of “Peace Through Strength.” He told the crowd he wants it.";
        assert_eq!(one(t), is("Trump", "proclaimed"));
    }

    #[test]
    fn british_punctuation_outside_the_marks() {
        let t = "‘We are fine’, he said. ‘Let me help you out’, the nominee riffed.";
        assert_eq!(speakers(t), [is("he", "said"), is("the nominee", "riffed")]);
    }

    #[test]
    fn a_quote_over_paragraphs_is_attributed_after_its_end() {
        // Regression (review): the words after a quote were read only in the paragraph it starts in.
        let t = "“We will not stop,” Jones said.\n\nThe plan went on: “One.\n\n“Two,” Smith said.";
        assert_eq!(speakers(t)[1], is("Smith", "said"));
    }

    #[test]
    fn before_the_quote() {
        assert_eq!(one("Droege said: “We are fine.”"), is("Droege", "said"));
        assert_eq!(one("Droege said that “we are fine.”"), is("Droege", "said"));
        let t = "“Voters do not agree with Trump,” Sanders said, suggesting a question: “Do you really think so?”";
        assert_eq!(speakers(t)[1], is("Sanders", "suggesting"));
        let t = "Clinton: “Our goal is to defeat ISIS.” Bush: “The mission is to destroy ISIS.”";
        assert_eq!(speakers(t), [is("Clinton", ":"), is("Bush", ":")]);
        assert_eq!(one("Rep. Trey Gowdy (R-S.C.): “Who told you that?”"), is("Rep. Trey Gowdy", ":"));
        let t = "Silverman was joined on stage by Al Franken and joked, “You are being ridiculous.”";
        assert_eq!(one(t), is("Silverman", "joked"));
        assert_eq!(one("The question: “Why now?”"), None);
        assert_eq!(one("According to Droege, “we are fine.”"), is("Droege", "According to"));
        assert_eq!(one("Trump tweeted Monday, saying “we are fine.”"), is("Trump", "saying"));
        // Regression (PolNeAR): the sentence began before the search window, which then opened mid-phrase.
        let t = "During a national security speech earlier in the day, Trump attacked Clinton for her support of \
                 military action in Iraq and Libya, saying, “She's trigger-happy.”";
        assert_eq!(one(t), is("Trump", "saying"));
        assert_eq!(one("The company said it was “fine”."), is("The company", "said"));
        // Regression (PolNeAR): the inner "she recalled" took the quote from the outer "Lynch said".
        assert_eq!(one("Lynch said she recalled thinking, “This is it.”"), is("Lynch", "said"));
        assert_eq!(one("She said she recalls him being “confused,”"), is("She", "said"));
        assert_eq!(one("Ban Ki-moon condemned what he called a “brazen breach”."), is("Ban Ki-moon", "called"));
        assert_eq!(one("They paid a firm, which builds what it calls “psychographic” profiles."), is("it", "calls"));
    }

    #[test]
    fn from_context() {
        // A fragment's speaker past an appositive or a relative clause with commas of its own.
        let t = "Noor Vance, 31, a freelance photographer, said the fair was the “perfect opportunity” for her.";
        assert_eq!(one(t), is("Noor Vance", "said"));
        let t = "Ivo Marsh, who lives outside the capital, Sacramento, said he still “hopes” to win.";
        assert_eq!(one(t), is("Ivo Marsh", "said"));
        // An appositive before a verb that says nothing gives no speaker.
        assert_eq!(one("Ivo Marsh, a farmer, grows “heritage” wheat."), None);
        // A colon that ends a clause introduces its subject's words, in the sentence or as the next paragraph.
        assert_eq!(one("In a radio interview, Corlett went even further: “It is over.”"), is("Corlett", ":"));
        let t = "“Fine,” Ames said of the plan.\n\nShe went on:\n\n“It will not pass.”";
        assert_eq!(speakers(t)[1], is("She", ":"));
        let t = "Droege said Tuesday in an interview.\n\n“We are fine.”\n\n“We are good.”\n\nOther news.";
        assert_eq!(speakers(t), [is("Droege", "said"), is("Droege", "said")]);
        let t = "“I love cats!” insists Burton. “I absolutely do.”";
        assert_eq!(speakers(t), [is("Burton", "insists"), is("Burton", "insists")]);
        assert_eq!(speakers("It was “fine”."), [None]);
        // A fragment in a clause whose verb says something: that verb's subject, whatever the sentence's.
        let t = "It is strange that Trump would denounce “self-deportation,” which is mild.";
        assert_eq!(speakers(t), [is("Trump", "denounce")]);
        // Regression (review): the object of a preposition is no clause subject.
        assert_eq!(one("The rally in Cleveland drew “huge” crowds."), None);
        assert_eq!(one("The deal with Microsoft gave them a “fantastic” result."), None);
        // A capitalised verb of saying, or a plural that only looks like a role, is no speaker.
        assert_eq!(one("Calls men derogatory names, like “pigs,” and runs pageants."), None);
        assert_eq!(one("The dispute centers on a “use it or lose it” rule."), None);
        // A quote standing alone gets a speaker only through a cue: not from a sentence before that says nothing
        // (issue 11), but from one whose verb says something.
        let t = "Sen. Bernie Sanders identified exhaustion as one reason.\n\n“The younger people are tired.”";
        assert_eq!(speakers(t), [None]);
        let t = "Sen. Bernie Sanders cited exhaustion as one reason.\n\n“The younger people are tired.”";
        assert_eq!(speakers(t), [is("Sen. Bernie Sanders", "cited")]);
        assert_eq!(speakers("The weather turned.\n\n“It is cold.”"), [None]);
        // Regression (PolNeAR dev): the sentence before holds a quoted title and is long; the person quoted in
        // the paragraph before does not speak across it (and its subject speaks only through a cue).
        let t = "“No,” Pence said.\n\nOn “Face the Nation,” Sen. Bernie Sanders (Vt.), who lost the Democratic \
                 primaries to Clinton, identified young voters’ exhaustion with bigotry as one of the reasons that \
                 they should get excited about Clinton’s candidacy. “The younger people are sick and tired.”";
        assert_eq!(speakers(t)[2], None);
        // But never a subject inside the quote before.
        let t = "“They lied. They’ve become like Fox News.”\n\n“And it’s become sad.”";
        assert_eq!(speakers(t), [None, None]);
    }

    #[test]
    fn introductory_phrases_are_not_speakers() {
        // Regression: "Filling" and "Flying" were read as names, "PHILADELPHIA" (a dateline) as a subject.
        let t = "Filling in for Sanders at the event, West joked about “my dear sister.”";
        assert_eq!(one(t), is("West", "joked"));
        // Regression (review): a name ending in -ly is no adverb.
        let t = "Kelly, the White House chief of staff, has long opposed what he calls “amnesty.”";
        assert_eq!(one(t), is("Kelly", "calls"));
        // Regression (PolNeAR dev): "Twenty-two" was read as a name.
        let t = "Twenty-two years ago, a Times article hailed Trump as “The Comeback Kid” for his success.";
        assert_eq!(one(t), is("a Times article", "hailed"));
        assert_eq!(one("Flying home one night, she vented that it would be “ugly.”"), is("she", "vented"));
        assert_eq!(one("PHILADELPHIA, July 25 (UPI) — The party offered “a deep apology” to him."), None);
        assert_eq!(one("“It was opposed,” said former Sen. Evan Bayh."), is("former Sen. Evan Bayh", "said"));
    }

    #[test]
    fn issue_11_a_speaker_only_through_a_cue() {
        // Regressions (issue 11): a subject whose verb says nothing gave a title or scare quote a speaker,
        // with that verb (or a word after it) as the cue.
        assert_eq!(one("Marlowe Pictures gets first refusal on every film in the “Open Doors” strand."), None);
        assert_eq!(one("Festival closes with “Quiet Water”"), None);
        // A title inside the subject of a later "said", whose words follow it.
        assert_eq!(one("Ada Fenn, whose novel “Salt Roads” won a prize, said she was glad."), None);
        // A "?" and then a new sentence; a cue word that is a noun before "is".
        assert_eq!(one("Rui Alves writes: “Is it worth it?” The short answer is yes."), is("Rui Alves", "writes"));
        assert_eq!(one("“Is it worth it?” The answer was no."), None);
        // "from" and a colon; a name set off after a role; someone unnamed from a group.
        assert_eq!(one("More from Ilse Baum: “We kept going.”"), is("Ilse Baum", ":"));
        assert_eq!(one("Orvane’s chief executive, Kai Moro, said: “We will hire.”"), is("Kai Moro", "said"));
        assert_eq!(one("One of them said, “We came first.”"), is("One of them", "said"));
        // A paragraph that opens with a quote and goes on with narration continues nobody's turn.
        let t = "“We made it,” Ada Fenn said.\n\n“Is it art?” The question hung over the night.";
        assert_eq!(speakers(t), [is("Ada Fenn", "said"), None]);
    }
}
