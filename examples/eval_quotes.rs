//! Scores the QUOTE finder on the shared data (never copied into the repo):
//!
//! ```text
//! cargo run --release --example eval_quotes -- ../shared/data [--split dev|train] [--misses N] [--false-positives]
//!     [--model FILE]
//! ```
//!
//! - PolNeAR (primary annotations, quote-marked quotes): detection precision/recall/F1, where a gold quote is
//!   found when a predicted QUOTE overlaps it, and speaker accuracy end to end: the share of gold quotes found
//!   *and* given the right speaker (the predicted speaker span overlaps the gold `source`, or the predicted
//!   speaker's entity has a mention overlapping it). A gold quote without a source is right when no speaker is
//!   predicted.
//! - CoreNLP quote-annotator cases: the top-level quotes must equal the expected ones; the speaker cases must
//!   name the expected person.
//! - textacy direct-quotation cases (English): each expected quote found with its speaker and cue.

use newsmark::{Annotations, Detail, Label, QuoteForm};
use serde_json::Value;
use std::ops::Range;
use std::path::{Path, PathBuf};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let data = PathBuf::from(args.first().map(String::as_str).unwrap_or("../shared/data"));
    let flag = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let split = flag("--split").unwrap_or_else(|| "dev".into());
    let misses: usize = flag("--misses").and_then(|n| n.parse().ok()).unwrap_or(0);
    let show_fp = args.iter().any(|a| a == "--false-positives");
    // One tab-separated line per predicted quote (overlaps gold, fragment, speaker, text, context, speaker right
    // strictly), for tuning.
    let dump = args.iter().any(|a| a == "--dump");
    // Another entity model (e.g. the train-only one), since speakers depend on which names are people.
    if let Some(model) = flag("--model") {
        let bytes = std::fs::read(&model).unwrap_or_else(|e| panic!("cannot read {model}: {e}"));
        assert!(newsmark::entities_train::use_model(&bytes), "{model} is not a model for this build");
        println!("model: {model}");
    }
    polnear(&data, &split, misses, show_fp, dump);
    corenlp(&data);
    textacy(&data);
}

fn read_jsonl(path: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).expect("bad JSON line")).collect()
}

/// Byte offset of every code point offset (PolNeAR counts code points, as Python does).
fn char_to_byte(text: &str) -> Vec<usize> {
    let mut map: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    map.push(text.len());
    map
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

struct Gold {
    quote: Range<usize>,
    sources: Vec<Range<usize>>,
    /// Not in `direct_quotes`: the content of an attribution marked `has_quote_marks` whose `direct_quotes`
    /// the data's conversion left empty (its marks fall in two content pieces, or it opens with ”).
    repaired: bool,
    /// `Some` when every gold source is a bare pronoun ("he said"): PolNeAR has no coreference, so the person it
    /// means is taken to be the nearest earlier source in the article that names someone (`None` if there is none).
    antecedent: Option<Option<Range<usize>>>,
}

const PRONOUNS: [&str; 9] = ["he", "she", "it", "they", "we", "i", "him", "her", "them"];

fn is_pronoun(text: &str) -> bool {
    PRONOUNS.contains(&text.trim().to_lowercase().as_str())
}

/// The quotes of one article and every source given for each (a quote may sit in several attributions).
fn gold_quotes(doc: &Value, map: &[usize], found: &Annotations) -> Vec<Gold> {
    // An offset past the end (a bad record) is the end of the text, never a range that runs backwards.
    let b = |v: &Value| map.get(v.as_u64().unwrap_or(0) as usize).or(map.last()).copied().unwrap_or(0);
    let text = doc["text"].as_str().unwrap_or("");
    // Every source in the article that names someone, in text order, for resolving pronoun sources: for "he"
    // and "she" a source holding a PERSON mention, for "it" and "they" a PERSON or ORG one (so "The Republican
    // nominee" and "the FBI" are passed over for a person named before). That leans on the tagger only to tell
    // names from descriptions, not to pick the person.
    let mentions = |labels: &[Label]| -> Vec<Range<usize>> {
        found.spans.iter().filter(|m| labels.contains(&m.label())).map(|m| m.start..m.end).collect()
    };
    let (people, names) = (mentions(&[Label::Person]), mentions(&[Label::Person, Label::Org]));
    let mut sources: Vec<Range<usize>> = doc["attributions"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|a| a["source"].as_array().into_iter().flatten())
        .map(|s| b(&s["start"])..b(&s["end"]))
        .filter(|r| !text.get(r.clone()).is_some_and(is_pronoun))
        .collect();
    sources.sort_by_key(|r| r.start);
    // A quote is scored as a pronoun's only when every source given for it is a pronoun; its person is then the
    // nearest earlier naming source before the first of them.
    let antecedent = |sources_of_quote: &[Range<usize>]| {
        let texts: Vec<&str> = sources_of_quote.iter().filter_map(|s| text.get(s.clone())).collect();
        if texts.is_empty() || texts.len() < sources_of_quote.len() || !texts.iter().all(|t| is_pronoun(t)) {
            return None;
        }
        let personal = texts.iter().all(|t| matches!(t.trim().to_lowercase().as_str(), "he" | "she"));
        let wanted = if personal { &people } else { &names };
        let at = sources_of_quote.iter().map(|s| s.start).min().unwrap_or(0);
        Some(sources.iter().rev().find(|r| r.end <= at && wanted.iter().any(|m| overlaps(m, r))).cloned())
    };
    let mut out: Vec<Gold> = Vec::new();
    let mut add =
        |quote: Range<usize>, sources: &[Range<usize>], repaired: bool| match out.iter_mut().find(|g| g.quote == quote)
        {
            Some(g) => g.sources.extend(sources.iter().cloned()),
            None => out.push(Gold { quote, sources: sources.to_vec(), repaired, antecedent: None }),
        };
    for attr in doc["attributions"].as_array().into_iter().flatten() {
        let sources: Vec<Range<usize>> =
            attr["source"].as_array().into_iter().flatten().map(|s| b(&s["start"])..b(&s["end"])).collect();
        let quotes = attr["direct_quotes"].as_array().map_or(&[][..], Vec::as_slice);
        for q in quotes {
            add(b(&q["start"])..b(&q["end"]), &sources, false);
        }
        let content: Vec<Range<usize>> =
            attr["content"].as_array().into_iter().flatten().map(|c| b(&c["start"])..b(&c["end"])).collect();
        if quotes.is_empty() && attr["has_quote_marks"].as_bool() == Some(true) && !content.is_empty() {
            let lo = content.iter().map(|c| c.start).min().unwrap_or(0);
            let hi = content.iter().map(|c| c.end).max().unwrap_or(0);
            add(lo..hi, &sources, true);
        }
    }
    for g in &mut out {
        g.antecedent = antecedent(&g.sources);
    }
    out
}

/// The spans the annotators marked `discard` (boilerplate, book excerpts, embeds) and so did not annotate.
fn discard_ranges(doc: &Value, map: &[usize]) -> Vec<Range<usize>> {
    let b = |v: &Value| map.get(v.as_u64().unwrap_or(0) as usize).copied().unwrap_or(0);
    doc["discard"].as_array().into_iter().flatten().map(|d| b(&d["start"])..b(&d["end"])).collect()
}

/// The strict reading of the issue: a pronoun source counts only when the speaker is resolved to an entity that is
/// the person the pronoun means: a mention of it overlaps the antecedent source, or the source holds its full
/// name. Without an antecedent (no earlier source names anyone) the quote is scored as `speaker_right` does.
fn speaker_resolved(found: &Annotations, quote: &newsmark::Span, text: &str, gold: &Gold) -> bool {
    let Some(Some(range)) = &gold.antecedent else { return speaker_right(found, quote, &gold.sources) };
    let Detail::Quote { speaker: Some(sp), .. } = &quote.detail else { return false };
    let Some(id) = sp.entity else { return false };
    let name = found.entities.get(id).map_or("", |e| e.name.as_str());
    found.spans.iter().any(|m| m.entity() == Some(id) && overlaps(&(m.start..m.end), range))
        || (!name.is_empty() && text.get(range.clone()).is_some_and(|t| t.contains(name)))
}

fn speaker_right(found: &Annotations, quote: &newsmark::Span, sources: &[Range<usize>]) -> bool {
    let Detail::Quote { speaker, .. } = &quote.detail else { return false };
    let Some(sp) = speaker else { return sources.is_empty() };
    let range = sp.start..sp.end;
    sources.iter().any(|s| {
        overlaps(&range, s)
            || sp
                .entity
                .is_some_and(|id| found.spans.iter().any(|m| m.entity() == Some(id) && overlaps(&(m.start..m.end), s)))
    })
}

/// Counts for one way of reading the gold.
#[derive(Default)]
struct Score {
    gold: usize,
    found: usize,
    right: usize,
    /// Right with pronoun sources scored strictly (see `speaker_resolved`).
    resolved: usize,
    /// Gold quotes whose source is a bare pronoun, and how many of those are right each way.
    pronoun: [usize; 3],
    pred: usize,
    pred_ok: usize,
}

impl Score {
    fn print(&self, name: &str) {
        let p = self.pred_ok as f64 / self.pred.max(1) as f64;
        let r = self.found as f64 / self.gold.max(1) as f64;
        let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        println!("  {name}: {} gold quotes, {} predicted", self.gold, self.pred);
        println!(
            "    detection  P {p:.3} ({}/{})  R {r:.3} ({}/{})  F1 {f1:.4}",
            self.pred_ok, self.pred, self.found, self.gold
        );
        let acc = self.right as f64 / self.gold.max(1) as f64;
        println!("    speaker accuracy (found and right speaker) {acc:.3}  ({}/{})", self.right, self.gold);
        let strict = self.resolved as f64 / self.gold.max(1) as f64;
        println!(
            "    speaker accuracy, pronouns right only when resolved to the person {strict:.3}  ({}/{})",
            self.resolved, self.gold
        );
        let [n, right, resolved] = self.pronoun;
        println!("      pronoun sources: {n}; right by span overlap {right}, resolved to the person {resolved}");
    }
}

fn polnear(data: &Path, split: &str, misses: usize, show_fp: bool, dump: bool) {
    let path = data.join(format!("quotes/polnear/polnear_{split}.jsonl"));
    let docs: Vec<Value> = read_jsonl(&path).into_iter().filter(|d| d["primary"].as_bool() == Some(true)).collect();
    // [0]: gold = `direct_quotes` exactly, as ../shared/data/README.md says; [1]: plus the repaired ones.
    let mut score = [Score::default(), Score::default()];
    let mut shown = 0;
    // [form][tp]: predicted quotes by form (direct, fragment) and whether they overlap a gold quote.
    let mut by_form = [[0usize; 2]; 2];
    let mut in_discard = 0;
    let started = std::time::Instant::now();
    let mut bytes = 0;
    for doc in &docs {
        let text = doc["text"].as_str().unwrap_or("");
        bytes += text.len();
        let map = char_to_byte(text);
        let found = newsmark::annotate(text);
        let gold = gold_quotes(doc, &map, &found);
        let quotes: Vec<&newsmark::Span> = found.spans.iter().filter(|s| s.label() == Label::Quote).collect();
        let discarded = discard_ranges(doc, &map);
        for q in &quotes {
            let hit = |g: &&Gold| overlaps(&(q.start..q.end), &g.quote);
            let ok = gold.iter().filter(|g| !g.repaired).any(|g| hit(&g));
            let ok_repaired = gold.iter().any(|g| hit(&g));
            for (s, ok) in score.iter_mut().zip([ok, ok_repaired]) {
                s.pred += 1;
                s.pred_ok += ok as usize;
            }
            let fragment = matches!(q.detail, Detail::Quote { form: QuoteForm::Fragment, .. });
            by_form[fragment as usize][ok as usize] += 1;
            if !ok && discarded.iter().any(|d| d.start <= q.start && q.end <= d.end) {
                in_discard += 1;
            }
            if dump {
                let sp = match &q.detail {
                    Detail::Quote { speaker: Some(s), .. } => format!(
                        "{}|{}|{}",
                        s.text,
                        s.cue,
                        s.entity.and_then(|id| found.entities.get(id)).map_or("-", |e| e.name.as_str())
                    ),
                    _ => String::new(),
                };
                let ctx = text[..q.start].char_indices().rev().nth(60).map_or(0, |(i, _)| i);
                let after = text[q.end..].char_indices().nth(40).map_or(text.len(), |(i, _)| q.end + i);
                let (before, after) = (&text[ctx..q.start], &text[q.end..after]);
                // Whether the speaker is right, strictly, for a gold quote it overlaps (2: no gold quote).
                let strict =
                    gold.iter().filter(|g| !g.repaired && hit(g)).map(|g| speaker_resolved(&found, q, text, g));
                let strict = strict.fold(2u8, |acc, r| if acc == 1 || r { 1 } else { 0 });
                println!("PRED\t{}\t{}\t{sp}\t{:?}\t{before:?}\t{after:?}\t{strict}", ok as u8, fragment as u8, q.text);
            }
            if !ok && show_fp {
                let note = if ok_repaired { "(repaired gold) " } else { "" };
                println!("FALSE POSITIVE {note}{}{:?}", if fragment { "(fragment) " } else { "" }, q.text);
            }
        }
        for g in &gold {
            let hits: Vec<&&newsmark::Span> = quotes.iter().filter(|q| overlaps(&(q.start..q.end), &g.quote)).collect();
            let right = hits.iter().any(|q| speaker_right(&found, q, &g.sources));
            let resolved = hits.iter().any(|q| speaker_resolved(&found, q, text, g));
            for s in &mut score[g.repaired as usize..] {
                s.gold += 1;
                s.found += !hits.is_empty() as usize;
                s.right += right as usize;
                s.resolved += resolved as usize;
                if g.antecedent.is_some() {
                    s.pronoun[0] += 1;
                    s.pronoun[1] += right as usize;
                    s.pronoun[2] += resolved as usize;
                }
            }
            if !resolved && !g.repaired && shown < misses {
                shown += 1;
                let said = hits.first().map(|q| match &q.detail {
                    Detail::Quote { speaker: Some(s), .. } => {
                        let who = s.entity.and_then(|id| found.entities.get(id)).map_or("", |e| e.name.as_str());
                        format!("{:?} = {who:?} ({})", s.text, s.cue)
                    }
                    _ => "none".into(),
                });
                let mut src: Vec<&str> = g.sources.iter().map(|s| &text[s.clone()]).collect();
                if let Some(Some(a)) = &g.antecedent {
                    src.push(&text[a.clone()]);
                }
                let ctx = text[..g.quote.start].char_indices().rev().nth(200).map_or(0, |(i, _)| i);
                let end = text[g.quote.end..].char_indices().nth(120).map_or(text.len(), |(i, _)| g.quote.end + i);
                let show =
                    format!("{}[[{}]]{}", &text[ctx..g.quote.start], &text[g.quote.clone()], &text[g.quote.end..end]);
                println!(
                    "MISS gold {src:?} got {}\n  …{}…\n",
                    said.unwrap_or_else(|| "NOT FOUND".into()),
                    show.replace('\n', "¶")
                );
            }
        }
    }
    println!("PolNeAR {split}: {} articles (primary annotations)", docs.len());
    score[0].print("gold = direct_quotes (as ../shared/data/README.md scores)");
    score[1].print("gold = direct_quotes + has_quote_marks attributions whose direct_quotes the conversion left empty");
    let [[d_fp, d_tp], [f_fp, f_tp]] = by_form;
    println!("  by form: direct {d_tp}/{} overlap gold, fragment {f_tp}/{} overlap gold", d_tp + d_fp, f_tp + f_fp);
    println!("  false positives inside text the annotators marked `discard`: {in_discard}");
    let secs = started.elapsed().as_secs_f64();
    println!("  annotate: {:.1} MB/s ({:.0} ms)", bytes as f64 / 1e6 / secs, secs * 1e3);
}

fn quote_texts(found: &Annotations) -> Vec<&str> {
    found.spans.iter().filter(|s| s.label() == Label::Quote).map(|s| s.text.as_str()).collect()
}

fn corenlp(data: &Path) {
    let cases = read_jsonl(&data.join("quotes/corenlp/corenlp_quote_tests.jsonl"));
    let (mut pass, mut total) = (0, 0);
    for case in &cases {
        let text = case["text"].as_str().unwrap_or("");
        let found = newsmark::annotate(text);
        let got = quote_texts(&found);
        let expected: Vec<&str> =
            case["expected_quotes"].as_object().into_iter().flatten().filter_map(|(_, v)| v.as_str()).collect();
        let want_speaker = case["canonical_speaker"].as_str();
        if expected.is_empty() && want_speaker.is_none() {
            continue;
        }
        total += 1;
        let quotes_ok = expected.is_empty() || got == expected;
        let speaker_ok = want_speaker.map_or(true, |name| {
            found.spans.iter().any(|s| match &s.detail {
                Detail::Quote { speaker: Some(sp), .. } => {
                    sp.entity.and_then(|id| found.entities.get(id)).is_some_and(|e| e.name == name) || sp.text == name
                }
                _ => false,
            })
        });
        if quotes_ok && speaker_ok {
            pass += 1;
        } else {
            println!(
                "  corenlp FAIL {} {}: {text:?}\n    want {expected:?} speaker {want_speaker:?}\n    got  {got:?} {:?}",
                case["id"].as_str().unwrap_or(""),
                case["test"].as_str().unwrap_or(""),
                speakers(&found)
            );
        }
    }
    println!("CoreNLP cases: {pass}/{total} pass");
}

fn speakers(found: &Annotations) -> Vec<Option<(String, String)>> {
    found
        .spans
        .iter()
        .filter_map(|s| match &s.detail {
            Detail::Quote { speaker, .. } => Some(speaker.as_ref().map(|sp| (sp.text.clone(), sp.cue.clone()))),
            _ => None,
        })
        .collect()
}

fn textacy(data: &Path) {
    let cases = read_jsonl(&data.join("quotes/textacy/textacy_direct_quotations.jsonl"));
    let (mut pass, mut total, mut fragment_cases) = (0, 0, 0);
    for case in &cases {
        let text = case["text"].as_str().unwrap_or("");
        let found = newsmark::annotate(text);
        let got: Vec<(String, Option<(String, String)>)> = found
            .spans
            .iter()
            .filter_map(|s| match &s.detail {
                Detail::Quote { speaker, .. } => {
                    // textacy lists conjoined speakers as tokens ("Burton", "Nick"); compare without the "and".
                    let who = |t: &str| t.split(' ').filter(|w| *w != "and").collect::<Vec<_>>().join(" ");
                    Some((s.text.clone(), speaker.as_ref().map(|sp| (who(&sp.text), sp.cue.clone()))))
                }
                _ => None,
            })
            .collect();
        let words =
            |v: &Value| v.as_array().into_iter().flatten().filter_map(Value::as_str).collect::<Vec<_>>().join(" ");
        let expected: Vec<(String, Option<(String, String)>)> = case["expected"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|e| (e["content"].as_str().unwrap_or("").to_string(), Some((words(&e["speaker"]), words(&e["cue"])))))
            .collect();
        if expected.is_empty() {
            // No statement expected (a title or a scare quote): right when every QUOTE found is a `fragment`.
            total += 1;
            fragment_cases += 1;
            let direct = found.spans.iter().any(|s| matches!(s.detail, Detail::Quote { form: QuoteForm::Direct, .. }));
            if direct {
                println!("  textacy FAIL {}: {text:?}\n    want no direct quote", case["id"].as_str().unwrap_or(""));
            } else {
                pass += 1;
            }
            continue;
        }
        total += 1;
        let ok = expected.iter().all(|e| got.contains(e));
        if ok {
            pass += 1;
        } else {
            println!(
                "  textacy FAIL {}: {text:?}\n    want {expected:?}\n    got  {got:?}",
                case["id"].as_str().unwrap_or("")
            );
        }
    }
    println!("textacy cases: {pass}/{total} pass ({fragment_cases} of them expect no statement: QUOTEs there must be fragments)");
}
