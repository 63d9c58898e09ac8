//! The Statement of Applicability as an XLSX workbook: the sheet "Statement" with a heading row
//! (bold, frozen, filterable) and one row per Annex A control, its texts those of the PDF
//! ([`crate::report::soa`]); the levels as numbers; every text written as a string, never a
//! formula; a second sheet with the totals.

use rust_xlsxwriter::{DocProperties, Format, FormatAlign, Workbook, XlsxError};

use super::ExportError;
use crate::assessment::{Assessment, StatementOfApplicability};
use crate::report::soa::{applicable_text, implementation_text, justification_text, totals_rows};
use crate::spreadsheet::{LINE_HEIGHT, fit, wrapped_lines};
use crate::words::Words;

/// The columns: heading id and width in characters.
const COLUMNS: [(&str, f64); 10] = [
    ("soa-col-theme", 22.0),
    ("soa-col-control", 10.0),
    ("soa-col-title", 36.0),
    ("soa-col-applicable", 11.0),
    ("soa-col-justification", 60.0),
    ("soa-col-status", 36.0),
    ("soa-col-level", 8.0),
    ("soa-col-target", 8.0),
    ("soa-col-evidence", EVIDENCE_WIDTH),
    ("soa-col-date", 12.0),
];

/// The columns that hold numbers (level, target).
const LEVEL_COLUMN: u16 = 6;

/// The evidence column's width, as [`COLUMNS`] gives it.
const EVIDENCE_WIDTH: f64 = 40.0;

/// The statement of `assessment` as XLSX bytes, in the assessment's language.
pub fn soa_xlsx(
    assessment: &Assessment,
    soa: &StatementOfApplicability,
) -> Result<Vec<u8>, ExportError> {
    build(assessment, soa).map_err(|e| ExportError::Xlsx(e.to_string()))
}

fn build(assessment: &Assessment, soa: &StatementOfApplicability) -> Result<Vec<u8>, XlsxError> {
    let w = Words::for_language(&assessment.language);
    let mut workbook = Workbook::new();
    let title = w.with(
        "soa-title",
        &[("organisation", (&assessment.organisation.name).into())],
    );
    let subject = w.with("soa-subject", &[("date", w.date(&assessment.date).into())]);
    workbook.set_properties(
        &DocProperties::new()
            .set_title(&title)
            .set_author(&assessment.assessor)
            .set_subject(&subject),
    );
    let header = Format::new().set_bold().set_text_wrap();
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let top = Format::new().set_align(FormatAlign::Top);
    let sheet = workbook.add_worksheet();
    sheet.set_name(w.get("soa-sheet"))?;
    for (col, (id, width)) in (0u16..).zip(COLUMNS) {
        sheet.write_string_with_format(0, col, w.get(id), &header)?;
        sheet.set_column_width(col, width)?;
    }
    let mut row = 1u32;
    for theme in &soa.themes {
        let theme_name = format!("{} {}", theme.id, theme.title);
        for control in &theme.controls {
            let texts = [
                theme_name.clone(),
                control.control.clone(),
                control.title.clone(),
                applicable_text(&w, control),
                justification_text(&w, control),
                implementation_text(&w, control),
            ];
            for (col, text) in (0u16..).zip(&texts) {
                // write_string never makes a formula, whatever the text starts with.
                sheet.write_string_with_format(row, col, fit(text), &wrap)?;
            }
            for (col, figure) in (LEVEL_COLUMN..).zip([control.level, control.target]) {
                if let Some(figure) = figure {
                    sheet.write_number_with_format(row, col, f64::from(figure), &top)?;
                }
            }
            let evidence = control.evidence.join("\n");
            sheet.write_string_with_format(row, 8, fit(&evidence), &wrap)?;
            sheet.write_string_with_format(row, 9, &control.date, &top)?;
            // As high as its longest wrapped text needs (spreadsheets do not all fit it).
            let lines = texts
                .iter()
                .chain([&evidence])
                .zip(
                    COLUMNS[..texts.len()]
                        .iter()
                        .map(|(_, width)| *width)
                        .chain([EVIDENCE_WIDTH]),
                )
                .map(|(text, width)| wrapped_lines(text, width))
                .max()
                .unwrap_or(1);
            sheet.set_row_height(row, LINE_HEIGHT * lines as f64)?;
            row += 1;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, 0)?;
    sheet.autofilter(0, 0, row.saturating_sub(1).max(1), COLUMNS.len() as u16 - 1)?;
    let totals = workbook.add_worksheet();
    totals.set_name(w.get("soa-totals"))?;
    totals.set_column_width(0, 50.0)?;
    totals.write_string_with_format(0, 0, &title, &header)?;
    for (r, (label, n)) in (2u32..).zip(totals_rows(&w, soa)) {
        totals.write_string(r, 0, &label)?;
        totals.write_number(r, 1, n as f64)?;
    }
    workbook.save_to_buffer()
}
