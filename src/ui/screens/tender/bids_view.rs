//! The tender screen's Bids part: import bidders' filled forms (typed, picked from the folder
//! or from a dialog), the kept forms that cannot be used now, the ranking, the equivalence
//! decisions, the side-by-side matrix and the evaluation's export. Every figure is the
//! workspace's evaluation, computed once per change.

use egui::{RichText, ScrollArea};

use crate::procurement::{Evaluation, Modality, Outcome as ItemOutcome, ResponseCode, TenderEdit};
use crate::ui::a11y;
use crate::ui::fonts;
use crate::ui::i18n::{Arg, I18n};
use crate::ui::screens::tender::text::status_text;
use crate::ui::screens::tender::{TenderCommand, TenderWorkspace};
use crate::ui::theme;

use super::view::{name, outcome_ui, path_field};

/// Bidders' forms, equivalence decisions, ranking, matrix and the evaluation's export.
/// Returns true when the user asked for the file dialog.
pub(super) fn bids_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    ws: &TenderWorkspace,
    push: &mut impl FnMut(TenderCommand),
) -> bool {
    let mut browse = false;
    let area = ScrollArea::both()
        .id_salt("tender-bids")
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
            outcome_ui(ui, i18n, &ws.import_outcome, push);
            found_forms_ui(ui, i18n, ws, push);
            kept_form_problems_ui(ui, i18n, ws, push);
            if ws.forms.bids.is_empty() {
                return;
            }
            let evaluation = ws.evaluation();
            ranking_ui(ui, i18n, ws, evaluation, push);
            equivalences_ui(ui, i18n, ws, push);
            matrix_ui(ui, i18n, ws, evaluation);
            ui.separator();
            if let Some(path) =
                path_field(ui, &i18n.tr("tender-evaluation-file"), &ws.evaluation_path)
            {
                push(TenderCommand::SetEvaluationPath(path));
            }
            if ui.button(i18n.tr("tender-export-evaluation")).clicked() {
                push(TenderCommand::ExportEvaluation);
            }
            outcome_ui(ui, i18n, &ws.evaluation_outcome, push);
        });
    a11y::name_scroll_bars(ui, area.id, &i18n.tr("a11y-scroll-table"));
    browse
}

/// A part's heading.
fn section_heading(ui: &mut egui::Ui, text: String) {
    ui.label(
        RichText::new(text)
            .font(fonts::bold(theme::TENDER_SECTION_SIZE))
            .strong(),
    );
}

/// The bids best first, each with its form and a way to take it off the list.
fn ranking_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    ws: &TenderWorkspace,
    evaluation: &Evaluation,
    push: &mut impl FnMut(TenderCommand),
) {
    ui.separator();
    section_heading(ui, i18n.tr("tender-ranking"));
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
                            push(TenderCommand::Edit(TenderEdit::RemoveForm(
                                entry.to_owned(),
                            )));
                        }
                    }
                });
                ui.end_row();
            }
        });
}

/// Every item against every bid.
fn matrix_ui(ui: &mut egui::Ui, i18n: &I18n, ws: &TenderWorkspace, evaluation: &Evaluation) {
    ui.separator();
    section_heading(ui, i18n.tr("tender-matrix"));
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
                push(TenderCommand::Edit(TenderEdit::RemoveForm(entry.clone())));
            }
        });
        ui.label(RichText::new(super::problems::problems_text(i18n, problems)).weak());
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
            let imported = ws.forms.is_read(path);
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
    section_heading(ui, i18n.tr("tender-equivalences"));
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
