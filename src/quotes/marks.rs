//! Finding quote marks and pairing them into quotes: one pass over the text for double marks, and in an article
//! that quotes in single marks one more ([`super::single`]).
//!
//! Double marks open a quote at the top level: straight `"`, curly “…”, German „…“ and French «…». Single
//! marks (‘ ’ ') are paired only in an article that quotes in them, British style; elsewhere apostrophes
//! (don’t, ’90s, developers’, rock ’n’ roll) cannot break a quote, and a single quote nested in a double one is
//! simply part of it.
//!
//! Curly marks nest (“how “are” you”); the outermost complete pair is the quote. A quote open at the end of a
//! paragraph continues only when the next paragraph starts with an opening mark of its own family (the news
//! convention for a quote over several paragraphs); otherwise the open mark is dropped there, so one stray mark
//! never swallows the rest of the article.

use super::single;
use crate::text::Doc;
use std::ops::Range;

/// The family of an opening mark, which decides what may close it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Straight,
    Curly,
    /// „ — closed by “ (German) or ” (Polish, Romanian).
    Low,
    Guillemet,
}

/// Nesting deeper than this is not prose; further openers are ignored, which bounds the stack.
const MAX_DEPTH: usize = 8;

/// Whether a character could stand right before an opening mark: nothing, a space, or opening punctuation.
pub(super) fn opens_after(prev: Option<char>) -> bool {
    prev.map_or(true, |c| c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '\u{200B}'))
}

/// Whether a character could stand right after a closing mark: nothing, a space, or punctuation.
fn closes_before(next: Option<char>) -> bool {
    next.map_or(true, |c| !c.is_alphanumeric())
}

/// Every quote in `doc`, as byte ranges that include the marks: sorted and non-overlapping.
pub fn pair(doc: &Doc) -> Vec<Range<usize>> {
    let mut quotes = pair_double(doc);
    if let Some(style) = single::style(doc, &quotes) {
        let singles = single::pair(doc, style, &quotes);
        quotes.extend(singles);
        quotes = outermost(quotes);
    }
    quotes.retain(|q| is_prose(&doc.text[q.clone()]));
    quotes
}

/// The quotes in double marks, outermost only: sorted and non-overlapping.
pub(super) fn pair_double(doc: &Doc) -> Vec<Range<usize>> {
    let text = doc.text;
    let mut pairs: Vec<Range<usize>> = Vec::new();
    let mut stack: Vec<(usize, Family)> = Vec::with_capacity(MAX_DEPTH);
    for (p, para) in doc.paragraphs.iter().enumerate() {
        // A quote carried over from the previous paragraph: its opening mark here is a continuation, not a new quote.
        let mut skip_first_opener = !stack.is_empty();
        let s = &text[para.clone()];
        let mut prev: Option<char> = None;
        let mut chars = s.char_indices().peekable();
        while let Some((off, c)) = chars.next() {
            let next = chars.peek().map(|&(_, n)| n);
            let at = para.start + off;
            let end = at + c.len_utf8();
            let before = prev.replace(c);
            if !matches!(c, '"' | '“' | '”' | '„' | '«' | '»') {
                continue;
            }
            let before_space = opens_after(before);
            let after_space = closes_before(next);
            if skip_first_opener {
                skip_first_opener = false;
                if matches!(c, '"' | '“' | '„' | '«') && off == 0 {
                    continue;
                }
            }
            let top = stack.last().map(|&(_, f)| f);
            let open = |stack: &mut Vec<(usize, Family)>, f: Family| {
                if stack.len() < MAX_DEPTH {
                    stack.push((at, f));
                }
            };
            match c {
                '"' => match top {
                    // A straight mark that clearly opens while another is open: the earlier one was never closed.
                    Some(Family::Straight) if before_space && !after_space => {
                        stack.pop();
                        open(&mut stack, Family::Straight);
                    }
                    Some(Family::Straight) => close(&mut stack, &mut pairs, end),
                    // Sloppy text mixes “ with ": a straight closer after a curly opener closes it.
                    Some(_) if after_space && !before_space => close(&mut stack, &mut pairs, end),
                    Some(_) => open(&mut stack, Family::Straight),
                    // A lone closer-looking mark (inches: 5'10") opens nothing.
                    None if after_space && !before_space => {}
                    None => open(&mut stack, Family::Straight),
                },
                '“' => match top {
                    Some(Family::Low) => close(&mut stack, &mut pairs, end),
                    // “Hello,“ he said: a mis-typed closer, told apart by the space after it.
                    Some(_) if after_space && !before_space => close(&mut stack, &mut pairs, end),
                    _ => open(&mut stack, Family::Curly),
                },
                '”' => match top {
                    Some(_) => close(&mut stack, &mut pairs, end),
                    // Swedish and Finnish open with ” too; elsewhere a lone ” is a stray closer.
                    None if before_space && !after_space => open(&mut stack, Family::Curly),
                    None => {}
                },
                '„' => open(&mut stack, Family::Low),
                '«' => open(&mut stack, Family::Guillemet),
                '»' if top.is_some() => close(&mut stack, &mut pairs, end),
                _ => {}
            }
        }
        // Still open at the paragraph end: carry only the outermost quote, and only into a paragraph that opens
        // with a mark of its family; otherwise recover here. A curly quote after a block quoted in straight marks
        // starts a quote of its own ("Melanie was anxious.\n\n“It never crossed my mind,” she said").
        stack.truncate(1);
        let continues = stack.first().is_some_and(|&(_, family)| {
            let opener: &[char] = match family {
                Family::Straight => &['"'],
                Family::Curly => &['“'],
                Family::Low => &['„'],
                Family::Guillemet => &['«'],
            };
            doc.paragraphs.get(p + 1).is_some_and(|next| text[next.clone()].starts_with(opener))
        });
        if !continues {
            stack.clear();
        }
    }
    outermost(pairs)
}

/// Marks around no words are not a quote: tweet ids and timestamps in embed code ("778257943577919488"),
/// inches and seconds, links.
fn is_prose(quoted: &str) -> bool {
    quoted.chars().any(char::is_alphabetic) && !quoted.contains("twitter.com/") && !quoted.contains("://")
}

fn close(stack: &mut Vec<(usize, Family)>, pairs: &mut Vec<Range<usize>>, end: usize) {
    if let Some((start, _)) = stack.pop() {
        pairs.push(start..end);
    }
}

/// Keeps the outermost of nested pairs, so the result is sorted and non-overlapping.
fn outermost(mut pairs: Vec<Range<usize>>) -> Vec<Range<usize>> {
    crate::order::sort_by(&mut pairs, |a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(pairs.len());
    for r in pairs {
        if out.last().map_or(true, |last| r.start >= last.end) {
            out.push(r);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<&str> {
        let doc = Doc::new(text);
        pair(&doc).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn pairs_straight_and_curly() {
        assert_eq!(quotes("\"Hello,\" he said, \"how are you?\""), ["\"Hello,\"", "\"how are you?\""]);
        assert_eq!(quotes("“Hello,” he said, “how “are” you doing?”"), ["“Hello,”", "“how “are” you doing?”"]);
        assert_eq!(quotes("“Hello,“ he said, “how are you doing?”"), ["“Hello,“", "“how are you doing?”"]);
    }

    #[test]
    fn german_and_french() {
        assert_eq!(quotes("Er sagte: „Wir schaffen das“. Gut."), ["„Wir schaffen das“"]);
        assert_eq!(quotes("Il a dit « bonjour » et «merci»."), ["« bonjour »", "«merci»"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let t = "“The developers’ tools don’t work since the ’90s,” she said of rock ’n’ roll.";
        assert_eq!(quotes(t), ["“The developers’ tools don’t work since the ’90s,”"]);
        assert_eq!(quotes("He is 5'10\" tall and \"fit\"."), ["\"fit\""]);
        assert_eq!(quotes("id=\"1474387200\" said \"ok\""), ["\"ok\""]);
    }

    #[test]
    fn stray_single_marks_leave_double_quotes_alone() {
        // Regression (review): single-mark mode swallowed a double quote.
        let t = "Trump calls 'Niners a 'great team,' fans cheer\n\nFans of the 'Niners packed the stadium. \"We \
                 played well,\" coach Kyle Shanahan said of the players' effort.";
        assert_eq!(quotes(t), ["\"We played well,\""]);
    }

    #[test]
    fn multi_paragraph_quote() {
        let t = "He said: “One.\n\n“Two.\n\n“Three,” he added.\n\nAfter.";
        assert_eq!(quotes(t), ["“One.\n\n“Two.\n\n“Three,”"]);
        // Regression (PolNeAR dev): a block in straight marks ran on into the next paragraph's curly quote.
        let t = "\"Melanie was anxious.\n\n“It never crossed my mind,” she said.";
        assert_eq!(quotes(t), ["“It never crossed my mind,”"]);
    }

    #[test]
    fn unbalanced_recovers_at_paragraph_end() {
        let t = "He said “oops and left.\n\nThen “fine,” she said.\n\n\"Yes\" and \"unclosed\n\nLast \"one\".";
        assert_eq!(quotes(t), ["“fine,”", "\"Yes\"", "\"one\""]);
        assert_eq!(quotes("\"Hello,\" he said, \"how are you doing?"), ["\"Hello,\""]);
        assert_eq!(quotes("a \"b c. D \"e f\" g."), ["\"e f\""]);
    }
}
