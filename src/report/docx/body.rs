//! The flow of blocks into the document's body: headings in the real heading styles (so
//! Word's navigation pane, a table of contents and screen readers see them), paragraphs,
//! bands as shaded level-2 headings (the PDF bookmarks them as sections too), space, page
//! breaks, blocks kept together, and the charts as pictures. Tables and the drawn figures are
//! in [`super::tables`] and [`super::figures`].

use super::DocxError;
use super::TEXT_WIDTH_PT;
use super::image::{Media, Rasteriser, inline};
use super::xml::{Look, Para, paragraph, runs};
use crate::report::alt_text::chart_alt;
use crate::report::blocks::{Block, Chart, TextStyle};
use crate::report::palette;
use crate::words::Words;

/// A paragraph this long or shorter after a heading stays on the heading's page with what
/// follows it (as the PDF keeps a short introduction with its heading).
const SHORT_INTRODUCTION: usize = 320;

/// The body being written, with the pictures it places.
pub(super) struct Body<'a> {
    /// The body's XML so far.
    pub xml: String,
    /// The document's words (alt texts).
    pub words: &'a Words,
    /// The pictures placed so far, in order: picture n is `image{n}` with relationship `rIdImage{n}`.
    pub media: Vec<Media>,
    /// A page break waits for the next paragraph (as its "page break before").
    pending_break: bool,
    /// Inside a kept-together block: every paragraph stays with the next.
    keep: bool,
    rasteriser: Rasteriser,
}

/// The paragraph style of a heading level: the title, then Heading 1 to 3.
pub(super) fn heading_style(level: u8) -> &'static str {
    match level {
        0 => "Title",
        1 => "Heading1",
        2 => "Heading2",
        _ => "Heading3",
    }
}

fn text_style(style: TextStyle) -> &'static str {
    match style {
        TextStyle::Body => "Normal",
        TextStyle::Note => "Note",
        TextStyle::Lead => "Lead",
        TextStyle::Strong => "BodyStrong",
    }
}

impl<'a> Body<'a> {
    /// An empty body in `words`.
    pub fn new(words: &'a Words) -> Self {
        Body {
            xml: String::new(),
            words,
            media: Vec::new(),
            pending_break: false,
            keep: false,
            rasteriser: Rasteriser::new(),
        }
    }

    /// Writes a paragraph, taking a waiting page break and the kept-together state.
    pub fn paragraph(&mut self, mut props: Para, content: &str) {
        props.page_break_before |= std::mem::take(&mut self.pending_break);
        props.keep_next |= self.keep;
        props.keep_lines |= self.keep;
        self.xml.push_str(&paragraph(&props, content));
    }

    /// Before a table: a page break still waiting is written as its own paragraph.
    pub fn before_table(&mut self) {
        if std::mem::take(&mut self.pending_break) {
            self.xml
                .push_str("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
        }
    }

    /// Whether paragraphs are being kept with the next (inside a kept-together block).
    pub fn keeping(&self) -> bool {
        self.keep
    }

    /// Adds a picture file; returns its relationship id and its drawing id.
    pub fn add_media(&mut self, extension: &str, bytes: Vec<u8>) -> (String, u32) {
        let number = self.media.len() + 1;
        self.media.push(Media {
            name: format!("image{number}.{extension}"),
            bytes,
        });
        (format!("rIdImage{number}"), number as u32)
    }

    /// Writes `blocks` in order.
    pub fn blocks(&mut self, blocks: &[Block]) -> Result<(), DocxError> {
        for (index, block) in blocks.iter().enumerate() {
            let after_heading = index > 0
                && matches!(
                    blocks[index - 1],
                    Block::Heading { .. } | Block::Band { .. }
                );
            self.block(block, after_heading)?;
        }
        Ok(())
    }

    fn block(&mut self, block: &Block, after_heading: bool) -> Result<(), DocxError> {
        match block {
            Block::Heading { level, text } => {
                self.paragraph(
                    Para::styled(heading_style(*level)),
                    &runs(text, &Look::default()),
                );
            }
            Block::Paragraph { style, text } => {
                let props = Para {
                    keep_next: after_heading && text.chars().count() <= SHORT_INTRODUCTION,
                    ..Para::styled(text_style(*style))
                };
                self.paragraph(props, &runs(text, &Look::default()));
            }
            Block::Band { text, tone } => self.band(text, *tone),
            Block::Space(points) => {
                let twips = (points.max(1.0) * 20.0).round() as u32;
                let props = Para {
                    exact_line: Some(twips),
                    ..Para::default()
                };
                self.paragraph(props, "");
            }
            Block::PageBreak => self.pending_break = true,
            Block::KeepTogether(blocks) => self.kept_together(blocks)?,
            Block::Charts(charts) => self.charts(charts)?,
            Block::Table(table) => self.table(table),
            Block::Facts(facts) => self.facts(facts),
            Block::Masthead(masthead) => self.masthead(masthead),
            Block::Cards(cards) => self.cards(cards),
            Block::HeatMap(map) => self.heat_map(map),
            Block::Signatures(signers) => self.signatures(signers),
        }
        Ok(())
    }

    /// Every block but the last stays with the next; the last one is kept in one piece.
    fn kept_together(&mut self, blocks: &[Block]) -> Result<(), DocxError> {
        let outer = self.keep;
        if let Some((last, rest)) = blocks.split_last() {
            self.keep = true;
            self.blocks(rest)?;
            self.keep = outer;
            let after_heading = matches!(rest.last(), Some(Block::Heading { .. }));
            self.block(last, after_heading)?;
        }
        Ok(())
    }

    /// A band: a level-2 heading on its tone's colour, so it is a section in the navigation
    /// as it is a bookmark in the PDF; its words say what the colour means.
    fn band(&mut self, text: &str, tone: crate::report::blocks::Tone) {
        let (fill, colour) = palette::strong(tone);
        let size = if tone == crate::report::blocks::Tone::Title {
            26
        } else {
            21
        };
        let props = Para {
            shading: Some(fill),
            spacing: Some((160, 100)),
            ..Para::styled("Heading2")
        };
        let look = Look::bold().sized(size).coloured(colour);
        self.paragraph(props, &runs(text, &look));
    }

    /// The charts side by side in one centred paragraph, each as a PNG with its alt text,
    /// scaled down to its share of the text width where it is wider.
    fn charts(&mut self, charts: &[Chart]) -> Result<(), DocxError> {
        if charts.is_empty() {
            return Ok(());
        }
        let slot = TEXT_WIDTH_PT / charts.len() as f32;
        let mut content = String::new();
        for chart in charts {
            let raster = self.rasteriser.chart(chart)?;
            let (width, height) = raster.size;
            let scale = ((slot - 4.0) / width).min(1.0);
            let (rel, id) = self.add_media("png", raster.png);
            let alt = chart_alt(self.words, chart);
            content.push_str(&inline(&rel, id, (width * scale, height * scale), &alt));
        }
        let props = Para {
            align: Some("center"),
            keep_lines: true,
            spacing: Some((60, 100)),
            ..Para::default()
        };
        self.paragraph(props, &content);
        Ok(())
    }
}
