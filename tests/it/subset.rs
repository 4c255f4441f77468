//! Subset matching of JSON: what a case table expects against what newsmark produced.

use serde_json::Value;

/// Whether `actual` matches `expected`, where objects in `expected` name only the keys they care about.
/// Numbers compare by value (14300000000 equals 14300000000.0); `null` expects the key to be null or absent.
pub fn matches(expected: &Value, actual: &Value) -> bool {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            e.iter().all(|(k, ev)| a.get(k).map_or(ev.is_null(), |av| matches(ev, av)))
        }
        (Value::Array(e), Value::Array(a)) => e.len() == a.len() && e.iter().zip(a).all(|(e, a)| matches(e, a)),
        (Value::Number(e), Value::Number(a)) => e.as_f64() == a.as_f64(),
        (e, a) => e == a,
    }
}

#[test]
fn subset_matching_rules() {
    use serde_json::json;
    assert!(matches(&json!({"a": 1}), &json!({"a": 1.0, "b": 2})));
    assert!(matches(&json!({"a": null}), &json!({})));
    assert!(!matches(&json!({"a": {"x": 1}}), &json!({"a": {"x": 2}})));
    assert!(!matches(&json!({"a": 1}), &json!({})));
    assert!(!matches(&json!([1]), &json!([1, 2])));
}
