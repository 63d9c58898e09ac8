//! The drawn figures of a report as Word tables: the cover's masthead (the logo as a picture
//! beside the organisation's name), the headline cards in one row, the heat map with its cells
//! shaded and counted, and the signature block with lines to write on.

use super::body::Body;
use super::image::inline;
use super::tables::{Frame, cell, row_start, shading, table_start, widths};
use super::xml::{Look, Para, hex, paragraph, runs};
use super::{TEXT_WIDTH, TEXT_WIDTH_PT};
use crate::report::blocks::{Card, HeatMap, Masthead, Signer};
use crate::report::palette;

/// The box the logo is fitted into, keeping its aspect ratio (points, as the PDF's).
const LOGO_BOX: (f32, f32) = (150.0, 60.0);
/// The heat map's label column (points, as the PDF's).
const HEAT_LABEL: f32 = 168.0;
/// Grey of notes and lines to write on.
const GREY: [u8; 3] = [0x55, 0x55, 0x55];
/// A card's value longer than this is words, not a figure.
const CARD_FIGURE_CHARS: usize = 10;
const CARD_FILL: [u8; 3] = [0xf6, 0xf6, 0xf6];
const WHITE: [u8; 3] = [0xff, 0xff, 0xff];

fn equal_shares(count: usize) -> Vec<f32> {
    vec![1.0 / count.max(1) as f32; count]
}

impl Body<'_> {
    /// The logo (when there is one) beside the organisation's name and place, over a line.
    pub fn masthead(&mut self, masthead: &Masthead) {
        self.before_table();
        let name = paragraph(
            &Para {
                spacing: Some((0, 40)),
                ..Para::default()
            },
            &runs(&masthead.name, &Look::bold().sized(30)),
        );
        let detail = paragraph(
            &Para::styled("Note"),
            &runs(&masthead.detail, &Look::default()),
        );
        let Some(logo) = &masthead.logo else {
            self.paragraph(
                Para::default(),
                &runs(&masthead.name, &Look::bold().sized(30)),
            );
            self.paragraph(
                Para {
                    border_bottom: Some((5, [0x99; 3])),
                    ..Para::styled("Note")
                },
                &runs(&masthead.detail, &Look::default()),
            );
            return;
        };
        let (w, h) = (logo.width.max(1) as f32, logo.height.max(1) as f32);
        let scale = (LOGO_BOX.0 / w).min(LOGO_BOX.1 / h);
        let size = (w * scale, h * scale);
        let extension = if logo.mime == "image/jpeg" {
            "jpeg"
        } else {
            "png"
        };
        let (rel, id) = self.add_media(extension, logo.source.clone());
        let alt = crate::report::alt_text::logo_alt(self.words, masthead);
        let logo_width = ((size.0 + 12.0) * 20.0).round() as u32;
        let widths = [logo_width, TEXT_WIDTH.saturating_sub(logo_width)];
        let mut xml = table_start(&widths, &Frame::None, (0, 0));
        let rule = "<w:tcBorders><w:bottom w:val=\"single\" w:sz=\"5\" w:space=\"0\" w:color=\"999999\"/></w:tcBorders><w:vAlign w:val=\"center\"/>";
        xml.push_str(&row_start(false, true));
        let picture = paragraph(&Para::default(), &inline(&rel, id, size, &alt));
        xml.push_str(&cell(widths[0], rule, &picture));
        xml.push_str(&cell(widths[1], rule, &format!("{name}{detail}")));
        xml.push_str("</w:tr></w:tbl>");
        self.xml.push_str(&xml);
    }

    /// The headline figures as one row of boxes, each with a stripe in its tone on top.
    pub fn cards(&mut self, cards: &[Card]) {
        if cards.is_empty() {
            return;
        }
        self.before_table();
        let widths = widths(&equal_shares(cards.len()), TEXT_WIDTH);
        let mut xml = table_start(&widths, &Frame::None, (80, 120));
        xml.push_str(&row_start(false, true));
        for (card, width) in cards.iter().zip(&widths) {
            let (stripe, _) = palette::strong(card.tone);
            let borders = format!(
                "<w:tcBorders><w:top w:val=\"single\" w:sz=\"24\" w:space=\"0\" w:color=\"{}\"/>\
                 <w:left w:val=\"single\" w:sz=\"36\" w:space=\"0\" w:color=\"FFFFFF\"/>\
                 <w:right w:val=\"single\" w:sz=\"36\" w:space=\"0\" w:color=\"FFFFFF\"/></w:tcBorders>{}",
                hex(stripe),
                shading(CARD_FILL)
            );
            // A figure is large; a verdict in words is set smaller so it fits its box in
            // two lines, as the PDF shrinks it.
            let value_size = if card.value.chars().count() > CARD_FIGURE_CHARS {
                24
            } else {
                32
            };
            let tight = |after: u32| Para {
                spacing: Some((0, after)),
                keep_next: true,
                ..Para::default()
            };
            let content = [
                paragraph(&tight(40), &runs(&card.title, &Look::bold().sized(15))),
                paragraph(
                    &tight(40),
                    &runs(&card.value, &Look::bold().sized(value_size)),
                ),
                paragraph(&tight(0), &runs(&card.detail, &Look::default().sized(15))),
            ]
            .concat();
            xml.push_str(&cell(*width, &borders, &content));
        }
        xml.push_str("</w:tr></w:tbl>");
        self.xml.push_str(&xml);
        self.spacer();
    }

    /// The heat map: a header row of levels, a row per framework, each cell its count on a
    /// shade of its column's colour by its share of the row (white text on dark shades).
    pub fn heat_map(&mut self, map: &HeatMap) {
        self.before_table();
        let label = (HEAT_LABEL / TEXT_WIDTH_PT).min(0.6);
        let mut shares = vec![label];
        let rest = (1.0 - label) / map.columns.len().max(1) as f32;
        shares.extend(map.columns.iter().map(|_| rest));
        let widths = widths(&shares, TEXT_WIDTH);
        let mut xml = table_start(&widths, &Frame::Ruled, (30, 50));
        let centred = |keep_next: bool| Para {
            align: Some("center"),
            keep_next,
            ..Para::styled("TableText")
        };
        xml.push_str(&row_start(true, true));
        let corner = paragraph(
            &Para {
                keep_next: true,
                ..Para::styled("TableText")
            },
            &runs(&map.corner, &Look::bold()),
        );
        xml.push_str(&cell(widths[0], "", &corner));
        for ((title, _), width) in map.columns.iter().zip(&widths[1..]) {
            xml.push_str(&cell(
                *width,
                "",
                &paragraph(&centred(true), &runs(title, &Look::bold())),
            ));
        }
        xml.push_str("</w:tr>");
        for (row, (label, counts)) in map.rows.iter().enumerate() {
            let keep_next = row + 1 < map.rows.len();
            let total: usize = counts.iter().sum();
            xml.push_str(&row_start(false, true));
            let label_para = Para {
                keep_next,
                ..Para::styled("TableText")
            };
            xml.push_str(&cell(
                widths[0],
                "",
                &paragraph(&label_para, &runs(label, &Look::default())),
            ));
            for (((_, kind), width), count) in map.columns.iter().zip(&widths[1..]).zip(counts) {
                let (extra, look) = if *count == 0 {
                    (String::new(), Look::bold())
                } else {
                    let share = *count as f32 / total.max(1) as f32;
                    let ((r, g, b), white) = palette::heat_fill(*kind, share);
                    let byte = |c: f32| (c.clamp(0.0, 1.0) * 255.0).round() as u8;
                    let text = if white { WHITE } else { [0x11; 3] };
                    (
                        shading([byte(r), byte(g), byte(b)]),
                        Look::bold().coloured(text),
                    )
                };
                let content = paragraph(&centred(keep_next), &runs(&count.to_string(), &look));
                xml.push_str(&cell(*width, &extra, &content));
            }
            xml.push_str("</w:tr>");
        }
        xml.push_str("</w:tbl>");
        self.xml.push_str(&xml);
        self.spacer();
    }

    /// The signers side by side: a row of their roles in bold, then a row per field, each
    /// cell the field's label over a line to write on (the known value printed on it), so the
    /// lines stand level; the signature's line has room above it. Rows stay together.
    pub fn signatures(&mut self, signers: &[Signer]) {
        if signers.is_empty() {
            return;
        }
        self.before_table();
        let widths = widths(&equal_shares(signers.len()), TEXT_WIDTH);
        let mut xml = table_start(&widths, &Frame::None, (0, 0));
        // A gap between the columns: the right-hand margin of every column but the last.
        let margin = |index: usize| {
            let gap = if index + 1 < signers.len() { 480 } else { 0 };
            format!("<w:tcMar><w:right w:w=\"{gap}\" w:type=\"dxa\"/></w:tcMar>")
        };
        let kept = |spacing: (u32, u32)| Para {
            keep_next: true,
            spacing: Some(spacing),
            ..Para::default()
        };
        xml.push_str(&row_start(false, true));
        for (index, (signer, width)) in signers.iter().zip(&widths).enumerate() {
            let role = paragraph(&kept((0, 0)), &runs(&signer.role, &Look::bold()));
            xml.push_str(&cell(*width, &margin(index), &role));
        }
        xml.push_str("</w:tr>");
        let count = signers.iter().map(|s| s.fields.len()).max().unwrap_or(0);
        for field in 0..count {
            let last = field + 1 == count;
            xml.push_str(&row_start(false, true));
            for (index, (signer, width)) in signers.iter().zip(&widths).enumerate() {
                let Some((label, value)) = signer.fields.get(field) else {
                    xml.push_str(&cell(*width, &margin(index), ""));
                    continue;
                };
                let label = paragraph(
                    &kept((100, 0)),
                    &runs(label, &Look::default().sized(15).coloured(GREY)),
                );
                let line = Para {
                    keep_next: !last,
                    border_bottom: Some((6, GREY)),
                    spacing: Some((if last { 480 } else { 120 }, 0)),
                    ..Para::default()
                };
                let content = label + &paragraph(&line, &runs(value, &Look::default()));
                // Lines level at the foot of the row, whatever a value wraps to.
                let bottom = margin(index) + "<w:vAlign w:val=\"bottom\"/>";
                xml.push_str(&cell(*width, &bottom, &content));
            }
            xml.push_str("</w:tr>");
        }
        xml.push_str("</w:tbl>");
        self.xml.push_str(&xml);
        self.spacer();
    }
}
