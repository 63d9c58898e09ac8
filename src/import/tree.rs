//! The one shape both readers (YAML and JSON) turn a file into: a tree of nodes, each knowing
//! where it stands in the file — its line and column when the parser gives spans (YAML), else
//! its path in the document (`catalog.groups[1].controls[3]`, JSON) — so that every content
//! problem found while converting can be reported at its place.

use crate::catalog::{Position, Problem};

/// Where a node stands in its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loc {
    /// Line and column (YAML).
    At(Position),
    /// The path in the document (JSON, whose reader keeps no spans).
    Path(String),
}

/// One value of the file.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null`, `~` or nothing.
    Null,
    /// A text, number or boolean, kept as the text the file gives.
    Scalar(String),
    /// A list.
    List(Vec<Node>),
    /// A map, in file order; keys are unique (a key given twice is refused by the readers).
    Map(Vec<(String, Node)>),
}

/// A value and its place.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The value.
    pub value: Value,
    /// Where it stands.
    pub loc: Loc,
}

/// The file a tree was read from, for wording problems.
#[derive(Debug, Clone, Copy)]
pub struct Doc<'a> {
    /// The file as the user named it.
    pub path: &'a str,
}

impl Doc<'_> {
    /// A problem at `loc`: `file:line:col: …` or `file: path: …`.
    pub fn problem(&self, loc: &Loc, message: impl Into<String>, expected: &str) -> Problem {
        match loc {
            Loc::At(position) => Problem::at(self.path, *position, message, expected),
            Loc::Path(path) if path.is_empty() => Problem::file(self.path, message, expected),
            Loc::Path(path) => {
                Problem::file(self.path, format!("{path}: {}", message.into()), expected)
            }
        }
    }
}

/// What a value is, in plain words, for "expected a text, found a list".
fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "nothing (null)",
        Value::Scalar(_) => "a text",
        Value::List(_) => "a list",
        Value::Map(_) => "a map",
    }
}

impl Node {
    /// The value under `key` when this node is a map holding it.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Map(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Where a field of this node stands: the field's own value when present, else this node.
    pub fn loc_of(&self, key: &str) -> &Loc {
        self.get(key).map_or(&self.loc, |n| &n.loc)
    }

    /// This node as a map; any other value is a problem.
    pub fn map(&self, doc: Doc, what: &str) -> Result<&[(String, Node)], Problem> {
        match &self.value {
            Value::Map(entries) => Ok(entries),
            other => Err(doc.problem(
                &self.loc,
                format!("{what} is {}", kind_of(other)),
                "a map of fields",
            )),
        }
    }

    /// The text under `key`; missing or null is `None`, a list or map is a problem.
    pub fn text(&self, doc: Doc, key: &str) -> Result<Option<&str>, Problem> {
        match self.get(key).map(|n| (n, &n.value)) {
            None | Some((_, Value::Null)) => Ok(None),
            Some((_, Value::Scalar(text))) => Ok(Some(text.as_str())),
            Some((node, other)) => Err(doc.problem(
                &node.loc,
                format!("the field `{key}` is {}", kind_of(other)),
                "a text",
            )),
        }
    }

    /// The text under `key`, trimmed, or "" when missing.
    pub fn text_or_empty(&self, doc: Doc, key: &str) -> Result<String, Problem> {
        Ok(self.text(doc, key)?.map(str::trim).unwrap_or("").to_owned())
    }

    /// The text under `key`, which must be there and not be empty.
    pub fn required_text(&self, doc: Doc, key: &str, owner: &str) -> Result<&str, Problem> {
        match self.text(doc, key)? {
            Some(text) if !text.trim().is_empty() => Ok(text.trim()),
            _ => Err(doc.problem(
                self.loc_of(key),
                format!("{owner} needs a `{key}`"),
                &format!("a non-empty text in `{key}`"),
            )),
        }
    }

    /// The list under `key`; missing or null is an empty list, anything else a problem.
    pub fn list(&self, doc: Doc, key: &str) -> Result<&[Node], Problem> {
        match self.get(key).map(|n| (n, &n.value)) {
            None | Some((_, Value::Null)) => Ok(&[]),
            Some((_, Value::List(items))) => Ok(items),
            Some((node, other)) => Err(doc.problem(
                &node.loc,
                format!("the field `{key}` is {}", kind_of(other)),
                "a list",
            )),
        }
    }

    /// The texts of the list under `key` (each item a text).
    pub fn texts(&self, doc: Doc, key: &str) -> Result<Vec<String>, Problem> {
        let mut out = Vec::new();
        for item in self.list(doc, key)? {
            match &item.value {
                Value::Scalar(text) => out.push(text.trim().to_owned()),
                Value::Null => {}
                other => {
                    return Err(doc.problem(
                        &item.loc,
                        format!("an item of `{key}` is {}", kind_of(other)),
                        "a text",
                    ));
                }
            }
        }
        Ok(out)
    }

    /// The boolean under `key` (`true`/`false` in any case); missing is `None`.
    pub fn boolean(&self, doc: Doc, key: &str) -> Result<Option<bool>, Problem> {
        let Some(text) = self.text(doc, key)? else {
            return Ok(None);
        };
        match text.trim().to_ascii_lowercase().as_str() {
            "true" => Ok(Some(true)),
            "false" => Ok(Some(false)),
            _ => Err(doc.problem(
                self.loc_of(key),
                format!("the field `{key}` is “{text}”"),
                "true or false",
            )),
        }
    }

    /// The whole number under `key`; missing is `None`.
    pub fn integer(&self, doc: Doc, key: &str) -> Result<Option<i64>, Problem> {
        let Some(text) = self.text(doc, key)? else {
            return Ok(None);
        };
        text.trim().parse::<i64>().map(Some).map_err(|_| {
            doc.problem(
                self.loc_of(key),
                format!("the field `{key}` is “{text}”, not a whole number"),
                "a whole number",
            )
        })
    }
}
