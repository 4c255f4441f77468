//! The `newsmark` command, run as a user would.

use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_newsmark");

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Feed stdin from another thread: a large input would otherwise fill both pipes and deadlock.
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let feeder = std::thread::spawn(move || pipe.write_all(&input));
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap().unwrap();
    out
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

#[test]
fn a_file_prints_the_contract_in_chars_by_default() {
    let path = std::env::temp_dir().join(format!("newsmark-cli-{}.txt", std::process::id()));
    std::fs::write(&path, "😀 It cost $5 million.").unwrap();
    let out = run(&[path.to_str().unwrap()], b"");
    std::fs::remove_file(&path).ok();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let doc = json(&out);
    assert_eq!(doc["offsets"], "chars");
    let money = &doc["spans"].as_array().unwrap().iter().find(|s| s["label"] == "MONEY").unwrap().clone();
    assert_eq!((money["start"].as_u64(), money["text"].as_str()), (Some(10), Some("$5 million")));
}

#[test]
fn stdin_and_offset_units() {
    let text = "😀 It cost $5 million.".as_bytes();
    for (args, start) in [(&["--offsets", "utf16"][..], 11), (&["--offsets=bytes", "-"][..], 13), (&[][..], 10)] {
        let doc = json(&run(args, text));
        let money = doc["spans"].as_array().unwrap().iter().find(|s| s["label"] == "MONEY").cloned().unwrap();
        assert_eq!(money["start"].as_u64(), Some(start), "{args:?}");
    }
}

#[test]
fn pretty_help_version_and_usage() {
    let out = run(&["--pretty"], b"Paid $5.");
    assert!(out.status.success() && out.stdout.iter().filter(|&&b| b == b'\n').count() > 3);
    let help = run(&["--help"], b"");
    assert!(help.status.success() && String::from_utf8_lossy(&help.stdout).contains("--jsonl"));
    let version = run(&["--version"], b"");
    assert_eq!(String::from_utf8_lossy(&version.stdout).trim(), format!("newsmark {}", env!("CARGO_PKG_VERSION")));
    let bad = run(&["--offsets", "lines"], b"");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--offsets"));
}

#[test]
fn unreadable_input_fails_clearly() {
    let missing = run(&["/nonexistent/article.txt"], b"");
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/nonexistent/article.txt"));
    let latin1 = run(&[], b"caf\xe9 au lait");
    assert_eq!(latin1.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&latin1.stderr).contains("not UTF-8"));
}

#[test]
fn jsonl_batch_of_ten_thousand_with_a_bad_line_in_the_middle() {
    let mut input = String::new();
    for i in 0..10_000 {
        if i == 5_000 {
            input.push_str("{\"id\": 5000, \"text\": \n");
        } else {
            input.push_str(&format!("{{\"id\": {i}, \"text\": \"Item {i} cost ${i} million.\"}}\n"));
        }
    }
    let out = run(&["--jsonl"], input.as_bytes());
    assert!(out.status.success());
    let lines: Vec<Value> = out
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 10_000);
    for (i, line) in lines.iter().enumerate() {
        if i == 5_000 {
            assert_eq!(line["id"], Value::Null);
            assert!(line["error"].as_str().unwrap().starts_with("line 5001: not JSON"), "{line}");
        } else {
            assert_eq!(line["id"], i, "input order");
            let money = line["spans"].as_array().unwrap().iter().find(|s| s["label"] == "MONEY");
            assert_eq!(money.map(|m| m["text"].clone()), Some(Value::from(format!("${i} million"))), "{line}");
        }
    }
}

#[test]
fn jsonl_streams_each_result_before_the_next_line_arrives() {
    // A producer that waits for each answer before sending the next line would deadlock if we buffered.
    let mut child = Command::new(BIN).arg("--jsonl").stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    for i in 0..3 {
        writeln!(stdin, "{{\"id\": {i}, \"text\": \"Paid $5.\"}}").unwrap();
        stdin.flush().unwrap();
        let mut line = String::new();
        stdout.read_line(&mut line).unwrap();
        assert_eq!(serde_json::from_str::<Value>(&line).unwrap()["id"], i);
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
}

#[test]
fn exports_from_a_file_and_from_a_batch() {
    let path = std::env::temp_dir().join(format!("newsmark-cli-export-{}.txt", std::process::id()));
    std::fs::write(&path, "😀 Maren Holt said it cost $5 million.").unwrap();
    let file = path.to_str().unwrap();
    let spacy = run(&["--format", "spacy", file], b"");
    let tasks = run(&["--format=label-studio", file], b"");
    std::fs::remove_file(&path).ok();
    let spacy = json(&spacy);
    assert_eq!(spacy["meta"]["id"], file);
    let money = spacy["spans"].as_array().unwrap().iter().find(|s| s["label"] == "MONEY").cloned().unwrap();
    assert_eq!((money["start"].as_u64(), money["end"].as_u64()), (Some(26), Some(36)));
    // A Label Studio import file is a list of tasks.
    assert_eq!(json(&tasks)[0]["data"]["id"], file);

    let batch = b"{\"id\": 7, \"text\": \"It rose 4%.\"}\nnot json\n{\"id\": \"b\", \"text\": \"Paid $5.\"}\n";
    let out = run(&["--jsonl", "--format", "doccano"], batch);
    let lines: Vec<Value> = out.stdout.lines().map(|l| serde_json::from_str(&l.unwrap()).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!((&lines[0]["meta"]["id"], &lines[0]["label"][0][2]), (&Value::from(7), &Value::from("PERCENT")));
    assert!(lines[1]["error"].as_str().unwrap().starts_with("line 2: not JSON"));
    assert_eq!(lines[2]["label"][0], serde_json::json!([5, 7, "MONEY"]));

    // CoNLL has no room for an error: it goes to standard error and the other documents follow.
    let out = run(&["--jsonl", "--format", "conll"], batch);
    let conll = String::from_utf8(out.stdout).unwrap();
    assert!(conll.starts_with("-DOCSTART-\t7\n\nIt\tO\tO\nrose\tO\tO\n4\tB-PERCENT\tO\n"), "{conll}");
    assert!(conll.contains("-DOCSTART-\t\"b\"\n\nPaid\tO\tO\n$\tB-MONEY\tO\n5\tI-MONEY\tO\n"), "{conll}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 2: not JSON"));
    assert!(out.status.success());
}

#[test]
fn a_names_file_lists_names_and_ignores_others() {
    let path = std::env::temp_dir().join(format!("newsmark-cli-names-{}.json", std::process::id()));
    let names =
        r#"{"names": [{"name": "Talvos Deepwater Group", "label": "ORG", "aliases": ["TDG"]}], "ignore": ["Droege"]}"#;
    std::fs::write(&path, names).unwrap();
    let text = b"TDG paid $5 million to Talvos Deepwater Group. Droege said so.";
    let out = run(&["--names", path.to_str().unwrap(), "--labels", "ORG,PERSON"], text);
    let bad = std::env::temp_dir().join(format!("newsmark-cli-names-bad-{}.json", std::process::id()));
    std::fs::write(&bad, r#"{"names": [{"name": "X", "label": "PLACE"}]}"#).unwrap();
    let refused = run(&["--names", bad.to_str().unwrap()], b"");
    std::fs::remove_file(&path).ok();
    std::fs::remove_file(&bad).ok();
    let doc = json(&out);
    let spans: Vec<(&str, &str)> = doc["spans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["text"].as_str().unwrap(), s["label"].as_str().unwrap()))
        .collect();
    assert_eq!(spans, [("TDG", "ORG"), ("Talvos Deepwater Group", "ORG")]);
    assert_eq!(doc["entities"][0]["name"], "Talvos Deepwater Group");
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("names[0]: \"label\" must be PERSON, ORG, LOC or MISC"));
}
