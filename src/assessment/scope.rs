//! Which requirements an assessment covers: the chosen frameworks, whole or limited to some of
//! their groups, in reading order.

use crate::catalog::{Library, RequirementView};

use super::model::Assessment;

/// The requirements in the assessment's scope, framework by framework in the order chosen.
/// Frameworks or groups that are not loaded contribute nothing (the validator reports them).
pub fn requirements_in_scope<'a>(
    assessment: &Assessment,
    library: &'a Library,
) -> Vec<RequirementView<'a>> {
    let mut in_scope = Vec::new();
    for (index, choice) in assessment.frameworks.iter().enumerate() {
        let seen_before = assessment.frameworks[..index]
            .iter()
            .any(|c| c.framework == choice.framework);
        if seen_before {
            continue; // a framework chosen twice counts once (the check reports it)
        }
        in_scope.extend(library.requirements().filter(|view| {
            view.framework.id == choice.framework
                && (choice.groups.is_empty()
                    || view.groups.iter().any(|g| choice.groups.contains(&g.id)))
        }));
    }
    in_scope
}

/// Answer ids that name no loaded requirement: kept in the file and reported, never dropped.
pub fn unknown_answer_ids<'a>(assessment: &'a Assessment, library: &Library) -> Vec<&'a str> {
    assessment
        .answers
        .keys()
        .filter(|qid| library.requirement(qid).is_none())
        .map(String::as_str)
        .collect()
}
