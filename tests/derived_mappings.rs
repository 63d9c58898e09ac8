//! Derived mapping sets are what their summary says they are: the NIS2 Art. 21(2) → ISO/IEC
//! 27001 set is exactly the chain of the CIR → ISO pairs (ENISA) and the CIR → Art. 21(2) pairs,
//! so a correction of either base set (issue 16: section 13 of the CIR) cannot leave stale pairs
//! behind, and nothing rests on a CIR sub-section that serves another point.

// Test code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};

mod common;

use common::shipped;
use mim_assistant::catalog::{Confidence, Library, MappingSet};

fn set<'a>(library: &'a Library, id: &str) -> &'a MappingSet {
    library
        .mapping_sets()
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("mapping set {id} is shipped"))
}

/// (Art. 21(2) point, ISO item) → the CIR sub-sections it is reached through.
fn chain(library: &Library) -> BTreeMap<(String, String), BTreeSet<String>> {
    let mut point_of: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for m in &set(library, "nis2cir-nis2").mappings {
        point_of.entry(&m.source).or_default().push(&m.target);
    }
    let mut derived: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    for m in &set(library, "nis2cir-iso27001").mappings {
        for point in point_of.get(m.source.as_str()).into_iter().flatten() {
            derived
                .entry(((*point).to_owned(), m.target.clone()))
                .or_default()
                .insert(m.source.clone());
        }
    }
    derived
}

#[test]
fn art21_iso_pairs_are_the_chain_of_the_two_base_sets() {
    let library = shipped();
    let derived = chain(&library);
    let shipped_pairs: BTreeSet<(String, String)> = set(&library, "nis2art21-iso27001")
        .mappings
        .iter()
        .map(|m| (m.source.clone(), m.target.clone()))
        .collect();
    let expected: BTreeSet<(String, String)> = derived.keys().cloned().collect();
    let stale: Vec<_> = shipped_pairs.difference(&expected).collect();
    let missing: Vec<_> = expected.difference(&shipped_pairs).collect();
    assert!(
        stale.is_empty() && missing.is_empty(),
        "nis2art21-iso27001 differs from the chain: stale {stale:?}, missing {missing:?}"
    );
    // Every derived pair names the sub-sections it is reached through.
    for m in &set(&library, "nis2art21-iso27001").mappings {
        let via = &derived[&(m.source.clone(), m.target.clone())];
        for sub in via {
            let number = sub.trim_start_matches("nis2cir:");
            assert!(
                m.provenance.contains(number),
                "{} → {}: provenance names {number}: {}",
                m.source,
                m.target,
                m.provenance
            );
        }
    }
}

#[test]
fn each_cir_section_13_sub_section_serves_the_point_its_first_point_names() {
    let library = shipped();
    let pairs: BTreeSet<(&str, &str)> = set(&library, "nis2cir-nis2")
        .mappings
        .iter()
        .filter(|m| m.source.starts_with("nis2cir:13."))
        .map(|m| (m.source.as_str(), m.target.as_str()))
        .collect();
    assert_eq!(
        pairs,
        BTreeSet::from([
            ("nis2cir:13.1", "nis2:21.2.c"),
            ("nis2cir:13.2", "nis2:21.2.e"),
            ("nis2cir:13.3", "nis2:21.2.i"),
        ])
    );
    // No Art. 21(2) ↔ ISO pair is left at low confidence by a sub-section serving another point.
    let low: Vec<_> = set(&library, "nis2art21-iso27001")
        .mappings
        .iter()
        .filter(|m| m.confidence == Confidence::Low)
        .map(|m| format!("{} → {}", m.source, m.target))
        .collect();
    assert!(low.is_empty(), "low-confidence derived pairs: {low:?}");
}

#[test]
fn mim6_to_art21_pairs_are_the_chain_through_the_cir_for_both_numberings() {
    let library = shipped();
    let mut point_of: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for m in &set(&library, "nis2cir-nis2").mappings {
        point_of.entry(&m.source).or_default().push(&m.target);
    }
    let expected: BTreeSet<(&str, &str)> = set(&library, "mim6-nis2cir")
        .mappings
        .iter()
        .flat_map(|m| {
            point_of
                .get(m.target.as_str())
                .into_iter()
                .flatten()
                .map(move |point| (m.source.as_str(), *point))
        })
        .collect();
    let shipped_pairs: BTreeSet<(&str, &str)> = set(&library, "mim6-nis2")
        .mappings
        .iter()
        .map(|m| (m.source.as_str(), m.target.as_str()))
        .collect();
    assert_eq!(shipped_pairs, expected);
    assert!(
        shipped_pairs.iter().any(|(s, _)| s.starts_with("mim6alt:")),
        "the alternative numbering is mapped too"
    );
}
