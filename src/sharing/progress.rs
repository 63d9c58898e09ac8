//! How far the shared assessment has come, per contributor: what is assigned to them, how much
//! of it is answered in the assessment, how much they submitted, and how many answers were
//! merged from their parts. The dashboard, the top bar and `mim-assistant progress` show these.

use std::collections::BTreeSet;

use crate::assessment::{Assessment, Contributor};

/// One contributor's progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContributorProgress {
    /// Who.
    pub contributor: Contributor,
    /// Requirements assigned to them.
    pub assigned: usize,
    /// Of those, answered in the assessment (a level or not applicable), by whomever.
    pub answered: usize,
    /// Requirements in their parts that are still out.
    pub out: usize,
    /// Requirements in their parts that came back marked submitted.
    pub submitted: usize,
    /// Answers in the assessment merged from their parts.
    pub merged: usize,
}

/// The progress of every contributor, in the team's order.
pub fn progress(assessment: &Assessment) -> Vec<ContributorProgress> {
    let team = &assessment.team;
    team.contributors
        .iter()
        .map(|contributor| {
            let name = contributor.name.as_str();
            let assigned: Vec<&str> = team.assigned_to(name).collect();
            let answered = assigned
                .iter()
                .filter(|qid| {
                    assessment
                        .answers
                        .get(**qid)
                        .is_some_and(|a| a.current.is_some() || a.is_not_applicable())
                })
                .count();
            let theirs = team.handouts.iter().filter(|h| h.contributor == name);
            let mut out = BTreeSet::new();
            let mut submitted = BTreeSet::new();
            for handout in theirs {
                let items = handout.items.iter().map(String::as_str);
                if handout.merged.is_none() {
                    out.extend(items.clone());
                }
                if handout.submitted {
                    submitted.extend(items);
                }
            }
            let merged = assessment
                .answers
                .values()
                .filter(|a| a.answered_by.as_deref() == Some(name))
                .count();
            ContributorProgress {
                contributor: contributor.clone(),
                assigned: assigned.len(),
                answered,
                out: out.len(),
                submitted: submitted.len(),
                merged,
            }
        })
        .collect()
}

/// The answers one contributor gave, as merged into the assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contribution {
    /// Who (as named in the team; a name no longer in the team keeps its answers).
    pub contributor: Contributor,
    /// The requirements whose answers are theirs, in id order.
    pub requirements: Vec<String>,
}

/// Who answered what: every contributor with at least one answer merged from their parts, in
/// the team's order, then names no longer in the team. The report lists these.
pub fn contributions(assessment: &Assessment) -> Vec<Contribution> {
    let mut by_name: std::collections::BTreeMap<&str, Vec<String>> = Default::default();
    for (qid, answer) in &assessment.answers {
        if let Some(name) = &answer.answered_by {
            by_name.entry(name).or_default().push(qid.clone());
        }
    }
    let mut list: Vec<Contribution> = assessment
        .team
        .contributors
        .iter()
        .filter_map(|c| {
            Some(Contribution {
                contributor: c.clone(),
                requirements: by_name.remove(c.name.as_str())?,
            })
        })
        .collect();
    list.extend(
        by_name
            .into_iter()
            .map(|(name, requirements)| Contribution {
                contributor: Contributor {
                    name: name.to_owned(),
                    ..Contributor::default()
                },
                requirements,
            }),
    );
    list
}
