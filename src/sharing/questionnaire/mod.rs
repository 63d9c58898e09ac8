//! The questionnaire workbook for a contributor who will never install anything: one row per
//! requirement (id, requirement, what to answer, target), and yellow cells for the level
//! reached today (a list of the scale's levels), notes and evidence; everything else locked,
//! as the bidder response form is ([`crate::procurement`]). A hidden sheet carries the part's
//! id, the fingerprint, the contributor and the levels as handed out. Read back with the
//! bounded reader of [`crate::xlsx`]; every value that cannot be taken is flagged at its cell.

mod read;
mod write;

use crate::assessment::{Answer, Evidence};
use crate::catalog::Scale;
use crate::words::Words;

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
    let evidence = answer
        .evidence
        .iter()
        .map(Evidence::describe)
        .collect::<Vec<_>>()
        .join("\n");
    if let Some(reason) = &answer.not_applicable {
        return [words.get("part-not-applicable"), reason.clone(), evidence];
    }
    let level = answer
        .current
        .map(|value| {
            scale
                .and_then(|s| s.levels.iter().find(|l| l.value == value))
                .map_or(value.to_string(), |l| format!("{} – {}", l.value, l.name))
        })
        .unwrap_or_default();
    [level, answer.notes.clone(), evidence]
}

/// A cell's text with the line endings a spreadsheet program may have written made plain and
/// the spaces at its ends dropped.
fn tidy(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .trim()
        .to_owned()
}

/// The level a cell names: "3 – Defined" (as the list offers), "3 - Defined" or "3".
fn level_of(text: &str, scale: Option<&Scale>) -> Option<u8> {
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    let rest = text[digits.len()..].trim_start();
    if !(rest.is_empty() || rest.starts_with(['–', '-']) || rest == ".0") {
        return None;
    }
    let value: u8 = digits.parse().ok()?;
    let scale = scale?;
    let level = scale.levels.iter().find(|l| l.value == value)?;
    let named = rest.trim_start_matches(['–', '-']).trim();
    (named.is_empty() || rest == ".0" || named.eq_ignore_ascii_case(&level.name)).then_some(value)
}

/// "A" for 0, "G" for 6 (the questionnaire has seven columns).
fn column_letter(col: u16) -> char {
    char::from(b'A' + col.min(25) as u8)
}
