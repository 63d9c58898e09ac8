//! Tables in the document: a grid of explicit widths in twentieths of a point (dxa) from the
//! columns' shares of the text width, the header row repeated on every page, figures set
//! right, tag cells shaded in their tone (their words carry the meaning), rows kept whole
//! when short; and the facts (label–value lines) as a borderless two-column table.

use std::fmt::Write as _;

use super::TEXT_WIDTH;
use super::body::Body;
use super::xml::{Look, Para, hex, paragraph, runs};
use crate::report::blocks::Table;
use crate::report::palette;

/// A row whose cells are all shorter than this stays on one page.
const SHORT_ROW: usize = 400;
/// The facts' label column, as wide as the PDF's (110 pt).
const FACT_LABEL: u32 = 2200;
/// Grey of the rules between rows and under the header.
const RULE: [u8; 3] = [0xbb, 0xbb, 0xbb];
const HEADER_RULE: [u8; 3] = [0x33, 0x33, 0x33];
const HEADER_FILL: [u8; 3] = [0xe6, 0xe6, 0xe6];

/// Widths in dxa from `shares` of `total`, summing exactly to `total` (the last column takes
/// what rounding leaves).
pub(super) fn widths(shares: &[f32], total: u32) -> Vec<u32> {
    let mut widths: Vec<u32> = shares
        .iter()
        .map(|s| (s.clamp(0.0, 1.0) * total as f32).floor() as u32)
        .collect();
    let used: u32 = widths.iter().sum();
    if let Some(last) = widths.last_mut() {
        *last += total.saturating_sub(used);
    }
    widths
}

/// How a table is framed.
pub(super) enum Frame {
    /// Rules between the rows.
    Ruled,
    /// No lines at all (facts, figures).
    None,
}

/// The start of a table: its properties (width, fixed layout, borders, cell margins) and its
/// grid. The caller writes the rows and `</w:tbl>`.
pub(super) fn table_start(widths: &[u32], frame: &Frame, margins: (u32, u32)) -> String {
    let total: u32 = widths.iter().sum();
    let borders = match frame {
        Frame::Ruled => format!(
            "<w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"{0}\"/>\
             <w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"{0}\"/>\
             <w:insideH w:val=\"single\" w:sz=\"3\" w:space=\"0\" w:color=\"{0}\"/></w:tblBorders>",
            hex(RULE)
        ),
        Frame::None => "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/>\
             <w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/>\
             <w:insideV w:val=\"nil\"/></w:tblBorders>"
            .to_owned(),
    };
    let (vertical, horizontal) = margins;
    let mut xml = format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{total}\" w:type=\"dxa\"/>{borders}\
         <w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:top w:w=\"{vertical}\" w:type=\"dxa\"/>\
         <w:left w:w=\"{horizontal}\" w:type=\"dxa\"/><w:bottom w:w=\"{vertical}\" w:type=\"dxa\"/>\
         <w:right w:w=\"{horizontal}\" w:type=\"dxa\"/></w:tblCellMar>\
         <w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
    );
    for width in widths {
        let _ = write!(xml, "<w:gridCol w:w=\"{width}\"/>");
    }
    xml.push_str("</w:tblGrid>");
    xml
}

/// A cell of `width` dxa with optional extra cell properties (borders, shading) and its
/// paragraphs (at least one: Word needs one in every cell).
pub(super) fn cell(width: u32, extra: &str, paragraphs: &str) -> String {
    let paragraphs = if paragraphs.is_empty() {
        "<w:p/>"
    } else {
        paragraphs
    };
    format!(
        "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>{extra}</w:tcPr>{paragraphs}</w:tc>"
    )
}

/// Cell shading in `fill`.
pub(super) fn shading(fill: [u8; 3]) -> String {
    format!(
        "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{}\"/>",
        hex(fill)
    )
}

/// A row's properties: repeated as the header on every page, kept on one page.
pub(super) fn row_start(header: bool, whole: bool) -> String {
    let mut props = String::new();
    if whole {
        props.push_str("<w:cantSplit/>");
    }
    if header {
        props.push_str("<w:tblHeader/>");
    }
    if props.is_empty() {
        "<w:tr>".to_owned()
    } else {
        format!("<w:tr><w:trPr>{props}</w:trPr>")
    }
}

impl Body<'_> {
    /// A table of the report: header row repeated, widths from its shares.
    pub fn table(&mut self, table: &Table) {
        if table.columns.is_empty() {
            return;
        }
        self.before_table();
        let widths = widths(&table.shares(), TEXT_WIDTH);
        let mut xml = table_start(&widths, &Frame::Ruled, (40, 60));
        let keep = self.keeping();
        let cell_para = |numeric: bool, keep_next: bool| Para {
            align: numeric.then_some("right"),
            keep_next,
            ..Para::styled("TableText")
        };
        xml.push_str(&row_start(true, true));
        let header_cell = format!(
            "<w:tcBorders><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"{}\"/></w:tcBorders>{}",
            hex(HEADER_RULE),
            shading(HEADER_FILL)
        );
        for (column, width) in table.columns.iter().zip(&widths) {
            let text = paragraph(
                &cell_para(column.numeric, true),
                &runs(&column.title, &Look::bold()),
            );
            xml.push_str(&cell(*width, &header_cell, &text));
        }
        xml.push_str("</w:tr>");
        let rows = table.rows.len();
        for (index, row) in table.rows.iter().enumerate() {
            let short = row.iter().all(|c| c.chars().count() < SHORT_ROW);
            let keep_next = keep && index + 1 < rows;
            xml.push_str(&row_start(false, short || keep));
            for (position, (column, width)) in table.columns.iter().zip(&widths).enumerate() {
                let text = row.get(position).map_or("", String::as_str);
                let (extra, look) = match column.tone_of(text) {
                    Some(tone) => {
                        let (fill, colour) = palette::light(tone);
                        (shading(fill), Look::bold().coloured(colour))
                    }
                    None => (String::new(), Look::default()),
                };
                let content = paragraph(&cell_para(column.numeric, keep_next), &runs(text, &look));
                xml.push_str(&cell(*width, &extra, &content));
            }
            xml.push_str("</w:tr>");
        }
        xml.push_str("</w:tbl>");
        self.xml.push_str(&xml);
        self.spacer();
    }

    /// Label–value lines as a borderless two-column table, the labels bold.
    pub fn facts(&mut self, facts: &[(String, String)]) {
        if facts.is_empty() {
            return;
        }
        self.before_table();
        let widths = [FACT_LABEL, TEXT_WIDTH - FACT_LABEL];
        let mut xml = table_start(&widths, &Frame::None, (20, 0));
        let keep = self.keeping();
        for (index, (label, value)) in facts.iter().enumerate() {
            let props = Para {
                keep_next: keep && index + 1 < facts.len(),
                spacing: Some((0, 40)),
                ..Para::default()
            };
            xml.push_str(&row_start(false, true));
            xml.push_str(&cell(
                widths[0],
                "",
                &paragraph(&props, &runs(label, &Look::bold())),
            ));
            xml.push_str(&cell(
                widths[1],
                "",
                &paragraph(&props, &runs(value, &Look::default())),
            ));
            xml.push_str("</w:tr>");
        }
        xml.push_str("</w:tbl>");
        self.xml.push_str(&xml);
        self.spacer();
    }

    /// A small gap after a table (two tables in a row would otherwise merge into one).
    pub fn spacer(&mut self) {
        let props = Para {
            exact_line: Some(100),
            keep_next: self.keeping(),
            ..Para::default()
        };
        self.paragraph(props, "");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_sum_to_the_total_whatever_the_shares() {
        for shares in [
            vec![1.0],
            vec![0.3, 0.3, 0.4],
            vec![1.0 / 3.0; 3],
            vec![0.07, 0.11, 0.13, 0.17, 0.52],
        ] {
            let w = widths(&shares, TEXT_WIDTH);
            assert_eq!(w.iter().sum::<u32>(), TEXT_WIDTH, "{shares:?}");
        }
        assert!(widths(&[], TEXT_WIDTH).is_empty());
    }
}
