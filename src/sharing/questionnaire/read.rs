//! Reading a filled questionnaire back with the bounded reader of [`crate::xlsx`]: the hidden
//! sheet says which hand-out it is; each row of the questionnaire sheet becomes the
//! contributor's answer, or a flag at the cell that cannot be taken.

use std::collections::{BTreeMap, BTreeSet};

use super::{EVIDENCE, HANDOUT_SHEET, HEADER_ROW, ID, LEVEL, NOTES, cells_of, column_letter};
use super::{level_labels, level_of, tidy};
use crate::assessment::{Answer, Assessment, Evidence, Handout, PartForm};
use crate::catalog::{Library, Problem, Scale};
use crate::sharing::returned::{Flag, ReturnedPart};
use crate::words::Words;
use crate::xlsx::{self, Data, Workbook};

/// Most rows read from either sheet: a part has at most a few thousand requirements.
const MAX_ROWS: usize = 200_000;

/// What is expected of a file given as a questionnaire.
const EXPECTED: &str =
    "the questionnaire workbook MIM Assistant wrote, filled in and saved as .xlsx";

/// One cell of a row: its text, and whether it holds a formula.
type RowCell = (String, bool);

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
    let unreadable = |e: xlsx::XlsxError| {
        Problem::file(
            path,
            format!("is not a questionnaire that can be read: {e}"),
            EXPECTED,
        )
    };
    let mut book = Workbook::open(bytes).map_err(unreadable)?;
    let (facts, listed) = read_handout_sheet(&mut book, path)?;
    let fact = |key: &str| facts.get(key).cloned().unwrap_or_default();
    let handout_id = fact("handout");
    let record = assessment.team.handout(&handout_id);
    let items: Vec<String> = record.map_or(listed, |h| h.items.clone());
    let words = Words::for_language(&assessment.language);
    let Some(sheet) = book
        .sheet_names()
        .find(|n| *n != HANDOUT_SHEET)
        .map(str::to_owned)
    else {
        return Err(Problem::file(path, "has no questionnaire sheet", EXPECTED));
    };
    let rows = read_rows(&mut book, &sheet).map_err(unreadable)?;
    let reader = RowReader {
        path,
        sheet: &sheet,
        scale: library.scale(&assessment.scale),
        words: &words,
        record,
    };
    let in_part: BTreeSet<&str> = items.iter().map(String::as_str).collect();
    let (mut answers, mut places, mut flags) = (BTreeMap::new(), BTreeMap::new(), Vec::new());
    let mut seen = BTreeSet::new();
    for (row, cells) in &rows {
        let qid = cells[0].0.trim();
        if qid.is_empty() {
            continue;
        }
        places.insert(qid.to_owned(), reader.place(*row, ID));
        let problem = if !in_part.contains(qid) {
            Some((
                ID,
                format!("{qid} is not one of the part's requirements; the row is left out"),
            ))
        } else if !seen.insert(qid.to_owned()) {
            Some((
                ID,
                format!("{qid} has a second row; only the first is read"),
            ))
        } else {
            match reader.answer(qid, cells) {
                Ok(Some(answer)) => {
                    answers.insert(qid.to_owned(), answer);
                    None
                }
                Ok(None) => None,
                Err(problem) => Some(problem),
            }
        };
        if let Some((col, message)) = problem {
            flags.push(Flag {
                place: reader.place(*row, col),
                qid: Some(qid.to_owned()),
                message,
            });
        }
    }
    for qid in items.iter().filter(|q| !seen.contains(*q)) {
        if !flags.iter().any(|f| f.qid.as_deref() == Some(qid)) {
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

/// The hidden sheet: the facts on rows 1 to 4 (key in A, value in B) and the requirement ids
/// from row 6.
fn read_handout_sheet(
    book: &mut Workbook<'_>,
    path: &str,
) -> Result<(BTreeMap<String, String>, Vec<String>), Problem> {
    let unreadable = |e: xlsx::XlsxError| {
        Problem::file(
            path,
            format!("is not a questionnaire that can be read: {e}"),
            EXPECTED,
        )
    };
    let Some(cells) = book.cells(HANDOUT_SHEET).map_err(unreadable)? else {
        return Err(Problem::file(
            path,
            format!("has no sheet “{HANDOUT_SHEET}”, so it is no questionnaire of MIM Assistant"),
            "the questionnaire workbook MIM Assistant wrote, with its sheets as they were",
        ));
    };
    let mut rows: BTreeMap<u32, [String; 2]> = BTreeMap::new();
    for cell in cells {
        let cell = cell.map_err(unreadable)?;
        if cell.column < 2 && (rows.len() < MAX_ROWS || rows.contains_key(&cell.row)) {
            rows.entry(cell.row).or_default()[cell.column as usize] = cell.value.into_text();
        }
    }
    let mut facts = BTreeMap::new();
    let mut ids = Vec::new();
    for (row, [key, value]) in rows {
        if row <= 4 {
            facts.insert(key, value);
        } else if !key.is_empty() {
            ids.push(key);
        }
    }
    Ok((facts, ids))
}

/// The questionnaire sheet's rows below the headings: the id, level, notes and evidence cells
/// of each, with whether each holds a formula.
fn read_rows(
    book: &mut Workbook<'_>,
    sheet: &str,
) -> Result<BTreeMap<u32, [RowCell; 4]>, xlsx::XlsxError> {
    let mut rows: BTreeMap<u32, [RowCell; 4]> = BTreeMap::new();
    let Some(cells) = book.cells(sheet)? else {
        return Ok(rows);
    };
    for cell in cells {
        let cell = cell?;
        if cell.row <= HEADER_ROW || (rows.len() >= MAX_ROWS && !rows.contains_key(&cell.row)) {
            continue;
        }
        let slot = match cell.column as u16 {
            ID => 0,
            LEVEL => 1,
            NOTES => 2,
            EVIDENCE => 3,
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

/// What turning one row into an answer needs.
struct RowReader<'a> {
    path: &'a str,
    sheet: &'a str,
    scale: Option<&'a Scale>,
    words: &'a Words,
    record: Option<&'a Handout>,
}

impl RowReader<'_> {
    /// `file: Sheet!E9`.
    fn place(&self, row: u32, col: u16) -> String {
        format!("{}: {}!{}{row}", self.path, self.sheet, column_letter(col))
    }

    /// The contributor's answer in a row: the answer as handed out when the row is as it was
    /// written (none for an unanswered one), else the row's level, notes and evidence over
    /// it; or the column and why the row cannot be taken.
    fn answer(&self, qid: &str, cells: &[RowCell; 4]) -> Result<Option<Answer>, (u16, String)> {
        let [_, level, notes, evidence] = cells;
        if let Some(col) = [(LEVEL, level), (NOTES, notes), (EVIDENCE, evidence)]
            .into_iter()
            .find_map(|(col, cell)| cell.1.then_some(col))
        {
            return Err((
                col,
                "holds a formula; expected a value typed in (the row is left out)".to_owned(),
            ));
        }
        let base = self.record.and_then(|h| h.baseline.get(qid));
        let given = [level.0.trim().to_owned(), tidy(&notes.0), tidy(&evidence.0)];
        let before = cells_of(base, self.scale, self.words).map(|text| tidy(&text));
        if given == before {
            return Ok(base.cloned());
        }
        let mut answer = base.cloned().unwrap_or_default();
        let labels = level_labels(self.scale, self.words);
        let not_applicable = labels.last().is_some_and(|na| *na == given[0])
            || given[0].eq_ignore_ascii_case(&Words::for_language("en").get("part-not-applicable"))
            || given[0].eq_ignore_ascii_case("n/a");
        if given[0].is_empty() {
            answer.current = None;
            answer.not_applicable = None;
            answer.notes.clone_from(&given[1]);
        } else if not_applicable {
            if given[1].is_empty() {
                return Err((
                    NOTES,
                    "is empty, but the requirement is marked not applicable; expected the reason here (the row is left out)".to_owned(),
                ));
            }
            answer.not_applicable = Some(given[1].clone());
            answer.current = None;
        } else {
            let Some(value) = level_of(&given[0], self.scale) else {
                let choices: Vec<String> = labels.iter().map(|l| format!("“{l}”")).collect();
                return Err((
                    LEVEL,
                    format!(
                        "“{}” is not a level of the scale; expected one of {} (the row is left out)",
                        given[0],
                        choices.join(", ")
                    ),
                ));
            };
            answer.current = Some(value);
            answer.not_applicable = None;
            answer.notes.clone_from(&given[1]);
        }
        if given[2] != before[2] {
            answer.evidence = given[2]
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .map(|line| Evidence {
                    title: line.to_owned(),
                    ..Evidence::default()
                })
                .collect();
        }
        Ok(Some(answer))
    }
}
