//! What the four OSCAL documents share: metadata, props in our namespace, our sources as
//! back-matter resources, dates as OSCAL date-times, and a fingerprint of what is exported.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use super::ids::Uuids;
use super::{NS, OSCAL_VERSION};
use crate::assessment::{is_valid_date, is_valid_date_or_time};
use crate::catalog::Source;

/// A prop in our namespace. OSCAL strings are never empty and have no space at either end:
/// the value is trimmed, and a blank one written as a dash.
pub fn prop(name: &str, value: impl Into<String>) -> Value {
    json!({ "name": name, "ns": NS, "value": non_empty(&value.into(), "—") })
}

/// `text` on one line (OSCAL titles may not hold a line break), never empty.
pub fn line(text: &str, fallback: &str) -> String {
    non_empty(
        &text.split_whitespace().collect::<Vec<_>>().join(" "),
        fallback,
    )
}

/// The standard `label` prop (no namespace): the id as the source writes it.
pub fn label(value: &str) -> Value {
    json!({ "name": "label", "value": value })
}

/// A prose part in our namespace (`why`, `question` …).
pub fn our_part(id: &str, name: &str, prose: &str) -> Value {
    json!({ "id": id, "name": name, "ns": NS, "prose": prose })
}

/// Inserts `key: values` into `object` when there are values: OSCAL arrays may not be empty.
pub fn put_list(object: &mut Map<String, Value>, key: &str, values: Vec<Value>) {
    if !values.is_empty() {
        object.insert(key.to_owned(), Value::Array(values));
    }
}

/// Inserts `key: text` when the text is not empty (OSCAL strings may not be empty).
pub fn put_text(object: &mut Map<String, Value>, key: &str, text: &str) {
    let text = text.trim();
    if !text.is_empty() {
        object.insert(key.to_owned(), Value::String(text.to_owned()));
    }
}

/// The metadata every document starts with; `extra` adds props, parties and the like.
pub fn metadata(
    title: &str,
    last_modified: &str,
    version: &str,
    extra: Map<String, Value>,
) -> Value {
    let mut metadata = Map::new();
    metadata.insert("title".into(), Value::String(line(title, "—")));
    metadata.insert("last-modified".into(), last_modified.into());
    metadata.insert("version".into(), Value::String(non_empty(version, "1")));
    metadata.insert("oscal-version".into(), OSCAL_VERSION.into());
    metadata.extend(extra);
    Value::Object(metadata)
}

/// `text`, or `fallback` when it is blank.
pub fn non_empty(text: &str, fallback: &str) -> String {
    if text.trim().is_empty() {
        fallback.to_owned()
    } else {
        text.trim().to_owned()
    }
}

/// The date `date` (`YYYY-MM-DD` or an RFC 3339 time) as an OSCAL date-time with a time
/// zone; `fallback` (a `YYYY-MM-DD`) when it is neither.
pub fn date_time(date: &str, fallback: &str) -> String {
    if is_valid_date(date) {
        format!("{date}T00:00:00Z")
    } else if is_valid_date_or_time(date) {
        // Valid times always carry a zone; OSCAL wants the upper-case separators.
        date.replace([' ', 't'], "T").replace('z', "Z")
    } else {
        format!("{fallback}T00:00:00Z")
    }
}

/// Our sources as back-matter resources, with the UUID of each by its key.
pub fn source_resources(
    sources: &[Source],
    uuids: &Uuids,
    scope: &str,
) -> (Vec<Value>, BTreeMap<String, String>) {
    let mut by_key = BTreeMap::new();
    let resources = sources
        .iter()
        .map(|source| {
            let uuid = uuids.of(&format!("source/{scope}/{}", source.key));
            by_key.insert(source.key.clone(), uuid.clone());
            source_resource(source, uuid)
        })
        .collect();
    (resources, by_key)
}

fn source_resource(source: &Source, uuid: String) -> Value {
    let mut resource = Map::new();
    resource.insert("uuid".into(), uuid.into());
    resource.insert("title".into(), line(&source.document, &source.key).into());
    let mut props = vec![
        prop("source-key", &source.key),
        prop("source-kind", format!("{:?}", source.kind)),
    ];
    for (name, value) in [
        ("licence", &source.licence),
        ("attribution", &source.attribution),
        ("version", &source.version),
    ] {
        if !value.trim().is_empty() {
            props.push(prop(name, value.trim()));
        }
    }
    resource.insert("props".into(), Value::Array(props));
    if !source.document.trim().is_empty() {
        resource.insert("citation".into(), json!({ "text": source.document.trim() }));
    }
    if is_uri(&source.url) {
        resource.insert("rlinks".into(), json!([{ "href": source.url.trim() }]));
    }
    Value::Object(resource)
}

/// True for an absolute web address without spaces: what may go into an `href` as is.
pub fn is_uri(text: &str) -> bool {
    let text = text.trim();
    (text.starts_with("https://") || text.starts_with("http://"))
        && !text.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The SHA-256 of `value`'s RON as hex: the seed of a document's UUIDs.
pub fn content_fingerprint<T: Serialize>(value: &T) -> String {
    // Plain data with string keys always serialises; were it ever to fail, the empty text
    // still gives stable (if shared) UUIDs, never a wrong file.
    let text = ron::to_string(value).unwrap_or_default();
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_become_date_times_with_a_zone() {
        assert_eq!(
            date_time("2026-03-01", "2000-01-01"),
            "2026-03-01T00:00:00Z"
        );
        assert_eq!(
            date_time("2026-03-01T09:30:00+01:00", "2000-01-01"),
            "2026-03-01T09:30:00+01:00"
        );
        assert_eq!(date_time("", "2000-01-01"), "2000-01-01T00:00:00Z");
        assert_eq!(date_time("March", "2000-01-01"), "2000-01-01T00:00:00Z");
    }

    #[test]
    fn only_plain_web_addresses_are_links() {
        assert!(is_uri("https://mims.oascities.org"));
        assert!(!is_uri("see the web page"));
        assert!(!is_uri("https://a b"));
        assert!(!is_uri(""));
    }
}
