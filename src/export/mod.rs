//! The answers as a table, one row per requirement in scope, for people who work in
//! spreadsheets: CSV and XLSX carry the same rows and columns. A cell that a spreadsheet would
//! take for a formula (starting with `=`, `+`, `-` or `@`) is always written as text, by the
//! rules in [`crate::spreadsheet`].

mod csv;
mod rows;
mod soa;
mod xlsx;

pub use self::csv::to_csv;
pub use self::rows::{COLUMNS, ExportRow, columns, export_rows};
pub use self::soa::soa_xlsx;
pub use self::xlsx::to_xlsx;

use std::path::Path;

use crate::assessment::Assessment;
use crate::catalog::Library;
use crate::store::{StoreError, write_bytes_safely};

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The CSV writer failed.
    #[error("could not write the CSV: {0}")]
    Csv(String),
    /// The XLSX writer failed.
    #[error("could not write the XLSX workbook: {0}")]
    Xlsx(String),
    /// The file name ends neither in `.csv` nor in `.xlsx`.
    #[error("{0}: the file name must end in .csv or .xlsx")]
    UnknownFormat(String),
    /// A Statement of Applicability's file name ends neither in `.xlsx` nor in `.pdf`.
    #[error("{0}: the file name must end in .xlsx or .pdf")]
    UnknownSoaFormat(String),
    /// ISO/IEC 27001 (or its Annex A) is not among the loaded catalogs.
    #[error("ISO/IEC 27001:2022 Annex A is not loaded, so there is no Statement of Applicability")]
    NoAnnexA,
    /// The PDF writer failed.
    #[error(transparent)]
    Pdf(#[from] crate::report::PdfError),
    /// The file could not be saved.
    #[error(transparent)]
    Write(#[from] StoreError),
}

/// Writes the table to `path`, as CSV or XLSX by its ending, safely (temp file, sync, rename).
pub fn export_to(
    assessment: &Assessment,
    library: &Library,
    path: &Path,
) -> Result<(), ExportError> {
    let name = path.to_string_lossy().to_lowercase();
    let rows = export_rows(assessment, library);
    let bytes = if name.ends_with(".csv") {
        to_csv(&rows, assessment)?
    } else if name.ends_with(".xlsx") {
        to_xlsx(&rows, assessment)?
    } else {
        return Err(ExportError::UnknownFormat(path.display().to_string()));
    };
    write_bytes_safely(path, &bytes)?;
    Ok(())
}

/// Writes the Statement of Applicability of `assessment` to `path`, as XLSX or PDF by its
/// ending, safely; says what was written ("93 controls, 6 pages").
pub fn soa_to(
    assessment: &Assessment,
    library: &Library,
    path: &Path,
) -> Result<String, ExportError> {
    let name = path.to_string_lossy().to_lowercase();
    let insights = crate::assessment::Insights::compute(assessment, library);
    let soa = crate::assessment::statement_of_applicability(assessment, library, &insights)
        .ok_or(ExportError::NoAnnexA)?;
    let controls = soa.totals.controls;
    let (bytes, pages) = if name.ends_with(".xlsx") {
        (soa_xlsx(assessment, &soa)?, None)
    } else if name.ends_with(".pdf") {
        let pdf = crate::report::render(&crate::report::soa::soa_report(assessment, &soa))?;
        (pdf.bytes, Some(pdf.pages))
    } else {
        return Err(ExportError::UnknownSoaFormat(path.display().to_string()));
    };
    write_bytes_safely(path, &bytes)?;
    Ok(match pages {
        Some(pages) => format!("{controls} controls, {pages} pages"),
        None => format!("{controls} controls"),
    })
}
