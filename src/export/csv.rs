//! The table as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs on Windows read
//! å, ł and Greek letters right; comma-separated, quoted where needed).

use super::ExportError;
use super::rows::{ExportRow, columns};
use crate::assessment::Assessment;
use crate::spreadsheet::guard_csv_cell;
use crate::words::Words;

/// The rows of `assessment` as CSV bytes, the headings in its language. A cell that would start
/// a formula gets a leading apostrophe, the usual sign for "this is text" that spreadsheets show
/// but do not evaluate.
pub fn to_csv(rows: &[ExportRow], assessment: &Assessment) -> Result<Vec<u8>, ExportError> {
    let mut writer = ::csv::Writer::from_writer(Vec::from("\u{feff}".as_bytes()));
    let err = |e: ::csv::Error| ExportError::Csv(e.to_string());
    let words = Words::for_language(&assessment.language);
    writer.write_record(columns(&words)).map_err(err)?;
    for row in rows {
        let cells = row.texts().into_iter().map(guard_csv_cell);
        writer.write_record(cells).map_err(err)?;
    }
    writer
        .into_inner()
        .map_err(|e| ExportError::Csv(e.to_string()))
}
