//! The people an assessment is shared among, as the assessment file keeps them: the
//! contributors, which requirement each is asked to answer, and the parts handed out to them
//! (with the answers as they were then, so that a merge can tell who changed what since).
//! The hand-out, the merge and the progress figures are in [`crate::sharing`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::model::Answer;

/// Everything about sharing the assessment among colleagues. Empty, and left out of the file,
/// until the coordinator names a contributor, so files written before it existed read (and
/// fingerprint) as before.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Team {
    /// The colleagues who answer parts of the assessment, by name (unique).
    #[serde(default)]
    pub contributors: Vec<Contributor>,
    /// Who is asked to answer each requirement: qualified requirement id → contributor name.
    #[serde(default)]
    pub assignments: BTreeMap<String, String>,
    /// What the coordinator tells every contributor (shown at the top of each part).
    #[serde(default)]
    pub instructions: String,
    /// The parts handed out, oldest first.
    #[serde(default)]
    pub handouts: Vec<Handout>,
}

impl Team {
    /// True when nothing is shared (the field is then left out of the file).
    pub fn is_empty(&self) -> bool {
        self.contributors.is_empty()
            && self.assignments.is_empty()
            && self.instructions.is_empty()
            && self.handouts.is_empty()
    }

    /// The contributor called `name`.
    pub fn contributor(&self, name: &str) -> Option<&Contributor> {
        self.contributors.iter().find(|c| c.name == name)
    }

    /// The hand-out with the id `id`.
    pub fn handout(&self, id: &str) -> Option<&Handout> {
        self.handouts.iter().find(|h| h.id == id)
    }

    /// The requirements assigned to `name`, in id order.
    pub fn assigned_to<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.assignments
            .iter()
            .filter(move |(_, who)| who.as_str() == name)
            .map(|(qid, _)| qid.as_str())
    }

    /// The parts handed out and not merged back yet.
    pub fn parts_out(&self) -> usize {
        self.handouts.iter().filter(|h| h.merged.is_none()).count()
    }
}

/// A colleague who answers part of the assessment.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contributor {
    /// Their name, as the coordinator writes it; unique in the assessment.
    pub name: String,
    /// Their role (`IT operations`, `HR`).
    #[serde(default)]
    pub role: String,
    /// Their e-mail address, if the coordinator wants it on the part.
    #[serde(default)]
    pub email: String,
}

impl Contributor {
    /// "Name (role)", or the name alone.
    pub fn describe(&self) -> String {
        if self.role.is_empty() {
            self.name.clone()
        } else {
            format!("{} ({})", self.name, self.role)
        }
    }
}

/// The two forms a part is handed out in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PartForm {
    /// A part assessment (`.mimpart.ron`) opened in MIM Assistant.
    PartFile,
    /// A questionnaire workbook (`.xlsx`) for a spreadsheet program.
    Questionnaire,
}

/// One part handed out: to whom, which requirements, and their answers at that moment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Handout {
    /// The part's id (12 hex digits), written in the part too: the merge finds the hand-out by it.
    pub id: String,
    /// The contributor's name.
    pub contributor: String,
    /// The form it went out in.
    pub form: PartForm,
    /// When it was handed out (`YYYY-MM-DD`).
    pub date: String,
    /// The assessment's fingerprint when it was handed out, written in the part too.
    pub fingerprint: String,
    /// The requirements in the part, in id order.
    pub items: Vec<String>,
    /// The answers of those requirements when the part was handed out (an unanswered one is
    /// absent): an answer that differs from it now was changed by the coordinator since.
    /// Emptied once the part is merged.
    #[serde(default)]
    pub baseline: BTreeMap<String, Answer>,
    /// Whether the contributor marked the part submitted, as it came back.
    #[serde(default)]
    pub submitted: bool,
    /// When the part was merged back; `None` while it is out.
    #[serde(default)]
    pub merged: Option<String>,
}
