//! DejaVu Sans for the window — the same font the PDF reports embed — so that Swedish, Polish,
//! Greek and Cyrillic names render without missing glyphs.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

/// Name of the bold family, used for headings and emphasis.
pub const BOLD: &str = "DejaVuSansBold";

/// Font definitions with DejaVu Sans first for proportional text and a separate bold family.
/// egui's own fonts stay behind it as fallbacks (emoji and symbols).
pub fn font_definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        "DejaVuSans".into(),
        Arc::new(FontData::from_static(dejavu::sans::regular())),
    );
    fonts.font_data.insert(
        BOLD.into(),
        Arc::new(FontData::from_static(dejavu::sans::bold())),
    );
    fonts
        .families
        .entry(FontFamily::Proportional)
        .or_default()
        .insert(0, "DejaVuSans".into());
    let mut bold = vec![BOLD.to_owned()];
    bold.extend(
        fonts
            .families
            .get(&FontFamily::Proportional)
            .cloned()
            .unwrap_or_default(),
    );
    fonts.families.insert(FontFamily::Name(BOLD.into()), bold);
    fonts
}

/// Installs the fonts in a context.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(font_definitions());
}

/// A bold font of the given size; the sizes and the font itself are the theme's.
pub fn bold(size: f32) -> egui::FontId {
    crate::ui::theme::bold(size)
}
