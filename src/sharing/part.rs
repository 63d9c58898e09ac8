//! The part assessment (`.mimpart.ron`) a contributor opens in MIM Assistant: the coordinator's
//! assessment limited to the contributor's requirements, with the scale, the targets and the
//! coordinator's instructions, and the hand-out's id and fingerprint so that the merge finds
//! where it came from. The contributor answers in `assessment` and marks the part submitted.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::assessment::{Answer, Assessment, Contributor, StoreError};
use crate::catalog::{Locator, Problem, SourceFile, deserialize_located, unique_keys};
use crate::store::{declared_version, unknown_version};

/// The file ending of part assessments.
pub const PART_EXTENSION: &str = ".mimpart.ron";

/// The newest part `format_version`.
pub const PART_FORMAT_VERSION: u32 = 1;

/// True for paths named like part assessments.
pub fn is_part_file(path: &Path) -> bool {
    path.to_string_lossy().ends_with(PART_EXTENSION)
}

/// One contributor's part of an assessment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    /// Version of the file format.
    pub format_version: u32,
    /// The hand-out's id, as the coordinator's assessment records it.
    pub handout: String,
    /// The coordinator's assessment's fingerprint when the part was handed out.
    pub fingerprint: String,
    /// Who the part is for.
    pub contributor: Contributor,
    /// Who handed it out (the assessment's assessor).
    pub coordinator: String,
    /// What the coordinator asks of the contributor.
    #[serde(default)]
    pub instructions: String,
    /// When it was handed out (`YYYY-MM-DD`).
    pub handed_out: String,
    /// Set by the contributor when the answers are ready to be merged.
    #[serde(default)]
    pub submitted: bool,
    /// The requirements of the part, in scope order.
    pub items: Vec<String>,
    /// Their answers when the part was handed out (an unanswered one is absent).
    #[serde(default, deserialize_with = "unique_keys")]
    pub baseline: BTreeMap<String, Answer>,
    /// The contributor's working copy: the coordinator's assessment with only the part's
    /// answers; the walk-through shows only the part's requirements.
    pub assessment: Assessment,
}

impl Part {
    /// The answers the contributor gives back: those of the part's requirements.
    pub fn answers(&self) -> impl Iterator<Item = (&String, &Answer)> {
        let items: std::collections::BTreeSet<&String> = self.items.iter().collect();
        self.assessment
            .answers
            .iter()
            .filter(move |(qid, _)| items.contains(qid))
    }
}

/// Loads a part file.
pub fn load_part(path: &Path) -> Result<Part, StoreError> {
    parse_part(&SourceFile::read(path)?)
}

/// Parses part text; problems are located in `file`. Answers for requirements that are not in
/// the part are refused at their place.
pub fn parse_part(file: &SourceFile) -> Result<Part, StoreError> {
    let version = declared_version(file, "a part file starting `Part(format_version: 1, …`")?;
    if version != PART_FORMAT_VERSION {
        return Err(unknown_version(
            file,
            version,
            &format!("format_version {PART_FORMAT_VERSION}"),
        ));
    }
    let part: Part = deserialize_located(file).map_err(StoreError::Invalid)?;
    let locator = Locator::new(&file.text);
    let answers_at = locator.find_field("answers", 0).unwrap_or(0);
    let items: std::collections::BTreeSet<&String> = part.items.iter().collect();
    if let Some(stray) = part
        .assessment
        .answers
        .keys()
        .find(|qid| !items.contains(qid))
    {
        let at = file.text[answers_at..]
            .find(&format!("\"{stray}\""))
            .map_or(answers_at, |offset| answers_at + offset);
        return Err(StoreError::Invalid(Problem::at(
            &file.path,
            locator.position(at),
            format!("an answer for {stray}, which is not one of the part's requirements"),
            format!(
                "answers only for the part's items ({})",
                part.items.join(", ")
            ),
        )));
    }
    Ok(part)
}
