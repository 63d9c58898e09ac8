//! Reports: content as blocks ([`blocks`]), the maturity report's content ([`maturity`]) with
//! the cover's logo ([`logo`]), and the writers — PDF on A4 pages ([`pdf`]), an editable Word
//! document ([`docx`]) and one HTML page ([`html`]) for comparisons.

mod alt_text;
pub mod annex;
pub mod blocks;
pub mod docx;
pub mod evaluation;
pub mod html;
pub mod logo;
pub mod maturity;
mod palette;
pub mod pdf;
pub mod soa;
mod svg;
mod tender_parts;

use std::path::Path;

use crate::assessment::{Assessment, Insights, StoreError, write_bytes_safely};
use crate::catalog::Library;

pub use annex::{placement_label, tender_annex};
pub use blocks::Picture;
pub use docx::{DocxError, to_docx};
pub use evaluation::evaluation_report;
pub use logo::{LogoError, assessment_logo, check_logo, load_logo, resolve_logo_path};
pub use maturity::{fingerprint, maturity_report, maturity_report_for, maturity_report_with};
pub use pdf::{PROGRESS_DONE, Pdf, PdfError, render, render_with_progress};

/// Why a report could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The PDF could not be made.
    #[error(transparent)]
    Pdf(#[from] PdfError),
    /// The DOCX could not be made.
    #[error(transparent)]
    Docx(#[from] DocxError),
    /// The file could not be saved.
    #[error(transparent)]
    Write(#[from] StoreError),
}

/// Writes the maturity report of `assessment` to `path` safely; returns the page count.
pub fn write_maturity_report(
    assessment: &Assessment,
    library: &Library,
    path: &Path,
) -> Result<usize, ReportError> {
    write_maturity_report_with(assessment, library, None, path)
}

/// [`write_maturity_report`] with the organisation's logo on the cover.
pub fn write_maturity_report_with(
    assessment: &Assessment,
    library: &Library,
    logo: Option<&Picture>,
    path: &Path,
) -> Result<usize, ReportError> {
    let insights = Insights::compute(assessment, library);
    let pdf = render(&maturity_report_with(assessment, library, &insights, logo))?;
    write_bytes_safely(path, &pdf.bytes)?;
    Ok(pdf.pages)
}

/// [`write_maturity_report_with`] as an editable Word document (DOCX) instead of a PDF: the
/// same blocks, so the same content.
pub fn write_maturity_report_docx(
    assessment: &Assessment,
    library: &Library,
    logo: Option<&Picture>,
    path: &Path,
) -> Result<(), ReportError> {
    let insights = Insights::compute(assessment, library);
    let docx = to_docx(&maturity_report_with(assessment, library, &insights, logo))?;
    write_bytes_safely(path, &docx)?;
    Ok(())
}
