//! The tender screen: the header (buyer, title, reference), then three parts — Items
//! ([`super::items_view`]), Annex ([`super::annex_view`]) and Bids ([`super::bids_view`]).
//! Draws from a small context and the tender's state, and returns commands; the helpers every
//! part shares (warnings, path fields, messages) are here.

use egui::{RichText, TextEdit};

use crate::catalog::Library;
use crate::procurement::TenderField;
use crate::ui::command::Command;
use crate::ui::fonts;
use crate::ui::i18n::{Arg, I18n};
use crate::ui::language_pick::language_combo;
use crate::ui::screens::tender::text::warning_text;
use crate::ui::screens::tender::{Message, Outcome, TenderCommand, TenderTab, TenderWorkspace};
use crate::ui::theme;
use crate::ui::widgets::{self, FileAction};

use super::annex_view::annex_ui;
use super::bids_view::bids_ui;
use super::items_view::{items_ui, picker_ui};

/// What the tender screen draws from besides the tender's own state.
pub struct TenderContext<'a> {
    /// The catalogs the items come from.
    pub library: &'a Library,
    /// The user's language.
    pub i18n: &'a I18n,
}

/// Draws the tender screen for `ws`; returns what the user asked for.
pub fn tender_ui(
    ui: &mut egui::Ui,
    context: &TenderContext<'_>,
    ws: &TenderWorkspace,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let mut browse = false;
    let mut push = |c: TenderCommand| commands.push(Command::Tender(c));
    egui::Panel::top("tender-header").show(ui, |ui| header_ui(ui, context, ws, &mut push));
    match ws.tab {
        TenderTab::Items => {
            let [width, narrowest, widest] = theme::TENDER_CATALOG_WIDTH;
            egui::Panel::left("tender-catalog")
                .resizable(true)
                .default_size(width)
                .min_size(narrowest)
                .max_size(widest)
                .show(ui, |ui| picker_ui(ui, context, ws, &mut push));
            egui::CentralPanel::default().show(ui, |ui| items_ui(ui, context, ws, &mut push));
        }
        TenderTab::Annex => {
            egui::CentralPanel::default().show(ui, |ui| annex_ui(ui, context, ws, &mut push));
        }
        TenderTab::Bids => {
            egui::CentralPanel::default().show(ui, |ui| {
                browse = bids_ui(ui, context.i18n, ws, &mut push);
            });
        }
    }
    if browse {
        commands.push(Command::BrowseBid);
    }
    commands
}

/// Gives a widget without visible text its accessible name.
pub(super) fn name(ui: &egui::Ui, response: &egui::Response, text: &str) {
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_label(text));
}

fn header_ui(
    ui: &mut egui::Ui,
    context: &TenderContext<'_>,
    ws: &TenderWorkspace,
    push: &mut impl FnMut(TenderCommand),
) {
    let i18n = context.i18n;
    ui.add_space(6.0);
    title_bar_ui(ui, i18n);
    if ws.save_problem().is_some() {
        save_elsewhere_ui(ui, i18n, ws, push);
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
            let text = RichText::new(i18n.tr(id)).size(theme::TENDER_TAB_SIZE);
            if ui.selectable_label(ws.tab == tab, text).clicked() {
                push(TenderCommand::Tab(tab));
            }
        }
        // Beside the tabs, where there is room in every language: the annex, the form and the
        // evaluation are written in it.
        ui.add_space(24.0);
        language_ui(ui, context, &tender.language, push);
    });
    ui.add_space(4.0);
}

/// The heading; the file's name, whether it is saved, undo and redo are in the top bar, as for
/// an assessment.
fn title_bar_ui(ui: &mut egui::Ui, i18n: &I18n) {
    ui.label(
        RichText::new(i18n.tr("tender-heading"))
            .font(fonts::bold(theme::TENDER_HEADING_SIZE))
            .strong(),
    );
}

/// Where to save instead when the tender's own file cannot be written.
fn save_elsewhere_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    ws: &TenderWorkspace,
    push: &mut impl FnMut(TenderCommand),
) {
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

/// One labelled header field.
/// The documents' language (see [`language_combo`]).
fn language_ui(
    ui: &mut egui::Ui,
    context: &TenderContext<'_>,
    current: &str,
    push: &mut impl FnMut(TenderCommand),
) {
    let label = ui.label(context.i18n.tr("tender-language"));
    if let Some(code) = language_combo(ui, "tender-language", &label, context.library, current) {
        push(TenderCommand::Edit(
            crate::procurement::TenderEdit::SetField(TenderField::Language, code),
        ));
        push(TenderCommand::FinishTyping);
    }
}

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
        push(TenderCommand::Edit(
            crate::procurement::TenderEdit::SetField(field, text),
        ));
    }
    if response.lost_focus() {
        push(TenderCommand::FinishTyping);
    }
}

/// The buyer's warnings, as computed after the last change.
pub(super) fn warnings_ui(ui: &mut egui::Ui, i18n: &I18n, ws: &TenderWorkspace) {
    let warnings = ws.warnings();
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
        let text = format!("⚠ {}", warning_text(i18n, warning));
        ui.label(RichText::new(text).color(colour));
    }
}

/// A path field with its label; returns the new text when it changed.
pub(super) fn path_field(ui: &mut egui::Ui, label: &str, value: &str) -> Option<String> {
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

/// What the last export or import did, beside its button.
pub(super) fn outcome_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    outcome: &Outcome,
    push: &mut impl FnMut(TenderCommand),
) {
    match outcome {
        Some(Ok(message)) => {
            let text = message_text(i18n, message);
            ui.label(RichText::new(text).color(ui.visuals().hyperlink_color));
            let written = match message {
                Message::AnnexWritten { annex, .. } => Some(annex),
                Message::EvaluationWritten { file, .. } => Some(file),
                _ => None,
            };
            if let Some(file) = written {
                let file = std::path::PathBuf::from(file);
                match widgets::written_file_actions(ui, i18n) {
                    Some(FileAction::Open) => push(TenderCommand::OpenFile(file)),
                    Some(FileAction::ShowFolder) => push(TenderCommand::ShowFolder(file)),
                    None => {}
                }
            }
        }
        Some(Err(message)) => {
            let text = message_text(i18n, message);
            ui.label(RichText::new(text).color(ui.visuals().error_fg_color));
        }
        None => {}
    }
}

/// A message in the user's language, for the screen and the status bar.
pub fn message_text(i18n: &I18n, message: &Message) -> String {
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
        Message::NoDialog => i18n.tr("files-no-dialog"),
        Message::WriteFailed(detail) => crate::ui::problems::framed(i18n, "problem-write", detail),
        Message::ImportFolder { folder, forms } => i18n.tr_args(
            "tender-import-folder",
            &[
                ("folder", Arg::from(folder.as_str())),
                ("forms", Arg::from(*forms)),
            ],
        ),
        Message::NoSuchFile { file } => i18n.tr_args(
            "tender-import-missing",
            &[("file", Arg::from(file.as_str()))],
        ),
        Message::NotAForm { file } => i18n.tr_args(
            "tender-import-ending",
            &[("file", Arg::from(file.as_str()))],
        ),
        Message::FormRefused(error) => super::problems::refusal_text(i18n, error),
    }
}
