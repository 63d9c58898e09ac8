//! The tender screen: the header (buyer, title, reference), then three parts — Items (pick from
//! the catalog or a preset, set modality, weight, proof and placement in a table, warnings),
//! Annex (the text bidders will read, and writing the annex PDF and response form) and Bids
//! (import filled forms, decide equivalences, ranking and matrix, the evaluation PDF). Draws
//! from state and returns commands.

use std::path::Path;

use egui::{CollapsingHeader, RichText, ScrollArea, TextEdit};

use crate::catalog::{Library, RequirementView};
use crate::procurement::{
    Modality, Outcome as ItemOutcome, PRESETS, PROOFS, Placement, ResponseCode, item_text,
    item_title, placeholders,
};
use crate::ui::app::MimApp;
use crate::ui::command::Command;
use crate::ui::fonts;
use crate::ui::i18n::{Arg, I18n};
use crate::ui::screens::catalog::proof_label;
use crate::ui::screens::tender::text::{
    modality_text, placement_text, preset_text, status_text, warning_text,
};
use crate::ui::screens::tender::{
    Message, Outcome, TenderCommand, TenderField, TenderTab, TenderWorkspace,
};

/// Draws the tender screen.
pub fn tender_ui(ui: &mut egui::Ui, app: &MimApp) -> Vec<Command> {
    let mut commands = Vec::new();
    let Some(ws) = &app.tender else {
        commands.push(Command::Show(crate::ui::command::Screen::Start));
        return commands;
    };
    let i18n = &app.i18n;
    let mut browse = false;
    let mut tender_commands = Vec::new();
    let mut push = |c: TenderCommand| tender_commands.push(Command::Tender(c));
    egui::Panel::top("tender-header").show(ui, |ui| header_ui(ui, i18n, ws, &mut push));
    match ws.tab {
        TenderTab::Items => {
            egui::Panel::left("tender-catalog")
                .resizable(true)
                .default_size(270.0)
                .min_size(220.0)
                .max_size(520.0)
                .show(ui, |ui| picker_ui(ui, i18n, &app.library, ws, &mut push));
            egui::CentralPanel::default().show(ui, |ui| {
                items_ui(ui, i18n, &app.library, ws, &mut push);
            });
        }
        TenderTab::Annex => {
            egui::CentralPanel::default().show(ui, |ui| {
                annex_ui(ui, i18n, &app.library, ws, &mut push);
            });
        }
        TenderTab::Bids => {
            egui::CentralPanel::default().show(ui, |ui| {
                browse = bids_ui(ui, i18n, ws, &mut push);
            });
        }
    }
    commands.extend(tender_commands);
    if browse {
        commands.push(Command::BrowseBid);
    }
    commands
}

/// Gives a widget without visible text its accessible name.
fn name(ui: &egui::Ui, response: &egui::Response, text: &str) {
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_label(text));
}

fn header_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    ws: &TenderWorkspace,
    push: &mut impl FnMut(TenderCommand),
) {
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(i18n.tr("tender-heading"))
                .font(fonts::bold(20.0))
                .strong(),
        );
        ui.label(RichText::new(ws.display_name()).weak());
        let state = if let Some(problem) = ws.save_problem() {
            RichText::new(problem).color(ui.visuals().error_fg_color)
        } else if ws.has_unsaved_changes() {
            RichText::new(i18n.tr("state-unsaved")).color(ui.visuals().warn_fg_color)
        } else {
            RichText::new(i18n.tr("state-saved")).weak()
        };
        ui.label(state);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .add_enabled(ws.can_redo(), egui::Button::new(i18n.tr("action-redo")))
                .clicked()
            {
                push(TenderCommand::Redo);
            }
            if ui
                .add_enabled(ws.can_undo(), egui::Button::new(i18n.tr("action-undo")))
                .clicked()
            {
                push(TenderCommand::Undo);
            }
        });
    });
    if ws.save_problem().is_some() {
        ui.horizontal(|ui| {
            let label = ui.label(i18n.tr("tender-save-elsewhere"));
            let mut path = ws.save_as_path.clone();
            let response = ui
                .add(TextEdit::singleline(&mut path).desired_width(420.0))
                .labelled_by(label.id);
            if response.changed() {
                push(TenderCommand::SetSaveAsPath(path));
            }
            if ui.button(i18n.tr("files-save")).clicked() {
                push(TenderCommand::SaveAs);
            }
        });
        if let Some(existing) = &ws.save_as_exists {
            let text = i18n.tr_args(
                "files-exists",
                &[("file", Arg::from(existing.display().to_string()))],
            );
            ui.label(RichText::new(text).color(ui.visuals().error_fg_color));
        }
    }
    ui.add_space(4.0);
    let tender = &ws.tender;
    let rows = [
        [
            (TenderField::Buyer, "tender-buyer", &tender.buyer, 260.0),
            (TenderField::Title, "tender-title", &tender.title, 420.0),
        ],
        [
            (
                TenderField::Reference,
                "tender-reference",
                &tender.reference,
                140.0,
            ),
            (TenderField::Date, "tender-date", &tender.date, 100.0),
        ],
    ];
    for (index, row) in rows.into_iter().enumerate() {
        ui.horizontal(|ui| {
            for (field, id, value, width) in row {
                text_field(ui, i18n, field, id, value, width, push);
                ui.add_space(12.0);
            }
            if index == 1 {
                let (field, id, value) = (TenderField::Contact, "tender-contact", &tender.contact);
                text_field(ui, i18n, field, id, value, 260.0, push);
            }
        });
    }
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        for (tab, id) in [
            (TenderTab::Items, "tender-tab-items"),
            (TenderTab::Annex, "tender-tab-annex"),
            (TenderTab::Bids, "tender-tab-bids"),
        ] {
            let text = RichText::new(i18n.tr(id)).size(15.0);
            if ui.selectable_label(ws.tab == tab, text).clicked() {
                push(TenderCommand::Tab(tab));
            }
        }
    });
    ui.add_space(4.0);
}

/// One labelled header field.
fn text_field(
    ui: &mut egui::Ui,
    i18n: &I18n,
    field: TenderField,
    id: &str,
    value: &str,
    width: f32,
    push: &mut impl FnMut(TenderCommand),
) {
    let label = ui.label(i18n.tr(id));
    let mut text = value.to_owned();
    let response = ui
        .add(TextEdit::singleline(&mut text).desired_width(width))
        .labelled_by(label.id);
    if response.changed() {
        push(TenderCommand::SetField(field, text));
    }
    if response.lost_focus() {
        push(TenderCommand::FinishTyping);
    }
}

/// The catalog to pick from: presets, search, and every requirement with a tick box.
fn picker_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    library: &Library,
    ws: &TenderWorkspace,
    push: &mut impl FnMut(TenderCommand),
) {
    ui.add_space(6.0);
    ui.label(RichText::new(i18n.tr("tender-presets")).strong());
    for preset in PRESETS {
        let (name, summary) = preset_text(i18n, &preset);
        let button = ui
            .button(i18n.tr_args("tender-add-preset", &[("name", Arg::from(name))]))
            .on_hover_text(summary);
        if button.clicked() {
            push(TenderCommand::AddPreset(preset.id.to_owned()));
        }
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let label = ui.label(i18n.tr("walk-search"));
        let mut query = ws.search.clone();
        let response = ui
            .add(
                TextEdit::singleline(&mut query)
                    .hint_text(i18n.tr("walk-search-hint"))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if response.changed() {
            push(TenderCommand::Search(query));
        }
    });
    ui.add_space(4.0);
    let query = ws.search.trim();
    ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if !query.is_empty() {
                let found = library.search(query);
                if found.is_empty() {
                    ui.label(RichText::new(i18n.tr("tender-no-match")).weak());
                }
                for view in found {
                    pick_row(ui, ws, &view, push);
                }
                return;
            }
            for loaded in library.frameworks() {
                let framework = &loaded.framework;
                let views: Vec<_> = library
                    .requirements()
                    .filter(|v| v.framework.id == framework.id)
                    .collect();
                let chosen = views
                    .iter()
                    .filter(|v| ws.tender.item(v.qid).is_some())
                    .count();
                let header = if chosen > 0 {
                    format!("{}  ({chosen}/{})", framework.short_name, views.len())
                } else {
                    framework.short_name.clone()
                };
                CollapsingHeader::new(RichText::new(header).font(fonts::bold(14.0)).strong())
                    .id_salt(("tender-fw", &framework.id))
                    .default_open(false)
                    .show(ui, |ui| {
                        let mut group = "";
                        for view in &views {
                            let top = view.groups.first().map_or("", |g| g.title.as_str());
                            if top != group {
                                group = top;
                                ui.label(RichText::new(top).weak());
                            }
                            pick_row(ui, ws, view, push);
                        }
                    });
            }
        });
}

fn pick_row(
    ui: &mut egui::Ui,
    ws: &TenderWorkspace,
    view: &RequirementView<'_>,
    push: &mut impl FnMut(TenderCommand),
) {
    let position = ws
        .tender
        .items
        .iter()
        .position(|i| i.requirement == view.qid);
    let mut chosen = position.is_some();
    let text = format!("{}  {}", view.qid, view.requirement.title);
    if ui.checkbox(&mut chosen, text).changed() {
        match position {
            Some(index) => push(TenderCommand::Remove(index)),
            None => push(TenderCommand::Add(view.qid.to_owned())),
        }
    }
}

fn warnings_ui(ui: &mut egui::Ui, i18n: &I18n, library: &Library, ws: &TenderWorkspace) {
    let warnings = ws.warnings(library);
    if warnings.is_empty() {
        ui.label(RichText::new(i18n.tr("tender-no-warnings")).weak());
        return;
    }
    for warning in warnings {
        let colour = if warning.blocks_export() {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().warn_fg_color
        };
        let text = format!("⚠ {}", warning_text(i18n, &warning));
        ui.label(RichText::new(text).color(colour));
    }
}

/// The chosen items as a table.
fn items_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    library: &Library,
    ws: &TenderWorkspace,
    push: &mut impl FnMut(TenderCommand),
) {
    let tender = &ws.tender;
    ui.add_space(4.0);
    warnings_ui(ui, i18n, library, ws);
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        let musts = tender
            .items
            .iter()
            .filter(|i| i.modality == Modality::Must)
            .count();
        ui.label(i18n.tr_args(
            "tender-counts",
            &[
                ("items", Arg::from(tender.items.len())),
                ("musts", Arg::from(musts)),
                ("weights", Arg::from(tender.weight_total() as usize)),
            ],
        ));
        if ui.button(i18n.tr("tender-spread")).clicked() {
            push(TenderCommand::SpreadWeights);
        }
    });
    ui.separator();
    if tender.items.is_empty() {
        ui.label(RichText::new(i18n.tr("tender-empty")).weak());
        return;
    }
    ScrollArea::both()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("tender-items")
                .num_columns(8)
                .striped(true)
                .spacing([10.0, 6.0])
                .show(ui, |ui| {
                    for id in [
                        "tender-col-no",
                        "tender-col-item",
                        "tender-col-modality-short",
                        "tender-col-weight",
                        "tender-col-proof",
                        "tender-col-placement",
                        "tender-col-equivalent-short",
                        "tender-col-order",
                    ] {
                        ui.label(RichText::new(i18n.tr(id)).strong());
                    }
                    ui.end_row();
                    for (index, item) in tender.items.iter().enumerate() {
                        item_row(ui, i18n, library, ws, index, item, push);
                        ui.end_row();
                    }
                });
        });
}

fn item_row(
    ui: &mut egui::Ui,
    i18n: &I18n,
    library: &Library,
    ws: &TenderWorkspace,
    index: usize,
    item: &crate::procurement::TenderItem,
    push: &mut impl FnMut(TenderCommand),
) {
    let number = index + 1;
    let item_name = |what: &str| format!("{} {number}: {what}", i18n.tr("tender-item"));
    ui.label(number.to_string());
    ui.vertical(|ui| {
        ui.set_max_width(200.0);
        ui.label(RichText::new(&item.requirement).strong());
        ui.add(egui::Label::new(item_title(item, library)).wrap());
        let clause = library
            .requirement(&item.requirement)
            .map_or("", |v| v.requirement.tender_clause.as_str());
        for (slot, placeholder) in placeholders(clause).into_iter().enumerate() {
            ui.horizontal(|ui| {
                let label = ui.label(format!("[{placeholder}]"));
                let mut value = item.fill_ins.get(slot).cloned().unwrap_or_default();
                let response = ui
                    .add(TextEdit::singleline(&mut value).desired_width(80.0))
                    .labelled_by(label.id);
                name(ui, &response, &item_name(&format!("[{placeholder}]")));
                if response.changed() {
                    push(TenderCommand::SetFillIn(index, slot, value));
                }
                if response.lost_focus() {
                    push(TenderCommand::FinishTyping);
                }
            });
        }
    });
    let mut must = item.modality == Modality::Must;
    let combo = egui::ComboBox::from_id_salt(("tender-modality", index))
        .selected_text(modality_text(i18n, item.modality))
        .width(90.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut must, true, i18n.tr("tender-must"));
            ui.selectable_value(&mut must, false, i18n.tr("tender-should"));
        });
    name(
        ui,
        &combo.response,
        &item_name(&i18n.tr("tender-col-modality")),
    );
    if must != (item.modality == Modality::Must) {
        push(TenderCommand::SetMust(index, must));
    }
    match item.modality {
        Modality::Must => {
            ui.label(RichText::new(i18n.tr("tender-pass-fail")).weak());
        }
        Modality::Should { weight } => {
            let mut value = weight;
            let response = ui.add(egui::DragValue::new(&mut value).range(0..=100));
            name(ui, &response, &item_name(&i18n.tr("tender-col-weight")));
            if value != weight {
                push(TenderCommand::SetWeight(index, value));
            }
            if response.drag_stopped() || response.lost_focus() {
                push(TenderCommand::FinishTyping);
            }
        }
    }
    let mut proof = item.proof;
    let combo = egui::ComboBox::from_id_salt(("tender-proof", index))
        .selected_text(proof_label(i18n, proof))
        .width(120.0)
        .show_ui(ui, |ui| {
            for option in PROOFS {
                ui.selectable_value(&mut proof, option, proof_label(i18n, option));
            }
        });
    name(
        ui,
        &combo.response,
        &item_name(&i18n.tr("tender-col-proof")),
    );
    if proof != item.proof {
        push(TenderCommand::SetProof(index, proof));
    }
    let mut placement = item.placement;
    let combo = egui::ComboBox::from_id_salt(("tender-placement", index))
        .selected_text(placement_text(i18n, placement, false))
        .width(175.0)
        .show_ui(ui, |ui| {
            for option in Placement::ALL {
                ui.selectable_value(&mut placement, option, placement_text(i18n, option, true));
            }
        });
    name(
        ui,
        &combo.response,
        &item_name(&i18n.tr("tender-col-placement")),
    );
    if placement != item.placement {
        push(TenderCommand::SetPlacement(index, placement));
    }
    let mut equivalent = item.or_equivalent;
    let response = ui.checkbox(&mut equivalent, "");
    name(ui, &response, &item_name(&i18n.tr("tender-col-equivalent")));
    if response.changed() {
        push(TenderCommand::SetOrEquivalent(index, equivalent));
    }
    ui.horizontal(|ui| {
        for (text, what, enabled, command) in [
            (
                "↑",
                "tender-move-up",
                index > 0,
                TenderCommand::MoveUp(index),
            ),
            (
                "↓",
                "tender-move-down",
                index + 1 < ws.tender.items.len(),
                TenderCommand::MoveDown(index),
            ),
            ("✕", "tender-remove", true, TenderCommand::Remove(index)),
        ] {
            let response = ui
                .add_enabled(enabled, egui::Button::new(text))
                .on_hover_text(i18n.tr(what));
            name(ui, &response, &item_name(&i18n.tr(what)));
            if response.clicked() {
                push(command);
            }
        }
    });
}

/// A path field with its label; returns the new text when it changed.
fn path_field(ui: &mut egui::Ui, label: &str, value: &str) -> Option<String> {
    let mut changed = None;
    ui.horizontal(|ui| {
        let label = ui.label(label);
        let mut text = value.to_owned();
        let response = ui
            .add(TextEdit::singleline(&mut text).desired_width(520.0))
            .labelled_by(label.id);
        if response.changed() {
            changed = Some(text);
        }
    });
    changed
}

fn outcome_ui(ui: &mut egui::Ui, i18n: &I18n, outcome: &Outcome) {
    match outcome {
        Some(Ok(message)) => {
            let text = message_text(i18n, message);
            ui.label(RichText::new(text).color(ui.visuals().hyperlink_color));
        }
        Some(Err(message)) => {
            let text = message_text(i18n, message);
            ui.label(RichText::new(text).color(ui.visuals().error_fg_color));
        }
        None => {}
    }
}

/// A message in the user's language.
fn message_text(i18n: &I18n, message: &Message) -> String {
    match message {
        Message::AnnexWritten { annex, pages, form } => i18n.tr_args(
            "tender-annex-written",
            &[
                ("annex", Arg::from(annex.as_str())),
                ("pages", Arg::from(*pages)),
                ("form", Arg::from(form.as_str())),
            ],
        ),
        Message::Imported { bidder, file } => i18n.tr_args(
            "tender-imported",
            &[
                ("bidder", Arg::from(bidder.as_str())),
                ("file", Arg::from(file.as_str())),
            ],
        ),
        Message::Replaced { bidder, file } => i18n.tr_args(
            "tender-replaced",
            &[
                ("bidder", Arg::from(bidder.as_str())),
                ("file", Arg::from(file.as_str())),
            ],
        ),
        Message::EvaluationWritten { file, pages } => i18n.tr_args(
            "tender-evaluation-written",
            &[
                ("file", Arg::from(file.as_str())),
                ("pages", Arg::from(*pages)),
            ],
        ),
        Message::NeedPaths => i18n.tr("tender-need-paths"),
        Message::FormEnding => i18n.tr("tender-form-ending"),
        Message::TenderHasErrors => i18n.tr("tender-has-errors"),
        Message::NoBids => i18n.tr("tender-no-bids"),
        Message::Problem(text) => text.clone(),
    }
}

/// The annex as bidders will read it, and its export.
fn annex_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    library: &Library,
    ws: &TenderWorkspace,
    push: &mut impl FnMut(TenderCommand),
) {
    ui.add_space(4.0);
    warnings_ui(ui, i18n, library, ws);
    ui.add_space(6.0);
    if let Some(path) = path_field(ui, &i18n.tr("tender-annex-file"), &ws.annex_path) {
        push(TenderCommand::SetAnnexPath(path));
    }
    if let Some(path) = path_field(ui, &i18n.tr("tender-form-file"), &ws.form_path) {
        push(TenderCommand::SetFormPath(path));
    }
    let blocked = ws.warnings(library).iter().any(|w| w.blocks_export());
    if ui
        .add_enabled(!blocked, egui::Button::new(i18n.tr("tender-export-annex")))
        .clicked()
    {
        push(TenderCommand::ExportAnnex);
    }
    outcome_ui(ui, i18n, &ws.annex_outcome);
    ui.separator();
    ui.label(RichText::new(i18n.tr("tender-preview")).strong());
    ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(900.0);
            for (index, item) in ws.tender.items.iter().enumerate() {
                ui.add_space(6.0);
                ui.label(
                    RichText::new(format!(
                        "{}. {} — {}",
                        index + 1,
                        item.requirement,
                        item_title(item, library)
                    ))
                    .strong(),
                );
                ui.add(egui::Label::new(item_text(item, library)).wrap());
                ui.label(
                    RichText::new(format!(
                        "{} · {} · {} · {}",
                        item.modality.keyword(),
                        item.modality.weight_label(),
                        item.proof.label(),
                        item.placement.label()
                    ))
                    .weak(),
                );
            }
        });
}

/// Bidders' forms, equivalence decisions, ranking, matrix and the evaluation's export.
/// Returns true when the user asked for the file dialog.
fn bids_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    ws: &TenderWorkspace,
    push: &mut impl FnMut(TenderCommand),
) -> bool {
    let mut browse = false;
    ScrollArea::both()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.add_space(4.0);
            ui.label(i18n.tr("tender-bids-intro"));
            if let Some(path) = path_field(ui, &i18n.tr("tender-import-file"), &ws.import_path) {
                push(TenderCommand::SetImportPath(path));
            }
            ui.horizontal(|ui| {
                if ui.button(i18n.tr("tender-import")).clicked() {
                    push(TenderCommand::Import);
                }
                if ui.button(i18n.tr("files-browse")).clicked() {
                    browse = true;
                }
            });
            outcome_ui(ui, i18n, &ws.import_outcome);
            found_forms_ui(ui, i18n, ws, push);
            kept_form_problems_ui(ui, i18n, ws, push);
            if ws.forms.bids.is_empty() {
                return;
            }
            let evaluation = ws.evaluation();
            ui.separator();
            ui.label(
                RichText::new(i18n.tr("tender-ranking"))
                    .font(fonts::bold(16.0))
                    .strong(),
            );
            egui::Grid::new("tender-ranking")
                .num_columns(5)
                .striped(true)
                .spacing([14.0, 4.0])
                .show(ui, |ui| {
                    for id in [
                        "tender-col-rank",
                        "tender-col-bidder",
                        "tender-col-points",
                        "tender-col-status",
                        "tender-col-file",
                    ] {
                        ui.label(RichText::new(i18n.tr(id)).strong());
                    }
                    ui.end_row();
                    for bid in &evaluation.bids {
                        ui.label(bid.rank.map_or("–".to_owned(), |r| r.to_string()));
                        ui.label(&bid.bidder);
                        ui.label(format!("{} / {}", bid.points, bid.available));
                        ui.label(status_text(i18n, &bid.status));
                        let entry = ws.forms.entry_of(&bid.bidder);
                        ui.horizontal(|ui| {
                            if let Some(entry) = entry {
                                ui.label(RichText::new(entry).weak());
                                let response = ui.button("✕");
                                name(
                                    ui,
                                    &response,
                                    &i18n.tr_args(
                                        "tender-remove-bid",
                                        &[("bidder", Arg::from(bid.bidder.as_str()))],
                                    ),
                                );
                                if response.clicked() {
                                    push(TenderCommand::RemoveForm(entry.to_owned()));
                                }
                            }
                        });
                        ui.end_row();
                    }
                });
            equivalences_ui(ui, i18n, ws, push);
            ui.separator();
            ui.label(
                RichText::new(i18n.tr("tender-matrix"))
                    .font(fonts::bold(16.0))
                    .strong(),
            );
            egui::Grid::new("tender-matrix")
                .num_columns(2 + evaluation.bids.len())
                .striped(true)
                .spacing([14.0, 4.0])
                .show(ui, |ui| {
                    ui.label(RichText::new(i18n.tr("tender-col-no")).strong());
                    ui.label(RichText::new(i18n.tr("tender-col-item")).strong());
                    for bid in &evaluation.bids {
                        ui.label(RichText::new(&bid.bidder).strong());
                    }
                    ui.end_row();
                    for (index, item) in ws.tender.items.iter().enumerate() {
                        ui.label((index + 1).to_string());
                        let weight = match item.modality {
                            Modality::Must => i18n.tr("tender-pass-fail"),
                            Modality::Should { weight } => weight.to_string(),
                        };
                        ui.label(format!("{} ({weight})", item.requirement));
                        for bid in &evaluation.bids {
                            let cell = bid.items.get(index).map_or(String::new(), |r| {
                                let mut text = match r.outcome {
                                    ItemOutcome::Pass => i18n.tr("tender-pass"),
                                    ItemOutcome::Fail => i18n.tr("tender-fail"),
                                    ItemOutcome::Pending => i18n.tr("tender-pending"),
                                    ItemOutcome::Points { earned, weight } => {
                                        format!("{earned} / {weight}")
                                    }
                                };
                                if r.code == ResponseCode::MeetsEquivalent {
                                    text.push_str(" (≈)");
                                }
                                text
                            });
                            ui.label(cell);
                        }
                        ui.end_row();
                    }
                });
            ui.separator();
            if let Some(path) =
                path_field(ui, &i18n.tr("tender-evaluation-file"), &ws.evaluation_path)
            {
                push(TenderCommand::SetEvaluationPath(path));
            }
            if ui.button(i18n.tr("tender-export-evaluation")).clicked() {
                push(TenderCommand::ExportEvaluation);
            }
            outcome_ui(ui, i18n, &ws.evaluation_outcome);
        });
    browse
}

/// Forms kept with the tender that cannot be used now (each with its problems and a way to
/// take it off the list), and forms that changed since they were imported.
fn kept_form_problems_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    ws: &TenderWorkspace,
    push: &mut impl FnMut(TenderCommand),
) {
    for entry in &ws.forms.changed {
        let text = i18n.tr_args(
            "tender-form-changed",
            &[("file", Arg::from(entry.as_str()))],
        );
        ui.label(RichText::new(format!("⚠ {text}")).color(ui.visuals().warn_fg_color));
    }
    if ws.forms.set_aside.is_empty() {
        return;
    }
    ui.separator();
    ui.label(RichText::new(i18n.tr("tender-set-aside")).color(ui.visuals().error_fg_color));
    for (entry, problems) in &ws.forms.set_aside {
        ui.horizontal(|ui| {
            ui.label(RichText::new(entry).strong());
            let response = ui.button("✕");
            name(
                ui,
                &response,
                &i18n.tr_args("tender-remove-form", &[("file", Arg::from(entry.as_str()))]),
            );
            if response.clicked() {
                push(TenderCommand::RemoveForm(entry.clone()));
            }
        });
        ui.label(RichText::new(problems).weak());
    }
}

/// The spreadsheets in the import folder, each imported with one click.
fn found_forms_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    ws: &TenderWorkspace,
    push: &mut impl FnMut(TenderCommand),
) {
    if ws.found_forms.is_empty() {
        return;
    }
    ui.label(
        RichText::new(i18n.tr_args(
            "tender-found-forms",
            &[(
                "folder",
                Arg::from(ws.import_folder().display().to_string()),
            )],
        ))
        .weak(),
    );
    ui.horizontal_wrapped(|ui| {
        for path in &ws.found_forms {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let imported = ws
                .forms
                .bids
                .iter()
                .any(|b| Path::new(&b.source) == path.as_path());
            let text = if imported {
                format!("✓ {name}")
            } else {
                name
            };
            if ui.button(text).clicked() {
                push(TenderCommand::ImportFile(path.clone()));
            }
        }
    });
}

/// Every "meets by equivalent" answer with the evaluator's decision.
fn equivalences_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    ws: &TenderWorkspace,
    push: &mut impl FnMut(TenderCommand),
) {
    let claims: Vec<_> = ws
        .forms
        .bids
        .iter()
        .flat_map(|bid| {
            bid.answers
                .iter()
                .filter(|a| a.code == ResponseCode::MeetsEquivalent)
                .map(move |a| (bid, a))
        })
        .collect();
    if claims.is_empty() {
        return;
    }
    ui.separator();
    ui.label(
        RichText::new(i18n.tr("tender-equivalences"))
            .font(fonts::bold(16.0))
            .strong(),
    );
    for (bid, answer) in claims {
        let number = ws.tender.number_of(&answer.requirement).unwrap_or(0);
        let current = ws
            .tender
            .decision(&bid.bidder, &answer.requirement, &bid.fingerprint)
            .map(|d| d.accepted);
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(format!(
                    "{} — {} {number} ({})",
                    bid.bidder,
                    i18n.tr("tender-item"),
                    answer.requirement
                ))
                .strong(),
            );
            let mut choice = current;
            let label = |c: Option<bool>| match c {
                None => i18n.tr("tender-undecided"),
                Some(true) => i18n.tr("tender-accepted"),
                Some(false) => i18n.tr("tender-rejected"),
            };
            let combo = egui::ComboBox::from_id_salt(("tender-decision", &bid.bidder, number))
                .selected_text(label(choice))
                .show_ui(ui, |ui| {
                    for option in [None, Some(true), Some(false)] {
                        ui.selectable_value(&mut choice, option, label(option));
                    }
                });
            name(
                ui,
                &combo.response,
                &i18n.tr_args(
                    "tender-decision-for",
                    &[
                        ("bidder", Arg::from(bid.bidder.as_str())),
                        ("number", Arg::from(number)),
                    ],
                ),
            );
            if choice != current {
                push(TenderCommand::Decide {
                    bidder: bid.bidder.clone(),
                    requirement: answer.requirement.clone(),
                    accepted: choice,
                });
            }
        });
        ui.label(RichText::new(format!("“{}” — {}", answer.comment, answer.evidence)).weak());
    }
}
