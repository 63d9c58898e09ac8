//! Lays report blocks out on A4 pages with printpdf: wrapped paragraphs, tables whose header
//! repeats after a page break, headings kept with what follows (and bookmarked), blocks kept
//! together, vector charts, a running header and "Page X of Y" footers, document metadata,
//! and DejaVu Sans regular and bold embedded as subsets.

mod chart;
mod outline;
mod page;

use printpdf::{
    Date, DateTime, Mm, Offset, Op, ParsedFont, PdfDocument, PdfPage, PdfSaveOptions, Time,
};

use std::sync::atomic::{AtomicU32, Ordering};

use super::blocks::{Block, Report, Table, TextStyle};
use page::{
    BODY_BOTTOM, BODY_TOP, BODY_WIDTH, Canvas, Face, Fonts, MARGIN_X, PAGE_HEIGHT, PAGE_WIDTH, Pen,
    Weight, grey, ink, rgb,
};

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
}

/// A finished PDF.
#[derive(Debug, Clone)]
pub struct Pdf {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// Number of pages.
    pub pages: usize,
}

/// Line heights and sizes of the text styles.
fn style(style: TextStyle) -> (Weight, f32, f32) {
    match style {
        TextStyle::Body => (Weight::Regular, 9.5, 13.0),
        TextStyle::Note => (Weight::Regular, 8.0, 10.8),
        TextStyle::Lead => (Weight::Regular, 12.0, 16.0),
        TextStyle::Strong => (Weight::Bold, 9.5, 13.0),
    }
}

fn heading_style(level: u8) -> (f32, f32, f32) {
    // size, space before, space after
    match level {
        0 => (24.0, 0.0, 10.0),
        1 => (16.0, 14.0, 6.0),
        2 => (12.5, 10.0, 4.0),
        _ => (10.0, 7.0, 2.0),
    }
}

const TABLE_SIZE: f32 = 8.3;
const TABLE_LEADING: f32 = 10.6;
const CELL_PAD: f32 = 3.0;
const PARAGRAPH_GAP: f32 = 5.0;
/// Room a heading needs below it so it never ends a page on its own.
const KEEP_WITH_HEADING: f32 = 48.0;

/// The layout state while blocks are placed.
struct Writer {
    fonts: Fonts,
    pages: Vec<Canvas>,
    /// Top of the free space on the current page, from the top of the page.
    y: f32,
    /// (level, title, page index) of every heading of level 1 and 2.
    bookmarks: Vec<(u8, String, usize)>,
}

impl Writer {
    fn page(&mut self) -> &mut Canvas {
        if self.pages.is_empty() {
            self.pages.push(Canvas::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn new_page(&mut self) {
        self.pages.push(Canvas::default());
        self.y = BODY_TOP;
    }

    /// Starts a new page unless `height` still fits on this one.
    fn ensure(&mut self, height: f32) {
        if self.y + height > BODY_BOTTOM && self.y > BODY_TOP {
            self.new_page();
        }
    }

    fn room(&self) -> f32 {
        BODY_BOTTOM - self.y
    }

    fn paragraph(&mut self, text_style: TextStyle, text: &str) {
        let (weight, size, leading) = style(text_style);
        let colour = if text_style == TextStyle::Note {
            grey()
        } else {
            ink()
        };
        let lines = self.fonts.wrap(text, weight, size, BODY_WIDTH);
        for line in lines {
            self.ensure(leading);
            let baseline = self.y + size;
            let (fonts, canvas) = self.split();
            canvas.text(
                fonts,
                &Pen::new(weight, size, colour.clone()),
                MARGIN_X,
                baseline,
                &line,
            );
            self.y += leading;
        }
        self.y += PARAGRAPH_GAP;
    }

    /// The fonts and the current page, borrowed together.
    fn split(&mut self) -> (&Fonts, &mut Canvas) {
        if self.pages.is_empty() {
            self.pages.push(Canvas::default());
        }
        let last = self.pages.len() - 1;
        (&self.fonts, &mut self.pages[last])
    }

    fn paragraph_height(&self, text_style: TextStyle, text: &str) -> f32 {
        let (weight, size, leading) = style(text_style);
        self.fonts.wrap(text, weight, size, BODY_WIDTH).len() as f32 * leading + PARAGRAPH_GAP
    }

    fn heading(&mut self, level: u8, text: &str) {
        let (size, before, after) = heading_style(level);
        let leading = size * 1.25;
        let lines = self.fonts.wrap(text, Weight::Bold, size, BODY_WIDTH);
        let height = before + lines.len() as f32 * leading + after;
        if self.y > BODY_TOP {
            self.ensure(height + KEEP_WITH_HEADING);
            self.y += before;
        }
        if level <= 2 {
            self.bookmarks
                .push((level, text.to_owned(), self.pages.len().max(1) - 1));
        }
        for line in lines {
            let baseline = self.y + size;
            let (fonts, canvas) = self.split();
            canvas.text(
                fonts,
                &Pen::new(Weight::Bold, size, ink()),
                MARGIN_X,
                baseline,
                &line,
            );
            self.y += leading;
        }
        if level <= 1 {
            let y = self.y + 1.0;
            self.page().line(
                (MARGIN_X, y),
                (MARGIN_X + BODY_WIDTH, y),
                0.6,
                rgb(0x99, 0x99, 0x99),
            );
        }
        self.y += after;
    }

    fn heading_height(&self, level: u8, text: &str) -> f32 {
        let (size, before, after) = heading_style(level);
        before
            + self.fonts.wrap(text, Weight::Bold, size, BODY_WIDTH).len() as f32 * size * 1.25
            + after
    }

    fn facts(&mut self, facts: &[(String, String)]) {
        let label_width = 110.0;
        for (label, value) in facts {
            let lines = self
                .fonts
                .wrap(value, Weight::Regular, 9.5, BODY_WIDTH - label_width);
            self.ensure(lines.len() as f32 * 13.0);
            let baseline = self.y + 9.5;
            let (fonts, canvas) = self.split();
            canvas.text(
                fonts,
                &Pen::new(Weight::Bold, 9.5, ink()),
                MARGIN_X,
                baseline,
                label,
            );
            for (i, line) in lines.iter().enumerate() {
                canvas.text(
                    fonts,
                    &Pen::new(Weight::Regular, 9.5, ink()),
                    MARGIN_X + label_width,
                    baseline + i as f32 * 13.0,
                    line,
                );
            }
            self.y += lines.len().max(1) as f32 * 13.0 + 2.0;
        }
        self.y += PARAGRAPH_GAP;
    }

    fn facts_height(&self, facts: &[(String, String)]) -> f32 {
        facts
            .iter()
            .map(|(_, v)| {
                self.fonts
                    .wrap(v, Weight::Regular, 9.5, BODY_WIDTH - 110.0)
                    .len()
                    .max(1) as f32
                    * 13.0
                    + 2.0
            })
            .sum::<f32>()
            + PARAGRAPH_GAP
    }

    /// Column widths in points, from the columns' shares.
    fn widths(table: &Table) -> Vec<f32> {
        table.shares().into_iter().map(|s| s * BODY_WIDTH).collect()
    }

    fn cell_lines(&self, text: &str, width: f32, weight: Weight) -> Vec<String> {
        self.fonts
            .wrap(text, weight, TABLE_SIZE, (width - 2.0 * CELL_PAD).max(10.0))
    }

    fn header_cells(&self, table: &Table, widths: &[f32]) -> (Vec<Vec<String>>, f32) {
        let wrapped: Vec<Vec<String>> = table
            .columns
            .iter()
            .zip(widths)
            .map(|(c, w)| self.cell_lines(&c.title, *w, Weight::Bold))
            .collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32 * TABLE_LEADING
            + 2.0 * CELL_PAD;
        (wrapped, height)
    }

    /// Height of a body row, its cells wrapped to `widths`.
    fn row_height(&self, row: &[String], widths: &[f32]) -> f32 {
        row.iter()
            .zip(widths)
            .map(|(cell, w)| self.cell_lines(cell, *w, Weight::Regular).len())
            .max()
            .unwrap_or(1)
            .max(1) as f32
            * TABLE_LEADING
            + 2.0 * CELL_PAD
    }

    fn table_header(&mut self, table: &Table, widths: &[f32]) {
        let (wrapped, height) = self.header_cells(table, widths);
        let top = self.y;
        self.page()
            .fill_rect(MARGIN_X, top, BODY_WIDTH, height, rgb(0xe4, 0xe4, 0xe4));
        self.draw_cells(&wrapped, table, widths, top, Weight::Bold);
        let bottom = top + height;
        self.page().line(
            (MARGIN_X, bottom),
            (MARGIN_X + BODY_WIDTH, bottom),
            0.8,
            rgb(0x33, 0x33, 0x33),
        );
        self.y = bottom;
    }

    fn draw_cells(
        &mut self,
        cells: &[Vec<String>],
        table: &Table,
        widths: &[f32],
        top: f32,
        weight: Weight,
    ) {
        let mut x = MARGIN_X;
        let (fonts, canvas) = self.split();
        for ((lines, width), column) in cells.iter().zip(widths).zip(&table.columns) {
            for (i, line) in lines.iter().enumerate() {
                let baseline = top + CELL_PAD + TABLE_SIZE + i as f32 * TABLE_LEADING;
                let left = if column.numeric {
                    x + width - CELL_PAD - fonts.face(weight).width(line, TABLE_SIZE)
                } else {
                    x + CELL_PAD
                };
                canvas.text(
                    fonts,
                    &Pen::new(weight, TABLE_SIZE, ink()),
                    left,
                    baseline,
                    line,
                );
            }
            x += width;
        }
    }

    fn table(&mut self, table: &Table) {
        let widths = Self::widths(table);
        let rows: Vec<Vec<Vec<String>>> = table
            .rows
            .iter()
            .map(|row| {
                row.iter()
                    .zip(&widths)
                    .map(|(cell, w)| self.cell_lines(cell, *w, Weight::Regular))
                    .collect()
            })
            .collect();
        let row_height = |cells: &Vec<Vec<String>>| {
            cells.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32 * TABLE_LEADING
                + 2.0 * CELL_PAD
        };
        // The header never stands alone at the foot of a page: it goes with the first row.
        let (_, header_height) = self.header_cells(table, &widths);
        let first = rows.first().map_or(0.0, &row_height);
        self.ensure(header_height + first.min(BODY_BOTTOM - BODY_TOP - header_height));
        self.table_header(table, &widths);
        // Rows placed on the current page, and whether continuation pages repeat the header
        // (not when the header alone would leave no room for a line).
        let mut rows_on_page = 0;
        let mut repeat_header = BODY_BOTTOM - BODY_TOP - header_height >= TABLE_LEADING * 3.0;
        for cells in &rows {
            let mut remaining: Vec<&[String]> = cells.iter().map(Vec::as_slice).collect();
            loop {
                let lines = remaining.iter().map(|l| l.len()).max().unwrap_or(1).max(1);
                let height = lines as f32 * TABLE_LEADING + 2.0 * CELL_PAD;
                if height <= self.room() {
                    let owned: Vec<Vec<String>> = remaining.iter().map(|l| l.to_vec()).collect();
                    let top = self.y;
                    self.draw_cells(&owned, table, &widths, top, Weight::Regular);
                    self.y += height;
                    let y = self.y;
                    self.page().line(
                        (MARGIN_X, y),
                        (MARGIN_X + BODY_WIDTH, y),
                        0.3,
                        rgb(0xbb, 0xbb, 0xbb),
                    );
                    rows_on_page += 1;
                    break;
                }
                let fit = ((self.room() - 2.0 * CELL_PAD) / TABLE_LEADING)
                    .floor()
                    .max(0.0) as usize;
                if rows_on_page > 0 || fit == 0 {
                    // Start the row on the next page; it is split there only if it must be.
                    if rows_on_page == 0 {
                        repeat_header = false;
                    }
                    self.new_page();
                    if repeat_header {
                        self.table_header(table, &widths);
                    }
                    rows_on_page = 0;
                    continue;
                }
                // A row taller than a whole page: as many of its lines as fit, the rest on
                // the following pages.
                let (now, later): (Vec<Vec<String>>, Vec<&[String]>) = remaining
                    .iter()
                    .map(|lines| {
                        let cut = fit.min(lines.len());
                        (lines[..cut].to_vec(), &lines[cut..])
                    })
                    .unzip();
                let top = self.y;
                self.draw_cells(&now, table, &widths, top, Weight::Regular);
                self.new_page();
                if repeat_header {
                    self.table_header(table, &widths);
                }
                rows_on_page = 0;
                remaining = later;
            }
        }
        self.y += PARAGRAPH_GAP + 2.0;
    }

    fn table_height(&self, table: &Table) -> f32 {
        let widths = Self::widths(table);
        let (_, header) = self.header_cells(table, &widths);
        header
            + table
                .rows
                .iter()
                .map(|row| self.row_height(row, &widths))
                .sum::<f32>()
            + PARAGRAPH_GAP
            + 2.0
    }

    fn height(&self, block: &Block) -> f32 {
        match block {
            Block::Heading { level, text } => self.heading_height(*level, text),
            Block::Paragraph { style, text } => self.paragraph_height(*style, text),
            Block::Facts(facts) => self.facts_height(facts),
            Block::Table(table) => self.table_height(table),
            Block::Charts(charts) => chart::height(charts),
            Block::KeepTogether(blocks) => blocks.iter().map(|b| self.height(b)).sum(),
            Block::Space(points) => *points,
            Block::PageBreak => 0.0,
        }
    }

    /// The height of the start of `block` that must stay with a heading above it: two lines
    /// of a paragraph, a table's header and first row, a chart, a whole kept-together block.
    fn lead_height(&self, block: &Block) -> f32 {
        match block {
            Block::Paragraph { style: s, text } => {
                self.paragraph_height(*s, text).min(2.0 * style(*s).2)
            }
            Block::Table(table) => {
                let widths = Self::widths(table);
                let (_, header) = self.header_cells(table, &widths);
                let first = table
                    .rows
                    .first()
                    .map_or(0.0, |row| self.row_height(row, &widths));
                header + first
            }
            Block::Facts(facts) => self.facts_height(&facts[..facts.len().min(1)]),
            other => self.height(other),
        }
    }

    /// Places the blocks; a heading starts a new page when what must follow it does not fit.
    fn blocks(&mut self, blocks: &[Block]) {
        for (index, block) in blocks.iter().enumerate() {
            if matches!(block, Block::Heading { .. }) {
                let mut needed = self.height(block);
                let mut next = index + 1;
                // A short introduction keeps the heading with what it introduces.
                while let Some(Block::Paragraph { style: s, text }) = blocks.get(next) {
                    if self.paragraph_height(*s, text) > 3.0 * style(*s).2 + PARAGRAPH_GAP {
                        break;
                    }
                    needed += self.paragraph_height(*s, text);
                    next += 1;
                }
                needed += blocks.get(next).map_or(0.0, |b| self.lead_height(b));
                if needed <= BODY_BOTTOM - BODY_TOP {
                    self.ensure(needed);
                }
            }
            self.block(block);
        }
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Heading { level, text } => self.heading(*level, text),
            Block::Paragraph { style, text } => self.paragraph(*style, text),
            Block::Facts(facts) => self.facts(facts),
            Block::Table(table) => self.table(table),
            Block::Charts(charts) => {
                let height = chart::height(charts);
                self.ensure(height);
                let top = self.y;
                let (fonts, canvas) = self.split();
                chart::draw(canvas, fonts, charts, top);
                self.y += height;
            }
            Block::KeepTogether(blocks) => {
                let height: f32 = blocks.iter().map(|b| self.height(b)).sum();
                if height <= BODY_BOTTOM - BODY_TOP {
                    self.ensure(height);
                }
                self.blocks(blocks);
            }
            Block::Space(points) => self.y = (self.y + points).min(BODY_BOTTOM),
            Block::PageBreak => self.new_page(),
        }
    }
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
        ..
    } = writer;
    let pdf_pages: Vec<PdfPage> = pages
        .into_iter()
        .enumerate()
        .map(|(index, mut canvas)| {
            page_furniture(&mut canvas, &fonts, &report.info.header, index, total);
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
    let bytes = outline::add_outline(&bytes, &bookmarks).map_err(PdfError::Outline)?;
    progress.store(PROGRESS_DONE, Ordering::Relaxed);
    Ok(Pdf {
        bytes,
        pages: total,
    })
}

/// The running header (not on the cover) and the footer with "Page X of Y".
fn page_furniture(canvas: &mut Canvas, fonts: &Fonts, header: &str, index: usize, total: usize) {
    let mut furniture = Canvas::default();
    if index > 0 {
        let header =
            fonts
                .face(Weight::Regular)
                .shortened(header, 7.5, PAGE_WIDTH - 2.0 * MARGIN_X);
        furniture.text(
            fonts,
            &Pen::new(Weight::Regular, 7.5, grey()),
            MARGIN_X,
            36.0,
            &header,
        );
        furniture.line(
            (MARGIN_X, 42.0),
            (PAGE_WIDTH - MARGIN_X, 42.0),
            0.4,
            rgb(0xaa, 0xaa, 0xaa),
        );
    }
    let footer = format!("Page {} of {total}", index + 1);
    let width = fonts.face(Weight::Regular).width(&footer, 7.5);
    furniture.text(
        fonts,
        &Pen::new(Weight::Regular, 7.5, grey()),
        PAGE_WIDTH - MARGIN_X - width,
        PAGE_HEIGHT - 30.0,
        &footer,
    );
    furniture.text(
        fonts,
        &Pen::new(Weight::Regular, 7.5, grey()),
        MARGIN_X,
        PAGE_HEIGHT - 30.0,
        "MIM Assistant",
    );
    let mut ops: Vec<Op> = furniture.ops;
    ops.append(&mut canvas.ops);
    canvas.ops = ops;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::blocks::Column;

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
