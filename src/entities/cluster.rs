//! Grouping tagged mentions into entities: "Jason Droege" … "Droege" … "Mr. Droege" is one PERSON,
//! "Meta Platforms Inc." … "Meta" one ORG, "Securities and Exchange Commission" … "SEC" one ORG.
//!
//! One pass in text order. A mention joins an earlier entity when its lower-cased text equals an earlier
//! mention's; a one-word mention also joins the person whose surname it is, the organization whose first word
//! it is, or the multi-word name whose initials it spells; a person's or organization's full name joins the
//! earlier one-word mention of its surname or first word. Then every mention of an entity takes the entity's
//! label (a vote weighted by confidence), and entities that only unsure mentions name are dropped.

use super::lists::{kinds, kinds_of, push_lower, FnvBuild, Kind};
use super::{Confidence, Found, Mention, Tagged};
use crate::annotation::{Entity, Label};
use crate::text::{Doc, TokenKind};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

const LABELS: [Label; 4] = [Label::Person, Label::Org, Label::Loc, Label::Misc];

/// An entity while its mentions are being collected.
struct Proto {
    votes: [u32; 4],
    /// The label of its surest mention, which breaks a tie in the votes.
    first_label: Label,
    best: Confidence,
    /// Per label, the byte range of its first longest mention read as that label: the entity's name is the one
    /// of its final label ("Ivanka Trump", not "Trump Organization" that a misread joined to her).
    names: [Range<usize>; 4],
}

impl Proto {
    /// The byte range of its longest mention, the first of equals in text order.
    fn longest(&self) -> Range<usize> {
        let mut longest = 0..0;
        for r in &self.names {
            if r.len() > longest.len() || r.len() == longest.len() && !r.is_empty() && r.start < longest.start {
                longest = r.clone();
            }
        }
        longest
    }
}

/// The keys under which later mentions find an entity.
#[derive(Default)]
struct Index {
    full: HashMap<String, usize, FnvBuild>,
    surname: HashMap<String, usize, FnvBuild>,
    first_word: HashMap<String, usize, FnvBuild>,
    /// The last words of multi-word organizations that open with a head word: "riomar" of "Club Atlético Riomar".
    org_last: HashMap<String, usize, FnvBuild>,
    initials: HashMap<String, usize, FnvBuild>,
    /// The first words of multi-word people that are no known given name: "zhao" of "Zhao Minghui".
    person_first: HashMap<String, usize, FnvBuild>,
    /// The given names of multi-word people, each with its one person (`None` when two people have it).
    given: HashMap<String, Option<usize>, FnvBuild>,
}

pub fn cluster(doc: &Doc, tagged: &[Tagged]) -> Found {
    let mut protos: Vec<Proto> = Vec::new();
    let mut index = Index::default();
    let mut assigned: Vec<Assigned> = Vec::with_capacity(tagged.len());
    let mut key = String::new();
    let mut head = String::new();
    let surnames = person_surnames(doc, tagged);
    let org_firsts = org_first_words(doc, tagged);
    let clear_org_firsts = clear_org_first_words(doc, tagged);
    let context_orgs = context_org_words(doc, tagged);
    for t in tagged {
        let Some(range) = byte_range(doc, &t.tokens, t.cut) else { continue };
        let words: Vec<usize> = t.tokens.clone().filter(|&i| doc.tokens[i].kind != TokenKind::Punct).collect();
        // "Meridian Systems Inc." is found under "meridian systems": one company with and without its legal form.
        push_key(doc, without_legal_form(doc, &words, &mut key), &mut key);
        let relabeled;
        let after_place_word = t.tokens.start > 0 && is_place_preposition(doc.tok(t.tokens.start - 1));
        let misread = is_surname_misread(t, &key, org_firsts.contains(key.as_str()), after_place_word);
        // And the mirror: "Magna" read as a person after "Magna International Inc." is the company's short form,
        // unless a person named in full ends with the word; so is a MISC that is no nationality or place
        // ("Greyhollow" of "Greyhollow Capital", not "Iraqi" of "Iraqi Kurdish Party").
        let misc_word = t.label == Label::Misc && {
            let k = kinds(&key);
            !k.has(Kind::Demonym) && !k.has(Kind::Place)
        };
        let org_short_form = (t.label == Label::Person || misc_word)
            && t.confidence < Confidence::Context
            && (clear_org_firsts.contains(key.as_str()) || context_orgs.contains(key.as_str()) && !is_a_name(&key))
            && !surnames.contains(key.as_str());
        // "Osprey Renewables" read as a person, where the text makes "Osprey" alone a company ("Osprey, a
        // subsidiary of …"): the longer name is the company's, unless its last word is a name people have.
        // So is "Carrow Vale" where "Vale manager Sandra Kettle" makes "Vale" a club, unless a given name opens it.
        let named_after_org = t.label == Label::Person && words.len() > 1 && t.confidence < Confidence::Context && {
            let (first, last) = (key.split(' ').next().unwrap_or(""), key.rsplit(' ').next().unwrap_or(""));
            context_orgs.contains(first) && !is_a_name(last)
                || context_orgs.contains(last) && !kinds(first).has(Kind::GivenName)
        };
        let t = if named_after_org {
            relabeled = Tagged { label: Label::Org, confidence: Confidence::Guess, ..t.clone() };
            &relabeled
        } else if words.len() == 1 && misread && surnames.contains(key.as_str()) {
            relabeled = Tagged { label: Label::Person, confidence: Confidence::Guess, ..t.clone() };
            &relabeled
        } else if words.len() == 1 && org_short_form {
            relabeled = Tagged { label: Label::Org, confidence: Confidence::Guess, ..t.clone() };
            &relabeled
        } else {
            t
        };
        // The same words with a different label, both sure, are two things: "NEW YORK" the dateline and "New
        // York" the team of a results table.
        // "in Washington" after "MaliVai Washington" is the city: a place a preposition introduces joins no person.
        let the_place = t.label == Label::Loc && after_place_word;
        // A name no list knows as a place is one thing however the model read each mention: an article does not
        // name a company and a town both "Telmora" (a listed place may be both: "Leeds" the city and the team).
        let same = index.full.get(&key).copied().filter(|&id| {
            let p = &protos[id];
            let both_unsure_of_context = p.best < Confidence::Context && t.confidence < Confidence::Context;
            (may_join(p, t) || both_unsure_of_context && !kinds(&key).has(Kind::Place))
                && !(the_place && p.first_label == Label::Person)
        });
        // A sure one-word mention of another kind than the entity its words first named is the short form of a
        // name of its own kind: "Vellacott" the company after "Marisol Vellacott" and "Vellacott Group".
        let same = same.map(|id| {
            if words.len() != 1 || protos[id].first_label == t.label || t.confidence < Confidence::Listed {
                return id;
            }
            [index.surname.get(&key), index.first_word.get(&key)]
                .into_iter()
                .flatten()
                .copied()
                .find(|&other| protos[other].first_label == t.label)
                .unwrap_or(id)
        });
        let found = same.or_else(|| {
            if words.len() != 1 {
                // "Meta" … then "Meta Platforms Inc.", "Droege" … then "Jason Droege": the longer name joins the
                // one-word mention of the same kind that came first.
                let word = match t.label {
                    Label::Org => key.split(' ').next(),
                    Label::Person => key.rsplit(' ').next(),
                    _ => None,
                }?;
                let id = index.full.get(word).copied()?;
                // Unless that entity already has another full name: "Rakeyia Scott" after "Keith Lamont Scott"
                // … "Scott" is a second person of the family, not the first one's longer name.
                let other_full_name = t.label == Label::Person && {
                    // Only the first words of the known name are read: a name may be a long capitalised run.
                    let mut known_lower = String::new();
                    for w in doc.text[protos[id].longest()].split_whitespace().take(MAX_NAME_WORDS) {
                        push_lower(w, &mut known_lower);
                        known_lower.push(' ');
                    }
                    let mut known = given_words(&known_lower);
                    let known_given = known.next();
                    let new: Vec<&str> = given_words(&key).take(MAX_NAME_WORDS).collect();
                    match (known_given, known.next(), new.split_last()) {
                        (Some(given), Some(_), Some((_, firsts))) if !firsts.is_empty() => {
                            !firsts.iter().any(|w| same_given_name(w, given))
                        }
                        _ => false,
                    }
                };
                // A longer name of another kind joins only a one-word mention that is no place ("Japan" … "Japan
                // Airlines", "LONDON" … "London Newsroom" are two things) and only when one reading is the context's;
                // nor one that a full name already names: "Vellacott Group" after "Marisol Vellacott" …
                // "Vellacott" is the company named after her.
                // A word no list calls a place, read as one only by the model's guess, is the short form of the
                // club or company named after it: "Larkspur" in a headline, then "Larkspur FC".
                let p = &protos[id];
                let one_word = !doc.text[p.longest()].contains(char::is_whitespace);
                let context = p.best.max(t.confidence) == Confidence::Context;
                let joins = p.first_label == t.label
                    || one_word
                        && may_join(p, t)
                        && if p.first_label == Label::Loc {
                            p.best < Confidence::Context
                                && !kinds(word).has(Kind::Place)
                                && (context || t.label == Label::Org && ends_in_org_head(doc, &words, &mut head))
                        } else {
                            // "Panamanian" … "Panamanian Boxing Association": a nationality names no company.
                            context && !kinds(word).has(Kind::Demonym)
                        };
                return (joins && !other_full_name).then_some(id);
            }
            let idx = &index;
            let id = idx
                .surname
                .get(&key)
                .or_else(|| idx.first_word.get(&key))
                .or_else(|| idx.initials.get(&key))
                // (A surname alone the tagger read as a place is the person too: "Park said".)
                .or_else(|| idx.person_first.get(&key).filter(|_| matches!(t.label, Label::Person | Label::Loc)))
                .or_else(|| idx.given.get(&key)?.as_ref().filter(|_| t.label == Label::Person))
                // "Riomar president Esteban Quiroga" after "Club Atlético Riomar": a club or company named by its
                // last word, read as one, and no place ("Madrid" of "Real Madrid" may be the city).
                .or_else(|| idx.org_last.get(&key).filter(|_| t.label == Label::Org && !kinds(&key).has(Kind::Place)))
                .copied()?;
            // A sure mention of another kind is another thing: "Japan" after "Japan Airlines".
            // (Not a surname-first person's surname the tagger read as a place: "Park Ji-won" … "Park said".)
            let surname_first = t.label == Label::Loc
                && protos[id].first_label == Label::Person
                && index.person_first.get(&key) == Some(&id);
            (protos[id].first_label == t.label || t.confidence <= Confidence::Listed || surname_first).then_some(id)
        });
        let id = found.unwrap_or_else(|| {
            protos.push(Proto {
                votes: [0; 4],
                first_label: t.label,
                best: Confidence::IfLinked,
                names: Default::default(),
            });
            protos.len() - 1
        });
        let p = &mut protos[id];
        p.votes[slot(t.label)] += weight(t.confidence);
        if t.confidence > p.best {
            p.best = t.confidence;
            p.first_label = t.label;
        }
        if range.len() > p.names[slot(t.label)].len() {
            p.names[slot(t.label)] = range.clone();
        }
        register(doc, &words, &key, t.label, id, &mut index);
        let clear_org = t.label == Label::Org && words.len() > 1 && ends_in_org_head(doc, &words, &mut head);
        assigned.push(Assigned { range, id, clear_org });
    }
    finish(doc, protos, assigned)
}

/// The lower-cased surnames of the document's multi-word PERSON mentions, wherever they are: "Trump" in a
/// headline before "Donald Trump" is his surname too.
fn person_surnames(doc: &Doc, tagged: &[Tagged]) -> HashSet<String, FnvBuild> {
    name_words(doc, tagged, |t| t.label == Label::Person && t.confidence > Confidence::IfLinked, true)
}

/// Whether a lower-cased word is a listed given name or surname: a person's however one mention reads.
fn is_a_name(lower: &str) -> bool {
    let k = kinds(lower);
    k.has(Kind::Surname) || k.has(Kind::GivenName)
}

/// The lower-cased one-word names the context reads as organizations ("Osprey, a subsidiary of …").
fn context_org_words(doc: &Doc, tagged: &[Tagged]) -> HashSet<String, FnvBuild> {
    let mut out = HashSet::default();
    for t in tagged {
        if t.label == Label::Org && t.confidence == Confidence::Context && t.tokens.len() == 1 {
            let mut s = String::new();
            push_lower(doc.tok(t.tokens.start), &mut s);
            out.insert(s);
        }
    }
    out
}

/// The lower-cased first words of the document's surely read multi-word organizations: "Dell" of "Dell
/// Technologies" is the company, whoever "Michael Dell" is.
fn org_first_words(doc: &Doc, tagged: &[Tagged]) -> HashSet<String, FnvBuild> {
    name_words(doc, tagged, |t| t.label == Label::Org && t.confidence >= Confidence::Listed, false)
}

/// The lower-cased first words of the document's multi-word organizations whose words say they are one: a
/// legal form or a head word at the end ("Magna International Inc.", "Bank") or a listed name ("Real Madrid").
/// ("Wang Donghai" read as an organization, even from a cue, says nothing of the kind.)
fn clear_org_first_words(doc: &Doc, tagged: &[Tagged]) -> HashSet<String, FnvBuild> {
    let (mut head, mut name) = (String::new(), String::new());
    let mut words = Vec::new();
    let clear = |t: &Tagged| {
        if t.label != Label::Org {
            return false;
        }
        words.clear();
        words.extend(t.tokens.clone().filter(|&i| doc.tokens[i].kind != TokenKind::Punct));
        push_key(doc, &words, &mut name);
        ends_in_org_head(doc, &words, &mut head) || kinds(&name).has(Kind::Org)
    };
    name_words(doc, tagged, clear, false)
}

/// Whether the last of `words` is an organization's head word or legal form ("Foundation", "Inc.").
fn ends_in_org_head(doc: &Doc, words: &[usize], buf: &mut String) -> bool {
    words.last().is_some_and(|&last| {
        let kind = kinds_of(doc.tok(last), buf);
        kind.has(Kind::OrgWord) || kind.has(Kind::OrgSuffix)
    })
}

/// `words` without the legal-form suffixes at their end ("Inc.", "Corp", "plc"), when a word is left.
fn without_legal_form<'w>(doc: &Doc, words: &'w [usize], buf: &mut String) -> &'w [usize] {
    let mut n = words.len();
    while n > 1 && kinds_of(doc.tok(words[n - 1]), buf).has(Kind::OrgSuffix) {
        n -= 1;
    }
    &words[..n]
}

/// Writes the words' lower-cased text, one space between, into `key` (cleared first): the key an entity is
/// found under.
fn push_key(doc: &Doc, words: &[usize], key: &mut String) {
    key.clear();
    for (n, &i) in words.iter().enumerate() {
        if n > 0 {
            key.push(' ');
        }
        push_lower(doc.tok(i), key);
    }
}

/// The last (or first) word, lower-cased, of every multi-word mention that `pick` takes.
fn name_words(
    doc: &Doc,
    tagged: &[Tagged],
    mut pick: impl FnMut(&Tagged) -> bool,
    last: bool,
) -> HashSet<String, FnvBuild> {
    let mut out = HashSet::default();
    for t in tagged.iter().filter(|t| pick(t)) {
        let mut words = t.tokens.clone().filter(|&i| doc.tokens[i].kind != TokenKind::Punct);
        if let (Some(first), Some(end)) = (words.next(), words.next_back()) {
            let mut s = String::new();
            push_lower(doc.tok(if last { end } else { first }), &mut s);
            out.insert(s);
        }
    }
    out
}

/// Whether a one-word mention the model read as another kind may be a person's surname the document names in
/// full: a MISC short of the context's reading (a surname is no nationality or event), an organization short of
/// it unless a surely read longer organization starts with the word (`org_first`: "Dell Technologies" … "Dell"),
/// or a place: one no list knows ("Confidence in Whitlow fell" after "Dana Whitlow"), or a listed one that no
/// preposition of place introduces ("Washington beat Agassi" after "MaliVai Washington"; "in Washington" stays
/// the city). What a cue says stays.
fn is_surname_misread(t: &Tagged, key: &str, org_first: bool, after_place_word: bool) -> bool {
    let short_of_context = t.confidence < Confidence::Context;
    match t.label {
        Label::Misc => short_of_context,
        Label::Org => t.confidence <= Confidence::Guess || short_of_context && !org_first,
        Label::Loc => short_of_context && !(after_place_word && kinds(key).has(Kind::Place)),
        _ => false,
    }
}

/// Words that put a place after them: "in Washington", "to Paris".
fn is_place_preposition(w: &str) -> bool {
    #[rustfmt::skip]
    const WORDS: &[&str] = &[
        "in", "to", "from", "at", "near", "outside", "across", "into", "via", "around", "throughout", "toward",
        "towards", "between", "inside", "within", "of",
    ];
    WORDS.iter().any(|p| p.eq_ignore_ascii_case(w))
}

/// Whether mention `t` may join entity `p` whose name matched: the same label, or one of them unsure, or one
/// read from its context where the other is only the model's. Two sure readings of different kinds are two
/// things: "NEW YORK" the dateline and "New York" the team of a results table.
fn may_join(p: &Proto, t: &Tagged) -> bool {
    let context = |c: Confidence| c == Confidence::Context;
    p.first_label == t.label
        || t.confidence <= Confidence::Listed
        || p.best <= Confidence::Listed
        || context(t.confidence) != context(p.best)
}

/// The words of a lower-cased name that are not titles ("mr.", "president"): the name as its bearer's own.
fn given_words(lower: &str) -> impl Iterator<Item = &str> {
    lower.split_whitespace().filter(|w| {
        let k = kinds(w);
        !(w.ends_with('.') || k.has(Kind::Title) || k.has(Kind::TitleModifier))
    })
}

/// How many words of a person's name are read to compare given names.
const MAX_NAME_WORDS: usize = 8;

/// Whether two lower-cased given names can be one person's: the same, one the other's short form sharing its
/// first three letters ("bernie", "bernard"), or a common English nickname ("joe", "joseph"; "ted", "rafael").
fn same_given_name(a: &str, b: &str) -> bool {
    #[rustfmt::skip]
    const NICKNAMES: &[(&str, &str)] = &[
        ("joe", "joseph"), ("bill", "william"), ("will", "william"), ("bob", "robert"), ("bobby", "robert"),
        ("dick", "richard"), ("rick", "richard"), ("jim", "james"), ("jimmy", "james"), ("jack", "john"),
        ("ted", "edward"), ("ted", "theodore"), ("ted", "rafael"), ("ned", "edward"), ("chuck", "charles"),
        ("hank", "henry"), ("peggy", "margaret"), ("maggie", "margaret"), ("liz", "elizabeth"),
        ("beth", "elizabeth"), ("betsy", "elizabeth"), ("kate", "katherine"), ("kate", "catherine"),
        ("tony", "anthony"), ("mike", "michael"), ("tom", "thomas"), ("larry", "lawrence"), ("jerry", "gerald"),
        ("sandy", "alexandra"), ("nancy", "ann"), ("sally", "sarah"), ("polly", "mary"), ("molly", "mary"),
    ];
    let prefix = |x: &str, y: &str| x.len() >= 3 && y.len() >= 3 && x.get(..3).is_some_and(|p| y.starts_with(p));
    a == b || prefix(a, b) || NICKNAMES.iter().any(|&(n, f)| (n, f) == (a, b) || (n, f) == (b, a))
}

/// Records the keys of a mention: its full text always; for a multi-word person its surname, for a
/// multi-word organization its first word, for any multi-word name its initials. First come, first kept.
fn register(doc: &Doc, words: &[usize], key: &str, label: Label, id: usize, index: &mut Index) {
    if !index.full.contains_key(key) {
        index.full.insert(key.to_string(), id);
    }
    if words.len() < 2 {
        return;
    }
    let lower = |i: usize| {
        let mut s = String::new();
        push_lower(doc.tok(i), &mut s);
        s
    };
    match label {
        Label::Person => {
            index.surname.entry(lower(words[words.len() - 1])).or_insert(id);
            // "Zhao Minghui" … "Zhao": a name whose first word is a listed surname and no given name is written
            // surname first, as Chinese, Korean and Vietnamese names are (not "Deportivo Coruna", a club the
            // model misread as a person).
            let first = lower(words[0]);
            let k = kinds(&first);
            // ("Park Ji-won": a hyphenated given name of syllables after it says so too, listed or not.)
            let syllables = words.len() == 2 && super::long_names::is_syllable_pair(doc.tok(words[1]));
            if syllables || k.has(Kind::Surname) && !k.has(Kind::GivenName) && !k.has(Kind::Title) {
                index.person_first.entry(first).or_insert(id);
            } else if k.has(Kind::GivenName) {
                // "Marcus Oyelowo" … “Marcus was always the optimist”: a given name alone is the one person the
                // text gave it to, and nobody's when it gave it to two.
                let slot = index.given.entry(first).or_insert(Some(id));
                if *slot != Some(id) {
                    *slot = None;
                }
            }
        }
        Label::Org => {
            let first = lower(words[0]);
            // Only where the name opens with an organization's head word ("Club", "Church of"): its last word
            // is then the distinctive one.
            let head_first = kinds(&first).has(Kind::OrgWord);
            index.first_word.entry(first).or_insert(id);
            let last = lower(words[words.len() - 1]);
            let k = kinds(&last);
            if head_first
                && !k.has(Kind::OrgWord)
                && !k.has(Kind::OrgSuffix)
                && !k.has(Kind::Place)
                && !k.has(Kind::Demonym)
            {
                index.org_last.entry(last).or_insert(id);
            }
        }
        _ => {}
    }
    // Initials of the capitalised words: "Securities and Exchange Commission" → "sec".
    let initials: String = words
        .iter()
        .filter_map(|&i| doc.tok(i).chars().next().filter(|c| c.is_uppercase()))
        .flat_map(char::to_lowercase)
        .collect();
    if initials.chars().count() >= 2 {
        index.initials.entry(initials).or_insert(id);
    }
}

/// A mention with the entity it joined.
struct Assigned {
    range: Range<usize>,
    id: usize,
    /// A name of several words read as an organization and ending in an organization's head word or legal form
    /// ("The Trump Organization"), which stays one whatever the entity it joined turns out to be.
    clear_org: bool,
}

/// Decides each entity's label, drops the unconfirmed ones and numbers the rest densely in text order.
fn finish(doc: &Doc, protos: Vec<Proto>, assigned: Vec<Assigned>) -> Found {
    let mut new_id = vec![usize::MAX; protos.len()];
    let mut entities: Vec<Entity> = Vec::new();
    let mut mentions = Vec::with_capacity(assigned.len());
    // The organizations split off a person's entity, by name.
    let mut split: HashMap<&str, usize, FnvBuild> = HashMap::default();
    for Assigned { range, id: old, clear_org } in assigned {
        let p = &protos[old];
        if p.best == Confidence::IfLinked {
            continue;
        }
        if new_id[old] == usize::MAX {
            new_id[old] = entities.len();
            let label = decide(p);
            let own = &p.names[slot(label)];
            let name = if own.is_empty() { p.longest() } else { own.clone() };
            entities.push(Entity { id: entities.len(), label, name: doc.text[name].to_string(), mentions: 0 });
        }
        let mut id = new_id[old];
        if clear_org && entities[id].label == Label::Person {
            let name = &doc.text[range.clone()];
            id = *split.entry(name).or_insert_with(|| {
                entities.push(Entity { id: entities.len(), label: Label::Org, name: name.to_string(), mentions: 0 });
                entities.len() - 1
            });
        }
        let entity = &mut entities[id];
        entity.mentions += 1;
        mentions.push(Mention { range, label: entity.label, entity: entity.id });
    }
    Found { mentions, entities }
}

fn decide(p: &Proto) -> Label {
    let max = p.votes.iter().copied().max().unwrap_or(0);
    if p.votes[slot(p.first_label)] == max {
        return p.first_label;
    }
    LABELS.into_iter().find(|&l| p.votes[slot(l)] == max).unwrap_or(p.first_label)
}

fn slot(label: Label) -> usize {
    LABELS.iter().position(|&l| l == label).unwrap_or(0)
}

fn weight(c: Confidence) -> u32 {
    match c {
        Confidence::IfLinked => 0,
        Confidence::Guess => 1,
        Confidence::Listed => 3,
        Confidence::Cued => 6,
        // A reader's cue outweighs the model's reading of three sure mentions.
        Confidence::Context => 20,
    }
}

/// The byte range of a token range, if it is a non-empty range of real tokens.
/// `cut` bytes are taken off its end ("-based"), when that leaves a character boundary.
fn byte_range(doc: &Doc, tokens: &Range<usize>, cut: u8) -> Option<Range<usize>> {
    let first = doc.tokens.get(tokens.start)?;
    let last = doc.tokens.get(tokens.end.checked_sub(1)?)?;
    let end = last.end.checked_sub(usize::from(cut)).filter(|&e| doc.text.is_char_boundary(e))?;
    (first.start < end).then_some(first.start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Clusters `text` with the given (token range, label, confidence) mentions; returns (text, label, id).
    fn run<'t>(text: &'t str, tagged: &[(Range<usize>, Label, Confidence)]) -> (Vec<(&'t str, Label, usize)>, Found) {
        let doc = Doc::new(text);
        let tagged: Vec<Tagged> =
            tagged.iter().map(|(r, l, c)| Tagged { tokens: r.clone(), label: *l, confidence: *c, cut: 0 }).collect();
        let found = cluster(&doc, &tagged);
        let got = found.mentions.iter().map(|m| (&text[m.range.clone()], m.label, m.entity)).collect();
        (got, found)
    }

    #[test]
    fn surname_joins_the_person_and_takes_its_label() {
        let (got, found) = run(
            "Jason Droege met Droege",
            &[(0..2, Label::Person, Confidence::Listed), (3..4, Label::Org, Confidence::Guess)],
        );
        assert_eq!(got, [("Jason Droege", Label::Person, 0), ("Droege", Label::Person, 0)]);
        assert_eq!(found.entities[0].name, "Jason Droege");
        assert_eq!(found.entities[0].mentions, 2);
    }

    #[test]
    fn an_unlisted_name_read_two_ways_by_sure_readings_is_one_entity() {
        // Regression: "from Telmora" read as a place surely and "Telmora" as a company surely were two entities.
        let text = "Telmora buys ; joined from Telmora ; Telmora said";
        let (got, found) = run(
            text,
            &[
                (0..1, Label::Org, Confidence::Cued),
                (5..6, Label::Loc, Confidence::Cued),
                (7..8, Label::Org, Confidence::Cued),
            ],
        );
        assert_eq!(got, [("Telmora", Label::Org, 0), ("Telmora", Label::Org, 0), ("Telmora", Label::Org, 0)]);
        assert_eq!(found.entities.len(), 1);
        // A listed place may be a place and a team in one text ("Leeds" the city and the club).
        let (got, _) =
            run("Leeds won ; in Leeds", &[(0..1, Label::Org, Confidence::Cued), (4..5, Label::Loc, Confidence::Cued)]);
        assert_eq!(got, [("Leeds", Label::Org, 0), ("Leeds", Label::Loc, 1)]);
        // Two readers' cues that disagree name two things.
        let (got, _) = run(
            "Telmora said ; the mayor of Telmora",
            &[(0..1, Label::Org, Confidence::Context), (6..7, Label::Loc, Confidence::Context)],
        );
        assert_eq!(got[1], ("Telmora", Label::Loc, 1));
    }

    #[test]
    fn an_unlisted_word_guessed_a_place_is_the_short_form_of_the_club_named_after_it() {
        // Regression: a headline's "Larkspur", guessed a place, and "Larkspur FC" were two entities.
        let text = "Tallowmere signs striker ; Tallowmere FC signed him";
        let (got, found) = run(text, &[(0..1, Label::Loc, Confidence::Guess), (4..6, Label::Org, Confidence::Listed)]);
        assert_eq!(got, [("Tallowmere", Label::Org, 0), ("Tallowmere FC", Label::Org, 0)]);
        assert_eq!(found.entities[0].name, "Tallowmere FC");
        // A listed place stays apart from what is named after it: "Japan" … "Japan Airlines".
        let (got, _) = run(
            "Japan grew ; Japan Airlines flew",
            &[(0..1, Label::Loc, Confidence::Guess), (3..5, Label::Org, Confidence::Guess)],
        );
        assert_eq!(got, [("Japan", Label::Loc, 0), ("Japan Airlines", Label::Org, 1)]);
    }

    #[test]
    fn a_person_named_after_a_word_the_context_makes_a_company_is_the_company() {
        // Regression: "the developer, Osprey Renewables" read as a person and "Osprey, a subsidiary of …" as a
        // company were two entities, one of them a person.
        let text = "pitted Brackwater Renewables against crews ; what Brackwater wanted ; Brackwater , a subsidiary";
        let (got, found) = run(
            text,
            &[
                (1..3, Label::Person, Confidence::Cued),
                (7..8, Label::Person, Confidence::Guess),
                (10..11, Label::Org, Confidence::Context),
            ],
        );
        assert_eq!(
            got,
            [("Brackwater Renewables", Label::Org, 0), ("Brackwater", Label::Org, 0), ("Brackwater", Label::Org, 0)]
        );
        assert_eq!(found.entities.len(), 1);
        // The last word too: "Carrow Vale came from behind" … "Vale manager Sandra Kettle".
        let (got, _) = run(
            "Carrow Vale won ; Vale manager Sandra Kettle",
            &[(0..2, Label::Person, Confidence::Cued), (4..5, Label::Org, Confidence::Context)],
        );
        assert_eq!(got[0], ("Carrow Vale", Label::Org, 0));
        // A listed given name stays a person's when one reading makes it a company ("the CIA and Bob"): the
        // model's sure readings of its other mentions are not turned into the company's.
        let (got, _) = run(
            "the CIA and Bob ; Bob said ; Bob said ; Bob said ; Bob said",
            &[
                (3..4, Label::Org, Confidence::Context),
                (5..6, Label::Person, Confidence::Cued),
                (8..9, Label::Person, Confidence::Cued),
                (11..12, Label::Person, Confidence::Cued),
                (14..15, Label::Person, Confidence::Cued),
            ],
        );
        assert!(got.iter().all(|&(_, label, _)| label == Label::Person), "{got:?}");
    }

    #[test]
    fn an_organization_that_opens_with_a_head_word_is_named_by_its_last_word_too() {
        // Regression: "Club Atlético Riomar" … "Riomar president Esteban Quiroga" were two organizations.
        let (got, found) = run(
            "Club Atlético Riomar sold him ; Riomar won",
            &[(0..3, Label::Org, Confidence::Guess), (6..7, Label::Org, Confidence::Context)],
        );
        assert_eq!(got[1], ("Riomar", Label::Org, 0));
        assert_eq!(found.entities.len(), 1);
        // Not a place: "Club Deportivo Madrid" … "in Madrid".
        let (got, _) = run(
            "Club Deportivo Madrid won ; Madrid voted",
            &[(0..3, Label::Org, Confidence::Guess), (5..6, Label::Org, Confidence::Guess)],
        );
        assert_eq!(got[1].2, 1);
    }

    #[test]
    fn an_entity_is_named_by_a_mention_of_its_own_label() {
        // Regression: a person's entity was named "Trump Organization", a misread longer mention joined to her.
        let (got, found) = run(
            "Trump spoke ; The Trump Organization did not ; Mr. Trump said",
            &[
                (0..1, Label::Org, Confidence::Cued),
                (4..6, Label::Org, Confidence::Guess),
                (10..11, Label::Person, Confidence::Context),
            ],
        );
        assert_eq!(found.entities[0].label, Label::Person);
        assert_eq!(found.entities[0].name, "Trump");
        // And the organization that the misread joined to the person stays one, an entity of its own.
        assert_eq!(
            got,
            [("Trump", Label::Person, 0), ("Trump Organization", Label::Org, 1), ("Trump", Label::Person, 0)]
        );
        assert_eq!((found.entities[1].label, found.entities[1].name.as_str()), (Label::Org, "Trump Organization"));
    }

    #[test]
    fn a_second_full_name_with_the_surname_is_another_person() {
        // Regression: "Rakeyia Scott" joined "Keith Scott" through the one-word "Scott" between them.
        let (got, _) = run(
            "Keith Scott met Scott ; Rakeyia Scott and Mr. Keith Scott",
            &[
                (0..2, Label::Person, Confidence::Listed),
                (3..4, Label::Person, Confidence::Guess),
                (5..7, Label::Person, Confidence::Listed),
                (8..11, Label::Person, Confidence::Guess),
            ],
        );
        let ids: Vec<usize> = got.iter().map(|g| g.2).collect();
        assert_eq!(ids, [0, 0, 1, 0]);
        // A formal name and its nickname are one person.
        for t in ["Joseph Biden spoke ; Biden and Joe Biden", "Bernard Sanders spoke ; Sanders and Bernie Sanders"] {
            let (got, _) = run(
                t,
                &[
                    (0..2, Label::Person, Confidence::Listed),
                    (4..5, Label::Person, Confidence::Guess),
                    (6..8, Label::Person, Confidence::Listed),
                ],
            );
            assert_eq!(got.iter().map(|g| g.2).collect::<Vec<_>>(), [0, 0, 0], "{t}");
        }
        // A full name still joins a surname seen alone before it.
        let (got, _) = run(
            "Droege spoke ; Jason Droege",
            &[(0..1, Label::Person, Confidence::Guess), (3..5, Label::Person, Confidence::Listed)],
        );
        assert_eq!(got.iter().map(|g| g.2).collect::<Vec<_>>(), [0, 0]);
    }

    #[test]
    fn a_surname_read_as_misc_is_the_person_named_in_full() {
        // Regression: a headline's "Trump" read as MISC (and its later mentions with it) made one entity apart
        // from "Donald Trump", so "he said" after "Trump said" found a non-person.
        let (got, found) = run(
            "Vellacott urges calm . Marisol Vellacott spoke . Vellacott left . Vellacott Group and Vellacott",
            &[
                (0..1, Label::Misc, Confidence::Cued),
                (4..6, Label::Person, Confidence::Guess),
                (8..9, Label::Misc, Confidence::Cued),
                (11..13, Label::Org, Confidence::Context),
                (14..15, Label::Org, Confidence::Context),
            ],
        );
        let ids: Vec<usize> = got.iter().map(|g| g.2).collect();
        assert_eq!(ids, [0, 0, 0, 1, 1], "{got:?}");
        assert_eq!(found.entities[0].label, Label::Person);
        assert_eq!(found.entities[0].name, "Marisol Vellacott");
        // So is a place of the same word, unless a list knows the place and a preposition of place introduces
        // it: "in Washington" is the city, "Washington beat" the player.
        let (got, _) = run(
            "Dana Whitlow spoke . Confidence in Whitlow fell . MaliVai Washington won ; Washington beat him in Washington",
            &[
                (0..2, Label::Person, Confidence::Guess),
                (6..7, Label::Loc, Confidence::Cued),
                (9..11, Label::Person, Confidence::Guess),
                (13..14, Label::Loc, Confidence::Cued),
                (17..18, Label::Loc, Confidence::Cued),
            ],
        );
        let labels: Vec<Label> = got.iter().map(|g| g.1).collect();
        assert_eq!(labels, [Label::Person, Label::Person, Label::Person, Label::Person, Label::Loc], "{got:?}");
        // An organization the model was sure of is the person too (the 1996 news has "Clinton" as no company)…
        let (got, _) = run(
            "Andy Marlowe spoke . Marlowe left . Trel Holdings and Trel",
            &[
                (0..2, Label::Person, Confidence::Guess),
                (4..5, Label::Org, Confidence::Cued),
                (7..9, Label::Org, Confidence::Cued),
                (10..11, Label::Org, Confidence::Cued),
            ],
        );
        let labels: Vec<Label> = got.iter().map(|g| g.1).collect();
        assert_eq!(labels, [Label::Person, Label::Person, Label::Org, Label::Org], "{got:?}");
        // …unless a surely read organization starts with the word: "Dell Technologies" … "Dell".
        let (got, _) = run(
            "Michael Dell spoke . Dell Technologies grew . Dell said",
            &[
                (0..2, Label::Person, Confidence::Guess),
                (4..6, Label::Org, Confidence::Listed),
                (8..9, Label::Org, Confidence::Cued),
            ],
        );
        let labels: Vec<Label> = got.iter().map(|g| g.1).collect();
        assert_eq!(labels, [Label::Person, Label::Org, Label::Org], "{got:?}");
        // The mirror: a one-word "person" that a clear organization starts with is its short form…
        let (got, _) = run(
            "Trelvik Industries Inc. agreed . Trelvik rose",
            &[(0..3, Label::Org, Confidence::Cued), (5..6, Label::Person, Confidence::Cued)],
        );
        assert_eq!(got.iter().map(|g| (g.1, g.2)).collect::<Vec<_>>(), [(Label::Org, 0), (Label::Org, 0)]);
        // …unless a person named in full ends with the word.
        let (got, _) = run(
            "Trelvik Industries Inc. agreed . Dana Trelvik spoke . Trelvik left",
            &[
                (0..3, Label::Org, Confidence::Cued),
                (5..7, Label::Person, Confidence::Guess),
                (9..10, Label::Person, Confidence::Cued),
            ],
        );
        assert_eq!(got[2].1, Label::Person, "{got:?}");
        // What a cue says stays: the organization keeps its reading.
        assert_eq!(found.entities[1].label, Label::Org);
    }

    #[test]
    fn first_word_and_initials_join_the_org() {
        let (got, found) = run(
            "Meta Platforms Inc. and Meta and the Securities and Exchange Commission and SEC",
            &[
                (0..3, Label::Org, Confidence::Cued),
                (4..5, Label::Person, Confidence::Guess),
                (7..11, Label::Org, Confidence::Listed),
                (12..13, Label::Org, Confidence::Guess),
            ],
        );
        let ids: Vec<usize> = got.iter().map(|g| g.2).collect();
        assert_eq!(ids, [0, 0, 1, 1]);
        assert_eq!(found.entities[0].name, "Meta Platforms Inc.");
        assert_eq!(found.entities[1].label, Label::Org);
    }

    #[test]
    fn unconfirmed_mentions_are_dropped_and_ids_stay_dense() {
        let (got, found) = run(
            "Shares fell . Droege spoke . Droege left",
            &[
                (0..1, Label::Person, Confidence::IfLinked),
                (3..4, Label::Person, Confidence::IfLinked),
                (6..7, Label::Person, Confidence::Guess),
            ],
        );
        assert_eq!(got, [("Droege", Label::Person, 0), ("Droege", Label::Person, 0)]);
        assert_eq!(found.entities.len(), 1);
    }
}
