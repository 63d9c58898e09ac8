//! One frame of the window: the top bar (where am I, is my work safe, undo/redo/save), the
//! screen itself, the status bar, and the keyboard shortcuts. Commands collected from every part
//! are applied at the end of the frame.

use std::time::Instant;

use egui::RichText;

use crate::ui::app::MimApp;
use crate::ui::command::{Command, Screen};
use crate::ui::document::SaveState;
use crate::ui::keys::{self, Shortcut};
use crate::ui::screens::catalog::{self, BrowserCommand};
use crate::ui::screens::dashboard;
use crate::ui::screens::export;
use crate::ui::screens::files;
use crate::ui::screens::settings;
use crate::ui::screens::setup;
use crate::ui::screens::start;
use crate::ui::screens::tender;
use crate::ui::screens::walk;
use crate::ui::theme;
use crate::ui::view_ctx::ViewCtx;
use crate::ui::widgets;

/// How often the window looks at a running export's progress.
const EXPORT_REFRESH: std::time::Duration = std::time::Duration::from_millis(100);

impl MimApp {
    /// Draws the whole window into `ui` and applies what the user did.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        ui.ctx()
            .set_theme(settings::theme_preference(self.settings.theme));
        let mut commands = keys::keyboard_commands(self, ui);
        egui::Panel::top("top-bar").show(ui, |ui| {
            commands.extend(self.top_bar_ui(ui));
        });
        egui::Panel::bottom("status-bar").show(ui, |ui| self.status_bar_ui(ui));
        match self.screen {
            Screen::Start => commands.extend(start::start_ui(
                ui,
                &start::StartView {
                    i18n: &self.i18n,
                    recent: &self.settings.recent,
                    recovery: &self.recovery,
                    tender_recovery: &self.tender_recovery,
                },
            )),
            Screen::Setup => commands.extend(setup::setup_ui(ui, &self.view_ctx(), &self.setup)),
            Screen::Open | Screen::SaveAs => commands.extend(files::files_ui(
                ui,
                &self.view_ctx(),
                &self.files,
                self.document.is_some(),
            )),
            Screen::Walk | Screen::Dashboard if self.document.is_none() => {
                commands.push(Command::Show(Screen::Start));
            }
            Screen::Walk => {
                if let Some(doc) = &self.document {
                    let view = walk::WalkView {
                        ctx: self.view_ctx(),
                        walk: &self.walk,
                        scroll_pending: self.walk_scroll_pending(),
                    };
                    commands.extend(walk::walk_ui(ui, &view, doc));
                }
            }
            Screen::Dashboard => {
                if let Some(doc) = &self.document {
                    commands.extend(dashboard::dashboard_ui(ui, &self.view_ctx(), doc));
                }
            }
            Screen::Catalog => commands.extend(self.catalog_ui(ui)),
            Screen::Settings => commands.extend(settings::settings_ui(
                ui,
                &self.view_ctx(),
                &self.settings,
                self.places.settings_file.as_deref(),
            )),
            Screen::Export if self.document.is_none() => {
                commands.push(Command::Show(Screen::Start));
            }
            Screen::Export => {
                commands.extend(export::export_ui(ui, &self.view_ctx(), &self.export))
            }
            Screen::Tender => match &self.tender {
                Some(ws) => {
                    let (library, i18n) = (&self.library, &self.i18n);
                    let context = tender::TenderContext { library, i18n };
                    commands.extend(tender::tender_ui(ui, &context, ws));
                }
                None => commands.push(Command::Show(Screen::Start)),
            },
        }
        if self.pending.is_some() {
            commands.extend(self.unsaved_work_modal(ui));
        }
        self.walk_scrolled();
        for command in commands {
            self.apply(command);
        }
        let autosave_waiting = self.tick(Instant::now());
        if self.export.job.is_some() {
            ui.ctx().request_repaint_after(EXPORT_REFRESH);
        } else if autosave_waiting {
            ui.ctx().request_repaint_after(self.places.autosave_delay);
        }
    }

    /// The context every view draws from.
    fn view_ctx(&self) -> ViewCtx<'_> {
        ViewCtx {
            library: &self.library,
            i18n: &self.i18n,
        }
    }

    fn top_bar_ui(&self, ui: &mut egui::Ui) -> Vec<Command> {
        let tr = |id| self.i18n.tr(id);
        let mut commands = Vec::new();
        ui.add_space(theme::space::TIGHT);
        ui.horizontal(|ui| {
            widgets::heading(ui, "MIM Assistant", theme::text::APP_NAME);
            ui.add_space(theme::space::LARGE);
            let mut screens = vec![(Screen::Start, "nav-start")];
            if self.document.is_some() {
                screens.push((Screen::Walk, "nav-walk"));
                screens.push((Screen::Dashboard, "nav-dashboard"));
            }
            if self.tender.is_some() {
                screens.push((Screen::Tender, "nav-tender"));
            }
            screens.push((Screen::Catalog, "nav-catalog"));
            screens.push((Screen::Settings, "nav-settings"));
            for (screen, id) in screens {
                if ui.selectable_label(self.screen == screen, tr(id)).clicked() {
                    commands.push(Command::Show(screen));
                }
            }
            // The tender screen has its own undo, redo and saving; these act on the assessment.
            if let Some(doc) = self
                .document
                .as_ref()
                .filter(|_| self.screen != Screen::Tender)
            {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.button(tr("action-export")).clicked() {
                        commands.push(Command::Show(Screen::Export));
                    }
                    if ui
                        .button(tr("action-save"))
                        .on_hover_text(keys::label(ui.ctx(), Shortcut::Save))
                        .clicked()
                    {
                        commands.push(Command::Save);
                    }
                    if ui
                        .add_enabled(doc.history.can_redo(), egui::Button::new(tr("action-redo")))
                        .on_hover_text(keys::label(ui.ctx(), Shortcut::Redo))
                        .clicked()
                    {
                        commands.push(Command::Redo);
                    }
                    if ui
                        .add_enabled(doc.history.can_undo(), egui::Button::new(tr("action-undo")))
                        .on_hover_text(keys::label(ui.ctx(), Shortcut::Undo))
                        .clicked()
                    {
                        commands.push(Command::Undo);
                    }
                    let (state, hint, colour) = match doc.save_state() {
                        SaveState::Saved => ("state-saved", None, theme::weak(ui.visuals())),
                        SaveState::Untouched => {
                            ("state-untouched", None, theme::weak(ui.visuals()))
                        }
                        SaveState::InRecoveryCopy => (
                            "state-recovery",
                            Some("state-recovery-hint"),
                            theme::warning(ui.visuals()),
                        ),
                        SaveState::Unsaved => ("state-unsaved", None, theme::warning(ui.visuals())),
                    };
                    // What is left between the tabs and the buttons: the state and the file's
                    // name are cut to it (in full on hover), never drawn over the tabs.
                    let room = ui.available_width();
                    let state = tr(state);
                    let shown = ui
                        .scope(|ui| {
                            ui.set_max_width(room * 0.5);
                            ui.add(egui::Label::new(RichText::new(&state).color(colour)).truncate())
                        })
                        .inner;
                    shown.on_hover_text(hint.map_or(state, tr));
                    let name = doc.display_name();
                    ui.add(egui::Label::new(RichText::new(&name).strong()).truncate())
                        .on_hover_text(name);
                });
            }
        });
        if !self.load_problems.is_empty() {
            commands.extend(self.problems_banner_ui(ui));
        }
        ui.add_space(theme::space::TIGHT);
        commands
    }

    /// Asks what to do with unsaved work before another assessment replaces it.
    fn unsaved_work_modal(&self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let name = self
            .document
            .as_ref()
            .map(crate::ui::document::OpenAssessment::display_name)
            .unwrap_or_default();
        let modal = egui::Modal::new(egui::Id::unique("unsaved-work")).show(ui.ctx(), |ui| {
            ui.set_max_width(theme::width::DIALOG);
            widgets::heading(ui, self.i18n.tr("unsaved-title"), theme::text::HEADING);
            ui.label(
                self.i18n
                    .tr_args("unsaved-text", &[("name", name.as_str().into())]),
            );
            ui.add_space(theme::space::MEDIUM);
            ui.horizontal(|ui| {
                if ui.button(self.i18n.tr("unsaved-save")).clicked() {
                    commands.push(Command::SaveThenContinue);
                }
                if ui.button(self.i18n.tr("unsaved-discard")).clicked() {
                    commands.push(Command::DiscardThenContinue);
                }
                if ui.button(self.i18n.tr("unsaved-keep")).clicked() {
                    commands.push(Command::KeepWorking);
                }
            });
        });
        if modal.should_close() && commands.is_empty() {
            commands.push(Command::KeepWorking);
        }
        commands
    }

    fn status_bar_ui(&self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| match &self.notice {
            Some(notice) => widgets::outcome_line(ui, &notice.text, notice.is_error),
            None => {
                ui.label(RichText::new(self.i18n.tr("status-ready")).weak());
            }
        });
    }

    fn catalog_ui(&self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands: Vec<BrowserCommand> = Vec::new();
        let hits = (!self.browser.query.trim().is_empty())
            .then(|| self.library.search(&self.browser.query).len());
        egui::Panel::top("catalog-search").show(ui, |ui| {
            ui.add_space(theme::space::TIGHT);
            commands.extend(catalog::search_bar_ui(ui, &self.i18n, &self.browser, hits));
            ui.add_space(theme::space::TIGHT);
        });
        egui::Panel::left("navigation")
            .resizable(true)
            .default_size(theme::width::CATALOG_TREE[0])
            .min_size(theme::width::CATALOG_TREE[1])
            .max_size(theme::width::CATALOG_TREE[2])
            .show(ui, |ui| {
                commands.extend(catalog::navigation_ui(
                    ui,
                    &self.i18n,
                    &self.library,
                    &self.browser,
                ));
            });
        egui::CentralPanel::default().show(ui, |ui| {
            commands.extend(catalog::detail_ui(
                ui,
                &self.i18n,
                &self.library,
                &self.browser,
            ));
        });
        commands.into_iter().map(Command::Browser).collect()
    }

    fn problems_banner_ui(&self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(
                theme::warning(ui.visuals()),
                self.i18n.tr_args(
                    "banner-catalog-problems",
                    &[("count", self.load_problems.len().into())],
                ),
            );
            let label = if self.show_problems {
                "banner-hide-details"
            } else {
                "banner-show-details"
            };
            if ui.button(self.i18n.tr(label)).clicked() {
                commands.push(Command::ToggleProblems);
            }
        });
        if self.show_problems {
            for problem in &self.load_problems {
                ui.label(RichText::new(problem).monospace());
            }
        }
        commands
    }
}
