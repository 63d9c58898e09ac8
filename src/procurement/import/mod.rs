//! Reading a bidder's filled response form (XLSX or CSV) back into a [`BidResponse`]. Both
//! formats become one grid of cell texts ([`grid`]), checked by one function against the layout
//! the form was written with ([`check`]). Every problem is collected and located (sheet and
//! cell, or line and field); a form with any problem is refused whole, so an evaluation never
//! rests on half a form.

mod check;
mod grid;

use std::fmt;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::input::{InputError, MAX_INPUT_BYTES};
use crate::wording::Wording;
use crate::words::Words;

use crate::catalog::Library;

use super::form::FormFormat;
use super::layout::{BIDDER_ROW, FORM_COLUMNS, HEADER_ROW, bidder_label, column_letter};
use super::model::Tender;
use super::response::BidResponse;

/// One thing wrong with a filled form, located so that the bidder or the evaluator can go
/// straight to the cell: in an XLSX by sheet and cell, in a CSV by line and field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormProblem {
    /// The file as the user named it.
    pub path: String,
    /// The sheet, for an XLSX form; none for a CSV or for a problem with the whole file.
    pub sheet: Option<String>,
    /// The 1-based row in the sheet, or for a CSV the line where the record starts; none when
    /// the whole file is concerned.
    pub row: Option<u32>,
    /// The 0-based column (0 = A, the first field); none when a whole row is concerned.
    pub column: Option<usize>,
    /// What is wrong.
    pub message: Wording,
    /// What was expected instead, when there is something to say.
    pub expected: Option<Wording>,
    /// The language of the form's own words (its tender's, or English for a form whose
    /// headings are the English ones), in which [`FormProblem::column_name`] names columns.
    pub language: String,
}

/// Where in a form a problem is, in words any language can put around it: the window words
/// it in its own language, the command line in English ([`FormProblem`]'s `Display`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemPlace<'a> {
    /// The whole file.
    WholeFile,
    /// An XLSX cell, a row or a column of a sheet.
    Sheet {
        /// The sheet's name.
        sheet: &'a str,
        /// The cell ("C9"), the row ("9") or the column ("C"), as [`SheetSpot`] says.
        spot: SheetSpot,
    },
    /// A CSV line, and the field in it when one is concerned (1-based).
    Line {
        /// The line where the record starts.
        line: u32,
        /// The field, 1-based.
        field: Option<usize>,
    },
}

/// Which part of a sheet a problem is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SheetSpot {
    /// A cell, by its reference ("C9").
    Cell(String),
    /// A whole row.
    Row(u32),
    /// A whole column, by its letter.
    Column(String),
    /// The sheet as a whole.
    Sheet,
}

impl FormProblem {
    /// Where the problem is, for words around it.
    pub fn place(&self) -> ProblemPlace<'_> {
        match &self.sheet {
            Some(sheet) => ProblemPlace::Sheet {
                sheet,
                spot: match (self.row, self.column) {
                    (Some(row), Some(col)) => {
                        SheetSpot::Cell(format!("{}{row}", column_letter(col)))
                    }
                    (Some(row), None) => SheetSpot::Row(row),
                    (None, Some(col)) => SheetSpot::Column(column_letter(col)),
                    (None, None) => SheetSpot::Sheet,
                },
            },
            None => match self.row {
                Some(line) => ProblemPlace::Line {
                    line,
                    field: self.column.map(|c| c + 1),
                },
                None => ProblemPlace::WholeFile,
            },
        }
    }

    /// The name of the cell's column or field, when the place is in the item table or is the
    /// bidder-name cell, for messages such as "cell H12 (Response)". It is the form's own
    /// heading, in the form's language whatever the window's.
    pub fn column_name(&self) -> Option<String> {
        let (row, col) = (self.row?, self.column?);
        let words = || Words::for_language(&self.language);
        if row >= HEADER_ROW {
            FORM_COLUMNS.get(col).map(|c| c.title_in(&words()))
        } else if row == BIDDER_ROW && col == 1 {
            Some(bidder_label(&words()))
        } else {
            None
        }
    }
}

impl fmt::Display for FormProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.path)?;
        match self.place() {
            ProblemPlace::Sheet { sheet, spot } => {
                write!(f, ": sheet “{sheet}”")?;
                match spot {
                    SheetSpot::Cell(cell) => write!(f, ", cell {cell}")?,
                    SheetSpot::Row(row) => write!(f, ", row {row}")?,
                    SheetSpot::Column(column) => write!(f, ", column {column}")?,
                    SheetSpot::Sheet => {}
                }
            }
            ProblemPlace::Line { line, field } => {
                write!(f, ":{line}")?;
                if let Some(field) = field {
                    write!(f, ":{field}")?;
                }
            }
            ProblemPlace::WholeFile => {}
        }
        if let Some(name) = self.column_name() {
            write!(f, " ({name})")?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(expected) = &self.expected {
            write!(f, "; expected {expected}")?;
        }
        Ok(())
    }
}

/// Why a filled form was refused: every problem found in it. Nothing of the form is used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    /// The file as the user named it.
    pub path: String,
    /// Every problem, in the order of the file (whole-file problems first).
    pub problems: Vec<FormProblem>,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.problems.is_empty() {
            return write!(f, "{}: the response form could not be read", self.path);
        }
        for (index, problem) in self.problems.iter().enumerate() {
            if index > 0 {
                writeln!(f)?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ImportError {}

/// Reads the filled form at `path` (XLSX or CSV, by its ending) and checks it against `tender`:
/// the layout, the unchanged descriptions, a known answer for every item. Returns the bid with
/// one answer per item in tender order, or every problem found. The form is read in the
/// tender's language (and in English, as forms were written before they were translated),
/// whatever language `library` is in.
pub fn import_response(
    path: &Path,
    tender: &Tender,
    library: &Library,
) -> Result<BidResponse, ImportError> {
    let shown = path.display().to_string();
    let fail = |mut problem: FormProblem| {
        problem.language.clone_from(&tender.language);
        ImportError {
            path: shown.clone(),
            problems: vec![problem],
        }
    };
    let Some(format) = FormFormat::from_path(path) else {
        return Err(fail(whole_file(
            &shown,
            Wording::new("form-wrong-ending"),
            Wording::new("form-wrong-ending-expected"),
        )));
    };
    let bytes = crate::input::read_input_file(path).map_err(|e| {
        fail(whole_file(
            &shown,
            unreadable(&e),
            Wording::new("form-unreadable-expected"),
        ))
    })?;
    import_response_bytes(&bytes, format, &shown, tender, library)
}

/// Reads a filled form from its bytes, as [`import_response`] does once the file is read:
/// `shown` names the file in problems. For readers of bytes that are not in a file (the fuzz
/// harnesses feed it millions of inputs without touching the disk).
pub fn import_response_bytes(
    bytes: &[u8],
    format: FormFormat,
    shown: &str,
    tender: &Tender,
    library: &Library,
) -> Result<BidResponse, ImportError> {
    let fail = |mut problem: FormProblem| {
        problem.language.clone_from(&tender.language);
        ImportError {
            path: shown.to_owned(),
            problems: vec![problem],
        }
    };
    if bytes.is_empty() {
        return Err(fail(whole_file(
            shown,
            Wording::new("form-empty"),
            Wording::new("form-empty-expected"),
        )));
    }
    let words = Words::for_language(&tender.language);
    let grid = match format {
        FormFormat::Xlsx => grid::read_xlsx(bytes, shown, &words),
        FormFormat::Csv => grid::read_csv(bytes, shown),
    }
    .map_err(fail)?;
    // The descriptions as the form was written: from the catalogs in the tender's language.
    let library = library.for_document(&tender.language);
    let (bidder, answers) =
        check::check(&grid, shown, tender, &library, &words).map_err(|problems| ImportError {
            path: shown.to_owned(),
            problems,
        })?;
    let digest = Sha256::digest(bytes);
    Ok(BidResponse {
        bidder,
        source: shown.to_owned(),
        fingerprint: digest.iter().map(|b| format!("{b:02x}")).collect(),
        answers,
    })
}

/// A problem with the whole file, located nowhere in it.
fn whole_file(path: &str, message: Wording, expected: Wording) -> FormProblem {
    FormProblem {
        path: path.to_owned(),
        sheet: None,
        row: None,
        column: None,
        message,
        expected: Some(expected),
        language: "en".to_owned(),
    }
}

/// Why the file could not be read, in words a translation can follow: the common cases by
/// their own sentence, anything else as the system says it.
fn unreadable(error: &InputError) -> Wording {
    match error {
        InputError::Io(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Wording::new("form-not-found")
        }
        InputError::Io(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
            Wording::new("form-no-permission")
        }
        InputError::NotRegular { .. } => Wording::new("form-not-regular"),
        InputError::TooLarge => {
            Wording::new("form-too-large").number("megabytes", MAX_INPUT_BYTES / (1024 * 1024))
        }
        other => Wording::new("form-unreadable").text("reason", other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::procurement::ResponseCode;

    fn problem(sheet: Option<&str>, row: u32, column: Option<usize>) -> FormProblem {
        FormProblem {
            path: "bids/acme.x".to_owned(),
            sheet: sheet.map(str::to_owned),
            row: Some(row),
            column,
            message: Wording::new("form-not-a-response").text("found", "“Yes”"),
            expected: Some(
                Wording::new("form-response-expected").text("choices", ResponseCode::choices()),
            ),
            language: "en".to_owned(),
        }
    }

    #[test]
    fn problems_name_the_cell_or_the_line_and_field() {
        assert_eq!(
            problem(Some("Response"), 12, Some(7)).to_string(),
            "bids/acme.x: sheet “Response”, cell H12 (Response): “Yes” is not a response; \
             expected one of “Meets”, “Meets by equivalent”, “Does not meet”"
        );
        assert_eq!(
            problem(None, 12, Some(7)).to_string(),
            "bids/acme.x:12:8 (Response): “Yes” is not a response; \
             expected one of “Meets”, “Meets by equivalent”, “Does not meet”"
        );
        assert!(
            problem(Some("Response"), 2, Some(1))
                .to_string()
                .contains("cell B2 (Bidder name): ")
        );
        assert!(
            problem(Some("Response"), 20, None)
                .to_string()
                .starts_with("bids/acme.x: sheet “Response”, row 20: ")
        );
    }
}
