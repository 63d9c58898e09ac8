//! The tender screen's Items part: the catalog to pick from (presets, search, every
//! requirement with a tick box) and the chosen items as a table — modality, weight, proof,
//! placement, "or equivalent", fill-ins and order — under the buyer's warnings.

use egui::{CollapsingHeader, RichText, ScrollArea, TextEdit};

use crate::catalog::RequirementView;
use crate::procurement::{
    Modality, PRESETS, PROOFS, Placement, TenderEdit, TenderItem, item_title, placeholders,
};
use crate::ui::a11y;
use crate::ui::fonts;
use crate::ui::i18n::{Arg, I18n};
use crate::ui::screens::catalog::proof_label;
use crate::ui::screens::tender::text::{modality_text, placement_text, preset_text};
use crate::ui::screens::tender::{TenderCommand, TenderWorkspace};
use crate::ui::theme;

use super::view::{TenderContext, name, warnings_ui};

/// The catalog to pick from: presets, search, and every requirement with a tick box.
pub(super) fn picker_ui(
    ui: &mut egui::Ui,
    context: &TenderContext<'_>,
    ws: &TenderWorkspace,
    push: &mut impl FnMut(TenderCommand),
) {
    let (i18n, library) = (context.i18n, context.library);
    ui.add_space(6.0);
    ui.label(RichText::new(i18n.tr("tender-presets")).strong());
    for preset in PRESETS {
        let (name, summary) = preset_text(i18n, &preset);
        let button = ui
            .button(i18n.tr_args("tender-add-preset", &[("name", Arg::from(name))]))
            .on_hover_text(summary);
        if button.clicked() {
            push(TenderCommand::Edit(TenderEdit::AddPreset(
                preset.id.to_owned(),
            )));
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
    let area = ScrollArea::vertical()
        .id_salt("tender-catalog")
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
                CollapsingHeader::new(
                    RichText::new(header)
                        .font(fonts::bold(theme::TENDER_FRAMEWORK_SIZE))
                        .strong(),
                )
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
    a11y::name_scroll_bars(ui, area.id, &i18n.tr("a11y-scroll-tree"));
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
            Some(index) => push(TenderCommand::Edit(TenderEdit::Remove(index))),
            None => push(TenderCommand::Edit(TenderEdit::Add(view.qid.to_owned()))),
        }
    }
}

/// The chosen items as a table.
pub(super) fn items_ui(
    ui: &mut egui::Ui,
    context: &TenderContext<'_>,
    ws: &TenderWorkspace,
    push: &mut impl FnMut(TenderCommand),
) {
    let i18n = context.i18n;
    let tender = &ws.tender;
    ui.add_space(4.0);
    warnings_ui(ui, i18n, ws);
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        let musts = tender.must_count();
        ui.label(i18n.tr_args(
            "tender-counts",
            &[
                ("items", Arg::from(tender.items.len())),
                ("musts", Arg::from(musts)),
                ("weights", Arg::from(tender.weight_total() as usize)),
            ],
        ));
        if ui.button(i18n.tr("tender-spread")).clicked() {
            push(TenderCommand::Edit(TenderEdit::SpreadWeights));
        }
    });
    ui.separator();
    if tender.items.is_empty() {
        ui.label(RichText::new(i18n.tr("tender-empty")).weak());
        return;
    }
    let room = ui.available_width();
    let column = ItemColumn::load(ui, room);
    let area = ScrollArea::both()
        .id_salt("tender-items")
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
                        if id == "tender-col-item" {
                            column.header_ui(ui, i18n);
                        } else {
                            ui.label(RichText::new(i18n.tr(id)).strong());
                        }
                    }
                    ui.end_row();
                    for (index, item) in tender.items.iter().enumerate() {
                        item_row(ui, context, ws, index, item, column.width, push);
                        ui.end_row();
                    }
                });
        });
    a11y::name_scroll_bars(ui, area.id, &i18n.tr("a11y-scroll-table"));
}

/// The items table's Item column: as wide as the room the other columns leave (so it grows
/// with the window and as the catalog panel narrows), or as wide as the user dragged it, which
/// is remembered across sessions; double-clicking the handle goes back to filling the room.
/// The other columns' width is a measured constant, not measured each frame: a width that
/// followed the table's own would feed back into its layout.
struct ItemColumn {
    /// The width the column's cells are laid out at this frame.
    width: f32,
}

impl ItemColumn {
    /// Where the width the user chose is kept (persisted with the window's memory).
    fn chosen_id() -> egui::Id {
        egui::Id::unique("tender-item-column-width")
    }

    fn load(ui: &egui::Ui, room: f32) -> ItemColumn {
        let [narrowest, widest] = theme::TENDER_ITEM_COLUMN_WIDTH;
        let chosen = ui.data_mut(|d| d.get_persisted::<f32>(Self::chosen_id()));
        let fill = room - theme::TENDER_OTHER_COLUMNS_WIDTH;
        ItemColumn {
            width: chosen.unwrap_or(fill).clamp(narrowest, widest),
        }
    }

    /// The column's heading with a handle to drag (or move with the arrow keys) its width.
    fn header_ui(&self, ui: &mut egui::Ui, i18n: &I18n) {
        ui.horizontal(|ui| {
            let heading = ui.label(RichText::new(i18n.tr("tender-col-item")).strong());
            let handle_width = 10.0;
            let spacing = ui.spacing().item_spacing.x;
            ui.add_space(
                (self.width - heading.rect.width() - handle_width - 2.0 * spacing).max(0.0),
            );
            {
                let size = egui::vec2(handle_width, ui.spacing().interact_size.y);
                let (rect, response) = ui.allocate_exact_size(size, egui::Sense::click_and_drag());
                name(ui, &response, &i18n.tr("tender-item-column-width"));
                let response = response
                    .on_hover_cursor(egui::CursorIcon::ResizeHorizontal)
                    .on_hover_text(i18n.tr("tender-item-column-width-hint"));
                // Asked before `input`, which holds the context while it runs.
                let focused = response.has_focus();
                if focused {
                    // The arrow keys resize the column rather than move the focus away.
                    let filter = egui::EventFilter {
                        horizontal_arrows: true,
                        ..Default::default()
                    };
                    ui.memory_mut(|m| m.set_focus_lock_filter(response.id, filter));
                }
                let stroke = if response.hovered() || response.dragged() || focused {
                    ui.visuals().widgets.active.fg_stroke
                } else {
                    ui.visuals().widgets.noninteractive.bg_stroke
                };
                ui.painter().vline(rect.center().x, rect.y_range(), stroke);
                let step = ui.input(|input| {
                    if !focused {
                        0.0
                    } else if input.key_pressed(egui::Key::ArrowRight) {
                        40.0
                    } else if input.key_pressed(egui::Key::ArrowLeft) {
                        -40.0
                    } else {
                        0.0
                    }
                });
                let change = response.drag_delta().x + step;
                if response.double_clicked() {
                    ui.data_mut(|d| d.remove::<f32>(Self::chosen_id()));
                } else if change != 0.0 {
                    let [narrowest, widest] = theme::TENDER_ITEM_COLUMN_WIDTH;
                    let width = (self.width + change).clamp(narrowest, widest);
                    ui.data_mut(|d| d.insert_persisted(Self::chosen_id(), width));
                }
            }
        });
    }
}

/// One row of the items table.
fn item_row(
    ui: &mut egui::Ui,
    context: &TenderContext<'_>,
    ws: &TenderWorkspace,
    index: usize,
    item: &TenderItem,
    item_width: f32,
    push: &mut impl FnMut(TenderCommand),
) {
    let i18n = context.i18n;
    let number = index + 1;
    let item_name = |what: &str| format!("{} {number}: {what}", i18n.tr("tender-item"));
    ui.label(number.to_string());
    requirement_cell_ui(ui, context, index, item, item_width, &item_name, push);
    modality_cells_ui(ui, i18n, index, item, &item_name, push);
    let edit = |e: TenderEdit| TenderCommand::Edit(e);
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
        push(edit(TenderEdit::SetProof(index, proof)));
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
        push(edit(TenderEdit::SetPlacement(index, placement)));
    }
    let mut equivalent = item.or_equivalent;
    let response = ui.checkbox(&mut equivalent, "");
    name(ui, &response, &item_name(&i18n.tr("tender-col-equivalent")));
    if response.changed() {
        push(edit(TenderEdit::SetOrEquivalent(index, equivalent)));
    }
    order_buttons_ui(ui, i18n, ws, index, &item_name, push);
}

/// The requirement's id and title, with a field for each placeholder of its clause.
fn requirement_cell_ui(
    ui: &mut egui::Ui,
    context: &TenderContext<'_>,
    index: usize,
    item: &TenderItem,
    width: f32,
    item_name: &impl Fn(&str) -> String,
    push: &mut impl FnMut(TenderCommand),
) {
    let library = context.library;
    ui.vertical(|ui| {
        ui.set_width(width);
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
                    push(TenderCommand::Edit(TenderEdit::SetFillIn {
                        item: index,
                        slot,
                        text: value,
                    }));
                }
                if response.lost_focus() {
                    push(TenderCommand::FinishTyping);
                }
            });
        }
    });
}

/// MUST or SHOULD, and a SHOULD's weight.
fn modality_cells_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    index: usize,
    item: &TenderItem,
    item_name: &impl Fn(&str) -> String,
    push: &mut impl FnMut(TenderCommand),
) {
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
        push(TenderCommand::Edit(TenderEdit::SetMust(index, must)));
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
                push(TenderCommand::Edit(TenderEdit::SetWeight(index, value)));
            }
            if response.drag_stopped() || response.lost_focus() {
                push(TenderCommand::FinishTyping);
            }
        }
    }
}

/// Move up, move down, remove.
fn order_buttons_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    ws: &TenderWorkspace,
    index: usize,
    item_name: &impl Fn(&str) -> String,
    push: &mut impl FnMut(TenderCommand),
) {
    ui.horizontal(|ui| {
        for (text, what, enabled, edit) in [
            ("↑", "tender-move-up", index > 0, TenderEdit::MoveUp(index)),
            (
                "↓",
                "tender-move-down",
                index + 1 < ws.tender.items.len(),
                TenderEdit::MoveDown(index),
            ),
            ("✕", "tender-remove", true, TenderEdit::Remove(index)),
        ] {
            let response = ui
                .add_enabled(enabled, egui::Button::new(text))
                .on_hover_text(i18n.tr(what));
            name(ui, &response, &item_name(&i18n.tr(what)));
            if response.clicked() {
                push(TenderCommand::Edit(edit));
            }
        }
    });
}
