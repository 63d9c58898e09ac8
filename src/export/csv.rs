//! The table as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs on Windows read
//! å, ł and Greek letters right; comma-separated, quoted where needed).

use super::ExportError;
use super::rows::{COLUMNS, ExportRow};
use crate::spreadsheet::guard_csv_cell;

/// The rows as CSV bytes. A cell that would start a formula gets a leading apostrophe, the
/// usual sign for "this is text" that spreadsheets show but do not evaluate.
pub fn to_csv(rows: &[ExportRow]) -> Result<Vec<u8>, ExportError> {
    let mut writer = ::csv::Writer::from_writer(Vec::from("\u{feff}".as_bytes()));
    let err = |e: ::csv::Error| ExportError::Csv(e.to_string());
    writer.write_record(COLUMNS).map_err(err)?;
    for row in rows {
        let cells = row.texts().into_iter().map(guard_csv_cell);
        writer.write_record(cells).map_err(err)?;
    }
    writer
        .into_inner()
        .map_err(|e| ExportError::Csv(e.to_string()))
}
