//! The start screen: what a user can do first — start an assessment, open one, look at the
//! example or the catalog — the recent files, and the offer to restore unsaved work.

use egui::{RichText, ScrollArea};

use std::path::PathBuf;

use crate::assessment::Recovered;
use crate::ui::a11y;
use crate::ui::command::{Command, Screen};
use crate::ui::i18n::{Arg, I18n};
use crate::ui::theme;
use crate::ui::widgets;

/// What the start screen draws from: the words, the recent files and the offers to restore.
#[derive(Clone, Copy)]
pub struct StartView<'a> {
    /// The translations of the current language.
    pub i18n: &'a I18n,
    /// The recent files, newest first.
    pub recent: &'a [PathBuf],
    /// Unsaved assessments found at start.
    pub recovery: &'a [Recovered],
    /// Tenders kept in the recovery folder.
    pub tender_recovery: &'a [PathBuf],
}

/// Draws the start screen.
pub fn start_ui(ui: &mut egui::Ui, sv: &StartView<'_>) -> Vec<Command> {
    let tr = |id| sv.i18n.tr(id);
    let mut commands = Vec::new();
    egui::CentralPanel::default().show(ui, |ui| {
        let area = ScrollArea::vertical()
            .id_salt("start-page")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let margin = ((ui.available_width() - theme::width::START_COLUMN) / 2.0)
                    .max(theme::space::XLARGE);
                ui.add_space(theme::space::PAGE);
                if a11y::selftest_requested() {
                    a11y::selftest_unnamed_control(ui);
                }
                ui.horizontal_top(|ui| {
                    ui.add_space(margin);
                    ui.vertical(|ui| {
                        ui.set_max_width(ui.available_width().min(theme::width::START_COLUMN));
                        widgets::heading(ui, tr("start-title"), theme::text::WELCOME);
                        ui.add_space(theme::space::TIGHT);
                        ui.label(tr("start-intro"));
                        ui.add_space(theme::space::XLARGE);
                        for (index, found) in sv.recovery.iter().enumerate() {
                            recovery_offer_ui(ui, sv, index, found, &mut commands);
                            ui.add_space(theme::space::LARGE);
                        }
                        for (index, copy) in sv.tender_recovery.iter().enumerate() {
                            tender_copy_offer_ui(ui, sv, index, copy, &mut commands);
                            ui.add_space(theme::space::LARGE);
                        }
                        let actions = [
                            ("start-new", "start-new-hint", Command::Show(Screen::Setup)),
                            ("start-open", "start-open-hint", Command::Show(Screen::Open)),
                            ("start-example", "start-example-hint", Command::OpenExample),
                            ("start-tender", "start-tender-hint", Command::NewTender),
                            (
                                "start-example-tender",
                                "start-example-tender-hint",
                                Command::OpenExampleTender,
                            ),
                            (
                                "start-catalog",
                                "start-catalog-hint",
                                Command::Show(Screen::Catalog),
                            ),
                        ];
                        egui::Grid::new("start-actions")
                            .num_columns(2)
                            .spacing([16.0, 12.0])
                            .show(ui, |ui| {
                                for (label, hint, command) in actions {
                                    let button = egui::Button::new(
                                        RichText::new(tr(label))
                                            .font(theme::regular(theme::text::START_BUTTON)),
                                    )
                                    .min_size(theme::width::START_BUTTON.into());
                                    if ui.add(button).clicked() {
                                        commands.push(command);
                                    }
                                    // Wrapped: a longer language must not run past the edge.
                                    ui.add(egui::Label::new(RichText::new(tr(hint)).weak()).wrap());
                                    ui.end_row();
                                }
                            });
                        ui.add_space(theme::space::PAGE);
                        widgets::subheading(ui, tr("start-recent"));
                        ui.add_space(theme::space::TIGHT);
                        if sv.recent.is_empty() {
                            ui.label(RichText::new(tr("start-recent-none")).weak());
                        }
                        for path in sv.recent {
                            let name = path
                                .file_name()
                                .map(|n| n.to_string_lossy().into_owned())
                                .unwrap_or_default();
                            ui.horizontal(|ui| {
                                if ui
                                    .link(&name)
                                    .on_hover_text(path.display().to_string())
                                    .clicked()
                                {
                                    commands.push(Command::Open(path.clone()));
                                }
                                if let Some(folder) = path.parent() {
                                    ui.label(RichText::new(folder.display().to_string()).weak());
                                }
                            });
                        }
                    });
                });
            });
        a11y::name_scroll_bars(ui, area.id, &sv.i18n.tr("a11y-scroll-page"));
    });
    commands
}

/// Offers an assessment's unsaved work found in the recovery folder.
fn recovery_offer_ui(
    ui: &mut egui::Ui,
    sv: &StartView<'_>,
    index: usize,
    found: &crate::assessment::Recovered,
    commands: &mut Vec<Command>,
) {
    let file = found.original.as_ref().map_or_else(
        || sv.i18n.tr("recovery-never-saved"),
        |p| p.display().to_string(),
    );
    let text = sv.i18n.tr_args(
        "recovery-text",
        &[
            (
                "name",
                Arg::from(found.assessment.organisation.name.as_str()),
            ),
            ("file", Arg::from(file)),
            ("minutes", Arg::from((found.age.as_secs() / 60) as usize)),
        ],
    );
    let offer = (
        Command::RestoreRecovery(index),
        Command::DiscardRecovery(index),
    );
    offer_ui(ui, sv, &text, offer, commands);
}

/// Offers a tender that could not be saved to its own file when the window closed.
fn tender_copy_offer_ui(
    ui: &mut egui::Ui,
    sv: &StartView<'_>,
    index: usize,
    copy: &std::path::Path,
    commands: &mut Vec<Command>,
) {
    let text = sv.i18n.tr_args(
        "recovery-tender-text",
        &[("file", Arg::from(copy.display().to_string()))],
    );
    let offer = (Command::RestoreTender(index), Command::DiscardTender(index));
    offer_ui(ui, sv, &text, offer, commands);
}

/// A framed offer of unsaved work: what was found, and the (restore, discard) commands.
fn offer_ui(
    ui: &mut egui::Ui,
    sv: &StartView<'_>,
    text: &str,
    (restore, discard): (Command, Command),
    commands: &mut Vec<Command>,
) {
    egui::Frame::group(ui.style())
        .fill(ui.visuals().extreme_bg_color)
        .inner_margin(12)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            widgets::subheading(ui, sv.i18n.tr("recovery-title"));
            ui.label(text);
            ui.horizontal(|ui| {
                if ui.button(sv.i18n.tr("recovery-restore")).clicked() {
                    commands.push(restore);
                }
                if ui.button(sv.i18n.tr("recovery-discard")).clicked() {
                    commands.push(discard);
                }
            });
        });
}
