//! Context cues the 1996 training news rarely shows: a one-word name that the model calls a person (or
//! MISC) is an organization when the text says so around it — "Labelbox’s chief executive", "Anthropic, the AI
//! start-up", "shares of Acme" — or when it is written like a company ("OpenAI", "PayPal") or spoken of as "it"
//! and nothing in the document makes it a person; and "AI" or "CEO" on its own is a common noun, not a name.
//! Applied after tagging; CoNLL dev F1 is unchanged by them (checked with `eval_entities`), and they fix the
//! start-ups of today's news.

use super::features::Extractor;
use super::lists::{kinds_of, Kind};
use super::{Confidence, Tagged};
use crate::annotation::Label;
use crate::text::{Doc, TokenKind};
use std::ops::Range;

/// After "X’s": what an organization has and a person does not, and a town or region may have too
/// ("Parsippany's board").
#[rustfmt::skip]
const OWNED: &[&str] = &[
    "chief", "board", "employees", "headquarters", "platform", "spokesperson", "spokesman", "spokeswoman",
    "executives", "staff", "engineers",
];

/// After "X’s": what only a company has, so that even a name the tagger read as a place that no list holds is
/// one ("Novexa's patents").
#[rustfmt::skip]
const ONLY_A_COMPANY_OWNS: &[&str] = &[
    "ceo", "cfo", "founder", "co-founder", "cofounder", "shares", "stock", "investors", "customers", "revenue",
    "valuation", "products", "software", "models", "chatbot", "users", "patents", "shareholders", "subsidiary",
    "earnings",
];

/// In "X, the … NOUN": nouns that name an organization in apposition, besides the company nouns that do so
/// before a name too ([`super::context::is_company_noun`]); before a name these also name people or things
/// ("rival Trump", "owner Todd Boehly", "carrier Carl Vinson").
/// (Publications too: "Neurology Today, a trade journal".)
const APPOSITION_ORG_NOUNS: &[&str] =
    &["carrier", "rival", "owner", "journal", "newspaper", "magazine", "tabloid", "outlet", "publication", "website"];

/// All-capital abbreviations of common nouns, as written (case matters: "IT" the department, not "it"). Alone
/// they name nothing: "the AI company", "a CEO", "GDP grew". CoNLL's news leaves them untagged too ("the PMI
/// survey", "an IV pump").
const COMMON_ACRONYMS: &[&str] = &[
    "AI", "AGI", "API", "APIs", "AR", "VR", "IT", "TV", "TVs", "PC", "PCs", "CEO", "CEOs", "CFO", "CTO", "COO", "GDP",
    "CPI", "PMI", "IPO", "IPOs", "VAT", "DNA", "RNA", "GPS", "CPU", "CPUs", "GPU", "GPUs", "SUV", "SUVs", "ATM",
    "ATMs", "VIP", "VIPs", "ID", "IDs", "PR", "HR", "ESG", "EV", "EVs", "LED", "LCD", "NFT", "NFTs", "SMS", "URL",
    "USB", "PDF", "FAQ", "DIY", "DVD", "DVDs", "MRI", "ICU", "IQ", "MBA", "CCTV", "LNG", "LPG", "GMO", "PPE", "IVF",
    "LLM", "LLMs", "ML", "5G", "4G", "3D",
];

/// Applies every cue to the tagger's mentions: drops the common-noun acronyms, then relabels organizations.
pub fn apply(doc: &Doc, x: &Extractor, tagged: &mut Vec<Tagged>) {
    split_at_line_breaks(doc, tagged);
    common_acronyms(doc, tagged);
    leading_articles(doc, tagged);
    let mut buf = String::new();
    tagged.retain(|t| !is_stop_word(doc, &t.tokens, &mut buf) && !is_party_and_state(doc, &t.tokens, &mut buf));
    for t in tagged.iter_mut().filter(|t| opens_a_quote_as_a_word(doc, &t.tokens)) {
        t.confidence = Confidence::IfLinked;
    }
    organizations(doc, x, tagged);
    unlikely_persons(doc, x, tagged);
    listed_organizations(x, tagged);
    products(doc, x, tagged);
    people(doc, tagged);
    people_by_usage(doc, x, tagged);
    news_outlets(doc, tagged);
    given_names(doc, x, tagged);
}

/// How many tokens after a given name are looked through for a personal pronoun.
const PRONOUN_WINDOW: usize = 12;

/// A one-word organization or place that is a listed given name (no listed organization, place or surname)
/// followed soon by "he" or "she" is the person called so ("Gloria developed severe eczema at … her death").
fn given_names(doc: &Doc, x: &Extractor, tagged: &mut [Tagged]) {
    let mut buf = String::new();
    for t in tagged.iter_mut().filter(|t| t.tokens.len() == 1 && matches!(t.label, Label::Org | Label::Loc)) {
        let i = t.tokens.start;
        let k = kinds_of(doc.tok(i), &mut buf);
        let gendered = k.has(Kind::Female) || k.has(Kind::Male);
        // A "he" or "she" soon after tells a person from a team called so ("Chelsea", "Clyde").
        let pronoun = (i + 1..(i + 1 + PRONOUN_WINDOW).min(doc.tokens.len()))
            .any(|j| is(Some(doc.tok(j)), &["he", "she", "her", "his", "him"]));
        let unlisted = !x.is_listed_org(i) && !x.has_kind(i, Kind::Place) && !k.has(Kind::Surname);
        if !cued(t) && gendered && unlisted && pronoun {
            t.label = Label::Person;
        }
    }
}

/// "Wikinews", "Technews": one word made of a name and "news" names a news outlet, an organization, whoever it
/// is said to speak to.
fn news_outlets(doc: &Doc, tagged: &mut [Tagged]) {
    for t in tagged.iter_mut().filter(|t| t.tokens.len() == 1 && t.label != Label::Org && !cued(t)) {
        if is_news_compound(doc.tok(t.tokens.start)) {
            t.label = Label::Org;
            t.confidence = Confidence::Context;
        }
    }
}

/// A capitalised word made of a name and "news" ("Wikinews"): a news outlet, tagged or not.
pub fn is_news_compound(w: &str) -> bool {
    w.len() > 6
        && w.starts_with(char::is_uppercase)
        && w.get(w.len() - 4..).is_some_and(|end| end.eq_ignore_ascii_case("news"))
        && w.chars().all(char::is_alphanumeric)
}

/// Relabels as persons the names used as only a person is: "20-year-old Tiger Woods", "Woods, who turned
/// pro", "Woods said he" — unless a list knows the name as an organization or a place.
fn people_by_usage(doc: &Doc, x: &Extractor, tagged: &mut [Tagged]) {
    for t in tagged.iter_mut().filter(|t| t.label != Label::Person && t.label != Label::Misc && !cued(t)) {
        let (s, e) = (t.tokens.start, t.tokens.end);
        if (s..e).any(|i| x.is_listed_org(i) || x.has_kind(i, Kind::Place)) {
            continue;
        }
        let i = e - 1;
        // Not a name used as a modifier: "a 20-year-old West Bank man".
        let modifier = is(word(doc, e), PERSON_NOUNS) || word(doc, e).is_some_and(|w| w.ends_with("er"));
        let aged = s > 0 && doc.tok(s - 1).ends_with("-year-old") && !modifier;
        // Not a plural's ", who", a team's or a group's: "the Cardinals, who …".
        let who = who_follows(doc, i) && !doc.tok(i).ends_with('s');
        if aged || e - s == 1 && (said_he_or_she(doc, i) || who) {
            t.label = Label::Person;
            t.confidence = Confidence::Context;
        }
    }
}

/// Nouns for a person that an apposition may name: "Valeska Paris, an Australian woman" is a person, whatever
/// the place inside her name made the model read.
#[rustfmt::skip]
const PERSON_NOUNS: &[&str] = &[
    "woman", "man", "girl", "boy", "mother", "father", "son", "daughter", "wife", "husband", "widow", "teenager",
    "student", "teacher", "doctor", "nurse", "lawyer", "journalist", "reporter", "activist", "artist", "actor",
    "actress", "singer", "writer", "author", "novelist", "poet", "musician", "footballer", "politician", "lawmaker",
    "senator", "resident", "native", "veteran", "refugee", "scientist", "researcher", "professor", "entrepreneur",
    "billionaire", "businessman", "businesswoman", "grandmother", "grandfather", "mom", "dad",
];

/// Relabels as persons the names that an apposition calls a person ("X, a 34-year-old mother of three"), and
/// the one-word mentions of their last word that say something ("Paris claims that …" after "Valeska Paris,
/// an Australian woman"): a reader takes a place's name for a surname there.
fn people(doc: &Doc, tagged: &mut [Tagged]) {
    let mut surnames: Vec<&str> = Vec::new();
    for t in tagged.iter_mut().filter(|t| !cued(t) && t.tokens.len() <= 4) {
        let i = t.tokens.end - 1;
        if !opens_apposition(doc, i) {
            continue;
        }
        let head = (i + 3..(i + 8).min(doc.tokens.len()))
            .take_while(|&j| doc.tokens[j].kind == TokenKind::Word || doc.tok(j) == "-")
            .find(|&j| is(Some(doc.tok(j)), PERSON_NOUNS));
        if head.is_some() {
            t.label = Label::Person;
            t.confidence = Confidence::Context;
            if t.tokens.len() > 1 {
                surnames.push(doc.tok(i));
            }
        }
    }
    if surnames.is_empty() {
        return;
    }
    // Sorted for a binary search a mention: a text of many names stays linear-logarithmic.
    crate::order::sort_dedup(&mut surnames);
    for t in tagged.iter_mut().filter(|t| t.tokens.len() == 1 && t.label != Label::Person && !cued(t)) {
        let i = t.tokens.start;
        let speaks = word(doc, i + 1).is_some_and(crate::quotes::words::is_cue_verb);
        if speaks && surnames.binary_search(&doc.tok(i)).is_ok() {
            t.label = Label::Person;
            t.confidence = Confidence::Context;
        }
    }
}

fn cued(t: &Tagged) -> bool {
    t.confidence == Confidence::Context
}

/// "The Huffington Post", "The Church of Scientology": the article before a name is not part of it (as CoNLL
/// and GUM both mark names), unless the lists know the name with it ("The Hague") or it is a place of one
/// word. ("THE" in a line of capitals is not "The" and stays.)
fn leading_articles(doc: &Doc, tagged: &mut [Tagged]) {
    let mut buf = String::new();
    // A place of one word after "The" is often named with it: "The Oval", "The Curragh", "The Bronx".
    let one_word_place = |t: &Tagged| t.label == Label::Loc && t.tokens.len() == 2;
    for t in tagged.iter_mut().filter(|t| t.tokens.len() >= 2 && doc.tok(t.tokens.start) == "The" && !one_word_place(t))
    {
        let name = &doc.text[doc.tokens[t.tokens.start].start..doc.tokens[t.tokens.end - 1].end];
        buf.clear();
        super::lists::push_lower(name, &mut buf);
        if super::lists::kinds(&buf).bits() == 0 {
            t.tokens.start += 1;
        }
    }
}

/// Kinds of product that an apposition may name: "Orbik, a chatbot it says can write code" is a product, MISC
/// in CoNLL's terms, whatever the model read it as.
#[rustfmt::skip]
const PRODUCT_NOUNS: &[&str] = &[
    "chatbot", "app", "smartphone", "handset", "drug", "medicine", "vaccine", "game", "film", "movie",
    "documentary", "album", "novel", "sitcom", "browser", "console", "tablet", "laptop", "chip", "chipset",
    "processor", "headset", "rocket", "satellite", "airliner", "sedan", "pickup", "robot", "smartwatch", "drone",
    "spacecraft", "capsule", "telescope", "rover", "missile", "warship", "submarine", "yacht", "helicopter",
    "software", "phone", "car", "truck", "aircraft", "jet", "ship", "vessel", "ferry", "opera", "musical",
    "glasses", "device", "gadget", "earbuds", "headphones", "wearable", "podcast", "series", "show",
];

/// Whether `w` is a kind of product ([`PRODUCT_NOUNS`]), in the singular or the plural.
pub(super) fn is_product_noun(w: &str) -> bool {
    is(Some(w), PRODUCT_NOUNS) || w.strip_suffix('s').is_some_and(|one| is(Some(one), PRODUCT_NOUNS))
}

/// What may follow the head noun of an apposition: the phrase ends there ("a chatbot it says …", "a drug
/// that …", "a game released in May"), so the noun is the head, not a modifier ("the car maker").
fn ends_noun_phrase(doc: &Doc, j: usize) -> bool {
    const AFTER: &[&str] = &[
        "that",
        "which",
        "it",
        "its",
        "to",
        "from",
        "for",
        "with",
        "by",
        "in",
        "on",
        "made",
        "developed",
        "built",
        "designed",
        "launched",
        "released",
        "used",
        "sold",
        "owned",
        "aimed",
        "due",
        "and",
    ];
    doc.tokens.get(j).map_or(true, |t| t.kind == TokenKind::Punct || is(Some(doc.tok(j)), AFTER))
}

/// Relabels as MISC the short names that an apposition calls a product ("Orbik, a chatbot …"), and an unlisted
/// word its owner's product line ("its Korvex chips", "Brevanta's Orbik app": a company's name there would be the
/// owner itself).
fn products(doc: &Doc, x: &Extractor, tagged: &mut [Tagged]) {
    for t in tagged.iter_mut().filter(|t| t.label != Label::Misc && t.tokens.len() <= 3) {
        let i = t.tokens.end - 1;
        if t.tokens.len() == 1 && owned_product_line(doc, x, i) {
            t.label = Label::Misc;
            t.confidence = Confidence::Context;
            continue;
        }
        if !opens_apposition(doc, i) {
            continue;
        }
        let head = (i + 3..(i + 7).min(doc.tokens.len()))
            .take_while(|&j| doc.tokens[j].kind == TokenKind::Word)
            .find(|&j| ends_noun_phrase(doc, j + 1));
        if head.is_some_and(|j| is(Some(doc.tok(j)), PRODUCT_NOUNS)) {
            t.label = Label::Misc;
            t.confidence = Confidence::Context;
        }
    }
}

/// "its Korvex chips", "Brevanta's Orbik app": token `i`, known to no list, between an owner and a product noun.
fn owned_product_line(doc: &Doc, x: &Extractor, i: usize) -> bool {
    let owned = i > 0 && (is(word(doc, i - 1), &["its", "their"]) || doc.tokens[i - 1].kind == TokenKind::Clitic);
    let noun = word(doc, i + 1).map(|w| w.strip_suffix('s').unwrap_or(w));
    owned && is(noun, PRODUCT_NOUNS) && !x.is_listed_org(i) && !x.has_kind(i, Kind::Place) && !x.is_known_person(i)
}

/// A one-word MISC that the lists name as an organization or company, and not as a place, is an organization:
/// "on the Nasdaq", "rivals of Spotify". (MISC is what the 1996 news calls products, events and, for the
/// tagger's features, the exchange it reported on; a listed company's name alone is the company. No
/// nationality is a listed organization.)
fn listed_organizations(x: &Extractor, tagged: &mut [Tagged]) {
    for t in tagged.iter_mut().filter(|t| t.tokens.len() == 1 && t.label == Label::Misc) {
        let i = t.tokens.start;
        if x.is_listed_org(i) && !x.has_kind(i, Kind::Place) {
            t.label = Label::Org;
            t.confidence = t.confidence.min(Confidence::Listed);
        }
    }
}

/// Drops one-word mentions that are common-noun acronyms ("the AI company"), unless they spell the initials
/// of a longer name tagged before them ("Amnesty International … AI").
fn common_acronyms(doc: &Doc, tagged: &mut Vec<Tagged>) {
    let generic = |t: &Tagged| t.tokens.len() == 1 && COMMON_ACRONYMS.contains(&doc.tok(t.tokens.start));
    if !tagged.iter().any(generic) {
        return;
    }
    let mut spelled: Vec<String> = Vec::new();
    tagged.retain(|t| {
        if t.tokens.len() > 1 {
            let initials: String =
                t.tokens.clone().filter_map(|i| doc.tok(i).chars().next().filter(|c| c.is_uppercase())).collect();
            if initials.chars().count() >= 2 {
                spelled.push(initials);
            }
        }
        !generic(t) || spelled.iter().any(|s| s == doc.tok(t.tokens.start))
    });
}

/// Relabels one-word PERSON and MISC mentions that the context marks as organizations, and places that an
/// apposition calls a company ("Drevon, the electric car maker"; not a listed place).
fn organizations(doc: &Doc, x: &Extractor, tagged: &mut [Tagged]) {
    // "Mr. Varnholt, the developer who …": a personal title says more than an apposition's noun.
    for t in tagged.iter_mut().filter(|t| !super::context::after_title(doc, x, t.tokens.start)) {
        let unlisted_place = t.label == Label::Loc && !t.tokens.clone().any(|i| x.has_kind(i, Kind::Place));
        let company_owned = t.tokens.len() == 1 && owned_by_a_company(doc, t.tokens.start);
        if unlisted_place && (apposition(doc, t.tokens.end - 1) || company_owned) {
            t.label = Label::Org;
            t.confidence = Confidence::Context;
            continue;
        }
        if !matches!(t.label, Label::Person | Label::Misc) {
            continue;
        }
        // A multi-word name is read by its apposition only ("Scale AI, the data-labeling start-up").
        let one_word = t.tokens.len() == 1;
        if one_word && x.is_known_person(t.tokens.start) {
            continue;
        }
        let i = t.tokens.end - 1;
        if one_word && possessed(doc, i) || apposition(doc, i) {
            t.label = Label::Org;
            t.confidence = Confidence::Context;
        }
    }
}

/// Relabels as organizations the one-word "persons" that are written like a company — an inner capital
/// ("OpenAI", "PayPal", not "McDonald" or "DeVito") — listed as organizations ("Google"), followed by "said
/// it" / "says its" / ", which", or that a spokesperson speaks for, when
/// nothing in the document makes that word a person: it is not a listed given name or surname, never follows a
/// title or a given name, never ends a longer person's name, and is never followed by "said he/she" or ", who".
/// ("Trump said it was bad" keeps its person when the text also says "Donald Trump" or "Mr. Trump".)
fn unlikely_persons(doc: &Doc, x: &Extractor, tagged: &mut [Tagged]) {
    let lone_person =
        |t: &Tagged| t.tokens.len() == 1 && t.label == Label::Person && !x.is_known_person(t.tokens.start);
    // A set, not a list: a text of many such names stays linear.
    let mut forms: std::collections::HashSet<usize> = tagged
        .iter()
        .filter(|t| lone_person(t))
        .map(|t| t.tokens.start)
        .filter(|&i| {
            inner_capital(doc.tok(i))
                || spoken_of_as_it(doc, i)
                || x.is_listed_org(i)
                || super::context::speaks_for(doc, i, i + 1)
        })
        .map(|i| x.form(i))
        .collect();
    if forms.is_empty() {
        return;
    }
    // Drop the forms that something in the document makes a person.
    for t in tagged.iter().filter(|t| t.tokens.len() > 1 && t.label == Label::Person) {
        for i in t.tokens.clone() {
            forms.remove(&x.form(i));
        }
    }
    for i in 0..doc.tokens.len() {
        if forms.is_empty() {
            return;
        }
        let f = x.form(i);
        if forms.contains(&f) && person_context(doc, x, i) {
            forms.remove(&f);
        }
    }
    for t in tagged.iter_mut() {
        if lone_person(t) && forms.contains(&x.form(t.tokens.start)) {
            t.label = Label::Org;
            t.confidence = Confidence::Context;
        }
    }
}

/// A capital after a lower-case run inside the word, "OpenAI", "LinkedIn" — but not after a surname particle
/// ("McDonald", "MacArthur", "DeVito", "LaGuardia", "VanDerveer").
fn inner_capital(w: &str) -> bool {
    const PARTICLES: &[&str] =
        &["Mc", "Mac", "De", "Di", "Da", "Du", "Del", "Della", "Der", "Des", "La", "Le", "Van", "Von", "St", "Fitz"];
    let mut chars = w.char_indices();
    if !chars.next().is_some_and(|(_, c)| c.is_uppercase()) {
        return false;
    }
    let mut lower = 0;
    for (at, c) in chars {
        if c.is_lowercase() {
            lower += 1;
        } else if c.is_uppercase() && lower > 0 {
            return !PARTICLES.contains(&&w[..at]);
        } else {
            return false;
        }
    }
    false
}

/// "X said it …", "X says its …", "X, which …".
fn spoken_of_as_it(doc: &Doc, i: usize) -> bool {
    (is(word(doc, i + 1), &["said", "says", "say"]) && is(word(doc, i + 2), &["it", "its"]))
        || (word(doc, i + 1) == Some(",") && is(word(doc, i + 2), &["which"]))
}

/// Whether token `i` is used as a person: after a title or a given name ("Mr. X", "Sam X"), or followed by
/// "said he", "says she", ", who".
fn person_context(doc: &Doc, x: &Extractor, i: usize) -> bool {
    let after_name =
        i > 0 && (x.is_title(i - 1) || x.is_given_name(i - 1) && doc.tok(i - 1).starts_with(char::is_uppercase));
    after_name || said_he_or_she(doc, i) || who_follows(doc, i)
}

/// "X said he", "X says her": token `i` is spoken of as a person.
fn said_he_or_she(doc: &Doc, i: usize) -> bool {
    is(word(doc, i + 1), &["said", "says", "say"]) && is(word(doc, i + 2), &["he", "she", "his", "her"])
}

/// "X, who": token `i` is followed by a relative clause for a person.
fn who_follows(doc: &Doc, i: usize) -> bool {
    word(doc, i + 1) == Some(",") && is(word(doc, i + 2), &["who"])
}

/// Whether the mention over `tokens` is a stop word rather than a name: "No." said alone in a quote (a word the
/// stop list holds, with its period, is that word), and one with only clitics after it or contracted ("It's",
/// "You're", "We'll").
fn is_stop_word(doc: &Doc, tokens: &Range<usize>, buf: &mut String) -> bool {
    let (first, last) = (&doc.tokens[tokens.start], &doc.tokens[tokens.end - 1]);
    let name = &doc.text[first.start..last.end];
    let mut stop = |w: &str| kinds_of(w, buf).has(Kind::Stop);
    let word = name.strip_suffix('.').filter(|w| !w.contains(|c: char| c == '.' || c.is_whitespace()));
    let clitics_after =
        tokens.len() > 1 && (tokens.start + 1..tokens.end).all(|i| doc.tokens[i].kind == TokenKind::Clitic);
    word.is_some_and(&mut stop)
        || tokens.len() == 1 && contraction_base(name).is_some_and(&mut stop)
        || clitics_after && stop(doc.tok(tokens.start))
}

/// The longest line read as a heading, in bytes: a text wrapped by hand runs its lines longer.
const MAX_HEADING: usize = 48;

/// A name never runs over a blank line, nor over the end of a heading: "About Veltrix Systems⏎Veltrix Systems
/// Inc. is …" is two names. (It may run over a line break of a text wrapped by hand, whose lines are long.)
/// Each part keeps the mention's label; the list stays sorted.
fn split_at_line_breaks(doc: &Doc, tagged: &mut Vec<Tagged>) {
    let splits = |i: usize| {
        let (before, after) = (doc.tokens[i - 1].end, doc.tokens[i].start);
        let gap = &doc.text[before..after];
        let Some(nl) = gap.find('\n') else { return false };
        let line_start = doc.text[..before].rfind('\n').map_or(0, |k| k + 1);
        gap[nl + 1..].contains('\n') || before + nl - line_start <= MAX_HEADING
    };
    let breaks = |t: &Tagged| (t.tokens.start + 1..t.tokens.end).filter(move |&i| splits(i));
    if !tagged.iter().any(|t| breaks(t).next().is_some()) {
        return;
    }
    let mut out = Vec::with_capacity(tagged.len() + 1);
    for t in tagged.drain(..) {
        let mut start = t.tokens.start;
        for b in breaks(&t).chain([t.tokens.end]) {
            // The cut bytes belong to the last token only.
            let cut = if b == t.tokens.end { t.cut } else { 0 };
            out.push(Tagged { tokens: start..b, cut, ..t.clone() });
            start = b;
        }
    }
    *tagged = out;
}

/// "“Innovation deserves protection,” she said": one common word capitalised because it opens a quote (which the
/// model, reading "first in its sentence" from the mark, does not know) is a name only if the text names it
/// elsewhere.
fn opens_a_quote_as_a_word(doc: &Doc, tokens: &Range<usize>) -> bool {
    let i = tokens.start;
    let opens = i >= 1
        && matches!(doc.tok(i - 1), "“" | "\"" | "‘")
        && (i == 1 || matches!(doc.tok(i - 2), "." | "," | ":" | "?" | "!" | "—"));
    let w = doc.tok(i);
    tokens.len() == 1 && opens && w.chars().skip(1).all(char::is_lowercase) && super::is_common_word(&w.to_lowercase())
}

/// "R-Texas", "D-Ore.", "I-Vt.", "R-NY": a politician's party and state after their name, no name of its own
/// (unlike "D-Day": what follows the party must be a place, a state's abbreviation or a postal code).
fn is_party_and_state(doc: &Doc, tokens: &Range<usize>, buf: &mut String) -> bool {
    let text = &doc.text[doc.tokens[tokens.start].start..doc.tokens[tokens.end - 1].end];
    let Some((party, state)) = text.split_once('-') else { return false };
    let bare = state.trim_end_matches('.');
    let postal = bare.len() == 2 && bare.bytes().all(|b| b.is_ascii_uppercase());
    let dotted = bare.contains('.') && bare.split('.').all(|p| (1..=2).contains(&p.len()));
    let state_like = postal
        || dotted
        || crate::entities::abbreviations::WITH_PERIOD.contains(&bare)
        || kinds_of(bare, buf).has(Kind::Place);
    matches!(party, "D" | "R" | "I") && bare.starts_with(|c: char| c.is_ascii_uppercase()) && state_like
}

/// The word a contraction is made on ("You" of "You're", "We" of "We’ll"), or `None` for a word that is none.
fn contraction_base(w: &str) -> Option<&str> {
    // Not "s": the tokenizer splits a possessive off ("May" "'s"), and what is left of "Macy's" is a name.
    const ENDINGS: &[&str] = &["re", "ll", "ve", "m", "d"];
    let (base, ending) = w.rsplit_once(['\'', '’'])?;
    (!base.is_empty() && ENDINGS.iter().any(|e| e.eq_ignore_ascii_case(ending))).then_some(base)
}

/// Token `i`'s text, if there is one.
pub(super) fn word<'t>(doc: &Doc<'t>, i: usize) -> Option<&'t str> {
    (i < doc.tokens.len()).then(|| doc.tok(i))
}

/// Whether `w` is one of `list`, in any case.
pub(super) fn is(w: Option<&str>, list: &[&str]) -> bool {
    w.is_some_and(|w| list.iter().any(|l| l.eq_ignore_ascii_case(w)))
}

/// Whether a noun phrase that says what the name ending at token `i` is opens after it: an apposition ("X, a
/// chatbot", "X, the AI start-up") or a definition ("X is a NASA space capsule", "X was an Australian woman").
fn opens_apposition(doc: &Doc, i: usize) -> bool {
    is(word(doc, i + 1), &[",", "is", "was"]) && is(word(doc, i + 2), &["the", "a", "an"])
}

/// "X’s chief executive", "X's shares", "X's general counsel".
fn possessed(doc: &Doc, i: usize) -> bool {
    owned_by_a_company(doc, i) || is_possessive(doc, i) && is(word(doc, i + 2), OWNED)
}

/// "X's patents", "X's largest customers", "X's general counsel": what only a company has, after token `i`
/// and its "’s" (and an adjective of size or time).
fn owned_by_a_company(doc: &Doc, i: usize) -> bool {
    #[rustfmt::skip]
    const SIZE_OR_TIME: &[&str] = &[
        "largest", "biggest", "top", "main", "major", "key", "new", "newest", "latest", "annual", "quarterly", "total",
    ];
    let at = if is(word(doc, i + 2), SIZE_OR_TIME) { i + 3 } else { i + 2 };
    let owned = word(doc, at);
    is_possessive(doc, i)
        && (is(owned, ONLY_A_COMPANY_OWNS) || owned == Some("general") && word(doc, at + 1) == Some("counsel"))
}

/// Whether a clitic ("’s") follows token `i`.
pub(super) fn is_possessive(doc: &Doc, i: usize) -> bool {
    doc.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Clitic)
}

/// A noun for a person's role or part ("executive", "analyst", "resident"), not one for an organization.
pub(super) fn names_a_person(w: &str) -> bool {
    use crate::quotes::words::{is_org_noun, is_speaker_noun};
    w.starts_with(char::is_lowercase) && is_speaker_noun(w) && !is_org_noun(w) && !super::context::is_company_noun(w)
}

/// "X, the AI start-up, …", "X, a San Francisco company": an organization noun within five words after
/// "X, the" / "X, a", and not a possessive ("X, the company’s founder" names a person) nor followed by "who".
pub(super) fn apposition(doc: &Doc, i: usize) -> bool {
    if !opens_apposition(doc, i) {
        return false;
    }
    for j in i + 3..(i + 8).min(doc.tokens.len()) {
        let w = doc.tok(j);
        // Nor "X, a fintech analyst at Nordhavn Bank": the apposition names a person's role before any
        // organization's noun, and a noun inside a name ("Bank") is no apposition's head.
        if doc.tokens[j].kind == TokenKind::Punct || names_a_person(w) {
            return false;
        }
        if w.starts_with(char::is_uppercase) {
            continue;
        }
        if is(Some(w), APPOSITION_ORG_NOUNS) || super::context::is_company_noun(w) {
            // Not "X, the company’s founder", nor "X, the developer who built it", nor "X, a bank executive":
            // a person in all three.
            // Nor "X, the group of chemicals that …": a noun of a kind of things (not "a subsidiary of the …").
            let kind_of = is(Some(w), &["group", "family", "class", "set", "series", "range"])
                && word(doc, j + 1) == Some("of")
                && word(doc, j + 2)
                    .is_some_and(|w| w.starts_with(char::is_lowercase) && !is(Some(w), &["the", "a", "an"]));
            return !is_possessive(doc, j)
                && !kind_of
                && word(doc, j + 1) != Some("who")
                && !word(doc, j + 1).is_some_and(names_a_person);
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::entities::find;
    use crate::text::Doc;
    use crate::Label;

    fn label_of(text: &str, name: &str) -> Option<Label> {
        let doc = Doc::new(text);
        let f = find(&doc);
        f.mentions.iter().find(|m| &text[m.range.clone()] == name).map(|m| m.label)
    }

    #[test]
    fn a_stop_word_with_a_period_a_clitic_or_contracted_is_no_name() {
        // Tokens: “(0) No(1) .(2) ”(3) It(4) 's(5) over(6) ;(7) You're(8) out(9) ;(10) Lord(11) 's(12) .(13)
        let text = "“No.” It's over; You're out; Lord's.";
        let doc = Doc::new(text);
        let mut buf = String::new();
        let stop: Vec<bool> =
            [1..3, 4..6, 8..9, 11..13, 11..12].iter().map(|r| super::is_stop_word(&doc, r, &mut buf)).collect();
        assert_eq!(stop, [true, true, true, false, false]);
    }

    #[test]
    fn a_name_is_split_at_a_heading_s_end_and_a_blank_line_not_at_a_long_wrapped_line() {
        let split = |text: &str| {
            let doc = Doc::new(text);
            use crate::entities::{Confidence, Tagged};
            let all = Tagged { tokens: 0..doc.tokens.len(), label: Label::Org, confidence: Confidence::Guess, cut: 0 };
            let mut tagged = vec![all];
            super::split_at_line_breaks(&doc, &mut tagged);
            tagged.iter().map(|t| t.tokens.len()).collect::<Vec<_>>()
        };
        assert_eq!(split("About Quorlane Labs\nQuorlane Labs Inc."), [3, 3]);
        assert_eq!(split("Quorlane\n\nLabs"), [1, 1]);
        let wrapped = format!("{}\nLabs", "Quorlane ".repeat(8));
        assert_eq!(split(&wrapped), [9]);
    }

    #[test]
    fn a_party_and_state_is_no_name() {
        let text =
            "Sen. Garrow Pike, R-Texas, and Rep. Ula Dane (D-Ore.) met I-Vt. and R-NY staff at Y-Combinator and D-Day.";
        let doc = Doc::new(text);
        let found: Vec<&str> = (0..doc.tokens.len())
            .filter(|&i| super::is_party_and_state(&doc, &(i..i + 1), &mut String::new()))
            .map(|i| doc.tok(i))
            .collect();
        assert_eq!(found, ["R-Texas", "D-Ore", "I-Vt", "R-NY"]);
    }

    #[test]
    fn a_contracted_stop_word_is_no_name() {
        use super::contraction_base;
        assert_eq!(contraction_base("You're"), Some("You"));
        assert_eq!(contraction_base("We’ll"), Some("We"));
        assert_eq!(contraction_base("They've"), Some("They"));
        assert_eq!(contraction_base("O'Neill"), None);
        assert_eq!(contraction_base("'re"), None);
        assert_eq!(contraction_base("Macy's"), None);
    }

    #[test]
    fn possessive_roles_and_appositions_make_organizations() {
        let text = "Anthropic, the AI start-up founded by Dario Amodei, hired engineers from Labelbox. Labelbox’s \
                    chief executive, Manu Sharma, said the U.S. market was strong.";
        assert_eq!(label_of(text, "Labelbox"), Some(Label::Org));
        assert_eq!(label_of(text, "Anthropic"), Some(Label::Org));
        assert_eq!(label_of(text, "Manu Sharma"), Some(Label::Person));
    }

    #[test]
    fn inner_capitals_but_not_surname_particles() {
        for w in ["OpenAI", "LinkedIn", "PayPal", "WhatsApp"] {
            assert!(super::inner_capital(w), "{w}");
        }
        for w in ["McDonald", "MacArthur", "DeVito", "LaGuardia", "Droege", "AI", "IBM", "O’Brien"] {
            assert!(!super::inner_capital(w), "{w}");
        }
    }

    #[test]
    fn a_company_spoken_of_as_it_is_an_organization_unless_the_text_makes_it_a_person() {
        let text = "People familiar with the matter spoke. OpenAI said it had been winding down its work.";
        assert_eq!(label_of(text, "OpenAI"), Some(Label::Org));
        let text = "Jason Droege spoke first. Droege said it was fine.";
        assert_eq!(label_of(text, "Droege"), Some(Label::Person));
    }

    #[test]
    fn a_listed_company_read_as_misc_is_an_organization() {
        // Regression: the model read the exchange as MISC.
        assert_eq!(label_of("Shares of Vantiro rose 4% on the Nasdaq.", "Nasdaq"), Some(Label::Org));
        // A nationality stays MISC.
        assert_eq!(label_of("The Norwegian insurer grew.", "Norwegian"), Some(Label::Misc));
    }

    #[test]
    fn a_stop_word_with_its_period_is_no_name() {
        // Regression: "No." alone in a quote was a MISC.
        assert_eq!(label_of("The senator from Massachusetts said, \"No.\" A spokesperson left.", "No."), None);
    }

    #[test]
    fn a_name_used_as_only_a_person_is_is_a_person() {
        use crate::entities::{Confidence, Tagged};
        let text = "WOODS WINS . 20-year-old Tiger Woods shot 67 . Marlow , who turned pro , said so . \
                    A 20-year-old West Bank man left . The Cardinals , who won , left .";
        let doc = Doc::new(text);
        let x = {
            let mut x = super::Extractor::default();
            x.prepare(&doc);
            x
        };
        let find = |s: &str| doc.tokens.iter().position(|t| t.text(text) == s).unwrap();
        let org = |start: usize, len: usize| Tagged {
            tokens: start..start + len,
            label: Label::Org,
            confidence: Confidence::Cued,
            cut: 0,
        };
        let tiger = find("Tiger");
        let marlow = find("Marlow");
        let bank = find("West");
        let cardinals = find("Cardinals");
        let mut tagged = vec![org(tiger, 2), org(marlow, 1), org(bank, 2), org(cardinals, 1)];
        super::people_by_usage(&doc, &x, &mut tagged);
        let labels: Vec<Label> = tagged.iter().map(|t| t.label).collect();
        // An age before a name, ", who" after one word; not a name used as a modifier, not a plural's "who".
        assert_eq!(labels, [Label::Person, Label::Person, Label::Org, Label::Org]);
    }

    #[test]
    fn a_name_compounded_with_news_is_an_outlet() {
        assert_eq!(label_of("The minister told Velnews that the plan was sound.", "Velnews"), Some(Label::Org));
        assert_eq!(
            label_of("Dana Whitlow told reporters that the plan was sound.", "Dana Whitlow"),
            Some(Label::Person)
        );
    }

    #[test]
    fn a_given_name_followed_by_she_is_a_person() {
        use crate::entities::{Confidence, Tagged};
        let text = "Gloria developed severe eczema , which led to her death . Chelsea beat Clyde 2-1 .";
        let doc = Doc::new(text);
        let mut x = super::Extractor::default();
        x.prepare(&doc);
        let one = |i: usize| Tagged { tokens: i..i + 1, label: Label::Org, confidence: Confidence::Cued, cut: 0 };
        let mut tagged = vec![one(0), one(11), one(13)];
        super::given_names(&doc, &x, &mut tagged);
        let labels: Vec<Label> = tagged.iter().map(|t| t.label).collect();
        // No pronoun follows the teams.
        assert_eq!(labels, [Label::Person, Label::Org, Label::Org]);
    }

    #[test]
    fn the_article_before_a_name_is_not_part_of_it() {
        use crate::entities::{Confidence, Tagged};
        let text = "The Velmont Herald said so at The Oval , near The Hague .";
        let doc = Doc::new(text);
        let t = |r: std::ops::Range<usize>, label| Tagged { tokens: r, label, confidence: Confidence::Guess, cut: 0 };
        let mut tagged = vec![t(0..3, Label::Org), t(6..8, Label::Loc), t(10..12, Label::Loc)];
        super::leading_articles(&doc, &mut tagged);
        let starts: Vec<usize> = tagged.iter().map(|t| t.tokens.start).collect();
        // A one-word place keeps it ("The Oval"), and so does a listed name ("The Hague").
        assert_eq!(starts, [1, 6, 10]);
    }

    #[test]
    fn common_acronyms_are_not_names() {
        assert_eq!(label_of("Anthropic, the AI company, said it would hire.", "AI"), None);
        assert_eq!(label_of("Amnesty International spoke. AI said so.", "AI"), Some(Label::Org));
    }

    #[test]
    fn a_person_in_apposition_stays_a_person() {
        let text = "Jason Droege, the company’s chief strategy officer, spoke. Droege, the company’s boss, left.";
        assert_eq!(label_of(text, "Jason Droege"), Some(Label::Person));
    }
}
