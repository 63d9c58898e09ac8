//! Draws the team screen: colleagues with their progress and hand-out buttons, a form to add
//! one, the instructions, and the take-back area with the merge review (conflicts side by side,
//! each decided with a choice, nothing taken before "Merge").

use egui::{RichText, ScrollArea, TextEdit};

use super::state::{Review, TeamCommand, TeamPanel};
use crate::assessment::{Answer, PartForm};
use crate::catalog::Scale;
use crate::sharing::{Choice, MergeRow, progress};
use crate::ui::a11y;
use crate::ui::command::Command;
use crate::ui::document::OpenAssessment;
use crate::ui::i18n::{Arg, I18n};
use crate::ui::theme;
use crate::ui::view_ctx::ViewCtx;
use crate::ui::widgets::{self, FileAction};

/// Draws the team screen for the open assessment.
pub fn team_ui(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    panel: &TeamPanel,
    doc: &OpenAssessment,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let i18n = ctx.i18n;
    let team = |c| Command::Team(c);
    egui::CentralPanel::default().show(ui, |ui| {
        let area = ScrollArea::vertical()
            .id_salt("team-page")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.set_max_width(ui.available_width().min(theme::width::READING * 1.2));
                ui.add_space(theme::space::MEDIUM);
                widgets::screen_title(ui, i18n.tr("team-title"));
                ui.add(egui::Label::new(RichText::new(i18n.tr("team-intro")).weak()).wrap());
                ui.add_space(theme::space::SECTION);
                if let Some(review) = &panel.review {
                    review_ui(ui, ctx, review, doc, &mut commands);
                    ui.add_space(theme::space::XLARGE);
                }
                colleagues_ui(ui, i18n, doc, &mut commands);
                ui.add_space(theme::space::MEDIUM);
                outcome_ui(ui, i18n, panel, &mut commands);
                ui.add_space(theme::space::XLARGE);
                add_ui(ui, i18n, panel, &mut commands);
                ui.add_space(theme::space::XLARGE);
                widgets::subheading(ui, i18n.tr("team-instructions"));
                let label = ui.label(RichText::new(i18n.tr("team-instructions-hint")).weak());
                let mut text = doc.assessment.team.instructions.clone();
                let response = ui
                    .add(
                        TextEdit::multiline(&mut text)
                            .desired_rows(2)
                            .desired_width(f32::INFINITY),
                    )
                    .labelled_by(label.id);
                if response.changed() {
                    commands.push(team(TeamCommand::SetInstructions(text)));
                }
                if response.lost_focus() {
                    commands.push(Command::FinishTyping);
                }
                ui.add_space(theme::space::XLARGE);
                take_back_ui(ui, i18n, panel, &mut commands);
                ui.add_space(theme::space::PAGE);
            });
        a11y::name_scroll_bars(ui, area.id, &i18n.tr("a11y-scroll-page"));
    });
    commands
}

/// One row per colleague: their figures from [`progress`] and the hand-out buttons.
fn colleagues_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    doc: &OpenAssessment,
    commands: &mut Vec<Command>,
) {
    widgets::subheading(ui, i18n.tr("team-colleagues"));
    let rows = progress(&doc.assessment);
    if rows.is_empty() {
        ui.add(egui::Label::new(i18n.tr("team-none")).wrap());
        return;
    }
    let hand_out = i18n.tr("team-col-hand-out");
    progress_grid(
        ui,
        i18n,
        "team-progress",
        &rows,
        Some(&hand_out),
        |ui, name| {
            for (form, id) in [
                (PartForm::PartFile, "team-hand-out-part"),
                (PartForm::Questionnaire, "team-hand-out-questionnaire"),
            ] {
                let enabled = rows
                    .iter()
                    .any(|r| r.contributor.name == name && r.assigned > 0);
                let hint = i18n.tr_args(&format!("{id}-hint"), &[("name", Arg::from(name))]);
                let response = ui
                    .add_enabled(enabled, egui::Button::new(i18n.tr(id)))
                    .on_hover_text(hint)
                    .on_disabled_hover_text(i18n.tr("team-nothing-assigned"));
                // A screen reader hears whose part the button writes, not three alike
                // "Part file".
                let spoken = i18n.tr_args(&format!("{id}-for"), &[("name", Arg::from(name))]);
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Button, enabled, spoken.clone())
                });
                if response.clicked() {
                    commands.push(Command::Team(TeamCommand::HandOut {
                        contributor: name.to_owned(),
                        form,
                    }));
                }
            }
        },
    );
}

/// The progress table (shared with the dashboard): name and role, the five figures, then
/// under `extra_title` whatever `extra` draws at the row's end.
pub fn progress_grid(
    ui: &mut egui::Ui,
    i18n: &I18n,
    id: &str,
    rows: &[crate::sharing::ContributorProgress],
    extra_title: Option<&str>,
    mut extra: impl FnMut(&mut egui::Ui, &str),
) {
    egui::Grid::new(id)
        .num_columns(7)
        .spacing([14.0, 6.0])
        .striped(true)
        .show(ui, |ui| {
            for heading in [
                "team-col-name",
                "team-col-assigned",
                "team-col-answered",
                "team-col-out",
                "team-col-submitted",
                "team-col-merged",
            ] {
                ui.label(RichText::new(i18n.tr(heading)).strong());
            }
            ui.label(RichText::new(extra_title.unwrap_or_default()).strong());
            ui.end_row();
            for row in rows {
                ui.label(row.contributor.describe());
                for figure in [
                    row.assigned,
                    row.answered,
                    row.out,
                    row.submitted,
                    row.merged,
                ] {
                    ui.label(figure.to_string());
                }
                ui.horizontal(|ui| extra(ui, &row.contributor.name));
                ui.end_row();
            }
        });
}

fn outcome_ui(ui: &mut egui::Ui, i18n: &I18n, panel: &TeamPanel, commands: &mut Vec<Command>) {
    match &panel.outcome {
        Some(Ok(file)) => {
            let text = i18n.tr_args(
                "team-written",
                &[("file", Arg::from(file.display().to_string()))],
            );
            widgets::outcome_line(ui, &text, false);
            if let Some(action) = widgets::written_file_actions(ui, i18n) {
                commands.push(match action {
                    FileAction::Open => Command::OpenFile(file.clone()),
                    FileAction::ShowFolder => Command::OpenFolder(
                        file.parent()
                            .map(std::path::Path::to_path_buf)
                            .unwrap_or_default(),
                    ),
                });
            }
        }
        Some(Err(problem)) => widgets::outcome_line(ui, problem, true),
        None => {}
    }
}

fn add_ui(ui: &mut egui::Ui, i18n: &I18n, panel: &TeamPanel, commands: &mut Vec<Command>) {
    widgets::subheading(ui, i18n.tr("team-add-title"));
    egui::Grid::new("team-add")
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            type Make = fn(String) -> TeamCommand;
            let fields: [(&str, &str, Make); 3] = [
                ("team-name", &panel.name, TeamCommand::SetName),
                ("team-role", &panel.role, TeamCommand::SetRole),
                ("team-email", &panel.email, TeamCommand::SetEmail),
            ];
            for (id, value, make) in fields {
                let label = ui.label(i18n.tr(id));
                let mut text = value.to_owned();
                if ui
                    .add(TextEdit::singleline(&mut text).desired_width(theme::width::SHORT_FIELD))
                    .labelled_by(label.id)
                    .changed()
                {
                    commands.push(Command::Team(make(text)));
                }
                ui.end_row();
            }
        });
    if ui
        .add_enabled(
            !panel.name.trim().is_empty(),
            egui::Button::new(i18n.tr("team-add")),
        )
        .clicked()
    {
        commands.push(Command::Team(TeamCommand::AddContributor));
    }
}

fn take_back_ui(ui: &mut egui::Ui, i18n: &I18n, panel: &TeamPanel, commands: &mut Vec<Command>) {
    widgets::subheading(ui, i18n.tr("team-take-back"));
    ui.horizontal_wrapped(|ui| {
        if let Some(text) = widgets::path_field(ui, &i18n.tr("team-part-path"), &panel.part_path) {
            commands.push(Command::Team(TeamCommand::SetPartPath(text)));
        }
    });
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                !panel.part_path.trim().is_empty(),
                egui::Button::new(i18n.tr("team-read")),
            )
            .clicked()
        {
            commands.push(Command::Team(TeamCommand::ReadPart));
        }
        if ui.button(i18n.tr("team-browse")).clicked() {
            commands.push(Command::Team(TeamCommand::BrowsePart));
        }
    });
    ui.label(RichText::new(i18n.tr("team-drop-hint")).weak());
}

/// The merge under review: the parts read, what cannot be read or taken, the conflicts side
/// by side with a choice each, the answers to take, and Merge / Cancel.
fn review_ui(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    review: &Review,
    doc: &OpenAssessment,
    commands: &mut Vec<Command>,
) {
    let i18n = ctx.i18n;
    let scale = ctx.library.scale(&doc.assessment.scale);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        widgets::subheading(ui, i18n.tr("team-review"));
        let plan = &review.plan;
        for part in &plan.parts {
            let line = i18n.tr_args(
                "team-review-part",
                &[
                    ("contributor", Arg::from(part.contributor.as_str())),
                    ("count", Arg::from(part.items.len())),
                    (
                        "submitted",
                        Arg::from(if part.submitted { "yes" } else { "no" }),
                    ),
                    ("file", Arg::from(part.source.as_str())),
                ],
            );
            ui.add(egui::Label::new(line).wrap());
        }
        let error = theme::error(ui.visuals());
        for line in review
            .unreadable
            .iter()
            .cloned()
            .chain(plan.refused.iter().map(ToString::to_string))
        {
            let text = i18n.tr_args("team-refused", &[("reason", Arg::from(line))]);
            ui.add(egui::Label::new(RichText::new(text).color(error)).wrap());
        }
        let warning = theme::warning(ui.visuals());
        for flag in &plan.flags {
            let text = i18n.tr_args("team-flagged", &[("reason", Arg::from(flag.to_string()))]);
            ui.add(egui::Label::new(RichText::new(text).color(warning)).wrap());
        }
        ui.label(i18n.tr_args(
            "team-review-counts",
            &[
                ("taken", Arg::from(plan.taken())),
                ("conflicts", Arg::from(plan.conflicts().count())),
                ("unchanged", Arg::from(plan.unchanged())),
            ],
        ));
        if plan.conflicts().next().is_some() {
            ui.add_space(theme::space::MEDIUM);
            ui.label(RichText::new(i18n.tr("team-conflicts")).strong());
            conflicts_ui(ui, ctx, review, scale, commands);
        }
        if plan.taken() > 0 {
            ui.add_space(theme::space::MEDIUM);
            let title = i18n.tr_args("team-taken", &[("count", Arg::from(plan.taken()))]);
            egui::CollapsingHeader::new(title)
                .id_salt("team-taken")
                .show(ui, |ui| {
                    for row in &plan.rows {
                        if let MergeRow::Taken { qid, side } = row {
                            ui.label(format!(
                                "{qid}: {} — {}",
                                answer_text(i18n, side.answer.as_ref(), scale),
                                by(i18n, &side.contributor, &side.changed)
                            ));
                        }
                    }
                });
        }
        ui.add_space(theme::space::MEDIUM);
        let open = review.open_conflicts();
        ui.horizontal(|ui| {
            let label = i18n.tr_args("team-merge", &[("count", Arg::from(review.to_take()))]);
            let can_merge = open == 0 && !plan.parts.is_empty();
            if ui
                .add_enabled(can_merge, egui::Button::new(label))
                .clicked()
            {
                commands.push(Command::Team(TeamCommand::ConfirmMerge));
            }
            if ui.button(i18n.tr("team-cancel")).clicked() {
                commands.push(Command::Team(TeamCommand::CancelMerge));
            }
        });
        if open > 0 {
            ui.label(
                RichText::new(i18n.tr_args("team-merge-waiting", &[("open", Arg::from(open))]))
                    .color(warning),
            );
        }
    });
}

/// The conflicts, one block each: the assessment's answer now and each colleague's, with a
/// radio choice for each.
fn conflicts_ui(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    review: &Review,
    scale: Option<&Scale>,
    commands: &mut Vec<Command>,
) {
    for row in review.plan.conflicts() {
        let MergeRow::Conflict { qid, ours, theirs } = row else {
            continue;
        };
        let i18n = ctx.i18n;
        let chosen = review.choices.get(qid).copied();
        let title = ctx
            .library
            .requirement(qid)
            .map_or_else(String::new, |v| v.requirement.title.clone());
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(RichText::new(format!("{qid}  {title}")).strong());
            egui::Grid::new(("team-conflict", qid))
                .num_columns(2)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    let who = ours.as_ref().and_then(|a| a.answered_by.clone());
                    let when = ours.as_ref().map_or("", |a| a.changed.as_str());
                    let mine = match who {
                        Some(name) => by(i18n, &name, when),
                        None => i18n.tr_args("team-by-you", &[("date", Arg::from(when))]),
                    };
                    if ui
                        .radio(chosen == Some(Choice::Keep), i18n.tr("team-keep"))
                        .clicked()
                    {
                        commands.push(choose(qid, Choice::Keep));
                    }
                    ui.label(format!(
                        "{} ({mine})",
                        answer_text(i18n, ours.as_ref(), scale)
                    ));
                    ui.end_row();
                    for side in theirs {
                        let take = Choice::Take(side.part);
                        let label = i18n.tr_args(
                            "team-take",
                            &[("name", Arg::from(side.contributor.as_str()))],
                        );
                        if ui.radio(chosen == Some(take), label).clicked() {
                            commands.push(choose(qid, take));
                        }
                        ui.label(format!(
                            "{} ({})",
                            answer_text(i18n, side.answer.as_ref(), scale),
                            by(i18n, &side.contributor, &side.changed)
                        ));
                        ui.end_row();
                    }
                });
        });
    }
}

fn choose(qid: &str, choice: Choice) -> Command {
    Command::Team(TeamCommand::Choose {
        qid: qid.to_owned(),
        choice,
    })
}

/// Who answered and when; a questionnaire's answer has no date of its own.
fn by(i18n: &I18n, name: &str, date: &str) -> String {
    if date.is_empty() {
        return i18n.tr_args("team-by-questionnaire", &[("name", Arg::from(name))]);
    }
    i18n.tr_args(
        "team-by",
        &[("name", Arg::from(name)), ("date", Arg::from(date))],
    )
}

/// An answer in a few words: the level and its name, not applicable with the reason, or
/// unanswered; with the notes' first words.
fn answer_text(i18n: &I18n, answer: Option<&Answer>, scale: Option<&Scale>) -> String {
    let Some(answer) = answer else {
        return i18n.tr("team-unanswered");
    };
    let mut text = if let Some(reason) = &answer.not_applicable {
        i18n.tr_args(
            "team-not-applicable",
            &[("reason", Arg::from(reason.as_str()))],
        )
    } else if let Some(level) = answer.current {
        let name = scale
            .and_then(|s| s.level(level))
            .map_or(String::new(), |l| l.name.clone());
        i18n.tr_args(
            "team-level",
            &[
                ("level", Arg::from(level.to_string())),
                ("name", Arg::from(name)),
            ],
        )
    } else {
        i18n.tr("team-unanswered")
    };
    let notes = answer.notes.trim();
    if !notes.is_empty() && answer.not_applicable.is_none() {
        let short: String = notes.chars().take(80).collect();
        text.push_str(&format!(
            " — “{short}{}”",
            if short.len() < notes.len() { "…" } else { "" }
        ));
    }
    text
}
