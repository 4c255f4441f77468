//! Case tables: every `tests/cases/*.json` is a list of (text → expected spans), run here through the Rust
//! core and, by the browser tests, through the wasm build. The format is described in tests/cases/README.md.

use serde_json::Value;
use std::path::Path;

struct Failure {
    file: String,
    case: String,
    why: String,
}

#[test]
fn case_tables() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/cases exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no case tables in {}", dir.display());
    let mut failures = Vec::new();
    let mut total = 0;
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let table: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap())
            .unwrap_or_else(|e| panic!("{name} is not valid JSON: {e}"));
        for case in table["cases"].as_array().unwrap_or_else(|| panic!("{name}: no \"cases\" array")) {
            total += 1;
            if let Err(why) = run_case(&table, case) {
                failures.push(Failure {
                    file: name.clone(),
                    case: case["name"].as_str().unwrap_or("?").to_string(),
                    why,
                });
            }
        }
    }
    let report: Vec<String> = failures.iter().map(|f| format!("{} / {}: {}", f.file, f.case, f.why)).collect();
    assert!(failures.is_empty(), "{} of {total} cases failed:\n{}", failures.len(), report.join("\n"));
}

/// Runs one case: the in-scope spans of `annotate(text)` (chars offsets) must be exactly the expected ones.
fn run_case(table: &Value, case: &Value) -> Result<(), String> {
    let text = case["text"].as_str().ok_or("case has no \"text\"")?;
    let labels: Vec<&str> = case
        .get("labels")
        .or(table.get("labels"))
        .and_then(Value::as_array)
        .ok_or("no \"labels\" in case or table")?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let default_label = if labels.len() == 1 { Some(labels[0]) } else { None };
    let result = newsmark::annotate(text).to_offsets(text, newsmark::Offsets::Chars);
    let json = serde_json::to_value(&result).map_err(|e| e.to_string())?;
    let mut actual: Vec<&Value> =
        json["spans"].as_array().unwrap().iter().filter(|s| labels.contains(&s["label"].as_str().unwrap())).collect();
    let expected = case["spans"].as_array().ok_or("case has no \"spans\" array")?;
    let mut problems = Vec::new();
    for exp in expected {
        let mut want = exp.clone();
        if want.get("label").is_none() {
            match default_label {
                Some(l) => want["label"] = Value::from(l),
                None => return Err(format!("expected span {exp} needs a \"label\"")),
            }
        }
        match actual.iter().position(|a| crate::subset::matches(&want, a)) {
            Some(i) => {
                actual.remove(i);
            }
            None => {
                let same_text: Vec<&&Value> = actual.iter().filter(|a| a["text"] == want["text"]).collect();
                problems.push(match same_text.first() {
                    Some(a) => format!("expected {want}, got {a}"),
                    None => format!("missing {want}"),
                });
            }
        }
    }
    for extra in actual {
        problems.push(format!("unexpected {extra}"));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("in {text:?}\n    {}", problems.join("\n    ")))
    }
}
