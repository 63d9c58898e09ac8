//! The flow of blocks down the pages: paragraphs, headings (kept with what follows them and
//! bookmarked), facts, charts and kept-together blocks, each measured before it is placed so
//! that a page break never strands a heading. Tables are laid out in [`super::table`].

use printpdf::{RawImage, XObjectId};

use super::chart;
use super::page::{
    BODY_BOTTOM, BODY_TOP, BODY_WIDTH, Canvas, Fonts, MARGIN_X, PAGE_HEIGHT, Pen, Weight, ink, rgb,
};
use super::structure::{Role, Scope, Structure};
use crate::report::alt_text::chart_alt;
use crate::report::blocks::{Block, Chart, TextStyle};
use crate::words::Words;

/// Weight, size and line height of the text styles.
pub(super) fn style(style: TextStyle) -> (Weight, f32, f32) {
    match style {
        TextStyle::Body => (Weight::Regular, 9.5, 13.0),
        TextStyle::Note => (Weight::Regular, 8.0, 10.8),
        TextStyle::Lead => (Weight::Regular, 12.0, 16.0),
        TextStyle::Strong => (Weight::Bold, 9.5, 13.0),
    }
}

/// Size, space before and space after of a heading of `level` (0 is the title).
fn heading_style(level: u8) -> (f32, f32, f32) {
    match level {
        0 => (24.0, 0.0, 10.0),
        1 => (16.0, 14.0, 6.0),
        2 => (12.5, 10.0, 4.0),
        _ => (10.0, 7.0, 2.0),
    }
}

/// Space after a paragraph, a list of facts or a table.
pub(super) const PARAGRAPH_GAP: f32 = 5.0;
/// Room a heading needs below it so it never ends a page on its own.
const KEEP_WITH_HEADING: f32 = 48.0;

/// The layout state while blocks are placed.
pub(super) struct Writer {
    /// The two faces, for measuring and writing.
    pub(super) fonts: Fonts,
    /// The pages so far; the last one is being filled.
    pub(super) pages: Vec<Canvas>,
    /// Top of the free space on the current page, from the top of the page.
    pub(super) y: f32,
    /// (level, title, page index) of every heading of level 1 and 2 (and every band).
    pub(super) bookmarks: Vec<(u8, String, usize)>,
    /// The images placed so far, for the document's resources.
    pub(super) images: Vec<(XObjectId, RawImage)>,
    /// The structure of what is placed, and whose each piece of content is.
    pub(super) structure: Structure,
    /// The document's words (alternative texts).
    pub(super) words: Words,
}

impl Writer {
    /// The page being filled (a first one is made if there is none).
    pub(super) fn page(&mut self) -> &mut Canvas {
        if self.pages.is_empty() {
            self.pages.push(Canvas::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Starts a new page and moves to the top of its body.
    pub(super) fn new_page(&mut self) {
        self.pages.push(Canvas::default());
        self.y = BODY_TOP;
    }

    /// Starts a new page unless `height` still fits on this one.
    pub(super) fn ensure(&mut self, height: f32) {
        if self.y + height > BODY_BOTTOM && self.y > BODY_TOP {
            self.new_page();
        }
    }

    /// Height left on the current page.
    pub(super) fn room(&self) -> f32 {
        BODY_BOTTOM - self.y
    }

    /// The fonts and the current page, borrowed together.
    pub(super) fn split(&mut self) -> (&Fonts, &mut Canvas) {
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
        self.element(Role::heading(level), |w, heading| {
            w.structure.keep_words_whole(heading, text);
            for line in lines {
                let baseline = w.y + size;
                w.content(|fonts, canvas| {
                    canvas.text(
                        fonts,
                        &Pen::new(Weight::Bold, size, ink()),
                        MARGIN_X,
                        baseline,
                        &line,
                    );
                });
                w.y += leading;
            }
        });
        if level <= 1 {
            let y = self.y + 1.0;
            self.decoration(|_, canvas| {
                canvas.line(
                    (MARGIN_X, y),
                    (MARGIN_X + BODY_WIDTH, y),
                    0.6,
                    rgb(0x99, 0x99, 0x99),
                );
            });
        }
        self.y += after;
    }

    fn heading_height(&self, level: u8, text: &str) -> f32 {
        let (size, before, after) = heading_style(level);
        before
            + self.fonts.wrap(text, Weight::Bold, size, BODY_WIDTH).len() as f32 * size * 1.25
            + after
    }

    /// Label–value lines, tagged as a table of two columns whose labels head their rows.
    fn facts(&mut self, facts: &[(String, String)]) {
        let label_width = 110.0;
        self.element(Role::Table, |w, _| {
            for (label, value) in facts {
                let lines = w
                    .fonts
                    .wrap(value, Weight::Regular, 9.5, BODY_WIDTH - label_width);
                w.ensure(lines.len() as f32 * 13.0);
                let baseline = w.y + 9.5;
                w.element(Role::TR, |w, _| {
                    w.element(Role::TH(Scope::Row), |w, _| {
                        w.content(|fonts, canvas| {
                            canvas.text(
                                fonts,
                                &Pen::new(Weight::Bold, 9.5, ink()),
                                MARGIN_X,
                                baseline,
                                label,
                            );
                        });
                    });
                    w.element(Role::TD, |w, td| {
                        w.structure.keep_words_whole(td, value);
                        for (i, line) in lines.iter().enumerate() {
                            w.content(|fonts, canvas| {
                                canvas.text(
                                    fonts,
                                    &Pen::new(Weight::Regular, 9.5, ink()),
                                    MARGIN_X + label_width,
                                    baseline + i as f32 * 13.0,
                                    line,
                                );
                            });
                        }
                    });
                });
                w.y += lines.len().max(1) as f32 * 13.0 + 2.0;
            }
        });
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

    fn height(&self, block: &Block) -> f32 {
        match block {
            Block::Heading { level, text } => self.heading_height(*level, text),
            Block::Paragraph { style, text } => self.paragraph_height(*style, text),
            Block::Facts(facts) => self.facts_height(facts),
            Block::Table(table) => self.table_height(table),
            Block::Charts(charts) => chart::height(charts),
            Block::KeepTogether(blocks) => blocks.iter().map(|b| self.height(b)).sum(),
            Block::Masthead(_) => Self::masthead_height(),
            Block::Cards(cards) => self.cards_height(cards),
            Block::HeatMap(map) => self.heat_map_height(map),
            Block::Band { tone, .. } => Self::band_height(*tone),
            Block::Signatures(signers) => self.signatures_height(signers),
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
    pub(super) fn blocks(&mut self, blocks: &[Block]) {
        for (index, block) in blocks.iter().enumerate() {
            if matches!(block, Block::Heading { .. } | Block::Band { .. }) {
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

    /// Charts side by side, each a Figure whose alternative text names every value it shows
    /// (the same text as the DOCX's pictures) and whose box is its slot.
    fn charts(&mut self, charts: &[Chart]) {
        let height = chart::height(charts);
        self.ensure(height);
        let top = self.y;
        let slot = chart::slot(charts);
        for (index, one) in charts.iter().enumerate() {
            let left = MARGIN_X + index as f32 * slot;
            let alt = chart_alt(&self.words, one);
            self.element(Role::Figure, |w, figure| {
                w.structure.set_alt(figure, alt);
                let own = chart::height(std::slice::from_ref(one));
                w.structure.set_bbox(
                    figure,
                    [
                        left,
                        PAGE_HEIGHT - top - own,
                        left + slot,
                        PAGE_HEIGHT - top,
                    ],
                );
                w.content(|fonts, canvas| chart::draw(canvas, fonts, one, (left, top, slot)));
            });
        }
        self.y += height;
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Heading { level, text } => self.heading(*level, text),
            Block::Paragraph { style, text } => self.paragraph(*style, text),
            Block::Facts(facts) => self.facts(facts),
            Block::Table(table) => self.table(table),
            Block::Charts(charts) => self.charts(charts),
            Block::KeepTogether(blocks) => {
                let height: f32 = blocks.iter().map(|b| self.height(b)).sum();
                if height <= BODY_BOTTOM - BODY_TOP {
                    self.ensure(height);
                }
                self.blocks(blocks);
            }
            Block::Masthead(masthead) => self.masthead(masthead),
            Block::Cards(cards) => self.cards(cards),
            Block::HeatMap(map) => self.heat_map(map),
            Block::Band { text, tone } => self.band(text, *tone),
            Block::Signatures(signers) => self.signatures(signers),
            Block::Space(points) => self.y = (self.y + points).min(BODY_BOTTOM),
            Block::PageBreak => self.new_page(),
        }
    }
}
