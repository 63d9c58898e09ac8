//! Writing the questionnaire: the sheet the contributor fills in, laid out like the bidder
//! response form (title lines, headings, one row per requirement, locked but for the yellow
//! cells, a list on the level column), and the hidden sheet the merge reads.

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DocProperties, Format, FormatAlign,
    FormatBorder, ProtectionOptions, Workbook, Worksheet, XlsxError,
};

use super::{EVIDENCE, HANDOUT_SHEET, HEADER_ROW, LEVEL, cells_of, level_labels};
use crate::assessment::{Answer, Assessment, Handout, target_for};
use crate::catalog::Library;
use crate::sharing::SharingError;
use crate::spreadsheet::fit;
use crate::words::{WordArg, Words};

/// Column widths in characters, A to G.
const WIDTHS: [f64; 7] = [16.0, 30.0, 70.0, 10.0, 24.0, 40.0, 40.0];

/// Fill of the cells the contributor types into (light yellow, as in the response form).
const INPUT_FILL: u32 = 0xFFF5CC;

/// Fill of the heading row.
const HEADING_FILL: u32 = 0xD9E2F3;

/// The column headings, A to G.
const HEADINGS: [&str; 7] = [
    "part-col-id",
    "part-col-requirement",
    "part-col-question",
    "part-col-target",
    "part-col-level",
    "part-col-notes",
    "part-col-evidence",
];

/// The questionnaire of `handout` as XLSX bytes, in the assessment's language (`library` is
/// the one for that language, [`Library::for_document`]).
pub fn write_questionnaire(
    assessment: &Assessment,
    library: &Library,
    handout: &Handout,
) -> Result<Vec<u8>, SharingError> {
    let words = Words::for_language(&assessment.language);
    let mut workbook = Workbook::new();
    let title = words.with(
        "part-title",
        &[("organisation", (&assessment.organisation.name).into())],
    );
    workbook.set_properties(
        &DocProperties::new()
            .set_title(&title)
            .set_author(&assessment.assessor)
            .set_subject(&handout.id),
    );
    let sheet = workbook.add_worksheet();
    sheet.set_name(words.get("part-sheet"))?;
    write_top(sheet, assessment, handout, &words, &title)?;
    write_rows(sheet, assessment, library, handout, &words)?;
    let machine = workbook.add_worksheet();
    write_handout_sheet(machine, handout)?;
    Ok(workbook.save_to_buffer()?)
}

/// The title, who the part is for and from, its id, the instructions and the headings.
fn write_top(
    sheet: &mut Worksheet,
    assessment: &Assessment,
    handout: &Handout,
    words: &Words,
    title: &str,
) -> Result<(), XlsxError> {
    for (col, width) in (0u16..).zip(WIDTHS) {
        sheet.set_column_width(col, width)?;
    }
    let bold = Format::new().set_bold();
    sheet.write_string_with_format(0, 0, fit(title), &bold.clone().set_font_size(14))?;
    let contributor = assessment
        .team
        .contributor(&handout.contributor)
        .map_or_else(|| handout.contributor.clone(), |c| c.describe());
    let lines = [
        (words.get("part-label-for"), contributor),
        (
            words.get("part-label-from"),
            format!("{} ({})", assessment.assessor, handout.date),
        ),
        (words.get("part-label-id"), handout.id.clone()),
    ];
    for (row, (label, value)) in (1u32..).zip(lines) {
        sheet.write_string_with_format(row, 0, fit(&label), &bold)?;
        sheet.write_string(row, 1, fit(&value))?;
    }
    let mut how = words.with(
        "part-hint",
        &[("coordinator", WordArg::from(&assessment.assessor))],
    );
    if !assessment.team.instructions.is_empty() {
        how = format!("{}\n{how}", assessment.team.instructions);
    }
    let hint = Format::new().set_italic().set_text_wrap();
    sheet.merge_range(
        HEADER_ROW - 2,
        0,
        HEADER_ROW - 2,
        EVIDENCE,
        fit(&how),
        &hint,
    )?;
    sheet.set_row_height(HEADER_ROW - 2, 45.0)?;
    let heading = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color(Color::RGB(HEADING_FILL))
        .set_border(FormatBorder::Thin);
    for (col, id) in (0u16..).zip(HEADINGS) {
        sheet.write_string_with_format(HEADER_ROW - 1, col, words.get(id), &heading)?;
    }
    Ok(())
}

/// One row per requirement: id, title, question and statement, target (locked), then the
/// level, notes and evidence as handed out (the yellow cells); a list on the level column,
/// and the sheet protected.
fn write_rows(
    sheet: &mut Worksheet,
    assessment: &Assessment,
    library: &Library,
    handout: &Handout,
    words: &Words,
) -> Result<(), XlsxError> {
    let scale = library.scale(&assessment.scale);
    let cell = Format::new()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_border(FormatBorder::Thin)
        .set_border_color(Color::RGB(0xBFBFBF));
    let input = cell
        .clone()
        .set_unlocked()
        .set_background_color(Color::RGB(INPUT_FILL));
    for (row, qid) in (HEADER_ROW..).zip(&handout.items) {
        let requirement = library.requirement(qid).map(|v| v.requirement);
        let question = requirement.map_or(String::new(), |r| {
            if r.question.is_empty() {
                r.statement.clone()
            } else {
                format!("{}\n\n{}", r.question, r.statement)
            }
        });
        let target = requirement
            .and_then(|r| target_for(assessment, library, qid, r.strength))
            .map(|t| t.to_string())
            .unwrap_or_default();
        let title = requirement.map_or(String::new(), |r| r.title.clone());
        for (col, text) in (0u16..).zip([qid, &title, &question, &target]) {
            sheet.write_string_with_format(row, col, fit(text), &cell)?;
        }
        let given = cells_of(handout.baseline.get(qid), scale, words);
        for (col, text) in (LEVEL..).zip(&given) {
            sheet.write_string_with_format(row, col, fit(text), &input)?;
        }
        let lines = question.lines().count() + question.chars().count() / 64 + 1;
        sheet.set_row_height(row, 15.0 * lines.min(20) as f64)?;
    }
    if !handout.items.is_empty() {
        let last = HEADER_ROW + handout.items.len() as u32 - 1;
        let na = [("na", WordArg::Text(words.get("part-not-applicable")))];
        let validation = DataValidation::new()
            .allow_list_strings(&level_labels(scale, words))?
            .set_input_title(words.get("part-list-title"))?
            .set_input_message(words.with("part-list-message", &na))?
            .set_error_title(words.get("part-list-error-title"))?
            .set_error_message(words.get("part-list-error"))?
            .set_error_style(DataValidationErrorStyle::Stop);
        sheet.add_data_validation(HEADER_ROW, LEVEL, last, LEVEL, &validation)?;
    }
    sheet.set_freeze_panes(HEADER_ROW, 0)?;
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    sheet.protect_with_options(&ProtectionOptions {
        format_columns: true,
        format_rows: true,
        ..ProtectionOptions::default()
    });
    sheet.set_active(true);
    Ok(())
}

/// The hidden, protected sheet the merge reads: the part's id, fingerprint, contributor and
/// date on rows 1 to 4, then from row 6 each requirement with its level as handed out.
fn write_handout_sheet(sheet: &mut Worksheet, handout: &Handout) -> Result<(), XlsxError> {
    sheet.set_name(HANDOUT_SHEET)?;
    let facts = [
        ("handout", handout.id.as_str()),
        ("fingerprint", handout.fingerprint.as_str()),
        ("contributor", handout.contributor.as_str()),
        ("handed out", handout.date.as_str()),
    ];
    for (row, (key, value)) in (0u32..).zip(facts) {
        sheet.write_string(row, 0, key)?;
        sheet.write_string(row, 1, value)?;
    }
    for (row, qid) in (5u32..).zip(&handout.items) {
        sheet.write_string(row, 0, qid)?;
        match handout.baseline.get(qid) {
            Some(a) if a.is_not_applicable() => {
                sheet.write_string(row, 1, "n/a")?;
            }
            Some(Answer {
                current: Some(level),
                ..
            }) => {
                sheet.write_number(row, 1, f64::from(*level))?;
            }
            _ => {}
        }
    }
    sheet.set_hidden(true);
    sheet.protect();
    Ok(())
}
