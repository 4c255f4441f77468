//! `--names FILE`: a team's own names and the names it never wants tagged, as JSON:
//! `{"names": [{"name": "Kestrone", "label": "ORG", "aliases": ["KST"]}], "ignore": ["Reuters"]}`.

use newsmark::{Label, ListedName};
use serde_json::Value;

/// The names and the ignored names of a names file, or what is wrong with it (with where).
pub fn parse(json: &str) -> Result<(Vec<ListedName>, Vec<String>), String> {
    let value: Value = serde_json::from_str(json).map_err(|e| format!("not JSON: {e}"))?;
    let Value::Object(object) = value else {
        return Err("expected an object {\"names\": […], \"ignore\": […]}".into());
    };
    if let Some(key) = object.keys().find(|k| !matches!(k.as_str(), "names" | "ignore")) {
        return Err(format!("unknown key \"{key}\"; a names file has \"names\" and \"ignore\""));
    }
    let names = match object.get("names") {
        None => Vec::new(),
        Some(Value::Array(entries)) => entries
            .iter()
            .enumerate()
            .map(|(i, e)| entry(e).map_err(|why| format!("names[{i}]: {why}")))
            .collect::<Result<_, _>>()?,
        Some(_) => return Err("\"names\" must be an array".into()),
    };
    let ignore = match object.get("ignore") {
        None => Vec::new(),
        Some(v) => strings(v).map_err(|why| format!("ignore: {why}"))?,
    };
    Ok((names, ignore))
}

fn entry(value: &Value) -> Result<ListedName, String> {
    let Value::Object(o) = value else { return Err("expected {\"name\", \"label\", \"aliases\"}".into()) };
    if let Some(key) = o.keys().find(|k| !matches!(k.as_str(), "name" | "label" | "aliases")) {
        return Err(format!("unknown key \"{key}\""));
    }
    let name = match o.get("name") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
        _ => return Err("\"name\" must be a non-empty string".into()),
    };
    let label = o.get("label").and_then(Value::as_str).and_then(Label::parse).filter(|l| l.is_entity());
    let Some(label) = label else { return Err("\"label\" must be PERSON, ORG, LOC or MISC".into()) };
    let aliases = match o.get("aliases") {
        None => Vec::new(),
        Some(v) => strings(v).map_err(|why| format!("aliases: {why}"))?,
    };
    Ok(ListedName { name, label, aliases })
}

fn strings(value: &Value) -> Result<Vec<String>, String> {
    let Value::Array(items) = value else { return Err("must be an array of strings".into()) };
    items.iter().map(|v| v.as_str().map(str::to_string).ok_or_else(|| "must hold strings".to_string())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_names_and_ignore() {
        let (names, ignore) =
            parse(r#"{"names": [{"name": "Kestrone", "label": "ORG", "aliases": ["KST"]}], "ignore": ["Reuters"]}"#)
                .unwrap();
        assert_eq!(names, [ListedName { name: "Kestrone".into(), label: Label::Org, aliases: vec!["KST".into()] }]);
        assert_eq!(ignore, ["Reuters"]);
        assert_eq!(parse("{}").unwrap(), (vec![], vec![]));
    }

    #[test]
    fn says_what_is_wrong_and_where() {
        for (json, why) in [
            ("[]", "expected an object"),
            ("{\"nams\": []}", "unknown key \"nams\""),
            ("{\"names\": [{\"name\": \"A\", \"label\": \"MONEY\"}]}", "names[0]: \"label\" must be"),
            ("{\"names\": [{\"label\": \"ORG\"}]}", "names[0]: \"name\" must be"),
            ("{\"names\": [{\"name\": \"A\", \"label\": \"ORG\", \"aliases\": [1]}]}", "names[0]: aliases: must hold"),
            ("{\"ignore\": \"A\"}", "ignore: must be an array"),
            ("{", "not JSON"),
        ] {
            let err = parse(json).unwrap_err();
            assert!(err.starts_with(why), "{json}: {err}");
        }
    }
}
