//! Quotes in single marks, the way British news writes them (‘We are fine,’ he said), found only in an article
//! written that way.
//!
//! A single mark is also an apostrophe: don’t, ’90s, rock ’n’ roll, and the plural possessive of developers’
//! tools, which looks exactly like a closing mark. So single marks open quotes only when the article uses them
//! for quotes more often than double marks ([`is_single_quoted`]), and a closing mark that could be a
//! possessive (a letter before it, a space after it) is held back: it closes the quote only if no surer closing
//! mark (one next to punctuation: ‘fine,’ or ‘fine’.) comes before the next opening mark or the paragraph's end.

use crate::text::Doc;
use std::ops::Range;

/// Elisions that begin with an apostrophe and look like an opening mark: ’n’ (rock ’n’ roll), ’em, ’tis.
const ELISIONS: &[&str] = &["n", "em", "tis", "twas", "til", "cause", "bout", "round", "nuff"];

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

/// Whether the straight mark at byte `at` is one of two in a row: ''…'' is a double mark (archived newspaper
/// text writes quotes so), never a single one.
fn doubled(text: &str, at: usize, c: char) -> bool {
    c == '\'' && (text[..at].ends_with('\'') || text[at + 1..].starts_with('\''))
}

/// Whether `c`, at byte `at` of `text`, opens a single quote: after a space or opening punctuation, before a
/// word, and not an elision (’90s, ’n’, ’em).
fn opens(text: &str, at: usize, c: char) -> bool {
    let prev = text[..at].chars().next_back();
    let rest = &text[at + c.len_utf8()..];
    if doubled(text, at, c) {
        return false;
    }
    let after_space =
        prev.map_or(true, |p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | ':' | '“' | '"'));
    let Some(next) = rest.chars().next() else { return false };
    if !after_space || !(next.is_alphabetic() || next == '“' || next == '"' || next == '…') {
        return false;
    }
    let word: &str = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let elision = ELISIONS.iter().any(|e| e.eq_ignore_ascii_case(word))
        && rest[word.len()..].starts_with(|c: char| !c.is_alphanumeric());
    !elision
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
    let punct_after = next.map_or(true, |n| matches!(n, ',' | '.' | '!' | '?' | ';' | ':' | ')' | '—' | '–' | '\n'));
    Some(punct_before || punct_after)
}

/// Whether the article quotes in single marks of one style: at least two opening marks outside its double
/// quotes (`doubles`, sorted), one sure closing mark, and more opening marks than it has double quotes.
pub fn style(doc: &Doc, doubles: &[Range<usize>]) -> Option<SingleStyle> {
    let text = doc.text;
    // Archived newspaper text quotes in ''…'': each pair counts as a double quote.
    let doubled = text.matches("''").count() / 2;
    let mut counts = [(0usize, 0usize); 2];
    let mut inside = 0;
    for (at, c) in text.char_indices() {
        if !matches!(c, '‘' | '’' | '\'') {
            continue;
        }
        while inside < doubles.len() && doubles[inside].end <= at {
            inside += 1;
        }
        if doubles.get(inside).is_some_and(|d| d.start <= at) {
            continue;
        }
        for (k, s) in [Style::Curly, Style::Straight].into_iter().enumerate() {
            if c == s.opener() && opens(text, at, c) {
                counts[k].0 += 1;
            }
            if c == s.closer() && closes(text, at, c) == Some(true) {
                counts[k].1 += 1;
            }
        }
    }
    let pick = |k: usize| counts[k].0 >= 2 && counts[k].1 >= 1 && counts[k].0 > doubles.len() + doubled;
    if pick(0) {
        Some(SingleStyle(Style::Curly))
    } else if pick(1) {
        Some(SingleStyle(Style::Straight))
    } else {
        None
    }
}

/// The style of single marks an article quotes in, from [`style`].
#[derive(Clone, Copy)]
pub struct SingleStyle(Style);

/// Every quote in single marks of `style`, as byte ranges including the marks, in text order. A quote still
/// open at a paragraph's end runs on only into a paragraph that opens with the same mark.
pub fn pair(doc: &Doc, style: SingleStyle) -> Vec<Range<usize>> {
    let SingleStyle(style) = style;
    let text = doc.text;
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (p, para) in doc.paragraphs.iter().enumerate() {
        let carried = open.is_some();
        // The first closing mark that may be a possessive, preferring one not after an "s" (‘fake news’ and
        // the farmers’ union: both are held; the first is taken).
        let mut held: Option<usize> = None;
        let mut held_after_s = true;
        for (off, c) in text[para.clone()].char_indices() {
            let at = para.start + off;
            if carried && off == 0 && c == style.opener() {
                continue;
            }
            if let Some(start) = open {
                if c == style.closer() {
                    match closes(text, at, c) {
                        Some(true) => {
                            out.push(start..at + c.len_utf8());
                            open = None;
                            held = None;
                            held_after_s = true;
                            continue;
                        }
                        Some(false) => {
                            let after_s = text[..at].ends_with(['s', 'S']);
                            if held.is_none() || held_after_s && !after_s {
                                held = Some(at + c.len_utf8());
                                held_after_s = after_s;
                            }
                            continue;
                        }
                        None => {}
                    }
                }
                if c == style.opener() && opens(text, at, c) {
                    // A new quote opens: the one before closed at its held mark, or never closed.
                    if let Some(end) = held.take() {
                        out.push(start..end);
                    }
                    held_after_s = true;
                    open = Some(at);
                }
            } else if c == style.opener() && opens(text, at, c) {
                open = Some(at);
            }
        }
        let continues = doc.paragraphs.get(p + 1).is_some_and(|next| text[next.clone()].starts_with(style.opener()));
        if !continues {
            if let (Some(start), Some(end)) = (open, held) {
                out.push(start..end);
            }
            open = None;
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
            Some(s) => pair(&doc, s).into_iter().map(|r| &text[r]).collect(),
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
