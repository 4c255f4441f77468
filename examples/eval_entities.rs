//! Scores the entity finder the way conlleval does: a predicted entity counts only when its span and its type
//! (PER, ORG, LOC, MISC) both match a gold one exactly.
//!
//! ```text
//! cargo run --release --example eval_entities -- ../shared/data [--model FILE] [--errors] [--gum-only]
//! cargo run --release --example eval_entities -- ../shared/data/conll2003/dev.txt [--errors]
//! ```
//!
//! Given the data folder, it scores CoNLL-2003 dev, then GUM's Wikinews articles (train + dev: recent news
//! written outside Reuters; see `gum/SOURCE.txt`), each with its F1 overall and over PER+ORG+LOC (where GUM's
//! conversion is surest), and prints the issue's targets beside them. GUM spans are compared in code points.
//! The shipped model has seen CoNLL dev, so its CoNLL dev figure means little: `--model
//! target/model-train-only.bin` scores the model `train_entities` trained on train alone with the same settings.
//!
//! Each document (between the corpus's document-start lines) is rebuilt as text: the tokens of a sentence joined by single
//! spaces, one sentence a line (so every sentence is its own paragraph, as a headline or a dateline on its
//! own line is in a pasted article). The text is annotated, and each PERSON/ORG/LOC/MISC span is mapped back to
//! the tokens it overlaps. `--errors` prints every missed and every spurious entity, for tuning.

#[path = "support/conll.rs"]
mod conll;

use newsmark::{annotate_with, Label, Offsets, Options};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;
use std::time::Instant;

const TYPES: [&str; 4] = ["LOC", "MISC", "ORG", "PER"];

/// The issue's targets: CoNLL dev F1 of the train-only model, GUM train+dev F1 over PER+ORG+LOC.
const CONLL_TARGET: f64 = 0.925;
const GUM_TARGET: f64 = 0.80;

/// A chunk: first unit, end unit (exclusive), type index into `TYPES`, all within one document. Units are
/// tokens for CoNLL and code points for GUM.
type Chunk = (usize, usize, usize);

/// Gold, found and correct counts per type.
#[derive(Default)]
struct Score {
    gold: [usize; 4],
    found: [usize; 4],
    correct: [usize; 4],
}

impl Score {
    fn add(&mut self, gold: &BTreeSet<Chunk>, pred: &BTreeSet<Chunk>) {
        for &(_, _, ty) in gold {
            self.gold[ty] += 1;
        }
        for c in pred {
            self.found[c.2] += 1;
            if gold.contains(c) {
                self.correct[c.2] += 1;
            }
        }
    }

    /// (correct, found, gold) over the types whose names `keep` accepts.
    fn over(&self, keep: impl Fn(&str) -> bool) -> (usize, usize, usize) {
        let mut out = (0, 0, 0);
        for (ty, name) in TYPES.iter().enumerate() {
            if keep(name) {
                out.0 += self.correct[ty];
                out.1 += self.found[ty];
                out.2 += self.gold[ty];
            }
        }
        out
    }

    fn f1(&self, keep: impl Fn(&str) -> bool) -> f64 {
        let (c, f, g) = self.over(keep);
        prf(c, f, g).2
    }

    fn print(&self) {
        println!("{:<8} {:>9} {:>9} {:>9} {:>6} {:>6}", "type", "precision", "recall", "F1", "gold", "found");
        let (c, f, g) = self.over(|_| true);
        row("overall", c, f, g);
        let (c, f, g) = self.over(|t| t != "MISC");
        row("PER+ORG+LOC", c, f, g);
        for (ty, name) in TYPES.iter().enumerate() {
            row(name, self.correct[ty], self.found[ty], self.gold[ty]);
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let model_arg = args.iter().position(|a| a == "--model").map(|i| i + 1);
    let Some(path) = args.iter().enumerate().find(|&(i, a)| !a.starts_with("--") && Some(i) != model_arg).map(|p| p.1)
    else {
        eprintln!("usage: eval_entities DATA_DIR|CONLL_FILE [--model FILE] [--errors] [--gum-only]");
        std::process::exit(2);
    };
    let show_errors = args.iter().any(|a| a == "--errors");
    if let Some(model) = args.iter().position(|a| a == "--model").and_then(|i| args.get(i + 1)) {
        let bytes = std::fs::read(model).unwrap_or_else(|e| {
            eprintln!("cannot read {model}: {e}");
            std::process::exit(2);
        });
        if !newsmark::entities_train::use_model(&bytes) {
            eprintln!("{model} is not a model for this build");
            std::process::exit(2);
        }
        println!("model: {model}");
    }
    let dir = Path::new(path);
    if !dir.is_dir() {
        conll_score(dir, show_errors);
        return;
    }
    let conll = (!args.iter().any(|a| a == "--gum-only")).then(|| {
        println!("== CoNLL-2003 dev");
        conll_score(&dir.join("conll2003/dev.txt"), show_errors)
    });
    println!("\n== GUM Wikinews, train + dev");
    let mut gum = Score::default();
    for split in ["train", "dev"] {
        gum_score(&dir.join(format!("gum/gum_ner_{split}.jsonl")), show_errors, &mut gum);
    }
    gum.print();
    println!("\n== targets");
    if let Some(conll) = conll {
        let f = conll.f1(|_| true);
        println!("CoNLL dev F1                   {f:.4}  target >= {CONLL_TARGET}  {}", mark(f >= CONLL_TARGET));
        println!("  (the target is for the model trained on train alone: --model target/model-train-only.bin)");
    }
    let f = gum.f1(|t| t != "MISC");
    println!("GUM train+dev PER+ORG+LOC F1   {f:.4}  target >= {GUM_TARGET}  {}", mark(f >= GUM_TARGET));
    println!("GUM train+dev overall F1       {:.4}", gum.f1(|_| true));
}

fn mark(met: bool) -> &'static str {
    if met {
        "met"
    } else {
        "NOT MET"
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("cannot read {}: {e}", path.display());
        std::process::exit(2);
    })
}

/// Scores CoNLL-formatted `path` at the token level and prints the table.
fn conll_score(path: &Path, show_errors: bool) -> Score {
    let docs = conll::documents(&read(path));
    let options = Options::only(&[Label::Person, Label::Org, Label::Loc, Label::Misc]);
    let mut score = Score::default();
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
        score.add(&gold, &pred);
        if show_errors {
            for &(s, e, ty) in gold.difference(&pred) {
                println!("MISSED   {:<4} {}", TYPES[ty], doc.tokens[s..e].join(" "));
            }
            for &(s, e, ty) in pred.difference(&gold) {
                println!("SPURIOUS {:<4} {}", TYPES[ty], doc.tokens[s..e].join(" "));
            }
        }
    }
    let (c, f, g) = score.over(|_| true);
    println!(
        "processed {tokens_total} tokens in {} documents with {g} phrases; found: {f} phrases; correct: {c}.",
        docs.len()
    );
    score.print();
    println!("annotate speed: {:.0} tokens/s (all finders asked for entities only)", tokens_total as f64 / elapsed);
    score
}

/// Adds GUM's JSONL documents at `path` to `score` (spans compared in code points).
fn gum_score(path: &Path, show_errors: bool, score: &mut Score) {
    let options = Options::only(&[Label::Person, Label::Org, Label::Loc, Label::Misc]);
    for line in read(path).lines().filter(|l| !l.trim().is_empty()) {
        let doc: Value = serde_json::from_str(line).expect("a JSON line");
        let text = doc["text"].as_str().unwrap_or_default();
        let mut gold = BTreeSet::new();
        for e in doc["entities"].as_array().into_iter().flatten() {
            let ty = e["label"].as_str().and_then(|l| TYPES.iter().position(|&t| t == l));
            if let (Some(s), Some(end), Some(ty)) = (e["start"].as_u64(), e["end"].as_u64(), ty) {
                gold.insert((s as usize, end as usize, ty));
            }
        }
        let found = annotate_with(text, &options).to_offsets(text, Offsets::Chars);
        let pred: BTreeSet<Chunk> =
            found.spans.iter().filter_map(|s| Some((s.start, s.end, type_of(s.label())?))).collect();
        score.add(&gold, &pred);
        if show_errors {
            let chars: Vec<char> = text.chars().collect();
            let say = |s: usize, e: usize| {
                let before: String = chars[s.saturating_sub(40)..s].iter().collect();
                let after: String = chars[e..(e + 30).min(chars.len())].iter().collect();
                let name: String = chars[s..e].iter().collect();
                format!("{name}    | {}[{name}]{}", before.replace('\n', " "), after.replace('\n', " "))
            };
            for &(s, e, ty) in gold.difference(&pred) {
                println!("MISSED   {:<4} {}", TYPES[ty], say(s, e));
            }
            for &(s, e, ty) in pred.difference(&gold) {
                println!("SPURIOUS {:<4} {}", TYPES[ty], say(s, e));
            }
        }
    }
}

fn row(name: &str, correct: usize, found: usize, gold: usize) {
    let (p, r, f) = prf(correct, found, gold);
    println!("{name:<11} {:>6.2}% {:>8.2}% {:>9.4} {gold:>6} {found:>6}", p * 100.0, r * 100.0, f);
}

fn prf(correct: usize, found: usize, gold: usize) -> (f64, f64, f64) {
    let p = if found == 0 { 0.0 } else { correct as f64 / found as f64 };
    let r = if gold == 0 { 0.0 } else { correct as f64 / gold as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
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
