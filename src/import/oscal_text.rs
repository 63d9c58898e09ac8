//! Texts of OSCAL catalogs: props looked up by name and namespace, `{{ insert: param, ID }}`
//! replaced by the parameter's label, and parts (a statement with its lettered items, a
//! guidance with its paragraphs) flattened into one text.

use std::collections::HashMap;

use super::tree::{Doc, Node};
use crate::catalog::Problem;

/// The namespace of MIM Assistant's own props and parts in the OSCAL it writes.
pub const OUR_NS: &str = crate::oscal::NS;

/// The value of the prop `name` in namespace `ns` (`None`: a prop with no `ns`).
pub fn prop(
    doc: Doc,
    node: &Node,
    name: &str,
    ns: Option<&str>,
) -> Result<Option<String>, Problem> {
    for p in node.list(doc, "props")? {
        p.map(doc, "a prop")?;
        let p_ns = p.text(doc, "ns")?.map(str::trim);
        if p.text(doc, "name")? == Some(name) && p_ns == ns {
            return Ok(Some(p.text_or_empty(doc, "value")?));
        }
    }
    Ok(None)
}

/// The values of every prop `name` in namespace `ns`, in order (a prop may repeat).
pub fn props_named(
    doc: Doc,
    node: &Node,
    name: &str,
    ns: Option<&str>,
) -> Result<Vec<String>, Problem> {
    let mut out = Vec::new();
    for p in node.list(doc, "props")? {
        p.map(doc, "a prop")?;
        if p.text(doc, "name")? == Some(name) && p.text(doc, "ns")?.map(str::trim) == ns {
            out.push(p.text_or_empty(doc, "value")?);
        }
    }
    Ok(out)
}

/// Parameter ids and what stands for them in a text: the label in brackets, else the
/// choices, else the id.
pub type Params = HashMap<String, String>;

/// Adds the `params` of `node` to `params`.
pub fn add_params(doc: Doc, node: &Node, params: &mut Params) -> Result<(), Problem> {
    for p in node.list(doc, "params")? {
        p.map(doc, "a parameter")?;
        let id = p.required_text(doc, "id", "a parameter")?.to_owned();
        let shown = match p.text(doc, "label")? {
            Some(label) if !label.trim().is_empty() => format!("[{}]", label.trim()),
            _ => {
                let choices = p
                    .get("select")
                    .map(|s| s.texts(doc, "choice"))
                    .transpose()?
                    .unwrap_or_default();
                if choices.is_empty() {
                    format!("[{id}]")
                } else {
                    format!("[{}]", choices.join(" | "))
                }
            }
        };
        params.insert(id, shown);
    }
    Ok(())
}

/// `text` with every `{{ insert: param, ID }}` replaced by what stands for the parameter
/// (`[ID]` for one the catalog does not define).
pub fn insert_params(text: &str, params: &Params) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let Some(len) = rest[start..].find("}}") else {
            break;
        };
        let inner = &rest[start + 2..start + len];
        out.push_str(&rest[..start]);
        match inner
            .trim()
            .strip_prefix("insert:")
            .map(|s| s.split(',').map(str::trim).collect::<Vec<_>>())
        {
            Some(parts) if parts.len() == 2 && parts[0] == "param" => {
                let id = parts[1];
                out.push_str(params.get(id).map_or(&format!("[{id}]"), |s| s));
            }
            _ => out.push_str(&rest[start..start + len + 2]),
        }
        rest = &rest[start + len + 2..];
    }
    out.push_str(rest);
    out
}

/// The parts of `node` named `name` (in namespace `ns`).
pub fn parts_named<'a>(
    doc: Doc,
    node: &'a Node,
    name: &str,
    ns: Option<&str>,
) -> Result<Vec<&'a Node>, Problem> {
    let mut out = Vec::new();
    for part in node.list(doc, "parts")? {
        part.map(doc, "a part")?;
        let part_ns = part.text(doc, "ns")?.map(str::trim);
        if part.text(doc, "name")? == Some(name) && part_ns == ns {
            out.push(part);
        }
    }
    Ok(out)
}

/// A part's prose with its sub-parts as lines below it: "a. …" from each sub-part's `label`
/// prop, nested ones indented.
pub fn flatten(doc: Doc, part: &Node, params: &Params) -> Result<String, Problem> {
    let mut lines = Vec::new();
    flatten_into(doc, part, params, 0, &mut lines)?;
    Ok(lines.join("\n").trim().to_owned())
}

fn flatten_into(
    doc: Doc,
    part: &Node,
    params: &Params,
    depth: usize,
    lines: &mut Vec<String>,
) -> Result<(), Problem> {
    let prose = insert_params(part.text_or_empty(doc, "prose")?.trim(), params);
    if depth == 0 {
        if !prose.is_empty() {
            lines.push(prose);
        }
    } else {
        let label = prop(doc, part, "label", None)?.unwrap_or_default();
        let indent = "  ".repeat(depth - 1);
        let line = [label.trim(), prose.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        if !line.is_empty() {
            lines.push(format!("{indent}{line}"));
        }
    }
    for sub in part.list(doc, "parts")? {
        sub.map(doc, "a part")?;
        flatten_into(doc, sub, params, depth + 1, lines)?;
    }
    Ok(())
}

/// The prose of a part and of every part under it, as paragraphs.
pub fn paragraphs(doc: Doc, part: &Node, params: &Params) -> Result<String, Problem> {
    let mut out = Vec::new();
    let prose = part.text_or_empty(doc, "prose")?;
    if !prose.is_empty() {
        out.push(insert_params(&prose, params));
    }
    for sub in part.list(doc, "parts")? {
        sub.map(doc, "a part")?;
        let text = paragraphs(doc, sub, params)?;
        if !text.is_empty() {
            out.push(text);
        }
    }
    Ok(out.join("\n\n"))
}

/// The prose of each sub-part named `item` (our obligations and evidence examples).
pub fn items(doc: Doc, part: &Node) -> Result<Vec<String>, Problem> {
    let mut out = Vec::new();
    for sub in part.list(doc, "parts")? {
        sub.map(doc, "a part")?;
        if sub.text(doc, "name")? == Some("item") {
            let prose = sub.text_or_empty(doc, "prose")?;
            if !prose.is_empty() {
                out.push(prose);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_are_replaced_by_their_labels() {
        let mut params = Params::new();
        params.insert("p1".into(), "[a duration]".into());
        assert_eq!(
            insert_params(
                "after {{ insert: param, p1 }} of {{ insert: param, p2 }}.",
                &params
            ),
            "after [a duration] of [p2]."
        );
        assert_eq!(insert_params("open {{ only", &params), "open {{ only");
    }
}
