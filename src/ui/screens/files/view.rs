//! Open and Save-as inside the window: a path field (labelled, prefilled with the documents
//! folder), the assessment files found there, and a Browse… button for the system's dialog.
//! Where no dialog can be shown (no portal, no zenity) the field is all a user needs.

use std::path::PathBuf;

use egui::{RichText, ScrollArea, TextEdit};

use super::state::*;
use crate::ui::a11y;
use crate::ui::command::{Command, Screen};
use crate::ui::theme;
use crate::ui::view_ctx::ViewCtx;
use crate::ui::widgets;

/// Draws the Open or Save-as view.
pub fn files_ui(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    panel: &FilePanel,
    has_document: bool,
) -> Vec<Command> {
    let tr = |id| ctx.i18n.tr(id);
    let mut commands = Vec::new();
    let (title, action, hint) = match panel.purpose {
        FilePurpose::Open => ("files-open-title", "files-open", "files-open-hint"),
        FilePurpose::SaveAs => ("files-save-title", "files-save", "files-save-hint"),
    };
    egui::CentralPanel::default().show(ui, |ui| {
        ui.add_space(theme::space::MEDIUM);
        widgets::screen_title(ui, tr(title));
        ui.label(tr(hint));
        ui.add_space(theme::space::LARGE);
        let mut path = panel.path.clone();
        let label = ui.label(tr("files-path"));
        let response = ui
            .add(TextEdit::singleline(&mut path).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        if response.changed() {
            commands.push(Command::SetFilePath(path.clone()));
        }
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.add_space(theme::space::SMALL);
        ui.horizontal(|ui| {
            let target = PathBuf::from(path.trim());
            if ui.button(RichText::new(tr(action)).strong()).clicked() || entered {
                commands.push(match panel.purpose {
                    FilePurpose::Open => Command::Open(target),
                    FilePurpose::SaveAs => Command::SaveAs(target),
                });
            }
            if ui.button(tr("files-browse")).clicked() {
                commands.push(Command::Browse);
            }
            let back = if has_document && panel.purpose == FilePurpose::SaveAs {
                Screen::Walk
            } else {
                Screen::Start
            };
            if ui.button(tr("action-cancel")).clicked() {
                commands.push(Command::Show(back));
            }
        });
        if let Some(message) = &panel.message {
            ui.add_space(theme::space::SMALL);
            widgets::outcome_line(ui, message, true);
        }
        if panel.purpose == FilePurpose::Open {
            ui.add_space(theme::space::XLARGE);
            widgets::subheading(ui, tr("files-found"));
            if panel.found.is_empty() {
                ui.label(RichText::new(tr("files-found-none")).weak());
            }
            let area = ScrollArea::vertical().id_salt("files-list").show(ui, |ui| {
                for file in &panel.found {
                    let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
                    if ui.link(name.unwrap_or_default()).clicked() {
                        commands.push(Command::Open(file.clone()));
                    }
                }
            });
            a11y::name_scroll_bars(ui, area.id, &ctx.i18n.tr("a11y-scroll-list"));
        }
    });
    commands
}
