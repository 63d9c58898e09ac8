//! `report` and `export`: the maturity report as PDF or DOCX and the answers as a table, from an
//! assessment file, with the same checks as `score`.

use std::io::Write;
use std::path::Path;

use super::assessment::load_checked;
use super::{EXIT_INPUT, EXIT_IO, EXIT_OK, EXIT_USAGE, load_for_use, refuse_output};
use crate::assessment::Assessment;
use crate::catalog::Library;
use crate::export::{ExportError, export_to, soa_to};
use crate::output_guard::FileKind;
use crate::report::{
    LogoError, Picture, ReportError, assessment_logo, load_logo, write_maturity_report_docx,
    write_maturity_report_with,
};

/// Loads and checks `file`, runs `job` on it and prints what it says: its line on `out` and
/// exit 0, or its problem on `err` with its exit code.
pub(super) fn with_assessment(
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
    let library = loaded.library.for_document(&assessment.language);
    match job(&library, &assessment) {
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

/// `report FILE -o OUT.pdf|OUT.docx [--logo FILE]`: the logo given here, else the one the
/// assessment names (beside the assessment file when its path is relative); a `.docx` output
/// is the editable Word document, anything else the PDF.
pub fn report(
    file: &Path,
    output: &Path,
    logo: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let (kind, docx) = document_kind(output);
    if let Some(code) = refuse_output(output, kind, &[file], err)? {
        return Ok(code);
    }
    with_assessment(file, out, err, |library, assessment| {
        let logo = report_logo(assessment, file, logo)?;
        let written = if docx {
            write_maturity_report_docx(assessment, library, logo.as_ref(), output)
                .map(|()| output.display().to_string())
        } else {
            write_maturity_report_with(assessment, library, logo.as_ref(), output)
                .map(|pages| format!("{}: {pages} pages", output.display()))
        };
        written.map_err(|e| match e {
            ReportError::Write(_) => (EXIT_IO, e.to_string()),
            ReportError::Pdf(_) | ReportError::Docx(_) => (EXIT_INPUT, e.to_string()),
        })
    })
}

/// What a document written to `output` is: a Word document when its name ends in `.docx` (in
/// any case), else a PDF; and whether it is the Word document.
pub(super) fn document_kind(output: &Path) -> (FileKind, bool) {
    if output.to_string_lossy().to_lowercase().ends_with(".docx") {
        (FileKind::Document, true)
    } else {
        (FileKind::Pdf, false)
    }
}

/// The cover's logo: `--logo`, else the assessment's; a file that cannot be read is an I/O
/// failure (exit 3), one that is no usable image is wrong input (exit 1).
fn report_logo(
    assessment: &Assessment,
    file: &Path,
    logo: Option<&Path>,
) -> Result<Option<Picture>, (u8, String)> {
    let loaded = match logo {
        Some(path) => load_logo(path).map(Some),
        None => assessment_logo(assessment, Some(file)),
    };
    loaded.map_err(|e: LogoError| {
        let code = if e.is_unreadable() {
            EXIT_IO
        } else {
            EXIT_INPUT
        };
        (code, e.to_string())
    })
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

/// `soa FILE -o OUT.xlsx|OUT.pdf`: the ISO/IEC 27001 Statement of Applicability.
pub fn soa(
    file: &Path,
    output: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let kind = if output.to_string_lossy().to_lowercase().ends_with(".pdf") {
        FileKind::Pdf
    } else {
        FileKind::Spreadsheet
    };
    if let Some(code) = refuse_output(output, kind, &[file], err)? {
        return Ok(code);
    }
    with_assessment(file, out, err, |library, assessment| {
        match soa_to(assessment, library, output) {
            Ok(what) => Ok(format!("wrote {} ({what})", output.display())),
            Err(e @ (ExportError::UnknownSoaFormat(_) | ExportError::NoAnnexA)) => {
                Err((EXIT_USAGE, e.to_string()))
            }
            Err(e) => Err((EXIT_IO, e.to_string())),
        }
    })
}
