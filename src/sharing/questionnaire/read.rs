//! Reading a filled questionnaire back: the hidden sheet says which hand-out it is, and each
//! row becomes the colleague's answer or a flag at the cell that cannot be taken.

use super::*;

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
pub(super) fn level_of(text: &str, scale: Option<&Scale>) -> Option<u8> {
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
