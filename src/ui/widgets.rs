//! The small widgets every screen draws the same way: headings at the theme's sizes, a section
//! heading with a paragraph or a bullet list under it, a labelled path field. One place, so
//! that screens look alike and a change of look is made once.

use egui::RichText;

use crate::ui::i18n::I18n;
use crate::ui::theme;

/// A bold heading of `size` (one of [`theme::text`]).
pub fn heading(ui: &mut egui::Ui, text: impl Into<String>, size: f32) {
    ui.label(RichText::new(text).font(theme::bold(size)).strong());
}

/// A screen's title.
pub fn screen_title(ui: &mut egui::Ui, text: impl Into<String>) {
    heading(ui, text, theme::text::SCREEN_TITLE);
}

/// A heading over one list or group inside a screen.
pub fn subheading(ui: &mut egui::Ui, text: impl Into<String>) {
    heading(ui, text, theme::text::SUBHEADING);
}

/// A section heading in a detail pane, with space above it; the text is the Fluent message `id`.
pub fn section_heading(ui: &mut egui::Ui, i18n: &I18n, id: &str) {
    section_title(ui, &i18n.tr(id));
}

/// A section heading in a detail pane, with text already in the user's language.
pub fn section_title(ui: &mut egui::Ui, title: &str) {
    ui.add_space(theme::space::SECTION);
    heading(ui, title, theme::text::TREE_HEADER);
}

/// A section heading (the Fluent message `id`) over a paragraph; nothing when the text is empty.
pub fn text_section(ui: &mut egui::Ui, i18n: &I18n, id: &str, text: &str) {
    if text.trim().is_empty() {
        return;
    }
    section_heading(ui, i18n, id);
    ui.label(text);
}

/// A section heading (the Fluent message `id`) over a bullet list; nothing when the list is
/// empty.
pub fn bullet_section(ui: &mut egui::Ui, i18n: &I18n, id: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    section_heading(ui, i18n, id);
    for item in items {
        bullet(ui, item);
    }
}

/// One bullet-list item with a hanging indent.
pub fn bullet(ui: &mut egui::Ui, text: &str) {
    ui.horizontal_top(|ui| {
        ui.label("•");
        ui.add(egui::Label::new(text).wrap());
    });
}

/// A path field as wide as the pane allows (up to a long path), labelled `label` for screen
/// readers; returns the new text when the user changed it.
pub fn path_field(ui: &mut egui::Ui, label: &str, path: &str) -> Option<String> {
    let label = ui.label(label);
    let mut text = path.to_owned();
    let width = ui.available_width().min(theme::width::PATH_FIELD);
    ui.add(egui::TextEdit::singleline(&mut text).desired_width(width))
        .labelled_by(label.id)
        .changed()
        .then_some(text)
}

/// How something ended, in one line: an error in the theme's error colour, otherwise plain.
pub fn outcome_line(ui: &mut egui::Ui, text: &str, is_error: bool) {
    if is_error {
        ui.colored_label(theme::error(ui.visuals()), text);
    } else {
        ui.label(text);
    }
}

/// The text of a tree's group header laid out on one line, cut with an ellipsis where the
/// header would pass the panel's edge (a collapsing header otherwise widens its panel to fit
/// its text). The galley keeps the whole text, so a screen reader still reads all of it; show it
/// on hover with the header's response.
pub fn one_line_header(ui: &egui::Ui, text: RichText) -> egui::WidgetText {
    let room = ui.available_width()
        - ui.spacing().indent
        - ui.spacing().button_padding.x * 2.0
        - ui.spacing().icon_width;
    let galley = egui::WidgetText::from(text).into_galley(
        ui,
        Some(egui::TextWrapMode::Truncate),
        room.max(theme::width::TREE_HEADER_MIN),
        egui::TextStyle::Button,
    );
    egui::WidgetText::Galley(galley)
}

/// A row of a tree or a list that can be selected: cut with an ellipsis at the panel's edge
/// rather than running under it, with the whole text on hover.
pub fn tree_row(ui: &mut egui::Ui, selected: bool, text: &str) -> egui::Response {
    ui.add(egui::Button::selectable(selected, text).truncate())
        .on_hover_text(text)
}

/// What the user asked for with a file the program has just written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileAction {
    /// Open it in the system's viewer.
    Open,
    /// Show its folder in the file manager.
    ShowFolder,
}

/// "Open" and "Show in folder" buttons for a file the program has just written.
pub fn written_file_actions(ui: &mut egui::Ui, i18n: &I18n) -> Option<FileAction> {
    let mut action = None;
    ui.horizontal(|ui| {
        if ui.button(i18n.tr("export-open-file")).clicked() {
            action = Some(FileAction::Open);
        }
        if ui.button(i18n.tr("export-open-folder")).clicked() {
            action = Some(FileAction::ShowFolder);
        }
    });
    action
}
