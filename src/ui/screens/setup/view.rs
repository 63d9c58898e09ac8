//! The guided setup of a new assessment: who is assessed and by whom, whether NIS2 applies
//! (asked in plain words, and used to propose the target profile), which frameworks, which
//! scale, which target, and where the file goes.

use egui::{RichText, ScrollArea, TextEdit};

use super::state::*;
use crate::catalog::FrameworkKind;
use crate::ui::command::{Command, Screen};
use crate::ui::theme;
use crate::ui::view_ctx::ViewCtx;
use crate::ui::widgets;

/// Draws the form.
pub fn setup_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, form: &SetupForm) -> Vec<Command> {
    let tr = |id| ctx.i18n.tr(id);
    let mut commands = Vec::new();
    egui::CentralPanel::default().show(ui, |ui| {
        ScrollArea::vertical()
            .id_salt("setup-page")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.set_max_width(ui.available_width().min(760.0));
                ui.add_space(theme::space::MEDIUM);
                widgets::screen_title(ui, tr("setup-title"));
                ui.label(tr("setup-intro"));

                step_heading(ui, &tr("setup-step-organisation"));
                egui::Grid::new("setup-organisation")
                    .num_columns(2)
                    .spacing([12.0, 8.0])
                    .show(ui, |ui| {
                        for (field, id, value) in [
                            (SetupField::Name, "setup-name", &form.name),
                            (SetupField::City, "setup-city", &form.city),
                            (SetupField::Country, "setup-country", &form.country),
                            (SetupField::Scope, "setup-scope", &form.scope),
                            (SetupField::Assessor, "setup-assessor", &form.assessor),
                        ] {
                            text_row(ui, &tr(id), value, field, &mut commands);
                        }
                    });

                step_heading(ui, &tr("setup-step-nis2"));
                ui.label(tr("setup-nis2-question"));
                ui.label(RichText::new(tr("setup-nis2-explain")).weak());
                for (answer, id) in Nis2Answer::CHOICES {
                    if ui.radio(form.nis2 == answer, tr(id)).clicked() {
                        commands.push(Command::Setup(SetupCommand::SetNis2(answer)));
                    }
                }

                step_heading(ui, &tr("setup-step-frameworks"));
                ui.label(RichText::new(tr("setup-frameworks-hint")).weak());
                for loaded in ctx.library.frameworks() {
                    let fw = &loaded.framework;
                    if fw.kind == FrameworkKind::ClauseLibrary {
                        continue;
                    }
                    let mut chosen = form.frameworks.contains(&fw.id);
                    let label = ctx.i18n.tr_args(
                        "setup-framework-item",
                        &[
                            ("name", fw.name.as_str().into()),
                            ("count", fw.requirement_count().into()),
                        ],
                    );
                    if ui.checkbox(&mut chosen, label).clicked() {
                        commands.push(Command::Setup(SetupCommand::ToggleFramework(fw.id.clone())));
                    }
                }

                step_heading(ui, &tr("setup-step-scale"));
                for scale in ctx.library.scales() {
                    if ui.radio(form.scale == scale.id, &scale.name).clicked() {
                        commands.push(Command::Setup(SetupCommand::SetScale(scale.id.clone())));
                    }
                    indented_note(ui, &scale.summary);
                }

                step_heading(ui, &tr("setup-step-profile"));
                ui.label(RichText::new(tr("setup-profile-hint")).weak());
                for profile in ctx.library.profiles() {
                    if ui
                        .radio(form.profile == profile.id, &profile.name)
                        .clicked()
                    {
                        commands.push(Command::Setup(SetupCommand::SetProfile(profile.id.clone())));
                    }
                    indented_note(ui, &profile.summary);
                }

                step_heading(ui, &tr("setup-step-file"));
                egui::Grid::new("setup-file").num_columns(2).show(ui, |ui| {
                    text_row(
                        ui,
                        &tr("setup-path"),
                        &form.path,
                        SetupField::Path,
                        &mut commands,
                    );
                });

                ui.add_space(theme::space::XLARGE);
                let missing = form.missing();
                ui.horizontal(|ui| {
                    let create = egui::Button::new(RichText::new(tr("setup-create")).strong());
                    if ui.add_enabled(missing.is_empty(), create).clicked() {
                        commands.push(Command::CreateAssessment);
                    }
                    if ui.button(tr("action-cancel")).clicked() {
                        commands.push(Command::Show(Screen::Start));
                    }
                });
                for id in missing {
                    ui.label(RichText::new(tr(id)).color(theme::warning(ui.visuals())));
                }
                if let Some(problem) = &form.problem {
                    widgets::outcome_line(ui, problem, true);
                }
                ui.add_space(theme::space::PAGE);
            });
    });
    commands
}

fn step_heading(ui: &mut egui::Ui, text: &str) {
    ui.add_space(theme::space::STEP);
    widgets::heading(ui, text, theme::text::HEADING);
    ui.add_space(theme::space::TIGHT);
}

fn indented_note(ui: &mut egui::Ui, text: &str) {
    ui.indent(text, |ui| {
        ui.label(RichText::new(text).weak());
    });
}

fn text_row(
    ui: &mut egui::Ui,
    label: &str,
    value: &str,
    field: SetupField,
    commands: &mut Vec<Command>,
) {
    let label = ui.label(label);
    let mut text = value.to_owned();
    if ui
        .add(TextEdit::singleline(&mut text).desired_width(560.0))
        .labelled_by(label.id)
        .changed()
    {
        commands.push(Command::Setup(SetupCommand::SetText(field, text)));
    }
    ui.end_row();
}
