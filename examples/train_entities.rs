//! Trains the entity tagger (`src/entities/model.bin`) on CoNLL-2003: an averaged structured perceptron over
//! the library's own features (`newsmark::entities_train`), Viterbi-decoded under BIO constraints.
//!
//! ```text
//! npm run train -- ../shared/data/conll2003
//! cargo run --release --example train_entities -- DIR [--out FILE] [--dev-model FILE] [--folds 4] [--epochs 30]
//!     [--passes 2] [--unit 2] [--prune 6] [--min-count 2] [--no-title-case]
//! ```
//!
//! Three steps, all deterministic (a fixed shuffle seed, no threads: the same input gives the same bytes):
//! 1. the number of epochs (up to `--epochs`) is chosen by `--folds`-fold cross-validation on `DIR/train.txt`
//!    alone: each fold held out once, the averaged and quantised model (exactly what would be written) scored
//!    on it after every epoch; the fewest epochs within 0.001 of the best summed F1 win (more epochs add
//!    weights, so bytes, for nothing measurable);
//! 2. the same settings are trained on train alone and scored on `DIR/dev.txt`: that model is written to
//!    `--dev-model` (default `target/model-train-only.bin`) for `eval_entities --model`, the figure to compare;
//! 3. the shipped model is trained on train + dev with the same settings and written to `--out`.
//!
//! Each document is rebuilt as text the way `eval_entities` does (tokens joined by spaces, one sentence a
//! line) and tokenized by the library, so the model is trained on the tokens it will see; gold tags are
//! projected onto those tokens.

#[path = "support/conll.rs"]
mod conll;

use newsmark::entities_train::{
    allowed, decode, encode, is_inside, masked, type_of, viterbi, Extractor, Model, Tagger, BUCKETS, COLS, STATES,
    TYPES,
};
use newsmark::text::Doc;
use std::ops::Range;

const TAGS: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

/// A rebuilt document: its text and the gold BIO state of each of the library's tokens.
struct Example {
    text: String,
    gold: Vec<u8>,
}

struct Weights {
    w: Vec<f32>,
    /// Sum of (step × update), for averaging.
    u: Vec<f64>,
    start: [f32; STATES],
    start_u: [f64; STATES],
    trans: [[f32; STATES]; STATES],
    trans_u: [[f64; STATES]; STATES],
    step: f64,
    /// Updates are allowed only to rows seen at least twice in training.
    allowed_rows: Vec<bool>,
}

/// How far below the best cross-validated F1 an epoch count may be and still be chosen for being shorter.
const TOLERANCE: f64 = 0.001;

/// What one training run is given, besides its documents.
#[derive(Clone, Copy)]
struct Settings {
    epochs: usize,
    passes: u8,
    prune: i8,
    unit: Option<f32>,
    min_count: u8,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opt = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let Some(dir) = args.first().filter(|a| !a.starts_with("--")) else {
        eprintln!("usage: train_entities CONLL_DIR [--out FILE] [--dev-model FILE] [--folds K] [--epochs N] …");
        std::process::exit(2);
    };
    let out = opt("--out").unwrap_or_else(|| "src/entities/model.bin".into());
    let dev_out = opt("--dev-model").unwrap_or_else(|| "target/model-train-only.bin".into());
    let folds: usize = opt("--folds").and_then(|s| s.parse().ok()).unwrap_or(4).max(1);
    let settings = Settings {
        // The most epochs cross-validation tries; it picks the best number up to this.
        epochs: opt("--epochs").and_then(|s| s.parse().ok()).unwrap_or(30),
        passes: opt("--passes").and_then(|s| s.parse().ok()).unwrap_or(2),
        // Quantised weights smaller than this are dropped (a smaller file); rows seen fewer times are not learned.
        prune: opt("--prune").and_then(|s| s.parse().ok()).unwrap_or(6),
        // A raw weight of 1 becomes `unit` steps of the quantised weights (coarser: a smaller file).
        unit: opt("--unit").and_then(|s| s.parse().ok()).or(Some(2.0)),
        min_count: opt("--min-count").and_then(|s| s.parse().ok()).unwrap_or(2),
    };
    let read = |name: &str| {
        let path = format!("{dir}/{name}");
        std::fs::read_to_string(&path).unwrap_or_else(|e| {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(2);
        })
    };
    let title_case = !args.iter().any(|a| a == "--no-title-case");
    let train = examples(&read("train.txt"), title_case);
    let dev = examples(&read("dev.txt"), false);
    eprintln!("train: {} documents; dev: {} documents", train.len(), dev.len());
    let mut tagger = Tagger::default();

    // 1. The number of epochs, by K-fold cross-validation on train alone: every fold is held out once, and
    //    the epoch count with the best F1 summed over the held-out folds wins (the first of equals).
    let mut per_epoch = vec![(0usize, 0usize, 0usize); settings.epochs];
    // `--folds 1` skips cross-validation and takes `--epochs` as given (quick experiments).
    for k in (0..folds).filter(|_| folds > 1) {
        let fit: Vec<&Example> = train.iter().enumerate().filter(|(i, _)| i % folds != k).map(|p| p.1).collect();
        let held: Vec<&Example> = train.iter().enumerate().filter(|(i, _)| i % folds == k).map(|p| p.1).collect();
        train_model(&fit, settings, |epoch, model| {
            let c = counts(&held, model, &mut tagger);
            let e = &mut per_epoch[epoch - 1];
            *e = (e.0 + c.0, e.1 + c.1, e.2 + c.2);
        });
        eprintln!("fold {}/{folds} done", k + 1);
    }
    let f1s: Vec<f64> = per_epoch.iter().map(|&(ok, pred, gold)| prf(ok, pred, gold).2).collect();
    let epochs = if folds == 1 {
        settings.epochs
    } else {
        // The fewest epochs within `TOLERANCE` of the best: the curve is flat at its end, and every further
        // epoch adds weights (bytes of the page's download) for no measurable gain.
        let best = f1s.iter().copied().fold(0.0, f64::max);
        1 + f1s.iter().position(|&f| f >= best - TOLERANCE).unwrap_or(0)
    };
    for (e, f) in f1s.iter().enumerate().filter(|_| folds > 1) {
        eprintln!("cross-validated epoch {:2}: F1 {f:.4}{}", e + 1, if e + 1 == epochs { "  <- chosen" } else { "" });
    }
    let chosen = Settings { epochs, ..settings };

    // 2. The same settings trained on train alone, scored on dev: the figure to compare with other models.
    let train_refs: Vec<&Example> = train.iter().collect();
    let train_only = train_model(&train_refs, chosen, |_, _| {});
    let model = decode(&train_only).expect("a model we just wrote");
    let (ok, pred, gold) = counts(&dev.iter().collect::<Vec<_>>(), &model, &mut tagger);
    let (p, r, f) = prf(ok, pred, gold);
    write(&dev_out, &train_only);
    eprintln!("train only, {epochs} epochs: dev P {p:.4} R {r:.4} F1 {f:.4} (token-level chunks); wrote {dev_out}");

    // 3. The shipped model: train + dev, the same settings.
    let all: Vec<&Example> = train.iter().chain(&dev).collect();
    let bytes = train_model(&all, chosen, |_, _| {});
    write(&out, &bytes);
    eprintln!("wrote {out}: {} bytes, trained on train + dev for {epochs} epochs", bytes.len());
}

fn write(path: &str, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap_or_else(|e| {
        eprintln!("cannot write {path}: {e}");
        std::process::exit(1);
    });
}

/// Trains on `docs` for `s.epochs` epochs; after each epoch, `each` sees the epoch number and the averaged,
/// quantised model as it would be written. Returns the last epoch's bytes. Deterministic: a fixed shuffle seed.
fn train_model(docs: &[&Example], s: Settings, mut each: impl FnMut(usize, &Model)) -> Vec<u8> {
    let mut x = Extractor::default();
    let mut counts = vec![0u8; BUCKETS];
    for ex in docs {
        let doc = Doc::new(&ex.text);
        x.prepare(&doc);
        let types: Vec<u8> = ex.gold.iter().map(|&s| type_of(s.into()) as u8).collect();
        for pass in 0..s.passes {
            if pass == 1 {
                x.set_first_pass(&types);
            }
            for sent in x.sentences.clone() {
                for i in sent.clone() {
                    x.for_each(i, &sent, |b| counts[b as usize] = counts[b as usize].saturating_add(1));
                }
            }
        }
    }
    let mut wt = Weights {
        w: vec![0.0; BUCKETS * TYPES],
        u: vec![0.0; BUCKETS * TYPES],
        start: [0.0; STATES],
        start_u: [0.0; STATES],
        trans: [[0.0; STATES]; STATES],
        trans_u: [[0.0; STATES]; STATES],
        step: 1.0,
        allowed_rows: counts.iter().map(|&c| c >= s.min_count).collect(),
    };
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let mut rng = 0x2545_F491_4F6C_DD1Du64;
    let mut bytes = Vec::new();
    for epoch in 1..=s.epochs {
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        for &d in &order {
            let ex = docs[d];
            let doc = Doc::new(&ex.text);
            x.prepare(&doc);
            train_doc(&mut wt, &x, &ex.gold);
            if s.passes >= 2 {
                // The second pass learns from the first pass's tags of this document, as tagged now.
                let first = predict_doc(&wt, &x);
                x.set_first_pass(&first);
                train_doc(&mut wt, &x, &ex.gold);
            }
        }
        bytes = export(&wt, s.passes, s.prune, s.unit);
        let model = decode(&bytes).expect("a model we just wrote");
        each(epoch, &model);
    }
    bytes
}

/// One perceptron step per sentence of the prepared document; returns the number of wrong tokens.
fn train_doc(wt: &mut Weights, x: &Extractor, gold: &[u8]) -> usize {
    let (mut emit, mut back, mut path) = (Vec::new(), Vec::new(), Vec::new());
    let mut feats: Vec<u32> = Vec::new();
    let mut mistakes = 0;
    for s in &x.sentences {
        emissions(wt, x, s, &mut emit);
        let (start, trans) = masked(&wt.start, &wt.trans);
        viterbi(&emit, &start, &trans, &mut back, &mut path);
        let g = &gold[s.clone()];
        if path.as_slice() == g {
            wt.step += 1.0;
            continue;
        }
        let step = wt.step;
        for (k, i) in s.clone().enumerate() {
            let (gs, ps) = (usize::from(g[k]), usize::from(path[k]));
            let (gt, pt) = (type_of(gs), type_of(ps));
            if gt != pt {
                mistakes += 1;
                feats.clear();
                x.for_each(i, s, |b| feats.push(b));
                for &b in &feats {
                    if !wt.allowed_rows[b as usize] {
                        continue;
                    }
                    let row = b as usize * TYPES;
                    wt.w[row + gt] += 1.0;
                    wt.u[row + gt] += step;
                    wt.w[row + pt] -= 1.0;
                    wt.u[row + pt] -= step;
                }
            }
            let (gp, pp) =
                if k == 0 { (None, None) } else { (Some(usize::from(g[k - 1])), Some(usize::from(path[k - 1]))) };
            if (gp, gs) != (pp, ps) {
                match (gp, pp) {
                    (Some(gp), Some(pp)) => {
                        wt.trans[gp][gs] += 1.0;
                        wt.trans_u[gp][gs] += step;
                        wt.trans[pp][ps] -= 1.0;
                        wt.trans_u[pp][ps] -= step;
                    }
                    _ => {
                        wt.start[gs] += 1.0;
                        wt.start_u[gs] += step;
                        wt.start[ps] -= 1.0;
                        wt.start_u[ps] -= step;
                    }
                }
            }
        }
        wt.step += 1.0;
    }
    mistakes
}

fn emissions(wt: &Weights, x: &Extractor, s: &Range<usize>, emit: &mut Vec<[f32; TYPES]>) {
    emit.clear();
    for i in s.clone() {
        let mut e = [0f32; TYPES];
        x.for_each(i, s, |b| {
            let row = &wt.w[b as usize * TYPES..b as usize * TYPES + TYPES];
            for t in 0..TYPES {
                e[t] += row[t];
            }
        });
        emit.push(e);
    }
}

/// The current (not averaged) weights' first-pass types for the whole prepared document.
fn predict_doc(wt: &Weights, x: &Extractor) -> Vec<u8> {
    let mut out = vec![0u8; x.len()];
    let (mut emit, mut back, mut path) = (Vec::new(), Vec::new(), Vec::new());
    for s in &x.sentences {
        emissions(wt, x, s, &mut emit);
        let (start, trans) = masked(&wt.start, &wt.trans);
        viterbi(&emit, &start, &trans, &mut back, &mut path);
        for (k, i) in s.clone().enumerate() {
            out[i] = type_of(path[k].into()) as u8;
        }
    }
    out
}

/// The averaged weights, quantised to `i8` (transitions to `i16`) and encoded.
fn export(wt: &Weights, passes: u8, prune: i8, unit: Option<f32>) -> Vec<u8> {
    let c = wt.step;
    let full: Vec<f32> = wt.w.iter().zip(&wt.u).map(|(&w, &u)| (f64::from(w) - u / c) as f32).collect();
    // O's weight subtracted from the others' in every row: the same decisions, one column fewer.
    let avg: Vec<f32> = full.chunks(TYPES).flat_map(|r| (1..TYPES).map(move |t| r[t] - r[0])).collect();
    // The unit: a raw weight of 1 is `unit` steps, chosen so that 99.95% of the non-zero weights fit in i8.
    let mut mags: Vec<f32> = avg.iter().map(|w| w.abs()).filter(|&w| w > 0.0).collect();
    mags.sort_by(f32::total_cmp);
    let top = mags.get(mags.len().saturating_sub(1 + mags.len() / 2000)).copied().unwrap_or(1.0).max(1e-3);
    let unit = unit.unwrap_or((127.0 / top).clamp(1.0, 1000.0));
    let mut q: Vec<i8> = avg.iter().map(|&w| (w * unit).round().clamp(-127.0, 127.0) as i8).collect();
    // Rows whose largest weight is below `prune` are dropped whole: each row kept costs its index too.
    for row in q.chunks_mut(COLS) {
        if row.iter().all(|w| w.abs() < prune) {
            row.fill(0);
        }
    }
    let qi = |w: f32, u: f64| ((f64::from(w) - u / c) as f32 * unit).round().clamp(-32000.0, 32000.0) as i16;
    let mut start = [0i16; STATES];
    let mut trans = [[0i16; STATES]; STATES];
    for s in 0..STATES {
        start[s] = qi(wt.start[s], wt.start_u[s]);
        trans[s] = std::array::from_fn(|t| qi(wt.trans[s][t], wt.trans_u[s][t]));
    }
    encode(&q, &start, &trans, unit.round() as i32, passes)
}

/// Exact-match chunks on the library's tokens: (correct, predicted, gold).
fn counts(docs: &[&Example], model: &Model, tagger: &mut Tagger) -> (usize, usize, usize) {
    let (mut gold_n, mut pred_n, mut ok) = (0usize, 0usize, 0usize);
    for ex in docs {
        let doc = Doc::new(&ex.text);
        tagger.run(&doc, model);
        let g = chunks(&ex.gold);
        let p = chunks(&tagger.states);
        gold_n += g.len();
        pred_n += p.len();
        ok += p.iter().filter(|c| g.binary_search(c).is_ok()).count();
    }
    (ok, pred_n, gold_n)
}

fn prf(ok: usize, pred: usize, gold: usize) -> (f64, f64, f64) {
    let p = ok as f64 / pred.max(1) as f64;
    let r = ok as f64 / gold.max(1) as f64;
    (p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
}

fn chunks(states: &[u8]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, &s) in states.iter().enumerate() {
        let s = usize::from(s);
        if is_inside(s) && open.is_some_and(|(_, t)| t == type_of(s)) {
            continue;
        }
        if let Some((st, t)) = open.take() {
            out.push((st, i, t));
        }
        if s != 0 {
            open = Some((i, type_of(s)));
        }
    }
    if let Some((st, t)) = open {
        out.push((st, states.len(), t));
    }
    out
}

/// Parses CoNLL documents, rebuilds each as text and projects its gold chunks onto the library's tokens.
/// With `title_case`, every third document has its lines in capitals (headlines) rewritten in title case
/// ("Japan Get Lucky Win in Asian Cup"), the way web articles write headlines.
fn examples(data: &str, title_case: bool) -> Vec<Example> {
    let mut out = Vec::new();
    for doc in conll::documents(data) {
        let tokens: Vec<(String, String)> = doc.tokens.into_iter().zip(doc.tags).collect();
        let starts = doc.sentence_starts;
        // Every third document's headlines in title case instead of capitals.
        let titled = if title_case && out.len() % 3 == 2 { title_cased(&tokens, &starts) } else { None };
        out.push(build(titled.as_deref().unwrap_or(&tokens), &starts));
    }
    out
}

const SMALL_WORDS: &[&str] =
    &["a", "an", "the", "in", "on", "of", "for", "to", "at", "by", "and", "or", "with", "as", "from", "vs"];

/// The tokens with each all-capitals line in title case, or `None` when the document has no such line.
fn title_cased(tokens: &[(String, String)], starts: &[usize]) -> Option<Vec<(String, String)>> {
    let mut out = tokens.to_vec();
    let mut any = false;
    for (k, &s) in starts.iter().enumerate() {
        let e = starts.get(k + 1).copied().unwrap_or(tokens.len());
        let line = &tokens[s..e];
        let words = line.iter().filter(|(t, _)| t.chars().any(char::is_alphabetic)).count();
        let upper = line
            .iter()
            .filter(|(t, _)| t.len() >= 2 && t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_lowercase))
            .count();
        if words < 3 || upper * 10 < words * 7 {
            continue;
        }
        any = true;
        for (j, (t, _)) in out[s..e].iter_mut().enumerate() {
            if !t.chars().all(char::is_alphabetic) {
                continue;
            }
            let lower = t.to_lowercase();
            *t = if j > 0 && SMALL_WORDS.contains(&lower.as_str()) {
                lower
            } else {
                let mut c = lower.chars();
                c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
            };
        }
    }
    any.then_some(out)
}

fn build(tokens: &[(String, String)], starts: &[usize]) -> Example {
    let mut text = String::new();
    let mut offsets = Vec::with_capacity(tokens.len());
    for (i, (tok, _)) in tokens.iter().enumerate() {
        if i > 0 {
            text.push(if starts.binary_search(&i).is_ok() { '\n' } else { ' ' });
        }
        offsets.push((text.len(), text.len() + tok.len()));
        text.push_str(tok);
    }
    // Gold chunks as conlleval reads IOB2.
    let mut gold_chunks = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, (_, tag)) in tokens.iter().enumerate() {
        let (prefix, ty) = tag.split_once('-').unwrap_or((tag.as_str(), ""));
        let ty = TAGS.iter().position(|&t| t == ty);
        let continues = prefix == "I" && starts.binary_search(&i).is_err() && open.is_some_and(|(_, t)| Some(t) == ty);
        if !continues {
            if let Some((s, t)) = open.take() {
                gold_chunks.push((s, i, t));
            }
            open = ty.map(|t| (i, t));
        }
    }
    if let Some((s, t)) = open {
        gold_chunks.push((s, tokens.len(), t));
    }
    let doc = Doc::new(&text);
    let mut gold = vec![0u8; doc.tokens.len()];
    for (s, e, t) in gold_chunks {
        let (from, to) = (offsets[s].0, offsets[e - 1].1);
        let mut first = true;
        for (k, tok) in doc.tokens.iter().enumerate() {
            if tok.start >= from && tok.end <= to {
                gold[k] = (1 + 2 * t + usize::from(!first)) as u8;
                first = false;
            }
        }
    }
    // Keep the projection legal under BIO (it always is, unless a chunk's first token was split oddly).
    for k in 0..gold.len() {
        let prev = if k == 0 { None } else { Some(usize::from(gold[k - 1])) };
        if !allowed(prev, gold[k].into()) {
            gold[k] -= 1;
        }
    }
    drop(doc);
    Example { text, gold }
}
