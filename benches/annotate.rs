//! `cargo bench`: how fast `annotate` runs natively, on one core, on real articles.
//!
//! Corpora: the golden articles in tests/golden (always), and the PolNeAR article texts when the data folder
//! is there (`NEWSMARK_DATA`, default `../shared/data`). Each figure is the median of several timed runs. A
//! benchmark states what it expects to find, so that a broken engine cannot look fast: the golden articles
//! must give exactly the spans their reviewed snapshots show.

use newsmark::{annotate_with, Label, Options};
use std::path::{Path, PathBuf};
use std::time::Instant;

const RUNS: usize = 9;

struct Corpus {
    name: String,
    texts: Vec<String>,
}

impl Corpus {
    fn words(&self) -> usize {
        self.texts.iter().map(|t| t.split_whitespace().count()).sum()
    }
    fn bytes(&self) -> usize {
        self.texts.iter().map(String::len).sum()
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let golden = golden_corpus(&root.join("tests/golden"));
    let expected = golden_span_count(&root.join("tests/golden"));
    let copies = golden.texts.len() / golden_articles(&root.join("tests/golden")).len();
    let found: usize = golden.texts.iter().map(|t| newsmark::annotate(t).spans.len()).sum::<usize>() / copies;
    assert_eq!(found, expected, "the golden articles must give the spans their snapshots show");
    println!("golden articles: {found} spans, as their snapshots show");

    let mut corpora = vec![golden];
    let data = std::env::var_os("NEWSMARK_DATA").map(PathBuf::from).unwrap_or_else(|| root.join("../shared/data"));
    match polnear_corpus(&data.join("quotes/polnear/polnear_dev.jsonl")) {
        Some(c) => corpora.push(c),
        None => println!("(PolNeAR not found under {}: set NEWSMARK_DATA to bench on it)", data.display()),
    }

    let all = Options::default();
    let money = Options::only(&[Label::Money, Label::Percent]);
    // Quotes need the entities (to link speakers), so this is quotes plus entities.
    let quotes = Options::only(&[Label::Quote]);
    let entities = Options::only(&[Label::Person, Label::Org, Label::Loc, Label::Misc]);
    // Finds nothing: what every call pays for tokens, sentences and paragraphs before any finder runs.
    let nothing = Options::only(&[]);
    println!(
        "\n{:<26} {:>6} {:>7} {:>6}  {:>12} {:>6} {:>12} {:>12} {:>13}",
        "corpus", "texts", "words", "spans", "all: words/s", "MB/s", "entities w/s", "+quotes w/s", "money+% share"
    );
    for corpus in &corpora {
        let spans: usize = corpus.texts.iter().map(|t| annotate_with(t, &all).spans.len()).sum();
        let t_all = median_secs(corpus, &all);
        let t_money = median_secs(corpus, &money);
        let t_entities = median_secs(corpus, &entities);
        let t_quotes = median_secs(corpus, &quotes);
        let t_prep = median_secs(corpus, &nothing);
        let words = corpus.words() as f64;
        println!(
            "{:<26} {:>6} {:>7} {:>6}  {:>12.0} {:>6.1} {:>12.0} {:>12.0} {:>12.1}%",
            corpus.name,
            corpus.texts.len(),
            corpus.words(),
            spans,
            words / t_all,
            corpus.bytes() as f64 / 1e6 / t_all,
            words / t_entities,
            words / t_quotes,
            100.0 * (t_money - t_prep).max(0.0) / t_all
        );
    }
    println!(
        "\n(median of {RUNS} runs each; 'money+% share' = (annotate with only MONEY and PERCENT − annotate finding \
         nothing) / full annotate: the finders' own cost, without the text preparation every call shares)"
    );
}

/// The median time, in seconds, to annotate every text of the corpus once.
fn median_secs(corpus: &Corpus, options: &Options) -> f64 {
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            let mut n = 0;
            for text in &corpus.texts {
                n += std::hint::black_box(annotate_with(text, options)).spans.len();
            }
            std::hint::black_box(n);
            start.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[RUNS / 2]
}

fn golden_articles(dir: &Path) -> Vec<String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

fn golden_corpus(dir: &Path) -> Corpus {
    // Repeated so that one run takes long enough to time well.
    let articles = golden_articles(dir);
    let texts = (0..200).flat_map(|_| articles.iter().cloned()).collect();
    Corpus { name: "golden articles x200".into(), texts }
}

/// The number of marker lines (one per span) in the golden snapshots.
fn golden_span_count(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "golden"))
        .map(|p| {
            let snapshot = std::fs::read_to_string(&p).unwrap();
            snapshot.lines().filter(|l| l.trim_start().starts_with('^')).count()
        })
        .sum()
}

/// PolNeAR dev article texts (primary annotation of each article), when the data is there.
fn polnear_corpus(path: &Path) -> Option<Corpus> {
    let file = std::fs::read_to_string(path).ok()?;
    let texts = file
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|v| v["primary"] == true)
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    Some(Corpus { name: "PolNeAR dev articles".into(), texts })
}
