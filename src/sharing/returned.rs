//! A part as it comes back, whatever its form: the hand-out it names, who answered, whether
//! they submitted it, their answers, where each requirement sits in the file, and the values
//! that cannot be taken, each at its place.

use std::collections::BTreeMap;
use std::path::Path;

use crate::assessment::{Answer, Assessment, PartForm, StoreError};
use crate::catalog::{Library, Locator, Problem, SourceFile};
use crate::input::read_input_file;

use super::part::{is_part_file, parse_part};
use super::questionnaire::read_questionnaire;

/// A returned part, read.
#[derive(Debug, Clone, PartialEq)]
pub struct ReturnedPart {
    /// The file it was read from, as the user named it.
    pub source: String,
    /// Its form.
    pub form: PartForm,
    /// The hand-out it says it belongs to.
    pub handout: String,
    /// The assessment fingerprint it carries.
    pub fingerprint: String,
    /// The contributor it was for.
    pub contributor: String,
    /// Whether the contributor marked it submitted (a returned workbook always is).
    pub submitted: bool,
    /// The requirements of the part.
    pub items: Vec<String>,
    /// The contributor's answers, by requirement (an unanswered one is absent).
    pub answers: BTreeMap<String, Answer>,
    /// Where each requirement sits in the file (`file:line:col`, or `file: Sheet!A7`).
    pub places: BTreeMap<String, String>,
    /// Values that cannot be taken, with their places.
    pub flags: Vec<Flag>,
}

/// A value in a returned part that cannot be taken: the merge leaves the requirement out and
/// the part stays out, so a corrected part can be merged later.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    /// Where it is: `file:line:col` or `file: Sheet!F9`.
    pub place: String,
    /// The requirement concerned, when one is.
    pub qid: Option<String>,
    /// What is wrong and what was expected.
    pub message: String,
}

impl std::fmt::Display for Flag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

/// Reads a returned part: a `.mimpart.ron` part file or a `.xlsx` questionnaire (any other
/// ending is refused), against the coordinator's `assessment` and `library` (in the
/// assessment's language).
pub fn read_returned(
    path: &Path,
    assessment: &Assessment,
    library: &Library,
) -> Result<ReturnedPart, Problem> {
    let shown = path.display().to_string();
    let ending = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if is_part_file(path) {
        let file = SourceFile::read(path)
            .map_err(|e| Problem::file(&shown, format!("could not be read: {e}"), ""))?;
        return from_part_file(&file);
    }
    if ending == "xlsx" {
        let bytes = read_input_file(path)
            .map_err(|e| Problem::file(&shown, format!("could not be read: {e}"), ""))?;
        return read_questionnaire(&bytes, &shown, assessment, library);
    }
    Err(Problem::file(
        &shown,
        "is neither a part file nor a questionnaire",
        "a part file (.mimpart.ron) or a filled questionnaire (.xlsx)",
    ))
}

/// A part file, read and located.
pub(super) fn from_part_file(file: &SourceFile) -> Result<ReturnedPart, Problem> {
    let part = parse_part(file).map_err(|e| match e {
        StoreError::Invalid(problem) => problem,
        other => Problem::file(&file.path, other.to_string(), ""),
    })?;
    let locator = Locator::new(&file.text);
    let items_at = locator.find_field("items", 0).unwrap_or(0);
    // The ids stand in the items list in order, so each is searched for after the one before.
    let mut cursor = items_at;
    let places = part
        .items
        .iter()
        .map(|qid| {
            let quoted = format!("\"{qid}\"");
            let at = match file.text[cursor..].find(&quoted) {
                Some(offset) => {
                    cursor += offset + quoted.len();
                    cursor - quoted.len() + 1
                }
                None => items_at,
            };
            let p = locator.position(at);
            (qid.clone(), format!("{}:{}:{}", file.path, p.line, p.col))
        })
        .collect();
    Ok(ReturnedPart {
        source: file.path.clone(),
        form: PartForm::PartFile,
        handout: part.handout.clone(),
        fingerprint: part.fingerprint.clone(),
        contributor: part.contributor.name.clone(),
        submitted: part.submitted,
        items: part.items.clone(),
        answers: part
            .answers()
            .map(|(qid, answer)| (qid.clone(), answer.clone()))
            .collect(),
        places,
        flags: Vec::new(),
    })
}
