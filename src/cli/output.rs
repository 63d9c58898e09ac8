//! `report` and `export`: the maturity report as PDF and the answers as a table, from an
//! assessment file, with the same checks as `score`.

use std::io::Write;
use std::path::Path;

use super::assessment::load_checked;
use super::{EXIT_INPUT, EXIT_IO, EXIT_OK, EXIT_USAGE, load_for_use};
use crate::assessment::Assessment;
use crate::catalog::Library;
use crate::export::{ExportError, export_to};
use crate::report::{ReportError, write_maturity_report};

/// The catalogs and the checked assessment, or the exit code of what went wrong (already
/// explained on `err`).
fn load(file: &Path, err: &mut dyn Write) -> std::io::Result<Result<(Library, Assessment), u8>> {
    let loaded = load_for_use(err)?;
    Ok(load_checked(file, &loaded.library, err)?.map(|a| (loaded.library, a)))
}

/// `report FILE -o OUT.pdf`.
pub fn report(
    file: &Path,
    output: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let (library, assessment) = match load(file, err)? {
        Ok(both) => both,
        Err(code) => return Ok(code),
    };
    match write_maturity_report(&assessment, &library, output) {
        Ok(pages) => {
            writeln!(out, "{}: {pages} pages", output.display())?;
            Ok(EXIT_OK)
        }
        Err(e) => {
            writeln!(err, "{e}")?;
            Ok(match e {
                ReportError::Write(_) => EXIT_IO,
                ReportError::Pdf(_) => EXIT_INPUT,
            })
        }
    }
}

/// `export FILE -o OUT.xlsx|OUT.csv`.
pub fn export(
    file: &Path,
    output: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let (library, assessment) = match load(file, err)? {
        Ok(both) => both,
        Err(code) => return Ok(code),
    };
    match export_to(&assessment, &library, output) {
        Ok(()) => {
            writeln!(out, "{}", output.display())?;
            Ok(EXIT_OK)
        }
        Err(e) => {
            writeln!(err, "{e}")?;
            Ok(match e {
                ExportError::UnknownFormat(_) => EXIT_USAGE,
                ExportError::Csv(_) | ExportError::Xlsx(_) | ExportError::Write(_) => EXIT_IO,
            })
        }
    }
}
