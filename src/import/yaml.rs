//! Reading YAML without trusting it. The file is read as a stream of parser events
//! (`saphyr-parser`, pure Rust, with spans) and built into a [`Node`] tree here, so that every
//! limit is ours: nesting deeper than [`MAX_DEPTH`] is refused, and so is a file whose values —
//! aliases counted each time they are used, so a "billion laughs" bomb is caught early — would
//! exceed [`MAX_VALUES`]. A key given twice in a map is refused with both places. Tags are
//! ignored: a value is only ever a text, a list or a map, nothing is constructed from it.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser, ScalarStyle, Span};

use super::tree::{Doc, Loc, Node, Value};
use crate::catalog::{Position, Problem};

/// The deepest nesting of lists and maps read; a real library needs fewer than ten.
pub const MAX_DEPTH: usize = 64;

/// The most values (texts, lists, maps) one file may hold once its aliases are expanded:
/// twenty times what a 5 MB library holds.
pub const MAX_VALUES: usize = 4_000_000;

const EXPECTED: &str = "a YAML file as CISO Assistant writes its libraries";

/// An open list or map while its items are read.
enum Frame {
    List {
        items: Vec<Node>,
        loc: Loc,
        anchor: usize,
    },
    Map {
        entries: Vec<(String, Node)>,
        loc: Loc,
        anchor: usize,
        key: Option<(String, Loc)>,
    },
}

/// Builds the tree from the parser's events, counting values against the limits.
struct Builder<'d> {
    doc: Doc<'d>,
    stack: Vec<Frame>,
    anchors: HashMap<usize, (Node, usize)>,
    values: usize,
    root: Option<Node>,
}

fn loc(span: &Span) -> Loc {
    Loc::At(Position {
        line: span.start.line(),
        col: span.start.col() + 1,
    })
}

/// Parses `text` (the file `path`) into a tree, or the first problem with its line and column.
pub fn read(path: &str, text: &str) -> Result<Node, Problem> {
    let doc = Doc { path };
    let mut builder = Builder {
        doc,
        stack: Vec::new(),
        anchors: HashMap::new(),
        values: 0,
        root: None,
    };
    let mut documents = 0;
    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|e| {
            let m = e.marker();
            Problem::at(
                path,
                Position {
                    line: m.line(),
                    col: m.col() + 1,
                },
                format!("the YAML is not well-formed: {}", e.info()),
                EXPECTED,
            )
        })?;
        match event {
            Event::DocumentStart(_) => {
                documents += 1;
                if documents > 1 {
                    return Err(doc.problem(
                        &loc(&span),
                        "the file holds more than one YAML document",
                        "one library per file",
                    ));
                }
            }
            other => builder.event(other, &span)?,
        }
    }
    builder
        .root
        .ok_or_else(|| Problem::file(path, "the file holds no YAML data", EXPECTED))
}

impl Builder<'_> {
    fn event(&mut self, event: Event, span: &Span) -> Result<(), Problem> {
        match event {
            Event::Scalar(text, style, anchor, _) => {
                let value = if style == ScalarStyle::Plain && is_null(&text) {
                    Value::Null
                } else {
                    Value::Scalar(text.into_owned())
                };
                self.count(1, span)?;
                self.finish(
                    Node {
                        value,
                        loc: loc(span),
                    },
                    anchor,
                )
            }
            Event::SequenceStart(anchor, _) => {
                self.open(span)?;
                self.stack.push(Frame::List {
                    items: Vec::new(),
                    loc: loc(span),
                    anchor,
                });
                Ok(())
            }
            Event::MappingStart(anchor, _) => {
                self.open(span)?;
                self.stack.push(Frame::Map {
                    entries: Vec::new(),
                    loc: loc(span),
                    anchor,
                    key: None,
                });
                Ok(())
            }
            Event::SequenceEnd | Event::MappingEnd => self.close(span),
            Event::Alias(id) => {
                let Some((node, size)) = self.anchors.get(&id).cloned() else {
                    return Err(self.doc.problem(
                        &loc(span),
                        "an alias refers to no anchor",
                        "an alias (*name) after its anchor (&name)",
                    ));
                };
                self.count(size, span)?;
                self.finish(node, 0)
            }
            Event::Nothing | Event::StreamStart | Event::StreamEnd | Event::DocumentStart(_) => {
                Ok(())
            }
            Event::DocumentEnd => Ok(()),
        }
    }

    fn open(&mut self, span: &Span) -> Result<(), Problem> {
        self.count(1, span)?;
        if self.stack.len() >= MAX_DEPTH {
            return Err(self.doc.problem(
                &loc(span),
                format!("lists and maps nest deeper than {MAX_DEPTH} levels"),
                "a library nested as CISO Assistant writes it (a few levels)",
            ));
        }
        Ok(())
    }

    fn count(&mut self, values: usize, span: &Span) -> Result<(), Problem> {
        self.values = self.values.saturating_add(values);
        if self.values > MAX_VALUES {
            return Err(self.doc.problem(
                &loc(span),
                format!(
                    "the file holds more than {MAX_VALUES} values once its aliases are expanded"
                ),
                "a library without aliases that multiply its content",
            ));
        }
        Ok(())
    }

    fn close(&mut self, span: &Span) -> Result<(), Problem> {
        let (node, anchor) = match self.stack.pop() {
            Some(Frame::List { items, loc, anchor }) => (
                Node {
                    value: Value::List(items),
                    loc,
                },
                anchor,
            ),
            Some(Frame::Map {
                entries,
                loc,
                anchor,
                ..
            }) => (
                Node {
                    value: Value::Map(entries),
                    loc,
                },
                anchor,
            ),
            None => {
                return Err(self.doc.problem(
                    &loc(span),
                    "a list or map ends that never began",
                    EXPECTED,
                ));
            }
        };
        self.finish(node, anchor)
    }

    /// Puts a finished value into the list or map being read, or makes it the root.
    fn finish(&mut self, node: Node, anchor: usize) -> Result<(), Problem> {
        if anchor != 0 {
            let size = size_of(&node);
            self.anchors.insert(anchor, (node.clone(), size));
        }
        let doc = self.doc;
        match self.stack.last_mut() {
            None => {
                self.root = Some(node);
                Ok(())
            }
            Some(Frame::List { items, .. }) => {
                items.push(node);
                Ok(())
            }
            Some(Frame::Map { entries, key, .. }) => match key.take() {
                Some((name, key_loc)) => {
                    if let Some((_, first)) = entries.iter().find(|(k, _)| *k == name) {
                        return Err(doc.problem(
                            &key_loc,
                            format!(
                                "the key `{name}` is given twice in one map{}",
                                first_place(&first.loc)
                            ),
                            "each key once per map",
                        ));
                    }
                    entries.push((name, node));
                    Ok(())
                }
                None => match node.value {
                    Value::Scalar(name) => {
                        *key = Some((name, node.loc));
                        Ok(())
                    }
                    Value::Null => {
                        *key = Some((String::new(), node.loc));
                        Ok(())
                    }
                    _ => Err(doc.problem(
                        &node.loc,
                        "a map key is itself a list or a map",
                        "keys that are plain words such as ref_id or name",
                    )),
                },
            },
        }
    }
}

/// ", whose value first stands at line L, column C" for a repeated key.
fn first_place(loc: &Loc) -> String {
    match loc {
        Loc::At(p) => format!(" (first at line {}, column {})", p.line, p.col),
        Loc::Path(_) => String::new(),
    }
}

/// How many values a node holds, itself included.
fn size_of(node: &Node) -> usize {
    match &node.value {
        Value::Null | Value::Scalar(_) => 1,
        Value::List(items) => 1 + items.iter().map(size_of).sum::<usize>(),
        Value::Map(entries) => 1 + entries.iter().map(|(_, v)| size_of(v)).sum::<usize>(),
    }
}

/// YAML's plain spellings of null.
fn is_null(text: &str) -> bool {
    matches!(text, "" | "~" | "null" | "Null" | "NULL")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_maps_lists_and_places() {
        let node = read("a.yaml", "a: 1\nb:\n  - x\n  - 'y'\nc:\n").unwrap();
        let doc = Doc { path: "a.yaml" };
        assert_eq!(node.text(doc, "a").unwrap(), Some("1"));
        assert_eq!(node.texts(doc, "b").unwrap(), vec!["x", "y"]);
        assert_eq!(node.text(doc, "c").unwrap(), None);
        let b = node.get("b").unwrap();
        let Value::List(items) = &b.value else {
            panic!()
        };
        assert_eq!(items[1].loc, Loc::At(Position { line: 4, col: 5 }));
    }

    #[test]
    fn refuses_a_repeated_key_with_both_places() {
        let err = read("a.yaml", "a: 1\nb: 2\na: 3\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "a.yaml:3:1: the key `a` is given twice in one map (first at line 1, column 4); expected each key once per map"
        );
    }

    #[test]
    fn refuses_an_alias_bomb() {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        let mut previous = 'a';
        for name in 'b'..='k' {
            text.push_str(&format!(
                "{name}: &{name} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]\n"
            ));
            previous = name;
        }
        let err = read("bomb.yaml", &text).unwrap_err();
        assert!(
            err.to_string().contains("once its aliases are expanded"),
            "{err}"
        );
    }

    #[test]
    fn refuses_deep_nesting() {
        let text = format!("{}x{}", "[".repeat(100), "]".repeat(100));
        let err = read("deep.yaml", &text).unwrap_err();
        assert!(err.to_string().starts_with("deep.yaml:1:"), "{err}");
    }
}
