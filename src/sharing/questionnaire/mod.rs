//! The questionnaire workbook for a contributor who will never install anything: one row per
//! requirement (id, requirement, what to answer, target), and yellow cells for the level
//! reached today (a list of the scale's levels), notes and evidence; everything else locked,
//! as the bidder response form is ([`crate::procurement`]). A hidden sheet carries the part's
//! id, the fingerprint, the contributor and the levels as handed out. Read back with the
//! bounded reader of [`crate::xlsx`]; every value that cannot be taken is flagged at its cell.

use std::collections::{BTreeMap, BTreeSet};

use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DocProperties, Format, ProtectionOptions, Workbook,
    Worksheet,
};

use crate::assessment::{Answer, Assessment, Evidence, Handout, PartForm, target_for};
use crate::catalog::{Library, Problem, Scale};
use crate::fill_in_style;
use crate::spreadsheet::fit;
use crate::words::{WordArg, Words};
use crate::xlsx::{self, Data};

use super::SharingError;
use super::returned::{Flag, ReturnedPart};

mod read;
#[cfg(test)]
mod tests;
mod write;

pub use read::read_questionnaire;
pub use write::write_questionnaire;

/// The English name of the questionnaire's sheet (it is named in the assessment's language;
/// the reader takes the first visible sheet that is not [`HANDOUT_SHEET`]).
pub const QUESTIONNAIRE_SHEET: &str = "Questionnaire";

/// The hidden sheet with what the merge needs: the part's id, fingerprint and contributor, and
/// the levels as handed out.
const HANDOUT_SHEET: &str = "Handout";

/// 1-based row of the column headings; the requirements follow.
const HEADER_ROW: u32 = 6;

/// The columns, 0-based.
const ID: u16 = 0;
const LEVEL: u16 = 4;
const NOTES: u16 = 5;
const EVIDENCE: u16 = 6;

/// Column widths in characters, A to G.
const WIDTHS: [f64; 7] = [16.0, 30.0, 70.0, 10.0, 24.0, 40.0, 40.0];

/// The choices of the level column: "3 – Defined" for each level, then "Not applicable".
fn level_labels(scale: Option<&Scale>, words: &Words) -> Vec<String> {
    let mut labels: Vec<String> = scale
        .map(|s| {
            s.levels
                .iter()
                .map(|l| format!("{} – {}", l.value, l.name))
                .collect()
        })
        .unwrap_or_default();
    labels.push(words.get("part-not-applicable"));
    labels
}

/// What the row of `answer` shows: the level (or "Not applicable"), the notes (or the reason),
/// the evidence one per line.
fn cells_of(answer: Option<&Answer>, scale: Option<&Scale>, words: &Words) -> [String; 3] {
    let Some(answer) = answer else {
        return Default::default();
    };
    let evidence = answer.evidence_lines();
    if let Some(reason) = &answer.not_applicable {
        return [words.get("part-not-applicable"), reason.clone(), evidence];
    }
    let level = answer
        .current
        .map(|value| {
            scale
                .and_then(|s| s.level(value))
                .map_or(value.to_string(), |l| format!("{} – {}", l.value, l.name))
        })
        .unwrap_or_default();
    [level, answer.notes.clone(), evidence]
}
