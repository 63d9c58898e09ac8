//! The look every workbook someone outside fills in shares — the bidder response form
//! ([`crate::procurement`]) and the colleague's questionnaire ([`crate::sharing`]): a bold
//! title, shaded headings, locked description cells with a light grid, and light-yellow cells
//! to type into, so that a person who has filled one knows the other at a glance.

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder};

/// Fill of the cells the person types into (light yellow).
pub const INPUT_FILL: u32 = 0xFFF5CC;

/// Fill of the heading row.
pub const HEADING_FILL: u32 = 0xD9E2F3;

/// Colour of the grid between description and input cells.
const GRID: u32 = 0xBFBFBF;

/// The workbook's title on its first row.
pub fn title() -> Format {
    Format::new().set_bold().set_font_size(14)
}

/// A column heading: bold, wrapped, shaded, framed.
pub fn heading() -> Format {
    Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color(Color::RGB(HEADING_FILL))
        .set_border(FormatBorder::Thin)
}

/// A locked cell that describes (the requirement, its id, its weight): wrapped, top-aligned,
/// in the light grid.
pub fn description() -> Format {
    Format::new()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_border(FormatBorder::Thin)
        .set_border_color(Color::RGB(GRID))
}

/// A cell the person types into: a description cell, unlocked and light yellow.
pub fn input() -> Format {
    description()
        .set_unlocked()
        .set_background_color(Color::RGB(INPUT_FILL))
}
