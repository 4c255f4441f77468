//! How well quotes in single marks (British style) are found, measured on PolNeAR rewritten in them, since no
//! corpus here quotes so:
//!
//! ```text
//! cargo run --release --example eval_single_marks -- ../shared/data [--split dev|train] [--misses N]
//! ```
//!
//! Each article (primary annotations) whose quotes are all in curly double marks is annotated, then rewritten
//! with every such quote in single marks: “…” becomes ‘…’, and so does the mark opening each further paragraph
//! of a quote; double marks inside stay, as British copy nests them. The rewritten article must give each quote
//! again, with the same span and the same speaker and cue. It is rewritten twice: with the closing comma or
//! period inside the marks as in the original (‘…,’ he said), and outside them (‘…’, he said), the other
//! British habit. The score is consistency with newsmark's own double-mark reading, not accuracy against gold.

use newsmark::{annotate, Detail};
use serde_json::Value;
use std::path::PathBuf;

/// A quote: its byte range and its speaker as (text, cue).
type Quote = (usize, usize, Option<(String, String)>);

fn quotes(text: &str) -> Vec<Quote> {
    annotate(text)
        .spans
        .into_iter()
        .filter_map(|s| match s.detail {
            Detail::Quote { speaker, .. } => Some((s.start, s.end, speaker.map(|p| (p.text, p.cue)))),
            _ => None,
        })
        .collect()
}

/// The article rewritten in single marks with the quotes it should give, or `None` if it has quotes in other
/// marks (a single-mark reading could not be told from a mixed one), an opening single mark already, or none. ‘ and ’ take as many bytes
/// as “ and ”, so offsets stay put, except one byte less at the end of a quote whose comma or period moved out.
fn rewrite(text: &str, punctuation_outside: bool) -> Option<(String, Vec<Quote>)> {
    let found = quotes(text);
    if found.is_empty() || text.contains(['"', '‘']) {
        return None;
    }
    let mut out = text.to_string();
    let mut expected = Vec::with_capacity(found.len());
    for (start, end, speaker) in found {
        let quoted = &text[start..end];
        if !quoted.starts_with('“') || !quoted.ends_with('”') {
            return None;
        }
        let mut body = String::with_capacity(quoted.len());
        body.push('‘');
        let inner = &quoted['“'.len_utf8()..quoted.len() - '”'.len_utf8()];
        // A paragraph of the quote that opens with a mark continues it: that mark turns single too.
        body.push_str(&inner.replace("\n“", "\n‘"));
        let mut new_end = end;
        match body.chars().next_back() {
            Some(p @ (',' | '.')) if punctuation_outside => {
                body.pop();
                body.push('’');
                body.push(p);
                new_end -= 1;
            }
            _ => body.push('’'),
        }
        out.replace_range(start..end, &body);
        expected.push((start, new_end, speaker));
    }
    Some((out, expected))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let data = PathBuf::from(args.first().map(String::as_str).unwrap_or("../shared/data"));
    let flag = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let split = flag("--split").unwrap_or_else(|| "dev".into());
    let mut misses: usize = flag("--misses").and_then(|n| n.parse().ok()).unwrap_or(0);
    let path = data.join(format!("quotes/polnear/polnear_{split}.jsonl"));
    let lines = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let articles: Vec<String> = lines
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|v| v["primary"] == Value::Bool(true))
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    println!("PolNeAR {split}, rewritten in single marks:");
    for outside in [false, true] {
        let (mut n_articles, mut n_quotes, mut same_span, mut same_speaker) = (0, 0, 0, 0);
        for text in &articles {
            let Some((rewritten, expected)) = rewrite(text, outside) else { continue };
            n_articles += 1;
            let got = quotes(&rewritten);
            for (start, end, speaker) in &expected {
                n_quotes += 1;
                match got.iter().find(|g| g.0 == *start && g.1 == *end) {
                    Some(g) => {
                        same_span += 1;
                        same_speaker += usize::from(&g.2 == speaker);
                    }
                    None if misses > 0 => {
                        misses -= 1;
                        let shown: String = rewritten[*start..].chars().take(160).collect();
                        let overlapping: Vec<&str> =
                            got.iter().filter(|g| g.0 < *end && *start < g.1).map(|g| &rewritten[g.0..g.1]).collect();
                        println!("  MISS {shown:?}\n    got {overlapping:?}");
                    }
                    None => {}
                }
            }
        }
        let share = |n: usize| n as f64 / n_quotes.max(1) as f64;
        println!(
            "  punctuation {}: {n_articles} articles, {n_quotes} quotes; same span {same_span} ({:.3}), same span \
             and speaker {same_speaker} ({:.3})",
            if outside { "outside the marks" } else { "inside the marks " },
            share(same_span),
            share(same_speaker)
        );
    }
}
