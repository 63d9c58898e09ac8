//! The page layer: A4 pages with margins, text lines in DejaVu Sans (regular and bold) measured
//! with the font's own glyph advances, wrapping, rules and boxes. Coordinates here are measured
//! from the top of the page in points; the PDF's bottom-left origin is applied when ops are made.

use printpdf::{
    Color, FontId, Line, LineDashPattern, LinePoint, Op, PaintMode, ParsedFont, PdfFontHandle,
    Point, Polygon, PolygonRing, Pt, Rect, Rgb, TextItem, TextMatrix, WindingOrder,
};

/// A4 width in points.
pub const PAGE_WIDTH: f32 = 595.28;
/// A4 height in points.
pub const PAGE_HEIGHT: f32 = 841.89;
/// Left and right margin.
pub const MARGIN_X: f32 = 51.0;
/// Top of the body, below the running header.
pub const BODY_TOP: f32 = 62.0;
/// Bottom of the body, above the footer.
pub const BODY_BOTTOM: f32 = PAGE_HEIGHT - 56.0;
/// Width of the body.
pub const BODY_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN_X;
/// A soft hyphen: where a long word may break, with a hyphen, when it must.
const SOFT_HYPHEN: char = '\u{AD}';

/// Regular or bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    /// DejaVu Sans.
    Regular,
    /// DejaVu Sans Bold.
    Bold,
}

/// A font face: the parsed font for measuring and its id in the document.
pub struct Face {
    font: ParsedFont,
    id: FontId,
    units_per_em: f32,
}

impl Face {
    /// Wraps a parsed font registered in the document as `id`.
    pub fn new(font: ParsedFont, id: FontId) -> Self {
        let units_per_em = f32::from(font.font_metrics.units_per_em.max(1));
        Face {
            font,
            id,
            units_per_em,
        }
    }

    fn advance(&self, c: char) -> f32 {
        let glyph = self.font.lookup_glyph_index(c as u32).unwrap_or(0);
        f32::from(self.font.get_horizontal_advance(glyph)) / self.units_per_em
    }

    /// Width of `text` at `size` points: the sum of the glyph advances (no kerning is applied
    /// when the text is shown, so this is the width on the page); soft hyphens take no room.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars()
            .filter(|c| *c != SOFT_HYPHEN)
            .map(|c| self.advance(c))
            .sum::<f32>()
            * size
    }

    /// `text` cut with "…" to fit `width` at `size`.
    pub fn shortened(&self, text: &str, size: f32, width: f32) -> String {
        if self.width(text, size) <= width {
            return text.to_owned();
        }
        let mut cut = String::new();
        for c in text.chars() {
            cut.push(c);
            if self.width(&cut, size) + self.width("…", size) > width {
                cut.pop();
                break;
            }
        }
        cut.push('…');
        cut
    }

    /// `text` with every character the font lacks replaced by "?", so nothing shows as an
    /// empty box, and without soft hyphens (a word they did not break shows whole).
    pub fn printable(&self, text: &str) -> String {
        text.chars()
            .filter(|c| *c != SOFT_HYPHEN)
            .map(|c| {
                if self.font.has_glyph(c as u32) {
                    c
                } else {
                    '?'
                }
            })
            .collect()
    }
}

/// The two faces of the report.
pub struct Fonts {
    /// DejaVu Sans.
    pub regular: Face,
    /// DejaVu Sans Bold.
    pub bold: Face,
}

impl Fonts {
    /// The face of a weight.
    pub fn face(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    /// Splits `text` into lines no wider than `width`: at spaces, then at a soft hyphen
    /// (U+00AD, shown as "-" where the word breaks and nowhere else), and inside a word only
    /// when the word alone is still too wide. `\n` always starts a new line.
    pub fn wrap(&self, text: &str, weight: Weight, size: f32, width: f32) -> Vec<String> {
        let face = self.face(weight);
        let mut lines = Vec::new();
        // Tabs, which the font has no glyph for.
        let text = normalise_line_ends(text).replace('\t', " ");
        for paragraph in text.split('\n') {
            let mut line = String::new();
            let mut line_width = 0.0;
            let space = face.width(" ", size);
            for word in paragraph.split(' ') {
                let mut rest = word.to_owned();
                loop {
                    let clean: String = rest.chars().filter(|c| *c != SOFT_HYPHEN).collect();
                    let gap = if line.is_empty() { 0.0 } else { space };
                    let word_width = face.width(&clean, size);
                    if line_width + gap + word_width <= width {
                        if !line.is_empty() {
                            line.push(' ');
                        }
                        line.push_str(&clean);
                        line_width += gap + word_width;
                        break;
                    }
                    // The longest head before a soft hyphen that fits with its hyphen.
                    let pieces: Vec<&str> = rest.split(SOFT_HYPHEN).collect();
                    let hyphen = face.width("-", size);
                    let head = (1..pieces.len()).rev().find(|&k| {
                        line_width + gap + face.width(&pieces[..k].concat(), size) + hyphen <= width
                    });
                    if let Some(k) = head {
                        if !line.is_empty() {
                            line.push(' ');
                        }
                        line.push_str(&pieces[..k].concat());
                        line.push('-');
                        lines.push(std::mem::take(&mut line));
                        line_width = 0.0;
                        rest = pieces[k..].join("\u{AD}");
                        continue;
                    }
                    if !line.is_empty() {
                        // Try the word again at the start of a line.
                        lines.push(std::mem::take(&mut line));
                        line_width = 0.0;
                        continue;
                    }
                    // A word wider than the line (a long URL) is cut where it must be.
                    for c in clean.chars() {
                        let w = face.width(c.encode_utf8(&mut [0; 4]), size);
                        if line_width + w > width && !line.is_empty() {
                            lines.push(std::mem::take(&mut line));
                            line_width = 0.0;
                        }
                        line.push(c);
                        line_width += w;
                    }
                    break;
                }
            }
            lines.push(line);
        }
        lines
    }
}

/// `text` with the line ends typed on any system (`\r\n`, `\r`) as `\n`.
pub fn normalise_line_ends(text: &str) -> String {
    text.replace("\r\n", "\n").replace(['\r'], "\n")
}

/// A colour as the report uses it.
pub fn rgb(r: u8, g: u8, b: u8) -> Color {
    Color::Rgb(Rgb::new(
        f32::from(r) / 255.0,
        f32::from(g) / 255.0,
        f32::from(b) / 255.0,
        None,
    ))
}

/// Black text.
pub fn ink() -> Color {
    rgb(0x11, 0x11, 0x11)
}

/// Grey text for notes, header and footer.
pub fn grey() -> Color {
    rgb(0x55, 0x55, 0x55)
}

fn at(x: f32, y_from_top: f32) -> Point {
    Point {
        x: Pt(x),
        y: Pt(PAGE_HEIGHT - y_from_top),
    }
}

/// How text is set: weight, size in points and colour.
#[derive(Debug, Clone)]
pub struct Pen {
    /// Regular or bold.
    pub weight: Weight,
    /// Size in points.
    pub size: f32,
    /// Colour.
    pub colour: Color,
}

impl Pen {
    /// A pen.
    pub fn new(weight: Weight, size: f32, colour: Color) -> Self {
        Pen {
            weight,
            size,
            colour,
        }
    }
}

/// The ops of one page, drawn in top-down coordinates.
#[derive(Default)]
pub struct Canvas {
    /// The page's ops so far.
    pub ops: Vec<Op>,
}

impl Canvas {
    /// Shows one line of text with its baseline at `baseline` (from the top of the page).
    pub fn text(&mut self, fonts: &Fonts, pen: &Pen, x: f32, baseline: f32, text: &str) {
        if text.is_empty() {
            return;
        }
        let face = self.open_text(fonts, pen, (x, baseline));
        self.ops.extend([
            Op::ShowText {
                items: vec![TextItem::Text(face.printable(text))],
            },
            Op::EndTextSection,
        ]);
    }

    /// Shows one line of text made of `parts`, each in its own marked-content sequence (the
    /// op that opens it, and its text), in one text object: the parts follow each other as
    /// one run of text would.
    pub fn marked_text(
        &mut self,
        fonts: &Fonts,
        pen: &Pen,
        (x, baseline): (f32, f32),
        parts: Vec<(Op, &str)>,
    ) {
        if parts.is_empty() {
            return;
        }
        let face = self.open_text(fonts, pen, (x, baseline));
        for (begin, text) in parts {
            self.ops.extend([
                begin,
                Op::ShowText {
                    items: vec![TextItem::Text(face.printable(text))],
                },
                Op::EndMarkedContent,
            ]);
        }
        self.ops.push(Op::EndTextSection);
    }

    /// Opens a text object in the pen's face, size and colour at `(x, baseline)`; the face, for
    /// the text shown in it.
    fn open_text<'f>(
        &mut self,
        fonts: &'f Fonts,
        pen: &Pen,
        (x, baseline): (f32, f32),
    ) -> &'f Face {
        let face = fonts.face(pen.weight);
        let position = at(x, baseline);
        self.ops.extend([
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::External(face.id.clone()),
                size: Pt(pen.size),
            },
            Op::SetFillColor {
                col: pen.colour.clone(),
            },
            Op::SetTextMatrix {
                matrix: TextMatrix::Translate(position.x, position.y),
            },
        ]);
        face
    }

    /// A straight line.
    pub fn line(&mut self, from: (f32, f32), to: (f32, f32), width: f32, colour: Color) {
        self.ops.extend([
            Op::SetOutlineColor { col: colour },
            Op::SetOutlineThickness { pt: Pt(width) },
            Op::DrawLine {
                line: Line {
                    points: vec![
                        LinePoint {
                            p: at(from.0, from.1),
                            bezier: false,
                        },
                        LinePoint {
                            p: at(to.0, to.1),
                            bezier: false,
                        },
                    ],
                    is_closed: false,
                },
            },
        ]);
    }

    /// A filled rectangle with its top-left corner at (`x`, `top`).
    pub fn fill_rect(&mut self, x: f32, top: f32, width: f32, height: f32, colour: Color) {
        self.ops.extend([
            Op::SetFillColor { col: colour },
            Op::DrawRectangle {
                rectangle: Rect {
                    mode: Some(PaintMode::Fill),
                    ..Rect::from_xywh(Pt(x), Pt(PAGE_HEIGHT - top - height), Pt(width), Pt(height))
                },
            },
        ]);
    }

    /// A closed shape through `points` (top-down coordinates), filled and/or outlined.
    pub fn polygon(
        &mut self,
        points: &[(f32, f32)],
        fill: Option<Color>,
        stroke: Option<(f32, Color, bool)>,
    ) {
        if points.len() < 2 {
            return;
        }
        let ring = || PolygonRing {
            points: points
                .iter()
                .map(|(x, y)| LinePoint {
                    p: at(*x, *y),
                    bezier: false,
                })
                .collect(),
        };
        if let Some(colour) = fill {
            self.ops.extend([
                Op::SetFillColor { col: colour },
                Op::DrawPolygon {
                    polygon: Polygon {
                        rings: vec![ring()],
                        mode: PaintMode::Fill,
                        winding_order: WindingOrder::NonZero,
                    },
                },
            ]);
        }
        if let Some((width, colour, dashed)) = stroke {
            self.ops.push(Op::SaveGraphicsState);
            if dashed {
                self.ops.push(Op::SetLineDashPattern {
                    dash: LineDashPattern::new(0.0, &[3.0, 2.0]),
                });
            }
            self.ops.extend([
                Op::SetOutlineColor { col: colour },
                Op::SetOutlineThickness { pt: Pt(width) },
                Op::DrawPolygon {
                    polygon: Polygon {
                        rings: vec![ring()],
                        mode: PaintMode::Stroke,
                        winding_order: WindingOrder::NonZero,
                    },
                },
                Op::RestoreGraphicsState,
            ]);
        }
    }
}
