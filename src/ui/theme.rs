//! The look of the window in both themes: egui's defaults with the contrast raised where office
//! users need it — text fields, check boxes and radio buttons get a visible outline in the light
//! theme, and text is a little larger than egui's default.

use egui::{Color32, Stroke, Theme};

/// Adjusts egui's light and dark styles; called once when the window opens (and by tests).
pub fn install(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        for (text_style, size) in [
            (egui::TextStyle::Body, 13.5),
            (egui::TextStyle::Button, 13.5),
            (egui::TextStyle::Small, 11.0),
        ] {
            if let Some(font) = style.text_styles.get_mut(&text_style) {
                font.size = size;
            }
        }
        style.spacing.item_spacing = egui::vec2(8.0, 5.0);
        style.spacing.button_padding = egui::vec2(8.0, 3.0);
    });
    ctx.style_mut_of(Theme::Light, |style| {
        let outline = Stroke::new(1.0, Color32::from_gray(150));
        style.visuals.widgets.inactive.bg_stroke = outline;
        style.visuals.widgets.noninteractive.bg_stroke = Stroke::new(1.0, Color32::from_gray(200));
        style.visuals.weak_text_color = Some(Color32::from_gray(95));
    });
    ctx.style_mut_of(Theme::Dark, |style| {
        style.visuals.widgets.inactive.bg_stroke = Stroke::new(1.0, Color32::from_gray(85));
    });
}

// tender screen tokens

/// The tender screen's heading ("Tender").
pub const TENDER_HEADING_SIZE: f32 = 20.0;
/// The tender screen's part headings (ranking, equivalences, matrix).
pub const TENDER_SECTION_SIZE: f32 = 16.0;
/// The tender screen's tabs (items, annex, bids).
pub const TENDER_TAB_SIZE: f32 = 15.0;
/// A framework's heading in the tender screen's catalog picker.
pub const TENDER_FRAMEWORK_SIZE: f32 = 14.0;
/// The tender screen's catalog panel: its width at first, and the narrowest and widest it can
/// be dragged to.
pub const TENDER_CATALOG_WIDTH: [f32; 3] = [270.0, 220.0, 520.0];
