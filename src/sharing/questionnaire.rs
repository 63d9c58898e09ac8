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

/// Reads a filled questionnaire back against the coordinator's assessment (`library` in the
/// assessment's language): the answers of the part's requirements, an unchanged row as the
/// answer handed out, and a flag at the cell of every value that cannot be taken. A workbook
/// that is no questionnaire is refused as a whole.
pub fn read_questionnaire(
    bytes: &[u8],
    path: &str,
    assessment: &Assessment,
    library: &Library,
) -> Result<ReturnedPart, Problem> {
    let mut book = xlsx::Workbook::open(bytes).map_err(|e| unreadable(path, &e))?;
    let names: Vec<String> = book.sheet_names().map(str::to_owned).collect();
    let (facts, listed) = read_handout_sheet(&mut book, path)?;
    let fact = |key: &str| facts.get(key).cloned().unwrap_or_default();
    let handout_id = fact("handout");
    let record = assessment.team.handout(&handout_id);
    let items: Vec<String> = record.map_or(listed, |h| h.items.clone());
    let in_part: BTreeSet<&str> = items.iter().map(String::as_str).collect();

    let words = Words::for_language(&assessment.language);
    let Some(sheet) = names.iter().find(|n| *n != HANDOUT_SHEET).cloned() else {
        return Err(Problem::file(
            path,
            "has no questionnaire sheet",
            format!(
                "the sheet “{}” with one row per requirement",
                words.get("part-sheet")
            ),
        ));
    };
    let rows = read_rows(&mut book, &sheet, path)?;
    let scale = library.scale(&assessment.scale);
    let reading = Reading {
        labels: level_labels(scale, &words),
        english_na: Words::english().get("part-not-applicable"),
        words,
        scale,
        path,
        sheet: &sheet,
    };
    let mut answers = BTreeMap::new();
    let mut places = BTreeMap::new();
    let mut flags = Vec::new();
    let mut seen = BTreeSet::new();
    for (row, cells) in &rows {
        let qid = cells[0].0.trim();
        if qid.is_empty() {
            continue;
        }
        places
            .entry(qid.to_owned())
            .or_insert_with(|| reading.place(*row, ID));
        let flag = |message: String| Flag {
            place: reading.place(*row, ID),
            qid: Some(qid.to_owned()),
            message,
        };
        if !in_part.contains(qid) {
            flags.push(flag(format!(
                "{qid} is not one of the part's requirements; the row is left out"
            )));
        } else if !seen.insert(qid.to_owned()) {
            flags.push(flag(format!(
                "{qid} has a second row; expected one row per requirement (its answer is left out)"
            )));
        } else {
            match reading.answer(*row, qid, cells, record.and_then(|h| h.baseline.get(qid))) {
                Ok(Some(answer)) => {
                    answers.insert(qid.to_owned(), answer);
                }
                Ok(None) => {}
                Err(flag) => flags.push(flag),
            }
        }
    }
    for qid in &items {
        if !seen.contains(qid) && !flags.iter().any(|f| f.qid.as_deref() == Some(qid)) {
            flags.push(Flag {
                place: format!("{path}: {sheet}"),
                qid: Some(qid.clone()),
                message: format!(
                    "has no row for {qid}; expected one row per requirement of the part"
                ),
            });
        }
    }
    Ok(ReturnedPart {
        source: path.to_owned(),
        form: PartForm::Questionnaire,
        handout: handout_id,
        fingerprint: fact("fingerprint"),
        contributor: fact("contributor"),
        // Sending the workbook back is submitting it.
        submitted: true,
        items,
        answers,
        places,
        flags,
    })
}

/// The refusal of a workbook the bounded reader cannot read.
fn unreadable(path: &str, error: &xlsx::XlsxError) -> Problem {
    Problem::file(
        path,
        format!("is not a questionnaire that can be read: {error}"),
        "the questionnaire workbook MIM Assistant wrote, filled in and saved as .xlsx",
    )
}

/// The hidden sheet: its facts (rows 1–4, key and value) and the requirement ids listed below
/// them. A workbook without it is no questionnaire.
fn read_handout_sheet(
    book: &mut xlsx::Workbook,
    path: &str,
) -> Result<(BTreeMap<String, String>, Vec<String>), Problem> {
    let Some(cells) = book
        .cells(HANDOUT_SHEET)
        .map_err(|e| unreadable(path, &e))?
    else {
        return Err(Problem::file(
            path,
            format!("has no sheet “{HANDOUT_SHEET}”, so it is no questionnaire of MIM Assistant"),
            "the questionnaire workbook MIM Assistant wrote, with its sheets as they were",
        ));
    };
    let mut row_cells: BTreeMap<u32, [String; 2]> = BTreeMap::new();
    for cell in cells {
        let cell = cell.map_err(|e| unreadable(path, &e))?;
        if cell.column < 2 && row_cells.len() < ROW_LIMIT {
            row_cells.entry(cell.row).or_default()[cell.column as usize] = cell.value.into_text();
        }
    }
    let mut facts = BTreeMap::new();
    let mut listed = Vec::new();
    for (row, [key, value]) in row_cells {
        if row <= 4 {
            facts.insert(key, value);
        } else if !key.is_empty() {
            listed.push(key);
        }
    }
    Ok((facts, listed))
}

/// The id, level, notes and evidence cells of one requirement row, each with whether it holds
/// a formula.
type Row = [(String, bool); 4];

/// The most rows read from a sheet; a workbook with more is no questionnaire MIM Assistant
/// wrote, and reading on would only spend memory.
const ROW_LIMIT: usize = 200_000;

/// The requirement rows of the questionnaire sheet (below the headings), by 1-based row.
fn read_rows(
    book: &mut xlsx::Workbook,
    sheet: &str,
    path: &str,
) -> Result<BTreeMap<u32, Row>, Problem> {
    let Some(cells) = book.cells(sheet).map_err(|e| unreadable(path, &e))? else {
        return Err(Problem::file(path, "has no questionnaire sheet", ""));
    };
    let mut rows: BTreeMap<u32, Row> = BTreeMap::new();
    for cell in cells {
        let cell = cell.map_err(|e| unreadable(path, &e))?;
        if cell.row <= HEADER_ROW || rows.len() > ROW_LIMIT {
            continue;
        }
        let slot = match u16::try_from(cell.column) {
            Ok(ID) => 0,
            Ok(LEVEL) => 1,
            Ok(NOTES) => 2,
            Ok(EVIDENCE) => 3,
            _ => continue,
        };
        let formula = cell.formula.is_some();
        let text = match cell.value {
            Data::Float(number) if slot == 1 => number.to_string(),
            value => value.into_text(),
        };
        rows.entry(cell.row).or_default()[slot] = (text, formula);
    }
    Ok(rows)
}

/// What reading the rows of one questionnaire needs: its place and the scale's words.
struct Reading<'a> {
    path: &'a str,
    sheet: &'a str,
    scale: Option<&'a Scale>,
    words: Words,
    /// The level column's choices, "Not applicable" last.
    labels: Vec<String>,
    /// "Not applicable" in English, taken in any language.
    english_na: String,
}

impl Reading<'_> {
    /// `file: Sheet!E8`.
    fn place(&self, row: u32, col: u16) -> String {
        format!("{}: {}!{}{row}", self.path, self.sheet, column_letter(col))
    }

    /// The answer of the row of `qid` (`None`: unanswered as handed out), or the flag of the
    /// value that cannot be taken.
    fn answer(
        &self,
        row: u32,
        qid: &str,
        cells: &Row,
        base: Option<&Answer>,
    ) -> Result<Option<Answer>, Flag> {
        let [_, level, notes, evidence] = cells;
        let flag = |col: u16, message: String| Flag {
            place: self.place(row, col),
            qid: Some(qid.to_owned()),
            message,
        };
        if let Some((col, _)) = [(LEVEL, level), (NOTES, notes), (EVIDENCE, evidence)]
            .into_iter()
            .find(|(_, cell)| cell.1)
        {
            return Err(flag(
                col,
                "holds a formula; expected a value typed in (the row is left out)".to_owned(),
            ));
        }
        let given = [level.0.trim(), &tidy(&notes.0), &tidy(&evidence.0)];
        let before = cells_of(base, self.scale, &self.words);
        if given
            .iter()
            .zip(&before)
            .all(|(now, then)| *now == tidy(then))
        {
            return Ok(base.cloned());
        }
        let mut answer = base.cloned().unwrap_or_default();
        let level_text = given[0];
        if level_text.is_empty() {
            answer.current = None;
            answer.not_applicable = None;
            answer.notes = given[1].to_owned();
        } else if self.labels.last().is_some_and(|na| na == level_text)
            || level_text.eq_ignore_ascii_case(&self.english_na)
            || level_text.eq_ignore_ascii_case("n/a")
        {
            if given[1].is_empty() {
                return Err(flag(
                    NOTES,
                    "is empty, but the requirement is marked not applicable; expected the reason here (the row is left out)".to_owned(),
                ));
            }
            answer.not_applicable = Some(given[1].to_owned());
            answer.current = None;
        } else {
            let Some(value) = level_of(level_text, self.scale) else {
                let expected: Vec<String> = self.labels.iter().map(|l| format!("“{l}”")).collect();
                return Err(flag(
                    LEVEL,
                    format!(
                        "“{level_text}” is not a level of the scale; expected one of {} (the row is left out)",
                        expected.join(", ")
                    ),
                ));
            };
            answer.current = Some(value);
            answer.not_applicable = None;
            answer.notes = given[1].to_owned();
        }
        if given[2] != tidy(&before[2]) {
            answer.evidence = evidence_of(given[2], base);
        }
        Ok(Some(answer))
    }
}

/// The evidence the cell lists, one per line: a line as the questionnaire wrote it keeps the
/// evidence it describes (with its link and date), any other line is a new piece of evidence
/// with that title.
fn evidence_of(cell: &str, base: Option<&Answer>) -> Vec<Evidence> {
    let before = base.map_or(&[][..], |a| a.evidence.as_slice());
    cell.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| {
            before
                .iter()
                .find(|e| tidy(&e.describe()) == line)
                .cloned()
                .unwrap_or_else(|| Evidence {
                    title: line.to_owned(),
                    ..Evidence::default()
                })
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use std::io::{Cursor, Read, Write};

    use super::*;
    use crate::assessment::{Contributor, example_assessment};
    use crate::catalog;
    use crate::sharing::{MergeRow, add_contributor, hand_out, plan_merge};

    const A1: &str = "iso27001:A.5.1";
    const A2: &str = "iso27001:A.5.2";
    const A3: &str = "iso27001:A.5.3";
    const PATH: &str = "erik.xlsx";

    /// The example with a questionnaire for Erik of A.5.1 (level 2 with notes and evidence),
    /// A.5.2 (not applicable) and A.5.3 (unanswered), in rows 7, 8 and 9.
    fn handed_out() -> (Library, Assessment, Handout, Vec<u8>) {
        let library = catalog::load_embedded().library;
        let mut a = example_assessment(&library);
        let erik = Contributor {
            name: "Erik".into(),
            role: "IT operations".into(),
            ..Contributor::default()
        };
        add_contributor(&mut a.team, erik).unwrap();
        a.answers.insert(
            A1.into(),
            Answer {
                current: Some(2),
                notes: "Policy approved in 2024".into(),
                evidence: vec![Evidence {
                    title: "ISMS policy".into(),
                    link: "https://intranet.example/isms".into(),
                    date: "2026-09-30".into(),
                }],
                changed: "2026-10-01".into(),
                ..Answer::default()
            },
        );
        a.answers.insert(
            A2.into(),
            Answer {
                not_applicable: Some("No such roles".into()),
                ..Answer::default()
            },
        );
        a.answers.remove(A3);
        let items = [A1, A2, A3].map(str::to_owned);
        let handout = hand_out(
            &mut a,
            &library,
            "Erik",
            &items,
            PartForm::Questionnaire,
            "2026-11-01",
        )
        .unwrap();
        let bytes = write_questionnaire(&a, &library, &handout).unwrap();
        (library, a, handout, bytes)
    }

    /// `book` with the cells `cells` (reference, text) of its first sheet holding inline
    /// strings, as a spreadsheet program might save them; a cell the sheet lacks is added at
    /// the end of its row, a row it lacks at the end of the sheet.
    fn edit(book: &[u8], cells: &[(&str, &str)]) -> Vec<u8> {
        let mut archive = zip::ZipArchive::new(Cursor::new(book)).unwrap();
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for index in 0..archive.len() {
            let mut entry = archive.by_index(index).unwrap();
            let name = entry.name().unwrap().to_string();
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).unwrap();
            if name == "xl/worksheets/sheet1.xml" {
                let mut xml = String::from_utf8(bytes).unwrap();
                for (cell, text) in cells {
                    xml = put(&xml, cell, text);
                }
                bytes = xml.into_bytes();
            }
            out.start_file(name, zip::write::SimpleFileOptions::default())
                .unwrap();
            out.write_all(&bytes).unwrap();
        }
        out.finish().unwrap().into_inner()
    }

    fn put(xml: &str, cell: &str, text: &str) -> String {
        let new = format!(
            "<c r=\"{cell}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{}</t></is></c>",
            text.replace('&', "&amp;").replace('<', "&lt;")
        );
        if let Some(start) = xml.find(&format!("<c r=\"{cell}\"")) {
            let tag_end = start + xml[start..].find('>').unwrap();
            let end = if xml[..tag_end].ends_with('/') {
                tag_end + 1
            } else {
                start + xml[start..].find("</c>").unwrap() + "</c>".len()
            };
            return format!("{}{new}{}", &xml[..start], &xml[end..]);
        }
        let row = cell.trim_start_matches(|c: char| c.is_ascii_alphabetic());
        if let Some(at) = xml.find(&format!("<row r=\"{row}\"")) {
            let close = at + xml[at..].find("</row>").unwrap();
            return format!("{}{new}{}", &xml[..close], &xml[close..]);
        }
        let close = xml.find("</sheetData>").unwrap();
        format!(
            "{}<row r=\"{row}\">{new}</row>{}",
            &xml[..close],
            &xml[close..]
        )
    }

    fn read(a: &Assessment, library: &Library, bytes: &[u8]) -> ReturnedPart {
        read_questionnaire(bytes, PATH, a, library).unwrap()
    }

    #[test]
    fn a_questionnaire_sent_back_untouched_reads_as_handed_out() {
        let (library, a, handout, bytes) = handed_out();
        let part = read(&a, &library, &bytes);
        assert!(part.flags.is_empty(), "{:#?}", part.flags);
        assert_eq!(part.handout, handout.id);
        assert_eq!(part.fingerprint, handout.fingerprint);
        assert_eq!(part.contributor, "Erik");
        assert!(part.submitted);
        assert_eq!(part.items, handout.items);
        assert_eq!(part.answers, handout.baseline, "the answers as handed out");
        assert_eq!(part.places[A2], "erik.xlsx: Questionnaire!A8");
        let plan = plan_merge(&a, &library, vec![part]);
        assert_eq!((plan.unchanged(), plan.taken()), (3, 0), "{:#?}", plan.rows);
    }

    #[test]
    fn typed_levels_notes_and_not_applicable_are_read() {
        let (library, a, _, bytes) = handed_out();
        let filled = edit(
            &bytes,
            &[
                ("E7", "4 – Managed"),
                ("E8", ""),
                ("F8", "Roles are now assigned"),
                ("E9", "Not applicable"),
                ("F9", "Outsourced to the region"),
            ],
        );
        let part = read(&a, &library, &filled);
        assert!(part.flags.is_empty(), "{:#?}", part.flags);
        let a1 = &part.answers[A1];
        assert_eq!(a1.current, Some(4));
        assert_eq!(a1.notes, "Policy approved in 2024");
        assert_eq!(
            a1.evidence, a.answers[A1].evidence,
            "evidence left as it was"
        );
        let a2 = &part.answers[A2];
        assert_eq!((a2.current, a2.not_applicable.as_deref()), (None, None));
        assert_eq!(a2.notes, "Roles are now assigned");
        assert_eq!(
            part.answers[A3].not_applicable.as_deref(),
            Some("Outsourced to the region")
        );
        let plan = plan_merge(&a, &library, vec![part]);
        assert_eq!(plan.taken(), 3, "{:#?}", plan.rows);
        assert!(
            plan.rows
                .iter()
                .all(|r| matches!(r, MergeRow::Taken { .. }))
        );
    }

    #[test]
    fn a_level_is_read_however_it_is_typed() {
        let (library, a, _, bytes) = handed_out();
        for typed in ["3", "3 - defined", "3 – Defined", " 3 ", "3.0"] {
            let part = read(&a, &library, &edit(&bytes, &[("E9", typed)]));
            assert!(part.flags.is_empty(), "{typed:?}: {:#?}", part.flags);
            assert_eq!(part.answers[A3].current, Some(3), "{typed:?}");
        }
    }

    #[test]
    fn values_that_cannot_be_taken_are_flagged_at_their_cells() {
        let (library, a, _, bytes) = handed_out();
        let filled = edit(
            &bytes,
            &[
                ("E7", "7 – Excellent"),
                ("E8", "Not applicable"),
                ("F8", ""),
                ("E9", "3"),
                ("A10", "iso27001:A.5.9"),
            ],
        );
        let part = read(&a, &library, &filled);
        let flags: Vec<String> = part.flags.iter().map(ToString::to_string).collect();
        assert_eq!(flags.len(), 3, "{flags:#?}");
        assert!(
            flags[0].starts_with("erik.xlsx: Questionnaire!E7: “7 – Excellent” is not a level"),
            "{}",
            flags[0]
        );
        assert!(flags[0].contains("“1 – Initial”"), "{}", flags[0]);
        assert!(
            flags[1].starts_with("erik.xlsx: Questionnaire!F8: is empty"),
            "{}",
            flags[1]
        );
        assert!(
            flags[2].starts_with("erik.xlsx: Questionnaire!A10: iso27001:A.5.9 is not one"),
            "{}",
            flags[2]
        );
        let plan = plan_merge(&a, &library, vec![part]);
        assert_eq!(plan.flags.len(), 3);
        assert_eq!(plan.rows.len(), 1, "only the good row: {:#?}", plan.rows);
        assert_eq!(plan.taken(), 1);
    }

    #[test]
    fn a_missing_row_is_flagged() {
        let (library, a, _, bytes) = handed_out();
        let part = read(&a, &library, &edit(&bytes, &[("A9", "")]));
        assert_eq!(part.flags.len(), 1, "{:#?}", part.flags);
        assert_eq!(part.flags[0].place, "erik.xlsx: Questionnaire");
        assert_eq!(part.flags[0].qid.as_deref(), Some(A3));
    }

    #[test]
    fn a_workbook_that_is_no_questionnaire_is_refused() {
        let (library, a, _, _) = handed_out();
        let not_zip = read_questionnaire(b"PK\x03\x04 not really", PATH, &a, &library);
        let message = not_zip.unwrap_err().to_string();
        assert!(message.starts_with("erik.xlsx"), "{message}");
        assert!(
            message.contains("is not a questionnaire that can be read"),
            "{message}"
        );

        let mut other = Workbook::new();
        other.add_worksheet().write_string(0, 0, "hello").unwrap();
        let bytes = other.save_to_buffer().unwrap();
        let message = read_questionnaire(&bytes, PATH, &a, &library)
            .unwrap_err()
            .to_string();
        assert!(message.contains("has no sheet “Handout”"), "{message}");
    }

    #[test]
    fn evidence_added_on_a_new_line_keeps_the_evidence_handed_out() {
        let (library, a, _, bytes) = handed_out();
        let line = a.answers[A1].evidence[0].describe();
        let cell = format!("{line}\nAudit report 2026");
        let part = read(&a, &library, &edit(&bytes, &[("G7", &cell)]));
        assert!(part.flags.is_empty(), "{:#?}", part.flags);
        let evidence = &part.answers[A1].evidence;
        assert_eq!(evidence.len(), 2);
        assert_eq!(evidence[0], a.answers[A1].evidence[0], "link and date kept");
        assert_eq!(evidence[1].title, "Audit report 2026");
        assert!(evidence[1].link.is_empty() && evidence[1].date.is_empty());
        let part = read(&a, &library, &edit(&bytes, &[("G7", "")]));
        assert!(part.answers[A1].evidence.is_empty(), "emptied, it is gone");
    }

    #[test]
    fn a_requirement_given_two_rows_is_left_out() {
        let (library, a, _, bytes) = handed_out();
        let filled = edit(&bytes, &[("E7", "4"), ("A10", A1), ("E10", "5")]);
        let part = read(&a, &library, &filled);
        let flags: Vec<String> = part.flags.iter().map(ToString::to_string).collect();
        assert_eq!(
            flags,
            [
                "erik.xlsx: Questionnaire!A10: iso27001:A.5.1 has a second row; expected one row per requirement (its answer is left out)"
            ]
        );
        assert_eq!(
            part.places[A1], "erik.xlsx: Questionnaire!A7",
            "its first row"
        );
        let plan = plan_merge(&a, &library, vec![part]);
        assert!(plan.rows.iter().all(|r| r.qid() != A1), "{:#?}", plan.rows);
    }

    #[test]
    fn levels_are_read_by_number_and_name() {
        let library = catalog::load_embedded().library;
        let scale = library.scale("cyfun-1-5");
        assert!(scale.is_some());
        for (text, level) in [
            ("1", Some(1)),
            ("5 – Optimizing", Some(5)),
            ("2 - repeatable", Some(2)),
            ("2.0", Some(2)),
            ("2 – Defined", None),
            ("0", None),
            ("6", None),
            ("2.5", None),
            ("two", None),
            ("", None),
            ("300", None),
        ] {
            assert_eq!(level_of(text, scale), level, "{text:?}");
        }
        assert_eq!(level_of("3", None), None, "no scale, no levels");
    }
}
