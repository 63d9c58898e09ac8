//! What the window tells a screen reader beyond what egui's widgets say of themselves: the
//! window's own name, names for progress bars and scroll bars (egui exposes both without one),
//! status glyphs drawn for the eye only, and — in debug builds — a deliberately unnamed control
//! that lets the accessibility walk prove it catches one (`tests/scripts/a11y-walk.sh`).

use egui::{Id, RichText};

/// The program's name, last in every window title.
const APP_NAME: &str = "MIM Assistant";

/// The environment variable whose value `unnamed-control` puts an unnamed button on the start
/// screen (debug builds only), for the accessibility walk's self-test.
const SELFTEST_VAR: &str = "MIM_A11Y_SELFTEST";

/// The window's title: the document being worked on, then the program, so that the task bar and
/// a screen reader's window list tell two windows apart.
pub(crate) fn window_title(document: Option<&str>) -> String {
    match document {
        Some(name) if !name.trim().is_empty() => format!("{name} — {APP_NAME}"),
        _ => APP_NAME.to_owned(),
    }
}

/// Gives the window `title`: the system's title bar (told only when it changed, kept in `shown`)
/// and the root of the accessibility tree, which egui leaves without a name.
pub(crate) fn show_window_title(ctx: &egui::Context, title: &str, shown: &mut String) {
    if shown != title {
        ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.to_owned()));
        title.clone_into(shown);
    }
    ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
        node.set_label(title);
    });
}

/// Names the node of the widget `id` for screen readers (a progress bar, which egui leaves
/// unnamed unless it shows its text inside the bar).
pub(crate) fn name_node(ui: &egui::Ui, id: Id, name: &str) {
    ui.ctx()
        .accesskit_node_builder(id, |node| node.set_label(name));
}

/// Names a text field `name` and describes it with `hint` (its visible hint), where the field is
/// otherwise labelled by that hint alone.
pub(crate) fn name_field(ui: &egui::Ui, id: Id, name: &str, hint: &str) {
    ui.ctx().accesskit_node_builder(id, |node| {
        node.clear_labelled_by();
        node.set_label(name);
        node.set_description(hint);
    });
}

/// Names the scroll bars of the scroll area `area` (its output's id): egui gives each bar a node
/// of its own, one for each direction it scrolls in, without a name.
pub(crate) fn name_scroll_bars(ui: &egui::Ui, area: Id, name: &str) {
    for direction in 0..2_usize {
        let bar = area.with(direction);
        if ui.ctx().has_accesskit_node(bar) {
            name_node(ui, bar, name);
        }
    }
}

/// A glyph painted for the eye only (a status mark beside a text that says the same): it takes
/// its room and shows `hint` on hover, but adds no node to the accessibility tree, so a screen
/// reader does not stop on "black circle".
pub(crate) fn glyph(ui: &mut egui::Ui, text: RichText, hint: &str) -> egui::Response {
    let galley = egui::WidgetText::from(text).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Body,
    );
    let (rect, response) = ui.allocate_exact_size(galley.size(), egui::Sense::hover());
    if ui.is_rect_visible(rect) {
        let colour = ui.visuals().text_color();
        ui.painter().galley(rect.min, galley, colour);
    }
    response.on_hover_text(hint)
}

/// Whether this run should show the deliberately unnamed control: only in a debug build, and only
/// when [`SELFTEST_VAR`] asks for it, so that a release never has one.
pub(crate) fn selftest_requested() -> bool {
    cfg!(debug_assertions)
        && std::env::var(SELFTEST_VAR).is_ok_and(|value| value == "unnamed-control")
}

/// A button with no accessible name (a blank label), for the accessibility walk's self-test.
pub(crate) fn selftest_unnamed_control(ui: &mut egui::Ui) {
    ui.add(egui::Button::new(" "));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_names_the_document_then_the_program() {
        assert_eq!(
            window_title(Some("sjobacka.mimassess.ron")),
            "sjobacka.mimassess.ron — MIM Assistant"
        );
        assert_eq!(window_title(None), "MIM Assistant");
        assert_eq!(window_title(Some("  ")), "MIM Assistant");
    }
}
