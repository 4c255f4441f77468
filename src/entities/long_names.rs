//! One organization, one mention, however long its name: "Andy Warhol Foundation for the Visual Arts", "Joint
//! Council for the Welfare of Immigrants", "University of North Carolina". The tagger learned from 1996
//! newswire, whose organizations have short names; on a long one it often stops at "for", or leaves an "of"
//! hanging at the end of the name, and tags what follows as a second thing (a place, another organization).

use super::context::capitalised;
use super::cues::is;
use super::lists::{kinds_of, Kind, Kinds};
use super::{Confidence, Tagged};
use crate::annotation::Label;
use crate::text::{Doc, TokenKind};
use std::ops::Range;

/// Words that continue a long name when a capitalised word follows them ("Atheists and Agnostics", "Welfare of
/// Immigrants", "for the Visual Arts").
const INNER: &[&str] = &["of", "for", "the", "and", "&", "on"];
/// How many connecting words may come in a row ("of the").
const MAX_CONNECTORS: usize = 2;
/// How many tokens a continuation may take: long names run to a dozen words, sentences further.
const MAX_CONTINUATION: usize = 12;

/// Extends each organization whose name is cut short: one whose head word is an organization's ("Foundation",
/// "Council", "Ministry") followed by "for" or "of" and capitalised words, or one that ends in "of" or "for"
/// itself. The words joined may be untagged or tagged as anything: they are part of the name.
pub fn join(doc: &Doc, tagged: &mut Vec<Tagged>, buf: &mut String) {
    let mut k = 0;
    while k < tagged.len() {
        let t = &tagged[k];
        k += 1;
        if t.label != Label::Org || t.cut != 0 || t.tokens.is_empty() {
            continue;
        }
        let last = t.tokens.end - 1;
        let from = if is_connector(doc.tok(last)) {
            // "University of" + "North Carolina": the tagger kept the "of".
            t.tokens.end
        } else if matches!(doc.tok(t.tokens.end.min(doc.tokens.len() - 1)), "for" | "of")
            && t.tokens.end < doc.tokens.len()
            && is_name_head(kinds_of(doc.tok(last), buf))
        {
            t.tokens.end + 1
        } else {
            continue;
        };
        let Some(end) = continuation(doc, from) else { continue };
        // Only mentions wholly inside the continuation are taken in; one that runs past it is a name of its own.
        let inside = tagged[k..].iter().take_while(|m| m.tokens.start < end).count();
        if tagged[k..k + inside].iter().any(|m| m.tokens.end > end) {
            continue;
        }
        // "Colorado State University of the US": "of the" and a place says where it is.
        let place = matches!(&tagged[k..k + inside], [m] if m.label == Label::Loc && m.tokens == (from + 1..end));
        if place && doc.tok(from - 1) == "of" && doc.tok(from) == "the" {
            if from - 1 == last {
                tagged[k - 1].tokens.end = last;
            }
            continue;
        }
        extend(tagged, k - 1, end, inside);
    }
    for k in 0..tagged.len() {
        campus(doc, tagged, k);
    }
    tagged.retain(|t| !t.tokens.is_empty());
    lone_heads(doc, tagged, buf);
    places_before_heads(doc, tagged, buf);
    law_names(doc, tagged);
    storms(doc, tagged);
    institution_heads(doc, tagged);
    possessive_starts(doc, tagged);
    saints_places(doc, tagged, buf);
    possessed_people(doc, tagged, buf);
}

/// "Saint Columba's Hospital", "St. Mary's Church": a name for a saint goes on over the possessive to the head
/// word of the hospital, school or church named after them, which the tagger leaves out.
fn saints_places(doc: &Doc, tagged: &mut Vec<Tagged>, buf: &mut String) {
    let mut joined = false;
    for k in 0..tagged.len() {
        let t = &tagged[k];
        let (s, c) = (t.tokens.start, t.tokens.end);
        // The head word is untagged, or tagged alone.
        let head_alone = tagged.get(k + 1).is_some_and(|m| m.tokens == (c + 1..c + 2));
        let free = head_alone || tagged.get(k + 1).map_or(true, |m| m.tokens.start > c + 1);
        if !matches!(doc.tok(s), "Saint" | "St" | "St.") || t.tokens.len() < 2 || !free || c + 1 >= doc.tokens.len() {
            continue;
        }
        if doc.tokens[c].kind != TokenKind::Clitic || !capitalised(doc, c + 1) {
            continue;
        }
        let head = kinds_of(doc.tok(c + 1), buf);
        let label = if head.has(Kind::OrgWord) {
            Label::Org
        } else if head.has(Kind::PlaceWord) {
            Label::Loc
        } else {
            continue;
        };
        let t = &mut tagged[k];
        t.tokens.end = c + 2;
        t.label = label;
        if head_alone {
            tagged[k + 1].tokens = c + 2..c + 2;
            joined = true;
        }
    }
    if joined {
        tagged.retain(|t| !t.tokens.is_empty());
    }
}

/// A name read across a possessive whose second part starts with a given name is two: the possessor and the
/// person ("New People Party's Regina Ip", "Vantrel's Dana Ruiz"), not one organization. ("Schindler's List",
/// "Boatmen's Bancshares" stay one name: no given name follows the clitic.)
fn possessed_people(doc: &Doc, tagged: &mut Vec<Tagged>, buf: &mut String) {
    let mut split = Vec::new();
    for t in tagged.iter_mut() {
        let Some(c) =
            (t.tokens.start + 1..t.tokens.end.saturating_sub(2)).find(|&i| doc.tokens[i].kind == TokenKind::Clitic)
        else {
            continue;
        };
        let given = kinds_of(doc.tok(c + 1), buf).has(Kind::GivenName) && capitalised(doc, c + 1);
        if !given || t.label == Label::Person && t.confidence >= Confidence::Context {
            continue;
        }
        split.push(Tagged {
            tokens: c + 1..t.tokens.end,
            label: Label::Person,
            confidence: Confidence::Guess,
            cut: t.cut,
        });
        t.tokens.end = c;
        t.cut = 0;
    }
    if !split.is_empty() {
        tagged.extend(split);
        crate::order::sort_by_key(tagged, |t| t.tokens.start);
    }
}

/// Words that open a storm's name: "Hurricane Milton", "Cyclone Phailin", "Typhoon Haiyan".
const STORMS: &[&str] = &["Hurricane", "Cyclone", "Typhoon"];

/// A storm word and the capitalised name after it are one MISC, as CoNLL and GUM mark storms, however the
/// tagger read them (GUM: "Cyclone" a place and "Phailin" a person, or "Cyclone Phailin" a person).
fn storms(doc: &Doc, tagged: &mut Vec<Tagged>) {
    let mut add = Vec::new();
    for i in 0..doc.tokens.len().saturating_sub(1) {
        if !STORMS.contains(&doc.tok(i)) || !capitalised(doc, i + 1) || STORMS.contains(&doc.tok(i + 1)) {
            continue;
        }
        // The mentions that hold either word give way to the storm's name.
        for t in tagged.iter_mut().filter(|t| t.tokens.start <= i + 1 && i < t.tokens.end) {
            t.tokens = t.tokens.start..t.tokens.start;
        }
        add.push(Tagged { tokens: i..i + 2, label: Label::Misc, confidence: Confidence::Context, cut: 0 });
    }
    if !add.is_empty() {
        tagged.retain(|t| !t.tokens.is_empty());
        tagged.extend(add);
        crate::order::sort_by_key(tagged, |t| t.tokens.start);
    }
}

/// Head words of institutions, which end their names: "Calder Springs High School", "Orrin Art Museum".
const INSTITUTIONS: &[&str] =
    &["School", "University", "College", "Hospital", "Institute", "Academy", "Museum", "Library", "Clinic"];

/// A name the tagger ended one word short of an institution's head word takes it in, and names the
/// institution: "Calder Springs High" + "School". (Only these heads: "Bolton" + "Division" is a results table's
/// team and division.)
fn institution_heads(doc: &Doc, tagged: &mut [Tagged]) {
    for k in 0..tagged.len() {
        let end = tagged[k].tokens.end;
        let free = tagged.get(k + 1).map_or(true, |m| m.tokens.start > end);
        if tagged[k].tokens.is_empty() || tagged[k].cut != 0 || !free || end >= doc.tokens.len() {
            continue;
        }
        let head = doc.tok(end);
        let ends = !capitalised(doc, end + 1);
        if INSTITUTIONS.contains(&head) && ends {
            tagged[k].tokens.end = end + 1;
            tagged[k].label = Label::Org;
        }
    }
}

/// Whether a name ending in `last` is a law's or a treaty's: "the Voting Rights Act", "the Outer Space Treaty".
pub(super) fn is_law_head(last: &str) -> bool {
    matches!(last, "Act" | "Treaty" | "Accord" | "Accords")
}

/// Whether a name ending in `last` is a made thing's or a prize's, MISC as CoNLL and GUM mark them: "the
/// Halcyon Space Telescope", "the Orrin Prize".
pub(super) fn is_thing_head(last: &str) -> bool {
    #[rustfmt::skip]
    const HEADS: &[&str] = &[
        "Telescope", "Spacecraft", "Probe", "Satellite", "Rover", "Lander", "Prize", "Award", "Awards", "Medal",
    ];
    HEADS.contains(&last)
}

/// A name right before a law's name is part of it: "Consumer Data" + "Dignity Act" is one act, whose words the
/// tagger read as an organization and a law.
fn law_names(doc: &Doc, tagged: &mut Vec<Tagged>) {
    join_adjacent(tagged, |p, t| {
        let law = p.cut == 0 && t.tokens.len() >= 2 && is_law_head(doc.tok(t.tokens.end - 1));
        if law {
            t.confidence = t.confidence.min(p.confidence);
        }
        law
    });
}

/// Joins each mention to the one right before it, with nothing between, where `joins(before, after)` says so
/// (and may adjust `after`): the later takes in the earlier's words and keeps its own label.
fn join_adjacent(tagged: &mut Vec<Tagged>, mut joins: impl FnMut(&Tagged, &mut Tagged) -> bool) {
    let mut joined = false;
    for k in 1..tagged.len() {
        let (before, rest) = tagged.split_at_mut(k);
        let (p, t) = (&mut before[k - 1], &mut rest[0]);
        if p.tokens.end == t.tokens.start && !p.tokens.is_empty() && joins(p, t) {
            t.tokens.start = p.tokens.start;
            p.tokens = p.tokens.start..p.tokens.start;
            joined = true;
        }
    }
    if joined {
        tagged.retain(|t| !t.tokens.is_empty());
    }
}

/// A place right before an organization that starts with its head word names it: "New England" + "Journal of
/// Medicine" is the New England Journal of Medicine, "Boston" + "University of …" one university.
fn places_before_heads(doc: &Doc, tagged: &mut Vec<Tagged>, buf: &mut String) {
    join_adjacent(tagged, |p, t| {
        // "Australian" + "Broadcasting Corporation", "Saudi" + "Interior Ministry": a nationality before an
        // organization that ends in its head word or legal form is the first word of its name.
        let national_org = |buf: &mut String| {
            p.label == Label::Misc
                && p.tokens.len() == 1
                && kinds_of(doc.tok(p.tokens.start), buf).has(Kind::Demonym)
                && t.tokens.len() >= 2
                && {
                    let last = kinds_of(doc.tok(t.tokens.end - 1), buf);
                    last.has(Kind::OrgWord) || last.has(Kind::OrgSuffix)
                }
        };
        // "Mount" + "Rosalind": a place's kind tagged alone before a name the tagger read apart is that place.
        if p.tokens.len() == 1 && super::context::is_place_prefix(doc.tok(p.tokens.start)) && t.label != Label::Org {
            t.label = Label::Loc;
            return true;
        }
        t.label == Label::Org
            && (p.label == Label::Loc && is_name_head(kinds_of(doc.tok(t.tokens.start), buf)) || national_org(buf))
    });
}

/// Head words of observances, which news names as events: "Labor Day", "Fashion Week", "New Year's Eve".
const OBSERVANCES: &[&str] = &["day", "week", "eve"];

/// Whether `w` (with its word-list `kinds`) heads a name of kind `label`: an organization's word
/// ("Department"), an event's ("Cup", "Day") or a place's ("River").
fn heads(label: Label, w: &str, kinds: Kinds) -> bool {
    match label {
        Label::Org => is_name_head(kinds),
        Label::Misc => kinds.has(Kind::EventWord) || OBSERVANCES.iter().any(|o| o.eq_ignore_ascii_case(w)),
        Label::Loc => kinds.has(Kind::PlaceWord),
        _ => false,
    }
}

/// A head word tagged alone ("Department", "Day") right after a capitalised word is the end of one name with
/// it: "Labour Department", "Commerce Department", "Labor Day" (where the tagger read the first word as a name
/// of its own, or as nothing).
fn lone_heads(doc: &Doc, tagged: &mut Vec<Tagged>, buf: &mut String) {
    // A role after an organization's name is not part of it: "State [Department Spokesperson]" is the
    // department's, and "Department" then ends the name before it.
    for t in tagged.iter_mut().filter(|t| t.label == Label::Org && t.tokens.len() >= 2) {
        let last = t.tokens.end - 1;
        let k = kinds_of(doc.tok(last), buf);
        if k.has(Kind::Title)
            && !k.has(Kind::OrgWord)
            && heads(Label::Org, doc.tok(last - 1), kinds_of(doc.tok(last - 1), buf))
        {
            t.tokens.end = last;
        }
    }
    let mut gone = false;
    for k in 0..tagged.len() {
        let t = &tagged[k];
        let s = t.tokens.start;
        let lone = t.tokens.len() == 1 && s > 0 && heads(t.label, doc.tok(s), kinds_of(doc.tok(s), buf));
        if !lone || !capitalised(doc, s - 1) {
            continue;
        }
        let label = t.label;
        let before = k.checked_sub(1).map(|j| &tagged[j]).filter(|m| m.tokens.end == s);
        match before {
            // The word before is a mention of its own: one name if it is one word of the same kind.
            Some(m) if m.label == label && m.tokens.len() == 1 => {
                tagged[k].tokens.start = s - 1;
                tagged[k - 1].tokens = s - 1..s - 1;
                gone = true;
            }
            Some(_) => {}
            // Untagged: a word of the name, unless it opens the sentence as a stop word would ("The") or as a
            // word that modifies the role after the name ("Former Rovers striker Dean Colley").
            None => {
                const ROLE_MODIFIERS: &[&str] = &["former", "acting", "interim", "outgoing", "incoming", "longtime"];
                let word = doc.tok(s - 1);
                let modifier = is(Some(word), ROLE_MODIFIERS) && doc.opens_sentence(s - 1);
                if !kinds_of(word, buf).has(Kind::Stop) && !modifier {
                    tagged[k].tokens.start = s - 1;
                }
            }
        }
    }
    if gone {
        tagged.retain(|t| !t.tokens.is_empty());
    }
}

/// A mention that starts at a possessive clitic ("'s" of "Lord's", read as a name of its own) takes in the
/// capitalised word the clitic belongs to when no other mention holds it, and is dropped otherwise: "'s" alone
/// names nothing. Dropped mentions are emptied first and removed in one pass, as in [`join`].
fn possessive_starts(doc: &Doc, tagged: &mut Vec<Tagged>) {
    for k in 0..tagged.len() {
        let s = tagged[k].tokens.start;
        if tagged[k].tokens.is_empty() || doc.tokens[s].kind != TokenKind::Clitic {
            continue;
        }
        let free = s > 0 && (k == 0 || tagged[k - 1].tokens.end < s) && capitalised(doc, s - 1);
        tagged[k].tokens = if free { s - 1..tagged[k].tokens.end } else { s..s };
    }
    tagged.retain(|t| !t.tokens.is_empty());
}

/// Extends mention `k` to token `end`, over the `inside` mentions after it, which are emptied (`end..end`, still in
/// order) for [`join`] to drop in one pass at the end: dropping each at once would shift the rest of the list every
/// time, quadratic in a text of many long names. Its organization's head word makes the mention as sure as a
/// listed name, so that no vote of the names listed with it relabels it.
fn extend(tagged: &mut [Tagged], k: usize, end: usize, inside: usize) {
    let t = &mut tagged[k];
    t.tokens.end = end;
    t.confidence = t.confidence.max(Confidence::Listed);
    for m in &mut tagged[k + 1..k + 1 + inside] {
        m.tokens = end..end;
    }
}

/// "University of North Carolina at Chapel Hill": a university named for a place names its campus after "at".
fn campus(doc: &Doc, tagged: &mut [Tagged], k: usize) {
    let t = &tagged[k];
    // A mention emptied by `extend` sits at `end..end`, which may be the end of the text: no head to read there.
    let academic = t.label == Label::Org
        && t.tokens.len() >= 3
        && ["University", "College"].contains(&doc.tok(t.tokens.start))
        && doc.tok(t.tokens.start + 1) == "of";
    if !academic || t.tokens.end >= doc.tokens.len() || doc.tok(t.tokens.end) != "at" {
        return;
    }
    let from = t.tokens.end + 1;
    let Some(end) = continuation(doc, from) else { return };
    let inside = tagged[k + 1..].iter().take_while(|m| m.tokens.start < end).count();
    // What follows is a place: one the tagger read so, or one it guessed an organization with no
    // organization's word in it ("at Marlow Vale"; not "at Kestrel Labs").
    let mut buf = String::new();
    let mut places = |m: &Tagged| {
        m.tokens.is_empty()
            || m.tokens.end <= end
                && (m.label == Label::Loc
                    || m.label == Label::Org
                        && !m.tokens.clone().any(|i| {
                            let k = kinds_of(doc.tok(i), &mut buf);
                            k.has(Kind::OrgWord) || k.has(Kind::OrgSuffix)
                        }))
    };
    if tagged[k + 1..k + 1 + inside].iter().all(&mut places) {
        extend(tagged, k, end, inside);
    }
}

/// An organization's head word that a long name continues after ("Foundation for …", "Union of …"); not a legal
/// form, after which "of" names where the company is ("Kia Motor Corp of South Korea").
fn is_name_head(kinds: Kinds) -> bool {
    kinds.has(Kind::OrgWord) && !kinds.has(Kind::OrgSuffix)
}

/// "Ji-won", "Cheuk-yan": a given name of two romanised syllables, the second in lower case ("Coca-Cola" is none).
pub(super) fn is_syllable_pair(w: &str) -> bool {
    let Some((a, b)) = w.split_once('-') else { return false };
    let syllable = |p: &str| (2..=5).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic());
    syllable(a)
        && syllable(b)
        && a.starts_with(|c: char| c.is_ascii_uppercase())
        && b.starts_with(|c: char| c.is_ascii_lowercase())
}

/// A one-word surname and a hyphenated given name of syllables ("Lee Cheuk-yan", "Wu Chi-wai": a Chinese or
/// Korean name, surname first) are one person, however the tagger read them: cut in two (a person and a MISC),
/// or whole but called a MISC. The second syllable is lower-case, as romanised names write it ("Coca-Cola" is no
/// given name). Two people side by side with nothing between are otherwise left apart: results tables list them so.
pub fn hyphenated_given_names(doc: &Doc, tagged: &mut Vec<Tagged>) {
    let syllables = |r: Range<usize>| is_syllable_pair(&doc.text[doc.tokens[r.start].start..doc.tokens[r.end - 1].end]);
    let surname = |i: usize| {
        let w = doc.tok(i);
        doc.tokens[i].kind == TokenKind::Word
            && (2..=5).contains(&w.len())
            && w.starts_with(|c: char| c.is_ascii_uppercase())
    };
    let mut out: Vec<Tagged> = Vec::with_capacity(tagged.len());
    for t in tagged.drain(..) {
        // (Or a place: "Park Ji-won", whose surname is also a place's word.)
        let whole = matches!(t.label, Label::Misc | Label::Loc)
            && t.tokens.len() >= 2
            && surname(t.tokens.start)
            && syllables(t.tokens.start + 1..t.tokens.end);
        if let Some(a) = out.last_mut().filter(|a| {
            a.label == Label::Person && a.tokens.len() == 1 && surname(a.tokens.start) && a.tokens.end == t.tokens.start
        }) {
            if t.label != Label::Org && syllables(t.tokens.clone()) {
                a.tokens.end = t.tokens.end;
                a.cut = t.cut;
                a.confidence = a.confidence.max(t.confidence);
                continue;
            }
        }
        out.push(if whole {
            Tagged { label: Label::Person, confidence: t.confidence.max(Confidence::Context), ..t }
        } else {
            t
        });
    }
    *tagged = out;
}

/// Small words a name defined by an acronym may hold that the acronym skips ("Organisation for Security and
/// Cooperation in Europe (OSCE)").
const SKIPPED_BY_ACRONYMS: &[&str] = &["of", "for", "the", "and", "&", "on", "in", "de", "du", "des", "la", "le"];

/// A name followed by the acronym it defines, "Union of Rationalist Atheists and Agnostics (UAAR)", is one
/// mention, whatever pieces the tagger made of it: the acronym's letters are the name's initials. It is an
/// organization if any piece or its head word says so, or else what its last piece was; words no piece was
/// tagged in ("Gross Domestic Product (GDP)") stay unnamed.
pub fn defined_by_acronyms(doc: &Doc, tagged: &mut Vec<Tagged>, buf: &mut String) {
    let mut joins = Vec::new();
    for open in 1..doc.tokens.len().saturating_sub(2) {
        if doc.tok(open) != "(" || doc.tok(open + 2) != ")" {
            continue;
        }
        let acronym = doc.tok(open + 1);
        if !(2..=8).contains(&acronym.len()) || !acronym.bytes().all(|b| b.is_ascii_uppercase()) {
            continue;
        }
        let Some(start) = spelled_before(doc, open, acronym.as_bytes()) else { continue };
        let from = tagged.partition_point(|t| t.tokens.end <= start);
        let pieces = &tagged[from..tagged.partition_point(|t| t.tokens.start < open)];
        if pieces.is_empty() || pieces[0].tokens.start < start || pieces.iter().any(|t| t.tokens.end > open) {
            continue;
        }
        let org = pieces.iter().any(|t| t.label == Label::Org) || is_name_head(kinds_of(doc.tok(open - 1), buf));
        let label = if org { Label::Org } else { pieces[pieces.len() - 1].label };
        joins.push((start..open, label));
    }
    if joins.is_empty() {
        return;
    }
    // One pass that rebuilds the list: the joins are in text order and apart (a "(" ends each name).
    let old = std::mem::take(tagged);
    let mut rest = old.into_iter().peekable();
    for (tokens, label) in joins {
        while let Some(t) = rest.next_if(|t| t.tokens.end <= tokens.start) {
            tagged.push(t);
        }
        let mut confidence = Confidence::Cued;
        while let Some(t) = rest.next_if(|t| t.tokens.start < tokens.end) {
            confidence = confidence.max(t.confidence);
        }
        tagged.push(Tagged { tokens, label, confidence, cut: 0 });
    }
    tagged.extend(rest);
}

/// The first token of the capitalised words just before token `end` whose initials spell `acronym`, skipping
/// small words between them; at least two words.
fn spelled_before(doc: &Doc, end: usize, acronym: &[u8]) -> Option<usize> {
    let mut left = acronym.len();
    let mut i = end;
    while left > 0 && i > 0 {
        i -= 1;
        let w = doc.tok(i);
        let first = w.bytes().next().unwrap_or(0);
        if doc.tokens[i].kind == TokenKind::Word && first.is_ascii_uppercase() {
            if first != acronym[left - 1] {
                return None;
            }
            left -= 1;
        } else if !SKIPPED_BY_ACRONYMS.contains(&w) || i + 1 == end {
            return None;
        }
    }
    (left == 0 && acronym.len() >= 2).then_some(i)
}

fn is_connector(w: &str) -> bool {
    matches!(w, "of" | "for")
}

/// Where the capitalised words from `from` end ("the Visual Arts", "Security and Cooperation"), if any start
/// there: a connecting word counts only before a capitalised one.
fn continuation(doc: &Doc, from: usize) -> Option<usize> {
    let capitalised = |i: usize| {
        i < doc.tokens.len() && doc.tokens[i].kind == TokenKind::Word && doc.tok(i).starts_with(char::is_uppercase)
    };
    let ceil = doc.tokens.len().min(from + MAX_CONTINUATION);
    let mut end = None;
    let mut i = from;
    let mut connectors = 0;
    while i < ceil {
        if capitalised(i) {
            end = Some(i + 1);
            connectors = 0;
        } else if INNER.contains(&doc.tok(i))
            && connectors < MAX_CONNECTORS
            && (end.is_some() || doc.tok(i) == "the")
            // "the" only opens the continuation or follows "of"/"for": "and the University of Sheffield" is a second name.
            && (doc.tok(i) != "the" || i == from || is_connector(doc.tok(i - 1)))
        {
            connectors += 1;
        } else {
            break;
        }
        i += 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use crate::entities::labels;
    use crate::Label;

    #[test]
    fn a_long_organization_name_is_one_mention() {
        // Regressions (GUM Wikinews): the name was cut at "for" and at a dangling "of".
        let got = labels("The prints were given by the Halvard Mett Foundation for the Visual Arts in 2008.");
        assert_eq!(got, [("Halvard Mett Foundation for the Visual Arts", Label::Org)]);
        let got = labels("Campaigners at the Joint Council for the Welfare of Immigrants objected.");
        assert_eq!(got, [("Joint Council for the Welfare of Immigrants", Label::Org)]);
        let got = labels("Attendance at the University of North Carolina at Greensboro rose.");
        assert_eq!(got, [("University of North Carolina at Greensboro", Label::Org)]);
        let got = labels("She studied at the University of Kestwick at Marlow Vale in 2001.");
        assert_eq!(got, [("University of Kestwick at Marlow Vale", Label::Org)]);
        // Not over an organization named after "at".
        let got = labels("The grant went to the University of Kestwick at Marlow Institute, a rival.");
        assert_ne!(got.first().map(|g| g.0), Some("University of Kestwick at Marlow Institute"));
    }

    /// The mentions `tagged` (token ranges and labels) of `text` after the two repairs, as text.
    fn repaired(text: &str, tagged: &[(std::ops::Range<usize>, Label)]) -> Vec<(String, Label)> {
        use super::super::{Confidence, Tagged};
        let doc = crate::text::Doc::new(text);
        let mut tagged: Vec<Tagged> = tagged
            .iter()
            .map(|(r, label)| Tagged { tokens: r.clone(), label: *label, confidence: Confidence::Guess, cut: 0 })
            .collect();
        let mut buf = String::new();
        super::lone_heads(&doc, &mut tagged, &mut buf);
        super::places_before_heads(&doc, &mut tagged, &mut buf);
        super::law_names(&doc, &mut tagged);
        super::possessive_starts(&doc, &mut tagged);
        super::saints_places(&doc, &mut tagged, &mut buf);
        super::possessed_people(&doc, &mut tagged, &mut buf);
        let name = |t: &Tagged| text[doc.tokens[t.tokens.start].start..doc.tokens[t.tokens.end - 1].end].to_string();
        tagged.iter().map(|t| (name(t), t.label)).collect()
    }

    #[test]
    fn a_head_word_tagged_alone_ends_the_name_before_it() {
        // Tokens: The(0) Tarsk(1) Department(2) said(3) the(4) Velmar(5) Ministry(6) agreed(7) .(8)
        let text = "The Tarsk Department said the Velmar Ministry agreed.";
        let got = repaired(text, &[(2..3, Label::Org), (5..6, Label::Org), (6..7, Label::Org)]);
        assert_eq!(got, [("Tarsk Department".into(), Label::Org), ("Velmar Ministry".into(), Label::Org)]);
        // Not over a stop word that opens the sentence, nor over a person's name.
        let got = repaired(
            "The Department said Ana Ruiz Committee members met.",
            &[(1..2, Label::Org), (3..5, Label::Person), (5..6, Label::Org)],
        );
        assert_eq!(
            got,
            [("Department".into(), Label::Org), ("Ana Ruiz".into(), Label::Person), ("Committee".into(), Label::Org)]
        );
        // A role after the head word is cut off first: "State [Department Spokesperson]".
        // Tokens: Lena(0) Ruiz(1) ,(2) the(3) State(4) Department(5) Spokesperson(6) ,(7) spoke(8) .(9)
        let got = repaired(
            "Lena Ruiz, the State Department Spokesperson, spoke.",
            &[(0..2, Label::Person), (5..7, Label::Org)],
        );
        assert_eq!(got, [("Lena Ruiz".into(), Label::Person), ("State Department".into(), Label::Org)]);
        // An observance and a place the same way; a head word of another kind than its mention's is left.
        // Tokens: Markets(0) shut(1) for(2) Harvest(3) Day(4) by(5) the(6) Velka(7) River(8) and(9) Tarsk(10) Day(11) .(12)
        let got = repaired(
            "Markets shut for Harvest Day by the Velka River and Tarsk Day.",
            &[(4..5, Label::Misc), (8..9, Label::Loc), (11..12, Label::Person)],
        );
        assert_eq!(
            got,
            [("Harvest Day".into(), Label::Misc), ("Velka River".into(), Label::Loc), ("Day".into(), Label::Person)]
        );
    }

    #[test]
    fn a_nationality_before_an_organization_ending_in_its_head_word_is_part_of_its_name() {
        // Regression (GUM Wikinews): "Australian" MISC + "Broadcasting Corporation" ORG, "Saudi" + "Interior
        // Ministry".
        // Tokens: the(0) Peruvian(1) Fisheries(2) Ministry(3) and(4) Peruvian(5) Tollan(6) met(7) .(8)
        let text = "the Peruvian Fisheries Ministry and Peruvian Tollan met.";
        let got =
            repaired(text, &[(1..2, Label::Misc), (2..4, Label::Org), (5..6, Label::Misc), (6..7, Label::Person)]);
        assert_eq!(
            got,
            [
                ("Peruvian Fisheries Ministry".into(), Label::Org),
                ("Peruvian".into(), Label::Misc),
                ("Tollan".into(), Label::Person)
            ]
        );
        // Not before an organization without a head word: "Peruvian" + "Tollan Group" would be, "Peruvian" +
        // "Tollan Lenz" is not.
        let got = repaired("the Peruvian Tollan Lenz met.", &[(1..2, Label::Misc), (2..4, Label::Org)]);
        assert_eq!(got, [("Peruvian".into(), Label::Misc), ("Tollan Lenz".into(), Label::Org)]);
    }

    #[test]
    fn a_name_across_a_possessive_before_a_given_name_is_two_names() {
        // Regression (GUM Wikinews): "New People Party's Regina Ip" was one organization.
        // Tokens: the(0) Harlan(1) Civic(2) Party(3) 's(4) Regina(5) Tollund(6) won(7) ;(8) Schindler(9) 's(10)
        // List(11) won(12) .(13)
        let text = "the Harlan Civic Party's Regina Tollund won; Schindler's List won.";
        let got = repaired(text, &[(1..7, Label::Org), (9..12, Label::Misc)]);
        assert_eq!(
            got,
            [
                ("Harlan Civic Party".into(), Label::Org),
                ("Regina Tollund".into(), Label::Person),
                ("Schindler's List".into(), Label::Misc)
            ]
        );
    }

    #[test]
    fn a_possessive_clitic_alone_names_nothing() {
        // Tokens: He(0) played(1) at(2) Lord(3) 's(4) ,(5) then(6) Kell(7) 's(8) .(9)
        let text = "He played at Lord's, then Kell's.";
        let got = repaired(text, &[(4..5, Label::Loc), (7..8, Label::Person), (8..9, Label::Person)]);
        assert_eq!(got, [("Lord's".into(), Label::Loc), ("Kell".into(), Label::Person)]);
    }

    #[test]
    fn a_name_and_the_acronym_it_defines_are_one_organization() {
        // Regression (GUM Wikinews): the tagger cut the name at "and" and made two organizations of it.
        let got =
            labels("The Union of Rational Bakers and Millers (URBM) called the ruling historic. URBM will appeal.");
        assert_eq!(
            got,
            [("Union of Rational Bakers and Millers", Label::Org), ("URBM", Label::Org), ("URBM", Label::Org)]
        );
        // Capitalised words the tagger named nothing in stay unnamed.
        let got = labels("Gross Domestic Product (GDP) rose.");
        assert!(!got.iter().any(|(t, _)| t.contains("Product")), "{got:?}");
    }

    #[test]
    fn a_hyphenated_given_name_after_a_surname_is_one_person() {
        // Regression (GUM Wikinews): "Lee" a person and "Cheuk-yan" a MISC.
        let got = labels("Veteran Jorin Fass lost to Tam Sai-ling by 400 votes. Pan-democrat Ko Wai-man won.");
        assert!(
            got.contains(&("Tam Sai-ling", Label::Person)) && got.contains(&("Ko Wai-man", Label::Person)),
            "{got:?}"
        );
    }

    #[test]
    fn the_name_ends_where_the_capitals_do() {
        // A connecting word joins only before a capitalised word, and a sentence's lower-case words end it.
        let got = labels("The Trelby Institute for Social Research and its partners met.");
        assert_eq!(got, [("Trelby Institute for Social Research", Label::Org)]);
        // "for" after a name that is no organization's joins nothing.
        let got = labels("Marta Quell worked for Dravida Bank.");
        assert!(got.contains(&("Dravida Bank", Label::Org)), "{got:?}");
        // After a legal form, "of" says where the company is (regression, CoNLL dev).
        let got = labels("The deal with Ostrava Motor Corp of South Korea was signed.");
        assert_eq!(got, [("Ostrava Motor Corp", Label::Org), ("South Korea", Label::Loc)]);
        // Nor after "of the" and a place, nor past "and the" (regressions, GUM Wikinews).
        let got = labels("Researchers at Halden State University of the US and the University of Kestwick agreed.");
        assert_eq!(
            got,
            [("Halden State University", Label::Org), ("US", Label::Loc), ("University of Kestwick", Label::Org)]
        );
    }
}
