//! The catalog browser: frameworks and groups on the left, one requirement's full text and its
//! mappings in both directions on the right, and a search by id or words.
//!
//! The view only reads state and returns [`BrowserCommand`]s; [`BrowserState::apply`] is the one
//! place that changes the state.

use egui::{CollapsingHeader, RichText, ScrollArea, TextEdit};

use super::labels::*;
use super::state::*;
use crate::catalog::{
    Framework, Group, GroupItem, GroupKind, Library, LoadedFramework, MappingView, RequirementView,
    Strength,
};
use crate::ui::a11y;
use crate::ui::i18n::I18n;
use crate::ui::original::{original_toggle, original_ui};
use crate::ui::screens::catalog::about;
use crate::ui::theme;
use crate::ui::widgets;

/// Draws the search bar; returns what the user asked for.
pub fn search_bar_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    state: &BrowserState,
    hits: Option<usize>,
) -> Vec<BrowserCommand> {
    let mut commands = Vec::new();
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                state.can_go_back(),
                egui::Button::new(i18n.tr("browser-back")),
            )
            .on_hover_text(i18n.tr("browser-back-tooltip"))
            .clicked()
        {
            commands.push(BrowserCommand::Back);
        }
        let label = ui.label(i18n.tr("browser-search"));
        let mut query = state.query.clone();
        let response = ui
            .add(
                TextEdit::singleline(&mut query)
                    .hint_text(i18n.tr("browser-search-hint"))
                    .desired_width(theme::width::SEARCH_FIELD),
            )
            .labelled_by(label.id)
            .on_hover_text(i18n.tr("browser-search-shortcut"));
        if ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::F)) {
            response.request_focus();
        }
        if response.changed() {
            commands.push(BrowserCommand::SetQuery(query));
        }
        if !state.query.is_empty() {
            if ui.button(i18n.tr("browser-clear")).clicked() {
                commands.push(BrowserCommand::SetQuery(String::new()));
            }
            if let Some(n) = hits {
                ui.label(i18n.tr_args("browser-search-hits", &[("count", n.into())]));
            }
        }
    });
    commands
}

/// Draws the left side: the framework tree, or the search results while a search is active.
pub fn navigation_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    library: &Library,
    state: &BrowserState,
) -> Vec<BrowserCommand> {
    scrolling(ui, &i18n.tr("a11y-scroll-tree"), |ui, commands| {
        if state.query.trim().is_empty() {
            for (selection, id) in [
                (Selection::Overview, "browser-all-frameworks"),
                (Selection::About, "browser-about-link"),
                (Selection::Import, "browser-import-link"),
            ] {
                if ui
                    .selectable_label(state.selection == selection, i18n.tr(id))
                    .clicked()
                {
                    commands.push(BrowserCommand::Select(selection));
                }
            }
            ui.separator();
            for loaded in library.frameworks() {
                framework_tree_ui(ui, i18n, &loaded.framework, state, commands);
            }
        } else {
            let hits = library.search(&state.query);
            if hits.is_empty() {
                ui.label(i18n.tr("browser-search-nothing"));
            }
            for view in hits {
                search_hit_ui(ui, &view, state, commands);
            }
        }
    })
}

/// A vertical scroll area filling the space, whose contents collect commands; `name` names its
/// scroll bar for screen readers.
fn scrolling(
    ui: &mut egui::Ui,
    name: &str,
    add_contents: impl FnOnce(&mut egui::Ui, &mut Vec<BrowserCommand>),
) -> Vec<BrowserCommand> {
    let mut commands = Vec::new();
    let area = ScrollArea::vertical()
        .id_salt("catalog-tree")
        .auto_shrink([false, false])
        .show(ui, |ui| add_contents(ui, &mut commands));
    a11y::name_scroll_bars(ui, area.id, name);
    commands
}

fn framework_tree_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    fw: &Framework,
    state: &BrowserState,
    commands: &mut Vec<BrowserCommand>,
) {
    let header = CollapsingHeader::new(widgets::one_line_header(
        ui,
        RichText::new(&fw.name)
            .font(theme::bold(theme::text::TREE_HEADER))
            .strong(),
    ))
    .id_salt(("framework", &fw.id))
    .default_open(false);
    let response = header.show(ui, |ui| {
        let selected = state.selection == Selection::Framework(fw.id.clone());
        if ui
            .selectable_label(
                selected,
                i18n.tr_args(
                    "browser-framework-about",
                    &[("name", fw.short_name.as_str().into())],
                ),
            )
            .clicked()
        {
            commands.push(BrowserCommand::Select(Selection::Framework(fw.id.clone())));
        }
        for group in &fw.groups {
            group_tree_ui(ui, i18n, fw, group, state, commands);
        }
    });
    response.header_response.on_hover_text(i18n.tr_args(
        "browser-framework-tooltip",
        &[
            ("requirements", fw.requirement_count().into()),
            ("groups", fw.group_count().into()),
        ],
    ));
}

fn group_tree_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    fw: &Framework,
    group: &Group,
    state: &BrowserState,
    commands: &mut Vec<BrowserCommand>,
) {
    let count = group.requirement_count();
    let title = i18n.tr_args(
        "browser-group-title",
        &[
            ("label", group_label(group).into()),
            ("count", count.into()),
        ],
    );
    let selected_inside = match &state.selection {
        Selection::Requirement(qid) => qid
            .split_once(':')
            .is_some_and(|(f, local)| f == fw.id && group_contains(group, local)),
        _ => false,
    };
    CollapsingHeader::new(widgets::one_line_header(ui, RichText::new(title.as_str())))
        .id_salt(("group", &fw.id, &group.id))
        .open(selected_inside.then_some(true))
        .show(ui, |ui| {
            if group.groups.is_empty() && group.requirements.is_empty() {
                // A capability whose requirements live elsewhere (MIM8 C2 → MIM3): say where.
                for note in &group.notes {
                    ui.add(egui::Label::new(RichText::new(note).weak()).wrap());
                }
            }
            for item in group.items() {
                match item {
                    GroupItem::Group(_, child) => {
                        group_tree_ui(ui, i18n, fw, child, state, commands);
                    }
                    GroupItem::Requirement(_, req) => {
                        let qid = format!("{}:{}", fw.id, req.id);
                        let selected = state.selection == Selection::Requirement(qid.clone());
                        let text = format!("{}  {}", req.id, req.title);
                        if widgets::tree_row(ui, selected, &text).clicked() {
                            commands.push(BrowserCommand::Select(Selection::Requirement(qid)));
                        }
                    }
                }
            }
        })
        .header_response
        .on_hover_text(title);
}

/// A group's name for the tree and the breadcrumb. Code-like ids (C1, A.5, 6.1) help readers;
/// word-like ones (clauses, art20) only repeat the title and are left out.
fn group_label(group: &Group) -> String {
    if group.id.starts_with(|c: char| c.is_lowercase()) {
        group.title.clone()
    } else {
        format!("{}  {}", group.id, group.title)
    }
}

fn group_contains(group: &Group, local_id: &str) -> bool {
    group.requirements.iter().any(|r| r.id == local_id)
        || group.groups.iter().any(|g| group_contains(g, local_id))
}

/// One search hit, named by its qualified id so that the framework shows.
fn search_hit_ui(
    ui: &mut egui::Ui,
    view: &RequirementView<'_>,
    state: &BrowserState,
    commands: &mut Vec<BrowserCommand>,
) {
    let selected = state.selection == Selection::Requirement(view.qid.to_owned());
    let text = format!("{}  {}", view.qid, view.requirement.title);
    if widgets::tree_row(ui, selected, &text).clicked() {
        commands.push(BrowserCommand::Select(Selection::Requirement(
            view.qid.to_owned(),
        )));
    }
}

/// Draws the right side for the current selection.
pub fn detail_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    library: &Library,
    state: &BrowserState,
) -> Vec<BrowserCommand> {
    scrolling(ui, &i18n.tr("a11y-scroll-page"), |ui, commands| {
        ui.set_max_width(ui.available_width().min(theme::width::READING));
        match &state.selection {
            Selection::Overview => overview_ui(ui, i18n, library, commands),
            Selection::About => about::about_ui(ui, i18n, library, commands),
            // The frame draws the import view itself (it needs the app's import panel).
            Selection::Import => {}
            Selection::Framework(id) => {
                match library.frameworks().iter().find(|l| &l.framework.id == id) {
                    Some(loaded) => framework_detail_ui(ui, i18n, loaded),
                    None => {
                        ui.label(
                            i18n.tr_args(
                                "browser-framework-missing",
                                &[("id", id.as_str().into())],
                            ),
                        );
                    }
                }
            }
            Selection::Requirement(qid) => match library.requirement(qid) {
                Some(view) => {
                    requirement_detail_ui(ui, i18n, library, &view, commands);
                    if let Some(on) = original_toggle(ui, i18n, library, state.show_original) {
                        commands.push(BrowserCommand::ShowOriginal(on));
                    }
                    if state.show_original {
                        original_ui(ui, i18n, library, qid);
                    }
                }
                None => {
                    ui.label(i18n.tr_args(
                        "browser-requirement-missing",
                        &[("id", qid.as_str().into())],
                    ));
                }
            },
        }
    })
}

fn overview_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    library: &Library,
    commands: &mut Vec<BrowserCommand>,
) {
    ui.heading(i18n.tr("browser-overview-heading"));
    ui.label(i18n.tr("browser-overview-intro"));
    ui.add_space(theme::space::MEDIUM);
    egui::Grid::new("framework-overview")
        .striped(true)
        .num_columns(4)
        .spacing([24.0, 6.0])
        .show(ui, |ui| {
            for id in [
                "browser-column-framework",
                "browser-column-kind",
                "browser-column-groups",
                "browser-column-requirements",
            ] {
                widgets::heading(ui, i18n.tr(id), theme::text::LABEL);
            }
            ui.end_row();
            for loaded in library.frameworks() {
                let fw = &loaded.framework;
                if ui.link(&fw.name).on_hover_text(&fw.version).clicked() {
                    commands.push(BrowserCommand::Select(Selection::Framework(fw.id.clone())));
                }
                ui.label(kind_label(i18n, fw.kind));
                ui.label(fw.group_count().to_string());
                ui.label(fw.requirement_count().to_string());
                ui.end_row();
            }
        });
}

fn framework_detail_ui(ui: &mut egui::Ui, i18n: &I18n, loaded: &LoadedFramework) {
    let fw = &loaded.framework;
    ui.heading(&fw.name);
    ui.label(
        RichText::new(i18n.tr_args(
            "browser-version",
            &[("version", fw.version.as_str().into())],
        ))
        .weak(),
    );
    let standing = standing_label(i18n, &fw.source_standing());
    ui.label(
        RichText::new(i18n.tr_args(
            "browser-requirements-standing",
            &[("standing", standing.into())],
        ))
        .weak(),
    );
    ui.add_space(theme::space::SMALL);
    ui.label(&fw.summary);
    widgets::bullet_section(ui, i18n, "browser-objectives", &fw.objectives);
    widgets::bullet_section(ui, i18n, "browser-notes", &fw.notes);
    if !fw.mechanisms.is_empty() {
        widgets::section_heading(ui, i18n, "browser-mechanisms");
        for mechanism in &fw.mechanisms {
            ui.label(RichText::new(format!("{}  {}", mechanism.id, mechanism.name)).strong());
            ui.label(&mechanism.summary);
            if !mechanism.specifications.is_empty() {
                let list = mechanism.specifications.join(" · ");
                ui.label(
                    RichText::new(i18n.tr_args("browser-specifications", &[("list", list.into())]))
                        .weak(),
                );
            }
            ui.add_space(theme::space::TIGHT);
        }
    }
    widgets::section_heading(ui, i18n, "browser-sources");
    for source in &fw.sources {
        source_ui(ui, i18n, source);
    }
    ui.add_space(theme::space::MEDIUM);
    ui.label(
        RichText::new(i18n.tr_args(
            "browser-loaded-from",
            &[("origin", loaded.origin.as_str().into())],
        ))
        .weak(),
    );
}

fn requirement_detail_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    library: &Library,
    view: &RequirementView<'_>,
    commands: &mut Vec<BrowserCommand>,
) {
    let req = view.requirement;
    let trail: Vec<String> = std::iter::once(view.framework.short_name.clone())
        .chain(view.groups.iter().map(|g| group_label(g)))
        .collect();
    ui.label(RichText::new(trail.join("  ›  ")).weak());
    widgets::heading(
        ui,
        format!("{}  {}", view.qid, req.title),
        theme::text::ITEM_TITLE,
    );
    ui.horizontal(|ui| {
        let strength = ui.label(
            RichText::new(strength_label(i18n, req))
                .font(theme::bold(theme::text::LABEL))
                .strong()
                .color(strength_color(ui, req.strength)),
        );
        if req.strength_inferred {
            strength.on_hover_text(i18n.tr("browser-strength-inferred-tooltip"));
        }
        ui.label(i18n.tr_args(
            "browser-suggested-proof",
            &[("proof", proof_label(i18n, req.proof).into())],
        ));
    });
    ui.add_space(theme::space::TIGHT);
    ui.label(RichText::new(&req.statement).font(theme::regular(theme::text::SECTION)));
    if let Some(capability) = view
        .groups
        .iter()
        .rev()
        .find(|g| g.kind == GroupKind::Capability && !g.summary.trim().is_empty())
    {
        widgets::section_title(
            ui,
            &i18n.tr_args(
                "browser-capability",
                &[("id", capability.id.as_str().into())],
            ),
        );
        ui.label(&capability.summary);
    }
    widgets::text_section(ui, i18n, "browser-why", &req.why);
    widgets::text_section(ui, i18n, "browser-question", &req.question);
    widgets::text_section(ui, i18n, "browser-guidance", &req.guidance);
    widgets::bullet_section(ui, i18n, "browser-evidence", &req.evidence);
    widgets::text_section(ui, i18n, "browser-tender-clause", &req.tender_clause);
    ways_to_meet_ui(ui, i18n, view);
    if !req.related.is_empty() {
        widgets::section_heading(ui, i18n, "browser-also-relies-on");
        ui.horizontal_wrapped(|ui| {
            for id in &req.related {
                let qid = format!("{}:{id}", view.framework.id);
                if ui.link(&qid).clicked() {
                    commands.push(BrowserCommand::Select(Selection::Requirement(qid)));
                }
            }
        });
    }
    widgets::bullet_section(ui, i18n, "browser-notes", &req.notes);

    let outgoing = library.mappings_from(view.qid);
    let incoming = library.mappings_to(view.qid);
    widgets::section_heading(ui, i18n, "browser-mappings");
    if outgoing.is_empty() && incoming.is_empty() {
        ui.label(i18n.tr("browser-no-mappings"));
    }
    for m in &outgoing {
        let phrase = relationship_phrase(i18n, m.mapping.relationship);
        mapping_row_ui(ui, i18n, library, m, &m.mapping.target, &phrase, commands);
    }
    for m in &incoming {
        let phrase = relationship_phrase(i18n, m.mapping.relationship.inverse());
        mapping_row_ui(ui, i18n, library, m, &m.mapping.source, &phrase, commands);
    }

    widgets::section_heading(ui, i18n, "browser-source");
    if let Some(source) = view.framework.sources.iter().find(|s| s.key == req.source) {
        source_ui(ui, i18n, source);
    }
    if !req.locator.is_empty() {
        ui.label(i18n.tr_args("browser-where", &[("locator", req.locator.as_str().into())]));
    }
    ui.label(i18n.tr_args(
        "browser-confidence",
        &[("confidence", confidence_label(i18n, req.confidence).into())],
    ));
    // Issue 16: an item known only from a third-party copy says so where its source is shown.
    if view.rests_on_secondary_source() {
        ui.label(RichText::new(i18n.tr("browser-secondary-only")).strong());
    }
}

/// The mechanisms and specifications named for this requirement or its capability.
fn ways_to_meet_ui(ui: &mut egui::Ui, i18n: &I18n, view: &RequirementView<'_>) {
    let ways = view.ways_to_meet();
    if ways.is_empty() {
        return;
    }
    widgets::section_heading(ui, i18n, "browser-ways-to-meet");
    for way in ways {
        let mechanism = way.mechanism;
        let mut line = format!("{} {}", mechanism.id, mechanism.name);
        let specifications = way.specifications();
        if !specifications.is_empty() {
            line.push_str(": ");
            line.push_str(&specifications.join(", "));
        }
        ui.horizontal_top(|ui| {
            ui.label("•");
            ui.vertical(|ui| {
                ui.add(egui::Label::new(line).wrap());
                if !way.way.note.trim().is_empty() {
                    ui.add(egui::Label::new(RichText::new(&way.way.note).weak()).wrap());
                }
                if let Some(group) = way.via {
                    let text = i18n.tr_args(
                        "browser-named-for-capability",
                        &[("id", group.id.as_str().into())],
                    );
                    ui.label(RichText::new(text).weak());
                }
            });
        });
    }
}

fn mapping_row_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    library: &Library,
    m: &MappingView<'_>,
    other: &str,
    phrase: &str,
    commands: &mut Vec<BrowserCommand>,
) {
    ui.horizontal_wrapped(|ui| {
        ui.label(phrase);
        let title = library
            .requirement(other)
            .map(|v| format!("{other}  {}", v.requirement.title))
            .unwrap_or_else(|| other.to_owned());
        if ui.link(title).clicked() {
            commands.push(BrowserCommand::Select(Selection::Requirement(
                other.to_owned(),
            )));
        }
        let confidence = i18n.tr_args(
            "browser-mapping-confidence",
            &[(
                "confidence",
                confidence_label(i18n, m.mapping.confidence).into(),
            )],
        );
        let tags = if m.set.derived {
            format!("({}, {confidence})", i18n.tr("browser-mapping-derived"))
        } else {
            format!("({confidence})")
        };
        ui.label(RichText::new(tags).weak());
    })
    .response
    .on_hover_text(i18n.tr_args(
        "browser-mapping-tooltip",
        &[
            ("provenance", m.mapping.provenance.as_str().into()),
            ("set", m.set.title.as_str().into()),
        ],
    ));
}

fn strength_color(ui: &egui::Ui, strength: Strength) -> egui::Color32 {
    match strength {
        Strength::Shall => theme::shall(ui.visuals()),
        Strength::Should => theme::should(ui.visuals()),
        Strength::May => theme::weak(ui.visuals()),
    }
}

/// One source: document and version, licence and address.
pub(crate) fn source_ui(ui: &mut egui::Ui, i18n: &I18n, source: &crate::catalog::Source) {
    ui.label(format!("{} ({})", source.document, source.version));
    ui.horizontal_wrapped(|ui| {
        ui.label(i18n.tr("browser-licence"));
        ui.label(&source.licence);
    });
    ui.label(RichText::new(&source.url).monospace().weak());
}
