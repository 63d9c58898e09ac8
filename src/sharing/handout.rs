//! Handing a part out: the coordinator's assessment records what went to whom, with the
//! answers as they were then, and gives the part's content — a [`Part`] file or a
//! questionnaire (see [`super::write_questionnaire`]).

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

use crate::assessment::{Assessment, Handout, PartForm, Team};
use crate::catalog::Library;
use crate::report::fingerprint;

use super::part::{PART_FORMAT_VERSION, Part};
use super::{SharingError, resolve_items};

/// Records a part for `contributor` in the assessment's team and returns it: the requirements
/// `items` name (requirements, groups or frameworks, see [`super::resolve_items`]), or, when
/// `items` is empty, every requirement assigned to the contributor; in scope order. The
/// fingerprint is the assessment's before the hand-out is recorded.
pub fn hand_out(
    assessment: &mut Assessment,
    library: &Library,
    contributor: &str,
    items: &[String],
    form: PartForm,
    today: &str,
) -> Result<Handout, SharingError> {
    if assessment.team.contributor(contributor).is_none() {
        return Err(SharingError::UnknownContributor(contributor.to_owned()));
    }
    let named: Vec<String> = if items.is_empty() {
        assessment
            .team
            .assigned_to(contributor)
            .map(str::to_owned)
            .collect()
    } else {
        items.to_vec()
    };
    let items = if named.is_empty() {
        named
    } else {
        resolve_items(assessment, library, &named)?
    };
    if items.is_empty() {
        return Err(SharingError::NothingToHandOut(contributor.to_owned()));
    }
    let fingerprint = fingerprint(assessment);
    let baseline: BTreeMap<_, _> = items
        .iter()
        .filter_map(|qid| Some((qid.clone(), assessment.answers.get(qid)?.clone())))
        .collect();
    let handout = Handout {
        id: handout_id(&fingerprint, contributor, form, &items, &assessment.team),
        contributor: contributor.to_owned(),
        form,
        date: today.to_owned(),
        fingerprint,
        items,
        baseline,
        submitted: false,
        merged: None,
    };
    assessment.team.handouts.push(handout.clone());
    Ok(handout)
}

/// A short id, unique in the assessment: 12 hex digits of a hash of what the part is.
fn handout_id(
    fingerprint: &str,
    contributor: &str,
    form: PartForm,
    items: &[String],
    team: &Team,
) -> String {
    let mut round = team.handouts.len();
    loop {
        let text = format!(
            "{fingerprint}|{contributor}|{form:?}|{}|{round}",
            items.join(",")
        );
        let digest = Sha256::digest(text.as_bytes());
        let id: String = digest.iter().take(6).map(|b| format!("{b:02x}")).collect();
        if team.handout(&id).is_none() {
            return id;
        }
        round += 1;
    }
}

impl Part {
    /// The part file of `handout`, from the coordinator's assessment: the same organisation,
    /// scale, profile, frameworks and language, with only the part's answers and no team.
    pub fn for_handout(assessment: &Assessment, handout: &Handout) -> Part {
        let mut work = assessment.clone();
        work.team = Team::default();
        work.answers = handout.baseline.clone();
        let contributor = assessment
            .team
            .contributor(&handout.contributor)
            .cloned()
            .unwrap_or_default();
        Part {
            format_version: PART_FORMAT_VERSION,
            handout: handout.id.clone(),
            fingerprint: handout.fingerprint.clone(),
            contributor,
            coordinator: assessment.assessor.clone(),
            instructions: assessment.team.instructions.clone(),
            handed_out: handout.date.clone(),
            submitted: false,
            items: handout.items.clone(),
            baseline: handout.baseline.clone(),
            assessment: work,
        }
    }
}

/// A file name for a part: the assessment's file stem, the contributor's name in letters and
/// digits, and the ending (`.mimpart.ron` or `.xlsx`).
pub fn part_file_name(assessment_stem: &str, contributor: &str, form: PartForm) -> String {
    let name: String = contributor
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let name = name.trim_matches('-');
    let ending = match form {
        PartForm::PartFile => super::PART_EXTENSION,
        PartForm::Questionnaire => ".xlsx",
    };
    format!("{assessment_stem}-{name}{ending}")
}
