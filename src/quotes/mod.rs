//! QUOTE: direct quotes (marks included) and who is named as saying them, before any entity is known.
//!
//! Three steps, one file each: [`marks`] pairs quote marks into quotes in one pass (and [`single`] single
//! marks, in an article that quotes in them); [`speakers`] looks in bounded windows around each quote for a cue
//! ("said", "according to") and reads its subject with [`phrases`] (or, with no cue, a sentence's subject with
//! [`subjects`]); the joiner (`crate::join`) then links the speaker to an entity by overlap or, for "he" and
//! "the company", to the person (`crate::antecedent`: the most salient earlier person who fits) or the nearest
//! organization before it.

pub mod gender;
mod marks;
mod names;
mod phrases;
mod single;
mod speakers;
mod subjects;
pub(crate) mod words;

pub use crate::annotation::QuoteForm;
use crate::text::Doc;
use std::ops::Range;

/// How the speaker is written, which decides how the joiner links it to an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeakerKind {
    /// A name: "Droege", "Jason Droege", "Meta".
    Name,
    /// "he", "she": the most salient earlier person who fits.
    PersonPronoun,
    /// "it", "the company": the nearest earlier organization.
    OrgReference,
    /// "a spokesperson", "officials", "one of them", "we": kept as text, linked to nothing.
    Description,
    /// "they": the group or organization named just before it, if any.
    Group,
    /// "who", "which" ("McConnell, now the majority leader, who in 2010 said …"): the person ("who") or
    /// organization ("which") named just before it in its sentence.
    Relative,
}

/// The speaker as the text names it next to a quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpeakerCue {
    pub range: Range<usize>,
    /// The cue phrase as written ("said", "according to").
    pub cue: Range<usize>,
    pub kind: SpeakerKind,
    /// What the speaker speaks for, when the words around the speaker name it (bytes).
    pub affiliation: Option<Range<usize>>,
}

/// A quote: its byte range including the marks, and its speaker if one is named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundQuote {
    pub range: Range<usize>,
    pub speaker: Option<SpeakerCue>,
    pub form: QuoteForm,
}

/// Every quote in the text, sorted and non-overlapping.
pub fn find(doc: &Doc) -> Vec<FoundQuote> {
    let mut ranges = marks::pair(doc);
    // A name's marks (Marcia “Cia” Price, a show's title) hold no quote: dropped before the speakers are
    // searched, so that they cut no other quote's window.
    ranges.retain(|range| !names::is_name(doc, range));
    let speakers = speakers::attribute(doc, &ranges);
    ranges
        .into_iter()
        .zip(speakers)
        .map(|(range, speaker)| FoundQuote { form: form(doc, &range), range, speaker })
        .collect()
}

/// A quote is direct when it starts a sentence, follows a colon or comma ("said, “…”"), or opens with a
/// capital ("said that “We …”"); a quote that runs on from a word in mid-sentence and opens in lower case
/// is a fragment ("called it “a disaster”").
fn form(doc: &Doc, range: &Range<usize>) -> QuoteForm {
    let text = doc.text;
    let before = text[..range.start].trim_end_matches(|c: char| c.is_whitespace());
    let mut back = before.chars().rev();
    let last = back.next();
    // A single closing mark ends a clause only after punctuation (‘Fine.’ ‘Good.’), not as a possessive
    // (Sanders’ “political revolution”).
    let closes_quote = matches!(last, Some('’' | '\'')) && matches!(back.next(), Some(',' | '.' | '!' | '?'));
    let opens_clause =
        closes_quote || matches!(last, None | Some(',' | ':' | '.' | '!' | '?' | '—' | '–' | '(' | '“' | '"' | '”'));
    if opens_clause {
        return QuoteForm::Direct;
    }
    // Mid-sentence, a capital opens a quoted sentence ("said that “We …”") unless the quote is a title
    // ("his favorite book is “One Hundred Years of Solitude”").
    let quoted = &text[range.clone()];
    let inner = quoted.chars().skip(1).find(|c| c.is_alphanumeric());
    if inner.is_some_and(char::is_uppercase) && !names::is_title_case(quoted) {
        QuoteForm::Direct
    } else {
        QuoteForm::Fragment
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, Option<&str>, QuoteForm)> {
        let doc = Doc::new(text);
        find(&doc).into_iter().map(|q| (&text[q.range], q.speaker.map(|s| &text[s.range]), q.form)).collect()
    }

    #[test]
    fn quotes_with_speakers_and_forms() {
        assert_eq!(
            found("“We are fine,” Droege said. He called it an “enormous opportunity”."),
            [
                ("“We are fine,”", Some("Droege"), QuoteForm::Direct),
                ("“enormous opportunity”", Some("He"), QuoteForm::Fragment)
            ]
        );
        // Regression: a title after a verb was a direct quote because it opens with a capital.
        let t = "Burton claims that his favorite book is “One Hundred Years of Solitude”.";
        assert_eq!(found(t)[0].2, QuoteForm::Fragment);
        assert_eq!(found("Droege said that “We are fine.”")[0].2, QuoteForm::Direct);
        // Regression (review): a British quote right after another was a fragment.
        let forms: Vec<QuoteForm> = found("‘Fine,’ he said. ‘Good.’ ‘great.’").into_iter().map(|q| q.2).collect();
        assert_eq!(forms, [QuoteForm::Direct; 3]);
        assert_eq!(found("He hailed Sanders’ “political revolution” today.")[0].2, QuoteForm::Fragment);
    }

    #[test]
    fn never_panics_on_odd_input() {
        for t in [
            "",
            "\"",
            "“",
            "”",
            "„“",
            "« »",
            "\"\"\"",
            "said \"",
            "“a,” said",
            "“x” —",
            "according to “",
            "\u{200B}“é\u{301}”\u{200B}said\u{FEFF}",
            "\"\n\n\"\n\n\"",
        ] {
            let doc = Doc::new(t);
            for q in find(&doc) {
                assert!(t.is_char_boundary(q.range.start) && t.is_char_boundary(q.range.end));
            }
        }
    }
}
