//! The browser API: the only wasm-bindgen code. It converts — text in, options in, the contract out with UTF-16
//! offsets, bad arguments out as JavaScript errors — and does nothing else.
//!
//! Every `start`/`end` it returns is in UTF-16 code units, so `text.slice(span.start, span.end) === span.text`
//! in JavaScript. A lone surrogate in the JavaScript string arrives here as U+FFFD, which is one UTF-16 unit
//! too, so offsets still line up with the caller's string.

use crate::export::{export_file, Document, Format};
use crate::text::offsets::to_bytes;
use crate::{annotate_with, Correction, Label, LabelSet, ListedName, Offsets, Options};
use js_sys::{Array, Error, Object, Reflect, TypeError, JSON};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** What a span is. */
export type Label = "PERSON" | "ORG" | "LOC" | "MISC" | "MONEY" | "PERCENT" | "QUOTE";
/** The labels that name a thing and belong to an entity cluster. */
export type EntityLabel = "PERSON" | "ORG" | "LOC" | "MISC";

/** Where a span is: `text.slice(start, end) === text` (UTF-16 code units). */
export interface SpanBase {
  start: number;
  end: number;
  /** The annotated text, exactly as it stands in the input. */
  text: string;
}
export interface EntitySpan extends SpanBase {
  label: EntityLabel;
  /** Index into `Annotations.entities`. */
  entity: number;
}
/** The normalised value of a MONEY span. */
export interface MoneyValue {
  /** ISO 4217 code ("USD", "EUR", "FIM", …), current or historical; "XBT" for bitcoin. */
  currency: string;
  /** The amount when the text gives one; null for a range or a bound. */
  amount: number | null;
  min: number | null;
  max: number | null;
  /** Hedged ("about", "nearly") or vague ("billions of dollars"). */
  approximate: boolean;
  /** The currency was guessed: a bare "$" taken as USD (or the one dollar the text names), "¥" as JPY, or a
   *  word several currencies share ("francs") taken for the usual one or the one whose country the text names. */
  currency_assumed: boolean;
  /** The unit of a rate ("share" for "$5 per share", "year" for "$2 billion a year"), or null. */
  per: string | null;
}
export interface MoneySpan extends SpanBase {
  label: "MONEY";
  value: MoneyValue;
}
export interface PercentSpan extends SpanBase {
  label: "PERCENT";
  value: {
    percent: number;
    /** "3.5 percentage points", "50 basis points" (0.5): a difference between percentages. */
    points: boolean;
  };
}
/** Who a quote is attributed to. Offsets are UTF-16 code units. */
export interface Speaker {
  /** Index into `Annotations.entities`, when the speaker is a known entity. */
  entity: number | null;
  /** The speaker as written ("Droege", "he", "a spokesperson"). */
  text: string;
  start: number;
  end: number;
  /** The attribution cue as written: a word of saying or writing ("said", "wrote"), "according to", "per", the colon
   * or dash after a name, or the cue of the turn a quote continues. */
  cue: string;
  /** What the speaker speaks for, when written: "Google" in "Google CEO Sundar Pichai", "the Department of
   * Homeland Security" in "a spokesperson for the Department of Homeland Security". */
  affiliation: Affiliation | null;
}
/** An organization or place a speaker speaks for or belongs to. Offsets are UTF-16 code units. */
export interface Affiliation {
  /** Index into `Annotations.entities`, when it is a known entity. */
  entity: number | null;
  text: string;
  start: number;
  end: number;
}
/** A quote, quote marks included. */
export interface QuoteSpan extends SpanBase {
  label: "QUOTE";
  /** "direct": someone's words; "fragment": a phrase quoted inside a sentence, a scare quote, a title. */
  form: "direct" | "fragment";
  speaker: Speaker | null;
}
export type Span = EntitySpan | MoneySpan | PercentSpan | QuoteSpan;

/** One thing named in the text, however many times. */
export interface Entity {
  id: number;
  label: EntityLabel;
  /** The canonical (fullest) name. */
  name: string;
  mentions: number;
}

export interface Annotations {
  /** The unit of every start/end: always "utf16" from this API. */
  offsets: "utf16";
  /** Sorted by start, longer first; spans of one label never overlap. */
  spans: Span[];
  entities: Entity[];
}

export interface AnnotateOptions {
  /** Only these labels (default: all). */
  labels?: Label[];
  /** Your own names: always found with their label (matched as written, on word boundaries); each name's
   *  aliases are the same entity, named by `name`. */
  names?: ListedName[];
  /** Names never tagged (unless also in `names`). */
  ignore?: string[];
  /** A person's corrections, applied in order to what is found; offsets in UTF-16 units of `text`. */
  corrections?: Correction[];
}

/** One correction: a span added (in place of the spans of its label it overlaps; for a name, of any name's
 *  label), removed or relabelled, or a quote's speaker chosen (the mention at `speaker`, linked to its entity
 *  when a span is there; null for nobody known). */
export type Correction =
  | { op: "add"; start: number; end: number; label: Label }
  | { op: "remove"; start: number; end: number; label: Label }
  | { op: "relabel"; start: number; end: number; label: Label; to: Label }
  | { op: "speaker"; start: number; end: number; speaker: { start: number; end: number } | null };

export interface ListedName {
  name: string;
  label: EntityLabel;
  aliases?: string[];
}

/**
 * Annotates `text`. Offsets are UTF-16 code units, so `text.slice(span.start, span.end) === span.text`.
 * Throws a TypeError when `text` is not a string or `options` is malformed, an Error for an unknown label.
 */
export function annotate(text: string, options?: AnnotateOptions | null): Annotations;

/** The export formats (README, "Exports"); offsets in them are code points. */
export type ExportFormat = "spacy" | "label-studio" | "doccano" | "w3c" | "conll";

/**
 * Annotates `text` and returns it as a file in `format`, ready to download (a Label Studio file is a list of one
 * task). Throws like annotate(), and an Error for an unknown format.
 */
export function exportText(text: string, options: AnnotateOptions | null | undefined, format: ExportFormat): string;

/** The newsmark crate version. */
export function version(): string;
"#;

/// Annotates `text` and returns the contract as a plain object with UTF-16 offsets.
#[wasm_bindgen(skip_typescript)]
pub fn annotate(text: &JsValue, options: &JsValue) -> Result<JsValue, JsValue> {
    let Some(text) = text.as_string() else {
        return Err(type_error(&format!("annotate(text): text must be a string, got {}", type_name(text))));
    };
    let options = parse_options(options, &text)?;
    let found = annotate_with(&text, &options).to_offsets(&text, Offsets::Utf16);
    // One string and the engine's own JSON parser build the objects faster than one property at a time
    // across the boundary (about 8 % of `annotate` on PolNeAR dev in node: `node scripts/bench-node.mjs`).
    JSON::parse(&found.to_json())
}

/// Annotates `text` and returns it as a file in an export format.
#[wasm_bindgen(js_name = exportText, skip_typescript)]
pub fn export_text(text: &JsValue, options: &JsValue, format: &JsValue) -> Result<String, JsValue> {
    let Some(text) = text.as_string() else {
        return Err(type_error(&format!("exportText(text): text must be a string, got {}", type_name(text))));
    };
    let options = parse_options(options, &text)?;
    let Some(format) = format.as_string().and_then(|f| Format::parse(&f)) else {
        let known: Vec<&str> = Format::ALL.iter().map(|f| f.as_str()).collect();
        return Err(Error::new(&format!(
            "exportText(text, options, format): format must be one of {}, got {}",
            known.join(", "),
            format.as_string().map_or_else(|| type_name(format), |f| format!("\"{f}\""))
        ))
        .into());
    };
    let found = annotate_with(&text, &options);
    let doc = Document { text: &text, found: &found, id_json: None, id_text: None };
    export_file(&doc, format).map_err(|e| Error::new(&format!("exportText: {e}")).into())
}

/// Makes the Web Worker this module runs in answer annotation requests: each message `{id, text, options}` gets
/// the reply `{id, result}` (what [`annotate`] returns) or `{id, error: {name, message}}`; with a `format`, the
/// result is what [`export_text`] returns. The page and the
/// widget send long texts here so that their main thread never runs `annotate` on them (www/js/worker.js starts
/// it; www/js/engine.js talks to it).
/// How many spans one message from the worker carries (see [`serve_worker`]).
const SPANS_PER_MESSAGE: u32 = 2_000;

#[wasm_bindgen(js_name = serveWorker, skip_typescript)]
pub fn serve_worker() -> Result<(), JsValue> {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global()
        .dyn_into()
        .map_err(|_| JsValue::from(Error::new("serveWorker: this is not a dedicated worker")))?;
    let replies = scope.clone();
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let request = event.data();
        let field = |name: &str| Reflect::get(&request, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
        // The knowledge file, sent once it has arrived: taken silently (the page checked it in its own instance).
        if let Some(bytes) = field("knowledge").dyn_ref::<js_sys::Uint8Array>() {
            let _ = crate::load_knowledge(bytes.to_vec());
            return;
        }
        let reply = Object::new();
        let _ = Reflect::set(&reply, &JsValue::from_str("id"), &field("id"));
        let format = field("format");
        let answer = if format.is_undefined() {
            annotate(&field("text"), &field("options"))
        } else {
            export_text(&field("text"), &field("options"), &format).map(JsValue::from)
        };
        let (key, value) = match answer {
            Ok(result) if !format.is_undefined() => ("result", result),
            Ok(result) => {
                // The spans go ahead in parts, each its own message: the page deserialises one part per task, so
                // that a long text's result (15,000 spans a megabyte) never holds its main thread in one piece.
                let spans: Array = Reflect::get(&result, &JsValue::from_str("spans")).unwrap_or_default().into();
                let len = spans.length();
                if len > SPANS_PER_MESSAGE {
                    for from in (0..len).step_by(SPANS_PER_MESSAGE as usize) {
                        let part = Object::new();
                        let _ = Reflect::set(&part, &JsValue::from_str("id"), &field("id"));
                        let _ = Reflect::set(
                            &part,
                            &JsValue::from_str("part"),
                            &spans.slice(from, from + SPANS_PER_MESSAGE),
                        );
                        let _ = replies.post_message(&part);
                    }
                    let _ = Reflect::set(&result, &JsValue::from_str("spans"), &Array::new());
                }
                ("result", result)
            }
            Err(error) => {
                let plain = Object::new();
                for name in ["name", "message"] {
                    let v = Reflect::get(&error, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
                    let _ = Reflect::set(&plain, &JsValue::from_str(name), &v);
                }
                ("error", plain.into())
            }
        };
        let _ = Reflect::set(&reply, &JsValue::from_str(key), &value);
        // A reply that cannot be posted is lost with the worker's own error event, which the page hears.
        let _ = replies.post_message(&reply);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker answers for as long as it lives.
    on_message.forget();
    Ok(())
}

/// Takes the knowledge file (`pkg/knowledge.bin`, as bytes): true when it is now in use, false when this instance
/// had it already; a JS `Error` saying why when the bytes are not this build's file.
#[wasm_bindgen(js_name = loadKnowledge)]
pub fn load_knowledge(bytes: Vec<u8>) -> Result<bool, JsValue> {
    crate::load_knowledge(bytes).map_err(|e| JsValue::from(Error::new(&format!("loadKnowledge: {e}"))))
}

/// Whether this instance has its knowledge file.
#[wasm_bindgen(js_name = hasKnowledge)]
pub fn has_knowledge() -> bool {
    crate::has_knowledge()
}

/// The crate version.
#[wasm_bindgen(skip_typescript)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// `undefined`/`null` → everything; otherwise an object with `labels` (an array of label names), `names` (an
/// array of `{name, label, aliases}`), `ignore` (an array of strings) and `corrections` (UTF-16 offsets of
/// `text`), each optional.
fn parse_options(options: &JsValue, text: &str) -> Result<Options, JsValue> {
    const WHERE: &str = "annotate(text, options)";
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    if !options.is_object() || Array::is_array(options) {
        return Err(type_error(&format!("{WHERE}: options must be an object, got {}", type_name(options))));
    }
    for key in Object::keys(options.unchecked_ref::<Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !matches!(key.as_str(), "labels" | "names" | "ignore" | "corrections") {
            return Err(type_error(&format!(
                "{WHERE}: unknown option \"{key}\"; the options are \"labels\", \"names\", \"ignore\" and \"corrections\""
            )));
        }
    }
    let mut parsed = Options::default();
    let labels = get(options, "labels");
    if !labels.is_undefined() {
        let mut set = LabelSet::EMPTY;
        for name in strings(&labels, "options.labels")? {
            let Some(label) = Label::parse(&name) else {
                let known: Vec<&str> = Label::ALL.iter().map(|l| l.as_str()).collect();
                return Err(Error::new(&format!(
                    "{WHERE}: unknown label \"{name}\"; expected one of {}",
                    known.join(", ")
                ))
                .into());
            };
            set.insert(label);
        }
        parsed.labels = set;
    }
    let names = get(options, "names");
    if !names.is_undefined() {
        for (i, entry) in array(&names, "options.names", "{name, label, aliases}")?.iter().enumerate() {
            parsed
                .names
                .push(listed_name(&entry).map_err(|why| type_error(&format!("{WHERE}: options.names[{i}]: {why}")))?);
        }
    }
    let ignore = get(options, "ignore");
    if !ignore.is_undefined() {
        parsed.ignore = strings(&ignore, "options.ignore")?;
    }
    let corrections = get(options, "corrections");
    if !corrections.is_undefined() {
        // Read every correction, then turn all their UTF-16 offsets into byte offsets in one pass over the text.
        let mut units = Vec::new();
        let read = array(&corrections, "options.corrections", "{op, start, end, …}")?
            .iter()
            .enumerate()
            .map(|(i, c)| {
                correction(&c, &mut units)
                    .map_err(|why| type_error(&format!("{WHERE}: options.corrections[{i}]: {why}")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        // An offset that is not a place in the text (past its end, inside a surrogate pair) becomes one the core
        // passes over, as it passes over every correction that does not fit.
        let bytes: Vec<usize> =
            to_bytes(text, &units, Offsets::Utf16).into_iter().map(|b| b.unwrap_or(usize::MAX)).collect();
        parsed.corrections = read.into_iter().map(|make| make(&bytes)).collect();
    }
    Ok(parsed)
}

/// A correction whose offsets are indexes into the byte offsets of every correction's UTF-16 offsets.
type Unconverted = Box<dyn FnOnce(&[usize]) -> Correction>;

/// Reads one correction from JavaScript, pushing its UTF-16 offsets onto `units`; errors say what is malformed.
fn correction(c: &JsValue, units: &mut Vec<usize>) -> Result<Unconverted, String> {
    if !c.is_object() || Array::is_array(c) {
        return Err(format!("expected {{op, start, end, …}}, got {}", type_name(c)));
    }
    let label_of = |key: &str| {
        get(c, key).as_string().and_then(|l| Label::parse(&l)).ok_or_else(|| format!("{key} must be a label name"))
    };
    let offset = |v: JsValue, what: &str| {
        v.as_f64()
            .filter(|n| n.fract() == 0.0 && *n >= 0.0 && *n <= u32::MAX as f64)
            .map(|n| n as usize)
            .ok_or_else(|| format!("{what} must be a whole number"))
    };
    let at = units.len();
    units.extend([offset(get(c, "start"), "start")?, offset(get(c, "end"), "end")?]);
    let op = get(c, "op").as_string().unwrap_or_default();
    Ok(match op.as_str() {
        "add" => {
            let label = label_of("label")?;
            Box::new(move |b| Correction::Add { start: b[at], end: b[at + 1], label })
        }
        "remove" => {
            let label = label_of("label")?;
            Box::new(move |b| Correction::Remove { start: b[at], end: b[at + 1], label })
        }
        "relabel" => {
            let (label, to) = (label_of("label")?, label_of("to")?);
            Box::new(move |b| Correction::Relabel { start: b[at], end: b[at + 1], label, to })
        }
        "speaker" => {
            let speaker = get(c, "speaker");
            if speaker.is_null() {
                Box::new(move |b| Correction::Speaker { start: b[at], end: b[at + 1], speaker: None })
            } else {
                units.extend([
                    offset(get(&speaker, "start"), "speaker.start")?,
                    offset(get(&speaker, "end"), "speaker.end")?,
                ]);
                Box::new(move |b| Correction::Speaker {
                    start: b[at],
                    end: b[at + 1],
                    speaker: Some(b[at + 2]..b[at + 3]),
                })
            }
        }
        other => return Err(format!("op must be add, remove, relabel or speaker, not \"{other}\"")),
    })
}

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// `value` as an array, or a TypeError: "`what` must be an array of `of`".
fn array(value: &JsValue, what: &str, of: &str) -> Result<Array, JsValue> {
    if !Array::is_array(value) {
        return Err(type_error(&format!(
            "annotate(text, options): {what} must be an array of {of}, got {}",
            type_name(value)
        )));
    }
    Ok(Array::from(value))
}

/// An array of strings, or a TypeError that names `what`.
fn strings(value: &JsValue, what: &str) -> Result<Vec<String>, JsValue> {
    array(value, what, "strings")?
        .iter()
        .map(|v| {
            v.as_string().ok_or_else(|| {
                type_error(&format!("annotate(text, options): {what} must hold strings, got {}", type_name(&v)))
            })
        })
        .collect()
}

fn listed_name(entry: &JsValue) -> Result<ListedName, String> {
    if !entry.is_object() || Array::is_array(entry) {
        return Err(format!("expected {{name, label, aliases}}, got {}", type_name(entry)));
    }
    let name = get(entry, "name").as_string().filter(|n| !n.trim().is_empty());
    let Some(name) = name else { return Err("name must be a non-empty string".into()) };
    let label = get(entry, "label").as_string().and_then(|l| Label::parse(&l)).filter(|l| l.is_entity());
    let Some(label) = label else { return Err("label must be PERSON, ORG, LOC or MISC".into()) };
    let aliases = get(entry, "aliases");
    let aliases = if aliases.is_undefined() {
        Vec::new()
    } else {
        strings(&aliases, "aliases").map_err(|e| e.as_string().unwrap_or_else(|| "aliases must hold strings".into()))?
    };
    Ok(ListedName { name, label, aliases })
}

fn type_error(message: &str) -> JsValue {
    TypeError::new(message).into()
}

/// `typeof value`, with `null` and arrays told apart, for error messages.
fn type_name(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if Array::is_array(value) {
        "an array".into()
    } else {
        value.js_typeof().as_string().unwrap_or_else(|| "unknown".into())
    }
}
