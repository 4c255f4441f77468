//! Every export read back: the spans each format holds are the contract's spans (in code points), on the
//! golden articles, on every case-table text, and on text with emoji and combining marks.

use newsmark::export::{export, Document, Format};
use newsmark::{Annotations, Detail, Label, Offsets};
use serde_json::Value;
use std::path::Path;

/// Text whose code points, UTF-16 units and bytes all differ, with marks that combine with the letter before.
const ASTRAL: &str = "😀 Ingrid Ve\u{301}sterga\u{30a}rd, 🇳🇴 chief of Norvald Shipping ASA, said: “We paid 12 million \
                      kroner 👍🏽.” Shares of Norvald rose 4% in Oslo.\n\n“It is done,” she said.";

fn texts() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut texts = vec![("astral".to_string(), ASTRAL.to_string())];
    for entry in std::fs::read_dir(root.join("golden")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            texts.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
        }
    }
    for entry in std::fs::read_dir(root.join("cases")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let table: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            for case in table["cases"].as_array().unwrap() {
                texts.push((format!("{}: {}", path.display(), case["name"]), case["text"].as_str().unwrap().into()));
            }
        }
    }
    texts
}

/// (start, end, label) in code points, as the contract gives them.
fn contract(found: &Annotations) -> Vec<(u64, u64, String)> {
    found.spans.iter().map(|s| (s.start as u64, s.end as u64, s.label().as_str().to_string())).collect()
}

fn by_chars(text: &str, start: u64, end: u64) -> String {
    text.chars().skip(start as usize).take((end - start) as usize).collect()
}

fn exported(text: &str, found: &Annotations, format: Format) -> String {
    let doc = Document { text, found, id_json: Some("\"doc 1\""), id_text: Some("doc 1") };
    export(&doc, format).unwrap()
}

fn parse(s: &str) -> Value {
    assert!(!s.contains('\n'), "a JSON export must be one line");
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

#[test]
fn to_json_writes_what_serde_writes() {
    let mut spans = 0;
    for (name, text) in texts() {
        let found = newsmark::annotate(&text);
        for unit in [Offsets::Bytes, Offsets::Chars, Offsets::Utf16] {
            let converted = found.to_offsets(&text, unit);
            spans += converted.spans.len();
            // Byte for byte, so in the same order of keys too, which `JSON.parse` keeps. (An integer beyond 2^53
            // would differ: `to_json` writes its digits, `serde` an f64; no text here has one.)
            let got = converted.to_json();
            parse(&got);
            assert_eq!(got, serde_json::to_string(&converted).unwrap(), "{name} ({unit:?})");
        }
    }
    assert!(spans > 1000, "only {spans} spans compared");
}

#[test]
fn every_export_round_trips() {
    let mut spans_checked = 0;
    for (name, text) in texts() {
        let found = newsmark::annotate(&text);
        let chars = found.to_offsets(&text, Offsets::Chars);
        let want = contract(&chars);
        spans_checked += want.len();
        for format in Format::ALL {
            let out = exported(&text, &found, format);
            let check = match format {
                Format::Spacy => spacy(&text, &out, &want),
                Format::Doccano => doccano(&text, &out, &want),
                Format::LabelStudio => label_studio(&text, &out, &chars),
                Format::W3c => w3c(&text, &out, &chars),
                Format::Conll => conll(&text, &out, &found),
            };
            if let Err(why) = check {
                panic!("{format} on {name}: {why}\n{out}");
            }
        }
    }
    assert!(spans_checked > 500, "only {spans_checked} spans checked");
}

fn spacy(text: &str, out: &str, want: &[(u64, u64, String)]) -> Result<(), String> {
    let v = parse(out);
    ensure(v["text"] == text, "text changed")?;
    ensure(v["meta"]["id"] == "doc 1", "id lost")?;
    let got: Vec<_> = v["spans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap(), s["label"].as_str().unwrap().into()))
        .collect();
    same(&got, want)
}

fn doccano(text: &str, out: &str, want: &[(u64, u64, String)]) -> Result<(), String> {
    let v = parse(out);
    ensure(v["text"] == text, "text changed")?;
    let got: Vec<_> = v["label"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s[0].as_u64().unwrap(), s[1].as_u64().unwrap(), s[2].as_str().unwrap().into()))
        .collect();
    same(&got, want)
}

fn label_studio(text: &str, out: &str, chars: &Annotations) -> Result<(), String> {
    let v = parse(out);
    ensure(v["data"]["text"] == text && v["data"]["id"] == "doc 1", "data changed")?;
    let result = v["predictions"][0]["result"].as_array().unwrap();
    let regions: Vec<&Value> = result.iter().filter(|r| r["type"] == "labels").collect();
    for r in &regions {
        let (s, e) = (r["value"]["start"].as_u64().unwrap(), r["value"]["end"].as_u64().unwrap());
        ensure(r["value"]["text"] == by_chars(text, s, e).as_str(), &format!("region text of {r}"))?;
        ensure(r["from_name"] == "label" && r["to_name"] == "text", "names")?;
    }
    let got: Vec<_> = regions
        .iter()
        .filter(|r| r["value"]["labels"][0] != "SPEAKER")
        .map(|r| {
            let l = &r["value"];
            (l["start"].as_u64().unwrap(), l["end"].as_u64().unwrap(), l["labels"][0].as_str().unwrap().to_string())
        })
        .collect();
    same(&got, &contract(chars))?;
    let mut ids: Vec<&str> = regions.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let mut speaker_ranges: Vec<(u64, u64)> = regions
        .iter()
        .filter(|r| r["value"]["labels"][0] == "SPEAKER")
        .map(|r| (r["value"]["start"].as_u64().unwrap(), r["value"]["end"].as_u64().unwrap()))
        .collect();
    let (n_ids, n_speakers) = (ids.len(), speaker_ranges.len());
    ids.sort_unstable();
    ids.dedup();
    speaker_ranges.sort_unstable();
    speaker_ranges.dedup();
    ensure(ids.len() == n_ids && speaker_ranges.len() == n_speakers, "a region twice")?;
    let region = |id: &Value| regions.iter().find(|r| &r["id"] == id).map(|r| &r["value"]);
    let relations: Vec<_> = result.iter().filter(|r| r["type"] == "relation").collect();
    let speakers: Vec<_> = chars
        .spans
        .iter()
        .filter_map(|s| match &s.detail {
            Detail::Quote { speaker: Some(sp), .. } => Some((s.start, sp.start, sp.end)),
            _ => None,
        })
        .collect();
    ensure(relations.len() == speakers.len(), "one relation per speaker")?;
    for (rel, (quote_start, sp_start, sp_end)) in relations.iter().zip(speakers) {
        let (from, to) = (region(&rel["from_id"]).ok_or("dangling from_id")?, region(&rel["to_id"]).ok_or("to")?);
        ensure(from["start"] == quote_start && from["labels"][0] == "QUOTE", "relation not from its quote")?;
        ensure(to["start"] == sp_start && to["end"] == sp_end, "relation not to its speaker")?;
        ensure(rel["labels"][0] == "speaker", "relation label")?;
    }
    Ok(())
}

fn w3c(text: &str, out: &str, chars: &Annotations) -> Result<(), String> {
    let v = parse(out);
    ensure(v["@context"][0] == "http://www.w3.org/ns/anno.jsonld" && v["type"] == "AnnotationPage", "page")?;
    let items = v["items"].as_array().unwrap();
    ensure(items.len() == chars.spans.len(), "one annotation per span")?;
    ensure(v["id"].as_str().is_some_and(|id| id.starts_with("urn:newsmark:page:")), "the page's id")?;
    let mut ids: Vec<&str> = items.iter().map(|a| a["id"].as_str().unwrap_or("")).collect();
    ids.sort_unstable();
    ids.dedup();
    ensure(ids.len() == items.len() && !ids.iter().any(|id| id.matches('#').count() > 0), "annotation ids")?;
    let code_points: Vec<char> = text.chars().collect();
    for (item, span) in items.iter().zip(&chars.spans) {
        ensure(item["type"] == "Annotation" && item["target"]["source"] == "urn:newsmark:id:doc%201", "target")?;
        let [quote, position] = [&item["target"]["selector"][0], &item["target"]["selector"][1]];
        ensure(position["type"] == "TextPositionSelector" && quote["type"] == "TextQuoteSelector", "selectors")?;
        let (s, e) = (position["start"].as_u64().unwrap() as usize, position["end"].as_u64().unwrap() as usize);
        ensure((s, e) == (span.start, span.end), "position")?;
        let slice = |a: usize, b: usize| code_points[a..b].iter().collect::<String>();
        ensure(quote["exact"] == slice(s, e).as_str(), "exact")?;
        let prefix = quote["prefix"].as_str().unwrap();
        let suffix = quote["suffix"].as_str().unwrap();
        ensure(slice(0, s).ends_with(prefix) && slice(e, code_points.len()).starts_with(suffix), "context")?;
        ensure(item["body"][0]["purpose"] == "tagging" && item["body"][0]["value"] == span.label().as_str(), "tag")?;
        let describing = &item["body"][1];
        let described = describing["purpose"] == "describing" && describing["value"].is_string();
        match &span.detail {
            Detail::Money(m) => {
                ensure(described && describing["newsmark:value"]["currency"] == m.currency, "money value")?
            }
            Detail::Percent(_) => {
                ensure(described && describing["newsmark:value"]["percent"].is_number(), "percent value")?
            }
            Detail::Quote { speaker: Some(sp), .. } => {
                let got = &describing["newsmark:speaker"];
                let same = got["start"] == sp.start && got["end"] == sp.end && got["text"] == sp.text.as_str();
                ensure(described && same, "speaker")?
            }
            Detail::Entity { entity, .. } => {
                let e = &chars.entities[*entity];
                let linked = describing["newsmark:entity"]["id"] == *entity && describing["value"] == e.name.as_str();
                ensure(described && linked, "entity")?
            }
            Detail::Quote { speaker: None, .. } => ensure(item["body"].as_array().unwrap().len() == 1, "no speaker")?,
        }
    }
    Ok(())
}

/// Reads CoNLL back by finding each token in the text after the one before, then compares the spans of both
/// columns with the byte-offset contract.
fn conll(text: &str, out: &str, found: &Annotations) -> Result<(), String> {
    let mut lines = out.lines();
    ensure(lines.next() == Some("-DOCSTART-\t\"doc 1\""), "DOCSTART")?;
    let mut at = 0;
    let mut columns: [Vec<(usize, usize, String)>; 2] = [Vec::new(), Vec::new()];
    let mut after_blank = false;
    for line in lines {
        if line.is_empty() {
            after_blank = true;
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        ensure(fields.len() == 3, &format!("three columns: {line:?}"))?;
        let start = at + text[at..].find(fields[0]).ok_or_else(|| format!("token {:?} not in text", fields[0]))?;
        ensure(
            text[at..start].chars().all(newsmark::text::tokens::is_space),
            &format!("skipped text before {line:?}"),
        )?;
        ensure(!(after_blank && fields[1].starts_with("I-")), "a sentence break inside a name")?;
        after_blank = false;
        let end = start + fields[0].len();
        at = end;
        for (column, tag) in columns.iter_mut().zip(&fields[1..]) {
            if let Some(label) = tag.strip_prefix("B-") {
                column.push((start, end, label.to_string()));
            } else if let Some(label) = tag.strip_prefix("I-") {
                let last = column.last_mut().ok_or("I- with no B-")?;
                ensure(last.2 == label, "I- of another label")?;
                last.1 = end;
            } else {
                ensure(*tag == "O", &format!("tag {tag:?}"))?;
            }
        }
    }
    let mut names: Vec<(usize, usize, String)> = Vec::new();
    for s in found.spans.iter().filter(|s| s.label() != Label::Quote) {
        if names.last().map_or(true, |l| l.1 <= s.start) {
            let label = if s.label() == Label::Person { "PER" } else { s.label().as_str() };
            names.push((s.start, s.end, label.to_string()));
        }
    }
    let quotes: Vec<_> =
        found.spans.iter().filter(|s| s.label() == Label::Quote).map(|s| (s.start, s.end, "QUOTE".into())).collect();
    same(&columns[0], &names)?;
    same(&columns[1], &quotes)
}

fn same<T: PartialEq + std::fmt::Debug>(got: &[T], want: &[T]) -> Result<(), String> {
    if got == want {
        return Ok(());
    }
    let i = got.iter().zip(want).position(|(g, w)| g != w).unwrap_or(got.len().min(want.len()));
    Err(format!(
        "{} spans, {} wanted; first difference at {i}: {:?} vs {:?}",
        got.len(),
        want.len(),
        got.get(i),
        want.get(i)
    ))
}

fn ensure(ok: bool, why: &str) -> Result<(), String> {
    if ok {
        Ok(())
    } else {
        Err(why.to_string())
    }
}

#[test]
fn exports_refuse_converted_offsets() {
    let text = "It cost $5.";
    let found = newsmark::annotate(text).to_offsets(text, Offsets::Utf16);
    let doc = Document { text, found: &found, id_json: None, id_text: None };
    assert!(export(&doc, Format::Spacy).is_err());
}

#[test]
fn conll_splits_tokens_where_spans_end_and_leaves_a_line_between_sentences() {
    let text = "The Oslo-based firm paid $5. Its chief, Ingrid Moe, spoke.";
    let found = newsmark::annotate(text);
    let out = exported(text, &found, Format::Conll);
    assert!(out.contains("Ingrid\tB-PER\tO\nMoe\tI-PER\tO\n"), "{out}");
    assert!(out.contains("Oslo\tB-LOC\tO\n-based\tO\tO\n"), "{out}");
    assert!(out.contains(".\tO\tO\n\nIts\t"), "{out}");
}
