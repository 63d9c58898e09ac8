//! Lays report blocks out on A4 pages with printpdf: wrapped paragraphs, tables whose header
//! repeats after a page break, headings kept with what follows (and bookmarked), blocks kept
//! together, vector charts, drawn figures (the cover's logo, headline cards, a heat map, coloured
//! bands, signature lines), a running header and "Page X of Y" footers, document metadata,
//! and DejaVu Sans regular and bold embedded as subsets.
//!
//! This file assembles the document (fonts, progress, page furniture, metadata, outline); the
//! flow of blocks is in `writer`, tables in `table`, the drawn figures in `figures`, measuring
//! and drawing text in `page`.

mod chart;
mod figures;
mod marks;
mod outline;
mod page;
mod paragraphs;
mod signatures;
mod struct_tree;
mod structure;
mod table;
mod writer;

use printpdf::{
    Date, DateTime, Mm, Offset, Op, ParsedFont, PdfDocument, PdfPage, PdfSaveOptions, Time,
};

use std::sync::atomic::{AtomicU32, Ordering};

use super::blocks::{Block, Report};
use crate::words::Words;
use page::{
    BODY_TOP, Canvas, Face, Fonts, MARGIN_X, PAGE_HEIGHT, PAGE_WIDTH, Pen, Weight, grey, rgb,
};
use structure::{Artifact, Structure, artifact};
use writer::Writer;

/// The value of a progress counter when the PDF is finished.
pub const PROGRESS_DONE: u32 = 1000;

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The embedded font could not be read (a broken build).
    #[error("the embedded DejaVu Sans font could not be read")]
    Font,
    /// The finished PDF could not be post-processed (outline).
    #[error("could not add the bookmarks to the PDF: {0}")]
    Outline(String),
    /// The saved PDF could not be read back, or written again, to add its outline and tags.
    #[error("could not read the PDF back to add its bookmarks and tags: {0}")]
    Reread(String),
    /// The structure tree could not be added to the finished PDF (a broken layout).
    #[error("could not add the structure tree to the PDF: {0}")]
    Tags(String),
}

/// A finished PDF.
#[derive(Debug, Clone)]
pub struct Pdf {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// Number of pages.
    pub pages: usize,
}

/// The date `YYYY-MM-DD` as a PDF date (midnight UTC); the Unix epoch when it is not a date.
fn pdf_date(date: &str) -> DateTime {
    let mut parts = date.split('-').map(|p| p.trim().parse::<u32>().ok());
    let (year, month, day) = match (
        parts.next().flatten(),
        parts.next().flatten(),
        parts.next().flatten(),
    ) {
        (Some(y), Some(m), Some(d)) if (1..=12).contains(&m) && (1..=31).contains(&d) => (y, m, d),
        _ => (1970, 1, 1),
    };
    DateTime {
        date: Date {
            year: year as i32,
            month: month as u8,
            day: day as u8,
        },
        time: Time {
            hour: 0,
            minute: 0,
            second: 0,
            millisecond: 0,
        },
        offset: Offset {
            hours: 0,
            minutes: 0,
            seconds: 0,
            milliseconds: 0,
        },
    }
}

/// Lays `report` out and returns the PDF.
pub fn render(report: &Report) -> Result<Pdf, PdfError> {
    render_with_progress(report, &AtomicU32::new(0))
}

/// [`render`], counting progress in `progress` from 0 to [`PROGRESS_DONE`] as blocks are laid
/// out, so a window can show how far it is.
pub fn render_with_progress(report: &Report, progress: &AtomicU32) -> Result<Pdf, PdfError> {
    let mut doc = PdfDocument::new(&report.info.title);
    let mut warnings = Vec::new();
    let regular =
        ParsedFont::from_bytes(dejavu::sans::regular(), 0, &mut warnings).ok_or(PdfError::Font)?;
    let bold =
        ParsedFont::from_bytes(dejavu::sans::bold(), 0, &mut warnings).ok_or(PdfError::Font)?;
    let regular_id = doc.add_font(&regular);
    let bold_id = doc.add_font(&bold);
    let mut writer = Writer {
        fonts: Fonts {
            regular: Face::new(regular, regular_id),
            bold: Face::new(bold, bold_id),
        },
        pages: vec![Canvas::default()],
        y: BODY_TOP,
        bookmarks: Vec::new(),
        images: Vec::new(),
        structure: Structure::new(),
        words: Words::for_language(&report.info.language),
    };
    // Layout is most of the work; saving takes the last tenth. Blocks are laid out in
    // stretches between chapters, so progress moves while headings still see what follows.
    let total_blocks = report.blocks.len().max(1);
    let mut start = 0;
    while start < report.blocks.len() {
        let end = (start + 1..report.blocks.len())
            .find(|&i| matches!(report.blocks[i], Block::Heading { level: 0 | 1, .. }))
            .unwrap_or(report.blocks.len());
        writer.blocks(&report.blocks[start..end]);
        let done = end as u64 * u64::from(PROGRESS_DONE) * 9 / 10 / total_blocks as u64;
        progress.store(done as u32, Ordering::Relaxed);
        start = end;
    }
    // A page break at the very end leaves an empty page behind; drop it.
    if writer.pages.len() > 1 && writer.pages.last().is_some_and(|p| p.ops.is_empty()) {
        writer.pages.pop();
    }
    let total = writer.pages.len();
    let Writer {
        fonts,
        pages,
        bookmarks,
        images,
        structure,
        words,
        ..
    } = writer;
    for (id, image) in images {
        doc.resources
            .xobjects
            .map
            .insert(id, printpdf::XObject::Image(image));
    }
    let pdf_pages: Vec<PdfPage> = pages
        .into_iter()
        .enumerate()
        .map(|(index, mut canvas)| {
            let footer = words.with(
                "doc-page-of",
                &[("page", (index + 1).into()), ("pages", total.into())],
            );
            page_furniture(&mut canvas, &fonts, &report.info.header, index, &footer);
            PdfPage::new(Mm(210.0), Mm(297.0), canvas.ops)
        })
        .collect();
    doc.with_pages(pdf_pages);
    let info = &mut doc.metadata.info;
    info.document_title = report.info.title.clone();
    info.author = report.info.author.clone();
    info.subject = report.info.subject.clone();
    info.keywords = report.info.keywords.clone();
    info.creator = format!("MIM Assistant {}", env!("CARGO_PKG_VERSION"));
    info.producer = "MIM Assistant (printpdf 0.12)".to_owned();
    let date = pdf_date(&report.info.date);
    info.creation_date = date;
    info.modification_date = date;
    info.metadata_date = date;
    let options = PdfSaveOptions {
        subset_fonts: true,
        ..PdfSaveOptions::default()
    };
    let mut save_warnings = Vec::new();
    let bytes = doc.save(&options, &mut save_warnings);
    let mut pdf = lopdf::Document::load_mem(&bytes).map_err(|e| PdfError::Reread(e.to_string()))?;
    outline::add_outline(&mut pdf, &bookmarks).map_err(PdfError::Outline)?;
    struct_tree::add_structure(&mut pdf, &structure, &report.info.language)
        .map_err(PdfError::Tags)?;
    let mut bytes = Vec::new();
    // The structure tree is thousands of small objects: object streams compress them.
    pdf.save_modern(&mut bytes)
        .map_err(|e| PdfError::Reread(e.to_string()))?;
    progress.store(PROGRESS_DONE, Ordering::Relaxed);
    Ok(Pdf {
        bytes,
        pages: total,
    })
}

/// The running header (not on the cover) and the footer with "Page X of Y" (`footer`, in the
/// document's language), both artefacts of pagination, before the page's content.
fn page_furniture(canvas: &mut Canvas, fonts: &Fonts, header: &str, index: usize, footer: &str) {
    let mut furniture = Canvas::default();
    let pen = Pen::new(Weight::Regular, 7.5, grey());
    if index > 0 {
        let header =
            fonts
                .face(Weight::Regular)
                .shortened(header, 7.5, PAGE_WIDTH - 2.0 * MARGIN_X);
        furniture.ops.push(artifact(Artifact::Header));
        furniture.text(fonts, &pen, MARGIN_X, 36.0, &header);
        furniture.line(
            (MARGIN_X, 42.0),
            (PAGE_WIDTH - MARGIN_X, 42.0),
            0.4,
            rgb(0xaa, 0xaa, 0xaa),
        );
        furniture.ops.push(Op::EndMarkedContent);
    }
    let width = fonts.face(Weight::Regular).width(footer, 7.5);
    furniture.ops.push(artifact(Artifact::Footer));
    furniture.text(
        fonts,
        &pen,
        PAGE_WIDTH - MARGIN_X - width,
        PAGE_HEIGHT - 30.0,
        footer,
    );
    furniture.text(fonts, &pen, MARGIN_X, PAGE_HEIGHT - 30.0, "MIM Assistant");
    furniture.ops.push(Op::EndMarkedContent);
    let mut ops: Vec<Op> = furniture.ops;
    ops.append(&mut canvas.ops);
    canvas.ops = ops;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::blocks::{Column, Table, TextStyle};
    use page::BODY_WIDTH;

    fn page_texts(pdf: &Pdf) -> Vec<String> {
        let doc = lopdf::Document::load_mem(&pdf.bytes).unwrap();
        doc.get_pages()
            .keys()
            .map(|n| doc.extract_text(&[*n]).unwrap())
            .collect()
    }

    #[test]
    fn wrapped_lines_never_run_past_the_width() {
        let pdf = render(&Report::default()).unwrap();
        assert_eq!(pdf.pages, 1);
        let mut warnings = Vec::new();
        let font = ParsedFont::from_bytes(dejavu::sans::regular(), 0, &mut warnings).unwrap();
        let bold = ParsedFont::from_bytes(dejavu::sans::bold(), 0, &mut warnings).unwrap();
        let fonts = Fonts {
            regular: Face::new(font, printpdf::FontId("r".into())),
            bold: Face::new(bold, printpdf::FontId("b".into())),
        };
        let text = "Łódź and Θεσσαλονίκη keep https://example.org/a/very/long/address/that/cannot/break/at/a/space/anywhere/at/all in the register.";
        for width in [60.0, 120.0, BODY_WIDTH] {
            let lines = fonts.wrap(text, Weight::Regular, 9.5, width);
            assert!(lines.len() > 1 || width == BODY_WIDTH);
            for line in &lines {
                assert!(
                    fonts.regular.width(line, 9.5) <= width + 0.01,
                    "{line:?} at {width}"
                );
            }
            assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
        }
    }

    #[test]
    fn a_table_header_never_stands_alone_at_the_foot_of_a_page() {
        let mut report = Report::default();
        // Fill the first page to a few lines above its foot.
        let filler = (0..58)
            .map(|i| format!("line {i}"))
            .collect::<Vec<_>>()
            .join("\n");
        report.paragraph(TextStyle::Body, filler);
        report.push(Block::Table(Table {
            columns: vec![
                Column::text("HeaderOne", 0.5),
                Column::text("HeaderTwo", 0.5),
            ],
            rows: (0..80)
                .map(|i| vec![format!("row {i}"), "x".into()])
                .collect(),
        }));
        let pdf = render(&report).unwrap();
        let pages = page_texts(&pdf);
        assert!(pages.len() >= 3);
        for (n, text) in pages.iter().enumerate() {
            if text.contains("HeaderOne") {
                assert!(
                    text.contains("row "),
                    "page {} has the header without a row",
                    n + 1
                );
            }
        }
        // The header repeats on every page the table runs onto.
        let with_rows: Vec<&String> = pages.iter().filter(|t| t.contains("row ")).collect();
        assert!(with_rows.len() >= 2);
        assert!(with_rows.iter().all(|t| t.contains("HeaderOne")));
    }

    #[test]
    fn tall_rows_under_a_tall_header_are_split_and_the_table_ends() {
        let mut report = Report::default();
        report.paragraph(TextStyle::Body, "Before.");
        let tall = (0..150)
            .map(|i| format!("line {i}"))
            .collect::<Vec<_>>()
            .join("\n");
        report.push(Block::Table(Table {
            columns: vec![
                Column::text("A heading far too long for its narrow column", 0.04),
                Column::text("Text", 0.96),
            ],
            rows: vec![
                vec!["x".into(), tall.clone()],
                vec!["y".into(), "short".into()],
            ],
        }));
        let pdf = render(&report).unwrap();
        assert!((3..=8).contains(&pdf.pages), "{} pages", pdf.pages);
        let text = page_texts(&pdf).join("\n");
        assert!(text.contains("line 149") && text.contains("short"));
    }

    #[test]
    fn a_soft_hyphen_breaks_a_word_only_where_it_must_and_is_never_seen_otherwise() {
        let mut warnings = Vec::new();
        let font = ParsedFont::from_bytes(dejavu::sans::bold(), 0, &mut warnings).unwrap();
        let fonts = Fonts {
            regular: Face::new(font.clone(), printpdf::FontId("r".into())),
            bold: Face::new(font, printpdf::FontId("b".into())),
        };
        let word = "Verbind\u{AD}lich\u{AD}keit";
        let whole = fonts.bold.width("Verbindlichkeit", 8.3);
        assert_eq!(fonts.bold.width(word, 8.3), whole);
        assert_eq!(
            fonts.wrap(word, Weight::Bold, 8.3, whole + 1.0),
            ["Verbindlichkeit"]
        );
        let width = fonts.bold.width("Verbindlich-", 8.3) + 0.5;
        let narrow = fonts.wrap(word, Weight::Bold, 8.3, width);
        assert_eq!(narrow, ["Verbindlich-", "keit"]);
        let width = fonts.bold.width("Verbind-", 8.3) + 0.5;
        let narrower = fonts.wrap(&format!("Die {word}"), Weight::Bold, 8.3, width);
        assert_eq!(narrower, ["Die", "Verbind-", "lichkeit"]);
        for line in &narrower {
            assert!(fonts.bold.width(line, 8.3) <= width, "{line}");
        }
        assert_eq!(fonts.bold.printable(word), "Verbindlichkeit");
    }

    #[test]
    fn line_ends_from_any_system_start_new_lines_without_marks() {
        let mut report = Report::default();
        report.paragraph(TextStyle::Body, "one\r\ntwo\rthree\tfour");
        let text = page_texts(&render(&report).unwrap()).join("");
        assert!(text.contains("one\ntwo\nthree four"), "{text}");
    }

    #[test]
    fn characters_outside_the_font_print_as_question_marks_not_boxes() {
        let mut report = Report::default();
        report.paragraph(TextStyle::Body, "Sjöbacka \u{6F22} Łódź");
        let text = page_texts(&render(&report).unwrap()).join("");
        assert!(text.contains("Sjöbacka ? Łódź"), "{text}");
    }
}
