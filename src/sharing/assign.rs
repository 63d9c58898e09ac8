//! Naming contributors and assigning requirements to them: single requirements, whole groups or
//! whole frameworks of the assessment's scope, each requirement to one contributor at a time.

use std::collections::HashMap;

use crate::assessment::{Assessment, Contributor, Team, requirements_in_scope};
use crate::catalog::Library;

use super::SharingError;

/// Adds `contributor` to the team; names are trimmed and must be unique.
pub fn add_contributor(team: &mut Team, contributor: Contributor) -> Result<(), SharingError> {
    let contributor = Contributor {
        name: contributor.name.trim().to_owned(),
        role: contributor.role.trim().to_owned(),
        email: contributor.email.trim().to_owned(),
    };
    if contributor.name.is_empty() {
        return Err(SharingError::EmptyName);
    }
    if team.contributor(&contributor.name).is_some() {
        return Err(SharingError::DuplicateContributor(contributor.name));
    }
    team.contributors.push(contributor);
    Ok(())
}

/// The requirements `items` name, in scope order without repeats: a requirement id
/// (`iso27001:A.5.15`), a group (`iso27001:A.5`, every requirement under it) or a framework
/// (`mim6`, all of it that is in scope). One pass over the scope, so that handing out a part
/// of thousands of requirements stays quick.
pub fn resolve_items(
    assessment: &Assessment,
    library: &Library,
    items: &[String],
) -> Result<Vec<String>, SharingError> {
    let wanted: Vec<&str> = items.iter().map(|item| item.trim()).collect();
    // What each item may name, to the items that name it: a requirement by its id, a framework
    // (`mim6`), a group (`iso27001:A.5`).
    let mut by_id: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_framework: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_group: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
    for (index, item) in wanted.iter().enumerate() {
        by_id.entry(item).or_default().push(index);
        match item.split_once(':') {
            None | Some((_, "")) => {
                let framework = item.split(':').next().unwrap_or_default();
                by_framework.entry(framework).or_default().push(index);
            }
            Some((framework, group)) => by_group.entry((framework, group)).or_default().push(index),
        }
    }
    let mut matched = vec![false; wanted.len()];
    let mut chosen = Vec::new();
    for view in requirements_in_scope(assessment, library) {
        let framework = view.framework.id.as_str();
        let groups = view
            .groups
            .iter()
            .filter_map(|g| by_group.get(&(framework, g.id.as_str())));
        let naming: Vec<&Vec<usize>> = by_id
            .get(view.qid)
            .into_iter()
            .chain(by_framework.get(framework))
            .chain(groups)
            .collect();
        for index in naming.iter().copied().flatten() {
            matched[*index] = true;
        }
        if !naming.is_empty() {
            chosen.push(view.qid.to_owned());
        }
    }
    match matched.iter().position(|m| !m) {
        Some(index) => Err(SharingError::UnknownItem(wanted[index].to_owned())),
        None => Ok(chosen),
    }
}

/// Assigns the requirements `items` name to `contributor`, or takes them off whoever has them
/// with `None`. Returns how many requirements changed hands; changes nothing on an error.
pub fn assign(
    assessment: &mut Assessment,
    library: &Library,
    contributor: Option<&str>,
    items: &[String],
) -> Result<usize, SharingError> {
    if let Some(name) = contributor
        && assessment.team.contributor(name).is_none()
    {
        return Err(SharingError::UnknownContributor(name.to_owned()));
    }
    // Taking back may name a requirement assigned before it left the scope (it can no
    // longer be resolved, but must still be possible to take off).
    let stale: Vec<String> = items
        .iter()
        .filter(|item| contributor.is_none() && assessment.team.assignments.contains_key(*item))
        .cloned()
        .collect();
    let rest: Vec<String> = items
        .iter()
        .filter(|i| !stale.contains(i))
        .cloned()
        .collect();
    let mut qids = resolve_items(assessment, library, &rest)?;
    qids.extend(stale);
    let assignments = &mut assessment.team.assignments;
    let mut changed = 0;
    for qid in qids {
        let before = match contributor {
            Some(name) => assignments.insert(qid, name.to_owned()),
            None => assignments.remove(&qid),
        };
        if before.as_deref() != contributor {
            changed += 1;
        }
    }
    Ok(changed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::example_assessment;
    use crate::catalog;

    fn example() -> (Library, Assessment) {
        let library = catalog::load_embedded().library;
        let mut assessment = example_assessment(&library);
        for name in ["Erik Holm", "Lena Berg"] {
            let contributor = Contributor {
                name: name.to_owned(),
                ..Contributor::default()
            };
            add_contributor(&mut assessment.team, contributor).unwrap();
        }
        (library, assessment)
    }

    fn items(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|id| (*id).to_owned()).collect()
    }

    /// The requirements of the assessment's scope that `keep` picks, in scope order.
    fn in_scope(
        assessment: &Assessment,
        library: &Library,
        keep: impl Fn(&crate::catalog::RequirementView) -> bool,
    ) -> Vec<String> {
        requirements_in_scope(assessment, library)
            .iter()
            .filter(|v| keep(v))
            .map(|v| v.qid.to_owned())
            .collect()
    }

    #[test]
    fn a_requirement_names_itself() {
        let (library, a) = example();
        let chosen = resolve_items(&a, &library, &items(&[" iso27001:A.5.15 "])).unwrap();
        assert_eq!(chosen, ["iso27001:A.5.15"]);
    }

    #[test]
    fn a_group_names_every_requirement_under_it_in_scope_order_without_repeats() {
        let (library, a) = example();
        let group = in_scope(&a, &library, |v| {
            v.framework.id == "iso27001" && v.groups.iter().any(|g| g.id == "A.5")
        });
        assert_eq!(
            group.len(),
            37,
            "ISO/IEC 27001:2022 Annex A.5 has 37 controls"
        );
        // The group, a requirement of it again and a requirement named before its group.
        let chosen = resolve_items(
            &a,
            &library,
            &items(&["iso27001:A.5.20", "iso27001:A.5", "iso27001:A.5.1"]),
        )
        .unwrap();
        assert_eq!(chosen, group);
    }

    #[test]
    fn a_framework_names_all_of_it_that_is_in_scope() {
        let (library, a) = example();
        let mim6 = in_scope(&a, &library, |v| v.framework.id == "mim6");
        assert!(!mim6.is_empty());
        assert_eq!(
            resolve_items(&a, &library, &items(&["mim6"])).unwrap(),
            mim6
        );
        let both = resolve_items(&a, &library, &items(&["iso27001:A.8", "mim6"])).unwrap();
        assert_eq!(both.len(), mim6.len() + 34, "Annex A.8 has 34 controls");
    }

    #[test]
    fn an_unknown_or_out_of_scope_item_is_refused_by_name() {
        let (library, a) = example();
        for unknown in ["iso27001:A.99", "iso27001:A.99.1", "nosuchframework", ""] {
            let result = resolve_items(&a, &library, &items(&["mim6", unknown]));
            assert!(
                matches!(&result, Err(SharingError::UnknownItem(item)) if item == unknown),
                "{unknown:?}: {result:?}"
            );
        }
        // A loaded framework that is not in the assessment's scope names nothing either.
        let outside = library
            .frameworks()
            .iter()
            .map(|f| f.framework.id.clone())
            .find(|id| !a.frameworks.iter().any(|c| &c.framework == id));
        if let Some(outside) = outside {
            assert!(resolve_items(&a, &library, &[outside]).is_err());
        }
    }

    #[test]
    fn assigning_counts_the_requirements_that_changed_hands() {
        let (library, mut a) = example();
        let group = items(&["iso27001:A.5"]);
        assert_eq!(
            assign(&mut a, &library, Some("Erik Holm"), &group).unwrap(),
            37
        );
        assert_eq!(a.team.assigned_to("Erik Holm").count(), 37);
        assert_eq!(
            assign(&mut a, &library, Some("Erik Holm"), &group).unwrap(),
            0,
            "assigning again changes nothing"
        );
        let one = items(&["iso27001:A.5.15"]);
        assert_eq!(
            assign(&mut a, &library, Some("Lena Berg"), &one).unwrap(),
            1
        );
        assert_eq!(a.team.assigned_to("Erik Holm").count(), 36);
        assert_eq!(
            a.team
                .assignments
                .get("iso27001:A.5.15")
                .map(String::as_str),
            Some("Lena Berg"),
            "a requirement has one contributor at a time"
        );
        assert_eq!(assign(&mut a, &library, None, &group).unwrap(), 37);
        assert!(a.team.assignments.is_empty());
        assert_eq!(
            assign(&mut a, &library, None, &group).unwrap(),
            0,
            "unassigning what nobody has changes nothing"
        );
    }

    #[test]
    fn a_refused_assignment_changes_nothing() {
        let (library, mut a) = example();
        assign(&mut a, &library, Some("Erik Holm"), &items(&["mim6"])).unwrap();
        let before = a.clone();
        let unknown_person = assign(&mut a, &library, Some("Nobody"), &items(&["iso27001:A.5"]));
        assert!(
            matches!(unknown_person, Err(SharingError::UnknownContributor(n)) if n == "Nobody")
        );
        let unknown_item = assign(
            &mut a,
            &library,
            Some("Lena Berg"),
            &items(&["iso27001:A.5", "iso27001:A.99"]),
        );
        assert!(matches!(unknown_item, Err(SharingError::UnknownItem(_))));
        let unassign_unknown = assign(&mut a, &library, None, &items(&["mim6", "x:y"]));
        assert!(unassign_unknown.is_err());
        assert_eq!(a, before);
    }

    #[test]
    fn contributors_have_unique_trimmed_names() {
        let mut team = Team::default();
        let named = |name: &str| Contributor {
            name: name.to_owned(),
            role: " HR ".to_owned(),
            ..Contributor::default()
        };
        add_contributor(&mut team, named("  Erik Holm ")).unwrap();
        assert_eq!(team.contributors[0].name, "Erik Holm");
        assert_eq!(team.contributors[0].role, "HR");
        assert!(matches!(
            add_contributor(&mut team, named("Erik Holm")),
            Err(SharingError::DuplicateContributor(_))
        ));
        assert!(matches!(
            add_contributor(&mut team, named("   ")),
            Err(SharingError::EmptyName)
        ));
        assert_eq!(team.contributors.len(), 1);
    }

    #[test]
    fn a_requirement_that_left_the_scope_can_be_taken_back_and_does_not_stop_a_hand_out() {
        let (library, mut a) = example();
        assign(
            &mut a,
            &library,
            Some("Erik Holm"),
            &items(&["mim6:R1", "mim6:R2"]),
        )
        .unwrap();
        // MIM6 leaves the scope; R1's assignment stays in the file.
        a.frameworks.retain(|f| f.framework != "mim6");
        assign(
            &mut a,
            &library,
            Some("Erik Holm"),
            &items(&["iso27001:A.5.15"]),
        )
        .unwrap();
        let handout = crate::sharing::hand_out(
            &mut a,
            &library,
            "Erik Holm",
            &[],
            crate::assessment::PartForm::PartFile,
            "2026-12-04",
        )
        .unwrap();
        assert_eq!(handout.items, ["iso27001:A.5.15"], "only what is in scope");
        assert_eq!(
            assign(&mut a, &library, None, &items(&["mim6:R1"])).unwrap(),
            1
        );
        assert!(!a.team.assignments.contains_key("mim6:R1"));
        assert!(a.team.assignments.contains_key("mim6:R2"));
    }
}
