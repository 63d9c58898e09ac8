//! The walk-through: on the left the tree of frameworks, groups and requirements with progress
//! and status, filters and a search; in the centre one requirement at a time with everything
//! needed to answer it.

use egui::{RichText, ScrollArea, TextEdit};

use super::evidence_view::evidence_ui;
use super::obligations_view::obligations_ui;
use super::state::*;
use super::tree::{status_mark, status_word, tree_ui};
use crate::assessment::{Answer, Edit, Status, obligation_checks};
use crate::catalog::{RequirementView, Scale};
use crate::ui::a11y;
use crate::ui::command::{Command, Screen};
use crate::ui::document::OpenAssessment;
use crate::ui::i18n::{Arg, I18n};
use crate::ui::keys;
use crate::ui::original::{original_toggle, original_ui};
use crate::ui::theme;
use crate::ui::view_ctx::ViewCtx;
use crate::ui::widgets;

/// What the walk-through draws from besides the open assessment: the shared context and its
/// own state.
#[derive(Clone, Copy)]
pub struct WalkView<'a> {
    /// The catalogs and the words.
    pub ctx: ViewCtx<'a>,
    /// The selection, filters and search.
    pub walk: &'a WalkState,
    /// Whether the tree should bring the selection into view in this frame.
    pub scroll_pending: bool,
}

/// Draws the walk-through.
pub fn walk_ui(ui: &mut egui::Ui, wv: &WalkView<'_>, doc: &OpenAssessment) -> Vec<Command> {
    let mut commands = Vec::new();
    if let Some(part) = &doc.part {
        egui::Panel::top("walk-part").show(ui, |ui| {
            part_banner_ui(ui, wv.ctx.i18n, part, &doc.assessment, &mut commands);
        });
    }
    egui::Panel::left("walk-tree")
        .resizable(true)
        .default_size(theme::width::WALK_TREE[0])
        .min_size(theme::width::WALK_TREE[1])
        .max_size(theme::width::WALK_TREE[2])
        .show(ui, |ui| tree_ui(ui, wv, doc, &mut commands));
    egui::CentralPanel::default().show(ui, |ui| {
        match wv
            .walk
            .selected
            .as_deref()
            .and_then(|q| wv.ctx.library.requirement(q))
        {
            Some(view) => requirement_ui(ui, wv, doc, &view, &mut commands),
            None => {
                ui.label(wv.ctx.i18n.tr("walk-nothing-selected"));
            }
        }
    });
    commands
}

fn requirement_ui(
    ui: &mut egui::Ui,
    wv: &WalkView<'_>,
    doc: &OpenAssessment,
    view: &RequirementView<'_>,
    commands: &mut Vec<Command>,
) {
    let i18n = wv.ctx.i18n;
    let tr = |id| i18n.tr(id);
    let unanswered = Answer::default();
    let answer = doc.assessment.answers.get(view.qid).unwrap_or(&unanswered);
    let status = doc.insights.status(view.qid);
    let key = doc.insights.is_key_measure(view.qid);
    let edit = |e: Edit| Command::Edit(e);
    let qid = view.qid.to_owned();

    ui.horizontal(|ui| {
        if ui
            .button(tr("walk-previous"))
            .on_hover_text(keys::PREVIOUS_LABEL)
            .clicked()
        {
            commands.push(Command::Walk(WalkCommand::Previous));
        }
        if ui
            .button(tr("walk-next"))
            .on_hover_text(keys::NEXT_LABEL)
            .clicked()
        {
            commands.push(Command::Walk(WalkCommand::Next));
        }
        // Cut at the panel's edge (whole on hover): a longer language's hint must not widen
        // the panel and push the requirement past the window's edge.
        ui.add(egui::Label::new(RichText::new(tr("walk-keys-hint")).weak().small()).truncate());
    });
    if doc.part.is_none() {
        assignment_ui(ui, i18n, doc, view, commands);
    }
    ui.separator();
    let area = ScrollArea::vertical()
        .id_salt(("walk-requirement", &qid))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(theme::width::READING));
            requirement_text_ui(ui, i18n, view, key, status.map(|s| s.status));
            let library = wv.ctx.library;
            if let Some(on) = original_toggle(ui, i18n, library, wv.walk.show_original) {
                commands.push(Command::Walk(WalkCommand::ShowOriginal(on)));
            }
            if wv.walk.show_original {
                original_ui(ui, i18n, library, &qid);
            }
            let checks = obligation_checks(view.requirement, Some(answer));
            obligations_ui(ui, i18n, &checks, &qid, commands);
            let not_applicable = answer.is_not_applicable();
            level_section_ui(ui, wv, doc, view, answer, commands);
            section(ui, &tr("walk-not-applicable"));
            let mut is_na = not_applicable;
            if ui.checkbox(&mut is_na, tr("walk-na-check")).changed() {
                commands.push(edit(Edit::SetNotApplicable {
                    qid: qid.clone(),
                    reason: is_na.then(String::new),
                }));
            }
            if let Some(reason) = &answer.not_applicable {
                let label = ui.label(tr("walk-na-reason"));
                let (response, text) = text_area(ui, label.id, reason, 2);
                typing(&response, commands, || Edit::SetNotApplicable {
                    qid: qid.clone(),
                    reason: Some(text.clone()),
                });
                if reason.trim().is_empty() {
                    ui.colored_label(theme::warning(ui.visuals()), tr("walk-na-reason-needed"));
                }
            }

            section(ui, &tr("walk-notes"));
            let hint = tr("walk-notes-hint");
            let label = ui.label(RichText::new(&hint).weak());
            let (response, notes) = text_area(ui, label.id, &answer.notes, 3);
            a11y::name_field(ui, response.id, &tr("walk-notes"), &hint);
            typing(&response, commands, || Edit::SetNotes {
                qid: qid.clone(),
                notes: notes.clone(),
            });

            section(ui, &tr("walk-evidence"));
            evidence_ui(
                ui,
                i18n,
                doc.path.as_deref(),
                &answer.evidence,
                &qid,
                commands,
            );
            ui.add_space(theme::space::XLARGE);
            ui.horizontal(|ui| {
                if ui.button(tr("walk-next")).clicked() {
                    commands.push(Command::Walk(WalkCommand::Next));
                }
                // A contributor's part has no dashboard of its own.
                if doc.part.is_none() && ui.button(tr("walk-to-dashboard")).clicked() {
                    commands.push(Command::Show(Screen::Dashboard));
                }
            });
            ui.add_space(theme::space::PAGE);
        });
    a11y::name_scroll_bars(ui, area.id, &i18n.tr("a11y-scroll-page"));
}

/// The catalog's text of a requirement: where it sits, its title, strength, status, statement,
/// why it matters, the question to ask and examples of evidence.
fn requirement_text_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    view: &RequirementView<'_>,
    key: bool,
    status: Option<Status>,
) {
    let tr = |id| i18n.tr(id);
    let r = view.requirement;
    let crumbs: Vec<&str> = std::iter::once(view.framework.short_name.as_str())
        .chain(view.groups.iter().map(|g| g.title.as_str()))
        .collect();
    ui.label(RichText::new(crumbs.join("  ›  ")).weak());
    widgets::heading(
        ui,
        format!("{}  {}", view.qid, r.title),
        theme::text::ITEM_TITLE,
    );
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(r.strength.keyword()).strong());
        if key {
            ui.label(RichText::new(format!("★ {}", tr("walk-key-measure"))).strong())
                .on_hover_text(tr("walk-key-measure-hint"));
        }
        if let Some(status) = status {
            let word = status_word(i18n, status);
            a11y::glyph(ui, status_mark(status, ui), &word);
            ui.label(word);
        }
    });
    ui.add_space(theme::space::SMALL);
    // The catalog's words may be copied into a policy or a report: these labels stay selectable
    // (the theme turns selection off elsewhere, where it only costs).
    let copyable = |ui: &mut egui::Ui, text: RichText| {
        ui.add(egui::Label::new(text).selectable(true));
    };
    copyable(
        ui,
        RichText::new(&r.statement).font(theme::regular(theme::text::SECTION)),
    );
    if !r.why.is_empty() {
        section(ui, &tr("walk-why"));
        copyable(ui, RichText::new(&r.why));
    }
    if !r.question.is_empty() {
        section(ui, &tr("walk-question"));
        copyable(ui, RichText::new(&r.question).italics());
    }
    if !r.evidence.is_empty() {
        section(ui, &tr("walk-evidence-examples"));
        for example in &r.evidence {
            copyable(ui, RichText::new(format!("•  {example}")));
        }
    }
}

/// The level section: the scale's levels (not while the requirement does not apply), clearing
/// the level, and the target.
fn level_section_ui(
    ui: &mut egui::Ui,
    wv: &WalkView<'_>,
    doc: &OpenAssessment,
    view: &RequirementView<'_>,
    answer: &Answer,
    commands: &mut Vec<Command>,
) {
    let i18n = wv.ctx.i18n;
    let tr = |id| i18n.tr(id);
    let scale = wv.ctx.library.scale(&doc.assessment.scale);
    let qid = view.qid.to_owned();
    section(ui, &tr("walk-level"));
    let not_applicable = answer.is_not_applicable();
    match scale {
        Some(scale) => {
            ui.add_enabled_ui(!not_applicable, |ui| {
                levels_ui(ui, scale, answer, &qid, commands);
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(
                            answer.current.is_some(),
                            egui::Button::new(tr("walk-clear-level")),
                        )
                        .clicked()
                    {
                        commands.push(Command::Edit(Edit::SetLevel {
                            qid: qid.clone(),
                            level: None,
                        }));
                    }
                });
            });
            target_ui(ui, wv, doc, scale, view, answer, commands);
        }
        None => {
            ui.colored_label(
                theme::error(ui.visuals()),
                i18n.tr_args(
                    "walk-scale-missing",
                    &[("scale", Arg::from(doc.assessment.scale.as_str()))],
                ),
            );
        }
    }
}

/// A full-width text area showing `text`, named by the label `label`; returns the response
/// and the text as edited.
fn text_area(
    ui: &mut egui::Ui,
    label: egui::Id,
    text: &str,
    rows: usize,
) -> (egui::Response, String) {
    let mut edited = text.to_owned();
    let response = ui
        .add(
            TextEdit::multiline(&mut edited)
                .desired_rows(rows)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label);
    (response, edited)
}

/// Records typing into a text field, and ends the undo step when the field is left.
pub(super) fn typing(
    response: &egui::Response,
    commands: &mut Vec<Command>,
    edit: impl FnOnce() -> Edit,
) {
    if response.changed() {
        commands.push(Command::Edit(edit()));
    }
    if response.lost_focus() {
        commands.push(Command::FinishTyping);
    }
}

pub(super) fn section(ui: &mut egui::Ui, title: &str) {
    ui.add_space(theme::space::LARGE);
    widgets::heading(ui, title, theme::text::SECTION);
    ui.add_space(theme::space::HAIR);
}

fn levels_ui(
    ui: &mut egui::Ui,
    scale: &Scale,
    answer: &crate::assessment::Answer,
    qid: &str,
    commands: &mut Vec<Command>,
) {
    for level in &scale.levels {
        let chosen = answer.current == Some(level.value);
        ui.horizontal(|ui| {
            let text = format!("{} — {}", level.value, level.name);
            if ui.radio(chosen, RichText::new(text).strong()).clicked() && !chosen {
                commands.push(Command::Edit(Edit::SetLevel {
                    qid: qid.to_owned(),
                    level: Some(level.value),
                }));
            }
        });
        ui.indent(("level-meaning", level.value), |ui| {
            ui.label(RichText::new(&level.meaning).weak());
        });
    }
}

fn target_ui(
    ui: &mut egui::Ui,
    wv: &WalkView<'_>,
    doc: &OpenAssessment,
    scale: &Scale,
    view: &RequirementView<'_>,
    answer: &crate::assessment::Answer,
    commands: &mut Vec<Command>,
) {
    let i18n = wv.ctx.i18n;
    let profile_default = crate::assessment::profile_target(
        &doc.assessment,
        wv.ctx.library,
        view.requirement.strength,
    );
    let level_text = |value: u8| {
        scale.level(value).map_or_else(
            || value.to_string(),
            |l| format!("{} — {}", l.value, l.name),
        )
    };
    let default_text = i18n.tr_args(
        "walk-target-default",
        &[(
            "level",
            Arg::from(profile_default.map_or_else(|| "–".to_owned(), level_text)),
        )],
    );
    let shown = answer
        .target
        .map_or_else(|| default_text.clone(), level_text);
    ui.add_space(theme::space::SMALL);
    egui::ComboBox::from_label(i18n.tr("walk-target"))
        .selected_text(shown)
        .width(280.0)
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(answer.target.is_none(), &default_text)
                .clicked()
            {
                commands.push(Command::Edit(Edit::SetTarget {
                    qid: view.qid.to_owned(),
                    target: None,
                }));
            }
            for level in &scale.levels {
                if ui
                    .selectable_label(answer.target == Some(level.value), level_text(level.value))
                    .clicked()
                {
                    commands.push(Command::Edit(Edit::SetTarget {
                        qid: view.qid.to_owned(),
                        target: Some(level.value),
                    }));
                }
            }
        });
}

/// The top of a contributor's part: whose assessment it is, who handed it out and when, the
/// coordinator's instructions, and "Mark as submitted".
fn part_banner_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    part: &crate::sharing::Part,
    assessment: &crate::assessment::Assessment,
    commands: &mut Vec<Command>,
) {
    ui.add_space(theme::space::TIGHT);
    let coordinator = Arg::from(part.coordinator.as_str());
    ui.add(
        egui::Label::new(
            RichText::new(i18n.tr_args(
                "walk-part-banner",
                &[
                    (
                        "organisation",
                        Arg::from(assessment.organisation.name.as_str()),
                    ),
                    ("coordinator", coordinator.clone()),
                    ("date", Arg::from(part.handed_out.as_str())),
                    ("count", Arg::from(part.items.len())),
                ],
            ))
            .strong(),
        )
        .wrap(),
    );
    if !part.instructions.is_empty() {
        ui.add(egui::Label::new(part.instructions.as_str()).wrap());
    }
    ui.horizontal_wrapped(|ui| {
        if part.submitted {
            ui.label(
                RichText::new(i18n.tr_args("walk-part-submitted", &[("coordinator", coordinator)]))
                    .color(theme::success(ui.visuals())),
            );
            if ui.button(i18n.tr("walk-part-unsubmit")).clicked() {
                commands.push(Command::SetSubmitted(false));
            }
        } else if ui.button(i18n.tr("walk-part-submit")).clicked() {
            commands.push(Command::SetSubmitted(true));
        }
    });
    ui.add_space(theme::space::TIGHT);
}

/// Who answers the requirement, and its group, for an assessment shared among colleagues; a
/// way to the team screen while there are none.
fn assignment_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    doc: &OpenAssessment,
    view: &RequirementView<'_>,
    commands: &mut Vec<Command>,
) {
    let team = &doc.assessment.team;
    if team.contributors.is_empty() {
        if ui.small_button(i18n.tr("walk-share")).clicked() {
            commands.push(Command::Show(Screen::Team));
        }
        return;
    }
    let nobody = i18n.tr("walk-nobody");
    let current = team.assignments.get(view.qid);
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(i18n.tr("walk-assigned-to"));
        egui::ComboBox::from_id_salt(("walk-assign", view.qid))
            .selected_text(current.map_or(nobody.clone(), Clone::clone))
            .show_ui(ui, |ui| {
                if ui.selectable_label(current.is_none(), &nobody).clicked() {
                    commands.push(assign(view.qid, None));
                }
                for contributor in &team.contributors {
                    let chosen = current == Some(&contributor.name);
                    if ui
                        .selectable_label(chosen, contributor.describe())
                        .clicked()
                    {
                        commands.push(assign(view.qid, Some(&contributor.name)));
                    }
                }
            })
            .response
            .labelled_by(label.id);
        if let Some(group) = view.group() {
            let group_id = format!("{}:{}", view.framework.id, group.id);
            let label = ui.label(i18n.tr_args(
                "walk-assign-group",
                &[("group", Arg::from(group.title.as_str()))],
            ));
            egui::ComboBox::from_id_salt(("walk-assign-group", view.qid))
                .selected_text(i18n.tr("walk-assign-group-choose"))
                .show_ui(ui, |ui| {
                    if ui.selectable_label(false, &nobody).clicked() {
                        commands.push(assign(&group_id, None));
                    }
                    for contributor in &team.contributors {
                        if ui.selectable_label(false, contributor.describe()).clicked() {
                            commands.push(assign(&group_id, Some(&contributor.name)));
                        }
                    }
                })
                .response
                .labelled_by(label.id);
        }
    });
}

fn assign(item: &str, to: Option<&str>) -> Command {
    Command::Assign {
        items: vec![item.to_owned()],
        to: to.map(str::to_owned),
    }
}
