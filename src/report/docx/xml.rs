//! Text as WordprocessingML: runs with their look (bold, size, colour), line breaks and tabs
//! from the text, and paragraphs with their properties written in the order the schema asks
//! (Word refuses a file whose elements are out of order).

use std::fmt::Write as _;

use crate::report::html::escape;

/// How a run of text looks; `None` keeps the paragraph style's.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Look {
    /// Bold.
    pub bold: bool,
    /// Size in half-points (Word's unit: 19 is 9.5 pt).
    pub size: Option<u32>,
    /// Colour.
    pub colour: Option<[u8; 3]>,
}

impl Look {
    /// Bold text.
    pub fn bold() -> Self {
        Look {
            bold: true,
            ..Look::default()
        }
    }

    /// This look at `size` half-points.
    pub fn sized(self, size: u32) -> Self {
        Look {
            size: Some(size),
            ..self
        }
    }

    /// This look in `colour`.
    pub fn coloured(self, colour: [u8; 3]) -> Self {
        Look {
            colour: Some(colour),
            ..self
        }
    }

    fn xml(&self) -> String {
        let mut xml = String::new();
        if self.bold {
            xml.push_str("<w:b/><w:bCs/>");
        }
        if let Some(colour) = self.colour {
            let _ = write!(xml, "<w:color w:val=\"{}\"/>", hex(colour));
        }
        if let Some(size) = self.size {
            let _ = write!(xml, "<w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/>");
        }
        if xml.is_empty() {
            xml
        } else {
            format!("<w:rPr>{xml}</w:rPr>")
        }
    }
}

/// A colour as Word writes it (`B3261E`).
pub(super) fn hex([r, g, b]: [u8; 3]) -> String {
    format!("{r:02X}{g:02X}{b:02X}")
}

/// The runs of `text` in `look`: a line end (`\n`, `\r\n` or `\r`) becomes a line break and a
/// tab a tab, as the PDF writer sets them.
pub(super) fn runs(text: &str, look: &Look) -> String {
    let props = look.xml();
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut xml = String::new();
    for (index, line) in text.split('\n').enumerate() {
        let _ = write!(xml, "<w:r>{props}");
        if index > 0 {
            xml.push_str("<w:br/>");
        }
        for (part, piece) in line.split('\t').enumerate() {
            if part > 0 {
                xml.push_str("<w:tab/>");
            }
            if !piece.is_empty() {
                let _ = write!(xml, "<w:t xml:space=\"preserve\">{}</w:t>", escape(piece));
            }
        }
        xml.push_str("</w:r>");
    }
    xml
}

/// A paragraph's properties; the defaults are the style's.
#[derive(Debug, Clone, Default)]
pub(super) struct Para {
    /// The paragraph style's id (`Heading1`, `Note` …).
    pub style: Option<&'static str>,
    /// Stay on the page of the next paragraph.
    pub keep_next: bool,
    /// Never break inside this paragraph.
    pub keep_lines: bool,
    /// Start a new page with this paragraph.
    pub page_break_before: bool,
    /// A line under the paragraph: width in eighths of a point, and colour.
    pub border_bottom: Option<(u32, [u8; 3])>,
    /// A background filling the paragraph, with a margin of the same colour around the text.
    pub shading: Option<[u8; 3]>,
    /// Space before and after in twentieths of a point.
    pub spacing: Option<(u32, u32)>,
    /// An exact line height in twentieths of a point (empty space of a given height).
    pub exact_line: Option<u32>,
    /// `left`, `center` or `right`.
    pub align: Option<&'static str>,
    /// A right-aligned tab stop at this position (twentieths of a point from the margin).
    pub right_tab: Option<u32>,
}

impl Para {
    /// A paragraph in `style`.
    pub fn styled(style: &'static str) -> Self {
        Para {
            style: Some(style),
            ..Para::default()
        }
    }

    fn xml(&self) -> String {
        let mut xml = String::new();
        if let Some(style) = self.style {
            let _ = write!(xml, "<w:pStyle w:val=\"{style}\"/>");
        }
        if self.keep_next {
            xml.push_str("<w:keepNext/>");
        }
        if self.keep_lines {
            xml.push_str("<w:keepLines/>");
        }
        if self.page_break_before {
            xml.push_str("<w:pageBreakBefore/>");
        }
        let border = |side: &str, size: u32, colour: [u8; 3], space: u32| {
            format!(
                "<w:{side} w:val=\"single\" w:sz=\"{size}\" w:space=\"{space}\" w:color=\"{}\"/>",
                hex(colour)
            )
        };
        if let Some(fill) = self.shading {
            let _ = write!(
                xml,
                "<w:pBdr>{}{}{}{}</w:pBdr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{}\"/>",
                border("top", 4, fill, 3),
                border("left", 4, fill, 4),
                border("bottom", 4, fill, 3),
                border("right", 4, fill, 4),
                hex(fill)
            );
        } else if let Some((size, colour)) = self.border_bottom {
            let _ = write!(
                xml,
                "<w:pBdr>{}</w:pBdr>",
                border("bottom", size, colour, 1)
            );
        }
        if let Some(position) = self.right_tab {
            let _ = write!(
                xml,
                "<w:tabs><w:tab w:val=\"right\" w:pos=\"{position}\"/></w:tabs>"
            );
        }
        match (self.spacing, self.exact_line) {
            (_, Some(line)) => {
                let _ = write!(
                    xml,
                    "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"{line}\" w:lineRule=\"exact\"/>"
                );
            }
            (Some((before, after)), None) => {
                let _ = write!(
                    xml,
                    "<w:spacing w:before=\"{before}\" w:after=\"{after}\"/>"
                );
            }
            (None, None) => {}
        }
        if let Some(align) = self.align {
            let _ = write!(xml, "<w:jc w:val=\"{align}\"/>");
        }
        if xml.is_empty() {
            xml
        } else {
            format!("<w:pPr>{xml}</w:pPr>")
        }
    }
}

/// A paragraph of `props` holding `content` (runs or drawings, already XML).
pub(super) fn paragraph(props: &Para, content: &str) -> String {
    format!("<w:p>{}{content}</w:p>", props.xml())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ends_and_tabs_become_breaks_and_tabs_and_controls_are_left_out() {
        let xml = runs("a\r\nb\rc\td\u{1}<&>", &Look::default());
        assert_eq!(xml.matches("<w:br/>").count(), 2, "{xml}");
        assert_eq!(xml.matches("<w:tab/>").count(), 1, "{xml}");
        assert!(xml.contains("d&lt;&amp;&gt;"), "{xml}");
        assert!(!xml.contains('\u{1}'));
    }

    #[test]
    fn properties_come_in_the_schema_order() {
        let props = Para {
            style: Some("Heading2"),
            keep_next: true,
            shading: Some([0, 0, 0]),
            spacing: Some((10, 20)),
            align: Some("right"),
            ..Para::default()
        }
        .xml();
        let at = |tag: &str| {
            props
                .find(tag)
                .unwrap_or_else(|| panic!("{tag} in {props}"))
        };
        assert!(at("w:pStyle") < at("w:keepNext"));
        assert!(at("w:keepNext") < at("w:pBdr"));
        assert!(at("w:pBdr") < at("w:shd"));
        assert!(at("w:shd") < at("w:spacing"));
        assert!(at("w:spacing") < at("w:jc"));
    }
}
