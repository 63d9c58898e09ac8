//! The table as an XLSX workbook: a header row in bold, frozen and filterable; text cells always
//! written as strings (never formulas), levels as numbers; a second sheet says what the file is.

use rust_xlsxwriter::{DocProperties, Format, Workbook, XlsxError};

use super::ExportError;
use super::rows::{ExportRow, NUMBER_COLUMNS, columns};
use crate::assessment::Assessment;
use crate::spreadsheet::fit;
use crate::words::Words;

/// Column widths in characters, by column.
const WIDTHS: [f64; 16] = [
    18.0, 22.0, 30.0, 30.0, 60.0, 9.0, 9.0, 7.0, 7.0, 6.0, 16.0, 30.0, 40.0, 40.0, 12.0, 50.0,
];

/// The rows of `assessment` as XLSX bytes, its words in the assessment's language.
pub fn to_xlsx(rows: &[ExportRow], assessment: &Assessment) -> Result<Vec<u8>, ExportError> {
    build(rows, assessment).map_err(|e| ExportError::Xlsx(e.to_string()))
}

fn build(rows: &[ExportRow], assessment: &Assessment) -> Result<Vec<u8>, XlsxError> {
    let words = Words::for_language(&assessment.language);
    let mut workbook = Workbook::new();
    let title = words.with(
        "export-title",
        &[("organisation", (&assessment.organisation.name).into())],
    );
    workbook.set_properties(
        &DocProperties::new()
            .set_title(&title)
            .set_author(&assessment.assessor)
            .set_subject(&assessment.scope)
            .set_comment(words.get("export-comment")),
    );
    let header = Format::new().set_bold().set_text_wrap();
    let wrap = Format::new().set_text_wrap();
    let sheet = workbook.add_worksheet();
    sheet.set_name(words.get("export-sheet-answers"))?;
    let headings = columns(&words);
    for (col, (name, width)) in headings.iter().zip(WIDTHS).enumerate() {
        let col = col as u16;
        sheet.write_string_with_format(0, col, name, &header)?;
        sheet.set_column_width(col, width.max(longest_word(name)))?;
    }
    for (index, row) in rows.iter().enumerate() {
        let r = index as u32 + 1;
        for (col, cell) in row.cells.iter().enumerate() {
            if NUMBER_COLUMNS.contains(&col) {
                continue;
            }
            // write_string never makes a formula, whatever the text starts with.
            sheet.write_string_with_format(r, col as u16, fit(cell), &wrap)?;
        }
        for (col, number) in NUMBER_COLUMNS.iter().zip(row.numbers) {
            if let Some(number) = number {
                sheet.write_number(r, *col as u16, f64::from(number))?;
            }
        }
    }
    sheet.set_freeze_panes(1, 1)?;
    let last_row = rows.len() as u32;
    sheet.autofilter(0, 0, last_row.max(1), (headings.len() - 1) as u16)?;

    let about = workbook.add_worksheet();
    about.set_name(words.get("export-sheet-about"))?;
    about.set_column_width(1, 80)?;
    let mut facts = vec![
        (
            "export-about-organisation",
            assessment.organisation.name.clone(),
        ),
        ("export-about-scope", assessment.scope.clone()),
        ("export-about-assessor", assessment.assessor.clone()),
        ("export-about-date", assessment.date.clone()),
        ("export-about-scale", assessment.scale.clone()),
        ("export-about-profile", assessment.profile.clone()),
        ("export-about-rows", words.get("export-about-rows-text")),
    ];
    // An English workbook needs no word on which text binds.
    if assessment.language != "en" {
        facts.push(("export-about-binding", words.get("export-binding-notice")));
    }
    let labels: Vec<String> = facts.iter().map(|(id, _)| words.get(id)).collect();
    let label_width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    about.set_column_width(0, (label_width as f64 + 2.0).clamp(24.0, 40.0))?;
    for (index, ((_, value), label)) in facts.iter().zip(&labels).enumerate() {
        about.write_string_with_format(index as u32, 0, label, &header)?;
        about.write_string_with_format(index as u32, 1, fit(value), &wrap)?;
    }
    workbook.save_to_buffer()
}

/// The width a heading needs so that its longest word is not broken: a character more than its
/// letters, for the bold face.
fn longest_word(heading: &str) -> f64 {
    let longest = heading
        .split_whitespace()
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0);
    longest as f64 + 1.0
}
