//! Our mapping sets as OSCAL mapping collections: one mapping per pair of catalogs the set
//! relates (source and target are our exported catalogs, `<framework>.catalog.json`), a map
//! per pair of requirements with its NIST IR 8477 relationship, the set's rationale, the pair's
//! provenance as remarks and its confidence as a category.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use super::common::{
    content_fingerprint, date_time, line, metadata, non_empty, prop, put_text, source_resources,
};
use super::ids::Uuids;
use super::results::control_token;
use crate::catalog::{Mapping, MappingSet, Rationale, Relationship};

/// The relationship values OSCAL's mapping model defines (the schema only checks that a value
/// is a token; tests check ours against this list).
pub const RELATIONSHIPS: &[&str] = &[
    "equal-to",
    "equivalent-to",
    "subset-of",
    "superset-of",
    "intersects-with",
    "no-relationship",
];

/// Our relationship ("source is … target") as OSCAL writes it.
pub fn relationship_token(relationship: Relationship) -> &'static str {
    match relationship {
        Relationship::Equal => "equal-to",
        Relationship::Subset => "subset-of",
        Relationship::Superset => "superset-of",
        Relationship::Intersects => "intersects-with",
    }
}

fn rationale_token(rationale: Rationale) -> &'static str {
    match rationale {
        Rationale::Syntactic => "syntactic",
        Rationale::Semantic => "semantic",
        Rationale::Functional => "functional",
    }
}

/// The file name our catalog export gives the catalog of `framework`.
pub fn catalog_file_name(framework: &str) -> String {
    format!("{}.catalog.json", super::ids::token(framework))
}

/// The framework part of a qualified id.
fn framework_of(qid: &str) -> &str {
    qid.split_once(':').map_or("", |(framework, _)| framework)
}

/// The mapping collection of `set`, dated `date` (`YYYY-MM-DD`).
pub fn mapping_collection(set: &MappingSet, date: &str) -> Value {
    let uuids = Uuids::new(&content_fingerprint(set));
    let mut by_pair: BTreeMap<(&str, &str), Vec<&Mapping>> = BTreeMap::new();
    for mapping in &set.mappings {
        by_pair
            .entry((framework_of(&mapping.source), framework_of(&mapping.target)))
            .or_default()
            .push(mapping);
    }
    let mappings: Vec<Value> = by_pair
        .iter()
        .map(|((source, target), pairs)| {
            json!({
                "uuid": uuids.of(&format!("mapping/{source}/{target}")),
                "source-resource": { "type": "catalog", "href": catalog_file_name(source) },
                "target-resource": { "type": "catalog", "href": catalog_file_name(target) },
                "maps": pairs.iter().map(|m| map(m, &uuids)).collect::<Vec<_>>(),
            })
        })
        .collect();
    let (resources, _) = source_resources(std::slice::from_ref(&set.origin), &uuids, &set.id);
    let mut extra = Map::new();
    extra.insert(
        "props".into(),
        json!([
            prop("mapping-set-id", &set.id),
            prop("derived", set.derived.to_string()),
        ]),
    );
    put_text(&mut extra, "remarks", &set.summary);
    let mut collection = Map::new();
    collection.insert("uuid".into(), uuids.of("mapping-collection").into());
    collection.insert(
        "metadata".into(),
        metadata(
            &set.title,
            &date_time(date, date),
            &set.origin.version,
            extra,
        ),
    );
    collection.insert(
        "provenance".into(),
        json!({
            "method": "human",
            "matching-rationale": rationale_token(set.rationale),
            "status": "complete",
            "mapping-description": non_empty(&set.summary, &line(&set.title, &set.id)),
        }),
    );
    collection.insert("mappings".into(), Value::Array(mappings));
    collection.insert("back-matter".into(), json!({ "resources": resources }));
    json!({ "mapping-collection": collection })
}

fn map(mapping: &Mapping, uuids: &Uuids) -> Value {
    let mut map = Map::new();
    map.insert(
        "uuid".into(),
        uuids
            .of(&format!("map/{}/{}", mapping.source, mapping.target))
            .into(),
    );
    map.insert(
        "relationship".into(),
        relationship_token(mapping.relationship).into(),
    );
    map.insert(
        "sources".into(),
        json!([{ "type": "control", "id-ref": control_token(&mapping.source) }]),
    );
    map.insert(
        "targets".into(),
        json!([{ "type": "control", "id-ref": control_token(&mapping.target) }]),
    );
    map.insert(
        "confidence-score".into(),
        json!({ "category": mapping.confidence.label() }),
    );
    map.insert(
        "props".into(),
        json!([
            prop("source", &mapping.source),
            prop("target", &mapping.target)
        ]),
    );
    put_text(&mut map, "remarks", &mapping.provenance);
    Value::Object(map)
}
