//! CISO Assistant mapping libraries: `objects.requirement_mapping_set` (or the list
//! `requirement_mapping_sets`) as our [`MappingSet`]s. Each side of a pair is a requirement
//! node's URN, found among the requirements imported in the same call and those already in
//! the library (whose locator is that URN); a URN found nowhere is a problem at its place.
//! `equal`, `subset`, `superset` and `intersect` become our relationships (source relative to
//! target, as in NIST IR 8477 — the same reading CISO Assistant uses); `not_related` pairs say
//! nothing to assess and are left out (and counted). Our sets carry one rationale for all
//! their pairs, so a library set whose pairs give different rationales becomes one set per
//! rationale. `strength_of_relationship` (0–10) becomes the confidence: 7 and up high, 4 to 6
//! medium, below 4 low.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::ciso::{LibraryInfo, library_source};
use super::ids::{token, urn_tail};
use super::tree::{Doc, Node};
use crate::catalog::{
    Confidence, MAPPING_FORMAT_VERSION, Mapping, MappingSet, Problem, Rationale, Relationship,
};

/// The mapping sets of one library, and how many pairs were left out as `not_related`.
#[derive(Debug, Clone, Default)]
pub struct ConvertedMappings {
    /// The sets, ids not yet checked against the library.
    pub sets: Vec<MappingSet>,
    /// Pairs the library marks `not_related`.
    pub not_related: usize,
}

/// The mapping-set nodes of `objects`: the one `requirement_mapping_set` and the list
/// `requirement_mapping_sets`.
pub fn mapping_set_nodes<'a>(doc: Doc, objects: &'a Node) -> Result<Vec<&'a Node>, Problem> {
    let mut out: Vec<&Node> = objects.get("requirement_mapping_set").into_iter().collect();
    out.extend(objects.list(doc, "requirement_mapping_sets")?);
    Ok(out)
}

/// Converts one mapping set, resolving URNs with `resolve` (URN → qualified id).
pub fn convert_set(
    doc: Doc,
    info: &LibraryInfo,
    set: &Node,
    resolve: &HashMap<String, String>,
    out: &mut ConvertedMappings,
) -> Result<(), Problem> {
    set.map(doc, "a requirement mapping set")?;
    let urn = set
        .required_text(doc, "urn", "a requirement mapping set")?
        .to_owned();
    let ref_id = set.text_or_empty(doc, "ref_id")?;
    let base = token(&ref_id)
        .or_else(|| token(urn_tail(&urn)))
        .unwrap_or_else(|| "imported-mappings".to_owned());
    let name = match set.text_or_empty(doc, "name")? {
        n if n.is_empty() => urn.clone(),
        n => n,
    };
    let source_fw = set.text_or_empty(doc, "source_framework_urn")?;
    let target_fw = set.text_or_empty(doc, "target_framework_urn")?;
    let summary = match set.text_or_empty(doc, "description")? {
        d if d.is_empty() => format!(
            "The pairs the CISO Assistant library {} gives from {source_fw} to {target_fw}.",
            info.urn
        ),
        d => d,
    };
    let mut by_rationale: BTreeMap<&'static str, (Rationale, Vec<Mapping>)> = BTreeMap::new();
    let mut pairs: HashSet<(String, String)> = HashSet::new();
    for item in set.list(doc, "requirement_mappings")? {
        let Some((rationale, mapping)) = pair(doc, info, item, resolve, out)? else {
            continue;
        };
        if !pairs.insert((mapping.source.clone(), mapping.target.clone())) {
            return Err(doc.problem(
                &item.loc,
                format!(
                    "the pair {} → {} is given twice",
                    mapping.source, mapping.target
                ),
                "each pair of requirements once per set",
            ));
        }
        by_rationale
            .entry(rationale_word(rationale))
            .or_insert_with(|| (rationale, Vec::new()))
            .1
            .push(mapping);
    }
    if by_rationale.is_empty() {
        return Err(doc.problem(
            set.loc_of("requirement_mappings"),
            format!(
                "the mapping set {urn} gives no pair to import ({} marked not_related)",
                out.not_related
            ),
            "requirement_mappings with at least one related pair",
        ));
    }
    let split = by_rationale.len() > 1;
    for (word, (rationale, mappings)) in by_rationale {
        let (id, title) = if split {
            (format!("{base}-{word}"), format!("{name} ({word} pairs)"))
        } else {
            (base.clone(), name.clone())
        };
        out.sets.push(MappingSet {
            format_version: MAPPING_FORMAT_VERSION,
            id,
            title,
            summary: summary.clone(),
            derived: false,
            rationale,
            origin: library_source(info),
            mappings,
        });
    }
    Ok(())
}

/// One pair, or `None` for a `not_related` one.
fn pair(
    doc: Doc,
    info: &LibraryInfo,
    item: &Node,
    resolve: &HashMap<String, String>,
    out: &mut ConvertedMappings,
) -> Result<Option<(Rationale, Mapping)>, Problem> {
    item.map(doc, "a requirement mapping")?;
    let relationship_text = item
        .required_text(doc, "relationship", "a requirement mapping")?
        .to_ascii_lowercase();
    let relationship = match relationship_text.as_str() {
        "equal" => Relationship::Equal,
        "subset" => Relationship::Subset,
        "superset" => Relationship::Superset,
        "intersect" => Relationship::Intersects,
        "not_related" => {
            out.not_related += 1;
            return Ok(None);
        }
        other => {
            return Err(doc.problem(
                item.loc_of("relationship"),
                format!("the relationship “{other}” is not one CISO Assistant defines"),
                "equal, subset, superset, intersect or not_related",
            ));
        }
    };
    let mut ends = Vec::new();
    for key in ["source_requirement_urn", "target_requirement_urn"] {
        let urn = item.required_text(doc, key, "a requirement mapping")?;
        let qid = resolve.get(urn).ok_or_else(|| {
            doc.problem(
                item.loc_of(key),
                format!("the {key} {urn} is no requirement imported now or already in the library"),
                "the urn of a requirement node of a framework imported in the same call or earlier",
            )
        })?;
        ends.push(qid.clone());
    }
    if ends[0] == ends[1] {
        return Err(doc.problem(
            item.loc_of("target_requirement_urn"),
            format!("{} is mapped to itself", ends[0]),
            "a target that is another requirement",
        ));
    }
    let rationale_text = item.text_or_empty(doc, "rationale")?.to_ascii_lowercase();
    let (rationale, rationale_said) = match rationale_text.as_str() {
        "syntactic" => (Rationale::Syntactic, "rationale syntactic"),
        "semantic" => (Rationale::Semantic, "rationale semantic"),
        "functional" => (Rationale::Functional, "rationale functional"),
        "" => (Rationale::Semantic, "no rationale given (read as semantic)"),
        other => {
            return Err(doc.problem(
                item.loc_of("rationale"),
                format!("the rationale “{other}” is not one CISO Assistant defines"),
                "syntactic, semantic or functional",
            ));
        }
    };
    let strength = item.integer(doc, "strength_of_relationship")?;
    let (confidence, strength_said) = match strength {
        Some(s) if !(0..=10).contains(&s) => {
            return Err(doc.problem(
                item.loc_of("strength_of_relationship"),
                format!("the strength of relationship {s} is outside 0–10"),
                "a whole number from 0 to 10",
            ));
        }
        Some(s) if s >= 7 => (Confidence::High, format!("strength {s} of 10")),
        Some(s) if s >= 4 => (Confidence::Medium, format!("strength {s} of 10")),
        Some(s) => (Confidence::Low, format!("strength {s} of 10")),
        None => (
            Confidence::Medium,
            "no strength given (confidence medium)".to_owned(),
        ),
    };
    let annotation = item.text_or_empty(doc, "annotation")?;
    let mut provenance = format!(
        "From the CISO Assistant mapping library {}: {relationship_text}, {rationale_said}, {strength_said}.",
        info.urn
    );
    if !annotation.is_empty() {
        provenance.push(' ');
        provenance.push_str(&annotation);
    }
    let target = ends.pop().unwrap_or_default();
    let source = ends.pop().unwrap_or_default();
    Ok(Some((
        rationale,
        Mapping {
            source,
            target,
            relationship,
            provenance,
            confidence,
        },
    )))
}

fn rationale_word(rationale: Rationale) -> &'static str {
    match rationale {
        Rationale::Syntactic => "syntactic",
        Rationale::Semantic => "semantic",
        Rationale::Functional => "functional",
    }
}
