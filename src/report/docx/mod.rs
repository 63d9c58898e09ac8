//! The report as an editable Word document (DOCX), from the same blocks as the PDF: headings
//! in Word's own heading styles, tables with explicit widths and repeated headers, the charts
//! as PNG pictures with alt texts, the logo, a running header after the cover, "Page X of Y"
//! footers, document properties, and the signature block as lines to fill in.
//!
//! The WordprocessingML is written here directly (with the `zip` the program already has)
//! rather than through a DOCX crate: `docx-rs` 0.4, the maintained one, can neither mark a
//! header row to repeat (`w:tblHeader`) nor give a picture its alt text, both required here.
//!
//! This file assembles the document; the flow of blocks is in `body`, tables in `tables`, the
//! drawn figures in `figures`, pictures in `image`, styles in `styles`, the package in
//! `package` and the XML of runs and paragraphs in `xml`.

mod body;
mod figures;
mod image;
mod package;
mod styles;
mod tables;
mod xml;

use crate::report::blocks::Report;
use crate::words::Words;
use body::Body;

/// The text width of an A4 page with the PDF's margins, in twentieths of a point (dxa).
pub const TEXT_WIDTH: u32 = 11_906 - 2 * 1_020;
/// The text width in points.
const TEXT_WIDTH_PT: f32 = TEXT_WIDTH as f32 / 20.0;

/// Why a DOCX could not be made.
#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    /// A chart could not be drawn as a picture.
    #[error("could not draw a chart as a picture: {0}")]
    Chart(String),
    /// The package could not be put together.
    #[error("could not pack the DOCX file: {0}")]
    Zip(#[from] zip::result::ZipError),
    /// Writing into the package failed.
    #[error("could not pack the DOCX file: {0}")]
    Io(#[from] std::io::Error),
}

/// `report` as the bytes of a DOCX file, in the words of its language.
pub fn to_docx(report: &Report) -> Result<Vec<u8>, DocxError> {
    let words = Words::for_language(&report.info.language);
    let mut body = Body::new(&words);
    body.blocks(&report.blocks)?;
    let Body { xml, media, .. } = body;
    package::pack(&report.info, &words, &xml, &media)
}

#[cfg(test)]
mod tests;
