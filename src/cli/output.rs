//! `report` and `export`: the maturity report as PDF and the answers as a table, from an
//! assessment file, with the same checks as `score`.

use std::io::Write;
use std::path::Path;

use super::assessment::load_checked;
use super::{EXIT_INPUT, EXIT_IO, EXIT_OK, EXIT_USAGE, load_for_use, refuse_output};
use crate::assessment::Assessment;
use crate::catalog::Library;
use crate::export::{ExportError, export_to};
use crate::output_guard::FileKind;
use crate::report::{ReportError, write_maturity_report};

/// Loads and checks `file`, runs `job` on it and prints what it says: its line on `out` and
/// exit 0, or its problem on `err` with its exit code.
fn with_assessment(
    file: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
    job: impl FnOnce(&Library, &Assessment) -> Result<String, (u8, String)>,
) -> std::io::Result<u8> {
    let loaded = load_for_use(err)?;
    let assessment = match load_checked(file, &loaded.library, err)? {
        Ok(assessment) => assessment,
        Err(code) => return Ok(code),
    };
    match job(&loaded.library, &assessment) {
        Ok(line) => {
            writeln!(out, "{line}")?;
            Ok(EXIT_OK)
        }
        Err((code, problem)) => {
            writeln!(err, "{problem}")?;
            Ok(code)
        }
    }
}

/// `report FILE -o OUT.pdf`.
pub fn report(
    file: &Path,
    output: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    if let Some(code) = refuse_output(output, FileKind::Pdf, &[file], err)? {
        return Ok(code);
    }
    with_assessment(
        file,
        out,
        err,
        |library, assessment| match write_maturity_report(assessment, library, output) {
            Ok(pages) => Ok(format!("{}: {pages} pages", output.display())),
            Err(e @ ReportError::Write(_)) => Err((EXIT_IO, e.to_string())),
            Err(e @ ReportError::Pdf(_)) => Err((EXIT_INPUT, e.to_string())),
        },
    )
}

/// `export FILE -o OUT.xlsx|OUT.csv`.
pub fn export(
    file: &Path,
    output: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    if let Some(code) = refuse_output(output, FileKind::Spreadsheet, &[file], err)? {
        return Ok(code);
    }
    with_assessment(file, out, err, |library, assessment| {
        match export_to(assessment, library, output) {
            Ok(()) => Ok(output.display().to_string()),
            Err(e @ ExportError::UnknownFormat(_)) => Err((EXIT_USAGE, e.to_string())),
            Err(e) => Err((EXIT_IO, e.to_string())),
        }
    })
}
