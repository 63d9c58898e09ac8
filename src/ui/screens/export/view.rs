//! Export…: the maturity report (PDF) or the answers (XLSX, CSV) of the open assessment. The
//! content is gathered at once; the file is written on a background thread while a progress
//! bar moves, and afterwards the folder can be opened.

use std::path::Path;

use egui::RichText;

use super::state::*;
use crate::report::LogoError;
use crate::report::logo::{MAX_LOGO_BYTES, MAX_LOGO_SIDE};
use crate::ui::a11y;
use crate::ui::command::{Command, Screen};
use crate::ui::i18n::I18n;
use crate::ui::language_pick::language_combo;
use crate::ui::problems::{framed, refused_text};
use crate::ui::theme;
use crate::ui::view_ctx::ViewCtx;
use crate::ui::widgets::{self, FileAction};

/// Draws the Export view.
pub fn export_ui(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    panel: &ExportPanel,
    language: &str,
) -> Vec<Command> {
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
        if panel.kind.is_report() {
            commands.extend(logo_ui(ui, ctx.i18n, panel));
        }
        ui.add_space(theme::space::MEDIUM);
        ui.horizontal(|ui| {
            let label = ui.label(tr("export-language"));
            if let Some(code) = language_combo(ui, "export-language", &label, ctx.library, language)
            {
                commands.push(Command::SetDocumentLanguage(code));
            }
        });
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
            let bar = ui.add(
                egui::ProgressBar::new(job.progress())
                    .show_percentage()
                    .desired_width(theme::width::SHORT_FIELD),
            );
            a11y::name_node(ui, bar.id, &tr("export-running"));
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
        ExportProblem::Logo(problem) => logo_problem_text(i18n, problem),
        ExportProblem::Stopped => i18n.tr("export-stopped"),
        ExportProblem::NotStarted(reason) => {
            i18n.tr_args("export-not-started", &[("reason", reason.as_str().into())])
        }
        ExportProblem::NoDialog => i18n.tr("files-no-dialog"),
    }
}

/// The logo for the report's cover: a path field with Browse…, and whether it can be used.
fn logo_ui(ui: &mut egui::Ui, i18n: &I18n, panel: &ExportPanel) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.add_space(theme::space::MEDIUM);
    ui.indent("export-logo", |ui| {
        if let Some(path) = widgets::path_field(ui, &i18n.tr("export-logo"), &panel.logo) {
            commands.push(Command::Export(ExportCommand::SetLogo(path)));
        }
        ui.horizontal(|ui| {
            if ui.button(i18n.tr("export-logo-browse")).clicked() {
                commands.push(Command::BrowseLogo);
            }
            if !panel.logo.trim().is_empty() && ui.button(i18n.tr("export-logo-none")).clicked() {
                commands.push(Command::Export(ExportCommand::SetLogo(String::new())));
            }
        });
        match &panel.logo_check {
            None => {
                ui.label(RichText::new(i18n.tr("export-logo-hint")).weak());
            }
            Some(Ok((width, height))) => {
                ui.label(i18n.tr_args(
                    "export-logo-ok",
                    &[
                        ("width", (*width as usize).into()),
                        ("height", (*height as usize).into()),
                    ],
                ));
            }
            Some(Err(problem)) => {
                widgets::outcome_line(ui, &logo_problem_text(i18n, problem), true);
            }
        }
    });
    commands
}

/// Why a logo cannot be used, in the user's language.
fn logo_problem_text(i18n: &I18n, problem: &LogoError) -> String {
    let file = |path: &std::path::Path| (path.display().to_string()).into();
    match problem {
        LogoError::Unreadable { path, reason } => i18n.tr_args(
            "export-logo-unreadable",
            &[("file", file(path)), ("reason", reason.as_str().into())],
        ),
        LogoError::TooLarge { path, .. } => i18n.tr_args(
            "export-logo-too-large",
            &[
                ("file", file(path)),
                (
                    "megabytes",
                    ((MAX_LOGO_BYTES / (1024 * 1024)) as usize).into(),
                ),
            ],
        ),
        LogoError::NotPngOrJpeg { path } => {
            i18n.tr_args("export-logo-not-image", &[("file", file(path))])
        }
        LogoError::TooManyPixels {
            path,
            width,
            height,
        } => i18n.tr_args(
            "export-logo-too-many-pixels",
            &[
                ("file", file(path)),
                ("width", (*width as usize).into()),
                ("height", (*height as usize).into()),
                ("most", (MAX_LOGO_SIDE as usize).into()),
            ],
        ),
        LogoError::Broken { path, .. } => {
            i18n.tr_args("export-logo-broken", &[("file", file(path))])
        }
    }
}
