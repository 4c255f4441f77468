//! Context cues the 1996 training news rarely shows: a one-word name that the model calls a person (or
//! MISC) is an organization when the text says so around it — "Labelbox’s chief executive", "Anthropic, the AI
//! start-up", "shares of Acme". Applied after tagging; CoNLL dev F1 is unchanged by it (checked with
//! `eval_entities`), and it fixes the start-ups of today's news.

use super::features::Extractor;
use super::{Confidence, Tagged};
use crate::annotation::Label;
use crate::text::{Doc, TokenKind};

/// After "X’s": what an organization has and a person does not.
const OWNED: &[&str] = &[
    "chief",
    "ceo",
    "cfo",
    "founder",
    "co-founder",
    "cofounder",
    "shares",
    "stock",
    "board",
    "investors",
    "employees",
    "customers",
    "revenue",
    "valuation",
    "headquarters",
    "products",
    "platform",
    "software",
    "models",
    "chatbot",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "executives",
    "staff",
    "engineers",
    "users",
];

/// In "X, the … NOUN": nouns for organizations.
const ORG_NOUNS: &[&str] = &[
    "company",
    "start-up",
    "startup",
    "firm",
    "maker",
    "developer",
    "lab",
    "laboratory",
    "provider",
    "group",
    "giant",
    "retailer",
    "bank",
    "carrier",
    "manufacturer",
    "subsidiary",
    "rival",
    "owner",
    "operator",
    "agency",
    "publisher",
    "insurer",
    "lender",
    "supplier",
    "conglomerate",
    "unicorn",
    "platform",
    "service",
    "network",
];

/// Relabels one-word PERSON and MISC mentions that the context marks as organizations.
pub fn organizations(doc: &Doc, x: &Extractor, tagged: &mut [Tagged]) {
    for t in tagged.iter_mut() {
        if t.tokens.len() != 1 || !matches!(t.label, Label::Person | Label::Misc) || x.is_known_person(t.tokens.start) {
            continue;
        }
        let i = t.tokens.start;
        if possessed(doc, i) || apposition(doc, i) {
            t.label = Label::Org;
            t.confidence = Confidence::Cued;
        }
    }
}

fn word<'t>(doc: &Doc<'t>, i: usize) -> Option<&'t str> {
    (i < doc.tokens.len()).then(|| doc.tok(i))
}

fn is(w: Option<&str>, list: &[&str]) -> bool {
    w.is_some_and(|w| list.iter().any(|l| l.eq_ignore_ascii_case(w)))
}

/// "X’s chief executive", "X's shares".
fn possessed(doc: &Doc, i: usize) -> bool {
    doc.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Clitic) && is(word(doc, i + 2), OWNED)
}

/// "X, the AI start-up, …", "X, a San Francisco company": an organization noun within five words after
/// "X, the" / "X, a", and not a possessive ("X, the company’s founder" names a person).
fn apposition(doc: &Doc, i: usize) -> bool {
    if word(doc, i + 1) != Some(",") || !is(word(doc, i + 2), &["the", "a", "an"]) {
        return false;
    }
    for j in i + 3..(i + 8).min(doc.tokens.len()) {
        let w = doc.tok(j);
        if doc.tokens[j].kind == TokenKind::Punct {
            return false;
        }
        if is(Some(w), ORG_NOUNS) {
            return !doc.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Clitic);
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
    fn possessive_roles_and_appositions_make_organizations() {
        let text = "Anthropic, the AI start-up founded by Dario Amodei, hired engineers from Labelbox. Labelbox’s \
                    chief executive, Manu Sharma, said the U.S. market was strong.";
        assert_eq!(label_of(text, "Labelbox"), Some(Label::Org));
        assert_eq!(label_of(text, "Anthropic"), Some(Label::Org));
        assert_eq!(label_of(text, "Manu Sharma"), Some(Label::Person));
    }

    #[test]
    fn a_person_in_apposition_stays_a_person() {
        let text = "Jason Droege, the company’s chief strategy officer, spoke. Droege, the company’s boss, left.";
        assert_eq!(label_of(text, "Jason Droege"), Some(Label::Person));
    }
}
