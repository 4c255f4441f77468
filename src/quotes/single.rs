//! Quotes in single marks, the way British news writes them (‘We are fine,’ he said), found only in an article
//! written that way.
//!
//! A single mark is also an apostrophe: don’t, ’90s, rock ’n’ roll, and the plural possessive of developers’
//! tools, which looks exactly like a closing mark. So single marks open quotes only when the article quotes in
//! them more often than in double marks ([`style`]), and a closing mark that could be a possessive (a letter
//! before it, a space after it) is held back: it closes the quote only if no surer closing mark (one next to
//! punctuation: ‘fine,’ or ‘fine’.) comes before the next opening mark or the paragraph's end.

use super::marks::opens_after;
use crate::text::{overlapping, Doc};
use std::ops::Range;

/// Elisions written with a straight apostrophe that look like an opening mark: 'n' (rock 'n' roll), 'em, 'tis.
const ELISIONS: &[&str] = &["n", "em", "im", "er", "ere", "ow", "alf", "tis", "twas", "til", "cause", "bout", "nuff"];
/// With curly marks an elision takes ’, but autocorrect often gives ‘ to these (‘til Friday, get ‘em); ‘Tis may
/// open a quote.
const CURLY_ELISIONS: &[&str] = &["n", "em", "til", "cause", "bout", "nuff"];

/// The two styles of single marks: curly ‘…’ and straight '…'.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Curly,
    Straight,
}

impl Style {
    fn opener(self) -> char {
        match self {
            Style::Curly => '‘',
            Style::Straight => '\'',
        }
    }

    fn closer(self) -> char {
        match self {
            Style::Curly => '’',
            Style::Straight => '\'',
        }
    }
}

/// The style of single marks an article quotes in, from [`style`].
#[derive(Clone, Copy)]
pub struct SingleStyle(Style);

/// Whether the straight mark at byte `at` is one of two in a row: ''…'' is a double mark (archived newspaper
/// text writes quotes so), never a single one.
fn doubled(text: &str, at: usize, c: char) -> bool {
    c == '\'' && (text[..at].ends_with('\'') || text[at + 1..].starts_with('\''))
}

/// Whether `c`, at byte `at` of `text`, opens a single quote: after a space or opening punctuation, before a
/// word, a number or a currency sign, and not an elision (’90s, ’n’, 'em). `open` says whether a quote is
/// already open: only then is a dialect elision before punctuation one ('Let’s get 'em,' she said); otherwise
/// it opens ('Er, I don’t know,' he said).
fn opens(text: &str, at: usize, c: char, open: bool) -> bool {
    if doubled(text, at, c) || !opens_after(text[..at].chars().next_back()) {
        return false;
    }
    let rest = &text[at + c.len_utf8()..];
    let Some(next) = rest.chars().next() else { return false };
    if !(next.is_alphanumeric() || matches!(next, '“' | '"' | '…' | '£' | '$' | '€')) {
        return false;
    }
    let word: &str = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let after_word = rest[word.len()..].chars().next();
    let ends_phrase = after_word.map_or(true, |a| !a.is_alphanumeric() && !a.is_whitespace());
    // ’90s always, and ’90 when nothing follows it in its phrase ("since ’90,"); ‘90 people lost their jobs
    // is a quote.
    let digits = word.len() >= 2 && word.bytes().take(2).all(|b| b.is_ascii_digit());
    let year = digits && (word.len() == 4 && word[2..].eq_ignore_ascii_case("s") || word.len() == 2 && ends_phrase);
    let list = if c == '‘' { CURLY_ELISIONS } else { ELISIONS };
    let elision = list.iter().any(|e| e.eq_ignore_ascii_case(word))
        && match after_word {
            None => true,
            Some(a) if a.is_whitespace() => true,
            Some(a) if a.is_alphanumeric() => false,
            // Punctuation after: 'n' always; the others only inside an open quote.
            Some(_) => open || word.eq_ignore_ascii_case("n"),
        };
    !year && !elision
}

/// How surely `c`, at byte `at`, closes a single quote: `None` if it cannot (a space before it, a word right
/// after it: don’t), `Some(true)` if punctuation stands next to it (‘fine,’ ‘fine’.), `Some(false)` if it
/// could as well be a possessive (‘fake news’ and …, the developers’ tools).
fn closes(text: &str, at: usize, c: char) -> Option<bool> {
    if doubled(text, at, c) {
        return None;
    }
    let prev = text[..at].chars().next_back()?;
    let next = text[at + c.len_utf8()..].chars().next();
    // The second mark of rock ’n’ roll.
    let elided_and = ["’n", "'n", "‘n"].iter().any(|e| text[..at].ends_with(e));
    if prev.is_whitespace() || next.is_some_and(char::is_alphanumeric) || elided_and {
        return None;
    }
    let punct_before = matches!(prev, ',' | '.' | '!' | '?' | ';' | ':' | '…' | '—' | '–' | '”' | '"');
    let punct_after =
        next.map_or(true, |n| matches!(n, ',' | '.' | '!' | '?' | ';' | ':' | ')' | '—' | '–' | '\n' | '\r'));
    Some(punct_before || punct_after)
}

/// Whether the article quotes in single marks of one style: outside its double quotes (`doubles`, sorted), at
/// least two opening marks and two sure closing marks (one, if it has no double quotes at all), and more
/// opening marks than it has double quotes.
pub fn style(doc: &Doc, doubles: &[Range<usize>]) -> Option<SingleStyle> {
    let text = doc.text;
    // Archived newspaper text quotes in ''…'': each pair of such marks counts as a double quote.
    let mut doubled_marks = 0;
    let mut counts = [(0usize, 0usize); 2];
    for (at, mark) in text.match_indices(['‘', '’', '\'']) {
        let c = mark.chars().next().unwrap_or('\'');
        if c == '\'' && text[at + 1..].starts_with('\'') && !text[..at].ends_with('\'') {
            doubled_marks += 1;
        }
        if overlapping(doubles, &(at..at + 1)).is_some() {
            continue;
        }
        for (k, s) in [Style::Curly, Style::Straight].into_iter().enumerate() {
            if c == s.opener() && opens(text, at, c, false) {
                counts[k].0 += 1;
            }
            // Not after an "s": the players'. and the assistants', are possessives as often as not.
            let after_s = text[..at].ends_with(['s', 'S']);
            if c == s.closer() && closes(text, at, c) == Some(true) && !after_s {
                counts[k].1 += 1;
            }
        }
    }
    let doubled_pairs = doubled_marks / 2;
    let no_doubles = doubles.is_empty() && doubled_pairs == 0;
    let pick = |k: usize| {
        counts[k].0 >= 2
            && (counts[k].1 >= 2 || no_doubles && counts[k].1 >= 1)
            && counts[k].0 > doubles.len() + doubled_pairs
    };
    if pick(0) {
        Some(SingleStyle(Style::Curly))
    } else if pick(1) {
        Some(SingleStyle(Style::Straight))
    } else {
        None
    }
}

/// A closing mark held back because it may be a possessive: where the quote would end, whether an "s" stands
/// before it (‘fake news’, the farmers’ union), and whether a sentence or a double quote has ended since.
#[derive(Clone, Copy)]
struct Held {
    end: usize,
    after_s: bool,
    broken: bool,
    /// A small word follows it (‘a disgrace’ on Tuesday, ‘fake news’ and …), as after a quote, seldom after a
    /// possessive (the workers’ pay).
    small_word_after: bool,
}

/// Words that follow a closing mark far more often than they follow a possessive.
fn is_small_word(w: &str) -> bool {
    #[rustfmt::skip]
    const WORDS: &[&str] = &[
        "of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or", "but", "is", "was", "are", "were",
        "had", "has", "as", "if", "than", "that", "until", "when", "after", "before", "over", "into", "about",
    ];
    w.len() <= 6 && WORDS.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Every quote in single marks of `style`, as byte ranges including the marks, in text order; single marks
/// inside the double quotes `doubles` (sorted) are left alone. A quote still open at a paragraph's end runs on
/// only into a paragraph that opens with the same mark.
pub fn pair(doc: &Doc, style: SingleStyle, doubles: &[Range<usize>]) -> Vec<Range<usize>> {
    let SingleStyle(style) = style;
    let text = doc.text;
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut held: Option<Held> = None;
    // A quote closed at a held mark may not hold a double quote in a later sentence: the mark was an
    // apostrophe after all ('Niners packed the stadium. "We played well," … the players' effort). One in its
    // first sentence is nested (‘a “total” disaster’).
    let close_held = |out: &mut Vec<Range<usize>>, start: usize, h: Held| {
        // Sorted and non-overlapping: the first double quote after `start` is the one that could be inside.
        let first_after = doubles.partition_point(|d| d.start <= start);
        let later_sentence = |d: &Range<usize>| {
            let between = &text[start..d.start];
            between.contains(['\n', '\r']) || [". ", "! ", "? "].iter().any(|e| between.contains(e))
        };
        let holds_double = doubles.get(first_after).is_some_and(|d| d.end <= h.end && later_sentence(d));
        if !holds_double {
            out.push(start..h.end);
        }
    };
    for (p, para) in doc.paragraphs.iter().enumerate() {
        let carried = open.is_some();
        let mut prev: Option<char> = None;
        for (off, c) in text[para.clone()].char_indices() {
            let at = para.start + off;
            let before = prev.replace(c);
            if carried && off == 0 && c == style.opener() {
                continue;
            }
            if let Some(h) = held.as_mut() {
                let sentence_end = c.is_whitespace() && matches!(before, Some('.' | '!' | '?'));
                h.broken |= sentence_end || matches!(c, '“' | '”' | '"');
            }
            if !matches!(c, '‘' | '’' | '\'') || overlapping(doubles, &(at..at + 1)).is_some() {
                continue;
            }
            let Some(start) = open else {
                if c == style.opener() && opens(text, at, c, false) {
                    open = Some(at);
                }
                continue;
            };
            if c == style.closer() {
                let after_s = matches!(before, Some('s' | 'S'));
                let next = text[at + c.len_utf8()..].chars().next();
                match (closes(text, at, c), held) {
                    // "the voters’." after a sentence break: another possessive, so the held mark closed it
                    // (but ‘…the bosses’ bonuses … their mistakes’, she said closes here).
                    (Some(true), Some(h)) if after_s && h.broken && next != Some(',') => {
                        close_held(&mut out, start, h);
                        open = None;
                        held = None;
                        continue;
                    }
                    (Some(true), _) => {
                        out.push(start..at + c.len_utf8());
                        open = None;
                        held = None;
                        continue;
                    }
                    (Some(false), _) => {
                        // The first held mark, or a later one not after an "s" in place of one after an "s".
                        if held.map_or(true, |h| h.after_s && !after_s) {
                            let rest = text[at + c.len_utf8()..].trim_start_matches([' ', '\u{a0}']);
                            let word = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
                            let small_word_after = is_small_word(word);
                            held = Some(Held { end: at + c.len_utf8(), after_s, broken: false, small_word_after });
                        }
                        continue;
                    }
                    (None, _) => {}
                }
            }
            if c == style.opener() && opens(text, at, c, true) {
                // A new quote opens: the one before closed at its held mark, or never closed.
                if let Some(h) = held.take() {
                    close_held(&mut out, start, h);
                }
                open = Some(at);
            }
        }
        // A quote open at the paragraph's end runs on into a paragraph opening with the mark, unless a mark
        // held in it more likely closed it: one not after an "s", or before a small word (Labour called the
        // plan ‘a disgrace’ on Tuesday.\n\n‘It will hurt,’ said Ms Smith), or any, if the quote opened inside a
        // sentence (called them ‘rebellious’ people.\n\n‘A journalist’s place …’): a statement that runs on
        // opens its paragraph or follows a colon.
        let continues = doc.paragraphs.get(p + 1).is_some_and(|next| text[next.clone()].starts_with(style.opener()));
        let statement = open.is_some_and(|start| {
            // Carried from an earlier paragraph, it is a statement already.
            let before = text.get(para.start..start).unwrap_or("").trim_end();
            before.is_empty() || before.ends_with(':')
        });
        let closed_at_held = held.is_some_and(|h| !h.after_s || h.small_word_after || !statement);
        if !continues || closed_at_held {
            if let (Some(start), Some(h)) = (open, held) {
                close_held(&mut out, start, h);
            }
            open = None;
            held = None;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<&str> {
        let doc = Doc::new(text);
        let doubles = crate::quotes::marks::pair_double(&doc);
        match style(&doc, &doubles) {
            Some(s) => pair(&doc, s, &doubles).into_iter().map(|r| &text[r]).collect(),
            None => Vec::new(),
        }
    }

    #[test]
    fn british_quotes() {
        let t = "‘Hello,’ he said, ‘how are you doing?’";
        assert_eq!(quotes(t), ["‘Hello,’", "‘how are you doing?’"]);
        assert_eq!(quotes("'Hello,' he said, 'how are you doing?'"), ["'Hello,'", "'how are you doing?'"]);
    }

    #[test]
    fn apostrophes_stay_apostrophes() {
        let t = "‘The developers’ tools don’t work,’ she said. She called it ‘fake news’ and the farmers’ union \
                 agreed. ‘We are fine.’ Rock ’n’ roll in the ’90s.";
        assert_eq!(quotes(t), ["‘The developers’ tools don’t work,’", "‘fake news’", "‘We are fine.’"]);
        let t = "‘It’s fine,’ he said. It was ‘rock ’n’ roll’ in the ’90s, and ‘no question of the developers’ tools \
                 being sold.’";
        assert_eq!(quotes(t)[1..], ["‘rock ’n’ roll’", "‘no question of the developers’ tools being sold.’"]);
    }

    #[test]
    fn only_in_an_article_written_that_way() {
        // American style: single marks only nest inside double ones.
        assert!(quotes("“He said ‘no’ to me,” she said. “Fine,” he said. “Good.”").is_empty());
        assert!(quotes("“He said ‘no’ to me,” she said. The developers’ tools were ‘fine’.").is_empty());
        // One quote-like mark is not a style.
        assert!(quotes("The developers’ tools and the ‘fine’ print.").is_empty());
    }

    #[test]
    fn review_regressions() {
        // A quote over several paragraphs with a possessive in its first.
        let t = "‘A,’ he said. ‘B,’ said John Smith.\n\n‘The workers’ pay must rise.\n\n‘We will not stop,’ he said.";
        assert_eq!(quotes(t)[2], "‘The workers’ pay must rise.\n\n‘We will not stop,’");
        // An elision inside a quote does not restart it.
        assert_eq!(quotes("'A,' he said. 'B,' said John Smith. 'Let's get 'em,' she said.")[2], "'Let's get 'em,'");
    }

    #[test]
    fn a_possessive_after_a_sentence_break_closes_nothing() {
        let t = "‘We will win,’ he said. ‘Fine,’ she said. Labour called the plan ‘a shambles’ on Tuesday. The final \
                 decision, Smith said, was the voters’.";
        assert_eq!(quotes(t), ["‘We will win,’", "‘Fine,’", "‘a shambles’"]);
    }

    #[test]
    fn a_quote_closed_at_a_held_mark_holds_no_double_quote() {
        let t = "Fans of the 'Niners packed the stadium. \"We played well,\" the coach said of the players' effort.";
        let doc = Doc::new(t);
        let doubles = crate::quotes::marks::pair_double(&doc);
        assert!(pair(&doc, SingleStyle(Style::Straight), &doubles).is_empty());
    }

    #[test]
    fn quotes_may_open_with_a_number_or_an_elision() {
        let t = "‘2020 was a hard year,’ she said. ‘Tis the season,’ he said. It was the ’90s.";
        assert_eq!(quotes(t), ["‘2020 was a hard year,’", "‘Tis the season,’"]);
    }

    #[test]
    fn a_quote_carried_over_paragraphs_with_a_possessive_in_a_later_one() {
        // Regression: the check of where the quote opened sliced from this paragraph's start to an earlier one.
        let t = "‘A,’ he said. ‘B,’ she said.\n\n‘One.\n\n‘The workers’ pay.\n\n‘Three,’ he said.";
        assert_eq!(quotes(t)[2], "‘One.\n\n‘The workers’ pay.\n\n‘Three,’");
        // A fragment opened inside a sentence closes at its held mark at the paragraph's end.
        let t = "‘A,’ he said. He called them ‘rebellious’ people.\n\n‘A journalist’s place is there,’ he said.";
        assert_eq!(quotes(t)[1..], ["‘rebellious’", "‘A journalist’s place is there,’"]);
    }

    #[test]
    fn doubled_straight_marks_are_no_single_quotes() {
        let t = "Tell of 'Suffering.'\n\nOne of ''suffering and delight,'' he said, and ''I had to think, 'This is \
                 their lives.'.''";
        assert!(quotes(t).is_empty());
    }

    #[test]
    fn multi_paragraph_and_unclosed() {
        let t = "He said: ‘One.\n\n‘Two,’ he added.\n\nA ‘stray mark and ‘fine,’ she said.";
        assert_eq!(quotes(t), ["‘One.\n\n‘Two,’", "‘fine,’"]);
    }
}
