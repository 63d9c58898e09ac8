//! The rows of the table: built once from the assessment and the catalog, then written as CSV
//! or XLSX, so both formats always hold the same content.

use crate::assessment::{
    Assessment, Evidence, Status, obligation_checks, obligations_met, statuses,
};
use crate::catalog::Library;

/// The column headings, in order.
pub const COLUMNS: [&str; 16] = [
    "Requirement id",
    "Framework",
    "Group",
    "Title",
    "Statement",
    "Strength",
    "Key measure",
    "Level",
    "Target",
    "Gap",
    "Status",
    "Not applicable because",
    "Notes",
    "Evidence",
    "Changed",
    "Obligations",
];

/// One requirement's row.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportRow {
    /// Text cells, by column; the numeric columns (level, target, gap) are in `numbers`.
    pub cells: [String; 16],
    /// Level, target and gap as numbers, `None` for an empty cell.
    pub numbers: [Option<u8>; 3],
}

/// Positions of the numeric columns in [`COLUMNS`].
pub const NUMBER_COLUMNS: [usize; 3] = [7, 8, 9];

/// One row per requirement in scope, in reading order.
pub fn export_rows(assessment: &Assessment, library: &Library) -> Vec<ExportRow> {
    let key_measures: std::collections::HashSet<String> =
        crate::assessment::score(assessment, library)
            .key_measures
            .into_iter()
            .map(|k| k.qid)
            .collect();
    statuses(assessment, library)
        .into_iter()
        .filter_map(|status| {
            let view = library.requirement(&status.qid)?;
            let r = view.requirement;
            let answer = assessment
                .answers
                .get(&status.qid)
                .cloned()
                .unwrap_or_default();
            let level = answer.applicable_level();
            let gap = match (level, status.target) {
                (Some(level), Some(target)) if level < target => Some(target - level),
                (Some(_), Some(_)) => Some(0),
                _ => None,
            };
            let evidence = answer
                .evidence
                .iter()
                .map(Evidence::describe)
                .collect::<Vec<_>>()
                .join("\n");
            let checks = obligation_checks(r, Some(&answer));
            let obligations = if checks.is_empty() {
                String::new()
            } else {
                let lines = checks
                    .iter()
                    .map(|c| format!("{}  {}", if c.met { "☑" } else { "☐" }, c.text));
                std::iter::once(format!(
                    "{} of {} met",
                    obligations_met(&checks),
                    checks.len()
                ))
                .chain(lines)
                .collect::<Vec<_>>()
                .join("\n")
            };
            let group = view
                .groups
                .iter()
                .map(|g| format!("{} {}", g.id, g.title))
                .collect::<Vec<_>>()
                .join(" › ");
            let status_word = match status.status {
                Status::Unanswered => "unanswered",
                Status::NotApplicable => "not applicable",
                Status::BelowTarget => "below target",
                Status::OnTarget => "at or above target",
            };
            Some(ExportRow {
                cells: [
                    status.qid.clone(),
                    view.framework.name.clone(),
                    group,
                    r.title.clone(),
                    r.statement.clone(),
                    r.strength_label(),
                    if key_measures.contains(&status.qid) {
                        "yes".to_owned()
                    } else {
                        "no".to_owned()
                    },
                    String::new(),
                    String::new(),
                    String::new(),
                    status_word.to_owned(),
                    answer.not_applicable.clone().unwrap_or_default(),
                    answer.notes.clone(),
                    evidence,
                    answer.changed.clone(),
                    obligations,
                ],
                numbers: [level, status.target, gap],
            })
        })
        .collect()
}

impl ExportRow {
    /// The row as text, numbers written as digits: what a CSV holds.
    pub fn texts(&self) -> Vec<String> {
        let mut texts: Vec<String> = self.cells.to_vec();
        for (slot, number) in NUMBER_COLUMNS.iter().zip(self.numbers) {
            texts[*slot] = number.map(|n| n.to_string()).unwrap_or_default();
        }
        texts
    }
}
