//! Naming contributors and assigning requirements to them: single requirements, whole groups or
//! whole frameworks of the assessment's scope, each requirement to one contributor at a time.

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
/// (`mim6`, all of it that is in scope).
pub fn resolve_items(
    assessment: &Assessment,
    library: &Library,
    items: &[String],
) -> Result<Vec<String>, SharingError> {
    let in_scope = requirements_in_scope(assessment, library);
    let mut chosen = std::collections::BTreeSet::new();
    for item in items {
        let item = item.trim();
        let (framework, group) = item.split_once(':').unwrap_or((item, ""));
        let mut matched = false;
        for view in &in_scope {
            let named = view.qid == item
                || (group.is_empty() && view.framework.id == framework)
                || (view.framework.id == framework && view.groups.iter().any(|g| g.id == group));
            if named {
                chosen.insert(view.qid);
                matched = true;
            }
        }
        if !matched {
            return Err(SharingError::UnknownItem(item.to_owned()));
        }
    }
    Ok(in_scope
        .iter()
        .filter(|v| chosen.contains(v.qid))
        .map(|v| v.qid.to_owned())
        .collect())
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
    let qids = resolve_items(assessment, library, items)?;
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
