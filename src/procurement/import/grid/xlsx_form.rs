//! The sheet "Response" of an XLSX workbook (named in the tender's language, or in English as
//! forms were before they were translated) read into a [`Grid`] with bounded memory: the cells
//! are streamed by [`crate::xlsx`], and only what the form check looks at is kept — every value
//! in the form's columns A to J, and right of them the topmost value of each of the first
//! columns that hold one (the check reports each extra column at its first value) — within
//! caps on rows, text and formulas that no real form comes near.

use std::collections::BTreeMap;

use crate::wording::Wording;
use crate::words::Words;
use crate::xlsx::{Cell, Place, Problem, Workbook, XlsxError};

use super::super::super::layout::{RESPONSE_SHEET, response_sheet};
use super::super::{FormProblem, whole_file};
use super::{COLUMNS, Grid};

/// Most rows with a value in the form's columns: 200,000, twice a form of 100,000 items (each
/// row kept is a row checked, and may be a problem reported). With the ten columns, it bounds
/// the cells kept to 2,000,000.
pub const MAX_KEPT_ROWS: usize = 200_000;

/// Most bytes of text kept from the form's cells, together (64 MiB; a form holds some 330
/// bytes of text per item, 33 MB for 100,000 items).
pub const MAX_KEPT_TEXT_BYTES: usize = 64 << 20;

/// Most columns right of J whose first value is kept (and so reported): a form with any is
/// refused, and 64 are more than enough to show where.
pub const MAX_EXTRA_COLUMNS: usize = 64;

/// Most formulas kept (and so reported): a form with any is refused.
pub const MAX_FORMULAS: usize = 10_000;

/// The sheet "Response" of an XLSX workbook, values and formulas: the sheet named in the
/// language of `words`, or else the one with the English name.
pub(in super::super) fn read_xlsx(
    bytes: &[u8],
    path: &str,
    words: &Words,
) -> Result<Grid, FormProblem> {
    let mut book = Workbook::open(bytes).map_err(|e| form_problem(path, e))?;
    let names: Vec<String> = book.sheet_names().map(str::to_owned).collect();
    let own = response_sheet(words);
    let Some(sheet) = [own.as_str(), RESPONSE_SHEET]
        .into_iter()
        .find(|name| names.iter().any(|n| n == name))
    else {
        return Err(renamed_sheet(path, &own, &names));
    };
    let Some(cells) = book.cells(sheet).map_err(|e| form_problem(path, e))? else {
        return Err(renamed_sheet(path, &own, &names));
    };
    let mut kept = Kept::default();
    for cell in cells {
        let cell = cell.map_err(|e| form_problem(path, e))?;
        kept.add(cell).map_err(|(row, column, message)| {
            let expected = Some(Wording::new("form-no-values-expected"));
            at_cell(path, sheet, row, column, message, expected)
        })?;
    }
    Ok(kept.into_grid(sheet))
}

/// The problem of a workbook without the sheet `sheet` (the response sheet's name in the
/// tender's language).
fn renamed_sheet(path: &str, sheet: &str, names: &[String]) -> FormProblem {
    let found = names
        .iter()
        .map(|n| format!("“{n}”"))
        .collect::<Vec<_>>()
        .join(", ");
    whole_file(
        path,
        Wording::new("form-no-response-sheet")
            .text("sheet", sheet)
            .text("found", found)
            .number("count", names.len() as u64),
        Wording::new("form-no-response-sheet-expected").text("sheet", sheet),
    )
}

/// A problem of the workbook as a problem of the form: at its cell when it has one, else of
/// the whole file, naming the part (and the line and column in it) where there is one. The
/// reader's own words pass through as the sentence's reason (they are English for now).
fn form_problem(path: &str, error: XlsxError) -> FormProblem {
    let expected = || Wording::new("form-xlsx-expected");
    let reason = |text: String| Wording::new("form-unreadable").text("reason", text);
    match (error.place, error.problem) {
        (Place::Cell { sheet, row, column }, problem) => at_cell(
            path,
            &sheet,
            row,
            column as usize,
            problem.to_string(),
            None,
        ),
        (Place::File, Problem::NotZip) => {
            whole_file(path, Wording::new("form-not-zip"), expected())
        }
        (Place::File, Problem::Encrypted) => FormProblem {
            expected: None,
            ..whole_file(path, reason(Problem::Encrypted.to_string()), expected())
        },
        (Place::File, problem) => whole_file(path, reason(problem.to_string()), expected()),
        (place @ Place::Part { .. }, problem) => {
            whole_file(path, reason(format!("{place}: {problem}")), expected())
        }
    }
}

/// A problem at one cell of `sheet`, in the reader's words.
fn at_cell(
    path: &str,
    sheet: &str,
    row: u32,
    column: usize,
    message: String,
    expected: Option<Wording>,
) -> FormProblem {
    FormProblem {
        path: path.to_owned(),
        sheet: Some(sheet.to_owned()),
        row: Some(row),
        column: Some(column),
        message: Wording::new("form-unreadable").text("reason", message),
        expected,
        language: "en".to_owned(),
    }
}

/// The cells kept so far, and what they count against the caps.
#[derive(Default)]
struct Kept {
    rows: BTreeMap<u32, Vec<String>>,
    /// Right of the form: by column, the topmost row with a value and that value.
    extra: BTreeMap<u32, (u32, String)>,
    formulas: Vec<(u32, usize, String)>,
    text_bytes: usize,
}

/// A cap reached at a cell: its row, column and the problem in words.
type CapReached = (u32, usize, String);

impl Kept {
    /// Keeps what the check needs of `cell`.
    fn add(&mut self, cell: Cell) -> Result<(), CapReached> {
        let (row, column) = (cell.row, cell.column as usize);
        if let Some(formula) = cell.formula
            && self.formulas.len() < MAX_FORMULAS
        {
            self.count_text(row, column, formula.len())?;
            self.formulas.push((row, column, formula));
        }
        let text = cell.value.into_text();
        if text.is_empty() {
            return Ok(());
        }
        if column >= COLUMNS {
            self.add_extra(cell.row, cell.column, text)?;
            return Ok(());
        }
        self.count_text(row, column, text.len())?;
        if self.rows.len() >= MAX_KEPT_ROWS && !self.rows.contains_key(&row) {
            return Err((
                row,
                column,
                format!(
                    "the sheet holds values in more than {MAX_KEPT_ROWS} rows, far more than a \
                     response form"
                ),
            ));
        }
        let cells = self.rows.entry(row).or_default();
        if cells.len() <= column {
            cells.resize(column + 1, String::new());
        }
        cells[column] = text;
        Ok(())
    }

    /// Keeps a value right of the form if it is its column's topmost so far and the column is
    /// among the leftmost [`MAX_EXTRA_COLUMNS`] with a value.
    fn add_extra(&mut self, row: u32, column: u32, text: String) -> Result<(), CapReached> {
        match self.extra.get(&column) {
            Some((kept_row, _)) if *kept_row <= row => return Ok(()),
            Some(_) => {}
            None if self.extra.len() < MAX_EXTRA_COLUMNS => {}
            None => match self.extra.last_key_value() {
                Some((&last, _)) if last > column => {
                    self.extra.remove(&last);
                }
                _ => return Ok(()),
            },
        }
        self.count_text(row, column as usize, text.len())?;
        self.extra.insert(column, (row, text));
        Ok(())
    }

    /// Counts `bytes` more of text kept, refusing beyond [`MAX_KEPT_TEXT_BYTES`].
    fn count_text(&mut self, row: u32, column: usize, bytes: usize) -> Result<(), CapReached> {
        self.text_bytes += bytes;
        if self.text_bytes > MAX_KEPT_TEXT_BYTES {
            return Err((
                row,
                column,
                format!(
                    "the sheet holds more than {} MiB of text, far more than a response form",
                    MAX_KEPT_TEXT_BYTES >> 20
                ),
            ));
        }
        Ok(())
    }

    /// The grid of the kept cells of `sheet`, the values right of the form placed in their
    /// rows.
    fn into_grid(self, sheet: &str) -> Grid {
        let mut rows = self.rows;
        for (column, (row, text)) in self.extra {
            let cells = rows.entry(row).or_default();
            let column = column as usize;
            if cells.len() <= column {
                cells.resize(column + 1, String::new());
            }
            cells[column] = text;
        }
        let mut formulas = self.formulas;
        formulas.sort_by_key(|(row, column, _)| (*row, *column));
        Grid {
            sheet: Some(sheet.to_owned()),
            rows,
            formulas,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::xlsx::Data;

    fn cell(row: u32, column: u32, text: &str) -> Cell {
        Cell {
            row,
            column,
            value: Data::String(text.to_owned()),
            formula: None,
        }
    }

    #[test]
    fn right_of_the_form_the_topmost_value_of_the_leftmost_columns_is_kept() {
        let mut kept = Kept::default();
        kept.add(cell(9, 10, "K9")).unwrap();
        kept.add(cell(8, 10, "K8")).unwrap();
        kept.add(cell(12, 10, "K12")).unwrap();
        for column in (11..11 + MAX_EXTRA_COLUMNS as u32).rev() {
            kept.add(cell(20, column + 100, "far")).unwrap();
        }
        kept.add(cell(30, 11, "L30")).unwrap();
        kept.add(cell(7, 1, "B7")).unwrap();
        let grid = kept.into_grid(RESPONSE_SHEET);
        assert_eq!(grid.cell(8, 10), "K8");
        assert_eq!(grid.cell(9, 10), "", "only the topmost of a column");
        assert_eq!(
            grid.cell(30, 11),
            "L30",
            "a column left of those kept evicts the rightmost"
        );
        assert_eq!(grid.cell(20, 111), "far");
        assert_eq!(grid.cell(20, 110 + MAX_EXTRA_COLUMNS), "");
        assert_eq!(grid.cell(7, 1), "B7");
        let extra: usize = grid
            .rows
            .values()
            .map(|cells| cells.iter().skip(COLUMNS).filter(|c| !c.is_empty()).count())
            .sum();
        assert_eq!(extra, MAX_EXTRA_COLUMNS);
    }

    #[test]
    fn rows_beyond_the_cap_are_refused_at_the_first_cell_beyond() {
        let mut kept = Kept::default();
        for row in 1..=MAX_KEPT_ROWS as u32 {
            kept.add(cell(row, 0, "x")).unwrap();
        }
        kept.add(cell(5, 1, "again")).unwrap();
        let (row, column, message) = kept.add(cell(1_000_000, 2, "x")).unwrap_err();
        assert_eq!((row, column), (1_000_000, 2));
        assert!(message.contains("more than 200000 rows"), "{message}");
    }
}
