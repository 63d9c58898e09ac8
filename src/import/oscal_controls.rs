//! OSCAL groups and controls as our groups and requirements. Groups nest as in the file; a
//! control's display id is its `label` prop (no namespace) when it has one, else its id.
//! Sub-controls (enhancements) become requirements of the same group, right after their
//! control, with a note naming it. Controls directly under the catalog go into a group named
//! after the catalog; controls marked withdrawn and groups with no control are left out.

use super::derived::{self, Imported, Names, SOURCE_KEY};
use super::ids::{UniqueIds, local_id};
use super::oscal_text::{
    OUR_NS, Params, add_params, flatten, items, paragraphs, parts_named, prop, props_named,
};
use super::tree::{Doc, Node};
use crate::catalog::{Confidence, Group, GroupKind, Problem, Proof, Requirement, Source, Strength};
use crate::oscal::catalog::DIRECT_CLASS;

/// The deepest nesting of groups and controls read.
pub const MAX_GROUP_DEPTH: usize = 32;

/// What the walk over a catalog needs and counts.
pub struct Context<'a> {
    doc: Doc<'a>,
    framework_id: &'a str,
    name: &'a str,
    short_name: &'a str,
    ours: bool,
    /// (resource uuid, source key) of our back-matter.
    resources: Vec<(String, String)>,
    default_source: String,
    ids: UniqueIds,
    /// Groups with no control under them, left out.
    pub empty_groups: usize,
    /// Withdrawn controls, left out.
    pub withdrawn: usize,
}

impl<'a> Context<'a> {
    /// A walk over one catalog.
    pub fn new(
        doc: Doc<'a>,
        framework_id: &'a str,
        name: &'a str,
        short_name: &'a str,
        ours: bool,
        resources: Vec<(String, String)>,
        sources: &[Source],
    ) -> Self {
        Context {
            doc,
            framework_id,
            name,
            short_name,
            ours,
            resources,
            default_source: sources
                .first()
                .map_or_else(|| SOURCE_KEY.to_owned(), |s| s.key.clone()),
            ids: UniqueIds::default(),
            empty_groups: 0,
            withdrawn: 0,
        }
    }

    fn names(&self) -> Names<'a> {
        Names {
            name: self.name,
            short_name: self.short_name,
        }
    }
}

/// The groups of a catalog (its `groups`, and its loose `controls` in one group).
pub fn groups(cx: &mut Context, catalog: &Node, params: &Params) -> Result<Vec<Group>, Problem> {
    let doc = cx.doc;
    let mut out = Vec::new();
    if !catalog.list(doc, "controls")?.is_empty() {
        let base = cx.framework_id.to_owned();
        let mut loose = empty_group(cx.ids.claim(&base), cx.name.to_owned());
        loose.summary = "The controls the catalog places outside any group.".to_owned();
        controls(cx, catalog, params, &mut loose, 1, None)?;
        if loose.requirements.is_empty() {
            cx.empty_groups += 1;
        } else {
            out.push(loose);
        }
    }
    for node in catalog.list(doc, "groups")? {
        if let Some(group) = group(cx, node, params, 1)? {
            out.push(group);
        }
    }
    Ok(out)
}

fn empty_group(id: String, title: String) -> Group {
    Group {
        id,
        kind: GroupKind::Section,
        title,
        summary: String::new(),
        notes: Vec::new(),
        groups: Vec::new(),
        requirements: Vec::new(),
        ways_to_meet: Vec::new(),
    }
}

fn group(
    cx: &mut Context,
    node: &Node,
    params: &Params,
    depth: usize,
) -> Result<Option<Group>, Problem> {
    let doc = cx.doc;
    node.map(doc, "a group")?;
    check_depth(doc, node, depth)?;
    let title = node.required_text(doc, "title", "a group")?.to_owned();
    let raw_id = match prop(doc, node, "label", None)? {
        Some(label) if !label.trim().is_empty() => label,
        _ => node.text_or_empty(doc, "id")?,
    };
    let base = local_id(&raw_id).unwrap_or_else(|| "G".to_owned());
    let mut group = empty_group(cx.ids.claim(&base), title);
    if cx.ours {
        group.kind = match prop(doc, node, "group-kind", Some(OUR_NS))?.as_deref() {
            Some("Capability") => GroupKind::Capability,
            Some("Clause") => GroupKind::Clause,
            Some("Theme") => GroupKind::Theme,
            Some("Article") => GroupKind::Article,
            Some("Annex") => GroupKind::Annex,
            _ => GroupKind::Section,
        };
    }
    let mut params = params.clone();
    add_params(doc, node, &mut params)?;
    if let Some(overview) = parts_named(doc, node, "overview", None)?.first() {
        group.summary = paragraphs(doc, overview, &params)?;
    }
    if cx.ours
        && let Some(notes) = parts_named(doc, node, "notes", Some(OUR_NS))?.first()
    {
        group.notes = items(doc, notes)?;
    }
    for child in node.list(doc, "groups")? {
        if cx.ours && child.text_or_empty(doc, "class")? == DIRECT_CLASS {
            // Our export's wrapper for the requirements of a group that also has groups.
            controls(cx, child, &params, &mut group, depth + 1, None)?;
        } else if let Some(g) = self::group(cx, child, &params, depth + 1)? {
            group.groups.push(g);
        }
    }
    controls(cx, node, &params, &mut group, depth, None)?;
    // Our own export keeps a group without requirements (its notes say where they are).
    if !cx.ours && group.groups.is_empty() && group.requirements.is_empty() {
        cx.empty_groups += 1;
        return Ok(None);
    }
    Ok(Some(group))
}

fn check_depth(doc: Doc, node: &Node, depth: usize) -> Result<(), Problem> {
    if depth > MAX_GROUP_DEPTH {
        return Err(doc.problem(
            &node.loc,
            format!("groups and controls nest deeper than {MAX_GROUP_DEPTH} levels"),
            "a catalog nested a few levels deep",
        ));
    }
    Ok(())
}

/// The `controls` of `owner` (a group, the catalog or a control) into `group`, each followed
/// by its own sub-controls; `parent` is the display id of the control `owner` is, if it is one.
fn controls(
    cx: &mut Context,
    owner: &Node,
    params: &Params,
    group: &mut Group,
    depth: usize,
    parent: Option<&str>,
) -> Result<(), Problem> {
    let doc = cx.doc;
    for node in owner.list(doc, "controls")? {
        node.map(doc, "a control")?;
        check_depth(doc, node, depth + 1)?;
        let status = prop(doc, node, "status", None)?;
        if status
            .as_deref()
            .is_some_and(|s| s.eq_ignore_ascii_case("withdrawn"))
        {
            cx.withdrawn += 1;
            continue;
        }
        let mut params = params.clone();
        add_params(doc, node, &mut params)?;
        let requirement = control(cx, node, &params, parent)?;
        let id = requirement.id.clone();
        group.requirements.push(requirement);
        controls(cx, node, &params, group, depth + 1, Some(&id))?;
    }
    Ok(())
}

/// One control as a requirement; `parent` is the control it enhances, if any.
fn control(
    cx: &mut Context,
    node: &Node,
    params: &Params,
    parent: Option<&str>,
) -> Result<Requirement, Problem> {
    let doc = cx.doc;
    let title = node.required_text(doc, "title", "a control")?.to_owned();
    let control_id = node.required_text(doc, "id", "a control")?.to_owned();
    let raw_id = match prop(doc, node, "label", None)? {
        Some(label) if !label.trim().is_empty() => label,
        _ => control_id.clone(),
    };
    let base = local_id(&raw_id).unwrap_or_else(|| "R".to_owned());
    let id = cx.ids.claim(&base);
    let mut notes = Vec::new();
    if id != base {
        notes.push(format!(
            "The catalog gives the display id “{base}” to more than one item; it is {id} here."
        ));
    }
    if let Some(parent) = parent {
        notes.push(format!("An enhancement of {parent} in the catalog."));
    }
    let statement_part = parts_named(doc, node, "statement", None)?
        .into_iter()
        .next();
    if cx.ours {
        return our_control(cx, node, params, id, title, statement_part, notes);
    }
    let statement = match statement_part {
        Some(part) => flatten(doc, part, params)?,
        None => String::new(),
    };
    let statement = if statement.is_empty() {
        notes.push(
            "The catalog gives this control no statement; its title stands for it.".to_owned(),
        );
        title.clone()
    } else {
        statement
    };
    let mut guidance = Vec::new();
    for part in node.list(doc, "parts")? {
        part.map(doc, "a part")?;
        let name = part.text_or_empty(doc, "name")?;
        if name == "statement" || part.get("ns").is_some() {
            continue;
        }
        let text = paragraphs(doc, part, params)?;
        if text.is_empty() {
            continue;
        }
        if name == "guidance" {
            guidance.insert(0, text);
        } else {
            let label = prop(doc, part, "label", None)?.unwrap_or_else(|| capitalised(&name));
            guidance.push(format!("{label}: {text}"));
        }
    }
    let item = Imported {
        id,
        title,
        statement,
        guidance: guidance.join("\n\n"),
        evidence: Vec::new(),
        locator: control_id,
        notes,
    };
    Ok(derived::requirement(item, cx.names()))
}

/// A control of our own export: every field read back from our props and parts.
fn our_control(
    cx: &mut Context,
    node: &Node,
    params: &Params,
    id: String,
    title: String,
    statement_part: Option<&Node>,
    mut notes: Vec<String>,
) -> Result<Requirement, Problem> {
    let doc = cx.doc;
    let p = |name: &str| prop(doc, node, name, Some(OUR_NS));
    let part_text = |name: &str| -> Result<String, Problem> {
        match parts_named(doc, node, name, Some(OUR_NS))?.first() {
            Some(part) => Ok(part.text_or_empty(doc, "prose")?),
            None => Ok(String::new()),
        }
    };
    let (statement, obligations) = match statement_part {
        Some(part) => (
            super::oscal_text::insert_params(&part.text_or_empty(doc, "prose")?, params),
            items(doc, part)?,
        ),
        None => (String::new(), Vec::new()),
    };
    let strength = match p("strength")?.as_deref() {
        Some("Shall") => Strength::Shall,
        Some("May") => Strength::May,
        _ => Strength::Should,
    };
    let strength_inferred = p("strength-inferred")?.as_deref() == Some("true");
    let exported_notes = match parts_named(doc, node, "notes", Some(OUR_NS))?.first() {
        Some(part) => items(doc, part)?,
        None => Vec::new(),
    };
    if strength_inferred && exported_notes.is_empty() {
        notes.push(format!(
            "{} the exported catalog marks this strength as MIM Assistant's reading of its source; the wording it was read from is in the original catalog's notes, which the export does not carry.",
            crate::catalog::STRENGTH_NOTE
        ));
    }
    let confidence = match p("confidence")?.as_deref() {
        Some("Medium") => Confidence::Medium,
        Some("Low") => Confidence::Low,
        _ => Confidence::High,
    };
    let proof = match p("proof")?.as_deref() {
        Some("SelfDeclaration") => Proof::SelfDeclaration,
        Some("Certificate") => Proof::Certificate,
        Some("Demonstration") => Proof::Demonstration,
        Some("Test") => Proof::Test,
        _ => Proof::Documentation,
    };
    let evidence = match parts_named(doc, node, "evidence", Some(OUR_NS))?.first() {
        Some(part) => items(doc, part)?,
        None => Vec::new(),
    };
    let guidance = match parts_named(doc, node, "guidance", None)?.first() {
        Some(part) => part.text_or_empty(doc, "prose")?,
        None => String::new(),
    };
    let mut source = cx.default_source.clone();
    for link in node.list(doc, "links")? {
        let href = link.text_or_empty(doc, "href")?;
        if let Some((_, key)) = cx
            .resources
            .iter()
            .find(|(uuid, _)| href.strip_prefix('#') == Some(uuid.as_str()))
        {
            source = key.clone();
            break;
        }
    }
    Ok(Requirement {
        id,
        title,
        strength,
        strength_inferred,
        statement,
        obligations,
        why: part_text("why")?,
        question: part_text("question")?,
        guidance,
        evidence,
        tender_clause: part_text("tender-clause")?,
        proof,
        source,
        locator: p("locator")?.unwrap_or_default(),
        confidence,
        related: props_named(doc, node, "related", Some(OUR_NS))?,
        notes: [exported_notes, notes].concat(),
        ways_to_meet: Vec::new(),
    })
}

/// `name` with its first letter in capitals (`overview` → `Overview`).
fn capitalised(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
