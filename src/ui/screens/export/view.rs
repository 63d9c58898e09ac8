//! Export…: the maturity report (PDF) or the answers (XLSX, CSV) of the open assessment. The
//! content is gathered at once; the file is written on a background thread while a progress
//! bar moves, and afterwards the folder can be opened.

use std::path::Path;

use egui::RichText;

use super::state::*;
use crate::ui::command::{Command, Screen};
use crate::ui::i18n::I18n;
use crate::ui::problems::{framed, refused_text};
use crate::ui::theme;
use crate::ui::view_ctx::ViewCtx;
use crate::ui::widgets::{self, FileAction};

/// Draws the Export view.
pub fn export_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, panel: &ExportPanel) -> Vec<Command> {
    let tr = |id| ctx.i18n.tr(id);
    let mut commands = Vec::new();
    egui::CentralPanel::default().show(ui, |ui| {
        ui.add_space(theme::space::MEDIUM);
        widgets::screen_title(ui, tr("export-title"));
        ui.label(tr("export-intro"));
        ui.add_space(theme::space::LARGE);
        for kind in ExportKind::ALL {
            let (name, hint) = kind.message_ids();
            if ui.radio(panel.kind == kind, tr(name)).clicked() {
                commands.push(Command::Export(ExportCommand::SetKind(kind)));
            }
            ui.indent(name, |ui| {
                ui.label(RichText::new(tr(hint)).weak());
            });
        }
        ui.add_space(theme::space::LARGE);
        if let Some(path) = widgets::path_field(ui, &tr("files-path"), &panel.path) {
            commands.push(Command::Export(ExportCommand::SetPath(path)));
        }
        ui.add_space(theme::space::SMALL);
        let running = panel.job.is_some();
        ui.horizontal(|ui| {
            let export = egui::Button::new(RichText::new(tr("export-start")).strong());
            if ui.add_enabled(!running, export).clicked() {
                commands.push(Command::Export(ExportCommand::Start));
            }
            if ui
                .add_enabled(!running, egui::Button::new(tr("files-browse")))
                .clicked()
            {
                commands.push(Command::BrowseExport);
            }
            if ui.button(tr("export-back")).clicked() {
                commands.push(Command::Show(Screen::Dashboard));
            }
        });
        ui.add_space(theme::space::SECTION);
        if let Some(job) = &panel.job {
            ui.add(
                egui::ProgressBar::new(job.progress())
                    .show_percentage()
                    .desired_width(theme::width::SHORT_FIELD),
            );
            ui.label(tr("export-running"));
        }
        match &panel.outcome {
            Some(Ok(file)) => {
                ui.label(ctx.i18n.tr_args(
                    "export-done",
                    &[("file", file.display().to_string().into())],
                ));
                match widgets::written_file_actions(ui, ctx.i18n) {
                    Some(FileAction::Open) => commands.push(Command::OpenFile(file.clone())),
                    Some(FileAction::ShowFolder) => commands.push(Command::OpenFolder(
                        file.parent().map(Path::to_path_buf).unwrap_or_default(),
                    )),
                    None => {}
                }
            }
            Some(Err(problem)) => {
                widgets::outcome_line(ui, &problem_text(ctx.i18n, problem), true);
            }
            None => {}
        }
    });
    commands
}

/// What went wrong with an export, in the user's language.
fn problem_text(i18n: &I18n, problem: &ExportProblem) -> String {
    match problem {
        ExportProblem::Failed(detail) => framed(i18n, "problem-write", detail),
        ExportProblem::Refused(refused) => refused_text(i18n, refused),
        ExportProblem::Stopped => i18n.tr("export-stopped"),
        ExportProblem::NotStarted(reason) => {
            i18n.tr_args("export-not-started", &[("reason", reason.as_str().into())])
        }
        ExportProblem::NoDialog => i18n.tr("files-no-dialog"),
    }
}
