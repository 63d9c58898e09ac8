//! Writing the questionnaire: the sheet the colleague fills in, laid out like the bidder
//! response form, and the hidden sheet the merge reads.

use super::*;

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
    write_requirements(sheet, assessment, library, handout, &words)?;
    sheet.set_freeze_panes(HEADER_ROW, 0)?;
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    sheet.protect_with_options(&ProtectionOptions {
        format_columns: true,
        format_rows: true,
        ..ProtectionOptions::default()
    });
    sheet.set_active(true);
    write_handout_sheet(workbook.add_worksheet(), handout)?;
    Ok(workbook.save_to_buffer()?)
}

/// The top of the questionnaire sheet: the title, for whom, from whom, the part's id, the
/// coordinator's instructions and the column headings.
fn write_top(
    sheet: &mut Worksheet,
    assessment: &Assessment,
    handout: &Handout,
    words: &Words,
    title: &str,
) -> Result<(), SharingError> {
    let bold = Format::new().set_bold();
    let hint = Format::new().set_italic().set_text_wrap();
    let heading = fill_in_style::heading();
    for (col, width) in WIDTHS.iter().enumerate() {
        sheet.set_column_width(col as u16, *width)?;
    }
    sheet.write_string_with_format(0, 0, fit(title), &fill_in_style::title())?;
    let contributor = assessment
        .team
        .contributor(&handout.contributor)
        .cloned()
        .unwrap_or_default();
    let lines = [
        (words.get("part-label-for"), contributor.describe()),
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
    sheet.merge_range(HEADER_ROW - 2, 0, HEADER_ROW - 2, 6, fit(&how), &hint)?;
    sheet.set_row_height(HEADER_ROW - 2, 45.0)?;
    let headings = [
        "part-col-id",
        "part-col-requirement",
        "part-col-question",
        "part-col-target",
        "part-col-level",
        "part-col-notes",
        "part-col-evidence",
    ];
    for (col, id) in headings.iter().enumerate() {
        sheet.write_string_with_format(HEADER_ROW - 1, col as u16, words.get(id), &heading)?;
    }
    Ok(())
}

/// One row per requirement of the part: the locked id, title, question and target, and the
/// yellow level (a list of the scale's levels), notes and evidence cells as handed out.
fn write_requirements(
    sheet: &mut Worksheet,
    assessment: &Assessment,
    library: &Library,
    handout: &Handout,
    words: &Words,
) -> Result<(), SharingError> {
    let scale = library.scale(&assessment.scale);
    let locked = fill_in_style::description();
    let input = fill_in_style::input();
    for (row, qid) in (HEADER_ROW..).zip(&handout.items) {
        let view = library.requirement(qid);
        let requirement = view.as_ref().map(|v| v.requirement);
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
        let fixed = [
            qid.clone(),
            requirement.map_or(String::new(), |r| r.title.clone()),
            question,
            target,
        ];
        for (col, text) in (0u16..).zip(&fixed) {
            sheet.write_string_with_format(row, col, fit(text), &locked)?;
        }
        let given = cells_of(handout.baseline.get(qid), scale, words);
        for (col, text) in (LEVEL..).zip(&given) {
            sheet.write_string_with_format(row, col, fit(text), &input)?;
        }
        let lines =
            fixed[2].chars().filter(|c| *c == '\n').count() + fixed[2].chars().count() / 64 + 1;
        sheet.set_row_height(row, 15.0 * lines.min(20) as f64)?;
    }
    if !handout.items.is_empty() {
        let last = HEADER_ROW + handout.items.len() as u32 - 1;
        let labels = level_labels(scale, words);
        let na = [("na", WordArg::Text(words.get("part-not-applicable")))];
        let validation = DataValidation::new()
            .allow_list_strings(&labels)?
            .set_input_title(words.get("part-list-title"))?
            .set_input_message(words.with("part-list-message", &na))?
            .set_error_title(words.get("part-list-error-title"))?
            .set_error_message(words.get("part-list-error"))?
            .set_error_style(DataValidationErrorStyle::Stop);
        sheet.add_data_validation(HEADER_ROW, LEVEL, last, LEVEL, &validation)?;
    }
    Ok(())
}

/// The hidden, protected sheet the merge reads: the part's id, fingerprint, contributor and
/// date, then each requirement with its level as handed out.
fn write_handout_sheet(machine: &mut Worksheet, handout: &Handout) -> Result<(), SharingError> {
    machine.set_name(HANDOUT_SHEET)?;
    let facts = [
        ("handout", handout.id.as_str()),
        ("fingerprint", handout.fingerprint.as_str()),
        ("contributor", handout.contributor.as_str()),
        ("handed out", handout.date.as_str()),
    ];
    for (row, (key, value)) in (0u32..).zip(facts) {
        machine.write_string(row, 0, key)?;
        machine.write_string(row, 1, value)?;
    }
    for (row, qid) in (5u32..).zip(&handout.items) {
        machine.write_string(row, 0, qid)?;
        match handout.baseline.get(qid) {
            Some(a) if a.is_not_applicable() => machine.write_string(row, 1, "n/a")?,
            Some(Answer {
                current: Some(level),
                ..
            }) => machine.write_number(row, 1, f64::from(*level))?,
            _ => machine,
        };
    }
    machine.set_hidden(true);
    machine.protect();
    Ok(())
}
