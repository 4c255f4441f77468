//! Command-line arguments, parsed by hand: the CLI has few flags and no dependency is worth its bytes here.

use newsmark::export::Format;
use newsmark::{Label, Offsets, Options};

pub const HELP: &str = "\
newsmark: annotate news articles with people, organizations, places, money, percentages and quotes.

USAGE:
    newsmark [OPTIONS] [FILE]          annotate FILE (or standard input when FILE is - or missing)
    newsmark --jsonl [OPTIONS]         annotate JSON Lines {\"id\": …, \"text\": \"…\"} from standard input

OPTIONS:
    --jsonl                 one result per input line, {\"id\": …, …}, in input order; a bad line gives
                            {\"id\": …, \"error\": \"…\"} and the run goes on
    --format FORMAT         json (newsmark's own, default), or an export for labeling tools, offsets in
                            code points: spacy (spaCy/Prodigy JSONL), label-studio (tasks with predictions),
                            doccano (JSONL), w3c (Web Annotation JSON-LD), conll (IOB2, a token a line)
    --offsets UNIT          unit of every start/end in json: chars (code points, default), utf16 or bytes
    --labels L1,L2,…        only these labels (PERSON, ORG, LOC, MISC, MONEY, PERCENT, QUOTE)
    --names FILE            your own names: JSON {\"names\": [{\"name\", \"label\", \"aliases\"}], \"ignore\": […]};
                            a listed name always gets its label, its aliases are the same entity, and
                            an ignored name is never tagged
    --pretty                indented JSON (not with --jsonl)
    -h, --help              this help
    -V, --version           the version

The input must be UTF-8. The exit code is 0 unless reading input or writing output fails.
";

/// What the command line asks for.
#[derive(Debug, PartialEq)]
pub struct Args {
    pub file: Option<String>,
    pub jsonl: bool,
    pub offsets: Offsets,
    /// An export format; `None` for the contract JSON.
    pub format: Option<Format>,
    pub options: Options,
    pub pretty: bool,
}

/// What to do instead of annotating.
#[derive(Debug, PartialEq)]
pub enum Exit {
    Help,
    Version,
    Usage(String),
}

pub fn parse(argv: impl IntoIterator<Item = String>) -> Result<Args, Exit> {
    let mut args = Args {
        file: None,
        jsonl: false,
        offsets: Offsets::Chars,
        format: None,
        options: Options::default(),
        pretty: false,
    };
    let mut offsets_given = false;
    let mut argv = argv.into_iter();
    while let Some(arg) = argv.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| {
            inline.clone().or_else(|| argv.next()).ok_or_else(|| Exit::Usage(format!("{name} needs a value")))
        };
        match flag.as_str() {
            "-h" | "--help" => return Err(Exit::Help),
            "-V" | "--version" => return Err(Exit::Version),
            "--jsonl" => args.jsonl = true,
            "--pretty" => args.pretty = true,
            "--format" => {
                let v = value("--format")?;
                args.format = match v.as_str() {
                    "json" => None,
                    name => Some(Format::parse(name).ok_or_else(|| {
                        Exit::Usage(format!(
                            "--format takes json, spacy, label-studio, doccano, w3c or conll, not {v:?}"
                        ))
                    })?),
                };
            }
            "--offsets" => {
                offsets_given = true;
                let v = value("--offsets")?;
                args.offsets = Offsets::parse(&v)
                    .ok_or_else(|| Exit::Usage(format!("--offsets takes chars, utf16 or bytes, not {v:?}")))?;
            }
            "--labels" => {
                let v = value("--labels")?;
                let labels = v
                    .split(',')
                    .map(|l| Label::parse(l.trim()).ok_or_else(|| Exit::Usage(format!("unknown label {l:?}"))))
                    .collect::<Result<Vec<_>, _>>()?;
                args.options.labels = labels.into_iter().collect();
            }
            "--names" => {
                let path = value("--names")?;
                let json = std::fs::read_to_string(&path).map_err(|e| Exit::Usage(format!("--names {path}: {e}")))?;
                let (names, ignore) =
                    crate::names::parse(&json).map_err(|e| Exit::Usage(format!("--names {path}: {e}")))?;
                args.options.names = names;
                args.options.ignore = ignore;
            }
            "-" => set_file(&mut args, arg)?,
            f if f.starts_with('-') => return Err(Exit::Usage(format!("unknown option {f}"))),
            _ => set_file(&mut args, arg)?,
        }
    }
    if args.jsonl && args.file.as_deref().is_some_and(|f| f != "-") {
        return Err(Exit::Usage("--jsonl reads standard input; give no FILE".into()));
    }
    if args.jsonl && args.pretty {
        return Err(Exit::Usage("--pretty would break JSON Lines into several lines".into()));
    }
    if let Some(format) = args.format {
        if offsets_given {
            return Err(Exit::Usage(format!("--offsets is for json; {format} counts code points")));
        }
        if args.pretty {
            return Err(Exit::Usage(format!("--pretty is for json, not {format}")));
        }
    }
    Ok(args)
}

fn set_file(args: &mut Args, file: String) -> Result<(), Exit> {
    if args.file.is_some() {
        return Err(Exit::Usage("give one FILE at most".into()));
    }
    args.file = Some(file);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Args, Exit> {
        parse(args.iter().map(|s| s.to_string()))
    }

    #[test]
    fn defaults_and_flags() {
        let a = p(&[]).unwrap();
        assert_eq!((a.file, a.jsonl, a.offsets, a.pretty), (None, false, Offsets::Chars, false));
        let a = p(&["--offsets=utf16", "--pretty", "a.txt"]).unwrap();
        assert_eq!((a.file.as_deref(), a.offsets, a.pretty), (Some("a.txt"), Offsets::Utf16, true));
        let a = p(&["--jsonl", "--labels", "MONEY,QUOTE"]).unwrap();
        assert!(a.options.labels.contains(Label::Money) && !a.options.labels.contains(Label::Person));
        assert_eq!(p(&["--format", "label-studio"]).unwrap().format, Some(Format::LabelStudio));
        assert_eq!(p(&["--format=json"]).unwrap().format, None);
    }

    #[test]
    fn usage_errors() {
        assert!(matches!(p(&["--offsets", "lines"]), Err(Exit::Usage(_))));
        assert!(matches!(p(&["--offsets"]), Err(Exit::Usage(_))));
        assert!(matches!(p(&["--labels", "PEOPLE"]), Err(Exit::Usage(_))));
        assert!(matches!(p(&["a", "b"]), Err(Exit::Usage(_))));
        assert!(matches!(p(&["--jsonl", "a.txt"]), Err(Exit::Usage(_))));
        assert!(matches!(p(&["--frobnicate"]), Err(Exit::Usage(_))));
        assert!(matches!(p(&["--format", "csv"]), Err(Exit::Usage(_))));
        assert!(matches!(p(&["--format", "spacy", "--offsets", "utf16"]), Err(Exit::Usage(_))));
        assert!(matches!(p(&["--format", "w3c", "--pretty"]), Err(Exit::Usage(_))));
        assert_eq!(p(&["--help"]), Err(Exit::Help));
        assert_eq!(p(&["-V"]), Err(Exit::Version));
    }
}
