//! A reader of XLSX workbooks for files from outside (a bidder's filled form): it streams one
//! sheet's cells instead of building a grid, so that memory stays bounded whatever the file
//! claims. Every part is inflated through a counting limit (the sizes a zip declares are never
//! trusted), every count a hostile file could inflate is capped, and every problem says in
//! plain words where it is: the sheet and cell, the part (and its line and column), or the
//! whole file.
//!
//! [`Workbook::open`] reads the package (relationships, workbook, styles, shared strings);
//! [`Workbook::cells`] then streams a sheet's cells, each with its value and formula.

mod archive;
mod book;
mod cells;
mod dates;
mod error;
mod formula;
mod reference;
mod strings;
mod styles;
#[cfg(test)]
mod tests;
mod xml;

pub use cells::{Cell, SheetCells};
pub use dates::{ExcelDateKind, ExcelDateTime};
pub use error::{Place, Problem, XlsxError};

use archive::Archive;
use book::Book;
use strings::SharedStrings;
use styles::CellFormats;

/// Most entries a workbook's zip may hold. A form has about a dozen; the cap keeps the zip's
/// own table of entries small however many a file declares.
pub const MAX_ENTRIES: usize = 10_000;

/// Most bytes a sheet or the shared strings may inflate to (64 MiB): a response form's sheet
/// takes some 450 bytes per item (45 MB for 100,000 items); a zip bomb is stopped here.
pub const MAX_LARGE_PART_BYTES: u64 = 64 << 20;

/// Most bytes the small parts (relationships, workbook, styles) may inflate to (8 MiB).
pub const MAX_SMALL_PART_BYTES: u64 = 8 << 20;

/// Most shared strings (distinct texts) a workbook may hold.
pub const MAX_SHARED_STRINGS: usize = 1_000_000;

/// Most bytes of text all shared strings together may hold (32 MiB).
pub const MAX_SHARED_TEXT_BYTES: usize = 32 << 20;

/// Longest text a cell may hold, in UTF-16 units: Excel's limit, which no workbook a person
/// saved exceeds; a longer text (a cell's or a shared one) is refused where it is.
pub const MAX_CELL_CHARS: usize = crate::spreadsheet::CELL_LIMIT;

/// Excel's last row; a cell reference beyond it is refused.
pub const MAX_SHEET_ROW: u32 = 1_048_576;

/// Excel's number of columns (A to XFD); a cell reference beyond them is refused.
pub const MAX_SHEET_COLUMNS: u32 = 16_384;

/// A cell's value as read from the sheet, before it is turned into text.
#[derive(Debug, Clone, PartialEq)]
pub enum Data {
    /// No value (a formatted cell, or an empty string).
    Empty,
    /// Text: a shared or inline string, a formula's text result.
    String(String),
    /// A number that is not formatted as a date.
    Float(f64),
    /// `TRUE` or `FALSE`.
    Bool(bool),
    /// A number formatted as a date, a time or a duration.
    DateTime(ExcelDateTime),
    /// A date stored as ISO 8601 text (`t="d"`).
    DateTimeIso(String),
    /// An error value such as `#N/A` or `#DIV/0!`.
    Error(String),
}

impl Data {
    /// The value as a person sees it: numbers in their shortest form (7, not 7.0), dates as
    /// ISO dates, booleans as TRUE/FALSE, errors as Excel shows them.
    pub fn text(&self) -> String {
        match self {
            Data::Empty => String::new(),
            Data::String(text) | Data::DateTimeIso(text) | Data::Error(text) => text.clone(),
            Data::Float(number) => number.to_string(),
            Data::Bool(true) => "TRUE".to_owned(),
            Data::Bool(false) => "FALSE".to_owned(),
            Data::DateTime(moment) => moment.text(),
        }
    }

    /// [`Data::text`], taking the value (a text is moved, not copied).
    pub fn into_text(self) -> String {
        match self {
            Data::String(text) | Data::DateTimeIso(text) | Data::Error(text) => text,
            other => other.text(),
        }
    }
}

/// An opened workbook: its zip, its sheets and what their cells need (shared strings, which
/// styles are dates, the date system).
pub struct Workbook<'a> {
    archive: Archive<'a>,
    book: Book,
    strings: SharedStrings,
    formats: CellFormats,
}

impl<'a> Workbook<'a> {
    /// Opens the workbook in `bytes`: checks the zip (not encrypted, not too many entries),
    /// then reads the package and workbook relationships, the workbook, the styles and the
    /// shared strings, each within its cap.
    pub fn open(bytes: &'a [u8]) -> Result<Workbook<'a>, XlsxError> {
        let mut archive = Archive::open(bytes)?;
        let book = Book::read(&mut archive)?;
        let formats = match &book.styles_part {
            Some(part) => styles::read(&mut archive, part)?,
            None => CellFormats::default(),
        };
        let strings = match &book.strings_part {
            Some(part) => strings::read_shared(&mut archive, part)?,
            None => SharedStrings::default(),
        };
        Ok(Workbook {
            archive,
            book,
            strings,
            formats,
        })
    }

    /// The names of the workbook's sheets, in the workbook's order.
    pub fn sheet_names(&self) -> impl Iterator<Item = &str> {
        self.book.sheets.iter().map(|sheet| sheet.name.as_str())
    }

    /// Streams the cells of the sheet called `name` in the order of the file; none when the
    /// workbook has no such sheet.
    pub fn cells(&mut self, name: &str) -> Result<Option<SheetCells<'_, 'a>>, XlsxError> {
        let Some(sheet) = self.book.sheets.iter().find(|s| s.name == name) else {
            return Ok(None);
        };
        let context = cells::Context {
            sheet: sheet.name.clone(),
            part: sheet.part.clone()?,
            strings: &self.strings,
            formats: &self.formats,
            date1904: self.book.date1904,
        };
        cells::SheetCells::new(&mut self.archive, context).map(Some)
    }
}
