//! The bidder response form, as an XLSX workbook and as CSV, laid out exactly as
//! [`super::layout`] says so that the importer reads back what was written: a few lines that
//! name the tender and ask for the bidder's name, the column headings on row
//! [`HEADER_ROW`](super::layout::HEADER_ROW), then one row per item. The description columns are
//! locked; the bidder fills in only the highlighted cells. Text is always written as text, never
//! as a formula. Every word of the form is in the tender's language ([`Words`]); the library
//! given is the one for the tender's language (`Library::for_document`).

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DocProperties, Format, FormatAlign,
    FormatBorder, ProtectionOptions, Workbook, Worksheet, XlsxError,
};

use crate::catalog::Library;
use crate::fill_in_style;
use crate::spreadsheet::{LINE_HEIGHT, fit, guard_csv_cell, wrapped_lines};
use crate::words::{WordArg, Words};

use super::layout::{
    BIDDER_ROW, COMMENT_COLUMN, EVIDENCE_COLUMN, FORM_COLUMNS, HEADER_ROW, REFERENCE_ROW,
    RESPONSE_COLUMN, TENDER_ROW, TITLE_ROW, bidder_label, description_cells_in, instructions_sheet,
    response_sheet,
};
use super::model::Tender;
use super::response::ResponseCode;

/// Why the XLSX form could not be written.
#[derive(Debug, thiserror::Error)]
pub enum FormError {
    /// The workbook writer refused (a text too long for a list, say).
    #[error("could not write the response form: {0}")]
    Xlsx(#[from] XlsxError),
}

/// Column widths in characters, A to J: the requirement wide, the bidder's columns roomy, and
/// column A wide enough for the labels of rows 2 to 4.
const WIDTHS: [f64; 10] = [17.0, 16.0, 28.0, 70.0, 10.0, 10.0, 16.0, 20.0, 32.0, 40.0];

/// Fill of the bidder-name cell: stronger than the input cells' ([`fill_in_style`]).
const NAME_FILL: u32 = 0xFFE07A;

/// The titles of the bidder's three columns, as the hints and the steps name them.
fn input_titles(words: &Words) -> [(&'static str, WordArg); 3] {
    let title = |col: usize| WordArg::Text(FORM_COLUMNS[col].title_in(words));
    [
        ("response", title(RESPONSE_COLUMN)),
        ("evidence", title(EVIDENCE_COLUMN)),
        ("comment", title(COMMENT_COLUMN)),
    ]
}

/// The line on row 5 of the XLSX form, between the tender's lines and the headings (the
/// importer ignores it).
fn hint_xlsx(words: &Words) -> String {
    let mut args = vec![
        ("cell", WordArg::Text(format!("B{BIDDER_ROW}"))),
        ("instructions", WordArg::Text(instructions_sheet(words))),
    ];
    args.extend(input_titles(words));
    words.with("form-hint-xlsx", &args)
}

/// The form's title, as on row 1.
fn form_title(tender: &Tender, words: &Words) -> String {
    words.with(
        "form-title",
        &[
            ("title", WordArg::from(&tender.title)),
            ("reference", WordArg::from(&tender.reference)),
        ],
    )
}

/// The CSV form's hint on row 5: the CSV has no instructions sheet, so it names the choices.
fn hint_csv(words: &Words) -> String {
    let mut args = vec![
        ("cell", WordArg::Text(format!("B{BIDDER_ROW}"))),
        ("choices", WordArg::Text(ResponseCode::choices_in(words))),
    ];
    args.extend(input_titles(words));
    words.with("form-hint-csv", &args)
}

/// The rows 1 to [`HEADER_ROW`] plus the item rows, ten cells each, input cells empty; row 5
/// holds `hint`. Index 0 is row 1.
fn grid(tender: &Tender, library: &Library, words: &Words, hint: &str) -> Vec<[String; 10]> {
    let line = |a: &str, b: &str| {
        let mut row: [String; 10] = Default::default();
        row[0] = a.to_owned();
        row[1] = b.to_owned();
        row
    };
    let mut rows = vec![Default::default(); HEADER_ROW as usize];
    rows[(TITLE_ROW - 1) as usize] = line(&form_title(tender, words), "");
    rows[(BIDDER_ROW - 1) as usize] = line(&bidder_label(words), "");
    rows[(REFERENCE_ROW - 1) as usize] =
        line(&words.get("form-label-reference"), &tender.reference);
    rows[(TENDER_ROW - 1) as usize] = line(&words.get("form-label-tender"), &tender.title);
    rows[(HEADER_ROW - 2) as usize] = line(hint, "");
    rows[(HEADER_ROW - 1) as usize] = FORM_COLUMNS.map(|c| c.title_in(words));
    for index in 0..tender.items.len() {
        let mut row: [String; 10] = Default::default();
        for (cell, text) in row
            .iter_mut()
            .zip(description_cells_in(tender, index, library, words))
        {
            *cell = text;
        }
        rows.push(row);
    }
    rows
}

/// The two formats a response form is written and read in, chosen by the file's ending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormFormat {
    /// An Excel workbook (`.xlsx`): protected, with a list of responses.
    Xlsx,
    /// Comma-separated text (`.csv`, UTF-8): the same grid.
    Csv,
}

impl FormFormat {
    /// The format a path's ending asks for (any case); none for other endings.
    pub fn from_path(path: &std::path::Path) -> Option<FormFormat> {
        let ending = path.extension()?.to_string_lossy().to_lowercase();
        match ending.as_str() {
            "xlsx" => Some(FormFormat::Xlsx),
            "csv" => Some(FormFormat::Csv),
            _ => None,
        }
    }
}

/// The response form in `format`, as the bytes of the file.
pub fn response_form(
    tender: &Tender,
    library: &Library,
    format: FormFormat,
) -> Result<Vec<u8>, FormError> {
    match format {
        FormFormat::Xlsx => response_form_xlsx(tender, library),
        FormFormat::Csv => Ok(response_form_csv(tender, library).into_bytes()),
    }
}

/// The response form as an XLSX workbook: the sheet "Response" (first and active; protected so
/// that only the bidder's cells can be edited; a list of the allowed codes on the Response
/// column) and the sheet "Instructions", named in the tender's language.
pub fn response_form_xlsx(tender: &Tender, library: &Library) -> Result<Vec<u8>, FormError> {
    let words = Words::for_language(&tender.language);
    let mut workbook = Workbook::new();
    let title = form_title(tender, &words);
    workbook.set_properties(
        &DocProperties::new()
            .set_title(&title)
            .set_author(&tender.buyer)
            .set_subject(&tender.reference)
            .set_comment(words.get("form-doc-comment")),
    );
    let sheet = workbook.add_worksheet();
    sheet.set_name(response_sheet(&words))?;
    write_response_sheet(sheet, tender, library, &words)?;
    let instructions = workbook.add_worksheet();
    instructions.set_name(instructions_sheet(&words))?;
    write_instructions(instructions, tender, &words)?;
    Ok(workbook.save_to_buffer()?)
}

fn write_response_sheet(
    sheet: &mut Worksheet,
    tender: &Tender,
    library: &Library,
    words: &Words,
) -> Result<(), XlsxError> {
    let hint = Format::new().set_italic();
    let title_format = fill_in_style::title();
    let label = Format::new().set_bold();
    let name_input = Format::new()
        .set_unlocked()
        .set_bold()
        .set_background_color(Color::RGB(NAME_FILL))
        .set_border(FormatBorder::Medium);
    let heading = fill_in_style::heading();
    let description = fill_in_style::description();
    let centred = description.clone().set_align(FormatAlign::Center);
    let input = fill_in_style::input();

    let rows = grid(tender, library, words, &hint_xlsx(words));
    for (col, width) in WIDTHS.iter().enumerate() {
        sheet.set_column_width(col as u16, *width)?;
    }
    // Column A at least as wide as the longest label of rows 2 to 4.
    let label_width = rows[(BIDDER_ROW - 1) as usize..TENDER_ROW as usize]
        .iter()
        .map(|row| row[0].chars().count() as f64 + 1.0)
        .fold(WIDTHS[0], f64::max);
    sheet.set_column_width(0, label_width)?;
    let header = HEADER_ROW as usize - 1;
    for (r, row) in rows.iter().enumerate() {
        let at = r as u32;
        if r < header {
            // The tender's lines: a label in A, a value in B (rows 1 and 5 have only A).
            let number = at + 1;
            let first = if number == TITLE_ROW {
                &title_format
            } else if number == HEADER_ROW - 1 {
                &hint
            } else {
                &label
            };
            if !row[0].is_empty() {
                sheet.write_string_with_format(at, 0, fit(&row[0]), first)?;
            }
            if number == BIDDER_ROW {
                sheet.merge_range(at, 1, at, 2, "", &name_input)?;
            } else if !row[1].is_empty() {
                sheet.write_string(at, 1, fit(&row[1]))?;
            }
            continue;
        }
        // Spreadsheet programs do not all fit a row's height to wrapped text on opening (LibreOffice
        // does not), so the height is set from an estimate of the wrapped lines.
        sheet.set_row_height(at, row_height(row))?;
        for (col, text) in row.iter().enumerate() {
            let col16 = col as u16;
            if r == header {
                sheet.write_string_with_format(at, col16, text, &heading)?;
            } else if FORM_COLUMNS[col].input {
                sheet.write_blank(at, col16, &input)?;
            } else if let Some(number) = whole_number(text) {
                // The number and the weight as numbers: spreadsheets flag numbers stored as
                // text; the importer compares numbers by value.
                sheet.write_number_with_format(at, col16, number, &centred)?;
            } else {
                // write_string never makes a formula, whatever the text starts with.
                sheet.write_string_with_format(at, col16, fit(text), &description)?;
            }
        }
    }
    sheet.set_freeze_panes(HEADER_ROW, 0)?;
    if !tender.items.is_empty() {
        let first = HEADER_ROW;
        let last = HEADER_ROW + tender.items.len() as u32 - 1;
        let labels = ResponseCode::ALL.map(|code| code.label_in(words));
        let choices = || [("choices", WordArg::Text(ResponseCode::choices_in(words)))];
        let validation = DataValidation::new()
            .allow_list_strings(&labels)?
            .set_input_title(words.get("form-list-title"))?
            .set_input_message(words.with("form-list-message", &choices()))?
            .set_error_title(words.get("form-list-error-title"))?
            .set_error_message(words.with("form-list-error", &choices()))?
            .set_error_style(DataValidationErrorStyle::Stop);
        let col = RESPONSE_COLUMN as u16;
        sheet.add_data_validation(first, col, last, col, &validation)?;
    }
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(HEADER_ROW - 1, HEADER_ROW - 1)?;
    sheet.protect_with_options(&ProtectionOptions {
        format_columns: true,
        format_rows: true,
        ..ProtectionOptions::default()
    });
    sheet.set_active(true);
    Ok(())
}

/// The height of an item or heading row: enough lines for its longest wrapped cell.
fn row_height(cells: &[String; 10]) -> f64 {
    let lines = cells
        .iter()
        .zip(WIDTHS)
        .map(|(text, width)| wrapped_lines(text, width))
        .max()
        .unwrap_or(1);
    LINE_HEIGHT * lines as f64
}

/// The number in `text` when it is a plain whole number ("7", "20"), as the form writes it.
fn whole_number(text: &str) -> Option<f64> {
    if text.is_empty() || text.len() > 9 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse::<u32>().ok().map(f64::from)
}

fn write_instructions(
    sheet: &mut Worksheet,
    tender: &Tender,
    words: &Words,
) -> Result<(), XlsxError> {
    let title = Format::new().set_bold().set_font_size(14);
    let section = Format::new().set_bold().set_font_size(12);
    let key = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let text = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    sheet.set_column_width(0, INSTRUCTION_WIDTHS[0])?;
    sheet.set_column_width(1, INSTRUCTION_WIDTHS[1])?;
    sheet.set_print_fit_to_pages(1, 0);

    let mut row = 0u32;
    sheet.write_string_with_format(row, 0, words.get("form-how-title"), &title)?;
    row += 1;
    sheet.write_string(
        row,
        0,
        fit(&format!(
            "{} — {} ({})",
            tender.buyer, tender.title, tender.reference
        )),
    )?;
    row += 2;

    let sheet_name = || ("sheet", WordArg::Text(response_sheet(words)));
    sheet.write_string_with_format(row, 0, words.get("form-steps"), &section)?;
    row += 1;
    let mut rows_args = vec![("row", WordArg::Text((HEADER_ROW + 1).to_string()))];
    rows_args.extend(input_titles(words));
    let steps = [
        words.with(
            "form-step-name",
            &[
                ("cell", WordArg::Text(format!("B{BIDDER_ROW}"))),
                sheet_name(),
            ],
        ),
        words.with("form-step-rows", &rows_args),
        words.get("form-step-values"),
        words.get("form-step-layout"),
        words.with("form-step-save", &[sheet_name()]),
    ];
    for (n, step) in steps.iter().enumerate() {
        sheet.write_string_with_format(row, 0, format!("{}.", n + 1), &key)?;
        explain(sheet, row, step, &text)?;
        row += 1;
    }
    row += 1;

    sheet.write_string_with_format(row, 0, words.get("form-the-columns"), &section)?;
    row += 1;
    for column in &FORM_COLUMNS {
        sheet.write_string_with_format(row, 0, column.title_in(words), &key)?;
        let who = if column.input {
            words.get("form-you-fill")
        } else {
            words.get("form-buyer-fills")
        };
        explain(
            sheet,
            row,
            &format!("{who} {}", column.explanation_in(words)),
            &text,
        )?;
        row += 1;
    }
    row += 1;

    sheet.write_string_with_format(row, 0, words.get("form-the-responses"), &section)?;
    row += 1;
    for code in ResponseCode::ALL {
        sheet.write_string_with_format(row, 0, code.label_in(words), &key)?;
        explain(sheet, row, &code_meaning(code, words), &text)?;
        row += 1;
    }
    row += 1;

    sheet.write_string_with_format(row, 0, words.get("form-evaluation"), &section)?;
    row += 1;
    let equivalent = ResponseCode::MeetsEquivalent.label_in(words);
    let rules = [
        words.get("form-rule-must"),
        words.with("form-rule-should", &[("equivalent", equivalent.into())]),
        words.get("form-rule-unread"),
    ];
    for rule in rules {
        explain(sheet, row, &rule, &text)?;
        row += 1;
    }
    // A translated form says which texts are binding, as the annex does.
    if tender.language != "en" {
        row += 1;
        explain(sheet, row, &words.get("annex-binding-notice"), &text)?;
    }
    Ok(())
}

/// The instructions' columns: a key, and the text.
const INSTRUCTION_WIDTHS: [f64; 2] = [24.0, 100.0];

/// Writes an explanation in column B of the instructions, its row as high as the text needs.
fn explain(sheet: &mut Worksheet, row: u32, text: &str, format: &Format) -> Result<(), XlsxError> {
    sheet.write_string_with_format(row, 1, text, format)?;
    let lines = wrapped_lines(text, INSTRUCTION_WIDTHS[1]);
    if lines > 1 {
        sheet.set_row_height(row, LINE_HEIGHT * lines as f64)?;
    }
    Ok(())
}

/// What a code means for the bidder, for the instructions.
fn code_meaning(code: ResponseCode, words: &Words) -> String {
    match code {
        ResponseCode::Meets => words.get("form-meets-meaning"),
        ResponseCode::MeetsEquivalent => words.with(
            "form-equivalent-meaning",
            &[(
                "comment",
                WordArg::Text(FORM_COLUMNS[COMMENT_COLUMN].title_in(words)),
            )],
        ),
        ResponseCode::DoesNotMeet => words.get("form-not-meaning"),
    }
}

/// The response form as CSV text (UTF-8 with a byte-order mark): the same rows and columns as
/// the XLSX form, so that a problem is reported at the same row number in both, with the input
/// cells empty. Line breaks inside a cell become spaces so that every row is one line.
pub fn response_form_csv(tender: &Tender, library: &Library) -> String {
    let words = Words::for_language(&tender.language);
    let mut csv = String::from("\u{feff}");
    for row in grid(tender, library, &words, &hint_csv(&words)) {
        let cells: Vec<String> = row.iter().map(|cell| csv_cell(cell)).collect();
        csv.push_str(&cells.join(","));
        csv.push_str("\r\n");
    }
    csv
}

/// One CSV field: one line, an apostrophe before text a spreadsheet would take for a formula,
/// quoted where needed.
fn csv_cell(text: &str) -> String {
    let flat = text.replace("\r\n", " ").replace(['\r', '\n'], " ");
    let flat = guard_csv_cell(flat);
    if flat.contains([',', ';', '"']) || flat.starts_with(' ') || flat.ends_with(' ') {
        format!("\"{}\"", flat.replace('"', "\"\""))
    } else {
        flat
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_and_guarded() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a, b"), "\"a, b\"");
        assert_eq!(csv_cell("say \"x\""), "\"say \"\"x\"\"\"");
        assert_eq!(csv_cell("=1+2"), "'=1+2");
        assert_eq!(csv_cell("-5"), "-5");
        assert_eq!(csv_cell("two\nlines"), "two lines");
    }

    #[test]
    fn whole_numbers_only() {
        assert_eq!(whole_number("7"), Some(7.0));
        assert_eq!(whole_number("20"), Some(20.0));
        assert_eq!(whole_number("pass/fail"), None);
        assert_eq!(whole_number("-1"), None);
        assert_eq!(whole_number("1.5"), None);
    }
}
