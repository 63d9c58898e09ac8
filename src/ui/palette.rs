//! The window's colours for each look — light, dark and high contrast — as one table of design
//! tokens, and the WCAG 2.2 contrast ratio that a unit test holds every text and control colour
//! to against the backgrounds it is drawn on (4.5:1 for text, 3:1 for large text, outlines, the
//! focus ring and chart marks).

// The colour constructors are disallowed everywhere else (clippy.toml); this is their home.
#![allow(clippy::disallowed_methods)]

use egui::Color32;

/// One of the window's looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    /// Dark text on a light background.
    Light,
    /// Light text on a dark background.
    Dark,
    /// White and yellow on black, with strong outlines, for low vision.
    HighContrast,
}

impl Look {
    /// Every look, for the contrast test.
    pub const ALL: [Look; 3] = [Look::Light, Look::Dark, Look::HighContrast];

    /// The look whose colours `visuals` carry (told apart by their background).
    pub fn of(visuals: &egui::Visuals) -> Look {
        if !visuals.dark_mode {
            Look::Light
        } else if visuals.panel_fill == palette(Look::HighContrast).background {
            Look::HighContrast
        } else {
            Look::Dark
        }
    }
}

/// The colours of one look.
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    /// Panels and windows.
    pub background: Color32,
    /// Text fields and the track of a bar.
    pub field: Color32,
    /// Body text.
    pub text: Color32,
    /// Text on a button.
    pub control_text: Color32,
    /// A button's fill.
    pub control_fill: Color32,
    /// A button's fill under the pointer or while pressed.
    pub control_fill_hovered: Color32,
    /// Secondary text.
    pub weak: Color32,
    /// Something met or done (a requirement on target).
    pub success: Color32,
    /// Something that needs attention (unsaved work, below target).
    pub warning: Color32,
    /// An error.
    pub error: Color32,
    /// The current levels on the charts.
    pub chart: Color32,
    /// A SHALL.
    pub shall: Color32,
    /// A SHOULD.
    pub should: Color32,
    /// A link.
    pub link: Color32,
    /// The fill of a selected tab or row.
    pub selection: Color32,
    /// Text on [`Palette::selection`], and the focus ring of a text field.
    pub selection_text: Color32,
    /// The outline of a field, a check box or a button.
    pub outline: Color32,
    /// The ring around the control that has the keyboard.
    pub focus: Color32,
}

const fn rgb(hex: u32) -> Color32 {
    Color32::from_rgb((hex >> 16) as u8, (hex >> 8) as u8, hex as u8)
}

/// The colours of `look`.
pub const fn palette(look: Look) -> Palette {
    match look {
        Look::Light => Palette {
            background: rgb(0xf8f8f8),
            field: rgb(0xffffff),
            text: rgb(0x303030),
            control_text: rgb(0x1e1e1e),
            control_fill: rgb(0xe6e6e6),
            control_fill_hovered: rgb(0xd2d2d2),
            weak: rgb(0x5f5f5f),
            success: rgb(0x1b7a3a),
            warning: rgb(0x9a4a00),
            error: rgb(0xb3261e),
            chart: rgb(0x1f5fa8),
            shall: rgb(0xa31f1f),
            should: rgb(0x8a5a00),
            link: rgb(0x0b57a4),
            selection: rgb(0xcfe6ff),
            selection_text: rgb(0x0b4f9c),
            outline: rgb(0x8c8c8c),
            focus: rgb(0x0b4f9c),
        },
        Look::Dark => Palette {
            background: rgb(0x1b1b1b),
            field: rgb(0x0a0a0a),
            text: rgb(0xc8c8c8),
            control_text: rgb(0xdcdcdc),
            control_fill: rgb(0x3a3a3a),
            control_fill_hovered: rgb(0x4a4a4a),
            weak: rgb(0x9e9e9e),
            success: rgb(0x4cc46e),
            warning: rgb(0xffa53d),
            error: rgb(0xff6b6b),
            chart: rgb(0x5da9e9),
            shall: rgb(0xff8a80),
            should: rgb(0xffcc66),
            link: rgb(0x6cb6ff),
            selection: rgb(0x1f4b7a),
            selection_text: rgb(0xd6ebff),
            outline: rgb(0x7a7a7a),
            focus: rgb(0xa8d4ff),
        },
        Look::HighContrast => Palette {
            background: rgb(0x000000),
            field: rgb(0x000000),
            text: rgb(0xffffff),
            control_text: rgb(0xffffff),
            control_fill: rgb(0x000000),
            control_fill_hovered: rgb(0x202020),
            weak: rgb(0xe0e0e0),
            success: rgb(0x7dff9a),
            warning: rgb(0xffd000),
            error: rgb(0xff8c8c),
            chart: rgb(0x00e5ff),
            shall: rgb(0xff9e9e),
            should: rgb(0xffe066),
            link: rgb(0xffff00),
            selection: rgb(0x1a3fb0),
            selection_text: rgb(0xffff00),
            outline: rgb(0xffffff),
            focus: rgb(0xffff00),
        },
    }
}

/// The WCAG 2.2 relative luminance of an sRGB colour (alpha ignored).
pub fn relative_luminance(colour: Color32) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(colour.r()) + 0.7152 * channel(colour.g()) + 0.0722 * channel(colour.b())
}

/// The WCAG 2.2 contrast ratio of two colours, from 1 (none) to 21 (black on white).
pub fn contrast_ratio(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    let (light, dark) = if la >= lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2.2 AA for body text (1.4.3).
    const TEXT: f64 = 4.5;
    /// WCAG 2.2 AA for outlines, focus rings and chart marks (1.4.11), and large text.
    const NON_TEXT: f64 = 3.0;

    #[test]
    fn the_formula_gives_wcag_s_own_figures() {
        assert!((contrast_ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast_ratio(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 1e-9);
        // #767676 on white is the lightest grey that passes 4.5:1 (4.54).
        let grey = rgb(0x767676);
        assert!((contrast_ratio(grey, Color32::WHITE) - 4.54).abs() < 0.01);
        assert!(contrast_ratio(rgb(0x777777), Color32::WHITE) < TEXT);
    }

    #[test]
    fn every_text_and_control_colour_meets_wcag_aa_in_every_look() {
        let mut failures = Vec::new();
        for look in Look::ALL {
            let p = palette(look);
            let text_on_background = [
                ("text", p.text),
                ("weak", p.weak),
                ("success", p.success),
                ("warning", p.warning),
                ("error", p.error),
                ("shall", p.shall),
                ("should", p.should),
                ("link", p.link),
            ];
            let mut pairs: Vec<(String, Color32, Color32, f64)> = Vec::new();
            for (name, colour) in text_on_background {
                pairs.push((format!("{name} on background"), colour, p.background, TEXT));
            }
            for (name, colour) in [("text", p.text), ("weak", p.weak), ("error", p.error)] {
                pairs.push((format!("{name} in a field"), colour, p.field, TEXT));
            }
            pairs.extend([
                ("button text".into(), p.control_text, p.control_fill, TEXT),
                (
                    "button text, hovered".into(),
                    p.control_text,
                    p.control_fill_hovered,
                    TEXT,
                ),
                ("selected text".into(), p.selection_text, p.selection, TEXT),
                ("outline".into(), p.outline, p.background, NON_TEXT),
                ("focus ring".into(), p.focus, p.background, NON_TEXT),
                (
                    "focus ring on a button".into(),
                    p.focus,
                    p.control_fill,
                    NON_TEXT,
                ),
                (
                    "focus ring of a field".into(),
                    p.selection_text,
                    p.field,
                    NON_TEXT,
                ),
                ("chart".into(), p.chart, p.background, NON_TEXT),
                ("chart bar on its track".into(), p.chart, p.field, NON_TEXT),
            ]);
            for (what, fg, bg, least) in pairs {
                let ratio = contrast_ratio(fg, bg);
                if ratio < least {
                    failures.push(format!("{look:?}: {what} {ratio:.2}:1 < {least}:1"));
                }
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn a_look_is_told_by_its_visuals() {
        let mut visuals = egui::Visuals::dark();
        assert_eq!(Look::of(&visuals), Look::Dark);
        visuals.panel_fill = palette(Look::HighContrast).background;
        assert_eq!(Look::of(&visuals), Look::HighContrast);
        assert_eq!(Look::of(&egui::Visuals::light()), Look::Light);
    }
}
