//! Open and Save-as inside the window: a path field (labelled, prefilled with the documents
//! folder), the assessment files found there, and a Browse… button for the system's dialog.
//! Where no dialog can be shown (no portal, no zenity) the field is all a user needs.

use std::path::{Path, PathBuf};

use egui::{RichText, ScrollArea, TextEdit};

use crate::assessment::ASSESSMENT_EXTENSION;
use crate::procurement::TENDER_EXTENSION;
use crate::ui::app::MimApp;
use crate::ui::command::{Command, Screen};
use crate::ui::places::Places;
use crate::ui::theme;

/// Which file view is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FilePurpose {
    /// Choose a file to open.
    #[default]
    Open,
    /// Choose where to save.
    SaveAs,
}

/// The state of the Open / Save-as view.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FilePanel {
    /// Open or save.
    pub purpose: FilePurpose,
    /// The path typed or proposed.
    pub path: String,
    /// Assessment files in the folder, listed when the view opened.
    pub found: Vec<PathBuf>,
    /// The last problem (a file that did not load, no dialog available).
    pub message: Option<String>,
}

impl FilePanel {
    /// The view for `purpose`, proposing `path` or the documents folder.
    pub fn new(purpose: FilePurpose, places: &Places, path: Option<PathBuf>) -> Self {
        let path = path.unwrap_or_else(|| places.documents_dir.clone());
        let folder = if path.is_dir() {
            path.clone()
        } else {
            path.parent()
                .map_or_else(|| places.documents_dir.clone(), Path::to_path_buf)
        };
        FilePanel {
            purpose,
            path: path.display().to_string(),
            found: crate::ui::places::files_ending_in(
                &folder,
                &[ASSESSMENT_EXTENSION, TENDER_EXTENSION],
            ),
            message: None,
        }
    }

    /// The folder the path points into, for the dialog to start in.
    pub fn folder(&self) -> PathBuf {
        let path = PathBuf::from(&self.path);
        if path.is_dir() {
            path
        } else {
            path.parent().map(Path::to_path_buf).unwrap_or_default()
        }
    }

    /// The file name part of the path, proposed to the save dialog.
    pub fn file_name(&self) -> String {
        Path::new(&self.path)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }
}

/// Draws the Open or Save-as view.
pub fn files_ui(ui: &mut egui::Ui, app: &MimApp) -> Vec<Command> {
    let tr = |id| app.i18n.tr(id);
    let panel = &app.files;
    let mut commands = Vec::new();
    let (title, action, hint) = match panel.purpose {
        FilePurpose::Open => ("files-open-title", "files-open", "files-open-hint"),
        FilePurpose::SaveAs => ("files-save-title", "files-save", "files-save-hint"),
    };
    egui::CentralPanel::default().show(ui, |ui| {
        ui.add_space(theme::space::MEDIUM);
        ui.label(
            RichText::new(tr(title))
                .font(theme::bold(theme::text::SCREEN_TITLE))
                .strong(),
        );
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
            let back = if app.document.is_some() && panel.purpose == FilePurpose::SaveAs {
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
            ui.colored_label(theme::error(ui.visuals()), message);
        }
        if panel.purpose == FilePurpose::Open {
            ui.add_space(theme::space::XLARGE);
            ui.label(
                RichText::new(tr("files-found"))
                    .font(theme::bold(theme::text::SUBHEADING))
                    .strong(),
            );
            if panel.found.is_empty() {
                ui.label(RichText::new(tr("files-found-none")).weak());
            }
            ScrollArea::vertical().show(ui, |ui| {
                for file in &panel.found {
                    let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
                    if ui.link(name.unwrap_or_default()).clicked() {
                        commands.push(Command::Open(file.clone()));
                    }
                }
            });
        }
    });
    commands
}
