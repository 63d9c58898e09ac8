//! Carrying answers across mappings: a framework the city did not assess directly (NIS2, say,
//! when ISO/IEC 27001 was assessed) gets a derived view that is honest about each relationship.
//! An assessed requirement that is equal to, or a superset of, the target carries its level; one
//! that is a subset of it or merely overlaps it can show the target as partly covered at most.

use std::collections::HashSet;

use crate::catalog::{Library, Relationship};

use super::model::Assessment;
use super::scope::requirements_in_scope;

/// How far the assessed requirements cover a requirement of another framework.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Coverage {
    /// No answered, mapped requirement speaks for it.
    NotCovered,
    /// Only requirements that are part of it or overlap it are answered.
    Partly,
    /// An equal or wider requirement is answered; its level carries over.
    Covered,
}

impl Coverage {
    /// Plain words for tables and reports; always says that the value is derived.
    pub fn label(self) -> &'static str {
        match self {
            Coverage::NotCovered => "not covered (derived)",
            Coverage::Partly => "partly covered (derived)",
            Coverage::Covered => "covered (derived)",
        }
    }
}

/// The derived view of one requirement.
#[derive(Debug, Clone, PartialEq)]
pub struct DerivedItem {
    /// The requirement of the framework not assessed directly.
    pub qid: String,
    /// How far it is covered.
    pub coverage: Coverage,
    /// The carried level: the lowest level among the equal or wider sources, when covered.
    pub level: Option<u8>,
    /// The assessed requirements it is derived from, with how each relates to it.
    pub sources: Vec<(String, Relationship)>,
}

/// Derives coverage for every requirement of `framework` from the assessment's answered,
/// applicable requirements, through every loaded mapping in either direction.
pub fn derived_coverage(
    assessment: &Assessment,
    library: &Library,
    framework: &str,
) -> Vec<DerivedItem> {
    let in_scope: HashSet<&str> = requirements_in_scope(assessment, library)
        .iter()
        .map(|v| v.qid)
        .collect();
    derive_with_scope(assessment, library, &in_scope, framework)
}

/// Every requirement related to `qid` through a loaded mapping, in either direction, with how it
/// relates to `qid` ("related is … qid").
pub(crate) fn related_requirements<'a>(
    library: &'a Library,
    qid: &str,
) -> impl Iterator<Item = (&'a str, Relationship)> {
    library
        .mappings_to(qid)
        .into_iter()
        .map(|m| (m.mapping.source.as_str(), m.mapping.relationship))
        .chain(
            library
                .mappings_from(qid)
                .into_iter()
                .map(|m| (m.mapping.target.as_str(), m.mapping.relationship.inverse())),
        )
}

/// [`derived_coverage`] with the assessment's scope already worked out (the insights derive
/// several frameworks from one scope).
pub(crate) fn derive_with_scope(
    assessment: &Assessment,
    library: &Library,
    in_scope: &HashSet<&str>,
    framework: &str,
) -> Vec<DerivedItem> {
    let level_of = |qid: &str| -> Option<u8> {
        if !in_scope.contains(qid) {
            return None;
        }
        assessment.answers.get(qid)?.applicable_level()
    };
    library
        .requirements()
        .filter(|view| view.framework.id == framework)
        .map(|view| {
            let mut item = DerivedItem {
                qid: view.qid.to_owned(),
                coverage: Coverage::NotCovered,
                level: None,
                sources: Vec::new(),
            };
            for (source, relationship) in related_requirements(library, view.qid) {
                let Some(level) = level_of(source) else {
                    continue;
                };
                let full = matches!(relationship, Relationship::Equal | Relationship::Superset);
                if full {
                    item.coverage = Coverage::Covered;
                    item.level = Some(item.level.map_or(level, |l| l.min(level)));
                } else if item.coverage == Coverage::NotCovered {
                    item.coverage = Coverage::Partly;
                }
                item.sources.push((source.to_owned(), relationship));
            }
            item
        })
        .collect()
}
