//! The look of the window in both themes, and the one place where its design tokens live: text
//! sizes, spacing, panel widths and the colours that carry meaning (success, warning, error,
//! weak). egui's defaults stay, with the contrast raised where office users need it — text
//! fields, check boxes and radio buttons get a visible outline in the light theme, and text is
//! a little larger than egui's default. Views ask this module for a size or a colour and never
//! write one themselves, so that a change of look is a change in one file.

use egui::{Color32, FontFamily, FontId, Stroke, Theme};

use crate::ui::palette::{Look, palette};

/// Text sizes, in points, from the largest heading down to chart labels.
pub mod text {
    /// The welcome title on the start screen.
    pub const WELCOME: f32 = 26.0;
    /// A screen's title (Open, Save as, Export, Settings).
    pub const SCREEN_TITLE: f32 = 22.0;
    /// The title of the thing shown in a detail pane (a requirement, a framework, a tender).
    pub const ITEM_TITLE: f32 = 20.0;
    /// The program's name in the top bar.
    pub const APP_NAME: f32 = 18.0;
    /// A big figure on a dashboard card.
    pub const FIGURE: f32 = 24.0;
    /// A heading over a part of a screen (a dashboard section) or a modal dialog.
    pub const HEADING: f32 = 17.0;
    /// A heading inside a screen (a step of the setup, a list on the start screen).
    pub const SUBHEADING: f32 = 16.0;
    /// A section heading in a detail pane, and a requirement's statement.
    pub const SECTION: f32 = 15.0;
    /// A framework's header in a tree, and a section heading in the catalog browser.
    pub const TREE_HEADER: f32 = 14.0;
    /// A bold label among body text.
    pub const LABEL: f32 = 13.0;
    /// Body text and buttons.
    pub const BODY: f32 = 13.5;
    /// Small text (egui's `Small` style).
    pub const SMALL: f32 = 11.0;
    /// Axis labels and values on the charts.
    pub const CHART_LABEL: f32 = 12.0;
    /// The big buttons on the start screen.
    pub const START_BUTTON: f32 = 16.0;
}

/// Vertical and horizontal gaps, in points.
pub mod space {
    /// A hair between a heading and what it names.
    pub const HAIR: f32 = 2.0;
    /// Between lines that belong together.
    pub const TIGHT: f32 = 4.0;
    /// Between the parts of one block.
    pub const SMALL: f32 = 6.0;
    /// Between blocks.
    pub const MEDIUM: f32 = 8.0;
    /// Before a section heading in the catalog browser.
    pub const SECTION: f32 = 10.0;
    /// Between sections.
    pub const LARGE: f32 = 12.0;
    /// Between groups of sections.
    pub const XLARGE: f32 = 16.0;
    /// Before a step of the setup.
    pub const STEP: f32 = 18.0;
    /// Around a screen's main column.
    pub const PAGE: f32 = 24.0;
}

/// Widths of panels, columns and fields, in points.
pub mod width {
    /// The widest a detail pane's text runs, so lines stay readable.
    pub const READING: f32 = 820.0;
    /// The top bar's width from which it also shows the program's name.
    pub const BAR_WITH_APP_NAME: f32 = 1200.0;
    /// The least room for the document's name and save state in the top bar; with less they
    /// are left out rather than drawn over the tabs.
    pub const BAR_NAME_MIN: f32 = 48.0;
    /// A modal dialog.
    pub const DIALOG: f32 = 420.0;
    /// The start screen's column.
    pub const START_COLUMN: f32 = 720.0;
    /// The start screen's big buttons.
    pub const START_BUTTON: [f32; 2] = [240.0, 36.0];
    /// A search field.
    pub const SEARCH_FIELD: f32 = 320.0;
    /// A short text field (an export title).
    pub const SHORT_FIELD: f32 = 360.0;
    /// A field holding a file's path: room for a long path, never past the window's edge.
    pub const PATH_FIELD: f32 = 720.0;
    /// The catalog browser's tree: default, least and most.
    pub const CATALOG_TREE: [f32; 3] = [360.0, 220.0, 560.0];
    /// The walk-through's tree: default, least and most.
    pub const WALK_TREE: [f32; 3] = [380.0, 260.0, 560.0];
    /// The least room a tree's group header keeps for its text before it is cut.
    pub const TREE_HEADER_MIN: f32 = 80.0;
    /// The room the Browse… button beside an evidence link takes (its text, without padding).
    pub const EVIDENCE_BROWSE: f32 = 90.0;
    /// An evidence date field ("30 September 2026").
    pub const DATE_FIELD: f32 = 200.0;
}

/// A bold font of the given size (one of [`text`]).
pub fn bold(size: f32) -> FontId {
    FontId::new(size, FontFamily::Name(crate::ui::fonts::BOLD.into()))
}

/// The proportional font of the given size (one of [`text`]).
pub fn regular(size: f32) -> FontId {
    FontId::proportional(size)
}

/// Colour of something done or met (a requirement on target).
pub fn success(visuals: &egui::Visuals) -> Color32 {
    palette(Look::of(visuals)).success
}

/// Colour of something that needs attention but is not wrong (unsaved work, below target).
pub fn warning(visuals: &egui::Visuals) -> Color32 {
    visuals.warn_fg_color
}

/// Colour of an error.
pub fn error(visuals: &egui::Visuals) -> Color32 {
    visuals.error_fg_color
}

/// Colour of secondary text.
pub fn weak(visuals: &egui::Visuals) -> Color32 {
    visuals.weak_text_color()
}

/// Colour of the current levels on the charts.
pub fn chart_current(visuals: &egui::Visuals) -> Color32 {
    palette(Look::of(visuals)).chart
}

/// Colour of a SHALL (a requirement that must be met).
pub fn shall(visuals: &egui::Visuals) -> Color32 {
    palette(Look::of(visuals)).shall
}

/// Colour of a SHOULD.
pub fn should(visuals: &egui::Visuals) -> Color32 {
    palette(Look::of(visuals)).should
}

/// Adjusts egui's light and dark styles; called once when the window opens (and by tests).
/// Text sizes and spacing are the same in every look; the colours come from [`palette`].
/// The window's own zoom keys replace egui's, so that the chosen size is remembered.
pub fn install(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        for (text_style, size) in [
            (egui::TextStyle::Body, text::BODY),
            (egui::TextStyle::Button, text::BODY),
            (egui::TextStyle::Small, text::SMALL),
        ] {
            if let Some(font) = style.text_styles.get_mut(&text_style) {
                font.size = size;
            }
        }
        style.spacing.item_spacing = egui::vec2(8.0, 5.0);
        style.spacing.button_padding = egui::vec2(8.0, 3.0);
        style.interaction.selectable_labels = false;
    });
    ctx.options_mut(|options| options.zoom_with_keyboard = false);
    apply_look(ctx, false);
}

/// Gives egui's dark style the high-contrast colours (`high_contrast`) or the dark ones; the
/// light style always has the light ones.
pub fn apply_look(ctx: &egui::Context, high_contrast: bool) {
    ctx.set_visuals_of(Theme::Light, visuals_for(Look::Light));
    let dark = if high_contrast {
        Look::HighContrast
    } else {
        Look::Dark
    };
    ctx.set_visuals_of(Theme::Dark, visuals_for(dark));
}

/// egui's visuals for `look`, with the palette's colours, outlines on every control and a focus
/// ring two points wide.
fn visuals_for(look: Look) -> egui::Visuals {
    let p = palette(look);
    let mut v = match look {
        Look::Light => egui::Visuals::light(),
        Look::Dark | Look::HighContrast => egui::Visuals::dark(),
    };
    let outline_width = if look == Look::HighContrast { 1.5 } else { 1.0 };
    v.panel_fill = p.background;
    v.window_fill = p.background;
    v.extreme_bg_color = p.field;
    v.hyperlink_color = p.link;
    v.warn_fg_color = p.warning;
    v.error_fg_color = p.error;
    v.weak_text_color = Some(p.weak);
    v.selection.bg_fill = p.selection;
    v.selection.stroke = Stroke::new(2.0, p.selection_text);
    v.widgets.noninteractive.fg_stroke.color = p.text;
    v.widgets.noninteractive.bg_fill = p.background;
    v.widgets.noninteractive.weak_bg_fill = p.background;
    if look == Look::HighContrast {
        v.widgets.noninteractive.bg_stroke = Stroke::new(1.0, p.weak);
        v.window_stroke = Stroke::new(1.5, p.outline);
    }
    let states = [
        (
            &mut v.widgets.inactive,
            p.control_fill,
            Stroke::new(outline_width, p.outline),
        ),
        (
            &mut v.widgets.hovered,
            p.control_fill_hovered,
            Stroke::new(outline_width, p.outline),
        ),
        (
            &mut v.widgets.active,
            p.control_fill_hovered,
            Stroke::new(2.0, p.focus),
        ),
        (
            &mut v.widgets.open,
            p.control_fill_hovered,
            Stroke::new(outline_width, p.outline),
        ),
    ];
    for (widget, fill, stroke) in states {
        widget.fg_stroke.color = p.control_text;
        widget.weak_bg_fill = fill;
        widget.bg_fill = fill;
        widget.bg_stroke = stroke;
    }
    v
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
/// The tender items table's Item column: the narrowest and widest it is laid out or dragged to.
pub const TENDER_ITEM_COLUMN_WIDTH: [f32; 2] = [260.0, 900.0];
/// The width the items table's other columns take with their spacing (measured in English and
/// Swedish), which the Item column leaves them.
pub const TENDER_OTHER_COLUMNS_WIDTH: f32 = 740.0;
