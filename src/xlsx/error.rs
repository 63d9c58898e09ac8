//! What can be wrong with a workbook, in words about the workbook (not about XML or zip
//! internals), and where: a cell of a sheet, a part of the package, or the whole file.

use std::fmt;

use thiserror::Error;

use crate::procurement::column_letter;

/// Where a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The whole file (not a workbook, encrypted, a part missing).
    File,
    /// A part of the package, by its name in the zip, and the 1-based line and column in it
    /// when the problem is at one place of its XML.
    Part {
        /// The part's name, `xl/worksheets/sheet1.xml`.
        name: String,
        /// Line and column (in characters), when known.
        at: Option<(u64, u64)>,
    },
    /// A cell of a sheet: 1-based row, 0-based column.
    Cell {
        /// The sheet's name.
        sheet: String,
        /// 1-based row.
        row: u32,
        /// 0-based column (0 = A).
        column: u32,
    },
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::File => f.write_str("the workbook"),
            Place::Part { name, at: None } => write!(f, "the part {name}"),
            Place::Part {
                name,
                at: Some((line, column)),
            } => write!(f, "the part {name}, line {line}, column {column}"),
            Place::Cell { sheet, row, column } => write!(
                f,
                "sheet “{sheet}”, cell {}{row}",
                column_letter(*column as usize)
            ),
        }
    }
}

/// What is wrong, in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Problem {
    /// Not a zip archive at all.
    #[error("the file is not an XLSX workbook (it is not a zip archive)")]
    NotZip,
    /// A zip entry with the encryption flag, or an encrypted OOXML package (an OLE file).
    #[error("the workbook is encrypted or password-protected; save it without a password")]
    Encrypted,
    /// An OLE compound file that is not an encrypted package: an .xls workbook, most likely.
    #[error(
        "the file is an Excel 97–2003 workbook (.xls) or another older Office file, not an .xlsx workbook"
    )]
    OldFormat,
    /// More zip entries than [`super::MAX_ENTRIES`].
    #[error("the zip archive holds {found} entries, more than the {max} a workbook may have")]
    TooManyEntries {
        /// Entries declared or found.
        found: u64,
        /// The cap.
        max: usize,
    },
    /// A part the workbook cannot be read without.
    #[error("the workbook lacks its part {part} ({what}); the file is damaged or not a workbook")]
    MissingPart {
        /// The part's name.
        part: String,
        /// What the part is for.
        what: &'static str,
    },
    /// A part inflates beyond its cap.
    #[error("it inflates to more than {max_mib} MiB, more than a workbook part may hold")]
    PartTooLarge {
        /// The cap in MiB.
        max_mib: u64,
    },
    /// The compressed data of a part cannot be inflated, or uses a method we do not read.
    #[error("it cannot be unpacked: {reason}")]
    Damaged {
        /// What went wrong, in words.
        reason: String,
    },
    /// The XML of a part is not well-formed (or uses what a workbook never holds).
    #[error("its XML is not well-formed: {reason}")]
    Xml {
        /// What is wrong, in words.
        reason: String,
    },
    /// The workbook's XML names a thing that does not fit it.
    #[error("{0}")]
    Content(String),
    /// More shared strings than [`super::MAX_SHARED_STRINGS`].
    #[error("the workbook holds more than {max} shared texts")]
    TooManyStrings {
        /// The cap.
        max: usize,
    },
    /// Shared strings longer, together, than [`super::MAX_SHARED_TEXT_BYTES`].
    #[error("the workbook's shared texts hold more than {max_mib} MiB of text")]
    TooMuchText {
        /// The cap in MiB.
        max_mib: usize,
    },
    /// A cell reference that is not one, or is beyond the sheet.
    #[error("{0}")]
    Reference(String),
    /// A cell whose value cannot be read.
    #[error("{0}")]
    Cell(String),
}

/// A problem and where it is.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{place}: {problem}")]
pub struct XlsxError {
    /// Where.
    pub place: Place,
    /// What.
    pub problem: Problem,
}

impl XlsxError {
    /// A problem with the whole file.
    pub(super) fn file(problem: Problem) -> XlsxError {
        XlsxError {
            place: Place::File,
            problem,
        }
    }

    /// A problem with a part, at no particular place in it.
    pub(super) fn part(name: &str, problem: Problem) -> XlsxError {
        XlsxError {
            place: Place::Part {
                name: name.to_owned(),
                at: None,
            },
            problem,
        }
    }

    /// A problem with one cell of `sheet`.
    pub(super) fn cell(sheet: &str, row: u32, column: u32, problem: Problem) -> XlsxError {
        XlsxError {
            place: Place::Cell {
                sheet: sheet.to_owned(),
                row,
                column,
            },
            problem,
        }
    }
}
