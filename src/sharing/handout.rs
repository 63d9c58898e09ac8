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
use crate::assessment::requirements_in_scope;

/// Records a part for `contributor` in the assessment's team and returns it: the requirements
/// `items` name (requirements, groups or frameworks, see [`super::resolve_items`]), or, when
/// `items` is empty, every requirement assigned to the contributor that is in the assessment's
/// scope; in scope order. The fingerprint is the assessment's before the hand-out is recorded.
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
    let items = if items.is_empty() {
        // Everything assigned to them that is still in scope (an assignment left from a
        // framework taken out of the scope is not handed out, and does not stop the rest).
        let assigned: std::collections::BTreeSet<&str> =
            assessment.team.assigned_to(contributor).collect();
        requirements_in_scope(assessment, library)
            .iter()
            .filter(|view| assigned.contains(view.qid))
            .map(|view| view.qid.to_owned())
            .collect()
    } else {
        resolve_items(assessment, library, items)?
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

/// The name of a part's file without its ending: the assessment's file stem and the
/// contributor's name in letters and digits (`sjobacka-Erik-Holm`).
pub fn part_file_stem(assessment_stem: &str, contributor: &str) -> String {
    let name: String = contributor
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    format!("{assessment_stem}-{}", name.trim_matches('-'))
}

/// The ending of a part's file: `.mimpart.ron` or `.xlsx`.
pub fn part_ending(form: PartForm) -> &'static str {
    match form {
        PartForm::PartFile => super::PART_EXTENSION,
        PartForm::Questionnaire => ".xlsx",
    }
}
