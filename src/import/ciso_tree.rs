//! A CISO Assistant framework's `requirement_nodes` — a flat list, nested by `parent_urn` —
//! as our groups and requirements. A node that is not assessable is a heading: it becomes a
//! group, nested under its nearest heading. An assessable node is a requirement of the group of
//! its nearest heading; assessable nodes under it follow it in the same group (our
//! requirements do not nest), with a note naming the node they belong to. Assessable nodes
//! directly under the framework go into one group named after the framework. Headings with no
//! requirement anywhere under them are left out (and counted): our catalogs have no empty
//! groups.

use std::collections::HashMap;

use super::derived::{self, Imported, Names};
use super::ids::{UniqueIds, local_id, urn_tail};
use super::tree::{Doc, Loc, Node};
use crate::catalog::{Group, GroupKind, Problem};

/// The deepest nesting of requirement nodes read (real frameworks have fewer than eight).
pub const MAX_NODE_DEPTH: usize = 32;

/// The groups made, what was left out, and every requirement's URN with its qualified id.
#[derive(Debug, Clone)]
pub struct TreeOutcome {
    /// Top-level groups.
    pub groups: Vec<Group>,
    /// Headings left out because no requirement lies under them.
    pub empty_groups: usize,
    /// (node URN, `framework:id`) for every requirement.
    pub urns: Vec<(String, String)>,
}

/// One requirement node as read.
struct Raw<'a> {
    node: &'a Node,
    urn: String,
    assessable: bool,
    ref_id: String,
    name: String,
    description: String,
}

struct Build<'a, 'd> {
    doc: Doc<'d>,
    raw: Vec<Raw<'a>>,
    children: HashMap<Option<usize>, Vec<usize>>,
    ids: UniqueIds,
    reached: Vec<bool>,
    names: Names<'a>,
    framework_id: &'a str,
    groups_defined: &'a [(String, String)],
    empty_groups: usize,
    urns: Vec<(String, String)>,
}

/// Builds the groups of `framework` (whose URN is `framework_urn`).
pub fn build<'a>(
    doc: Doc,
    framework: &'a Node,
    framework_urn: &str,
    framework_id: &'a str,
    names: Names<'a>,
    groups_defined: &'a [(String, String)],
) -> Result<TreeOutcome, Problem> {
    let nodes = framework.list(doc, "requirement_nodes")?;
    let raw = read_nodes(doc, nodes)?;
    let children = link(doc, &raw, framework_urn)?;
    let mut build = Build {
        doc,
        reached: vec![false; raw.len()],
        raw,
        children,
        ids: UniqueIds::default(),
        names,
        framework_id,
        groups_defined,
        empty_groups: 0,
        urns: Vec::new(),
    };
    let groups = build.top_level(framework)?;
    if let Some(lost) = build.reached.iter().position(|r| !r) {
        return Err(doc.problem(
            build.raw[lost].node.loc_of("parent_urn"),
            format!(
                "the node {} never reaches the framework through its parent_urn (the parents form a loop)",
                build.raw[lost].urn
            ),
            "parent_urn chains that end at a node without parent_urn",
        ));
    }
    if groups.is_empty() {
        return Err(doc.problem(
            framework.loc_of("requirement_nodes"),
            "the framework has no assessable requirement node",
            "requirement_nodes with at least one `assessable: true`",
        ));
    }
    Ok(TreeOutcome {
        groups,
        empty_groups: build.empty_groups,
        urns: build.urns,
    })
}

fn read_nodes<'a>(doc: Doc, nodes: &'a [Node]) -> Result<Vec<Raw<'a>>, Problem> {
    let mut raw = Vec::with_capacity(nodes.len());
    let mut seen: HashMap<&str, &Loc> = HashMap::new();
    for node in nodes {
        node.map(doc, "a requirement node")?;
        let urn = node.required_text(doc, "urn", "a requirement node")?;
        if let Some(first) = seen.get(urn) {
            return Err(doc.problem(
                node.loc_of("urn"),
                format!("the urn {urn} is used by two nodes{}", place(first)),
                "a urn used by one node only",
            ));
        }
        seen.insert(urn, node.loc_of("urn"));
        raw.push(Raw {
            node,
            urn: urn.to_owned(),
            assessable: node.boolean(doc, "assessable")?.unwrap_or(false),
            ref_id: node.text_or_empty(doc, "ref_id")?,
            name: node.text_or_empty(doc, "name")?,
            description: node.text_or_empty(doc, "description")?,
        });
    }
    Ok(raw)
}

/// " (first at line L, column C)" where the place is known.
fn place(loc: &Loc) -> String {
    match loc {
        Loc::At(p) => format!(" (first at line {}, column {})", p.line, p.col),
        Loc::Path(path) => format!(" (first at {path})"),
    }
}

/// The children of each node (`None`: the framework), in file order.
fn link(
    doc: Doc,
    raw: &[Raw],
    framework_urn: &str,
) -> Result<HashMap<Option<usize>, Vec<usize>>, Problem> {
    let index: HashMap<&str, usize> = raw
        .iter()
        .enumerate()
        .map(|(i, r)| (r.urn.as_str(), i))
        .collect();
    let mut children: HashMap<Option<usize>, Vec<usize>> = HashMap::new();
    for (i, r) in raw.iter().enumerate() {
        let parent = match r.node.text(doc, "parent_urn")?.map(str::trim) {
            None | Some("") => None,
            Some(p) if p == framework_urn => None,
            Some(p) => match index.get(p) {
                Some(&j) if j != i => Some(j),
                Some(_) => {
                    return Err(doc.problem(
                        r.node.loc_of("parent_urn"),
                        format!("the node {} is its own parent", r.urn),
                        "the urn of another node, or the framework's",
                    ));
                }
                None => {
                    return Err(doc.problem(
                        r.node.loc_of("parent_urn"),
                        format!("the parent_urn {p} is not the urn of any node of this framework"),
                        "the urn of a node in requirement_nodes, or the framework's urn",
                    ));
                }
            },
        };
        children.entry(parent).or_default().push(i);
    }
    Ok(children)
}

impl Build<'_, '_> {
    fn top_level(&mut self, framework: &Node) -> Result<Vec<Group>, Problem> {
        let top = self.children.get(&None).cloned().unwrap_or_default();
        let mut loose = Group {
            id: String::new(),
            kind: GroupKind::Section,
            title: self.names.name.to_owned(),
            summary: "The requirements the library places directly under the framework.".to_owned(),
            notes: Vec::new(),
            groups: Vec::new(),
            requirements: Vec::new(),
            ways_to_meet: Vec::new(),
        };
        let mut groups = Vec::new();
        // The framework's own group takes its id first so that it keeps the short one.
        if top.iter().any(|&i| self.raw[i].assessable) {
            // The framework's own (lower-case) id: the tree then shows the group by its title.
            let base = self.framework_id.to_owned();
            loose.id = self.ids.claim(&base);
        }
        for &i in &top {
            self.reached[i] = true;
            if self.raw[i].assessable {
                self.requirement(i, None, &mut loose)?;
                self.fill(i, &mut loose, 1, Some(i))?;
            } else if let Some(group) = self.group(i, 1)? {
                groups.push(group);
            }
        }
        let _ = framework;
        if !loose.requirements.is_empty() || !loose.groups.is_empty() {
            groups.insert(0, loose);
        }
        Ok(groups)
    }

    /// The group for heading `i`, or `None` when nothing assessable lies under it.
    fn group(&mut self, i: usize, depth: usize) -> Result<Option<Group>, Problem> {
        self.check_depth(i, depth)?;
        let r = &self.raw[i];
        let base = local_id(&r.ref_id)
            .or_else(|| local_id(urn_tail(&r.urn)))
            .unwrap_or_else(|| "G".to_owned());
        let (title, summary) = if !r.name.is_empty() {
            (r.name.clone(), r.description.clone())
        } else if !r.ref_id.is_empty() {
            (r.ref_id.clone(), r.description.clone())
        } else if !r.description.is_empty() {
            (derived::title_from(&r.description), r.description.clone())
        } else {
            return Err(self.doc.problem(
                &r.node.loc,
                format!("the node {} has no name, ref_id or description", r.urn),
                "a name (or a ref_id or description) on every requirement node",
            ));
        };
        let mut group = Group {
            id: self.ids.claim(&base),
            kind: GroupKind::Section,
            title,
            summary,
            notes: Vec::new(),
            groups: Vec::new(),
            requirements: Vec::new(),
            ways_to_meet: Vec::new(),
        };
        self.fill(i, &mut group, depth, None)?;
        if group.groups.is_empty() && group.requirements.is_empty() {
            self.empty_groups += 1;
            return Ok(None);
        }
        Ok(Some(group))
    }

    /// Adds the nodes under `i` to `group`; `owner` is the assessable node they belong to.
    fn fill(
        &mut self,
        i: usize,
        group: &mut Group,
        depth: usize,
        owner: Option<usize>,
    ) -> Result<(), Problem> {
        let kids = self.children.get(&Some(i)).cloned().unwrap_or_default();
        for c in kids {
            self.reached[c] = true;
            if self.raw[c].assessable {
                self.check_depth(c, depth + 1)?;
                self.requirement(c, owner, group)?;
                self.fill(c, group, depth + 1, Some(c))?;
            } else if let Some(child) = self.group(c, depth + 1)? {
                group.groups.push(child);
            }
        }
        Ok(())
    }

    fn check_depth(&self, i: usize, depth: usize) -> Result<(), Problem> {
        if depth > MAX_NODE_DEPTH {
            return Err(self.doc.problem(
                &self.raw[i].node.loc,
                format!("requirement nodes nest deeper than {MAX_NODE_DEPTH} levels"),
                "a framework nested a few levels deep",
            ));
        }
        Ok(())
    }

    fn requirement(
        &mut self,
        i: usize,
        owner: Option<usize>,
        group: &mut Group,
    ) -> Result<(), Problem> {
        let doc = self.doc;
        let r = &self.raw[i];
        let node = r.node;
        let tail = urn_tail(&r.urn);
        let base = local_id(&r.ref_id)
            .or_else(|| local_id(tail))
            .unwrap_or_else(|| "R".to_owned());
        let id = self.ids.claim(&base);
        let mut notes = Vec::new();
        if id != base {
            notes.push(format!(
                "The library gives this node the ref_id “{base}”, which another node of it also has; it is {id} here."
            ));
        }
        if let Some(o) = owner {
            let owner = &self.raw[o];
            let shown = if owner.ref_id.is_empty() {
                &owner.urn
            } else {
                &owner.ref_id
            };
            notes.push(format!("Part of {shown} in the library."));
        }
        let (title, statement) = match (r.name.is_empty(), r.description.is_empty()) {
            (false, false) => (r.name.clone(), r.description.clone()),
            (false, true) => (r.name.clone(), r.name.clone()),
            (true, false) => (
                if r.ref_id.is_empty() {
                    derived::title_from(&r.description)
                } else {
                    r.ref_id.clone()
                },
                r.description.clone(),
            ),
            (true, true) => {
                return Err(doc.problem(
                    &node.loc,
                    format!(
                        "the assessable node {} has neither a name nor a description",
                        r.urn
                    ),
                    "a name or a description on every assessable node",
                ));
            }
        };
        let igs = node.texts(doc, "implementation_groups")?;
        for ig in &igs {
            if !self.groups_defined.is_empty() && !self.groups_defined.iter().any(|(d, _)| d == ig)
            {
                return Err(doc.problem(
                    node.loc_of("implementation_groups"),
                    format!("the implementation group {ig} is not in the framework's implementation_groups_definition"),
                    "ref_ids of implementation_groups_definition",
                ));
            }
        }
        if !igs.is_empty() {
            notes.push(format!("Implementation groups: {}.", igs.join(", ")));
        }
        let evidence = node
            .text_or_empty(doc, "typical_evidence")?
            .lines()
            .map(|l| {
                l.trim()
                    .trim_start_matches(['-', '*', '•'])
                    .trim()
                    .to_owned()
            })
            .filter(|l| !l.is_empty())
            .collect();
        let item = Imported {
            id: id.clone(),
            title,
            statement,
            guidance: node.text_or_empty(doc, "annotation")?,
            evidence,
            locator: r.urn.clone(),
            notes,
        };
        self.urns
            .push((r.urn.clone(), format!("{}:{id}", self.framework_id)));
        group
            .requirements
            .push(derived::requirement(item, self.names));
        Ok(())
    }
}
