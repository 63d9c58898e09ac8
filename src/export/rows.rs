//! The rows of the table: built once from the assessment and the catalog, then written as CSV
//! or XLSX, so both formats always hold the same content.

use crate::assessment::{Assessment, Status, obligation_checks, obligations_met, statuses};
use crate::catalog::Library;
use crate::words::{WordArg, Words};

/// The column headings in English, in order; [`columns`] gives them in a document's language.
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

/// The messages of the column headings, in the order of [`COLUMNS`].
const COLUMN_IDS: [&str; 16] = [
    "export-col-id",
    "export-col-framework",
    "export-col-group",
    "export-col-title",
    "export-col-statement",
    "export-col-strength",
    "export-col-key-measure",
    "export-col-level",
    "export-col-target",
    "export-col-gap",
    "export-col-status",
    "export-col-not-applicable",
    "export-col-notes",
    "export-col-evidence",
    "export-col-changed",
    "export-col-obligations",
];

/// The column headings in `words`' language, in the order of [`COLUMNS`].
pub fn columns(words: &Words) -> [String; 16] {
    COLUMN_IDS.map(|id| words.get(id))
}

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

/// One row per requirement in scope, in reading order, its words (status, key measure,
/// obligations) in the assessment's language; `library` gives the catalog texts, already in
/// that language (see [`Library::for_document`]).
pub fn export_rows(assessment: &Assessment, library: &Library) -> Vec<ExportRow> {
    let words = Words::for_language(&assessment.language);
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
            let evidence = answer.evidence_lines();
            let checks = obligation_checks(r, Some(&answer));
            let obligations = if checks.is_empty() {
                String::new()
            } else {
                let lines = checks
                    .iter()
                    .map(|c| format!("{}  {}", if c.met { "☑" } else { "☐" }, c.text));
                std::iter::once(words.with(
                    "export-obligations-met",
                    &[
                        ("met", obligations_met(&checks).into()),
                        ("total", checks.len().into()),
                    ],
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
            let status_word = words.get(match status.status {
                Status::Unanswered => "export-status-unanswered",
                Status::NotApplicable => "export-status-not-applicable",
                Status::BelowTarget => "export-status-below-target",
                Status::OnTarget => "export-status-on-target",
            });
            let strength = if r.strength_inferred {
                words.with(
                    "export-strength-inferred",
                    &[("keyword", WordArg::from(r.strength.keyword()))],
                )
            } else {
                r.strength.keyword().to_owned()
            };
            Some(ExportRow {
                cells: [
                    status.qid.clone(),
                    view.framework.name.clone(),
                    group,
                    r.title.clone(),
                    r.statement.clone(),
                    strength,
                    words.get(if key_measures.contains(&status.qid) {
                        "export-yes"
                    } else {
                        "export-no"
                    }),
                    String::new(),
                    String::new(),
                    String::new(),
                    status_word,
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
