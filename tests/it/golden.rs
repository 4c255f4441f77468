//! Golden snapshots: each `tests/golden/NAME.txt` article is annotated and drawn as `NAME.golden` — the text
//! with a marker line under each annotation — so that a change in what a reader sees shows up as a readable
//! diff. Rewrite them only on purpose: `UPDATE_GOLDEN=1 cargo test --test golden`, then review `git diff`.

use newsmark::{Annotations, Detail, QuoteForm, Span};
use std::fmt::Write;
use std::path::Path;

#[test]
fn golden_articles() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut articles: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    articles.sort();
    assert!(articles.len() >= 2, "expected at least two golden articles in {}", dir.display());
    let mut stale = Vec::new();
    for article in &articles {
        let text = std::fs::read_to_string(article).unwrap();
        let drawn = draw(&text, &newsmark::annotate(&text));
        let golden = article.with_extension("golden");
        if update {
            std::fs::write(&golden, &drawn).unwrap();
        } else if std::fs::read_to_string(&golden).ok().as_deref() != Some(drawn.as_str()) {
            std::fs::write(golden.with_extension("golden.new"), &drawn).unwrap();
            stale.push(golden.file_name().unwrap().to_string_lossy().into_owned());
        }
    }
    assert!(
        stale.is_empty(),
        "golden snapshots differ: {stale:?}; compare with the .golden.new files beside them, and if the change \
         is right, rerun with UPDATE_GOLDEN=1 and review the diff"
    );
}

/// The text, line by line, with a marker row under each line for every span starting in it. A span running
/// past its line ends its carets with `…`.
fn draw(text: &str, found: &Annotations) -> String {
    let mut out = String::new();
    let mut spans = found.spans.iter().peekable();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        writeln!(out, "{content}").unwrap();
        while let Some(span) = spans.next_if(|s| s.start < line_end) {
            let col = text[line_start..span.start].chars().count();
            let inside = span.end.min(line_start + content.len());
            let width = text[span.start..inside].chars().count().max(1);
            let more = if span.end > inside { "…" } else { "" };
            writeln!(out, "{}{}{more} {}", " ".repeat(col), "^".repeat(width), describe(span, found)).unwrap();
        }
        line_start = line_end;
    }
    out
}

fn describe(span: &Span, found: &Annotations) -> String {
    match &span.detail {
        Detail::Entity { label, entity } => {
            let e = &found.entities[*entity];
            format!("{label} #{entity} {:?} ({} mentions)", e.name, e.mentions)
        }
        Detail::Money(m) => {
            let mut s = format!("MONEY {}", m.currency);
            if let Some(a) = m.amount {
                write!(s, " {a}").unwrap();
            }
            if let Some(a) = m.min {
                write!(s, " min {a}").unwrap();
            }
            if let Some(a) = m.max {
                write!(s, " max {a}").unwrap();
            }
            if let Some(unit) = m.per {
                write!(s, " per {unit}").unwrap();
            }
            if m.approximate {
                s.push_str(" approximate");
            }
            if m.currency_assumed {
                s.push_str(" (currency assumed)");
            }
            s
        }
        Detail::Percent(p) => format!("PERCENT {}{}", p.percent, if p.points { " points" } else { "" }),
        Detail::Quote { speaker, form } => {
            let form = if *form == QuoteForm::Fragment { " (fragment)" } else { "" };
            match speaker {
                None => format!("QUOTE{form}, no speaker"),
                Some(sp) => {
                    let who = sp.entity.map(|e| format!(" = #{e} {:?}", found.entities[e].name)).unwrap_or_default();
                    format!("QUOTE{form} by {:?}{who} ({})", sp.text, sp.cue)
                }
            }
        }
    }
}
