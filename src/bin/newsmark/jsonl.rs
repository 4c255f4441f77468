//! `--jsonl`: one result per input line, streamed in input order with memory bounded by the longest line.

use crate::progress::Progress;
use newsmark::export::{self, Document, Format};
use newsmark::{Annotations, Offsets, Options};
use serde::Serialize;
use serde_json::Value;
use std::io::{self, BufRead, BufReader, Read, Write};

/// A line buffer that grew past this is given back after its line, so one huge line does not pin memory.
const KEEP_BUFFER_BYTES: usize = 1 << 20;

#[derive(Serialize)]
struct Ok<'a> {
    id: &'a Value,
    #[serde(flatten)]
    result: &'a Annotations,
}

#[derive(Serialize)]
struct Failed<'a> {
    id: &'a Value,
    error: &'a str,
}

/// What each result is written as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    /// The contract JSON with `{"id": …}` first, in this unit.
    Json(Offsets),
    /// An export; a JSON format gives one line per document, CoNLL a block per document.
    Export(Format),
}

/// Counts of what a run did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub lines: u64,
    pub errors: u64,
}

/// Annotates each line of `input`, writing one result for each non-blank input line.
/// Returns an error only when reading or writing fails; a bad line is reported and skipped: in the output as
/// `{"id", "error"}` for the JSON formats, on standard error for CoNLL, which has no room for it.
pub fn run<R: Read, W: Write>(
    input: R,
    mut output: W,
    format: Output,
    options: &Options,
    mut progress: Option<&mut Progress>,
) -> io::Result<Stats> {
    let mut reader = BufReader::with_capacity(1 << 16, input);
    let mut line = Vec::new();
    let mut stats = Stats::default();
    let mut line_no = 0u64;
    loop {
        // Flush before a read that may block, so that a producer feeding us line by line sees each result.
        if reader.buffer().is_empty() {
            output.flush()?;
        }
        line.clear();
        let read = reader.read_until(b'\n', &mut line)?;
        if read == 0 {
            break;
        }
        line_no += 1;
        let bytes = trim_line_end(&line);
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        stats.lines += 1;
        match annotate_line(bytes, options) {
            Result::Ok((id, text, result)) => write_result(&mut output, format, &id, &text, &result)?,
            Err((id, why)) => {
                stats.errors += 1;
                let error = format!("line {line_no}: {why}");
                if format == Output::Export(Format::Conll) {
                    eprintln!("newsmark: {error}");
                } else {
                    serde_json::to_writer(&mut output, &Failed { id: &id, error: &error })?;
                    output.write_all(b"\n")?;
                }
            }
        }
        if line.capacity() > KEEP_BUFFER_BYTES {
            line = Vec::new();
        }
        if let Some(p) = progress.as_deref_mut() {
            p.tick(&stats, read as u64);
        }
    }
    output.flush()?;
    Ok(stats)
}

fn write_result<W: Write>(
    output: &mut W,
    format: Output,
    id: &Value,
    text: &str,
    found: &Annotations,
) -> io::Result<()> {
    match format {
        Output::Json(offsets) => {
            serde_json::to_writer(&mut *output, &Ok { id, result: &found.to_offsets(text, offsets) })?;
            output.write_all(b"\n")
        }
        Output::Export(format) => {
            let id_json = (!id.is_null()).then(|| id.to_string());
            let id_text = match id {
                Value::String(s) => Some(s.clone()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            };
            let doc = Document { text, found, id_json: id_json.as_deref(), id_text: id_text.as_deref() };
            let exported = export::export(&doc, format).map_err(io::Error::other)?;
            output.write_all(exported.as_bytes())?;
            if format.is_json() {
                output.write_all(b"\n")?;
            }
            Result::Ok(())
        }
    }
}

fn trim_line_end(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// The id, text and byte-offset annotations of one line, or the id (null when unknown) and what was wrong.
fn annotate_line(bytes: &[u8], options: &Options) -> Result<(Value, String, Annotations), (Value, String)> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| (Value::Null, format!("not UTF-8 (invalid byte at {})", e.valid_up_to())))?;
    let mut value: Value = serde_json::from_str(text).map_err(|e| (Value::Null, format!("not JSON: {e}")))?;
    let Some(object) = value.as_object_mut() else {
        return Err((Value::Null, format!("expected an object {{\"id\": …, \"text\": \"…\"}}, got {}", kind(&value))));
    };
    let id = object.remove("id").unwrap_or(Value::Null);
    match object.remove("text") {
        Some(Value::String(text)) => {
            let result = newsmark::annotate_with(&text, options);
            Result::Ok((id, text, result))
        }
        Some(other) => Err((id, format!("\"text\" must be a string, got {}", kind(&other)))),
        None => Err((id, "no \"text\" field".to_string())),
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_str(input: &str) -> (Vec<Value>, Stats) {
        let mut out = Vec::new();
        let stats = run(input.as_bytes(), &mut out, Output::Json(Offsets::Chars), &Options::default(), None).unwrap();
        let lines = String::from_utf8(out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        (lines, stats)
    }

    #[test]
    fn bad_lines_are_reported_and_the_run_goes_on() {
        let input = "{\"id\": 1, \"text\": \"It cost $5.\"}\nnot json\n{\"id\": \"b\"}\n{\"id\": 3, \"text\": 7}\r\n\n[1]\n{\"text\": \"ok\"}";
        let (out, stats) = run_str(input);
        assert_eq!(stats, Stats { lines: 6, errors: 4 });
        assert_eq!(out.len(), 6);
        assert_eq!(out[0]["id"], 1);
        assert!(out[0]["spans"].is_array() && out[0]["offsets"] == "chars");
        assert_eq!(out[1]["id"], Value::Null);
        assert!(out[1]["error"].as_str().unwrap().starts_with("line 2: not JSON"));
        assert_eq!(out[2]["id"], "b");
        assert_eq!(out[2]["error"], "line 3: no \"text\" field");
        assert_eq!(out[3]["error"], "line 4: \"text\" must be a string, got a number");
        assert!(out[4]["error"].as_str().unwrap().starts_with("line 6: expected an object"));
        assert_eq!(out[5]["id"], Value::Null);
        assert!(out[5]["error"].is_null());
    }

    #[test]
    fn invalid_utf8_line_is_an_error_line() {
        let mut input = b"{\"id\": 1, \"text\": \"a".to_vec();
        input.extend([0xff, b'"', b'}', b'\n']);
        let mut out = Vec::new();
        let stats = run(&input[..], &mut out, Output::Json(Offsets::Chars), &Options::default(), None).unwrap();
        assert_eq!(stats.errors, 1);
        assert!(String::from_utf8(out).unwrap().contains("not UTF-8"));
    }
}
