//! The tender screen's Annex part: the buyer's warnings, the annex and form paths and their
//! export, and the requirements as bidders will read them.

use egui::{RichText, ScrollArea};

use crate::procurement::{item_text, item_title, modality_keyword, proof_label, weight_label};
use crate::report::placement_label;
use crate::ui::a11y;
use crate::ui::screens::tender::{TenderCommand, TenderWorkspace};
use crate::words::Words;

use super::view::{TenderContext, outcome_ui, path_field, warnings_ui};

/// The annex as bidders will read it, and its export.
pub(super) fn annex_ui(
    ui: &mut egui::Ui,
    context: &TenderContext<'_>,
    ws: &TenderWorkspace,
    push: &mut impl FnMut(TenderCommand),
) {
    let i18n = context.i18n;
    // The preview reads as the annex will: in the tender's language, not the window's.
    let library = ws.documents().unwrap_or(context.library);
    let words = Words::for_language(&ws.tender.language);
    ui.add_space(4.0);
    warnings_ui(ui, i18n, ws);
    ui.add_space(6.0);
    if let Some(path) = path_field(ui, &i18n.tr("tender-annex-file"), &ws.annex_path) {
        push(TenderCommand::SetAnnexPath(path));
    }
    if let Some(path) = path_field(ui, &i18n.tr("tender-form-file"), &ws.form_path) {
        push(TenderCommand::SetFormPath(path));
    }
    let blocked = ws.export_blocked();
    if ui
        .add_enabled(!blocked, egui::Button::new(i18n.tr("tender-export-annex")))
        .clicked()
    {
        push(TenderCommand::ExportAnnex);
    }
    outcome_ui(ui, i18n, &ws.annex_outcome, push);
    ui.separator();
    ui.label(RichText::new(i18n.tr("tender-preview")).strong());
    let area = ScrollArea::vertical()
        .id_salt("tender-annex")
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
                        modality_keyword(item.modality, &words),
                        weight_label(item.modality, &words),
                        proof_label(item.proof, &words),
                        placement_label(item.placement, &words)
                    ))
                    .weak(),
                );
            }
        });
    a11y::name_scroll_bars(ui, area.id, &i18n.tr("a11y-scroll-page"));
}
