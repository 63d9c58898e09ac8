//! OSCAL 1.2.3 exports, for auditors' and compliance tools that read NIST's open format: our
//! catalogs as catalogs ([`catalog`]), an assessment as assessment results ([`results`]), its
//! roadmap as a plan of action and milestones ([`poam`]) and our mapping sets as mapping
//! collections ([`mapping`]). Ids become OSCAL tokens with the real id in a `label` prop, and
//! every UUID is derived from the content, so the same input gives the same file ([`ids`]).

pub mod catalog;
mod common;
pub mod ids;
pub mod mapping;
pub mod poam;
pub mod results;

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::assessment::{Assessment, Insights, StoreError, write_bytes_safely};
use crate::catalog::Library;

pub use catalog::catalog;
pub use mapping::{RELATIONSHIPS, catalog_file_name, mapping_collection, relationship_token};
pub use poam::plan_of_action;
pub use results::assessment_results;

/// The OSCAL version the exports follow.
pub const OSCAL_VERSION: &str = "1.2.3";

/// The namespace of the props and parts that are ours (maturity level, strength, the tender
/// clause …), so that OSCAL tools know they are not NIST's.
pub const NS: &str = "https://mim-assistant.eu/ns/oscal";

/// The date written as `last-modified` into exported catalogs and mapping collections when
/// none is given: the day the shipped checklists were last revised. (A date taken from the
/// clock would make every export a different file.)
pub const CHECKLISTS_REVISED: &str = "2026-12-04";

/// Why an OSCAL export could not be made.
#[derive(Debug, thiserror::Error)]
pub enum OscalError {
    /// No loaded catalog has this id.
    #[error("no catalog “{0}” is loaded; expected one of: {1}")]
    UnknownFramework(String, String),
    /// No loaded mapping set has this id.
    #[error("no mapping set “{0}” is loaded; expected one of: {1}")]
    UnknownMappingSet(String, String),
    /// Two ids of one catalog would share one OSCAL token.
    #[error(
        "in catalog “{framework}”, “{first}” and “{second}” both become the OSCAL id “{token}”; \
         expected ids that differ in letters, digits or . - _"
    )]
    TokenClash {
        /// The catalog.
        framework: String,
        /// The first id.
        first: String,
        /// The second id.
        second: String,
        /// The token both give.
        token: String,
    },
    /// The roadmap is empty: OSCAL's plan needs at least one item.
    #[error(
        "the roadmap is empty: no answered requirement is below its target, so there is no plan of action to write"
    )]
    NoGaps,
    /// The date given is not a real `YYYY-MM-DD`.
    #[error("“{0}” is not a date; expected YYYY-MM-DD")]
    BadDate(String),
    /// A file could not be written.
    #[error(transparent)]
    Write(#[from] StoreError),
    /// A folder could not be made.
    #[error("{path}: cannot create the folder: {source}")]
    Folder {
        /// The folder.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// Writes `value` as pretty JSON to `path` safely (temp file, sync, rename).
fn write_json(path: &Path, value: &Value) -> Result<(), OscalError> {
    // A `Value` with string keys always serialises.
    let mut bytes = serde_json::to_vec_pretty(value).unwrap_or_default();
    bytes.push(b'\n');
    write_bytes_safely(path, &bytes)?;
    Ok(())
}

fn make_folder(dir: &Path) -> Result<(), OscalError> {
    std::fs::create_dir_all(dir).map_err(|source| OscalError::Folder {
        path: dir.to_owned(),
        source,
    })
}

fn check_date(date: &str) -> Result<(), OscalError> {
    if crate::assessment::is_valid_date(date) {
        Ok(())
    } else {
        Err(OscalError::BadDate(date.to_owned()))
    }
}

/// Writes the catalogs `frameworks` (all loaded ones when empty) into `dir` as
/// `<id>.catalog.json`; returns the files written.
pub fn write_catalogs(
    library: &Library,
    frameworks: &[String],
    dir: &Path,
    date: &str,
) -> Result<Vec<PathBuf>, OscalError> {
    check_date(date)?;
    let chosen: Vec<&crate::catalog::Framework> = if frameworks.is_empty() {
        library.frameworks().iter().map(|f| &f.framework).collect()
    } else {
        frameworks
            .iter()
            .map(|id| {
                library.framework(id).ok_or_else(|| {
                    OscalError::UnknownFramework(id.clone(), library.framework_ids().join(", "))
                })
            })
            .collect::<Result<_, _>>()?
    };
    let documents = chosen
        .iter()
        .map(|f| Ok((catalog_file_name(&f.id), catalog(f, date)?)))
        .collect::<Result<Vec<_>, OscalError>>()?;
    make_folder(dir)?;
    documents
        .into_iter()
        .map(|(name, document)| {
            let path = dir.join(name);
            write_json(&path, &document)?;
            Ok(path)
        })
        .collect()
}

/// Writes the mapping sets `sets` (all loaded ones when empty) into `dir` as
/// `<id>.mapping.json`; returns the files written.
pub fn write_mappings(
    library: &Library,
    sets: &[String],
    dir: &Path,
    date: &str,
) -> Result<Vec<PathBuf>, OscalError> {
    check_date(date)?;
    let all = library.mapping_sets();
    let chosen: Vec<&crate::catalog::MappingSet> = if sets.is_empty() {
        all.iter().collect()
    } else {
        sets.iter()
            .map(|id| {
                all.iter().find(|s| &s.id == id).ok_or_else(|| {
                    let known: Vec<&str> = all.iter().map(|s| s.id.as_str()).collect();
                    OscalError::UnknownMappingSet(id.clone(), known.join(", "))
                })
            })
            .collect::<Result<_, _>>()?
    };
    make_folder(dir)?;
    chosen
        .into_iter()
        .map(|set| {
            let path = dir.join(format!("{}.mapping.json", ids::token(&set.id)));
            write_json(&path, &mapping_collection(set, date))?;
            Ok(path)
        })
        .collect()
}

/// Writes the assessment results of `assessment` to `path`.
pub fn write_results(
    assessment: &Assessment,
    library: &Library,
    path: &Path,
) -> Result<(), OscalError> {
    let insights = Insights::compute(assessment, library);
    write_json(path, &assessment_results(assessment, library, &insights))
}

/// Writes the plan of action and milestones of `assessment`'s roadmap to `path`.
pub fn write_plan_of_action(
    assessment: &Assessment,
    library: &Library,
    path: &Path,
) -> Result<(), OscalError> {
    let insights = Insights::compute(assessment, library);
    write_json(path, &plan_of_action(assessment, library, &insights)?)
}
