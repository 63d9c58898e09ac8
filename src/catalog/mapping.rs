//! Mapping sets: which requirement of one framework corresponds to which of another, with the
//! NIST IR 8477 set relationship, so that answers and tender items can be related across frameworks.

use serde::{Deserialize, Serialize};

use super::model::{Confidence, Source};

/// The newest mapping-set `format_version` this program reads and writes.
pub const MAPPING_FORMAT_VERSION: u32 = 1;

/// NIST IR 8477 set-theory relationship, read as "source is … target".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Relationship {
    /// The two say the same thing.
    Equal,
    /// The source covers part of the target.
    Subset,
    /// The source covers all of the target and more.
    Superset,
    /// They overlap; neither contains the other.
    Intersects,
}

impl Relationship {
    /// The same relationship read from the target's side.
    pub fn inverse(self) -> Relationship {
        match self {
            Relationship::Subset => Relationship::Superset,
            Relationship::Superset => Relationship::Subset,
            other => other,
        }
    }

    /// Plain words that start a sentence about the pair ("Equal to", "Part of" …).
    pub fn phrase(self) -> &'static str {
        match self {
            Relationship::Equal => "Equal to",
            Relationship::Subset => "Part of",
            Relationship::Superset => "Covers all of",
            Relationship::Intersects => "Overlaps with",
        }
    }
}

/// NIST IR 8477 rationale: on what basis two items were related.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Rationale {
    /// Same or nearly the same wording.
    Syntactic,
    /// Same meaning in different words.
    Semantic,
    /// Same effect when implemented.
    Functional,
}

/// A file of mappings from one framework to another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MappingSet {
    /// Version of the file format.
    pub format_version: u32,
    /// Identifier of the set (`mim6-iso27001`).
    pub id: String,
    /// Title shown in the mapping appendix.
    pub title: String,
    /// What the set relates and how it was made.
    pub summary: String,
    /// True when the pairs were inferred through a third framework; shown wherever they appear.
    pub derived: bool,
    /// The rationale that applies to every pair in the set.
    pub rationale: Rationale,
    /// Where the pairs come from.
    pub origin: Source,
    /// The pairs.
    pub mappings: Vec<Mapping>,
}

/// One pair of related requirements.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// Qualified id of the source requirement (`mim6:R1`).
    pub source: String,
    /// Qualified id of the target requirement (`iso27001:A.5.15`).
    pub target: String,
    /// How the source relates to the target.
    pub relationship: Relationship,
    /// How the pair was established.
    pub provenance: String,
    /// How well the pair reflects its source.
    pub confidence: Confidence,
}
