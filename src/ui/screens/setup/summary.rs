//! The setup's last step: every choice made on the way, each with a "Change" link back to its
//! step, and where the file goes, before the user creates the assessment.

use egui::{RichText, TextEdit};

use super::state::*;
use super::step::SetupStep;
use crate::ui::command::Command;
use crate::ui::language_pick::language_label;
use crate::ui::theme;
use crate::ui::view_ctx::ViewCtx;
use crate::ui::widgets;

/// The room left beside the choices for the step's name and the "Change" link.
const BESIDE_CHOICES: f32 = 240.0;
/// The narrowest and widest the choices' column (and the file field) is laid out.
const CHOICE_WIDTH: [f32; 2] = [240.0, 520.0];

/// Draws the summary of the choices, the file field last.
pub(super) fn summary_step(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    form: &SetupForm,
    commands: &mut Vec<Command>,
) {
    widgets::subheading(ui, ctx.i18n.tr("setup-summary-title"));
    ui.add_space(theme::space::TIGHT);
    // A fixed width, so the wrapped choices never squeeze into a narrow column.
    let choice_width =
        (ui.available_width() - BESIDE_CHOICES).clamp(CHOICE_WIDTH[0], CHOICE_WIDTH[1]);
    egui::Grid::new("setup-summary")
        .num_columns(3)
        .spacing([16.0, 10.0])
        .striped(true)
        .show(ui, |ui| {
            for step in &SetupStep::ALL[..SetupStep::ALL.len() - 1] {
                let name = ctx.i18n.tr(step.name_id());
                ui.label(RichText::new(&name).strong());
                ui.vertical(|ui| {
                    ui.set_width(choice_width);
                    ui.add(egui::Label::new(choice(ctx, form, *step)).wrap());
                });
                change_link(ui, ctx, &name, *step, commands);
                ui.end_row();
            }
            // The file is changed here, on this step.
            let label = ui.label(RichText::new(ctx.i18n.tr("setup-path")).strong());
            let mut path = form.path.clone();
            if ui
                .add(TextEdit::singleline(&mut path).desired_width(choice_width))
                .labelled_by(label.id)
                .changed()
            {
                commands.push(Command::Setup(SetupCommand::SetText(
                    SetupField::Path,
                    path,
                )));
            }
            ui.end_row();
        });
}

/// A "Change" link back to `step`, named for screen readers after the step it goes to.
fn change_link(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    step_name: &str,
    step: SetupStep,
    commands: &mut Vec<Command>,
) {
    let change = ui.link(ctx.i18n.tr("setup-change"));
    let accessible = ctx
        .i18n
        .tr_args("setup-change-step", &[("step", step_name.into())]);
    change.ctx.accesskit_node_builder(change.id, |node| {
        node.set_label(accessible);
    });
    if change.clicked() {
        commands.push(Command::Setup(SetupCommand::GoTo(step)));
    }
}

/// What the user chose in `step`, in words.
fn choice(ctx: &ViewCtx<'_>, form: &SetupForm, step: SetupStep) -> String {
    let tr = |id| ctx.i18n.tr(id);
    match step {
        SetupStep::Organisation => {
            let place: Vec<&str> = [form.city.trim(), form.country.trim()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect();
            let mut lines = vec![form.name.trim().to_owned()];
            if !place.is_empty() {
                lines.push(place.join(", "));
            }
            for (id, value) in [
                ("setup-scope", &form.scope),
                ("setup-assessor", &form.assessor),
            ] {
                if !value.trim().is_empty() {
                    lines.push(format!("{}: {}", tr(id), value.trim()));
                }
            }
            lines.push(format!(
                "{}: {}",
                tr("setup-language"),
                language_label(ctx.library, &form.language)
            ));
            lines.join("\n")
        }
        SetupStep::Nis2 => Nis2Answer::CHOICES
            .iter()
            .find(|(answer, _)| *answer == form.nis2)
            .map(|(_, id)| tr(id))
            .unwrap_or_default(),
        SetupStep::Frameworks => form
            .frameworks
            .iter()
            .map(|id| ctx.library.framework(id).map_or(id.as_str(), |f| &f.name))
            .collect::<Vec<_>>()
            .join("\n"),
        SetupStep::Scale => ctx
            .library
            .scale(&form.scale)
            .map_or(form.scale.clone(), |s| s.name.clone()),
        SetupStep::Target => ctx
            .library
            .profile(&form.profile)
            .map_or(form.profile.clone(), |p| p.name.clone()),
        SetupStep::Summary => form.path.clone(),
    }
}
