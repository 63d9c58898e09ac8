//! A framework as an OSCAL catalog: groups as groups, requirements as controls with their
//! statement (obligations as items) and guidance parts, our other texts (why it matters, the
//! question, the tender clause, evidence examples) as parts in our namespace, the display id in
//! a `label` prop, and the framework's sources, with their licences, in the back-matter. The
//! importer reads our namespace back, so that export and import give the same requirements.

use std::collections::{BTreeMap, HashMap};

use serde_json::{Map, Value, json};

use super::OscalError;
use super::common::{
    content_fingerprint, date_time, label, line, metadata, our_part, prop, put_list, put_text,
    source_resources,
};
use super::ids::{Uuids, item_token};
use crate::catalog::{Framework, Group, Requirement};

/// The class of a group that holds the requirements of its parent group, which has groups too
/// (an OSCAL group holds either groups or controls).
pub const DIRECT_CLASS: &str = "direct-requirements";

/// What the id of such a group adds to its parent's.
const DIRECT_SUFFIX: &str = "_direct";

/// The OSCAL catalog of `framework`, dated `date` (`YYYY-MM-DD`: when its content was last
/// revised).
pub fn catalog(framework: &Framework, date: &str) -> Result<Value, OscalError> {
    let uuids = Uuids::new(&content_fingerprint(framework));
    let (resources, source_uuids) = source_resources(&framework.sources, &uuids, &framework.id);
    let mut writer = CatalogWriter {
        framework,
        source_uuids,
        tokens: HashMap::new(),
    };
    let groups = framework
        .groups
        .iter()
        .map(|group| writer.group(group))
        .collect::<Result<Vec<_>, _>>()?;
    let mut extra = Map::new();
    extra.insert(
        "props".into(),
        json!([
            prop("framework-id", &framework.id),
            prop("framework-kind", format!("{:?}", framework.kind)),
            prop("short-name", &framework.short_name),
        ]),
    );
    put_text(&mut extra, "remarks", &framework.summary);
    let mut catalog = Map::new();
    catalog.insert("uuid".into(), uuids.of("catalog").into());
    catalog.insert(
        "metadata".into(),
        metadata(
            &framework.name,
            &date_time(date, date),
            &framework.version,
            extra,
        ),
    );
    put_list(&mut catalog, "groups", groups);
    if !resources.is_empty() {
        catalog.insert("back-matter".into(), json!({ "resources": resources }));
    }
    Ok(json!({ "catalog": catalog }))
}

/// Walks one framework, handing out tokens and refusing two items that would share one.
struct CatalogWriter<'a> {
    framework: &'a Framework,
    source_uuids: BTreeMap<String, String>,
    /// Token → the id it was made from.
    tokens: HashMap<String, String>,
}

impl CatalogWriter<'_> {
    fn token(&mut self, id: &str) -> Result<String, OscalError> {
        let token = item_token(&self.framework.id, id);
        match self.tokens.insert(token.clone(), id.to_owned()) {
            Some(other) if other != id => Err(OscalError::TokenClash {
                framework: self.framework.id.clone(),
                first: other,
                second: id.to_owned(),
                token,
            }),
            _ => Ok(token),
        }
    }

    fn group(&mut self, group: &Group) -> Result<Value, OscalError> {
        let id = self.token(&group.id)?;
        let mut out = Map::new();
        out.insert("id".into(), id.clone().into());
        out.insert("title".into(), Value::String(line(&group.title, &group.id)));
        out.insert(
            "props".into(),
            json!([
                label(&group.id),
                prop("group-kind", format!("{:?}", group.kind))
            ]),
        );
        let mut parts = Vec::new();
        if !group.summary.trim().is_empty() {
            parts.push(
                json!({ "id": format!("{id}_ovw"), "name": "overview", "prose": group.summary.trim() }),
            );
        }
        parts.extend(notes_part(&id, &group.notes));
        put_list(&mut out, "parts", parts);
        let groups = group
            .groups
            .iter()
            .map(|g| self.group(g))
            .collect::<Result<Vec<_>, _>>()?;
        let controls = group
            .requirements
            .iter()
            .map(|r| self.control(r))
            .collect::<Result<Vec<_>, _>>()?;
        if groups.is_empty() {
            put_list(&mut out, "controls", controls);
        } else {
            // An OSCAL group holds groups or controls, not both: the requirements of a group
            // that also has groups go into a first group of their own, marked by its class
            // (the importer takes them back into the parent).
            let mut all = Vec::with_capacity(groups.len() + 1);
            if !controls.is_empty() {
                all.push(json!({
                    "id": format!("{id}{DIRECT_SUFFIX}"),
                    "class": DIRECT_CLASS,
                    "title": line(&group.title, &group.id),
                    "controls": controls,
                }));
            }
            all.extend(groups);
            put_list(&mut out, "groups", all);
        }
        Ok(Value::Object(out))
    }

    fn control(&mut self, requirement: &Requirement) -> Result<Value, OscalError> {
        let id = self.token(&requirement.id)?;
        let mut props = vec![
            label(&requirement.id),
            prop("strength", format!("{:?}", requirement.strength)),
            prop("confidence", format!("{:?}", requirement.confidence)),
            prop("proof", format!("{:?}", requirement.proof)),
        ];
        if requirement.strength_inferred {
            props.push(prop("strength-inferred", "true"));
        }
        if !requirement.locator.trim().is_empty() {
            props.push(prop("locator", requirement.locator.trim()));
        }
        props.extend(
            requirement
                .related
                .iter()
                .map(|r| prop("related", r.trim())),
        );
        let mut out = Map::new();
        out.insert("id".into(), id.clone().into());
        out.insert(
            "title".into(),
            Value::String(line(&requirement.title, &requirement.id)),
        );
        out.insert("props".into(), Value::Array(props));
        if let Some(uuid) = self.source_uuids.get(&requirement.source) {
            out.insert(
                "links".into(),
                json!([{ "href": format!("#{uuid}"), "rel": "reference" }]),
            );
        }
        put_list(&mut out, "parts", control_parts(&id, requirement));
        Ok(Value::Object(out))
    }
}

/// The statement (with the obligations as items), the guidance, and our own texts.
fn control_parts(id: &str, requirement: &Requirement) -> Vec<Value> {
    let mut statement = Map::new();
    statement.insert("id".into(), format!("{id}_smt").into());
    statement.insert("name".into(), "statement".into());
    put_text(&mut statement, "prose", &requirement.statement);
    let items: Vec<Value> = requirement
        .obligations
        .iter()
        .filter(|o| !o.trim().is_empty())
        .enumerate()
        .map(|(n, text)| {
            json!({
                "id": format!("{id}_smt.{}", n + 1),
                "name": "item",
                "prose": text.trim(),
            })
        })
        .collect();
    put_list(&mut statement, "parts", items);
    let mut parts = vec![Value::Object(statement)];
    if !requirement.guidance.trim().is_empty() {
        parts.push(json!({
            "id": format!("{id}_gdn"),
            "name": "guidance",
            "prose": requirement.guidance.trim(),
        }));
    }
    for (suffix, name, text) in [
        ("why", "why", &requirement.why),
        ("qst", "question", &requirement.question),
        ("tdr", "tender-clause", &requirement.tender_clause),
    ] {
        if !text.trim().is_empty() {
            parts.push(our_part(&format!("{id}_{suffix}"), name, text.trim()));
        }
    }
    let examples: Vec<Value> = requirement
        .evidence
        .iter()
        .filter(|e| !e.trim().is_empty())
        .enumerate()
        .map(|(n, text)| our_part(&format!("{id}_evd.{}", n + 1), "item", text.trim()))
        .collect();
    if !examples.is_empty() {
        parts.push(json!({
            "id": format!("{id}_evd"),
            "name": "evidence",
            "ns": super::NS,
            "parts": examples,
        }));
    }
    parts.extend(notes_part(id, &requirement.notes));
    parts
}

/// The editorial notes of a group or requirement (scope, caveats, where a reading is ours) as
/// a part in our namespace with one item each; `None` when there are none.
fn notes_part(id: &str, notes: &[String]) -> Option<Value> {
    let items: Vec<Value> = notes
        .iter()
        .filter(|n| !n.trim().is_empty())
        .enumerate()
        .map(|(n, text)| our_part(&format!("{id}_nts.{}", n + 1), "item", text.trim()))
        .collect();
    (!items.is_empty()).then(|| {
        json!({
            "id": format!("{id}_nts"),
            "name": "notes",
            "ns": super::NS,
            "parts": items,
        })
    })
}
