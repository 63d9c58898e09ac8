//! How many requirements of each framework in scope stand at each level, are not applicable or
//! are still open: the counts behind the report's heat map, computed once with the other
//! figures in [`super::Insights`], so they add up to the framework scores' own tallies.

use std::collections::BTreeMap;

use crate::catalog::Library;

use super::model::{Answer, Assessment};
use super::scope::requirements_in_scope;

/// The answers of one framework in scope, counted by level.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FrameworkLevels {
    /// Framework id.
    pub id: String,
    /// Framework name.
    pub name: String,
    /// Answered requirements per level (only levels some answer has).
    pub at_level: BTreeMap<u8, usize>,
    /// Requirements marked not applicable.
    pub not_applicable: usize,
    /// Requirements with neither a level nor a not-applicable mark.
    pub unanswered: usize,
}

impl FrameworkLevels {
    /// How many answered requirements stand at `level`.
    pub fn at(&self, level: u8) -> usize {
        self.at_level.get(&level).copied().unwrap_or(0)
    }

    /// All answered requirements.
    pub fn answered(&self) -> usize {
        self.at_level.values().sum()
    }
}

/// The level counts of every framework in scope, in the order the scorecard lists them.
pub fn level_counts(assessment: &Assessment, library: &Library) -> Vec<FrameworkLevels> {
    let mut rows: Vec<FrameworkLevels> = Vec::new();
    for view in requirements_in_scope(assessment, library) {
        if rows.last().is_none_or(|r| r.id != view.framework.id) {
            rows.push(FrameworkLevels {
                id: view.framework.id.clone(),
                name: view.framework.name.clone(),
                ..FrameworkLevels::default()
            });
        }
        let Some(row) = rows.last_mut() else {
            continue; // cannot happen: a row was pushed just above if none matched
        };
        let answer = assessment.answers.get(view.qid);
        match answer.and_then(Answer::applicable_level) {
            Some(level) => *row.at_level.entry(level).or_default() += 1,
            None if answer.is_some_and(Answer::is_not_applicable) => row.not_applicable += 1,
            None => row.unanswered += 1,
        }
    }
    rows
}
