//! The `newsmark` command: annotate a file, standard input, or a JSON Lines batch. See `newsmark --help`.

mod args;
mod jsonl;
mod names;
mod progress;

use args::Exit;
use std::io::{self, IsTerminal, Read, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = match args::parse(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(Exit::Help) => return print(args::HELP),
        Err(Exit::Version) => return print(&format!("newsmark {}\n", env!("CARGO_PKG_VERSION"))),
        Err(Exit::Usage(why)) => {
            eprintln!("newsmark: {why}\ntry `newsmark --help`");
            return ExitCode::from(2);
        }
    };
    let result = if args.jsonl { batch(&args) } else { single(&args) };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(why) => {
            eprintln!("newsmark: {why}");
            ExitCode::FAILURE
        }
    }
}

fn print(s: &str) -> ExitCode {
    match io::stdout().write_all(s.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::FAILURE,
    }
}

/// One document: the whole file (or standard input) is one text.
fn single(args: &args::Args) -> Result<(), String> {
    let (name, bytes) = match args.file.as_deref() {
        None | Some("-") => {
            let mut bytes = Vec::new();
            io::stdin().lock().read_to_end(&mut bytes).map_err(|e| format!("reading standard input: {e}"))?;
            ("standard input", bytes)
        }
        Some(path) => (path, std::fs::read(path).map_err(|e| format!("{path}: {e}"))?),
    };
    let text = std::str::from_utf8(&bytes)
        .map_err(|e| format!("{name} is not UTF-8 text (invalid byte at offset {})", e.valid_up_to()))?;
    let found = newsmark::annotate_with(text, &args.options);
    let mut out = io::BufWriter::new(io::stdout().lock());
    if let Some(format) = args.format {
        let id_text = args.file.as_deref().filter(|f| *f != "-");
        let id_json = id_text.map(|f| serde_json::Value::from(f).to_string());
        let doc = newsmark::export::Document { text, found: &found, id_json: id_json.as_deref(), id_text };
        let file = newsmark::export::export_file(&doc, format).map_err(|e| e.to_string())?;
        return out.write_all(file.as_bytes()).and_then(|()| out.flush()).map_err(|e| format!("writing output: {e}"));
    }
    let result = found.to_offsets(text, args.offsets);
    let written = if args.pretty {
        serde_json::to_writer_pretty(&mut out, &result)
    } else {
        serde_json::to_writer(&mut out, &result)
    };
    written
        .map_err(io::Error::from)
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush())
        .map_err(|e| format!("writing output: {e}"))
}

/// JSON Lines from standard input, one result per line.
fn batch(args: &args::Args) -> Result<(), String> {
    let mut progress = io::stderr().is_terminal().then(progress::Progress::new);
    let stdout = io::stdout().lock();
    let output = match args.format {
        Some(format) => jsonl::Output::Export(format),
        None => jsonl::Output::Json(args.offsets),
    };
    let stats =
        jsonl::run(io::stdin().lock(), stdout, output, &args.options, progress.as_mut()).map_err(|e| format!("{e}"))?;
    if let Some(p) = progress.as_mut() {
        p.finish(&stats);
    }
    Ok(())
}
