//! Checks an assessment against the loaded library: the scale, profile, frameworks and groups
//! exist, levels lie on the scale, and every not-applicable mark gives a reason. Answers for ids
//! the catalog no longer has are reported as notices and kept.

use std::collections::HashSet;

use crate::catalog::{Library, Locator, Problem, SourceFile};

use super::model::Assessment;
use super::scope::{requirements_in_scope, unknown_answer_ids};

/// What the check found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CheckReport {
    /// Problems that make the file wrong.
    pub problems: Vec<Problem>,
    /// Things the user should know that do not make the file wrong (answers for ids the catalog
    /// no longer has, which are kept as they are).
    pub notices: Vec<Problem>,
}

/// Checks `assessment`, read from `file`, against `library`.
pub fn check(assessment: &Assessment, file: &SourceFile, library: &Library) -> CheckReport {
    let locator = Locator::new(&file.text);
    let at_field = |field: &str| locator.position(locator.find_field(field, 0).unwrap_or(0));
    let at_string = |value: &str| locator.position(locator.find_string(value, 0).unwrap_or(0));
    // Answers come after the earlier rounds, which name the same ids.
    let answers_at = locator.find_field("answers", 0).unwrap_or(0);
    let at_answer =
        |qid: &str| locator.position(locator.find_string(qid, answers_at).unwrap_or(answers_at));
    let mut report = CheckReport::default();
    let mut problem = |position, message: String, expected: String| {
        report
            .problems
            .push(Problem::at(&file.path, position, message, expected));
    };
    let scale = library.scale(&assessment.scale);
    if scale.is_none() {
        let known: Vec<&str> = library.scales().iter().map(|s| s.id.as_str()).collect();
        problem(
            at_field("scale"),
            format!("scale `{}` is not loaded", assessment.scale),
            format!("one of: {}", known.join(", ")),
        );
    }
    if library.profile(&assessment.profile).is_none() {
        let known: Vec<&str> = library.profiles().iter().map(|p| p.id.as_str()).collect();
        problem(
            at_field("profile"),
            format!("target profile `{}` is not loaded", assessment.profile),
            format!("one of: {}", known.join(", ")),
        );
    }
    for (index, choice) in assessment.frameworks.iter().enumerate() {
        if assessment.frameworks[..index]
            .iter()
            .any(|c| c.framework == choice.framework)
        {
            problem(
                at_string(&choice.framework),
                format!("framework `{}` is chosen twice", choice.framework),
                "each framework once; list all the groups wanted in one choice".to_owned(),
            );
            continue;
        }
        let Some(framework) = library.framework(&choice.framework) else {
            problem(
                at_string(&choice.framework),
                format!("framework `{}` is not loaded", choice.framework),
                format!("one of: {}", library.framework_ids().join(", ")),
            );
            continue;
        };
        for group in &choice.groups {
            if framework.find_group(group).is_none() {
                problem(
                    at_string(group),
                    format!("framework `{}` has no group `{group}`", framework.id),
                    "the id of one of its groups, as `mim-assistant list` shows them".to_owned(),
                );
            }
        }
    }
    if let Some(scale) = scale {
        let (low, high) = scale.range();
        for (qid, answer) in &assessment.answers {
            for (what, level) in [("current", answer.current), ("target", answer.target)] {
                if let Some(level) = level.filter(|l| *l < low || *l > high) {
                    problem(
                        at_answer(qid),
                        format!(
                            "{qid}: {what} level {level} is not on the scale `{}`",
                            scale.id
                        ),
                        format!("a level from {low} to {high}"),
                    );
                }
            }
        }
    }
    for (qid, answer) in &assessment.answers {
        if answer
            .not_applicable
            .as_deref()
            .is_some_and(|reason| reason.trim().is_empty())
        {
            problem(
                at_answer(qid),
                format!("{qid} is marked not applicable without a reason"),
                "a reason in `not_applicable: Some(\"…\")`".to_owned(),
            );
        }
    }
    let mut notice = |qid: &str, message: String, expected: &str| {
        report
            .notices
            .push(Problem::at(&file.path, at_answer(qid), message, expected));
    };
    for qid in unknown_answer_ids(assessment, library) {
        notice(
            qid,
            format!("{qid} is not in the loaded catalogs; its answer is kept as it is"),
            "a requirement id that `mim-assistant list --ids` shows (or load the catalog it comes from)",
        );
    }
    let in_scope: HashSet<&str> = requirements_in_scope(assessment, library)
        .iter()
        .map(|v| v.qid)
        .collect();
    for (qid, answer) in &assessment.answers {
        if answer.is_not_applicable() && answer.current.is_some() {
            notice(
                qid,
                format!(
                    "{qid} is marked not applicable and also has a level; the level is ignored"
                ),
                "either a level or a not-applicable reason",
            );
        }
        if library.requirement(qid).is_some() && !in_scope.contains(qid.as_str()) {
            notice(
                qid,
                format!(
                    "{qid} is outside the chosen frameworks and groups; its answer is kept but not scored"
                ),
                "its framework or group in `frameworks`, or no answer",
            );
        }
    }
    report
}
