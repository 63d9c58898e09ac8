//! Where one requirement stands in an assessment, in the four states the walk-through's tree,
//! its filters and the dashboard all show: unanswered, not applicable, below target, on target.

use crate::catalog::Library;

use super::gaps::target_for;
use super::model::Assessment;
use super::scope::requirements_in_scope;

/// The state of one requirement's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// No level and no not-applicable mark yet.
    Unanswered,
    /// Marked not applicable.
    NotApplicable,
    /// Answered, below its target.
    BelowTarget,
    /// Answered, at or above its target (or without a target to compare with).
    OnTarget,
}

/// One requirement in scope with its status and target.
#[derive(Debug, Clone, PartialEq)]
pub struct RequirementStatus {
    /// Qualified requirement id.
    pub qid: String,
    /// Its state.
    pub status: Status,
    /// Its target (own or the profile's), if the profile and scale are loaded.
    pub target: Option<u8>,
}

/// The status of every requirement in scope, in reading order.
pub fn statuses(assessment: &Assessment, library: &Library) -> Vec<RequirementStatus> {
    requirements_in_scope(assessment, library)
        .into_iter()
        .map(|view| {
            let target = target_for(assessment, library, view.qid, view.requirement.strength);
            let answer = assessment.answers.get(view.qid);
            let status = match answer {
                Some(a) if a.is_not_applicable() => Status::NotApplicable,
                Some(a) => match (a.applicable_level(), target) {
                    (None, _) => Status::Unanswered,
                    (Some(level), Some(target)) if level < target => Status::BelowTarget,
                    (Some(_), _) => Status::OnTarget,
                },
                None => Status::Unanswered,
            };
            RequirementStatus {
                qid: view.qid.to_owned(),
                status,
                target,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Answer, Organisation};
    use crate::catalog;

    #[test]
    fn each_state_is_told_apart() {
        let library = catalog::load_embedded().library;
        let mut a = Assessment::new(
            Organisation::default(),
            &["mim6"],
            "city-0-5",
            "mim-baseline",
        );
        let level = |current| Answer {
            current: Some(current),
            ..Answer::default()
        };
        a.answers.insert("mim6:R1".into(), level(0));
        a.answers.insert("mim6:R2".into(), level(5));
        a.answers.insert(
            "mim6:R3".into(),
            Answer {
                not_applicable: Some("No such system".into()),
                ..Answer::default()
            },
        );
        let found = statuses(&a, &library);
        let of = |qid: &str| found.iter().find(|s| s.qid == qid).map(|s| s.status);
        assert_eq!(of("mim6:R1"), Some(Status::BelowTarget));
        assert_eq!(of("mim6:R2"), Some(Status::OnTarget));
        assert_eq!(of("mim6:R3"), Some(Status::NotApplicable));
        assert_eq!(of("mim6:R4"), Some(Status::Unanswered));
    }
}
