//! The walk-through: on the left the tree of frameworks, groups and requirements with progress
//! and status, filters and a search; in the centre one requirement at a time with everything
//! needed to answer it.

use egui::{CollapsingHeader, RichText, ScrollArea, TextEdit};

use super::state::*;
use crate::assessment::{Edit, Evidence, Status};
use crate::catalog::{RequirementView, Scale};
use crate::ui::app::MimApp;
use crate::ui::command::{Command, Screen};
use crate::ui::document::OpenAssessment;
use crate::ui::i18n::{Arg, I18n};
use crate::ui::theme;
use crate::ui::widgets;

/// The mark in the tree for a status: shape and colour together, so that it reads without
/// colour too.
fn status_mark(status: Status, ui: &egui::Ui) -> RichText {
    let visuals = ui.visuals();
    match status {
        Status::Unanswered => RichText::new("○").color(theme::weak(visuals)),
        Status::NotApplicable => RichText::new("–").color(theme::weak(visuals)),
        Status::BelowTarget => RichText::new("▼").color(theme::warning(visuals)),
        Status::OnTarget => RichText::new("●").color(theme::success(visuals)),
    }
}

fn status_word(i18n: &I18n, status: Status) -> String {
    i18n.tr(match status {
        Status::Unanswered => "status-unanswered",
        Status::NotApplicable => "status-not-applicable",
        Status::BelowTarget => "status-below-target",
        Status::OnTarget => "status-on-target",
    })
}

/// Draws the walk-through.
pub fn walk_ui(ui: &mut egui::Ui, app: &MimApp) -> Vec<Command> {
    let mut commands = Vec::new();
    let Some(doc) = &app.document else {
        return commands;
    };
    egui::Panel::left("walk-tree")
        .resizable(true)
        .default_size(theme::width::WALK_TREE[0])
        .min_size(theme::width::WALK_TREE[1])
        .max_size(theme::width::WALK_TREE[2])
        .show(ui, |ui| tree_ui(ui, app, doc, &mut commands));
    egui::CentralPanel::default().show(ui, |ui| {
        match app
            .walk
            .selected
            .as_deref()
            .and_then(|q| app.library.requirement(q))
        {
            Some(view) => requirement_ui(ui, app, doc, &view, &mut commands),
            None => {
                ui.label(app.i18n.tr("walk-nothing-selected"));
            }
        }
    });
    commands
}

fn tree_ui(ui: &mut egui::Ui, app: &MimApp, doc: &OpenAssessment, commands: &mut Vec<Command>) {
    let i18n = &app.i18n;
    let walk = &app.walk;
    let total = doc.insights.scorecard.overall;
    ui.add_space(theme::space::SMALL);
    widgets::subheading(ui, &doc.assessment.organisation.name);
    ui.label(i18n.tr_args(
        "walk-progress",
        &[
            ("answered", (total.answered + total.not_applicable).into()),
            ("total", total.total().into()),
        ],
    ));
    ui.add(egui::ProgressBar::new(total.completeness() as f32).desired_height(6.0));
    ui.add_space(theme::space::SMALL);
    ui.horizontal(|ui| {
        let label = ui.label(i18n.tr("walk-search"));
        let mut query = walk.query.clone();
        let response = ui
            .add(
                TextEdit::singleline(&mut query)
                    .hint_text(i18n.tr("walk-search-hint"))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id)
            .on_hover_text("Ctrl+F");
        if ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::F)) {
            response.request_focus();
        }
        if response.changed() {
            commands.push(Command::Walk(WalkCommand::SetQuery(query)));
        }
    });
    ui.horizontal_wrapped(|ui| {
        for (filter, on, id) in [
            (
                Filter::Unanswered,
                walk.only_unanswered,
                "filter-unanswered",
            ),
            (
                Filter::BelowTarget,
                walk.only_below_target,
                "filter-below-target",
            ),
            (
                Filter::KeyMeasures,
                walk.only_key_measures,
                "filter-key-measures",
            ),
        ] {
            let mut value = on;
            if ui.checkbox(&mut value, i18n.tr(id)).changed() {
                commands.push(Command::Walk(WalkCommand::SetFilter(filter, value)));
            }
        }
    });
    let in_scope: Vec<&str> = doc
        .assessment
        .frameworks
        .iter()
        .map(|f| f.framework.as_str())
        .collect();
    let shown_name = |id: Option<&String>| match id.and_then(|f| app.library.framework(f)) {
        Some(fw) => fw.short_name.clone(),
        None => i18n.tr("filter-all-frameworks"),
    };
    egui::ComboBox::from_label(i18n.tr("filter-framework"))
        .selected_text(shown_name(walk.framework.as_ref()))
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(walk.framework.is_none(), i18n.tr("filter-all-frameworks"))
                .clicked()
            {
                commands.push(Command::Walk(WalkCommand::SetFramework(None)));
            }
            for id in &in_scope {
                let chosen = walk.framework.as_deref() == Some(id);
                let name = shown_name(Some(&(*id).to_owned()));
                if ui.selectable_label(chosen, name).clicked() {
                    commands.push(Command::Walk(WalkCommand::SetFramework(Some(
                        (*id).to_owned(),
                    ))));
                }
            }
        });
    ui.separator();
    let visible = walk.visible(doc, &app.library);
    if visible.is_empty() {
        ui.label(RichText::new(i18n.tr("walk-no-match")).weak());
    }
    let views: Vec<RequirementView<'_>> = visible
        .iter()
        .filter_map(|q| app.library.requirement(q))
        .collect();
    let filtering = walk.framework.is_some()
        || !walk.query.trim().is_empty()
        || walk.only_unanswered
        || walk.only_below_target
        || walk.only_key_measures;
    ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let mut start = 0;
            while start < views.len() {
                let framework = views[start].framework;
                let end = start
                    + views[start..]
                        .iter()
                        .take_while(|v| v.framework.id == framework.id)
                        .count();
                let fw_score = doc
                    .insights
                    .scorecard
                    .frameworks
                    .iter()
                    .find(|f| f.id == framework.id);
                let header = match fw_score {
                    Some(s) => format!(
                        "{}  ({}/{})",
                        framework.short_name,
                        s.tally.answered + s.tally.not_applicable,
                        s.tally.total()
                    ),
                    None => framework.short_name.clone(),
                };
                let selected_here = views[start..end]
                    .iter()
                    .any(|v| Some(v.qid) == walk.selected.as_deref());
                CollapsingHeader::new(
                    RichText::new(header)
                        .font(theme::bold(theme::text::TREE_HEADER))
                        .strong(),
                )
                .id_salt(("walk-fw", &framework.id))
                .default_open(true)
                .open((filtering || (selected_here && app.walk_scroll_pending())).then_some(true))
                .show(ui, |ui| {
                    groups_ui(ui, app, doc, &views[start..end], selected_here, commands);
                });
                start = end;
            }
        });
}

fn groups_ui(
    ui: &mut egui::Ui,
    app: &MimApp,
    doc: &OpenAssessment,
    views: &[RequirementView<'_>],
    selected_here: bool,
    commands: &mut Vec<Command>,
) {
    let mut start = 0;
    while start < views.len() {
        let group = views[start]
            .groups
            .first()
            .map(|g| (g.id.as_str(), g.title.as_str()));
        let end = start
            + views[start..]
                .iter()
                .take_while(|v| {
                    v.groups.first().map(|g| (g.id.as_str(), g.title.as_str())) == group
                })
                .count();
        let done = views[start..end]
            .iter()
            .filter(|v| {
                doc.insights
                    .status(v.qid)
                    .is_some_and(|s| s.status != Status::Unanswered)
            })
            .count();
        let (id, title) = group.unwrap_or(("", ""));
        let holds_selection = selected_here
            && views[start..end]
                .iter()
                .any(|v| Some(v.qid) == app.walk.selected.as_deref());
        CollapsingHeader::new(format!("{id}  {title}  ({done}/{})", end - start))
            .id_salt(("walk-group", views[start].framework.id.as_str(), id))
            .default_open(holds_selection)
            .open((holds_selection && app.walk_scroll_pending()).then_some(true))
            .show(ui, |ui| {
                for view in &views[start..end] {
                    requirement_row_ui(ui, app, doc, view, commands);
                }
            });
        start = end;
    }
}

fn requirement_row_ui(
    ui: &mut egui::Ui,
    app: &MimApp,
    doc: &OpenAssessment,
    view: &RequirementView<'_>,
    commands: &mut Vec<Command>,
) {
    let status = doc
        .insights
        .status(view.qid)
        .map_or(Status::Unanswered, |s| s.status);
    let key = doc.insights.is_key_measure(view.qid);
    let selected = app.walk.selected.as_deref() == Some(view.qid);
    ui.horizontal(|ui| {
        ui.label(status_mark(status, ui))
            .on_hover_text(status_word(&app.i18n, status));
        let star = if key { " ★" } else { "" };
        let text = format!("{}  {}{star}", view.requirement.id, view.requirement.title);
        let response = ui.selectable_label(selected, text);
        if selected && app.walk_scroll_pending() {
            response.scroll_to_me(Some(egui::Align::Center));
        }
        if response.clicked() {
            commands.push(Command::Walk(WalkCommand::Select(view.qid.to_owned())));
        }
    });
}

fn requirement_ui(
    ui: &mut egui::Ui,
    app: &MimApp,
    doc: &OpenAssessment,
    view: &RequirementView<'_>,
    commands: &mut Vec<Command>,
) {
    let i18n = &app.i18n;
    let tr = |id| i18n.tr(id);
    let r = view.requirement;
    let answer = doc
        .assessment
        .answers
        .get(view.qid)
        .cloned()
        .unwrap_or_default();
    let scale = app.library.scale(&doc.assessment.scale);
    let status = doc.insights.status(view.qid);
    let key = doc.insights.is_key_measure(view.qid);
    let edit = |e: Edit| Command::Edit(e);
    let qid = view.qid.to_owned();

    ui.horizontal(|ui| {
        if ui
            .button(tr("walk-previous"))
            .on_hover_text("↑ / K")
            .clicked()
        {
            commands.push(Command::Walk(WalkCommand::Previous));
        }
        if ui.button(tr("walk-next")).on_hover_text("↓ / J").clicked() {
            commands.push(Command::Walk(WalkCommand::Next));
        }
        ui.label(RichText::new(tr("walk-keys-hint")).weak().small());
    });
    ui.separator();
    ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(theme::width::READING));
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
                if let Some(s) = status {
                    ui.label(status_mark(s.status, ui));
                    ui.label(status_word(i18n, s.status));
                }
            });
            ui.add_space(theme::space::SMALL);
            ui.label(RichText::new(&r.statement).font(theme::regular(theme::text::SECTION)));
            if !r.why.is_empty() {
                section(ui, &tr("walk-why"));
                ui.label(&r.why);
            }
            if !r.question.is_empty() {
                section(ui, &tr("walk-question"));
                ui.label(RichText::new(&r.question).italics());
            }
            if !r.evidence.is_empty() {
                section(ui, &tr("walk-evidence-examples"));
                for example in &r.evidence {
                    ui.label(format!("•  {example}"));
                }
            }

            section(ui, &tr("walk-level"));
            let not_applicable = answer.is_not_applicable();
            match scale {
                Some(scale) => {
                    ui.add_enabled_ui(!not_applicable, |ui| {
                        levels_ui(ui, scale, &answer, &qid, commands);
                        ui.horizontal(|ui| {
                            if ui
                                .add_enabled(
                                    answer.current.is_some(),
                                    egui::Button::new(tr("walk-clear-level")),
                                )
                                .clicked()
                            {
                                commands.push(edit(Edit::SetLevel {
                                    qid: qid.clone(),
                                    level: None,
                                }));
                            }
                        });
                    });
                    target_ui(ui, app, doc, scale, view, &answer, commands);
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
            let label = ui.label(RichText::new(tr("walk-notes-hint")).weak());
            let (response, notes) = text_area(ui, label.id, &answer.notes, 3);
            typing(&response, commands, || Edit::SetNotes {
                qid: qid.clone(),
                notes: notes.clone(),
            });

            section(ui, &tr("walk-evidence"));
            evidence_ui(ui, i18n, &answer.evidence, &qid, commands);
            ui.add_space(theme::space::XLARGE);
            ui.horizontal(|ui| {
                if ui.button(tr("walk-next")).clicked() {
                    commands.push(Command::Walk(WalkCommand::Next));
                }
                if ui.button(tr("walk-to-dashboard")).clicked() {
                    commands.push(Command::Show(Screen::Dashboard));
                }
            });
            ui.add_space(theme::space::PAGE);
        });
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
fn typing(response: &egui::Response, commands: &mut Vec<Command>, edit: impl FnOnce() -> Edit) {
    if response.changed() {
        commands.push(Command::Edit(edit()));
    }
    if response.lost_focus() {
        commands.push(Command::FinishTyping);
    }
}

fn section(ui: &mut egui::Ui, title: &str) {
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
    app: &MimApp,
    doc: &OpenAssessment,
    scale: &Scale,
    view: &RequirementView<'_>,
    answer: &crate::assessment::Answer,
    commands: &mut Vec<Command>,
) {
    let i18n = &app.i18n;
    let profile_default = {
        let mut without_own = doc.assessment.clone();
        without_own.answers.remove(view.qid);
        crate::assessment::target_for(
            &without_own,
            &app.library,
            view.qid,
            view.requirement.strength,
        )
    };
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

fn evidence_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    evidence: &[Evidence],
    qid: &str,
    commands: &mut Vec<Command>,
) {
    if evidence.is_empty() {
        ui.label(RichText::new(i18n.tr("walk-evidence-none")).weak());
    }
    for (index, item) in evidence.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            egui::Grid::new(("evidence", qid, index))
                .num_columns(2)
                .spacing([8.0, 4.0])
                .show(ui, |ui| {
                    for (field, id, value) in [
                        (0, "walk-evidence-title", &item.title),
                        (1, "walk-evidence-link", &item.link),
                        (2, "walk-evidence-date", &item.date),
                    ] {
                        let label = ui.label(i18n.tr(id));
                        let mut text = value.clone();
                        let response = ui
                            .add(TextEdit::singleline(&mut text).desired_width(f32::INFINITY))
                            .labelled_by(label.id);
                        typing(&response, commands, || {
                            let mut changed = item.clone();
                            match field {
                                0 => changed.title = text.clone(),
                                1 => changed.link = text.clone(),
                                _ => changed.date = text.clone(),
                            }
                            Edit::SetEvidence {
                                qid: qid.to_owned(),
                                index,
                                evidence: changed,
                            }
                        });
                        ui.end_row();
                    }
                });
            let remove = i18n.tr_args("walk-evidence-remove", &[("number", (index + 1).into())]);
            if ui.button(remove).clicked() {
                commands.push(Command::Edit(Edit::RemoveEvidence {
                    qid: qid.to_owned(),
                    index,
                }));
            }
        });
    }
    if ui.button(i18n.tr("walk-evidence-add")).clicked() {
        commands.push(Command::Edit(Edit::AddEvidence {
            qid: qid.to_owned(),
        }));
    }
}
