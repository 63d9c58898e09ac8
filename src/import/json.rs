//! Reading JSON (OSCAL catalogs) without trusting it: `serde_json` refuses nesting deeper than
//! 128 levels and reports syntax errors at their line and column; the value is then turned into
//! the same [`Node`] tree the YAML reader makes, each node knowing its path in the document
//! (`catalog.groups[1].controls[3]`), since JSON values carry no spans.

use serde_json::Value as Json;

use super::tree::{Loc, Node, Value};
use crate::catalog::{Position, Problem};

/// Parses `text` (the file `path`) into a tree, or the syntax problem at its line and column.
pub fn read(path: &str, text: &str) -> Result<Node, Problem> {
    let json: Json = serde_json::from_str(text).map_err(|e| {
        Problem::at(
            path,
            Position {
                line: e.line().max(1),
                col: e.column().max(1),
            },
            format!("the JSON is not well-formed: {e}"),
            "a JSON file such as an OSCAL catalog",
        )
    })?;
    Ok(convert(json, String::new()))
}

/// Each node with its path; iterative over siblings, recursive only over nesting, which
/// `serde_json` has already limited to 128 levels.
fn convert(json: Json, path: String) -> Node {
    let value = match json {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Scalar(b.to_string()),
        Json::Number(n) => Value::Scalar(n.to_string()),
        Json::String(s) => Value::Scalar(s),
        Json::Array(items) => Value::List(
            items
                .into_iter()
                .enumerate()
                .map(|(i, item)| convert(item, format!("{path}[{i}]")))
                .collect(),
        ),
        Json::Object(map) => Value::Map(
            map.into_iter()
                .map(|(key, item)| {
                    let child = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    (key, convert(item, child))
                })
                .collect(),
        ),
    };
    Node {
        value,
        loc: Loc::Path(path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_the_place() {
        let node = read("c.json", r#"{"catalog": {"groups": [{}, {"id": "g"}]}}"#).unwrap();
        let groups = node.get("catalog").unwrap().get("groups").unwrap();
        let Value::List(items) = &groups.value else {
            panic!()
        };
        assert_eq!(items[1].loc, Loc::Path("catalog.groups[1]".into()));
    }

    #[test]
    fn syntax_errors_have_line_and_column() {
        let err = read("c.json", "{\n  \"a\": [1,\n}").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("c.json:3:1: the JSON is not well-formed"),
            "{err}"
        );
    }
}
