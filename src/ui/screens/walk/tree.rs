//! The walk-through's left pane: the assessment's progress, the search and filters, and the
//! tree of frameworks, groups and requirements with each one's status.

use egui::{CollapsingHeader, RichText, ScrollArea, TextEdit};

use super::state::*;
use super::view::WalkView;
use crate::assessment::Status;
use crate::catalog::{RequirementView, framework_of};
use crate::ui::a11y;
use crate::ui::command::Command;
use crate::ui::document::OpenAssessment;
use crate::ui::i18n::I18n;
use crate::ui::keys::{self, Shortcut};
use crate::ui::theme;
use crate::ui::widgets;

/// The mark in the tree for a status: shape and colour together, so that it reads without
/// colour too.
pub(super) fn status_mark(status: Status, ui: &egui::Ui) -> RichText {
    let visuals = ui.visuals();
    match status {
        Status::Unanswered => RichText::new("○").color(theme::weak(visuals)),
        Status::NotApplicable => RichText::new("–").color(theme::weak(visuals)),
        Status::BelowTarget => RichText::new("▼").color(theme::warning(visuals)),
        Status::OnTarget => RichText::new("●").color(theme::success(visuals)),
    }
}

/// The status in words, for the tooltip and the detail pane.
pub(super) fn status_word(i18n: &I18n, status: Status) -> String {
    i18n.tr(match status {
        Status::Unanswered => "status-unanswered",
        Status::NotApplicable => "status-not-applicable",
        Status::BelowTarget => "status-below-target",
        Status::OnTarget => "status-on-target",
    })
}

/// The left pane: progress, search, filters and the tree.
pub(super) fn tree_ui(
    ui: &mut egui::Ui,
    wv: &WalkView<'_>,
    doc: &OpenAssessment,
    commands: &mut Vec<Command>,
) {
    let i18n = wv.ctx.i18n;
    let walk = &wv.walk;
    // In a contributor's part, how far the part is; else the whole assessment.
    let total = match &doc.part {
        Some(part) => part.tally(&doc.assessment),
        None => doc.insights.scorecard.overall,
    };
    ui.add_space(theme::space::SMALL);
    widgets::subheading(ui, &doc.assessment.organisation.name);
    ui.label(i18n.tr_args(
        "walk-progress",
        &[
            ("answered", (total.answered + total.not_applicable).into()),
            ("total", total.total().into()),
        ],
    ));
    let progress = ui.add(egui::ProgressBar::new(total.completeness() as f32).desired_height(6.0));
    a11y::name_node(ui, progress.id, &i18n.tr("walk-progress-bar"));
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
            .on_hover_text(keys::label(ui.ctx(), Shortcut::Find));
        if keys::find_pressed(ui) {
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
    let shown_name = |id: Option<&String>| match id.and_then(|f| wv.ctx.library.framework(f)) {
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
    tree_list_ui(ui, wv, doc, commands);
}

/// The frameworks, groups and requirements left visible by the search and filters; a
/// framework opens by itself when a filter is on or the selection moved into it.
fn tree_list_ui(
    ui: &mut egui::Ui,
    wv: &WalkView<'_>,
    doc: &OpenAssessment,
    commands: &mut Vec<Command>,
) {
    let i18n = wv.ctx.i18n;
    let walk = &wv.walk;
    let visible = walk.visible(doc, wv.ctx.library);
    if visible.is_empty() {
        ui.label(RichText::new(i18n.tr("walk-no-match")).weak());
    }
    let filtering = walk.framework.is_some()
        || !walk.query.trim().is_empty()
        || walk.only_unanswered
        || walk.only_below_target
        || walk.only_key_measures;
    let area = ScrollArea::vertical()
        .id_salt("walk-tree")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            // `visible` is in reading order, so each framework's requirements are one run.
            for run in visible.chunk_by(|a, b| framework_of(a) == framework_of(b)) {
                let Some(framework) = run
                    .first()
                    .and_then(|q| wv.ctx.library.requirement(q))
                    .map(|v| v.framework)
                else {
                    continue;
                };
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
                let selected_here = walk.selected.as_deref().is_some_and(|q| run.contains(&q));
                let header_text = RichText::new(header.as_str())
                    .font(theme::bold(theme::text::TREE_HEADER))
                    .strong();
                CollapsingHeader::new(widgets::one_line_header(ui, header_text))
                    .id_salt(("walk-fw", &framework.id))
                    // Only the framework being worked on starts open: fourteen frameworks' groups
                    // at once are more than a reader can scan (and than a frame should lay out).
                    .default_open(selected_here)
                    .open((filtering || (selected_here && wv.scroll_pending)).then_some(true))
                    .show(ui, |ui| {
                        // Looked up only for an open framework: a closed one costs its header alone.
                        let views: Vec<RequirementView<'_>> = run
                            .iter()
                            .filter_map(|q| wv.ctx.library.requirement(q))
                            .collect();
                        groups_ui(ui, wv, doc, &views, selected_here, filtering, commands);
                    })
                    .header_response
                    .on_hover_text(header);
            }
        });
    a11y::name_scroll_bars(ui, area.id, &i18n.tr("a11y-scroll-tree"));
}

fn groups_ui(
    ui: &mut egui::Ui,
    wv: &WalkView<'_>,
    doc: &OpenAssessment,
    views: &[RequirementView<'_>],
    selected_here: bool,
    filtering: bool,
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
                .any(|v| Some(v.qid) == wv.walk.selected.as_deref());
        let header = format!("{id}  {title}  ({done}/{})", end - start);
        // While searching, every group holding a match opens, as the frameworks do.
        let force_open = filtering || (holds_selection && wv.scroll_pending);
        CollapsingHeader::new(widgets::one_line_header(ui, RichText::new(header.as_str())))
            .id_salt(("walk-group", views[start].framework.id.as_str(), id))
            .default_open(holds_selection)
            .open(force_open.then_some(true))
            .show(ui, |ui| {
                for view in &views[start..end] {
                    requirement_row_ui(ui, wv, doc, view, commands);
                }
            })
            .header_response
            .on_hover_text(header);
        start = end;
    }
}

fn requirement_row_ui(
    ui: &mut egui::Ui,
    wv: &WalkView<'_>,
    doc: &OpenAssessment,
    view: &RequirementView<'_>,
    commands: &mut Vec<Command>,
) {
    let status = doc
        .insights
        .status(view.qid)
        .map_or(Status::Unanswered, |s| s.status);
    let key = doc.insights.is_key_measure(view.qid);
    let selected = wv.walk.selected.as_deref() == Some(view.qid);
    ui.horizontal(|ui| {
        // The mark is for the eye; a screen reader hears the status in words after the row's
        // name, as its description.
        let word = status_word(wv.ctx.i18n, status);
        a11y::glyph(ui, status_mark(status, ui), &word);
        let star = if key { " ★" } else { "" };
        let text = format!("{}  {}{star}", view.requirement.id, view.requirement.title);
        let response = widgets::tree_row(ui, selected, &text);
        let described = if key {
            format!("{word}, {}", wv.ctx.i18n.tr("walk-key-measure"))
        } else {
            word
        };
        ui.ctx()
            .accesskit_node_builder(response.id, |node| node.set_description(described));
        if selected && wv.scroll_pending {
            response.scroll_to_me(Some(egui::Align::Center));
        }
        if response.clicked() {
            commands.push(Command::Walk(WalkCommand::Select(view.qid.to_owned())));
        }
    });
}
