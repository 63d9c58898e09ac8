//! The catalog browser: frameworks and groups on the left, one requirement's full text and its
//! mappings in both directions on the right, and a search by id or words.
//!
//! The view only reads state and returns [`BrowserCommand`]s; [`BrowserState::apply`] is the one
//! place that changes the state.

use egui::{CollapsingHeader, RichText, ScrollArea, TextEdit};

use super::{about, fonts};
use crate::catalog::{
    Framework, FrameworkKind, Group, GroupItem, GroupKind, Library, LoadedFramework, MappingView,
    RequirementView, Strength,
};

/// What the browser shows on the right.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Selection {
    /// Nothing chosen yet: an overview of all frameworks.
    #[default]
    Overview,
    /// Sources, versions, licences and the credits they require.
    About,
    /// A framework's description, sources and notes.
    Framework(String),
    /// One requirement by qualified id.
    Requirement(String),
}

/// The browser's state; kept small so that it can be saved and restored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BrowserState {
    /// The search text.
    pub query: String,
    /// What is shown on the right.
    pub selection: Selection,
    /// Earlier selections, for Back.
    history: Vec<Selection>,
}

/// Everything the user can do in the browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BrowserCommand {
    /// Change the search text.
    SetQuery(String),
    /// Show something else on the right.
    Select(Selection),
    /// Go back to what was shown before.
    Back,
}

impl BrowserState {
    /// Applies one command.
    pub fn apply(&mut self, command: BrowserCommand) {
        match command {
            BrowserCommand::SetQuery(query) => self.query = query,
            BrowserCommand::Select(selection) => {
                if selection != self.selection {
                    let previous = std::mem::replace(&mut self.selection, selection);
                    self.history.push(previous);
                }
            }
            BrowserCommand::Back => {
                if let Some(previous) = self.history.pop() {
                    self.selection = previous;
                }
            }
        }
    }

    /// Whether Back has somewhere to go.
    pub fn can_go_back(&self) -> bool {
        !self.history.is_empty()
    }
}

/// Draws the search bar; returns what the user asked for.
pub fn search_bar_ui(
    ui: &mut egui::Ui,
    state: &BrowserState,
    hits: Option<usize>,
) -> Vec<BrowserCommand> {
    let mut commands = Vec::new();
    ui.horizontal(|ui| {
        if ui
            .add_enabled(state.can_go_back(), egui::Button::new("◀ Back"))
            .on_hover_text("Show what was shown before")
            .clicked()
        {
            commands.push(BrowserCommand::Back);
        }
        let label = ui.label("Search");
        let mut query = state.query.clone();
        let response = ui
            .add(
                TextEdit::singleline(&mut query)
                    .hint_text("an id such as 5.15 or words such as encryption")
                    .desired_width(320.0),
            )
            .labelled_by(label.id)
            .on_hover_text("Ctrl+F");
        if ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::F)) {
            response.request_focus();
        }
        if response.changed() {
            commands.push(BrowserCommand::SetQuery(query));
        }
        if !state.query.is_empty() {
            if ui.button("Clear").clicked() {
                commands.push(BrowserCommand::SetQuery(String::new()));
            }
            if let Some(n) = hits {
                ui.label(match n {
                    0 => "no requirement matches".to_owned(),
                    1 => "1 requirement matches".to_owned(),
                    n => format!("{n} requirements match"),
                });
            }
        }
    });
    commands
}

/// Draws the left side: the framework tree, or the search results while a search is active.
pub fn navigation_ui(
    ui: &mut egui::Ui,
    library: &Library,
    state: &BrowserState,
) -> Vec<BrowserCommand> {
    scrolling(ui, |ui, commands| {
        if state.query.trim().is_empty() {
            for (selection, label) in [
                (Selection::Overview, "All frameworks"),
                (Selection::About, "About, sources and licences"),
            ] {
                if ui
                    .selectable_label(state.selection == selection, label)
                    .clicked()
                {
                    commands.push(BrowserCommand::Select(selection));
                }
            }
            ui.separator();
            for loaded in library.frameworks() {
                framework_tree_ui(ui, &loaded.framework, state, commands);
            }
        } else {
            let hits = library.search(&state.query);
            if hits.is_empty() {
                ui.label("Nothing matches. Try an id (such as A.5.15 or R1) or fewer words.");
            }
            for view in hits {
                search_hit_ui(ui, &view, state, commands);
            }
        }
    })
}

/// A vertical scroll area filling the space, whose contents collect commands.
fn scrolling(
    ui: &mut egui::Ui,
    add_contents: impl FnOnce(&mut egui::Ui, &mut Vec<BrowserCommand>),
) -> Vec<BrowserCommand> {
    let mut commands = Vec::new();
    ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| add_contents(ui, &mut commands));
    commands
}

fn framework_tree_ui(
    ui: &mut egui::Ui,
    fw: &Framework,
    state: &BrowserState,
    commands: &mut Vec<BrowserCommand>,
) {
    let header = CollapsingHeader::new(RichText::new(&fw.name).font(fonts::bold(14.0)))
        .id_salt(("framework", &fw.id))
        .default_open(false);
    let response = header.show(ui, |ui| {
        let selected = state.selection == Selection::Framework(fw.id.clone());
        if ui
            .selectable_label(selected, format!("About {}", fw.short_name))
            .clicked()
        {
            commands.push(BrowserCommand::Select(Selection::Framework(fw.id.clone())));
        }
        for group in &fw.groups {
            group_tree_ui(ui, fw, group, state, commands);
        }
    });
    response.header_response.on_hover_text(format!(
        "{} requirements in {} groups",
        fw.requirement_count(),
        fw.group_count()
    ));
}

fn group_tree_ui(
    ui: &mut egui::Ui,
    fw: &Framework,
    group: &Group,
    state: &BrowserState,
    commands: &mut Vec<BrowserCommand>,
) {
    let count = group.requirement_count();
    let title = format!("{} ({count})", group_label(group));
    let selected_inside = match &state.selection {
        Selection::Requirement(qid) => qid
            .split_once(':')
            .is_some_and(|(f, local)| f == fw.id && group_contains(group, local)),
        _ => false,
    };
    CollapsingHeader::new(title)
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
                    GroupItem::Group(_, child) => group_tree_ui(ui, fw, child, state, commands),
                    GroupItem::Requirement(_, req) => {
                        let qid = format!("{}:{}", fw.id, req.id);
                        let selected = state.selection == Selection::Requirement(qid.clone());
                        let text = format!("{}  {}", req.id, req.title);
                        if ui.selectable_label(selected, text).clicked() {
                            commands.push(BrowserCommand::Select(Selection::Requirement(qid)));
                        }
                    }
                }
            }
        });
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
    if ui.selectable_label(selected, text).clicked() {
        commands.push(BrowserCommand::Select(Selection::Requirement(
            view.qid.to_owned(),
        )));
    }
}

/// Draws the right side for the current selection.
pub fn detail_ui(
    ui: &mut egui::Ui,
    library: &Library,
    state: &BrowserState,
) -> Vec<BrowserCommand> {
    scrolling(ui, |ui, commands| {
        ui.set_max_width(ui.available_width().min(820.0));
        match &state.selection {
            Selection::Overview => overview_ui(ui, library, commands),
            Selection::About => about::about_ui(ui, library, commands),
            Selection::Framework(id) => {
                match library.frameworks().iter().find(|l| &l.framework.id == id) {
                    Some(loaded) => framework_detail_ui(ui, loaded),
                    None => {
                        ui.label(format!("The framework {id} is not loaded."));
                    }
                }
            }
            Selection::Requirement(qid) => match library.requirement(qid) {
                Some(view) => requirement_detail_ui(ui, library, &view, commands),
                None => {
                    ui.label(format!(
                        "The requirement {qid} is not in the loaded catalogs."
                    ));
                }
            },
        }
    })
}

fn overview_ui(ui: &mut egui::Ui, library: &Library, commands: &mut Vec<BrowserCommand>) {
    ui.heading("Checklist catalog");
    ui.label(
        "Browse the requirements of the MIMs, ISO/IEC 27001:2022 and NIS2, and the common tender \
         clauses. Open a framework on the left, or search by id or words above. Each requirement shows what it asks, why it matters, \
         how to assess it, what to write in a tender, and how it maps to the other frameworks.",
    );
    ui.add_space(8.0);
    egui::Grid::new("framework-overview")
        .striped(true)
        .num_columns(4)
        .spacing([24.0, 6.0])
        .show(ui, |ui| {
            for title in ["Framework", "Kind", "Groups", "Requirements"] {
                ui.label(RichText::new(title).font(fonts::bold(13.0)));
            }
            ui.end_row();
            for loaded in library.frameworks() {
                let fw = &loaded.framework;
                if ui.link(&fw.name).on_hover_text(&fw.version).clicked() {
                    commands.push(BrowserCommand::Select(Selection::Framework(fw.id.clone())));
                }
                ui.label(kind_label(fw.kind));
                ui.label(fw.group_count().to_string());
                ui.label(fw.requirement_count().to_string());
                ui.end_row();
            }
        });
}

pub(super) fn kind_label(kind: FrameworkKind) -> &'static str {
    match kind {
        FrameworkKind::Mim => "MIM",
        FrameworkKind::Standard => "Standard",
        FrameworkKind::Regulation => "EU law",
        FrameworkKind::ClauseLibrary => "Tender clauses",
    }
}

fn framework_detail_ui(ui: &mut egui::Ui, loaded: &LoadedFramework) {
    let fw = &loaded.framework;
    ui.heading(&fw.name);
    ui.label(RichText::new(format!("Version: {}", fw.version)).weak());
    ui.label(RichText::new(format!("Requirements: {}", fw.source_standing().describe())).weak());
    ui.add_space(6.0);
    ui.label(&fw.summary);
    bullet_section(ui, "Objectives", &fw.objectives);
    bullet_section(ui, "Notes", &fw.notes);
    if !fw.mechanisms.is_empty() {
        section_heading(ui, "Mechanisms: ways to meet the requirements");
        for mechanism in &fw.mechanisms {
            ui.label(RichText::new(format!("{}  {}", mechanism.id, mechanism.name)).strong());
            ui.label(&mechanism.summary);
            if !mechanism.specifications.is_empty() {
                ui.label(
                    RichText::new(format!(
                        "Specifications: {}",
                        mechanism.specifications.join(" · ")
                    ))
                    .weak(),
                );
            }
            ui.add_space(4.0);
        }
    }
    section_heading(ui, "Sources");
    for source in &fw.sources {
        source_ui(ui, source);
    }
    ui.add_space(8.0);
    ui.label(RichText::new(format!("Loaded from {}", loaded.origin)).weak());
}

fn requirement_detail_ui(
    ui: &mut egui::Ui,
    library: &Library,
    view: &RequirementView<'_>,
    commands: &mut Vec<BrowserCommand>,
) {
    let req = view.requirement;
    let trail: Vec<String> = std::iter::once(view.framework.short_name.clone())
        .chain(view.groups.iter().map(|g| group_label(g)))
        .collect();
    ui.label(RichText::new(trail.join("  ›  ")).weak());
    ui.label(RichText::new(format!("{}  {}", view.qid, req.title)).font(fonts::bold(20.0)));
    ui.horizontal(|ui| {
        let strength = ui.label(
            RichText::new(req.strength_label())
                .font(fonts::bold(13.0))
                .color(strength_color(ui, req.strength)),
        );
        if req.strength_inferred {
            strength.on_hover_text(
                "The source states this without SHALL, SHOULD or MAY; the strength is our reading.",
            );
        }
        ui.label(format!("Suggested proof: {}", req.proof.label()));
    });
    ui.add_space(4.0);
    ui.label(RichText::new(&req.statement).size(15.0));
    if let Some(capability) = view
        .groups
        .iter()
        .rev()
        .find(|g| g.kind == GroupKind::Capability && !g.summary.trim().is_empty())
    {
        text_section(
            ui,
            &format!("Capability {}", capability.id),
            &capability.summary,
        );
    }
    text_section(ui, "Why it matters", &req.why);
    text_section(ui, "Assessment question", &req.question);
    text_section(ui, "What good looks like", &req.guidance);
    bullet_section(ui, "Evidence examples", &req.evidence);
    text_section(ui, "Tender clause", &req.tender_clause);
    ways_to_meet_ui(ui, view);
    if !req.related.is_empty() {
        section_heading(ui, "Also relies on");
        ui.horizontal_wrapped(|ui| {
            for id in &req.related {
                let qid = format!("{}:{id}", view.framework.id);
                if ui.link(&qid).clicked() {
                    commands.push(BrowserCommand::Select(Selection::Requirement(qid)));
                }
            }
        });
    }
    bullet_section(ui, "Notes", &req.notes);

    let outgoing = library.mappings_from(view.qid);
    let incoming = library.mappings_to(view.qid);
    section_heading(ui, "Mappings");
    if outgoing.is_empty() && incoming.is_empty() {
        ui.label("No mapping to other frameworks is recorded for this requirement.");
    }
    for m in &outgoing {
        mapping_row_ui(
            ui,
            library,
            m,
            &m.mapping.target,
            m.mapping.relationship.phrase(),
            commands,
        );
    }
    for m in &incoming {
        mapping_row_ui(
            ui,
            library,
            m,
            &m.mapping.source,
            m.mapping.relationship.inverse().phrase(),
            commands,
        );
    }

    section_heading(ui, "Source");
    if let Some(source) = view.framework.sources.iter().find(|s| s.key == req.source) {
        source_ui(ui, source);
    }
    if !req.locator.is_empty() {
        ui.label(format!("Where: {}", req.locator));
    }
    ui.label(format!(
        "Confidence that this reflects the source: {}",
        req.confidence.label()
    ));
}

/// The mechanisms and specifications named for this requirement or its capability.
fn ways_to_meet_ui(ui: &mut egui::Ui, view: &RequirementView<'_>) {
    let ways = view.ways_to_meet();
    if ways.is_empty() {
        return;
    }
    section_heading(ui, "Ways to meet this");
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
                    ui.label(RichText::new(format!("Named for capability {}", group.id)).weak());
                }
            });
        });
    }
}

fn mapping_row_ui(
    ui: &mut egui::Ui,
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
        let mut tags = vec![format!("confidence {}", m.mapping.confidence.label())];
        if m.set.derived {
            tags.insert(0, "derived".to_owned());
        }
        ui.label(RichText::new(format!("({})", tags.join(", "))).weak());
    })
    .response
    .on_hover_text(format!("{}\nFrom: {}", m.mapping.provenance, m.set.title));
}

fn strength_color(ui: &egui::Ui, strength: Strength) -> egui::Color32 {
    let dark = ui.visuals().dark_mode;
    match (strength, dark) {
        (Strength::Shall, false) => egui::Color32::from_rgb(0xa3, 0x1f, 0x1f),
        (Strength::Shall, true) => egui::Color32::from_rgb(0xff, 0x8a, 0x80),
        (Strength::Should, false) => egui::Color32::from_rgb(0x8a, 0x5a, 0x00),
        (Strength::Should, true) => egui::Color32::from_rgb(0xff, 0xcc, 0x66),
        (Strength::May, _) => ui.visuals().weak_text_color(),
    }
}

pub(super) fn section_heading(ui: &mut egui::Ui, title: &str) {
    ui.add_space(10.0);
    ui.label(RichText::new(title).font(fonts::bold(14.0)));
}

fn text_section(ui: &mut egui::Ui, title: &str, text: &str) {
    if text.trim().is_empty() {
        return;
    }
    section_heading(ui, title);
    ui.label(text);
}

fn bullet_section(ui: &mut egui::Ui, title: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    section_heading(ui, title);
    for item in items {
        bullet(ui, item);
    }
}

/// One bullet-list item with a hanging indent.
pub(super) fn bullet(ui: &mut egui::Ui, text: &str) {
    ui.horizontal_top(|ui| {
        ui.label("•");
        ui.add(egui::Label::new(text).wrap());
    });
}

pub(super) fn source_ui(ui: &mut egui::Ui, source: &crate::catalog::Source) {
    ui.label(format!("{} ({})", source.document, source.version));
    ui.horizontal_wrapped(|ui| {
        ui.label("Licence:");
        ui.label(&source.licence);
    });
    ui.label(RichText::new(&source.url).monospace().weak());
}
