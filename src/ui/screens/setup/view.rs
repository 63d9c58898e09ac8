//! The guided setup of a new assessment, one step at a time: who is assessed and by whom,
//! whether NIS2 applies (asked in plain words, and used to propose the target profile), which
//! frameworks, which scale, which target, and where the file goes with a summary before Create.
//! A row of the six steps shows where the user is; Back, Next and Enter move between them.

use egui::{Key, RichText, ScrollArea, TextEdit};

use super::state::*;
use super::step::SetupStep;
use super::summary::summary_step;
use crate::catalog::FrameworkKind;
use crate::ui::a11y;
use crate::ui::command::{Command, Screen};
use crate::ui::language_pick::language_combo;
use crate::ui::theme;
use crate::ui::view_ctx::ViewCtx;
use crate::ui::widgets;

/// The widest the form's column grows, so lines stay readable on a wide window.
const COLUMN_WIDTH: f32 = 760.0;

/// Draws the form's current step.
pub fn setup_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, form: &SetupForm) -> Vec<Command> {
    let mut commands = Vec::new();
    egui::CentralPanel::default().show(ui, |ui| {
        egui::Panel::bottom("setup-navigation").show(ui, |ui| {
            navigation(ui, ctx, form, &mut commands);
        });
        // Each step has its own scroll position, so each opens at its top.
        let area = ScrollArea::vertical()
            .id_salt(("setup-step", form.step))
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.set_max_width(ui.available_width().min(COLUMN_WIDTH));
                ui.add_space(theme::space::MEDIUM);
                widgets::screen_title(ui, ctx.i18n.tr("setup-title"));
                step_row(ui, ctx, form, &mut commands);
                step_heading(ui, ctx, form.step);
                help(ui, ctx, form.step);
                ui.add_space(theme::space::MEDIUM);
                match form.step {
                    SetupStep::Organisation => organisation_step(ui, ctx, form, &mut commands),
                    SetupStep::Nis2 => nis2_step(ui, ctx, form, &mut commands),
                    SetupStep::Frameworks => frameworks_step(ui, ctx, form, &mut commands),
                    SetupStep::Scale => scale_step(ui, ctx, form, &mut commands),
                    SetupStep::Target => target_step(ui, ctx, form, &mut commands),
                    SetupStep::Summary => summary_step(ui, ctx, form, &mut commands),
                }
                ui.add_space(theme::space::PAGE);
            });
        a11y::name_scroll_bars(ui, area.id, &ctx.i18n.tr("a11y-scroll-page"));
    });
    // Enter moves on when no widget keeps it for itself: a focused button or check box takes
    // Enter as its click, a single-line field gives its focus up on Enter.
    let enter = ui.input(|i| i.key_pressed(Key::Enter)) && ui.memory(|m| m.focused().is_none());
    if enter && commands.is_empty() {
        commands.extend(forward(form));
    }
    commands
}

/// What moving on from the current step does: the next step, or on the last one the
/// assessment created; nothing while the step lacks something.
fn forward(form: &SetupForm) -> Option<Command> {
    if form.step == SetupStep::Summary {
        form.missing()
            .is_empty()
            .then_some(Command::CreateAssessment)
    } else {
        form.missing_in(form.step)
            .is_empty()
            .then_some(Command::Setup(SetupCommand::Next))
    }
}

/// The six steps in a row: done ones (✓, can be clicked to go back), the current one (▶,
/// selected) and those to come (greyed), so the marks, not colour alone, tell them apart; a
/// screen reader hears which is which from each button's description.
fn step_row(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, form: &SetupForm, commands: &mut Vec<Command>) {
    ui.add_space(theme::space::SMALL);
    ui.horizontal_wrapped(|ui| {
        for step in SetupStep::ALL {
            let name = ctx.i18n.tr(step.name_id());
            let number = step.number();
            let (button, state_id) = if step == form.step {
                let text = RichText::new(format!("▶ {number}. {name}")).strong();
                let button = ui.add(egui::Button::selectable(true, text));
                (button, "setup-step-current")
            } else if form.can_visit(step) {
                (ui.button(format!("✓ {number}. {name}")), "setup-step-done")
            } else {
                let button = egui::Button::new(format!("{number}. {name}"));
                (ui.add_enabled(false, button), "setup-step-to-come")
            };
            let state = ctx.i18n.tr(state_id);
            button.ctx.accesskit_node_builder(button.id, |node| {
                node.set_description(state.clone());
            });
            let button = button.on_hover_text(&state).on_disabled_hover_text(&state);
            if step != form.step && button.clicked() {
                commands.push(Command::Setup(SetupCommand::GoTo(step)));
            }
        }
    });
}

/// "Step n of 6 — <step>" over the step.
fn step_heading(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, step: SetupStep) {
    ui.add_space(theme::space::STEP);
    let heading = ctx.i18n.tr_args(
        "setup-step-counter",
        &[
            ("number", step.number().into()),
            ("total", SetupStep::ALL.len().into()),
            ("name", ctx.i18n.tr(step.heading_id()).into()),
        ],
    );
    widgets::heading(ui, heading, theme::text::HEADING);
    ui.add_space(theme::space::TIGHT);
}

/// The step's help: one line, and the rest behind "More".
fn help(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, step: SetupStep) {
    let tr = |id| ctx.i18n.tr(id);
    let (hint, more) = match step {
        SetupStep::Organisation => ("setup-organisation-hint", Some("setup-organisation-more")),
        SetupStep::Nis2 => ("setup-nis2-hint", Some("setup-nis2-explain")),
        SetupStep::Frameworks => ("setup-frameworks-hint", Some("setup-frameworks-more")),
        SetupStep::Scale => ("setup-scale-hint", None),
        SetupStep::Target => ("setup-profile-hint", Some("setup-profile-more")),
        SetupStep::Summary => ("setup-summary-hint", None),
    };
    ui.label(RichText::new(tr(hint)).weak());
    let notes: Vec<(&str, &str)> = match step {
        SetupStep::Scale => ctx
            .library
            .scales()
            .iter()
            .map(|s| (s.name.as_str(), s.summary.as_str()))
            .collect(),
        SetupStep::Target => ctx
            .library
            .profiles()
            .iter()
            .map(|p| (p.name.as_str(), p.summary.as_str()))
            .collect(),
        _ => Vec::new(),
    };
    if more.is_none() && notes.is_empty() {
        return;
    }
    egui::CollapsingHeader::new(tr("setup-more"))
        .id_salt(("setup-more", step))
        .show(ui, |ui| {
            if let Some(more) = more {
                ui.label(tr(more));
            }
            for (name, summary) in notes {
                ui.add_space(theme::space::TIGHT);
                ui.label(RichText::new(name).strong());
                ui.label(summary);
            }
        });
}

fn organisation_step(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    form: &SetupForm,
    commands: &mut Vec<Command>,
) {
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
                text_row(ui, &ctx.i18n.tr(id), value, field, commands);
            }
            let label = ui.label(ctx.i18n.tr("setup-language"));
            if let Some(code) =
                language_combo(ui, "setup-language", &label, ctx.library, &form.language)
            {
                commands.push(Command::Setup(SetupCommand::SetLanguage(code)));
            }
            ui.end_row();
        });
}

fn nis2_step(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, form: &SetupForm, commands: &mut Vec<Command>) {
    ui.label(ctx.i18n.tr("setup-nis2-question"));
    ui.add_space(theme::space::SMALL);
    for (answer, id) in Nis2Answer::CHOICES {
        if ui.radio(form.nis2 == answer, ctx.i18n.tr(id)).clicked() {
            commands.push(Command::Setup(SetupCommand::SetNis2(answer)));
        }
    }
}

fn frameworks_step(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    form: &SetupForm,
    commands: &mut Vec<Command>,
) {
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
}

fn scale_step(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, form: &SetupForm, commands: &mut Vec<Command>) {
    for scale in ctx.library.scales() {
        let radio = ui
            .radio(form.scale == scale.id, &scale.name)
            .on_hover_text(&scale.summary);
        if radio.clicked() {
            commands.push(Command::Setup(SetupCommand::SetScale(scale.id.clone())));
        }
    }
}

fn target_step(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    form: &SetupForm,
    commands: &mut Vec<Command>,
) {
    for profile in ctx.library.profiles() {
        let radio = ui
            .radio(form.profile == profile.id, &profile.name)
            .on_hover_text(&profile.summary);
        if radio.clicked() {
            commands.push(Command::Setup(SetupCommand::SetProfile(profile.id.clone())));
        }
    }
}

/// What the step still needs when Next is greyed, then Back, Next (Create on the last step),
/// back to the summary after a "Change", and Cancel.
fn navigation(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, form: &SetupForm, commands: &mut Vec<Command>) {
    let tr = |id| ctx.i18n.tr(id);
    let lacking = if form.step == SetupStep::Summary {
        form.missing()
    } else {
        form.missing_in(form.step)
    };
    ui.add_space(theme::space::MEDIUM);
    // What is missing goes above the buttons, so they stay put at the window's foot as it
    // comes and goes.
    for id in &lacking {
        let text = format!("⚠ {}", tr(id));
        ui.label(RichText::new(text).color(theme::warning(ui.visuals())));
    }
    if let Some(problem) = &form.problem {
        widgets::outcome_line(ui, problem, true);
    }
    ui.horizontal(|ui| {
        let back = egui::Button::new(tr("setup-back"));
        if ui
            .add_enabled(form.step.previous().is_some(), back)
            .clicked()
        {
            commands.push(Command::Setup(SetupCommand::Back));
        }
        let forward_id = if form.step == SetupStep::Summary {
            "setup-create"
        } else {
            "setup-next"
        };
        let forward_button = egui::Button::new(RichText::new(tr(forward_id)).strong());
        let forward_response = ui
            .add_enabled(lacking.is_empty(), forward_button)
            .on_hover_text(tr("setup-enter-hint"));
        if forward_response.clicked()
            && let Some(command) = forward(form)
        {
            commands.push(command);
        }
        if form.reached == SetupStep::Summary
            && form.step != SetupStep::Summary
            && ui
                .add_enabled(
                    form.can_visit(SetupStep::Summary),
                    egui::Button::new(tr("setup-to-summary")),
                )
                .clicked()
        {
            commands.push(Command::Setup(SetupCommand::GoTo(SetupStep::Summary)));
        }
        ui.add_space(theme::space::XLARGE);
        if ui.button(tr("action-cancel")).clicked() {
            commands.push(Command::Show(Screen::Start));
        }
    });
    ui.add_space(theme::space::MEDIUM);
}

/// A labelled single-line field of the form's grid.
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
