//! Scores the entity finder on CoNLL-2003 data, the way conlleval does: a predicted entity counts only when
//! its token span and its type (PER, ORG, LOC, MISC) both match a gold one exactly.
//!
//! ```text
//! cargo run --release --example eval_entities -- ../shared/data/conll2003/dev.txt [--errors]
//! ```
//!
//! Each document (between the corpus's document-start lines) is rebuilt as text: the tokens of a sentence joined by single
//! spaces, one sentence a line (so every sentence is its own paragraph, as a headline or a dateline on its
//! own line is in a pasted article). The text is annotated, and each PERSON/ORG/LOC/MISC span is mapped back to
//! the tokens it overlaps. `--errors` prints every missed and every spurious entity, for tuning.

#[path = "support/conll.rs"]
mod conll;

use newsmark::{annotate_with, Label, Options};
use std::collections::BTreeSet;
use std::time::Instant;

const TYPES: [&str; 4] = ["LOC", "MISC", "ORG", "PER"];

/// A chunk: first token, end token (exclusive), type index into `TYPES`, all within one document.
type Chunk = (usize, usize, usize);

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: eval_entities CONLL_FILE [--errors]");
        std::process::exit(2);
    };
    let show_errors = args.iter().any(|a| a == "--errors");
    let data = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("cannot read {path}: {e}");
        std::process::exit(2);
    });
    let docs = conll::documents(&data);
    let options = Options::only(&[Label::Person, Label::Org, Label::Loc, Label::Misc]);

    let (mut gold_n, mut pred_n, mut correct_n) = ([0usize; 4], [0usize; 4], [0usize; 4]);
    let (mut tokens_total, mut elapsed) = (0usize, 0f64);
    for doc in &docs {
        let (text, offsets) = rebuild(doc);
        let started = Instant::now();
        let found = annotate_with(&text, &options);
        elapsed += started.elapsed().as_secs_f64();
        tokens_total += doc.tokens.len();

        let gold = gold_chunks(doc);
        let mut pred = BTreeSet::new();
        for span in &found.spans {
            let Some(ty) = type_of(span.label()) else { continue };
            let first = offsets.partition_point(|&(_, end)| end <= span.start);
            let end = offsets.partition_point(|&(start, _)| start < span.end);
            if first < end {
                pred.insert((first, end, ty));
            }
        }
        for &(_, _, ty) in &gold {
            gold_n[ty] += 1;
        }
        for &(s, e, ty) in &pred {
            pred_n[ty] += 1;
            if gold.contains(&(s, e, ty)) {
                correct_n[ty] += 1;
            }
        }
        if show_errors {
            for &(s, e, ty) in gold.difference(&pred) {
                println!("MISSED   {:<4} {}", TYPES[ty], doc.tokens[s..e].join(" "));
            }
            for &(s, e, ty) in pred.difference(&gold) {
                println!("SPURIOUS {:<4} {}", TYPES[ty], doc.tokens[s..e].join(" "));
            }
        }
    }

    let sum = |a: &[usize; 4]| a.iter().sum::<usize>();
    println!(
        "processed {tokens_total} tokens in {} documents with {} phrases; found: {} phrases; correct: {}.",
        docs.len(),
        sum(&gold_n),
        sum(&pred_n),
        sum(&correct_n)
    );
    println!("{:<8} {:>9} {:>9} {:>9} {:>6} {:>6}", "type", "precision", "recall", "F1", "gold", "found");
    row("overall", sum(&correct_n), sum(&pred_n), sum(&gold_n));
    for ty in 0..4 {
        row(TYPES[ty], correct_n[ty], pred_n[ty], gold_n[ty]);
    }
    println!("annotate speed: {:.0} tokens/s (all finders asked for entities only)", tokens_total as f64 / elapsed);
}

fn row(name: &str, correct: usize, found: usize, gold: usize) {
    let p = if found == 0 { 0.0 } else { correct as f64 / found as f64 };
    let r = if gold == 0 { 0.0 } else { correct as f64 / gold as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    println!("{name:<8} {:>8.2}% {:>8.2}% {:>9.4} {gold:>6} {found:>6}", p * 100.0, r * 100.0, f);
}

fn type_of(label: Label) -> Option<usize> {
    let name = match label {
        Label::Person => "PER",
        Label::Org => "ORG",
        Label::Loc => "LOC",
        Label::Misc => "MISC",
        _ => return None,
    };
    TYPES.iter().position(|&t| t == name)
}

/// The document's text and each token's byte range in it.
fn rebuild(doc: &conll::Document) -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut offsets = Vec::with_capacity(doc.tokens.len());
    for (i, tok) in doc.tokens.iter().enumerate() {
        if i > 0 {
            text.push(if doc.sentence_starts.binary_search(&i).is_ok() { '\n' } else { ' ' });
        }
        offsets.push((text.len(), text.len() + tok.len()));
        text.push_str(tok);
    }
    (text, offsets)
}

/// Gold chunks from IOB tags, as conlleval reads them: a chunk starts at `B-X`, at `I-X` after another type or
/// after `O`, and at a sentence start; it ends where the next token does not continue it.
fn gold_chunks(doc: &conll::Document) -> BTreeSet<Chunk> {
    let mut out = BTreeSet::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, tag) in doc.tags.iter().enumerate() {
        let sentence_start = doc.sentence_starts.binary_search(&i).is_ok();
        let (prefix, ty) = tag.split_once('-').unwrap_or((tag.as_str(), ""));
        let ty = TYPES.iter().position(|&t| t == ty);
        let continues = prefix == "I" && !sentence_start && open.is_some_and(|(_, t)| Some(t) == ty);
        if !continues {
            if let Some((s, t)) = open.take() {
                out.insert((s, i, t));
            }
            open = ty.map(|t| (i, t));
        }
    }
    if let Some((s, t)) = open {
        out.insert((s, doc.tags.len(), t));
    }
    out
}
