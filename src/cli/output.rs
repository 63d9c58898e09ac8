//! `report` and `export`: the maturity report as PDF and the answers as a table, from an
//! assessment file, with the same checks as `score`.

use std::io::Write;
use std::path::Path;

use super::assessment::load_checked;
use super::{EXIT_INPUT, EXIT_IO, EXIT_OK, load_for_use};
use crate::export::{ExportError, export_to};
use crate::report::{ReportError, write_maturity_report};

/// `report FILE -o OUT.pdf`.
pub fn report(
    file: &Path,
    output: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let loaded = load_for_use(err)?;
    let assessment = match load_checked(file, &loaded.library, err)? {
        Ok(assessment) => assessment,
        Err(code) => return Ok(code),
    };
    match write_maturity_report(&assessment, &loaded.library, output) {
        Ok(pages) => {
            writeln!(out, "{}: {pages} pages", output.display())?;
            Ok(EXIT_OK)
        }
        Err(e @ ReportError::Write(_)) => {
            writeln!(err, "{e}")?;
            Ok(EXIT_IO)
        }
        Err(e) => {
            writeln!(err, "{e}")?;
            Ok(EXIT_INPUT)
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
    let loaded = load_for_use(err)?;
    let assessment = match load_checked(file, &loaded.library, err)? {
        Ok(assessment) => assessment,
        Err(code) => return Ok(code),
    };
    match export_to(&assessment, &loaded.library, output) {
        Ok(()) => {
            writeln!(out, "{}", output.display())?;
            Ok(EXIT_OK)
        }
        Err(e @ ExportError::UnknownFormat(_)) => {
            writeln!(err, "{e}")?;
            Ok(super::EXIT_USAGE)
        }
        Err(e @ ExportError::Write(_)) => {
            writeln!(err, "{e}")?;
            Ok(EXIT_IO)
        }
        Err(e) => {
            writeln!(err, "{e}")?;
            Ok(EXIT_IO)
        }
    }
}
