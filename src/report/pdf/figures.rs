//! The blocks that are drawn rather than set as text: the cover's masthead with the logo, the
//! headline cards, the heat map and the coloured bands of the roadmap. Each has a fixed,
//! measurable height so the writer can keep it on one page; colours always come with words or
//! numbers, so every figure reads in greyscale.

use printpdf::{
    Color, Op, Pt, RawImage, RawImageData, RawImageFormat, XObjectId, XObjectTransform,
};

use super::page::{BODY_WIDTH, MARGIN_X, PAGE_HEIGHT, Pen, Weight, grey, ink, rgb};
use super::structure::{Role, Scope};
use super::writer::{PARAGRAPH_GAP, Writer};
use crate::report::alt_text::logo_alt;
use crate::report::blocks::{Card, HeatKind, HeatMap, Masthead, Picture, Tone};
use crate::report::palette;

/// The box the logo is scaled into, keeping its aspect ratio.
const LOGO_BOX: (f32, f32) = (150.0, 60.0);
/// Height of the masthead, rule included.
const MASTHEAD_HEIGHT: f32 = 74.0;
/// Space between cards.
const CARD_GAP: f32 = 8.0;
/// Inner margin of a card.
const CARD_PAD: f32 = 7.0;
/// Sizes in a card: title and detail, and the figure.
const CARD_SMALL: f32 = 7.5;
const CARD_SMALL_LEADING: f32 = 9.4;
const CARD_FIGURE: f32 = 16.0;
/// The heat map's label column, row height and text size.
const HEAT_LABEL_WIDTH: f32 = 168.0;
const HEAT_ROW: f32 = 12.5;
const HEAT_SIZE: f32 = 8.0;
/// Height of a band.
const BAND_HEIGHT: f32 = 21.0;

/// The fill and the text colour of a tone at full strength (bands, card stripes).
pub(super) fn strong(tone: Tone) -> (Color, Color) {
    let (fill, text) = palette::strong(tone);
    (hex(fill), hex(text))
}

/// The fill and the text colour of a tone as a light tag in running text.
pub(super) fn light(tone: Tone) -> (Color, Color) {
    let (fill, text) = palette::light(tone);
    (hex(fill), hex(text))
}

fn hex([r, g, b]: [u8; 3]) -> Color {
    rgb(r, g, b)
}

/// The colour of a cell holding `share` (0 to 1) of its row, and whether its text is white.
fn heat_fill(kind: HeatKind, share: f32) -> (Color, bool) {
    let ((r, g, b), white) = palette::heat_fill(kind, share);
    (Color::Rgb(printpdf::Rgb::new(r, g, b, None)), white)
}

fn to_colour((r, g, b): (f32, f32, f32)) -> Color {
    Color::Rgb(printpdf::Rgb::new(r, g, b, None))
}

/// The logo's size in points inside [`LOGO_BOX`], keeping its aspect ratio.
pub(super) fn logo_size(picture: &Picture) -> (f32, f32) {
    let (w, h) = (picture.width.max(1) as f32, picture.height.max(1) as f32);
    let scale = (LOGO_BOX.0 / w).min(LOGO_BOX.1 / h);
    (w * scale, h * scale)
}

impl Writer {
    /// Heights of the drawn blocks, for keeping them on one page.
    pub(super) fn masthead_height() -> f32 {
        MASTHEAD_HEIGHT + PARAGRAPH_GAP
    }

    /// The cover's masthead: the logo in its box (a Figure with its alternative text), the
    /// name and place beside it (paragraphs), a rule below.
    pub(super) fn masthead(&mut self, masthead: &Masthead) {
        self.ensure(Self::masthead_height());
        let top = self.y;
        let mut text_x = MARGIN_X;
        if let Some(picture) = &masthead.logo {
            let (width, height) = logo_size(picture);
            let image_top = top + (LOGO_BOX.1 - height) / 2.0;
            let id = XObjectId(format!("Logo{}", self.images.len() + 1));
            self.images.push((id.clone(), raw_image(picture)));
            let alt = logo_alt(&self.words, masthead);
            let bottom = PAGE_HEIGHT - image_top - height;
            self.element(Role::Figure, |w, figure| {
                w.structure.set_alt(figure, alt);
                w.structure.set_bbox(
                    figure,
                    [MARGIN_X, bottom, MARGIN_X + width, bottom + height],
                );
                w.content(|_, canvas| {
                    canvas.ops.push(Op::UseXobject {
                        id,
                        transform: XObjectTransform {
                            translate_x: Some(Pt(MARGIN_X)),
                            translate_y: Some(Pt(bottom)),
                            dpi: Some(72.0 * picture.width.max(1) as f32 / width),
                            ..XObjectTransform::default()
                        },
                    });
                });
            });
            text_x += width + 16.0;
        }
        let name_width = MARGIN_X + BODY_WIDTH - text_x;
        // The name on up to two lines (a long one cut at the end of the second).
        let mut lines = self
            .fonts
            .wrap(&masthead.name, Weight::Bold, 15.0, name_width);
        let cut = lines.len() > 2;
        if cut {
            let rest = lines[1..].join(" ");
            lines.truncate(1);
            lines.push(self.fonts.face(Weight::Bold).shortened(
                &format!("{rest} …"),
                15.0,
                name_width,
            ));
        }
        let first = if lines.len() > 1 { 20.0 } else { 27.0 };
        self.element(Role::P, |w, name| {
            if cut {
                w.structure.set_actual_text(name, masthead.name.clone());
            }
            for (i, line) in lines.iter().enumerate() {
                w.content(|fonts, canvas| {
                    canvas.text(
                        fonts,
                        &Pen::new(Weight::Bold, 15.0, ink()),
                        text_x,
                        top + first + i as f32 * 18.0,
                        line,
                    );
                });
            }
        });
        let detail = self
            .fonts
            .face(Weight::Regular)
            .shortened(&masthead.detail, 9.5, name_width);
        self.element(Role::P, |w, element| {
            if detail != masthead.detail {
                w.structure
                    .set_actual_text(element, masthead.detail.clone());
            }
            w.content(|fonts, canvas| {
                canvas.text(
                    fonts,
                    &Pen::new(Weight::Regular, 9.5, grey()),
                    text_x,
                    top + first + (lines.len().max(1) - 1) as f32 * 18.0 + 15.0,
                    &detail,
                );
            });
        });
        let rule = top + MASTHEAD_HEIGHT - 4.0;
        self.decoration(|_, canvas| {
            canvas.line(
                (MARGIN_X, rule),
                (MARGIN_X + BODY_WIDTH, rule),
                0.6,
                rgb(0x99, 0x99, 0x99),
            );
        });
        self.y = top + Self::masthead_height();
    }

    fn card_width(count: usize) -> f32 {
        let n = count.max(1) as f32;
        (BODY_WIDTH - CARD_GAP * (n - 1.0)) / n
    }

    fn card_lines(&self, card: &Card, width: f32) -> (Vec<String>, Vec<String>) {
        let inner = width - 2.0 * CARD_PAD;
        (
            self.fonts
                .wrap(&card.title, Weight::Bold, CARD_SMALL, inner),
            self.fonts
                .wrap(&card.detail, Weight::Regular, CARD_SMALL, inner),
        )
    }

    /// The figure's size and lines: at full size when it fits, else smaller, down to three
    /// fifths; a figure still too wide ("Bisher nicht erreicht") goes on two lines.
    fn card_value(&self, card: &Card, width: f32) -> (f32, Vec<String>) {
        let room = width - 2.0 * CARD_PAD;
        let face = self.fonts.face(Weight::Bold);
        let natural = face.width(&card.value, CARD_FIGURE);
        if natural <= room {
            return (CARD_FIGURE, vec![card.value.clone()]);
        }
        let size = (CARD_FIGURE * room / natural).max(CARD_FIGURE * 0.6);
        if face.width(&card.value, size) <= room {
            return (size, vec![card.value.clone()]);
        }
        let size = CARD_FIGURE * 0.7;
        let mut lines = self.fonts.wrap(&card.value, Weight::Bold, size, room);
        if lines.len() > 2 {
            let rest = lines[1..].join(" ");
            lines.truncate(1);
            lines.push(face.shortened(&rest, size, room));
        }
        (size, lines)
    }

    /// Height of a card's figure of `lines` lines at `size`.
    fn card_value_height(size: f32, lines: usize) -> f32 {
        if lines <= 1 {
            CARD_FIGURE * 1.35
        } else {
            size * 1.55 + (lines - 1) as f32 * size * 1.15
        }
    }

    /// Height of a row of cards: the tallest card.
    pub(super) fn cards_height(&self, cards: &[Card]) -> f32 {
        let width = Self::card_width(cards.len());
        let tallest = cards
            .iter()
            .map(|card| {
                let (title, detail) = self.card_lines(card, width);
                let (size, value) = self.card_value(card, width);
                2.0 * CARD_PAD
                    + 3.0
                    + (title.len() + detail.len()) as f32 * CARD_SMALL_LEADING
                    + Self::card_value_height(size, value.len())
            })
            .fold(0.0, f32::max);
        tallest + PARAGRAPH_GAP + 4.0
    }

    /// The headline cards side by side: a coloured stripe on top, the title, the figure in
    /// large bold and the detail under it; each card a Div of three paragraphs, its box and
    /// stripe decoration.
    pub(super) fn cards(&mut self, cards: &[Card]) {
        let height = self.cards_height(cards);
        self.ensure(height);
        let top = self.y;
        let width = Self::card_width(cards.len());
        let box_height = height - PARAGRAPH_GAP - 4.0;
        for (index, card) in cards.iter().enumerate() {
            let (title, detail) = self.card_lines(card, width);
            let (size, value) = self.card_value(card, width);
            let left = MARGIN_X + index as f32 * (width + CARD_GAP);
            let (stripe, _) = strong(card.tone);
            self.element(Role::Div, |w, _| {
                w.decoration(|_, canvas| {
                    canvas.fill_rect(left, top, width, box_height, rgb(0xf6, 0xf6, 0xf6));
                    canvas.fill_rect(left, top, width, 3.0, stripe);
                });
                let mut y = top + 3.0 + CARD_PAD;
                w.element(Role::P, |w, _| {
                    for line in &title {
                        y += CARD_SMALL_LEADING;
                        w.content(|fonts, canvas| {
                            canvas.text(
                                fonts,
                                &Pen::new(Weight::Bold, CARD_SMALL, grey()),
                                left + CARD_PAD,
                                y - 2.0,
                                line,
                            );
                        });
                    }
                });
                // A long figure ("Not reached so far") is set smaller, or on two lines, not cut.
                let room = width - 2.0 * CARD_PAD;
                w.element(Role::P, |w, _| {
                    for (i, line) in value.iter().enumerate() {
                        y += match (i, value.len()) {
                            (0, 1) => CARD_FIGURE * 1.35,
                            (0, _) => size * 1.55,
                            _ => size * 1.15,
                        };
                        w.content(|fonts, canvas| {
                            let line = fonts.face(Weight::Bold).shortened(line, size, room);
                            canvas.text(
                                fonts,
                                &Pen::new(Weight::Bold, size, ink()),
                                left + CARD_PAD,
                                y - 4.0,
                                &line,
                            );
                        });
                    }
                });
                w.element(Role::P, |w, _| {
                    for line in &detail {
                        y += CARD_SMALL_LEADING;
                        w.content(|fonts, canvas| {
                            canvas.text(
                                fonts,
                                &Pen::new(Weight::Regular, CARD_SMALL, ink()),
                                left + CARD_PAD,
                                y - 2.0,
                                line,
                            );
                        });
                    }
                });
            });
        }
        self.y = top + height;
    }

    fn heat_header(&self, map: &HeatMap) -> (f32, Vec<Vec<String>>) {
        let cell = Self::heat_cell_width(map);
        let lines: Vec<Vec<String>> = map
            .columns
            .iter()
            .map(|(label, _)| {
                self.fonts
                    .wrap(label, Weight::Bold, HEAT_SIZE - 0.5, cell - 4.0)
            })
            .collect();
        let count = lines.iter().map(Vec::len).max().unwrap_or(1).max(1);
        (count as f32 * 9.0 + 10.0, lines)
    }

    fn heat_cell_width(map: &HeatMap) -> f32 {
        (BODY_WIDTH - HEAT_LABEL_WIDTH) / map.columns.len().max(1) as f32
    }

    /// Height of the heat map: the header (with its colour key) and one line a row.
    pub(super) fn heat_map_height(&self, map: &HeatMap) -> f32 {
        self.heat_header(map).0 + map.rows.len() as f32 * HEAT_ROW + PARAGRAPH_GAP + 2.0
    }

    /// The heat map: a header whose colour bar under each level is the key, then one row a
    /// label with a cell a column, coloured by the column and shaded by the cell's share of
    /// the row, the count always printed. Tagged as a table: the column labels head their
    /// columns, each row's label its row; the colours are decoration.
    pub(super) fn heat_map(&mut self, map: &HeatMap) {
        self.ensure(self.heat_map_height(map));
        let (header_height, header) = self.heat_header(map);
        let cell = Self::heat_cell_width(map);
        let top = self.y;
        self.structure.open(Role::Table);
        self.element(Role::TR, |w, _| {
            w.element(Role::TH(Scope::Column), |w, _| {
                w.content(|fonts, canvas| {
                    canvas.text(
                        fonts,
                        &Pen::new(Weight::Bold, HEAT_SIZE, ink()),
                        MARGIN_X,
                        top + header_height - 10.0,
                        &map.corner,
                    );
                });
            });
            for (index, ((label, kind), lines)) in map.columns.iter().zip(&header).enumerate() {
                let left = MARGIN_X + HEAT_LABEL_WIDTH + index as f32 * cell;
                w.element(Role::TH(Scope::Column), |w, th| {
                    w.structure.keep_words_whole(th, label);
                    for (i, line) in lines.iter().enumerate() {
                        w.content(|fonts, canvas| {
                            let width = fonts.face(Weight::Bold).width(line, HEAT_SIZE - 0.5);
                            canvas.text(
                                fonts,
                                &Pen::new(Weight::Bold, HEAT_SIZE - 0.5, ink()),
                                left + (cell - width) / 2.0,
                                top + 8.0 + i as f32 * 9.0,
                                line,
                            );
                        });
                    }
                });
                w.decoration(|_, canvas| {
                    canvas.fill_rect(
                        left + 2.0,
                        top + header_height - 5.0,
                        cell - 4.0,
                        3.5,
                        to_colour(palette::heat_base(*kind)),
                    );
                });
            }
        });
        let mut y = top + header_height;
        for (label, counts) in &map.rows {
            self.element(Role::TR, |w, _| w.heat_row(map, (label, counts), y));
            y += HEAT_ROW;
        }
        self.structure.close();
        self.y = y + PARAGRAPH_GAP + 2.0;
    }

    /// One row of the heat map with its top at `y`: the label (TH of its row), then a TD a
    /// count on its shaded cell.
    fn heat_row(&mut self, map: &HeatMap, (label, counts): (&str, &[usize]), y: f32) {
        let cell = Self::heat_cell_width(map);
        let total: usize = counts.iter().sum();
        let shown =
            self.fonts
                .face(Weight::Regular)
                .shortened(label, HEAT_SIZE, HEAT_LABEL_WIDTH - 6.0);
        self.element(Role::TH(Scope::Row), |w, element| {
            if shown != label {
                w.structure.set_actual_text(element, label.to_owned());
            }
            w.content(|fonts, canvas| {
                canvas.text(
                    fonts,
                    &Pen::new(Weight::Regular, HEAT_SIZE, ink()),
                    MARGIN_X,
                    y + HEAT_ROW - 3.5,
                    &shown,
                );
            });
        });
        for (index, ((_, kind), count)) in map.columns.iter().zip(counts).enumerate() {
            let left = MARGIN_X + HEAT_LABEL_WIDTH + index as f32 * cell;
            let text = count.to_string();
            let white = if *count > 0 {
                let share = *count as f32 / total.max(1) as f32;
                let (fill, white) = heat_fill(*kind, share);
                self.decoration(|_, canvas| {
                    canvas.fill_rect(left + 1.0, y + 1.0, cell - 2.0, HEAT_ROW - 2.0, fill);
                });
                white
            } else {
                false
            };
            let colour = match (*count, white) {
                (0, _) => rgb(0xaa, 0xaa, 0xaa),
                (_, true) => rgb(0xff, 0xff, 0xff),
                _ => ink(),
            };
            let weight = if *count > 0 {
                Weight::Bold
            } else {
                Weight::Regular
            };
            self.element(Role::TD, |w, _| {
                w.content(|fonts, canvas| {
                    let width = fonts.face(weight).width(&text, HEAT_SIZE);
                    canvas.text(
                        fonts,
                        &Pen::new(weight, HEAT_SIZE, colour),
                        left + (cell - width) / 2.0,
                        y + HEAT_ROW - 3.5,
                        &text,
                    );
                });
            });
        }
        self.decoration(|_, canvas| {
            canvas.line(
                (MARGIN_X, y + HEAT_ROW),
                (MARGIN_X + BODY_WIDTH, y + HEAT_ROW),
                0.3,
                rgb(0xdd, 0xdd, 0xdd),
            );
        });
    }

    /// Text size and height of a band: larger for a page's title.
    fn band_metrics(tone: Tone) -> (f32, f32) {
        if tone == Tone::Title {
            (13.0, BAND_HEIGHT + 5.0)
        } else {
            (10.5, BAND_HEIGHT)
        }
    }

    /// Height of a band with the space around it.
    pub(super) fn band_height(tone: Tone) -> f32 {
        Self::band_metrics(tone).1 + 6.0 + Self::band_after(tone)
    }

    /// Space under a band.
    fn band_after(tone: Tone) -> f32 {
        if tone == Tone::Title { 8.0 } else { 4.0 }
    }

    /// A full-width band in its tone with `text` in bold: a roadmap phase's heading or the
    /// summary's title, also a bookmark (a section under the chapter before it) and an H2
    /// (the band's colour is decoration).
    pub(super) fn band(&mut self, text: &str, tone: Tone) {
        let (size, height) = Self::band_metrics(tone);
        if self.y > super::page::BODY_TOP {
            self.y += 6.0;
        }
        let top = self.y;
        self.bookmarks
            .push((2, text.to_owned(), self.pages.len().max(1) - 1));
        let (fill, colour) = strong(tone);
        self.decoration(|_, canvas| {
            canvas.fill_rect(MARGIN_X, top, BODY_WIDTH, height, fill);
        });
        let shown = self
            .fonts
            .face(Weight::Bold)
            .shortened(text, size, BODY_WIDTH - 16.0);
        self.element(Role::H2, |w, heading| {
            if shown != text {
                w.structure.set_actual_text(heading, text.to_owned());
            }
            w.content(|fonts, canvas| {
                canvas.text(
                    fonts,
                    &Pen::new(Weight::Bold, size, colour),
                    MARGIN_X + 8.0,
                    top + (height + size * 0.72) / 2.0,
                    &shown,
                );
            });
        });
        self.y = top + height + Self::band_after(tone);
    }
}

/// The picture as printpdf's raw pixels (8-bit RGB or RGBA; printpdf splits off the alpha).
fn raw_image(picture: &Picture) -> RawImage {
    RawImage {
        pixels: RawImageData::U8(picture.pixels.clone()),
        width: picture.width as usize,
        height: picture.height as usize,
        data_format: if picture.has_alpha {
            RawImageFormat::RGBA8
        } else {
            RawImageFormat::RGB8
        },
        tag: Vec::new(),
    }
}
