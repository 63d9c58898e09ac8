//! The table as an XLSX workbook: a header row in bold, frozen and filterable; text cells always
//! written as strings (never formulas), levels as numbers; a second sheet says what the file is.

use rust_xlsxwriter::{DocProperties, Format, Workbook, XlsxError};

use super::ExportError;
use super::rows::{COLUMNS, ExportRow, NUMBER_COLUMNS};
use crate::assessment::Assessment;
use crate::spreadsheet::fit;

/// Column widths in characters, by column.
const WIDTHS: [f64; 16] = [
    18.0, 22.0, 30.0, 30.0, 60.0, 9.0, 9.0, 7.0, 7.0, 6.0, 16.0, 30.0, 40.0, 40.0, 12.0, 50.0,
];

/// The rows as XLSX bytes.
pub fn to_xlsx(rows: &[ExportRow], assessment: &Assessment) -> Result<Vec<u8>, ExportError> {
    build(rows, assessment).map_err(|e| ExportError::Xlsx(e.to_string()))
}

fn build(rows: &[ExportRow], assessment: &Assessment) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let title = format!("Self-assessment of {}", assessment.organisation.name);
    workbook.set_properties(
        &DocProperties::new()
            .set_title(&title)
            .set_author(&assessment.assessor)
            .set_subject(&assessment.scope)
            .set_comment("Written by MIM Assistant"),
    );
    let header = Format::new().set_bold().set_text_wrap();
    let wrap = Format::new().set_text_wrap();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Answers")?;
    for (col, (name, width)) in COLUMNS.iter().zip(WIDTHS).enumerate() {
        let col = col as u16;
        sheet.write_string_with_format(0, col, *name, &header)?;
        sheet.set_column_width(col, width)?;
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
    sheet.autofilter(0, 0, last_row.max(1), (COLUMNS.len() - 1) as u16)?;

    let about = workbook.add_worksheet();
    about.set_name("About")?;
    about.set_column_width(0, 24)?;
    about.set_column_width(1, 80)?;
    let facts = [
        ("Organisation", assessment.organisation.name.as_str()),
        ("Scope", assessment.scope.as_str()),
        ("Assessor", assessment.assessor.as_str()),
        ("Date", assessment.date.as_str()),
        ("Scale", assessment.scale.as_str()),
        ("Target profile", assessment.profile.as_str()),
        (
            "Rows",
            "One row per requirement in scope, in reading order. Level, target and gap are numbers on the scale; an empty level is unanswered or not applicable.",
        ),
    ];
    for (index, (label, value)) in facts.iter().enumerate() {
        about.write_string_with_format(index as u32, 0, *label, &header)?;
        about.write_string_with_format(index as u32, 1, fit(value), &wrap)?;
    }
    workbook.save_to_buffer()
}
